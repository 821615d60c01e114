"""Fill a rewrite template: the writer's words as they are, example values as marked slots."""

from __future__ import annotations

import re

from ..verdict import Slot, Suggestion

_PLACEHOLDER = re.compile(r"\{(\w+)(?::([^}]*))?\}")


def placeholders(template: str) -> list[str]:
    """Return the names a template fills, in order."""
    return [m.group(1) for m in _PLACEHOLDER.finditer(template)]


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
    pos = length = 0
    for m in _PLACEHOLDER.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        name, default = m.group(1), m.group(2)
        is_own = name in words
        text = words[name] if is_own else values.get(name, default if default is not None else "")
        if not is_own and text:
            slots.append(Slot(name, text, length, length + len(text)))
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(template[pos:])
    return Suggestion("".join(out), tuple(slots), fixes, shape, metric)
