import pytest

from tests.conftest import fire


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Hold weekly 1on1s", "en", "weekly"),
        ("Post on LinkedIn every week", "en", "every week"),
        ("journal every nite", "en", "every nite"),
        ("毎週1on1を実施する", "ja", "毎週"),
        ("定期的にブログを書く", "ja", "定期的"),
    ],
)
def test_recurring_activity_fires_without_a_total(text, lang, span):
    assert fire("recurring_activity", text, lang) == span


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hold 12 customer interviews", "en"),
        ("Publish 12 blog posts this quarter", "en"),
        ("Learn SEO", "en"),
        ("毎月40件の問い合わせを獲得する", "ja"),
        ("SEOを学ぶ", "ja"),
    ],
)
def test_recurring_activity_is_silent_with_a_total_or_no_schedule(text, lang):
    assert fire("recurring_activity", text, lang) is None
