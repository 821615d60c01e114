"""The board as a spreadsheet: export CSV or XLSX with `okrcoach check`'s columns, import a sheet to review.

Both go through okrcoach.sheets, so an exported board reads exactly like a checked sheet (the board's
name and statement columns, then the okr_* columns, formulas neutralised) and an imported sheet is
read with the sheet checker's header, encoding and layout detection.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..errors import SheetError
from .access import require_facilitator
from .context import context
from .inputs import LARGE_BODY, ApiError, read_body
from .payload import verdict_payload
from .store import Entry

NAME_HEADER, STATEMENT_HEADER = "Owner", "Key result"
IMPORTED_BY = "sheet-import"  # the participant id of imported entries: no browser sees them as its own
_KINDS = {"csv": "text/csv; charset=utf-8", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def board_report(entries: list[Entry], title: str) -> Any:
    """Return the sheet checker's report of the board: one row per entry (name, statement)."""
    from ..sheets.check import check_tables
    from ..sheets.config import Config
    from ..sheets.table import Table

    rows = [[NAME_HEADER, STATEMENT_HEADER]] + [[e.name, e.text] for e in entries]
    table = Table(title, None, "frame", rows, line_numbers=list(range(1, len(rows) + 1)))
    config = Config().merged(columns={"statement": STATEMENT_HEADER, "owner": NAME_HEADER})
    return check_tables([table], config)


def board_csv(entries: list[Entry], title: str = "board") -> bytes:
    """Return the board as CSV (UTF-8 with a BOM, so Excel reads Japanese right)."""
    from ..sheets.write import csv_text

    return ("\ufeff" + csv_text(board_report(entries, title).tables[0])).encode("utf-8")


def board_xlsx(entries: list[Entry], title: str = "board") -> bytes:
    """Return the board as an XLSX workbook."""
    from ..sheets.write import report_bytes

    return report_bytes(board_report(entries, title), ".xlsx")


async def export(request: Request) -> Response:
    """GET /api/board/export.csv or export.xlsx: the board with `okrcoach check`'s output columns."""
    workshop = require_facilitator(request)
    kind = request.path_params["kind"]
    if kind not in _KINDS:
        raise ApiError(404, f"no export as {kind!r}; use export.csv or export.xlsx")
    entries = await run_in_threadpool(context(request).store.entries, workshop.id)
    if not entries:
        raise ApiError(409, "the board is empty: nothing to export yet")
    build = board_csv if kind == "csv" else board_xlsx
    body = await run_in_threadpool(build, entries, "board")
    filename = time.strftime(f"okrcoach-board-%Y%m%d-%H%M.{kind}")
    return Response(
        body, media_type=_KINDS[kind], headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


def read_sheet(raw: bytes, name: str) -> list[tuple[str, str, dict[str, Any]]]:
    """Return (participant, name, verdict payload) for every statement of an uploaded sheet.

    Raises SheetError for a file the sheet checker cannot read (one line saying why).
    """
    from ..sheets.check import check_tables
    from ..sheets.config import Config
    from ..sheets.read import read_upload

    report = check_tables(read_upload(raw, name), Config())
    return [
        (IMPORTED_BY, judged.item.owner[:80], verdict_payload(judged.verdict))
        for judged in report.judged
        if judged.verdict is not None
    ]


async def import_sheet(request: Request) -> Response:
    """POST /api/board/import?name=FILE (the file as the body): add a sheet's statements to the board."""
    workshop = require_facilitator(request)
    name = Path(request.query_params.get("name") or "sheet.csv").name[:200]
    raw = await read_body(request, LARGE_BODY)
    if not raw:
        raise ApiError(400, "empty upload: send the sheet's bytes as the request body")
    try:
        items = await run_in_threadpool(read_sheet, raw, name)
    except SheetError as exc:
        raise ApiError(422, str(exc)) from None
    if not items:
        raise ApiError(422, f"{name}: no statements found in this sheet")
    store = context(request).store
    count = await run_in_threadpool(store.add_entries, workshop.id, items, "import")
    from .board import publish

    await publish(request)
    return JSONResponse({"imported": count}, status_code=201)
