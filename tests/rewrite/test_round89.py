"""Round 89 (unseen78): animals as the subject of a Japanese goal, netting that is no currency hedge, a safe place to
try something, tours that are not a band's, checks before opening and ice checks kept every time, hourly and weekly
words, a day's mornings kept in the action, a typo of 'properly', an avalanche course passed, and Japanese logs and
net checks kept every day."""

import pytest

from .helpers import metrics, top


def test_animals_as_a_japanese_subject_are_not_staff_or_the_writer():
    assert metrics("犬たちが健康で長く働けるチームにする")[0] == "nonprofit.animal_welfare_score"
    assert metrics("社員が長く働ける会社にする")[0].startswith("people.")


def test_netting_mended_is_a_repair_not_a_currency_hedge():
    assert not any(m.startswith("finance.") for m in metrics("Fix the netting on the rear court"))


def test_a_safe_place_to_try_something_is_its_guests_injuries():
    assert metrics("O2: A safe place for kids to try their first climb")[0] == "hospitality.guest_injuries"


def test_horses_heading_out_on_tours_are_no_band_on_tour():
    assert not any(m.startswith("creative.") for m in metrics("Check the harness before the ponies head out on tours"))


@pytest.mark.parametrize(
    "text",
    ["check the slide for cracks daily before open", "Check ice thickness on the pond before each skating session"],
)
def test_checks_before_opening_and_of_ice_are_kept_every_time(text):
    got = top(text)
    assert "on all 90 days" in got or "before all" in got


def test_a_days_mornings_are_kept_in_a_weekly_routine():
    assert top("Restock the cafe fridge Friday mornings").startswith(
        "Restock the cafe fridge on Friday mornings in all 13"
    )
    assert "of the 13 weeks" not in top("I'd like fewer buses late on Monday mornings")


def test_a_typo_of_properly_is_not_kept():
    assert "propery" not in top("learn to solder propery, my joints keep cracking")


def test_an_avalanche_course_is_passed():
    assert top("Take the avalanche course this spring").startswith("Pass the avalanche")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("【KR】乾燥室の温度ログを毎日つける", "90日間毎日"),
        ("毎朝ネットの破れをチェック", "90日間毎日"),
        ("スタッフ会議をweeklyでやる", "13週中11週"),
    ],
)
def test_japanese_logs_net_checks_and_weekly_in_latin_letters(text, said):
    assert said in top(text)


def test_a_product_named_daily_is_not_a_schedule():
    assert "Daily UI" in top("毎日1つDaily UIのお題に取り組む")


def test_a_routine_after_a_morning_walk_is_kept_up_day_by_day():
    assert "90日中75日、朝の散歩の後に" in top("朝の散歩の後にスケールの練習をする")


def test_students_coming_back_to_a_workshop_are_its_students_kept():
    assert "creative.student_retention" in metrics("受講生がまた来たくなる陶芸教室にする")
