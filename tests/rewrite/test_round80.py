"""Round 80 (unseen69): quote templates shortened, bands joined, sounds and sections played in, titles learned
for a concert, figured bass, a trade asked for first, a tidied wall, school subjects named, verbless Japanese
routines, apprentices taught rather than hired, classes for members, trailing laughter."""

import pytest

from .helpers import metrics, top


@pytest.mark.parametrize("text", ["見積書のテンプレをkintoneで作る", "見積もりテンプレの見直し"])
def test_a_quote_template_shortened_is_quote_turnaround(text):
    assert "sales.quote_turnaround" in metrics(text)


def test_a_band_joined_is_taking_part():
    assert "8回以上活動する" in top("地域のアンサンブルに入る")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Play with a clear, steady sound on the low notes", "for my low notes"),
        ("Be a dependable part of the string section", "at 8 of 10 string section rehearsals"),
        ("柔らかい音で吹けるようになる", "柔らかい音について先生から"),
        ("中低音パートで頼られる奏者になる", "中低音パートの練習10回中8回"),
    ],
)
def test_sounds_and_sections_are_about_the_writers_playing(text, said):
    assert said in top(text)


def test_a_daily_long_tone_routine_stays_a_routine():
    assert "90日中75日" in top("トランペットのロングトーン練習を毎日やる")


def test_a_title_learned_for_a_concert_is_played_through():
    assert top("learn Ode to Joy for the spring concert").startswith("Play Ode to Joy all the way through")
    assert "online courses" in top("Learn Google Sheets")


def test_figured_bass_is_read_at_sight():
    assert "in figured bass" in top("Get fluent at reading figured bass")


def test_a_trade_asked_for_first_is_enquiries_by_name():
    assert metrics("Be the firm local builders ring first for scaffolding")[0] == "creative.direct_enquiries"
    assert metrics("Be the first name wedding planners think of for cakes")[0] == "creative.direct_enquiries"


def test_a_display_wall_put_in_order_is_checked_weekly():
    assert "95% of items in the right place" in top("Reorganise the guitar wall by brand")


def test_a_school_subject_is_named_in_the_enjoyment_metric():
    assert "理科が好きと答えた生徒" in top("理科が好きになる")


def test_a_verbless_japanese_routine_gets_its_verb():
    assert top("取引先への連絡をもっとこまめに").endswith("取引先への連絡をする")


def test_an_apprentice_taught_is_signed_off_not_hired():
    assert "people.apprentice_starts" not in metrics("Apprentice shadows me on the lathe on fridays")
    assert "確認テストに合格した人の割合" in top("溶接のコツを見習いに教える")


def test_a_class_for_members_is_not_a_staff_sign_off():
    assert "確認テスト" not in top("会員向けに料理教室を開催する")


def test_laughter_at_the_end_is_a_note():
    assert "lol" not in top("clean the trombone slide every week lol")
