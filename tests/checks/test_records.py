"""Every check's record proves itself: examples that fire and stay silent, in every language."""

from __future__ import annotations

import pytest

from okrcoach.checks import CHECKS, CRITERION_CHECKS
from okrcoach.checks.registry import LANGS, _record
from okrcoach.errors import DataFileError
from okrcoach.tokens import tokenize

CASES = [
    (check_id, lang, text, expected)
    for check_id, record in CHECKS.items()
    for lang in LANGS
    for expected, texts in (("fires", record.examples[lang]["fires"]), ("silent", record.examples[lang]["silent"]))
    for text in texts
]


@pytest.mark.parametrize(("check_id", "lang", "text", "expected"), CASES)
def test_check_examples_do_what_their_record_says(check_id, lang, text, expected):
    fired = CHECKS[check_id].run(tokenize(text, lang)).fired
    assert fired == (expected == "fires"), f"{check_id} on {text!r}"


@pytest.mark.parametrize("check_id", sorted(CHECKS))
def test_every_check_has_a_firing_and_a_silent_example_in_each_language(check_id):
    for lang in LANGS:
        assert CHECKS[check_id].examples[lang]["fires"] and CHECKS[check_id].examples[lang]["silent"]


def test_criterion_set_is_derived_from_the_records():
    assert CRITERION_CHECKS == {"has_measure", "covers_all", "named_standard", "sustained_rate"}


def _valid() -> dict:
    return {
        "kind": "fact",
        "fact": "deadline",
        "polarity": "good",
        "criterion": False,
        "when": "always",
        "tip": True,
        "fix": "added_deadline",
        "messages": {lang: {"hit": "x", "miss": "y"} for lang in LANGS},
        "examples": {lang: {"fires": ["a"], "silent": ["b"]} for lang in LANGS},
    }


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"polarity": "up"}, "polarity must be one of"),
        ({"when": "sometimes"}, "when must be one of"),
        ({"fact": "nothing"}, "fact must name one of"),
        ({"colour": "red"}, "unknown keys"),
        ({"messages": {"en": {"hit": "x", "miss": "y"}}}, "messages.ja"),
        ({"examples": {lang: {"fires": ["a"], "silent": []} for lang in LANGS}}, "examples.en"),
    ],
)
def test_a_bad_record_names_the_file_the_check_and_the_key(change, problem):
    with pytest.raises(DataFileError, match=problem) as info:
        _record("has_deadline", {**_valid(), **change})
    assert "checks.toml: [has_deadline]" in str(info.value)


def test_a_deadline_is_met_by_a_stated_span():
    assert CHECKS["has_deadline"].met({"sustained_rate"}) and CHECKS["has_deadline"].met({"has_deadline"})
    assert not CHECKS["has_deadline"].met({"has_measure"})


def test_met_by_must_name_known_checks():
    from okrcoach.checks.registry import _linked

    bad = _record("has_deadline", {**_valid(), "met_by": ["no_such_check"]})
    with pytest.raises(DataFileError, match=r"\[has_deadline\] met_by names unknown checks"):
        _linked({"has_deadline": bad})
