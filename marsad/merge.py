"""Merging reports across articles: one real event, every report of it.

Two reports are of the same event when they have the same type, compatible
modes, actors and places (by global entity key, or related: same country code,
a place inside a country), and dates that overlap at each one's grain. Merging
is complete-link: a report joins a group only if it is compatible with every
report already in it, so a vague report cannot chain two distinct events
together. Disagreements inside a group are kept and shown, not averaged away:
one source says it happened and another denies it; two troop counts differ.

Reports are event rows as the store keeps them (``marsad.store.rows``): ``id``,
``doc_id``, ``type``, ``mode``, ``status``, ``date``, ``grain``, ``date_start``,
``date_end``, ``published``, ``outlet``, ``roles`` {role: [entity keys]},
``quantity``…; ``entities`` maps keys to global entity rows (country, actor_code,
feature, admin1). Pure functions: no store needed, so tests and batch jobs call
them directly.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from .store.dates import GRAIN_RANK, bounds

__all__ = [
    "MergeParams",
    "MergedEvent",
    "merge_reports",
    "align_to_gold",
    "oracle_reports",
    "pair_score",
    "same_event",
    "score_against_gold",
    "pairwise_scores",
    "report_interval",
]

_POSITIVE = ("occurred", "ongoing")
_PLACE_PAIRS = (("origin", "origin"), ("destination", "destination"), ("location", "location"),
                ("location", "origin"), ("origin", "location"), ("location", "destination"),
                ("destination", "location"))


@dataclass(frozen=True)
class MergeParams:
    """Knobs of the merge rule (defaults measured on the sample corpus's merge gold)."""

    threshold: int = 3          # evidence needed: same actor 2 + same place 2, or 2 + related 1
    tight_threshold: int = 2    # … when both reports date it within about a week
    tight_days: int = 8
    report_lag_days: int = 1    # a day-grain date equal to the publication date may be a day early
    undated_window_days: int = 14  # an undated report covers the two weeks before its publication
    coarse_days: int = 62       # both dates coarser than this: demand a shared place or actor key
    quantity_tolerance: float = 0.10


@dataclass
class MergedEvent:
    id: str
    type: str
    mode: str | None
    status: str
    date: str | None
    grain: str | None
    date_start: str | None
    date_end: str | None
    reports: list[dict[str, Any]]
    roles: dict[str, list[str]]
    outlets: list[str]
    sources: list[dict[str, Any]]
    statuses: dict[str, list[str]]
    quantities: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    summary_en: str
    first_reported: str | None
    last_reported: str | None
    corroboration: int = 0
    n_documents: int = 0

    def to_row(self) -> dict[str, Any]:
        detail = {"roles": self.roles, "outlets": self.outlets, "sources": self.sources,
                  "statuses": self.statuses, "quantities": self.quantities, "conflicts": self.conflicts}
        return {
            "id": self.id, "type": self.type, "mode": self.mode, "status": self.status, "date": self.date,
            "grain": self.grain, "date_start": self.date_start, "date_end": self.date_end,
            "n_reports": len(self.reports), "n_documents": self.n_documents, "corroboration": self.corroboration,
            "has_conflict": int(bool(self.conflicts)), "first_reported": self.first_reported,
            "last_reported": self.last_reported, "summary_en": self.summary_en,
            "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True),
        }


def report_interval(r: Mapping[str, Any], params: MergeParams = MergeParams()) -> tuple[dt.date, dt.date] | None:
    """The days a report's event may fall on: its date at its grain, widened where it is the report's own date."""
    b = bounds(r.get("date"))
    pub = bounds(r.get("published"))
    if b is None:
        if pub is None:
            return None
        return pub[0] - dt.timedelta(days=params.undated_window_days), pub[1]
    if r.get("grain", "day") in (None, "day") and b[0] == b[1] and pub is not None and b == pub:
        return b[0] - dt.timedelta(days=params.report_lag_days), b[1]
    return b


def _keys(r: Mapping[str, Any], role: str) -> set[str]:
    return set((r.get("roles") or {}).get(role) or ())


_STATE_SECTORS = ("", "GOV", "MIL", "SPY", "COP", "JUD", "LEG")


def _state_of(key: str, entities: Mapping[str, Mapping[str, Any]]) -> str | None:
    """The state an actor speaks or acts for (US forces, the US embassy, Washington → US), else None.

    Only governments, their forces and services, and countries or capitals used as
    actors count: a rebel group based in a country is not that country.
    """
    e = entities.get(key) or {}
    code = e.get("actor_code") or ""
    if code:
        prefix, sector = code[:3], code[3:6]
        if not (prefix.isalpha() and prefix.isupper()) or prefix in ("IGO", "IMG", "NGO", "MNC", "UAF") \
                or sector not in _STATE_SECTORS:
            return None
        return f"iso:{e['country']}" if e.get("country") else f"cameo:{prefix}"
    if e.get("type") == "LOC" and e.get("country"):
        return f"iso:{e['country']}"
    return None


def _actor_evidence(a: set[str], b: set[str], entities: Mapping[str, Mapping[str, Any]]) -> int | None:
    """2 same entity, 1 same state (USAMIL ~ USAGOV), 0 unknown on one side, None incompatible."""
    if not a or not b:
        return 0
    if a & b:
        return 2
    sa = [_state_of(k, entities) for k in sorted(a)]
    sb = [_state_of(k, entities) for k in sorted(b)]
    if None not in sa and None not in sb and set(sa) & set(sb):
        return 1
    return None


def _contains(outer: str, inner: str, entities: Mapping[str, Mapping[str, Any]]) -> bool:
    o, i = entities.get(outer) or {}, entities.get(inner) or {}
    if not o or not i or not o.get("country") or o.get("country") != i.get("country"):
        return False
    if o.get("feature") == "country":
        return True
    if o.get("feature") in ("province", "region") and o.get("admin1") and o.get("admin1") == i.get("admin1"):
        return True
    return False


def _place_evidence(a: set[str], b: set[str], entities: Mapping[str, Mapping[str, Any]]) -> int | None:
    if not a or not b:
        return 0
    if a & b:
        return 2
    if any(_contains(x, y, entities) or _contains(y, x, entities) for x in a for y in b):
        return 1
    return None


def _quantity_agrees(a: Mapping[str, Any], b: Mapping[str, Any], tol: float) -> bool | None:
    """True/False when both reports count the same unit, None when there is nothing to compare."""
    if a.get("quantity_unit") != b.get("quantity_unit") or a.get("quantity_unit") is None:
        return None

    def rng(r: Mapping[str, Any]) -> tuple[float, float] | None:
        v, lo, hi = r.get("quantity"), r.get("quantity_lower"), r.get("quantity_upper")
        if v is not None:
            w = tol * v if r.get("quantity_approx") else 0.0
            return v - w, v + w
        if lo is not None or hi is not None:
            return (lo if lo is not None else 0.0), (hi if hi is not None else float("inf"))
        return None

    ra, rb = rng(a), rng(b)
    if ra is None or rb is None:
        return None
    return ra[0] <= rb[1] * (1 + tol) and rb[0] <= ra[1] * (1 + tol)


def pair_score(a: Mapping[str, Any], b: Mapping[str, Any], entities: Mapping[str, Mapping[str, Any]],
               params: MergeParams = MergeParams()) -> int | None:
    """Evidence that two reports are of one event; None when they cannot be."""
    return _pair(_features(a, params), _features(b, params), a["doc_id"] == b["doc_id"], entities, params)


_ROLES = ("actor", "recipient", "location", "origin", "destination")


@dataclass(frozen=True)
class _Features:
    """What the pair rule reads of a report, computed once per distinct report (not once per pair)."""

    type: Any
    mode: Any
    status: Any
    dated: bool
    interval: tuple[dt.date, dt.date] | None
    published: tuple[dt.date, dt.date] | None
    roles: dict[str, set[str]]
    quantity: Mapping[str, Any]


def _signature(r: Mapping[str, Any]) -> tuple[Any, ...]:
    """Everything the pair rule reads of a report except its document: equal signatures, equal verdicts."""
    roles = r.get("roles") or {}
    return (r.get("type"), r.get("mode"), r.get("status"), r.get("date"), r.get("grain", "day"), r.get("published"),
            tuple(tuple(roles.get(k) or ()) for k in _ROLES),  # as listed: equal lists, equal sets (finer is safe)
            r.get("quantity_unit"), r.get("quantity"), r.get("quantity_lower"), r.get("quantity_upper"),
            bool(r.get("quantity_approx")))


def _features(r: Mapping[str, Any], params: MergeParams) -> _Features:
    q = {k: r.get(k) for k in ("quantity_unit", "quantity", "quantity_lower", "quantity_upper", "quantity_approx")}
    return _Features(r.get("type"), r.get("mode"), r.get("status"), bool(r.get("date")), report_interval(r, params),
                     bounds(r.get("published")), {k: _keys(r, k) for k in _ROLES}, q)


def _pair(a: _Features, b: _Features, same_doc: bool, entities: Mapping[str, Mapping[str, Any]],
          params: MergeParams) -> int | None:
    """``pair_score`` on precomputed features."""
    if a.type != b.type:
        return None
    if a.mode and b.mode and a.mode != b.mode:
        return None
    ia, ib = a.interval, b.interval
    if ia is None or ib is None or ia[0] > ib[1] or ib[0] > ia[1]:
        return None
    if _statuses_exclude(a, b, ib, same_doc) or _statuses_exclude(b, a, ia, same_doc):
        return None
    actor = _actor_evidence(a.roles["actor"], b.roles["actor"], entities)
    if actor is None:
        return None
    recipient = _actor_evidence(a.roles["recipient"], b.roles["recipient"], entities)
    if recipient is None:
        return None
    place = 0
    for ra, rb in _PLACE_PAIRS:
        ev = _place_evidence(a.roles[ra], b.roles[rb], entities)
        if ev is None:
            if ra == rb:
                return None  # the same role names different, unrelated places
            continue
        place = max(place, ev)
    score = actor + place + (1 if recipient == 2 else 0)
    if _quantity_agrees(a.quantity, b.quantity, params.quantity_tolerance):
        score += 1
    coarse = min((ia[1] - ia[0]).days, (ib[1] - ib[0]).days) > params.coarse_days
    if coarse and actor < 2 and place < 2:
        return None
    return score


def _needed(a: Mapping[str, Any], b: Mapping[str, Any], params: MergeParams) -> int:
    """Evidence needed: less when both reports pin the event to about a week."""
    return _needed_iv(report_interval(a, params), report_interval(b, params), params)


def _needed_iv(ia: tuple[dt.date, dt.date] | None, ib: tuple[dt.date, dt.date] | None, params: MergeParams) -> int:
    if ia and ib and max((ia[1] - ia[0]).days, (ib[1] - ib[0]).days) < params.tight_days:
        return params.tight_threshold
    return params.threshold


def same_event(a: Mapping[str, Any], b: Mapping[str, Any], entities: Mapping[str, Mapping[str, Any]],
               params: MergeParams = MergeParams()) -> bool:
    """The pair rule: compatible, with enough evidence for how precisely both are dated."""
    score = pair_score(a, b, entities, params)
    return score is not None and score >= _needed(a, b, params)


def _statuses_exclude(a: _Features, b: _Features, ib: tuple[dt.date, dt.date], same_doc: bool) -> bool:
    """Statuses that show two different events, not two views of one.

    - One article that denies one thing and affirms another speaks of two things
      (the ministry denies a full withdrawal while confirming a partial handover).
    - A report that still calls something future after another report says it had
      already happened is about a later step (a deadline for the rest, after the
      first stage was done).
    """
    if same_doc and a.status == "negated" and b.status != "negated":
        return True
    pub = a.published
    if a.status in ("planned", "hypothetical") and b.status in _POSITIVE and pub is not None:
        if b.dated and ib[1] < pub[0]:
            return True
    return False


@dataclass(eq=False)
class _Report:
    row: Mapping[str, Any]
    doc: Any
    sig: int  # index of its signature: reports with one signature get one verdict against any other
    interval: tuple[dt.date, dt.date] | None


class _Pairs:
    """The pair rule over one merge, memoised by signature: wire copies and repeated reports
    (one event told the same way by many articles) are judged once, not once per pair."""

    def __init__(self, entities: Mapping[str, Mapping[str, Any]], params: MergeParams) -> None:
        self.entities, self.params = entities, params
        self.sigs: dict[tuple[Any, ...], int] = {}
        self.features: list[_Features] = []
        self.memo: dict[tuple[int, int, bool], tuple[int | None, bool]] = {}
        self.groups: dict[tuple[frozenset[int], int], tuple[int | None, bool]] = {}  # (group's signatures, r's)

    def report(self, r: Mapping[str, Any]) -> _Report:
        key = _signature(r)
        sig = self.sigs.get(key)
        if sig is None:
            sig = self.sigs[key] = len(self.features)
            self.features.append(_features(r, self.params))
        return _Report(r, r["doc_id"], sig, self.features[sig].interval)

    def verdict(self, m: int, r: int, same_doc: bool) -> tuple[int | None, bool]:
        """(pair score, whether it is enough) of a member with signature ``m`` and a report ``r``."""
        key = (m, r, same_doc)
        hit = self.memo.get(key)
        if hit is None:
            fm, fr = self.features[m], self.features[r]
            score = _pair(fm, fr, same_doc, self.entities, self.params)
            hit = self.memo[key] = (score, score is not None
                                    and score >= _needed_iv(fm.interval, fr.interval, self.params))
        return hit


def _order_key(r: _Report) -> tuple[dt.date, str, str]:
    return (r.interval[0] if r.interval else dt.date.max, r.row.get("published") or "", r.row["id"])


@dataclass
class _Group:
    members: list[Mapping[str, Any]]
    max_start: dt.date
    min_end: dt.date
    docs: dict[int, set[Any]]  # members' signatures → their documents
    all_docs: set[Any]
    sigs: frozenset[int]

    @classmethod
    def of(cls, r: _Report) -> "_Group":
        assert r.interval is not None
        return cls([r.row], r.interval[0], r.interval[1], {r.sig: {r.doc}}, {r.doc}, frozenset((r.sig,)))

    def add(self, r: _Report) -> None:
        assert r.interval is not None
        self.members.append(r.row)
        self.max_start = max(self.max_start, r.interval[0])
        self.min_end = min(self.min_end, r.interval[1])
        if r.sig not in self.docs:
            self.sigs = self.sigs | {r.sig}
        self.docs.setdefault(r.sig, set()).add(r.doc)
        self.all_docs.add(r.doc)


def merge_reports(reports: Iterable[Mapping[str, Any]], entities: Mapping[str, Mapping[str, Any]] | None = None,
                  params: MergeParams = MergeParams()) -> list[MergedEvent]:
    """Group reports into merged events. Deterministic: the result does not depend on input order.

    Two passes per event type. First the precisely dated reports (within about a
    week), in date order, form the groups: the reliable anchors. Then the vague
    ones (a month, a year, undated) join the group they fit best, or group among
    themselves. Complete link: a report joins a group only if it overlaps every
    member's dates, so each report is compared only with groups around its date.

    A report only ever meets groups whose every member overlaps its dates, so
    reports of one type fall into independent runs of overlapping dates
    (``components``): merging each run alone gives the same events (what lets a
    store re-merge only the runs that new reports touch).
    """
    pairs = _Pairs(entities or {}, params)
    by_type: dict[str, list[_Report]] = {}
    for r in reports:
        by_type.setdefault(r["type"], []).append(pairs.report(r))
    out: list[MergedEvent] = []
    tight = dt.timedelta(days=params.tight_days)
    for type_ in sorted(by_type):
        items = sorted(by_type[type_], key=_order_key)
        undated: list[Mapping[str, Any]] = []
        precise: list[_Report] = []
        vague: list[_Report] = []
        for r in items:
            iv = r.interval
            if iv is None:
                undated.append(r.row)  # no date and no publication date: nothing to merge on
            else:
                (precise if r.row.get("date") and iv[1] - iv[0] < tight else vague).append(r)
        groups: list[_Group] = []
        open_: list[_Group] = []
        for r in precise:
            start, end = r.interval  # type: ignore[misc]
            open_ = [g for g in open_ if g.min_end >= start]  # later reports start later: closed for good
            g = _best(open_, r, pairs)
            if g is None:
                g = _Group.of(r)
                groups.append(g)
                open_.append(g)
            else:
                g.add(r)
        # Index of the precise groups by their first member's start (a lower bound that stays valid).
        index = sorted(((g.max_start, i) for i, g in enumerate(groups)), key=lambda x: x)
        keys = [k for k, _ in index]
        wide: list[_Group] = []
        for r in vague:
            start, end = r.interval  # type: ignore[misc]
            lo = bisect.bisect_left(keys, start - tight)
            hi = bisect.bisect_right(keys, end)
            wide = [g for g in wide if g.min_end >= start]
            near = [groups[i] for _, i in index[lo:hi]] + wide
            cands = [g for g in near if g.max_start <= end and g.min_end >= start]
            g = _best(cands, r, pairs, unique_floor=params.tight_threshold)
            if g is None:
                g = _Group.of(r)
                wide.append(g)
                groups.append(g)
            else:
                g.add(r)
        clusters = [g.members for g in groups] + [[r] for r in undated]
        out += [_build(c, params) for c in clusters]
    out.sort(key=lambda m: (m.date_start or m.first_reported or "9999", m.id))
    return out


def _best(groups: Sequence[_Group], r: _Report, pairs: _Pairs, unique_floor: int | None = None) -> _Group | None:
    """The group with the most evidence for ``r`` (the earliest formed among equals), or None.

    With ``unique_floor``, a vaguely dated report that has enough evidence for no
    group still joins the one group it is compatible with at that lower level,
    when there is exactly one: "an attack on Harir in December" is the attack on
    Harir of 8 December when no other is known.
    """
    best, best_score = None, -1
    weak: list[_Group] = []
    for g in groups:
        score, enough = _cluster_score(g, r, pairs)
        if score is None:
            continue
        if enough and score > best_score:
            best, best_score = g, score
        elif unique_floor is not None and score >= unique_floor:
            weak.append(g)
    if best is None and len(weak) == 1:
        return weak[0]
    return best


def _cluster_score(g: _Group, r: _Report, pairs: _Pairs) -> tuple[int | None, bool]:
    """Best evidence linking ``r`` to a member, and whether it is enough; None when ``r`` is
    incompatible with any member (complete link). Members with one signature are judged
    once (twice when some share ``r``'s document and some do not)."""
    shared = r.doc in g.all_docs
    if not shared:  # then the verdict depends only on the group's signatures and r's
        hit = pairs.groups.get((g.sigs, r.sig))
        if hit is not None:
            return hit
    best, enough = -1, False
    out: tuple[int | None, bool] | None = None
    for sig, docs in g.docs.items():
        for same_doc in ((True,) if len(docs) == 1 else (True, False)) if r.doc in docs else (False,):
            s, ok = pairs.verdict(sig, r.sig, same_doc)
            if s is None:
                out = (None, False)
                break
            best = max(best, s)
            enough = enough or ok
        if out is not None:
            break
    if out is None:
        out = (best, enough)
    if not shared:
        pairs.groups[(g.sigs, r.sig)] = out
    return out


def _build(cluster: list[Mapping[str, Any]], params: MergeParams) -> MergedEvent:
    reports = sorted((dict(r) for r in cluster), key=lambda r: (r.get("published") or "", r["id"]))
    ids = sorted(r["id"] for r in reports)
    mid = "M" + hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:12]

    statuses: dict[str, list[str]] = {}
    for r in reports:
        statuses.setdefault(r["status"], []).append(r["id"])
    positive = [r for r in reports if r["status"] != "negated"]
    status = (positive or reports)[-1]["status"]  # the latest report's word, unless only denials

    dated = [r for r in reports if r.get("date")]
    date = grain = ds = de = None
    if dated:
        counts = Counter(r["date"] for r in dated)
        pick = min(dated, key=lambda r: (GRAIN_RANK.get(r.get("grain") or "", 9), -counts[r["date"]],
                                         r.get("date_start") or "", r["date"]))
        date, grain, ds, de = pick["date"], pick.get("grain"), pick.get("date_start"), pick.get("date_end")

    roles: dict[str, list[str]] = {}
    for role in ("actor", "recipient", "location", "origin", "destination"):
        c: Counter[str] = Counter()
        for keys, n in Counter(frozenset(_keys(r, role)) for r in reports).items():  # reports that name each key
            for k in keys:
                c[k] += n
        if c:
            roles[role] = [k for k, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))]

    outlets = list(dict.fromkeys(r["outlet"] for r in reports if r.get("outlet")))
    witnesses = {r.get("outlet") or f"doc:{r['doc_id']}" for r in reports}
    sources = []
    seen: set[tuple[Any, ...]] = set()
    for r in reports:
        if r.get("source_key") or r.get("source_name"):
            k = (r.get("source_key"), r.get("via_key"), r["doc_id"])
            if k not in seen:
                seen.add(k)
                sources.append({"key": r.get("source_key"), "name": r.get("source_name"), "via": r.get("via_name"),
                                "outlet": r.get("outlet"), "doc_id": r["doc_id"], "event_id": r["id"]})

    quantities = [{"value": r.get("quantity"), "lower": r.get("quantity_lower"), "upper": r.get("quantity_upper"),
                   "approx": bool(r.get("quantity_approx")), "unit": r.get("quantity_unit"),
                   "text": r.get("quantity_text"), "event_id": r["id"], "outlet": r.get("outlet")}
                  for r in reports if r.get("quantity_unit")]

    conflicts: list[dict[str, Any]] = []
    said = {s for s in statuses if s in _POSITIVE or s == "planned"}
    if "negated" in statuses and said:
        conflicts.append({"kind": "status", "reported": {s: statuses[s] for s in sorted(said)},
                          "denied": statuses["negated"]})
    for a, b in _disagreeing_counts([r for r in reports if r.get("quantity_unit")], params):
            conflicts.append({"kind": "quantity", "unit": a["quantity_unit"],
                              "values": [{"event_id": a["id"], "value": a.get("quantity"), "text": a.get("quantity_text"),
                                          "outlet": a.get("outlet")},
                                         {"event_id": b["id"], "value": b.get("quantity"), "text": b.get("quantity_text"),
                                          "outlet": b.get("outlet")}]})
    rep = max(reports, key=lambda r: (r["status"] == status, r.get("confidence") or 0, len(r.get("summary_en") or ""),
                                      r.get("date") == date, [-ord(ch) for ch in r["id"]]))
    pubs = [r["published"] for r in reports if r.get("published")]
    return MergedEvent(
        id=mid, type=reports[0]["type"], mode=next((r["mode"] for r in reports if r.get("mode")), None),
        status=status, date=date, grain=grain, date_start=ds, date_end=de, reports=reports, roles=roles,
        outlets=outlets, sources=sources, statuses=statuses, quantities=quantities, conflicts=conflicts,
        summary_en=rep.get("summary_en") or "", first_reported=min(pubs) if pubs else None,
        last_reported=max(pubs) if pubs else None, corroboration=len(witnesses),
        n_documents=len({r["doc_id"] for r in reports}),
    )


_QUANTITY = ("quantity_unit", "quantity", "quantity_lower", "quantity_upper", "quantity_approx")


def _disagreeing_counts(reports: Sequence[Mapping[str, Any]],
                        params: MergeParams) -> Iterator[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Pairs of reports (in ``combinations`` order) whose counts disagree. Many reports of one
    event repeat one count: each distinct pair of counts is compared once, and when all
    agree (the usual case) the pairs are not enumerated at all."""
    keys = [tuple(r.get(k) for k in _QUANTITY) for r in reports]
    distinct = list(dict.fromkeys(keys))
    seen = Counter(keys)
    verdict: dict[tuple[Any, Any], bool] = {}
    for i, a in enumerate(distinct):
        for b in distinct[i:]:
            if a == b and seen[a] < 2:
                continue
            agree = _quantity_agrees(dict(zip(_QUANTITY, a)), dict(zip(_QUANTITY, b)), params.quantity_tolerance)
            verdict[(a, b)] = verdict[(b, a)] = agree is not False
    if all(verdict.values()):
        return
    for (i, a), (j, b) in combinations(enumerate(reports), 2):
        if not verdict[(keys[i], keys[j])]:
            yield a, b


def pairwise_scores(predicted: Iterable[Iterable[str]], gold: Iterable[Iterable[str]]) -> dict[str, float]:
    """Pairwise precision/recall/F1 of a clustering against gold clusters, over the gold's items.

    A pair is two reports put in one event. Over-merging costs precision;
    under-merging costs recall. Items absent from gold are ignored.
    """
    gold_of: dict[str, int] = {}
    for i, g in enumerate(gold):
        for item in g:
            gold_of[item] = i
    pred_of: dict[str, int] = {}
    for i, p in enumerate(predicted):
        for item in p:
            if item in gold_of:
                pred_of[item] = i
    items = sorted(gold_of)
    tp = fp = fn = 0
    for a, b in combinations(items, 2):
        same_gold = gold_of[a] == gold_of[b]
        same_pred = a in pred_of and b in pred_of and pred_of[a] == pred_of[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn, "items": len(items)}


# ----- measuring merging against a gold (tests/data/merge_gold.json, marsad.merge_gold/1) -------------
def align_to_gold(gold: Mapping[str, Any], records: Iterable[Mapping[str, Any]]) -> dict[str, tuple[str, bool]]:
    """Predicted event id (``doc/V1``) → (gold cluster id, optional), by the gold's rule.

    A predicted event aligns to a gold report of its document when the types agree
    and its trigger, else its sentence, overlaps the report's evidence phrase.
    """
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for c in gold["clusters"]:
        for r in c["reports"]:
            by_doc.setdefault(r["doc"], []).append({**r, "cluster": c["id"], "type": c["type"]})
    out: dict[str, tuple[str, bool]] = {}
    for rec in records:
        doc = rec["doc"]
        text = doc["text"]
        golds = []
        for g in by_doc.get(doc["id"], []):
            at = text.find(g["evidence"])
            if at >= 0:
                golds.append((at, at + len(g["evidence"]), g))
        for ev in rec.get("events", []):
            t, snt = ev["trigger"], ev["sentence"]
            cands = [(a, b, g) for a, b, g in golds if g["type"] == ev["type"]]
            hit = [x for x in cands if x[0] < t["end"] and t["start"] < x[1]]
            if not hit:
                hit = sorted((x for x in cands if x[0] < snt["end"] and snt["start"] < x[1]),
                             key=lambda x: abs(x[0] - t["start"]))
            if hit:
                g = hit[0][2]
                out[f"{doc['id']}/{ev['id']}"] = (g["cluster"], bool(g.get("optional")))
    return out


def score_against_gold(gold: Mapping[str, Any], aligned: Mapping[str, tuple[str, bool]],
                       merged: Iterable[Iterable[str]]) -> dict[str, Any]:
    """Pairwise merge precision/recall over aligned, non-optional reports; over-merges of 'distinct' pairs."""
    label = {eid: c for eid, (c, optional) in aligned.items() if not optional}
    gold_clusters: dict[str, list[str]] = {}
    for eid, c in label.items():
        gold_clusters.setdefault(c, []).append(eid)
    pred = [[e for e in group if e in label] for group in merged]
    scores = pairwise_scores(pred, list(gold_clusters.values()))
    distinct = {frozenset((p["a"], p["b"])) for p in gold.get("pairs", []) if p.get("relation") == "distinct"}
    violations = sorted({tuple(sorted((label[a], label[b]))) for group in pred for a, b in combinations(group, 2)
                         if frozenset((label[a], label[b])) in distinct})
    total = sum(1 for c in gold["clusters"] for r in c["reports"] if not r.get("optional"))
    return {**scores, "aligned_reports": len(label), "gold_reports": total,
            "coverage": len(label) / total if total else 0.0, "distinct_violations": [list(v) for v in violations]}


def oracle_reports(gold: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Report rows built from the gold itself (roles by name): measures merging alone, not extraction.

    ``docs`` maps document ids to their ``published`` and ``outlet``.
    """
    from .store.dates import grain_of, iso_bounds

    rows = []
    for c in gold["clusters"]:
        roles = {r: [f"name:{n}" for n in c.get(r) or []] for r in ("actor", "recipient", "location", "origin", "destination")}
        for i, r in enumerate(c["reports"]):
            meta = docs.get(r["doc"], {})
            start, end = iso_bounds(r.get("date"))
            rows.append({"id": f"{r['doc']}/{c['id']}.{i}", "doc_id": r["doc"], "type": c["type"], "mode": c.get("mode"),
                         "status": r["status"], "date": r.get("date"), "grain": grain_of(r.get("date")),
                         "date_start": start, "date_end": end, "published": meta.get("published"),
                         "outlet": meta.get("outlet"), "roles": roles, "quantity": None, "quantity_unit": None,
                         "summary_en": c.get("summary_en", ""), "confidence": 1.0,
                         "_gold": (c["id"], bool(r.get("optional")))})
    return rows
