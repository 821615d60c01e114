"""More of a countable thing the writer does, when nothing else measures it: that many of them, up from last
period's number, the period read from the writer's deadline; not a quality or an amount."""

import pytest

from .helpers import top


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Book more school visits", "Book 12 school visits by the end of the quarter, up from 6 last quarter"),
        (
            "do more lesson drop ins with the ECTs this term",
            "Do 12 lesson drop ins with the ECTs this term, up from 6 last term",
        ),
        ("Qualify more kids for state", "Qualify 12 kids for state"),
    ],
)
def test_more_of_a_countable_thing_is_that_many_up_from_last_period(text, expected):
    assert top(text).startswith(expected)


@pytest.mark.parametrize("text", ["Be more patient", "Spend more time outdoors"])
def test_not_a_quality_or_an_amount(text):
    assert "up from 6" not in top(text)
