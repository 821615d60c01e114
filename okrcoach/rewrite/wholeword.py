"""Whole-word tests on English text without compiling a pattern per word.

The rewrite engine asks whether catalog and topic phrases (thousands of them) stand in a statement as
whole words: no word character or hyphen just before or after, what (?<![\\w-])PHRASE(?![\\w-]) finds.
A pattern per phrase costs a compile the first time each phrase is asked about, which a sheet of a
few thousand rows pays for most of its phrases; these functions give the same answers with string
methods. "Word character" is re's \\w: a character str.isalnum() accepts, or "_".
"""

from __future__ import annotations

from functools import lru_cache


def _joins(text: str, at: int) -> bool:
    """True when the character at a position (if any) would join a word there: \\w or a hyphen."""
    if at < 0 or at >= len(text):
        return False
    c = text[at]
    return c.isalnum() or c == "_" or c == "-"


def find_whole(text: str, word: str, endings: tuple[str, ...] = ("",)) -> int:
    """Where word, followed by one of the endings, first stands in text as a whole word, or -1.

    The same as re.search(rf"(?<![\\w-]){re.escape(word)}(?:E1|E2|...)(?![\\w-])", text).start() with
    the endings E1, E2, ... ("" for none).
    """
    at = text.find(word)
    while at >= 0:
        if not _joins(text, at - 1):
            end = at + len(word)
            if any(text.startswith(e, end) and not _joins(text, end + len(e)) for e in endings):
                return at
        at = text.find(word, at + 1)
    return -1


def ends_whole(text: str, word: str, endings: tuple[str, ...] = ("",)) -> bool:
    """True when text ends in word followed by one of the endings, the word whole (nothing joins it before).

    The same as re.search(rf"(?<![\\w-]){re.escape(word)}(?:E1|E2|...)$", text) for a text without a
    line break.
    """
    for e in endings:
        form = word + e
        if text.endswith(form) and not _joins(text, len(text) - len(form) - 1):
            return True
    return False


@lru_cache(maxsize=1024)
def names_any(text: str, words: tuple[str, ...], lang: str) -> bool:
    """Whether a statement names one of the words (the writer's own family, one's own occasion, other people):
    Japanese anywhere in the text, English as whole words."""
    if lang == "ja":
        return any(w in text for w in words)
    return any(find_whole(text.lower(), w) >= 0 for w in words)


def _katakana(c: str) -> bool:
    """True for a katakana letter or the long-vowel mark."""
    return "\u30a1" <= c <= "\u30fa" or c == "\u30fc"


def find_ja(text: str, word: str) -> int:
    """Where a Japanese catalog word stands in the text, or -1. A short katakana word glued to more katakana is part of
    another word (「バグ」 in 「バグパイプ」, 「エスカ」 in 「エスカルゴ」), not the word; a longer one stands in a
    compound (「メール」 in 「メールマガジン」 is still mail)."""
    at = text.find(word)
    if len(word) > 3:
        return at
    while at >= 0:
        before = text[at - 1] if at > 0 else ""
        after = text[at + len(word)] if at + len(word) < len(text) else ""
        glued = (_katakana(word[0]) and before and _katakana(before)) or (
            _katakana(word[-1]) and after and _katakana(after)
        )
        if not glued:
            return at
        at = text.find(word, at + 1)
    return -1
