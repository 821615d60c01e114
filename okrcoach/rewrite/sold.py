"""More of something sold ("Sell more of our own ostrich meat direct", 「自家製の梅干しをもっと売る」): its sales
against last quarter's level, not a count of the things sold picked out of the air ("Sell 12 pretzels"). The
pattern is the language's (reading.sold_more, group "thing"); how sales of a thing are said is
reading.purpose_sold_as, the same words a reason uses ("so we can sell more road bikes").
"""

from __future__ import annotations

from .. import rx
from .angles import Angle, own_change_angle
from .phrasebook import Phrasebook
from .reading import Reading

__all__ = ["sold_more_angle"]


def sold_more_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The sales of the thing the statement sells more of, 20% above last quarter's, or None."""
    m = rx.search(book.reading.get("sold_more", "$^"), reading.core.strip(" .。!！"))
    if m is None or "purpose_sold_as" not in book.reading:
        return None
    thing = m.group("thing").strip(" 、,")
    if not thing:
        return None
    sales = book.reading["purpose_sold_as"].replace("{}", thing)
    channel = rx.search(book.reading.get("sold_channel", "$^"), thing)
    if channel is not None:  # "... honey online": online sales of the honey, not sales of "our honey online"
        sales = channel.group("channel") + " " + book.reading["purpose_sold_as"].replace("{}", thing[: channel.start()])
    return own_change_angle(sales, True, book)
