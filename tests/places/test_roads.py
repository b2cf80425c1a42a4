"""Roads named in the news: by class and number, by their kind, or by the towns they join."""

from __future__ import annotations

import pytest

from marsad import extract
from marsad.doc import Doc, Mention
from marsad.places import find_places
from marsad.text.tokenise import tokenise


def roads(text: str) -> dict[str, Mention]:
    doc = Doc(text)
    doc.tokens = tokenise(text)
    return {text[m.start:m.end]: m for m in find_places(doc) if m.attrs.get("kind") == "road"}


@pytest.mark.parametrize("text, road", [
    # by class and number (the Maghreb's national and provincial roads)
    ("أغلق محتجون الطريق الوطني رقم 5 قرب مدينة سطيف بالحجارة.", "الطريق الوطني رقم 5"),
    ("قطع عمال المصنع الطريق الوطنية رقم 7 الرابطة بين صفاقس وقابس.", "الطريق الوطنية رقم 7"),
    # by its kind, which names the one road of the area
    ("انتشرت دوريات الجيش على الطريق الساحلي قرب مدينة الخمس.", "الطريق الساحلي"),
    ("تعرضت شاحنة لإطلاق نار على الطريق الدولي السريع غرب الرمادي.", "الطريق الدولي السريع"),
    ("أغلقت الشرطة الطريق الدائري الثاني في بغداد.", "الطريق الدائري الثاني"),
    # by the towns it joins, with a dash or with الرابط بين
    ("سقطت قذيفة على طريق حمص – تدمر مساء أمس.", "طريق حمص – تدمر"),
    ("هاجم مسلحون حافلة على الطريق الدولي دمشق – عمّان.", "الطريق الدولي دمشق – عمّان"),
    ("قطع الأهالي الطريق الوطني الرابط بين مدينة الكوت ومدينة العمارة.",
     "الطريق الوطني الرابط بين مدينة الكوت ومدينة العمارة"),
    # a second town the gazetteer does not know, after the dash
    ("استهدفت مسيرة دراجة نارية على طريق النبطية – البازورية.", "طريق النبطية – البازورية"),
])
def test_road_names(text: str, road: str) -> None:
    assert road in roads(text), list(roads(text))


@pytest.mark.parametrize("text", [
    # (guards) a road of no name: generic, "الطريق الدولي" alone, the way to one town, a town's road
    "أغلق المحتجون الطريق العام لساعات.",
    "أغلق المحتجون الطريق الرئيسي وسط المدينة.",
    "تعرضت حافلة لهجوم على الطريق الدولي قرب الحدود.",
    "تقدمت القوات على طريق سنجار فجر اليوم.",
    "قطع الأهالي الطريق الرابط بين مدينة الكوت ومدينة العمارة.",
    "استهدفت مسيرة سيارة على طريق بلدة كفرصير.",
])
def test_no_road_name(text: str) -> None:
    assert roads(text) == {}


def test_the_towns_a_road_joins_keep_their_mentions() -> None:
    rec = extract("سقطت قذيفة على طريق حمص – تدمر مساء أمس.", published="2025-05-02")
    names = {e.name_ar for e in rec.entities}
    assert {"طريق حمص – تدمر", "حمص", "تدمر"} <= names, names


def test_a_road_joining_two_towns_lies_between_them() -> None:
    m = roads("سقطت قذيفة على طريق حمص – تدمر مساء أمس.")["طريق حمص – تدمر"]
    geo = m.attrs["geo"]
    assert 34.5 < geo["lat"] < 34.8 and 36.7 < geo["lon"] < 38.3, geo


def test_a_road_closed_is_where_the_protest_was() -> None:
    # "أغلق محتجون الطريق الوطني رقم 5 قرب سطيف": on the road, and at the town the roles read
    rec = extract("أغلق محتجون الطريق الوطني رقم 5 قرب مدينة سطيف بالحجارة.", published="2025-05-02")
    names = {e.id: e.name_ar for e in rec.entities}
    protest = next(e for e in rec.events if e.type == "PROTEST")
    assert "الطريق الوطني رقم 5" in [names[x] for x in protest.location], protest
