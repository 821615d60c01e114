"""Turn a table into the statements it holds, each with its claimed type, objective, owner and values.

Layouts (`Items.layout`):
  1 "key_result_rows"  one row per key result, its objective in a column (blank cells below repeat it);
  2 "objective_rows"   objective rows followed by their key-result rows;
  3 "typed_rows"       a type column mixing objectives, key results and initiatives (parent ids optional);
  4 "wide"             one row per objective, numbered key-result columns;
  5 "markdown"         headings and nested bullets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .columns import Columns
from .table import Table
from .words import claim_of_id, claim_of_tag, claim_of_type, normalise, words

LAYOUTS = {1: "key_result_rows", 2: "objective_rows", 3: "typed_rows", 4: "wide", 5: "markdown"}


@dataclass
class Item:
    """One statement of the sheet and what the sheet says about it."""

    row: int  # index into Table.rows
    column: int  # column holding the statement
    text: str
    claimed: str | None = None  # objective | key_result | task | None
    claimed_by: str = ""  # "type column", "tag", "header", "layout", "markdown"
    objective: str | None = None  # key of the objective it belongs to (its objective's item key)
    objective_text: str = ""
    parent: str = ""
    item_id: str = ""
    owner: str = ""
    start: str = ""
    current: str = ""
    target: str = ""
    unit: str = ""
    due: str = ""
    line: int = 0  # the row or line number people see in the file

    @property
    def key(self) -> str:
        """Return a key unique within the table: row and column."""
        return f"{self.row}:{self.column}"


@dataclass
class Items:
    """The statements of one table, the layout they were read with, and the rows skipped as notes."""

    layout: int
    items: list[Item]
    notes: list[int] = field(default_factory=list)
    objectives: dict[str, str] = field(default_factory=dict)  # objective key -> its text, in sheet order
    by_text: dict[str, str] = field(default_factory=dict, repr=False)  # folded objective-column text -> key

    @property
    def layout_name(self) -> str:
        """Return the layout's name."""
        return LAYOUTS[self.layout]


def _cell(row: list[str], idx: int | None) -> str:
    return row[idx].strip() if idx is not None and idx < len(row) else ""


def _is_note(row: list[str], cols: Columns) -> bool:
    filled = [c.strip() for c in row if c.strip()]
    if not filled:
        return False
    first = filled[0].lower()
    if first.startswith(words().note_prefixes):
        return True
    content = [cols.statement, cols.objective, cols.type, *cols.wide]
    if all(not _cell(row, i) for i in content if i is not None):
        return True  # a row with no statement, objective or type: a note, a subtotal, a legend
    if cols.header_row is not None and [normalise(c) for c in row] == [normalise(c) for c in cols.headers]:
        return True  # the header repeated (a second block of the same table)
    return False


def _values(item: Item, row: list[str], cols: Columns) -> Item:
    item.owner = _cell(row, cols.owner)
    item.parent = _cell(row, cols.parent)
    item.item_id = _cell(row, cols.id)
    item.start = _cell(row, cols.start)
    item.current = _cell(row, cols.current)
    item.target = _cell(row, cols.target)
    item.unit = _cell(row, cols.unit)
    item.due = _cell(row, cols.due)
    return item


def _header_claim(cols: Columns) -> str | None:
    """Return what the statement column's header says its rows are ('Key Result' -> key_result)."""
    if cols.statement is None or cols.statement >= len(cols.headers):
        return None
    return claim_of_type(cols.headers[cols.statement])


def read_items(table: Table, cols: Columns) -> Items:
    """Return the statements of a table under the layout its columns and rows show."""
    if table.kind == "markdown":
        return _markdown(table)
    start = 0 if cols.header_row is None else cols.header_row + 1
    body = [(i, table.rows[i]) for i in range(start, len(table.rows))]
    if cols.wide:
        return _wide(body, cols)
    if cols.type is not None:
        return _typed(body, cols)
    return _key_result_rows(body, cols)


def _wide(body: list[tuple[int, list[str]]], cols: Columns) -> Items:
    out = Items(4, [])
    obj_col = cols.objective if cols.objective is not None else cols.statement
    last_obj: str | None = None
    for i, row in body:
        if _is_note(row, cols):
            out.notes.append(i)
            continue
        text = _cell(row, obj_col)
        if text and obj_col is not None:
            obj = _values(Item(i, obj_col, text, "objective", "layout"), row, cols)
            obj.objective, obj.objective_text = obj.key, text
            out.items.append(obj)
            out.objectives[obj.key] = text
            last_obj = obj.key
        for j in cols.wide:
            kr_text = _cell(row, j)
            if kr_text:
                kr = _values(Item(i, j, kr_text, "key_result", "layout"), row, cols)
                kr.start = kr.current = kr.target = ""  # value columns of a wide row belong to no single KR
                kr.objective = last_obj if text or last_obj else None
                kr.objective_text = out.objectives.get(kr.objective or "", "")
                out.items.append(kr)
    return out


def _typed(body: list[tuple[int, list[str]]], cols: Columns) -> Items:
    out = Items(3, [])
    last_obj: str | None = None
    last_kr: Item | None = None
    by_id: dict[str, Item] = {}
    for i, row in body:
        if _is_note(row, cols):
            out.notes.append(i)
            continue
        text = _cell(row, cols.statement)
        if not text:
            out.notes.append(i)
            continue
        claimed = claim_of_type(_cell(row, cols.type))
        how = "type column"
        if claimed is None:
            claimed, _ = claim_of_tag(text)
            how = "tag" if claimed else ""
        item = _values(Item(i, cols.statement or 0, text, claimed, how), row, cols)
        if item.item_id:
            by_id[normalise(item.item_id)] = item
        # the parent cell names an earlier row by its id or by its text ("Aligned to: Grow revenue")
        parent = by_id.get(normalise(item.parent)) if item.parent else None
        by_id.setdefault(normalise(text), item)
        if claimed == "objective":
            item.objective = item.key
            out.objectives[item.key] = text
            last_obj, last_kr = item.key, None
        elif parent is not None:
            item.objective = parent.objective
        elif claimed == "task" and last_kr is not None:
            item.objective = last_kr.objective
        else:
            item.objective = last_obj
        if cols.objective is not None and _cell(row, cols.objective) and claimed != "objective":
            item.objective = _objective_from_cell(out, _cell(row, cols.objective))
        if claimed == "key_result":
            last_kr = item
        item.objective_text = out.objectives.get(item.objective or "", "")
        out.items.append(item)
    return out


def _objective_from_cell(out: Items, text: str) -> str:
    """Return the key of an objective named in an objective column (one key per distinct text)."""
    folded = normalise(text)
    key = out.by_text.get(folded)
    if key is None:
        key = f"col:{len(out.objectives)}"
        out.objectives[key] = text
        out.by_text[folded] = key
    return key


def _key_result_rows(body: list[tuple[int, list[str]]], cols: Columns) -> Items:
    out = Items(1, [])
    default_claim = _header_claim(cols)
    last_obj: str | None = None
    objective_rows = False
    for i, row in body:
        if not any(c.strip() for c in row):
            continue  # a blank row inside a block: the objective above carries on
        if _is_note(row, cols):
            out.notes.append(i)
            continue
        text = _cell(row, cols.statement)
        obj_cell = _cell(row, cols.objective)
        if obj_cell:
            if not text:
                # an objective row (layout 2 in two columns): the objective alone, its key results below
                obj = _values(Item(i, cols.objective or 0, obj_cell, "objective", "layout"), row, cols)
                obj.objective, obj.objective_text = obj.key, obj_cell
                out.objectives[obj.key] = obj_cell
                out.by_text[normalise(obj_cell)] = obj.key
                out.items.append(obj)
                last_obj = obj.key
                objective_rows = True
                continue
            seen = len(out.objectives)
            last_obj = _objective_from_cell(out, obj_cell)
            if len(out.objectives) > seen and text:
                # the objective is judged too, where it is first written (its findings join this row's)
                obj = _values(Item(i, cols.objective or 0, obj_cell, "objective", "layout"), row, cols)
                obj.objective, obj.objective_text = last_obj, obj_cell
                out.items.append(obj)
        if not text:
            out.notes.append(i)
            continue
        # with an objective column the rows are key results and a tag only changes the claim, which the
        # verdict's anatomy gives later; without one, tags and ids are what shows the objectives
        claimed, how = (None, "") if cols.objective is not None else (*claim_of_tag(text)[:1], "tag")
        if claimed is None and cols.objective is None:
            claimed, how = claim_of_id(_cell(row, cols.id)), "id column"
        if claimed is None:
            claimed, how = default_claim, "header" if default_claim else ""
        item = _values(Item(i, cols.statement or 0, text, claimed, how), row, cols)
        if claimed == "objective":
            item.objective = item.key
            out.objectives[item.key] = text
            last_obj = item.key
            objective_rows = True
        else:
            item.objective = last_obj
        item.objective_text = out.objectives.get(item.objective or "", "")
        out.items.append(item)
    if objective_rows:
        out.layout = 2
    return out


def _markdown(table: Table) -> Items:
    """Read headings and nested bullets: the shallowest level holding statements are objectives, then KRs, tasks."""
    out = Items(5, [])
    entries = []
    for i, row in enumerate(table.rows[1:], start=1):
        level, text = int(row[1]), row[2]
        claimed, _ = claim_of_tag(text)
        entries.append((i, level, text, claimed))
    # Headings that only group (a page title, "Q3 OKRs") sit above the first level with tagged objectives or
    # directly above bullets; the objective level is the deepest heading level with bullets below it,
    # or the first bullet level when the page has no headings over its bullets.
    levels = sorted({lv for _, lv, _, _ in entries})
    tagged_obj = sorted({lv for _, lv, _, c in entries if c == "objective"})
    if tagged_obj:
        obj_level = tagged_obj[0]
    else:
        bullet_levels = [lv for lv in levels if lv >= 6]
        heading_parents = [
            lv for lv in levels if lv < 6 and any(b_lv >= 6 and _has_child(entries, lv) for _, b_lv, _, _ in entries)
        ]
        obj_level = max(heading_parents) if heading_parents else (bullet_levels[0] if bullet_levels else levels[0])
    deeper = [lv for lv in levels if lv > obj_level]
    kr_level = deeper[0] if deeper else None
    last_obj: str | None = None
    last_kr_obj: str | None = None
    for i, level, text, claimed in entries:
        how = "tag" if claimed else "markdown"
        if level < obj_level:
            out.notes.append(i)  # a page or section title
            continue
        if claimed is None:
            claimed = "objective" if level == obj_level else "key_result" if level == kr_level else "task"
        item = Item(i, 2, text, claimed, how)
        if claimed == "objective":
            item.objective = item.key
            out.objectives[item.key] = text
            last_obj = last_kr_obj = item.key
        else:
            item.objective = last_obj if claimed == "key_result" else last_kr_obj
        item.objective_text = out.objectives.get(item.objective or "", "")
        out.items.append(item)
    return out


def _has_child(entries: list[tuple[int, int, str, str | None]], level: int) -> bool:
    """Return True when some heading of this level is directly followed by a bullet."""
    for (_, lv, _, _), (_, nxt, _, _) in zip(entries, entries[1:], strict=False):
        if lv == level and nxt >= 6:
            return True
    return False
