"""A storage place put in order (「物置を片づける」「作業台まわりの整理整頓」): done when everything kept there has a
labelled place and is back in it each week, not by rooms decluttered or items sold. The pattern that finds the place
is the language's (reading.tidied_place, group "place"); the sentence is templates.tidied_place. English reads the
same through its event family (templates.tidied), so it has no pattern here.
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["tidied_angle"]


def tidied_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """Everything in the place the writer tidies given a labelled spot and kept there."""
    m = core_match(reading, book, "tidied_place", "tidied_place")
    if m is None:
        return None
    place = m.group("place").strip(" 、,")
    order = (m.groupdict().get("order") or "").strip(" 、,")
    if order and "tidied_order" in book.templates:  # 「棚を出版社別に並べ替える」: kept in that order, checked weekly
        words = {"place": place, "order": order}
        return Angle("single", book.templates["tidied_order"], "output:items in the right place", words)
    return Angle("single", book.templates["tidied_place"], "output:things with a labelled place", {"place": place})
