"""Something written put into another language ("Translate the kiln trail leaflet into Japanese",
「メニューを英語化したい」「海外バイヤー向けに英語の樹の説明書を作る」): done when the version in that language is
published, checked by a native speaker, and in the hands of the people it is for; not a share of every translated
sign, menu and form. The patterns are the language's (reading.translated, groups "thing", "language", "audience" and,
for a thing named with its language already, "named"); the sentences are templates.translated (someone it is for)
and templates.translated_alone (no one said).
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook, word_set
from .reading import Reading, core_match, said_groups, sentence_case

__all__ = ["translated_angle"]


def translated_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The thing in the other language, checked by a native speaker and used by those it is for."""
    m = core_match(reading, book, "translated", "translated_alone")
    if m is None:
        return None
    said = {k: v.strip(" 、,") for k, v in said_groups(m).items()}  # ("thing2", "language2": by their names)
    language, thing = said.get("language", ""), said.get("thing", "")
    language = sentence_case(language)  # "into spanish": Spanish (a Japanese name is unchanged)
    if not language or not (thing or said.get("named")):
        return None
    # (「メニュー」 put into English is 「メニューの英語版」; 「英語の樹の説明書」 says its language already)
    thing = said.get("named") or book.reading.get("translated_thing", "{thing}").format(thing=thing, language=language)
    audience = said.get("audience", "")
    audience = book.reading.get("audience_names", {}).get(audience, audience)
    # (a set of signs, 「案内表示」, says whether a share of them translated is the better measure: see suggestions_for)
    signs = (said.get("thing") or thing).endswith(tuple(word_set(book, "translated_sets")))
    words = {"thing": thing, "language": language, "audience": audience, "signs": "yes" if signs else ""}
    # (a group named with its article, "the Madrid groups", is not counted: "have 10 the Madrid groups" says nothing)
    counted = bool(audience) and audience.split()[0].lower() not in word_set(book, "determiners")
    if counted and "translated" in book.templates:
        return Angle("single", book.templates["translated"], "output:used by those it is for", words)
    return Angle("single", book.templates["translated_alone"], "output:checked by a native speaker", words)
