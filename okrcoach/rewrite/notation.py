"""Learning to read music ("Learn to read bass clef for the low bells", 「楽譜を読めるようになりたい」): shown by new
pieces played from the page without pencilled-in note names, not by reading the clef five times or courses about it.
The pattern that finds what is read is the language's (reading.notation_read, group "what"); the sentence is
templates.notation_read.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading

__all__ = ["notation_angle"]


def notation_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """New pieces played from the notation learned, without writing in the note names."""
    pattern = book.reading.get("notation_read", "")
    if not pattern or "notation_read" not in book.templates:
        return None
    m = rx.search(pattern, reading.body)
    if m is None:
        return None
    what = m.group("what") or ""
    if rx.match(book.reading.get("notation_plain", "$^"), what):  # "read simple notes", "a sight-reader"
        what = book.reading["notation_plain_as"]
    return Angle("learning", book.templates["notation_read"], "output:new pieces read at sight", {"what": what})
