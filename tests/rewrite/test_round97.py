"""Round 97 (unseen86): a check enforced every time, routines at each delivery or whenever something is due, game
film, places that others are proud of or look forward to, and 'the X people know as ours'."""

import pytest

from .helpers import metrics, top


def test_a_check_enforced_is_kept_every_time_before_a_metric_sharing_a_word():
    assert top("配膳前のダブルチェックを徹底する").startswith("今期中に配膳前のダブルチェックの実施率を100%にする")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("check the fish temp at receiving, each delivery", "on all deliveries"),
        ("Send the waiver link at each booking", "on 90% of bookings"),
    ],
)
def test_a_routine_at_each_delivery_or_booking_is_kept_on_them(text, said):
    assert said in top(text)


def test_something_done_when_a_thing_is_due_is_done_each_time():
    got = top("Call customers when their stored snow tires are due for the swap")
    assert got.startswith("Call customers on 90% of the occasions when their stored snow tires are due for the swap")


def test_something_set_up_once_is_not_an_each_time_routine():
    assert "occasions" not in top("Set up text alerts when orders are ready")


def test_game_film_is_sessions_with_the_coach_not_foreign_episodes():
    assert metrics("Watch film of the cup final with coach")[0] == "health.game_film_sessions"
    assert metrics("コーチと試合の映像を見て振り返る")[0] == "health.game_film_sessions"
    assert metrics("Watch French films without subtitles")[0] == "language.episodes_without_subtitles"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Be the bakery the neighbourhood looks forward to on Sundays", "residents who say they look forward to"),
        ("Be a quarry the neighbours are proud to have nearby", "neighbours who say they are proud to have the quarry"),
        ("Be the framer shop owners on our street trust with their windows", "shop owners on our street who say"),
    ],
)
def test_a_place_its_neighbours_regard_is_asked_of_them(text, said):
    assert said in top(text)


def test_a_body_whose_people_are_unknown_is_not_asked():
    assert "share of unit" not in top("Be the nurse the unit trusts with its sickest patients")


def test_a_go_to_business_without_whose_it_is_keeps_its_metrics():
    assert "survey" not in (metrics("Be the go-to insurer for young drivers")[:1] or [""])[0]


def test_the_shop_people_name_first_is_enquiries_asking_for_us():
    assert metrics("益子焼といえばうちの窯元、と言われる存在になる")[0] == "creative.direct_enquiries"


def test_a_home_is_not_a_school_parent_survey():
    assert "school.parent_satisfaction" not in metrics("お寺でも家庭でも選ばれる線香の工房になる")


def test_a_month_alone_after_a_space_is_a_deadline():
    assert top("新人向けの見学会を開く　６月").startswith("6月までに")


def test_trained_on_a_skill_is_learning():
    assert top("Get trained on heat pump commissioning") != ""


def test_one_person_is_not_surveyed_as_a_group():
    assert "share of he who" not in top("Make judo something he looks forward to, not a chore")


@pytest.mark.parametrize(
    ("text", "said", "gone"),
    [
        ("Call customers when thier boat covers are due for the swap", "their boat covers", "thier"),
        ("Automate teh smoke tests for the nightly builds", "Automate the smoke tests", "teh"),
        ("sanitze the clippers between dogs daily", "Sanitize the clippers", "anitze"),
    ],
)
def test_common_misspellings_are_handed_back_spelled_right(text, said, gone):
    got = top(text)
    assert said in got and gone not in got


def test_a_plus_between_two_jobs_is_and():
    assert "clean and check" in top("clean + check the loaner skates every monday morning").lower()


def test_signs_put_up_are_all_in_place():
    assert "signs in place" in top("Put no-smoking signs at the fuel dock")


def test_a_maze_patrol_is_not_elderly_watch():
    assert "一人暮らし高齢者" not in top("週末は迷路の中に見回りスタッフを配置する")


def test_a_workshop_word_in_one_metric_does_not_pull_others_away():
    assert metrics("誰もが安全に作業できる工房をつくる")[0] == "operations.lost_time_injuries"
