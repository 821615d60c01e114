"""Shared fixtures of the sheet tests: the example sheets, a CLI runner and broken files."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"

# (file, sheet or None, layout, language)
EXAMPLE_SHEETS = [
    ("en_1_key_result_rows.csv", None, "key_result_rows", "en"),
    ("ja_1_key_result_rows_sjis.csv", None, "key_result_rows", "ja"),
    ("en_2_objective_rows.tsv", None, "objective_rows", "en"),
    ("ja_2_objective_rows_utf16.tsv", None, "objective_rows", "ja"),
    ("en_3_typed_rows.csv", None, "typed_rows", "en"),
    ("ja_3_typed_rows.csv", None, "typed_rows", "ja"),
    ("okr_workbook.xlsx", "Marketing (wide)", "wide", "en"),
    ("okr_workbook.xlsx", "開発（ワイド）", "wide", "ja"),
    ("en_5_handbook.md", None, "markdown", "en"),
    ("ja_5_handbook.md", None, "markdown", "ja"),
]


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys):
    """Run the okrcoach command in-process; return its exit code, stdout and stderr."""
    from okrcoach.cli import main

    def run(*args: str) -> Run:
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def make_xlsx(path: Path, rows: list[list[object]], title: str = "OKRs") -> Path:
    """Write a one-sheet workbook."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def rewrite_part(src: Path, dst: Path, part: str, change) -> Path:
    """Copy a workbook, replacing one part's bytes by change(old bytes)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item.filename, change(data) if item.filename == part else data)
    return dst


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


@pytest.fixture
def broken_files(tmp_path) -> dict[str, Path]:
    """Return one file per kind of broken input, each of which must give exit 2 and one line."""
    files: dict[str, Path] = {}
    p = tmp_path / "not_a_sheet.xlsx"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    files["not a spreadsheet"] = p
    p = tmp_path / "binary.csv"
    p.write_bytes(b"\x00\x01\x02\x03" * 100)
    files["binary csv"] = p
    p = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    files["zip bomb"] = p
    good = make_xlsx(tmp_path / "good.xlsx", [["Key Result"], ["Close 10 new deals by March"]])

    def laugh(data: bytes) -> bytes:
        text = data.decode("utf-8").split("?>", 1)[-1]
        return (BILLION_LAUGHS + text.replace("Close 10 new deals by March", "&lol3;")).encode("utf-8")

    files["entity bomb in a sheet"] = rewrite_part(good, tmp_path / "laughs.xlsx", "xl/worksheets/sheet1.xml", laugh)
    files["entity bomb in the workbook"] = rewrite_part(good, tmp_path / "laughs_wb.xlsx", "xl/workbook.xml", laugh)
    p = tmp_path / "latin1.csv"
    p.write_bytes("Key Result\nAméliorer la qualité, réduire les coûts de 10 %\n".encode("latin-1"))
    files["wrong encoding"] = p
    p = tmp_path / "unclosed.csv"
    p.write_text('Objective,Key Result\nGrow,"Close 10 deals by March\nGrow,Raise NPS from 30 to 40\n', "utf-8")
    files["unclosed quote"] = p
    p = tmp_path / "nothing.md"
    p.write_text("Just a paragraph of prose.\n", "utf-8")
    files["markdown without lists"] = p
    p = tmp_path / "noheader.csv"
    p.write_text("alpha,beta,gamma\n1,2,3\n", "utf-8")
    files["no statement column"] = p
    files["missing file"] = tmp_path / "does_not_exist.csv"
    return files
