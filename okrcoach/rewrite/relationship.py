"""A relationship to strengthen is shown by work done together ("Strengthen our relationships with local schools"
-> "Grow the number of local schools we did a joint project with from 2 to 5 ...", 「地域の学校との連携を強める」
-> 「今期中に地域の学校と共同で実施する企画を3件以上にする」). The pattern and sentences are data in
lang/<lang>/rewrite.toml ([relationship]).
"""

from __future__ import annotations

import re
from functools import cache

from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading


@cache
def _pattern(book: Phrasebook) -> re.Pattern[str]:
    return re.compile(book.relationship["pattern"])


def relationship_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """Return the joint-work angle of a statement about strengthening a relationship, or None."""
    if not book.relationship:
        return None
    m = _pattern(book).match(reading.core.strip(" .!。"))
    if m is None:
        return None
    who = m.group("who").strip()
    if reading.lang == "en":
        who = re.sub(r"(?i)^(?:our|my|the)\s+", "", who)  # "our local schools": the schools
        who = who.lower() if who.isupper() else who  # "LOCAL SCHOOLS" is not shouted in the rewrite
        last = who.split()[-1].lower() if who.split() else ""
        many = last.endswith("s") and not last.endswith(("ss", "us"))
        template = book.relationship["many" if many else "one"]
    else:
        template = book.relationship["many"]
    return Angle("relationship", template, f"output:joint projects with {who}", {"who": who})
