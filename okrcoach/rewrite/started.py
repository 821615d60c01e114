"""Something new offered to customers ("Start selling our wool direct to hand spinners", 「ラム肉の直販をはじめる」,
「子ども用の分数バイオリンのレンタルを始める」): done when it has paying customers soon after it starts, not by a
shop's whole sales or a number of people who "use" it. The pattern that finds it is the language's
(reading.started_offer, groups "thing" and "offer": what is offered and how); the sentence is templates.started_offer,
with the customers' verb for that way of offering (reading.offer_takers, by "offer").
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading

__all__ = ["started_offer_angle"]


def started_offer_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The new offer started and taken up by paying customers in its first month."""
    pattern = book.reading.get("started_offer", "")
    if not pattern or "started_offer" not in book.templates:
        return None
    # the core first (without the writer's link: 「…のためにECでお米の定期便を始める」), then the body, because the core
    # reads "Start selling X" as "Sell X"
    body = reading.body.replace(reading.deadline, "") if reading.deadline else reading.body
    said = (" ".join(t.split()).strip(" .。!！") for t in (reading.core, body))
    m = next((m for t in said if (m := rx.search(pattern, t)) is not None), None)
    if m is None:
        return None
    offer = m.group("offer")
    takers = book.reading.get("offer_takers", {})
    thing = m.group("thing").strip(" 、,")
    # what is offered without where or to whom ("my prints on Etsy": prints), for a metric that may name it
    item = rx.split(book.reading.get("offer_item_end", "$^"), thing)[0]
    words = {"thing": thing, "item": item, "offer": offer, "take": takers.get(offer.lower(), "")}
    return Angle("single", book.templates["started_offer"], "output:paying customers in the first month", words)
