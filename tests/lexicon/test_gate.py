"""The gated union finds exactly what the whole alternation finds, only faster."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okrcoach.lexicon import load
from okrcoach.lexicon.gate import GatedUnion, openings

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize(
    ("source", "letters"),
    [
        ("\\b(?:ticket|bug)\\s*#?\\d+", {"tic", "bug"}),
        ("\\bfloors\\s+\\d+", {"flo"}),
        ("\\b\\d+-for-\\d+\\b", set("0123456789")),
        ("\\b(?:top|(?<!my\\s)first)\\s+\\d", {"top", "fir"}),
        ("^(?:after|following)\\s", {"aft", "fol"}),
        ("\\bv\\d", {f"v{d}" for d in range(10)}),
    ],
)
def test_openings_reads_the_letters_a_pattern_opens_with(source, letters):
    assert openings(source) == frozenset(letters)


@pytest.mark.parametrize("source", ["(?<![^\\s(/])#\\d+", "\\b[a-z]+\\s+\\d", "\\b(?:\\w+)?\\d", "#\\d+"])
def test_a_pattern_that_may_open_anywhere_has_no_openings(source):
    assert openings(source) is None


def test_a_pattern_that_may_open_anywhere_is_still_searched():
    gate = GatedUnion(["\\bfloors\\s+\\d+", "x\\d"])
    assert gate.spans("fix floors 3 and ax9") == [(4, 12), (18, 20)]


def test_the_earlier_pattern_wins_at_a_position_as_in_the_whole_alternation():
    sources = ["\\bpostgres\\s+\\d+\\s*(?:→|to)\\s*\\d+", "\\bpostgres\\s+\\d+"]
    gate = GatedUnion(sources)
    text = "upgrade postgres 12 to 15 and postgres 9"
    assert gate.spans(text) == [m.span() for m in gate.whole().finditer(text)] == [(8, 25), (30, 40)]


def _statements(lang: str) -> list[str]:
    with (DATA / "statements.csv").open(encoding="utf-8") as fh:
        return [r["text"].lower() for r in csv.DictReader(fh) if r["lang"] == lang]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_shipped_not_measure_patterns_find_the_same_spans_gated_on_every_statement(lang):
    gate = load(lang).not_measure
    whole = gate.whole()
    for text in _statements(lang)[::3]:
        assert gate.spans(text) == [m.span() for m in whole.finditer(text)], text


_WORDS = st.sampled_from(
    [
        "ticket",
        "#12",
        "floors",
        "3",
        "to",
        "6",
        "since",
        "two",
        "of",
        "our",
        "after",
        "the",
        "storm,",
        "top",
        "5",
        "first",
        "my",
        "q3",
        "v2",
        "release",
        "tracks",
        "both",
        "cars",
        "aged",
        "65+",
        "postgres",
        "12",
        "→",
        "15",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_gated_spans_equal_the_whole_alternation_on_any_mix_of_words(words):
    gate = load("en").not_measure
    text = " ".join(words)
    assert gate.spans(text) == [m.span() for m in gate.whole().finditer(text)]
