"""okrcoach check on the command line: exit codes, outputs by extension, broken files, CI annotations."""

from __future__ import annotations

import json

import pytest

from .conftest import EXAMPLES


def test_problems_give_exit_1_and_a_summary_with_problems_first(cli):
    run = cli("check", EXAMPLES / "en_1_key_result_rows.csv", "--no-color")
    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[1].startswith("Statements: 15") and "Problems: 5" in lines[1] and "Sharpness: " in lines[1]
    first = next(i for i, line in enumerate(lines) if "problem:" in line)
    warning = next(i for i, line in enumerate(lines) if "warning:" in line)
    assert first < warning
    assert "\033[" not in run.out  # not a terminal: no colour


def test_clean_sheet_exits_0(cli, tmp_path):
    sheet = tmp_path / "ok.csv"
    sheet.write_text(
        "Objective,Key Result\nGrow revenue,Close 10 new deals by March 31\n,Raise NPS from 30 to 45 by June 30\n",
        "utf-8",
    )
    run = cli("check", sheet)
    assert run.code == 0, run.out


def test_fail_on_never_and_warning(cli):
    assert cli("check", EXAMPLES / "en_1_key_result_rows.csv", "--fail-on", "never").code == 0
    run = cli("check", EXAMPLES / "en_1_key_result_rows.csv", "--ignore", "kr_not_measurable", "--fail-on", "warning")
    assert run.code == 1
    assert cli("check", EXAMPLES / "en_1_key_result_rows.csv", "--ignore", "kr_not_measurable").code == 0


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".xlsx", ".json", ".md", ".html"])
def test_each_output_format_by_extension(cli, tmp_path, suffix):
    out = tmp_path / f"report{suffix}"
    run = cli("check", EXAMPLES / "ja_1_key_result_rows_sjis.csv", "-o", out)
    assert run.code == 1 and out.is_file() and out.stat().st_size > 200
    assert run.out == "" and "wrote" in run.err
    if suffix == ".json":
        assert json.loads(out.read_text("utf-8"))["summary"]["problems"] >= 1
    if suffix in (".md", ".html"):
        assert "直すべき記述" in out.read_text("utf-8")  # Japanese sheet: Japanese report by default


def test_several_inputs_and_a_folder_in_one_run(cli, tmp_path):
    out = tmp_path / "all.json"
    run = cli("check", EXAMPLES, "-o", out, "--fail-on", "never")
    assert run.code == 0
    sources = {t["source"].rsplit("/", 1)[-1] for t in json.loads(out.read_text("utf-8"))["tables"]}
    assert {
        "en_1_key_result_rows.csv",
        "ja_2_objective_rows_utf16.tsv",
        "okr_workbook.xlsx",
        "ja_5_handbook.md",
    } <= sources


def test_github_annotations(cli):
    run = cli("check", EXAMPLES / "en_2_objective_rows.tsv", "--format", "github")
    lines = run.out.splitlines()
    assert run.code == 1 and lines
    assert all(line.startswith(("::error file=", "::warning file=")) for line in lines)
    assert any(",line=5,title=okrcoach kr_not_measurable::" in x and "Fix the login bug" in x for x in lines)


def test_json_format_on_stdout(cli):
    run = cli("check", EXAMPLES / "en_5_handbook.md", "--format", "json")
    assert json.loads(run.out)["tables"][0]["layout"] == "markdown"


def test_column_overrides_on_the_command_line(cli, tmp_path):
    sheet = tmp_path / "de.csv"
    sheet.write_text("Ziel,Ergebnis,Wer\nWachsen,Close 10 new deals by March 31,Ana\n,Learn SEO,Ben\n", "utf-8")
    assert cli("check", sheet).code == 2
    run = cli(
        "check",
        sheet,
        "--text-column",
        "Ergebnis",
        "--objective-column",
        "Ziel",
        "--owner-column",
        "Wer",
        "--format",
        "json",
    )
    data = json.loads(run.out)
    assert data["tables"][0]["columns"] == {"statement": "Ergebnis", "objective": "Ziel", "owner": "Wer"}


def test_compare_shows_what_got_sharper_and_worse(cli, tmp_path):
    last = tmp_path / "q2.csv"
    last.write_text(
        "Objective,Key Result,Owner\nGrow,Learn SEO,Ana\n,Close 10 deals by March 31,Ben\n"
        ",Raise NPS from 30 to 45 by June 30,Cy\n",
        "utf-8",
    )
    now = tmp_path / "q3.csv"
    now.write_text(
        "Objective,Key Result,Owner\nGrow,Raise organic sign-ups from 200 to 350 a month by September 30,Ana\n"
        ",Close 10 deals,Ben\n,Raise NPS from 30 to 45 by June 30,Cy\n",
        "utf-8",
    )
    run = cli("check", now, "--compare", last, "--format", "json", "--fail-on", "never")
    c = json.loads(run.out)["comparison"]
    assert [x["before"] for x in c["sharper"]] == ["Learn SEO"]
    assert [x["after"] for x in c["worse"]] == ["Close 10 deals"]
    assert c["sharpness_after"] > c["sharpness_before"]
    text = cli("check", now, "--compare", last).out
    assert "Got sharper 1" in text and "Got worse 1" in text


def test_demo_sheet_checks_the_bundled_examples(cli, tmp_path):
    run = cli("demo", "--sheet", "--no-color")
    assert run.code == 0
    assert "okr_workbook.xlsx [Marketing (wide)]" in run.out and "ja_5_handbook.md" in run.out


@pytest.mark.parametrize(
    "kind",
    [
        "not a spreadsheet",
        "binary csv",
        "zip bomb",
        "entity bomb in a sheet",
        "entity bomb in the workbook",
        "wrong encoding",
        "unclosed quote",
        "markdown without lists",
        "no statement column",
        "missing file",
    ],
)
@pytest.mark.parametrize("suffix", [".csv", ".html"])
def test_broken_file_exit_2_one_line_no_traceback_no_output(cli, broken_files, tmp_path, kind, suffix):
    out = tmp_path / f"out{suffix}"
    run = cli("check", broken_files[kind], "-o", out)
    assert run.code == 2
    assert run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("okrcoach: error: ") and "Traceback" not in run.err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]  # no temporary file left either


def test_broken_file_messages_say_what_is_wrong(cli, broken_files):
    expected = {
        "zip bomb": "zip bomb",
        "entity bomb in a sheet": "entity bomb",
        "wrong encoding": "--encoding",
        "unclosed quote": "never closed",
        "no statement column": "--text-column",
        "not a spreadsheet": "XLSX",
    }
    for kind, words in expected.items():
        assert words in cli("check", broken_files[kind]).err, kind


def test_one_broken_input_among_good_ones_stops_before_writing(cli, broken_files, tmp_path):
    out = tmp_path / "o.json"
    run = cli("check", EXAMPLES / "en_1_key_result_rows.csv", broken_files["unclosed quote"], "-o", out)
    assert run.code == 2 and not out.exists()


def test_unknown_output_type_is_a_usage_error(cli, tmp_path):
    run = cli("check", EXAMPLES / "en_1_key_result_rows.csv", "-o", tmp_path / "o.pdf")
    assert run.code == 2 and "unknown output type" in run.err


def test_the_command_line_runs_as_a_process_without_traceback(tmp_path, broken_files):
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "okrcoach", "check", str(broken_files["entity bomb in a sheet"])],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1


def test_encoding_option_reads_what_detection_refuses(cli, tmp_path):
    sheet = tmp_path / "fr.csv"
    sheet.write_bytes("Objectif,Key Result\nCroître,Close 10 new deals by March 31 (équipe)\n".encode("latin-1"))
    assert cli("check", sheet).code == 2
    run = cli("check", sheet, "--encoding", "latin-1", "--format", "json")
    assert run.code in (0, 1) and json.loads(run.out)["tables"][0]["encoding"] == "latin-1"


def test_objective_problems_are_listed_with_the_statements(cli, tmp_path):
    sheet = tmp_path / "o.csv"
    sheet.write_text("Objective,Key Result\nGrow revenue,Learn SEO\n,Write more blog posts\n", "utf-8")
    run = cli("check", sheet, "--no-color")
    assert "o.csv:2  Objective  Grow revenue" in run.out and "Objective has only tasks" in run.out
    out = tmp_path / "o.html"
    cli("check", sheet, "-o", out)
    assert "Objective has only tasks and no measurable key result." in out.read_text("utf-8")


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_compare_in_the_reports(cli, tmp_path, suffix):
    last = tmp_path / "q2.csv"
    last.write_text("Objective,Key Result\nGrow,Learn SEO\n,Close 10 deals by March 31\n", "utf-8")
    now = tmp_path / "q3.csv"
    now.write_text(
        "Objective,Key Result\nGrow,Raise organic sign-ups from 200 to 350 by September 30\n"
        ",Close 10 deals by March 31\n",
        "utf-8",
    )
    out = tmp_path / f"r{suffix}"
    cli("check", now, "--compare", last, "-o", out)
    text = out.read_text("utf-8")
    assert "Compared with the last cycle" in text and "Got sharper (1)" in text and "Learn SEO" in text


def test_progress_bar_goes_to_stderr_and_is_cleared(capsys):
    from okrcoach.sheets.check import write_progress

    write_progress(256, 1024)
    write_progress(1024, 1024)
    captured = capsys.readouterr()
    assert captured.out == "" and "256/1,024" in captured.err and captured.err.endswith("\r")


def test_no_progress_bar_when_stderr_is_not_a_terminal(cli):
    run = cli("check", EXAMPLES / "en_1_key_result_rows.csv")
    assert "checking" not in run.err and "█" not in run.err


def test_empty_sheet_and_readme_only_workbook_are_input_errors(cli, tmp_path):
    from .conftest import make_xlsx

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\xef\xbb\xbf\r\n")
    run = cli("check", empty)
    assert run.code == 2 and "the sheet is empty" in run.err
    book = make_xlsx(tmp_path / "r.xlsx", [["How to fill in this workbook"]], title="README")
    run = cli("check", book)
    assert run.code == 2 and "no sheet holds OKRs" in run.err


def test_header_only_sheet_checks_nothing_and_passes(cli, tmp_path):
    sheet = tmp_path / "h.csv"
    sheet.write_text("Objective,Key Result,Owner\n", "utf-8")
    run = cli("check", sheet, "-o", tmp_path / "h.out.csv")
    assert run.code == 0 and (tmp_path / "h.out.csv").read_text("utf-8").startswith(
        "Objective,Key Result,Owner,okr_label"
    )
