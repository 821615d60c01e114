"""Read sheets into Tables: CSV/TSV (with encoding detection), XLSX (read-only, guarded) and Markdown.

Stable entry points: `read_tables(path)`, `read_upload(raw, name)` (any format, from bytes),
`read_bytes(raw, name)`, `decode(raw)`, `parse_delimited(text)`, `read_xlsx(path_or_bytesio)`,
`read_markdown(text)` and `expand_inputs(paths)`. Every failure is a SheetError with a one-line message.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from .table import SheetError, Table

# An XLSX file is a zip: these limits are checked on the sizes its directory declares, before any part
# is decompressed, so a zip bomb is refused without being opened.
MAX_XLSX_BYTES = 50 * 1024 * 1024  # the file itself
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024  # all parts together, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for any part above 1 MiB
MAX_PARTS = 10_000
MAX_TEXT_BYTES = 100 * 1024 * 1024

SHEET_SUFFIXES = {".csv", ".tsv", ".tab", ".txt", ".xlsx", ".xlsm", ".md", ".markdown"}


def read_tables(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None, delimiter: str | None = None
) -> list[Table]:
    """Return the tables of one file (one per XLSX sheet, or the sheet named); raise SheetError if unreadable."""
    p = Path(path)
    if not p.exists():
        raise SheetError(f"{path}: no such file")
    if p.is_dir():
        raise SheetError(f"{path}: is a folder (give files, or let the command line expand folders)")
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(p, sheet=sheet)
    if suffix == ".xls":
        raise SheetError(f"{path}: old binary .xls is not supported; save it as .xlsx or CSV")
    if p.stat().st_size > MAX_TEXT_BYTES:
        raise SheetError(f"{path}: {p.stat().st_size:,} bytes is too large for a sheet of OKRs")
    raw = p.read_bytes()
    if raw.startswith(b"PK\x03\x04"):
        return read_xlsx(p, sheet=sheet)
    return [read_bytes(raw, str(path), encoding=encoding, delimiter=delimiter, markdown=suffix in (".md", ".markdown"))]


def read_upload(raw: bytes, name: str, *, encoding: str | None = None, sheet: str | None = None) -> list[Table]:
    """Return the tables of an uploaded file's bytes (XLSX, CSV, TSV or Markdown, told apart by content and name)."""
    if len(raw) > MAX_TEXT_BYTES:
        raise SheetError(f"{name}: {len(raw):,} bytes is too large for a sheet of OKRs")
    suffix = Path(name).suffix.lower()
    if raw.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        return read_xlsx(io.BytesIO(raw), sheet=sheet, name=name)
    return [read_bytes(raw, name, encoding=encoding, markdown=suffix in (".md", ".markdown"))]


def read_bytes(
    raw: bytes,
    name: str,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    markdown: bool = False,
) -> Table:
    """Return the Table of a CSV, TSV or Markdown file's bytes."""
    text, used = decode(raw, name, encoding=encoding)
    if markdown:
        table = read_markdown(text, name)
        table.encoding = used
        return table
    rows, lines = parse_delimited(text, name, delimiter=delimiter)
    kind = "tsv" if (delimiter or sniff_delimiter(text, name)) == "\t" else "csv"
    return Table(name, None, kind, rows, encoding=used, line_numbers=lines)


def decode(raw: bytes, name: str = "input", *, encoding: str | None = None) -> tuple[str, str]:
    """Return the text and the encoding used: UTF-8 (with or without BOM), UTF-16 with BOM, or Shift_JIS/CP932."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise SheetError(f"{name}: unknown encoding {encoding!r} given to --encoding") from None
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise SheetError(f"{name}: does not decode as {encoding} (byte {exc.start}); check --encoding") from None
    if raw.startswith(codecs.BOM_UTF8):
        return _decode_or_fail(raw[3:], "utf-8", name), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_or_fail(raw, "utf-16", name), "utf-16"
    if b"\x00" in raw:
        raise SheetError(
            f"{name}: not a text sheet (NUL bytes; UTF-16 without a BOM?): save it as CSV/XLSX or pass --encoding"
        )
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        _fail_if_broken_utf8(raw, exc, name)
    try:
        text = raw.decode("cp932")
    except UnicodeDecodeError:
        raise SheetError(
            f"{name}: not UTF-8, UTF-16 or Shift_JIS/CP932 text; pass --encoding (for example --encoding latin-1)"
        ) from None
    if not _looks_japanese(text):
        raise SheetError(f"{name}: not UTF-8, and not clearly Shift_JIS either; pass --encoding to say which it is")
    return text, "cp932"


def _fail_if_broken_utf8(raw: bytes, exc: UnicodeDecodeError, name: str) -> None:
    """Raise when text that fails as UTF-8 is still mostly UTF-8 (a cell pasted from elsewhere, a file cut
    mid-character): read as Shift_JIS it would turn every Japanese word into mojibake without a word said.
    Shift_JIS bytes read as UTF-8 give almost nothing but replacement characters, so UTF-8 that decodes
    into at least twice as many real characters beyond ASCII as broken bytes is taken as broken UTF-8."""
    text = raw.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    real = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if real >= 2 * broken:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise SheetError(
            f"{name}: UTF-8 text with a byte that is not UTF-8 (byte {exc.start}, line {line}); "
            "fix that cell and save again as UTF-8, or pass --encoding"
        )


def _decode_or_fail(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SheetError(
            f"{name}: starts with a {encoding} byte-order mark but does not decode (byte {exc.start}); pass --encoding"
        ) from None


def _looks_japanese(text: str) -> bool:
    """Return True when bytes read as CP932 give mostly kana/kanji, not mojibake of another code page."""
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return True
    japanese = sum(
        1 for c in non_ascii if "\u3000" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"
    )
    # Latin-1 or Windows-1252 bytes often decode as CP932 kanji; real Japanese text has kana or Japanese punctuation
    kana = any("\u3001" <= c <= "\u30ff" for c in non_ascii)
    return kana and japanese / len(non_ascii) >= 0.8


def sniff_delimiter(text: str, name: str = "") -> str:
    """Return the delimiter: tab for .tsv/.tab, comma for .csv unless only tabs split it, else what splits more.

    Cells are split as a CSV reader splits them, so tabs or commas inside quoted cells never count.
    """
    suffix = Path(name).suffix.lower()
    if suffix in (".tsv", ".tab"):
        return "\t"

    def widest(sep: str) -> int:
        head = text[:8192]
        try:
            rows = list(csv.reader(io.StringIO(head, newline=""), delimiter=sep))[:20]
        except csv.Error:
            return 0
        return max((len(r) for r in rows), default=0) * 1000 + sum(len(r) for r in rows)  # widest, then most cells

    comma, tab = widest(","), widest("\t")
    if suffix == ".csv":
        return "\t" if comma < 2000 <= tab else ","  # a .csv is split by commas unless only tabs split it
    return "\t" if tab > comma else ","


def parse_delimited(
    text: str, name: str = "input", *, delimiter: str | None = None
) -> tuple[list[list[str]], list[int]]:
    """Return the rows of CSV/TSV text and the 1-based line on which each row starts; SheetError on a broken quote."""
    sep = delimiter or sniff_delimiter(text, name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1
    try:
        for row in reader:
            rows.append(row)
            lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        if "EOF" in str(exc) or "unexpected end of data" in str(exc):
            raise SheetError(f"{name}: a quoted cell opened at line {start} is never closed") from None
        raise SheetError(f"{name}: line {reader.line_num}: {exc}") from None
    if rows and reader.line_num and _unclosed_quote(text, sep):
        raise SheetError(f"{name}: a quoted cell opened at line {lines[-1]} is never closed")
    return rows, lines


def _unclosed_quote(text: str, sep: str) -> bool:
    """Return True when the last row swallowed the rest of the file inside an open quote."""
    # csv with strict=True raises on most broken quotes; an open quote at the very end reads to EOF silently.
    in_quote = False
    at_cell_start = True
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if in_quote:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    i += 1
                else:
                    in_quote = False
        elif c == '"' and at_cell_start:
            in_quote = True
        at_cell_start = (not in_quote) and c in (sep, "\n", "\r")
        i += 1
    return in_quote


def _check_zip(path: Path | io.BytesIO, name: str) -> None:
    """Refuse an XLSX whose declared sizes make it a zip bomb, before anything is decompressed."""
    size = path.getbuffer().nbytes if isinstance(path, io.BytesIO) else path.stat().st_size
    if size > MAX_XLSX_BYTES:
        raise SheetError(f"{name}: {size:,} bytes is too large for a workbook of OKRs (limit {MAX_XLSX_BYTES:,})")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SheetError(f"{name}: not a readable XLSX workbook ({exc})") from None
    if len(infos) > MAX_PARTS:
        raise SheetError(f"{name}: the workbook has {len(infos):,} parts; refused as a possible zip bomb")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED_BYTES:
        raise SheetError(f"{name}: unzips to {total:,} bytes; refused as a possible zip bomb")
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise SheetError(
                f"{name}: part {info.filename} expands {info.file_size // max(info.compress_size, 1):,} times; "
                "refused as a possible zip bomb"
            )
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise SheetError(f"{name}: a zip file but not an XLSX workbook")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path: str | Path | io.BytesIO, *, sheet: str | None = None, name: str | None = None) -> list[Table]:
    """Return one Table per worksheet (or the one named), read with openpyxl in read-only mode.

    path may be a file or the bytes of an upload in a BytesIO (then name is used in messages).
    """
    p = path if isinstance(path, io.BytesIO) else Path(path)
    label = name or str(path)
    _check_zip(p, label)
    try:
        import defusedxml  # noqa: F401  (openpyxl uses it when installed: entity bombs are refused)
        import openpyxl
    except ImportError as exc:  # pragma: no cover - both are dependencies
        raise SheetError(f"reading XLSX needs {exc.name}: pip install openpyxl defusedxml") from None
    try:
        wb = openpyxl.load_workbook(p, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken parts; none of them is a bug of ours
        raise SheetError(f"{label}: not a readable XLSX workbook ({_short(exc)})") from None
    try:
        names = wb.sheetnames
        if sheet is not None and sheet not in names:
            raise SheetError(f"{label}: no sheet named {sheet!r} (sheets: {', '.join(names)}); check --sheet")
        tables = []
        for title in [sheet] if sheet is not None else names:
            ws = wb[title]
            values: list[list[Any]] = []
            try:
                for row in ws.iter_rows(values_only=True):
                    values.append(list(row))
            except Exception as exc:
                raise SheetError(f"{label} [{title}]: unreadable sheet ({_short(exc)})") from None
            while values and all(v is None for v in values[-1]):
                values.pop()
            rows = [[_cell_text(v) for v in row] for row in values]
            tables.append(Table(label, title, "xlsx", rows, values=values, line_numbers=list(range(1, len(rows) + 1))))
        return tables
    finally:
        wb.close()


def _short(exc: BaseException) -> str:
    """Return one line about an exception from openpyxl, naming an XML entity bomb when that is the cause."""
    cause: BaseException | None = exc
    while cause is not None:
        if type(cause).__name__ in ("EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden"):
            return "its XML declares entities, refused as a possible entity bomb"
        cause = cause.__cause__ or cause.__context__
    text = f"{type(exc).__name__}: {exc}".splitlines()[0]
    return text[:160]


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+•・]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*)$")

MARKDOWN_COLUMNS = ["line", "level", "statement"]


def read_markdown(text: str, name: str = "input") -> Table:
    """Return a Table of a Markdown page's headings and bullets: one row per item, with its nesting level.

    Columns: line (1-based), level (headings 1-6 as 0-5, bullets 6 + indentation steps), statement.
    The structure (objective heading, key results below, initiatives nested) is read by the layout step.
    A page with no bullets but a pipe table gives that table instead (kind "markdown_table"), read as a sheet.
    """
    rows: list[list[str]] = [list(MARKDOWN_COLUMNS)]
    lines: list[int] = [0]
    fence = False
    indents: list[int] = []
    pipe_rows: list[list[str]] = []
    pipe_lines: list[int] = []
    bullets = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
            continue
        if fence or not line.strip():
            continue
        if line.lstrip().startswith("|"):
            if not _PIPE_RULE.match(line):
                pipe_rows.append(_pipe_cells(line))
                pipe_lines.append(number)
            continue
        m = _HEADING.match(line)
        if m:
            indents.clear()
            rows.append([str(number), str(len(m.group(1)) - 1), _strip_md(m.group(2))])
            lines.append(number)
            continue
        m = _BULLET.match(line.expandtabs(4))
        if m:
            indent = len(m.group(1))
            while indents and indents[-1] > indent:
                indents.pop()
            if not indents or indents[-1] < indent:
                indents.append(indent)
            rows.append([str(number), str(6 + len(indents) - 1), _strip_md(m.group(2))])
            lines.append(number)
            bullets += 1
    if not bullets and len(pipe_rows) >= 2:
        # a page that keeps its OKRs in a pipe table: read the table like a sheet (header, columns, layouts 1-4)
        return Table(name, None, "markdown_table", pipe_rows, encoding="utf-8", line_numbers=pipe_lines)
    if len(rows) == 1:
        raise SheetError(f"{name}: no headings or bullet lists in this Markdown file")
    return Table(name, None, "markdown", rows, encoding="utf-8", line_numbers=lines)


_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _pipe_cells(line: str) -> list[str]:
    """Return the cells of a Markdown table row (a backslash-escaped pipe stays in its cell)."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [_strip_md(c.replace("\\|", "|")) for c in re.split(r"(?<!\\)\|", inner)]


def _strip_md(text: str) -> str:
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text).strip()


def expand_inputs(inputs: list[str]) -> list[Path]:
    """Return the sheet files named, with folders replaced by the sheets inside them (sorted)."""
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in SHEET_SUFFIXES and not f.name.startswith(".")
            )
            if not found:
                raise SheetError(f"{item}: no CSV, TSV, XLSX or Markdown files in this folder")
            out.extend(found)
        else:
            out.append(p)
    return out
