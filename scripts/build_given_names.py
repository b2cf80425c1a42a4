#!/usr/bin/env python3
"""Build marsad/actors/data/given_names.tsv: first names that start people's names in the
actor dictionaries, as evidence that an unknown word after a title or a reporting verb
starts a person's name (marsad/actors/unknown.py).

Sources (read at build time only; the package never reads ../shared):
  marsad/actors/data/people.tsv, marsad/actors/data/dictionary.tsv  - the shipped person entries
    (Apache-2.0 / MIT, see NOTICE);
  marsad/actors/data/given_names_common.tsv - common given names written for Marsad (Apache-2.0);
  ../shared/data/universalpetrarch-arabic/dictionaries/actor_dict_ar_v4.txt - UniversalPetrarch
    Arabic actor dictionary (MIT, Copyright (c) 2016 Open Event Data Alliance): entries with
    date-bounded codes (people hold offices for a time) of two to four Arabic words.
Cleaning: the first word (or "عبد X" / "أبو X" as one name) is kept when it is Arabic letters
only, at least three letters, no title, agent, institution, trigger or closed-class word of the
actor and place lexicons, not a nationality adjective, not marked as a common word in names.tsv,
and not in the review list below; from the UniversalPetrarch file a word must start two entries.

Usage:  .venv/bin/python scripts/build_given_names.py [--check]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.resources import read_tsv  # noqa: E402
from marsad.text.normalise import fold_text  # noqa: E402

OUT = ROOT / "marsad" / "actors" / "data" / "given_names.tsv"
UPA = ROOT.parent / "shared" / "data" / "universalpetrarch-arabic" / "dictionaries" / "actor_dict_ar_v4.txt"
PKG = "marsad.actors"
# Reviewed out: common words, lemmas and fragments that start entries without being first names.
REVIEWED_OUT = frozenset(fold_text(w) for w in """
بيت نور أكبر عز جيه ديك بيل دور أمام ألف أرض رؤية هو لو بي جي شب نوم جيل رجل ساكن مواطن تاجر باحث
مصور جندي ضابط زعيم قائد عضو سكرتير مدعي متمردون مقاتل ميليشيا مقاومة صفوة الجيس ثانوي دراسة
مجتمع شرق خليج ضفة جزيرة جبل معبر سجن مستوطنة قاعدة قطاع مملكة أمة سلف سلطان شاه ملا الملا الدار
فتح بوش سيناتور دأنا كنغز شرم عملية وسيلة صليب فصل ثكنات سلاح قايدا ملس ألعول المخلصون ياب روه برو
ليخ على ولد حلف جند فلسطيني إيراني تركي هاشمي احمدي عيد زين سيف نجم معروف مبارك شريف أمين سلام
صباح جمال بدر أمل نصر فجر برنامج تنظيم جماعة عاصمة دكتور وزير وزيرة ملكة أولي ليف""".split())


def _rows(name: str, n: int) -> list[list[str]]:
    return read_tsv(PKG, f"data/{name}", min_fields=n)


def _blocked() -> set[str]:
    """Words the actor and place lexicons know as something else."""
    out: set[str] = set()
    for r in _rows("titles.tsv", 4):
        out.update(w.removeprefix("ال") for w in fold_text(r[0]).split())
    for r in _rows("agents.tsv", 7):
        out.update(w.removeprefix("ال") for w in fold_text(r[0]).split())
    for r in _rows("institutions.tsv", 5):
        out.add(fold_text(r[0]))
    for r in _rows("words.tsv", 2):
        if r[1] != "name_connector":
            out.add(fold_text(r[0]))
    for r in read_tsv("marsad.places", "data/triggers.tsv", min_fields=4):
        out.add(fold_text(r[0]))
    for r in _rows("nationalities.tsv", 9):
        for stem in r[5].split("|"):
            if stem.strip() and stem.strip() != "-":
                out.add(fold_text(stem.strip()))
    return out


def _first(words: list[str]) -> str:
    if len(words) >= 2 and words[0] in ("عبد", "ابو", "ابي", "ام"):
        return f"{words[0]} {words[1]}"
    return words[0]


def build() -> list[tuple[str, str]]:
    names = {" ".join(fold_text(r[0]).split()): r for r in _rows("names.tsv", 3)}
    common = {k for k, r in names.items() if len(r) > 3 and r[3] == "1"}
    blocked = _blocked() | common | REVIEWED_OUT
    found: dict[str, set[str]] = {}

    def keep(first: str, source: str) -> None:
        if first in blocked or first.startswith("ال") or len(first.replace(" ", "")) < 3 or not re.fullmatch("[\u0621-\u064a ]+", first):
            return
        found.setdefault(first, set()).add(source)

    for r in _rows("people.tsv", 7):
        keep(_first(fold_text(r[1]).split()), "people")
    for r in _rows("dictionary.tsv", 9):
        if r[1] == "PER":
            keep(_first(fold_text(r[2]).split()), "dictionary")
    if UPA.exists():
        counts: Counter[str] = Counter()
        entry = ""
        dated = False
        for line in UPA.read_text(encoding="utf-8").splitlines() + [""]:
            if line.startswith("\t") or line.lstrip().startswith("["):
                dated = dated or bool(re.search(r"\d{8}", line))
                continue
            if entry and dated:
                words = [w for w in fold_text(entry).strip("_").split("_") if w]
                if 2 <= len(words) <= 4 and all(re.fullmatch("[\u0621-\u064a]+", w) for w in words):
                    counts[_first(words)] += 1
            m = re.match(r"\s*(\S+)\s*(\[.*\])?", line)
            entry = m.group(1) if m else ""
            dated = bool(m and m.group(2) and re.search(r"\d{8}", m.group(2)))
        for first, c in counts.items():
            if c >= 2:
                keep(first, "universalpetrarch")
    # the hand-written list of common given names (given_names_common.tsv), under the same checks but
    # for the article: Maghrebi names that carry it (الطاهر، الحبيب، الهادي) are names there
    for r in _rows("given_names_common.tsv", 1):
        first = " ".join(fold_text(r[0]).split())
        if first.startswith("ال") and first not in blocked:
            found.setdefault(first, set()).add("common")
        else:
            keep(first, "common")
    return sorted((k, ",".join(sorted(v))) for k, v in found.items())


HEADER = """# First names that start people's names in the actor dictionaries: evidence that an unknown
# word after a title or a reporting verb starts a person's name ("وقال سامح عودة الله إن").
# GENERATED by scripts/build_given_names.py - do not edit; review words out in the script.
# Sources: marsad/actors/data/people.tsv and dictionary.tsv (person entries), and the
#   UniversalPetrarch Arabic actor dictionary actor_dict_ar_v4.txt (arabic branch @ a0af422b),
#   MIT, Copyright (c) 2016 Open Event Data Alliance: entries with date-bounded codes; and
#   given_names_common.tsv (common given names, written for Marsad, Apache-2.0).
# Licence: MIT (derived data), see NOTICE. Words are folded (أ/إ/آ -> ا, ة -> ه, ى -> ي).
# FORMAT: name<TAB>sources
# EXAMPLE: مرهف	dictionary
"""


def render(rows: list[tuple[str, str]]) -> str:
    return HEADER + "".join(f"{k}\t{v}\n" for k, v in rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped file differs")
    args = ap.parse_args()
    text = render(build())
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("given_names.tsv is current" if same else "given_names.tsv is stale")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10)) - HEADER.count(chr(10))} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
