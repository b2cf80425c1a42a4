"""The bundled sample corpus (marsad.data) and its merge gold (tests/data/merge_gold.json).

The corpus must ship inside the package and read as ``extract --jsonl`` input; the
merge gold must point at real articles and verbatim phrases, or merge precision
and recall measured against it mean nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from marsad.data import corpus_files, load_corpus

MERGE_GOLD = Path(__file__).resolve().parent / "merge_gold.json"
FIELDS = {"id", "published", "outlet", "title", "url", "text"}
STATUSES = {"occurred", "ongoing", "planned", "negated", "hypothetical"}
EVENT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.fixture(scope="module")
def corpus() -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in load_corpus()}


@pytest.fixture(scope="module")
def merge_gold() -> dict[str, Any]:
    return json.loads(MERGE_GOLD.read_text(encoding="utf-8"))


def test_corpus_ships_in_package() -> None:
    files = corpus_files()
    assert len(files) >= 32
    assert [f.name for f in files] == sorted(f.name for f in files)


def test_articles_are_well_formed(corpus: dict[str, dict[str, Any]]) -> None:
    for name, doc in zip((f.name for f in corpus_files()), load_corpus()):
        assert set(doc) == FIELDS, name
        assert doc["id"] + ".json" == name
        assert dt.date(2025, 1, 1) <= dt.date.fromisoformat(doc["published"]) <= dt.date(2026, 12, 31)
        assert doc["outlet"] and doc["title"] and doc["url"] is None
        assert doc["text"] == doc["text"].strip() and "\r" not in doc["text"]
        assert 150 <= len(doc["text"].split()) <= 450, f"{name}: {len(doc['text'].split())} words"
    assert len(corpus) == len(corpus_files())  # ids are unique


def test_merge_gold_points_at_the_corpus(corpus: dict[str, dict[str, Any]], merge_gold: dict[str, Any]) -> None:
    assert merge_gold["schema"] == "marsad.merge_gold/1"
    ids = [c["id"] for c in merge_gold["clusters"]]
    assert len(ids) == len(set(ids))
    for cl in merge_gold["clusters"]:
        assert cl["type"] in EVENT_TYPES and cl["status"] in STATUSES, cl["id"]
        assert cl["reports"], cl["id"]
        for rep in cl["reports"]:
            text = corpus[rep["doc"]]["text"]
            assert text.count(rep["evidence"]) == 1, f"{cl['id']} {rep['doc']}: evidence must occur once"
            assert rep["trigger"] in rep["evidence"], f"{cl['id']} {rep['doc']}"
            assert rep["status"] in STATUSES, f"{cl['id']} {rep['doc']}"
            if "quantity" in rep:
                assert rep["quantity"]["text"] in text, f"{cl['id']} {rep['doc']}"
    for pair in merge_gold["pairs"]:
        assert pair["a"] in ids and pair["b"] in ids and pair["relation"] in ("distinct", "related")
    for po in merge_gold["posture"]:
        assert po["text"] in corpus[po["doc"]]["text"], po
    for doc_id in merge_gold["no_events"]:
        assert doc_id in corpus


def test_merge_gold_has_corroboration_and_clear_non_merges(merge_gold: dict[str, Any]) -> None:
    multi = [c for c in merge_gold["clusters"] if len({r["doc"] for r in c["reports"]}) >= 3]
    assert len(multi) >= 5
    clear = [p for p in merge_gold["pairs"] if p["relation"] == "distinct" and p["difficulty"] == "clear"]
    assert len(clear) >= 5
