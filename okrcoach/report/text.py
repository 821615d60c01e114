"""Plain-text rendering of verdicts for the terminal."""

from __future__ import annotations

from ..explain import reasons
from ..lexicon import messages
from ..rewrite import fix_names
from ..verdict import Verdict

_MARKS = {"pass": "✓", "fail": "✗", "tip": "·", "note": "?"}
_COLORS = {"key_result": "32", "task": "33", "objective": "36", "pass": "32", "fail": "31", "tip": "90", "note": "90"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if color else text


def render_verdict(verdict: Verdict, *, color: bool = False, suggestions: bool = True) -> str:
    """Return a multi-line, human-readable account of one verdict."""
    said = messages(verdict.lang)
    name = said["label"][verdict.label]
    lines = [
        verdict.text,
        f"  {_paint(name, _COLORS[verdict.label], color)}  ({verdict.confidence:.0%}, {verdict.lang})",
    ]
    sheet = []
    if verdict.prefix:
        claimed = said["label"].get(verdict.claimed or "", "")
        key = "anatomy" if claimed else "anatomy_untyped"
        sheet.append(said[key].format(prefix=verdict.prefix, claimed=claimed))
    if verdict.notes:
        sheet.append(said["notes"].format(notes=" ".join(verdict.notes)))
    if sheet:
        lines.append(f"  {_paint('· ' + '; '.join(sheet), _COLORS['tip'], color)}")
    for reason in reasons(verdict):
        lines.append(f"  {_paint(_MARKS[reason.mark], _COLORS[reason.mark], color)} {reason.message}")
    if suggestions and verdict.suggestions:
        fixes = said["list_separator"].join(fix_names(verdict.suggestions[0].fixes, verdict.lang))
        lines.append(f"  {said['rewrites_heading'].format(fixes=fixes)}")
        for s in verdict.suggestions:
            text = s.highlighted("\033[1;4m", "\033[0m") if color else s.highlighted("[", "]")
            lines.append(f"    → {text}")
    return "\n".join(lines)
