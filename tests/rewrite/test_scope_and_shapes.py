"""The writer's scope, subject and routine kept right: a place the statement ends on stays with the metric, a
metric named in passing is used when nothing else fits, and routines, crafts and subjects read as meant."""

import pytest

import okrcoach
from okrcoach.rewrite.reading import read


def texts(text: str) -> list[str]:
    return [s.text for s in okrcoach.classify(text).suggestions]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Cut no-shows at the downtown clinic", "at the downtown clinic"),
        ("Increase recycling in student housing blocks", "in student housing blocks"),
        ("Lower the defect rate across the Ohio plants", "across the Ohio plants"),
        ("Better uptime for the APAC region", "for the APAC region"),
    ],
)
def test_a_place_the_statement_ends_on_stays_with_the_metric(text, scope):
    got = texts(text)
    assert got and scope in got[0], got


@pytest.mark.parametrize(
    ("text", "not_scope"),
    [
        ("Get really good at lettering", "at lettering"),  # a skill, not a place
        ("Improve delivery in the long run", "in the long run"),  # a time
        ("Raise quality for leadership", "for leadership"),  # "for" gives a purpose, not a part
        ("Be the employer nurses in the region actually recommend", "actually recommend"),  # a clause
    ],
)
def test_words_that_are_not_a_place_are_not_kept_as_one(text, not_scope):
    assert all(not_scope not in t for t in texts(text))


def test_a_metric_named_in_passing_is_used_when_nothing_else_fits():
    got = texts("Rewrite the sequences because reply rates have been sliding")
    assert got and "reply rate" in got[0].lower(), got
    assert got[0].startswith("Rewrite the sequences by "), got


def test_a_metric_named_in_passing_must_fit_the_statements_other_words():
    # "pay transparency" names a pay metric, but the statement is about a driver app
    assert all("salary band" not in t for t in texts("Driver app v3 w/ pay transparency"))


def test_a_routine_that_is_set_up_is_kept_up_by_running_it():
    got = texts("Kick off a weekly language exchange")
    assert got[0].startswith("Run a language exchange in 11 of the 13 weeks"), got


def test_a_fixed_thing_named_by_its_schedule_is_not_run_again():
    assert all(not t.startswith("Run ") for t in texts("Build the weekly churn dashboard for the PM"))


def test_a_clause_about_someone_with_a_schedule_word_is_not_a_routine():
    got = texts("Parents feel informed about homework each week")
    assert all("weeks this quarter" not in t for t in got), got


def test_an_opening_ing_word_before_a_plural_and_a_verb_is_the_subject():
    got = texts("Hiring managers give feedback on candidates faster")
    assert all(not t.startswith("Hire managers") for t in got), got
    assert read(okrcoach.classify("Hiring engineers for the data team")).verb == "hire"


def test_work_done_faster_is_not_a_skill_to_pick_up():
    got = texts("Pick up live chats faster")
    assert got and all("course" not in t for t in got), got


def test_a_craft_is_shown_by_pieces_made_with_it():
    got = texts("Practice drawing hands")
    assert got[0] == "Finish 10 practice pieces on drawing hands by the end of the quarter", got
    assert all("Apply drawing hands" not in t for t in got)


def test_time_spent_in_headline_case_is_not_kept_in_headline_case():
    got = texts("Spend Less Time On Email, More On Design")
    assert got[0].startswith("Spend at most 1 hour a day on email on "), got


def test_a_reason_after_a_dash_is_cut_from_the_action():
    reading = read(okrcoach.classify("Move the newsletter to Buttondown - the old tool is too expensive"))
    assert reading.core == "Move the newsletter to Buttondown"
    assert reading.reason == "the old tool is too expensive"


@pytest.mark.parametrize("text", ["Approve discounts within a day", "値引きの承認を1日以内に"])
def test_how_fast_each_is_done_is_not_the_deadline(text):
    got = texts(text)
    assert got and all(not t.startswith(("within", "1日以内に")) and "within a day" not in t[-12:] for t in got), got


def test_a_count_key_result_gets_no_baseline_to_measure():
    got = texts("Run a food truck at 3 weekend markets this summer")
    assert all("to be measured" not in t for t in got), got


@pytest.mark.parametrize("text", ["Halve the time from referral to first appointment", "食品ロスを半減させる"])
def test_a_change_relative_to_today_asks_for_todays_value(text):
    got = texts(text)
    assert got and ("to be measured" in got[0] or "要計測" in got[0]), got


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Get food cost under control", "food cost"),  # "under control" is how, not what
        ("Reduce hotfixes caused by rushed releases", "change failure rate"),  # "caused by" ends the head
    ],
)
def test_words_after_the_thing_measured_do_not_hide_it(text, metric):
    got = texts(text)
    assert got and metric in got[0] and "under control" not in got[0], got


def test_a_team_tag_before_a_spaced_hyphen_is_not_the_action():
    reading = read(okrcoach.classify("Highways - Repaint the bus shelters"))
    assert reading.core == "Repaint the bus shelters"


def test_a_plan_shared_is_not_sent_for_approval_but_a_plan_handed_in_is():
    assert "承認" not in texts("ロードマップを顧客に共有する")[0]
    assert "承認を得る" in texts("2026年度事業計画を理事会に出す")[0]


def test_nobody_approves_a_familys_plan():
    assert all("承認" not in t for t in texts("夫婦で子育ての方針をそろえる"))


@pytest.mark.parametrize("text", ["料理の提供が遅いとクレームが多い", "人件費率の適正化"])
def test_a_japanese_statement_that_is_the_metric_is_its_change_alone(text):
    got = texts(text)
    assert got and got[0].startswith("今期末までに") and "し、" not in got[0], got


def test_a_topics_words_in_another_order_and_form_call_it_when_nothing_else_does():
    from okrcoach.rewrite.topics import loose_match

    found = loose_match(read(okrcoach.classify("Make our research reproducible")))
    assert found is not None and found[0].key.split(".")[0] in ("research", "school", "skills"), found
    assert loose_match(read(okrcoach.classify("DRIVE ROUTE 66 WITH DAD"))) is None  # "driver" is not "drive"


def test_a_loose_match_needs_its_words_near_each_other():
    from okrcoach.rewrite.topics import loose_match

    far = "Research the vendor market this quarter and make the onboarding checklist easily reproducible"
    found = loose_match(read(okrcoach.classify(far)))
    assert found is None or "reproduc" not in found[1], found


def test_a_draft_one_writes_is_not_a_book_to_finish_reading():
    got = texts("Finish a first draft of the novel")
    assert got and all("ideas into practice" not in t and "summary" not in t for t in got), got


def test_an_event_after_a_deadline_word_stays_with_the_deadline():
    got = texts("Finish the episode 7 edit before the 3/14 drop")
    assert got and got[0].startswith("Finish the episode 7 edit before the 3/14 drop"), got


@pytest.mark.parametrize(
    "text", ["Organize a beach cleanup with the scouts in spring", "Coach new teachers through their first year"]
)
def test_a_season_or_span_the_writer_names_is_not_given_a_second_deadline(text):
    got = texts(text)
    assert got and "by the end of the quarter" not in got[0], got


def test_a_short_phrase_ending_in_s_does_not_stand_in_a_longer_word():
    got = texts("Cook at home more instead of ordering delivery, my budget is a mess")
    assert all("equipment effectiveness" not in t for t in got), got  # "mes" is not "mess"


def test_a_routine_that_says_how_many_times_keeps_its_cycle():
    got = texts("Hit the gym 3x a week")
    assert got[0] == "Hit the gym 3x a week in 11 of the 13 weeks this quarter", got
    assert got[1].startswith("Hit the gym 3x every week for a streak"), got


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Improve my sleep", "average nightly sleep"),
        ("Improve the candidate experience", "candidate experience rating"),
    ],
)
def test_the_writers_word_names_the_metric_only_when_it_is_a_measure(text, metric):
    got = texts(text)
    assert got and metric in got[0], got


def test_an_event_after_the_date_stays_with_the_deadline():
    got = texts("Research after-school tutoring programs for Maya before fall enrollment")
    assert got and "before fall enrollment" in got[0] and "Maya enrollment" not in got[0], got


def test_what_one_learns_to_do_is_counted_where_it_is_countable():
    assert texts("Be able to run client workshops without a senior in the room")[0].startswith(
        "Run 5 client workshops without a senior"
    )
    assert texts("Learn how to teach phonics using the new scheme")[0].startswith("Teach phonics using")


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("英検準1級の勉強を始める", "英検準1級に合格する"),
        ("簿記の勉強を始める", "日商簿記3級に合格する"),
        ("Study for JLPT N2", "Pass JLPT N2"),
    ],
)
def test_the_exam_level_the_writer_names_is_kept_and_a_bare_certification_gets_one(text, goal):
    got = texts(text)
    assert got and goal in got[0], got


def test_a_skill_named_in_general_words_that_a_work_topic_measures_is_not_a_course():
    got = texts("クライアントへの提案力を高める")
    assert got and "講座" not in got[0], got
    assert texts("I want to learn SEO")[0].startswith("Complete 3 online courses about SEO")  # the workshop's shape


@pytest.mark.parametrize(
    "text",
    [
        "Recruiting participants for the fMRI study is slow",
        "Updates from legal on new regulations",
        "Leading product in our category for ease of setup",
    ],
)
def test_a_noun_phrase_opening_a_statement_is_not_an_instruction(text):
    assert read(okrcoach.classify(text)).verb == ""


def test_a_delay_is_not_a_routine():
    assert read(okrcoach.classify("Respond to donor emails quicker, some wait a week")).habit == ""


def test_w_slash_reads_as_with_for_topics():
    from okrcoach.rewrite.topics import topic_match

    with_slash = topic_match(read(okrcoach.classify("Better communication w/ parents")))
    spelled = topic_match(read(okrcoach.classify("Better communication with parents")))
    assert with_slash is not None and spelled is not None and with_slash[0] == spelled[0]


def test_to_before_a_name_is_a_preposition_not_a_skill_to_do():
    got = texts("Listen to Spanish podcasts on my commute")
    assert got and all("courses about Spanish podcasts" not in t and not t.startswith("Spanish") for t in got), got


def test_a_date_inside_the_writers_why_is_not_the_deadline_of_the_work():
    got = texts("Write up the pilot study methods section so we can submit before the deadline")
    assert got and got[0].count("before the deadline") == 1, got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("来年こそ個展を開く", "来年中に個展を開き"),
        ("毎月の広告レポートを自動化したい", "今期末までに毎月の広告レポートを自動化し"),
    ],
)
def test_japanese_emphasis_stays_with_the_date_and_a_fixed_monthly_thing_is_not_a_routine(text, start):
    got = texts(text)
    assert got and got[0].startswith(start), got


def test_a_schedule_word_before_a_group_says_which_people_not_how_often():
    assert read(okrcoach.classify("Thank-you calls to monthly donors")).habit == ""


def test_making_something_a_habit_is_a_routine_kept_up_week_by_week():
    got = texts("朝ランを習慣にしたい")
    assert got and got[0] == "今期中に13週中11週、朝ランをする", got


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Finance: tighter control of cloud spend", "cloud cost"),  # what is controlled is measured
        ("Rock-solid reliability for the payments API", "availability"),  # a system named is not an API topic
    ],
)
def test_the_measure_named_after_control_or_reliability_leads(text, metric):
    got = texts(text)
    assert got and metric in got[0], got


def test_a_preposition_before_the_place_points_to_no_domain():
    got = texts("Improve reading levels across the lower school")
    assert got and "reading" in got[0], got


def test_a_measure_noun_before_of_names_the_metric_and_keeps_the_scope():
    # "reliability of the payments API": the reliability is measured, of what the writer named
    got = texts("Improve reliability of the payments API")
    assert got and "availability of the payments API" in got[0], got
    # a scope the metric's name says already is not said twice
    got = texts("Increase the speed of our month-end close")
    assert got and "month-end close" in got[0] and " of our month-end close" not in got[0], got


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Spanish evening classes on Tuesdays", "Spanish study time"),
        ("Music: play guitar well enough to jam with friends", "guitar practice time"),
        ("ピアノの練習をする", "ピアノの練習時間"),
        ("英語の勉強を習慣にする", "英語の学習時間"),
        ("スペイン語 Duolingo 続ける", "Duolingoの連続学習日数"),
    ],
)
def test_a_metrics_general_word_becomes_the_one_the_writer_names(text, named):
    got = texts(text)
    assert got and any(named in g for g in got), got


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Win back the trust of mid-market customers after the outage", "among mid-market customers"),
        ("Improve wellbeing of the warehouse staff", "among warehouse staff"),
        ("Run stay interviews with the night-shift agents", "among night-shift agents"),
    ],
)
def test_a_kind_of_group_the_statement_names_narrows_the_metric(text, scope):
    got = texts(text)
    assert got and got[0].count(scope) == 1, got


@pytest.mark.parametrize(
    "text",
    [
        "Become the clinic patients actually want to come back to",  # the group opens a clause
        "Turn customers into long-term advocates",  # the verb's object
        "Fast builds, happy engineers",  # a feeling, not a kind
        "Become the food bank families in the county rely on first",  # the writer's own kind before it
        "Expand into LATAM through distributors rather than direct hires",
    ],
)
def test_a_group_that_is_not_a_kind_named_by_its_word_adds_no_scope(text):
    assert not any(" among " in s for s in texts(text))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("英語で雑談できるようになる", "英語での台本なしの会話時間"),
        ("Be able to chat in Portuguese with my in-laws", "unscripted conversation in Portuguese"),
        ("韓国の取引先と簡単な雑談ができるようになる", "韓国語での"),
        ("Be able to chat with our deaf neighbour in BSL", "in BSL"),
    ],
)
def test_a_language_metric_says_the_language_the_statement_names(text, said):
    got = texts(text)
    assert got and said in got[0] and got[0].count("BSL") <= 1, got


def test_a_language_named_only_in_the_reason_still_says_which():
    text = "いつか海外の学会で発表できるくらい英語を話せるようになりたいので、まずは毎日の音読から始めたい"
    assert all("外国語" not in s for s in texts(text))


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Go through old photos and make a family album for Mum's birthday", "in time for Mum's birthday"),
        ("Ensure the platform scales for Black Friday — Pedro", "in time for Black Friday"),
        ("Translate the help center into Portuguese for the Brazil launch", "in time for the Brazil launch"),
    ],
)
def test_a_day_the_writer_prepares_for_is_the_deadline(text, deadline):
    got = texts(text)
    assert got and deadline in got[0] and "end of the quarter" not in got[0], got


@pytest.mark.parametrize(
    "text", ["Train for the marathon", "Sign up for the Berlin marathon", "Get ready for the year-end audit"]
)
def test_what_a_verb_is_for_is_not_a_deadline(text):
    assert read(okrcoach.classify(text)).deadline == ""


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("- [ ] research daycares near the new apartment", "Compare 3 daycares near the new apartment against"),
        (
            "④ Look into after-school care options for next year (owner: Dan)",
            "Compare 3 after-school care options against",
        ),
        ("引越し先の候補エリアを調べる（担当：妻）", "今期中に引越し先の候補エリアを3つ以上"),
    ],
)
def test_options_researched_end_in_one_chosen(text, start):
    got = texts(text)
    assert got and got[0].startswith(start), got


@pytest.mark.parametrize(
    "text", ["料金プランを見直す", "Study how Japanese B2B buyers research vendors", "Investigate customer complaints"]
)
def test_what_is_not_a_choice_among_options_is_not_compared(text):
    assert not any("written criteria" in s or "比べてひとつに決める" in s for s in texts(text))


def test_a_metric_that_counts_other_people_takes_no_kind_of_group():
    got = texts("Plan the Year 8 ecosystems unit together with the other science teachers")
    assert got and "among science teachers" not in got[0], got


def test_when_an_exam_is_studied_for_is_not_its_name():
    got = texts("Study for the SHRM-CP exam on weekends")
    assert got and got[0] == "Pass the SHRM-CP exam by the end of the quarter", got


def test_what_a_superlative_is_compared_with_is_not_where_it_is_measured():
    import okrcoach

    text = okrcoach.classify("Keep our plant the safest workplace in the region").suggestions[0].text
    assert "in the region" not in text, text
    text = okrcoach.classify("To organize the first community meetup in Seoul").suggestions[0].text
    assert "in Seoul" in text, text
