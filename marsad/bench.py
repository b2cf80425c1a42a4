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
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["BenchResult", "DaskResult", "corpus_texts", "machine", "replicate", "run_bench", "run_dask",
           "startup_seconds"]


@dataclass
class DaskResult:
    articles: int
    workers: int
    store: str = "sqlite"
    seconds: dict[int, float] = field(default_factory=dict)  # workers -> seconds to ingest the articles
    extract_seconds: dict[int, float] = field(default_factory=dict)  # workers -> seconds to extract them only
    worker_rss_mb: float = 0.0
    cluster_start_s: float = 0.0

    @property
    def speedup(self) -> float | None:
        return _ratio(self.seconds, self.workers)

    @property
    def extract_speedup(self) -> float | None:
        return _ratio(self.extract_seconds, self.workers)


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

    @property
    def chars_per_s(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "dask"}
        d.update(chars_per_s=self.chars_per_s, articles_per_s=self.articles_per_s,
                 mean_article_chars=self.characters / self.articles if self.articles else 0)
        if self.dateparser_chars_per_s:
            d["ratio_vs_dateparser"] = self.chars_per_s / self.dateparser_chars_per_s
        if self.dask is not None:
            d["dask"] = {**self.dask.__dict__, "seconds": {str(k): v for k, v in self.dask.seconds.items()},
                         "extract_seconds": {str(k): v for k, v in self.dask.extract_seconds.items()},
                         "speedup": self.dask.speedup, "extract_speedup": self.dask.extract_speedup}
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


def run_dask(n_articles: int = 400, workers: int = 2, db: str | None = None) -> DaskResult:
    """With 1 and with ``workers`` local worker processes (the clock starts once they are up):
    extract ``n_articles`` replicated articles (workers only), then ingest them, each made
    unique, into a scratch SQLite store, or into the PostgreSQL database ``db`` (its tables
    must be empty or disposable: the run adds documents named ``bench-N``)."""
    import distributed

    from .batch import PARTITION, ingest_parallel, local_cluster, warm
    from .store import open_store

    out = DaskResult(n_articles, workers, store="postgres" if db else "sqlite")
    docs = replicate(n_articles)
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        path = Path(tmp) / "articles.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for i, art in enumerate(docs):
                fh.write(json.dumps({"id": f"bench-{i}", "text": art["text"] + f"\n\n(نسخة {i})",
                                     "published": art.get("published"), "outlet": art.get("outlet")},
                                    ensure_ascii=False) + "\n")
        parts = [[{"text": a["text"], "published": a.get("published")} for a in docs[i:i + PARTITION]]
                 for i in range(0, len(docs), PARTITION)]
        for n in sorted({1, workers}):
            t = time.perf_counter()
            cluster = local_cluster(n)
            client = distributed.Client(cluster)
            try:
                client.wait_for_workers(n)
                client.run(warm)
                client.run(_extract_texts, docs[:20])  # first-use costs are not throughput
                if n == workers:
                    out.cluster_start_s = time.perf_counter() - t
                t = time.perf_counter()
                client.gather(client.map(_extract_texts, parts, pure=False))
                out.extract_seconds[n] = time.perf_counter() - t
                with open_store(db or Path(tmp) / f"w{n}.db") as store:
                    if db:
                        _forget_bench_documents(store)
                    t = time.perf_counter()
                    ingest_parallel([str(path)], store, client=client, progress=False, merge=False)
                    out.seconds[n] = time.perf_counter() - t
                    if db:
                        _forget_bench_documents(store)
                out.worker_rss_mb = max([out.worker_rss_mb, *client.run(warm).values()])
            finally:
                client.close()
                cluster.close()
    return out


def _forget_bench_documents(store: Any) -> None:
    for row in store.query("SELECT id FROM documents WHERE id LIKE ?", ("bench-%",)):
        store.delete_document(row["id"])


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
