"""The Starlette app: routes, security headers, JSON errors, static pages."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import api, board, sheets_io
from .context import ServerContext
from .inputs import ApiError

STATIC = Path(__file__).parent / "static"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")

# No inline script or style anywhere: every script and stylesheet is a file served from here.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),  # keeps room codes and the facilitator key out of Referer headers
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]

log = logging.getLogger("okrcoach.web")


class SecurityHeaders:
    """Adds the security headers to every response, streaming ones included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_api = scope["path"].startswith("/api/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() not in dict(SECURITY_HEADERS)]
                headers.extend(SECURITY_HEADERS)
                if is_api and not any(h[0].lower() == b"cache-control" for h in headers):
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return JSONResponse({"error": exc.message}, status_code=exc.status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"error": "internal error (a bug in okrcoach: please report it)"}, status_code=500)


def _page(name: str) -> Route:
    async def page(request: Request) -> Response:
        return FileResponse(STATIC / name, headers={"Cache-Control": "no-cache"})

    return Route("/" if name == "index.html" else "/" + name.removesuffix(".html"), page, methods=["GET"])


def create_app(ctx: ServerContext, *, allowed_hosts: Sequence[str] | None = None, warm: bool = True) -> Starlette:
    """Return the app serving one workshop; allowed_hosts guards a loopback server against DNS rebinding."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if warm:  # models loaded now (here or in the workers), not on the first participant's keystroke
            await run_in_threadpool(ctx.classifier.start)
        yield
        ctx.hub.close()
        await run_in_threadpool(ctx.classifier.stop)

    routes = [
        _page("index.html"),
        _page("board.html"),
        Route("/api/health", api.health, methods=["GET"]),
        Route("/api/openapi.json", api.openapi, methods=["GET"]),
        Route("/api/classify", api.classify, methods=["POST"]),
        Route("/api/classify_many", api.classify_many, methods=["POST"]),
        Route("/api/suggest", api.suggest, methods=["POST"]),
        Route("/api/room", board.room, methods=["GET"]),
        Route("/api/statements", board.submit, methods=["POST"]),
        Route("/api/statements", board.own_statements, methods=["GET"]),
        Route("/api/board", board.board, methods=["GET"]),
        Route("/api/board/events", board.events, methods=["GET"]),
        Route("/api/board/settings", board.settings, methods=["POST"]),
        Route("/api/board/entries/{entry_id:int}", board.remove, methods=["DELETE"]),
        Route("/api/board/qr.svg", board.qr_svg, methods=["GET"]),
        Route("/api/board/export.{kind:str}", sheets_io.export, methods=["GET"]),
        Route("/api/board/import", sheets_io.import_sheet, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)))
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _server_error},
        lifespan=lifespan,
    )
    app.state.context = ctx
    return app
