"""A perception objective measured by the people it is for: the share who say, in a survey, what the writer wants
them to find ("Raise the share of lab members who say the lab is collaborative from 50% to 70% ...").

The question is built from the statement's own words (who is asked, what they judge, the quality); the readers
of each language are in lang/<lang>/survey.py. No question is made when the reader finds no group to ask or no
quality a person could be asked about: then other angles, or none.
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading


def survey_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """Return the survey-question angle of a perception objective, or None when it is not one."""
    if not book.survey:
        return None
    if reading.lang == "ja":
        from ..lang.ja.survey import question
    else:
        from ..lang.en.survey import question
    found = question(reading, book)
    if found is None:
        return None
    group, item = found
    return Angle("survey", book.survey["template"], f"survey:{item}", {"group": group, "item": item})
