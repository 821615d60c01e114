"""A procedure written down (「シーツ交換の手順をマニュアル化する」「山林火災の対応手順をまとめる」, "Write up the
changeover steps for line 3"): done when the people who do the work can do it from what was written, shown in a
walkthrough, not by a catalog share of documented processes or alerts with a runbook (one procedure is not a
programme), nor by a number of readers. The pattern that finds the procedure is the language's
(reading.documented, group "thing": the work the procedure is for); the sentence is templates.documented.
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["documented_angle"]


def documented_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The procedure written down and followed unaided, when the writer's task is to write one down."""
    m = core_match(reading, book, "documented", "documented")
    if m is None:
        return None
    thing = (m.group("thing") or m.groupdict().get("done") or "").strip(" 、,")  # "document the X process": X
    words = {"thing": thing, "action": reading.action, "Action": reading.action[:1].upper() + reading.action[1:]}
    return Angle("single", book.templates["documented"], "output:staff who follow it unaided", words)
