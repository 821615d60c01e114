"""Round 72 (unseen61): set pieces and new pieces learned, reading music, places people gather, ways of doing taught,
a musician who is a player not a producer, music played for someone, an online shop tried, a loanword said as a verb,
a group of three words made to feel something, a state wished for, starting from adulthood."""

import pytest

from .helpers import metrics, suggestions, top


@pytest.mark.parametrize("text", ["文化祭に向けて自由曲を練習する", "定期演奏会までに新曲を練習したい"])
def test_a_set_piece_is_played_through(text):
    assert "止まらずに最後まで通して演奏" in top(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("learn to read bass clef for the choir", "Sight-read 10 new pieces in bass clef"),
        ("Learn to read guitar tabs", "Sight-read 10 new pieces in guitar tabs"),
        ("ト音記号を読めるようになりたい", "音名を書き込まずに楽譜だけを見て演奏する"),
    ],
)
def test_reading_music_is_new_pieces_read_at_sight(text, expected):
    got = top(text)
    assert expected in got and "course" not in got and "講座" not in got


def test_reading_a_particular_score_is_not_learning_notation():
    assert not any("Sight-read" in s for s in suggestions("Read the sheet music for the recital"))


def test_a_club_people_gather_at_is_shown_by_who_comes():
    assert "月に1回以上来る若い漕ぎ手の数" in top("若い漕ぎ手が集まるカヌークラブにする")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ロープの結び方を学びたい", "ロープ結びを一人で5回続けて"),
        ("研ぎ方を教わる（担当：高橋）", "を一人で5回続けて"),
    ],
)
def test_a_way_of_doing_learned_is_done_by_hand(text, expected):
    assert expected in top(text)


def test_a_way_of_doing_taught_by_someone_named_is_practised_with_them():
    assert "師匠の指導で" in top("包丁の研ぎ方を師匠に教わる")


def test_a_way_of_thinking_is_not_done_by_hand():
    assert "一人で5回続けて" not in top("経営の考え方を学ぶ")


@pytest.mark.parametrize("text", ["Become a confident young musician", "Make music a bigger part of my weekends"])
def test_a_player_is_not_a_producer(text):
    assert metrics(text)[:1] == ["creative.instrument_practice"]


def test_a_producer_still_finishes_tracks():
    assert metrics("Become a musician who finishes songs")[:1] == ["creative.tracks_finished"]


def test_music_played_for_family_is_pieces_played_through():
    got = top("Play for my grandparents at the summer reunion")
    assert got.startswith("Play 2 pieces for my grandparents at the summer reunion from start to finish")


def test_playing_for_a_team_is_not_music():
    assert not any("pieces" in s for s in suggestions("Play for the county team"))


def test_trying_to_sell_something_new_is_its_first_customers():
    assert "10 customers buying in the first month" in top("want to try selling apple cider donuts at the market")


def test_a_loanword_said_as_a_verb_counts_nothing():
    assert "marketing.marketing_qualified_leads" not in metrics("地域の防災活動をリードする存在になる")


def test_a_loanword_said_as_a_noun_still_counts():
    assert metrics("リードを増やす")[:1] == ["marketing.marketing_qualified_leads"]


def test_three_words_made_to_feel_something_are_asked():
    got = top("Make first time visitors feel welcome from the car park to the gift shop")
    assert got.startswith("Raise the share of first time visitors who say they feel welcome")


def test_a_state_wished_for_a_tour_is_asked_of_its_guests():
    assert "と答える参加者の割合" in top("雨の日でも楽しめるカヌーツアーにしたい")


def test_a_wish_for_money_is_not_a_survey():
    assert "アンケート" not in top("もっと稼げる店にしたい")


def test_starting_from_adulthood_does_not_ask_adults():
    assert "「でも" not in top("大人からでも楽しく弾き続けられる趣味にする")


def test_a_course_taken_somewhere_named_is_still_a_course():
    assert top("Do the boat mechanic course in Southampton").startswith(
        "Finish the boat mechanic course in Southampton"
    )


def test_a_walk_in_fridge_is_put_in_order():
    assert any("labelled place" in s for s in suggestions("Organise the walk-in fridge"))


def test_a_way_of_working_learned_is_not_done_by_hand():
    assert "一人で5回続けて" not in top("1on1のやり方を学びたい")
