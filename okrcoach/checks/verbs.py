"""Checks for verbs that name an activity or a direction instead of an outcome."""

from __future__ import annotations

from ..lexicon import load
from ..tokens.base import Hit, Token, TokenView
from .registry import check


def _first_verb(view: TokenView, words: frozenset[str]) -> Hit | None:
    toks = view.body_tokens
    for i, tok in enumerate(toks):
        if tok.lemma not in words or tok.is_number:
            continue
        if view.lang == "en":
            # phrasal forms: "work on", "set up", "look into"
            if i + 1 < len(toks) and f"{tok.lemma} {toks[i + 1].lemma}" in words:
                return Hit(tok.start, toks[i + 1].end)
            return Hit(tok.start, tok.end)
        if _is_japanese_predicate(toks, i):
            return Hit(tok.start, tok.end)
    return None


def _is_japanese_predicate(toks: list[Token], i: int) -> bool:
    """A verb, or a noun used as one (サ変 + する, or the last word: 「調査」「強化」)."""
    tok = toks[i]
    if tok.pos in ("VERB", "ADJ"):
        # する/なる after a noun is the noun's own verb (「強化し」): the noun is the predicate, not する.
        return tok.lemma not in ("する", "なる") or i == 0 or toks[i - 1].pos == "PART"
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.pos == "PUNCT" or nxt.lemma in ("する", "できる", "を", "へ", "に", "の")


@check("activity_verb")
def activity_verb(view: TokenView) -> Hit | None:
    """Fire on learn, research, hold, work on, 学ぶ, 調査する, 実施する when no criterion is named."""
    return _first_verb(view, load(view.lang).activity_verbs)


@check("vague_verb")
def vague_verb(view: TokenView) -> Hit | None:
    """Fire on improve, enhance, support, 高める, 強化する when no criterion is named."""
    return _first_verb(view, load(view.lang).vague_verbs)
