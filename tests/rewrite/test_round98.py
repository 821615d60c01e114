"""Round 98 (unseen87): words that named a language, a party, a radio show or a kindergarten in passing, upkeep of
animals' feet kept every day, an artist people trust, and a thing done again."""

import pytest

from .helpers import metrics, top


def test_a_craft_named_after_a_language_is_no_language_exam():
    assert "CEFR" not in top("Sign up for the online Moroccan henna course")
    assert "JLPT" in top("日本語の敬語をきちんと使いこなす")


def test_little_ones_are_asked_through_their_parents():
    assert top("Keep the brand fun and safe for little ones").startswith("Raise the share of parents who say")


def test_a_tea_garden_is_no_kindergarten():
    assert "保護者" not in top("地域で一番愛される茶園になる")


@pytest.mark.parametrize(
    ("text", "said"),
    [("daily hoof checks before the trail rides", "all 90 days"), ("毎日ソリ犬の肉球をチェックする", "90日間毎日")],
)
def test_an_animals_health_check_is_kept_every_day(text, said):
    assert said in top(text)


def test_an_artist_one_grows_into_is_asked_of_those_who_trust_them():
    assert "brides who say they trust the artist" in top("Grow into an artist brides trust with their bridal henna")


def test_a_thing_done_again_keeps_its_head():
    assert "attendees" in top("Run the junior bootcamp again this spring")


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("O2 - Make derby night the best party in town", "hospitality.party_bookings"),
        ("FMラジオの周波数案内を入口に掲示する", "creative.podcast_episodes"),
        ("子どもも親も笑顔になれるフェイスペイント体験をつくる", "personal_finance.money_lessons_with_kids"),
        ("言葉の壁を越えて届く人形劇団になる", "language.foreign_staff_understanding"),
    ],
)
def test_a_word_in_passing_no_longer_calls_another_settings_metric(text, metric):
    assert metric not in metrics(text)


def test_working_without_a_language_barrier_is_still_the_staff_survey():
    assert metrics("言葉の壁を感じずに働く")[0] == "language.foreign_staff_understanding"


def test_someone_sent_to_a_clinic_is_not_a_publication():
    assert "people in the first month" not in top("Send our head coach to a level 2 coaching clinic")


def test_ice_thickness_is_measured_every_morning():
    assert top("毎朝、氷の厚さを測って記録する").startswith("今期中に90日間毎日")


def test_a_grandchilds_party_is_no_party_booking():
    assert "hospitality.party_bookings" not in metrics("孫の誕生日会でやるネタを考えたい")
    assert metrics("子どもの誕生日会といえば真っ先に呼ばれる手品師になる")[0] == "hospitality.party_bookings"
