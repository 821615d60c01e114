"""Plain-text rendering of verdicts for the terminal."""

from __future__ import annotations

from ..explain import reasons
from ..verdict import Verdict

LABEL_NAMES = {
    "en": {"key_result": "key result", "task": "task", "objective": "objective"},
    "ja": {"key_result": "成果指標（KR）", "task": "タスク", "objective": "目標（O）"},
}
_MARKS = {"pass": "✓", "fail": "✗", "tip": "·", "note": "?"}
_COLORS = {"key_result": "32", "task": "33", "objective": "36", "pass": "32", "fail": "31", "tip": "90", "note": "90"}
_HEAD = {"en": "Try instead ({fixes}):", "ja": "書き換え例（{fixes}）："}
_JOIN = {"en": ", ", "ja": "・"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if color else text


def render_verdict(verdict: Verdict, *, color: bool = False, suggestions: bool = True) -> str:
    """Return a multi-line, human-readable account of one verdict."""
    name = LABEL_NAMES[verdict.lang][verdict.label]
    lines = [
        verdict.text,
        f"  {_paint(name, _COLORS[verdict.label], color)}  ({verdict.confidence:.0%}, {verdict.lang})",
    ]
    for reason in reasons(verdict):
        lines.append(f"  {_paint(_MARKS[reason.mark], _COLORS[reason.mark], color)} {reason.message}")
    if suggestions and verdict.suggestions:
        from ..rewrite import fix_names

        fixes = _JOIN[verdict.lang].join(fix_names(verdict.suggestions[0].fixes, verdict.lang))
        lines.append(f"  {_HEAD[verdict.lang].format(fixes=fixes)}")
        for s in verdict.suggestions:
            text = s.highlighted("\033[1;4m", "\033[0m") if color else s.highlighted("[", "]")
            lines.append(f"    → {text}")
    return "\n".join(lines)
