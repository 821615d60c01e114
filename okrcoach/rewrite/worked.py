"""A workbook worked through ("Do my grade theory workbook", 「漢字ドリルを終わらせる」): shown by every chapter
done and its answers checked, not by online courses or nothing at all. The pattern that finds the workbook is the
language's (reading.worked, group "book"); the sentence is templates.worked.
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["worked_angle"]


def worked_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The workbook finished with its answers checked, or None when no workbook is worked through."""
    m = core_match(reading, book, "worked", "worked")
    if m is None:
        return None
    words = {"book": m.group("book").strip(" 、,")}
    return Angle("learning", book.templates["worked"], "output:chapters done and checked", words)
