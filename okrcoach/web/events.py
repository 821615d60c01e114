"""Live updates: a hub that tells every open board of a workshop that it changed, as server-sent events."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

KEEPALIVE_SECONDS = 15.0  # a comment line this often keeps proxies and sleeping laptops from dropping the stream
_QUEUE_SIZE = 256  # changes a board may fall behind before it is sent the whole board again


class EventHub:
    """Subscribers per workshop; publish() wakes them all with the board's new state."""

    def __init__(self) -> None:
        self._subscribers: dict[int, set[asyncio.Queue[tuple[str, dict[str, Any]] | None]]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None

    def subscribe(self, workshop_id: int) -> asyncio.Queue[tuple[str, dict[str, Any]] | None]:
        """Return a queue that receives every (event, data) published for the workshop."""
        queue: asyncio.Queue[tuple[str, dict[str, Any]] | None] = asyncio.Queue(_QUEUE_SIZE)
        self._loop = asyncio.get_running_loop()
        self._subscribers.setdefault(workshop_id, set()).add(queue)
        return queue

    def unsubscribe(self, workshop_id: int, queue: asyncio.Queue[tuple[str, dict[str, Any]] | None]) -> None:
        """Stop sending to a queue."""
        self._subscribers.get(workshop_id, set()).discard(queue)

    def subscribers(self, workshop_id: int) -> int:
        """Return how many boards are listening to a workshop."""
        return len(self._subscribers.get(workshop_id, ()))

    def publish(self, workshop_id: int, event: str, data: dict[str, Any]) -> None:
        """Send a change to every subscriber of a workshop.

        A board that falls a whole queue behind (a laptop asleep) is sent None and its stream ends:
        the browser reconnects and gets the whole board again, so no change is skipped silently.
        """
        for queue in list(self._subscribers.get(workshop_id, ())):
            if queue.full():
                while not queue.empty():
                    queue.get_nowait()
                queue.put_nowait(None)
                self.unsubscribe(workshop_id, queue)
            else:
                queue.put_nowait((event, data))

    def close(self) -> None:
        """End every stream (the server is shutting down)."""
        for queues in self._subscribers.values():
            for queue in queues:
                while not queue.empty():
                    queue.get_nowait()
                queue.put_nowait(None)

    def close_soon(self) -> None:
        """End every stream from any thread or signal handler: open boards must not hold up a shutdown."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self.close)


def sse_message(data: dict[str, Any], event: str = "board") -> bytes:
    """Return one server-sent event carrying JSON."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


async def board_stream(
    hub: EventHub,
    workshop_id: int,
    queue: asyncio.Queue[tuple[str, dict[str, Any]] | None],
    first: dict[str, Any],
    is_disconnected: Callable[[], Awaitable[bool]],
) -> AsyncIterator[bytes]:
    """Yield the whole board ("board"), then every change ("added", "removed", "board"), until the client
    leaves or the server stops.

    The queue is subscribed before `first` is read, so no change falls between the two (a change may
    arrive twice: boards apply changes by entry id).
    """
    try:
        yield b"retry: 2000\n\n" + sse_message(first)
        while True:
            try:
                item = await asyncio.wait_for(queue.get(), KEEPALIVE_SECONDS)
            except TimeoutError:
                if await is_disconnected():
                    return
                yield b": keepalive\n\n"
                continue
            if item is None:
                return
            yield sse_message(item[1], item[0])
    finally:
        hub.unsubscribe(workshop_id, queue)
