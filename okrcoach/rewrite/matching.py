"""Which catalog metrics a statement's topic calls, best first, using the catalog's own words."""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache

from .. import rx
from ..tokens import tokenize
from .catalog import Metric, catalog
from .morphology import measure_lead, object_head, plural_of, with_spelled_out
from .phrasebook import Phrasebook, phrasebook, word_set
from .reading import Reading
from .wholeword import find_ja, find_whole

# how much shared topic weight calls a metric without its phrase (a word held by about 20 of 400
# metrics weighs 3), and how much lets an activity's rewrite name it; a phrase that stands adds _NAMED
_SHARED = 3.0
_SHARED_STRONG = 7.0
_NAMED = 3.0
_EXACT = 1.5
# a word held by at most two metrics' words tells which metric is meant by itself
_TELLING = math.log(200)
# the catalog size a word's weight is counted against (inverse document frequency): fixed at the size when the
# thresholds above were last checked over data/ (1,925 metrics), so that adding a metric about one thing does not
# raise the weight of every other word and push unrelated statements over a threshold
_REFERENCE_SIZE = 1925


def _stands(word: str, text: str) -> bool:
    """True when a catalog word, or its plural, stands in English text as whole words; not a plural that is a word of
    its own ("the pH readings" are measurements, not reading)."""
    plural = plural_of(word)
    if plural in word_set(phrasebook("en"), "plural_apart"):
        return find_whole(text, word) >= 0
    return find_whole(text, word) >= 0 or find_whole(text, plural) >= 0


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
    if word in word_set(phrasebook("en"), "plural_apart"):
        return word  # "readings" are measurements: not the word "reading"
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


def _near(reading: Reading) -> set[str]:
    """Metrics of the domains the statement's words point to (all metrics when they point nowhere)."""
    pointed = {d for w in reading.content for d in _evidence(w, reading.lang)}
    return {k for k, m in catalog().items() if not pointed or m.domain in pointed}


def _head_words(reading: Reading) -> set[str]:
    """The words of the object's head ("support tickets" of "support tickets about billing", 「営業チーム」 of
    「お客様から相談される営業チーム」)."""
    if reading.lang == "ja":
        chunks = rx.findall(r"[^\u3041-\u3093、。・]+", reading.object or reading.core)
        last = chunks[-1] if chunks else ""
        return {w for w in reading.content if w in last}
    book = phrasebook(reading.lang)
    return {w.lower().strip(".,;:!?()") for w in object_head(reading.object or reading.core, book).split()}


def _is_direction(reading: Reading) -> bool:
    """True when the statement's verb only gives a direction (「改善」「増やす」) or names the activity
    (「アップグレード」「公開」), so it calls no metric itself; 「寝る」 still calls sleep."""
    book = phrasebook(reading.lang)
    d = book.directions
    if any(reading.verb in d[key] for key in ("raise", "reduce", "improve", "state")):
        return True
    return any(reading.verb in f.verbs for f in book.families.values())


def _phrase_text(reading: Reading) -> str:
    """The text a metric's phrases are looked for in, computed once per statement."""
    if reading.lang == "ja":
        return (reading.core + "|" + reading.verb_text).lower()  # 「寝たい」 still says 「寝る」
    return " " + " ".join(rx.sub(r"[^\w%$+-]+", " ", _topic_text(reading).lower()).split()) + " "


def _could_stand(word: str, text: str) -> bool:
    """A cheap necessary condition for a phrase (or its plural) to stand in the text: its stem is in it."""
    return (word[:-1] if word.endswith("y") else word) in text


@cache
def _phrase_index(lang: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Where each metric's phrases could stand: the first word of each phrase (English: a whole token of
    the text) or its first character (Japanese: phrases stand anywhere in the text); and the metrics
    whose phrases this cannot place, which are always looked at."""
    index: dict[str, set[str]] = {}
    always: set[str] = set()
    for key, metric in catalog().items():
        for word in {w.lower() for w in (*metric.words(lang), metric.name(lang))}:
            if not word:
                continue
            units = index.setdefault(key, set())
            if lang == "ja":
                units.add(word[0])
                continue
            first = word.split()[0]
            if not rx.fullmatch(r"[\w%$+-]+", first):
                always.add(key)
                continue
            units.add(first)
            if " " not in word:  # a one-word phrase also stands as its plural
                units.add(plural_of(first))
    return {k: frozenset(v) for k, v in index.items()}, frozenset(always)


def _could_name(reading: Reading, text: str, keys: set[str]) -> set[str]:
    """Those of the metrics whose phrases the index lets stand in the text (a phrase after a "$" or "%"
    is not looked for, as its first word is no whole token); every other one scores 0 in _phrase_score."""
    index, always = _phrase_index(reading.lang)
    units = set(text) if reading.lang == "ja" else set(text.split())
    return {k for k in keys if k in always or not units.isdisjoint(index.get(k, ()))}


@cache
def _lowered(key: str, lang: str) -> tuple[str, ...]:
    """A metric's calling words and name, lower-cased, each once (empty ones left out)."""
    metric = catalog()[key]
    words = (*metric.words_ja, metric.ja) if lang == "ja" else (*metric.words_en, metric.en)
    return tuple(sorted({w.lower() for w in words if w}))


@cache
def _phrase_holders(lang: str) -> dict[str, frozenset[str]]:
    """Every metric phrase (a calling word or the name, lower-cased) -> the metrics that hold it."""
    out: dict[str, set[str]] = {}
    for key in catalog():
        for word in _lowered(key, lang):
            out.setdefault(word, set()).add(key)
    return {w: frozenset(keys) for w, keys in out.items()}


@cache
def _phrases_by_run() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], tuple[str, ...]]:
    """English metric phrases by the runs of word characters and hyphens that show where they may stand.

    A phrase stands where _stands finds it: no word character or hyphen on either side. So a
    phrase that is one such run stands exactly where the text has a run that is the phrase or its
    plural (the first map); and any other phrase only where its first run, or its plural's, is a whole
    run of the text (the second map: those are then looked for). The phrases with no run are always
    looked for.
    """
    whole: dict[str, set[str]] = {}
    index: dict[str, set[str]] = {}
    runless: list[str] = []
    apart = word_set(phrasebook("en"), "plural_apart")
    for word in _phrase_holders("en"):
        forms = (word,) if plural_of(word) in apart else (word, plural_of(word))
        if rx.fullmatch(r"[\w-]+", word):
            for form in forms:
                whole.setdefault(form, set()).add(word)
            continue
        runs = [rx.findall(r"[\w-]+", form)[:1] for form in forms]
        if not all(runs):
            runless.append(word)
            continue
        for (run,) in runs:
            index.setdefault(run, set()).add(word)
    return (
        {k: tuple(sorted(v)) for k, v in whole.items()},
        {k: tuple(sorted(v)) for k, v in index.items()},
        tuple(sorted(runless)),
    )


@cache
def _phrases_by_start() -> dict[str, tuple[str, ...]]:
    """Japanese metric phrases by their first two characters (a one-character phrase by itself): a phrase
    stands in a text only where those characters do."""
    index: dict[str, list[str]] = {}
    for word in _phrase_holders("ja"):
        index.setdefault(word[:2], []).append(word)
    return {k: tuple(v) for k, v in index.items()}


def _standing(reading: Reading, text: str) -> set[str]:
    """The metric phrases standing in the text (text is _phrase_text(reading)): anywhere in Japanese, as
    whole words or their plural in English."""
    if reading.lang == "ja":
        starts = _phrases_by_start()
        keys = set(text) | {text[i : i + 2] for i in range(len(text) - 1)}
        return {w for k in keys for w in starts.get(k, ()) if find_ja(text, w) >= 0}
    whole, index, runless = _phrases_by_run()
    runs = set(rx.findall(r"[\w-]+", text))
    tried = {w for run in runs for w in index.get(run, ())}
    tried.update(runless)
    standing = {w for w in tried if _could_stand(w, text) and _stands(w, text)}
    standing.update(w for run in runs for w in whole.get(run, ()))
    return standing


def _naming(reading: Reading, text: str) -> frozenset[str]:
    """The metric phrases that name a metric in the statement: those standing in the text, but in Japanese
    not the verb when it only gives a direction (「改善する」 calls nothing) or is a loanword naming the
    activity (「リニューアルする」 is not contract renewals)."""
    standing = _standing(reading, text)
    if reading.lang != "ja" or not standing:
        return frozenset(standing)
    verb = reading.verb
    loanword_verb = bool(verb) and rx.fullmatch(r"[\u30a0-\u30ff]+", verb) is not None
    inert = bool(verb) and (loanword_verb or _is_direction(reading))  # a verb that names no metric itself
    topic = _topic_text(reading).lower()
    activity = verb.lower() if loanword_verb else ""  # a loanword verb's own phrase, unless the topic says it too
    return frozenset(
        w
        for w in standing
        if not (w in verb and inert) and not (w in activity and w not in topic) and not _said_as_verb(w, text)
    )


def _said_as_verb(word: str, text: str) -> bool:
    """Whether a Japanese loanword whose verb means something else than its noun (reading.verb_apart_loanwords)
    stands only as a verb with する (「光害対策をリードする存在」 leads, it has no sales leads); 「デプロイする」 still
    names deploys."""
    if word not in word_set(phrasebook("ja"), "verb_apart_loanwords"):
        return False
    at = [m.end() for m in rx.finditer(re.escape(word), text)]
    return bool(at) and all(text.startswith(("する", "して", "した", "しよう", "できる"), end) for end in at)


def _phrase_score(metric: Metric, reading: Reading, naming: frozenset[str]) -> tuple[float, set[str], bool]:
    """How strongly the statement names the metric (longer and more calling phrases score higher), and
    which content words those phrases cover; naming is _naming(reading, _phrase_text(reading))."""
    score = 0.0
    covered: set[str] = set()
    strong = False  # a phrase of several words (or a long Japanese word) stands
    if reading.lang == "ja":
        for word in _lowered(metric.key, "ja"):
            if word in naming:
                score = max(score, 2 + len(word) / 2) + (0.5 if score else 0.0)
                covered.update(w for w in reading.content if w.lower() in word or word in w.lower())
                strong = strong or len(word) >= 3
        return score, covered, strong
    for word in _lowered(metric.key, "en"):
        if word in naming:
            # the longest phrase that stands decides; more phrases add a little ("customer satisfaction" beats
            # a metric that several short words call)
            # a hyphenated phrase ("abandoned-cart") is as many words as it joins, but not a prefix or a particle
            # ("non-fiction", "on-call" are one word)
            size = sum(max(1, sum(len(p) >= 4 for p in w.split("-"))) for w in word.split())
            score = max(score, 2 + 2 * size) + (0.5 if score else 0.0)
            parts = {_stem(p) for p in word.split()}
            covered.update(w for w in reading.content if _stem(w) in parts)
            if " " in word:  # a phrase of several words covers its words even where the reader took one for a verb
                covered.update(w for w in _core_words(reading.core) if _stem(w) in parts)
            strong = strong or size > 1
    return score, covered, strong


@lru_cache(maxsize=1024)
def _core_words(core: str) -> tuple[str, ...]:
    """The lower-case English words of a statement's core, found once for every metric _phrase_score weighs."""
    return tuple(rx.findall(r"[a-z][a-z'-]*", core.lower()))


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


@lru_cache(maxsize=65536)
def _domains_of(word: str, lang: str) -> list[str]:
    """Every domain whose calling words hold a word."""
    if lang == "en" and word and " " not in word:  # _supports by set look-ups: a word with no space is
        forms = {word, _stem(word), word + "s"}  # " word " in a domain's text when it is one of its tokens
        return [d for d, tokens in _domain_tokens().items() if not tokens.isdisjoint(forms)]
    return [d for d, text in _domain_words(lang).items() if _supports(word, text, lang)]


@cache
def _domain_tokens() -> dict[str, frozenset[str]]:
    """Every domain's English text of _domain_words as the set of its space-separated tokens."""
    return {d: frozenset(text.split(" ")) for d, text in _domain_words("en").items()}


@lru_cache(maxsize=65536)
def _evidence(word: str, lang: str) -> list[str]:
    """The domains a topic word points to; empty when it belongs to none or to too many to tell."""
    found = _domains_of(word, lang)
    return found if len(found) <= 2 else []


@cache
def _passed_over(book: Phrasebook) -> frozenset[str]:
    """The words _head_fit passes over: stop words and determiners."""
    return book.stopwords | set(book.reading.get("determiners", ()))


@cache
def _phrase_ends(book: Phrasebook) -> frozenset[str]:
    """The English words after which a noun phrase has ended: those that end an object's head, and determiners."""
    return frozenset(book.reading["head_end"]) | set(book.reading.get("determiners", ()))


def _head_fit(metric: Metric, covered: set[str], reading: Reading) -> bool:
    """Whether a match of single words is about the thing the statement names, not a word that only
    modifies it or is modified by another: the head noun must be covered ("Sourcing candidates"
    calls candidates, not procurement; "Buy Savings Plans" names plans, not savings), and the word
    just before it must not point to another domain ("tech debt" is not card debt, "tap water" is
    not drinking water)."""
    book = phrasebook(reading.lang)
    stop = _passed_over(book)
    if reading.lang == "ja":
        suffixes = tuple(book.reading.get("compound_suffixes", ()))
        text = reading.core
        for w in {w.lower() for w in (*metric.words_ja, metric.ja)}:
            at = text.find(w)
            while at >= 0:  # each place the word is, as re.finditer finds them (not overlapping)
                end = at + len(w)
                after = text[end : end + 1]
                if after and after in suffixes:
                    return False  # 「生産性」 is not 「生産」, 「電子化」 is not 「電子」
                at = text.find(w, end if w else at + 1)
        # the word before the matched one in the same compound (「法務ナレッジ」) must not point elsewhere
        for w in covered:
            at = text.find(w)
            lead = rx.search(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]+$", text[:at]) if at > 0 else None
            if lead is not None:
                found = _domains_of(lead.group(), "ja")
                if found and metric.domain not in found:
                    return False
        return True
    ends = _phrase_ends(book)
    opening = measure_lead(reading.object or reading.core, book)
    if opening and _stem(opening) in {_stem(w.lower()) for w in covered}:
        return True  # "reliability of the payments API": the quality named is what is measured
    # only the head names the thing: "a pitch deck for F&B brands" is a deck, not brand awareness
    raw = object_head(reading.object or reading.core, book).split()
    words = [w.lower().strip(".,;:!?()'\"") for w in raw]
    stems = {_stem(w.lower()) for w in covered}
    kept = [i for i, w in enumerate(words) if w and not w.isdigit() and w not in stop]  # "Sleep better"
    for n, i in enumerate(kept):
        if _stem(words[i]) not in stems:
            continue
        # the matched word ends its noun phrase: nothing after it, or a preposition, an article or a comma
        # ("Make phishing a non-event"); "present dad", "Savings Plans" and "sourcing candidates" do not
        after = words[kept[n + 1]] if n + 1 < len(kept) else ""
        last = n + 1 == len(kept) or raw[i].endswith((",", ";", ":")) or (i + 1 < len(words) and words[i + 1] in ends)
        # "Fix the checkout bug on mobile": what is broken is the checkout, the thing whose metric shows it fixed
        last = last or (reading.verb in book.families["fix"].verbs and after in word_set(book, "problem_nouns"))
        if not last and _stem(after) not in stems:
            continue
        j = i - 1
        before = words[j] if j >= 0 else ""
        if (
            before
            and _stem(before) not in stems
            and before not in stop
            and before not in word_set(book, "comparatives")
        ):
            found = _domains_of(before, "en")
            if found and metric.domain not in found:
                continue  # "tech debt" is not card debt, "tap water" is not drinking water
        return True
    return False


def _context_fit(metric: Metric, covered: set[str], strong: bool, reading: Reading) -> bool:
    """Whether the statement's other words let the metric stand: they point to its domain, or they point
    nowhere in particular and the match is a phrase of several words. "Run a zero-based budgeting
    exercise for marketing" is not about workouts; "Kill the flaky tests in the checkout suite" is not
    about checkout completion."""
    book = phrasebook(reading.lang)
    stop = book.stopwords
    # a comparative says the direction, not a domain: "Stronger brand awareness" is not strength training
    plain = word_set(book, "comparatives")
    others = [w for w in reading.content if w not in covered and w not in stop and w.lower() not in plain]
    if not others:
        return True
    pointed = {d for w in others for d in _evidence(w, reading.lang)}
    if metric.domain in pointed or _measure_of(covered, reading, book):
        return True
    # the words of the thing named point to another domain ("pay down tech debt", 「法務ナレッジ」)
    near = others if reading.lang == "ja" else [w for w in others if w in _head_words(reading)]
    if {d for w in near for d in _evidence(w, reading.lang)}:
        return False
    in_head = reading.lang == "en" and bool(covered & _head_words(reading))
    if (strong or in_head) and not pointed:
        return True
    # a word that calls this metric alone ("phishing") needs no other word's support
    weight = _bags(reading.lang)[1]
    keys = [_stem(w.lower()) if reading.lang == "en" else w.lower() for w in covered]
    return max((weight.get(k, 0.0) for k in keys), default=0.0) >= _TELLING


def _measure_of(covered: set[str], reading: Reading, book: Phrasebook) -> bool:
    """Whether a Japanese object ends in the measure the metric's phrase covers (「プロダクトの認知度」,
    「新人の定着率」): the words before it say whose measure it is, not another domain's."""
    suffixes = set(book.reading.get("measure_suffixes", ())) & covered
    tail = reading.object or reading.core
    return reading.lang == "ja" and any(tail.endswith(w + s) for s in suffixes for w in covered if w != s)


def _direction_fit(metric: Metric, reading: Reading) -> float:
    """A bonus when the verb's direction agrees with the metric's good direction, a penalty when it fights it."""
    book = phrasebook(reading.lang)
    if reading.verb in book.directions["reduce"]:
        return 1.0 if metric.direction == "down" else -3.0
    if reading.verb in book.directions["raise"]:
        return 1.0 if metric.direction == "up" else -1.0
    return 0.0


@cache
def _bags(lang: str) -> tuple[dict[str, frozenset[str]], dict[str, float]]:
    """Every metric's words as single tokens (its name and calling words), and each token's weight: the
    fewer metrics hold a token, the more it says (inverse document frequency)."""
    bags: dict[str, frozenset[str]] = {}
    for key, metric in catalog().items():
        phrases = [metric.name(lang), *metric.words(lang)]
        if lang == "ja":
            toks = {p.lower() for p in phrases}
            for p in phrases:
                toks.update(
                    t.surface.lower() for t in tokenize(p, "ja").tokens if t.pos == "NOUN" and len(t.surface) > 1
                )
        else:
            toks = {_stem(w) for p in phrases for w in rx.findall(r"[a-z0-9][a-z0-9+-]*", p.lower()) if len(w) > 2}
        bags[key] = frozenset(toks)
    counts: dict[str, int] = {}
    for bag in bags.values():
        for t in bag:
            counts[t] = counts.get(t, 0) + 1
    return bags, {t: max(0.0, math.log(_REFERENCE_SIZE / n)) for t, n in counts.items()}


@cache
def _catalog_order() -> dict[str, int]:
    """Each metric's place in the catalog, the order ties are broken in."""
    return {k: i for i, k in enumerate(catalog())}


@cache
def _exact_words(lang: str) -> dict[str, frozenset[str]]:
    """Each metric's own calling words, as the topic words are compared with them (stemmed in English)."""
    return {
        key: frozenset(_stem(w.lower()) if lang == "en" else w.lower() for w in metric.words(lang))
        for key, metric in catalog().items()
    }


@cache
def _attitude_words(lang: str) -> frozenset[str]:
    """The tokens that say how someone feels about a thing, not what the thing is (reading.attitude_words)."""
    words = phrasebook(lang).reading.get("attitude_words", ())
    return frozenset(_stem(w.lower()) if lang == "en" else w.lower() for w in words)


@cache
def _holders(lang: str) -> dict[str, frozenset[str]]:
    """Each token of the metrics' bags -> the metrics whose bag holds it (only those can share a word)."""
    out: dict[str, set[str]] = {}
    for key, bag in _bags(lang)[0].items():
        for t in bag:
            out.setdefault(t, set()).add(key)
    return {t: frozenset(keys) for t, keys in out.items()}


def _overlap(reading: Reading) -> dict[str, tuple[float, set[str]]]:
    """Each metric's share of the statement's topic words, weighted by how telling each word is."""
    weight = _bags(reading.lang)[1]
    tokens = {w: (_stem(w.lower()) if reading.lang == "en" else w.lower()) for w in reading.content}
    query = {tokens[w] for w in reading.content}
    query -= phrasebook(reading.lang).stopwords
    if reading.lang == "ja":  # 「光害対策をリードする」: a loanword said as a verb counts nothing
        query = {t for t in query if not _said_as_verb(t, reading.core.lower())}
    head = {(_stem(w) if reading.lang == "en" else w.lower()) for w in _head_words(reading)}
    holders = _holders(reading.lang)
    exact_words = _exact_words(reading.lang)
    # each metric's shared tokens, in the order of the query (the weights are summed in that order)
    sharing: dict[str, list[str]] = {}
    for t in query:
        for key in holders.get(t, ()):
            sharing.setdefault(key, []).append(t)
    # one shared word calls a metric only when it is a calling word of it and what the verb acts on
    # ("Reduce support tickets"); "Library: extend Saturday opening hours" is not about sleep hours;
    # Japanese compounds put the thing measured anywhere in the object (「売上」 in 「EC売上」)
    # a word for how someone feels about a thing (「苦手意識」, "confident") calls no metric without the thing:
    # 「学ぶことへの苦手意識」 is not 「バイクの苦手意識」
    feelings = _attitude_words(reading.lang)
    calling = [
        key
        for key, shared in sharing.items()
        if any(t not in feelings for t in shared)
        and (len(shared) >= 2 or (shared[0] in exact_words[key] and (reading.lang == "ja" or shared[0] in head)))
    ]
    out = {}
    for key in sorted(calling, key=_catalog_order().__getitem__):
        shared = sharing[key]
        # a topic word that is one of the metric's own calling words, not just part of one, says more
        exact = exact_words[key]
        exact_shared = [t for t in shared if t in exact]
        covered = {w for w, t in tokens.items() if t in shared}
        out[key] = (sum(weight[t] for t in shared) + _EXACT * len(exact_shared), covered)
    return out


def scored(reading: Reading) -> list[tuple[float, bool, Metric]]:
    """Return (score, named, metric) for the metrics the statement's topic calls, best first (see _scored)."""
    return list(_scored(reading))


def _phrase_candidates(reading: Reading) -> tuple[frozenset[str], set[str]]:
    """The metric phrases standing in the statement, and the metrics one of them could name: only a metric the
    index lets through and one of whose phrases names it can score by its phrases."""
    text = _phrase_text(reading)
    naming = _naming(reading, text)
    holders = _phrase_holders(reading.lang)
    return naming, _could_name(reading, text, {k for w in naming for k in holders[w]})


@lru_cache(maxsize=1024)  # a reading is asked for its metrics by several angles: score it once
def _scored(reading: Reading) -> tuple[tuple[float, bool, Metric], ...]:
    """Return (score, named, metric) for the metrics the statement's topic calls, best first.

    Two signals add up: one of the metric's phrases standing in the statement where its other words
    let it stand (named), and the topic words the statement shares with the metric's words, each
    weighted by how few metrics hold it, so that a word every domain uses ("customers", 「対応」)
    calls little on its own. A metric needs a phrase or enough shared words; a perception metric
    needs its phrase (a survey must be asked for).
    """
    metrics = catalog()
    order = _catalog_order()
    overlap = _overlap(reading)
    naming, could = _phrase_candidates(reading)
    found = []
    for key in sorted(could | overlap.keys(), key=order.__getitem__):  # no other metric can score
        metric = metrics[key]
        score, covered, strong = _phrase_score(metric, reading, naming) if key in could else (0.0, set(), False)
        named = score > 0 and _context_fit(metric, covered, strong, reading)
        if named and not (strong and reading.lang == "en"):
            named = _head_fit(metric, covered, reading)  # one shared word is not enough
        shared, words = overlap.get(key, (0.0, set()))
        if not named and (shared < _SHARED or metric.perception):
            continue
        if not named and not _context_fit(metric, words, len(words) >= 2 or reading.lang == "ja", reading):
            continue  # "Revamp the careers page" is not about pages sent to on-call engineers
        if not named and not _head_fit(metric, words, reading):
            continue  # shared words that only modify the thing named ("pay down tech debt")
        total = shared + (_NAMED + score if named else 0.0) + _direction_fit(metric, reading)
        if total > 0:
            found.append((total, named or shared >= _SHARED_STRONG, metric))
    found.sort(key=lambda s: (-s[0], order[s[2].key]))
    return tuple(found)


@lru_cache(maxsize=1024)
def vetoed(reading: Reading) -> tuple[Metric, ...]:
    """The metrics a phrase of the statement names and its other words alone turned away ("Less debt, more
    breathing room": debt, turned away by 'breathing' and 'room'), best phrase first: a last resort for a
    statement nothing else fits, where the other words are as often a figure of speech as a domain."""
    naming, could = _phrase_candidates(reading)
    metrics = catalog()
    found = []
    for key in sorted(could, key=_catalog_order().__getitem__):
        metric = metrics[key]
        score, covered, strong = _phrase_score(metric, reading, naming)
        if score <= 0 or metric.perception or _context_fit(metric, covered, strong, reading):
            continue  # not named, a survey, or not turned away by the other words (then scored() has it)
        # what a Japanese task acts on must be the thing named (「売上データを再集計する」 works on data, not sales)
        if reading.lang == "ja":
            acted_on = not reading.verb or any(reading.object.endswith(w) for w in covered)
        else:  # and an English one's head ("Driver app v3 w/ pay transparency" is an app, not pay)
            head = with_spelled_out(object_head(reading.object or reading.core, phrasebook("en")).lower())
            head = head.split(" with ")[0]
            acted_on = all(w.lower() in head for w in covered)
        if acted_on and _head_fit(metric, covered, reading):
            found.append((score, metric))
    found.sort(key=lambda s: -s[0])
    return tuple(m for _, m in found)


def naming_phrase(reading: Reading, metric: Metric) -> str:
    """The longest of the metric's phrases that stands in the statement ("" when only shared words call it)."""
    naming = _naming(reading, _phrase_text(reading))
    return max((w for w in _lowered(metric.key, reading.lang) if w in naming), key=len, default="")


def rank(reading: Reading) -> list[Metric]:
    """Return the metrics the statement's topic calls, best first (empty when none fits)."""
    return [m for _, _, m in scored(reading)]


@cache
def _long_phrases(lang: str) -> tuple[tuple[str, str], ...]:
    """Every metric phrase of two words or more (English) or five characters or more (Japanese), longest
    first, each with its metric: a phrase that long names its metric wherever it stands."""
    found = {
        (w.lower(), key)
        for key, metric in catalog().items()
        for w in (*metric.words(lang), metric.name(lang))
        if w and not metric.perception and (len(w.split()) >= 2 if lang == "en" else len(w) >= 5)
    }
    return tuple(sorted(found, key=lambda p: (-len(p[0]), _catalog_order()[p[1]])))


@cache
def _long_phrases_by_start(lang: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """The long phrases by their first word (English) or first two characters (Japanese), in _long_phrases order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for phrase, key in _long_phrases(lang):
        out.setdefault(phrase.split()[0] if lang == "en" else phrase[:2], []).append((phrase, key))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _long_phrase_order(lang: str) -> dict[tuple[str, str], int]:
    """Each long phrase's place in _long_phrases (longest first)."""
    return {p: i for i, p in enumerate(_long_phrases(lang))}


def named_anywhere(reading: Reading) -> list[Metric]:
    """The metrics whose long phrases stand anywhere in the statement, its reason too, longest first
    ("Get better control about cloud cost", "Refresh the outbound emails because reply rates are sliding"):
    for a statement whose object and topic call nothing, a metric it names in passing is still its own."""
    text = " ".join((reading.core, reading.body, reading.reason)).lower()
    metrics = catalog()
    out: list[Metric] = []
    index = _long_phrases_by_start(reading.lang)
    if reading.lang == "en":
        starts = set(rx.findall(r"[\w%$+-]+", text))
    else:
        starts = {text[i : i + 2] for i in range(len(text))}
    order = _long_phrase_order(reading.lang)
    found = sorted((p for s in starts for p in index.get(s, ())), key=order.__getitem__)
    for phrase, key in found:
        if metrics[key] in out:
            continue
        if not ((find_ja(text, phrase) >= 0) if reading.lang == "ja" else _stands(phrase, text)):
            continue
        # the statement's other words must not point to another domain ("Driver app v3 w/ pay transparency")
        inside = phrase if reading.lang == "ja" else " ".join(_stem(w) for w in phrase.split())
        covered = {w for w in reading.content if (w.lower() if reading.lang == "ja" else _stem(w.lower())) in inside}
        if _context_fit(metrics[key], covered, True, reading):
            out.append(metrics[key])
    return out
