"""Round 95 (unseen84) and what the rounds before it left: a skill the writer teaches themself is done unaided."""

import pytest

from .helpers import metrics, top


def test_a_skill_taught_to_oneself_is_done_unaided_not_courses():
    got = top("Teach myself to tune the fiddle so we don't need the teacher every time lol")
    assert got.startswith("Tune the fiddle myself, with no help, 5 times in a row")


def test_weight_put_on_is_weight_gained_not_lost():
    assert "60kgから64kgに上げる" in top("大会前に体重を増やしたい（健康的に）")
    assert top("i want to put on weight the healthy way before regionals").startswith("Raise body weight from 60 kg")
    assert "to 76 kg" in top("lose weight")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("若い犬に遠距離での伏せ（stop）を教える", "若い犬が遠距離での伏せ(stop)の合図に10回中9回すぐ従う"),
        ("Teach the dog to walk on a loose lead", "Get the dog to walk on a loose lead on 9 of 10 tries"),
        (
            "Teach the young dogs a long-distance stop",
            "Get the young dogs to answer a long-distance stop on 9 of 10 cues",
        ),
    ],
)
def test_an_animal_taught_is_measured_by_the_cue_answered_not_people_signed_off(text, said):
    assert said in top(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Learn Tanaka-san's kneading method for the makko base before he retires",
            "alongside Tanaka-san 8 times before he retires",
        ),
        ("ボーダーコリーの訓練法をスコットランドの師匠のもとで学びたい", "スコットランドの師匠の指導で"),
    ],
)
def test_a_method_learned_from_its_owner_or_under_a_master_is_practised_with_them(text, said):
    assert said in top(text)


def test_a_products_feature_is_no_teacher():
    assert "alongside" not in top("Learn Figma's auto layout")


def test_videos_watched_are_not_videos_published():
    assert "creative.videos_published" not in metrics("孫に教わってyoutubeで上級者のそば打ち動画を見る")


def test_sales_started_at_a_place_are_sales_started():
    assert "メープルクリームの販売を始め" in top("メープルクリームを道の駅で販売開始")


def test_a_quality_said_to_come_across_is_asked_of_those_who_took_part():
    assert "「トリュフの奥深さを感じた」と答える" in top("トリュフの奥深さが伝わるガイドになる")


def test_a_relatives_song_or_a_moment_before_people_leave_is_not_a_teacher_or_a_deadline():
    assert "alongside" not in top("Learn Grandma's favourite song for her birthday party")
    assert "before they leave the wharf" in top(
        "Make first-time boaters feel confident at the tiller before they leave the wharf"
    )


def test_what_one_finds_in_oneself_is_not_options_compared():
    assert "options" not in top("Find my own tone on the shakuhachi")
    assert "3 options for a mentor" in top("Find a mentor")
