"""The times component in the pipeline: records, offsets, ids, publication dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
from marsad.doc import Doc
from marsad.pipeline import Pipeline

PIPE = Pipeline(["text", "times"])


def test_spans_are_the_text_and_ids_in_order() -> None:
    text = "أعلنت الوزارة، اليوم الخميس 12 ديسمبر 2024، أن الانسحاب بدأ أواخر نوفمبر الماضي ويمتد لمدة 60 يوماً."
    doc = PIPE(Doc(text, dt.date(2024, 12, 12)))
    assert [t.id for t in doc.times] == [f"T{i}" for i in range(1, len(doc.times) + 1)]
    assert [t.start for t in doc.times] == sorted(t.start for t in doc.times)
    for t in doc.times:
        assert doc.text[t.start:t.end] == t.text
    assert [(t.text, t.value) for t in doc.times] == [
        ("اليوم الخميس 12 ديسمبر 2024", "2024-12-12"), ("أواخر نوفمبر الماضي", "2024-11"), ("60 يوماً", "P60D")]


def test_diacritics_and_tatweel_stay_inside_the_span() -> None:
    doc = PIPE(Doc("امتدّت المحادثات لأكثرَ من عامَيْن وبدأت في أيلـول 2024.", dt.date(2025, 8, 19)))
    assert [(t.text, t.value) for t in doc.times] == [("أكثرَ من عامَيْن", "P2Y"), ("أيلـول 2024", "2024-09")]


def test_relative_values_are_null_without_publication_date() -> None:
    record = marsad.extract("أعلنت الوزارة أمس الاثنين أن الاتفاق الموقع في أيلول 2024 سار.")
    values = {t.text: (t.value, t.relative) for t in record.times}
    assert values == {"أمس الاثنين": (None, True), "أيلول 2024": ("2024-09", False)}


def test_calendar_is_as_written() -> None:
    doc = PIPE(Doc("السبت 13 رمضان 1445 هـ الموافق 23 مارس 2024", dt.date(2024, 3, 23)))
    assert [(t.calendar, t.value) for t in doc.times] == [("hijri", "2024-03-23"), ("gregorian", "2024-03-23")]


def test_a_time_inside_a_name_is_not_a_time() -> None:
    doc = Doc("قالت حركة 6 أبريل في 2024 إنها", dt.date(2025, 8, 19))
    doc = Pipeline(["text"])(doc)
    from marsad.doc import Mention
    doc.spans["actors"] = [Mention(doc.text.index("حركة"), doc.text.index("أبريل") + 5, "ORG")]
    from marsad.time import make_component
    doc = make_component()(doc)
    assert [t.text for t in doc.times] == ["2024"]


def test_seed_article_times(seed_text: str) -> None:
    record = marsad.extract(seed_text, published="2025-08-19")
    got = {t.text: t.value for t in record.times}
    for text, value in [("أمس الاثنين", "2025-08-18"), ("العام الماضي", "2024"), ("شهر أيلول المقبل", "2025-09"),
                        ("أيلول 2024", "2024-09"), ("أيلول 2025", "2025-09"), ("أيلول 2026", "2026-09"),
                        ("العام 2014", "2014"), ("أكثر من عامين", "P2Y")]:
        assert got.get(text) == value, (text, got)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("أيلول 2024 أمس الاثنين قبل ثلاثة أيام، (سبتمبر)/هـ١٤٤٦ــً")), max_size=80))
def test_any_text_gives_true_spans(text: str) -> None:
    doc = PIPE(Doc(text, dt.date(2025, 8, 19)))
    for t in doc.times:
        assert doc.text[t.start:t.end] == t.text and t.start < t.end


@pytest.mark.parametrize("text", ["", "   ", "hello 2024", "\u0000", "<p>أيلول 2024</p>"])
def test_odd_input(text: str) -> None:
    doc = PIPE(Doc(text, dt.date(2025, 8, 19)))
    assert all(doc.text[t.start:t.end] == t.text for t in doc.times)
