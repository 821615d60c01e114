import json
import subprocess
import sys

import pytest

from okrcoach.cli import main


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "okrcoach", *args], input=stdin, capture_output=True, timeout=120)


def test_version_and_help_do_not_import_heavy_libraries():
    code = (
        "import sys; from okrcoach.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('spacy', 'sklearn', 'fugashi', 'skops', 'scipy') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    lines = out.stdout.splitlines()
    assert lines[0].startswith("okrcoach ")
    assert lines[-1] == "", f"heavy imports for --version: {lines[-1]}"


def test_classify_prints_label_and_reasons(capsys):
    assert main(["classify", "Learn SEO", "--no-color"]) == 0
    out = capsys.readouterr().out
    assert "Learn SEO" in out and "task" in out and "No measure" in out


def test_classify_json_is_machine_readable(capsys):
    assert main(["classify", "SEOを学びたい", "解約率を5%から3%に下げる", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["label"] for d in data] == ["task", "key_result"]
    assert data[0]["lang"] == "ja"


def test_classify_reads_a_file_in_shift_jis(tmp_path, capsys):
    path = tmp_path / "okrs.txt"
    path.write_bytes("# comment\nSEOを学びたい\n\n顧客満足度を高める\n".encode("cp932"))
    assert main(["classify", "--file", str(path), "--json"]) == 0
    assert [d["text"] for d in json.loads(capsys.readouterr().out)] == ["SEOを学びたい", "顧客満足度を高める"]


def test_classify_reads_a_utf16_file_from_excel(tmp_path, capsys):
    path = tmp_path / "okrs.txt"
    path.write_bytes("Learn SEO\r\n顧客満足度を高める\r\n".encode("utf-16"))
    assert main(["classify", "--file", str(path), "--json"]) == 0
    assert [d["label"] for d in json.loads(capsys.readouterr().out)] == ["task", "objective"]


def test_binary_file_is_a_one_line_error(tmp_path, capsys):
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x00\x01\x02PK")
    assert main(["classify", "--file", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("okrcoach: error:") and "binary" in err and "Traceback" not in err


def test_missing_file_is_a_one_line_error(capsys):
    assert main(["classify", "--file", "/nonexistent/okrs.txt"]) == 1
    assert "no such file" in capsys.readouterr().err


def test_empty_statement_is_a_one_line_error(capsys):
    assert main(["classify", "  "]) == 1
    assert "empty statement" in capsys.readouterr().err


def test_nothing_to_classify_is_an_error(capsys):
    assert main(["classify"]) == 1
    assert "nothing to classify" in capsys.readouterr().err


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().out


def test_demo_runs_both_languages(capsys):
    assert main(["demo", "--no-color"]) == 0
    out = capsys.readouterr().out
    assert "SEOを学びたい" in out and "タスク" in out and "key result" in out


@pytest.mark.slow
def test_module_entry_point_reads_stdin():
    proc = run("classify", "--file", "-", "--json", stdin=b"Learn SEO\n")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["label"] == "task"
