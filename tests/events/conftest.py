"""Fixtures for the event tests (helpers in event_helpers.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_helpers import make_reader

from marsad.doc import Doc


@pytest.fixture(scope="session")
def read() -> Callable[..., Doc]:
    return make_reader()
