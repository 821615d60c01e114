"""A product placed with other sellers ("Get our salted butter into local delis", 「地元のパン屋にバターを置いて
もらう」): counted by the places that stock it, not by a brand survey or nothing at all. The pattern that finds the
product and the places is the language's (reading.stocked, groups "thing" and "places"); the sentence is
templates.stocked.
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["stocked_angle"]


def stocked_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The number of places that stock the writer's product, or None when nothing is placed with sellers."""
    m = core_match(reading, book, "stocked", "stocked")
    if m is None:
        return None
    words = {"thing": m.group("thing").strip(" 、,"), "places": m.group("places").strip(" 、,")}
    return Angle("count_output", book.templates["stocked"], f"output:{words['places']} stocking it", words)
