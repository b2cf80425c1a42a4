"""The numbers layer's data files, loaded once and folded for matching.

Every table is read from ``marsad/numbers/data/*.tsv`` (``#`` header: source, licence,
FORMAT, EXAMPLE). Keys are tuples of folded words so that multi-word entries
("ما لا يقل عن", "طائرات مسيرة") are matched token by token.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import DataFileError
from ..resources import read_tsv
from ..text.normalise import fold_text

__all__ = [
    "NumberWord",
    "UnitNoun",
    "Lexicon",
    "lexicon",
    "fold_words",
    "UNITS",
]

_DATA = "marsad.numbers.data"

UNITS = frozenset({
    "troops", "personnel", "vehicles", "aircraft", "drones",
    "killed", "injured", "arrested", "displaced", "other",
})
_WORD_KINDS = frozenset({
    "unit", "teenhead", "teen", "ten", "hundred", "scale", "scaleacc", "scaledual",
    "scaleplural", "fraction", "vague",
})
_EFFECTS = frozenset({"approx", "lower", "upper"})
_CONTEXT_KINDS = frozenset({"label", "month", "time", "percent", "change", "nonnoun", "countof", "countnoun"})


def fold_words(phrase: str) -> tuple[str, ...]:
    """A phrase as a tuple of folded words (tatweel and diacritics gone)."""
    return tuple(fold_text(phrase).split())


@dataclass(frozen=True, slots=True)
class NumberWord:
    kind: str
    value: float
    lower: int | None = None
    upper: int | None = None


@dataclass(frozen=True, slots=True)
class UnitNoun:
    unit: str
    lemma: str
    person: bool
    dual: bool = False  # the form itself counts two (قتيلان، جنديين)


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, NumberWord]
    hedges_before: dict[tuple[str, ...], str]
    hedges_after: dict[tuple[str, ...], str]
    triggers: dict[tuple[str, ...], str]  # before the count
    trigger_nouns: frozenset[tuple[str, ...]]  # the noun (masdar) triggers among them
    triggers_after: dict[tuple[str, ...], str]  # right after the counted noun
    units: dict[tuple[str, ...], UnitNoun]
    context: dict[str, dict[tuple[str, ...], str]]
    max_unit_len: int = 1  # words in the longest unit entry
    dual_firsts: frozenset[str] = frozenset()  # first words of dual entries, for a quick test
    # first and last words of each phrase table, to reject most tokens without a lookup
    unit_firsts: dict[str, int] = field(default_factory=dict)  # first word → longest entry
    hedge_lasts: dict[str, tuple[int, ...]] = field(default_factory=dict)  # last word → lengths
    trigger_lasts: dict[str, tuple[int, ...]] = field(default_factory=dict)
    after_firsts: frozenset[str] = frozenset()  # post-hedges and fates
    context_firsts: frozenset[str] = frozenset()  # month, time and percent phrases

    def in_context(self, kind: str, words: tuple[str, ...]) -> bool:
        return words in self.context.get(kind, {})


def _bad(name: str, row: list[str], why: str) -> DataFileError:
    return DataFileError(f"{_DATA}/{name}: {why}: {row!r}")


def _number_words() -> dict[str, NumberWord]:
    out: dict[str, NumberWord] = {}
    for row in read_tsv(_DATA, "number_words.tsv", min_fields=2):
        kind = row[1]
        if kind not in _WORD_KINDS:
            raise _bad("number_words.tsv", row, f"unknown kind {kind!r}")
        if kind == "vague":
            if len(row) < 5:
                raise _bad("number_words.tsv", row, "a vague count needs lower and upper")
            word = NumberWord(kind, 0.0, int(row[3]), int(row[4]))
        else:
            word = NumberWord(kind, float(row[2]))
        out[fold_text(row[0])] = word
    return out


def _phrases(name: str, allowed: frozenset[str], column: int = 1) -> list[tuple[tuple[str, ...], str, list[str]]]:
    rows = []
    for row in read_tsv(_DATA, name, min_fields=column + 1):
        if row[column] not in allowed:
            raise _bad(name, row, f"unknown value {row[column]!r}")
        rows.append((fold_words(row[0]), row[column], row))
    return rows


def _longest_by_first(table: dict[tuple[str, ...], UnitNoun]) -> dict[str, int]:
    out: dict[str, int] = {}
    for key in table:
        out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


def _lengths_by_last(table: dict[tuple[str, ...], str]) -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for key in table:
        out.setdefault(key[-1], set()).add(len(key))
    return {w: tuple(sorted(n, reverse=True)) for w, n in out.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All tables, folded, once per process: the pre-built index when it is current (``marsad.prebuilt``)."""
    from ..prebuilt import load

    lex: Lexicon = load("numbers")
    return lex


def build_lexicon() -> Lexicon:
    """Read and fold every table in ``data/`` (``scripts/build_indexes.py``)."""
    before: dict[tuple[str, ...], str] = {}
    after: dict[tuple[str, ...], str] = {}
    for key, effect, row in _phrases("hedges.tsv", _EFFECTS):
        if len(row) < 3 or row[2] not in ("before", "after"):
            raise _bad("hedges.tsv", row, "position must be before or after")
        (before if row[2] == "before" else after)[key] = effect
    triggers: dict[tuple[str, ...], str] = {}
    triggers_after: dict[tuple[str, ...], str] = {}
    nouns: set[tuple[str, ...]] = set()
    for key, unit, row in _phrases("triggers.tsv", UNITS):
        if len(row) < 4 or row[2] not in ("noun", "verb") or row[3] not in ("before", "after"):
            raise _bad("triggers.tsv", row, "expected pos noun|verb and position before|after")
        if row[3] == "after":
            triggers_after[key] = unit
            continue
        triggers[key] = unit
        if row[2] == "noun":
            nouns.add(key)
    units: dict[tuple[str, ...], UnitNoun] = {}
    for key, unit, row in _phrases("units.tsv", UNITS):
        if len(row) < 4 or row[3] not in ("person", "thing"):
            raise _bad("units.tsv", row, "class must be person or thing")
        if len(row) > 4 and row[4] not in ("", "dual"):
            raise _bad("units.tsv", row, "the fifth field may only be 'dual'")
        units[key] = UnitNoun(unit, row[2], row[3] == "person", len(row) > 4 and row[4] == "dual")
    context: dict[str, dict[tuple[str, ...], str]] = {k: {} for k in _CONTEXT_KINDS}
    for key, kind, _ in _phrases("context.tsv", _CONTEXT_KINDS):
        context[kind][key] = kind
    return Lexicon(
        _number_words(), before, after, triggers, frozenset(nouns), triggers_after, units, context,
        max_unit_len=max((len(k) for k in units), default=1),
        dual_firsts=frozenset(k[0] for k, u in units.items() if u.dual),
        unit_firsts=_longest_by_first(units),
        hedge_lasts=_lengths_by_last(before),
        trigger_lasts=_lengths_by_last(triggers),
        after_firsts=frozenset(k[0] for k in (*after, *triggers_after)),
        context_firsts=frozenset(k[0] for kind in ("month", "time", "percent") for k in context[kind]),
    )
