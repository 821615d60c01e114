import pytest

from tests.conftest import fire


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pass JLPT N3", "en"),
        ("Obtain the AWS Solutions Architect certification", "en"),
        ("Pass the SOC 2 Type II audit with zero major findings", "en"),
        ("Get CKA certified", "en"),
        ("Pass the Salesforce Admin cert", "en"),
        ("日本語能力試験N3に合格する", "ja"),
        ("簿記2級に合格する", "ja"),
        ("AWS認定資格を取得する", "ja"),
        ("公募新人賞の一次選考を通過する", "ja"),  # a selection round passed is pass/fail
    ],
)
def test_named_standard_fires_on_exams_certifications_audits(text, lang):
    assert fire("named_standard", text, lang) is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Complete the onboarding course", "en"),
        ("Pass on knowledge to new hires", "en"),
        ("Study for the exam", "en"),
        ("SEOを学びたい", "ja"),
        ("試験勉強をする", "ja"),
    ],
)
def test_named_standard_needs_a_pass_or_an_award(text, lang):
    assert fire("named_standard", text, lang) is None


@pytest.mark.parametrize(
    "text",
    [
        "Study for the Certified Payroll Professional exam",
        "Prepare for the ISA certification exam by May",
        "revise for my accredited mediator assessment",
    ],
)
def test_named_standard_is_silent_on_a_certification_studied_for(text):
    assert fire("named_standard", text, "en") is None


@pytest.mark.parametrize(
    "text", ["Study for and pass the AWS certification", "Prepare for and get certified as a PMP", "Get CKA certified"]
)
def test_named_standard_fires_when_passing_follows_the_studying(text):
    assert fire("named_standard", text, "en") is not None
