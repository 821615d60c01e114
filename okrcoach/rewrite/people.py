"""The people a catalog metric is about, against the people the statement names: a metric whose name is about
patients does not measure a statement about homeowners ("Be the tree company homeowners recommend to their
neighbours" is not "the share of patients who would recommend us"), nor one about employees a statement about
volunteers. Only the groups a setting is known by are read in a metric's name (reading.metric_people); kept when the
statement names nobody, or names the metric's own people. The groups, each with the words that name it, are data
([people] in lang/<lang>/rewrite.toml).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .catalog import catalog
from .phrasebook import Phrasebook, word_set
from .reading import Reading
from .wholeword import names_any

if TYPE_CHECKING:
    from .angles import Angle

__all__ = ["about_its_people"]


@cache
def _groups(book: Phrasebook) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple(words)) for name, words in book.people.items())


@cache
def _named_in_metric(key: str, lang: str, book: Phrasebook) -> tuple[frozenset[str], frozenset[str]]:
    """The groups a metric's name names, and those of them a setting is known by (patients, pupils, residents,
    employees: reading.metric_people); a name's customers, guests or members alone are anyone's."""
    name = catalog()[key].name(lang)
    named = frozenset(g for g, words in _groups(book) if names_any(name, words, lang))
    return named, named & word_set(book, "metric_people")


def about_its_people(angle: Angle, reading: Reading, book: Phrasebook) -> bool:
    """Whether an angle's metric may measure the people the statement is about: always when the metric's name names
    no group a setting is known by, or the statement names no group but the ones who do the work (its staff: "Train
    ward staff on the sepsis protocol" is measured by patients screened), else when the statement names one of the
    metric's groups."""
    if angle.metric not in catalog() or not book.people:
        return True
    theirs, settled = _named_in_metric(angle.metric, reading.lang, book)
    if not settled:
        return True
    text = f"{reading.body} {reading.link}"
    doers = word_set(book, "doer_people")
    named = {g for g, words in _groups(book) if g not in doers and names_any(text, words, reading.lang)}
    return not named or bool(named & theirs)
