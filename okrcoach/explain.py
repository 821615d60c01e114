"""Choose and order the check results that explain a verdict, without contradicting its label."""

from __future__ import annotations

from dataclasses import dataclass

from .checks import CHECKS, CRITERION_CHECKS
from .lexicon import messages
from .verdict import CheckResult, Verdict


@dataclass(frozen=True, slots=True)
class Reason:
    """One line of explanation: mark is "pass", "fail", "tip" or "note"."""

    mark: str
    check_id: str
    message: str
    span: str | None = None


def reasons(verdict: Verdict) -> list[Reason]:
    """Return the reasons behind a verdict, most telling first."""
    out: list[Reason] = []
    by_id = {c.id: c for c in verdict.checks}
    is_kr = verdict.label == "key_result"
    for result in verdict.checks:
        good = CHECKS[result.id].good if result.id in CHECKS else True
        if result.fired and good:
            if not is_kr and result.id in CRITERION_CHECKS and result.span:
                msg = messages(verdict.lang)["not_a_criterion"].format(span=result.span)
                out.append(Reason("note", result.id, msg, result.span))
            elif is_kr or result.id not in ("has_target", "has_baseline"):
                out.append(Reason("pass", result.id, result.message, result.span))
        elif result.fired:
            out.append(Reason("fail", result.id, result.message, result.span))
    if is_kr:
        # Checks whose absence a key result is told as a tip (checks.toml: tip); one that runs only
        # on a measure (a baseline) is not asked of "pass the exam".
        fired = {c.id for c in verdict.checks if c.fired}
        for check_id, result in by_id.items():
            record = CHECKS.get(check_id)
            if record is None or not record.tip or record.met(fired):  # met: fired, or given by another
                continue
            if record.when == "measure" and not by_id["has_measure"].fired:
                continue
            out.append(_tip(result))
    elif not any(by_id[i].fired for i in CRITERION_CHECKS if i in by_id):
        out.insert(0, Reason("fail", "has_measure", by_id["has_measure"].message))
    order = {"fail": 0, "pass": 1, "note": 2, "tip": 3}
    return sorted(out, key=lambda r: order[r.mark])


def _tip(result: CheckResult) -> Reason:
    return Reason("tip", result.id, result.message)
