"""A compiled, clitic-aware phrase matcher over folded text (pyahocorasick).

Lexicon surfaces are folded once and compiled into an Aho-Corasick automaton.
A hit counts only at word boundaries: before it, either nothing of the same word or
one of the proclitics (و ف ب ل ك ال لل …); after it, the end of the word or, where
the caller allows, one of the listed suffixes. ``للX`` matches a key ``الX`` (the
article's alef drops after ل). Hits are mapped back to original offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

import ahocorasick

from ..lang.ar import proclitics
from .normalise import Folded, fold_text, is_arabic_letter

__all__ = ["PhraseMatcher", "Hit", "fold_key"]

P = TypeVar("P")

_ARTICLE_PREFIXES = frozenset({"", "و", "ف", "ب", "ك", "وب", "فب", "وك"})


def fold_key(surface: str) -> str:
    """Folded lexicon key: spelling variants folded, runs of white space made one space."""
    return " ".join(fold_text(surface).replace("_", " ").split())


@lru_cache(maxsize=8192)  # called per character around every hit: a cached answer is cheaper
def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or is_arabic_letter(ch)


@dataclass(frozen=True, slots=True)
class Hit(Generic[P]):
    start: int  # original offsets
    end: int
    key: str
    payloads: tuple[P, ...]
    prefix: str  # folded proclitic before the match ("" if none)
    suffix: str = ""


class PhraseMatcher(Generic[P]):
    """Compile ``(surface, payload)`` pairs once; ``find`` returns non-overlapping hits, longest first."""

    def __init__(self, entries: Iterable[tuple[str, P]], suffixes: Sequence[str] = ()) -> None:
        table: dict[str, list[P]] = {}
        for surface, payload in entries:
            key = fold_key(surface)
            if len(key) < 2:
                continue
            table.setdefault(key, []).append(payload)
            if key.startswith("ال") and len(key) > 3:
                table.setdefault("لل" + key[2:], []).append(payload)
        self._auto: Any = ahocorasick.Automaton()
        for key, payloads in table.items():
            self._auto.add_word(key, (key, tuple(payloads)))
        if table:
            self._auto.make_automaton()
        self._empty = not table
        self._suffixes = tuple(sorted(suffixes, key=len, reverse=True))
        self._proclitics = frozenset(proclitics())
        self.size = len(table)

    def find_all(self, folded: Folded, overlapping: bool = False) -> list[Hit[P]]:
        """All boundary-valid hits; with ``overlapping=False`` the longest non-overlapping ones."""
        if self._empty:
            return []
        text = folded.text
        n = len(text)
        hits: list[tuple[int, int, str, tuple[P, ...], str, str]] = []
        for end_idx, (key, payloads) in self._auto.iter(text):
            start = end_idx - len(key) + 1
            end = end_idx + 1
            if not (_is_word_char(key[0]) and _is_word_char(key[-1])):
                continue
            # right boundary
            suffix = ""
            if end < n and _is_word_char(text[end]):
                w = end
                while w < n and _is_word_char(text[w]):
                    w += 1
                tail = text[end:w]
                if tail not in self._suffixes:
                    continue
                suffix = tail
            # left boundary
            ws = start
            while ws > 0 and _is_word_char(text[ws - 1]):
                ws -= 1
            prefix = text[ws:start]
            if prefix:
                if key.startswith("لل"):
                    if prefix not in ("و", "ف"):
                        continue
                elif key.startswith("ال"):
                    if prefix not in _ARTICLE_PREFIXES:
                        continue
                elif prefix not in self._proclitics:
                    continue
            hits.append((start, end + len(suffix), key, payloads, prefix, suffix))
        if not overlapping:
            # longest first; a position taken by a kept hit refuses later ones (linear, not pairwise)
            hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
            taken = bytearray(n + 1)
            kept = []
            for h in hits:
                if not any(taken[h[0]:h[1]]):
                    taken[h[0]:h[1]] = b"\x01" * (h[1] - h[0])
                    kept.append(h)
            hits = kept
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[Hit[P]] = []
        for start, end, key, payloads, prefix, suffix in hits:
            o_start, o_end = folded.span(start, end)
            out.append(Hit(o_start, o_end, key, payloads, prefix, suffix))
        return out
