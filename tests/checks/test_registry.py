import pytest

from okrcoach.checks import CHECKS, CRITERION_CHECKS, check, run_checks
from okrcoach.tokens import tokenize

REQUIRED = {
    "has_measure",
    "has_baseline",
    "has_target",
    "has_deadline",
    "named_standard",
    "wish_form",
    "activity_verb",
    "vague_verb",
    "recurring_activity",
}


def test_every_required_check_is_registered():
    assert REQUIRED <= set(CHECKS)
    assert CRITERION_CHECKS <= set(CHECKS)


@pytest.mark.parametrize("check_id", sorted(CHECKS))
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_check_has_both_messages_in_both_languages(check_id, lang):
    messages = CHECKS[check_id].messages[lang]
    assert messages["hit"] and messages["miss"]


def test_registering_a_duplicate_id_is_refused():
    with pytest.raises(ValueError, match="registered twice"):
        check("has_measure")(lambda view: None)


def test_registering_a_check_without_a_record_is_refused():
    with pytest.raises(ValueError, match="no record for check 'new_check'"):
        check("new_check")(lambda view: None)


def test_a_fact_check_takes_no_function():
    with pytest.raises(ValueError, match="fact check"):
        check("has_deadline")(lambda view: None)


def test_a_logic_check_runs_its_function_only_when_its_condition_holds():
    # activity_verb runs only when no criterion fired (checks.toml: when = "no_criterion")
    assert CHECKS["activity_verb"].when == "no_criterion"
    assert CHECKS["activity_verb"].run(tokenize("Research competitor pricing", "en")).fired
    assert not CHECKS["activity_verb"].run(tokenize("Research 5 competitors", "en")).fired


def test_spans_point_into_the_original_text_with_full_width_digits():
    results = {r.id: r for r in run_checks(tokenize("・新規顧客を１０社獲得する", "ja"))}
    m = results["has_measure"]
    assert "・新規顧客を１０社獲得する"[m.start : m.end] == m.span == "１０社"
