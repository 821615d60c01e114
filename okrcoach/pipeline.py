"""The classification pipeline: text -> language -> anatomy -> tokens -> checks -> model -> verdict.

Verdicts are made here with the Explainer the caller hands in (the public API's), which builds
explanations and rewrites on demand: this module imports nothing above the model.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from .checks import find_hits, fired_ids
from .language import resolve
from .model.artifact import load_model
from .model.decision import decide
from .model.encode import predict_views
from .tokens import tokenize_many
from .tokens.base import Hit, TokenView
from .verdict import LABELS, Explainer, Verdict

KEEP_VIEWS = 32  # batches up to this size keep their token views for the explanations read next
CHUNK = 4096  # statements per pass: keeps the arrays of the model step small enough to stay in cache


def _checked(texts: Sequence[str], lang: str) -> tuple[list[TokenView], list[tuple[Hit | None, ...]]]:
    """Tokenize statements of one language and run every check: their views and check hits."""
    views = tokenize_many(texts, lang)
    return views, [find_hits(v) for v in views]


def analyse(texts: Sequence[str], lang: str) -> tuple[list[TokenView], list[list[str]]]:
    """Tokenize statements of one language and return their views and the ids of the checks that fire."""
    views, hits = _checked(texts, lang)
    return views, [fired_ids(h) for h in hits]


def _verdicts(texts: Sequence[str], lang: str, explainer: Explainer, *, keep: bool = False) -> list[Verdict]:
    """Classify statements of one language; the hits are kept for lazy explanations."""
    views, hits = _checked(texts, lang)
    fired = [fired_ids(h) for h in hits]
    proba = predict_views(load_model(lang), views, fired)
    # A large batch does not keep its views: their tokens would hold most of its memory and slow every
    # later garbage collection; a verdict whose explanation or rewrites are read tokenizes again.
    keep = keep or len(views) <= KEEP_VIEWS
    out: list[Verdict] = []
    for text, view, h, f, p in zip(texts, views, hits, fired, proba.tolist(), strict=True):
        best = decide(p, f)
        scores = dict(zip(LABELS, p, strict=True))
        out.append(
            Verdict(text, lang, LABELS[best], p[best], scores, h, tuple(f), explainer, view=view if keep else None)
        )
    return out


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a batch is classified.

    A batch allocates hundreds of thousands of small acyclic objects (tokens, tuples, strings) that
    reference counting frees; the allocation bursts would also trigger full collections walking every
    live object, which on large batches cost as much as the work itself. Collection resumes afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _chunk_verdicts(args: tuple[list[str], str | None, Explainer]) -> list[Verdict]:
    """Worker entry point for n_process > 1: classify one chunk; verdicts travel back without token views.

    They carry their label, scores and check hits, which pickle small; the receiving process
    tokenizes a statement again only if its explanation or rewrites are read.
    """
    texts, lang, explainer = args
    return [v.drop_view() for v in classify_sequential(texts, lang, explainer)]


def classify_parallel(items: list[str], lang: str | None, explainer: Explainer, n_process: int) -> list[Verdict]:
    """Classify validated statements in n_process worker processes; verdicts come back in order."""
    import multiprocessing as mp

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    size = max(1, -(-len(items) // (n_process * 4)))
    chunks = [(items[i : i + size], lang, explainer) for i in range(0, len(items), size)]
    with mp.get_context(method).Pool(n_process) as pool:
        return [v for part in pool.map(_chunk_verdicts, chunks) for v in part]


def classify_sequential(
    items: list[str], lang: str | None, explainer: Explainer, *, keep: bool = False
) -> list[Verdict]:
    """Classify validated statements in this process, batched per language and in chunks."""
    langs = [resolve(t, lang) for t in items]
    verdicts: list[Verdict | None] = [None] * len(items)
    with gc_paused():
        for code in sorted(set(langs)):
            idx = [i for i, lg in enumerate(langs) if lg == code]
            for at in range(0, len(idx), CHUNK):
                part = idx[at : at + CHUNK]
                for i, v in zip(part, _verdicts([items[i] for i in part], code, explainer, keep=keep), strict=True):
                    verdicts[i] = v
    return [v for v in verdicts if v is not None]
