from __future__ import annotations

import pytest

from marsad.text.sentences import split_sentences

CASES = [
    # commas do not end sentences
    ("قال الوزير، في بيان، إن القوات انسحبت. وأضاف أن العملية انتهت.", 2),
    # a quotation is kept whole even with a full stop inside
    ("وقال: «انتهت المهمة. سنغادر قريباً» في مؤتمر صحفي. ثم غادر.", 2),
    ('وقال إن "القوات ستبقى. لا انسحاب" بحسب المصدر. وانتهى الأمر.', 2),
    # numbers and abbreviations
    ("ارتفع السعر إلى 1.5 مليون دينار. ثم انخفض.", 2),
    ("التقى د. محمد علي بالوفد. وبحثا التعاون.", 2),
    # line breaks always end a sentence
    ("بغداد – واع\nأعلنت الحكومة العراقية", 2),
    ("هل انسحبت القوات؟ لا أحد يعرف!", 2),
    ("جملة واحدة دون نقطة", 1),
    ("", 0),
]


@pytest.mark.parametrize("text,n", CASES)
def test_sentence_count(text: str, n: int) -> None:
    spans = split_sentences(text)
    assert len(spans) == n, [text[s:e] for s, e in spans]
    for s, e in spans:
        assert text[s:e] == text[s:e].strip() and e > s


def test_seed_sentences(seed_text: str) -> None:
    spans = split_sentences(seed_text)
    assert len(spans) == 11
    assert seed_text[spans[0][0]:spans[0][1]].endswith("الاستراتيجية.")
