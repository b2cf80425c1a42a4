"""OpenAPI-driven property test (schemathesis): every endpoint, generated inputs.

Each generated request must get an answer that the schema documents (status code,
content type, body shape) and never a server error. Bounded: a few examples per
operation, so the whole file runs in seconds.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from marsad.store import open_store  # noqa: E402
from marsad.web import Settings, create_app  # noqa: E402

from .conftest import TOKEN, fill  # noqa: E402

warnings.filterwarnings("ignore", message=".*httpx.*")

_store = fill(open_store(":memory:"))
app = create_app(_store, Settings(token=TOKEN))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=5, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture])
def test_api_conforms_to_its_schema(case: Any) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    excluded = []
    if case.method == "POST":
        # The schema cannot say "text with words in it" or "a day that exists": white space,
        # markup only or 2025-02-31 are schema-valid and rightly refused (422, numbered error).
        excluded.append(schemathesis.checks.positive_data_acceptance)
    case.call_and_validate(headers=headers, excluded_checks=excluded)
