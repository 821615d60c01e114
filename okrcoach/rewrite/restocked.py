"""Stock brought back up ("Restock hinoki fans before Gion Matsuri!!", 「祇園祭までにうちわを補充する」): shown by
never running out after it, through the event the writer names when the deadline is one, not by nothing at all.
The pattern that finds it is the language's (reading.restocked, group "thing"); an event is read from the deadline
by reading.deadline_event (group "event"); the sentences are templates.restocked and templates.restocked_event.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["restocked_angle"]


def restocked_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The stock brought up and no day without it after, or None when nothing is restocked."""
    m = core_match(reading, book, "restocked", "restocked")
    if m is None:
        return None
    words = {"Verb": reading.verb_text, "object": reading.object, "thing": m["thing"].strip(" 、,")}
    event = rx.match(book.reading.get("deadline_event", "$^"), reading.deadline) if reading.deadline else None
    if event is not None and "restocked_event" in book.templates:  # "... before Gion Matsuri": through the festival
        words["event"] = event["event"].strip()
        return Angle("single", book.templates["restocked_event"], "output:days out of stock", words)
    return Angle("single", book.templates["restocked"], "output:days out of stock", words)
