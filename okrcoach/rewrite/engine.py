"""Fill a rewrite template: the statement's topic in its own words, example values as marked slots."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..verdict import Slot, Suggestion

_PLACEHOLDER = re.compile(r"\{(\w+)(?::([^}]*))?\}")


@dataclass(frozen=True)
class Templates:
    """One language's rewrite data: word lists, verb families, metric kinds and templates."""

    lang: str
    words: dict[str, list[str]]
    families: dict[str, list[str]]
    metric_kinds: dict[str, dict[str, Any]]
    templates: dict[str, Any]
    fixes: dict[str, str]


@cache
def templates(lang: str) -> Templates:
    """Return the rewrite templates of a language, parsed once."""
    raw = tomllib.loads(resources.files(__package__).joinpath("templates", f"{lang}.toml").read_text("utf-8"))
    return Templates(lang, raw["words"], raw["families"], raw["metric_kinds"], raw["templates"], raw["fixes"])


def render(
    template: str,
    *,
    topic: str = "",
    statement: str = "",
    words: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
    fixes: tuple[str, ...] = (),
    shape: str = "business",
) -> Suggestion:
    """Return the suggestion a template makes; every example value becomes a Slot with its offsets.

    topic, statement and words (such as the statement's own verb) are the user's words, not slots.
    """
    values = values or {}
    words = {"topic": topic, "statement": statement, **(words or {})}
    own = values.get("deadline", "")
    if own and re.match(r"^(?:before|in|within|during|at|on|after|this|next|end of|eo[ymq]|q[1-4]|h[12])\b", own, re.I):
        template = re.sub(r"\bby \{deadline(?::[^}]*)?\}", "{deadline}", template)
    out: list[str] = []
    slots: list[Slot] = []
    pos = 0
    length = 0
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
    sentence = "".join(out)
    return Suggestion(sentence, tuple(slots), fixes, shape)
