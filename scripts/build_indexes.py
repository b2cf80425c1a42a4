"""Write marsad/data/indexes/*.pickle: each layer's lexicons, pre-built (see marsad/prebuilt.py).

The TSVs in the package are the source; each index is what its builder makes of them,
headed by a fingerprint of the builder's inputs (data files and code). Marsad uses an
index only while that fingerprint matches, so a stale one costs start-up time, never
correctness; tests/test_indexes.py fails until this script is run again.

An index whose fingerprint is current is left as it is (``--force`` rebuilds it): its
bytes are not reproducible (pyahocorasick's binary form carries padding), so rewriting
it would only churn the repository. Builds run with PYTHONHASHSEED=0 (the script re-runs
itself so), which keeps everything else in them in one order.

Run from the repository root:
    .venv/bin/python scripts/build_indexes.py            # rebuild every index
    .venv/bin/python scripts/build_indexes.py --check    # exit 1 if any is stale
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "marsad" / "data" / "indexes"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="report stale indexes and exit 1 if any; write nothing")
    ap.add_argument("--force", action="store_true", help="rebuild current indexes too")
    ap.add_argument("names", nargs="*", help="indexes to build (default: all)")
    args = ap.parse_args()
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        return subprocess.call([sys.executable, __file__, *sys.argv[1:]], env=env)
    sys.path.insert(0, str(ROOT))
    from marsad import prebuilt

    names = args.names or list(prebuilt.INDEXES)
    stale = []
    for name in names:
        path = OUT / f"{name}.pickle"
        current = path.exists() and path.read_bytes().startswith(prebuilt.header(name))
        if args.check:
            print(f"{name:12} {'current' if current else 'STALE'}")
            if not current:
                stale.append(name)
            continue
        if current and not args.force:
            print(f"{name:12} current")
            continue
        data = prebuilt.build(name)
        OUT.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{name:12} {len(data):>9,} bytes written")
    if stale:
        print(f"stale: {' '.join(stale)}; run: .venv/bin/python scripts/build_indexes.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
