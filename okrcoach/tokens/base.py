"""The language-neutral token view that checks and the classifier read."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple


class Token(NamedTuple):
    """One token: offsets point into TokenView.norm."""

    surface: str
    lemma: str
    pos: str  # coarse: NOUN VERB AUX PART ADJ ADV NUM SYM PUNCT PREFIX SUFFIX X
    tag: str  # fine-grained, language specific (UniDic pos1-pos3, or "" for English)
    form: str  # conjugation form where the language has one (UniDic cForm)
    is_number: bool
    value: float | None
    start: int
    end: int


# Token(...) runs a Python-level __new__; building from one tuple is several times quicker, which
# counts when every statement of a batch has a dozen tokens. Fields in Token's order.
make_token: Callable[[tuple[Any, ...]], Token] = partial(tuple.__new__, Token)


# Sheet numbering and bullets at the start of a statement: "KR 1.2:", "O1 -", "1)", "①", "・".
_PREFIX = re.compile(
    r"""^\s*
    (?:[-*•・■□◆◇●○▶▷►>\u2013\u2014]+\s*)?
    (?:(?:
        (?:KR|OKR|O|Obj|Objective|Key\s*Result|目標|成果指標)\s*\#?\s*\d+(?:[.\-]\d+)*\s*[:.)\]\-\u2013\u2014]?
      | \(?\d{1,2}(?:\.\d{1,2})*[.)\]:](?!\d)
      | [a-hA-H][.)](?=\s)
      | [\u2460-\u2473\u2776-\u277f]
      | \[\s*(?:KR|O)\s*\d+(?:[.\-]\d+)*\s*\]
    )\s*){0,3}""",
    re.VERBOSE | re.IGNORECASE,
)


# A note in brackets: "（担当：佐藤）", "(stretch)", "【進行中】", "[TBD]" (no bracket inside it).
NOTE = re.compile(r"[（(【\[][^（()）【】\[\]]*[）)】\]]")


class _CharForms(dict[int, str]):
    """str.translate table: each character's NFKC form, computed on first sight and then kept.

    Characters are normalised one at a time, never merged with their neighbours, so every
    normalised character can point back to the original one it came from.
    """

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()  # characters whose form is not exactly one character

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        # Circled numbers are sheet numbering (①), not the digit NFKC would make of them.
        form = ch if 0x2460 <= code <= 0x2473 else unicodedata.normalize("NFKC", ch)
        if len(form) != 1:
            self.uneven.add(ch)
        if len(self) < 100_000:
            self[code] = form
        return form


_FORMS = _CharForms()


def normalise(text: str) -> tuple[str, list[int]]:
    """Return the NFKC form of text and, per normalised char, its offset in the original."""
    if text.isascii():
        return text, list(range(len(text) + 1))
    norm = text.translate(_FORMS)
    if _FORMS.uneven.isdisjoint(text):  # every character kept its length: offsets are the identity
        return norm, list(range(len(text) + 1))
    offsets: list[int] = []
    for i, ch in enumerate(text):
        offsets.extend([i] * len(_FORMS[ord(ch)]))
    offsets.append(len(text))
    return norm, offsets


def prefix_end(norm: str) -> int:
    """Return where the statement's body starts, after sheet numbering and bullets."""
    m = _PREFIX.match(norm)
    return m.end() if m else 0


@dataclass(slots=True)
class TokenView:
    """A statement as both languages present it to the checks."""

    text: str
    norm: str
    lang: str
    tokens: list[Token]
    offsets: list[int]
    body_start: int
    facts: dict[str, object] = field(default_factory=dict)  # per-statement memo for the checks
    body_tokens: list[Token] = field(init=False)  # the tokens after the numbering prefix
    has_number: bool = field(init=False)
    lower: str = field(init=False)  # norm lower-cased with the same length, so offsets stay valid

    def __post_init__(self) -> None:
        lower = self.norm.lower()
        if len(lower) != len(self.norm):  # "İ" lower-cases to two characters
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.norm)
        self.lower = lower
        start = self.body_start
        self.body_tokens = self.tokens if not start else [t for t in self.tokens if t.start >= start]
        self.has_number = any(t.is_number for t in self.tokens)

    @property
    def body(self) -> str:
        """Return the normalised text after the numbering prefix."""
        return self.norm[self.body_start :]

    def original_span(self, start: int, end: int) -> tuple[int, int, str]:
        """Map a span of the normalised text back to the original text."""
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1 if end > start else o_start
        return o_start, o_end, self.text[o_start:o_end]
