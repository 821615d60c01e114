"""The batch encoder must give the model exactly the columns that the feature strings give it."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pytest

from okrcoach.corpus.dataset import default_data_path, read_examples
from okrcoach.model.artifact import load_model
from okrcoach.model.encode import GramTable, digit_fold, encoder_for, fold_digits, pack, pack_many, predict_views
from okrcoach.model.features import feature_strings
from okrcoach.pipeline import analyse

ODD = {
    "en": ["Ship v2 🚀 to 10 users", "Cut p95 latency\uffff to 200ms", "  Hire   3\tSREs  ", "Grow MRR ٣٠%", "KR 1.2:"],
    "ja": ["😊 商談を３件獲得", "ＮＰＳを４０に上げる🚀", "離職率を5%未満に\uffff", "①", "売上を〇〇に"],
}


def _columns_by_strings(lang: str, texts: list[str]) -> list[Counter[int]]:
    model = load_model(lang)
    views, fired = analyse(texts, lang)
    docs = [feature_strings(v, f) for v, f in zip(views, fired, strict=True)]
    return [Counter(model.vocabulary[t] for t in doc if t in model.vocabulary) for doc in docs]


def _columns_by_encoder(lang: str, texts: list[str]) -> list[Counter[int]]:
    model = load_model(lang)
    views, fired = analyse(texts, lang)
    rows, cols = encoder_for(model).encode(views, fired)
    out: list[Counter[int]] = [Counter() for _ in texts]
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        out[r][c] += 1
    return out


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_encoder_gives_the_feature_strings_columns_for_every_labeled_statement(lang: str) -> None:
    texts = [e.text for e in read_examples(default_data_path()) if e.lang == lang] + ODD[lang]
    assert _columns_by_encoder(lang, texts) == _columns_by_strings(lang, texts)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_batch_probabilities_equal_the_string_path(lang: str) -> None:
    texts = [e.text for e in read_examples(default_data_path()) if e.lang == lang][:500] + ODD[lang]
    model = load_model(lang)
    views, fired = analyse(texts, lang)
    by_strings = model.predict_proba([feature_strings(v, f) for v, f in zip(views, fired, strict=True)])
    np.testing.assert_allclose(predict_views(model, views, fired), by_strings, rtol=0, atol=1e-12)


def test_the_batch_order_does_not_change_a_statement_s_columns() -> None:
    texts = ["Learn SEO", "Ship v2 🚀 to 10 users", "Raise NPS from 30 to 45 by Q3"]
    forward = _columns_by_encoder("en", texts)
    backward = _columns_by_encoder("en", texts[::-1])
    assert forward == backward[::-1]


@pytest.mark.parametrize(("longest", "bits"), [(4, 16), (3, 21)])
def test_pack_many_agrees_with_pack(longest: int, bits: int) -> None:
    terms = ["a", "ab", " ab", "abc", "日本語", "0 x", "😊 x"] + (["abcd"] if longest == 4 else [])
    assert pack_many(terms, longest, bits).tolist() == [pack(t, bits) for t in terms]


def test_gram_table_finds_every_key_and_nothing_else() -> None:
    rng = np.random.default_rng(3)
    keys = np.unique(rng.integers(1, 2**62, 5000, dtype=np.int64)).astype(np.uint64)
    cols = np.arange(len(keys), dtype=np.int64)
    table = GramTable(keys, cols)
    assert table.lookup(keys).tolist() == cols.tolist()
    absent = np.setdiff1d(rng.integers(1, 2**62, 5000, dtype=np.int64).astype(np.uint64), keys)
    assert (table.lookup(absent) == -1).all()


def test_digit_fold_matches_the_digit_pattern() -> None:
    table = digit_fold()
    digit = re.compile(r"\d")
    folded = [c for c in range(len(table)) if table[c] != c]
    assert folded == [c for c in range(len(table)) if digit.fullmatch(chr(c)) and c != ord("0")]
    beyond = "a𝟑😊𞥓"  # a mathematical digit, an emoji, an Adlam digit
    codes = np.array([ord(c) for c in beyond], dtype=np.uint32)
    assert "".join(map(chr, fold_digits(codes).tolist())) == digit.sub("0", beyond)


def test_grams_across_statements_are_never_counted_even_if_the_vocabulary_has_two_spaces() -> None:
    from okrcoach.model.linear import LinearModel
    from okrcoach.tokens import tokenize_many

    terms = ["b|", "c|  ", "c| k", "c|s ", "c|  k", "c|s  ", "c| kr", "w|learn"]
    model = LinearModel(
        "en", ("key_result", "task", "objective"), {t: i for i, t in enumerate(terms)},
        np.ones(len(terms)), np.arange(3.0 * len(terms)).reshape(-1, 3), np.zeros(3),
    )  # fmt: skip
    texts = ["Learn SEO", "KR 1.2:", "Ship kr docs", "KR 2:", "Learn skills"] * 8  # above SMALL_BATCH
    views = tokenize_many(texts, "en")
    fired: list[list[str]] = [[] for _ in texts]
    rows, cols = encoder_for(model).encode(views, fired)
    by_encoder: list[Counter[int]] = [Counter() for _ in texts]
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        by_encoder[r][c] += 1
    by_strings = [
        Counter(model.vocabulary[t] for t in feature_strings(v, f) if t in model.vocabulary)
        for v, f in zip(views, fired, strict=True)
    ]
    assert by_encoder == by_strings
