"""Choose and order the check results that explain a verdict, without contradicting its label."""

from __future__ import annotations

from dataclasses import dataclass

from .verdict import CheckResult, Verdict

# Checks whose absence is worth saying for a key result: it is measurable but could be sharper.
_SHARPENERS = ("has_baseline", "has_deadline")

_NOT_A_CRITERION = {
    "en": "'{span}' reads as a detail here (a version, a date, a size), not as the success criterion.",
    "ja": "「{span}」はここでは成功の基準ではなく、補足の情報（版・日付・規模など）として読めます。",
}


@dataclass(frozen=True, slots=True)
class Reason:
    """One line of explanation: mark is "pass", "fail", "tip" or "note"."""

    mark: str
    check_id: str
    message: str
    span: str | None = None


def reasons(verdict: Verdict) -> list[Reason]:
    """Return the reasons behind a verdict, most telling first."""
    from .checks import CHECKS, CRITERION_CHECKS

    out: list[Reason] = []
    by_id = {c.id: c for c in verdict.checks}
    is_kr = verdict.label == "key_result"
    for result in verdict.checks:
        good = CHECKS[result.id].good if result.id in CHECKS else True
        if result.fired and good:
            if not is_kr and result.id in CRITERION_CHECKS and result.span:
                msg = _NOT_A_CRITERION[verdict.lang].format(span=result.span)
                out.append(Reason("note", result.id, msg, result.span))
            elif is_kr or result.id not in ("has_target", "has_baseline"):
                out.append(Reason("pass", result.id, result.message, result.span))
        elif result.fired:
            out.append(Reason("fail", result.id, result.message, result.span))
    if is_kr:
        # A baseline only makes sense for a quantity, not for "pass the exam".
        wanted = _SHARPENERS if by_id["has_measure"].fired else ("has_deadline",)
        out.extend(_tip(by_id[i]) for i in wanted if not by_id[i].fired)
    elif not any(by_id[i].fired for i in CRITERION_CHECKS if i in by_id):
        out.insert(0, Reason("fail", "has_measure", by_id["has_measure"].message))
    order = {"fail": 0, "pass": 1, "note": 2, "tip": 3}
    return sorted(out, key=lambda r: order[r.mark])


def _tip(result: CheckResult) -> Reason:
    return Reason("tip", result.id, result.message)
