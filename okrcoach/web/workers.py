"""Classifying for the pages and the API: the jobs, and where they run.

A job returns (200, value) or (422, why the statement cannot be classified), so it can run anywhere.
"""

from __future__ import annotations

import gc
import json
from typing import Any

from starlette.concurrency import run_in_threadpool

from .inputs import ApiError

Result = tuple[int, Any]  # (200, payload) or (422, message)


def _warm() -> None:
    """Load both languages' models, word lists and rewrite catalogs, and keep them out of the collector's
    full passes (they live as long as the server; a full pass over them took 100 ms and more)."""
    from ..api import classify_many
    from .payload import verdict_payload

    for verdict in classify_many(["Learn SEO", "SEOを学ぶ", "Close 10 deals", "解約率を下げる"]):
        verdict_payload(verdict, "en")
        verdict_payload(verdict, "ja")
    from ..rewrite.topics import warm_last_resorts

    warm_last_resorts()  # the last resorts' phrase indexes too: a statement nothing else fits must not wait for them
    gc.collect()
    gc.freeze()


def one_payload(text: str, lang: str | None, ui: str | None, rewrites: bool) -> Result:
    """Classify one statement and return its payload, or why it cannot be classified."""
    from ..api import classify
    from .payload import verdict_payload

    try:
        verdict = classify(text, lang=lang)
    except (ValueError, TypeError) as exc:
        return 422, str(exc)
    return 200, verdict_payload(verdict, ui, rewrites=rewrites)


def one_payload_json(text: str, lang: str | None, ui: str | None, rewrites: bool) -> Result:
    """Classify one statement and return its payload as JSON bytes (cheaper to send between processes)."""
    status, value = one_payload(text, lang, ui, rewrites)
    if status != 200:
        return status, value
    return status, json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def many_payloads(texts: list[str], lang: str | None, ui: str | None, rewrites: bool) -> Result:
    """Classify statements in one batch and return their payloads in order."""
    from ..api import classify_many
    from .payload import verdict_payload

    try:
        verdicts = classify_many(texts, lang=lang, keep_views=True)
    except (ValueError, TypeError) as exc:
        return 422, str(exc)
    return 200, [verdict_payload(v, ui, rewrites=rewrites) for v in verdicts]


def suggestion_payloads(text: str, lang: str | None, n: int) -> Result:
    """Return a statement's label and up to n rewrites."""
    from ..api import classify
    from ..rewrite import suggestions_for

    try:
        verdict = classify(text, lang=lang)
    except (ValueError, TypeError) as exc:
        return 422, str(exc)
    return 200, {
        "text": text,
        "label": verdict.label,
        "suggestions": [s.to_dict() for s in suggestions_for(verdict, n)],
    }


def _answer(result: Result) -> Any:
    status, value = result
    if status != 200:
        raise ApiError(status, str(value))
    return value


class Classifier:
    """Runs the classification jobs of the pages and the API: in the event loop, or in a thread when heavy.

    One place decides where classifying happens, so the handlers do not. (Worker processes were tried
    here: on the shared two-core machine they added a few milliseconds of hand-over to each answer and
    did not raise how many answers a second the room got.)
    """

    def start(self) -> None:
        """Load both languages' models now, not on the first participant's keystroke."""
        _warm()

    def stop(self) -> None:
        """Nothing to stop: kept so the app's lifespan reads the same whatever runs the jobs."""

    async def run(self, job: Any, *args: Any, heavy: bool = False) -> Any:
        """Run one job and return its value; a statement the library refuses raises ApiError(422).

        A job runs in the event loop (a few milliseconds: faster than a trip through the thread pool),
        or in a thread when heavy (a batch of up to a thousand statements).
        """
        if heavy:
            return _answer(await run_in_threadpool(job, *args))
        return _answer(job(*args))
