"""`okrcoach serve` as a user runs it: a real process on loopback, stopped with Ctrl-C, resumed with its board."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from okrcoach.cli import main

from .conftest import PARTICIPANT
from .live import free_port


def _start(port: int, db: Path, *extra: str) -> tuple[subprocess.Popen[str], str, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "okrcoach", "serve", "--port", str(port), "--db", str(db), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={"PYTHONUNBUFFERED": "1", "PATH": "/usr/bin:/bin", "HOME": str(db.parent)},
    )
    assert proc.stdout is not None
    printed = ""
    for line in proc.stdout:
        printed += line
        if "Ctrl-C stops" in line:
            break
    room = re.search(r"room code:\s+(\S+)", printed)
    key = re.search(r"key=(\S+)", printed)
    assert room and key, printed
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline and proc.poll() is None, printed
        time.sleep(0.1)
    return proc, room.group(1), key.group(1)


def _stop(proc: subprocess.Popen[str]) -> int:
    proc.send_signal(signal.SIGINT)
    try:
        return proc.wait(20)
    finally:
        if proc.poll() is None:
            proc.kill()


@pytest.mark.slow
def test_a_restarted_server_with_resume_shows_the_board_it_had(tmp_path):
    db = tmp_path / "workshops.db"
    port = free_port()
    proc, room, key = _start(port, db, "--title", "Design studio")
    try:
        url = f"http://127.0.0.1:{port}"
        body = {"text": "Learn SEO", "participant": PARTICIPANT, "name": "Aki"}
        assert httpx.post(f"{url}/api/statements", json=body, headers={"X-Room-Code": room}).status_code == 201
        with httpx.Client(base_url=url) as board:  # an open board must not hold up Ctrl-C
            with board.stream("GET", "/api/board/events", headers={"X-Facilitator-Key": key}) as stream:
                next(stream.iter_lines())
                started = time.monotonic()
                assert _stop(proc) == 0
        assert time.monotonic() - started < 10
    finally:
        if proc.poll() is None:
            proc.kill()

    proc, room_again, key_again = _start(port, db, "--resume")
    try:
        assert (room_again, key_again) == (room, key)
        board = httpx.get(f"http://127.0.0.1:{port}/api/board", headers={"X-Facilitator-Key": key}).json()
        assert board["workshop"]["title"] == "Design studio"
        assert [(e["name"], e["text"], e["label"]) for e in board["entries"]] == [("Aki", "Learn SEO", "task")]
    finally:
        assert _stop(proc) == 0


def test_serve_refuses_a_busy_or_impossible_port(capsys):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("okrcoach: error: cannot listen on 127.0.0.1:") and err.count("\n") == 1
    assert main(["serve", "--port", "70000"]) == 1
    assert "between 1 and 65535" in capsys.readouterr().err


def test_serve_refuses_a_board_file_it_cannot_use(tmp_path, capsys):
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("shopping list\n")
    port = str(free_port())
    assert main(["serve", "--port", port, "--db", str(not_a_db)]) == 1
    err = capsys.readouterr().err
    assert "cannot keep the boards here (file is not a database)" in err and err.count("\n") == 1
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert main(["serve", "--port", port, "--db", str(blocked / "workshops.db")]) == 1
    assert "pass another --db FILE" in capsys.readouterr().err
