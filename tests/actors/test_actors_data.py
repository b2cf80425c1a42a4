"""The actors layer's data files: headers, well-formed rows, codes, no silent duplicates."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from marsad.actors.lexicon import lexicon, parse_codes
from marsad.resources import read_tsv

from .conftest import actor_at, actor_texts

FILES = {
    "agents.tsv": 7, "dictionary.tsv": 9, "names.tsv": 4, "nationalities.tsv": 9, "organisations.tsv": 11,
    "outlets.tsv": 7, "people.tsv": 7, "sources.tsv": 3, "titles.tsv": 4, "units.tsv": 4, "words.tsv": 2,
    "institutions.tsv": 5, "given_names.tsv": 2,
}
CAMEO = re.compile(r"^[A-Z]{3,15}$")


@pytest.mark.parametrize("name", sorted(FILES))
def test_header(name: str) -> None:
    text = resources.files("marsad.actors").joinpath(f"data/{name}").read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#")).lower()
    for word in ("source", "licence", "format:", "example:"):
        assert word in header, f"{name}: header lacks {word!r}"


@pytest.mark.parametrize("name, fields", sorted(FILES.items()))
def test_rows_have_their_fields(name: str, fields: int) -> None:
    rows = read_tsv("marsad.actors", f"data/{name}", min_fields=fields)
    assert rows and all(len(r) >= fields for r in rows)


@pytest.mark.parametrize("name, col", [("organisations.tsv", 0), ("outlets.tsv", 0), ("people.tsv", 0),
                                       ("dictionary.tsv", 0)])
def test_ids_unique(name: str, col: int) -> None:
    ids = [r[col] for r in read_tsv("marsad.actors", f"data/{name}")]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", ["titles.tsv", "agents.tsv", "words.tsv"])
def test_no_doubled_article(name: str) -> None:
    # a word written with the article twice ("الالأمينة") matches no text
    bad = [r[0] for r in read_tsv("marsad.actors", f"data/{name}") if r[0].startswith(("الالأ", "الالإ", "الالآ"))]
    assert not bad, bad


def test_codes_are_cameo_like() -> None:
    for name, col in (("organisations.tsv", 4), ("people.tsv", 3), ("dictionary.tsv", 4)):
        for row in read_tsv("marsad.actors", f"data/{name}"):
            for code, start, end in parse_codes(row[col]):
                assert CAMEO.match(code), f"{name}: {row[:3]} code {code!r}"
                for d in (start, end):
                    assert d == "" or re.fullmatch(r"\d{8}", d), f"{name}: {row[:3]} date {d!r}"


def test_at_least_80_outlets() -> None:
    assert len(read_tsv("marsad.actors", "data/outlets.tsv")) >= 80


def test_nationality_forms_are_unambiguous() -> None:
    lex = lexicon()
    clashes = {f: {n.nat.key for n in forms} for f, forms in lex.nat_forms.items() if len({n.nat.key for n in forms}) > 1}
    assert clashes == {}


@pytest.mark.parametrize("form, iso2", [("الأميركية", "US"), ("الأمريكيين", "US"), ("أميركيون", "US"),
                                        ("التركي", "TR"), ("الأتراك", "TR"), ("الروس", "RU"), ("أكراد", ""),
                                        ("الكورية الجنوبية", "KR"), ("العراقيتين", "IQ")])
def test_nationality_inflections(form: str, iso2: str) -> None:
    from marsad.actors.lexicon import fkey

    forms = lexicon().nat_forms[fkey(form)]
    assert forms[0].nat.iso2 == iso2


def test_excluded_forms_stay_out() -> None:
    from marsad.actors.lexicon import fkey

    assert fkey("المالية") not in lexicon().nat_forms  # financial, not Malian


@pytest.mark.parametrize("text, name_en", [
    # Sahel armed groups named in Arabic news
    ("فارّين من عمليات دهم نفذها الجيش المالي وعناصر من «الفيلق الأفريقي» الروسي.", "Africa Corps (Russia)"),
    ("وتبنت جماعة نصرة الإسلام والمسلمين الهجوم على الثكنة.", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
    # Tripoli's armed bodies by their full names
    ("نفى المتحدث باسم جهاز الردع لمكافحة الجريمة المنظمة والإرهاب سالم الفيتوري ذلك.",
     "Radaa Deterrence Apparatus for Combating Organized Crime and Terrorism"),
    ("اندلعت اشتباكات بين جهاز دعم الاستقرار و\"اللواء 444 قتال\" في طرابلس.", "444th Combat Brigade"),
    # UN agencies and missions by their Arabic names and acronyms
    ("وسلّم برنامج الأمم المتحدة الإنمائي مولدات كهربائية لمستشفى المدينة.", "UN Development Programme (UNDP)"),
    ("وحذّر صندوق الأمم المتحدة للسكان من نقص الرعاية للحوامل.", "UN Population Fund (UNFPA)"),
    ("وأزالت فرق دائرة الأمم المتحدة للإجراءات المتعلقة بالألغام قذائف غير منفجرة.", "UN Mine Action Service (UNMAS)"),
    ("وسيّرت بعثة المينورسو دورية قرب الجدار الرملي.",
     "UN Mission for the Referendum in Western Sahara (MINURSO)"),
    ("وقالت قوة الأمم المتحدة الأمنية المؤقتة لأبيي إن الوضع هادئ.", "UN Interim Security Force for Abyei (UNISFA)"),
    ("ونشرت الإسكوا تقريراً عن الفقر في المنطقة.",
     "UN Economic and Social Commission for Western Asia (ESCWA)"),
    # East Africa's intergovernmental body by its name and its acronym
    ("ودعت الهيئة الحكومية الدولية للتنمية إلى وقف القتال في جنوب السودان.",
     "Intergovernmental Authority on Development (IGAD)"),
    ("وتعقد قمة الإيغاد في جيبوتي الأسبوع المقبل.", "Intergovernmental Authority on Development (IGAD)"),
    # a navy by its official name, with its boats
    ("وأنقذت القوة البحرية والزوارق الملكية الأردنية صيادين في العقبة.", "Royal Jordanian Naval Force"),
])
def test_named_bodies(run, text: str, name_en: str) -> None:
    doc = run(text)
    assert name_en in [m.attrs.get("name_en") for m in doc.spans["actors"]]


def test_a_spokesman_for_the_ministry_of_health_named_with_a_common_given_name(run) -> None:
    doc = run("نقلت وكالة الأنباء العراقية عن المتحدث باسم وزارة الصحة سيف البدر قوله إن الحصيلة ارتفعت.")
    assert "سيف البدر" in actor_texts(doc, "PER")


def test_a_deterrent_force_is_no_libyan_apparatus(run) -> None:
    doc = run("وقال المسؤول إن الصواريخ الباليستية تمثل قوة الردع الرئيسية لإيران.")
    assert all("Radaa" not in (m.attrs.get("name_en") or "") for m in doc.spans["actors"])


@pytest.mark.parametrize("text", [
    # the African Union's Peace and Security Council, whose name joins two nouns with و
    "ودعا مجلس السلم والأمن التابع للاتحاد الأفريقي طرفي النزاع إلى وقف فوري لإطلاق النار.",
    "وعقد مجلس السلم والأمن الإفريقي اجتماعاً طارئاً في أديس أبابا.",
])
def test_the_au_peace_and_security_council(run, text: str) -> None:
    doc = run(text)
    assert "AU Peace and Security Council" in [m.attrs.get("name_en") for m in doc.spans["actors"]]


@pytest.mark.parametrize("text,surface", [
    # the Houthis named by their adjective after a group head, as Yemeni and Saudi outlets write
    ("تبنت الجماعة الحوثية الهجوم على السفينة.", "الجماعة الحوثية"),
    ("وقصفت الميليشيا الحوثية أحياء مدينة تعز.", "الميليشيا الحوثية"),
    ("وأعلنت الحركة الحوثية مسؤوليتها عن الهجوم.", "الحركة الحوثية"),
])
def test_the_houthis_by_their_adjective(run, text: str, surface: str) -> None:
    doc = run(text)
    assert [m.attrs.get("name_en") for m in doc.spans["actors"] if doc.text[m.start:m.end] == surface] == \
        ["Houthis (Ansar Allah)"], [(doc.text[m.start:m.end], m.attrs.get("name_en")) for m in doc.spans["actors"]]


@pytest.mark.parametrize("text, name_en", [
    # ministries named by two fields, or by the Maghreb's and Egypt's own words (الفلاحة، التموين)
    ("ورفضت وزارة الفلاحة والصيد البحري المغربية رفع المنع.", "Moroccan Ministry of Agriculture and Maritime Fisheries"),
    ("وأعلنت وزارة التموين والتجارة الداخلية المصرية زيادة سعر التوريد.",
     "Egyptian Ministry of Supply and Internal Trade"),
])
def test_ministries_of_two_fields(run, text: str, name_en: str) -> None:
    doc = run(text)
    assert name_en in [m.attrs.get("name_en") for m in doc.spans["actors"]], \
        [(doc.text[m.start:m.end], m.attrs.get("name_en")) for m in doc.spans["actors"]]


def test_the_coalition_led_by_a_state_keeps_the_state(run) -> None:
    # "التحالف بقيادة السعودية": the Saudi-led coalition in Yemen, and Saudi Arabia named within it
    doc = run("وشنت مقاتلات التحالف بقيادة السعودية غارات على مواقع الحوثيين في محافظة الجوف.")
    assert "Saudi-led Coalition to Restore Legitimacy in Yemen" in [m.attrs.get("name_en") for m in doc.spans["actors"]], \
        actor_texts(doc)
    assert "السعودية" in [doc.text[m.start:m.end] for m in doc.spans["mentions"] if m.label == "LOC"], \
        [(doc.text[m.start:m.end], m.label) for m in doc.spans["mentions"]]


def test_forces_named_by_a_groups_adjective_are_the_group(run) -> None:
    # "قوات حوثية": the Houthis' forces, one entity with the Houthis named elsewhere
    doc = run("هاجمت قوات حوثية مواقع الجيش في مأرب. وقصف الحوثيون المدينة.")
    keys = {doc.text[m.start:m.end]: m.attrs.get("key") for m in doc.spans["actors"]}
    assert keys["قوات حوثية"] == keys["الحوثيون"], keys


def test_the_tribal_mobilisation_is_no_popular_mobilisation(run) -> None:
    # Iraq's tribal fighters (الحشد العشائري) are a force of their own, not the PMF named by its first word
    doc = run("وتقدمت قطعات الجيش ومقاتلو الحشد العشائري نحو وادي حوران.")
    assert [m.attrs.get("name_en") for m in doc.spans["actors"] if "الحشد" in doc.text[m.start:m.end]] == \
        ["Tribal Mobilisation Forces (Iraq)"], [(doc.text[m.start:m.end], m.attrs.get("name_en")) for m in doc.spans["actors"]]


def test_a_kurdish_given_name_starts_a_persons_name(run) -> None:
    doc = run("وقال آرام شيخاني إن القرار اتخذ من دون تشاور.")
    assert "آرام شيخاني" in actor_texts(doc, "PER")


@pytest.mark.parametrize("text,surface", [
    # a movement named by حراك and the people and place it stands for
    ("وطالب حراك شباب الزاوية حكومة الوحدة الوطنية بإخراج التشكيلات المسلحة.", "حراك شباب الزاوية"),
    # Lebanese usage: the security forces as القوى الأمنية
    ("وتجمع المحتجون في بيروت، فيما أغلقت القوى الأمنية الطرقات المؤدية إلى ساحة رياض الصلح في العاصمة "
     "اللبنانية بيروت.", "القوى الأمنية"),
])
def test_a_movement_and_the_security_forces_by_their_heads(run, text: str, surface: str) -> None:
    doc = run(text)
    assert surface in actor_texts(doc, "ORG"), \
        actor_texts(doc)


def test_title_flags_are_known() -> None:
    # titles.tsv's optional fifth column says "local" (a post named by the place it governs), "seated" (one named
    # by the court it sits at) or nothing
    flags = {r[4] for r in read_tsv("marsad.actors", "data/titles.tsv", min_fields=4) if len(r) > 4}
    assert flags <= {"local", "seated", "-"}, flags
    local = {r[0] for r in read_tsv("marsad.actors", "data/titles.tsv") if len(r) > 4 and r[4] == "local"}
    assert {"محافظ", "والي", "رئيس بلدية", "قائمقام"} <= local, local


@pytest.mark.parametrize("text,surface,name_en", [
    ("ودعت المفوضية الجهات المانحة إلى سد العجز في التمويل.", "الجهات المانحة", "Donors"),
    ("وناشد المحافظ المنظمات الإنسانية إرسال فرق إغاثة.", "المنظمات الإنسانية", "Humanitarian organisations"),
    ("وطالب المجلس المنظمات الدولية بالتحقيق في الحادثة.", "المنظمات الدولية", "International organisations"),
    ("وطالبت الحركة الدول الضامنة بإلزام الطرف الآخر بوقف القصف.", "الدول الضامنة", "Guarantor states"),
])
def test_the_bodies_a_call_is_made_to(run, text: str, surface: str, name_en: str) -> None:
    # donors, aid agencies, international bodies and guarantor states: parties that calls and appeals name
    doc = run(text)
    m = actor_at(doc, surface)
    assert m.label == "ORG" and m.attrs.get("name_en") == name_en
