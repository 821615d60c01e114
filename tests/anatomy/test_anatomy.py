"""Statement anatomy: prefix, body, notes and the claimed type, in both languages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import okrcoach
from okrcoach.anatomy import split

CASES = [
    # text, prefix, body, notes, claimed
    (
        "KR 1.2: Close 10 enterprise deals (owner: Sofia)",
        "KR 1.2:",
        "Close 10 enterprise deals",
        ("(owner: Sofia)",),
        "key_result",
    ),
    (
        "🎯 Objective 1: Make checkout fast and reliable",
        "🎯 Objective 1:",
        "Make checkout fast and reliable",
        (),
        "objective",
    ),
    (
        "Key Result 3: Organise three volunteer days.",
        "Key Result 3:",
        "Organise three volunteer days",
        (),
        "key_result",
    ),
    ("O2 KR4: Raise NPS from 20 to 40 — Leo", "O2 KR4:", "Raise NPS from 20 to 40", ("— Leo",), "key_result"),
    ("[P1] Grow weekly active teams", "[P1]", "Grow weekly active teams", (), None),
    ("Objective – Improve Public Speaking", "Objective –", "Improve Public Speaking", (), "objective"),
    ("- [x] Ship v2 by April 30 @mira", "- [x]", "Ship v2 by April 30", ("@mira",), None),
    ("Initiative: Run a pricing survey", "Initiative:", "Run a pricing survey", (), "task"),
    ("CMO: Launch the brand campaign => 85% complete", "CMO:", "Launch the brand campaign", ("=> 85% complete",), None),
    ("Field Marketing: Host 4 regional events", "Field Marketing:", "Host 4 regional events", (), None),
    ("Walk 10,000 steps a day (stretch).", "", "Walk 10,000 steps a day", ("(stretch)",), None),
    (
        "【KR】新規顧客を10社獲得する（担当：佐藤）",
        "【KR】",
        "新規顧客を10社獲得する",
        ("（担当：佐藤）",),
        "key_result",
    ),
    ("営業部：解約率を5%から3%に下げる [達成]", "営業部：", "解約率を5%から3%に下げる", ("[達成]",), None),
    ("KR1：毎日30分英語を勉強する 🟡", "KR1：", "毎日30分英語を勉強する", ("🟡",), "key_result"),
    ("目標1：顧客満足度を高める。", "目標1：", "顧客満足度を高める", (), "objective"),
    ("CS）問い合わせ対応時間を半減 ※ストレッチ", "CS）", "問い合わせ対応時間を半減", ("※ストレッチ",), None),
    # a dotted number glued to the tag or spaced from it, with no punctuation after it
    ("KR2.1 write SOPs for the night shift", "KR2.1", "write SOPs for the night shift", (), "key_result"),
    ("KR 2.1 write SOPs", "KR 2.1", "write SOPs", (), "key_result"),
    # a short word closed by a bracket that never opened is a team tag; an owner note may come first
    ("人事）評価制度の説明会を開く", "人事）", "評価制度の説明会を開く", (), None),
    ("（担当：佐藤）お客様の声にまっすぐ向き合う", "（担当：佐藤）", "お客様の声にまっすぐ向き合う", (), None),
    # a team in Title Case before a long dash, and its headline (not an owner's name)
    ("People Ops – Modernise Onboarding", "People Ops –", "Modernise Onboarding", (), None),
    (
        "Supply Chain – Build Resilience Against Disruptions",
        "Supply Chain –",
        "Build Resilience Against Disruptions",
        (),
        None,
    ),
    # a ward or a year group named with its number, and a Japanese team tag quoted whole
    (
        "Ward 4B: Reduce hand hygiene lapses on night shifts",
        "Ward 4B:",
        "Reduce hand hygiene lapses on night shifts",
        (),
        None,
    ),
    (
        "「営業部：」Expand into the healthcare vertical",
        "「営業部：」",
        "Expand into the healthcare vertical",
        (),
        None,
    ),
    (
        "Research Goal - Faster turnaround to preprint",
        "Research Goal -",
        "Faster turnaround to preprint",
        (),
        "objective",
    ),
    (
        "Staff room goal - a culture where teachers share what works",
        "Staff room goal -",
        "a culture where teachers share what works",
        (),
        "objective",
    ),
]

KEPT_IN_THE_BODY = [
    "Raise NPS to 40 (from 25)",  # a bracket with a measure is content, not a note
    "Cut churn 8% → 5%",  # an arrow between values is a change, not a status
    "NPS: raise to 40",  # a metric name before a colon is not a team tag
    "Goal-setting workshop for the team",
    "Hit our revenue goal - by June",  # a goal a verb acts on is the statement, not a tag
    "Launch v2 (to 500 beta users)",
    "平日は6時に起きる（60日中50日）",
    "売上目標：1億円",
    "O 2 new hires onboarded",  # a plain number after a tag word may be the measure
    "Grow MRR 2.5 times",
    "Move patients from ward 4B to 3A",
]


@pytest.mark.parametrize(("text", "prefix", "body", "notes", "claimed"), CASES)
def test_anatomy_splits_sheet_noise(text, prefix, body, notes, claimed):
    a = split(text)
    assert (a.prefix, a.body, a.notes, a.claimed) == (prefix, body, notes, claimed)
    assert text[a.body_start : a.body_end] == a.body


@pytest.mark.parametrize("text", KEPT_IN_THE_BODY)
def test_content_that_looks_like_noise_stays_in_the_body(text):
    assert split(text).body == text


def test_a_tag_alone_has_an_empty_body():
    a = split("KR1:")
    assert a.body == "" and a.claimed == "key_result"


def test_verdict_exposes_the_anatomy():
    v = okrcoach.classify("KR 1.2: Close 10 enterprise deals (owner: Sofia)")
    assert (v.prefix, v.body, v.notes, v.claimed) == (
        "KR 1.2:",
        "Close 10 enterprise deals",
        ("(owner: Sofia)",),
        "key_result",
    )
    assert v.to_dict()["anatomy"]["claimed"] == "key_result"


def test_numbers_in_prefixes_and_notes_are_not_measures():
    v = okrcoach.classify("KR 2.1: Research competitor pricing (owner: Sam, 60% done)")
    assert not v.check("has_measure").fired and v.label != "key_result"


# Statements built from sheet-like pieces: tags, words, numbers, brackets, notes, punctuation.
PIECES = st.sampled_from(
    [
        "KR 1.2:",
        "O1 -",
        "【KR】",
        "🎯",
        "- [ ]",
        "1)",
        "①",
        "Close",
        "10",
        "deals",
        "売上",
        "を",
        "3件",
        "増やす",
        "(owner: Sam)",
        "（担当：佐藤）",
        "[TBD]",
        "(from 25)",
        "→",
        "=>",
        "done",
        ".",
        "。",
        "!",
        " ",
        "@mira",
        "— Leo",
        "NPS:",
    ]
)
STATEMENTS = st.lists(PIECES, min_size=1, max_size=10).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(STATEMENTS)
def test_anatomy_never_loses_body_text(text):
    a = split(text)
    assert text[a.body_start : a.body_end] == a.body
    assert text[: a.body_start].strip() == a.prefix
    # everything after the body is notes, spaces and final punctuation
    rest = text[a.body_end :]
    for note in a.notes:
        assert note in rest
        rest = rest.replace(note, "", 1)
    assert not any(ch.isalnum() for ch in rest)


@settings(max_examples=300, deadline=None)
@given(STATEMENTS)
def test_stripping_is_idempotent(text):
    body = split(text).body
    if body:
        assert split(body).body == body


WORDY = st.text(min_size=1, max_size=80).filter(lambda t: any(ch.isalnum() for ch in t) and "\x00" not in t)


@settings(max_examples=150, deadline=None)
@given(WORDY)
def test_classify_never_raises_on_text_with_a_word(text):
    v = okrcoach.classify(text)
    assert v.label in okrcoach.LABELS


@settings(max_examples=25, deadline=None)
@given(st.lists(st.one_of(STATEMENTS, WORDY).filter(lambda t: any(ch.isalnum() for ch in t)), min_size=1, max_size=6))
def test_classify_many_equals_classify_item_by_item(texts):
    batch = okrcoach.classify_many(texts)
    assert batch == [okrcoach.classify(t) for t in texts]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Set up route optimisation for north depot — waiting on vendor", "Set up route optimisation for north depot"),
        ("Ship the new app - pending legal review", "Ship the new app"),
        ("Cut churn to 2% - waiting on 3 vendors", "Cut churn to 2%"),
    ],
)
def test_a_status_after_a_dash_is_a_note(text, body):
    assert split(text).body == body


@pytest.mark.parametrize(
    ("text", "prefix", "body"),
    [
        ("Wellbeing | Launch a buddy scheme for Year 7", "Wellbeing |", "Launch a buddy scheme for Year 7"),
        ("QA ＞ 不具合の報告テンプレートを作る", "QA ＞", "不具合の報告テンプレートを作る"),
        ("Churn | down to 2%", "", "Churn | down to 2%"),  # the section is the metric: nothing to cut
        ("NPS > 40 by Q3", "", "NPS > 40 by Q3"),
    ],
)
def test_a_sheets_section_before_a_pipe_or_an_angle_bracket_is_a_prefix(text, prefix, body):
    got = split(text)
    assert (got.prefix, got.body) == (prefix, body)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Write the returns policy | Section: Ops | Assignee: Kim", "Write the returns policy"),
        ("Close 12 renewals (priority: high)", "Close 12 renewals"),
        ("在庫表を作り直す | 優先度: 高", "在庫表を作り直す"),
    ],
)
def test_a_sheets_own_fields_at_the_end_are_notes(text, body):
    assert split(text).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Move payroll onto the new system, owner: Priya", "Move payroll onto the new system"),
        ("Write the handbook, owned by People Ops", "Write the handbook"),
        ("請求書の発行を自動化する、担当: 木村", "請求書の発行を自動化する"),
        ("tidy the shed lol", "tidy the shed"),
        ("Fix the dock scheduling mess  LOL", "Fix the dock scheduling mess"),
    ],
)
def test_an_owner_field_after_a_comma_and_chat_filler_at_the_end_are_notes(text, body):
    assert split(text).body == body


@pytest.mark.parametrize(
    "text", ["Hire a team lead, Dana", "Write the lol cats guide", "Invite the owners, then the leads"]
)
def test_a_name_after_a_comma_or_a_filler_inside_the_text_stays_in_the_body(text):
    assert split(text).body == text
