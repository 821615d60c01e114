"""The pipeline: text -> language -> tokens -> checks -> model -> verdict (-> rewrites)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .language import resolve
from .tokens import tokenize_many
from .tokens.base import TokenView
from .verdict import LABELS, CheckResult, Verdict

MAX_CHARS = 2000


def validate(text: object, index: int | None = None) -> str:
    """Return text if it is a non-empty statement of reasonable size; raise TypeError/ValueError otherwise."""
    where = "" if index is None else f" (item {index})"
    if not isinstance(text, str):
        raise TypeError(f"okrcoach reads text{where}: expected str, got {type(text).__name__}")
    if not text.strip():
        raise ValueError(f"empty statement{where}: write the key result, task or objective to check")
    if len(text) > MAX_CHARS:
        raise ValueError(f"statement{where} is {len(text):,} characters long; okrcoach reads one OKR statement "
                         f"at a time (at most {MAX_CHARS:,} characters)")
    if "\x00" in text:
        raise ValueError(f"statement{where} contains NUL bytes: is this binary data rather than text?")
    return text


def analyse(texts: Sequence[str], lang: str) -> tuple[list[TokenView], list[list[CheckResult]]]:
    """Tokenize statements of one language and run every check on them."""
    from .checks import run_checks

    views = tokenize_many(texts, lang)
    return views, [run_checks(v) for v in views]


def _verdicts(texts: Sequence[str], lang: str) -> list[Verdict]:
    from .model.artifact import load_model
    from .model.decision import decide
    from .model.features import feature_strings

    views, results = analyse(texts, lang)
    fired = [[r.id for r in rs if r.fired] for rs in results]
    proba = load_model(lang).predict_proba([feature_strings(v, f) for v, f in zip(views, fired, strict=True)])
    out = []
    for text, view, rs, f, p in zip(texts, views, results, fired, proba, strict=True):
        best = decide(p, f)
        scores = {lab: float(p[i]) for i, lab in enumerate(LABELS)}
        out.append(Verdict(text, lang, LABELS[best], float(p[best]), scores, rs, view=view))
    return out


def classify_many(texts: Iterable[str], *, lang: str | None = None) -> list[Verdict]:
    """Return one Verdict per statement, in order; statements are batched per language."""
    items = [validate(t, i) for i, t in enumerate(texts)]
    langs = [resolve(t, lang) for t in items]
    verdicts: list[Verdict | None] = [None] * len(items)
    for code in sorted(set(langs)):
        idx = [i for i, lg in enumerate(langs) if lg == code]
        for i, v in zip(idx, _verdicts([items[i] for i in idx], code), strict=True):
            verdicts[i] = v
    return [v for v in verdicts if v is not None]


def classify(text: str, *, lang: str | None = None) -> Verdict:
    """Return the Verdict for one statement."""
    return classify_many([validate(text)], lang=lang)[0]
