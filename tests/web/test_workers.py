"""The classification jobs answer as the library does, and say why a statement is refused."""

from __future__ import annotations

import asyncio

import pytest

from okrcoach.api import classify
from okrcoach.web.inputs import ApiError
from okrcoach.web.payload import verdict_payload
from okrcoach.web.workers import Classifier, many_payloads, one_payload, one_payload_json, suggestion_payloads


def test_jobs_answer_as_the_library_does():
    async def scenario() -> None:
        classifier = Classifier()
        for text in ("I want to learn SEO", "解約率を5%から3%に下げる"):
            assert await classifier.run(one_payload, text, None, "en", True) == verdict_payload(classify(text), "en")
        raw = await classifier.run(one_payload_json, "Learn SEO", None, None, True)
        assert isinstance(raw, bytes) and b'"label":"task"' in raw
        many = await classifier.run(many_payloads, ["Learn SEO", "Close 10 deals"], None, None, False, heavy=True)
        assert [v["label"] for v in many] == ["task", "key_result"]
        suggested = await classifier.run(suggestion_payloads, "Improve customer satisfaction", None, 2)
        assert 1 <= len(suggested["suggestions"]) <= 2
        with pytest.raises(ApiError) as refused:
            await classifier.run(one_payload, "!!!", None, None, True)
        assert refused.value.status == 422 and "no words or numbers" in refused.value.message

    asyncio.run(scenario())
