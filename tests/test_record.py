from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from marsad.record import SCHEMA, DocInfo, Entity, Record, Span, record_json_schema


def test_span_must_equal_text() -> None:
    text = "قاعدة عين الأسد"
    ok = Record(doc=DocInfo(id="x", text=text), entities=[
        Entity(id="E1", type="FAC", name_ar=text, mentions=[Span(start=0, end=5, text="قاعدة")])])
    assert ok.to_dict()["schema"] == SCHEMA
    with pytest.raises(ValidationError):
        Record(doc=DocInfo(id="x", text=text), entities=[
            Entity(id="E1", type="FAC", name_ar=text, mentions=[Span(start=0, end=5, text="عين")])])
    with pytest.raises(ValidationError):
        Record(doc=DocInfo(id="x", text=text), entities=[
            Entity(id="E1", type="FAC", name_ar=text, mentions=[Span(start=10, end=99, text="الأسد")])])


def test_unknown_fields_and_types_are_refused() -> None:
    with pytest.raises(ValidationError):
        Entity(id="E1", type="THING", name_ar="x")
    with pytest.raises(ValidationError):
        DocInfo(id="x", text="t", colour="red")


def test_json_schema_names_every_section() -> None:
    schema = record_json_schema()
    props = schema["properties"]
    for key in ("schema", "doc", "entities", "times", "quantities", "events", "statements", "claims", "posture"):
        assert key in props
    json.dumps(schema)


def test_round_trip() -> None:
    rec = Record(doc=DocInfo(id="x", text="نص", published="2025-01-02"))
    again = Record.model_validate(json.loads(rec.to_json()))
    assert again == rec
