"""Check for a recurring activity with no total."""

from __future__ import annotations

from ..tokens.base import TokenView
from . import facts
from .registry import Hit, check


@check(
    "recurring_activity",
    good=False,
    messages={
        "en": {
            "hit": "A recurring activity ('{span}') with no total: count what it should add up to.",
            "miss": "Not a recurring activity without a total.",
        },
        "ja": {
            "hit": "「{span}」は繰り返しの活動で、合計の目標がありません。期末までの合計や成果を数で示しましょう。",
            "miss": "合計のない繰り返し活動ではありません。",
        },
    },
)
def recurring_activity(view: TokenView) -> Hit | None:
    """Fire on "every week", "weekly", 「毎週」「定期的に」 when no total or measure is named."""
    if facts.has_criterion(view):
        return None
    return facts.schedule(view)
