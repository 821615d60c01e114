"""Batch encoding: token views straight to the model's columns, the fast path of feature_strings().

feature_strings() spells every feature out as a string, which training needs. Prediction over a
batch only needs each feature's column, so here character n-grams are packed into integers and
looked up for the whole batch at once in a hash table; word n-grams and check flags are looked up
statement by statement. Packing is exact: 21 bits a character (all of Unicode) when the longest
gram fits 64 bits (Japanese, 1-3 grams), else 16 bits a character (English, 2-4 grams), and then a
statement holding a character from U+FFFF up (an emoji) takes the string path for its grams. Both
paths give the same columns: tests/model/test_encode.py checks it on every labeled statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import chain, repeat

import numpy as np

from ..tokens.base import TokenView
from .features import BIAS, CHAR_NGRAMS, DIGITS, check_features, feature_strings, grams, padded_text, words
from .linear import LinearModel

_PLANE = 1 << 16  # the digit-folding table covers these characters; the few above are folded one by one
_SENTINEL = 0xFFFF  # 16-bit packing: stands in for U+FFFF and up, and no packed vocabulary gram holds it


def pack(gram: str, bits: int = 16) -> int:
    """Return the integer of a character n-gram, `bits` bits a character."""
    key = 0
    for ch in gram:
        key = (key << bits) | ord(ch)
    return key


def pack_many(terms: Sequence[str], longest: int, bits: int = 16) -> np.ndarray:
    """Return pack() of many terms of at most `longest` characters at once."""
    if not terms:
        return np.zeros(0, dtype=np.uint64)
    chars = np.array(terms, dtype=f"<U{longest}").view(np.uint32).reshape(len(terms), longest).astype(np.uint64)
    keys = np.zeros(len(terms), dtype=np.uint64)
    for i in range(longest):
        present = chars[:, i] > 0  # numpy pads shorter terms with NUL, which no statement contains
        keys[present] = (keys[present] << np.uint64(bits)) | chars[present, i]
    return keys


class GramTable:
    """An open-addressing hash table from packed n-grams to columns, looked up a whole array at a time.

    Faster than a binary search over the sorted keys for millions of grams: nearly every gram is
    settled by its first slot (the table is at most a quarter full).
    """

    _MULT = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing

    def __init__(self, keys: np.ndarray, cols: np.ndarray) -> None:
        bits = max(4, (4 * len(keys)).bit_length())
        self._shift = np.uint64(64 - bits)
        self._mask = (1 << bits) - 1
        self.keys = np.zeros(1 << bits, dtype=np.uint64)  # 0 marks an empty slot: no gram packs to 0
        self.cols = np.full(1 << bits, -1, dtype=np.int64)
        self.probes = 0
        todo = np.arange(len(keys))
        home = self._home(keys)
        while len(todo):
            slot = (home[todo] + self.probes) & self._mask
            free = self.cols[slot] < 0
            slot, who = slot[free], todo[free]
            _, first = np.unique(slot, return_index=True)  # one key per free slot in this round
            self.keys[slot[first]] = keys[who[first]]
            self.cols[slot[first]] = cols[who[first]]
            todo = np.setdiff1d(todo, who[first], assume_unique=True)
            if len(todo):
                self.probes += 1

    def _home(self, keys: np.ndarray) -> np.ndarray:
        return ((keys * self._MULT) >> self._shift).astype(np.int64)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """Return the column of every key, or -1 for keys not in the table."""
        slot = self._home(keys)
        cols = self.cols[slot]
        match = self.keys[slot] == keys
        found = np.where(match, cols, -1)
        todo = np.flatnonzero(~match & (cols >= 0))  # an empty slot ends a key's search
        for probe in range(1, self.probes + 1):
            if not len(todo):
                break
            at = (slot[todo] + probe) & self._mask
            match = self.keys[at] == keys[todo]
            found[todo[match]] = self.cols[at[match]]
            todo = todo[~match & (self.cols[at] >= 0)]
        return found


class Encoder:
    """Maps token views and their fired checks to (row, column) pairs of one model's vocabulary."""

    def __init__(self, model: LinearModel) -> None:
        self.model = model
        self.low, self.high = CHAR_NGRAMS[model.lang]
        self.bias = model.vocabulary.get(BIAS, -1)
        self.word_cols = {t[2:]: j for t, j in model.vocabulary.items() if t.startswith("w|")}
        self.bits = 21 if 21 * self.high <= 64 else 16
        self.limit = 1 << 21 if self.bits == 21 else _SENTINEL  # characters from here on take the string path
        char_terms = [
            (t[2:], j)
            for t, j in model.vocabulary.items()
            if t.startswith("c|") and all(ord(ch) < self.limit for ch in t[2:]) and "  " not in t
        ]
        self.grams = GramTable(
            pack_many([t for t, _ in char_terms], self.high, self.bits),
            np.array([j for _, j in char_terms], dtype=np.int64),
        )
        self._flag_cols: dict[tuple[str, ...], list[int]] = {}

    def flag_cols(self, fired: Sequence[str]) -> list[int]:
        """Return the known columns of a set of fired checks (the same few sets recur, so kept)."""
        key = tuple(fired)
        cols = self._flag_cols.get(key)
        if cols is None:
            vocab = self.model.vocabulary
            cols = [vocab[f] for f in check_features(key) if f in vocab]
            self._flag_cols[key] = cols
        return cols

    def word_columns(self, view: TokenView, fired: Sequence[str]) -> list[int]:
        """Return the bias, word n-gram and check columns of one statement (-1 for unknown terms)."""
        get = self.word_cols.get
        w = words(view)
        cols = [self.bias]
        cols.extend(map(get, w, repeat(-1)))
        cols.extend(map(get, map(" ".join, zip(w, w[1:], strict=False)), repeat(-1)))
        cols.extend(self.flag_cols(fired))
        return cols

    def encode(self, views: Sequence[TokenView], fired: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Return (rows, columns) of every known feature occurrence of the batch; repeats are term counts."""
        n = len(views)
        word_cols = [self.word_columns(v, f) for v, f in zip(views, fired, strict=True)]
        lengths = np.fromiter(map(len, word_cols), dtype=np.int64, count=n)
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        cols = np.fromiter(chain.from_iterable(word_cols), dtype=np.int64, count=int(lengths.sum()))
        known = cols >= 0
        gram_rows, gram_cols = self._char_columns([padded_text(v.body) for v in views])
        return np.concatenate((rows[known], gram_rows)), np.concatenate((cols[known], gram_cols))

    def _char_columns(self, padded: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Look up the character n-grams of every padded statement at once.

        Grams that run from one statement into the next contain two spaces in a row, which only an
        empty statement body pads to; the table holds no such gram and empty bodies take the string
        path, so grams across statements are never found and need no masking.
        """
        n = len(padded)
        chars = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32)
        row_of = np.repeat(np.arange(n, dtype=np.int64), np.fromiter(map(len, padded), dtype=np.int64, count=n))
        empty = [r for r, text in enumerate(padded) if text == "  "]
        slow = np.union1d(row_of[chars >= self.limit], empty).astype(np.int64)  # for the string path below
        if len(slow):
            chars = np.where(np.isin(row_of, slow), _SENTINEL, chars)  # none of their grams is found here
        folded = fold_digits(chars).astype(np.uint64)
        rows, cols = [], []
        total = len(folded)
        for size in range(self.low, self.high + 1):
            span = total - size + 1
            if span <= 0:
                continue
            key = folded[:span].copy()
            for j in range(1, size):
                key <<= np.uint64(self.bits)
                key |= folded[j : j + span]
            found = self.grams.lookup(key)
            hit = np.flatnonzero(found >= 0)
            rows.append(row_of[hit])
            cols.append(found[hit])
        vocab = self.model.vocabulary
        for r in slow.tolist():
            found_cols = [vocab[g] for g in grams(DIGITS.sub("0", padded[r]), self.low, self.high, "c|") if g in vocab]
            rows.append(np.full(len(found_cols), r, dtype=np.int64))
            cols.append(np.array(found_cols, dtype=np.int64))
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(rows), np.concatenate(cols)


@cache
def digit_fold() -> np.ndarray:
    """Return a table over the 16-bit characters that maps every decimal digit to "0" (what DIGITS does)."""
    table = np.arange(_PLANE, dtype=np.uint32)
    table[[c for c in range(_PLANE) if chr(c).isdecimal()]] = ord("0")
    return table


def fold_digits(chars: np.ndarray) -> np.ndarray:
    """Return the code points with every decimal digit made "0", as DIGITS.sub("0", ...) does to text."""
    folded = digit_fold()[np.minimum(chars, _PLANE - 1)]
    beyond = np.flatnonzero(chars >= _PLANE)
    if len(beyond):
        folded[beyond] = [ord("0") if chr(c).isdecimal() else c for c in chars[beyond].tolist()]
    return folded


_ENCODERS: dict[int, tuple[LinearModel, Encoder]] = {}


def encoder_for(model: LinearModel) -> Encoder:
    """Return the batch encoder of a model (built on first use, then kept with the model)."""
    found = _ENCODERS.get(id(model))
    if found is None or found[0] is not model:
        found = (model, Encoder(model))
        _ENCODERS[id(model)] = found
    return found[1]


# Below this many statements the string path is quicker than building the batch arrays, and a
# one-off `okrcoach classify` need not build the encoder's tables at all.
SMALL_BATCH = 32


def predict_views(model: LinearModel, views: Sequence[TokenView], fired: Sequence[Sequence[str]]) -> np.ndarray:
    """Return the model's (n, n_labels) probabilities for token views and their fired checks."""
    if len(views) < SMALL_BATCH:
        return model.predict_proba([feature_strings(v, f) for v, f in zip(views, fired, strict=True)])
    rows, cols = encoder_for(model).encode(views, fired)
    return model.proba_from_columns(len(views), rows, cols)
