"""A schedule drawn up for some work (「蹄鉄の交換スケジュールを作る」, "Make a pruning schedule for the hedges"): done
when the work happens on the dates it sets, not when the schedule exists or is "used by 20 people". The pattern that
finds the work is the language's (reading.scheduled, group "thing"); the sentence is templates.scheduled.
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["scheduled_angle"]


def scheduled_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The share of the scheduled work done on its planned date, or None when no schedule for work is made."""
    m = core_match(reading, book, "scheduled", "scheduled")
    if m is None or not reading.action:
        return None
    thing = m.group("thing").strip(" 、,の")
    action = reading.action
    words = {"thing": thing, "action": action, "Action": action[:1].upper() + action[1:]}
    return Angle("coverage", book.templates["scheduled"], f"output:share of {thing} done on schedule", words)
