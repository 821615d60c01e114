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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Get the grant proposal approved by the trustees", "en"),
        ("Food licence granted for the new kiosk", "en"),
        ("Get my essay accepted by the student journal", "en"),
        ("Get shortlisted for the regional design awards", "en"),
        ("Win the county brass band cup", "en"),
        ("Earn my green belt in karate", "en"),
        ("Get a merit in the Level 3 diploma", "en"),
        ("Move my maths grade from a D to a B", "en"),
        ("Achieve an Outstanding rating at the next CQC inspection", "en"),
        ("Qualify for the regional finals", "en"),
        ("Make the county U12 squad", "en"),
        ("Obtain building consent for the garage conversion", "en"),
        ("Reach Top Rated Seller status on eBay", "en"),
        ("Our van passes its MOT first time", "en"),
        ("市の文化祭で入選する", "ja"),
        ("研究計画が倫理委員会で承認される", "ja"),
        ("補助金の交付決定を受ける", "ja"),
        ("期末の評価でA評価を取る", "ja"),
        ("書道で三段に合格する", "ja"),
        ("内部監査で指摘事項なし", "ja"),
    ],
)
def test_named_standard_fires_on_an_outside_verdict_an_award_or_a_grade(text, lang):
    assert fire("named_standard", text, lang) is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Build a parts catalogue with approved suppliers", "en"),
        ("Recruit two registered nurses for nights", "en"),
        ("Apply for the community arts award", "en"),
        ("Win more repeat customers", "en"),
        ("Get a good grade", "en"),
        ("Prepare for my brown belt grading", "en"),
        ("Make the partner programme easier to join", "en"),
        ("get into a good art school", "en"),
        ("Send weekly status updates to the board", "en"),
        ("学生に選ばれる大学になる", "ja"),
        ("かかりつけ薬局として地域に選ばれる", "ja"),
        ("Make sure Grandad feels less alone since Nan passed", "en"),
        ("内定者向けの研修を企画する", "ja"),
        ("安全意識を高める", "ja"),
    ],
)
def test_named_standard_is_silent_on_adjectives_wishes_and_steps_before_a_verdict(text, lang):
    assert fire("named_standard", text, lang) is None


@pytest.mark.parametrize(
    "text",
    [
        "Fitch rating upgrade to A-",
        "Sustainalytics ESG rating BB → A",
        "Get the flat's EPC rating up from D to B",
        "CDP Water score B",
        "Win Best New Restaurant at the city food awards",
        "Win a BAFTA for the short",
        "Get an 'exceeds expectations' rating in my annual review",
        "Move my French from A2 to B2",
        "Improve my Korean listening to JLPT N2",
        "Send a V5 boulder problem at the climbing wall",
    ],
)
def test_named_standard_fires_on_ratings_awards_and_levels_reached(text):
    assert fire("named_standard", text, "en") is not None


@pytest.mark.parametrize(
    "text", ["Review our credit rating methodology", "Improve the score card layout", "Win over the finance team"]
)
def test_named_standard_is_silent_on_ratings_and_wins_that_reach_nothing(text):
    assert fire("named_standard", text, "en") is None
