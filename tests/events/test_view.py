"""The event view's reading of breaks between words: a strong break (. ؛ : ! ? ؟, a line break, a dateline's dash)
or an Arabic comma before a token parts a stretch of a clause."""

from __future__ import annotations

import pytest

from marsad.events.view import view_of

# (text, lo word, hi word, a break or a comma before one of the words lo … hi-1)
CASES = [
    ("انسحبت القوات من القاعدة باتجاه أربيل", 1, 5, False),
    ("انسحبت القوات، من القاعدة", 1, 4, True),  # the comma before word 2
    ("انسحبت القوات، من القاعدة", 3, 4, False),  # past the comma: no break in what is read
    ("قالت الوزارة: إن القوات انسحبت", 1, 5, True),  # a colon
    ("بغداد - انسحبت القوات من القاعدة", 1, 3, True),  # a dateline's dash
    ("قال الناطق «إن القوات انسحبت»", 1, 4, False),  # a quotation mark opening is no break
    ("انسحبت القوات, من القاعدة", 1, 4, False),  # a Latin comma is no Arabic comma here
    ("انسحبت القوات من القاعدة", 2, 2, False),  # nothing read
]


@pytest.mark.parametrize(("text", "lo", "hi", "expected"), CASES)
def test_break_or_comma_in(read, text: str, lo: int, hi: int, expected: bool) -> None:
    v = view_of(read(text))
    assert v.break_or_comma_in(lo, hi) is expected
    # the same as reading each word's gap in turn
    assert expected == any(v.is_strong_break(x) or "،" in v.gap(x) for x in range(lo, hi))
