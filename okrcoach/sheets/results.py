"""What a sheet check returns: findings, judged statements, objectives, tables and the SheetReport."""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..verdict import Suggestion, Verdict
from .columns import Columns
from .config import Config
from .layout import Item, Items
from .table import Table

SEVERITIES = ("problem", "warning", "info")


@lru_cache(maxsize=1)
def finding_records() -> dict[str, dict[str, str]]:
    """Return findings.toml: id -> severity and messages; a record without both languages is an error."""
    data = tomllib.loads(resources.files("okrcoach.sheets").joinpath("findings.toml").read_text("utf-8"))
    for fid, rec in data.items():
        if rec.get("severity") not in SEVERITIES or not all(rec.get(k) for k in ("en", "ja", "short_en", "short_ja")):
            raise ValueError(
                f"okrcoach/sheets/findings.toml: [{fid}] needs severity ({'/'.join(SEVERITIES)}), "
                "en, ja, short_en, short_ja"
            )
    return data


@dataclass
class Finding:
    """One thing the linter says about a statement or an objective."""

    id: str
    row: int | None = None  # table row index it is reported on
    params: dict[str, Any] = field(default_factory=dict)
    objective: str | None = None
    line: int | None = None  # the row or line number people see in the file

    @property
    def severity(self) -> str:
        """Return problem, warning or info."""
        return finding_records()[self.id]["severity"]

    def message(self, lang: str = "en") -> str:
        """Return the message in en or ja."""
        text = finding_records()[self.id][lang]
        params = dict(self.params)
        if "label" in params:
            from ..lexicon import messages

            params["label"] = messages(lang)["label"].get(params["label"], params["label"])
        hint = params.get("link")
        params["hint"] = (
            "" if not hint else (f" Link it to: {hint}." if lang == "en" else f"「{hint}」への紐づけを提案します。")
        )
        return text.format_map(_Missing(params))

    def title(self, lang: str = "en") -> str:
        """Return the finding's short name in en or ja."""
        return finding_records()[self.id][f"short_{lang}"]

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "id": self.id,
            "severity": self.severity,
            "line": self.line,
            "message": self.message(lang),
            "params": {k: v for k, v in self.params.items()},
        }


class _Missing(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass
class Judged:
    """One statement of the sheet with its verdict, sharpness and findings."""

    item: Item
    verdict: Verdict | None  # None when the cell could not be classified
    label: str
    confidence: float | None
    fired: frozenset[str]
    issues: list[str]  # failed check ids (after --ignore/--select)
    sharpness: int
    findings: list[Finding] = field(default_factory=list)
    suggestion: Suggestion | None = None
    learning: bool = False
    why: str = ""
    why_now: str = ""
    measured_by_columns: bool = False

    @property
    def severity(self) -> str | None:
        """Return the worst severity among the findings (problem, warning), None if neither."""
        sev = {f.severity for f in self.findings}
        return "problem" if "problem" in sev else "warning" if "warning" in sev else None

    @property
    def lang(self) -> str:
        """Return the statement's language ('' if unreadable)."""
        return self.verdict.lang if self.verdict else ""

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        it = self.item
        return {
            "line": it.line,
            "column": it.column,
            "text": it.text,
            "claimed": it.claimed,
            "claimed_by": it.claimed_by,
            "objective": it.objective_text,
            "owner": it.owner,
            "label": self.label,
            "confidence": None if self.confidence is None else round(self.confidence, 4),
            "lang": self.lang,
            "sharpness": self.sharpness,
            "issues": self.issues,
            "severity": self.severity,
            "findings": [f.to_dict(lang) for f in self.findings],
            "suggestion": self.suggestion.to_dict() if self.suggestion else None,
            "learning": self.learning,
            "why": self.why,
            "why_now": self.why_now,
            "measured_by_columns": self.measured_by_columns,
            "values": {
                k: getattr(it, k) for k in ("start", "current", "target", "unit", "due", "parent") if getattr(it, k)
            },
        }


@dataclass
class ObjectiveReport:
    """One objective: its text, its key results' sharpness and the structure findings."""

    key: str
    text: str
    row: int | None
    owners: list[str]
    key_results: int
    labels: Counter[str]
    sharpness: int | None
    findings: list[Finding] = field(default_factory=list)
    learning: str = ""  # "", "standalone" or "combined"
    line: int | None = None  # the row or line number people see in the file

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "text": self.text,
            "line": self.line,
            "owners": self.owners,
            "key_results": self.key_results,
            "labels": dict(self.labels),
            "sharpness": self.sharpness,
            "learning": self.learning,
            "findings": [f.to_dict(lang) for f in self.findings],
        }


@dataclass
class TableReport:
    """The check of one table (a CSV file, an XLSX sheet, a Markdown page)."""

    table: Table
    columns: Columns | None
    items: Items
    judged: list[Judged]
    objectives: list[ObjectiveReport]
    owners: dict[str, dict[str, Any]]  # owner -> counts, sharpness, learning alignment
    sharpness: int | None

    @property
    def findings(self) -> list[Finding]:
        """Return every finding, statements' and objectives', in row order."""
        out = [f for j in self.judged for f in j.findings]
        out += [f for o in self.objectives for f in o.findings]
        return sorted(out, key=lambda f: f.row if f.row is not None else -1)

    def by_row(self) -> dict[int, list[Judged]]:
        """Return the judged statements of each table row index."""
        out: dict[int, list[Judged]] = {}
        for j in self.judged:
            out.setdefault(j.item.row, []).append(j)
        return out

    @property
    def first_data_row(self) -> int:
        """Return the index of the first row below the header."""
        cols = self.columns
        return 0 if cols is None or cols.header_row is None else cols.header_row + 1

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "source": self.table.source,
            "sheet": self.table.sheet,
            "kind": self.table.kind,
            "encoding": self.table.encoding,
            "layout": self.items.layout_name,
            "header_row": None
            if self.columns is None or self.columns.header_row is None
            else self.columns.header_row + 1,
            "columns": self.columns.named() if self.columns else {},
            "sharpness": self.sharpness,
            "statements": [j.to_dict(lang) for j in self.judged],
            "objectives": [o.to_dict(lang) for o in self.objectives],
            "owners": self.owners,
            "notes_rows": [self.table.line(r) for r in self.items.notes],
        }


@dataclass
class SheetReport:
    """The result of `check_sheet`: one TableReport per table checked, and what the whole run found."""

    tables: list[TableReport]
    config: Config
    ui_lang: str = "en"
    skipped: list[str] = field(default_factory=list)  # sheets skipped as read-me/lookup sheets
    comparison: Any = None  # a Comparison when --compare was given

    @property
    def judged(self) -> list[Judged]:
        """Return every judged statement of every table."""
        return [j for t in self.tables for j in t.judged]

    @property
    def findings(self) -> list[Finding]:
        """Return every finding of every table."""
        return [f for t in self.tables for f in t.findings]

    def count(self, severity: str) -> int:
        """Return the number of findings of one severity."""
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def labels(self) -> Counter[str]:
        """Return how many statements got each label ('' for unreadable ones)."""
        return Counter(j.label for j in self.judged)

    @property
    def sharpness(self) -> int | None:
        """Return the mean sharpness of the run's key results (see okrcoach.sharpness)."""
        from ..sharpness import mean_sharpness

        return mean_sharpness([j.sharpness for t in self.tables for j in t.judged if scored(j)])

    @property
    def exit_code(self) -> int:
        """Return 1 when findings fail the run under fail_on, else 0."""
        if self.config.fail_on == "never":
            return 0
        if self.count("problem"):
            return 1
        return 1 if self.config.fail_on == "warning" and self.count("warning") else 0

    def to_dict(self) -> dict[str, Any]:
        """Return the whole report as JSON-serialisable data."""
        lang = self.ui_lang
        out = {
            "summary": {
                "statements": len(self.judged),
                "labels": dict(self.labels),
                "problems": self.count("problem"),
                "warnings": self.count("warning"),
                "sharpness": self.sharpness,
                "findings": dict(Counter(f.id for f in self.findings)),
                "exit_code": self.exit_code,
            },
            "tables": [t.to_dict(lang) for t in self.tables],
            "skipped_sheets": self.skipped,
        }
        if self.comparison is not None:
            out["comparison"] = self.comparison.to_dict()
        return out


def scored(j: Judged) -> bool:
    """Return True for the statements a sharpness mean counts: key results and unclaimed statements."""
    return j.item.claimed in ("key_result", None) and bool(j.label)
