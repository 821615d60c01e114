"""The metric catalog: enough metrics in every domain, and a bad file fails naming the file and key."""

import re

import pytest

from okrcoach.rewrite.catalog import CatalogError, catalog, magnitude, parse_domain

GOOD = """
domain = "sales"

[[metric]]
id = "win_rate"
en = "win rate"
ja = "受注率"
unit = "percent"
direction = "up"
baseline = "18%"
target = "25%"
baseline_ja = "18%"
target_ja = "25%"
counter_en = ""
counter_ja = ""
measured_en = "won deals divided by qualified opportunities closed"
measured_ja = "成約件数÷クローズした有効商談数"
cadence = "monthly"
perception = false
words_en = ["win rate", "close rate"]
words_ja = ["受注率", "成約率"]
"""


def test_good_domain_parses():
    (metric,) = parse_domain("metrics/sales.toml", GOOD)
    assert metric.key == "sales.win_rate"
    assert metric.values("ja") == ("18%", "25%") and metric.name("en") == "win rate"


@pytest.mark.parametrize(
    ("old", "new", "names"),
    [
        ('unit = "percent"', 'unit = "percentage"', "'unit'"),
        ('direction = "up"', 'direction = "upward"', "'direction'"),
        ('cadence = "monthly"', 'cadence = "sometimes"', "'cadence'"),
        ("perception = false", 'perception = "no"', "'perception'"),
        ('target = "25%"', 'target = "12%"', "'target'"),
        ('baseline = "18%"', 'baseline = "18"', "'baseline'"),
        ('words_en = ["win rate", "close rate"]', "words_en = []", "'words_en'"),
        ('id = "win_rate"', 'id = "Win Rate"', "'id'"),
        ('domain = "sales"', 'domain = "marketing"', "'domain'"),
        ('counter_ja = ""', 'counter_ja = ""\ncolour = "red"', "'colour'"),
        ('measured_ja = "成約件数÷クローズした有効商談数"\n', "", "'measured_ja'"),
    ],
)
def test_bad_value_or_key_fails_naming_file_and_key(old, new, names):
    assert old in GOOD
    with pytest.raises(CatalogError, match=re.escape("metrics/sales.toml")) as err:
        parse_domain("metrics/sales.toml", GOOD.replace(old, new))
    assert names in str(err.value)


def test_money_needs_the_languages_currency():
    text = GOOD.replace('unit = "percent"', 'unit = "money"').replace('"18%"', '"$1.2M"').replace('"25%"', '"$1.5M"')
    with pytest.raises(CatalogError, match="baseline_ja.*円"):
        parse_domain("metrics/sales.toml", text)


def test_repeated_id_fails():
    with pytest.raises(CatalogError, match="repeats 'win_rate'"):
        parse_domain("metrics/sales.toml", GOOD + GOOD.split("\n", 2)[2])


@pytest.mark.parametrize(
    ("value", "number"), [("$1.2M", 1.2e6), ("4,000万円", 4e7), ("1.8億円", 1.8e8), ("+12", 12), ("N3", 3)]
)
def test_magnitude(value, number):
    assert magnitude(value) == pytest.approx(number)


def test_the_bundled_catalog_is_large_and_spans_every_domain():
    metrics = catalog()
    domains = {m.domain for m in metrics.values()}
    assert len(metrics) >= 300
    assert len(domains) >= 18


def test_perception_metrics_are_surveys_and_counts_name_what_they_count():
    for metric in catalog().values():
        if metric.unit == "count":
            assert metric.counter_en and metric.counter_ja, metric.key
        if metric.unit == "money":
            assert "$" in metric.baseline and "円" in metric.baseline_ja, metric.key


def test_parsed_catalog_is_kept_in_the_user_cache_and_a_bad_copy_is_ignored(tmp_path, monkeypatch):
    from okrcoach.rewrite import catalog as module

    monkeypatch.setenv("OKRCOACH_CACHE", str(tmp_path))
    module.bundled_files.cache_clear()
    try:
        parsed = module.bundled_files()
        (kept,) = tmp_path.glob("catalog-*.json")
        module.bundled_files.cache_clear()
        assert module.bundled_files() == parsed  # read back from the JSON copy
        kept.write_text("[not json", "utf-8")
        module.bundled_files.cache_clear()
        assert module.bundled_files() == parsed  # a broken copy is parsed again from the TOML
        kept.write_text('[["metrics/elsewhere.toml", {}]]', "utf-8")
        module.bundled_files.cache_clear()
        assert module.bundled_files() == parsed  # a copy of other files is not used
    finally:
        module.bundled_files.cache_clear()


def test_a_japanese_name_that_says_its_period_does_not_repeat_it_in_its_values():
    # 「家族そろって過ごす時間（週あたり）を週4時間から…」 says the week twice
    for key, m in catalog().items():
        for per, unit in (("週あたり", "週"), ("月あたり", "月")):
            if per in m.ja:
                assert not m.baseline_ja.startswith(unit) and not m.target_ja.startswith(unit), key


def test_an_average_is_not_said_as_a_number_of_averages():
    from okrcoach.rewrite.angles import spoken_name
    from okrcoach.rewrite.phrasebook import phrasebook

    averages = [m for m in catalog().values() if m.unit == "count" and m.en.lower().startswith("average ")]
    assert averages
    for m in averages:
        assert not spoken_name(m, "en", phrasebook("en")).startswith("the number of"), m.key


@pytest.mark.parametrize(
    ("key", "said"),
    [("support.ticket_backlog", "open ticket backlog"), ("skills.places_visited", "the number of places visited")],
)
def test_a_mass_quantity_is_not_said_as_a_number_of_it(key, said):
    from okrcoach.rewrite.angles import spoken_name
    from okrcoach.rewrite.phrasebook import phrasebook

    metric = catalog()[key]
    assert spoken_name(metric, "en", phrasebook("en")).startswith(said)


def _hours(en: str, ja: str, values: tuple[str, str, str, str]) -> str:
    text = GOOD.replace('unit = "percent"', 'unit = "hours_per_week"')
    text = text.replace('en = "win rate"', f'en = "{en}"').replace('ja = "受注率"', f'ja = "{ja}"')
    for key, value in zip(("baseline", "target", "baseline_ja", "target_ja"), values, strict=True):
        text = text.replace(f'{key} = "{"18%" if key.startswith("baseline") else "25%"}"', f'{key} = "{value}"')
    return text


def test_a_value_that_repeats_the_period_its_name_says_fails():
    week = ("4 hours a week", "10 hours a week", "週4時間", "週10時間")
    assert parse_domain("metrics/sales.toml", _hours("time spent together", "家事時間", week))
    with pytest.raises(CatalogError, match="'baseline'.*says its period already"):
        parse_domain("metrics/sales.toml", _hours("hours a week spent together", "家事時間", week))
    with pytest.raises(CatalogError, match="'baseline_ja'.*says its period already"):
        parse_domain("metrics/sales.toml", _hours("time spent together", "1週間の家事時間", week))
