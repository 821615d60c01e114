"""Rewrites: exact sentences per shape and language, and the rules every rewrite keeps."""

import re

import pytest

import okrcoach
from okrcoach.rewrite import fix_names
from okrcoach.rewrite.phrasebook import phrasebook
from okrcoach.rewrite.render import render


def top(text: str) -> okrcoach.Suggestion:
    return okrcoach.classify(text).suggestions[0]


def texts(text: str) -> list[str]:
    return [s.text for s in okrcoach.classify(text).suggestions]


# the top rewrite of representative statements, one or more per shape and language
TOP = {
    # a metric change: the metric's unit and good direction, the writer's words when they name it
    "Improve customer satisfaction": "Raise customer satisfaction from 82% to 90% by the end of the quarter",
    "Work on churn": "Reduce churn from 6% to 4% by the end of the quarter",
    "Improve our NPS": "Raise our NPS from +12 to +30 by the end of the quarter",
    "Improve latency of the checkout API": (
        "Cut latency of the checkout API from 800 ms to 300 ms by the end of the quarter"
    ),
    "Sleep better": "Raise average nightly sleep from 6.2 hours to 7.5 hours by the end of the quarter",
    "解約率を改善する": "今期末までに解約率を3.5%から2%に下げる",
    "顧客満足度を高める": "今期末までに顧客満足度（CSAT）を82%から90%に上げる",
    "残業を減らしたい": "今期末までに1人あたりの平均残業時間を月32時間から月20時間に減らす",
    "EC売上を大きく伸ばす": "今期末までにECサイトの月間売上を300万円から420万円に増やす",
    # the activity's own output, counted
    "Interview customers": "Interview 12 customers by the end of the quarter",
    # ...as the catalog counts it when a catalog metric counts that very output
    "Publish case studies about fintech onboarding by March 31, 2027": (
        "Publish 6 case studies about fintech onboarding by March 31, 2027"
    ),
    "10月末までにブログ記事を公開する": "10月末までにブログ記事を12本公開する",
    "Figmaのプラグインを自作してみたい": "今期中にFigmaのプラグインを3個自作する",
    # a single deliverable and what it should achieve; the writer's deadline kept whole
    "KR 1.2: Ship v2 by April 30 (owner: Sam)": ("Ship v2 by April 30 and have 200 people use it in its first month"),
    "部長に来期の予算案を提出する": "今期中に部長に来期の予算案を提出し、差し戻し1回以内で承認を得る",
    "Drive the IFRS 17 project": (
        "Drive the IFRS 17 project by the end of the quarter and reduce the number of audit adjustments from 14 to 4"
    ),
    # a habit becomes a rate over the cycle
    "Hold weekly 1on1s": "Hold 1on1s in 11 of the 13 weeks this quarter",
    "毎朝ストレッチをする": "今期中に90日中75日、朝にストレッチをする",
    # a routine in the polite form becomes the plain form of a key result
    "毎日日記を書きます": "今期中に90日中75日、日記を書く",
    "Go to the gym three times a week": "Go to the gym three times a week in 11 of the 13 weeks this quarter",
    "週3回ジムに行く": "今期中に13週中11週、週3回ジムに行く",
    "毎週1on1を実施する": "今期中に13週中11週、1on1を実施する",
    "毎日英語を勉強したい": "今期中に90日中75日、英語を勉強する",
    # learning, by kind of skill, keeping the goal it serves
    "I want to learn Spanish for Sales KR 1.2": "Pass DELE A2 by the end of the quarter (for Sales KR 1.2)",
    # a key result written as a wish is sharpened as a commitment
    "簿記2級を取りたい": "今期中に簿記2級を取る",
    "社労士の勉強を始める": "今期中に社労士試験に合格する",
    "I want to start studying for the CPA exam this year": "Pass the CPA exam this year",
    "Take a course on product discovery": (
        "Finish a course on product discovery by the end of the quarter and apply it to 3 pieces of real work"
    ),
    "Read Atomic Habits": "Finish Atomic Habits by the end of the quarter and apply it to 3 pieces of real work",
    "Read more books on design history": "Read 6 books on design history by the end of the quarter",
    # a learning goal whose own words call a topic: that topic's measure of the skill in use, before a course
    "Objective – Improve Public Speaking": (
        "Grow the number of talks and presentations given from 1 to 4 by the end of the quarter"
    ),
    "ロジカルシンキングをもっと身につけたい": "今期末までに解いて答え合わせをしたケース演習の数を2問から15問に増やす",
    # how people feel, with no metric named: the survey that asks them
    "Be A Place Where Engineers Love To Ship": "Raise employee NPS from -5 to +15 by the end of the quarter",
    "楽しく続けられるチームにしていきます": "今期末までにeNPSを-5から15に上げる",
    # more or less of a quantity the catalog does not know: the writer's own, on last quarter
    "Massively increase output on line 3": (
        "Get output on line 3 20% above last quarter's level by the end of the quarter"
    ),
    # a collection, all of it done
    "Digitise the local history photo archive": (
        "Digitise 100% of the local history photo archive by the end of the quarter"
    ),
    # the goal it serves, a negation, a deadline with its year, a deadline the checks missed
    "IPOに向けて内部統制の整備を始めます": (
        "IPOに向けて、今期末までに内部統制を整備し、テストに合格した主要な財務統制の割合を80%から98%に上げる"
    ),
    "[元] ボランティアさんが辞めないようにしたい": "今期末までに活動中のボランティア数を45名から80名に増やす",
    "ガバメントクラウドへの移行を2026年3月までに完了させる": (
        "2026年3月までにガバメントクラウドへの移行を完了させ、移行を完了したレガシーサービス数を2件から8件に増やす"
    ),
    # a state to reach is a direction measured by its topic, not a thing "used by 20 people"
    "Objective 3. Build a culture where feedback is normal": (
        "Raise the share of employees who got useful feedback in the last two weeks from 45% to 70%"
        " by the end of the quarter"
    ),
    # becoming able to do something is learning; developing others is not the writer's learning
    "データ分析ができるようになりたい": "今期末までに自分の分析で答えを出した業務上の問いの数を0件から5件に増やす",
    "Level up the sales team": "Raise the share of reps at or above quota from 48% to 70% by the end of the quarter",
    # when no metric fits, a skill the statement names is coached as learning: a language, a thing to do
    "Be able to fix a puncture at the roadside": "Fix a puncture at the roadside 5 times by the end of the quarter",
    "英語を武器にできる自分になる": "今期中にTOEICで800点以上を取る",
    "Excelのマクロが組めるようになりたい": (
        "今期末までに自分で作った自動化で浮いた週あたりの作業時間を0時間から4時間に増やす"
    ),
    # a rate with no span is kept up over the cycle, not done by a date
    "Walk 10,000 steps a day": "Walk 10,000 steps on 75 of the 90 days this quarter",
    "毎日30分ピアノを練習する": "今期中に90日中75日、30分ピアノを練習する",
    # a document serves a metric: that comes before its approval ("approved with at most 1 round of revisions"
    # was graded 0.52 of 2 blind), and the writer's own deadline is kept whole
    "Deliver the H2 account plan by July 1": (
        "Deliver the H2 account plan by July 1 and raise the share of key accounts with a current account plan "
        "from 20% to 90%"
    ),
    "Write the acceptable use policy": (
        "Write the acceptable use policy by the end of the quarter and get it approved with at most 1 round of "
        "revisions"
    ),
}


@pytest.mark.parametrize("text", TOP)
def test_top_rewrite(text):
    assert top(text).text == TOP[text]


@pytest.mark.parametrize(
    "text", ["Launch 3 new menus in April", "Run a half marathon this winter", "冬までに体重を3kg落とす"]
)
def test_a_key_result_with_a_deadline_the_checks_miss_gets_no_second_deadline(text):
    assert okrcoach.classify(text).label == "key_result"
    assert texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Improve customer satisfaction",
        "Research competitor pricing",
        "Hold weekly 1on1s",
        "Launch the new website by March",
        "Interview customers",
        "I want to learn Spanish",
        "顧客満足度を高める",
        "競合の価格を調査する",
        "毎朝ストレッチをする",
        "新しいウェブサイトを公開する",
        "英語のポッドキャストを字幕なしで理解できるようになりたい",
        "Figmaのプラグインを自作してみたい",
    ],
)
def test_every_rewrite_names_a_metric_and_the_three_take_different_angles(text):
    suggestions = okrcoach.classify(text).suggestions
    assert suggestions
    assert all(s.metric for s in suggestions)
    assert len({(s.metric, s.shape) for s in suggestions}) == len(suggestions)
    assert len({s.text for s in suggestions}) == len(suggestions)


@pytest.mark.parametrize(
    "text", ["Improve customer satisfaction", "顧客満足度を高める", "Work on churn", "解約率を改善する"]
)
def test_objectives_get_key_results_with_different_metrics(text):
    suggestions = okrcoach.classify(text).suggestions
    changes = [s for s in suggestions if s.shape == "change"]
    assert len(changes) >= 2
    assert len({s.metric for s in changes}) == len(changes)


@pytest.mark.parametrize(
    "text",
    [
        "Improve customer satisfaction",
        "Build a culture of continuous learning",
        "Be the calm voice customers hear when things go wrong",
        "誰にとっても使いやすいデザインを当たり前にする",
        "世界で通用する研究成果を出す",
        "IFRS17対応プロジェクトの推進",
        "Spanish",
    ],
)
def test_no_rewrite_uses_filler_or_quotes_the_statement(text):
    banned = [p.lower() for lang in ("en", "ja") for p in phrasebook(lang).banned]
    for s in okrcoach.classify(text).suggestions:
        assert not any(b in s.text.lower() for b in banned), s.text
        assert "「" not in s.text and '"' not in s.text


@pytest.mark.parametrize(
    ("text", "kept", "lost"),
    [
        ("Ship v2 by April 30", "by April 30", "30 to"),
        ("Publish the guide by March 31", "by March 31", "the end of the quarter"),
        ("10月末までにブログ記事を公開する", "10月末までに", "今期"),
    ],
)
def test_the_writers_deadline_is_kept_whole_and_alone(text, kept, lost):
    for s in okrcoach.classify(text).suggestions:
        assert s.text.count(kept) == 1 and lost not in s.text, s.text
        assert "added_deadline" not in s.fixes


@pytest.mark.parametrize(
    ("text", "must", "never"),
    [
        (
            "【KR】議事録を期限どおりに共有する（担当：佐藤）",
            "議事録",
            ["をどおり", "【KR】", "佐藤", "期限までに"],
        ),
        ("部長に来期の予算案を提出する", "来期の予算案", ["部長にの", "来期までに"]),
        ("Prepare the Q3 budget", "the Q3 budget", ["by Q3"]),
        ("[P1] Grow weekly active teams", "weekly active teams", ["[P1]", "Grow Grow"]),
        ("Objective – Improve Public Speaking", "", ["Objective", "–"]),
        ("Hold monthly skip-level lunches — Priya", "skip-level lunches", ["Priya", "—"]),
    ],
)
def test_prefixes_notes_and_time_words_that_name_things_survive_as_they_should(text, must, never):
    suggestions = okrcoach.classify(text).suggestions
    assert must in suggestions[0].text
    for s in suggestions:
        for word in never:
            assert word not in s.text, s.text


def test_a_course_about_a_thing_one_does_names_the_doing():
    texts = [s.text for s in okrcoach.suggest("Learn to cook Thai food")]
    assert "Complete 3 online courses about cooking Thai food by the end of the quarter" in texts
    assert not any(t.startswith("Apply cook") for t in texts)


def test_learning_a_language_by_listening_is_not_a_course():
    suggestions = texts("英語のポッドキャストを字幕なしで理解できるようになりたい")
    assert not any("講座" in s or "修了" in s for s in suggestions)
    assert any("TOEIC" in s for s in suggestions)


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("I want to learn Spanish for Sales KR 1.2", "Sales KR 1.2"),
        ("Learn SQL (for Finance KR 2.1)", "(for Finance KR 2.1)"),
        ("営業KR1.2のため、提案書の書き方を学ぶ", "営業KR1.2のため"),
        ("提案書の書き方を学ぶ（営業KR1.2のため）", "（営業KR1.2のため）"),
    ],
)
def test_learning_keeps_the_business_goal_it_serves(text, link):
    assert all(link in s for s in texts(text))


def test_slots_point_at_their_values():
    s = top("Interview customers")
    for slot in s.slots:
        assert s.text[slot.start : slot.end] == slot.value
    assert s.highlighted("<", ">").count("<") == len(s.slots)


def test_sharp_key_result_gets_no_suggestion():
    assert okrcoach.classify("Raise trial-to-paid conversion from 4% to 6% by the end of Q3").suggestions == []


def test_key_result_without_deadline_gets_one_added_without_filler():
    (s,) = okrcoach.classify("Ship the mobile app to 500 beta users").suggestions
    assert s.text == "Ship the mobile app to 500 beta users by the end of the quarter"
    assert s.fixes == ("added_deadline",)


def test_rate_key_result_without_span_is_kept_up_over_the_cycle():
    (s,) = okrcoach.classify("Walk 10,000 steps every day").suggestions
    assert s.text == "Walk 10,000 steps on 75 of the 90 days this quarter"
    assert s.fixes == ("habit_as_rate",)


def test_rate_key_result_without_baseline_gets_a_baseline_slot_and_loses_its_note():
    (s,) = okrcoach.classify("NPSを40以上にする（担当：佐藤）").suggestions
    assert s.text == "今期中にNPSを40以上にする（現状：要計測）"
    assert "added_baseline" in s.fixes and "added_deadline" in s.fixes


def test_suggest_returns_n_and_validates_n():
    assert len(okrcoach.suggest("Learn Figma", n=2)) == 2
    with pytest.raises(ValueError, match="positive whole number"):
        okrcoach.suggest("Learn Figma", n=0)


def test_fix_names_are_localised():
    assert fix_names(("added_deadline",), "ja") == ["期限を追加"]
    assert fix_names(("habit_as_rate",), "en") == ["turns a habit into a rate over the cycle"]


def test_render_marks_slots_but_not_the_users_words():
    s = render("Do {object} {count:3} times {deadline:by Friday}", words={"object": "yoga"})
    assert s.text == "Do yoga 3 times by Friday"
    assert [(x.name, x.value) for x in s.slots] == [("count", "3"), ("deadline", "by Friday")]


def test_cli_shows_highlighted_slots_and_what_was_fixed(capsys):
    from okrcoach.cli import main

    assert main(["classify", "Interview customers", "--no-color"]) == 0
    out = capsys.readouterr().out
    assert "Try instead (adds a measure" in out
    assert re.search(r"Interview \[12\] customers", out)


def test_numbering_alone_gets_no_rewrite():
    assert okrcoach.classify("KR1:").suggestions == []


@pytest.mark.parametrize(
    "text", ["https://example.com/okr?id=3", "a", "Learn", "増やす", "x" * 1999, "売" * 1999, "🎯 Go", "（担当：佐藤）"]
)
def test_odd_statements_still_get_a_verdict_and_sentences(text):
    v = okrcoach.classify(text)
    assert v.label in okrcoach.LABELS
    assert all(s.text.strip() and not s.text.startswith(" ") for s in v.suggestions)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("請求書の電子化", "電子化し"),
        ("コストの見える化を進める", "見える化"),
        ("「ユーザー会を開催する」", "ユーザー会を3回開催する"),
    ],
)
def test_japanese_verbs_of_suffixed_nouns_and_adjectives_stay_whole(text, verb):
    rewrites = texts(text)
    assert rewrites and any(verb in r for r in rewrites)
    assert not any(bad in r for r in rewrites for bad in ("電子し", "見えし", "上手し", "「", "」", "3人開催"))


def test_the_group_a_statement_ends_on_stays_with_its_metric():
    top = okrcoach.classify("Grow library membership among teenagers").suggestions[0].text
    assert top.startswith("Grow the number of new library members among teenagers from ")
    assert "for new customers for new customers" not in texts("Significantly improve onboarding for new customers")[0]


@pytest.mark.parametrize(
    ("text", "never"),
    [
        ("レガシーコードに怯えない開発", "怯えないを"),  # a way of working, not an object and a verb
        ("社内システムの安定稼働", "安定を稼働"),
        ("Set up canary deploys for the payments service", "15 canary deploys"),  # deploys per week is a rate
    ],
)
def test_described_verbal_nouns_and_rates_are_not_split_or_counted(text, never):
    texts = [s.text for s in okrcoach.suggest(text)]
    assert texts and not any(never in t for t in texts)


def test_a_statement_whose_words_call_nothing_takes_the_topic_of_the_goal_it_serves():
    top = okrcoach.suggest("2050年カーボンニュートラルに向けて着実に歩む会社であること")[0]
    assert top.text.startswith("2050年カーボンニュートラルに向けて、") and top.metric.split(".")[0] in (
        "operations",
        "city",
    )


@pytest.mark.parametrize(
    "text, verb_kept",
    [
        ("Apply for the robotics club grant (Mr. Haddad)", "Apply for the robotics club grant"),
        ("Supply the schools with reading packs", "Supply"),
    ],
)
def test_a_verb_ending_in_ly_is_not_stripped_as_an_adverb(text, verb_kept):
    from okrcoach.rewrite.reading import read

    reading = read(okrcoach.classify(text))
    assert reading.core.startswith(verb_kept)


@pytest.mark.parametrize(
    "text, never",
    [
        ("Get back into running after the knee injury", "into running"),
        ("Get out of credit card debt", "Reduce of"),
    ],
)
def test_an_object_that_starts_with_a_preposition_does_not_name_the_metric(text, never):
    got = texts(text)
    assert got and all(never not in t for t in got)


def test_a_shouted_deadline_is_not_half_lowered():
    got = texts("KR3: REFIT STORE 7 BEFORE CHRISTMAS")
    assert got and all("bEFORE" not in t for t in got)


@pytest.mark.parametrize(
    "text, never",
    [
        ("Refurbish Central Library's ground floor", "100% of"),  # the library names where, not what is done
        (
            "Consult residents on the new parking scheme before the committee vote, including the flats on Park "
            "Row that were missed last time and are still angry about it",
            "Consult 12 residents",
        ),
    ],
)
def test_no_share_of_a_place_and_no_count_pasted_into_a_run_on(text, never):
    assert all(never not in t for t in texts(text))


@pytest.mark.parametrize(
    "text, personal, work",
    [
        ("Get better at watercolour", "Complete 2 online courses about watercolour", "recommended by"),
        ("趣味で写真の撮り方を学びたい", "今期中に写真の撮り方の作品を4点仕上げる", "上司"),
    ],
)
def test_learning_for_oneself_gets_no_manager_and_no_real_work(text, personal, work):
    got = texts(text)
    assert any(personal in t for t in got), got
    assert all(work not in t and "real work" not in t and "実務" not in t for t in got), got


@pytest.mark.parametrize("text", ["I want to learn SEO", "SEOを学びたい", "Learn Figma for my job"])
def test_learning_at_work_keeps_the_workshops_course_shape(text):
    got = texts(text)
    assert any("online courses about" in t or "オンライン講座" in t or "real work" in t for t in got), got


@pytest.mark.parametrize(
    ("text", "recommended"),
    [
        ("I want to learn SEO", False),  # nobody said a manager recommends anything
        ("SEOを学びたい", False),
        ("Learn SEO for Sales KR 1.2", True),  # the workshop's case: the learning serves a business goal
        ("営業KR1.2のため、Salesforceのレポート機能を勉強する", True),
        ("Learn Kubernetes, my manager suggested it", True),
    ],
)
def test_a_course_is_recommended_by_a_manager_only_when_one_is_in_the_picture(text, recommended):
    first = texts(text)[0]
    assert ("recommended by my manager" in first or "上司が推薦する" in first) == recommended, first


def test_a_learning_subjects_why_now_is_kept_after_the_deadline():
    got = texts("I want to get comfortable with Kubernetes before we move off ECS")
    assert got[0].startswith("Complete 3 online courses about Kubernetes by the end of the quarter")
    assert got[0].endswith(", before we move off ECS")


def test_a_japanese_becoming_is_the_metric_alone():
    got = texts("水彩画が上手くなりたい")
    assert got and all("上手くし" not in t for t in got)


@pytest.mark.parametrize(
    "text, habit",
    [
        ("Automate the weekly inventory export", False),  # which export is fixed once, not a weekly routine
        ("Hold weekly 1on1s", True),
        ("Update the CRM weekly", True),
        ("月次決算を早期化する", False),  # 「月次決算」 names a thing
        ("月次で売上を報告する", True),
    ],
)
def test_a_schedule_word_that_names_a_thing_is_not_a_habit(text, habit):
    from okrcoach.rewrite.reading import read

    assert bool(read(okrcoach.classify(text)).habit) is habit


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Automate invoicing so the finance team saves time",
            "Automate invoicing by the end of the quarter and cut the time spent on invoicing from 4 hours to 1 hour"
            " a week",
        ),
        (
            "Set up a shared drive for the lab, we waste hours looking for files",
            "Set up a shared drive for the lab by the end of the quarter and cut the time spent looking for files"
            " from 4 hours to 1 hour a week",
        ),
        (
            "共有フォルダを整理する、ファイル探しに時間がかかるので",
            "今期末までに共有フォルダを整理し、ファイル探しにかかる時間を週4時間から1時間に減らす",
        ),
        (
            "請求書の発行を自動化する、手作業で時間がかかるので",
            "今期末までに請求書の発行を自動化し、請求書の発行にかかる時間を週4時間から1時間に減らす",
        ),
    ],
)
def test_a_reason_that_asks_for_time_back_is_measured_in_that_time(text, first):
    (s, *_) = okrcoach.classify(text).suggestions
    assert (s.text, s.shape) == (first, "time_saved")


def test_time_back_names_what_the_time_goes_on_or_gives_no_such_rewrite():
    """ "Set up a shared drive, it takes ages" does not say what takes the time: no time rewrite is guessed."""
    shapes = {s.shape for s in okrcoach.classify("Set up a shared drive for the lab, it takes ages").suggestions}
    assert "time_saved" not in shapes


def test_a_duration_the_catalog_knows_for_the_work_comes_before_time_back():
    (s, *rest) = okrcoach.classify("Streamline the month-end close because it takes too long").suggestions
    assert s.metric == "finance.month_end_close"


def test_a_key_result_handed_back_starts_with_a_capital_but_keeps_a_brand_as_written():
    (s,) = okrcoach.classify("record three songs for the demo EP").suggestions
    assert s.text == "Record three songs for the demo EP by the end of the quarter"
    (s,) = okrcoach.classify("eBay shop reaches 40 sales a week").suggestions
    assert s.text.startswith("eBay shop")


@pytest.mark.parametrize(
    ("text", "top"),
    [
        ("Revise for finals", "Score 70% or higher on 3 timed past papers before finals"),
        ("revise for finals properly this time", "Score 70% or higher on 3 timed past papers before finals"),
        ("期末試験の勉強をする", "期末試験までに過去問3回分で7割以上を取る"),
    ],
)
def test_a_school_exam_is_prepared_with_past_papers_not_courses_or_a_certificate(text, top):
    got = [s.text for s in okrcoach.classify(text).suggestions]
    assert got[0] == top and not any("online courses" in s or "合格" in s for s in got), got
