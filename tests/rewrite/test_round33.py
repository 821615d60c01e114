"""What the burned sets' empty and low-graded rewrites showed, fixed where general: a team tag with a lower-case
"team", an owner or a spreadsheet apostrophe put first; a known set worked through whole when no family says what
the work makes; "follow up on" as contact; the head of an object ending before a participle or "onto"; better,
not more, of a countable thing; calls to family counted in calls; a retest counted as done."""

import pytest

import okrcoach
from okrcoach.rewrite.morphology import object_head
from okrcoach.rewrite.phrasebook import phrasebook

from .helpers import top


def texts(text: str) -> list[str]:
    return [s.text for s in okrcoach.classify(text).suggestions]


@pytest.mark.parametrize(
    ("text", "prefix", "body"),
    [
        ("Branch team: phone customers whose loans end", "Branch team:", "phone customers whose loans end"),
        ("Sales team: call lapsed customers", "Sales team:", "call lapsed customers"),
        ("@kim fix the checkout bug on mobile", "@kim", "fix the checkout bug on mobile"),
        ("'- [ ] call parents of pupils behind in reading", "'- [ ]", "call parents of pupils behind in reading"),
    ],
)
def test_team_tags_owners_and_the_spreadsheet_apostrophe_are_prefixes(text, prefix, body):
    verdict = okrcoach.classify(text)
    assert (verdict.prefix, verdict.body) == (prefix, body)


@pytest.mark.parametrize(
    "text",
    ["Email @kim the deck", "Grow revenue in the team", "'90s night for the staff party"],
)
def test_a_mention_or_apostrophe_inside_the_body_stays_there(text):
    assert okrcoach.classify(text).prefix == ""


@pytest.mark.parametrize(
    ("obj", "head"),
    [
        ("quotes sent last month", "quotes"),
        ("invoices raised in May", "invoices"),
        ("audit working papers onto CaseWare Cloud", "audit working papers"),
        ("customers whose mortgage ends", "customers"),
        ("the flagged invoices", "the flagged invoices"),  # a participle before the plural is part of it
    ],
)
def test_an_objects_head_ends_before_a_participle_after_a_plural(obj, head):
    assert object_head(obj, phrasebook("en")) == head


def test_a_known_set_is_worked_through_whole_when_no_family_says_what_the_work_makes():
    assert top("- [ ] weed the adult non-fiction stacks (owner: Priya)").startswith(
        "Weed 100% of the adult non-fiction stacks"
    )


@pytest.mark.parametrize("text", ["Run the drills at practice", "Get the kids to school on time", "Weed some stacks"])
def test_a_light_verb_or_an_unknown_set_is_not_done_at_100_percent(text):
    assert not any("100% of" in t for t in texts(text)), texts(text)


def test_following_up_on_a_defined_group_reaches_all_of_it():
    assert "Follow up on 100% of test drives that didn't convert" in top("Follow up on test drives that didn't convert")


def test_better_not_more_of_a_countable_thing_is_not_a_count():
    assert not rx_count(top("Youth team: Deepen community ties"))


def rx_count(text: str) -> bool:
    return any(w.isdigit() for w in text.split()[1:2])


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        ("Call grandma more often", "calls to parents and grandparents", "visits"),
        ("実家の両親にこまめに連絡する", "電話の回数", "訪ねた回数"),
    ],
)
def test_calling_family_is_counted_in_calls_not_visits(text, want, not_want):
    got = top(text)
    assert want in got and not_want not in got, got


@pytest.mark.parametrize("text", ["健康診断の再検査にちゃんと行く", "Book my retest for cholesterol"])
def test_a_retest_put_off_is_done_when_every_flagged_item_is_retested(text):
    got = top(text)
    assert "再検査を受けた割合" in got or "followed up with a retest" in got, got


@pytest.mark.parametrize("text", ["O3 - Delight our enterprise customers", "Implement SSO for enterprise customers"])
def test_enterprise_customers_alone_do_not_call_deal_size(text):
    assert "deal size" not in top(text)


# Round 33's graded reasons, fixed where general.


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Ship the new pricing page (by April 30)", "by April 30"),
        ("Write the grant application for the literacy program (due Oct)", "by Oct"),
        ("Udemyのreact講座を終わらせる (2月末までに)", "2月末までに"),
        ("年末調整の書類を集める（12月10日まで）", "12月10日までに"),
    ],
)
def test_a_deadline_in_a_bracket_after_the_body_is_the_writers(text, deadline):
    got = top(text)
    assert deadline in got and "end of the quarter" not in got and "今期" not in got, got


@pytest.mark.parametrize(
    "text", ["宅建の勉強を始めたい（できれば今年受けたい）", "Power BIを勉強する（来期の在庫KRを支えるため）"]
)
def test_a_bracket_that_says_more_than_a_date_gives_no_deadline(text):
    got = top(text)
    assert not got.startswith(("今年中に", "来期中に", "できれば")), got


def test_a_share_at_100_percent_is_reached_not_exceeded():
    got = top("仕込みマニュアルをパートさん向けにつくる")
    assert "100%以上" not in got and "100%に" in got, got


def test_a_schedule_word_after_an_article_says_what_is_launched_not_a_routine():
    got = top("Launch a monthly giving program")
    assert "each of the 3 months" not in got and "monthly giving program" in got, got


@pytest.mark.parametrize("text", ["Set up a weekly pipeline review with the AEs", "Write a daily journal"])
def test_a_meeting_set_up_weekly_or_a_journal_written_daily_stays_a_routine(text):
    got = top(text)
    assert " of the " in got, got


def test_a_service_opened_is_not_counted_in_units():
    got = top("Launch online pre-orders for weekend bread by April 30")
    assert "Launch 3" not in got, got


def test_things_installed_are_still_counted():
    assert top("Parks Dept: Install benches in Victoria Park").startswith("Install 3 benches")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Submit the protein folding paper to NeurIPS", "and get it accepted"),
        ("論文を国際誌に投稿する", "採択される"),
    ],
)
def test_a_paper_sent_to_a_venue_is_judged_by_its_acceptance(text, want):
    assert want in top(text)


def test_submitting_several_papers_still_counts_them():
    assert "get it accepted" not in top("Submit papers to three conferences")


@pytest.mark.parametrize(
    ("text", "keeps"),
    [("【KR】フォークリフトの安全講習を受講させる（担当：佐藤）", "受講させ"), ("新人に研修を受けさせる", "受けさせ")],
)
def test_a_causative_has_others_learn_and_keeps_its_form(text, keeps):
    got = top(text)
    assert keeps in got and "実務3件に活かす" not in got, got


def test_a_skill_brought_on_is_still_the_writers_own_learning():
    assert top("趣味の写真をもっと上達させる📷")


@pytest.mark.parametrize(
    ("text", "not_want"),
    [
        ("若い世代の声を市政に届けたい", "狙った客層"),
        ("HR - revamp exit interview questions", "trained interviewers"),
        ("市民課：窓口のオンライン予約を始める", "直接予約"),
        ("飲食：ピークタイムでもお客様を待たせない店にする", "初回返信時間"),
        ("smoother handoffs between sales and customer success", "green health score"),
    ],
)
def test_phrases_that_called_a_metric_of_another_setting_no_longer_do(text, not_want):
    assert not_want not in top(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [("誤出荷の削減", "ピッキングミス率"), ("物流：出荷場の動線を組み替える", "受注から出荷までの時間")],
)
def test_shipping_accuracy_and_shipping_speed_are_told_apart(text, want):
    assert want in top(text)


# Round 34's graded reasons, fixed where general.


def test_training_others_take_keeps_who_takes_it():
    got = top("キャリアアップ研修を職員に受けてもらう（主任：佐々木）")
    # who takes it is kept: asked of them (「受けてもらう」) or, since round 63, as the share of them who completed it
    assert "もらう" in got or "もらい" in got or "職員のうち" in got, got
    assert "6回もらう" not in got, got


@pytest.mark.parametrize("text", ["study for NVQ level 3 health & social care", "Study for the CIPD Level 5 diploma"])
def test_a_named_qualification_is_passed_not_taken_as_three_courses(text):
    got = top(text)
    assert got.startswith("Pass the") and "online courses" not in got, got


def test_what_people_need_not_do_is_not_asked_in_a_survey():
    assert "アンケート" not in top("🎯 行かなくていい市役所へ")


def test_a_brands_strength_is_not_a_course_to_take():
    got = top("O2: 設計事務所としてのブランド力を高める")
    assert "講座" not in got and got, got


def test_a_reliable_bus_operator_is_measured_by_buses_on_time():
    assert "on-time" in top("Be the most reliable bus operator in the county")


@pytest.mark.parametrize(
    ("text", "group"), [("🟡 Keep our drivers for longer", "drivers"), ("Keep our nurses", "nurses")]
)
def test_a_workforce_metric_is_narrowed_to_the_group_the_verb_acts_on(text, group):
    assert f"among {group}" in top(text)


def test_a_metric_that_counts_its_own_people_is_not_narrowed_again():
    assert "among volunteers" not in top("Retain more volunteers")


def test_a_japanese_task_moving_something_over_is_done_when_all_of_it_is_moved():
    got = top("ドライバーの点呼をアルコールチェッカー連動のアプリに切り替える")
    assert got == "今期中にドライバーの点呼の100%をアルコールチェッカー連動のアプリに切り替える", got


@pytest.mark.parametrize("text", ["フロントのReact 18移行", "店舗スタッフが接客に集中できる売り場運営へ移行する"])
def test_a_version_or_a_way_of_working_is_not_moved_over_in_shares(text):
    assert "100%を" not in top(text)


def test_a_trade_show_is_not_an_artists_exhibition():
    # the bundled Japanese sheet example: 展示会 in a business sheet is a trade show, measured by its leads
    assert "獲得リード数" in top("展示会に出展する")
