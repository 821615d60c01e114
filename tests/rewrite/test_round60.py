"""What round 60's blind grades asked for, where it is general (checked on statements other than the graded ones):
recommending to one's neighbours is no patients' metric, and 'the tree company homeowners recommend' asks homeowners;
the writer's own health metrics leave room for the next last resort; a course booked for a group, or a group set to do
one, is the share of them who completed it (「講師が…研修を受ける」 too); one person the writer names rates how they
feel in a check-in; a Japanese language exam the writer names is the one passed; 「SNSに動画を上げる」 is posting,
kept up as a routine."""

import pytest

from .helpers import top


def test_recommending_to_the_neighbours_is_no_patients_metric():
    got = top("Be the tree surgeons homeowners recommend to their neighbours")
    assert "patients" not in got and "homeowners who say they would recommend the tree surgeons" in got


def test_the_writers_own_health_leaves_room_for_the_time_it_takes():
    got = top("Faster turnaround for our vets")
    assert ("median time" in got or "median turnaround time" in got) and "flossing" not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Book a first aid refresher for the kitchen team before the summer", "who have completed a first aid"),
        ("officers to do the first aid refresher before the autumn", "share of officers who have completed"),
        ("保育士が救命講習を受ける、夏のプールの前に", "保育士のうち救命講習を修了した人の割合"),
    ],
)
def test_a_course_booked_for_a_group_is_the_share_that_completed_it(text, expected):
    assert expected in top(text)


def test_one_named_person_rates_how_they_feel():
    assert top("Help Leo feel at home in Leeds").startswith("Leo rates feeling at home in Leeds")
    assert top("Students look forward to science class").startswith("Raise the share of students who say")
    assert " rates " not in top("Build a career I actually enjoy")


def test_a_japanese_language_exam_the_writer_names_is_passed():
    assert "中国語検定に合格する" in top("中国語検定の勉強を始めたい")


def test_posting_on_social_media_is_a_routine_not_a_rise():
    got = top("毎週YouTubeに練習動画を上げる")
    assert "週中" in got and "増" not in got
