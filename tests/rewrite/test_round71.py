"""Round 71 (unseen60): pastimes named as trades, a local economy called only by its own words, places asked of
their guests, a song or a piece learned, gradings and exams ahead, basic language levels, something tasted by
customers, things that keep breaking, waiting and lines, junior sections grown, ways of doing learned by hand."""

import pytest

from .helpers import metrics, suggestions, top


@pytest.mark.parametrize(
    "text",
    ["Grow bookings for our stargazing tours", "【O】雨でも楽しめるグランピング場にする"],
)
def test_a_pastime_named_as_a_trade_is_not_the_writers_own_outings(text):
    assert not any(m.startswith("skills.hobby") for m in metrics(text))


def test_a_pastime_on_its_own_is_still_one():
    assert metrics("go stargazing more often")[:1] == ["skills.hobby_outings"]


def test_a_shop_on_a_shopping_street_is_not_the_local_economy():
    assert not any(m.startswith("city.") for m in metrics("商店街で一番愛されるたい焼き屋になる"))


def test_the_local_economy_is_still_called_by_its_own_words():
    assert metrics("商店街を盛り上げたい")[:1] == ["city.vacant_storefronts"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("初心者でも安心して参加できるカヌーツアーにする", "参加者"),
        ("雨でも楽しめるグランピング場にする", "宿泊客"),
        ("駅前でいちばん愛されるクレープ屋になる", "お客様"),
    ],
)
def test_a_place_is_asked_of_its_guests(text, group):
    got = top(text)
    assert "アンケート" in got and group in got


def test_a_song_learned_is_played_through_not_courses():
    got = top("learn the song for my sister's wedding by May")
    assert got.startswith("Play the song for my sister's wedding all the way through") and "course" not in got


def test_a_japanese_piece_finished_is_played_through():
    got = top("来月の演奏会に向けてMoon Riverを仕上げる")
    assert "Moon Riverを止まらずに最後まで通して演奏" in got


@pytest.mark.parametrize("text", ["ギターを弾けるようになりたい", "企画書を仕上げる"])
def test_an_instrument_or_a_document_is_no_piece(text):
    assert "通して演奏し、録音する" not in top(text)


def test_a_grading_is_passed():
    assert top("I want to get ready for my shodan grading in the autumn") == "Pass the shodan exam in the autumn"


def test_a_school_exam_ahead_is_the_subject_of_past_papers():
    got = suggestions("期末テストに向けて理科の勉強をする")
    assert any(s.startswith("期末テストまでに過去問") for s in got)
    assert not any("オンライン講座" in s for s in got)


def test_a_rubric_is_not_a_grading():
    assert not any("exam" in s for s in suggestions("Improve the grading rubric"))


@pytest.mark.parametrize(
    ("text", "level"),
    [("Learn basic Japanese for the guests from Kyoto", "JLPT N5"), ("簡単な韓国語を覚えたい", "TOPIK1級")],
)
def test_a_basic_level_is_the_first_level(text, level):
    assert level in top(text)


def test_enough_is_not_basic():
    assert "A1" not in top("Be comfortable enough in Spanish to run the morning huddle myself")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("柚子味噌の試作をしたい", "試食したお客様の7割以上"),
        ("try a frozen lasagne pack", "with 30 customers"),
        ("Trial new pastry blend w/ the mill", "Trial new pastry blend with 30 customers"),
    ],
)
def test_something_new_to_eat_is_tasted_by_customers(text, expected):
    assert expected in top(text)


@pytest.mark.parametrize("text", ["Try a new CRM", "Try new recipes on Sundays"])
def test_other_things_tried_are_not_tasted_by_customers(text):
    assert not any("customers by week 8" in s for s in suggestions(text))


def test_something_that_keeps_breaking_stays_working_after():
    got = top("get the new hire trained on the ice machine, it keeps breaking")
    assert got.startswith("Train the new hire") and "no breakdown reported in the 6 weeks after" in got


def test_a_repair_for_something_that_keeps_breaking_is_its_own():
    assert "no repeat fault" in top("Service the dishwasher because it keeps breaking down")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Less waiting at the ticket desk on Sundays", "the average wait at the ticket desk on Sundays"),
        ("Keep the lunch queue moving", "the average wait in the lunch queue"),
    ],
)
def test_waiting_is_the_average_wait(text, expected):
    assert expected in top(text)


def test_a_named_wait_metric_still_comes_first():
    assert metrics("Shorter waits at the pharmacy counter")[:1] == ["health.pharmacy_wait_minutes"]


def test_a_junior_section_is_grown_by_its_juniors():
    # (round 90: a club's juniors have their own metric, the juniors training every week)
    assert "juniors" in top("Grow junior rowing")


def test_a_crew_signed_up_for_training_completes_it():
    got = top("Sign the deckhands up for sea survival training")
    assert got.startswith("Get the share of deckhands who have completed sea survival training")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("漁協の講習に参加してロープの結び方を覚える", "ロープ結びを一人で5回続けて"),
        ("包丁の研ぎ方を覚えたい", "包丁研ぎを一人で"),
    ],
)
def test_a_way_of_doing_is_done_by_hand(text, expected):
    assert expected in top(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("救命講習を受ける（夏までに）", "修了証を取得する"),
        ("食品衛生責任者の講習に申し込みたい", "修了証を取得する"),
        ("ソムリエの資格勉強を始める", "ソムリエ試験に合格する"),
    ],
)
def test_a_certifying_course_or_title_is_passed(text, expected):
    assert expected in top(text)


def test_memorised_facts_are_quizzed():
    got = top("memorize the safety briefing for the written part of the test")
    assert got.startswith("Score 90% or higher on a spot quiz of the safety briefing for the written part of the test")


def test_a_weekday_after_every_week_is_when_it_is_done():
    assert "土曜に畑を見回る" in top("毎週土曜、畑を見回る")


def test_playing_for_others_is_performances():
    assert metrics("Become a confident player who can play for others")[:1] == ["creative.live_performances"]


def test_kitchen_prep_waste_is_food_waste():
    assert metrics("仕込みのムダを減らしたい")[:1] == ["sales.kitchen_food_waste"]


def test_an_online_shop_not_live_yet_has_first_customers():
    got = top("Start selling pickles online before spring, the site is built just not live")
    assert "10 customers buying in the first month" in got


def test_enjoying_a_doing_is_self_rated_with_it():
    assert "self-rating of enjoyment of practicing" in top("Actually enjoy practicing instead of dreading it")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地域の編み物好きが集まる場所になる", "月に1回以上来る地域の編み物好きの数"),
        ("Be the café where local quilters gather", "Grow the number of local quilters who come at least once a month"),
    ],
)
def test_a_place_people_gather_is_shown_by_who_comes_back(text, expected):
    assert expected in top(text)


def test_booking_extras_are_their_share_of_bookings():
    assert "hospitality.booking_addon_share" in metrics("Add firewood bundles to the booking extras")
