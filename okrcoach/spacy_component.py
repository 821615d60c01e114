"""The "okrcoach" spaCy pipeline component: nlp.add_pipe("okrcoach") labels each Doc."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

_EXTENSIONS = ("okr_label", "okr_confidence", "okr_checks", "okr_suggestions", "okr_verdict")


def _register_extensions() -> None:
    for name in _EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class OKRCoachComponent:
    """Sets doc._.okr_label, okr_confidence, okr_checks, okr_suggestions (and okr_verdict)."""

    def __init__(self, lang: str | None) -> None:
        self.lang = lang if lang in ("en", "ja") else None

    def _apply(self, doc: Doc, verdict: Any) -> Doc:
        doc._.okr_verdict = verdict
        doc._.okr_label = verdict.label
        doc._.okr_confidence = verdict.confidence
        doc._.okr_checks = verdict.checks
        doc._.okr_suggestions = verdict.suggestions
        return doc

    def __call__(self, doc: Doc) -> Doc:
        from .coach import classify

        if not doc.text.strip():
            return doc
        return self._apply(doc, classify(doc.text, lang=self.lang))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Label docs in batches through classify_many."""
        from .coach import classify_many

        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._flush(batch, classify_many)
                batch = []
        if batch:
            yield from self._flush(batch, classify_many)

    def _flush(self, batch: list[Doc], classify_many: Any) -> Iterator[Doc]:
        texts = [d for d in batch if d.text.strip()]
        verdicts = iter(classify_many([d.text for d in texts], lang=self.lang, keep_views=True))
        for doc in batch:
            yield self._apply(doc, next(verdicts)) if doc.text.strip() else doc


@Language.factory("okrcoach")
def make_okrcoach(nlp: Language, name: str) -> OKRCoachComponent:
    """Create the okrcoach component for an English or Japanese pipeline."""
    _register_extensions()
    return OKRCoachComponent(nlp.lang)
