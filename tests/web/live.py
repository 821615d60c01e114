"""A real uvicorn server on 127.0.0.1 and a free port, in a thread, for streaming and browser tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn

from okrcoach.web.app import LOCAL_HOSTS, create_app
from okrcoach.web.context import ServerContext
from okrcoach.web.store import BoardStore, Workshop


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveServer:
    url: str
    workshop: Workshop
    store: BoardStore


@contextmanager
def live_server(store: BoardStore, *, share: bool = False) -> Iterator[LiveServer]:
    """Serve a workshop of the store until the block ends (loopback only, whatever share says)."""
    workshop = store.last_workshop() or store.create_workshop("Test workshop")
    ctx = ServerContext(store, workshop.id, share=share)
    app = create_app(ctx, allowed_hosts=LOCAL_HOSTS)
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", timeout_graceful_shutdown=1, access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", workshop, store)
    finally:
        ctx.hub.close_soon()  # as `okrcoach serve` does on Ctrl-C: open boards end their streams
        server.should_exit = True
        thread.join(15)
