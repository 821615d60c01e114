"""How the writer feels is rated by the writer, weekly, out of 10: only for the writer's own feeling, named by a
feeling word the phrasebook knows; other people's feelings are asked of them, and a thing is not a feeling."""

import pytest

import okrcoach


@pytest.mark.parametrize(
    ("text", "top"),
    [
        (
            "Less stress, more joy",
            "Bring my weekly self-rating of stress down from 7/10 to 4/10 by the end of the quarter",
        ),
        (
            "Be more present with Sam",
            "Raise my weekly self-rating of how present I am with Sam from 4/10 to 7/10 by the end of the quarter",
        ),
        (
            "Me: energy that lasts past 3pm",
            "Raise my weekly self-rating of energy from 4/10 to 7/10 by the end of the quarter",
        ),
        ("心に余裕のある親でいる", "今期末までに、毎週の自己評価（10段階）で心の余裕を4から7に上げる"),
    ],
)
def test_the_writers_own_feeling_is_rated_by_the_writer(text, top):
    got = okrcoach.suggest(text)
    assert got and got[0].text == top, got
    assert {s.name for s in got[0].slots} >= {"baseline", "target"}


@pytest.mark.parametrize(
    "text",
    [
        "A calm, orderly start to every school day",  # the pupils' day
        "Bring joy back into the editor",  # a product
        "Calm, low-stress cattle at weaning",  # animals
        "Less stress for the support team",  # a team's, asked in a survey
        "Become a confident sight-reader on piano",  # a skill, learned
    ],
)
def test_a_feeling_that_is_not_the_writers_is_not_self_rated(text):
    assert not any(s.shape.startswith("selfcheck") for s in okrcoach.suggest(text))
