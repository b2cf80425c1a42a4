"""The generated dictionary is up to date with its sources, and the reviewed files agree with them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT.parent / "shared" / "data" / "universalpetrarch-arabic"


@pytest.fixture(scope="module")
def build():  # type: ignore[no-untyped-def]
    if not SOURCES.exists():
        pytest.skip("../shared/data not present")
    spec = importlib.util.spec_from_file_location("build_actors", ROOT / "scripts" / "build_actors.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["build_actors"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_dictionary_is_up_to_date(build) -> None:  # type: ignore[no-untyped-def]
    assert build.OUT.read_text(encoding="utf-8") == build.build(), "run scripts/build_actors.py"


def test_reviewed_files_agree_with_sources(build) -> None:  # type: ignore[no-untyped-def]
    assert build.check_reviewed() == []


def test_cleaning_drops_lemma_junk(build) -> None:  # type: ignore[no-untyped-def]
    generic = build.generic_words()
    names = __import__("marsad.actors.romanise", fromlist=["name_table"]).name_table()
    assert build.person_name(["نوري", "المالكي"], generic, names) == "نوري المالكي"
    assert build.person_name(["رئيس", "روسي", "فلاديمير", "بوتين"], generic, names) == "فلاديمير بوتين"
    assert build.person_name(["عبد", "المجيد"], generic, names) is None  # a first name alone
    assert build.person_name(["نور", "الدين"], generic, names) is None  # a compound first name alone
    assert build.org_name(["حزب", "البعث"], generic) == "حزب البعث"
    assert build.org_name(["حزب", "عامل", "كردستاني"], generic) is None  # lemmas, not text
    assert build.clean_codes(["IRQGOV 20101221-20140908", "PSEREB 19840502-18000101"]) == \
        "IRQGOV:20101221-20140908;PSEREB:19840502-"
