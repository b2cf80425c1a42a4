"""Benchmarks: extraction throughput, start-up time, peak memory, dateparser for scale,
and the speed-up of parallel ingest on Dask.

``marsad bench`` replicates the bundled sample corpus (articles written for the
project) to N articles and extracts them on one core. dateparser, when installed
(``pip install 'marsad[bench]'``), runs ``search_dates`` with Arabic over the same
texts so that the ratio compares like with like on this machine (dateparser only
finds dates; Marsad does everything). With Dask installed (``marsad[dask]``) it also
extracts a smaller replicated set with 1 and with N local workers, and ingests it into
a scratch SQLite store (or a PostgreSQL database given with ``--dask-db``).

Start-up is measured in fresh interpreters as an installed package starts: with
compiled bytecode (kept in a scratch folder, never in the source tree).
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["BenchResult", "DaskResult", "DaskRun", "corpus_texts", "machine", "replicate", "run_bench", "run_dask",
           "startup_seconds", "wait_for_quiet"]


@dataclass
class DaskRun:
    """One ingest run, timed as a user sees ``marsad ingest --workers N``: from the call to its
    return, starting the local cluster, extracting and writing every article, merging events."""

    workers: int
    cores: int  # CPU cores the whole run (client, scheduler, workers) had
    matched: bool  # confined to as many cores as workers (else: all the machine's cores)
    seconds: float
    start_s: float = 0.0  # of which: starting the cluster and building each worker's pipeline
    merge_s: float = 0.0  # of which: merging events at the end
    server_confined: bool | None = None  # PostgreSQL on this machine: its processes for the run kept to its cores
    others_cores: float | None = None  # cores that other processes (not this run, not its server) used, on average


@dataclass
class DaskResult:
    articles: int
    workers: int
    store: str = "sqlite"
    runs: list[DaskRun] = field(default_factory=list)
    extract_articles: int = 0
    extract_seconds: dict[int, float] = field(default_factory=dict)  # workers -> seconds to extract only (warm cluster)
    worker_rss_mb: float = 0.0

    def seconds(self, workers: int, cores: int | None = None) -> list[float]:
        return [r.seconds for r in self.runs if r.workers == workers and (cores is None or r.cores == cores)]

    def speedups(self, matched: bool) -> list[float]:
        """1 → ``workers`` speed-ups, one per repetition: cores matched to workers (1 → N cores), or
        every run on the same cores (the one-worker run's client gets a core of its own)."""
        def pick(w: int) -> list[DaskRun]:
            return [r for r in self.runs if r.workers == w and r.matched == matched]

        return [a.seconds / b.seconds for a, b in zip(pick(1), pick(self.workers)) if self.workers > 1]

    @property
    def speedup(self) -> float | None:
        """Median speed-up with cores matched to workers (else with shared cores)."""
        xs = self.speedups(True) or self.speedups(False)
        return statistics.median(xs) if xs else None

    @property
    def extract_speedup(self) -> float | None:
        return _ratio(self.extract_seconds, self.workers)

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "workers": self.workers, "store": self.store,
                "runs": [r.__dict__ for r in self.runs], "speedups_matched_cores": self.speedups(True),
                "speedups_shared_cores": self.speedups(False), "speedup": self.speedup,
                "extract_articles": self.extract_articles,
                "extract_seconds": {str(k): v for k, v in self.extract_seconds.items()},
                "extract_speedup": self.extract_speedup, "worker_rss_mb": self.worker_rss_mb}


def _ratio(seconds: dict[int, float], workers: int) -> float | None:
    one, many = seconds.get(1), seconds.get(workers)
    return one / many if one and many and workers > 1 else None


def _extract_texts(items: list[dict[str, Any]]) -> int:
    """Extract on a worker and send back only a count (the scale-out of extraction alone)."""
    import marsad

    ex = marsad.load()
    for it in items:
        ex(it["text"], published=it.get("published"))
    return len(items)


@dataclass
class BenchResult:
    articles: int
    characters: int
    seconds: float  # CPU seconds of the extracting process (one core)
    wall_seconds: float
    startup_s: float
    peak_rss_mb: float
    dateparser_chars_per_s: float | None = None
    dateparser_articles: int = 0
    dask: DaskResult | None = None
    long: LongResult | None = None

    @property
    def chars_per_s(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k not in ("dask", "long")}
        d.update(chars_per_s=self.chars_per_s, articles_per_s=self.articles_per_s,
                 mean_article_chars=self.characters / self.articles if self.articles else 0)
        if self.dateparser_chars_per_s:
            d["ratio_vs_dateparser"] = self.chars_per_s / self.dateparser_chars_per_s
        if self.dask is not None:
            d["dask"] = self.dask.as_dict()
        if self.long is not None:
            d["long"] = self.long.as_dict()
        return d


def machine() -> str:
    """CPU model, cores and Python: what the figures were taken on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = "load %.1f" % os.getloadavg()[0]
    except OSError:
        load = ""
    return f"{cpu}, {cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}" + (
        f", {load}" if load else "")


def corpus_texts() -> list[dict[str, Any]]:
    """The bundled sample articles (``marsad/data/corpus/*.json``)."""
    root = resources.files("marsad").joinpath("data/corpus")
    if not root.is_dir():
        return []
    out = []
    for p in sorted(root.iterdir(), key=lambda p: p.name):
        if p.name.endswith(".json"):
            data = json.loads(p.read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(data.get("text"), str):
                out.append(data)
    return out


def startup_seconds(repeat: int = 5) -> float:
    """Seconds to import marsad and build the pipeline, beyond Python's own start-up (best of ``repeat``)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory(prefix="marsad-pyc-") as pyc:
        env["PYTHONPYCACHEPREFIX"] = pyc

        def best(code: str) -> float:
            subprocess.run([sys.executable, "-c", code], check=True, env=env)  # compiles the bytecode once
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                subprocess.run([sys.executable, "-c", code], check=True, env=env)
                times.append(time.perf_counter() - t)
            return min(times)

        return max(0.0, best("import marsad; marsad.load()") - best("pass"))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def replicate(n: int) -> list[dict[str, Any]]:
    base = corpus_texts()
    if not base:
        raise RuntimeError("no bundled corpus to benchmark on")
    return [base[i % len(base)] for i in range(n)]


def long_text(chars: int, base: list[dict[str, Any]] | None = None) -> str:
    """One article of at least ``chars`` characters: the bundled articles (``base``, read if not given), cycled,
    as its paragraphs."""
    base = corpus_texts() if base is None else base
    if not base:
        raise RuntimeError("no bundled corpus to benchmark on")
    parts: list[str] = []
    total = 0
    while total < chars:
        text = base[len(parts) % len(base)]["text"]
        parts.append(text)
        total += len(text) + 2
    return "\n\n".join(parts)


@dataclass
class LongResult:
    """One long article extracted whole, and its first half: how time grows with length."""

    characters: int
    seconds: float  # CPU seconds for the whole article
    half_characters: int
    half_seconds: float

    @property
    def chars_per_s(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0

    @property
    def growth(self) -> float | None:
        """Time of the whole over time of the half, per character: 1.0 when time is linear in length,
        2.0 when it is quadratic."""
        if not self.half_seconds or not self.half_characters:
            return None
        return (self.seconds / self.half_seconds) / (self.characters / self.half_characters)

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "chars_per_s": self.chars_per_s, "growth": self.growth}


def run_long(chars: int = 300_000) -> LongResult:
    """Extract one article of ``chars`` characters, then one of half as many, on one core (CPU time)."""
    import marsad

    extractor = marsad.load()
    base = corpus_texts()  # (read once for the three texts)
    if not base:
        raise RuntimeError("no bundled corpus to benchmark on")
    published = base[0].get("published")  # relative dates hang on one publication day
    extractor(long_text(2000, base), published=published)  # first-use costs are not throughput
    timed: list[tuple[int, float]] = []
    for n in (chars // 2, chars):
        text = long_text(n, base)
        t = time.process_time()
        extractor(text, published=published)
        timed.append((len(text), time.process_time() - t))
    (half_chars, half_s), (whole_chars, whole_s) = timed
    return LongResult(whole_chars, whole_s, half_chars, half_s)


def run_bench(n_articles: int = 10_000, dateparser_articles: int = 200,
              progress: Callable[[int, int], None] | None = None, startup: bool = True) -> BenchResult:
    import marsad

    docs = replicate(n_articles)
    startup_s = startup_seconds() if startup else 0.0
    extractor = marsad.load()
    for art in docs[:20]:  # warm caches (first-use compilation) before the clock starts
        extractor(art["text"], published=art.get("published"))
    chars = 0
    t0, w0 = time.process_time(), time.perf_counter()
    for i, art in enumerate(docs):
        extractor(art["text"], published=art.get("published"))
        chars += len(art["text"])
        if progress and i % 200 == 0:
            progress(i, n_articles)
    elapsed, wall = time.process_time() - t0, time.perf_counter() - w0
    result = BenchResult(n_articles, chars, elapsed, wall, startup_s, _peak_rss_mb())
    if dateparser_articles <= 0:
        return result
    try:
        from dateparser.search import search_dates
    except ImportError:
        return result
    sample = docs[:dateparser_articles]
    search_dates(sample[0]["text"], languages=["ar"])  # its own first-use loading is not throughput
    dp_chars = sum(len(a["text"]) for a in sample)
    t0 = time.process_time()
    for art in sample:
        search_dates(art["text"], languages=["ar"])
    dp_elapsed = time.process_time() - t0
    result.dateparser_chars_per_s = dp_chars / dp_elapsed if dp_elapsed else None
    result.dateparser_articles = len(sample)
    return result


def run_dask(n_articles: int = 4000, workers: int = 2, db: str | None = None, *, repeat: int = 1,
             cores: str = "both", extract_articles: int = 1000, idle_wait: float = 0.0,
             progress: Callable[[str], None] | None = None) -> DaskResult:
    """Ingest ``n_articles`` replicated articles (each made unique) with 1 and with ``workers``
    local Dask workers, ``repeat`` times, into a fresh store each time: a scratch SQLite file,
    or a scratch schema (created and dropped) in the PostgreSQL database ``db``.

    Each run is ``ingest_parallel(..., workers=N)`` timed from call to return, as
    ``marsad ingest --workers N`` runs: it starts its cluster, and merges events at the end.
    ``cores``: ``matched`` confines a run with N workers to N cores (client, scheduler and
    workers share them, as on a machine of that size), ``shared`` gives every run all the
    machine's cores (a one-worker run's client then has a core to itself), ``both`` does both.
    Runs alternate between 1 and N workers so that a change of load on a shared machine
    falls on both. Extraction alone (no store) is timed once on a warm cluster, on
    ``extract_articles`` articles, for the ceiling. With ``idle_wait``, each ingest run first
    waits, up to that many seconds, for the machine to be quiet (``wait_for_quiet``); each run
    records how much CPU other processes took while it ran (``DaskRun.others_cores``).
    """
    import distributed

    from .batch import PARTITION, ingest_parallel, local_cluster, warm
    from .store import open_store

    out = DaskResult(n_articles, workers, store="postgres" if db else "sqlite")
    modes = {"matched": [True], "shared": [False], "both": [True, False]}[cores]
    if len(_usable_cores()) < workers and True in modes:
        modes = [m for m in modes if not m] or [False]  # not enough cores to confine N workers to N of them
    docs = replicate(n_articles)
    say = progress or (lambda _msg: None)
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        path = Path(tmp) / "articles.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for i, art in enumerate(docs):
                fh.write(json.dumps({"id": f"bench-{i}", "text": art["text"] + f"\n\n(نسخة {i})",
                                     "published": art.get("published"), "outlet": art.get("outlet")},
                                    ensure_ascii=False) + "\n")
        sample = docs[:extract_articles]
        out.extract_articles = len(sample)
        parts = [[{"text": a["text"], "published": a.get("published")} for a in sample[i:i + PARTITION]]
                 for i in range(0, len(sample), PARTITION)]
        for n in sorted({1, workers}):
            say(f"extracting {len(sample)} articles on {n} worker{'s' if n > 1 else ''}")
            with _confined(n if True in modes else None):
                cluster = local_cluster(n)
                client = distributed.Client(cluster)
                try:
                    client.wait_for_workers(n)
                    client.run(warm)
                    client.run(_extract_texts, docs[:20])  # first-use costs are not throughput
                    t = time.perf_counter()
                    client.gather(client.map(_extract_texts, parts, pure=False))
                    out.extract_seconds[n] = time.perf_counter() - t
                    out.worker_rss_mb = max([out.worker_rss_mb, *client.run(warm).values()])
                finally:
                    client.close()
                    cluster.close()
        for rep in range(repeat):
            for matched in modes:
                order = [1, workers] if rep % 2 == 0 else [workers, 1]
                for n in order if workers > 1 else [1]:
                    n_cores = n if matched else len(_usable_cores())
                    what = (f"run {rep + 1}/{repeat}: ingesting {n_articles} articles, "
                            f"{n} worker{'s' if n > 1 else ''} on {n_cores} core{'s' if n_cores > 1 else ''}")
                    if idle_wait > 0:
                        say(f"{what}: waiting for other processes to go quiet")
                        wait_for_quiet(idle_wait)
                    say(what)
                    cores_set = set(_usable_cores()[:n_cores])
                    with _scratch_store(db, Path(tmp) / f"run-{rep}-{n}-{int(matched)}.db") as url, \
                            _ServerCores(url if db else "", cores_set if matched else None) as server, \
                            open_store(url) as store, _confined(n if matched else None):
                        meter = _CpuMeter(server)
                        t = time.perf_counter()
                        report = ingest_parallel([str(path)], store, workers=n, progress=False)
                        seconds = time.perf_counter() - t
                        others = meter.others(seconds)
                    if report.added != n_articles:
                        raise RuntimeError(f"bench ingest stored {report.added} of {n_articles} articles")
                    out.runs.append(DaskRun(n, n_cores, matched, seconds, report.phases.get("start", 0.0),
                                            report.phases.get("merge", 0.0),
                                            server_confined=server.confined if db and matched else None,
                                            others_cores=others))
    return out


def _usable_cores() -> list[int]:
    return sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else list(range(os.cpu_count() or 1))


@contextmanager
def _confined(n: int | None) -> Iterator[None]:
    """Confine this process (every thread; children inherit it) to its first ``n`` cores, then undo."""
    if n is None or not hasattr(os, "sched_setaffinity"):
        yield
        return
    allowed = set(_usable_cores())
    mask = set(sorted(allowed)[:n])

    def apply(cores: set[int]) -> None:
        for tid in os.listdir("/proc/self/task"):
            try:
                os.sched_setaffinity(int(tid), cores)
            except OSError:  # a thread that ended meanwhile
                pass

    apply(mask)
    try:
        yield
    finally:
        apply(allowed)  # threads started during the run (Dask's pools) get every core back too


class _CpuMeter:
    """How much of the machine other processes took during a run: the CPU time every core was
    busy (``/proc/stat``), less this process's and its children's (the workers, reaped when the
    run closes its cluster) and the run's database server processes'. A shared machine's other
    jobs slow a run that needs every core, and not one confined to some of them: the figure
    says whether a comparison was taken on a quiet machine. None where ``/proc`` is missing."""

    def __init__(self, server: "_ServerCores | None" = None) -> None:
        self.server = server
        self.busy0 = _busy_seconds()
        self.own0 = _own_cpu()
        self.server0 = server.cpu_seconds() if server is not None else 0.0

    def others(self, seconds: float) -> float | None:
        busy = _busy_seconds()
        if busy is None or self.busy0 is None or seconds <= 0:
            return None
        server = self.server.cpu_seconds() - self.server0 if self.server is not None else 0.0
        return max(0.0, (busy - self.busy0) - (_own_cpu() - self.own0) - server) / seconds


def wait_for_quiet(limit: float, *, window: float = 5.0, threshold: float = 0.1) -> bool:
    """Wait, at most ``limit`` seconds, until the machine's cores have been busy less than
    ``threshold`` cores on average over ``window`` seconds (this process waits idle meanwhile).
    False when the limit passed first (or there is no ``/proc/stat`` to tell)."""
    deadline = time.monotonic() + limit
    while True:
        before, t = _busy_seconds(), time.monotonic()
        if before is None:
            return False
        time.sleep(window)
        after = _busy_seconds()
        if after is not None and (after - before) / (time.monotonic() - t) < threshold:
            return True
        if time.monotonic() >= deadline:
            return False


def _busy_seconds() -> float | None:
    """CPU seconds all cores have spent busy since boot (not idle, not waiting on I/O)."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def _own_cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _pid_cpu(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class _ServerCores:
    """Watch the PostgreSQL server processes that serve one run's connections (those with its
    application name): count their CPU time and, given ``cores``, confine them to the run's
    cores, so that a run with N workers has N cores in all, database included. Possible only
    with the server on this machine and the right to set another process's affinity (root,
    or the same user); else ``confined`` is False."""

    def __init__(self, url: str, cores: set[int] | None) -> None:
        from urllib.parse import parse_qs, urlsplit

        self.url, self.cores = url, cores
        self.name = (parse_qs(urlsplit(url).query).get("application_name") or [""])[0]
        self.pids: set[int] = set()
        self.cpu: dict[int, float] = {}  # server process → its CPU seconds, when last seen
        self.confined = bool(self.name) and cores is not None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def cpu_seconds(self) -> float:
        """CPU time of the run's server processes so far (those that ended: when last seen)."""
        for pid in list(self.cpu):
            now = _pid_cpu(pid)
            if now is not None:
                self.cpu[pid] = now
        return sum(self.cpu.values())

    def __enter__(self) -> "_ServerCores":
        if self.name:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        everything = set(_usable_cores())
        for pid in self.pids if self.cores is not None else ():
            try:
                os.sched_setaffinity(pid, everything)
            except OSError:  # the backend ended with its connection
                pass

    def _watch(self) -> None:
        import psycopg

        base = self.url.split("&application_name=")[0]
        try:
            with psycopg.connect(base, autocommit=True) as conn:
                while not self._stop.wait(0.1):
                    for (pid,) in conn.execute("SELECT pid FROM pg_stat_activity WHERE application_name = %s",
                                               (self.name,)).fetchall():
                        if pid not in self.pids:
                            if not _is_postgres(pid):  # the server is on another machine
                                raise OSError(f"process {pid} is not this machine's PostgreSQL")
                            if self.cores is not None:
                                os.sched_setaffinity(pid, self.cores)
                            self.pids.add(pid)
                    for pid in self.pids:  # CPU so far, read while the process lives
                        now = _pid_cpu(pid)
                        if now is not None:
                            self.cpu[pid] = now
        except (OSError, psycopg.Error):  # a remote server, or no right to move its processes
            self.confined = False


def _is_postgres(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip().startswith(("postgres", "postmaster"))
    except OSError:
        return False


@contextmanager
def _scratch_store(db: str | None, sqlite_path: Path) -> Iterator[str]:
    """A fresh, empty store location: ``sqlite_path``, or a new schema in the PostgreSQL ``db`` (dropped after)."""
    if not db:
        yield str(sqlite_path)
        return
    import uuid
    from urllib.parse import quote

    import psycopg

    schema = "marsad_bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        # the application name tells the run's server processes apart (``_ServerCores``)
        yield db + ("&" if "?" in db else "?") + "options=" + quote(f"-csearch_path={schema},public", safe="") \
            + f"&application_name={schema}"
    finally:
        with psycopg.connect(db, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
