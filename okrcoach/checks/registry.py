"""The check registry: every explainable check is one function registered here by id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..tokens.base import TokenView
from ..verdict import CheckResult


@dataclass(frozen=True, slots=True)
class Hit:
    """Where a check fired, as offsets into TokenView.norm."""

    start: int
    end: int


CheckFunc = Callable[[TokenView], Hit | None]


@dataclass(frozen=True)
class Check:
    """A registered check: firing is good (a sign of a key result) or bad (a sign of a task/objective)."""

    id: str
    func: CheckFunc
    good: bool
    messages: dict[str, dict[str, str]]  # lang -> {"hit": ..., "miss": ...}

    def run(self, view: TokenView) -> CheckResult:
        """Run the check on one statement and describe the outcome in its language."""
        hit = self.func(view)
        fired = hit is not None
        passed = fired if self.good else not fired
        texts = self.messages[view.lang]
        if hit is not None:
            start, end, span = view.original_span(hit.start, hit.end)
            return CheckResult(self.id, True, passed, texts["hit"].format(span=span), span, start, end)
        return CheckResult(self.id, False, passed, texts["miss"].format(span=""))


CHECKS: dict[str, Check] = {}


def check(check_id: str, *, good: bool, messages: dict[str, dict[str, str]]) -> Callable[[CheckFunc], CheckFunc]:
    """Register a check function under a stable id with its messages in English and Japanese."""

    def register(func: CheckFunc) -> CheckFunc:
        if check_id in CHECKS:
            raise ValueError(f"check id {check_id!r} is registered twice")
        for lang in ("en", "ja"):
            if set(messages.get(lang, {})) != {"hit", "miss"}:
                raise ValueError(f"check {check_id!r} needs 'hit' and 'miss' messages in {lang!r}")
        CHECKS[check_id] = Check(check_id, func, good, messages)
        return func

    return register


def run_checks(view: TokenView) -> list[CheckResult]:
    """Run every registered check on one statement, in registration order."""
    return [c.run(view) for c in CHECKS.values()]


def fired_ids(view: TokenView) -> list[str]:
    """Return the ids of the checks that fire on a statement (for features; no messages built)."""
    return [c.id for c in CHECKS.values() if c.func(view) is not None]
