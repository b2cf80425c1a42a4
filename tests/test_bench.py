"""``marsad bench``: the figures come out, on a few replicated articles (speed is not tested here)."""

from __future__ import annotations

import json

import pytest

from marsad import bench
from marsad.cli import main


def test_run_bench_counts_what_it_extracted() -> None:
    res = bench.run_bench(7, dateparser_articles=0, startup=False)
    assert res.articles == 7
    assert res.characters == sum(len(a["text"]) for a in bench.replicate(7))
    assert res.chars_per_s > 0 and res.articles_per_s > 0 and res.peak_rss_mb > 0
    d = res.as_dict()
    assert d["mean_article_chars"] == pytest.approx(res.characters / 7)
    assert "ratio_vs_dateparser" not in d  # no dateparser run


def test_replicate_cycles_the_sample_corpus() -> None:
    base = bench.corpus_texts()
    reps = bench.replicate(len(base) + 3)
    assert reps[len(base)] == base[0] and reps[-1] == base[2]


def test_dask_comparison(monkeypatch) -> None:
    pytest.importorskip("distributed")
    from marsad import batch

    threads = batch.local_cluster
    monkeypatch.setattr(batch, "local_cluster", lambda n, processes=True: threads(n, processes=False))
    res = bench.run_dask(6, workers=2, repeat=2, cores="shared", extract_articles=4)
    assert set(res.extract_seconds) == {1, 2} and res.extract_speedup and res.worker_rss_mb > 0
    assert [(r.workers, r.matched) for r in res.runs] == [(1, False), (2, False), (2, False), (1, False)]
    assert all(r.seconds > r.start_s > 0 and r.merge_s > 0 for r in res.runs)  # start and merge are in the run
    assert len(res.speedups(False)) == 2 and res.speedups(True) == [] and res.speedup
    assert res.as_dict()["speedups_shared_cores"] == res.speedups(False)


def test_confining_to_cores_is_undone() -> None:
    before = bench._usable_cores()
    with bench._confined(1):
        assert len(bench._usable_cores()) == 1
    assert bench._usable_cores() == before


def test_cli_json(capsys) -> None:
    assert main(["bench", "-n", "3", "--dateparser-articles", "0", "--workers", "0", "--no-startup", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 3 and out["chars_per_s"] > 0 and out["machine"]
    assert main(["bench", "-n", "0"]) == 2
