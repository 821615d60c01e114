"""The sharpness score: each part earned from the label and the checks, and the documented examples."""

from __future__ import annotations

import pytest

import okrcoach
from okrcoach.sharpness import mean_sharpness, sharpness


@pytest.mark.parametrize(
    ("label", "fired", "score"),
    [
        ("key_result", {"has_measure", "has_baseline", "has_target", "has_deadline"}, 100),
        ("key_result", {"has_measure", "has_target"}, 70),  # no baseline, no deadline
        ("key_result", {"has_measure"}, 55),
        ("key_result", {"named_standard", "has_deadline"}, 100),  # "Pass JLPT N3 by December": nothing to start from
        ("key_result", {"covers_all"}, 85),
        ("key_result", {"has_measure", "has_baseline", "has_target", "activity_verb"}, 75),
        ("task", {"has_deadline"}, 40),
        ("task", {"has_measure", "has_target", "has_deadline"}, 40),  # numbers that are not a criterion earn nothing
        ("task", {"activity_verb"}, 15),
        ("task", {"wish_form", "activity_verb"}, 5),
        ("task", {"wish_form", "activity_verb", "vague_verb", "recurring_activity"}, 0),
        ("objective", {"vague_verb"}, 15),
        ("", set(), 0),
    ],
)
def test_sharpness_parts(label, fired, score):
    assert sharpness(label, fired) == score


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("I want to learn SEO", 5),
        ("Raise trial-to-paid conversion from 4% to 6% by June 30", 100),
        ("解約率を5%から3%に下げる", 85),
    ],
)
def test_the_documented_examples(text, score):
    v = okrcoach.classify(text)
    assert sharpness(v.label, {c.id for c in v.checks if c.fired}) == score


def test_sharpness_is_within_0_and_100_for_every_combination():
    from itertools import combinations

    ids = [
        "has_measure",
        "has_baseline",
        "has_target",
        "has_deadline",
        "covers_all",
        "named_standard",
        "activity_verb",
        "vague_verb",
        "wish_form",
        "recurring_activity",
    ]
    for label in ("key_result", "task", "objective"):
        for n in range(len(ids) + 1):
            for fired in combinations(ids, n):
                assert 0 <= sharpness(label, set(fired)) <= 100


def test_mean_sharpness_rounds_and_handles_nothing():
    assert mean_sharpness([100, 85, 70]) == 85
    assert mean_sharpness([]) is None


def test_sharpness_module_imports_only_the_labels_from_okrcoach():
    import ast
    from pathlib import Path

    tree = ast.parse(Path(okrcoach.__file__).with_name("sharpness.py").read_text("utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level}
    assert imported == {"labels"}


def test_verdict_carries_its_sharpness():
    import okrcoach

    sharp = okrcoach.classify("Raise trial-to-paid conversion from 4% to 6% by June 30")
    vague = okrcoach.classify("I want to learn SEO")
    assert sharp.sharpness == 100 and sharp.to_dict()["sharpness"] == 100
    assert vague.sharpness == sharpness(vague.label, vague.fired) < 40
