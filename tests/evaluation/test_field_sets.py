"""Held-out field sets: the shipped ones are readable and disjoint from training, and `evaluate --split field --data`
scores any field-style sheet (text, lang, label)."""

from __future__ import annotations

import csv
from pathlib import Path

from okrcoach.cli import main
from okrcoach.corpus.split import split_key

DATA = Path(__file__).resolve().parents[2] / "data"


def test_evaluate_scores_another_field_style_sheet(tmp_path, capsys):
    sheet = tmp_path / "field_x.csv"
    sheet.write_text(
        "text,lang,label\nClose 12 new deals by June,en,key_result\nLearn SEO,en,task\nGrow revenue,en,objective\n",
        encoding="utf-8",
    )
    assert main(["evaluate", "--split", "field", "--data", str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "[en] okrcoach model on field  (n=3)" in out


def test_the_field_sets_are_disjoint_from_training_and_from_each_other():
    with (DATA / "statements.csv").open(encoding="utf-8") as fh:
        trained = {split_key(r["text"]) for r in csv.DictReader(fh)}
    sets = []
    for name in ("field.csv", "field2.csv"):
        with (DATA / name).open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert all(r["label"] in ("key_result", "task", "objective") for r in rows)
        assert all(r["label"] in (r["first_label"], r["second_label"]) for r in rows)  # a disagreement resolved
        sets.append({split_key(r["text"]) for r in rows})
    assert not sets[0] & trained and not sets[1] & trained
    assert not sets[0] & sets[1]
