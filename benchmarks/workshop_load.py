"""A workshop's load on `okrcoach serve`: participants typing at once, on loopback only.

    python benchmarks/workshop_load.py            # 60 participants, a classify every 300 ms each, for 60 s
    python benchmarks/workshop_load.py --short    # 20 participants for 5 s (what CI runs)

It starts its own server (`okrcoach serve` on 127.0.0.1, a temporary database) in a separate process,
so the load generator does not share the server's interpreter. Each participant types one of the
bundled workshop statements, one to three characters at a time, and sends what is in the box every
300 ms; when the statement is complete it adds it to the board and starts the next (a submission
every 5 to 10 seconds per participant, far more than a real workshop). The facilitator's board is
open on server-sent events throughout. At the end the board is read back: every submission that was
answered must be on it. The run is bounded: at most 200 participants and 120 seconds, then it stops
by itself. Latency is measured from the request's first byte written to the answer's last byte read.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_PARTICIPANTS = 200
MAX_SECONDS = 120.0
LOOPBACK = "127.0.0.1"


@dataclass
class Tally:
    """What the participants saw."""

    latencies: list[float] = field(default_factory=list)  # seconds, classify calls answered 200
    errors: dict[str, int] = field(default_factory=dict)
    sent: int = 0
    submitted: int = 0
    submit_latencies: list[float] = field(default_factory=list)

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


class Connection:
    """One keep-alive HTTP/1.1 connection to the loopback server (a browser tab keeps one open)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        if self.writer is None or self.writer.is_closing():
            self.reader, self.writer = await asyncio.open_connection(LOOPBACK, self.port)
        assert self.reader is not None
        lines = [f"{method} {path} HTTP/1.1", f"Host: {LOOPBACK}:{self.port}", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        if body:
            lines.append("Content-Type: application/json")
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        match = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", head)
        length = int(match.group(1)) if match else 0
        return status, await self.reader.readexactly(length)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass


def statements() -> list[str]:
    """Return the bundled workshop statements (English and Japanese)."""
    path = ROOT / "okrcoach" / "examples" / "workshop.txt"
    lines = [line.strip() for line in path.read_text("utf-8").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


async def participant(
    number: int, port: int, room: str, texts: list[str], interval: float, until: float, tally: Tally
) -> None:
    """Type statements, sending the box's text every interval; submit each finished statement."""
    rng = random.Random(number)
    conn = Connection(port)
    pid = f"load-{number:04d}-{rng.getrandbits(64):016x}"
    await asyncio.sleep(rng.random() * interval)  # people do not start typing in step
    next_at = time.perf_counter()
    try:
        while time.perf_counter() < until:
            text = rng.choice(texts)
            typed = rng.randint(1, 3)
            while time.perf_counter() < until:
                now_text = text[: min(len(text), typed)]
                if any(ch.isalnum() for ch in now_text):
                    body = json.dumps({"text": now_text, "ui": "en"}).encode()
                    started = time.perf_counter()
                    tally.sent += 1
                    try:
                        status, _ = await conn.request("POST", "/api/classify", body)
                    except (OSError, asyncio.IncompleteReadError) as exc:
                        tally.error(type(exc).__name__)
                        await conn.close()
                        conn = Connection(port)
                    else:
                        if status == 200:
                            tally.latencies.append(time.perf_counter() - started)
                        else:
                            tally.error(f"HTTP {status}")
                next_at += interval
                await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
                if typed >= len(text):
                    break
                typed += rng.randint(1, 3)  # 3 to 10 characters a second: brisk typing
            else:
                break
            submission = f"s-{number:04d}-{rng.getrandbits(64):016x}"  # as the page sends: a resend is stored once
            body = json.dumps({"text": text, "participant": pid, "name": f"P{number}", "submission": submission})
            body = body.encode()
            started = time.perf_counter()
            try:
                status, _ = await conn.request("POST", "/api/statements", body, {"X-Room-Code": room})
            except (OSError, asyncio.IncompleteReadError) as exc:
                tally.error("submit " + type(exc).__name__)
                await conn.close()
                conn = Connection(port)
                continue
            if status == 201:
                tally.submitted += 1
                tally.submit_latencies.append(time.perf_counter() - started)
            else:
                tally.error(f"submit HTTP {status}")
    finally:
        await conn.close()


async def facilitator(port: int, key: str, seen: list[int], stop: asyncio.Event) -> None:
    """Keep the board open over server-sent events as the projected board does, reconnecting as a
    browser's EventSource does when the server ends the stream; count the entries the board shows."""
    shown: set[int] = set()
    while not stop.is_set():
        reader, writer = await asyncio.open_connection(LOOPBACK, port, limit=64 * 1024 * 1024)  # a whole board
        writer.write(
            f"GET /api/board/events HTTP/1.1\r\nHost: {LOOPBACK}:{port}\r\nX-Facilitator-Key: {key}\r\n\r\n".encode()
        )
        await writer.drain()
        event = b""
        try:
            while not stop.is_set():
                try:
                    line = await asyncio.wait_for(reader.readline(), 0.5)
                except TimeoutError:
                    continue
                if not line:
                    break  # the server ended the stream (this board fell behind): reconnect
                if line.startswith(b"event: "):
                    event = line[7:].strip()
                elif line.startswith(b"data: ") and event == b"board":  # the whole board, on every (re)connection
                    shown.clear()
                    shown.update(e["id"] for e in json.loads(line[6:])["entries"])
                elif line.startswith(b"data: ") and event == b"added":
                    shown.add(json.loads(line[6:])["entry"]["id"])  # by id, as the page applies changes
                seen[0] = len(shown)
        finally:
            writer.close()


def start_server(port: int, db: Path) -> tuple[subprocess.Popen[str], str, str]:
    """Start `okrcoach serve` on loopback; return the process, the room code and the facilitator key."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "okrcoach", "serve", "--port", str(port), "--db", str(db), "--title", "load test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    room = key = ""
    deadline = time.monotonic() + 60
    for line in proc.stdout:
        if m := re.search(r"room code:\s+(\S+)", line):
            room = m.group(1)
        if m := re.search(r"board .*key=(\S+)", line):
            key = m.group(1)
        if "Ctrl-C stops" in line or time.monotonic() > deadline:
            break
    if not room or not key:
        proc.kill()
        raise SystemExit(f"the server did not start (exit code {proc.poll()})")
    return proc, room, key


async def wait_until_up(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        conn = Connection(port)
        try:
            status, _ = await conn.request("GET", "/api/health")
            if status == 200:
                return
        except OSError:
            pass
        finally:
            await conn.close()
        if time.monotonic() > deadline:
            raise SystemExit("the server does not answer /api/health")
        await asyncio.sleep(0.2)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run(participants: int, seconds: float, interval: float) -> dict[str, object]:
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        proc, room, key = start_server(port, Path(tmp) / "load.db")
        try:
            await wait_until_up(port)
            tally = Tally()
            texts = statements()
            seen, stop = [0], asyncio.Event()
            board = asyncio.create_task(facilitator(port, key, seen, stop))
            started = time.perf_counter()
            until = started + seconds
            await asyncio.wait_for(
                asyncio.gather(
                    *(participant(i, port, room, texts, interval, until, tally) for i in range(participants))
                ),
                timeout=seconds + 30,
            )
            elapsed = time.perf_counter() - started
            for _ in range(200):  # the last changes are on their way to the open board (up to 10 s)
                if seen[0] >= tally.submitted:
                    break
                await asyncio.sleep(0.05)
            stop.set()
            await board
            conn = Connection(port)
            status, body = await conn.request("GET", "/api/board", headers={"X-Facilitator-Key": key})
            await conn.close()
            on_board = json.loads(body)["total"] if status == 200 else -1
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
    lat = tally.latencies
    return {
        "participants": participants,
        "seconds": round(elapsed, 1),
        "interval_ms": round(interval * 1000),
        "classify_sent": tally.sent,
        "classify_answered": len(lat),
        "errors": tally.errors,
        "requests_per_second": round(len(lat) / elapsed, 1),
        "p50_ms": round(percentile(lat, 0.50) * 1000, 1),
        "p95_ms": round(percentile(lat, 0.95) * 1000, 1),
        "p99_ms": round(percentile(lat, 0.99) * 1000, 1),
        "max_ms": round(max(lat) * 1000, 1) if lat else None,
        "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else None,
        "submitted": tally.submitted,
        "submit_p95_ms": round(percentile(tally.submit_latencies, 0.95) * 1000, 1),
        "on_board": on_board,
        "lost_submissions": tally.submitted - on_board,
        "live_board_saw": seen[0],  # what the open board shows at the end
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--interval-ms", type=float, default=300.0, help="time between one participant's calls")
    parser.add_argument("--short", action="store_true", help="20 participants for 5 seconds (CI)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.short:
        args.participants, args.seconds = 20, 5.0
    if not 1 <= args.participants <= MAX_PARTICIPANTS:
        parser.error(f"--participants must be between 1 and {MAX_PARTICIPANTS}")
    if not 0 < args.seconds <= MAX_SECONDS:
        parser.error(f"--seconds must be above 0 and at most {MAX_SECONDS:.0f}")
    if not 20 <= args.interval_ms <= 10_000:
        parser.error("--interval-ms must be between 20 and 10,000")
    result = asyncio.run(run(args.participants, args.seconds, args.interval_ms / 1000))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"{result['participants']} participants, a classify every {result['interval_ms']} ms each, "
            f"{result['seconds']} s on loopback\n"
            f"  classify: {result['classify_answered']:,} of {result['classify_sent']:,} answered "
            f"({result['requests_per_second']}/s), errors: {result['errors'] or 'none'}\n"
            f"  latency: p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms, "
            f"max {result['max_ms']} ms\n"
            f"  board: {result['submitted']} submitted (p95 {result['submit_p95_ms']} ms), "
            f"{result['on_board']} on the board, {result['lost_submissions']} lost; "
            f"the open board shows {result['live_board_saw']}"
        )
    ok = not result["errors"] and result["lost_submissions"] == 0 and result["live_board_saw"] == result["submitted"]
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
