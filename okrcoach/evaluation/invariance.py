"""Label stability: does the label survive the noise sheets add (a full stop, a tag, an owner, case)?

Each change is applied to every statement of a set; the figure is the share of statements whose
label changes. A coach whose verdict flips when someone adds "(owner: Sam)" is not to be trusted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..api import classify_many
from ..corpus.dataset import Example
from ..errors import check_statement

Change = Callable[[str], str]


def _toggle_stop(text: str) -> str:
    stripped = text.rstrip()
    if stripped.endswith((".", "。")):
        return stripped[:-1]
    return stripped + ("。" if stripped[-1:] > "\u3000" else ".")


CHANGES: dict[str, dict[str, Change]] = {
    "en": {
        "full stop": _toggle_stop,
        "prefix 'KR 1.2:'": lambda t: f"KR 1.2: {t}",
        "owner note": lambda t: f"{t} (owner: Sam)",
        "lower case": str.lower,
        "upper case": str.upper,
        "title case": lambda t: " ".join(w[:1].upper() + w[1:] for w in t.split(" ")),
    },
    "ja": {
        "full stop": _toggle_stop,
        "prefix 【KR】": lambda t: f"【KR】{t}",
        "owner note": lambda t: f"{t}（担当：佐藤）",
        "full-width digits": lambda t: t.translate({ord(d): chr(0xFF10 + int(d)) for d in "0123456789"}),
    },
}


def label_changes(examples: Sequence[Example]) -> dict[str, dict[str, Any]]:
    """Return, per language and change, how many statements were tried and how many changed label."""
    out: dict[str, dict[str, Any]] = {}
    for lang, changes in CHANGES.items():
        texts = [e.text for e in examples if e.lang == lang]
        before = [v.label for v in classify_many(texts, lang=lang)]
        out[lang] = {}
        for name, change in changes.items():
            changed = [(b, t, change(t)) for b, t in zip(before, texts, strict=True)]
            pairs = [(b, c) for b, t, c in changed if c != t]
            pairs = [(b, t) for b, t in pairs if check_statement(t) is None]
            after = [v.label for v in classify_many([t for _, t in pairs], lang=lang)]
            flipped = [t for (b, t), a in zip(pairs, after, strict=True) if a != b]
            out[lang][name] = {"n": len(pairs), "changed": len(flipped), "examples": flipped[:5]}
    return out


def format_changes(result: dict[str, dict[str, Any]], where: str) -> str:
    """Return the label-stability table as text."""
    lines = [
        f"label changes under sheet noise, {where}",
        f"{'lang':<5} {'change':<20} {'n':>6} {'changed':>8} {'share':>7}",
    ]
    for lang, rows in result.items():
        for name, r in rows.items():
            share = r["changed"] / r["n"] if r["n"] else 0.0
            lines.append(f"{lang:<5} {name:<20} {r['n']:>6} {r['changed']:>8} {share:>7.2%}")
    return "\n".join(lines)
