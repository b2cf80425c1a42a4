"""Sentence splitting for Arabic news.

Sentences end at . ! ? ؟ … and at line breaks; commas (، ,) and semicolons do not
end them, since Arabic news runs long sentences on commas. A full stop inside a
number (2.5), after a listed abbreviation (د.) or inside a quotation «…» / "…" does
not end a sentence. An unclosed quotation stops protecting after a line break.

A "sentence" longer than ``MAX_SENTENCE`` characters (news sentences stay far below it;
a page with no full stops at all does not) is cut after its last comma or semicolon
before the limit, else at a space, so that the rules that read a sentence stay bounded
and a document costs time in proportion to its length.
"""

from __future__ import annotations

import re

from ..lang.ar import abbreviations

__all__ = ["split_sentences", "MAX_SENTENCE"]

MAX_SENTENCE = 4000  # characters; the longest in the gold, sample and GSR texts is under 3,000
_CLAUSE_MARKS = "،,؛;"

_ENDERS = set(".!?؟…")
_OPEN_CLOSE = {"«": "»", "“": "”", "„": "“"}
_CLOSE = {"»", "”"}
_SPECIAL = re.compile("[" + re.escape("\n" + "".join(_OPEN_CLOSE) + "".join(_CLOSE) + '"' + "".join(_ENDERS)) + "]")


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start: dot + 1].lstrip("(«\"")
    return word in abbreviations()


def _emit(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    """Add the sentence ``text[a:b]``, white space trimmed, cut where it runs on. (A module
    function, not a closure: a closure that calls itself is a reference cycle, which only the
    cycle collector frees, with the text and spans it holds.)"""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b - a > MAX_SENTENCE:  # a run-on "sentence": cut it at a clause mark, else a space
        limit = a + MAX_SENTENCE
        cut = max(text.rfind(m, a + 1, limit) for m in _CLAUSE_MARKS) + 1
        if cut <= a + 1:
            cut = max(text.rfind(" ", a + 1, limit), text.rfind("\t", a + 1, limit))
        if cut <= a:
            cut = limit
        _emit(text, a, cut, spans)
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        spans.append((a, b))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, white space trimmed, in order."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    depth = 0  # «» / “” nesting
    in_straight = False  # inside "…"
    i = 0

    while i < n:
        m = _SPECIAL.search(text, i)  # every other character changes nothing: jump to the next that may
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch == "\n":
            _emit(text, start, i, spans)
            start = i + 1
            depth = 0
            in_straight = False
        elif ch in _OPEN_CLOSE:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            in_straight = not in_straight
        elif ch in _ENDERS and depth == 0 and not in_straight:
            if ch == "." and 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                pass
            elif ch == "." and _ends_with_abbreviation(text, i):
                pass
            else:
                j = i + 1
                while j < n and text[j] in _ENDERS | {'"', "»", "”", ")"}:
                    j += 1
                if j >= n or text[j].isspace():
                    _emit(text, start, j, spans)
                    start = j
                    i = j
                    continue
        i += 1
    _emit(text, start, n, spans)
    return spans
