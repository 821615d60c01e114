"""Round 77 (unseen66): the end of what a deadline names, a drink tried, a recipe tried for customers, a class opened,
a place its own people use, a trade's name with its okurigana, music kept up in old age, self-care handed out,
relaxing and being at ease said of customers."""

import pytest

from .helpers import metrics, top


def test_the_end_of_what_is_the_deadline():
    got = top("get the van MOT done before the end of school holidays")
    assert "before the end of school holidays" in got and "of school holidays before" not in got


def test_a_drink_tried_is_drunk_again():
    assert "また飲みたい" in top("新作ラテの試作をしたい")


def test_a_new_recipe_tried_for_customers_is_tasted():
    assert "試食したお客様" in top("塩キャラメルの新しいレシピを試す")
    assert "with 30 customers" in top("Test a new honey caramel recipe on the big kettle")


def test_a_recipe_tried_at_home_is_no_tasting_panel():
    assert "customers" not in top("Try new recipes on Sundays")


def test_a_class_opened_is_attended_before_a_marketing_metric():
    assert "参加してもらう" in top("大人向けのヨガクラスを秋から開講したい")


def test_a_community_centre_of_ones_own_keeps_its_bookings():
    assert "city.community_centre_bookings" in metrics("公民館をもっと若い人に使ってもらう")
    assert "city.community_centre_bookings" not in metrics("公民館の合唱サークルに入れてもらえるか聞く")


@pytest.mark.parametrize(
    ("text", "said"), [("町で信頼される引越し屋になる", "引越し屋だ"), ("駅前で愛される八百屋になる", "八百屋だ")]
)
def test_a_trades_name_stays_whole_in_the_question(text, said):
    assert said in top(text)


def test_music_in_old_age_is_no_pension():
    assert "personal_finance.retirement_savings" not in metrics("老後の生きがいとして絵を続ける")


def test_self_care_handed_to_clients_is_no_stress_score():
    assert "health.stress_rating" not in metrics("施術後のセルフケア用のチラシを作る")


def test_customers_at_ease_are_asked():
    got = top("お客さんが安心して通える雰囲気づくり")
    assert "アンケート" in got and "生徒" not in got
