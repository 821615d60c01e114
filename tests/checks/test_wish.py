import pytest

from tests.conftest import fire


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("I want to learn SEO", "en", "I want to"),
        ("Try to close 10 deals", "en", "Try to"),
        ("We'd like to improve onboarding", "en", "'d like to"),
        ("Hopefully ship the beta", "en", "Hopefully"),
        ("SEOを学びたい", "ja", "たい"),
        ("英語で会議ができるようになりたい", "ja", "ようになりたい"),
        ("毎日ブログを書こうと思う", "ja", "書こうと思う"),
    ],
)
def test_wish_form_fires_on_wishes_and_hedges(text, lang, span):
    assert fire("wish_form", text, lang) == span


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Learn SEO", "en"),
        ("Close 10 deals by March", "en"),
        ("Want-list cleanup", "en"),
        ("SEOを学ぶ", "ja"),
        ("解約率を3%に下げる", "ja"),
    ],
)
def test_wish_form_stays_silent_on_commitments(text, lang):
    assert fire("wish_form", text, lang) is None
