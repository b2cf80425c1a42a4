"""Link mentions into entities: one real-world thing, all its mentions in the article.

Places and actors write candidate ``Mention``s (``doc.spans["places"]``,
``doc.spans["actors"]``). Here overlaps are settled and mentions that share a linking
key become one ``Entity``:

- overlaps: the longer mention wins; on equal spans the higher ``priority`` attr wins
  (an outlet with evidence over a place of the same name: «الشرق الأوسط»). A shorter
  mention nested in a kept one survives when it says so (``nestable``), or when it is a
  place inside an actor or facility that refers to it (بغداد in السفارة الأميركية في
  بغداد) - not inside a proper name that merely contains it (``opaque``: واشنطن بوست);
- phrases that stand for a country ("الجانب الروسي", "الأراضي التركية": attr
  ``link_country``) join the entity of that country as the places layer keyed it;
- the key is the mention's ``key`` attribute, else its ``kb_id``, else its type and
  folded canonical name.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Literal

from .doc import Doc, Mention
from .pipeline import Process
from .record import Entity
from .spanindex import Stab
from .text.normalise import fold_text

__all__ = ["make_component", "settle_overlaps", "link_key"]


def _nests(m: Mention, k: Mention) -> bool:
    """May ``m``, strictly inside ``k``, be kept as a mention of its own?"""
    if k.attrs.get("keeps_places") and (m.label == "LOC" or m.label == "FAC" and k.label == "LOC"):
        # "التحالف بقيادة السعودية": the state that leads the body, named in its name; "الطريق الساحلي الرابط بين
        # طرابلس ومعبر رأس اجدير": the towns and sites a road joins
        return True
    if "nestable" in m.attrs:
        return bool(m.attrs["nestable"])
    if m.label not in ("LOC", "FAC"):
        return False
    if k.label not in ("ORG", "FAC", "PER"):
        return False
    if k.attrs.get("keeps_nested"):
        return True
    return not k.attrs.get("opaque", False) and k.label in ("ORG", "FAC")


def settle_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest first (then priority); a shorter mention survives only if disjoint from, or nested inside, every kept one."""
    kept: list[Mention] = []
    # kept non-empty mentions sorted by start, and the widest of them: a candidate can only
    # meet those starting less than that width before it, found by bisection (linear in the
    # text, not pairwise); empty spans are rare and scanned
    starts: list[int] = []
    by_start: list[Mention] = []
    width = 0
    empty: list[Mention] = []
    order = sorted(mentions, key=lambda m: (-(m.end - m.start), -int(m.attrs.get("priority", 0) or 0), m.start))
    for m in order:
        ok = True
        if m.start < m.end:
            near = by_start[bisect_left(starts, m.start - width + 1):bisect_left(starts, m.end)] + empty
        else:
            near = kept
        for k in near:
            if m.start < k.end and k.start < m.end:  # overlap
                nested = k.start <= m.start and m.end <= k.end and (m.start, m.end) != (k.start, k.end)
                if not (nested and _nests(m, k)):
                    ok = False
                    break
        if ok:
            kept.append(m)
            if m.start < m.end:
                i = bisect_right(starts, m.start)
                starts.insert(i, m.start)
                by_start.insert(i, m)
                width = max(width, m.end - m.start)
            else:
                empty.append(m)
    kept.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return kept


def link_key(m: Mention) -> str:
    a = m.attrs
    if a.get("key"):
        return str(a["key"])
    if a.get("kb_id"):
        return str(a["kb_id"])
    return f"{m.label}:{fold_text(str(a.get('name_ar') or ''))}"


def _country_keys(mentions: list[Mention]) -> dict[str, str]:
    """ISO2 -> linking key of the country entity the places layer found, if any."""
    out: dict[str, str] = {}
    for m in mentions:
        geo = m.attrs.get("geo")
        feature = geo.get("feature") if isinstance(geo, dict) else getattr(geo, "feature", None)
        c = m.attrs.get("country")
        if m.label == "LOC" and feature == "country" and c and c not in out:
            out[str(c)] = link_key(m)
    return out


def _rank(m: Mention) -> tuple[int, int, int]:
    """How well a mention names its entity: explicit canonical, then not a reference, then length."""
    a = m.attrs
    canonical = 2 if a.get("canonical") else (1 if "canonical" not in a else 0)
    return canonical, int(a.get("kind") != "office"), m.end - m.start


def _bracket_aliases(text: str, mentions: list[Mention]) -> dict[str, str]:
    """"قوى الأمن الداخلي (الأسايش)": a body's other name in brackets right after it is the same body
    (the bracketed key joins the one before it)."""
    out: dict[str, str] = {}
    actors = sorted((m for m in mentions if m.label in ("ORG", "PER")), key=lambda m: m.start)
    for m1, m2 in zip(actors, actors[1:]):
        if m1.label != m2.label or text[m1.end:m2.start].strip() != "(" or text[m2.end:m2.end + 2].strip()[:1] != ")":
            continue
        k1, k2 = link_key(m1), link_key(m2)
        if k1 != k2:
            out[k2] = out.get(k1, k1)
    return out


def _appositive_offices(text: str, mentions: list[Mention]) -> None:
    """"بدر عبد العاطي، وزير الخارجية والهجرة، …": an office set off by a comma right after a person's
    name is that person's post, not another person; it joins the person's entity."""
    prev: Mention | None = None
    for m in mentions:  # (in text order)
        if prev is not None and m.label == "PER" and m.attrs.get("kind") == "office" \
                and prev.label == "PER" and prev.attrs.get("kind") == "person" \
                and text[prev.end:m.start].strip() in ("،", ",") \
                and (not m.attrs.get("country") or not prev.attrs.get("country")
                     or m.attrs.get("country") == prev.attrs.get("country")):
            m.attrs["key"] = link_key(prev)
        prev = m


# a definite place-type noun refers back to the last place named with it ("سد تشرين" … "في محيط السد"), or
# to the last place of its kind ("مدينة الطبقة"، "حلب" … "دخلت القوات المدينة")
_REFERRING_HEADS: dict[str, tuple[str, ...]] = {
    "سد": (), "قاعده": (), "مطار": (), "معبر": (), "مخيم": (), "منشاه": (), "حقل": (), "ميناء": (), "مصفاه": (),
    "معسكر": (), "ثكنه": (), "سجن": (), "مستشفي": (), "مدينه": ("city", "capital"), "بلده": ("town",),
    "قريه": ("village",), "اقليم": ("province", "region"),
}
# a region: "الإقليم" only when the article has named one region, whatever its name
# ("المحافظة" is left out: a governorate's building or council, "مبنى المحافظة", is often another's)
_AREA_HEADS = frozenset({"اقليم"})
# adjectives that keep the reference ("القاعدة الجوية"); any other definite word after the noun makes a
# new name or a new thing ("المدينة الرياضية"، "المخيم الصيفي")
_KEEPING_ADJECTIVES = frozenset({"الجويه", "الجوي", "العسكريه", "العسكري", "البحريه", "البحري", "الحدودي",
                                 "الحدوديه", "النفطي", "النفطيه", "المذكوره", "المذكور", "نفسها", "نفسه", "ذاتها",
                                 "ذاته"})


def _opens_scene(text: str, m: Mention) -> bool:
    """"وفي مصراتة، …": the place opens its sentence as the scene of what it tells."""
    line_start = max(text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    return text[line_start:m.start].strip() in ("وفي", "في") and text[m.end:m.end + 1] in ("،", ",")


@dataclass
class _KindSeen:
    """One place (by linking key) of a feature, as the scan of the text has met it so far: its latest mention and
    that mention's first word, and the latest mention whose first word differs from it; with their order."""

    latest: Mention
    first: str
    at: int
    other: Mention | None = None
    other_at: int = -1

    def saw(self, m: Mention, first: str, at: int) -> None:
        if first != self.first:
            self.other, self.other_at = self.latest, self.at  # (the latest so far has another first word)
        self.latest, self.first, self.at = m, first, at

    def not_named_by(self, head: str) -> tuple[Mention | None, int]:
        """The latest mention whose first word is not ``head``, and its order."""
        return (self.latest, self.at) if self.first != head else (self.other, self.other_at)


def _definite_place_references(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions for definite place-type nouns that refer back to a place named before."""
    covered = Stab(mentions, lambda m: (m.start, m.end))
    places = [m for m in mentions if m.label in ("LOC", "FAC") and m.source.startswith("places")]
    if not places:
        return []
    # each place's first folded word and feature, read once: the referring nouns below look them up
    heads = []
    for m in places:
        words = fold_text(doc.text[m.start:m.end]).split()
        geo = m.attrs.get("geo")
        heads.append((m, words[0] if words else "",
                      geo.get("feature") if isinstance(geo, dict) else getattr(geo, "feature", None)))
    folded = doc.folded
    # a body whose name ends in the noun ("تنظيم القاعدة"): the bare noun may be that body
    bodies = sorted((m.start, fold_text(doc.text[m.start:m.end]).split()[-1]) for m in mentions
                    if m.label == "ORG" and doc.text[m.start:m.end].strip())
    body_starts = [b for b, _last in bodies]
    # the places named so far, kept up to date as the scan moves on (not walked again per noun, which was
    # quadratic in a long text): by first word, and by feature; each by linking key, with the latest
    # mention of that key and the latest whose first word differs from it (the one a noun of that first
    # word takes as a place of its kind)
    seen = 0
    by_first: dict[str, dict[str, Mention]] = {}
    by_feature: dict[str, dict[str, _KindSeen]] = {}
    out: list[Mention] = []
    toks = doc.tokens
    for n, t in enumerate(toks):
        f = t.folded
        i = 1 if f[:1] in ("و", "ف") and len(f) > 4 else 0
        if f[i:i + 1] in ("ب", "ك", "ل") and f[i + 1:i + 3] == "ال":
            i += 1  # "بالسد"، "كالقاعدة"، "لالمدينة" (rare); "للسد" is read below
        if f[i:i + 2] == "ال":
            head, lead = f[i + 2:], i
        elif f[i:i + 2] == "لل":
            head, lead = f[i + 2:], i + 1
        else:
            continue
        features = _REFERRING_HEADS.get(head)
        if features is None:
            continue
        # (the article's letter in the text, past the clitic and any mark on it: "بِالسدِّ" -> "السدِّ")
        start = folded.index[folded.to_folded(t.start) + lead]
        if start >= t.end or covered.overlaps(start, t.end):
            continue  # (the noun is already part of a name, or a name itself)
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if nxt is not None and nxt.folded.startswith("ال") and nxt.folded not in _KEEPING_ADJECTIVES \
                and nxt.folded not in ("الذي", "التي") and not doc.text[t.end:nxt.start].strip():
            continue  # ("المدينة الرياضية": another name)
        while seen < len(heads) and heads[seen][0].end <= t.start:
            m, first, feature = heads[seen]
            key = link_key(m)
            by_first.setdefault(first, {})[key] = m
            if feature is not None:
                row = by_feature.setdefault(feature, {}).get(key)
                if row is None:
                    by_feature[feature][key] = _KindSeen(m, first, seen)
                else:
                    row.saw(m, first, seen)
            seen += 1
        antes: dict[str, Mention] = by_first.get(head, {})
        # places of the noun's kind, by key: the latest that is not named by the noun itself
        kinds: dict[str, Mention] = {}
        if features:
            order: dict[str, int] = {}
            for feature in features:
                for key, row in by_feature.get(feature, {}).items():
                    m, at = row.not_named_by(head)
                    if m is not None and at > order.get(key, -1):
                        kinds[key], order[key] = m, at
        if not antes:
            # (a city, a town, a village or a region by its kind alone, when the article has named only one)
            antes = kinds if len(kinds) == 1 else {}
        if not antes or (head in _AREA_HEADS and len(antes) != 1):
            continue  # (a facility named by its own noun is the last one so named: "… قاعدة حرير … القاعدة")
        ante = next(reversed(antes.values()))
        # a place of the kind that opens the noun's own sentence as its scene is the one meant ("… نحو مدينة
        # سرت. وفي مصراتة، نظّم عشرات من أهالي المدينة …")
        since = [m for m in kinds.values() if ante.end < m.start and _opens_scene(doc.text, m)
                 and not any(p in doc.text[m.end:t.start] for p in ".\n")]
        if since:
            ante = max(since, key=lambda m: m.start)
        body = "ال" + head
        if any(bodies[k][1] == body for k in range(bisect_left(body_starts, ante.end), bisect_left(body_starts, t.start))):
            continue  # ("… قاعدة حرير …، وأعلن تنظيم القاعدة …، وقال إن القاعدة ستواصل": the body, not the base)
        out.append(Mention(start, t.end, ante.label, dict(ante.attrs), source="places.reference"))
    return out


def _join_army(groups: dict[str, list[Mention]]) -> None:
    """Aircraft or armour standing for an army ("شنّت مقاتلات أميركية غارات"، "توغلت آليات إسرائيلية") with no
    mention of that army under its own key join the one armed body of theirs the article names otherwise
    ("القيادة المركزية الأميركية"، "جيش الدفاع الإسرائيلي"): the same actor code, a military one. So do a state's
    drones ("طائرة مسيّرة إسرائيلية") where the article never names the state itself."""
    for key in list(groups):
        ms = groups[key]
        # (with the short forms that refer back to them: "الطائرة")
        if not all(m.attrs.get("stands_for_army") or m.attrs.get("kind") == "short" for m in ms) \
                or not any(m.attrs.get("stands_for_army") for m in ms):
            continue
        code = ms[0].attrs.get("actor_code")
        if code and ms[0].attrs.get("kind") == "country-ref":
            code = f"{code}MIL"  # a state's drones, the state never named: its army's, if the article names it
        if not code or not str(code).endswith("MIL"):
            continue
        same = [k for k, other in groups.items() if k != key and other[0].label == "ORG"
                and any(m.attrs.get("actor_code") == code and not m.attrs.get("stands_for_army") for m in other)]
        if len(same) == 1:
            groups[same[0]] = sorted(groups[same[0]] + groups.pop(key), key=lambda m: m.start)


def make_component() -> Process:
    def run(doc: Doc) -> Doc:
        mentions = settle_overlaps(list(doc.spans.get("places", [])) + list(doc.spans.get("actors", [])))
        refs = _definite_place_references(doc, mentions)
        if refs:
            mentions = sorted(mentions + refs, key=lambda m: (m.start, -(m.end - m.start)))
        doc.spans["mentions"] = mentions
        countries = _country_keys(mentions)
        aliases = _bracket_aliases(doc.text, mentions)
        _appositive_offices(doc.text, mentions)
        groups: dict[str, list[Mention]] = {}
        for m in mentions:
            if not m.attrs.get("name_ar"):
                m.attrs["name_ar"] = doc.text[m.start:m.end]
            key = link_key(m)
            key = aliases.get(key, key)
            c = m.attrs.get("link_country")
            if c and str(c) in countries:
                key = countries[str(c)]
            groups.setdefault(key, []).append(m)
        _join_army(groups)
        entities: list[Entity] = []
        doc.mention_entity = {}
        for key, ms in sorted(groups.items(), key=lambda kv: kv[1][0].start):
            eid = f"E{len(entities) + 1}"
            best = max(ms, key=_rank)
            a = dict(best.attrs)
            if len(ms) > 1:  # a single mention has no gaps the others could fill
                for m in sorted(ms, key=_rank, reverse=True):  # fill gaps from other mentions
                    for k, v in m.attrs.items():
                        if a.get(k) in (None, "") and v not in (None, ""):
                            a[k] = v
            label = best.label
            etype: Literal["PER", "ORG", "LOC", "FAC"] = label if label in ("PER", "ORG", "LOC", "FAC") else "ORG"  # type: ignore[assignment]
            # validated in one call, nested spans and geo included (cheaper than a model per part)
            ent = Entity.model_validate({
                "id": eid,
                "type": etype,
                "name_ar": str(a.get("name_ar") or doc.text[best.start:best.end]),
                "name_en": a.get("name_en"),
                "kb_id": a.get("kb_id") or (key if key.startswith(("marsad:", "geonames:", "wikidata:")) else None),
                "actor_code": a.get("actor_code"),
                "country": a.get("country"),
                "role": a.get("role"),
                "geo": (a.get("geo") or None) if label in ("LOC", "FAC") else None,
                "mentions": [{"start": m.start, "end": m.end, "text": doc.text[m.start:m.end]} for m in ms],
            })
            entities.append(ent)
            for m in ms:
                doc.mention_entity[(m.start, m.end)] = eid
        doc.entities = entities
        return doc

    return run
