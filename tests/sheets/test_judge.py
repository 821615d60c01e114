"""Judgment: each statement as what it claims, objective structure, learning alignment, settings."""

from __future__ import annotations

import pytest

import okrcoach
from okrcoach.errors import SheetError
from okrcoach.sheets.check import check_tables
from okrcoach.sheets.config import Config, find_config
from okrcoach.sheets.read import read_bytes


def check(csv_text: str, **options) -> okrcoach.SheetReport:
    return check_tables([read_bytes(csv_text.encode("utf-8"), "t.csv")], Config().merged(**options))


def ids(report) -> list[str]:
    return sorted(f.id for f in report.findings)


def by_text(report, text):
    return next(j for j in report.judged if j.item.text == text)


SHEET = """Objective,Key Result,Owner,Due
Grow enterprise revenue,Close 10 new enterprise deals by September 30,Aiko,
,Raise average deal size from $40k to $55k by September 30,Aiko,
,Learn negotiation,Ben,
"""


def test_a_claimed_key_result_that_is_a_task_is_a_problem_with_its_checks_and_a_rewrite():
    report = check(SHEET)
    j = by_text(report, "Learn negotiation")
    assert j.label == "task" and j.item.claimed == "key_result"
    assert [f.id for f in j.findings if f.severity == "problem"] == ["kr_not_measurable"]
    assert "has_measure" in j.issues and "activity_verb" in j.issues
    assert j.suggestion is not None and j.suggestion.text
    assert report.exit_code == 1


def test_sharp_key_results_have_no_findings_and_exit_0():
    report = check("Key Result\nClose 10 new enterprise deals by September 30\nRaise NPS from 30 to 45 by June 30\n")
    assert [j.severity for j in report.judged] == [None, None]
    assert report.exit_code == 0


def test_measurable_objective_is_a_key_result_in_disguise():
    report = check(
        "Type,Statement\nObjective,Raise NPS from 30 to 45 by June 30\nKR,Cut churn from 3% to 2%\nKR,Win 5 new logos\n"
    )
    assert "objective_is_key_result" in ids(report)


def test_initiative_is_expected_to_be_a_task():
    report = check(
        "Type,Statement\nObjective,Delight our customers\nKR,Cut churn from 3% to 2%\nKR,Win 5 logos\n"
        "Initiative,Run a churn interview series\n"
    )
    assert [j.severity for j in report.judged if j.item.claimed == "task"] == [None]


def test_objective_structure_too_few_too_many_and_only_tasks():
    few = check("Objective,Key Result\nGrow,Close 10 deals by March\n")
    assert "too_few_key_results" in ids(few)
    many = "Objective,Key Result\n" + "".join(f"Grow,Close {n} deals in region {n} by March\n" for n in range(1, 8))
    assert "too_many_key_results" in ids(check(many))
    tasks = check("Objective,Key Result\nGrow,Learn SEO\nGrow,Write blog posts\n")
    assert "objective_only_tasks" in ids(tasks)


def test_near_duplicate_key_results_are_reported_on_the_later_row():
    report = check(
        "Objective,Key Result\nGrow,Cut the rollback rate from 8% to 3%\n"
        ",Cut the rollback rate from 8% to 3% this quarter\n"
        ",Raise NPS from 30 to 45\n"
    )
    (dup,) = [f for f in report.findings if f.id == "duplicate_key_results"]
    assert dup.line == 3 and dup.params["rows"] == "2, 3"


def test_similar_but_different_metrics_are_not_duplicates():
    report = check("Objective,Key Result\nGrow,Raise NPS from 30 to 40\n,Raise CSAT from 30 to 40\n")
    assert "duplicate_key_results" not in ids(report)


def test_key_result_without_objective_when_the_sheet_has_objectives():
    report = check(
        "Type,Statement\nKR,Close 10 deals by March\nObjective,Grow revenue\n"
        "KR,Raise NPS from 30 to 45\nKR,Win 5 logos\n"
    )
    (f,) = [f for f in report.findings if f.id == "key_result_without_objective"]
    assert f.line == 2


def test_start_current_target_columns_make_a_key_result_measured():
    report = check(
        "Objective,Key Result,Start,Current,Target\nGrow,Monthly active companies,1800,2100,3000\n,Win 5 logos,,,\n"
    )
    j = by_text(report, "Monthly active companies")
    assert j.measured_by_columns and j.severity is None
    assert j.sharpness >= 70  # criterion, baseline and target from the columns


def test_delivery_key_results_are_accepted_only_when_the_setting_says_so():
    sheet = "Objective,Key Result\nGrow,Launch the partner portal by August 1\n,Win 5 new logos by September\n"
    assert "kr_not_measurable" in ids(check(sheet))
    assert "kr_not_measurable" not in ids(check(sheet, accept_delivery=True))


def test_ignore_select_and_fail_on():
    assert "kr_not_measurable" not in ids(check(SHEET, ignore=["kr_not_measurable"]))
    assert set(ids(check(SHEET, select=["learning_without_why_now"]))) == {"learning_without_why_now"}
    assert check(SHEET, fail_on="never").exit_code == 0
    warn_only = check(SHEET, ignore=["kr_not_measurable"], fail_on="problem")
    assert warn_only.count("problem") == 0 and warn_only.count("warning") > 0 and warn_only.exit_code == 0
    assert check(SHEET, ignore=["kr_not_measurable"], fail_on="warning").exit_code == 1


def test_ignored_check_ids_leave_the_issues_column():
    j = by_text(check(SHEET, ignore=["activity_verb"]), "Learn negotiation")
    assert "activity_verb" not in j.issues and "has_measure" in j.issues


def test_settings_from_okrcoach_toml_or_pyproject_beside_the_sheet(tmp_path):
    sheet = tmp_path / "okrs.csv"
    sheet.write_text(SHEET, "utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.okrcoach]\nignore = ["kr_not_measurable"]\nfail_on = "never"\n', "utf-8"
    )
    assert find_config(sheet).ignore == {"kr_not_measurable"}
    report = okrcoach.check_sheet(sheet)
    assert "kr_not_measurable" not in ids(report) and report.exit_code == 0
    (tmp_path / "okrcoach.toml").write_text('fail-on = "warning"\ntext_column = "Key Result"\n', "utf-8")
    cfg = find_config(sheet)
    assert cfg.fail_on == "warning" and cfg.columns == {"statement": "Key Result"} and not cfg.ignore
    # options given to the call win over the file
    assert okrcoach.check_sheet(sheet, fail_on="never").exit_code == 0


def test_unknown_setting_names_the_file(tmp_path):
    (tmp_path / "okrcoach.toml").write_text("fail_on = 'sometimes'\n", "utf-8")
    with pytest.raises(SheetError, match="okrcoach.toml.*fail_on"):
        find_config(tmp_path / "x.csv")
    (tmp_path / "okrcoach.toml").write_text("colour = 'red'\n", "utf-8")
    with pytest.raises(SheetError, match="unknown setting"):
        find_config(tmp_path / "x.csv")


def test_an_unreadable_cell_gets_an_empty_label_and_its_reason_and_no_row_is_lost():
    report = check("Key Result,Owner\n---,Ana\nClose 10 deals by March,Ben\n" + "x" * 2100 + ",Cy\n")
    assert [j.label for j in report.judged] == ["", "key_result", ""]
    reasons = [f.params["reason"] for f in report.findings if f.id == "unreadable_statement"]
    assert "no words or numbers" in reasons[0] and "2,100 characters" in reasons[1]


LEARNING = """Objective,Key Result,Owner,Due,Supports
Grow enterprise revenue,Close 10 new enterprise deals by September 30,Aiko,,
,Complete a negotiation course by August 31,Aiko,,
,Study for the Salesforce admin exam,Ben,2026-09-01,KR 1.1
Grow my skills,Read 4 books on leadership,Aiko,,
,Take a public speaking class,Aiko,,
"""


def test_learning_why_and_why_now():
    report = check(LEARNING)
    course = by_text(report, "Complete a negotiation course by August 31")
    assert course.learning and course.why == "Grow enterprise revenue" and course.why_now.startswith("by August")
    exam = by_text(report, "Study for the Salesforce admin exam")
    assert exam.why == "KR 1.1" and exam.why_now == "2026-09-01"
    books = by_text(report, "Read 4 books on leadership")
    assert books.why == "" and [f.id for f in books.findings] == ["learning_without_why", "learning_without_why_now"]
    # the suggested link is the same owner's business key result
    assert books.findings[0].params["link"] == "Close 10 new enterprise deals by September 30"


def test_learning_reference_inside_the_text_in_japanese():
    report = check("目標,主要な成果\n技術力を高める,営業KR1.2のため、9月末までに交渉術の講座を2つ修了する\n")
    (j,) = [j for j in report.judged if j.learning]
    assert j.why.startswith("KR1.2") and j.why_now


def test_learning_alone_or_combined_per_objective_and_owner():
    report = check(LEARNING)
    alignment = {o.text: o.learning for o in report.tables[0].objectives}
    assert alignment == {"Grow enterprise revenue": "combined", "Grow my skills": "standalone"}
    owners = report.tables[0].owners
    assert owners["Ben"]["learning_alignment"] == "standalone" and owners["Aiko"]["learning_alignment"] == "combined"


@pytest.mark.parametrize(
    "text",
    [
        "I want to learn SEO",
        "Raise NPS from 30 to 45",
        "Pass JLPT N3",
        "Improve customer satisfaction",
        "Hold weekly 1:1s",
        "解約率を5%から3%に下げる",
        "SEOを学びたい",
        "Close 10 deals by March 31",
        "顧客満足度を向上させる",
    ],
)
def test_issues_from_fired_checks_match_the_explanations(text):
    from okrcoach.explain import reasons
    from okrcoach.sheets.judge import _issues

    v = okrcoach.classify(text)
    explained = list(dict.fromkeys(r.check_id for r in reasons(v) if r.mark in ("fail", "tip")))
    assert _issues(v.label, frozenset(c.id for c in v.checks if c.fired)) == explained


def test_a_repeated_statement_is_classified_once_and_judged_on_every_row():
    report = check("Objective,Key Result,Owner\nGrow,Learn SEO,Ana\nHire,Learn SEO,Ben\n")
    first, second = [j for j in report.judged if j.item.text == "Learn SEO"]
    assert first.verdict is second.verdict
    assert [first.item.owner, second.item.owner] == ["Ana", "Ben"] and first.findings and second.findings
