"""A second reading for statements whose words call no topic as written: the intensifiers left out
("決算をもっと早くする" is 「決算を早くする」), two Japanese nouns joined by 「の」 read as one compound
(「レポートの作成」 as 「レポート作成」), an honorific left off (「寄付者さん」), 「up」 read as 「アップ」, a
written variant read as meant (「導線」 for 「動線」), and a misspelt word put right by the catalog's own
words ("make the warehouse more efficiant", 「キャッシュフロを健全に保つ」).

A word is put right only when it is not one of the catalog's words, is long enough to be a misspelling
rather than another word, and exactly one catalog word is one edit away (a letter left out, added or
changed). The topics read this text only when the statement as written calls nothing, so a rare word the
catalog lacks costs nothing when the statement names its topic otherwise.
"""

from __future__ import annotations

import re
from functools import cache

from .phrasebook import Phrasebook, phrasebook, word_set

# English words shorter than this are too often other words one letter away ("plan", "plant")
_EN_MIN = 6
# Japanese katakana loanwords of this many characters or more (kanji typos are homophones, not one edit)
_KANA_MIN = 4
_EN_WORD = re.compile(r"[a-z][a-z'-]*")
_JA_RUN = re.compile(r"[\u30a0-\u30ff]+")
_UP = re.compile(r"(?<=[\u4e00-\u9fff\u30a0-\u30ff])\s*(?:up|UP|Up)(?![A-Za-z])")
_SAN = re.compile(r"(?<=[\u4e00-\u9fff\u30a0-\u30ff])(?:さん|さま|様)(?![\u4e00-\u9fff])")


def _deletes(word: str) -> set[str]:
    """The word with each one of its characters left out, beyond the first (a misspelling keeps its first)."""
    return {word[:i] + word[i + 1 :] for i in range(1, len(word))}


def _one_edit(word: str, other: str) -> bool:
    """Whether two different words are one edit apart: a letter left out, added or changed, or two neighbouring
    letters swapped ("stickers" shares a deletion with "stickier" but is two edits from it)."""
    if len(word) == len(other):
        apart = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
        if len(apart) == 1:
            return True
        i = apart[0] if len(apart) == 2 else -1
        return apart == [i, i + 1] and word[i] == other[i + 1] and word[i + 1] == other[i]
    short, long = sorted((word, other), key=len)
    if len(long) - len(short) != 1:
        return False
    i = next((k for k, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return short[i:] == long[i + 1 :]


def vocabulary(phrases: list[str], lang: str) -> frozenset[str]:
    """The words of the given calling phrases (the topics' and the metrics'), lower-cased: what a misspelt
    word may be put right to."""
    pattern = _EN_WORD if lang == "en" else _JA_RUN
    return frozenset(w for p in phrases for w in pattern.findall(p.lower()))


@cache
def _by_delete(words: frozenset[str], lang: str) -> dict[str, frozenset[str]]:
    """Every word that may be a correction, and each of its one-character deletions -> those words."""
    index: dict[str, set[str]] = {}
    for word in words:
        if not _correctable(word, lang):
            continue
        for key in {word} | _deletes(word):
            index.setdefault(key, set()).add(word)
    return {k: frozenset(v) for k, v in index.items()}


def _correctable(word: str, lang: str) -> bool:
    """Whether a word is long enough, and of a kind, to be taken for a misspelling of another."""
    return len(word) >= (_EN_MIN if lang == "en" else _KANA_MIN) - 1  # "reponse" for "response"


def corrected(word: str, lang: str, words: frozenset[str]) -> str | None:
    """The one word of words (the catalog's vocabulary) that a word not in it is a misspelling of, or None."""
    if word in words or len(word) < (_EN_MIN if lang == "en" else _KANA_MIN):
        return None
    index = _by_delete(words, lang)
    found: set[str] = set(index.get(word, ()))  # a letter left out of the word
    for key in _deletes(word):
        found |= index.get(key, frozenset())  # a letter added, or changed
        if key in words:
            found.add(key)
    found = {f for f in found if f[0] == word[0] and _one_edit(word, f)}
    found -= {f for f in found if f.endswith("s") and (f[:-1] in found or f[:-2] in found)}  # one word, two forms
    return next(iter(found)) if len(found) == 1 else None


@cache
def _joined(book: Phrasebook) -> re.Pattern[str]:
    """A 「の」 between a noun and a verbal noun that makes a compound with it (「レポートの作成」), not one
    that only links two things (「デザインの力」)."""
    nouns = "|".join(re.escape(w) for w in sorted(word_set(book, "compound_actions"), key=len, reverse=True))
    return re.compile(rf"(?<=[\u4e00-\u9fff\u30a0-\u30ffA-Za-z])の(?=(?:{nouns}))" if nouns else "$^")


# a case particle between two nouns, or a noun and the verb it governs, that casual writing leaves out
# (「ランニングを再開」 written 「ランニング再開」, 「メンタルの安定」 written 「メンタル安定」)
_DROPPED = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fcA-Za-z])[をのが](?=[\u4e00-\u9fff\u30a1-\u30fa])")


def without_particles(text: str) -> str:
    """Japanese text with the case particles between a noun and a noun or verbal noun left out, as casual
    sheets write it (「ランニングを再開」 -> 「ランニング再開」); a phrase that stays shorter than four characters
    is kept whole (「朝の会」 is not 「朝会」)."""
    dropped = _DROPPED.sub("", text)
    return dropped if len(dropped) >= 4 else text


def quality_noun(word: str, book: Phrasebook) -> str:
    """An English quality said as an adjective, as its noun ("safer" -> "safety"): "Safer job sites" is read
    for site safety once nothing else is found; any other word as it is."""
    nouns: dict[str, str] = book.reading.get("quality_nouns", {})
    return nouns.get(word, word)


def joined_compound(text: str) -> str:
    """Japanese text with the 「の」 of a noun and its verbal noun left out (「レポートの作成」 -> 「レポート作成」)."""
    return _joined(phrasebook("ja")).sub("", text)


def plain(text: str, lang: str, words: frozenset[str], nouns: bool = False) -> str:
    """The text with its intensifiers left out and its misspelt words put right against words (lower-cased
    text in); with nouns, English qualities said as adjectives are read as their nouns too."""
    book = phrasebook(lang)
    if lang == "en":
        drop = word_set(book, "intensifiers")
        kept = [w for w in text.split() if w not in drop]
        fixed = (_EN_WORD.sub(lambda m: corrected(m.group(), "en", words) or m.group(), w) for w in kept)
        return " ".join(quality_noun(w, book) if nouns else w for w in fixed)
    for word in sorted(word_set(book, "intensifiers"), key=len, reverse=True):
        text = text.replace(word, "")
    text = _JA_RUN.sub(lambda m: corrected(m.group(), "ja", words) or m.group(), text)
    text = _SAN.sub("", text)  # 「寄付者さん」「利用者さま」 are 寄付者 and 利用者
    text = _UP.sub("アップ", text)  # 「体力up」 is 体力アップ
    for written, meant in book.reading.get("variants", {}).items():  # 「ピッキング導線」 is 動線
        text = text.replace(written, meant)
    return _joined(book).sub("", text)  # 「レポートの作成」 is the compound 「レポート作成」
