"""Places: the shipped index (loads offline, fast) and its data files (headers, rows, coordinates)."""

from __future__ import annotations

import importlib.util
import math
import socket
import sys
import time
from importlib import resources
from pathlib import Path

import pytest

from marsad.places import gazetteer as gzmod
from marsad.places.gazetteer import CORE_REGION, FAC_FEATURES, load_gazetteer
from marsad.text.normalise import fold_text

ROOT = Path(__file__).resolve().parents[2]
DATA_FILES = ["gazetteer.tsv", "bases.tsv", "regions.tsv", "towns.tsv", "aliases.tsv", "admin1_ar.tsv",
              "ambiguous.tsv", "triggers.tsv", "nationalities.tsv"]
COLUMNS = {"gazetteer.tsv": 11, "bases.tsv": 12, "regions.tsv": 12, "towns.tsv": 10, "admin1_ar.tsv": 5,
           "triggers.tsv": 4, "nationalities.tsv": 3}


def read(name: str) -> str:
    return resources.files("marsad.places").joinpath("data", name).read_text(encoding="utf-8")


def rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in read(name).splitlines() if line.strip() and not line.startswith("#")]


def test_index_loads_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the places index must not touch the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    load_gazetteer.cache_clear()
    t = time.process_time()
    gz = load_gazetteer()
    elapsed = time.process_time() - t
    assert len(gz.places) > 9000 and len(gz.names) > 10000
    assert {"IQ", "SY", "LB", "TR", "IR", "IL", "US"} <= set(gz.countries)
    assert elapsed < 1.0  # about 0.15 s of CPU on a development machine; the budget is 0.3 s


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_headers(name: str) -> None:
    text = read(name)
    header = [line for line in text.splitlines() if line.startswith("#")]
    joined = "\n".join(header)
    assert any(line.startswith("# FORMAT:") for line in header), name
    assert any(line.startswith("# EXAMPLE:") for line in header), name
    assert "ource" in joined and ("icence" in joined or "ODbL" in joined), name  # source and licence named
    width = COLUMNS.get(name)
    for row in rows(name):
        assert row[0].strip(), (name, row)
        if width:
            assert len(row) >= width - (1 if name == "gazetteer.tsv" else 0), (name, row)


@pytest.mark.parametrize("name,lat,lon", [("gazetteer.tsv", 4, 5), ("bases.tsv", 4, 5), ("regions.tsv", 4, 5),
                                          ("towns.tsv", 3, 4)])
def test_coordinates_are_valid(name: str, lat: int, lon: int) -> None:
    for row in rows(name):
        y, x = float(row[lat]), float(row[lon])
        assert -90 <= y <= 90 and -180 <= x <= 180, row[0]
        assert not (y == 0 and x == 0), row[0]


def test_bases_cover_the_region() -> None:
    bases = rows("bases.tsv")
    assert len(bases) >= 60
    assert {r[2] for r in bases} >= {"IQ", "SY", "LB", "JO", "QA", "KW", "AE", "BH", "TR"}
    assert {r[1] for r in bases} <= FAC_FEATURES
    gz = load_gazetteer()
    for r in bases:
        assert not r[3] or r[3] in gz.provinces or r[2] not in CORE_REGION, f"{r[0]}: unknown province {r[3]}"
        assert r[9] in ("y", "n")


@pytest.mark.parametrize("name,name_en", [
    ("عين الأسد", "Ain al-Asad Air Base"), ("قاعدة حرير", "Harir Air Base"), ("التنف", "Al-Tanf Garrison"),
    ("حميميم", "Hmeimim Air Base"), ("فيكتوري", "Camp Victory"), ("قاعدة التاجي", "Camp Taji"),
    ("قاعدة القيارة", "Qayyarah Airfield West"), ("قاعدة الشدادي", "Al-Shaddadi base"),
    ("خراب الجير", "Kharab al-Jir (Rmelan) airfield"), ("قسرك", "Qasrak base"),
    ("كونيكو", "Conoco gas field base"), ("حقل العمر", "Al-Omar oil field base (Green Village)"),
    ("إنجرليك", "Incirlik Air Base"), ("قاعدة بلد", "Balad Air Base"), ("K1", "K-1 Air Base"),
    ("قاعدة الحبانية", "Habbaniyah military base"), ("مطار بغداد الدولي", "Baghdad International Airport"),
    ("مطار أربيل الدولي", "Erbil International Airport"), ("قاعدة العديد", "Al Udeid Air Base"),
    ("الظفرة", "Al Dhafra Air Base"), ("قاعدة علي السالم", "Ali Al Salem Air Base"),
    ("عريفجان", "Camp Arifjan"), ("موفق السلطي", "Muwaffaq Salti Air Base"), ("التيفور", "Tiyas (T-4) Air Base"),
    ("الشعيرات", "Shayrat Air Base"), ("مطار المزة العسكري", "Mezzeh Military Airport"),
])
def test_named_facilities(name: str, name_en: str) -> None:
    assert name_en in {p.name_en for p, _ in load_gazetteer().lookup(name)}


@pytest.mark.parametrize("name,feature,country", [
    ("العراق", "country", "IQ"), ("الأنبار", "province", "IQ"), ("نينوى", "province", "IQ"),
    ("دير الزور", "city", "SY"), ("الحسكة", "city", "SY"), ("هاتاي", "province", "TR"),
    ("إقليم كردستان", "region", "IQ"), ("الفلوجة", "city", "IQ"), ("الخيام", "town", "LB"),
    ("واشنطن", "city", "US"), ("جنيف", "city", "CH"), ("شمال شرق سوريا", "region", "SY"),
])
def test_places_in_the_index(name: str, feature: str, country: str) -> None:
    found = {(p.feature, p.country) for p, _ in load_gazetteer().lookup(name)}
    assert (feature, country) in found, found


def test_nationality_adjectives_are_not_names() -> None:
    gz = load_gazetteer()
    for adj in ("العراقية", "العراقي", "الأميركية", "الأمريكية", "السوري", "التركية", "الإيرانية"):
        assert not gz.lookup(adj), adj


def test_tiers_keep_common_words_out() -> None:
    gz = load_gazetteer()
    for word in ("عين", "غرب", "بيان", "كان", "الصورة", "جانب", "المدينة", "القائم", "بلد", "العمر"):
        assert all(tier in ("!", "~") for _, tier in gz.lookup(word)), (word, gz.lookup(word))


def test_curated_coordinates_agree_with_airportsdata() -> None:
    if importlib.util.find_spec("airportsdata") is None:
        pytest.skip("airportsdata (build-time only) is not installed")
    spec = importlib.util.spec_from_file_location("build_places", ROOT / "scripts" / "build_places.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    sys.modules["build_places"] = build  # dataclasses look their module up
    try:
        spec.loader.exec_module(build)
    finally:
        sys.modules.pop("build_places", None)
    assert build.check_curated() == []


def test_folded_keys_in_the_generated_index() -> None:
    """gazetteer.tsv stores its match keys folded (the loader does not fold them again)."""
    for row in rows("gazetteer.tsv")[:2000]:
        for raw in row[9].split("|"):
            key = raw.lstrip("~!^").split("/")[0]
            assert key == " ".join(fold_text(key).split()), (row[0], key)


def test_distance_sanity_of_capitals() -> None:
    gz = load_gazetteer()
    for iso, (lat, lon) in {"IQ": (33.34, 44.40), "SY": (33.51, 36.29), "US": (38.90, -77.04), "TR": (39.92, 32.85),
                            "IL": (32.08, 34.78)}.items():
        cap = gz.capitals[iso]
        assert math.hypot(cap.lat - lat, cap.lon - lon) < 0.3, (iso, cap)


def test_module_state_is_cached_not_global() -> None:
    assert load_gazetteer() is load_gazetteer()
    assert not [n for n in dir(gzmod) if n.isupper() and isinstance(getattr(gzmod, n), (list, dict))]


def _build_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_places", ROOT / "scripts" / "build_places.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    sys.modules["build_places"] = build
    try:
        spec.loader.exec_module(build)
    finally:
        sys.modules.pop("build_places", None)
    return build


@pytest.mark.parametrize("name,spelling", [
    ("الاشهر", "الأشهر"), ("الي", "إلى"), ("اربعاء", "أربعاء"), ("الراس", "الرأس"), ("المدينه", "المدينة"),
])
def test_build_frequency_lookups_cover_every_spelling(name: str, spelling: str) -> None:
    """A folded name is looked up in every spelling that folds to it (hamza, ة/ه, ى/ي)."""
    assert spelling in _build_module().spellings(name)


def test_al_jazira_is_not_algiers() -> None:
    # "الجزيرة" is GeoNames' old name of Algiers; in news it is Sudan's Gezira state, an island or Algeciras's port
    from marsad.api import extract

    rec = extract("كانت الشاحنة متوجهة إلى ميناء الجزيرة الخضراء في إسبانيا.", published="2025-05-10")
    assert not [e for e in rec.entities if e.geo is not None and e.geo.admin1 == "Algiers"], \
        [(e.name_ar, e.name_en) for e in rec.entities]
