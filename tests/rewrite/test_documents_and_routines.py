"""A document made into a process is not handed in for approval, and a schedule word that names which report
a clause fixes is not a routine."""

import pytest

import okrcoach

from .helpers import top


@pytest.mark.parametrize("text", ["Automate the weekly KPI report", "Migrate the active contracts into the CLM"])
def test_a_document_made_a_process_is_not_sent_for_approval(text):
    assert "approved" not in top(text)


def test_a_plan_that_is_updated_is_still_approved():
    assert "approved" in top("Update the snow removal plan before November")


def test_a_schedule_word_naming_the_report_a_clause_fixes_is_not_a_routine():
    text = top("Learn Python to automate the weekly sales report")
    assert "weeks" not in text and "streak" not in text, text


def test_a_schedule_word_of_a_routine_still_makes_one():
    assert "of the 13 weeks" in top("Run a weekly standup with the ops team")


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("ゼミ発表の資料を作成する（〆切：来週金曜）", "来週金曜までに"),
        ("Finish the grant report (due: Friday)", "by Friday"),
    ],
)
def test_a_deadline_in_a_note_is_the_writers_deadline(text, deadline):
    assert top(text).startswith(deadline) or f" {deadline} " in top(text), top(text)


def test_a_skill_that_belongs_to_the_team_is_not_the_writers_course():
    assert "online courses" not in top("improve the team's writing skills, reports keep coming back")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("2年3組：朝の読書タイムを毎朝実施する", "登校日60日中"),  # a class's routine: school days
        ("毎朝の朝礼で前日の不良を共有する", "営業日60日中"),  # a workplace's: working days
        ("Post a daily standup note in the team channel", "of the 60 working days"),
        ("Walk at lunch every weekday", "of the 60 working days"),
        ("毎朝ストレッチをする", "90日中"),  # the writer's own: every day of the calendar
        ("毎朝KPIをSlackに自動投稿する仕組みを作る", "90日中"),  # 「仕組み」 is not a class (組)
        ("Do my Spanish Duolingo lesson before coffee every day", "of the 90 days"),
    ],
)
def test_a_daily_routine_counts_the_days_it_is_kept_on(text, days):
    top = okrcoach.suggest(text)[0].text
    assert days in top, top


@pytest.mark.parametrize("text", ["家計簿アプリを入れる", "新NISAの口座を開設したい", "週末に作り置きする🍳"])
def test_what_the_writer_sets_up_for_themselves_is_not_used_by_hundreds(text):
    got = [s.text for s in okrcoach.suggest(text)]
    assert got and not any("200人に使ってもらう" in g for g in got), got


def test_one_app_released_is_not_counted_as_three():
    got = [s.text for s in okrcoach.suggest("市のゴミ分別アプリをリリース")]
    assert got and not any("3個" in g for g in got), got


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("公園清掃ボランティアを月イチで実施（雨天中止）", "3か月とも"),
        ("冷蔵庫の中身を週一で整理する", "13週中11週"),
        ("Litter-pick every street on the estate once a month", "in each of the 3 months"),
    ],
)
def test_colloquial_schedule_words_make_a_routine(text, rate):
    assert rate in okrcoach.suggest(text)[0].text


def test_a_japanese_verbal_noun_names_the_topic_when_nothing_else_does():
    top = okrcoach.suggest("もっと頻繁にデプロイする")[0].text
    assert "デプロイ回数" in top, top


@pytest.mark.parametrize(
    ("text", "top"),
    [
        (
            "Study for the CPA exam every Saturday morning",
            "Study for the CPA exam on Saturday mornings in 11 of the 13 weeks this quarter",
        ),
        (
            "Swim every Tuesday and Thursday night",
            "Swim on Tuesday and Thursday nights in 11 of the 13 weeks this quarter",
        ),
    ],
)
def test_a_weekly_routine_keeps_the_days_it_names(text, top):
    got = [s.text for s in okrcoach.classify(text).suggestions]
    assert got[0] == top and "every week" not in got[1], got


def test_a_weekly_routine_without_days_is_counted_in_weeks():
    got = [s.text for s in okrcoach.classify("Post every week").suggestions]
    assert got[0] == "Post in 11 of the 13 weeks this quarter", got


def test_something_installed_for_ones_family_is_not_used_by_200_people():
    got = [s.text for s in okrcoach.classify("実家に見守りカメラを設置する").suggestions]
    assert not any("200人" in s for s in got), got


@pytest.mark.parametrize(
    ("text", "top"),
    [
        (
            "Run 1:1s with my reports every other week",
            "Run 1:1s with my reports every other week, 6 times this quarter",
        ),
        ("1on1を隔週で実施する", "今期中に隔週で6回、1on1を実施する"),
    ],
)
def test_a_routine_kept_every_other_week_is_counted_in_fortnights(text, top):
    got = [s.text for s in okrcoach.classify(text).suggestions]
    assert got[0] == top and "13" not in got[0], got


def test_a_daily_routine_of_work_is_counted_in_working_days():
    (top, *_) = okrcoach.classify("新規開拓のテレアポを毎日やる").suggestions
    assert top.text.startswith("今期中に営業日60日中55日、"), top.text
    (top, *_) = okrcoach.classify("Meditate every morning").suggestions
    assert "90 days" in top.text, top.text


def test_one_for_each_is_not_counted_and_ones_own_training_has_no_attendees():
    got = [s.text for s in okrcoach.classify("Kitchen: write prep lists for each station").suggestions]
    assert not any(s.startswith("Write 3 prep lists") for s in got), got
    got = [s.text for s in okrcoach.classify("I want to do my phlebotomy training this year").suggestions]
    assert not any("attendees" in s for s in got), got
