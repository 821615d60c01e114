"""Detect whether a statement is English or Japanese."""

from __future__ import annotations

import re

LANGUAGES: tuple[str, ...] = ("en", "ja")

# Hiragana, katakana (incl. half-width and the prolonged sound mark), CJK ideographs,
# Japanese punctuation such as 「」、。 and full-width forms of Latin letters are all
# signs of a Japanese sheet; one of them is enough ("NPSを40以上にする" is Japanese).
_JAPANESE = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def detect(text: str) -> str:
    """Return "ja" if the text contains Japanese script, else "en"."""
    return "ja" if _JAPANESE.search(text) else "en"


def resolve(text: str, lang: str | None) -> str:
    """Return the forced language if given (validated), else the detected one."""
    if lang is None:
        return detect(text)
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}: use one of {', '.join(LANGUAGES)} or None to detect")
    return lang
