"""The check registry: every explainable check is one function registered here by id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..tokens.base import Hit, TokenView
from ..verdict import CheckResult

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
        return self.describe(view, self.func(view))

    def describe(self, view: TokenView, hit: Hit | None) -> CheckResult:
        """Describe where (or that) the check fired, in the statement's language."""
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


def find_hits(view: TokenView) -> tuple[Hit | None, ...]:
    """Run every check on a statement without describing it (the fast path of batch classification)."""
    return tuple(c.func(view) for c in CHECKS.values())


def fired_ids(hits: tuple[Hit | None, ...]) -> list[str]:
    """Return the ids of the checks whose hits are not None."""
    return [c.id for c, h in zip(CHECKS.values(), hits, strict=True) if h is not None]


def describe_hits(view: TokenView, hits: tuple[Hit | None, ...]) -> list[CheckResult]:
    """Turn the hits of find_hits into check results with messages and spans."""
    return [c.describe(view, h) for c, h in zip(CHECKS.values(), hits, strict=True)]
