"""Web fixtures: a store of hand-built records (fixtures.py) and the app over it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.store import Store, open_store
from marsad.web import Settings, create_app

from .fixtures import web_records

TOKEN = "test-token-not-secret"


def fill(store: Store) -> Store:
    for rec in web_records():
        store.write_document(rec, source="tests/web")
    store.refresh_merged()
    return store


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = fill(open_store(Path(tmp_path_factory.mktemp("web")) / "web.db"))
    yield store
    store.close()


def make_client(app: object) -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note about httpx versions
        from fastapi.testclient import TestClient

        return TestClient(app)


@pytest.fixture(scope="session")
def client(web_store: Store) -> object:
    """The app over the shared store, with a write token configured."""
    return make_client(create_app(web_store, Settings(token=TOKEN)))


@pytest.fixture()
def fresh_client(tmp_path: Path) -> Iterator[object]:
    """An app over an empty store of its own (for tests that write)."""
    store = open_store(tmp_path / "fresh.db")
    yield make_client(create_app(store, Settings(token=TOKEN)))
    store.close()
