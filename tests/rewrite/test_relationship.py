"""A relationship to strengthen is shown by work done together with the other side, when nothing the statement
names says more."""

import pytest

import okrcoach


@pytest.mark.parametrize(
    ("text", "top"),
    [
        (
            "Strengthen our relationships with local schools",
            "Grow the number of local schools we did a joint project with from 2 to 5 by the end of the quarter",
        ),
        (
            "STRENGTHEN TIES WITH LOCAL SCHOOLS",
            "Grow the number of local schools we did a joint project with from 2 to 5 by the end of the quarter",
        ),
        (
            "Strengthen ties between the university and local employers",
            "Grow the number of local employers we did a joint project with from 2 to 5 by the end of the quarter",
        ),
        ("地域の医療機関との連携を深める", "今期中に地域の医療機関と共同で実施する企画を3件以上にする"),
    ],
)
def test_a_relationship_is_shown_by_joint_work(text, top):
    got = okrcoach.suggest(text)
    assert got and got[0].text == top, got


def test_a_metric_that_names_the_relationship_itself_stays_first():
    top = okrcoach.suggest("Strengthen the relationship between the union and plant management")[0]
    assert top.shape != "relationship" and "relationship" in top.text, top.text


def test_a_japanese_perception_objective_asks_the_team_its_subject_starts_with():
    top = okrcoach.suggest("経理業務をもっとスムーズに")[0].text
    assert "「経理業務はスムーズだ」と答える社員の割合" in top, top
