"""How good are the rewrites? Scored against metrics a person named by hand before any rewrite was made.

Reads data/rewrite_cases.csv (text, lang, label, acceptable: `|`-separated lower-case metric
phrases) and scores the top rewrite and the top three of every statement on five criteria:
no filler phrase, keeps the body's content words, names an acceptable metric, unit and direction
consistent with the chosen catalog metric, classified key_result. Also writes a blind grading
sheet and reports the hand grades recorded in data/rewrite_grades.csv.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CRITERIA = ("no_filler", "keeps_content", "acceptable_metric", "unit_direction", "key_result")
GRADING_SEED = 20261201
GRADING_PER_LANG = 60
_LABELS = ("key_result", "task", "objective")


class CasesError(ValueError):
    """A rewrite case or grade file that cannot be read; the message names the file and row."""


@dataclass(frozen=True)
class Case:
    """One hand-written rewrite case: a task or objective and the metric phrases a coach would accept."""

    text: str
    lang: str
    label: str
    acceptable: tuple[str, ...]


def fold(text: str) -> str:
    """Return text NFKC-normalised and lower-cased, as acceptable phrases are written."""
    return unicodedata.normalize("NFKC", text).lower()


def read_cases(path: Path) -> list[Case]:
    """Return the cases of a rewrite_cases.csv file, failing on the first bad row with its line number."""
    if not path.is_file():
        raise CasesError(f"{path}: no such file (rewrite cases: text,lang,label,acceptable)")
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"text", "lang", "label", "acceptable"} - set(reader.fieldnames or ())
        if missing:
            raise CasesError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        cases = []
        for row in reader:
            line = reader.line_num
            text, lang, label = (row["text"] or "").strip(), (row["lang"] or "").strip(), (row["label"] or "").strip()
            if not text:
                raise CasesError(f"{path}:{line}: empty text")
            if lang not in ("en", "ja"):
                raise CasesError(f"{path}:{line}: lang is {lang!r}, expected en or ja")
            if label not in _LABELS:
                raise CasesError(f"{path}:{line}: label is {label!r}, expected one of {', '.join(_LABELS)}")
            acceptable = tuple(p.strip() for p in (row["acceptable"] or "").split("|") if p.strip())
            if not acceptable:
                raise CasesError(f"{path}:{line}: no acceptable metric phrases")
            cases.append(Case(text, lang, label, tuple(fold(p) for p in acceptable)))
    return cases


def _banned() -> tuple[str, ...]:
    from ..rewrite.phrasebook import phrasebook

    return tuple(fold(p) for lang in ("en", "ja") for p in phrasebook(lang).banned)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def keeps_content(content: Sequence[str], rewrite: str) -> bool:
    """True when at least half of the body's content words appear in the rewrite (plural or not)."""
    if not content:
        return True
    low = fold(rewrite)
    kept = sum(1 for w in content if fold(w) in low or _stem(fold(w)) in low)
    return kept * 2 >= len(content)


def _numbers(text: str) -> list[float]:
    return [float(m.replace(",", "")) for m in re.findall(r"[-+]?\d[\d,]*(?:\.\d+)?", text)]


def unit_direction(metric_id: str, text: str, lang: str) -> bool:
    """True when the rewrite's values carry its metric's unit and move the metric's good way.

    A counted output ("output:...") needs a number; a catalog metric needs its unit mark and, when
    the sentence gives both a baseline and a target, the target on the metric's good side.
    """
    from ..rewrite.catalog import catalog, magnitude
    from ..rewrite.phrasebook import phrasebook

    if metric_id.startswith("output:"):
        return bool(re.search(r"\d", text))
    metric = catalog().get(metric_id)
    if metric is None:
        return False
    marks = phrasebook(lang).unit_marks.get(metric.unit)
    if marks and not any(m in fold(text) for m in marks):
        return False
    baseline, target = metric.values(lang)
    at_b, at_t = _at(baseline, text), _at(target, text)
    if at_b >= 0 and at_t >= 0 and metric.unit != "level":
        low, high = magnitude(baseline), magnitude(target)
        if low is not None and high is not None and low != high:
            moves_up = high > low if at_b < at_t else low > high
            return moves_up == (metric.direction == "up")
    return True


def _at(value: str, text: str) -> int:
    """Where an example value stands in a rewrite as a whole value ("2" is not the 2 of "12"), or -1."""
    m = re.search(rf"(?<![\d.,]){re.escape(fold(value))}(?![\d])", fold(text))
    return m.start() if m else -1


def _score_one(
    suggestion: Any, content: Sequence[str], case: Case, label: str, banned: tuple[str, ...]
) -> dict[str, bool]:
    text = suggestion.text
    low = fold(text)
    return {
        "no_filler": not any(b in low for b in banned),
        "keeps_content": keeps_content(content, text),
        "acceptable_metric": any(p in low for p in case.acceptable),
        "unit_direction": unit_direction(suggestion.metric, text, case.lang),
        "key_result": label == "key_result",
    }


def evaluate(cases: Sequence[Case]) -> dict[str, Any]:
    """Return, per language: n, each criterion's pass rate for the top rewrite, the share whose top rewrite
    passes all five, the share where one of the top three does, and examples of misses."""
    from ..api import classify_many
    from ..rewrite.reading import read

    banned = _banned()
    result: dict[str, Any] = {}
    for lang in ("en", "ja"):
        part = [c for c in cases if c.lang == lang]
        if not part:
            continue
        verdicts = classify_many([c.text for c in part], lang=lang, keep_views=True)
        tops = [v.suggestions[:3] for v in verdicts]
        flat = [s.text for ss in tops for s in ss]
        labels = iter(v.label for v in classify_many(flat, lang=lang)) if flat else iter(())
        passes = dict.fromkeys(CRITERIA, 0)
        all_top = any_three = empty = 0
        misses: list[dict[str, Any]] = []
        for case, verdict, suggestions in zip(part, verdicts, tops, strict=True):
            content = read(verdict).content
            scores = [_score_one(s, content, case, next(labels), banned) for s in suggestions]
            top = scores[0] if scores else dict.fromkeys(CRITERIA, False)
            empty += not scores  # no rewrite at all fails every criterion
            for key in CRITERIA:
                passes[key] += top[key]
            all_top += all(top.values())
            any_three += any(all(s.values()) for s in scores)
            if not all(top.values()) and len(misses) < 20:
                failed = [k for k in CRITERIA if not top[k]]
                misses.append({"text": case.text, "top": suggestions[0].text if suggestions else "", "failed": failed})
        n = len(part)
        result[lang] = {
            "n": n,
            "top1": {k: passes[k] / n for k in CRITERIA},
            "top1_all_five": all_top / n,
            "top3_any_all_five": any_three / n,
            "no_rewrite": empty / n,
            "misses": misses,
        }
    return result


def format_report(result: dict[str, Any]) -> str:
    """Return the rewrite evaluation as plain text."""
    lines = ["Rewrites of hand-written cases, scored against metrics named before any rewrite:"]
    for lang, r in result.items():
        rates = "  ".join(f"{k} {v:.1%}" for k, v in r["top1"].items())
        lines.append(f"  [{lang}] n={r['n']}  top-1: {rates}")
        lines.append(
            f"  [{lang}] top-1 passes all five {r['top1_all_five']:.1%}; "
            f"one of the top three passes all five {r['top3_any_all_five']:.1%}; "
            f"no rewrite {r['no_rewrite']:.1%} (counted as failing every criterion)"
        )
    for lang, r in result.items():
        if r["misses"]:
            lines.append(f"  [{lang}] some misses:")
            for m in r["misses"][:8]:
                lines.append(f"    - {m['text']}  ->  {m['top']}  (fails {', '.join(m['failed'])})")
    return "\n".join(lines)


def _cell(text: str) -> str:
    """A spreadsheet cell that cannot run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_grading_sheet(
    cases: Sequence[Case], path: Path, *, per_lang: int = GRADING_PER_LANG, seed: int = GRADING_SEED
) -> int:
    """Write a blind grading sheet: random tasks and objectives per language (the seed picks them), their top
    rewrite and an empty grade column (2 a coach would accept, 1 usable with edits, 0 bad); return its rows."""
    from ..api import classify_many

    rows: list[dict[str, str]] = []
    rng = random.Random(seed)
    for lang in ("en", "ja"):
        pool = [c for c in cases if c.lang == lang and c.label in ("task", "objective")]
        picked = rng.sample(pool, min(per_lang, len(pool)))
        verdicts = classify_many([c.text for c in picked], lang=lang, keep_views=True)
        for i, (case, verdict) in enumerate(zip(picked, verdicts, strict=True), 1):
            top = verdict.suggestions[0].text if verdict.suggestions else ""
            rows.append(
                {"id": f"{lang}-{i:03d}", "lang": lang, "text": _cell(case.text), "rewrite": _cell(top), "grade": ""}
            )
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "lang", "text", "rewrite", "grade"])
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def grade_rounds(path: Path) -> list[str]:
    """Return the rounds a grades file records, in the order they first appear ([""] without a round column)."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if "round" not in (reader.fieldnames or ()):
            return [""]
        return list(dict.fromkeys((row["round"] or "").strip() for row in reader))


def read_grades(path: Path, round_: str = "") -> dict[str, dict[str, float]]:
    """Return, per language, the number of graded rewrites, the mean grade and the share of zeros (of one
    round when the file records several: data/rewrite_grades_earlier.csv)."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if not {"lang", "grade"} <= set(reader.fieldnames or ()):
            raise CasesError(f"{path}: needs the columns lang and grade")
        grades: dict[str, list[int]] = {}
        for row in reader:
            if round_ and (row.get("round") or "").strip() != round_:
                continue
            grade = (row["grade"] or "").strip()
            if grade == "":
                continue
            if grade not in ("0", "1", "2"):
                raise CasesError(f"{path}:{reader.line_num}: grade is {grade!r}, expected 0, 1 or 2")
            grades.setdefault((row["lang"] or "").strip(), []).append(int(grade))
    return {
        lang: {"n": len(g), "mean": sum(g) / len(g), "zeros": g.count(0) / len(g)} for lang, g in sorted(grades.items())
    }


def read_best_of(path: Path) -> dict[str, dict[str, float]]:
    """Return, per language, the best grade among each statement's graded suggestions, as read_grades does for one
    round: for a file with a `position` column (every suggestion of a statement graded, data/rewrite_grades_top3.csv);
    empty for a file without one."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if "position" not in (reader.fieldnames or ()):
            return {}
        best: dict[tuple[str, str], int] = {}
        for row in reader:
            grade = (row["grade"] or "").strip()
            if grade in ("0", "1", "2"):
                key = ((row["lang"] or "").strip(), row["text"])
                best[key] = max(best.get(key, 0), int(grade))
    grades: dict[str, list[int]] = {}
    for (lang, _), g in best.items():
        grades.setdefault(lang, []).append(g)
    return {
        lang: {"n": len(g), "mean": sum(g) / len(g), "zeros": g.count(0) / len(g)} for lang, g in sorted(grades.items())
    }


def format_grades(grades: dict[str, dict[str, float]], round_: str = "") -> str:
    """Return the hand grades (of one round, when named) as plain text."""
    which = f", {round_}" if round_.startswith("best") else f", round {round_}" if round_ else ""
    lines = [f"Hand grades of top rewrites{which} (2 a coach would accept, 1 usable with edits, 0 bad):"]
    for lang, g in grades.items():
        lines.append(f"  [{lang}] n={g['n']:.0f}  mean {g['mean']:.2f} of 2  zeros {g['zeros']:.1%}")
    return "\n".join(lines)


def default_cases_path() -> Path:
    """Return data/rewrite_cases.csv of a source checkout."""
    return Path(__file__).resolve().parents[2] / "data" / "rewrite_cases.csv"


def default_grades_path() -> Path:
    """Return data/rewrite_grades.csv of a source checkout."""
    return Path(__file__).resolve().parents[2] / "data" / "rewrite_grades.csv"
