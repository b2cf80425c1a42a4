"""Arabic language data: clitics, abbreviations, stop words (TSV files beside this module)."""

from __future__ import annotations

from functools import lru_cache

from ...resources import read_tsv

__all__ = ["proclitics", "abbreviations", "count_words", "side_words", "banner_words"]


@lru_cache(maxsize=1)
def proclitics() -> tuple[str, ...]:
    """Folded proclitics, longest first."""
    rows = read_tsv("marsad.lang.ar", "clitics.tsv")
    return tuple(sorted({r[0] for r in rows}, key=len, reverse=True))


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("marsad.lang.ar", "abbreviations.tsv"))


@lru_cache(maxsize=4)
def count_words(*kinds: str) -> frozenset[str]:
    """Folded words of ``counts.tsv`` of the given kinds (crowd, crowd_def, size)."""
    return frozenset(r[0] for r in read_tsv("marsad.lang.ar", "counts.tsv") if len(r) > 1 and r[1] in kinds)


@lru_cache(maxsize=4)
def side_words(*kinds: str) -> frozenset[str]:
    """Folded words of ``sides.tsv`` of the given kinds (side, middle)."""
    return frozenset(r[0] for r in read_tsv("marsad.lang.ar", "sides.tsv") if len(r) > 1 and r[1] in kinds)


@lru_cache(maxsize=1)
def banner_words() -> frozenset[str]:
    """Folded words of ``banners.tsv``: what protesters carry or chant (لافتات، شعارات، هتافات)."""
    return frozenset(r[0] for r in read_tsv("marsad.lang.ar", "banners.tsv"))
