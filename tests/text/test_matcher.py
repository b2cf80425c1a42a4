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


def test_suffixes_allowed_when_listed() -> None:
    m = PhraseMatcher([("عراقي", "IQ")], suffixes=["ه", "ين", "ون"])
    text = "القوات العراقية والمسؤولين العراقيين"
    hits = m.find_all(fold(text))
    assert [text[h.start:h.end] for h in hits] == ["عراقية", "عراقيين"]  # the article is a proclitic, outside the span
