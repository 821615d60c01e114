"""The workshop load script, in its short form: every classify answered, no submission lost (loopback only)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_short_workshop_load_answers_everything_and_loses_nothing():
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "workshop_load.py"), "--short", "--json"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert result["errors"] == {}
    assert result["classify_answered"] == result["classify_sent"] > 50
    assert result["submitted"] > 0 and result["lost_submissions"] == 0


def test_load_script_refuses_unbounded_runs():
    for args in (["--participants", "5000"], ["--seconds", "3600"], ["--interval-ms", "1"]):
        done = subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "workshop_load.py"), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2 and "must be" in done.stderr
