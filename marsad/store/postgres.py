"""The shared backend: PostgreSQL (``--db postgresql://user:pass@host/db``), psycopg 3.

Same schema and queries as SQLite (``?`` placeholders become ``%s``). Several
processes may write at once (a Dask cluster's workers): each document is still
one transaction, the content-hash unique index keeps one copy of each article,
and deadlocks or serialisation failures are retried. Search is a substring match
over the folded text, indexed with pg_trgm when the extension is available.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from .base import Store, StoreError, Tx, _like_escape

__all__ = ["PostgresStore"]

_MIGRATION_LOCK = 0x6D61727361  # "marsa": one advisory lock id for schema changes
_MERGE_LOCK = 0x6D65726765  # "merge": one refresh of merged events at a time


@lru_cache(maxsize=512)
def _pg(sql: str) -> str:
    return sql.replace("?", "%s")


class _PgTx(Tx):
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        cur = self.conn.execute(_pg(sql), tuple(params))
        return cur.rowcount

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_pg(sql), [tuple(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.conn.execute(_pg(sql), tuple(params)).fetchall())

    def insert_many(self, table: str, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        # COPY: one stream for all the rows, no statement per row (a third of the server's work per document)
        with self.conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row(r)

    def insert_new(self, sql: str, rows: Sequence[Sequence[Any]]) -> list[bool]:
        # one pipelined round trip for the batch; RETURNING says which rows went in
        with self.conn.cursor() as cur:
            cur.executemany(_pg(sql) + " RETURNING 1 AS x", [tuple(r) for r in rows], returning=True)
            out = []
            while True:
                out.append(cur.fetchone() is not None)
                if not cur.nextset():
                    break
        return out

    def script(self, sql: str) -> None:
        self.conn.execute(sql)  # no parameters: psycopg sends it as one multi-statement query


class PostgresStore(Store):
    dialect = "postgres"

    def __init__(self, dsn: str) -> None:
        super().__init__()
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:  # pragma: no cover - psycopg is a dependency
            raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from exc
        self._psycopg = psycopg
        self._dict_row = dict_row
        self.url = dsn
        self._local = threading.local()
        self._all: list[Any] = []
        self._all_lock = threading.Lock()
        self.retryable = (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure)
        self._conn()  # fail early with a clear message

    def _conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            try:
                conn = self._psycopg.connect(self.url, autocommit=True, row_factory=self._dict_row)
            except self._psycopg.Error as exc:
                raise StoreError(f"cannot connect to {_redact(self.url)}: {exc}") from exc
            if "synchronous_commit" not in self.url:
                # Each document is still one atomic transaction; off only means a crash of the
                # server itself may lose the last few commits, which a rerun of ingest restores.
                conn.execute("SET synchronous_commit = off")
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def _begin(self) -> Iterator[Tx]:
        conn = self._conn()
        with conn.transaction():
            yield _PgTx(conn)

    def _migration_lock(self, tx: Tx) -> None:
        tx.query("SELECT pg_advisory_xact_lock(?) AS locked", (_MIGRATION_LOCK,))

    def _merge_lock(self, tx: Tx) -> None:
        tx.query("SELECT pg_advisory_xact_lock(?) AS locked", (_MERGE_LOCK,))

    def _dequeue(self, tx: Tx, ids: Sequence[int]) -> None:
        tx.execute("DELETE FROM merge_queue WHERE id = ANY(?)", (list(ids),))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self._conn().execute(_pg(sql), tuple(params)).fetchall())

    def _search_candidates(self, terms: list[str], limit: int) -> list[dict[str, Any]]:
        sql = "SELECT id, title, outlet, published, url, text FROM documents WHERE 1 = 1"
        params: list[Any] = []
        for t in terms:
            sql += " AND folded LIKE ? ESCAPE '\\'"
            params.append("%" + _like_escape(t) + "%")
        sql += " ORDER BY COALESCE(published, '') DESC, id LIMIT ?"
        return self.query(sql, params + [limit])

    def close(self) -> None:
        with self._all_lock:
            for conn in self._all:
                try:
                    conn.close()
                except Exception:
                    pass
            self._all.clear()
        self._local = threading.local()


def _redact(dsn: str) -> str:
    """The DSN without its password, for messages."""
    import re

    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", dsn)
