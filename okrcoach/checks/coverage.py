"""Check for a whole, checkable set as the criterion ("every new customer", 「全店舗で」)."""

from __future__ import annotations

from ..tokens.base import TokenView
from . import facts
from .registry import Hit, check


@check(
    "covers_all",
    good=True,
    messages={
        "en": {
            "hit": "Sets a whole, checkable set as the bar ('{span}').",
            "miss": "No whole-set criterion (every / all / none of a countable group).",
        },
        "ja": {
            "hit": "対象全体を基準にしています（「{span}」）。",
            "miss": "「全員」「全店舗」のような対象全体の基準はありません。",
        },
    },
)
def covers_all(view: TokenView) -> Hit | None:
    """Fire on "every", "all", "no", 「全員」「すべての」「漏れなく」."""
    return facts.coverage(view)
