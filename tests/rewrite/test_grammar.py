"""The writer's words come back grammatical: a thing to avoid keeps its "Don't", an article fits the word a cut
schedule leaves after it, and Japanese 「〜やすくする」 and 「Xの…交渉をする」 keep their form."""

import pytest

import okrcoach
from okrcoach.rewrite.reading import read


def texts(text: str) -> list[str]:
    return [s.text for s in okrcoach.classify(text).suggestions]


def test_a_thing_to_avoid_is_not_turned_into_an_instruction():
    got = texts("Don't underspend the grant this year")
    assert got and not any(g.startswith("Do underspend") for g in got), got


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("Send a weekly update to my team", "Send an update to my team"),
        ("Hold a monthly all-hands", "Hold an all-hands"),
        ("Run a weekly user interview", "Run a user interview"),
    ],
)
def test_an_article_fits_the_word_a_cut_schedule_leaves(text, core):
    assert read(okrcoach.classify(text)).core == core


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("活動報告書を読みやすくしたい", "活動報告書を読みやすくし"),
        ("店舗の家賃交渉をする", "店舗の家賃交渉をし"),
        ("メルマガのセグメント配信を始める", "メルマガをセグメント配信し"),
    ],
)
def test_japanese_actions_keep_their_form(text, action):
    assert read(okrcoach.classify(text)).action == action
