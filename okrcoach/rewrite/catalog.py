"""The metric catalog: one TOML file per domain in metrics/, validated when it is loaded."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

UNITS = frozenset(
    "percent points money count ms seconds minutes hours days hours_per_month hours_per_week "
    "score rating level ratio steps kg km pages".split()
)
DIRECTIONS = frozenset({"up", "down"})
CADENCES = frozenset({"daily", "weekly", "monthly", "quarterly", "per_cycle"})
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TEXT_KEYS = (
    "id en ja unit direction baseline target baseline_ja target_ja counter_en counter_ja "
    "measured_en measured_ja cadence".split()
)
_LIST_KEYS = ("words_en", "words_ja")
_KEYS = frozenset(_TEXT_KEYS) | frozenset(_LIST_KEYS) | {"perception"}
_NUMBER = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?")
_SCALE = {"k": 1e3, "M": 1e6, "B": 1e9, "万": 1e4, "億": 1e8, "千": 1e3}


T = TypeVar("T")


class CatalogError(ValueError):
    """A metric file that breaks the schema; the message names the file and the key."""


@dataclass(frozen=True)
class Metric:
    """One metric a key result can name: its names, unit, good direction, example values and calling words."""

    domain: str
    id: str
    en: str
    ja: str
    unit: str
    direction: str
    baseline: str
    target: str
    baseline_ja: str
    target_ja: str
    counter_en: str
    counter_ja: str
    measured_en: str
    measured_ja: str
    cadence: str
    perception: bool
    words_en: tuple[str, ...]
    words_ja: tuple[str, ...]

    @property
    def key(self) -> str:
        """Return the catalog-wide id, "<domain>.<id>"."""
        return f"{self.domain}.{self.id}"

    def name(self, lang: str) -> str:
        """Return the metric's name as it reads mid-sentence in a language."""
        return self.ja if lang == "ja" else self.en

    def values(self, lang: str) -> tuple[str, str]:
        """Return the example baseline and target, written for a language."""
        return (self.baseline_ja, self.target_ja) if lang == "ja" else (self.baseline, self.target)

    def counter(self, lang: str) -> str:
        """Return what a count metric counts (the plural noun in English, the counter word in Japanese)."""
        return self.counter_ja if lang == "ja" else self.counter_en

    def words(self, lang: str) -> tuple[str, ...]:
        """Return the words that call this metric in a language."""
        return self.words_ja if lang == "ja" else self.words_en


def magnitude(value: str) -> float | None:
    """Return the number an example value stands for ("$1.2M" -> 1.2e6, "4,000万円" -> 4e7), None if none."""
    m = _NUMBER.search(value)
    if m is None:
        return None
    number = float(m.group().replace(",", "").replace("−", "-"))
    rest = value[m.end() :].lstrip()
    for suffix, scale in _SCALE.items():
        if rest.startswith(suffix):
            return number * scale
    return number


_PERIODS = {
    "en": tuple(
        (re.compile(rf"\b(?:a|per|each) {p}\b"), re.compile(rf"\b(?:a|per) {p}\b")) for p in ("week", "month", "day")
    ),
    "ja": ((re.compile(r"週"), re.compile(r"^週")), (re.compile(r"月(?!末|次)"), re.compile(r"^月"))),
}


def _check_value(where: str, key: str, value: str, unit: str, lang: str) -> None:
    """Fail when an example value does not read as its unit says (money, percent, a number at all)."""
    if unit in ("percent",) and "%" not in value:
        raise CatalogError(f"{where}: key {key!r} is {value!r}, a percent value needs '%'")
    if unit == "money" and lang == "en" and "$" not in value:
        raise CatalogError(f"{where}: key {key!r} is {value!r}, English money values are written in $")
    if unit == "money" and lang == "ja" and "円" not in value:
        raise CatalogError(f"{where}: key {key!r} is {value!r}, Japanese money values are written in 円/万円/億円")
    if unit not in ("level",) and magnitude(value) is None:
        raise CatalogError(f"{where}: key {key!r} is {value!r}, which holds no number")


def _check_period(where: str, key: str, value: str, name: str, lang: str) -> None:
    """Fail when an example value repeats the period its metric's name says already ("hours a week spent
    together ... from 4 hours a week", 「1週間の家事時間を週14時間から」)."""
    for said, again in _PERIODS[lang]:
        if said.search(name) and again.search(value):
            raise CatalogError(f"{where}: key {key!r} is {value!r}, but the name {name!r} says its period already")


def check_keys(where: str, table: str, raw: Any, keys: frozenset[str]) -> None:
    """Fail unless raw is a [[table]] holding exactly the given keys, naming the first unknown or missing one."""
    if not isinstance(raw, Mapping):
        raise CatalogError(f"{where}: each [[{table}]] must be a table")
    unknown = sorted(set(raw) - keys)
    if unknown:
        raise CatalogError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(keys))})")
    missing = sorted(keys - set(raw))
    if missing:
        raise CatalogError(f"{where}: missing key {missing[0]!r}")


def _metric(where: str, domain: str, raw: Any) -> Metric:
    check_keys(where, "metric", raw, _KEYS)
    for key in _TEXT_KEYS:
        if not isinstance(raw[key], str):
            raise CatalogError(f"{where}: key {key!r} must be a string, got {type(raw[key]).__name__}")
    for key in ("id", "en", "ja", "baseline", "target", "baseline_ja", "target_ja", "measured_en", "measured_ja"):
        if not raw[key].strip():
            raise CatalogError(f"{where}: key {key!r} is empty")
    if not _ID.match(raw["id"]):
        raise CatalogError(f"{where}: key 'id' is {raw['id']!r}, expected snake_case")
    where = f"{where} ({raw['id']})"
    if raw["unit"] not in UNITS:
        raise CatalogError(f"{where}: key 'unit' is {raw['unit']!r}, expected one of {', '.join(sorted(UNITS))}")
    if raw["direction"] not in DIRECTIONS:
        raise CatalogError(f"{where}: key 'direction' is {raw['direction']!r}, expected 'up' or 'down'")
    if raw["cadence"] not in CADENCES:
        raise CatalogError(
            f"{where}: key 'cadence' is {raw['cadence']!r}, expected one of {', '.join(sorted(CADENCES))}"
        )
    if not isinstance(raw["perception"], bool):
        raise CatalogError(f"{where}: key 'perception' must be true or false")
    for key in _LIST_KEYS:
        words = raw[key]
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise CatalogError(f"{where}: key {key!r} must be a non-empty list of words")
    for key, lang in (("baseline", "en"), ("target", "en"), ("baseline_ja", "ja"), ("target_ja", "ja")):
        _check_value(where, key, raw[key], raw["unit"], lang)
        _check_period(where, key, raw[key], raw[lang], lang)
    if raw["unit"] == "count" and not (raw["counter_en"].strip() and raw["counter_ja"].strip()):
        raise CatalogError(f"{where}: key 'counter_en'/'counter_ja' must name what a count metric counts")
    for suffix in ("", "_ja") if raw["unit"] != "level" else ():  # levels (N4 -> N3, A2 -> B1) do not order by number
        low, high = magnitude(raw["baseline" + suffix]), magnitude(raw["target" + suffix])
        if low is not None and high is not None and low != high and (high > low) != (raw["direction"] == "up"):
            raise CatalogError(
                f"{where}: key 'target{suffix}' ({raw['target' + suffix]}) moves against direction "
                f"{raw['direction']!r} from 'baseline{suffix}' ({raw['baseline' + suffix]})"
            )
    fields = {k: raw[k] for k in _TEXT_KEYS}
    return Metric(
        domain=domain,
        perception=raw["perception"],
        words_en=tuple(w.strip().lower() for w in raw["words_en"]),
        words_ja=tuple(w.strip() for w in raw["words_ja"]),
        **fields,
    )


def read_toml(name: str, text: str) -> dict[str, Any]:
    """Return a domain file's TOML as a dict; name is the file name, used in errors."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{name}: not valid TOML ({exc})") from None


@cache
def bundled_files() -> tuple[tuple[str, dict[str, Any]], ...]:
    """Every bundled domain file's name and TOML, read once for the metrics and the topics both.

    Parsing the TOML of a thousand metrics takes most of a second, so the parsed files are kept as JSON in
    the user cache (cache_dir(), as the models' fast copies are), named by the sha256 of the files' text: a
    changed file is parsed again, and a cache that cannot be read or written only costs that second.
    """
    folder = resources.files(__package__).joinpath("metrics")
    texts = [
        (f"metrics/{entry.name}", entry.read_text("utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".toml")
    ]
    digest = hashlib.sha256(json.dumps(texts, ensure_ascii=False).encode("utf-8")).hexdigest()
    kept = _read_parsed(digest, [name for name, _ in texts])
    if kept is not None:
        return kept
    parsed = tuple((name, read_toml(name, text)) for name, text in texts)
    _write_parsed(digest, parsed)
    return parsed


def _parsed_file(digest: str) -> Path:
    from ..model.artifact import cache_dir

    return cache_dir() / f"catalog-{digest}.json"


def _read_parsed(digest: str, names: list[str]) -> tuple[tuple[str, dict[str, Any]], ...] | None:
    try:
        raw = json.loads(_parsed_file(digest).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, list) or [item[0] if isinstance(item, list) else None for item in raw] != names:
        return None  # not what this version wrote: parse the files again
    return tuple((name, body) for name, body in raw)


def _write_parsed(digest: str, parsed: tuple[tuple[str, dict[str, Any]], ...]) -> None:
    try:
        target = _parsed_file(digest)
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=target.parent, suffix=".tmp", delete=False) as f:
            json.dump(parsed, f, ensure_ascii=False)
        os.replace(f.name, target)
    except OSError:
        pass  # a read-only home only costs speed, never correctness


def parse_domain(name: str, text: str) -> list[Metric]:
    """Return the metrics of one domain file's text; name is the file name, used in errors."""
    return domain_metrics(name, read_toml(name, text))


def domain_metrics(name: str, raw: dict[str, Any]) -> list[Metric]:
    """Return the metrics of one domain file's TOML; name is the file name, used in errors."""
    unknown = sorted(set(raw) - {"domain", "metric", "topic"})
    if unknown:
        raise CatalogError(f"{name}: unknown key {unknown[0]!r} (known: domain, metric, topic)")
    stem = name.rsplit("/", 1)[-1].removesuffix(".toml")
    if raw.get("domain") != stem:
        raise CatalogError(f"{name}: key 'domain' is {raw.get('domain')!r}, must equal the file name {stem!r}")
    entries = raw.get("metric")
    if not isinstance(entries, list) or not entries:
        raise CatalogError(f"{name}: key 'metric' must hold at least one [[metric]] table")
    return parse_entries(name, "metric", entries, lambda where, e: _metric(where, stem, e), lambda m: m.id)


def parse_entries(
    name: str, table: str, entries: list[Any], make: Callable[[str, Any], T], ident: Callable[[T], str]
) -> list[T]:
    """Return each [[table]] entry of a file made into its object, failing on an id that repeats."""
    out: list[T] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        item = make(f"{name}: {table}[{i}]", entry)
        if ident(item) in seen:
            raise CatalogError(f"{name}: {table}[{i}]: key 'id' repeats {ident(item)!r}")
        seen.add(ident(item))
        out.append(item)
    return out


@cache
def catalog() -> dict[str, Metric]:
    """Return the bundled metric catalog, loaded and validated once."""
    return {metric.key: metric for name, raw in bundled_files() for metric in domain_metrics(name, raw)}
