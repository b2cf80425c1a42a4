"""The grammar as data: every rule's example is a test; the loader stops on bad data."""

from __future__ import annotations

import pytest

from marsad.errors import DataFileError
from marsad.resources import read_text
from marsad.text.normalise import fold_text
from marsad.time import grammar as grammar_module
from marsad.time.grammar import DATA_PACKAGE, Grammar, grammar_data_files, load_grammar, time_view

GRAMMAR = load_grammar()
EXAMPLE_PUBLISHED = "2025-08-19"  # rules.tsv: examples are read as published on this day


@pytest.mark.parametrize("rule", GRAMMAR.rules, ids=[r.name for r in GRAMMAR.rules])
def test_rule_reads_its_example(rule, times_of) -> None:  # type: ignore[no-untyped-def]
    view = time_view(fold_text(rule.example)).text
    assert rule.regex.search(view), f"rule {rule.name} does not match its own example {rule.example!r}"
    got = [(t.text, t.value) for t in times_of(rule.example, EXAMPLE_PUBLISHED)]
    assert any(v == rule.example_value for _, v in got), f"{rule.name}: {rule.example!r} → {got}, want {rule.example_value}"


def test_rule_names_are_unique_and_ordered() -> None:
    names = [r.name for r in GRAMMAR.rules]
    assert len(names) == len(set(names))
    assert [r.order for r in GRAMMAR.rules] == list(range(len(names)))


@pytest.mark.parametrize("name", grammar_data_files() + ["context.tsv", "ranges.tsv"])
def test_data_file_has_header(name: str) -> None:
    text = read_text(DATA_PACKAGE, name)
    header = [line for line in text.splitlines() if line.startswith("#")]
    joined = "\n".join(header)
    assert text.startswith("#"), name
    for needed in ("Source", "Licence", "FORMAT:", "EXAMPLE:"):
        assert needed in joined, f"{name}: header lacks {needed}"


@pytest.mark.parametrize(
    ("table", "text", "value"),
    [
        ("month", "ايلول", "09"),
        ("month", "ايلول/سبتمبر", "09"),
        ("month", "سبتمبر (ايلول)", "09"),
        ("month", "تشرين  الاول", "10"),
        ("hmonth", "ذي الحجه", "12"),
        ("day", "الخامس عشر", "15"),
        ("day", "الحادي والعشرين", "21"),
        ("day", "ال27", "27"),
        ("day", "32", None),
        ("n", "خمسه عشر", "15"),
        ("n", "ثلاثه وعشرين", "23"),
        ("n", "الستين", "60"),
        ("year", "2024", "2024"),
        ("year", "2500", None),
        ("hyear", "1446", "1446"),
        ("unit", "الاسبوع", "W"),
        ("unit", "عامين", "Y"),
        ("dir", "قبل الماضي", "-2"),
        ("weekday", "الاحد", "7"),
        ("decade", "ثمانين", "8"),
        ("century", "الحادي والعشرين", "20"),
    ],
)
def test_normalisers(table: str, text: str, value: str | None) -> None:
    assert GRAMMAR.normalise(table, text) == value


def _grammar_with(monkeypatch: pytest.MonkeyPatch, name: str, rows: list[list[str]]) -> Grammar:
    real = grammar_module.read_tsv

    def fake(package: str, fname: str, min_fields: int = 1) -> list[list[str]]:
        return rows if fname == name else real(package, fname, min_fields)

    monkeypatch.setattr(grammar_module, "read_tsv", fake)
    return Grammar(check=True)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["r1", "{no_such_pattern}", "2024", "x", "2024"], "unknown pattern {no_such_pattern}"),
        (["r2", "(?P<year>{yyyy}", "{year}", "x", "2024"], "bad regex"),
        (["r3", "{yyyy}", "{year}", "x", "2024"], "does not capture"),
    ],
)
def test_bad_rules_stop_loading_and_name_the_rule(monkeypatch: pytest.MonkeyPatch, row: list[str], message: str) -> None:
    with pytest.raises(DataFileError) as err:
        _grammar_with(monkeypatch, "rules.tsv", [row])
    assert message in str(err.value) and row[0] in str(err.value)


def test_patterns_may_not_name_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DataFileError, match="named group"):
        _grammar_with(monkeypatch, "patterns.tsv", [["bad", "(?P<x>a)"]])


@pytest.mark.parametrize(
    ("folded", "view"),
    [("للعام", "لالعام"), ("وللسنة", "ولالسنة"), ("العام", "العام"), ("الله", "الله")],
)
def test_time_view_writes_the_article_out(folded: str, view: str) -> None:
    v = time_view(folded)
    assert v.text == view
    s, e = v.folded_span(0, len(v.text))
    assert (s, e) == (0, len(folded))


def test_every_rule_compiles() -> None:
    Grammar(check=True)  # raises DataFileError naming the rule on a bad regex
