"""An idea pitched to someone outside ("Pitch a drone show collab to the city council", 「ドローンショーとのコラボ
企画を自治体に提案したい」): shown by their agreeing to it, not by leads, followers or the proposal's rework. The
pattern that finds it is the language's (reading.pitched: the party in group "party" or "party2", the idea in
"thing" or "thing2"); the sentence is templates.pitched.
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, action_words, core_match, said_groups

__all__ = ["pitched_angle"]


def pitched_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The pitch made and agreed to by those it was made to, or None when nothing is pitched to an outside party."""
    m = core_match(reading, book, "pitched", "pitched")
    if m is None:
        return None
    found = {k: v.strip(" 、,") for k, v in said_groups(m).items()}  # ("party2", "thing2": the other word order)
    words = {**action_words(reading), "party": found.get("party", ""), "thing": found.get("thing", "")}
    return Angle("single", book.templates["pitched"], f"output:agreed by {words['party']}", words)
