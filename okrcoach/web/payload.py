"""What the web API says about a verdict: its to_dict(), the ordered reasons, and names in the page's language."""

from __future__ import annotations

from typing import Any

from ..checks import CHECKS
from ..explain import Reason, reasons
from ..lexicon import messages
from ..rewrite import fix_names
from ..verdict import Verdict

UI_LANGS = ("en", "ja")


def verdict_payload(verdict: Verdict, ui: str | None = None, *, rewrites: bool = True) -> dict[str, Any]:
    """Return verdict.to_dict() plus the reasons (most telling first) and display names in the ui language.

    The reasons' messages are in `ui` when given (a Japanese page explaining an English statement
    speaks Japanese), otherwise in the statement's language. rewrites=False leaves the suggestions
    empty without computing them: a label for a rewrite the page already shows costs a fraction.
    """
    lang = ui if ui in UI_LANGS else verdict.lang
    out = verdict.to_dict(suggestions=rewrites)
    fired = {c.id for c in verdict.checks if c.fired}
    out["reasons"] = [
        {
            "mark": r.mark,
            "check": r.check_id,
            "message": r.message if lang == verdict.lang else _message_in(r, r.check_id in fired, lang),
            "span": r.span,
        }
        for r in reasons(verdict)
    ]
    out["label_name"] = label_name(verdict.label, lang)
    if rewrites:
        for item, suggestion in zip(out["suggestions"], verdict.suggestions, strict=True):
            item["fix_names"] = fix_names(suggestion.fixes, lang)
    out["ui"] = lang
    return out


def label_name(label: str, lang: str) -> str:
    """Return a label's name in a language ("key result", 「成果指標（KR）」)."""
    return str(messages(lang)["label"][label])


def _message_in(reason: Reason, fired: bool, lang: str) -> str:
    """Say one reason in another language from the check's own messages."""
    span = reason.span or ""
    if reason.mark == "note":
        return str(messages(lang)["not_a_criterion"].format(span=span))
    return str(CHECKS[reason.check_id].messages[lang]["hit" if fired else "miss"].format(span=span))
