"""Each layout of the issue, on the example sheets in both languages: claims, objectives and rows."""

from __future__ import annotations

import pytest

import okrcoach
from okrcoach.sheets.check import check_tables
from okrcoach.sheets.config import Config
from okrcoach.sheets.read import read_bytes

from .conftest import EXAMPLE_SHEETS, EXAMPLES


@pytest.fixture(scope="module")
def reports():
    out = {}
    for name, sheet, _, _ in EXAMPLE_SHEETS:
        out[(name, sheet)] = okrcoach.check_sheet(EXAMPLES / name, sheet=sheet)
    return out


@pytest.mark.parametrize(("name", "sheet", "layout", "lang"), EXAMPLE_SHEETS, ids=lambda v: str(v))
def test_example_sheet_is_read_with_its_layout_and_language(reports, name, sheet, layout, lang):
    report = reports[(name, sheet)]
    (table,) = report.tables
    assert table.items.layout_name == layout
    assert report.ui_lang == lang
    assert all(j.label for j in report.judged)
    assert {j.item.claimed for j in report.judged} >= {"objective", "key_result"}
    # every key result sits under an objective of the sheet
    assert all(j.item.objective for j in report.judged if j.item.claimed == "key_result")


def test_layout_1_repeats_the_objective_written_once(reports):
    report = reports[("en_1_key_result_rows.csv", None)]
    objectives = [o.text for o in report.tables[0].objectives]
    assert objectives == [
        "Make onboarding effortless for new accounts",
        "Keep our biggest customers",
        "Grow the community of power users",
    ]
    assert [o.key_results for o in report.tables[0].objectives] == [4, 4, 4]
    # the notes row between two blocks is kept out of the statements but the objective carries on
    notes = report.tables[0].items.notes
    assert [report.tables[0].table.line(n) for n in notes] == [13]


def test_layout_2_objective_rows_own_the_key_result_rows_below(reports):
    report = reports[("en_2_objective_rows.tsv", None)]
    claims = [(j.item.line, j.item.claimed) for j in report.judged]
    assert claims[:2] == [(2, "objective"), (3, "key_result")]
    assert [o.key_results for o in report.tables[0].objectives] == [3, 3, 2]


def test_layout_3_type_words_in_both_languages(reports):
    en = reports[("en_3_typed_rows.csv", None)]
    assert [j.item.claimed for j in en.judged][:6] == [
        "objective",
        "key_result",
        "key_result",
        "key_result",
        "task",
        "task",
    ]
    ja = reports[("ja_3_typed_rows.csv", None)]
    by_text = {j.item.text: j.item.claimed for j in ja.judged}
    assert by_text["客単価を4500円から5200円に上げる"] == "key_result"  # 主要な成果
    assert by_text["地方向けの送料キャンペーンを企画する"] == "task"  # 施策
    assert by_text["物流の基礎を学ぶ"] == "task"  # タスク


def test_layout_3_parent_ids_link_initiatives_to_their_key_result(reports):
    report = reports[("en_3_typed_rows.csv", None)]
    learn = next(j for j in report.judged if j.item.text.startswith("Learn the Japanese"))
    assert learn.item.parent == "KR-2" and learn.why == "KR-2"


def test_layout_4_wide_rows_give_one_statement_per_key_result_column(reports):
    report = reports[("okr_workbook.xlsx", "Marketing (wide)")]
    row4 = [j for j in report.judged if j.item.line == 4]
    assert [j.item.claimed for j in row4] == ["objective", "key_result", "key_result", "key_result"]


def test_every_sheet_of_a_workbook_that_holds_okrs_and_not_the_readme():
    report = okrcoach.check_sheet(EXAMPLES / "okr_workbook.xlsx")
    assert [t.table.sheet for t in report.tables] == ["Marketing (wide)", "開発（ワイド）"]
    assert [s.split("[")[-1] for s in report.skipped] == ["README]", "Lookups]"]


def test_layout_5_markdown_nesting(reports):
    report = reports[("en_5_handbook.md", None)]
    claims = {j.item.text: j.item.claimed for j in report.judged}
    assert claims["Make the platform fast enough that nobody notices it"] == "objective"
    assert claims["Bring p95 API latency from 420 ms to 250 ms by September 30"] == "key_result"
    assert claims["Profile the ten slowest endpoints"] == "task"
    assert "Platform team OKRs, Q3 2026" not in claims


def test_a_statements_own_tag_is_its_claim():
    table = read_bytes(
        "Statement\nObjective 1: Grow revenue\nKR 1.1: Close 10 deals by March\n【KR】解約率を下げる\n".encode(),
        "t.csv",
    )
    report = check_tables([table], Config())
    assert [(j.item.claimed, j.label) for j in report.judged][:2] == [
        ("objective", "objective"),
        ("key_result", "key_result"),
    ]
    assert report.judged[2].item.claimed == "key_result"


def test_a_dataframe_is_checked_like_a_sheet():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"Objective": ["Grow", None], "Key Result": ["Close 10 deals by March", "Learn SEO"]})
    report = okrcoach.check_sheet(df)
    assert [(j.item.claimed, j.label) for j in report.judged] == [
        ("objective", "objective"),
        ("key_result", "key_result"),
        ("key_result", "task"),
    ]
    assert report.judged[2].item.objective_text == "Grow"


def test_layout_2_in_two_columns_objective_alone_on_its_row():
    table = read_bytes(
        b"Objective,Key Result,Owner\nGrow revenue,,Ana\n,Close 10 new deals by March 31,Ana\n"
        b",Raise NPS from 30 to 45,Ben\n"
        b"Hire well,,Cy\n,Hire 4 engineers by June,Cy\n",
        "t.csv",
    )
    report = check_tables([table], Config())
    assert report.tables[0].items.layout_name == "objective_rows"
    assert [(j.item.line, j.item.claimed) for j in report.judged] == [
        (2, "objective"),
        (3, "key_result"),
        (4, "key_result"),
        (5, "objective"),
        (6, "key_result"),
    ]
    assert [o.key_results for o in report.tables[0].objectives] == [2, 1]


def test_layout_3_parent_named_by_its_text():
    table = read_bytes(
        b"Type,Statement,Aligned to\nObjective,Grow revenue,\nObjective,Hire well,\n"
        b"KR,Close 10 new deals by March 31,Grow revenue\nKR,Hire 4 engineers by June,Hire well\n",
        "t.csv",
    )
    report = check_tables([table], Config())
    assert [j.item.objective_text for j in report.judged if j.item.claimed == "key_result"] == [
        "Grow revenue",
        "Hire well",
    ]
