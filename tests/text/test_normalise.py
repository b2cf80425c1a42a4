from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.normalise import fold, fold_text

FOLD_TABLE = [
    ("أميركية", "اميركيه"),
    ("إقليم", "اقليم"),
    ("آب", "اب"),
    ("مستشفى", "مستشفي"),
    ("قاعدة", "قاعده"),
    ("شكّلت", "شكلت"),
    ("جندياً", "جنديا"),
    ("ويُذكر", "ويذكر"),
    ("الـقوات", "القوات"),
    ("٢٥٠٠", "2500"),
    ("۱۴۰۵", "1405"),
    ("عَلَى", "علي"),
    ("ٱلله", "الله"),
    ("2500 جندي", "2500 جندي"),
]


@pytest.mark.parametrize("raw,expected", FOLD_TABLE)
def test_fold_table(raw: str, expected: str) -> None:
    assert fold_text(raw) == expected
    assert fold(raw).text == expected


@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئـًٌٍَُِّْ ٠١٢3 ،.«»\"\n")), max_size=200))
def test_offset_map_points_into_original(text: str) -> None:
    f = fold(text)
    assert len(f.index) == len(f.text)
    assert list(f.index) == sorted(set(f.index))
    for i, ch in enumerate(f.text):
        assert fold_text(text[f.index[i]]) == ch
    # any folded range maps to an original range whose folding is the folded range
    for a in range(0, len(f.text), 7):
        for b in range(a + 1, min(len(f.text), a + 12) + 1):
            s, e = f.span(a, b)
            assert fold_text(text[s:e]) == f.text[a:b]


@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱىیةۃکؤئـًٌٍَُِّْٰ ٠١٢3۴۵٫٬ ،.«»\"\n\u00a0\u2009\u202f\u200c\u200e\ufeff\u00adab")),
               max_size=300))
def test_fold_long_and_short_agree(text: str) -> None:
    """Long texts fold by replacement passes, short ones by a table: both fold every character alone."""
    expected = "".join(fold_text(ch) for ch in text)
    assert fold_text(text) == expected
    assert fold(text).text == expected
