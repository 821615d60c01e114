"""The JSON API for other tools: classify, classify_many, suggest, health and the OpenAPI document."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from ..api import classify as classify_statement
from ..api import classify_many as classify_statements
from .access import require_room_if_shared
from .inputs import (
    LARGE_BODY,
    MAX_TEXTS,
    ApiError,
    optional_choice,
    optional_int,
    read_json_object,
    required_string,
    string_list,
)
from .openapi import openapi_document
from .payload import UI_LANGS, verdict_payload

LANGS = ("en", "ja")


def package_version() -> str:
    """Return okrcoach's installed version (read from the package metadata, not by importing the package)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("okrcoach")
    except PackageNotFoundError:
        return "unknown"


def classify_one(text: str, lang: str | None, ui: str | None, *, rewrites: bool = True) -> dict[str, Any]:
    """Classify one statement for the page; ValueError/TypeError from the library become 422."""
    try:
        verdict = classify_statement(text, lang=lang)
    except (ValueError, TypeError) as exc:
        raise ApiError(422, str(exc)) from None
    return verdict_payload(verdict, ui, rewrites=rewrites)


def _rewrites(data: dict[str, Any]) -> bool:
    value = data.get("rewrites", True)
    if not isinstance(value, bool):
        raise ApiError(422, "field 'rewrites' must be true or false")
    return value


async def classify(request: Request) -> JSONResponse:
    """POST /api/classify {"text", "lang"?, "ui"?, "rewrites"?}: the verdict with its reasons."""
    require_room_if_shared(request)
    data = await read_json_object(request)
    text = required_string(data, "text")
    lang = optional_choice(data, "lang", LANGS)
    ui = optional_choice(data, "ui", UI_LANGS)
    # A few milliseconds: answering in the event loop is faster than a trip through the thread pool.
    return JSONResponse(classify_one(text, lang, ui, rewrites=_rewrites(data)))


def _classify_batch(texts: list[str], lang: str | None, ui: str | None, rewrites: bool) -> list[dict[str, Any]]:
    try:
        verdicts = classify_statements(texts, lang=lang, keep_views=True)
    except (ValueError, TypeError) as exc:
        raise ApiError(422, str(exc)) from None
    return [verdict_payload(v, ui, rewrites=rewrites) for v in verdicts]


async def classify_many(request: Request) -> JSONResponse:
    """POST /api/classify_many {"texts": [...], "lang"?, "ui"?, "rewrites"?}: one verdict per text, in order."""
    require_room_if_shared(request)
    data = await read_json_object(request, LARGE_BODY)
    texts = string_list(data, "texts", MAX_TEXTS)
    lang = optional_choice(data, "lang", LANGS)
    ui = optional_choice(data, "ui", UI_LANGS)
    # A thousand statements take a while: off the event loop, so live boards keep flowing.
    verdicts = await run_in_threadpool(_classify_batch, texts, lang, ui, _rewrites(data))
    return JSONResponse({"verdicts": verdicts})


async def suggest(request: Request) -> JSONResponse:
    """POST /api/suggest {"text", "n"?, "lang"?}: measurable rewrites with their example values as slots."""
    from ..rewrite import suggestions_for

    require_room_if_shared(request)
    data = await read_json_object(request)
    text = required_string(data, "text")
    n = optional_int(data, "n", 3, 1, 10)
    lang = optional_choice(data, "lang", LANGS)
    try:
        verdict = classify_statement(text, lang=lang)
    except (ValueError, TypeError) as exc:
        raise ApiError(422, str(exc)) from None
    suggestions = suggestions_for(verdict, n)
    return JSONResponse({"text": text, "label": verdict.label, "suggestions": [s.to_dict() for s in suggestions]})


async def health(request: Request) -> JSONResponse:
    """GET /api/health: the server answers and which version it runs (no workshop details)."""
    return JSONResponse({"status": "ok", "version": package_version()})


async def openapi(request: Request) -> JSONResponse:
    """GET /api/openapi.json: the API's OpenAPI 3.1 document."""
    return JSONResponse(openapi_document(package_version()))
