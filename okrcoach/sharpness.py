"""The sharpness score: how checkable a statement is, from 0 to 100, derived from its label and checks.

A key result is sharp when a colleague can check it at the end of the cycle without asking anything.
The score adds five parts, each earned from the checks that fired on the statement:

=========================  ======  ==============================================================
part                       points  earned when
=========================  ======  ==============================================================
criterion                    30    the label is ``key_result`` (its criterion: a measure, a whole
                                   checkable set or a named pass/fail standard)
baseline                     15    ``has_baseline`` fired ("from 4%"); a key result whose criterion
                                   is a standard or a whole set has no quantity to start from and
                                   earns it without one
target                       15    ``has_target`` fired ("to 6%"), or the criterion is a standard
                                   or a whole set (the target is the criterion itself)
deadline                     15    ``has_deadline`` fired ("by March 31")
outcome, not activity        25    minus 10 for each of ``activity_verb``, ``vague_verb`` and
                                   ``wish_form`` and 5 for ``recurring_activity`` that fired
                                   (never below 0)
=========================  ======  ==============================================================

Only a statement labelled ``key_result`` earns the criterion, baseline and target parts (the model
decided that its numbers are not a success criterion otherwise), so a task or an objective scores at
most 40: "I want to learn SEO" scores 5, "Raise trial-to-paid conversion from 4% to 6% by June 30" scores 100.
A statement with no label (it could not be read) scores 0.
"""

from __future__ import annotations

from collections.abc import Collection

from .labels import LABELS

CRITERION, BASELINE, TARGET, DEADLINE, OUTCOME = 30, 15, 15, 15, 25
PENALTIES = {"activity_verb": 10, "vague_verb": 10, "wish_form": 10, "recurring_activity": 5}
_KEY_RESULT = LABELS[0]


def sharpness(label: str, fired: Collection[str]) -> int:
    """Return the 0-100 sharpness of a statement from its label and the ids of the checks that fired."""
    if label not in LABELS:
        return 0
    score = 0
    if label == _KEY_RESULT:
        score += CRITERION
        quantity = "has_measure" in fired
        if "has_baseline" in fired or not quantity:
            score += BASELINE
        if "has_target" in fired or not quantity:
            score += TARGET
    if "has_deadline" in fired:
        score += DEADLINE
    score += max(0, OUTCOME - sum(points for check, points in PENALTIES.items() if check in fired))
    return score


def mean_sharpness(scores: Collection[int]) -> int | None:
    """Return the rounded mean of scores (an objective's or a sheet's), None when there are none."""
    return round(sum(scores) / len(scores)) if scores else None
