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
    "CheckResult",
    "Suggestion",
    "Slot",
    "Verdict",
    "LABELS",
]

from .verdict import LABELS, CheckResult, Slot, Suggestion, Verdict

if TYPE_CHECKING:
    from .coach import classify, classify_many
    from .frame import classify_frame


def _suggest(text: str, *, lang: str | None = None, n: int = 3) -> list[Suggestion]:
    """Return up to n measurable rewrites of a statement, in its language."""
    from .coach import classify
    from .rewrite import suggestions_for

    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise ValueError(f"n must be a positive whole number, got {n!r}")
    return suggestions_for(classify(text, lang=lang), n)


def __getattr__(name: str) -> Any:
    if name in ("classify", "classify_many"):
        from . import coach

        return getattr(coach, name)
    if name == "classify_frame":
        from .frame import classify_frame

        return classify_frame
    if name == "suggest":
        return _suggest
    raise AttributeError(f"module 'okrcoach' has no attribute {name!r}")
