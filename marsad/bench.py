"""Benchmarks: extraction throughput, start-up time, peak memory, and dateparser for scale.

``marsad bench`` replicates the bundled sample corpus (articles written for the
project) to N articles and prints figures. dateparser, when installed, runs
``search_dates`` (Arabic) over the same texts so that the ratio compares like with
like on this machine.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

__all__ = ["BenchResult", "corpus_texts", "run_bench", "startup_seconds"]


@dataclass
class BenchResult:
    articles: int
    characters: int
    seconds: float
    startup_s: float
    peak_rss_mb: float
    dateparser_chars_per_s: float | None = None
    dateparser_articles: int = 0

    @property
    def chars_per_s(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d.update(chars_per_s=self.chars_per_s, articles_per_s=self.articles_per_s)
        if self.dateparser_chars_per_s:
            d["ratio_vs_dateparser"] = self.chars_per_s / self.dateparser_chars_per_s
        return d


def corpus_texts() -> list[dict[str, Any]]:
    """The bundled sample articles (``marsad/data/corpus/*.json``)."""
    root = resources.files("marsad").joinpath("data/corpus")
    if not root.is_dir():
        return []
    out = []
    for p in sorted(root.iterdir(), key=lambda p: p.name):
        if p.name.endswith(".json"):
            out.append(json.loads(p.read_text(encoding="utf-8")))
    return out


def startup_seconds(repeat: int = 3) -> float:
    """Seconds to import marsad and build the pipeline, beyond Python's own start-up (best of ``repeat``)."""

    def best(code: str) -> float:
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - t)
        return min(times)

    return max(0.0, best("import marsad; marsad.load()") - best("pass"))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_bench(n_articles: int = 10_000, dateparser_articles: int = 200,
              progress: Callable[[int, int], None] | None = None) -> BenchResult:
    import marsad

    base = corpus_texts()
    if not base:
        raise RuntimeError("no bundled corpus to benchmark on")
    startup = startup_seconds()
    extractor = marsad.load()
    docs = [base[i % len(base)] for i in range(n_articles)]
    chars = 0
    t0 = time.perf_counter()
    for i, art in enumerate(docs):
        extractor(art["text"], published=art.get("published"))
        chars += len(art["text"])
        if progress and i % 500 == 0:
            progress(i, n_articles)
    elapsed = time.perf_counter() - t0
    result = BenchResult(n_articles, chars, elapsed, startup, _peak_rss_mb())
    try:
        from dateparser.search import search_dates
    except ImportError:
        return result
    sample = docs[:dateparser_articles]
    dp_chars = sum(len(a["text"]) for a in sample)
    t0 = time.perf_counter()
    for art in sample:
        search_dates(art["text"], languages=["ar"])
    dp_elapsed = time.perf_counter() - t0
    result.dateparser_chars_per_s = dp_chars / dp_elapsed if dp_elapsed else None
    result.dateparser_articles = len(sample)
    return result


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
