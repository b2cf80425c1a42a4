"""Force posture: who keeps how many troops where (sentences written for Marsad)."""

from __future__ import annotations

import pytest
from event_helpers import country, names

US = (["الولايات المتحدة", "واشنطن"], "LOC", country("US", 38.9, -77.0))
USF = (["القوات الأميركية"], "ORG", {"country": "US", "actor_code": "USAMIL"})
TRF = (["القوات التركية"], "ORG", {"country": "TR", "actor_code": "TURMIL"})
IQ = (["العراق"], "LOC", country("IQ"))
SY = (["سوريا"], "LOC", country("SY", 35.0, 38.0))
ERBIL = (["أربيل"], "LOC", {"country": "IQ"})


@pytest.mark.parametrize("text,entities,actor,location,value,status", [
    ("ويذكر أن للولايات المتحدة نحو 900 جندي في سوريا.", [US, SY], "الولايات المتحدة", "سوريا", 900, "current"),
    ("وتنتشر في العراق القوات الأميركية البالغ عددها نحو 2500 جندي.", [USF, IQ], "القوات الأميركية", "العراق", 2500,
     "current"),
    ("وتخطط واشنطن لإبقاء أقل من 500 عنصر في أربيل.", [US, ERBIL], "واشنطن", "أربيل", 500, "planned"),
])
def test_posture(read, text: str, entities: list, actor: str, location: str, value: int, status: str) -> None:
    doc = read(text, entities)
    assert doc.posture, [q.text for q in doc.quantities]
    p = doc.posture[0]
    q = {q.id: q for q in doc.quantities}[p.quantity or ""]
    assert actor in names(doc, [p.actor or ""]) and location in names(doc, [p.location or ""])
    assert q.value == value and p.status == status
    assert q.entity == p.actor  # the counted entity is written back to the Quantity


def test_article_country_when_the_sentence_names_none(read) -> None:
    doc = read("تعمل الحكومة في العراق على خطة أمنية. وتبقى القوات التركية البالغ عددها نحو 3000 جندي.", [TRF, IQ])
    assert [names(doc, [p.location or ""]) for p in doc.posture] == [{"العراق"}]


@pytest.mark.parametrize("text,entities", [
    ("قتل 12 جندياً في هجوم على قاعدة عسكرية في العراق.", [IQ]),   # casualties are not posture
    ("سحبت القوات الأميركية 300 جندي من العراق.", [USF, IQ]),       # a movement, not a standing force
])
def test_not_posture(read, text: str, entities: list) -> None:
    assert read(text, entities).posture == []


def _full(text: str):  # type: ignore[no-untyped-def]
    import marsad

    return marsad.extract(text, published="2025-08-19")


def test_a_force_counted_by_nationality_is_its_states() -> None:
    # "نحو 13 ألف عسكري أمريكي": a force with no name of its own; the state named in the article keeps it
    rec = _full("ينتشر في الكويت نحو 13 ألف عسكري أمريكي. وقالت الولايات المتحدة إن التعاون مستمر.")
    by_id = {e.id: e for e in rec.entities}
    [p] = rec.posture
    assert by_id[p.actor].name_ar == "الولايات المتحدة" and by_id[p.location].name_ar == "الكويت"


def test_the_land_of_a_place_is_the_place() -> None:
    rec = _full("وتحتفظ روسيا بنحو 2000 جندي في قواعد عدة داخل أراضي سوريا.")
    by_id = {e.id: e for e in rec.entities}
    [p] = rec.posture
    assert (by_id[p.actor].name_ar, by_id[p.location].name_ar) == ("روسيا", "سوريا")


def test_fighters_of_no_one_named_keep_no_posture() -> None:
    rec = _full("ويبقى مصير مئات المسلحين المتحصنين في جبال حمرين مجهولاً.")
    assert rec.posture == []


def test_fishermen_at_a_port_keep_no_forces() -> None:
    # (a guard) "اعتصاماً كان يخوضه عشرات البحارة داخل ميناء …": a crowd counted at a place, no force kept there
    rec = _full("فضّت عناصر من الدرك الملكي اعتصاماً مفتوحاً كان يخوضه عشرات البحارة ومهنيي الصيد التقليدي داخل "
                "ميناء الصويرة منذ يوم الجمعة الماضي.")
    assert rec.posture == [], rec.posture


def test_a_force_in_part_of_a_province() -> None:
    # "في الجبهات الشرقية لمحافظة الضالع": a part of the province, its genitive by ل after في, is where they are
    rec = _full("ويرابط في الجبهات الشرقية لمحافظة الضالع نحو 5 آلاف مقاتل من القوات الحكومية اليمنية.")
    by_id = {e.id: e for e in rec.entities}
    [p] = rec.posture
    assert by_id[p.location].name_ar == "الضالع", by_id[p.location].name_ar


def test_a_force_past_a_comma_is_not_the_owner_of_a_count() -> None:
    # (a guard) "تسليم أنفسهم للجيش، على غرار ثلاثة إرهابيين سلّموا أنفسهم في …": the army is who they surrender to,
    # the count after the comma is of those who did, not the army's forces there
    rec = _full("ودعت وزارة الدفاع الوطني الجزائرية العناصر المتبقية إلى تسليم أنفسهم للجيش الجزائري، على غرار ثلاثة "
                "إرهابيين سلّموا أنفسهم في مدينة عين قزام خلال الشهر الماضي.")
    assert rec.posture == [], rec.posture
