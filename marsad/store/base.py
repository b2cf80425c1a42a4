"""The store interface, and the SQL both backends share.

One class, ``Store``, with two backends (``SQLiteStore``, ``PostgresStore``) that
differ only in how they connect, run a transaction, number documents and search.
Everything else (writing a record, merging, the questions' queries) is written
once, here, in SQL both engines accept: ``?`` placeholders (PostgreSQL's backend
rewrites them), ``ON CONFLICT`` upserts, ISO dates as text.

Every write goes through ``write_document`` (one document, one transaction) or
``refresh_merged`` (the derived merged-event tables, one transaction). A process
that dies mid-write leaves no trace of that document; a rerun writes it again.
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
from .rows import DocumentRows, content_hash, norm_name, to_rows

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
    "merged_events", "merged_members", "merged_entities", "store_state",
)
_ENTITY_COLUMNS = ("key", "type", "kb_id", "norm_name", "name_ar", "name_en", "actor_code", "country",
                   "lat", "lon", "feature", "admin1", "geo_precision")
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


def _entity_rank(row: dict[str, Any]) -> str:
    """Deterministic preference among rows for one global entity: fuller first, then by value.

    Two documents may describe one entity differently; the stored row must not
    depend on which was ingested first, so a new row replaces the stored one only
    when its rank sorts lower.
    """
    fields = ("name_en", "actor_code", "country", "lat", "feature", "admin1", "kb_id")
    missing = sum(1 for f in fields if row.get(f) in (None, ""))
    return f"{missing:02d}|" + json.dumps([row.get(c) for c in _ENTITY_COLUMNS], ensure_ascii=False, sort_keys=True)


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

    def _next_seq(self, tx: Tx) -> int | None:
        """The next document number, or None when the database assigns it."""
        return None

    @abc.abstractmethod
    def _search_candidates(self, terms: list[str], limit: int) -> list[dict[str, Any]]:
        """Documents whose folded text contains every term (already folded, lower case)."""

    def _migration_lock(self, tx: Tx) -> None:
        """Serialise concurrent migrations (SQLite's write lock already does)."""

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
        """Several documents in one transaction: all stored or none (a single writer's fast path).

        A crash loses the whole batch and a rerun writes it again; no document is
        ever half-written. Ingest uses batches of one.
        """
        for attempt in range(5):
            try:
                with self.transaction() as tx:
                    return [self._write_rows(tx, rows) for rows in batch]
            except self.retryable:  # concurrent writers (PostgreSQL): deadlock or serialisation failure
                if attempt == 4:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise StoreError("unreachable")  # pragma: no cover

    def _write_rows(self, tx: Tx, rows: DocumentRows) -> WriteResult:
        doc = dict(rows.document)
        found = tx.query("SELECT id, content_hash FROM documents WHERE content_hash = ? OR id = ?",
                         (doc["content_hash"], doc["id"]))
        if any(r["content_hash"] == doc["content_hash"] for r in found):
            return "skipped"
        if not doc.get("ingested_at"):
            doc["ingested_at"] = _now()
        result: WriteResult = "added"
        if found:
            self._delete_document(tx, doc["id"])
            result = "replaced"
        seq = self._next_seq(tx)
        if seq is not None:
            doc["seq"] = seq
        cols = list(doc)
        n = tx.execute(f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                       "ON CONFLICT DO NOTHING", [doc[c] for c in cols])
        if n == 0:  # a concurrent writer stored the same content first
            return "skipped"
        if rows.entities:  # sorted by key: concurrent writers lock rows in one order, no deadlocks
            updates = ", ".join(f"{c} = excluded.{c}" for c in _ENTITY_COLUMNS[1:] + ("rank",))
            tx.executemany(f"INSERT INTO entities ({', '.join(_ENTITY_COLUMNS)}, rank) "
                           f"VALUES ({', '.join('?' * (len(_ENTITY_COLUMNS) + 1))}) "
                           f"ON CONFLICT (key) DO UPDATE SET {updates} WHERE excluded.rank < entities.rank",
                           [[e[c] for c in _ENTITY_COLUMNS] + [_entity_rank(e)]
                            for e in sorted(rows.entities, key=lambda r: r["key"])])
        for table in DocumentRows.CHILD_TABLES:
            items = getattr(rows, table)
            if items:
                cols = list(items[0])
                tx.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                               [[r[c] for c in cols] for r in items])
        self._bump_version(tx)
        return result

    def _bump_version(self, tx: Tx) -> None:
        """Count writes; merged events are fresh while merged_version equals it."""
        tx.execute("INSERT INTO store_state (name, value) VALUES ('events_version', '1') "
                   "ON CONFLICT (name) DO UPDATE SET value = CAST(CAST(store_state.value AS INTEGER) + 1 AS TEXT)")

    def _delete_document(self, tx: Tx, doc_id: str) -> None:
        tx.execute("DELETE FROM event_entities WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)", (doc_id,))
        for table in ("mentions", "events", "statements", "claims", "posture"):
            tx.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        tx.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def delete_document(self, doc_id: str) -> bool:
        with self.transaction() as tx:
            if not tx.query("SELECT 1 AS x FROM documents WHERE id = ?", (doc_id,)):
                return False
            self._delete_document(tx, doc_id)
            self._bump_version(tx)
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
        return (self._state("events_version") or "0") != (self._state("merged_version") or "0")

    def refresh_merged(self, force: bool = False) -> int | None:
        """Recompute merged events from all reports, in one transaction.

        Returns the number of merged events, or None when they were already fresh.
        """
        from ..merge import merge_reports

        if not force and not self.merge_is_stale():
            return None
        with self.transaction() as tx:
            state = tx.query("SELECT value FROM store_state WHERE name = 'events_version'")
            version = state[0]["value"] if state else "0"
            reports = self._load_reports(tx)
            keys = sorted({k for r in reports for ks in r["roles"].values() for k in ks})
            info = self._entity_info(tx, keys)
            merged = merge_reports(reports, info)
            for table in ("merged_entities", "merged_members", "merged_events"):
                tx.execute(f"DELETE FROM {table}")
            ev_rows, mem_rows, ent_rows = [], [], []
            for m in merged:
                row = m.to_row()
                ev_rows.append(row)
                mem_rows += [(m.id, r["id"], r["doc_id"]) for r in m.reports]
                ent_rows += [(m.id, role, k) for role, ks in m.roles.items() for k in ks]
            if ev_rows:
                cols = list(ev_rows[0])
                tx.executemany(f"INSERT INTO merged_events ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                               [[r[c] for c in cols] for r in ev_rows])
                tx.executemany("INSERT INTO merged_members (merged_id, event_id, doc_id) VALUES (?, ?, ?)", mem_rows)
                tx.executemany("INSERT INTO merged_entities (merged_id, role, entity_key) VALUES (?, ?, ?)", ent_rows)
            tx.execute("INSERT INTO store_state (name, value) VALUES ('merged_version', ?) "
                       "ON CONFLICT (name) DO UPDATE SET value = excluded.value", (version,))
            return len(merged)

    def _load_reports(self, tx: Tx | None = None) -> list[dict[str, Any]]:
        run = tx.query if tx is not None else self.query
        rows = run("SELECT e.*, d.title AS doc_title FROM events e JOIN documents d ON d.id = e.doc_id "
                   "ORDER BY e.id")
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


def chunks(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for it in items:
        batch.append(it)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
