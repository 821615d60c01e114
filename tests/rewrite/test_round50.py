"""What round 50's blind grades asked for, where it is general (checked on statements other than the graded ones): a
survey the writer runs is judged by the answers it gathers, after any metric its own words name; a Japanese deadline
keeps its whole word (「学期末に」, not 「期末に」 with 「学」 left in the sentence)."""

import pytest

import okrcoach
from okrcoach.rewrite.reading import read

from .helpers import suggestions, top


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Run a survey on the new car park charges before the council vote", "and get 150 responses"),
        ("商店街で買い物客アンケートを取る", "回答を150件集める"),
    ],
)
def test_a_survey_run_is_judged_by_its_answers(text, expected):
    assert expected in top(text)


def test_a_survey_its_words_name_a_metric_for_keeps_that_metric_first():
    assert "回答を" not in top("住民満足度調査を実施する")


def test_a_land_survey_asks_nobody():
    assert all("responses" not in s for s in suggestions("Do the survey of the site before the groundworks"))


def test_a_japanese_deadline_keeps_its_whole_word():
    assert read(okrcoach.classify("期末テストの復習を学期末に終える")).deadline.startswith("学期末")
