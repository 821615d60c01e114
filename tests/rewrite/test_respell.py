"""The last reading for statements nothing else fits: intensifiers left out, misspelt words put right by the
catalog's own words, and only when exactly one catalog word is one edit away."""

import pytest

import okrcoach
from okrcoach.rewrite.respell import corrected, plain
from okrcoach.rewrite.topics import _vocabulary


@pytest.mark.parametrize(
    ("word", "lang", "right"),
    [
        ("efficiant", "en", "efficient"),  # a letter changed
        ("reponse", "en", "response"),  # a letter left out
        ("painfull", "en", "painful"),  # a letter added
        ("voluneter", "en", "volunteer"),  # two letters swapped
        ("オンボーディグ", "ja", "オンボーディング"),
        ("キャッシュフロ", "ja", "キャッシュフロー"),
    ],
)
def test_a_misspelt_word_is_put_right_by_the_catalog(word, lang, right):
    assert corrected(word, lang, _vocabulary(lang)) == right


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("response", "en"),  # already a catalog word
        ("plan", "en"),  # too short to tell a misspelling from another word
        ("zzzzzzzz", "en"),  # nothing near it
        ("コスト", "ja"),  # a short loanword
    ],
)
def test_a_word_is_left_alone_unless_one_catalog_word_is_one_edit_away(word, lang):
    assert corrected(word, lang, _vocabulary(lang)) is None


def test_intensifiers_are_left_out():
    assert plain("決算をもっと早くする", "ja", _vocabulary("ja")) == "決算を早くする"
    assert plain("make the warehouse more efficiant", "en", _vocabulary("en")) == "make the warehouse efficient"


@pytest.mark.parametrize(
    ("text", "metric_words"),
    [
        ("経理：決算をもっと早くする", "月次決算の所要日数"),
        ("Make the close less painfull", "close time"),
        ("オンボーディグ資料をNotionにまとめる", "独り立ち"),
    ],
)
def test_a_statement_nothing_fits_as_written_gets_the_metric_of_its_respelled_topic(text, metric_words):
    got = [s.text for s in okrcoach.classify(text).suggestions]
    assert got and metric_words in got[0], got


def test_a_statement_its_words_fit_is_not_respelled():
    # "reactors" is one letter from "refactors"; the statement's own count comes first
    got = [s.text for s in okrcoach.classify("Evaluate small modular reactors for the Gen IV study").suggestions]
    assert got and "coverage" not in got[0], got


@pytest.mark.parametrize(
    ("text", "metric_words"),
    [
        ("生徒の読解力を伸ばす", "読解力をもつ児童の割合"),  # a skill a school measures, not a course
        ("問い合わせの一次解決力を強化", "最初の問い合わせで解決"),
    ],
)
def test_a_skill_whose_metric_its_words_name_gets_that_metric_not_a_course(text, metric_words):
    got = [s.text for s in okrcoach.classify(text).suggestions]
    assert got and metric_words in got[0] and "講座" not in got[0], got


def test_a_compound_split_by_no_is_read_whole_only_for_an_action_noun():
    assert plain("週次レポートの作成を自動化する", "ja", _vocabulary("ja")) == "週次レポート作成を自動化する"
    assert plain("デザインの力で事業成長に貢献する", "ja", _vocabulary("ja")) == "デザインの力で事業成長に貢献する"


def test_an_honorific_is_left_off_in_the_last_reading():
    assert plain("寄付者さんとの関係を深める", "ja", _vocabulary("ja")) == "寄付者との関係を深める"


def test_up_and_a_written_variant_are_read_as_meant():
    assert "アップ" in plain("体力upする", "ja", _vocabulary("ja"))
    assert "動線" in plain("倉庫のピッキング導線を見直す", "ja", _vocabulary("ja"))
