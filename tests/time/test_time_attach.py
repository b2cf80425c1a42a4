"""time_for_span: the Time that dates a trigger, by clause and distance."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.doc import Doc
from marsad.pipeline import Pipeline
from marsad.time import clause_of, time_for_span

PIPE = Pipeline(["text", "times"])
PUB = dt.date(2025, 8, 19)

SEED_LIKE = ("وكان العراق والولايات المتحدة قد توصلا في أيلول 2024 إلى اتفاق يحدد موعد أيلول 2025 لبدء "
             "المرحلة الأولى من انسحاب القوات الأميركية من العراق، على أن تليها المرحلة الثانية في أيلول 2026.")


def _doc(text: str) -> Doc:
    return PIPE(Doc(text, PUB))


def _at(doc: Doc, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(word, start + 1)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "trigger", "nth", "value"),
    [
        (SEED_LIKE, "توصلا", 0, "2024-09"),
        (SEED_LIKE, "اتفاق", 0, "2024-09"),
        (SEED_LIKE, "انسحاب", 0, "2025-09"),
        (SEED_LIKE, "تليها", 0, "2026-09"),
        # a time between commas belongs to the clause around it
        ("أعلن حزب العمال الكردستاني، اليوم الأحد، أنه يسحب جميع مقاتليه من تركيا.", "يسحب", 0, "2025-08-17"),
        ("وفي أيلول 2024، وقّع البلدان اتفاقاً أمنياً.", "وقّع", 0, "2024-09"),
        # each clause its own time
        ("تسلّمت القوات العراقية القاعدة اليوم، فيما جرت مراسم التسليم قبل يومين.", "تسلّمت", 0, "2025-08-19"),
        ("تسلّمت القوات العراقية القاعدة اليوم، فيما جرت مراسم التسليم قبل يومين.", "مراسم", 0, "2025-08-17"),
        # no time in the clause: the nearest of the sentence, the one before first
        ("السفارة أوضحت جانباً من الصورة، مشيرة في بيان أمس الاثنين إلى أن المهام ستتحول.", "أوضحت", 0, "2025-08-18"),
    ],
)
def test_time_for_span(text: str, trigger: str, nth: int, value: str) -> None:
    doc = _doc(text)
    t = time_for_span(doc, *_at(doc, trigger, nth))
    assert t is not None and t.value == value, [(x.text, x.value) for x in doc.times]


def test_clause_scope_gives_none_outside_the_clause() -> None:
    doc = _doc("السفارة أوضحت جانباً من الصورة، مشيرة في بيان أمس الاثنين إلى أن المهام ستتحول.")
    assert time_for_span(doc, *_at(doc, "أوضحت"), scope="clause") is None


def test_durations_and_other_sentences_do_not_date() -> None:
    doc = _doc("وقعت الحكومة اتفاقاً مدته 60 يوماً. وفي أيلول 2024 بدأ التنفيذ.")
    assert time_for_span(doc, *_at(doc, "اتفاقاً")) is None


def test_latest_skips_future_times_for_statements() -> None:
    doc = _doc("أعلن المستشار أن البعثة ستنهي مهامها مع حلول شهر أيلول المقبل.")
    assert time_for_span(doc, *_at(doc, "ستنهي")).value == "2025-09"  # type: ignore[union-attr]
    assert time_for_span(doc, *_at(doc, "أعلن"), latest=doc.published) is None


def test_exclude_skips_times_inside_ranges() -> None:
    doc = _doc("قال الوزير أمس إن القوات ستغادر في أيلول 2026.")
    content = (doc.text.index("القوات"), len(doc.text))
    assert time_for_span(doc, *_at(doc, "قال"), exclude=[content]).value == "2025-08-18"  # type: ignore[union-attr]


def test_clause_of() -> None:
    doc = _doc("أعلن الحزب، اليوم الأحد، أنه ينسحب، في خطوة جديدة.")
    a, b = clause_of(doc, *_at(doc, "ينسحب"))
    assert "اليوم الأحد" in doc.text[a:b] and "خطوة" not in doc.text[a:b]


def test_no_times_no_answer() -> None:
    doc = _doc("انسحبت القوات من القاعدة.")
    assert time_for_span(doc, *_at(doc, "انسحبت")) is None
