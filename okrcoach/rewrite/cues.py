"""A routine said by when it is done, not how often ("read to the kids before bed", 「週末にランニングする」,
"call Tom more often"): for a task nothing else measures, the rate of that cycle.

The cues and the vague frequencies are data in lang/<lang>/rewrite.toml ([reading] routine_cues, more_often).
"""

from __future__ import annotations

from dataclasses import replace

from .. import rx
from .morphology import object_head
from .phrasebook import Phrasebook, word_set
from .reading import Reading
from .wholeword import find_whole

_NAMING = r"(?i)\s+(?:program|programme|club|clubs|care|activities|provision|scheme|session|sessions|team)\b"


def cued_routine(reading: Reading, book: Phrasebook) -> Reading | None:
    """Return the reading as a routine of the cycle its cue says, or None when it names no cue.

    The cue stays in the action ("Read to the kids before bed on 75 of the 90 days"); a vague frequency ("more
    often") is left out, and its routine is kept up week by week."""
    starts = book.reading.get("routine_starts", ())
    body = reading.body.lower()
    if (reading.lang == "ja" and reading.core.endswith(tuple(starts))) or (
        reading.lang == "en" and any(find_whole(body, s) == 0 for s in starts)
    ):
        return None  # "Start journaling before bed", 「朝ラン始める」: a start, not yet the routine
    if reading.lang == "ja" and rx.search(r"(?:にする|になる|にしたい|になりたい|化する|化したい)$", reading.core):
        return None  # 「週末の試飲を予約制にする」: a state reached once, its time word says which thing
    if reading.verb in word_set(book, "once_verbs"):
        return None  # 「週末のスタッフ配置を見直す」: reviewed once, its time word says which staffing
    if rx.search(book.reading.get("tried_once", "$^"), reading.core):
        return None  # 「卵の殻アート体験、週末にやってみたい」: tried once, its time word says when
    cues: dict[str, list[str]] = book.reading.get("routine_cues", {})
    said = f"{reading.core} {reading.deadline}"
    for cycle in ("weekly", "daily"):  # "on Tuesdays before work", 「土曜の朝は」: the named day says the week
        for cue in cues.get(cycle, ()):
            if reading.lang == "ja":
                found = cue in said
            else:  # "the after school program" names a programme, not when something is done
                at = find_whole(said.lower(), cue)
                found = at >= 0 and not rx.match(_NAMING, said[at + len(cue) :])
            if found:
                return replace(reading, habit=cycle)
    more = book.reading.get("more_often", "")
    m = rx.search(more, reading.core) if more else None
    if m is None:
        return None
    core = (reading.core[: m.start()] + reading.core[m.end() :]).strip()
    action = rx.sub(more, "", reading.action).strip()
    return replace(reading, habit="weekly", core=core, action=action, object=rx.sub(more, "", reading.object).strip())


def kept_record(reading: Reading, book: Phrasebook) -> Reading | None:
    """Return the reading as a daily routine when it keeps a record ("keep the cellar temperature log", "Keep a
    planting diary"): a record kept is filled in day by day, whatever else its words share with a metric (a
    cellar's log is not a decluttered cellar). None when it keeps none or already says how often."""
    if reading.habit or reading.lang != "en" or reading.verb_text.lower() not in word_set(book, "record_verbs"):
        return None
    head = object_head(reading.object, book).lower().split()
    if not head or head[-1] not in word_set(book, "records"):
        return None
    return replace(reading, habit="daily")
