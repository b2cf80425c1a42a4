"""Shared fixtures: the seed article and the gold directory (skipped when ../shared is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_2c74d125c6dd2263.txt"
GOLD_DEV = SHARED / "gold" / "dev"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed not present")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    path = GOLD_DEV / "seed.gold.json"
    if not path.exists():
        pytest.skip("../shared/gold/dev not present")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_record(seed_text):
    import marsad

    return marsad.extract(seed_text, published="2025-08-19", id="seed")
