"""Whose life a metric measures: the writer's own health and home metrics (sleep, workouts, self-rated stress,
home-cooked dinners) do not measure other people. Someone else's health is said of them when they are the
statement's subject (「入院中の子どもたちの1日の気分の平均点」, "average self-rated stress among our patients"); a
metric that cannot be theirs is dropped ("people who downloaded the free meal plan" are not the writer's dinners).
The words that name other people are data in lang/<lang>/rewrite.toml (not_my_health, not_my_home,
shared_health_metrics).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import rx
from .catalog import Metric, catalog
from .phrasebook import Phrasebook, word_set
from .reading import Reading
from .wholeword import find_whole, names_any

if TYPE_CHECKING:
    from .angles import Angle

__all__ = ["fits_whose", "for_whom", "measures_whom"]


def fits_whose(metric: Metric, reading: Reading, book: Phrasebook) -> bool:
    """Whether a metric of the writer's own body or home can measure the statement: not when it is about someone
    else's health ("a calmer evening routine for sundowning", 「夫が穏やかに過ごせる毎日」 are not the writer's sleep
    or stress) or about the people one serves ("people who downloaded the free meal plan" are not the writer's
    home-cooked dinners)."""
    if metric.key in word_set(book, "shared_health_metrics"):
        return True  # a squad's games won, a pharmacy's waits: nobody's own body
    key = {"health": "not_my_health", "home": "not_my_home", "city": "not_public"}.get(metric.domain)
    words = book.reading.get(key, ()) if key else ()
    return not words or not names_any(reading.body, tuple(words), reading.lang)


def for_whom(angle: Angle, reading: Reading, book: Phrasebook) -> Angle | None:
    """An angle whose catalog metric is the writer's own health, said of the people the statement is about when they
    are its subject (「入院中の子どもたちが笑顔で過ごせる」: 「入院中の子どもたちの1日の気分の平均点」, "a less stressed
    team": "average self-rated stress among our team"); None when it cannot measure them (fits_whose), the angle
    itself otherwise."""
    metric = catalog().get(angle.metric)
    if metric is None or fits_whose(metric, reading, book):
        return angle
    group = _whose_group(reading, book) if metric.domain == "health" and "metric" in angle.words else ""
    if not group:
        return None
    said = f"{group}の{angle.words['metric']}" if reading.lang == "ja" else f"{angle.words['metric']} among our {group}"
    return replace(angle, words={**angle.words, "metric": said})


def measures_whom(metric: Metric, reading: Reading, book: Phrasebook) -> bool:
    """Whether a metric can measure the people the statement is about, as it is or said of them (for_whom)."""
    return fits_whose(metric, reading, book) or (metric.domain == "health" and bool(_whose_group(reading, book)))


@lru_cache(maxsize=1024)  # asked for each health metric scored and again for each angle kept
def _whose_group(reading: Reading, book: Phrasebook) -> str:
    """The people whose health the statement is about, when they are its subject: Japanese 「Xが」 or 「Xの」 with its
    modifiers (「入院中の子どもたち」), English a plural group word of not_my_health ("team", "patients")."""
    words = [w for w in book.reading.get("not_my_health", ()) if w]
    if reading.lang == "ja":
        for w in sorted(words, key=len, reverse=True):
            word = w.rstrip("がの")
            said = rf"((?:[^をがはにで、。\s]{{1,12}}の)?{re.escape(word)}(?:さん|たち)?)(?:が|の)"
            m = rx.search(said, reading.core)
            if m is not None:
                return m.group(1)
        return ""
    groups = word_set(book, "groups")
    return next((w for w in words if w in groups and find_whole(reading.body.lower(), w) >= 0), "")
