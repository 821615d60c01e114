"""The header, type, tag and learning words of words.toml, loaded once and validated."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

ROLES = (
    "statement",
    "type",
    "objective",
    "owner",
    "parent",
    "id",
    "start",
    "current",
    "target",
    "unit",
    "due",
    "other",
)
CLAIMS = ("objective", "key_result", "task")


_SEPARATORS = re.compile(r"[_\-/|:：()（）\[\]【】*\s]+")


def normalise(text: str) -> str:
    """Return a header or type cell folded for comparison: NFKC, lower case, separators as single spaces."""
    return _SEPARATORS.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip()


@dataclass(frozen=True)
class Words:
    """The vocabulary of sheets, as data."""

    headers: dict[str, frozenset[str]]
    wide_key_result: tuple[re.Pattern[str], ...]
    skip_sheets: frozenset[str]
    types: dict[str, frozenset[str]]
    ids: dict[str, re.Pattern[str]]
    note_prefixes: tuple[str, ...]
    learning_en: frozenset[str]
    learning_ja: tuple[str, ...]
    why_patterns: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def words() -> Words:
    """Return the vocabulary from words.toml; a missing or unknown key names the file and the key."""
    text = resources.files("okrcoach.sheets").joinpath("words.toml").read_text("utf-8")
    data = tomllib.loads(text)
    where = "okrcoach/sheets/words.toml"
    unknown = set(data["headers"]) - set(ROLES) - {"wide_key_result", "skip_sheets"}
    if unknown:
        raise ValueError(f"{where}: unknown header role(s) {sorted(unknown)}; known: {', '.join(ROLES)}")
    for role in ROLES:
        if role not in data["headers"]:
            raise ValueError(f"{where}: [headers] has no {role!r} list")
    if set(data["types"]) != set(CLAIMS) or set(data["ids"]) != set(CLAIMS):
        raise ValueError(f"{where}: [types] and [ids] need exactly {', '.join(CLAIMS)}")
    h = data["headers"]
    return Words(
        headers={role: frozenset(normalise(w) for w in h[role]) for role in ROLES},
        wide_key_result=tuple(re.compile(p) for p in h["wide_key_result"]),
        skip_sheets=frozenset(normalise(w) for w in h["skip_sheets"]),
        types={k: frozenset(normalise(w) for w in v) for k, v in data["types"].items()},
        ids={k: re.compile(v, re.IGNORECASE) for k, v in data["ids"].items()},
        note_prefixes=tuple(p.lower() for p in data["notes"]["prefixes"]),
        learning_en=frozenset(data["learning"]["en"]),
        learning_ja=tuple(data["learning"]["ja"]),
        why_patterns=tuple(re.compile(p) for p in data["learning"]["why_patterns"]),
    )


def claim_of_type(cell: str) -> str | None:
    """Return objective, key_result or task for a type cell ('KR', 'Initiative', 施策), None if unknown."""
    key = normalise(cell)
    if not key:
        return None
    key = re.sub(r"\s*[\d.]+$", "", key)  # "KR 1.2" in a type column
    for claim, names in words().types.items():
        if key in names:
            return claim
    # emoji or status marks around the word: keep letters only
    letters = normalise(re.sub(r"[^\w\s]", " ", key))
    for claim, names in words().types.items():
        if letters in names:
            return claim
    return None


def claim_of_tag(text: str) -> tuple[str | None, str]:
    """Return the type a statement's own tag claims ('KR 1.2:', 【KR】, 'O1.') and its body, by okrcoach.anatomy."""
    from ..anatomy import split

    anatomy = split(text)
    return anatomy.claimed, anatomy.body or text


def claim_of_id(ident: str) -> str | None:
    """Return the type an id cell names: O1 / 目標1 an objective, KR1.2 a key result, I-3 a task."""
    key = normalise(ident)
    for claim, pattern in words().ids.items():
        if pattern.match(key):
            return claim
    return None
