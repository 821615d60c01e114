"""Round 70 (unseen59): something learned to do with an aside after it, one thing read, technique names in a
language, two verbs on one object, routine checks of expiry dates and river levels, notices sent through LINE, a
river for first-timers asked of its users, and dust at a cutting station."""

import pytest

from .helpers import suggestions, top


def test_an_aside_after_what_is_learned_is_not_done_five_times():
    got = top("learn to restore old clock dials myself, been sending them to a guy in Leeds")
    assert got.startswith("Restore 5 old clock dials myself") and "Leeds" not in got and "sending" not in got


def test_doing_it_oneself_stays_in_what_is_done():
    assert "myself" in top("Learn to run the espresso machine service myself so we are not stuck when Sam is off")


def test_technique_names_in_a_language_are_recalled_not_an_exam():
    got = top("learn the move names in korean")
    assert "quiz" in got and "TOPIK" not in got


def test_two_verbs_on_one_object_are_said_together():
    assert top("Repair & repaint the rowing boats before summer").startswith("Repair and repaint 100% of the rowing")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("毎週金曜に冷蔵庫の賞味期限をチェック", "13週すべてで"),
        ("check the river level every morning before we open", "on all 90 days"),
    ],
)
def test_a_check_of_expiry_dates_or_river_levels_is_kept_every_time(text, expected):
    assert expected in " ".join(suggestions(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("修理の完了を LINE でお知らせする", "修理の完了のうちLINEでお知らせしたものの割合を90%にする"),
        ("予約の確認をメールでも送るようにする", "予約の確認のうちメールで送ったものの割合を90%にする"),
    ],
)
def test_a_notice_sent_through_a_new_way_is_the_share_sent_that_way(text, expected):
    assert expected in top(text)


def test_a_river_for_first_timers_is_asked_of_its_users():
    assert "と答える利用者の割合" in top("初めての人でも安心して泳げる川にする")


@pytest.mark.parametrize(
    "text", ["Get the dust extraction sorted on the cutting bench", "石材の切断場の粉じんを減らしたい"]
)
def test_dust_at_a_cutting_station_is_measured_against_its_limit(text):
    got = top(text)
    assert "exposure limit" in got or "管理濃度" in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Test the pool chemistry every morning before opening", "on all 90 days"),
        ("サウナの水風呂の温度を毎朝チェックする", "90日間毎日"),
    ],
)
def test_water_chemistry_and_plunge_temperatures_are_checked_every_day(text, expected):
    assert expected in top(text)
