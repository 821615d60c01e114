"""Round 88 (unseen77): oneself recorded and someone sent on a course reach nobody, a named person or new people of a
trade through a course, a group 'to get' training, a purpose to stop paying for something, things lost to too many of
something, a piece prepped for a concert, checks before the runs, tandem flights that are no language exchange,
English commentary and counselling practised, teams of dogs, translated signs and announcements, buyers who are shops
or kitchens, and a practice taken up week by week."""

import pytest

from .helpers import metrics, top


@pytest.mark.parametrize(
    "text",
    ["record myself on saturdays and listen back", "Send Priya on the forklift course"],
)
def test_oneself_recorded_or_someone_sent_on_a_course_reaches_nobody(text):
    assert "people in the first month" not in top(text)


def test_a_named_person_sent_on_a_course_completes_it():
    assert top("Send Amir on the chainsaw course (owner: Jo)").startswith("Amir completes the chainsaw course")
    assert top("Kai (trainee) to do manual handling training before the busy season").startswith("Kai completes")
    assert not top("book myself onto the CPR refresher before my cert lapses").startswith("Myself")


def test_new_people_of_any_trade_sent_on_a_course_are_a_share_of_them():
    assert top("Send the new pickers on a forklift safety course before the peak").startswith(
        "Get the share of new pickers who have completed a forklift safety course"
    )


def test_a_group_to_get_training_is_its_share_and_a_training_loop_is_no_course():
    assert top("Lifeguards to get refresher training on spinal injuries before summer").startswith(
        "Get the share of lifeguards who have completed refresher training"
    )
    assert top("Riders to practise emergency stops on the training loop every week").startswith("Practise")


def test_a_skill_learned_to_stop_paying_for_something_is_weeks_without_paying():
    got = top("I want to learn basic plumbing so we can stop paying a plumber for small leaks")
    assert "then go 4 weeks without paying a plumber for small leaks" in got and "(so we" not in got


def test_things_lost_to_too_many_of_them_are_the_things_lost():
    assert "seedlings lost" in top(
        "I want to understand damping off better, we lost way too many seedlings last spring"
    )


def test_a_piece_prepped_for_a_concert_is_played_through_for_it():
    assert top("Prep the concert piece for the winter showcase").startswith(
        "Play the concert piece all the way through"
    )


def test_a_check_before_the_runs_is_kept_every_day():
    assert "on all 90 days" in top("check harness clips every morning before runs")


def test_a_tandem_flight_is_no_language_exchange():
    assert not any(m.startswith("language.") for m in metrics("タンデムフライトの予約をweb化する"))


@pytest.mark.parametrize(
    "text", ["ガイドの英語解説を練習したい", "英語でのカウンセリングを練習したい（海外のお客さんが多いので）"]
)
def test_english_commentary_or_counselling_practised_is_that_work_done(text):
    assert "実際の場面で5回" in top(text)


def test_a_daily_english_drill_stays_a_routine():
    assert "90日中75日" in top("英語の機内アナウンス練習を毎朝やる")


def test_a_team_of_dogs_is_not_staff():
    assert not any(m.startswith("people.") for m in metrics("犬たちが楽しく走れるチームにする"))


@pytest.mark.parametrize(
    "text",
    [
        "バス停の多言語アナウンスを見直す",
        "展示室の説明パネルを英語併記にする",
        "Translate the museum signage into Spanish",
    ],
)
def test_translated_signs_and_announcements_are_the_share_translated(text):
    assert metrics(text)[0] == "language.multilingual_materials_share"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("地元のスーパーに選ばれるトマトをつくる", "marketing.retail_doors"),
        ("Grow herbs that chefs actually ask for by name", "marketing.restaurant_accounts"),
    ],
)
def test_buyers_that_are_shops_or_kitchens_are_counted(text, metric):
    assert metrics(text)[0] == metric


def test_a_practice_taken_up_is_kept_week_by_week():
    assert "13週中11週、リップスラーの練習をする" in top("リップスラーの練習を取り入れる")


def test_a_quantity_cut_down_is_said_without_down():
    assert top("Cut down the litter we leave behind at the campsite").startswith("Get the litter")


def test_japanese_sight_reading_in_a_clef_is_read_at_sight():
    assert "初めて見る曲" in top("ト音記号の譜読みを勉強する")
