"""Japanese reading of a statement's body: the predicate, its object, the writer's deadline, schedule and goal."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ... import rx
from ...anatomy import end_notes_start
from ...normalise import normalise
from ...rewrite.phrasebook import Phrasebook, direction_verbs, word_set
from ...rewrite.reading import Reading, body_span, cut, fired_span, nfkc, split_reason
from ...tokens import tokenize
from ...tokens.base import Token, TokenView
from .tokenizer import is_verbal_noun

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ...verdict import Verdict

_EDGE = " 　、。.,!！?？・:：-－〜~"  # a wave dash left at an edge by a cut deadline (「見直す　〜3月末」)
_KANJI_KATA = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]")


def continuative(lemma: str, book: Phrasebook) -> str:
    """Return a verb's 連用形, the form before 「、」 ("作る" -> "作り", "まとめる" -> "まとめ", "書く" -> "書き")."""
    if lemma.endswith("する"):
        return lemma[:-2] + "し"
    if lemma.endswith("来る") or lemma == "くる":
        return lemma[:-1]
    last, before = lemma[-1:], lemma[-2:-1]
    godan = book.reading["godan"]
    if last in godan:
        return lemma[:-1] + godan[last]
    if last == "る":
        if lemma in book.reading["ichidan_kanji"] or before in book.reading["ichidan_before"]:
            return lemma[:-1]
        return lemma[:-1] + "り"
    return lemma


def plain_ending(core: str) -> str:
    """A core that ends in a verb's 連用形 (what 「たい」 left: 「20本書き」) in its plain form (「20本書く」)."""
    toks = _tokenized(core + "たい")[:-1]  # read with the 「たい」 it lost: alone, 「書き」 is a noun suffix
    if not toks or toks[-1].pos != "VERB" or toks[-1].surface == toks[-1].lemma or not toks[-1].form.startswith("連用"):
        return core
    last = toks[-1]
    return core[: len(core) - len(last.surface)] + last.lemma if core.endswith(last.surface) else core


def with_wo(text: str, book: Phrasebook) -> str:
    """Text with the 「を」 a sheet dropped between a noun and a verb that takes it put back
    (「NISAの口座開いて積立はじめる」 -> 「NISAの口座を開いて積立をはじめる」)."""
    toks = _tokenized(text)
    at = [toks[i].start for i in range(1, len(toks)) if toks[i].pos == "VERB" and _dropped_wo(toks[:i], toks[i], book)]
    for cut_at in reversed(at):
        text = text[:cut_at] + "を" + text[cut_at:]
    return text


def _without_manner(text: str, book: Phrasebook) -> str:
    """The text without a manner adverb it ends in (reading.manner_adverbs: 「ちゃんと」「しっかり」), when more is
    left."""
    for adverb in book.reading.get("manner_adverbs", ()):
        if text.endswith(adverb) and len(text) > len(adverb):
            return text.removesuffix(adverb)
    return text


def plain_core(reading: Reading, book: Phrasebook) -> str:
    """A routine's core in the plain form a key result is written in, with the time of day its schedule word
    gave (「毎朝ストレッチをします」 -> 「朝にストレッチをする」)."""
    core = reading.core
    if core.endswith("します"):
        core = core[:-3] + "する"
    elif reading.verb_text and core.endswith(polite := continuative(reading.verb_text, book) + "ます"):
        core = core[: -len(polite)] + reading.verb_text
    elif reading.wished:
        core = plain_ending(core)  # 「救助訓練を毎月やりたい」: 「救助訓練をやる」, not 「救助訓練をやり」
    times: dict[str, str] = book.reading.get("times_of_day", {})
    core = with_wo(core, book)
    if _KANJI_KATA.search(core[-1:]) and is_verbal_noun(core):
        # 「毎朝　ピットのクレーン点検」: 「ピットのクレーン点検をする」; 「1on1を実施」: 「1on1を実施する」
        core += "する" if "を" in core else "をする"
    elif core.endswith("を"):  # 「依頼者への連絡をもっとこまめに」: 「依頼者への連絡をする」, not a sentence cut short
        core += "する"
    said = next((t for w, t in times.items() if w in reading.body), "")
    if said.endswith("に") and rx.match(r"[0-9]+時", core) and not rx.search(r"[0-9]+時", said):
        return said[:-1] + core  # 「毎晩10時に…」: 「夜10時に…」, the hour alone would not say which
    if rx.search(r"[0-9]+時|朝|夜|晩|夕|昼|寝る前|通勤|出勤|帰宅|通学|起床|就寝|食後|食前", core):
        return core  # 「毎朝6時に起きる」「毎晩寝る前に読む」: the time is said already
    # 「毎朝の申し送りで」: 「朝の申し送りで」; but 「毎晩の筋トレ」 is the routine itself: 「夜に筋トレする」
    modified = [m.group(1) for w in times if (m := rx.search(f"{w}の([^、。をがはにでと（(]+)", reading.body))]
    attributive = any(not core.startswith(noun + "する") for noun in modified)
    if said.endswith("に") and (attributive or rx.match(r"^[^、。をが]{1,10}?(?:前|後|中)に", core)):
        said = said[:-1] + "の"  # 「毎朝、清掃前にミーティング」: 「朝の清掃前に」, not 「朝に清掃前に」
    return said + core


def own_deadline(phrase: str, book: Phrasebook) -> str:
    """Return a Japanese deadline as it opens a rewrite ("10月末まで" -> "10月末までに", "今期中" -> "今期中に")."""
    phrase = phrase.rstrip("、, ").removesuffix("は").lstrip("〜～~")  # 「今期は」 -> 「今期中に」; 「〜10月末」
    for ending, added in book.reading["deadline_endings"].items():
        if phrase.endswith(ending):
            return phrase + added
    if phrase.endswith(tuple(book.reading["deadline_complete"])):
        return phrase
    return phrase + book.reading["deadline_default_ending"]


def _vague(phrase: str, book: Phrasebook) -> bool:
    """Whether a time phrase names no date (「週末」 is any weekend, 「期限」 no day); 「今週末」「来週末」 name one."""
    return any(
        v in phrase and not any(f"{this}{v}" in phrase for this in ("今", "来", "再来"))
        for v in book.reading["vague_deadlines"]
    )


def _deadline(verdict: Verdict, book: Phrasebook, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """Return the writer's deadline and its span; a time word that modifies a noun (「来期の予算案」) stays."""
    span = fired_span(verdict, "has_deadline")
    if span is not None and span[0] >= end and rx.match(r"\s*[(\[（【]", verdict.text[end:]):
        # 「React講座を終わらせる（2月末までに）」: a deadline in a bracket after the body is still the writer's
        opened = max(verdict.text.rfind(ch, end, span[0]) for ch in "(（[【、,：: ")
        phrase = nfkc(verdict.text[opened + 1 : span[1]]).strip()  # 「（12月10日まで）」 whole, not 「まで」
        # the bracket says the date and nothing more: not 「（できれば今年受けたい）」 or 「（来期のKRに向けて）」
        alone = rx.match(r"^(?:まで|までに|中|中に|に|こそ)?[\s…。.!！?？]*[)\]）】]", verdict.text[span[1] :])
        vague = _vague(phrase, book)
        if alone is not None and not vague and phrase.strip().removesuffix("に"):
            return own_deadline(phrase, book), None
        return "", None
    if span is None or not start <= span[0] < end:
        return "", None
    text = verdict.text
    s, e = span
    phrase = nfkc(text[s:e])
    after = text[e:end]
    if _vague(phrase, book) or rx.match(book.reading["attributive"], nfkc(after)):
        return "", None
    if rx.search(book.reading.get("turnaround", "$^"), phrase):
        return "", None  # 「1日以内に承認する」: how fast each is done, not when the work is due
    if not phrase.strip().removesuffix("に").removesuffix("まで"):
        return "", None  # 「事業成果にまで伴走する」: a bare まで bounds the work, it is not a date
    if after.startswith(("を", "が")):
        return "", None  # 「週末を楽しむ」: the time word is what the sentence is about
    tail = rx.match(book.reading["deadline_tail"], after)
    if tail is not None:
        e += tail.end()
    head = rx.search(book.reading["deadline_head"], text[start:s])
    if head is not None:  # 「2026年」+「3月までに」
        s = start + head.start()
    if s > start and text[s] == "期" and rx.match(r"[\u4e00-\u9fff]", text[s - 1]):
        s -= 1  # 「学期末に」: the whole word, not 「期末に」 with 「学」 left behind in the sentence
    phrase = nfkc(text[s:e]).removesuffix("こそ")  # 「今年こそ」: the emphasis goes with the date, not the action
    return own_deadline(phrase, book), (s, e)


@cache
def _before_event(book: Phrasebook) -> str:
    """The pattern of an event the writer prepares for before 「前に」 (reading.event_deadlines), built once; ""
    when the language names none."""
    events = "|".join(re.escape(w) for w in word_set(book, "event_deadlines"))
    # (「来月の展示会前に」: which one, before it)
    which = r"(?:[^、。をがはにでとの\s]{1,6}の)?"
    # (「クリスマス前まで」 at the end of a casual line: until then)
    before = r"の?前(?:までに|に|まで(?=$|[。\s]))"
    return rf"(?:^|(?<=[、\sをはが]))({which}[^、。をがはにでとの\s]{{0,10}}(?:{events})){before}" if events else ""


def _event_deadline(text: str, start: int, end: int, book: Phrasebook) -> tuple[str, tuple[int, int] | None]:
    """A day named by its event before 「までに」 (「発表会までに資料を作る」「仮免の学科試験までに教本を読む」), or an
    event the writer prepares for before 「前に」 (「大会前にサイトの調整を覚える」), which the checks do not count as
    a date: still the writer's deadline, kept whole and cut from the sentence."""
    m = rx.search(
        r"(?:^|(?<=[、\sをはが]))([^、。をがはにでとの\s]{1,14}(?:の[^、。をがはにでとの\s]{1,10})?)までに",
        text[start:end],
    )
    # (「GWまでに」: Golden Week, the one holiday a sheet writes in letters)
    lettered = m is not None and (not m.group(1).isascii() or nfkc(m.group(1)).upper() == "GW")
    if m is not None and lettered and not rx.search(r"[0-9０-９]+時|^毎", m.group(1)):
        return nfkc(m.group(1)) + "までに", (start + m.start(1), start + m.end())
    # 「冬休み中に」「GWの間に」: a holiday the work is done within, before or after the action
    within = rx.search(
        r"(?:^|(?<=[、,\s]))((?:冬休み|夏休み|春休み|GW|ゴールデンウィーク|お盆|連休|年末年始)(?:中|の間|のうち))(?:に|(?=[、,\s]|$))",
        text[start:end],
    )
    if within is not None:
        return nfkc(within.group(1)) + "に", (start + within.start(1), start + within.end())
    # (「毎晩23時までに寝る」: a time of day kept each day, not a deadline)
    pattern = _before_event(book)
    before = rx.search(pattern, text[start:end]) if pattern else None
    if before is None or rx.match(r"毎", before.group(1)):
        return "", None  # (「毎朝オープン前に」: before each opening, a routine's moment, not a deadline)
    said = nfkc(before.group(0)).removeprefix("、")
    said = said + "に" if said.endswith("まで") else said  # 「クリスマス前まで」 said as a deadline: 「…前までに」
    return said, (start + before.start(1), start + before.end())


def _habit(book: Phrasebook, body: str) -> tuple[str, list[tuple[int, int]]]:
    """Return the cycle a schedule word sets and where it is, with the particle that follows it."""
    for cycle in ("daily", "weekly", "monthly"):
        spans = []
        counted = False
        for phrase in book.habits[cycle]:
            if phrase not in body:
                continue
            # 「週1」 inside 「毎週1on1」 is not a schedule: a number phrase ends where the number does
            stop = r"(?![0-9A-Za-z])" if phrase[-1].isdigit() else ""
            # 「月次決算」「週次レポート」: a 〜次 word glued to a noun names the thing, not a schedule
            glued = r"(?![\u4e00-\u9fff\u30a0-\u30ff])" if phrase.endswith(("次", "例")) else ""
            # 「余裕のある毎日を送る」「毎日が楽しい」: the days themselves, a noun, not a schedule
            noun = r"(?![をが])"
            for m in rx.finditer(
                re.escape(phrase) + stop + glued + noun + r"(?:に|の|は(?![ぁ-ゖ])|で(?!も))?[、,]?", body
            ):
                if (
                    any(c.isdigit() for c in phrase)
                    and phrase[-1] == "回"
                    and phrase not in ("1日1回", "週1回", "月1回")
                ):
                    counted = True  # 「週3回」 stays: the rate within the week is the writer's own
                else:
                    spans.append((m.start(), m.end()))
        if spans or counted:
            return cycle, spans
    return "", []


def _predicate(tokens: list[Token], book: Phrasebook) -> int:
    """Index of the main predicate: the last content word before auxiliaries, particles and light verbs."""
    light = set(book.reading["light_verbs"]) | {"よう"}
    while tokens and tokens[-1].surface in book.reading["unfinished"]:  # 「…製品へ」: an unfinished sentence
        tokens = tokens[:-1]
    i = len(tokens) - 1
    started = word_set(book, "joined_things") | word_set(book, "class_things")
    while i >= 0 and (tokens[i].pos in ("PUNCT", "AUX", "PART", "SYM", "SUFFIX") or tokens[i].lemma in light):
        if tokens[i].lemma in book.reading["routine_starts"] and _started_thing(tokens, i, started):
            break  # 「初心者向けのスクールを始める」: a class started is the action, not a noun phrase
        i -= 1
    return i


def _started_thing(tokens: list[Token], i: int, things: frozenset[str]) -> bool:
    """Whether the verb at i follows 「を」 after a thing one starts for others (a class, a programme)."""
    if i < 2 or tokens[i - 1].surface != "を" or not tokens[i - 2].surface.endswith(tuple(things)):
        return False
    # 「英会話レッスンを始めたい」: lessons the writer takes; 「子ども向けのレッスンを始める」: lessons for others
    taken = tokens[i - 2].surface.endswith(("レッスン", "クラス"))
    return not taken or any(t.surface in ("向け", "むけ") for t in tokens[: i - 2])


@cache
def _known_verbs(book: Phrasebook) -> frozenset[str]:
    """Every verb noun the data knows (「開拓」「推進」「公開」): a noun ending in one of them is an action."""
    every = set(book.learning_verbs) | set(book.learning_with_marker)
    for key in ("raise", "reduce", "improve", "state"):
        every.update(book.directions[key])
    for family in book.families.values():
        every.update(family.verbs)
    return frozenset(every)


@cache
def _counted_nouns(book: Phrasebook) -> dict[str, tuple[tuple[int, str, str], ...]]:
    """Every countable noun by its first character, with its place in the phrasebook and its counter word."""
    index: dict[str, list[tuple[int, str, str]]] = {}
    nouns = [(counter, noun) for counter, listed in book.counters.items() for noun in listed]
    for place, (counter, noun) in enumerate(nouns):
        index.setdefault(noun[:1], []).append((place, counter, noun))
    return {k: tuple(v) for k, v in index.items()}


def _counter(obj: str, book: Phrasebook) -> str:
    """Return the counter word of the thing an object names last (「記事」 -> 本), or "" when it is not countable."""
    best, where = "", -1
    index = _counted_nouns(book)
    # only a noun whose first character is in the object can be in it; in the phrasebook's order
    for _, counter, noun in sorted(e for c in {"", *obj} for e in index.get(c, ())):
        at = obj.rfind(noun)
        if len(noun) == 1 and at + 1 != len(obj):
            continue  # a noun of one character only when it ends the object: 「交流会」, not 「管理会計」
        if at >= 0 and at + len(noun) > where:
            best, where = counter, at + len(noun)
    if where < 0:
        return ""
    # what follows the noun may be 「など」 or 「等」, not another noun (「研修資料」 is a document, not a session)
    tail = obj[where:]
    return best if not tail or rx.fullmatch(r"[ぁ-ん等類]{1,2}", tail) else ""


@lru_cache(maxsize=256)  # the core is read for its predicate, then for its topic words
def _tokenized(core: str) -> tuple[Token, ...]:
    return tuple(tokenize(core, "ja").tokens) if core else ()


def _tokens(core: str, view: TokenView) -> tuple[Token, ...]:
    """The core's tokens: the statement's own when the core is the whole statement as the tokenizer read
    it (most are: no tag, deadline or note to cut), as the same text is read the same way; else the
    core tokenized on its own."""
    if core and normalise(core)[0] == view.norm:
        return tuple(view.tokens)
    return _tokenized(core)


def _katakana(text: str) -> bool:
    return bool(text) and all("\u30a0" <= ch <= "\u30ff" for ch in text)


def _joinable(core: str, book: Phrasebook) -> str:
    """A core that ends in a plain verb with that verb as it joins 「、」 (「体験飛行のSNS告知を始める」 ->
    「…を始め」); any other core as it is."""
    last = next(iter(_tokenized(core)[-1:]), None)  # (read alone: the view's token may be 「始め」 of 「始めたい」)
    if last is None or last.pos != "VERB" or last.surface != last.lemma or not core.endswith(last.surface):
        return core
    return core[: -len(last.surface)] + continuative(last.lemma, book)


def _shape(core: str, book: Phrasebook, view: TokenView) -> tuple[str, str, str, str]:
    """Return the predicate's lemma, its plain form, its object and the action ready for 「、」 (view is the
    statement's token view)."""
    toks = list(_tokens(core, view))
    pred = _predicate(toks, book)
    if pred < 0:
        return "", "", core, core
    p = toks[pred]
    if any(t.lemma in book.reading["negations"] and t.pos == "AUX" for t in toks[pred + 1 :]):
        return "", "", core, core  # 「辞めないようにする」: the negation is the point, keep the whole phrase
    if any(t.lemma in ("れる", "られる") and t.pos == "AUX" for t in toks[pred + 1 : pred + 3]):
        return "", "", core, core  # 「相談相手として選ばれる」: a state others grant, not the writer's choosing
    particles = word_set(book, "particles")
    # suffixes belong to the word: 「研究者」 (研究 + 者); 「明確化」「見える化」 (the suffix 化 makes it an action)
    last = pred  # the predicate's last token
    while last + 1 < len(toks) and toks[last + 1].pos == "SUFFIX":
        last += 1
    word = core[p.start : toks[last].end]
    ka = last > pred and word.endswith("化")
    if ka:  # 「オンライン化」 read as 「オン」「ライン化」: a loanword made an action is one word
        while pred > 0 and _katakana(toks[pred - 1].surface) and _katakana(p.surface) and toks[pred - 1].end == p.start:
            pred -= 1
            p = toks[pred]
        word = core[p.start : toks[last].end]
    nominal = p.pos == "NOUN" or last > pred
    doing = word_set(book, "doing_verbs")
    followed = last + 1 < len(toks) and (
        toks[last + 1].lemma in doing
        or (toks[last + 1].surface == "を" and last + 2 < len(toks) and toks[last + 2].lemma in doing)
    )  # 「ストレッチする」「ストレッチをする」
    # 「上手になる」「静かにする」「楽にする」: an adjective or a noun made the result of the verb
    ni = (
        p.pos in ("ADJ", "NOUN")
        and last + 2 < len(toks)
        and toks[last + 1].surface == "に"
        and toks[last + 2].lemma in ("なる", "する")
    )
    # 「読みやすくする」「集めやすくする」: a verb made easy or hard is the change itself, said whole
    easier = (
        p.pos == "VERB"
        and last > pred
        and toks[last].lemma in ("やすい", "にくい", "づらい")
        and last + 1 < len(toks)
        and toks[last + 1].lemma in ("する", "なる")
    )
    if easier:
        light = toks[last + 1].lemma
        obj = core[: p.start].rstrip(_EDGE + "をが")
        return word, word + light, obj, core[: toks[last].end] + continuative(light, book)
    if nominal and not followed and not ka and not ni and p.surface not in _known_verbs(book):
        # 「止まらない物流」「変化に強いアーキテクチャ」: a noun phrase, no action to keep
        phrase = core
        for ending in book.reading["noun_phrase_endings"]:
            phrase = phrase.removesuffix(ending)
        return "", "", phrase.strip(_EDGE), _joinable(core, book)
    verbal_noun = nominal and len(p.surface) >= 2 and all(_KANJI_KATA.match(c) for c in p.surface)
    if ka:
        verb, plain, stem = word, word + "する", word + "し"
    elif ni:
        light = toks[last + 2].lemma
        verb, plain, stem = word, word + "に" + light, word + "に" + continuative(light, book)
    elif nominal and len(p.surface) > 1 and p.surface.endswith("し") and not followed:
        # 「見直し」「棚卸し」: already a 連用形; but 「後押しする」 is 「後押しし」
        verb, plain, stem = p.surface, p.surface + "する", p.surface
    elif nominal or p.pos in ("ADJ", "ADV"):  # 「公開する」, 「よくする」 with an adjective, 「ちゃんとする」
        verb, plain, stem = p.surface, p.surface + "する", p.surface + "し"
        if followed and toks[last + 1].surface == "を":  # 「頼らない営業をする」: 「頼らない営業をし」
            stem = p.surface + "をし"

    else:
        # a spoken verb is written as a rewrite writes it: 「説明会やる」 -> 「説明会を行い」; 「やる」 only after an
        # activity noun (「簿記3級をやる」 is studied, not held)
        formal = book.reading.get("formal_verbs", {}).get(p.lemma, p.lemma)
        after = tuple(book.reading.get("formal_after", {}).get(p.lemma, ()))
        if after and not core[: p.start].rstrip("を ").endswith(after):
            formal = p.lemma
        verb, plain, stem = p.lemma, formal, continuative(formal, book)
        prev = toks[pred - 1] if pred > 0 else None
        if (
            prev is not None
            and prev.pos == "VERB"
            and prev.end == p.start
            and p.lemma in word_set(book, "second_verbs")
        ):
            # 「受け直す」「書き始める」: one verb of two, not 「直す」 alone (「研修を3回直す」)
            # (the action keeps what the writer wrote before the verb, 「受け」 included: its stem stays 「直し」)
            verb, plain = prev.surface + verb, prev.surface + plain
    before = toks[:pred]
    ends_in_noun = len(toks) == last + 1  # 体言止め: 「Xの推進」「残業削減」
    described = bool(before) and before[-1].end == p.start and ends_in_noun and p.pos == "NOUN"
    modifier = before[-1] if before else None
    if (
        described
        and modifier is not None
        and (
            modifier.pos in ("ADJ", "VERB")
            or (modifier.pos == "AUX" and modifier.lemma in book.reading["negations"])
            or modifier.surface in word_set(book, "manner_nouns")
        )
    ):
        # 「レガシーコードに怯えない開発」「社内システムの安定稼働」: a way of working to reach, not an act to do
        return "", "", core, core
    head = core[: p.start].rstrip()
    wo = max((i for i, t in enumerate(before) if t.surface == "を"), default=-1)
    if wo >= 0:
        obj = core[: before[wo].start]
        lead = core[: p.start]  # everything the writer put between the object and the verb stays
    elif before and before[-1].surface == "の" and (nominal or (ends_in_noun and p.form.startswith("連用形"))):
        # 「Xの推進」「Xの整備を始める」: 「Xを推進する」;
        # 「Xの立ち上げ」 (a verb's 連用形 used as a noun): 「Xを立ち上げ」
        obj = core[: before[-1].start]
        lead = obj if obj.endswith(tuple(book.reading["case_particles"])) else obj + "を"  # 「3.12へのアップグレード」
        if stem.endswith("をし"):  # 「アップセルの提案をする」: 「アップセルの提案をし」, not 「アップセルを提案をし」
            lead = core[: p.start]
    elif (
        before
        and not core[before[-1].end : p.start].strip()  # glued, or a sheet's space between: 「タグ付け　見直し」
        and ends_in_noun
        and (
            verbal_noun
            or (nominal and before[-1].pos in ("NOUN", "SUFFIX") and rx.search(r"[\u3041-\u3093]$", p.surface))
        )
    ):  # 「残業削減」: 「残業を削減する」; 「固定費見直し」 (a verb's 連用形 as a noun): 「固定費を見直し」
        obj = head
        # 「FPに相談」: a case particle already says how the noun stands to the verb, no 「を」 after it
        lead = obj if obj.endswith(tuple(book.reading["case_particles"])) else obj + "を"
    elif p.pos == "VERB" and not nominal and _dropped_wo(before, p, book, core):
        # 「ベランダ菜園はじめる」「セキュリティ研修やる」: a sheet's dropped 「を」 put back: 「ベランダ菜園をはじめ」
        obj = head
        lead = with_wo(head, book) + "を"
    else:
        obj = head
        lead = head
        run = pred  # the nouns glued before the predicate: 「セグメント」 of 「セグメント配信」
        while run > 0 and toks[run - 1].pos == "NOUN" and toks[run - 1].end == toks[run].start:
            run -= 1
        verb_noun = rx.search(r"[\u3041-\u3093]$", p.surface) is not None  # 「見直し」「立ち上げ」: a verb's 連用形
        if nominal and 0 < run < pred and verb_noun and ends_in_noun and toks[run - 1].surface == "の":
            # 「メルマガの配信セグメント見直し」: what is reviewed is the whole noun before it, 「…を見直し」
            obj = core[: p.start]
            lead = obj + "を"
        elif nominal and 0 < run < pred and toks[run - 1].surface == "の" and not stem.endswith("をし"):
            # 「メルマガのセグメント配信を始める」: 「メルマガをセグメント配信し」, not 「メルマガのセグメント配信し」;
            # but 「店舗の家賃交渉をする」 keeps its own 「を」: 「店舗の家賃交渉をし」
            obj = core[: toks[run - 1].start]
            lead = obj + "を" + core[toks[run].start : p.start]
    obj = obj.strip(_EDGE)
    cut = _without_manner(obj, book)  # 「GA4ちゃんと勉強する」: GA4, not 「GA4ちゃん」
    obj = cut.rstrip(_EDGE + "を") if cut != obj else obj
    while obj and obj[-1] in particles and len(obj) > 1:
        obj = obj[:-1]
    while obj and obj[0] in book.reading["leading_particles"]:
        obj = obj[1:]
    lead = _without_manner(lead, book)  # 「口コミ返信、ちゃんとやりたい」: 「口コミ返信をやり」
    action = lead + stem
    started = rx.search(r"を(始める|はじめる|開始する)$", core)
    if started is not None and not action.endswith("を"):
        # 「住民票の写しのオンライン申請を始める」 starts a service, it does not apply:
        # 「…オンライン申請を始め」, not 「…をオンライン申請し」
        action = core[: started.start(1)] + continuative(started.group(1), book)
    causative = rx.search(r"(させる|させたい|させます|させ)$", core)
    if causative is not None and not action.endswith("させ"):
        # 「安全講習を受講させる」: others are made to do it, 「…を受講させ」, not 「…を受講し」
        action = core[: causative.start(1)] + "させ"
    asked = rx.search(r"([てで])(もらう|もらいたい|もらいます|もらい)$", core)
    if asked is not None:  # 「研修を職員に受けてもらう」: 「…受けてもらい」, not 「…をもらい」
        action = core[: asked.start(2)] + "もらい"
        done = rx.search(r"([^をにがでへとのは、]+[てで])(?:もらう|もらいたい|もらいます|もらい)$", core)
        if done is not None:  # what they do is the verb said: 「受けてもらう」, not 「もらう」
            plain = done.group(1) + "もらう"
    return verb, plain, obj, action


def _dropped_wo(before: Sequence[Token], verb: Token, book: Phrasebook, core: str = "") -> bool:
    """Whether a verb that takes an object follows a noun with nothing between them but a space, as sheets write it
    (「アプリ入れる」「振り返りやる」「マンホール点検　やる」 once its deadline is cut); not a number (「3冊読む」) or a
    word of time or amount (「毎日やる」「全部書く」)."""
    gap = core[before[-1].end : verb.start] if before and core else None  # only a caller's core says what is between
    glued = bool(before) and (before[-1].end == verb.start or (gap is not None and not gap.strip()))
    if not glued or verb.lemma not in word_set(book, "object_verbs"):
        return False
    noun = before[-1]
    # a count (「3冊読む」) is no object; a number glued into a name is (「1on1やる」)
    named = noun.is_number and len(before) >= 2 and before[-2].end == noun.start and before[-2].surface.isascii()
    if (any(t.is_number for t in before[-2:]) and not named) or noun.surface in word_set(book, "adverbial_nouns"):
        return False
    if named:
        return True
    return noun.pos in ("NOUN", "PROPN", "SUFFIX") or (noun.pos == "VERB" and noun.form.startswith("連用形"))


_TOPIC_COMMA = re.compile(r"^([^、。を]{2,20}?[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9])、([^、。をがは]+)$")


def _topic_as_object(core: str) -> str:
    """A noun set before a comma as the topic of what follows, with no 「を」 after it, is what the verb acts on:
    「保育園の送迎、パパと交代制にする」 is 「保育園の送迎をパパと交代制にする」 (a rewrite would otherwise say
    「保育園の送迎、パパと交代制にし、…」)."""
    m = _TOPIC_COMMA.match(core)
    return f"{m.group(1)}を{m.group(2)}" if m else core


def _core(
    body: str, cuts: list[tuple[int, int]], book: Phrasebook, view: TokenView
) -> tuple[str, bool, tuple[str, str, str, str]]:
    """The body without the cut spans and its wish wording, whether it wished, and its shape (verb, plain
    verb, object, action)."""
    core = rx.sub(r"、{2,}", "、", nfkc(cut(body, cuts))).strip(_EDGE)
    wished = False
    for ending, plain in book.reading["wish_endings"]:
        if core.endswith(ending):
            core, wished = core[: -len(ending)] + plain, True
            break
    core = _topic_as_object(core)
    shape = _shape(core, book, view)
    plain = shape[1]
    if wished and plain and not core.endswith(plain):  # 「音読から始め(たい)」 reads 「音読から始める」
        stem = continuative(plain, book)
        if core.endswith(stem):
            core = core[: -len(stem)] + plain
        elif stem.endswith("し") and core.endswith(stem[:-1] + "する"):  # 「増やしたい」 read as 「増やする」
            core = core[: -len(stem[:-1] + "する")] + plain
    return core, wished, shape


@cache
def _generic_verbs(book: Phrasebook) -> frozenset[str]:
    """The verbs that say only that something is done (every activity family's, the direction verbs, the light
    verbs): the topic is in what they act on."""
    families = {v for f in book.families.values() for v in f.verbs}
    return frozenset(families | direction_verbs(book) | word_set(book, "light_verbs") | word_set(book, "stopwords"))


def with_topical_verb(reading: Reading, book: Phrasebook) -> Reading | None:
    """The reading with its verbal noun among the words that carry its topic, when that noun names the topic
    itself (「週末にランニングする」: ランニング), not only the doing (「実施する」); None when it does not."""
    verb = reading.verb
    if len(verb) < 2 or _KANJI_KATA.match(verb[0]) is None or verb in _generic_verbs(book) or verb in reading.content:
        return None
    return replace(reading, content=(*reading.content, verb))


_AFTERTHOUGHT = re.compile(r"^(.+?[うくぐすつぬぶむる])[\s\u3000]+([^\s\u3000、。]{2,12}(?:で|に|まで|だけ))$")


def _prepares_for_event(link: str, book: Phrasebook) -> bool:
    """Whether the goal a statement serves is a day the writer prepares for (「期末試験に向けて」), not a goal of
    the sheet (「営業KR1.2に向けて」) or a purpose (「転職に向けて」)."""
    m = rx.fullmatch(r"(.+?)に向け(?:て)?", link)
    if m is None or rx.search(book.reading["goal_ref"], link):
        return False
    return m.group(1).endswith(tuple(book.reading.get("event_deadlines", ())))


def read(verdict: Verdict, book: Phrasebook) -> Reading:
    """Return the reading of a Japanese statement."""
    text = verdict.text
    start, end = body_span(verdict, book)
    start, end, reason = split_reason(text, start, end, book)
    body = text[start:end]
    cuts: list[tuple[int, int]] = []
    link = ""
    m = rx.search(book.reading["link"], body)
    rest = body[m.end() :] if m is not None else ""
    # a goal named by its key result at the very end (「…する　サービスKR1.2のため」) is the link, whatever is after it
    closing = m is not None and not body[m.end() :].strip() and rx.search(book.reading["goal_ref"], m.group())
    if m is not None and not closing and len(rx.sub(r"[\u3041-\u3093、。\s]", "", rest)) < 3:
        m = None  # 「…の締結に向けて協議する」: what is left would say nothing, so the goal stays in the sentence
    if m is not None:
        link = nfkc(m.group()).rstrip("、,に ")
        cuts.append((m.start(), m.end()))
        noted_at = end_notes_start(body[: m.start()])
        if closing and noted_at < m.start():
            cuts.append((noted_at, m.start()))  # 「…する（担当：佐藤）サービスKR1.2のため」: the owner is a note
    noted = rx.search(book.reading["link"], text[end:].strip("（）() "))  # 「（営業KR1.2のため）」 kept as a note
    if not link and noted is not None:
        link = nfkc(noted.group()).rstrip("、,に ")
    deadline, span = _deadline(verdict, book, start, end)
    if not deadline and span is None:
        deadline, span = _event_deadline(text, start, end, book)
    if span is not None:
        cuts.append((span[0] - start, span[1] - start))
    elif _prepares_for_event(link, book):  # 「娘のピアノ発表会に向けて練習する」: done by the day itself, and
        event = rx.sub(r"に向け(?:て)?$", "", link)  # the day still says what it is about (ピアノ)
        deadline, link, reason = event + "までに", "", reason or event
    habit, habit_spans = _habit(book, body)
    if habit and span is not None and rx.match(book.reading.get("routine_moment", "$^"), deadline):
        # 「毎朝、開店前に宙吹きの練習をする」: a moment of each day, kept in the action, not a due date
        cuts.remove((span[0] - start, span[1] - start))
        deadline = ""
    if habit == "monthly" and span is not None and deadline in word_set(book, "within_month_times"):
        # 「毎月の棚卸しを月末にやる」: when in each month it is done, not a deadline
        cuts.remove((span[0] - start, span[1] - start))
        deadline = ""
    core, wished, (verb, plain, obj, action) = _core(body, cuts + habit_spans, book, verdict.view)
    unhurried = _without_manner(core, book)
    if unhurried != core and rx.search(r"[\s、,\u3000]$", unhurried):
        # 「譜読みを練習する 、毎日ちょっとずつ」: how it is done, added after a comma, is not the action
        core = unhurried.rstrip(" 、,\u3000")
        verb, plain, obj, action = _shape(core, book, verdict.view)
    english_by = rx.search(r"\s*(?i:by|until|till|before|due)$", core) if deadline else None
    if english_by is not None:  # 「…をマニュアル化する　by 年度末」: the English word before the date went with it
        core = core[: english_by.start()]
        verb, plain, obj, action = _shape(core, book, verdict.view)
    if habit == "monthly" and rx.search(r"(?<![月年期週\d])末に", core):  # 「棚卸し毎月末にやる」: 毎月 cut, 月末 kept
        core = rx.sub(r"(?<![月年期週\d])末に", "月末に", core, count=1)
        verb, plain, obj, action = _shape(core, book, verdict.view)
    if habit == "weekly" and rx.match(r"[月火水木金土日]曜(?:日)?、", core):
        # 「毎週土曜、畑を見回る」: 毎週 cut, the day kept as when it is done (「土曜に」)
        core = rx.sub(r"^([月火水木金土日]曜(?:日)?)、", r"\1に", core)
        verb, plain, obj, action = _shape(core, book, verdict.view)
    finished = rx.match(
        r"^(.+?)の([\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,})を(?:終わらせる|終える|済ませる|完了する|完了させる)$", core
    )
    projects = word_set(book, "finished_projects")  # 「改装を完了させる」: a project's milestones say more
    if (
        finished is not None
        and is_verbal_noun(finished.group(2))
        and finished.group(2) not in projects
        and not finished.group(1).endswith(("へ", "に"))  # 「GA4への移行」 is not 「GA4へを移行」
    ):
        # 「ランプの補修を梅雨入り前に終わらせる」: the repair done by then, read as 「ランプを補修する」
        core = f"{finished.group(1)}を{finished.group(2)}する"
        verb, plain, obj, action = _shape(core, book, verdict.view)
    tried = rx.match(book.reading.get("event_tried", "$^"), core)
    if tried is not None:  # 「卵の殻アート体験、週末にやってみたい」: the experience put on, as a trial, for guests
        core = tried.expand(book.reading["event_tried_as"])
        verb, plain, obj, action = _shape(core, book, verdict.view)
    # (「毎朝のウォームアップ、サボらない！」「毎晩の戸締まりを忘れない」: not skipped is done, on the days counted)
    kept_up_ends = r"を(?:続ける|継続する|続けたい|継続したい|サボらない|さぼらない|欠かさない|休まない|忘れない)$"
    kept_up = rx.search(kept_up_ends, core) if habit and not verb else None
    if kept_up is not None and core[: kept_up.start()].isascii():
        kept_up = None  # 「Duolingoを毎日続ける」: an app kept up says its streak
    if kept_up is not None:  # 「朝の読書タイムを毎日続ける」: what is kept up is doing it, on the days counted
        core = core[: kept_up.start()] + "をする"
        verb, plain, obj, action = _shape(core, book, verdict.view)
    moment = (
        rx.match(r"^(.+?)[\s\u3000]+([^\s\u3000、。]{2,12}(?:前|後|あと)に)$", core) if habit and not verb else None
    )
    if moment is not None:  # 「毎日ロングトーン練習　学校行く前に」: the moment said after the routine goes before it
        core = moment.group(2) + moment.group(1)
        verb, plain, obj, action = _shape(core, book, verdict.view)
    # only a bare doing (「毎朝ストレッチ」「毎晩の読書」); 「要因分析を月次で報告」 reports something, read as it is;
    # the tagger is asked only for a routine with no verb, not for every statement
    bare = bool(habit) and not verb and verdict.label == "task" and bool(core) and "を" not in core
    # 「毎朝 発酵タンクの温度ログを確認」: a check done on schedule, said without its する, is the routine too
    checked = bool(habit) and not verb and verdict.label == "task" and "を" in core
    # (and any such noun at the end, the object said earlier: 「観測データを毎朝HPにアップ」「レーダーを見て出動判断」)
    # (not a report: 「要因分析を月次で報告」 is read for what it reports)
    reported = core.endswith(tuple(word_set(book, "reported_nouns")))
    checked = checked and (
        core.endswith(tuple(word_set(book, "routine_check_nouns"))) or (not reported and is_verbal_noun(core))
    )
    if checked or (bare and (core.endswith(tuple(word_set(book, "routine_nouns"))) or is_verbal_noun(core))):
        # 「毎朝ストレッチ」: a noun that takes する, written without it, is the routine itself; after 「の」 a loanword
        # takes 「を」 (「マイクの動作チェック」: 「動作チェックをする」), and so does a noun a verb describes
        # (「抹茶を点てる練習」: 「点てる練習をする」)
        toks = _tokenized(core)
        described = len(toks) > 1 and toks[-2].pos in ("VERB", "AUX")
        core += "をする" if described or rx.search(r"の[^のをがは、]*[ァ-ヴー]{3,}$", core) else "する"
        verb, plain, obj, action = _shape(core, book, verdict.view)
    # 「お弁当を毎日つくる」: the schedule word right before the verb says how often it is done, whatever the verb
    adverbial = bool(verb) and any(body[b:].lstrip("　 ").startswith(plain[:2]) for _, b in habit_spans)
    said_cycle = ""
    # 「SNSに動画を上げる」: something posted is put up, not raised
    posted = verb == "上げる" and any(w in core for w in word_set(book, "posted_things"))
    if habit and (
        not verb
        or (verb in direction_verbs(book) and not adverbial and not posted)
        or plain.endswith(("にする", "になる"))
        or core.endswith("ようにする")
    ):
        # 「毎日使いたくなるアプリ(にする)」「月次で傾向を分析できるようにする」: the schedule word describes the
        # state wanted, not a routine
        said_cycle, habit = habit, ""
    adopted = None if verdict.label != "task" else rx.match(book.reading.get("practice_adopted", "$^"), core)
    if adopted is not None:  # 「マウスピースだけの練習を取り入れる」: a practice kept up, week by week unless said
        core, habit = adopted.group(1) + "をする", habit or "weekly"
        verb, plain, obj, action = _shape(core, book, verdict.view)
    forming = None if verdict.label != "task" else rx.match(book.reading.get("habit_forming", "$^"), core)
    if forming is not None and forming.groupdict().get("said") and not habit:
        inner = forming.group(1)
        forming = None  # 「ジムに通う習慣をつけたい」 says no cycle: the workouts a week say it better than a rate
        if rx.match(book.reading.get("after_occasion", "$^"), inner):
            # 「ツアー後に目撃記録を送る習慣をつける」: its occasion says when, each time one ends
            core = inner
            verb, plain, obj, action = _shape(core, book, verdict.view)
    if forming is not None:  # 「朝ランを習慣にしたい」: a routine to keep up week by week, not a state to reach;
        # 「毎晩寝る前に詰めチェスを解く習慣をつける」: the nights it is done, not 「習慣をつける」 on 75 of them
        inner = forming.group(1)
        core = inner if inner.endswith(tuple("うくすつぬぶむるぐ")) else inner + "をする"
        habit = habit or said_cycle or "weekly"  # 「読み聞かせを毎日の習慣にしたい」: its own cycle, else week by week
        verb, plain, obj, action = _shape(core, book, verdict.view)
    purpose = rx.match(book.reading.get("learned_for", "$^"), core)
    if purpose is not None and verdict.label == "task":
        # 「Pythonを勉強して週次レポートの作成を自動化したい」: the study is the means, the automation the goal
        core = purpose.group(1)
        verb, plain, obj, action = _shape(core, book, verdict.view)
    after = _AFTERTHOUGHT.match(core)
    if after is not None:  # 「候補エリアを調べる 通勤圏内で」: a scope added after the verb goes before it
        core = after.group(2) + after.group(1)
        verb, plain, obj, action = _shape(core, book, verdict.view)
    fixing = verb in book.families["fix"].verbs
    if habit and fixing and all(body[a:b].rstrip("、,").endswith("の") for a, b in habit_spans):
        # 「毎月の広告レポートを自動化する」: which report is automated, once; not a monthly routine
        habit = ""
        core, _, (verb, plain, obj, action) = _core(body, cuts, book, verdict.view)
    stop = word_set(book, "stopwords")
    content = tuple(
        t.surface
        for t in _tokens(core, verdict.view)
        if t.pos == "NOUN"
        and t.surface not in stop
        and t.surface != verb
        and (len(t.surface) > 1 or not t.surface.isascii())
    )
    return Reading(
        lang="ja",
        body=nfkc(body).strip(_EDGE),
        core=core,
        verb=book.reading.get("kana_verbs", {}).get(verb, verb),  # 「ひらく」 is looked up as 「開く」
        verb_text=plain,
        object=obj,
        action=action,
        deadline=deadline,
        habit=habit,
        wished=wished,
        link=link,
        # only what the verb acts on (「記事を」) is counted: 「国際学会で発表する」 does not present 4 conferences
        countable=_counter(obj, book) if "を" in action else "",
        content=content,
        reason=reason,
    )
