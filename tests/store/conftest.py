"""Backends for the store tests: every test that takes ``store`` or ``store_url`` runs on
SQLite, and on PostgreSQL when ``MARSAD_TEST_PG`` names a database (a DSN; CI sets it
through scripts/services.sh). Each PostgreSQL test gets its own schema, dropped after.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # synth.py

PG = os.environ.get("MARSAD_TEST_PG", "")


def _with_search_path(dsn: str, schema: str) -> str:
    opt = "options=" + quote(f"-csearch_path={schema},public", safe="")
    return dsn + ("&" if "?" in dsn else "?") + opt


@pytest.fixture(scope="session")
def pg_base() -> Iterator[str]:
    """One migrated PostgreSQL schema for the session; tests empty it rather than rebuild it."""
    if not PG:
        pytest.skip("PostgreSQL: set MARSAD_TEST_PG to a DSN to run these tests")
    import psycopg

    from marsad.store import open_store

    schema = "marsad_t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG, autocommit=True) as conn:
        try:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except psycopg.Error:
            pass  # search works without the index
        conn.execute(f"CREATE SCHEMA {schema}")
    url = _with_search_path(PG, schema)
    open_store(url).close()
    try:
        yield url
    finally:
        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store location for each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    url = request.getfixturevalue("pg_base")
    import psycopg

    from marsad.store.base import SCHEMA_TABLES

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"TRUNCATE {', '.join(SCHEMA_TABLES)}")
    yield url


@pytest.fixture
def store(store_url: str):
    from marsad.store import open_store

    s = open_store(store_url)
    yield s
    s.close()


@pytest.fixture
def store_factory(request: pytest.FixtureRequest, tmp_path: Path):
    """More stores of the same backend as ``store_url`` (for comparing two runs)."""
    made: list[tuple[object, object]] = []

    def make() -> str:
        backend = request.node.callspec.params.get("store_url", "sqlite")
        if backend == "sqlite":
            return str(tmp_path / f"extra-{uuid.uuid4().hex[:8]}.db")
        import psycopg

        schema = "marsad_t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        made.append((PG, schema))
        return _with_search_path(PG, schema)

    yield make
    if made:
        import psycopg

        with psycopg.connect(PG, autocommit=True) as conn:
            for _, schema in made:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")
