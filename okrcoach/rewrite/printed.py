"""Printed matter the writer makes to bring people in ("Redo the pre-planning brochure", 「定期演奏会のチラシを作る」):
measured by the copies that reach people and the replies they bring, not by "4 flyers" nor by people "using" it.
The nouns of printed matter and the verbs that make it are data (reading.printed_nouns, reading.printing_verbs in
lang/<lang>/rewrite.toml), the sentence is templates.printed.
"""

from __future__ import annotations

from .angles import Angle
from .morphology import object_head
from .phrasebook import Phrasebook, word_set
from .reading import Reading

__all__ = ["printed_angle"]


def _is_printed(reading: Reading, book: Phrasebook) -> bool:
    nouns = word_set(book, "printed_nouns")
    if reading.lang == "ja":
        return reading.object.endswith(tuple(nouns))
    head = object_head(reading.object, book).lower().split()
    return bool(head) and (head[-1] in nouns or head[-1].removesuffix("s") in nouns)


def printed_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The copies handed out and the enquiries or sign-ups they bring, for a task that makes printed matter."""
    if "printed" not in book.templates or not reading.object or not reading.action:
        return None
    if reading.verb not in word_set(book, "printing_verbs") or not _is_printed(reading, book):
        return None
    return Angle("single", book.templates["printed"], "output:copies handed out", {"action": reading.action})
