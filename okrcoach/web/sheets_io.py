"""The board as a spreadsheet: export CSV (and XLSX), import a sheet to review it on screen."""

from __future__ import annotations

import csv
import io
import time

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from .access import context, require_facilitator
from .inputs import ApiError
from .store import Entry

COLUMNS = ("name", "text", "label", "confidence", "issues", "suggestion")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """Return a cell value a spreadsheet will show as text, never run as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _rows(entries: list[Entry]) -> list[list[str]]:
    rows = []
    for e in entries:
        suggestions = e.verdict.get("suggestions") or []
        rows.append(
            [
                e.name,
                e.text,
                e.label,
                f"{e.confidence:.4f}",
                " ".join(e.verdict.get("issues", [])),
                suggestions[0]["text"] if suggestions else "",
            ]
        )
    return rows


def board_csv(entries: list[Entry]) -> bytes:
    """Return the board as UTF-8 CSV with a BOM (so Excel reads Japanese right), formulas neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows([neutralise(cell) for cell in row] for row in _rows(entries))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


async def export(request: Request) -> Response:
    """GET /api/board/export.csv: the board's entries as a spreadsheet."""
    workshop = require_facilitator(request)
    kind = request.path_params["kind"]
    if kind != "csv":
        raise ApiError(404, f"no export as {kind!r}; use export.csv")
    entries = await run_in_threadpool(context(request).store.entries, workshop.id)
    body = await run_in_threadpool(board_csv, entries)
    filename = time.strftime("okrcoach-board-%Y%m%d-%H%M.csv")
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


async def import_sheet(request: Request) -> Response:
    """POST /api/board/import: not available until the sheet reader ships."""
    require_facilitator(request)
    raise ApiError(404, "importing a sheet is not available in this version")
