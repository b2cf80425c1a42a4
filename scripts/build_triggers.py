"""Record the provenance of every event trigger in ``marsad/events/data/triggers.tsv``.

Reads (relative to the repository, never at run time):
  ../shared/data/universalpetrarch-arabic/dictionaries/CAMEO.ar.0.5.txt  (MIT)
  ../shared/data/universalpetrarch-arabic/dictionaries/verbs_assualt_only.txt
  ../shared/data/plover-codebook/CAMEO2PLOVER-2021.txt                   (CC BY-SA 4.0)

For each row it writes the last column: ``UP:<lemma>:<codes>`` when UniversalPetrarch's
Arabic verb dictionary lists the lemma (with the CAMEO codes it gives it there), and
``PLOVER:<type>`` for the row's CAMEO code as the CAMEO→PLOVER table maps it; ``marsad``
when neither source has it. The type and mode columns are the project's reading of the
PLOVER manual (e.g. a withdrawal announced for the future stays RETREAT with status
planned, see RECORD.md) and are not overwritten.

    python scripts/build_triggers.py          # rewrite the provenance column in place
    python scripts/build_triggers.py --check  # exit 1 if the shipped file is out of date
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
TRIGGERS = ROOT / "marsad" / "events" / "data" / "triggers.tsv"
UP_FILES = [SHARED / "universalpetrarch-arabic" / "dictionaries" / n
            for n in ("CAMEO.ar.0.5.txt", "verbs_assualt_only.txt")]
PLOVER_TABLE = SHARED / "plover-codebook" / "CAMEO2PLOVER-2021.txt"

sys.path.insert(0, str(ROOT))
from marsad.text.normalise import fold_text  # noqa: E402

_CODE = re.compile(r"\[(\d{2,4})\]")


def up_lemmas() -> dict[str, set[str]]:
    """Folded UniversalPetrarch verb lemmas → the CAMEO codes the dictionary gives them."""
    out: dict[str, set[str]] = {}
    for path in UP_FILES:
        current: str | None = None
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("---"):
                m = re.match(r"---\s*(\S+)\s*\[([^\]]*)\]", line)
                if m:
                    current = fold_text(m.group(1).replace("+", " ").replace("_", " "))
                    codes = out.setdefault(current, set())
                    if m.group(2).isdigit():
                        codes.add(m.group(2))
                continue
            if line[0] in "-&+*" or "[" not in line and not line[0].isalpha():
                if current and line.startswith("-"):
                    out.setdefault(current, set()).update(_CODE.findall(line))
                continue
            lemma = fold_text(line.split()[0].replace("+", " ").replace("_", " "))
            out.setdefault(lemma, set()).update(_CODE.findall(line))
    return out


def plover_types() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in PLOVER_TABLE.read_text(encoding="utf-8").splitlines():
        m = re.match(r"(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            out.setdefault(m.group(1), m.group(2))
    return out


def provenance(row: list[str], up: dict[str, set[str]], plover: dict[str, str]) -> str:
    lemma, pos, forms, _typ, _mode, _frame, _gen, _needs, cameo = row[:9]
    head = forms.partition("+")[0].strip()
    stems = head.split("|")[0].split(",") if pos in ("V", "VP") else head.split(",")
    parts = []
    for stem in stems:
        key = fold_text(stem.strip()).split(" ")[0]
        if key in up:
            codes = ",".join(sorted(up[key])) or "-"
            parts.append(f"UP:{key}:{codes}")
            break
    if cameo != "-" and cameo in plover:
        parts.append(f"PLOVER:{plover[cameo]}")
    return ";".join(parts) or "marsad"


def build(text: str) -> str:
    up, plover = up_lemmas(), plover_types()
    out = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            out.append(line)
            continue
        row = line.split("\t")
        if row[1] == "X":
            row[-1] = "-"
        else:
            row[-1] = provenance(row, up, plover)
        out.append("\t".join(row))
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check that the shipped file is current")
    args = ap.parse_args()
    if not PLOVER_TABLE.exists():
        print(f"{PLOVER_TABLE} not found; nothing to do", file=sys.stderr)
        return 2
    current = TRIGGERS.read_text(encoding="utf-8")
    new = build(current)
    if args.check:
        if new != current:
            print("triggers.tsv provenance is out of date: run scripts/build_triggers.py", file=sys.stderr)
            return 1
        return 0
    TRIGGERS.write_text(new, encoding="utf-8")
    n = sum(1 for ln in new.splitlines() if ln and not ln.startswith("#"))
    print(f"wrote {TRIGGERS.relative_to(ROOT)} ({n} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
