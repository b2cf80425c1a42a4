"""The time layer's data files and modules are documented (NOTICE, README)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = sorted(p.name for p in resources.files("marsad.time.data").iterdir() if p.name.endswith((".tsv", ".json")))


@pytest.mark.parametrize("name", DATA)
def test_data_file_in_notice(name: str) -> None:
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    assert name in notice or (name.startswith("norm_") and "marsad/time/data/norm_*.tsv" in notice)


@pytest.mark.parametrize("module", ["grammar.py", "resolve.py", "firstword.py", "time_for_span", "leads.json",
                                    "rules.tsv", "patterns.tsv", "compare_dateparser.py", "build_time_index.py"])
def test_readme_time_section(module: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Time\n", 1)[1].split("\n## ", 1)[0]
    assert module in section
