"""Kill -9 during ingest, rerun: the store equals a clean run's, with no half-written document."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from synth import synthetic_extract

from marsad.ingest import ingest
from marsad.store import open_store

HERE = Path(__file__).parent
N = 80  # articles in the test corpus
ROOT = HERE.parent.parent

TEMPLATES = (
    "بدأت القوات الأميركية الانسحاب من قاعدة عين الأسد في العراق، ونقلت {n} جندي.",
    "أعلنت وزارة الدفاع وصول القوات الأميركية إلى قاعدة حرير الجوية في أربيل ومعها {n} جندي.",
    "نفت الحكومة انسحاب القوات الأميركية من قاعدة التنف في سوريا، وقالت إن {n} جندي باقون.",
    "أفادت مصادر بوقوع هجوم بطائرة مسيرة على قاعدة حرير الجوية، وأسفر عن إصابة {n} جندي.",
)

# Runs ingest in a child process with a slow extractor, so that the parent can kill it mid-way.
CHILD = """
import sys, time
sys.path.insert(0, {here!r})
from synth import synthetic_extract
from marsad.ingest import ingest
from marsad.store import open_store

def slow(text, **kw):
    time.sleep(0.01)
    return synthetic_extract(text, **kw)

with open_store(sys.argv[2]) as store:
    ingest([sys.argv[1]], store, extractor=slow, progress=False)
"""


def corpus(tmp_path: Path, n: int = N) -> Path:
    lines = []
    for i in range(n):
        day = 1 + i % 28
        lines.append(json.dumps({"id": f"doc-{i:03d}", "published": f"2025-{1 + i // 28:02d}-{day:02d}",
                                 "outlet": ("روداو", "شفق نيوز", "الأفق")[i % 3],
                                 "text": TEMPLATES[i % len(TEMPLATES)].format(n=100 + i)}, ensure_ascii=False))
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count_documents(store) -> int:
    return int(store.query("SELECT COUNT(*) AS n FROM documents")[0]["n"])


def assert_whole(url: str) -> None:
    """Every stored document has all its rows, and no row lacks its document."""
    with open_store(url, migrate=False) as s:
        docs = {r["id"]: r["n_events"] for r in s.query("SELECT id, n_events FROM documents")}
        per_doc = {r["doc_id"]: r["n"] for r in s.query("SELECT doc_id, COUNT(*) AS n FROM events GROUP BY doc_id")}
        assert {d: n for d, n in docs.items() if n} == per_doc
        for table in ("mentions", "statements", "claims", "posture"):
            orphans = s.query(f"SELECT COUNT(*) AS n FROM {table} t WHERE NOT EXISTS "
                              f"(SELECT 1 FROM documents d WHERE d.id = t.doc_id)")
            assert orphans[0]["n"] == 0, table


def kill_midway(corpus_path: Path, url: str, after: int) -> int:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    child = subprocess.Popen([sys.executable, "-c", CHILD.format(here=str(HERE)), str(corpus_path), url], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    watcher = open_store(url)  # one reader for the whole wait (WAL: it never blocks the writer)
    try:
        while count_documents(watcher) < after:
            if child.poll() is not None:
                pytest.fail(f"ingest ended before it could be killed: {child.stderr.read().decode()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail("ingest made no progress")
            time.sleep(0.01)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
        child.stderr.close()
        done = count_documents(watcher)
        watcher.close()
    assert child.returncode == -signal.SIGKILL
    return done


def test_kill_during_ingest_then_rerun_equals_clean_run(tmp_path, store_url, store_factory):
    path = corpus(tmp_path)
    n1 = kill_midway(path, store_url, after=15)
    assert_whole(store_url)
    n2 = kill_midway(path, store_url, after=n1 + 20)
    assert n1 < n2 < N
    assert_whole(store_url)
    with open_store(store_url) as s:
        assert s.merge_is_stale()  # killed before merging
        report = ingest([str(path)], s, extractor=synthetic_extract, progress=False)
        assert report.added == N - n2 and report.skipped == n2 and report.failed == 0
        resumed = s.dump()
        again = ingest([str(path)], s, extractor=synthetic_extract, progress=False)
        assert (again.added, again.skipped) == (0, N)  # re-ingesting adds nothing
        assert s.dump() == resumed
    clean_url = store_factory()
    with open_store(clean_url) as s:
        ingest([str(path)], s, extractor=synthetic_extract, progress=False)
        clean = s.dump()
    assert resumed["documents"] and resumed["merged_events"]
    assert resumed == clean
