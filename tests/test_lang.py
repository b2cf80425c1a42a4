"""The shared Arabic word lists of marsad.lang.ar (TSV files beside the module)."""

from __future__ import annotations

import pytest

from marsad.lang.ar import count_words, side_words


@pytest.mark.parametrize("kinds, word, inside", [
    (("side",), "الغربي", True),
    (("side",), "الشماليه", True),
    (("side",), "الاوسط", False),
    (("side", "middle"), "الوسطي", True),
])
def test_side_words(kinds: tuple[str, ...], word: str, inside: bool) -> None:
    assert (word in side_words(*kinds)) is inside


def test_count_words_of_a_crowd() -> None:
    assert {"عشرات", "مئات", "الاف"} <= count_words("crowd")
