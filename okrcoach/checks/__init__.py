"""Explainable checks: one record each in checks.toml, and a function for the ones that need logic.

Adding a check: add its record to checks.toml (with messages and examples in every language); if it
is a fact of facts.py (a lexicon pattern or phrase list), that is all; otherwise write one function
in a module here, decorated with @check("its_id"), and import the module below.
"""

from __future__ import annotations

# isort: off
from . import measure, wish, verbs  # noqa: F401  (registers the logic checks)

# isort: on
from .registry import CHECKS, Check, check, describe_hits, find_hits, fired_ids, run_checks, unregistered

_missing = unregistered()
if _missing:
    raise ImportError(f"checks.toml names logic checks with no function: {', '.join(_missing)}")

# A key result needs one of these to fire: a quantity, a whole checkable set, or a pass/fail standard.
CRITERION_CHECKS: frozenset[str] = frozenset(c.id for c in CHECKS.values() if c.criterion)

__all__ = [
    "CHECKS",
    "CRITERION_CHECKS",
    "Check",
    "check",
    "describe_hits",
    "find_hits",
    "fired_ids",
    "run_checks",
]
