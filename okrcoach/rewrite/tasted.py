"""Something new to eat or drink tried out (「減塩味噌の試作をしたい」, "try a frozen take home pack??", "Test a few new
flavors for summer"): shown by customers tasting it and enough of them wanting it again, so that it is kept or
dropped, not by a share of orders of a menu item that does not exist yet. The pattern that finds what is tried is
the language's (reading.trial_made, group "thing", and group "verb" where it names one; a partner it is tried
with is left out); a food or drink word must stand in it (reading.tasted_things);
the sentence is templates.tasted.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["tasted_angle"]


def tasted_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The new food or drink tried with customers and kept when enough want it again."""
    m = core_match(reading, book, "trial_made", "tasted")
    if m is None:
        return None
    thing = m.group("thing").strip(" 、,")
    if not rx.search(book.reading.get("tasted_things", "$^"), thing):
        return None  # "try a new CRM": not tasted
    verb = (m.groupdict().get("verb") or reading.verb_text).lower()  # "Trial new flour blend": "trial"
    words = {"thing": thing, "Verb": verb[:1].upper() + verb[1:]}
    drunk = rx.search(book.reading.get("drunk_things", "$^"), thing) and "tasted_drink" in book.templates
    template = book.templates["tasted_drink" if drunk else "tasted"]  # 「新作スムージー」: 「また飲みたい」
    return Angle("single", template, "output:tasters who want it again", words)
