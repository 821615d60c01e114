"""What round 55's blind grades asked for, where it is general (checked on statements other than the graded ones):
what a perception objective is not, said after a comma, is not asked about, and 'see us as' is asked of the group; a
switch over to an app or for two things moves all of them; 'cut down on' and 'the chaos of' say only what is to
shrink; a task done because there is too much of something is done when there is less of it; 「ひらく」 opens an event
like 「開く」; a section's display rearranged is judged by that section's sales; a Japanese trade licence named by its
grade is a certification."""

import okrcoach
from okrcoach.rewrite.reading import read

from .helpers import metrics, suggestions, top


def test_what_a_perception_objective_is_not_is_not_asked_about():
    got = top("Members see us as allies, not just a gym they pay for")
    assert got.startswith("Raise the share of members who say they see us as allies in the") and "not just" not in got
    assert "not processed" not in top("Make our callers feel heard, not processed")


def test_a_feeling_made_of_a_thing_is_asked_without_a_stray_feel():
    got = top("Make checkout feel welcoming for new customers")
    assert "feel is" not in got and "checkout is welcoming" in got


def test_a_switch_over_to_an_app_or_for_two_things_moves_all_of_them():
    assert top("Switch rota planning over to an app before autumn").startswith("Move 100% of rota planning to an app")
    assert top("switch to bulk refills for soap and conditioner").startswith("Use bulk refills for 100% of soap and")


def test_cut_down_on_and_the_chaos_of_say_only_what_is_to_shrink():
    got = top("Cut down on late cancellations")
    assert got.startswith("Get late cancellations 20% below")
    got = top("Reduce the hassle of duplicate invoices")
    assert "hassle" not in got and "duplicate invoices" in got


def test_a_task_done_because_there_is_too_much_of_something_is_done_when_there_is_less():
    got = top("Redo the packing station layout because there are too many damaged parcels")
    assert got.startswith("Redo the packing station layout") and "damaged parcels 20% below" in got
    got = top("請求書の書式を統一する。差し戻しが多いので")
    assert "差し戻しを前期比20%減にする" in got
    assert "year 20%" not in top("since a lot of year 8s seem lost, set up a lunchtime drop-in")


def test_a_task_that_itself_moves_a_quantity_is_measured_by_it_first():
    got = top("待ち時間を短くしたい、お客様からの苦情が多いので")
    assert "苦情を前期比" not in got


def test_hiragana_hiraku_opens_an_event():
    reading = read(okrcoach.classify("保護者向けの説明会をひらく"))
    assert reading.verb == "開く"
    assert any("参加者" in s for s in suggestions("保護者向けの説明会をひらく"))


def test_a_sections_display_rearranged_is_judged_by_its_sales():
    assert "sales.section_sales" in metrics("文具コーナーの陳列を見直す")
    assert "sales.section_sales" not in metrics("陳列棚の掃除を毎朝する")


def test_a_japanese_trade_licence_named_by_its_grade_is_a_certification():
    assert top("２級整備士の勉強を始める").startswith("今期中に2級整備士試験に合格する")
    assert "試験に合格" not in top("整備士さんと点検の手順を見直す")


def test_a_quantity_a_tasks_reason_wants_moved_is_moved():
    for text in (
        "部員向けに撮影の勉強会を開く。展示作品数を増やすため",
        "新入部員向けに撮影講座をひらく。ゆくゆくは展示作品数を増やすため",
    ):
        assert "展示作品数を前期比20%増にする" in top(text)
    got = top("Record a setup video so we get fewer support emails")
    assert got.startswith("Record a setup video") and "support emails 20% below" in got


def test_a_catalog_metric_that_says_the_reasons_quantity_stays_first():
    assert "前期比" not in top("・防災メールの登録者を増やすため、LINEでの配信も始める")


def test_a_quoted_thought_people_should_have_is_asked_of_them():
    got = top("利用者に“窓口より早い”と思ってもらう")
    assert "「窓口より早い」と答える利用者の割合" in got


def test_a_japanese_x_ka_verb_names_the_thing_built():
    got = suggestions("搬入の注意点をマニュアル化する　by 年度末")
    assert got and got[0].startswith("年度末までに搬入の注意点をマニュアル化し") and " by" not in got[0]


def test_swapping_out_a_set_of_things_does_all_of_them():
    assert any(
        s.startswith("Swap out 100% of the fire extinguishers")
        for s in suggestions("Swap out the fire extinguishers on level 2")
    )
