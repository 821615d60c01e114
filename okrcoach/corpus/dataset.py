"""Read the labeled statements in data/statements.csv."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..verdict import LABELS

COLUMNS = ("text", "lang", "label", "domain", "learning", "hard_case", "split")


@dataclass(frozen=True, slots=True)
class Example:
    """One labeled statement."""

    text: str
    lang: str
    label: str
    domain: str
    learning: bool
    hard_case: bool
    split: str


def default_data_path() -> Path:
    """Return data/statements.csv of a source checkout (training needs the repository, not the wheel)."""
    return Path(__file__).resolve().parents[2] / "data" / "statements.csv"


def data_hash(path: Path) -> str:
    """Return the sha256 of the data file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(path: Path, required: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """Yield the rows of a labeled CSV, failing on a missing column, a bad label or a bad language."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing columns {', '.join(missing)}")
        for n, row in enumerate(reader, start=2):
            if row["label"] not in LABELS or row["lang"] not in ("en", "ja"):
                raise ValueError(f"{path}:{n}: bad label or lang: {row['label']!r} {row['lang']!r}")
            yield row


def read_examples(path: Path) -> list[Example]:
    """Return every labeled statement, validating columns and labels."""
    return [
        Example(
            row["text"],
            row["lang"],
            row["label"],
            row["domain"],
            row["learning"] == "1",
            row["hard_case"] == "1",
            row["split"],
        )
        for row in _rows(path, COLUMNS)
    ]


def default_field_path() -> Path:
    """Return data/field.csv: the held-out statements in real-world sheet styles (never trained on)."""
    return default_data_path().with_name("field.csv")


def read_field(path: Path) -> list[Example]:
    """Return the field split as examples (split "field"); its style column marks the noise it carries."""
    return [
        Example(row["text"], row["lang"], row["label"], row.get("domain", ""), False, False, "field")
        for row in _rows(path, ("text", "lang", "label"))
    ]
