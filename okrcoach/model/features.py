"""Turn token views and check results into the two documents the vectorizers read."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..tokens.base import TokenView

_DIGITS = re.compile(r"\d")


def _number_class(value: float | None) -> str:
    # The size of a number says little about the label; its presence and shape say a lot.
    if value is None:
        return "<num>"
    if 1900 <= value <= 2100 and value == int(value):
        return "<num_year>"
    if value != int(value):
        return "<num_dec>"
    return "<num_small>" if value < 10 else "<num_big>"


def word_document(view: TokenView, fired: Iterable[str]) -> str:
    """Return the lemma stream (numbers as classes) followed by one pseudo-word per fired check."""
    words = [_number_class(t.value) if t.is_number else t.lemma.lower() for t in view.body_tokens if t.pos != "PUNCT"]
    words.extend(f"chk_{c}" for c in fired)
    if not words:
        words.append("<empty>")
    return " ".join(words)


def char_document(view: TokenView) -> str:
    """Return the body text, lower-cased, with every digit folded to 0."""
    return _DIGITS.sub("0", view.body.lower())
