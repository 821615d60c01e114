"""okrcoach: is this OKR statement a key result, a task or an objective, why, and how to make it measurable.

The public surface is re-exported here; heavy libraries (spaCy, fugashi, scikit-learn) load lazily
on the first call, so `import okrcoach` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "classify",
    "classify_many",
    "classify_frame",
    "suggest",
    "check_sheet",
    "SheetReport",
    "CheckResult",
    "Suggestion",
    "Slot",
    "Verdict",
    "Anatomy",
    "LABELS",
    "OKRCoachError",
    "StatementError",
]

from .errors import OKRCoachError, StatementError
from .verdict import LABELS, Anatomy, CheckResult, Slot, Suggestion, Verdict

if TYPE_CHECKING:
    from .api import classify, classify_many, suggest
    from .frame import classify_frame
    from .sheets.check import check_sheet
    from .sheets.results import SheetReport


def __getattr__(name: str) -> Any:
    if name in ("classify", "classify_many", "suggest"):
        from . import api

        return getattr(api, name)
    if name == "classify_frame":
        from .frame import classify_frame

        return classify_frame
    if name == "check_sheet":
        from .sheets.check import check_sheet

        return check_sheet
    if name == "SheetReport":
        from .sheets.results import SheetReport

        return SheetReport
    raise AttributeError(f"module 'okrcoach' has no attribute {name!r}")
