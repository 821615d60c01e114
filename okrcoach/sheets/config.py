"""Linter settings: defaults, `[tool.okrcoach]` in pyproject.toml or okrcoach.toml beside the sheet, options."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .table import SheetError

FAIL_ON = ("problem", "warning", "never")


@dataclass(frozen=True)
class Config:
    """What to report and when to fail. Ids are finding ids (kr_not_measurable...) or check ids (has_deadline...)."""

    ignore: frozenset[str] = frozenset()
    select: frozenset[str] = frozenset()  # when set, only these ids are reported
    fail_on: str = "problem"
    accept_delivery: bool = False  # a deliverable with a date counts as a key result
    min_key_results: int = 2
    max_key_results: int = 5
    duplicate_ratio: float = 0.75  # word (or Japanese character-pair) overlap of near-duplicates
    lang: str | None = None
    encoding: str | None = None
    sheet: str | None = None
    columns: dict[str, str] = field(default_factory=dict)  # role -> header override
    ui_lang: str | None = None

    def reports(self, finding_id: str) -> bool:
        """Return True when a finding or check id is to be reported under these settings."""
        if finding_id in self.ignore:
            return False
        return not self.select or finding_id in self.select

    def merged(self, **options: Any) -> Config:
        """Return a copy with the options that are not None applied over these settings."""
        changes = {k: v for k, v in options.items() if v is not None}
        for key in ("ignore", "select"):
            if key in changes:
                changes[key] = frozenset(changes[key])
        if "columns" in changes:
            changes["columns"] = {**self.columns, **{k: v for k, v in changes["columns"].items() if v}}
        cfg = replace(self, **changes)
        cfg.validate()
        return cfg

    def validate(self) -> None:
        """Raise SheetError for a value no run could use."""
        if self.fail_on not in FAIL_ON:
            raise SheetError(f"fail_on must be one of {', '.join(FAIL_ON)}, got {self.fail_on!r}")
        if self.lang not in (None, "en", "ja") or self.ui_lang not in (None, "en", "ja"):
            raise SheetError("lang and ui_lang must be 'en' or 'ja'")
        if not 1 <= self.min_key_results <= self.max_key_results:
            raise SheetError("min_key_results must be at least 1 and at most max_key_results")


_KEYS = {f.name for f in fields(Config)}
_COLUMN_KEYS = {
    "text_column": "statement",
    "type_column": "type",
    "objective_column": "objective",
    "owner_column": "owner",
    "parent_column": "parent",
    "due_column": "due",
}


def from_table(data: dict[str, Any], where: str) -> Config:
    """Return the settings of a `[tool.okrcoach]` (or okrcoach.toml) table; unknown keys are errors."""
    data = {k.replace("-", "_"): v for k, v in data.items()}
    unknown = sorted(set(data) - _KEYS - set(_COLUMN_KEYS))
    if unknown:
        raise SheetError(f"{where}: unknown setting(s) {', '.join(unknown)}")
    columns = {role: str(data.pop(k)) for k, role in _COLUMN_KEYS.items() if k in data}
    for key in ("ignore", "select"):
        if key in data:
            if not isinstance(data[key], list) or not all(isinstance(x, str) for x in data[key]):
                raise SheetError(f"{where}: {key} must be a list of ids")
            data[key] = frozenset(data[key])
    try:
        cfg = Config(**data, columns=columns)
    except TypeError as exc:
        raise SheetError(f"{where}: {exc}") from None
    try:
        cfg.validate()
    except SheetError as exc:
        raise SheetError(f"{where}: {exc}") from None
    return cfg


def find_config(sheet: Path) -> Config:
    """Return the settings found beside a sheet: okrcoach.toml, else pyproject.toml's [tool.okrcoach]."""
    folder = sheet.resolve().parent
    own = folder / "okrcoach.toml"
    try:
        if own.is_file():
            data = tomllib.loads(own.read_text("utf-8"))
            return from_table(data.get("tool", {}).get("okrcoach", data), str(own))
        project = folder / "pyproject.toml"
        if project.is_file():
            data = tomllib.loads(project.read_text("utf-8")).get("tool", {}).get("okrcoach")
            if data is not None:
                return from_table(data, f"{project} [tool.okrcoach]")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SheetError(f"{folder}: unreadable settings file ({exc})") from None
    return Config()
