"""Round 78 (unseen67): a routine kept daily before opening, a third person's wish, things counted by what they do,
lines wanted faster, tabs of any instrument, lessons taken not held, a set piece read through, parts swapped."""

import pytest

from .helpers import metrics, top


def test_daily_before_opening_is_a_routine_not_a_report():
    assert "on all 90 days" in top("wipe the shop counters daily before we open")
    assert "weekly report" in top("Automate my weekly report")


def test_a_named_persons_wish_is_read_as_the_task():
    assert top("Sam wants to study for the Level 2 barista exam before spring").startswith(
        "Pass the Level 2 barista exam"
    )


def test_things_counted_by_what_they_do_are_numbered():
    assert "the number of plants dying" in top("fewer plants dying after repotting")
    assert "the number of the" not in top("Reduce the listing backlog")


def test_lines_wanted_faster_are_the_wait_in_them():
    assert "average wait in lines at the bar" in top("Faster lines at the bar")


def test_tabs_of_any_instrument_are_read_at_sight():
    assert "new pieces in mandolin tabs" in top("learn to read mandolin tabs")


@pytest.mark.parametrize(
    ("text", "held"), [("中国語のレッスンを始めたい", False), ("シニア向けのヨガクラスを始める", True)]
)
def test_lessons_taken_are_not_held(text, held):
    assert ("参加してもらう" in top(text)) is held


def test_a_set_piece_read_through_is_played_through():
    assert "通して演奏" in top("定期演奏会の自由曲を譜読みする")
    assert "通して演奏" in top("ピアノで「トルコ行進曲」を練習する")
    assert "通して演奏" not in top("ギターの弾き語りを練習したい")


def test_a_part_replaced_stays_working():
    assert "再故障" in top("レンタル自転車のブレーキを新しいものに交換する")


def test_a_daily_learning_habit_is_no_app_stickiness():
    assert "product.stickiness" not in metrics("Make reading a daily habit")
