"""The observatory's store: documents, entities, events, statements, claims, posture
and merged events, in SQLite (default) or PostgreSQL, behind one interface.

    >>> from marsad.store import open_store
    >>> with open_store("marsad.db") as store:
    ...     store.write_document(marsad.extract(text, published="2025-08-19"))
    ...     store.refresh_merged()

The CLI, the web app and the batch runner all go through ``Store``; writes go
through ``Store.write_document`` (one document per transaction) and
``Store.refresh_merged``.
"""

from __future__ import annotations

import os
from pathlib import Path

from .base import EventFilter, Store, StoreError, WriteResult, migrations
from .rows import DocumentRows, content_hash, entity_key, norm_name, to_rows

__all__ = [
    "DEFAULT_DB",
    "DocumentRows",
    "EventFilter",
    "Store",
    "StoreError",
    "WriteResult",
    "content_hash",
    "entity_key",
    "is_postgres_url",
    "migrations",
    "norm_name",
    "open_store",
    "to_rows",
]

DEFAULT_DB = "marsad.db"


def is_postgres_url(db: str) -> bool:
    return db.startswith(("postgresql://", "postgres://"))


def open_store(db: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Store:
    """Open (and bring up to date) the store at ``db``.

    ``db`` is a SQLite path (``marsad.db``, ``:memory:``, ``sqlite:///path``) or a
    PostgreSQL URL (``postgresql://user:pass@host/dbname``); default: ``$MARSAD_DB``,
    else ``./marsad.db``.
    """
    url = str(db) if db else os.environ.get("MARSAD_DB") or DEFAULT_DB
    store: Store
    if is_postgres_url(url):
        from .postgres import PostgresStore

        store = PostgresStore(url)
    else:
        from .sqlite import SQLiteStore

        if url.startswith("sqlite:///"):
            url = url[len("sqlite:///"):] or ":memory:"
        store = SQLiteStore(Path(url) if url != ":memory:" else url)
    if migrate:
        try:
            store.migrate()
        except Exception:
            store.close()
            raise
    return store
