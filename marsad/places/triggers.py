"""Trigger nouns, facility adjectives and nationality adjectives (``data/*.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..resources import read_tsv
from ..text.normalise import fold_text

__all__ = ["Trigger", "Triggers", "load_triggers"]

PKG = "marsad.places"


@dataclass(frozen=True, slots=True)
class Trigger:
    word: str  # folded
    feature: str
    label: str


@dataclass
class Triggers:
    pre: dict[str, Trigger] = field(default_factory=dict)  # folded trigger noun -> Trigger
    post: dict[str, Trigger] = field(default_factory=dict)  # folded adjective -> Trigger
    # folded nationality adjective (any form) -> ISO2
    nationality: dict[str, str] = field(default_factory=dict)
    # folded definite feminine singular form per country ("العراقيه"), for border and territory phrases
    fem_def: dict[str, str] = field(default_factory=dict)


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
    for word, pos, feature, label in (r[:4] for r in read_tsv(PKG, "data/triggers.tsv", min_fields=4)):
        trig = Trigger(fold_text(word), feature, label)
        (t.pre if pos == "pre" else t.post)[trig.word] = trig
    for row in read_tsv(PKG, "data/nationalities.tsv", min_fields=3):
        iso, masc, fem = row[:3]
        for adj in (masc, fem):
            for f in _forms(adj):
                t.nationality.setdefault(f, iso)
        t.fem_def.setdefault("ال" + fold_text(fem), iso)
        t.fem_def.setdefault("ال" + fold_text(masc), iso)
    return t
