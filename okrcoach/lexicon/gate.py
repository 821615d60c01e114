"""Many patterns searched as one alternation, with only those that can match in a given text.

A long alternation of patterns that each open on \\b and a word ("\\b(?:ticket|bug)\\s*#?\\d+", "\\bfloors\\s+\\d+")
keeps the regex engine from skipping ahead: it tries every branch at every position. Most branches cannot match a
given statement at all, because the word they open on stands nowhere in it. A gated union reads, once at load, the
letter each pattern must open on, and at each word start of a text tries only the patterns that open on its letter
(with those it could not read an opening for, which are also searched between word starts). A pattern left out
cannot match there, so the matches found are exactly those of the whole alternation, in the same order of
preference.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# the parser and constants the re module compiles with (Python 3.11+; read, never changed)
_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

__all__ = ["GatedUnion", "openings", "union"]

_KEY = 3  # how many opening letters are read of a pattern
_WORD_START = re.compile(r"\b\w")  # where a word starts


def _openings(items: list[Any], depth: int = 0) -> set[str] | None:
    """The strings (up to _KEY letters) every match of a parsed pattern opens with, or None when unknown."""
    if not items or depth > 6:
        return None
    op, av = items[0]
    if op is _c.AT and av is _c.AT_BOUNDARY or op is _c.ASSERT_NOT:
        return _openings(items[1:], depth + 1)  # "\\b" or "(?<!my\\s)" consumes nothing: what follows opens
    if op is _c.LITERAL:
        head = chr(av)
        if len(head) >= _KEY:
            return {head}
        rest = _openings(items[1:], depth + 1)
        return {(head + r)[:_KEY] for r in rest} if rest else {head}
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _openings(list(av[2]), depth + 1)  # "\\d+": what one repetition opens with
    if op is _c.SUBPATTERN:
        return _openings(list(av[-1]), depth + 1)
    if op is _c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            one = _openings(list(branch), depth + 1)
            if not one:
                return None  # a branch that may open on anything: the whole may
            found |= one
        return found
    if op is _c.IN:
        if av == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]:
            return set("0123456789")  # "\\d": a word that opens on a digit
        chars = [chr(v) for o, v in av if o is _c.LITERAL]
        if len(chars) != len(av) or len(chars) > 12:
            return None  # a range or a category: too many openings to index
        return set(chars)
    return None


def openings(source: str) -> frozenset[str] | None:
    """The letters a pattern that opens on \\b (or ^) and a word character must open with, or None (searched
    everywhere)."""
    if source.startswith("\\b"):
        rest = source[2:]
    elif source.startswith("^"):  # the start of the text: a word start when a letter follows
        rest = source[1:]
    else:
        return None
    try:
        found = _openings(list(_p.parse(rest)))
    except re.error:
        return None
    if not found or any(not s[:1].isalnum() for s in found):
        return None  # "\\b#..." could open mid-word; not indexed
    return frozenset(found)


class GatedUnion:
    """Patterns searched as one alternation, each only where the letter it opens with starts a word.

    The whole alternation, scanning left to right, takes at each position the first pattern (in their order) that
    matches there. A pattern that opens on \\b and a known letter can only match where a word starts with that
    letter; the others (the few whose opening cannot be read) may match anywhere. So the scan visits only the
    word starts, trying there the patterns that open on its letter together with the others, in their order, and
    between word starts it searches the others alone: the same matches as the whole alternation.
    """

    def __init__(self, sources: list[str]) -> None:
        self.sources = tuple(sources)
        anywhere: list[int] = []
        by_letter: dict[str, list[int]] = {}
        for i, source in enumerate(sources):
            opens = openings(source)
            if opens is None:
                anywhere.append(i)
                continue
            for letter in {o[0] for o in opens}:
                by_letter.setdefault(letter, []).append(i)
        self._anywhere = union([sources[i] for i in anywhere])
        self._whole = self.whole() if not by_letter else None  # nothing to gate: one search is cheaper
        self._at_word: dict[str, re.Pattern[str]] = {}
        for letter, chosen in by_letter.items():
            pattern = union([sources[i] for i in sorted(set(chosen) | set(anywhere))])
            if pattern is not None:
                self._at_word[letter] = pattern

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The spans the whole alternation matches in the text (non-overlapping, leftmost first)."""
        if self._whole is not None:
            return [m.span() for m in self._whole.finditer(text)]
        out: list[tuple[int, int]] = []
        anywhere, at_word = self._anywhere, self._at_word
        starts = [m.start() for m in _WORD_START.finditer(text)]
        pos, i, n = 0, 0, len(text)
        other = anywhere.search(text) if anywhere is not None else None
        while pos <= n:
            while i < len(starts) and starts[i] < pos:
                i += 1
            word = starts[i] if i < len(starts) else n + 1
            if other is not None and anywhere is not None and other.start() < pos:
                other = anywhere.search(text, pos)  # the one found before lies behind: the next one
            if other is not None and other.start() < word:
                out.append(other.span())  # a pattern that may open anywhere, before the next word start
                pos = max(other.end(), other.start() + 1)
                continue
            if word > n:
                break
            pattern = at_word.get(text[word])
            found = pattern.match(text, word) if pattern is not None else None
            if found is None and other is not None and other.start() == word:
                found = other
            if found is not None:
                out.append(found.span())
                pos = max(found.end(), word + 1)
            else:
                pos = word + 1
        return out

    def whole(self) -> re.Pattern[str]:
        """The alternation of every pattern (for tests: the gated search must find what it finds)."""
        return re.compile("|".join(f"(?:{s})" for s in self.sources))


def union(sources: list[str]) -> re.Pattern[str] | None:
    """One alternation of the patterns, in their order, or None when there are none."""
    return re.compile("|".join(f"(?:{s})" for s in sources)) if sources else None
