"""okrcoach over pandas: classify one column of a DataFrame and add the verdict columns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api import classify_many
from .errors import check_statement

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = ("okr_label", "okr_confidence", "okr_issues", "okr_suggestion")
EMPTY_ISSUE = "empty_statement"
UNREADABLE_ISSUE = "unreadable_statement"


def classify_frame(df: pd.DataFrame, column: str, *, lang: str | None = None, n_process: int = 1) -> pd.DataFrame:
    """Return a copy of df with okr_label, okr_confidence, okr_issues and okr_suggestion added.

    Rows and index are unchanged. A cell that cannot be classified (blank, not text, no words,
    too long) gets an empty label, a NaN confidence and the issue "empty_statement" or
    "unreadable_statement" instead of an error, so no row is ever lost.
    """
    if column not in df.columns:
        raise KeyError(f"no column {column!r} in the frame (columns: {', '.join(map(str, df.columns))})")
    clash = [c for c in COLUMNS if c in df.columns]
    if clash:
        raise ValueError(f"the frame already has {', '.join(clash)}; drop or rename them first")
    out = df.copy()
    cells: list[Any] = list(df[column])
    usable = [i for i, c in enumerate(cells) if check_statement(c) is None]
    found = classify_many([cells[i] for i in usable], lang=lang, n_process=n_process, keep_views=True)
    verdicts = dict(zip(usable, found, strict=True))
    labels, confidences, issues, suggestions = [], [], [], []
    for i, cell in enumerate(cells):
        v = verdicts.get(i)
        if v is None:
            blank = not (isinstance(cell, str) and cell.strip())
            labels.append("")
            confidences.append(float("nan"))
            issues.append(EMPTY_ISSUE if blank else UNREADABLE_ISSUE)
            suggestions.append("")
            continue
        labels.append(v.label)
        confidences.append(v.confidence)
        issues.append(",".join(v.issues))
        suggestions.append(v.suggestions[0].text if v.suggestions else "")
    out["okr_label"] = labels
    out["okr_confidence"] = confidences
    out["okr_issues"] = issues
    out["okr_suggestion"] = suggestions
    return out
