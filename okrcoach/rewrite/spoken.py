"""A language learned for one piece of work done in it ("Learn basic Spanish so we can brief the groups from Madrid
without a translator", 「英語でお茶の説明ができるように勉強したい」): shown by doing that work in the language, not by
an exam score that tests other things. The pattern that finds the work is the language's (reading.spoken_use, group
"act", and group "language" when the statement names the language there); the sentence is templates.spoken_use.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, said_groups

__all__ = ["spoken_use_angle"]


def spoken_use_angle(reading: Reading, book: Phrasebook, language: str) -> Angle | None:
    """The named work done in the language learned, the last times without a script or a translator."""
    pattern = book.reading.get("spoken_use", "")
    if not pattern or "spoken_use" not in book.templates:
        return None
    said = " ".join(t for t in (reading.body, reading.reason) if t)
    m = rx.search(pattern, said)
    if m is None:
        return None
    groups = said_groups(m)  # (the alternatives number their groups: "act2", "held2")
    act = groups.get("act", "").strip(" 、,")
    if groups.get("held"):  # "Learn Spanish for the dive briefings": running them in it
        act = book.reading.get("spoken_held", "{held}").format(held=groups["held"].strip())
    what = groups.get("what", "").strip(" 、,")
    if what:  # 「お茶の淹れ方を…英語で説明できるように」: the explaining of that
        act = f"{what}の{act}"
    named = groups.get("language") or language
    if not act or not named:
        return None
    words = {"act": act, "Act": act[:1].upper() + act[1:], "language": named}
    template = book.templates["spoken_use"]
    if "spoken_use_unaided" in book.templates and rx.search(book.reading.get("said_unaided", "$^"), act):
        # "brief the groups without the translator app": said once, not "… without a translator" again
        template = book.templates["spoken_use_unaided"]
    # named by the work itself, so a link that says it ("so we can brief ...") is not said again after it
    return Angle("learning", template, f"output:{act}", words)
