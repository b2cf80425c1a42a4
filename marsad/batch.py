"""Scale-out ingest on Dask: many workers extract, the store receives every record once.

    >>> from marsad.batch import ingest_parallel
    >>> report = ingest_parallel(["archive/"], "postgresql://…/marsad", workers=8)

``marsad ingest PATH… --workers N`` starts a local Dask cluster (``LocalCluster``, one
process per worker, one thread each); ``--scheduler tcp://HOST:PORT`` uses a running
cluster. The client plans the input (``ingest.plan``), reads each article once, hashes
it and asks the store which hashes it already holds; what is new goes to the workers
in partitions. A worker calls ``marsad.extract`` through ``ingest.prepare`` and turns
each record into rows (``store.rows.to_rows``). Then:

- **PostgreSQL**: the worker writes its partition itself, in one transaction
  (``Store.write_batch``: a few statements per partition, rows by ``COPY``); the
  per-document checks (same content: skipped; same id: replaced) run inside that
  transaction, as in single-process ingest. Concurrent writers share no row (no
  counter to bump; entity rows touched only when improved), so they do not wait on
  one another.
- **SQLite** (one writer at a time by design): the worker sends the rows back and the
  client writes each partition in one transaction as it arrives, while the workers
  extract the next ones. Workers need no access to the file.

Merged events are refreshed once at the end (``Store.refresh_merged``), and only
for the dates the run's reports touched, while the cluster shuts down.

The guarantees are those of single-process ingest (``marsad.ingest``):

- idempotent: stored content is skipped before extraction; re-ingesting adds nothing;
- crash-safe: a partition is written all or nothing, so killing the client or a
  worker at any moment leaves no half-written document; a rerun skips what is stored
  and does the rest, and merged events (refreshed at the end) are brought up to date
  by the next run or question if the run died first;
- the same store: articles that repeat a content or an id already seen in this run
  are held back and stored after the parallel phase, in input order, exactly as a
  single process would (so "a later version replaces the earlier" still holds).

Progress is one bar across all workers (done/total, rate, ETA), advanced as
partitions come back.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .errors import InputError, MarsadError
from .ingest import Article, IngestReport, Progress, SourceError, article_hash, iter_articles, plan, prepare, record_failure
from .store.base import Store, WriteResult
from .store.rows import DocumentRows, to_rows

__all__ = ["BatchError", "ingest_parallel", "local_cluster", "Outcome"]

Extractor = Callable[..., Any]

PARTITION = 16  # articles per task: small enough for a smooth progress bar, big enough to amortise a task
LOOKUP = 500  # articles hashed and looked up in the store at a time


# Dask's housekeeping, slowed down for a local cluster of long pure-Python tasks. By default its
# sampling profiler takes the GIL every 10 ms, every server ticks every 20 ms, samples the
# system every 0.5 s and checks memory every 0.1 s, and the scheduler tries to steal work every
# 0.1 s: idle, that is about 9 % of a core for two workers, taken from extraction on a small machine.
QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,  # partitions are alike and handed out a few at a time
}


class BatchError(MarsadError):
    code = "E500"


@dataclass
class Outcome:
    """What became of one article on a worker."""

    result: WriteResult | None = None  # set when the worker wrote it (PostgreSQL)
    rows: DocumentRows | None = None  # set when the client writes it (SQLite)
    error: SourceError | None = None


# ----- on the workers ---------------------------------------------------------------------------------------
@lru_cache(maxsize=4)
def _worker_store(url: str) -> Store:
    """One store connection per worker process and URL (opened on its first partition)."""
    from .store import open_store

    return open_store(url, migrate=False)


def warm(extractor: Extractor | None = None) -> int:
    """Build the pipeline in this process (run on every worker before the clock starts); its RSS in MB."""
    import resource

    if extractor is None:
        from .api import load

        load()
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def extract_partition(articles: Sequence[Article], *, published: str | None = None, outlet: str | None = None,
                      extractor: Extractor | None = None, write_to: str | None = None) -> list[Outcome]:
    """Extract a partition; with ``write_to`` (a PostgreSQL URL) store it in one transaction.

    Per-article failures (unreadable text, an extractor bug) become ``Outcome.error``;
    the rest of the partition goes on, as in single-process ingest.
    """
    out: list[Outcome] = []
    for art in articles:
        try:
            p = prepare(art, extractor, published=published, outlet=outlet)
            out.append(Outcome(rows=to_rows(p.record, hash_=p.hash, source=p.source)))
        except InputError as exc:
            out.append(Outcome(error=SourceError(art.source, str(exc))))
        except Exception as exc:  # an extractor bug on one article must not lose the rest
            out.append(Outcome(error=SourceError(art.source, f"extraction failed: {type(exc).__name__}: {exc}")))
    if write_to is not None:
        todo = [o for o in out if o.rows is not None]
        if todo:
            results = _worker_store(write_to).write_batch([o.rows for o in todo])  # type: ignore[misc]
            for o, r in zip(todo, results):
                o.result, o.rows = r, None  # nothing big goes back to the client
    return out


# ----- the cluster ------------------------------------------------------------------------------------------
def _dask() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise BatchError("parallel ingest needs Dask: pip install 'marsad[dask]' "
                         "(dask[distributed])") from exc
    return distributed


def local_cluster(workers: int, *, processes: bool = True) -> Any:
    """A local Dask cluster: ``workers`` processes of one thread each (extraction is pure Python,
    so threads would share one core); each worker may use its share of the machine's memory."""
    distributed = _dask()
    import dask

    with dask.config.set(QUIET):
        return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                                        dashboard_address=None, silence_logs=logging.ERROR)


# ----- the client ---------------------------------------------------------------------------------------------
def ingest_parallel(paths: Sequence[str | os.PathLike[str]], store: Store, *, workers: int | None = None,
                    scheduler: str | None = None, client: Any = None, published: str | None = None,
                    outlet: str | None = None, extractor: Extractor | None = None, progress: bool | None = None,
                    on_error: Callable[[SourceError], None] | None = None, merge: bool = True,
                    partition: int = PARTITION, processes: bool = True) -> IngestReport:
    """``ingest.ingest`` on a Dask cluster: a local one of ``workers`` processes, the one at
    ``scheduler`` (``tcp://HOST:PORT``), or an open ``client``. Returns the same report.

    ``extractor`` must be importable on the workers (a module-level function); default
    ``marsad.extract``. With a PostgreSQL store the workers write (they must reach the
    database at ``store.url``); with SQLite the client does.
    """
    distributed = _dask()
    if sum(x is not None for x in (workers, scheduler, client)) != 1:
        raise BatchError("give exactly one of workers, scheduler or client")
    if workers is not None and workers < 1:
        raise BatchError("workers must be at least 1")
    report = IngestReport()
    t0 = time.monotonic()
    own: list[Any] = []  # what this call started and must close

    def connect() -> Any:
        """The cluster, started when the first partition is ready (a rerun with nothing new starts none)."""
        if client is not None:
            return client
        if scheduler is not None:
            own.append(distributed.Client(scheduler, timeout="30s"))
        else:
            own.append(local_cluster(workers or 1, processes=processes))
            own.insert(0, distributed.Client(own[0]))
        return own[0]

    try:
        _run(connect, paths, store, report, published=published, outlet=outlet, extractor=extractor,
             progress=progress, on_error=on_error, partition=max(1, partition))
    except BaseException:
        _shut(own)
        raise
    # Every partition is stored: the cluster shuts down (workers exit, a fraction of a second)
    # while the client merges, instead of before.
    closing = threading.Thread(target=_shut, args=(own, report.phases), name="marsad-shut-cluster", daemon=True)
    closing.start()
    try:
        if merge:
            t = time.monotonic()
            report.merged = store.refresh_merged()
            report.phases["merge"] = time.monotonic() - t
    finally:
        closing.join()
    report.seconds = time.monotonic() - t0
    return report


def _shut(own: Sequence[Any], phases: dict[str, float] | None = None) -> None:
    """Close what ``ingest_parallel`` started (client first, then its local cluster)."""
    t = time.monotonic()
    for thing in own:
        try:
            thing.close()
        except Exception:  # pragma: no cover - shutting down a cluster that failed to start
            pass
    if phases is not None and own:
        phases["close"] = time.monotonic() - t


def _run(connect: Callable[[], Any], paths: Sequence[str | os.PathLike[str]], store: Store, report: IngestReport, *,
         published: str | None, outlet: str | None, extractor: Extractor | None, progress: bool | None,
         on_error: Callable[[SourceError], None] | None, partition: int) -> None:
    distributed = _dask()
    sources, errors = plan(paths)
    report.total = sum(s.count for s in sources)
    write_to = store.url if store.dialect == "postgres" else None
    bar = Progress(report.total, enabled=progress)
    client: Any = None
    n_workers = 0
    window = 0  # partitions in flight: keeps workers busy, bounds the client's memory

    def fail(err: SourceError) -> None:
        record_failure(report, bar, on_error, err)

    def step(n: int = 1) -> None:
        bar.advance(n, note=f"new {report.added + report.replaced} · known {report.skipped} · failed "
                            f"{report.failed}" + (f" · {n_workers} workers" if n_workers else ""))

    def count(result: WriteResult) -> None:
        if result == "added":
            report.added += 1
        elif result == "replaced":
            report.replaced += 1
        else:
            report.skipped += 1

    def collect(outcomes: list[Outcome]) -> None:
        rows = [o.rows for o in outcomes if o.rows is not None]
        written = iter(store.write_batch(rows)) if rows else iter(())  # SQLite: the single writer
        for o in outcomes:
            if o.error is not None:
                fail(o.error)
            elif o.rows is not None:
                count(next(written))
            elif o.result is not None:
                count(o.result)
        step(len(outcomes))

    running: Any = None  # distributed.as_completed over the partitions in flight
    in_flight = 0
    seen_hashes: set[str] = set()
    seen_ids: set[str] = set()
    later: list[Article] = []  # repeats of a content or an id within this run: stored after, in order
    part: list[Article] = []

    def submit(arts: list[Article]) -> None:
        nonlocal in_flight, client, n_workers, window, running
        if client is None:
            t = time.monotonic()
            client = connect()
            client.wait_for_workers(1)
            n_workers = max(1, len(client.scheduler_info().get("workers", {})))
            window = 3 * n_workers
            client.run(warm, extractor)  # every worker builds its pipeline now, not inside its first task
            running = distributed.as_completed()
            report.phases["start"] = time.monotonic() - t
        while in_flight >= window:
            collect(next(running).result())
            in_flight -= 1
        running.add(client.submit(extract_partition, arts, published=published, outlet=outlet, extractor=extractor,
                                  write_to=write_to, pure=False))
        in_flight += 1

    for err in errors:
        fail(err)
    for chunk in _chunks(iter_articles(sources), LOOKUP):
        arts = [a for a in chunk if isinstance(a, Article)]
        for e in chunk:
            if isinstance(e, SourceError):
                fail(e)
                step()
        hashes = [article_hash(a) for a in arts]
        known = store.known_hashes(hashes)
        for a, h in zip(arts, hashes):
            if h in known:
                report.skipped += 1
                step()
            elif h in seen_hashes or (a.id is not None and a.id in seen_ids):
                later.append(a)
            else:
                seen_hashes.add(h)
                if a.id is not None:
                    seen_ids.add(a.id)
                part.append(a)
                if len(part) >= partition:
                    submit(part)
                    part = []
    if part:
        submit(part)
    for fut in running or ():
        collect(fut.result())
    # held-back repeats, in input order, the way single-process ingest stores them
    for a in later:
        if store.has_content(article_hash(a)):
            report.skipped += 1
            step()
            continue
        collect(extract_partition([a], published=published, outlet=outlet, extractor=extractor))
    bar.close()


def _chunks(items: Iterator[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for it in items:
        batch.append(it)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
