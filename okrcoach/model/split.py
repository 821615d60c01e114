"""The fixed train/dev/test split, derived from each statement's text."""

from __future__ import annotations

import hashlib
import unicodedata

TEST_SHARE = 0.15
DEV_SHARE = 0.15


def split_of(text: str) -> str:
    """Return "train", "dev" or "test" for a statement, stable across runs and machines."""
    key = " ".join(unicodedata.normalize("NFKC", text).lower().split())
    bucket = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") / 2**64
    if bucket < TEST_SHARE:
        return "test"
    if bucket < TEST_SHARE + DEV_SHARE:
        return "dev"
    return "train"
