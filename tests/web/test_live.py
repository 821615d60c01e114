"""Live updates over a real socket: a board open in one place sees statements posted from another."""

from __future__ import annotations

import json
import threading

import httpx

from .conftest import PARTICIPANT
from .live import live_server


def _events(response: httpx.Response):  # type: ignore[no-untyped-def]
    """Yield (event, data) pairs of a server-sent event stream."""
    event, data = "message", []
    for line in response.iter_lines():
        if line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].strip())
        elif line == "" and data:
            yield event, json.loads("\n".join(data))
            event, data = "message", []


def test_board_stream_sends_the_board_then_each_change(store):
    with live_server(store) as server:
        key = {"X-Facilitator-Key": server.workshop.facilitator_key}
        room = {"X-Room-Code": server.workshop.room_code}
        with httpx.Client(base_url=server.url, timeout=10) as client:
            with client.stream("GET", "/api/board/events", headers=key) as stream:
                assert stream.headers["content-type"].startswith("text/event-stream")
                assert "content-security-policy" in stream.headers
                events = _events(stream)
                event, first = next(events)
                assert event == "board" and first["total"] == 0

                def post() -> None:
                    body = {"text": "<img src=x onerror=alert(1)>", "participant": PARTICIPANT, "name": "Aki"}
                    with httpx.Client(base_url=server.url, timeout=10) as other:
                        assert other.post("/api/statements", json=body, headers=room).status_code == 201

                threading.Thread(target=post).start()
                event, second = next(events)
                assert second["total"] == 1
                assert second["entries"][0]["text"] == "<img src=x onerror=alert(1)>"
            assert client.get("/api/board/events").status_code == 401
