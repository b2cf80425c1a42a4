"""Every sentence of the Arabic event GSR sets extracts to a valid record without an error.

These 3,500 newswire sentences end in every way Arabic news sentences end (a clitic pronoun, a
closing quotation, a bare particle); two of them once ran look-ahead rules off the end of the
sentence. Skipped when ../shared is absent."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import marsad

GSR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "arabic-event-gsr"


@pytest.mark.parametrize("name", ["assault_gsr_dev.csv", "protest_gsr.csv"])
def test_every_gsr_sentence_extracts(name: str) -> None:
    path = GSR / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    extract = marsad.load()
    failed = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        try:
            rec = extract(row["text"])
        except Exception as exc:  # noqa: BLE001 - the test lists every failure, not the first
            failed.append((row["id"], repr(exc)))
            continue
        for ev in rec.events:
            assert rec.doc.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
    assert not failed, failed[:5]
    assert len(rows) > 900


def test_sentence_ending_in_clitic_pronoun() -> None:
    # a relay verb whose object pronoun is the last word, and a coordinated nationality at the end
    for text in ("نقلت وكالة الأنباء الرسمية عنه.", "تواطأوا مع الأمن العراقي واغتالوه."):
        assert marsad.extract(text).doc.text == text
