"""Topics: the ways people name a goal without naming a metric ("Get in shape", 「資金繰りの安定化」), each
pointing to the catalog metrics that would show it reached, best first and each from a different angle.

Topics live beside the metrics, as [[topic]] tables in metrics/<domain>.toml:

    [[topic]]
    id = "fitness"
    words_en = ["get in shape", "fitness"]          # whole words in English (a final s is allowed)
    words_ja = ["体力づくり", "運動不足"]              # anywhere in the statement in Japanese
    metrics = ["weekly_workouts", "health.resting_heart_rate"]   # an id of this domain or a catalog key

A statement calls the topic whose phrase is the longest one standing in it (the first one on a tie).
Run `python -m okrcoach.evaluation.topics "Get in shape"` to see the topic and rewrites of a statement.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from .. import rx
from ..tokens import word_lemmas
from .catalog import CatalogError, Metric, bundled_files, catalog, check_keys, parse_entries, read_toml
from .morphology import stem, with_spelled_out
from .phrasebook import phrasebook, word_set
from .reading import Reading, nfkc
from .respell import corrected, joined_compound, plain, quality_noun, vocabulary, without_particles
from .wholeword import find_ja, find_whole

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_KEYS = frozenset({"id", "words_en", "words_ja", "metrics"})


@dataclass(frozen=True)
class Topic:
    """A topic people write goals about, the phrases that call it, and the metrics that measure it, best first."""

    key: str  # "<domain>.<id>"
    words_en: tuple[str, ...]
    words_ja: tuple[str, ...]
    metrics: tuple[str, ...]  # catalog keys

    def words(self, lang: str) -> tuple[str, ...]:
        """Return the phrases that call this topic in a language."""
        return self.words_ja if lang == "ja" else self.words_en

    @property
    def domain(self) -> str:
        """The domain file the topic comes from ("health" of "health.climbing")."""
        return self.key.split(".", 1)[0]


def _topic(where: str, domain: str, raw: Any, known: Mapping[str, Metric]) -> Topic:
    check_keys(where, "topic", raw, _KEYS)
    if not isinstance(raw["id"], str) or not _ID.match(raw["id"]):
        raise CatalogError(f"{where}: key 'id' is {raw['id']!r}, expected snake_case")
    where = f"{where} ({raw['id']})"
    for key in ("words_en", "words_ja", "metrics"):
        value = raw[key]
        if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
            raise CatalogError(f"{where}: key {key!r} must be a non-empty list of strings")
    keys = tuple(m if "." in m else f"{domain}.{m}" for m in raw["metrics"])
    for key in keys:
        if key not in known:
            raise CatalogError(f"{where}: key 'metrics' names {key!r}, which is not in the catalog")
    if len(set(keys)) != len(keys):
        raise CatalogError(f"{where}: key 'metrics' names a metric twice")
    return Topic(
        key=f"{domain}.{raw['id']}",
        words_en=tuple(nfkc(w).lower() for w in raw["words_en"]),
        words_ja=tuple(nfkc(w).lower() for w in raw["words_ja"]),
        metrics=keys,
    )


def parse_topics(name: str, text: str, known: Mapping[str, Metric]) -> list[Topic]:
    """Return the topics of one domain file's text; name is the file name, used in errors."""
    return domain_topics(name, read_toml(name, text), known)


def domain_topics(name: str, raw: Mapping[str, Any], known: Mapping[str, Metric]) -> list[Topic]:
    """Return the topics of one domain file's TOML; name is the file name, used in errors."""
    domain = name.rsplit("/", 1)[-1].removesuffix(".toml")
    entries = raw.get("topic", [])
    if not isinstance(entries, list):
        raise CatalogError(f"{name}: key 'topic' must hold [[topic]] tables")
    return parse_entries(name, "topic", entries, lambda where, e: _topic(where, domain, e, known), topic_id)


def topic_id(topic: Topic) -> str:
    """A topic's id within its domain file."""
    return topic.key.split(".", 1)[1]


@cache
def topics() -> tuple[Topic, ...]:
    """Return every bundled topic, loaded and validated against the catalog once."""
    known = catalog()
    return tuple(topic for name, raw in bundled_files() for topic in domain_topics(name, raw, known))


@cache
def _index(lang: str) -> dict[str, tuple[tuple[str, Topic], ...]]:
    """Every topic phrase, lower-cased, by its first two words (English; a one-word phrase by its word) or its
    first two characters (Japanese): a phrase can only stand where those do, and few phrases share them."""
    index: dict[str, list[tuple[str, Topic]]] = {}
    for topic in topics():
        for word in topic.words(lang):
            if lang == "ja":
                index.setdefault(word[:2], []).append((word, topic))
                compound = joined_compound(word)  # 「固定費の見直し」 is written 「固定費見直し」 on sheets too
                if compound != word:
                    index.setdefault(compound[:2], []).append((compound, topic))
            else:
                index.setdefault(" ".join([t for t in re.split(r"\W+", word) if t][:2]), []).append((word, topic))
    return {k: tuple(v) for k, v in index.items()}


def _english_keys(text: str) -> set[str]:
    """The index keys an English text can hold: its words and pairs of words, each also without a final s or
    es (a phrase's last word may stand as its plural: "declutter" in "declutters", "guest post" in "guest posts")."""
    words = re.findall(r"\w+", text)
    keys = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)} | {""}
    for key in list(keys):
        if key.endswith("es"):
            keys.add(key[:-2])
        if key.endswith("s"):
            keys.add(key[:-1])
    return keys


@cache
def _loose_index() -> tuple[tuple[frozenset[str], int, str, Topic], ...]:
    """Every English topic phrase of two telling words or more as the set of their stems, with its size, the
    phrase and its topic; a word is telling when it is not a stop word and at most 0.14% of those phrases hold its
    stem (40 of them when the share was set)."""
    book = phrasebook("en")
    plain = book.stopwords | word_set(book, "loose_stopwords")
    found = []
    for topic in topics():
        for phrase in topic.words_en:
            words = [w for w in re.findall(r"[a-z][a-z'-]*", phrase.lower()) if w not in plain]
            stems = frozenset(stem(w) for w in words)
            if len(stems) >= 2 and len(stems) == len(words) and all(len(s) >= 4 for s in stems):
                found.append((stems, len(words), phrase, topic))
    counts = Counter(s for stems, *_ in found for s in stems)
    telling = _TELLING * len(found)  # a share, so that the catalog growing does not blunt a word
    return tuple(f for f in found if min(counts[s] for s in f[0]) <= telling)


@cache
def _loose_by_stem() -> dict[str, tuple[tuple[frozenset[str], int, str, Topic], ...]]:
    """The loose index by each entry's first stem in sorted order: an entry can only match where that stem is."""
    out: dict[str, list[tuple[frozenset[str], int, str, Topic]]] = {}
    for entry in _loose_index():
        out.setdefault(min(entry[0]), []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


_TELLING = 0.0014  # a stem at most this share of the phrases hold (40 of 28,909 when set) tells which topic is meant
_NEAR = 5  # the most words between the first and the last word of a loose match


@cache
def _casual_index() -> dict[str, tuple[tuple[str, Topic], ...]]:
    """Every Japanese topic phrase that casual writing shortens by leaving its case particles out (「ランニングを
    再開」 as 「ランニング再開」), in that shortened form, by its first two characters."""
    index: dict[str, list[tuple[str, Topic]]] = {}
    for topic in topics():
        for word in topic.words_ja:
            casual = without_particles(word)
            if casual != word:
                index.setdefault(casual[:2], []).append((casual, topic))
    return {k: tuple(v) for k, v in index.items()}


def _lemmas(text: str, light: frozenset[str]) -> list[str]:
    """The lemmas of a Japanese text's content words (nouns, verbs, adjectives), light ones left out."""
    return [lemma for lemma, pos in word_lemmas(text, "ja") if pos in _CONTENT and lemma not in light]


_CONTENT = frozenset({"NOUN", "VERB", "ADJ"})


@cache
def _lemma_index() -> dict[str, tuple[tuple[tuple[str, ...], str, Topic], ...]]:
    """Every Japanese topic phrase of two telling content words or more as its lemmas in order, with the phrase
    and its topic ("解約の理由" as (解約, 理由)); telling as in English (_TELLING), and no phrase whose lemmas
    repeat or are all one character."""
    light = word_set(phrasebook("ja"), "loose_stopwords")
    found = []
    for topic in topics():
        for phrase in topic.words_ja:
            lemmas = _lemmas(phrase, light)
            if len(set(lemmas)) == len(lemmas) and sum(len(x) >= 2 for x in lemmas) >= 2:
                found.append((tuple(lemmas), phrase, topic))
    counts = Counter(x for lemmas, *_ in found for x in lemmas)
    telling = _TELLING * len(found)
    by_first: dict[str, list[tuple[tuple[str, ...], str, Topic]]] = {}
    for f in found:  # by its first lemma: a phrase can only stand where that one does
        if min(counts[x] for x in f[0]) <= telling:
            by_first.setdefault(f[0][0], []).append(f)
    return {k: tuple(v) for k, v in by_first.items()}


def warm_last_resorts() -> None:
    """Build the phrase indexes the last resorts use (a second or so), so that no statement waits for them."""
    _lemma_index()
    _casual_index()
    _loose_by_stem()


def lemma_match(reading: Reading) -> tuple[Topic, str] | None:
    """The topic a Japanese phrase calls whose content words all stand in the statement in the same order, at
    most one word apart in all (「解約時の理由ヒアリング」 for 「解約の理由」, 「若手がどんどん育つ」 for
    「若手が育つ」): for statements whose words call nothing as written."""
    if reading.lang != "ja":
        return None
    where: dict[str, int] = {}
    for i, lemma in enumerate(_lemmas(nfkc(reading.core), frozenset())):
        where.setdefault(lemma, i)
    best: tuple[int, int, Topic, str] | None = None
    index = _lemma_index()
    for lemmas, phrase, topic in (e for first in where for e in index.get(first, ())):
        if not all(x in where for x in lemmas):
            continue
        at = [where[x] for x in lemmas]
        if at != sorted(at) or at[-1] - at[0] > len(at):
            continue
        if best is None or (len(lemmas), len(phrase)) > best[:2]:
            best = (len(lemmas), len(phrase), topic, phrase)
    return (best[2], best[3]) if best else None


def loose_match(reading: Reading) -> tuple[Topic, str] | None:
    """The topic a phrase calls whose words all stand near each other in the statement in any order and form
    ("Make our research reproducible" for "reproducibility of our research", "Rewrite the outbound email
    sequence" for "outbound sequences"), or, in Japanese, in the casual form that leaves the particles out
    (「ランニング再開」 for 「ランニングを再開」): for statements whose words call nothing as written."""
    if reading.lang == "ja":
        return _longest(reading, nfkc(reading.core).lower(), _casual_index())
    if reading.lang != "en":
        return None
    where: dict[str, int] = {}
    for i, word in enumerate(re.findall(r"[A-Za-z][A-Za-z'-]*", reading.core)):
        where.setdefault(stem(word), i)
    best: tuple[int, int, Topic, str] | None = None
    index = _loose_by_stem()
    entries = [e for s in where for e in index.get(s, ())]
    for stems, size, phrase, topic in sorted(entries, key=lambda e: _order()[e[3].key]):
        if not stems <= where.keys():
            continue
        at = [where[s] for s in stems]
        if max(at) - min(at) <= _NEAR and (best is None or (size, len(phrase)) > best[:2]):
            best = (size, len(phrase), topic, phrase)
    return (best[2], best[3]) if best else None


def written_match(reading: Reading) -> tuple[Topic, str] | None:
    """The topic a phrase calls in the body as written, for an English statement whose core the reader cut down
    past its topic ("Start running again" is read as "run again", "Financially ready for the baby" as "ready
    for the baby"); not when the body holds a deadline or a goal it serves, whose words are no topic."""
    if reading.lang != "en" or reading.deadline or reading.link or reading.body == reading.core:
        return None
    return _longest(reading, nfkc(reading.body).lower())


@cache
def _vocabulary(lang: str) -> frozenset[str]:
    """The words of every topic's and metric's calling phrases and names: what a misspelling is put right to."""
    phrases = [w for t in topics() for w in t.words(lang)]
    phrases += [w for m in catalog().values() for w in (*m.words(lang), m.name(lang))]
    return vocabulary(phrases, lang)


def respelled_match(reading: Reading) -> tuple[Topic, str] | None:
    """The topic the statement's core calls once its intensifiers are left out and its misspelt words put right
    (「決算をもっと早くする」, "Make the close less painfull"): for statements nothing else fits."""
    second = respelled(reading)
    return _longest(reading, second.core) if second is not None else None


def nominal_match(reading: Reading) -> tuple[Topic, str] | None:
    """The topic the statement's core calls once its qualities said as adjectives are read as nouns too
    ("Accessible by default" for accessibility, "make the warehouse more efficient" for warehouse efficiency)."""
    second = respelled(reading, nouns=True)
    return _longest(reading, second.core) if second is not None else None


def respelled(reading: Reading, nouns: bool = False) -> Reading | None:
    """The reading with its misspelt words put right and its intensifiers left out ("Increase brand awarness"),
    and with nouns its qualities said as adjectives read as nouns ("Safer job sites"), for finding a metric it
    names; None when nothing changes. Its text is lower-cased: it is read, not written."""
    words = _vocabulary(reading.lang)
    core = nfkc(reading.core).lower()
    second = plain(core, reading.lang, words, nouns)
    if second == core:
        return None
    book = phrasebook(reading.lang)
    content = reading.content
    if reading.lang == "en":
        content = tuple(corrected(w.lower(), reading.lang, words) or w.lower() for w in content)
        content = tuple(quality_noun(w, book) for w in content) if nouns else content
    return replace(
        reading,
        core=second,
        body=plain(nfkc(reading.body).lower(), reading.lang, words, nouns),
        object=plain(nfkc(reading.object).lower(), reading.lang, words, nouns),
        content=content,
    )


def _whole_word(word: str, text: str) -> int:
    """Where an English phrase stands in the text as whole words (a final s or es allowed; only es after an s:
    "mes" does not stand in "mess"), or -1."""
    return find_whole(text, word, ("es", "") if word.endswith("s") else ("s", "es", ""))


def topic_of(reading: Reading) -> Topic | None:
    """Return the topic whose phrase is the longest standing in the statement's core, or None."""
    found = topic_match(reading)
    return found[0] if found else None


@lru_cache(maxsize=1024)  # asked by the metric choice, the topic's weight against a named metric and the angles
def topic_match(reading: Reading) -> tuple[Topic, str] | None:
    """Return the topic the statement is for, with the phrase that calls it.

    What the writer gives as the reason or purpose leads ("Label the freezer bins | so we stop throwing away
    leftovers" is for food waste, 「請求関連の問い合わせが多いので、| ヘルプ記事を増やす」 for fewer billing queries):
    a key result is the outcome an activity is for. Else the topic whose phrase is the longest standing in the
    statement's core; when none stands there, the team the sheet tags it with is read too ("Supply Chain –
    Build Resilience")."""
    return reason_match(reading) or own_match(reading)


@lru_cache(maxsize=1024)
def own_match(reading: Reading) -> tuple[Topic, str] | None:
    """The topic the statement's own words call, reason aside: the longest phrase standing in its core, else in
    its team tag and core together."""
    found = _longest(reading, nfkc(reading.core).lower())
    if found is None and reading.team:
        joined = reading.team + (" " if reading.lang == "en" else "") + reading.core
        found = _longest(reading, nfkc(joined).lower())
    return found


@lru_cache(maxsize=1024)
def reason_match(reading: Reading) -> tuple[Topic, str] | None:
    """The topic the writer's reason or purpose calls, with its phrase: the reason cut from the body, or a why
    kept as the statement's link that names no goal of the sheet (「請求関連の問い合わせが多いので、」, not
    「営業KR1.2のため」, which the goal it serves answers)."""
    said = stated_reason(reading)
    contrast = phrasebook(reading.lang).reading.get("reason_contrast", "")
    said = rx.sub(contrast, "", said) if contrast and said else said  # "... bc they pay more | than kids parties"
    return _longest(reading, nfkc(said).lower()) if said else None


def stated_reason(reading: Reading) -> str:
    """The writer's reason or purpose: the reason cut from the body, else a link that names no goal of the sheet."""
    if reading.reason:
        return reading.reason
    names_goal = rx.search(phrasebook(reading.lang).reading["goal_ref"], reading.link) is not None
    return reading.link if reading.link and not names_goal else ""


def _outside_team(lang: str, text: str, at: int) -> bool:
    """Whether the phrase at a position is part of a team that comes as a customer (reading.outside_teams)."""
    pattern = phrasebook(lang).reading.get("outside_teams", "")
    return bool(pattern) and any(m.start() <= at < m.end() for m in rx.finditer(pattern, text))


def _animals_work(lang: str, text: str) -> bool:
    """Whether the text's subject is animals (reading.not_asked: 「馬が」「犬たちが」), whose working life or welfare
    no people or health metric measures."""
    reading = phrasebook(lang).reading
    animals, marker = reading.get("not_asked", ""), reading.get("subject_marker", "")
    # (only a language that marks its subject says this: "Walk the dog before work" is the writer's own routine)
    return bool(animals and marker) and rx.search(f"(?:{animals}){marker}", text) is not None


def _longest(
    reading: Reading, text: str, index: Mapping[str, tuple[tuple[str, Topic], ...]] | None = None
) -> tuple[Topic, str] | None:
    """The topic whose phrase is the longest standing in the text (of the given index's phrases), with that
    phrase."""
    index = _index(reading.lang) if index is None else index
    if reading.lang == "ja":  # a phrase can only be where its first two characters are (one, for a short one)
        keys = set(text) | {text[i : i + 2] for i in range(len(text) - 1)}
    else:
        text = with_spelled_out(text)  # "communication w/ parents" is "communication with parents"
        keys = _english_keys(text)
    best: tuple[int, int, int, Topic, str] | None = None  # length, -position, -order, topic, phrase
    for key in keys:
        for word, topic in index.get(key, ()):
            if word not in text:
                continue
            # a Latin-letter phrase in Japanese text is a word of its own (「efo」 is not in "before")
            latin = reading.lang == "ja" and word.isascii()
            if latin:
                end = r"(?![a-z])" if word[-1:].isalpha() else ""  # 「postgresql 1」 stands in 「postgresql 16」
                m = rx.search(rf"(?<![a-z0-9]){re.escape(word)}{end}", text)
                at = m.start() if m else -1
            else:
                at = find_ja(text, word) if reading.lang == "ja" else _whole_word(word, text)
            if at < 0 or (reading.lang == "en" and _modifies_next(text, at + len(word))):
                continue
            if _names_trade(reading.lang, text, at + len(word), topic):
                continue
            if topic.domain == "people" and _outside_team(reading.lang, text, at):
                continue  # "the team-building day companies rebook", 「地元のチーム」: customers, not staff
            if topic.domain in ("people", "health") and _animals_work(reading.lang, text):
                continue  # 「馬が健康で長く働ける環境」: the horses' health and working life, not staff or the writer's
            rank = (len(word), -at, -_order()[topic.key])
            if best is None or rank > best[:3]:
                best = (*rank, topic, word)
    return (best[3], best[4]) if best else None


def _modifies_next(text: str, end: int) -> bool:
    """Whether the English word after a phrase makes the phrase's last word a modifier ("more energy | efficient"
    is about efficiency, not about having more energy)."""
    after = text[end:].split(maxsplit=1)
    return bool(after) and after[0].strip(".,;:!?") in word_set(phrasebook("en"), "compound_heads")


def _names_trade(lang: str, text: str, end: int, topic: Topic) -> bool:
    """Whether the word after a phrase of a pastime makes it the name of a trade ("stargazing tours",
    「グランピング場」): a business's goal, not the writer's own outings (reading.trade_heads, the pastimes'
    domains in reading.pastime_domains)."""
    book = phrasebook(lang)
    if topic.domain not in book.reading.get("pastime_domains", ()):
        return False
    after = text[end:]
    if lang == "en":
        words = after.split(maxsplit=1)
        return bool(words) and words[0].strip(".,;:!?") in word_set(book, "trade_heads")
    return after.startswith(tuple(book.reading.get("trade_heads", ())))


@cache
def _order() -> dict[str, int]:
    """Each topic's place in the catalog files, the order ties are broken in."""
    return {t.key: i for i, t in enumerate(topics())}


def served_topic_metrics(reading: Reading) -> list[Metric]:
    """The metrics of the topic the goal a statement serves calls, for a statement whose own words call nothing
    (「2050年カーボンニュートラルに向けて着実に歩む会社であること」)."""
    found = _longest(reading, nfkc(reading.link).lower()) if reading.link else None
    known = catalog()
    return [known[k] for k in found[0].metrics] if found else []


def topic_metrics(reading: Reading) -> list[Metric]:
    """Return the metrics of the statement's topic, best first (empty when no topic is called)."""
    topic = topic_of(reading)
    known = catalog()
    return [known[k] for k in topic.metrics] if topic else []
