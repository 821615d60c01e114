"""The board: participants post statements and see their own; the facilitator sees, curates and exports all."""

from __future__ import annotations

import sqlite3
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from ..verdict import LABELS
from .access import require_facilitator, require_room
from .api import LANGS
from .context import context
from .events import board_stream
from .inputs import ApiError, optional_choice, optional_string, read_json_object, required_string
from .payload import UI_LANGS
from .rooms import valid_participant
from .store import Entry
from .workers import one_payload

MAX_NAME = 80


def _counts(entries: list[Entry]) -> dict[str, int]:
    counts = dict.fromkeys(LABELS, 0)
    for entry in entries:
        counts[entry.label] = counts.get(entry.label, 0) + 1
    return counts


def board_state(request: Request) -> dict[str, Any]:
    """Return what the facilitator's board shows: the workshop's settings, counts per label and the entries."""
    ctx = context(request)
    workshop = ctx.workshop
    entries = ctx.store.entries(workshop.id)
    return {
        "workshop": {
            "title": workshop.title,
            "room_code": workshop.room_code,
            "hide_names": workshop.hide_names,
            "spotlight": workshop.spotlight,
            "shared": ctx.share,
        },
        "counts": _counts(entries),
        "total": len(entries),
        "entries": [e.to_dict(hide_name=workshop.hide_names) for e in entries],
    }


def board_change(request: Request, **change: Any) -> dict[str, Any]:
    """Return one change to the board (an entry added or removed) with the new counts."""
    ctx = context(request)
    entries = ctx.store.entries(ctx.workshop_id)
    return {**change, "counts": _counts(entries), "total": len(entries), "spotlight": ctx.workshop.spotlight}


def join_url(request: Request) -> str:
    """Return the address participants open: the shared address (or this one) with the room code."""
    ctx = context(request)
    base = ctx.join_base or str(request.base_url).rstrip("/")
    return f"{base}/?room={ctx.workshop.room_code}"


async def publish(request: Request, event: str = "board", **change: Any) -> None:
    """Tell every open board what changed: the whole board, or one entry added or removed."""
    ctx = context(request)
    if not ctx.hub.subscribers(ctx.workshop_id):
        return
    if event == "board":
        data = await run_in_threadpool(board_state, request)
    else:
        data = await run_in_threadpool(lambda: board_change(request, **change))
    ctx.hub.publish(ctx.workshop_id, event, data)


def _participant(value: object) -> str:
    if not valid_participant(value):
        raise ApiError(422, "field 'participant' must be the page's own random id (16-64 letters, digits, - or _)")
    return str(value)


# participants


async def room(request: Request) -> JSONResponse:
    """GET /api/room: check a room code; the workshop's title."""
    workshop = require_room(request)
    return JSONResponse({"title": workshop.title, "room_code": workshop.room_code})


async def submit(request: Request) -> JSONResponse:
    """POST /api/statements {"text", "participant", "submission"?, "name"?, "lang"?, "ui"?}: add a statement.

    A page sends its own id for each submission and sends it again until it is answered (a laptop lid
    closed, the network gone): a submission already stored is answered 200 with its entry, not stored twice.
    """
    workshop = require_room(request)
    data = await read_json_object(request)
    text = required_string(data, "text")
    participant = _participant(data.get("participant"))
    submission = data.get("submission")
    if submission is not None and not valid_participant(submission):
        raise ApiError(422, "field 'submission' must be the page's random id for it (16-64 letters, digits, - or _)")
    name = optional_string(data, "name", MAX_NAME)
    store = context(request).store
    if submission is not None:
        stored = await run_in_threadpool(store.find_submission, workshop.id, participant, submission)
        if stored is not None:
            return JSONResponse({"entry": stored.to_dict()}, status_code=200)
    lang, ui = optional_choice(data, "lang", LANGS), optional_choice(data, "ui", UI_LANGS)
    payload = await context(request).classifier.run(one_payload, text, lang, ui, True)
    try:
        entry = await run_in_threadpool(
            lambda: store.add_entry(
                workshop.id, participant=participant, name=name, verdict=payload, submission=submission
            )
        )
    except sqlite3.IntegrityError:  # the same submission, sent twice at once: the other one stored it
        stored = await run_in_threadpool(store.find_submission, workshop.id, participant, str(submission))
        if stored is None:
            raise
        return JSONResponse({"entry": stored.to_dict()}, status_code=200)
    except sqlite3.Error as exc:  # a full disk or a file gone read-only: say so, the page keeps the text
        raise ApiError(503, f"the statement could not be saved ({exc}); tell the facilitator") from None
    await publish(request, "added", entry=entry.to_dict(hide_name=workshop.hide_names))
    return JSONResponse({"entry": entry.to_dict()}, status_code=201)


async def own_statements(request: Request) -> JSONResponse:
    """GET /api/statements?participant=ID: the statements this browser submitted (and nobody else's)."""
    workshop = require_room(request)
    participant = _participant(request.query_params.get("participant"))
    entries = await run_in_threadpool(context(request).store.entries, workshop.id, participant)
    return JSONResponse({"entries": [e.to_dict() for e in entries]})


# the facilitator


async def board(request: Request) -> JSONResponse:
    """GET /api/board: the whole board, with the join address."""
    require_facilitator(request)
    state = await run_in_threadpool(board_state, request)
    state["join_url"] = join_url(request)
    return JSONResponse(state)


async def events(request: Request) -> StreamingResponse:
    """GET /api/board/events: the board now and after every change, as server-sent events."""
    workshop = require_facilitator(request)
    hub = context(request).hub
    queue = hub.subscribe(workshop.id)
    try:
        first = await run_in_threadpool(board_state, request)
    except BaseException:
        hub.unsubscribe(workshop.id, queue)
        raise
    stream = board_stream(hub, workshop.id, queue, first, request.is_disconnected)
    return StreamingResponse(
        stream, media_type="text/event-stream", headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    )


async def settings(request: Request) -> JSONResponse:
    """POST /api/board/settings {"hide_names"?: bool, "spotlight"?: entry id or null}."""
    workshop = require_facilitator(request)
    data = await read_json_object(request)
    unknown = set(data) - {"hide_names", "spotlight"}
    if unknown:
        raise ApiError(422, f"unknown settings: {', '.join(sorted(unknown))} (known: hide_names, spotlight)")
    store = context(request).store
    if "hide_names" in data:
        if not isinstance(data["hide_names"], bool):
            raise ApiError(422, "field 'hide_names' must be true or false")
        await run_in_threadpool(store.set_hide_names, workshop.id, data["hide_names"])
    if "spotlight" in data:
        spot = data["spotlight"]
        if spot is not None and (isinstance(spot, bool) or not isinstance(spot, int)):
            raise ApiError(422, "field 'spotlight' must be an entry id or null")
        entries = await run_in_threadpool(store.entries, workshop.id)
        if spot is not None and spot not in {e.id for e in entries}:
            raise ApiError(404, f"no entry {spot} on this board")
        await run_in_threadpool(store.set_spotlight, workshop.id, spot)
    await publish(request)
    return JSONResponse({"ok": True})


async def remove(request: Request) -> JSONResponse:
    """DELETE /api/board/entries/{id}: take an entry off the board."""
    workshop = require_facilitator(request)
    entry_id = request.path_params["entry_id"]
    if not await run_in_threadpool(context(request).store.remove_entry, workshop.id, entry_id):
        raise ApiError(404, f"no entry {entry_id} on this board")
    await publish(request, "removed", id=entry_id)
    return JSONResponse({"ok": True})


async def qr_svg(request: Request) -> Response:
    """GET /api/board/qr.svg: the join address as a QR code."""
    import io

    import segno

    require_facilitator(request)
    buffer = io.BytesIO()
    segno.make(join_url(request), error="m").save(buffer, kind="svg", scale=8, border=2, xmldecl=False)
    return Response(buffer.getvalue(), media_type="image/svg+xml", headers={"Cache-Control": "no-store"})
