"""Measure the observatory on the bundled sample corpus: ingest throughput, and merge
precision/recall against tests/data/merge_gold.json (marsad.merge_gold/1).

Two merge figures:
- end to end: the real extractor's events, aligned to gold reports by the gold's rule
  (same document, same type, trigger or sentence over the evidence phrase), merged by
  the store; coverage says how many gold reports the extractor found at all;
- merge alone ("oracle"): report rows built from the gold itself (per-report status
  and date, the cluster's roles by name), so the figure measures merging, not extraction.

    .venv/bin/python scripts/eval_merge.py [--json] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "merge_gold.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--db", help="SQLite file to build (default: a temporary one)")
    ap.add_argument("--repeat", type=int, default=3, help="ingest runs for the throughput figure (best is kept)")
    args = ap.parse_args()

    from marsad.commands.demo import corpus_dir
    from marsad.data import load_corpus
    from marsad.ingest import ingest
    from marsad.merge import align_to_gold, merge_reports, oracle_reports, score_against_gold
    from marsad.store import open_store

    corpus = corpus_dir()
    if corpus is None or not GOLD.exists():
        print("eval_merge: needs marsad/data/corpus and tests/data/merge_gold.json", file=sys.stderr)
        return 2
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    import marsad

    marsad.load()  # build the pipeline before timing
    best = None
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(max(1, args.repeat)):
            db = args.db if (args.db and i == args.repeat - 1) else str(Path(tmp) / f"run{i}.db")
            Path(db).unlink(missing_ok=True)
            with open_store(db) as store:
                t0 = time.perf_counter()
                report = ingest([corpus], store, progress=False)
                elapsed = time.perf_counter() - t0
                if best is None or elapsed < best[0]:
                    records = list(store.iter_records())
                    merged = [[r["id"] for r in m["reports"]] for m in store.merged_events(limit=100000)]
                    best = (elapsed, report, store.stats(), records, merged)
        elapsed, report, stats, records, merged = best
        chars = sum(len(r["doc"]["text"]) for r in records)
        e2e = score_against_gold(gold, align_to_gold(gold, records), merged)
        # The store alone: the same records written again into a fresh SQLite file, then merged.
        from marsad.record import Record

        typed = [Record.model_validate(r) for r in records]
        with open_store(str(Path(tmp) / "write.db")) as store:
            t0 = time.perf_counter()
            for rec in typed:
                store.write_document(rec)
            write_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            store.refresh_merged()
            merge_s = time.perf_counter() - t0

    docs = {d["id"]: d for d in load_corpus()}
    rows = oracle_reports(gold, docs)
    oracle = score_against_gold(gold, {r["id"]: r["_gold"] for r in rows},
                                [[r["id"] for r in m.reports] for m in merge_reports(rows, {})])
    out = {
        "ingest": {"articles": report.total, "seconds": round(elapsed, 3),
                   "articles_per_second": round(report.total / elapsed, 1),
                   "characters_per_second": round(chars / elapsed), "store": stats,
                   "store_writes_per_second": round(len(typed) / write_s, 1), "merge_seconds": round(merge_s, 3)},
        "merge_end_to_end": {k: v for k, v in e2e.items()},
        "merge_oracle": {k: v for k, v in oracle.items()},
    }
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    i = out["ingest"]
    print(f"ingest: {i['articles']} articles in {i['seconds']:.2f} s = {i['articles_per_second']:.1f} articles/s "
          f"({i['characters_per_second']:,} chars/s, extraction + store + merge, one process)")
    print(f"store alone: {i['store_writes_per_second']:.0f} documents/s written to SQLite (one transaction each); "
          f"merging all events {i['merge_seconds']:.2f} s")
    print(f"store: {stats}")
    for name, s in (("merge end to end", e2e), ("merge alone (gold reports)", oracle)):
        print(f"{name}: pairwise P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
              f"(tp {s['tp']} fp {s['fp']} fn {s['fn']}; {s['aligned_reports']}/{s['gold_reports']} gold reports "
              f"aligned; distinct pairs merged: {s['distinct_violations'] or 'none'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
