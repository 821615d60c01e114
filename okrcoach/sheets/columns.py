"""Find the header row of a table and the role of each column (statement, type, objective, owner, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .table import SheetError, Table
from .words import ROLES, normalise, words

HEADER_SCAN = 30  # rows searched for the header (title rows and notes may sit above it)


def _role_of(header: str) -> str | None:
    """Return the role a header names, exact words first, then a whole phrase inside it."""
    key = normalise(header)
    if not key:
        return None
    w = words()
    if any(p.match(key) for p in w.wide_key_result):
        return "wide_key_result"
    for role, names in w.headers.items():
        if key in names:
            return role
    best: tuple[int, str] | None = None
    for role, names in w.headers.items():
        for name in names:
            if len(name) < 2:
                continue
            ascii_name = name.isascii()
            hit = re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", key) if ascii_name else name in key
            if hit and (best is None or len(name) > best[0]):
                best = (len(name), role)
    return best[1] if best else None


def detect_header_row(rows: list[list[str]]) -> int | None:
    """Return the index of the header row (the one naming the most known columns), None if no row does."""
    best: int | None = None
    best_score = 0.0
    for i, row in enumerate(rows[:HEADER_SCAN]):
        filled = [c for c in row if c.strip()]
        if not filled:
            continue
        roles = [_role_of(c) for c in filled]
        known = sum(1 for r in roles if r is not None)
        content = sum(1 for r in roles if r in ("statement", "objective", "type", "wide_key_result"))
        if content == 0 or known < max(1, len(filled) // 3):
            continue
        score = known * 2 + content - (len(filled) - known) * 0.5
        if score > best_score:
            best, best_score = i, score
    return best


@dataclass
class Columns:
    """The header row and the column index of each role (None when the sheet has no such column)."""

    header_row: int | None  # None: no header, the only column holds statements
    headers: list[str]
    statement: int | None = None
    type: int | None = None
    objective: int | None = None
    owner: int | None = None
    parent: int | None = None
    id: int | None = None
    start: int | None = None
    current: int | None = None
    target: int | None = None
    unit: int | None = None
    due: int | None = None
    wide: list[int] = field(default_factory=list)  # numbered key-result columns of a wide sheet

    def named(self) -> dict[str, str]:
        """Return role -> header of every detected column."""
        out = {}
        for role in ROLES[:-1]:  # every role but "other"
            idx = getattr(self, role)
            if idx is not None:
                out[role] = self.headers[idx] if idx < len(self.headers) else f"column {idx + 1}"
        if self.wide:
            out["key_results"] = ", ".join(self.headers[i] for i in self.wide)
        return out


OVERRIDES = ("statement", "type", "objective", "owner", "parent", "due")


def _find_column(table: Table, header_row: int | None, name: str, option: str) -> int:
    """Return the index of a column named by an option: its header, or a 1-based number, or a letter."""
    headers = table.rows[header_row] if header_row is not None else []
    for i, h in enumerate(headers):
        if h.strip() == name.strip() or normalise(h) == normalise(name):
            return i
    if name.isdigit() and 0 < int(name) <= max(table.width, 1):
        return int(name) - 1
    if re.fullmatch(r"[A-Za-z]{1,2}", name):
        idx = 0
        for ch in name.upper():
            idx = idx * 26 + (ord(ch) - 64)
        if idx <= table.width:
            return idx - 1
    seen = ", ".join(h for h in headers if h.strip()) or "none"
    raise SheetError(f"{table.name}: {option} {name!r} names no column (headers seen: {seen})")


def detect_columns(table: Table, overrides: dict[str, str] | None = None) -> Columns:
    """Return the header row and column roles of a table; SheetError when no column holds statements."""
    overrides = {k: v for k, v in (overrides or {}).items() if v}
    if not any(c.strip() for r in table.rows for c in r):
        raise SheetError(f"{table.name}: the sheet is empty")
    header_row = detect_header_row(table.rows)
    if header_row is None and overrides:
        for i, row in enumerate(table.rows[:HEADER_SCAN]):
            if any(normalise(c) == normalise(v) for c in row for v in overrides.values()):
                header_row = i
                break
        if header_row is None and not overrides.get("statement", "x").isdigit():
            # columns named by letter: the first row with text is the header
            header_row = next((i for i, r in enumerate(table.rows) if any(c.strip() for c in r)), None)
    if header_row is None:
        filled_cols = {j for row in table.rows for j, c in enumerate(row) if c.strip()}
        if len(filled_cols) == 1 or (overrides.get("statement") and overrides["statement"].isdigit()):
            col = next(iter(filled_cols)) if len(filled_cols) == 1 else int(overrides["statement"]) - 1
            return Columns(None, [], statement=col)
        first = next((r for r in table.rows if any(c.strip() for c in r)), [])
        seen = ", ".join(c for c in first if c.strip())[:200] or "none"
        raise SheetError(
            f"{table.name}: no header row names a key-result, objective or type column; pass --text-column "
            f"(first row seen: {seen})"
        )
    headers = table.rows[header_row]
    cols = Columns(header_row, list(headers))
    for i, h in enumerate(headers):
        role = _role_of(h)
        if role == "wide_key_result":
            cols.wide.append(i)
        elif role and role != "other" and getattr(cols, role) is None:
            setattr(cols, role, i)
    for role in OVERRIDES:
        if role in overrides:
            option = "--text-column" if role == "statement" else f"--{role}-column"
            col = _find_column(table, header_row, overrides[role], option)
            # a column the user names holds that role only: 「目標」 named as the statement is no objective column
            for other in OVERRIDES:
                if other not in overrides and getattr(cols, other) == col:
                    setattr(cols, other, None)
            setattr(cols, role, col)
    if len(cols.wide) < 2:
        if cols.wide and cols.statement is None:
            cols.statement = cols.wide[0]
        cols.wide = []
    if cols.statement is None and not cols.wide:
        if cols.objective is not None and cols.type is not None:
            # "Objective | Type": the statement sits in the objective column of a type-mixed sheet
            cols.statement, cols.objective = cols.objective, None
        else:
            seen = ", ".join(h for h in headers if h.strip())
            raise SheetError(
                f"{table.name}: no column looks like key results; pass --text-column (headers seen: {seen})"
            )
    return cols


def holds_okrs(table: Table) -> bool:
    """Return False for sheets that are read-me, lookup or settings sheets, or hold no header we know."""
    if table.sheet is not None and normalise(table.sheet) in words().skip_sheets:
        return False
    try:
        detect_columns(table)
    except SheetError:
        return False
    return True
