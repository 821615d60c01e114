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


def _label_from(proba: Sequence[float], results: list[CheckResult]) -> tuple[str, float]:
    """Return the label and its probability, never a key result the checks find no criterion for."""
    order = sorted(range(len(LABELS)), key=lambda i: -proba[i])
    fired = {r.id for r in results if r.fired}
    best = order[0]
    if LABELS[best] == "key_result" and not fired & {"has_measure", "named_standard"}:
        best = order[1]
    return LABELS[best], float(proba[best])


def _verdicts(texts: Sequence[str], lang: str) -> list[Verdict]:
    from .model.artifact import load_model
    from .model.classifier import documents, predict_proba

    views, results = analyse(texts, lang)
    fired = [[r.id for r in rs if r.fired] for rs in results]
    words, chars = documents(views, fired)
    proba = predict_proba(load_model(lang), words, chars)
    out = []
    for text, view, rs, p in zip(texts, views, results, proba, strict=True):
        label, confidence = _label_from(p, rs)
        scores = {lab: float(p[i]) for i, lab in enumerate(LABELS)}
        out.append(Verdict(text, lang, label, confidence, scores, rs, view=view))
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
