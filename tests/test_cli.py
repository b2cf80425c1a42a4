from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.cli import main

ART = "أعلنت الحكومة العراقية أمس انسحاب القوات من قاعدة عين الأسد."


def test_help_for_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from marsad.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert {"extract", "eval", "schema"} <= set(sub.choices)
    for name in sub.choices:
        with pytest.raises(SystemExit) as exc:
            main([name, "--help"])
        assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "usage: marsad extract" in out


def test_extract_file_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ART, encoding="utf-8")
    assert main(["extract", str(f), "--published", "2025-08-19", "--id", "a1", "--outlet", "واع"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["schema"] == "marsad.document/1"
    assert rec["doc"]["id"] == "a1" and rec["doc"]["outlet"] == "واع" and rec["doc"]["published"] == "2025-08-19"


def test_extract_text_format_and_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ART, encoding="utf-8")
    out = tmp_path / "r.json"
    assert main(["extract", str(f), "--format", "text", "--out", str(out)]) == 0
    assert "Entities" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["doc"]["text"] == ART


def test_extract_stdin() -> None:
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", "-"], input=ART.encode(), capture_output=True)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["doc"]["text"] == ART


def test_extract_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    assert main(["extract", str(bad)]) == 2
    assert "UTF-8" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert main(["extract", str(empty)]) == 2
    assert "E101" in capsys.readouterr().err
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2


def test_jsonl_batch_goes_on_past_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": ART, "published": "2025-08-19"}, ensure_ascii=False).encode(),
        b"{not json",
        json.dumps({"id": "c"}).encode(),
        b"\xff\xfe",
        json.dumps({"id": "e", "text": "   "}).encode(),
        json.dumps({"id": "f", "text": ART, "published": "bad-date"}).encode(),
        json.dumps({"id": "g", "text": ART}, ensure_ascii=False).encode(),
    ]
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--jsonl", str(src), "--out", str(out)]) == 3
    err = capsys.readouterr().err
    for n in (2, 3, 4, 5, 6):
        assert f"in.jsonl:{n}:" in err
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc"]["id"] for r in recs] == ["a", "g"]


def test_jsonl_all_good_exit_zero(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ART}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["extract", "--jsonl", str(src), "--out", str(tmp_path / "o.jsonl")]) == 0


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "marsad.document/1"


def test_eval_runs_on_gold(capsys: pytest.CaptureFixture[str]) -> None:
    gold = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "dev"
    if not gold.exists():
        pytest.skip("no gold")
    assert main(["eval", str(gold), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert "entity_f1" in figures and "posture_f1" in figures


def test_eval_needs_a_target(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval"]) == 2
    assert main(["eval", "/nonexistent/dir"]) == 2
