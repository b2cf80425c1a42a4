"""Fixtures for the actors layer: a pipeline up to entity linking (places + actors + entities)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.api import Extractor
from marsad.doc import Doc, Mention

Run = Callable[..., Doc]


@pytest.fixture(scope="session")
def run() -> Run:
    ex = Extractor(disable=("times", "numbers", "attribution", "events", "posture", "summaries"))

    def _run(text: str, published: str | None = "2025-08-19") -> Doc:
        return ex.pipeline(ex.make_doc(text, published))

    return _run


def actor_at(doc: Doc, surface: str) -> Mention:
    """The actor mention whose text is ``surface`` (first occurrence)."""
    for m in doc.spans.get("actors", []):
        if doc.text[m.start:m.end] == surface:
            return m
    found = [doc.text[m.start:m.end] for m in doc.spans.get("actors", [])]
    raise AssertionError(f"no actor mention {surface!r}; found {found}")


def actor_texts(doc: Doc, label: str | None = None) -> list[str]:
    """The text of every actor mention, or of those with ``label`` (PER, ORG …)."""
    return [doc.text[m.start:m.end] for m in doc.spans.get("actors", []) if label is None or m.label == label]


def entity_of(doc: Doc, surface: str):  # type: ignore[no-untyped-def]
    for e in doc.entities:
        if any(m.text == surface for m in e.mentions):
            return e
    raise AssertionError(f"no entity with mention {surface!r}; entities {[ [m.text for m in e.mentions] for e in doc.entities]}")
