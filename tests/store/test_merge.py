"""Merging reports across articles: the pair rule, complete-link grouping, conflicts,
and pairwise precision/recall on a small gold of which reports are one event."""

from __future__ import annotations

import random
from itertools import combinations
from typing import Any

import pytest

from marsad.merge import merge_reports, pair_score, pairwise_scores, report_interval, same_event
from marsad.store.dates import grain_of, iso_bounds

ENTITIES: dict[str, dict[str, Any]] = {
    "usmil": {"key": "usmil", "type": "ORG", "actor_code": "USAMIL", "country": "US"},
    "usgov": {"key": "usgov", "type": "ORG", "actor_code": "USAGOV", "country": "US"},
    "washington": {"key": "washington", "type": "LOC", "country": "US", "feature": "city"},
    "turmil": {"key": "turmil", "type": "ORG", "actor_code": "TURMIL", "country": "TR"},
    "pkk": {"key": "pkk", "type": "ORG", "actor_code": "TURREBPKK", "country": "TR"},
    "iraqgov": {"key": "iraqgov", "type": "ORG", "actor_code": "IRQGOV", "country": "IQ"},
    "coalition": {"key": "coalition", "type": "ORG", "actor_code": "IGOCOA", "country": None},
    "asad": {"key": "asad", "type": "FAC", "country": "IQ", "feature": "base", "admin1": "Anbar"},
    "harir": {"key": "harir", "type": "FAC", "country": "IQ", "feature": "base", "admin1": "Erbil"},
    "anbar": {"key": "anbar", "type": "LOC", "country": "IQ", "feature": "province", "admin1": "Anbar"},
    "iraq": {"key": "iraq", "type": "LOC", "country": "IQ", "feature": "country"},
    "zilkan": {"key": "zilkan", "type": "FAC", "country": "IQ", "feature": "base", "admin1": "Nineveh"},
    "tanf": {"key": "tanf", "type": "FAC", "country": "SY", "feature": "base", "admin1": "Homs"},
}


def rep(id: str, type: str = "RETREAT", date: str | None = "2025-08-19", *, published: str = "2025-08-19",
        outlet: str | None = None, status: str = "occurred", mode: str | None = None, quantity: float | None = None,
        unit: str | None = None, **roles: list[str]) -> dict[str, Any]:
    start, end = iso_bounds(date)
    return {"id": id, "doc_id": id.split("/")[0], "type": type, "mode": mode, "status": status, "date": date,
            "grain": grain_of(date), "date_start": start, "date_end": end, "published": published,
            "outlet": outlet or id.split("/")[0], "quantity": quantity, "quantity_lower": None, "quantity_upper": None,
            "quantity_approx": 0, "quantity_unit": unit if quantity is not None else None, "quantity_text": None,
            "roles": {r: roles.get(r, []) for r in ("actor", "recipient", "location", "origin", "destination")},
            "summary_en": f"{type} {id}", "confidence": 0.8}


@pytest.mark.parametrize("a, b, same", [
    # One withdrawal, told by two outlets, one a day later about "yesterday".
    (rep("d1/V1", actor=["usmil"], origin=["asad"]),
     rep("d2/V1", actor=["usmil"], origin=["asad"], published="2025-08-20"), True),
    # A report dated by its publication day may be a day late.
    (rep("d1/V1", actor=["usmil"], origin=["asad"]),
     rep("d2/V1", "RETREAT", "2025-08-20", published="2025-08-20", actor=["usmil"], origin=["asad"]), True),
    # Same actor, same day, different bases: two withdrawals.
    (rep("d1/V1", actor=["usmil"], origin=["asad"]), rep("d2/V1", actor=["usmil"], origin=["harir"]), False),
    # A base inside the country named by the other report, US forces ~ Washington.
    (rep("d1/V1", actor=["usmil"], origin=["asad"]), rep("d2/V1", actor=["washington"], origin=["iraq"]), True),
    # A state's army and a rebel group of that country are not one actor.
    (rep("d1/V1", "RETREAT", "2025-10", actor=["turmil"], origin=["zilkan"]),
     rep("d2/V1", "RETREAT", "2025-10", actor=["pkk"], origin=["zilkan"]), False),
    # Different types never merge.
    (rep("d1/V1", actor=["usmil"], origin=["asad"]), rep("d2/V1", "MOBILIZE", actor=["usmil"], origin=["asad"]), False),
    # Explicit day dates that differ: two attacks.
    (rep("d1/V1", "ASSAULT", "2025-09-10", published="2025-09-11", location=["harir"]),
     rep("d2/V1", "ASSAULT", "2025-09-12", published="2025-09-13", location=["harir"]), False),
    # A month-grain plan and the day it happened overlap.
    (rep("d1/V1", "RETREAT", "2025-09", status="planned", actor=["usmil"], origin=["asad"], published="2025-08-01"),
     rep("d2/V1", "RETREAT", "2025-09-15", actor=["usmil"], origin=["asad"], published="2025-09-15"), True),
    # Year grain on both sides needs a shared key, not just related places.
    (rep("d1/V1", "RETREAT", "2026", status="planned", actor=["usgov"], origin=["iraq"]),
     rep("d2/V1", "RETREAT", "2026", status="planned", actor=["usmil"], origin=["harir"]), False),
    # Nothing but type and date in common: not enough.
    (rep("d1/V1", "PROTEST", "2025-08-19"), rep("d2/V1", "PROTEST", "2025-08-19"), False),
    # Modes that differ.
    (rep("d1/V1", mode="withdraw", actor=["usmil"], origin=["asad"]),
     rep("d2/V1", mode="other", actor=["usmil"], origin=["asad"]), False),
])
def test_pair_rule(a, b, same):
    assert same_event(a, b, ENTITIES) == same
    assert pair_score(b, a, ENTITIES) == pair_score(a, b, ENTITIES)  # symmetric


def test_report_interval_widens_only_publication_dates():
    assert report_interval(rep("d/V1", "X", "2025-08-19")) == (iso_date("2025-08-18"), iso_date("2025-08-19"))
    assert report_interval(rep("d/V1", "X", "2025-08-18")) == (iso_date("2025-08-18"), iso_date("2025-08-18"))
    assert report_interval(rep("d/V1", "X", None)) == (iso_date("2025-08-05"), iso_date("2025-08-19"))


def iso_date(s: str):
    import datetime as dt

    return dt.date.fromisoformat(s)


# A small gold: reports (one per article) and which of them are the same real event.
GOLD_REPORTS = [
    # Event A: the US withdrawal from Ain al-Asad, 19 Aug, three outlets (one undated, one via Washington).
    (rep("a1/V1", actor=["usmil"], origin=["asad"], status="ongoing"), "A"),
    (rep("a2/V1", "RETREAT", "2025-08-19", published="2025-08-20", actor=["usmil"], origin=["asad"]), "A"),
    (rep("a3/V1", "RETREAT", None, published="2025-08-21", actor=["washington"], origin=["anbar"]), "A"),
    # Event B: the same day, a withdrawal from Harir: distinct.
    (rep("b1/V1", actor=["usmil"], origin=["harir"]), "B"),
    # Events C and D: two drone attacks on Harir two days apart.
    (rep("c1/V1", "ASSAULT", "2025-09-10", published="2025-09-11", location=["harir"]), "C"),
    (rep("c2/V1", "ASSAULT", "2025-09-10", published="2025-09-10", location=["harir"]), "C"),
    (rep("d1/V1", "ASSAULT", "2025-09-12", published="2025-09-12", location=["harir"]), "D"),
    # Event E: full withdrawal claimed, and denied the next day.
    (rep("e1/V1", "RETREAT", "2025-09-05", published="2025-09-05", actor=["usmil"], origin=["asad"]), "E"),
    (rep("e2/V1", "RETREAT", "2025-09-05", published="2025-09-06", status="negated", actor=["usmil"], origin=["asad"]), "E"),
    # Event F: troops moved to Harir, two counts.
    (rep("f1/V1", "MOBILIZE", "2025-08-20", published="2025-08-20", actor=["usmil"], destination=["harir"],
         quantity=500, unit="troops"), "F"),
    (rep("f2/V1", "MOBILIZE", "2025-08-20", published="2025-08-21", actor=["usmil"], destination=["harir"],
         quantity=800, unit="troops"), "F"),
    # Events G and H: the Turkish army and the PKK leave Zilkan the same month.
    (rep("g1/V1", "RETREAT", "2025-10", published="2025-10-20", actor=["turmil"], origin=["zilkan"]), "G"),
    (rep("g2/V1", "RETREAT", "2025-10-20", published="2025-10-20", actor=["turmil"], origin=["zilkan"]), "G"),
    (rep("h1/V1", "RETREAT", "2025-10", published="2025-10-25", actor=["pkk"], origin=["zilkan"]), "H"),
    # Event I: a move into Syria: never merged with the moves in Iraq.
    (rep("i1/V1", "MOBILIZE", "2025-08-20", published="2025-08-20", actor=["usmil"], destination=["tanf"],
         quantity=500, unit="troops"), "I"),
]


def _gold_clusters() -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for r, g in GOLD_REPORTS:
        groups.setdefault(g, []).append(r["id"])
    return list(groups.values())


def test_merge_precision_and_recall_on_gold():
    merged = merge_reports([r for r, _ in GOLD_REPORTS], ENTITIES)
    scores = pairwise_scores([[r["id"] for r in m.reports] for m in merged], _gold_clusters())
    assert scores["precision"] == 1.0, scores
    assert scores["recall"] == 1.0, scores


def test_merge_does_not_depend_on_input_order():
    reports = [r for r, _ in GOLD_REPORTS]
    first = [(m.id, [r["id"] for r in m.reports]) for m in merge_reports(reports, ENTITIES)]
    for seed in range(5):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert [(m.id, [r["id"] for r in m.reports]) for m in merge_reports(shuffled, ENTITIES)] == first


def test_conflicts_are_surfaced():
    merged = {tuple(sorted(r["id"] for r in m.reports)): m for m in merge_reports([r for r, _ in GOLD_REPORTS], ENTITIES)}
    denial = merged[("e1/V1", "e2/V1")]
    assert denial.status == "occurred"  # the latest positive word; the denial is a conflict, not the status
    assert [c["kind"] for c in denial.conflicts] == ["status"]
    assert denial.conflicts[0]["denied"] == ["e2/V1"]
    counts = merged[("f1/V1", "f2/V1")]
    assert [c["kind"] for c in counts.conflicts] == ["quantity"]
    assert {v["value"] for v in counts.conflicts[0]["values"]} == {500, 800}
    withdrawal = merged[("a1/V1", "a2/V1", "a3/V1")]
    assert withdrawal.conflicts == [] and withdrawal.corroboration == 3
    assert withdrawal.date == "2025-08-19" and withdrawal.roles["origin"][0] == "asad"


@pytest.mark.parametrize("pred, gold, p, r", [
    ([["a", "b"], ["c"]], [["a", "b"], ["c"]], 1.0, 1.0),
    ([["a", "b", "c"]], [["a", "b"], ["c"]], 1 / 3, 1.0),     # over-merging costs precision
    ([["a"], ["b"], ["c"]], [["a", "b"], ["c"]], 1.0, 0.0),  # under-merging costs recall
    ([["a", "b", "x"]], [["a", "b"]], 1.0, 1.0),             # items outside gold are ignored
])
def test_pairwise_scores(pred, gold, p, r):
    s = pairwise_scores(pred, gold)
    assert (s["precision"], s["recall"]) == (pytest.approx(p), pytest.approx(r))


def _random_reports(rnd: random.Random, n: int) -> list[dict[str, Any]]:
    """Reports with many repeats (wire copies: the same report in several articles) and near misses."""
    keys = list(ENTITIES)
    base = []
    for i in range(max(2, n // 4)):
        roles = {r: rnd.sample(keys, rnd.choice([0, 1, 1, 2])) for r in ("actor", "recipient", "location", "origin")}
        base.append(dict(type=rnd.choice(["RETREAT", "ASSAULT"]),
                         date=rnd.choice([None, "2025-08-19", "2025-08-20", "2025-08-25", "2025-08", "2025"]),
                         published=rnd.choice(["2025-08-19", "2025-08-20", "2025-09-03"]),
                         status=rnd.choice(["occurred", "negated", "negated", "planned", "ongoing"]),
                         mode=rnd.choice([None, "withdraw"]), quantity=rnd.choice([None, 500, 800, 510]), **roles))
    out = []
    for i in range(n):
        b = dict(rnd.choice(base))
        out.append(rep(f"d{rnd.randint(0, n // 6)}/V{i}", b.pop("type"), b.pop("date"), unit="troops", **b))
    return out


def test_memoised_merge_equals_the_pair_rule_applied_to_every_pair(monkeypatch):
    """Merging judges each pair of distinct report signatures once; judging every member of every
    group against every report, as the rule is stated, gives the same events and conflicts."""
    from marsad import merge

    def shape(ms):
        return [(m.to_row(), [r["id"] for r in m.reports]) for m in ms]

    rnd = random.Random(3)
    cases = [_random_reports(rnd, rnd.randint(4, 60)) for _ in range(120)]
    memoised = [shape(merge_reports(c, ENTITIES)) for c in cases]

    def every_member(g, r, pairs):
        best, enough = -1, False
        for m in g.members:
            s = pair_score(m, r.row, ENTITIES)
            if s is None:
                return None, False
            best, enough = max(best, s), enough or same_event(m, r.row, ENTITIES)
        return best, enough

    def every_pair(reports, params):
        for a, b in combinations(reports, 2):
            if merge._quantity_agrees(a, b, params.quantity_tolerance) is False:
                yield a, b

    monkeypatch.setattr(merge, "_cluster_score", every_member)
    monkeypatch.setattr(merge, "_disagreeing_counts", every_pair)
    assert [shape(merge_reports(c, ENTITIES)) for c in cases] == memoised
    assert any(m["has_conflict"] for case in memoised for m, _ in case)
    assert any(len(ids) > 2 for case in memoised for _, ids in case)
