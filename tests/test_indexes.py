"""The shipped pre-built indexes (marsad/prebuilt.py): current, equal to a fresh build from
the TSVs, and never trusted when they are not."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

import pytest

from marsad import prebuilt

NAMES = sorted(prebuilt.INDEXES)
REBUILD = "stale: run  .venv/bin/python scripts/build_indexes.py  (and commit marsad/data/indexes/)"


def canon(obj: Any, memo: dict[int, tuple[Any, Any]] | None = None) -> Any:
    """A plain, comparable form of a built index: containers by content, objects by type and fields,
    automata by their items, patterns by source and flags, lazy tables by what they hold."""
    memo = {} if memo is None else memo  # id -> (object, canon): the object is held so that its id stays its own
    if obj is None or isinstance(obj, (bool, int, float, str, bytes)):
        return obj
    if id(obj) in memo:
        return memo[id(obj)][1]
    memo[id(obj)] = (obj, ("<cycle>", type(obj).__name__))
    c = lambda x: canon(x, memo)  # noqa: E731
    out: Any
    if isinstance(obj, re.Pattern):
        out = ("re", obj.pattern, obj.flags)
    elif type(obj).__name__ == "Automaton":
        out = ("aho", obj.kind, obj.store, sorted(((k, c(v)) for k, v in obj.items()), key=repr))
    elif isinstance(obj, Mapping):
        out = ("map", sorted(((c(k), c(v)) for k, v in obj.items()), key=repr))
    elif isinstance(obj, (set, frozenset)):
        out = ("set", sorted((c(x) for x in obj), key=repr))
    elif isinstance(obj, (list, tuple)) or (hasattr(obj, "__len__") and hasattr(obj, "__iter__")):
        out = ("seq", [c(x) for x in obj])
    elif dataclasses.is_dataclass(obj):
        out = (type(obj).__qualname__, [(f.name, c(getattr(obj, f.name))) for f in dataclasses.fields(obj)])
    elif callable(obj):
        out = ("fn", getattr(obj, "__qualname__", repr(obj)))
    else:
        state = dict(getattr(obj, "__dict__", {}))
        for slot in getattr(type(obj), "__slots__", ()):
            if hasattr(obj, slot):
                state[slot] = getattr(obj, slot)
        out = (type(obj).__qualname__, sorted(((k, c(v)) for k, v in state.items()), key=repr))
    memo[id(obj)] = (obj, out)
    return out


@pytest.mark.parametrize("name", NAMES)
def test_index_is_current(name: str) -> None:
    assert prebuilt.read_index(name).startswith(prebuilt.header(name)), f"index {name!r} is {REBUILD}"


@pytest.mark.parametrize("name", NAMES)
def test_index_equals_a_fresh_build(name: str) -> None:
    """Catches what the fingerprint cannot: a builder that reads code or data not listed as its input."""
    if not prebuilt.read_index(name).startswith(prebuilt.header(name)):
        pytest.skip("stale (test_index_is_current fails)")
    assert canon(prebuilt.load(name)) == canon(prebuilt.INDEXES[name].build()), f"index {name!r} is {REBUILD}"


def test_inputs_exist_and_builders_resolve() -> None:
    for index in prebuilt.INDEXES.values():
        prebuilt.fingerprint(index)  # raises on a missing input
        module, _, func = index.builder.partition(":")
        assert callable(getattr(__import__(module, fromlist=[func]), func))


def test_stale_index_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    built = []
    real = prebuilt.Index.build
    monkeypatch.setattr(prebuilt.Index, "build", lambda self: built.append(self.name) or real(self))
    monkeypatch.setattr(prebuilt, "header", lambda name: b"marsad-index/0 other inputs\n")
    lex = prebuilt.load("numbers")
    assert built == ["numbers"]
    assert canon(lex) == canon(real(prebuilt.INDEXES["numbers"]))


def test_unreadable_index_is_rebuilt(monkeypatch: pytest.MonkeyPatch) -> None:
    head = prebuilt.header("numbers")
    monkeypatch.setattr(prebuilt, "read_index", lambda name: head + b"not a pickle")
    assert canon(prebuilt.load("numbers")) == canon(prebuilt.INDEXES["numbers"].build())


def test_automaton_of_another_pyahocorasick_build_is_rebuilt(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = canon(prebuilt.INDEXES["attribution"].build())
    monkeypatch.setattr(prebuilt, "_ahocorasick_build", lambda: "another build")
    assert canon(prebuilt.load("attribution")) == expected


def test_patterns_of_another_re_engine_are_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    rx = re.compile(r"(?P<day>\d{1,2})\s+(?P<month>يناير|فبراير)")
    data = prebuilt.dumps(rx)
    monkeypatch.setattr(prebuilt, "_re_engine", lambda: "another engine")
    import pickle

    again = pickle.loads(data)
    assert (again.pattern, again.flags, dict(again.groupindex)) == (rx.pattern, rx.flags, dict(rx.groupindex))


@pytest.mark.parametrize("pattern,flags,text", [
    (r"(?P<day>\d{1,2})\s+(?P<month>يناير|فبراير)(?:\s+(?P<year>\d{4}))?", 0, "في 12 يناير 2024 و3 فبراير"),
    (r"(?<!\w)(?:و|ف|ب|ل)?(?P<_body>الاحد|الاثنين)(?:(?<=\W)|(?!\w))", 0, "وصل يوم الاحد والاثنين"),
    (r"[a-z]+\d*", re.IGNORECASE, "Abc12 def XYZ"),
    (r"^(\w+)\s*=\s*(.*)$", re.MULTILINE, "a = 1\nbb= two\n"),
])
def test_pattern_from_stored_code_matches_like_re(pattern: str, flags: int, text: str) -> None:
    import pickle

    rx = re.compile(pattern, flags)
    again = pickle.loads(prebuilt.dumps(rx))
    assert again is not rx and (again.pattern, again.flags, again.groups) == (rx.pattern, rx.flags, rx.groups)
    assert [m.groupdict() or m.groups() for m in again.finditer(text)] == \
        [m.groupdict() or m.groups() for m in rx.finditer(text)]
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_time_rules_from_the_index_match_like_re() -> None:
    from marsad.text.normalise import fold_text
    from marsad.time.grammar import time_view

    grammar = prebuilt.load("time")
    assert all(p is not None for p in grammar._compiled)  # every rule ships compiled
    texts = [time_view(fold_text(r.example)).text for r in grammar.rules if r.example]
    for rule, rx in zip(grammar.rules, grammar._compiled):
        fresh = re.compile(rx.pattern, rx.flags)
        for text in texts:
            assert [m.groupdict() for m in rx.finditer(text)] == [m.groupdict() for m in fresh.finditer(text)], rule.name


def test_equal_frozen_values_are_stored_once() -> None:
    import pickle

    from marsad.events.lexicon import StatusCue

    a, b = StatusCue("قال", "occurred", "past"), StatusCue("قال", "occurred", "past")
    x, y = pickle.loads(prebuilt.dumps([a, b]))
    assert x == a and x is y
