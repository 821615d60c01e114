import pytest

from okrcoach.checks import CHECKS, CRITERION_CHECKS, check, run_checks
from okrcoach.checks.registry import Hit
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
        check("has_measure", good=True, messages={lang: {"hit": "x", "miss": "y"} for lang in ("en", "ja")})(
            lambda view: None
        )


def test_registering_without_japanese_messages_is_refused():
    with pytest.raises(ValueError, match="'ja'"):
        check("new_check_without_ja", good=True, messages={"en": {"hit": "x", "miss": "y"}})(lambda view: None)


def test_a_new_check_is_one_decorated_function():
    @check("test_mentions_okr", good=True, messages={lang: {"hit": "{span}", "miss": "-"} for lang in ("en", "ja")})
    def mentions_okr(view):
        pos = view.norm.find("OKR")
        return Hit(pos, pos + 3) if pos >= 0 else None

    try:
        results = {r.id: r for r in run_checks(tokenize("Write the OKR guide", "en"))}
        assert results["test_mentions_okr"].fired and results["test_mentions_okr"].span == "OKR"
    finally:
        del CHECKS["test_mentions_okr"]


def test_spans_point_into_the_original_text_with_full_width_digits():
    results = {r.id: r for r in run_checks(tokenize("・新規顧客を１０社獲得する", "ja"))}
    m = results["has_measure"]
    assert "・新規顧客を１０社獲得する"[m.start : m.end] == m.span == "１０社"
