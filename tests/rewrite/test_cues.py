"""A routine said by when it is done, not how often, is counted over its cycle when nothing else measures it;
a Japanese topic phrase is found in the casual form that leaves its particles out."""

import pytest

import okrcoach
from okrcoach.rewrite.cues import cued_routine
from okrcoach.rewrite.phrasebook import phrasebook
from okrcoach.rewrite.reading import read
from okrcoach.rewrite.respell import without_particles

from .helpers import top


def reading(text: str):
    verdict = okrcoach.classify(text)
    return read(verdict), phrasebook(verdict.lang)


@pytest.mark.parametrize(
    ("text", "cycle"),
    [
        ("read to the kids before bed instead of phones", "daily"),
        ("Do a stock check on the dairy aisle on mondays", "weekly"),
        ("週末にランニングする", "weekly"),
        ("寝る前に本を読む", "daily"),
    ],
)
def test_a_cue_of_when_makes_a_routine_of_its_cycle(text, cycle):
    r, book = reading(text)
    routine = cued_routine(r, book)
    assert routine is not None and routine.habit == cycle


def test_the_cue_stays_in_the_rewrite_and_the_days_are_counted():
    text = top("read to the kids before bed instead of phones")
    assert text.startswith("Read to the kids before bed") and "of the 90 days" in text, text
    assert "13週中11週、週末にランニングする" in top("週末にランニングする")


def test_a_vague_frequency_is_left_out_and_kept_up_week_by_week():
    r, book = reading("Call customers back more often instead of emailing")
    routine = cued_routine(r, book)
    assert routine is not None and routine.habit == "weekly" and "more often" not in routine.action
    assert "more often" not in top("call tom more often")


@pytest.mark.parametrize("text", ["Start journaling before bed", "朝ラン始める"])
def test_starting_a_routine_is_not_the_routine(text):
    r, book = reading(text)
    assert cued_routine(r, book) is None


def test_a_statement_with_no_cue_is_no_routine():
    r, book = reading("Sort out childcare for the autumn term")
    assert cued_routine(r, book) is None


def test_a_measured_statement_keeps_its_metric_before_any_cue():
    # a catalog metric fits: the cue does not turn it into a routine
    assert "days" not in top("Answer support tickets faster in the evenings").split("in the evenings")[-1][:12]


@pytest.mark.parametrize(
    ("phrase", "casual"),
    [
        ("ランニングを再開", "ランニング再開"),
        ("メンタルの安定", "メンタル安定"),
        ("体力が落ち", "体力落ち"),
        ("朝の会", "朝の会"),
    ],
)
def test_the_casual_form_leaves_the_particles_out_of_a_long_enough_phrase(phrase, casual):
    assert without_particles(phrase) == casual


def test_a_casual_phrase_calls_its_topic_when_nothing_else_does():
    assert "ランニング回数" in top("ランニング再開！🏃‍♀️")
    text = top("🎹ピアノ再開したい！")
    assert "ピアノ" in text and "再開し、" not in text, text  # the phrase holds the verb: no action before it


def test_a_quality_said_as_an_adjective_is_read_as_its_noun_when_nothing_else_is_found():
    from okrcoach.rewrite.respell import quality_noun

    book = phrasebook("en")
    assert quality_noun("safer", book) == "safety" and quality_noun("sites", book) == "sites"
    assert "injur" in top("Objective 2: Safer job sites")
    assert "WCAG" in top("Accessible by default")


def test_the_noun_reading_is_only_a_last_resort():
    # a statement whose words already call a metric keeps it ("reliable" is not read as "reliability" first)
    assert "get-togethers" in top("Be more relyable friend")


def test_a_home_of_ones_own_is_a_household():
    assert "review sites" not in top("Make our flat feel like home")


def test_a_japanese_phrase_whose_words_stand_in_order_with_others_between_calls_its_topic():
    from okrcoach.rewrite.topics import lemma_match

    r, _ = reading("ものづくりの品質と生産性を両立させる")
    found = lemma_match(r)
    assert found is not None and found[0].key == "operations.manufacturing_quality"
    assert "不良率" in top("ものづくりの品質と生産性を両立させる")


def test_the_word_order_match_is_japanese_only_and_needs_the_order():
    from okrcoach.rewrite.topics import lemma_match

    assert lemma_match(reading("Reduce churn among small accounts")[0]) is None
    r, _ = reading("生産性と品質のものづくり")  # the phrase's words, but not in its order and not near
    assert lemma_match(r) is None or lemma_match(r)[0].key != "operations.manufacturing_quality"


def test_the_word_order_match_never_replaces_an_angle_found_otherwise():
    # a routine its cue says stays first even though a topic phrase's words stand in it
    assert "13週中11週、週末に家族で料理する" in top("週末に家族で料理したい")


def test_a_team_named_before_a_hyphen_is_a_tag_but_an_action_on_a_team_is_not():
    assert top("Year 9 team - Raise attendance").startswith("Raise attendance")
    assert okrcoach.classify("Build the data team - hire 2 analysts").body.startswith("Build the data team")


@pytest.mark.parametrize(
    ("text", "verb"), [("Pack up the garage", "pack up"), ("track spending", "track"), ("Play more on Lichess", "play")]
)
def test_a_sheet_instruction_opens_with_its_verb(text, verb):
    assert reading(text)[0].verb == verb


def test_a_booking_is_not_read_as_a_book_to_finish():
    assert not top("Book driving lessons").startswith("Finish Book")


def test_a_commute_switched_from_the_car_is_a_daily_routine():
    from okrcoach.rewrite.cues import cued_routine
    from okrcoach.rewrite.phrasebook import phrasebook
    from okrcoach.rewrite.reading import read

    reading = read(okrcoach.classify("Cycle to the office instead of driving"))
    routine = cued_routine(reading, phrasebook("en"))
    assert routine is not None and routine.habit == "daily"
