"""Explainable checks. Each module registers its checks; importing this package loads them all.

Adding a check: write one function in a module here, decorate it with @check, and import the
module below. Nothing else changes.
"""

from __future__ import annotations

from . import deadline, measure, recurring, standard, verbs, wish  # noqa: F401  (registers the checks)
from .registry import CHECKS, Check, Hit, check, fired_ids, run_checks

__all__ = ["CHECKS", "Check", "Hit", "check", "fired_ids", "run_checks"]
