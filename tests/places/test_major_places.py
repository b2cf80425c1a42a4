"""Major places of the region count by their name alone, with no trigger noun or country nearby.

A city that is often in the news is frequent in Arabic text because it is in the news; the
gazetteer build used to read that frequency as "also a common word" and asked for evidence
(قتل ثلاثة في إدلب found nothing). Curated names (aliases.tsv) now count alone unless they are
very frequent words (صور "pictures")."""

from __future__ import annotations

import pytest

from marsad import extract

PLACES = [
    ("الخرطوم", "SD"), ("أم درمان", "SD"), ("الفاشر", "SD"), ("دارفور", "SD"), ("كردفان", "SD"),
    ("إدلب", "SY"), ("حلب", "SY"), ("حمص", "SY"), ("حماة", "SY"), ("درعا", "SY"),
    ("القدس", "IL"), ("تل أبيب", "IL"), ("إيلات", "IL"), ("رفح", "PS"),
    ("بنغازي", "LY"), ("مصراتة", "LY"), ("سرت", "LY"), ("درنة", "LY"),
    ("تعز", "YE"), ("عدن", "YE"), ("صنعاء", "YE"),
    ("الرمادي", "IQ"), ("تكريت", "IQ"), ("سنجار", "IQ"), ("تلعفر", "IQ"), ("تل عفر", "IQ"),
    ("بعلبك", "LB"), ("صيدا", "LB"), ("جدة", "SA"), ("مكة", "SA"), ("دبي", "AE"), ("كابول", "AF"),
]


@pytest.mark.parametrize("name,country", PLACES)
def test_major_place_alone(name: str, country: str) -> None:
    rec = extract(f"قتل ثلاثة أشخاص في {name} أمس.", published="2024-05-02")
    places = [e for e in rec.entities if e.type in ("LOC", "FAC")]
    assert places, name
    assert places[0].geo is not None and places[0].country == country


@pytest.mark.parametrize("sentence", [
    "نشرت الوكالة صور الدمار في المدينة.",  # صور: "pictures", not Tyre
    "قال إن الأمان عاد إلى الأسواق.",
])
def test_frequent_words_are_not_places(sentence: str) -> None:
    rec = extract(sentence, published="2024-05-02")
    assert not [e for e in rec.entities if e.type in ("LOC", "FAC")]


def test_clipped_gazetteer_name_is_not_the_display_name() -> None:
    # GeoNames lists a clipped Arabic form of El Obeid (الأبي) beside the real one
    rec = extract("قصفت قوات الدعم السريع مدينة الأبيض أمس.", published="2024-05-02")
    places = [e for e in rec.entities if e.type == "LOC"]
    assert [(p.name_ar, p.country) for p in places] == [("الأبيض", "SD")]


def test_tal_afar_is_named_tal_afar() -> None:
    # GeoNames' Arabic name for Tall ‘Afar translates "Tall" literally (طويل القامة, "tall in stature")
    rec = extract("انتشرت قطعات الجيش في قضاء تلعفر غربي نينوى.", published="2024-05-02")
    assert [e.name_ar for e in rec.entities if e.type == "LOC"][:1] == ["تلعفر"]


@pytest.mark.parametrize("sentence", ["قال البيت الأبيض إن العلم الأبيض رفع.", "عبروا البحر الأبيض المتوسط."])
def test_white_is_not_el_obeid(sentence: str) -> None:
    rec = extract(sentence, published="2024-05-02")
    assert not [e for e in rec.entities if e.name_ar == "الأبيض"]


@pytest.mark.parametrize("name", ["شمال دارفور", "جنوب كردفان", "غرب دارفور", "شمال كردفان"])
def test_sudan_states_alone(name: str) -> None:
    # a compass word and a name no ordinary phrase uses: the state, with no trigger noun
    rec = extract(f"وصلت القوات إلى {name} أمس.", published="2024-05-02")
    assert [(e.name_ar, e.country) for e in rec.entities if e.type == "LOC"] == [(name, "SD")]


def test_unknown_town_takes_its_container_position() -> None:
    rec = extract("قصفت قوات الدعم السريع أحياء سكنية في مدينة أبو كرشولا بجنوب كردفان أمس.", published="2024-05-02")
    town = next(e for e in rec.entities if e.name_ar.endswith("كرشولا"))
    assert town.geo is not None and town.geo.precision == "province"


@pytest.mark.parametrize("name,lat", [("كوستي", 13.16), ("الدلنج", 12.05), ("ربك", 13.18)])
def test_sudan_towns_by_their_own_names(name: str, lat: float) -> None:
    # Kosti and Rabak are neighbours on the White Nile; each keeps its own Arabic name
    rec = extract(f"قصفت مسيرة مدينة {name} أمس.", published="2024-05-02")
    town = next(e for e in rec.entities if e.name_ar.endswith(name))
    assert town.geo is not None and abs(town.geo.lat - lat) < 0.05


@pytest.mark.parametrize("sentence,name,lat", [
    # towns GeoNames holds with no Arabic name, named as Arabic news names them (aliases.tsv)
    ("وصدّت قوات الفرقة 22 مشاة في بابنوسة هجوماً للدعم السريع أمس.", "بابنوسة", 11.33),
    ("وسيطرت قوات الدعم السريع على مدينة الفولة أمس.", "الفولة", 11.73),
    ("ونزح آلاف المدنيين من مليط باتجاه الفاشر.", "مليط", 14.13),
])
def test_sudan_towns_without_a_geonames_arabic_name(sentence: str, name: str, lat: float) -> None:
    rec = extract(sentence, published="2024-05-02")
    town = next(e for e in rec.entities if e.name_ar.endswith(name))
    assert town.country == "SD" and town.geo is not None and abs(town.geo.lat - lat) < 0.05


def test_a_sudanese_town_that_is_also_a_word_needs_sudan() -> None:
    # (كاس is also "cup": no Sudanese town without a preposition and Sudan in the article)
    rec = extract("ورفع المنتخب كاس البطولة أمس.", published="2024-05-02")
    assert not [e for e in rec.entities if e.type == "LOC"]


def test_district_named_after_its_town() -> None:
    # "قضاء بنت جبيل": a district takes its seat's name, so the trigger is evidence for the town
    rec = extract("قتل شخصان في بلدة الطيري في قضاء بنت جبيل.", published="2024-05-02")
    assert "بنت جبيل" in [e.name_ar for e in rec.entities if e.type == "LOC"]


def test_gas_field_with_its_adjective() -> None:
    rec = extract("استهدفت طائرة مسيرة حقل كورمور الغازي في السليمانية.", published="2024-05-02")
    assert "حقل كورمور الغازي" in [e.name_ar for e in rec.entities if e.type == "FAC"]


@pytest.mark.parametrize("text,name,country,lat", [
    # North African cities named without their country or a place noun (aliases.tsv)
    ("وحجزت الجمارك بالناظور شحنة من المخدرات أمس.", "الناظور", "MA", 35.17),
    ("وتجددت الاحتجاجات في قفصة للمطالبة بالتشغيل.", "قفصة", "TN", 34.42),
    ("وعقد المجلس جلسته في طبرق أمس.", "طبرق", "LY", 32.08),
    ("وخرجت مسيرة في قابس ضد التلوث.", "قابس", "TN", 33.88),
])
def test_north_african_cities_alone(text: str, name: str, country: str, lat: float) -> None:
    rec = extract(text, published="2025-03-02")
    [town] = [e for e in rec.entities if e.type == "LOC"]
    assert (town.name_ar, town.country) == (name, country)
    assert town.geo is not None and abs(town.geo.lat - lat) < 0.1


@pytest.mark.parametrize("text,name", [
    # "و" before a country's name is "and": it spells no other word (wordfreq counts "وإريتريا" as one)
    ("ووصل لاجئون من الصومال وإثيوبيا وإريتريا.", "إريتريا"),
    ("وصل وفد من كينيا ورواندا إلى الخرطوم.", "رواندا"),
])
def test_a_country_after_and(text: str, name: str) -> None:
    rec = extract(text, published="2025-03-02")
    assert name in [e.name_ar for e in rec.entities if e.type == "LOC"]


def test_a_conjunct_of_a_place_of_the_same_country() -> None:
    # "صفاقس وسوسة": names that need evidence alone count after a place of their country
    rec = extract("وشارك في المسيرة نقابيون قدموا من صفاقس وسوسة.", published="2026-01-22")
    assert {e.name_ar for e in rec.entities if e.type == "LOC" and e.country == "TN"} >= {"صفاقس", "سوسة"}


@pytest.mark.parametrize("text,absent", [
    # a town named like a phrase needs its country: "بسطات" is "at stalls" in a Baghdad market
    ("وقع الانفجار قرب بسطات الباعة في سوق الشورجة ببغداد.", "سطات"),
    # a governorate named by two towns is one name, not a second town
    ("وقال محافظ رام الله والبيرة إن الاعتداءات تصاعدت.", "البيرة"),
])
def test_no_place_inside_a_phrase(text: str, absent: str) -> None:
    rec = extract(text, published="2025-11-18")
    assert absent not in [e.name_ar for e in rec.entities]


@pytest.mark.parametrize("text,site", [
    # a site named after a person, past the honorific, and "علي" read as the name
    ("نقل الجرحى إلى مستشفى الملك فهد في جازان.", "مستشفى الملك فهد"),
    ("نقل الجرحى إلى مستشفى الشهيد أحمد ياسين في غزة.", "مستشفى الشهيد أحمد ياسين"),
    ("تجمع المصلون في مسجد الإمام علي في النجف.", "مسجد الإمام علي"),
    ("نظمت وقفة في ساحة محمد علي وسط المدينة.", "ساحة محمد علي"),
    ("تجمع المصلون في مسجد الحسيني وسط عمّان.", "مسجد الحسيني"),
])
def test_a_site_named_after_a_person(text: str, site: str) -> None:
    rec = extract(text, published="2025-11-18")
    assert site in [e.name_ar for e in rec.entities if e.type in ("FAC", "LOC")]
    assert not [e for e in rec.entities if e.type == "PER"]
