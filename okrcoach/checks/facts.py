"""Facts several checks share (where the measures are), computed once per statement."""

from __future__ import annotations

import re

from ..lexicon import load
from ..tokens.base import TokenView
from .registry import Hit


def _memo(view: TokenView, key: str, compute: object) -> object:
    if key not in view.facts:
        view.facts[key] = compute(view)  # type: ignore[operator]
    return view.facts[key]


def _zones(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _inside(start: int, end: int, zones: list[tuple[int, int]]) -> bool:
    return any(zs <= start and end <= ze for zs, ze in zones)


def _measures(view: TokenView) -> list[Hit]:
    lex = load(view.lang)
    zones = _zones(lex.not_measure, view.norm)
    hits: list[Hit] = []
    toks = view.body_tokens
    for i, tok in enumerate(toks):
        if tok.is_number and not _inside(tok.start, tok.end, zones):
            # Report the quantity with its unit or counted noun: "4%", "3 courses", 「3つ」.
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            end = tok.end
            if nxt is not None and (nxt.surface.lower() in lex.units or nxt.pos in ("SUFFIX", "NOUN", "X")):
                end = nxt.end
            hits.append(Hit(tok.start, end))
        elif tok.lemma.lower() in lex.multipliers or tok.surface.lower() in lex.multipliers:
            hits.append(Hit(tok.start, tok.end))
    return hits


def measures(view: TokenView) -> list[Hit]:
    """Return the quantities in a statement that can serve as a measure (not versions, dates, ids...)."""
    return _memo(view, "measures", _measures)  # type: ignore[return-value]


def first_match(patterns: tuple[re.Pattern[str], ...], view: TokenView) -> Hit | None:
    """Return the earliest match of any pattern in the statement body."""
    best: Hit | None = None
    for pattern in patterns:
        m = pattern.search(view.norm, view.body_start)
        if m and m.end() > m.start() and (best is None or m.start() < best.start):
            best = Hit(m.start(), m.end())
    return best


def find_phrase(phrases: tuple[str, ...], view: TokenView, *, words: bool) -> Hit | None:
    """Return the earliest phrase found in the body (on word boundaries for English)."""
    text = view.norm.lower()
    found: list[Hit] = []
    for phrase in phrases:
        if words:
            m = re.search(rf"(?<![\w']){re.escape(phrase)}(?![\w])", text[view.body_start :])
            pos = m.start() + view.body_start if m else -1
        else:
            pos = text.find(phrase.lower(), view.body_start)
        if pos >= 0:
            found.append(Hit(pos, pos + len(phrase)))
    if not found:
        return None
    found.sort(key=lambda h: (h.start, -h.end))
    start, end = found[0].start, found[0].end
    for hit in found[1:]:  # grow over overlapping phrases: "I want" + "want to" -> "I want to"
        if hit.start <= end:
            end = max(end, hit.end)
    return Hit(start, end)


def _standard(view: TokenView) -> Hit | None:
    lex = load(view.lang)
    toks = view.body_tokens
    lowers = [t.lemma.lower() for t in toks]
    for i, tok in enumerate(toks):
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


def standard(view: TokenView) -> Hit | None:
    """Return the span of a named pass/fail standard ("pass JLPT N3", 「簿記2級に合格」), if any."""
    return _memo(view, "standard", _standard)  # type: ignore[return-value]


def has_criterion(view: TokenView) -> bool:
    """Return True if the statement names a measure or a pass/fail standard."""
    return bool(measures(view)) or standard(view) is not None
