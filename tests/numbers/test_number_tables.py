"""Table tests of the numbers layer: number words, quantities in context, non-quantities."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.numbers import find_quantities, parse_number

HERE = Path(__file__).parent


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _num(s: str) -> int | float | None:
    if s in ("", "null"):
        return None
    v = float(s)
    return int(v) if v.is_integer() else v


NUMBER_WORDS = _rows("number_words.tsv")
EXPRESSIONS = _rows("expressions.tsv")
NEGATIVES = _rows("negatives.tsv")


@pytest.mark.parametrize("row", NUMBER_WORDS, ids=[r[0] for r in NUMBER_WORDS])
def test_number_words(row: list[str]) -> None:
    text, value = row[0], _num(row[1])
    lower = _num(row[2]) if len(row) > 2 else None
    upper = _num(row[3]) if len(row) > 3 else None
    got = parse_number(text)
    assert got is not None, text
    assert (got.value, got.lower, got.upper) == (value, lower, upper)


@pytest.mark.parametrize("row", EXPRESSIONS, ids=[f"{i}:{r[1]}" for i, r in enumerate(EXPRESSIONS)])
def test_quantity_expressions(row: list[str]) -> None:
    sentence, qtext, value, approx, lower, upper, unit = row
    found = find_quantities(sentence)
    texts = [sentence[q.start:q.end] for q in found]
    assert qtext in texts, f"{qtext!r} not among {texts}"
    q = found[texts.index(qtext)]
    got = (q.value, q.approx, q.lower, q.upper, q.unit)
    assert got == (_num(value), approx == "true", _num(lower), _num(upper), unit)


@pytest.mark.parametrize("row", NEGATIVES, ids=[r[1] + ":" + r[0][:20] for r in NEGATIVES])
def test_not_quantities(row: list[str]) -> None:
    found = find_quantities(row[0])
    assert [row[0][q.start:q.end] for q in found] == []


def test_spans_index_the_original_text() -> None:
    text = "وأسفر الهجوم عن مقتل نحو ٥٠ شخصاً وإصابة ١٢ آخرين، بينهم 3 جنود."
    for q in find_quantities(text):
        assert text[q.start:q.end].strip() == text[q.start:q.end]
        if q.noun_span is not None:
            s, e = q.noun_span
            assert text[s:e] == q.noun


def test_proclitic_left_out_of_the_span() -> None:
    text = "قتل جنديان وثلاثة مدنيين"
    spans = [text[q.start:q.end] for q in find_quantities(text)]
    assert "ثلاثة مدنيين" in spans


def test_a_changed_count_of_no_force_keeps_no_unit() -> None:
    # "رفع هذا العدد إلى 7 آلاف": only a force's count told before lends its unit to the bare number
    text = "بلغت الصادرات 5 آلاف طن، ومن المتوقع رفع هذا العدد إلى 7 آلاف العام المقبل"
    assert [q.unit for q in find_quantities(text)] == ["other"]


def test_a_changed_count_told_with_equipment_keeps_no_unit() -> None:
    # "رفع عددها إلى 12" may count the aircraft told with the troops: no unit is lent
    text = "تنشر فرنسا في تشاد نحو 1500 جندي و6 طائرات رافال، وتعتزم رفع عددها إلى 12 العام المقبل"
    assert [q.unit for q in find_quantities(text) if q.value == 12] != ["troops"]
