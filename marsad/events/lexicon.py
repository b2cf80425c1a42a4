"""The event lexicons, loaded from ``data/*.tsv`` and compiled once into matchers.

``triggers.tsv`` lists each verb by its stems and each verbal noun once; ``morph``
expands them into every surface form. ``status.tsv`` lists the words that set an
event's status; ``classes.tsv`` the word classes that triggers require or that set a
mode; ``context.tsv`` the neighbouring words that block or re-read a trigger.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import DataFileError
from ..resources import read_tsv
from ..text.matcher import PhraseMatcher, fold_key
from ..text.normalise import fold_text
from .morph import PRONOUN_SUFFIXES, noun_forms, verb_forms

__all__ = ["Trigger", "StatusCue", "ContextRule", "Lexicon", "lexicon", "strip_word", "word_stems"]

_PKG = "marsad.events.data"
TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "BLOCK",
}


@dataclass(frozen=True, slots=True)
class Trigger:
    """One surface form of a trigger entry."""

    lemma: str
    pos: str  # "V" verb, "N" noun (phrases are typed by their head: VP → V, NP → N)
    type: str
    mode: str | None
    frame: str
    gen: str  # what a noun's genitive is: "actor" or "object"
    needs: str | None
    tense: str | None  # past / present / future for verb forms, else None


@dataclass(frozen=True, slots=True)
class StatusCue:
    lemma: str
    kind: str  # occurred | ongoing | planned | negated | hypothetical | aux | begin | end
    tense: str | None


@dataclass(frozen=True, slots=True)
class ContextRule:
    side: str  # "next" or "prev"
    width: int
    words: frozenset[str]
    classes: tuple[str, ...]
    action: str  # "block" or "TYPE/mode[/frame]"


@dataclass
class Lexicon:
    triggers: PhraseMatcher[Trigger]
    status: PhraseMatcher[StatusCue]
    classes: dict[str, frozenset[str]]
    context: dict[str, list[ContextRule]] = field(default_factory=dict)

    def in_class(self, word_stem: str, name: str) -> bool:
        return word_stem in self.classes.get(name, frozenset())

    def any_in_class(self, word_stems: tuple[str, ...], name: str) -> bool:
        """Some of ``word_stems`` is in the class (one C call per class)."""
        return not self.classes.get(name, frozenset()).isdisjoint(word_stems)


@lru_cache(maxsize=65536)
def _strip_word(folded: str) -> tuple[str, ...]:
    return tuple(_strip_word_uncached(folded))


def strip_word(folded: str) -> list[str]:
    """Readings of a folded word without proclitics, article and attached pronoun (longest first)."""
    return list(_strip_word(folded))


def word_stems(folded: str) -> tuple[str, ...]:
    """``strip_word`` as a tuple, shared between calls (cached per word form): for membership
    tests in loops over tokens (``table.isdisjoint(word_stems(f))``), which need no copy."""
    return _strip_word(folded)


def _strip_word_uncached(folded: str) -> list[str]:
    from ..text.tokenise import clitic_splits

    out: list[str] = []
    for _p, rest in clitic_splits(folded):
        for r in (rest, rest[2:] if rest.startswith("ال") and len(rest) > 4 else None):
            if not r:
                continue
            out.append(r)
            for s in PRONOUN_SUFFIXES:
                if r.endswith(s) and len(r) - len(s) >= 2:
                    base = r[: -len(s)]
                    out.append(base)
                    if base.endswith("ت"):
                        out.append(base[:-1] + "ه")  # قوته → قوه
    return list(dict.fromkeys(out))


def _expand(pos: str, forms: str) -> list[tuple[str, str | None]]:
    """Surface forms (folded) with tense, for one lexicon row."""
    out: list[tuple[str, str | None]] = []
    head, _, tail = forms.partition("+")
    head, tail = head.strip(), " ".join(tail.split())
    if pos in ("V", "VP"):
        if "|" not in head:
            raise ValueError(f"verb forms must be past|present, got {head!r}")
        past, present = head.split("|", 1)
        for f, tense in verb_forms(past, present):
            out.append((f + (" " + fold_text(tail) if tail else ""), tense))
    elif pos in ("N",):
        for n in head.split(","):
            out += [(f, None) for f in noun_forms(n.strip())]
    elif pos in ("NP", "X"):
        out.append((fold_text(head), None))
    else:
        raise ValueError(f"unknown pos {pos!r}")
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Every event lexicon, once per process: the pre-built index when it is current (``marsad.prebuilt``)."""
    from ..prebuilt import load

    lex: Lexicon = load("events")
    return lex


def build_lexicon() -> Lexicon:
    """Load and compile every event lexicon from ``data/`` (``scripts/build_indexes.py``)."""
    entries: list[tuple[str, Trigger]] = []
    for lineno, row in enumerate(read_tsv(_PKG, "triggers.tsv", min_fields=9), 1):
        lemma, pos, forms, typ, mode, frame, gen, needs = row[:8]
        if typ not in TYPES:
            raise DataFileError(f"{_PKG}/triggers.tsv row {lineno} ({lemma}): unknown type {typ!r}")
        try:
            expanded = _expand(pos, forms)
        except ValueError as exc:
            raise DataFileError(f"{_PKG}/triggers.tsv row {lineno} ({lemma}): {exc}") from exc
        kind = "V" if pos in ("V", "VP") else "N"
        for surface, tense in expanded:
            entries.append((surface, Trigger(lemma, kind, typ, None if mode == "-" else mode,
                                             frame, gen, None if needs == "-" else needs, tense)))
    # (one surface, one verb's past and another's present: تسلّم "received" and تُسلّم "hands over" —
    # the past reading first, as for the status cues below)
    entries.sort(key=lambda e: e[1].tense == "present")
    triggers: PhraseMatcher[Trigger] = PhraseMatcher(entries, suffixes=PRONOUN_SUFFIXES, whole_first=True)

    cues: list[tuple[str, StatusCue]] = []
    for row in read_tsv(_PKG, "status.tsv", min_fields=4):
        lemma, pos, forms, kind = row[:4]
        if pos == "W":
            cues.append((forms, StatusCue(lemma, kind, None)))
        else:
            for surface, tense in _expand("V", forms):
                cues.append((surface, StatusCue(lemma, kind, tense)))
    # one folded surface may be one verb's past and another's first person present (أجرى / أُجري of
    # جرى): news narrates in the third person, so the past reading comes first
    cues.sort(key=lambda e: e[1].tense != "past")
    status: PhraseMatcher[StatusCue] = PhraseMatcher(cues, suffixes=("ه", "ها", "هم"))

    classes: dict[str, frozenset[str]] = {}
    for row in read_tsv(_PKG, "classes.tsv", min_fields=2):
        classes[row[0]] = frozenset(fold_key(w) for w in row[1].split(",") if w.strip())

    context: dict[str, list[ContextRule]] = {}
    for row in read_tsv(_PKG, "context.tsv", min_fields=4):
        lemma, window, words, action = row[:4]
        side, width = window[:4], int(window[4:])
        ws = [w.strip() for w in words.split(",") if w.strip()]
        context.setdefault(lemma, []).append(ContextRule(
            side, width, frozenset(fold_key(w) for w in ws if not w.startswith("@")),
            tuple(w[1:] for w in ws if w.startswith("@")), action))
    return Lexicon(triggers, status, classes, context)
