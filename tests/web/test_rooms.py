"""Room codes and the facilitator key: without them no one reads or posts."""

from __future__ import annotations

import pytest

from okrcoach.web.rooms import new_room_code, normalise_code, valid_participant

from .conftest import OTHER, PARTICIPANT


def _key(client):  # type: ignore[no-untyped-def]
    return {"X-Facilitator-Key": client.workshop.facilitator_key}


def _room(client):  # type: ignore[no-untyped-def]
    return {"X-Room-Code": client.workshop.room_code}


def test_room_codes_are_random_and_readable():
    codes = {new_room_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == 9 and code[4] == "-"
        assert not set(code) & set("01OIL")


def test_typed_codes_are_normalised():
    assert normalise_code(" k7qx m2pd ") == "K7QX-M2PD"
    assert normalise_code("k7qxm2pd") == "K7QX-M2PD"


@pytest.mark.parametrize("value", ["short", "x" * 65, "has space 1234567890", 12345678901234567, None, "a/b" * 8])
def test_participant_ids_are_checked(value):
    assert not valid_participant(value)


def test_shared_server_needs_the_room_code_to_classify(shared_client):
    c = shared_client
    r = c.post("/api/classify", json={"text": "Learn SEO"})
    assert r.status_code == 401 and "room code" in r.json()["error"]
    r = c.post("/api/classify", json={"text": "Learn SEO"}, headers={"X-Room-Code": "AAAA-BBBB"})
    assert r.status_code == 403 and "wrong room code" in r.json()["error"]
    assert c.post("/api/classify", json={"text": "Learn SEO"}, headers=_room(c)).status_code == 200
    lower = c.workshop.room_code.lower().replace("-", "")
    assert c.post("/api/classify", json={"text": "Learn SEO"}, params={"room": lower}).status_code == 200
    assert c.post("/api/classify_many", json={"texts": ["Learn SEO"]}).status_code == 401
    assert c.post("/api/suggest", json={"text": "Learn SEO"}).status_code == 401
    assert c.get("/api/health").status_code == 200


def test_loopback_server_classifies_without_a_code(client):
    assert client.post("/api/classify", json={"text": "Learn SEO"}).status_code == 200


def test_posting_and_reading_need_the_room_code(client):
    body = {"text": "Learn SEO", "participant": PARTICIPANT}
    assert client.post("/api/statements", json=body).status_code == 401
    assert client.post("/api/statements", json=body, headers={"X-Room-Code": "AAAA-BBBB"}).status_code == 403
    assert client.get("/api/statements", params={"participant": PARTICIPANT}).status_code == 401
    assert client.get("/api/room").status_code == 401
    assert client.get("/api/room", headers=_room(client)).json()["room_code"] == client.workshop.room_code


def test_the_board_needs_the_facilitator_key_not_the_room_code(client):
    assert client.get("/api/board").status_code == 401
    assert client.get("/api/board", headers=_room(client)).status_code == 401
    assert client.get("/api/board", headers={"X-Facilitator-Key": "guess"}).status_code == 403
    assert client.get("/api/board", params={"key": client.workshop.facilitator_key}).status_code == 200
    for method, path in [
        ("GET", "/api/board/events"),
        ("GET", "/api/board/qr.svg"),
        ("GET", "/api/board/export.csv"),
        ("POST", "/api/board/settings"),
        ("DELETE", "/api/board/entries/1"),
        ("POST", "/api/board/import"),
    ]:
        r = client.request(method, path, headers=_room(client))
        assert r.status_code == 401, path
        assert "error" in r.json()


def test_participants_see_only_their_own_statements(client):
    room = _room(client)
    client.post("/api/statements", json={"text": "Learn SEO", "participant": PARTICIPANT, "name": "Aki"}, headers=room)
    client.post("/api/statements", json={"text": "Close 10 deals", "participant": OTHER, "name": "Ben"}, headers=room)
    mine = client.get("/api/statements", params={"participant": PARTICIPANT}, headers=room).json()["entries"]
    assert [e["text"] for e in mine] == ["Learn SEO"]
    assert "participant" not in mine[0]
    assert client.get("/api/statements", params={"participant": "nope"}, headers=room).status_code == 422


def test_wrong_codes_are_throttled(shared_client):
    c = shared_client
    for _ in range(20):
        assert c.get("/api/room", headers={"X-Room-Code": "AAAA-BBBB"}).status_code == 403
    r = c.get("/api/room", headers=_room(c))
    assert r.status_code == 429 and "too many" in r.json()["error"]
