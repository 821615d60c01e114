"""Plain result types: Verdict, CheckResult, Suggestion and Slot."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
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
        }


@dataclass(slots=True)
class Verdict:
    """What okrcoach says about one statement: label, confidence, checks and rewrites."""

    text: str
    lang: str
    label: str
    confidence: float
    scores: dict[str, float]
    checks: list[CheckResult]
    view: Any = field(default=None, repr=False, compare=False)  # the TokenView, for rewrites
    _suggestions: list[Suggestion] | None = field(default=None, repr=False, compare=False)

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
