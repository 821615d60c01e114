"""Turn the classifier's probabilities into a label the checks can explain."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..verdict import LABELS


def decide(proba: Sequence[float], fired: Collection[str]) -> int:
    """Return the index in LABELS of the most probable label, never a key result without a criterion.

    The explanation must not contradict the label: a key result whose checks find no measure, no
    whole-set criterion and no pass/fail standard would say "no measure", so the next label wins.
    """
    from ..checks import CRITERION_CHECKS

    order = sorted(range(len(LABELS)), key=lambda i: -proba[i])
    if LABELS[order[0]] == "key_result" and not CRITERION_CHECKS.intersection(fired):
        return order[1]
    return order[0]
