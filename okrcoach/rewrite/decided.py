"""Something the writer looks into before taking it up ("Look into electric karts", 「化粧品製造販売業の許可について
調べる」): done when a go or no-go decision is made on it, with what it would cost written up, not by a number of
recommendations adopted or of things "looked into". The verbs are the language's (reading.deciding_verbs); the
sentence is templates.decided.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook, word_set
from .reading import Reading, action_words

__all__ = ["decided_angle"]


def decided_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The thing looked into, then a go or no-go decision on it by the writer's date."""
    if "decided" not in book.templates or not reading.object or not reading.action:
        return None
    if reading.verb not in word_set(book, "deciding_verbs"):
        return None
    if rx.match(r"(?i)(?:why|how|whether|what|where|when|who|if)\b", reading.object):
        return None  # "look into why so many tickets get reopened": a cause found, not something taken up
    taken_up = book.reading.get("taken_up", "")
    if taken_up and not rx.search(taken_up, reading.object):
        return None  # 「溶剤ロスの原因を調べる」「競合の料金を調べる」: facts found, nothing taken up or not
    words = action_words(reading)
    return Angle("single", book.templates["decided"], "output:go or no-go decision", words)
