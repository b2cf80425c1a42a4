#!/usr/bin/env python3
"""Benchmark the places layer: index load time, and scanning 1 MB of Arabic text.

Prints CPU seconds (one core) for: loading the gazetteer index; building the recogniser
(matcher); and finding and resolving places in 1,000,000 characters of Arabic news text.
The text is the bundled sample corpus and the gold articles if present, else a generated
text, repeated to one megabyte.

Usage: .venv/bin/python scripts/bench_places.py [--chars N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# written for the benchmark: a paragraph in the style of the region's news
_FALLBACK = (
    "بدأت القوات الأميركية الانسحاب من قاعدة عين الأسد في محافظة الأنبار غرب العراق، ونقلت قسما منها إلى "
    "قاعدة حرير الجوية في أربيل بإقليم كردستان، بحسب ما أفاد مصدر أمني لوكالة الأنباء. وقال المصدر إن "
    "المعدات نقلت عبر منفذ القائم الحدودي قبل أن تصل إلى الحسكة في شمال شرق سوريا، فيما بقيت قوات في "
    "قاعدة التنف قرب الحدود العراقية السورية. وأضاف أن الاتفاق بين بغداد وواشنطن يحدد موعدا لإنهاء مهام "
    "التحالف الدولي في العاصمة بغداد ومطار بغداد الدولي، مع بقاء مستشارين في مدينة الموصل وكركوك.\n"
)


def corpus_text(chars: int) -> str:
    texts: list[str] = []
    for folder in (ROOT / "marsad" / "data" / "corpus", ROOT.parent / "shared" / "gold" / "dev"):
        if folder.is_dir():
            for p in sorted(folder.glob("*.json")):
                try:
                    d = json.loads(p.read_text(encoding="utf-8"))
                except ValueError:
                    continue
                text = d.get("text") or (d.get("doc") or {}).get("text")
                if isinstance(text, str):
                    texts.append(text)
    base = "\n".join(texts) or _FALLBACK
    out = base
    while len(out) < chars:
        out += "\n" + base
    return out[:chars]


def run(chars: int = 1_000_000) -> dict[str, float]:
    from marsad.doc import Doc  # imported first so that only the places layer is timed below

    t = time.process_time()
    from marsad.places.gazetteer import load_gazetteer

    gz = load_gazetteer()
    load_s = time.process_time() - t
    t = time.process_time()
    from marsad.places import recogniser

    rec = recogniser()
    build_s = time.process_time() - t
    text = corpus_text(chars)
    doc = Doc(text)
    t = time.process_time()
    folded = doc.folded
    fold_s = time.process_time() - t
    best = float("inf")
    found = 0
    for _ in range(3):
        t = time.process_time()
        found = len(rec(doc))
        best = min(best, time.process_time() - t)
    assert folded.text
    return {"places_in_index": len(gz.places), "names_in_index": len(gz.names), "index_load_s": load_s,
            "matcher_build_s": build_s, "chars": len(text), "fold_s": fold_s, "scan_s": best,
            "mentions": found, "chars_per_s": len(text) / best if best else 0.0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="benchmark the places layer")
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    r = run(args.chars)
    if args.json:
        print(json.dumps(r, indent=1))
        return 0
    print(f"index: {r['places_in_index']} places, {r['names_in_index']} names")
    print(f"index load            {r['index_load_s']:.3f} s CPU  (budget 0.3 s)")
    print(f"matcher build         {r['matcher_build_s']:.3f} s CPU")
    print(f"scan {r['chars']:,} chars  {r['scan_s']:.3f} s CPU  (budget 0.5 s; {r['chars_per_s']:,.0f} chars/s; "
          f"{r['mentions']} mentions; folding the text once more: {r['fold_s']:.3f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
