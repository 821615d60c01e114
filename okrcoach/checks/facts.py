"""Facts several checks share (where the measures are), computed once per statement."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import Lexicon, PatternSet, load, trie_pattern
from ..tokens.base import Token, TokenView
from .registry import Hit


def _memo(view: TokenView, key: str, compute: object) -> object:
    if key not in view.facts:
        view.facts[key] = compute(view)  # type: ignore[operator]
    return view.facts[key]


def _zones(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _inside(start: int, end: int, zones: list[tuple[int, int]]) -> bool:
    return any(zs <= start and end <= ze for zs, ze in zones)


def _lowered(view: TokenView) -> tuple[list[str], list[str]]:
    toks = view.body_tokens
    return [t.lemma.lower() for t in toks], [t.surface.lower() for t in toks]


def lowered(view: TokenView) -> tuple[list[str], list[str]]:
    """Return the lower-cased lemmas and surfaces of the body's tokens."""
    return _memo(view, "lowered", _lowered)  # type: ignore[return-value]


def _measures(view: TokenView) -> list[Hit]:
    lex = load(view.lang)
    toks = view.body_tokens
    zones = []
    if any(t.is_number for t in toks):  # zones only ever rule out numbers of the body
        zones = _zones(lex.not_measure, view.lower)
        for pattern in lex.not_measure_cased:
            zones.extend(_zones(pattern, view.norm))
    lemmas, surfaces = lowered(view)
    multipliers = lex.multipliers
    named = not (multipliers.isdisjoint(lemmas) and multipliers.isdisjoint(surfaces))  # "double", "halve"
    hits: list[Hit] = []
    for i, tok in enumerate(toks):
        if tok.is_number and not _inside(tok.start, tok.end, zones):
            hits.append(Hit(tok.start, _counted_end(toks, i, lex)))
        elif named and (lemmas[i] in multipliers or surfaces[i] in multipliers):
            hits.append(Hit(tok.start, tok.end))
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
    return _memo(view, "measures", _measures)  # type: ignore[return-value]


def first_match(patterns: PatternSet, view: TokenView) -> Hit | None:
    """Return the earliest match of any pattern in the body, grown over the matches that touch it."""
    text = view.lower
    first = patterns.any.search(text, view.body_start)
    if first is None:
        return None  # no pattern can match (see PatternSet)
    body = first.start()
    found: list[tuple[int, int]] = []
    for pattern, scout in patterns.patterns:  # a scout that finds nothing rules its pattern out (see Scanned)
        start = body
        if scout is not None:
            seen = scout.search(text, body)
            if seen is None:
                continue
            start = seen.start()
        found.extend((m.start(), m.end()) for m in pattern.finditer(text, start) if m.end() > m.start())
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
    m = pattern.search(text, view.body_start)
    if m is None:
        return None
    start, end = m.span()
    pos = start + 1
    while pos < end:  # overlapping phrases: "I want" + "want to" -> "I want to"
        nxt = pattern.search(text, pos, end + 40)
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
            if lowers[j] in lex.standard_verbs or toks[j].surface.lower() in lex.standard_verbs:
                lo, hi = sorted((i, j))
                return Hit(toks[lo].start, toks[hi].end)
        if view.lang == "en" and noun in {"certified", "accredited", "licensed"}:
            return Hit(tok.start, tok.end)
    return None


_PASS_BEFORE = {"to", "and", "will", "must", "should", "i", "we", "then", "&", "also", "finally", "shall"}
_COURSE_WORDS = {
    "course",
    "courses",
    "training",
    "class",
    "program",
    "programme",
    "prep",
    "bootcamp",
    "study",
    "studies",
    "module",
    "materials",
    "book",
}


def _is_standard_use(lowers: list[str], i: int) -> bool:
    """True when a standalone word really names a pass/fail result.

    "pass" must be a verb ("Pass JLPT", "to pass the audit"), not a name ("JR Pass", "pass on knowledge");
    "certified" & co. must not name a course ("take the Certified Scrum Master course").
    """
    word = lowers[i]
    if word == "pass":
        if i + 1 < len(lowers) and lowers[i + 1] in ("on", "along", "through", "by", "over"):
            return False
        return i == 0 or lowers[i - 1] in _PASS_BEFORE
    return not any(w in _COURSE_WORDS for w in lowers[i + 1 : i + 5])


def deadline(view: TokenView) -> Hit | None:
    """Return the span of the statement's deadline ("by March 31", 「3月末までに」), if any."""
    return _memo(view, "deadline", lambda v: first_match(load(v.lang).deadline, v))  # type: ignore[return-value]


def baseline(view: TokenView) -> Hit | None:
    """Return the span of a starting value ("from 4%", 「5%から」), measure or not, if any."""
    return _memo(view, "baseline", lambda v: first_match(load(v.lang).baseline, v))  # type: ignore[return-value]


def schedule(view: TokenView) -> Hit | None:
    """Return the span of a recurring schedule ("every week", 「毎週」), if any."""
    return _memo(  # type: ignore[return-value]
        view, "schedule", lambda v: find_phrase(load(v.lang).recurring_phrases, v, words=v.lang == "en")
    )


def wish(view: TokenView) -> Hit | None:
    """Return the span of a wish phrase ("I want to", 「したい」), if any."""
    return _memo(  # type: ignore[return-value]
        view, "wish", lambda v: find_phrase(load(v.lang).wish_phrases, v, words=v.lang == "en")
    )


def _coverage(view: TokenView) -> Hit | None:
    lex = load(view.lang)
    hit = find_phrase(lex.coverage, view, words=view.lang == "en")
    if hit is None or not lex.not_coverage_after:
        return hit
    after = view.norm[hit.end :].split(maxsplit=1)
    if after and after[0].lower().strip(",.;:") in lex.not_coverage_after:
        return None  # "every week": a schedule, which recurring_activity reports
    return hit


def coverage(view: TokenView) -> Hit | None:
    """Return the span of a whole-set quantifier ("every new hire", 「全店舗」), if any."""
    return _memo(view, "coverage", _coverage)  # type: ignore[return-value]


def standard(view: TokenView) -> Hit | None:
    """Return the span of a named pass/fail standard ("pass JLPT N3", 「簿記2級に合格」), if any."""
    return _memo(view, "standard", _standard)  # type: ignore[return-value]


def has_criterion(view: TokenView) -> bool:
    """Return True if the statement names a measure, a whole checkable set or a pass/fail standard."""
    return bool(measures(view)) or standard(view) is not None or coverage(view) is not None
