"""``marsad demo``: a fresh store from the bundled corpus, then timeline and posture."""

from __future__ import annotations

import pytest
from synth import synthetic_extract

from marsad.cli import main
from marsad.commands import demo


@pytest.fixture
def quick(monkeypatch):
    """The demo's plumbing, not extraction quality: a fast stand-in extractor."""
    monkeypatch.setattr("marsad.api.extract", synthetic_extract)


def test_demo_builds_a_store_and_prints_timeline_and_posture(tmp_path, capsys, quick):
    if demo.corpus_dir() is None:
        pytest.skip("no bundled corpus in this build")
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--no-progress", "--no-serve"]) == 0
    out = capsys.readouterr().out
    assert "sample articles" in out and "== Timeline" in out and "== Force posture ==" in out
    assert main(["demo", "--db", str(db), "--no-progress", "--no-serve"]) == 0  # rebuilt from scratch, not appended to
    from marsad.store import open_store

    with open_store(db) as s:
        assert s.stats()["documents"] == len(list(demo.corpus_dir().glob("*.json")))


def test_demo_never_overwrites_someone_elses_store(tmp_path, capsys, quick):
    mine = tmp_path / "marsad.db"
    from marsad.store import open_store

    open_store(mine).close()
    assert main(["demo", "--db", str(mine), "--no-progress"]) == 1
    assert "was not made by `marsad demo`" in capsys.readouterr().err


def test_demo_without_corpus_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(demo, "corpus_dir", lambda: None)
    assert main(["demo", "--db", str(tmp_path / "d.db")]) == 1
    assert "sample corpus" in capsys.readouterr().err


def test_demo_ends_by_serving_the_store(tmp_path, capsys, quick, monkeypatch):
    """Without --no-serve the demo hands its store to `marsad serve` (stubbed here)."""
    if demo.corpus_dir() is None:
        pytest.skip("no bundled corpus")
    from marsad.commands import serve

    seen = {}
    monkeypatch.setattr(serve, "run", lambda args: seen.update(db=args.db, host=args.host, port=args.port) or 0)
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--no-progress", "--port", "8765"]) == 0
    assert seen == {"db": str(db), "host": "127.0.0.1", "port": 8765}
    assert "Serving the observatory on http://127.0.0.1:8765/" in capsys.readouterr().out
