"""Reading sheets: encodings, delimiters, header rows, column roles, XLSX sheets and guards, Markdown."""

from __future__ import annotations

import codecs

import pytest

from okrcoach.errors import SheetError
from okrcoach.sheets.columns import detect_columns, detect_header_row
from okrcoach.sheets.read import decode, parse_delimited, read_bytes, read_markdown, read_tables, read_xlsx
from okrcoach.sheets.table import Table

from .conftest import EXAMPLES, make_xlsx

ROWS = "目標,主要な成果,担当者\n売上を伸ばす,新規顧客を10社獲得する,佐藤\n"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (ROWS.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ROWS.encode("utf-8"), "utf-8-sig"),
        (ROWS.encode("utf-16"), "utf-16"),
        (ROWS.encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]), "utf-16"),
        (ROWS.encode("cp932"), "cp932"),
        (ROWS.encode("shift_jis"), "cp932"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp932", "shift_jis"],
)
def test_decode_detects_each_encoding_and_gives_the_same_text(raw, expected):
    text, used = decode(raw, "x.csv")
    assert used == expected
    assert text.lstrip("\ufeff") == ROWS


def test_decode_of_unknown_bytes_names_the_encoding_option():
    with pytest.raises(SheetError, match="--encoding"):
        decode("Qualité, coûts\n".encode("latin-1"), "fr.csv")


def test_decode_with_explicit_encoding_reads_latin_1():
    text, used = decode("Qualité\n".encode("latin-1"), "fr.csv", encoding="latin-1")
    assert (text, used) == ("Qualité\n", "latin-1")


def test_decode_with_an_unknown_encoding_name_says_so():
    with pytest.raises(SheetError, match="unknown encoding 'klingon'"):
        decode(b"x", "a.csv", encoding="klingon")


def test_tsv_is_sniffed_and_quoted_newlines_stay_in_one_cell():
    rows, lines = parse_delimited('a\tb\n"two\nlines"\tx\nlast\ty\n', "t.tsv")
    assert rows == [["a", "b"], ["two\nlines", "x"], ["last", "y"]]
    assert lines == [1, 2, 4]


@pytest.mark.parametrize("text", ['a,b\n"open,x\nmore,y\n', 'a,b\nx,"never closed'])
def test_unclosed_quote_is_an_error_with_its_line(text):
    with pytest.raises(SheetError, match="never closed"):
        parse_delimited(text, "q.csv")


def test_header_row_is_found_below_title_and_blank_rows():
    rows = [
        ["Sales OKRs Q3", "", ""],
        ["", "", ""],
        ["exported 2026-07-01", "", ""],
        ["Objective", "Key Result", "Owner"],
    ]
    assert detect_header_row(rows + [["Grow", "Close 10 deals", "Aiko"]]) == 3


@pytest.mark.parametrize(
    ("headers", "roles"),
    [
        (["Objective", "Key Result", "Owner", "Due date"], {"objective": 0, "statement": 1, "owner": 2, "due": 3}),
        (["目標", "主要な成果", "担当者", "期限"], {"objective": 0, "statement": 1, "owner": 2, "due": 3}),
        (
            ["ID", "種別", "内容", "親KR", "開始値", "現在値", "目標値", "単位"],
            {"id": 0, "type": 1, "statement": 2, "parent": 3, "start": 4, "current": 5, "target": 6, "unit": 7},
        ),
        (
            ["Type", "Title", "Aligned to", "Baseline", "Target"],
            {"type": 0, "statement": 1, "parent": 2, "start": 3, "target": 4},
        ),
        (["KR text", "Supports", "上位目標"], {"statement": 0, "parent": 1}),
    ],
)
def test_column_roles_from_english_and_japanese_headers(headers, roles):
    cols = detect_columns(Table("t.csv", None, "csv", [headers, ["x"] * len(headers)]))
    for role, idx in roles.items():
        assert getattr(cols, role) == idx, role


def test_wide_key_result_columns_are_numbered_columns():
    headers = ["Objective", "Key Result 1", "key_result_2_title", "KR3", "KR①", "Notes"]
    cols = detect_columns(Table("w.csv", None, "csv", [headers, ["o", "a", "b", "c", "d", ""]]))
    assert cols.wide == [1, 2, 3, 4]


def test_column_overrides_by_header_number_and_letter():
    rows = [["Ziel", "Ergebnis", "Wer"], ["Grow", "Close 10 deals", "Ana"]]
    table = Table("de.csv", None, "csv", rows)
    assert detect_columns(table, {"statement": "Ergebnis", "owner": "3"}).statement == 1
    assert detect_columns(table, {"statement": "B", "objective": "A"}).objective == 0


def test_unknown_override_lists_the_headers_seen():
    table = Table("t.csv", None, "csv", [["Objective", "Key Result"], ["a", "b"]])
    with pytest.raises(
        SheetError, match=r"--text-column 'KR text' names no column \(headers seen: Objective, Key Result\)"
    ):
        detect_columns(table, {"statement": "KR text"})


def test_single_column_without_header_is_read_as_statements():
    table = read_bytes(b"Learn SEO\nClose 10 deals by March\n", "list.csv")
    cols = detect_columns(table)
    assert cols.header_row is None and cols.statement == 0


def test_xlsx_keeps_numbers_and_dates_as_values(tmp_path):
    from datetime import date

    path = make_xlsx(tmp_path / "v.xlsx", [["Key Result", "Target", "Due"], ["Close deals", 10, date(2026, 9, 30)]])
    (table,) = read_xlsx(path)
    assert table.rows[1] == ["Close deals", "10", "2026-09-30"]
    assert table.values is not None and table.values[1][1] == 10


def test_xlsx_sheet_by_name_and_unknown_sheet_lists_the_sheets():
    tables = read_tables(EXAMPLES / "okr_workbook.xlsx", sheet="開発（ワイド）")
    assert [t.sheet for t in tables] == ["開発（ワイド）"]
    with pytest.raises(SheetError, match="no sheet named 'Nope'.*README"):
        read_tables(EXAMPLES / "okr_workbook.xlsx", sheet="Nope")


def test_markdown_levels_follow_headings_and_indentation():
    table = read_markdown("# Title\n\n## Objective A\n\n- KR one\n  - task under it\n* KR two\n1. KR three\n")
    assert [r[1:] for r in table.rows[1:]] == [
        ["0", "Title"],
        ["1", "Objective A"],
        ["6", "KR one"],
        ["7", "task under it"],
        ["6", "KR two"],
        ["6", "KR three"],
    ]


def test_markdown_ignores_code_fences_and_strips_emphasis():
    table = read_markdown("## **Grow** revenue\n```\n- not a bullet\n```\n- Close `10` deals\n")
    assert [r[2] for r in table.rows[1:]] == ["Grow revenue", "Close 10 deals"]


def test_tabs_inside_cells_do_not_make_a_csv_a_tsv():
    rows, _ = parse_delimited('Key Result,Owner\n"\t\tindented",Ana\n"a\tb\tc",Ben\n', "t.csv")
    assert rows == [["Key Result", "Owner"], ["\t\tindented", "Ana"], ["a\tb\tc", "Ben"]]


def test_a_txt_export_with_tabs_is_read_as_tsv():
    rows, _ = parse_delimited("Key Result\tOwner\nClose 10 deals, fast\tAna\n", "export.txt")
    assert rows == [["Key Result", "Owner"], ["Close 10 deals, fast", "Ana"]]


def test_markdown_page_with_a_pipe_table_is_read_as_a_sheet():
    page = (
        "# Sales OKRs\n\n| Objective | Key Result | Owner |\n|---|:---:|---|\n"
        "| Grow revenue | Close 10 new deals by March 31 | Ana |\n|  | Learn SEO \\| and SEM | Ben |\n"
    )
    table = read_markdown(page, "okrs.md")
    assert table.kind == "markdown_table"
    assert table.rows == [
        ["Objective", "Key Result", "Owner"],
        ["Grow revenue", "Close 10 new deals by March 31", "Ana"],
        ["", "Learn SEO | and SEM", "Ben"],
    ]
    assert table.line_numbers == [3, 5, 6]
    cols = detect_columns(table)
    assert (cols.objective, cols.statement, cols.owner) == (0, 1, 2)


def test_a_column_named_as_the_statement_is_no_longer_also_the_objective_column():
    table = Table("g.csv", None, "csv", [["目標", "担当"], ["使っていないサブスクを解約する", "佐藤"]])
    cols = detect_columns(table, {"statement": "目標"})  # 目標 alone would be read as the objectives
    assert (cols.statement, cols.objective) == (0, None)


def test_utf8_with_a_pasted_shift_jis_cell_is_an_error_not_mojibake():
    raw = "text\n営業の提案書を見直す\n顧客満足度を上げたい\n".encode() + "新規開拓".encode("cp932") + b"\n"
    with pytest.raises(SheetError, match=r"byte that is not UTF-8 \(byte \d+, line 4\)"):
        decode(raw, "sheet.csv")


def test_shift_jis_alone_is_still_read_as_shift_jis():
    text, encoding = decode("text\n営業の提案書を見直す\n".encode("cp932"), "sheet.csv")
    assert encoding == "cp932" and "提案書" in text
