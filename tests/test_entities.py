"""The linker: overlaps settled, mentions grouped by key, country phrases joined to their country."""

from __future__ import annotations

import pytest

from marsad.doc import Doc, Mention
from marsad.entities import link_key, make_component, settle_overlaps


def M(s: int, e: int, label: str, **attrs: object) -> Mention:  # noqa: N802 - a short constructor for tables
    return Mention(s, e, label, dict(attrs))


def _spans(ms: list[Mention]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in ms]


@pytest.mark.parametrize("mentions, kept", [
    # the longer wins
    ([M(0, 10, "ORG"), M(5, 15, "LOC")], [(0, 10)]),
    # a place inside an actor that refers to it stays (السفارة الأميركية في بغداد ⊃ بغداد)
    ([M(0, 26, "ORG", keeps_nested=True), M(20, 26, "LOC")], [(0, 26), (20, 26)]),
    # ... and inside a plain ORG too
    ([M(0, 26, "ORG"), M(20, 26, "LOC")], [(0, 26), (20, 26)]),
    # but not inside a proper name that only contains it (واشنطن بوست ⊃ واشنطن)
    ([M(0, 11, "ORG", opaque=True), M(0, 6, "LOC")], [(0, 11)]),
    # an ORG inside an ORG only when it says so
    ([M(0, 30, "PER"), M(10, 30, "ORG")], [(0, 30)]),
    ([M(0, 30, "PER"), M(10, 30, "ORG", nestable=True)], [(0, 30), (10, 30)]),
    # equal spans: the higher priority (an outlet with evidence over a region)
    ([M(3, 15, "LOC"), M(3, 15, "ORG", priority=2)], [(3, 15)]),
])
def test_settle_overlaps(mentions: list[Mention], kept: list[tuple[int, int]]) -> None:
    out = settle_overlaps(mentions)
    assert _spans(out) == kept


def test_priority_decides_equal_spans() -> None:
    out = settle_overlaps([M(3, 15, "LOC"), M(3, 15, "ORG", priority=2)])
    assert out[0].label == "ORG"


@pytest.mark.parametrize("m, key", [
    (M(0, 1, "ORG", key="US:forces", kb_id="marsad:us/forces"), "US:forces"),
    (M(0, 1, "LOC", kb_id="geonames:99237"), "geonames:99237"),
    (M(0, 1, "ORG", name_ar="الحكومة العراقية"), "ORG:الحكومه العراقيه"),
])
def test_link_key(m: Mention, key: str) -> None:
    assert link_key(m) == key


def _doc(text: str, places: list[Mention], actors: list[Mention]) -> Doc:
    doc = Doc(text=text)
    doc.spans["places"] = places
    doc.spans["actors"] = actors
    return make_component()(doc)


def test_group_by_key_and_canonical_name() -> None:
    text = "السفارة الأميركية في بغداد قالت، وأضافت السفارة"
    assert text[21:26] == "بغداد" and text[40:47] == "السفارة"
    doc = _doc(text, [M(21, 26, "LOC", name_ar="بغداد", kb_id="geonames:98182", country="IQ",
                         geo={"lat": 33.34, "lon": 44.4, "feature": "city", "admin1": None, "precision": "town"})],
               [M(0, 26, "ORG", key="US:embassy:بغداد", name_ar="السفارة الأميركية في بغداد", canonical=True,
                  keeps_nested=True, actor_code="USAGOV"),
                M(40, 47, "ORG", key="US:embassy:بغداد", name_ar="السفارة الأميركية في بغداد", canonical=False)])
    embassy = next(e for e in doc.entities if e.type == "ORG")
    assert [m.text for m in embassy.mentions] == ["السفارة الأميركية في بغداد", "السفارة"]
    assert embassy.actor_code == "USAGOV"
    assert any(e.type == "LOC" and e.mentions[0].text == "بغداد" for e in doc.entities)
    assert doc.mention_entity[(40, 47)] == embassy.id


def test_country_phrase_joins_the_places_country() -> None:
    text = "طالب الوفد الجانب الروسي بمساعدة موسكو"
    russia = dict(name_ar="روسيا", kb_id="geonames:2017370", key="geonames:2017370", country="RU",
                  geo={"lat": 60.0, "lon": 100.0, "feature": "country", "admin1": None, "precision": "country"})
    a, b = text.index("الجانب الروسي"), text.index("موسكو")
    doc = _doc(text, [M(b, b + 5, "LOC", metonym="geonames:524901", **russia)],
               [M(a, a + 13, "ORG", key="country:RU", link_country="RU", name_ar="روسيا", canonical=False)])
    assert len(doc.entities) == 1
    e = doc.entities[0]
    assert e.type == "LOC" and {m.text for m in e.mentions} == {"الجانب الروسي", "موسكو"}
    assert e.geo is not None


def test_country_phrase_alone_is_its_own_entity() -> None:
    text = "سلم الموقع إلى الجانب العراقي"
    a = text.index("الجانب العراقي")
    doc = _doc(text, [], [M(a, a + 14, "ORG", key="country:IQ", link_country="IQ", name_ar="العراق", canonical=False)])
    assert [e.name_ar for e in doc.entities] == ["العراق"]


@pytest.mark.parametrize("text,name", [
    # a kingdom's own full name is the country, placed on the map, not a body
    ("أعلنت المملكة العربية السعودية وإيران اتفاقهما.", "المملكة العربية السعودية"),
    ("وأكدت المملكة المغربية موقفها.", "المملكة المغربية"),
])
def test_a_countrys_full_name_is_the_country(text: str, name: str) -> None:
    from marsad import extract
    rec = extract(text, published="2025-01-01")
    ent = next(e for e in rec.entities if any(m.text == name for m in e.mentions))
    assert ent.type == "LOC" and ent.geo is not None and ent.geo.feature == "country"


@pytest.mark.parametrize("text,person,office", [
    # an office set off by a comma right after a name is that person's post
    # (the foreign ministry's full name, "الخارجية والهجرة", is the office)
    ("استقبل الدكتور بدر عبد العاطي، وزير الخارجية والهجرة، اليوم الثلاثاء، وفداً أوروبياً.", "بدر عبد العاطي",
     "وزير الخارجية والهجرة"),
    ("التقى محمد شياع السوداني، رئيس الوزراء العراقي، بالسفير.", "محمد شياع السوداني", "رئيس الوزراء العراقي"),
])
def test_an_appositive_office_is_the_person(text: str, person: str, office: str) -> None:
    from marsad import extract
    rec = extract(text, published="2025-01-01")
    people = [e for e in rec.entities if e.type == "PER"]
    assert len(people) == 1 and {m.text for m in people[0].mentions} == {person, office}, people


def _mention_texts(text: str) -> dict[str, list[str]]:
    from marsad import extract

    rec = extract(text, published="2025-06-01")
    return {e.name_ar: [m.text for m in e.mentions] for e in rec.entities}


@pytest.mark.parametrize("text, name, reference", [
    # a definite place-type noun refers back to the place named with it
    ("سيطرت قوات سوريا الديمقراطية على سد تشرين، وتنشر نحو 450 مقاتلاً في محيط السد.", "سد تشرين", "السد"),
    # with a clitic and diacritics: the mention starts at the article, on a letter
    ("سيطرت القوات على سد تشرين، ثم تمركزت بِالسدِّ أياماً.", "سد تشرين", "السدِّ"),
    # a region by its kind, when the article names only one
    ("تدور معارك في إقليم شبيلي السفلى، وستصل تعزيزات إضافية إلى الإقليم خلال أيام.", "شبيلي السفلى",
     "الإقليم"),
    # a city of the kind that opens the noun's sentence as its scene, named after the one named with the noun
    ("تقدمت الأرتال نحو مدينة سرت. وفي مصراتة، تظاهر مئات من أهالي المدينة أمس.", "مصراتة", "المدينة"),
])
def test_a_definite_place_noun_refers_back(text: str, name: str, reference: str) -> None:
    got = _mention_texts(text)
    assert reference in got.get(name, []), got


@pytest.mark.parametrize("text, word", [
    # two regions named before: "الإقليم" could be either, and is left alone
    ("وصلت تعزيزات من إقليم كردستان إلى إقليم شبيلي السفلى، وانتشرت في الإقليم.", "الإقليم"),
    # a body whose name ends in the noun, named after the base: "القاعدة" may be that body
    ("سقطت مسيّرة قرب قاعدة حرير الجوية، وأعلن تنظيم القاعدة مسؤوليته، وقال إن القاعدة ستواصل هجماتها.",
     "القاعدة"),
    # a definite adjective after the noun makes another name ("المدينة الرياضية")
    ("وصلت القوات إلى مدينة الطبقة، ثم تمركزت في المدينة الرياضية.", "المدينة"),
])
def test_an_unclear_place_noun_refers_to_none(text: str, word: str) -> None:
    got = _mention_texts(text)
    assert not any(word in ms for name, ms in got.items() if name != word and not name.endswith(word)), got


def test_a_city_named_in_passing_is_not_the_one_meant() -> None:
    # (a guard) a place the sentence names as where reinforcements came from is not the "القرية" meant
    got = _mention_texts("حاصرت الجماعة قرية الحصين. ودفعت تعزيزات من بلدة رداع، ونشرت قناصة حول القرية.")
    assert "القرية" in got.get("الحصين", []), got
