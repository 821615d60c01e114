"""The pipeline: text -> language -> tokens -> checks -> model -> verdict (-> rewrites)."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .language import resolve
from .tokens import tokenize_many
from .tokens.base import TokenView
from .verdict import LABELS, Verdict

if TYPE_CHECKING:
    from .checks.registry import Hit

MAX_CHARS = 2000
KEEP_VIEWS = 32  # batches up to this size keep their token views for the explanations read next
CHUNK = 4096  # statements per pass: keeps the arrays of the model step small enough to stay in cache


def validate(text: object, index: int | None = None) -> str:
    """Return text if it is a non-empty statement of reasonable size; raise TypeError/ValueError otherwise."""
    where = "" if index is None else f" (item {index})"
    if not isinstance(text, str):
        raise TypeError(f"okrcoach reads text{where}: expected str, got {type(text).__name__}")
    if not text.strip():
        raise ValueError(f"empty statement{where}: write the key result, task or objective to check")
    if len(text) > MAX_CHARS:
        raise ValueError(
            f"statement{where} is {len(text):,} characters long; okrcoach reads one OKR statement "
            f"at a time (at most {MAX_CHARS:,} characters)"
        )
    if "\x00" in text:
        raise ValueError(f"statement{where} contains NUL bytes: is this binary data rather than text?")
    if not any(ch.isalnum() for ch in text):
        raise ValueError(f"statement{where} has no words or numbers, only {text.strip()[:20]!r}")
    return text


def _checked(texts: Sequence[str], lang: str) -> tuple[list[TokenView], list[tuple[Hit | None, ...]]]:
    """Tokenize statements of one language and run every check: their views and check hits."""
    from .checks import find_hits

    views = tokenize_many(texts, lang)
    return views, [find_hits(v) for v in views]


def analyse(texts: Sequence[str], lang: str) -> tuple[list[TokenView], list[list[str]]]:
    """Tokenize statements of one language and return their views and the ids of the checks that fire."""
    from .checks import fired_ids

    views, hits = _checked(texts, lang)
    return views, [fired_ids(h) for h in hits]


def _verdicts(texts: Sequence[str], lang: str, *, keep: bool = False) -> list[Verdict]:
    """Classify statements of one language; the hits are kept for lazy explanations."""
    from .checks import fired_ids
    from .model.artifact import load_model
    from .model.decision import decide
    from .model.encode import predict_views

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
        out.append(Verdict(text, lang, LABELS[best], p[best], scores, view=view if keep else None, hits=h))
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


def _chunk_verdicts(args: tuple[list[str], str | None]) -> list[Verdict]:
    """Worker entry point for n_process > 1: classify one chunk; verdicts travel back without token views.

    They carry their label, scores and check hits, which pickle small; the receiving process
    tokenizes a statement again only if its explanation or rewrites are read.
    """
    texts, lang = args
    return [v.drop_view() for v in _classify_sequential(texts, lang)]


def _classify_parallel(items: list[str], lang: str | None, n_process: int) -> list[Verdict]:
    import multiprocessing as mp

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    size = max(1, -(-len(items) // (n_process * 4)))
    chunks = [(items[i : i + size], lang) for i in range(0, len(items), size)]
    with mp.get_context(method).Pool(n_process) as pool:
        return [v for part in pool.map(_chunk_verdicts, chunks) for v in part]


def classify_many(
    texts: Iterable[str], *, lang: str | None = None, n_process: int = 1, keep_views: bool = False
) -> list[Verdict]:
    """Return one Verdict per statement, in order; statements are batched per language.

    n_process > 1 spreads large batches over worker processes (each loads the model once); it pays
    off only for tens of thousands of statements, see the README's performance section.
    keep_views=True keeps every verdict's tokens, which makes reading all the explanations or
    suggestions of a large batch faster at the cost of memory (by default only batches of up to
    KEEP_VIEWS statements keep them; the others tokenize again when an explanation is read).
    """
    items = [validate(t, i) for i, t in enumerate(texts)]
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be a positive whole number, got {n_process!r}")
    if n_process > 1 and len(items) >= 2 * n_process:
        return _classify_parallel(items, lang, n_process)
    return _classify_sequential(items, lang, keep=keep_views)


def _classify_sequential(items: list[str], lang: str | None, *, keep: bool = False) -> list[Verdict]:
    langs = [resolve(t, lang) for t in items]
    verdicts: list[Verdict | None] = [None] * len(items)
    with gc_paused():
        for code in sorted(set(langs)):
            idx = [i for i, lg in enumerate(langs) if lg == code]
            for at in range(0, len(idx), CHUNK):
                part = idx[at : at + CHUNK]
                for i, v in zip(part, _verdicts([items[i] for i in part], code, keep=keep), strict=True):
                    verdicts[i] = v
    return [v for v in verdicts if v is not None]


def classify(text: str, *, lang: str | None = None) -> Verdict:
    """Return the Verdict for one statement."""
    return classify_many([validate(text)], lang=lang)[0]
