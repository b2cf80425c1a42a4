"""Sentence splitting for Arabic news.

Sentences end at . ! ? ؟ … and at line breaks; commas (، ,) and semicolons do not
end them, since Arabic news runs long sentences on commas. A full stop inside a
number (2.5), after a listed abbreviation (د.) or inside a quotation «…» / "…" does
not end a sentence. An unclosed quotation stops protecting after a line break.
"""

from __future__ import annotations

from ..lang.ar import abbreviations

__all__ = ["split_sentences"]

_ENDERS = set(".!?؟…")
_OPEN_CLOSE = {"«": "»", "“": "”", "„": "“"}
_CLOSE = {"»", "”"}


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start: dot + 1].lstrip("(«\"")
    return word in abbreviations()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, white space trimmed, in order."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    depth = 0  # «» / “” nesting
    in_straight = False  # inside "…"
    i = 0

    def emit(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))

    while i < n:
        ch = text[i]
        if ch == "\n":
            emit(start, i)
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
                    emit(start, j)
                    start = j
                    i = j
                    continue
        i += 1
    emit(start, n)
    return spans
