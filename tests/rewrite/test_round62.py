"""What round 62's blind grades asked for, where it is general (checked on statements other than the graded ones):
"w/o" is "without"; a group got through a course is the share of them who completed it; reading a story to
children is no book studied; a group that should learn is not the writer's learning; "Start posting" is "Post";
an event the writer prepares for, 「大会前に」, is the deadline; a course a topic is learned in is what is finished
(「育児講座で…を学ぶ」); 「→…を減らすため」 is the reason, and the quantity a learning task is for comes first."""

import pytest

from .helpers import suggestions, top


def test_without_is_spelled_out():
    got = top("learn to bleed the brakes w/o air getting in")
    assert "w/o" not in got and "with o " not in got and "without air" in got


def test_a_group_got_through_a_course_is_the_share_that_completed_it():
    got = top("Get the junior coaches through the safeguarding course before the season")
    assert "share of junior coaches who have completed the safeguarding course" in got


def test_reading_a_story_to_children_is_no_book_studied():
    assert all("real work" not in s and "summary" not in s for s in suggestions("Read a story to the boys after bath"))


def test_a_group_that_should_learn_is_not_the_writers_learning():
    assert all(
        not s.startswith("Practise carers should")
        for s in suggestions("carers should get better at moving and handling")
    )


def test_start_posting_is_post():
    assert top("Start posting on LinkedIn weekly").startswith("Post on LinkedIn")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("発表会前に衣装の直し方を覚えたい", "発表会前に"), ("資格試験を受けたい、監査の前に", "監査の前に")],
)
def test_an_event_prepared_for_is_the_deadline(text, expected):
    got = top(text)
    assert got.startswith(expected) and "今期中に" not in got and "今期末までに" not in got


def test_the_course_a_topic_is_learned_in_is_what_is_finished():
    assert top("マネジメント研修で1on1のやり方を学ぶ").find("マネジメント研修を修了し") >= 0


def test_an_arrow_gives_the_reason_and_the_quantity_it_is_for_comes_first():
    got = top("接客研修を受けたい→クレームを減らすため")
    assert "クレームを前期比" in got and "→" not in got


def test_a_class_one_starts_is_attended_by_a_few_dozen():
    assert "最初の1か月で延べ30人に参加してもらう" in top("初心者向けの将棋教室を立ち上げる")
    assert "30 people attend it" in top("Launch an evening Spanish conversation class")


def test_a_rota_set_up_is_not_attended():
    assert all("take part" not in s and "attend" not in s for s in suggestions("Set up a cleaning rota for the flat"))


def test_ones_own_twins_are_not_surveyed():
    assert all("アンケート" not in s for s in suggestions("双子がぐっすり眠れる夜にする"))


def test_before_every_occasion_is_the_share_of_occasions_it_precedes():
    assert top("Do a safety briefing before every climb").startswith("Do a safety briefing before 90% of climbs")


def test_a_place_that_is_friendly_is_asked_of_the_people_it_serves():
    assert "share of guests who say the inn is friendly" in top("Be the friendliest inn in the valley")
