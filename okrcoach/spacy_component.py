"""The "okrcoach" spaCy pipeline component: nlp.add_pipe("okrcoach") labels each Doc.

The language of each doc is detected from its text unless the component is configured with one
(`nlp.add_pipe("okrcoach", config={"lang": "ja"})`): a blank English pipeline may carry Japanese
statements. The extensions are registered once, at import; each reads the one verdict stored on
the doc, so explanations and rewrites are built only when read. A doc that cannot be classified
(blank, no words, too long) gets no verdict and its reason in `doc._.okr_error`; the rest of the
batch is classified as usual.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .api import classify_many
from .errors import LanguageError, check_statement
from .language import LANGUAGES
from .verdict import Verdict

_GETTERS: dict[str, Any] = {
    "okr_label": lambda doc: doc._.okr_verdict.label if doc._.okr_verdict else None,
    "okr_confidence": lambda doc: doc._.okr_verdict.confidence if doc._.okr_verdict else None,
    "okr_checks": lambda doc: doc._.okr_verdict.checks if doc._.okr_verdict else None,
    "okr_suggestions": lambda doc: doc._.okr_verdict.suggestions if doc._.okr_verdict else None,
}

for _name in ("okr_verdict", "okr_error"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name, _getter in _GETTERS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=_getter)


class OKRCoachComponent:
    """Sets doc._.okr_verdict (and, read from it, okr_label, okr_confidence, okr_checks, okr_suggestions)."""

    def __init__(self, lang: str | None = None) -> None:
        if lang is not None and lang not in LANGUAGES:
            raise LanguageError(f"okrcoach component: lang must be one of {', '.join(LANGUAGES)} or null, got {lang!r}")
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Label docs in batches; a doc that cannot be classified keeps no verdict and says why."""
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._label(batch)
                batch = []
        if batch:
            yield from self._label(batch)

    def _label(self, batch: list[Doc]) -> Iterator[Doc]:
        reasons = [check_statement(d.text) for d in batch]
        good = [d.text for d, r in zip(batch, reasons, strict=True) if r is None]
        verdicts: Iterator[Verdict] = iter(classify_many(good, lang=self.lang))
        for doc, reason in zip(batch, reasons, strict=True):
            if reason is None:
                doc._.okr_verdict = next(verdicts)
            else:
                doc._.okr_verdict, doc._.okr_error = None, reason
            yield doc


@Language.factory("okrcoach", default_config={"lang": None})
def make_okrcoach(nlp: Language, name: str, lang: str | None) -> OKRCoachComponent:
    """Create the okrcoach component; lang None (the default) detects each doc's language from its text."""
    return OKRCoachComponent(lang)
