import unicodedata

import pytest

from okrcoach.anatomy import locate
from okrcoach.lang.ja.tokenizer import kanji_value
from okrcoach.language import detect, resolve
from okrcoach.normalise import normalise
from okrcoach.tokens import tokenize, tokenize_many


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Learn SEO", "en"),
        ("SEOを学びたい", "ja"),
        ("NPSを40以上にする", "ja"),
        ("ＫＲ１：売上", "ja"),
        ("ｱｸｾｽ数を増やす", "ja"),
        ("Close 10 deals (owner: Tanaka)", "en"),
        ("Hire 3 engineers 🚀", "en"),
        ("Close 10 deals（担当：佐藤）", "en"),
        ("KR1 [田中] Raise NPS to 45", "en"),
        ("（佐藤）", "ja"),
        ("NPS 40以上（Sato）", "ja"),
        ("・Hire seasonal pickers", "en"),
        ("・毎週1on1を実施する", "ja"),
        ("Lead ３ of our weekly English meetings (Mori)", "en"),
        ("CSAT ４.１ → ４.５（５段階）", "ja"),
        ("NPS 45（佐藤）", "ja"),
    ],
)
def test_detect_reads_the_script(text, lang):
    assert detect(text) == lang


def test_resolve_refuses_unknown_languages():
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        resolve("Apprendre le SEO", "fr")


def test_forced_language_wins():
    assert resolve("SEO", "ja") == "ja"


def test_normalise_folds_full_width_and_keeps_offsets():
    norm, offsets = normalise("売上を１０％")
    assert norm == "売上を10%"
    assert offsets[3] == 3 and offsets[5] == 5


@pytest.mark.parametrize("text", ["㈱ＡＢＣの売上…", "ｶﾞｲﾄﾞ½を読む", "ﬁle ™ KPI", "①②③", "x\u0301 café"])
def test_normalise_maps_every_character_back_even_when_its_form_is_longer(text):
    norm, offsets = normalise(text)
    expected = [unicodedata.normalize("NFKC", ch) if not "①" <= ch <= "⑳" else ch for ch in text]
    assert norm == "".join(expected)
    assert offsets == [i for i, form in enumerate(expected) for _ in form] + [len(text)]


def test_circled_numbers_stay_numbering():
    norm, _ = normalise("①売上")
    assert norm.startswith("①") and locate(norm)[0] == 1


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("KR 1.2: Close 10 deals", "Close 10 deals"),
        ("O1 - Grow", "Grow"),
        ("1) Hire", "Hire"),
        ("- [KR2] Ship", "Ship"),
        ("・毎週", "毎週"),
        ("①KR1-2：売上", "売上"),
        ("2026年度の予算", "2026年度の予算"),
    ],
)
def test_numbering_prefix_is_not_part_of_the_body(text, body):
    view = tokenize(text, "ja" if detect(text) == "ja" else "en")
    assert view.body == body


def test_english_tokens_have_lemmas_and_number_values():
    view = tokenize("Held 12 interviews and reached 10k MAU, studying SQL", "en")
    by_surface = {t.surface: t for t in view.tokens}
    assert by_surface["Held"].lemma == "hold"
    assert by_surface["studying"].lemma == "study"
    assert by_surface["12"].is_number and by_surface["12"].value == 12
    assert by_surface["10k"].value == 10_000


def test_english_comparisons_are_split_from_numbers():
    assert [t.surface for t in tokenize("NPS>=45", "en").tokens] == ["NPS", ">=", "45"]


def test_an_arrow_between_signed_numbers_is_split_from_them():
    tokens = tokenize("NPS −5→+10", "en").tokens
    assert [t.surface for t in tokens] == ["NPS", "−5", "→", "+10"]
    assert [t.is_number for t in tokens] == [False, True, False, True]


def test_english_tokenizer_matches_spacy_blank_en():
    import spacy

    text = "I don't want to reach $1.2M ARR by Q3, ok? e.g. U.S. clients"
    assert [t.surface for t in tokenize(text, "en").tokens] == [t.text for t in spacy.blank("en")(text)]


def test_japanese_tokens_read_unidic_fields():
    view = tokenize("SEOを学びたい", "ja")
    tai = view.tokens[-1]
    assert (tai.surface, tai.lemma, tai.pos) == ("たい", "たい", "AUX")
    assert view.tokens[2].lemma == "学ぶ"


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("3", 3),
        ("１０", 10),
        ("十五", 15),
        ("1,000万", 10_000_000),
        ("三", 3),
        ("二十", 20),
        ("3.5", 3.5),
    ],
)
def test_kanji_and_digit_numerals_have_values(surface, value):
    from okrcoach.normalise import normalise

    assert kanji_value(normalise(surface)[0]) == value


def test_japanese_numbers_split_by_unidic_are_merged():
    view = tokenize("売上を1,000万円にする", "ja")
    nums = [t for t in view.tokens if t.is_number]
    assert [(t.surface, t.value) for t in nums] == [("1,000万", 10_000_000)]


def test_tokenize_many_keeps_order():
    views = tokenize_many(["Learn SEO", "Close 10 deals"], "en")
    assert [v.text for v in views] == ["Learn SEO", "Close 10 deals"]
