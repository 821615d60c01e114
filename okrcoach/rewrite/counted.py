"""Two last resorts that count what a task does when no metric and no family shape fits it: a task done to a group
of people the writer names is done for all of them ("Sign up new hires for the food handler class": 100% of the new
hires), and sessions the writer runs are counted ("Run sectionals for the brass before the winter concert": 4 of
them). Both read only the statement's own words; the word sets are data in lang/<lang>/rewrite.toml.
"""

from __future__ import annotations

from .angles import Angle, coverage_words, without_determiner
from .morphology import is_plural_head, object_head
from .phrasebook import Phrasebook, word_set
from .reading import Reading
from .wholeword import find_whole

__all__ = ["group_covered_angle", "sessions_counted_angle"]


def _plain_object(reading: Reading, book: Phrasebook) -> str:
    """The object as a task names it, or "" when it cannot take a count or a share: a preposition first ("with
    families ..."), a number or quantity word already there, or no verb to do it."""
    obj = reading.object.strip()
    if not obj or not reading.verb or reading.lang != "en":
        return ""
    first = obj.split()[0].lower()
    if first in word_set(book, "head_end") or first in word_set(book, "quantity_words"):
        return ""
    if any(ch.isdigit() for ch in obj) or first in ("all", "every", "each", "some", "more", "fewer", "less"):
        return ""
    return obj


def _head(obj: str, book: Phrasebook) -> list[str]:
    return object_head(obj, book).lower().split()


def group_covered_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A task done to people of a group the writer names, by a verb that acts on them ("Sign up new hires for the
    food handler class", "Check in with families a month after the service"): done for all of them by the
    deadline, the share the writer sees in their own records."""
    obj = _plain_object(reading, book)
    head = _head(obj, book) if obj else []
    if not head or not is_plural_head(" ".join(head), book):
        return None
    if reading.verb in word_set(book, "coverage_misfit_verbs") | word_set(book, "group_misfit_verbs"):
        return None  # "Get more girls playing", "Help parents ...", "Join volunteers": nothing done to each of them
    if head[-1] not in word_set(book, "groups") and " ".join(head[-2:]) not in word_set(book, "groups"):
        return None
    return Angle("coverage", book.templates["coverage_any"], f"output:share of {obj} done", coverage_words(reading))


def sessions_counted_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """Sessions the writer runs for others, named in the plural ("Run sectionals for the brass", "Do tastings with
    caterers before we pick one"): a number of them by the deadline, the activity's own counted output."""
    obj = _plain_object(reading, book)
    head = _head(obj, book) if obj else []
    if not head or reading.verb not in word_set(book, "session_verbs"):
        return None
    if not is_plural_head(" ".join(head), book) or head[-1] in word_set(book, "groups"):
        return None  # "Run the numbers" is no session; people are not sessions
    if head[-1] in word_set(book, "not_sessions"):
        return None  # "Run ads", "Do the dishes": not sessions held for people
    if any(find_whole(obj.lower(), w) >= 0 for w in word_set(book, "per_occasion")):
        return None  # "Do long tones at the start of rehearsals": a routine kept at each occasion, not a number held
    noun = without_determiner(obj, book)
    if noun != obj:
        return None  # "Run the Saturday sessions": a set the writer already has, not a number to hold
    words = {"Verb": reading.verb_text, "object": noun}
    return Angle("count_output", book.templates["count_output"], f"output:{' '.join(head)}", words, {"count": "4"})
