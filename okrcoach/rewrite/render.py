"""Fill a rewrite template: the writer's words as they are, example values as marked slots."""

from __future__ import annotations

import re
from functools import lru_cache

from ..verdict import Slot, Suggestion

_PLACEHOLDER = re.compile(r"\{(\w+)(?::([^}]*))?\}")


def placeholders(template: str) -> list[str]:
    """Return the names a template fills, in order."""
    return [m.group(1) for m in _PLACEHOLDER.finditer(template)]


@lru_cache(maxsize=1024)  # templates come from the phrasebooks: a bounded set, each rendered many times
def _parts(template: str) -> tuple[tuple[tuple[str, str, str | None], ...], str]:
    """Split a template into (literal before, name, default) per placeholder, and the literal after the last."""
    parts: list[tuple[str, str, str | None]] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(template):
        parts.append((template[pos : m.start()], m.group(1), m.group(2)))
        pos = m.end()
    return tuple(parts), template[pos:]


def render(
    template: str,
    *,
    words: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
    fixes: tuple[str, ...] = (),
    shape: str = "business",
    metric: str = "",
) -> Suggestion:
    """Return the suggestion a template makes; every example value becomes a Slot with its offsets.

    words (the writer's topic, verb and deadline, a metric's name) are filled in as they are; a
    placeholder not in words takes its value from values or its default, and is marked as a slot.
    """
    words = words or {}
    values = values or {}
    out: list[str] = []
    slots: list[Slot] = []
    length = 0
    parts, tail = _parts(template)
    for literal, name, default in parts:
        out.append(literal)
        length += len(literal)
        is_own = name in words
        text = words[name] if is_own else values.get(name, default if default is not None else "")
        if not is_own and text:
            slots.append(Slot(name, text, length, length + len(text)))
        out.append(text)
        length += len(text)
    out.append(tail)
    return Suggestion("".join(out), tuple(slots), fixes, shape, metric)
