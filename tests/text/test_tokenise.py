from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.normalise import fold_text
from marsad.text.tokenise import WORD_RE, clitic_splits, split_article, tokenise

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
    # a stem that starts with ل keeps its own after the preposition: ل + اللواء is written للواء
    ("للواء", ("ل", "اللواء")),
    ("للاجئين", ("ل", "اللاجئين")),
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


@given(st.text(alphabet=st.sampled_from(list("ابتجدرسعفقكلمنهويأإآىةـًٌَُِّْ٠١٢٫٬.,، \n\u00a0\u200c\u200e\u00adabX09«»")), max_size=200))
def test_tokenise_is_word_runs_folded(text: str) -> None:
    """Tokens are the WORD_RE runs of the text, each folded on its own (empty foldings dropped)."""
    expected = []
    for m in WORD_RE.finditer(text):
        folded = fold_text(m.group())
        if folded:
            expected.append((m.start(), m.end(), m.group(), folded, *split_article(folded), folded[0].isdigit()))
    assert [(t.start, t.end, t.text, t.folded, t.prefix, t.stem, t.is_digit) for t in tokenise(text)] == expected
