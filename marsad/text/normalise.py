"""Fold Arabic spelling variants for matching, keeping a map back to the original text.

Matching runs on the folded copy; every hit is sent back through ``Folded.span`` so
that spans always index the untouched original (``doc.text``).

The folding is the one GOLD.md prescribes for name matching: diacritics and tatweel
dropped; أ إ آ ٱ → ا; ى → ي; ة → ه; Eastern Arabic and Persian digits → 0-9.
Folding only deletes or substitutes single characters, so the map is one original
index per folded character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Folded", "fold", "fold_text", "is_arabic_letter", "ARABIC_DIACRITICS", "NUNATION", "has_nunation"]

# Harakat, tanween, shadda, sukun, dagger alif, Quranic marks, and tatweel.
ARABIC_DIACRITICS = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)]
    + ["\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad"]
)

# the nunation marks (ً ٌ ٍ): written only on indefinite nouns, never on a town's or a person's name
NUNATION = frozenset("\u064b\u064c\u064d")


def has_nunation(word: str) -> bool:
    """Does the written word carry a nunation mark ("وفداً"، "مركباً")?"""
    return not NUNATION.isdisjoint(word)


_SUBSTITUTE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي",
    "ة": "ه", "ۃ": "ه",
    "ک": "ك", "ڪ": "ك",
    "\u066b": ".", "\u066c": ",",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _SUBSTITUTE[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _SUBSTITUTE[_d] = str(_i)


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded copy of a text, with ``index[i]`` = original index of folded char ``i``."""

    text: str
    index: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded ``[start, end)`` back to original offsets (end exclusive)."""
        if start >= end:
            pos = self.index[start] if start < len(self.index) else self.original_length
            return pos, pos
        return self.index[start], self.index[end - 1] + 1

    def to_folded(self, original_offset: int) -> int:
        """First folded index at or after an original offset (bisect over the map)."""
        from bisect import bisect_left

        return bisect_left(self.index, original_offset)


# one C-level pass (str.translate) instead of a Python loop per character; a dropped
# character wins over a substitution
_TABLE = str.maketrans({**_SUBSTITUTE, **{c: None for c in ARABIC_DIACRITICS}})
_DROPPED = re.compile("[" + "".join(sorted(ARABIC_DIACRITICS)) + "]")
# str.translate looks every non-ASCII character up in a dict (over 100 ns each); a text is
# folded faster by one regex pass for the dropped characters and one str.replace per
# substituted character (each a C scan). No replacement is itself replaced or dropped, so
# both give the same string. Short strings (words, lexicon keys) keep translate, cached:
# the same words recur in every article.
_REPLACE = tuple(_SUBSTITUTE.items())
_LONG = 24


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return text.translate(_TABLE)


def _fold_long(text: str) -> str:
    text = _DROPPED.sub("", text)
    for a, b in _REPLACE:
        text = text.replace(a, b)  # returns the same string when ``a`` is absent
    return text


def fold(text: str) -> Folded:
    """Fold ``text`` and keep the offset map."""
    folded = _fold_short(text) if len(text) < _LONG else _fold_long(text)
    if len(folded) == len(text):
        return Folded(folded, tuple(range(len(text))), len(text))
    # the kept positions: the runs between dropped characters
    index: list[int] = []
    prev = 0
    for m in _DROPPED.finditer(text):
        index.extend(range(prev, m.start()))
        prev = m.end()
    index.extend(range(prev, len(text)))
    return Folded(folded, tuple(index), len(text))


def fold_text(text: str) -> str:
    """Folded form alone, for lexicon keys and comparisons."""
    return _fold_short(text) if len(text) < _LONG else _fold_long(text)


def is_arabic_letter(ch: str) -> bool:
    """True for letters of the Arabic script blocks (not digits or punctuation)."""
    o = ord(ch)
    return (0x0621 <= o <= 0x064A) or (0x066E <= o <= 0x06D3) or o == 0x06D5 or (0x06FA <= o <= 0x06FF) or (
        0xFB50 <= o <= 0xFDFF) or (0xFE70 <= o <= 0xFEFC)
