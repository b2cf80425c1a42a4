from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.numbers.parse import tokenise_numbers
from marsad.text.normalise import fold_text


@pytest.mark.parametrize("text,expected", [
    ("قتل 15 جندياً", [("قتل", "قتل", False), ("15", "15", True), ("جندياً", "جنديا", False)]),
    ("٢٥٠٠ عنصر", [("٢٥٠٠", "2500", True), ("عنصر", "عنصر", False)]),
    ("15ـ20", [("15", "15", True), ("20", "20", True)]),  # a tatweel between digits keeps the runs apart
    ("2,500", [("2,500", "2,500", True)]),
])
def test_tokenise_numbers(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert [(t.raw, t.folded, t.is_num) for t in tokenise_numbers(text)] == expected


@given(st.text(alphabet=st.sampled_from(list("ابتجدرسعلمنهويأإىةـًٌَّْ٠١٢0125.,، \n\u00a0\u200cab")), max_size=200))
def test_tokens_are_runs_of_the_text(text: str) -> None:
    toks = tokenise_numbers(text)
    for t in toks:
        assert text[t.start:t.end] == t.raw
        assert fold_text(t.raw) == t.folded
        assert t.is_num == t.folded[0].isdigit()
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:]))
