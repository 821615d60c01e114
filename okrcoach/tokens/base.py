"""The language-neutral token view that checks and the classifier read."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple


@dataclass(frozen=True, slots=True)
class Hit:
    """Where a check fired, as offsets into TokenView.norm."""

    start: int
    end: int


class Token(NamedTuple):
    """One token: offsets point into TokenView.norm."""

    surface: str
    lemma: str
    pos: str  # coarse: NOUN VERB AUX PART ADJ ADV NUM SYM PUNCT PREFIX SUFFIX X
    form: str  # conjugation form where the language has one (UniDic cForm)
    is_number: bool
    value: float | None
    start: int
    end: int


# Token(...) runs a Python-level __new__; building from one tuple is several times quicker, which
# counts when every statement of a batch has a dozen tokens. Fields in Token's order.
make_token: Callable[[tuple[Any, ...]], Token] = partial(tuple.__new__, Token)


# A note in brackets: "（担当：佐藤）", "(stretch)", "【進行中】", "[TBD]" (no bracket inside it).
NOTE = re.compile(r"[（(【\[][^（()）【】\[\]]*[）)】\]]")


@dataclass(slots=True)
class TokenView:
    """A statement as both languages present it to the checks."""

    text: str
    norm: str
    lang: str
    tokens: list[Token]
    offsets: list[int]
    body_start: int  # where the body starts and ends in norm (see okrcoach.anatomy)
    body_end: int
    memo: object = None  # the checks' per-statement facts (okrcoach.checks.facts.Facts), made on first use
    body_tokens: list[Token] = field(init=False)  # the tokens after the numbering prefix
    lower: str = field(init=False)  # norm lower-cased with the same length, so offsets stay valid

    def __post_init__(self) -> None:
        lower = self.norm.lower()
        if len(lower) != len(self.norm):  # "İ" lower-cases to two characters
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.norm)
        self.lower = lower
        start, end = self.body_start, self.body_end
        whole = start == 0 and end == len(self.norm)
        self.body_tokens = self.tokens if whole else [t for t in self.tokens if t.start >= start and t.end <= end]

    @property
    def body(self) -> str:
        """Return the normalised body: no prefix, no notes, no final full stop."""
        return self.norm[self.body_start : self.body_end]

    def original_span(self, start: int, end: int) -> tuple[int, int, str]:
        """Map a span of the normalised text back to the original text."""
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1 if end > start else o_start
        return o_start, o_end, self.text[o_start:o_end]
