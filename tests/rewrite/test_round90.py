"""Round 90 (unseen79): a group said to take a course with no 'to', training that no turnover metric outranks, a
club's juniors, English learned to help people at work, a status after a dash, routines kept morning and evening,
checks before a shift, an inspection done, a company known for safety asked of its customers, and a Japanese
trade's training."""

import pytest

from .helpers import metrics, top


def test_a_group_said_to_take_a_course_is_its_share():
    assert top("guides take the swiftwater course before the season").startswith(
        "Get the share of guides who have completed the swiftwater course"
    )


def test_a_training_comes_before_a_turnover_metric_that_shares_its_group():
    assert top("Retrain floor staff on spotting underage drinkers").startswith(
        "Get the share of floor staff signed off"
    )


@pytest.mark.parametrize("text", ["Grow the junior squad", "Get more juniors shooting regularly"])
def test_a_clubs_juniors_are_counted(text):
    assert metrics(text)[0] == "health.junior_members_training"


def test_teams_practising_on_their_own_are_not_juniors():
    assert "health.junior_members_training" not in metrics("部員が自分で考えて練習できるチームをつくる")


def test_a_language_learned_to_help_people_is_that_help_given():
    assert top("I want to learn basic Italian so I can help the tourists at the ticket desk").startswith(
        "Help the tourists at the ticket desk in Italian"
    )


def test_a_status_after_a_dash_is_a_note():
    assert "in progress" not in top("Set up card payments at the ferry kiosk -- in progress")


def test_a_routine_kept_morning_and_evening_is_kept_daily():
    got = top("Log the fermentation temperature every morning and evening during the season")
    assert "and evening" not in got and "days this quarter" in got


def test_checks_before_a_shift_are_kept_every_day():
    assert "on all 90 days" in top("daily van checks pre-shift")


def test_an_inspection_done_fixes_what_it_finds():
    assert "faults it finds" in top("Do the boiler inspection before winter")


def test_a_company_known_for_safety_is_asked_of_its_customers():
    assert "お客様" in top("安心して乗れるバス会社として知られる")


def test_a_japanese_trades_training_is_the_share_of_that_trade():
    assert top("ライダーの英語研修をやる").startswith("今期末までにライダーのうち")


def test_a_team_building_day_sold_to_companies_is_not_a_staff_survey():
    assert not any(m.startswith("people.") for m in metrics("Be the team-building day companies want to rebook"))
