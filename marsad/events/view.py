"""A token-level view of a Doc for clause-level rules: entity occurrences, prepositions,
clause stops, times and quantities, all indexed by token.

Events and attribution both read sentences this way. Entity mentions come from
``doc.entities`` (their offsets); a mention's preposition is the proclitic on its own
word (لموسكو → ل) or the preposition word before it (من، إلى، نحو، باتجاه …).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import dataclass

from ..actors.ruler import DUAL_HEADS
from ..doc import Doc
from ..numbers.parse import number_word
from ..record import Entity, Quantity, Time
from ..text.normalise import fold_text

__all__ = ["Occ", "DocView", "view_of", "PREPOSITIONS", "SUBORDINATORS", "PARTICIPLE_CONT"]

_BUILDING_NOUNS = frozenset({"مقر", "مبني", "مقار", "مقرات", "مباني", "بوابه", "مدخل"})
_COAST_NOUNS = frozenset({"سواحل", "ساحل", "شواطئ", "شاطئ"})
# verbs of a place seeing something happen ("شهدت المدينة احتجاجات"، "الإضراب الذي شهدته ولاية صفاقس")
_WITNESS_VERBS = frozenset({"شهدت", "شهد", "تشهد", "يشهد", "وشهدت", "وتشهد"})
# "بداية من"، "ابتداءً من"، "اعتباراً من"، "انطلاقاً من": the start of a time from which something runs (folded)
_FROM_TIME_WORDS = frozenset({"بدايه", "ابتداء", "ابتداءا", "اعتبارا", "انطلاقا"})
PREPOSITIONS = frozenset({
    "من", "الي", "في", "علي", "مع", "ضد", "نحو", "باتجاه", "صوب", "داخل", "خارج", "عن", "بين", "لدي",
    "عند", "قرب", "امام", "تجاه", "حول", "عبر", "بحق", "لصالح", "ضمن", "خلال", "بعد", "قبل", "عقب",
    "منذ", "حتي", "تحت", "فوق", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
    "بمحافظه", "بمدينه", "بقاعده", "اتجاه", "متوجها", "متجها", "الى",
})
SUBORDINATORS = frozenset({
    "ان", "بان", "لان", "كان", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي",
    "اللاتي", "حيث", "اذ", "بينما", "فيما", "عندما", "حين", "حينما", "لكن", "لكنه", "لكنها", "الا", "اما",
    "وفق", "وفقا", "بحسب", "حسب", "كما", "ريثما", "بعدما", "قبلما", "كي", "لكي", "حتي",
})
# participles that continue the previous statement ("…, مشيراً إلى أن …")
PARTICIPLE_CONT = frozenset({
    "مشيرا", "مشيره", "مشيرين", "مشيرتا", "مؤكدا", "مؤكده", "مؤكدين", "موضحا", "موضحه", "موضحين",
    "لافتا", "لافته", "لافتين", "مبينا", "مبينه", "مبينين", "مضيفا", "مضيفه", "مضيفين", "معتبرا",
    "معتبره", "معتبرين", "قائلا", "قائله", "قائلين", "منوها", "منوهه", "مشددا", "مشدده", "مشددين",
    "معلنا", "معلنه", "كاشفا", "كاشفه", "محذرا", "محذره", "ملمحا", "ملمحه", "متابعا", "مردفا",
    # claiming: "وتبنّت الحركة الهجوم …، مدّعيةً أنها سيطرت …"
    "مدعيا", "مدعيه", "زاعما", "زاعمه",
})
# participles that open a clause of their own after a comma, though not a statement's continuation (a denial or a
# feeling voiced: "أن وحدات من الحرس الوطني انتشرت على جانبي الطريق، نافياً إيقاف أي من المحتجين"); not a
# likelihood ("مرجّحاً انعقادها"), whose act the clause before it frames
_CLAUSE_PARTICIPLES = PARTICIPLE_CONT | frozenset({"نافيا", "نافيه", "نافين", "معربا", "معربه"})
_FUNCTION_WORDS = PREPOSITIONS | SUBORDINATORS | frozenset({
    "انه", "انها", "بانه", "بانها", "لانه", "لانها", "انهم", "بانهم", "انهما", "كان", "كانت", "كانوا", "كانا", "قد",
    "لم", "لن", "لا", "ما", "هذا", "هذه", "ذلك", "تلك", "اثناء", "اثر", "بحسب", "حسب", "وفق", "وفقا", "اليوم", "امس",
    "ايضا", "ليس", "عدم", "الي", "ان", "بان", "اكد", "اضاف", "اوضح", "اشار", "قال", "قالت", "اعلن", "اعلنت",
    "نفي", "نفت", "ذكر", "ذكرت", "بين", "لفت", "يري", "يرى", "اعتبر", "كشف", "كشفت", "تابع"})
# words that begin with و or ف without a conjunction
_NOT_CONJUNCTION = frozenset({"فجر", "فجرا", "وسط", "وفد", "وفدا", "فريق", "وزير", "وزيرا", "وزاره", "وكاله", "ولايه",
                              "وحده", "وحدات", "وقت", "وفاه", "فتره", "فرق", "فصائل", "فصيل", "وثيقه", "واقع",
                              # a sit-in or a stand, the noun (a light verb's object after a time aside)
                              "وقفه", "وقفات", "وقفتين", "وقفتان"})
_UNNAMED_SOURCE_HEADS = frozenset({"مصدر", "مصادر", "المصدر", "متحدث", "مسؤول", "مسؤولون", "مسؤولين", "شهود", "ناطق"})
_ACCUSING = frozenset({"اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون"})
_DEMONSTRATIVE_WORDS = frozenset({"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك", "هذين", "هاتين"})
# compass words heading a place phrase ("شمال البحر الأحمر"، "بنحو 9 آلاف عسكري جنوب الليطاني"), shared by the
# events and posture layers
COMPASS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"})
# the sectors of a country's people, not its state (the agent code after the country's: "LBNAGR" farmers or
# fishermen, "TUNLAB" a union, "EGYEDU" teachers), shared by the events and posture layers
CIVIL_SECTORS = frozenset({"CVL", "LAB", "AGR", "EDU", "BUS", "HLH", "REF"})


def sector(e: Entity) -> str:
    """The agent sector of an entity's code, after its country's three letters ("AGR" of "LBNAGR"), or ""."""
    return (e.actor_code or "")[3:6]
# parts of a place's area: its coast, outskirts, edges, surroundings, waters
_AREA_PARTS = frozenset({"سواحل", "ساحل", "ضواحي", "اطراف", "محيط", "مياه", "جنبات"})
_MEMBER_NOUNS = frozenset({"مسلحي", "مقاتلي", "مقاومي", "عناصر", "خلايا", "خليه", "قوه", "اعضاء", "قاده", "قيادات", "قياديين", "انصار", "جنود",
                           "ضباط", "افراد", "مواقع", "مقرات", "مقر", "عناصره", "مسلحين", "قوات", "دفعه", "دفعات",
                           "قافله", "ارتال", "رتل", "كتيبه", "وحدات", "تعزيزات", "مفارز", "مفرزه", "قطعات",
                           "ابناء",  # "مسلحون من أبناء عشيرة العكيدات": the clan's men
                           # "متهمة «بقايا عصابات داعش»"، "من فلول النظام": what is left of a group is the group
                           "بقايا", "فلول",
                           # "نحو 3 آلاف منتسب من الشرطة الاتحادية" (Iraqi usage): the members of a force
                           "منتسب", "منتسبي", "منتسبين",
                           # the delegations or representatives of a body speak for it: "جولة مفاوضات بين وفدي
                           # الحكومة والمعارضة"، "محادثات بين ممثلي الجيش وقوات الدعم السريع"، "مع وفد حماس"
                           "وفد", "وفدي", "وفود", "ممثلي",
                           # the teams or crews of a body act for it: "أن فرقاً من مؤسسة بارزاني الخيرية وزعت مساعدات"
                           "فرق", "فرقا", "فريق", "فريقا", "طواقم", "طاقم", "طاقما"})
_BODY_HEADS = frozenset({"منظمه", "تنظيم", "جماعه", "حركه", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "فصيل",
                         "جبهه", "حزب", "بعثه",  # "ضمن بعثة «أوسوم»"
                         # the presidency or secretariat of a body: "إلى رئاسة مجلس الأمن"
                         "رئاسه", "امانه",
                         # the dual before two names, as the actors layer reads it: "بين وفدين من حركتي حماس وفتح"
                         # (and two tribes: "هدنة بين عشيرتي البو جاسم والحياليين")
                         # (or two families: "بين عائلتي أبو زيد والشوربجي")
                         *DUAL_HEADS, "عشيرتي", "قبيلتي", "عائلتي"})
# "السفن المرتبطة بإسرائيل": linked to a party
_LINKED = frozenset({"المرتبطه", "المرتبط", "المرتبطين", "مرتبطه", "مرتبط", "مرتبطين", "المرتبطتين"})
# "ينتمون إلى X"، "المنتمين إلى X": people who belong to a body
BELONGING_VERBS = frozenset({"ينتمون", "ينتمي", "تنتمي", "ينتميان", "المنتمين", "المنتمي", "منتمين", "المنتمون",
                              "منتمون"})
# "ومقرها أثينا": the seat of the body named before
_SEAT_NOUNS = frozenset({"مقره", "مقرها", "مقرهم"})
# "المدعومة من X": X backs the body named before
_BACKED = frozenset({"المدعومه", "المدعوم", "مدعومه", "مدعوم", "المدعومين", "مدعومين", "المدعومون", "مدعومون"})
# the people of a place ("أهالي بلدة X"، "سكان مدينة Y"، "وجهاء المدينة"): they act where it is
_RESIDENT_NOUNS = frozenset({"اهالي", "سكان", "وجهاء", "اهل"})
# indefinite nouns for some members of a body, before "من" and the body
_PARTITIVE_PEOPLE = frozenset({"وجهاء", "اعيان", "شيوخ", "عناصر", "مسلحين", "مسلحون", "مقاتلين", "مقاتلون", "مقاومين", "مقاومون", "افراد", "اعضاء", "جنود", "ضباط",
                               # a delegation of a body speaks for it: "اجتماع بين وفد من حماس ووفد من فتح"
                               "وفد", "وفدا", "وفدين", "وفدي", "وفود"})


# adverbs of a time told before ("حينها"، "آنذاك"، "وقتها"): asides of time without a value of their own
_THEN_ADVERBS = frozenset({"حينها", "حينذاك", "انذاك", "وقتها", "يومها", "وقتذاك", "عندئذ", "حينئذ"})


def _unjoined(word: str) -> str:
    """The word without the conjunction و or ف on it ("ووفد" -> "وفد"; not lstrip, which eats a root و)."""
    return word[1:] if word[:1] in ("و", "ف") else word


def unjoined_in(word: str, words: Collection[str]) -> bool:
    """The word, as written or without a conjunction و/ف on it, is one of ``words`` (asking both keeps a root و or ف:
    "وحده"، "فرقه", which ``_unjoined`` alone would cut)."""
    return word in words or _unjoined(word) in words


# delegations, two or more, between which talks are held ("بين وفدين أمنيين من الأردن وسوريا")
_DELEGATIONS = frozenset({"وفدين", "وفود", "الوفدين", "الوفود"})


def _partitive(word: str) -> bool:
    """Some members of a body, with or without و before it ("عناصر"، "ووفد"; "وفدين" keeps its root و)."""
    return unjoined_in(word, _PARTITIVE_PEOPLE)


# "تابعة لـ": belonging to ("قرى تابعة لناحية شيلادزي": settlements of the district named after them; "دوريات
# تابعة لها": a force's owner)
BELONGING_TO = frozenset({"تابعه", "تابع", "التابعه", "التابع", "تابعتين", "تابعين", "التابعتين", "التابعين"})
_SETTLEMENT_NOUNS = frozenset({"قريه", "قري", "القريه", "القري", "بلده", "بلدات", "البلده", "البلدات", "مناطق",
                               "منطقه", "المناطق", "المنطقه", "احياء", "الاحياء", "قريتين", "بلدتين"})
_EDGE_NOUNS = frozenset({"مدخل", "مداخل", "مشارف", "اطراف", "ضواحي", "محيط", "قلب", "وسط", "اطراف", "تخوم",
                         "داخل", "اسوار", "بوابه", "مفرق", "طريق",
                         # "في عمق وادي حوران": deep inside a place
                         "عمق",
                         # "في خراج بلدة حولا" (Levantine usage): the lands around a village
                         "خراج",
                         # "دفعت بتعزيزات إلى جبهات القبيطة"، "على محور الحرث": the fronts of a place
                         "جبهات", "جبهه", "محاور", "محور",
                         # "في الحي الشرقي لبلدة كفركلا"، "في الشارع الرئيسي لمدينة قفصة"
                         "حي", "احياء", "جزء", "اجزاء", "قسم", "جهه", "طرف", "شارع", "شوارع", "ساحه", "سوق",
                         # "داخل أراضي إقليم كردستان": the land of the place
                         "اراضي"})
_PLACE_HEADS = frozenset({"اقليم", "محافظه", "مدينه", "بلده", "قريه", "ولايه", "قضاء", "ناحيه", "ريف", "منطقه",
                          "مخيم", "حي", "جبل", "جبال", "سلسله", "وادي", "قاعده", "مطار", "ميناء", "معبر", "العاصمه",
                          # a military sector, a Yemeni district, a municipality, a Maghrebi or Sahelian district,
                          # an island: "في قطاع بنت جبيل"، "مديرية رغوان"، "بلدية الميلية"، "مقاطعة عدل بكرو"
                          "قطاع", "مديريه", "بلديه", "مقاطعه", "دائره", "جزيره",
                          # two places named after one head: "في محافظتي قلقيلية وطولكرم"، "في إقليمي باكول وباي"
                          "اقليمي", "محافظتي", "مدينتي", "بلدتي", "قريتي", "ولايتي", "قضاءي", "ناحيتي", "منطقتي",
                          "مخيمي", "قاعدتي", "مطاري", "معبري", "قطاعي", "مديريتي", "بلديتي", "مقاطعتي", "جزيرتي"})
# nouns that can stand in a chain before a place's name: "بإحدى قرى مركز طهطا"
_CHAIN_PLACE_NOUNS = _PLACE_HEADS | {"مركز", "قري", "بلدات", "مناطق", "مدن", "احدي", "احد", "اطراف", "ضواحي"}
# a statement named by its form: "في بيان"، "في تصريح"، "عبر تغريدة"
STATEMENT_NOUNS = frozenset({"بيان", "بيانا", "تصريح", "تصريحات", "تدوينه", "تغريده", "منشور", "رساله", "كلمه"})
_STRONG_PUNCT = set(".؛;:!?؟\n–—")  # the dash ends a dateline: "بغداد – أعلنت …"
_PRONOUN_SUBJECTS = frozenset({"انه", "انها", "بانه", "بانها", "لانه", "لانها", "انهم", "بانهم", "انهما",
                               "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها"})


@dataclass(slots=True)
class Occ:
    """One mention of an entity, placed on the token grid."""

    start: int
    end: int
    eid: str
    etype: str
    t0: int  # first token index
    t1: int  # last token index (inclusive)
    prefix: str  # proclitic on the first word before the mention ("ل", "ب", "و" …)


def view_of(doc: Doc) -> "DocView":
    """The Doc's view, built once and shared by attribution, events and posture while the
    layers it reads (tokens, sentences, entities, mentions, times, quantities) stay the same."""
    layers = (doc.tokens, doc.sentences, doc.entities, doc.spans.get("mentions"), doc.spans.get("actors"),
              doc.spans.get("places"), doc.mention_entity, doc.times, doc.quantities)
    sizes = tuple(len(x) if x is not None else -1 for x in layers)
    hit = doc._cache.get("view")
    if hit is not None and sizes == hit[1] and all(a is b for a, b in zip(layers, hit[0])):
        return hit[2]
    view = DocView(doc)
    doc._cache["view"] = (layers, sizes, view)
    return view


# bodies that govern one place, named with it ("السلطات المحلية في قضاء سنجار"، "خلية الأزمة في محافظة الأنبار"): by
# the actors layer's kind (the end of the kb id)
_LOCAL_BODIES = frozenset({"local_authority", "local_council", "local_government", "crisis_cell"})


class DocView:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.starts = [t.start for t in self.tokens]
        self.by_id: dict[str, Entity] = {e.id: e for e in doc.entities}
        self.kinds: dict[str, set[str]] = {}
        # where a body is named by an indefinite common noun ("خلية مسلحة"، "قوات أميركية")
        self.indefinite_at: set[int] = set()
        for m in doc.spans.get("mentions", []) or (doc.spans.get("actors", []) + doc.spans.get("places", [])):
            eid = doc.mention_entity.get((m.start, m.end))
            if eid and m.attrs.get("kind"):
                self.kinds.setdefault(eid, set()).add(str(m.attrs["kind"]))
                if m.attrs["kind"] == "composed" and m.attrs.get("canonical") is False:
                    self.indefinite_at.add(m.start)
            if eid and str(m.attrs.get("kb_id", "")).rsplit("/", 1)[-1] in _LOCAL_BODIES:
                self.kinds.setdefault(eid, set()).add("local-body")
        occs: list[Occ] = []
        for e in doc.entities:
            for m in e.mentions:
                t0 = self.token_at(m.start)
                # the last token that starts inside the mention (not the one after a closing quote: "«رويترز»")
                t1 = max(t0, bisect_left(self.starts, m.end) - 1)
                if t0 < 0:
                    continue
                tok = self.tokens[t0]
                pre = fold_text(self.text[tok.start:m.start])
                if not pre and tok.prefix and fold_text(m.text).startswith(tok.prefix + "ل"):
                    pre = tok.prefix  # the mention was matched with its clitic: "للولايات المتحدة" = ل + الولايات
                occs.append(Occ(m.start, m.end, e.id, e.type, t0, t1, pre))
        occs.sort(key=lambda o: (o.start, -(o.end - o.start)))
        # roads ("الطريق الساحلي"، "طريق دمشق – السويداء") stand aside: the roles are read as if they were not named
        # (the towns a road joins stay in view), and a road is added where an act happened on it (coref._add_roads)
        self.road_occs = [o for o in occs if "road" in self.kinds.get(o.eid, ())]
        self.road_t0 = [o.t0 for o in self.road_occs]
        occs = [o for o in occs if "road" not in self.kinds.get(o.eid, ())]
        # a place nested in a longer name (بغداد in السفارة الأميركية في بغداد) is part of that name here
        # (but the town of a crowd named by it stays in view: "تظاهر أهالي بلدة القصر" gathered there; and so does
        # the place of a local body: "فرضت السلطات المحلية في قضاء سنجار حظراً للتجوال" acts there)
        outer: list[Occ] = []
        for o in occs:
            if outer and outer[-1].start <= o.start and o.end <= outer[-1].end and (o.start, o.end) != (outer[-1].start, outer[-1].end):
                if not (o.etype in ("LOC", "FAC") and self.kinds.get(outer[-1].eid, set()) & {"crowd", "local-body"}):
                    continue
            outer.append(o)
        self.occs = outer
        self._occ_t0 = [o.t0 for o in outer]
        self._occ_width = max((o.t1 - o.t0 for o in outer), default=0)  # tokens, last minus first
        self._occ_starts = [o.start for o in outer]
        self.occ_at: dict[int, Occ] = {}
        for o in occs:
            self.occ_at.setdefault(o.t0, o)
        self.sent_starts = [s for s, _ in doc.sentences] or [0]
        # a person's title told right before the name, folded ("وزير الخارجية السوداني محيي الدين سالم"), by the
        # mention's start
        self._roles = {m.start: fold_text(str(m.attrs["role"])) for m in doc.spans.get("mentions", [])
                       if m.label == "PER" and m.attrs.get("role")}
        self.title_bodies = self._title_bodies(outer)
        # per-token caches: the text before each token, its bare form, a strong break before it
        toks = self.tokens
        text = self.text
        self._gaps = [""] + [text[a.end:b.start] for a, b in zip(toks, toks[1:])]
        # each token's bare form: a function word without its و/ف ("وفي" -> "في"), other words as they are
        fw = _FUNCTION_WORDS
        folded = [t.folded for t in toks]
        # ("والي قسنطينة": the governor, written with ي and no hamza, is no "وإلى"; "فتحت الشرطة تحقيقاً": the
        # verb "opened", not "ف" + "تحت")
        self.bares = [f[1:] if len(f) > 2 and f[0] in "وف" and f[1:] in fw and not (
            f == "والي" and t.text.endswith("والي")) and f != "فتحت" else f for f, t in zip(folded, toks)]
        # before each token: a strong break (is_strong_break), a comma (comma_clause reads it)
        # (a spaced hyphen too, as datelines write it: "نابلس (وفا) - اعتقلت"; not in a range "10 - 15")
        # (and a hyphen right after the outlet's bracket: "عمّان 18 تشرين الثاني (بترا)- استقبل")
        self.strong = [not _STRONG_PUNCT.isdisjoint(g) or (" - " in g and not (
            i and toks[i - 1].text[-1:].isdigit() and toks[i].text[:1].isdigit())) or ")-" in g.replace(" ", "")
            for i, g in enumerate(self._gaps)]
        for i, g in enumerate(self._gaps):
            if not self.strong[i]:
                continue
            # "على طريق كفررمان – النبطية": a dash between the two ends of a road names the road
            if g.strip() in ("–", "-", "—") and any(
                    folded[k].lstrip("وب") in ("طريق", "الطريق") for k in range(max(0, i - 3), i)):
                self.strong[i] = False
            # "المدعو «ع. موسى»": the full stop after an initial (a lone letter) is no break
            elif g.strip() == "." and i and len(toks[i - 1].text) == 1:
                self.strong[i] = False
        # "الحركة الشعبية لتحرير السودان – شمال": a dash inside a name breaks nothing
        for o in self.occs:
            for i in range(o.t0 + 1, o.t1 + 1):
                if self.strong[i] and self._gaps[i].strip() in ("–", "-", "—"):
                    self.strong[i] = False
        self.commas = ["،" in g or "," in g for g in self._gaps]
        # each token: is_subordinator, is_pronoun_subject
        self.subordinators = [b in SUBORDINATORS or f in SUBORDINATORS for b, f in zip(self.bares, folded)]
        # "، في وقت تطالب الحكومة …": "at a time when" opens a clause of its own (not "في وقت سابق")
        for i in (i for i, b in enumerate(self.bares) if b == "وقت") if "وقت" in self.bares else ():
            if 0 < i < len(toks) - 1 and self.bares[i - 1] == "في" and (
                    folded[i + 1][:1] in ("ي", "ت", "ن") or folded[i + 1] in ("كان", "كانت")):
                self.subordinators[i] = True
        for o in outer:
            # (a name's inner word is no conjunction: "كي" in "بي كي كي")
            for i in range(o.t0 + 1, o.t1 + 1):
                self.subordinators[i] = False
        self.pronoun_subjects = [b in _PRONOUN_SUBJECTS or f in _PRONOUN_SUBJECTS for b, f in zip(self.bares, folded)]
        self.times = sorted(doc.times, key=lambda t: t.start)
        self._time_tokens: set[int] | None = None
        self._quantity_tokens: set[int] | None = None
        self.quantities = sorted(doc.quantities, key=lambda q: q.start)
        self._time_starts = [t.start for t in self.times]  # bisection keys: lookups stay logarithmic
        self._q_starts = [q.start for q in self.quantities]

    def _title_bodies(self, occs: list[Occ]) -> frozenset[int]:
        """Starts of bodies and places named in the title right before a person ("استقبل رئيس مجلس الوزراء
        نواف سلام …"، "المبعوث الخاص إلى اليمن هانس غروندبرغ"): part of how the person is named, not a party
        or a place of their own."""
        roles = self._roles
        out = set()
        for o in occs if roles else ():
            if o.etype not in ("ORG", "LOC", "FAC"):
                continue
            rest = self.text[o.end:o.end + 3]
            role = roles.get(o.end + len(rest) - len(rest.lstrip()))
            if role is None or not rest[:1].isspace() or not role.endswith(" " + fold_text(self.text[o.start:o.end])):
                continue
            # (a member's body is his side: "القيادي في حركة حماس"، "المتحدث باسم الجيش"; a place in a
            # title is never the place of an act: "وصل المبعوث الخاص إلى اليمن هانس غروندبرغ إلى عدن")
            if o.etype != "ORG" or not {"باسم", "في", "عن"} & set(role.split()):
                out.add(o.start)
        return frozenset(out)

    # --- positions
    def token_at(self, offset: int) -> int:
        """Index of the token containing (or starting after) ``offset``, -1 if none."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.tokens[i].end > offset:
            return i
        if i + 1 < len(self.tokens):
            return i + 1
        return -1

    def sentence_tokens(self, offset: int) -> tuple[int, int]:
        """Token range [a, b) of the sentence containing ``offset``."""
        s, e = self.doc.sentence_of(offset)
        a = bisect_right(self.starts, s - 1)
        b = bisect_right(self.starts, e - 1)
        return a, b

    def gap(self, i: int) -> str:
        """Text between token i-1 and token i (punctuation and spaces)."""
        if i <= 0 or i >= len(self.tokens):
            return ""
        return self._gaps[i]

    def stem(self, i: int) -> str:
        """Folded token without conjunction/preposition clitics before the article."""
        return self.tokens[i].stem

    def bare(self, i: int) -> str:
        """Folded token without a leading و/ف conjunction (when what is left is a function word).

        Past either end of the sentence this is "", so look-ahead rules need no bounds checks."""
        if 0 <= i < len(self.bares):
            return self.bares[i]
        return ""

    def is_strong_break(self, i: int) -> bool:
        """A sentence-internal break before token i: . ؛ ; : ! ? ؟, a line break or a dash (a dateline's); not a
        quotation mark opening, nor a dash inside a name or a road's."""
        return 0 < i < len(self.tokens) and self.strong[i]

    def comma_before(self, i: int) -> bool:
        """An Arabic or Latin comma between token i-1 and token i."""
        return 0 < i < len(self.commas) and self.commas[i]

    def break_or_comma_in(self, lo: int, hi: int) -> bool:
        """A strong break or an Arabic comma before one of the tokens lo … hi-1: the words from lo-1 to hi-1 are
        not one unbroken stretch of a clause."""
        return any(self.is_strong_break(x) or "،" in self.gap(x) for x in range(lo, hi))

    def comma_clause(self, i: int) -> bool:
        """A comma before token i that opens a new clause (و/ف + word, a participle, وذلك …)."""
        if not (0 < i < len(self.commas) and self.commas[i]):
            return False
        f = self.tokens[i].folded
        conj = f[:1] in ("و", "ف") and len(f) > 2 and i not in self.occ_at and f not in _NOT_CONJUNCTION \
            and i not in self.time_token_set()
        return conj or f in _CLAUSE_PARTICIPLES or self.bare(i) in SUBORDINATORS

    def latter(self, lo: int, hi: int) -> Occ | None:
        """"فيما نفت الأخيرة": the party named last before token hi (from lo), a body or a person, not an
        outlet, and not one pointed back to with a demonstrative ("تلك المجموعات" is told before)."""
        lo = max(0, lo)
        # after an accusation in the same sentence, the latter is the accused: "تتهم الحكومة القيادة العامة
        # بتسهيل … إلى قوات الدعم السريع، وهو ما تنفيه الأخيرة"
        if hi > 0 and hi <= len(self.tokens):
            a, _b = self.sentence_tokens(self.tokens[hi - 1].start)
            lo_acc = max(lo, a)
        else:
            lo_acc = hi
        for k in range(hi - 1, lo_acc - 1, -1):
            w = self.tokens[k].folded
            if (w[1:] if w[:1] in "وف" else w) in _ACCUSING:
                parties = [o for o in self.occs_in(k + 1, hi) if self.prep_of(o) == "" and self.is_actorish(o.eid)]
                before = next((o for o in reversed(self.occs_in(max(lo, k - 3), k))), None)
                svo = before is not None and before.t1 >= k - 2 and self.prep_of(before) == "" \
                    and self.is_actorish(before.eid)
                idx = 0 if svo else 1
                if len(parties) > idx:
                    return parties[idx]
                break
        for o in reversed(self.occs_in(lo, hi)):
            if self.is_actorish(o.eid) and not self.is_outlet(o.eid) \
                    and not (o.t0 > 0 and self.bare(o.t0 - 1) in _DEMONSTRATIVE_WORDS):
                return o
        return None

    def is_subordinator(self, i: int) -> bool:
        return self.bare(i) in SUBORDINATORS or self.tokens[i].folded in SUBORDINATORS

    def is_pronoun_subject(self, i: int) -> bool:
        return self.bare(i) in _PRONOUN_SUBJECTS or self.tokens[i].folded in _PRONOUN_SUBJECTS

    # --- entities
    def detached_clitic(self, k: int) -> bool:
        """Token k is a clitic written apart with a tatweel: "لـ«القبس»"، "بـ«الحرس»"."""
        return self.bares[k] in ("ل", "ب") and self.tokens[k].text[-1:] == "\u0640"

    def word_before(self, o: Occ) -> str:
        """The bare word before an occurrence, past a clitic written apart ("تابعة لـ«المجلس»" -> تابعه)."""
        k = o.t0 - 1
        if k > 0 and self.detached_clitic(k):
            k -= 1
        return self.bare(k) if k >= 0 else ""

    def _counted(self, x: int) -> bool:
        """Is the noun at x counted by a number right before it ("أربعة عناصر"، "9 عناصر")?"""
        if x == 0:
            return False
        t = self.tokens[x - 1]
        return t.is_digit or number_word(t.folded) is not None

    def held_by_place(self, o: Occ) -> str:
        """"في قرى حدودية تابعة لقضاء القرنة": a district the settlements belong to is where they are, so it
        takes the preposition of the settlements; "-" when they are a clause's subject ("تعرضت قرى تابعة
        لقضاء بنجوين لقصف"), "" when the place is not so held."""
        if self.by_id[o.eid].type != "LOC" or self.bare(o.t0 - 1) not in BELONGING_TO or o.t0 < 3:
            return ""
        k = o.t0 - 2
        if self.bare(k) not in _SETTLEMENT_NOUNS and k > 0 and self.bare(k - 1) in _SETTLEMENT_NOUNS:
            k -= 1  # (past the settlements' adjective: "قرى حدودية")
        if self.bare(k) not in _SETTLEMENT_NOUNS or self.is_strong_break(k + 1):
            return ""
        pre = self.tokens[k].prefix.removesuffix("ال")  # ("بقرى"، "بالقرى"، "للقرى")
        if pre[-1:] in ("ب", "ل"):
            return pre[-1]
        if k > 1 and self.bare(k - 1) in _EDGE_NOUNS and self.bare(k - 2) in PREPOSITIONS:
            k -= 1  # ("على محيط قرى تابعة لناحية كاني ماسي")
        return self.bare(k - 1) if k > 0 and self.bare(k - 1) in PREPOSITIONS else "-"

    def prep_of(self, o: Occ) -> str:
        """The preposition governing an occurrence: clitic (ل ب) or the word(s) before it."""
        pre = o.prefix
        if pre in ("ب", "بال") and o.t0 > 0 and self.bare(o.t0 - 1) in _LINKED:
            return "مرتبط"  # "السفن المرتبطة بإسرائيل": what a target is linked to, not where it is
        for c in ("وب", "فب", "ب", "ول", "فل", "ل", "ك"):
            if pre == c or pre == c + "ال" or (c in ("ل", "ول", "فل") and pre == c + "ل"):
                if c == "ل" and o.t0 > 1:
                    # "عند المدخل الشمالي لبلدة كفررمان"، "على الأطراف الشرقية لمدينة": the part of
                    # the place (and its adjective) between the preposition and it
                    k = o.t0 - 1
                    if not self.bare(k).startswith("ال") or self.bare(k)[2:] not in _EDGE_NOUNS:
                        k -= 1
                    if self.bare(k).startswith("ال") and self.bare(k)[2:] in _EDGE_NOUNS \
                            and self.bare(k - 1) in PREPOSITIONS and not self.is_strong_break(k + 1):
                        return self.bare(k - 1)
                    held = self.held_by_place(o)
                    if held and held != "-":
                        return held
                    if c == "ل" and self.bare(o.t0 - 1) in ("التابعه", "التابع", "التابعين"):
                        # "قرب إحدى القرى التابعة لناحية باتيفا": the villages of a district, where it happened
                        chained = self._chain_preposition(o.t0 - 2, o.t0, definite=True, least=1)
                        if chained:
                            return chained
                return c[-1]
        if o.t0 > 0 and not self.is_strong_break(o.t0):
            p = self.bare(o.t0 - 1)
            if p == "عبر" and ("\u0651" in self.tokens[o.t0 - 1].text or any(
                    self.bare(x) == "عن" for x in range(o.t1 + 1, min(len(self.tokens), o.t1 + 3)))):
                return ""  # "وعبّر الاتحاد عن مساندته": the verb of expressing, its subject after it; not "عبر" (via)
            t = o.t0  # where a partitive "من" is read back from: the name, or the body's kind before it
            if p in _BODY_HEADS and o.t0 > 2 and self.bare(o.t0 - 2) == "من" and self.by_id[o.eid].type == "ORG" \
                    and _partitive(self.bare(o.t0 - 3)):
                t, p = o.t0 - 1, "من"  # "بين وفدين من حركتي حماس وفتح"، "عناصر من حركة حماس"
            # "من مسلحي حزب العمال"، "على مواقع تابعة لـ": a member or site noun between
            if p in _MEMBER_NOUNS and o.t0 > 1 and self.bare(o.t0 - 2) in PREPOSITIONS:
                p = self.bare(o.t0 - 2)
            # "خرج مئات من أهالي بصرى الشام في تظاهرة"، "سيلتقي وجهاء المدينة": where its people are
            elif p.lstrip("و") in _RESIDENT_NOUNS and self.by_id[o.eid].type in ("LOC", "FAC"):
                p = "في"
            # "من منظمة «بي كي كي»"، "ضد جماعة الحوثي": a body's kind before its name carries the preposition
            elif p in _BODY_HEADS and o.t0 > 1 and self.bare(o.t0 - 2) in PREPOSITIONS \
                    and self.by_id[o.eid].type == "ORG":
                p = self.bare(o.t0 - 2)
            # "بين وفدين أمنيين من الأردن وسوريا": the states that sent the two delegations are the two sides
            elif p == "من" and t > 2 and (d := next((x for x in (t - 2, t - 3) if unjoined_in(self.bare(x), _DELEGATIONS)),
                                                     None)) is not None \
                    and d > 0 and self.bare(d - 1) == "بين" and not any(self.gap(x).strip() for x in range(d, t)):
                return "بين"
            # "بين مسلحين من العشائر وعناصر من الحرس"، "هاجم مسلحون من العشائر": some of a body are the body
            elif p == "من" and t > 1 and _partitive(self.bare(t - 2)) \
                    and self.by_id[o.eid].type != "LOC" and not self.is_strong_break(t - 1) \
                    and not self._counted(t - 2):
                # (not counted ones: "مقتل أربعة عناصر من تنظيم داعش" are its losses)
                before = self.bare(t - 3) if t > 2 and not self.is_strong_break(t - 2) else ""
                if before not in PREPOSITIONS and self.tokens[t - 2].folded.startswith("و") and any(
                        self.bare(x) == "بين" for x in range(max(0, t - 8), t - 2)) and not any(
                        "،" in self.gap(x) or self.is_strong_break(x) for x in range(max(1, t - 7), t - 1)):
                    return "بين"  # "بين مسلحين من العشائر وعناصر من الجيش": the second party of the clash
                return before if before in PREPOSITIONS else ""
            # "قرب مقر السفارة الإسرائيلية"، "أمام مبنى البرلمان": the building of a body, after a preposition
            elif p in _BUILDING_NOUNS and o.t0 > 1 and self.bare(o.t0 - 2) in PREPOSITIONS:
                p = self.bare(o.t0 - 2)
            # "عقوبات على ست شركات"، "ضد 3 فصائل": the count between the preposition and what it counts
            elif (self.tokens[o.t0 - 1].is_digit or number_word(self.tokens[o.t0 - 1].folded) is not None) \
                    and o.t0 > 1 and self.bare(o.t0 - 2) in PREPOSITIONS and not self.gap(o.t0).strip() \
                    and self.bare(o.t0 - 2) not in ("نحو", "حوالي"):  # ("نحو 300 جندي": about, no preposition)
                p = self.bare(o.t0 - 2)
            # "قبالة سواحل الحديدة"، "قبالة سواحل مدينتي زوارة وصبراتة": off the coast of a place is near it
            # (not "قبالة مدينة الميادين": across from a town, on the other bank, is not at it)
            if p in _COAST_NOUNS and o.t0 > 1 and self.bare(o.t0 - 2) == "قباله":
                return "قرب"
            if p == "من" and o.t0 > 1 and self.bare(o.t0 - 2) in _BACKED:
                return "مدعوم"  # "قوات دفاع شبوة، المدعومة من الإمارات": the backer, no origin or actor
            if p.lstrip("و") in _SEAT_NOUNS:
                return "مقر"  # "الشركة، ومقرها أثينا،": where a body sits, neither a party nor a scene
            if p in PREPOSITIONS:
                if p == "خارج" and o.t0 > 1 and self.bare(o.t0 - 2) in ("الي", "الى"):
                    return "خارج"
                if p == "قبل" and o.t0 > 1 and self.bare(o.t0 - 2) == "من":
                    return "من قبل"
                if p in ("متوجها", "متجها", "اتجاه"):
                    return "نحو"
                return p
            if p in ("الي", "الى"):
                return "الي"
            if self.detached_clitic(o.t0 - 1):
                return p  # "لـ«القبس»"
            # "بإقليم جوبا الوسطى"، "في بلدة نوى": a place noun before the name carries the preposition
            if p[:1] in ("ب", "ل") and p[1:] in _PLACE_HEADS:
                return p[0]
            # "بسواحل إقليم الدريوش"، "في ضواحي دمشق": the coast or outskirts of a place, where it happened
            # ("جلسة عمل بمقر معتمدية بن قردان": in the seat of a place's administration, at that place)
            if p[:1] == "ب" and (p[1:] in _AREA_PARTS or p[1:] in _BUILDING_NOUNS and self.is_place(o.eid)):
                return "ب"
            if p in _AREA_PARTS and o.t0 > 1 and self.bare(o.t0 - 2) in ("في", "قرب", "داخل"):
                return self.bare(o.t0 - 2)
            if p in _PLACE_HEADS and o.t0 > 1 and self.bare(o.t0 - 2) in PREPOSITIONS:
                return self.bare(o.t0 - 2)
            # "عند مدخل بلدة …"، "على مشارف المدينة": a part of the place between the preposition and it
            if p in _EDGE_NOUNS and o.t0 > 1 and self.bare(o.t0 - 2) in PREPOSITIONS:
                return self.bare(o.t0 - 2)
            # "على امتداد الشريط الحدودي"، "على طول الحدود": along a place is at it
            if p in ("امتداد", "طول") and o.t0 > 1 and self.bare(o.t0 - 2) == "علي":
                return "في"
            # "في القرى الواقعة جنوب نهر الليطاني": a noun and "lying" between the preposition and it
            if p in ("الواقعه", "الواقع", "الواقعين") and o.t0 > 2 and self.bare(o.t0 - 3) in PREPOSITIONS:
                return self.bare(o.t0 - 3)
            # "بإحدى قرى مركز طهطا"، "في إحدى بلدات ريف محافظة …": a chain of place nouns between the
            # preposition and the name (an Egyptian district is a «مركز»)
            chained = self._chain_preposition(o.t0 - 1, o.t0, definite=False, least=2)
            if chained:
                return chained
        return ""

    def _chain_preposition(self, k: int, t0: int, definite: bool, least: int) -> str:
        """The preposition before a chain of place nouns (with the article too when ``definite``: "القرى") that ends
        at token k, before the name at t0: at most four words back and at least ``least`` nouns in the chain, else ""."""
        def chain_noun(w: str) -> bool:
            return (w.removeprefix("ال") if definite else w) in _CHAIN_PLACE_NOUNS
        start = k
        while k > 0 and t0 - k <= 4 and chain_noun(self.bare(k)) and (definite or not self.is_strong_break(k + 1)):
            k -= 1
        if start - k < least or any(self.is_strong_break(x) for x in range(k + 1, t0 + 1)):
            return ""
        w = self.bare(k)
        if w in PREPOSITIONS:
            return w
        return "ب" if w[:1] == "ب" and chain_noun(w[1:]) else ""

    def demonstrative_ref(self, i: int) -> str | None:
        """"تلك الفصائل"، "هذه القوات": the entity named before whose mention holds the noun at i+1."""
        if i + 1 >= len(self.tokens) or self.bare(i) not in _DEMONSTRATIVE_WORDS:
            return None
        noun = self.tokens[i + 1].stem
        noun = noun[2:] if noun.startswith("ال") else noun
        if len(noun) < 3:
            return None
        # the last 40 occurrences that end before the word, latest first (a start <= an end)
        x = self.tokens[i].start
        before: list[Occ] = []
        for j in range(bisect_right(self._occ_starts, x) - 1, -1, -1):
            if len(before) == 40:
                break
            if self.occs[j].end <= x:
                before.append(self.occs[j])
        for o in before:
            if noun in fold_text(self.text[o.start:o.end]):
                return o.eid
        return None

    def titled_t0(self, o: Occ) -> int:
        """The first token of a person's title told right before the name, else the name's first token."""
        words = self._roles.get(o.start, "").split()
        n = len(words)
        if n and o.t0 - n >= 0 and self.tokens[o.t0 - 1].folded.endswith(words[-1]) \
                and self.tokens[o.t0 - n].folded.endswith(words[0]):
            return o.t0 - n
        return o.t0

    def occs_in(self, a: int, b: int) -> list[Occ]:
        """Occurrences whose first token lies in [a, b)."""
        # (the occurrences are in text order, so their first tokens are sorted: the slice is all)
        return self.occs[bisect_left(self._occ_t0, a):bisect_left(self._occ_t0, b)]

    def occs_ending_past(self, t: int, b: int) -> list[Occ]:
        """Occurrences whose last token lies after token ``t`` and whose first lies before ``b``."""
        return [o for o in self.occs_in(t - self._occ_width + 1, b) if t < o.t1]

    def group_from(self, o: Occ, limit: int) -> list[Occ]:
        """An occurrence and the ones coordinated with it by و (بغداد وواشنطن)."""
        out = [o]
        cur = o
        while True:
            nxt = cur.t1 + 1
            if nxt >= limit:
                break
            n = self.occ_at.get(nxt)
            if n is None and cur.end < len(self.text) and self.text[cur.end] not in "\"»”":
                # a quoted name longer than its entity: "اللواء 444 قتال" و"قوة الردع"
                close = next((k for k in range(cur.end, min(len(self.text), cur.end + 16)) if self.text[k] in "\"»”"), -1)
                if close > 0 and "،" not in self.text[cur.end:close] and any(
                        q in self.text[self.tokens[cur.t0].start - 1:cur.start + 1] for q in "\"«“"):
                    k = nxt
                    while k < limit and self.tokens[k].start < close:
                        k += 1
                    if k < limit and k != nxt:
                        nxt = k
                        n = self.occ_at.get(nxt)
            if n is None and self.tokens[nxt].folded == "و" and nxt + 1 < limit:
                n = self.occ_at.get(nxt + 1)  # "دمشق و"قسد"": a bare و before a quoted name
                if n is not None:
                    out.append(n)
                    cur = n
                    continue
            # (a و outside the name, not its first letter: "طالبت أنقرة واشنطن بـ…" names no pair)
            if n is None or not (n.prefix.startswith("و") or self.tokens[nxt].folded.startswith("و")
                                 and n.start > self.tokens[nxt].start):
                break
            if self.is_strong_break(nxt):
                break
            out.append(n)
            cur = n
        return out

    def witnessed_after(self, t1: int) -> Occ | None:
        """The place a relative clause right after token t1 says saw it: "الإضراب الذي شهدته ولاية صفاقس"،
        "احتجاجات تشهدها المدينة" (the verb of witnessing with the pronoun of the noun, then the place)."""
        def witnessing(k: int) -> bool:
            verb = self.bare(k)
            return verb.endswith(("ها", "ه")) and verb.removesuffix("ا").removesuffix("ه") in _WITNESS_VERBS

        k = t1 + 1 + (self.bare(t1 + 1) in ("الذي", "التي"))
        if not witnessing(k):
            # (past the noun's adjective: "ثالث اشتباك مسلح تشهده طرابلس"، "الاحتجاجات الليلية التي شهدتها المدينة")
            k += 1 + (self.bare(k + 1) in ("الذي", "التي"))
            if k - t1 > 3 or k >= len(self.tokens) or self.gap(k - 1).strip() or not witnessing(k):
                return None
        o = self.occ_at.get(k + 1)
        return o if o is not None and self.prep_of(o) == "" and self.is_place(o.eid) else None

    def is_place(self, eid: str) -> bool:
        e = self.by_id.get(eid)
        return e is not None and e.type in ("LOC", "FAC")

    def is_country(self, eid: str) -> bool:
        e = self.by_id.get(eid)
        if e is None or e.type != "LOC" or not self.kinds.get(eid, set()).isdisjoint(("unknown-place", "road")):
            # ("ببلدية تادمايت": a place the gazetteer does not know, named by its kind, is a town; a road is none)
            return False
        return e.geo is None or e.geo.feature in ("country", "city")

    def is_actorish(self, eid: str) -> bool:
        """Could act: an organisation, a person, or a country/capital standing for its government.
        An unnamed source ("مصدر عسكري") speaks but is not a party to what it reports."""
        e = self.by_id.get(eid)
        if e is None:
            return False
        if fold_text(e.name_ar).split(" ")[0] in _UNNAMED_SOURCE_HEADS:
            return False
        return e.type in ("ORG", "PER") or self.is_country(eid)

    def is_outlet(self, eid: str) -> bool:
        if "outlet" in self.kinds.get(eid, set()) or "media" in self.kinds.get(eid, set()):
            return True
        e = self.by_id.get(eid)
        # (a spokesperson's code ends in MED too: a person speaks, an outlet relays)
        return e is not None and e.type != "PER" and (e.actor_code or "").upper().endswith("MED")

    # --- times and quantities
    def times_in(self, a: int, b: int) -> list[tuple[int, Time]]:
        """Times starting within tokens [a, b), with their first token index."""
        out = []
        if a >= b or a >= len(self.tokens):
            return out
        lo, hi = self.tokens[a].start, self.tokens[min(b, len(self.tokens)) - 1].end
        for t in self.times[bisect_left(self._time_starts, lo):bisect_left(self._time_starts, hi)]:
            out.append((self.token_at(t.start), t))
        return out

    def quantities_in(self, a: int, b: int) -> list[tuple[int, Quantity]]:
        out = []
        if a >= b or a >= len(self.tokens):
            return out
        lo, hi = self.tokens[a].start, self.tokens[min(b, len(self.tokens)) - 1].end
        for q in self.quantities_between(lo, hi):
            out.append((self.token_at(q.start), q))
        return out

    def quantities_between(self, lo: int, hi: int) -> list[Quantity]:
        """Quantities starting at offsets [lo, hi), in text order."""
        return self.quantities[bisect_left(self._q_starts, lo):bisect_left(self._q_starts, hi)]

    def _covered_tokens(self, spans: list[Time] | list[Quantity]) -> set[int]:
        """The tokens the spans cover."""
        s: set[int] = set()
        for x in spans:
            # (the last token that starts inside the span: a span that ends on a mark, "فجر أمس (الأربعاء)"، does
            # not take the word after the mark)
            a, b = self.token_at(x.start), bisect_right(self.starts, max(x.start, x.end - 1)) - 1
            if a >= 0 and b >= a:
                s.update(range(a, b + 1))
        return s

    def quantity_token_set(self) -> set[int]:
        """Tokens inside a quantity ("تضم 25 شاحنة"، "بنحو 700 طن"), indexed once per document."""
        if self._quantity_tokens is None:
            self._quantity_tokens = self._covered_tokens(self.quantities)
        return self._quantity_tokens

    def time_token_set(self) -> set[int]:
        if self._time_tokens is None:
            covered = self._covered_tokens(self.times)
            # the words that open a time from which something runs belong to it: "، بداية من الأربعاء المقبل،"
            # is an aside of time like "، الأربعاء المقبل،"
            for t in [t for t in covered if t - 1 not in covered and t >= 2]:
                if self.bare(t - 1) == "من" and self.bare(t - 2).lstrip("و") in _FROM_TIME_WORDS:
                    covered.update((t - 2, t - 1))
            # (and an adverb that points back to a time told: "واتهمت القيادة حينها خلايا داعش …" has its object
            # after it as after "أمس")
            covered.update(i for i, b in enumerate(self.bares) if b in _THEN_ADVERBS)
            self._time_tokens = covered
        return self._time_tokens
