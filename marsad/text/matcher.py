"""A compiled, clitic-aware phrase matcher over folded text (pyahocorasick).

Lexicon surfaces are folded once and compiled into an Aho-Corasick automaton.
A hit counts only at word boundaries: before it, either nothing of the same word or
one of the proclitics (و ف ب ل ك ال لل …); after it, the end of the word or, where
the caller allows, one of the listed suffixes. ``للX`` matches a key ``الX`` (the
article's alef drops after ل). Hits are mapped back to original offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

import ahocorasick

from ..lang.ar import proclitics
from .normalise import Folded, fold_text, is_arabic_letter

__all__ = ["PhraseMatcher", "Hit", "RawHit", "fold_key"]

P = TypeVar("P")

_ARTICLE_PREFIXES = frozenset({"", "و", "ف", "ب", "ك", "وب", "فب", "وك"})


@lru_cache(maxsize=1 << 16)  # layers fold the same names per document: a cached answer is cheaper
def fold_key(surface: str) -> str:
    """Folded lexicon key: spelling variants folded, runs of white space made one space."""
    return " ".join(fold_text(surface).replace("_", " ").split())


@lru_cache(maxsize=8192)  # called per character around every hit: a cached answer is cheaper
def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or is_arabic_letter(ch)


# runs of word characters, as ``_is_word_char`` and ``str.isalnum`` (= ``[^\W_]``) define them
_WORD_RUN = re.compile(r"(?:[^\W_]|[\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC])*")
_ALNUM_RUN = re.compile(r"[^\W_]*")


@dataclass(frozen=True, slots=True)
class Hit(Generic[P]):
    start: int  # original offsets
    end: int
    key: str
    payloads: tuple[P, ...]
    prefix: str  # folded proclitic before the match ("" if none)
    suffix: str = ""


# a hit as ``scan`` gives it: folded (start, end) including any suffix, key, payloads, prefix, suffix
RawHit = tuple[int, int, str, tuple[Any, ...], str, str]

# what may stand before a key, by how the key begins (rule 1: "لل…", rule 2: "ال…", rule 0: any other)
_LL_PREFIXES = frozenset({"و", "ف"})


class PhraseMatcher(Generic[P]):
    """Compile ``(surface, payload)`` pairs once; ``find`` returns non-overlapping hits, longest first."""

    def __init__(self, entries: Iterable[tuple[str, P]], suffixes: Sequence[str] = (),
                 whole_first: bool = False) -> None:
        # whole_first: of two hits over one span, keep the whole word before a stem with a suffix
        # ("تظاهرة" the noun, not "تظاهر" + ه)
        self._whole_first = whole_first
        table: dict[str, list[P]] = {}
        article_keys: set[str] = set()  # keys whose ال is the article, not a word's own hamza-alef and lam
        own_lam: list[tuple[str, P]] = []
        for surface, payload in entries:
            key = fold_key(surface)
            if len(key) < 2:
                continue
            table.setdefault(key, []).append(payload)
            # ("ألوية العمالقة"، "آل سعود": folded they begin with ال, but ل + it is "لألوية", not "للوية")
            if key.startswith("ال") and not surface.lstrip().startswith(("أل", "إل", "آل")):
                article_keys.add(key)
                if len(key) > 3:
                    table.setdefault("لل" + key[2:], []).append(payload)
                if len(key) > 4 and key[2] == "ل":  # (a word's own lam: ل + اللواء is written للواء)
                    own_lam.append((key, payload))
        for key, payload in own_lam:
            # (unless the name without the article is a key too: "للواء طارق" is then ل + "لواء طارق")
            if key[2:] not in table:
                table.setdefault("ل" + key[2:], []).append(payload)
        self._auto: Any = ahocorasick.Automaton()
        for key, payloads in table.items():
            # the per-hit facts that depend on the key alone, worked out once: its length,
            # whether it begins and ends with word characters, and which prefixes it takes
            rule = 1 if key.startswith("لل") else 2 if key in article_keys else 0
            edges = _is_word_char(key[0]) and _is_word_char(key[-1])
            self._auto.add_word(key, (key, tuple(payloads), len(key), rule, edges))
        if table:
            self._auto.make_automaton()
        self._empty = not table
        self._suffixes = tuple(sorted(suffixes, key=len, reverse=True))
        self._suffix_set = frozenset(self._suffixes)
        # first letters of the suffixes: a hit that runs on into a word with any other letter
        # (most hits that run on: "لا" in "الاحتلال") is refused without reading the word's rest
        self._suffix_firsts = frozenset(s[0] for s in self._suffixes if s) if "" not in self._suffix_set else None
        self._proclitics = frozenset(proclitics())
        self._longest_prefix = max(map(len, self._proclitics), default=0)
        self.size = len(table)

    def scan(self, text: str, alnum_boundaries: bool = False) -> list[RawHit]:
        """Every boundary-valid hit on folded ``text``, overlapping, in folded offsets, by end.

        Before a hit: the start of a word or an allowed proclitic; after it: the end of a
        word or an allowed suffix. Words are runs of word characters (letters and digits
        of any script, and the Arabic presentation forms); with ``alnum_boundaries`` runs
        of ``str.isalnum`` characters, and keys are taken whatever their edges.
        """
        if self._empty:
            return []
        n = len(text)
        word = str.isalnum if alnum_boundaries else _is_word_char
        run = _ALNUM_RUN if alnum_boundaries else _WORD_RUN
        suffixes = self._suffix_set
        suffix_firsts = self._suffix_firsts
        proclitics = self._proclitics
        reach = self._longest_prefix + 1  # a prefix longer than every proclitic fails anyway
        out: list[RawHit] = []
        append = out.append
        for end_idx, (key, payloads, length, rule, edges) in self._auto.iter(text):
            if not (edges or alnum_boundaries):
                continue
            end = end_idx + 1
            start = end - length
            suffix = ""
            if end < n and word(text[end]):  # right boundary: the end of the word, or a suffix
                if not suffixes or (suffix_firsts is not None and text[end] not in suffix_firsts):
                    continue
                tail = run.match(text, end)  # a run of zero or more: it always matches
                suffix = text[end:tail.end()] if tail else ""
                if suffix not in suffixes:
                    continue
            prefix = ""
            if start > 0 and word(text[start - 1]):  # left boundary: the start of the word, or a proclitic
                ws = start - 1
                stop = max(0, start - reach)
                while ws > stop and word(text[ws - 1]):
                    ws -= 1
                prefix = text[ws:start]
                if rule == 1:
                    if prefix not in _LL_PREFIXES:
                        continue
                elif rule == 2:
                    if prefix not in _ARTICLE_PREFIXES:
                        continue
                elif prefix not in proclitics:
                    continue
            append((start, end + len(suffix), key, payloads, prefix, suffix))
        return out

    def find_all(self, folded: Folded, overlapping: bool = False) -> list[Hit[P]]:
        """All boundary-valid hits; with ``overlapping=False`` the longest non-overlapping ones."""
        hits = self.scan(folded.text)
        if not hits:
            return []
        if not overlapping:
            # longest first; a position taken by a kept hit refuses later ones (linear, not pairwise)
            if self._whole_first:
                hits.sort(key=lambda h: (h[0] - h[1], h[0], len(h[5])))
            else:
                hits.sort(key=lambda h: (h[0] - h[1], h[0]))
            taken = bytearray(len(folded.text) + 1)
            kept = []
            for h in hits:
                if not any(taken[h[0]:h[1]]):
                    taken[h[0]:h[1]] = b"\x01" * (h[1] - h[0])
                    kept.append(h)
            hits = kept
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        out: list[Hit[P]] = []
        span = folded.span
        for start, end, key, payloads, prefix, suffix in hits:
            o_start, o_end = span(start, end)
            out.append(Hit(o_start, o_end, key, payloads, prefix, suffix))
        return out
