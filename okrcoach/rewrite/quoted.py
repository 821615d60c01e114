"""Quotes gathered for something to buy ("Get quotes for a second van", 「配送業者の相見積もりを取る」): done when
several are in, compared on price, timing and terms, and one chosen, not by proposals the writer's own firm sends
(a quote asked for is the buyer's, not the seller's) nor by what the purchase may later move. The pattern that finds
what is quoted is the language's (reading.quotes_for, groups "what" and, in English, "prep"); the sentence is
templates.quotes_compared, or templates.quotes_from when what is named is who quotes (reading.seller_words).
"""

from __future__ import annotations

from .angles import Angle
from .phrasebook import Phrasebook, word_set
from .reading import Reading, core_match

__all__ = ["quotes_angle"]


def quotes_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """Several quotes for what the writer would buy, compared and one chosen by the deadline."""
    m = core_match(reading, book, "quotes_for", "quotes_compared")
    if m is None:
        return None
    what = m.group("what").strip(" 、,")
    if not what:
        return None
    prep = (m.groupdict().get("prep") or "").lower()
    sellers = prep == "from" or what.endswith(tuple(word_set(book, "seller_words")))
    template = book.templates["quotes_from" if sellers else "quotes_compared"]  # 「配送業者3社から」, "from movers"
    return Angle("single", template, "output:quotes compared", {"what": what, "prep": prep})
