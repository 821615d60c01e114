"""English topic extraction: strip numbering, notes, wishes, schedule, deadline and the leading verb."""

from __future__ import annotations

import re
from functools import cache

from ..checks import facts
from ..lang.en.tokenizer import lemma_of
from ..lexicon import load
from ..tokens.base import TokenView
from .engine import templates
from .topic import Topic

_TRAILING_NOTE = re.compile(
    r"\s*(?:[(\[（【][^()\[\]（）【】]*[)\]）】]|\s[-–—]\s*(?:[A-Z][\w.]*\s?){1,3}$|[\U0001F300-\U0001FAFF\u2600-\u27BF]+)\s*$"
)
_PRONOUN_START = re.compile(r"^(?:i|we|you|they|my team|our team)\s+(?:will\s+|should\s+|must\s+|need to\s+)?", re.I)


@cache
def known_verbs() -> frozenset[str]:
    """Single verbs that may open an English statement: activities, directions and learning verbs."""
    lex = load("en")
    return lex.activity_verbs | lex.vague_verbs | frozenset(templates("en").words["learning_verbs"])


@cache
def known_phrasal() -> frozenset[str]:
    """Two-word verbs the lexicons and templates know ("roll out", "set up", "work on")."""
    lex = load("en")
    t = templates("en")
    every = set(lex.activity_verbs) | set(lex.vague_verbs) | set(t.words["learning_verbs"])
    for verbs in t.families.values():
        every.update(verbs)
    return frozenset(v for v in every if " " in v)


def _cut(text: str, start: int, end: int) -> str:
    return text[:start] + " " + text[end:]


def extract(view: TokenView) -> Topic:
    """Return the topic of an English statement."""
    words = templates("en").words
    body = view.body
    offset = view.body_start
    # Remove what is not the subject: deadline, schedule and wish spans (right to left keeps offsets valid).
    spans = [facts.deadline(view), facts.schedule(view), facts.wish(view)]
    for hit in sorted((h for h in spans if h is not None), key=lambda h: -h.start):
        body = _cut(body, max(0, hit.start - offset), max(0, hit.end - offset))
    while True:
        stripped = _TRAILING_NOTE.sub("", body)
        if stripped == body:
            break
        body = stripped
    text = " ".join(body.split()).strip(" .,;:!?-")
    text = _PRONOUN_START.sub("", text)
    tokens = text.split()
    verb = ""
    while tokens and tokens[0].lower().endswith("ly") and len(tokens) > 1:
        tokens = tokens[1:]  # "Significantly strengthen ...": the adverb is not the verb
    lowered = [lemma_of(t.lower()) for t in tokens]
    if len(lowered) > 1 and f"{lowered[0]} {lowered[1]}" in known_phrasal():
        verb, tokens, lowered = f"{lowered[0]} {lowered[1]}", tokens[2:], lowered[2:]
    if not verb and lowered and lowered[0] in known_verbs():
        verb, tokens, lowered = lowered[0], tokens[1:], lowered[1:]
    while tokens and lowered[0] in words["strip_leading"]:
        tokens, lowered = tokens[1:], lowered[1:]
    topic = " ".join(tokens).strip(" .,;:!?-")
    if re.match(r"^(?:A|An|The)\s", topic) and not verb:
        topic = topic[0].lower() + topic[1:]  # "A world-class ..." reads as "a world-class ..." mid-sentence
    low = f" {text.lower()} "
    learning = verb in words["learning_verbs"] or any(f" {w} " in low for w in ("skill", "skills", "course"))
    phrase = re.sub(r"^(?:\w+ly\s+)+", "", text)
    phrase = phrase[:1].upper() + phrase[1:]
    return Topic(topic, verb, learning, verb in words["reduce_verbs"], phrase)
