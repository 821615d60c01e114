"""Round 74 (unseen63): a purpose joined with 「につなげたい」, an event named with which one before 「前に」, work done
in a language without a learning verb, a piece played without squeaks, quotes sent faster, YouTube and soft fruit that
are not screen time or a shop's shrinkage, a class the writer holds."""

import pytest

import okrcoach
from okrcoach.rewrite.reading import read

from .helpers import metrics, top


def test_a_purpose_joined_with_tsunagetai_is_the_reason_not_the_verb():
    got = top("地域の人向けに木工ワークショップを開く、担い手不足の解消につなげたい")
    assert "つなげる" not in got and "ワークショップ" in got


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("ECサイトの写真を撮り直す　来月の展示会前に", "来月の展示会前に"),
        ("来月の大会前にフォームを見直す", "来月の大会前に"),
    ],
)
def test_an_event_named_with_which_one_is_the_deadline(text, deadline):
    assert read(okrcoach.classify(text)).deadline == deadline


def test_work_done_in_a_language_is_that_work():
    got = top("お店の歴史を観光客に英語で説明できるようになりたい")
    assert got.startswith("今期中に英語でのお店の歴史の説明を実際の場面で5回行い")


def test_a_partner_in_the_work_is_not_glued_to_it():
    assert "での海外顧客と" not in top("英語で海外顧客と商談できるようになる")


def test_a_piece_played_without_squeaks_is_played_through():
    assert "ふるさとを止まらずに最後まで通して演奏" in top("ふるさとをキーキー音なしで吹けるようになりたい🎵")


@pytest.mark.parametrize("text", ["見積もりをもっと早く出せるようにする", "Quote faster for kitchen refits"])
def test_quotes_sent_faster_are_the_quote_turnaround(text):
    assert metrics(text)[:1] == ["sales.quote_turnaround"]


def test_a_trick_learned_from_youtube_is_not_screen_time():
    assert "home.kids_screen_time" not in metrics("I want to learn the lighthouse trick like the kids on youtube")


def test_a_shop_s_produce_waste_is_its_shrinkage():
    assert metrics("Cut produce waste")[:1] == ["operations.shrinkage"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("子ども将棋教室を日曜に開く", "参加者を30人集める"), ("子どもそろばん教室を開く", "参加者を30人集める")],
)
def test_a_class_the_writer_holds_is_attended(text, expected):
    assert expected in top(text)


def test_presenting_at_a_study_session_is_not_holding_one():
    assert "参加者を30人集める" not in top("社内勉強会で発表する")


def test_shorter_queues_somewhere_are_the_average_wait_there():
    assert "the average wait at the weekend rush" in top("Shorter queues at the weekend rush")
