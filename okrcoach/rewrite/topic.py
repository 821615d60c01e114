"""What a statement is about, read from its token view: the topic, its verb and its shape."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    """The subject of a statement in its own words, and what kind of rewrite suits it."""

    text: str
    verb: str  # the lemma of the verb that governs the topic ("" if none found)
    learning: bool
    reduce: bool
    phrase: str = ""  # the statement's own action, ready to be followed by a result clause
