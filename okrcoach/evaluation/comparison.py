"""Two transparent comparison classifiers the trained model is scored against."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..checks import CRITERION_CHECKS

_DIGIT = re.compile(r"\d")


def rule_label(fired: Iterable[str]) -> str:
    """Return the label the checks alone suggest: a criterion makes a key result, a direction an objective."""
    ids = set(fired)
    if ids & CRITERION_CHECKS:
        return "key_result"
    if "vague_verb" in ids and not ({"wish_form", "activity_verb", "recurring_activity"} & ids):
        return "objective"
    return "task"


def digit_label(text: str) -> str:
    """Return key_result if the text contains any digit, else task (the trivial comparison)."""
    return "key_result" if _DIGIT.search(text) else "task"
