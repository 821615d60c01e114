import pytest

from tests.conftest import fire


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Learn SEO", "en", "Learn"),
        ("Research competitor pricing", "en", "Research"),
        ("Work on churn", "en", "Work on"),
        ("Hold weekly 1on1s", "en", "Hold"),
        ("Learning Figma this quarter", "en", "Learning"),
        ("競合の価格を調査する", "ja", "調査"),
        ("SEOを学びたい", "ja", "学び"),
        ("毎週1on1を実施する", "ja", "実施"),
    ],
)
def test_activity_verb_fires_on_activities_without_outcome(text, lang, span):
    assert fire("activity_verb", text, lang) == span


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hold 12 customer interviews", "en"),
        ("Complete 3 online courses about SEO", "en"),
        ("Improve customer satisfaction", "en"),
        ("12件の顧客インタビューを実施する", "ja"),
        ("顧客満足度を高める", "ja"),
    ],
)
def test_activity_verb_is_silent_when_a_criterion_is_named(text, lang):
    assert fire("activity_verb", text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Improve customer satisfaction", "en", "Improve"),
        ("Grow revenue", "en", "Grow"),
        ("Strengthen our brand in Japan", "en", "Strengthen"),
        ("顧客満足度を高める", "ja", "高める"),
        ("営業力を強化する", "ja", "強化"),
    ],
)
def test_vague_verb_fires_on_directions_without_measure(text, lang, span):
    assert fire("vague_verb", text, lang) == span


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Increase revenue by 20%", "en"),
        ("Improve NPS from 30 to 45", "en"),
        ("Learn SEO", "en"),
        ("顧客満足度を80%に高める", "ja"),
        ("SEOを学ぶ", "ja"),
    ],
)
def test_vague_verb_is_silent_with_a_measure_or_an_activity(text, lang):
    assert fire("vague_verb", text, lang) is None


def test_activity_verb_does_not_report_suru_after_a_noun():
    assert fire("activity_verb", "営業力を強化したい", "ja") is None
    assert fire("vague_verb", "営業力を強化したい", "ja") == "強化"
