"""Work the writer wants done within a time of each occasion ("get transcripts up on the website same day",
「面接記録をその日のうちに入力する」): the share of occasions it is done in that time, from a baseline to a target.
The phrases of time are data in lang/<lang>/rewrite.toml (reading.timely), the shapes its templates (timely)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook, word_set

if TYPE_CHECKING:
    from .reading import Reading

__all__ = ["timely_angle"]


def timely_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """Return the share-in-time angle of a task whose core ends in a time of each occasion, or None."""
    pattern = book.reading.get("timely", "")
    core = reading.core.strip(" .。")
    m = rx.match(pattern, core) if pattern else None
    if m is None or "timely" not in book.templates:
        return None
    if reading.verb in word_set(book, "setting_up_verbs"):
        return None  # "Set up a form to log incidents within 24 hours": set up once, its use is the form's
    if reading.lang == "ja" and "は" in core:
        return None  # 「議事録は当日中に入力する」: a topic cannot stand inside 「…する割合」
    if reading.lang == "ja":
        from ..lang.ja.reading import plain_core  # here: lang.ja.reading imports this package

        words = {"core": plain_core(reading, book)}
    else:
        action = m.group("action").strip()
        words = {"Action": action[:1].upper() + action[1:], "when": m.group("when").strip()}
    return Angle("coverage", book.templates["timely"], f"output:share done {m.group('when')}", words)
