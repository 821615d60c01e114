"""re's module-level calls with every pattern compiled once and kept.

re keeps only the last 512 patterns it compiled; the readers and the rewrite engine build patterns from
every phrase of the lexicon and the catalog (several thousand), so re's cache kept evicting them and a
large sheet spent a third of its rewrite time compiling the same patterns again. Patterns here come from
the bundled data files and their phrases, so the set is bounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return pattern compiled, compiling it the first time only."""
    return re.compile(pattern, flags)


def search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    """re.search with a kept pattern."""
    return compiled(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    """re.match with a kept pattern."""
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    """re.fullmatch with a kept pattern."""
    return compiled(pattern, flags).fullmatch(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """re.finditer with a kept pattern."""
    return compiled(pattern, flags).finditer(string)


def findall(pattern: str, string: str, flags: int = 0) -> list[str]:
    """re.findall with a kept pattern."""
    return compiled(pattern, flags).findall(string)


def sub(pattern: str, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0, flags: int = 0) -> str:
    """re.sub with a kept pattern."""
    return compiled(pattern, flags).sub(repl, string, count)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    """re.split with a kept pattern."""
    return compiled(pattern, flags).split(string, maxsplit)
