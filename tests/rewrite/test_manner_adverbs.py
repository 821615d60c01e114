"""A Japanese learning subject without the manner adverb a sheet glues to it (「ちゃんと」「しっかり」) or the
「について」 that introduces it: 「GA4ちゃんと勉強する」 is about GA4, not 「GA4ちゃん」."""

import pytest

from .helpers import top


@pytest.mark.parametrize(
    ("text", "expected", "broken"),
    [
        ("GA4ちゃんと勉強する", "GA4のオンライン講座", "ちゃん"),
        ("Notionの使い方をちゃんと覚える", "Notionでよく使う操作", "ちゃんと"),
        ("O3 - 陶芸でもっと上達する", "陶芸の作品", "もっ"),
        ("ジョブ理論についてちゃんと勉強したい", "ジョブ理論のオンライン講座", "について"),
        ("色彩とディスプレイのこと、ちゃんと学びたい🎨", "色彩とディスプレイのオンライン講座", "のこと"),
    ],
)
def test_the_subject_drops_the_adverb_and_about(text, expected, broken):
    got = top(text)
    assert expected in got and broken not in got
