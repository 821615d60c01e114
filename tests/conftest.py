"""Shared helpers for the tests."""

from __future__ import annotations

from okrcoach.checks import CHECKS
from okrcoach.tokens import tokenize


def fire(check_id: str, text: str, lang: str) -> str | None:
    """Run one check on one statement; return the span it reports, '' if it fired without one, None if not."""
    result = CHECKS[check_id].run(tokenize(text, lang))
    if not result.fired:
        return None
    return result.span or ""
