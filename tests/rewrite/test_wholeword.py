"""The whole-word tests without patterns give the answers of the patterns they stand in for."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from okrcoach.rewrite.wholeword import ends_whole, find_whole

# few characters, so that words recur and sit next to word characters, hyphens, spaces and the rest
_CHARS = st.sampled_from(list("ab s-_é1²٣.$%()") + ["\u00a0", "İ"])
_TEXT = st.text(_CHARS, max_size=14)
_WORD = st.text(_CHARS, min_size=1, max_size=4)
_ENDINGS = st.sampled_from([("",), ("s", "es", ""), ("", "s"), ("s",)])


def _pattern(word: str, endings: tuple[str, ...]) -> str:
    return rf"(?<![\w-]){re.escape(word)}(?:{'|'.join(re.escape(e) for e in endings)})"


@given(_TEXT, _WORD, _ENDINGS)
def test_find_whole_is_the_pattern_search(text: str, word: str, endings: tuple[str, ...]) -> None:
    m = re.search(_pattern(word, endings) + r"(?![\w-])", text)
    assert find_whole(text, word, endings) == (m.start() if m else -1)


@given(_TEXT, _WORD, _ENDINGS)
def test_ends_whole_is_the_anchored_pattern(text: str, word: str, endings: tuple[str, ...]) -> None:
    assert ends_whole(text, word, endings) == (re.search(_pattern(word, endings) + "$", text) is not None)


def test_examples() -> None:
    assert find_whole("reduce on-call pages", "call") == -1
    assert find_whole("nps and $nps", "nps") == 0
    assert find_whole("the declutters", "declutter", ("s", "es", "")) == 4
    assert ends_whole("our nps", "nps", ("s", "")) and not ends_whole("our cnps", "nps", ("s", ""))
