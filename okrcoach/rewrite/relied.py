"""The writer becoming someone their team leans on ("Become someone the team leans on again",
「チームにとって頼れる存在にもう一度なる」): shown by how often the team comes to them for help or a second opinion,
counted month by month, not by a survey of the team about the writer, nor by the statement said back. The pattern is
the language's (reading.relied_on, group "group": who leans on them); a group named by its unit (the team, 「チーム」)
is asked as its members (reading.relied_members); the sentence is templates.relied_on.
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["relied_angle"]


def relied_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The team's requests for the writer's help, up, when the writer wants to be relied on by them."""
    m = core_match(reading, book, "relied_on", "relied_on")
    if m is None:
        return None
    group = m.group("group").strip(" 、,")
    members: dict[str, str] = book.reading.get("relied_members", {})
    group = members.get(group.lower() if reading.lang == "en" else group, group)
    return Angle("change", book.templates["relied_on"], "output:requests for help from the team", {"group": group})
