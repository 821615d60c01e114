"""A procedure written down (「シーツ交換の手順をマニュアル化する」「山林火災の対応手順をまとめる」, "Write up the
changeover steps for line 3"): done when the people who do the work can do it from what was written, shown in a
walkthrough, not by a catalog share of documented processes or alerts with a runbook (one procedure is not a
programme), nor by a number of readers. The pattern that finds the procedure is the language's
(reading.documented, group "thing": the work the procedure is for); the sentence is templates.documented, or
templates.documented_revised for a procedure revised (reading.documented_revised).
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, action_words, core_match

__all__ = ["documented_angle"]


def documented_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The procedure written down and followed unaided, when the writer's task is to write one down."""
    m = core_match(reading, book, "documented", "documented")
    if m is None:
        return None
    # "document the X process", "Redo the X checklist": X
    thing = (m.group("thing") or m.groupdict().get("done") or m.groupdict().get("named") or "").strip(" 、,")
    words = {"thing": thing, **action_words(reading)}
    revised = rx.search(book.reading.get("documented_revised", "$^"), reading.core) is not None
    # 「ウインチ曳航の手順書を見直す」: the writer's revision said as written, not a new manual made
    template = book.templates["documented_revised"] if revised and "documented_revised" in book.templates else None
    return Angle("single", template or book.templates["documented"], "output:staff who follow it unaided", words)
