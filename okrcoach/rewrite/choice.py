"""A choice between options the writer names ("research composting toilet vs cassette", 「トイレ、カセット式かコンポスト
か調べる」): done when they are compared on written criteria and one is chosen, not by a metric their words share
with something else (household rubbish bags) nor by "5 xero vs quickbooks". The pattern that finds the options is
the language's (reading.versus in lang/<lang>/rewrite.toml, groups "a" and "b"); the verbs that decide are its
choosing_verbs.
"""

from __future__ import annotations

from .. import rx
from .angles import Angle
from .phrasebook import Phrasebook, word_set
from .reading import Reading

__all__ = ["choice_angle"]


def _options(reading: Reading, book: Phrasebook) -> tuple[str, str] | None:
    pattern = book.reading.get("versus", "")
    # English reads what the verb acts on ("composting toilet vs cassette"), Japanese the whole core (the options
    # stand before the verb: 「トイレをカセット式かコンポストか調べる」)
    text = reading.core
    if reading.lang == "en":  # the object as the writer cased it ("Xero vs QuickBooks")
        at = reading.core.lower().find(reading.object.lower())
        text = reading.core[at : at + len(reading.object)] if at >= 0 and reading.object else ""
    m = rx.search(pattern, text) if pattern else None
    if m is None:
        return None
    a, b = (m.group(k).strip(" 、,.") for k in ("a", "b"))
    asked = word_set(book, "question_words")
    if any(w in f"{a} {b}".lower() for w in asked if not w.isascii()) or asked & set(f"{a} {b}".lower().split()):
        return None  # 「何からやればいいか調べる」: a question, not two options
    return (a, b) if a and b and a.lower() != b.lower() else None


def choice_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """The options compared on written criteria and one chosen by the deadline, for a task whose verb studies or
    decides between options the writer names."""
    if "compare_pair" not in book.templates or reading.verb not in word_set(book, "choosing_verbs"):
        return None
    found = _options(reading, book)
    if found is None:
        return None
    a, b = found
    words = {"option_a": a, "option_b": b, "object": reading.object if reading.lang == "ja" else ""}
    template = book.templates["compare_pair"]
    if reading.lang == "ja" and (not reading.object or a in reading.object or b in reading.object):
        template = book.templates["compare_pair_alone"]  # 「AかBか決める」: nothing else names what is chosen
    return Angle("single", template, "output:options compared", words)
