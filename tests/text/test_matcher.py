from __future__ import annotations

import pytest

from marsad.text.matcher import PhraseMatcher
from marsad.text.normalise import fold

LEX = [("بغداد", "BAG"), ("قاعدة عين الأسد", "AAB"), ("العراق", "IRQ"), ("الولايات المتحدة", "USA"), ("أربيل", "EBL")]


@pytest.mark.parametrize("text,found", [
    ("وصل إلى بغداد أمس", ["بغداد"]),
    ("في بغداد وواشنطن", ["بغداد"]),
    ("بين واشنطن وبغداد", ["بغداد"]),
    ("انسحبت من قاعدة عين الأسد", ["قاعدة عين الأسد"]),
    ("وصلت بقاعدة عين الاسد", ["قاعدة عين الاسد"]),
    ("للعراق والولايات المتحدة", ["للعراق", "الولايات المتحدة"]),
    ("للولايات المتحدة نحو 900 جندي", ["للولايات المتحدة"]),
    ("توجهوا لأربيل", ["أربيل"]),
    ("البغدادي ليس مكاناً", []),  # no match inside a longer word
    ("عراقيون", []),
])
def test_boundaries_and_clitics(text: str, found: list[str]) -> None:
    m = PhraseMatcher(LEX)
    hits = m.find_all(fold(text))
    assert [text[h.start:h.end] for h in hits] == found


@pytest.mark.parametrize("text,found", [
    # a name whose first letters are its own hamza-alef and lam takes ل as any name does ...
    ("قوات تابعة لألوية العمالقة", ["ألوية العمالقة"]),
    ("وألوية العمالقة", ["ألوية العمالقة"]),
    # ... and never the article's لل
    ("للوية العمالقة", []),
])
def test_a_hamza_alef_lam_is_no_article(text: str, found: list[str]) -> None:
    m = PhraseMatcher([("ألوية العمالقة", "GB")])
    assert [text[h.start:h.end] for h in m.find_all(fold(text))] == found


@pytest.mark.parametrize("text,found", [
    ("رتل تابع للواء 51 مشاة", ["للواء 51 مشاة"]),
    ("وللواء 51 مشاة", ["للواء 51 مشاة"]),
    ("قوة من اللواء 51 مشاة", ["اللواء 51 مشاة"]),
])
def test_a_name_whose_stem_starts_with_lam_after_the_preposition(text: str, found: list[str]) -> None:
    """ل + اللواء is written للواء: the article's alef and lam both drop before the stem's own lam."""
    m = PhraseMatcher([("اللواء 51 مشاة", "B51")])
    assert [text[h.start:h.end] for h in m.find_all(fold(text))] == found


def test_suffixes_allowed_when_listed() -> None:
    m = PhraseMatcher([("عراقي", "IQ")], suffixes=["ه", "ين", "ون"])
    text = "القوات العراقية والمسؤولين العراقيين"
    hits = m.find_all(fold(text))
    assert [text[h.start:h.end] for h in hits] == ["عراقية", "عراقيين"]  # the article is a proclitic, outside the span


# scan: overlapping hits in folded offsets, (start, end, key, payloads, prefix, suffix)
@pytest.mark.parametrize("text,alnum,expected", [
    ("في بغداد", False, [(3, 8, "بغداد", ("BAG",), "", "")]),
    ("وبغداد", False, [(1, 6, "بغداد", ("BAG",), "و", "")]),
    ("للعراق", False, [(0, 6, "للعراق", ("IRQ",), "", "")]),
    ("وللعراق", False, [(1, 7, "للعراق", ("IRQ",), "و", "")]),
    ("قاعدة عين الأسد", False, [(0, 15, "قاعده عين الاسد", ("AAB",), "", "")]),
    ("البغدادي", False, []),  # inside a longer word
    ("مبغداد", False, []),  # م is not a proclitic
    # an ornate parenthesis is a word character for the matcher (Arabic presentation forms),
    # not for str.isalnum
    ("﴾بغداد", False, []),
    ("﴾بغداد", True, [(1, 6, "بغداد", ("BAG",), "", "")]),
])
def test_scan(text: str, alnum: bool, expected: list[tuple[object, ...]]) -> None:
    assert PhraseMatcher(LEX).scan(fold(text).text, alnum_boundaries=alnum) == expected


@pytest.mark.parametrize("text,expected", [
    ("العراقيون", [(2, 9, "عراقي", ("IQ",), "ال", "ون")]),
    ("عراقيتهم", []),  # a suffix not listed
])
def test_scan_suffixes(text: str, expected: list[tuple[object, ...]]) -> None:
    assert PhraseMatcher([("عراقي", "IQ")], suffixes=["ه", "ين", "ون"]).scan(fold(text).text) == expected


@pytest.mark.parametrize("text", ["في بغداد وواشنطن", "انسحبت من قاعدة عين الأسد إلى أربيل", "للولايات المتحدة"])
def test_find_all_is_scan_mapped(text: str) -> None:
    """``find_all(overlapping=True)`` is ``scan`` in original offsets."""
    m = PhraseMatcher(LEX)
    f = fold(text)
    assert [(h.start, h.end, h.key) for h in m.find_all(f, overlapping=True)] == \
        sorted(((*f.span(s, e), k) for s, e, k, *_ in m.scan(f.text)), key=lambda r: (r[0], r[0] - r[1]))
