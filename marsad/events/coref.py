"""From trigger candidates to events: demands absorb their content, anaphors and
repeated mentions merge into one event, phases ("المرحلة الثانية") become their own
events, and generic mentions with nothing to anchor them are dropped.
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from itertools import takewhile
from typing import Any

from ..lang.ar import count_words
from ..places.recognise import DATELINE_TAIL, GOVERNOR_POSTS
from ..record import Entity
from ..text.normalise import fold_text
from .lexicon import strip_word
from .recognise import (_ANY_WORDS, _BANNERS, _BEFORE_AFTER, _CROWD_COUNTS, _DENY_VERBS, _HURT_VERBS, _SERIES_NOUNS, Cand,
                        RoleReader, _DEMONSTRATIVES, _fight_noun, _light_verb, _security_body, _unnamed_plural_subject)
from .view import BELONGING_TO, CIVIL_SECTORS, PARTICIPLE_CONT, STATEMENT_NOUNS, DocView, _unjoined, sector, unjoined_in

__all__ = ["resolve"]

_ROLE_NAMES = ("actor", "recipient", "location", "origin", "destination")
# verbs that act on an attack named right after them ("صدّ هجوم"، "تصدّى لهجوم"): the noun is another act
_REPELLING = frozenset({"صد_هجوم", "تصدى_هجوم"})
_ORDINALS = frozenset({"الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "الاخيره", "التاليه", "المقبله",
                       "اولي", "ثانيه", "ثالثه", "رابعه", "اخيره"})
_PHASE_NOUNS = frozenset({"مرحله", "دفعه", "المرحله", "الدفعه"})
# verbs that in a relative clause describe an event of one type: signing an agreement
_SELECTING = {"وقع": "AGREE", "ابرم": "AGREE", "ابرمت": "AGREE", "وقعت": "AGREE", "صادق": "AGREE"}
SPECIFIC_MIN = 2
# verbs of keeping a protest up: "يواصل العمال إضرابهم"، "واصل المعتصمون اعتصامهم"
_GOING_ON = frozenset({"يواصل", "تواصل", "يواصلون", "واصل", "واصلت", "واصلوا", "يستمر", "تستمر", "يستمرون",
                       "استمر", "استمرت", "استمروا"})
# a light verbal noun with ب/ل that carries the content of a threat or demand: "هدد بشنّ عملية عسكرية"
_MARKED_LIGHT_NOUNS = frozenset({"باستئناف", "لاستئناف", "بمواصله", "لمواصله",  # "هددت باستئناف استهداف القوات"
                                 "بشن", "لشن", "بتنفيذ", "لتنفيذ", "باجراء", "لاجراء", "بالقيام", "للقيام", "بتوجيه",
                                 "لتوجيه", "ببدء", "لبدء", "باستكمال", "لاستكمال"})
# nouns of doing more of something, before what is asked for more of: "دعا المنظمات إلى مضاعفة دعمها"، "بتكثيف الدوريات"
_MORE_NOUNS = frozenset({"مضاعفه", "زياده", "تكثيف", "تعزيز", "توسيع", "رفع"})
# what a crowd does at a protest (triggers.tsv, needs protester): a protest by itself only when the
# crowd is new to the text ("أقدم متظاهرون على …"), else a detail of the protest already told
_CROWD_ACTS = frozenset({"أضرم_م", "أحرق_م", "رشق_م", "أغلق_م", "سد_م"})
_CROWD_OBSTRUCTS = frozenset({"أغلق_م", "سد_م"})
# a part of a group told by its pronoun, the subject of the verb after it ("بعضهم غادر"، "أحدهم فرّ")
_SOME_OF_THEM = frozenset({"بعضهم", "بعضها", "بعضهن", "احدهم", "احداهن", "معظمهم", "اغلبهم", "غالبيتهم", "اكثرهم"})
_BACKGROUND_PREPS = frozenset({"منذ", "بعد", "قبل", "عقب", "غداه", "اثر", "جراء", "ابان", "بسبب", "اعقاب", "خلفيه"})
_PHYSICAL = frozenset({"ASSAULT", "PROTEST", "COERCE"})
# acts no news outlet is the doer of
_OUTLETS_DO_NOT = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT"})
_IMPERSONAL_AUX = frozenset({"تم", "جري"})  # (past: "أن يتمّ قصفها" is only possible)
_CASUALTY_NOUNS = frozenset({"مقتل", "مصرع", "استشهاد", "اصابه", "اصابات", "جرح", "قتلي", "جرحي", "قتيل", "قتيلا",
                             "قتيلين", "ضحايا", "ضحيه"})
# verbs of being killed or wounded, folded, whose cause an attack after إثر/جراء/بسبب is ("أصيب ثلاثة جنود إثر انفجار
# لغم"): the attack is the occasion the sentence reports, not the time of something else
_CASUALTY_VERBS = _HURT_VERBS | {"استشهد", "استشهدت", "استشهدوا", "استشهدا", "لقي", "لقيت", "لقوا", "توفي", "توفيت"}
# prepositions that tell a cause ("إثر"، "جراء"، "بسبب")
_CAUSE_PREPS = frozenset({"اثر", "جراء", "بسبب"})
# a past reporting verb right before a verbal noun announces it as done: "أعلنت الشرطة مقتل …"، "نعى الحزب …"
# (and before a spokesman, the act he names is his body's: "أعلن الناطق باسم الدرك …، توقيف …")
_ANNOUNCING = frozenset({"اعلن", "اعلنت", "اعلنوا", "اكد", "اكدت", "ذكر", "ذكرت", "افاد", "افادت", "نعي", "نعت",
                         "كشف", "كشفت", "اكدوا", "افادوا"})
_PERIOD_STARTS = frozenset({"مطلع", "بدايه", "بدء", "اندلاع", "انطلاق", "مستهل"})
_PERIODS = frozenset({"الحرب", "النزاع", "الصراع", "الازمه", "العام", "السنه", "الشهر", "الاسبوع", "العدوان",
                      "الاحتجاجات", "الثوره", "الاقتتال", "المعارك"})
# a preposition between a background head and the violence it names: "التحقيق في"، "الوقوف وراء"
_LINKING_PREPS = frozenset({"في", "وراء", "عن", "حول", "بشان"})
# attacks that a single named person, with no casualties, makes in words (هاجم، شنّ هجوماً)
_VERBAL_ATTACKS = frozenset({"هاجم", "هجوم"})
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم"})
# events a party may tell again in its own words; demands and accusations are speech acts: two are two
_MOVES_AND_FORCE = _PHYSICAL | {"RETREAT", "MOBILIZE"}
# the state's side by the CAMEO role of an actor's code (its forces, government, police, intelligence)
_STATE_SIDE = frozenset({"MIL", "GOV", "COP", "SPY"})
# ASSAULT modes that say more than the others they overlap with (a drone strike is aerial; an
# assassination may use a gun or a bomb): the most specific survives a merge
_MODE_RANK = {"targeted": 3, "suicide-attack": 2, "drone": 2, "abduct": 2}
# the attackers as the object: a counter-attack, not the attack again
_ATTACKERS = frozenset({"مهاجمين", "مهاجمون", "منفذين", "منفذون", "منفذي", "مهاجم"})
# words that tell another occasion, not a second account of the same one
_ANOTHER = frozenset({"ايضا", "كذلك", "اخر", "اخري", "اخرين", "ثان", "ثاني", "ثانيه", "جديد", "جديده", "مجددا",
                      "مماثل", "مماثله", "منفصل", "منفصله", "بدوره", "بدورها", "لاحقا", "سابقا"})
# the verbs and nouns of threatening whose mode is the content named after them (not a context rule's reading)
_THREAT_LEMMAS = frozenset({"هدد", "مهددا", "متوعدا", "ملوحا", "تهديد", "لوح", "تلويح", "توعد"})
# what a threat threatens, by PLOVER's THREATEN modes: to strike, close, boycott or escalate a protest (restrict),
# to pursue or arrest (arrest), to suspend talks or ties (relations), to expel, to take territory, or violence
_THREAT_MODES: list[tuple[str, frozenset[str]]] = [
    ("restrict", frozenset({"اضراب", "الاضراب", "اغلاق", "مقاطعه", "حصار", "عصيان", "التصعيد", "تصعيد", "اعتصام",
                            "الاعتصام", "احتجاجات", "الاحتجاج", "منع",
                            # "لوّحوا بالامتناع عن توريد محصولهم"، "بشلّ الحركة في الميناء": withholding, bringing to a halt
                            "الامتناع", "امتناع", "شل"})),
    ("arrest", frozenset({"ملاحقه", "اعتقال", "توقيف", "سجن"})),
    ("relations", frozenset({"تعليق", "قطع", "الانسحاب"})),
    ("expel", frozenset({"طرد", "ترحيل"})),
    ("territory", frozenset({"السيطره", "احتلال", "ضم"})),
    ("violence", frozenset({"الرد", "رد", "استهداف", "قصف", "ضرب", "الحرب", "حرب", "القوه", "هجوم", "هجمات",
                            "انتقام", "الانتقام", "تدمير", "سحق", "عمليات", "التعامل"})),
]
# words that open a threat's condition ("إذا"، "في حال"، "ما لم")
_CONDITION_WORDS = frozenset({"اذا", "حال", "لم", "مالم", "طالما"})
_REQUEST_MODES: list[tuple[str, frozenset[str]]] = [
    ("yield", frozenset({"انسحاب", "رحيل", "انهاء", "سراح", "الافراج", "افراج", "وقف", "خروج", "اخلاء",
                         "ضبط", "التهدئه", "تهدئه", "الامتناع", "السماح", "هدنه", "رفع", "الالتزام",
                         # "إلى إعادة فتح المنفذ"، "تسليم المطلوبين"، "فك الحصار": what the other side gives up
                         "فتح", "تسليم", "فك",
                         # "بعودة الوحدات إلى مواقعها"، "بوصول آمن للمساعدات": a return, an access let through
                         "عوده", "وصول"})),
    ("assist", frozenset({"مساعده", "مساعدات", "دعم", "تزويد", "تسليح", "بناء", "تدريب", "تمويل", "اغاثه",
                          "حمايه", "الحمايه", "تعويضات", "عون", "ضمانات", "التدخل", "تدخل", "الامدادات",
                          # "بتعويض المتضررين"، "بتخصيص أموال"، "بتوفير فرص عمل"، "ترميم المنازل"
                          "تعويض", "تخصيص", "توفير", "ترميم", "اعمار", "انقاذ",
                          # "إلى سد فجوة تمويلية"، "سد العجز": a shortfall made good
                          "سد",
                          # "لتأمين مراكز إيواء"، "بإيواء النازحين": shelter or supplies provided
                          "تامين", "ايواء"})),
    ("change", frozenset({"استقاله", "تنحي", "اقاله", "اصلاح", "اصلاحات", "تغيير", "تعديل", "الغاء", "اسقاط",
                          "محاكمه", "محاسبه",
                          # "بتشكيل حكومة موحدة"، "تصنيفها منظمة إرهابية"، "بالإدماج في الوظيفة العمومية"
                          "تشكيل", "تصنيف", "تسريع", "ادماج",
                          # "بالكف عن استعمال القضاء"، "بتغليظ العقوبات"، "إلى التراجع عنه"، "معاملة المهاجرين كضحايا"،
                          # "بتعميم التجربة"، "بتنظيم استفتاء": a way of doing things changed
                          "الكف", "كف", "تغليظ", "التراجع", "تراجع", "معامله", "تعميم", "استفتاء",
                          # "طالبها بالضغط على إسرائيل لوقف اعتداءاتها": asked to press a third party, not to give way
                          "ضغط", "الضغط"})),
    ("meet", frozenset({"لقاء", "حوار", "مفاوضات", "اجتماع", "محادثات", "تفاوض"})),
]


# a charge, before the act it names ("بتهمة التجمهر"، "بتهم «عرقلة السير»"، "وجهت إليهم تهمة الاعتداء")
_CHARGE_WORDS = frozenset({"بتهمه", "بتهم", "بتهمتي", "تهمه", "تهمتي"})
# words that open a clause of their own, which a demand's or a threat's content does not reach across
_CLAUSE_BREAKS = frozenset({"بينما", "فيما", "عندما", "حين", "حينما", "لكن", "لكنه", "لكنها", "بعدما", "قبلما",
                            "ريثما"})
# words in ب that open no content of a demand: "طالبت، ببيان، …"، "بحسب"، "بسبب"
_NOT_CONTENT = frozenset({"بيان", "ببيان", "بين", "بعد", "بحسب", "بسبب", "بشان", "بخصوص", "بدوره", "بدورها", "بدورهم",
                          "بلاده", "بلادها"})


def _ministry(v: DocView, eid: str) -> bool:
    """Is the entity a ministry ("وزارة العمل"، "الوزارة")?"""
    e = v.by_id.get(eid)
    return e is not None and e.type == "ORG" and fold_text(e.name_ar).startswith(("وزاره", "الوزاره"))


def _protest_form(lemma: str) -> str:
    """Whether a protest noun's lemma is a march, a sit-in, or neither ("")."""
    if lemma.startswith(("مسيرة", "مسيرات")):
        return "march"
    return "sit-in" if lemma.startswith("اعتصام") else ""


def _add_all(lst: list[str], ids: list[str]) -> None:
    for i in ids:
        if i not in lst:
            lst.append(i)


def _told(c: Cand, role: str) -> list[str]:
    """A role's fillers as the text tells them: places guessed from the rest of the sentence left out."""
    ids: list[str] = getattr(c, role)
    if role in ("location", "origin", "destination") and c.weak_places:
        return [x for x in ids if x not in c.weak_places]
    return ids


def _family(lemma: str) -> str:
    return lemma.removesuffix("_ن")


def _by_sent(cands: list[Cand], key: Callable[[Cand], Any] = lambda c: c.sent) -> dict[Any, list[Cand]]:
    """Candidates grouped by sentence, each group in list order (pairwise steps stay linear)."""
    out: dict[Any, list[Cand]] = {}
    for c in cands:
        out.setdefault(key(c), []).append(c)
    return out


class _Window:
    """One sentence's candidates by first token: those starting in a token range, in list
    order, without rescanning the sentence (a long one may hold thousands)."""

    def __init__(self, cands: list[Cand]) -> None:
        self.cands = cands
        self.order = sorted(range(len(cands)), key=lambda i: cands[i].t0)
        self.keys = [cands[i].t0 for i in self.order]
        self.in_order = self.order == list(range(len(cands)))  # list order is token order: read lazily

    def starting(self, lo: int, hi: int | None = None) -> Iterator[Cand]:
        a = bisect_left(self.keys, lo)
        b = len(self.keys) if hi is None else bisect_right(self.keys, hi)
        if self.in_order:
            return (self.cands[i] for i in range(a, b))
        return iter([self.cands[i] for i in sorted(self.order[a:b])])


def _windows(cands: list[Cand]) -> dict[tuple[int, int], _Window]:
    return {sent: _Window(group) for sent, group in _by_sent(cands).items()}


def _country_of(e: Entity | None) -> str | None:
    return e.country if e is not None else None


# the frame that opens a paragraph of background: "ويأتي الهجوم بعد …"، "وتأتي الغارة في وقت …"
_COMES = frozenset({"ياتي", "وياتي", "تاتي", "وتاتي"})
# a meeting hosted or brokered by a third party: "بوساطة عُمانية"، "برعاية سعودية"، "الوسطاء"، "بحضور المبعوث"
_MEDIATION_WORDS = frozenset({"وساطه", "الوساطه", "رعايه", "الوسطاء", "وسطاء", "الوسيط", "الوسيطين", "حضور"})
# a meeting of many sides: "اجتماع ثلاثي"، "اجتماعاً وزارياً رباعياً"، "محادثات متعددة الأطراف"
_MANY_SIDED = frozenset({"ثلاثي", "ثلاثيا", "الثلاثي", "الثلاثيه", "ثلاثيه", "رباعي", "رباعيا", "الرباعي",
                         "رباعيه", "الرباعيه", "خماسي", "خماسيا", "الخماسي", "الخماسيه", "خماسيه", "سداسي",
                         "السداسي", "متعدد", "متعدده", "قمه", "القمه"})

# a pair of phone calls, each with one of the parties named after it
_DUAL_CALLS = frozenset({"اتصالين_هاتفيين", "اتصالان_هاتفيان"})

# events that happen somewhere: with no place of their own they take the scene's (Resolver.carry_scene)
# "أثناء عبورها مضيق هرمز"، "خلال مرورها في البحر الأحمر": a ship or convoy on its way through a place
_CROSSING_NOUNS = ("عبور", "مرور", "ابحار")
_WHILE_WORDS = frozenset({"اثناء", "خلال", "لدي", "عند", "ابان"})
_SCENE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID", "CONSULT", "AGREE"})


class Resolver:
    def __init__(self, rr: RoleReader, cands: list[Cand]) -> None:
        self.rr, self.v = rr, rr.v
        self.cands = cands
        self.date_hints: list[tuple[tuple[int, int], Cand]] = []
        self._sent_index: dict[tuple[int, int], list[Cand]] | None = None

    def apply_date_hints(self, events: list[Cand]) -> None:
        """"سعى الوفد خلال الزيارة إلى …": an event told during an earlier one takes its date."""
        by_sent = _by_sent(events)
        for sent, ante in self.date_hints:
            for c in by_sent.get(sent, ()):
                if c.time is None and c is not ante and ante.date:
                    c.date = ante.date
                    c.time = ante.time

    # --- compatibility
    def _same_side(self, a: str, b: str) -> bool:
        """Two actors that may be one: the same entity, or forces and government of one country."""
        if a == b:
            return True
        ea, eb = self.v.by_id.get(a), self.v.by_id.get(b)
        if ea is None or eb is None:
            return False
        if ea.country and ea.country == eb.country and {ea.type, eb.type} <= {"ORG", "LOC"}:
            codes = {(ea.actor_code or "")[3:6], (eb.actor_code or "")[3:6]} - {""}
            # (unnamed gunmen of a country, "مجموعات مسلحة", may be any of its armed bodies named later)
            return len(codes) <= 1 or codes <= {"MIL", "GOV"} or "UAF" in codes and ea.type == eb.type == "ORG"
        return False

    def _civil_pair(self, a: str, b: str) -> bool:
        """Two bodies of one country's people, no state's: workers, farmers, teachers, their unions."""
        ea, eb = self.v.by_id.get(a), self.v.by_id.get(b)
        if ea is None or eb is None or not ea.country or ea.country != eb.country:
            return False
        return {sector(ea), sector(eb)} <= CIVIL_SECTORS

    def _opposed(self, a: str, b: str) -> bool:
        """Two actors of one country on opposite sides: a named armed group and the state's forces ("دفع
        الجيش بتعزيزات" and the "إعادة تموضع" of قوات الدعم السريع are two movements)."""
        v = self.v
        ea, eb = v.by_id.get(a), v.by_id.get(b)
        if ea is None or eb is None or not ea.country or ea.country != eb.country:
            return False
        ga, gb = "armed-group" in v.kinds.get(a, ()), "armed-group" in v.kinds.get(b, ())
        state = eb if ga else ea
        return ga != gb and (state.actor_code or "")[3:6] in _STATE_SIDE

    def _roles_compatible(self, a: Cand, b: Cand) -> tuple[bool, int]:
        shared = 0
        # (a party that both fights and is fought, in a clash "بين X وY", is a side of it, no target only)
        a_hit, b_hit = set(a.recipient) - set(a.actor), set(b.recipient) - set(b.actor)
        if a.type != "CONSULT" and (set(a.actor) & b_hit or set(b.actor) & a_hit):
            return False, 0  # one side's attacker is the other's target: two events
        if a.type == "CONSULT":
            pa, pb = set(a.actor + a.recipient), set(b.actor + b.recipient)
            if pa and pb:
                if not pa & pb:
                    return False, 0
                shared += 1
            roles = ("location",)
        else:
            roles = _ROLE_NAMES
        for r in roles:
            ra, rb = _told(a, r), _told(b, r)
            if not ra or not rb:
                continue
            if r == "actor":
                # (a protest's crowd and the union or body of theirs that called it: "اعتصم الصيادون …. وجاء
                # الاعتصام بدعوة من نقابة صيادي الأسماك")
                if not any(self._same_side(x, y) or a.type == "PROTEST" and self._civil_pair(x, y)
                           for x in ra for y in rb) \
                        or a.type in ("MOBILIZE", "RETREAT") and not set(ra) & set(rb) \
                        and any(self._opposed(x, y) for x in ra for y in rb):
                    return False, 0
            elif not set(ra) & set(rb):
                if r in ("origin", "location", "destination"):
                    # places may differ in grain (a base and its country): compatible only if one contains the other
                    if not self._places_nested(ra, rb):
                        return False, 0
                else:
                    return False, 0
            shared += 1
        return True, shared

    def _places_nested(self, ra: list[str], rb: list[str]) -> bool:
        ea = [self.v.by_id.get(x) for x in ra]
        eb = [self.v.by_id.get(x) for x in rb]
        for x in ea:
            for y in eb:
                if x is None or y is None:
                    continue
                if x.geo and y.geo and x.country and x.country == y.country and (
                        {x.geo.feature, y.geo.feature} & {"country", "region", "province"}):
                    return True  # a base and its country, or two names for one region
        return False

    def _can_merge(self, a: Cand, b: Cand, same_sentence: bool) -> bool:
        if a.type != b.type or a.absorbed or b.absorbed:
            return False
        if a.type in ("REQUEST", "ACCUSE", "THREATEN", "REJECT") and a.pos == b.pos == "V" and set(a.actor) != set(b.actor):
            return False  # "طالب المحتجون الحكومة …، فيما دعت الأمم المتحدة …": two parties, two speech acts
        if a.type in ("REQUEST", "ACCUSE", "THREATEN", "REJECT") and (a.told_subject or b.told_subject) \
                and set(a.actor) != set(b.actor):
            return False  # "ويطالب المضربون … بمراجعة الأجور" and the manager's call on them later: the unnamed told
            # subject's demand is theirs, not the next speaker's
        if a.mode and b.mode and a.mode != b.mode and a.type not in ("ASSAULT", "MOBILIZE", "CONSULT", "PROTEST"):
            return False
        if a.partitive or b.partitive:
            return False
        if a.type == "PROTEST" and a.mode and b.mode and {a.mode, b.mode} & {"strike", "hunger"} and a.mode != b.mode:
            return False  # "أعلنت القوى الإضراب الشامل، فيما خرجت مسيرة …": a strike and a march are two
        if a.type == "PROTEST" and a.pos == b.pos == "N" and {_protest_form(a.lemma), _protest_form(b.lemma)} == {"march", "sit-in"}:
            return False  # "خرجت المسيرة بدعوة من التنسيقية، التي يخوض أعضاؤها اعتصاماً مفتوحاً": a march and a sit-in are two
        if same_sentence and a.pos == b.pos == "V" and b.t0 > 0 and self.v.bare(b.t0 - 1) == "كما" and a.t1 < b.t0:
            return False  # "اعتدوا عليهم بالضرب، كما اقتلعوا نحو 40 شجرة زيتون": «كما» adds another act
        if a.type == "PROTEST" and a.pos == b.pos == "V" and {a.mode, b.mode} == {"demo", "obstruct"}:
            return False  # "تجمّع المتظاهرون أمام البوابة، وأغلقوا الطريق": gathering and blocking, two verbs, two acts
        account = not same_sentence and (self._account_of(a, b) or self._crowd_control_retold(a, b))
        if a.type in ("ASSAULT", "PROTEST") and not same_sentence and not (b.pos == "N" and b.definite) \
                and not account:
            return False  # two attacks at one place are two attacks; anaphora ("الهجوم") links the mentions
        if a.status != b.status and not (a.default_status or b.default_status):
            if not ({a.status, b.status} <= {"occurred", "ongoing"} and same_sentence):
                return False
        if a.type == "CONSULT" and same_sentence and b.pos == "N" and a.pos == "V" and 0 < b.t0 - a.t1 <= 12 \
                and b.t0 > 0 and self.v.bare(b.t0 - 1) in ("في", "خلال", "عبر") and not (b.actor and a.actor and
                                                                                   set(b.actor) != set(a.actor)):
            return True  # "بحث الوزير، في اتصال هاتفي مع نظيره، …": the talk and how it was held
        if a.time is not None and b.time is not None and a.time.value != b.time.value and not (
                same_sentence and (a.weak_time or b.weak_time)):
            return False
        if same_sentence and a.pos == "V" and b.pos == "N" and b.t0 == a.t1 + 1 and a.type == "ASSAULT" \
                and a.lemma not in _REPELLING and not self.v.tokens[b.t0].folded.endswith("ا"):
            return True  # "استهدفت غارة جوية إسرائيلية، فجر اليوم، بلدة X في قضاء Y": the verb and its noun subject
        ok, shared = self._roles_compatible(a, b)
        if not ok:
            return False
        pa, pb = a.origin + a.destination + a.location, b.origin + b.destination + b.location
        if not same_sentence and b.pos == "V" and not account and not (
                set(pa) & set(pb) or (pa and pb and self._places_nested(pa, pb))):
            return False  # a new finite verb in a later sentence tells a new event unless it shares a place
        if shared == 0 and not same_sentence and a.has_roles() and b.has_roles() and not (
                account and not (a.actor and b.actor)):
            return False
        return True

    def _account_of(self, a: Cand, b: Cand) -> bool:
        """Is the verb b, in someone's statement one or two sentences after a, that party's account of
        the same event ("قُتل ثلاثة … بغارة. وأعلن الجيش أنه استهدف …"، "وزعمت الحركة أنها قتلت …")?
        Not when it says it is another one (أيضاً، آخر، جديد، مجدداً …) or dates it otherwise."""
        v = self.v
        if b.pos != "V" or b.type not in _MOVES_AND_FORCE or v.bare(b.sent[0]) == "كما":
            return False  # (two demands or accusations are two speech acts)
        reported = self.rr.statement_for(b.start) is not None or any(
            v.bare(j) in _COMPLEMENTIZERS for j in range(max(b.sent[0], b.t0 - 3), b.t0))  # "وزعمت أنها قتلت"
        if not reported:
            return False
        if a.date is not None and b.date is not None and a.date != b.date:
            return False
        if b.sent not in self._recent_sentences_after(a, 2):
            return False
        lo, hi = max(b.sent[0], b.t0 - 12), min(b.sent[1], b.t1 + 8)
        if any(v.bare(j) in _ANOTHER for j in range(lo, hi)) or any(
                strip_word(v.tokens[j].folded)[-1] in _ATTACKERS for j in range(b.t1 + 1, hi)):
            return False  # (… "قتلت اثنين من المهاجمين": the attackers hit back at, another event)
        # "في عملية تمشيط أعقبت الهجوم"، "رداً على الهجوم": told as what followed the event, so another one
        return not any(d.type == b.type and (d.ref or (
            d.definite and d.t0 > 1 and v.bare(d.t0 - 1) == "علي" and v.bare(d.t0 - 2) in ("ردا", "رد")))
            for d in self._in_sentence(b.sent))

    def _crowd_control_retold(self, a: Cand, b: Cand) -> bool:
        """"فرّقت قوات الدرك مئات المحتجين …. وقال شهود إن قوات الدرك أطلقت قنابل الغاز المسيل للدموع لتفريق
        المحتجين": one force's crowd control told again in the next two sentences, on the same day, is how it
        dispersed the same crowd: one event."""
        if a.type != "ASSAULT" or a.mode != "crowd-control" or b.mode != "crowd-control":
            return False
        if not (set(a.actor) & set(b.actor)) or a.date is not None and b.date is not None and a.date != b.date:
            return False
        return b.sent in self._recent_sentences_after(a, 2)

    def _recent_sentences_after(self, a: Cand, n: int) -> set[tuple[int, int]]:
        """The sentences of a's mentions and the n sentences after each of them."""
        v = self.v
        sents = a.sents | {a.sent}
        out = set(sents)
        for s in sents:
            b = s[1]
            for _ in range(n):
                if b >= len(v.tokens):
                    break
                nxt = v.sentence_tokens(v.tokens[b].start)
                if nxt[1] <= b:
                    break
                out.add(nxt)
                b = nxt[1]
        return out

    def _merge(self, keep: Cand, drop: Cand) -> None:
        keep.sents |= {keep.sent, drop.sent} | drop.sents
        keep.lemmas |= drop.lemmas
        if drop.verbal or (drop.pos == "V" and drop.tense in ("past", "present")):
            keep.verbal = True  # told by a finite verb among its mentions
        if keep.default_status and not drop.default_status and not (
                # (not from the act's purpose: "توقيف شخصين …، مؤكداً أن التحقيقات جارية «لتفكيك الشبكة»")
                drop.pos == "N" and drop.sent == keep.sent
                and self.v.text[self.v.tokens[drop.t0].start:drop.start].removesuffix("ال").endswith("ل")):
            keep.status, keep.default_status = drop.status, False  # a bare noun takes the told status
        for r in _ROLE_NAMES:
            told_places = r in ("location", "origin", "destination") and _told(keep, r)
            for x in getattr(drop, r):
                if x in drop.weak_places and (told_places or getattr(keep, r)):
                    continue  # a place guessed for the other mention does not add to places told
                if keep.frame == "host" and r == "actor" and x in keep.recipient:
                    continue  # "استقبل الرئيس …، وبحث معه …": the host who talks is still the host
                if x not in getattr(keep, r):
                    getattr(keep, r).append(x)
                    if x in drop.weak_places:
                        keep.weak_places.append(x)
        if drop.time is not None and not drop.weak_time and (keep.time is None or keep.weak_time):
            keep.time, keep.date, keep.weak_time = drop.time, drop.date, False
        elif keep.time is None and drop.time is not None:
            keep.time, keep.date, keep.weak_time = drop.time, drop.date, True
        elif keep.date is None and drop.date is not None:
            keep.date = drop.date
        if keep.mode is None or _MODE_RANK.get(drop.mode or "", 0) > _MODE_RANK.get(keep.mode, 0):
            keep.mode = drop.mode or keep.mode  # the most specific: a drone strike is an air strike too
        keep.quantity = keep.quantity or drop.quantity
        keep.source = keep.source or drop.source
        keep.via = keep.via or drop.via
        if drop.pos == "V" and keep.pos == "N" and drop.status != keep.status and keep.status == "occurred":
            keep.status = drop.status
        keep.explicit_actor = keep.explicit_actor or drop.explicit_actor

    # --- steps
    def absorb_demands(self) -> None:
        """Events that are the content of a demand or a threat are part of it (المطالبة بانسحاب القوات)."""
        v = self.v
        windows = _windows(self.cands)
        unheld: list[Cand] = []
        for c in self.cands:
            if c.type == "REQUEST" and c.pos == "V" and c.t0 > 0 and v.bare(c.t0 - 1) in _BANNERS:
                # "رافعين لافتات تطالب بوقف القصف وإخلاء النقاط": what the banners ask for is the protest's cause,
                # no event of its own; the banners' demand is read for that, then dropped (slogans are no party)
                unheld.append(c)
            if c.lemma == "وصف_استنكار" and c.suffix and c.conj:
                # "أدان المحافظ القصف، ووصفه بأنه جريمة حرب": calling the act condemned a crime is the same
                # condemnation, its pronoun the act
                said = next((d for d in reversed(self._in_sentence(c.sent)) if d is not c and d.type == "ACCUSE"
                             and d.pos == "V" and d.t1 < c.t0 and d.actor and not d.absorbed), None)
                if said is not None:
                    c.absorbed = True
                    continue
            if c.type == "ACCUSE" and c.mode == "disapprove":
                self._blame_of_condemnation(c, windows)
            if c.lemma in ("صد_هجوم", "تصدى_هجوم"):
                self._repelled_attack(c, windows)
            if (c.type == "REJECT" or c.type == "ACCUSE" and c.mode == "disapprove") and c.pos == "V":
                self._rejected_content(c, windows)  # "أدانت الوزارة استهداف المحطة": the condemned act
                continue
            if c.type == "SUPPORT" and c.pos == "V" and not c.recipient:
                self._welcomed_act(c, windows)
            if c.type == "REQUEST" and c.pos == "V" and c.t1 + 1 < len(v.tokens) and v.bare(c.t1 + 1) in ("اليه", "اليها"):
                # "إضراباً عاماً دعا إليه الاتحاد": the call names who holds the protest told just before
                called = next((d for d in reversed(self._in_sentence(c.sent)) if d.type == "PROTEST" and d.t1 < c.t0
                               and c.t0 - d.t1 <= 10), None)
                if called is not None:
                    called.actor = called.actor or list(c.actor)
                    if not called.location:  # "الإضراب الذي دعا إليه الاتحاد الجهوي للشغل بقفصة"
                        called.location.extend(o.eid for o in self.rr.regional_place(called)[:1])
                    c.absorbed = True
                    continue
            if c.type not in ("REQUEST", "THREATEN"):
                continue
            chain = False
            # "…، ومعلناً تشكيل لجنة": a participle opens a new act of the speaker; the content ends before it
            participle = next((x for x in range(c.t1 + 1, c.sent[1]) if v.bare(x).lstrip("و") in PARTICIPLE_CONT),
                              c.sent[1])
            listed = self._demand_list_end(c)
            for d in windows[c.sent].starting(c.t1 + 1):
                if d is c or d.t0 <= c.t1:
                    continue
                if participle < d.t0:
                    break
                w = v.bare(d.t0).removeprefix("و")
                if d.t0 > c.t1 + 1 and v.comma_before(d.t0) and w[:1] == "م" and w.endswith("ا") and len(w) >= 5:
                    break  # "…، مطالباً المنظمات بمضاعفة دعمها، ومتهماً الدعم السريع بـ…": a participle of its own
                tok = v.tokens[d.t0]
                pre = v.doc.folded.text[v.doc.folded.to_folded(tok.start):v.doc.folded.to_folded(d.start)]
                marked = pre.endswith(("ب", "ل", "بال", "لل")) or (d.t0 > 0 and v.bare(d.t0 - 1) in ("الي", "ب")) or (
                    # "هددت بالدخول في إضراب مفتوح": entering into it
                    d.t0 > 1 and v.bare(d.t0 - 1) == "في" and v.bare(d.t0 - 2) in ("بالدخول", "للدخول")) or (
                    d.t0 > 0 and v.bare(d.t0 - 1) in _MARKED_LIGHT_NOUNS) or (  # "هدد بشنّ هجوم"، "طالب بتنفيذ انسحاب"
                    # "إلى مضاعفة دعمها"، "بتكثيف الدعم": what more is asked of
                    d.t0 > c.t1 + 1 and ((more := v.bare(d.t0 - 1)) in _MORE_NOUNS and v.bare(d.t0 - 2) == "الي"
                        or more[:1] in ("ب", "ل") and more[1:] in _MORE_NOUNS))
                # (after إلى the content may sit further: "دعت البعثة، في بيان، إلى وقف فوري لإطلاق النار")
                reach = 14 if any(v.bare(x) == "الي" for x in range(c.t1 + 1, d.t0)) else 8
                if any("،" in v.gap(x) or "," in v.gap(x) for x in range(c.t1 + 1, d.t0)):
                    reach += 14  # past asides set off by commas: "هددت الكتائب، إحدى …، اليوم، باستئناف …"
                if d.t0 >= listed and any(v.bare(x) in _CLAUSE_BREAKS or v.bare(x) == "ان" and v.bare(x - 1) in ("قبل", "بعد")
                                          for x in range(c.t1 + 1, d.t0)):
                    break  # (a clause of its own between: "التلويح بالإضراب …، قبل أن تتوصل الحكومة إلى اتفاق")
                # (the words of the names between count as none: "طالب قائممقام قضاء الرطبة عماد مشعان الدليمي
                # الحكومة الاتحادية بصرف تعويضات")
                named = sum(o.t1 - o.t0 for o in v.occs_in(c.t1 + 1, d.t0) if o.t1 < d.t0)
                # (a verb joined after a comma is an act of its own: "طالبت النقابة بصرف تعويضات …، وحمّلت الإدارة …")
                if (marked and d.t0 - c.t1 - named <= reach) or (
                        chain and d.coord_prev and not (d.pos == "V" and v.comma_before(d.t0))) or d.t0 < listed:
                    c.content_types.append(d.type)
                    chain = True
                    if c.type == "REQUEST" and d.type == "PROTEST" and c.actor:
                        # "دعت الهيئة إلى مسيرة في نابلس": the protest called for is announced, by who calls it
                        d.status, d.default_status = "planned", False
                        d.actor = d.actor or list(c.actor)
                        continue
                    if c.type == "THREATEN" and d.type == "PROTEST" and c.actor and len(c.content_types) == 1 \
                            and set(d.actor) <= set(c.actor) and not any(
                                v.bare(x) in ("اذا", "حال", "لو") for x in range(c.t1 + 1, d.t0)) \
                            and (pre.endswith(("ب", "بال"))
                                                                  or v.bare(d.t0 - 1) in _MARKED_LIGHT_NOUNS
                                                                  or v.bare(d.t0 - 2) in ("بالدخول", "للدخول")):
                        # (not a protest the threatened act is done to, "هدد الجيش بفض الاعتصام", nor one in the
                        # condition: "هددت بتعليق عملياتها إذا استمرت … إغلاق الطرق")
                        # "هدّدت النقابة بشنّ إضراب شامل إذا لم …": the strike it threatens is its own, should it come
                        d.status, d.default_status, d.threatened = "hypothetical", False, True
                        d.actor = list(c.actor)
                        continue
                    d.absorbed = True
                    if c.type == "THREATEN" and d.type in ("ASSAULT", "COERCE") and not c.recipient:
                        # "هدد الحوثيون بقصف السفن الأمريكية": who would be hit is who is threatened
                        c.recipient.extend(x for x in d.recipient if x not in c.actor)
                    if c.type == "REQUEST" and d.type == "RETREAT" and d.mode == "release" and not c.recipient:
                        # "طالب بالإفراج عن الموظفين": who is asked to release them is who holds them
                        holder = next((e for e in reversed(self.cands) if e.t1 < c.t0 and e.actor and (
                            e.type == "COERCE" and e.mode == "arrest" or e.type == "ASSAULT" and e.mode == "abduct")
                            and c.sent[0] - e.sent[0] <= 400), None)
                        if holder is not None:
                            c.recipient.extend(x for x in holder.actor if x not in c.actor)
                else:
                    break
            if c.type == "REQUEST" and c.mode is None:
                c.mode = self._request_mode(c)
        for c in self.cands:
            if c.type == "THREATEN" and c.lemma in _THREAT_LEMMAS:
                c.mode = self._threat_mode(c) or c.mode
        for c in unheld:
            c.absorbed = True

    def _demand_list_end(self, c: Cand) -> int:
        """Where the list of what a demand asks for ends: "تطالب بوقف الحرب وإلغاء الاتفاقية وطرد السفير،" is
        one list of nouns joined by و after a ب-noun, up to a comma or a stop (within sixteen words); every
        act named in it is asked for, not done. The demand's own end when its content opens otherwise."""
        v = self.v
        if c.type != "REQUEST":
            return c.t1 + 1
        # the content opens past the subject and the one asked: "طالب مجلس النواب الحكومة بوقف …"، "دعا إلى …"
        start = next((x for x in range(c.t1 + 1, min(c.sent[1], c.t1 + 9))
                      if x not in v.occ_at and (v.bare(x) in ("الي", "ب") or v.tokens[x].folded[:1] == "ب"
                                                and len(v.tokens[x].folded) > 3 and v.bare(x) not in _NOT_CONTENT)), None)
        # (a detached بـ before a quoted list: "طالبت المجتمع الدولي بـ«توفير حماية … وفرض عقوبات …»")
        if start is None or any(v.is_strong_break(x) or v.comma_before(x) for x in range(c.t1 + 1, start + 1)):
            return c.t1 + 1
        end = start + 1
        while end < min(c.sent[1], start + 16) and not (v.is_strong_break(end) or v.comma_before(end)) \
                and not v.is_subordinator(end):
            end += 1
        return end

    def _repelled_attack(self, c: Cand, windows: dict[tuple[int, int], _Window]) -> None:
        """"صدّ الجيش هجوماً شنّه مسلحو الحركة": the defence is an act of force against the attackers, and
        the attack repelled stays an event of its own."""
        for d in windows[c.sent].starting(c.t1 + 1):
            if d is c or d.t0 <= c.t1:
                continue
            # (the word the verb repels, past the defender's name, a time and asides: "صدّت قوات الجيش الوطني، فجر
            # اليوم الأحد، هجوماً")
            if d.type == "ASSAULT" and d.t0 == self.rr.rd.repelled_at(c.t1 + 1, c.sent[1]) and d.actor:
                # (the attack's party read as the defence's too, "صدّت القوات هجوماً للدعم السريع": the attacker;
                # but one shared party alone stays the defender's)
                attackers = [x for x in d.actor if x not in c.actor or len(c.actor) > 1]
                c.actor[:] = [x for x in c.actor if x not in attackers]
                _add_all(c.recipient, attackers)
                if c.actor and not set(d.recipient) - set(c.actor):
                    _add_all(d.recipient, c.actor)  # (those the attack was on are the defenders)
                if not c.location:
                    _add_all(c.location, d.location)  # (where it was repelled)
            break

    def _blame_of_condemnation(self, c: Cand, windows: dict[tuple[int, int], _Window]) -> None:
        """"أدان أبو ردينة التصعيد، محمّلاً حكومة الاحتلال المسؤولية الكاملة": holding a party responsible
        right after condemning is the same act; the party blamed is the one condemned."""
        for d in windows[c.sent].starting(c.t1 + 1):
            if d is c or d.t0 <= c.t1 or d.absorbed:
                continue
            if d.t0 - c.t1 > 25:
                break
            if d.lemma == "محملا_مسؤولية" and (not d.actor or set(d.actor) & set(c.actor) or not c.actor):
                if not c.recipient:
                    _add_all(c.recipient, [x for x in d.recipient if x not in c.actor])
                d.absorbed = True
                return

    def _welcomed_act(self, c: Cand, windows: dict[tuple[int, int], _Window]) -> None:
        """"رحّبت العشيرة بدخول الجيش السوري": who did the act welcomed (ب + its noun) is welcomed; the act
        stays an event of its own."""
        v = self.v
        for d in windows[c.sent].starting(c.t1 + 1):
            if d is c or d.t0 <= c.t1:
                continue
            if d.pos == "N" and d.t0 - c.t1 <= 8 and v.tokens[d.t0].folded.startswith("ب") and d.actor \
                    and not set(d.actor) & set(c.actor) \
                    and not any(v.comma_before(x) or v.is_strong_break(x) for x in range(c.t1 + 1, d.t0 + 1)):
                _add_all(c.recipient, d.actor)
            break

    def meeting_of_the_parties(self, events: list[Cand]) -> None:
        """"اتفقت ليبيا وتونس، خلال اجتماع للجنة الأمنية المشتركة عُقد في جربة، على …": the meeting that the parties
        agreed or talked during is theirs too, whatever body it is told as."""
        v = self.v
        for c in events:
            if c.type != "CONSULT" or c.pos != "N" or c.t0 < 1 or v.bare(c.t0 - 1) not in ("خلال", "اثناء"):
                continue
            verb = next((d for d in reversed(events) if d.pos == "V" and d.sent == c.sent and d.t1 < c.t0
                         and c.t0 - d.t1 <= 4 and d.type in ("AGREE", "CONSULT", "COOPERATE") and len(d.actor) >= 2), None)
            if verb is not None and not set(verb.actor) <= set(c.actor):
                c.actor[:0] = [x for x in verb.actor if x not in c.actor]

    def accused_attackers(self, events: list[Cand]) -> None:
        """"هجوم بطائرة مسيّرة استهدف محطة الكهرباء …، واتهمت السلطات الدعم السريع بالوقوف وراءه": the party an
        accusation says stands behind an attack told just before it with no attacker named is the attacker (as
        alleged)."""
        v = self.v
        for c in events:
            if c.type != "ACCUSE" or c.pos != "V" or not c.recipient:
                continue
            # (or blames it for the attack told again, or charges it with carrying it out: "وحمّلت الفرقة قوات الدعم
            # السريع مسؤولية الهجوم"، "اتهمت الوزارة الحركة بتنفيذ الهجوم")
            # (what it stands behind is the attack: its pronoun or its noun, not "بالوقوف وراء تدفق الكبتاغون")
            if not any(v.bare(j) in ("بالوقوف", "بالضلوع") and v.bare(j + 1).startswith(("وراء", "خلف"))
                       and (v.bare(j + 1) not in ("وراء", "خلف") or v.bare(j + 2) in _ATTACK_TOLD)
                       or v.bare(j).removeprefix("ال") in ("مسؤوليه", "بتنفيذ", "بشن") and v.bare(j + 1) in _ATTACK_TOLD
                       for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 12))):
                continue
            attack = next((d for d in reversed(events) if d.t1 < c.t0 and (d.sent == c.sent or d.sent[1] == c.sent[0])
                           and d.type in ("ASSAULT", "COERCE")), None)
            if attack is not None and not attack.actor and not set(c.recipient) & set(attack.recipient):
                attack.actor = c.recipient[:1]

    def _rejected_content(self, c: Cand, windows: dict[tuple[int, int], _Window]) -> None:
        """"رفض قاسم أي بحث في تسليم سلاح الحزب": what is rejected is part of the rejection, not an event."""
        v = self.v
        last = c.t1
        aside_end = None
        for d in windows[c.sent].starting(c.t1 + 1):
            if d is c or d.t0 <= c.t1 or (aside_end is not None and d.t0 <= aside_end):
                continue
            if c.type == "ACCUSE" and last == c.t1 and aside_end is None and d.type not in ("ASSAULT", "COERCE"):
                aside_end = self._aside_around(c, d)
                if aside_end is not None:
                    continue  # "دان المجلس، في ختام اجتماعه الاستثنائي …، الهجوم": the occasion, set off by commas
            reach = c.t1 if aside_end is None else aside_end
            if d.pos != "N" or d.t0 - (reach if last == c.t1 else last) > (16 if last == c.t1 else 4):
                break
            if ("،" in v.gap(d.t0) or "," in v.gap(d.t0)) and not (aside_end is not None and d.t0 == aside_end + 1):
                break  # "رفضت الكتائب إعادة التموضع، مهددةً بـ…": a new act after the comma
            if c.type == "ACCUSE" and (d.type not in ("ASSAULT", "COERCE") or last != c.t1):
                break  # a condemnation holds the act condemned, not what it goes on to demand
            if c.type == "REJECT" and self.rr.denied_report(d):
                break  # "نفى المصدر صحة الأنباء عن فرض حظر للتجوال": the act reported is told, and denied
            if c.type == "ACCUSE" and d.t1 + 2 < c.sent[1] and v.bare(d.t1 + 1) in ("الذي", "التي") \
                    and (any(x.pos == "V" and x.t0 == d.t1 + 2 for x in windows[c.sent].starting(d.t1 + 1))
                         or _light_verb(v.tokens[d.t1 + 2].folded)):
                # "أدانت الحكومة الهجوم الذي شنته قوات الدعم السريع على الفاشر": an act condemned and told by its own
                # verb is an occasion of its own
                last = d.t1
                continue
            d.absorbed = True
            c.content_types.append(d.type)
            if c.type == "ACCUSE" and not c.recipient and d.actor and not set(d.actor) & set(c.actor):
                _add_all(c.recipient, d.actor)  # "دانت الأمم المتحدة احتجاز الحوثيين موظفين": the detainers are condemned
            last = d.t1

    def _aside_around(self, c: Cand, d: Cand) -> int | None:
        """The last token of a phrase set off by commas after a verb's subject that holds ``d`` ("دان المجلس،
        في ختام اجتماعه الذي عُقد أمس في الكويت، الهجوم"), opened by a preposition of occasion; or None."""
        v = self.v
        opened = next((x for x in range(c.t1 + 1, d.t0 + 1) if v.comma_before(x)), None)
        if opened is None or v.bare(opened) not in ("في", "خلال", "عقب", "اثر", "علي", "بعد", "لدي") \
                or any(v.is_strong_break(x) for x in range(c.t1 + 1, d.t0 + 1)):
            return None
        for k in range(d.t1 + 1, min(c.sent[1], opened + 24)):
            if v.is_strong_break(k):
                return None
            if v.comma_before(k):
                return k - 1
        return None

    def _request_mode(self, c: Cand) -> str | None:
        if "RETREAT" in c.content_types:
            return "yield"
        if {"MOBILIZE", "AID", "COOPERATE"} & set(c.content_types):
            return "assist"  # asking for reinforcements or aid
        if "CONSULT" in c.content_types:
            return "meet"
        # the first word that tells what is asked, not a word of a name ("بعثة الأمم المتحدة للدعم")
        # (past an aside: "دعت البعثة، في بيان ليل أمس، جميع الأطراف إلى …")
        return self._first_cued(c, _REQUEST_MODES, 20)

    def _threat_mode(self, c: Cand) -> str | None:
        """What a threat threatens (PLOVER's THREATEN mode is its content): the first word after the trigger that
        tells it ("ملوّحاً بإضراب عام" restrict, "متوعداً بملاحقة المتورطين" arrest, "بتعليق مشاركتها في المحادثات"
        relations), past the names; None if none does."""
        # (past the threatener's name and an aside, "وتوعد الوزير X، في منشور، بـ…"; not into the threat's condition,
        # "… إذا استمر الحصار", which is not what it threatens)
        v = self.v
        mode, j = self._first_cued_at(c, _THREAT_MODES, 16, stop=_CONDITION_WORDS)
        if mode == "relations" and "قطع" in strip_word(v.tokens[j].folded) and j + 1 < min(c.sent[1], c.t1 + 16) \
                and any(self.rr.lex.in_class(w, "road") for w in strip_word(v.tokens[j + 1].folded)):
            return "restrict"  # "هدد بقطع الطريق الدولي": to block a road, not to cut ties
        return mode

    def _first_cued(self, c: Cand, cues_by_mode: list[tuple[str, frozenset[str]]], width: int,
                    stop: frozenset[str] = frozenset()) -> str | None:
        """The mode of the first word within ``width`` tokens after the trigger that one of ``cues_by_mode`` lists,
        past the words of names; None if none does, or if a word of ``stop`` or a strong break comes first (only
        when ``stop`` is given)."""
        return self._first_cued_at(c, cues_by_mode, width, stop)[0]

    def _first_cued_at(self, c: Cand, cues_by_mode: list[tuple[str, frozenset[str]]], width: int,
                       stop: frozenset[str] = frozenset()) -> tuple[str | None, int]:
        """``_first_cued``'s mode, with the token that tells it (-1 if none)."""
        v = self.v
        end = min(c.sent[1], c.t1 + width)
        # (and a person's title before his name: "دعا وزير الصحة والحماية الاجتماعية، فلان، …" asks no protection)
        named = {x for o in v.occs_ending_past(c.t1, end) for x in range(v.titled_t0(o), o.t1 + 1)}
        for j in range(c.t1 + 1, end):
            if j in named:
                continue
            if stop and (v.bare(j) in stop or v.is_strong_break(j)):
                return None, -1
            words = set(strip_word(v.tokens[j].folded))
            for mode, cues in cues_by_mode:
                if words & cues:
                    return mode, j
        return None, -1

    def agreement_content(self) -> None:
        """What an agreement provides for ("الاتفاق الخاص بانسحاب …", "يقضي بانسحاب …") is planned."""
        v = self.v
        windows = _windows(self.cands)
        for c in self.cands:
            if c.type != "AGREE":
                continue
            for d in windows[c.sent].starting(c.t1 + 1, c.t1 + 26):  # nothing further is read
                if d is c or d.pos != "N" or d.t0 <= c.t1:
                    continue
                # "اتفقت اللجنة، أمس، على بدء سحب المقاتلين مطلع تموز": what was agreed is planned
                ala = next((x for x in range(c.t1 + 1, d.t0) if v.bare(x) == "علي"), None)
                agreed = c.pos == "V" and ala is not None and d.t0 - ala <= 3 and d.t0 - c.t1 <= 26
                if agreed and not d.actor and c.actor and d.type in ("COOPERATE", "CONSULT"):
                    # ("اتفقت تونس والجزائر على تسيير دوريات مشتركة": the parties agreed will work together)
                    d.actor[:] = list(c.actor)
                    d.location[:] = [x for x in d.location if x not in c.actor]
                if agreed and d.status in ("occurred", "ongoing"):
                    d.status, d.default_status = "planned", False
                    later = [t for ti, t in v.times_in(d.t1 + 1, d.sent[1]) if t.value and t.grain != "duration"]
                    d.time, d.date = (later[0], later[0].value) if later else (None, None)
                    continue
                if not (0 < d.t0 - c.t1 <= 3):
                    continue
                between = {v.bare(x) for x in range(c.t1 + 1, d.t0)}
                pre = v.tokens[d.t0].folded
                if (between & {"الخاص", "المتعلق", "الخاصه", "المتعلقه"} or pre.startswith(("ب", "ل"))) \
                        and d.status in ("occurred", "ongoing"):
                    d.status, d.default_status = "planned", False
                    d.date = d.time.value if d.time is not None else None

    def relative_light_verbs(self) -> None:
        """"الاتفاق …، الذي وُقّع في أيلول 2024": a signing verb in a relative clause dates the agreement
        before it and says it happened."""
        v = self.v
        by_first = _by_sent(self.cands, lambda c: c.sent[0])
        bares = v.bares
        # the few tokens that may open one, picked in one pass (no call per token)
        for i in [i for i, w in enumerate(bares) if w in _SELECTING]:
            tok = v.tokens[i]
            typ = _SELECTING[bares[i]]
            if i == 0 or bares[i - 1] not in ("الذي", "التي"):
                continue
            a, _b = v.sentence_tokens(tok.start)
            host = None
            for c in by_first.get(a, ()):
                if c.type == typ and c.t1 < i and i - c.t1 <= 14:
                    host = c
            if host is None:
                continue
            host.status, host.default_status = "occurred", False
            for ti, t in v.times_in(i + 1, min(len(v.tokens), i + 5)):
                if t.value and t.grain != "duration":
                    host.time, host.date = t, t.value
                    break

    def _place_phrase_between(self, c: Cand, d: Cand) -> bool:
        """Only the noun's place phrase and a comma stand between it and a verb with no subject of its own
        ("سلسلة غارات على منطقة البقاع الشمالي، استهدفت معبر جوسيه"): the verb tells the same strikes."""
        v = self.v
        j = c.t1 + 1
        if j >= d.t0 or v.bare(j) not in ("علي", "في") or "،" not in v.gap(d.t0) or d.explicit_actor \
                or v.tokens[d.t0].folded[:1] in ("و", "ف"):
            return False
        places = [o for o in v.occs_in(j + 1, d.t0) if v.is_place(o.eid)]
        if not places:
            return False
        covered = {x for o in places for x in range(o.t0, o.t1 + 1)}
        # (the place's own words: "منطقة البقاع الشمالي")
        return all(x in covered or v.bare(x).startswith("ال") or v.bare(x) in ("منطقه", "مدينه", "بلده")
                   for x in range(j + 1, d.t0))

    def _genitive_name_between(self, c: Cand, d: Cand) -> bool:
        """Only the name of the noun's owner, after ل, stands between it and a verb with no subject of its own
        ("اجتماع للجنة الجهوية لتنسيق العمل الأمني انعقد بعد ظهر أمس"): the verb tells the same meeting."""
        v = self.v
        o = v.occ_at.get(c.t1 + 1)
        if o is None or o.t1 != d.t0 - 1 or v.prep_of(o) != "ل" \
                or v.tokens[d.t0].folded[:1] in ("و", "ف"):
            return False
        return not any(v.gap(x).strip() for x in range(c.t1 + 1, d.t0 + 1))

    def merge_heads(self) -> None:
        """A verbal noun and the verb of its relative clause (هجوم صاروخي استهدف …) are one event."""
        windows = _windows(self.cands)
        for c in self.cands:
            if c.absorbed or c.pos != "N":
                continue
            for d in windows[c.sent].starting(c.t1 + 1, c.t1 + 9):
                if d is c or d.absorbed or d.pos != "V" or d.type != c.type:
                    continue
                if self._clause_of_time_between(c, d):
                    continue  # "وتأتي الغارة بعد أن استهدفت مسيّرة …": the verb is an earlier act, not the noun's
                if 0 < d.t0 - c.t1 <= 3 or self._place_phrase_between(c, d) or self._genitive_name_between(c, d):
                    self._merge(c, d)
                    c.verbal = True  # told by a finite verb of its own
                    c.status = d.status if d.status != "occurred" or c.status == "occurred" else c.status
                    d.absorbed = True
            # "توقيع اتفاقية الدفاع … بين الرياض وإسلام آباد": a verbal noun and the noun of what it makes,
            # of one type, are one event; the roles read around either are its roles
            d = self._noun_right_after(c, windows)
            if d is not None and not c.actor and d.actor:
                self._merge(c, d)
                d.absorbed = True
        for c in self.cands:
            # "وصلت تعزيزات من القوات الأوغندية إلى محيط القاعدة": a verb of movement and the noun right after
            # it, its subject, are one event; whose forces they are is the noun's to say
            if c.absorbed or c.pos != "V" or c.type not in ("MOBILIZE", "RETREAT") or c.suffix:
                continue
            d = self._noun_right_after(c, windows)
            if d is None or d.definite:
                continue
            if d.actor:
                c.actor = list(d.actor)
            self._merge(c, d)
            d.absorbed = True

    def _clause_of_time_between(self, c: Cand, d: Cand) -> bool:
        """A clause of time («بعد أن»، «قبل أن»، «بعدما») opens between a noun and a verb after it."""
        v = self.v
        for j in range(c.t1 + 1, d.t0):
            w = v.bare(j).lstrip("و")
            if w in ("بعدما", "قبلما") or w in _BEFORE_AFTER and j + 1 < d.t0 and v.bare(j + 1) in ("ان", "ما"):
                return True
        return False

    @staticmethod
    def _noun_right_after(c: Cand, windows: dict[tuple[int, int], _Window]) -> Cand | None:
        """The unabsorbed noun mention of c's type on the token right after c, or None."""
        return next((d for d in windows[c.sent].starting(c.t1 + 1, c.t1 + 2) if d is not c and not d.absorbed
                     and d.pos == "N" and d.type == c.type and d.t0 == c.t1 + 1), None)

    def anaphora(self) -> list[Cand]:
        """Resolve anaphoric mentions; return the surviving candidates in text order."""
        v = self.v
        kept: list[Cand] = []
        kept_of_type: dict[str, list[Cand]] = {}  # the antecedent is of the same type: look only there
        for c in self.cands:
            if c.absorbed:
                continue
            demo = c.pos == "N" and (
                (c.t0 > 0 and v.bare(c.t0 - 1) in _DEMONSTRATIVES and not v.gap(c.t0).strip()) or
                (c.t1 + 1 < len(v.tokens) and v.bare(c.t1 + 1) in _DEMONSTRATIVES and not v.gap(c.t1 + 1).strip())) or \
                (c.ref and (c.definite or not c.has_roles())) or c.last and c.definite
            bare = c.pos == "N" and not c.has_roles()
            if self._told_before(c, kept_of_type.get(c.type, [])):
                continue
            if c.lemma in _CROWD_ACTS and self._known_crowd(c):
                # "وهتف المتظاهرون …"، "وأحرق المتظاهرون إطارات": what the protesters already told of did
                # there is part of that protest, not a new one
                ante = self._antecedent(c, kept_of_type.get(c.type, []))
                if ante is not None or c.lemma not in _CROWD_OBSTRUCTS:
                    if ante is not None:
                        self._merge(ante, c)
                    continue
                # (none told before: "أغلق المحتجون الطريق" opens the story, the protest itself; burning
                # or stone-throwing alone is a moment of one told elsewhere)
            if c.ref and c.has_roles() and not (c.actor or c.recipient):
                host = next((d for d in reversed(kept) if d.sent == c.sent and d.t1 < c.t0), None)
                if host is not None:  # "اتفقت اللجنة، خلال اجتماعها في سرت، …": the place of the event told
                    _add_all(host.location, c.location + c.origin + c.destination)
                    continue
            if demo or (bare and c.definite):
                c.anaphoric = True
                ante = self._antecedent(c, kept_of_type.get(c.type, []))
                if ante is not None and c.ref and (c.definite or not c.has_roles()):
                    self.date_hints.append((c.sent, ante))
                    continue
                if ante is not None:
                    own_time = self._own_time(c)
                    if own_time and c.time is not None and (ante.time is None or ante.time.value != c.time.value) \
                            and not demo:
                        clone = self._clone(ante, c)
                        kept.append(clone)
                        kept_of_type.setdefault(clone.type, []).append(clone)
                    else:
                        self._merge(ante, c)
                    continue
                if demo or c.time is None:
                    continue
            elif bare and not self.anchored(c) and not self._sibling(c):
                continue  # a generic mention: "لانسحاب تدريجي"، "أي هجمات"
            if c.in_claim and c.pos == "N" and c.time is None:
                continue  # an observer's reading ("ليس سوى إعادة تموضع") is not a report of an event
            kept.append(c)
            kept_of_type.setdefault(c.type, []).append(c)
        return kept

    def _known_crowd(self, c: Cand) -> bool:
        """The protesters by the verb are definite (المتظاهرون): told of before."""
        v = self.v
        for j in range(max(c.sent[0], c.t0 - 2), min(c.sent[1], c.t1 + 4)):
            tok = v.tokens[j]
            if any(self.rr.lex.in_class(w, "protester") for w in strip_word(tok.folded)):
                # "رشق مئات المتظاهرين …"، "خرج الآلاف من المتظاهرين": a crowd counted is introduced here
                counts = count_words("crowd", "crowd_def")
                counted = j > 0 and (v.bare(j - 1) in counts or v.tokens[j - 1].is_digit or (
                    j > 1 and v.bare(j - 1) == "من" and (v.bare(j - 2) in counts or v.tokens[j - 2].is_digit)))
                return "ال" in tok.folded[:4] and not counted
        return False

    def _sibling(self, c: Cand) -> bool:
        """Another mention of c's type in its sentence that tells an occasion ("قُتل قيادي في غارة جوية
        نفذتها طائرة مسيّرة"): c may be the same event, to be merged with it, not dropped yet."""
        return c.type in ("ASSAULT", "COERCE") and any(
            d is not c and d.type == c.type and d.sent == c.sent and not d.absorbed and self.anchored(d)
            for d in self._in_sentence(c.sent))

    def _in_sentence(self, sent: tuple[int, int]) -> list[Cand]:
        if self._sent_index is None:
            self._sent_index = _by_sent(self.cands)
        return self._sent_index.get(sent, [])

    def anchored(self, c: Cand) -> bool:
        """Something ties the mention to a real occasion: a role, a time, a count, or, for
        violence and protest, a finite verb or a casualty count in its sentence."""
        if c.has_roles() or c.time is not None or c.quantity is not None:
            return True
        if c.type not in _PHYSICAL:
            return False
        if c.pos == "V" and c.tense in ("past", "present") and c.status in ("occurred", "ongoing", "negated"):
            return True  # a finite verb tells an occasion, or denies one
        if c.verbal and c.status == "occurred":
            return True  # so does a past verb of its relative clause ("عبوة ناسفة استهدفت موكبه")
        if c.status not in ("occurred", "ongoing"):
            return False
        v = self.v
        if c.pos == "N" and (self._announced(c) or self._casualty_before(c)):
            return True  # "أعلن الجيش مقتل أحد ضباطه في انفجار عبوة": an occurrence announced, its dead told
        # a verb of happening right before the noun: "اندلعت مظاهرات"، "خرجت مظاهرة"، "شن هجوماً"
        if self._happening_verbs(c, 3, ("past", "present")):
            return True
        # a time expression, even one that cannot be resolved without a publication date ("أمس")
        if any(abs(ti - c.t0) <= 6 for ti, _t in v.times_in(c.sent[0], c.sent[1])):
            return not c.definite
        return c.type == "ASSAULT" and self._counted_casualties(c)

    def _far_happening_verb(self, c: Cand) -> bool:
        """A past verb of happening farther back, with its long subject between and no other act or
        strong break: "نظّم مئات من سكان أحياء شرق مدينة الزاوية بمنطقة الساحل الغربي، أمس الأحد، وقفة احتجاجية"."""
        v, rd = self.v, self.rr.rd
        far = self._happening_verbs(c, 14, ("past",))
        return bool(far) and not any(v.is_strong_break(j) or j in rd.trigger_tokens for j in range(far[-1] + 1, c.t0))

    def _happening_verbs(self, c: Cand, width: int, tenses: tuple[str, ...]) -> list[int]:
        """Tokens of the ``width`` before c that are verbs of happening (aux or begin status verbs) in
        one of ``tenses``: "اندلعت"، "شنّ"، "تمّ"."""
        at = self.rr.rd.status_at
        return [j for j in range(max(c.sent[0], c.t0 - width), c.t0)
                if j in at and at[j].payloads[0].kind in ("aux", "begin") and at[j].payloads[0].tense in tenses]

    def _counted_casualties(self, c: Cand) -> bool:
        """A count of dead or wounded somewhere in c's sentence ("قُتل أربعة …"، "إصابة 11 آخرين")."""
        v = self.v
        lo, hi = v.tokens[c.sent[0]].start, v.tokens[c.sent[1] - 1].end
        return any(q.unit in ("killed", "injured") for q in v.quantities_between(lo, hi))

    def _since_outbreak(self, c: Cand) -> bool:
        """"منذ مطلع/بداية/بدء/اندلاع …" in the clause before the verb: a count summed over a period."""
        v = self.v
        times = self.rr.rd.time_tokens
        # (of a war, a period or a month: not "منذ بداية الهجوم على المدينة فجر اليوم", an occasion itself)
        # (nor past a clause of its own after it: "وتعد الحادثة الثانية منذ مطلع العام، إذ اختطف مسلحون في مارس")
        return any(v.bare(j).lstrip("و") == "منذ" and v.bare(j + 1) in _PERIOD_STARTS
                   and (v.bare(j + 2) in _PERIODS or j + 2 in times)
                   and not any(v.bare(k) in ("اذ", "حيث", "عندما", "حين") for k in range(j + 2, c.t0))
                   # (nor a campaign its light verb carries on: "وتشن الطائرات الروسية منذ مطلع الشهر الجاري غارات")
                   and not (c.pos == "N" and any(_light_verb(v.tokens[k].folded) for k in range(max(c.sent[0], j - 6), j)))
                   for j in range(max(c.sent[0], c.t0 - 8), c.t0 - 2))

    def _gathered_for(self, c: Cand) -> bool:
        """A protest noun told as the purpose of a crowd's going out or massing, in the same clause:
        "للاحتجاج"/"احتجاجاً" after "نزل"، "خرجوا"، "احتشد" ("دفعت الجماعة بآلاف للاحتشاد … احتجاجاً")."""
        word = self.v.tokens[c.t0].folded
        if not (word.startswith("لل") or (word.endswith("ا") and not word.startswith("ال"))):
            return False
        return self.rr.rd.gathering_before(c.t0, c.sent[0])

    def _background_word(self, j: int) -> bool:
        """Token j is a background head noun (classes.tsv: قضية، ذكرى، تحقيق …)."""
        return any(self.rr.lex.in_class(w, "background") for w in strip_word(self.v.tokens[j].folded))

    def _announced(self, c: Cand) -> bool:
        """A past reporting verb before the verbal noun, its subject between at most ("أعلن الجيش مقتل …")."""
        v = self.v
        return c.status == "occurred" and any(
            w in _ANNOUNCING or (w[:1] in "وف" and w[1:] in _ANNOUNCING)
            for w in (v.tokens[j].folded for j in range(max(c.sent[0], c.t0 - 3), c.t0)))

    def _casualty_before(self, c: Cand) -> bool:
        """A death or wound told just before the attack noun ("مقتل جندي في انفجار عبوة")."""
        v = self.v
        return c.type == "ASSAULT" and any(v.bare(j) in _CASUALTY_NOUNS or v.stem(j) in _CASUALTY_NOUNS
                                           for j in range(max(c.sent[0], c.t0 - 8), c.t0))

    def _denied_with_parties(self, c: Cand) -> bool:
        """"نفت قيادة الشرطة في بيان استخدام الرصاص الحي ضد المحتجين": an act named as the object of a verb of
        denial, with its doer and the ones it was done to, is an occasion denied."""
        v = self.v
        if c.status != "negated" or c.pos != "N" or not c.actor:
            return False
        # "لم تشارك وحدات الجيش في اشتباكات أمس": a named party's part in the act, denied
        took_no_part = c.t0 > 2 and v.bare(c.t0 - 1) == "في" and v.bare(c.t0 - 2).startswith(("يشارك", "تشارك")) \
            and v.bare(c.t0 - 3) in ("لم", "لن")
        if not (c.recipient or c.location or took_no_part):
            return False
        # (not the denial of the act just told: "قُتل أربعة مدنيين بغارة روسية …، فيما نفى الجيش الروسي استهداف
        # المدنيين" answers the report; live fire denied after a dispersal told is another act)
        if any(d is not c and d.type == c.type and d.t0 < c.t0 and d.status != "negated"
               and (d.mode == c.mode or d.mode is None or c.mode is None)
               for d in self._in_sentence(c.sent)):
            return False
        if took_no_part:
            return True
        j = c.t0 - 1
        lo = max(c.sent[0], c.t0 - 13)
        passed = -1  # (the opening of the aside just passed: its comma is behind us)
        while j >= lo:
            if v.is_strong_break(j + 1) or j in self.rr.rd.trigger_tokens:
                return False
            if "،" in v.gap(j + 1) and j + 1 != passed:
                # (past an aside of where it was said, set off by commas: "نفت القيادة، في بيان، استخدام …")
                opening = next((x for x in range(j, max(lo, j - 4) - 1, -1) if "،" in v.gap(x)), None)
                if opening is None or v.bare(opening) not in ("في", "عبر") \
                        or not any(v.bare(x) in STATEMENT_NOUNS for x in range(opening + 1, j + 1)):
                    return False
                j, passed = opening - 1, opening
                continue
            w = v.bare(j)
            if w in _DENY_VERBS or w[:1] in ("و", "ف") and w[1:] in _DENY_VERBS:
                return True
            j -= 1
        return False

    def specific(self, c: Cand) -> bool:
        return self.specific_score(c) >= SPECIFIC_MIN

    def specific_score(self, c: Cand) -> int:
        """Is this violence reported as an occasion, not mentioned as background ("قضية اغتيال"،
        "ذكرى التفجير"، "أي هجوم")? A finite verb, an agent, a casualty count, a time or a place
        count for it; a background head noun or a bare definite noun count against it."""
        v = self.v
        score = 0
        if (c.pos == "V" and c.tense in ("past", "present")) or c.verbal:
            score += 2
        elif c.status not in ("occurred", "ongoing") and not _protest_to_come(c) \
                and not (c.status == "negated" and c.t0 > 1 and _light_verb(v.tokens[c.t0 - 1].folded)
                         and v.bare(c.t0 - 2) == "قد") and not self._denied_with_parties(c):
            # (a protest called for, with who calls it, is an occasion to come; an attack denied as launched,
            # "نفى … أن تكون مقاتلات التحالف قد شنت غارات", is denied as an occasion)
            return -9
        if c.actor:
            score += 2
        elif c.type == "ASSAULT" and c.pos == "N" and "بين" in (v.bare(j) for j in takewhile(
                lambda j: not v.is_strong_break(j), range(c.t1 + 1, min(c.sent[1], c.t1 + 8)))):
            score += 2  # "اشتباكات استمرت ساعات بين مجموعتين مسلحتين": its sides told, though unnamed
        if c.recipient or c.location or c.origin:
            score += 1
        if c.time is not None or any(c.sent[0] <= ti < c.sent[1] and abs(ti - c.t0) <= 8
                                     for ti, _t in v.times_in(c.sent[0], c.sent[1])):
            score += 1
        if self._counted_casualties(c):
            score += 2
        if c.pos == "N" and c.t0 > 0 and self._background_word(c.t0 - 1) \
                and not any(_light_verb(v.tokens[j].folded) for j in range(max(c.sent[0], c.t0 - 10), c.t0 - 1)) \
                and not _protest_to_come(c) \
                and not (c.verbal and v.bare(c.t0 - 1)[1:] in _SERIES_NOUNS):
            # ("قرر الاتحاد تنفيذ إضراب عام يوم 20": a strike decided on, by who decided it, is to come)
            # ("تعرضت المدينة لسلسلة هجمات": a series undergone, told by its verb, happened)
            score -= 3  # ("شنّت طائرات، مساء أمس، سلسلة غارات": launched, the series is told as it happens)
        if c.pos == "N" and c.definite and not c.has_roles():
            score -= 1
        impersonal = c.pos == "N" and c.t0 > 0 and v.bare(c.t0 - 1) in _IMPERSONAL_AUX
        if impersonal:
            score += 2  # "تمّ اختطافه"، "جرى اغتياله": a passive told with a verbal noun, its pronoun the victim
        elif c.pos == "N" and c.suffix and c.type == "PROTEST" and c.t0 > c.sent[0] \
                and any(o.eid in c.actor for o in v.occs_in(c.sent[0], c.t0)) and any(
                unjoined_in(v.bare(j), _GOING_ON) for j in range(max(c.sent[0], c.t0 - 16), c.t0)):
            # (past the workplace they come from and its aside: "يواصل عشرات العمال المسرّحين من منجم …، التابع
            # لإقليم …، اعتصامهم")
            score += 1  # "يواصل عمال الشركة إضرابهم لليوم الثالث": a protest kept up by those named in its sentence
        elif c.pos == "N" and c.suffix:
            score -= 2  # "مظاهراتهم"، "هجومه": a possessed noun refers to something known
        happening = self._happening_verbs(c, 6, ("past",))
        if c.pos == "N" and not c.verbal and not impersonal and happening:
            # "اندلعت مظاهرات"، "شنّ هجوماً": a verb of happening tells it; right before the noun, it is its verb
            score += 2 if happening[-1] >= c.t0 - 2 else 1
        elif c.pos == "N" and not c.verbal and not impersonal and self._far_happening_verb(c):
            score += 1
        if c.pos == "N" and self._casualty_before(c):
            score += 2  # "مقتل جندي في انفجار عبوة": the death told is this attack's
        if c.t0 > 0 and v.bare(c.t0 - 1) in ("الذي", "التي", "الذين"):
            score -= 2  # a relative clause describes, it does not report
        if c.pos == "N" and v.witnessed_after(c.t1) is not None:
            score += 4  # "بعد الإضراب الذي شهدته ولاية صفاقس في أكتوبر": its own clause tells where it took place
        if c.type == "ASSAULT" and self._since_outbreak(c):
            score -= 4  # "ومنذ مطلع يوليو، قُتل أكثر من 800": a toll added up, not an occasion
        caused = c.type == "ASSAULT" and c.pos == "N" and c.t0 > 0 and v.bare(c.t0 - 1) in _CAUSE_PREPS and any(
            _unjoined(v.bare(j)) in _CASUALTY_VERBS for j in range(max(c.sent[0], c.t0 - 10), c.t0 - 1))
        if caused:
            score += 2  # "أصيب ثلاثة جنود إثر انفجار لغم": the wounds it caused tell it as the occasion
        elif c.t0 > 0 and v.bare(c.t0 - 1) in _BACKGROUND_PREPS:
            # "منذ اغتيال …"، "غداة هجوم …": told as the time of something else; a fight told new, its two sides
            # named, is the occasion itself ("عاد هدوء حذر إلى المنطقة بعد اشتباكات عنيفة بين X وY")
            # (nor is a cause told with its doer and its own time: "على خلفية اختطاف خمسة من مهندسيها على أيدي
            # مسلحين قبليين مساء السبت الماضي")
            score -= 1 if c.type == "ASSAULT" and c.pos == "N" and not c.definite and (
                len(c.actor) >= 2 and c.frame == "meet"
                or v.bare(c.t0 - 1) == "خلفيه" and c.actor and c.time is not None) else 3
        if c.type == "PROTEST" and c.pos == "N" and self._gathered_for(c):
            score += 2  # "نزل آلاف إلى الشوارع للاحتجاج على …": the purpose of a crowd out is a protest held
        if c.pos == "N" and self._announced(c):
            score += 2
        if c.pos == "N" and c.t0 > 0 and v.bare(c.t0 - 1) in ("هو", "هي", "هما", "هم"):
            score -= 3  # "أي اعتداء على إحداها هو اعتداء عليها جميعاً": a predicate names what something is
        if c.pos == "N" and c.t0 > 0 and v.bare(c.t0 - 1) in _ANY_WORDS:
            score -= 3  # "حذّر من عواقب أي هجوم"، "تحسباً لأي ضربة جوية": any attack is none in particular
        if c.pos == "N" and c.t0 > 0 and self.rr._to_be_stopped(c.t0 - 1) and not c.actor:
            score -= 3  # "التحرك العاجل لوقف استهداف المدنيين": what is to be stopped, no occasion told
        if c.pos == "N" and c.t0 > 1 and v.bare(c.t0 - 1) in _LINKING_PREPS and self._background_word(c.t0 - 2):
            score -= 3  # "التحقيق في اغتيال …"، "الضلوع في تفجير …": the case, not the report
        if c.type == "ASSAULT" and c.lemma in _VERBAL_ATTACKS and c.actor and all(
                (e := self.rr.rd.doc.entity_by_id(x)) is not None and e.type == "PER" for x in c.actor) \
                and not self._counted_casualties(c):
            score -= 4  # "شنّ النائب هجوماً عنيفاً على الحزب": a politician's attack is in words
        return score

    def _antecedent(self, c: Cand, kept: list[Cand]) -> Cand | None:
        """The event a definite mention refers back to: the last one of its type named by the same
        word ("الهجوم" → the attack called هجوم, not the air strikes told after it), else the last one."""
        latest = None
        for d in reversed(kept):  # kept is in text order: stop past the window
            if c.sent[0] - d.sent[0] > 400:
                break
            if d.type != c.type:
                continue
            if c.type == "PROTEST" and c.mode != d.mode and {c.mode, d.mode} & {"strike", "hunger"}:
                continue  # ("وقفة احتجاجية، تزامناً مع دخول الإضراب …": the strike is no sit-in told before it)
            if _family(c.lemma) in d.lemmas:
                return d
            latest = latest or d
        return latest

    def _told_before(self, c: Cand, kept: list[Cand]) -> bool:
        """A definite noun with nothing of its own ("لم تعلّق الحركة على الاتهام"، "وتبنّت الحركة
        الهجوم"، "ويأتي الهجوم بعد …") names an event told in the last sentences: merge it there.
        The subject of a claim of responsibility is that event's actor; any other verb's subject
        is not a role of it."""
        # "ويأتي الهجوم بعد أسبوعين من عملية …": the subject of يأتي is the article's event, what follows
        # it is the background it comes after (no roles of its own, and far from the lead is no matter)
        comes = c.pos == "N" and c.definite and c.t0 > 0 and self.v.tokens[c.t0 - 1].folded in _COMES
        if c.pos == "N" and c.definite and c.actor and not (c.ref or c.suffix or c.absorbed or c.in_claim) \
                and c.quantity is None and not self._own_time(c):
            # "قُتل أربعة في اشتباكات اندلعت مساء الاثنين …. وأفادت مصادر بأن الاشتباكات بدأت بين X وY": the act
            # told with no doer, named again with its parties and no time of its own, is that act; they did it
            ante = self._antecedent(c, kept)
            if ante is not None and not ante.actor and ante.sent != c.sent and ante.status == "occurred" \
                    and self._own_time(ante) and _family(c.lemma) in ante.lemmas and (ante.sents | {ante.sent}) & set(self._recent_sentences(c.sent, 1)):
                told = (ante.time, ante.date, ante.weak_time, ante.status)
                self._merge(ante, c)
                ante.time, ante.date, ante.weak_time, ante.status = told  # (its time is the one told first)
                return True
        # (a time in a sentence that frames it with يأتي is that of what it comes after: "ويأتي الهجوم بعد أيام
        # من توقيع …، الخميس الماضي، …")
        if c.pos != "N" or not c.definite or c.ref or (c.own_roles and not comes) or c.suffix \
                or c.subject_via == "light" or self._own_time(c) and not comes or c.quantity is not None or c.absorbed:
            return False
        ante = self._antecedent(c, kept)
        if ante is None or not comes and not (ante.sents | {ante.sent}) & set(self._recent_sentences(c.sent, 3)):
            return False
        if c.subject_via == "claim" and not ante.actor:
            ante.actor = self._spokesmans_body(c) or list(c.actor)
        elif c.charged and c.actor and not ante.actor:
            # "واتهم الجيش قوات الدعم السريع بتنفيذ الهجوم": the accused made the attack told before
            ante.actor = list(c.actor)
            ante.recipient = [x for x in ante.recipient if x not in ante.actor]
        ante.sents |= {c.sent}
        ante.lemmas |= c.lemmas
        return True

    def demands_rejected(self, events: list[Cand]) -> None:
        """"غير أن الوزارة رفضت هذه المطالب"، "رفضت المؤسسة مطلب الترسيم": the demands turned down are those of the
        party that last demanded or protested for them in the five sentences before, who is the one rejected."""
        v = self.v
        for k, c in enumerate(events):
            if c.type != "REJECT" or c.recipient or not c.actor:
                continue
            if not any(v.bare(j).lstrip("و").removeprefix("ال") in _DEMAND_WORDS
                       for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 4))):
                continue
            # (or of those whose protest pressed them: "نفّذ المعلمون إضراباً … للمطالبة بـ…. ورفضت الوزارة هذه المطالب")
            recent = set(self._recent_sentences(c.sent, 5))
            demand = next((d for d in reversed(events[:k]) if d.type in ("REQUEST", "PROTEST") and d.actor
                           and not set(d.actor) & set(c.actor) and d.sent in recent), None)
            if demand is not None:
                c.recipient = [x for x in demand.actor if v.is_actorish(x)]

    def spokesmen_announce(self, events: list[Cand]) -> None:
        """"أعلن الناطق باسم الدرك الوطني، العقيد X، توقيف شخصين": an act a spokesman announces as a noun is done
        by the body he speaks for (باسم), not by him; he is its source."""
        v = self.v
        for c in events:
            if c.type not in _BODIES_ACT or c.pos != "N" or len(c.actor) != 1:
                continue
            # (he announces it: the announcing verb before him, the act after him; not an act his threat names)
            p = next((o for o in v.occs_in(c.sent[0], c.t0) if o.eid == c.actor[0]), None)
            if p is None or not any(v.bare(j).lstrip("و") in _ANNOUNCING for j in range(max(c.sent[0], p.t0 - 8), p.t0)):
                continue
            body = self._spokesmans_body(c)
            if body and not set(body) & set(c.recipient):
                if c.source is None:
                    c.source = c.actor[0]
                c.actor = body

    def _spokesmans_body(self, c: Cand) -> list[str]:
        """"وتبنّى المتحدث العسكري باسم جماعة الحوثي يحيى سريع الهجوم": a spokesman claims for the body he
        speaks for (باسم), which made the attack; [] when the subject is no spokesman."""
        v = self.v
        out: list[str] = []
        for x in c.actor:
            p = next((o for o in v.occs_in(c.sent[0], c.t0) if o.eid == x), None)
            if p is None or v.by_id[x].type != "PER":
                return []
            body = next((o for o in reversed(v.occs_in(max(c.sent[0], p.t0 - 10), p.t0)) if o.t0 > 0
                         and v.by_id[o.eid].type == "ORG" and v.bare(o.t0 - 1) == "باسم"), None)
            if body is None:
                return []
            out.append(body.eid)
        return out

    def _own_time(self, c: Cand) -> bool:
        """Does a time of the mention's own clause date it? Not one borrowed from the governing clause,
        and not the start of a comparison ("الهجوم هو الأعنف منذ بداية العام")."""
        if c.time is None or c.weak_time:
            return False
        if fold_text(c.time.text).startswith(("منذ", "حتي")):
            return False
        ti = self.v.token_at(c.time.start)
        return not (ti > 0 and self.v.bare(ti - 1) in ("منذ", "حتي"))

    def _recent_sentences(self, sent: tuple[int, int], n: int) -> list[tuple[int, int]]:
        """The sentence (token range) and the n sentences before it."""
        v = self.v
        out = [sent]
        a = sent[0]
        while len(out) <= n and a > 0:
            prev = v.sentence_tokens(v.tokens[a - 1].start)
            if prev[0] >= a:
                break
            out.append(prev)
            a = prev[0]
        return out

    def _clone(self, ante: Cand, c: Cand) -> Cand:
        new = copy.copy(c)
        for r in _ROLE_NAMES:
            setattr(new, r, list(getattr(ante, r)))
        new.mode = c.mode or ante.mode
        new.source = c.source or ante.source
        new.via = c.via or ante.via
        new.anaphoric = False
        return new

    def carry_actors(self, events: list[Cand]) -> None:
        """A verb with no subject continues the subject of the event before it; a withdrawal or
        handover with no actor continues the article's last withdrawal actor."""
        v = self.v
        # the last earlier event with an actor, and the last such withdrawal of each mode, kept
        # as we go (only the current event's actor changes here): no rescan per event
        last: Cand | None = None
        last_verb: Cand | None = None  # the last finite verb with an actor
        last_retreat: dict[str | None, Cand] = {}

        def has_actor(c: Cand) -> None:
            nonlocal last, last_verb
            last = c
            if c.pos == "V":
                last_verb = c
            if c.type == "RETREAT":
                last_retreat[c.mode] = c

        for c in events:
            if c.actor:
                has_actor(c)
                continue
            if c.pos == "V" and any(
                    v.bare(x) in ("التي", "الذي", "الذين") for x in range(max(c.sent[0], c.t0 - 2), c.t0)) and (
                    not c.has_roles() or self._own_subject_after(c)
                    # "مئات المحتجين الذين احتشدوا": the antecedent is the subject, not the clause's
                    or (not c.suffix and c.t0 > 0 and v.bare(c.t0 - 1) in ("التي", "الذي", "الذين"))):
                # "المواقع التي لم تُسلَّم بعد": a description, not an event; "عبدالحكيم الشويهدي، الذي خطفته
                # مجموعة مسلحة": a relative clause with a subject of its own (not "…، التي تتهمها بالوقوف")
                continue
            if last is None or c.unnamed_subject:
                continue
            p = last
            if c.pos == "V" and c.suffix and c.t0 > 0 and v.bare(c.t0 - 1) in ("بعدما", "عندما", "حين", "حينما", "لما", "ما"):
                continue  # "…، بعدما اتهمها نواب …": a new clause whose subject the entity layer did not name
            if c.pos == "V" and c.t0 > c.sent[0] and v.bare(c.t0 - 1) in ("من", "ممن"):
                continue  # "الإفراج عن كل من احتُجز تعسفياً"، "معظمهم ممن انسحبوا": whoever it was, no party told
            if c.pos == "V" and c.t0 > c.sent[0] and v.bare(c.t0 - 1).lstrip("و") in _SOME_OF_THEM:
                continue  # "ويُرجَّح أن بعضهم غادر ليبيا": some of those just told, its own subject
            if c.pos == "V" and c.t0 > c.sent[0] and v.bare(c.t0 - 1) in ("فيما", "بينما") \
                    and c.t1 + 2 < c.sent[1] and v.bare(c.t1 + 1) in _CROWD_COUNTS \
                    and v.bare(c.t1 + 2) not in ("منهم", "منهن", "منها"):
                # "…، فيما تجمع عشرات من أهالي المدينة": a new clause whose counted crowd is its subject (not some
                # of those told, "فيما أغلق عدد منهم مدخل البوغاز")
                continue
            if c.pos == "V" and c.t0 > c.sent[0] and any(
                    q.end <= v.tokens[c.t0].start and not v.text[q.end:v.tokens[c.t0].start].strip()
                    and not _CIVILIAN_COUNTS.isdisjoint(fold_text(q.text).split())
                    for q in v.quantities_between(v.tokens[max(c.sent[0], c.t0 - 4)].start, v.tokens[c.t0].start)):
                continue  # "مبيناً أن نحو 35 عائلة غادرت قراها": families counted right before the verb are its subject
            if c.pos == "V" and c.sent == p.sent and c.frame not in ("host", "receive"):
                if p.pos == "N" and last_verb is not None and last_verb.sent == c.sent and c.conj:
                    # "أدانت إيران العقوبات التي فرضتها الولايات المتحدة …، ووصفتها …": و + verb goes on
                    # with the last verb's subject, not with a noun's agent told in between
                    p = last_verb
                c.actor = list(p.actor)
                has_actor(c)
                continue
            if self._continues_subject(c, p):
                c.actor = list(p.actor)  # "قصفت القوات التركية قرى …. واستهدفت أيضاً موقعاً …"
                has_actor(c)
                continue
            if c.type in ("RETREAT",):
                same = last_retreat.get(c.mode)
                if same is not None and c.sent[0] - same.sent[0] <= 120 and (c.has_roles() or c.pos == "V" or c.time is not None):
                    c.actor = list(same.actor)
                    has_actor(c)

    def carry_scene(self, events: list[Cand]) -> None:
        """"وفي محافظة جنين، … واعتقلت قوات الاحتلال أربعة شبان": an attack, arrest, protest, movement or
        meeting whose clause names no place happened in the article's current scene: the place of the
        last event before it that has one, a sentence that opens with في + a place, or the dateline."""
        v = self.v
        # (offset, place ids, who acted there, set by the dateline): the scene set
        marks: list[tuple[int, list[str], list[str], bool]] = []
        for s0, _ in v.doc.sentences:
            a = v.token_at(s0)
            if a < 0:
                continue
            o = v.occ_at.get(a + 1) if v.bare(a) == "في" else None
            if o is None and s0 == 0:
                o = v.occ_at.get(a)  # "رام الله – وفا": a dateline
                if o is not None and not DATELINE_TAIL.match(v.text, o.end):
                    o = None
            if o is not None and v.is_place(o.eid):
                marks.append((o.start, [o.eid], [], s0 == 0 and v.bare(a) != "في"))
        for c in events:
            if (c.location or c.destination) and not (c.type == "AGREE" and c.pos == "N"):
                # (every place it names: "توغلت القوة في بلدة جباتا الخشب وقرية طرنجة، واعتقلت …"; not the place
                # of an accord's or a proposal's terms: "مقترح لوقف إطلاق النار في القطاع")
                marks.append((c.start, list(c.location or c.destination), c.actor, c.dateline_scene))
        marks.sort(key=lambda m: m[0])
        keys = [m[0] for m in marks]
        by_sent = _by_sent(events)
        for c in events:
            if c.location or c.origin or c.destination or c.type not in _SCENE_TYPES or c.mode == "phone":
                continue
            # "نفذت حملة أمنية في منطقة جليب الشيوخ، أسفرت عن ضبط …": a place told with في earlier in the
            # same sentence is where the sentence's acts happen
            # (in reported speech, within what is said: not "قال قائد الأمن في محافظة درعا إن …")
            said = max((j + 1 for j in range(c.sent[0], c.t0) if v.bare(j) in ("ان", "بان")), default=c.sent[0])
            here = [o for o in v.occs_in(said, c.t0) if v.is_place(o.eid) and v.prep_of(o) == "في"] \
                if c.type != "AGREE" else []  # (an accord is not where its terms are)
            if here and (not marks or bisect_left(keys, c.start) == 0 or keys[bisect_left(keys, c.start) - 1] < here[-1].start):
                # (and the places joined to it: "في منطقتي متين والزاب")
                joined = [o.eid for o in v.occs_in(here[-1].t0, c.t0) if v.is_place(o.eid)
                          and (o is here[-1] or v.tokens[o.t0].folded.startswith("و"))]
                _add_all(c.location, joined)
                _add_all(c.weak_places, joined)
                continue
            # "احتجزت القوة البحرية ناقلة النفط …، أثناء عبورها مضيق هرمز": the waters or road it was crossing
            crossed = next((o for o in v.occs_in(c.t1 + 2, c.sent[1]) if v.is_place(o.eid) and any(
                v.bare(k).startswith(_CROSSING_NOUNS) and v.bare(k - 1) in _WHILE_WORDS
                and (k == o.t0 - 1 or v.bare(o.t0 - 1) in ("في", "عبر")) for k in (o.t0 - 1, o.t0 - 2) if k > 0)), None)
            if crossed is not None and c.type in ("COERCE", "ASSAULT"):
                c.location.append(crossed.eid)
                c.weak_places.append(crossed.eid)
                continue
            joined = self._joined_act_after(c, by_sent[c.sent])
            if joined is not None:
                # "أوقفت مفارز للجيش ستة مهربين وحجزت 4 قناطير من الكيف بولاية الوادي": two acts of one subject
                # joined by و share the place told at the end
                _add_all(c.location, joined.location)
                _add_all(c.weak_places, joined.location)
                continue
            # another party's act sets no scene for this one ("داهمت قوات الاحتلال المخيم … واعتقلت الشرطة"):
            # the scene before it still holds
            i = bisect_left(keys, c.start) - 1
            # (the scene of those it acts on holds: "قطع مئات الخريجين جسر الزيتون …، قبل أن تتدخل قوات مكافحة
            # الشغب وتفرّقهم": dispersed where they protested)
            # (and a protest told earlier in the sentence is where its protesters were acted on: "تجمّع مئات
            # المزارعين عند جسر خواجو …، قبل أن تتدخل قوات مكافحة الشغب وتفرّق المحتجين")
            s_start = v.tokens[c.sent[0]].start
            protest_here = {d.start for d in by_sent[c.sent] if d.type == "PROTEST" and d.start < c.start} \
                if any(self._protester_entity(x) for x in c.recipient) else set()
            while i >= 0 and marks[i][2] and c.actor and not set(marks[i][2]) & set(c.actor + c.recipient) \
                    and not (marks[i][0] >= s_start and marks[i][0] in protest_here):
                i -= 1
            if (i < 0 or marks[i][3]) and c.type in ("COERCE", "ASSAULT"):
                # a lead that only the dateline would place, told in detail in the next sentence: "تمكّن
                # الجهاز من ضبط خلية …. وأوضحت الوزارة أن المداهمات التي نُفذت في منطقتي العبدلي والجهراء …"
                # (or a source's account of it there that places no event of its own: _account_places)
                told = next((d for d in events if d.type == c.type and d.sent[0] == c.sent[1] and d.location
                             and not d.dateline_scene and not d.weak_places), None)
                detail = list(told.location) if told is not None else self._account_places(c, events)
                if detail:
                    c.location.extend(detail)
                    c.weak_places.extend(detail)
                    continue
            if (i < 0 or (marks[i][3] and not self._named_in_sentence(marks[i][1], c))) \
                    and c.type in ("COERCE", "ASSAULT", "AGREE", "PROTEST"):
                # only the dateline would place it, and its sentence names no dateline town: a place told with في later
                # in its own sentence is where it was
                # ("احتجاز ناقلة النفط … التي ترفع علم بنما في مضيق هرمز"، "اتفقت اللجنة، خلال اجتماعها الثالث في
                # جدة، على …"), up to the next act told with a place of its own
                stop = min((d.t0 for d in by_sent[c.sent] if d.t0 > c.t1 and (d.location or d.destination)
                            and d.type != "CONSULT"), default=c.sent[1])
                later = next((o for o in v.occs_in(c.t1 + 1, stop) if v.is_place(o.eid) and v.prep_of(o) == "في"
                              and o.eid not in c.actor + c.recipient
                              # (not the seat of a body named right before it: "تطالب حكومة الوحدة الوطنية في طرابلس")
                              and not any(p.t1 == o.t0 - 2 and v.is_actorish(p.eid) and not v.is_place(p.eid)
                                          for p in v.occs_in(max(c.sent[0], o.t0 - 10), o.t0))), None)
                if later is not None:
                    c.location.append(later.eid)
                    c.weak_places.append(later.eid)
                    continue
            if i >= 0:
                c.location.extend(marks[i][1])
                c.weak_places.extend(marks[i][1])
                c.dateline_scene = marks[i][3]
        # "دفعت الوزارة بتعزيزات …، انطلقت من مدينة اعزاز" in a report from عفرين: forces sent from elsewhere, with no
        # place they went to, went to the place the report is from
        dateline = next((m[1] for m in marks if m[3]), None)
        for c in events:
            if c.type == "MOBILIZE" and c.origin and not (c.location or c.destination) and dateline \
                    and not set(dateline) & set(c.origin):
                c.destination.extend(dateline)
                c.weak_places.extend(dateline)

    def _named_in_sentence(self, places: list[str], c: Cand) -> bool:
        """One of the places, or a place named by it ("دهوك" in "بمحافظة دهوك"), is told in c's sentence."""
        v = self.v
        names = {fold_text(v.by_id[x].name_ar) for x in places if x in v.by_id}
        for o in v.occs_in(*c.sent):
            if not v.is_place(o.eid):
                continue
            told = fold_text(v.by_id[o.eid].name_ar)
            if o.eid in places or any(n and (n == told or n in told.split(" ")) for n in names):
                return True
        return False

    def _protester_entity(self, eid: str) -> bool:
        """The entity is protesters by its name ("المحتجين"، "المتظاهرون")."""
        ent = self.v.by_id.get(eid)
        return ent is not None and any(self.rr.lex.in_class(w, "protester")
                                       for w in strip_word(fold_text(ent.name_ar or "")))

    def _joined_act_after(self, c: Cand, sentence: list[Cand]) -> Cand | None:
        """The attack or arrest joined to c by و right after its clause (among its ``sentence``'s events), by the
        same subject, that names its own place after it, with no comma or break between: the place told at the end
        is both acts' place."""
        v = self.v
        if c.type not in ("ASSAULT", "COERCE") or c.pos != "V":
            return None
        d = next((d for d in sentence if d.t0 > c.t1), None)
        if d is None or d.type not in ("ASSAULT", "COERCE") or d.pos != "V" or not d.location \
                or set(d.location) <= set(d.weak_places) or not v.tokens[d.t0].folded.startswith("و") \
                or (d.actor and d.actor != c.actor):
            return None
        times = self.rr.rd.time_tokens  # (a time set off by commas is no break: "أوقفت، مطلع جوان الجاري، ستة …")
        if any(v.is_strong_break(x) or v.comma_before(x) and x not in times and x - 1 not in times
               for x in range(c.t1 + 1, d.t0 + 1)):
            return None
        return d

    def _account_places(self, c: Cand, events: list[Cand]) -> list[str]:
        """"أحبطت المنطقة العسكرية … محاولة تهريب، ما أسفر عن مقتل أربعة مهربين …. وأوضح المصدر أن قوات حرس
        الحدود رصدت مجموعة من المهربين … قرب بلدة الطرة في لواء الرمثا": a lead's next sentence that is a
        source's account of it (it opens with the verb of a statement) and places no event of its own tells
        where the lead happened: the places it names after في or قرب, short of any country."""
        v = self.v
        a = c.sent[1]
        if a >= len(v.tokens) or not any(v.token_at(st.cue.start) == a for st in v.doc.statements):
            return []
        b = v.sentence_tokens(v.tokens[a].start)[1]
        if any(d.sent[0] == a and (d.location or d.destination) for d in events):
            return []
        # (not where the speaker works: "وقال مصدر طبي في مستشفى الحسين إن …")
        speakers = [(st.speaker_text.start, st.speaker_text.end) for st in v.doc.statements if st.speaker_text is not None]
        return list(dict.fromkeys(
            o.eid for o in v.occs_in(a + 1, b) if v.is_place(o.eid) and v.prep_of(o) in ("في", "قرب")
            and not (v.by_id[o.eid].geo is not None and v.by_id[o.eid].geo.feature == "country")
            and not any(s0 <= o.start < s1 for s0, s1 in speakers)))

    def agreed_meetings(self, events: list[Cand]) -> None:
        """"واتفق الجانبان على عقد اجتماع جديد في عمّان الأسبوع المقبل": a meeting agreed on is held by those
        who agreed on it (the accord's verb, then على, then the meeting, a few words on)."""
        v = self.v
        for c in events:
            if c.type != "CONSULT" or c.actor or c.pos != "N":
                continue
            accord = next((d for d in events if d.type == "AGREE" and d.actor and d.sent == c.sent
                           and d.t1 < c.t0 <= d.t1 + 8), None)
            if accord is not None and any(v.bare(j) == "علي" for j in range(accord.t1 + 1, c.t0)) \
                    and not any(v.is_strong_break(j) or j in v.occ_at for j in range(accord.t1 + 1, c.t0)):
                c.actor = list(accord.actor)

    def orient_visits(self, events: list[Cand]) -> None:
        """"التقى وزير الداخلية مازن الفراية، في عمّان، نظيره السوري أنس خطاب": a meeting held in the country of
        one party, with one party of another, is the other's visit: the foreigner visits (actor), the party of
        the place, or of no known country, hosts (recipient). One on each side: a committee meeting with the
        envoys of several states is no visit."""
        v = self.v
        for c in events:
            if c.type != "CONSULT" or c.mode not in (None, "visit") or not c.location or not c.recipient:
                continue
            if c.lemma == "زار" and c.explicit_actor:
                continue  # (the verb of visiting names its visitor: "… X، الذي يُنتظر أن يزور مسقط لإجراء مشاورات مع …")
            here = {_country_of(v.by_id.get(x)) for x in c.location}
            if len(here) != 1 or None in here:
                continue
            (land,) = here
            guests = [r for r in c.recipient if _country_of(v.by_id.get(r)) not in (None, land)]
            hosts = [a for a in c.actor if a not in c.recipient]
            if len(guests) != 1 or len(c.recipient) != 1 or len(hosts) != 1:
                continue
            if _country_of(v.by_id.get(hosts[0])) in (None, land):
                c.actor[:] = guests
                c.recipient[:] = hosts
                c.mode = "visit"

    def consult_modes(self, events: list[Cand]) -> None:
        """The PLOVER mode of a meeting no trigger words settled: hosted or brokered by a third party
        ("بوساطة عُمانية"، "المحادثات غير المباشرة"، two foreign sides in a third country's city), held in a
        multilateral frame (a joint committee, a council of ministers, an IGO meeting, "اجتماع ثلاثي", three
        states or more), or one side's visit to the other's country."""
        v = self.v
        for c in events:
            if c.type != "CONSULT" or c.mode is not None:
                continue
            words = [v.tokens[x].folded for x in range(*c.sent)]
            bare = [w[1:] if w[:1] in "وب" and w[1:] in _MEDIATION_WORDS else w for w in words]
            parties = [x for x in c.actor + c.recipient if x in v.by_id]
            lands = {v.by_id[x].country for x in parties} - {None}
            if any(w in _MEDIATION_WORDS for w in bare) or any(
                    x == "غير" and y in ("المباشره", "مباشره") for x, y in zip(words, words[1:])):
                c.mode = "third-party"
                continue
            near = [v.tokens[x].folded.lstrip("و") for x in range(max(c.sent[0], c.t0 - 1), min(c.sent[1], c.t1 + 4))]
            if len(lands) >= 3 or any(w in _MANY_SIDED for w in near) or any(
                    fold_text(v.by_id[x].name_ar).startswith(("لجنه", "اللجنه", "وزراء"))
                    or (x in c.actor and (v.by_id[x].actor_code or "").startswith("IGO")) for x in parties):
                c.mode = "multilateral"
                continue
            here = {_country_of(v.by_id.get(x)) for x in c.location}
            if len(here) != 1 or None in here:
                continue
            (land,) = here
            if len(lands - {land}) >= 2 and land not in lands:
                c.mode = "third-party"  # "محادثات بين الولايات المتحدة وإيران في مسقط"
            elif len(lands - {land}) == 1 and lands & {_country_of(v.by_id.get(x)) for x in c.actor} - {land} \
                    and all(_country_of(v.by_id.get(x)) in (None, land) for x in c.recipient):
                c.mode = "visit"  # the foreign side came: "التقى وزير الخارجية الأردني في دمشق نظيره السوري"

    def split_dual_calls(self, events: list[Cand]) -> list[Cand]:
        """"تلقى الوزير اتصالين هاتفيين من نظيره السعودي فيصل بن فرحان، ونظيره التركي هاكان فيدان": two calls,
        one from each party joined by و after the trigger: two events."""
        v = self.v
        out: list[Cand] = []
        for c in events:
            out.append(c)
            if c.lemma not in _DUAL_CALLS:
                continue
            role = "actor" if len(c.actor) > 1 and len(c.recipient) <= 1 else "recipient"
            ids = getattr(c, role)
            first_at: dict[str, int] = {}
            joined = set()  # a name that carries the و itself ("وهاكان فيدان")
            for o in v.occs_in(c.t1 + 1, c.sent[1]):
                first_at.setdefault(o.eid, o.t0)
                if o.prefix.startswith("و"):
                    joined.add(o.t0)
            named = sorted((x for x in ids if x in first_at), key=lambda x: first_at[x])
            if len(named) < 2:
                continue
            # the second call's party starts at the first word with a conjunction after the first party
            # (its title too: "والرئيس الفرنسي إيمانويل ماكرون")
            j = next((j for j in range(first_at[named[0]] + 1, first_at[named[-1]] + 1)
                      if v.tokens[j].prefix.startswith("و") or j in joined), None)
            if j is None:
                continue
            later = [x for x in named if first_at[x] >= j]
            if not later or len(later) == len(named):
                continue
            second = copy.copy(c)
            setattr(c, role, [x for x in ids if x not in later])
            for r in _ROLE_NAMES:
                setattr(second, r, list(getattr(c, r)))
            setattr(second, role, later)
            out.append(second)
        return out

    def _own_subject_after(self, c: Cand) -> bool:
        """A bare noun right after a verb that carries its object pronoun ("خطفته مجموعة مسلحة"): its subject."""
        v = self.v
        j = c.t1 + 1
        if not c.suffix or j >= c.sent[1] or v.gap(j).strip():
            return False
        tok = v.tokens[j]
        return not tok.prefix and not tok.is_digit and len(tok.folded) > 2 and not v.is_subordinator(j) \
            and v.bare(j) not in ("في", "من", "علي", "الي", "عن", "مع", "منذ", "امس", "اليوم", "قد", "ان") \
            and j not in self.rr.rd.time_tokens

    def _continues_subject(self, c: Cand, p: Cand) -> bool:
        """A sentence that opens with و + a verb and names no subject goes on with the subject of the
        sentence before ("قصفت المدفعية التركية قرى …. واستهدفت أيضاً …"); not a passive ("وقُتل")."""
        v = self.v
        if c.pos != "V" or not c.conj or c.t0 != c.sent[0] or c.frame in ("host", "receive") or c.actor:
            return False
        if not (p.pos == "V" and p.explicit_actor) or p.sent[1] != c.sent[0]:
            return False
        nxt = v.bare(c.t1 + 1)
        if c.t1 + 1 < c.sent[1] and (nxt in _CROWD_COUNTS or _unnamed_plural_subject(nxt)):
            return False  # "وتجمّع مئات المزارعين …"، "وهاجم مسلحون …": a subject of its own, unnamed
        word = v.text[v.tokens[c.t0].start:c.end]
        return "\u064f" not in word[:3] and c.lemma not in ("قتل", "اغتال")  # a damma marks the passive

    def merge_all(self, events: list[Cand]) -> list[Cand]:
        out: list[Cand] = []
        out_of_type: dict[str, list[Cand]] = {}  # only events of one type merge: look only there
        for c in events:
            target = None
            for d in reversed(out_of_type.get(c.type, [])):
                same_sentence = d.sent == c.sent
                if self._can_merge(d, c, same_sentence):
                    target = d
                    break
            if target is not None:
                self._merge(target, c)
            else:
                out.append(c)
                out_of_type.setdefault(c.type, []).append(c)
        # a movement that continues a withdrawal (same sentence and joined to it, or sharing its places)
        # is that withdrawal
        final: list[Cand] = []
        retreats: list[Cand] = []  # the withdrawals in ``final``
        for c in out:
            if c.partitive and not c.actor and c.type in ("MOBILIZE", "RETREAT"):
                # "انسحاب القوات الأميركية من عين الأسد، ونقل قسم منها إلى حرير": the part moved is of the force
                # that the movement just told moves
                whole = next((d for d in reversed(final) if d.type in ("MOBILIZE", "RETREAT") and d.actor
                              and d.t1 < c.t0 and c.sent[0] - d.sent[1] < 80), None)
                if whole is not None:
                    c.actor = list(whole.actor)
            if c.type == "MOBILIZE" and not c.partitive and c.frame == "move":
                places = set(c.origin + c.destination + c.location)
                host = None
                for d in reversed(retreats):
                    if d.status != c.status or not self._roles_compatible(d, c)[0]:
                        continue
                    dplaces = set(d.origin + d.destination + d.location)
                    if ((c.sent == d.sent or c.sent in d.sents) and c.coord_prev) or (
                            places & dplaces and c.sent[0] - d.sent[1] < 80):
                        host = d
                        break
                if host is not None:
                    loc = list(c.location)
                    c.location = []
                    self._merge(host, c)
                    for x in loc:
                        if x not in host.origin + host.destination and x not in host.location:
                            host.location.append(x)
                    continue
            final.append(c)
            if c.type == "RETREAT":
                retreats.append(c)
        return final

    def phases(self, events: list[Cand]) -> list[Cand]:
        """"المرحلة الأولى من انسحاب …، على أن تليها المرحلة الثانية في …": the later phase is an event too."""
        v = self.v
        out = list(events)
        phased: list[Cand] = []
        for c in events:
            j = c.t0 - 1
            if j >= 1 and v.bare(j) == "من" and v.bare(j - 1) in _ORDINALS and \
                    strip_word(v.tokens[j - 2].folded)[0] in _PHASE_NOUNS | {"مرحله", "دفعه"} if j >= 2 else False:
                c.phase = v.bare(j - 1)
                phased.append(c)
        if not phased:
            return out
        for i, tok in enumerate(v.tokens):
            if i + 1 >= len(v.tokens) or tok.stem not in ("المرحله", "الدفعه") or v.bare(i + 1) not in _ORDINALS:
                continue
            if i + 2 < len(v.tokens) and v.bare(i + 2) == "من":
                continue
            base = next((p for p in reversed(phased) if p.t0 < i and p.phase != v.bare(i + 1)), None)
            if base is None or v.sentence_tokens(tok.start)[0] - base.sent[0] > 200:
                continue
            probe = copy.copy(base)
            probe.t0 = probe.t1 = i
            probe.start, probe.end = tok.start, v.tokens[i + 1].end
            probe.sent = v.sentence_tokens(tok.start)
            probe.pos, probe.tense, probe.time, probe.date = "N", None, None, None
            for r in _ROLE_NAMES:
                setattr(probe, r, list(getattr(base, r)))
            self.rr.read_status(probe)
            self.rr.read_date(probe, None)
            if probe.time is None or (base.time is not None and probe.time.value == base.time.value):
                continue
            probe.phase = v.bare(i + 1)
            out.append(probe)
        out.sort(key=lambda c: c.start)
        return out


# an attack told again with the article, what a blame or a charge names ("مسؤولية الهجوم"، "بتنفيذ التفجير")
_ATTACK_TOLD = frozenset({"الهجوم", "الهجومين", "الهجمات", "القصف", "التفجير", "التفجيرين", "التفجيرات", "الغاره",
                          "الغارات", "الاعتداء", "الاستهداف", "الانفجار", "الضربه", "الضربات"})
# what a demand is called, as the object of a rejection ("رفضت الوزارة هذه المطالب"، "مطلب الترسيم")
_DEMAND_WORDS = frozenset({"مطالب", "مطلب", "مطالبهم", "مطالبها", "مطالبه", "مطالبات", "طلب", "طلبات", "دعوات",
                           "دعوه", "مقترح", "مقترحات"})
# what a body does through its men, told by its spokesman ("أعلن الناطق باسم الجيش توقيف …"): never his own act
_BODIES_ACT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "CONCEDE", "COOPERATE"})
# acts whose purpose an adverbial "احتجاجاً على" after them tells
_PURPOSED = frozenset({"PROTEST", "SANCTION", "ACCUSE", "REJECT", "REQUEST", "THREATEN"})


def _protest_to_come(c: Cand) -> bool:
    """A protest its holder plans, threatens or conditions ("قرر الاتحاد تنفيذ إضراب عام"، "هددت النقابة بشنّ إضراب"،
    "… مسيرة الأسبوع المقبل إذا لم …"), with who holds it: an occasion to come, not background."""
    return c.type == "PROTEST" and (c.status == "planned" or c.threatened or c.conditional) and bool(c.actor)


def resolve(rr: RoleReader, cands: list[Cand]) -> list[Cand]:
    res = Resolver(rr, cands)
    for c in cands:
        if c.type == "ASSAULT" and c.pos == "N" and c.actor and any(
                d.type == "ACCUSE" and d.mode == "disapprove" and d.sent == c.sent and d.t1 < c.t0
                and set(d.actor) == set(c.actor) for d in cands):
            # "وأدانت الأمم المتحدة، في بيان …، الهجوم": the attack a party condemns is not its own; it is the one
            # told before, whose doer this sentence does not name
            c.actor = []
    res.absorb_demands()
    res.agreement_content()
    res.relative_light_verbs()
    res.merge_heads()
    events = res.anaphora()
    res.carry_actors(events)
    for c in events:
        if c.type == "PROTEST" and c.mode == "obstruct" and c.pos == "V" and c.actor \
                and all(_security_force(rr.v, x) for x in c.actor):
            # "منعت قوات الأسايش مسيرة للمعلمين، وأغلقت الشوارع المؤدية إليه": the forces that go on to shut the
            # streets restrict movement; they block no road in protest
            c.type, c.mode = "COERCE", "restrict"
        if c.type == "ASSAULT" and c.mode == "crowd-control" and c.actor and all(res._protester_entity(x) for x in c.actor):
            # "عناصر الأسايش دفعوا المتظاهرين بالقوة واستخدموا خراطيم المياه": the protesters are the crowd it is used
            # on; the force named before them in the sentence used it
            c.recipient = list(dict.fromkeys(c.actor + c.recipient))
            force = [o.eid for o in rr.v.occs_in(c.sent[0], c.t0) if _security_force(rr.v, o.eid)]
            c.actor = force[-1:]
    res.spokesmen_announce(events)
    res.demands_rejected(events)
    res.accused_attackers(events)
    res.meeting_of_the_parties(events)
    res.agreed_meetings(events)
    events = res.merge_all(events)
    events = res.phases(events)
    res.apply_date_hints(events)
    # "تنشر الولايات المتحدة في البحرين نحو 9 آلاف عسكري": a count kept in place is posture, not a movement
    events = [c for c in events if not (c.type == "MOBILIZE" and c.pos == "V" and c.tense == "present"
                                        and c.quantity is not None and not (c.origin or c.destination))]
    # "وتنتشر القوات التركية في أكثر من 80 قاعدة": the present of انتشر tells where a force stands, not a
    # move (unless a subordinate clause tells it as a step: "قبل أن تنتشر تعزيزات")
    events = [c for c in events if not (c.type == "MOBILIZE" and c.pos == "V" and c.tense == "present"
                                        and c.lemma == "انتشر" and c.time is None and not (c.origin or c.destination)
                                        and not (c.t0 - 1 >= c.sent[0] and rr.v.bare(c.t0 - 1) == "ان")
                                        and not _still(rr.v, c))]
    # "نفّذ الصيادون اعتصاماً …، احتجاجاً على إطلاق زورق النار"، "استدعت الخارجية السفير احتجاجاً على …": the
    # purpose of an act told before it in its sentence is no protest of its own
    events = [c for c in events if not (c.lemma == "احتجاجا" and any(
        d is not c and d.sent == c.sent and d.t1 < c.t0 and d.type in _PURPOSED for d in events))]
    # an interpretation inside an unnamed group's claim is not a report of an event
    events = [c for c in events if not (c.in_claim and c.pos == "N" and c.time is None)]
    # an accord named as the thing broken, applied or annulled is no new accord ("خرق لاتفاق وقف الأعمال
    # العدائية"، "تطبيق الاتفاقيات المبرمة"، "المرحلة الثانية من الاتفاق")
    events = [c for c in events if not (c.type == "AGREE" and c.pos == "N" and _accord_reference(rr.v, c))]
    # a truce told with the article is one told before ("تثبيت الهدنة"، "يخرق الهدنة"، "العطوة، التي تنتهي …"); a new one
    # comes indefinite ("وقّع وجهاء العشيرتين عطوة أمنية"، "أعلن الطرفان هدنة")
    # ("دعت … طرفي النزاع إلى «هدنة إنسانية»"، "جهود للتوصل إلى هدنة"، "طالب بهدنة": one asked for or aimed at, not made;
    # made: "توصل الطرفان إلى هدنة")
    events = [c for c in events if not (c.lemma == "هدنة" and (c.definite or _truce_sought(rr.v, c)))]
    # "وفق الجدول الزمني المتفق عليه": agreed by whom the sentence must say ("بين بغداد وواشنطن"), or it
    # only points at an accord told elsewhere
    events = [c for c in events if not (c.lemma == "متفق_عليه" and not c.actor)]
    # an outlet relays what others do; it raids, marches or moves no one ("قال بحار شارك في الاعتصام لهسبريس")
    for c in events:
        if c.type == "PROTEST" and c.pos == "N" and any(_ministry(rr.v, x) for x in c.actor):
            # "إن الوزارة «تدخلت منذ اليوم الأول للإضراب»"، "أعلنت وزارة التربية أن الإضراب …": a ministry holds no
            # strike or sit-in; it is the one the protest faces
            c.actor = [x for x in c.actor if not _ministry(rr.v, x)]
        if c.type in _OUTLETS_DO_NOT and any(rr.v.is_outlet(x) for x in c.actor):
            c.actor = [x for x in c.actor if not rr.v.is_outlet(x)]
        if c.type == "CONSULT" and any(rr.v.is_outlet(x) for x in c.actor + c.recipient):
            # "في اتصال هاتفي مع «الصومال الجديد»": a source speaking to an outlet is an interview, no meeting
            c.actor = [x for x in c.actor if not rr.v.is_outlet(x)]
            c.recipient = [x for x in c.recipient if not rr.v.is_outlet(x)]
    for c in events:
        if c.type == "PROTEST" and any(rr.v.is_place(x) for x in c.actor):
            # "أن حماة شهدت خلال الأشهر الماضية احتجاجات": a town sees protests, it holds none; it is where they were
            c.location.extend(x for x in c.actor if rr.v.is_place(x) and x not in c.location)
            c.actor = [x for x in c.actor if not rr.v.is_place(x)]
    # "ووصلت قوات الاحتلال بعد انسحاب المستوطنين"، "أحرقوا منزلين قبل أن ينسحبوا": raiders leaving the scene of
    # what they did is the end of that act, no withdrawal of its own
    events = [c for c in events if not _raiders_leaving(rr.v, c, events)]
    # "وأجبرت المزارعين على مغادرتها": people forced to leave do not withdraw; it is done to them
    events = [c for c in events if not (c.type == "RETREAT" and c.pos == "N" and _forced_to(rr.v, c))]
    for c in events:
        if c.type == "COERCE" and c.mode == "arrest" and c.actor and all(_raider(rr.v, x) for x in c.actor):
            # "أصيب اثنان من المهربين، وأُلقي القبض عليهما": smugglers or gunmen are the ones arrested, never
            # who arrests (an abduction is an attack of its own)
            c.recipient = c.recipient or list(c.actor)
            c.actor = []
    # "ضبطت قوات حرس الحدود قافلة تهريب …، في كمين نُصب على بعد …": a trap laid to seize or arrest, with no one hit in
    # it, is how they were caught, no attack
    events = [c for c in events if not (c.type == "ASSAULT" and c.lemma == "كمين" and not c.recipient and c.quantity is None
                                        and any(d.type == "COERCE" and d.mode in ("seize", "arrest") and d.actor
                                                and d.sent == c.sent for d in events))]
    # "تلقوا الإسعافات الأولية على متن الوحدة قبل نقلهم إلى ميناء سيدي إفني": people carried somewhere (the rescued, the
    # wounded, the held), told by the pronoun on the noun, are no force moved
    events = [c for c in events if not (c.type == "MOBILIZE" and c.lemma == "نقل_ن" and c.suffix in ("هم", "هن", "هما"))]
    # (or by the passive in the plural: "المهاجرين الموقوفين … نُقلوا إلى ميناء وهران")
    # (not soldiers: "نحو 300 جندي نُقلوا جواً إلى رأس كامبوني")
    events = [c for c in events if not (c.type == "MOBILIZE" and c.lemma == "نقل" and _carried_people(rr.v.doc.text, c)
                                        and not any(rr.rd._force_word(j) for j in range(max(c.sent[0], c.t0 - 6), c.t0)))]
    # nothing to anchor it: no role, no time, no count of its own
    events = [c for c in events if res.anchored(c)]
    events = [c for c in events if c.type not in ("ASSAULT", "PROTEST") or res.specific(c)]
    # "اعتقلت سبعة من المحتجين بتهمة قطع الطريق": the act a charge names is not reported (read as a noun, whatever
    # the lexicon's reading of its form: "قطع" is also a verb)
    events = [c for c in events if not (c.t0 > c.sent[0] and rr.v.bare(c.t0 - 1) in _CHARGE_WORDS)]
    res.orient_visits(events)
    _calls_have_no_place(events)
    # a meeting with no party and no place of its own names none ("إذا لم تُستأنف المفاوضات"، "لبحث مطالبهم"):
    # the scene's place, carried next, is no evidence of one
    events = [c for c in events if not (c.type == "CONSULT" and not c.actor and not c.recipient and not c.location)]
    _at_the_protest(rr.v, events)
    _in_the_governors_seat(rr.v, events)
    events = [c for c in events if not _blame_denied_for_an_earlier_attack(rr.v, c, events)]
    _aircraft_owner_told_later(rr.v, events)
    res.carry_scene(events)
    for c in events:
        _add_holders(rr.v, c)
        _add_roads(rr.v, c)
        if c.status == "occurred" and c.lemma in _STANDING_RESTRICTIONS and not any(
                _unjoined(rr.v.bare(j)).startswith(_LIFTING) for j in range(max(c.sent[0], c.t0 - 8), c.t0)):
            # "فرضت القوات طوقاً أمنياً على البلدة"، "شددت قوات الدعم السريع حصارها على المدينة": a siege or a cordon
            # laid stands until it is lifted (a guard: "أنهت وساطة قبلية حصاراً"، "رفع الحصار")
            c.status = "ongoing"
    res.consult_modes(events)
    _demands_of_the_protested(rr.v, events)
    _mutual_fights(rr.v, events)
    _mourned_by(rr.v, events)
    _security_approach_of(rr.v, events)
    _met_where_the_visitor_went(rr.v, events)
    _refusal_of_a_call(events)
    events = _drop_unowned_mentions(events, rr.v.text)
    for c in events:
        # (planned on a condition: read as an occasion to come, told as conditional; the plan may be told by a time to
        # come, read after the status: "ستسيّر قافلة مساعدات … الأسبوع المقبل إذا سمحت الأطراف المتحاربة")
        if c.status == "planned" and (c.conditional or (c.type != "THREATEN" and rr._condition_after(c))):
            c.status = "hypothetical"
    return res.split_dual_calls(events)


# verbs of mourning a member killed ("ونعى «حزب الله» عنصره علي ترحيني")
_MOURNING = frozenset({"نعي", "نعت", "ينعي", "تنعي", "نعوا"})
# … or that announces its member's martyrdom ("وأعلن «حزب الله» أن «المجاهد علي فقيه» ارتقى شهيداً"، "زفّت الحركة")
_ANNOUNCING_MARTYRDOM = frozenset({"اعلن", "اعلنت", "زف", "زفت", "تزف", "يزف"})
_MARTYRED = frozenset({"ارتقي", "شهيدا", "شهيدين", "شهداء"})


def _tells_martyrdom(v: DocView, j: int) -> bool:
    """A word of martyrdom in the clause the verb at token j opens, within 25 tokens."""
    for k in range(j + 1, min(len(v.tokens), j + 25)):
        if v.is_strong_break(k):
            return False
        if v.bare(k) in _MARTYRED:
            return True
    return False


# the posts of a governor named with the province or town he governs ("والي القصرين"، "محافظ البصرة"): the places
# layer's, with the Moroccan عامل and the حاكم of some states
_GOVERNOR_POSTS = GOVERNOR_POSTS | {"عامل", "حاكم"}


def _in_the_governors_seat(v: DocView, events: list[Cand]) -> None:
    """"وترأس والي القصرين، فتحي الخميري، اجتماعاً طارئاً للجنة الجهوية": a meeting a governor holds, with no place
    of its own, is held in the place he governs (not the scene of the events told before)."""
    for c in events:
        # (a meeting he holds, told by its noun: not one on a visit, "توجّه الوالي إلى تيشي، حيث التقى المحتجين")
        if c.type != "CONSULT" or c.pos != "N" or c.mode == "visit" or c.origin or c.destination or not c.actor:
            continue
        # (a place carried from the sentences before is no place of its own)
        if any(o.eid in c.location for o in v.occs_in(c.sent[0], c.sent[1])):
            continue
        holder = c.actor[0]
        occ = next((o for o in v.occs_in(c.sent[0], c.t0) if o.eid == holder), None)
        if occ is None:
            continue
        place = next((o for o in reversed(v.occs_in(max(c.sent[0], occ.t0 - 4), occ.t0)) if v.is_place(o.eid)
                      and o.t0 > 0 and unjoined_in(v.bare(o.t0 - 1), _GOVERNOR_POSTS)), None)
        if place is None and occ.t0 > 0 and unjoined_in(v.bare(occ.t0 - 1), _GOVERNOR_POSTS) and v.is_place(occ.eid):
            place = occ  # the governor named by his post alone: "والي القصرين"
        if place is not None:
            c.location = [place.eid]


def _blame_denied_for_an_earlier_attack(v: DocView, c: Cand, events: list[Cand]) -> bool:
    """"نفى المستشار الإعلامي …، في تصريح …، مسؤولية قواته عن القصف": the attack whose blame is denied, told by its
    definite noun after one told before, is that attack named again; its denier (or his forces) did nothing."""
    if c.type != "ASSAULT" or c.pos != "N" or c.t0 < 2 or v.bare(c.t0 - 1) != "عن" \
            or not v.tokens[c.t0].folded.startswith("ال"):
        return False
    L = c.sent[0]
    if not any(v.bare(x).startswith(("مسؤولي", "المسؤولي")) for x in range(max(L, c.t0 - 4), c.t0 - 1)):
        return False
    if not any(v.bare(x).lstrip("و") in _DENY_VERBS for x in range(L, c.t0)):
        return False
    return any(d.type == "ASSAULT" and d.t1 < c.sent[0] for d in events)


# the aircraft a strike's owner is told of later, folded ("ورجّحت المصادر أن تكون المسيّرة تابعة للتحالف الدولي")
_AIRCRAFT_TOLD = frozenset({"المسيره", "الطائره", "المسيرات", "الطائرات", "الطيران"})
_AIR_MODES = frozenset({"drone", "aerial"})


def _aircraft_owner_told_later(v: DocView, events: list[Cand]) -> None:
    """"قُتل شخصان جراء استهداف طائرة مسيّرة سيارة … ورجّحت المصادر أن تكون المسيّرة تابعة للتحالف الدولي": a
    strike by an aircraft no doer is named for, whose owner its sentence or the next tells, is that owner's."""
    for c in events:
        if c.type != "ASSAULT" or c.actor or c.mode not in _AIR_MODES:
            continue
        spans = [(c.t1 + 1, c.sent[1])]
        if c.sent[1] < len(v.tokens):
            spans.append(v.sentence_tokens(v.tokens[c.sent[1]].start))
        for lo, hi in spans:
            owner = next((o for j in range(lo, hi - 2) if v.bare(j).lstrip("و") in _AIRCRAFT_TOLD
                          and v.bare(j + 1) in BELONGING_TO
                          for o in [v.occ_at.get(j + 2)] if o is not None and v.prep_of(o) == "ل"
                          and v.is_actorish(o.eid) and not v.is_place(o.eid) and o.eid not in c.recipient), None)
            if owner is not None:
                c.actor = [owner.eid]
                break


def _at_the_protest(v: DocView, events: list[Cand]) -> None:
    """"أوقفت وحدات الأمن ستة ناشطين خلال وقفة احتجاجية أمام مقر الاتحاد بساحة محمد علي": an arrest or a dispersal
    with no place of its own, told during a protest, is where the protest was."""
    for c in events:
        if c.type not in ("COERCE", "ASSAULT") or c.origin or c.destination:
            continue
        for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 10)):
            if v.is_strong_break(j):
                break
            if v.bare(j).lstrip("و") not in ("خلال", "اثناء"):
                continue
            protest = next((d for d in events if d.type == "PROTEST" and d.t0 == j + 1 and d.location), None)
            # (its own place, if any, named only in the protest's words: "… وسط العاصمة")
            if protest is not None and not any(o.eid in c.location for o in v.occs_in(c.t1 + 1, j)):
                c.location = list(dict.fromkeys(protest.location + c.location))
            break


def _met_where_the_visitor_went(v: DocView, events: list[Cand]) -> None:
    """"وصل وزير الداخلية إلى مدينة الكفرة، حيث التقى عميد البلدية": a meeting told after حيث, right after a visit
    in its sentence, is the visitor's, and whom the verb names after it he met (not the verb's subject)."""
    for i, c in enumerate(events):
        # (not a host receiving: "حيث استقبله الوزير" names the host after the verb)
        if c.type != "CONSULT" or c.pos != "V" or c.frame != "meet" or c.t0 < 1 \
                or v.bare(c.t0 - 1).lstrip("و") != "حيث":
            continue
        visit = next((d for d in reversed(events[:i]) if d.sent == c.sent and d.t0 < c.t0 and d.type == "CONSULT"
                      and d.mode == "visit" and d.actor), None)
        if visit is None:
            continue
        met = [o.eid for o in v.occs_in(c.t1 + 1, min(c.sent[1], c.t1 + 12))
               if v.is_actorish(o.eid) and not v.is_place(o.eid) and o.eid not in visit.actor]
        c.actor = list(visit.actor)
        if met:
            c.recipient = list(dict.fromkeys(met + [x for x in c.recipient if not v.is_place(x)]))
        c.mode = "visit"  # (the meeting is what the visit was for)


# the "approach" a rights body criticises, folded ("انتقدت الجمعية «المقاربة الأمنية»"، "ما وصفته بـ«المقاربة القمعية»"),
_APPROACH_NOUNS = frozenset({"المقاربه", "بالمقاربه", "المعالجه", "بالمعالجه", "الاستعمال", "بالاستعمال", "الاستخدام",
                             "بالاستخدام"})
# (or the excessive use of force: "ما وصفه بـ«الاستعمال المفرط للقوة»")
_APPROACH_KINDS = frozenset({"الامنيه", "القمعيه", "المفرط"})


def _security_approach_of(v: DocView, events: list[Cand]) -> None:
    """"انتقد فرع الجمعية … ما وصفه بـ«المقاربة الأمنية» في التعامل مع الاحتجاجات": the security approach criticised
    is that of the state force whose arrests, dispersals or blocks the article told before (none named, none read)."""
    for c in events:
        if c.type != "ACCUSE" or c.recipient or not c.actor:
            continue
        if not any(v.bare(j) in _APPROACH_NOUNS and v.bare(j + 1).lstrip("و") in _APPROACH_KINDS
                   for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 9))):
            continue
        done = next((d for d in reversed(events) if d.t1 < c.t0 and d.type in ("COERCE", "ASSAULT") and d.actor
                     and all(_security_force(v, x) for x in d.actor) and not set(d.actor) & set(c.actor)), None)
        if done is not None:
            c.recipient = list(done.actor)


def _mourned_by(v: DocView, events: list[Cand]) -> None:
    """"استهدفت مسيّرة إسرائيلية سيارة …، ما أدى إلى سقوط شهيد. ونعى «حزب الله» عنصره علي ترحيني": the body that
    mourns its member right after a deadly attack with no target named is the one it hit (and the member named)."""
    for c in events:
        if c.type != "ASSAULT" or c.recipient or c.status != "occurred":
            continue
        for j in range(c.t1 + 1, min(len(v.tokens), c.sent[1] + 40)):
            w = v.bare(j).lstrip("و")
            if w not in _MOURNING and not (w in _ANNOUNCING_MARTYRDOM and _tells_martyrdom(v, j)):
                continue
            party = next((o for o in v.occs_in(j + 1, min(len(v.tokens), j + 4)) if v.is_actorish(o.eid)
                          and not v.is_place(o.eid) and o.eid not in c.actor), None)
            if party is not None:
                c.recipient = [party.eid]
                member = next((o for o in v.occs_in(party.t1 + 1, min(len(v.tokens), party.t1 + 9))
                               if v.by_id[o.eid].type == "PER"), None)
                if member is not None:
                    c.recipient.append(member.eid)
            break


def _refusal_of_a_call(events: list[Cand]) -> None:
    """"داعياً المعتصمين إلى «رفع الاعتصام». غير أن المعتصمين رفضوا فك اعتصامهم": a refusal with no one named, by those
    a call just before was made to, refuses whoever made the call."""
    for i, c in enumerate(events):
        if c.type != "REJECT" or c.recipient or not c.actor:
            continue
        call = next((d for d in reversed(events[:i]) if d.type == "REQUEST" and d.actor and set(d.recipient) & set(c.actor)
                     and c.sent[0] - d.sent[1] <= 400), None)
        if call is not None:
            c.recipient = [x for x in call.actor if x not in c.actor]
            if c.mode is None and call.mode in ("yield", "change"):
                c.mode = call.mode  # (what was refused is what was asked: to yield, to change a policy)


def _mutual_fights(v: DocView, events: list[Cand]) -> None:
    """"اشتباكات عنيفة بين عناصر من «فرقة الحمزة» و«الجبهة الشامية»": in a clash of two sides each side fights the
    other, so the sides are its targets as well as its doers."""
    for c in events:
        if c.type == "ASSAULT" and len(c.actor) >= 2 and set(c.recipient) <= set(c.actor) \
                and any(_fight_noun(v, j) for j in range(c.t0, c.t1 + 1)):
            c.recipient = list(c.actor)
            c.mutual = True


def _demands_of_the_protested(v: DocView, events: list[Cand]) -> None:
    """"نفّذ المئات منهم وقفة احتجاجية أمام مقر وزارة التربية …، مطالبين بـ…": what protesters demand with no one named
    to grant it is asked of the body their protest faces (a ministry, a company, a governorate)."""
    for c in events:
        if c.type != "REQUEST" or c.recipient or not c.actor:
            continue
        faced = next((p for p in events if p.type == "PROTEST" and p.recipient and set(p.actor) & set(c.actor)
                      and abs(p.sent[0] - c.sent[0]) <= 600), None)
        if faced is not None:
            c.recipient = [x for x in faced.recipient if x not in c.actor and not v.is_place(x)]


# reaching an accord, before إلى: "توصل الطرفان إلى هدنة"، "أعلن الوفد التوصل إلى هدنة"، "رحّب بالتوصل إلى …" (not
# "للتوصل إلى هدنة", an aim)
_REACHED = frozenset({"توصل", "توصلت", "توصلا", "توصلتا", "توصلوا", "التوصل", "بالتوصل"})


# raiders with no name of their own: settlers, unnamed gunmen, smugglers (agent sectors after the country's code)
_RAIDER_SECTORS = frozenset({"UAF", "CRM"})


def _security_force(v: DocView, eid: str) -> bool:
    """The entity is a state's force or security body (recognise._security_body: military, police, intelligence)."""
    e = v.by_id.get(eid)
    return e is not None and _security_body(e)


def _raider(v: DocView, eid: str) -> bool:
    e = v.by_id.get(eid)
    return e is not None and (sector(e) in _RAIDER_SECTORS or e.actor_code == "ISRCVL")


# verbs of forcing, before على and what someone was made to do ("أجبرت القوات العائلات على مغادرة منازلها")
_FORCING = ("اجبر", "ارغم", "اضطر", "يجبر", "يرغم", "تجبر", "ترغم")


def _forced_to(v: DocView, c: Cand) -> bool:
    """The noun at c is what someone was forced into: على right before it, a verb of forcing within four words; not
    a force's withdrawal, which an attack that forces it makes a retreat all the same ("ما أجبر الجنود على الانسحاب")."""
    a = c.sent[0]
    return c.t0 - 1 > a and v.bare(c.t0 - 1) == "علي" and not v.bare(c.t0).removeprefix("ال").startswith("انسحاب") and any(
        _unjoined(v.bare(j)).startswith(_FORCING) for j in range(max(a, c.t0 - 6), c.t0 - 1))


# restrictions that stand once laid: a siege, a security cordon
_STANDING_RESTRICTIONS = frozenset({"حصار", "طوق_أمني", "طوقا_أمنيا"})
# what lifts one ("أنهت الوساطة حصاراً"، "رفع الحصار"، "فك الطوق"، "كسر الحصار")
_LIFTING = ("انه", "رفع", "فك", "كسر", "انتهاء")


# words between a place and the place that holds it ("ميدان الشهداء وسط العاصمة طرابلس"، "مخيم الجفينة في مأرب")
_HELD_IN = frozenset({"في", "وسط", "داخل"})


def _add_holders(v: DocView, c: Cand) -> None:
    """A place of the act, named in its sentence with the town or province that holds it right after it ("في ميدان
    الشهداء وسط العاصمة طرابلس"، "بمنطقة X بمحافظة Y"): the holder is where it happened too."""
    if not c.location or c.type not in ("ASSAULT", "PROTEST", "COERCE", "CONSULT", "AID"):
        return
    occs = [o for o in v.occs_in(*c.sent) if v.is_place(o.eid)]
    for o in occs:
        if o.eid not in c.location:
            continue
        nxt = next((p for p in occs if p.t0 in (o.t1 + 1, o.t1 + 2)), None)
        if nxt is None or nxt.eid in c.location or nxt.eid in c.actor + c.recipient or v.is_strong_break(nxt.t0):
            continue
        between = [v.bare(x) for x in range(o.t1 + 1, nxt.t0)]
        if (between and between[0] in _HELD_IN and len(between) == 1) or (not between and v.prep_of(nxt) == "ب"):
            c.location.append(nxt.eid)


# acts done on a road, and the prepositions of place between the act and the road ("على"، "قرب"، "عند")
_ON_ROADS = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT", "AID"})
_ROAD_PREPS = frozenset({"علي", "في", "قرب", "عند", "عبر", "الي", "باتجاه", "طول", "امتداد"})


def _add_roads(v: DocView, c: Cand) -> None:
    """A road the act was done on, named as its object or after a preposition of place right after it ("قطع
    المحتجون الطريق الوطني رقم 3"، "كمين على الطريق الدولي السريع"): where it happened too, beside the town
    the roles were read with."""
    if c.type not in _ON_ROADS or not v.road_occs:
        return
    lo = bisect_left(v.road_t0, c.t1 + 1)
    for o in v.road_occs[lo:bisect_left(v.road_t0, c.t1 + 7)]:  # (only those within six words after the act)
        if o.eid in c.location or o.t0 >= c.sent[1]:
            continue
        if any(v.is_strong_break(x) or v.comma_before(x) for x in range(c.t1 + 1, o.t0 + 1)):
            continue
        # (the object right after the act or after its doer: "أغلق محتجون الطريق …"; or after a preposition of place)
        doer_end = max((p.t1 for p in v.occs_in(c.t1 + 1, o.t0) if p.eid in c.actor), default=c.t1)
        if o.t0 == doer_end + 1 or v.bare(o.t0 - 1) in _ROAD_PREPS or v.tokens[o.t0].prefix in ("ب", "وب", "فب"):
            c.location.append(o.eid)


def _raiders_leaving(v: DocView, c: Cand, events: list[Cand]) -> bool:
    """A withdrawal told as the time of something else ("بعد انسحاب المستوطنين"، "قبل أن ينسحبوا"), by raiders
    who did something earlier in the text: they left the scene of that act."""
    if c.type != "RETREAT" or not c.actor or not all(_raider(v, x) for x in c.actor) or c.t0 - 1 < c.sent[0]:
        return False
    before = v.bare(c.t0 - 1).lstrip("و")
    timed = before in ("بعد", "عقب", "اثر", "قبل") if c.pos == "N" else (
        before == "ان" and c.t0 - 2 >= c.sent[0] and v.bare(c.t0 - 2).lstrip("و") in ("بعد", "قبل"))
    return timed and any(d is not c and d.start < c.start and d.type in _PHYSICAL and set(d.actor) & set(c.actor)
                         for d in events)


def _truce_sought(v: DocView, c: Cand) -> bool:
    """A truce named after إلى or with ب/ل on it, and no verb of reaching it: asked for or aimed at."""
    if v.tokens[c.t0].folded[:1] in ("ب", "ل") and not v.tokens[c.t0].folded.startswith(("بال", "لل")):
        return True
    # (past the parties that reached it: "توصلت الحكومة وقوات سوريا الديمقراطية إلى هدنة")
    return c.t0 > c.sent[0] and v.bare(c.t0 - 1) == "الي" and not any(
        _unjoined(v.bare(j)) in _REACHED and not any(v.is_strong_break(x) for x in range(j + 1, c.t0))
        for j in range(max(c.sent[0], c.t0 - 20), c.t0 - 1))


# civilians counted as a verb's subject ("أن نحو 35 عائلة غادرت قراها"), folded: no party's act
_CIVILIAN_COUNTS = frozenset({"عائله", "عائلات", "اسره", "اسر", "مدنيا", "مدنيين", "مدنيون", "شخصا", "اشخاص", "نازحا",
                              "نازحين", "مواطنا", "مواطنين", "مهاجرا", "مهاجرين", "طفلا", "اطفال"})


def _still(v: DocView, c: Cand) -> bool:
    """«لا تزال/ما زالت» before the verb, past its subject ("ولا تزال قوات الاحتلال تنتشر في البلدة"): a force
    still deployed where the story's act took it, a move going on, not a standing posture."""
    for j in range(max(c.sent[0] + 1, c.t0 - 6), c.t0):
        if v.bare(j).lstrip("و") in ("تزال", "يزال", "زالت", "زال") and v.bare(j - 1).lstrip("و") in ("لا", "ما"):
            return True
    return False


def _calls_have_no_place(events: list[Cand]) -> None:
    """A call is made from two places: "في غزة" after it is what was talked about ("تناول الأوضاع في غزة")."""
    for c in events:
        if c.type == "CONSULT" and c.mode == "phone":
            c.location.clear()


# acts that are someone's doing: a mention with no actor near a telling of the same act by someone is
# that act told again or its background ("اعتقلت القوات 14 مواطناً بعد مداهمة منازلهم"، "بحث الوزيران …
# وتناولت المباحثات …"). Attacks are left out: an attack with no claimed author stands by itself.
_OWNED = frozenset({"COERCE", "REQUEST", "ACCUSE", "THREATEN", "SANCTION", "CONSULT"})


_ACCORD_REFERENCE = frozenset({"انتهاك", "انتهاكا", "خرق", "خرقا", "خروقات", "تطبيق", "تفعيل", "تنفيذ", "بتنفيذ",
                                "الغاء", "بالغاء", "تعليق", "بنود", "بند", "مرحله", "المرحله", "التصديق", "تصديق",
                                "احترام", "باحترام", "بموجب", "اطار", "نصوص", "روح", "خرقه", "انتهاكه",
                                # "يهدد بتقويض اتفاق دمج قسد": an accord undermined is one in force
                                "تقويض", "بتقويض",
                                # "عقب دخول اتفاق غزة حيز التنفيذ": an accord coming into force was made before
                                "دخول",
                                # "وفق اتفاق أيلول 2024"، "ملتزمة بالاتفاق"، "تحللها من اتفاق"
                                "وفق", "وفقا", "ملتزمه", "ملتزم", "ملتزمون", "التزام", "بالتزام",
                                "تحلل", "تحللها", "تنصل", "محضر"})


# an accord's making told right after it ("بموجب الاتفاق الموقع في آذار 2023"): the accord is reported, dated
_SIGNED_WORDS = frozenset({"الموقع", "الموقعه", "المبرم", "المبرمه", "الذي", "التي"})


def _accord_reference(v: Any, c: Cand) -> bool:
    """The accord noun is the genitive of a word that refers to an accord in force (or through من:
    "المرحلة الثانية من اتفاق"), not the report of one being reached."""
    if c.t0 - 1 >= c.sent[0] and v.tokens[c.t0].folded.startswith("ال") \
            and v.tokens[c.t0 - 1].folded.lstrip("و") in ("بموجب", "بمقتضي") and not any(
                v.bare(x) in _SIGNED_WORDS for x in range(c.t1 + 1, min(c.sent[1], c.t1 + 4))):
        return True  # "وبموجب الاتفاق، تُصرف الدفعة الأولى في 15 فبراير": what the accord told before provides
    if not c.actor and c.t0 - 1 >= c.sent[0] and strip_word(v.tokens[c.t0 - 1].folded)[-1] == "دخول":
        return True  # "عقب دخول اتفاق غزة حيز التنفيذ في العاشر من …": the date is its coming into force
    if v.tokens[c.t0].folded.startswith(("ول", "وب")) and any(
            any(w in _ACCORD_REFERENCE for w in strip_word(v.tokens[x].folded))
            for x in range(max(c.sent[0], c.t0 - 6), c.t0)) \
            and not v.break_or_comma_in(max(c.sent[0] + 1, c.t0 - 5), c.t0 + 1):
        return True  # "خرق فاضح للقرار 1701 ولاتفاق تشرين الثاني 2024": a second thing breached, named by its date
    if (c.time is not None and not c.weak_time) or any(
            v.bare(x) in ("الذي", "التي") for x in range(c.t1 + 1, min(c.sent[1], c.t1 + 5))):
        return False  # ("بنود الاتفاق الذي أبرمته بغداد وواشنطن العام الماضي": its making is told)
    j = c.t0 - 1
    if j - 1 >= c.sent[0] and v.bare(j).startswith("ال") and v.bare(j).endswith(("يه", "ي")) and v.tokens[c.t0].folded.startswith("ل"):
        j -= 1  # "استمرار الخروقات الإسرائيلية لاتفاق وقف إطلاق النار": the breach, its adjective, then لـ
    if j >= c.sent[0] and v.bare(j) == "من" and j - 2 >= c.sent[0] and any(
            w in _ACCORD_REFERENCE for w in strip_word(v.tokens[j - 2].folded)):
        j -= 2  # "المرحلة الثانية من الاتفاق"، "المرحلة الأخيرة من الاتفاق": a phase, then its ordinal
    elif j >= c.sent[0] and v.bare(j) in ("من", "علي"):
        j -= 1  # "التصديق على الاتفاقية"
    # (its parties named, only a word right before it refers to one in force: not "اتفاق بغداد وأربيل" or "المرحلة
    # الثانية من اتفاق بغداد وأربيل", but "في إطار تنفيذ اتفاق وقف الأعمال العدائية" whoever the clause names)
    return j >= c.sent[0] and any(w in _ACCORD_REFERENCE for w in strip_word(v.tokens[j].folded)) \
        and (not c.actor or j == c.t0 - 1)


# raids, the background of an arrest ("اعتقلت … بعد مداهمة منازلهم"), unlike goods seized ("وتمت مصادرة …")
_RAIDS = frozenset({"مداهمة", "دهم", "اقتحام"})


def _drop_unowned_mentions(events: list[Cand], text: str) -> list[Cand]:
    owned: dict[str, list[Cand]] = {}
    for c in events:
        if c.type in _OWNED and c.actor:
            owned.setdefault(c.type, []).append(c)
    out = []
    for c in events:
        # (a verbal noun, or a passive verb: "اعتُقلوا خلال المواجهات"; not "طالب المتظاهرون")
        word = text[c.start:c.start + 4]
        passive = c.pos == "V" and (("\u064f" in word and word[:1] not in "يتنأ") or c.lemma.endswith("_مجهول"))
        # (of the same kind: "بطرد السفير …، واستدعاء سفيرها": an expulsion and a recall are two sanctions,
        # both by whoever took the first, in the list it goes on)
        if c.type == "SANCTION" and not c.actor and c.pos == "N" and text[c.start - 1:c.start] == "و":
            first = next((d for d in owned.get(c.type, ()) if d.sent == c.sent and d.start < c.start
                          and d.mode != c.mode), None)
            if first is not None:
                c.actor = list(first.actor)
        if c.type in _OWNED and not c.actor and (c.pos == "N" or passive) and any(
                abs(d.start - c.start) < 400 and (c.type not in ("SANCTION", "COERCE") or c.mode == d.mode
                                                  or c.lemma in _RAIDS)
                for d in owned.get(c.type, ())):
            continue
        out.append(c)
    return out


def _carried_people(text: str, c: Cand) -> bool:
    """The passive of نقل in the plural, marked by its damma ("نُقلوا"، "ونُقلوا"): people carried somewhere, not a force."""
    word = text[c.start:c.end].lstrip("وف")
    return word.startswith("نُ") and word.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("وا")
