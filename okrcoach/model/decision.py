"""Turn the classifier's probabilities into a label the checks can explain."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..checks import CRITERION_CHECKS
from ..verdict import LABELS


def decide(proba: Sequence[float], fired: Collection[str]) -> int:
    """Return the index in LABELS of the most probable label, never a key result without a criterion.

    The explanation must not contradict the label: a key result whose checks find no measure, no
    whole-set criterion and no pass/fail standard would say "no measure", so the next label wins.
    """
    best = max(range(len(LABELS)), key=proba.__getitem__)
    if LABELS[best] == "key_result" and CRITERION_CHECKS.isdisjoint(fired):
        return max((i for i in range(len(LABELS)) if i != best), key=proba.__getitem__)
    return best
