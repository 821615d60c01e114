"""The public calls: classify, classify_many and suggest, over the pipeline, the checks and the rewrites."""

from __future__ import annotations

from collections.abc import Iterable

from . import pipeline
from .anatomy import split
from .checks import describe_hits
from .errors import validate
from .rewrite import suggestions_for
from .tokens import tokenize
from .tokens.base import TokenView
from .verdict import Anatomy, CheckResult, Suggestion, Verdict


class PipelineExplainer:
    """Explains verdicts of the pipeline: tokens again when needed, check messages, rewrites."""

    def view(self, verdict: Verdict) -> TokenView:
        """Return the statement's token view."""
        return tokenize(verdict.text, verdict.lang)

    def anatomy(self, verdict: Verdict) -> Anatomy:
        """Return the statement's anatomy (the same split the tokenizer made, without tokenizing again)."""
        return split(verdict.text)

    def checks(self, verdict: Verdict) -> list[CheckResult]:
        """Return every check's result, described in the statement's language."""
        return describe_hits(verdict.view, verdict.hits)

    def suggestions(self, verdict: Verdict) -> list[Suggestion]:
        """Return up to three measurable rewrites."""
        return suggestions_for(verdict)

    def __reduce__(self) -> tuple[type[PipelineExplainer], tuple[()]]:
        return (PipelineExplainer, ())


EXPLAINER = PipelineExplainer()


def classify_many(
    texts: Iterable[str], *, lang: str | None = None, n_process: int = 1, keep_views: bool = False
) -> list[Verdict]:
    """Return one Verdict per statement, in order; statements are batched per language.

    n_process > 1 spreads large batches over worker processes (each loads the model once); it pays
    off only for tens of thousands of statements, see the README's performance section.
    keep_views=True keeps every verdict's tokens, which makes reading all the explanations or
    suggestions of a large batch faster at the cost of memory (by default only small batches keep
    them; the others tokenize again when an explanation is read).
    """
    items = [validate(t, i) for i, t in enumerate(texts)]
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be a positive whole number, got {n_process!r}")
    if n_process > 1 and len(items) >= 2 * n_process:
        return pipeline.classify_parallel(items, lang, EXPLAINER, n_process)
    return pipeline.classify_sequential(items, lang, EXPLAINER, keep=keep_views)


def classify(text: str, *, lang: str | None = None) -> Verdict:
    """Return the Verdict for one statement."""
    return classify_many([validate(text)], lang=lang)[0]


def suggest(text: str, *, lang: str | None = None, n: int = 3) -> list[Suggestion]:
    """Return up to n measurable rewrites of a statement, in its language."""
    if not isinstance(n, int) or n < 1:
        raise ValueError(f"n must be a positive whole number, got {n!r}")
    return suggestions_for(classify(text, lang=lang), n)
