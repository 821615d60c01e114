"""A Japanese object that ends in a measure word (「…の認知度」「…の定着率」) names that measure of the words before it:
those words say whose measure it is and do not turn the metric away as another domain's."""

import pytest

import okrcoach
from okrcoach.rewrite.matching import _measure_of
from okrcoach.rewrite.phrasebook import phrasebook
from okrcoach.rewrite.reading import read

from .helpers import top


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("プロダクトの認知度を上げる", "ブランド認知率"),
        ("学生のキャリア支援満足度を上げる", "満足度"),
    ],
)
def test_a_measure_of_something_is_that_measure(text, expected):
    assert expected in top(text)


def test_only_a_measure_word_at_the_end_of_the_object():
    def reading_of(text):
        return read(okrcoach.classify(text))

    book = phrasebook("ja")
    assert _measure_of({"認知", "度"}, reading_of("プロダクトの認知度を上げる"), book)
    assert not _measure_of({"認知", "度"}, reading_of("認知度調査の設計を見直す"), book)
    assert not _measure_of({"ナレッジ"}, reading_of("法務ナレッジを整備する"), book)
