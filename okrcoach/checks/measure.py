"""Checks for the quantity a key result is judged by: measure, baseline, target."""

from __future__ import annotations

from ..lexicon import load
from ..tokens.base import Hit, TokenView
from . import facts
from .registry import check


@check("has_measure")
def has_measure(view: TokenView) -> Hit | None:
    """Fire on the first quantity that can serve as a measure."""
    found = facts.measures(view)
    return found[0] if found else None


@check("has_baseline")
def has_baseline(view: TokenView) -> Hit | None:
    """Fire on a starting value ("from 4%", 「5%から」, "40 -> 55"); runs only when there is a measure."""
    return facts.baseline(view)


@check("has_target")
def has_target(view: TokenView) -> Hit | None:
    """Fire on a target value: a threshold, "to N", "by N%", or a counted output."""
    found = facts.measures(view)  # runs only when there is a measure (checks.toml: when)
    threshold = facts.first_match(load(view.lang).target, view)
    if threshold is not None:
        return threshold
    baseline = facts.baseline(view)
    # A quantity that is only the starting point ("from 4%") is not a target.
    for hit in found:
        if baseline is None or not (baseline.start <= hit.start < baseline.end):
            return hit
    return None
