"""Which catalog metrics a statement's topic calls, best first, using the catalog's own words."""

from __future__ import annotations

import re
from functools import cache

from .catalog import Metric, catalog
from .morphology import object_head
from .phrasebook import phrasebook
from .reading import Reading

# a topic word shared with at most four metrics' phrases is specific enough to call them on its own
_SPECIFIC = 4**-0.5


def _plural(word: str) -> str:
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


@cache
def _phrase_pattern(word: str) -> re.Pattern[str]:
    """A catalog word as a whole-word English pattern that also takes its plural."""
    return re.compile(rf"(?<![\w-])(?:{re.escape(word)}|{re.escape(_plural(word))})(?![\w-])")


@cache
def _token_index(lang: str) -> dict[str, list[str]]:
    """Every single word inside a metric's calling words or name -> the metrics that hold it (fallback matching)."""
    stop = set(phrasebook(lang).reading["stopwords"])
    index: dict[str, list[str]] = {}
    for key, metric in catalog().items():
        phrases = [*metric.words(lang), metric.name(lang).lower()]
        words = {w.strip("()") for p in phrases for w in p.split()} if lang == "en" else set(phrases)
        for w in words:
            if w and w not in stop and (len(w) > 2 or lang == "ja"):
                index.setdefault(w, []).append(key)
    return index


def _stem(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _topic_text(reading: Reading) -> str:
    """The statement without its verb: a metric is called by what the verb acts on, not by the verb
    ("Improve ..." does not call "improvements implemented")."""
    if not reading.verb:
        return reading.core
    if reading.lang == "ja":
        at = reading.core.rfind(reading.verb)
        return reading.core[:at] + reading.core[at + len(reading.verb) :] if at >= 0 else reading.core
    return reading.object


def _head_words(reading: Reading) -> set[str]:
    """The words of the object's head ("support tickets" of "support tickets about billing")."""
    if reading.lang == "ja":
        return set(reading.content)
    book = phrasebook(reading.lang)
    return {w.lower().strip(".,;:!?()") for w in object_head(reading.object or reading.core, book).split()}


def _phrase_score(metric: Metric, reading: Reading) -> tuple[float, set[str]]:
    """How strongly the statement names the metric (longer and more calling phrases score higher), and
    which content words those phrases cover."""
    score = 0.0
    covered: set[str] = set()
    if reading.lang == "ja":
        text = _topic_text(reading)
        for word in {*metric.words_ja, metric.ja}:
            if word and word in text:
                score += 2 + len(word) / 2
                covered.update(w for w in reading.content if w in word or word in w)
        return score, covered
    text = " " + " ".join(re.sub(r"[^\w%$+-]+", " ", _topic_text(reading).lower()).split()) + " "
    for word in {*metric.words_en, metric.en.lower()}:
        if word and _phrase_pattern(word).search(text):
            score += 2 + 2 * len(word.split())
            parts = {_stem(p) for p in word.split()}
            covered.update(w for w in reading.content if _stem(w) in parts)
    return score, covered


@cache
def _domain_words(lang: str) -> dict[str, str]:
    """Every domain's calling words and names, joined, to look up which domains a topic word belongs to."""
    out: dict[str, list[str]] = {}
    for metric in catalog().values():
        out.setdefault(metric.domain, []).extend([*metric.words(lang), metric.name(lang).lower()])
    sep = "|" if lang == "ja" else " "
    return {d: sep + sep.join(words) + sep for d, words in out.items()}


def _supports(word: str, domain_text: str, lang: str) -> bool:
    if lang == "ja":
        return len(word) >= 2 and word in domain_text
    return f" {word} " in domain_text or f" {_stem(word)} " in domain_text or f" {word}s " in domain_text


def _context_fit(metric: Metric, covered: set[str], reading: Reading) -> float:
    """1 when the statement's other words fit the metric's domain or say nothing; low when they belong to
    other domains only ("Run a zero-based budgeting exercise for marketing" is not about workouts)."""
    others = [w for w in reading.content if w not in covered and w not in phrasebook(reading.lang).reading["stopwords"]]
    if not others:
        return 1.0
    domains = _domain_words(reading.lang)
    if any(_supports(w, domains[metric.domain], reading.lang) for w in others):
        return 1.0
    return 0.5


def _direction_fit(metric: Metric, reading: Reading) -> float:
    """A bonus when the verb's direction agrees with the metric's good direction, a penalty when it fights it."""
    book = phrasebook(reading.lang)
    if reading.verb in book.directions["reduce"]:
        return 1.0 if metric.direction == "down" else -3.0
    if reading.verb in book.directions["raise"]:
        return 1.0 if metric.direction == "up" else -1.0
    return 0.0


def scored(reading: Reading) -> list[tuple[float, bool, Metric]]:
    """Return (score, named, metric) for the metrics the statement's topic calls, best first.

    named is True when one of the metric's phrases stands in the statement. When none does, single
    topic words shared with a metric's phrases vote, each weighted by how few metrics hold it, so
    that a word every domain uses ("customers", 「対応」) calls nothing on its own; a perception
    metric is never called that way (a survey must be asked for).
    """
    metrics = catalog()
    order = {k: i for i, k in enumerate(metrics)}
    found = []
    for metric in metrics.values():
        score, covered = _phrase_score(metric, reading)
        if score > 0:
            if _context_fit(metric, covered, reading) == 1.0:
                found.append((score + _direction_fit(metric, reading), True, metric))
    if not found:
        index = _token_index(reading.lang)
        votes: dict[str, float] = {}
        head = _head_words(reading)
        for word in (w for w in reading.content if w in head):
            keys: set[str] = set()
            for w in {word, _stem(word)} if reading.lang == "en" else {word}:
                keys.update(index.get(w, ()))
            for key in keys:
                votes[key] = votes.get(key, 0.0) + len(keys) ** -0.5
        for key, vote in votes.items():
            total = vote + _direction_fit(metrics[key], reading)
            if not metrics[key].perception and vote >= _SPECIFIC and total > 0:
                found.append((total, False, metrics[key]))
    found.sort(key=lambda s: (-s[0], order[s[2].key]))
    return found


def rank(reading: Reading) -> list[Metric]:
    """Return the metrics the statement's topic calls, best first (empty when none fits)."""
    return [m for _, _, m in scored(reading)]
