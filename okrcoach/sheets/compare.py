"""Compare this cycle's sheet with the last one: what got sharper, what got worse, what is new or gone."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .judge import _body, _grams
from .results import Judged, SheetReport, scored


@dataclass
class Change:
    """One statement matched across cycles (old_text or new_text empty when it is new or dropped)."""

    old_text: str
    new_text: str
    old_score: int | None
    new_score: int | None
    objective: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "before": self.old_text,
            "after": self.new_text,
            "score_before": self.old_score,
            "score_after": self.new_score,
            "objective": self.objective,
        }


@dataclass
class Comparison:
    """Sheet sharpness before and after, and the statements that changed."""

    before: int | None
    after: int | None
    sharper: list[Change] = field(default_factory=list)
    worse: list[Change] = field(default_factory=list)
    new: list[Change] = field(default_factory=list)
    dropped: list[Change] = field(default_factory=list)
    objectives: list[tuple[str, int | None, int | None]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "sharpness_before": self.before,
            "sharpness_after": self.after,
            "sharper": [c.to_dict() for c in self.sharper],
            "worse": [c.to_dict() for c in self.worse],
            "new": [c.to_dict() for c in self.new],
            "dropped": [c.to_dict() for c in self.dropped],
            "objectives": [{"objective": o, "before": b, "after": a} for o, b, a in self.objectives],
        }


def _similarity(a: Judged, b: Judged) -> float:
    ga, gb = _grams(_body(a)), _grams(_body(b))
    return len(ga & gb) / len(ga | gb) if ga and gb else 0.0


def compare(last: SheetReport, current: SheetReport, *, min_similarity: float = 0.4) -> Comparison:
    """Return how current differs from last: statements matched by text, then by objective, owner and order."""
    old = [j for j in last.judged if scored(j)]
    new = [j for j in current.judged if scored(j)]
    pairs: list[tuple[Judged, Judged]] = []
    free_old = list(old)
    unmatched: list[Judged] = []
    for j in new:
        best, best_sim = None, min_similarity
        for o in free_old:
            sim = _similarity(j, o)
            if sim > best_sim or (sim == best_sim and best is None and sim >= 1.0):
                best, best_sim = o, sim
        if best is not None:
            pairs.append((best, j))
            free_old.remove(best)
        else:
            unmatched.append(j)
    # a rewritten statement keeps its place: same objective and owner, in order
    still_new = []
    for j in unmatched:
        same = [o for o in free_old if o.item.objective_text == j.item.objective_text and o.item.owner == j.item.owner]
        if same and j.item.objective_text:
            pairs.append((same[0], j))
            free_old.remove(same[0])
        else:
            still_new.append(j)
    out = Comparison(last.sharpness, current.sharpness)
    for o, j in pairs:
        change = Change(o.item.text, j.item.text, o.sharpness, j.sharpness, j.item.objective_text)
        if j.sharpness > o.sharpness:
            out.sharper.append(change)
        elif j.sharpness < o.sharpness:
            out.worse.append(change)
    out.sharper.sort(key=lambda c: -((c.new_score or 0) - (c.old_score or 0)))
    out.worse.sort(key=lambda c: (c.new_score or 0) - (c.old_score or 0))
    out.new = [Change("", j.item.text, None, j.sharpness, j.item.objective_text) for j in still_new]
    out.dropped = [Change(o.item.text, "", o.sharpness, None, o.item.objective_text) for o in free_old]
    before = {ob.text: ob.sharpness for t in last.tables for ob in t.objectives}
    for table in current.tables:
        for objective in table.objectives:
            out.objectives.append((objective.text, before.get(objective.text), objective.sharpness))
    return out
