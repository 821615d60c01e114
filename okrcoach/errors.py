"""Every error okrcoach raises on purpose, and the one validator of a statement.

Library callers catch these by type; the CLI, the sheet checker, the spaCy component and the web
API turn them into one line or one JSON error. Anything else that escapes is a bug.
"""

from __future__ import annotations

MAX_CHARS = 2000


class OKRCoachError(Exception):
    """Base class of the errors okrcoach raises for input it cannot use."""


class StatementError(OKRCoachError, ValueError):
    """A statement that cannot be classified: empty, too long, binary or without words."""


class StatementTypeError(OKRCoachError, TypeError):
    """Something that is not text was given where a statement belongs."""


class LanguageError(OKRCoachError, ValueError):
    """A language code okrcoach does not support."""


class DataFileError(OKRCoachError, ValueError):
    """A shipped data file (lexicon, templates, catalog) is malformed: names the file and the key."""


class ModelError(OKRCoachError, RuntimeError):
    """A model file is missing, untrusted or does not match the code."""


def check_statement(text: object) -> str | None:
    """Return why text cannot be classified (one sentence), or None when it can."""
    if not isinstance(text, str):
        return f"expected str, got {type(text).__name__}"
    if not text.strip():
        return "empty statement: write the key result, task or objective to check"
    if len(text) > MAX_CHARS:
        return (
            f"statement is {len(text):,} characters long; okrcoach reads one OKR statement "
            f"at a time (at most {MAX_CHARS:,} characters)"
        )
    if "\x00" in text:
        return "statement contains NUL bytes: is this binary data rather than text?"
    if not any(ch.isalnum() for ch in text):
        return f"statement has no words or numbers, only {text.strip()[:20]!r}"
    return None


def validate(text: object, index: int | None = None) -> str:
    """Return text if it can be classified; raise StatementTypeError or StatementError saying why."""
    reason = check_statement(text)
    if reason is None:
        return text  # type: ignore[return-value]  # check_statement accepted it, so it is a str
    where = "" if index is None else f" (item {index})"
    if not isinstance(text, str):
        raise StatementTypeError(f"okrcoach reads text{where}: {reason}")
    raise StatementError(f"{reason}{where}" if index is not None else reason)


class SheetError(OKRCoachError, ValueError):
    """A sheet that cannot be read or understood (broken file, unknown encoding, no statement column)."""
