"""Topics: goals written in everyday words, the metrics that measure them, and how a statement calls one."""

import re

import pytest

import okrcoach
from okrcoach.rewrite.catalog import CatalogError, catalog
from okrcoach.rewrite.reading import read
from okrcoach.rewrite.topics import parse_topics, topic_of, topics

GOOD = """
domain = "health"

[[topic]]
id = "fitness"
words_en = ["get in shape", "fitness"]
words_ja = ["体力づくり", "運動不足"]
metrics = ["workouts_per_week", "health.five_k_time"]
"""


def test_good_topic_parses_and_names_catalog_keys():
    (topic,) = parse_topics("metrics/health.toml", GOOD, catalog())
    assert topic.key == "health.fitness"
    assert topic.metrics == ("health.workouts_per_week", "health.five_k_time")


@pytest.mark.parametrize(
    ("old", "new", "names"),
    [
        ('"workouts_per_week", ', '"no_such_metric", ', "'health.no_such_metric'"),
        ('words_en = ["get in shape", "fitness"]', "words_en = []", "'words_en'"),
        ('id = "fitness"', 'id = "Fitness!"', "'id'"),
        ('metrics = ["workouts_per_week", "health.five_k_time"]', 'metrics = ["workouts_per_week"] * 2', "TOML"),
        (
            'metrics = ["workouts_per_week", "health.five_k_time"]',
            'metrics = ["workouts_per_week", "workouts_per_week"]',
            "twice",
        ),
        ('id = "fitness"', 'id = "fitness"\ncolour = "red"', "'colour'"),
    ],
)
def test_bad_topic_fails_naming_file_and_key(old, new, names):
    assert old in GOOD
    with pytest.raises(CatalogError, match=re.escape("metrics/health.toml")) as err:
        parse_topics("metrics/health.toml", GOOD.replace(old, new), catalog())
    assert names in str(err.value)


def test_bundled_topics_span_every_domain_with_two_or_three_metrics_each():
    found = topics()
    assert len(found) >= 300
    assert {t.key.split(".")[0] for t in found} == {m.domain for m in catalog().values()}
    for topic in found:
        assert 2 <= len(topic.metrics) <= 3 or topic.key.startswith("language."), topic.key
        assert topic.words_en and topic.words_ja


def _topic(text: str) -> str | None:
    found = topic_of(read(okrcoach.classify(text)))
    return found.key if found else None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Get in shape", "health.fitness"),
        ("I want to get fitter this year", "health.fitness"),
        ("運動不足を解消する", "health.fitness"),
        ("Healthier Cash Position", "finance.cash_position"),
        ("資金繰りの安定化", "finance.cash_position"),
    ],
)
def test_a_goal_in_everyday_words_calls_its_topic(text, key):
    assert _topic(text) == key


def test_english_phrases_stand_as_whole_words():
    assert _topic("Reach product-market fit") != "health.fitness"


def test_japanese_phrases_match_whatever_the_letter_case():
    (topic,) = parse_topics("metrics/health.toml", GOOD.replace("体力づくり", "DX体力"), catalog())
    assert "dx体力" in topic.words_ja


def test_a_topic_gives_an_objective_metric_rewrites_with_different_metrics():
    suggestions = okrcoach.classify("Get my finances in order").suggestions
    assert len(suggestions) == 3
    assert len({s.metric for s in suggestions}) == 3
    assert all(s.metric in catalog() for s in suggestions)


def test_a_metric_the_statement_names_comes_before_any_topic():
    top = okrcoach.classify("Cut first response time").suggestions[0]
    assert top.metric == "support.first_response_time"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # one word names a metric, a phrase of several calls the topic: the topic says what it is about
        ("Fewer children going into care far from home", "city.children_placed_locally"),
        # a phrase of two words names the metric: it stays
        ("Quarantine flaky tests in the CI pipeline", "engineering.flaky_test_rate"),
    ],
)
def test_a_topic_called_by_a_longer_phrase_beats_a_metric_one_word_names(text, metric):
    assert okrcoach.suggest(text)[0].metric == metric


@pytest.mark.parametrize(
    ("value", "zero"), [("12社", "0社"), ("1.8%", "0%"), ("$25k", "$0"), ("40 hours", "0 hours"), ("3.2億円", "0円")]
)
def test_zero_keeps_the_unit(value, zero):
    from okrcoach.rewrite.angles import _zero

    assert _zero(value) == zero


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Launch a support chatbot", "get the chatbot resolution rate to "),
        ("Start an emergency fund", "get the emergency fund to $"),
        ("高齢者の見守りネットワークを作りたい", "以上にする"),
    ],
)
def test_something_started_now_has_a_target_and_no_value_today(text, says):
    top = okrcoach.classify(text).suggestions[0]
    assert says in top.text
    assert "from " not in top.text and "から" not in top.text  # not "from 0%", not "$2,000" it never had


def test_the_team_a_sheet_tags_a_statement_with_is_read_when_its_words_call_no_topic():
    from okrcoach.rewrite.reading import team_of
    from okrcoach.rewrite.topics import topic_match

    assert team_of("[P1] Field Marketing:") == "Field Marketing"
    assert team_of("🎯 Objective 1:") == team_of("KR 1.2:") == team_of("（担当：佐藤）") == ""
    reading = read(okrcoach.classify("Supply Chain – Build Resilience Against Disruptions"))
    assert reading.team == "Supply Chain"
    assert topic_match(reading)[0].key == "operations.resilient_supply"


def test_a_comparative_opening_a_noun_phrase_points_to_no_domain():
    # "Stronger" is a direction here, not strength training: the brand's metric stands
    top = okrcoach.suggest("O2. Stronger brand awareness in the Midwest")[0].text
    assert "brand awareness" in top, top


def test_a_phrase_whose_last_word_modifies_the_next_does_not_stand():
    # "more energy | efficient" is about efficiency; "more energy in the afternoons" is about rest
    got = [s.metric for s in okrcoach.classify("Make the house more energy efficient").suggestions]
    assert not any(m.startswith("health.") for m in got), got
    got = [s.metric for s in okrcoach.classify("Have more energy in the afternoons").suggestions]
    assert got and got[0].startswith("health."), got
