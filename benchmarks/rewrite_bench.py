"""okrcoach rewrites alone: CPU time per statement, a profile of it, and a dump of every rewrite to diff.

Run from a source checkout:
    python benchmarks/rewrite_bench.py [--n 3000] [--rounds 3]     # CPU ms per rewritten statement
    python benchmarks/rewrite_bench.py --profile [--n 3000]         # cProfile of one round, top 30
    python benchmarks/rewrite_bench.py --dump out.jsonl             # every statement's label and rewrites

The timed statements are n of data/statements.csv, half English and half Japanese (the first in file
order), that the model does not read as key results, so each one gets three rewrites rather than a sharpened copy. The
catalog, topics and phrasebooks are loaded by a warm-up on other statements first; each round
classifies afresh (not timed) and then times only the rewrites, in CPU time (time.process_time), so a
busy shared machine disturbs it less than wall time; garbage is collected before each round, as a full
collection during one costs a large share of it. Compare runs by the ratio of their figures.

The dump covers data/statements.csv, data/rewrite_cases.csv and data/field.csv and statements varied
as in a sheet (benchmarks/bench.py): one JSON line per statement with its label and every rewrite
(text, slots, fixes, shape, metric). Two dumps must be byte-identical when only speed was changed.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import gc
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench import varied_statements  # noqa: E402

import okrcoach  # noqa: E402
from okrcoach.verdict import Suggestion, Verdict  # noqa: E402

DATA = ROOT / "data"


def _texts(name: str) -> list[str]:
    """The statements of a data file, in file order."""
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return [row["text"] for row in csv.DictReader(fh)]


def timed_statements(n: int) -> tuple[list[str], list[str]]:
    """n statements of data/statements.csv that are not key results, half of each language (the first in
    file order), and some others to warm up on."""
    texts = _texts("statements.csv")
    verdicts = okrcoach.classify_many(texts)
    timed: list[str] = []
    warm: list[str] = []
    for lang, count in (("en", n - n // 2), ("ja", n // 2)):
        chosen = [v.text for v in verdicts if v.label != "key_result" and v.lang == lang]
        timed += chosen[:count]
        warm += chosen[count : count + 100]
    return timed, warm


def rewrite_cpu(texts: list[str]) -> float:
    """Classify the texts afresh, then return the CPU seconds their rewrites take."""
    verdicts = okrcoach.classify_many(texts, keep_views=True)
    gc.collect()  # the classifying's garbage is not collected on the rewrites' time
    start = time.process_time()
    for v in verdicts:
        _ = v.suggestions
    return time.process_time() - start


def profile(texts: list[str], top: int) -> None:
    """Print the cProfile of the texts' rewrites, by cumulative and by own time."""
    verdicts = okrcoach.classify_many(texts, keep_views=True)
    prof = cProfile.Profile()
    prof.enable()
    for v in verdicts:
        _ = v.suggestions
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def _suggestion(s: Suggestion) -> dict[str, object]:
    return {
        "text": s.text,
        "metric": s.metric,
        "shape": s.shape,
        "fixes": list(s.fixes),
        "slots": [[x.name, x.value, x.start, x.end] for x in s.slots],
    }


def _record(v: Verdict) -> str:
    return json.dumps(
        {"text": v.text, "label": v.label, "suggestions": [_suggestion(s) for s in v.suggestions]},
        ensure_ascii=False,
    )


def dump(path: Path) -> int:
    """Write every statement's label and rewrites to path, one JSON line each; return how many."""
    texts = _texts("statements.csv") + _texts("rewrite_cases.csv") + _texts("field.csv")
    texts += varied_statements("en", 2000, 3) + varied_statements("ja", 2000, 3)
    with path.open("w", encoding="utf-8") as fh:
        for start in range(0, len(texts), 2000):
            for v in okrcoach.classify_many(texts[start : start + 2000], keep_views=True):
                fh.write(_record(v) + "\n")
    return len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="statements timed")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one round")
    parser.add_argument("--top", type=int, default=30, help="rows of the profile")
    parser.add_argument("--dump", type=Path, help="write every statement's rewrites to this JSONL file")
    args = parser.parse_args()
    if args.dump is not None:
        print(f"{dump(args.dump):,} statements written to {args.dump}")
        return
    texts, warm = timed_statements(args.n)
    rewrite_cpu(warm)  # loads the catalog, the topics and the phrasebooks
    if args.profile:
        profile(texts, args.top)
        return
    runs = [rewrite_cpu(texts) for _ in range(args.rounds)]
    per = [1000 * r / len(texts) for r in runs]
    every = ", ".join(f"{p:.3f}" for p in per)
    print(f"{len(texts):,} statements rewritten: {min(per):.3f} ms CPU each (best of {args.rounds}; all: {every})")


if __name__ == "__main__":
    main()
