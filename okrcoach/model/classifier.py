"""The per-language classifier: two TF-IDF views of a statement and a logistic regression."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.sparse import hstack

from ..tokens.base import TokenView
from ..verdict import LABELS
from .features import char_document, word_document

# Character n-gram ranges: Japanese has no spaces, so shorter grams carry the words.
CHAR_NGRAMS = {"en": (2, 5), "ja": (1, 3)}


def documents(views: Sequence[TokenView], fired: Sequence[Sequence[str]]) -> tuple[list[str], list[str]]:
    """Return the word and character documents of many statements."""
    return ([word_document(v, f) for v, f in zip(views, fired, strict=True)], [char_document(v) for v in views])


def fit(lang: str, words: list[str], chars: list[str], labels: list[str], *, c: float) -> dict[str, Any]:
    """Fit the vectorizers and the classifier for one language; return the model as a plain dict."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    word_vec = TfidfVectorizer(analyzer="word", token_pattern=r"\S+", lowercase=False, ngram_range=(1, 2),
                               sublinear_tf=True, min_df=1, dtype=np.float64)
    char_vec = TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS[lang], lowercase=False,
                               sublinear_tf=True, min_df=2, max_features=200_000, dtype=np.float64)
    x = hstack([word_vec.fit_transform(words), char_vec.fit_transform(chars)]).tocsr()
    y = np.array([LABELS.index(label) for label in labels])
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    clf.fit(x, y)
    return {"lang": lang, "labels": list(LABELS), "word": word_vec, "char": char_vec, "clf": clf}


def predict_proba(model: dict[str, Any], words: list[str], chars: list[str]) -> np.ndarray:
    """Return an (n, 3) array of probabilities in LABELS order."""
    x = hstack([model["word"].transform(words), model["char"].transform(chars)]).tocsr()
    proba = model["clf"].predict_proba(x)
    out = np.zeros((len(words), len(LABELS)))
    for col, cls in enumerate(model["clf"].classes_):
        out[:, int(cls)] = proba[:, col]
    return out
