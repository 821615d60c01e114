"""Round 81 (unseen70): schedules made for work, products placed with other sellers, work the writer wants to win,
reasons that compare, church and folk-session playing, set pieces named 前奏曲, tabs of any instrument, routines
after each job, practice named by its noun, late payers, quote software."""

import pytest

from .helpers import metrics, suggestions, top


def test_a_schedule_for_work_is_the_work_done_on_its_dates():
    assert "予定どおりの日に実施した割合" in top("ボイラーの交換スケジュールを作る")
    assert "90% of the scheduled pruning" in top("Make a pruning schedule for the orchard")
    said = suggestions("Set up a preventive maintenance schedule for the presses")
    assert "unplanned downtime" in said[0] and "scheduled preventive maintenance" in said[1]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Get our chilli jam into local farm shops", "Get our chilli jam stocked in 5 local farm shops"),
        ("近所のカフェに焼き菓子を置いてもらう", "焼き菓子を置いてくれる近所のカフェを5店にする"),
    ],
)
def test_a_product_placed_with_sellers_is_counted_by_them(text, said):
    assert said in top(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("板金の講習を受けて、屋根工事の仕事を取れるようにしたい", "板金の講習を受けて、屋根工事の仕事を3件受注する"),
        ("法人向けの仕事も取りたい、単価が高いので", "法人向けの仕事を3件受注する"),
    ],
)
def test_work_the_writer_wants_to_win_is_jobs_won(text, said):
    assert said in top(text)


def test_a_vague_size_is_no_work_won():
    assert "仕事を3件受注" not in top("もっと大きな案件を取りたい")


def test_what_a_reason_compares_with_is_not_the_topic():
    assert "birthday" not in top("I want to get into corporate events bc they pay way more than kids parties")


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Feel confident enough to play for Sunday services", "output:pieces played through"),
        ("礼拝で落ち着いて奏楽できるようになる", "output:pieces played through"),
        ("Feel at home playing at the pub session", "output:rehearsals played through"),
    ],
)
def test_playing_for_services_and_sessions_is_the_writers_playing(text, metric):
    assert metrics(text)[0] == metric


def test_a_school_wind_band_is_not_church_playing():
    assert "output:rehearsals played through" not in metrics("吹奏楽部の顧問になったので合奏の指導法を学ぶ")


def test_a_named_prelude_is_a_piece():
    assert "止まらずに最後まで通して演奏" in top("発表会までにショパンの前奏曲を仕上げる")


def test_tabs_of_a_whistle_are_read_at_sight():
    assert "new pieces in whistle tabs" in top("learn to read the whistle tabs")


def test_a_routine_once_each_job_is_done_is_the_share_of_jobs():
    assert "after 90% of jobs" in top("send a thank-you text once the job's done")


def test_practice_named_by_its_noun_gets_its_verb():
    assert top("arpeggios every morning").startswith("Practise arpeggios")


def test_late_payers_are_overdue_receivables():
    assert any(m.startswith("finance.") for m in metrics("chase late payers"))


def test_quote_software_is_quote_turnaround():
    assert "sales.quote_turnaround" in metrics("見積ソフトを導入する")
