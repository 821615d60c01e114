"""Check for a deadline: when the result is due."""

from __future__ import annotations

from ..tokens.base import TokenView
from . import facts
from .registry import Hit, check


@check(
    "has_deadline",
    good=True,
    messages={
        "en": {"hit": "Has a deadline ('{span}').", "miss": 'No deadline: say by when ("by March 31", "in Q3").'},
        "ja": {
            "hit": "期限があります（「{span}」）。",
            "miss": "期限がありません。「3月末までに」「今期中に」のようにいつまでかを書きましょう。",
        },
    },
)
def has_deadline(view: TokenView) -> Hit | None:
    """Fire on a date, quarter, period or 〜までに that bounds the work in time."""
    return facts.deadline(view)
