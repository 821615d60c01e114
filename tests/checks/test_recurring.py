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


@pytest.mark.parametrize(
    "text",
    [
        "Swim 2 days a week for the whole summer term",
        "Call Dad every Sunday for the rest of the year",
        "Run twice a week from April through July",
        "Practise scales every Wednesday between January and March",
        "Stretch every morning right through to the end of the quarter",
        "Walk the dog twice a day for the whole of February",
        "Post a photo every week from now through to the end of June",
    ],
)
def test_sustained_rate_fires_on_a_routine_kept_over_a_named_stretch(text):
    assert fire("sustained_rate", text, "en") is not None


def test_sustained_rate_needs_a_routine_over_the_stretch():
    assert fire("sustained_rate", "Renovate the kitchen between March and May", "en") is None


@pytest.mark.parametrize(
    "text",
    [
        "Walk the dog every evening for a month",
        "Cook dinner every Sunday for all of 2026",
        "Toolbox talk every Monday for the whole build programme",
    ],
)
def test_sustained_rate_fires_on_a_routine_kept_for_a_month_a_year_or_a_programme(text):
    assert fire("sustained_rate", text, "en") is not None
