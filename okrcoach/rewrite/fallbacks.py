"""The last resorts of a rewrite: what is tried, in order, when no metric the statement names and no counted
output fits (a metric named in passing, a topic's words in another order, misspelt or said as an adjective, the
writer's own taking part, joint work, a routine its cue says, a Japanese phrase's words in order). Each is tried
only when the ones before found nothing; the words each reads are data in lang/<lang>/rewrite.toml and the
catalog's topics.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .. import rx
from ..tokens import tokenize
from .angles import (
    Angle,
    action_change_angle,
    bug_fixed_angle,
    business_angles,
    coverage_words,
    habit_angles,
    inspected_angle,
    long_action,
    mended_angle,
    metric_angle,
    must_do,
    own_change_angle,
    own_share_angle,
)
from .catalog import catalog as known_metrics
from .counted import group_covered_angle, sessions_counted_angle
from .cues import cued_routine
from .matching import named_anywhere, scored, vetoed
from .morphology import gerund, is_plural_head, is_plural_word, object_head, plural_of
from .participation import joining, on_stage, one_off, participation_angle, personal_metric, taking_part
from .phrasebook import Phrasebook, word_set
from .reading import Reading, core_match, without_sentence_capital
from .topics import lemma_match, loose_match, nominal_match, respelled, respelled_match, written_match
from .wholeword import find_whole
from .whose import for_whom

if TYPE_CHECKING:
    import re

    from .catalog import Metric

__all__ = ["last_resorts", "after_each_angle", "survey_run_angle"]


def _last_resort(
    reading: Reading, label: str, book: Phrasebook, metrics: list[Metric], *, keeps_action: bool = True
) -> list[Angle]:
    """Angles for metrics found when nothing else fits: one the statement names by a long phrase outside what
    its verb acts on, its reason too ("Refresh the outbound emails because reply rates are sliding"), or a
    topic whose phrase's words stand in it in another order ("Make our research reproducible"). A task keeps
    its action before the metric, unless the reader cut it down past its topic (keeps_action=False)."""
    out: list[Angle] = []
    for metric in metrics:
        if keeps_action and label == "task" and reading.verb and not long_action(reading):
            out.append(action_change_angle(metric, reading, book))
        else:
            out.append(metric_angle("change", metric, reading, book, own=False, starts=label != "objective"))
    # the writer's own body and home measure nobody else's: such a metric leaves room for the next last resort
    # ("Faster turnaround for our dentists" is not the writer's flossing but the time to it)
    return [a for a in out if for_whom(a, reading, book) is not None]


def _says_verb(reading: Reading, phrase: str) -> bool:
    """Whether a Japanese topic phrase holds the statement's own verb (「ピアノ再開」 of 「ピアノ再開したい」,
    「写真撮り」 of 「写真撮り直し」): the action is then the topic itself, not a step before its metric."""
    return reading.lang == "ja" and bool(reading.verb) and reading.verb[:2] in phrase


def _verbal_noun_angles(reading: Reading, label: str, book: Phrasebook) -> list[Angle]:
    """「週末にランニングする」: a Japanese verbal noun as the topic when nothing else names one, only through
    metrics that name the doing itself (「デプロイ」 in 「本番デプロイ回数」)."""
    from ..lang.ja.reading import with_topical_verb  # here: lang.ja.reading imports this package

    topical = with_topical_verb(reading, book)
    if topical is None:
        return []
    known = known_metrics()
    return [
        a
        for a in business_angles(topical, label, book)
        if a.metric in known and any(reading.verb in w for w in (known[a.metric].ja, *known[a.metric].words_ja))
    ]


def last_resorts(
    label: str, reading: Reading, candidates: list[Angle], joint: Angle | None, book: Phrasebook
) -> tuple[Reading, list[Angle]]:
    """Return the reading (a routine's, when its cue made one) and the angles after the last resorts, for a task
    or objective whose named metrics and outputs gave candidates (possibly none)."""
    if not candidates:  # the last resorts: a metric named in passing, a topic's words in another order or
        # with the writer's intensifiers left out and misspellings put right
        candidates = _last_resort(reading, label, book, named_anywhere(reading)[:2])
    for last in (loose_match, respelled_match, written_match, nominal_match):
        if not candidates:
            found = last(reading)
            metrics = [known_metrics()[k] for k in found[0].metrics[:2]] if found else []
            # "Start running again", read as "Run again": the action kept would say less than the metric; and
            # 「ピアノ再開したい」 said by 「ピアノ(を)再開」 has no action left besides what the phrase says
            keeps = last is not written_match and not (found and _says_verb(reading, found[1]))
            candidates = _last_resort(reading, label, book, metrics, keeps_action=keeps)
    for nouns in (False, True):  # "Increase brand awarness": the metric its words name once put right;
        # "Safer job sites": once its quality is read as a noun
        second = respelled(reading, nouns) if not candidates else None
        if second is not None:
            put_right = [m for _, named, m in scored(second) if named] or named_anywhere(second)
            candidates = _last_resort(reading, label, book, put_right[:2], keeps_action=False)
    if label == "task" and joining(reading, book):
        # the writer's own taking part, not the organisation's figures ("Sign up for a pottery class at the
        # community centre" is not measured by the centre's bookings)
        own = [a for a in candidates if personal_metric(a.metric, book)]
        if on_stage(reading, book):  # a recital one plays in: not the music school's trial lessons
            candidates = [participation_angle(reading, book)]
        elif own or taking_part(reading, book) or (candidates and not one_off(reading, book)):
            candidates = own or [participation_angle(reading, book)]
    if not candidates and joint is not None:  # nothing else: joint work shows a relationship
        candidates = [joint]
    if not candidates:  # a metric its phrase names that the other words turned away, as a figure of speech
        candidates = _last_resort(reading, label, book, list(vetoed(reading)[:1]))
    if not candidates and reading.lang == "ja":
        candidates = _verbal_noun_angles(reading, label, book)
    # "read to the kids before bed": nothing else measures it, its cue says a routine; "Review Security+ flashcards
    # on the bus to work": kept up, before "Review 5 flashcards"
    counted = bool(candidates) and candidates[0].shape == "count_output" and candidates[0].metric.startswith("output:")
    routine = cued_routine(reading, book) if label == "task" and (counted or not candidates) else None
    if routine is not None:
        reading, candidates = routine, habit_angles(routine, book) + candidates
    found = lemma_match(reading) if not candidates else None
    if found is not None:  # 「若手がどんどん育つ」: a topic phrase's words in the same order, others between
        metrics = [known_metrics()[k] for k in found[0].metrics[:2]]
        candidates = _last_resort(reading, label, book, metrics, keeps_action=not _says_verb(reading, found[1]))
    # the writer's own ratio ("Improve on-time turnarounds at the outstations"); more of a countable thing, up from
    # last quarter's ("Book more school visits"); the thing wanted less of ("Have a calmer year with fewer rush
    # jobs"); a task's things moved over, done when all are (「ドライバーの点呼をIT点呼に切り替える」)
    # a thing repaired, done when it stays fixed (「乾燥機を修理する」); a task done so something stops; a bug fixed
    shapes = [
        own_share_angle,
        _more_of,
        _fewer,
        _own_quantity,
        _said_time_only,
        _faster,
        enforced_angle,
        *([_moved_over, bug_fixed_angle, mended_angle, inspected_angle, stopped_angle] if label == "task" else []),
        # "Sign up new hires for the food handler class": all of them; "Run sectionals for the brass": 4 of them
        *([group_covered_angle, sessions_counted_angle] if label == "task" else []),
    ]
    for shape in shapes:
        angle = shape(reading, book) if not candidates else None
        if angle is not None:
            candidates = [angle]
    return reading, candidates


def _every_time(template: str, every: bool) -> str:
    """An English occasion template kept on all of the occasions when what is done must not be skipped."""
    return template.replace("{target:90%} of", "all") if every else template


def after_each_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A routine kept after (or before) each occasion of something ("review VODs after every official match",
    「スクリム後の振り返りを毎回やる」), as the share of those occasions it follows (read by the language's pattern,
    reading.after_each)."""
    core = reading.core.strip(" .。")
    patterns = [
        book.reading.get(k, "") for k in ("after_each", "after_occasion", "each_time", "after_done", "each_occasion")
    ]  # 「体験レッスンのあと…」, "… every shift"
    m = next((m for p in patterns if p and (m := rx.match(p, core)) is not None), None)
    if m is None:
        return None
    # (reading.made_each_time: 「連絡を入れる」 after each lesson is a call made each time, not a thing installed once)
    once = (word_set(book, "starting_verbs") | word_set(book, "setting_up_verbs")) - word_set(book, "made_each_time")
    if m.groupdict().get("whenever") and reading.verb not in once:
        # "Open the spare till whenever a sailing's delayed": done again each time ("Set up text alerts when orders
        # are ready" is set up once)
        action = m.group("action")
        words = {"Action": action[:1].upper() + action[1:], "event": m.group("whenever")}
        said = _every_time(book.templates["each_time"], must_do(reading, book, action))
        return Angle("coverage", said, f"output:share of times {words['event']}", words)
    if m.groupdict().get("whenever") or reading.verb in once or (not reading.verb and _noun_first(reading)):
        return None  # "Set up a feedback form after each handoff" is set up once; a noun alone keeps nothing
    groups = {k: v.strip() for k, v in m.groupdict().items() if v}
    # 「巡回のたびに」 names its occasion in event2, 「稽古の後は毎回」 in event3
    event = groups.get("event") or groups.get("event2") or groups.get("event3", "")
    if rx.search(book.reading.get("after_each_periods", "$^"), event) and not groups.get("on_each"):
        return None  # "bondholder calls after each quarter": a period, kept up as a routine instead
    if reading.lang == "en":
        action = groups["action"]
        events = event if groups.get("event2") else _plural_phrase(event, book)  # "after sessions": plural already
        # ("... once the job's done": after each of them)
        words = {
            "Action": action[:1].upper() + action[1:],
            "events": events,
            "when": groups.get("when", "on" if groups.get("on_each") else "after").lower(),
        }
        # (a check before each lesson: before all of them; "check the lift before matinees": the occasion says so)
        checked = f"{action} {words['when']} {event}"
        said = _every_time(book.templates["after_each"], must_do(reading, book, checked))
        return Angle("coverage", said, f"output:share of {words['events']} followed", words)
    verb = book.reading.get("formal_verbs", {}).get(groups["verb"], groups["verb"])  # 「やる」 -> 「行う」
    when = (groups.get("when") or groups.get("when2") or groups.get("when3", "")).removeprefix("の")
    # 「毎回、作業前に」: before each; 「巡回のたびに」: each time; 「リハの最初に」: at the start of each; else
    # after each
    template = {"前": "before_each", "たび": "each_time", "最初": "at_start_each", "始め": "at_start_each"}.get(
        when, "after_each"
    )
    template = template if template in book.templates else "after_each"
    weather = book.reading.get("weather_occasions", {})
    if event in weather:  # 「雨のあと」: the days it rained, checked the same day
        event, template = weather[event], "after_weather"
    if not verb.endswith(tuple("うくすつぬぶむるぐ")):
        verb += "する"  # 「点検・記録」: the noun a sheet leaves without its する
    words = {"event": event, "thing": groups["thing"], "verb": verb}
    every = must_do(reading, book, groups["thing"] + verb)  # the check done, not the occasion (「点検後のアンケート」)
    said = book.templates[template]
    said = said.replace("の{target:90%}以上で", "のすべてで") if every else said  # 「作業のすべてで」
    return Angle("coverage", said, f"output:share of {event} followed", words)


def survey_run_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A survey the writer runs ("run a survey on cafeteria prices", 「メニューアンケートを実施する」), as the
    answers it gathers: a survey's own result is its responses (reading.survey_words; the verbs that run one,
    survey_run_verbs)."""
    words = word_set(book, "survey_words")
    if not words or "survey_run" not in book.templates or not reading.object:
        return None
    if reading.verb not in word_set(book, "survey_run_verbs"):
        return None
    obj = reading.object if reading.lang == "ja" else object_head(reading.object, book).lower()
    if not any((obj.endswith(w) if reading.lang == "ja" else find_whole(obj, w) >= 0) for w in words):
        return None
    if any(find_whole(reading.object.lower(), w) >= 0 for w in word_set(book, "not_questionnaires")):
        return None  # "the survey of the site before the excavation": land surveyed, nobody asked
    filled = {**coverage_words(reading), "action": reading.action}
    return Angle("count_output", book.templates["survey_run"], "output:survey responses", filled)


def _noun_first(reading: Reading) -> bool:
    """Whether an English core with no verb the reading knows opens on a noun ("Lessons learned workshop ...",
    "bondholder calls ..."), not on a verb it does not know ("Wipe down the mats ...", "reveiw VODs ...")."""
    if reading.lang != "en":
        return False
    toks = tokenize(reading.core, "en").tokens
    first = toks[0].surface.lower() if toks else ""
    plural = first.endswith("s") and not first.endswith("ss")
    return plural or (len(toks) > 1 and toks[1].pos == "VERB")


def _plural_phrase(phrase: str, book: Phrasebook) -> str:
    """An English noun phrase with its last word in the plural ("official match" -> "official matches")."""
    words = phrase.split()
    if not words or is_plural_word(words[-1], book):
        return phrase
    return " ".join([*words[:-1], plural_of(words[-1])])


def _moved_over(reading: Reading, book: Phrasebook) -> Angle | None:
    """A task that moves something over to a new way (「議事録をNotionに移す」), as the share of it moved:
    Japanese marks no plural, so only when nothing else measured it; not a version (「React 18」) or a way of working
    (「…体制へ移行」), which no share of is moved."""
    if reading.lang != "ja":
        return _switched_to(reading, book)
    if reading.verb not in word_set(book, "moving_over_verbs") or not reading.object:
        return None
    obj = reading.object
    if any(ch.isdigit() for ch in obj) or obj.endswith(tuple(word_set(book, "not_moved_over"))):
        return None
    if not reading.core.startswith(obj + "を"):
        return None
    return Angle("coverage", book.templates["coverage_any"], f"output:share of {obj} done", coverage_words(reading))


def _switched_to(reading: Reading, book: Phrasebook) -> Angle | None:
    """An English switch to a new way for a named line of work, with nothing moved named ("Switch to water-based
    lacquer for the oak line"), as the share of that line done the new way (read by reading.switched_to); a body of
    work migrated onto a new system ("Migrate log ingestion to the new pipeline") or off an old one ("migrate
    clients off the legacy spreadsheet intake"), as the share of it moved."""
    core = reading.core.strip(" .")
    # a switch for a line of work; a body of work migrated onto a new system (reading.migrated)
    for key, template in (("switched_to", "switched_over"), ("migrated", "migrated_over"), ("moved_off", "moved_off")):
        pattern = book.reading.get(key, "")
        m = rx.match(pattern, core) if pattern and template in book.templates else None
        if m is None:
            continue
        way = m.groupdict().get("new") or m.groupdict().get("old") or ""  # the new way, or the old one left
        if any(ch.isdigit() for ch in way):
            continue  # a version ("Move to Python 3.12 for the API") is not a share of anything
        words = {k: v.strip() for k, v in m.groupdict().items() if v}
        return Angle("coverage", book.templates[template], f"output:share of {words['scope']} moved", words)
    return None


def _fewer(reading: Reading, book: Phrasebook) -> Angle | None:
    """What a statement wants less of, said by a quantity word ("fewer rush jobs", "less end-of-day waste",
    「持ち帰り仕事の少ない」), as a change on last quarter's level; only a short noun phrase, read by the language's
    pattern (reading.fewer, its group "thing")."""
    pattern = book.reading.get("fewer", "")
    m = rx.search(pattern, reading.core) if pattern else None
    if m is None:
        return None
    thing = m.group("thing").strip(" ,.、")
    if not thing or thing.lower() in book.stopwords:
        return None
    whom = (m.groupdict().get("whom") or "").strip()
    # 「フクロウにとってストレスの少ないお店」: the owls' stress, a feeling counted by the days its signs are seen
    if whom:
        thing = f"{whom}の{thing}"
        felt = book.reading.get("fewer_felt_as", "")
        if felt and rx.search(book.reading.get("not_quantities", "$^"), thing):
            thing = felt.replace("{}", thing)
    return own_change_angle(thing, False, book)


def _how_fast(reading: Reading, book: Phrasebook) -> tuple[Angle, bool, str] | None:
    """How fast the writer's people do something ("Improve how fast we get warnings out to residents"), as the time
    it takes, down on last quarter's level (read by the language's pattern, reading.how_fast, its group "doing"), or
    the time between two points they name (reading.how_long, group "span": "Cut the time from page to boots on the
    hill"), or the time they say something waits (reading.how_long_said: "Shorten how long bikes sit waiting for
    repair", 「弓の毛替えの待ち時間を短くする」), or a queue to fix (reading.queue_said: "Fix the skate rental queue on
    saturday afternoons", 「イルカショーの待ち列、なんとかしたい」), less waiting somewhere (reading.wait_said: "Less
    waiting at the baler on busy Saturdays") or a line kept moving (reading.line_kept); each is said by its
    reading.<key>_as, with the thing whose time it is when the pattern names it (group "thing")."""
    core = reading.core.strip(" .。!！")
    keys = ("how_fast", "how_long", "how_long_said", "queue_said", "wait_said", "line_kept")
    for key in keys:
        group = "doing" if key == "how_fast" else "span"
        pattern = book.reading.get(key, "")
        m = rx.match(pattern, core) if pattern else None
        if m is not None:
            said_as, said = book.reading[f"{key}_as"], m.group(group)
            if rx.search(r"(?i)\bthe \{\}", said_as) and rx.match(r"(?i)the\s", said):
                said = said[4:]  # "Reduce the queue at the jetty": "the average wait in the queue", one "the"
            angle = own_change_angle(said_as.replace("{}", said), False, book)
            # (less waiting somewhere or a line kept moving is second to a metric the statement names: "Shorter
            # waits at the pharmacy counter" is the pharmacy's own wait)
            whole = key not in ("wait_said", "line_kept")
            return angle, whole, (m.groupdict().get("thing") or "").strip()
    return None


def _done_faster(reading: Reading, book: Phrasebook) -> Angle | None:
    """Something to be done faster ("Reunite passengers with their stuff faster", 「忘れ物がもっと早く持ち主に戻るように
    する」), as the time it takes, down on last quarter's level (read by the language's pattern, reading.done_faster,
    its groups "doing" and "doing2", said by reading.done_faster_as), or a piece of work whose time is cut
    (reading.time_cut, group "thing", said by reading.time_cut_as: 「ジェルのオフを時短したい」)."""
    pattern = book.reading.get("done_faster", "")
    m = rx.match(pattern, reading.core.strip(" .。!！")) if pattern else None
    cut = book.reading.get("time_cut", "")
    shorter = rx.match(cut, reading.core.strip(" .。!！")) if cut and m is None else None
    if shorter is not None:  # 「ジェルのオフをもっと時短したい」: the time one of them takes
        return own_change_angle(book.reading["time_cut_as"].replace("{}", shorter.group("thing")), False, book)
    if m is None:
        return None
    said = without_sentence_capital(m.group("doing") + (m.groupdict().get("doing2") or ""))
    return own_change_angle(book.reading["done_faster_as"].replace("{}", said), False, book)


# how a loss said before "too many" is said after the thing lost ("we broke way too many glasses": glasses broken)
_LOST_AS = {"lose": "lost", "losing": "lost", "broke": "broken", "waste": "wasted", "threw out": "thrown out"}


def reason_quantity_angle(reading: Reading, book: Phrasebook, *, purposes_only: bool = False) -> Angle | None:
    """A task whose reason names a quantity: too much of something ("... because there are too many mis-picks",
    「作り直しが多いので」「配送ミスが多いので、…」) or a quantity to move (「ゆくゆくは記事数を増やすため」, "so we get
    fewer support emails", "so fewer rings come back with loose stones"): the task, then that quantity moved on last
    quarter's level (read by the language's patterns, reading.too_many, reading.purpose_quantity and
    reading.purpose_fewer, whose "doing" is said as a gerund after its "thing", in the reason or the link);
    purposes_only=True reads only a quantity to move (an objective's reason: 「…説明会をひらく。ゆくゆくは登録者数を
    増やすため」 is read either way by the classifier)."""
    if "action_own_change" not in book.templates:
        return None
    said = [t for t in (reading.reason, reading.link) if t]
    found: tuple[str, bool] | None = None
    said_thing = ""
    keys = ("purpose_quantity", "purpose_fewer") if purposes_only else ("purpose_quantity", "purpose_fewer", "too_many")
    for key in keys:
        pattern = book.reading.get(key, "")
        m = next((m for t in said if pattern and (m := rx.search(pattern, t)) is not None), None)
        if m is not None:
            # "so we get more", "so we can cut", "so we spend less time searching"
            verb = m.groupdict().get("verb") or m.groupdict().get("verb2") or m.groupdict().get("verb3") or ""
            up = key != "too_many" and verb.lower() in word_set(book, "purpose_up")
            thing = m.group("thing")
            if m.groupdict().get("doing"):  # "so fewer rings come back with loose stones": rings coming back ...
                thing = f"{thing} {gerund(m.group('doing').lower(), book)}{m.group('rest') or ''}"
            if m.groupdict().get("lost"):  # "we lost way too many trays": the trays lost
                thing = f"{thing} {_LOST_AS.get(m.group('lost').lower(), m.group('lost').lower())}"
            if m.groupdict().get("verb3"):  # "so we spend less time searching": the time spent searching
                thing = book.reading.get("time_spent_as", "{}").replace("{}", thing)
            said_thing = thing.strip(" ,.、")  # the words the reason says it in, for the link not to say it twice
            if (m.groupdict().get("act") or "").lower() in word_set(book, "purpose_sold"):
                thing = book.reading["purpose_sold_as"].replace("{}", thing)  # "so we can sell more road bikes"
            found = (thing.strip(" ,.、"), up)
            break
    if found is None or not found[0] or found[0].lower() in book.stopwords:
        return None
    if rx.search(book.reading.get("not_quantities", "$^"), found[0]):
        return None  # 「深夜のフロントの負担を減らすため」: a burden is felt, not counted "20% below last quarter"
    if not found[1] and rx.search(book.reading.get("served_groups", "$^"), found[0]):
        return None  # 「台湾からのお客さんが多いので」: who the work serves, not a count to cut
    if rx.search(r"(?i)\b(?:why|how|whether|what|where|when)$", reading.action.strip()):
        return None  # "look into why so many tickets get overturned": the reason is what is looked into
    angle = own_change_angle(found[0], found[1], book)
    angle = replace(angle, words={**angle.words, "said": said_thing})
    if not reading.action:
        return angle
    action = reading.action
    words = {**angle.words, "action": action, "Action": action[:1].upper() + action[1:]}
    return replace(angle, template=book.templates["action_own_change"], words=words)


def _faster(reading: Reading, book: Phrasebook) -> Angle | None:
    """Something wanted sooner, said as a noun phrase ("Faster restoration after outages", "Quicker first response
    for prospective clients"), as the median time to it, down on last quarter's level (read by the language's
    pattern, reading.faster, its group "thing")."""
    pattern = book.reading.get("faster", "")
    m = rx.match(pattern, reading.core.strip(" .!")) if pattern else None
    if m is None:
        return None
    noun, _, rest = m.group("thing").partition(" ")
    if noun.lower() in word_set(book, "queue_nouns") and "queue_faster_as" in book.reading:
        return own_change_angle(book.reading["queue_faster_as"].replace("{}", m.group("thing")), False, book)  # lines
    if noun.lower() in word_set(book, "faster_time_nouns"):  # "the median turnaround time on hems and tapers"
        said = book.reading["faster_noun_as"].replace("{noun}", noun.lower())
        said = said.replace("{rest}", f" {rest}" if rest else "")
        return own_change_angle(said, False, book)
    return own_change_angle(book.reading["faster_as"].replace("{}", m.group("thing")), False, book)


def enforced_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A practice to be kept without exception (「毎朝の点呼でアルコールチェックを徹底」), when nothing else measures
    it: the share of occasions it is done, to 100% (read by the language's pattern, reading.enforced, its group
    "thing"; 「点呼で」 before the practice becomes 「点呼での」)."""
    pattern = book.reading.get("enforced", "")
    m = rx.match(pattern, reading.body.strip(" .。")) if pattern else None
    if m is None or "enforced" not in book.templates:
        return None
    thing = rx.sub(r"で(?=[^でのをにが、]+$)", "での", m.group("thing"))
    return Angle("coverage", book.templates["enforced"], f"output:share of {thing} done", {"thing": thing})


def _said_time_only(reading: Reading, book: Phrasebook) -> Angle | None:
    """The time the statement says to shorten, when nothing else measures it (see said_time_angle)."""
    said = _how_fast(reading, book)
    return said[0] if said is not None else None


def said_time_angle(reading: Reading, book: Phrasebook) -> tuple[Angle, bool, str] | None:
    """The time the statement itself says to shorten, whether it says it whole ("Shorten how long bikes sit waiting
    for repair": before any topic one of its words calls, peak season's on-time deliveries) or as a noun phrase or a
    doing ("Faster turnaround on hems", "Answer the phone faster": after a metric its words name), and the thing
    whose time it is when the language's pattern names it (group "thing": 「外来の待ち時間を短くしたい」: 外来)."""
    whole = _how_fast(reading, book)
    if whole is not None:
        return whole
    phrase = _faster(reading, book) or _done_faster(reading, book)
    return (phrase, False, "") if phrase is not None else None


def _purpose_match(reading: Reading, book: Phrasebook, key: str) -> re.Match[str] | None:
    """The match of the language's purpose pattern reading.<key> in the statement's reason or link, or None."""
    pattern = book.reading.get(key, "")
    said = [t.strip(" .()") for t in (reading.reason, reading.link) if t]
    return next((m for t in said if pattern and (m := rx.match(pattern, t)) is not None), None)


def taken_on_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A learning task done so that the writer can take on work they turn away today ("... so we can take on car
    lockouts"): the task, then that many of them taken on (read by reading.purpose_take_on, group "thing")."""
    m = _purpose_match(reading, book, "purpose_take_on")
    if m is None or "taken_on" not in book.templates or not reading.action:
        return None
    action = reading.action
    words = {"Action": action[:1].upper() + action[1:], "thing": m.group("thing")}
    return Angle("count_output", book.templates["taken_on"], f"output:{m.group('thing')}", words)  # (said once)


def work_won_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """Work the writer wants to win, after what makes it possible (「漆喰の講習を受けて、古民家リフォームの仕事を
    取れるようにしたい」「企業パーティーの仕事も取りたい」): that many jobs of it won, the step before kept (read by
    reading.work_won, groups "first" and "thing"; templates.work_won)."""
    m = core_match(reading, book, "work_won", "work_won")
    if m is None:
        return None
    first = (m.group("first") or "").strip(" 、,")
    words = {"first": f"{first}、" if first else "", "thing": m.group("thing").strip(" 、,")}
    return Angle("count_output", book.templates["work_won"], f"output:{words['thing']} won", words)


def purpose_done_angle(reading: Reading, book: Phrasebook, course: str = "") -> Angle | None:
    """A learning task done so that the writer can do some work themselves ("... so I can run league nights
    myself", "... so we can quote custom ranma work instead of turning it away"): the task, then that work done a few
    times (read by reading.purpose_done, group "purpose": what is done, without what it replaces or what else); a
    course taken is finished first (templates.purpose_done_course, with the course as the learning kind names it)."""
    m = _purpose_match(reading, book, "purpose_done")
    if m is None or "purpose_done" not in book.templates or not reading.action:
        return None
    action, purpose = reading.action, m.group("purpose")
    words = {"Action": action[:1].upper() + action[1:], "purpose": purpose, "said": purpose}  # (said once)
    template = book.templates["purpose_done"]
    sold = purpose.split(maxsplit=1)
    if (
        not course
        and len(sold) == 2
        and sold[0].lower() in word_set(book, "purpose_sold")
        and "purpose_done_sold" in book.templates
    ):
        # "... so we can sell fused pieces in the shop": that many sold, not selling them "3 times"; "our own
        # paperweights" are counted as "10 of our own paperweights"
        thing = sold[1]
        if thing.split()[0].lower() in word_set(book, "possessives"):
            thing = book.reading.get("of_possessive", "{thing}").format(thing=thing)
        return Angle(
            "count_output", book.templates["purpose_done_sold"], f"output:{sold[1]} sold", {**words, "thing": thing}
        )
    if course and "purpose_done_course" in book.templates:
        template, words = book.templates["purpose_done_course"], {**words, "subject": course}
    return Angle("count_output", template, f"output:times done: {purpose}", words)


def stopped_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A task done so that something stops ("put down rugs on the hardwood so she stops slipping"), as the action,
    then weeks without it (read by the language's pattern, reading.stops_reason, its group "what")."""
    pattern = book.reading.get("stops_reason", "")
    said = [t.strip(" .。") for t in (reading.reason, reading.link) if t]  # ("…, so we can stop paying …": a link)
    m = next((m for t in said if pattern and (m := rx.match(pattern, t)) is not None), None)
    if m is None or "stopped" not in book.templates or not reading.action:
        return None
    what = m.group("what")
    who = (m.groupdict().get("who") or "").strip()
    if who and who.lower() not in word_set(book, "stops_people"):  # "so the pitch fees stop going missing": the fees
        what = f"{who} {what}"
    words = {"action": reading.action, "what": what, "said": m.group("what")}  # (a link that says it is not said again)
    return Angle("single", book.templates["stopped"], f"output:weeks without {what}", words)


def _own_quantity(reading: Reading, book: Phrasebook) -> Angle | None:
    """A quantity of its own the statement says to move, that the catalog does not know ("Increase landfill
    diversion rate", 「リサイクル率を上げる」), as a change on last quarter's level; in English only a noun phrase whose
    head is a quantity (reading.quantity_heads), not a quality ("Improve customer experience")."""
    pattern = book.reading.get("own_quantity", "")
    m = rx.match(pattern, reading.core.strip(" .。")) if pattern else None
    if m is None:
        return None
    thing = m.group("thing").strip()
    verb = m.group("verb").lower()
    heads = word_set(book, "quantity_heads")
    if verb in word_set(book, "own_quantity_any_head") and find_whole(reading.body.lower(), verb) >= 0:
        # (the writer's own verb, not one the reader put for "get X under control")
        heads = frozenset()  # "Reduce bycatch across the fleet": what is only made smaller is an amount
    if heads and not any(find_whole(thing.lower(), h) >= 0 for h in heads):
        return None
    up = verb in word_set(book, "own_quantity_up")
    if verb in word_set(book, "own_quantity_either"):  # "Improve turnaround on rush jobs": less of it is better
        up = not any(find_whole(thing.lower(), h) >= 0 for h in word_set(book, "quantity_heads_down"))
    return own_change_angle(thing, up, book)


def _more_of(reading: Reading, book: Phrasebook) -> Angle | None:
    """More of a countable thing the writer does ("do more lesson drop ins with the ECTs", "Book more school visits"),
    as that many of them, up from last period's number (read by the language's pattern, reading.more_of, its groups
    "verb" and "thing"); not a quality ("Be more patient") or an amount ("Spend more time outdoors")."""
    pattern = book.reading.get("more_of", "")
    m = rx.match(pattern, reading.core.strip(" .")) if pattern else None
    if m is None or not is_plural_head(object_head(m.group("thing"), book), book):
        return None
    if m.group("thing").split()[0].lower() in book.reading.get("head_end", ()):
        return None  # "Win more at regional regattas": more of nothing named
    deadline = reading.deadline.lower()
    period = next((p for p in book.reading.get("last_periods", ()) if find_whole(deadline, p) >= 0), "")
    verb = m.group("verb")
    words = {"Verb": verb[:1].upper() + verb[1:], "thing": m.group("thing")}
    if period:
        words["period"] = period
    return Angle("count_output", book.templates["more_of"], f"output:{object_head(m.group('thing'), book)}", words)
