import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from okrcoach import classify_frame

ROOT = Path(__file__).resolve().parents[1]


def test_classify_frame_adds_columns_and_keeps_rows_and_index():
    df = pd.DataFrame(
        {"text": ["Learn SEO", "Close 10 deals by March 31", "SEOを学びたい"], "owner": ["a", "b", "c"]},
        index=[10, 20, 30],
    )
    out = classify_frame(df, "text")
    assert list(out.index) == [10, 20, 30]
    assert list(out.columns) == ["text", "owner", "okr_label", "okr_confidence", "okr_issues", "okr_suggestion"]
    assert list(out["okr_label"]) == ["task", "key_result", "task"]
    assert "has_measure" in out.loc[10, "okr_issues"]
    assert out.loc[10, "okr_suggestion"].startswith("Complete 3 online courses about SEO")
    assert "okr_label" not in df.columns  # the input is not modified


def test_sharp_key_result_has_no_suggestion():
    out = classify_frame(pd.DataFrame({"t": ["Raise NPS from 30 to 45 by the end of Q3"]}), "t")
    assert out.loc[0, "okr_label"] == "key_result" and out.loc[0, "okr_suggestion"] == ""


def test_blank_and_non_text_cells_are_kept_and_flagged():
    df = pd.DataFrame({"text": ["Learn SEO", "", None, 42.0, "   "]})
    out = classify_frame(df, "text")
    assert len(out) == 5
    assert list(out["okr_label"]) == ["task", "", "", "", ""]
    assert math.isnan(out.loc[1, "okr_confidence"])
    assert out.loc[2, "okr_issues"] == "empty_statement"


def test_unknown_column_names_the_columns():
    with pytest.raises(KeyError, match="columns: text"):
        classify_frame(pd.DataFrame({"text": ["x"]}), "kr")


def test_existing_output_columns_are_not_overwritten():
    with pytest.raises(ValueError, match="okr_label"):
        classify_frame(pd.DataFrame({"text": ["x"], "okr_label": ["y"]}), "text")


@pytest.mark.slow
def test_n_process_gives_the_same_answers():
    texts = ["Learn SEO", "Close 10 deals", "顧客満足度を高める", "Hold weekly 1on1s"] * 5
    one = classify_frame(pd.DataFrame({"t": texts}), "t")
    two = classify_frame(pd.DataFrame({"t": texts}), "t", n_process=2)
    pd.testing.assert_frame_equal(one, two)


@pytest.mark.slow
def test_dask_example_runs_map_partitions():
    pytest.importorskip("dask.dataframe")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "dask_frame.py")], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    assert "key_result" in proc.stdout and "SEOを学びたい" in proc.stdout and "empty_statement" in proc.stdout


def test_cells_without_words_or_over_the_limit_are_flagged_not_fatal():
    df = pd.DataFrame({"kr": ["Close 10 new enterprise deals", "---", "・", "x" * 2001, "Learn SEO"]})
    out = classify_frame(df, "kr")
    assert list(out["okr_label"]) == ["key_result", "", "", "", "task"]
    assert list(out["okr_issues"])[1:4] == ["unreadable_statement"] * 3
