"""What a rewrite needs to know about a statement, read from its verdict: the body's action, object and deadline."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .. import rx
from ..anatomy import claim_words
from ..checks import CHECKS
from .phrasebook import Phrasebook, phrasebook

if TYPE_CHECKING:
    from ..verdict import Verdict


_QUOTES = {"「": "」", "『": "』", '"': '"', "“": "”", "'": "'", "‘": "’"}


@dataclass(frozen=True)
class Reading:
    """A statement's body as the rewrite engine reads it; every text field is in the writer's own words."""

    lang: str
    body: str  # the body: no sheet prefix, no owner or status notes
    core: str  # the body without its deadline, schedule, wish wording and the goal it serves
    verb: str  # the lemma of the verb that governs the object ("" when none)
    verb_text: str  # that verb as it should be written in a rewrite ("Publish", 「公開する」)
    object: str  # what the verb acts on
    action: str  # the core ready to be followed by a result ("Publish the guide", 「ガイドを公開し」)
    deadline: str  # the writer's own deadline, whole, as a rewrite writes it ("by April 30", 「10月末までに」)
    habit: str  # "daily", "weekly", "monthly" or ""
    wished: bool  # written as a wish or intention ("I want to", 「〜したい」)
    link: str  # the goal it serves, kept as the rewrite's why ("for Sales KR 1.2", 「営業KR1.2のため」)
    countable: str  # what its output is counted in: an English plural noun, a Japanese counter word, or ""
    content: tuple[str, ...]  # the words that carry the topic, for choosing a metric
    team: str = ""  # the team or role the sheet tags it with ("Supply Chain", 「マーケ」), read for its topic
    reason: str = ""  # the writer's reason, cut from the body ("so we stop throwing food away"), read for its topic


def nfkc(text: str) -> str:
    """Return text in NFKC form with runs of spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def body_span(verdict: Verdict, book: Phrasebook) -> tuple[int, int]:
    """Return where the body starts and ends in the original text (prefix and notes left out)."""
    anatomy: Any = getattr(verdict, "anatomy", None)
    text = verdict.text
    if anatomy is not None:
        start, end = anatomy.body_start, anatomy.body_end
    else:
        view = verdict.view
        start = view.offsets[view.body_start] if view.body_start < len(view.offsets) else len(text)
        end = len(text)
    # tags and notes the anatomy left in the body ("（PdM:小林）", "— CS部長 村上") are not the action either
    for pattern in book.reading.get("leading_notes", []):
        m = rx.match(pattern, text[start:end])  # case matters: "Health –" is a tag, "Ship dark mode —" is not
        if m is not None and m.end() < end - start:
            start += m.end()
    changed = True
    while changed:  # notes at the end: "(owner: Sam)", "— Leo", "@mira", "[TBD]"
        changed = False
        for pattern in book.reading["trailing_notes"]:
            m = rx.search(pattern, text[start:end])
            # (a bracket that gives the reason is the writer's why, read by split_reason: 「（会員を増やすため）」)
            note = text[start + m.start() : end] if m is not None else ""
            why = rx.fullmatch(book.reading.get("reason_after", "$^"), note) and not rx.search(
                book.reading["link"], note
            )
            if m is not None and m.start() > 0 and not why:
                end = start + m.start()
                changed = True
    while end > start and text[end - 1] in " \t":
        end -= 1
    # a statement quoted whole (「家計を立て直す」, "Ship it"): the quotes are not part of what is said
    if end - start > 2 and _QUOTES.get(text[start]) == text[end - 1]:
        start, end = start + 1, end - 1
    return start, end


def split_reason(text: str, start: int, end: int, book: Phrasebook) -> tuple[int, int, str]:
    """Return the body's span without the writer's reason or aside, and that reason.

    "Renegotiate the cloud contract, costs keep growing faster than revenue" is done to the contract; the
    rest says why. A reason that names the goal served ("so that we can ...", 「営業KR1.2のため」) is the
    statement's link, not a reason, and stays.
    """
    r = book.reading
    body = text[start:end]
    reasons: list[str] = []
    m = rx.search(r.get("reason_after", "$^"), body)
    if m is not None and m.start() > 0 and rx.search(r["link"], body[m.start() :]) is None:
        if len(body[: m.start()].split()) >= 2 or not body.isascii():
            reasons.append(body[m.start() :])
            end = start + m.start()
            body = body[: m.start()]
    m = rx.search(r.get("reason_before", "$^"), body)
    if m is not None and m.end() < len(body) and rx.search(r["link"], m.group()) is None:
        reasons.append(m.group())
        start += m.end()
        body = body[m.end() :]
    # the first comma, a spaced dash ("Learn to identify invasive species - want to do the RHS course") or trailing
    # dots ("get better at explaining X.. maybe take a course on it")
    sep = rx.search(r",|\s[-\u2013\u2014]\s|(?<=\w)\.{2,}\s*", body)
    if "aside" in r and sep is not None and sep.start() > 0 and len(body[: sep.start()].split()) >= 2:
        if rx.match(r["aside"], body[sep.end() :]) is not None:
            reasons.append(body[sep.start() :])
            end = start + sep.start()
    reason = " ".join(nfkc(x).strip(" ,;、。，-–—()") for x in reasons)  # 「（会員を増やすため）」: in its bracket
    return start, end, reason


def match_core(reading: Reading, patterns: tuple[str, ...] | list[str]) -> dict[str, str] | None:
    """The named groups of the first pattern a statement's core matches whole (English without regard to case),
    stripped; None when none does. The patterns are a language's data ("Take X online", 「XをYで受け付ける」)."""
    core = reading.core.strip().rstrip("。.!！")
    flags = re.IGNORECASE if reading.lang == "en" else 0
    for pattern in patterns:
        m = rx.match(pattern, core, flags=flags)
        if m is not None:
            return {k: (v or "").strip() for k, v in m.groupdict().items()}
    return None


def said_groups(m: re.Match[str]) -> dict[str, str]:
    """The named groups a match found, by name: a pattern's alternatives number their groups ("topic2", "teacher3"),
    read here without the number; groups that found nothing are left out."""
    return {k.rstrip("0123456789"): v for k, v in m.groupdict().items() if v}


def sentence_case(text: str) -> str:
    """An English sentence opens with a capital, but a word cased inside as written stays ("eBay", "iPad")."""
    first = text.split()[0] if text.split() else ""
    return text[:1].upper() + text[1:] if first[1:] == first[1:].lower() else text


def action_words(reading: Reading) -> dict[str, str]:
    """The statement's action as a template writes it mid-sentence ({action}) and to open one ({Action})."""
    return {"action": reading.action, "Action": reading.action[:1].upper() + reading.action[1:]}


def without_sentence_capital(text: str) -> str:
    """A phrase that opened the writer's sentence, inside a rewrite's: its first capital taken off when it is only
    the sentence's ("Refresher training on ..."), kept for an acronym or a name cased inside ("LOTO", "eBay")."""
    return text[:1].lower() + text[1:] if text[:2].istitle() else text


def cut(text: str, spans: list[tuple[int, int]]) -> str:
    """Return text without the given spans (overlaps allowed)."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start > pos:
            out.append(text[pos:start])
        pos = max(pos, end)
    out.append(text[pos:])
    return "".join(out)


def fired_span(verdict: Verdict, check_id: str) -> tuple[int, int] | None:
    """Return the original-text span of a fired check, if it reported one.

    Read from the check's hit as verdict.checks maps it, without describing every check (which a sheet
    of thousands of rows never needs).
    """
    for c, hit in zip(CHECKS.values(), verdict.hits, strict=True):
        if c.id == check_id and hit is not None:
            start, end, _ = verdict.view.original_span(hit.start, hit.end)
            return start, end
    return None


def team_of(prefix: str) -> str:
    """The team or role words of a statement's prefix ("Supply Chain" of "Supply Chain –", 「マーケ」 of
    「マーケ：」): no type tags, numbers, bullets or owner notes."""
    if not prefix:
        return ""
    prefix = rx.sub(r"[(（【\[][^)）】\]]*(?:担当|責任者|オーナー|owner)[^)）】\]]*[)）】\]]", " ", prefix, flags=re.I)
    claims = claim_words()
    # a school class ("2年3組", "Year 9") is a tag too: it says the routine is kept on school days
    words = rx.findall(
        r"[0-9]+年[0-9]+組|(?i:year|grade) [0-9]+|[A-Za-z][A-Za-z&-]*|[\u4e00-\u9fff\u30a0-\u30ff]+", nfkc(prefix)
    )
    kept = [w for w in words if w.lower() not in claims and len(w) > 1 and not rx.fullmatch(r"(?i)p\d", w)]
    return " ".join(kept)


def read(verdict: Verdict) -> Reading:
    """Return the reading of a verdict's statement in its language."""
    book = phrasebook(verdict.lang)
    if verdict.lang == "ja":
        from ..lang.ja import reading as ja

        reading = ja.read(verdict, book)
    else:
        from ..lang.en import reading as en

        reading = en.read(verdict, book)
    if not reading.deadline:
        reading = replace(reading, deadline=noted_deadline(verdict.text, book))
    team = team_of(getattr(verdict, "prefix", "") or "")
    return replace(reading, team=team) if team else reading


def noted_deadline(text: str, book: Phrasebook) -> str:
    """The deadline the writer put in a note ("(due: Friday)", 「（〆切：来週金曜）」), written as a deadline
    phrase of the language ("by Friday", 「来週金曜までに」); "" when there is none."""
    m = rx.search(book.reading.get("noted_deadline", "$^"), text)
    if m is None:
        return ""
    phrase = nfkc(next(g for g in m.groups() if g)).strip()
    if book.lang == "ja" and phrase.endswith(("前", "期間中", "期間内")):  # 「（エージェント面談前に）」,
        # 「（冬の仕込み期間中に）」: 「エージェント面談前に」「冬の仕込み期間中に」
        return phrase + "に"
    return book.reading.get("noted_deadline_as", "{}").replace("{}", phrase)


def core_match(reading: Reading, book: Phrasebook, pattern_key: str, template_key: str) -> re.Match[str] | None:
    """The match of the language's pattern reading.<pattern_key> in the statement's core (its end punctuation
    left out), when the language has that pattern and the template templates.<template_key> to write it with."""
    pattern = book.reading.get(pattern_key, "")
    if not pattern or template_key not in book.templates:
        return None
    return rx.search(pattern, reading.core.strip(" .。!！?？"))
