"""Detect whether a statement is English or Japanese."""

from __future__ import annotations

import re

from .lang import LANGUAGES
from .tokens.base import NOTE

# Hiragana, katakana (incl. half-width and the prolonged sound mark) and CJK ideographs make a
# statement Japanese; one is enough ("NPSを40以上にする"). Japanese punctuation alone does not: an
# English sheet may use "・" as a bullet.
_KANA_KANJI = re.compile(
    r"[\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]"
)
# Full-width digits and letters ("４.５") come from Japanese input methods.
_FULL_WIDTH = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_ENGLISH_WORD = re.compile(r"[a-z]{2,}")
# A team tag before the statement ("UXチーム:", 「「営業部：」」): its script does not make an English body Japanese.
_LEADING_TAG = re.compile(r"^\s*[「【\[(（]?[^:：」】\])）]{1,14}[:：」】\])）]+\s*")


def detect(text: str) -> str:
    """Return "ja" or "en": Japanese script outside bracketed notes wins, then English words, then any other sign."""
    outside = NOTE.sub(" ", text)  # notes ("Close 10 deals（担当：佐藤）") do not decide the language
    if not any(ch.isalnum() for ch in outside):
        outside = text
    tag = _LEADING_TAG.match(outside)
    if tag is not None and _KANA_KANJI.search(tag.group()):
        rest = outside[tag.end() :]
        if not _KANA_KANJI.search(rest) and len(_ENGLISH_WORD.findall(rest)) >= 3:
            return "en"  # "UXチーム: Run usability tests on the new editor"
    if _KANA_KANJI.search(outside):
        return "ja"
    if _ENGLISH_WORD.search(outside):
        return "en"
    return "ja" if _FULL_WIDTH.search(text) or _KANA_KANJI.search(text) else "en"


def resolve(text: str, lang: str | None) -> str:
    """Return the forced language if given (validated), else the detected one."""
    if lang is None:
        return detect(text)
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}: use one of {', '.join(LANGUAGES)} or None to detect")
    return lang
