"""A class or an event the writer promotes ("Promote the bike maintenance class on Instagram", 「SNSでメンテ教室の告知を
する」): shown by the sign-ups the promotion brings, not by followers or an engagement rate. The patterns that find what
is promoted and where are the language's (reading.promoted, groups "thing" and "channel", a list of alternatives);
the sentence is templates.promoted, with reading.promoted_via round the channel when one is named.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading

__all__ = ["promoted_angle"]


def promoted_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The sign-ups for what is promoted, through the channel it is promoted on."""
    patterns: list[str] = book.reading.get("promoted", [])
    if not patterns or "promoted" not in book.templates:
        return None
    core = reading.core.strip(" .。!！?？")
    m = next((m for p in patterns if (m := rx.search(p, core)) is not None), None)
    if m is None:
        return None
    thing = m.group("thing").strip(" 、,")
    channel = (m.groupdict().get("channel") or "").strip(" 、,")
    via = book.reading["promoted_via"].replace("{}", channel) if channel else ""
    return Angle("single", book.templates["promoted"], f"output:sign-ups for {thing}", {"thing": thing, "via": via})
