"""A route or tour made ("Map out a new evening lights route", 「雨の日用のルートを考える」): shown by the route run
with guests once it is open, not by nothing at all. The pattern that finds the route is the language's
(reading.toured, group "route", with what the route goes through in "rest"); the sentence is templates.toured.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["toured_angle"]


def toured_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The new route run with booked guests, or None when no route or tour is made."""
    m = core_match(reading, book, "toured", "toured")
    if m is None:
        return None
    route = m.group("route").strip(" 、,") + (m.groupdict().get("rest") or "").rstrip(" 、,")
    route = rx.sub(book.reading.get("toured_as", "$^"), book.reading.get("toured_the", ""), route, count=1)
    return Angle("count_output", book.templates["toured"], "output:runs with guests", {"route": route})
