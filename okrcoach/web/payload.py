"""What the web API says about a verdict: its to_dict(), the ordered reasons, and names in the page's language."""

from __future__ import annotations

from typing import Any

from ..checks import CHECKS
from ..explain import Reason, reasons
from ..report.text import LABEL_NAMES
from ..rewrite import fix_names
from ..verdict import Verdict

UI_LANGS = ("en", "ja")


def verdict_payload(verdict: Verdict, ui: str | None = None) -> dict[str, Any]:
    """Return verdict.to_dict() plus the reasons (most telling first) and display names in the ui language.

    The reasons' messages are in `ui` when given (a Japanese page explaining an English statement
    speaks Japanese), otherwise in the statement's language.
    """
    lang = ui if ui in UI_LANGS else verdict.lang
    out = verdict.to_dict()
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
    out["label_name"] = LABEL_NAMES[lang][verdict.label]
    for item, suggestion in zip(out["suggestions"], verdict.suggestions, strict=True):
        item["fix_names"] = fix_names(suggestion.fixes, lang)
    out["ui"] = lang
    return out


def _message_in(reason: Reason, fired: bool, lang: str) -> str:
    """Say one reason in another language from the check's own messages (its own language if none)."""
    span = reason.span or ""
    try:
        if reason.mark == "note":
            return _note_template(lang).format(span=span)
        return str(CHECKS[reason.check_id].messages[lang]["hit" if fired else "miss"].format(span=span))
    except (KeyError, AttributeError, ImportError):
        return reason.message  # a check without a message in that language keeps the statement's


def _note_template(lang: str) -> str:
    """Return the 'reads as a detail, not a criterion' message in a language."""
    from .. import explain

    table = getattr(explain, "_NOT_A_CRITERION", None)
    if table is not None:
        return str(table[lang])
    import importlib

    messages = importlib.import_module("okrcoach.lexicon").messages  # where messages live in newer layouts
    return str(messages(lang)["not_a_criterion"])
