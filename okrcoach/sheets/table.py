"""The sheet as read: a Table of rows of cells, and SheetError for input that cannot be read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import SheetError

__all__ = ["SheetError", "Table"]


@dataclass
class Table:
    """One table of a file: every row exactly as read, in order.

    `rows` holds each cell as text ("" for an empty cell), `values` the original cell values where they
    are not text (numbers and dates of an XLSX sheet), so that an XLSX report can keep them.
    """

    source: str
    sheet: str | None
    kind: str  # "csv", "tsv", "xlsx", "markdown", "markdown_table" or "frame"
    rows: list[list[str]]
    encoding: str | None = None
    values: list[list[Any]] | None = None
    line_numbers: list[int] = field(default_factory=list)  # 1-based line or row number of each row in the file

    @property
    def name(self) -> str:
        """Return 'file' or 'file [sheet]' for messages."""
        return f"{self.source} [{self.sheet}]" if self.sheet else self.source

    @property
    def width(self) -> int:
        """Return the number of columns of the widest row."""
        return max((len(r) for r in self.rows), default=0)

    def line(self, row: int) -> int:
        """Return the file's 1-based line (CSV) or row (XLSX) number of a row index."""
        return self.line_numbers[row] if self.line_numbers else row + 1
