"""The ``Doc``: the original text, untouched, and every layer of spans over it.

Components read and write the Doc. Offsets always index ``doc.text``; matching runs
on ``doc.folded`` (see ``marsad.text.normalise``) and maps back.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from .record import Claim, Entity, Event, Posture, Quantity, Span, Statement, Time
from .text.normalise import Folded, fold

__all__ = ["Doc", "Mention", "Token"]


@dataclass(slots=True)
class Token:
    """A word or number with original offsets; ``stem`` is the folded form without proclitics."""

    start: int
    end: int
    text: str
    folded: str
    prefix: str = ""  # folded proclitics split off ("و", "بال" …)
    stem: str = ""  # folded form without the proclitics
    is_digit: bool = False


@dataclass(slots=True)
class Mention:
    """A candidate span found by a component (before entities are linked)."""

    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)
    source: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class Doc:
    text: str
    published: dt.date | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    spans: dict[str, list[Mention]] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # acts told with no doer the text names, not coded as events (see events._with_doers)
    uncoded: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    posture: list[Posture] = field(default_factory=list)
    # entity id for each linked mention, keyed by (start, end)
    mention_entity: dict[tuple[int, int], str] = field(default_factory=dict)
    _folded: Folded | None = None
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)  # derived indexes (bisection keys)

    @property
    def folded(self) -> Folded:
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def span(self, start: int, end: int) -> Span:
        """A record Span over ``doc.text`` (offsets are trusted, text is sliced)."""
        return Span(start=start, end=end, text=self.text[start:end])

    def _sentence_starts(self) -> list[int]:
        # cached per sentence list; components set ``sentences`` once, in the text layer
        cache = self._cache.get("sentence_starts")
        if cache is None or cache[0] is not self.sentences:
            cache = (self.sentences, [s for s, _ in self.sentences])
            self._cache["sentence_starts"] = cache
        return cache[1]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence containing ``offset`` (or the last one before it)."""
        i = bisect_right(self._sentence_starts(), offset) - 1
        if i < 0:
            return self.sentences[0] if self.sentences else (0, len(self.text))
        return self.sentences[i]

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self._sentence_starts(), offset) - 1)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens inside ``[start, end)``, found by bisection over token starts."""
        cache = self._cache.get("token_starts")
        if cache is None or cache[0] is not self.tokens:
            cache = (self.tokens, [t.start for t in self.tokens])
            self._cache["token_starts"] = cache
        i = bisect_left(cache[1], start)
        out = []
        while i < len(self.tokens) and self.tokens[i].start < end:
            if self.tokens[i].end <= end:
                out.append(self.tokens[i])
            i += 1
        return out

    def entity_by_id(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``[start, end)``, longest mention first."""
        best: tuple[int, Entity] | None = None
        for e in self.entities:
            for m in e.mentions:
                if m.start < end and start < m.end:
                    if best is None or (m.end - m.start) > best[0]:
                        best = (m.end - m.start, e)
        return best[1] if best else None

    @property
    def published_iso(self) -> str | None:
        return self.published.isoformat() if self.published else None
