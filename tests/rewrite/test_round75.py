"""Round 75 (unseen64): dive regulators and colour stickers that are no catalog words, a course taken to sell more of
something, a contractor called less, routines kept after each session, a typo in "every", a crew trained, a class
started, waiting that stresses customers."""

import pytest

from okrcoach.rewrite.respell import _one_edit

from .helpers import metrics, top


def test_dive_regulators_are_not_the_regulator():
    assert "regulatory" not in top("Service the first stage regulators before the summer trips")


def test_trouble_with_the_regulator_is_still_compliance():
    assert "legal.regulatory_filings_on_time" in metrics("Keep the shop out of trouble with regulators")


@pytest.mark.parametrize(
    ("word", "other", "one"),
    [
        ("stickers", "stickier", False),
        ("efficiant", "efficient", True),
        ("recieve", "receive", True),
        ("reponse", "response", True),
    ],
)
def test_a_misspelling_is_one_edit_away(word, other, one):
    assert _one_edit(word, other) is one


def test_colour_stickers_are_not_app_stickiness():
    assert "DAU/MAU" not in top("Move my son off the coloured stickers on the keys")


def test_liking_coming_back_is_not_liking_work():
    assert "engagement" not in top("Be the bakery the street actually likes coming into")


def test_a_course_to_sell_more_measures_the_sales():
    got = top("do a wheel building course so we can sell more custom wheelsets")
    assert "sales of custom wheelsets" in got and "(so we" not in got


def test_a_contractor_called_less_keeps_who_is_called():
    got = top("電気工事士の勉強をする。業者に頼む回数を減らしたいので")
    assert "業者に頼む回数を" in got


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("email the home exercise sheet after appointments", "after 90% of appointments"),
        ("Hose down the mats after classes", "after 90% of classes"),
    ],
)
def test_a_routine_after_plural_occasions_is_kept_after_each(text, said):
    assert said in top(text)


def test_hours_are_not_occasions():
    assert "% of hours" not in top("answer emails after hours")


def test_every_misspelt_is_still_a_habit():
    assert "on 75 of the 90 days" in top("Oil the chains evry morning before open")


def test_training_named_for_mechanics_is_completed_by_them():
    assert "share of mechanics who have completed" in top("hydraulic brake bleeding training for the mechanics")


def test_a_training_of_guides_is_passed_by_them():
    assert "インストラクターのうち" in top("インストラクターの救急法講習を夏前にやりたい")


@pytest.mark.parametrize("text", ["大人向けのスクールを始めたい", "シニア向けの教室を始める"])
def test_a_class_started_is_attended(text):
    assert "参加してもらう" in top(text)


def test_waiting_that_stresses_customers_is_the_wait():
    got = top("来店客の待ち時間のイライラを減らす")
    assert "待ち時間" in got and "ストレス度" not in got
