"""The document record ``marsad.document/1`` (shared/spec/RECORD.md) as one typed module.

Every component writes these models onto the ``Doc``; ``Record`` is what the API,
the CLI, the store and the evaluation read. ``Record`` validates that every span's
``text`` equals ``doc.text[start:end]``.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "SCHEMA",
    "Span",
    "Geo",
    "Entity",
    "Time",
    "Quantity",
    "Event",
    "Statement",
    "Claim",
    "Posture",
    "DocInfo",
    "Record",
    "EntityType",
    "EventType",
    "EventStatus",
    "record_json_schema",
]

SCHEMA = "marsad.document/1"

EntityType = Literal["PER", "ORG", "LOC", "FAC"]
Feature = Literal[
    "country", "region", "province", "district", "city", "town", "village",
    "base", "airport", "crossing", "border", "site",
]
Precision = Literal["exact", "town", "province", "country", "region"]
Grain = Literal["day", "week", "month", "quarter", "year", "decade", "century", "interval", "duration"]
Unit = Literal["troops", "personnel", "vehicles", "aircraft", "drones", "killed", "injured", "arrested", "displaced", "other"]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
EventStatus = Literal["occurred", "ongoing", "planned", "negated", "hypothetical"]
PostureStatus = Literal["current", "planned", "former"]
HolderKind = Literal["observers", "analysts", "experts", "others", "sources"]


def _empty() -> list[Any]:
    """A new empty list: the default of list fields. (Not ``list`` itself: to learn whether a
    factory takes arguments pydantic reads its signature, and a builtin's costs milliseconds.)"""
    return []


class _Model(BaseModel):
    # defer_build: each model's validator is built when the model is first used, not at import
    # (start-up: a program that only imports marsad, or only reads records, does not pay for it)
    model_config = ConfigDict(extra="forbid", validate_assignment=False, defer_build=True)


class Span(_Model):
    """A piece of ``doc.text``: code-point offsets, end exclusive, and the text itself."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Geo(_Model):
    lat: float
    lon: float
    feature: Feature
    admin1: str | None = None
    precision: Precision


class Entity(_Model):
    id: str
    type: EntityType
    name_ar: str
    name_en: str | None = None
    kb_id: str | None = None
    actor_code: str | None = None
    country: str | None = None
    role: str | None = None
    geo: Geo | None = None
    mentions: list[Span] = Field(default_factory=_empty)


class Time(_Model):
    id: str
    start: int
    end: int
    text: str
    value: str | None
    grain: Grain
    relative: bool = False
    calendar: Literal["gregorian", "hijri"] = "gregorian"


class Quantity(_Model):
    id: str
    start: int
    end: int
    text: str
    value: float | int | None
    approx: bool = False
    lower: float | int | None = None
    upper: float | int | None = None
    unit: Unit = "other"
    entity: str | None = None


class Event(_Model):
    id: str
    type: EventType
    mode: str | None = None
    trigger: Span
    sentence: Span
    actor: list[str] = Field(default_factory=_empty)
    recipient: list[str] = Field(default_factory=_empty)
    location: list[str] = Field(default_factory=_empty)
    origin: list[str] = Field(default_factory=_empty)
    destination: list[str] = Field(default_factory=_empty)
    time: str | None = None
    date: str | None = None
    status: EventStatus = "occurred"
    quantity: str | None = None
    source: str | None = None
    via: str | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    summary_en: str = ""


class Statement(_Model):
    id: str
    speaker: str | None = None
    speaker_text: Span | None = None
    via: str | None = None
    cue: Span
    content: Span | None = None
    direct: bool = False
    time: str | None = None


class Claim(_Model):
    id: str
    holder: Span
    holder_kind: HolderKind
    content: Span | None = None


class Posture(_Model):
    id: str
    actor: str | None
    location: str | None
    quantity: str | None
    time: str | None = None
    date: str | None = None
    status: PostureStatus = "current"


class DocInfo(_Model):
    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str = "ar"
    text: str


class Record(_Model):
    """One article's record: ``marsad.document/1``."""

    schema_: Literal["marsad.document/1"] = Field(default=SCHEMA, alias="schema")
    doc: DocInfo
    entities: list[Entity] = Field(default_factory=_empty)
    times: list[Time] = Field(default_factory=_empty)
    quantities: list[Quantity] = Field(default_factory=_empty)
    events: list[Event] = Field(default_factory=_empty)
    # acts the text tells with no doer it names ("وطالبت الوزارة …" where no ministry is named), kept for
    # review: a request, a charge or an accord that is nobody's is not coded as an event (an added field)
    uncoded: list[Event] = Field(default_factory=_empty)
    statements: list[Statement] = Field(default_factory=_empty)
    claims: list[Claim] = Field(default_factory=_empty)
    posture: list[Posture] = Field(default_factory=_empty)

    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)

    @model_validator(mode="after")
    def _spans_are_true(self) -> "Record":
        text = self.doc.text
        n = len(text)
        if all(0 <= s.start <= s.end <= n and text[s.start:s.end] == s.text for s in self._span_models()):
            return self  # (the usual case, checked without naming every span)
        for where, start, end, got in self.iter_spans():
            if not (0 <= start <= end <= len(text)) or text[start:end] != got:
                raise ValueError(f"span {where} [{start}:{end}] {got!r} does not equal doc.text[{start}:{end}]")
        return self

    def _span_models(self) -> "list[Span | Time | Quantity]":
        """Every object with start, end and text that ``iter_spans`` reads."""
        out: list[Span | Time | Quantity] = [m for e in self.entities for m in e.mentions]
        out += self.times
        out += self.quantities
        for v in self.events + self.uncoded:
            out += (v.trigger, v.sentence)
        for s in self.statements:
            out += [sp for sp in (s.speaker_text, s.cue, s.content) if sp is not None]
        for c in self.claims:
            out.append(c.holder)
            if c.content is not None:
                out.append(c.content)
        return out

    def iter_spans(self) -> "list[tuple[str, int, int, str]]":
        """Every span in the record, as ``(where, start, end, text)``."""
        out: list[tuple[str, int, int, str]] = []
        for e in self.entities:
            out += [(f"{e.id}.mention", m.start, m.end, m.text) for m in e.mentions]
        for t in self.times:
            out.append((t.id, t.start, t.end, t.text))
        for q in self.quantities:
            out.append((q.id, q.start, q.end, q.text))
        for v in self.events + self.uncoded:
            out += [(f"{v.id}.trigger", v.trigger.start, v.trigger.end, v.trigger.text),
                    (f"{v.id}.sentence", v.sentence.start, v.sentence.end, v.sentence.text)]
        for s in self.statements:
            for name in ("speaker_text", "cue", "content"):
                sp = getattr(s, name)
                if sp is not None:
                    out.append((f"{s.id}.{name}", sp.start, sp.end, sp.text))
        for c in self.claims:
            out.append((f"{c.id}.holder", c.holder.start, c.holder.end, c.holder.text))
            if c.content is not None:
                out.append((f"{c.id}.content", c.content.start, c.content.end, c.content.text))
        return out

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, mode="json")

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None


def record_json_schema() -> dict[str, Any]:
    """JSON Schema of ``Record`` (``marsad schema``)."""
    schema = Record.model_json_schema(by_alias=True)
    schema["$id"] = "https://marsad.invalid/schema/marsad.document-1.json"
    schema["title"] = SCHEMA
    return schema
