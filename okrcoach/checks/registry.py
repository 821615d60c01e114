"""The check registry: one record per check (checks.toml), and the function that finds where it fires.

A record says what a check is: its kind, polarity, whether it is a success criterion on its own,
when it applies, its messages in every language, the rewrite fix that answers it, and examples
that prove it. A "logic" check has one function registered under its id with @check; a "fact"
check is a named fact of facts.py (a lexicon pattern or phrase list), so it needs no code.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ..errors import DataFileError
from ..tokens.base import Hit, TokenView
from ..verdict import CheckResult
from . import facts

CheckFunc = Callable[[TokenView], Hit | None]

LANGS = ("en", "ja")
KINDS = ("logic", "fact")
POLARITIES = ("good", "bad")
_FILE = "checks.toml"
_KEYS = {"kind", "fact", "polarity", "criterion", "when", "tip", "fix", "met_by", "messages", "examples"}


@dataclass(frozen=True)
class Check:
    """A registered check and its record."""

    id: str
    kind: str
    polarity: str  # "good": firing is a sign of a key result; "bad": a sign of a task or objective
    criterion: bool  # firing alone is a key result's success criterion
    when: str  # the condition under which it runs (see facts.CONDITIONS)
    tip: bool  # a key result without it is told so as a tip
    fix: str  # the rewrite fix that answers it
    messages: dict[str, dict[str, str]]  # lang -> {"hit": ..., "miss": ...}
    examples: dict[str, dict[str, list[str]]]  # lang -> {"fires": [...], "silent": [...]}
    fact: str = ""
    met_by: tuple[str, ...] = ()  # checks whose firing already gives what this one asks for
    func: CheckFunc | None = field(default=None, compare=False)  # a fact check's fact, a logic check's function

    @property
    def good(self) -> bool:
        """True when firing is a sign of a key result."""
        return self.polarity == "good"

    def met(self, fired: Collection[str]) -> bool:
        """True when this check fired, or one that already gives what it asks for did."""
        return self.id in fired or any(m in fired for m in self.met_by)

    def find(self, view: TokenView) -> Hit | None:
        """Return where the check fires on a statement, or None (also when its condition does not hold)."""
        if self.func is None or not facts.CONDITIONS[self.when](view):
            return None
        return self.func(view)

    def run(self, view: TokenView) -> CheckResult:
        """Run the check on one statement and describe the outcome in its language."""
        return self.describe(view, self.find(view))

    def describe(self, view: TokenView, hit: Hit | None) -> CheckResult:
        """Describe where (or that) the check fired, in the statement's language."""
        fired = hit is not None
        passed = fired if self.good else not fired
        texts = self.messages[view.lang]
        if hit is not None:
            start, end, span = view.original_span(hit.start, hit.end)
            return CheckResult(self.id, True, passed, texts["hit"].format(span=span), span, start, end)
        return CheckResult(self.id, False, passed, texts["miss"].format(span=""))


def _fail(check_id: str, problem: str) -> DataFileError:
    return DataFileError(f"okrcoach/checks/{_FILE}: [{check_id}] {problem}")


def _record(check_id: str, raw: dict[str, Any]) -> Check:
    unknown = set(raw) - _KEYS
    if unknown:
        raise _fail(check_id, f"unknown keys {sorted(unknown)}")
    for key in ("kind", "polarity", "criterion", "when", "tip", "fix", "messages", "examples"):
        if key not in raw:
            raise _fail(check_id, f"missing key {key!r}")
    if raw["kind"] not in KINDS:
        raise _fail(check_id, f"kind must be one of {KINDS}, not {raw['kind']!r}")
    if raw["polarity"] not in POLARITIES:
        raise _fail(check_id, f"polarity must be one of {POLARITIES}, not {raw['polarity']!r}")
    if raw["when"] not in facts.CONDITIONS:
        raise _fail(check_id, f"when must be one of {sorted(facts.CONDITIONS)}, not {raw['when']!r}")
    if raw["kind"] == "fact" and raw.get("fact") not in facts.FACTS:
        raise _fail(check_id, f"fact must name one of {sorted(facts.FACTS)}, not {raw.get('fact')!r}")
    for lang in LANGS:
        if set(raw["messages"].get(lang, {})) != {"hit", "miss"}:
            raise _fail(check_id, f"messages.{lang} needs exactly 'hit' and 'miss'")
        examples = raw["examples"].get(lang, {})
        if not examples.get("fires") or not examples.get("silent"):
            raise _fail(check_id, f"examples.{lang} needs at least one 'fires' and one 'silent' statement")
    return Check(
        check_id,
        raw["kind"],
        raw["polarity"],
        bool(raw["criterion"]),
        raw["when"],
        bool(raw["tip"]),
        raw["fix"],
        raw["messages"],
        raw["examples"],
        raw.get("fact", ""),
        tuple(raw.get("met_by", ())),
        facts.FACTS[raw["fact"]] if raw["kind"] == "fact" else None,
    )


def _load() -> dict[str, Check]:
    raw = tomllib.loads(resources.files(__package__).joinpath(_FILE).read_text("utf-8"))
    return _linked({check_id: _record(check_id, table) for check_id, table in raw.items()})


def _linked(found: dict[str, Check]) -> dict[str, Check]:
    """Return the records once every check they name (met_by) is one of them."""
    for c in found.values():
        unknown = [m for m in c.met_by if m not in found]
        if unknown:
            raise _fail(c.id, f"met_by names unknown checks {unknown}")
    return found


CHECKS: dict[str, Check] = _load()


def check(check_id: str) -> Callable[[CheckFunc], CheckFunc]:
    """Register the function of a logic check whose record is in checks.toml."""

    def register(func: CheckFunc) -> CheckFunc:
        found = CHECKS.get(check_id)
        if found is None:
            raise ValueError(f"no record for check {check_id!r} in {_FILE}; add one before registering it")
        if found.kind != "logic":
            raise ValueError(f"check {check_id!r} is a {found.kind} check: it takes no function")
        if found.func is not None:
            raise ValueError(f"check id {check_id!r} is registered twice")
        CHECKS[check_id] = Check(**{**found.__dict__, "func": func})
        return func

    return register


def unregistered() -> list[str]:
    """Return the ids of logic checks whose function is missing (the package checks this at import)."""
    return [c.id for c in CHECKS.values() if c.kind == "logic" and c.func is None]


def run_checks(view: TokenView) -> list[CheckResult]:
    """Run every registered check on one statement, in registration order."""
    return [c.run(view) for c in CHECKS.values()]


def find_hits(view: TokenView) -> tuple[Hit | None, ...]:
    """Run every check on a statement without describing it (the fast path of batch classification).

    The same as c.find(view) for every check, with each condition evaluated once per statement.
    """
    held: dict[str, bool] = {"always": True}
    out: list[Hit | None] = []
    for c in CHECKS.values():
        ok = held.get(c.when)
        if ok is None:
            ok = held[c.when] = facts.CONDITIONS[c.when](view)
        out.append(c.func(view) if ok and c.func is not None else None)
    return tuple(out)


def fired_ids(hits: tuple[Hit | None, ...]) -> list[str]:
    """Return the ids of the checks whose hits are not None."""
    return [c.id for c, h in zip(CHECKS.values(), hits, strict=True) if h is not None]


def describe_hits(view: TokenView, hits: tuple[Hit | None, ...]) -> list[CheckResult]:
    """Turn the hits of find_hits into check results with messages and spans."""
    return [c.describe(view, h) for c, h in zip(CHECKS.values(), hits, strict=True)]
