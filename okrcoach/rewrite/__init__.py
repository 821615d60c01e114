"""Measurable rewrites of tasks, objectives and weak key results."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..verdict import Suggestion, Verdict


def suggestions_for(verdict: Verdict) -> list[Suggestion]:
    """Return rewrites for a verdict (none yet: the rewrite engine is not built)."""
    return []
