"""The rewrite data: both languages load, every template names its metric, and bad data fails naming file and key."""

import re
from importlib import resources

import pytest

from okrcoach.rewrite.catalog import catalog
from okrcoach.rewrite.phrasebook import PhrasebookError, parse, phrasebook
from okrcoach.rewrite.render import placeholders

LANGS = ("en", "ja")
# what a template may fill: the writer's words, a metric's words, and example values (slots)
KNOWN = {
    "party",
    "action",
    "via",
    "offer",
    "take",
    "act",
    "Act",
    "person",
    "doing",
    "topic",
    "teacher",
    "certificate",
    "skill",
    "prep",
    "option_a",
    "option_b",
    "old",
    "course",
    "route",
    "book",
    "piece",
    "self",
    "Person",
    "Action",
    "events",
    "event",
    "passed",
    "scope",
    "new",
    "period",
    "the",
    "versus",
    "spent",
    "Doing",
    "object",
    "Verb",
    "verb",
    "gerund",
    "core",
    "Core",
    "purpose",
    "thing",
    "how",
    "rest",
    "statement",
    "deadline",
    "link",
    "sentence",
    "metric",
    "change",
    "Change",
    "reach",
    "cadence",
    "baseline",
    "target",
    "count",
    "count2",
    "total",
    "counter",
    "done",
    "subject",
    "language",
    "exam_goal",
    "exam",
    "level",
    "who",
    "group",
    "item",
    "feeling",
    "place",
    "when",
    "what",
    "tool",
    "quality",
    "ensemble",
    "instrument",
    "order",
    "written",
    "places",
    "first",
    "audience",
    "animal",
}


def _source(lang: str) -> str:
    return resources.files("okrcoach.lang").joinpath(lang, "rewrite.toml").read_text("utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_no_template_contains_a_banned_filler_phrase(lang):
    book = phrasebook(lang)
    banned = [p.lower() for lang_ in LANGS for p in phrasebook(lang_).banned]
    offenders = [(t, b) for t in book.every_template() for b in banned if b in t.lower()]
    assert not offenders


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_fills_only_known_names(lang):
    for template in phrasebook(lang).every_template():
        assert set(placeholders(template)) <= KNOWN, template


@pytest.mark.parametrize("lang", LANGS)
def test_every_metric_the_data_names_is_in_the_catalog_or_a_counted_output(lang):
    book = phrasebook(lang)
    named = [m for f in book.families.values() for m in f.metrics]
    for kind in book.learning_kinds:
        named += (
            [*kind.metrics, *(e[2] for e in kind.exams.values()), kind.default_exam[2]]
            if kind.exams
            else list(kind.metrics)
        )
    for metric in named:
        assert metric.startswith("output:") or metric in catalog(), metric


@pytest.mark.parametrize("lang", LANGS)
def test_metric_templates_name_the_metric(lang):
    t = phrasebook(lang).templates
    for key in ("change", "reach", "action_change"):
        assert "{metric}" in t[key]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("\n[banned]\n", "\n[banned]\ncolour = 1\n", "banned.colour"),
        ("[fixes]", "[fixez]", "[fixez]"),
        ('change = "', 'change = 3\nold_change = "', "templates.change"),
        ("[families.ship]\nverbs", "[families.ship]\nverbz", "families.ship"),
        ("\n[units]\n", '\n[units]\nfurlongs = ["fur"]\n', "units.furlongs"),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_bad_data_fails_naming_file_and_key(lang, old, new, message):
    source = _source(lang)
    assert old in source
    with pytest.raises(PhrasebookError, match=re.escape(f"templates/{lang}.toml")) as err:
        parse(lang, f"templates/{lang}.toml", source.replace(old, new, 1))
    assert message in str(err.value)


def test_a_bad_pattern_fails_at_load():
    source = _source("en").replace('link = "', 'link = "(', 1)
    with pytest.raises(PhrasebookError, match="reading.link"):
        parse("en", "templates/en.toml", source)
