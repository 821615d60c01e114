"""Per-language word lists and patterns, loaded from each language's lexicon.toml (okrcoach/lang/<code>/)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from ..errors import DataFileError
from ..lang import data_file
from .gate import GatedUnion, union


class Scanned(NamedTuple):
    """A pattern and, if it starts with \\b, its scout: the same pattern without that \\b.

    The scout matches wherever the pattern does, so where it finds nothing the pattern finds nothing,
    and the pattern's first match starts at or after the scout's. Without the leading assertion the
    regex engine skips ahead to the pattern's first letters, which makes the common "no match" case
    several times cheaper; the matches found are exactly the same.
    """

    pattern: re.Pattern[str]
    scout: re.Pattern[str] | None

    @classmethod
    def of(cls, source: str) -> Scanned:
        """Compile a pattern and its scout."""
        return cls(re.compile(source), re.compile(source[2:]) if source.startswith("\\b") else None)


class PatternSet(NamedTuple):
    """Patterns searched together, and one alternation of them all (their scouts where they have one).

    Where the alternation finds nothing, none of the patterns can match; where it does, no pattern
    matches before it. One search instead of one per pattern settles the statements that match none.
    """

    patterns: tuple[Scanned, ...]
    any: re.Pattern[str]

    @classmethod
    def of(cls, sources: list[str]) -> PatternSet:
        """Compile patterns, their scouts and their alternation."""
        patterns = tuple(Scanned.of(s) for s in sources)
        return cls(patterns, re.compile("|".join(f"(?:{(p.scout or p.pattern).pattern})" for p in patterns)))


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
    span: PatternSet | None  # what makes a recurring activity checkable: "for 12 weeks", 「12週連続」
    fractions: re.Pattern[str] | None  # fractions that are a measure: "by a quarter", "in half"
    deadline: PatternSet  # lower-case patterns, matched against TokenView.lower
    baseline: PatternSet
    target: PatternSet
    not_measure: GatedUnion  # lower-case patterns, matched against TokenView.lower
    not_measure_led: re.Pattern[str] | None  # those that open on a lookbehind, searched apart (see _led)
    not_measure_cased: tuple[re.Pattern[str], ...]  # patterns that need the original case, against .norm
    not_name_words: frozenset[str]  # capitalised words that never make a name of the number after them
    units: frozenset[str]
    coverage: tuple[str, ...]
    not_counted: frozenset[str]
    not_coverage_after: frozenset[str]
    schedule_before: frozenset[str]  # "after every run": a routine's occasion, not a whole set
    standard_standalone: frozenset[str]
    metrics: frozenset[str]
    standard_verbs: frozenset[str]
    standard_nouns: frozenset[str]
    standard_pass_after: frozenset[str]
    standard_pass_not_before: frozenset[str]
    standard_course_words: frozenset[str]
    standard_prepared_for: frozenset[str]
    standard_outcomes: PatternSet | None  # an outside party's verdict: "approved by the IRB", "shortlisted for"
    coverage_patterns: PatternSet | None  # a whole set said by a pattern, not a phrase: 「全圃場」
    standard_outcome_words: frozenset[str]  # a token one of the outcome patterns needs (empty: always search them)


def trie_pattern(words: list[str] | tuple[str, ...]) -> str:
    """Return a regex matching any of the words, factored as a trie (far faster than a flat alternation)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(root) + ")"


def _expand(pattern: str, lists: dict[str, list[str]]) -> str:
    """Replace <<name>> in a pattern with the trie of the named word list."""
    return re.sub(r"<<(\w+)>>", lambda m: trie_pattern(lists[m.group(1)]), pattern)


def _compile_all(patterns: list[str]) -> PatternSet:
    # Matched against TokenView.lower: lower-casing once beats re.IGNORECASE by a factor of two to three.
    return PatternSet.of([p.lower() for p in patterns])


def _led(pattern: str) -> bool:
    """Whether a pattern opens on a lookbehind ("(?<!under\\s)\\b\\d+ ..."): in one alternation with the others it
    stops the regex engine from skipping ahead to where a branch can start, which made the whole search four times
    slower; such patterns are searched in an alternation of their own."""
    return pattern.startswith("(?<")


def _is_cased(pattern: str) -> bool:
    return pattern.startswith("(?-i:")


@cache
def load(lang: str) -> Lexicon:
    """Return the lexicon of a language ("en" or "ja"), parsed once; a malformed file names the file and key."""
    name = f"okrcoach/lang/{lang}/lexicon.toml"
    try:
        raw = tomllib.loads(data_file(lang, "lexicon.toml").read_text("utf-8"))
        return _lexicon(lang, raw)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{name}: not valid TOML ({exc})") from None
    except KeyError as exc:
        raise DataFileError(f"{name}: missing key {exc.args[0]!r}") from None
    except (TypeError, ValueError, re.error) as exc:
        raise DataFileError(f"{name}: bad value ({exc})") from None


def _lexicon(lang: str, raw: dict[str, Any]) -> Lexicon:
    measure = raw["measure"]
    lists = measure.get("word_lists", {})
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
        span=_compile_all(raw["recurring"]["span"]) if raw["recurring"].get("span") else None,
        fractions=re.compile("|".join(f"(?:{p})" for p in raw["numbers"]["fractions"]))
        if raw["numbers"].get("fractions")
        else None,
        deadline=_compile_all(raw["deadline"]["patterns"]),
        baseline=_compile_all(raw["baseline"]["patterns"]),
        target=_compile_all(raw["target"]["patterns"]),
        not_measure=GatedUnion(
            [_expand(p, lists).lower() for p in measure["not_measure"] if not _is_cased(p) and not _led(p)]
        ),
        not_measure_led=union(
            [_expand(p, lists).lower() for p in measure["not_measure"] if not _is_cased(p) and _led(p)]
        ),
        not_measure_cased=tuple(re.compile(_expand(p, lists)) for p in measure["not_measure"] if _is_cased(p)),
        not_name_words=frozenset(measure.get("not_name_words", [])),
        units=frozenset(u.lower() for u in measure["units"]),
        coverage=tuple(measure["coverage"]),
        not_counted=frozenset(measure["not_counted"]),
        not_coverage_after=frozenset(measure["not_coverage_after"]),
        schedule_before=frozenset(measure.get("schedule_before", [])),
        standard_standalone=frozenset(raw["standard"]["standalone"]),
        metrics=frozenset(m.lower() for m in measure["metrics"]),
        standard_verbs=frozenset(raw["standard"]["verbs"]),
        standard_nouns=frozenset(n.lower() for n in raw["standard"]["nouns"]),
        standard_pass_after=frozenset(raw["standard"].get("pass_after", [])),
        standard_pass_not_before=frozenset(raw["standard"].get("pass_not_before", [])),
        standard_course_words=frozenset(raw["standard"].get("course_words", [])),
        standard_prepared_for=frozenset(raw["standard"].get("prepared_for", [])),
        standard_outcomes=_compile_all(raw["standard"]["outcomes"]) if raw["standard"].get("outcomes") else None,
        coverage_patterns=_compile_all(measure["coverage_patterns"]) if measure.get("coverage_patterns") else None,
        standard_outcome_words=frozenset(raw["standard"].get("outcome_words", [])),
    )


_MESSAGE_KEYS = (
    "label",
    "not_a_criterion",
    "rewrites_heading",
    "list_separator",
    "anatomy",
    "anatomy_untyped",
    "notes",
)


@cache
def messages(lang: str) -> dict[str, Any]:
    """Return what okrcoach says in a language outside the checks (messages.toml), validated once."""
    table = tomllib.loads(data_file(lang, "messages.toml").read_text("utf-8"))
    missing = [k for k in _MESSAGE_KEYS if k not in table]
    if missing:
        raise DataFileError(f"okrcoach/lang/{lang}/messages.toml: missing {', '.join(missing)}")
    return table
