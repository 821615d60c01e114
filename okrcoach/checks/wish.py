"""Check for a wish or hedge where a commitment belongs."""

from __future__ import annotations

from ..lexicon import load
from ..tokens.base import Hit, Token, TokenView
from . import facts
from .registry import check


@check("wish_form")
def wish_form(view: TokenView) -> Hit | None:
    """Fire on "I want to", "try to", 「〜したい」「〜できるようになりたい」."""
    lex = load(view.lang)
    if view.lang == "ja":
        intention = _volitional_thought(view)
        if intention is not None:
            return intention
        for tok in view.body_tokens:
            if tok.lemma in lex.wish_lemmas and tok.pos in ("AUX", "VERB", "NOUN"):
                if tok.lemma != "たい" or tok.pos == "AUX":
                    return facts.wish(view) or _hit(tok)
    return facts.wish(view)


def _volitional_thought(view: TokenView) -> Hit | None:
    """「書こうと思う」「やろうと考えている」: a volitional verb followed by と思う/と考える."""
    toks = view.body_tokens
    for i, tok in enumerate(toks[:-2]):
        if "意志推量" in tok.form and toks[i + 1].lemma == "と" and toks[i + 2].lemma in ("思う", "考える"):
            return Hit(tok.start, toks[i + 2].end)
    return None


def _hit(tok: Token) -> Hit:
    return Hit(tok.start, tok.end)
