"""The numbers component on a Doc: records, QTY mentions, and its data files."""

from __future__ import annotations

from importlib import resources

import pytest

from marsad.doc import Doc
from marsad.numbers import make_component
from marsad.numbers.lexicon import lexicon

TEXT = (
    "ويُذكر أن للولايات المتحدة أيضاً نحو 900 جندي في سوريا. "
    "وأسفر القصف في أيلول 2024 عن مقتل ثلاثة عسكريين وإصابة ١٢ آخرين، "
    "فيما شوهد رتل يضم عشرات الآليات."
)


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return make_component()


def test_records_and_mentions(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(Doc(TEXT))
    got = [(q.id, q.text, q.value, q.approx, q.lower, q.upper, q.unit) for q in doc.quantities]
    assert got == [
        ("Q1", "نحو 900 جندي", 900, True, None, None, "troops"),
        ("Q2", "ثلاثة عسكريين", 3, False, None, None, "killed"),
        ("Q3", "١٢ آخرين", 12, False, None, None, "injured"),
        ("Q4", "عشرات الآليات", None, True, 10, 99, "vehicles"),
    ]
    mentions = doc.spans["quantities"]
    assert [m.attrs["qid"] for m in mentions] == ["Q1", "Q2", "Q3", "Q4"]
    for q, m in zip(doc.quantities, mentions):
        assert (m.start, m.end, m.label) == (q.start, q.end, "QTY")
        assert TEXT[q.start:q.end] == q.text
        s, e = m.attrs["unit_span"]
        assert TEXT[s:e] == m.attrs["unit_noun"]
    assert mentions[0].attrs["unit_noun"] == "جندي"


def test_time_layer_spans_are_not_counted(run) -> None:  # type: ignore[no-untyped-def]
    from marsad.record import Time

    text = "وقعت الحادثة قبل 60 ساعة تقريباً"
    doc = Doc(text)
    s = text.index("60")
    doc.times.append(Time(id="T1", start=s, end=s + 8, text=text[s:s + 8], value="PT60H", grain="duration"))
    assert run(doc).quantities == []


def test_empty_text(run) -> None:  # type: ignore[no-untyped-def]
    assert run(Doc(" ")).quantities == []


@pytest.mark.parametrize("name", ["number_words.tsv", "hedges.tsv", "triggers.tsv", "units.tsv", "context.tsv"])
def test_data_files_have_headers(name: str) -> None:
    head = resources.files("marsad.numbers.data").joinpath(name).read_text(encoding="utf-8").splitlines()
    header = "\n".join(line for line in head if line.startswith("#"))
    for field in ("Source:", "Licence:", "FORMAT:", "EXAMPLE:"):
        assert field in header, f"{name} lacks {field}"


def test_tables_load() -> None:
    lex = lexicon()
    assert lex.words["ثلاثه"].value == 3
    assert lex.units[("طائره", "مسيره")].unit == "drones"
    assert lex.hedges_before[("اكثر", "من")] == "lower"
