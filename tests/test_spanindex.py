"""``Stab``: its answers by bisection are exactly what a scan of every range gives."""

from __future__ import annotations

import random

import pytest

from marsad.spanindex import Stab

RANGES = [(0, 5), (3, 9), (10, 12), (10, 30), (31, 32)]


@pytest.mark.parametrize("offset, held", [
    (0, [(0, 5)]), (4, [(0, 5), (3, 9)]), (5, [(3, 9)]), (9, []), (11, [(10, 12), (10, 30)]), (30, []), (31, [(31, 32)]),
])
def test_holding(offset: int, held: list[tuple[int, int]]) -> None:
    st = Stab(RANGES, lambda r: r)
    assert [RANGES[i] for _s, i, _e in st.holding(offset)] == held
    assert st.any(offset) == bool(held)


@pytest.mark.parametrize("start, end, met", [
    (5, 6, True),     # inside (3, 9) only
    (9, 10, False),   # the gap between two ranges
    (12, 13, True),   # (10, 30), which starts long before
    (30, 31, False),  # touching two ranges meets neither
    (29, 31, True),
    (40, 50, False),
])
def test_overlaps(start: int, end: int, met: bool) -> None:
    assert Stab(RANGES, lambda r: r).overlaps(start, end) is met


def test_narrowest_prefers_the_shortest_then_the_first() -> None:
    items = [(0, 10), (2, 6), (3, 7)]
    assert Stab(items, lambda r: r).narrowest(4) == (2, 6)


def test_answers_equal_a_scan() -> None:
    rng = random.Random(7)
    for _ in range(500):
        ranges = [(a, a + rng.randint(1, 12)) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 9)))]
        st = Stab(ranges, lambda r: r)
        s = rng.randint(0, 70)
        e = s + rng.randint(1, 9)
        assert st.overlaps(s, e) == any(a < e and s < b for a, b in ranges)
        assert st.any(s) == any(a <= s < b for a, b in ranges)
