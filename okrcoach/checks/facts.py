"""Facts several checks share (where the measures, the deadline, the schedule are), computed once per statement.

Each fact is computed on first use and kept in the statement's Facts memo. FACTS names the facts a
"fact" check can point at (see checks.toml), and CONDITIONS the conditions under which a check runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, Generic, TypeVar, overload

from ..lexicon import Lexicon, PatternSet, load, trie_pattern
from ..tokens.base import Hit, Token, TokenView

T = TypeVar("T")


class memo(Generic[T]):  # noqa: N801  (used as a decorator, like property)
    """A fact computed on first use and then kept in the instance's __dict__.

    functools.cached_property does the same but takes a lock on every first access, which cost a
    tenth of a batch's time; a Facts object never crosses threads, so it needs none.
    """

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, obj: None, owner: type) -> memo[T]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> T: ...
    def __get__(self, obj: object | None, owner: type) -> T | memo[T]:
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value  # later reads find the value before this descriptor
        return value


class Facts:
    """The facts of one statement, each computed on first use."""

    def __init__(self, view: TokenView) -> None:
        self.view = view

    @memo
    def lowered(self) -> tuple[list[str], list[str]]:
        """The lower-cased lemmas and surfaces of the body's tokens."""
        toks = self.view.body_tokens
        return [t.lemma.lower() for t in toks], [t.surface.lower() for t in toks]

    @memo
    def measures(self) -> list[Hit]:
        """The quantities that can serve as a measure."""
        return _measures(self.view)

    @memo
    def deadline(self) -> Hit | None:
        """The deadline ("by March 31", 「3月末までに」)."""
        return first_match(load(self.view.lang).deadline, self.view)

    @memo
    def baseline(self) -> Hit | None:
        """A starting value ("from 4%", 「5%から」), measure or not."""
        return first_match(load(self.view.lang).baseline, self.view)

    @memo
    def schedule(self) -> Hit | None:
        """A recurring schedule ("every week", 「毎週」)."""
        return find_phrase(load(self.view.lang).recurring_phrases, self.view, words=self.view.lang == "en")

    @memo
    def sustained(self) -> Hit | None:
        """A recurring activity over a stated span ("twice a week for 12 weeks", 「週3回を12週連続」)."""
        patterns = load(self.view.lang).span
        if patterns is None or self.schedule is None and not self.measures:
            return None
        return first_match(patterns, self.view)

    @memo
    def wish(self) -> Hit | None:
        """A wish phrase ("I want to", 「したい」)."""
        return find_phrase(load(self.view.lang).wish_phrases, self.view, words=self.view.lang == "en")

    @memo
    def coverage(self) -> Hit | None:
        """A whole-set quantifier ("every new hire", 「全店舗」)."""
        return _coverage(self.view)

    @memo
    def standard(self) -> Hit | None:
        """A named pass/fail standard ("pass JLPT N3", 「簿記2級に合格」)."""
        return _standard(self.view)


def of(view: TokenView) -> Facts:
    """Return the facts memo of a statement (made on first use and kept on the view)."""
    memo = view.memo
    if not isinstance(memo, Facts):
        memo = Facts(view)
        view.memo = memo
    return memo


def _zones(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _inside(start: int, end: int, zones: list[tuple[int, int]]) -> bool:
    return any(zs <= start and end <= ze for zs, ze in zones)


def lowered(view: TokenView) -> tuple[list[str], list[str]]:
    """Return the lower-cased lemmas and surfaces of the body's tokens."""
    return of(view).lowered


def _is_title_word(norm: str, start: int, lex: Lexicon) -> bool:
    """True when the capitalised word at start is one Title Case capitalises anyway ("In", "Below", "Of")."""
    word = norm[start:].split(maxsplit=1)[0] if norm[start:].strip() else ""
    return word.lower() in lex.not_name_words


def _measures(view: TokenView) -> list[Hit]:
    lex = load(view.lang)
    toks = view.body_tokens
    lemmas, surfaces = lowered(view)
    multipliers = lex.multipliers
    named = not (multipliers.isdisjoint(lemmas) and multipliers.isdisjoint(surfaces))  # "double", "halve"
    zones = []
    if named or any(t.is_number for t in toks):  # zones only ever rule out numbers and multipliers of the body
        zones = lex.not_measure.spans(view.lower)
        if lex.not_measure_led is not None:
            zones.extend(_zones(lex.not_measure_led, view.lower))
        for pattern in lex.not_measure_cased:
            zones.extend(z for z in _zones(pattern, view.norm) if not _is_title_word(view.norm, z[0], lex))
    hits: list[Hit] = []
    for i, tok in enumerate(toks):
        if tok.is_number and not _inside(tok.start, tok.end, zones):
            hits.append(Hit(tok.start, _counted_end(toks, i, lex)))
        elif named and (lemmas[i] in multipliers or surfaces[i] in multipliers):
            if not _inside(tok.start, tok.end, zones):  # "over half term" is a holiday, not a fraction
                hits.append(Hit(tok.start, tok.end))
    if lex.fractions is not None:
        for m in lex.fractions.finditer(view.lower, view.body_start, view.body_end):
            if not any(h.start < m.end() and m.start() < h.end for h in hits):  # "half" already counted
                hits.append(Hit(*m.span()))
        hits.sort(key=lambda h: h.start)
    return hits


def _counted_end(toks: list[Token], i: int, lex: Lexicon) -> int:
    """Return where a quantity ends with its unit or counted words: "4%", "3 online courses", 「3つ」."""
    end = toks[i].end
    for nxt in toks[i + 1 : i + 4]:
        low = nxt.surface.lower()
        if low in lex.units:
            return nxt.end  # a unit closes the quantity
        if nxt.pos not in ("SUFFIX", "NOUN", "X", "VERB") or low in lex.not_counted or not nxt.surface.isalnum():
            break
        end = nxt.end
        if lex.lang == "ja":
            break  # one counter or noun is the whole quantity in Japanese
    return end


def measures(view: TokenView) -> list[Hit]:
    """Return the quantities in a statement that can serve as a measure (not versions, dates, ids...)."""
    return of(view).measures


def first_match(patterns: PatternSet, view: TokenView) -> Hit | None:
    """Return the earliest match of any pattern in the body, grown over the matches that touch it."""
    text = view.lower
    stop = view.body_end
    first = patterns.any.search(text, view.body_start, stop)
    if first is None:
        return None  # no pattern can match (see PatternSet)
    body = first.start()
    found: list[tuple[int, int]] = []
    for pattern, scout in patterns.patterns:  # a scout that finds nothing rules its pattern out (see Scanned)
        start = body
        if scout is not None:
            seen = scout.search(text, body, stop)
            if seen is None:
                continue
            start = seen.start()
        found.extend((m.start(), m.end()) for m in pattern.finditer(text, start, stop) if m.end() > m.start())
    if not found:
        return None
    found.sort()
    start, end = found[0]
    for s, e in found[1:]:  # grow over touching matches: 「3月末」 + 「までに」
        if s <= end:
            end = max(end, e)
    return Hit(start, end)


@cache
def _phrase_pattern(phrases: tuple[str, ...], words: bool) -> re.Pattern[str]:
    """One compiled trie per phrase list (longest match first); word boundaries for English."""
    lowered = [p.lower() for p in phrases]
    if not words:
        return re.compile(trie_pattern(lowered))
    bounded = [p for p in lowered if p[:1].isalnum()]
    loose = [p for p in lowered if not p[:1].isalnum()]  # "'d like to" follows a letter
    parts = [rf"(?<![\w']){trie_pattern(bounded)}(?!\w)"] if bounded else []
    parts += [rf"{trie_pattern(loose)}(?!\w)"] if loose else []
    return re.compile("|".join(parts))


def find_phrase(phrases: tuple[str, ...], view: TokenView, *, words: bool) -> Hit | None:
    """Return the earliest phrase found in the body (on word boundaries for English), grown over overlaps."""
    pattern = _phrase_pattern(phrases, words)
    text = view.lower
    m = pattern.search(text, view.body_start, view.body_end)
    if m is None:
        return None
    start, end = m.span()
    pos = start + 1
    while pos < end:  # overlapping phrases: "I want" + "want to" -> "I want to"
        nxt = pattern.search(text, pos, min(end + 40, view.body_end))
        if nxt is None or nxt.start() >= end:
            break
        end = max(end, nxt.end())
        pos = nxt.start() + 1
    return Hit(start, end)


@cache
def _standard_triggers(lang: str) -> frozenset[str]:
    """Return every word that can start a standard: standalone words, nouns and the first word of two-word nouns."""
    lex = load(lang)
    return lex.standard_standalone | lex.standard_nouns | {n.split()[0] for n in lex.standard_nouns if " " in n}


def _standard(view: TokenView) -> Hit | None:
    lex = load(view.lang)
    named = _named_standard(view, lex)
    if named is not None or lex.standard_outcomes is None or not _may_name_outcome(view, lex):
        return named
    return first_match(lex.standard_outcomes, view)  # "Ethics approval granted", "Get shortlisted for the awards"


# "get an A in", "to a B": the capital letter first (a fast scan), then the word before it
_GRADE_LETTER = re.compile(
    r"[A-E](?:(?<=(?i:\ba) [A-E])|(?<=(?i:\ban) [A-E])|(?<=(?i:\bmy) [A-E])|(?<=(?i:\bto) [A-E]))"
    r"(?:\*|\+|-)?(?=\s|$|[.,;!?])"
)


def _may_name_outcome(view: TokenView, lex: Lexicon) -> bool:
    """Whether a statement has a word the outcome patterns need (or a grade letter): the patterns are searched
    only then, which keeps the common statement, with none, as fast as before them."""
    if not lex.standard_outcome_words:
        return True
    _, surfaces = lowered(view)
    if not lex.standard_outcome_words.isdisjoint(surfaces):
        return True
    return _GRADE_LETTER.search(view.norm, view.body_start, view.body_end) is not None


# words that make what follows a date, not a thing obtained ("... before the exam", "... by the audit")
_DATED_BY = frozenset({"before", "by", "until", "till", "ahead", "after"})


def _named_standard(view: TokenView, lex: Lexicon) -> Hit | None:
    """A standard named by its noun or its pass word ("Pass JLPT N3", "Get CKA certified")."""
    toks = view.body_tokens
    lowers, surfaces = lowered(view)
    if _standard_triggers(view.lang).isdisjoint(lowers) and lex.standard_nouns.isdisjoint(surfaces):
        return None  # the common case: no word that could name a standard
    for i, tok in enumerate(toks):
        if lowers[i] in lex.standard_standalone and _is_standard_use(lowers, i):
            return Hit(tok.start, _counted_end(toks, i, lex) if view.lang == "en" else tok.end)
        noun = lowers[i]
        if view.lang == "en" and i + 1 < len(toks) and f"{noun} {lowers[i + 1]}" in lex.standard_nouns:
            noun = f"{noun} {lowers[i + 1]}"
        elif noun not in lex.standard_nouns and tok.surface.lower() not in lex.standard_nouns:
            continue
        window = range(max(0, i - 6), i) if view.lang == "en" else range(i + 1, min(len(toks), i + 8))
        for j in window:
            if view.lang == "en" and _DATED_BY.intersection(lowers[j + 1 : i]):
                continue  # "Get comfortable with pharmacology before the exam": the exam says when, nothing passed
            if lowers[j] in lex.standard_verbs or toks[j].surface.lower() in lex.standard_verbs:
                lo, hi = sorted((i, j))
                return Hit(toks[lo].start, toks[hi].end)
        if view.lang == "en" and noun in {"certified", "accredited", "licensed"} and not _prepared_for(lowers, i, lex):
            return Hit(tok.start, tok.end)
    return None


def _is_standard_use(lowers: list[str], i: int) -> bool:
    """True when a standalone word really names a pass/fail result.

    "pass" must be a verb ("Pass JLPT", "to pass the audit"), not a name ("JR Pass", "pass on knowledge");
    "certified" & co. must not name a course ("take the Certified Scrum Master course").
    """
    lex = load("en")
    word = lowers[i]
    if word == "pass":
        if i + 1 < len(lowers) and lowers[i + 1] in lex.standard_pass_not_before:
            return False
        return i == 0 or lowers[i - 1] in lex.standard_pass_after
    if any(w in lex.standard_course_words for w in lowers[i + 1 : i + 5]):
        return False
    return not _prepared_for(lowers, i, lex)


def _prepared_for(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """True when a preparing verb ("study for", "prepare for") comes in the six words before position i with no
    verb of passing after it: what is studied for is not yet passed."""
    for j in range(max(0, i - 6), i - 1):
        if f"{lowers[j]} {lowers[j + 1]}" in lex.standard_prepared_for:
            return not any(w in lex.standard_verbs for w in lowers[j + 2 : i])
    return False


def deadline(view: TokenView) -> Hit | None:
    """Return the span of the statement's deadline ("by March 31", 「3月末までに」), if any."""
    return of(view).deadline


def baseline(view: TokenView) -> Hit | None:
    """Return the span of a starting value ("from 4%", 「5%から」), measure or not, if any."""
    return of(view).baseline


def schedule(view: TokenView) -> Hit | None:
    """Return the span of a recurring schedule ("every week", 「毎週」), if any."""
    return of(view).schedule


def sustained(view: TokenView) -> Hit | None:
    """Return the span over which a recurring activity is kept up ("for 12 weeks", 「12週連続」), if any."""
    return of(view).sustained


def wish(view: TokenView) -> Hit | None:
    """Return the span of a wish phrase ("I want to", 「したい」), if any."""
    return of(view).wish


def _coverage(view: TokenView) -> Hit | None:
    lex = load(view.lang)
    hit = find_phrase(lex.coverage, view, words=view.lang == "en")
    if hit is None and lex.coverage_patterns is not None:
        hit = first_match(lex.coverage_patterns, view)  # 「全圃場」: any noun after 「全」
    if hit is not None and view.norm[hit.end : hit.end + 1] == "-":
        return None  # "no-shows", "all-hands": a word of its own, not a whole set
    if hit is None or not lex.not_coverage_after:
        return hit
    before = view.norm[: hit.start].split()
    if (
        before
        and before[-1].lower() in lex.schedule_before
        and view.norm[hit.start : hit.end].lower() in ("every", "each")
    ):
        return None  # "stretch after every run": when a routine is done, which recurring_activity reports
    after = view.norm[hit.end :].split(maxsplit=2)
    named = len(after) > 1 and after[1][:1].isdigit()  # "all Term 1 grades": a named term, the set is its grades
    if after and after[0].lower().strip(",.;:") in lex.not_coverage_after and not named:
        return None  # "every week", "each term": a schedule, which recurring_activity reports
    return hit


def coverage(view: TokenView) -> Hit | None:
    """Return the span of a whole-set quantifier ("every new hire", 「全店舗」), if any."""
    return of(view).coverage


def standard(view: TokenView) -> Hit | None:
    """Return the span of a named pass/fail standard ("pass JLPT N3", 「簿記2級に合格」), if any."""
    return of(view).standard


def has_criterion(view: TokenView) -> bool:
    """Return True if the statement names a measure, a whole set, a pass/fail standard or a sustained routine."""
    found = of(view)
    return bool(found.measures) or any(h is not None for h in (found.standard, found.coverage, found.sustained))


# The facts a "fact" check can point at (checks.toml: kind = "fact", fact = NAME).
FACTS: dict[str, Callable[[TokenView], Hit | None]] = {
    "deadline": deadline,
    "schedule": schedule,
    "sustained": sustained,
    "coverage": coverage,
    "standard": standard,
    "wish": wish,
}

# When a check runs (checks.toml: when = NAME).
CONDITIONS: dict[str, Callable[[TokenView], bool]] = {
    "always": lambda view: True,
    "measure": lambda view: bool(measures(view)),
    "no_criterion": lambda view: not has_criterion(view),
}
