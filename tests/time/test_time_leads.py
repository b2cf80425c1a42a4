"""The shipped index of opening words (leads.json) is current and loses no match."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from marsad.resources import read_text
from marsad.text.normalise import fold_text
from marsad.time.grammar import DATA_PACKAGE, LEADS_FILE, Grammar, grammar_hash, load_grammar, time_view

ROOT = Path(__file__).resolve().parents[2]


def test_leads_json_is_current() -> None:
    """Rebuild in memory (scripts/build_time_index.py) and compare with the shipped file."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_time_index import build
    finally:
        sys.path.pop(0)
    shipped = json.loads(read_text(DATA_PACKAGE, LEADS_FILE))
    assert shipped["grammar"] == grammar_hash(), "run scripts/build_time_index.py"
    assert shipped == json.loads(json.dumps(build())), "run scripts/build_time_index.py"


def _texts() -> list[str]:
    texts = [line.split("\t")[0] for line in (ROOT / "tests/time/expressions.tsv").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    texts += [r.example for r in load_grammar().rules]
    return texts


def test_indexed_scan_equals_scanning_every_rule_everywhere() -> None:
    fast = load_grammar()
    slow = Grammar()
    slow._index = {}  # no index: every rule runs over the whole text (the reference)
    slow._slow = tuple(slow.rules)
    text = "\n".join(_texts())
    view = time_view(fold_text(text)).text
    got = [(h.start, h.end, h.rule.name, h.value) for h in fast.scan(view)]
    want = [(h.start, h.end, h.rule.name, h.value) for h in slow.scan(view)]
    assert got == want


def test_every_rule_opens_with_listed_words() -> None:
    assert all(r.leads for r in load_grammar().rules)
