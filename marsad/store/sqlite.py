"""The embedded backend: one SQLite file (``./marsad.db`` by default).

WAL journal: readers never block the writer, and a committed document survives
the process being killed. One connection per thread; writes are serialised by
the store's lock in-process and by ``BEGIN IMMEDIATE`` across processes, so there
is a single writer at a time (datasette's rule). Search is an FTS5 trigram index.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .base import Store, StoreError, Tx, _like_escape

__all__ = ["SQLiteStore"]


class _SQLiteTx(Tx):
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.conn.execute(sql, tuple(params)).rowcount

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, [tuple(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params)).fetchall()]

    def script(self, sql: str) -> None:
        # executescript() would commit the open transaction; run statement by statement.
        buf = ""
        for line in sql.splitlines(keepends=True):
            if not buf and (not line.strip() or line.lstrip().startswith("--")):
                continue
            buf += line
            if sqlite3.complete_statement(buf):
                self.conn.execute(buf)
                buf = ""
        if buf.strip():
            raise StoreError(f"incomplete SQL statement at the end of a migration: {buf[:80]!r}")


class SQLiteStore(Store):
    dialect = "sqlite"

    def __init__(self, path: str | Path = "marsad.db", *, timeout: float = 60.0) -> None:
        super().__init__()
        self.path = str(path)
        self.timeout = timeout
        self._memory = self.path == ":memory:"
        if self._memory:  # one shared in-memory database for all this store's threads
            self._target, self._uri = f"file:marsad-{uuid.uuid4().hex}?mode=memory&cache=shared", True
        else:
            if Path(self.path).parent and not Path(self.path).parent.exists():
                raise StoreError(f"cannot create the store {self.path}: its folder does not exist")
            self._target, self._uri = self.path, False
        self.url = self.path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        self._keepalive = self._conn()  # in-memory: the database lives while a connection does

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self._target, timeout=self.timeout, isolation_level=None,
                                       uri=self._uri, check_same_thread=False)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            if not self._memory:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")  # with WAL: safe against process crashes
            conn.execute("PRAGMA foreign_keys = ON")
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def _begin(self) -> Iterator[Tx]:
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield _SQLiteTx(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self._conn().execute(sql, tuple(params)).fetchall()]

    def _first_seq(self, tx: Tx) -> int | None:
        return int(tx.query("SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM documents")[0]["n"])

    def _dequeue(self, tx: Tx, ids: Sequence[int]) -> None:
        tx.execute("DELETE FROM merge_queue")  # the refresh holds the only write lock: it read the whole queue

    def _search_candidates(self, terms: list[str], limit: int) -> list[dict[str, Any]]:
        long = [t for t in terms if len(t) >= 3]  # the trigram index needs three characters
        short = [t for t in terms if len(t) < 3]
        cols = "d.id, d.title, d.outlet, d.published, d.url, d.text"
        params: list[Any] = []
        if long:
            sql = (f"SELECT {cols} FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid "
                   "WHERE documents_fts MATCH ?")
            params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long))
        else:
            sql = f"SELECT {cols} FROM documents d WHERE 1 = 1"
        for t in short:
            sql += " AND d.folded LIKE ? ESCAPE '\\'"
            params.append("%" + _like_escape(t) + "%")
        sql += " ORDER BY COALESCE(d.published, '') DESC, d.id LIMIT ?"
        return self.query(sql, params + [limit])

    def close(self) -> None:
        with self._all_lock:
            for conn in self._all:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            self._all.clear()
        self._local = threading.local()
