"""Trigger nouns, facility adjectives and nationality adjectives (``data/*.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..resources import read_tsv
from ..text.normalise import fold_text

__all__ = ["Trigger", "Triggers", "load_triggers", "written_like"]

PKG = "marsad.places"


@dataclass(frozen=True, slots=True)
class Trigger:
    word: str  # folded
    feature: str
    label: str
    flags: frozenset[str] = frozenset()  # plural, indef, no_name, bare, needs_post, street, around, country=XX (triggers.tsv)
    written: str = ""  # as written in the file, diacritics dropped ("بلدة": not "بلده", his country)

    def country_only(self) -> str:
        """The country an unknown name after this noun must be in ("" for any)."""
        return next((f[8:] for f in self.flags if f.startswith("country=")), "")


@dataclass
class Triggers:
    pre: dict[str, Trigger] = field(default_factory=dict)  # folded trigger noun -> Trigger
    post: dict[str, Trigger] = field(default_factory=dict)  # folded adjective -> Trigger
    # folded noun -> Trigger, for names the gazetteer does not know: the "pre" rows and the "name" rows
    names: dict[str, Trigger] = field(default_factory=dict)
    # folded nationality adjective (any form) -> ISO2
    nationality: dict[str, str] = field(default_factory=dict)
    # folded definite feminine singular form per country ("العراقيه"), for border and territory phrases
    fem_def: dict[str, str] = field(default_factory=dict)


def _plain(word: str) -> str:
    """A word without diacritics and tatweel, its letters (ة, ى, hamza) kept."""
    return "".join(c for c in word if not ("\u064b" <= c <= "\u065f" or c in "\u0670\u0640"))


def written_like(token: str, written: str) -> bool:
    """Is ``token`` (a proclitic already cut off) the word ``written``, letter for letter, where folding
    would blur them? ة is not ه ("بلدة" town, "بلده" his country), ى is not ي, and a hamza in the text
    is not a bare alef in the word ("وأدى" is no "وادي"); a bare alef for the word's hamza is allowed."""
    t = _plain(token)
    if len(t) != len(written):
        return True  # spelt otherwise (a variant form): leave it to folding
    for a, b in zip(t, written):
        if a == b or (b in "أإآ" and a == "ا") or (b == "ى" and a == "ي"):
            continue
        if a in "ةهىيأإآ" or b in "ةهىيأإآ":
            return False
    return True


def _forms(adj: str) -> set[str]:
    base = fold_text(adj)
    stems = {base}
    if base.endswith("ه"):
        stems.add(base[:-1] + "ات")
    else:
        stems |= {base + "ون", base + "ين", base + "ان"}
    return stems | {"ال" + s for s in stems} | {"لل" + s for s in stems}


@lru_cache(maxsize=1)
def load_triggers() -> Triggers:
    t = Triggers()
    for row in read_tsv(PKG, "data/triggers.tsv", min_fields=4):
        word, pos, feature, label = row[:4]
        flags = frozenset(f for f in (row[4] if len(row) > 4 else "").split(",") if f.strip() not in ("", "-"))
        trig = Trigger(fold_text(word), feature, label, flags, _plain(word))
        if pos == "post":
            t.post[trig.word] = trig
            continue
        if pos == "pre":
            t.pre[trig.word] = trig
        t.names[trig.word] = trig
    for row in read_tsv(PKG, "data/nationalities.tsv", min_fields=3):
        iso, masc, fem = row[:3]
        for adj in (masc, fem):
            for f in _forms(adj):
                t.nationality.setdefault(f, iso)
        t.fem_def.setdefault("ال" + fold_text(fem), iso)
        t.fem_def.setdefault("ال" + fold_text(masc), iso)
    return t
