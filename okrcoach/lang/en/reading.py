"""English reading of a statement's body: the verb, its object, the writer's deadline, schedule and goal."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ... import rx
from ...anatomy import end_notes_start
from ...rewrite.morphology import base_of_gerund, is_plural_head, object_head
from ...rewrite.phrasebook import Phrasebook, direction_verbs, word_set
from ...rewrite.reading import Reading, body_span, cut, fired_span, nfkc, sentence_case, split_reason
from ...rewrite.respell import corrected
from ...rewrite.typos import spelled_right
from ...tokens import Token
from .tokenizer import lemma_of

if TYPE_CHECKING:
    from ...verdict import Verdict

_EDGE = " .,;:!?-–—"


@cache
def _verbs(book: Phrasebook) -> tuple[frozenset[str], frozenset[str]]:
    """Every verb the data knows: single words, and phrasal verbs of two or three words."""
    every: set[str] = set(book.learning_verbs) | set(book.learning_with_marker) | set(book.reading["generic_verbs"])
    for key in ("raise", "reduce", "improve", "state"):
        every.update(book.directions[key])
    for family in book.families.values():
        every.update(family.verbs)
    return frozenset(v for v in every if " " not in v), frozenset(v for v in every if " " in v)


def _deadline(verdict: Verdict, book: Phrasebook, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """Return the writer's deadline as a rewrite writes it, and its span; ("", None) when there is none.

    A time word that names a thing rather than a date ("Prepare the Q3 budget") stays in the text.
    """
    text = verdict.text
    found = rx.search(book.reading["deadline_fallback"], text[start:end])
    if found is not None and rx.search(r"(?i)\b(?:that|who|which|where)\b", text[start : start + found.start()]):
        found = None  # "a team that spots risk before the customer tells us": how it works, not by when
    spans = [fired_span(verdict, "has_deadline"), (start + found.start(), start + found.end()) if found else None]
    for span in spans:
        if span is not None and start <= span[0] < end:
            phrase, where = _own_deadline(book, text, span, end)
            if where is not None:
                return phrase, where
    noted = _noted_deadline(verdict, book, end)
    return noted if noted[0] else _occasion(book, text, start, end)


def _noted_deadline(verdict: Verdict, book: Phrasebook, end: int) -> tuple[str, tuple[int, int] | None]:
    """A deadline the writer put in a bracket after the body ("Ship the pricing page (by April 30)"): still the
    writer's deadline, kept whole; no span, as there is nothing to cut from the body."""
    span = fired_span(verdict, "has_deadline")
    text = verdict.text
    if span is None or span[0] < end or not rx.match(r"\s*[(\[（【]", text[end:]):
        return "", None
    close = rx.search(r"[)\]）】]", text[span[1] :])
    stop = span[1] + close.start() if close is not None else len(text)
    phrase, where = _own_deadline(book, text, span, stop)
    if where is None:
        return "", None
    return rx.sub(r"(?i)^(?:by\s+)?due(?:\s+by)?\s+", book.reading["by"] + " ", phrase), None  # "(due Oct)"


def _occasion(book: Phrasebook, text: str, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """A day the writer prepares something for, said last ("make a family album for Mum's birthday", "scale for
    Black Friday"): the rewrite's deadline, "in time for Mum's birthday". Not what a verb is for ("Train for the
    marathon", "Save up for the trip"): something must stand between the verb and the day."""
    found = rx.search(book.reading.get("occasion_deadline", "$^"), text[start:end])
    if found is None:
        return "", None
    before = text[start : start + found.start()].lower().split()
    verbs = {v.lower() for v in book.families["save"].verbs} | set(book.reading.get("purpose_verbs", ()))
    said_verb = any(" ".join(before[:n]) in verbs or " ".join(before[-n:]) in verbs for n in (1, 2))
    # ("Prepare a short piece for the Diwali program": a thing readied for the day, not the writer getting ready)
    readied = before[:1] != [] and before[0] in book.reading.get("purpose_verbs", ())
    readied = readied and before[1:2] in (["a"], ["the"], ["my"], ["our"])
    # (not a place readied for an inspector: "Prepare the ward for the CQC inspection" is measured by that inspection)
    readied = readied and not rx.search(r"(?i)\b(?:inspection|audit|visit)s?\b", found.group("occasion"))
    said_verb = said_verb and not (readied and before[-1] not in verbs and before[0] not in book.families["save"].verbs)
    if len(before) < 2 or said_verb:
        return "", None  # "Train for the marathon", "Sign up for the race", "Get ready for the audit"
    said = nfkc(found.group("occasion")).strip()
    return f"in time for {said}", (start + found.start(), start + found.end())


def _own_deadline(book: Phrasebook, text: str, span: tuple[int, int], end: int) -> tuple[str, tuple[int, int] | None]:
    """The deadline at a span, kept whole, or ("", None) when the time word there names a thing."""
    s, e = span
    e = min(e, end)
    while e < end and text[e - 1 : e].isalpha() and text[e : e + 1].isalpha():
        e += 1  # a span that stops inside a word ("by 15 Jan|uary") takes the whole word
    if text[e:end].startswith(("'s", "’s")):
        return "", None  # "next year's content calendar" names the calendar, not a deadline
    while e > s and text[e - 1] == " ":
        e -= 1
    tail = rx.match(book.reading["deadline_tail"], text[e:end])
    if tail is not None:
        e += tail.end()
    lead = rx.search(r"(?i)\b(?:ahead of|before|by|until|till)\s+(?:the|our|this|next)\s+$", text[:s])
    if tail is not None and tail.group().strip() and lead is not None:
        s = lead.start()  # "ahead of the Q3 audit": the event with its opener, not "by Q3 audit" after "the"
    phrase = rx.sub(r"(?i)^b4(?=\s)", "before", nfkc(text[s:e]).strip(_EDGE))  # a sheet's shorthand
    phrase = rx.sub(r"(?i)^deadline\s*:?\s+", "", phrase)  # "(deadline: Sept)": "by Sept"
    low = phrase.lower()
    opener = next((o for o in book.reading["deadline_openers"] if low == o or low.startswith(o + " ")), None)
    rest = text[e:end].strip(_EDGE)
    of_end = (
        rx.match(r"(?i)\s+of\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}$", text[e:end]) if low.endswith("end") else None
    )
    if of_end is not None:  # "before the end of month rush": the end of what, not "before the end" alone
        e, rest = end, ""
        phrase = nfkc(text[s:e]).strip(_EDGE)
    if opener is None and rest and not text[e:end].lstrip().startswith((",", ";", "(")):
        return "", None  # attributive: "the Q3 budget", "the 2026 plan"
    words = rest.split()
    if opener is not None and 0 < len(words) <= 2 and text[e:end].startswith(" ") and _names_an_event(book, words):
        e, phrase = end, nfkc(text[s:end]).strip(_EDGE)  # "before fall enrollment": the event is the date
        rest = ""
    if not phrase or low.split()[0] in book.reading["not_deadline"]:
        return "", None  # "a content calendar for Q4" names the thing, not its deadline
    if rx.match(book.reading.get("turnaround", "$^"), phrase):
        return "", None  # "Approve discounts within a day": how fast each is done, not when the work is due
    if opener is None or opener in book.reading["needs_by"]:
        phrase = f"{book.reading['by']} {phrase}"
    elif opener in book.reading.get("on_a_day", ()):  # "on 1 October": a result is reached by that day
        phrase = f"{book.reading['by']} {phrase[len(opener) :].strip()}"
    if phrase.isupper():  # "BEFORE CHRISTMAS" in a shouted statement is not kept shouting
        return phrase.lower(), (s, e)
    return phrase[0].lower() + phrase[1:], (s, e)


def _names_an_event(book: Phrasebook, words: list[str]) -> bool:
    """Whether the words after a deadline's date name the event it is ("before fall | enrollment", "by the
    spring | fair"): plain lower-case words, none a preposition, a stop word or an adverb."""
    plain = [w.strip(".,;:!?") for w in words]
    ends = set(book.reading["head_end"]) | book.stopwords
    chatter = {"please", "pls", "asap", "thanks", "ok", "again", "latest"}
    chatter |= {"every", "each", "daily", "weekly", "monthly"}  # "before opening every day": a routine, not an event
    return all(
        w.isalpha() and w.islower() and w not in ends and w not in chatter and not w.endswith("ly") for w in plain
    )


_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday", "weekend"}
    | {"mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"}  # "every Sat morning"
)
_CAUSED = re.compile(
    r"(?i)^(?P<thing>(?:[\w'&-]+\s+){0,6}?[\w'&-]+)\s+(?P<done>[a-z]+ed)(?P<rest>\s+(?:on|for|in|at|by|before|with)\b.*)?$"
)


def _caused(book: Phrasebook, verb: str, obj: str) -> str:
    """The work a "get X done" statement asks for, said with its own verb ("get the travel lift serviced" ->
    "service the travel lift"); "" when the participle is no verb a rewrite knows ("get the team excited")."""
    m = _CAUSED.match(obj) if verb == "get" else None
    if m is None or m.group("thing").lower() in book.stopwords or m.group("thing").lower().endswith((" and", " or")):
        return ""  # "get the series commissioned and published": two steps, read as written
    known = {v for f in book.families.values() for v in f.verbs} | word_set(book, "mend_verbs")

    def base(done: str) -> str:
        return next((b for b in (lemma_of(done), done[:-1], done[:-2]) if b != done and b in known), "")

    rest = m.group("rest") or ""
    first = re.match(r"(?i)^(?P<thing>.+?)\s+(?P<done>[a-z]+ed)\s+(?:and|&)\s+(?P<other>.+)$", m.group("thing"))
    if first is not None:  # "get the compressor serviced and the air tested": two jobs, each with its own verb
        one, two = base(first.group("done").lower()), base(m.group("done").lower())
        both = f"{one} {first.group('thing')} and {two} {first.group('other')}{rest}"
        return both if one and two else ""
    done = base(m.group("done").lower())
    return f"{done} {m.group('thing')}{rest}" if done else ""


_MORE_DAYS = re.compile(
    r"(?:\s*(?:,|and|&|or)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day)*"
    r"(?:\s+(?:morning|afternoon|evening|night|lunchtime)s?(?![\w-]))?"
)


def _group_on_course(book: Phrasebook, who: str, core: str) -> bool:
    """Whether a "Name to verb" opening names a group sent on a course ("Operators to get refresher training"): the
    group stays, for the trained shapes, instead of being cut as a name's note ("Mele to do the oxygen course"). A
    group is said as reading.group_opening says it."""
    group = rx.match(book.reading.get("group_opening", "$^"), who + " ") is not None
    course = r"(?i)\b(?:training|course|refresher|workshop|induction|certification)\b"
    # ("the training loop" is a place, not a course)
    return (
        group
        and rx.search(course + r"(?!\s+(?:loop|ground|room|centre|center|area|track|wall|pool|site|field))", core)
        is not None
    )


def _names_days(body: str, span: tuple[int, int]) -> bool:
    """Whether a schedule names the days or times it is kept on ("every Saturday morning"): it stays in the
    action, which the weeks counted then follow ("Study for the CPA exam every Saturday morning in 11 of the 13
    weeks")."""
    words = body[span[0] : span[1]].lower().split()
    if words[:1] and words[0] in _WEEKDAYS and words[0] not in ("weekday", "weekend"):
        return True  # "Monday mornings": the day stays ("… on Monday mornings in 11 of the 13 weeks")
    return len(words) > 1 and words[1] in _WEEKDAYS and words[1] != "weekday"  # not "every other week"


# words after "nightly" that say when in the night, not which thing ("Degrease the hoods nightly after close")
_WHEN_WORDS = frozenset({"after", "before", "at", "once", "when", "until", "till", "from", "by", "and", "or"})


def _habit(book: Phrasebook, body: str) -> tuple[str, list[tuple[int, int]]]:
    """Return the cycle a schedule word sets ("daily") and where those words are.

    "every month" and "monthly" name the cycle; "a day" or "per week" may only be a rate inside it
    ("Spend a day on the floor every month"), so they count only when nothing names the cycle.
    """
    low = body.lower()
    found: dict[str, list[tuple[int, int, bool]]] = {}
    for cycle in ("daily", "weekly", "monthly"):
        for phrase in book.habits[cycle]:
            if phrase not in low:
                continue
            for m in rx.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", low):
                before = low[: m.start()]
                if rx.search(r"\b(?:for|within|in) $", before) or low[m.end() :].startswith(("'s", "’s")):
                    continue  # "Shadow the top AE for a week", "a month's salary": how long or how much, not how often
                if rx.search(r"\b(?:wait|waits|waiting|waited|takes|took|take|taking|lasts|spend|spends)\s+$", before):
                    continue  # "some donors wait a week", "instead of waiting a week": a delay, not a routine
                after = low[m.end() :].split()[:1]
                offset = after and after[0] in ("after", "before", "later", "ahead", "early")
                if (
                    phrase.startswith("a ")
                    and offset
                    and not rx.search(r"\b(?:once|twice|thrice|times|\d+x)\s*$", before)
                ):
                    continue  # "call families about a month after the service": when, once, not how often (but
                    # "Rehearse twice a week before the tour" is)
                if phrase == "nightly" and after and after[0][:1].isalpha() and after[0] not in _WHEN_WORDS:
                    continue  # "the nightly ETL", "nightly builds": which ones, not how often the writer does it
                if " " not in phrase and after and after[0].strip(".,;:") in word_set(book, "groups"):
                    continue  # "Thank-you calls to monthly donors": which donors, not how often
                strong = phrase.split()[0] not in book.reading["rate_words"]
                more = _MORE_DAYS.match(low, m.end()) if phrase.split()[-1] in _WEEKDAYS else None
                end = more.end() if more else m.end()  # "every Tuesday and Thursday night", "every Saturday morning"
                found.setdefault(cycle, []).append((m.start(), end, strong))
    for want_strong in (True, False):
        for cycle, spans in found.items():
            if any(strong == want_strong for _, _, strong in spans):
                return cycle, [(s, e) for s, e, strong in spans if strong == want_strong]
    return "", []


def _title_verbs(book: Phrasebook) -> frozenset[str]:
    """Verbs whose object is a title, kept as written ("Read Atomic Habits")."""
    return frozenset(v for kind in book.learning_kinds for v in kind.verbs)


def _lemma(book: Phrasebook, word: str) -> str:
    """A lower-case word's lemma: the phrasebook's irregular forms first ("doing" -> "do"), then the tokenizer's."""
    return book.reading["irregular"].get(word) or lemma_of(word)


def _gerund_lemma(book: Phrasebook, word: str) -> str:
    """The verb of a gerund after "start", "I'm" or "get in the habit of" (see _lemma); one the tokenizer keeps whole
    ("selling", "offering") is the verb the data knows with its stem."""
    lemma = _lemma(book, word)
    if lemma == word and word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        known = _verbs(book)[0]
        doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""
        # (one the data does not know is read by the spelling rules: "tuning" -> "tune", "logging" -> "log")
        return next((c for c in (stem, f"{stem}e", doubled) if c and c in known), base_of_gerund(word))
    return lemma


def _headline(words: list[str], proper: frozenset[str] = frozenset()) -> bool:
    """True when a phrase is written in headline case ("Improve Public Speaking Skills"); words English always
    capitalises ("Spanish", "June") say nothing of it ("Practice Spanish on Duolingo in June" is a sentence)."""
    long = [w for w in words if len(w) >= 4 and w.isalpha() and w.lower() not in proper]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def _proper_case(word: str, proper: frozenset[str]) -> str:
    """A word English always capitalises, capitalised ("spanish" -> "Spanish", "tuesdays" -> "Tuesdays")."""
    bare = word.lower().strip(",.;:!?()")
    stem = bare[:-1] if bare.endswith("s") and bare[:-1] in proper else bare
    if stem in proper and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word


def _an_before_vowel(body: str, cuts: list[tuple[int, int]], core: str) -> str:
    """ "a" left before a vowel where a cut word stood between ("Send a weekly update" -> "Send an update")."""
    if not any(rx.search(r"(?i)\ba\s+$", body[:a]) for a, _ in cuts):
        return core
    return rx.sub(r"\b([Aa])\s+(?=[aeioAEIO]\w|[uU](?:p|m|g|l|d|n(?!i)))", r"\1n ", core)  # "an update", "a unit"


def _spelled_out(text: str) -> str:
    """A reason's shorthand for people spelled out ("so ppl stop filling forms at the platform": people); in the
    core it stays as written ("the bug ppl reported" reads better as the writer put it than as a vaguer bug count)."""
    return rx.sub(r"(?i)(?<=\s)ppl\b", "people", text)


def _core(book: Phrasebook, body: str, cuts: list[tuple[int, int]]) -> tuple[str, bool]:
    """Return the body without the cut spans, a leading subject, wish wording or adverb; and whether it wished."""
    r = book.reading
    core = nfkc(cut(body, cuts)).strip(_EDGE)
    core = rx.sub(r"^[^\w\"'(]+", "", core)  # what an emoji bullet leaves ("\ufe0f")
    core = _an_before_vowel(body, cuts, core)
    core = rx.sub(r"\s+([,.;:!?])", r"\1", core)
    core = rx.sub(r"([,;])(?:\s*[,;])+", r"\1", core)  # what a cut schedule leaves ("work,, even")
    core = rx.sub(r"[,;:]\s*$", "", core)
    # an owner named before the deadline that was cut ("... — Tom, due before the budget round"): a note, not words
    core = rx.sub(r"\s+[\-\u2013\u2014]{1,2}\s*(?-i:[A-Z][a-z]+)(?:,\s*(?:due|deadline))?\s*$", "", core)
    # a status after a dash ("Set up contactless fares at the toll booth -- in progress"): a note, not the work
    core = rx.sub(
        r"(?i)\s+[\-\u2013\u2014]{1,2}\s*(?:in progress|wip|ongoing|started|not started|on hold|tbd|done)\s*$", "", core
    )
    core = rx.sub(r"(?<=\s)w/o\b\s*", "without ", core)  # "open locks w/o drilling them": without
    core = rx.sub(r"(?<=\s)w(?:/\s*|\s+(?=[A-Za-z]))", "with ", core)  # a sheet's shorthand: "w/ the provider"
    core = rx.sub(r"(?i)(?<=\s)b4(?=\s)", "before", core)  # "check brakes b4 first ride": before
    exclaimed = rx.search(r"!+\s+(?=[a-z])", core)
    if exclaimed is not None and exclaimed.start() > 0:
        core = core[: exclaimed.start()]  # "learn latte art!! customers keep asking": what follows says why
    assigned = rx.match(r"^(?P<who>(?-i:[A-Z][a-z]+))\s+to\s+(?P<verb>[a-z]+)\s+\S", core)
    if assigned is not None:  # "Mele to do the oxygen course": whose task it is, a note (not "Grow to ten stores")
        single, _ = _verbs(book)
        who = assigned.group("who")
        if who.lower() not in single and assigned.group("verb") in single and not _group_on_course(book, who, core):
            core = core[assigned.start("verb") :]
    wish = False
    for key in ("progressive", "subject", "wish", "adverb", "wish", "adverb", "aspect", "trailing_adverb"):
        if key not in r:
            continue
        reined = rx.match(r["reined_in"], core) if key == "trailing_adverb" and "reined_in" in r else None
        if reined is not None:  # "Get the returns backlog under control": the backlog reduced
            core = f"Reduce {reined.group('thing')}"
            continue
        stripped = rx.sub(r[key], "", core, count=1, flags=re.I)
        wish = wish or (key == "wish" and stripped != core)
        if key == "subject" and stripped != core:  # "We want to cut churn ...": the subject took the wish with it
            wish = (
                wish
                or rx.search(r"(?i)\b(?:want|would like|hope|plan|going|wish)\b", core[: len(core) - len(stripped)])
                is not None
            )
        if key in ("aspect", "progressive") and stripped != core:  # "Start doing call reviews": "Do call reviews"
            first, _, rest = stripped.partition(" ")
            base = _gerund_lemma(book, first.lower())
            stripped = f"{base} {rest}".strip() if base != first.lower() else stripped
        core = stripped or core
    return core, wish


def _action(book: Phrasebook, core: str) -> tuple[str, str, str, str]:
    """Return the verb's lemma, how a rewrite writes it, its object and the whole action."""
    words = core.split()
    proper = word_set(book, "proper_words")
    if len(words) >= 2 and core.isupper():  # "SPEND LESS TIME ON MY PHONE"
        stop = set(book.reading["stopwords"])
        words = [w if len(w) <= 3 and w.isalpha() and w.lower() not in stop else w.lower() for w in words]
    elif _headline(words, proper) and words[0].lower() not in _title_verbs(book):  # "Read Atomic Habits": a title
        # an acronym stays ("Build the CRM"), a capital article does not ("Build A World-Class ...")
        words = words[:1] + [w if w.isupper() and len(w.strip(",.;:")) > 1 else w.lower() for w in words[1:]]
    words = [_proper_case(w, proper) for w in words]  # "practice japanese" -> "Practice Japanese"
    singles, phrasal = _verbs(book)
    lowered = [w.lower().strip(",.;:") for w in words]
    lowered = ["with" if w == "w/" else w for w in lowered]  # "follow up w/ offer holders" is "follow up with"
    if lowered[:1] and (lowered[0] in word_set(book, "negative_openers") or lowered[:2] == ["do", "not"]):
        return "", "", core, sentence_case(core)  # "Don't underspend the grant": a thing to avoid, not "Do ..."
    verb, n = "", 0
    for size in (3, 2):
        if len(lowered) > size and " ".join(lowered[:size]) in phrasal:
            verb, n = " ".join(lowered[:size]), size
            break
    if not verb and lowered:
        first = _lemma(book, lowered[0])
        # "Updates from legal", "Leading product in our category": a plural noun, a third-person form or an
        # -ing word used as an adjective opens a noun phrase, not an instruction
        inflected = lowered[0].endswith("s") and not lowered[0].endswith("ss") and first != lowered[0]
        if inflected or lowered[0] in word_set(book, "adjective_ings"):
            first = ""
        if first and (first in singles or lowered[0] in singles):
            verb, n = (first if first in singles else lowered[0]), 1
        elif len(lowered) > 2 and lowered[1] in book.reading["determiners"] and lowered[0].isalpha():
            verb, n = first, 1  # "Restock the library", "Defend my thesis": a word before an article acts
        elif len(lowered) > 2 and lowered[1] in book.reading["determiners"] and rx.match(r"re-[a-z]+$", lowered[0]):
            verb, n = lowered[0], 1  # "Re-felt the tables": a verb done again, as written (not "re-feel")
    obj = " ".join(words[n:]).strip(_EDGE)
    verb_text = verb[:1].upper() + verb[1:] if verb else ""
    particle = next((p for p in book.reading.get("verb_particles", ()) if obj.lower().startswith(p + " ")), "")
    if verb and n == 1 and particle:  # "Cut out sugary drinks": the verb is "cut out", its object "sugary drinks"
        verb_text, obj = f"{verb_text} {obj[: len(particle)]}", obj[len(particle) :].strip()
    if verb:
        action = f"{verb_text} {obj}".strip()
    else:
        action = sentence_case(" ".join(words))
    return verb, verb_text, obj, action


# a word after a schedule word that may be the noun it describes ("the weekly report"), not a preposition or a clause
# ("clean the litter room daily before we open")
_NOUN_AFTER = r"(?i)\s+(?!(?:before|after|at|in|on|until|till|when|while|from|with|by|for|so|and|to|once)\b)[A-Za-z]"


def _names_what_is_fixed(book: Phrasebook, verb: str, body: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a fixing verb's schedule words are each one word before a noun ("Automate my weekly report",
    "Learn Python to automate the weekly sales report"): they say which report is fixed, once; not a routine
    ("Update the CRM weekly", "every week")."""
    fixing = book.families["fix"].verbs
    return (
        bool(spans)
        and all(" " not in body[a:b] and rx.match(_NOUN_AFTER, body[b:]) for a, b in spans)
        and (verb in fixing or all(_to_fixing(body[:a], fixing) for a, _ in spans))
    )


def _names_what_is_made(book: Phrasebook, verb: str, body: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a verb that makes or launches something once has its schedule words after an article, before a noun
    ("Launch a monthly giving program", "Set up a weekly newsletter"): they say what kind of thing is made, not a
    routine of launching it."""
    if not spans or verb not in set(book.families["ship"].verbs) | word_set(book, "setting_up_verbs"):
        return False
    # "Set up a weekly pipeline review": a meeting set up weekly is a routine to keep
    nouns = "|".join(map(re.escape, word_set(book, "meeting_nouns")))
    return rx.search(rf"(?i)\b(?:{nouns})s?\b", body) is None and all(
        rx.search(r"(?i)\b(?:a|an|the|our|my|new)\s+$", body[:a]) and rx.match(r"\s+[A-Za-z]", body[b:])
        for a, b in spans
    )


def _to_fixing(before: str, fixing: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether a clause "to <fixing verb>" leads up to this point with no break between ("... to automate the")."""
    words = rx.findall(r"[a-z]+|[,;.]", before.lower())[-6:]
    for i in range(len(words) - 1, 0, -1):
        if words[i] in ",;.":
            return False
        if words[i - 1] == "to" and words[i] in fixing:
            return True
    return False


def _gerund_subject(book: Phrasebook, core: str, verb: str) -> bool:
    """Whether the -ing word a statement opens with names who acts or what something is like, not what to do:
    a plural noun and a plain verb follow it ("Hiring managers give feedback faster"), or a verb of being says
    how the activity goes ("Recruiting participants for the fMRI study is slow")."""
    words = [w.lower().strip(",.;:") for w in core.split()[:3]]
    if not verb or not words or not words[0].endswith("ing"):
        return False
    if rx.search(r"(?i)\s(?:is|are|was|were|has been|have been|keeps|takes|feels)\s", core) is not None:
        return True
    singles, _ = _verbs(book)
    plain = word_set(book, "plain_verbs")
    return len(words) >= 3 and words[1].endswith("s") and (words[2] in singles or words[2] in plain)


def _said_of_someone(verb: str, tokens: list[Token], book: Phrasebook) -> bool:
    """Whether a statement with no verb of its own is a clause about someone ("Parents feel informed about what
    their kids learn each week"): a schedule word in it says how often they feel it, not a routine to keep."""
    plain = word_set(book, "plain_verbs")
    words = [t.surface.lower() for t in tokens]
    # a plain verb right after who does it: a plural ("Parents feel") or a pronoun ("we keep losing")
    modals = {"should", "must", "will", "can", "need", "needs"}  # "Deliveries from the bakery should arrive ..."
    return not verb and any(
        w in modals
        or (w in plain and (words[i - 1].endswith("s") or words[i - 1] in ("we", "they", "people", "everyone")))
        for i, w in enumerate(words[1:], start=1)
    )


def _verb_put_right(book: Phrasebook, core: str) -> str:
    """The core with its opening verb spelled right when it is one letter off a verb the data knows ("pratice long
    tones every day": "practice long tones"), so the rewrite does not say the verb twice ("Practise pratice"), or
    when it is a misspelling the phrasebook lists (reading.typos: "sanitze tools" is read as "sanitize tools"; the rest
    of the words are put right only when handed back)."""
    first, space, rest = core.partition(" ")
    listed = spelled_right(first, book)
    if listed != first:
        return listed + space + rest
    single = _verbs(book)[0]
    if not rest or not first.isalpha() or first.lower() in single or lemma_of(first.lower()) in single:
        return core
    word = first.lower()
    fixed = corrected(word, "en", single)
    # only a letter left out ("pratice", "refactr") or two swapped ("reveiw", "udpate"): a letter changed or added
    # is as often another word ("revise" is no "revive", "contract" no "contact", "closer" no "close")
    dropped = fixed is not None and len(fixed) == len(word) + 1
    swapped = fixed is not None and len(fixed) == len(word) and sorted(fixed) == sorted(word)
    if fixed is None or not (dropped or swapped):
        return core
    return f"{fixed.capitalize() if first[:1].isupper() else fixed} {rest}"


def read(verdict: Verdict, book: Phrasebook) -> Reading:
    """Return the reading of an English statement."""
    r = book.reading
    text = verdict.text
    start, end = body_span(verdict, book)
    whole_end = end
    start, end, reason = split_reason(text, start, end, book)
    reason = _spelled_out(reason)
    body = text[start:end]
    cuts: list[tuple[int, int]] = []
    link = ""
    m = rx.search(r["link"], body, flags=re.I)
    if m is not None and m.start() > 0:
        link = nfkc(m.group()).strip(" ,;()")
        cuts.append((m.start(), m.end()))
        noted_at = end_notes_start(body[: m.start()])
        if noted_at < m.start() and not body[m.end() :].strip(_EDGE):
            cuts.append((noted_at, m.start()))  # "... (owner: Dev) for Sales KR 1.2": the owner is a note
    tail = text[end:]
    after = tail[: end_notes_start(tail)]  # (not the owner or status notes after it: "(status: on hold)")
    noted = rx.search(r["link"], " " + after, flags=re.I)  # "(for Sales KR 1.2)" kept as a note
    if noted is not None and nfkc(noted.group()).strip(" ,;()") not in link:
        link = "; ".join(p for p in (link, nfkc(noted.group()).strip(" ,;()")) if p)
    # a deadline said before the link ("... before peak — for Ops KR 2.1") ends where the link begins
    before_link = start + len(body[: m.start()].rstrip(_EDGE + "(")) if m is not None and m.start() > 0 else end
    deadline, span = _deadline(verdict, book, start, before_link)
    if not deadline and before_link < end:
        deadline, span = _deadline(verdict, book, start, end)
    if span is not None and m is not None and m.start() > 0 and m.start() <= span[0] - start < m.end():
        deadline, span = "", None  # "... so we can submit before the deadline": the why's own date, kept with it
    if span is not None:
        cuts.append((span[0] - start, span[1] - start))
    elif not deadline and reason and end < whole_end:
        # "draft the matrix so POs stop ... and we're consistent before the policy review in the fall": the why's
        # closing date is when the work is due; it stays in the why too, so nothing is cut
        # (only "before the ...": "so I'm not wrecked by Thursday", "before design picks them up" say no due date)
        said = _deadline(verdict, book, end, whole_end)[0]
        deadline = said if said.startswith(("before the ", "before our ", "before my ")) else ""
    if span is not None and rx.match(r.get("occasions_before", "$^"), deadline):
        # "check the fly bars before shows": before each of them, a routine's moment, not a due date
        cuts.remove((span[0] - start, span[1] - start))
        deadline, span = "", None
    habit, habit_spans = _habit(book, body)
    if habit and span is not None and rx.match(r.get("routine_moment", "$^"), deadline):
        # "Prep rice and pickles before opening every day": a moment of each day, kept in the action, not a due date
        cuts.remove((span[0] - start, span[1] - start))
        deadline = ""
    if habit == "weekly":  # the days a weekly routine is kept on stay in its action
        habit_spans = [span for span in habit_spans if not _names_days(body, span)]
    # "at the end of every day": the schedule is the object of "of", cut out it would leave "at the end of"
    habit_spans = [span for span in habit_spans if not rx.search(r"(?i)\bof\s+$", body[: span[0]])]
    core, wish = _core(book, body, cuts + habit_spans)
    core = rx.sub(r"(?<=[a-z]) [&+] (?=[a-z])", " and ", core)  # "clean out the crates & swap the substrate", "+"
    core = _verb_put_right(book, core)
    verb, verb_text, obj, action = _action(book, core)
    if not habit and rx.match(r.get("habit_to_form", "$^"), body):
        habit = "weekly"  # "Get in the habit of tuning by ear": kept up week by week, no cycle said
    if habit and (
        # "I'd like fewer kids late on Monday mornings": fewer of something wanted, not a weekly routine
        (habit == "weekly" and not verb and rx.search(r"(?i)\b(?:fewer|less)\b", body) is not None)
        or verb in direction_verbs(book)
        or _names_what_is_fixed(book, verb, body, habit_spans)
        or _names_what_is_made(book, verb, body, habit_spans)
        or _said_of_someone(verb, verdict.view.body_tokens, book)
    ):
        # "Grow weekly active teams": the schedule word names the metric, not a habit
        habit = ""
        core, wish = _core(book, body, cuts)
        verb, verb_text, obj, action = _action(book, core)
    if habit == "weekly":  # "stock check on the dairy aisle Monday mornings": on Monday mornings
        days = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:mornings|afternoons|evenings|nights)"
        action = rx.sub(rf"(?i)(?<!\bon)\s+({days})\b", r" on \1", action)
    if habit:  # "clean out the forge at the end of each day on 75 of the 90 days" says the day twice
        action = rx.sub(
            r"(?i)\b(at the (?:end|start|beginning) of) (?:each|every) (day|shift|session)\b", r"\1 the \2", action
        )
    joined = rx.match(r"(?i)^(?:&|and|\+)\s+([a-z]+)\s+((?:the|a|an|our|my|all|their|both)\s+\S.*)$", obj)
    if joined is not None and verb:  # "Repair & repaint the old canoes": two verbs on one object
        verb_text, obj = f"{verb_text} and {joined.group(1)}", joined.group(2)
    caused = _caused(book, verb, obj)
    if caused:  # "get the travel lift serviced", "get techs trained on X": the work is servicing, training
        core = caused
        verb, verb_text, obj, action = _action(book, core)
    if _gerund_subject(book, core, verb):
        verb, verb_text, obj, action = "", "", core, sentence_case(core)
    head = object_head(obj, book)
    countable = head if is_plural_head(head, book) else ""
    # words the tokenizer reads as verbs ("the platform scales") name no metric, unless an article
    # makes them a noun ("the build")
    toks = verdict.view.tokens
    articles = word_set(book, "determiners")
    verbs = {
        t.surface.lower()
        for i, t in enumerate(toks)
        if t.pos == "VERB" and not (i and toks[i - 1].surface.lower() in articles)
    }
    stop = book.stopwords | set(verb.split()) | verbs
    # what the goal is not, after a comma ("Tabla should feel like fun, not homework"), names no metric
    meant = rx.split(r",\s+(?:and\s+)?not\s+(?:just\s+|only\s+|simply\s+)?(?=[a-z])", core)[0]
    content = tuple(
        w
        for w in (x.lower().strip("'\".,;:!?()[]") for x in meant.split())
        if len(w) > 1 and w not in stop and any(c.isalpha() for c in w)
    )
    return Reading(
        lang="en",
        body=nfkc(body).strip(_EDGE),
        core=core,
        verb=verb,
        verb_text=verb_text,
        object=obj,
        action=action,
        deadline=deadline,
        habit=habit,
        link=link,
        wished=wish,
        countable=countable,
        content=content,
        reason=reason,
    )
