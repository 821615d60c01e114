"""The writer's common misspellings put right in the words a suggestion repeats ("Call customers when thier tires
are due" -> "their", "check the temp at recieving" -> "receiving"): a coach hands back a key result spelled right.
Only the phrasebook's own list is used (reading.typos: misspelling -> word), whole words, keeping the writer's
capital; a language without a list keeps the words as written.
"""

from __future__ import annotations

import re
from functools import cache

from .. import rx
from .phrasebook import Phrasebook

__all__ = ["spelled_right"]


@cache
def _pattern(book: Phrasebook) -> re.Pattern[str] | None:
    typos = book.reading.get("typos", {})
    if not typos:
        return None
    said = "|".join(re.escape(w) for w in sorted(typos, key=len, reverse=True))
    return rx.compiled(rf"(?i)(?<![\w'-])(?:{said})(?![\w'-])")


def spelled_right(text: str, book: Phrasebook) -> str:
    """The text with each listed misspelling replaced by its word, capitalised as the writer capitalised it."""
    pattern = _pattern(book)
    if pattern is None or not text:
        return text
    typos = book.reading["typos"]

    def right(m: re.Match[str]) -> str:
        word = typos[m.group(0).lower()]
        return word[:1].upper() + word[1:] if m.group(0)[:1].isupper() else word

    return pattern.sub(right, text)
