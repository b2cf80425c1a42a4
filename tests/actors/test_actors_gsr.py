"""Entity recall and precision against the actor spans of the Arabic event GSR (2007-2008 newswire).

The spans mark the source and target actors of ASSAULT and PROTEST events. Recall is the
share of institutional actor spans (a country or an agent role other than civilians) that
an entity mention overlaps; "precision" is the share of ORG/PER mentions that overlap some
event participant - a floor, since the GSR marks only event participants.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

GSR = Path(__file__).resolve().parents[3] / "shared" / "data" / "arabic-event-gsr"
INSTITUTIONAL = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "PTY", "REB", "IGO", "MED", "OPP", "UAF", "IMG", "BUS"}


def _gold_spans(item: dict) -> list[tuple[int, int, bool]]:
    text = item["text"]
    out = []
    for sp in item["spans"]:
        for side in ("source", "target"):
            toks = [t for t in sp[f"{side}_actor"] if re.search(r"\w", t)]
            role = sp[f"{side}_role"]
            if not toks or not isinstance(role, dict):
                continue
            m = re.search(r"\W+".join(re.escape(t) for t in toks), text)
            if m:
                main, r = role.get("main"), role.get("role")
                inst = r in INSTITUTIONAL or (main not in (None, "None") and r != "CVL")
                out.append((m.start(), m.end(), inst))
    return sorted(set(out))


def test_gsr_actor_spans(run) -> None:  # type: ignore[no-untyped-def]
    files = sorted(GSR.glob("*_spans*.json")) if GSR.exists() else []
    if not files:
        pytest.skip("../shared/data/arabic-event-gsr not present")
    gold_n = hit = pred = pred_ok = 0
    for f in files:
        for item in json.loads(f.read_text(encoding="utf-8")):
            doc = run(item["text"], None)
            mentions = doc.spans.get("mentions", [])
            spans = _gold_spans(item)
            for s, e, inst in spans:
                if inst:
                    gold_n += 1
                    hit += any(m.start < e and s < m.end for m in mentions)
            for m in mentions:
                if m.label in ("ORG", "PER"):
                    pred += 1
                    pred_ok += any(m.start < e and s < m.end for s, e, _ in spans)
    recall, precision = hit / gold_n, pred_ok / max(pred, 1)
    print(f"\nGSR actor spans: recall {hit}/{gold_n} = {recall:.3f}; "
          f"ORG/PER mentions on event participants {pred_ok}/{pred} = {precision:.3f}")
    assert recall >= 0.5
    assert precision >= 0.35
