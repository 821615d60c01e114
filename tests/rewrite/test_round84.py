"""Round 84 (unseen73): routes and tours made, workbooks, pieces played for a day, groups booked onto training,
trips cancelled or run to the timetable, rides remembered, checks kept every day, and Japanese wishes, reasons in
brackets and moments said after a routine."""

import pytest

from .helpers import metrics, top


def test_a_wished_monthly_routine_is_said_in_its_plain_form():
    assert top("楽器の手入れを毎月やりたい").endswith("楽器の手入れをやる")


def test_a_deadline_said_with_a_label_is_by_that_date():
    got = top("Sign up for the theory exam prep class (deadline: Oct)")
    assert "by Oct" in got and "exam exam" not in got and "deadline:" not in got


def test_a_queue_is_said_with_one_article():
    assert "the the" not in top("Reduce the queue at the ferry ramp on bank holidays")


def test_a_place_safe_for_first_timers_is_asked_of_those_who_use_it():
    got = top("初めての人でも安心して潜れるダイビングショップにする")
    assert "アンケート" in got and "アクティベーション" not in got


@pytest.mark.parametrize(
    "text",
    ["Give every guest a boat trip they talk about for years", "観光客が一生忘れないクルーズ体験をつくる"],
)
def test_a_ride_remembered_is_rated_by_its_guests(text):
    assert "hospitality.guest_satisfaction" in metrics(text)


def test_cancelled_trips_are_the_share_cancelled_not_the_writers_flights():
    assert metrics("Fewer cancelled sailings spoiling people's holidays")[0] == "operations.trips_cancelled"


def test_a_service_run_on_time_is_its_departures_on_time():
    assert metrics("雨の日も時間どおりに走るシャトルバス")[0] == "operations.departures_on_time"


def test_a_safety_check_each_morning_is_kept_every_day():
    assert "on all 90 days" in top("check the auto belays every morning before we open")


def test_a_check_named_by_its_noun_before_a_moment_gets_its_verb():
    assert top("Quick harness check before the first climb, daily").startswith("Do the quick harness check")


def test_a_status_note_before_the_body_is_not_the_action():
    assert top("(status: on hold) log cellar temps after every delivery").startswith("Log cellar temps")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plan out a new sunset route along the canal", "run it 10 times with booked guests"),
        ("冬の夜の周遊プランを考える", "公開から1か月で予約のお客様と10回実施する"),
    ],
)
def test_a_route_made_is_run_with_guests(text, expected):
    assert expected in top(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sign the new skippers up for sea survival training", "share of new skippers who have completed"),
        ("パイロットの英語講習を秋までに手配する", "パイロットのうち英語講習を修了した人の割合"),
    ],
)
def test_a_group_booked_onto_training_is_the_share_that_completed_it(text, expected):
    assert expected in top(text)


def test_a_piece_played_for_a_day_is_played_through_by_then():
    got = top("Play the Bach Minuet for Dad at his birthday")
    assert got.startswith("Play the Bach Minuet for Dad") and "from start to finish without stopping" in got


def test_a_workbook_is_every_chapter_done_and_checked():
    assert "every chapter of my grade 3 theory workbook" in top("Work through my grade 3 theory workbook")
    assert "最後まで解き" in top("計算ドリルを終わらせる")


def test_a_course_named_by_its_skill_is_a_course_on_it():
    got = top("Crew: brush up on reading tide tables, theres a weekend course in Plymouth")
    assert got.startswith("Finish a course on reading tide tables")


def test_a_revised_manual_keeps_the_writers_verb():
    assert top("発電機の点検マニュアルを見直す").startswith("今期末までに発電機の点検マニュアルを見直し、")


def test_a_checklist_redone_is_followed_unaided():
    assert "follow it unaided" in top("Update the rope access checklist")


def test_a_tour_for_cruise_ships_is_their_bookings():
    assert metrics("Be the walking tour cruise lines book for their passengers")[0] == (
        "hospitality.shore_excursion_bookings"
    )


def test_a_reason_in_a_bracket_is_read():
    assert "会員" in top("見学会の告知を始めたい（会員を増やすため）")


def test_a_moment_said_after_a_verbless_routine_goes_before_it():
    assert top("毎日スケール練習　学校行く前に").endswith("学校行く前にスケール練習をする")


def test_the_first_session_of_the_day_is_a_daily_moment():
    assert "on all 90 days" in top("brief the marshals on flag signals before the first session of the day")


def test_rope_rescue_training_is_not_sales_role_play():
    got = top("ガイド向けにロープレスキューの訓練をやる")
    assert "営業" not in got and "確認テストに合格" in got


def test_brakes_checked_before_the_first_ride_are_checked_every_day():
    assert "on all 90 days" in top("check the brakes + pump the tyres every morning before the first ride")
