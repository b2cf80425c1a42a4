"""Fixtures for the attribution tests: the event tests' reader, entities given by hand."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "events"))
from event_helpers import make_reader  # noqa: E402

from marsad.doc import Doc  # noqa: E402


@pytest.fixture(scope="session")
def read() -> Callable[..., Doc]:
    return make_reader()
