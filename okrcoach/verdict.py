"""Plain result types: Verdict, CheckResult, Suggestion and Slot."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from .labels import LABELS
from .sharpness import sharpness
from .tokens.base import Hit, TokenView

__all__ = ["LABELS", "Anatomy", "CheckResult", "Explainer", "Slot", "Suggestion", "Verdict"]


def _fields(obj: Any) -> dict[str, Any]:
    """Return a flat slotted dataclass's fields as a dict, in field order."""
    # Not dataclasses.asdict: it deep-copies every value, and was a fifth of the web server's time.
    return {name: getattr(obj, name) for name in obj.__slots__}


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of one explainable check on one statement."""

    id: str
    fired: bool
    passed: bool
    message: str
    span: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return _fields(self)


@dataclass(frozen=True, slots=True)
class Anatomy:
    """A statement split as sheets write it: prefix (numbering, tags), body, notes (owner, status).

    body_start and body_end are offsets into the original text; claimed is the type the writer's own
    tag gives ("KR 1.2:" -> "key_result", "Objective 1." -> "objective", "Initiative:" -> "task").
    """

    prefix: str
    body: str
    notes: tuple[str, ...]
    claimed: str | None
    body_start: int
    body_end: int

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {**_fields(self), "notes": list(self.notes)}


@dataclass(frozen=True, slots=True)
class Slot:
    """One example value inside a suggestion that the user should adjust."""

    name: str
    value: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return _fields(self)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A measurable rewrite; str() is the sentence, slots mark the example values."""

    text: str
    slots: tuple[Slot, ...] = ()
    fixes: tuple[str, ...] = ()
    shape: str = "business"
    metric: str = ""  # the catalog id of the metric it names ("sales.win_rate"), "output:<noun>", or ""

    def __str__(self) -> str:
        return self.text

    def highlighted(self, before: str = "[", after: str = "]") -> str:
        """Return the sentence with every slot wrapped in the given markers."""
        out, pos = [], 0
        for slot in sorted(self.slots, key=lambda s: s.start):
            out.append(self.text[pos : slot.start])
            out.append(f"{before}{self.text[slot.start : slot.end]}{after}")
            pos = slot.end
        out.append(self.text[pos:])
        return "".join(out)

    def to_dict(self, *, suggestions: bool = True) -> dict[str, Any]:
        """Return a JSON-serialisable dict (suggestions=False leaves the rewrites out rather than building them)."""
        return {
            "text": self.text,
            "slots": [s.to_dict() for s in self.slots],
            "fixes": list(self.fixes),
            "shape": self.shape,
            "metric": self.metric,
        }


class Explainer(Protocol):
    """What a verdict asks the pipeline that made it for: its tokens, its explanations, its rewrites."""

    def view(self, verdict: Verdict) -> TokenView:
        """Return the statement's token view (tokenized again when a batch did not keep it)."""
        ...

    def anatomy(self, verdict: Verdict) -> Anatomy:
        """Return the statement's prefix, body, notes and claimed type."""
        ...

    def checks(self, verdict: Verdict) -> list[CheckResult]:
        """Return the result of every check, described in the statement's language."""
        ...

    def suggestions(self, verdict: Verdict) -> list[Suggestion]:
        """Return the measurable rewrites of the statement."""
        ...


class Verdict:
    """What okrcoach says about one statement: label, confidence, anatomy, checks and rewrites.

    The check results and the suggestions are built on first access by the pipeline that made the
    verdict (its Explainer), so batch classification pays only for what a caller reads.
    """

    __slots__ = (
        "text",
        "lang",
        "label",
        "confidence",
        "scores",
        "_anatomy",
        "hits",
        "fired",
        "_explainer",
        "_view",
        "_checks",
        "_suggestions",
    )

    def __init__(
        self,
        text: str,
        lang: str,
        label: str,
        confidence: float,
        scores: dict[str, float],
        hits: tuple[Hit | None, ...],
        fired: tuple[str, ...],
        explainer: Explainer,
        *,
        view: TokenView | None = None,
    ) -> None:
        self.text = text
        self.lang = lang
        self.label = label
        self.confidence = confidence
        self.scores = scores
        self._anatomy: Anatomy | None = None
        self.hits = hits  # one per registered check, in registration order: where it fired, or None
        self.fired = fired  # the ids of the checks that fired
        self._explainer = explainer
        self._view = view
        self._checks: list[CheckResult] | None = None
        self._suggestions: list[Suggestion] | None = None

    def __repr__(self) -> str:
        return (
            f"Verdict(text={self.text!r}, lang={self.lang!r}, label={self.label!r}, confidence={self.confidence:.3f})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return (self.text, self.lang, self.label, self.scores, self.hits) == (
            other.text,
            other.lang,
            other.label,
            other.scores,
            other.hits,
        )

    __hash__ = None  # type: ignore[assignment]

    @property
    def sharpness(self) -> int:
        """Return how checkable the statement is, 0-100, from its label and checks (see okrcoach.sharpness)."""
        return sharpness(self.label, self.fired)

    @property
    def anatomy(self) -> Anatomy:
        """Return the statement's anatomy: prefix, body, notes and claimed type (built on first access)."""
        if self._anatomy is None:
            self._anatomy = self._explainer.anatomy(self)
        return self._anatomy

    @property
    def prefix(self) -> str:
        """Return the writer's numbering and tags before the statement ("KR 1.2:", 【KR】)."""
        return self.anatomy.prefix

    @property
    def body(self) -> str:
        """Return the statement itself, without prefix, notes and final full stop."""
        return self.anatomy.body

    @property
    def notes(self) -> tuple[str, ...]:
        """Return the owner and status notes after the statement ("(owner: Sam)", 「（担当：佐藤）」)."""
        return self.anatomy.notes

    @property
    def claimed(self) -> str | None:
        """Return what the writer's own tag calls the statement: key_result, objective, task, or None."""
        return self.anatomy.claimed

    @property
    def view(self) -> TokenView:
        """Return the statement's TokenView (batches do not keep them: it is tokenized again on first use)."""
        if self._view is None:
            self._view = self._explainer.view(self)
        return self._view

    @property
    def checks(self) -> list[CheckResult]:
        """Return the result of every check, in registration order."""
        if self._checks is None:
            self._checks = self._explainer.checks(self)
        return self._checks

    @property
    def suggestions(self) -> list[Suggestion]:
        """Return measurable rewrites (computed on first access; empty for a sharp key result)."""
        if self._suggestions is None:
            self._suggestions = self._explainer.suggestions(self)
        return self._suggestions

    @property
    def issues(self) -> list[str]:
        """Return the ids of the checks that failed."""
        return [c.id for c in self.checks if not c.passed]

    def check(self, check_id: str) -> CheckResult:
        """Return the result of one check by id."""
        for result in self.checks:
            if result.id == check_id:
                return result
        raise KeyError(f"no check with id {check_id!r}; known: {', '.join(c.id for c in self.checks)}")

    def drop_view(self) -> Verdict:
        """Forget the token view (it is tokenized again if an explanation or rewrite is read later)."""
        self._view = None
        return self

    def __getstate__(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for k, v in state.items():
            setattr(self, k, v)

    def to_dict(self, *, suggestions: bool = True) -> dict[str, Any]:
        """Return a JSON-serialisable dict (suggestions=False leaves the rewrites out rather than building them)."""
        return {
            "text": self.text,
            "lang": self.lang,
            "label": self.label,
            "confidence": round(self.confidence, 4),
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "sharpness": self.sharpness,
            "anatomy": self.anatomy.to_dict(),
            "checks": [c.to_dict() for c in self.checks],
            "issues": self.issues,
            "suggestions": [s.to_dict() for s in self.suggestions] if suggestions else [],
        }
