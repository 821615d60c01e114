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
        object.__setattr__(self, "_blocks", blocks)
        object.__setattr__(self, "_binary", np.array([b in BINARY_BLOCKS for b in range(N_BLOCKS)]))

    def predict_proba(self, docs: Sequence[Sequence[str]]) -> np.ndarray:
        """Return an (n, n_labels) array of probabilities for documents given as feature strings."""
        n = len(docs)
        if not n:
            return np.zeros((0, len(self.labels)))
        lengths = np.fromiter(map(len, docs), dtype=np.int64, count=n)
        flat = list(chain.from_iterable(docs))
        get = self.vocabulary.get
        idx = np.fromiter(map(get, flat, repeat(-1)), dtype=np.int64, count=len(flat))
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        known = idx >= 0
        size = len(self.vocabulary)
        pairs, counts = np.unique(rows[known] * size + idx[known], return_counts=True)
        row_of, idx = np.divmod(pairs, size)
        blocks = self._blocks[idx]  # type: ignore[attr-defined]
        binary = self._binary[blocks]  # type: ignore[attr-defined]
        weights = np.where(binary, 1.0, (1.0 + np.log(counts)) * self.idf[idx])
        key = row_of * N_BLOCKS + blocks
        norms = np.sqrt(np.bincount(key, weights=np.where(binary, 0.0, weights * weights), minlength=n * N_BLOCKS))
        weights = np.where(binary, weights, weights / np.where(norms[key] > 0, norms[key], 1.0))
        contrib = self.coef_t[idx] * weights[:, None]
        logits = (
            np.stack([np.bincount(row_of, weights=contrib[:, k], minlength=n) for k in range(contrib.shape[1])], axis=1)
            + self.intercept
        )
        logits -= logits.max(axis=1, keepdims=True)
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
