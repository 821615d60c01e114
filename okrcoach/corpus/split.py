"""The fixed train/dev/test split, derived from each statement's text."""

from __future__ import annotations

import hashlib
import unicodedata

TEST_SHARE = 0.15
DEV_SHARE = 0.15


def split_key(text: str) -> float:
    """Return a number in [0, 1) fixed by the statement's text (NFKC, case and spacing folded)."""
    key = " ".join(unicodedata.normalize("NFKC", text).lower().split())
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") / 2**64


def split_of(text: str) -> str:
    """Return "train", "dev" or "test" for a statement, stable across runs and machines."""
    bucket = split_key(text)
    if bucket < TEST_SHARE:
        return "test"
    if bucket < TEST_SHARE + DEV_SHARE:
        return "dev"
    return "train"
