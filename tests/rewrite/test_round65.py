"""Round 65 (unseen54): safety checks on every occasion, courses and workshops one takes read as learning, a trade's
standing asked of the people it serves before a brand's market survey, and routines kept each time or weekly."""

import pytest

from .helpers import top


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Log fridge and freezer temps every morning before breakfast prep", "on all 90 days"),
        ("Check kites and lines for wear before each lesson", "before all lessons"),
        ("毎日、閉店前に排水ピットの汚泥をチェック", "60日すべてで"),
        ("毎晩、消灯後に焚き火台の見回りをする", "90日間毎日"),
        ("・毎朝、BDテストの結果を記録表に残す", "90日間毎日"),
        ("Run the Bowie-Dick test every morning", "on all 90 days"),
    ],
)
def test_a_safety_check_is_kept_on_every_occasion(text, expected):
    assert expected in top(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("競合スーパーのチラシを毎週チェックする", "13週中11週"),
        ("Review game tape after every match", "90% of matches"),
        ("点検後のお客様アンケートを毎回送る", "点検の90%以上で"),
    ],
)
def test_a_check_of_something_else_is_a_routine_kept_mostly(text, expected):
    assert expected in top(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'd like to do a proper detailing course this winter so we can sell interior valets", "Finish a proper"),
        ("食物アレルギー対応のe-learningを受けたい", "食物アレルギー対応のe-learningを修了し"),
        ("Take a voice acting workshop so I stop sounding the same in every role", "Finish a voice acting workshop"),
    ],
)
def test_a_course_or_workshop_one_takes_is_finished(text, expected):
    assert expected in top(text)


@pytest.mark.parametrize(
    "text", ["do more lesson drop ins with the ECTs this term", "Attend the LGA leadership academy"]
)
def test_doing_or_attending_something_else_is_not_a_course(text):
    got = top(text)
    assert not got.startswith("Finish") and "times in real work" not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O1: Become the wash people trust with their brand new cars", "customers who say they trust the wash"),
        ("O1 - Be the grower local chefs call first for specialty mushrooms", "they call the grower first"),
        ("Be the plumber people call first", "they call the plumber first"),
    ],
)
def test_a_trade_is_asked_of_the_people_it_serves_before_a_brand_survey(text, expected):
    assert expected in top(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("毎回、作業前に彫刻刀を研ぐ", "作業の90%以上で、始める前に彫刻刀を研ぐ"),
        ("巡回のたびに利用者のリクエストを記録する", "巡回の90%以上で、そのたびに利用者のリクエストを記録する"),
        ("Instagramに作業風景を毎週アップ📷", "13週中11週、Instagramに作業風景をアップする"),
    ],
)
def test_a_routine_each_time_or_posted_weekly_is_kept(text, expected):
    assert expected in top(text)
