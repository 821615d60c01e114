"""What round 47's blind grades asked for, where it is general: a survey asks the people a place serves and keeps the
place whole ("the neighborhood pharmacy people trust"), every one of a group feeling so in a place, a company trusted
by others asked of them, an animal hospital's owners; a Japanese schedule word before a verb kept as a routine, a
particle that begins a verb left with it, a date before 「までに」 as the deadline, animals' and patients' care on every
day; a Latin word in Japanese matched whole; the writer's own confidence or enjoyment self-rated; and topics the
catalog did not know (checked on statements other than the graded ones)."""

import pytest

from .helpers import metrics, suggestions, top


def test_a_survey_asks_the_people_a_place_serves_and_keeps_the_place_whole():
    got = top("Be the corner pharmacy people trust")
    assert got.startswith("Raise the share of customers who say they trust the corner pharmacy")


def test_every_one_of_a_group_feeling_so_in_a_place_is_asked():
    assert top("A choir every singer feels welcome in").startswith(
        "Raise the share of singers who say they feel welcome in the choir"
    )
    assert "share of volunteers who say they feel valued" in top("Make every volunteer feel valued")


def test_a_company_trusted_by_others_is_asked_of_them_not_its_staff():
    assert "と答えるお客様の割合" in top("地域で一番信頼される工務店の会社になる")


def test_an_animal_hospitals_owners_are_asked():
    assert "と答える飼い主の割合" in top("動物にも飼い主にもやさしい動物病院")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("お弁当を毎日つくる", "今期中に90日中75日、お弁当をつくる"),
        ("水槽の水温を毎日はかる", "今期中に90日間毎日、水槽の水温をはかる"),
    ],
)
def test_a_japanese_schedule_word_before_its_verb_is_a_routine(text, expected):
    assert top(text) == expected


def test_a_date_before_made_is_the_deadline():
    got = top("文化祭のボランティアを募集する　10/5までに")
    assert got.startswith("10/5までに") and "今期末までに" not in got


def test_animals_and_patients_are_cared_for_every_day():
    assert "90日中75日" in top("毎朝、子牛の哺乳量の記録をつける")


def test_a_latin_word_in_japanese_stands_whole():
    assert "product.signup_completion_rate" not in metrics("倉庫の棚卸し before 決算")


@pytest.mark.parametrize(
    ("text", "feeling"), [("Actually enjoy my job again", "enjoyment"), ("自分の英語に自信を持てるようになる", "自信")]
)
def test_the_writers_own_confidence_or_enjoyment_is_self_rated(text, feeling):
    assert feeling in top(text)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Get stronger on the bike before the race", "health.cycling_ftp"),
        ("Open an express lane for oil changes", "operations.oil_change_wait"),
        ("Raise technician productivity in the workshop", "operations.technician_utilisation"),
        ("整備品質を上げる", "operations.comeback_rate"),
        ("Offer battery storage with every solar quote", "sales.battery_attach_rate"),
        ("Cut the e-prescription backlog at the main store", "health.e_prescription_share"),
        ("ジェネリック切替の案内を見直す", "city.generic_share"),
        ("お薬手帳アプリの利用を広める", "health.med_app_users"),
        ("フィラリア予防の案内を送る", "health.heartworm_prevention_share"),
        ("発酵タンクの温度管理を見直す", "operations.tank_temp_excursions"),
        ("町の本屋として続けていく", "hospitality.returning_guest_share"),
        ("クロールの息継ぎを覚えたい", "health.swim_distance"),
        ("Shorter waits at the pharmacy counter", "health.pharmacy_wait_minutes"),
        ("Fix the gacha drop rates", "product.paying_player_share"),
    ],
)
def test_topics_the_catalog_did_not_know(text, metric):
    assert metrics(text)[:1] == [metric]


def test_the_staff_of_a_team_are_not_asked_whether_people_trust_it():
    assert not any("team members who say they trust the team" in s for s in suggestions("Be the team people trust"))


@pytest.mark.parametrize(
    "text",
    [
        "Introduce fear-free handling at the grooming salon",
        "Pilot smart meters in the east district",
        "Roll out the new leave policy",
    ],
)
def test_a_way_of_working_or_a_meter_rolled_out_is_not_used_by_200_people(text):
    assert not any("use it in its first month" in s for s in suggestions(text))


def test_an_app_or_a_portal_rolled_out_still_is():
    assert any("use it in its first month" in s for s in suggestions("Launch the new customer portal"))
