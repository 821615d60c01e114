"""The writer taking part in something as a person is measured by the writer's own taking part, not by the
organisation's figures ("Volunteer at the food bank on Saturdays" is not the food bank's wait time; 「フードバンク
のボランティアに応募したい」 is not its volunteer count). The pattern and sentence are data in
lang/<lang>/rewrite.toml ([participation]).
"""

from __future__ import annotations

import re
from functools import cache

from .. import rx
from .angles import Angle
from .catalog import catalog
from .phrasebook import Phrasebook
from .reading import Reading


@cache
def _pattern(book: Phrasebook) -> re.Pattern[str]:
    return re.compile(book.participation["pattern"])


def joining(reading: Reading, book: Phrasebook) -> bool:
    """Whether the statement is the writer joining something as a person (a class or course too): a
    participation wording, and no team tag or business goal that makes it work."""
    if not book.participation or reading.team or reading.link:
        return False
    text = reading.core if reading.lang == "en" else reading.body
    found = _pattern(book).search(text) if reading.lang == "ja" else _pattern(book).match(text)
    return found is not None


def one_off(reading: Reading, book: Phrasebook) -> bool:
    """Whether what is joined happens once ("a negotiation workshop", "the CIPS conference"): no sessions to
    count, so what it is for measures it."""
    words = book.participation.get("one_off", ())
    return any(rx.search(rf"(?i)\b{re.escape(w)}", reading.core) for w in words)


def on_stage(reading: Reading, book: Phrasebook) -> bool:
    """Whether what is joined is a stage the writer performs on ("the adult beginners piano recital",
    「ピアノ教室の発表会」): then playing there is the result, not the school's figures."""
    stages = book.participation.get("stages", ())
    if reading.lang == "ja":
        found = any(w in reading.core for w in stages)
    else:
        found = any(rx.search(rf"(?i)\b{re.escape(w)}", reading.core) for w in stages)
    return found and "performed" in book.participation and joining(reading, book)


def taking_part(reading: Reading, book: Phrasebook) -> bool:
    """Whether the writer joins something that is not a course: then the writer's taking part is counted."""
    text = reading.core if reading.lang == "en" else reading.body
    if any(m.lower() in text.lower() for m in book.learning_markers if len(m) > 2):
        return False  # "Sign up for the first aid course": a course is finished or passed, not attended 8 times
    return joining(reading, book)


def personal_metric(metric_key: str, book: Phrasebook) -> bool:
    """Whether a candidate is not one of an organisation's own figures (a food bank's wait times, a community
    centre's bookings), which a person's taking part does not move."""
    metric = catalog().get(metric_key)
    return metric is None or metric.domain not in book.participation["org_domains"]


def participation_angle(reading: Reading, book: Phrasebook) -> Angle:
    """The writer's own taking part, counted over the cycle."""
    core = reading.core[:1].upper() + reading.core[1:] if reading.lang == "en" else reading.core
    joined = book.participation.get("joined", "")
    if joined and reading.lang == "ja" and core.endswith("に参加する"):  # 「見守り活動に8回以上参加する」
        return Angle("participation", joined, "output:times taken part", {"place": core.removesuffix("に参加する")})
    words = {"core": core, "action": reading.action}
    if on_stage(reading, book):  # "Sign up for the adult beginners piano recital": played there, start to finish
        return Angle("participation", book.participation["performed"], "output:piece performed", words)
    once = book.participation.get("once", "")
    if once and one_off(reading, book):  # "Sign up for the CE workshop": one workshop is not taken part in 8 times
        return Angle("participation", once, "output:completed", words)
    sessions = book.participation.get("sessions", "")
    if sessions and not taking_part(reading, book):  # a class or course joined: its sessions attended
        return Angle("participation", sessions, "output:sessions attended", words)
    repeats = book.participation.get("repeats", "")
    if repeats and rx.match(repeats, reading.core):  # "Volunteer at the food bank at least 8 times", not "... and
        # take part at least 8 times": volunteering is taking part
        return Angle("participation", book.participation["repeated"], "output:times taken part", words)
    return Angle("participation", book.participation["template"], "output:times taken part", words)
