"""Incremental merging: refreshing only the runs of overlapping dates that writes touched
gives exactly the merged events of merging everything again, on every backend.

Each check compares the store's merged tables after an incremental refresh with
``merge_reports`` over all its reports (what ``refresh_merged(force=True)`` writes).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from synth import make_record, synthetic_extract

from marsad.merge import merge_reports
from marsad.store import to_rows
from marsad.store.rows import entity_rank

CORPUS = Path(__file__).parent.parent.parent / "marsad" / "data" / "corpus"


def merged_tables(store) -> dict[str, list]:
    events = {r["id"]: {k: v for k, v in r.items()} for r in store.query("SELECT * FROM merged_events")}
    members = sorted((r["merged_id"], r["event_id"], r["doc_id"]) for r in store.query("SELECT * FROM merged_members"))
    entities = sorted((r["merged_id"], r["role"], r["entity_key"]) for r in store.query("SELECT * FROM merged_entities"))
    return {"events": sorted(events.items()), "members": members, "entities": entities}


def full_merge(store) -> dict[str, list]:
    """What merging every report from scratch gives, computed outside the store."""
    reports = store._load_reports()
    keys = sorted({k for r in reports for ks in r["roles"].values() for k in ks})
    merged = merge_reports(reports, store.entity_info(keys))
    events = {m.id: m.to_row() for m in merged}
    members = sorted((m.id, r["id"], r["doc_id"]) for m in merged for r in m.reports)
    entities = sorted((m.id, role, k) for m in merged for role, ks in m.roles.items() for k in ks)
    return {"events": sorted(events.items()), "members": members, "entities": entities}


def assert_fresh_and_exact(store) -> None:
    store.refresh_merged()
    assert not store.merge_is_stale()
    assert merged_tables(store) == full_merge(store)


@pytest.fixture(scope="module")
def corpus_records() -> list:
    """The bundled sample corpus, extracted once (real records, real merges)."""
    import marsad

    arts = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]
    if not arts:
        pytest.skip("the bundled sample corpus is missing")
    return [marsad.extract(a["text"], published=a.get("published"), id=a.get("id") or p,
                           outlet=a.get("outlet"), title=a.get("title"))
            for p, a in zip(sorted(CORPUS.glob("*.json")), arts)]


def test_incremental_equals_full_rebuild_on_the_sample_corpus(store, corpus_records):
    records = corpus_records[:]
    random.Random(7).shuffle(records)
    for i in range(0, len(records), 4):  # articles arrive a few at a time, refreshed after each arrival
        store.write_batch([to_rows(r) for r in records[i:i + 4]])
        assert_fresh_and_exact(store)
    assert store.stats()["merged_events"] > 0
    # Articles deleted and an article updated: their reports leave the merged events.
    for r in records[:3]:
        assert store.delete_document(r.doc.id)
    assert_fresh_and_exact(store)
    changed = synthetic_extract(records[5].doc.text + "\nوأعلنت وصول القوات الأميركية إلى قاعدة حرير الجوية.",
                                published=records[5].doc.published, id=records[5].doc.id)
    assert store.write_document(changed) == "replaced"
    assert_fresh_and_exact(store)
    merged = store.stats()["merged_events"]
    assert store.refresh_merged(force=True) == merged
    assert merged_tables(store) == full_merge(store)


def test_refresh_merges_again_only_the_runs_a_write_touched(store):
    def withdraw(doc_id: str, day: str) -> object:
        return make_record(f"بدأت القوات الأميركية الانسحاب من قاعدة عين الأسد ({doc_id}).", id=doc_id, published=day,
                           outlet=doc_id, events=[dict(type="RETREAT", mode="withdraw", trigger="الانسحاب",
                                                       actor=["القوات الأميركية"], origin=["عين الأسد"], date=day)])

    # Twelve withdrawals a month apart (twelve runs), then two more reports of the August one.
    for m in range(1, 13):
        store.write_document(withdraw(f"m{m}", f"2024-{m:02d}-10"))
    assert store.refresh_merged() == 12
    loaded: list[int] = []
    load = store._load_reports

    def spy(tx=None, ids=None):
        rows = load(tx, ids)
        loaded.append(len(rows))
        return rows

    store._load_reports = spy  # type: ignore[method-assign]
    store.write_document(withdraw("late-1", "2024-08-10"))
    store.write_document(make_record("واصلت القوات الأميركية الانسحاب من قاعدة عين الأسد.", id="late-2",
                                     published="2024-08-11", outlet="late-2", events=[dict(
                                         type="RETREAT", mode="withdraw", trigger="الانسحاب", actor=["القوات الأميركية"],
                                         origin=["عين الأسد"], date="2024-08-10")]))
    assert store.refresh_merged() == 12
    assert loaded == [3]  # the August run only: August's report and the two new ones
    store._load_reports = load  # type: ignore[method-assign]
    assert merged_tables(store) == full_merge(store)
    august = [m for m in store.merged_events() if m["date"] == "2024-08-10"]
    assert len(august) == 1 and august[0]["n_reports"] == 3


def test_a_better_description_of_an_entity_merges_again_the_reports_naming_it(store):
    """Whether "Iraq" contains Ain al-Asad depends on its stored row: when a later article
    describes Iraq fully, the two withdrawals become one event, as a full rebuild says."""
    text = "بدأت القوات الأميركية الانسحاب من قاعدة عين الأسد، وأعلنت واشنطن الانسحاب من العراق."
    rec = make_record(text, id="a1", published="2025-08-19", outlet="روداو", events=[
        dict(type="RETREAT", mode="withdraw", trigger="الانسحاب", actor=["القوات الأميركية"], origin=["عين الأسد"],
             date="2025-08-19"),
    ])
    other = make_record("أعلنت واشنطن الانسحاب من العراق.", id="a2", published="2025-08-19", outlet="شفق نيوز", events=[
        dict(type="RETREAT", mode="withdraw", trigger="الانسحاب", actor=["واشنطن"], origin=["العراق"],
             date="2025-08-19"),
    ])
    rows = [to_rows(rec), to_rows(other)]
    for r in rows:  # Iraq described poorly at first: no country, no feature
        for e in r.entities:
            if e["key"] == "geonames:99237":
                e.update(country=None, feature=None, lat=None, lon=None)
                e["rank"] = entity_rank(e)
    store.write_batch(rows)
    assert store.refresh_merged() == 2
    full = make_record("تقع قاعدة عين الأسد في العراق.", id="b1", published="2024-01-01")  # no events: only Iraq's row
    store.write_document(full)
    assert store.merge_is_stale()
    assert_fresh_and_exact(store)
    assert store.stats()["merged_events"] == 1


def test_a_store_from_before_incremental_merging_is_merged_whole_once(store):
    store.write_document(make_record("بدأت القوات الأميركية الانسحاب من قاعدة عين الأسد.", id="old", published="2025-08-19",
                                     events=[dict(type="RETREAT", trigger="الانسحاب", actor=["القوات الأميركية"],
                                                  origin=["عين الأسد"], date="2025-08-19")]))
    with store.transaction() as tx:  # what migration 3 leaves in an older store
        tx.execute("UPDATE events SET merge_lo = NULL, merge_hi = NULL")
        tx.execute("DELETE FROM merge_queue")
        tx.execute("INSERT INTO merge_queue (kind) VALUES ('all')")
    assert store.refresh_merged() == 1
    assert store.query("SELECT merge_lo, merge_hi FROM events") == [{"merge_lo": "2025-08-18", "merge_hi": "2025-08-19"}]
    assert merged_tables(store) == full_merge(store)
