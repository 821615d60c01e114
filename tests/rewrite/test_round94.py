"""Round 94 (unseen83): a short katakana word inside a longer one is not that word, a skill learned from a person
named by their role or as family, a group's course held or a skill handed to new staff, a manual written in English
letters, places that stock a drink named with where they are, two jobs joined by '&', and a permit the writer
applies for that is no council's processing time."""

import pytest

from .helpers import metrics, top


@pytest.mark.parametrize(
    ("text", "not_metric"),
    [
        ("バグパイプを心から楽しむ", "engineering.open_bug_backlog"),
        ("国産エスカルゴといえばうちの農場、と言われる存在になる", "support.escalation_rate"),
    ],
)
def test_a_short_katakana_word_inside_a_longer_one_is_not_that_word(text, not_metric):
    assert not_metric not in metrics(text)


def test_a_katakana_word_that_stands_alone_or_in_a_compound_still_calls_its_metric():
    assert "engineering.open_bug_backlog" in metrics("バグを減らす")
    assert "engineering.open_bug_backlog" in metrics("リリース前にQAチームとバグバッシュをやる")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "learn hayagawari costume rigging from the senior dresser before the spring run",
            "alongside the senior dresser",
        ),
        ("I want to learn takadai braiding from grandma before summer break ends", "alongside grandma"),
        ("わら納豆の昔ながらの作り方を職人さんから教わる", "職人さんの指導で"),
    ],
)
def test_a_skill_learned_from_a_role_or_family_is_practised_with_them(text, said):
    assert said in top(text)


def test_a_tool_is_no_teacher():
    assert "alongside" not in top("Learn SEO from YouTube")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("乗組員の救命講習を年度内に実施", "乗組員のうち救命講習を修了した人の割合を100%"),
        ("備長炭の火起こしを新人にも任せられるようにしたい", "新人のうち備長炭の火起こし"),
    ],
)
def test_a_groups_course_held_or_a_skill_handed_to_new_staff_is_the_share_of_them(text, said):
    assert said in top(text)


def test_a_manual_written_in_english_letters_is_a_manual():
    assert "手順書だけを見て" in top("【KR】案内係向けにイヤホンガイド貸出のmanualを作る（担当：佐藤）")


def test_places_that_stock_a_drink_keep_where_they_are():
    assert top("Get our sake into more izakayas in Osaka").startswith(
        "Get our sake stocked in 5 more izakayas in Osaka"
    )


def test_two_jobs_joined_by_an_ampersand_are_both_done():
    assert top("KR3: clean out hibernation crates & swap the substrate (Tomáš)").startswith(
        "Clean out 100% of hibernation crates and swap the substrate"
    )


def test_a_permit_the_writer_applies_for_is_no_councils_processing_time():
    assert "city.permit_processing_time" not in metrics(
        "Renew the busking permit for the riverside spot before it lapses"
    )
    assert not any(m.startswith("city.") for m in metrics("路上パフォーマンスの許可申請、市役所に出す"))
    assert "city.permit_processing_time" in metrics("Speed up building permits")


def test_a_permit_of_ones_own_is_done_when_it_is_in_hand_by_the_date_said():
    assert top("Renew the busking permit for the riverside spot before it lapses") == (
        "Renew the busking permit for the riverside spot before it lapses, with the permit granted and in hand"
    )
    assert top("路上パフォーマンスの許可申請、市役所に出す").endswith("許可を受けて許可証を手元にそろえる")


def test_a_hand_craft_learned_for_oneself_is_pieces_made_not_online_courses():
    got = top("竹ひごを均一な幅で取れるように練習する")
    assert "作品を4点仕上げる" in got and "オンライン講座" not in got
    assert "オンライン講座" not in top("そば打ちを習いたい")
    assert "実務" in top("Figmaの使い方を覚える")  # (a work tool is still used in real work first)


def test_a_check_before_occasions_that_come_again_is_kept_before_each():
    assert top("check the fly bars before shows").startswith("Check the fly bars before all shows")  # (a safety check)
    assert "before holidays" in top("Finish the report before holidays")  # (a date, said by its holidays)
