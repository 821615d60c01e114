"""Round 67 (unseen56): a learning task measured by the work it lets the writer take on or the trouble it makes
rarer, a queue fixed as the wait in it, habits written as habits to form, courses one attends in Japanese, routines
after each session said after the session, and catalog words that called a setting's wrong metric."""

import re

import pytest

import okrcoach
from okrcoach.rewrite.reading import read

from .helpers import top


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Learn gas fitting so we can take on boiler swaps", "then take on 5 boiler swaps before the quarter ends"),
        ("Do the wedding cake course so I can start accepting tiered cakes", "then take on 5 tiered cakes"),
        ("Practise hemming so fewer trousers come back for alterations", "trousers coming back for alterations"),
    ],
)
def test_a_learning_task_is_measured_by_what_it_lets_the_writer_do(text, expected):
    got = top(text)
    assert expected in got and "(so " not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sort out the ticket queue at the ferry gate", "the average wait in the ticket queue at the ferry gate"),
        ("受付の待ち列をなんとかしたい", "受付の平均待ち時間"),
    ],
)
def test_a_queue_fixed_is_the_wait_in_it(text, expected):
    assert expected in top(text)


def test_a_production_line_is_no_queue():
    assert "wait" not in top("Improve throughput on the packing line")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("毎朝起きたら白湯を飲む習慣をつける", "白湯を飲む"),
        ("毎週日曜に日記を書く習慣をつける", "13週中11週"),
    ],
)
def test_a_habit_to_form_is_the_habit_kept(text, expected):
    got = top(text)
    assert expected in got and "習慣をつける" not in got


def test_a_course_one_attends_in_japanese_is_finished():
    assert "講習会を修了" in top("接客の講習会に参加したい")


def test_a_reading_circle_joined_is_not_a_course():
    assert "修了" not in top("地域の読書会に参加する")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("練習の後は毎回、ボールを磨く", "練習の90%以上で"), ("Van safety walkaround every Friday", "in all 13 weeks")],
)
def test_routines_kept_after_each_session_or_every_week(text, expected):
    assert expected in top(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Be the cafe regulars come back to every week", "30-day retention"),
        ("Run a belay refresher for the new staff", "route grade"),
        ("ギター教室の体験レッスンに行く", "会話セッション"),
    ],
)
def test_words_that_belong_to_another_setting_call_nothing_there(text, absent):
    assert all(absent not in s.text for s in okrcoach.classify(text).suggestions)


def test_a_loom_with_a_number_is_repaired_not_a_software_bug():
    assert "no repeat fault" in top("Fix the tension on loom #2")


@pytest.mark.parametrize("text", ["Tidy up the kayak store", "用具庫の整理整頓"])
def test_a_store_put_in_order(text):
    got = top(text)
    assert "labelled place" in got or "定位置" in got


def test_a_skill_learned_under_a_masters_eye_is_practised_with_them():
    assert "親方の指導で" in top("石積みをしっかり覚えたい、親方に見てもらいながら")


def test_a_negative_purpose_is_read_as_the_reason():
    reading = read(okrcoach.classify("簿記の講座に通って、決算で慌てないようにしたい"))
    assert "慌てない" in reading.reason and "慌てない" not in reading.core


@pytest.mark.parametrize("text", ["Win more at regional regattas", "Score more at away games"])
def test_more_of_nothing_named_is_not_counted(text):
    assert not any(re.match(r"\w+ \d+ at ", s.text) for s in okrcoach.classify(text).suggestions)


def test_a_season_is_no_part_of_an_exams_name():
    assert "over the summer exam" not in top("Study for the food hygiene certificate over the summer")
