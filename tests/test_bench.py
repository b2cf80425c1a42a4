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


def test_long_text_is_the_bundled_articles_as_paragraphs() -> None:
    base = bench.corpus_texts()
    text = bench.long_text(len(base[0]["text"]) + 3)  # (one article and its paragraph break are not enough)
    assert text == base[0]["text"] + "\n\n" + base[1]["text"]
    assert len(bench.long_text(50_000)) >= 50_000


def test_run_long_times_a_whole_article_and_its_half() -> None:
    res = bench.run_long(8000)
    assert res.characters >= 8000 and 4000 <= res.half_characters < res.characters
    assert res.seconds > 0 and res.half_seconds > 0 and res.chars_per_s > 0
    assert res.growth == pytest.approx((res.seconds / res.half_seconds) / (res.characters / res.half_characters))
    assert res.as_dict()["growth"] == res.growth


def test_dask_comparison(monkeypatch) -> None:
    pytest.importorskip("distributed")
    from marsad import batch

    threads = batch.local_cluster
    monkeypatch.setattr(batch, "local_cluster", lambda n, processes=True: threads(n, processes=False))
    res = bench.run_dask(6, workers=2, repeat=2, cores="shared", extract_articles=4)
    assert set(res.extract_seconds) == {1, 2} and res.extract_speedup and res.worker_rss_mb > 0
    assert [(r.workers, r.matched) for r in res.runs] == [(1, False), (2, False), (2, False), (1, False)]
    assert all(r.seconds > r.start_s > 0 and r.merge_s > 0 for r in res.runs)  # start and merge are in the run
    assert all(r.others_cores is None or r.others_cores >= 0 for r in res.runs)
    assert len(res.speedups(False)) == 2 and res.speedups(True) == [] and res.speedup
    assert res.as_dict()["speedups_shared_cores"] == res.speedups(False)


class _Server:
    def __init__(self) -> None:
        self.seconds = 5.0

    def cpu_seconds(self) -> float:
        return self.seconds


def test_cpu_meter_counts_only_other_processes(monkeypatch) -> None:
    """Busy time of every core, less this process and its children, less the run's database server."""
    clock = {"busy": 100.0, "own": 10.0}
    monkeypatch.setattr(bench, "_busy_seconds", lambda: clock["busy"])
    monkeypatch.setattr(bench, "_own_cpu", lambda: clock["own"])
    server = _Server()
    meter = bench._CpuMeter(server)  # type: ignore[arg-type]
    clock["busy"], clock["own"], server.seconds = 110.0, 16.0, 6.0  # 4 s of wall clock: 10 busy, 6 ours, 1 server's
    assert meter.others(4.0) == pytest.approx(0.75)
    clock["busy"] = 105.0  # less busy than we used (clock granularity): never below zero
    assert meter.others(4.0) == 0.0
    monkeypatch.setattr(bench, "_busy_seconds", lambda: None)  # no /proc/stat
    assert meter.others(4.0) is None


def test_wait_for_quiet(monkeypatch) -> None:
    """Returns as soon as a window was quiet; gives up at its limit on a busy machine."""
    busy = iter([0.0, 0.05, 0.05, 3.0])  # one quiet window (0.05 s busy in 1 s), then a busy one
    monkeypatch.setattr(bench, "_busy_seconds", lambda: next(busy))
    monkeypatch.setattr(bench.time, "sleep", lambda s: None)
    clock = iter(range(0, 1000))
    monkeypatch.setattr(bench.time, "monotonic", lambda: float(next(clock)))
    assert bench.wait_for_quiet(60, window=1.0) is True
    busy = iter([0.0, 5.0] * 100)  # always 5 cores busy
    assert bench.wait_for_quiet(3, window=1.0) is False


def test_confining_to_cores_is_undone() -> None:
    before = bench._usable_cores()
    with bench._confined(1):
        assert len(bench._usable_cores()) == 1
    assert bench._usable_cores() == before


def test_cli_json(capsys) -> None:
    assert main(["bench", "-n", "3", "--dateparser-articles", "0", "--workers", "0", "--no-startup", "--json",
                 "--long-chars", "6000"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 3 and out["chars_per_s"] > 0 and out["machine"]
    assert out["long"]["characters"] >= 6000 and out["long"]["growth"] > 0
    assert main(["bench", "-n", "0"]) == 2
