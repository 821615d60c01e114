"""Learning statements by kind of skill: a language, a certification, a book, a course, or a craft."""

from __future__ import annotations

import re
from functools import cache

from .. import rx
from .angles import Angle, head_is, metric_angle
from .catalog import catalog
from .matching import scored
from .morphology import gerund, is_plural_head, object_head
from .phrasebook import LearningKind, Phrasebook, word_set
from .reading import Reading
from .topics import own_match, reason_match, topic_match
from .wholeword import names_any


@cache
def _any_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One English pattern for any of the words, each as a whole word."""
    alternatives = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


@cache
def _any_substring(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for any of the words anywhere in a text (Japanese)."""
    return re.compile("|".join(re.escape(w) for w in words))


def _mentions_any(text: str, words: tuple[str, ...], lang: str) -> bool:
    """True when the text holds one of the words (whole words in English)."""
    if not words:
        return False
    if lang == "ja":
        return _any_substring(words).search(text) is not None
    return _any_pattern(words).search(text.lower()) is not None


@cache
def _ja_learning_patterns(book: Phrasebook) -> tuple[str, str]:
    """The patterns of a Japanese learning noun used as an action and of a learning verb, X before either."""
    from ..lang.ja.reading import continuative  # here, not at the top: lang.ja.reading imports this package

    endings = tuple(book.reading["verb_endings"])
    nouns = "|".join(re.escape(v) for v in book.learning_verbs if not v.endswith(endings))
    verbs = "|".join(
        re.escape(continuative(v, book)) for v in book.learning_verbs if v.endswith(endings)
    )  # their 連用形 also starts their dictionary form (「身につけ」「身につける」)
    # a learning noun on its own (not 「機械学習」 or 「勉強会」), used as the action; or a learning verb
    return (
        rf"^(.*?)(?:の|を|、|^)(?:資格|試験)?(?:{nouns})(?!会)(?:を|し|する|中|に)",  # 「管理士の資格勉強を」 too
        rf"^(.*?)を?(?:もっと|しっかり)?(?:{verbs})(?![\u4e00-\u9fff])",
    )


def _ja_learning_noun(text: str, book: Phrasebook) -> re.Match[str] | None:
    """Where a Japanese learning noun is used as an action (「Xの勉強をする」「X学習を始め」), with X before it."""
    noun_action, learning_verb = _ja_learning_patterns(book)
    return rx.search(noun_action, text) or rx.search(learning_verb, text)


@cache
def _kind_patterns(book: Phrasebook, lang: str) -> tuple[tuple[LearningKind, re.Pattern[str] | None], ...]:
    """Each learning kind with the pattern _mentions_any looks for its words by (None when it has none)."""
    find = _any_substring if lang == "ja" else _any_pattern
    return tuple((k, find(tuple(k.words)) if k.words else None) for k in book.learning_kinds)


@cache
def _phrasal_learning_verbs(book: Phrasebook) -> tuple[str, ...]:
    """The learning verbs of several words ("brush up on"), looked for anywhere in the text."""
    return tuple(v for v in book.learning_verbs if " " in v)


def kind_of(reading: Reading, book: Phrasebook) -> LearningKind | None:
    """Return the kind of skill a statement is about learning, or None when it is not about learning."""
    kind = _kind_of(reading, book)
    if kind is not None and kind.name == "recall" and reading.verb not in book.learning_verbs:
        return None  # 「新メニューの試作」: a menu made, not learned by heart
    if kind is not None and reading.lang == "ja" and _clause_before(_subject(reading, kind, book)):
        return None  # 「出所後の生活につながる学び」「学校にとって頼れる学びの場」: what learning is for, not a subject
    return kind


def _clause_before(subject: str) -> bool:
    """Whether a Japanese subject ends in a verb or adjective that describes the learning after it (「つながる」
    「頼れる」「楽しい」), not in a noun that names what is learned (「簿記」「データ分析」)."""
    return bool(subject) and rx.search(r"[\u3040-\u309f](?:る|う|く|す|つ|ぶ|む|ぐ|た|だ|い)$", subject) is not None


def _without_kind_words(text: str, book: Phrasebook) -> str:
    """The text with the words that only look like learning masked (reading.not_kind_words: 「本屋」, 「見習い」)."""
    for word in word_set(book, "not_kind_words"):
        text = text.replace(word, "・")
    return text


def _kind_of(reading: Reading, book: Phrasebook) -> LearningKind | None:
    text = reading.core
    verb = reading.verb
    # 「体力の向上」: a body's strength is trained and measured, not learned from a course
    bodily = word_set(book, "body_abilities") | word_set(book, "organisation_abilities")  # 「ブランド力」 too
    marked = _mentions_any(text, tuple(book.learning_markers), reading.lang) and not any(w in text for w in bodily)
    searched = text if reading.lang == "ja" else text.lower()
    # 「読む力を伸ばす」: a verb made a skill noun names the ability, not a book to read
    searched = rx.sub(book.reading.get("verb_skill", "$^"), "力", searched)
    searched = _without_kind_words(searched, book)  # 「町の本屋」, "French polishing": no book or language in them
    # "watch videos of last years finals": an exam or final already held is footage, not one to study for
    searched = rx.sub(book.reading.get("past_event", "$^"), "・", searched)
    kinds = [k for k, words in _kind_patterns(book, reading.lang) if words is not None and words.search(searched)]
    if not kinds and reading.lang == "ja":  # 「期末テストに向けて数学の勉強をする」: studied for the exam it is done by
        ahead = f"{reading.deadline}{reading.link}"
        kinds = [
            k
            for k, words in _kind_patterns(book, reading.lang)
            if k.name == "school_exam" and words is not None and words.search(ahead)
        ]
    unmarked = _without_kind_words(text, book)  # (「見習いに教える」: no 「習い」 learned in 「見習い」)
    learning_verb = verb in book.learning_verbs or _mentions_any(unmarked, _phrasal_learning_verbs(book), reading.lang)
    if not learning_verb and book.learning_strong:  # 「データ分析ができるようになりたい」
        learning_verb = _mentions_any(reading.body, book.learning_strong, reading.lang)
    entry = book.reading.get("exam_entry_verbs", ())
    entered = _verb_said(reading)
    if not learning_verb and (verb in entry or any(s in entry for s in entered)):  # "Sign up for TOPIK in spring"
        learning_verb = _mentions_any(text, tuple(book.reading.get("exam_words", ())), reading.lang)
    if reading.lang == "ja" and not learning_verb:  # 「社労士の勉強を始める」「データ分析の勉強をして…」
        learning_verb = _ja_learning_noun(unmarked, book) is not None
    if not learning_verb:  # 「自分で調弦できるようになりたい」: something the writer wants to do alone, learned
        learning_verb = rx.search(book.reading.get("able_alone", "$^"), text) is not None
    if _others_learn(reading, book):
        return None  # "Level up the sales team", 「若手を育てる」: developing others is not the writer's learning
    shared = book.reading.get("read_together", ())
    if any((w in text) if reading.lang == "ja" else (w in text.lower()) for w in shared):
        return None  # 「子どもと寝る前に絵本を読む」: reading with a child is time together, not a book to learn from
    speed = tuple(book.reading.get("speed_words", ()))
    if reading.lang == "en" and speed and reading.object.lower().rstrip(" .!").endswith(speed):
        return None  # "Pick up chats faster": work done sooner, not a skill picked up
    first = reading.object.lower().split()[0] if reading.object.split() else ""
    names = {k.name for k in kinds}
    named = names & {"language", "school_exam"}  # "study for finals": a school exam
    preparing = verb in word_set(book, "prepare_for_verbs") and "certification" in names
    if (verb in word_set(book, "study_for_verbs") or preparing) and first == "for" and not named:
        return next((k for k in book.learning_kinds if k.name == "certification"), None)  # "Study for the bar"
    said = (verb, f"{verb} {first}") if first else (verb,)  # "Finish reading Sapiens": "finish reading"
    by_verb = next((k for k in book.learning_kinds if verb and any(v in k.verbs for v in said)), None)
    if not word_set(book, "drafting_words").isdisjoint(reading.object.lower().split()):
        return None  # "Finish a first draft of the novel": writing one, not reading one
    unbound = names_any(reading.object, tuple(book.reading.get("read_not_books", ())), reading.lang)
    if by_verb is not None and reading.object and first not in book.reading.get("not_title", []) and not unbound:
        return by_verb  # "Read Atomic Habits"; not "Read to the kids" nor "Read the news in German"
    heads = word_set(book, "course_heads")
    if _course_taken(reading, book, heads):
        learning_verb = True  # "do a proper detailing course": the course is taken
    short = len(text.split()) <= 3 if reading.lang == "en" else len(text) <= 12  # "Spanish", 「簿記2級」
    if not learning_verb and not ((marked or kinds) and (verb in book.learning_with_marker or (not verb and short))):
        return None
    # only the object's own "to X" here: "Be able to hold a conversation in Korean" stays a language
    doing = _to_verb(reading) if reading.lang == "en" else None
    if doing is not None and doing.group(1).lower() not in book.reading.get("language_verbs", ()):
        # "learn to cook proper Thai food": a thing one learns to do, whatever language word is in it
        return next((k for k in book.learning_kinds if k.doing), kinds[0] if kinds else None)
    if kinds and {"recall", "language"} <= names:  # 「技の名前を韓国語で覚えたい」: names recalled, not the language
        return next(k for k in kinds if k.name == "recall")
    if kinds:
        return kinds[0]
    return next((k for k in book.learning_kinds if not k.words), None)


def _verb_said(reading: Reading) -> tuple[str, str]:
    """The writer's verb as written, alone and with the object's first word ("sign up", "sign up for"), to look up
    in a list of verbs that take a preposition."""
    verb = reading.verb_text.lower()
    return verb, " ".join([verb, *reading.object.lower().split()[:1]])


def _course_taken(reading: Reading, book: Phrasebook, heads: frozenset[str] | set[str]) -> bool:
    """Whether the statement takes a course whose head word is one of heads ("do a proper detailing course",
    「剪定の講習会に参加したい」), not a trip to one ("Take the kids to class")."""
    if reading.lang == "en":  # "sign up for the Level 2 coaching course and attend": the course is its head
        obj = rx.sub(r"(?i)\s+and\s+(?:attend|go|do it|complete it|finish it)$", "", reading.object)
        # "the sled mechanic course in Innsbruck": where it is held is not its head
        months = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
        obj = rx.sub(rf"\s+(?:in|at)\s+(?:the\s+)?(?!{months})[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}}$", "", obj)
        if rx.search(r"(?i)\s(?:to|from|into)\s", obj):
            return False
        head = obj.lower().split()[-1:]
    else:  # 「剪定の講習会に参加したい」: the object ends in the course word
        head = [h for h in heads if reading.object.endswith(h)][:1]
    entered = _verb_said(reading)
    taking = word_set(book, "course_taking_verbs")
    return (reading.verb in taking or not taking.isdisjoint(entered)) and bool(head) and head[0] in heads


def topic_says_more(reading: Reading, kind: LearningKind, book: Phrasebook) -> bool:
    """Whether a skill named in general words ("提案力", "negotiation") is a work topic the catalog measures
    directly, not a course to take: the generic skill kind, and a topic of its own words (else a metric its
    words name) whose first metric is a work metric, for a statement not worded as learning by its verb."""
    rated = head_is(reading, book, word_set(book, "rate_heads"))  # "Improve exam pass rates": others' rate
    if (kind.words or kind.exams or reading.verb in book.learning_verbs) and not rated:
        return False
    match = own_match(reading)
    if match is not None:
        first = catalog().get(match[0].metrics[0])
    elif _mentions_any(reading.core, book.learning_verbs, reading.lang):
        return False  # 「データ分析の勉強を…」: worded as learning
    else:  # no topic, but a metric's own name stands in it: 「問い合わせの一次解決力を強化」 is 一次解決率
        first = next((m for _, named, m in scored(reading)[:1] if named), None)
    learning_domains = {"skills", "language", "creative", *book.reading.get("personal_domains", ())}
    return first is not None and first.domain not in learning_domains


def fallback_kind(reading: Reading, label: str, book: Phrasebook) -> LearningKind | None:
    """The kind of skill a statement names when nothing else fits it: a language named in an aspiration
    (「英語を武器にできる自分になる」, "Be able to hold a phone call in Japanese"), or a thing one wants to be
    able to do ("Be able to fix a puncture at the roadside", 「マクロが組めるようになりたい」)."""
    if _others_learn(reading, book):
        return None
    searched = reading.core if reading.lang == "ja" else reading.core.lower()
    if reading.lang == "en":  # "the online Arabic henna course": henna, not Arabic (「日本語」 keeps its 「日本」)
        searched = _without_kind_words(searched, book)
    others = "|".join(re.escape(w) for w in book.reading.get("other_learners", ()))
    if reading.lang == "ja" and others and rx.search(rf"(?:{others})[^、。をが]{{0,8}}(?:が|は)", searched):
        return None  # 「若手デザイナーが提案できるようになる」: someone else's skill
    # a language the writer aspires to ("Become comfortable speaking English in meetings") or takes a class
    # in; not one a task merely works in ("Translate the survey into Spanish")
    aspires = (
        label == "objective" or reading.wished or _mentions_any(searched, tuple(book.learning_markers), reading.lang)
    )
    languages = [k for k, words in _kind_patterns(book, reading.lang) if k.exams and words and words.search(searched)]
    if languages and aspires:  # a book, a class or a design named in passing is not a skill to learn
        return languages[0]
    if _course_taken(reading, book, word_set(book, "taken_heads")):  # "Take the remote online notarization
        # training": a course taken, whatever it is about, when no metric fits it
        return next((k for k in book.learning_kinds if k.name == "course"), None)
    able = book.reading.get("able_to")
    if able and rx.search(able, reading.core):
        return next((k for k in book.learning_kinds if k.doing or (reading.lang == "ja" and not k.words)), None)
    return None


@cache
def _owned_by_others(book: Phrasebook) -> str:
    """The pattern of an object that opens with someone else's possessive ("the team's", "our staff's"), built once."""
    owners = "|".join(re.escape(w) for w in book.reading.get("other_learners", ()))
    return rf"^(?:(?:the|our|my|their|this)\s+)?(?:[\w-]+\s+)?(?:{owners})(?:'s|’s|s'|’)(?=\s)"


def _others_learn(reading: Reading, book: Phrasebook) -> bool:
    """Whether the statement develops someone else ("Level up the sales team", 「若手を育てる」)."""
    others = book.reading.get("other_learners", ())
    obj = reading.object if reading.lang == "ja" else object_head(reading.object, book).lower()
    if reading.lang == "en" and others and rx.search(_owned_by_others(book), reading.object.lower()):
        return True  # "improve the team's writing skills": whose skills they are
    # others made, asked or meant to learn (reading.others_learn): 「若手に勉強させる」, "tutors should get better at"
    # (said of a group before the action the reader keeps: "Guides to do the avalanche course" is done by them; "Jess
    # to learn off-camera flash" names whose task it is)
    group = rx.match(book.reading.get("group_opening", "$^"), reading.body) is not None
    said = (reading.core, reading.body) if group else (reading.core,)
    if any(rx.search(p, text) for p in book.reading.get("others_learn", ()) for text in said):
        return True
    if reading.lang == "ja":
        return bool(obj) and obj.endswith(tuple(others))
    # who learns is a common noun of the head ("the sales team"); a capitalised word names a subject ("People
    # Analytics basics"), unless the whole statement is written in capitals or title case
    written = object_head(reading.object, book).split()
    cased = reading.core.isupper() or reading.core.istitle()
    return any(w.lower() in others and (cased or not w[:1].isupper()) for w in written)


def _doing(reading: Reading, book: Phrasebook) -> re.Match[str] | None:
    """What one learns to do, in English ("learn to cook Thai food", "Be able to fix a puncture"): its verb
    and the rest."""
    if reading.lang != "en":
        return None
    able = book.reading.get("able_to")
    return _to_verb(reading) or (rx.search(able + r"(\w+)(.*)$", reading.core) if able else None)


def _to_verb(reading: Reading) -> re.Match[str] | None:
    """The verb the object's own "to" opens and the rest ("learn | to knit socks", "how to write ..."); none when
    "to" is a preposition before a name ("Listen to Spanish podcasts")."""
    # (an aside after a comma is not what is done: "learn to service chronographs myself, Ive been sending them out";
    # "myself" stays, as not depending on someone else is often the point)
    m = rx.match(r"(?i)^(?:how\s+)?to\s+(\w+)([^,;]*)", reading.object)
    return m if m is not None and m.group(1).islower() else None


def _subject(reading: Reading, kind: LearningKind, book: Phrasebook) -> str:
    """The skill in the writer's words: the language's name, the exam's name, or the verb's object."""
    if kind.exams:
        for word in kind.words:
            m = (
                rx.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", reading.core, flags=re.I)
                if reading.lang == "en"
                else None
            )
            if m is not None:
                return m.group()
            if reading.lang == "ja" and word in reading.core:
                return word
    if reading.lang == "ja" and kind.name == "school_exam":
        # 「期末試験の勉強」: the exam as named, 「期末試験」, in the core or in what it is done by
        # (「期末テストに向けて数学の勉強をする」)
        said = (w for text in (reading.core, reading.deadline, reading.link) for w in kind.words if w in text)
        return next(said, reading.object or reading.core)
    subject = reading.object or reading.core
    doing = _doing(reading, book)
    if doing is not None and not kind.exams:  # "learn to cook Thai food": courses about cooking Thai food
        subject = (gerund(doing.group(1).lower(), book) + doing.group(2)).strip()
    able = rx.match(book.reading.get("able_subject", "$^"), reading.core)
    if reading.lang == "ja" and able is not None:  # 「データ分析ができるようになる」: データ分析
        # 「茶道を習ってお点前を披露できる」: 茶道; 「エンジニアに頼らずに自分で集計クエリを書ける」: 集計クエリ
        parts = [p for p in rx.split(r"[、でには]", able.group(1).split("を")[0]) if p]
        if len(parts) > 1 and parts[-1] in word_set(book, "attitude_words"):
            parts.pop()  # 「料理に自信を持てる」: the skill is 料理, 自信 is how the writer wants to feel about it
        subject = (parts[-1] if parts else "") or able.group(1)
    elif reading.lang == "ja":
        found = _ja_learning_noun(reading.core, book)
        if found is not None and found.group(1).strip("、 "):
            subject = found.group(1).strip("、 ").removesuffix("を").removesuffix("の")
    for pattern in (*book.reading["subject_strip"], *kind.strip):
        subject = rx.sub(pattern, "", subject, flags=re.I) or subject
    if reading.lang == "ja":  # 「技の名前を韓国語で覚える」: 「韓国語での技の名前」
        subject = rx.sub(r"^([^、。]+?)を([^、。を]{1,6}語)で$", r"\2での\1", subject)
    if reading.lang == "ja" and kind.name != "book":  # 「FPの本を読んでお金の基礎を勉強する」: the means, not the skill
        subject = rx.sub(r"^[^、]*?を[^をの、]{1,5}?[てで]、?(?=.)", "", subject)
    if reading.lang == "ja" and kind.name == "certification" and not any(w in subject for w in kind.words):
        # 「kubernetesの勉強したい、CKA取れたら最高」: the certificate the writer names is what is passed
        levels = book.reading.get("certification_levels", {})  # 「簿記」 is named by its level too: 日商簿記3級
        named = [w for w in kind.words if ((len(w) >= 2 and w.isascii()) or w in levels) and w in reading.core]
        subject = max(named, key=len) if named else subject
    taken_in = rx.search(book.reading.get("course_taken_in", "$^"), reading.core) if kind.name == "course" else None
    if taken_in is not None:  # 「育児講座で子どもの睡眠について学ぶ」: the course is what is finished, not the topic
        subject = taken_in.group("course")
    on = book.reading.get("course_on", "")
    if on and kind.name == "course" and not _mentions_any(subject, tuple(kind.words), reading.lang):
        # "brush up on reading thermals, there's a weekend course": a course on the skill, not "Finish reading
        # thermals"
        subject = on.format(subject) if rx.match(r"(?i)[a-z]+ing\b", subject) else subject
    return subject


def _named_level(reading: Reading, subject: str, book: Phrasebook) -> str:
    """The level the writer names right after the exam ("JLPT N2", 「英検準1級」), or ""."""
    pattern = book.reading.get("exam_level")
    at = reading.body.lower().find(subject.lower()) if subject else -1
    if not pattern or at < 0:
        return ""
    m = rx.match(pattern, reading.body[at + len(subject) :])
    return m.group(1) if m else ""


def for_oneself(reading: Reading, book: Phrasebook) -> bool:
    """Whether the learning is for one's own life, not for work: its words call a personal topic (a hobby, one's
    health, home or money: "Get better at watercolour") or say so ("for fun", 「趣味で」), and nothing says work
    ("for my job", 「業務で」), serves a business goal or carries a team tag. Work is the default of an OKR sheet."""
    if reading.team or _mentions_any(reading.body, tuple(book.reading.get("work_words", ())), reading.lang):
        return False
    if reading.link and _mentions_any(reading.link, tuple(book.reading.get("home_purposes", ())), reading.lang):
        return True  # a purpose at home is no business goal: "so I can help with her homework"
    if reading.link:
        return False
    if _mentions_any(reading.body, tuple(book.reading.get("personal_words", ())), reading.lang):
        return True
    personal = set(book.reading.get("personal_domains", ()))
    if any(m.domain in personal for _, _, m in scored(reading)[:1]):
        return True
    match = topic_match(reading)  # "Get better at steep climbing": the climbing topic is one's own health
    return match is not None and match[0].domain in personal


def _manager_in_picture(reading: Reading, book: Phrasebook) -> bool:
    """Whether a manager could recommend the course: the statement names one, or serves a business goal."""
    words = tuple(book.reading.get("manager_words", ()))
    return bool(reading.link) or _mentions_any(f"{reading.body} {reading.team}", words, reading.lang)


def _own_exam(reading: Reading, subject: str, book: Phrasebook) -> str:
    """The exam of the language the writer names in a Japanese statement (「手話通訳者全国統一試験」 for 手話), read
    by the language's pattern (reading.own_exam, its group "exam"); "" when none is named."""
    pattern = book.reading.get("own_exam", "")
    m = rx.search(pattern, reading.core) if pattern else None
    return m.group("exam") if m is not None and subject and subject in m.group("exam") else ""


def _named_exam(subject: str, book: Phrasebook) -> bool:
    """Whether a certification's subject names the exam itself (「ITパスポート」, "ATA"), not only that there is one
    (「資格」「AWSの資格勉強」「基本情報の午後対策」), which a practice score measures better than a pass."""
    return not any(w in subject for w in word_set(book, "unnamed_exam_words"))


# the kinds whose skill may be one of the hands, learned by doing it (not a language, an exam, a book or a course)
_HANDS_ON_KINDS = frozenset({"skill", "practice", "craft"})
# the last kana of a verb's stem before 方, a way of doing (「撒き方」「作り方」)
_STEM_END = "[きしちりいみびぎけめれせえてべね]"


def _hands_on(reading: Reading, kind: LearningKind, book: Phrasebook) -> re.Match[str] | None:
    """A skill of the hands the writer learns (reading.hands_on): from a video or a manual, its way of doing
    (「やり方」), or mastered and practised (hands_on_verbs); not knowledge or rules (not_hands_on)."""
    m = rx.match(book.reading.get("hands_on", "$^"), reading.core)
    # (a course taken to learn it is the means, its group "course":
    # 「アイスメーカー講習に参加してペブルの撒き方を覚える」; but 「マネジメント研修で1on1のやり方を学ぶ」 is the course
    # finished: only the verbs of a hand's skill, 覚える...)
    taught = (
        m is not None
        and kind.name == "course"
        and bool(m.groupdict().get("course"))
        and m.group("verb") in word_set(book, "hands_on_from_course")
    )
    if kind.name not in _HANDS_ON_KINDS and not taught:
        return None
    alone = rx.match(book.reading.get("able_alone", "$^"), reading.core)
    if alone is not None and (alone.group("skill") or alone.group("skill2")):
        return alone  # 「自分で調弦できるようになりたい」: done alone is what is wanted
    if m is None or m.group("skill").endswith(tuple(word_set(book, "not_hands_on"))):
        return None
    way = rx.search(f"{_STEM_END}方$", m.group("skill")) is not None  # a way of doing is one too: 「ペブルの撒き方」
    cued = m.group("means") or m.group("how") or way or m.group("verb") in word_set(book, "hands_on_verbs")
    if m.group("verb") in word_set(book, "hands_on_by_way_only"):
        cued = way  # 「仮剥製の作り方を学ぶ」, not 「1on1のやり方を学ぶ」
    return m if cued else None


def angles(reading: Reading, kind: LearningKind, book: Phrasebook) -> list[Angle]:
    """Return the three learning rewrites of a kind, each measured its own way."""
    subject = _subject(reading, kind, book)
    when = rx.search(book.reading.get("why_now", "$^"), subject)
    why_now = ""
    if when is not None and when.start() > 0:  # "Kubernetes before we move off ECS": the course is about Kubernetes
        subject, why_now = subject[: when.start()], when.group(1).replace("{", "(").replace("}", ")")
    if not kind.exams and kind.name == "certification":  # 「簿記の勉強」 is passed at a level: 日商簿記3級
        subject = book.reading.get("certification_levels", {}).get(subject, subject)
    key = subject.lower() if reading.lang == "en" else subject
    language = book.reading.get("exam_languages", {}).get(key, subject)  # "IELTS" is taken in English
    words = {"subject": subject, "language": language, "passed": subject}
    if kind.name == "course" and reading.lang == "ja" and not any(w in subject for w in kind.words):
        # 「音響の勉強をしたい。できれば夜間コースで」: the course is on the subject, not 「音響を修了し」
        words["subject"] = subject + book.reading.get("course_of", "")
    title = book.reading.get("exam_of_title", "")
    if title and rx.search(title, subject):  # 「介護福祉士」 is passed by its exam: 「介護福祉士試験に合格する」
        words["passed"] = subject + book.reading.get("exam_word", "")
    if kind.exams:
        exam, level, exam_metric = kind.exams.get(key, kind.default_exam)
        written = _named_level(reading, subject, book)
        if written and (key in kind.exams or subject.lower() in exam.lower()):
            level = written  # 「英検準1級の勉強」 is for 準1級, "Study for JLPT N2" for N2
        basic = rx.search(book.reading.get("basic_words", "$^"), reading.core)
        if basic is not None and not written:  # "Learn basic Japanese": the exam's first levels
            level = book.reading.get("basic_levels", {}).get(exam, level)
        own_exam = _own_exam(reading, subject, book)
        if own_exam and own_exam != exam:  # 「手話通訳者全国統一試験に向けて勉強する」: the exam the writer names
            exam, level = own_exam, written
        exam = exam.replace("{language}", language)  # 「ベトナム語のCEFR準拠の試験」
        if "article_before_vowel" in book.reading:  # "an Arabic CEFR exam"
            exam = rx.sub(book.reading["article_before_vowel"], r"\1n ", exam)
        score = rx.fullmatch(r"[\d.,]+点?", level) is not None  # TOEIC 800, IELTS 6.5: a score, not a pass
        goal = kind.exam_score if score else kind.exam_pass
        if reading.lang == "ja" and not level.isascii():
            goal = goal.replace("{exam} {level}", "{exam}{level}")  # 「英検準1級」, not 「英検 準1級」
        if not level:  # an exam the writer names without a level is passed as named
            goal = goal.replace("{exam} {level}", "{exam}").replace("{exam}{level}", "{exam}")
        goal = goal.replace("{exam}", exam).replace("{level}", level)
        words.update({"exam": exam, "level": level, "exam_goal": goal})
    templates = kind.personal if kind.personal and for_oneself(reading, book) else kind.templates
    recommender = book.reading.get("recommended_by", "")
    if recommender and not _manager_in_picture(reading, book):  # nobody was said to recommend a course
        templates = tuple(rx.sub(recommender, "", t) for t in templates)
    own = [Angle("learning", t, m, dict(words), {}) for t, m in zip(templates, kind.metrics, strict=True)]
    if why_now:  # the writer's why now, after the deadline: "..., before we move off ECS"
        own = [Angle(a.shape, f"{a.template}, {why_now}", a.metric, a.words, a.values) for a in own]
    test_ahead = rx.search(book.reading.get("exam_ahead", "$^"), f"{reading.deadline} {reading.body}")
    if kind.name == "book" and test_ahead is not None and "book_for_exam" in book.templates:
        # "Read the driver's handbook before the permit test": read for a test, shown by practice tests passed
        own = [Angle("learning", book.templates["book_for_exam"], "output:practice tests", dict(words), {}), *own[1:]]
    if rx.search(book.reading.get("understood", "$^"), subject):
        own = own[:1]  # "how index funds work" is understood, not put into practice in projects or scored
    doing = _doing(reading, book)
    if kind.doing and doing is not None:  # "learn to knit socks" -> "Knit socks 5 times"
        # "learn to use Canvas properly": done 5 times, not "properly 5 times"
        phrase = rx.sub(book.reading.get("manner_tail", "$^"), "", doing.group(1).capitalize() + doing.group(2))
        # "fix the timing system myself instead of calling the vendor everytime": done without that, so many times
        phrase = rx.sub(
            r"(?i)\s+instead\s+of\s+(?:always\s+)?([a-z]+ing\b[^,;]*?)(?:\s+(?:every\s*time|each\s+time|always))?$",
            r", without \1,",
            phrase,
        )
        own = own[:1]  # "Apply fixing a puncture to 3 pieces of real work" says nothing: done, then courses
        doing_template, doing_words = kind.doing, {"Doing": phrase}
        verb, _, rest = phrase.partition(" ")
        count = rx.search(r"\{count:[^}]*\}", doing_template)
        # ("service vintage chronographs myself": many chronographs, done oneself)
        rest_head = object_head(rx.sub(r"(?i)\s+(?:by\s+)?(?:myself|ourselves)$", "", rest), book)
        opening = rest.split()[0].lower() if rest.split() else ""
        many = (
            is_plural_head(rest_head, book)
            and opening not in word_set(book, "determiners")
            and opening not in book.reading["head_end"]
            and not rest_head.lower().endswith(("ics", "pandas"))  # "phonics", "analytics": no number of them
            and len(rest_head.split()) <= 3
            # "use Trados": a name, not many ("ECGs" is an abbreviation's plural)
            and not (rest_head[:1].isupper() and not rest_head[1:2].isupper() and not reading.core.istitle())
        )
        tool = verb.lower() in book.reading.get("tool_verbs", ()) and "tool_use" in book.templates
        if count is not None and rest and tool and not many:
            # "learn to use Trados properly" -> "Use Trados on 5 real pieces of work", not "Use Trados 5 times"
            doing_template, doing_words = book.templates["tool_use"], {"Verb": verb, "rest": rest}
        elif count is not None and rest and many:
            # "Run client workshops without a senior" -> "Run 5 client workshops without a senior", not "... 5 times"
            done = "{Verb} " + count.group() + " {rest}"
            doing_template = doing_template.replace("{Doing} " + count.group() + " times", done)
            doing_words = {"Verb": verb, "rest": rest}
        own.insert(0, Angle("learning", doing_template, f"output:times done: {phrase.lower()}", doing_words, {}))
    used = rx.match(book.reading.get("how_to_use", "$^"), reading.core)
    if used is not None and "tool_learned" in book.templates:
        # 「スマホで連絡帳アプリの使い方を覚えたい」: the everyday operations done alone, not courses about the app
        named_tool = {"tool": used.group("tool")}
        alone = Angle("learning", book.templates["tool_learned"], "output:operations done alone", named_tool, {})
        # before courses about one app; after its use in real work when that comes first (「Figmaを実務3件で使い」)
        own.insert(0 if own and own[0].metric == "skills.courses_completed" else 1, alone)
    handled = _hands_on(reading, kind, book)
    if handled is not None and used is None and "hands_on" in book.templates:
        # 「YouTubeで三つ編みのやり方を覚える」「黒松の針金かけをマスターする」: done without a guide, not online
        # courses about it (nor courses watched on YouTube)
        said = handled.groupdict()
        # 「自分の体調を自分で把握できるようになる」: 「自分の体調の把握」
        parts = [p for p in (said.get("skill"), said.get("skill2")) if p]
        # 「ペブルの撒き方」 is done as 「ペブル撒き」
        skill = {"skill": rx.sub(rf"の([^の]{{1,4}}?{_STEM_END})方$", r"\1", "の".join(parts))}
        by_hand = Angle("learning", book.templates["hands_on"], "output:done without a guide", skill, {})
        own = [by_hand, *(a for a in own if a.metric != "skills.courses_completed")]
    last = reading.countable.split()[-1].lower() if reading.countable else ""
    # "Read more books on design history" (a kind with a count to suggest)
    if kind.verbs and kind.count_default and last in kind.words and reading.lang == "en":
        quantity = "|".join(re.escape(q) for q in book.reading["quantity_words"])
        noun = rx.sub(rf"^(?:{quantity})\s+", "", reading.object, flags=re.I)
        counted = {"Verb": reading.verb_text, "object": noun}
        values = {"count": kind.count_default}
        own.insert(0, Angle("count_output", book.templates["count_output"], f"output:{noun}", counted, values))
    books = ("本", "書籍", "ビジネス書", "技術書", "専門書", "小説", "洋書")
    if (
        reading.lang == "ja"
        and kind.count_default
        and subject.endswith(books)
        and len(subject) <= 6
        and test_ahead is None
    ):
        # 「もっと本を読みたい」: no title to finish, so a number of books read
        counted = {"object": subject, "counter": "冊", "verb": "読む"}
        own.insert(
            0,
            Angle("count_output", book.templates["count_output"], "output:冊", counted, {"count": kind.count_default}),
        )
    if kind.exams:
        own[0] = Angle("learning", own[0].template, exam_metric, dict(words), {})
    signed = book.templates.get("sign_conversation", "")
    if signed and kind.name == "language" and key in word_set(book, "sign_languages"):
        # a sign language is shown in conversation with a Deaf signer, not with "a native speaker"; where no exam of
        # it is known (English: ASL, BSL), not by a CEFR exam either (Japanese has 手話技能検定)
        conversation = Angle("learning", signed, "language.unscripted_conversation_minutes", dict(words), {})
        own = [conversation, *own[2:]] if reading.lang == "en" else [own[0], conversation, *own[2:]]
    for metric, calls in kind.leads.items():  # "Practice speaking": the conversation first, not the exam
        if _mentions_any(reading.core, calls, reading.lang):
            own = [a for a in own if a.metric == metric] + [a for a in own if a.metric != metric]
    covered = {a.metric for a in own}
    named = [
        metric_angle("change", m, reading, book, own=False)
        for _, is_named, m in scored(reading)[:1]
        if is_named and m.domain in kind.domains and m.key not in covered
    ]  # a learning metric the statement names ("podcasts without subtitles") comes first
    # the purpose the writer gives ("so I can automate the weekly export") first, else what is learned
    for match in (reason_match(reading), own_match(reading)):
        if named or match is None or len(match[1]) < (4 if reading.lang == "ja" else 8):
            continue
        # a topic its own words call (「英語での雑談力」: unscripted conversation) says more than the kind's exam:
        # the kind's own rewrite of that metric first, or the metric itself
        if kind.name == "certification" and own and own[0].metric in match[0].metrics and _named_exam(subject, book):
            break  # "the ATA certification exam": the topic calls passing it too, which is what it is studied for
        first = match[0].metrics[0]
        known = catalog()
        mine = [a for a in own if a.metric == first]
        if mine:
            own = mine + [a for a in own if a.metric != first]
            break
        if known[first].domain in kind.domains or (
            kind.name in word_set(book, "practised_kinds")
            and known[first].domain in book.reading.get("personal_domains", ())
        ):
            # "Get better at steep climbing": a practised skill of one's own life is shown by its own measure
            # (the hardest grade climbed), ahead of courses
            named = [metric_angle("change", known[first], reading, book, own=False)]
    return named + own
