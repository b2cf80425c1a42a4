"""Speakers the entity layer did not name: a person after a title or a rank, a body it does not
know, the addressee of a call, an outlet reporting on its own (entities given by hand)."""

from __future__ import annotations

import pytest

LBARMY = (["الجيش اللبناني"], "ORG", {"country": "LB", "actor_code": "LBNMIL"})
JOMIN = (["وزير الخارجية الأردني"], "PER", {"country": "JO"})
EGMFA = (["وزارة الخارجية المصرية"], "ORG", {"country": "EG", "actor_code": "EGYGOV"})
WASHINGTON = (["واشنطن"], "LOC", {"country": "US"})
HADATH = (["قناة الحدث"], "ORG", {"kind": "outlet"})
ANADOLU = (["الأناضول"], "ORG", {"kind": "outlet"})
LIBYA = (["ليبيا"], "LOC", {"country": "LY"})
IRAQ = (["العراق"], "LOC", {"country": "IQ"})
ENVOY = (["هانز شولتس"], "PER", {})


def _speakers(doc) -> list[tuple[str | None, str | None, str]]:
    by_id = {e.id: e for e in doc.entities}
    return [(s.speaker_text.text if s.speaker_text else None, by_id[s.via].name_ar if s.via else None, s.cue.text)
            for s in doc.statements]


@pytest.mark.parametrize("text,entities,speaker,via", [
    # a rank, then the person: the person speaks, not the office before the rank
    ("وقال المتحدث باسم الجيش اللبناني العميد نزيه جبور إن الوحدات انتشرت في البلدة.", [LBARMY], "نزيه جبور", None),
    ("وقال الناطق العسكري العقيد خالد علي حسن للأناضول إن القصف توقف.", [ANADOLU], "خالد علي حسن", "الأناضول"),
    # a title the entity layer read as a person, then a given name
    ("وقال وزير الخارجية الأردني سمير الحياري في مؤتمر صحفي إن المفاوضات متعثرة.", [JOMIN], "سمير الحياري", None),
    # a body the entity layer does not know, between the verb and what was said
    ("وأفادت هيئة شؤون الأسرى بأن عدد المعتقلين ارتفع خلال الشهر الجاري.", [], "هيئة شؤون الأسرى", None),
])
def test_named_speaker(read, text: str, entities: list, speaker: str, via: str | None) -> None:
    [(spk, got_via, _cue)] = _speakers(read(text, entities))
    assert (spk, got_via) == (speaker, via)


@pytest.mark.parametrize("text,entities", [
    ("وقال المبعوث الأممي إلى ليبيا هانز شولتس إن المحادثات تتقدم ببطء.", [LIBYA, ENVOY]),
    ("وقال الممثل الخاص للأمين العام إلى العراق هانز شولتس إن الانتخابات ستجري في موعدها.", [IRAQ, ENVOY]),
])
def test_an_envoys_destination_does_not_end_his_title(read, text: str, entities: list) -> None:
    """"المبعوث الأممي إلى ليبيا": an envoy's إلى names where he is sent; the person named after it speaks."""
    doc = read(text, entities)
    by_id = {e.id: e for e in doc.entities}
    assert [(by_id[s.speaker].name_ar if s.speaker else None, s.cue.text) for s in doc.statements] == [("هانز شولتس", "قال")]


def test_a_title_without_a_name_stays_the_speaker(read) -> None:
    doc = read("وأكد وزير الخارجية الأردني ضرورة وقف إطلاق النار في غزة، قائلاً إن الوضع خطير.", [JOMIN])
    assert [s for s, _v, _c in _speakers(doc)][:1] == ["وزير الخارجية الأردني"]


def test_the_addressee_of_a_call_is_no_speaker(read) -> None:
    doc = read("رحبت وزارة الخارجية المصرية بالاتفاق، ودعت واشنطن إلى ضمان تنفيذه، مؤكدة أن التهدئة ضرورية.",
               [EGMFA, WASHINGTON])
    assert "واشنطن" not in [s for s, _v, _c in _speakers(doc)]


def test_an_outlet_reporting_on_its_own_is_the_source(read) -> None:
    doc = read("وقُتل ثلاثة أشخاص في قصف على سوق شعبي، بحسب ما ذكرت قناة الحدث.", [HADATH])
    assert [(s, c) for s, _v, c in _speakers(doc)] == [("قناة الحدث", "ذكرت")]
    by_id = {e.id: e for e in doc.entities}
    assert [by_id[e.source].name_ar for e in doc.events if e.source] == ["قناة الحدث"]


def test_a_call_with_no_clause_before_is_the_callers(read) -> None:
    doc = read("ودعت واشنطن إلى وقف فوري للقتال، مؤكدة أن الحل سياسي.", [WASHINGTON])
    assert [s for s, _v, _c in _speakers(doc)][:1] == ["واشنطن"]


def test_a_dateline_is_no_speaker(read) -> None:
    """"بغداد - ونفى العوادي …": the city a report is filed from says nothing; the dash closes the dateline."""
    doc = read("بغداد - ونفى العوادي الأنباء عن انسحاب القوات.", [(["بغداد"], "LOC", {"country": "IQ"})])
    by_id = {e.id: e for e in doc.entities}
    assert [by_id[s.speaker].name_ar for s in doc.statements if s.speaker] == []
