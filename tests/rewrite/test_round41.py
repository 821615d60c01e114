"""What round 41's blind reasons asked for, where it is general: a routine's rate said without the writer's
insistence on it, "the day before" read as a schedule and not a deadline, a trained group named by any noun of
people, and a course run for the public measured by those who used what they learned."""

import pytest

import okrcoach

from .helpers import suggestions, top


def shaped(text: str, shape: str) -> list[str]:
    """The suggestions of one shape for a statement."""
    return [s.text for s in okrcoach.classify(text).suggestions if s.shape == shape]


@pytest.mark.parametrize(
    ("text", "insisted", "rate"),
    [
        ("I want to practice scales every day this quarter, no excuses", "excuses", "75 of the 90 days"),
        ("🎯 publish an episode every other week no matter what", "matter", "6 times this quarter"),
        ("call mum every sunday no excuses", "excuses", "11 of the 13 weeks"),
        ("Go to the gym three times a week without fail", "fail", "three times a week in 11 of the 13 weeks"),
        ("run every morning rain or shine", "shine", "75 of the 90 days"),
        ("毎朝欠かさずストレッチする", "欠かさず", "90日中75日"),
        ("サボらずに毎週ジムに行く", "サボらず", "13週中11週"),
        ("毎日必ず英単語を10個覚える", "必ず", "90日中75日"),
    ],
)
def test_a_routine_rate_leaves_out_the_writers_insistence(text, insisted, rate):
    got = top(text)  # a rate (of a task) or the key result's own rate kept up (「毎日必ず英単語を10個覚える」)
    assert rate in got and insisted not in got


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Start sending reminder texts the day before appointments", "by the end of the quarter"),
        ("Text patients a reminder the day before their appointment", "by the end of the quarter"),
    ],
)
def test_the_day_before_something_is_a_schedule_not_a_deadline(text, deadline):
    got = top(text)
    assert deadline in got and not got.endswith("before their appointment")


def test_a_deadline_before_an_event_is_still_read():
    assert "Clean up the CRM before the board meeting and" in top("Clean up the CRM before the board meeting")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Train deckhands on the new ramp procedure by March 31", "deckhands"),
        ("Train the firefighters on the new breathing apparatus", "firefighters"),
        ("Train the cabin attendants on the new safety demo", "cabin attendants"),
    ],
)
def test_a_trained_group_is_any_noun_of_people(text, group):
    assert any(s.startswith(f"Get the share of {group} signed off on") for s in suggestions(text))


def test_things_trained_are_not_a_group_of_people():
    assert not shaped("Train the classifiers on the new labels", "trained")


def test_a_course_run_for_the_public_counts_those_who_used_it():
    got = top("電子書籍サービスの使い方講座を高齢者向けにやりたい")
    assert "高齢者のうち、学んだことを実際に使えた人を" in got
    assert "修了した講座" not in got  # the writer runs the course, it does not take it


def test_a_course_run_for_staff_is_signed_off_before_courses_counted():
    got = top("新人向けにExcel講座をやる")
    assert got.startswith("今期末までに新人のうちExcelの確認テストに合格した人の割合を")


def test_a_seminar_for_the_public_is_not_a_share_of_the_public():
    assert all("保護者のうち" not in s for s in suggestions("保護者向けのセミナーを開催する"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Study for the ISTQB Foundation", "Pass the ISTQB foundation exam"),
        ("Study for the Google Data Analytics cert", "Pass the Google Data Analytics exam"),
        ("Study for the bar", "Pass the bar exam"),
        ("ISTQB Foundationの勉強", "今期中にISTQB Foundationに合格する"),
    ],
)
def test_studying_for_something_is_studying_for_an_exam(text, expected):
    assert top(text).startswith(expected)


@pytest.mark.parametrize("text", ["Prepare for the board meeting", "study for finals", "study for my spanish test"])
def test_preparing_for_an_event_or_a_named_kind_of_exam_is_not_a_certification(text):
    assert all("exam by" not in s for s in suggestions(text))
