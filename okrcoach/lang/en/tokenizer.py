"""English tokens: spaCy's blank English tokenizer plus okrcoach's lemma table.

No statistical model is needed (none can be downloaded at run time); the verbs and
numbers that matter in OKRs are covered by okrcoach's own lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from ...anatomy import locate
from ...lexicon import load as load_lexicon
from ...normalise import normalise
from ...tokens.base import TokenView, make_token

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

# A number glued to its scale or unit: "10k", "1.2M", "4h", "2h10" (a race time), "200ms", "3.5x", "30d".
_SCALED = re.compile(
    r"^(\d+(?:[.,]\d+)*)(k|m|b|bn|mm|x|h(?:\d{2}m?)?|hrs?|ms|s|secs?|mins?|d|wk|pp|pts?|%|/\d+|:\d+)?\+?$",
    re.IGNORECASE,
)
_SCALE = {"k": 1e3, "m": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9}
_NUMERIC = re.compile(r"^[+\-−]?\d+(?:[.,]\d+)*$")


@cache
def tokenizer() -> Tokenizer:
    """Return spaCy's English tokenizer (the one spacy.blank("en") builds) plus okrcoach's infix rules.

    Built from English.Defaults directly: the same rules and exceptions as spacy.blank("en"),
    without resolving a whole pipeline config, which costs a noticeable part of a cold start.
    """
    from spacy.lang.en import English
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
    from spacy.vocab import Vocab

    defaults: Any = English.Defaults  # spaCy types these as optional; English always defines them
    # Split comparisons and arrows glued to numbers, signed ones too ("NPS>=45", "p95<200ms", "35%→50%", "-5→+10"),
    # and "~3".
    infixes = [
        *defaults.infixes,
        r"(?<=[A-Za-z0-9%])(?:>=|<=|=>|->|→|⇒|≥|≤|>|<|=)(?=[+\-−]?[0-9$€£¥~])",
        r"(?<=[~])(?=\d)",
    ]
    prefixes = [*defaults.prefixes, r"(?:≤|≥|<=|>=|~)"]  # "≤45%" -> "≤" "45" "%"
    return Tokenizer(
        Vocab(lex_attr_getters=defaults.lex_attr_getters),
        rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@cache
def _known_verbs() -> frozenset[str]:
    lex = load_lexicon("en")
    return lex.activity_verbs | lex.vague_verbs


@lru_cache(maxsize=65536)
def lemma_of(lower: str) -> str:
    """Return the base form of a lower-cased English word (verbs and irregulars only)."""
    lex = load_lexicon("en")
    if lower in lex.irregular:
        return lex.irregular[lower]
    known = _known_verbs()
    if lower in known:
        return lower
    for suffix, repl in (
        ("ing", ""),
        ("ing", "e"),
        ("ied", "y"),
        ("ies", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("es", ""),
        ("s", ""),
        ("d", ""),
    ):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)] + repl
            if stem in known:
                return stem
            if suffix in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in known:
                return stem[:-1]  # "planning" -> "plan"
    return lower


@lru_cache(maxsize=65536)
def number_value(lower: str) -> float | None:
    """Return the numeric value of a token ("1,200", "3.5", "10k", "three"), else None."""
    if _NUMERIC.match(lower):
        try:
            return float(lower.replace(",", "").replace("−", "-"))
        except ValueError:
            return None
    m = _SCALED.match(lower)
    if m:
        return float(m.group(1).replace(",", "")) * _SCALE.get((m.group(2) or "").lower(), 1.0)
    return load_lexicon("en").number_words.get(lower)


@lru_cache(maxsize=65536)
def _word_info(lower: str) -> tuple[str, str, float | None]:
    """Return (lemma, coarse part of speech, numeric value) of a lower-cased word, computed once per word."""
    value = number_value(lower)
    lemma = lemma_of(lower)
    if value is not None:
        return lemma, "NUM", value
    return lemma, "VERB" if lemma in _known_verbs() else "X", None


@lru_cache(maxsize=65536)
def _token_fields(surface: str) -> tuple[str, str, str, str, bool, float | None]:
    """Return a token's fields before its offsets; they depend on the word alone, so once per word."""
    lemma, pos, value = _word_info(surface.lower())
    if value is None and tokenizer().vocab[surface].is_punct:
        pos = "PUNCT"
    return surface, lemma, pos, "", value is not None, value


def _view(text: str, norm: str, offsets: list[int], doc: object) -> TokenView:
    fields = _token_fields
    tokens = [make_token(fields(t.text) + (t.idx, t.idx + len(t))) for t in doc]  # type: ignore[attr-defined]
    start, end, _, _ = locate(norm)
    return TokenView(text, norm, "en", tokens, offsets, start, end)


def tokenize_many(texts: Sequence[str]) -> list[TokenView]:
    """Return English token views for many statements, tokenized in one spaCy batch."""
    normed = [normalise(t) for t in texts]
    docs = tokenizer().pipe([n for n, _ in normed], batch_size=1000)
    return [_view(text, norm, offsets, doc) for text, (norm, offsets), doc in zip(texts, normed, docs, strict=True)]
