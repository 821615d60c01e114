"""The classifier's view of labeled statements, shared by training and evaluation."""

from __future__ import annotations

from collections.abc import Sequence

from ..corpus.dataset import Example
from ..model.decision import decide
from ..model.features import feature_strings
from ..model.linear import LinearModel
from ..pipeline import analyse
from ..verdict import LABELS


def featurize(examples: Sequence[Example], lang: str) -> tuple[list[list[str]], list[list[str]]]:
    """Return the feature documents and the fired check ids of examples of one language."""
    views, fired = analyse([e.text for e in examples], lang)
    return [feature_strings(v, f) for v, f in zip(views, fired, strict=True)], fired


def predict_labels(model: LinearModel, docs: list[list[str]], fired: list[list[str]]) -> list[str]:
    """Return labels as okrcoach.classify decides them (model plus the key-result consistency rule)."""
    proba = model.predict_proba(docs)
    return [LABELS[decide(p, f)] for p, f in zip(proba, fired, strict=True)]
