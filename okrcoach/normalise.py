"""Unicode normalisation that keeps a map back to the user's text (NFKC, one character at a time)."""

from __future__ import annotations

import unicodedata


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
        # Circled numbers are sheet numbering (①), not the digit NFKC would make of them; a plus-minus sign is
        # set apart from its number ("±3%" reads as "± 3%", a tolerance the tokenizers see as a number).
        if code == 0xB1:
            form = "\u00b1 "
        else:
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
