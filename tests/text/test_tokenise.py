from __future__ import annotations

import pytest

from marsad.text.tokenise import clitic_splits, split_article, tokenise

ARTICLE_SPLITS = [
    ("والقوات", ("و", "القوات")),
    ("بالعراق", ("ب", "العراق")),
    ("للقوات", ("ل", "القوات")),
    ("وللولايات", ("ول", "الولايات")),
    ("فالحكومه", ("ف", "الحكومه")),
    ("وبالتالي", ("وب", "التالي")),
    ("القوات", ("", "القوات")),
    ("بغداد", ("", "بغداد")),
    ("الله", ("", "الله")),
]


@pytest.mark.parametrize("word,expected", ARTICLE_SPLITS)
def test_split_article(word: str, expected: tuple[str, str]) -> None:
    assert split_article(word) == expected


@pytest.mark.parametrize("word,reading", [
    ("وبغداد", ("و", "بغداد")),
    ("بقاعده", ("ب", "قاعده")),
    ("لاربيل", ("ل", "اربيل")),
    ("للولايات", ("ل", "الولايات")),
])
def test_clitic_readings_include(word: str, reading: tuple[str, str]) -> None:
    assert reading in clitic_splits(word)
    assert clitic_splits(word)[0] == ("", word)


def test_tokens_keep_offsets() -> None:
    text = "وقالت الحكومةُ العراقية إن ٢٥٠٠ جنديٍّ انسحبوا، بحسب «واع»."
    toks = tokenise(text)
    for t in toks:
        assert text[t.start:t.end] == t.text
    assert [t.folded for t in toks][:3] == ["وقالت", "الحكومه", "العراقيه"]
    digits = [t for t in toks if t.is_digit]
    assert digits and digits[0].folded == "2500"
