"""Rebuild models/ from data/: choose settings on dev, fit, save with skops, write the model card."""

from __future__ import annotations

import json
import platform
from pathlib import Path
from typing import Any

from ..corpus.dataset import Example, data_hash, default_data_path, default_field_path, read_examples, read_field
from ..corpus.split import split_key
from ..evaluation.featurize import featurize, predict_labels
from ..evaluation.metrics import scores
from ..language import LANGUAGES
from ..model.artifact import card_path, model_dir, model_path, save_model
from ..model.linear import LinearModel
from .fit import fit

# Settings tried by cross-validation on train+dev; the best macro-F1 wins (ties go to the smaller C).
C_GRID = (3.0, 10.0, 30.0, 100.0)
FOLDS = 5


def train_language(examples: list[Example], lang: str, log: Any = print) -> tuple[LinearModel, dict[str, Any]]:
    """Choose C by 5-fold cross-validation over train+dev, refit on train+dev, return the model and the record.

    The test split takes no part in any choice.
    """
    pool = [e for e in examples if e.lang == lang and e.split in ("train", "dev")]
    docs, fired = featurize(pool, lang)
    order = sorted(range(len(pool)), key=lambda i: split_key(pool[i].text))
    folds = [order[k::FOLDS] for k in range(FOLDS)]
    tried: dict[str, float] = {}
    for c in C_GRID:
        macro = []
        for held in folds:
            out = set(held)
            keep = [i for i in range(len(pool)) if i not in out]
            model = fit(lang, [docs[i] for i in keep], [pool[i].label for i in keep], c=c)
            pred = predict_labels(model, [docs[i] for i in held], [fired[i] for i in held])
            macro.append(scores([pool[i].label for i in held], pred)["macro_f1"])
        tried[str(c)] = round(sum(macro) / len(macro), 4)
        log(f"  {lang} C={c:<6} {FOLDS}-fold CV macro-F1 {tried[str(c)]:.4f}")
    best_c = max(C_GRID, key=lambda c: (tried[str(c)], -c))
    final = fit(lang, docs, [e.label for e in pool], c=best_c)
    return final, {"C": best_c, "cv_macro_f1_by_C": tried, "n_train_dev": len(pool), "folds": FOLDS}


def versions() -> dict[str, str]:
    """Return the versions of the libraries a model depends on."""
    from importlib.metadata import version

    import numpy
    import scipy
    import sklearn
    import skops
    import spacy

    return {
        "okrcoach": version("okrcoach"),
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "skops": skops.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "spacy": spacy.__version__,
        "fugashi": version("fugashi"),
        "unidic-lite": version("unidic-lite"),
    }


def train(data_path: Path | None = None, out_dir: Path | None = None, log: Any = print) -> dict[str, Any]:
    """Rebuild every language's model and the model card; return the card."""
    from ..evaluation.classifier import evaluate_split

    data_path = data_path or default_data_path()
    out_dir = out_dir or model_dir()
    examples = read_examples(data_path)
    card: dict[str, Any] = {
        "data_file": "data/statements.csv",
        "data_sha256": data_hash(data_path),
        "versions": versions(),
        "selection": {},
        "test": {},
    }
    models = {}
    for lang in LANGUAGES:
        log(f"training {lang} ...")
        models[lang], card["selection"][lang] = train_language(examples, lang, log)
        save_model(models[lang], out_dir / f"{lang}.skops")
    card["test"] = evaluate_split(examples, "test", models)
    field = default_field_path()
    if field.is_file():  # reported only: the field split takes no part in training or any choice
        card["field"] = evaluate_split(read_field(field), "field", models)
        card["field_sha256"] = data_hash(field)
    (out_dir / "card.json").write_text(json.dumps(card, indent=2, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
    rewrite_card(out_dir)  # rendered from card.json as written, so `train --card` renders it the same way
    log(f"wrote {model_path('en').name}, {model_path('ja').name}, {card_path().name} and README.md to {out_dir}")
    return card


def shipped_grades() -> dict[str, dict[str, float]] | None:
    """The rewrites' hand grades of a source checkout (data/rewrite_grades.csv), or None without one."""
    from ..evaluation.rewrites import default_grades_path, read_grades

    path = default_grades_path()
    return read_grades(path) if path.is_file() else None


def shipped_suggestion_grades() -> dict[str, dict[str, dict[str, float]]] | None:
    """The hand grades of every suggestion of a source checkout (data/rewrite_grades_top3.csv), per place and the
    best of each statement's suggestions, or None without the file."""
    from ..evaluation.rewrites import default_grades_path, grade_rounds, read_best_of, read_grades

    path = default_grades_path().with_name("rewrite_grades_top3.csv")
    if not path.is_file():
        return None
    places = {r.rsplit(" ", 1)[-1]: read_grades(path, r) for r in grade_rounds(path)}
    return {**places, "best": read_best_of(path)}


def rewrite_card(out_dir: Path | None = None) -> Path:
    """Render models/README.md again from models/card.json and the current hand grades (no retraining)."""
    from ..evaluation.classifier import render_card_markdown

    out_dir = out_dir or model_dir()
    card = json.loads((out_dir / "card.json").read_text("utf-8"))
    path = out_dir / "README.md"
    path.write_text(render_card_markdown(card, shipped_grades(), shipped_suggestion_grades()), "utf-8")
    return path


# The solver's floating point differs by about 1e-7 between CPUs (the English model rebuilt on another machine
# differed from the shipped one by 1.2e-7, the Japanese one not at all); a change in data or features moves
# weights by far more.
REBUILD_TOLERANCE = 1e-6


def compare_with_shipped(rebuilt_dir: Path, tolerance: float = REBUILD_TOLERANCE) -> list[str]:
    """Return the differences between models rebuilt in a folder and the shipped ones (empty: they match)."""
    import numpy as np

    from ..model.artifact import load_skops

    problems = []
    for lang in LANGUAGES:
        new = LinearModel.from_arrays(load_skops(rebuilt_dir / f"{lang}.skops"))
        old = LinearModel.from_arrays(load_skops(model_path(lang)))
        if new.vocabulary != old.vocabulary:
            problems.append(f"{lang}: vocabularies differ ({len(new.vocabulary)} vs {len(old.vocabulary)} terms)")
            continue
        for name in ("idf", "coef_t", "intercept"):
            gap = float(np.abs(getattr(new, name) - getattr(old, name)).max())
            if gap > tolerance:
                problems.append(f"{lang}: {name} differs by {gap:.3g} (tolerance {tolerance:g})")
    return problems
