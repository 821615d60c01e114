"""Japanese tokens: fugashi with unidic-lite, features read by field name."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from ...anatomy import locate
from ...normalise import normalise
from ...tokens.base import Token, TokenView, make_token

if TYPE_CHECKING:
    import fugashi

_POS = {
    "名詞": "NOUN",
    "代名詞": "NOUN",
    "動詞": "VERB",
    "助動詞": "AUX",
    "助詞": "PART",
    "形容詞": "ADJ",
    "形状詞": "ADJ",
    "副詞": "ADV",
    "連体詞": "ADJ",
    "接続詞": "X",
    "感動詞": "X",
    "接頭辞": "PREFIX",
    "接尾辞": "SUFFIX",
    "補助記号": "PUNCT",
    "記号": "SYM",
    "空白": "PUNCT",
}
_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_BIG = {"万": 10_000, "億": 100_000_000, "兆": 1_000_000_000_000}


@cache
def tagger() -> fugashi.Tagger:
    """Return the shared fugashi tagger over unidic-lite (bundled; nothing is downloaded)."""
    import fugashi

    return fugashi.Tagger()


def kanji_value(surface: str) -> float | None:
    """Return the value of a numeral written in digits and/or kanji ("3", "十五", "1万"), else None."""
    try:
        return float(surface.replace(",", ""))
    except ValueError:
        pass
    total, section, digit = 0.0, 0.0, None
    for ch in surface:
        if "0" <= ch <= "9":
            digit = (digit or 0) * 10 + int(ch)
        elif ch in _KANJI_DIGITS:
            digit = (digit or 0) * 10 + _KANJI_DIGITS[ch]
        elif ch in _KANJI_UNITS:
            section += (digit if digit is not None else 1) * _KANJI_UNITS[ch]
            digit = None
        elif ch in _KANJI_BIG:
            total += (section + (digit or 0) or 1) * _KANJI_BIG[ch]
            section, digit = 0.0, None
        elif ch in ".,":
            continue
        else:
            return None
    return total + section + (digit or 0)


class _Record(NamedTuple):
    """The fields okrcoach reads from one UniDic feature record."""

    lemma: str  # base form, "" when UniDic has none (unknown words)
    pos: str  # coarse part of speech
    pos2: str
    form: str  # conjugation form


_RECORDS: dict[str, _Record] = {}  # UniDic feature string -> its fields; the same records recur
_RECORDS_LIMIT = 200_000


def _record(feature: fugashi.UnidicFeatures26) -> _Record:
    # orthBase keeps the spelling people write (する, まとめる, 売上) where lemma
    # would normalise it (為る, 纏める, 売り上げ); the lexicon is written the same way.
    lemma = feature.orthBase or feature.lemma or ""
    if "-" in lemma and not lemma.startswith("-"):
        lemma = lemma.split("-", 1)[0]
    pos3 = feature.pos3 if feature.pos3 and feature.pos3 != "*" else ""
    pos2 = feature.pos2 if feature.pos2 != "*" else ""
    if pos3 == "助数詞":
        pos2 = "助数詞"
    form = feature.cForm if feature.cForm != "*" else ""
    return _Record(lemma, _POS.get(feature.pos1, "X"), pos2, form)


def _words(norm: str) -> list[tuple[str, _Record, int, int]]:
    """Return (surface, record, start, end) of every UniDic word of the normalised text."""
    words = []
    pos = 0
    known = _RECORDS
    for w in tagger()(norm):
        surface = w.surface
        start = norm.find(surface, pos)
        if start < 0:
            start = pos
        pos = start + len(surface)
        raw = w.feature_raw
        record = known.get(raw)
        if record is None:
            record = _record(w.feature)
            if len(known) < _RECORDS_LIMIT:
                known[raw] = record
        words.append((surface, record, start, pos))
    return words


def _merge_numbers(words: list[tuple[str, _Record, int, int]]) -> list[Token]:
    """Make tokens, joining the pieces UniDic splits numbers into ("1" "," "000" "万") into one NUM token."""
    tokens: list[Token] = []
    i = 0
    while i < len(words):
        surface, record, start, end = words[i]
        if record.pos2 == "数詞":
            j = i + 1
            while j < len(words) and (
                words[j][1].pos2 == "数詞"
                or (words[j][0] in ".,．，" and j + 1 < len(words) and words[j + 1][1].pos2 == "数詞")
            ):
                j += 1
            span = "".join(w[0] for w in words[i:j])
            end = words[j - 1][3]
            value = kanji_value(span)
            tokens.append(make_token((span, span, "NUM", "", value is not None, value, start, end)))
            i = j
            continue
        lemma, pos, _, form = record
        tokens.append(make_token((surface, lemma or surface, pos, form, False, None, start, end)))
        i += 1
    return tokens


def _view(text: str, norm: str, offsets: list[int]) -> TokenView:
    start, end, _, _ = locate(norm)
    return TokenView(text, norm, "ja", _merge_numbers(_words(norm)), offsets, start, end)


@cache
def is_verbal_noun(phrase: str) -> bool:
    """Whether a noun phrase ends in a noun that takes する (「ストレッチ」「ブログ更新」; not 「日記」): UniDic marks
    such nouns サ変可能."""
    words = tagger()(normalise(phrase)[0])
    return bool(words) and words[-1].feature.pos1 == "名詞" and words[-1].feature.pos3 == "サ変可能"


def lemmas(text: str) -> list[tuple[str, str]]:
    """Return (lemma, coarse part of speech) of every word of a short Japanese phrase, without the statement
    anatomy a full token view reads (for indexing catalog phrases)."""
    norm, _ = normalise(text)
    return [(t.lemma, t.pos) for t in _merge_numbers(_words(norm))]


def tokenize_many(texts: Sequence[str]) -> list[TokenView]:
    """Return Japanese token views for many statements."""
    out = []
    for text in texts:
        norm, offsets = normalise(text)
        out.append(_view(text, norm, offsets))
    return out
