"""What round 44's blind grades asked for, where it is general: a body of work migrated or a line switched is the share
moved, a sheet's shorthand and urgency words are not kept, a spoken Japanese verb is written as a rewrite writes it,
a writer's own single thing is not done in shares, a physical system has no rollbacks, and several topics the catalog
did not know (checked on statements other than the graded ones)."""

import pytest

from .helpers import metrics, suggestions, top


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Migrate warehouse label printing to the new print server",
            "Move 100% of warehouse label printing to the new",
        ),
        ("move event ticketing to Eventbrite", "Move 100% of event ticketing to Eventbrite"),
        ("switch to recycled tape for parcels", "Use recycled tape for 100% of parcels"),
    ],
)
def test_a_body_of_work_migrated_or_a_switch_for_a_plural_is_the_share_moved(text, start):
    assert top(text).startswith(start)


@pytest.mark.parametrize(
    "text",
    [
        "Move the standup to Thursdays",
        "Move our weekly sync to Zoom",
        "Move the team to the new office",
        "Migrate to Python 3.13",
    ],
)
def test_a_meeting_a_team_or_a_version_moved_is_no_share(text):
    assert not any("100% of" in s for s in suggestions(text))


def test_a_sheets_with_shorthand_is_written_out():
    first = top("Review the menu prices w/ the chef")
    assert "with the chef" in first and "w/" not in first


def test_asap_is_not_kept_before_a_deadline():
    assert all("asap" not in s.lower() for s in suggestions("sort out the TTO delays on ward 9 asap!!"))


@pytest.mark.parametrize(
    ("text", "said"),
    [("新人向けの説明会やる", "説明会を"), ("店長向けの研修やる", "研修を"), ("kintoneの勉強会ひらく", "勉強会を")],
)
def test_a_spoken_verb_after_an_activity_is_written_formally(text, said):
    first = top(text)
    assert said in first and ("行" in first or "開" in first)
    assert not any(w in first for w in ("やる", "やり", "ひらく", "ひらき"))


@pytest.mark.parametrize("text", ["簿記3級やる", "第3回勉強会の講師をやる"])
def test_yaru_of_a_study_or_a_role_is_not_made_an_event(text):
    assert all("行い" not in s and "行う" not in s for s in suggestions(text))


def test_a_tilde_before_a_japanese_deadline_is_dropped():
    assert top("在庫表をつくり直す（〜11月末）").startswith("11月末までに")


@pytest.mark.parametrize("text", ["Refresh my portfolio", "Tidy up my LinkedIn profile"])
def test_ones_own_single_thing_is_not_done_in_shares(text):
    assert not any("100% of my" in s for s in suggestions(text))


@pytest.mark.parametrize("text", ["Fix the sound system before the concert", "fix the heating system in the hall"])
def test_a_physical_system_has_no_rollbacks(text):
    assert not any("rollback" in s for s in suggestions(text))


def test_a_prefix_hyphen_word_is_one_word_but_a_joined_phrase_is_two():
    assert "marketing.abandoned_cart_recovery" in metrics("Set up abandoned-basket reminder emails")
    assert not any("books read" in s for s in suggestions("Redo the signage in the non-fiction section"))


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Set up abandoned cart reminder emails for the Etsy shop", "marketing.abandoned_cart_recovery"),
        ("Add an engraving option to the cufflinks", "marketing.personalised_order_share"),
        ("Get the team writing repro steps on every bug ticket", "engineering.bug_reports_with_repro"),
        ("Start a handover notebook for the front desk shifts", "hospitality.shift_handover_notes"),
        ("Earn more of our income from direct clients", "creative.direct_client_income_share"),
        ("Get the TTO delays on the surgical wards down", "health.tto_wait_hours"),
        ("Build a termbase for the legal client", "language.translation_errors"),
        ("バグ報告に再現手順を書く", "engineering.bug_reports_with_repro"),
        ("子育てガイドブックを作り直す", "city.parenting_guide_reach"),
        ("若手社員が成長を実感できる会社にする", "people.junior_staff_growth"),
        ("カゴ落ちメールを設定する", "marketing.abandoned_cart_recovery"),
        ("イラストの仕事の引き出しを増やす", "creative.new_technique_pieces"),
    ],
)
def test_topics_the_catalog_did_not_know(text, metric):
    assert metric in metrics(text)[:2]


def test_a_japanese_tool_mastered_is_learning_and_the_first_strong_marker_still_counts():
    for text in (
        "Notionのデータベース機能を使いこなせるようになりたい",
        "Illustratorのブラシを使いこなせるようになりたい",
    ):
        assert all("新機能の利用率" not in s for s in suggestions(text))
    assert "新機能の利用率" in top("お客様が新機能を使いこなせるようにする")  # others made able: the product's metric
    assert suggestions("GHG算定ができるようになりたい")


def test_a_level_qualification_done_is_passed():
    assert top("I'd like to do my CMI level 5 this year").startswith("Pass")


def test_a_survey_metric_needs_its_own_phrase():
    assert all(
        "independent study" not in s for s in suggestions("Teachers feel confident teaching students with dyslexia")
    )


def test_a_condition_said_with_once_is_the_writers_when():
    first = top("Switch the depot rota to four shifts once the new contract starts")
    assert "end of the quarter" not in first


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Increase pallet reuse rate", "pallet reuse rate from 80% to 85%"),  # a rate moves in points (round 49)
        ("Reduce contamination in the glass recycling", "contamination in the glass recycling 20% below"),
    ],
)
def test_a_quantity_of_its_own_the_catalog_does_not_know_is_a_change_on_last_quarter(text, said):
    assert said in top(text)


def test_a_quality_to_move_is_not_a_quantity_of_its_own():
    assert all("last quarter's level" not in s for s in suggestions("Improve the vibe in the studio"))


@pytest.mark.parametrize("text", ["Revise for the CISSP after work", "study for the PMP exam on weekends"])
def test_when_a_certification_is_studied_is_not_part_of_its_name(text):
    first = top(text)
    assert first.startswith("Pass the") and "after work" not in first and "weekends" not in first
