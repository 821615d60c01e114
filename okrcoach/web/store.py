"""The board store: workshops and their submitted statements in one SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import OKRCoachError
from .rooms import new_facilitator_key, new_room_code


class BoardFileError(OKRCoachError):
    """The board's SQLite file cannot be created or opened (a wrong --db, a file that is not a database)."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS workshops (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    room_code TEXT NOT NULL UNIQUE,
    facilitator_key TEXT NOT NULL,
    hide_names INTEGER NOT NULL DEFAULT 0,
    spotlight INTEGER,
    created_at REAL NOT NULL,
    opened_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workshop_id INTEGER NOT NULL REFERENCES workshops(id),
    participant TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    lang TEXT NOT NULL,
    label TEXT NOT NULL,
    confidence REAL NOT NULL,
    verdict TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'page',
    removed INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_by_workshop ON entries(workshop_id, removed);
CREATE INDEX IF NOT EXISTS entries_by_participant ON entries(workshop_id, participant);
"""
# Added after the first boards were written: applied to older files when they are opened.
_MIGRATIONS = {"submission": "ALTER TABLE entries ADD COLUMN submission TEXT"}
_SUBMISSION_INDEX = (
    "CREATE UNIQUE INDEX IF NOT EXISTS entries_by_submission ON entries(workshop_id, participant, submission)"
    " WHERE submission IS NOT NULL"
)


def default_db_path() -> Path:
    """Return where workshops are kept unless --db says otherwise ($XDG_DATA_HOME/okrcoach/workshops.db)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "okrcoach" / "workshops.db"


@dataclass(frozen=True, slots=True)
class Workshop:
    """One workshop: its room code for participants and its key for the facilitator."""

    id: int
    title: str
    room_code: str
    facilitator_key: str
    hide_names: bool
    spotlight: int | None


@dataclass(frozen=True, slots=True)
class Entry:
    """One statement submitted to a workshop's board, with the verdict it had when submitted."""

    id: int
    participant: str
    name: str
    text: str
    lang: str
    label: str
    confidence: float
    verdict: dict[str, Any]
    source: str
    created_at: float

    def to_dict(self, *, hide_name: bool = False) -> dict[str, Any]:
        """Return the entry as JSON for the board (the participant id stays on the server).

        Of the verdict, the board shows the reasons and the rewrites (when an entry is shown large).
        """
        return {
            "id": self.id,
            "name": "" if hide_name else self.name,
            "text": self.text,
            "lang": self.lang,
            "label": self.label,
            "confidence": self.confidence,
            "verdict": {k: self.verdict.get(k, []) for k in ("reasons", "suggestions")},
            "source": self.source,
            "created_at": self.created_at,
        }


class BoardStore:
    """Workshops and entries in SQLite; every write is committed before the call returns.

    A workshop's board is also kept in memory once read, so showing it after each submission does not
    read and decode the whole board from the file again.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._boards: dict[int, dict[int, Entry]] = {}  # workshop id -> entry id -> entry, in id order
        try:
            if str(path) != ":memory:":
                # Names, statements and the facilitator's key: readable by this user only.
                self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                if not self.path.exists():
                    self.path.touch(mode=0o600)
            # One connection shared by the server's threads, serialised by a lock: writes are tiny.
            self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            with self._lock:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA foreign_keys=ON")
                self._db.executescript(_SCHEMA)
                columns = {row["name"] for row in self._db.execute("PRAGMA table_info(entries)")}
                for column, statement in _MIGRATIONS.items():
                    if column not in columns:
                        self._db.execute(statement)
                self._db.execute(_SUBMISSION_INDEX)
        except (OSError, sqlite3.Error) as exc:
            raise BoardFileError(f"{path}: cannot keep the boards here ({exc}); pass another --db FILE") from None

    def close(self) -> None:
        """Close the database file."""
        with self._lock:
            self._db.close()

    # workshops

    def create_workshop(self, title: str = "") -> Workshop:
        """Start a new workshop with a fresh room code and facilitator key."""
        now = time.time()
        title = title or time.strftime("Workshop %Y-%m-%d %H:%M")
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO workshops (title, room_code, facilitator_key, created_at, opened_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (title, new_room_code(), new_facilitator_key(), now, now),
            )
            workshop_id = cur.lastrowid
        assert workshop_id is not None
        return self.workshop(workshop_id)

    def last_workshop(self) -> Workshop | None:
        """Return the workshop opened most recently, or None if there is none."""
        with self._lock:
            row = self._db.execute("SELECT id FROM workshops ORDER BY opened_at DESC, id DESC LIMIT 1").fetchone()
        return None if row is None else self.workshop(row["id"])

    def reopen(self, workshop_id: int) -> Workshop:
        """Mark a workshop as the one opened last (what --resume picks next time)."""
        with self._lock:
            self._db.execute("UPDATE workshops SET opened_at = ? WHERE id = ?", (time.time(), workshop_id))
        return self.workshop(workshop_id)

    def workshop(self, workshop_id: int) -> Workshop:
        """Return one workshop by id."""
        with self._lock:
            row = self._db.execute("SELECT * FROM workshops WHERE id = ?", (workshop_id,)).fetchone()
        if row is None:
            raise KeyError(f"no workshop with id {workshop_id}")
        return Workshop(
            row["id"], row["title"], row["room_code"], row["facilitator_key"], bool(row["hide_names"]), row["spotlight"]
        )

    def set_hide_names(self, workshop_id: int, hide: bool) -> None:
        """Show or hide participants' names on the board."""
        with self._lock:
            self._db.execute("UPDATE workshops SET hide_names = ? WHERE id = ?", (int(hide), workshop_id))

    def set_spotlight(self, workshop_id: int, entry_id: int | None) -> None:
        """Show one entry large on the board (None: show the whole board)."""
        with self._lock:
            self._db.execute("UPDATE workshops SET spotlight = ? WHERE id = ?", (entry_id, workshop_id))

    # entries

    def add_entry(
        self,
        workshop_id: int,
        *,
        participant: str,
        name: str,
        verdict: dict[str, Any],
        source: str = "page",
        submission: str | None = None,
    ) -> Entry:
        """Store one submitted statement with its verdict; return it with its id.

        submission is the page's own id for this submission: sending it again (a retry after a lost
        answer) raises sqlite3.IntegrityError instead of storing it twice.
        """
        now = time.time()
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO entries (workshop_id, participant, name, text, lang, label, confidence, verdict, source,"
                " created_at, submission) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    workshop_id,
                    participant,
                    name,
                    verdict["text"],
                    verdict["lang"],
                    verdict["label"],
                    float(verdict["confidence"]),
                    json.dumps(verdict, ensure_ascii=False),
                    source,
                    now,
                    submission,
                ),
            )
            entry_id = cur.lastrowid
            assert entry_id is not None
            entry = Entry(
                entry_id,
                participant,
                name,
                verdict["text"],
                verdict["lang"],
                verdict["label"],
                float(verdict["confidence"]),
                verdict,
                source,
                now,
            )
            if workshop_id in self._boards:
                self._boards[workshop_id][entry_id] = entry
        return entry

    def find_submission(self, workshop_id: int, participant: str, submission: str) -> Entry | None:
        """Return the entry a page stored under its submission id (removed ones too), or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM entries WHERE workshop_id = ? AND participant = ? AND submission = ?",
                (workshop_id, participant, submission),
            ).fetchone()
        return None if row is None else _entry(row)

    def add_entries(self, workshop_id: int, items: list[tuple[str, str, dict[str, Any]]], source: str) -> int:
        """Store many (participant, name, verdict) entries in one transaction; return how many."""
        now = time.time()
        rows = [
            (workshop_id, p, n, v["text"], v["lang"], v["label"], float(v["confidence"]),
             json.dumps(v, ensure_ascii=False), source, now)
            for p, n, v in items
        ]  # fmt: skip
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany(
                    "INSERT INTO entries (workshop_id, participant, name, text, lang, label, confidence, verdict,"
                    " source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            self._boards.pop(workshop_id, None)  # read again with the new ids on next use
        return len(rows)

    def remove_entry(self, workshop_id: int, entry_id: int) -> bool:
        """Take an entry off the board (kept in the file, marked removed); False if there was none."""
        with self._lock:
            cur = self._db.execute(
                "UPDATE entries SET removed = 1 WHERE id = ? AND workshop_id = ? AND removed = 0",
                (entry_id, workshop_id),
            )
            if cur.rowcount:
                self._db.execute(
                    "UPDATE workshops SET spotlight = NULL WHERE id = ? AND spotlight = ?", (workshop_id, entry_id)
                )
                self._boards.get(workshop_id, {}).pop(entry_id, None)
        return bool(cur.rowcount)

    def entries(self, workshop_id: int, participant: str | None = None) -> list[Entry]:
        """Return the board's entries in submission order (only one participant's when given)."""
        with self._lock:
            if participant is None and workshop_id in self._boards:
                return list(self._boards[workshop_id].values())
        query = "SELECT * FROM entries WHERE workshop_id = ? AND removed = 0"
        params: tuple[Any, ...] = (workshop_id,)
        if participant is not None:
            query += " AND participant = ?"
            params += (participant,)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY id", params).fetchall()
            entries = [_entry(r) for r in rows]
            if participant is None:
                self._boards[workshop_id] = {e.id: e for e in entries}
        return entries


def _entry(r: sqlite3.Row) -> Entry:
    return Entry(
        r["id"],
        r["participant"],
        r["name"],
        r["text"],
        r["lang"],
        r["label"],
        r["confidence"],
        json.loads(r["verdict"]),
        r["source"],
        r["created_at"],
    )
