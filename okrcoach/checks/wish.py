"""Check for a wish or hedge where a commitment belongs."""

from __future__ import annotations

from ..lexicon import load
from ..tokens.base import TokenView
from . import facts
from .registry import Hit, check


@check("wish_form", good=False, messages={
    "en": {"hit": "Phrased as a wish ('{span}'): say what will be true at the end of the cycle.",
           "miss": "Phrased as a commitment, not a wish."},
    "ja": {"hit": "「{span}」は願望の表現です。期末に何が達成されているかを書きましょう。",
           "miss": "願望ではなく、やり切る形で書かれています。"},
})
def wish_form(view: TokenView) -> Hit | None:
    """Fire on "I want to", "try to", 「〜したい」「〜できるようになりたい」."""
    lex = load(view.lang)
    if view.lang == "ja":
        for tok in view.body_tokens:
            if tok.lemma in lex.wish_lemmas and tok.pos in ("AUX", "VERB", "NOUN"):
                if tok.lemma != "たい" or tok.pos == "AUX":
                    return facts.find_phrase(lex.wish_phrases, view, words=False) or _hit(tok)
        return facts.find_phrase(lex.wish_phrases, view, words=False)
    return facts.find_phrase(lex.wish_phrases, view, words=True)


def _hit(tok: object) -> Hit:
    return Hit(tok.start, tok.end)  # type: ignore[attr-defined]
