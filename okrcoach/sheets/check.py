"""check_sheet: read sheets, find their statements, classify them in one batch and judge them."""

from __future__ import annotations

import gc
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..verdict import Verdict
from .columns import Columns, detect_columns, holds_okrs
from .config import Config, find_config
from .judge import judge_table, unreadable_reason
from .layout import Items, read_items
from .read import expand_inputs, read_tables
from .results import SheetReport
from .table import SheetError, Table
from .words import normalise, words

if TYPE_CHECKING:
    import pandas as pd

Progress = Callable[[int, int], None]
BATCH = 512  # statements per classify_many call, so a progress bar can move


def check_sheet(
    source: str | Path | Sequence[str | Path] | pd.DataFrame,
    *,
    config: Config | None = None,
    progress: Progress | None = None,
    **options: Any,
) -> SheetReport:
    """Return the SheetReport of a sheet, several sheets or folders, or a pandas DataFrame.

    options override the settings found beside the sheet (okrcoach.toml or pyproject.toml's
    [tool.okrcoach]): ignore, select, fail_on, accept_delivery, lang, encoding, sheet, columns
    ({"statement": "KR text", "type": ..., "objective": ..., "owner": ...}), ui_lang.
    Raises SheetError for a file that cannot be read, with a one-line message.
    """
    if _is_frame(source):
        cfg = (config or Config()).merged(**options)
        return check_tables([frame_table(source)], cfg, progress=progress)
    paths = [source] if isinstance(source, (str, Path)) else list(source)
    files = expand_inputs([str(p) for p in paths])
    base = config or (find_config(files[0]) if files else Config())
    cfg = base.merged(**options)
    tables: list[Table] = []
    for f in files:
        tables.extend(read_tables(f, encoding=cfg.encoding, sheet=cfg.sheet))
    return check_tables(tables, cfg, progress=progress, explicit_sheet=cfg.sheet is not None)


def _is_frame(obj: object) -> bool:
    return type(obj).__name__ == "DataFrame" and hasattr(obj, "columns")


def frame_table(df: pd.DataFrame) -> Table:
    """Return a Table of a DataFrame: its column names as the header row, its cells as text."""
    header = [str(c) for c in df.columns]
    rows = [header]
    for record in df.itertuples(index=False, name=None):
        rows.append(["" if _missing(v) else str(v) for v in record])
    return Table("<dataframe>", None, "frame", rows, line_numbers=list(range(1, len(rows) + 1)))


def _missing(v: object) -> bool:
    return v is None or (isinstance(v, float) and v != v)


_PAUSED = False


@contextmanager
def paused_collection() -> Iterator[None]:
    """Check a whole sheet without the cyclic garbage collector scanning the loaded models and catalog
    again and again: what is alive now is frozen, collection resumes after the batch (reference counting
    still frees everything else at once). On a 10,000-row sheet the collector's full passes took about a
    third of judging (benchmarks/sheet_bench.py)."""
    global _PAUSED
    if _PAUSED:  # already inside a paused batch (the command pauses around checking and writing)
        yield
        return
    enabled = gc.isenabled()
    gc.freeze()
    gc.disable()
    _PAUSED = True
    try:
        yield
    finally:
        _PAUSED = False
        if enabled:
            gc.enable()
        gc.unfreeze()


def check_tables(
    tables: list[Table], config: Config, *, progress: Progress | None = None, explicit_sheet: bool = False
) -> SheetReport:
    """Return the SheetReport of tables already read."""
    prepared: list[tuple[Table, Columns | None, Items]] = []
    skipped: list[str] = []
    for table in tables:
        if table.kind == "markdown":
            items = read_items(table, Columns(0, table.rows[0], statement=2))
            prepared.append((table, None, items))
            continue
        named_aside = table.sheet is not None and normalise(table.sheet) in words().skip_sheets
        if table.kind == "xlsx" and not explicit_sheet and (named_aside or (len(tables) > 1 and not holds_okrs(table))):
            skipped.append(table.name)
            continue
        if table.kind == "xlsx" and not any(any(c.strip() for c in r) for r in table.rows):
            skipped.append(table.name)
            continue
        cols = detect_columns(table, config.columns)
        prepared.append((table, cols, read_items(table, cols)))
    if not prepared:
        raise SheetError(
            f"{tables[0].source if tables else 'input'}: no sheet holds OKRs (skipped: {', '.join(skipped)})"
        )
    for table, _, items in prepared:
        for it in items.items:
            it.line = table.line(it.row)
    with paused_collection():
        verdicts = _classify([it for _, _, items in prepared for it in items.items], config, progress)
        reports = [judge_table(t, c, i, verdicts, config) for t, c, i in prepared]
    langs = Counter(j.lang for r in reports for j in r.judged if j.lang)
    ui = config.ui_lang or (langs.most_common(1)[0][0] if langs else "en")
    return SheetReport(reports, config, ui, skipped)


def _classify(
    items: list[Any], config: Config, progress: Progress | None
) -> dict[int, tuple[Verdict | None, str | None]]:
    """Classify every distinct readable statement once, in batches; unreadable cells get their reason instead."""
    from ..api import classify_many

    out: dict[int, tuple[Verdict | None, str | None]] = {}
    waiting: dict[str, list[int]] = {}  # statement -> the items that hold it (a sheet repeats some statements)
    for it in items:
        reason = unreadable_reason(it.text)
        out[id(it)] = (None, reason)
        if reason is None:
            waiting.setdefault(it.text, []).append(id(it))
    texts = list(waiting)
    total = len(texts)
    for at in range(0, total, BATCH):
        part = texts[at : at + BATCH]
        for text, verdict in zip(part, classify_many(part, lang=config.lang, keep_views=True), strict=True):
            for ident in waiting[text]:
                out[ident] = (verdict, None)
        if progress:
            progress(min(at + BATCH, total), total)
    return out


def write_progress(done: int, total: int) -> None:
    """Draw a progress bar on stderr (callers pass it only when stderr is a terminal)."""
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\rchecking {'█' * filled}{'░' * (width - filled)} {done:,}/{total:,}")
    if done >= total:
        sys.stderr.write("\r" + " " * (width + 30) + "\r")
    sys.stderr.flush()
