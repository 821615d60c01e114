"""The JSON API for other tools: classify, classify_many, suggest, health and the OpenAPI document."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .access import require_room_if_shared
from .context import context
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
from .payload import UI_LANGS
from .workers import many_payloads, one_payload_json, suggestion_payloads

LANGS = ("en", "ja")


def package_version() -> str:
    """Return okrcoach's installed version (read from the package metadata, not by importing the package)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("okrcoach")
    except PackageNotFoundError:
        return "unknown"


def _rewrites(data: dict[str, Any]) -> bool:
    value = data.get("rewrites", True)
    if not isinstance(value, bool):
        raise ApiError(422, "field 'rewrites' must be true or false")
    return value


async def classify(request: Request) -> Response:
    """POST /api/classify {"text", "lang"?, "ui"?, "rewrites"?}: the verdict with its reasons."""
    require_room_if_shared(request)
    data = await read_json_object(request)
    text = required_string(data, "text")
    lang = optional_choice(data, "lang", LANGS)
    ui = optional_choice(data, "ui", UI_LANGS)
    # A few milliseconds: answering in the event loop is faster than a trip through the thread pool.
    body = await context(request).classifier.run(one_payload_json, text, lang, ui, _rewrites(data))
    return Response(body, media_type="application/json")


async def classify_many(request: Request) -> JSONResponse:
    """POST /api/classify_many {"texts": [...], "lang"?, "ui"?, "rewrites"?}: one verdict per text, in order."""
    require_room_if_shared(request)
    data = await read_json_object(request, LARGE_BODY)
    texts = string_list(data, "texts", MAX_TEXTS)
    lang = optional_choice(data, "lang", LANGS)
    ui = optional_choice(data, "ui", UI_LANGS)
    # A thousand statements take a while: off the event loop, so live boards keep flowing.
    verdicts = await context(request).classifier.run(many_payloads, texts, lang, ui, _rewrites(data), heavy=True)
    return JSONResponse({"verdicts": verdicts})


async def suggest(request: Request) -> JSONResponse:
    """POST /api/suggest {"text", "n"?, "lang"?}: measurable rewrites with their example values as slots."""
    require_room_if_shared(request)
    data = await read_json_object(request)
    text = required_string(data, "text")
    n = optional_int(data, "n", 3, 1, 10)
    lang = optional_choice(data, "lang", LANGS)
    return JSONResponse(await context(request).classifier.run(suggestion_payloads, text, lang, n))


async def health(request: Request) -> JSONResponse:
    """GET /api/health: the server answers and which version it runs (no workshop details)."""
    return JSONResponse({"status": "ok", "version": package_version()})


async def openapi(request: Request) -> JSONResponse:
    """GET /api/openapi.json: the API's OpenAPI 3.1 document."""
    return JSONResponse(openapi_document(package_version()))
