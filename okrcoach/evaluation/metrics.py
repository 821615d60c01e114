"""Per-label and binary scores, computed the same way for the model and the comparison classifiers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..verdict import LABELS


def scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Return accuracy, per-label P/R/F1, macro-F1, key-result-vs-rest F1 and the confusion matrix."""
    per: dict[str, dict[str, float]] = {}
    for label in LABELS:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per[label] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
    confusion = {
        g: {p: sum(a == g and b == p for a, b in zip(gold, pred, strict=True)) for p in LABELS} for g in LABELS
    }
    n = len(gold)
    return {
        "n": n,
        "accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / n if n else 0.0,
        "macro_f1": sum(per[label]["f1"] for label in LABELS) / len(LABELS),
        "binary_f1_key_result": per["key_result"]["f1"],
        "per_label": per,
        "confusion": confusion,
    }


def format_scores(title: str, s: dict[str, Any]) -> str:
    """Return a plain-text block with the scores and confusion matrix."""
    lines = [
        f"{title}  (n={s['n']})",
        f"  accuracy {s['accuracy']:.4f}   macro-F1 {s['macro_f1']:.4f}   "
        f"binary F1 (key_result vs rest) {s['binary_f1_key_result']:.4f}",
        f"  {'label':<11} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}",
    ]
    for label in LABELS:
        p = s["per_label"][label]
        lines.append(f"  {label:<11} {p['precision']:>9.3f} {p['recall']:>7.3f} {p['f1']:>6.3f} {p['support']:>8}")
    lines.append("  confusion (rows gold, columns predicted): " + " / ".join(LABELS))
    for g in LABELS:
        lines.append(f"    {g:<11} " + " ".join(f"{s['confusion'][g][p]:>5}" for p in LABELS))
    return "\n".join(lines)
