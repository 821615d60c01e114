"""Choosing a statement's three angles: which metric or counted output each rewrite names, and in what shape."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .. import rx
from .catalog import Metric, catalog
from .cues import cued_routine
from .matching import naming_phrase, rank, scored
from .morphology import gerund, is_plural_head, measure_lead, object_head, without_determiner
from .phrasebook import Family, Phrasebook, direction_verbs, family_verbs, phrasebook, word_set
from .reading import Reading
from .topics import reason_match, served_topic_metrics, stated_reason, topic_match, topic_metrics
from .wholeword import ends_whole, find_whole, names_any
from .whose import measures_whom


@dataclass(frozen=True)
class Angle:
    """One rewrite to render: its shape, template, the metric it names, the writer's words and example values."""

    shape: str
    template: str
    metric: str  # a catalog id ("sales.win_rate"), "output:<counted noun>", or ""
    words: dict[str, str] = field(default_factory=dict)  # filled in as they are (not slots)
    values: dict[str, str] = field(default_factory=dict)  # example values: slots the user adjusts


def _is_state(reading: Reading, book: Phrasebook, noun_end: str, last: str) -> bool:
    """True when what the verb makes is a state to reach ("a culture where ...", 「挑戦する文化」), not a thing."""
    states = tuple(book.reading.get("states", ()))
    if reading.lang == "ja":
        return noun_end.endswith(states)
    first = (without_determiner(reading.object, book).lower().split() or [""])[0]
    return last in states or first in states


def family_of(reading: Reading, book: Phrasebook) -> Family | None:
    """Return the family of the statement's activity: the one its object's head noun names ("the H2 account
    plan", 「予算案」), else its verb's; none for a direction verb ("Grow", 「増やす」)."""
    verb = reading.verb
    d = book.directions
    comparative = reading.lang == "en" and (
        any(w.lower() in book.reading["comparatives"] for w in object_head(reading.object, book).split())
        or (
            not reading.countable
            and (without_determiner(reading.object, book).lower() + " ").startswith(("more ", "less ", "fewer "))
        )
    )  # "Build better relationships", "Build a more diverse team": a direction, not a thing to build
    if not verb or comparative or any(verb in d[key] for key in ("raise", "reduce", "improve", "state")):
        verb_family = next((f for f in book.families.values() if verb and verb in f.verbs), None)
        return verb_family if verb_family is not None and verb_family.name in ("project",) else None
    if reading.lang == "ja":
        noun_end = reading.object
        last = ""
    else:
        head = object_head(reading.object, book).lower().split()
        noun_end, last = " ".join(head), head[-1] if head else ""
    if _is_state(reading, book, noun_end, last):
        return None  # "Build a culture where feedback is normal": a state to reach, not a thing to finish
    by_verb = next((f for f in book.families.values() if verb in f.verbs), None)
    if verb in word_set(book, "giving_verbs") and not head_is(reading, book, word_set(book, "given_events")):
        by_verb = None  # "Give Lily a calm, stable home": given to someone, no event with attendees
    if verb in word_set(book, "object_marked_verbs") and f"を{verb[:-1]}" not in reading.core:
        by_verb = None  # 「Zoomに入れる」 is getting in, 「教習をちょこちょこ入れる」 booking them: nothing launched
    if by_verb is None and reading.lang == "ja" and verb.endswith("化") and verb[:-1] in word_set(book, "build_fits"):
        by_verb = book.families["build"]  # 「アナウンス文をテンプレ化する」: a template made of it
    if reading.lang == "ja" and verb in word_set(book, "event_light_verbs"):
        by_verb = _light_verb_family(reading.object, book)
    for name, nouns, spaced, long_nouns in _object_nouns(book):
        if (reading.lang == "ja" and noun_end.endswith(tuple(nouns))) or (
            reading.lang == "en" and (last in nouns or noun_end.endswith(spaced) or last.endswith(long_nouns))
        ):
            handed_in = verb in word_set(book, "submitting_verbs")  # 「事業計画を理事会に出す」 is for approval
            # 「ロードマップを顧客に共有する」 shares a plan, and "Automate the weekly KPI report" makes one a process:
            # neither is sent for approval
            shared = by_verb is not None and by_verb.name in ("publish", "ship", "contact", "event")
            processed = verb in word_set(book, "processing_verbs")
            if name == "save" and by_verb is not None and by_verb.name == "research":
                return by_verb  # "look into refinancing my loans": options weighed, not dollars saved
            if name == "submit" and (shared or processed) and by_verb is not None and not handed_in:
                return by_verb
            return book.families[name]
    if by_verb is not None and by_verb.name == "research" and verb in word_set(book, "revising_verbs"):
        if head_is(reading, book, word_set(book, "build_fits")):  # 「報告書のテンプレを見直す」: revised, then used
            return book.families["build"]
    return by_verb


def _light_verb_family(obj: str, book: Phrasebook) -> Family | None:
    """The family of 「…を行う」「…を実施する」: the one whose verb the object ends in as a noun (「業務の洗い出しを
    行う」 is a review, not an event with attendees), an event when it names one, else none (「顧客アンケートを実施
    する」 is measured by what the survey is for)."""
    for family in book.families.values():
        if family.name != "event" and any(len(v) >= 2 and obj.endswith(v) for v in family.verbs):
            return family
    events = tuple(book.objects.get("event", ()))
    return book.families["event"] if events and obj.endswith(events) else None


@cache
def _object_nouns(book: Phrasebook) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...]:
    """Each family's object nouns as family_of looks for them: the nouns; each after a space (an English
    object ending in it); and those of six letters or more, which also end an English compound word."""
    return tuple(
        (name, tuple(nouns), tuple(" " + n for n in nouns), tuple(n for n in nouns if len(n) >= 6))
        for name, nouns in book.objects.items()
    )


def _direction(verb: str, book: Phrasebook) -> bool:
    d = book.directions
    return verb in d["raise"] or verb in d["reduce"] or verb in d["improve"] or verb in d["state"]


def _unit_word(table: str | dict[str, str], unit: str) -> str:
    return table if isinstance(table, str) else table.get(unit, table["default"])


def _per_month(metric: Metric, lang: str, book: Phrasebook) -> str:
    """A count of days kept up month by month says its month ("days keeping added sugar under 30 g a month",
    「朝食をとった日数（月あたり）」): "from 6 to 22" days of what, otherwise?"""
    name = metric.name(lang)
    r = book.reading
    if metric.unit != "count" or metric.cadence != "monthly" or "per_month" not in r:
        return name
    low = name.lower()
    words = set(rx.findall(r"[a-z]+", low))

    def says(listed: list[str]) -> bool:  # English by whole words, Japanese inside the name
        return any(w in low for w in listed) if lang == "ja" else not words.isdisjoint(listed)

    # a flow counted month by month says its month too ("opportunities from customer referrals a month"): "from
    # 3 to 8" of what span, otherwise? The catalog says how it is counted.
    flow = rx.search(r"(?i)per month|a month|each month|in the month|that month", metric.measured_en)
    stock = r"(?i)total|stock|balance|in all|active|open|unfilled|pipeline|backlog|members|outstanding|pending"
    counted_monthly = flow is not None and not rx.search(stock, f"{metric.measured_en} {metric.en}")
    if (says(r["day_counts"]) or counted_monthly) and not says(r["period_words"]):
        return name + r["per_month"]
    return name


def spoken_name(metric: Metric, lang: str, book: Phrasebook) -> str:
    """The metric's catalog name as a rewrite says it: a percentage of people or things named as a group
    ("older people living alone with a regular check-in") is said as a share of them, a count as their
    number."""
    name = _per_month(metric, lang, book)
    low = name.lower()
    if lang == "en" and rx.match(r"(?:share|number|percentage|proportion|count) of ", low):
        return "the " + name  # "Raise the share of booked meetings that took place", not "Raise share of"
    # an average is a number already: "Grow average weekday boardings", not "the number of average ..."
    already = low.startswith(("average ", "median ", "mean ", "typical "))
    # so is a mass quantity: "Reduce the open ticket backlog", not "the number of open ticket backlog"
    head = object_head(low, book).split() if lang == "en" else []  # "places visited for the first time": places
    last = head[-1] if head and len(head) == len(low.split()) else ""
    already = already or (last in word_set(book, "quantity_nouns") and not last.endswith("s"))
    if (
        lang == "en"
        and metric.unit == "count"
        and not already
        and not low.startswith(("number", "the ", "total", "count"))
    ):
        return "the number of " + name  # "Grow the number of older residents in exercise classes"
    if lang != "en" or metric.unit != "percent":
        return name
    # a share word in the name's head says it is a share already ("on-time delivery rate"); one after it does
    # not ("accounts with a green health score" is a share of accounts)
    ends = set(book.reading["head_end"]) | {"whose", "where"}
    words = rx.findall(r"[a-z-]+", low)
    head = words[: next((i for i, w in enumerate(words) if i and w in ends), len(words))]
    if low.startswith("%") or any(w in book.reading.get("share_words", ()) for w in head):
        return name
    return "the share of " + name


def _scoped(spoken: str, metric: Metric, lead: str, reading: Reading, book: Phrasebook) -> str:
    """The metric's name with the writer's scope after it ("availability of the payments API" for "reliability
    of the payments API"), when the measure noun the object opens with (lead) is what calls the metric and the
    scope is short and not already in the name; else the name alone."""
    calling = {w.lower() for w in metric.words(reading.lang) if " " not in w}
    scope = without_determiner(reading.object, book).split()[2:]  # what follows "<lead> of"
    said = [w.lower().strip(".,;:!?()") for w in scope]
    if lead not in calling or not 0 < len(scope) <= 4 or any(w in spoken.lower() for w in said if len(w) > 3):
        return spoken
    if any(w in book.reading["head_end"] for w in said):
        return spoken  # a scope with its own preposition runs on
    return f"{spoken} of {' '.join(scope).rstrip('.,;:!?')}"


def metric_text(metric: Metric, reading: Reading, book: Phrasebook) -> str:
    """The metric as the rewrite names it: the writer's own words when their object ends in the metric's name
    ("our NPS", 「EC売上」), else the catalog's name."""
    name = metric.name(reading.lang)
    spoken = spoken_name(metric, reading.lang, book)
    obj = reading.object
    d = book.directions
    fights = (reading.verb in d["reduce"] and metric.direction == "up") or (
        reading.verb in d["raise"] and metric.direction == "down"
    )  # "reduce homelessness" measured by people housed: the object names the opposite of the metric
    if not obj or not reading.verb or fights or reading.verb in word_set(book, "giving_verbs"):
        return spoken  # (what "Give reps more selling time" gives comes after whom it is given to: no metric's name)
    if reading.lang == "en" and obj.split()[0].lower() in book.reading["head_end"]:
        return spoken  # "Get back into running", "Get out of debt": what follows a preposition is no metric's name
    # the writer's object names the metric when it ends in the metric's name, in a word of that name, or in
    # a calling phrase of several words ("monthly active workspaces" for active workspaces)
    # a calling phrase of several words names the metric when it ends in a quantity ("customer satisfaction",
    # "overtime costs"); "our YouTube channel" or "our delivery promises" name what is measured, not the measure
    quantities = word_set(book, "quantity_nouns") | word_set(book, "share_words")
    calls = [
        w
        for w in metric.words(reading.lang)
        if w and (w.lower() in name.lower() or (len(w.split()) > 1 and w.lower().split()[-1] in quantities))
    ]
    calls.append(name)
    if reading.lang == "ja":
        short = len(obj) <= 16 and not rx.search(r"[をがにへでと、]", obj)
        # the writer's words name the metric when they end in what it measures (「EC売上」 for 売上), not
        # when they only name its topic (「将棋」 for 将棋のレーティング)
        if short and any(obj.endswith(w) and name.endswith(w) for w in calls):
            return obj
        return spoken
    lead = measure_lead(obj, book)
    if lead and book.reading["measure_units"].get(lead) != metric.unit:
        # "the quality of our tap water" is not a count of anything; "reliability of the payments API" is
        # the availability of what the writer named
        return _scoped(spoken, metric, lead, reading, book)
    head = object_head(obj, book).lower()
    plain = without_determiner(obj, book)
    # one word names the metric only as an acronym or as its whole name ("MRR"); "Modernise Onboarding" does not
    head_words = without_determiner(object_head(obj, book), book).split()
    one_word = (
        len(head_words) == 1
        and not head_words[0].isupper()
        and head_words[0].lower().rstrip("s") != name.lower().split()[-1].rstrip("s")  # "latency" of p95 latency
        and head_words[0].lower().rstrip("s") not in {q.rstrip("s") for q in quantities}
    )
    # the writer's words name the measure itself only when they end in a quantity, are its whole name or an
    # acronym: "candidate experience" and "sleep" are what is measured ("Raise sleep from 6.2 hours" says nothing)
    last = head.split()[-1].rstrip("s") if head.split() else ""
    measured = (
        last in {q.rstrip("s") for q in quantities}
        or plain.lower() == name.lower()
        or any(w.isupper() for w in head_words)
        # "latency of the checkout API": the metric's own word with the writer's scope after it
        or (last == name.lower().split()[-1].rstrip("s") and len(plain.split()) > len(head.split()))
    )
    if not measured and head_words:
        return spoken
    if len(obj.split()) <= 6 and not one_word and any(ends_whole(head, w.lower(), ("s", "")) for w in calls):
        if plain.split()[0].lower() in book.reading["measure_nouns"]:
            return obj  # "the number of volunteers" keeps its article
        return plain if obj.split()[0].lower() in book.reading["articles"] else obj
    return spoken


def _change_words(metric: Metric, reading: Reading, book: Phrasebook) -> dict[str, str]:
    d = book.directions
    verb = _unit_word(d["up"] if metric.direction == "up" else d["down"], metric.unit)
    return {
        "metric": metric_text(metric, reading, book),
        "change": verb,
        "Change": verb[:1].upper() + verb[1:],
        "reach": _reach(metric, reading.lang, book),
        "cadence": book.templates["cadence"].get(metric.cadence, ""),
    }


def _reach(metric: Metric, lang: str, book: Phrasebook) -> str:
    """How a target is reached: 「以上にする」 for more, but a share at 100% or a count at 0 is the bound itself
    (「割合を100%にする」, not 「100%以上」)."""
    d = book.directions
    target = metric.values(lang)[1]
    bound = target == "100%" if metric.direction == "up" else bool(rx.match(r"^0(?![\d.,])", target))
    if bound and "reach_bound" in d:
        return str(d["reach_bound"])
    return str(d["reach_up"] if metric.direction == "up" else d["reach_down"])


def _ends_on_period(text: str) -> bool:
    """Whether a metric's words end on a period ("people at Sunday services each week"): a group or place after it
    would read as the period's."""
    return text.lower().split()[-1:] in (["week"], ["month"], ["day"], ["year"], ["quarter"])


def _metric_words(text: str, metric: Metric) -> str:
    """A metric's words as the rewrite says them, its name and its calling words, lower-cased: what a scope it
    already names is looked for in."""
    return " ".join((text, metric.name("en"), *metric.words_en)).lower()


def _for_group(text: str, metric: Metric, reading: Reading, book: Phrasebook) -> str:
    """A catalog metric narrowed to the group of people the writer ends on ("Grow library membership among
    teenagers" -> "new library members among teenagers"), when the metric does not name them already."""
    scope = _group_scope(reading)
    if scope is None:
        return text
    group, said = scope
    if _ends_on_period(text):
        return text  # "people at Sunday services each week": a group after it would read as the week's
    named = _metric_words(text, metric)
    # the words that narrow the group ("older" of "among older residents") say whom too
    narrowing = [w for w in said.lower().split()[1:-1] if w not in book.stopwords]
    if group.rstrip("s") in named or group not in word_set(book, "groups") or any(w in named for w in narrowing):
        return text  # the metric (or the writer's words it is named by) already says whom it counts
    return f"{text} {said}"


_NO_MODIFIER = re.compile(
    r"([\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9ー]{2,8})の([\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9ー]{2,})"
)


def _with_modifier(text: str, reading: Reading, book: Phrasebook) -> str:
    """A Japanese metric narrowed by the 「Xの」 the writer put before the first word of its name (「実家の片付け」
    -> 「実家の片付けを終えた部屋の数」, 「ランチの新メニュー」 -> 「ランチの新メニューを含む注文の割合」), when the
    name does not say X already and X is not someone else's (「競合のSNS」 is benchmarked, not grown)."""
    others = word_set(book, "others_modifiers")
    for m in _NO_MODIFIER.finditer(reading.object or reading.core):
        x, y = m.group(1), m.group(2)
        if any(x.endswith(o) for o in others) or rx.search(r"\d{4}", x) or x[-2:] in text:
            continue  # someone else's, a year's edition (「2026年版の」), or said by the name (「SaaS顧客の…顧客」)
        for end in range(len(y), 1, -1):  # the longest start of Y the name opens with
            word = y[:end]
            if text.startswith(word) and x not in text:  # only before the name's first word: 「自主防災組織」
                return f"{x}の{text}"  # does not take 「地域の」 before its 「防災」
    return text


def _for_place(text: str, metric: Metric, reading: Reading, book: Phrasebook) -> str:
    """A metric narrowed to the place or part the writer ends on ("Increase recycling in apartment buildings"
    -> "household recycling rate in apartment buildings", "Reduce tech debt in the monolith"), when the
    metric does not name it already; a group of people is _for_group's."""
    said = _place_scope(reading)
    group = _group_scope(reading)
    if not said or (group is not None and group[0] in word_set(book, "groups")):
        return text
    if _ends_on_period(text):
        return text
    named = _metric_words(text, metric)
    if said.lower() in text.lower() or any(
        w.rstrip("s") in named for w in said.lower().split()[1:] if w not in book.stopwords and len(w) > 2
    ):
        return text  # "Reduce errors on the checkout page": checkout error rate says where already
    return f"{text} {said}"


@lru_cache(maxsize=256)
def _place_scope(reading: Reading) -> str:
    """The words that say the place or part the statement ends on ("in apartment buildings"), or ""."""
    book = phrasebook(reading.lang)
    pattern = book.reading.get("place_scope")
    m = rx.search(pattern, reading.object or reading.core) if pattern and reading.lang == "en" else None
    if m is None:
        return ""
    if m.group("shift"):  # "on night shift": "shift" is a verb elsewhere, never here
        return m.group("said").strip()
    words = (m.group("place") or m.group("part")).lower().split()
    inner = set(book.reading["head_end"]) | {"and", "or", "but", "to"}
    not_places = book.reading.get("not_places", ())
    verbs = word_set(book, "plain_verbs") | {v + "s" for v in word_set(book, "plain_verbs")}  # "recommends"
    adverb = any(w.endswith("ly") and len(w) > 4 for w in words)  # "in the region actually recommend"
    last = words[-1].strip(".")
    if words[0] in not_places or last in not_places or last.isdigit() or (inner | verbs) & set(words) or adverb:
        return ""  # "on time", "in the long run", "in one sentence", "in meetings with clients"
    if any(w in ("a", "an", "the") for w in words[1:]):
        return ""  # "in the program a trusted adult": a second noun phrase runs on, the place is not whole
    before = (reading.object or reading.core)[: m.start()].split()
    if len(before) > 1 and before[-1][:1].isupper() and not reading.core.istitle():
        return ""  # "Achieve Investors in People Silver": a name, not a place
    if before and before[-1].lower() in book.reading.get("not_place_before", ()):
        return ""  # "Get really good at lettering", "fluent in motion design": a skill, not a place
    if any(w.lower() in ("best", "most") or (w.lower().endswith("est") and len(w) > 5) for w in before[-3:]):
        return ""  # "the safest workplace in the region": what it is compared with, not where it is measured
    return m.group("said").strip()


def _for_kind_of_group(text: str, metric: Metric, reading: Reading, book: Phrasebook) -> str:
    """A metric narrowed to the kind of a group the statement names inside it, with the one word that says which
    of them ("Win back the trust of mid-market customers" -> "renewal rate among mid-market customers"), when
    the metric names neither word and the statement ends on no group or place of its own."""
    found = _kind_of_group(reading, book)
    if found is None or _group_scope(reading) is not None or _place_scope(reading) or metric.unit == "money":
        return text  # money is earned from a group, not among it
    word, group = found
    named = _metric_words(text, metric)
    if group.lower().rstrip("s") in named or word.lower() in named:
        return text
    others = word_set(book, "groups") - {"staff", "employees", "members", "people"}  # all staff: the drivers too
    if set(metric.name("en").lower().split()) & others:
        return text  # "the share of students meeting the standard" counts its own people, not the teachers'
    if _ends_on_period(text):
        return text
    return f"{text} among {word} {group}"


def _for_object_group(text: str, metric: Metric, reading: Reading, book: Phrasebook) -> str:
    """A people metric narrowed to the group the verb acts on ("Keep our drivers for longer" -> "voluntary attrition
    among drivers"), when nothing else scoped it and the metric names no group of its own."""
    if metric.domain not in word_set(book, "people_domains") or text != spoken_name(metric, reading.lang, book):
        return text
    head = without_determiner(object_head(reading.object, book), book).lower().split()
    if len(head) != 1 or head[0] not in word_set(book, "groups") or head[0] in ("employees", "staff", "people"):
        return text
    named = set(_metric_words(text, metric).split())
    if named & word_set(book, "groups") or _ends_on_period(text):
        return text  # "the share of students ..." counts its own people
    return f"{text} among {head[0]}"


@cache
def _not_kinds(book: Phrasebook) -> frozenset[str]:
    """Words that never say which kind of a group: determiners, quantities, stop words, prepositions, verbs,
    comparatives and feelings."""
    plain = set(book.reading["determiners"]) | set(book.reading.get("quantity_words", ())) | book.stopwords
    plain |= set(book.reading["head_end"]) | word_set(book, "plain_verbs") | word_set(book, "generic_verbs")
    plain |= set(book.reading.get("comparatives", ())) | direction_verbs(book) | family_verbs(book)
    plain |= {w.lower() for w in book.feelings} | {"and", "or", "to", "not", "who", "where", "back", "up", "out", "off"}
    return frozenset(plain)


@lru_cache(maxsize=256)
def _kind_of_group(reading: Reading, book: Phrasebook) -> tuple[str, str] | None:
    """A group of people with the one or two words before it that say which of them ("rural customers", "front
    desk staff"); not "our customers", "more customers", "happy engineers", a verb's object ("turn customers",
    "to show customers"), nor a group that opens a clause ("the hospital | nurses want to work for")."""
    written = [w.strip(",.;:!?") for w in reading.core.split()]  # as written: "SMB customers"
    said = [w.lower() for w in written]
    plain = _not_kinds(book)

    def modifier(word: str) -> bool:
        return (
            word not in plain
            and rx.fullmatch(r"[a-z][a-z-]+", word) is not None
            and not word.endswith(("s", "er", "est", "ly", "ing", "ed"))
        )

    for i in range(1, len(said) - 1):
        group, after = said[i + 1], said[i + 2] if i + 2 < len(said) else ""
        if group not in word_set(book, "groups") or not modifier(said[i]) or said[i - 1] in ("to", "than"):
            continue  # the statement's first word is its verb ("Train agents")
        if after and after not in book.reading["head_end"] and after not in ("and", "or"):
            continue  # "the agency clients brag about": the group is a clause's subject
        start = i - 1 if i > 1 and modifier(said[i - 1]) else i
        words = written[start : i + 1]
        if start > 1 and said[start - 1] in ("the", "a", "an") and said[start - 2] in ("be", "become"):
            continue  # "Become the food bank | families in the county rely on": the writer's own kind
        return " ".join(words), written[i + 1]
    return None


@lru_cache(maxsize=256)  # asked once per metric angle, the same for every angle of a statement
def _group_scope(reading: Reading) -> tuple[str, str] | None:
    """The group of people the statement ends on ("teenagers") and the words that say it ("among teenagers")."""
    pattern = phrasebook(reading.lang).reading.get("group_scope")
    m = rx.search(pattern, reading.object or reading.core) if pattern and reading.lang == "en" else None
    return (m.group("group").lower(), m.group(0).strip()) if m else None


def _in_language(text: str, reading: Reading, book: Phrasebook) -> str:
    """A language metric's "the language" / 「その言語」 made the language the statement names ("meetings led in
    English", 「英語で進行した会議の回数」), or any foreign language when it names none."""
    placeholder = book.reading.get("the_language", "")
    if not placeholder or placeholder not in text:
        return text
    low = reading.body.lower()  # the reason names it too: 「英語を話せるようになりたいので、まずは音読から」
    languages = book.reading.get("exam_languages", {})  # "english" -> "English", 「TOEIC」 -> 「英語」
    found = next((v for k, v in languages.items() if rx.search(rf"(?<![a-z]){re.escape(k.lower())}(?![a-z])", low)), "")
    if not found:
        named = next((k for k in book.learning_kinds if k.name == "language"), None)
        found = next((w for w in (named.words if named else ()) if w in reading.body and w.endswith("語")), "")
    return text.replace(placeholder, found or book.reading.get("any_language", placeholder))


def _specific(text: str, reading: Reading, book: Phrasebook) -> str:
    """A metric's general word made the one the statement names ("instrument practice time" -> "piano practice
    time", 「語学の学習時間」 -> 「韓国語の学習時間」)."""
    put: dict[str, str] = book.reading.get("specific_as", {})
    for general, named in book.reading.get("specific_words", {}).items():
        if general not in text:
            continue
        if reading.lang == "ja":
            found = next((w for w in named if w in reading.body), "")
        else:
            found = next((w for w in named if find_whole(reading.body.lower(), w.lower()) >= 0), "")
        if found:
            return text.replace(general, put.get(general, "{}").format(found), 1)
    return text


def metric_angle(
    shape: str, metric: Metric, reading: Reading, book: Phrasebook, *, own: bool = True, starts: bool = True
) -> Angle:
    """A metric change; own=False names the metric by its catalog name, not the writer's object; starts=False
    when the statement is an objective, whose "build" or 「つくる」 reaches a state from where things are today
    (「挑戦できる組織風土をつくる」 does not start proposals from zero)."""
    baseline, target = metric.values(reading.lang)
    quality = rx.search(r"(?i)accura|score|satisf|quality|正確|精度|満足|品質", metric.name(reading.lang))
    template = book.templates[shape]
    opened = reading.verb in book.reading.get("opening_verbs", ()) and reading.object.endswith(
        tuple(book.reading.get("opened_places", ()))
    )  # 「ネットショップを開く」 starts one; 「説明会を開く」 holds a meeting
    new_thing = (
        metric.unit in ("count", "percent", "money")
        and (reading.verb in book.reading.get("starting_verbs", ()) or opened)
        and _measures_the_new_thing(metric, reading, book)
    )
    if (
        metric.direction == "up"
        and not quality  # a model not built yet has no accuracy at all, not 0%
        and starts
        and (new_thing or _own_start(metric, reading, book))
    ):
        # a chatbot not launched yet solves no tickets today, and a fund not started holds nothing: the target
        # alone says it ("... and get the chatbot resolution rate to 40%"), not "from 0%"
        baseline = _zero(baseline)
        template = {"change": book.templates["reach_new"], "action_change": book.templates["action_reach"]}.get(
            shape, template
        )
    words = _change_words(metric, reading, book)
    if not own:
        words["metric"] = spoken_name(metric, reading.lang, book)
    words["metric"] = _for_group(
        _specific(_in_language(words["metric"], reading, book), reading, book), metric, reading, book
    )
    if reading.lang == "ja" and shape in ("change", "reach"):  # an action kept says its scope itself
        words["metric"] = _with_modifier(words["metric"], reading, book)
    if shape in ("change", "reach") and reading.lang == "en":
        words["metric"] = _for_place(_for_kind_of_group(words["metric"], metric, reading, book), metric, reading, book)
        words["metric"] = _for_object_group(words["metric"], metric, reading, book)
    first = words["metric"].split(maxsplit=1)[0].lower() if words["metric"].strip() else ""
    words["the"] = "" if first in word_set(book, "determiners") or first[:1].isdigit() else "the "
    return Angle(shape, template, metric.key, words, {"baseline": baseline, "target": target})


_LEVELS = frozenset({"level", "rating", "score", "points", "ratio"})


def _own_start(metric: Metric, reading: Reading, book: Phrasebook) -> bool:
    """True when the writer takes up (again) something of their own ("Start running again", 「韓国語の勉強を
    始めたい」) and the metric is their own figure for it, which is zero today."""
    pattern = book.reading.get("own_start", "")
    return (
        bool(pattern)
        and metric.unit not in _LEVELS  # an exam grade or a rating is no figure the writer starts at zero
        and metric.domain in word_set(book, "own_domains")
        and rx.search(pattern, reading.body) is not None
    )


def _measures_the_new_thing(metric: Metric, reading: Reading, book: Phrasebook) -> bool:
    """True when the metric counts the thing the statement starts ("chatbot resolution rate" for "Launch a
    chatbot"), not a total that existed before it ("library visits" for "Set up a gaming corner")."""
    text = " ".join((metric.name(reading.lang), *metric.words(reading.lang))).lower()
    if reading.lang == "ja":  # 「料金プランの見直し案を作る」 makes a proposal, not the thing it is about
        if reading.object.endswith(tuple(word_set(book, "proposal_nouns"))):
            return False
        return any(len(w) >= 2 and w.lower() in text for w in reading.content if w in reading.object)
    head = object_head(reading.object, book).lower().split()
    noun = head[-1].strip(".,;:()") if head else ""  # the thing itself: a homework club is a club
    known = set(rx.findall(r"[a-z0-9-]+", text))
    return len(noun) > 2 and (noun in known or noun.rstrip("s") in known or noun + "s" in known)


def _zero(value: str) -> str:
    """An example value with its number set to zero, keeping its unit ("12社" -> "0社", "1.8%" -> "0%")."""
    return rx.sub(r"[-+−]?\d[\d,]*(?:\.\d+)?(?:\s*[kKM万億千](?![a-z]))?", "0", value, count=1)


def _counts_the_object(metric: Metric, reading: Reading, book: Phrasebook) -> bool:
    """True when a count metric counts things of the kind the statement makes one of ("blog posts published"
    for "Write the launch blog post"): raising that count is not what the statement is about."""
    if reading.lang == "ja":
        return not reading.countable and metric.counter_ja == _counter_of(reading.object, book)
    head = object_head(reading.object, book).lower().split()
    while head and (head[-1].isdigit() or rx.fullmatch(r"[ivx]+|[a-z]?\d+[a-z]?", head[-1])):
        head = head[:-1]  # "chapter 2", "Phase II": one of them, named by its number
    if not head or reading.countable:
        return False
    kinds = [metric.counter_en, *metric.words_en]
    return any(w.split() and w.lower().split()[-1].rstrip("s") == head[-1].rstrip("s") for w in kinds)


def _counter_of(obj: str, book: Phrasebook) -> str:
    for counter, nouns in book.counters.items():
        if any(obj.endswith(n) for n in nouns):
            return counter
    return ""


def counts_output(metric: Metric, reading: Reading, book: Phrasebook) -> bool:
    """True when a count metric counts the very thing the activity produces ("case studies published" for
    "Publish case studies", 「ブログ記事の公開数」 for 「ブログ記事を公開する」)."""
    if metric.unit != "count" or not reading.countable:
        return False
    if rx.search(r"(?i)\bper\b|あたり", metric.name(reading.lang)):
        return False  # "deploys per week" is a rate: "Set up canary deploys" does not set up 15 of them
    if reading.lang == "ja":  # in the object's own counter: drills are held 回, not 「2,500人」
        return metric.counter_ja == reading.countable
    head = reading.countable.lower()
    return any(w in head or head.endswith(w) for w in (*metric.words_en, metric.counter_en.lower()) if w)


def _without_quantity(noun: str, book: Phrasebook) -> str:
    """A counted object without the vague quantity the writer put before it ("more Shorts" -> "Shorts")."""
    quantity = "|".join(re.escape(q) for q in book.reading.get("quantity_words", ()))
    return (rx.sub(rf"(?i)^(?:{quantity})\s+", "", noun) or noun) if quantity else noun


def _output_angles(
    reading: Reading, book: Phrasebook, family: Family | None, counted: Metric | None = None
) -> list[Angle]:
    """The activity's own output, counted: "Publish 4 case studies about X", 「Xの記事を3本公開する」; with
    the catalog's target when a catalog metric counts that output."""
    out: list[Angle] = []
    t = book.templates
    determined = (
        reading.lang == "en"
        and reading.object.split()[:1]
        and (reading.object.split()[0].lower() in book.reading["determiners"])
    ) or (
        reading.lang == "en"
        and reading.object.split()[:1]
        and reading.object.split()[0].lower() in book.reading.get("cadence_adjectives", ())
    )  # "Migrate the success plans": a known set; "Run quarterly game days": a cadence, not a number
    first = reading.object.split()[0].lower() if reading.object.split() else ""
    counted_already = any(c.isdigit() for c in first) or first in book.reading.get("number_words", ())
    # "Write with more clarity", "Train for the national qualifiers": no thing made to count or use
    starts_with_preposition = reading.lang == "en" and first in book.reading["head_end"]
    # "look into refinancing my private loans": the doing is looked into, not a number of loans
    words_after = reading.object.lower().split()[1:2]
    starts_with_gerund = (
        reading.lang == "en"
        and first.endswith("ing")
        and words_after != []
        and words_after[0] in book.reading["determiners"]
    )
    # "Write prep lists for each station": one for each, a whole set, not a number of them
    per_each = reading.lang == "en" and rx.search(r"(?i)(?<![\w-])(?:for each|for every|per)(?![\w-])", reading.object)
    if (
        reading.countable
        and family is not None
        and family.count
        and not determined
        and not per_each
        and not counted_already
        and not starts_with_preposition
        and not starts_with_gerund
        and not _run_on(reading)  # a count pasted into a run-on with its reasons cannot be read
        # "Launch online pre-orders" opens a service, it does not launch 3 pre-orders; "Launch 3 new products" does
        and (
            family.name != "ship"
            or reading.lang != "en"
            or reading.verb in ("install", "deploy")  # "Install 3 benches": things put in place are counted
            or head_is(reading, book, word_set(book, "launch_units"))
        )
    ):
        if reading.lang == "ja":
            noun = reading.object
            words = {"object": reading.object, "counter": reading.countable, "verb": reading.verb_text}
        else:
            noun = _without_quantity(without_determiner(reading.object, book), book)
            words = {"Verb": reading.verb_text, "object": noun}
        metric = f"output:{reading.countable if reading.lang == 'en' else noun}"
        values = {"count": family.count_default}
        if counted is not None:
            metric = counted.key
            target = counted.values(reading.lang)[1]
            if reading.lang == "ja":  # the catalog's own counter: 「8件」 stays 件, not 「8件本」
                words["counter"] = counted.counter_ja or reading.countable
                target = target.removesuffix(words["counter"])
            values = {"count": target}
        out.append(Angle("count_output", t["count_output"], metric, words, values))
        if family is not None and counted is None:  # a catalog count says what is counted: no "approved" trees
            done = t["done"].get(family.name, "")
            out.append(Angle("count_output_with", t["count_output_with"], metric, {**words, "done": done}, values))
    if family is not None and family.name == "research" and _chooses_among(reading, book):
        # "Research daycares near the new apartment": options compared and one chosen, not recommendations adopted
        obj = _adopted(reading, book) if reading.lang == "ja" else without_determiner(reading.object, book)
        if reading.lang == "en":  # "care options for | next year": the deadline cut leaves its preposition
            obj = rx.sub(r"\s+(?:for|in|by|before|until|from)$", "", obj)
        if reading.lang == "en":  # "3 route optimisation software products": a mass noun is counted in products
            obj = rx.sub(r"(?i)\bsoftware\b(?!\s+products)", "software products", obj, count=1)
        return [Angle("single", t["compare_options"], "output:options compared", {"object": obj})]
    # a collection is what the verb acts on ("Digitise the photo archive"), not a word that names where
    # ("Refurbish Central Library's ground floor")
    many = bool(reading.countable) or head_is(reading, book, book.reading["collections"])
    if (
        family is not None
        and family.coverage
        and reading.object
        and many
        and not starts_with_preposition
        and not _own_single(reading, book)
    ):
        coverage = Angle("coverage", family.coverage, f"output:share of {reading.object} done", coverage_words(reading))
        whole = _without_quantity(reading.object, book) == reading.object  # "Call more prospects": how many
        if (
            whole
            and reading.verb in word_set(book, "coverage_first_verbs")
            and is_plural_head(object_head(reading.object, book), book)
        ):
            out.insert(0, coverage)  # "Phone 100% of first-time donors", not "Phone 300 first-time donors"
        else:
            out.append(coverage)
    if (
        family is not None
        and not family.coverage
        and reading.verb in word_set(book, "whole_set_verbs")
        and first in ("the", "our", "my", "all", "every")  # one's own set; "Translate short articles" counts them
        and is_plural_head(object_head(reading.object, book), book)
        and _without_quantity(reading.object, book) == reading.object
    ):
        # "translate the emergency alert templates into Spanish": done when all of them are, not "used by 20 people"
        words = {"Verb": reading.verb_text, "object": reading.object}
        out.insert(0, Angle("coverage", t["coverage_any"], f"output:share of {reading.object} done", words))
    # a family with no whole-set shape of its own still works through a set its words name ("Review depot fuel
    # contracts": all of them, not "5 recommendations")
    bare = family is not None and not family.coverage and _named_bare_set(reading, book)
    if (family is None or bare) and _whole_known_set(reading, book, starts_with_preposition):
        # "Weed the adult non-fiction stacks", "Taste through the new allocations": no family says what the work
        # makes, but a known set of things is done when all of it is
        words = {"Verb": reading.verb_text, "object": reading.object}
        out.append(Angle("coverage", t["coverage_any"], f"output:share of {reading.object} done", words))
    if family is not None and family.name in ("ship", "build") and _detects(reading, book):
        # "ship the counterfeit-detection flag": judged by what it catches, not by people using it
        words = {"Verb": reading.verb_text, "object": reading.object, "action": reading.action}
        out.append(Angle("single", t["caught"], "output:share caught", words))
    if (
        family is not None
        and reading.object
        and not starts_with_preposition
        # a stock shape wrapped round a long sentence cannot be read; a club's members end any sentence plainly
        and not long_action(reading, words=14 if family.name == "club" else 10)
        and _single_fits(reading, book, family)
    ):
        words = {
            "Verb": reading.verb_text,
            "object": reading.object,
            "action": reading.action,
            "gerund": gerund(reading.verb, book) if reading.lang == "en" else "",
        }
        singles = list(family.singles)
        classes = word_set(book, "class_things")
        a_class = bool(classes) and head_is(reading, book, classes)
        joined = (family.name == "ship" and head_is(reading, book, word_set(book, "joined_things"))) or (
            family.name == "build" and a_class
        )
        if joined:  # a programme one launches is taken part in, not used; a class one starts is attended
            singles[0] = t["class_joined"] if a_class else t["ship_joined"]
        metrics = list(family.metrics)
        for kind, said in (
            ("booked", "output:bookings in the first month"),
            ("sold", "output:sold in its first month"),
        ):
            # "Introduce sunset flights": booked, not used; "Launch the perry": sold
            if not joined and family.name == "ship" and f"ship_{kind}" in t:
                if head_is(reading, book, word_set(book, f"{kind}_things")):
                    singles[0], metrics[0] = t[f"ship_{kind}"], said
        pairs = list(zip(singles, metrics, strict=True))
        if joined and family.name == "build":  # 「土曜教室を立ち上げる」: attended, not used in 80% of new work
            pairs = pairs[:1]
        if family.name == "commission" and reading.verb in word_set(book, "buying_verbs"):
            pairs = pairs[1:]  # "Order spare gearbox bearings": goods bought have no rounds of revision
        if family.name == "build" and reading.verb in word_set(book, "revising_verbs"):
            pairs = pairs[1:]  # 「報告書のテンプレを見直す」: already in use, so the share of work using the new one
        # "organize the equipment shed": no attendees ("Hold a workshop" is an event whatever its head)
        ordered = put_in_order_angle(reading, book) if family.name == "event" else None
        if ordered is not None:
            pairs = [(ordered.template, ordered.metric)]
        if family.name == "save" and names_any(reading.object, tuple(word_set(book, "not_money")), reading.lang):
            pairs = []  # 「ビザの書類を集める」: papers gathered, not 「合計20万円」
        if (
            family.name in ("submit", "project")
            and "plan_followed" in t
            and names_any(reading.object, tuple(word_set(book, "practice_plans")), reading.lang)
        ):
            # "Follow a beginner marathon plan", 「初マラソンに向けて練習計画を立てる」: one's own training is done, not
            # approved by anyone
            pairs = [(t["plan_followed"], "output:share of planned sessions done")]
        out += [Angle("single", tpl, m, words) for tpl, m in pairs]
    return out


def put_in_order_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A storage place put in order in English ("sort out the wetsuit rental rack", "Tidy up the kit room"): every
    thing kept there with a labelled place (reading.tidying_verbs, reading.tidied_places; templates.tidied), not a
    repair that stays fixed nor rooms decluttered."""
    if "tidied" not in book.templates or reading.verb not in word_set(book, "tidying_verbs"):
        return None
    if not head_is(reading, book, word_set(book, "tidied_places")):
        return None
    words = {"Verb": reading.verb_text, "object": reading.object}
    if "tidied_order" in book.templates and rx.search(book.reading.get("tidied_order", "$^"), reading.object):
        # "Reorganise the back issue bins by publisher and title": kept in that order, checked each week
        return Angle("single", book.templates["tidied_order"], "output:items in the right place", words)
    return Angle("single", book.templates["tidied"], "output:things with a labelled place", words)


def mended_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A task that repairs one physical thing ("fix the book drop at north branch", 「乾燥機を修理する」), as it staying
    fixed, not "zero rollbacks" (reading.mend_verbs; not software the fix family's own shapes fit, a problem, a mess
    or paperwork: reading.not_mendable)."""
    # (「ポイントの不具合を直す」: a general verb mends when what it acts on is a fault, reading.fault_nouns)
    fault = rx.search(book.reading.get("fault_nouns", "$^"), reading.object) is not None
    mends = reading.verb in word_set(book, "mend_verbs") or (
        fault and reading.verb in word_set(book, "fix_verbs_for_faults")
    )
    if "mended" not in book.templates or not mends or not reading.object:
        return None
    if not _mends(reading, book) or put_in_order_angle(reading, book) is not None:
        return None  # (a rack sorted out is put in order, not repaired)
    words = {"Verb": reading.verb_text, "object": reading.object, "action": reading.action}
    return Angle("single", book.templates["mended"], "output:repeat faults", words)


def inspected_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A one-off inspection of a physical thing ("Inspect the velodrome track surface", 「走路のひび割れ点検」): done,
    and the faults it finds put right soon after; an inspection that finds nothing to mend has measured nothing
    (reading.inspect_verbs; templates.inspected)."""
    done = reading.verb in word_set(book, "inspection_done_verbs") and any(
        find_whole(reading.object.lower(), w) >= 0 for w in word_set(book, "inspection_nouns")
    )  # ("Do the envelope inspection")
    if "inspected" not in book.templates or (reading.verb not in word_set(book, "inspect_verbs") and not done):
        return None
    if not reading.object.strip():
        return None
    words = {"Verb": reading.verb_text, "object": reading.object, "action": reading.action}
    return Angle("single", book.templates["inspected"], "output:faults found and fixed", words)


def breaking_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A task done because something keeps breaking ("get someone trained on the composting toilets, they keep
    breaking"): done, and no breakdown in the weeks after (reading.keeps_breaking, read in the writer's reason;
    templates.no_breakdown), not a metric the thing's other words call."""
    pattern = book.reading.get("keeps_breaking", "")
    if not pattern or "no_breakdown" not in book.templates or not reading.reason or not reading.object:
        return None
    m = rx.search(pattern, reading.reason)
    if m is None:
        return None
    mended = mended_angle(reading, book)
    if mended is not None:  # a repair says it its own way: "Fix the dryer, it keeps breaking"
        return mended
    words = {"Verb": reading.verb_text, "object": reading.object, "action": reading.action}
    # "loose taps keep flying off mid-routine": no more of that; "Re-glue the soles, they keep coming off": the soles
    what = m.groupdict().get("what") or (reading.object if m.groupdict().get("loose") else "")
    if what and "no_recurrence" in book.templates:
        words |= {"what": without_determiner(what, book), "doing": (m["doing"] + reading.reason[m.end() :]).strip()}
        return Angle("single", book.templates["no_recurrence"], "output:breakdowns after", words)
    return Angle("single", book.templates["no_breakdown"], "output:breakdowns after", words)


def _mends(reading: Reading, book: Phrasebook) -> bool:
    """Whether the object repaired is one physical thing (see mended_angle)."""
    if rx.search(book.reading.get("numbered_fault", "$^"), reading.object):
        return False  # "Fix bug #4821", "ticket #5521": software, its own shapes ("loom #3" is a loom)
    physical = any(find_whole(reading.object.lower(), w) >= 0 for w in word_set(book, "physical_systems"))
    if not physical and head_is(reading, book, word_set(book, "fix_fits") | word_set(book, "not_mendable")):
        return False  # "the fly system" is rigging, repaired; "the checkout API" is software
    if reading.lang == "en" and (is_plural_head(object_head(reading.object, book), book) or long_action(reading)):
        return False
    return True


def _detects(reading: Reading, book: Phrasebook) -> bool:
    """Whether what is shipped or built detects something ("the counterfeit-detection flag", "a fraud filter",
    「異常検知アラート」): its head is a detector word (reading.detector_words)."""
    words = word_set(book, "detector_words")
    if not words or "caught" not in book.templates or not reading.object:
        return False
    if reading.lang == "ja":
        return reading.object.endswith(tuple(words))
    return head_is(reading, book, words)


def coverage_words(reading: Reading) -> dict[str, str]:
    """The words a coverage shape fills: the object, and its verb with where things go kept in Japanese
    (「名刺データをCRMに取り込む」: 「名刺データの100%をCRMに取り込む」)."""
    words = {"Verb": reading.verb_text, "object": reading.object, "verb": reading.verb_text}
    if reading.lang == "ja" and reading.core.startswith(reading.object + "を"):
        words["verb"] = reading.core[len(reading.object) + 1 :]
        if reading.verb_text.endswith("する") and words["verb"].endswith(reading.verb):
            words["verb"] += "する"  # 「会報をデジタル化」: 「会報の100%をデジタル化する」
    return words


def _whole_known_set(reading: Reading, book: Phrasebook, starts_with_preposition: bool) -> bool:
    """Whether an English task with no family acts on a known set of several things ("the adult non-fiction
    stacks", "our older listings", "the nonfiction collection"), with a verb that works through one item after
    another."""
    many = bool(reading.countable) or head_is(reading, book, book.reading["collections"])
    if reading.lang != "en" or not reading.verb or not many or starts_with_preposition:
        return False
    if "coverage_any" not in book.templates or reading.verb in word_set(book, "coverage_misfit_verbs"):
        return False
    if _own_single(reading, book):
        return False
    first = reading.object.split()[0].lower()
    known = first in book.reading["determiners"] and first not in book.reading["singular_determiners"]
    # "Review depot fuel contracts": which contracts is said (read only when no determiner says it)
    named = known or _named_bare_set(reading, book)
    return named and not long_action(reading) and not _run_on(reading)


def _own_single(reading: Reading, book: Phrasebook) -> bool:
    """Whether an English object is the writer's own single thing ("my portfolio", "my ProZ profile"): judged by
    what it brings, not by a share of it done."""
    words = reading.object.split()
    return (
        reading.lang == "en"
        and bool(words)
        and words[0].lower() == "my"
        and not is_plural_head(object_head(reading.object, book), book)
    )


def _named_bare_set(reading: Reading, book: Phrasebook) -> bool:
    """Whether an English object with no determiner is a set its words name ("depot fuel contracts", not
    "contracts"), acted on by a verb that works through such a set one item after another."""
    if reading.verb not in word_set(book, "coverage_bare_verbs") or not reading.countable:
        return False
    words = object_head(reading.object, book).lower().split()
    return len(words) >= 2 and words[0] not in book.reading["determiners"] and is_plural_head(" ".join(words), book)


def _sent_for_acceptance(reading: Reading, book: Phrasebook) -> bool:
    """Whether a task sends one piece of work to those who accept or reject it ("Submit the paper to NeurIPS",
    「論文を学会に投稿する」): a paper, an abstract, a manuscript, submitted, pitched or sent in."""
    plural = reading.lang == "en" and bool(reading.countable)  # "Submit 3 abstracts" counts them
    if reading.verb not in word_set(book, "acceptance_verbs") or not reading.object or plural:
        return False
    return head_is(reading, book, word_set(book, "acceptance_nouns"))


def _applied_for_selection(reading: Reading, book: Phrasebook) -> bool:
    """Whether a task applies to something that selects among applicants ("Apply to the Bologna illustrators
    exhibition", "Enter the county photography competition"), read by reading.selection_verbs and _nouns."""
    verbs = word_set(book, "selection_verbs")
    if not verbs or reading.verb not in verbs or not reading.object:
        return False
    return head_is(reading, book, word_set(book, "selection_nouns") | word_set(book, "award_nouns"))


def _adopted(reading: Reading, book: Phrasebook) -> str:
    """What a Japanese study of adopting something is about (「電子書籍サービスの導入を検討」: 電子書籍サービス, one of
    several to compare and choose), else the object as written."""
    suffixes = sorted(word_set(book, "adoption_suffixes"), key=len, reverse=True)  # 「の導入」 before 「導入」
    suffix = next((s for s in suffixes if reading.object.endswith(s)), "")
    return reading.object[: -len(suffix)] if suffix and len(reading.object) > len(suffix) else reading.object


def _chooses_among(reading: Reading, book: Phrasebook) -> bool:
    """Whether what is researched is a set of options to choose one of ("daycares", 「保育園」), said in the plural
    in English."""
    options = word_set(book, "option_nouns")
    if reading.verb in word_set(book, "review_verbs"):
        return False  # 「料金プランを見直す」: one's own plans reviewed, not options to choose from
    if reading.lang == "ja":
        thing = _adopted(reading, book)
        # 「予約システムの導入を検討」 compares systems; 「カーボンプライシングの導入」 is a policy, not one of several
        products = thing != reading.object and thing.upper().endswith(tuple(word_set(book, "adoptable_nouns")))
        return thing.endswith(tuple(options)) or products
    words = reading.object.lower().split()
    if words[:1] and words[0] in ("how", "what", "why", "where", "which", "who", "whether", "when"):
        return False  # "Study how buyers research vendors": a question, not options
    ends = set(book.reading["head_end"]) | {"near", "around", "close", "nearby", "within"}
    head = words[: next((i for i, w in enumerate(words) if w in ends), len(words))]  # "daycares | near the new flat"
    # a plural, or software (a mass noun for products to choose among: "route optimisation software")
    countable = head[-1].endswith("s") or head[-1] == "software" if head else False
    return bool(head) and countable and (head[-1] in options or " ".join(head[-2:]) in options)


def head_is(reading: Reading, book: Phrasebook, nouns: Collection[str]) -> bool:
    """Whether what the verb acts on is one of the nouns: its last word in English (a plural too), its ending in
    Japanese."""
    if reading.lang == "ja":
        return reading.object.endswith(tuple(nouns))
    head = object_head(reading.object, book).lower().split()
    if not head:
        return False
    if head[-1] in nouns or head[-1].rstrip("s") in nouns:
        return True
    said = " " + " ".join(head)  # a noun of two words or more ("the parts room", "the walk-in fridge")
    return any(" " in n and (said.endswith(f" {n}") or said.endswith(f" {n}s")) for n in nouns)


def bug_fixed_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A software fault fixed ("fix the save corruption bug"), when nothing else measures it: fixed when it stops
    being reported, not "with zero rollbacks"."""
    family = family_of(reading, book)
    if family is None or family.name != "fix" or "bug_fixed" not in book.templates or not _is_bug(reading, book):
        return None
    words = {"Verb": reading.verb_text, "object": reading.object}
    return Angle("single", book.templates["bug_fixed"], "output:repeat reports", words)


def _is_bug(reading: Reading, book: Phrasebook) -> bool:
    """Whether what is fixed is a software fault ("the login bug on Android", "the save corruption bug ppl reported
    on the forums": a clause about who reported it is no part of what it is)."""
    if reading.lang == "ja":
        return False
    said = rx.split(book.reading.get("reported_by", "$^"), reading.object, maxsplit=1)[0]
    head = object_head(said, book).lower().split()
    return bool(head) and head[-1] in word_set(book, "bug_words")


def long_action(reading: Reading, words: int = 10, chars: int = 30) -> bool:
    """Whether the writer's action is too long to be pasted into a key result around it (more than so many
    English words or Japanese characters)."""
    return len(reading.action) > chars if reading.lang == "ja" else len(reading.action.split()) > words


def _run_on(reading: Reading) -> bool:
    """Whether the writer's action runs on with its reasons ("..., including the flats that were missed")."""
    return long_action(reading, words=14, chars=40) or (reading.lang == "en" and "," in reading.action)


def _metric_leads(reading: Reading, book: Phrasebook, family: Family) -> bool:
    """Whether a metric the statement serves comes before the family's own result: milestones say little
    next to a metric, and an approval fits a document ("the Q3 budget"), not a renewal or a contract."""
    if family.name == "project":
        return True
    documents = set(book.objects.get("submit", ())) - word_set(book, "not_documents")
    return family.name == "submit" and not head_is(reading, book, documents)


def _personal(reading: Reading, book: Phrasebook) -> bool:
    """Whether the statement's topic is the writer's own life (health, home, money, creative work)."""
    match = topic_match(reading)
    return match is not None and match[0].domain in book.reading.get("personal_domains", ())


def _single_fits(reading: Reading, book: Phrasebook, family: Family) -> bool:
    """Whether a family's stock shape fits the statement: an approval fits a document ("the Q3 budget", 「予算案」),
    not a raise or a trip; attendees fit an event one runs, not a meetup one joins; follow-up meetings come
    from people one contacts, not from "Visit Japan"; being used fits a tool one builds, not a culture or a
    talent pipeline; rollbacks and upkeep fit a system one fixes, not a home office."""
    if family.name == "club":  # started or run by the writer: "Join a running club" is the writer's own taking part
        running = word_set(book, "starting_verbs") | word_set(book, "club_running_verbs") | set(family.verbs)
        return reading.verb in running
    if family.name == "event":  # "do my phlebotomy training": one's own, not an event with attendees
        own = reading.lang == "en" and reading.object.lower().startswith("my ")
        return reading.verb not in book.reading.get("attendee_verbs", ()) and not own
    if family.name == "contact":
        return head_is(reading, book, word_set(book, "contacts"))
    if family.name == "find" and rx.search(book.reading.get("found_in_oneself", "$^"), reading.object):
        return False  # "Find my own tone on the shakuhachi": a quality one grows, not options compared
    if family.name == "publish" and rx.search(book.reading.get("not_published", "$^"), reading.core):
        return False  # "record myself and listen back", "Send Dan on the course": nobody is reached by it
    if family.name == "submit":  # an application is judged by its answer, not by an approval round
        # 「夫婦で子育ての方針をそろえる」: nobody approves a family's plan
        documents = set(book.objects.get("submit", ())) - word_set(book, "not_documents")
        # 「夏休みの北海道旅行の計画」, "the Portugal trip plan": a trip of one's own is nobody's to approve
        occasion = names_any(reading.body, tuple(book.reading.get("personal_occasions", ())), reading.lang)
        return not _personal(reading, book) and not occasion and head_is(reading, book, documents)
    if family.name == "ship":  # 「家計簿アプリを入れる」 for oneself, 「実家に見守りカメラを設置」 for one's family, is
        # not used by 200 people
        words = tuple(book.reading.get("household_words", ()))
        if head_is(reading, book, word_set(book, "not_used_by_people")):
            return False  # "Pilot smart meters", "Introduce fear-free handling": nobody "uses" them
        return not _personal(reading, book) and not (words and names_any(reading.body, words, reading.lang))
    if family.name == "project":  # milestones fit a project or a build, not "Finish chapter 2", and a project
        # run, not one upgraded or applied for ("Upgrade project to Unreal 5.4")
        running = word_set(book, "project_running_verbs")
        if running and reading.verb not in family.verbs and reading.verb not in running:
            return False
        return head_is(reading, book, set(book.objects.get("project", ())) | word_set(book, "project_fits"))
    if family.name in ("build", "fix"):  # "used by 20 people" fits a tool, "zero rollbacks" a system
        physical = word_set(book, "physical_systems")  # "the fly system" is rigging: it has no rollbacks
        if family.name == "fix" and any(find_whole(reading.object.lower(), w) >= 0 for w in physical):
            return False
        fits = word_set(book, f"{family.name}_fits")
        # 「観察方法をマニュアル化する」「面談シートをテンプレ化する」: the verb names the thing made
        made = reading.lang == "ja" and reading.verb.endswith("化") and reading.verb[:-1] in fits
        # 「初心者向けの土曜教室を立ち上げる」: a class one starts is attended (class_joined), not a rota or a series
        joined = family.name == "build" and head_is(reading, book, word_set(book, "class_things"))
        if reading.lang == "en" and family.name == "build":  # "a quarantine system for new arrivals": nobody uses it
            head = object_head(reading.object, book).lower().split()
            if not word_set(book, "not_used_by_people").isdisjoint(head[:-1]):
                return False
        return made or joined or head_is(reading, book, fits)
    if family.name == "find":  # one thing chosen from options, not keywords, volunteers or a voice found
        return not head_is(reading, book, word_set(book, "find_misfits"))
    if family.name == "research":  # recommendations adopted come of a study, not of 「陳列ルールを見直す」
        return reading.verb not in word_set(book, "review_verbs")
    return True


def perception_metrics(reading: Reading, book: Phrasebook) -> list[Metric]:
    """The survey metrics of the perception topic an objective is about ("a place engineers love to work",
    「楽しく続けられるチーム」), for objectives that name no metric; the first topic found wins."""
    text = reading.core.lower()
    if not book.feelings or _feelings(book, reading.lang).search(text) is None:
        return []
    known = catalog()
    # teams that come to play or hire ("loved by local teams", 「地元のチームに愛される」) are customers, not staff
    text = rx.sub(book.reading.get("outside_teams", "$^"), "・", text)
    best: tuple[int, tuple[str, ...]] | None = None
    for words, metrics in book.perception.values():
        for w in words:
            at = text.find(w.lower()) if reading.lang == "ja" else _find_word(text, w.lower())
            if at >= 0 and (best is None or at < best[0]):
                best = (at, metrics)
    chosen = best[1] if best else ()
    mass = word_set(book, "mass_brand_metrics")
    if chosen and set(chosen) <= mass and rx.search(book.reading.get("local_trade", "$^"), reading.core):
        # "Become the trusted workshop for heirloom watch restoration", 「信頼される看板屋」: a trade known locally is
        # asked for by name and rated by its customers; no market survey measures its brand (reading.local_trade)
        chosen = tuple(book.reading.get("local_trade_metrics", chosen))
    return [known[k] for k in chosen if k in known]


@cache
def _feelings(book: Phrasebook, lang: str) -> re.Pattern[str]:
    """One pattern for any of the words that make a statement about how people feel, found as
    _find_word finds a word in English (whole words) and anywhere in Japanese."""
    words = "|".join(re.escape(f.lower()) for f in book.feelings)
    return re.compile(words if lang == "ja" else rf"(?<![\w-])(?:{words})(?![\w-])")


def _find_word(text: str, word: str) -> int:
    """Where a word first stands in English text as a whole word, or -1."""
    return find_whole(text, word)


def _is_quantity(reading: Reading, book: Phrasebook) -> bool:
    """True when the object is an amount one can compare with last quarter's ("output", "overtime costs",
    「問い合わせ件数」, countable things), not a quality ("my confidence", 「家族の笑顔」「サポートの品質」)."""
    if reading.countable:
        return True
    nouns = book.reading.get("quantity_nouns", [])
    if reading.lang == "ja":  # 「退塾を減らす」「見学の申込みを増やす」: what one adds to or takes from is an amount
        return reading.object.endswith(tuple(nouns)) or reading.verb in word_set(book, "quantity_verbs")
    head = object_head(reading.object, book).lower().split()
    return bool(head) and any(head[-1] == n or head[-1] == n + "s" for n in nouns)


def _phrase_size(phrase: str, lang: str) -> int:
    """How much a phrase says: its words in English, its characters in Japanese."""
    return len(phrase) if lang == "ja" else len(phrase.split())


def _topic_says_more(reading: Reading, metric: Metric) -> bool:
    """Whether the statement's topic, called by a phrase of two or more words (four or more characters in
    Japanese), says better what it is about than a metric only one word of it names, or only shared words
    ("care far from home" is not "patients called within 48 hours of going home"), or a phrase the topic's
    own phrase holds and goes beyond."""
    match = topic_match(reading)
    if match is None or _phrase_size(match[1], reading.lang) < (4 if reading.lang == "ja" else 2):
        return False
    naming = naming_phrase(reading, metric)
    if _phrase_size(naming, reading.lang) < (3 if reading.lang == "ja" else 2):
        return True
    # 「DR手順書」 says more than the 「手順書」 inside it, and "customer reviews reply" than "reviews"
    inside = bool(naming) and naming.lower() in match[1].lower()
    return inside and _phrase_size(match[1], reading.lang) > _phrase_size(naming, reading.lang)


def _fits_household(metric: Metric, reading: Reading, book: Phrasebook) -> bool:
    """Whether a metric can measure the statement's household: a statement about the writer's own family
    ("read to my kids", 「保育園の送迎をパパと交代制にする」) is measured at home, not by a city's waiting list or a
    company's figures."""
    words = book.reading.get("household_words", ())
    at_home = (*book.reading.get("personal_domains", ()), "language", "skills")
    if not words or metric.domain in at_home:
        return True
    return not names_any(reading.body, tuple(words), reading.lang)


def at_home(reading: Reading, book: Phrasebook, also: Collection[str] = ()) -> bool:
    """Whether a statement is about the writer's own life: a personal topic, or the writer's family named
    ("Help my son with his homework every evening", 「2年生の長男の宿題を毎晩見る」), or one of the words also given."""
    words = (*book.reading.get("household_words", ()), *also)
    return _personal(reading, book) or bool(words and names_any(reading.body, words, reading.lang))


def own_share_angle(reading: Reading, book: Phrasebook) -> Angle | None:
    """A ratio the writer names with a direction ("Raise the share of direct sales", 「直販の比率を上げる」, "Improve
    on-time turnarounds"), as that share from a baseline to a target, read by the language's patterns
    (reading.own_share: the group "thing", and "on_time" when it is said as on time)."""
    for pattern in book.reading.get("own_share", ()):
        m = rx.match(pattern, reading.object.strip(), flags=re.I if reading.lang == "en" else 0)
        if m is None:
            continue
        d = book.directions
        up = reading.verb not in d["reduce"]
        verb = _unit_word(d["up"] if up else d["down"], "percent")
        thing = m.group("thing").strip(" ,.")
        on_time = "on_time" in m.groupdict() and m.group("on_time") is not None
        words = {"thing": thing, "change": verb, "Change": verb[:1].upper() + verb[1:]}
        values = {"baseline": "80%", "target": "95%"} if on_time else {}
        template = book.templates["own_share_on_time" if on_time else "own_share"]
        return Angle("own_share", template, f"output:share of {thing}", words, values)
    return None


def own_change_angle(thing: str, up: bool, book: Phrasebook) -> Angle:
    """More or less of something the catalog does not know, as a change on last quarter's level ("Get rush
    jobs 20% below last quarter's level", 「残業を前期比20%減にする」)."""
    d = book.directions
    trouble = book.reading.get("trouble_of", "")
    thing = rx.sub(trouble, "", thing) if trouble else thing  # "the chaos of last-minute shift swaps": the swaps
    rate = word_set(book, "rate_heads")
    said = thing.lower() if book.lang == "en" else thing
    if rate and said.endswith(tuple(rate)) and f"own_rate_{'up' if up else 'down'}" in book.templates:
        # 「有収率を上げる」, "cut the contamination rate": a rate moves in points, not "20% above last quarter's"
        # (a ratio near 90% cannot rise by a fifth)
        change = _unit_word(d["up"] if up else d["down"], "percent")
        words = {"object": thing, "change": change, "Change": change[:1].upper() + change[1:]}
        return Angle("own_change", book.templates[f"own_rate_{'up' if up else 'down'}"], f"output:{thing}", words)
    verb = _unit_word(d["up"] if up else d["down"], "count")  # an amount
    if rx.match(book.reading.get("counted_doing", "$^"), thing):  # "fish dying in quarantine": how many of them
        thing = book.reading["counted_doing_as"].replace("{}", thing)
    words = {
        "object": thing,
        "change": verb,
        "Change": verb[:1].upper() + verb[1:],
        "versus": d["versus_up"] if up else d["versus_down"],
    }
    return Angle("own_change", book.templates["own_change"], f"output:{thing}", words)


def business_angles(reading: Reading, label: str, book: Phrasebook) -> list[Angle]:
    """Return candidate angles for a task or objective, best first: metrics its topic names, or its counted output."""
    found = [
        f
        for f in scored(reading)
        if f[2].domain not in book.learning_only
        and _fits_household(f[2], reading, book)
        and measures_whom(f[2], reading, book)
    ]
    metrics = [m for _, _, m in found]
    named = [m for _, is_named, m in found if is_named]
    family = family_of(reading, book)
    direction = family is None and (_direction(reading.verb, book) or label == "objective" or not reading.verb)
    out: list[Angle] = []
    d = book.directions
    if named and (_topic_says_more(reading, named[0]) or reason_match(reading) is not None):
        # "Fewer children going into care far from home" is not about patients called after going home, and
        # 「請求関連の問い合わせが多いので、ヘルプ記事を増やす」 is for fewer billing queries, not more articles
        named = []
    # a topic's phrases are the writer's own words for it: its language metrics fit ("Get an Italian tutor")
    topical = (
        []
        if named
        else [
            m for m in topic_metrics(reading) if _fits_household(m, reading, book) and measures_whom(m, reading, book)
        ]
    )
    if not named and not topical and not metrics:  # its own words call nothing: the goal it serves may
        topical = served_topic_metrics(reading)
    if topical:  # no metric named, but a topic in the writer's own words ("Get in shape", 「資金繰り」)
        named = metrics = topical
    if direction and not metrics and reading.verb not in d["raise"] and reading.verb not in d["reduce"]:
        metrics = perception_metrics(reading, book)
    share = own_share_angle(reading, book) if direction and metrics and metrics[0].unit != "percent" else None
    if share is not None:  # "Raise the share of direct sales": the writer's own ratio, before a sum of sales
        out.append(share)
    if direction:
        starts = label != "objective"
        out += [metric_angle("change", m, reading, book, own=i == 0, starts=starts) for i, m in enumerate(metrics[:3])]
        out += [metric_angle("reach", m, reading, book, starts=starts) for m in metrics[:1]]
        d = book.directions
        noun_phrase = (
            len(reading.object) <= 20
            if reading.lang == "ja"
            else (
                0 < len(object_head(reading.object, book).split()) <= 4
                and len(reading.object.split()) <= 7
                and "," not in reading.object
                and reading.object.split()[0].lower() not in book.reading["head_end"]
            )
        )  # "Grow into a PM who ..." is not a quantity
        # "Increase the visibility of our research, policy people never read our papers" counts no papers
        counted_head = (
            reading.lang == "en"
            and bool(reading.countable)
            and reading.countable.lower().split()[-1] in object_head(reading.object, book).split(",")[0].lower().split()
            and reading.object.split()[0].lower() not in book.reading["head_end"]  # "Win more at regional regattas"
        )
        more = reading.verb in d["raise"] and reading.verb not in word_set(book, "quality_raise_verbs")
        # "Grow 5 donors" is not English: a verb that only says more takes no count (the group grown is counted
        # by grown.py); "Land 5 guest posts", "Get 5 intros" do
        more = more and reading.verb not in word_set(book, "uncounted_raise_verbs")
        if reading.object and not metrics and more and counted_head:
            # "Land guest posts on industry sites": more of a countable thing is a number of them
            noun = without_determiner(reading.object, book)
            # "Get more intros": the quantity word goes with the number ("Get 5 intros")
            verb_text = rx.sub(r"(?i)\s+(?:more|many|lots of|plenty of)$", "", reading.verb_text)
            words = {"Verb": verb_text, "object": _without_quantity(noun, book)}
            count = {"count": book.templates["raise_count"]}
            out.append(
                Angle("count_output", book.templates["count_output"], f"output:{reading.countable}", words, count)
            )
        if (
            reading.object
            and not metrics
            and noun_phrase
            and (reading.verb in d["raise"] or reading.verb in d["reduce"])
            and _is_quantity(reading, book)
        ):
            out.append(own_change_angle(reading.object, reading.verb in d["raise"], book))
        # (an improvement with no metric named gets nothing rather than "Fix the 5 most-reported problems with
        # X": blind graders gave that shape 0 as filler in every round that met it)
    else:
        counted = next((m for m in named if counts_output(m, reading, book)), None)
        outputs = _output_angles(reading, book, family, counted)
        if _sent_for_acceptance(reading, book):
            # "Submit the protein folding paper to NeurIPS": judged by its acceptance, not by citations of the
            # group's published work
            words = {"Verb": reading.verb_text, "object": reading.object, "action": reading.action}
            out.append(Angle("single", book.templates["accepted"], "output:accepted", words))
        elif _applied_for_selection(reading, book):
            # "Apply to the Bologna illustrators exhibition": judged by being selected, not by pages drafted; "Apply
            # for the state forestry grant": by its award
            words = {"Verb": reading.verb_text, "object": reading.object}
            awarded = "awarded" in book.templates and head_is(reading, book, word_set(book, "award_nouns"))
            which = "awarded" if awarded else "selected"
            out.append(Angle("single", book.templates[which], f"output:{which}", words))
        if outputs and outputs[0].metric == "output:options compared":
            out.append(outputs.pop(0))  # options researched end in one chosen, before what the choice may move
        if counted is not None and outputs and outputs[0].metric == counted.key:
            same = counted.counter(reading.lang)
            named = [
                m for m in named if m is not counted and not (m.unit == "count" and m.counter(reading.lang) == same)
            ]
            out.append(outputs.pop(0))  # the output counted as the catalog counts it comes first
        changes = []
        singular = [m for m in named if m.unit == "count" and _counts_the_object(m, reading, book)]
        named = [m for m in named if m not in singular]  # "Write the launch blog post" does not grow posts to 12
        if not named and not topical and singular and counted is None:  # what was named does not fit: the topic
            topical = named = topic_metrics(reading)
        # a long action pasted before the metric makes a key result nobody can read: the metric alone then
        wordy = long_action(reading)
        # a goal in everyday words with no activity verb ("Stop losing good people") is the metric's change
        # itself, not an activity to finish first
        doing = reading.verb in word_set(book, "event_light_verbs")  # 「PoCを実施する」 is an activity all the same
        wordy = wordy or (bool(topical) and family is None and not doing)
        # "Paint more", 「もっと本を読む」: the action is the direction the metric already says
        wordy = wordy or bool(rx.search(r"(?i)(?:\bmore|\bless|\bbetter|もっと)", reading.core))
        # "Give guests a stay they rave about", "Build a brand that developers trust": an objective that says how
        # people will find it is a state the metric shows, not an action to finish by a date first
        wordy = wordy or (
            label == "objective" and _feelings(book, reading.lang).search(reading.core.lower()) is not None
        )
        # 「水彩画が上手くなる」: a becoming is the state the metric shows, not an action to finish first
        wordy = wordy or reading.core.endswith(tuple(book.reading.get("becoming", ())))
        # 「料理の提供が遅いとクレームが多い」: an adjective says how things are, there is no action to do first
        wordy = wordy or (reading.lang == "ja" and reading.verb.endswith("い"))
        # 「デプロイを怖くない日常にする」「頑張った人が報われる評価にする」: a state described and made, not an action
        # to finish first (「手順を動画にする」 is one)
        wordy = wordy or _described_state(reading)
        for m in named[:2]:
            if wordy or _names_metric(reading, m):  # 「人件費率の適正化」 is the metric's change itself
                changes.append(metric_angle("change", m, reading, book, own=False))
                continue
            changes.append(action_change_angle(m, reading, book))
        # the metric first (what the work is for), then the work's own output, alternating; a plan or a project
        # is judged by its own result first, but a saving's stock total gives way to a metric; a counted output
        # of making, publishing, events and contacts, and a share of a collection done, come before a metric a
        # topic only guesses
        named_aside = False  # a metric named only by where the work happens or whom it is done with
        topic_first = bool(changes) and family is not None and family.name in word_set(book, "topic_before_own")
        own_first = family is not None and (
            (family.own_first and not topic_first)
            or (bool(topical) and not word_set(book, "count_before_topic").isdisjoint((family.name, reading.verb)))
            # "Digitise 100% of the archive"; but "Cancel unused subscriptions" is for what they cost
            or (
                bool(topical)
                and any(a.shape == "coverage" for a in outputs)
                and reading.verb in word_set(book, "coverage_before_topic")
            )
        )
        if changes and family is not None and _metric_leads(reading, book, family):
            own_first = False  # "Drive the data project", "Negotiate the renewal": the metric it serves says more
        # "... with my fiance": the one it is done with names a metric of the two of them, not of the work; "Run a
        # know-your-rights workshop at the public library": the event's own attendees, not the library's visits,
        # which only the place it is held at names
        if (
            changes
            and family is not None
            and (
                _named_in(reading, named[:2], rf"\bwith\s+((?:my|our)\s+(?:{_COMPANIONS})\b.*)$")
                or (family.name == "event" and _named_at_place(reading, named[:2]))
            )
        ):
            own_first, named_aside = True, True
        if changes and family is not None and family.name == "find" and label == "objective":
            # "Find my own voice as a songwriter" is not one option chosen from three
            own_first = False
            outputs = [a for a in outputs if a.shape != "single"]
        # a family's stock shape ("... and have it used by 20 people") fits any object, so it fits none
        # well: it comes after every angle that names a metric or counts the work's own output
        # (a plan, a find or a commission has a stock shape of its own kind, which stays first)
        stock = bool(changes) and family is not None and not family.own_first and not named_aside
        singles = [a for a in outputs if a.shape == "single"] if stock else []
        outputs = [a for a in outputs if a not in singles]
        for i in range(max(len(outputs), len(changes))):
            pair = outputs[i : i + 1] + changes[i : i + 1]
            out += pair if own_first else pair[::-1]
        out += [metric_angle("change", m, reading, book, own=False) for m in named[:1]]
        out += singles
    return out


_COMPANIONS = (
    r"wife|husband|partner|fianc[eé]e?|boyfriend|girlfriend|spouse|kids|children|son|daughter|mum|mom|dad|parents|"
    r"family|friends?|sister|brother"
)


def _named_at_place(reading: Reading, metrics: list[Metric]) -> bool:
    """Whether every metric is named only by words of the place the English action happens at ("... at the public
    library"), not by what the action makes or does ("in" names too much that is no place: "in the program")."""
    return _named_in(reading, metrics, r"\bat\s+(?:the|our|a|an|my)\s+(.+)$")


def _named_in(reading: Reading, metrics: list[Metric], pattern: str) -> bool:
    """Whether every metric is named only by the words of the English object's trailing phrase the pattern finds (its
    group: a place, a companion), not by what the action makes or does."""
    if reading.lang != "en" or not metrics:
        return False
    place = rx.search(f"(?i){pattern}", reading.object)
    if place is None:
        return False
    where, before = place.group(1).lower(), reading.object[: place.start()].lower()
    topic = topic_match(reading)
    for metric in metrics:
        phrase = naming_phrase(reading, metric) or (topic[1] if topic and metric.key in topic[0].metrics else "")
        words = [phrase] if phrase else [w.lower() for w in metric.words("en")]
        if not any(find_whole(where, w) >= 0 for w in words if w) or any(
            find_whole(before, w) >= 0 for w in words if w
        ):
            return False
    return True


def action_change_angle(metric: Metric, reading: Reading, book: Phrasebook) -> Angle:
    """The writer's action, then the metric's change ("Refresh the outbound emails by ... and raise reply rate
    ...", 「今期末までに…を導入し、…を上げる」), the metric named by its catalog name; an action kept up by a cue
    ("... before bed") takes no date of its own."""
    a = metric_angle("action_change", metric, reading, book, own=False)
    template = a.template
    routine = book.templates.get("action_change_routine")
    if routine and template == book.templates["action_change"] and cued_routine(reading, book) is not None:
        template = routine
    return Angle(a.shape, template, a.metric, {**a.words, "action": reading.action}, a.values)


def _described_state(reading: Reading) -> bool:
    """Whether a Japanese statement makes a thing a state its own clause describes (「怖くない日常にする」): the
    verb's noun follows a plain form (い, な, る, た), not an object (「動画にする」)."""
    if reading.lang != "ja" or not reading.action.endswith(("にし", "になり")) or not reading.verb:
        return False
    at = reading.core.rfind(reading.verb)
    return at > 0 and reading.core[at - 1] in "いなるた"


def _names_metric(reading: Reading, metric: Metric) -> bool:
    """Whether what the verb acts on is the metric itself, by its catalog name (「人件費率」 of 「人件費率を見直す」):
    the action would name it twice (「人件費率を見直し、人件費率を34%から29%に下げる」)."""
    obj = rx.sub(r"(?i)^(?:the|our|my)\s+", "", reading.object).lower()
    return bool(obj) and obj == metric.name(reading.lang).lower()


def routine_words(reading: Reading, book: Phrasebook) -> dict[str, str]:
    """The words a routine's rate templates take: the English action, the Japanese core in its plain form."""
    if reading.lang == "ja":
        from ..lang.ja.reading import plain_core  # here: lang.ja.reading imports this package

        return {"action": "", "core": _uninsisted(plain_core(reading, book), book)}
    return _routine_words_en(reading, book)


def _uninsisted(text: str, book: Phrasebook) -> str:
    """A routine without the writer's insistence on it ("Practice scales, no excuses" -> "Practice scales",
    「欠かさずストレッチする」 -> 「ストレッチする」): its rate over the cycle says how often in figures, and
    "on 75 of the 90 days" after "no matter what" contradicts it."""
    pattern = book.reading.get("insistence")
    if not pattern:
        return text
    cut = rx.sub(pattern, "", text).strip(" ,;、")
    return cut if cut else text


def _routine_words_en(reading: Reading, book: Phrasebook) -> dict[str, str]:
    """The English action a routine's rate is said of (the templates' {action}), and its core."""
    run_after = word_set(book, "run_after")
    action = _uninsisted(reading.action, book)  # before the checks below read how it ends
    first = action.split(maxsplit=1)
    # "Set up Dad's pill organizer every Sunday night": a thing of one's own set up each time, not run
    again = not rx.search(r"(?i)\b(?:daily|weekly|monthly|fortnightly|biweekly|nightly)\b", reading.object) and bool(
        rx.match(r"(?i)(?:the|my|our|his|her|their|[A-Z][a-z]+'s)\s", reading.object)
    )
    if reading.verb in run_after and reading.object and not again:
        # "Set up a weekly language exchange": what is kept up is running it, not setting it up again
        run = f"{book.reading.get('run_verb', 'Run')} {_uninsisted(reading.object, book)}"
        return {"action": run, "core": reading.core}
    if not reading.verb and len(first) == 2 and first[0].lower() in run_after:  # "start weekly standups"
        return {"action": f"{book.reading.get('run_verb', 'Run')} {first[1]}", "core": reading.core}
    opening = book.reading.get("routine_noun_opening", "$^")
    named = _without_moment(_unscheduled(action))
    checked = (
        bool(named)
        and named.lower().split()[-1] in word_set(book, "verbless_routine_nouns")
        and not rx.search(r"(?i)\b(?:do|does|will|must|should|to)\b", action)  # "Drivers do a walkaround check"
    )
    if not reading.verb and action and (rx.match(opening, reading.body) or checked):
        # "weekly calibration sessions w/ QA leads": a routine named by its noun, its schedule word first, or by a
        # check it is ("pre-shift tyre and brake check, daily") (not a verb the reading does not know: "Try to stream
        # dev logs more often")
        action = _with_routine_verb(action, book)
    if reading.habit == "weekly":  # "every Monday morning in 11 of the 13 weeks" says the week twice
        day = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
        action = rx.sub(  # "every Tuesday and Thursday" -> "on Tuesdays and Thursdays", "... night" -> "... nights"
            rf"(?i)\b(?:every|each)\s+({day}(?:\s*(?:,|and|&)\s*{day})+)(?:\s+(morning|afternoon|evening|night))?\b",
            lambda m: (
                f"on {m.group(1)} {m.group(2)}s" if m.group(2) else "on " + rx.sub(rf"(?i)({day})", r"\1s", m.group(1))
            ),
            action,
        )
        action = rx.sub(
            rf"(?i)\b(?:every|each)\s+({day})(\s+(?:morning|afternoon|evening|night))?\b(?!\s*(?:and|or|&|/|,))",
            lambda m: f"on {m.group(1)}{m.group(2) or ''}s" if m.group(2) else f"on {m.group(1)}s",
            action,
        )
    per = book.reading.get("per_cycle", {})
    if reading.habit in per and rx.search(book.reading.get("times_count", "$^"), action):
        action = f"{action} {per[reading.habit]}"  # "Hit the gym 3x a week in 11 of the 13 weeks", not "3x in 11 of"
    return {"action": action, "core": reading.core}


def _unscheduled(action: str) -> str:
    """An English routine's words without the day it ends on ("Van maintenance checklist | every Monday")."""
    return rx.sub(r"(?i)\s+(?:on|every|each)\s+[a-z]+$", "", action)


def _without_moment(named: str) -> str:
    """A routine's name without the moment it is kept at ("Quick brake and tyre check before rollout": its head is
    the check)."""
    return rx.sub(r"(?i)\s+(?:before|after|at|during)\s+\S.*$", "", named) or named


def _with_routine_verb(action: str, book: Phrasebook) -> str:
    """A routine named by its noun alone, with the verb that keeps it ("Calibration sessions with QA leads" ->
    "Hold calibration sessions with QA leads", "Waste log at each store" -> "Fill in the waste log at each store");
    as written when its head names no routine the language knows."""
    verbs: dict[str, str] = book.reading.get("routine_noun_verbs", {})
    named = _without_moment(_unscheduled(action))
    # ("tyre and brake check": the last word names the routine when the head stops at the "and")
    head = object_head(named, book).lower().split() or named.lower().split()
    verb = (verbs.get(head[-1]) or verbs.get(named.lower().split()[-1])) if head else None
    if verb is None:
        return action
    words = action.split()
    first = words[0].lower()
    determined = first in word_set(book, "determiners")
    lowered = words[0] if words[0].isupper() and len(words[0]) > 1 else words[0][:1].lower() + words[0][1:]
    article = "" if determined or head[-1].endswith("s") else "the "
    return f"{verb} {article}{' '.join([lowered, *words[1:]])}"


def _routine_days(reading: Reading, book: Phrasebook) -> str:
    """Which days a daily routine is kept on: "school" or "work" days when its words or its team tag say it is
    one of school or work, "" (every day of the calendar) otherwise."""
    said = f"{reading.body} {reading.team}"
    every = word_set(book, "every_day_words")
    # 「子牛の体温チェック」「手術後の子の様子」: animals and patients are cared for every day of the week
    if reading.lang == "ja" and any(w in said for w in every):
        return ""
    if rx.search(book.reading.get("weekends_too", "$^"), said):
        return ""  # "daily riyaz after school, even on weekends": every day of the calendar
    for days in ("school", "work"):
        words = book.reading.get(f"{days}_day_words", ())
        if reading.lang == "ja":
            found = any(w in said for w in words)
        else:
            found = any(find_whole(said.lower(), w) >= 0 for w in words)
        # a school class ("2年3組", "Year 9") says school days too
        found = found or (days == "school" and rx.search(book.reading.get("school_class", "$^"), said) is not None)
        if found and f"daily_{days}" in book.habit_templates:
            return days
    team = book.reading.get("work_team", "")
    if "daily_work" in book.habit_templates and team and reading.team and rx.search(team, reading.team.strip()):
        return "work"  # 「開発部：コードレビューを毎日やる」: a unit's routine is kept on its working days
    if "daily_work" in book.habit_templates and _work_topic(reading, book):
        return "work"  # 「新規開拓のテレアポを毎日やる」: a sales routine is kept on working days, not weekends
    return ""


def _work_topic(reading: Reading, book: Phrasebook) -> bool:
    """Whether the statement's topic is work: the topic it calls (else the metric its words name first) is in a
    work domain, not one's own life, learning or a school's."""
    match = topic_match(reading)
    first = (
        catalog().get(match[0].metrics[0]) if match else next((m for _, named, m in scored(reading)[:1] if named), None)
    )
    own = {*book.reading.get("personal_domains", ()), "language", "skills", "school", "nonprofit", "city"}
    return first is not None and first.domain not in own


def rate_templates(reading: Reading, book: Phrasebook) -> tuple[str, str]:
    """The rate and streak templates of a routine's cycle; a daily routine of school or work is counted in its
    days (「朝の読書タイムを毎朝実施する」 in a class: 60 school days, not 90 calendar days)."""
    days = _routine_days(reading, book) if reading.habit == "daily" else ""
    rate, streak = book.habit_templates[f"daily_{days}" if days else reading.habit]
    if reading.habit != "weekly":
        return rate, streak
    if rx.search(book.reading.get("fortnightly_words", "$^"), reading.body) and "fortnightly" in book.habit_templates:
        return book.habit_templates["fortnightly"]  # 「隔週」: 6 times a quarter, not 11 of the 13 weeks
    named = rx.search(book.reading.get("named_days", "$^"), reading.core)
    if named and "weekly_days" in book.habit_templates:
        rate, streak = book.habit_templates["weekly_days"]  # "every Saturday morning" stays in the action
    return rate, streak


def must_do(reading: Reading, book: Phrasebook, said: str = "") -> bool:
    """Whether the statement (or the part of it said, the action) is a check that must not be skipped
    (reading.must_do_words: a safety check, a calibration, fridge temperatures, a fire round): kept on every
    occasion, not on most of them."""
    said = said or reading.body
    said = said if reading.lang == "ja" else said.lower()
    words = word_set(book, "must_do_words")
    if names_any(said, tuple(words), reading.lang):
        return True
    # a check made before the day's work goes out ("weigh birds b4 flying", 「鷹の体重を毎朝はかって」)
    if rx.search(book.reading.get("must_do_pattern", "$^"), said) is not None:
        return True
    return _duty(reading, book)


def _duty(reading: Reading, book: Phrasebook) -> bool:
    """Whether a routine is upkeep a place, its stock or its animals need (reading.duty_verbs: "Wipe down the counters
    every night", 「毎週小麦粉を発注する」), kept on every day or week, unlike a practice kept up for oneself."""
    if names_any(reading.core, tuple(word_set(book, "duty_objects")), reading.lang):
        return True  # 「水槽の水温をはかる」, "check kart brake pads": what it tends says so, whatever the verb
    core = reading.core if reading.lang == "ja" else reading.core.lower()
    said = rx.sub(book.reading.get("duty_lead", "$^"), "", core).split(" ", 1)[0]  # ("Deep clean the litter area")
    duties = word_set(book, "duty_verbs")
    return (reading.verb or said).lower() in duties or said in duties


def habit_angles(reading: Reading, book: Phrasebook) -> list[Angle]:
    """A habit becomes a rate over the cycle, then a streak, then a metric it moves or a total."""
    templates = book.habit_templates
    rate, streak = rate_templates(reading, book)
    words = routine_words(reading, book)
    noun = templates["units"][reading.habit]
    # a streak says its cycle itself: "Hit the gym 3x every week for a streak of 8 weeks", not "3x a week every week"
    per = book.reading.get("per_cycle", {}).get(reading.habit, "")
    counted = bool(per) and words["action"].endswith(" " + per) and reading.lang == "en"
    streak_words = {**words, "action": words["action"].removesuffix(" " + per)} if counted else words
    # a check that must not be skipped ("Sterilization logs reviewed every friday", 「毎朝　ピットのクレーン点検」) is
    # kept on every day or week of the cycle, not on 75 of the 90: skipping a safety check is no key result
    cycle = rx.search(r"\{total:([^}]+)\}", rate)
    every = cycle is not None and must_do(reading, book)
    if every:  # "in all 13 weeks", 「90日間毎日」
        rate = rx.sub(r"(in|on) \{count:[^}]+\} of the (\{total:[^}]+\})", r"\1 all \2", rate)
        rate = rx.sub(r"((?:営業日|登校日)\{total:[^}]+\})日中\{count:[^}]+\}日", r"\1日すべてで", rate)
        rate = rx.sub(r"(\{total:[^}]+\})日中\{count:[^}]+\}日", r"\1日間毎日", rate)
        rate = rx.sub(r"(\{total:[^}]+\})(週|か月)中\{count:[^}]+\}\2", r"\1\2すべてで", rate)
    out = [Angle("habit_rate", rate, f"output:{noun} done", words)]
    if not every:  # (a duty kept every day has no shorter streak or smaller total worth aiming at)
        out.append(Angle("habit_streak", streak, f"output:{noun} in a row", streak_words))
    metrics = rank(reading)
    if metrics:
        out.append(metric_angle("change", metrics[0], reading, book))
    if every:
        return out
    total_words = {**words, "object": reading.object, "verb": reading.verb_text}
    total = {"count": templates["total_counts"][reading.habit]}
    if streak_words is words:  # "three times a week 12 times in total" counts twice: no total then
        out.append(Angle("habit_total", templates["total"], "output:sessions", total_words, total))
    return out


def time_angles(reading: Reading, book: Phrasebook) -> list[Angle]:
    """Time given to something, as hours kept up over the cycle ("Spend more time outdoors" -> at least
    5 hours a week in 11 of the 13 weeks; "Spend less time on my phone" -> at most an hour a day)."""
    pattern = book.reading.get("time_spent")
    m = rx.match(pattern, reading.core) if pattern else None
    if m is None:
        return []
    less = m.group(1).lower().startswith(("less", "fewer"))
    template = book.templates["time_less" if less else "time_more"]
    rest = m.group(2).rstrip(" .")
    if reading.lang == "en":
        rest = rest.split(",")[0].strip()  # "Spend less time on admin, more on science": the time cut first
        words = [w for w in rest.split() if w.isalpha()]
        if reading.core.isupper() or (len(words) > 1 and all(w[0].isupper() for w in words)):
            rest = rest.lower()  # "SPEND LESS TIME ON MY PHONE", "... On Admin": not shouted, not a headline
    return [Angle("time_spent", template, "output:hours spent", {"rest": rest})]


def reason_angles(reading: Reading, book: Phrasebook) -> list[Angle]:
    """The writer's reason as the measure when it asks for time back and calls no topic of its own: the time
    the work takes, week by week ("Automate invoicing | so the finance team saves time" -> the time spent on
    invoicing; "Set up a shared drive, we waste hours looking for files" -> the time spent looking for files)."""
    r = book.reading
    said = stated_reason(reading)
    if "time_saved_reason" not in r or not said or reason_match(reading) is not None:
        return []
    if rx.search(r["time_saved_reason"], said) is None:
        return []
    on = rx.search(r["time_saved_on"], said)
    if on is not None:
        spent = on.group(1).strip()
    elif reading.object and any(v in reading.verb_text.lower() for v in r["time_saved_verbs"]):
        spent = reading.object if reading.lang == "ja" else "on " + reading.object[:1].lower() + reading.object[1:]
    else:
        return []  # "Set up a shared drive, it takes ages": the time goes on something the reason does not name
    words = {"action": reading.action, "spent": spent}
    return [Angle("time_saved", book.templates["time_saved"], "output:time spent", words)]
