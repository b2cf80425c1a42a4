"""Checks against ../shared (skipped when absent): the seed article end to end for events,
statements, claims and posture; detection on a sample of the Arabic event GSR sets; and the
provenance column of the trigger lexicon."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

import marsad
from marsad.evaluation.scorer import score_record

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
GSR = SHARED / "data" / "arabic-event-gsr"


def test_seed_events_statements_claims_posture(seed_text: str, seed_gold: dict) -> None:
    rec = marsad.extract(seed_text, published="2025-08-19")
    f = score_record(rec, seed_gold).figures()
    for key in ("event_f1", "event_status_acc", "event_date_acc", "event_mode_acc", "statement_f1", "claim_r",
                "posture_f1"):
        assert f[key] == 1.0, (key, f[key])
    for ev in rec.events:
        assert ev.summary_en and not any("\u0600" <= ch <= "\u06ff" for ch in ev.summary_en)


def _detect(path: Path, event_type: str, limit: int) -> tuple[int, int, int]:
    tp = fp = fn = 0
    extract = marsad.load()
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["label"].strip().lower() in ("yes", "easy no", "difficult no")]
    yes = [r for r in rows if r["label"].strip().lower() == "yes"][:limit]
    no = [r for r in rows if r["label"].strip().lower() != "yes"][:limit]
    for r in yes + no:
        hit = any(e.type == event_type for e in extract(r["text"]).events)
        if r in yes:
            tp += hit
            fn += not hit
        else:
            fp += hit
    return tp, fp, fn


@pytest.mark.parametrize("name,event_type,min_recall,max_fp_rate", [
    ("assault_gsr_dev.csv", "ASSAULT", 0.6, 0.35),
    ("protest_gsr.csv", "PROTEST", 0.4, 0.15),
])
def test_gsr_detection_sample(name: str, event_type: str, min_recall: float, max_fp_rate: float) -> None:
    path = GSR / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    tp, fp, fn = _detect(path, event_type, 60)
    assert tp / (tp + fn) >= min_recall, (tp, fn)
    assert fp / 60 <= max_fp_rate, fp


def test_trigger_provenance_is_current() -> None:
    if not (SHARED / "data" / "plover-codebook" / "CAMEO2PLOVER-2021.txt").exists():
        pytest.skip("../shared/data not present")
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_triggers.py"), "--check"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
