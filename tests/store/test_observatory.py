"""The questions (timeline, posture, search, show) and the exports, on every backend."""

from __future__ import annotations

import csv
import io
import json

import pytest
from synth import make_record

from marsad import observatory as obs
from marsad.export import CSV_COLUMNS, export
from marsad.record import Record

Q2500 = dict(text="نحو 2500 جندي", value=2500, approx=True)


@pytest.fixture
def filled(store):
    """Four articles, three outlets: a withdrawal reported twice, a denial, a troop move, posture."""
    t1 = "بدأت القوات الأميركية الانسحاب من قاعدة عين الأسد في العراق، ويبلغ عددها نحو 2500 جندي."
    store.write_document(make_record(t1, id="r1", published="2025-08-19", outlet="روداو", events=[
        dict(type="RETREAT", mode="withdraw", trigger="الانسحاب", actor=["القوات الأميركية"], origin=["عين الأسد"],
             status="ongoing", date="2025-08-19", summary_en="US forces begin withdrawing from Ain al-Asad")],
        posture=[dict(actor="القوات الأميركية", location="العراق", quantity=Q2500, date="2025-08-19")]))
    t2 = "قالت السفارة الأميركية إن انسحاب القوات الأميركية من قاعدة عين الأسد اكتمل."
    store.write_document(make_record(t2, id="r2", published="2025-08-20", outlet="شفق نيوز", events=[
        dict(type="RETREAT", mode="withdraw", trigger="انسحاب", actor=["القوات الأميركية"], origin=["عين الأسد"],
             status="occurred", date="2025-08-19", source="السفارة الأميركية")],
        statements=[dict(speaker="السفارة الأميركية", cue="قالت", content="انسحاب القوات الأميركية من قاعدة عين الأسد اكتمل")]))
    t3 = "نفت الحكومة انسحاب القوات الأميركية من قاعدة عين الأسد، واعتبر مراقبون أن الخبر مبالغ فيه."
    store.write_document(make_record(t3, id="r3", published="2025-08-20", outlet="الأفق", events=[
        dict(type="RETREAT", mode="withdraw", trigger="انسحاب", actor=["القوات الأميركية"], origin=["عين الأسد"],
             status="negated", date="2025-08-19")], claims=["مراقبون"]))
    t4 = "وصل 1000 جندي من القوات الأميركية إلى قاعدة حرير الجوية، ليصبح عدد القوات في العراق 1500 جندي."
    store.write_document(make_record(t4, id="r4", published="2025-09-10", outlet="روداو", events=[
        dict(type="MOBILIZE", mode="troops", trigger="وصل", actor=["القوات الأميركية"], destination=["حرير"],
             date="2025-09-10", quantity=dict(text="1000 جندي", value=1000))],
        posture=[dict(actor="القوات الأميركية", location="العراق", quantity=dict(text="1500 جندي", value=1500),
                      date="2025-09-10")]))
    store.refresh_merged()
    return store


def test_timeline_merges_and_shows_disagreement(filled):
    items = obs.timeline(filled)
    assert [(m["type"], m["date"], m["n_reports"]) for m in items] == [("RETREAT", "2025-08-19", 3), ("MOBILIZE", "2025-09-10", 1)]
    w = items[0]
    assert w["corroboration"] == 3 and w["outlets"] == ["روداو", "شفق نيوز", "الأفق"]
    assert w["status"] == "occurred" and w["conflicts"][0]["kind"] == "status"
    assert [s["name"] for s in w["sources"]] == ["US Embassy"]
    assert w["actors"][0]["name_en"] == "US forces" and w["places"][0]["name_en"] == "Ain al-Asad Air Base"
    assert [r["doc_id"] for r in w["reports"]] == ["r1", "r2", "r3"]
    assert w["summary_en"] == "US forces begin withdrawing from Ain al-Asad" or w["summary_en"]


@pytest.mark.parametrize("kw, types", [
    ({"place": "عين الاسد"}, ["RETREAT"]),
    ({"place": "Harir Air Base"}, ["MOBILIZE"]),
    ({"place": "العراق"}, ["RETREAT", "MOBILIZE"]),          # a country brings in its bases
    ({"actor": "القوات الاميركية", "type": "mobilize"}, ["MOBILIZE"]),
    ({"since": "2025-09-01"}, ["MOBILIZE"]),
    ({"until": "2025-08"}, ["RETREAT"]),
    ({"conflicts_only": True}, ["RETREAT"]),
    ({"place": "سوريا"}, []),
])
def test_timeline_filters(filled, kw, types):
    if kw.get("place") == "سوريا":
        with pytest.raises(obs.UnknownName):
            obs.timeline(filled, **kw)
        return
    assert [m["type"] for m in obs.timeline(filled, **kw)] == types


def test_posture_series(filled):
    series = obs.posture(filled, actor="US forces")
    by_place = {s["location"]["name_en"]: s for s in series}
    iraq = by_place["Iraq"]
    assert [(p["date"], p["value"]) for p in iraq["points"]] == [("2025-08-19", 2500), ("2025-09-10", 1500)]
    assert iraq["latest"]["value"] == 1500 and iraq["points"][0]["approx"] is True
    harir = by_place["Harir Air Base"]
    assert [(p["kind"], p["direction"], p["value"]) for p in harir["points"]] == [("movement", "in", 1000)]
    assert [s["location"]["name_en"] for s in obs.posture(filled, place="Harir Air Base")] == ["Harir Air Base"]


def test_show_and_search(filled):
    view = obs.show(filled, "r3")
    assert view["document"]["outlet"] == "الأفق"
    Record.model_validate(view["record"])
    assert view["merged"][0]["n_reports"] == 3 and view["merged"][0]["conflicts"]
    assert {o["doc_id"] for o in view["merged"][0]["other_reports"]} == {"r1", "r2"}
    with pytest.raises(obs.UnknownName):
        obs.show(filled, "nope")
    assert [h["id"] for h in obs.search(filled, "حرير")] == ["r4"]
    events = obs.events(filled, type="RETREAT", status="negated")
    assert [e["id"] for e in events] == ["r3/V1"] and events[0]["roles"]["actor"][0]["name_en"] == "US forces"
    assert obs.entities(filled, type="FAC")[0]["n_documents"] == 3


def test_export_jsonl_records_round_trip(filled):
    buf = io.StringIO()
    assert export(filled, "jsonl", buf) == 4
    recs = [Record.model_validate(json.loads(line)) for line in buf.getvalue().splitlines()]
    assert [r.doc.id for r in recs] == ["r1", "r2", "r3", "r4"]


@pytest.mark.parametrize("level, rows", [("merged", 2), ("reports", 4)])
def test_export_csv_acled_columns(filled, level, rows):
    buf = io.StringIO()
    assert export(filled, "csv", buf, level=level) == rows
    table = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(table[0]) == CSV_COLUMNS
    assert CSV_COLUMNS[:17] == ("event_id", "date", "time_precision", "type", "sub_type", "status", "actor1", "actor2",
                                "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
                                "quantity", "notes")
    first = table[0]
    assert (first["date"], first["time_precision"], first["type"], first["sub_type"]) == ("2025-08-19", "1", "RETREAT", "withdraw")
    assert (first["actor1"], first["country"], first["admin1"], first["location"]) == (
        "US forces", "IQ", "Anbar", "Ain al-Asad Air Base")
    assert float(first["latitude"]) == pytest.approx(33.8) and first["geo_precision"] == "1"
    if level == "merged":
        assert first["source"] == "روداو; شفق نيوز (US Embassy); الأفق" and first["has_conflict"] == "1"
        assert table[1]["quantity"] == "1000"


def test_export_geojson(filled):
    buf = io.StringIO()
    n = export(filled, "geojson", buf)
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == n
    kinds = [f["properties"]["kind"] for f in fc["features"]]
    assert kinds.count("event") == 2 and kinds.count("place") == 3
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


@pytest.mark.parametrize("strict, first_event", [(False, "RETREAT"), (True, "RETREAT")])
def test_export_plover(filled, strict, first_event):
    buf = io.StringIO()
    assert export(filled, "plover", buf, strict=strict) == 4
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    r = recs[0]
    assert set(r) >= {"id", "date", "actor", "event", "event_text", "cite_info", "link"}
    assert r["event"] == [first_event] and r["mode"] == ["withdraw"] and r["date"] == "2025-08-19"
    assert r["actor"][0]["code"] == "USA" and r["actor"][0]["sector"] == "MIL"
    assert r["event_loc"]["name"] == "Ain al-Asad Air Base"
    assert len({x["link"] for x in recs if x["event"] == ["RETREAT"]}) == 1  # one merged event
    assert recs[3]["size"]["value"] == 1000


def test_plover_strict_maps_announced_withdrawals(store):
    t = "ستبدأ القوات الأميركية الانسحاب من قاعدة عين الأسد الشهر المقبل."
    store.write_document(make_record(t, id="p1", published="2025-08-19", events=[
        dict(type="RETREAT", mode="withdraw", trigger="الانسحاب", actor=["القوات الأميركية"], origin=["عين الأسد"],
             status="planned", date="2025-09")]))
    loose, strict = io.StringIO(), io.StringIO()
    export(store, "plover", loose)
    export(store, "plover", strict, strict=True)
    assert json.loads(loose.getvalue())["event"] == ["RETREAT"]
    s = json.loads(strict.getvalue())
    assert (s["event"], s["date"], s["enddate"]) == (["CONCEDE"], "2025-09-01", "2025-09-30")
