"""The API's OpenAPI 3.1 document, written by hand next to the handlers it describes."""

from __future__ import annotations

from typing import Any

from .inputs import LARGE_BODY, MAX_TEXTS, SMALL_BODY

_LANG = {"type": ["string", "null"], "enum": ["en", "ja", None], "description": "force the statement's language"}
_UI = {"type": ["string", "null"], "enum": ["en", "ja", None], "description": "language of the reasons and names"}
_TEXT = {"type": "string", "minLength": 1, "maxLength": 2000, "description": "one OKR statement"}
_REWRITES = {"type": "boolean", "default": True, "description": "false: no suggestions (a label costs a fraction)"}

_SCHEMAS: dict[str, Any] = {
    "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
    "Check": {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "fired": {"type": "boolean"},
            "passed": {"type": "boolean"},
            "message": {"type": "string"},
            "span": {"type": ["string", "null"], "description": "the words that made the check fire"},
            "start": {"type": ["integer", "null"]},
            "end": {"type": ["integer", "null"]},
        },
    },
    "Slot": {
        "type": "object",
        "properties": {
            "name": {"type": "string", "description": "count, target, baseline, deadline, ..."},
            "value": {"type": "string"},
            "start": {"type": "integer", "description": "offset into the suggestion's text"},
            "end": {"type": "integer"},
        },
    },
    "Suggestion": {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "slots": {"type": "array", "items": {"$ref": "#/components/schemas/Slot"}},
            "fixes": {"type": "array", "items": {"type": "string"}},
            "fix_names": {"type": "array", "items": {"type": "string"}},
            "shape": {"type": "string", "enum": ["learning", "business"]},
        },
    },
    "Reason": {
        "type": "object",
        "properties": {
            "mark": {"type": "string", "enum": ["fail", "pass", "note", "tip"]},
            "check": {"type": "string"},
            "message": {"type": "string"},
            "span": {"type": ["string", "null"]},
        },
    },
    "Verdict": {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "lang": {"type": "string", "enum": ["en", "ja"]},
            "label": {"type": "string", "enum": ["key_result", "task", "objective"]},
            "label_name": {"type": "string"},
            "confidence": {"type": "number"},
            "scores": {"type": "object", "additionalProperties": {"type": "number"}},
            "checks": {"type": "array", "items": {"$ref": "#/components/schemas/Check"}},
            "issues": {"type": "array", "items": {"type": "string"}},
            "reasons": {"type": "array", "items": {"$ref": "#/components/schemas/Reason"}},
            "suggestions": {"type": "array", "items": {"$ref": "#/components/schemas/Suggestion"}},
            "ui": {"type": "string"},
        },
    },
    "Entry": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "text": {"type": "string"},
            "lang": {"type": "string"},
            "label": {"type": "string"},
            "confidence": {"type": "number"},
            "verdict": {"$ref": "#/components/schemas/Verdict"},
            "source": {"type": "string", "enum": ["page", "import"]},
            "created_at": {"type": "number"},
        },
    },
}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


_ERRORS = {
    "400": {"description": "bad JSON or not a JSON object", **_json(_ref("Error"))},
    "401": {"description": "the room code (shared server) or facilitator key is missing", **_json(_ref("Error"))},
    "403": {"description": "wrong room code or facilitator key", **_json(_ref("Error"))},
    "413": {"description": "body or list over the limit", **_json(_ref("Error"))},
    "415": {"description": "the body is not sent as application/json", **_json(_ref("Error"))},
    "422": {
        "description": "a field is missing, of the wrong type, or the statement is refused",
        **_json(_ref("Error")),
    },
    "429": {"description": "too many wrong codes from this address", **_json(_ref("Error"))},
}


def _post(summary: str, body: dict[str, Any], answer: dict[str, Any], *, room: bool) -> dict[str, Any]:
    op: dict[str, Any] = {
        "summary": summary,
        "requestBody": {"required": True, **_json(body)},
        "responses": {"200": {"description": "OK", **_json(answer)}, **_ERRORS},
    }
    if room:
        op["security"] = [{}, {"room": []}, {"facilitator": []}]
    return {"post": op}


def openapi_document(version: str) -> dict[str, Any]:
    """Return the OpenAPI document of the JSON API."""
    text_body = {
        "type": "object",
        "required": ["text"],
        "properties": {"text": _TEXT, "lang": _LANG, "ui": _UI, "rewrites": _REWRITES},
    }
    many_body = {
        "type": "object",
        "required": ["texts"],
        "properties": {
            "texts": {"type": "array", "maxItems": MAX_TEXTS, "items": _TEXT},
            "lang": _LANG,
            "ui": _UI,
            "rewrites": _REWRITES,
        },
    }
    suggest_body = {
        "type": "object",
        "required": ["text"],
        "properties": {"text": _TEXT, "lang": _LANG, "n": {"type": "integer", "minimum": 1, "maximum": 10}},
    }
    submit_body = {
        "type": "object",
        "required": ["text", "participant"],
        "properties": {
            "text": _TEXT,
            "participant": {"type": "string", "pattern": "^[A-Za-z0-9_-]{16,64}$"},
            "submission": {
                "type": "string",
                "pattern": "^[A-Za-z0-9_-]{16,64}$",
                "description": "the page's id for this submission: sent again, it is answered 200, not stored twice",
            },
            "name": {"type": "string", "maxLength": 80},
            "lang": _LANG,
            "ui": _UI,
        },
    }
    entries = {"type": "object", "properties": {"entries": {"type": "array", "items": _ref("Entry")}}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "okrcoach workshop API",
            "version": version,
            "description": (
                "Classify OKR statements (key result, task or objective), explain why and suggest measurable "
                f"rewrites. Bodies are limited to {SMALL_BODY:,} bytes ({LARGE_BODY:,} for classify_many). On a "
                "server started with --share every call but health and this document needs the room code."
            ),
        },
        "paths": {
            "/api/classify": _post("Classify one statement", text_body, _ref("Verdict"), room=True),
            "/api/classify_many": _post(
                "Classify up to 1,000 statements",
                many_body,
                {"type": "object", "properties": {"verdicts": {"type": "array", "items": _ref("Verdict")}}},
                room=True,
            ),
            "/api/suggest": _post(
                "Measurable rewrites of one statement",
                suggest_body,
                {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string"},
                        "label": {"type": "string"},
                        "suggestions": {"type": "array", "items": _ref("Suggestion")},
                    },
                },
                room=True,
            ),
            "/api/statements": {
                **_post("Add a statement to the workshop's board", submit_body, entries, room=True),
                "get": {
                    "summary": "The statements this browser submitted",
                    "parameters": [
                        {"name": "participant", "in": "query", "required": True, "schema": {"type": "string"}}
                    ],
                    "security": [{"room": []}],
                    "responses": {"200": {"description": "OK", **_json(entries)}, **_ERRORS},
                },
            },
            "/api/board": {
                "get": {
                    "summary": "The facilitator's board: counts per label and every entry",
                    "security": [{"facilitator": []}],
                    "responses": {"200": {"description": "OK"}, **_ERRORS},
                }
            },
            "/api/board/events": {
                "get": {
                    "summary": "The board as server-sent events (event: board, data: the board as JSON)",
                    "security": [{"facilitator": []}],
                    "responses": {"200": {"description": "text/event-stream"}, **_ERRORS},
                }
            },
            "/api/health": {
                "get": {
                    "summary": "The server answers",
                    "responses": {
                        "200": {
                            "description": "OK",
                            **_json({"type": "object", "properties": {"status": {}, "version": {}}}),
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": _SCHEMAS,
            "securitySchemes": {
                "room": {"type": "apiKey", "in": "header", "name": "X-Room-Code"},
                "facilitator": {"type": "apiKey", "in": "header", "name": "X-Facilitator-Key"},
            },
        },
    }
