import json

import pytest

import okrcoach
from okrcoach.verdict import LABELS

LABELING_EXAMPLES = [
    ("Raise trial-to-paid conversion from 4% to 6%", "key_result"),
    ("Close 10 new enterprise deals", "key_result"),
    ("Complete 3 online courses about SEO recommended by my manager", "key_result"),
    ("Pass JLPT N3", "key_result"),
    ("Obtain the AWS Solutions Architect certification", "key_result"),
    ("Pass the SOC 2 Type II audit with zero major findings", "key_result"),
    ("Learn SEO", "task"),
    ("I want to learn SEO", "task"),
    ("Research competitor pricing", "task"),
    ("Hold weekly 1on1s", "task"),
    ("Launch the new website by March", "task"),
    ("Complete the onboarding course", "task"),
    ("Work on churn", "task"),
    ("Improve customer satisfaction", "objective"),
    ("Become the go-to partner for Japanese clients", "objective"),
    ("Grow revenue", "objective"),
    ("Build a culture of continuous learning", "objective"),
    ("マネージャーが推薦するSEOのオンライン講座を3つ修了する", "key_result"),
    ("解約率を5%から3%に下げる", "key_result"),
    ("日本語能力試験N3に合格する", "key_result"),
    ("新規顧客を10社獲得する", "key_result"),
    ("SEOを学びたい", "task"),
    ("競合の価格を調査する", "task"),
    ("毎週1on1を実施する", "task"),
    ("新しいウェブサイトを公開する", "task"),
    ("顧客満足度を高める", "objective"),
    ("日本企業にとって頼れるパートナーになる", "objective"),
    ("学び続ける文化をつくる", "objective"),
]


@pytest.mark.parametrize(("text", "label"), LABELING_EXAMPLES)
def test_labeling_guide_examples_get_their_label(text, label):
    assert okrcoach.classify(text).label == label


def test_seo_wish_in_japanese_is_a_task_with_its_checks():
    verdict = okrcoach.classify("SEOを学びたい")
    assert (verdict.lang, verdict.label) == ("ja", "task")
    fired = {c.id for c in verdict.checks if c.fired}
    assert {"wish_form", "activity_verb"} <= fired
    assert "has_measure" in verdict.issues


def test_verdict_contract():
    v = okrcoach.classify("Close 10 new enterprise deals by March 31")
    assert v.text == "Close 10 new enterprise deals by March 31"
    assert v.lang == "en" and v.label in LABELS
    assert 0.0 <= v.confidence <= 1.0
    assert set(v.scores) == set(LABELS) and abs(sum(v.scores.values()) - 1) < 1e-6
    assert v.confidence == max(v.scores.values()) or v.label != max(v.scores, key=v.scores.get)
    assert isinstance(v.suggestions, list)
    data = json.loads(json.dumps(v.to_dict()))
    assert data["label"] == v.label and data["checks"][0]["id"]


def test_classify_many_matches_classify_in_order():
    texts = [p.values[0] if hasattr(p, "values") else p[0] for p in LABELING_EXAMPLES]
    batch = okrcoach.classify_many(texts)
    single = [okrcoach.classify(t) for t in texts]
    assert [v.text for v in batch] == texts
    assert [(v.label, round(v.confidence, 9)) for v in batch] == [(v.label, round(v.confidence, 9)) for v in single]


def test_a_large_batch_explains_and_rewrites_like_single_calls():
    from okrcoach.pipeline import KEEP_VIEWS

    texts = [p.values[0] if hasattr(p, "values") else p[0] for p in LABELING_EXAMPLES]
    texts = [f"{t} (#{i})" for i, t in enumerate(texts * (2 * KEEP_VIEWS // len(texts) + 2))]
    batch = okrcoach.classify_many(texts)
    assert {v.lang for v in batch} == {"en", "ja"}
    assert all(v._view is None for v in batch)  # large batches do not hold their tokens...
    assert all(v._view is not None for v in okrcoach.classify_many(texts, keep_views=True))  # unless asked to
    assert [v.to_dict() for v in batch] == [okrcoach.classify(t).to_dict() for t in texts]


def test_forced_language_is_used():
    assert okrcoach.classify("SEO", lang="ja").lang == "ja"


@pytest.mark.parametrize("bad", ["", "   ", "\n\t"])
def test_empty_statement_is_a_value_error(bad):
    with pytest.raises(ValueError, match="empty statement"):
        okrcoach.classify(bad)


@pytest.mark.parametrize("bad", [None, 42, b"Learn SEO", ["Learn SEO"]])
def test_non_string_is_a_type_error(bad):
    with pytest.raises(TypeError, match="expected str"):
        okrcoach.classify(bad)


def test_huge_statement_is_refused_with_its_size():
    with pytest.raises(ValueError, match="characters long"):
        okrcoach.classify("Grow revenue " * 1000)


def test_batch_error_names_the_item():
    with pytest.raises(ValueError, match="item 1"):
        okrcoach.classify_many(["Learn SEO", " "])


def test_key_result_verdict_never_says_no_measure():
    from okrcoach.checks import CRITERION_CHECKS
    from okrcoach.explain import reasons

    texts = [
        "Land our first Fortune 500 client",
        "Get the farm verified by an auditor",
        "Pass JLPT N3",
        "全店舗で新レジを導入する",
        "Every new hire has a buddy",
        "Double weekly active teams",
    ]
    for v in okrcoach.classify_many(texts):
        if v.label == "key_result":
            assert CRITERION_CHECKS & {c.id for c in v.checks if c.fired}
            assert all(r.check_id != "has_measure" or r.mark != "fail" for r in reasons(v))


@pytest.mark.parametrize("bad", ["🚀🚀", "---", "()", "・"])
def test_statement_without_words_is_a_value_error(bad):
    with pytest.raises(ValueError, match="no words or numbers"):
        okrcoach.classify(bad)
