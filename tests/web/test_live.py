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
                event, added = next(events)
                assert event == "added" and added["total"] == 1 and added["counts"]["task"] == 1
                assert added["entry"]["text"] == "<img src=x onerror=alert(1)>"
                assert added["entry"]["name"] == "Aki" and "participant" not in added["entry"]
                entry_id = added["entry"]["id"]

                with httpx.Client(base_url=server.url, timeout=10) as other:
                    assert other.post("/api/board/settings", json={"hide_names": True}, headers=key).status_code == 200
                    event, whole = next(events)
                    assert event == "board" and whole["workshop"]["hide_names"] is True
                    assert whole["entries"][0]["name"] == ""
                    assert other.delete(f"/api/board/entries/{entry_id}", headers=key).status_code == 200
                    event, removed = next(events)
                    assert event == "removed" and removed["id"] == entry_id and removed["total"] == 0
            assert client.get("/api/board/events").status_code == 401


def test_a_board_that_falls_behind_is_sent_the_whole_board_again():
    import asyncio

    from okrcoach.web.events import _QUEUE_SIZE, EventHub

    async def scenario() -> None:
        hub = EventHub()
        slow = hub.subscribe(1)
        other = hub.subscribe(2)
        for i in range(_QUEUE_SIZE + 1):
            hub.publish(1, "added", {"i": i})
        assert slow.get_nowait() is None  # its stream ends; the browser reconnects and reads the board
        assert hub.subscribers(1) == 0 and hub.subscribers(2) == 1
        hub.close()
        assert other.get_nowait() is None

    asyncio.run(scenario())
