"""Write a SheetReport as CSV, TSV, XLSX or JSON (Markdown and HTML come from okrcoach.report).

Stable entry points: `OUTPUT_COLUMNS`, `neutralise(cell)`, `row_fields(table_report)`, `output_rows(table_report)`,
`write_csv`, `write_xlsx`, `write_json`, `write_report(report, path)` (by extension), `report_bytes(report, suffix)`
and `atomic_write`.
Every file is written to a temporary file beside the target and renamed, so a failure leaves no half file.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from .results import Judged, SheetReport, TableReport
from .table import SheetError

OUTPUT_COLUMNS: tuple[str, ...] = (
    "okr_label",
    "okr_claimed",
    "okr_confidence",
    "okr_sharpness",
    "okr_issues",
    "okr_suggestion",
    "okr_why",
    "okr_why_now",
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[-+]?\d+(?:[.,]\d+)*%?$")
PROBLEM_FILL, WARNING_FILL = "FFC7CE", "FFEB9C"
REPORT_SUFFIXES = (".csv", ".tsv", ".xlsx", ".json", ".md", ".html", ".htm")


def neutralise(cell: str) -> str:
    """Return a cell that no spreadsheet will run as a formula: a leading = + - @ tab or CR gets a quote mark.

    Plain numbers ("-5", "+3.5%") are left alone: they are values, not formulas.
    """
    if cell and cell.startswith(FORMULA_START) and not _PLAIN_NUMBER.match(cell):
        return "'" + cell
    return cell


def _join(parts: list[str], sep: str = " | ") -> str:
    return sep.join(p for p in parts if p) if any(parts) else ""


def _header(headers: list[str], j: Judged) -> str:
    return headers[j.item.column] if j.item.column < len(headers) else f"column {j.item.column + 1}"


def row_fields(report: TableReport) -> dict[int, dict[str, str]]:
    """Return, per table row index holding statements, the value of each output column.

    A row holding several statements (a wide sheet) lists them in column order, each prefixed by its header.
    """
    out: dict[int, dict[str, str]] = {}
    headers = report.columns.headers if report.columns else []
    statement_col = report.columns.statement if report.columns and not report.columns.wide else None
    for row, all_judged in report.by_row().items():
        # a row's own statement fills the columns; an objective written on the same row adds its findings only
        judged = [j for j in all_judged if j.item.column == statement_col] or all_judged
        extra = [j for j in all_judged if j not in judged]
        many = len(judged) > 1

        def tag(j: Judged, value: str, many: bool = many) -> str:
            return f"{_header(headers, j)}: {value}" if many and value else value

        out[row] = {
            "okr_label": _join([tag(j, j.label) for j in judged]),
            "okr_claimed": _join([tag(j, j.item.claimed or "") for j in judged]),
            "okr_confidence": _join([tag(j, "" if j.confidence is None else f"{j.confidence:.2f}") for j in judged]),
            "okr_sharpness": _join([tag(j, str(j.sharpness) if j.label else "") for j in judged]),
            "okr_issues": _join(
                [tag(j, ",".join([f.id for f in j.findings] + j.issues)) for j in judged]
                + [f"{_header(headers, j)}: {','.join(f.id for f in j.findings)}" for j in extra if j.findings]
            ),
            "okr_suggestion": _join([tag(j, j.suggestion.text if j.suggestion else "") for j in judged]),
            "okr_why": _join([tag(j, j.why) for j in judged if j.learning]),
            "okr_why_now": _join([tag(j, j.why_now) for j in judged if j.learning]),
        }
    # objective-level findings go on the objective's row
    for o in report.objectives:
        if o.row is not None and o.findings:
            fields = out.setdefault(o.row, dict.fromkeys(OUTPUT_COLUMNS, ""))
            ids = ",".join(f.id for f in o.findings)
            fields["okr_issues"] = _join([fields["okr_issues"], ids], ",")
    return out


def output_rows(report: TableReport) -> list[list[str]]:
    """Return the table's rows, each padded to the table's width and followed by the output columns.

    The header row gets the output column names; rows above it (titles) and rows without statements get
    empty output cells. A table read without a header row gets one ("statement" and the output names).
    """
    table = report.table
    width = table.width
    fields = row_fields(report)
    header_row = report.columns.header_row if report.columns else 0
    rows: list[list[str]] = []
    if header_row is None:
        rows.append(["statement", *[""] * (width - 1), *OUTPUT_COLUMNS])
    for i, row in enumerate(table.rows):
        padded = list(row) + [""] * (width - len(row))
        if i == header_row:
            rows.append(padded + list(OUTPUT_COLUMNS))
        else:
            f = fields.get(i)
            rows.append(padded + ([f[c] for c in OUTPUT_COLUMNS] if f else [""] * len(OUTPUT_COLUMNS)))
    return rows


def severity_of_rows(report: TableReport) -> dict[int, str]:
    """Return the worst severity (problem, warning) of each row that has one."""
    out: dict[int, str] = {}
    for f in report.findings:
        if f.row is None or f.severity not in ("problem", "warning"):
            continue
        if out.get(f.row) != "problem":
            out[f.row] = f.severity
    return out


@contextlib.contextmanager
def atomic_write(path: str | Path, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """Open a temporary file beside path, and rename it over path only when the block succeeds."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise SheetError(f"{path}: the folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600 files; a report is an ordinary file
    try:
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _csv_encoding(report: TableReport) -> str:
    # Excel opens UTF-8 without a BOM as its local code page: keep the BOM for sheets that came from Excel
    return (
        "utf-8-sig"
        if report.table.encoding in ("utf-8-sig", "utf-16", "cp932") or report.table.kind == "xlsx"
        else "utf-8"
    )


def write_csv(report: SheetReport, path: str | Path, *, delimiter: str = ",") -> None:
    """Write the one table of a report as CSV (or TSV): input rows and columns unchanged, output columns added."""
    if len(report.tables) != 1:
        raise SheetError(
            f"{path}: {len(report.tables)} sheets were checked; a CSV holds one: write .xlsx, .json, .md or .html"
        )
    table_report = report.tables[0]
    with atomic_write(path, "w", encoding=_csv_encoding(table_report), newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        for row in output_rows(table_report):
            writer.writerow([neutralise(c) for c in row])


def csv_text(report: TableReport, *, delimiter: str = ",") -> str:
    """Return the CSV text of one table's output (for web pages and notebooks)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in output_rows(report):
        writer.writerow([neutralise(c) for c in row])
    return buf.getvalue()


def _sheet_title(name: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "_", name)[:28] or "Sheet"
    title, n = base, 2
    while title.lower() in used:
        title = f"{base[:25]}~{n}"
        n += 1
    used.add(title.lower())
    return title


def write_xlsx(report: SheetReport, path: str | Path) -> None:
    """Write every table as a worksheet: values kept (numbers stay numbers), output columns added, problems filled."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook(write_only=False)
    wb.remove(wb.active)
    used: set[str] = set()
    fills = {
        "problem": PatternFill("solid", fgColor=PROBLEM_FILL),
        "warning": PatternFill("solid", fgColor=WARNING_FILL),
    }
    for tr in report.tables:
        ws = wb.create_sheet(_sheet_title(tr.table.sheet or Path(tr.table.source).stem, used))
        rows = output_rows(tr)
        values = tr.table.values
        header_row = tr.columns.header_row if tr.columns else 0
        offset = 1 if header_row is None else 0
        severity = severity_of_rows(tr)
        width = tr.table.width
        for i, row in enumerate(rows):
            src = i - offset
            out: list[Any] = []
            for j, cell in enumerate(row):
                original = (
                    values[src][j]
                    if values is not None and 0 <= src < len(values) and j < len(values[src]) and j < width
                    else None
                )
                value: Any = original if original is not None and not isinstance(original, str) else cell
                out.append(neutralise(value) if isinstance(value, str) else value)
            ws.append([None if v == "" else v for v in out])
            sev = severity.get(src)
            if sev:
                for c in ws[ws.max_row]:
                    c.fill = fills[sev]
            if src == header_row:
                for c in ws[ws.max_row]:
                    c.font = Font(bold=True)
    with atomic_write(path, "wb") as fh:
        wb.save(fh)


def write_json(report: SheetReport, path: str | Path) -> None:
    """Write the whole report as JSON: summary, every statement, objective and owner findings."""
    with atomic_write(path, "w", encoding="utf-8") as fh:
        json.dump(report.to_dict(), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def _write_text(render: Callable[[SheetReport], str]) -> Callable[[SheetReport, str | Path], None]:
    def write(report: SheetReport, path: str | Path) -> None:
        text = render(report)
        with atomic_write(path, "w", encoding="utf-8") as fh:
            fh.write(text)

    return write


def report_bytes(report: SheetReport, suffix: str) -> bytes:
    """Return a report in the format of an extension (.csv .tsv .xlsx .json .md .html) as bytes, for web pages."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"report{suffix.lower()}"
        write_report(report, path)
        return path.read_bytes()


def write_report(report: SheetReport, path: str | Path) -> None:
    """Write the report in the format its extension names: .csv .tsv .xlsx .json .md .html."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        write_csv(report, path)
    elif suffix == ".tsv":
        write_csv(report, path, delimiter="\t")
    elif suffix == ".xlsx":
        write_xlsx(report, path)
    elif suffix == ".json":
        write_json(report, path)
    elif suffix == ".md":
        from ..report.sheets.markdown import render_markdown

        _write_text(render_markdown)(report, path)
    elif suffix in (".html", ".htm"):
        from ..report.sheets.html import render_html

        _write_text(render_html)(report, path)
    else:
        raise SheetError(f"{path}: unknown output type; use one of {', '.join(REPORT_SUFFIXES)}")
