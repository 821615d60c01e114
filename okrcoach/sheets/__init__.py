"""Batch-check OKR sheets: read CSV/TSV/XLSX/Markdown, judge every statement and objective, write reports.

read.py     files -> Tables (encodings, XLSX guards, Markdown)
columns.py  header row and column roles
layout.py   Tables -> statements with their claimed type, objective and owner
judge.py    verdicts -> findings, objective structure, learning alignment
check.py    check_sheet(): the whole flow
write.py    CSV / XLSX / JSON outputs
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import Config
from .table import SheetError, Table

__all__ = ["Config", "SheetError", "SheetReport", "Table", "check_sheet"]

if TYPE_CHECKING:
    from .check import check_sheet
    from .results import SheetReport


def __getattr__(name: str) -> Any:
    if name == "check_sheet":
        from .check import check_sheet

        return check_sheet
    if name == "SheetReport":
        from .results import SheetReport

        return SheetReport
    raise AttributeError(f"module 'okrcoach.sheets' has no attribute {name!r}")
