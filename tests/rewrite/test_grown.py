"""A statement that grows a group of people is measured as the number of them on last quarter's level, when no
metric names the group better; a verb that only says "more" takes no count ("Grow 5 donors" is not English)."""

import pytest

import okrcoach
from okrcoach.rewrite.grown import grown_group, said_by_metric
from okrcoach.rewrite.phrasebook import phrasebook
from okrcoach.rewrite.reading import read

from .helpers import top


def _group(text):
    verdict = okrcoach.classify(text)
    return grown_group(read(verdict), phrasebook(verdict.lang))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Grow our donor community", "donors"),
        ("Expand the volunteer pool", "volunteers"),
        ("Grow our paying subscriber base", "paying subscribers"),
        ("Grow the number of donors", "donors"),
        ("Build a bigger fan base", "fans"),
        ("Grow our alumni network", "alumni"),
    ],
)
def test_the_group_grown(text, group):
    assert _group(text) == group


@pytest.mark.parametrize(
    "text",
    [
        "Try to get more intros from happy customers",  # intros are grown, not customers
        "Grow library membership among teenagers",  # membership, among a group
        "Write a newsletter for donors",  # not grown
        "会員を増やす",  # Japanese names the count itself; no [grown] section
    ],
)
def test_no_group_grown(text):
    assert _group(text) == ""


def test_the_number_of_them_comes_before_a_metric_that_only_shares_a_word():
    got = top("Grow our customer base")
    assert got.startswith("Get the number of customers 20% above last quarter's level")
    assert "deposit" not in got


def test_a_metric_whose_name_says_the_group_stays_first():
    assert top("Grow our donor base").startswith("Grow the number of new donors from")
    assert said_by_metric("donors", "number of new donors")
    assert not said_by_metric("customers", "customer deposit balances")


def test_a_verb_that_only_says_more_takes_no_count():
    suggestions = [s.text for s in okrcoach.classify("Grow our donors").suggestions]
    assert suggestions and not any(s.startswith("Grow 5") for s in suggestions)
    assert top("Land guest posts on industry sites").startswith("Land 5 guest posts")


def test_among_ends_the_head():
    assert top("Reduce churn among small accounts").startswith("Reduce churn among small accounts from")
