"""The feature strings of a statement: lemma n-grams, check flags and character n-grams.

Training and prediction both call feature_strings(), so the model sees exactly the same view.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..tokens.base import TokenView

DIGITS = re.compile(r"\d")
BIAS = "b|"  # present in every statement, so no row is ever empty

# Character n-gram ranges: Japanese has no spaces, so shorter grams carry the words.
CHAR_NGRAMS = {"en": (2, 4), "ja": (1, 3)}


def _number_class(value: float | None) -> str:
    # The size of a number says little about the label; its presence and shape say a lot.
    if value is None:
        return "<num>"
    if 1900 <= value <= 2100 and value == int(value):
        return "<num_year>"
    if value != int(value):
        return "<num_dec>"
    return "<num_small>" if value < 10 else "<num_big>"


def words(view: TokenView) -> list[str]:
    """Return the lemma stream of the body, numbers folded into classes, punctuation dropped."""
    return [_number_class(t.value) if t.is_number else t.lemma.lower() for t in view.body_tokens if t.pos != "PUNCT"]


def padded_text(text: str) -> str:
    """Return text lower-cased, its whitespace runs made single spaces, padded with a space each side."""
    return " " + " ".join(text.lower().split()) + " "


def grams(padded: str, low: int, high: int, prefix: str = "") -> list[str]:
    """Return the character n-grams of an already padded text, each prefixed."""
    size = len(padded)
    out: list[str] = []
    for n in range(low, high + 1):
        out.extend(map(prefix.__add__, [padded[i : i + n] for i in range(size - n + 1)]))
    return out


def char_grams(text: str, low: int, high: int, prefix: str = "") -> list[str]:
    """Return the character n-grams of the padded, lower-cased text (digits folded to 0), each prefixed."""
    return grams(DIGITS.sub("0", padded_text(text)), low, high, prefix)


def check_features(fired: Iterable[str]) -> list[str]:
    """Return the check features: each fired check, each pair of them, or "none"."""
    flags = sorted(fired)
    feats = [f"k|{c}" for c in flags]
    # pairs of fired checks ("a measure and a wish", "an activity and a deadline") and their absence
    feats.extend(f"k|{a}+{b}" for i, a in enumerate(flags) for b in flags[i + 1 :])
    if not flags:
        feats.append("k|none")
    return feats


def feature_strings(view: TokenView, fired: Iterable[str]) -> list[str]:
    """Return every feature of one statement as a string (repeats count as term frequency)."""
    w = words(view)
    feats = [BIAS]
    feats.extend(f"w|{x}" for x in w)
    feats.extend(f"w|{a} {b}" for a, b in zip(w, w[1:], strict=False))
    feats.extend(check_features(fired))
    low, high = CHAR_NGRAMS[view.lang]
    feats.extend(char_grams(view.body, low, high, "c|"))
    return feats
