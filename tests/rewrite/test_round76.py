"""Round 76 (unseen65): a rate of others is no exam of one's own, a named person helped is asked in a check-in, the
treble clef read, sweets that are not snacking, weekday and evening abbreviations, a typo in "train", a training
of staff before a data metric, a quality said of a thing, flyers for a class, direct bookings, a new drink tasted."""

import pytest

from .helpers import metrics, top


def test_a_rate_of_others_is_not_the_writers_exam():
    got = top("Improve exam pass rates in year 11")
    assert "Pass the" not in got and "pass rate" in got


def test_a_named_person_helped_is_asked_in_a_check_in():
    assert top("Help Noah enjoy football again").startswith("Noah rates enjoying football")


def test_the_treble_clef_read_is_read_at_sight_but_not_a_score():
    assert "new pieces in treble clef" in top("Learn to read the treble clef by the summer")
    assert "Sight-read" not in top("Read the sheet music for the wedding")


def test_sweets_made_for_a_class_are_not_snacking():
    assert "health.junk_food_snacks" not in metrics("Plan the seasonal sweets for the spring tea lessons")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Check the tyre pressures every Sat morning", "in 11 of the 13 weeks"),
        ("Practise the chorus most evenings", "on 75 of the 90 days"),
    ],
)
def test_abbreviated_days_and_most_evenings_are_routines(text, said):
    assert said in top(text)


def test_train_misspelt_still_trains():
    assert "output:share of new hires signed off" in metrics("trian new hires on the espresso grinder settings")


def test_staff_training_before_a_data_metric():
    assert "確認テストに合格した人の割合" in top("整備スタッフ向けのタイヤ点検研修を来月末までにやる")


def test_a_quality_said_of_a_thing_is_its_quality():
    got = top("若い世代にも茶道を身近に")
    assert "茶道は身近だ" in got and "身近茶道" not in got


def test_flyers_for_a_class_are_measured_by_sign_ups():
    assert "チラシ経由で親子教室の申し込み" in top("親子教室のチラシを作って近所の保育園に置いてもらう")


def test_a_site_for_direct_bookings_measures_them():
    assert "marketing.direct_booking_share" in metrics("直予約用の予約ページを作る")


def test_a_new_drink_is_tasted():
    assert "試作を3回行い" in top("新作スムージーの試作をする")
