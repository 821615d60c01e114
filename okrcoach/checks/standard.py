"""Check for a named pass/fail standard (an exam, a certification, an audit)."""

from __future__ import annotations

from ..tokens.base import TokenView
from . import facts
from .registry import Hit, check


@check(
    "named_standard",
    good=True,
    messages={
        "en": {
            "hit": "Names a pass/fail standard ('{span}').",
            "miss": "No pass/fail standard (exam, certification, audit) is named.",
        },
        "ja": {
            "hit": "合否が明確な基準があります（「{span}」）。",
            "miss": "試験・資格・監査のような合否が明確な基準はありません。",
        },
    },
)
def named_standard(view: TokenView) -> Hit | None:
    """Fire on "pass the AWS exam", "get ISO 27001 certified", 「簿記2級に合格する」."""
    return facts.standard(view)
