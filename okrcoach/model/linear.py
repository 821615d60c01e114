"""Prediction with plain arrays: blockwise TF-IDF and a multinomial logistic model, numpy only.

Features come in blocks named by their prefix: word n-grams ("w|", with the bias "b|") and
character n-grams ("c|") are TF-IDF weighted and L2-normalised block by block, so a long statement's
hundreds of character grams do not drown its few words; check flags ("k|") stay binary, so the
model can weigh a fired check at full strength. Keeping prediction free of scikit-learn and scipy
keeps `okrcoach classify` quick to start; classifier.py checks these numbers equal scikit-learn's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat

import numpy as np

# block of a feature, by the first character of its string; binary blocks are not TF-IDF weighted
BLOCKS: dict[str, int] = {"b": 0, "w": 0, "c": 1, "k": 2}
BINARY_BLOCKS: frozenset[int] = frozenset({2})
N_BLOCKS = 3


def block_of(feature: str) -> int:
    """Return the block a feature string belongs to."""
    return BLOCKS[feature[0]]


@dataclass(frozen=True)
class LinearModel:
    """A fitted model as arrays: vocabulary, idf weights (1 for binary blocks), coefficients, intercepts."""

    lang: str
    labels: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray  # (n_features,)
    coef_t: np.ndarray  # (n_features, n_labels)
    intercept: np.ndarray  # (n_labels,)

    def __post_init__(self) -> None:
        blocks = np.zeros(len(self.vocabulary), dtype=np.int64)
        for term, j in self.vocabulary.items():
            blocks[j] = block_of(term)
        binary = np.isin(blocks, list(BINARY_BLOCKS))
        object.__setattr__(self, "_blocks", blocks)
        object.__setattr__(self, "_binary", binary)
        # per column and label: idf * coefficient, one contiguous row per label; idf² (0 for binary blocks)
        object.__setattr__(self, "_weighted", np.ascontiguousarray((self.coef_t * self.idf[:, None]).T))
        object.__setattr__(self, "_idf2", np.where(binary, 0.0, self.idf * self.idf))

    def predict_proba(self, docs: Sequence[Sequence[str]]) -> np.ndarray:
        """Return an (n, n_labels) array of probabilities for documents given as feature strings."""
        n = len(docs)
        lengths = np.fromiter(map(len, docs), dtype=np.int64, count=n)
        flat = list(chain.from_iterable(docs))
        get = self.vocabulary.get
        cols = np.fromiter(map(get, flat, repeat(-1)), dtype=np.int64, count=len(flat))
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        known = cols >= 0
        return self.proba_from_columns(n, rows[known], cols[known])

    def proba_from_columns(self, n: int, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Return probabilities for n documents given as the (row, column) pair of every known feature.

        Per (row, block): logit_k += sum(tf * idf * coef_k) / sqrt(sum((tf * idf)^2)), with tf = 1 + log(count);
        binary blocks have idf 1, tf 1 and no normalisation. The same numbers as scikit-learn's pipeline.
        """
        if not n:
            return np.zeros((0, len(self.labels)))
        if not len(rows):  # not one known feature in the whole batch: the intercepts decide
            return self._softmax(np.tile(self.intercept, (n, 1)))
        shift = max(1, int(len(self.vocabulary) - 1).bit_length())
        pairs = np.sort((rows << shift) | cols)
        starts = np.flatnonzero(np.concatenate(([True], pairs[1:] != pairs[:-1])))
        counts = np.diff(np.append(starts, len(pairs)))
        pairs = pairs[starts]
        row_of, idx = pairs >> shift, pairs & ((1 << shift) - 1)
        tf = np.ones(len(idx))
        repeated = np.flatnonzero(counts > 1)
        if len(repeated):
            binary = self._binary[idx[repeated]]  # type: ignore[attr-defined]
            tf[repeated] = np.where(binary, 1.0, 1.0 + np.log(counts[repeated]))
        key = row_of * N_BLOCKS + self._blocks[idx]  # type: ignore[attr-defined]
        size = n * N_BLOCKS
        norms = np.sqrt(np.bincount(key, weights=tf * tf * self._idf2[idx], minlength=size))  # type: ignore[attr-defined]
        norms[norms == 0] = 1.0  # binary blocks and empty blocks
        weighted: np.ndarray = self._weighted  # type: ignore[attr-defined]
        logits = np.empty((n, len(self.labels)))
        for k in range(len(self.labels)):
            per_block = np.bincount(key, weights=tf * weighted[k][idx], minlength=size) / norms
            logits[:, k] = per_block.reshape(n, N_BLOCKS).sum(axis=1)
        return self._softmax(logits + self.intercept)

    @staticmethod
    def _softmax(logits: np.ndarray) -> np.ndarray:
        logits = logits - logits.max(axis=1, keepdims=True)
        proba = np.exp(logits)
        return proba / proba.sum(axis=1, keepdims=True)

    def to_arrays(self) -> dict[str, object]:
        """Return the model as a dict of numpy arrays and strings (what the model file stores)."""
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return {
            "format": "okrcoach-linear-2",
            "lang": self.lang,
            "labels": list(self.labels),
            "terms": np.array(terms, dtype=str),
            "idf": self.idf,
            "coef_t": self.coef_t,
            "intercept": self.intercept,
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, object]) -> LinearModel:
        """Rebuild the model from the dict that to_arrays() made."""
        if arrays.get("format") != "okrcoach-linear-2":
            raise ValueError(f"unknown model format {arrays.get('format')!r}; rebuild it with `okrcoach train`")
        terms: Sequence[str] = arrays["terms"]  # type: ignore[assignment]
        return cls(
            str(arrays["lang"]),
            tuple(arrays["labels"]),  # type: ignore[arg-type]
            {str(t): i for i, t in enumerate(terms)},
            np.asarray(arrays["idf"], dtype=np.float64),
            np.asarray(arrays["coef_t"], dtype=np.float64),
            np.asarray(arrays["intercept"], dtype=np.float64),
        )
