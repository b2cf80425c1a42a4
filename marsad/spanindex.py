"""Offset indexes over lists of spans, so that per-item lookups do not rescan a document.

A component that asks "which statement holds this offset?" once per event would be
quadratic in the length of the article (a 5 MB input has tens of thousands of each);
these answer by bisection and give exactly what the scan would, ties and order included.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["Stab"]

T = TypeVar("T")


class Stab(Generic[T]):
    """Items with an optional ``[start, end)`` range: which ranges hold an offset.

    ``span(item)`` gives the range or None (the item is then never found).
    """

    def __init__(self, items: Sequence[T], span: Callable[[T], tuple[int, int] | None]) -> None:
        rows: list[tuple[int, int, int]] = []  # (start, index in items, end)
        for i, it in enumerate(items):
            r = span(it)
            if r is not None and r[0] < r[1]:
                rows.append((r[0], i, r[1]))
        rows.sort()
        self._items = items
        self._rows = rows
        self._starts = [r[0] for r in rows]
        self._width = max((e - s for s, _i, e in rows), default=0)

    @property
    def items(self) -> Sequence[T]:
        return self._items

    def holding(self, offset: int) -> list[tuple[int, int, int]]:
        """``(start, index, end)`` of every range with ``start <= offset < end``."""
        lo = bisect_left(self._starts, offset - self._width)
        hi = bisect_right(self._starts, offset)
        return [r for r in self._rows[lo:hi] if offset < r[2]]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any range meets ``[start, end)`` (``a < end and start < b``)."""
        lo = bisect_right(self._starts, start - self._width)
        hi = bisect_left(self._starts, end)
        return any(start < r[2] for r in self._rows[lo:hi])

    def any(self, offset: int) -> bool:
        return bool(self.holding(offset))

    def narrowest(self, offset: int) -> T | None:
        """The shortest range holding ``offset``; of equally short ones, the first in the list."""
        best = min(self.holding(offset), key=lambda r: (r[2] - r[0], r[1]), default=None)
        return None if best is None else self._items[best[1]]
