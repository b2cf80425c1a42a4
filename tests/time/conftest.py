"""Shared helpers for the time-layer tests: run the text and time components on a text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from marsad.doc import Doc
from marsad.pipeline import Pipeline
from marsad.record import Time

@pytest.fixture(scope="session")
def times_of() -> Callable[[str, str | None], list[Time]]:
    """``times_of(text, published)`` → the Time records of the text (text + times components only)."""
    pipe = Pipeline(["text", "times"])

    def run(text: str, published: str | None) -> list[Time]:
        pub = dt.date.fromisoformat(published) if published and published != "-" else None
        return pipe(Doc(text, pub)).times

    return run
