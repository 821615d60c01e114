"""A refresher or certifying course the writer takes themself ("Take the chainsaw safety refresher",
「フォークリフトの技能講習を受ける」): shown by passing it and holding the certificate it gives, not by courses about
it, a share of all staff, or 「学んだことを実務3件に活かす」. The pattern that finds the course is the language's
(reading.certified_course, group "course"); a certificate the course names (「D級ライセンス講習」: the D級ライセンス)
is read by reading.certificate_named, else templates.certificate_default; the sentence is templates.certified.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook
from .reading import Reading, action_words, core_match

__all__ = ["certified_angle", "own_permit", "permit_angle"]


def certified_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The course passed and its certificate held, when the writer takes a refresher or certifying course."""
    m = core_match(reading, book, "certified_course", "certified")
    if m is None:
        return None
    course = (m.group("course") or m.groupdict().get("again") or "").strip(" 、,")  # 「採血の研修を受け直す」
    named = rx.search(book.reading.get("certificate_named", "$^"), course)
    certificate = named.group(0) if named is not None else book.templates.get("certificate_default", "")
    words = {"course": course, "certificate": certificate}
    return Angle("learning", book.templates["certified"], "output:certificate held", words)


def own_permit(reading: Reading, book: Phrasebook) -> bool:
    """Whether the statement applies for or renews a permit of the writer's own (reading.own_permit)."""
    return rx.search(book.reading.get("own_permit", "$^"), reading.core) is not None


def permit_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A permit or licence of the writer's own, applied for or renewed (reading.own_permit: "Renew the busking permit
    before it lapses", 「路上パフォーマンスの許可申請、市役所に出す」): done when the permit is in hand
    (templates.permit_held), not a council's processing times or views of a page."""
    if "permit_held" not in book.templates or not own_permit(reading, book):
        return None
    words = action_words(reading)
    return Angle("single", book.templates["permit_held"], "output:permit held", words)
