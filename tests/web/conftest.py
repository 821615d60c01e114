"""Fixtures for the web app: a store in a temporary file, the app around it, a test client on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from okrcoach.web.app import LOCAL_HOSTS, create_app
from okrcoach.web.context import ServerContext
from okrcoach.web.store import BoardStore


def pytest_configure(config: pytest.Config) -> None:
    # Starlette's TestClient announces a move to httpx2; the warning says nothing about our code.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")


PARTICIPANT = "p-0123456789abcdef"
OTHER = "p-fedcba9876543210"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workshops.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[BoardStore]:
    s = BoardStore(db_path)
    yield s
    s.close()


def make_client(store: BoardStore, *, share: bool = False):  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    workshop = store.last_workshop() or store.create_workshop("Test workshop")
    ctx = ServerContext(store, workshop.id, share=share)
    app = create_app(ctx, allowed_hosts=None if share else LOCAL_HOSTS, warm=False)
    return TestClient(app, base_url="http://127.0.0.1"), workshop


@pytest.fixture
def client(store: BoardStore):  # type: ignore[no-untyped-def]
    c, workshop = make_client(store)
    with c:
        c.workshop = workshop
        yield c


@pytest.fixture
def shared_client(store: BoardStore):  # type: ignore[no-untyped-def]
    c, workshop = make_client(store, share=True)
    with c:
        c.workshop = workshop
        yield c
