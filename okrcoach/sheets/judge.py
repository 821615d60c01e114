"""Judge a table's statements: each as what it claims to be, each objective's structure, learning alignment."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Any

from ..checks.registry import fired_ids
from ..errors import check_statement
from ..sharpness import mean_sharpness, sharpness
from ..verdict import Verdict
from .columns import Columns
from .config import Config
from .layout import Item, Items
from .results import Finding, Judged, ObjectiveReport, TableReport, scored
from .table import Table
from .words import words

_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")


def unreadable_reason(text: str) -> str | None:
    """Return why a cell cannot be classified (empty, too long, NUL, no words), None if it can."""
    return check_statement(text)


def claimed_type(item: Item, verdict: Verdict | None) -> str | None:
    """Return what the row claims: its type column first, then the statement's own tag (anatomy), then layout."""
    if item.claimed_by == "type column":
        return item.claimed
    claimed = verdict.claimed if verdict is not None else None
    if claimed in ("objective", "key_result", "task"):
        item.claimed_by = "tag"
        return str(claimed)
    return item.claimed


def _filled_number(value: str) -> bool:
    return bool(_NUMBER.search(unicodedata.normalize("NFKC", value)))


def _is_learning(text: str) -> bool:
    w = words()
    low = unicodedata.normalize("NFKC", text).lower()
    if any(word in low for word in w.learning_ja):
        return True
    return any(tok in w.learning_en for tok in re.findall(r"[a-z]+", low))


def _why_in_text(text: str) -> str:
    for p in words().why_patterns:
        m = p.search(unicodedata.normalize("NFKC", text))
        if m:
            return m.group(0).strip()
    return ""


def _near(a: str, b: str, ratio: float) -> bool:
    """Return True for near-duplicate statements: one's words inside the other's, or Jaccard >= ratio."""
    ta, tb = _grams(a), _grams(b)
    if not ta or not tb:
        return False
    small, large = sorted((ta, tb), key=len)
    if len(small) >= 3 and small <= large:
        return True
    return len(ta & tb) / len(ta | tb) >= ratio


@lru_cache(maxsize=65536)
def _grams(text: str) -> frozenset[str]:
    """Return words of Latin text and character pairs of Japanese text, folded (NFKC, lower case)."""
    folded = unicodedata.normalize("NFKC", text).lower()
    latin = re.findall(r"[a-z0-9%$.]+", folded)
    japanese = re.sub(r"[\sa-z0-9%$.、。,・「」（）()]+", "", folded)
    pairs = {japanese[i : i + 2] for i in range(len(japanese) - 1)}
    return frozenset(latin) | frozenset(pairs)


def _issues(label: str, fired: frozenset[str]) -> list[str]:
    """Return what is missing or wrong, as okrcoach.explain orders it: failures first, then a key result's tips.

    Worked out from the fired check ids alone, so a sheet of thousands of rows never builds every explanation.
    """
    from ..checks import CHECKS, CRITERION_CHECKS

    bad = [c for c, check in CHECKS.items() if not check.good and c in fired]
    if label != "key_result":
        return (["has_measure"] if not fired & CRITERION_CHECKS else []) + bad
    tips = ("has_baseline", "has_deadline") if "has_measure" in fired else ("has_deadline",)
    return bad + [t for t in tips if t not in fired]


def _body(j: Judged) -> str:
    """Return the statement without its tag and notes ('KR 1.2:', '(owner: Sofia)'), as the classifier read it."""
    return (j.verdict.body if j.verdict is not None else "") or j.item.text


def judge_statement(item: Item, verdict: Verdict | None, reason: str | None, config: Config) -> Judged:
    """Return one statement judged as what it claims, with its findings (structure comes later)."""
    if verdict is None:
        j = Judged(item, None, "", None, frozenset(), [], 0)
        if config.reports("unreadable_statement"):
            j.findings.append(Finding("unreadable_statement", item.row, {"reason": reason or "empty"}))
        return j
    claimed = claimed_type(item, verdict)
    item.claimed = claimed
    fired = frozenset(fired_ids(verdict.hits))
    issues = [i for i in _issues(verdict.label, fired) if config.reports(i)]
    measured = bool(
        claimed in ("key_result", None)
        and item.target
        and _filled_number(item.target)
        and ((item.start and _filled_number(item.start)) or (item.current and _filled_number(item.current)))
    )
    label = verdict.label
    score_fired = set(fired)
    if item.due:
        # the sheet's due-date column gives the deadline the text leaves out
        score_fired.add("has_deadline")
        issues = [i for i in issues if i != "has_deadline"]
    if measured:
        # the sheet's own columns carry the criterion: score it as a key result with a baseline and a target
        score_fired |= {"has_measure", "has_target"} | ({"has_baseline"} if item.start else set())
        if item.due:
            score_fired.add("has_deadline")
    j = Judged(
        item,
        verdict,
        label,
        verdict.confidence,
        fired,
        issues,
        sharpness("key_result" if measured else label, score_fired),
        measured_by_columns=measured,
    )
    found: list[str] = []
    if measured:
        found.append("measured_by_columns")
    elif claimed == "key_result" and label != "key_result":
        delivery = label == "task" and "has_deadline" in fired and not fired & {"wish_form", "recurring_activity"}
        if not (delivery and config.accept_delivery):
            found.append("kr_not_measurable")
    elif claimed == "objective" and label == "key_result":
        found.append("objective_is_key_result")
    elif claimed == "objective" and label == "task":
        found.append("objective_is_task")
    elif claimed == "task" and label == "objective":
        found.append("initiative_is_objective")
    elif claimed is None and label != "key_result":
        found.append("not_a_key_result")
    for fid in found:
        if config.reports(fid):
            j.findings.append(Finding(fid, item.row, {"label": label}))
    return j


def judge_table(
    table: Table,
    cols: Columns | None,
    items: Items,
    verdicts: dict[int, tuple[Verdict | None, str | None]],
    config: Config,
) -> TableReport:
    """Return the TableReport of one table, given the verdict (or unreadable reason) of each item, by id()."""
    judged = [judge_statement(it, *verdicts[id(it)], config) for it in items.items]
    _learning(judged, config)
    objectives = _objectives(items, judged, config)
    owners = _owners(judged)
    for o in objectives:
        o.line = table.line(o.row) if o.row is not None else None
    for f in [f for j in judged for f in j.findings] + [f for o in objectives for f in o.findings]:
        f.line = table.line(f.row) if f.row is not None else None
    for j in judged:
        # a measurable rewrite helps what should be a key result; an objective or an initiative keeps its shape
        wants = j.item.claimed in ("key_result", None)
        if wants and j.severity is not None and j.verdict is not None and j.verdict.suggestions:
            j.suggestion = j.verdict.suggestions[0]
    return TableReport(
        table, cols, items, judged, objectives, owners, mean_sharpness([j.sharpness for j in judged if scored(j)])
    )


def _business(j: Judged) -> bool:
    return j.item.claimed in ("key_result", None) and not j.learning and j.label == "key_result"


def _learning(judged: list[Judged], config: Config) -> None:
    """Mark learning statements with their why (link to business) and why now (a date), and flag what is missing."""
    by_key = {j.item.key: j for j in judged}
    for j in judged:
        if j.verdict is None or j.item.claimed == "objective":
            continue
        # rewrites are built only for rows already flagged (they are shown there anyway): their shape says learning
        flagged = j.severity is not None and j.label != "key_result"
        shapes = {s.shape for s in j.verdict.suggestions} if flagged else set()
        j.learning = _is_learning(j.item.text) or "learning" in shapes
        if not j.learning:
            continue
        it = j.item
        objective = by_key.get(it.objective or "")
        objective_text = it.objective_text or (objective.item.text if objective else "")
        if it.parent:
            j.why = it.parent
        elif text_why := _why_in_text(it.text):
            j.why = text_why
        elif objective_text and not _is_learning(objective_text):
            j.why = objective_text
        if it.due:
            j.why_now = it.due
        elif "has_deadline" in j.fired and j.verdict is not None:
            j.why_now = j.verdict.check("has_deadline").span or "deadline in text"
    by_objective: dict[str, list[Judged]] = {}
    by_owner: dict[str, list[Judged]] = {}
    for b in judged:
        if _business(b):
            if b.item.objective:
                by_objective.setdefault(b.item.objective, []).append(b)
            if b.item.owner:
                by_owner.setdefault(b.item.owner, []).append(b)
    for j in judged:
        if not j.learning:
            continue
        if not j.why and config.reports("learning_without_why"):
            link = _suggest_link(j, by_objective, by_owner)
            j.findings.append(Finding("learning_without_why", j.item.row, {"link": link} if link else {}))
        if not j.why_now and config.reports("learning_without_why_now"):
            j.findings.append(Finding("learning_without_why_now", j.item.row))


def _suggest_link(j: Judged, by_objective: dict[str, list[Judged]], by_owner: dict[str, list[Judged]]) -> str:
    """Return the business key result a learning statement could serve: same objective first, then same owner."""
    candidates = by_objective.get(j.item.objective or "", []) or by_owner.get(j.item.owner, [])
    if not candidates:
        return ""
    return max(candidates, key=lambda b: b.sharpness).item.text


def _objectives(items: Items, judged: list[Judged], config: Config) -> list[ObjectiveReport]:
    out: list[ObjectiveReport] = []
    by_obj: dict[str, list[Judged]] = {}
    for j in judged:
        if j.item.claimed != "objective" and j.item.objective:
            by_obj.setdefault(j.item.objective, []).append(j)
    heads = {j.item.objective: j for j in judged if j.item.claimed == "objective" and j.item.objective}
    for key, text in items.objectives.items():
        members = by_obj.get(key, [])
        head = heads.get(key)
        krs = [m for m in members if m.item.claimed in ("key_result", None)]
        row = head.item.row if head else (members[0].item.row if members else None)
        rep = ObjectiveReport(
            key,
            text,
            row,
            sorted({m.item.owner for m in [*members, *([head] if head else [])] if m.item.owner}),
            len(krs),
            Counter(m.label for m in members),
            mean_sharpness([m.sharpness for m in krs if m.label]),
        )
        findings: list[Finding] = []
        measurable = [m for m in members if m.label == "key_result" or m.measured_by_columns]
        if members and not measurable:
            findings.append(Finding("objective_only_tasks", row, {}, key))
        if len(krs) < config.min_key_results:
            findings.append(Finding("too_few_key_results", row, {"n": len(krs)}, key))
        elif len(krs) > config.max_key_results:
            findings.append(Finding("too_many_key_results", row, {"n": len(krs)}, key))
        for a_i, a in enumerate(krs):
            for b in krs[a_i + 1 :]:
                if a.item.row != b.item.row or a.item.column != b.item.column:
                    if _near(_body(a), _body(b), config.duplicate_ratio):
                        lines = f"{items_line(a)}, {items_line(b)}"
                        findings.append(Finding("duplicate_key_results", b.item.row, {"rows": lines}, key))
        learning = [m for m in members if m.learning]
        if learning:
            rep.learning = "combined" if any(_business(m) for m in members) else "standalone"
        rep.findings = [f for f in findings if config.reports(f.id)]
        out.append(rep)
    if items.objectives and config.reports("key_result_without_objective"):
        for j in judged:
            if j.item.claimed == "key_result" and not j.item.objective:
                j.findings.append(Finding("key_result_without_objective", j.item.row))
    return out


def items_line(j: Judged) -> str:
    """Return the row or line number people see in the file."""
    return str(j.item.line or j.item.row + 1)


def _owners(judged: list[Judged]) -> dict[str, dict[str, Any]]:
    """Return per owner: statements, labels, problems, sharpness and whether learning stands alone."""
    out: dict[str, dict[str, Any]] = {}
    for owner in sorted({j.item.owner for j in judged if j.item.owner}):
        mine = [j for j in judged if j.item.owner == owner]
        learning = [j for j in mine if j.learning]
        out[owner] = {
            "statements": len(mine),
            "labels": dict(Counter(j.label for j in mine)),
            "problems": sum(1 for j in mine if j.severity == "problem"),
            "warnings": sum(1 for j in mine if j.severity == "warning"),
            "sharpness": mean_sharpness([j.sharpness for j in mine if scored(j)]),
            "learning": len(learning),
            "learning_alignment": (
                "" if not learning else "combined" if any(_business(j) for j in mine) else "standalone"
            ),
        }
    return out
