"""Fit the per-language classifier with scikit-learn and export it as a LinearModel."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..model.linear import BINARY_BLOCKS, N_BLOCKS, LinearModel, block_of
from ..verdict import LABELS


def _identity(doc: list[str]) -> list[str]:
    return doc


def fit(lang: str, docs: Sequence[list[str]], labels: Sequence[str], *, c: float) -> LinearModel:
    """Fit blockwise TF-IDF + logistic regression on feature-string documents; check the export agrees."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    parts = [[[f for f in doc if block_of(f) == b] for doc in docs] for b in range(N_BLOCKS)]
    vectorizers = [
        CountVectorizer(analyzer=_identity, binary=True, dtype=np.float64)
        if b in BINARY_BLOCKS
        else TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=2, dtype=np.float64)
        for b in range(N_BLOCKS)
    ]
    x = hstack([v.fit_transform(p) for v, p in zip(vectorizers, parts, strict=True)]).tocsr()
    y = np.array([LABELS.index(label) for label in labels])
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    clf.fit(x, y)
    if list(clf.classes_) != list(range(len(LABELS))):
        raise ValueError("every label needs training examples in every language")

    vocabulary: dict[str, int] = {}
    idf: list[float] = []
    for v in vectorizers:
        offset = len(vocabulary)
        terms = sorted(v.vocabulary_, key=v.vocabulary_.__getitem__)
        vocabulary.update({t: offset + i for i, t in enumerate(terms)})
        idf.extend(v.idf_ if hasattr(v, "idf_") else np.ones(len(terms)))
    model = LinearModel(
        lang,
        LABELS,
        vocabulary,
        np.asarray(idf, dtype=np.float64),
        np.ascontiguousarray(clf.coef_.T, dtype=np.float64),
        clf.intercept_.astype(np.float64),
    )
    gap = float(np.abs(model.predict_proba(docs[:300]) - clf.predict_proba(x[:300])).max())
    if gap > 1e-9:
        raise AssertionError(f"exported model differs from scikit-learn's by {gap}")
    return model
