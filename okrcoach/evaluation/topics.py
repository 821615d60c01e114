"""Show the topic, metrics and rewrites of statements: a tool for writing [[topic]] tables.

python -m okrcoach.evaluation.topics "Get in shape" 「資金繰りの安定化」
"""

from __future__ import annotations

import sys

from ..api import classify
from ..rewrite.reading import read
from ..rewrite.topics import topic_of


def main(argv: list[str]) -> int:
    """Print each statement's label, core, topic, the topic's metrics and the rewrites."""
    for text in argv:
        verdict = classify(text)
        reading = read(verdict)
        topic = topic_of(reading)
        print(f"{text}\n  label: {verdict.label}   core: {reading.core!r}")
        print(f"  topic: {topic.key if topic else '-'}   metrics: {', '.join(topic.metrics) if topic else '-'}")
        for s in verdict.suggestions:
            print(f"  -> {s.text}   [{s.shape} {s.metric}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
