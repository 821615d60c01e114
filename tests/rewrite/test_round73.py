"""Round 73 (unseen62): pieces named by their title or quoted, frying oil, faults mended with 直す, a safety check
before each occasion, a retirement enjoyed rather than saved for, afternoons as a habit, places people still want to
visit on bad days, places trusted by their own people rather than a mass brand, companies as the people asked."""

import pytest

from .helpers import metrics, suggestions, top


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("I want to learn to play Shady Grove", "Shady Grove"),
        ("Mia wants to play Twinkle Twinkle at the school fair 🎵", "Twinkle Twinkle"),
        ("三味線で『さくらさくら』を弾けるようになりたい", "『さくらさくら』"),
        ("けんくん、発表会でチューリップをふきたい", "チューリップ"),
    ],
)
def test_a_piece_named_by_its_title_is_played_through(text, piece):
    got = top(text)
    assert piece in got and ("all the way through" in got or "止まらずに最後まで通して演奏" in got)


@pytest.mark.parametrize("text", ["Learn to play Catan", "Play Minecraft with the kids", "ギターを弾く"])
def test_a_game_or_an_instrument_is_no_piece(text):
    assert not any("all the way through" in s or "通して演奏し" in s for s in suggestions(text))


@pytest.mark.parametrize(
    "text", ["switch the frying oil on a fixed schedule instead of guessing", "フライヤーの油交換のルールを決める"]
)
def test_frying_oil_is_the_kitchen_not_a_garage(text):
    assert "hospitality.fryer_oil_on_schedule" in metrics(text)


def test_a_car_oil_change_is_still_one():
    assert metrics("Book the car in for an oil change")[:1] == ["operations.oil_change_wait"]


def test_a_fault_mended_with_naosu_stays_fixed():
    assert "修理後6週間の再故障を0件にする" in top("展示会までに踏切の不具合を直す")


def test_a_form_corrected_is_not_a_repair():
    assert "再故障" not in " ".join(suggestions("書式を直す"))


def test_software_faults_are_still_bugs():
    assert metrics("アプリの不具合を減らす")[:1] == ["engineering.open_bug_backlog"]


def test_a_safety_check_before_each_occasion_is_every_time():
    assert top("Check the harnesses and carabiners before each climb") == (
        "Check the harnesses and carabiners before all climbs this quarter"
    )


def test_before_each_is_no_deadline():
    assert "before all" in top("Check the burners before each launch")


def test_music_in_retirement_is_not_saving_for_it():
    assert not any(m.startswith("personal_finance.") for m in metrics("Enjoy painting as part of my retirement"))


def test_saving_for_retirement_is_still_finance():
    assert metrics("Save for my retirement")[0].startswith("personal_finance.")


def test_every_afternoon_is_a_habit():
    assert "on 75 of the 90 days" in top("Water the greenhouse every afternoon")


@pytest.mark.parametrize(
    ("text", "group"),
    [("雪の日でも買い物したくなるお店に", "お客様"), ("中小企業が最初に相談したくなる会計事務所になる", "中小企業")],
)
def test_a_place_people_still_want_to_visit_is_asked_of_them(text, group):
    got = top(text)
    assert "アンケート" in got and f"と答える{group}の割合" in got


def test_a_shop_trusted_by_its_own_people_asks_them_not_a_brand_metric():
    assert "と答える飼い主さんの割合" in top("飼い主さんから信頼されるトリミングサロンに")


def test_a_catalog_perception_metric_that_says_it_still_comes_first():
    assert metrics("読者に信頼されるメディアを作る")[:1] == ["creative.reader_trust"]


def test_a_group_of_adults_is_not_a_department():
    assert "の社員" not in top("大人のグループにも選ばれるアリーナになる")


def test_a_review_of_weekend_staffing_is_no_weekly_routine():
    assert not any("13週中11週" in s for s in suggestions("週末のシフトを見直す"))


def test_a_weekend_run_is_still_a_routine():
    assert "13週中11週" in top("週末にランニングする")


def test_reading_the_notes_on_the_page_is_reading_music():
    assert "音名を書き込まずに楽譜だけを見て演奏する" in top("楽譜の音符を読めるように練習する")
