"""A way of handling something set up for a kind of thing or person ("set up a quarantine system for new arrivals",
"Create a check-in process for first-time visitors"): done when every one of them goes through it, not when it is
"used by 20 people". The pattern that finds what it is for is the language's (reading.routed, group "who"); the
sentence is templates.routed.
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, action_words, core_match

__all__ = ["routed_angle"]


def routed_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """Every one of the things or people it is for handled through the new way, by the writer's deadline."""
    m = core_match(reading, book, "routed", "routed")
    if m is None:
        return None
    who = m.group("who").strip(" ,")
    who = who[4:] if who.lower().startswith("all ") else who  # "for all feature stories": 100% of them
    words = {"who": who, **action_words(reading)}
    return Angle("coverage", book.templates["routed"], f"output:share of {who} handled through it", words)
