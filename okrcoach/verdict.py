"""Plain result types: Verdict, CheckResult, Suggestion and Slot."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

LABELS: tuple[str, ...] = ("key_result", "task", "objective")


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
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Slot:
    """One example value inside a suggestion that the user should adjust."""

    name: str
    value: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A measurable rewrite; str() is the sentence, slots mark the example values."""

    text: str
    slots: tuple[Slot, ...] = ()
    fixes: tuple[str, ...] = ()
    shape: str = "business"
    metric: str = ""  # the catalog id it names ("sales.win_rate"), "output:<counted noun>", or ""

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

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "text": self.text,
            "slots": [s.to_dict() for s in self.slots],
            "fixes": list(self.fixes),
            "shape": self.shape,
            "metric": self.metric,
        }


class Verdict:
    """What okrcoach says about one statement: label, confidence, checks and rewrites.

    The check results and the suggestions are built on first access, so batch classification
    pays only for what a caller reads.
    """

    __slots__ = ("text", "lang", "label", "confidence", "scores", "_view", "_checks", "_hits", "_suggestions")

    def __init__(
        self,
        text: str,
        lang: str,
        label: str,
        confidence: float,
        scores: dict[str, float],
        checks: list[CheckResult] | None = None,
        *,
        view: Any = None,
        hits: tuple[Any, ...] | None = None,
        suggestions: list[Suggestion] | None = None,
    ) -> None:
        if checks is None and hits is None:
            raise ValueError("a Verdict needs its check results or the check hits")
        self.text = text
        self.lang = lang
        self.label = label
        self.confidence = confidence
        self.scores = scores
        self._view = view  # the TokenView, for explanations and rewrites; rebuilt from the text when needed
        self._checks = checks
        self._hits = hits
        self._suggestions = suggestions

    def __repr__(self) -> str:
        return (
            f"Verdict(text={self.text!r}, lang={self.lang!r}, label={self.label!r}, confidence={self.confidence:.3f})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    @property
    def view(self) -> Any:
        """Return the statement's TokenView (batches do not keep them: it is tokenized again on first use)."""
        if self._view is None:
            from .tokens import tokenize

            self._view = tokenize(self.text, self.lang)
        return self._view

    @property
    def checks(self) -> list[CheckResult]:
        """Return the result of every check, in registration order."""
        if self._checks is None:
            from .checks.registry import describe_hits

            self._checks = describe_hits(self.view, self._hits or ())
        return self._checks

    @property
    def suggestions(self) -> list[Suggestion]:
        """Return measurable rewrites (computed on first access; empty for a sharp key result)."""
        if self._suggestions is None:
            from .rewrite import suggestions_for

            self._suggestions = suggestions_for(self)
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

    def detach(self) -> Verdict:
        """Build the check results now and drop the token view (to send the verdict to another process)."""
        _ = self.checks
        return self.drop_view()

    def __getstate__(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for k, v in state.items():
            setattr(self, k, v)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "text": self.text,
            "lang": self.lang,
            "label": self.label,
            "confidence": round(self.confidence, 4),
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "checks": [c.to_dict() for c in self.checks],
            "issues": self.issues,
            "suggestions": [s.to_dict() for s in self.suggestions],
        }
