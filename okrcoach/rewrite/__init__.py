"""Measurable rewrites of tasks, objectives and weak key results, in the statement's own language.

The flow: read the statement's body (reading, en, ja) -> choose three angles, each naming a catalog
metric or the activity's own counted output (learning, angles, matching, catalog) -> fill the
templates (render). Words and sentences live in lang/<lang>/rewrite.toml and metrics/<domain>.toml;
the readers of each language in lang/<lang>/reading.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import rx
from ..checks import CHECKS
from ..verdict import Slot, Suggestion
from . import learning
from .alone import alone_angle
from .angles import (
    Angle,
    at_home,
    breaking_angle,
    business_angles,
    habit_angles,
    head_is,
    metric_angle,
    put_in_order_angle,
    rate_templates,
    reason_angles,
    routine_words,
    time_angles,
)
from .catalog import catalog as known_metrics  # not "catalog": that name is the submodule
from .certified import certified_angle, own_permit, permit_angle
from .channel import channel_angle
from .choice import choice_angle
from .cues import cued_routine, kept_record
from .decided import decided_angle
from .documented import documented_angle
from .fallbacks import (
    after_each_angle,
    enforced_angle,
    last_resorts,
    purpose_done_angle,
    reason_quantity_angle,
    said_time_angle,
    stopped_angle,
    survey_run_angle,
    taken_on_angle,
    work_won_angle,
)
from .gathered import gathered_angle
from .grown import grown_angle, said_by_metric
from .logged import logged_angle
from .matching import rank, scored
from .notation import notation_angle
from .participation import participation_angle
from .phrasebook import Phrasebook, phrasebook, word_set
from .piece import performance_angle, piece_angles
from .pitched import pitched_angle
from .playing import music_only, playing_angles
from .printed import printed_angle
from .promoted import promoted_angle
from .quality import quality_kept
from .quoted import quotes_angle
from .reached import reached_angle
from .reading import Reading, read, sentence_case
from .relationship import relationship_angle
from .relied import relied_angle
from .render import render
from .restocked import restocked_angle
from .routed import routed_angle
from .scheduled import scheduled_angle
from .selfcheck import of_others, selfcheck_angle
from .signed import signed_angle
from .sold import sold_more_angle
from .spoken import spoken_use_angle
from .started import started_offer_angle
from .stocked import stocked_angle
from .survey import asks_their_trust, asks_who_holds_back, felt_angle, survey_angle
from .tasted import tasted_angle
from .taught import COURSE_METRICS, taught_angle
from .tidied import tidied_angle
from .timely import timely_angle
from .topics import topic_metrics
from .toured import toured_angle
from .trained import animal_trained_angle, trained_angle
from .translated import translated_angle
from .typos import spelled_right
from .wholeword import find_whole, names_any
from .whose import for_whom
from .worked import worked_angle

if TYPE_CHECKING:
    from ..verdict import Verdict
    from .catalog import Metric

__all__ = ["suggestions_for", "fix_names"]


def fix_names(fixes: tuple[str, ...], lang: str) -> list[str]:
    """Return what a rewrite fixed, in words of the given language ("adds a measure", 「期限を追加」)."""
    names = phrasebook(lang).fixes
    return [names.get(f, f) for f in fixes]


def _dated(reading: Reading, angle: Angle, book: Phrasebook) -> bool:
    """Whether the writer's own words, kept whole in the rewrite, already say when ("launch the logo at the
    September user conference", 「9月の展示会でブースを出す」): then no second deadline is added."""
    pattern: str = book.reading.get("dated", "")
    keeps = any(k in angle.template for k in ("{action}", "{object}", "{core}"))
    return bool(pattern) and keeps and not reading.deadline and rx.search(pattern, reading.core) is not None


def _fixes(verdict: Verdict, reading: Reading, angle: Angle, dated: bool = False) -> tuple[str, ...]:
    fired = set(verdict.fired)
    fixes = ["added_measure"]
    if "wish_form" in fired or reading.wished:
        fixes.append("removed_wish")
    if "activity_verb" in fired or "recurring_activity" in fired:
        fixes.append("outcome_not_activity")
    if angle.shape in ("change", "reach", "action_change") and "vague_verb" in fired:
        fixes.append("metric_not_direction")
    if angle.shape.startswith("habit"):
        fixes.append("habit_as_rate")
    if not reading.deadline and not dated:
        fixes.append("added_deadline")
    return tuple(fixes)


def _linked(reading: Reading, book: Phrasebook) -> str:
    """The template that places the statement's link round a sentence: a goal named by its key result after it
    where the language says so (「…を増やす（営業KR1.2のため）」), a reason before it (「…が多いので、…」)."""
    goal = book.reading.get("goal_link")
    if goal and "link_goal" in book.templates and rx.search(goal, reading.link):
        return book.templates["link_goal"]
    return book.templates["link"]


def _render(verdict: Verdict, reading: Reading, angle: Angle, book: Phrasebook) -> Suggestion:
    template = angle.template
    words = dict(angle.words)
    dated = _dated(reading, angle, book)
    if reading.deadline:
        words["deadline"] = reading.deadline
    elif dated and "deadline" not in angle.words:  # (an angle may name the day itself: a piece's performance)
        words["deadline"] = ""
    said = angle.metric.startswith("output:") and angle.metric.removeprefix("output:") in reading.link
    # (nor is the exam studied for, when the sentence names it: 「期末テストに向けて数学の勉強をする」)
    subject = angle.words.get("subject", "")
    said = said or (angle.shape == "learning" and len(subject) > 1 and subject in reading.link)
    said = said or bool(angle.words.get("said") and angle.words["said"] in reading.link)  # "sales of road bikes"
    if reading.link and not said:  # (a link the sentence already measures, "so we can cut contamination losses",
        # is not said twice)
        template = _linked(reading, book).replace("{sentence}", template)
        words["link"] = reading.link
    words = {k: spelled_right(v, book) for k, v in words.items()}  # "thier tires" is handed back as "their tires"
    s = render(
        template,
        words=words,
        values=angle.values,
        fixes=_fixes(verdict, reading, angle, dated),
        shape=angle.shape,
        metric=angle.metric,
    )
    return _tidy(s, reading.lang)


def _tidy(s: Suggestion, lang: str) -> Suggestion:
    """Collapse the spaces an empty word leaves, open with a capital, and move the slots with the text."""
    text = s.text.strip()
    if lang == "en":
        text = rx.sub(r"\s+([,.;:)])", r"\1", " ".join(text.split()))
        text = sentence_case(text)
    if text == s.text:
        return s
    slots, cursor = [], 0
    for slot in sorted(s.slots, key=lambda x: x.start):
        at = text.find(slot.value, cursor)
        slots.append(Slot(slot.name, slot.value, at, at + len(slot.value)))
        cursor = at + len(slot.value)
    return Suggestion(text, tuple(slots), s.fixes, s.shape, s.metric)


def _is_level(reading: Reading, book: Phrasebook) -> bool:
    """True when a key result's measure is a level with a value today (a rate, a score), not a count of outputs:
    a percentage, or a level metric its own words name ("Raise NPS to 40"); a metric its words only touch
    ("Run a food truck at 3 weekend markets") says nothing of what is measured."""
    money = any(c in reading.body for c in "$€£¥円")  # a sum is a level only when the statement names money
    relative = rx.search(book.reading.get("relative_to_today", "$^"), reading.body) is not None  # "Halve churn"
    return (
        "%" in reading.body
        or relative
        or any(
            m.unit in book.level_units and (m.unit != "money" or money) for _, named, m in scored(reading)[:1] if named
        )
    )


def _committed(reading: Reading, book: Phrasebook) -> str:
    """The statement as a commitment rather than a wish (「簿記2級を取りたい」 -> 「簿記2級を取る」, "I'd like to run
    3 times a week for the next 10 weeks" -> "Run 3 times a week for the next 10 weeks"), with the writer's
    deadline, schedule and numbers as written."""
    if reading.lang == "ja":
        from ..lang.ja.reading import continuative, plain_ending  # here: lang.ja.reading imports this package

        stem = continuative(reading.verb_text, book) if reading.verb_text else ""
        if stem and reading.core.endswith(stem) and not reading.core.endswith(reading.verb_text):
            core = reading.core[: -len(stem)] + reading.verb_text
        else:
            core = plain_ending(reading.core)  # 「ブログを20本書き」 (of 「書きたい」) -> 「ブログを20本書く」
        return f"{reading.deadline}{core}" if reading.deadline and reading.deadline not in core else core
    body = reading.body.rstrip(" .!")
    for _ in range(2):  # "Gonna try to ...": a wish may come in two words
        m = rx.match(book.reading["wish"], body, flags=re.I)
        if m is None:
            m = rx.match(book.reading["subject"] + book.reading["wish"][1:], body, flags=re.I)
        if m is None or m.end() >= len(body):
            break
        body = body[m.end() :]
    if body != reading.body.rstrip(" .!"):
        return sentence_case(body)
    core = reading.core[:1].upper() + reading.core[1:]
    return f"{core} {reading.deadline}" if reading.deadline and reading.deadline not in core else core


def _sharpen(verdict: Verdict, reading: Reading, book: Phrasebook) -> list[Suggestion]:
    """A key result missing a deadline or a baseline: the same body, with them added."""
    fired = set(verdict.fired)
    statement = _committed(reading, book) if reading.wished else reading.body.rstrip("。.")
    if reading.lang == "en":
        statement = sentence_case(statement)  # a key result handed back starts a sentence
    run_on = len(statement) > 45 if reading.lang == "ja" else len(statement.split()) > 14
    if run_on and any(p in statement for p in (",", "、", ";")):
        return []  # a run-on with its reasons: a deadline added to it would not make it a key result
    fixes: list[str] = []
    template = "{statement}"
    words = {"statement": statement}
    # a stated span ("for the whole quarter") bounds it too, and so does a deadline the checks do not
    # count but the writer wrote ("this winter", 「冬までに」)
    if not CHECKS["has_deadline"].met(fired) and not reading.deadline:
        if reading.habit:  # "Walk 10,000 steps a day": a rate is kept up over the cycle, not done by a date
            template = rate_templates(reading, book)[0]
            words = routine_words(reading, book)
            fixes.append("habit_as_rate")
        else:
            template = book.templates["add_deadline"].replace("{statement}", template)
            fixes.append("added_deadline")
    if "has_measure" in fired and "has_baseline" not in fired and not reading.habit and _is_level(reading, book):
        template = book.templates["add_baseline"].replace("{statement}", template)
        fixes.append("added_baseline")
    if reading.wished and statement:
        fixes.append("removed_wish")  # "I want to run a 10k under 60 minutes by June": commit to it
    if not fixes or not statement:
        return []
    if reading.link and reading.link not in statement:  # the goal it serves stays its why ("for Sales KR 1.3")
        template = _linked(reading, book).replace("{sentence}", template)
        words = {**words, "link": reading.link}
    metric = next((m.key for m in rank(reading)[:1]), "")
    return [render(template, words=words, fixes=tuple(fixes), shape="sharpen", metric=metric)]


def _pairs(text: str) -> set[str]:
    """The two-character runs of Japanese text, by which a metric's name is said to name the writer's words."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _says_it_already(problem: Angle, candidates: list[Angle], reading: Reading) -> bool:
    """Whether the first candidate already measures the quantity a task's reason names: a task that itself moves a
    quantity (「荷待ち時間を短くしたい」), or a catalog metric whose name says the thing (「防災メールの登録者を増やす
    ため」: the residents registered for alerts, with real values)."""
    if not candidates:
        return False
    if candidates[0].shape in ("change", "reach", "own_change"):
        return True
    metric = known_metrics().get(candidates[0].metric)
    if metric is None:
        return False
    thing, name = problem.words["object"].lower(), metric.name(reading.lang).lower()
    if reading.lang == "ja":
        pairs = _pairs(thing)
        return bool(pairs) and len({p for p in pairs if p in name}) * 2 >= len(pairs)
    return said_by_metric(thing, name)


def _pick(candidates: list[Angle], n: int) -> list[Angle]:
    """Take n angles that differ: first each with a metric not yet used, then each with a new shape."""
    chosen: list[Angle] = []
    for distinct in (lambda a, c: a.metric != c.metric, lambda a, c: (a.metric, a.shape) != (c.metric, c.shape)):
        for angle in candidates:
            if len(chosen) >= n:
                return chosen
            if angle not in chosen and all(distinct(angle, c) for c in chosen):
                chosen.append(angle)
    return chosen[:n]


_DURATIONS = frozenset({"days", "hours", "hours_per_week", "hours_per_month", "minutes", "seconds", "ms"})


def _time_back_first(reading: Reading, business: list[Angle], book: Phrasebook) -> list[Angle]:
    """The time the writer wants back, when that is the reason given, before what the action's words call; but
    a duration the catalog knows for the work itself ("days to close the books") says it better."""
    back = reason_angles(reading, book)
    first = _first_metric(business)
    if first is not None and first.unit in _DURATIONS:
        return business + back
    return back + business


def _named_first(reading: Reading, candidates: list[Angle]) -> bool:
    """Whether the first angle names a metric the statement's own words call: by the metric's phrase, or by
    a topic phrase of the writer's ("Get in shape", 「資金繰り」). A metric that only shares a word with the
    statement ("Delight our enterprise customers" -> enterprise deal size) is not called by it."""
    if not candidates:
        return False
    called = {m.key for _, named, m in scored(reading) if named} | {m.key for m in topic_metrics(reading)}
    first = known_metrics().get(candidates[0].metric)
    if first is None or first.key in called:
        return True
    # a survey metric whose name says the statement's own words (「居場所」 in 「学校に居場所があると感じる
    # 生徒の割合」); English names share common nouns too readily ("students", "brand") to tell
    return reading.lang == "ja" and _says_statement(reading, candidates[0])


def _says_statement(reading: Reading, angle: Angle) -> bool:
    """Whether an angle's metric has one of the statement's own content words in its name ("employee
    representatives' rating of our working relationship" for "Strengthen the relationship with the union")."""
    metric = known_metrics().get(angle.metric)
    if metric is None:
        return True
    name = metric.name(reading.lang).lower()
    if reading.lang == "ja":
        return any(len(w) >= 2 and w in name for w in reading.content)
    words = set(rx.findall(r"[a-z]+", name))
    said = set(rx.findall(r"[a-z]+", reading.core.lower())) - phrasebook(reading.lang).stopwords
    return any(w in words for w in said if len(w) > 3)


# how strongly a work routine's own words must call a metric for it to come before the routine's rate
_ROUTINE_SERVES = 13.0


def _served_by_routine(reading: Reading, label: str, book: Phrasebook) -> Angle | None:
    """A work routine whose words call a metric strongly (「毎朝の朝礼でKYTをやる」 calls near misses, 「口コミへの
    返信を毎日する」 the review response rate): that metric's angle, which says what the routine is for; graders
    read "on 55 of the 60 working days" alone as the task restated. Not a personal habit (「毎朝ストレッチ」,
    "Practice piano daily"), whose rate over the cycle is the key result."""
    best = next(iter(scored(reading)), None)
    personal = _own_domains(book)
    if best is None or not best[1] or best[0] < _ROUTINE_SERVES or best[2].domain in personal:
        return None
    said = reading.verb or (reading.core.split() or [""])[0].lower()  # "Report MRR ...": read without a verb
    reporting = word_set(book, "reporting_verbs")
    reports = said in reporting or reading.core.endswith(tuple(reporting))
    if reports or at_home(reading, book, also=word_set(book, "routine_companions")):
        return None  # a family's routine; a figure reported is not moved by reporting it
    metric = _first_metric(business_angles(reading, label, book))
    if metric is None or metric.domain in personal or metric.key in word_set(book, "adherence_metrics"):
        return None  # "Hold weekly 1on1s": the share of 1on1s held is the routine's own rate, said first as a rate
    # the metric alone: a routine kept up is not done "by the end of the quarter" like a task
    return metric_angle("change", metric, reading, book, own=False)


def _personal_for_others(reading: Reading, candidates: list[Angle], book: Phrasebook) -> bool:
    """Whether the first metric is one of the writer's own life ("self-rated stress") for a statement about other
    people ("Families should feel less rushed during funeral arrangements"): they are asked instead."""
    first = _first_metric(candidates)
    personal = set(book.reading.get("personal_domains", ()))
    return first is not None and first.domain in personal and of_others(reading, book)


def _own_domains(book: Phrasebook) -> set[str]:
    """The catalog domains of one's own life and skills (health, home, language...), not a workplace's."""
    return set(book.reading.get("personal_domains", ())) | {"language", "skills"}


def _class_first(reading: Reading, candidates: list[Angle], book: Phrasebook) -> list[Angle]:
    """A class the writer starts or holds for others (「初心者向けの将棋教室を立ち上げる」「子ども囲碁教室を開く」):
    attended by them, before a metric of one's own skill or life its words share (a chess rating, Spanish study
    hours, one's mobility sessions)."""
    template = book.templates.get("class_joined")
    # an event family's attendees, for a class the writer holds (not 「社内勉強会で発表する」)
    holding = word_set(book, "holding_verbs")
    held = (reading.verb in holding or reading.verb_text.lower() in holding) and head_is(
        reading, book, word_set(book, "class_things")
    )
    # a class started (the build family's class_joined) is attended, before any metric its words call; one held by an
    # event verb is attended before a metric of one's own skill or life only
    joined = next((a for a in candidates if template and a.template == template), None)
    if joined is None and _own_first(candidates, book):
        joined = next((a for a in candidates if held and a.metric in _ATTENDED), None)
    if joined is None:
        return candidates
    return [joined, *(a for a in candidates if a is not joined)]


def _course_taken(kind: learning.LearningKind, candidates: list[Angle]) -> str:
    """The course a course statement takes, as its learning angles name it ("a proper detailing course"), or ""."""
    if kind.name != "course":
        return ""
    return next((a.words.get("subject", "") for a in candidates if a.shape == "learning"), "")


def _instead_of_learning(first: list[Angle], candidates: list[Angle]) -> list[Angle]:
    """Angles of music played first, without the learning kind's own rewrites or online courses, which say nothing of
    a piece played or a page read ("Read bass clef 5 times", courses about a song)."""
    return first + [a for a in candidates if a.metric not in COURSE_METRICS and a.shape != "learning"]


_ATTENDED = frozenset({"output:attendees", "output:参加者数"})  # the event family's own count of who came


def _own_first(candidates: list[Angle], book: Phrasebook) -> bool:
    """Whether the first candidate is a catalog metric of one's own life or skills (see _own_domains)."""
    first = _first_metric(candidates)
    return first is not None and first.domain in _own_domains(book)


def _within_jurisdiction(reading: Reading, candidates: list[Angle], book: Phrasebook) -> list[Angle]:
    """The candidates without a whole town's figures (residents' satisfaction with city services, overnight visitors:
    reading.jurisdiction_metrics) unless the statement is a public body's (reading.jurisdiction_words): 「地域で選ばれ
    るパーキング」 and 「観光客に愛される牧場」 are one business, which moves no town's statistics."""
    if own_permit(reading, book):  # "Renew the busking permit": the writer's own,
        # not a council's processing of everyone's
        candidates = [a for a in candidates if a.metric not in word_set(book, "permit_metrics")]
    metrics = word_set(book, "jurisdiction_metrics")
    said = f"{reading.team} {reading.body}"  # (a team tag says whose statement it is: 「観光課：」)
    # (a public body the writer hands something to is not the writer: 「許可申請、市役所に出す」)
    said = rx.sub(book.reading.get("submitted_to", "$^"), " ", said)
    if not metrics or names_any(said, tuple(word_set(book, "jurisdiction_words")), reading.lang):
        return candidates
    return [a for a in candidates if a.metric not in metrics]


def _names_thing(name: str, thing: str, lang: str) -> bool:
    """Whether a metric's name says the thing a statement's time is of (「市役所窓口の平均待ち時間」 says 「窓口」), by
    its last word in English or its last two characters in Japanese."""
    if lang == "ja":
        return thing[-2:] in name
    words = thing.lower().split()
    return bool(words) and find_whole(name.lower(), words[-1]) >= 0


def _surveyed_by(reading: Reading, metric: Metric) -> bool:
    """Whether a metric's name says what the survey itself is about (「住民満足度調査」: 住民満足度; "a staff wellbeing
    survey": the wellbeing score), by a word of the survey's own name; only what people say can be (a survey on car
    park charges does not measure the car park's occupancy)."""
    if not metric.perception:
        return False
    name = metric.name(reading.lang).lower()
    if reading.lang == "ja":
        survey = rx.sub(r"(?:アンケート調査|アンケート|調査)$", "", reading.object)
        return any(p in name for p in _pairs(survey))
    words = [w for w in rx.findall(r"[a-z]+", reading.object.lower()) if len(w) > 3 and w not in ("survey", "surveys")]
    return any(find_whole(name, w) >= 0 for w in words)


def _says_channel(opened: Angle, name: str, lang: str) -> bool:
    """Whether a metric's name says the new way in ("bookings made online" for "Let customers book appointments
    online"); a Japanese name must say the things that come through it too: 「オンラインで完結した行政手続の割合」
    names the channel but not 「定期利用の申込」, whose own share says it better (English names are general
    enough: bookings are appointments)."""
    if opened.words["channel"].lower() not in name:
        return False
    thing = opened.words["thing"]
    return lang != "ja" or any(p in name for p in _pairs(thing))


def _known_as(reading: Reading, candidates: list[Angle], book: Phrasebook) -> bool:
    """Whether the writer wants to be known as doing something ("Be known as the insurer that pays claims fairly")
    and the first metric only says being known or trusted (aided brand awareness), not what they would do."""
    first = _first_metric(candidates)
    known = rx.search(book.reading.get("known_as", "$^"), reading.core) is not None
    return known and (first is None or first.perception)


def _mass_brand_first(candidates: list[Angle], book: Phrasebook) -> bool:
    """Whether the first metric is a brand's awareness or consideration (reading.mass_brand_metrics), measured by a
    market survey: not what the people a trade serves would say of it ("Be the plumber people call first": asked of
    its customers)."""
    first = _first_metric(candidates)
    return first is not None and first.key in word_set(book, "mass_brand_metrics")


def _first_metric(candidates: list[Angle]) -> Metric | None:
    """The catalog metric of the first angle, or None when there is none or it counts an output."""
    return known_metrics().get(candidates[0].metric) if candidates else None


def _catalog_named_first(reading: Reading, candidates: list[Angle]) -> bool:
    """Whether the first candidate is a catalog metric the statement's own words name (see _named_first)."""
    return _first_metric(candidates) is not None and _named_first(reading, candidates)


def _placed(angle: Angle, candidates: list[Angle], *, second: bool) -> list[Angle]:
    """The candidates with an angle put first, or second when the first says the statement better."""
    return [*candidates[:1], angle, *candidates[1:]] if second else [angle, *candidates]


def suggestions_for(verdict: Verdict, n: int = 3) -> list[Suggestion]:
    """Return up to n measurable rewrites for a verdict, each from a different angle (none for a sharp key result)."""
    book = phrasebook(verdict.lang)
    reading = read(verdict)
    if verdict.label == "key_result":  # a key result always has a criterion the checks found (model.decision)
        return _sharpen(verdict, reading, book)[:n]
    if not any(ch.isalnum() for ch in reading.core):
        return []  # nothing but numbering, punctuation or emoji: nothing to rewrite
    kind = learning.kind_of(reading, book)
    # 「スティールバンドの練習に参加する」: the writer at the group's practices, not courses about it
    practice_joined = verdict.label == "task" and bool(
        rx.search(book.reading.get("practice_joined", "$^"), reading.core)
    )
    if practice_joined:
        kind = None
    if kind is not None and rx.search(book.reading.get("others_as_learners", "$^"), reading.core):
        kind = None  # 「子どもたちが自然と礼儀を身につける道場」: the children learn, not courses the writer takes
    if kind is not None and learning.topic_says_more(reading, kind, book):
        kind = None  # 「クライアントへの提案力を高める」: the proposals' win rate says it, not courses about it
    # an objective's schedule word describes what it wants (「毎日使いたくなるアプリ」), it is not a routine
    # (but a habit the writer wants to form is a routine, whatever the label: "Get in the habit of stretching")
    formed = rx.match(book.reading.get("habit_to_form", "$^"), reading.body) is not None
    habit = reading.habit if verdict.label == "task" or formed else ""
    if kind is not None and habit and rx.search(book.reading.get("habit_in_purpose", "$^"), reading.body):
        habit = ""  # "learn pivot tables to speed up the monthly expense reports": the reports are monthly
    routine = None
    drilled = verdict.label == "task" and not habit and reading.verb in word_set(book, "drill_verbs")
    # (a skill with its own measure keeps it: "Practice my serve" is serves landed)
    if kind is not None and drilled and learning.angles(reading, kind, book)[0].metric in COURSE_METRICS:
        routine = cued_routine(reading, book)
    if routine is not None:  # "practice kicking w/ a float board after work": a practice kept up, not courses
        reading, habit = routine, routine.habit
    kept = kept_record(reading, book) if kind is None else None
    if kept is not None:  # "keep the cellar temperature log": filled in day by day, whatever it is labelled
        reading, habit = kept, kept.habit
    if kind is not None and habit:  # 「毎日30分英語を勉強する」: the habit first, then what it builds
        learned = learning.angles(reading, kind, book)
        if routine is not None:  # a practice kept up: courses about it say nothing of it
            learned = [a for a in learned if a.metric not in COURSE_METRICS]
        candidates = habit_angles(reading, book)[:2] + learned
    elif kind is not None:
        candidates = learning.angles(reading, kind, book)
        served = (
            reason_quantity_angle(reading, book)
            or taken_on_angle(reading, book)
            or purpose_done_angle(reading, book, _course_taken(kind, candidates))
        )
        if served is None and not rx.search(book.reading.get("not_ended_by_learning", "$^"), reading.reason):
            served = stopped_angle(reading, book)  # (not how the writer is: "... so I stop sounding the same")
        if served is not None:  # 「講師研修でコーチングを学びたい→退塾を減らすため」: what it is for, first; so is
            # the trouble it answers ("Learn hydraulic brake bleeding properly, too many bikes coming back") and
            # what it ends ("... so we stop sending EV customers back to the dealer")
            candidates = [served, *candidates]
        language = next((a.words["language"] for a in candidates if a.words.get("language")), "")
        spoken = spoken_use_angle(reading, book, language) if language else None
        if kind.name == "language" and spoken is not None:  # "... so we can brief the groups from Madrid without a
            # translator": that work done in the language, before an exam that tests other things
            candidates = [spoken, *candidates]
        alone = alone_angle(reading, book)
        if alone is not None:  # "Teach myself to tune the fiddle": done unaided, not courses about it
            candidates = [alone, *(a for a in candidates if a.metric not in COURSE_METRICS)]
        taught = taught_angle(reading, book) if kind.name != "language" else None
        if taught is not None:  # "Learn koji making from Takeda-san": practised alongside them, not online courses;
            # the skill is named without its teacher in the angles that follow
            topic = taught.words["topic"]
            candidates = [taught] + [
                replace(a, words={**a.words, "subject": topic}) if a.words.get("subject", "").startswith(topic) else a
                for a in candidates
                if a.metric not in COURSE_METRICS
            ]
    elif habit:
        candidates = habit_angles(reading, book)
        served = _served_by_routine(reading, verdict.label, book)
        if served is not None:  # 「毎朝の朝礼でKYTをやる」: the work routine's own metric first, the rate second
            candidates = [served, *candidates]
    else:
        candidates = time_angles(reading, book) + _time_back_first(
            reading, business_angles(reading, verdict.label, book), book
        )
        candidates = _class_first(reading, candidates, book)
        promoted = promoted_angle(reading, book) if verdict.label == "task" else None
        if promoted is not None:  # 「SNSでメンテ教室の告知をする」: the sign-ups it brings, not followers or engagement
            candidates = [promoted, *candidates]
        opened = channel_angle(reading, verdict.label, book)
        if opened is not None:  # a new way in: the share that comes through it, before a metric that only shares
            # a word with it (「見積依頼をLINEで受け付ける」 is not measured by the insurance premium)
            first = _first_metric(candidates)
            said = first is not None and _says_channel(opened, first.name(reading.lang).lower(), reading.lang)
            candidates = _placed(opened, candidates, second=said)
        trained = trained_angle(reading, verdict.label, book)
        if trained is not None:  # "Train bar staff on X": the share of them signed off, not "Train 3 bar staff";
            # second to an outcome the training's words call strongly ("... on the new sepsis protocol": sepsis
            # screening within the hour), first before a metric that only shares a word with it
            first = _first_metric(candidates)
            # (a count of the sessions themselves, 「勉強会を2回ひらく」, is no outcome, nor a count of courses the
            # writer would take: 「新人向けにExcel講座をやる」 runs it, 修了した講座の数 does not measure it)
            outcome = (
                first is not None
                and first.domain != "people"
                and first.key not in word_set(book, "broad_training_metrics")
                and not (first.domain == "skills" and first.unit == "count")
                and candidates[0].shape != "count_output"
                and _named_first(reading, candidates)
            )
            # a course the group is sent to is done when they have completed it, before anything it may move
            candidates = _placed(trained, candidates, second=outcome and not trained.words.get("course"))
        ran = survey_run_angle(reading, book) if verdict.label == "task" else None
        if ran is not None:  # "run a survey on cafeteria prices": its answers first, then what they may move; after
            # a response rate the catalog names for it ("Send a survey to parents": the parent survey response rate)
            # and after a metric the survey's own words name (「住民満足度調査」: resident satisfaction itself)
            first = _first_metric(candidates)
            rate = first is not None and any(w in first.name(reading.lang).lower() for w in ("response", "回答"))
            named = first is not None and _surveyed_by(reading, first)
            candidates = _placed(ran, candidates, second=rate or named)
        each = after_each_angle(reading, book) if verdict.label == "task" else None
        if each is not None:  # "review VODs after every official match": the share of matches it follows, first
            candidates = [each, *candidates]
        chosen = choice_angle(reading, book) or (quotes_angle(reading, book) if verdict.label == "task" else None)
        chosen = chosen or (tidied_angle(reading, book) if verdict.label == "task" else None)
        if chosen is not None:  # "research composting toilet vs cassette": the two compared and one chosen, first; so
            # are quotes for something to buy ("Get quotes for a second van"), and a storage place put in order
            # (「物置を片づける」: everything in it given a labelled spot)
            candidates = [chosen, *candidates]
        # something looked into before taking it up ("Look into electric karts"): decided on, after a metric its
        # words name (「外来の待ち時間を調べる」: the wait itself); options compared and one chosen say it already
        compared = any(a.metric == "output:options compared" for a in candidates)
        decided = decided_angle(reading, book) if verdict.label == "task" and not compared else None
        if decided is not None:  # (not after one's own workouts: "Look into adding a sunrise yoga class")
            own = _own_first(candidates, book)
            candidates = _placed(decided, candidates, second=_catalog_named_first(reading, candidates) and not own)
        offered = started_offer_angle(reading, book)  # (a task or, as read, an objective: "Start selling X")
        if offered is not None:  # "Start selling our wool direct to hand spinners": customers paying for it, before
            # a shop's whole sales; after a metric its words name ("Start selling my prints on Etsy": prints sold)
            first = _first_metric(candidates)
            named = first is not None and _names_thing(first.name(reading.lang), offered.words["item"], reading.lang)
            candidates = _placed(offered, candidates, second=named)
        routed = routed_angle(reading, book) if verdict.label == "task" else None
        if routed is not None:  # "set up a quarantine system for new arrivals": all of them through it, after a
            # metric its words name
            candidates = _placed(routed, candidates, second=_catalog_named_first(reading, candidates))
        # first, each before the ones already found (the later one first): "Get our salted butter into local delis",
        # the delis that stock it (read as an objective too: "Get our cider into more pubs"); "Map out a new evening
        # lights route", run with booked guests once open; "Do my grade theory workbook", every chapter done and
        # checked; "Get comfortable tuning the charango by himself" (an objective too), done with no help in a row
        for made, tasks_only in (
            (stocked_angle, False),
            (toured_angle, True),
            (worked_angle, True),
            (alone_angle, False),
        ):
            found = made(reading, book) if verdict.label == "task" or not tasks_only else None
            if found is not None:
                candidates = [found, *candidates]
        translated = translated_angle(reading, book) if verdict.label == "task" else None
        if translated is not None:  # "Translate the kiln trail leaflet into Japanese": published, checked and used;
            # second to a metric its words name when it says what it is for (「英語の営業資料を用意したい（海外展開の
            # ため）」: overseas sales)
            said_why = bool(reading.reason or reading.link)
            # (and to a count of the texts themselves: "translate my grandmother's recipes into english" is the
            # family texts translated and checked, not a publication)
            first = _first_metric(candidates)
            texts = first is not None and first.domain == "language" and first.unit == "count"
            # (nor a set of signs a share says: "Translate the museum signage into Spanish", 「案内表示を多言語化」)
            second = (
                texts or bool(translated.words["signs"]) or (said_why and _catalog_named_first(reading, candidates))
            )
            candidates = _placed(translated, candidates, second=second)
        pitched = pitched_angle(reading, book) if verdict.label == "task" else None
        if pitched is not None:  # "Pitch a drone show collab to the city council": agreed to by the council, before
            # the leads or followers its words call
            candidates = [pitched, *candidates]
        enforced = enforced_angle(reading, book) if verdict.label == "task" else None
        if enforced is not None and rx.search(book.reading.get("enforced_first", "$^"), enforced.words["thing"]):
            # 「ホイールナット締め付けのダブルチェックを徹底する」: a check kept every time, before a metric that only
            # shares a word with it (analysis code checked)
            candidates = [enforced, *candidates]
        restocked = restocked_angle(reading, book) if verdict.label == "task" else None
        if restocked is not None:  # "Restock hinoki fans before Gion Matsuri": never out of them after
            candidates = [restocked, *candidates]
        signs = signed_angle(reading, book)  # (read as an objective too: "Put up speed guidance signs")
        if signs is not None:  # every sign in place and checked; second to a metric the statement's words name
            # ("Install 20mph signage across Ward 4" is for fewer road casualties)
            candidates = _placed(signs, candidates, second=_catalog_named_first(reading, candidates))
        # 「蹄鉄の交換スケジュールを作る」: the work done on its dates, not the schedule used; after an outcome the
        # scheduled work is for (reading.schedule_outcome_metrics: "a preventive maintenance schedule for the presses"
        # is less downtime)
        scheduled = scheduled_angle(reading, book) if verdict.label == "task" else None
        if scheduled is not None:
            first = _first_metric(candidates)
            outcome = first is not None and first.key in word_set(book, "schedule_outcome_metrics")
            candidates = _placed(scheduled, candidates, second=outcome)
        logged = logged_angle(reading, book) if verdict.label == "task" else None
        if logged is not None:  # 「水質チェックの結果をアプリに記録するようにする」: all of them kept there, before any
            # metric that only shares a word with it (code reviewed before results are shared)
            candidates = [logged, *candidates]
        ordered = put_in_order_angle(reading, book) if verdict.label == "task" else None
        if ordered is not None:  # "sort out the wetsuit rental rack": everything with a labelled place, after a
            # metric its words name ("Tidy up the stockroom": the time to fetch an item from it)
            candidates = _placed(ordered, candidates, second=_catalog_named_first(reading, candidates))
        written = documented_angle(reading, book) if verdict.label == "task" else None
        if written is not None:  # 「シーツ交換の手順をマニュアル化する」: followed unaided from it, before a general
            # share of documented processes or a number of readers; after a metric of the work itself ("Document
            # the month-end close process": the close's days)
            first = _first_metric(candidates)
            general = first is None or first.key in word_set(book, "documented_generic")
            # (a metric that only shares a word with it is no metric of the work: "the harness inspection checklist"
            # is not the housekeeping inspection)
            of_work = not general and candidates[0].shape != "single" and _catalog_named_first(reading, candidates)
            candidates = _placed(written, candidates, second=of_work)
        said_time = said_time_angle(reading, book)
        if said_time is not None:  # "Shorten how long bikes sit waiting for repair in peak season": that time, first
            # (a noun phrase second to a metric the statement's words name: "Faster restoration after outages")
            timed, whole, thing = said_time
            first = _first_metric(candidates)
            # 「外来の待ち時間を短くしたい」: second to a metric that names 外来; 「弓の毛替えの待ち時間」 first
            if thing:
                whole = first is None or not _names_thing(first.name(reading.lang), thing, reading.lang)
            candidates = _placed(timed, candidates, second=not whole and _named_first(reading, candidates))
        timely = timely_angle(reading, book) if verdict.label == "task" else None
        if timely is not None:  # "get transcripts up on the website same day": the share done in that time, first
            candidates = [timely, *candidates]
        grown = grown_angle(reading, book)
        if grown is not None:  # "Grow our donor community": the number of donors, before a metric that only shares a
            # word with it (a bank's customer deposits for "Grow our customer base"); after one whose name says them,
            # or a count of people the writer's own words call ("player base": weekly active users)
            first = _first_metric(candidates)
            named = first is not None and (
                said_by_metric(grown.words.get("group") or grown.words["line"], first.name(reading.lang))
                or (first.unit == "count" and _named_first(reading, candidates))
            )
            others = [a for a in candidates if a.shape != "own_change"]  # "Get our donors 20% above ...": the same
            candidates = _placed(grown, others, second=named)
        sold = sold_more_angle(reading, book)
        if sold is not None:  # "Sell more of our own ostrich meat direct": its sales on last quarter's, not "Sell 12
            # pretzels"; after a metric its words name
            others = [a for a in candidates if a.shape != "count_output"]
            candidates = _placed(sold, others, second=_catalog_named_first(reading, others))
        problem = reason_quantity_angle(reading, book, purposes_only=verdict.label != "task")
        if problem is not None and not _says_it_already(problem, candidates, reading):
            # "... because there are too many mis-picks": fewer of them, before what the action's own words call
            # (「配送ミスが多いので、ダブルチェックの手順を入れる」 was judged by analysis code reviewed); a task that
            # itself moves a quantity (「荷待ち時間を短くしたい」) is measured by that quantity first
            candidates = [problem, *candidates]
        broke = breaking_angle(reading, book)
        if broke is not None:  # "..., they keep breaking": no breakdown after it, before what its other words call
            candidates = [broke, *candidates]
        candidates = quality_kept(reading, verdict.label, candidates, book)  # "Safer loading docks": harm, not trucks
        candidates = _within_jurisdiction(reading, candidates, book)
        joint = relationship_angle(reading, book) if verdict.label == "objective" else None
        # 「曇りの日でも楽しめるツアーにしたい」: a state wished for, read as a task, with nothing else to measure it
        wished_state = verdict.label == "task" and reading.wished and not candidates
        wished_state = wished_state and rx.search(book.reading.get("state_wished", "$^"), reading.core) is not None
        if (verdict.label == "objective" or wished_state) and (
            not _named_first(reading, candidates)
            or _personal_for_others(reading, candidates, book)
            or rx.search(book.reading.get("felt_by_others", "$^"), reading.core) is not None
            or _known_as(reading, candidates, book)
            or _mass_brand_first(candidates, book)
        ):
            # how people find something, asked of them, before a metric that only shares a word with it; how the
            # writer feels, rated by the writer
            asked = survey_angle(reading, book) or selfcheck_angle(reading, book)
            if asked is None and joint is not None and candidates and not _says_statement(reading, candidates[0]):
                asked = joint  # "Deepen our relationship with X": joint work with X, not a metric of something else
            candidates = [asked, *candidates] if asked is not None else candidates
        gathered = gathered_angle(reading, book) if verdict.label == "objective" else None
        if gathered is not None:  # 「地域の手芸好きが集まる場所になる」: those who come back every month, before the
            # writer's own hobby or a survey
            candidates = [gathered, *candidates]
        reached = reached_angle(reading, book)
        if reached is not None:  # 「狂言の笑いを若い世代に届ける」: those it reaches come, or say it came across; after
            # a metric its words name
            candidates = _placed(reached, candidates, second=_catalog_named_first(reading, candidates))
        relied = relied_angle(reading, book)
        if relied is not None:  # "Become someone the team leans on again": how often they come to the writer for help,
            # not a survey of the team about the writer
            candidates = [relied, *(a for a in candidates if a.shape not in ("survey", "selfcheck"))]
        felt = felt_angle(reading, book) if verdict.label == "objective" and candidates else None
        if felt is not None and felt not in candidates:
            first = _first_metric(candidates)
            # (the trust the writer names, "the trusted advisor for regional banks", "trust in our forecasts", before
            # any catalog perception metric too: the catalog's trust is of other things, senior leadership or the
            # council)
            # (in Japanese only before a brand metric, which counts being known, not trusted: 「荷主から信頼される物流」
            # is shown by deliveries on time, 「監査法人から信頼される経理チーム」 by fewer audit adjustments)
            # (and before any metric, a place those who might hold back find easy, 「一人客でも気軽に来られる店」,
            # whom the catalog's perception metrics do not ask)
            held_back = asks_who_holds_back(felt)
            # (nor is a trade trusted shown by someone's own home or health: 「薪ストーブユーザーに頼られる煙突屋」 is
            # not their heating bill)
            personal = _own_first(candidates, book)
            mine = reading.lang == "en" or first is None or first.domain == "marketing" or held_back or personal
            # (in Japanese a mass-market brand metric is no measure of a place its own people trust: 「飼い主さんから
            # 信頼されるお店」 asks them)
            brand = reading.lang == "ja" and first is not None and first.domain == "marketing"
            if mine and (first is None or not first.perception or asks_their_trust(felt) or held_back or brand):
                # "Make the museum a place visitors feel welcome": what they feel, asked of them, before a
                # metric of the place (its visitor numbers); a perception metric of the catalog says it already
                candidates = [felt, *candidates]
        fallback = None if candidates else learning.fallback_kind(reading, verdict.label, book)
        if fallback is not None:  # no metric fits, but it names a skill: coach it as learning
            candidates = learning.angles(reading, fallback, book)
        # nothing names a metric: the last resorts, each tried only when the ones before found nothing
        reading, candidates = last_resorts(verdict.label, reading, candidates, joint, book)
        if not candidates and verdict.label == "task":  # "try kiln fused glass so we can sell fused pieces in the
            # shop": nothing else measures it, the work it is for done a few times does
            served = taken_on_angle(reading, book) or purpose_done_angle(reading, book)
            candidates = [served] if served is not None else []
        taught = taught_angle(reading, book)
        if taught is not None:  # 「だし巻き卵を料理長から教わる」, read as no learning: taught all the same
            candidates = [taught, *candidates]
        printed = printed_angle(reading, book) if verdict.label == "task" else None
        if printed is not None:  # "Redo the pre-planning brochure": copies handed out and the replies they bring,
            # before a count of the flyers themselves; after a catalog metric, even one a last resort found
            # (「新メンバー募集のチラシ」: the members who joined)
            at = next((i + 1 for i, a in enumerate(candidates) if a.metric in known_metrics()), 0)
            candidates = [*candidates[:at], printed, *candidates[at:]]
    if practice_joined:  # the practices the writer turns up to, before what the group's practice may move
        candidates = [participation_angle(reading, book), *candidates]
    # 「漆喰の講習を受けて、古民家リフォームの仕事を取れるようにしたい」: those jobs won, not home projects
    won = work_won_angle(reading, book) if verdict.label == "task" else None
    if won is not None:
        candidates = [won, *candidates]
    # (「マーシャル向けに救命講習を受ける」: a group's course, the share of it that completed it)
    group_course = any(a.shape == "trained" for a in candidates)
    certified = certified_angle(reading, book) if verdict.label == "task" and not group_course else None
    animal = animal_trained_angle(reading, book)
    if animal is not None:  # 「若い犬に伏せを教える」: the cue answered, not sessions held or people signed off
        candidates = [animal, *(a for a in candidates if a.metric not in COURSE_METRICS)]
    permit = permit_angle(reading, book) if verdict.label == "task" else None
    if permit is not None:  # "Renew the busking permit before it lapses": the permit in hand, first
        candidates = [permit, *candidates]
    if certified is not None:  # "Take the chainsaw safety refresher": passed and its certificate held, before the
        # share of all staff with current training or 「学んだことを実務3件に活かす」
        candidates = [certified, *candidates]
    spoken = spoken_use_angle(reading, book, "") if kind is None else None
    if spoken is not None:  # 「お茶の淹れ方を外国人のお客様に英語で説明できるようになりたい」: that work done in the
        # language, before a share of enquiries handled in it
        candidates = [spoken, *candidates]
    tasted = tasted_angle(reading, book) if verdict.label == "task" else None
    if tasted is not None:  # 「減塩味噌の試作をしたい」: tasted by customers and kept if they want it again, before a
        # share of orders of a dish that is not on the menu yet
        candidates = [tasted, *candidates]
    played = performance_angle(reading, book) if verdict.label == "task" else None
    if played is not None:  # "Play for grandma at the New Year party": pieces played through for her, first
        candidates = [played, *candidates]
    notation = notation_angle(reading, book) if verdict.label in ("task", "objective") else None
    if notation is not None:  # "Learn to read bass clef": new pieces read at sight, not "Read bass clef 5 times" or
        # courses about it
        candidates = _instead_of_learning([notation], candidates)
    taught_as = kind is None or kind.name in book.reading.get("piece_over_kinds", ())
    pieces = piece_angles(reading, book) if verdict.label == "task" and taught_as else []
    if pieces:  # 「来月の発表会に向けてFly Me to the Moonを仕上げる」: played through, not a document finished
        candidates = _instead_of_learning(pieces, candidates)
    # how the writer plays replaces what nothing better found: learning angles or the writer's own rating; the writer's
    # own music metrics when a quality is named ("Play with a warmer tone on the cello" is that tone scored, not
    # practice hours); anything but a routine when only music has the words (「低音パートで頼られる」: not mentoring;
    # 「ロングトーン練習を毎日」: the routine first). Its patterns are read only where one of these can hold.
    learning_only = all(a.shape == "learning" or a.shape.startswith("selfcheck") for a in candidates)
    own_music = all(a.metric.startswith("creative.") for a in candidates)
    kept_up = any(a.shape.startswith("habit") for a in candidates)
    heard = not kept_up and music_only(reading, book)
    # (an exam or a language learned says more than how one plays: "Practise scales for the Grade 5 piano exam")
    may_play = taught_as and not (pieces or notation or played) and (learning_only or own_music or heard)
    playing = playing_angles(reading, book, verdict.text) if may_play else []
    said_more = bool(playing) and playing[0].metric == "output:teacher's score"
    if playing and (learning_only or heard or (said_more and own_music)):
        # "Play with a sweeter high register", 「ビブラートをきれいにかけられるようになる」: a recording the teacher
        # scores, the set played through at rehearsals, practice kept up
        candidates = _instead_of_learning(playing, candidates)
    # whatever found them, the writer's own body and home do not measure someone else's ("people who downloaded the
    # free meal plan" are not the writer's dinners, 「走行距離と売上を記帳」 not the writer's runs)
    candidates = [a for a in (for_whom(a, reading, book) for a in candidates) if a is not None]
    if reading.verb in word_set(book, "watched_verbs"):  # 「上級者のそば打ち動画を見る」: videos watched are not
        produced = word_set(book, "produced_metrics")  # ones published (a count of videos watched stays)
        candidates = [a for a in candidates if a.metric not in produced or a.shape == "count_output"]
    out: list[Suggestion] = []
    for angle in _pick(candidates, n):
        s = _render(verdict, reading, angle, book)
        if s.text not in {o.text for o in out}:
            out.append(s)
    return out
