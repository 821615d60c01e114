"""Who may do what: the room code opens the phrasing page and posting, the facilitator key opens the board."""

from __future__ import annotations

from starlette.requests import Request

from .context import context
from .inputs import ApiError
from .rooms import normalise_code, same_secret
from .store import Workshop

ROOM_HEADER = "x-room-code"
KEY_HEADER = "x-facilitator-key"


def _check_guard(request: Request) -> None:
    if context(request).guard.blocked(_client(request)):
        raise ApiError(429, "too many wrong room codes from this device; wait a few minutes")


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
    _check_guard(request)
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
    _check_guard(request)
    if same_secret(normalise_code(given), workshop.room_code):
        return workshop
    ctx.guard.failed(_client(request))
    raise ApiError(403, "wrong room code: check the code on the facilitator's screen")


def require_room_if_shared(request: Request) -> None:
    """On a shared server, classifying needs the room code too; on 127.0.0.1 the API is open to this machine."""
    if context(request).share:
        require_room(request)
