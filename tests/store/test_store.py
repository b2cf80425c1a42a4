"""The store on every backend: schema versions, the one write path, entity linking,
search with matching's folding, and the queries the questions use."""

from __future__ import annotations

import pytest
from synth import make_record

from marsad.store import EventFilter, migrations, open_store
from marsad.store.base import SCHEMA_TABLES

WITHDRAW = ("بدأت القوات الأميركية الانسحاب من قاعدة عين الأسد في العراق، ونقلت نحو 2500 جندي "
            "إلى قاعدة حرير الجوية.")


def withdraw_record(doc_id: str = "a1", text: str = WITHDRAW, **kw) -> object:
    return make_record(text, id=doc_id, published=kw.pop("published", "2025-08-19"), outlet=kw.pop("outlet", "روداو"),
                       title=kw.pop("title", "انسحاب من عين الأسد"), events=[
        dict(type="RETREAT", mode="withdraw", trigger="الانسحاب", actor=["القوات الأميركية"], origin=["عين الأسد"],
             status="ongoing", date="2025-08-19",
             quantity=dict(text="نحو 2500 جندي", value=2500, approx=True)),
        dict(type="MOBILIZE", mode="troops", trigger="ونقلت", actor=["القوات الأميركية"], destination=["حرير"],
             status="occurred", date="2025-08-19"),
    ], posture=[dict(actor="القوات الأميركية", location="العراق", quantity=dict(text="2500", value=2500))], **kw)


def test_migrations_exist_for_every_dialect():
    sqlite, pg = migrations("sqlite"), migrations("postgres")
    assert [m.version for m in sqlite] == [m.version for m in pg] == list(range(1, len(sqlite) + 1))


def test_migrate_once_and_reopen(store_url):
    with open_store(store_url) as s:
        v = s.schema_version()
        assert v == len(migrations(s.dialect))
        for table in SCHEMA_TABLES:
            assert s.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"] == 0
    with open_store(store_url) as s:  # reopening applies nothing twice
        assert s.migrate() == v
        assert s.query("SELECT COUNT(*) AS n FROM schema_version")[0]["n"] == v


def test_write_is_idempotent_and_replaces_updated_content(store):
    rec = withdraw_record()
    assert store.write_document(rec) == "added"
    assert store.write_document(rec) == "skipped"
    # The same content under another id is the same document.
    assert store.write_document(withdraw_record("other-id")) == "skipped"
    from marsad.store import content_hash

    h = content_hash(WITHDRAW)
    assert store.has_content(h) and store.known_hashes([h, "0" * 64, h]) == {h}
    stats = store.stats()
    assert (stats["documents"], stats["events"], stats["posture"]) == (1, 2, 1)
    # Same id, new text: the article was updated; the old rows go.
    changed = withdraw_record(text=WITHDRAW + " وأكدت مصادر ذلك.")
    assert store.write_document(changed) == "replaced"
    stats = store.stats()
    assert (stats["documents"], stats["events"], stats["posture"]) == (1, 2, 1)
    assert "وأكدت" in store.document("a1")["text"]


def test_entities_link_across_documents(store):
    store.write_document(withdraw_record("a1"))
    other = make_record("وصلت القوات الأميركية إلى قاعدة حرير الجوية قادمة من العراق.", id="a2", published="2025-08-20")
    store.write_document(other)
    rows = store.entities()
    by_key = {r["key"]: r for r in rows}
    assert by_key["marsad:actor:usa-mil"]["n_documents"] == 2
    assert by_key["marsad:base:harir"]["n_documents"] == 2
    assert by_key["marsad:base:ain-al-asad"]["n_documents"] == 1
    # Without a kb_id, spelling variants fold to one key (أ/ا, ة/ه).
    a = make_record("قالت السفارة الأميركية إن الوضع هادئ.", id="b1", published="2025-08-20")
    b = make_record("قالت السفارة الأميركية مجدداً إن الوضع هادئ تماماً.", id="b2", published="2025-08-21")
    store.write_document(a)
    store.write_document(b)
    emb = [r for r in store.entities(q="السفاره الاميركيه")]
    assert len(emb) == 1 and emb[0]["key"] == "org:السفاره الاميركيه" and emb[0]["n_documents"] == 2


def test_entity_row_does_not_depend_on_ingest_order(store_url, store_factory):
    from synth import ACTORS

    plain = make_record("القوات الأميركية في المنطقة.", id="x1", published="2025-01-01")
    richer = make_record("وصلت القوات الأميركية إلى المنطقة.", id="x2", published="2025-01-02")
    richer.entities[0].name_en = "American forces"  # two documents describe one entity differently
    assert ACTORS["القوات الأميركية"]["name_en"] != "American forces"
    dumps = []
    for order in ((plain, richer), (richer, plain)):
        with open_store(store_factory()) as s:
            for rec in order:
                s.write_document(rec)
            dumps.append(s.dump()["entities"])
    assert dumps[0] == dumps[1]


@pytest.mark.parametrize("query, expect", [
    ("عين الاسد", ["a1"]),              # hamza folded: الأسد
    ("قاعده حرير", ["a1"]),             # ة/ه folded
    ("٢٥٠٠ جندي", ["a1"]),              # Eastern digits folded
    ("الأنسحاب", ["a1"]),               # folding applies to the query too
    ("انسحاب حرير", ["a1"]),            # every word must occur
    ("انسحاب بغداد", []),
    ("في", ["a1", "a3"]),               # short words still match (no trigram index needed)
    ("", []),
])
def test_search_folds_like_matching(store, query, expect):
    store.write_document(withdraw_record("a1"))
    store.write_document(make_record("تظاهر المئات في البصرة.", id="a3", published="2025-08-01"))
    hits = store.search(query)
    assert sorted(h["id"] for h in hits) == expect
    for h in hits:
        if h["highlight"]:
            a, b = h["highlight"]
            assert b > a and h["snippet"][a:b]


def test_event_filters(store):
    store.write_document(withdraw_record("a1"))
    store.write_document(make_record("وصلت القوات الأميركية إلى قاعدة التنف في سوريا.", id="s1", published="2025-10-02",
                                     events=[dict(type="MOBILIZE", mode="troops", trigger="وصلت", actor=["القوات الأميركية"],
                                                  destination=["التنف"], date="2025-10")]))
    iraq = store.resolve("العراق", "place")
    assert {"geonames:99237", "marsad:base:ain-al-asad", "marsad:base:harir"} <= set(iraq)
    assert "marsad:base:tanf" not in iraq
    assert [e["id"] for e in store.events(EventFilter(place_keys=iraq))] == ["a1/V1", "a1/V2"]
    assert [e["id"] for e in store.events(EventFilter(type="MOBILIZE"))] == ["a1/V2", "s1/V1"]
    assert [e["id"] for e in store.events(EventFilter(since="2025-10-15"))] == ["s1/V1"]  # month 2025-10 overlaps
    assert [e["id"] for e in store.events(EventFilter(until="2025-09-30"))] == ["a1/V1", "a1/V2"]
    assert store.events(EventFilter(place_keys=[])) == []
    assert store.resolve("Al-Tanf Garrison", "place") == ["marsad:base:tanf"]
    assert store.resolve("no such place", "place") == []


def test_merge_refresh_and_staleness(store):
    assert not store.merge_is_stale()
    store.write_document(withdraw_record("a1"))
    assert store.merge_is_stale()
    assert store.refresh_merged() == 2
    assert not store.merge_is_stale() and store.refresh_merged() is None
    store.write_document(withdraw_record("a2", text=WITHDRAW.replace("بدأت", "واصلت"), outlet="شفق نيوز"))
    assert store.refresh_merged() == 2  # the second article's reports join the first's events
    merged = store.merged_events(EventFilter(type="RETREAT"))
    assert len(merged) == 1 and merged[0]["n_reports"] == 2 and merged[0]["corroboration"] == 2
    assert [r["doc_id"] for r in merged[0]["reports"]] == ["a1", "a2"]
    assert store.delete_document("a2") and store.merge_is_stale()
    store.refresh_merged()
    assert store.merged_events(EventFilter(type="RETREAT"))[0]["n_reports"] == 1


def test_document_lookup_and_records(store):
    store.write_document(withdraw_record("abc-123"))
    assert store.document("abc-123")["record"]["doc"]["id"] == "abc-123"
    assert store.document("abc")["id"] == "abc-123"  # a unique prefix
    assert store.document("zzz") is None
    recs = list(store.iter_records(batch=1))
    assert [r["doc"]["id"] for r in recs] == ["abc-123"]
    assert [d["id"] for d in store.documents()] == ["abc-123"]


def test_bad_location_is_a_clear_error(tmp_path):
    from marsad.store import StoreError

    with pytest.raises(StoreError, match="folder does not exist"):
        open_store(tmp_path / "missing" / "x.db")


def test_search_folding_is_matchings_folding(seed_text):
    """The index folds with one translate table; it must equal marsad.text.normalise.fold_text."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from marsad.store.rows import fold_for_search
    from marsad.text.normalise import fold_text

    assert fold_for_search(None, seed_text) == fold_text(seed_text).lower()
    alphabet = st.sampled_from(list("أإآٱىيةهـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۴۵ ابتAbc\u200c\u00a0\u066b\u00ad\n"))

    @settings(max_examples=100, deadline=None)
    @given(st.text(alphabet=alphabet, max_size=40))
    def check(s: str) -> None:
        assert fold_for_search("ت", s) == fold_text("ت\n" + s).lower()

    check()


def test_batch_writes_are_all_or_nothing(store):
    from marsad.store import to_rows

    good = to_rows(withdraw_record("g1"))
    also = to_rows(withdraw_record("g2", text=WITHDRAW + " وتابعت."))
    assert store.write_batch([good, also, good]) == ["added", "added", "skipped"]
    broken = to_rows(withdraw_record("g3", text=WITHDRAW + " مجدداً."))
    broken.events.append(dict(broken.events[0]))  # a duplicate primary key: the batch fails
    fresh = to_rows(withdraw_record("g4", text=WITHDRAW + " أيضاً."))
    with pytest.raises(Exception):
        store.write_batch([fresh, broken])
    assert sorted(d["id"] for d in store.documents()) == ["g1", "g2"]
    assert store.write_rows(fresh) == "added"
