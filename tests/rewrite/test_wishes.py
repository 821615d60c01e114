"""A statement written as a wish is handed back as a commitment, with everything else the writer said: their
numbers, schedule, deadline and the goal it serves."""

import pytest

import okrcoach
from okrcoach.rewrite.reading import read


@pytest.mark.parametrize(
    ("text", "top"),
    [
        ("We want to cut churn from 5% to 3% by June", "Cut churn from 5% to 3% by June"),
        ("I'd love to run 5 parkruns before Christmas", "Run 5 parkruns before Christmas"),
        ("Gonna try to hit the gym 100 times this year", "Hit the gym 100 times this year"),
        ("I'd Like to Run 3 Times a Week for the Next 10 Weeks", "Run 3 Times a Week for the Next 10 Weeks"),
        ("ブログを今年20本書きたい", "今年中にブログを20本書く"),  # 「書き」 of 「書きたい」 back in its plain form
        ("今期中にG検定に合格したい", "今期中にG検定に合格する"),
        (
            "This quarter I'm going to do 3 deep-dives with sales ops on pricing so I can build the discount model "
            "for Sales KR 1.3",
            "Do 3 deep-dives with sales ops on pricing this quarter "
            "(so I can build the discount model for Sales KR 1.3)",
        ),
    ],
)
def test_a_key_result_written_as_a_wish_is_committed_to(text, top):
    got = okrcoach.suggest(text)
    assert got and got[0].text == top, got
    assert "removed_wish" in got[0].fixes


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("This quarter I'm going to learn Bayesian stats", "learn Bayesian stats"),
        (
            "I would like learn the basics of the rail safety regulations",
            "learn the basics of the rail safety regulations",
        ),
        ("I'll learn Go", "learn Go"),
    ],
)
def test_more_ways_of_wishing_are_read_as_wishes(text, core):
    reading = read(okrcoach.classify(text))
    assert reading.wished and reading.core == core


def test_a_capitalised_subject_is_not_other_people_learning():
    # "People Analytics" is what is learned; "the sales team" is who would learn
    assert (
        "courses about People Analytics"
        in okrcoach.suggest("Learn People Analytics basics in Excel / Power BI")[0].text
    )
    assert "courses" not in okrcoach.suggest("Level up the sales team")[0].text


@pytest.mark.parametrize(
    ("text", "subject"),
    [("Become much stronger at valuation", "about valuation"), ("get better at SQL", "about SQL")],
)
def test_a_skill_to_get_stronger_at_is_learning(text, subject):
    assert any(subject in s.text for s in okrcoach.suggest(text))
