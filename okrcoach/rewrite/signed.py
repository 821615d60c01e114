"""Signs put up or redone ("Put up speed guidance signs on the upper bends", 「乗り場の案内表示を作る」): shown by every
sign in place and checked, not by a repair that stays fixed or nothing at all. The pattern that finds them is the
language's (reading.signed); the sentence is templates.signed.
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["signed_angle"]


def signed_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """Every sign in place and checked at the weekly walk-round, or None when no signs are put up."""
    m = core_match(reading, book, "signed", "signed")
    if m is None:
        return None
    # (English says the verb and its object, Japanese the sign the pattern found)
    words = {
        "Verb": reading.verb_text,
        "object": reading.object,
        "thing": (m.groupdict().get("thing") or "").strip(" 、,"),
    }
    return Angle("single", book.templates["signed"], "output:signs in place", words)
