"""Which time expression dates a piece of text: ``time_for_span``.

For the events and attribution layers: given the offsets of a trigger (انسحاب, أعلن …),
return the ``Time`` of its clause, the way an analyst reads an Arabic news sentence.

- Only times of the same sentence count, and only those with a value that can date
  something (durations — "خلال 30 يوماً" — never date an event).
- The sentence is cut into clauses at ``، , ؛ ; :`` and parentheses. A clause that holds
  nothing but a time (and small words like في, يوم) is read with its neighbours:
  "أعلنت الوزارة، اليوم السبت، أن …" and "وفي أيلول 2024، وقّع البلدان …" are one clause.
- In the clause of the span, the nearest time wins, counted in words between them; on a
  tie, the one before. A time right after a deadline word (موعد، مهلة، بحلول، حتى)
  belongs to what follows it, so it counts as two words further for a span before it:
  "توصلا في أيلول 2024 إلى اتفاق يحدد موعد أيلول 2025 لبدء المرحلة الأولى" dates the
  agreement 2024-09 and the first phase 2025-09.
- With ``scope="sentence"`` (the default), when the clause has no time the nearest time of
  the sentence is taken, the one before first; with ``scope="clause"`` the answer is then None.
- ``latest`` (a date) skips times that begin after it: a statement is not said in the
  future, so pass ``latest=doc.published`` for statements. ``exclude`` skips times inside
  the given ranges (the content of a statement, for the statement's own time).

Returns None when nothing fits; the caller then uses the publication date for a report of
something current, as RECORD.md says.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Literal

from ..doc import Doc
from ..record import Time
from ..text.normalise import fold_text

__all__ = ["time_for_span", "clause_of", "first_day"]

_BOUNDARY = re.compile(r"[،,؛;:()]")
_WORDS = re.compile(r"\w+")
_FILLER = frozenset(fold_text(w) for w in (
    "في", "وفي", "و", "يوم", "منذ", "خلال", "حتى", "بحلول", "مع", "ومع", "قبل", "بعد", "وذلك", "ذلك",
    "أي", "أمس", "اليوم", "مطلع", "نهاية", "بداية", "حلول",
))
_DEADLINE = frozenset(fold_text(w) for w in ("موعد", "موعدا", "مهلة", "بحلول", "حتى", "لغاية", "غاية", "حلول"))
_DATING = ("day", "week", "month", "quarter", "year", "decade", "century", "interval")


def _segments(doc: Doc, s0: int, s1: int, times: list[Time]) -> list[tuple[int, int]]:
    """Clauses of the sentence [s0, s1): cut at punctuation, time-only pieces glued to their neighbours."""
    cuts = [s0] + [m.start() for m in _BOUNDARY.finditer(doc.text, s0, s1)] + [s1]
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:])]
    order = sorted(range(len(times)), key=lambda i: times[i].start)  # a piece's times by bisection
    starts = [times[i].start for i in order]

    def time_only(a: int, b: int) -> bool:
        rest = doc.text[a:b]
        inside = [times[i] for i in sorted(order[bisect_left(starts, a):bisect_right(starts, b)]) if times[i].end <= b]
        if not inside:
            return False
        for t in sorted(inside, key=lambda t: -t.start):
            rest = rest[: t.start - a] + " " + rest[t.end - a:]
        return all(fold_text(w) in _FILLER for w in _WORDS.findall(rest))

    only = [time_only(a, b) for a, b in pieces]
    merged: list[tuple[int, int]] = []
    glue_next = False
    for (a, b), is_time in zip(pieces, only):
        if merged and (is_time or glue_next):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
        glue_next = is_time
    return merged


def _times_from(doc: Doc, lo: int, hi: int) -> list[Time]:
    """The times with ``lo <= start <= hi``, in ``doc.times`` order (bisection over a cached
    index, so that a lookup per trigger does not rescan a long document's times)."""
    from bisect import bisect_left, bisect_right

    cache = doc._cache.get("times_by_start")
    if cache is None or cache[0] is not doc.times or cache[1] != len(doc.times):
        order = sorted(range(len(doc.times)), key=lambda i: doc.times[i].start)
        cache = (doc.times, len(doc.times), [doc.times[i].start for i in order], order)
        doc._cache["times_by_start"] = cache
    starts, order = cache[2], cache[3]
    return [doc.times[i] for i in sorted(order[bisect_left(starts, lo):bisect_right(starts, hi)])]


def _clauses(doc: Doc, s0: int, s1: int) -> tuple[list[tuple[int, int]], list[int]]:
    """``_segments`` of a sentence and the clauses' starts, made once per sentence (cached on the
    doc while its text and times stay the same): one long sentence is asked about many times."""
    cache = doc._cache.get("clauses")
    if cache is None or cache[0] is not doc.text or cache[1] is not doc.times or cache[2] != len(doc.times):
        cache = (doc.text, doc.times, len(doc.times), {})
        doc._cache["clauses"] = cache
    got = cache[3].get((s0, s1))
    if got is None:
        clauses = _segments(doc, s0, s1, [t for t in _times_from(doc, s0, s1) if s0 <= t.start < s1])
        got = cache[3][(s0, s1)] = (clauses, [a for a, _ in clauses])
    return got


def clause_of(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The clause (as ``time_for_span`` reads it) holding the offset range."""
    s0, s1 = doc.sentence_of(start)
    for a, b in _clauses(doc, s0, s1)[0]:
        if a <= start < b:
            return a, b
    return s0, s1


def _gap_words(doc: Doc, a: int, b: int) -> int:
    """``len(_WORDS.findall(doc.text[a:b]))``: the word runs of the text that meet [a, b), counted
    by bisection over the runs of the whole text (found once per doc)."""
    if b <= a:
        return 0
    if a < 0:  # not an offset; a negative slice counts from the end
        return len(_WORDS.findall(doc.text[a:b]))
    cache = doc._cache.get("word_runs")
    if cache is None or cache[0] is not doc.text:
        runs = [m.span() for m in _WORDS.finditer(doc.text)]
        cache = (doc.text, [r[0] for r in runs], [r[1] for r in runs])
        doc._cache["word_runs"] = cache
    return max(0, bisect_left(cache[1], b) - bisect_right(cache[2], a))


_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH = re.compile(r"\d{4}-\d\d")
_WEEK = re.compile(r"\d{4}-W\d\d")
_QUARTER = re.compile(r"\d{4}-Q\d")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}X")
_CENTURY = re.compile(r"\d\d")


def first_day(value: str) -> dt.date | None:
    """The first day a value covers (the start of an interval)."""
    v = value.split("/")[0]
    try:
        if _DAY.fullmatch(v):
            return dt.date.fromisoformat(v)
        if _MONTH.fullmatch(v):
            return dt.date(int(v[:4]), int(v[5:7]), 1)
        if _WEEK.fullmatch(v):
            return dt.date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
        if _QUARTER.fullmatch(v):
            return dt.date(int(v[:4]), 3 * int(v[6]) - 2, 1)
        if _YEAR.fullmatch(v):
            return dt.date(int(v), 1, 1)
        if _DECADE.fullmatch(v):
            return dt.date(int(v[:3]) * 10, 1, 1)
        if _CENTURY.fullmatch(v):
            return dt.date(max(1, int(v) * 100), 1, 1)
    except ValueError:
        return None
    return None


def time_for_span(doc: Doc, start: int, end: int, *, scope: Literal["clause", "sentence"] = "sentence",
                  latest: dt.date | None = None, exclude: Iterable[tuple[int, int]] = ()) -> Time | None:
    """The Time that dates the text at ``[start, end)`` (see the module docstring), or None."""
    if not doc.times:
        return None
    s0, s1 = doc.sentence_of(start)
    excluded = list(exclude)
    near = _times_from(doc, s0, s1)  # every time with s0 <= start <= s1, in order
    cands = [
        t for t in near
        if s0 <= t.start and t.end <= s1 and t.value is not None and t.grain in _DATING
        and not (t.start < end and start < t.end)
        and not any(a <= t.start and t.end <= b for a, b in excluded)
    ]
    if latest is not None:
        cands = [t for t in cands if (d := first_day(t.value or "")) is not None and d <= latest]
    if not cands:
        return None
    clauses, clause_starts = _clauses(doc, s0, s1)

    def clause_index(pos: int) -> int:
        # clauses cut the sentence in order, without overlap: the last one starting at or before pos
        i = bisect_right(clause_starts, pos) - 1
        return i if i >= 0 and pos < clauses[i][1] else -1

    home = clause_index(start)

    def distance(t: Time) -> tuple[int, int]:
        if t.end <= start:
            return _gap_words(doc, t.end, start), 0
        d = _gap_words(doc, end, t.start)
        before = _WORDS.findall(doc.text[max(s0, t.start - 30):t.start])
        if before and fold_text(before[-1]) in _DEADLINE:
            d += 2
        return d, 1

    same = [t for t in cands if clause_index(t.start) == home]
    if same:
        return min(same, key=distance)
    if scope == "clause":
        return None
    return min(cands, key=distance)
