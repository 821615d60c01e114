"""What every sheet report shows, computed once: summary counts, rows to fix, objectives, owners, learning.

The Markdown, HTML and terminal renderers only lay these out; they never compute findings themselves.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ...lexicon import messages
from ...sheets.results import Finding, Judged, ObjectiveReport, SheetReport, TableReport

UI_LANGS = ("en", "ja")
_ORDER = {"problem": 0, "warning": 1}


@lru_cache(maxsize=1)
def _ui() -> dict[str, dict[str, str]]:
    data = tomllib.loads(resources.files("okrcoach.report.sheets").joinpath("ui.toml").read_text("utf-8"))
    if set(data["en"]) != set(data["ja"]):
        raise ValueError(f"okrcoach/report/ui.toml: keys differ between en and ja: {set(data['en']) ^ set(data['ja'])}")
    return data


def ui(lang: str) -> dict[str, str]:
    """Return the interface words of a language (en or ja)."""
    return _ui()[lang if lang in UI_LANGS else "en"]


def label_name(label: str, lang: str) -> str:
    """Return a label in words ('' -> 'unreadable')."""
    names: dict[str, str] = messages(lang)["label"]
    return names.get(label, label) if label else ui(lang)["unreadable"]


@dataclass
class Attention:
    """One statement, or one objective, with findings, ready to show."""

    table: TableReport
    severity: str
    messages: list[tuple[str, str]]  # (severity, message)
    alone: bool = False  # the only table of the report: its line number says where
    judged: Judged | None = None
    objective: ObjectiveReport | None = None

    @property
    def line(self) -> int | None:
        """Return the row or line number of the statement (of the objective: where it is written)."""
        return self.judged.item.line if self.judged is not None else self.objective.line if self.objective else None

    @property
    def text(self) -> str:
        """Return the statement, or the objective's text."""
        return self.judged.item.text if self.judged is not None else self.objective.text if self.objective else ""

    @property
    def context(self) -> str:
        """Return the statement's objective and owner, or the objective's owners."""
        if self.judged is not None:
            it = self.judged.item
            return " · ".join(x for x in (it.objective_text, it.owner) if x)
        return ", ".join(self.objective.owners) if self.objective else ""

    @property
    def where(self) -> str:
        """Return the line, or 'file:line' / 'file [sheet]:row' when the report has several tables."""
        return str(self.line or "") if self.alone else self.location

    @property
    def location(self) -> str:
        """Return 'file:line' or 'file [sheet]:row'."""
        t = self.table.table
        return f"{Path(t.source).name}{f' [{t.sheet}]' if t.sheet else ''}:{self.line or ''}"


def attention(report: SheetReport) -> list[Attention]:
    """Return the statements and objectives with problems or warnings, problems first, then in sheet order."""
    lang = report.ui_lang
    alone = len(report.tables) == 1
    out = []
    for t in report.tables:
        for j in t.judged:
            if j.severity is None:
                continue
            msgs = [(f.severity, f.message(lang)) for f in j.findings if f.severity in _ORDER]
            out.append(Attention(t, j.severity, msgs, alone, judged=j))
        for o in t.objectives:
            msgs = [(f.severity, f.message(lang)) for f in o.findings if f.severity in _ORDER]
            if msgs:
                worst = "problem" if any(sev == "problem" for sev, _ in msgs) else "warning"
                out.append(Attention(t, worst, msgs, alone, objective=o))
    order = {id(t): i for i, t in enumerate(report.tables)}
    return sorted(out, key=lambda a: (_ORDER[a.severity], order[id(a.table)], a.line or 0))


def objective_rows(report: SheetReport) -> list[dict[str, Any]]:
    """Return one row per objective: text, owners, key results, labels, sharpness, findings in words."""
    lang = report.ui_lang
    rows = []
    for t in report.tables:
        for o in t.objectives:
            rows.append(
                {
                    "text": o.text,
                    "owners": ", ".join(o.owners),
                    "key_results": o.key_results,
                    "labels": o.labels,
                    "sharpness": o.sharpness,
                    "findings": [(f.severity, f.message(lang)) for f in o.findings],
                    "learning": ui(lang)[o.learning] if o.learning else "",
                    "line": o.line,
                }
            )
    return rows


def owner_rows(report: SheetReport) -> list[dict[str, Any]]:
    """Return one row per owner over every table."""
    merged: dict[str, list[Judged]] = {}
    for j in report.judged:
        if j.item.owner:
            merged.setdefault(j.item.owner, []).append(j)
    lang = report.ui_lang
    out = []
    for owner, mine in sorted(merged.items()):
        from ...sharpness import mean_sharpness
        from ...sheets.results import scored

        learning = [j for j in mine if j.learning]
        business = any(j.label == "key_result" and not j.learning and j.item.claimed != "objective" for j in mine)
        out.append(
            {
                "owner": owner,
                "statements": len(mine),
                "labels": Counter(j.label for j in mine),
                "problems": sum(1 for j in mine if j.severity == "problem"),
                "warnings": sum(1 for j in mine if j.severity == "warning"),
                "sharpness": mean_sharpness([j.sharpness for j in mine if scored(j)]),
                "learning": (ui(lang)["combined"] if business else ui(lang)["standalone"]) if learning else "",
            }
        )
    return out


def learning_rows(report: SheetReport) -> list[dict[str, Any]]:
    """Return the learning statements with their why, why now and suggested link."""
    out = []
    for t in report.tables:
        for j in t.judged:
            if not j.learning:
                continue
            link = next((f.params.get("link", "") for f in j.findings if f.id == "learning_without_why"), "")
            out.append(
                {
                    "line": j.item.line,
                    "owner": j.item.owner,
                    "objective": j.item.objective_text,
                    "text": j.item.text,
                    "why": j.why,
                    "why_now": j.why_now,
                    "link": link,
                    "label": j.label,
                }
            )
    return out


def finding_counts(report: SheetReport) -> list[tuple[str, str, int, str]]:
    """Return (id, severity, count, message) per finding id, problems first, most frequent first."""
    counts = Counter(f.id for f in report.findings if f.severity in _ORDER)
    first: dict[str, Finding] = {}
    for f in report.findings:
        first.setdefault(f.id, f)
    rows = []
    for fid, n in counts.items():
        f = first[fid]
        rows.append((fid, f.severity, n, _generic(f.id, report.ui_lang)))
    return sorted(rows, key=lambda r: (_ORDER[r[1]], -r[2], r[0]))


def _generic(fid: str, lang: str) -> str:
    """Return a finding's short name."""
    from ...sheets.results import Finding

    return Finding(fid).title(lang)


def chart_groups(report: SheetReport) -> tuple[str, list[tuple[str, Counter[str]]]]:
    """Return what the chart groups by ('objective' or 'owner') and the label counts of each group."""
    objectives = [(o.text, o.labels) for t in report.tables for o in t.objectives if sum(o.labels.values())]
    if objectives:
        return "objective", objectives
    return "owner", [(r["owner"], r["labels"]) for r in owner_rows(report)]
