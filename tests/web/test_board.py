"""The facilitator's board: grouped counts, hide names, remove, spotlight, CSV export; the store behind it."""

from __future__ import annotations

import csv
import io

from okrcoach.sheets.write import OUTPUT_COLUMNS
from okrcoach.web.inputs import LARGE_BODY
from okrcoach.web.server import addresses, open_workshop
from okrcoach.web.sheets_io import NAME_HEADER, STATEMENT_HEADER
from okrcoach.web.store import BoardStore

from .conftest import OTHER, PARTICIPANT, make_client


def _post(client, text, participant=PARTICIPANT, name=""):  # type: ignore[no-untyped-def]
    r = client.post(
        "/api/statements",
        json={"text": text, "participant": participant, "name": name},
        headers={"X-Room-Code": client.workshop.room_code},
    )
    assert r.status_code == 201, r.text
    return r.json()["entry"]


def _board(client):  # type: ignore[no-untyped-def]
    r = client.get("/api/board", headers={"X-Facilitator-Key": client.workshop.facilitator_key})
    assert r.status_code == 200
    return r.json()


def _settings(client, **values):  # type: ignore[no-untyped-def]
    return client.post(
        "/api/board/settings", json=values, headers={"X-Facilitator-Key": client.workshop.facilitator_key}
    )


def test_board_groups_by_label_with_counts(client):
    _post(client, "Learn SEO", name="Aki")
    _post(client, "Close 10 new enterprise deals by March 31", OTHER, name="Ben")
    _post(client, "SEOを学びたい", OTHER)
    board = _board(client)
    assert board["counts"] == {"key_result": 1, "task": 2, "objective": 0}
    assert board["total"] == 3
    assert [e["name"] for e in board["entries"]] == ["Aki", "Ben", ""]
    assert board["join_url"].endswith(f"/?room={client.workshop.room_code}")
    assert board["entries"][0]["verdict"]["suggestions"]


def test_hide_names_and_spotlight_are_kept(client):
    entry = _post(client, "Learn SEO", name="Aki")
    assert _settings(client, hide_names=True, spotlight=entry["id"]).status_code == 200
    board = _board(client)
    assert board["entries"][0]["name"] == ""
    assert board["workshop"]["hide_names"] is True and board["workshop"]["spotlight"] == entry["id"]
    assert _settings(client, spotlight=None).status_code == 200
    assert _board(client)["workshop"]["spotlight"] is None


def test_bad_settings_are_refused(client):
    assert _settings(client, hide_names="yes").status_code == 422
    assert _settings(client, spotlight="1").status_code == 422
    assert _settings(client, spotlight=999).status_code == 404
    assert _settings(client, colour="red").status_code == 422


def test_remove_takes_an_entry_off_the_board(client):
    first = _post(client, "Learn SEO")
    _post(client, "Close 10 deals")
    _settings(client, spotlight=first["id"])
    key = {"X-Facilitator-Key": client.workshop.facilitator_key}
    assert client.delete(f"/api/board/entries/{first['id']}", headers=key).status_code == 200
    board = _board(client)
    assert [e["text"] for e in board["entries"]] == ["Close 10 deals"]
    assert board["workshop"]["spotlight"] is None
    assert client.delete(f"/api/board/entries/{first['id']}", headers=key).status_code == 404


def test_hostile_text_is_stored_as_given(client):
    hostile = "<img src=x onerror=alert(1)> Close 10 deals"
    assert _post(client, hostile)["text"] == hostile
    assert _board(client)["entries"][0]["text"] == hostile


def _key(client):  # type: ignore[no-untyped-def]
    return {"X-Facilitator-Key": client.workshop.facilitator_key}


def test_csv_export_has_the_sheet_checkers_columns_and_neutralises_formulas(client):
    _post(client, '=HYPERLINK("http://x") Close 10 deals', name="@Aki")
    _post(client, "解約率を5%から3%に下げる", name="佐藤")
    _post(client, "Learn SEO", name="Ben")
    r = client.get("/api/board/export.csv", params={"key": client.workshop.facilitator_key})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    header, first, second, third = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert header == [NAME_HEADER, STATEMENT_HEADER, *OUTPUT_COLUMNS]
    assert first[1].startswith("'=HYPERLINK") and first[0] == "'@Aki"
    assert second[1] == "解約率を5%から3%に下げる" and second[header.index("okr_label")] == "key_result"
    assert third[header.index("okr_label")] == "task" and third[header.index("okr_suggestion")]


def test_xlsx_export_reads_back_in_a_spreadsheet_library(client):
    from openpyxl import load_workbook

    _post(client, "=1+1 Close 10 deals", name="Aki")
    r = client.get("/api/board/export.xlsx", headers=_key(client))
    assert r.status_code == 200 and "spreadsheetml" in r.headers["content-type"]
    sheet = load_workbook(io.BytesIO(r.content)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == [NAME_HEADER, STATEMENT_HEADER, "okr_label"]
    assert rows[1][1] == "'=1+1 Close 10 deals"


def test_export_of_an_empty_board_or_unknown_kind_is_refused(client):
    assert client.get("/api/board/export.csv", headers=_key(client)).status_code == 409
    _post(client, "Learn SEO")
    assert client.get("/api/board/export.pdf", headers=_key(client)).status_code == 404


def test_an_exported_board_imports_back(client):
    _post(client, "Learn SEO", name="Aki")
    _post(client, "解約率を5%から3%に下げる", name="佐藤")
    exported = {kind: client.get(f"/api/board/export.{kind}", headers=_key(client)).content for kind in ("csv", "xlsx")}
    for kind, body in exported.items():
        r = client.post("/api/board/import", params={"name": f"board.{kind}"}, content=body, headers=_key(client))
        assert r.status_code == 201 and r.json()["imported"] == 2
    entries = _board(client)["entries"]
    assert [e["text"] for e in entries] == ["Learn SEO", "解約率を5%から3%に下げる"] * 3
    assert [e["name"] for e in entries[2:4]] == ["Aki", "佐藤"]
    assert {e["source"] for e in entries[2:]} == {"import"}
    mine = client.get(
        "/api/statements", params={"participant": PARTICIPANT}, headers={"X-Room-Code": client.workshop.room_code}
    ).json()["entries"]
    assert len(mine) == 2  # imported rows belong to nobody's browser


def test_bad_imports_get_json_errors(client):
    def send(body: bytes, name: str = "okrs.csv", headers: dict | None = None):  # type: ignore[no-untyped-def]
        return client.post(
            "/api/board/import",
            params={"name": name},
            content=body,
            headers=_key(client) if headers is None else headers,
        )

    assert send(b"").status_code == 400
    assert send(b"PK\x03\x04 not really a zip", "okrs.xlsx").status_code == 422
    assert send(b"\x00\x01\x02" * 10).status_code == 422
    assert send(b"x" * (LARGE_BODY + 1)).status_code == 413
    assert send(b"Key result\nLearn SEO\n", headers={}).status_code == 401
    r = send(b"Key result\nLearn SEO\n")
    assert r.status_code == 201 and r.json() == {"imported": 1}


def test_qr_code_is_an_svg_of_the_join_address(client):
    r = client.get("/api/board/qr.svg", params={"key": client.workshop.facilitator_key})
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert r.text.lstrip().startswith("<svg") and "<script" not in r.text


def test_a_restarted_server_shows_the_board_it_had(db_path):
    store = BoardStore(db_path)
    client, workshop = make_client(store)
    with client:
        client.workshop = workshop
        _post(client, "Learn SEO", name="Aki")
        _post(client, "Close 10 deals", name="Ben")
        _settings(client, hide_names=True)
    store.close()

    store = BoardStore(db_path)  # as `okrcoach serve --resume` does after a restart
    resumed, was_resumed = open_workshop(store, resume=True)
    assert was_resumed and resumed.id == workshop.id and resumed.room_code == workshop.room_code
    client, _ = make_client(store)
    with client:
        client.workshop = resumed
        board = _board(client)
    assert [e["text"] for e in board["entries"]] == ["Learn SEO", "Close 10 deals"]
    assert board["workshop"]["hide_names"] is True
    fresh, was_resumed = open_workshop(store, resume=False)
    assert not was_resumed and fresh.id != workshop.id and fresh.room_code != workshop.room_code
    assert store.entries(fresh.id) == []
    store.close()


def test_resume_without_any_workshop_starts_one(store):
    workshop, resumed = open_workshop(store, resume=True)
    assert not resumed and store.last_workshop() == workshop


def test_addresses_bind_loopback_unless_shared(store):
    workshop = store.create_workshop()
    local = addresses(workshop, 8765, share=False)
    assert local.bind_host == "127.0.0.1" and local.join.startswith("http://127.0.0.1:8765/?room=")
    shared = addresses(workshop, 8765, share=True, lan_host="192.168.1.20")
    assert shared.bind_host == "0.0.0.0"
    assert shared.join == f"http://192.168.1.20:8765/?room={workshop.room_code}"
    assert shared.board.startswith("http://127.0.0.1:8765/board?key=")


def test_shared_announcement_prints_the_join_address_and_a_qr_code(store):
    import io

    from okrcoach.web.server import announce

    workshop = store.create_workshop("Design studio")
    where = addresses(workshop, 8765, share=True, lan_host="192.168.1.20")
    out = io.StringIO()
    announce(workshop, where, share=True, resumed=False, entries=0, out=out)
    text = out.getvalue()
    assert f"http://192.168.1.20:8765/?room={workshop.room_code}" in text
    assert f"key={workshop.facilitator_key}" in text
    assert "█" in text  # the QR code, drawn with block characters
    local = io.StringIO()
    announce(workshop, addresses(workshop, 8765, share=False), share=False, resumed=True, entries=3, out=local)
    assert "█" not in local.getvalue() and "3 statements on the board" in local.getvalue()


def test_the_board_file_is_private_to_its_user(tmp_path):
    import stat

    path = tmp_path / "new" / "workshops.db"
    BoardStore(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_submission_that_cannot_be_saved_says_so(client, monkeypatch):
    import sqlite3

    def full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(BoardStore, "add_entry", full_disk)
    r = client.post(
        "/api/statements",
        json={"text": "Learn SEO", "participant": PARTICIPANT},
        headers={"X-Room-Code": client.workshop.room_code},
    )
    assert r.status_code == 503 and "could not be saved" in r.json()["error"]


def test_a_resent_submission_is_stored_once(client):
    room = {"X-Room-Code": client.workshop.room_code}
    body = {"text": "Learn SEO", "participant": PARTICIPANT, "submission": "s-0123456789abcdef"}
    first = client.post("/api/statements", json=body, headers=room)
    again = client.post("/api/statements", json=body, headers=room)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["entry"]["id"] == again.json()["entry"]["id"]
    other = client.post("/api/statements", json={**body, "participant": OTHER}, headers=room)
    assert other.status_code == 201  # ids are the page's own: another browser's may be anything
    assert _board(client)["total"] == 2
    bad = client.post("/api/statements", json={**body, "submission": "x"}, headers=room)
    assert bad.status_code == 422 and "submission" in bad.json()["error"]


def test_older_board_files_gain_the_submission_column(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE workshops (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL,
            room_code TEXT NOT NULL UNIQUE, facilitator_key TEXT NOT NULL, hide_names INTEGER NOT NULL DEFAULT 0,
            spotlight INTEGER, created_at REAL NOT NULL, opened_at REAL NOT NULL);
        CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, workshop_id INTEGER NOT NULL,
            participant TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, lang TEXT NOT NULL,
            label TEXT NOT NULL, confidence REAL NOT NULL, verdict TEXT NOT NULL, source TEXT NOT NULL DEFAULT 'page',
            removed INTEGER NOT NULL DEFAULT 0, created_at REAL NOT NULL);
        INSERT INTO workshops VALUES (1, 'Old', 'ABCD-EFGH', 'key', 0, NULL, 0, 0);
        INSERT INTO entries VALUES (1, 1, 'p', 'Aki', 'Learn SEO', 'en', 'task', 1.0, '{}', 'page', 0, 0);
        """
    )
    old.commit()
    old.close()
    store = BoardStore(path)
    assert [e.text for e in store.entries(1)] == ["Learn SEO"]
    store.add_entry(1, participant="p", name="", verdict=_verdict("Close 10 deals"), submission="s-0123456789abcdef")
    assert store.find_submission(1, "p", "s-0123456789abcdef") is not None
    store.close()


def _verdict(text: str) -> dict:  # type: ignore[type-arg]
    return {"text": text, "lang": "en", "label": "key_result", "confidence": 0.9, "reasons": [], "suggestions": []}
