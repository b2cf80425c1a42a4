"""The shared Arabic word lists of marsad.lang.ar (TSV files beside the module)."""

from __future__ import annotations

import pytest

from marsad.lang.ar import banner_words, count_words, side_words


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


def test_banner_words_with_and_without_the_article() -> None:
    # one list for the attribution and events layers: what protesters carry or chant
    assert {"لافتات", "اللافتات", "شعارات", "هتافات", "يافطات"} <= banner_words() and "مسيرات" not in banner_words()
