"""Parallel ingest on a local Dask cluster (``marsad.batch``), on SQLite and PostgreSQL:
the store equals a single-process ingest's, re-ingesting adds nothing, and a run killed
mid-way and rerun equals a clean one."""

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

pytest.importorskip("distributed")

from marsad import batch  # noqa: E402
from marsad.batch import BatchError, ingest_parallel  # noqa: E402
from marsad.ingest import ingest  # noqa: E402
from marsad.store import open_store  # noqa: E402

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
CORPUS = ROOT / "marsad" / "data" / "corpus"


def corpus_lines(n: int) -> list[dict]:
    """The first ``n`` bundled sample articles, as ``extract --jsonl`` objects."""
    arts = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))][:n]
    return [{k: a.get(k) for k in ("id", "text", "published", "title", "outlet")} for a in arts]


def write_jsonl(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")
    return path


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    """Ten real articles in two files, one content given twice, and a line that is not JSON."""
    items = corpus_lines(10)
    if len(items) < 10:
        pytest.skip("the bundled sample corpus is missing")
    first = write_jsonl(tmp_path / "a.jsonl", items[:6] + [items[0]])
    second = write_jsonl(tmp_path / "b.jsonl", items[6:])
    second.write_text(second.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    return [str(first), str(second)]


def updates(tmp_path: Path) -> list[str]:
    """New versions of stored ids, one of them twice: the later version wins, as in one process."""
    items = corpus_lines(5)
    more = "\nوتواصل الانسحاب وفق الجدول المتفق عليه."
    return [str(write_jsonl(tmp_path / "u.jsonl", [dict(items[2], text=items[2]["text"] + more),
                                                   dict(items[4], text=items[4]["text"] + more),
                                                   dict(items[4], text=items[4]["text"] + more + more)]))]


def counts(report) -> tuple[int, int, int, int]:
    return report.added, report.replaced, report.skipped, report.failed


def test_parallel_equals_single_process_and_reingest_adds_nothing(tmp_path, inputs, store_url, store_factory):
    errors: list = []
    with open_store(store_url) as s:
        par = ingest_parallel(inputs, s, workers=2, processes=False, progress=False, on_error=errors.append)
        parallel = s.dump()
        again = ingest_parallel(inputs, s, workers=2, processes=False, progress=False, on_error=errors.append)
        assert s.dump() == parallel
        par_up = ingest_parallel(updates(tmp_path), s, workers=2, processes=False, progress=False)
        parallel_up = s.dump()
    with open_store(store_factory()) as s:
        one = ingest(inputs, s, progress=False, on_error=errors.append)
        single = s.dump()
        one_up = ingest(updates(tmp_path), s, progress=False)
        single_up = s.dump()
    assert counts(par) == counts(one) == (10, 0, 1, 1)
    assert par.total == one.total == 12
    assert par.merged == one.merged and par.merged
    assert parallel == single
    assert counts(again) == (0, 0, 11, 1)  # everything known: skipped before extraction
    assert again.merged is None
    assert counts(par_up) == counts(one_up) == (0, 3, 0, 0)
    assert parallel_up == single_up
    assert all("not a JSON line" in e.message for e in errors)


def test_worker_processes(tmp_path, store_url, store_factory):
    """Real worker processes (what ``--workers N`` starts): on PostgreSQL they write themselves."""
    items = corpus_lines(6)
    path = [str(write_jsonl(tmp_path / "c.jsonl", items))]
    with open_store(store_url) as s:
        report = ingest_parallel(path, s, workers=2, progress=False, partition=2)
        parallel = s.dump()
    with open_store(store_factory()) as s:
        ingest(path, s, progress=False)
        assert s.dump() == parallel
    assert counts(report) == (len(items), 0, 0, 0)


# Runs parallel ingest in a child process with a slow extractor, so that the parent can kill it mid-way.
CHILD = """
import sys, time
sys.path.insert(0, {here!r})
from synth import synthetic_extract
from marsad.batch import ingest_parallel
from marsad.store import open_store

def slow(text, **kw):
    time.sleep(0.02)
    return synthetic_extract(text, **kw)

with open_store(sys.argv[2]) as store:
    ingest_parallel([sys.argv[1]], store, workers=2, processes=False, extractor=slow, progress=False, partition=4)
"""

TEMPLATES = (
    "بدأت القوات الأميركية الانسحاب من قاعدة عين الأسد في العراق، ونقلت {n} جندي.",
    "أعلنت وزارة الدفاع وصول القوات الأميركية إلى قاعدة حرير الجوية في أربيل ومعها {n} جندي.",
    "نفت الحكومة انسحاب القوات الأميركية من قاعدة التنف في سوريا، وقالت إن {n} جندي باقون.",
)


def count_documents(store) -> int:
    return int(store.query("SELECT COUNT(*) AS n FROM documents")[0]["n"])


def test_kill_parallel_ingest_then_rerun_equals_clean_run(tmp_path, store_url, store_factory):
    n = 60
    path = write_jsonl(tmp_path / "k.jsonl", [
        {"id": f"doc-{i:03d}", "published": f"2025-0{1 + i // 28}-{1 + i % 28:02d}", "outlet": "روداو",
         "text": TEMPLATES[i % len(TEMPLATES)].format(n=100 + i)} for i in range(n)])
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    child = subprocess.Popen([sys.executable, "-c", CHILD.format(here=str(HERE)), str(path), store_url], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watcher = open_store(store_url)
    deadline = time.monotonic() + 60
    try:
        while count_documents(watcher) < 12:
            if child.poll() is not None:
                pytest.fail(f"ingest ended before it could be killed: {child.stderr.read().decode()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail("parallel ingest made no progress")
            time.sleep(0.01)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
        child.stderr.close()
        done = count_documents(watcher)
        watcher.close()
    assert 12 <= done < n and done % 4 == 0  # whole partitions only: each is one transaction
    with open_store(store_url) as s:
        assert s.merge_is_stale()  # killed before merging
        report = ingest_parallel([str(path)], s, workers=2, processes=False, extractor=synthetic_extract,
                                 progress=False)
        assert (report.added, report.skipped, report.failed) == (n - done, done, 0)
        resumed = s.dump()
    with open_store(store_factory()) as s:
        ingest([str(path)], s, extractor=synthetic_extract, progress=False)
        clean = s.dump()
    assert resumed == clean


def test_cli_ingest_with_workers(tmp_path, capsys, monkeypatch):
    from marsad.cli import main

    threads = batch.local_cluster
    monkeypatch.setattr(batch, "local_cluster", lambda workers, processes=True: threads(workers, processes=False))
    path = write_jsonl(tmp_path / "c.jsonl", corpus_lines(3))
    db = str(tmp_path / "cli.db")
    assert main(["ingest", str(path), "--db", db, "--workers", "2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["added"], out["store"]["documents"]) == (3, 3)
    assert main(["ingest", str(path), "--db", db, "--workers", "0"]) == 2
    assert "at least 1" in capsys.readouterr().err


@pytest.mark.parametrize("kw", [{}, {"workers": 2, "scheduler": "tcp://127.0.0.1:1"}, {"workers": 0}])
def test_bad_arguments(tmp_path, kw):
    with open_store(tmp_path / "x.db") as s, pytest.raises(BatchError):
        ingest_parallel([str(tmp_path)], s, **kw)
