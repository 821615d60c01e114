"""What round 63's blind grades asked for, where it is general (checked on statements other than the graded ones):
a skill of the hands learned from a video, by its way of doing, or mastered is done without a guide, not online
courses (knowledge and rules are not); 「管理棟スタッフ、救命講習を受ける」 is the share of them who completed it; a
routine after each lesson or match is the share it follows; 「見積もりを比較する」 is quotes compared and one chosen;
signing up for a course holds no event; 'families in the neighborhood' and 'the pawn shop people trust' are asked as
written; 'their family heirlooms' is not the writer's household; a group to learn something is signed off on it."""

import pytest

from .helpers import suggestions, top


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("YouTubeでパン生地の成形を覚える", "パン生地の成形を一人で5回続けて、やり直しなしでできるようにする"),
        ("着付けのやり方を覚えたい", "着付けを一人で5回続けて、やり直しなしでできるようにする"),
        ("菊練りのやり方を覚えたい", "菊練りを一人で5回続けて、やり直しなしでできるようにする"),
    ],
)
def test_a_skill_of_the_hands_is_done_without_a_guide(text, expected):
    got = suggestions(text)
    assert got[0].endswith(expected) and not any("オンライン講座" in s for s in got)


@pytest.mark.parametrize("text", ["ワインの知識を身につける", "経費精算のルールを覚える"])
def test_knowledge_and_rules_are_not_skills_of_the_hands(text):
    assert all("一人で5回続けて" not in s for s in suggestions(text))


def test_a_group_after_a_comma_on_a_course_is_the_share_that_completed_it():
    assert "受付スタッフのうち普通救命講習を修了した人の割合を100%にする" in top("受付スタッフ、普通救命講習を受ける")


def test_a_routine_after_each_lesson_is_the_share_it_follows():
    assert "試合の90%以上で、終わったあとに" in top(
        "練習試合のあと保護者に結果をメールで送る"
    ) or "練習試合の90%以上で" in top("練習試合のあと保護者に結果をメールで送る")


def test_comparing_quotes_is_choosing_one():
    assert "3社から見積もりを取り、価格・納期・条件で比べて1社に決める" in top("引っ越し業者の見積もりを比較する")


def test_signing_up_for_a_course_holds_no_event():
    assert all("参加者を30人集める" not in s for s in suggestions("書道の講習会に申し込む"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Become the gym parents in the village recommend first",
            "share of parents in the village who say they would recommend the gym first",
        ),
        (
            "Be the jeweller people trust with their family rings",
            "share of customers who say they trust the jeweller with their family rings",
        ),
    ],
)
def test_a_trusted_place_is_asked_of_the_group_as_written(text, expected):
    assert expected in top(text)


def test_a_group_to_learn_something_is_signed_off_on_it():
    assert any(
        "share of museum guides signed off on the new fire drill" in s
        for s in suggestions("museum guides to learn the new fire drill by May")
    )


def test_a_group_named_with_mo_leaves_the_mo_out_of_the_question():
    got = top("お年寄りにも入りやすい写真館にする")
    assert "「も" not in got


def test_a_course_given_to_a_group_with_ni_is_the_share_that_completed_it():
    assert "パートさんのうち食品衛生講習を修了した人の割合を100%にする" in top("食品衛生講習をパートさんに受けさせる")


def test_a_national_skills_title_is_passed_by_its_exam():
    assert top("造園技能士の勉強を始めたい").startswith("今期中に造園技能士試験に合格する")
