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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Learn the names of the regulars' dogs", "spot quiz"),
        ("Learn the new menu before opening", "spot quiz"),
        ("品番を覚える", "確認テスト"),
    ],
)
def test_facts_learned_by_heart_are_shown_by_a_quiz_not_courses(text, expected):
    got = " ".join(suggestions(text))
    assert expected in got and "online course" not in got and "オンライン講座" not in got


def test_the_school_holidays_are_the_writers_own_date():
    assert "end of the quarter" not in top("run a kids' pottery workshop in the school hols")


@pytest.mark.parametrize(
    "text", ["O２：地域の人に信頼され続ける図書館であること", "地域の釣り好きに頼られる釣具店になる"]
)
def test_more_japanese_clauses_name_who_is_asked(text):
    from okrcoach.rewrite.phrasebook import phrasebook
    from okrcoach.rewrite.survey import survey_angle

    assert survey_angle(read(okrcoach.classify(text)), phrasebook("ja")) is not None


def test_a_wish_after_a_spaced_dash_is_an_aside():
    got = " ".join(suggestions("Learn to prune roses properly - want to do the RHS course"))
    assert "want to" not in got


def test_a_menu_made_is_not_learned_by_heart():
    assert "確認テスト" not in " ".join(suggestions("新メニューの試作"))


@pytest.mark.parametrize(
    ("text", "standard"),
    [
        ("Get comfortable with pharmacology before the exam", False),
        ("Brush up on contract law before the bar exam", False),
        ("Pass the exam by June", True),
        ("Get AWS certified before the audit", True),
    ],
)
def test_an_exam_that_only_says_when_is_no_standard_passed(text, standard):
    assert ("named_standard" in okrcoach.classify(text).fired) == standard
