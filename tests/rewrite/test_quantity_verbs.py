"""What a Japanese statement adds to or takes from (「増やす」「減らす」) is an amount: when no metric names it, it is
a change on last quarter's level rather than no rewrite."""

import pytest

from .helpers import top


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("退塾を減らす", "今期末までに退塾を前期比20%減にする"),
        ("見学の申込みを増やす", "今期末までに見学の申込みを前期比20%増にする"),
    ],
)
def test_what_is_added_or_taken_is_an_amount(text, expected):
    assert top(text) == expected


def test_a_named_metric_still_comes_first():
    assert "ストレス度" in top("ストレスを減らす")
