"""Who may do what: the room code opens the phrasing page and posting, the facilitator key opens the board."""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field

from starlette.requests import Request

from .events import EventHub
from .inputs import ApiError
from .rooms import normalise_code, same_secret
from .store import BoardStore, Workshop

ROOM_HEADER = "x-room-code"
KEY_HEADER = "x-facilitator-key"


class AttemptGuard:
    """Refuses (429) a client address after too many wrong codes in a window, so codes cannot be guessed."""

    def __init__(self, max_failures: int = 20, window_seconds: float = 600.0) -> None:
        self.max_failures = max_failures
        self.window = window_seconds
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        times = self._failures.setdefault(client, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def check(self, client: str) -> None:
        """Raise 429 if this client has failed too often lately."""
        with self._lock:
            if len(self._recent(client, time.monotonic())) >= self.max_failures:
                raise ApiError(429, "too many wrong room codes from this device; wait a few minutes")

    def failed(self, client: str) -> None:
        """Count one wrong code."""
        with self._lock:
            self._recent(client, time.monotonic()).append(time.monotonic())


@dataclass
class ServerContext:
    """What the running app serves: one workshop from the store, its live hub, and whether it is shared."""

    store: BoardStore
    workshop_id: int
    share: bool = False
    join_base: str | None = None  # e.g. "http://192.168.1.20:8765"; None: the address the browser used
    hub: EventHub = field(default_factory=EventHub)
    guard: AttemptGuard = field(default_factory=AttemptGuard)

    @property
    def workshop(self) -> Workshop:
        """Return the workshop as stored now."""
        return self.store.workshop(self.workshop_id)


def context(request: Request) -> ServerContext:
    """Return the server context of the app handling the request."""
    ctx: ServerContext = request.app.state.context
    return ctx


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _given(request: Request, header: str, query: str) -> str | None:
    return request.headers.get(header) or request.query_params.get(query)


def is_facilitator(request: Request) -> bool:
    """Return True if the request carries the facilitator key (wrong keys count as failures)."""
    ctx = context(request)
    given = _given(request, KEY_HEADER, "key")
    if given is None:
        return False
    ctx.guard.check(_client(request))
    if same_secret(given, ctx.workshop.facilitator_key):
        return True
    ctx.guard.failed(_client(request))
    return False


def require_facilitator(request: Request) -> Workshop:
    """Return the workshop if the request carries the facilitator key; 401/403 otherwise."""
    ctx = context(request)
    if _given(request, KEY_HEADER, "key") is None:
        raise ApiError(401, "the board needs the facilitator key (the key= part of the board's address)")
    if not is_facilitator(request):
        raise ApiError(403, "wrong facilitator key")
    return ctx.workshop


def require_room(request: Request) -> Workshop:
    """Return the workshop if the request carries its room code (or the facilitator key); 401/403 otherwise."""
    ctx = context(request)
    workshop = ctx.workshop
    given = _given(request, ROOM_HEADER, "room")
    if given is None:
        if is_facilitator(request):
            return workshop
        raise ApiError(401, "this workshop needs its room code: open the join link or type the code")
    ctx.guard.check(_client(request))
    if same_secret(normalise_code(given), workshop.room_code):
        return workshop
    ctx.guard.failed(_client(request))
    raise ApiError(403, "wrong room code: check the code on the facilitator's screen")


def require_room_if_shared(request: Request) -> None:
    """On a shared server, classifying needs the room code too; on 127.0.0.1 the API is open to this machine."""
    if context(request).share:
        require_room(request)
