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
    plain = rx.match(book.reading.get("notation_plain", "$^"), what) is not None
    if plain:  # "read simple notes", "a sight-reader", 「楽譜」
        what = book.reading.get("notation_plain_as", what)
    # the notation named when it is one of many (「ヘ音記号で書かれた」 before 「初めて見る曲」; none for 楽譜)
    written = "" if plain else book.reading.get("notation_written_as", "").format(what=what)
    words = {"what": what, "written": written}
    return Angle("learning", book.templates["notation_read"], "output:new pieces read at sight", words)
