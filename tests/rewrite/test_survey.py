"""A perception objective with no metric named is measured by the people it is for: the share who say, in a
survey, what the writer wants them to find, asked in the statement's own words (never the whole statement)."""

import pytest

import okrcoach
from okrcoach.rewrite.phrasebook import phrasebook
from okrcoach.rewrite.reading import read


def _question(text):
    verdict = okrcoach.classify(text)
    reading = read(verdict)
    if verdict.lang == "ja":
        from okrcoach.lang.ja.survey import question
    else:
        from okrcoach.lang.en.survey import question
    return question(reading, phrasebook(verdict.lang))


@pytest.mark.parametrize(
    ("text", "group", "item"),
    [
        ("Make our lab a more collaborative place", "lab members", "the lab is collaborative"),
        ("Keep the lab a kind place to work", "lab members", "the lab is a kind place to work"),
        ("People team - promotions that feel fair", "employees", "promotions are fair"),
        (
            "Make it easier for residents to deal with the council online",
            "residents",
            "it is easy to deal with the council online",
        ),
        ("A more welcoming front desk", "guests", "the front desk is welcoming"),
        ("Safe, welcoming space for new members", "new members", "the space is safe and welcoming"),
        ("A WARD WHERE FAMILIES FEEL INFORMED", "families", "they feel informed"),
        ("Library: be a welcoming place for teens after school", "teens", "the library is a welcoming place"),
        ("Be a welcoming team for new hires", "new hires", "the team is welcoming"),
        ("Customers should feel heard, not processed", "customers", "they feel heard"),
        ("O3 – Patients and families feel heard", "patients and families", "they feel heard"),
        ("Be the clinic families recommend", "families", "they would recommend the clinic"),
        ("Be the analyst the coaching staff actually rely on", "coaching staff", "they rely on the analyst"),
    ],
)
def test_an_english_perception_objective_becomes_a_question(text, group, item):
    assert _question(text) == (group, item)


@pytest.mark.parametrize(
    ("text", "group", "item"),
    [
        ("市民にとって使いやすい市役所へ", "市民", "市役所は使いやすい"),
        ("総務：オフィスをもっと快適に", "社員", "オフィスは快適だ"),
        ("子どもたちにとって居心地のいい学童保育にしていく", "子どもたち", "学童保育は居心地がいい"),
        ("法務：事業部にとって頼れる相談相手になる", "事業部の社員", "頼れる相談相手だ"),
        ("情シス：社員がITで困らない環境づくり", "社員", "ITで困らない環境だ"),
        ("スタッフが誇りを持って働ける店舗にする", "スタッフ", "誇りを持って働ける店舗だ"),
        ("取引先から信頼される支払いプロセスにする", "取引先", "信頼される支払いプロセスだ"),
        ("クラスみんなが安心して過ごせる学級にする", "生徒", "安心して過ごせる学級だ"),
    ],
)
def test_a_japanese_perception_objective_becomes_a_question(text, group, item):
    assert _question(text) == (group, item)


@pytest.mark.parametrize(
    "text",
    [
        "Make the shelter a calmer place for the dogs",  # dogs answer no survey
        "Our home feels tidy and organized",  # the writer's own household
        "Grow revenue in the Nordics",  # no quality anyone is asked about
        "Make the checkout faster",  # speed is measured, not asked
        "Be A Place Where Engineers Love To Ship",  # no reading of who judges what: none made up
        "家族みんなが気持ちよく暮らせる家にする",  # the writer's own family
        "投資家に選ばれる会社になる",  # being chosen is counted, not asked
        "学生が自走できるラボにする",  # what people can do is shown by what they do, not asked
        "すべての生徒が自分から質問できるクラスにする",
        "🎯 行かなくていい市役所へ",  # what people need not do is counted in what they do
        "売上を伸ばす",
    ],
)
def test_no_question_without_a_quality_and_someone_to_ask(text):
    assert _question(text) is None


def test_the_question_leads_only_when_no_metric_is_called_by_the_statement():
    top = okrcoach.suggest("総務：オフィスをもっと快適に")[0]
    assert top.shape == "survey"
    assert top.text.startswith("今期末までに、アンケートで「オフィスは快適だ」と答える社員の割合を")
    # a metric the writer's words call comes first: the survey does not push it down
    named = okrcoach.suggest("Build a team culture where people feel safe to speak up")
    assert named[0].shape != "survey"


def test_what_follows_a_spaced_dash_is_not_asked():
    s = okrcoach.suggest("Residents feel at home here - not like they're in an institution")[0]
    assert s.shape == "survey"
    assert "who say they feel at home here in the quarterly survey" in s.text
    assert "institution" not in s.text


def test_an_honorific_goes_with_its_noun_in_the_question():
    s = okrcoach.suggest("お客様にとって買い物が楽しいお店")[0]
    assert "「お店は買い物が楽しい」と答えるお客様の割合" in s.text


def test_the_question_keeps_the_writers_deadline_and_marks_its_values_as_slots():
    s = okrcoach.suggest("Make our lab a more collaborative place by June")[0]
    assert "in the quarterly survey from 50% to 70% by June" in s.text
    assert {slot.name for slot in s.slots} >= {"baseline", "target", "cadence"}


@pytest.mark.parametrize(
    "text",
    [
        "Give guests a stay they rave about",
        "Build A World-Class Customer Success Function",
        "Write code we're proud of",
    ],
)
def test_an_objective_about_how_people_find_it_is_not_pasted_before_its_metric(text):
    top = okrcoach.suggest(text)[0].text
    assert not top.lower().startswith(text.lower()[:12]), top  # the metric's change alone, no clause with a date


def test_a_place_that_runs_on_into_another_noun_phrase_is_not_added_to_the_metric():
    top = okrcoach.suggest("Give every young person in the program a trusted adult")[0].text
    assert "a trusted adult" not in top, top
    top = okrcoach.suggest("Staff feel safe to speak up about near misses")[0].text
    assert "speak up near misses" not in top, top


def test_a_survey_metric_that_says_the_statements_own_words_stays_first():
    top = okrcoach.suggest("すべての子どもが居場所を感じられるクラスにする。")[0]
    assert top.shape != "survey" and "居場所" in top.text, top.text


def test_a_way_of_living_or_playing_is_asked_of_the_people_named():
    import okrcoach as _okr

    got = _okr.classify("利用者さんが自分らしく暮らせる施設に").suggestions
    assert got and "「自分らしく暮らせる施設だ」と答える利用者さんの割合" in got[0].text


def test_how_people_leave_is_asked_of_them():
    import okrcoach as _okr

    got = _okr.classify("Patients leave feeling heard").suggestions
    assert got and got[0].text.startswith("Raise the share of patients who say they leave feeling heard")


def test_something_a_group_enjoys_is_read_as_their_regard():
    from okrcoach.lang.en.survey import _patterns
    from okrcoach.rewrite.phrasebook import phrasebook

    shapes = dict(_patterns(phrasebook("en")))
    m = shapes["something"].match("make maths something the pupils actually enjoy")
    assert m is not None and (m.group("subject"), m.group("group"), m.group("regard")) == ("maths", "pupils", "enjoy")
