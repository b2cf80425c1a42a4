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
    res = bench.run_dask(6, workers=2)
    assert set(res.seconds) == set(res.extract_seconds) == {1, 2}
    assert res.speedup and res.extract_speedup and res.worker_rss_mb > 0


def test_cli_json(capsys) -> None:
    assert main(["bench", "-n", "3", "--dateparser-articles", "0", "--workers", "0", "--no-startup", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 3 and out["chars_per_s"] > 0 and out["machine"]
    assert main(["bench", "-n", "0"]) == 2
