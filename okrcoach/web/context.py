"""What the running app serves: one workshop of the store, its live hub, and whether it is shared."""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.requests import Request

from .events import EventHub
from .rooms import AttemptGuard
from .store import BoardStore, Workshop
from .workers import Classifier


@dataclass
class ServerContext:
    """What the running app serves: one workshop from the store, its live hub, and whether it is shared."""

    store: BoardStore
    workshop_id: int
    share: bool = False
    join_base: str | None = None  # e.g. "http://192.168.1.20:8765"; None: the address the browser used
    hub: EventHub = field(default_factory=EventHub)
    guard: AttemptGuard = field(default_factory=AttemptGuard)
    classifier: Classifier = field(default_factory=Classifier)

    @property
    def workshop(self) -> Workshop:
        """Return the workshop as stored now."""
        return self.store.workshop(self.workshop_id)


def context(request: Request) -> ServerContext:
    """Return the server context of the app handling the request."""
    ctx: ServerContext = request.app.state.context
    return ctx
