"""What the writer takes up (again) starts from zero, and a topic the reader's core cut away is read in the
body as written."""

import pytest

import okrcoach


def top(text: str) -> str:
    got = okrcoach.classify(text).suggestions
    assert got, text
    return got[0].text


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Start running again", "runs per week"),
        ("I want to start investing", "investment contributions"),
        ("ジム再開", "運動回数"),
        ("韓国語の勉強を始めたい", "学習時間"),
    ],
)
def test_a_start_of_ones_own_has_no_baseline(text, metric):
    got = top(text)
    assert metric in got and " from " not in got and "から" not in got, got


def test_a_start_of_something_else_keeps_its_baseline():
    # "Starting Grant" names a grant; a research office's applications existed before it
    assert " from " in top("Prepare the ERC Starting Grant 2026 application")
    # an exam grade is where the writer stands, not zero
    assert "から" in top("英検準1級の二次対策を始めたい")


@pytest.mark.parametrize(
    ("text", "metric"),
    [("Financially ready for the baby", "emergency fund"), ("Operate more sustainably", "emissions")],
)
def test_a_topic_the_core_lost_is_read_in_the_body(text, metric):
    assert metric in top(text).lower()
