"""Bad input gets a clear error or an empty valid record, never a traceback."""

from __future__ import annotations

import pytest

import marsad
from marsad.errors import EmptyInput, InputError, InvalidEncoding


@pytest.mark.parametrize("text", ["", "   \n\t  ", "<html><body><script>x()</script></body></html>"])
def test_empty_input_is_a_clear_error(text: str) -> None:
    with pytest.raises(EmptyInput, match="E101"):
        marsad.extract(text)


def test_invalid_utf8() -> None:
    with pytest.raises(InvalidEncoding, match="UTF-8"):
        marsad.extract(b"\xd8\xa7\xff\xfe")


def test_text_read_with_surrogateescape_is_a_clear_error() -> None:
    # bytes that were not UTF-8, read into a str with errors="surrogateescape"
    text = b"\xd9\x82\xd8\xa7\xd9\x84 \xff".decode("utf-8", errors="surrogateescape")
    with pytest.raises(InvalidEncoding, match="surrogate"):
        marsad.extract(text)


def test_bad_published_date() -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        marsad.extract("نص عربي", published="yesterday")


def test_non_arabic_text_gives_a_valid_record() -> None:
    rec = marsad.extract("The quick brown fox jumps over the lazy dog. 2500 troops.")
    assert rec.doc.text.startswith("The quick")
    assert rec.events == []


def test_nul_bytes_are_removed_and_offsets_stay_true() -> None:
    rec = marsad.extract("انسحبت القوات\x00 الأميركية من بغداد", published="2025-01-01")
    assert "\x00" not in rec.doc.text
    for where, s, e, t in rec.iter_spans():
        assert rec.doc.text[s:e] == t, where


def test_html_is_reduced_to_text() -> None:
    html = "<html><head><title>t</title><script>alert(1)</script></head><body><p>أعلنت الحكومة العراقية &amp; البرلمان</p></body></html>"
    rec = marsad.extract(html)
    assert "<" not in rec.doc.text and "alert" not in rec.doc.text
    assert "أعلنت الحكومة العراقية & البرلمان" in rec.doc.text


def test_five_megabyte_article() -> None:
    para = "وأعلنت الحكومة العراقية أمس الاثنين انسحاب نحو 2500 جندي من قاعدة عين الأسد في محافظة الأنبار. "
    text = para * (5_000_000 // len(para.encode("utf-8")) + 1)
    rec = marsad.extract(text, published="2025-08-19")
    assert len(rec.doc.text) == len(text.strip()) or len(rec.doc.text) >= len(text) - 2
