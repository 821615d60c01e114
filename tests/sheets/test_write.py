"""Outputs: CSV/TSV/XLSX keep every input row and column in order; JSON, Markdown and HTML; formulas neutralised."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import okrcoach
from okrcoach.errors import SheetError
from okrcoach.sheets.check import check_tables
from okrcoach.sheets.config import Config
from okrcoach.sheets.read import read_bytes
from okrcoach.sheets.write import OUTPUT_COLUMNS, atomic_write, neutralise, write_report

from .conftest import EXAMPLE_SHEETS, EXAMPLES


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("-5", "-5"),
        ("+3.5%", "+3.5%"),
        ("Raise NPS", "Raise NPS"),
        ("", ""),
    ],
)
def test_neutralise(cell, safe):
    assert neutralise(cell) == safe


def _read_csv(path, encoding="utf-8-sig", delimiter=","):
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


@pytest.mark.parametrize(
    ("name", "sheet", "layout", "lang"), [s for s in EXAMPLE_SHEETS if s[0] != "okr_workbook.xlsx"]
)
def test_csv_output_has_every_input_row_and_column_in_order(tmp_path, name, sheet, layout, lang):
    report = okrcoach.check_sheet(EXAMPLES / name)
    out = tmp_path / "out.csv"
    write_report(report, out)
    rows = _read_csv(out)
    table = report.tables[0].table
    assert len(rows) == len(table.rows)
    header_row = report.tables[0].columns.header_row if report.tables[0].columns else 0
    assert rows[header_row][-len(OUTPUT_COLUMNS) :] == list(OUTPUT_COLUMNS)
    for original, written in zip(table.rows, rows, strict=True):
        padded = original + [""] * (table.width - len(original))
        assert written[: table.width] == [neutralise(c) for c in padded]
    labels = [r[table.width] for r in rows if r[table.width] and r[table.width] != "okr_label"]
    assert labels, "some rows got a label"


def test_formulas_in_the_input_are_neutralised_in_csv_and_xlsx(tmp_path):
    report = okrcoach.check_sheet(EXAMPLES / "en_1_key_result_rows.csv")
    write_report(report, tmp_path / "o.csv")
    text = (tmp_path / "o.csv").read_text("utf-8")
    assert "'=ask finance for the account list" in text and ",=ask" not in text
    assert "'+0.3 since June" in text
    write_report(report, tmp_path / "o.xlsx")
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "o.xlsx").active
    values = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "'=ask finance for the account list" in values
    assert not any(v.startswith(("=", "+", "@")) for v in values)


def test_tsv_output_and_utf16_input(tmp_path):
    report = okrcoach.check_sheet(EXAMPLES / "ja_2_objective_rows_utf16.tsv")
    write_report(report, tmp_path / "o.tsv")
    rows = _read_csv(tmp_path / "o.tsv", delimiter="\t")
    assert rows[0][:4] == ["番号", "内容", "担当", "期限"] and rows[0][4] == "okr_label"
    assert len(rows) == len(report.tables[0].table.rows)


def test_xlsx_output_keeps_values_adds_columns_and_fills_problem_rows(tmp_path):
    from openpyxl import load_workbook

    report = okrcoach.check_sheet(EXAMPLES / "okr_workbook.xlsx")
    out = tmp_path / "o.xlsx"
    write_report(report, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Marketing (wide)", "開発（ワイド）"]
    ws = wb["Marketing (wide)"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[2][:7] == ["Objective", "Owner", "Quarter", "Key Result 1", "Key Result 2", "KR3", "Confidence"]
    assert rows[2][7:] == list(OUTPUT_COLUMNS)
    assert rows[3][2] == 3 and rows[3][6] == 0.6  # numbers stay numbers
    fills = {r[0].row: r[0].fill.fgColor.rgb for r in ws.iter_rows(min_row=4) if r[0].fill.fill_type == "solid"}
    assert fills and all(rgb.endswith(("FFC7CE", "FFEB9C")) for rgb in fills.values())
    from datetime import datetime

    assert isinstance(wb["開発（ワイド）"]["C2"].value, datetime)  # dates stay dates


def test_json_output_holds_rows_and_objective_findings(tmp_path):
    report = okrcoach.check_sheet(EXAMPLES / "en_3_typed_rows.csv")
    write_report(report, tmp_path / "o.json")
    data = json.loads((tmp_path / "o.json").read_text("utf-8"))
    assert data["summary"]["statements"] == len(report.judged)
    assert data["summary"]["problems"] == report.count("problem")
    table = data["tables"][0]
    assert table["layout"] == "typed_rows" and table["columns"]["type"] == "Type"
    assert any(f["id"] == "too_few_key_results" for o in table["objectives"] for f in o["findings"])
    assert all("sharpness" in s for s in table["statements"])


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_markdown_report_problems_first_and_slots_in_bold(tmp_path, lang):
    report = okrcoach.check_sheet(EXAMPLES / "en_1_key_result_rows.csv", ui_lang=lang)
    write_report(report, tmp_path / "o.md")
    text = (tmp_path / "o.md").read_text("utf-8")
    heading = {"en": "## Statements to fix, problems first", "ja": "## 直すべき記述（問題から順に）"}[lang]
    assert heading in text
    assert text.index(heading) < text.index({"en": "## By label", "ja": "## 判定別"}[lang])
    assert "Redesign the welcome email sequence" in text and "**" in text
    assert {"en": "## Learning alignment", "ja": "## 学習と事業のつながり"}[lang] in text


def test_markdown_cells_cannot_break_the_table():
    table = read_bytes(b"Key Result\nLearn SEO | and <b>HTML</b>\n", "t.csv")
    from okrcoach.report.sheets.markdown import render_markdown

    text = render_markdown(check_tables([table], Config()))
    assert "Learn SEO \\| and &lt;b&gt;HTML&lt;/b&gt;" in text


def test_html_report_escapes_everything_and_requests_nothing(tmp_path):
    nasty = '<script>alert(1)</script> Learn "SEO" & <img src=x onerror=alert(2)>'
    table = read_bytes(
        f'Objective,Key Result,Owner\n<b>Grow</b>,"{nasty.replace(chr(34), chr(34) * 2)}",<i>Ana</i>\n'.encode(),
        "t.csv",
    )
    from okrcoach.report.sheets.html import render_html

    page = render_html(check_tables([table], Config()))
    assert "<script>" not in page and "<img" not in page and "<b>Grow" not in page and "<i>Ana" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in page
    assert "default-src 'none'" in page and "<svg" in page


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_html_report_in_each_interface_language(lang):
    from okrcoach.report.sheets.html import render_html

    report = okrcoach.check_sheet(EXAMPLES / "ja_3_typed_rows.csv", ui_lang=lang)
    page = render_html(report)
    assert f'<html lang="{lang}">' in page
    assert {"en": "Learning alignment", "ja": "学習と事業のつながり"}[lang] in page
    assert '<mark title="' in page  # example values of a rewrite are highlighted


def test_csv_of_several_sheets_is_refused_and_no_file_is_left(tmp_path):
    report = okrcoach.check_sheet(EXAMPLES / "okr_workbook.xlsx")
    with pytest.raises(SheetError, match="a CSV holds one"):
        write_report(report, tmp_path / "o.csv")
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_leaves_nothing_when_writing_fails(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("previous", "utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write("half")
        raise RuntimeError("disk full")
    assert target.read_text("utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


# cells from an alphabet that cannot spell a header word, with everything that breaks naive CSV writers
CELL = st.text(alphabet=st.sampled_from(list("xyzq19 ,\"'\n\r\t=+-@;|あ漢🟢")), max_size=12)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.lists(CELL, min_size=0, max_size=4), min_size=0, max_size=8),
    title=st.booleans(),
)
def test_no_row_is_lost_or_reordered(tmp_path_factory, rows, title):
    header = ["Key Result", "Owner", "Notes"]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if title:
        writer.writerow(["Team OKRs"])
    writer.writerow(header)
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("p") / "t.csv"
    path.write_text(buf.getvalue(), "utf-8")
    report = okrcoach.check_sheet(path)
    write_report(report, path.with_name("o.csv"))
    written = _read_csv(path.with_name("o.csv"), "utf-8")
    table = report.tables[0].table
    expected = list(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert table.rows == expected
    assert len(written) == len(expected)
    for original, out in zip(expected, written, strict=True):
        padded = original + [""] * (table.width - len(original))
        assert out[: table.width] == [neutralise(c) for c in padded]
        assert len(out) == table.width + len(OUTPUT_COLUMNS)


@pytest.mark.parametrize("name", ["okr_workbook.xlsx", "ja_1_key_result_rows_sjis.csv", "en_5_handbook.md"])
def test_uploads_are_read_from_bytes_and_reports_come_back_as_bytes(name):
    from okrcoach.sheets.read import read_upload
    from okrcoach.sheets.write import report_bytes

    tables = read_upload((EXAMPLES / name).read_bytes(), name)
    assert tables and all(t.source == name for t in tables)
    report = check_tables(tables, Config())
    assert report_bytes(report, ".json").startswith(b"{")
    assert report_bytes(report, ".xlsx")[:2] == b"PK"
    assert b"<!DOCTYPE html>" in report_bytes(report, ".html")


def test_an_uploaded_zip_bomb_is_refused_before_unzipping(broken_files):
    from okrcoach.sheets.read import read_upload

    with pytest.raises(SheetError, match="zip bomb"):
        read_upload(broken_files["zip bomb"].read_bytes(), "upload.xlsx")
