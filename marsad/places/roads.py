"""Roads named in the news: "الطريق الوطني رقم 3"، "الطريق الساحلي"، "طريق دمشق – السويداء".

A road is where a closure, an ambush or a checkpoint is, and Arabic news names it in a few set ways:

- by its class and number: "الطريق الوطني رقم 3"، "الطريق الوطنية رقم 13" (the Maghreb), "الطريق القومي";
- by what kind of road it is, when that names one road of the area: "الطريق الساحلي"، "الطريق الصحراوي"،
  "الطريق الدولي السريع"، "الطريق الدائري الثالث";
- by the towns it joins: "طريق دمشق – السويداء"، "الطريق الدولي حلب – اللاذقية"، "الطريق الوطني الرابط بين
  مدينة تيارت والسوقر" (not "الطريق الرابط بين X وY" alone, which tells the way between two towns), or the site
  it leads to: "طريق المطار"، "طريق مطار دمشق الدولي" (not one town alone: "طريق سنجار" is the way to it).

A generic road ("الطريق العام"، "الطريق الرئيسي"، "طريق ترابي") is no name. A road's ``geo`` is the
middle of the two towns it joins, that of the one town it names, or that of the place named right
after it ("الطريق الساحلي قرب زليتن"), with that place's coarser precision; else null. The towns
and sites inside the name keep their own mentions (``keeps_places``).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from ..doc import Doc, Mention, Token
from ..text.normalise import fold_text
from ..text.tokenise import tokenise

__all__ = ["find_roads"]

_ROAD = frozenset({"الطريق", "طريق"})
_CLITICS = ("", "و", "ب", "ف", "ل", "وب", "فب", "ول")
# the classes of a road that, with a number, name it ("الطريق الوطني رقم 3")
_NUMBERED = frozenset({"الوطني", "الوطنيه", "القومي", "الاقليمي", "الولائي", "الجهوي", "السيار", "السريع",
                       "الدولي", "الرئيسي"})
# kinds of road that name the one road of the area ("الطريق الساحلي"); not "الطريق الدولي" alone, which
# news says of any highway nearby (it names one with السريع or with the towns it joins)
_NAMING = frozenset({"الساحلي", "الصحراوي", "القومي", "الدائري", "الحزامي", "الحزاميه", "الجبلي", "السيار",
                     "الاوتوستراد"})
# the kind nouns of small places: "طريق بلدة كفررمان" is the town's road, and the town is what is named
_PLACE_KIND_WORDS = frozenset({"بلده", "مدينه", "قريه", "ناحيه", "حي", "مخيم", "قضاء", "منطقه", "بلدات", "قري"})
# adjectives that may follow the kind ("الطريق الدولي السريع"، "الطريق الدائري الثالث")
_MORE = _NUMBERED | _NAMING | frozenset({"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "الشرقي", "الغربي",
                                         "الشمالي", "الجنوبي", "الزراعي", "القديم", "الجديد"})
# the participle of what a road joins ("الطريق الرابط بين …"، "الواصل بين …")
_JOINING = frozenset({"الرابط", "الرابطه", "الواصل", "الواصله"})
_NEAR = frozenset({"قرب", "في", "عند", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "بالقرب",
                   "وسط", "داخل"})
_PRECISION = {"country": "country", "region": "region", "province": "province"}


# every written form of the road noun with the proclitics it takes ("وبالطريق" -> "الطريق"), built once
_ROAD_FORMS = {p + r: r for p in _CLITICS for r in _ROAD}


def _stem(tok: Token) -> str:
    """The road noun a word is, without a conjunction or preposition before it, else the word."""
    return _ROAD_FORMS.get(tok.folded, tok.folded)


def _dash_between(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    return "\n" not in gap and any(ch in "-–—" for ch in gap) and all(ch.isspace() or ch in "-–—" for ch in gap)


def _arabic_word(folded: str) -> bool:
    return len(folded) >= 3 and all("\u0621" <= ch <= "\u064a" for ch in folded)


def _geo(place: Mention | None, other: Mention | None = None) -> dict[str, Any] | None:
    g = (place.attrs.get("geo") or {}) if place is not None else {}
    if "lat" not in g:
        return None
    lat, lon = g["lat"], g["lon"]
    h = (other.attrs.get("geo") or {}) if other is not None else {}
    if "lat" in h:
        lat, lon = (lat + h["lat"]) / 2, (lon + h["lon"]) / 2
    precision = _PRECISION.get(str(g.get("feature")), "town")
    return {"lat": lat, "lon": lon, "feature": "site", "admin1": g.get("admin1"), "precision": precision}


def find_roads(doc: Doc, known: list[Mention]) -> list[Mention]:
    """Road mentions of the text, read around the places already found (``known``)."""
    from ..actors.romanise import romanise

    toks = doc.tokens or tokenise(doc.text)
    text = doc.text
    n = len(toks)
    starts = [t.start for t in toks]
    place_at: dict[int, Mention] = {}
    for m in known:
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and toks[i].start <= m.start < toks[i].end:
            place_at.setdefault(i, m)

    def end_tok(m: Mention) -> int:
        return bisect_right(starts, m.end - 1) - 1

    def joined(a: int, b: int) -> bool:
        """Tokens a … b (a < b) are one phrase: spaces only between them, or a dash between two names."""
        for x in range(a, b):
            gap = text[toks[x].end:toks[x + 1].start]
            if "\n" in gap or not all(ch.isspace() or ch in "-–—" for ch in gap):
                return False
        return True

    def place_pair(k: int) -> tuple[int, Mention | None, Mention | None]:
        """"دمشق – السويداء" or "حلب-اللاذقية" from token k: (end token, first, second)."""
        first = place_at.get(k)
        if first is None:
            return k - 1, None, None
        e = end_tok(first)
        second = place_at.get(e + 1) if e + 1 < n else None
        if second is not None and _dash_between(text, toks[e], toks[e + 1]):
            return end_tok(second), first, second
        return e, first, None

    out: list[Mention] = []
    i = 0
    while i < n - 1:
        tok = toks[i]
        stem = _stem(tok)
        if stem not in _ROAD or not joined(i, i + 1):
            i += 1
            continue
        # (the proclitic stays out of the name: "وبالطريق" -> "الطريق")
        at = tok.text.find("الطريق" if stem == "الطريق" else "طريق")
        start = tok.start + max(at, 0)
        j, named, numbered = i, False, False
        first: Mention | None = None
        second: Mention | None = None
        if stem == "الطريق":
            kinds = []
            while j + 1 < n and joined(j, j + 1) and toks[j + 1].folded in _MORE and len(kinds) < 3:
                j += 1
                kinds.append(toks[j].folded)
            if not kinds:  # ("الطريق الرابط بين X وY" alone tells the way between two towns; it names no road)
                i += 1
                continue
            if j + 2 < n and toks[j + 1].folded == "رقم" and toks[j + 2].is_digit and joined(j, j + 2):
                j += 2  # "الطريق الوطني رقم 3"
                named = numbered = True
            elif kinds[0] in _NAMING or kinds[:2] == ["الدولي", "السريع"]:
                named = True
            if j + 1 < n and joined(j, j + 1) and (j + 1) in place_at:
                k, first, second = place_pair(j + 1)  # "الطريق الدولي حلب – اللاذقية"
                if second is not None:
                    j, named = k, True
            # (a road named by its number is named: what it joins is told of it, "الطريق الوطني رقم 9 الرابط بين …")
            if not numbered and j + 3 < n and toks[j + 1].folded in _JOINING and toks[j + 2].folded == "بين" and joined(j, j + 3):
                # "الطريق الوطني الرابط بين مدينة تيارت والسوقر": the towns it joins, "و" before the second
                a = place_at.get(j + 3)
                if a is not None:
                    e = end_tok(a)
                    b = place_at.get(e + 1) if e + 1 < n and toks[e + 1].folded.startswith("و") else None
                    if b is not None and joined(e, e + 1):
                        j, first, second, named = end_tok(b), a, b, True
        else:  # "طريق دمشق – السويداء"، "طريق مطار دمشق الدولي"، "طريق المطار"
            if (i + 1) in place_at and toks[i + 1].folded not in _PLACE_KIND_WORDS:
                j, first, second = place_pair(i + 1)
                if second is None and j + 1 < n and _dash_between(text, toks[j], toks[j + 1]) \
                        and _arabic_word(toks[j + 1].folded):
                    j += 1  # "طريق النبطية – كفررمان": a second town the gazetteer does not know
                    named = True
                # (one town alone, "طريق سنجار", is the way to it, not a road's name; a site's road is one)
                named = named or second is not None or first.label == "FAC"
            elif toks[i + 1].folded in ("المطار", "الساحل"):
                j, named = i + 1, True
            if j + 1 < n and joined(j, j + 1) and toks[j + 1].folded in ("الدولي", "السريع"):
                if (i + 1) in place_at and first is not None and first.label == "LOC":
                    named = True  # "طريق حمص الدولي"
                if named:
                    j += 1  # "طريق بعلبك – حمص الدولي"
        if not named:
            i += 1
            continue
        end = toks[j].end
        geo = _geo(first, second)
        if geo is None and j + 2 < n and toks[j + 1].folded in _NEAR and joined(j, j + 2):
            geo = _geo(place_at.get(j + 2))  # "الطريق الساحلي قرب زليتن": where it runs
        elif geo is None and j + 1 < n and toks[j + 1].folded[:1] == "ب" and joined(j, j + 1):
            geo = _geo(place_at.get(j + 1))  # "الطريق الساحلي بمدينة زليتن"
        name = text[start:end]
        country = (first.attrs.get("country") if first is not None else None)
        out.append(Mention(start, end, "LOC", {
            "name_ar": name, "name_en": f"{romanise(name)} (road)", "kb_id": None, "country": country, "geo": geo,
            "key": f"marsad:road/{' '.join(fold_text(name).split())}", "unknown": True, "nestable": False,
            "kind": "road", "keeps_places": True}, "places.roads"))
        i = j + 1
    return out
