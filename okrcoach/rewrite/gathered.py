"""A place people gather ("Be the café where local knitters gather", 「地域の手芸好きが集まる場所になる」): shown by how
many of them come back month after month, not by the writer's own hobby or a survey of a feeling. The pattern that
finds who gathers is the language's (reading.gathering, group "who"); the sentence is templates.gathered.
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["gathered_angle"]


def gathered_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The number of those who gather there who come at least once a month."""
    m = core_match(reading, book, "gathering", "gathered")
    if m is None:
        return None
    who = m.group("who").strip(" 、,")
    return Angle("single", book.templates["gathered"], f"output:{who} coming monthly", {"who": who})
