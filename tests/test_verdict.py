"""The result types' to_dict(): plain JSON values, the same fields dataclasses.asdict would give."""

from __future__ import annotations

import json
from dataclasses import asdict

from okrcoach.api import classify
from okrcoach.verdict import Anatomy, CheckResult, Slot


def test_to_dict_matches_asdict_field_for_field():
    check = CheckResult("wish_form", True, False, "Phrased as a wish", "I want to", 0, 9)
    slot = Slot("count", "3", 9, 10)
    anatomy = Anatomy("KR 1:", "Learn SEO", ("(Aki)",), "key_result", 6, 15)
    assert list(check.to_dict().items()) == list(asdict(check).items())
    assert list(slot.to_dict().items()) == list(asdict(slot).items())
    assert anatomy.to_dict() == {**asdict(anatomy), "notes": ["(Aki)"]}


def test_a_verdicts_dict_is_json():
    verdict = classify("KR 1.2: I want to learn SEO (Aki)")
    assert json.loads(json.dumps(verdict.to_dict())) == verdict.to_dict()
