"""A person taking part in something is measured by their own taking part, not by the organisation's figures."""

import pytest

import okrcoach


@pytest.mark.parametrize(
    ("text", "top"),
    [
        (
            "Volunteer at the food bank on Saturdays",
            "Volunteer at the food bank on Saturdays at least 8 times by the end of the quarter",
        ),
        (
            "Join a Tuesday-night pub quiz team",
            "Join a Tuesday-night pub quiz team and take part at least 8 times by the end of the quarter",
        ),
        ("フードバンクのボランティアに応募してみたい", "今期中にフードバンクのボランティアに応募し、8回以上活動する"),
        ("地域の見守り活動に参加する", "今期中に地域の見守り活動に8回以上参加する"),
    ],
)
def test_taking_part_is_counted_as_the_writers_own(text, top):
    got = okrcoach.suggest(text)
    assert got and got[0].text == top, got


@pytest.mark.parametrize(
    "text",
    [
        "Volunteer exit survey",  # "volunteer" as a noun
        "Sign up for the Red Cross first aid course",  # a course is finished or passed
        "Join the top tier of boutique strategy firms",  # an objective, not a person joining
        "財団の助成金に応募する",  # an organisation's application
    ],
)
def test_other_things_are_not_taking_part(text):
    assert not any(s.shape == "participation" for s in okrcoach.suggest(text))


def test_a_family_named_as_grandma_or_the_kids_gets_no_organisations_figure():
    for text in ("Get the kids' school forms sorted on Sunday nights", "Call grandma more often"):
        got = [s.metric for s in okrcoach.classify(text).suggestions]
        assert not any(m.split(".")[0] in ("school", "city", "nonprofit", "people") for m in got), (text, got)
