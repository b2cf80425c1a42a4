"""The REST API through FastAPI's test client, on the hand-built store (conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest

from marsad.store import open_store
from marsad.web import Settings, create_app

from .conftest import TOKEN, make_client
from .fixtures import XSS_DOC


def get(client: Any, path: str, status: int = 200) -> Any:
    res = client.get(path)
    assert res.status_code == status, res.text
    return res.json()


def test_stats(client: Any) -> None:
    s = get(client, "/api/stats")
    assert (s["documents"], s["events"], s["posture"]) == (4, 6, 3)
    assert s["merged_events"] == 5  # the denial merges with the report it denies
    assert (s["first_published"], s["last_published"]) == ("2025-08-19", "2025-09-02")


def test_documents_pagination(client: Any) -> None:
    first = get(client, "/api/documents?limit=3")
    assert first["total"] == 4 and first["has_more"] and len(first["items"]) == 3
    rest = get(client, "/api/documents?limit=3&offset=3")
    assert not rest["has_more"] and len(rest["items"]) == 1
    ids = [d["id"] for d in first["items"] + rest["items"]]
    assert sorted(ids) == sorted({"w-1", "w-2", "w-3", XSS_DOC})


def test_document_record(client: Any) -> None:
    rec = get(client, "/api/documents/w-1")
    assert rec["schema"] == "marsad.document/1"
    assert rec["doc"]["title"] == "بدء الانسحاب الأميركي من عين الأسد"
    text = rec["doc"]["text"]
    for e in rec["entities"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    assert {v["type"] for v in rec["events"]} == {"RETREAT", "MOBILIZE"}


@pytest.mark.parametrize("path, code", [
    ("/api/documents/no-such-doc", "not_found"),
    ("/api/events/no-such-event", "not_found"),
    ("/api/entities/no:such", "not_found"),
    ("/api/no-such-endpoint", "not_found"),
])
def test_not_found_is_json(client: Any, path: str, code: str) -> None:
    err = get(client, path, 404)["error"]
    assert err["status"] == 404 and err["code"] == code and err["message"]


@pytest.mark.parametrize("query, check", [
    ("type=RETREAT", lambda v: v["type"] == "RETREAT"),
    ("type=RETREAT&mode=withdraw", lambda v: v["mode"] == "withdraw"),
    ("status=planned", lambda v: v["status"] == "planned"),
    ("actor=US%20forces", lambda v: any(a["name_en"] == "US forces" for a in v["actors"])),
    ("actor=القوات الأميركية", lambda v: any(a["name_en"] == "US forces" for a in v["actors"])),
    ("place=قاعدة حرير الجوية", lambda v: any(p["name_en"] == "Harir Air Base" for p in v["places"])),
    ("date_from=2025-08&date_to=2025-08", lambda v: v["date"].startswith("2025-08")),
    ("date_from=2026", lambda v: v["date"] >= "2026"),
    ("q=Harir", lambda v: "Harir" in v["summary_en"]),
    ("q=تنسحب", lambda v: "تنسحب" in v["sentence"]),
    ("conflict=true", lambda v: v["has_conflict"]),
])
def test_event_filters(client: Any, query: str, check: Any) -> None:
    page = get(client, "/api/events?" + query)
    assert page["items"], f"no events for {query}"
    assert all(check(v) for v in page["items"]), query


def test_dates_past_a_months_end_are_read_as_its_last_day(client: Any) -> None:
    assert get(client, "/api/events?date_from=2025-02-30&date_to=2025-08-31")["items"]
    assert get(client, "/api/documents?date_to=2025-06-31")["items"] == []


def test_place_filter_includes_places_in_a_country(client: Any) -> None:
    """Events at Ain al-Asad and Harir are events in Iraq."""
    places = {p["name_en"] for v in get(client, "/api/events?place=Iraq")["items"] for p in v["places"]}
    assert {"Ain al-Asad Air Base", "Harir Air Base", "Iraq"} <= places


def test_event_rows_link_to_their_reports(client: Any) -> None:
    rows = get(client, "/api/events?type=RETREAT&conflict=true")["items"]
    assert len(rows) == 1
    row = rows[0]
    assert row["merged"] and row["n_reports"] == 2 and row["corroboration"] == 2
    assert {r["doc_id"] for r in row["reports"]} == {"w-1", "w-2"}
    assert {r["status"] for r in row["reports"]} == {"ongoing", "negated"}
    assert row["conflicts"][0]["kind"] == "status" and "deny" in row["conflicts"][0]["text"]
    assert get(client, f"/api/events/{row['id']}")["id"] == row["id"]
    report = get(client, "/api/events/w-2/V1")
    assert not report["merged"] and report["status"] == "negated"


def test_unmerged_events_are_reports(client: Any) -> None:
    page = get(client, "/api/events?merged=false&limit=100")
    assert len(page["items"]) == 6 and all(not v["merged"] and v["n_reports"] == 1 for v in page["items"])


def test_events_pagination(client: Any) -> None:
    a = get(client, "/api/events?limit=2")
    b = get(client, "/api/events?limit=2&offset=2")
    assert a["has_more"] and len(a["items"]) == 2
    assert not {v["id"] for v in a["items"]} & {v["id"] for v in b["items"]}


@pytest.mark.parametrize("query, problem", [
    ("type=WALK", "type"),
    ("status=maybe", "status"),
    ("date_from=2025-13", "date_from"),
    ("date_to=2025-2-3", "date_to"),
    ("date_from=0000", "date_from"),
    ("limit=0", "limit"),
    ("limit=100000", "limit"),
    ("offset=-1", "offset"),
])
def test_bad_parameters_get_clear_errors(client: Any, query: str, problem: str) -> None:
    err = get(client, "/api/events?" + query, 422)["error"]
    assert err["code"] == "invalid_request" and problem in err["message"]


def test_entities(client: Any) -> None:
    page = get(client, "/api/entities?type=FAC")
    assert {e["name_en"] for e in page["items"]} == {"Ain al-Asad Air Base", "Harir Air Base"}
    found = get(client, "/api/entities?q=حرير")["items"]
    assert [e["key"] for e in found] == ["marsad:base:harir"]
    one = get(client, "/api/entities/marsad:base:harir")
    assert one["lat"] == pytest.approx(36.54) and one["n_documents"] == 1


@pytest.mark.parametrize("by, group", [("place", "Ain al-Asad Air Base"), ("actor", "US forces")])
def test_timeline(client: Any, by: str, group: str) -> None:
    tl = get(client, f"/api/timeline?by={by}")
    assert tl["by"] == by
    names = [g["name_en"] for g in tl["groups"]]
    assert group in names
    for g in tl["groups"]:
        dates = [v["date"] for v in g["events"] if v["date"]]
        assert dates == sorted(dates)


def test_posture_series_keeps_reports(client: Any) -> None:
    series = get(client, "/api/posture?actor=US forces&place=Iraq")["series"]
    assert series[0]["location"]["name_en"] == "Iraq"
    points = series[0]["points"]
    assert {p["kind"] for p in points} == {"posture"}
    assert [(p["date"], p["quantity"]) for p in points] == [("2025-08-19", 2500), ("2025-08-20", 2000), ("2025-09-02", 1500)]
    assert [p["reports"][0]["doc_id"] for p in points] == ["w-1", "w-2", "w-3"]
    assert points[-1]["status"] == "planned"
    moved = {s["location"]["name_en"]: s["points"] for s in series}["Harir Air Base"]
    assert [(p["kind"], p["direction"], p["quantity"]) for p in moved] == [("movement", "in", 2500)]


def test_posture_of_an_unknown_name_is_empty(client: Any) -> None:
    assert get(client, "/api/posture?place=Atlantis")["series"] == []
    assert get(client, "/api/events?place=Atlantis")["items"] == []


def test_search_folds_spelling(client: Any) -> None:
    """'الإنسحاب' (hamza) finds 'الانسحاب'; results say where."""
    hits = get(client, "/api/search?q=الإنسحاب")["items"]
    assert [h["id"] for h in hits] == ["w-1"]
    assert hits[0]["snippet"] and hits[0]["n_events"] == 2


def test_map_is_geojson(client: Any) -> None:
    fc = get(client, "/api/map")
    assert fc["type"] == "FeatureCollection"
    kinds = {f["properties"]["kind"] for f in fc["features"]}
    assert kinds == {"event", "place"}
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert any(f["properties"].get("type") == "MOBILIZE" and f["properties"]["place"]["name_en"] == "Harir Air Base"
               for f in fc["features"])


# ----- extraction, ingest, limits, access -------------------------------------------------------------

def test_extract_returns_a_record_without_storing(client: Any) -> None:
    before = get(client, "/api/stats")["documents"]
    res = client.post("/api/extract", json={"text": "أعلنت الحكومة العراقية اليوم انسحاب القوات.", "published": "2025-08-19",
                                            "title": "خبر", "url": "http://example.invalid/never-fetched"})
    assert res.status_code == 200, res.text
    rec = res.json()
    assert rec["schema"] == "marsad.document/1" and rec["doc"]["published"] == "2025-08-19"
    assert rec["doc"]["url"] == "http://example.invalid/never-fetched"
    assert get(client, "/api/stats")["documents"] == before


@pytest.mark.parametrize("body, status, code", [
    ({"text": ""}, 422, "invalid_request"),
    ({"text": "   "}, 422, "E101"),
    ({"text": "نص", "published": "yesterday"}, 422, "invalid_request"),
    ({"text": "نص", "published": "2025-02-31"}, 422, "E100"),
    ({"text": "نص", "colour": "red"}, 422, "invalid_request"),
    ({}, 422, "invalid_request"),
    ({"text": "ا" * 200_001}, 422, "invalid_request"),
])
def test_extract_errors(client: Any, body: dict[str, Any], status: int, code: str) -> None:
    res = client.post("/api/extract", json=body)
    assert res.status_code == status
    err = res.json()["error"]
    assert err["code"] == code and err["message"]


def test_malformed_json_is_a_clear_error(client: Any) -> None:
    res = client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"})
    assert res.status_code == 422 and res.json()["error"]["code"] == "invalid_request"


def test_request_size_limit(tmp_path: Any) -> None:
    store = open_store(tmp_path / "s.db")
    c = make_client(create_app(store, Settings(token=TOKEN, max_body_bytes=10_000)))
    big = {"text": "ا" * 20_000}
    res = c.post("/api/extract", json=big)
    assert res.status_code == 413 and res.json()["error"]["code"] == "too_large"

    def chunks() -> Any:  # no Content-Length: the limit still holds
        for _ in range(10):
            yield b"x" * 2_000

    res = c.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert res.status_code == 413
    store.close()


@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"Authorization": "Bearer wrong"}, 401),
    ({"Authorization": f"Bearer {TOKEN}"}, 200),
    ({"X-Marsad-Token": TOKEN}, 200),
])
def test_ingest_needs_the_token(fresh_client: Any, headers: dict[str, str], status: int) -> None:
    res = fresh_client.post("/api/ingest", json={"articles": [{"text": "انسحبت القوات من القاعدة.", "published": "2025-08-19"}]},
                            headers=headers)
    assert res.status_code == status, res.text
    if status != 200:
        assert res.json()["error"]["code"] == "unauthorised"


def test_ingest_disabled_without_configured_token(tmp_path: Any) -> None:
    store = open_store(tmp_path / "s.db")
    c = make_client(create_app(store, Settings(token=None)))
    res = c.post("/api/ingest", json={"articles": [{"text": "نص"}]}, headers={"Authorization": "Bearer anything"})
    assert res.status_code == 403 and "MARSAD_TOKEN" in res.json()["error"]["message"]
    store.close()


def test_ingest_is_idempotent(fresh_client: Any) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = {"articles": [{"text": "قال مسؤول إن القوات الأميركية انسحبت من قاعدة عين الأسد.", "published": "2025-08-19",
                          "id": "api-1", "outlet": "روداو"}]}
    first = fresh_client.post("/api/ingest", json=body, headers=auth).json()
    again = fresh_client.post("/api/ingest", json=body, headers=auth).json()
    assert [r["result"] for r in first["results"]] == ["added"]
    assert [r["result"] for r in again["results"]] == ["skipped"]
    assert get(fresh_client, "/api/stats")["documents"] == 1
    assert get(fresh_client, "/api/documents/api-1")["doc"]["outlet"] == "روداو"


def test_ingested_markup_is_stored_as_text(fresh_client: Any) -> None:
    """HTML in an ingested article never reaches the store as markup."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = 'قال مصدر <script>window.__x=1</script> إن <img src=x onerror="window.__x=2"> القوات انسحبت.'
    res = fresh_client.post("/api/ingest", json={"articles": [{"text": text, "id": "m-1", "published": "2025-08-19"}]},
                            headers=auth)
    assert res.status_code == 200
    stored = get(fresh_client, "/api/documents/m-1")["doc"]["text"]
    assert "<script" not in stored and "onerror" not in stored


def test_reads_from_elsewhere_need_the_token(web_store: Any) -> None:
    c = make_client(create_app(web_store, Settings(token=TOKEN, open_reads=False)))
    assert c.get("/api/stats").status_code == 401  # the test client is not a loopback address
    assert c.get("/api/stats", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_host_header_is_checked(client: Any) -> None:
    """DNS rebinding: a page on another site cannot read the local API through a name that points here."""
    res = client.get("/api/stats", headers={"host": "evil.example"})
    assert res.status_code == 400 and res.json()["error"]["code"] == "bad_host"
    assert client.get("/api/stats", headers={"host": "127.0.0.1:8000"}).status_code == 200


@pytest.mark.parametrize("path", ["/", "/api/stats", "/docs", "/static/app.js"])
def test_security_headers(client: Any, path: str) -> None:
    res = client.get(path)
    assert res.status_code == 200
    csp = res.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert res.headers["x-content-type-options"] == "nosniff"


def test_page_and_docs_load_nothing_from_elsewhere(client: Any) -> None:
    for path in ("/", "/docs"):
        html = client.get(path).text
        assert "http://" not in html and "https://" not in html and "//cdn" not in html
    assert client.get("/openapi.json").json()["info"]["title"] == "Marsad API"


@pytest.mark.parametrize("path", [
    "/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css", "/static/vendor/leaflet/LICENSE.txt",
    "/static/vendor/basemap/countries.json", "/static/vendor/basemap/provinces.json", "/static/vendor/basemap/LICENSE.txt",
    "/static/vendor/swagger-ui/swagger-ui-bundle.js", "/static/vendor/swagger-ui/LICENSE.txt",
])
def test_vendored_assets_ship(client: Any, path: str) -> None:
    res = client.get(path)
    assert res.status_code == 200 and len(res.content) > 100


def test_basemap_has_the_region(client: Any) -> None:
    provinces = client.get("/static/vendor/basemap/provinces.json").json()
    by_country: dict[str, int] = {}
    for f in provinces["features"]:
        by_country[f["properties"]["country"]] = by_country.get(f["properties"]["country"], 0) + 1
    assert by_country["IQ"] == 18 and by_country["SY"] >= 14
    names = {f["properties"]["name_ar"] for f in provinces["features"]}
    assert any("الأنبار" in (n or "") for n in names)
    countries = client.get("/static/vendor/basemap/countries.json").json()
    assert {"Iraq", "Syria", "Turkey"} <= {f["properties"]["name_en"] for f in countries["features"]}


def test_page_script_builds_no_html_from_strings() -> None:
    """The page never parses data as HTML: no innerHTML, outerHTML, insertAdjacentHTML or document.write."""
    import re
    from importlib import resources

    for name in ("app.js", "docs.js"):
        code = resources.files("marsad.web").joinpath("static", name).read_text(encoding="utf-8")
        assert not re.search(r"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function", code), name
