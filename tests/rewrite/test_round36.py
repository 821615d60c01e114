"""Shapes the eighth session added for statements that got no rewrite: a Japanese routine written as a bare noun,
a book finished reading, an exam prepared for."""

import pytest

from .helpers import top


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("毎朝ストレッチ", "90日中75日、朝にストレッチする"),  # UniDic does not mark ストレッチ as taking する
        ("毎日読書", "90日中75日、読書する"),
        ("毎晩の筋トレ（担当：自分）", "夜に筋トレする"),
    ],
)
def test_a_japanese_routine_written_as_a_bare_noun_is_kept_up(text, expected):
    assert expected in top(text)


def test_a_noun_that_takes_no_suru_is_not_made_a_verb():
    assert "日記する" not in top("毎日日記")


def test_a_report_with_its_object_is_not_read_as_a_bare_routine():
    # 「要因分析を月次で報告」 reports something: read as before, not as 「報告する」 kept up
    assert "3か月とも" not in top("苦情の要因分析を月次で報告")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finish reading the Phoenix Project", "Finish the Phoenix Project by the end of the quarter"),
        ("finish reading Sapiens by June", "Finish Sapiens by June"),
        ("prep for PMP by March 31", "Pass the PMP exam by March 31"),
        ("Prep for the AWS SAA exam", "Pass the AWS SAA exam"),
    ],
)
def test_books_finished_and_exams_prepared_for_are_learning(text, expected):
    assert top(text).startswith(expected)


def test_finishing_a_draft_is_not_reading_a_book():
    assert not top("Finish reading the contract drafts").startswith("Finish the contract drafts by")
