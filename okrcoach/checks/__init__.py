"""Explainable checks. Each module registers its checks; importing this package loads them all.

Adding a check: write one function in a module here, decorate it with @check, and import the
module below. Nothing else changes. Import order is display order.
"""

from __future__ import annotations

# isort: off
from . import measure, standard, coverage, deadline, wish, verbs, recurring  # noqa: F401  (registers the checks)

# isort: on
from .registry import CHECKS, Check, Hit, check, describe_hits, find_hits, fired_ids, run_checks

# A key result needs one of these to fire: a quantity, a whole checkable set, or a pass/fail standard.
CRITERION_CHECKS: frozenset[str] = frozenset({"has_measure", "covers_all", "named_standard"})

__all__ = [
    "CHECKS",
    "CRITERION_CHECKS",
    "Check",
    "Hit",
    "check",
    "describe_hits",
    "find_hits",
    "fired_ids",
    "run_checks",
]
