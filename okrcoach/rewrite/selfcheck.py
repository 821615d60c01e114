"""The writer's own feeling measured by the writer: a weekly self-rating out of 10 ("Less stress, more joy" ->
"Bring my weekly self-rating of stress down from 7/10 to 4/10 ...", 「心に余裕のある親でいる」 -> 「毎週の自己評価
（10段階）で心の余裕を4から7に上げる」).

Only for an objective about the writer's own life that names a feeling the phrasebook knows; a feeling of a team,
customers or pupils is asked of them (survey). The feelings, their direction and the sentences are data in
lang/<lang>/rewrite.toml ([selfcheck]).
"""

from __future__ import annotations

import re
from functools import cache

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading


@cache
def _pattern(book: Phrasebook, key: str) -> re.Pattern[str]:
    """One pattern for the feeling words (key "feelings") or the words of other people (key "others"): whole
    words in English, anywhere in Japanese."""
    table = book.selfcheck[key]
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    return re.compile(f"(?:{words})" if book.lang == "ja" else rf"(?<![\w-])(?:{words})(?![\w-])", re.I)


@cache
def _writer(book: Phrasebook) -> re.Pattern[str]:
    """What makes the feeling the writer's own (the phrasebook's pattern, its {feelings} the feeling words)."""
    words = "|".join(re.escape(w) for w in sorted(book.selfcheck["feelings"], key=len, reverse=True))
    return re.compile(book.selfcheck["writer"].replace("{feelings}", words))


def of_others(reading: Reading, book: Phrasebook) -> bool:
    """Whether the statement is about other people ("Families should feel less rushed"), not the writer."""
    return bool(book.selfcheck) and _pattern(book, "others").search(f"{reading.core} {reading.team}") is not None


def selfcheck_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """Return the self-rating angle of an objective about the writer's own feeling, or None."""
    if not book.selfcheck:
        return None
    text = f"{reading.core} {reading.team}"
    if _pattern(book, "others").search(text) is not None:
        return None  # "Less stress on the support team": theirs, asked in a survey
    found = _pattern(book, "feelings").search(reading.core)
    writer = _writer(book)
    if found is None or not (writer.search(reading.core.strip(" .!")) or writer.search(reading.team)):
        return None  # a feeling, and the writer's own: "Less stress, more joy", not "A calmer settings experience"
    feelings: dict[str, list[str]] = book.selfcheck["feelings"]
    key = found.group() if book.lang == "ja" else found.group().lower()
    what, direction = feelings[key]
    if book.lang == "en":  # "Be more present with Sam": with whom stays
        rest = re.match(r"\s+((?:with|around|at)\s+[\w' ]{1,30})$", reading.core[found.end() :])
        what = f"{what} {rest.group(1).strip()}" if rest is not None else what
        doing = re.match(r"\s+([a-z]+ing)\b", reading.core[found.end() :])
        if rest is None and doing is not None and key in book.selfcheck.get("of_doing", ()):
            # "enjoy practicing": the enjoyment of practicing
            what = f"{what} of {doing.group(1)}"
    return Angle(f"selfcheck_{direction}", book.selfcheck[direction], f"self-rating:{what}", {"feeling": what})
