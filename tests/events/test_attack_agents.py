"""Who attacked, when an announcement counts the dead of an attack told in a relative clause."""

from __future__ import annotations

import pytest

from marsad import extract


def _actors(rec, typ: str = "ASSAULT") -> list[list[str]]:
    names = {e.id: e.name_ar for e in rec.entities}
    return [[names[a] for a in e.actor] for e in rec.events if e.type == typ]


@pytest.mark.parametrize("sentence,actor", [
    # an adjective between the attack and its relative clause
    ("أعلنت وزارة الدفاع الأردنية مقتل جنديين جراء قصف مدفعي شنته ميليشيا مسلحة تابعة لحزب الله على موقع حدودي.",
     "حزب الله"),
    # members of the group as the relative clause's subject
    ("قالت الشرطة إن هجوما شنه عناصر من حركة الشباب استهدف قافلة قرب مقديشو أمس.", "حركة الشباب"),
    # the speaker's word for the attack between it and its relative clause
    ("وقال الجيش إن قواته تصدت فجر اليوم لهجوم غادر شنته قوات الدعم السريع على مدينة الفاشر.", "قوات الدعم السريع"),
    # the one armed group named, called "the militia" by its enemy
    ("هاجمت جماعة الحوثي مواقع في مأرب أمس. وقال الجيش اليمني إنه صدّ هجوماً واسعاً شنته الميليشيا على جبهة صرواح.",
     "الحوثي"),
])
def test_relative_clause_subject_attacked(sentence: str, actor: str) -> None:
    rec = extract(sentence, published="2024-03-10")
    assert any(actor in a or any(actor in x for x in a) for a in _actors(rec)), _actors(rec)


def test_who_reports_the_dead_did_not_fire() -> None:
    rec = extract("أعلنت الوزارة مقتل ثلاثة جنود أتراك في قصف استهدف موقعهم.", published="2024-03-10")
    names = {e.id: e.name_ar for e in rec.entities}
    for ev in rec.events:
        if ev.type == "ASSAULT":
            assert "الوزارة" not in [names[a] for a in ev.actor]


@pytest.mark.parametrize("sentence,speaker", [
    ("أعلنت وزارة الخارجية الأردنية إدانتها الشديدة للهجوم الذي استهدف كنيسة في مدينة الإسكندرية.",
     "وزارة الخارجية الأردنية"),
    ("وأعلنت الحكومة العراقية استنكارها للتفجير الذي استهدف سوقاً شعبية في مدينة الصدر.", "الحكومة العراقية"),
])
def test_who_announces_its_condemnation_did_not_attack(sentence: str, speaker: str) -> None:
    """"أعلنت الوزارة إدانتها للهجوم": the noun of condemnation is what it announces, the attack another's."""
    rec = extract(sentence, published="2024-03-10")
    assert _actors(rec) and all(speaker not in a for a in _actors(rec)), _actors(rec)


@pytest.mark.parametrize("sentence,typ,actor", [
    ("قُتل شاب على يد قوات الأمن السورية في مدينة درعا أمس.", "ASSAULT", "قوات الأمن السورية"),
    ("واعتُقل الصحفي على أيدي عناصر من جهاز الأمن الداخلي في مدينة بنغازي.", "COERCE", "جهاز الأمن الداخلي"),
    ("وعلّقت الشركة أعمالها على خلفية اختطاف أربعة عمال على أيدي مسلحين قبليين مساء الجمعة الماضي.", "ASSAULT",
     "مسلحين قبليين"),
])
def test_at_the_hands_of_names_the_doer(sentence: str, typ: str, actor: str) -> None:
    """"على يد"، "على أيدي": the doer of an act told in the passive or by its noun ("مسلحون قبليون": tribal
    gunmen, named by their adjective alone)."""
    rec = extract(sentence, published="2024-03-10")
    assert [[actor]] == _actors(rec, typ), _actors(rec, typ)


def test_a_condemned_attack_told_by_its_own_verb_is_an_occasion() -> None:
    """"أدانت الحكومة الهجوم الذي شنته قوات الدعم السريع على مدينة الفاشر": the act condemned, told by its own verb,
    is an attack of its own; the condemnation faces its doer, not those a relative verb says it hit."""
    rec = extract("أدانت الحكومة السودانية الهجوم الذي شنته قوات الدعم السريع على مدينة الأبيض.", published="2024-03-10")
    assert _actors(rec) == [["قوات الدعم السريع"]], _actors(rec)
    rec = extract("أدان مجلس الأمن الدولي الهجوم الذي استهدف قوات اليونيفيل في جنوب لبنان أمس.", published="2024-03-10")
    names = {e.id: e.name_ar for e in rec.entities}
    accused = [names[x] for e in rec.events if e.type == "ACCUSE" for x in e.recipient]
    assert not any("الأمم المتحدة" in n or "اليونيفيل" in n for n in accused), accused


def test_word_inside_a_place_name_is_no_trigger() -> None:
    # "سلم" (handed over) inside the village name "مجدل سلم"
    rec = extract("قتل مدنيان في غارة على بلدة مجدل سلم جنوب لبنان.", published="2024-03-10")
    assert [e.type for e in rec.events] == ["ASSAULT"]


def test_place_behind_an_edge_noun_is_the_location() -> None:
    rec = extract("قتل مدنيان في غارة نفذتها مسيرة إسرائيلية على سيارة عند مدخل بلدة مجدل سلم في قضاء مرجعيون.",
                  published="2024-03-10")
    names = {e.id: e.name_ar for e in rec.entities}
    locs = [names[x] for e in rec.events if e.type == "ASSAULT" for x in e.location]
    assert "بلدة مجدل سلم" in locs, locs


def test_a_states_aircraft_strike_for_the_state() -> None:
    rec = extract("شنّت طائرات حربية إسرائيلية غارات على بلدات في البقاع، فيما قالت إسرائيل إنها استهدفت مخازن سلاح.",
                  published="2024-03-10")
    assert any("إسرائيل" in a for a in _actors(rec)), _actors(rec)
    # (no state named in the article: the aircraft alone)
    rec = extract("شنّت طائرات حربية إسرائيلية غارات على بلدات في البقاع.", published="2024-03-10")
    assert _actors(rec) == [["طائرات حربية إسرائيلية"]], _actors(rec)


@pytest.mark.parametrize("sentence,actor", [
    ("قصفت طائرات روسية سوقاً شعبية في مدينة معرة النعمان أمس.", "طائرات روسية"),
    ("استهدفت مقاتلات تركية مواقع في جبل قنديل فجر اليوم.", "مقاتلات تركية"),
    ("وأطلقت مروحيات أميركية النار على زورق قرب الساحل.", "مروحيات أميركية"),
])
def test_aircraft_told_indefinitely_with_their_state_strike(sentence: str, actor: str) -> None:
    """"قصفت طائرات روسية …": the warplanes, with no "حربية", are their state's air arm."""
    rec = extract(sentence, published="2024-03-10")
    assert [actor] in _actors(rec), _actors(rec)


def test_a_town_or_a_city_that_is_no_capital_does_not_act() -> None:
    from marsad.api import Extractor
    from marsad.events import _agents

    ex = Extractor(disable=("events", "posture", "summaries"))
    doc = ex.pipeline(ex.make_doc("وصلت التعزيزات إلى الميادين ودمشق وسنجار أمس.", "2025-01-01"))
    ids = {e.name_ar: e.id for e in doc.entities}
    kept = {e.name_ar for e in doc.entities if e.id in _agents(doc, list(ids.values()))}
    assert "دمشق" in kept and "الميادين" not in kept and "سنجار" not in kept, (ids, kept)


def test_who_accuses_an_unnamed_party_did_not_do_what_it_is_accused_of() -> None:
    rec = extract("وأعلنت وزارة الخزانة الأميركية تجميد أصول القادة الثلاثة، متهمةً إياهم بالإشراف على عمليات قتل جماعي "
                  "في الفاشر.", published="2024-03-10")
    assert all("وزارة الخزانة الأميركية" not in a for a in _actors(rec)), _actors(rec)
