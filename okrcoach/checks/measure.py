"""Checks for the quantity a key result is judged by: measure, baseline, target."""

from __future__ import annotations

from ..lexicon import load
from ..tokens.base import TokenView
from . import facts
from .registry import Hit, check


@check(
    "has_measure",
    good=True,
    messages={
        "en": {
            "hit": "Names a measure ('{span}').",
            "miss": "No measure: name a number, percentage, count or score that shows success.",
        },
        "ja": {
            "hit": "測定できる数値があります（「{span}」）。",
            "miss": "測定できる数値がありません。数・割合・件数・スコアなどで達成の基準を示しましょう。",
        },
    },
)
def has_measure(view: TokenView) -> Hit | None:
    """Fire on the first quantity that can serve as a measure."""
    found = facts.measures(view)
    return found[0] if found else None


@check(
    "has_baseline",
    good=True,
    messages={
        "en": {
            "hit": "States where it starts ('{span}').",
            "miss": 'No baseline: say where the measure stands today ("from 4% to 6%").',
        },
        "ja": {
            "hit": "現状の値が書かれています（「{span}」）。",
            "miss": "現状の値がありません。「5%から3%に」のように出発点を書きましょう。",
        },
    },
)
def has_baseline(view: TokenView) -> Hit | None:
    """Fire on a starting value ("from 4%", 「5%から」, "40 -> 55"); versions and dates do not count."""
    if not facts.measures(view):
        return None
    return facts.baseline(view)


@check(
    "has_target",
    good=True,
    messages={
        "en": {
            "hit": "Sets a target ('{span}').",
            "miss": "No target: say what value counts as success at the end of the cycle.",
        },
        "ja": {
            "hit": "目標値があります（「{span}」）。",
            "miss": "目標値がありません。期末にいくつになれば成功かを書きましょう。",
        },
    },
)
def has_target(view: TokenView) -> Hit | None:
    """Fire on a target value: a threshold, "to N", "by N%", or a counted output."""
    found = facts.measures(view)
    if not found:
        return None
    threshold = facts.first_match(load(view.lang).target, view)
    if threshold is not None:
        return threshold
    baseline = facts.baseline(view)
    # A quantity that is only the starting point ("from 4%") is not a target.
    for hit in found:
        if baseline is None or not (baseline.start <= hit.start < baseline.end):
            return hit
    return None
