"""What round 59's blind grades asked for, where it is general (checked on statements other than the graded ones):
a skill learned from a person the writer names is practised alongside them and signed off, not taken as online
courses (but a language, YouTube or "from scratch" names no teacher); a sign language is shown in conversation with a
Deaf signer, and in Japanese by 手話技能検定, never by a CEFR exam; 「トライアウト」 is an event."""

import pytest

from okrcoach import classify
from okrcoach.rewrite.phrasebook import phrasebook
from okrcoach.rewrite.reading import read
from okrcoach.rewrite.taught import taught_angle

from .helpers import suggestions, top


def _taught(text: str):
    verdict = classify(text)
    return taught_angle(read(verdict), phrasebook(verdict.lang))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Learn bread scoring from Marco before the bakery opens", "Practise bread scoring alongside Marco"),
        ("I want to learn wheel throwing from my neighbour", "alongside my neighbour"),
        ("だし巻き卵を料理長から教わる", "料理長の指導でだし巻き卵を8回行い"),
        ("着付けを祖母に習いたい", "祖母の指導で着付けを8回行い"),
    ],
)
def test_a_skill_learned_from_a_person_is_practised_alongside_them(text, expected):
    got = top(text)
    assert expected in got
    assert not any("online course" in s or "オンライン講座" in s for s in suggestions(text))


@pytest.mark.parametrize(
    "text",
    [
        "Learn to bake sourdough from scratch",
        "Learn wire-wrapping from YouTube tutorials",
        "書道を一から習いたい",
        "ファンドレイジングを体系的に学ぶ",
    ],
)
def test_a_source_or_a_manner_is_no_teacher(text):
    assert _taught(text) is None


def test_a_language_learned_from_someone_keeps_its_own_measures():
    got = suggestions("Learn Spanish from my neighbour")
    assert not any("alongside" in s for s in got) and any("DELE" in s for s in got)


def test_a_sign_language_is_shown_in_conversation_with_a_deaf_signer():
    got = suggestions("Learn BSL so I can talk with my nephew")
    assert any("with a Deaf signer" in s for s in got)
    assert not any("CEFR" in s or "native speaker" in s for s in got)


def test_japanese_sign_language_is_passed_by_its_own_exam():
    got = suggestions("手話をちゃんと覚えたい")
    assert any("手話技能検定" in s for s in got) and not any("CEFR" in s for s in got)
    assert any("ろう者の方と手話で" in s for s in got)


def test_a_tryout_is_an_event():
    assert "参加者" in top("春のトライアウトを実施する")


def test_a_period_noted_in_brackets_is_the_deadline():
    assert top("梅の剪定を庭師さんから教わる（冬の休眠期間中に）").startswith("冬の休眠期間中に")
