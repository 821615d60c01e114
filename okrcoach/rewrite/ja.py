"""Japanese topic extraction: the object phrase before the main predicate, and the action itself."""

from __future__ import annotations

import re

from ..checks import facts
from ..lexicon import load
from ..tokens.base import NOTE, Token, TokenView
from .engine import templates
from .topic import Topic

_LINKS = ("を", "が", "に", "へ", "の", "で", "と", "は", "、", ",")
_LIGHT = {
    "する",
    "できる",
    "いく",
    "くる",
    "しまう",
    "みる",
    "おく",
    "ある",
    "いる",
    "なる",
    "思う",
    "考える",
    "れる",
    "られる",
    "せる",
    "させる",
}
_TIME_WORDS = ("曜", "日", "朝", "晩", "週", "月", "夕", "昼", "夜")
_SCHEDULE = {"毎週", "毎日", "毎月", "毎朝", "毎晩", "毎回", "定期的", "今期", "来期", "今月", "今年", "年内"}
_SKILL_MARKERS = re.compile(r"スキル|講座|資格|得意|上手|身につけ|身に付け|できるようにな|(?:勉強|学習)$")


def _predicate(toks: list[Token], end: int) -> int:
    """Index of the main predicate: the last content word before trailing auxiliaries and particles."""
    i = end - 1
    while i >= 0 and (toks[i].pos in ("PUNCT", "AUX", "PART", "SYM", "SUFFIX") or toks[i].lemma in _LIGHT):
        i -= 1
    return i


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop trailing particles and adverbial words (「を」「飛躍的に」) and leading particles."""
    out = list(tokens)
    while out and (
        out[-1].surface in _LINKS
        or out[-1].pos in ("PART", "AUX", "ADV")
        or (out[-1].pos == "ADJ" and out[-1].surface.endswith("的"))
    ):
        out.pop()
    while out and out[0].pos in ("PART", "AUX", "PUNCT"):
        out.pop(0)
    return out


def extract(view: TokenView) -> Topic:
    """Return the topic of a Japanese statement."""
    lex = load("ja")
    words = templates("ja").words
    notes = [m.span() for m in NOTE.finditer(view.norm)]
    deadline = facts.deadline(view)
    wish = facts.wish(view)
    toks = [t for t in view.body_tokens if not any(s <= t.start < e for s, e in notes)]
    end = next((i for i, t in enumerate(toks) if wish is not None and t.start >= wish.start), len(toks))
    pred = _predicate(toks, end)
    verb = toks[pred].lemma if pred >= 0 else ""
    before = [
        t
        for t in toks[: max(pred, 0)]
        if not (deadline and deadline.start <= t.start < deadline.end) and t.surface not in _SCHEDULE
    ]
    # a leading time phrase ending in に (「金曜に」「毎週日曜に」) is schedule, not subject
    for i, t in enumerate(before[:4]):
        if t.surface == "に" and any(w in "".join(k.surface for k in before[:i]) for w in _TIME_WORDS):
            before = before[i + 1 :]
            break
    while before and before[0].pos in ("PART", "PUNCT"):
        before.pop(0)
    # the topic is the object: what stands before the last を, else the whole phrase
    last_wo = max((i for i, t in enumerate(before) if t.surface == "を"), default=-1)
    kept = _trim(before[:last_wo] if last_wo > 0 else before)
    compound = (
        bool(kept)
        and pred >= 0
        and last_wo < 0
        and toks[pred].pos == "NOUN"
        and kept[-1].end == toks[pred].start
        and verb not in lex.vague_verbs
    )
    topic = "".join(t.surface for t in kept) + (toks[pred].surface if compound else "") if kept else ""
    learning = verb in words["learning_verbs"] or bool(_SKILL_MARKERS.search(topic + view.body))
    if learning:
        topic = re.sub(r"の?(?:勉強|学習)$|のが$|の$|について$|につい$|に関して$", "", topic) or topic
    phrase = ""
    if pred >= 0:
        head = "".join(t.surface for t in before)
        if compound:
            phrase = f"{head}し" if head.endswith(toks[pred].surface) else f"{head}{toks[pred].surface}し"
        elif toks[pred].pos == "VERB":
            phrase = f"{head}{toks[pred].lemma}ことで"
        else:
            phrase = f"{head}{toks[pred].surface}し"
    return Topic(topic.strip(), verb, learning, verb in words["reduce_verbs"], phrase)
