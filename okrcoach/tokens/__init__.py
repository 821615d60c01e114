"""One token view for both languages: text -> TokenView (see base.py)."""

from __future__ import annotations

from collections.abc import Sequence

from ..normalise import normalise
from .base import Token, TokenView

__all__ = ["Token", "TokenView", "normalise", "tokenize", "tokenize_many", "word_lemmas"]


def tokenize(text: str, lang: str) -> TokenView:
    """Return the token view of one statement in the given language."""
    return tokenize_many([text], lang)[0]


def tokenize_many(texts: Sequence[str], lang: str) -> list[TokenView]:
    """Return token views for many statements of one language, batched."""
    if lang == "ja":
        from ..lang.ja import tokenizer as ja

        return ja.tokenize_many(texts)
    from ..lang.en import tokenizer as en

    return en.tokenize_many(texts)


def word_lemmas(text: str, lang: str) -> list[tuple[str, str]]:
    """Return (lemma, coarse part of speech) of every word of a short phrase: light, for indexing phrases (Japanese
    skips the statement anatomy a token view reads)."""
    if lang == "ja":
        from ..lang.ja import tokenizer as ja

        return ja.lemmas(text)
    return [(t.lemma, t.pos) for t in tokenize(text, lang).tokens]
