"""A skill wanted done without help ("Get comfortable tuning the charango by himself", "Feel confident setting up
the rails on my own"): shown by doing it unaided several times in a row, not by online courses or nothing at all. The
pattern that finds it is the language's (reading.done_alone, groups "doing", "rest" and "self"); the sentence is
templates.done_alone. (Japanese says it as 「自分でチューニングできるようになる」, read by the learning rewrites.)
"""

from __future__ import annotations

from .angles import Angle
from .morphology import base_of_gerund
from .phrasebook import Phrasebook
from .reading import Reading, core_match, sentence_case

__all__ = ["alone_angle"]


def alone_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The skill done unaided a number of times in a row, or None when nothing is wanted done alone."""
    m = core_match(reading, book, "done_alone", "done_alone") or core_match(reading, book, "taught_self", "done_alone")
    if m is None:  # ("Teach myself to tune the fiddle": done unaided too)
        return None
    verb = base_of_gerund(m.group("doing").lower())
    words = {"Verb": sentence_case(verb), "rest": m.group("rest").strip(), "self": m.group("self").strip()}
    return Angle("learning", book.templates["done_alone"], f"output:times done alone: {verb}", words)
