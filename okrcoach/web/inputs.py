"""Input validation for the JSON API: bodies of bounded size, JSON objects, typed fields, one-line errors."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request

SMALL_BODY = 64 * 1024  # one statement (2,000 characters) with room for JSON escapes and the other fields
LARGE_BODY = 8 * 1024 * 1024  # 1,000 statements of the longest kind, or a spreadsheet to import
MAX_TEXTS = 1000


class ApiError(Exception):
    """A request the client must change: answered with its status and {"error": message}."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


async def read_body(request: Request, limit: int) -> bytes:
    """Return the request body, refusing (413) anything over limit bytes before reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, "Content-Length is not a number")
        if int(declared) > limit:
            raise ApiError(413, f"request body is {int(declared):,} bytes; the limit here is {limit:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"request body is over the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def read_json_object(request: Request, limit: int = SMALL_BODY) -> dict[str, Any]:
    """Return the body parsed as a JSON object; 415 unless sent as JSON, 400 for anything else."""
    kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind != "application/json":
        # A page on another site can post text/plain without asking first; JSON makes the browser ask.
        raise ApiError(415, f"send the body as JSON (Content-Type: application/json), not {kind or 'untyped'}")
    body = await read_body(request, limit)
    if not body.strip():
        raise ApiError(400, 'empty request body: send a JSON object such as {"text": "Learn SEO"}')
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise ApiError(400, "request body is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ApiError(
            400, f"request body is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from None
    if not isinstance(data, dict):
        raise ApiError(400, f"expected a JSON object, got {_json_type(data)}")
    return data


def required_string(data: dict[str, Any], field: str) -> str:
    """Return a string field that must be present."""
    if field not in data:
        raise ApiError(422, f"missing field {field!r}")
    value = data[field]
    if not isinstance(value, str):
        raise ApiError(422, f"field {field!r} must be a string, got {_json_type(value)}")
    return value


def optional_choice(data: dict[str, Any], field: str, choices: tuple[str, ...]) -> str | None:
    """Return an optional field that must be one of a few strings (null or absent: None)."""
    value = data.get(field)
    if value is None:
        return None
    if value not in choices:
        raise ApiError(
            422, f"field {field!r} must be one of {', '.join(map(repr, choices))} or null, got {value!r}"[:300]
        )
    return str(value)


def optional_string(data: dict[str, Any], field: str, max_chars: int) -> str:
    """Return an optional short string field ('' when absent), stripped."""
    value = data.get(field)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ApiError(422, f"field {field!r} must be a string, got {_json_type(value)}")
    if len(value) > max_chars:
        raise ApiError(422, f"field {field!r} is {len(value):,} characters long; at most {max_chars:,}")
    return value.strip()


def optional_int(data: dict[str, Any], field: str, default: int, low: int, high: int) -> int:
    """Return an optional whole number within [low, high]."""
    value = data.get(field, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ApiError(422, f"field {field!r} must be a whole number, got {_json_type(value)}")
    if not low <= value <= high:
        raise ApiError(422, f"field {field!r} must be between {low} and {high}, got {value}")
    return value


def string_list(data: dict[str, Any], field: str, max_items: int) -> list[str]:
    """Return a list of strings that must be present and hold at most max_items items."""
    if field not in data:
        raise ApiError(422, f"missing field {field!r}")
    value = data[field]
    if not isinstance(value, list):
        raise ApiError(422, f"field {field!r} must be a list of strings, got {_json_type(value)}")
    if len(value) > max_items:
        raise ApiError(413, f"{len(value):,} items in {field!r}; at most {max_items:,} per request")
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise ApiError(422, f"{field}[{i}] must be a string, got {_json_type(item)}")
    return value


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return names.get(type(value), type(value).__name__)
