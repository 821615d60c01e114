"""What round 43's blind grades asked for, where it is general: statements that got no rewrite (half of the zeros),
a book or a licence course measured by what fits it, and a routine on two weekdays said once."""

import pytest

import okrcoach

from .helpers import suggestions, top


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Get the returns backlog under control", "returns backlog"),
        ("Keep overtime in check", "overtime"),
        ("I want to get my spending under control", "spending"),
    ],
)
def test_a_thing_brought_under_control_is_reduced(text, said):
    first = top(text)
    assert said in first.lower()
    assert "under control" not in first and "in check" not in first


@pytest.mark.parametrize(
    ("text", "object"),
    [("介護：利用者さんの転倒を防ぐ", "転倒"), ("倉庫での事故を防ぐ", "事故"), ("店舗の欠品を防ぎたい", "欠品")],
)
def test_a_japanese_incident_prevented_is_counted_fewer(text, object):
    first = top(text)
    assert object in first and ("減" in first or "下げる" in first)


def test_a_japanese_quality_prevented_is_not_counted():
    assert not any("前期比" in s for s in suggestions("品質の低下を防ぐ"))


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("KR 3.2: Switch to water-based lacquer for the oak line", "Use water-based lacquer for 100% of the oak line"),
        (
            "Switch to recycled mailers for our subscription boxes",
            "Use recycled mailers for 100% of our subscription boxes",
        ),
    ],
)
def test_a_switch_for_a_named_line_is_the_share_of_it_moved(text, share):
    assert share in top(text)


def test_a_version_switched_to_is_not_a_share():
    assert not any("100% of" in s for s in suggestions("Switch to Python 3.12 for the API"))


def test_a_book_read_to_be_used_keeps_only_its_title_and_a_running_book_is_personal():
    first = top("Read Daniels' Running Formula and actually use it")
    assert first.startswith("Finish Daniels' Running Formula by")
    assert "real work" not in first


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("take the forklift operator course, been putting it off forever", "Pass the forklift operator exam"),
        ("Take the first aid course", "Pass the first aid exam"),
    ],
)
def test_a_licence_course_is_passed_not_applied_to_real_work(text, passed):
    assert top(text).startswith(passed)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("hold office hours every tuesday and thursday", "on Tuesdays and Thursdays in"),
        ("Run every Monday and Wednesday", "on Mondays and Wednesdays in"),
    ],
)
def test_a_routine_on_named_weekdays_says_them_once(text, days):
    first = top(text)
    assert days in first and "every" not in first


def test_a_team_where_anything_can_be_said_gets_a_rewrite():
    assert top("何でも言い合える部の雰囲気")


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Update the lab safety induction for new PhD students",
            "share of new PhD students signed off on the lab safety",
        ),
        ("Rewrite the onboarding guide for new support agents", "share of new support agents signed off"),
    ],
)
def test_a_document_written_for_a_group_is_measured_by_the_share_of_it_signed_off(text, share):
    assert any(share in s for s in suggestions(text)[:2])


def test_a_named_group_trained_comes_before_everyones_training_coverage():
    first = top("新人向けにフォークリフトの安全講習をやる（4月入社分）")
    assert "新人" in first and "合格" in first


@pytest.mark.parametrize(
    ("text", "scope"),
    [("better morale on night shift", "on night shift"), ("Fewer injuries on the late shift", "on the late shift")],
)
def test_a_shift_the_writer_names_stays_with_the_metric(text, scope):
    assert scope in top(text)


def test_a_japanese_year_of_something_is_no_measure_and_gets_a_rewrite():
    verdict = okrcoach.classify("子どもとの時間をいちばん大事にする一年")
    assert verdict.label != "key_result"
    assert "今期中に子どもとの時間" not in top("子どもとの時間をいちばん大事にする一年")


def test_invoices_sent_the_day_of_delivery_are_measured_by_how_soon_they_go_out():
    assert "invoices sent within" in top("send invoices same day I deliver")


def test_a_night_shift_without_a_second_person_is_not_a_household_chore():
    assert "家事" not in top("深夜帯のワンオペをなくすためにシフト組み直し（エリアMGR確認待ち）")
    assert "家事" in top("ワンオペ育児をやめたい")


def test_a_household_that_does_not_run_on_one_parent_keeps_its_chores_metric():
    assert "家事" in top("ワンオペにならない家庭")


def test_a_bad_kept_quality_fails_at_load_naming_it():
    from importlib.resources import files

    from okrcoach.rewrite.phrasebook import PhrasebookError, parse

    source = files("okrcoach").joinpath("lang/en/rewrite.toml").read_text("utf-8")
    broken = source.replace('safety = { pattern = "', 'safety = { pattern = "(', 1)
    assert broken != source
    with pytest.raises(PhrasebookError, match=r"kept_qualities\.safety\.pattern"):
        parse("en", "en.toml", broken)
    no_words = source.replace("metric_words = [", "metric_word = [", 1)
    with pytest.raises(PhrasebookError, match=r"kept_qualities"):
        parse("en", "en.toml", no_words)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("renegotiate the pallet rental contract before it auto-renews", "before it auto-renews and"),
        ("IATF監査の前に是正処置の記録を整理しとく", "IATF監査の前に"),
    ],
)
def test_a_deadline_said_as_an_event_is_not_doubled(text, said):
    first = top(text)
    assert said in first and "by the end of the quarter" not in first and "今期末までに" not in first


def test_a_japanese_exam_level_in_kanji_numerals_is_kept():
    assert "英検準一級に合格" in top("【KR】英検準一級の対策講座を受ける")
