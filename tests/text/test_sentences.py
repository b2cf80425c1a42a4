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


@pytest.mark.parametrize("text,first_ends_with", [
    ("انسحبت القوات من القاعدة، " * 400, "،"),  # a run-on page: cut after a comma
    ("كلمة " * 2000, "كلمة"),  # no clause mark: cut at a space
    ("ا" * 9000, "ا"),  # no space either: cut at the limit
])
def test_run_on_sentences_are_cut_at_the_limit(text: str, first_ends_with: str) -> None:
    from marsad.text.sentences import MAX_SENTENCE

    spans = split_sentences(text)
    assert len(spans) >= len(text.strip()) // MAX_SENTENCE
    assert all(0 < e - s <= MAX_SENTENCE and text[s:e] == text[s:e].strip() for s, e in spans)
    assert text[spans[0][0]:spans[0][1]].endswith(first_ends_with)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
