"""Records moved into one place ("Log the water test results in the app", 「水質チェックの結果をアプリに記録するようにす
る」): done when all of them are kept there, not when the app is used by 20 people or code is reviewed. The pattern
that finds what is recorded and where is the language's (reading.logged, groups "thing" and "place", and in Japanese
"verb"); the sentence is templates.logged.
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, core_match

__all__ = ["logged_angle"]


def logged_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The share of the records kept where the writer wants them, or None when the statement moves no records."""
    m = core_match(reading, book, "logged", "logged")
    if m is None:
        return None
    words = {k: v.strip(" ,、") for k, v in m.groupdict().items() if v}
    if "thing" not in words or "place" not in words:
        return None
    return Angle("coverage", book.templates["logged"], f"output:share of {words['thing']} recorded", words)
