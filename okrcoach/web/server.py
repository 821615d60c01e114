"""`okrcoach serve`: open or resume a workshop, print where to find it, and run the app under uvicorn."""

from __future__ import annotations

import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TextIO

from .context import ServerContext
from .store import BoardStore, Workshop, default_db_path

DEFAULT_PORT = 8765


@dataclass(frozen=True)
class Addresses:
    """Where the facilitator and the participants open the workshop."""

    board: str
    join: str
    bind_host: str


def lan_address() -> str:
    """Return this machine's address on the local network (127.0.0.1 if it has none).

    Connecting a UDP socket sends no packet: it only asks the kernel which interface would be used.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed, nothing is sent
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def addresses(workshop: Workshop, port: int, *, share: bool, lan_host: str | None = None) -> Addresses:
    """Return the board's and the join addresses of a workshop."""
    bind = "0.0.0.0" if share else "127.0.0.1"
    public = (lan_host or lan_address()) if share else "127.0.0.1"
    return Addresses(
        board=f"http://127.0.0.1:{port}/board?key={workshop.facilitator_key}",
        join=f"http://{public}:{port}/?room={workshop.room_code}",
        bind_host=bind,
    )


def port_problem(port: int, *, share: bool) -> str | None:
    """Return why the server cannot listen on a port (in use, out of range), or None if it can."""
    if not 1 <= port <= 65535:
        return f"--port must be between 1 and 65535, got {port}"
    host = "0.0.0.0" if share else "127.0.0.1"
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: TIME_WAIT is no conflict
        try:
            probe.bind((host, port))
        except OSError as exc:
            return f"cannot listen on {host}:{port} ({exc.strerror}); is another server running? try --port {port + 1}"
    return None


def open_workshop(store: BoardStore, *, resume: bool, title: str = "") -> tuple[Workshop, bool]:
    """Return the workshop to serve (the last one with resume=True) and whether it was resumed."""
    if resume:
        last = store.last_workshop()
        if last is not None:
            return store.reopen(last.id), True
    return store.create_workshop(title), False


def announce(workshop: Workshop, where: Addresses, *, share: bool, resumed: bool, entries: int, out: TextIO) -> None:
    """Print the workshop's addresses (and, when shared, a QR code of the join address)."""
    state = f"resumed, {entries} statement{'s' if entries != 1 else ''} on the board" if resumed else "new"
    print(f"okrcoach workshop: {workshop.title} ({state})", file=out)
    print(f"  board (facilitator, keep private): {where.board}", file=out)
    print(f"  phrasing page:                     {where.join}", file=out)
    print(f"  room code:                         {workshop.room_code}", file=out)
    if share:
        import segno

        print("  participants on this network scan the code or open the phrasing page address:", file=out)
        segno.make(where.join, error="m").terminal(out=out, compact=True)
    else:
        print("  only this computer can connect; add --share to let participants join from the local network", file=out)
    print("  Ctrl-C stops the server; `okrcoach serve --resume` reopens this workshop.", file=out, flush=True)


def serve(
    *,
    port: int = DEFAULT_PORT,
    share: bool = False,
    db: str | Path | None = None,
    resume: bool = False,
    title: str = "",
    out: TextIO = sys.stdout,
) -> int:
    """Run the workshop server until Ctrl-C; return the exit code."""
    import uvicorn

    from .app import LOCAL_HOSTS, create_app

    store = BoardStore(db or default_db_path())
    workshop, resumed = open_workshop(store, resume=resume, title=title)
    where = addresses(workshop, port, share=share)
    ctx = ServerContext(
        store,
        workshop.id,
        share=share,
        join_base=where.join.split("/?", 1)[0] if share else None,
    )
    app = create_app(ctx, allowed_hosts=None if share else LOCAL_HOSTS)
    announce(workshop, where, share=share, resumed=resumed, entries=len(store.entries(workshop.id)), out=out)
    config = uvicorn.Config(
        app, host=where.bind_host, port=port, log_level="warning", timeout_graceful_shutdown=2, access_log=False
    )
    hub = ctx.hub

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: FrameType | None) -> None:
            hub.close_soon()  # open boards end their event streams, so Ctrl-C stops at once
            super().handle_exit(sig, frame)

    server = Server(config)
    try:
        server.run()
    except KeyboardInterrupt:
        pass  # uvicorn hands Ctrl-C back after shutting down cleanly: that is the normal way to stop
    finally:
        store.close()
    print(f"okrcoach: stopped; the board is kept in {store.path}", file=out, flush=True)
    return 0
