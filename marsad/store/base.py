"""The store interface, and the SQL both backends share.

One class, ``Store``, with two backends (``SQLiteStore``, ``PostgresStore``) that
differ only in how they connect, run a transaction, number documents and search.
Everything else (writing a record, merging, the questions' queries) is written
once, here, in SQL both engines accept: ``?`` placeholders (PostgreSQL's backend
rewrites them), ``ON CONFLICT`` upserts, ISO dates as text.

Every write goes through ``write_batch`` (``write_document``: a batch of one; each
batch one transaction) or ``refresh_merged`` (the derived merged-event tables, one
transaction). A process that dies mid-write leaves no trace of that batch; a rerun
writes it again. A batch costs a handful of statements whatever its size (one
``executemany`` per table), and concurrent writers share no row: each queues what it
changed for merging (``merge_queue``) instead of bumping one counter, and leaves
stored entity rows alone unless it improves them.
"""

from __future__ import annotations

import abc
import datetime as dt
import json
import re
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal

from ..errors import MarsadError
from ..record import Record
from ..text.normalise import fold
from .dates import bounds
from .rows import ENTITY_COLUMNS as _ENTITY_COLUMNS
from .rows import DocumentRows, content_hash, entity_rank, norm_name, to_rows

__all__ = [
    "Store",
    "StoreError",
    "Tx",
    "EventFilter",
    "Migration",
    "migrations",
    "WriteResult",
    "SCHEMA_TABLES",
]

WriteResult = Literal["added", "replaced", "skipped"]

# Tables a store holds, in dependency order (children after parents).
SCHEMA_TABLES = (
    "documents", "entities", "mentions", "events", "event_entities", "statements", "claims", "posture",
    "merged_events", "merged_members", "merged_entities", "store_state", "merge_queue",
)
# What merging reads of a report (merge.py), and the days it is indexed on.
_REPORT_COLUMNS = ("id", "doc_id", "type", "mode", "status", "date", "grain", "date_start", "date_end", "published",
                   "outlet", "quantity", "quantity_lower", "quantity_upper", "quantity_approx", "quantity_unit",
                   "quantity_text", "source_key", "source_name", "via_key", "via_name", "confidence", "summary_en",
                   "roles", "merge_lo", "merge_hi")
_PLACE_ROLES = ("location", "origin", "destination")
_ACTOR_ROLES = ("actor", "recipient")


class StoreError(MarsadError):
    code = "E400"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


_MIGRATION_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+?)(?:\.(sqlite|postgres))?\.sql$")


def migrations(dialect: str) -> list[Migration]:
    """Numbered migrations for a dialect: ``NNNN_name.sql``, or ``NNNN_name.<dialect>.sql``."""
    found: dict[int, dict[str | None, tuple[str, str]]] = {}
    for entry in resources.files("marsad.store.migrations").iterdir():
        m = _MIGRATION_FILE.match(entry.name)
        if m:
            found.setdefault(int(m[1]), {})[m[3]] = (m[2], entry.read_text(encoding="utf-8"))
    out = []
    for version in sorted(found):
        variants = found[version]
        chosen = variants.get(dialect) or variants.get(None)
        if chosen is None:
            raise StoreError(f"migration {version:04d} has no file for {dialect}")
        out.append(Migration(version, chosen[0], chosen[1]))
    return out


class Tx(abc.ABC):
    """A transaction: statements run inside it and commit together."""

    @abc.abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; returns the number of rows it changed."""

    @abc.abstractmethod
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abc.abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    @abc.abstractmethod
    def script(self, sql: str) -> None:
        """Run a file of statements (a migration)."""

    def insert_many(self, table: str, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Append rows to a table (no conflicts expected): the bulk path of a write."""
        self.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)

    def insert_new(self, sql: str, rows: Sequence[Sequence[Any]]) -> list[bool]:
        """Run an ``INSERT … ON CONFLICT DO NOTHING`` per row; which rows were inserted."""
        return [self.execute(sql, r) > 0 for r in rows]


@dataclass
class EventFilter:
    """What the questions filter events by. Keys are global entity keys (``resolve``)."""

    type: str | None = None
    mode: str | None = None
    status: str | None = None
    actor_keys: Sequence[str] | None = None   # any of actor / recipient
    place_keys: Sequence[str] | None = None   # any of location / origin / destination
    since: str | None = None                  # the event's dates overlap [since, until]
    until: str | None = None
    doc_id: str | None = None
    conflict_only: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


class Store(abc.ABC):
    """A Marsad store. Open one with ``marsad.store.open_store(url_or_path)``."""

    dialect: str = ""
    url: str = ""
    retryable: tuple[type[BaseException], ...] = ()

    def __init__(self) -> None:
        self._write_lock = threading.Lock()

    # ----- backend primitives -------------------------------------------------------
    @abc.abstractmethod
    def _begin(self) -> Any:
        """A context manager yielding a ``Tx`` that commits on exit, rolls back on error."""

    @abc.abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read-only statement outside any write transaction."""

    @abc.abstractmethod
    def close(self) -> None: ...

    def _first_seq(self, tx: Tx) -> int | None:
        """The next document number (the batch takes it and those after), or None when the database assigns them."""
        return None

    @abc.abstractmethod
    def _search_candidates(self, terms: list[str], limit: int) -> list[dict[str, Any]]:
        """Documents whose folded text contains every term (already folded, lower case)."""

    def _migration_lock(self, tx: Tx) -> None:
        """Serialise concurrent migrations (SQLite's write lock already does)."""

    def _merge_lock(self, tx: Tx) -> None:
        """Serialise concurrent merge refreshes (SQLite's write lock already does)."""

    # ----- lifecycle ------------------------------------------------------------------
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """The single write path: one process-wide lock, then the database's own."""
        with self._write_lock, self._begin() as tx:
            yield tx

    def migrate(self) -> int:
        """Apply pending migrations in one transaction; returns the schema version."""
        with self.transaction() as tx:
            self._migration_lock(tx)
            tx.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                       "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            rows = tx.query("SELECT MAX(version) AS v FROM schema_version")
            current = int(rows[0]["v"] or 0)
            for m in migrations(self.dialect):
                if m.version > current:
                    tx.script(m.sql)
                    tx.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                               (m.version, m.name, _now()))
                    current = m.version
            return current

    def schema_version(self) -> int:
        try:
            return int(self.query("SELECT MAX(version) AS v FROM schema_version")[0]["v"] or 0)
        except Exception:  # no schema_version table yet
            return 0

    # ----- writing ----------------------------------------------------------------------
    def has_content(self, hash_: str) -> bool:
        """True when a document with this content hash (``rows.content_hash``) is stored."""
        return bool(self.query("SELECT 1 AS x FROM documents WHERE content_hash = ?", (hash_,)))

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among ``hashes`` already stored (a batch runner skips them before extracting)."""
        out: set[str] = set()
        for chunk in chunks(dict.fromkeys(hashes), 500):
            out |= {r["content_hash"] for r in self.query(
                f"SELECT content_hash FROM documents WHERE content_hash IN ({', '.join('?' * len(chunk))})", chunk)}
        return out

    def write_document(self, record: Record, *, content_hash_: str | None = None,
                       source: str | None = None) -> WriteResult:
        """Store one record and everything in it, in one transaction.

        Same content (hash of the text) as a stored document → ``skipped``. Same
        id with different content → the old document is replaced (an updated
        article). Else ``added``.
        """
        rows = to_rows(record, hash_=content_hash_ or content_hash(record.doc.text), source=source,
                       ingested_at=_now())
        return self.write_rows(rows)

    def write_rows(self, rows: DocumentRows) -> WriteResult:
        """``write_document`` for rows already made by ``rows.to_rows`` (a batch worker can make them)."""
        return self.write_batch([rows])[0]

    def write_batch(self, batch: Sequence[DocumentRows]) -> list[WriteResult]:
        """Several documents in one transaction: all stored or none.

        The result is what writing them one by one, in order, would give (a
        repeated content is skipped, a repeated id replaces). A crash loses the
        whole batch and a rerun writes it again; no document is ever half-written.
        """
        for attempt in range(5):
            try:
                with self.transaction() as tx:
                    out: list[WriteResult] = []
                    for run in _distinct_runs(batch):
                        out += self._write_run(tx, run)
                    return out
            except self.retryable:  # concurrent writers (PostgreSQL): deadlock or serialisation failure
                if attempt == 4:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise StoreError("unreachable")  # pragma: no cover

    def _write_run(self, tx: Tx, run: Sequence[DocumentRows]) -> list[WriteResult]:
        """Documents with distinct ids and contents: a few statements for all of them."""
        docs = [dict(r.document) for r in run]
        found = _select_in(tx, "SELECT id, content_hash FROM documents WHERE content_hash IN ({}) OR id IN ({})",
                           [d["content_hash"] for d in docs], [d["id"] for d in docs])
        hashes = {r["content_hash"] for r in found}
        ids = {r["id"]: r["content_hash"] for r in found}
        results: list[WriteResult] = []
        todo: list[int] = []
        now = _now()
        for i, doc in enumerate(docs):
            if doc["content_hash"] in hashes:
                results.append("skipped")
                continue
            if doc["id"] in ids:
                self._delete_document(tx, doc["id"])
                hashes.discard(ids[doc["id"]])  # its old content is no longer stored
                results.append("replaced")
            else:
                results.append("added")
            doc["ingested_at"] = doc.get("ingested_at") or now
            todo.append(i)
        if not todo:
            return results
        seq = self._first_seq(tx)
        if seq is not None:
            for n, i in enumerate(todo):
                docs[i]["seq"] = seq + n
        cols = list(docs[todo[0]])
        inserted = tx.insert_new(f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                                 "ON CONFLICT DO NOTHING", [[docs[i][c] for c in cols] for i in todo])
        stored: list[DocumentRows] = []
        for i, ok in zip(todo, inserted):
            if ok:
                stored.append(run[i])
            else:  # a concurrent writer stored the same content first
                results[i] = "skipped"
        if stored:
            self._write_entities(tx, [e for r in stored for e in r.entities])
            for table in DocumentRows.CHILD_TABLES:
                items = [x for r in stored for x in getattr(r, table)]
                if items:
                    cols = list(items[0])
                    tx.insert_many(table, cols, [[x[c] for c in cols] for x in items])
            self._enqueue(tx, [("added", e["type"], e.get("merge_lo"), e.get("merge_hi"), e["id"], None)
                               for r in stored for e in r.events])
        return results

    def _write_entities(self, tx: Tx, rows: Sequence[dict[str, Any]]) -> None:
        """Upsert global entities: only those that are new or better described than the stored row.

        Reading the stored ranks first means a writer locks no entity row it leaves as
        it is (Iraq, US forces, named in most articles), so concurrent writers do not
        queue behind one another. An improved description can change merging: queued.
        """
        best: dict[str, tuple[str, dict[str, Any]]] = {}
        for e in rows:
            rank = e.get("rank") or entity_rank(e)
            if e["key"] not in best or rank < best[e["key"]][0]:
                best[e["key"]] = (rank, e)
        if not best:
            return
        stored = {r["key"]: r["rank"] for r in _select_in(tx, "SELECT key, rank FROM entities WHERE key IN ({})",
                                                          list(best))}
        todo = sorted(k for k, (rank, _) in best.items() if k not in stored or rank < stored[k])
        if not todo:
            return
        updates = ", ".join(f"{c} = excluded.{c}" for c in _ENTITY_COLUMNS[1:] + ("rank",))
        # sorted by key: concurrent writers lock rows in one order, no deadlocks
        tx.executemany(f"INSERT INTO entities ({', '.join(_ENTITY_COLUMNS)}, rank) "
                       f"VALUES ({', '.join('?' * (len(_ENTITY_COLUMNS) + 1))}) "
                       f"ON CONFLICT (key) DO UPDATE SET {updates} WHERE excluded.rank < entities.rank",
                       [[best[k][1][c] for c in _ENTITY_COLUMNS] + [best[k][0]] for k in todo])
        self._enqueue(tx, [("entity", None, None, None, None, k) for k in todo if k in stored])

    def _enqueue(self, tx: Tx, items: Sequence[tuple[Any, ...]]) -> None:
        """Queue changes for the next merge refresh: (kind, type, lo, hi, event_id, entity_key)."""
        if items:
            tx.insert_many("merge_queue", ("kind", "type", "lo", "hi", "event_id", "entity_key"), items)

    def _delete_document(self, tx: Tx, doc_id: str) -> None:
        gone = tx.query("SELECT id, type, date, grain, published FROM events WHERE doc_id = ?", (doc_id,))
        if gone:
            from ..merge import report_interval

            ivs = [report_interval(e) for e in gone]
            self._enqueue(tx, [("removed", e["type"], iv[0].isoformat() if iv else None,
                                iv[1].isoformat() if iv else None, e["id"], None) for e, iv in zip(gone, ivs)])
        tx.execute("DELETE FROM event_entities WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)", (doc_id,))
        for table in ("mentions", "events", "statements", "claims", "posture"):
            tx.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        tx.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def delete_document(self, doc_id: str) -> bool:
        with self.transaction() as tx:
            if not tx.query("SELECT 1 AS x FROM documents WHERE id = ?", (doc_id,)):
                return False
            self._delete_document(tx, doc_id)
            return True

    # ----- merged events -------------------------------------------------------------------
    def _state(self, name: str) -> str | None:
        rows = self.query("SELECT value FROM store_state WHERE name = ?", (name,))
        return rows[0]["value"] if rows else None

    def state(self, name: str) -> str | None:
        """A value kept in the store's small key/value table (``set_state``)."""
        return self._state(name)

    def set_state(self, name: str, value: str) -> None:
        with self.transaction() as tx:
            tx.execute("INSERT INTO store_state (name, value) VALUES (?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET value = excluded.value", (name, value))

    def merge_is_stale(self) -> bool:
        """True while writes are queued that merged events do not reflect yet."""
        return bool(self.query("SELECT 1 AS x FROM merge_queue LIMIT 1"))

    def refresh_merged(self, force: bool = False) -> int | None:
        """Bring merged events up to date with the reports, in one transaction.

        Only what the queued writes touched is re-merged: reports of one type
        merge only with reports whose dates overlap theirs, so the runs of
        overlapping dates (per type) that contain an added or removed report, or
        a report naming an entity whose description changed, are merged again
        and the rest is kept. The result equals merging everything
        (``force``; tests/store/test_merge_incremental.py checks it).

        Returns the number of merged events, or None when they were already fresh.
        """
        from ..merge import merge_reports

        if not force and not self.merge_is_stale():
            return None
        with self.transaction() as tx:
            self._merge_lock(tx)
            queue = tx.query("SELECT id, kind, type, lo, hi, event_id, entity_key FROM merge_queue")
            if not queue and not force:
                return None  # a concurrent refresh did it
            scope = None if force else self._merge_scope(tx, queue)
            if scope is None:  # everything
                reports = self._load_reports(tx)
                for table in ("merged_entities", "merged_members", "merged_events"):
                    tx.execute(f"DELETE FROM {table}")
                self._fill_merge_interval(tx, reports)
            else:
                ids, removed = scope
                reports = self._load_reports(tx, sorted(ids))
                old = [r["merged_id"] for r in _select_in(
                    tx, "SELECT DISTINCT merged_id FROM merged_members WHERE event_id IN ({})", sorted(ids | removed))]
                for i in range(0, len(old), 400):
                    chunk = old[i:i + 400]
                    marks = ", ".join("?" * len(chunk))
                    for table, col in (("merged_entities", "merged_id"), ("merged_members", "merged_id"),
                                       ("merged_events", "id")):
                        tx.execute(f"DELETE FROM {table} WHERE {col} IN ({marks})", chunk)
            keys = sorted({k for r in reports for ks in r["roles"].values() for k in ks})
            merged = merge_reports(reports, self._entity_info(tx, keys))
            ev_rows, mem_rows, ent_rows = [], [], []
            for m in merged:
                ev_rows.append(m.to_row())
                mem_rows += [(m.id, r["id"], r["doc_id"]) for r in m.reports]
                ent_rows += [(m.id, role, k) for role, ks in m.roles.items() for k in ks]
            if ev_rows:  # the bulk path (COPY on PostgreSQL): the rows they replace are deleted above
                cols = list(ev_rows[0])
                tx.insert_many("merged_events", cols, [[r[c] for c in cols] for r in ev_rows])
                tx.insert_many("merged_members", ("merged_id", "event_id", "doc_id"), mem_rows)
                tx.insert_many("merged_entities", ("merged_id", "role", "entity_key"), ent_rows)
            self._dequeue(tx, [q["id"] for q in queue])
            return int(tx.query("SELECT COUNT(*) AS n FROM merged_events")[0]["n"])

    def _dequeue(self, tx: Tx, ids: Sequence[int]) -> None:
        """Remove the queue rows a refresh has handled (not rows queued by writers since)."""
        for i in range(0, len(ids), 400):
            chunk = ids[i:i + 400]
            tx.execute(f"DELETE FROM merge_queue WHERE id IN ({', '.join('?' * len(chunk))})", chunk)

    def _merge_scope(self, tx: Tx, queue: Sequence[dict[str, Any]]) -> tuple[set[str], set[str]] | None:
        """The reports to merge again, and the removed reports whose merged events go; None: all of them.

        Seeds are the days each queued report (added or removed) may fall on, and
        those of reports naming a changed entity. Sweeping a type's reports in date
        order, a run of overlapping dates that contains a seed is merged again
        whole: inside a run any report may change another's group; across runs none can.
        """
        if any(q["kind"] == "all" for q in queue):
            return None
        total = int(tx.query("SELECT COUNT(*) AS n FROM events")[0]["n"])
        if len(queue) * 2 >= total:
            return None  # most of the store is new: merging it all is cheaper than finding what is not
        ids: set[str] = set()
        removed = {q["event_id"] for q in queue if q["kind"] == "removed" and q["event_id"]}
        seeds: dict[str, list[tuple[str, str]]] = {}
        touched: list[dict[str, Any]] = [q for q in queue if q["kind"] in ("added", "removed")]
        changed = sorted({q["entity_key"] for q in queue if q["kind"] == "entity" and q["entity_key"]})
        if changed:
            touched += [{"kind": "added", "type": r["type"], "lo": r["merge_lo"], "hi": r["merge_hi"], "event_id": r["id"]}
                        for r in _select_in(tx, "SELECT DISTINCT e.id, e.type, e.merge_lo, e.merge_hi FROM event_entities x "
                                                "JOIN events e ON e.id = x.event_id WHERE x.entity_key IN ({})", changed)]
        for q in touched:
            if q["lo"] is None or q["hi"] is None:
                if q["kind"] == "added" and q["event_id"]:
                    ids.add(q["event_id"])  # undated and unpublished: merged alone
            else:
                seeds.setdefault(q["type"], []).append((q["lo"], q["hi"]))
        for type_, spans in sorted(seeds.items()):
            rows = tx.query("SELECT id, merge_lo, merge_hi FROM events WHERE type = ? AND merge_lo IS NOT NULL "
                            "ORDER BY merge_lo", (type_,))
            items = sorted([(r["merge_lo"], r["merge_hi"], r["id"]) for r in rows]
                           + [(lo, hi, None) for lo, hi in spans], key=lambda x: (x[0], x[1]))
            run: list[str] = []
            seeded, end = False, ""
            for lo, hi, eid in items:
                if run or seeded:
                    if lo > end:  # a gap in the dates: the run is closed
                        if seeded:
                            ids.update(run)
                        run, seeded, end = [], False, ""
                if eid is None:
                    seeded = True
                else:
                    run.append(eid)
                end = max(end, hi)
            if seeded:
                ids.update(run)
        return ids, removed

    def _fill_merge_interval(self, tx: Tx, reports: Sequence[dict[str, Any]]) -> None:
        """Index the days of reports stored before merging was incremental (schema version 3)."""
        from ..merge import report_interval

        todo = []
        for r in reports:
            if r.get("merge_lo") is None:
                iv = report_interval(r)
                if iv is not None:
                    todo.append((iv[0].isoformat(), iv[1].isoformat(), r["id"]))
        if todo:
            tx.executemany("UPDATE events SET merge_lo = ?, merge_hi = ? WHERE id = ?", todo)

    def _load_reports(self, tx: Tx | None = None, ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        run = tx.query if tx is not None else self.query
        sql = f"SELECT {', '.join(_REPORT_COLUMNS)} FROM events"
        if ids is None:
            rows = run(sql + " ORDER BY id")
        else:
            rows = []
            for i in range(0, len(ids), 400):
                chunk = ids[i:i + 400]
                rows += run(sql + f" WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        for r in rows:
            r["roles"] = json.loads(r["roles"])
        return rows

    def _entity_info(self, tx: Tx | None, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        run = tx.query if tx is not None else self.query
        out: dict[str, dict[str, Any]] = {}
        keys = list(dict.fromkeys(k for k in keys if k))
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            for r in run(f"SELECT * FROM entities WHERE key IN ({', '.join('?' * len(chunk))})", chunk):
                r.pop("rank", None)
                out[r["key"]] = r
        return out

    def entity_info(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Global entity rows by key (names, codes, coordinates)."""
        return self._entity_info(None, keys)

    # ----- reading -------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "entities", "events", "statements", "claims", "posture", "merged_events"):
            out[table] = int(self.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"])
        return out

    def document(self, doc_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            # Allow a unique id prefix, as people type short ids.
            rows = self.query("SELECT * FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 2",
                              (_like_prefix(doc_id),))
            if len(rows) != 1:
                return None
        row = rows[0]
        row["record"] = json.loads(row["record"])
        return row

    def documents(self, *, limit: int = 50, offset: int = 0, outlet: str | None = None,
                  since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        where, params = [], []
        since, until = _day_range(since, until)
        if outlet:
            where.append("outlet = ?")
            params.append(outlet)
        if since:
            where.append("published >= ?")
            params.append(since)
        if until:
            where.append("published <= ?")
            params.append(until)
        sql = ("SELECT id, url, outlet, title, published, lang, source, n_events, content_hash FROM documents"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY published, id LIMIT ? OFFSET ?")
        return self.query(sql, params + [limit, offset])

    def iter_records(self, batch: int = 200) -> Iterator[dict[str, Any]]:
        """Every stored record (``marsad.document/1`` dicts), by publication date then id."""
        last: tuple[str, str] | None = None
        while True:
            if last is None:
                rows = self.query("SELECT id, COALESCE(published, '') AS p, record FROM documents "
                                  "ORDER BY COALESCE(published, ''), id LIMIT ?", (batch,))
            else:
                rows = self.query("SELECT id, COALESCE(published, '') AS p, record FROM documents "
                                  "WHERE COALESCE(published, '') > ? OR (COALESCE(published, '') = ? AND id > ?) "
                                  "ORDER BY COALESCE(published, ''), id LIMIT ?", (last[0], last[0], last[1], batch))
            if not rows:
                return
            for r in rows:
                yield json.loads(r["record"])
            last = (rows[-1]["p"], rows[-1]["id"])

    def resolve(self, name: str, kind: Literal["place", "actor", "any"] = "any", contained: bool = True) -> list[str]:
        """Global entity keys a user's name refers to: key or kb_id, Arabic name (folded), or English name.

        With ``contained``, a country also brings in every place in it (events at
        Ain al-Asad are events in Iraq).
        """
        name = name.strip()
        if not name:
            return []
        types = {"place": ("LOC", "FAC"), "actor": ("ORG", "PER", "LOC")}.get(kind)
        tclause = f" AND type IN ({', '.join('?' * len(types))})" if types else ""
        tparams = list(types or ())
        norm = norm_name(name)
        rows = self.query(f"SELECT * FROM entities WHERE (key = ? OR kb_id = ? OR norm_name = ? "
                          f"OR LOWER(name_en) = ?){tclause}", [name, name, norm, name.lower()] + tparams)
        if not rows and norm:
            like = "%" + _like_escape(norm) + "%"
            rows = self.query(f"SELECT * FROM entities WHERE (norm_name LIKE ? ESCAPE '\\' "
                              f"OR LOWER(name_en) LIKE ? ESCAPE '\\'){tclause}",
                              [like, "%" + _like_escape(name.lower()) + "%"] + tparams)
            if not rows:  # also the surface forms seen in documents (short forms, metonyms)
                keys = [r["entity_key"] for r in self.query(
                    "SELECT DISTINCT entity_key FROM mentions WHERE name_ar = ?", (name,))]
                rows = list(self._entity_info(None, keys).values())
        keys = [r["key"] for r in rows]
        if contained and kind in ("place", "any"):
            countries = [r["country"] for r in rows if r.get("feature") == "country" and r.get("country")]
            for c in dict.fromkeys(countries):
                keys += [r["key"] for r in self.query(
                    "SELECT key FROM entities WHERE country = ? AND type IN ('LOC', 'FAC') ORDER BY key", (c,))]
        return list(dict.fromkeys(keys))

    def _event_where(self, f: EventFilter, alias: str, link_table: str, link_col: str) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        for col in ("type", "mode", "status"):
            v = getattr(f, col)
            if v:
                where.append(f"{alias}.{col} = ?")
                params.append(v)
        since, until = _day_range(f.since, f.until)
        if since:
            where.append(f"{alias}.date_end >= ?")
            params.append(since)
        if until:
            where.append(f"{alias}.date_start <= ?")
            params.append(until)
        for keys, roles in ((f.actor_keys, _ACTOR_ROLES), (f.place_keys, _PLACE_ROLES)):
            if keys is None:
                continue
            if not keys:
                where.append("1 = 0")
                continue
            where.append(f"EXISTS (SELECT 1 FROM {link_table} x WHERE x.{link_col} = {alias}.id "
                         f"AND x.role IN ({', '.join('?' * len(roles))}) "
                         f"AND x.entity_key IN ({', '.join('?' * len(keys))}))")
            params += list(roles) + list(keys)
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def events(self, f: EventFilter | None = None, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Reported events (one per article mention), by date."""
        f = f or EventFilter()
        where, params = self._event_where(f, "e", "event_entities", "event_id")
        if f.doc_id:
            where += (" AND " if where else " WHERE ") + "e.doc_id = ?"
            params.append(f.doc_id)
        rows = self.query(f"SELECT e.* FROM events e{where} "
                          f"ORDER BY COALESCE(e.date_start, e.published, ''), e.id LIMIT ? OFFSET ?",
                          params + [limit, offset])
        for r in rows:
            r["roles"] = json.loads(r["roles"])
        return rows

    def merged_events(self, f: EventFilter | None = None, *, limit: int = 100, offset: int = 0,
                      with_reports: bool = True) -> list[dict[str, Any]]:
        """Merged events (one per real event), by date, each with its reports."""
        f = f or EventFilter()
        where, params = self._event_where(f, "m", "merged_entities", "merged_id")
        if f.conflict_only:
            where += (" AND " if where else " WHERE ") + "m.has_conflict = 1"
        if f.doc_id:
            where += (" AND " if where else " WHERE ") + \
                "EXISTS (SELECT 1 FROM merged_members mm WHERE mm.merged_id = m.id AND mm.doc_id = ?)"
            params.append(f.doc_id)
        rows = self.query(f"SELECT m.* FROM merged_events m{where} "
                          f"ORDER BY COALESCE(m.date_start, m.first_reported, ''), m.id LIMIT ? OFFSET ?",
                          params + [limit, offset])
        for r in rows:
            r["detail"] = json.loads(r["detail"])
            r["reports"] = []
        if with_reports and rows:
            by_id = {r["id"]: r for r in rows}
            ids = list(by_id)
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                for e in self.query(
                        f"SELECT mm.merged_id, e.* FROM merged_members mm JOIN events e ON e.id = mm.event_id "
                        f"WHERE mm.merged_id IN ({', '.join('?' * len(chunk))}) "
                        f"ORDER BY COALESCE(e.published, ''), e.id", chunk):
                    e["roles"] = json.loads(e["roles"])
                    by_id[e.pop("merged_id")]["reports"].append(e)
        return rows

    def posture_rows(self, actor_keys: Sequence[str] | None = None,
                     place_keys: Sequence[str] | None = None) -> list[dict[str, Any]]:
        where, params = [], []
        for col, keys in (("actor_key", actor_keys), ("location_key", place_keys)):
            if keys is None:
                continue
            if not keys:
                return []
            where.append(f"p.{col} IN ({', '.join('?' * len(keys))})")
            params += list(keys)
        return self.query("SELECT p.*, d.title AS doc_title FROM posture p JOIN documents d ON d.id = p.doc_id"
                          + (" WHERE " + " AND ".join(where) if where else "")
                          + " ORDER BY COALESCE(p.date_start, ''), p.id", params)

    def statements(self, *, speaker_keys: Sequence[str] | None = None, doc_id: str | None = None,
                   limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        where, params = [], []
        if speaker_keys is not None:
            if not speaker_keys:
                return []
            where.append(f"speaker_key IN ({', '.join('?' * len(speaker_keys))})")
            params += list(speaker_keys)
        if doc_id:
            where.append("doc_id = ?")
            params.append(doc_id)
        return self.query("SELECT * FROM statements" + (" WHERE " + " AND ".join(where) if where else "")
                          + " ORDER BY COALESCE(date, ''), id LIMIT ? OFFSET ?", params + [limit, offset])

    def entities(self, *, q: str | None = None, type: str | None = None, limit: int = 100,
                 offset: int = 0) -> list[dict[str, Any]]:
        """Global entities with the number of documents and events that name them."""
        where, params = [], []
        if q:
            where.append("(en.norm_name LIKE ? ESCAPE '\\' OR LOWER(en.name_en) LIKE ? ESCAPE '\\' OR en.key = ?)")
            params += ["%" + _like_escape(norm_name(q)) + "%", "%" + _like_escape(q.lower()) + "%", q]
        if type:
            where.append("en.type = ?")
            params.append(type)
        sql = ("SELECT en.key, en.type, en.kb_id, en.norm_name, en.name_ar, en.name_en, en.actor_code, en.country, "
               "en.lat, en.lon, en.feature, en.admin1, en.geo_precision, "
               "(SELECT COUNT(DISTINCT m.doc_id) FROM mentions m WHERE m.entity_key = en.key) AS n_documents, "
               "(SELECT COUNT(DISTINCT x.event_id) FROM event_entities x WHERE x.entity_key = en.key) AS n_events "
               "FROM entities en" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY n_documents DESC, en.key LIMIT ? OFFSET ?")
        return self.query(sql, params + [limit, offset])

    def search(self, text: str, *, limit: int = 20, context: int = 60) -> list[dict[str, Any]]:
        """Documents containing every word of ``text``, folded as matching folds (ة/ه, أ/ا, digits …).

        Each hit has the document's fields, ``hits`` (occurrences) and ``snippet``
        (original text around the first occurrence) with ``highlight`` offsets into it.
        """
        terms = [t for t in fold(text).text.lower().split() if t]
        if not terms:
            return []
        out = []
        for row in self._search_candidates(terms, max(limit * 10, 200)):
            folded = fold(row["text"])
            low = folded.text.lower()
            if len(low) != len(folded.text):
                low = folded.text
            hits = sum(low.count(t) for t in terms)
            first = min((p for p in (low.find(t) for t in terms) if p >= 0), default=-1)
            snippet, highlight = "", None
            if first >= 0:
                term = next(t for t in terms if low.find(t) == first)
                s, e = folded.span(first, first + len(term))
                a, b = max(0, s - context), min(len(row["text"]), e + context)
                snippet = row["text"][a:b].replace("\n", " ")
                highlight = [s - a, e - a]
            out.append({"id": row["id"], "title": row["title"], "outlet": row["outlet"],
                        "published": row["published"], "url": row["url"], "hits": hits,
                        "snippet": snippet, "highlight": highlight})
        out.sort(key=lambda r: (-r["hits"], _desc(r["published"]), r["id"]))
        return out[:limit]

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        """Every table's logical content, ordered (for tests: two stores hold the same)."""
        out = {}
        for table in SCHEMA_TABLES:
            rows = self.query(f"SELECT * FROM {table}")
            for r in rows:
                r.pop("ingested_at", None)
                r.pop("seq", None)
            out[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
        return out


def _day_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``since``/``until`` at any grain (2025, 2025-08, 2025-08-19) → first and last day."""
    out: list[str | None] = []
    for value, edge in ((since, 0), (until, 1)):
        if not value:
            out.append(None)
            continue
        b = bounds(value)
        if b is None:
            raise StoreError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        out.append(b[edge].isoformat())
    return out[0], out[1]


def _desc(s: str | None) -> str:
    """Sort key that puts later ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in (s or ""))


def _like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_prefix(s: str) -> str:
    return _like_escape(s) + "%"


def _distinct_runs(batch: Sequence[DocumentRows]) -> Iterator[list[DocumentRows]]:
    """The batch cut where an id or a content repeats: within a run, documents do not affect one another."""
    run: list[DocumentRows] = []
    seen: set[tuple[str, str]] = set()
    for rows in batch:
        keys = {("id", rows.document["id"]), ("hash", rows.document["content_hash"])}
        if seen & keys:
            yield run
            run, seen = [], set()
        run.append(rows)
        seen |= keys
    if run:
        yield run


def _select_in(tx: Tx, sql: str, *lists: Sequence[Any], size: int = 400) -> list[dict[str, Any]]:
    """``sql`` with each ``{}`` an IN list of the matching values, run in chunks (SQLite's parameter limit)."""
    n = max((len(x) for x in lists), default=0)
    out: list[dict[str, Any]] = []
    for i in range(0, n, size):
        parts = [list(x[i:i + size]) for x in lists]
        out += tx.query(sql.format(*(", ".join("?" * len(p)) if p else "NULL" for p in parts)),
                        [v for p in parts for v in p])
    return out


def chunks(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for it in items:
        batch.append(it)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
