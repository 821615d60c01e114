"""A quality the writer names that a metric must keep: "Safer loading docks" is measured by harm at the docks, not
by truck time there, though "docks" calls the truck time. The qualities and the words a fitting metric's name holds
are data (reading.kept_qualities in lang/<lang>/rewrite.toml: a pattern, metric words and a topic each)."""

from __future__ import annotations

from .. import rx
from .angles import Angle, metric_angle
from .catalog import catalog as known_metrics
from .matching import scored
from .phrasebook import Phrasebook
from .reading import Reading
from .topics import respelled, topics

__all__ = ["quality_kept"]


def _keeps(name: str, words: list[str]) -> bool:
    low = name.lower()
    return any(w in low for w in words)


def quality_kept(reading: Reading, label: str, candidates: list[Angle], book: Phrasebook) -> list[Angle]:
    """The candidates with a metric that keeps the writer's quality put first, when the first one does not."""
    for quality in book.reading.get("kept_qualities", {}).values():
        if rx.search(quality["pattern"], reading.core) is None:
            continue
        words = quality["metric_words"]
        first = known_metrics().get(candidates[0].metric) if candidates else None
        if first is not None and _keeps(first.name(reading.lang), words):
            return candidates
        second = respelled(reading, True)
        found = [m for _, named, m in scored(second) if named] if second is not None else []
        fitting = [m for m in found if _keeps(m.name(reading.lang), words)][:2]
        if not fitting and first is not None:  # the quality's own topic in the first metric's domain
            own = quality.get("topic", "")
            topic = next((t for t in topics() if t.key == own and t.key.startswith(first.domain + ".")), None)
            known = known_metrics()
            fitting = [known[k] for k in topic.metrics[:2] if k in known] if topic is not None else []
        if not fitting:
            return candidates
        starts = label != "objective"
        ahead = [metric_angle("change", m, reading, book, own=False, starts=starts) for m in fitting]
        return ahead + [a for a in candidates if a.metric not in {m.key for m in fitting}]
    return candidates
