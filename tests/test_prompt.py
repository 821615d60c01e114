"""`okrcoach try`: statements in, verdicts out; :ja/:en, :board and Ctrl-D."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time

import pytest

from okrcoach.prompt import run_prompt


def _run(lines: str, **kwargs) -> str:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    assert run_prompt(stdin=io.StringIO(lines), out=out, color=False, **kwargs) == 0
    return out.getvalue()


def test_prompt_shows_verdict_checks_and_rewrites():
    text = _run("I want to learn SEO\n")
    assert "task" in text
    assert "Phrased as a wish ('I want to')" in text
    import okrcoach

    top = okrcoach.classify("I want to learn SEO").suggestions[0].text
    assert f"→ {top}" in text  # the top rewrite, as the library gives it


def test_prompt_switches_message_language():
    text = _run(":ja\nI want to learn SEO\n:en\nSEOを学びたい\n")
    first, second = text.split("SEOを学びたい", 1)[0], text.split("Messages in English.", 1)[1]
    assert "タスク" in first and "「I want to」は願望の表現です" in first
    assert "Phrased as a wish ('たい')" in second


def test_prompt_board_groups_statements_by_label():
    text = _run("Learn SEO\nClose 10 new enterprise deals by March 31\nSEOを学びたい\n:board\n")
    assert "key result  1\n    Close 10 new enterprise deals by March 31\n" in text
    assert "task  2\n    Learn SEO\n    SEOを学びたい\n" in text
    assert "objective  0\n" in text


def test_prompt_reports_bad_statements_and_commands_and_goes_on():
    text = _run("!!!\n:what\nLearn SEO\n")
    assert "no words or numbers" in text
    assert "Unknown command ':what'" in text
    assert "task" in text.rsplit("Learn SEO", 1)[1]


def test_prompt_keeps_markup_in_statements_as_text():
    text = _run("[bold red]Close 10 deals[/]\n")
    assert "[bold red]Close 10 deals[/]" in text


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a Linux pseudo-terminal")
def test_prompt_in_a_terminal_recalls_history_with_the_up_arrow():
    import pty

    main, child = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "120", "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "okrcoach", "try"], stdin=child, stdout=child, stderr=child, env=env, close_fds=True
    )
    os.close(child)
    seen = b""

    def read_until(marker: bytes, seconds: float = 60) -> None:
        nonlocal seen
        deadline = time.monotonic() + seconds
        while marker not in seen:
            if time.monotonic() > deadline:
                raise AssertionError(f"no {marker!r} in {seen[-400:]!r}")
            try:
                seen += os.read(main, 4096)
            except OSError:
                break

    try:
        read_until(b"okr> ")
        os.write(main, b"Learn SEO\r")
        read_until(b"Try instead")
        read_until(b"okr> ")
        seen = b""
        os.write(main, b"\x1b[A\r")  # the up arrow brings back "Learn SEO"
        read_until(b"Try instead")
        assert b"Learn SEO" in seen
        read_until(b"okr> ")
        time.sleep(0.2)  # let readline take the terminal before the end-of-input key
        os.write(main, b"\x04")  # Ctrl-D leaves
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(main)
