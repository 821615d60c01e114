"""Round 82 (unseen71): percussion and squeezebox technique, playing for a ceilidh, a shop people come to first, work
repairs taken on, a daily moment before opening, who it is that stops."""

import pytest

from .helpers import metrics, top


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Get comfortable playing tumbao on the congas", "from my teacher for my tumbao"),
        ("Master bellows reversals on the concertina", "from my teacher for my bellows reversals"),
        ("カホンでスラップをきれいに出したい", "スラップについて先生から"),
        ("ボンゴでトゥンバオを安定して叩けるようになる", "トゥンバオについて先生から"),
    ],
)
def test_a_technique_named_is_scored_by_the_teacher(text, said):
    assert said in top(text)


def test_playing_for_a_ceilidh_is_the_writers_playing():
    assert metrics("Become a player who can play for a ceilidh")[0] == "output:pieces played through"


def test_a_shop_people_come_to_first_is_asked_for_by_name():
    assert metrics("Be the shop local knitters come to first for advice")[0] == "creative.direct_enquiries"


def test_repairs_taken_on_are_jobs_won():
    assert "自転車の修理の仕事を3件受注する" in top("工具をそろえて、自転車の修理も受けられるようにしたい")


def test_a_moment_before_each_opening_is_no_deadline():
    said = top("毎朝オープン前にレジの釣り銭を確認する")
    assert said.startswith("今期中に") and "オープン前までに" not in said


def test_who_stops_is_said_when_it_is_not_the_writer():
    assert "without the float money going missing" in top(
        "I want to learn basic bookkeeping so the float money stops going missing"
    )
