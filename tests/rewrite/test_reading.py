"""Reading a statement's body: the verb, its object, the writer's own deadline, schedule and goal, per language."""

import pytest

import okrcoach
from okrcoach.lang.ja.reading import continuative
from okrcoach.rewrite.morphology import gerund, is_plural_head
from okrcoach.rewrite.phrasebook import phrasebook
from okrcoach.rewrite.reading import read

# text -> (verb, object, deadline, habit, link)
READINGS = {
    "KR 1.2: Ship v2 by April 30 (owner: Sam)": ("ship", "v2", "by April 30", "", ""),
    "Publish case studies about fintech onboarding by March 31, 2027": (
        "publish",
        "case studies about fintech onboarding",
        "by March 31, 2027",
        "",
        "",
    ),
    "Prepare the Q3 budget": ("prepare", "the Q3 budget", "", "", ""),
    "Deliver the H2 account plan by July 1": ("deliver", "the H2 account plan", "by July 1", "", ""),
    "Hold monthly skip-level lunches — Priya": ("hold", "skip-level lunches", "", "monthly", ""),
    "Spend a day on the warehouse floor every month": ("spend", "a day on the warehouse floor", "", "monthly", ""),
    "[P1] Grow weekly active teams": ("grow", "weekly active teams", "", "", ""),
    "I want to learn Spanish for Sales KR 1.2": ("learn", "Spanish", "", "", "for Sales KR 1.2"),
    "10月末までにブログ記事を公開する": ("公開", "ブログ記事", "10月末までに", "", ""),
    "【KR】議事録を期限どおりに共有する（担当：佐藤）": ("共有", "議事録", "", "", ""),
    "部長に来期の予算案を提出する": ("提出", "部長に来期の予算案", "", "", ""),
    "ガバメントクラウドへの移行を2026年3月までに完了させる": (
        "完了",
        "ガバメントクラウドへの移行",
        "2026年3月までに",
        "",
        "",
    ),
    "毎朝ストレッチをする": ("ストレッチ", "", "", "daily", ""),
    "営業KR1.2のため、提案書の書き方を学ぶ": ("学ぶ", "提案書の書き方", "", "", "営業KR1.2のため"),
    "IFRS17対応プロジェクトの推進": ("推進", "IFRS17対応プロジェクト", "", "", ""),
    "O1 止まらない物流": ("", "止まらない物流", "", "", ""),
}


@pytest.mark.parametrize("text", READINGS)
def test_reading(text):
    r = read(okrcoach.classify(text))
    assert (r.verb, r.object, r.deadline, r.habit, r.link) == READINGS[text]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("技術的負債を一覧化してバックログに載せる", "技術的負債を一覧化してバックログに載せ"),
        ("Python 3.12へのアップグレード", "Python 3.12へアップグレードし"),
        ("IPOに向けて内部統制の整備を始めます", "内部統制を整備し"),
        ("ナレッジベースの記事にタグ付けする", "ナレッジベースの記事にタグ付けし"),
        ("残業削減", "残業を削減し"),
    ],
)
def test_japanese_action_keeps_what_stands_before_the_verb(text, action):
    assert read(okrcoach.classify(text)).action == action


@pytest.mark.parametrize(
    ("lemma", "form"),
    [("作る", "作り"), ("まとめる", "まとめ"), ("書く", "書き"), ("見る", "見"), ("公開する", "公開し")],
)
def test_continuative(lemma, form):
    assert continuative(lemma, phrasebook("ja")) == form


@pytest.mark.parametrize(
    ("verb", "form"), [("migrate", "migrating"), ("run", "running"), ("set up", "setting up"), ("audit", "auditing")]
)
def test_gerund(verb, form):
    assert gerund(verb, phrasebook("en")) == form


@pytest.mark.parametrize(
    ("head", "plural"),
    [
        ("case studies", True),
        ("customers", True),
        ("people", True),
        ("NPS", False),
        ("analysis", False),
        ("a report", False),
    ],
)
def test_plural_heads(head, plural):
    assert is_plural_head(head, phrasebook("en")) is plural


@pytest.mark.parametrize(
    ("text", "core", "reason"),
    [
        (
            "Label the freezer bins so we stop throwing away leftovers",
            "Label the freezer bins",
            "so we stop throwing away leftovers",
        ),
        (
            "Set up a lab journal club, because we never discuss papers",
            "Set up a lab journal club",
            "because we never discuss papers",
        ),
        (
            "Renegotiate the cloud contract, costs keep growing faster than revenue",
            "Renegotiate the cloud contract",
            "costs keep growing faster than revenue",
        ),
        ("Fix the leaky kitchen tap, finally", "Fix the leaky kitchen tap", "finally"),
        ("we should probably redo the newsletter, nobody opens it", "redo the newsletter", "nobody opens it"),
        (
            "仕入先の複数化を進めたい、一社依存だと災害時にラインが止まってしまうので",
            "仕入先の複数化を進める",
            "一社依存だと災害時にラインが止まってしまうので",
        ),
        (
            "Salesforceのダッシュボード作る、週次の会議で数字見たいから",
            "Salesforceのダッシュボード作る",
            "週次の会議で数字見たいから",
        ),
        (  # a purpose with any subject, not only a pronoun
            "Automate the weekly sales report so account managers save time",
            "Automate the weekly sales report",
            "so account managers save time",
        ),
        ("新人が早く現場に慣れるよう、マニュアルを作る", "マニュアルを作る", "新人が早く現場に慣れるよう"),
        # more of the action, not a reason: a list, a second action, a goal served
        ("Clean the garage, the attic and the shed", "Clean the garage, the attic and the shed", ""),
        (
            "Fix the login bug, update the docs and tell support",
            "Fix the login bug, update the docs and tell support",
            "",
        ),
        ("Rewrite onboarding so that we can stop hand-holding", "Rewrite onboarding", ""),
    ],
)
def test_the_writers_reason_is_not_the_action(text, core, reason):
    reading = read(okrcoach.classify(text))
    assert (reading.core, reading.reason) == (core, reason)


def test_a_reason_with_a_schedule_word_is_not_a_habit():
    reading = read(okrcoach.classify("Salesforceのダッシュボード作る、週次の会議で数字見たいから"))
    assert reading.habit == ""


def test_a_topic_is_read_in_the_reason():
    from okrcoach.rewrite.topics import topic_match

    plain = read(okrcoach.classify("Label the freezer bins"))
    reasoned = read(okrcoach.classify("Label the freezer bins so we stop wasting food at home"))
    assert topic_match(plain) is None
    assert topic_match(reasoned) is not None


def test_the_reason_leads_the_topic_over_the_actions_own_words():
    """A key result is the outcome the activity is for: the problem the writer names, not the tool."""
    from okrcoach.rewrite.topics import own_match, reason_match, topic_match

    reading = read(okrcoach.classify("請求関連の問い合わせが多いので、ヘルプ記事を増やす"))
    assert reason_match(reading) is not None
    assert topic_match(reading) == reason_match(reading)
    assert own_match(reading) != reason_match(reading)


def test_a_goal_of_the_sheet_is_no_reason_to_read():
    from okrcoach.rewrite.topics import reason_match

    assert reason_match(read(okrcoach.classify("営業KR1.2のため、英語の商談フレーズを覚える"))) is None


def test_an_aspect_verb_before_a_gerund_leaves_the_plain_verb():
    reading = read(okrcoach.classify("Start doing call reviews with the team lead each week"))
    assert reading.action.startswith("Do call reviews")


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("インサイドセールスの立ち上げ", "インサイドセールスを立ち上げ"),  # a verb's 連用形 used as a noun
        ("メルマガのセグメント配信を始める", "メルマガのセグメント配信を始め"),  # not 「メルマガのセグメント配信し」
    ],
)
def test_japanese_actions_read_as_grammar_wants(text, action):
    assert read(okrcoach.classify(text)).action == action


@pytest.mark.parametrize(
    ("text", "habit"),
    [
        ("Shadow the top AE for a week", ""),  # how long, not how often
        ("毎日開きたくなるアプリ", ""),  # a state wanted, no action to repeat
        ("Walk the dog twice a day", "daily"),
    ],
)
def test_what_is_a_habit(text, habit):
    assert read(okrcoach.classify(text)).habit == habit


def test_a_hyphenated_no_or_all_is_not_a_whole_set():
    for text in ("Cut no-shows for demos", "Run a better all-hands"):
        assert "covers_all" not in okrcoach.classify(text).fired


def test_a_share_named_by_its_first_word_takes_its_article():
    from okrcoach.rewrite.angles import spoken_name
    from okrcoach.rewrite.catalog import catalog

    named = [spoken_name(m, "en", phrasebook("en")) for m in catalog().values() if m.unit == "percent"]
    assert not [n for n in named if n.lower().startswith(("share of", "number of"))]


def test_an_objective_found_is_not_one_option_chosen_from_three():
    texts = [s.text for s in okrcoach.classify("Find my own voice as a songwriter").suggestions]
    assert texts and not [t for t in texts if "options" in t]
    assert "options" in okrcoach.classify("Find a new CRM").suggestions[0].text  # a tool is chosen from options


def test_a_practised_skill_of_ones_own_life_is_shown_by_its_own_measure():
    texts = [s.text for s in okrcoach.classify("Get better at steep climbing").suggestions]
    assert "grade" in texts[0]
    assert not [t for t in texts if "manager" in t or "real work" in t]  # one's own hobby, not work
    assert "courses about SEO" in okrcoach.classify("I want to learn SEO").suggestions[0].text  # the workshop's


def test_a_japanese_training_with_a_topic_leads_with_its_metric_not_a_count():
    top = okrcoach.classify("独禁法の研修を開く").suggestions[0].text
    assert "割合" in top and "3回" not in top


@pytest.mark.parametrize("text", ["Save a month's salary as a buffer", "Trim our monthly bills"])
def test_a_schedule_word_that_names_an_amount_or_a_thing_is_no_habit(text):
    assert read(okrcoach.classify(text)).habit == ""


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("1on1を隔週でやる", "をでやる"),  # the particle after a cut schedule goes with it
        ("2027年度に向けた女性活躍推進の行動計画を策定する", "にた女性"),  # 「に向けた」 modifies, it is no goal served
        ("国際学会で発表したい", "国際学会を"),  # a place one presents at is not counted as what is presented
        ("既存顧客にアップセルの提案をする", "アップセルを提案をし"),  # one を per verb
    ],
)
def test_japanese_rewrites_do_not_break_what_the_writer_wrote(text, bad):
    texts = [s.text for s in okrcoach.classify(text).suggestions]
    assert texts and not [t for t in texts if bad in t]


def test_a_time_word_owning_a_thing_is_no_deadline():
    reading = read(okrcoach.classify("Map out next year's content calendar"))
    assert reading.deadline == "" and "next year's content calendar" in reading.action


def test_a_language_metric_names_the_language_of_the_statement():
    assert "in English" in okrcoach.classify("Improve My English For Meetings").suggestions[0].text
    texts = [s.text for s in okrcoach.classify("Get comfortable writing business emails in Japanese").suggestions]
    assert not [t for t in texts if "the language" in t] and "in Japanese" in texts[0]


def test_an_improvement_with_no_metric_gets_no_filler_count():
    texts = [s.text for s in okrcoach.classify("Improve utilisation without burning people out").suggestions]
    assert not [t for t in texts if "most-reported problems" in t]


def test_a_verb_noun_ending_in_shi_keeps_its_suru():
    """「見直し」 is a 連用形 already, but 「後押しする」 is 後押し + する: 「後押しし、」 before a comma."""
    assert read(okrcoach.classify("男性の育休取得を後押しする")).action == "男性の育休取得を後押しし"
    assert read(okrcoach.classify("業務フローの見直し")).action == "業務フローを見直し"


def test_a_japanese_goal_link_stops_at_its_own_bracket():
    import okrcoach as _okr
    from okrcoach.rewrite.reading import read as _read

    reading = _read(_okr.classify("学校案内パンフのリニューアル（来年度版、業者選定から）（出願者KR2のため）"))
    assert reading.link == "出願者KR2のため"
