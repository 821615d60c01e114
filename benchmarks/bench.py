"""okrcoach speed: statements/second beside the raw tokenizers, cold start, single call, memory.

Run from a source checkout:  python benchmarks/bench.py [--n 20000] [--rounds 3] [--parallel]
Every figure is measured in this one run; compare ratios rather than absolute numbers across machines.
Throughput is timed in interleaved rounds (okrcoach, then the raw tokenizer) and the best round of
each counts: on a shared machine the best round is the one least disturbed by other work.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from okrcoach.corpus.dataset import default_data_path, read_examples  # noqa: E402

PREFIXES = {"en": ["", "", "KR 1.2: ", "- ", "O2 - ", "3) ", "* "], "ja": ["", "", "KR1-2：", "・", "①", "■ ", "O1: "]}
OWNERS = {
    "en": ["", "", " (Sato)", " [owner: Priya]", " - Mike", " (stretch)"],
    "ja": ["", "", "（佐藤）", "【担当：田中】", "（ストレッチ）", " 😊"],
}


def varied_statements(lang: str, n: int, seed: int = 7) -> list[str]:
    """Build n statements from data/: sampled, renumbered, re-owned and with their digits changed."""
    rng = random.Random(seed)
    base = [e.text for e in read_examples(default_data_path()) if e.lang == lang]
    digits = "0123456789" if lang == "en" else "0123456789０１２３４５６７８９"
    out = []
    for _ in range(n):
        text = "".join(rng.choice(digits) if ch.isdigit() else ch for ch in rng.choice(base))
        out.append(rng.choice(PREFIXES[lang]) + text + rng.choice(OWNERS[lang]))
    return out


def rate(func, items) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    func(items)
    return len(items) / (time.perf_counter() - start)


def best_rates(ours, theirs, items, rounds: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Time both in turns and keep each one's best round: on a shared machine the best is the least disturbed."""
    a, b = [], []
    for _ in range(rounds):
        a.append(rate(ours, items))
        b.append(rate(theirs, items))
    return max(a), max(b)


def stages(lang: str, texts: list[str]) -> str:
    """Return where the time of one pass goes, in microseconds per statement (chunked as classify_many is)."""
    from okrcoach.checks import find_hits, fired_ids
    from okrcoach.model.artifact import load_model
    from okrcoach.model.encode import predict_views
    from okrcoach.pipeline import CHUNK, gc_paused
    from okrcoach.tokens import tokenize_many

    spent = dict.fromkeys(("tokens", "checks", "features+model"), 0.0)
    with gc_paused():
        for at in range(0, len(texts), CHUNK):
            part = texts[at : at + CHUNK]
            start = time.perf_counter()
            views = tokenize_many(part, lang)
            spent["tokens"] += time.perf_counter() - start
            start = time.perf_counter()
            fired = [fired_ids(find_hits(v)) for v in views]
            spent["checks"] += time.perf_counter() - start
            start = time.perf_counter()
            predict_views(load_model(lang), views, fired)
            spent["features+model"] += time.perf_counter() - start
    return ", ".join(f"{k} {v / len(texts) * 1e6:.0f} us" for k, v in spent.items())


def raw_spacy(texts: list[str]) -> None:
    from okrcoach.lang.en.tokenizer import tokenizer

    for doc in tokenizer().pipe(texts, batch_size=1000):
        for tok in doc:
            tok.text  # noqa: B018  (reading each token is the tokenizer's job)


def raw_fugashi(texts: list[str]) -> None:
    from okrcoach.lang.ja.tokenizer import tagger

    tag = tagger()
    for text in texts:
        for word in tag(text):
            word.surface, word.feature.lemma, word.feature.pos1  # noqa: B018


def cold_start(args: list[str], runs: int = 5, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "okrcoach", *args], capture_output=True, check=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# Run in a fresh interpreter: how much of a cold English start is spaCy's own, and building its tokenizer.
_SPACY_PARTS = """
import time
start = time.perf_counter()
import spacy.lang.en
imported = time.perf_counter()
from okrcoach.lang.en.tokenizer import tokenizer
tokenizer()
print(imported - start, time.perf_counter() - imported)
"""


def spacy_cold_parts(runs: int = 5) -> tuple[float, float]:
    """Return the median seconds a new process spends importing spaCy, then building the English tokenizer."""
    parts = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _SPACY_PARTS], capture_output=True, check=True, text=True)
        parts.append(tuple(map(float, out.stdout.split())))
    return statistics.median(p[0] for p in parts), statistics.median(p[1] for p in parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="statements per language")
    parser.add_argument("--parallel", action="store_true", help="also time n_process=2 on 2x the statements")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per language (the best one counts)")
    args = parser.parse_args()

    import okrcoach

    print(f"okrcoach {okrcoach.__version__}, Python {sys.version.split()[0]}, {args.n:,} statements per language")
    okrcoach.classify_many(["warm up", "ウォームアップ"])  # load models and tokenizers outside the timings
    print(f"\n{'lang':<5} {'okrcoach stmt/s':>16} {'raw tokenizer stmt/s':>21} {'ratio':>7}   (best of {args.rounds})")
    breakdown = []
    for lang, raw in (("en", raw_spacy), ("ja", raw_fugashi)):
        texts = varied_statements(lang, args.n)
        ours, theirs = best_rates(lambda t, lg=lang: okrcoach.classify_many(t, lang=lg), raw, texts, args.rounds)
        print(f"{lang:<5} {ours:>16,.0f} {theirs:>21,.0f} {ours / theirs:>7.1%}")
        breakdown.append(f"{lang}: {stages(lang, texts)}")
    print("one batch, by stage: " + "; ".join(breakdown))

    singles = varied_statements("en", 500, seed=11) + varied_statements("ja", 500, seed=11)
    times = []
    for text in singles:
        start = time.perf_counter()
        okrcoach.classify(text)
        times.append(time.perf_counter() - start)
    print(
        f"\nsingle warm classify: median {statistics.median(times) * 1000:.2f} ms, "
        f"p95 {sorted(times)[int(len(times) * 0.95)] * 1000:.2f} ms (1,000 calls, both languages)"
    )
    print(
        f'cold start `okrcoach classify "Learn SEO"`: median {cold_start(["classify", "Learn SEO"]):.2f} s; '
        f"`okrcoach --version`: {cold_start(['--version']):.2f} s (5 runs each, model cache warm)"
    )
    spacy_import, tokenizer_build = spacy_cold_parts()
    print(f"  of a cold start: importing spaCy {spacy_import:.2f} s, building its tokenizer {tokenizer_build:.2f} s")
    with tempfile.TemporaryDirectory() as empty:
        first = cold_start(["classify", "Learn SEO"], runs=1, env={**os.environ, "OKRCOACH_CACHE": empty})
    print(f"first run after install (empty model cache, verified skops read): {first:.2f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:,.0f} MiB")

    if args.parallel:
        texts = varied_statements("en", 2 * args.n, seed=3)
        one = rate(lambda t: okrcoach.classify_many(t, lang="en"), texts)
        two = rate(lambda t: okrcoach.classify_many(t, lang="en", n_process=2), texts)
        print(
            f"\nn_process on {len(texts):,} English statements: 1 process {one:,.0f} stmt/s, "
            f"2 processes {two:,.0f} stmt/s ({two / one:.2f}x)"
        )


if __name__ == "__main__":
    main()
