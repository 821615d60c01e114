import json

import numpy as np
import pytest

from okrcoach.corpus.dataset import COLUMNS, data_hash, default_data_path, read_examples
from okrcoach.corpus.split import split_of
from okrcoach.evaluation.comparison import digit_label, rule_label
from okrcoach.evaluation.metrics import scores
from okrcoach.language import detect
from okrcoach.model.artifact import TRUSTED_TYPES, card_path, load_skops, model_path
from okrcoach.model.linear import LinearModel
from tests.test_api import LABELING_EXAMPLES

GUIDE_EXAMPLES = [p.values[:2] if hasattr(p, "values") else p for p in LABELING_EXAMPLES]

DATA = default_data_path()


def test_shipped_model_was_trained_on_the_shipped_data():
    card = json.loads(card_path().read_text("utf-8"))
    assert card["data_sha256"] == data_hash(DATA), "data/ changed since training: run `okrcoach train`"


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_model_files_hold_only_trusted_types(lang):
    import skops.io as sio

    assert set(sio.get_untrusted_types(file=model_path(lang))) <= set(TRUSTED_TYPES)
    arrays = load_skops(model_path(lang))
    model = LinearModel.from_arrays(arrays)
    assert model.lang == lang and model.coef_t.shape == (len(model.vocabulary), 3)


def test_a_model_file_with_other_types_is_refused(tmp_path):
    import skops.io as sio
    from sklearn.linear_model import LogisticRegression

    path = tmp_path / "evil.skops"
    sio.dump({"clf": LogisticRegression()}, path)
    with pytest.raises(RuntimeError, match="does not trust"):
        load_skops(path)


def test_data_has_the_documented_columns_and_sizes():
    rows = read_examples(DATA)
    header = DATA.read_text("utf-8").splitlines()[0].split(",")
    assert tuple(header) == COLUMNS
    assert sum(r.lang == "en" for r in rows) >= 3000
    assert sum(r.lang == "ja" for r in rows) >= 2000
    assert len({r.domain for r in rows}) >= 15
    assert any(r.hard_case for r in rows) and any(r.learning for r in rows)


def test_splits_are_derived_from_the_text():
    rows = read_examples(DATA)
    assert all(r.split == split_of(r.text) for r in rows)
    texts = [" ".join(r.text.lower().split()) for r in rows]
    assert len(texts) == len(set(texts)), "duplicate statements would leak across splits"


def test_shipped_model_meets_the_card_on_test():
    from okrcoach.evaluation.classifier import evaluate_split

    card = json.loads(card_path().read_text("utf-8"))
    result = evaluate_split(read_examples(DATA), "test")
    for lang in ("en", "ja"):
        assert result[lang]["model"]["macro_f1"] == pytest.approx(card["test"][lang]["model"]["macro_f1"], abs=1e-9)


def test_the_report_leaves_out_a_slice_the_split_does_not_mark():
    from okrcoach.evaluation.classifier import format_report
    from okrcoach.evaluation.metrics import scores

    full = scores(["task", "key_result"], ["task", "task"])
    empty = scores([], [])
    part = {"model": full, "rules_only": full, "contains_digit": full}
    text = format_report({"en": {**part, "model_hard_cases": empty, "model_learning": full}}, "field")
    assert "hard-cases slice" not in text and "learning statements of field  (n=2)" in text


def test_linear_model_matches_a_hand_computed_blockwise_tfidf_softmax():
    vocab = {"b|": 0, "w|x": 1, "c|ab": 2, "k|has_measure": 3}
    coef = np.array([[0.0, 0.0, 0.0], [1.0, -1.0, 0.0], [0.0, 2.0, 0.0], [3.0, 0.0, 0.0]])
    model = LinearModel(
        "en", ("key_result", "task", "objective"), vocab, np.array([1.0, 2.0, 1.5, 1.0]), coef, np.zeros(3)
    )
    proba = model.predict_proba([["b|", "w|x", "w|x", "w|unknown", "c|ab", "k|has_measure"]])
    word = np.array([1.0, (1 + np.log(2)) * 2.0])
    word /= np.linalg.norm(word)  # words and bias are one block, normalised together
    char = 1.0  # a block with one feature normalises to 1
    logits = np.array([word[1] * 1.0 + 3.0, -word[1] + 2.0 * char, 0.0])  # the check flag stays binary
    expected = np.exp(logits) / np.exp(logits).sum()
    assert proba[0] == pytest.approx(expected)


def test_a_batch_with_no_known_feature_gets_the_intercepts():
    model = LinearModel(
        "en", ("key_result", "task", "objective"), {"w|x": 0}, np.ones(1), np.ones((1, 3)), np.log([1, 2, 1])
    )
    proba = model.predict_proba([["w|unknown"], []])
    assert proba.tolist() == [[0.25, 0.5, 0.25]] * 2


def test_metrics_on_a_tiny_case():
    s = scores(["task", "task", "key_result"], ["task", "key_result", "key_result"])
    assert s["accuracy"] == pytest.approx(2 / 3)
    assert s["per_label"]["key_result"]["precision"] == 0.5
    assert s["confusion"]["task"]["key_result"] == 1


def test_comparison_classifiers():
    assert digit_label("Close 10 deals") == "key_result" and digit_label("Learn SEO") == "task"
    assert rule_label(["has_measure"]) == "key_result"
    assert rule_label(["vague_verb"]) == "objective"
    assert rule_label(["activity_verb", "wish_form"]) == "task"


# The first four key results and tasks of each language section of the labeling guide.
GUIDE_KR_AND_TASKS = [
    (text, label)
    for lang in ("en", "ja")
    for label in ("key_result", "task")
    for text in [t for t, lab in GUIDE_EXAMPLES if lab == label and (detect(t) == lang)][:4]
]


@pytest.mark.parametrize(("text", "label"), GUIDE_KR_AND_TASKS)
def test_rule_comparison_gets_the_guide_examples(text, label):
    from okrcoach.pipeline import analyse

    lang = detect(text)
    _, fired = analyse([text], lang)
    assert rule_label(fired[0]) == label


def test_shipped_model_card_is_current_with_the_card_and_the_hand_grades():
    from okrcoach.evaluation.classifier import render_card_markdown
    from okrcoach.training.train import shipped_grades, shipped_suggestion_grades

    card = json.loads(card_path().read_text("utf-8"))
    shipped = (card_path().parent / "README.md").read_text("utf-8")
    rendered = render_card_markdown(card, shipped_grades(), shipped_suggestion_grades())
    assert shipped == rendered, "run `okrcoach train --card`"
    assert "## Rewrites (blind hand grades" in shipped
    assert "| best of the three | en |" in shipped


def test_a_rebuild_matches_within_the_cpus_noise_and_not_beyond(tmp_path):
    """`okrcoach train --check` accepts weights that differ by a CPU's floating point noise (about 1e-7) and
    refuses a change a data or feature change would make."""
    import shutil
    from dataclasses import replace

    import numpy as np

    from okrcoach.model.artifact import load_skops, model_path, save_model
    from okrcoach.model.linear import LinearModel
    from okrcoach.training.train import REBUILD_TOLERANCE, compare_with_shipped

    shutil.copy(model_path("ja"), tmp_path / "ja.skops")
    shipped = LinearModel.from_arrays(load_skops(model_path("en")))
    for gap, same in ((REBUILD_TOLERANCE / 10, True), (REBUILD_TOLERANCE * 100, False)):
        save_model(replace(shipped, coef_t=np.asarray(shipped.coef_t) + gap), tmp_path / "en.skops")
        assert (compare_with_shipped(tmp_path) == []) is same
