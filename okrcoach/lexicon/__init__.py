"""Per-language word lists and patterns, loaded from the TOML files beside this module."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    """Everything a check needs to know about one language's words."""

    lang: str
    number_words: dict[str, float]
    multipliers: frozenset[str]
    irregular: dict[str, str]
    activity_verbs: frozenset[str]
    vague_verbs: frozenset[str]
    wish_lemmas: frozenset[str]
    wish_phrases: tuple[str, ...]
    recurring_phrases: tuple[str, ...]
    deadline: tuple[re.Pattern[str], ...]
    baseline: tuple[re.Pattern[str], ...]
    target: tuple[re.Pattern[str], ...]
    not_measure: re.Pattern[str]
    units: frozenset[str]
    coverage: tuple[str, ...]
    not_counted: frozenset[str]
    not_coverage_after: frozenset[str]
    standard_standalone: frozenset[str]
    metrics: frozenset[str]
    standard_verbs: frozenset[str]
    standard_nouns: frozenset[str]
    months: frozenset[str]


def _compile_all(patterns: list[str], flags: int) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)


@cache
def load(lang: str) -> Lexicon:
    """Return the lexicon of a language ("en" or "ja"), parsed once."""
    raw = tomllib.loads(resources.files(__package__).joinpath(f"{lang}.toml").read_text("utf-8"))
    flags = re.IGNORECASE
    measure = raw["measure"]
    return Lexicon(
        lang=lang,
        number_words={k: float(v) for k, v in raw["numbers"].get("words", {}).items()},
        multipliers=frozenset(raw["numbers"]["multipliers"]),
        irregular=dict(raw.get("lemmas", {}).get("irregular", {})),
        activity_verbs=frozenset(raw["verbs"]["activity"]),
        vague_verbs=frozenset(raw["verbs"]["vague"]),
        wish_lemmas=frozenset(raw["wish"].get("lemmas", [])),
        wish_phrases=tuple(raw["wish"]["phrases"]),
        recurring_phrases=tuple(raw["recurring"]["phrases"]),
        deadline=_compile_all(raw["deadline"]["patterns"], flags),
        baseline=_compile_all(raw["baseline"]["patterns"], flags),
        target=_compile_all(raw["target"]["patterns"], flags),
        not_measure=re.compile("|".join(f"(?:{p})" for p in measure["not_measure"]), flags),
        units=frozenset(u.lower() for u in measure["units"]),
        coverage=tuple(measure["coverage"]),
        not_counted=frozenset(measure["not_counted"]),
        not_coverage_after=frozenset(measure["not_coverage_after"]),
        standard_standalone=frozenset(raw["standard"]["standalone"]),
        metrics=frozenset(m.lower() for m in measure["metrics"]),
        standard_verbs=frozenset(raw["standard"]["verbs"]),
        standard_nouns=frozenset(n.lower() for n in raw["standard"]["nouns"]),
        months=frozenset(raw["deadline"].get("months", [])),
    )
