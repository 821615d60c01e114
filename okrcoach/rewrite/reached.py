"""Something the writer carries to people (「狂言の笑いを若い世代に届ける」「冬の森の静けさを伝える会社になる」):
measured by those it reaches. When the statement names who it is for, the number of them who come, against last
quarter's level; when it names only what is conveyed, the share of those who took part who say it came across,
asked in the survey after it. The patterns are the language's (reading.reached_group: groups "thing" and "group";
reading.conveyed: group "thing"); those reached are said as reading.reached_as, the survey as templates.conveyed.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle, own_change_angle
from .phrasebook import Phrasebook
from .reading import Reading

__all__ = ["reached_angle"]


def reached_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The people something is carried to, counted, or what it conveys, asked of them; None when neither is said."""
    core = reading.core.strip(" .。!！")
    m = rx.search(book.reading.get("reached_group", "$^"), core)
    if m is not None and "reached_as" in book.reading:
        return own_change_angle(book.reading["reached_as"].format(group=m.group("group")), True, book)
    m = rx.search(book.reading.get("conveyed", "$^"), core)
    if m is not None and "conveyed" in book.templates:
        return Angle("survey", book.templates["conveyed"], "survey:conveyed", {"thing": m.group("thing")})
    return None
