"""The JSON API: answers, and a 4xx with a JSON error for every kind of bad input (never a 500)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from okrcoach.web.app import STATIC
from okrcoach.web.inputs import LARGE_BODY, SMALL_BODY


def test_classify_returns_the_verdict_with_ordered_reasons(client):
    r = client.post("/api/classify", json={"text": "I want to learn SEO"})
    assert r.status_code == 200
    body = r.json()
    assert body["label"] == "task" and body["lang"] == "en"
    assert {c["id"] for c in body["checks"]} >= {"has_measure", "wish_form"}
    marks = [reason["mark"] for reason in body["reasons"]]
    assert marks == sorted(marks, key=["fail", "pass", "note", "tip"].index)
    wish = next(reason for reason in body["reasons"] if reason["check"] == "wish_form")
    assert wish["span"] == "I want to"
    slots = body["suggestions"][0]["slots"]
    text = body["suggestions"][0]["text"]
    assert all(text[s["start"] : s["end"]] == s["value"] for s in slots)


def test_classify_speaks_the_pages_language(client):
    body = client.post("/api/classify", json={"text": "I want to learn SEO", "ui": "ja"}).json()
    assert body["label_name"] == "タスク"
    assert any("「I want to」" in reason["message"] for reason in body["reasons"])
    assert all(re.search(r"[ぁ-ん]", name) for name in body["suggestions"][0]["fix_names"])


def test_classify_forced_language(client):
    assert client.post("/api/classify", json={"text": "Close 10 deals", "lang": "ja"}).json()["lang"] == "ja"


def test_classify_many_keeps_order(client):
    texts = ["Learn SEO", "解約率を5%から3%に下げる", "Improve customer satisfaction"]
    r = client.post("/api/classify_many", json={"texts": texts})
    assert r.status_code == 200
    verdicts = r.json()["verdicts"]
    assert [v["text"] for v in verdicts] == texts
    assert [v["label"] for v in verdicts] == ["task", "key_result", "objective"]


def test_suggest_returns_slots(client):
    r = client.post("/api/suggest", json={"text": "Improve customer satisfaction", "n": 2})
    assert r.status_code == 200
    suggestions = r.json()["suggestions"]
    assert 1 <= len(suggestions) <= 2 and suggestions[0]["slots"]


def test_health_and_openapi(client):
    assert client.get("/api/health").json()["status"] == "ok"
    doc = client.get("/api/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert {"/api/classify", "/api/classify_many", "/api/suggest", "/api/health"} <= set(doc["paths"])
    refs = set(re.findall(r'"#/components/schemas/(\w+)"', json.dumps(doc)))
    assert refs <= set(doc["components"]["schemas"])


BAD_BODIES = [
    ("/api/classify", b"{", 400, "not valid JSON"),
    ("/api/classify", b"", 400, "empty request body"),
    ("/api/classify", b"\xff\xfe{}", 400, "not UTF-8"),
    ("/api/classify", b"[]", 400, "expected a JSON object"),
    ("/api/classify", b'"Learn SEO"', 400, "expected a JSON object"),
    ("/api/classify", b"{}", 422, "missing field 'text'"),
    ("/api/classify", b'{"text": 42}', 422, "must be a string"),
    ("/api/classify", b'{"text": null}', 422, "must be a string"),
    ("/api/classify", b'{"text": ["Learn SEO"]}', 422, "must be a string"),
    ("/api/classify", b'{"text": ""}', 422, "empty statement"),
    ("/api/classify", b'{"text": "   "}', 422, "empty statement"),
    ("/api/classify", b'{"text": "!!!"}', 422, "no words or numbers"),
    ("/api/classify", b'{"text": "Learn\\u0000SEO"}', 422, "NUL"),
    ("/api/classify", json.dumps({"text": "x" * 2001}).encode(), 422, "2,001 characters"),
    ("/api/classify", b'{"text": "Learn SEO", "lang": "fr"}', 422, "'lang' must be one of"),
    ("/api/classify", b'{"text": "Learn SEO", "ui": 3}', 422, "'ui' must be one of"),
    ("/api/classify_many", b'{"texts": "Learn SEO"}', 422, "must be a list"),
    ("/api/classify_many", b'{"texts": ["Learn SEO", 3]}', 422, "texts[1] must be a string"),
    ("/api/classify_many", b'{"texts": ["Learn SEO", ""]}', 422, "item 1"),
    ("/api/classify_many", b"{}", 422, "missing field 'texts'"),
    ("/api/classify_many", json.dumps({"texts": ["Learn SEO"] * 1001}).encode(), 413, "at most 1,000"),
    ("/api/suggest", b'{"text": "Learn SEO", "n": 0}', 422, "between 1 and 10"),
    ("/api/suggest", b'{"text": "Learn SEO", "n": "3"}', 422, "whole number"),
    ("/api/suggest", b'{"text": "Learn SEO", "n": true}', 422, "whole number"),
    ("/api/suggest", b'{"n": 3}', 422, "missing field 'text'"),
]


@pytest.mark.parametrize(("path", "body", "status", "words"), BAD_BODIES)
def test_bad_input_gets_a_json_error(client, path, body, status, words):
    r = client.post(path, content=body, headers={"content-type": "application/json"})
    assert r.status_code == status
    assert words in r.json()["error"]
    assert client.get("/api/health").status_code == 200  # and the server keeps serving


@pytest.mark.parametrize("kind", [None, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data"])
def test_bodies_not_sent_as_json_are_refused(client, kind):
    headers = {} if kind is None else {"content-type": kind}
    r = client.post("/api/classify", content=b'{"text": "Learn SEO"}', headers=headers)
    assert r.status_code == 415 and "application/json" in r.json()["error"]
    charset = {"content-type": "application/json; charset=utf-8"}
    assert client.post("/api/classify", content=b'{"text": "Learn SEO"}', headers=charset).status_code == 200


def test_a_thousand_texts_are_accepted(client):
    r = client.post("/api/classify_many", json={"texts": [f"Close {i} deals" for i in range(1000)]})
    assert r.status_code == 200 and len(r.json()["verdicts"]) == 1000


@pytest.mark.parametrize(("path", "limit"), [("/api/classify", SMALL_BODY), ("/api/classify_many", LARGE_BODY)])
def test_body_over_the_limit_is_refused_before_it_is_read(client, path, limit):
    r = client.post(path, content=b" " * (limit + 1), headers={"content-type": "application/json"})
    assert r.status_code == 413 and f"{limit:,}" in r.json()["error"]


def test_body_over_the_limit_without_content_length_is_refused(client):
    def chunks():
        for _ in range(SMALL_BODY // 1024 + 2):
            yield b" " * 1024

    r = client.post("/api/classify", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_unknown_route_and_wrong_method_are_json(client):
    r = client.get("/api/nowhere")
    assert r.status_code == 404 and "error" in r.json()
    r = client.get("/api/classify")
    assert r.status_code == 405 and "error" in r.json()


def test_security_headers_on_pages_and_api(client):
    for path in ("/", "/board", "/static/style.css", "/api/health"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
    assert client.get("/api/health").headers["cache-control"] == "no-store"


def test_loopback_server_refuses_other_host_names(client):
    # A page on another site that rebinds its name to 127.0.0.1 must not reach the API.
    r = client.get("/api/health", headers={"host": "evil.example"})
    assert r.status_code == 400


class _InlineFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        names = dict(attrs)
        if tag == "script":
            self._in_script = True
            if not names.get("src"):
                self.problems.append("script without src")
        if tag == "style":
            self.problems.append("<style> element")
        for name, _ in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append(f"{name}= on <{tag}>")
        for name in ("src", "href"):
            value = names.get(name) or ""
            if value.startswith(("http:", "https:", "//", "javascript:")):
                self.problems.append(f"external or script {name} {value}")

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        self._in_script = False

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._in_script and data.strip():
            self.problems.append("inline script")


@pytest.mark.parametrize("page", sorted(p.name for p in STATIC.glob("*.html")))
def test_pages_have_no_inline_script_style_or_external_asset(page):
    finder = _InlineFinder()
    finder.feed((STATIC / page).read_text("utf-8"))
    assert not finder.problems


def test_scripts_never_write_html_from_strings():
    for script in STATIC.glob("*.js"):
        source = script.read_text("utf-8")
        for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert forbidden not in source, f"{script.name} uses {forbidden}"


@pytest.mark.parametrize("text", ["I want to learn SEO", "KR 1.2: 解約率を5%から3%に下げる（佐藤）", "Close 10 deals"])
def test_a_label_without_rewrites_is_the_same_verdict_without_suggestions(text):
    from okrcoach.api import classify
    from okrcoach.web.payload import verdict_payload

    full = verdict_payload(classify(text))
    light = verdict_payload(classify(text), rewrites=False)
    assert light["suggestions"] == []
    assert {k: v for k, v in light.items() if k != "suggestions"} == {
        k: v for k, v in full.items() if k != "suggestions"
    }
    assert set(classify(text).to_dict()) <= set(light)  # every field of to_dict(), whatever it grows


def test_classify_without_rewrites(client):
    r = client.post("/api/classify_many", json={"texts": ["Learn SEO", "Close 10 deals"], "rewrites": False})
    assert r.status_code == 200 and all(v["suggestions"] == [] for v in r.json()["verdicts"])
    assert client.post("/api/classify", json={"text": "Learn SEO", "rewrites": "no"}).status_code == 422
