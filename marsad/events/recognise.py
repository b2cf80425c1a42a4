"""Event candidates: triggers found, read in context, and given roles, status and date.

One candidate per trigger that survives its context rules. Roles come from the
clause around the trigger (``view.DocView``): the subject before or after a verb, a
verbal noun's genitive, and prepositional phrases (من → origin, إلى/نحو/باتجاه →
destination, في → location, على/ضد → recipient …) read through the trigger's
``frame``. ``coref`` then merges mentions of the same event and drops the rest.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import TYPE_CHECKING

from ..doc import Doc
from ..spanindex import Stab
from ..record import Entity, Quantity, Statement, Time
from ..text.matcher import Hit
from ..text.normalise import fold_text
from ..text.tokenise import clitic_splits
from ..actors.ruler import NAMED_WORDS, TWO_KIN_GROUPS
from ..actors.unknown import institution_heads
from ..lang.ar import banner_words, side_words
from ..numbers.parse import number_word
from ..places.recognise import GOVERNOR_POSTS
from .lexicon import Lexicon, StatusCue, Trigger, strip_word, word_stems
from .view import (BELONGING_TO, BELONGING_VERBS, PARTICIPLE_CONT, _AREA_PARTS, _EDGE_NOUNS, _MEMBER_NOUNS, _PLACE_HEADS, COMPASS, PREPOSITIONS, STATEMENT_NOUNS, DocView, Occ,
                   _WITNESS_VERBS, _unjoined, unjoined_in, view_of)

if TYPE_CHECKING:
    from ..actors.lexicon import Lexicon as ActorLexicon
    from ..actors.lexicon import Title
    from ..actors.lexicon import Nationality

__all__ = ["Cand", "find_candidates"]

_APPROX = frozenset({"نحو", "قرابه", "حوالي", "زهاء"})
# verbs that direct an accusation at someone ("الاتهامات التي وجهتها باماكو"، "التهم التي ساقها الادعاء")
_DIRECTING = ("وجه", "ساق", "اطلق", "كال")
PREPS_STOP = frozenset({"من", "الي", "في", "علي", "عن", "مع", "ضد", "نحو", "باتجاه", "داخل", "خارج", "بين", "خلال"})

# Roles by frame for an unmarked (no preposition) argument: subject, object/genitive.
MOVEMENT = {"intrans", "move", "leave", "end"}
HOSTILE = {"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "SANCTION", "REJECT"}
_MODE_CUES: list[tuple[str, frozenset[str]]] = [
    # chemical, biological or nuclear weapons (PLOVER's unconventional, CAMEO 204): "القصف الكيميائي على حلبجة"
    ("unconventional", frozenset({"كيميائي", "كيميائيه", "الكيميائي", "الكيميائيه", "كيماوي", "كيماويه", "الكيماوي",
                                  "الكيماويه", "بيولوجي", "بيولوجيه", "الجرثوميه", "جرثوميه"})),
    ("drone", frozenset({"مسيره", "مسيرات", "درون", "طيار", "المسيره", "المسيرات", "مسيرتين", "المسيرتين"})),
    ("suicide-attack", frozenset({"انتحاري", "انتحاريه", "انتحاريان", "انتحاريين", "انتحاريا"})),
    ("aerial", frozenset({"غاره", "غارات", "غارتين", "جويه", "جوي", "جويتين", "جويين", "الطيران", "حربيه", "مقاتلات", "طائرات",
                         "طائره"})),
    ("heavy-weapons", frozenset({"صاروخي", "صاروخيه", "صواريخ", "صاروخ", "قذائف", "قذيفه", "هاون", "مدفعي",
                                 "مدفعيه", "دبابه", "دبابات", "راجمات", "كاتيوشا", "المدفعيه",
                                 # "اشتباكات بالأسلحة المتوسطة والثقيلة"
                                 "الثقيله", "ثقيله", "المتوسطه", "متوسطه"})),
    ("explosives", frozenset({"عبوه", "عبوات", "ناسفه", "مفخخه", "متفجرات", "قنبله", "قنابل", "لغم", "الغام"})),
    ("firearms", frozenset({"بالرصاص", "رصاص", "الرصاص", "ناريه", "اعيره", "عيارات", "النار",
                            # machine guns and rifles (heavy ones are heavy weapons, read first)
                            "رشاشه", "رشاشات", "الرشاشه", "الرشاشات", "بنادق", "البنادق", "الخفيفه", "خفيفه",
                            # snipers and sniper fire ("هجوم بأسلحة القنص"، "برصاص قناص")
                            "القنص", "قنص", "قناص", "القناص", "قناصه", "القناصه", "قناصين", "القناصين"})),
    # less-lethal means, after the lethal ones ("برصاص الأمن التي أطلقت أيضاً الغاز المسيل للدموع" is gunfire)
    ("crowd-control", frozenset({"المسيل", "مسيل", "للدموع", "خراطيم", "المطاطي", "مطاطي", "المطاطيه", "الهراوات"})),
    ("abduct", frozenset({"خطف", "اختطاف", "اختطف", "خطفوا", "اختطفوا"})),
]


# gunfire as the means of a death or wound told after it ("برصاص الجيش"، "بعيار ناري"), folded
_BY_GUNFIRE = frozenset({"برصاص", "بالرصاص", "بعيار", "بعيارات", "باعيره", "بطلق", "بطلقات"})
# small arms a war adjective may describe ("البنادق الحربية"، "الأسلحة الحربية الخفيفة")
_SMALL_ARMS = frozenset({"البنادق", "بنادق", "الاسلحه", "اسلحه", "الذخائر", "ذخائر", "الرشاشات", "رشاشات"})


def _number_token(v: DocView, k: int) -> bool:
    """Token k is a number, in digits or in words ("9"، "أربعة"، "أحد")."""
    return v.tokens[k].is_digit or number_word(v.tokens[k].folded) is not None


def _war_adjective_of_arms(v: DocView, k: int) -> bool:
    """Token k is «الحربية» after small arms ("البنادق الحربية"): war rifles, not warplanes."""
    return v.bare(k) in ("الحربيه", "حربيه") and k > 0 and v.bare(k - 1).lstrip("و") in _SMALL_ARMS


# the side of a province a town lies in ("بريف درعا الغربي")
_SIDES_OF_PLACES = side_words("side")


# an unnamed speaker's aside: who prefers or asks that his name be kept back ("فضّل عدم الكشف عن اسمه")
_WITHHOLDING = frozenset({"فضل", "فضلت", "مفضلا", "مفضله", "طلب", "طلبت", "طالبا", "رفض", "رفضت", "رافضا"})
_OWN_NAME = frozenset({"اسمه", "اسمها", "اسمهم", "هويته", "هويتها", "هويتهم"})
# verbs of setting out of a force told after it, with من ("…، انطلقت من مدينة اعزاز")
_SETTING_OUT = frozenset({"انطلقت", "انطلق", "انطلقوا", "تحركت", "تحرك", "خرجت", "خرج", "قدمت"})
# "coming" before من and the place a thing came from ("قادمة من الأراضي السورية")
_COMING = frozenset({"قادم", "قادمه", "قادمين", "قادمون", "القادم", "القادمه", "القادمين", "قادمتين", "قادما"})


# what funds are set aside for, before whom they support ("لدعم قدرات ليبيا"، "لتعزيز قدرات المراقبة لدى …")
_SUPPORTING_FOR = frozenset({"لدعم", "لتعزيز", "لمساعده", "لصالح"})
# the towns or people of a place funds go to ("لبلديات وادي الحياة"، "لسكان المنطقة")
_ALLOTTED_PLACES = frozenset({"بلديات", "سكان", "اهالي", "ولايات", "محافظات", "قري", "مدن"})


def _time_aside_before(v: DocView, time_tokens: Collection[int], t0: int, a: int) -> int | None:
    """The first token of a time set off by commas right before token t0 ("، الاثنين الماضي، …"), or None."""
    k = t0 - 1
    while k > a and k in time_tokens and "،" not in v.gap(k):
        k -= 1
    return k if k > a and k in time_tokens and "،" in v.gap(k) and "،" in v.gap(t0) else None


# ordinals and superlatives a since-phrase counts or ranks from ("في عدوان هو الثالث على المخيم منذ مطلع تشرين
# الأول"، "في أعنف هجوم منذ سنوات"), folded
_RANKED_SINCE = frozenset({"الاولي", "مره", "للمره", "لاول", "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع",
                           "الرابعه", "الخامس", "الخامسه", "الاعنف", "اعنف", "الاكبر", "اكبر", "الاوسع", "اوسع",
                           "الاخطر", "اخطر", "الاول"})


def _first_time_since(v: DocView, j: int) -> bool:
    """«منذ» at token j ends "للمرة الأولى منذ …" / "لأول مرة منذ …" / "هو الثالث على المخيم منذ …": the first
    (or the nth, or the worst) time since then, a done act; the since-phrase ranks it and dates nothing."""
    return any(v.bare(x) in _RANKED_SINCE for x in range(max(0, j - 3), j))


def _numbered_document_year(v: DocView, ti: int) -> bool:
    """The time at token ti is the year of a numbered law or resolution: "عدد 38 لسنة 2020"، "القرار 2254 لعام 2015"."""
    return ti > 0 and v.tokens[ti].folded.startswith(("لسنه", "لعام")) and v.tokens[ti - 1].is_digit


def _mode_cued(words: set[str]) -> str | None:
    """The attack's mode named by the first of _MODE_CUES that the words hold."""
    return next((mode for mode, cues in _MODE_CUES if words & cues), None)


# words before the attack that caused a death or an injury: "قُتل … إثر استهداف …"، "جراء قصف …"
_CAUSAL_WORDS = frozenset({"اثر", "جراء", "عقب", "بسبب", "نتيجه"})
# and what opens the strike a toll is told to have come from, further on: "قُتل أربعة …، في سلسلة ضربات …"
_TOLL_CAUSES = _CAUSAL_WORDS | {"في"}
# verbs of a quarrel turning into a fight ("تطورت المشادة إلى تبادل لإطلاق النار"), folded
_TURNED_INTO = frozenset({"تطور", "تطورت", "تحول", "تحولت", "تتطور", "يتطور", "تصاعد", "تصاعدت"})
_DELEGATION = frozenset({"وفد", "وفدا"})
_DELEGATION_WORDS = _DELEGATION | {"الوفد"}  # as a whole token: "أن وفداً إسرائيلياً سيصل"، "الوفد التركي"
# who is sent to take part, counted from the body that sent them ("بمشاركة وفد من الجيش اللبناني")
_TAKING_PART = frozenset({"وفد", "وفود", "ممثلين", "ممثلي", "مسؤولين", "ضباط"})
# taking part, in a meeting's relative clause: "اجتماعات فنية يشارك فيها مسؤولون أمنيون من …"
_TAKE_PART_VERBS = frozenset({"يشارك", "تشارك", "شارك", "شاركت", "يشاركون", "شاركوا"})
# what a demand may be sent in: "خطاباً إلى مجلس الأمن تطالبه فيه بـ…"
_LETTER_NOUNS = frozenset({"خطاب", "خطابا", "رساله", "رسالتين", "رسائل", "مذكره", "مذكرتين", "برقيه", "كتاب", "كتابا"})
# what a condemnation condemns by its owner: "جرائم المستوطنين"، "انتهاكات الاحتلال"، "ممارسات النظام"
_CRIME_NOUNS = frozenset({"جرائم", "جريمه", "انتهاكات", "ممارسات", "اعتداءات", "خروقات", "عدوان"})
_DETENTION_NOUNS = frozenset({"احتجاز", "اعتقال", "اعتقالات", "توقيف", "اختطاف", "خطف", "احتجازات"})
# occasions of speech a place may follow: "في مؤتمر صحفي بنيويورك"، "في كلمة بالرياض"
_SPEECH_OCCASIONS = frozenset({"مؤتمر", "كلمه", "خطاب", "تصريح", "تصريحات", "لقاء", "اجتماع", "جلسه"})
# a city hosting a meeting, with the meeting's pronoun: "احتضنته الرياض"، "استضافتها الدوحة"
_HOSTING_VERBS = ("احتضنت", "احتضن", "استضافت", "استضاف", "تستضيف", "يستضيف", "تحتضن", "يحتضن")
# force-class words that name a column of vehicles, not troops
_CONVOY_WORDS = frozenset({"قافله", "ارتال", "رتل", "رتلا"})
# a verbal noun of announcing, in construct with who announces, then what it did: "إعلان الجماعة استهداف"
_ANNOUNCING_NOUNS = frozenset({"اعلان", "باعلان", "تبني", "بتبني"})
# an operation a clause's act took place in: "في عملية مشتركة نفذتها قطعات الجيش"
_OPERATION_NOUNS = frozenset({"عمليه", "حمله", "مداهمه", "غاره", "هجوم"})
# deeds a body does through its forces, which its spokesman only tells of ("نفى الناطق باسم الجيش … اعتقال")
_DEEDS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})
# verbs of storming a place: who is counted right after them stormed it ("اقتحم مئات المستوطنين البلدة")
_STORMING = frozenset({"اقتحم", "داهم"})
# parts of a place: "في أجزاء من مدينة الخرطوم"، "في مناطق واسعة من وادي حضرموت" (the place is where, not whence)
# a quarter or a part of a place named by its side ("الحي الشرقي من …"، "الأطراف الجنوبية من …") (folded, no article)
_SIDED_PARTS = frozenset({"حي", "جزء", "قسم", "اطراف", "طرف", "شطر", "مدخل", "احياء", "ريف"})
_SIDE_ADJECTIVES = frozenset({"شرقي", "غربي", "شمالي", "جنوبي", "شرقيه", "غربيه", "شماليه", "جنوبيه"})
_PART_NOUNS = frozenset({"مناطق", "منطقه", "اجزاء", "جزء", "احياء", "انحاء", "قري", "بلدات", "عدد", "بعض", "معظم",
                         "اغلب"})

# what a meeting discusses: a place after them is its topic ("لبحث الأوضاع في الفاشر")
_TOPIC_NOUNS = frozenset({"الاوضاع", "الوضع", "التطورات", "المستجدات", "الازمه", "الملف",
                          "اوضاع", "تطورات", "مستجدات", "ازمه", "ملف"})

# nouns that count the operations a light verb carries out ("نفذت عمليات دهم"، "شنت حملة اعتقالات")
_OPERATION_COUNTS = frozenset({"عمليه", "عمليات", "حمله", "حملات", "سلسله"})
# verbs of managing to do something, whose subject does the act of the noun after من/في
_ENABLING_VERBS = ("تمكن", "نجح", "تمكنت", "نجحت")
# "أقدم الجيش، فجر اليوم، على تفجير منازل"، "عمدت القوات إلى هدم …": who set about doing it did it
_UNDERTAKING_VERBS = ("اقدم", "اقدمت", "عمد", "عمدت", "يقدم", "تقدم")
# missions a state or a bloc launches (triggers.tsv): "أطلق الاتحاد الأوروبي مهمة بحرية"
_MISSION_LEMMAS = frozenset({"مهمة_بحرية", "مهمة_عسكرية"})
# security sweeps named by a noun phrase (triggers.tsv): "عملية أمنية"، "حملة تفتيش"
_CAMPAIGN_LEMMAS = frozenset({"عملية_أمنية", "حملة_أمنية", "عملية_تفتيش", "حملة_تفتيش", "عملية_تمشيط", "حملة_تمشيط"})
# what a sweep is launched to do to a place ("لتفتيش منطقة المطيبيجة"، "لتمشيط الوديان"), folded
_SWEEPING = frozenset({"لتفتيش", "لتمشيط", "لتطهير", "بتفتيش", "بتمشيط", "بتطهير"})
# and what any force's sweep is launched to do, right after it, for the role reader's _swept_place (its twin,
# the campaign rule swept_place, reads _SWEEPING): "عملية عسكرية لتفتيش صحراء المطيبيجة"، "حملة لتمشيط البساتين"
_SWEEP_PURPOSES = frozenset({"لتفتيش", "لتمشيط", "لملاحقه", "لتعقب", "لتطهير"})
# a request, and putting one in ("طلباً تقدمت به"، "المقترح الذي قدمته"), folded
_REQUEST_NOUNS = frozenset({"طلب", "طلبا", "طلبات", "مطالب", "مقترح", "مقترحا", "اقتراح", "اقتراحا", "عرض", "عرضا",
                            "التماس", "التماسا", "شكوي", "مبادره"})
_SUBMITTING = frozenset({"تقدم", "تقدمت", "تقدموا", "قدم", "قدمت", "قدموا", "رفع", "رفعت", "طرح", "طرحت"})
# a protest barred (triggers.tsv, need barred_protest), folded
_BARRED_PROTESTS = frozenset({"مسيره", "مسيرات", "وقفه", "وقفات", "تظاهره", "تظاهرات", "مظاهره", "مظاهرات", "اعتصام",
                              "اعتصاما", "تجمع", "تجمعا", "مسيرتهم", "وقفتهم", "اعتصامهم"})
# calm, after fighting ("عاد الهدوء إلى …"، "ساد هدوء حذر في …"), folded without the article
_CALM_WORDS = frozenset({"هدوء", "هدوءا"})
# chairing a meeting, folded ("ترأس الوزير اجتماعاً")
_CHAIRING_VERBS = frozenset({"تراس", "تراست", "يتراس", "تتراس"})
# verbs a sweep is the subject of as it gets under way ("انطلقت عملية تفتيش …"، "بدأت حملة أمنية …"), folded
_SWEEP_STARTS = frozenset({"انطلقت", "تنطلق", "بدات", "تبدا", "انطلق", "بدا"})
# participles of a state that lasts, right before منذ ("رواتبهم المتأخرة منذ ثلاثة أشهر"، "المعبر المغلق منذ أسبوع"),
# folded: the since-phrase tells how long that state has lasted, not the day of an act
_LASTING_STATES = frozenset({"المتاخره", "متاخره", "المتوقفه", "المتوقف", "متوقفه", "المغلق", "المغلقه",
                             "مغلقه", "المعلقه", "المعلق", "المجمده", "المقطوعه", "المنقطعه", "المنقطع", "المتراكمه",
                             "المستحقه", "المحتجزين", "المعتقلين", "المحتجزه", "العالقين", "المفقودين", "المختطفين"})
# verbal nouns of launching a campaign, announced ("أعلنت القيادة إطلاق حملة أمنية"، "بدء عملية تفتيش"), folded
_LAUNCH_NOUNS = frozenset({"اطلاق", "باطلاق", "بدء", "ببدء", "انطلاق", "بانطلاق", "شن", "بشن"})
# going near, in, on or through, after منع … من ("منعت الشرطة المحتجين من الاقتراب"), folded
_GOING_NEAR = frozenset({"الاقتراب", "الوصول", "الدخول", "العبور", "التقدم", "المرور", "التوجه", "التظاهر", "مواصله",
                         "دخول", "عبور", "الاعتصام", "التجمع"})
_LIGHT_VERBS = frozenset({"اجرا", "اجري", "شن", "نفذ", "ابرمت", "ابرم", "وقع", "عقد", "عقدت", "اجرت", "شنت", "نفذت",
                          "قام", "قامت", "وقعت", "ابرمت", "شنه", "تقدم", "تقدمت", "وجه", "وجهت",
                          # "استخدمت الشرطة الغاز المسيل للدموع": who used the weapon attacked with it
                          "استخدم", "استخدمت", "استخدموا", "يستخدم", "تستخدم",
                          "استعمل", "استعملت", "استعملوا", "يستعمل", "تستعمل",
                          # "وأطلقت قنابل الغاز"، "أطلق الجيش عملية عسكرية": who fired or launched it
                          "اطلق", "اطلقت", "اطلقوا",
                          # "أدّى الوزير زيارة إلى …" (Maghreb usage): who paid the visit
                          "ادي", "ادت", "يؤدي", "تؤدي",
                          # "أدخلت مصر قافلة مساعدات"، "سيّرت الهيئة قافلة": who brought in or sent the convoy
                          "ادخل", "ادخلت", "ادخلوا", "سير", "سيرت", "سيروا", "ارسل", "ارسلت", "ارسلوا",
                          "تبنا", "تبنت", "ارتكب", "ارتكبت", "نظم", "نظمت", "نظموا",
                          # "برمجت الوزارة جلسة حوار" (Maghreb usage): who scheduled a meeting holds it
                          "برمج", "برمجت", "برمجوا", "يبرمج", "تبرمج",
                          # "تظاهرة نظمها مئات الخريجين": who organised a protest held it
                          "نظمها", "نظمه", "نظمته", "نظموها", "نظموه",
                          # with the pronoun of the attack: "قصف مدفعي شنّته قوات النظام"
                          "شنته", "شنها", "شنوه", "نفذه", "نفذته", "نفذها", "نفذوه", "تبناه", "تبنته", "تبنوه",
                          "ارتكبه", "ارتكبته", "ارتكبها", "ارتكبوها", "وجهته", "وجهها",
                          # "كمين نصبه مسلحو الحركة"، "أطلقت الحكومة عملية"، "فرضت الوزارة عقوبات"، "يعقد المجلس جلسة"
                          "نصب", "نصبت", "نصبه", "نصبته", "نصبها", "نصبوا", "نصبوه", "اطلق", "اطلقت", "فرض", "فرضت",
                          "يفرض", "تفرض", "فرضوا",
                          "يعقد", "تعقد", "يشن", "تشن", "ينفذ", "تنفذ",
                          # "فتحت النيابة العامة تحقيقاً": who opened an inquiry holds it (not "فتح": also Fatah)
                          "فتحت", "فتحوا", "يفتح", "تفتح",
                          # "شكّلت قيادة العمليات لجنة تحقيق"، "ألّفت الحكومة لجنة": who formed a committee holds it
                          "شكل", "شكلت", "شكلوا", "الف", "الفت",
                          # "ألقت الشرطة القبض على …": who laid hold made the arrest
                          "القي", "القت", "القوا", "يلقي", "تلقي",
                          # taking part: "شارك عشرات الفلسطينيين في وقفة احتجاجية" (the participants act)
                          "شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "يشاركون",
                          # giving: "قدمت الولايات المتحدة مساعدات عسكرية"
                          "قدم", "قدمت", "يقدم", "قدمها", "قدمته",
                          # entering a strike: "دخل عمال الشركة في إضراب عن العمل"
                          "دخل", "دخلت", "دخلوا", "يدخل", "تدخل", "يدخلون",
                          # waging it: "خاض المعلمون إضراباً وطنياً"، "خاض الجيش معارك عنيفة"
                          "خاض", "خاضت", "خاضوا", "يخوض", "تخوض", "يخوضون",
                          # renewing a demand or a call: "جدّد الرئيس مطالبته بـ…"
                          "جدد", "جددت", "يجدد", "تجدد",
                          # ordering it: "أمر رئيس المجلس الرئاسي بتشكيل لجنة تحقيق"، "أمر الرئيس بنشر قوات"
                          "امر", "امرت",
                          # tightening it: "تُحكم قوات الحركة حصارها على المدينة"
                          "احكم", "احكمت", "يحكم", "تحكم", "احكموا",
                          # authorising it (Maghreb): "أذنت النيابة العمومية بفتح بحث تحقيقي"
                          "اذن", "اذنت",
                          # chairing it: "ترأس رئيس الوزراء، اليوم، اجتماعاً طارئاً مع وزير الكهرباء"
                          "تراس", "تراست", "يتراس", "تتراس",
                          # using it: "استخدام الولايات المتحدة حق النقض"
                          "استخدام"})  # "بهجوم تبناه داعش": who claimed it acted
_ADJ_SKIP = frozenset({"واسع", "صاروخي", "جوي", "جويه", "مشترك", "رسمي", "رسميه", "عسكري", "عسكريه", "كبير", "كبيره",
                       # adjectives of an attack between it and its relative clause: "قصف مدفعي شنّته …"
                       "مدفعي", "مدفعيه", "صاروخيه", "عنيف", "عنيفه", "مكثف", "مكثفه", "انتحاري", "انتحاريه",
                       "مسلح", "مسلحه", "بري", "بريه", "بحري", "بحريه", "متبادل", "جديد", "جديده", "مزدوج",
                       "مزدوجه", "مماثل", "مماثله", "ارهابي", "ارهابيه", "دامي", "داميه", "مباغت", "مباغته",
                       "منسق", "منسقه", "واسعه", "محدود", "محدوده", "مشتركه", "متزامن", "متزامنه", "متزامنين", "متتاليه",
                       "متتالي", "متكرره", "متكرر", "مماثلين", "منفصله", "منفصلين",
                       # the speaker's words for it: "هجوم غادر شنّته الميليشيا"، "اعتداء آثم نفذه …"
                       "غادر", "غادره", "جبان", "جبانه", "اثم", "اثمه", "همجي", "همجيه", "غاشم", "غاشمه",
                       "وحشي", "وحشيه"})
# what one answers with, as a ب-noun after ردّ: an attack, an arrest, a sanction ("ردّت مقديشو بطرد السفير")
_REPLY_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "MOBILIZE"})
_SEND_VERBS = frozenset({"دفع", "دفعت", "يدفع", "تدفع", "دفعوا", "زج", "زجت", "يزج", "تزج", "استقدم", "استقدمت",
                         "يستقدم", "تستقدم", "سيدفع", "ستدفع", "سيزج", "ستزج", "سيستقدم", "ستستقدم"})
# the held, before لدى + who holds them: "كانوا محتجزين لدى «قسد»"، "المختطف لدى الجماعة"
_HELD_WORDS = ("محتجز", "المحتجز", "معتقل", "المعتقل", "مختطف", "المختطف", "اسري", "الاسري", "رهائن", "الرهائن",
               "مسجون", "المسجون")
_RECEIVE_VERBS = frozenset({"تلقي", "تلقت", "يتلقي", "تتلقي", "تلقيا", "تلقوا"})
# the fire or shells of someone: "برصاص القوات"، "بنيران قوات الدعم السريع"، "بقذائف الجيش"
_BY_FIRE = frozenset({"برصاص", "رصاص", "بنيران", "نيران", "بقذائف", "قذائف", "بصواريخ", "صواريخ", "بقذيفه",
                      "بغارات", "بغاره", "بقصف", "بطلقات", "بنار"})
# an attack named by a definite noun: "دانت الهجوم"، "استنكرت الغارة"
_ATTACK_NOUNS = frozenset({"هجوم", "هجمات", "ضربه", "ضربات", "غاره", "غارات", "قصف", "اعتداء", "اعتداءات", "تفجير",
                           "استهداف", "عمليه",
                           # (and two of them: "ودان … الغارتين")
                           "هجومين", "ضربتين", "غارتين", "اعتداءين", "تفجيرين"})
# verbs of stepping up, renewing or putting off one's own act, before its subject and the act's noun with a
# pronoun for it ("كثّفت قوات الدعم السريع هجماتها"، "شدّدت القوات حصارها"، "أجّلت القوات انسحابها")
_STEP_UP_VERBS = frozenset({
    f"{pre}{stem}{suf}"
    for stem in ("كثف", "صعد", "شدد", "وسع", "ضاعف", "جدد", "استانف", "واصل", "عزز", "اجل", "ارجا")
    for pre, suf in (("", ""), ("", "ت"), ("", "وا"), ("ي", ""), ("ت", ""), ("ي", "ون"), ("ست", ""), ("سي", ""))})
# أقدم (proceeded) before its subject and على + the act: "أقدم محتجون على قطع الطريق"
_PROCEEDED_VERBS = frozenset({"اقدم", "اقدمت", "اقدموا"})
# verbs of a target's relative clause that name who uses or holds it ("مخزناً تستخدمه جماعة الحوثي")
_USED_BY = frozenset({"يستخدمه", "تستخدمه", "يستخدمها", "تستخدمها", "يستخدمونه", "يستخدمونها", "يستعمله", "تستعمله",
                      "يستعملها", "تستعملها", "تديره", "يديره", "تديرها", "يديرها", "يتحصن", "تتحصن", "يتحصنون",
                      "يملكه", "تملكه", "يملكها", "تملكها", "تسيطر", "يسيطر"})
# unnamed authorities, named by the country after them with في ("السلطات الأمنية في تونس")
_AUTHORITY_NOUNS = frozenset({"السلطات", "سلطات", "السلط", "الاجهزه", "اجهزه", "الجهات", "جهات"})
# what is repelled (صدّ، تصدّى): an attack, a raid or an advance
# men or units of a body, joined by و after a subject: "قوات من الجيش ومقاتلون من الحشد العشائري"
_JOINED_MEMBERS = _MEMBER_NOUNS | {"مقاتلون", "مسلحون"}
# verbs of pledging and deciding, whose بـ-noun or object is what their subject will do ("وتعهّد بالإفراج")
_PLEDGING = frozenset({"تعهد", "قرر"})
# a warning's verb and participle, folded ("حذّر"، "يحذّر"، "محذّراً"): what they warn their own side will do is a threat
_WARNING_STEMS = ("حذر", "يحذر", "تحذر", "محذر")
_REPELLED = frozenset({"هجوم", "هجوما", "هجمات", "الهجوم", "الهجمات", "محاوله", "محاولات", "تقدم", "توغل", "اقتحام",
                       "تسلل", "زحف", "غاره", "غارات", "اعتداء", "اعتداءات"})
# an attack a response is threatened for: "ردّ على العدوان الأمريكي"، "على الغارات الإسرائيلية"
_AGGRESSION_NOUNS = _ATTACK_NOUNS | {"عدوان", "العدوان"}
# where fire came from: "قصف مصدره مواقع قوات النظام"، "قذائف مصدرها الجانب الإسرائيلي"
_FIRE_SOURCES = frozenset({"مصدره", "مصدرها", "مصدرهما", "مصدرهم"})
_FIRE_SOURCE_WORDS = frozenset({"مواقع", "موقع", "مناطق", "منطقه", "سيطره", "نقاط", "مرابض", "تمركز", "تمركزات",
                                "ثكنات", "الاراضي", "اراضي"})
# verbs by which fire falls on or reaches a place ("استهدف بلدتي سرمين"، "طالت قرية …")
_TARGETING = frozenset({"استهدف", "استهدفت", "طال", "طالت", "سقط", "سقطت"})
# a place's noun before its name, outside its mention ("استهدف بلدتي سرمين وآفس")
_PLACE_NOUNS = frozenset({"بلده", "بلدتي", "بلدات", "قريه", "قريتي", "قري", "مدينه", "منطقه", "مناطق", "حي", "احياء"})
# the seat of a unit reinforcements are sent from ("من مقر الفرقة الخامسة ببعقوبة"، "من معسكر اللواء")
_UNIT_SEATS = frozenset({"مقر", "مقرات", "معسكر", "معسكرات", "ثكنه", "ثكنات"})
# what a condemnation may name that was told before: an attack or a detention ("أدان … الغارة"، "عملية الاحتجاز")
# raids, incursions, aggression, crimes, massacres and repression condemned: the hostile act told before, of
# whatever type ("أدانت الوزارة «الجريمة البشعة»"، "ما وصفته بـ«حملة القمع»")
_CONDEMNED_RAIDS = frozenset({"اقتحام", "اقتحامات", "توغل", "توغلات", "عدوان", "تصعيد", "جرائم", "انتهاكات", "جريمه",
                              "مجزره", "مجازر", "قمع"})
# demolitions, razing and destruction condemned: the doer of the demolition told before is accused
_DEMOLITION_NOUNS = frozenset({"هدم", "تجريف", "تدمير"})
_CONDEMNED_NOUNS = _ATTACK_NOUNS | _DETENTION_NOUNS | _CONDEMNED_RAIDS | _DEMOLITION_NOUNS
# past verbs of beginning, with a noun after them (or after في/ب): "وشرعت بتجريف الشوارع"، "وباشرت هدم"
_BEGIN_VERBS = frozenset({"شرعت", "شرع", "شرعوا", "بدات", "بدا", "بداوا", "باشرت", "باشر", "باشروا", "اخذت", "واصلت",
                          "واصل", "واصلوا", "تابعت"})

# what a withdrawing force does next where it goes ("الانسحاب من سنجار وإعادة الانتشار في تلعفر")
_REDEPLOY_NOUNS = frozenset({"الانتشار", "انتشار", "التموضع", "تموضع", "التمركز", "تمركز", "تموضعها", "انتشارها",
                             "تمركزها"})

# a statement as the subject of what it asks or says ("ودعا البيان قوات التحالف إلى …"): its issuer acts, and
# the party after it is the object
_DOCUMENT_SUBJECTS = frozenset({"البيان", "البلاغ", "الرساله", "المذكره", "الاعلان"})

# armour and military vehicles that push in with the troops ("توغلت دبابات وآليات عسكرية إسرائيلية")
_ARMOUR = frozenset({"دبابات", "دبابه", "اليات", "اليه", "مدرعات", "مدرعه", "جرافات", "ناقلات"})
# a drone named as an aircraft with its adjective ("طائرة مسيّرة"، "طائرات بدون طيار"): "مسيّرة" alone is
# also a march
_AIRCRAFT = frozenset({"طائره", "طائرات", "طائرتين", "طائرتان"})
_UNMANNED = frozenset({"مسيره", "مسيرات", "مسيرتين", "مسيرتان", "بدون", "بلا", "مفخخه", "مفخخات"})
# adjectives that make مسيرة a march, not a drone ("مسيرة احتجاجية"، "مسيرات سلمية")
_MARCH_NOUNS = frozenset({"مسيره", "مسيرات"})
# air defences bringing down a drone, an aircraft or a missile (triggers.tsv, needs "downed")
DOWNING_LEMMAS = frozenset({"أسقط_جو", "إسقاط_جو"})
# "أطلقها"، "أطلقتهما": the launcher of what was brought down, right after it (folded stems)
_LAUNCHED_IT = ("اطلقها", "اطلقتها", "اطلقهما", "اطلقتهما", "اطلقه", "اطلقته")
# air defences, the subject of a downing: "دفاعاته الجوية"، "مضاداتها الأرضية" (folded stems)
_AIR_DEFENCES = ("دفاعات", "مضادات", "دفاع")
# what aircraft drop, or how: "أسقطت طائرات نقل أطناناً من المواد الغذائية"، "أسقطت جواً" (folded, no article)
_AIRDROPPED = frozenset({"جوا", "جويا", "اطنانا", "اطنان", "طنا", "طن", "مساعدات", "منشورات",
                         "صناديق", "مظلات", "مناشير", "نقل", "شحن"})
# gatherings a crowd holds, which the police may disperse ("فرّقت الشرطة وقفة احتجاجية")
_PROTEST_GATHERINGS = frozenset({"تظاهره", "تظاهرات", "مظاهره", "مظاهرات", "وقفه", "وقفات", "مسيره", "مسيرات",
                                 "اعتصام", "اعتصاما", "اعتصامات", "احتجاج", "احتجاجات", "تجمع", "تجمعا", "تجمهر"})
# closing out of caution ("تحسباً لأي مواجهة"، "خوفاً من تجدد القتال"، "خشية أعمال نهب"): no protest
_PRECAUTION = frozenset({"تحسبا", "خوفا", "خشيه", "حذرا", "احترازا", "تخوفا"})
# what flares up rather than blows up ("تفجّر الخلاف"، "انفجار الوضع"، "الأزمة تتفجر"), folded without the article
_ERUPTING = frozenset({"خلاف", "خلافات", "وضع", "اوضاع", "ازمه", "ازمات", "صراع", "نزاع", "غضب", "موقف", "توتر",
                       "توترات", "احتجاجات", "احتقان", "شجار", "مشاجره", "جدل", "فتنه"})
# verbs of what befell someone ("التي طالت المعلمين"، "الذي استهدف القرية"): their object is its victim
_BEFELL = frozenset({"طالت", "طال", "طاولت", "طاول", "استهدفت", "استهدف", "شملت", "شمل", "اصابت", "اصاب", "تطال", "يطال"})
# most or some of the people just counted ("معظمهم من مصر"، "بينهم ثلاثة من السودان"): who they are, not a party
_MOST_OF_THEM = frozenset({"معظمهم", "اغلبهم", "غالبيتهم", "بينهم", "جميعهم", "كلهم", "معظمهن", "بينهن", "اغلبيتهم"})
# a protest or a coercive measure whose suspension eases pressure (need "suspended"), folded stems
_SUSPENDED_THINGS = frozenset({"اضراب", "الاضراب", "اضرابات", "الاضرابات", "اعتصام", "الاعتصام", "اعتصامات",
                               "احتجاج", "الاحتجاج", "احتجاجات", "الاحتجاجات", "تحرك", "التحرك", "تحركات", "التحركات",
                               "حراك", "الحراك", "العصيان", "المقاطعه", "مقاطعه", "الهدم", "الاخلاء",
                               "الترحيل", "الاقتطاع", "الاقتطاعات"})
# what is done with a march, right before it ("منع المسيرة"، "تنظيم مسيرة"، "تفريق المسيرة"): the word is a march
_MARCH_HELD = frozenset({"منع", "تنظيم", "نظم", "نظمت", "بتنظيم", "لتنظيم", "تفريق", "لتفريق", "فض", "لفض", "قمع", "انطلاق",
                         "خروج", "مشاركه", "بمشاركه", "شارك", "شاركوا", "شاركت"})
_MARCH_ADJECTIVES = frozenset({"احتجاجيه", "احتجاجيات", "سلميه", "حاشده", "شعبيه", "جماهيريه", "راجله", "تضامنيه",
                               "غاضبه", "ليليه", "شموع", "العوده", "نسائيه", "طلابيه"})
# verbs a march or a protest does, in its relative clause: "مسيرة جابت شوارع المدينة"، "مظاهرة انطلقت من …"
_MARCH_VERBS = frozenset({"جابت", "جاب", "جابوا", "طافت", "جالت", "سارت"})  # (not انطلقت: a drone sets off too)
# verbs and nouns that give or carry aid, and that stop it (for the need "given")
_AID_GIVEN = ("قدم", "ارسل", "سلم", "وصل", "دخل", "ادخال", "ايصال", "توزيع", "تقديم", "ارسال", "قافله", "شحنه",
              "طائره", "منح", "تسليم", "يقدم", "تقدم", "يرسل", "ترسل",
              # "عبرت 180 شاحنة محمّلة بالمساعدات": trucks or convoys loaded with aid
              "شاحن", "محمل", "قوافل")
_AID_STOPPED = ("منع", "وقف", "تعليق", "علق", "قطع", "عرقل", "تجميد", "جمد", "حجب", "رفض",
                # aid trucks attacked, held or looted: "هاجم مستوطنون شاحنات مساعدات"، "احتجزت القوات شاحنات المساعدات"
                "هاجم", "استهدف", "احتجز", "نهب", "اعترض", "صادر", "قصف", "اوقف")
# على with its pronouns: what a verb of acting on something takes its object with
_ON_WORDS = frozenset({"علي", "عليه", "عليها", "عليهم", "عليهما"})
_HAND_WORDS = frozenset({"بيده", "بيديه", "بيدها", "بيديها", "بيدهم", "بايديهم", "بالعلم", "بعلم", "بالتحيه", "بالاعلام",
                         # flags, banners and pictures waved: "لوّح المتظاهرون بأعلام فلسطين"
                         "باعلام", "برايات", "بالرايات", "بصور", "بالصور", "بلافتات", "باللافتات", "بشارات"})
_RAID_NOUNS = ("اقتحام", "مداهم", "حمله", "توغل", "عمليه")  # "خلال اقتحامها …"، "أثناء مداهمة …"
_MEETING_NOUNS = ("اجتماع", "لقاء", "محادثات", "مباحثات", "قمه", "زياره", "مؤتمر", "جلسه")  # "خلال اجتماعها في …"
_OCCASION_EDGES = frozenset({"ختام", "نهايه", "مستهل", "بدايه", "مطلع"})  # "في ختام اجتماعه"
# talks held on a visit with its host: "لإجراء محادثات مع …"
_TALK_NOUNS = frozenset({"محادثات", "مباحثات", "مشاورات", "لقاءات", "اجتماعات"})
# triggers of a force cut down in numbers (triggers.tsv, need "strength")
_CUT_LEMMAS = frozenset({"خفض_وجوده", "خفض_ن_وجوده", "قلص_وجوده", "تقليص_وجوده"})
# words that make what follows the background of something else: "بعد تقليص عديدها"، "بعدما خفّضت"
_AFTER_BEFORE = frozenset({"بعد", "بعدما", "قبل", "قبيل", "منذ", "اثر", "عقب", "مع"})
# counts of a crowd before "من" and the people it is drawn from ("مئات من الطلبة"، "عشرات من سائقي الشاحنات")
_CROWD_COUNTS = frozenset({"عشرات", "مئات", "الاف", "العشرات", "المئات", "الالاف", "الوف", "عدد", "العديد"})
# the supporters or members a crowd is counted from, before their party ("مئات من أنصار الحزب")
_SUPPORTERS = frozenset({"انصار", "مناصري", "مؤيدي", "اعضاء", "منتسبي"})
# money that arrives or is sent ("وصول دفعة مالية"، "إرسال الرواتب"): no force moved
_MONEY_WORDS = frozenset({"ماليه", "مالي", "اموال", "الاموال", "رواتب", "الرواتب", "مبالغ", "مبلغ", "السيوله", "سيوله",
                          "نقديه", "المستحقات", "مستحقات"})
# nouns sent that are triggers of their own ("دفع بتعزيزات") or aid ("دفع بقافلة مساعدات")
_SENT_ELSEWHERE = frozenset({"تعزيزات", "تعزيز", "قافله", "قوافل"})
# "يختتم زيارته"، "بدأ زيارته": verbs of a visit's or a meeting's course, like the light verbs before it
_CLOSING_VERBS = frozenset({"اختتم", "اختتمت", "يختتم", "تختتم", "بدا", "بدات", "يبدا", "تبدا", "استهل", "استهلت",
                            "يستهل", "تستهل", "انهي", "انهت", "ينهي", "تنهي"})
# verbs of renewing a demand or call ("جدّد مطالبة لبنان بـ…"): what follows is the verbal noun, not a participle
_RENEWING = frozenset({"جدد", "جددت", "يجدد", "تجدد", "كرر", "كررت", "يكرر", "تكرر"})
# participles of speech acts after a comma: the speaker accuses or threatens ("…، متهمةً قوات الأمن بـ…")
_PARTICIPLES = frozenset({"متهما", "مهددا", "متوعدا", "ملوحا", "محملا_مسؤولية", "شاكرا", "رافضا", "محذرا_وعيد"})
# participles of the subject that a comma sets apart from a denial before them
_COMMA_PARTICIPLES = _PARTICIPLES | {"مطالبة", "داعيا"}
# nouns of ending or suspending an act ("تعليق الإضراب"، "إنهاء الاعتصام"): a time after the act is when it ends
_ENDING_NOUNS = frozenset({"تعليق", "انهاء", "فك"})


def _attack_adjective(w: str) -> bool:
    """An adjective of an attack (_ADJ_SKIP), also in the accusative ("هجوماً واسعاً")."""
    return w in _ADJ_SKIP or (w.endswith("ا") and w[:-1] in _ADJ_SKIP)


# a fight ("قُتل جنديان في اشتباك مسلح مع …"، "اندلعت المواجهات … بين …") and the remnants of a group it was with
_FIGHT_NOUNS = frozenset({"اشتباك", "الاشتباك", "اشتباكات", "الاشتباكات", "مواجهات", "المواجهات", "مواجهه", "معارك",
                          "المعارك", "معركه"})
_REMNANTS = frozenset({"بقايا", "فلول", "عناصر", "مسلحي", "مقاتلي", "خلايا", "خليه", "مجموعه", "مجموعات", "اتباع",
                       "انصار"})


def _fight_noun(v: DocView, j: int) -> bool:
    """Token j is a noun of fighting, with a proclitic و or ب or without ("والمواجهات"، "باشتباك")."""
    w = v.bare(j)
    return w in _FIGHT_NOUNS or (w[:1] in ("و", "ب") and w[1:] in _FIGHT_NOUNS)


# units named before the body they belong to, with ل: "مفارز للجيش"، "وحدات تابعة"
_UNIT_NOUNS = frozenset({"مفارز", "مفرزه", "وحدات", "وحده", "دوريه", "دوريات", "قوه", "عناصر", "قوات", "فرق", "قطعات",
                         "الويه", "كتائب", "سرايا",  # (brigades, battalions, companies: "ألوية من الحشد الشعبي")
                         # convoys: "رتل تابع لقوات التحالف"، "قافلة للجيش"
                         "رتل", "رتلا", "ارتال", "قافله", "قوافل",
                         # the counted soldiers of a body: "نحو 1500 جندي من الفرقة 16 انتشروا"
                         "جندي", "جنديا", "جنود", "عنصر", "عنصرا", "مقاتل", "مقاتلا", "مقاتلين", "عسكري", "عسكريا"})
# verbs of tasking a body with an act ("كلّف رئاسة الأركان بنشر قوة"، "أوعز إلى …"، "وجّه القيادة بنشر")
_TASKING = frozenset({"كلف", "كلفت", "يكلف", "تكلف", "اوعز", "اوعزت", "وجه", "وجهت", "موجها", "مكلفا"})


def _with_b_clitic(v: DocView, j: int) -> bool:
    """Token j carries the clitic ب before a verbal noun ("بنشر"، "بتنفيذ")."""
    f = v.tokens[j].folded
    return f.startswith("ب") and len(f) > 3


# involvement in an act ("تورط الخلية في التفجير"، "الموقوفين متورطون في الهجوم"): its doer
_INVOLVEMENT = frozenset({"تورط", "ضلوع"})
_INVOLVED_ADJ = frozenset({"متورط", "متورطه", "متورطون", "متورطين", "ضالع", "ضالعون", "ضالعين"})
# standing behind an act ("تقف وراء الهجوم"): its doer
_STANDING = frozenset({"يقف", "تقف", "يقفون", "وقف", "وقفت", "وقفوا"})
# the years or months of a prison term ("بحبس 4 متهمين 10 سنوات"، "الحبس سنتين")
_TERM_WORDS = frozenset({"سنه", "سنوات", "سنين", "سنتين", "عام", "اعوام", "عامين", "اشهر", "شهرا", "شهرين", "شهور"})
# verbs of prompting or forcing someone to an act ("ما دفع الشرطة إلى التدخل"، "اضطرت القوات إلى الانسحاب")
_PROMPTING_VERBS = frozenset({"دفع", "دفعت", "اضطر", "اضطرت", "اجبر", "اجبرت"})
# what a unit is, between it and its body: "مفارز مشتركة للجيش الوطني الشعبي"، "وحدات خاصة للشرطة"
_UNIT_ADJECTIVES = frozenset({"مشتركه", "خاصه", "متنقله", "راجله", "مختلطه"})
# a body's regional or general command, with ل, between a unit's participle and the body ("التابع للقيادة
# الجهوية للدرك الملكي"، "التابعة للمديرية العامة للأمن الوطني")
_COMMANDS_OF = frozenset({"للقياده", "للمديريه", "للاداره", "للمجموعه"})
# units named by what they do, before the body they belong to ("فرقة الأبحاث والتفتيش للحرس الوطني"), and the
# indefinite nouns such a name may go on with ("فرقة مكافحة الإرهاب")
_NAMED_UNITS = frozenset({"فرقه", "وحده", "فرق", "وحدات", "مصلحه", "اداره"})
_UNIT_NAME_CONSTRUCTS = frozenset({"مكافحه", "حمايه", "حرس", "امن", "شرطه"})

# a noun in ة with an attached pronoun ("دعوتها"، "زيارته"): ت, then the pronoun
_TA_PRONOUN = re.compile("ت(ها|هما|هم|هن|ه|نا)$")

# verbs of an impersonal passive before a verbal noun ("جرى توقيف"، "تم اعتقال")
_IMPERSONAL = frozenset({"جري", "تم", "يتم", "يجري", "سيتم", "سيجري"})

# masculine state names (most are feminine: مصر، سوريا، تركيا، بغداد، واشنطن)
_MASCULINE_PLACES = frozenset({"العراق", "الاردن", "اليمن", "السودان", "المغرب", "لبنان", "البحرين"})
# plural heads of bodies: a non-human plural takes the feminine (القوات أعلنت، الفصائل داعيةً)
_PLURAL_HEADS = frozenset({"قوات", "فصائل", "جماعات", "عناصر", "وحدات", "سلطات", "اجهزه", "دول", "مصادر"})


def past_verb_gender(word: str) -> str | None:
    """The gender of a past verb's third-person subject, from its ending ("وطالبت": "f"; "طالب": "m"; "طالبوا",
    "طالبا": None)."""
    f = _unjoined(word)
    return "f" if f.endswith("ت") else "m" if not f.endswith(("وا", "ا", "ن")) else None


def entity_gender(e: Entity) -> str | None:
    """Grammatical gender of an entity's name ("f", "m"), or None where it cannot be told (people)."""
    words = fold_text(e.name_ar).split()
    if not words or e.type == "PER":
        return None
    head = words[0].removeprefix("ال")
    if e.type == "LOC":
        return "m" if fold_text(e.name_ar) in _MASCULINE_PLACES else "f"
    if head in _PLURAL_HEADS or head.endswith(("ه", "ات")):
        return "f"
    return "m"


# a relative clause's verb of signing or reaching an accord ("الذي وقّعه"، "التي أبرمتها"، "الذي توصلت إليه")
_SIGNING_VERBS = ("وقع", "ابرم", "توصل", "عقد", "اعلن")
# the verb that opens an inquiry, in its forms ("فتحت النيابة تحقيقاً"، "ستفتح السلطات تحقيقاً")
_OPENING_FORMS = frozenset({"فتح", "فتحت", "فتحوا", "يفتح", "تفتح", "سيفتح", "ستفتح", "يفتحون"})
_ASIDE_OPENERS = frozenset({"خلال", "اثناء", "في", "عقب", "لدي", "بعد", "قبل", "امام",
                            "بحسب", "حسب", "وفق", "وفقا", "طبقا"})  # "، بحسب بيان صادر عن الرئاسة،"
# "لكنها اتهمت …": a pronoun subject of its own clause before the verb (not the impersonal أنه)
_BUT_PRONOUNS = frozenset({"لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"})
# quotation marks that may open a name after its conjunction ("و«قوات سوريا الديمقراطية»")
_OPEN_MARKS = frozenset({"«", '"', "“"})
# the losses of a side, told in a toll: "وسقوط 6 قتلى في صفوف القوات الحكومية"، "ومقتل جنديين"
_OWN_LOSSES = frozenset({"صفوف", "جنود", "جندي", "جنديا", "جنديين", "جنديان", "عسكريين", "عسكريا"})
# the men of a side that an act after a passive befalls: its members, its losses, or a single man of it
# ("قُتل عنصر في الحشد الشعبي"، "اعتُقل شرطي من …")
_VICTIM_NOUNS = _MEMBER_NOUNS | _OWN_LOSSES | {"عنصر", "منتسب", "شرطي", "ضابط", "مقاتل", "عسكري", "قيادي", "عضو",
                                               "مسلح"}
# those met, as a subject: the parties of the meeting told before
_MET_PARTIES = frozenset({"المجتمعون", "المجتمعين"})
_MEETING_LEMMAS = frozenset({"اجتماع", "لقاء", "محادثات", "جلسة"})
# unnamed sources that may be a verb's subject before it ("مصدراً أمنياً … اتهم …")
_UNNAMED_SUBJECTS = frozenset({"مصدر", "مصدرا", "مصادر", "مسؤول", "مسؤولا", "مسؤولون", "مسؤولين", "ضابط", "ضابطا",
                               "شهود", "ناشطون", "ناشطين", "مراقبون"})
# a detached object pronoun after a verb or participle: "متهمةً إياها بـ…"
_DETACHED_OBJECTS = frozenset({"اياه", "اياها", "اياهم", "اياهما", "اياهن"})
# nouns of a run of attacks before the attack noun ("لسلسلة هجمات"، "لموجة غارات")
_SERIES_NOUNS = frozenset({"سلسله", "موجه", "عده", "جمله"})
# words that attribute a figure or a report to a source ("بحسب أرقام الوحدة"، "وفق ما أفادت")
_ATTRIBUTING = frozenset({"بحسب", "حسب", "وفق", "وفقا", "نقلا", "طبقا"})
# "تعرّضت القاعدة لهجوم": to undergo (an attack, a raid)
_EXPOSED_VERBS = frozenset({"تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "يتعرضون", "تعرضا", "تعرضتا"})
# "في عدد من القرى، بينها رميش وكفركلا": among them
_AMONG_WORDS = frozenset({"بينها", "منها", "ومنها", "بينهما", "ابرزها", "اهمها"})
# quantifiers before a subject: "غادرت معظم القوات الأميركية"، "انسحبت بعض الوحدات"
# counts of some of a group told before ("عدداً منهم"، "العشرات منهم")
_SOME_COUNTS = frozenset({"عددا", "عدد", "بعض", "عشرات", "العشرات", "مئات", "المئات", "العديد", "كثيرا", "قسما", "جزءا"})
_QUANTIFIERS = frozenset({"معظم", "بعض", "غالبيه", "اغلب", "جميع", "كل", "كافه", "اغلبيه", "باقي", "بقيه"})
_HURT_PASSIVES = frozenset({"اصيب", "اصيبوا", "اصيبا", "اصيبت", "استشهد", "استشهدوا", "استشهدا", "استشهدت"})
_HURT_VERBS = frozenset({"اصيب", "اصيبوا", "اصيبا", "قتل", "قتلوا", "قتلا", "جرح", "جرحوا", "اصيبت", "قتلت"})
_HURT_ANY = _HURT_VERBS | _HURT_PASSIVES
_BOTH_SIDES = frozenset({"الطرفان", "الطرفين", "الجانبان", "الجانبين", "طرفا", "طرفي", "البلدان", "البلدين",
                         "المجموعتان", "المجموعتين"})
# the two groups: armed groups or militias, never the state's bodies ("ستتمركز القوة في النقاط التي ستخليها المجموعتان")
_GROUP_DUALS = frozenset({"المجموعتان", "المجموعتين"})
# agent codes of bodies that are no such group: government, police, army, international, business, media
_NO_GROUP_CODES = ("GOV", "COP", "MIL", "IGO", "BUS", "MED")
_ANNOUNCED_BY = frozenset({"اعلنت", "اعلن", "اعلنا", "اعلنوا", "كشفت", "كشف", "اعلان",
                           # (to come: "أن النقابة ستعلن الإضراب الشامل اعتباراً من الأحد المقبل")
                           "تعلن", "يعلن", "ستعلن", "سيعلن", "سيعلنون"})
# a batch of people moved or let through ("الدفعة الأولى من اللاجئين"، "فوج من المهجّرين"), folded
_BATCH_WORDS = frozenset({"دفعه", "الدفعه", "دفعات", "الدفعات", "فوج", "الفوج", "افواج", "الافواج"})
# a body's staff with its pronoun, after من and a count ("خمسة من مهندسيها"، "ثلاثة من موظفيه"), folded stems
_STAFF_STEMS = ("موظفي", "مهندسي", "عمال", "عاملي", "طواقم", "فنيي", "خبراء")
_RESULT_VERBS = frozenset({"اسفر", "اسفرت", "ادي", "ادت", "افضي", "افضت", "تسبب", "تسببت"})
# the first word of an official's title, opening the subject of an arriving verb
_VISITOR_TITLES = frozenset({"رئيس", "رئيسه", "وزير", "وزيره", "مبعوث", "مبعوثه", "امير", "ملك", "ولي", "نائب",
                             "سفير", "امين", "منسق", "مستشار", "زعيم", "مدير", "مساعد", "وكيل", "قائد"})
# words in the name of a police or internal security body (الشرطة، وزارة الداخلية، قوى الأمن الداخلي،
# مديرية أمن طرابلس، الأسايش، الدرك، مكافحة الشغب، القوات الأمنية)
_POLICE_WORDS = frozenset({"شرطه", "الشرطه", "الداخليه", "الامن", "امن", "الاسايش", "اسايش", "الدرك", "الشغب",
                           "الامنيه", "الامنيتين"})
# the charge of a place that is handed over ("الملف الأمني لـ"، "المسؤولية الأمنية لـ"، "إدارة …")
_CHARGE_NOUNS = frozenset({"الامني", "الامنيه", "ملف", "الملف", "مسؤوليه", "المسؤوليه", "مهام", "اداره"})
# an operation named again as the subject of its outcome ("أن العملية أسفرت عن …")
_OPERATION_ANAPHORS = frozenset({"العمليه", "الحمله", "المداهمه", "الغاره", "الضربه", "الهجوم", "العمليات"})
_AREA_NOUNS = frozenset({"المياه", "مياه", "الاراضي", "اراضي", "الاجواء", "اجواء", "سواحل", "السواحل", "حدود",
                         "الحدود", "عمق", "العمق", "اطراف", "ضواحي", "محيط", "وسط", "شمال", "جنوب", "شرق", "غرب"})
# the two families, clans or tribes told before ("بين العائلتين"، "العشيرتان"), and the heads that name them
_KIN_DUALS = frozenset({"العائلتان", "العائلتين", "العشيرتان", "العشيرتين", "القبيلتان", "القبيلتين"})
_KIN_HEADS = frozenset({"عائله", "عائلتي", "عائلتا", "العائله", "عشيره", "عشيرتي", "عشيرتا", "العشيره", "قبيله", "قبيلتي",
                        "قبيلتا", "القبيله"})
# "طرفي النزاع"، "الطرفين": the sides a call or a threat is addressed to ("جميع الأطراف" too)
_SIDES_NOUNS = frozenset({"طرفي", "الطرفين", "طرفا", "الطرفان", "الجانبين", "المجموعتين", "المجموعتان", "الفصيلين",
                          "الكتيبتين"})
# the fighting whose sides are called on ("أطراف النزاع"، "أطراف الصراع")
_CONFLICT_NOUNS = frozenset({"النزاع", "الصراع", "القتال", "الحرب"})
# the men of a body whose fire hit someone ("برصاص قناصة الحوثيين"، "بنيران مسلحي الحركة")
_SHOOTERS = frozenset({"قناص", "قناصه", "قناصي", "مسلحي", "عناصر", "جنود", "مقاتلي"})
# hastening or taking the initiative to act (status.tsv aux verbs): "سارع الجيش إلى الانتشار"
_HASTENING = frozenset({"سارع", "بادر"})
# "يُنتظر أن يصل": who is expected to act is named before these, with أن and the verb after
_EXPECTED = frozenset({"ينتظر", "يتوقع", "يرتقب", "تنتظر", "تتوقع"})
# adjectives of what is scheduled, after its noun ("اجتماعها المقرر الأسبوع المقبل")
_SCHEDULED = frozenset({"المقرر", "المقرره", "المرتقب", "المرتقبه", "المزمع", "المزمعه"})
# "يُنتظر أن يصل"، "من المقرر أن": the words between a visitor told before and his arriving verb
_AWAITED = _EXPECTED | {"ان", "من", "المقرر", "المنتظر", "المتوقع", "قد"}
# "قوات يقودها المجلس الانتقالي": a force and the body that leads it
_LEADING_IT = frozenset({"يقودها", "تقودها", "يقوده", "تقوده", "يقودهم", "تقودهم"})
# people who belong to a body: "مئات الشباب المنتمين إلى حركة …"
_BELONGING = frozenset({"المنتمين", "المنتمون", "المنتسبين", "المنتسبون", "المنتمي", "المنتميه", "المنضوين"})
# "الوزراء المحسوبين على حركة أمل"، "النواب المنتمين إلى حزب الدعوة": counted as of a body, or belonging to it
_AFFILIATED = _BELONGING | {"المحسوبين", "المحسوبون", "المحسوب", "المحسوبه", "المحسوبتين"}
# "نُسبت إلى"، "المنسوبة إلى": an act ascribed to a party, who did it (its "إلى" names no target)
_ASCRIBED = frozenset({"نسبت", "نسب", "تنسب", "ينسب", "المنسوبه", "المنسوب", "منسوبه", "منسوب"})
# verbal nouns whose genitive is their doer: "طالب بانسحاب القوات الإسرائيلية" (the forces are to withdraw)
# (not "دعا إلى دعم الجيش": the genitive of a transitive noun is what it acts on)
_DOER_GENITIVE_NOUNS = frozenset({"انسحاب", "خروج", "رحيل", "مغادره", "تراجع", "التزام", "امتثال", "كف", "توقف",
                                  "عوده", "تنحي", "استقاله", "انخراط", "مشاركه"})
# a border or a crossing "between" two states: "الحدود بين البلدين"، "المعبر الحدودي بين لبنان وسوريا"
_BORDER_WORDS = frozenset({"الحدود", "حدود", "الحدودي", "الحدوديه", "معبر", "المعبر", "المعابر", "الطريق", "طريق",
                           "الرابط", "الرابطه", "الفاصل", "الفاصله", "الحدوديين"})
# the front of a site a crowd gathers before ("أمام بوابة الميناء"، "أمام مقر الولاية")
_FRONTS_OF_SITES = frozenset({"بوابه", "مقر", "مدخل", "مبني", "باب"})
# backing the force that acts: "مدعومة بعناصر من …"، "بدعم من …"، "بمساندة …"، "بإسناد من …"
_BACKING = ("مدعوم", "بدعم", "بمسانده", "باسناد", "مسنود")
# columns, patrols and armour that set out ("انطلق رتل"، "تحركت دورية"، "توجهت آليات")
_COLUMN_WORDS = frozenset({"رتل", "رتلا", "ارتال", "دوريه", "دوريات", "اليه", "اليات", "مدرعات"})
# an aside of whom an act was done with: "، بالتنسيق مع وحدات حرس الحدود،"
_JOINT_WITH = frozenset({"بالتنسيق", "بالتعاون", "بمشاركه"})
# a minister's or a president's counterpart: the one met, the object of a meeting verb
_COUNTERPART = frozenset({"نظيره", "نظيرته", "نظيريه", "نظيرها", "نظراءه", "نظيرهما"})
# nouns that count times or spans, adverbs after a verbal noun and its genitive, not its object
# adverbs in the accusative that tell how an act was done, folded ("حبس المتهمين احتياطياً"، "إغلاق المعبر مؤقتاً")
_MANNER_ADVERBS = frozenset({"احتياطيا", "مؤقتا", "فورا", "رسميا", "نهائيا", "جزئيا", "كليا", "مجددا", "مجانا", "سرا",
                             "علنا", "يوميا", "حاليا", "لاحقا", "مسبقا", "تحفظيا", "قسرا", "عمدا"})
_ADVERBIAL_NOUNS = frozenset({"مره", "مرات", "ليله", "ساعه", "ساعات", "فتره", "لحظه", "مده", "دفعه", "جوله", "بضعه"})
# "على يد"، "على أيدي": at the hands of, the doer of an act told in the passive or by its noun
_HANDS = frozenset({"يد", "ايدي", "يدي"})
# by the mediation, under the auspices or in the presence of ("بوساطة أعيان المدينة"، "برعاية الأمم المتحدة")
_MEDIATED_BY = frozenset({"بوساطه", "بوساطات", "برعايه", "بحضور"})
# sending out patrols ("سيّرت"، "يسيّر"، "تسيير"): patrols made, not met
_PATROL_VERBS = frozenset({"سير", "سيرت", "سيروا", "يسير", "تسير", "يسيرون", "نسير", "تسيير"})
# loyal or close to a side ("خلية موالية لتنظيم داعش"، "مجموعة مقربة من الحرس الثوري"): an adjective of who it is
_LOYAL_TO = frozenset({"مواليه", "موالي", "موالين", "مقربه", "مقرب", "مقربين", "محسوبه", "محسوب", "محسوبين"})
_TARGET_NOUNS = frozenset({"مواقع", "موقع", "مقرات", "مقر", "معاقل", "مخازن", "تجمعات", "عناصر", "مسلحي", "قواعد",
                           "مخابئ", "مخبا", "اوكار", "وكر", "معسكرات", "معسكر", "جيوب", "تحصينات", "ثكنه", "ثكنات",
                           "مستودعات", "مستودع", "منصات", "نقاط", "نقطه", "اهداف", "بنيه", "بني",
                           # a patrol, a checkpoint, a convoy of a force: "استهدفت دورية للجيش العراقي"
                           "دوريه", "دوريات", "حاجز", "حواجز", "موكب", "رتل", "ارتال", "تعزيزات",
                           # "غارة جوية على تجمع لعناصر الحركة": a gathering of fighters struck
                           "تجمع",
                           # "ضربتين جويتين دمرتا مضافتين لعناصر داعش": the guesthouses of an armed group (Iraqi
                           # usage), its dual and plural
                           "مضافه", "مضافات", "مضافتين", "مضافتان", "موقعين", "مقرين"})
# a force's vehicle or post, named indefinite before the force with ل ("استهدفت عبوة ناسفة عجلة للشرطة المحلية"،
# "هاجم مسلحون مركزاً للشرطة"), and the complement that names a target's kind ("نقطة تفتيش للجيش"): its owner is hit
_OWNED_VEHICLES_AND_POSTS = frozenset({"سياره", "سيارات", "عجله", "عجلات", "مركبه", "مركبات", "اليه", "اليات",
                                       "عربه", "عربات", "حافله", "ناقله", "ناقلات", "مدرعه", "مدرعات", "مركز", "مراكز",
                                       "مخفر", "مخافر", "برج", "ابراج", "سفينه", "زورق", "زوارق", "طائره", "مروحيه"})
_TARGET_KINDS = frozenset({"تفتيش", "مراقبه", "حراسه", "امنيه", "عسكريه", "تفتيشيه", "قتاليه", "حربيه"})
# the villages and homes of a tribe or a clan ("على قرى قبيلة آل غانم"، "منازل عائلة")
_HOMES = frozenset({"قري", "منازل", "بيوت", "مضارب", "بلدات", "مساكن"})
_NOUN_ADJECTIVES = frozenset({"صاروخي", "جوي", "مدفعي", "انتحاري", "عنيف", "مكثف", "متبادل", "اسرائيلي",
                              "امريكي", "اميركي", "تركي", "روسي", "مسلح", "واسع", "جديد", "مماثل"})
# the dead and wounded an announcement counts, and what links them to the attack that hit them
# words that open what a meeting is about
_TOPIC_OPENERS = frozenset({"لبحث", "لمناقشه", "لاستعراض", "لمتابعه", "لتناول", "حول", "بشان", "لتعزيز"})
# acts done by saying them, whose present tense reports them made
_SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"})
_CASUALTY_NOUNS = frozenset({"مقتل", "اصابه", "استشهاد", "سقوط", "جرح", "مصرع", "قتلي", "جرحي", "ضحايا", "وفاه"})
# a claim with the attack's pronoun, told after its toll: "لهجوم … أسفر عن مقتل ثلاثة جنود، تبنّته الحركة"
_CLAIMED_IT = frozenset({"تبناه", "تبنته", "تبنوه", "تبناها", "تبنتها", "تبنوها"})
# an act put down to a party, with the act's pronoun ("في عمل نسبته مصادر عسكرية إلى …")
_PUT_DOWN_TO = frozenset({"نسبته", "نسبتها", "نسبه", "نسبها", "نسبوه", "نسبوها"})
# a denial of what was said, with its pronoun ("وهو ما نفته «قسد»")
_DENIED_IT = frozenset({"نفته", "نفاه", "تنفيه", "ينفيه", "نفوه", "نفتها", "نفاها"})
# what is said to be aimed at something without striking it ("الحملة تستهدف …"، "عملياتها تستهدف …")
_AIMED_THINGS = frozenset({"حمله", "حملات", "عمليات", "عملياتها", "عملياته", "عمليه", "مهمه", "تدريبات", "تمرين",
                           "مناورات", "خطه", "اجراءات", "قرار", "قرارات", "تحركات", "جهود"})
# verbs and participles of calling on people to act ("دعت النقابة إلى مسيرة")
_CALLING = frozenset({"دعا", "دعت", "دعوا", "يدعو", "تدعو", "داعيا", "داعيه", "داعين", "دعوه", "دعوتها", "دعوته"})
# verbs and participles of demanding ("طالب المتظاهرون بـ…"، "مطالبين بـ…")
_DEMANDING = frozenset({"طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "مطالبا", "مطالبه", "مطالبين",
                        "المطالبه", "ناشد", "ناشدت", "مناشدا", "مناشده"})
# the noun of an attack whose site is told again ("موقع الغارة"، "مكان الانفجار")
_ATTACK_SITES = frozenset({"الغاره", "الهجوم", "الانفجار", "الحادث", "الحادثه", "التفجير", "القصف", "الاستهداف",
                           "الضربه", "الاعتداء"})
# what a party accused of an attack is charged with, right after it: "اتهمت X بإطلاق القذائف"، "بالوقوف وراءه"،
# "حمّلت X المسؤولية"
_CHARGES_OF_AN_ATTACK = ("بالوقوف", "بتنفيذ", "باطلاق", "بشن", "المسؤوليه", "مسؤوليه")
# the nouns of a strike whose weapon is told after it (not «عملية»: an operation may bring in drones it strikes none with)
_STRIKE_NOUNS = _ATTACK_NOUNS - {"عمليه", "استهداف"}
_CAUSE_PREPS = frozenset({"في", "جراء", "اثر", "خلال", "عقب", "بعد", "نتيجه", "بسبب", "بفعل", "ب"})
_NON_AGENTIVE = frozenset({"مقتل", "انفجار", "انفجر", "تفجر", "انتحاري", "عبوة_ناسفة", "عبوات_ناسفة", "سيارة_مفخخة",
                           "سيارات_مفخخة", "شاحنة_مفخخة", "حزام_ناسف", "قذائف_هاون", "قذيفة_هاون", "اشتباك"})
# prepositions that put a place as where something happened, not as what was handed over
_SCENE_PREPS = frozenset({"في", "ب", "قرب", "قباله", "عند", "داخل", "امام"})
# the seat of a body a protest is held before: "أمام مقر الشركة"، "أمام مبنى وزارة العمل"
_SEATS = frozenset({"مقر", "مبني", "مقار", "مباني"})
# verbs of holding a protest, with its pronoun: "اعتصام كان ينفذه عشرات من السكان"
_HOLDING_IT = frozenset({"ينفذه", "تنفذه", "نفذه", "نفذته", "ينظمه", "تنظمه", "نظمه", "نظمته", "يخوضه", "تخوضه",
                         "خاضه", "خاضته", "ينفذونه", "ينظمونه", "يخوضونه", "نفذوه", "نظموه", "خاضوه"})
# what a strike is from: work or study ("أضرب … عن العمل"), or food (a hunger strike)
_OFF_WORK = frozenset({"العمل", "الدراسه", "التدريس", "الدوام"})
_OFF_FOOD = frozenset({"الطعام"})
# "إلى موقع الاشتباكات"، "إلى مكان الحادث": where an act told before took place, and the kinds of act each word names
_SITE_OF_WORDS = frozenset({"موقع", "مكان", "منطقه", "ساحه"})
_INCIDENT_KINDS = {
    **dict.fromkeys(("الاشتباكات", "الاشتباك", "الحادث", "الحادثه", "الهجوم", "الانفجار", "التفجير", "المواجهات",
                     "الاقتتال", "القصف", "الاعتداء", "الغاره", "الكمين", "الاحداث"), ("ASSAULT",)),
    **dict.fromkeys(("الاحتجاج", "الاحتجاجات", "الاعتصام", "التظاهره", "التظاهرات", "المظاهره", "التجمع"),
                    ("PROTEST",)),
}
# "خلال الزيارة"، "عقب الهجوم": a definite event noun after these refers to an event told before
_REF_PREPS = frozenset({"خلال", "اثناء", "عقب", "اثر", "اعقاب", "اعقب", "اعقبت", "بعيد"})
# what an attack reached or left behind, told in a relative clause: "المنازل التي طالها القصف"، "الأضرار التي خلفها
# الهجوم": the attack named again, not a new one
_LEFT_BY = frozenset({"طالها", "طاله", "طالتها", "طالته", "طالهم", "طالتهم", "خلفها", "خلفه", "خلفتها", "خلفته",
                      "احدثها", "احدثه", "احدثتها", "احدثته"})
_NEG_PARTICLES = frozenset({"لم", "لن", "لا", "ليس", "ما", "عدم", "ولم", "ولن", "ولا", "وليس", "وعدم"})
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء", "اولئك"})
# nouns of stopping an attack: "إحباط هجوم"، "صد هجوم" (who stops it was attacked)
_FOILING = frozenset({"صد", "احباط", "افشال", "اجهاض", "تصدي", "منع", "دحر", "ردع"})
# verbs of firing or laying a weapon, in its relative clause: "بقذائف أطلقها …"، "بعبوة زرعها …"
_FIRING_VERBS = frozenset({"اطلق", "اطلقت", "اطلقوا", "زرع", "زرعت", "زرعوا", "القي", "القت", "القوا", "فجر", "فجرت", "فجروا"})
# what is fired from somewhere, past its firing verbs: the present and انطلق ("أُطلقت من الأراضي السورية")
_LAUNCHED = _FIRING_VERBS | {"يطلق", "تطلق", "يطلقون", "انطلقت", "انطلق"}
# members of a group, hit: "قيادي في الحركة"، "عنصر في الحزب"
_REPRESENTATIVES = frozenset({"ممثلين", "ممثلي", "ممثلون", "ممثلا", "ممثل", "ممثله", "ممثلات"})
_MEMBERS = frozenset({"وفد", "وفدا", "قيادي", "قائد", "عنصر", "عناصر", "مسلح", "مسلحين", "مسلحون", "مقاتل", "مقاتلين", "مقاتلون", "عضو", "اعضاء", "مسؤول",
                      "قياديا", "عنصرا", "قياديين", "قائدين", "قاده", "مسؤولين", "مسؤولا", "ضابط", "ضابطا", "ضباط",
                      # "طالبت قوى في الإطار التنسيقي بـ…"، "انسحب نواب من الكتلة": parts of a body act for it
                      "قوي", "اطراف", "نواب", "قيادات"})

# operations that are a verb's subject when told right before it ("عملية إنزال جوي …، استهدفت …")
_OPERATION_NOUNS = frozenset({"عمليه", "عمليات", "مداهمه", "مداهمات", "حمله", "حملات", "غاره", "غارات", "ضربه", "ضربات",
                              "انزال"})
# cells and bands of a body, acting for it: "هاجمت خلايا تابعة لتنظيم داعش …"، "مجموعة من الحركة"
_CELLS = frozenset({"خلايا", "خليه", "مجموعه", "مجموعات", "مجاميع"})


def _is_member(word: str) -> bool:
    """A member noun, bare or definite ("قيادي"، "القيادي في حركة حماس")."""
    return word in _MEMBERS or (word.startswith("ال") and word[2:] in _MEMBERS)


def _seat_of_body(v: DocView, o: Occ) -> bool:
    """A city right after a body, with في ("الحكومة الفيدرالية في مقديشو"): where the body sits, not a party."""
    return v.is_place(o.eid) and v.prep_of(o) == "في" and any(
        p.t1 == o.t0 - 2 and not v.is_place(p.eid) and v.is_actorish(p.eid) for p in v.occs_in(max(0, o.t0 - 12), o.t0))


def alleged_party(v: DocView, lo: int, hi: int) -> str | None:
    """The side a claim ascribes its target to ("زعم الجيش أن الغارة استهدفت عنصرين في حزب الله"، "مركز قيادة تابعاً
    لحركة حماس"، "معبراً يستخدمه حزب الله"): an organisation named as the owner of a member or a site within tokens
    [lo, hi); not the side a claimant says it hit ("زعمت الحركة أنها قتلت عشرات الجنود من الجيش")."""
    for o in v.occs_in(lo, hi):
        if v.by_id[o.eid].type != "ORG" or not v.is_actorish(o.eid) or v.is_outlet(o.eid):
            continue
        prev, prev2 = v.bare(o.t0 - 1), v.bare(o.t0 - 2)
        if "ل" in o.prefix and prev.removeprefix("ال").startswith("تابع"):
            return o.eid  # "تابعاً لحركة حماس"، "التابعة لحزب الله"
        if prev in ("في", "من") and any(_is_member(v.bare(j)) or (v.bare(j).endswith(("ان", "ين")) and _is_member(
                v.bare(j)[:-2])) for j in range(max(lo, o.t0 - 3), o.t0 - 1)):
            return o.eid  # "عنصرين في حزب الله"، "مسلحين من حماس"، "عنصرين بارزين في حركة حماس"
        if o.t0 - 1 >= lo and prev[:1] in ("ي", "ت") and prev[1:].startswith(("ستخدم", "ستعمل", "تخذ", "دير")) \
                and prev.endswith(("ه", "ها")) and not o.prefix:
            return o.eid  # "معبراً يستخدمه حزب الله": the site's user (not "وحدات تابعة لما تسميه …")
        if prev == "الي" and prev2.removeprefix("ال").startswith(("ينتم", "منتم", "تنتم")):
            return o.eid  # "عناصر ينتمون إلى الحركة"
    return None


# CAMEO codes of UN agencies for development, refugees, children and health (UNDP, WFP, UNHCR, UNICEF, WHO):
# their convoys carry relief
_RELIEF_AGENCY_CODES = ("IGOUNODEV", "IGOUNOREF", "IGOUNOKID", "IGOUNOHLH")


def _relief_code(code: str) -> bool:
    """A relief or development body's CAMEO code: a non-governmental body or one of those UN agencies."""
    return code.startswith("NGO") or code.startswith(_RELIEF_AGENCY_CODES)


# what a relief agency sends (folded): "إرسال قافلة ثانية"، "أرسلت المنظمة شحنة"
_RELIEF_LOADS = frozenset({"قافله", "قوافل", "شحنه", "شحنات", "القافله", "القوافل"})
# heading for a place ("قافلة متجهة إلى الأردن"، "السفينة المتوجهة إلى ميناء"): a target's route (folded)
# a road's participle of where it leads: "الطريق المؤدي إلى …"، "الطرق المؤدية إلى …"
_LEADING_TO = frozenset({"المؤدي", "المؤديه", "مؤدي", "مؤديه"})
# verbs of recording or occurring whose negation before «أي» denies the act: "لم تسجل أي توقيفات"
_RECORDING = frozenset({"تسجل", "يسجل", "نسجل", "تسجيل", "يقع", "تقع", "وقوع", "يحدث", "تحدث", "حدوث", "ترصد", "يرصد",
                        "رصد"})
# what joins a road's two ends: "الطريق الرابط بين X وY"، "الذي يربط X بـY"
_LINKING = frozenset({"الرابط", "الرابطه", "رابط", "الواصل", "الواصله", "يربط", "تربط"})
# people fleeing or displaced before a place of direction: where they went, not where anything was done to them
_FLEEING = frozenset({"نزوح", "نزح", "نزحت", "نزحوا", "فرار", "فر", "فروا", "هروب", "هربوا", "لجوء", "تهجير", "نازحين",
                      "النازحين", "نازحون", "فارين", "الفارين"})
_HEADING = frozenset({"متجهه", "المتجهه", "متجها", "المتجه", "متجه", "متجهين", "المتجهين", "متوجهه", "المتوجهه",
                      "متوجها", "المتوجه", "متوجه", "متوجهين", "المتوجهين", "طريقها", "طريقه", "طريقهم"})
# verbs and participles of claiming, an allegation when the claim names a side (need "allegation")
_ALLEGING = frozenset({"زعم", "ادعى", "زاعما", "مدعيا"})
# "تبنّت الحركة الهجوم": the subject of a claim of responsibility carried out the attack
_CLAIM_VERBS = frozenset({"تبني", "تبنت", "تبنوا", "يتبني", "تتبني", "يتبنون"})
# a meeting that brought its parties together: "اجتماع ضم وزراء …"، "قمة جمعت الرئيسين"
# verbs of announcing whose object may be a verbal noun of what the announcer did ("أعلن … فرض عقوبات")
_ANNOUNCING_VERBS = frozenset({"اعلن", "اعلنت", "قرر", "قررت", "يعلن", "تعلن"})
_GATHERING_VERBS = frozenset({"ضم", "يضم", "تضم", "ضمت", "جمع", "يجمع", "تجمع", "جمعت"})
# weapons and strikes a nationality adjective can qualify ("بطائرة مسيّرة تركية"، "برصاص قناص إسرائيلي")
_WEAPON_NOUNS = frozenset({"طائره", "طائرات", "مسيره", "مسيرات", "غاره", "غارات", "ضربه", "ضربات", "صاروخ", "صواريخ",
                           "قذيفه", "قذائف", "رصاص", "نيران", "قصف", "مقاتلات", "مروحيه", "مروحيات", "زورق", "زوارق",
                           "بارجه", "مدفعيه", "دوريه", "دوريات", "قناص", "قناصه", "قوه", "قوات"})


# "نافيةً …": a participle of denial, which denies what follows it, not what came before
_DENYING_PARTICIPLES = frozenset({"نافيا", "نافية", "نافيين"})
# a report denied: "نفى … ما تردد عن …"، "نفت ما تداولته وسائل إعلام بشأن …"
_REPORT_VERBS = frozenset({"تردد", "يتردد", "اشيع", "يشاع", "تداولته", "تداولت", "يتداول", "نشرته", "نشرت", "اوردته",
                           "اوردت", "ذكرته", "راج", "يروج", "تناقلته", "تناقلت", "اثير"})
_REPORT_NOUNS = frozenset({"الانباء", "انباء", "التقارير", "تقارير", "الاخبار", "اخبار", "الشائعات", "شائعات",
                           "المعلومات", "الادعاءات", "ادعاءات", "المزاعم", "مزاعم", "الروايات"})
# a course of things a state of affairs endangers ("يهدد استمرار …"), which a party may threaten too
# ("إسرائيل تهدد بتكرار الضربات"): read as a threat only with a party as subject
_ENDANGERED_COURSES = frozenset({"تكرار", "استمرار", "عوده"})
# a manner after ب, not a thing brandished: "لوّح بفرح"، "بحرارة"
_MANNER_WORDS = frozenset({"بحراره", "بفرح", "بحماس", "بسعاده", "بابتسامه", "بالتحيه", "بتحيه", "بالنصر", "بشاره",
                           "بعلامه", "بالاعلام", "باعلام", "بالرايات", "برايات", "بالعلم", "بعلم", "بالورود"})
_CONFIRM_VERBS = frozenset({"اكد", "اكدت", "اكدوا", "يؤكد", "تؤكد", "اكده", "اكدته", "اكدها", "مؤكدا", "مؤكده"})
_DENY_VERBS = frozenset({"نفي", "نفت", "ينفي", "تنفي", "نفوا", "نافيا", "نافيه", "نافيين"})
# units of a length of time: "استمر عدة ساعات"، "استمرت يومين"
_DURATION_UNITS = frozenset({"ساعه", "ساعات", "ساعتين", "ساعتان", "دقائق", "دقيقه", "يوم", "يوما", "يومين", "ايام",
                             "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "شهور", "عام", "عامين", "اعوام",
                             "سنه", "سنتين", "سنوات"})
# answering with an attack: "ردّت القوات بهجوم مضاد"، "ردّ الجيش بقصف مواقع …"
_REPLY_VERBS = frozenset({"رد", "ردت", "ردوا", "يرد", "ترد", "يردون"})


# the adverbial accusatives that open a protest's or a statement's purpose: "تنديداً بـ"، "احتجاجاً على"، "تضامناً مع"
# the purposes of a protest held against something ("احتجاجاً على"، "رفضاً لـ"، "تنديداً بـ") and the measures
# whose author it is held against ("قرار وزارة الصناعة"، "سياسات الحكومة")
# assets, funds or accounts that may be frozen (folded)
_ASSETS = frozenset({"اصول", "الاصول", "اموال", "الاموال", "ارصده", "الارصده", "حسابات", "الحسابات", "ممتلكات",
                     "الممتلكات", "اصولا", "اموالا"})
# what is boycotted: classes, exams, elections, goods, sessions, talks (folded)
_BOYCOTTED = frozenset({"الدروس", "دروس", "الدراسه", "الامتحانات", "امتحانات", "الانتخابات", "انتخابات", "الاقتراع",
                        "التصويت", "الاستفتاء", "المنتجات", "منتجات", "البضائع", "بضائع", "السلع", "سلع", "الجلسات",
                        "جلسات", "جلسه", "الجلسه", "الحوار", "المفاوضات", "الاجتماعات", "اجتماعات", "المؤتمر", "القمه",
                        "الحصص", "المحاضرات", "التدريس", "العمل", "الاستحقاقات", "الاستحقاق"})
# the nouns of air defence, whose "الجوية" names no air strike (folded)
_AIR_DEFENCE_HEADS = frozenset({"الدفاعات", "دفاعات", "الدفاع", "دفاع", "منظومه", "منظومات", "المنظومه", "المنظومات"})
# what a body comprises ("لجنة تضم ضباطاً من الجيش"، "مؤلفة من"، "بعضوية") (folded)
_COMPRISING = frozenset({"تضم", "يضم", "تتالف", "يتالف", "مؤلفه", "مكونه", "بعضويه", "تتكون", "يتكون"})
# the kind of a body, told before its name ("مقر حزب الاتحاد الوطني الكردستاني") (folded)
_BODY_KIND_WORDS = frozenset({"حزب", "حركه", "جماعه", "تنظيم", "تيار", "جبهه", "فصيل", "ائتلاف"})
# plural spans of time, with the article ("خلال الأشهر المقبلة"، "الأيام القليلة القادمة") (folded)
_FUTURE_SPAN_NOUNS = frozenset({"الايام", "الاسابيع", "الاشهر", "الشهور", "السنوات", "الاعوام", "الساعات", "الفتره",
                                "المرحله"})
# counted spans' adjectives ("الأشهر الستة المقبلة") (folded)
_COUNT_ADJECTIVES = frozenset({"الثلاثه", "الاربعه", "الخمسه", "السته", "السبعه", "الثمانيه", "التسعه", "العشره",
                               "الثلاث", "الاربع", "الخمس", "الست", "العشر"})
# spans of time a count is told over, no date of their own ("خلال أسبوع واحد"، "خلال يومين") (folded)
_SPANS = frozenset({"اسبوع", "اسبوعين", "يوم", "يومين", "شهر", "شهرين", "ساعات", "ايام", "اسابيع", "الاسبوع",
                    "الايام", "الساعات", "اشهر", "الشهر"})
_AGAINST_WORDS = frozenset({"احتجاجا", "رفضا", "تنديدا", "استنكارا"})
# what a speaker asks or acts to stop ("لوقف استهداف المدنيين"، "بإنهاء الحصار"), folded, a clitic stripped
_STOPPING = frozenset({"وقف", "ايقاف", "انهاء", "منع"})
_MEASURE_NOUNS = frozenset({"قرار", "قرارات", "سياسه", "سياسات", "اجراءات", "اجراء", "تعليمات", "ممارسات", "خطه",
                            "مرسوم", "قانون", "تدابير"})
# and every purpose of a protest or a statement, for or against ("تضامناً مع"، "دعماً لـ")
# words around a count: "نحو 3 آلاف"، "أكثر من 200"، "قرابة عشرات"
_COUNT_HEDGES = _APPROX | {"اكثر", "اقل", "من", "الاف", "الف", "مئات", "عشرات"}
# a town or village told again by its noun ("المدينة الواقعة شرقي العاصمة")
_TOWN_TOLD_AGAIN = frozenset({"المدينه", "البلده", "القريه", "المنطقه", "الناحيه", "القضاء"})
# words opening a time clause of another act ("بعد أيام من مشاجرة …")
_BEFORE_AFTER = frozenset({"بعد", "اثر", "عقب", "اعقاب", "قبل"})
# the wounded an act resulted in, a toll whose deaths told after it are the same act's
_WOUNDED_NOUNS = frozenset({"اصابه", "جرح", "سقوط", "وقوع", "اصابات"})
# what a force is sent to stop or hunt down, before those it is sent against ("لمنع تسلل المسلحين")
_SENT_TO_STOP = frozenset({"لمنع", "لملاحقه", "لمطارده", "لتعقب", "لمواجهه", "لصد", "لردع", "لمنعهم"})
_PURPOSE_WORDS = _AGAINST_WORDS | {"تضامنا", "دعما", "تاييدا", "نصره"}
# what is said in (في بيان وصفت فيه …، عبر تغريدة قال فيها …): its verb's subject is who issued it
_SAYING_NOUNS = frozenset({"بيان", "تصريح", "تصريحات", "كلمه", "رساله", "تغريده", "تدوينه", "منشور", "مقابله", "خطاب"})
# what a speaker issues or holds, in any case, with a relative clause of what it says (beside _SAYING_NOUNS,
# the statement after في/عبر): "بياناً تدين فيه"، "مؤتمراً صحفياً يتهم فيه"
_SPEAKERS_OWN_WORDS = frozenset({"بيان", "بيانا", "مؤتمر", "مؤتمرا", "خطاب", "خطابا", "رساله", "كلمه", "تصريحات",
                                 "مذكره", "تغريده", "منشورا", "منشور", "تسجيل", "تسجيلا"})
# أنّ and its clitic forms: what opens a reported clause ("أكدت الوزارة أن الجيش …")
_THAT_WORDS = frozenset({"ان", "بان", "لان", "وان"})
# verbs that say what an accord or a decision provides for ("اتفاق ينص على …"، "مذكرة تقضي بـ …")
_PROVIDES_FOR = frozenset({"يقضي", "تقضي", "ينص", "تنص", "يتضمن", "تتضمن"})
# أنّ with its subject's pronoun: "أنه"، "بأنها"
_THAT_PRONOUNS = frozenset({"انه", "انها", "انهم", "بانه", "بانها"})
# what a crowd raises, whose words are the crowd's: "لافتات تطالب بـ…"، "لافتات تندد بـ…" (folded)
_BANNERS = banner_words()  # what protesters carry or chant (lang/ar/banners.tsv), shared with attribution
# verbs of calling or deeming a told act something ("معتبراً أنها استهداف متعمد للمدنيين") (folded)
_CHARACTERISING = frozenset({"اعتبر", "اعتبرت", "اعتبروا", "معتبرا", "معتبره", "معتبرين", "يعتبر", "تعتبر", "وصف",
                             "وصفت", "واصفا", "واصفه", "واصفين", "عد", "عدت", "عادا", "عاده"})
# the verb of being before a subject and قد ("أن تكون الإدارة قد …"، "وكانت الشرطة قد …") (folded)
_BEING_FORMS = frozenset({"تكون", "يكون", "كان", "كانت", "وكان", "وكانت", "يكونوا", "كانوا"})
# what a threat of answering an attack promises: "برد موجع"، "بالرد"، "بالانتقام" (folded, without clitics)
_REPLY_NOUNS = frozenset({"رد", "الرد", "انتقام", "الانتقام", "ثار", "الثار"})
# "but", opening a clause of its own: "لكنه رفض …"، "ولكن الحكومة …"
_BUT_WORDS = frozenset({"لكن", "لكنه", "لكنها", "لكنهم", "ولكن", "ولكنه", "ولكنها", "ولكنهم"})
# what a clause's subject may follow: أنّ, or كان of a pluperfect ("وكان الجيش قد تعرض لهجوم")
_CLAUSE_OPENERS = _THAT_WORDS | {"كان", "وكان", "كانت", "وكانت"}
# "وباتت تنشر نحو 350 عنصراً"، "وأصبحت تسيطر": a coordinated verb of becoming before a present verb
_BECOME_VERBS = frozenset({"وبات", "وباتت", "واصبح", "واصبحت", "فباتت", "فاصبحت"})
# "برئاسة X"، "يترأسه X": X chairs (a meeting's holder, nobody's target)
_CHAIRED_BY = frozenset({"برئاسه", "يراسه", "يراسها", "تراسه", "تراسها", "يتراسه", "يتراسها"})


# agent codes of an armed force: a state's forces, police and intelligence, rebels and armed groups
_ARMED_CODES = ("MIL", "REB", "UAF", "COP", "SPY")


def _security_body(e: Entity, codes: tuple[str, ...] = ("MIL", "COP", "SPY")) -> bool:
    """A state's force or security body: an organisation whose agent code is military, police or intelligence
    (or any of ``codes``: with rebels and armed groups, "REB", "UAF", any armed force)."""
    return e.type == "ORG" and any(k in (e.actor_code or "") for k in codes)


def _place_named_back(v: DocView, x: int) -> bool:
    """A place the article named before, named back by its kind: "في المحافظة"، "بالمدينة"، "في البلاد"."""
    b = v.bare(x)
    if b.startswith("بال"):
        return b[3:] in _PLACE_HEADS or b[1:] in ("العاصمه", "البلاد")
    # (or where people are from: "طالب شيوخ عشائر من المنطقة الحكومة الاتحادية بـ…")
    return x > 0 and v.bare(x - 1) in ("في", "داخل", "من") and (
        b.startswith("ال") and b[2:] in _PLACE_HEADS or b in ("العاصمه", "البلاد"))


# entering a strike or a sit-in: "دخل العمال في إضراب"
_ENTERING = frozenset({"دخل", "دخلت", "دخلوا", "يدخل", "تدخل", "يدخلون"})
# verbs of responding, whose subject did the act it responded with ("ردّت القوات بقصف")
_RESPONDING = frozenset({"رد", "ردت", "ردوا", "يرد", "ترد", "يردون"})


# «كان» before a light verb in the present: a noun's relative clause told in the past ("اعتصاماً كان ينفذه الطلبة")
_WAS = frozenset({"كان", "كانت", "كانوا"})


def _light_present(folded: str) -> bool:
    """A light verb in the present with its object pronoun ("ينفذه"، "تنفذه")."""
    base = _unsuffixed(folded)
    return bool(base) and base[:1] in ("ت", "ي") and base[1:] in _LIGHT_VERBS


# prepositions of a phrase fronted before the main clause ("مع وصول القافلة، نظم …"، "عقب انتهاء الاجتماع، عقد …")
_FRONTED_PREPS = frozenset({"مع", "بعد", "عقب", "اثر", "قبل", "خلال", "اثناء", "اعقاب"})


@lru_cache(maxsize=1 << 14)  # asked of the words before every noun trigger: per word form, cached
def _light_verb(folded: str) -> bool:
    """A light verb ("شنّ"، "نفّذ"، "فرضت"), with a conjunction or an object pronoun or without."""
    for w in (folded, folded[1:] if folded[:1] in "وف" else ""):
        if w and (w in _LIGHT_VERBS or _unsuffixed(w) in _LIGHT_VERBS):
            return True
        # in the future: "ستقدّم واشنطن مساعدات"، "سيعقد المجلس جلسة" (the present form after سـ)
        if w[:2] in ("ست", "سي") and len(w) > 4 and w[1:] in _LIGHT_VERBS:
            return True
    return False


def _troop_count(q: Quantity) -> bool:
    """A count of troops or personnel, not of a company's staff ("60 من موظفيها")."""
    return q.unit in ("troops", "personnel") and "موظف" not in fold_text(q.text)


def _national_capital(e: Entity) -> bool:
    """A city that is its country's capital (طهران، أنقرة، بغداد), which news uses for its government."""
    nat = _actor_lexicon().capitals.get(fold_text(e.name_ar))
    return nat is not None and nat.iso2 == e.country


# circumstantial participles of using, after a comma: "…، مستخدمةً القنابل المسيلة للدموع"
# the passive of "to use" that opens an attack's relative clause: "استُخدمت فيها الأسلحة الثقيلة"
_USED_IN = frozenset({"استخدمت", "استخدم", "استعملت", "استعمل", "تستخدم", "يستخدم"})
_USING = frozenset({"مستخدمه", "مستخدما", "مستخدمين", "مستعمله", "مستعملا", "مستعملين"})
# verbs of taking the wounded somewhere: "نُقلوا إلى مستشفى …"، "أسعف إلى …"
_TAKEN_VERBS = frozenset({"نقل", "نقلوا", "نقلت", "نقلا", "نقلهم", "نقلتهم", "اسعف", "اسعفوا", "اسعفت", "اسعافهم",
                          "نقلهما", "اسعافه", "نقله"})
# where the wounded are treated, other than a hospital ("مجمع فلسطين الطبي"، "مركز صحي") (folded)
_MEDICAL_WORDS = frozenset({"الطبي", "طبي", "الطبيه", "طبيه", "الصحي", "صحي", "للعلاج", "العلاج", "لتلقي"})
# wounds told right before the verb of taking ("أصيبوا بجروح نُقلوا على إثرها …")
_WOUNDS = frozenset({"بجروح", "جروح", "بجراح", "جراح", "ورضوض", "رضوض", "باصابات", "اصابات", "حروق", "بحروق"})
# the wounded or dead being taken somewhere ("نُقل المصابون إلى …"، "نُقل أحد المهربين مصاباً")
_WOUNDED_TAKEN = frozenset({"مصابا", "مصابين", "المصابين", "المصابون", "جريحا", "الجرحي", "جرحي", "جثه", "جثث", "جثامين",
                            "الجثث", "الجثامين", "الضحايا"})
# a light noun with ب between an accusation and the act it charges: "اتهمه بتنفيذ الهجوم"، "بشن الغارة"
_CHARGE_LIGHT_NOUNS = frozenset({"بتنفيذ", "بشن", "بارتكاب"})


def _doer_not_target(c: Cand, eid: str) -> None:
    """The body an attack is put down to is no target or place of it; it is the doer when none is told."""
    for role in (c.recipient, c.location):
        if eid in role:
            role.remove(eid)
    if not c.actor:
        c.actor.append(eid)


# members of a group, before its pronoun ("مسلحوه"، "عناصرها"، "مقاتلوه"): the stems without the plural's و/ي
_MEMBER_STEMS = frozenset({"مسلح", "عناصر", "مقاتل", "انصار", "افراد"})
# verbs of giving, with the gift's pronoun after a shipment ("شحنة … قدمتها الإمارات")
_GIVING = frozenset({"قدم", "قدمت", "قدمو", "ارسل", "ارسلت", "منح", "منحت", "تبرع", "تبرعت"})
# words that name aid's giver after them with من ("مقدّمة من مركز الملك سلمان"، "بتمويل من الاتحاد الأوروبي")
_GIVEN_BY = frozenset({"مقدمه", "المقدمه", "مقدم", "المقدم", "مقدمين", "بتمويل", "تمويل", "بتبرع", "تبرع", "هبه",
                       "بدعم", "ممنوحه", "الممنوحه", "مرسله", "المرسله"})
# verbs of ascribing an act to its doer ("نسبها الجيش إلى …"، "عزاه المسؤول إلى …")
_ASCRIBING = frozenset({"نسب", "نسبت", "نسبو", "عزا", "عزت", "عزو"})


def _unsuffixed(folded: str) -> str:
    """A verb without its object pronoun ه/ها/هما ("شنّته" → شنت، "شنتهما" → شنت), or "" when it has none."""
    return folded[:-3] if folded.endswith("هما") else folded[:-2] if folded.endswith("ها") \
        else folded[:-1] if folded.endswith("ه") else ""


def _civilians(e: Entity) -> bool:
    """A party of civilians ("آلاف الأردنيين"، "الشبان"): people who march or leave, no force."""
    return (e.actor_code or "").endswith("CVL")


def _unarmed(e: Entity) -> bool:
    """Civilians, a company, or a relief, refugee, health or rights body (NGO; a UN agency such as WFP, UNHCR, IOM):
    no force that moves troops ("أفادت المنظمة الدولية للهجرة بأن آلاف الأسر نزحت …، وصل معظمها إلى …"، "توقف نقل
    الإنتاج نحو المجمع الكيميائي")."""
    code = e.actor_code or ""
    return _civilians(e) or code.startswith("NGO") or code == "IGO" or code.endswith("BUS") or (
        code.startswith("IGO") and any(k in code for k in ("DEV", "REF", "HLH", "HRI")))


def _actor_lexicon() -> ActorLexicon:
    """The actors layer's lexicon (nationality adjectives), built once and shared."""
    from ..actors.lexicon import lexicon as actors_lexicon

    return actors_lexicon()


@dataclass
class Cand:
    type: str
    mode: str | None
    frame: str
    gen: str
    pos: str
    tense: str | None
    lemma: str
    start: int  # trigger offsets
    end: int
    t0: int  # trigger tokens (inclusive)
    t1: int
    sent: tuple[int, int]  # sentence token range [a, b)
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    location: list[str] = field(default_factory=list)
    origin: list[str] = field(default_factory=list)
    destination: list[str] = field(default_factory=list)
    status: str = "occurred"
    time: Time | None = None
    date: str | None = None
    quantity: Quantity | None = None
    source: str | None = None
    via: str | None = None
    absorbed: bool = False  # the content of another event (a demand, a threat)
    threatened: bool = False  # a protest its holder threatens to hold ("هددت النقابة بشن إضراب")
    content_types: list[str] = field(default_factory=list)
    definite: bool = False
    anaphoric: bool = False  # "هذا الهجوم", a bare definite noun
    partitive: bool = False  # "قسم منها": a part of an earlier force
    coord_prev: bool = False  # joined by و to the trigger before it
    phase: str | None = None
    in_claim: bool = False
    pluperfect: bool = False
    explicit_actor: bool = False
    mutual: bool = False  # a clash of two sides, each the other's target ("اشتباكات بين X وY")
    unnamed_subject: bool = False  # a subject of its own that no entity names ("أغلقت القوى الأمنية الطرقات")
    conditional: bool = False  # planned on a condition that follows it ("…، إذا لم تستجب الحكومة")
    told_subject: bool = False  # a subject of its own the text tells without naming it ("طالب المحتجون الحكومة")
    reported_denied: bool = False  # told as what a denied report says ("نفى … صحة ما تداولته حسابات عن تعرّض ناقلة لهجوم")
    anna_subject: bool = False  # an unnamed noun after أنّ/إنّ before the verb is its subject ("إن وفداً من الوجهاء سيلتقي")
    suffix: str = ""  # an attached pronoun matched after the trigger (انسحابها، نقلها)
    conj: bool = False  # a و/ف conjunction on the trigger's word (وطالبت، واعتقلت)
    lemmas: set[str] = field(default_factory=set)  # trigger lemmas of every merged mention
    own_roles: bool = False  # a role read from the trigger's own phrase (genitive, object, its PPs)
    charged: bool = False  # what an accusation charges its object with: its actor is the accused
    subject_via: str = ""  # how a noun's subject before it was read: "light" (شنّ، بدأ), "claim" (تبنّى), "other"
    weak_time: bool = False  # the time was borrowed from the governing clause
    weak_places: list[str] = field(default_factory=list)  # places guessed from the sentence, not the clause
    dateline_scene: bool = False  # the location is only the dateline's city, borrowed as the scene
    ref: bool = False  # a definite noun after خلال/عقب …: a reference to an earlier event
    last: bool = False  # after آخر/أحدث
    verbal: bool = False  # a verb of its own relative clause was merged in
    sents: set[tuple[int, int]] = field(default_factory=set)  # sentences of every merged mention
    default_status: bool = False  # no tense and no cue said anything: "occurred" by default
    confidence: float = 0.5

    def roles(self) -> dict[str, list[str]]:
        return {"actor": self.actor, "recipient": self.recipient, "location": self.location,
                "origin": self.origin, "destination": self.destination}

    def has_roles(self) -> bool:
        return any(self.roles().values())


def _add(lst: list[str], ids: list[str]) -> None:
    for i in ids:
        if i not in lst:
            lst.append(i)


class Reader:
    """Reads every trigger of one document; built per document over a ``DocView``."""

    def __init__(self, doc: Doc, lex: Lexicon, view: DocView) -> None:
        self.doc, self.lex, self.v = doc, lex, view
        self.status_hits = lex.status.find_all(doc.folded)
        self.status_at: dict[int, Hit[StatusCue]] = {}
        for h in self.status_hits:
            ti = view.token_at(h.start)
            if ti < 0:
                continue
            if h.payloads[0].tense is not None and fold_text(doc.text[view.tokens[ti].start:h.start]).endswith("ال"):
                continue  # a verb read on a definite noun: "عن العمل" is no "عمل على"
            if h.suffix and h.payloads[0].lemma == "في_حال":
                continue  # "في حالة حرجة" (in a critical state) is no "في حال" (if)
            if h.suffix == "ه" and doc.text[h.end - 1] == "ة" and h.payloads[0].tense is not None:
                continue  # a verb read on a noun in ta marbuta: "واقعة" (an incident)، "قضية"، "إعادة" (not "المحتملة")
            if h.payloads[0].lemma == "توقع" and ti > 0 and view.bare(ti - 1) == "ان" \
                    and view.tokens[ti].folded.lstrip("وف") == "توقع":
                continue  # "أن توقّع الحكومتان اتفاقاً": the present of وقّع (to sign), not the past of توقّع (to expect)
            self.status_at.setdefault(ti, h)
        self.trigger_tokens: set[int] = set()
        self.time_tokens = view.time_token_set()
        # reporting verbs open a new clause: roles do not reach across them
        # (a statement named by its form, "في بيان", is a phrase inside the clause, not a new clause)
        self.cue_tokens = {view.token_at(s.cue.start) for s in doc.statements
                           if view.bare(view.token_at(s.cue.start)) not in STATEMENT_NOUNS}

    # --- context
    def _words(self, i: int) -> tuple[str, ...]:
        return word_stems(self.v.tokens[i].folded)

    def _match_rule(self, words: frozenset[str], classes: tuple[str, ...], i: int) -> bool:
        ws = self._words(i)
        if not words.isdisjoint(ws):
            return True
        return any(self.lex.any_in_class(ws, c) for c in classes)

    def _out_of_caution(self, t1: int, b: int) -> bool:
        """A word of caution in the nine words after t1 ("تحسباً لأي مواجهة"، "خوفاً من تجدد الاشتباكات")."""
        return any(self.v.bare(j) in _PRECAUTION for j in range(t1 + 1, min(b, t1 + 10)))

    def _context(self, trig: Trigger, t0: int, t1: int) -> str | None:
        """The action of the first context rule that fires: "block", "TYPE/mode[/frame]", or None."""
        a, b = self.v.sentence_tokens(self.v.tokens[t0].start)
        rules = self.lex.context.get(trig.lemma)
        if not rules:
            return None
        # (time words and the words of a name after it do not use up the width: the object after the subject,
        # "احتجزت القوة البحرية للحرس الثوري الإيراني، فجر أمس الاثنين، ناقلة نفط")
        occs = self.v.occs_in(t1 + 1, min(b, t1 + 16))
        named = {j for o in occs for j in range(o.t0, o.t1 + 1)}
        # the inner words of an armed force's name right after the verb block nothing: "استهدفت قوات الدعم
        # السريع"، "وحدات حماية الشعب" (other names' words still tell: "نُقل إلى المركز الاستشفائي …")
        # (nor those of one named past a word of its own: "استهدفت تجمعات لقوات الدعم السريع")
        inner = {j for o in occs if o.t0 <= t1 + 3 and _security_body(self.v.by_id[o.eid], _ARMED_CODES)
                 for j in range(o.t0 + 1, o.t1 + 1)}
        # (nor does a count before its noun: "بإدانة ستة طلاب")
        after = [j for j in range(t1 + 1, min(b, t1 + 16)) if j not in self.time_tokens and j not in named
                 and not self.v.tokens[j].is_digit and number_word(self.v.tokens[j].folded) is None]
        for rule in rules:
            # (past the plain width a name's words tell what the object is, "وصل إلى سيئون وفد سعودي", but do
            # not block it: "استهدفت، فجر اليوم، مواقع للدعم السريع")
            rng: Iterable[int] = [j for j in range(t1 + 1, min(b, after[rule.width - 1] + 1 if len(after) >= rule.width else b))
                                  if j <= t1 + rule.width or j not in named or rule.action != "block"] \
                if rule.side == "next" else range(max(a, t0 - rule.width), t0)
            if rule.side == "next" and rule.action == "block":
                # (what a meeting is about is not what was received: "استقبل الرئيس وزير الصحة لبحث أوضاع النازحين")
                rng = list(itertools.takewhile(lambda j: self.v.bare(j) not in _TOPIC_OPENERS, rng))
            # (a time word counts only right after the trigger: "فجّر الجيش، فجر أمس، ثمانية منازل" is no dawn)
            if any(self._match_rule(rule.words, rule.classes, i) for i in rng
                   if not (rule.action == "block" and rule.side == "next" and i in inner)
                   and not (rule.side == "next" and i in self.time_tokens and i != t1 + 1)):
                if rule.action.startswith("PROTEST") and self._out_of_caution(t1, b):
                    return "block"  # "أغلق عدد من التجار محالهم تحسباً لأي مواجهة": shut out of caution, no strike
                return rule.action
        return None

    def _light_verb_past_subject(self, t0: int, a: int) -> bool:
        """A light verb before t0 past its named subject and a time ("وعقد والي مدنين، سعيد بن عمر، صباح أمس جلسة
        عمل"): names, times and two words more between."""
        v = self.v
        lo = max(a, t0 - 20)
        named = {x for o in v.occs_in(lo, t0) for x in range(o.t0, o.t1 + 1)}
        # (and an aside set off by commas: "أطلقت قيادة عمليات الأنبار، بإسناد من طيران الجيش وقطعات من الحشد
        # الشعبي، فجر أمس الاثنين، عملية أمنية واسعة")
        aside = {x for k in range(lo + 1, t0) if (e := self._comma_aside_end(k, t0 + 1)) is not None for x in range(k, e)}
        loose = 0
        for j in range(t0 - 1, lo - 1, -1):
            if _light_verb(v.tokens[j].folded):
                return True
            if j in named or j in self.time_tokens or j in aside:
                continue
            if v.bare(j).lstrip("و") in _SEAT_WORDS or j > lo and v.bare(j - 1).lstrip("و") in _SEAT_WORDS:
                continue  # where it was held: "وعقد والي قابس، X، صباح اليوم، بمقر الولاية جلسة عمل"
            loose += 1
            if loose > 2 or v.is_strong_break(j + 1):
                return False
        return False

    def praised_at(self, nxt: int, b: int) -> int | None:
        """The token of what a party is praised for, within four words after nxt past a named subject."""
        v = self.v
        j = nxt
        o = v.occ_at.get(j)
        if o is not None and v.is_actorish(o.eid):
            j = o.t1 + 1  # (past the subject: "ثمّنت المطرانية …")
        return next((k for k in range(j, min(b, j + 4)) if self.lex.any_in_class(self._words(k), "praised")), None)

    def _relief_agency_owns(self, t1: int, b: int) -> bool:
        """"قافلة تابعة لبرنامج الأمم المتحدة الإنمائي تضم 18 شاحنة محملة بمولدات …": a convoy of a relief or
        development agency (a UN agency for development, refugees, children or health, or a non-governmental
        body) is relief, whatever its load; not a peacekeepers' convoy ("قافلة لقوات اليونيفيل")."""
        v = self.v
        o = next(iter(v.occs_in(t1 + 1, min(b, t1 + 4))), None)  # (the first body named after the convoy)
        if o is None:
            return False
        code = v.by_id[o.eid].actor_code or ""
        owned = "ل" in o.prefix and (o.t0 == t1 + 1 or v.bare(o.t0 - 1).removeprefix("ال").startswith("تابع"))
        return owned and _relief_code(code)

    def _class_near(self, cls: str, i: int, width: int, b: int) -> bool:
        for j in range(i, min(b, i + width)):
            if self.lex.any_in_class(self._words(j), cls):
                return True
        return False

    def _downed_at(self, nxt: int, b: int, has_suffix: bool, a: int) -> bool:
        """An aircraft, a drone or a missile brought down: named right after the verb (past its subject, a time and a
        count), or told before in the sentence and pointed back to by the verb's pronoun or by "منها" after a count
        ("تصدّت لثماني مسيّرات وأسقطت ستاً منها"، "وأسقطتهما")."""
        v = self.v
        if any(v.bare(j).lstrip("و").removeprefix("ال") in _AIRDROPPED for j in range(nxt, min(b, nxt + 8))):
            return False  # "أسقطت طائرات نقل عسكرية أطناناً من المواد الغذائية"، "أسقطت جواً": dropped from the air
        if self._class_near("downed", nxt, self.past_subject(nxt, 5, b) + 2, b):
            return True
        back = has_suffix or any(v.bare(j) in ("منها", "منهما", "معظمها", "اغلبها", "جميعها")
                                 for j in range(nxt, min(b, nxt + 4)))
        return back and self._class_near("downed", max(a, nxt - 25), min(24, nxt - max(a, nxt - 25)), b)

    def _warned_before(self, t0: int, a: int, b: int) -> bool:
        """The response at t0 is what a warning before it threatens ("حذّر بقائي من أن طهران «سترد …»"): the
        warning is the threat, told once."""
        v = self.v
        return any(v.bare(j).lstrip("وف").startswith(_WARNING_STEMS) and self._own_move_after(j + 1, b)
                   for j in range(max(a, t0 - 20), t0))

    def warned_side_at(self, j: int, b: int) -> int | None:
        """The token after «من أن» within 14 tokens from j (a warning's content: "حذّر الوزير، في بيان، من أن …")."""
        v = self.v
        return next((x + 2 for x in range(j, min(b - 2, j + 14)) if v.bare(x) == "من" and v.bare(x + 1) == "ان"), None)

    def _own_move_after(self, j: int, b: int) -> bool:
        """«من أن» within the clause after a warning, then a body that can act (or «أنه/أنها/أنهم») and a future or
        negated-future verb of response or escalation (class own_move): "من أن إسرائيل «لن تسمح …»"."""
        v = self.v
        k = self.warned_side_at(j, b)
        if k is None:
            k = next((x + 1 for x in range(j, min(b - 1, j + 14))
                      if v.bare(x) == "من" and v.bare(x + 1) in ("انه", "انها", "انهم")), None)
            if k is None:
                return False
        else:
            subject = v.occ_at.get(k)
            if subject is not None and v.is_actorish(subject.eid):
                k = subject.t1 + 1
            elif v.bare(k) == "اي":
                # "من أن أي خرق للاتفاق سيُقابل بالرد": any breach, met by the warner's response
                k += 1
            elif not (v.tokens[k].folded.startswith("ال") and any(
                    w in institution_heads() or self.lex.in_class(w, "force") or self.lex.in_class(w, "protester")
                    for w in word_stems(v.tokens[k].folded))):
                # (or a body told by its noun: "من أن النقابة ستخوض إضراباً مفتوحاً")
                return False
            else:
                k += 1
        for x in range(k, min(b, k + 3)):
            word = v.bare(x)
            marked = x > 0 and v.bare(x - 1) in ("لن", "سوف", "قد")
            if word.startswith("س") and word[1:2] in ("ي", "ت", "ن"):
                word, marked = word[1:], True
            if not marked or word[:1] not in ("ي", "ت", "ن"):
                continue
            stem = word[1:]
            for suffix in ("ون", "ان", "وا"):
                if stem.endswith(suffix) and len(stem) > len(suffix) + 1:
                    stem = stem[: -len(suffix)]
                    break
            if self.lex.any_in_class((stem,), "own_move"):
                return True
        return False

    def aux_before(self, t0: int) -> bool:
        """A coordinated auxiliary or verb of beginning right before t0 ("وتم اعتقال"، "وبدأت تسحب")."""
        j = t0 - 1
        return j >= 0 and j in self.status_at and self.v.tokens[j].folded[:1] in ("و", "ف") \
            and self.status_at[j].payloads[0].kind in ("aux", "begin")

    def _alighted_at(self, j: int, b: int) -> bool:
        """"حلّ الوزير …، مساء أمس، بمدينة العيون": a person or a delegation after the verb, then a place with ب
        before the clause ends (not "حلّ الرئيس البرلمان": dissolving; nor "حلّ الأزمة": solving)."""
        v = self.v
        while j < b and j in self.time_tokens:
            j += 1
        person = v.bare(j).removeprefix("ال") in _VISITOR_TITLES or v.bare(j) in ("وفد", "الوفد") or any(
            v.by_id[o.eid].type == "PER" for o in v.occs_in(j, min(b, j + 14)))
        if not person:
            return False
        for o in v.occs_in(j, min(b, j + 25)):
            if any(v.is_strong_break(x) for x in range(j + 1, o.t0 + 1)):
                return False
            if v.is_place(o.eid) and v.prep_of(o) == "ب":
                return True
        return False

    def _visitor_after(self, j: int, b: int) -> bool:
        """The subject after an arriving verb at j is a person or a delegation, and إلى follows it: a visit."""
        v = self.v
        while j < b and j in self.time_tokens:
            j += 1
        titled = v.bare(j).removeprefix("ال") in _VISITOR_TITLES
        person = v.bare(j) in ("وفد", "الوفد")  # "يصل وفد من قيادة حماس": a delegation, named or not
        if not person and (titled or j in v.occ_at):
            # the person, after the titles that open the subject ("المبعوث الأمريكي توم براك"، "رئيس مجلس
            # السيادة، القائد العام للقوات المسلحة، الفريق أول عبد الفتاح البرهان")
            k = j
            while k < min(b, j + 14) and v.bare(k) != "الي":
                o = v.occ_at.get(k)
                if o is not None and v.by_id[o.eid].type == "PER":
                    person = True
                    break
                if o is not None and k == j and not titled:
                    break  # another party opens the subject: "وصلت قوات الجيش"
                k = o.t1 + 1 if o is not None else k + 1
        if not person and j >= 1 and any(v.bare(k) in _DELEGATION_WORDS for k in range(max(0, j - 10), j - 1)
                                         if not v.break_or_comma_in(k + 1, j)):
            # a delegation told before the verb: "مضيفةً أن وفداً إسرائيلياً سيصل إلى القاهرة غداً" (past its
            # body and its head: "بأن وفداً من الحركة برئاسة خليل الحية سيصل إلى الدوحة")
            return any(v.bare(k) == "الي" for k in range(j, min(b, j + 4)))
        if not person and j >= 2 and any(v.bare(k) == "الي" for k in range(j, min(b, j + 4))):
            # a person told just before the verb, only a modal between: "أن الموفد الأميركي توم براك يُنتظر أن
            # يصل إلى بيروت"، "وزير الخارجية التركي سيصل إلى"
            last = next(iter(reversed(v.occs_in(max(0, j - 6), j - 1))), None)
            if last is not None and v.by_id[last.eid].type == "PER" and not v.break_or_comma_in(last.t1 + 1, j) \
                    and all(v.bare(x) in _AWAITED for x in range(last.t1 + 1, j - 1)):
                return True
        if not person and j >= 3 and v.bare(j - 2) in ("انه", "بانه") \
                and any(v.bare(k) == "الي" for k in range(j, min(b, j + 4))):
            # the speaker himself, told by the pronoun: "وأعلن المبعوث الأممي X أنه سيتوجه إلى مسقط"
            last = next(iter(reversed(v.occs_in(max(0, j - 10), j - 2))), None)
            return last is not None and v.by_id[last.eid].type == "PER" and last.t1 + 1 == j - 2 \
                and any(x in self.cue_tokens for x in range(max(0, last.t0 - 6), last.t0))
        return person and any(v.bare(k) == "الي" for k in range(j + 1, min(b, j + 16)))

    def repelled_at(self, nxt: int, b: int) -> int | None:
        """The attack, raid or advance repelled, within four words after the verb of repelling (token nxt on), past
        the defender's name, a time and asides set off by commas ("صدّت قطعات من الجيش، بإسناد من مقاتلي العشائر،
        فجر أمس، هجوماً"), or None."""
        v = self.v
        j, words = nxt, 0
        while j < b and words < 4:
            if strip_word(v.tokens[j].folded)[-1] in _REPELLED:
                return j
            close = self._comma_aside_end(j, b) if j > nxt else None
            if close is not None:
                j = close
            elif j in v.occ_at:
                j = v.occ_at[j].t1 + 1
            else:
                words += v.bare(j) != "من" and j not in self.time_tokens
                j += 1
        return None

    def _called_for(self, t0: int, a: int) -> bool:
        """Token t0 is what a call asks people to: "دعت … إلى مسيرة"، "إلى المشاركة في مسيرة"، "إلى تنظيم مسيرة"."""
        v = self.v
        k = t0 - 1
        if k > a and v.bare(k) in ("في", "تنظيم") and v.bare(k - 1) in ("المشاركه", "الي"):
            k -= 1 if v.bare(k - 1) == "الي" else 2
        if k <= a or v.bare(k) != "الي":
            return False
        return any(_unjoined(v.bare(j)) in _CALLING for j in range(max(a, k - 8), k))

    def past_time(self, j: int, b: int) -> int:
        """The first token from j (before b) past a time and its preposition ("منذ صباح اليوم الاثنين"، "خلال
        الأسبوع"): j itself where no time opens there."""
        v = self.v
        while j < b and (j in self.time_tokens or v.bare(j) in ("منذ", "خلال") and j + 1 in self.time_tokens):
            j += 1
        return j

    def _in_relative_aside(self, o: Occ, t0: int) -> bool:
        """Occurrence o lies in a relative clause set off by commas that closes before token t0 ("، التي تترأسها
        الولايات المتحدة،")."""
        v = self.v
        for k in range(o.t0 - 1, max(0, o.t0 - 12) - 1, -1):
            if v.is_strong_break(k + 1) or k < o.t0 - 1 and "،" in v.gap(k + 1):
                return False
            if v.bare(k) in ("التي", "الذي", "الذين") and "،" in v.gap(k):
                return any("،" in v.gap(x) for x in range(o.t1 + 1, t0 + 1))
        return False

    def _comma_aside_end(self, j: int, b: int) -> int | None:
        """The token that closes an aside set off by commas opening at token j with a time or an aside's opener
        ("، بإسناد من مقاتلي العشائر،"، "، فجر أمس الثلاثاء،"), or None."""
        v = self.v
        if "،" not in v.gap(j) or not (j in self.time_tokens or v.bare(j) in _ASIDE_OPENERS
                                       or v.bare(j) in _JOINT_WITH or v.bare(j) in _BACKING):
            return None
        for x in range(j + 1, min(b, j + 12)):
            if v.is_strong_break(x):
                return None
            if "،" in v.gap(x):
                return x
        return None

    def past_subject(self, j: int, words: int, b: int) -> int:
        """How many tokens from j hold ``words`` words, an entity named or a time told counting as none."""
        v = self.v
        k, n = j, 0
        while k < b and n < words:
            o = v.occ_at.get(k)
            if o is not None:
                k = o.t1 + 1
                continue
            if v.bare(k) == "من" and k > j and k + 1 in v.occ_at:
                k += 1  # a part of a body named: "قوات من الجيش العراقي ومقاتلون من الحشد العشائري"
                continue
            aside_end = self._comma_aside_end(k, b) if k > j else None
            if aside_end is not None:
                k = aside_end  # an aside set off by commas: "حمّلت الخلية، في بيان مقتضب، «…» مسؤولية التفجير"
                continue
            if k not in self.time_tokens:
                n += 1
            k += 1
        return k - j

    def stepped_up_subject(self, t0: int, a: int) -> Occ | None:
        """The subject named between a verb of stepping up (كثّف، صعّد، شدّد، واصل …) and the noun at t0 whose
        pronoun is that subject's ("شدّدت قوات الدعم السريع، خلال الأيام الماضية، حصارها"), or None."""
        v = self.v
        j = t0 - 1
        if "،" in v.gap(t0):  # (past a time set off by commas: "، خلال الأيام الماضية،")
            j = next((k - 1 for k in range(t0 - 1, max(a, t0 - 6) - 1, -1) if "،" in v.gap(k)), j)
        while j >= a and j in self.time_tokens:
            j -= 1
        o = next((o for o in v.occs_in(max(a, j - 8), j + 1) if o.t1 == j), None)
        if o is not None and v.prep_of(o) == "" and v.is_actorish(o.eid) and not v.is_outlet(o.eid) \
                and o.t0 - 1 >= a and _unjoined(v.bare(o.t0 - 1)) in _STEP_UP_VERBS:
            return o
        # the subject before the verb ("وكانت جماعة الحوثي قد صعّدت خلال الشهر الماضي هجماتها"، "أن الجماعة صعّدت
        # هجماتها"), past a time told after the verb
        if j >= a and v.bare(j) == "خلال" and j + 1 < t0 and j + 1 in self.time_tokens:
            j -= 1
        if j - 1 >= a and _unjoined(v.bare(j)) in _STEP_UP_VERBS:
            k = j - 2 if v.bare(j - 1) == "قد" else j - 1
            o = next((o for o in v.occs_in(max(a, k - 8), k + 1) if o.t1 == k), None)
            if o is not None and v.prep_of(o) == "" and v.is_actorish(o.eid) and not v.is_outlet(o.eid):
                return o
        # the subject right after the verb, past where it is ("يواصل الأطباء المقيمون بالمستشفى الجامعي سعادنة عبد
        # النور بسطيف، لليوم التاسع على التوالي، إضرابهم"): no other verb's clause between
        k = next((k for k in range(t0 - 1, max(a, t0 - 16) - 1, -1)
                  if _unjoined(v.bare(k)) in _STEP_UP_VERBS or v.is_strong_break(k + 1)), None)
        if k is None or _unjoined(v.bare(k)) not in _STEP_UP_VERBS:
            return None
        o = v.occ_at.get(k + 1)
        if o is None or v.prep_of(o) != "" or not v.is_actorish(o.eid) or v.is_outlet(o.eid) or any(
                x in self.trigger_tokens for x in range(o.t1 + 1, t0)):
            return None
        return o

    def armed(self, o: Occ | None) -> bool:
        """Occurrence o names an armed body (an army, police, rebels …)."""
        return o is not None and any(k in (self.v.by_id[o.eid].actor_code or "") for k in _ARMED_CODES)

    def _bi_word(self, j: int) -> bool:
        """Token j carries ب (as its proclitic or its first letter): what a verb needing بـ takes."""
        tok = self.v.tokens[j]
        return tok.prefix.startswith(("ب", "وب")) or tok.folded.startswith("ب")

    def gathering_before(self, t0: int, a: int) -> bool:
        """A crowd's going out or massing earlier in t0's clause ("نزل آلاف إلى الشوارع"، "احتشدوا"):
        a protest noun after it ("للاحتجاج"، "احتجاجاً") is its purpose, a protest held."""
        v = self.v
        for j in range(t0 - 1, max(a, t0 - 14) - 1, -1):
            if v.is_strong_break(j + 1):
                return False
            if self.lex.any_in_class(self._words(j), "gathering"):
                return True
        return False

    def _moving_force(self, k: int, b: int) -> bool:
        """A force, a column or a patrol right after a verb of setting out, past a time ("تحرك، فجر اليوم، رتل …")."""
        v = self.v
        while k < b and (k in self.time_tokens or v.bare(k) in ("صباح", "مساء", "فجر", "ظهر")):
            k += 1
        return k < b and self._force_word(k)

    def _force_word(self, k: int) -> bool:
        """A force, a column, a patrol or armour at token k (not a convoy or a motorcade: aid and officials go so)."""
        ws = self._words(k)
        if any(w in ("قافله", "قوافل") for w in ws):
            return False
        return self.lex.any_in_class(ws, "force") or any(w in _COLUMN_WORDS for w in ws)

    def _moving_force_before(self, t0: int, a: int) -> bool:
        """A force, a column or a patrol opening the clause of a verb of setting out, told before it with what it
        carries ("إن رتلاً يضم نحو 40 آلية، بينها دبابات، انطلق من حمص")."""
        v = self.v
        for j in range(t0 - 1, max(a, t0 - 20) - 1, -1):
            if v.is_strong_break(j + 1):
                return False
            if self._force_word(j) and (j == a or v.bare(j - 1) in ("ان", "بان", "انه")):
                return True
        return False

    def concern_at(self, nxt: int, b: int) -> int | None:
        """The preposition (إزاء، حيال، من، تجاه) right after the first word of concern or displeasure
        from token nxt ("عن «قلقها البالغ» إزاء …"): where what the concern is about begins, or None."""
        v = self.v
        for j in range(nxt, min(b, nxt + 18)):
            if v.is_strong_break(j):
                return None
            if self.lex.any_in_class(self._words(j), "concern"):
                return next((k for k in range(j + 1, min(b, j + 3)) if v.bare(k) in ("ازاء", "حيال", "من", "تجاه")),
                            None)
        return None

    def _after_protest(self, found: list[Cand], start: int) -> bool:
        """A protest already read in the sentence that holds ``start``: a purpose told after it may be that
        protest's ("وقفة احتجاجية …، تنديداً بـ…"، "…، للمطالبة بـ…")."""
        sent = self.v.sentence_tokens(start)
        return any(d.type == "PROTEST" and d.sent == sent for d in found)

    def _none_recorded(self, k: int) -> bool:
        """"لم تسجل مصالح الأمن أي توقيفات"، "لم يُسجَّل أي استعمال للقوة": «أي» after a negated verb of recording or
        occurring (its subject may sit between) says that no such act took place: one told, and denied."""
        v = self.v
        a = v.sentence_tokens(v.tokens[k].start)[0]
        for j in range(k - 1, max(a, k - 6) - 1, -1):
            if v.is_strong_break(j + 1) or "،" in v.gap(j + 1):
                return False
            if unjoined_in(v.bare(j), _RECORDING) and j > a:
                n = j - 2 if v.bare(j - 1) in ("يتم", "تتم") and j - 1 > a else j - 1  # ("لم يتم تسجيل أي …")
                return unjoined_in(v.bare(n), ("لم", "لا", "عدم", "دون"))
        return False

    def _needs_ok(self, trig: Trigger, t0: int, t1: int, has_suffix: bool) -> bool:
        need = trig.needs
        if trig.lemma in ("فجر", "تفجر", "انفجر", "انفجار") and any(
                self.v.bare(j).lstrip("و").removeprefix("ال") in _ERUPTING for j in (t0 - 1, t1 + 1)):
            return False  # "الخلاف تفجّر"، "انفجار الأوضاع": a dispute or a situation flared up, nothing blew up
        if not need:
            return True
        v = self.v
        a, b = v.sentence_tokens(v.tokens[t0].start)
        if trig.type == "PROTEST" and trig.lemma.startswith(("أغلق", "إغلاق")) and self._out_of_caution(t1, b):
            return False  # "أغلق الأهالي الطريق خوفاً من …": shut out of caution, no protest
        nxt = t1 + 1
        if need == "bi":
            return any(self._bi_word(j) for j in range(nxt, min(b, nxt + 2)))
        if need == "bi_clause":
            # (a word of a name is no addressee: "لوّح الاتحاد العام التونسي للشغل بالإضراب")
            named = {x for o in v.occs_in(nxt, min(b, nxt + 8)) for x in range(o.t0 + 1, o.t1 + 1)}
            for j in range(nxt, min(b, nxt + 8)):
                if v.is_strong_break(j) or v.is_subordinator(j) or (j not in v.occ_at and j not in named and (
                        v.tokens[j].prefix.startswith("ل") or v.bare(j).startswith("لل"))):
                    return False  # ("لوّح الرئيس لأنصاره بحرارة": waving to someone is a greeting)
                if self._bi_word(j) and j not in v.occ_at and not (j > nxt and v.bare(j - 1) in ("لسان", "باسم")):
                    # ("لوّح بيده للحاضرين"، "لوّح الأسرى بفرح": waving, not brandishing)
                    return v.bare(j) not in _HAND_WORDS and v.bare(j) not in _MANNER_WORDS
            return False
        if need == "road_cut":  # "قطع عشرات من أهالي المدينة، صباح أمس، أوتوستراد جبيل": people block a road
            road = next((j for j in range(nxt, min(b, nxt + 16)) if self.lex.any_in_class(self._words(j), "road")), None)
            if road == nxt and v.tokens[t0].folded.endswith("وا") and (
                    self._class_near("protester", a, t0 - a, b) or self.gathering_before(t0, a)):
                return True  # the crowd told before, the verb's plural its subject: "تجمّع المتظاهرون …، وأغلقوا الطريق"
            return road is not None and road > nxt and (
                self._class_near("crowd", nxt, road - nxt, b) or self._class_near("protester", nxt, road - nxt, b))
        if need == "setting_out":  # "انطلق رتل عسكري من حمص"، "إن رتلاً يضم 40 آلية … انطلق": a force sets out
            return self._moving_force(nxt, b) or self._moving_force_before(t0, a)
        if need == "obstruct":  # "اعترض عدد من الأهالي دورية لليونيفيل": people stop a patrol or a convoy
            # (past the place they live in and a time: "اعترض عدد من أهالي بلدة تبنين في قضاء بنت جبيل، مساء أمس،
            # دورية تابعة لليونيفيل")
            return self._class_near("crowd", nxt, 4, b) and self._class_near(
                "patrol", nxt + 1, 8 + sum(1 for j in range(nxt + 1, min(b, nxt + 16)) if j in self.time_tokens
                                           or j in v.occ_at and v.is_place(v.occ_at[j].eid)) * 2, b)
        if need == "comma":  # "…، رافضاً تقديم أي جدول زمني": a participle after a comma
            return v.comma_before(t0)
        if need == "circ":  # "…، متهمة قوات الأمن بـ…"، "…، مهدداً بـ…": a participle after a comma, its charge after ب
            bi = next((j for j in range(nxt, min(b, nxt + 6)) if self._bi_word(j)), None)
            if bi == nxt and v.bare(t0).endswith("ين") and not v.bare(t0).startswith(("ملوح", "متوعد")):
                return False  # "اعتقلت خمسة أشخاص، متهمين بالسرقة": the accused, not accusers (no one accused between)
                # (but waving or vowing is done only by who threatens: "…، ملوّحين بالعودة إلى قطع الطرق")
            return v.comma_before(t0) and bi is not None and v.bare(bi) not in _HAND_WORDS
                # ("ملوّحاً بيده للحاضرين": waving, not brandishing)
        if need in ("off_work", "off_food"):  # "أضرب عمال النظافة في بلدية صفاقس عن العمل": off work, past the subject
            off = _OFF_FOOD if need == "off_food" else _OFF_WORK
            return any(v.bare(j) == "عن" and v.bare(j + 1) in off for j in range(nxt, min(b - 1, nxt + 10)))
        if need == "raid":  # "أغارت طائرات إسرائيلية على مواقع": a raid on something; the past only, the
            # present's letters being those of "changes" ("تغيّر الوضع على الأرض")
            # (a time between counts as no words: "أغارت طائرة حربية إسرائيلية بعد نحو ساعتين على منزل")
            reach = nxt + 6 + sum(1 for j in range(nxt, min(b, nxt + 12)) if j in self.time_tokens)
            return _unjoined(v.bare(t0)).startswith("اغار") and any(
                v.bare(j) in ("علي", "عليه", "عليها", "عليهم") for j in range(nxt, min(b, reach)))
        if need == "took_control":  # "سيطرت قوات الحلف، فجر أمس، على حقول النفط": ground taken, not held
            w = _unjoined(v.bare(t0))
            if trig.pos == "V" and not w.startswith("سيطر"):
                return False  # (the present tells a state: "تسيطر القوات على المدينة")
            if trig.pos == "N" and (w != "سيطره" or v.tokens[t0].folded.startswith(("ل", "ال"))
                                    or v.bare(t0 - 1).lstrip("و") not in ("اثر", "بعد", "عقب", "اعقاب")):
                return False  # (what followed ground taken, "إثر سيطرة قوات …"; not a state: "تحت سيطرة الجيش")
            if any(v.bare(j) in ("قد", "انها", "انه", "ان", "بانها", "بانه", "بان") for j in range(max(a, t0 - 3), t0)):
                return False  # (background, "وكانت الحركة قد سيطرت على القاعدة"; a side's claim, "زاعمة أنها سيطرت")
            if any(v.tokens[j].is_digit and len(v.tokens[j].text) == 4 for j in range(a, min(b, t0 + 12))):
                return False  # (ground taken in a year named, "حين سيطرت عليها قوات القيادة العامة في أبريل 2019": history)
            if any(v.bare(j) == "قد" and any(v.bare(k).lstrip("و") in ("كان", "كانت", "كانوا") for k in range(a, j))
                   for j in range(a + 1, t0)):
                return False  # (a pluperfect clause it is joined to: "وكانت وحدات … قد انتشرت …، وسيطرت على …")
            if trig.pos == "V" and v.bare(nxt) in ("عليه", "عليها", "عليهما", "عليهم"):
                return False  # (a relative clause that tells what a place is: "محطة ضخ سيطر عليها مسلحون منذ أسبوع")
            end = nxt + self.past_subject(nxt, 5, b)
            return any(v.bare(j) in ("علي", "عليه", "عليها", "عليهما", "عليهم") for j in range(nxt, min(b, end + 1)))
        if need == "on_after":  # "اعتدى عناصر الأمن على المحتجين"، "وافقت الحكومة السودانية، أمس، على المقترح": the
            # verb's على past its subject (a name or up to three words) and a time; the phrase with على right after
            # the verb is its own row
            end = nxt + self.past_subject(nxt, 3, b)
            return any(v.bare(j) in _ON_WORDS and not v.tokens[j].prefix for j in range(nxt + 1, min(b, end + 1)))
        if need == "ila":  # "دعت في بيان جميع الأطراف إلى …": a call is a demand when it calls to something
            # (past the subject and a phrase set off by commas: "دعا المجلس الرئاسي، في بيان، جميع الأطراف إلى")
            # (names and times counting as no words: "دعا وزير الخارجية القطري محمد الخليفي، في مؤتمر صحفي مساء
            # أمس، الجيش السوداني وقوات الدعم السريع إلى …")
            end = nxt + (self.past_subject(nxt, 10, b) if trig.pos == "V" else 10)
            return any(v.bare(j) == "الي" or v.tokens[j].folded.startswith(("الي", "لل")) for j in range(nxt, min(b, end)))
        if need == "joint":  # "التمرين البحري المشترك"، "مناورات بمشاركة …": with others, not alone
            return self._class_near("joint", nxt, 8, b)
        if need == "with_party":  # "سيّرت … دوريات مشتركة مع الجيش اللبناني": joint work, not a patrol that was hit
            return any(v.bare(j) == "مع" for j in range(nxt, min(b, nxt + 3))) or any(
                v.bare(j).lstrip("وف").removeprefix("ب") in _PATROL_VERBS or (
                    v.bare(j)[:1] == "س" and v.bare(j)[1:] in _PATROL_VERBS) for j in range(max(a, t0 - 3), t0))
        if need == "pact":
            return self._class_near("pact", nxt, 4, b)
        if need == "denial":  # "نفت الأخيرة، في بيان، أي صلة لها بالهجوم": involvement or a report denied
            inside = {x for o in v.occs_in(nxt, min(b, nxt + 12)) for x in range(o.t0, o.t1 + 1)}
            for k in range(nxt, min(b, nxt + 12)):
                if v.is_strong_break(k) or v.bare(k) in ("ان", "انه", "انها", "بان"):
                    return False  # "نفت الوزارة أن تكون …": a statement, not a denial of involvement
                if k in inside:
                    continue  # ("نفت وزارة الصحة": a word of a name)
                if self._class_near("denial", k, 1, b) and (k - nxt <= 1 or v.bare(k - 1) in ("اي", "ايه")
                                                            or v.tokens[k].folded.startswith("ال") or k - 1 in inside
                                                            or "،" in v.gap(k)):
                    return True
            return False
        if need == "evacuees":  # "أجلى أعوان الحماية المدنية ليل أمس 37 عائلة": people, not "أجّلت الحكومة"
            return self._class_near("evacuee", nxt, self.past_subject(nxt, 5, b), b)
        if need == "set_alight":  # "أضرم مستوطنون، فجر اليوم، النار في سبع مركبات"
            if self._class_near("protester", max(a, t0 - 6), t0 - max(a, t0 - 6) + 4, b):
                return False  # (protesters who set fire riot: "أضرم المحتجون النار في مبنى المحافظة")
            fire = next((j for j in range(nxt, min(b, nxt + 8)) if v.bare(j) in ("النار", "النيران")), None)
            return fire is not None and self._class_near("dwelling", fire + 1, 4, b)
        if need == "assets":  # "جمّدت وزارة الخزانة أصول شركات"، "تجميد أرصدة قادة الميليشيا"
            return any(v.bare(j) in _ASSETS and not v.is_strong_break(j) for j in range(nxt, min(b, nxt + 5)))
        if need == "boycotted":  # "مقاطعة الدروس والامتحانات"، "قاطعت المعارضة الانتخابات"
            # (not what a demand or a call asks of others: "طالب المتظاهرون بقطع العلاقات … ومقاطعة المنتجات")
            if any(unjoined_in(v.bare(j), _CALLING | _DEMANDING) for j in range(max(a, t0 - 10), t0)
                   if not v.is_strong_break(j + 1)):
                return False
            return any(unjoined_in(v.bare(j), _BOYCOTTED) and not v.is_strong_break(j)
                       for j in range(nxt, min(b, nxt + 4)))
        if need == "custody":  # "أمر قاضي التحقيق بإيداعهم الحبس المؤقت": held in custody, not money deposited
            # (a prison told as the penal institution, not any institution: "لم تودع المؤسسة أي شكوى")
            return any((v.bare(j) in ("الحبس", "السجن", "الحجز") or v.bare(j) == "المؤسسه" and j + 1 < b
                        and v.bare(j + 1) == "العقابيه") and not v.is_strong_break(j)
                       for j in range(nxt, min(b, nxt + 8)))
        if need == "remand":  # "أمرت النيابة بحبس المهربين الأربعة أربعة أيام": people held pending inquiry, not a
            # prison term passed on them ("قضت المحكمة بحبس 4 متهمين 10 سنوات": a sentence, a verdict)
            if any(v.bare(j) in _TERM_WORDS for j in range(nxt, min(b, nxt + 7))):
                return False
            need = "persons"
        if need == "persons":  # "أوقفت الوحدات الأمنية ثلاثة نقابيين"، "إيقاف 17 شخصاً": people taken, not a halt
            if trig.pos == "N" and nxt < b and v.tokens[nxt].folded.startswith("ال") \
                    and self._class_near("persons", nxt, 1, b):
                return True  # a verbal noun's definite object: "أمرت النيابة بحبس المتهمين"
            if trig.pos == "V" and nxt < b and t0 > a and v.bare(t0 - 1) == "قد" and \
                    v.tokens[nxt].folded.startswith("ال") and self._class_near("persons", nxt, 1, b):
                return True  # (its subject before "قد": "وكانت عناصر الأمن الوطني قد أوقفت النشطاء")
            k = nxt  # past the subject or a time set off by commas ("أوقفت، أمس الثلاثاء، ثلاثة نقابيين")
            subj_end = nxt
            if k + 2 < b and v.bare(k + 1) == "من" and k + 2 in v.occ_at and k not in v.occ_at \
                    and not _number_token(v, k):
                # (a count is of people taken: "قد أوقفت أربعة من العمال", its subject before قد)
                k = subj_end = v.occ_at[k + 2].t1 + 1  # a unit of a body: "أوقفت وحدة من الجيش الموريتاني"
            elif k < b and k not in v.occ_at and (any(self.lex.in_class(w, "force") for w in strip_word(v.tokens[k].folded))
                                                  or v.bare(k) == "مصالح"):
                # (or the services of a body, Maghreb usage: "أوقفت مصالح الدرك الوطني أمس شاباً")
                # and in construct, or with ل past an adjective: "أوقفت مفارز الجيش الوطني الشعبي"، "أوقفت مفارز
                # مشتركة للجيش الوطني الشعبي"
                body = next((v.occ_at[j] for j in (k + 1, k + 2) if j < b and j in v.occ_at), None)
                if body is not None and v.prep_of(body) in ("", "ل") and not v.gap(k + 1).strip() \
                        and not v.gap(body.t0).strip():
                    k = subj_end = body.t1 + 1
            while k < b and k - nxt < 8 and (k in self.time_tokens or k in v.occ_at or (
                    k == nxt and v.tokens[k].folded.startswith("ال") and not v.comma_before(k)) or (
                    # (a time with its preposition: "أوقفت مفارز للجيش خلال الأسبوع المنقضي 14 مهرباً"، "أوقفت في
                    # أغسطس الماضي 23 شخصاً")
                    v.bare(k) in ("خلال", "منذ", "في") and k + 1 in self.time_tokens) or (
                    # (or "during it" of the operation told before: "عمليات دهم …، أوقفت خلالها أربعة أشخاص")
                    v.bare(k) in ("خلالها", "خلاله", "خلالهما", "خلالهم")) or (
                    # (or a span no date names: "أوقفت خلال أسبوع واحد 23 تاجر مخدرات")
                    v.bare(k) == "خلال" and k + 1 < b and v.bare(k + 1) in _SPANS) or (
                    k > nxt and v.bare(k) in _SPANS | {"واحد"} and v.bare(k - 1) in _SPANS | {"خلال"})):
                if k in v.occ_at and v.by_id[v.occ_at[k].eid].type == "PER" and trig.pos == "N":
                    return True  # a person named as a verbal noun's object ("إيقاف المحامي كمال الهرابي")
                if k in v.occ_at:
                    k = subj_end = v.occ_at[k].t1 + 1
                elif k == nxt and k not in self.time_tokens:
                    # an unnamed definite subject and its adjective ("أوقفت الأجهزة الأمنية")
                    k += 1
                    while k < b and v.tokens[k].folded.startswith("ال") and not v.comma_before(k) \
                            and k not in v.occ_at and not self._class_near("persons", k, 1, b):
                        k += 1  # (not into the people taken: "أوقفت الشرطة المحامي …")
                    subj_end = k
                else:
                    k += 1
            if k < b and "،" in v.gap(k) and k >= nxt and (v.bare(k) in _ASIDE_OPENERS or v.bare(k) in _JOINT_WITH
                                                           or v.bare(k) in _BACKING):
                # past an aside of whom it was done with: "أوقفت مفارز للجيش، بالتنسيق مع وحدات حرس الحدود، 11 مهرباً"
                # (or right after a verb whose subject went before: "أن عناصر الدرك أوقفوا، في عملية منسقة، أربعة أشخاص")
                close = next((x for x in range(k + 1, min(b, k + 12)) if "،" in v.gap(x)), None)
                if close is not None and not any(v.is_strong_break(x) for x in range(k + 1, close + 1)):
                    k = subj_end = close
            if k >= b or ("،" in v.gap(k) and k > nxt and k != subj_end
                          and not all(x in self.time_tokens or (v.bare(x) in ("خلال", "منذ", "في") and x + 1 in self.time_tokens)
                                      for x in range(subj_end, k))):
                return False  # (a time with its preposition set off by commas: "انتشلت قوات حرس السواحل، منذ فجر أمس، جثث …")
            hedged = next((q for q in v.quantities_between(v.tokens[k].start, v.tokens[k].end)
                           if not _number_token(v, k)), None)
            if hedged is not None:  # a count told with its hedge: "أكثر من 1200 مهرب"، "نحو 40 شخصاً"
                k = max(k, min(b - 1, v.token_at(hedged.end - 1)))
            # a count: the counted noun must be people ("عشرات الشاحنات" are not); a compound count is all words
            # ("أحد عشر شخصاً")
            n = 0
            while k < b - 1 and n < 3 and _number_token(v, k):
                k, n = k + 1, n + 1
            if _unjoined(v.bare(t0)) == "توقف" and any(v.bare(j) == "عن" for j in range(k + 1, min(b, k + 3))):
                return False  # form V, people who stopped: "توقف نحو 900 عامل عن العمل"
            if n and k < b and v.bare(k) in ("منهم", "منهن", "اخرين", "اخري"):
                return True  # "أوقفت سبعة منهم"، "إنقاذ 17 آخرين": a count of the people told before, or of others
            if n and k + 1 < b and v.bare(k) == "من":
                k += 1  # a count of people from a crowd: "أوقفت أربعة من العمال"
            return k < b and self._class_near("persons", k, 1, b)
        if need == "given":  # "أرسلت الإمارات مساعدات"، "قافلة مساعدات"، "مساعدات عسكرية لأوكرانيا": aid given or
            # on its way; not aid stopped or barred ("منعت إسرائيل دخول المساعدات"، "وقف المساعدات")
            before = [v.bare(j).lstrip("وف") for j in range(max(a, t0 - 4), t0)]
            if any(w.startswith(_AID_STOPPED) for w in before):
                return False
            return any(w.startswith(_AID_GIVEN) or _light_verb(w) for w in before) or any(
                v.bare(j) in ("الي", "ل") or v.tokens[j].folded.startswith(("لل", "ل")) and j == nxt
                for j in range(nxt, min(b, nxt + 3)))
        if need == "provided":  # "قدّمت فرق الهلال الأحمر الإسعافات الأولية": relief given, right after the verb and
            # its subject (not "قدّم استقالته"، "قدّم شكوى")
            # (aid named as such is its own noun's event: "قدّمت الولايات المتحدة مساعدات عسكرية")
            width = self.past_subject(nxt, 4, b)
            return self._class_near("relief", nxt, width, b) and not any(
                w in ("مساعدات", "مساعده") for j in range(nxt, min(b, nxt + width)) for w in self._words(j))
        if need == "payout":  # "صرف تعويضات عاجلة"، "ستصرف الوزارة، الأسبوع المقبل، تعويضات": paid out, right after
            if t0 > a + 1 and v.bare(t0 - 1) == "لم" and v.bare(t0 - 2) in ("اذا", "ما", "حال", "لو"):
                return False  # "سيعتصمون … إذا لم تُصرف التعويضات": the condition of a threat, nothing paid
            return self._class_near("payout", nxt, self.past_subject(nxt, 4, b) if trig.pos == "V" else 1, b)
        if need == "harmed":  # "تعويض المتضررين"، "تعويض الفلاحين المتضررين": those harmed, right after
            return self._class_near("harmed", nxt, 1, b)
        if need == "funds":  # "خصصت الحكومة، أمس، 500 مليون دينار"، "تخصيص غلاف مالي": money set aside
            return self._class_near("funds", nxt, self.past_subject(nxt, 4, b), b)
        if need == "relief":  # "قافلة مساعدات"، "قافلة تضم 20 شاحنة محملة بالمواد الغذائية": not a military convoy
            # (nor one attacked or held: "هاجم مستوطنون شاحنات مساعدات")
            if any(v.bare(j).lstrip("وف").startswith(_AID_STOPPED) for j in range(max(a, t0 - 4), t0)):
                return False
            return self._class_near("relief", max(a, t0 - 3), t1 - max(a, t0 - 3) + 10, b) \
                or self._relief_agency_owns(t1, b)
        if need == "crowd" and trig.lemma == "تجمع" and trig.pos == "V" and any(
                v.bare(j).startswith(_MEETING_NOUNS) for j in range(max(a, t0 - 4), t0)) and nxt < b \
                and not v.bare(nxt).startswith(("في", "امام", "قرب", "وسط", "عند")) and not self._class_near("crowd", nxt, 1, b):
            return False  # "جلسة حوار ثلاثية تجمع ممثلي العمال وإدارة الشركة": a meeting that brings them together
        if trig.lemma == "مسيرة" and "\u064a\u0651" in v.tokens[t0].text:
            return False  # "مسيّرة": the shadda on its ي makes it a drone (مُسيَّرة), never a march (مَسيرة)
        if need == "crowd" and trig.lemma == "مسيرة" and self._called_for(t0, a):
            return True  # "دعت النقابة إلى مسيرة سلمية نحو مقر الولاية": a march called for (no one calls for a drone)
        if need == "crowd" and t0 > a and v.bare(t0 - 1) in ("علي", "الي"):
            # "أقدم عشرات الفلاحين، صباح أمس، على قطع الطريق": who set about it, past a time, is the crowd
            und = next((j for j in range(t0 - 2, max(a, t0 - 18) - 1, -1)
                        if _unjoined(v.bare(j)) in _UNDERTAKING_VERBS), None)
            if und is not None and self._class_near("crowd", und + 1, t0 - und - 1, b):
                return True
        if need == "crowd":  # (or a march's own verb: "خرجت مسيرة غاضبة جابت شوارع طوباس")
            # (past a time set off by commas: "نفّذ أصحاب الشهادات العليا، أمس الاثنين، مسيرة سلمية")
            s = _time_aside_before(v, self.time_tokens, t0, a) or t0
            # (and past a time right after the verb: "تجمّع منذ صباح اليوم الاثنين عشرات من أهالي المفقودين")
            k = self.past_time(nxt, b)
            return self._class_near("crowd", max(a, s - 4), 9 + t0 - s + k - nxt, b) or any(
                v.tokens[j].folded in _MARCH_VERBS for j in range(nxt, min(b, nxt + 3))) \
                or self.gathering_before(t0, a)
        if need == "protester":  # "أغلق المتظاهرون الطريق": the protesters themselves act, right by the verb
            k = nxt  # (a time between does not part them: "خرج مساء أول من أمس مئات من المتظاهرين")
            while k < b and k in self.time_tokens:
                k += 1
            if self._class_near("protester", max(a, t0 - 2), k - max(a, t0 - 2) + 3, b):
                return True
            # "تجمّع مئات الصيادين …، فيما أغلق عدد منهم مدخل البوغاز": some of a crowd told before in the sentence
            return k + 1 < b and (v.bare(k) in _CROWD_COUNTS or v.bare(k) == "بعض") and v.bare(k + 1) == "منهم" and (
                self.gathering_before(t0, a) or self._class_near("protester", a, t0 - a, b)
                or self._class_near("crowd", a, t0 - a, b))
        if need == "dispersed":  # "فرّقت قوات مكافحة الشغب المحتجين": the crowd is the object, past the subject
            # (or its pronoun, the crowd named before it in the sentence: "تظاهر الطلاب …، قبل أن تفرّقهم الشرطة")
            # (or the gathering itself: "فرّقت قوات الشرطة، أمس الثلاثاء، وقفة احتجاجية")
            return self._class_near("protester", nxt, 8, b) or any(
                not _PROTEST_GATHERINGS.isdisjoint(word_stems(v.tokens[j].folded))
                for j in range(nxt, min(b, nxt + self.past_subject(nxt, 4, b) + 1))) or (has_suffix and (
                self._class_near("protester", a, t0 - a, b) or self._class_near("crowd", a, t0 - a, b))) or (
                # (or a crowd counted or named by its kind, the first word past the subject and a time: "فرّقت وحدات
                # الأمن، مساء أمس، مئات التجار"؛ never "فرّق بين", nor the noun "فرق" of teams, "أجلت فرق الهلال الأحمر
                # عشرات المدنيين", unless its shadda marks the verb)
                (v.tokens[t0].folded != "فرق" or "\u0651" in v.tokens[t0].text)
                and (past := self.past_subject(nxt, 1, b)) > 0 and v.bare(nxt + past - 1) != "بين"
                and self._class_near("crowd", nxt + past - 1, 1, b))
        if need == "suspended":  # "علّق المحتجون اعتصامهم"، "تعليق الإضراب"، "تعليق أعمال الهدم": pressure eased
            # (past the verb's subject, its place and a time: "علّق المعطلون في مدينة المتلوي، مساء أمس، اعتصامهم")
            for j in range(nxt, min(b, nxt + (self.past_subject(nxt, 4, b) if trig.pos == "V" else 1))):
                if any(o.t0 < j <= o.t1 for o in v.occs_in(max(0, j - 8), j)):
                    continue  # (inside a name: "المعطلون عن العمل")
                if v.is_strong_break(j) or v.is_subordinator(j) or v.bare(j) in ("علي", "عن"):
                    return False  # ("علّق على …": a comment)
                # ("أعمال الهدم"، "قرار الإخلاء": the measure's noun, then what it does)
                k = j + 1 if v.bare(j) in ("اعمال", "عمليات", "قرار", "قرارات") and j + 1 < b else j
                if not _SUSPENDED_THINGS.isdisjoint(word_stems(v.tokens[k].folded)) or (
                        # ("الحركة الاحتجاجية": the protest movement, not the traffic of a crossing, "حركة العبور")
                        v.bare(k).removeprefix("ال") in ("حركه", "حركتهم", "حركتها") and v.bare(k + 1) == "الاحتجاجيه"):
                    return True
            return False
        if need == "barred_protest":  # "منعت قوات الأسايش، صباح أمس، مسيرة للمعلمين": a march stopped
            end = min(b, nxt + self.past_subject(nxt, 6, b) + 2)
            for j in range(nxt, end):
                if j > nxt and (v.is_strong_break(j) or v.is_subordinator(j)
                                or "،" in v.gap(j) and j - 1 not in self.time_tokens and j not in self.time_tokens):
                    return False
                if v.bare(j).lstrip("و") in _BARRED_PROTESTS and v.bare(j - 1) not in ("طائره", "طائرات"):
                    return True  # (not a drone: "طائرة مسيّرة")
            return False
        if need == "launched" and trig.lemma in _CAMPAIGN_LEMMAS and (
                t0 > a and (v.bare(t0 - 1).lstrip("و") in _SWEEP_STARTS or v.bare(t0 - 1) in _LAUNCH_NOUNS)
                or "أمنية" not in trig.lemma and any(
                    _unsuffixed(v.tokens[j].folded) not in ("", v.tokens[j].folded)
                    and _unsuffixed(v.tokens[j].folded) in _LIGHT_VERBS for j in range(nxt, min(b, nxt + 3)))):
            # "انطلقت عملية تفتيش مشتركة تنفذها قيادة العمليات": a sweep got under way, or a search its doer carries out
            return True
        if need == "launched":  # "نفّذ طيران الجيش ضربات على …"، "ضربات ضد مواقع": not "ضربة جزاء"
            return any(_light_verb(v.tokens[j].folded) for j in range(max(a, t0 - 5), t0)) \
                or self._light_verb_past_subject(t0, a) or any(
                v.bare(j) in ("علي", "عليه", "عليها", "عليهم", "ضد", "استهدفت", "طالت") for j in range(nxt, min(b, nxt + 2))) \
                or (trig.type == "COERCE" and nxt < b and _light_verb(v.tokens[nxt].folded)
                    and bool(_unsuffixed(v.tokens[nxt].folded))) \
                or (v.tokens[t0].folded.startswith("ب") and any(
                    v.bare(j).lstrip("و") in _RESPONDING and not any(v.is_strong_break(x) for x in range(j + 1, t0))
                    for j in range(max(a, t0 - 8), t0)))
            # ("حصاراً فرضته الجماعة على القرى": a siege its light verb imposed; "ردّت على مصادر النيران بضربات دقيقة":
            # the strikes a responding verb answered with)
        if need == "opened":  # "فتحت النيابة العامة المختصة تحقيقاً": an inquiry opened, its subject between
            # (a subject of several words and where it sits: "فتحت النيابة العامة الاستئنافية في الشمال تحقيقاً")
            return any(unjoined_in(v.tokens[j].folded, _OPENING_FORMS) and not any(v.comma_before(x) for x in range(j + 1, t0 + 1))
                       and (j >= t0 - 5 or j + 1 in v.occ_at) for j in range(max(a, t0 - 8), t0))
        if need == "repelled":  # "صدّت القوات هجوماً شنّه مسلحو الحركة"، "تصدّت لمحاولة تسلل": the defence
            # (or past the defender's name and a time: "صدّت قوات الجيش الوطني، فجر اليوم الأحد، هجوماً")
            return self.repelled_at(nxt, b) is not None
        if need == "backing":  # "وعبّر الاتحاد الجهوي للشغل، في بيان، عن مساندته «المطلقة» لتحركات المعطلين": backing
            # expressed for someone, past the subject and an aside; not "عبّر عن قلقه" or "عن أمله"
            end = nxt + self.past_subject(nxt, 6, b)
            return any(v.bare(j) == "عن" and self.lex.any_in_class(self._words(j + 1), "backing")
                       for j in range(nxt, min(b - 1, end + 1)))
        if need == "concern":  # "أعربت اليونيفيل، في بيان، عن قلقها البالغ إزاء الغارات الإسرائيلية": concern
            # at something done, a disapproval; not "أعرب عن أمله" or "عن شكره"
            return self.concern_at(nxt, b) is not None
        if need == "blame":  # "حمّلت الرئاسة الحكومة الإسرائيلية المسؤولية": not "حمل المتظاهرون لافتات"
            # (past a titled subject, his name set off by commas, and the one blamed: "حمّل عضو مجلس المحافظة، X،
            # «بقايا تنظيم داعش» مسؤولية الهجوم")
            return self._class_near("blame", nxt, max(5, self.past_subject(nxt, 4, b)), b)
        if need == "envoy":  # "استدعت الخارجية السفير التركي": summoning a diplomat is a protest; "استدعى الأمر" is not
            # (past a long name of the summoning body and a time: "استدعت وزارة الشؤون الخارجية والتعاون
            # والموريتانيين في الخارج، أمس الأربعاء، سفير مالي")
            j = nxt
            subject = v.occ_at.get(j)
            if subject is not None and v.is_actorish(subject.eid):
                j = subject.t1 + 1
            while j < b and j in self.time_tokens:
                j += 1
            return self._class_near("envoy", nxt, 6, b) or self._class_near("envoy", j, 3, b)
        if need == "fire":  # "أمراً بوقف فوري وشامل لإطلاق النار": firing named right after, past its adjectives
            return any(v.bare(j).lstrip("ل").endswith("اطلاق") and v.bare(j + 1) == "النار"
                       for j in range(nxt, min(b - 1, nxt + 4)))
        if need == "visitor":  # "وصل وزير الخارجية التركي هاكان فيدان إلى دمشق"، "يصل وفد من حماس إلى القاهرة"
            return self._visitor_after(nxt, b)
        if need == "alighted":  # "حلّ المبعوث …، مساء أمس، بمدينة العيون": a visitor arrived at a place told with ب
            return self._alighted_at(nxt, b)
        if need in ("gunfire", "freed"):  # "أطلقت قوات الأمن النار على المحتجين"، "أطلقت السلطات سراح …":
            if self._class_near(need, nxt, 5, b):  # the subject between the verb and its object
                return True
            # past a long subject, a named body counting as one word ("أطلق زورق تابع لخفر السواحل الليبي النار"),
            # not the fire of a ceasefire or of its breach ("أطلقت الأمم المتحدة نداء لوقف إطلاق النار", a guard)
            width = self.past_subject(nxt, 4, b)
            return any(self.lex.any_in_class(self._words(j), need)
                       and not v.bare(j - 1).lstrip("وفبل").endswith(("وقف", "اطلاق", "خرق"))
                       for j in range(nxt + 5, min(b, nxt + width)))
        if need == "opened_fire":  # "فتحت زوارق تابعة لجماعة الحوثي النار، فجر أمس، على …": the fire right past the
            # subject and a time (not an inquiry into a shooting: "فتحت النيابة تحقيقاً في إطلاق النار")
            k, words = nxt, 0
            while k < b and words <= 4:
                if v.bare(k) == "النار":
                    return k > nxt and not any(v.bare(x) in ("في", "تحقيقا", "تحقيق", "بحثا", "ملف")
                                               or v.is_strong_break(x) for x in range(nxt, k + 1))
                if k in v.occ_at:
                    k = v.occ_at[k].t1 + 1
                    continue
                words += k not in self.time_tokens
                k += 1
            return False
        if need == "by_fire":  # "أصيب شاب برصاص حي"، "أصيب ثلاثة مدنيين بشظايا قذيفة": what wounded them was fired
            return any(not _BY_FIRE.isdisjoint(word_stems(v.tokens[j].folded)) or v.bare(j) in ("بشظايا", "بطلق")
                       for j in range(nxt, min(b, nxt + self.past_subject(nxt, 5, b))))
        if need == "fallen":  # "سقطت ثلاثة صواريخ في محيط القرية"، "سقوط قذائف على البلدة": what fell was fired
            return self._class_near("projectile", nxt, 3, b)
        if need == "projectile":  # "أطلق الحوثيون صاروخاً": the subject may sit between verb and weapon
            if self._class_near("projectile", nxt, 4, b):
                return True
            # "صاروخ باليستي أطلقه الحوثيون"، "طائرة مسيّرة مفخخة أطلقتها الميليشيا": the weapon told
            # before the verb, which points back to it with its object pronoun
            if not v.tokens[t0].folded.endswith(("ه", "ها", "هما")):
                return False
            lo = max(a, t0 - 3)
            return self._class_near("projectile", lo, t0 - lo, b) or any(
                v.bare(j) in _AIRCRAFT and v.bare(j + 1) in _UNMANNED for j in range(lo, t0 - 1))
        if need == "violent_pledge":  # "تعهّد بملاحقة الميليشيا حتى آخر شبر": a pledge of force, a threat
            return self._class_near("violent_pledge", nxt, 8, b)
        if need == "deterrent":  # "سيقابَل برد حازم"، "ستتعامل بكل قوة وحزم": a threat, in the future only
            tok = v.tokens[t0].folded
            future = tok.lstrip("وف").startswith(("سي", "ست", "سن")) or (
                t0 > a and v.bare(t0 - 1) in ("سوف", "لن"))
            return future and self._class_near("deterrent", nxt, 5, b) and not self._warned_before(t0, a, b)
        if need == "own_move":  # "حذّر الناطق من أن النقابة ستخوض إضراباً مفتوحاً": a warning of what the warner's
            # side will do is a threat; not a warning of what may happen ("حذّر من أن استمرار القصف سيدفع الأسر إلى النزوح")
            return self._own_move_after(nxt, b)
        if need == "praised":  # "ثمّنت المطرانية سرعة تحرك الأجهزة الأمنية"، "مثمّناً الجهود التي تبذلها سلطنة عُمان"
            return self.praised_at(nxt, b) is not None
        if need == "allegation":  # "زعم الجيش أن الغارة استهدفت عنصرين في حزب الله": a claim naming a side
            return alleged_party(v, nxt, min(b, nxt + 30)) is not None
        if need == "censure":  # "اعتبرت التنسيقية في بيان أن الإيقافات تصعيد أمني": a disapproval
            # (not the distancing "ردّاً على ما وصفه بالعدوان": what someone calls it, inside a phrase)
            if t0 > a + 1 and v.bare(t0 - 1) == "ما" and v.bare(t0 - 2) in ("علي", "الي", "عن", "من", "في", "ب", "ازاء",
                                                                              "حيال", "تجاه", "بشان", "ضد", "مع"):
                return False
            # (past a subject told with its post and name: "وصف عضو المكتب السياسي للجماعة، محمد الشامي، الضربات …")
            return self._class_near("censure", nxt, max(12, self.past_subject(nxt, 4, b) + 8), b)
        if need == "curfew":  # "فرضت السلطات حظراً شاملاً للتجوال": a curfew with its adjectives between
            return self._class_near("curfew", nxt, 3, b)
        if need == "closable":  # "أغلقت السلطات المصرية معبر رفح": a way in or out closed, not "إغلاق الملف"
            # (by the authorities: not "أغلق أهالي المنطقة الطريق"، a protest)
            return self._class_near("closable", nxt, 5, b) and not self._class_near("crowd", max(a, t0 - 6), t0 - max(a, t0 - 6) + 4, b)
        if need == "patrols":  # "كثّفت كتيبة «سبل السلام» دورياتها الصحراوية": patrols stepped up, past the subject
            return self._class_near("patrols", nxt, 6, b)
        if need == "sent_troops":
            # "دفع الجيش، خلال الأيام الثلاثة الماضية، بنحو 300 جندي"، "ستدفع بـ450 عنصراً": sending troops
            # (a count of them after ب, past the subject and a time), not paying ("دفع مبلغاً")
            hi = min(b, nxt + 14)
            for q in v.quantities_between(v.tokens[nxt].start if nxt < b else v.tokens[t1].end,
                                          v.tokens[hi - 1].end if hi > nxt else 0):
                qi = v.token_at(q.start)
                if not (_troop_count(q) or q.unit == "vehicles") or qi < 0:
                    continue  # (or armed vehicles: "دفعت الكتيبة بنحو 40 آلية مسلحة")
                pre = fold_text(v.text[v.tokens[qi].start:q.start]).replace("\u0640", "")
                if not pre and qi > nxt:  # ("بـ1200": the clitic a token of its own)
                    pre = v.tokens[qi - 1].folded.replace("\u0640", "")
                if pre != "ب" or any(v.is_strong_break(j) or j in self.trigger_tokens for j in range(nxt, qi + 1)):
                    break  # ("بلواءين يضمان 1200 مقاتل": the count describes the unit sent; read on for it)
                return True
            # "دفعت القيادة، فجر اليوم، بلواءين من الفرقة العشرين"، "دفع بالمدمرة «…» إلى مياه الخليج": a unit
            # or a warship after ب, past the subject and a time, is sent too (not "عربة دفع رباعي"; not a
            # reinforcement or a convoy, triggers of their own, nor aid: "دفع الهلال الأحمر بقافلة")
            if nxt < b and v.bare(nxt).startswith("رباعي"):
                return False
            if t0 > a and v.bare(t0 - 1) == "ما":
                return False  # "…، ما دفع عناصر الشرطة إلى التدخل": what prompted them, no force sent
            for j in range(nxt, hi):
                if v.is_strong_break(j) or j in self.trigger_tokens:
                    return False
                f = v.tokens[j].folded
                if f[:1] == "ب" and j in v.occ_at and _security_body(v.by_id[v.occ_at[j].eid], _ARMED_CODES) \
                        and v.occ_at[j].eid not in {o.eid for o in v.occs_in(nxt, j)}:
                    return True  # a named unit sent: "دفعت قيادة محور عتق العسكري باللواء الثاني مشاة إلى مديرية جردان"
                if f[:1] != "ب" or j in v.occ_at or f == "بالقوه":
                    continue  # ("بالقوة": by force, no force sent)
                words = strip_word(f)
                if any(w in _SENT_ELSEWHERE for w in words):
                    return False
                if any(self.lex.in_class(w, "force") or self.lex.in_class(w, "warship") for w in words):
                    return not self._class_near("relief", j, 8, b)
            return False
        if need == "armed":  # "اقتحمت قوات الاحتلال"، "توغل قوة إسرائيلية": troops push in (not "اقتحم مستوطنون")
            lo = max(a, t0 - 12)
            return self._class_near("force", lo, t0 - lo, b) or self._class_near("force", nxt, 4, b) or any(
                v.bare(j).lstrip("و") in _ARMOUR for j in range(nxt, min(b, nxt + 3)))  # "توغلت دبابات وآليات"
        if need == "indictment":  # "أسندت إليهم تهم …"، "وجّهت النيابة العامة إلى المتهمين السبعة تهمة …"
            return self._class_near(need, nxt, 7, b)
        if need == "strength":  # "خفّضت عديدها"، "تقليص عدد جنودها"، "تقليص الوجود العسكري": a force cut down
            # (not the background of a figure: "تنشر 7500 جندي بعد تقليص عديدها"، "قبل بدء تقليص الوجود")
            if any(v.bare(j).lstrip("و") in _AFTER_BEFORE for j in range(max(a, t0 - 3), t0)):
                return False
            return self._class_near(need, nxt, 6, b)
        if need == "presence":
            # "إنهاء التحالف الدولي وجوده في قاعدة عين الأسد": what ends is a force's presence, past the subject
            return self._class_near(need, nxt, 6, b)
        if need == "kept_from":  # "منعت وحدات الشرطة المحتجين من الاقتراب من بوابتها": people kept from going on
            end = min(b - 1, nxt + self.past_subject(nxt, 6, b) + 1)
            return any(v.bare(j) == "من" and v.bare(j + 1).lstrip("و") in _GOING_NEAR for j in range(nxt, end))
        if need == "warning_issued":  # "وجّه الجيش الإسرائيلي إنذاراً إلى سكان مبنى": a warning issued, its verb before
            return any((v.bare(j) in _ISSUING or v.bare(j)[:1] in ("و", "ف") and v.bare(j)[1:] in _ISSUING)
                       and not v.break_or_comma_in(j + 1, t0 + 1) for j in range(max(a, t0 - 6), t0))
        if need == "downed":  # "أسقطت قوات حرس الحدود، فجر أمس، طائرة مسيّرة"، "إسقاط طائرتين مسيّرتين": brought down
            if trig.pos == "N" and has_suffix:
                return False  # "جرى التعامل معها وإسقاطها": told again by its pronoun, in an impersonal account, no act apart
            return self._downed_at(nxt, b, has_suffix, a)
        if need == "boat" and has_suffix:
            return False  # "عندما اعترضتها زوارق الحرس": the boats after a verb with its object's pronoun stopped it
        if need in ("razed", "dwelling") and trig.pos == "N" and t0 > a + 1 and v.bare(t0 - 1) in ("عمليات", "عمليه") \
                and _light_verb(v.tokens[t0 - 2].folded):
            return True  # "ونفذ عمليات تجريف ونسف واسعة في بلدتي كفركلا والعديسة": razing carried out as operations
        if need in ("cell", "seized", "charge", "dwelling", "hideout", "razed", "boat", "control", "materiel", "captives"):
            # "تفكيك خلية إرهابية"، "حجز 3 أسلحة نارية"، "أُدين في قضية مماثلة"، "دمّرت 5 مخابئ"، "استعاد السيطرة":
            # what is dismantled, seized, convicted of, destroyed or taken back, right after it (past the subject and a time told
            # between: "دمّرت مفرزة من الجيش الوطني الشعبي، أمس الأحد، مخبأً")
            return self._class_near(need, nxt, self.past_subject(nxt, 5, b), b)
        if need == "verdict" and trig.pos == "N" and v.bare(nxt) in ("بحق", "ضد") and any(
                v.bare(j).lstrip("و") in ("اصدرت", "اصدر", "اصدار", "باصدار") for j in range(max(a, t0 - 8), t0)):
            return True  # "أصدرت محكمة أمن الدولة أحكاماً بحق متهمين": sentences passed on them
        if need == "verdict":  # "قضت محكمة جنايات القاهرة، اليوم، بالإعدام …": the sentence the court passed
            # (not "14 شهراً قضاها في السجن": time spent, the verb with its object pronoun)
            return self._class_near("verdict", nxt, 18, b) and v.bare(nxt) not in ("علي", "عليه", "عليها", "عليهم") \
                and not (trig.pos == "V" and has_suffix)
        if need == "explosive":
            return self._class_near("explosive", max(a, t0 - 5), t1 - max(a, t0 - 5) + 6, b)
        if need == "force" and trig.lemma in ("نقل", "نقل_ن") and (any(
                v.bare(j).removeprefix("ال").startswith("مستشفي") or v.bare(j) in _WOUNDED_TAKEN
                or v.bare(j) in _MEDICAL_WORDS for j in range(nxt, min(b, nxt + 10))) or any(
                v.bare(j) in _WOUNDS for j in range(max(a, t0 - 4), t0))):
            # "نُقل أحد المهربين مصاباً إلى مستشفى الأغواط"، "إصابة أربعة مزارعين بجروح نُقلوا على إثرها إلى مجمع
            # فلسطين الطبي": the wounded taken to hospital, no force moved
            return False
        if need == "force" and trig.lemma in ("نقل", "نقل_ن"):
            # (past the subject: "نقل الجيش المهاجرين")
            # (or told before the passive verb: "بأن المهاجرين نُقلوا")
            k = v.occ_at[nxt].t1 + 1 if nxt in v.occ_at and trig.pos == "V" else nxt
            # (past a count: "نقلت نحو 3 آلاف ساكن إلى مراكز إيواء")
            while k < b and k - nxt < 5 and (_number_token(v, k)
                                             or v.bare(k) in _COUNT_HEDGES):
                k += 1
            # (past a batch and its من: "نقل الدفعة الأولى من اللاجئين الإريتريين")
            if k < b and v.bare(k) in _BATCH_WORDS:
                k = next((x + 1 for x in range(k + 1, min(b - 1, k + 4)) if v.bare(x) == "من"), k)
            if any(self.lex.any_in_class(self._words(x), "evacuee")
                   or self.lex.any_in_class(self._words(x), "persons") and not self._force_word(x)
                   for x in (k, t0 - 1 if trig.pos == "V" and t0 > a else -1) if 0 <= x < b):
                return False  # "نُقل المهاجرون إلى مركز إيواء": people taken somewhere, no force moved
        classes = ("force", "equipment") if need == "force" else ("site",)
        if need == "force" and any(v.bare(j) in _MONEY_WORDS for j in range(nxt, min(b, nxt + 3))):
            return False  # "فور وصول دفعة مالية من بغداد"، "وصول الأموال": money arrives, no force (a guard)
        if need == "force" and trig.type == "COERCE" and any(
                v.bare(x) in ("ابوابها", "ابوابه", "ابوابهم") for x in range(nxt, min(b, nxt + 6))):
            return False  # "أقفلت معظم الإدارات والمدارس أبوابها": its own doors shut, a strike's (a guard)
        if need == "force" and trig.pos == "V" and t0 > a and v.bare(t0 - 1) in ("ما", "مما"):
            return False  # "ما يدخل القطاع"، "ما أدخله الهلال الأحمر إلى القطاع": what goes in, goods not troops
        if need == "force" and trig.frame == "intrans" and trig.pos in ("V", "N") and self._visitor_after(nxt, b):
            return False  # ("وصل رئيس مجلس السيادة، القائد العام للقوات المسلحة، … إلى سنجة": he visits; so does
            # "وصول وزير الدفاع التركي يشار غولر إلى دمشق")
        if need == "site":
            classes = ("site", "equipment")
            if has_suffix and v.tokens[t1].folded.endswith(("هم", "هن")):
                return False  # "جرى تسليمهم إلى جهاز مكافحة الهجرة": people handed over, not posts
        if need == "force" and nxt < b:
            # a count of troops right after it: "أنجز نشر ثلاثمئة عسكري"
            lo_off, hi_off = v.tokens[nxt].start, v.tokens[min(b, nxt + 4) - 1].end
            if any(_troop_count(q) and lo_off <= q.start < hi_off for q in v.quantities_between(lo_off, hi_off)):
                return True
        # the genitive/object: the next words (skipping an entity that is the subject of a verb)
        j = nxt
        limit = min(b, nxt + 7)
        # (a time and a named body count as no words or one: "سلّمت قطعات من الجيش العراقي وهيئة الحشد الشعبي،
        # اليوم الأربعاء، الملف الأمني لمنفذ …")
        wide = min(b, nxt + 14) if need == "site" else limit
        if need == "force" and trig.frame == "intrans" and trig.pos == "V" and v.bare(nxt) == "الي":
            # where it arrived told first, with its apposition and time: "وصلت إلى مدينة دنقلا، حاضرة الولاية الشمالية،
            # مساء أمس الثلاثاء، تعزيزات عسكرية"
            limit = wide = min(b, nxt + 14)
        while j < limit:
            if j > nxt and (v.is_strong_break(j) or v.is_subordinator(j)):
                break  # (a new clause: "وصل معظمها إلى ود مدني، حيث افتتحت حكومة الولاية …")
            if j in self.time_tokens:
                j += 1
                limit = min(wide, limit + 1)
                continue
            o = v.occ_at.get(j)
            if o is not None:
                if need == "force" and v.by_id[o.eid].type == "ORG" and not _unarmed(v.by_id[o.eid]):
                    return True
                if need == "site" and v.is_place(o.eid) and v.prep_of(o) not in _SCENE_PREPS:
                    return True  # "تسلّم الجيش مدينة الرقة", not where it happened ("تُسلَّم قبالة ساحل سترة")
                limit = min(wide, limit + o.t1 - o.t0)
                j = o.t1 + 1
                continue
            ws = self._words(j)
            if any(self.lex.any_in_class(ws, c) for c in classes):
                return True
            if self.lex.any_in_class(ws, "partitive") and j + 1 < b and \
                    self.v.bare(j + 1).startswith("من"):
                return self._class_near(classes[0], max(a, t0 - 25), t0 - max(a, t0 - 25), b) or True
            j += 1
        # (or hastened to: "سارع الجيش اللبناني إلى الانتشار")
        begun = trig.pos == "N" and any(j in self.status_at and (self.status_at[j].payloads[0].kind in ("begin", "end")
                                                                 or self.status_at[j].payloads[0].lemma in _HASTENING)
                                        for j in range(max(a, t0 - 16), t0))
        if has_suffix or trig.pos == "V" or begun:
            # a pronoun object (نقلها), a subject before the verb, or before the verb that begins the noun
            # ("وحدات من الفرقة السادسة باشرت الانتشار"; past a long subject: "وبدأت وحدات من مديرية أمن طرابلس
            # التابعة لوزارة الداخلية في حكومة الوحدة الوطنية الانتشار"): look back in the sentence
            start = max(a, t0 - (16 if begun else 12))
            if self._class_near(classes[0], start, t0 - start, b):
                return True
            if has_suffix and need == "site" and trig.pos == "V" and self._class_near("site", a, t0 - a, b):
                return True  # "انسحبت القوات من نقطة عسكرية …، وسلّمتها إلى البيشمركة": the post named before
            if need == "force" and (trig.pos == "V" or begun):
                for o in v.occs_in(start, t0):
                    if v.by_id[o.eid].type == "ORG" and not _unarmed(v.by_id[o.eid]):
                        return True
        return False

    def _pick(self, h: Hit[Trigger], t0: int) -> Trigger:
        """Choose between the verb and the noun reading of an ambiguous surface (نقل، سحب، قصف)."""
        verbs = [p for p in h.payloads if p.pos == "V"]
        nouns = [p for p in h.payloads if p.pos == "N"]
        tok = self.v.tokens[t0]
        pre = fold_text(self.doc.text[tok.start:h.start])
        if verbs and not nouns and ("ال" in pre or pre.endswith(("ب", "ل", "لل")) or (
                t0 > 0 and self.v.bare(t0 - 1) in ("اي", "ايه", "كل"))):  # ("أي بحث": a quantifier takes a noun)
            # an article or preposition makes the verb form a verbal noun: "التظاهر"، "للتجمع"
            p = verbs[0]
            return Trigger(p.lemma, "N", p.type, p.mode, p.frame, p.gen, p.needs, None)
        if not verbs or not nouns:
            return h.payloads[0]
        if _TA_PRONOUN.search(tok.folded):
            return nouns[0]  # "دعوتها": a noun in ة with its pronoun, not a verb in the first person
        if t0 + 1 < len(self.v.tokens) and self.v.tokens[t0 + 1].folded in _NOUN_ADJECTIVES:
            return nouns[0]  # "قصفٌ صاروخي": an adjective follows a noun, not a verb
        if "ال" in pre or pre.endswith(("ب", "ل", "ك")) or "ال" in tok.prefix:
            return nouns[0]
        if t0 > 0 and self.v.bare(t0 - 1) in ("من", "في", "الي", "علي", "عن", "بعد", "قبل", "عقب", "بدء",
                                               "خلال", "اجل", "مع", "عمليه", "عمليات", "استعداد", "اي", "ايه",
                                               "كل", "اثناء", "لدي",
                                               # (and the words of cause: "جراء قصف طائرة مسيرة …"، "إثر قصف")
                                               "جراء", "اثر", "بسبب", "نتيجه", "عقب", "بعيد", "قبيل"):
            return nouns[0]
        if t0 > 0 and not self.v.tokens[t0 - 1].prefix and "ال" not in self.v.tokens[t0 - 1].folded[:2] and \
                self.v.tokens[t0 - 1].folded.endswith("ه") and not self.v.is_strong_break(t0) and "،" not in self.v.gap(t0) \
                and self.v.bare(t0 - 1) not in _BUT_WORDS and self.v.bare(t0 - 1) not in _THAT_PRONOUNS:
            return nouns[0]  # after a noun in construct state: "محاولة قتل" (not after "لكنه"، "أنه": a verb's subject)
        k = t0 - 1
        a = self.v.sentence_tokens(tok.start)[0]
        inside = {x for o in self.v.occs_in(max(a, t0 - 6), t0) for x in range(o.t0, o.t1 + 1)}
        while k >= max(a, t0 - 5) and k in inside:
            k -= 1
        if k >= a and k in self.status_at and self.status_at[k].payloads[0].kind in ("aux", "begin", "end"):
            return nouns[0]
        # (further past the first noun's object for an act of its kind: "أسفرت عن اعتقال خلية لتنظيم داعش تضم
        # خمسة عناصر، بينهم مسؤول …، وضبط أحزمة ناسفة")
        if pre.startswith("و") and self._prev_trigger_pos == "N" and (t0 - self._prev_trigger_t1 <= 12 or (
                t0 - self._prev_trigger_t1 <= 20 and self._prev_trigger_type == nouns[0].type)):
            return nouns[0]
        if k >= a and k < t0 - 1 and not pre and "،" not in self.v.gap(k + 1) and (
                (k == self._prev_trigger_t1 and self._prev_trigger_pos == "V") or k in self.cue_tokens):
            return nouns[0]  # "استنكرت الجامعة قصف الجيش سوقاً"، "أعلن الجيش قصف مواقع": verb, subject, its object
        return verbs[0]

    # --- the main loop
    def candidates(self) -> list[Cand]:
        v = self.v
        out: list[Cand] = []
        hits = self.lex.triggers.find_all(self.doc.folded)
        self._prev_trigger_pos = ""
        self._prev_trigger_t1 = -99
        self._prev_trigger_type = ""
        any_act: tuple[int, str] = (-99, "")
        for h in hits:
            if any(p.type == "BLOCK" for p in h.payloads):
                continue
            t0 = v.token_at(h.start)
            t1 = v.token_at(max(h.start, h.end - 1))
            if t0 < 0 or t1 < 0:
                continue
            if h.suffix == "ه" and self.doc.text[h.end - 1] == "ة":
                continue  # a ta marbuta, not a pronoun: طلبة "students" is not طلب + ه
            if any(o.t0 <= t0 and t1 <= o.t1 and (o.t0 < t0 or o.t1 > t1) and o.start <= h.start and h.end <= o.end
                   for o in v.occs_in(max(0, t0 - 8), t1 + 1)):
                continue  # a word inside a name ("مجدل سلم"، "هيئة تحرير الشام") is not an event
            if any(o.t0 == t0 and o.t1 == t1 and v.by_id[o.eid].type in ("LOC", "FAC", "PER", "ORG")
                   for o in v.occs_in(t0, t1 + 1)):
                continue  # a place, person or body named by the word: "بمحافظة الخرج"، "أن الحشد يحتفظ بـ"
            if _participle_with_article(h, self.doc.text[v.tokens[t0].start:h.start]):
                continue  # "الطالب" (the student), "المشارك": a form III verb's participle, not its verbal noun
            if t0 == t1 and h.payloads[0].pos == "V" and v.tokens[t0].folded.endswith("ا") \
                    and not v.tokens[t0].folded.endswith("وا") \
                    and not v.tokens[t0].prefix and not v.gap(t0).strip() and v._counted(t0):
                continue  # "وتوقف أحد عشر طالباً": a noun counted in the accusative, not a verb's dual ("طالبا")
            trig = self._pick(h, t0)
            if len(h.payloads) > 1 and trig.needs != "protester":
                # "خرج آلاف المتظاهرين": protesters by the verb make it their protest, whoever else is near
                crowd = next((p for p in h.payloads if p.needs == "protester" and p.pos == trig.pos
                              and self._needs_ok(p, t0, t1, bool(h.suffix))), None)
                if crowd is not None:
                    trig = crowd
            if len(h.payloads) > 1 and trig.needs and not self._needs_ok(trig, t0, t1, bool(h.suffix)):
                # one surface, several readings told apart by who is near: "خرج الجنود" (a withdrawal)
                # and "خرج المتظاهرون" (a demonstration)
                alt = next((p for p in h.payloads if p.lemma != trig.lemma and p.pos == trig.pos
                            and self._needs_ok(p, t0, t1, bool(h.suffix))), None)
                if alt is not None:
                    trig = alt
            action = self._context(trig, t0, t1)
            if action == "block":
                continue
            if trig.pos == "N" and t0 >= 2 and v.bare(t0 - 1) in _THAT_PRONOUNS \
                    and v.bare(t0 - 2).lstrip("و") in _CHARACTERISING:
                continue  # "معتبراً أنها «استهداف متعمد للمدنيين»": what a told act is called, no act of its own
            if trig.type in ("COERCE", "PROTEST", "SANCTION") and trig.pos == "N" and t0 >= 2 and (
                    v.bare(t0 - 1) == "الي" and v.bare(t0 - 2).lstrip("و") in ("ادي", "ادت", "يؤدي", "تؤدي")
                    or v.bare(t0 - 1) == "في" and v.bare(t0 - 2).lstrip("و") in ("تسبب", "تسببت", "يتسبب")):
                continue  # "اشتباكات …، ما أدى إلى إغلاق الطريق الساحلي": what followed from an act, no act of its own
            typ, mode, frame = trig.type, trig.mode, trig.frame
            if action is None and trig.lemma in ("نقل", "نقل_ن") and h.suffix and h.suffix != "هم":
                # (not "تمهيداً لنقلهم إلى دبي": people are moved, sites are handed over)
                # "المواقع … نقلها إلى الجانب العراقي": moving sites is handing them over; but after a
                # movement ("سحب وحدات … ونقلتها") the pronoun is what was moved
                a0 = v.sentence_tokens(h.start)[0]
                after_move = self._prev_trigger_t1 >= a0 and t0 - self._prev_trigger_t1 <= 14 and \
                    self._prev_trigger_type in ("RETREAT", "MOBILIZE")
                if not after_move and any(self.lex.any_in_class(self._words(j), "site")
                                          for j in range(max(a0, t0 - 10), t0)):
                    action = "RETREAT/withdraw/handover"
            if action:
                parts = action.split("/")
                typ = parts[0]
                mode = parts[1] if len(parts) > 1 and parts[1] != "-" else None
                frame = parts[2] if len(parts) > 2 else frame
            elif not self._needs_ok(trig, t0, t1, bool(h.suffix)):
                continue
            if frame == "handover" and typ == "RETREAT" and out and out[-1].mode == "release" \
                    and out[-1].sent == v.sentence_tokens(h.start) and 0 < t0 - out[-1].t1 <= 6 \
                    and v.tokens[t0].folded[:1] == "و":
                continue  # "قبل أن يُفرج عنه ويُسلَّم إلى «اليونيفيل»": the one released handed over, one act
            if trig.lemma == "ادعى" and v.tokens[t0].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ى") \
                    and v.bare(t0).startswith(("ي", "ت")):
                continue  # "قيادي يُدعى أبو عمر": the passive "is called" (the claim is written "يدّعي")
            if trig.lemma == "هدد" and t1 + 1 < len(v.tokens) and not _ENDANGERED_COURSES.isdisjoint(self._words(t1 + 1)) \
                    and not any(o.t1 >= t0 - 3 and v.is_actorish(o.eid) and v.prep_of(o) == ""
                                for o in v.occs_in(max(0, t0 - 8), t0)):
                continue  # "عجز مالي يهدد استمرار عملياتها"، "عودة الاحتقان تهدد بتكرار السيناريو" (no party: not a threat)
            if trig.lemma == "هجوم" and h.suffix and t1 + 1 < len(v.tokens) and v.bare(t1 + 1) == "علي" \
                    and not self.armed(self.stepped_up_subject(t0, v.sentence_tokens(h.start)[0])):
                continue  # "هجومه على الحركة": criticism (not "كثّفت قوات الدعم السريع هجماتها على الفاشر")
            # ("سترد بقوة على أي محاولة لاقتحام البلدات": any attempt at it)
            attempt = t0 > 1 and v.bare(t0 - 1) in ("محاوله", "محاولات") and v.bare(t0 - 2) in _ANY_WORDS \
                and v.tokens[t0].folded.startswith("ل")
            if trig.pos == "N" and t0 > 0 and (attempt or v.bare(t0 - 1) in _ANY_WORDS and h.start == v.tokens[t0].start) \
                    and not self._none_recorded(t0 - 1):
                # "برد قاسٍ على أي هجوم إسرائيلي"، "رفض أي انسحاب": any such act, none reported
                self.trigger_tokens.update(range(t0, t1 + 1))
                any_act = (t1, typ)
                continue
            if trig.pos == "V" and any_act[1] == typ and 0 < t0 - any_act[0] <= 3:
                continue  # ("أي هجوم يستهدف حرية الملاحة": the clause that describes it)
            if trig.pos in ("V", "VP") and t0 > 1 and v.bare(t0 - 1) == "من" and v.bare(t0 - 2) in ("كل", "لكل", "بكل"):
                self.trigger_tokens.update(range(t0, t1 + 1))
                continue  # "سيأخذ القانون مجراه بحق كل من أطلق النار": whoever did it, no act of its own
            if typ == "PROTEST" and trig.pos == "V" and t0 == t1 and v.tokens[t0].text.rstrip("ا").endswith("\u064b"):
                # "استهدفت طائرة مسيّرة تجمعاً للمواطنين": with tanwin the word is a noun, not the dual verb "تجمّعا";
                # a gathering that is the object of another act is no protest of its own
                continue
            # (the accusative's tanwin tells the noun from the dual verb "رفضا")
            if typ in ("REJECT", "ACCUSE") and v.tokens[t0].folded.endswith("ا") and (
                    trig.pos == "N" or "\u064b" in self.doc.text[h.start:v.tokens[t0].end]) \
                    and not v.tokens[t0].folded.startswith(("ال", "وال")) and self._after_protest(out, h.start):
                continue  # "وقفة احتجاجية …، تنديداً بالعمليات"، "إضراب عام …، «رفضاً لسياسة …»": the protest's purpose
            if typ == "REQUEST" and trig.pos == "N" and unjoined_in(v.tokens[t0].folded, ("للمطالبه",)) \
                    and self._after_protest(out, h.start):
                continue  # "نفّذ المعلمون اعتصاماً أمام المديرية، للمطالبة بصرف علاوة": the protest's purpose
            if typ == "PROTEST" and trig.pos == "N" and t0 > 1 and any(
                    v.bare(x) == "علي" and unjoined_in(v.bare(x - 1), ("احتجاجا", "احتجاج"))
                    for x in range(max(1, t0 - 2), t0)):
                continue  # "احتجاجاً على (استمرار) غلق المعبر": the closure protested against, not the protest
            if typ == "MOBILIZE" and trig.pos == "N" and t0 > 0 and v.bare(t0 - 1) in ("علي", "ضد") \
                    and self._prev_trigger_type == "ASSAULT" and 0 < t0 - self._prev_trigger_t1 <= 4:
                continue  # "12 غارة جوية على تعزيزات للحوثيين": reinforcements struck are the target
            tok = v.tokens[t0]
            pre = fold_text(self.doc.text[tok.start:h.start])
            c = Cand(typ, mode, frame, trig.gen, trig.pos, trig.tense, trig.lemma, h.start, h.end, t0, t1,
                     v.sentence_tokens(h.start))
            c.definite = "ال" in pre or "ل" == pre[-1:] and h.key.startswith("ل")
            aux_before = self.aux_before(t0)
            c.coord_prev = (pre.startswith(("و", "ف")) or aux_before) and self._prev_trigger_t1 >= c.sent[0] and \
                t0 - self._prev_trigger_t1 <= 20
            c.ref = (c.definite or bool(h.suffix)) and t0 > 0 and (
                v.bare(t0 - 1) in _REF_PREPS or (c.definite and v.bare(t0 - 1) in _LEFT_BY))
            c.last = t0 > 0 and v.bare(t0 - 1) in ("اخر", "احدث")
            c.suffix = h.suffix
            if not c.suffix and trig.pos == "N":
                # a noun in ة takes its pronoun as one form ("دعوتها"، "غارتها"): the pronoun all the same
                m = _TA_PRONOUN.search(fold_text(self.doc.text[h.start:h.end]))
                if m is not None and h.end - h.start - len(m.group(1)) > 3:
                    c.suffix = m.group(1)
            # (a verb after a coordinated auxiliary, "وباتت تنشر"، "وبدأت تسحب", is coordinated as well)
            c.conj = pre.startswith(("و", "ف")) or (trig.pos == "V" and (aux_before or (
                t0 > 0 and v.bare(t0 - 1) in _BECOME_VERBS and trig.tense == "present")))
            c.lemmas = {trig.lemma.removesuffix("_ن")}
            out.append(c)
            self.trigger_tokens.update(range(t0, t1 + 1))
            self._prev_trigger_pos = trig.pos
            self._prev_trigger_t1 = t1
            self._prev_trigger_type = typ
        return out


def _participle_with_article(h: Hit[Trigger], before: str) -> bool:
    """A form III verb (فاعَل: طالب، شارك، هاجم) read on a word with the article: "الطالب" is the active
    participle (the student, the one who seeks), whose verbal noun is another word (المطالبة): no event."""
    if not all(p.pos == "V" for p in h.payloads) or "ال" not in fold_text(before):
        return False
    w = h.key.split()[0] if h.key else ""
    return len(w) == 4 and w[1] == "ا"


def _quote_ranges(text: str) -> list[tuple[int, int]]:
    out = []
    depth_start = None
    for i, ch in enumerate(text):
        if ch == "«":
            depth_start = i
        elif ch == "»" and depth_start is not None:
            out.append((depth_start, i))
            depth_start = None
    return out


class RoleReader:
    """Fills roles, status, date, quantity and source for each candidate."""

    def __init__(self, rd: Reader, cands: list[Cand], statements: list[Statement], claims: list) -> None:
        self.rd, self.v, self.lex = rd, rd.v, rd.lex
        self._cur = ""  # the entity (and its occurrence) whose role _role_for is deciding
        self._cur_occ: Occ | None = None
        self.cands = cands
        self.statements = statements
        self.claims = claims
        # offset indexes: a lookup per candidate must not rescan the document
        self._contents = Stab(statements, lambda s: (s.content.start, s.content.end) if s.content is not None else None)
        self._claim_contents = Stab(claims, lambda cl: (cl.content.start, cl.content.end)
                                    if cl.content is not None and cl.holder_kind != "sources" else None)
        # per sentence: candidates' last tokens, sorted, and the latest list position among them
        self._by_sent: dict[tuple[int, int], tuple[list[int], list[Cand]]] | None = None
        self._cue_at: dict[int, list[Statement]] = {}  # statements by the start of their cue, in order
        for st in statements:
            self._cue_at.setdefault(st.cue.start, []).append(st)
        self.at_token = {c.t0: c for c in cands}
        self._quotes: list[tuple[int, int]] | None = None
        self._cue_token_set: frozenset[int] | None = None
        self._sent_cands: dict[tuple[int, int], list[Cand]] | None = None
        self._by_t0: dict[int, list[Cand]] | None = None  # candidates by their first token (_cands_at)

    # --- windows
    def right_limit(self, c: Cand, width: int = 16) -> int:
        v, rd = self.v, self.rd
        a, b = c.sent
        t0, t1, noun = c.t0, c.t1, c.pos == "N"
        # (tokens inside the sentence: the per-token lists are read directly)
        bares, strong, commas, subordinators = v.bares, v.strong, v.commas, v.subordinators
        time_tokens, status_at, cue_tokens, at_token = rd.time_tokens, rd.status_at, rd.cue_tokens, self.at_token
        aside = self.aside(c)
        far = self._far_relative(c) if noun else None
        # "قُتل أربعة مدنيين، وأصيب سبعة آخرون، في سلسلة ضربات …": the dead and the wounded of one attack
        # share the phrase that tells it
        hurt = c.type == "ASSAULT" and not noun and bares[t1] in _HURT_ANY
        j = t1 + 1 if aside is None else aside[1] + 1
        timed = 0 if aside is None else aside[1] - t1  # time words ("ليل أمس السبت") do not use up the width
        counted = v.quantity_token_set()  # nor do counts ("قافلة تضم 25 شاحنة محمّلة بنحو 700 طن … إلى كادقلي")
        occ_at, name_end = v.occ_at, -1
        while j < b and j - t1 - timed <= width:
            if j in time_tokens or j in counted:
                timed += 1
            elif j > name_end and j in occ_at and occ_at[j].t1 > j \
                    and not any(strong[x] or commas[x] for x in range(j + 1, occ_at[j].t1 + 1)):
                # a long name is one word ("دفعت القيادة العامة لقوات الجيش الوطني الليبي، أمس، برتل … باتجاه
                # مدينة غدامس"): its other words do not use up the width
                name_end = occ_at[j].t1
                timed += name_end - j
            w = bares[j]
            if commas[j] and not noun and self._unnamed_aside(j):
                # "اتهم قيادي في الجبهة، فضّل عدم الكشف عن اسمه، عناصر الفرقة بـ…": the speaker's aside keeping back
                # his name is no new clause; its words do not use up the width
                close = next((k for k in range(j + 1, min(b, j + 9)) if commas[k]), None)
                if close is not None:
                    timed += close - j
                    j = close
                    continue
            # (its own relative clause, past its genitive and adjective: "اتفاقية التعاون الدفاعي التي وقّعها …")
            rel = noun and w in ("الذي", "التي") and (j <= t1 + 2 or j == far or (
                j <= t1 + 4 and not commas[j] and all(bares[x].startswith("ال") and not commas[x] for x in range(t1 + 1, j))))
            # "نزع السلاح يجب أن تكتمل قبل نهاية العام": a noun's predicate after a modal stays with it
            modal = noun and w == "ان" and (j - 1) in status_at and j - t1 <= 4
            # (its relative clause with كان: "اعتصاماً مفتوحاً كان يخوضه عشرات الطلبة")
            rel = rel or (noun and w in _WAS and j <= t1 + 2 and j + 1 < b and _light_present(v.tokens[j + 1].folded))
            # (comma_clause is false without a comma: asked only after one)
            clause = commas[j] and v.comma_clause(j)
            # "تفقّد المحافظ، X، وقائد الجيش الثاني، Y، أمس الاثنين، …": a second titled subject joined to the first
            # is no new clause; its words do not use up the width
            joined = self._joined_titled_subject(j, b) if clause and not noun else 0
            if strong[j] or (((clause and not joined) or subordinators[j]) and not rel and not modal
                             and not (hurt and w[:1] == "و" and w[1:] in _HURT_ANY)):
                break
            if noun and commas[j] and j > t1 + 1 and t0 > a and bares[t0 - 1] in _FRONTED_PREPS \
                    and _light_verb(v.tokens[j].folded) and v.tokens[j].folded[:1] not in ("س", "ي", "ت"):
                # "وبالتزامن مع وصول القافلة، نظم عشرات من النازحين …": the phrase fronted before the main clause
                # ends at its comma; the past verb after it has its own subject
                break
            if joined:
                timed += joined - j
                j = joined
                continue
            if (j in at_token and j != t0) or j in cue_tokens:
                if j == t1 + 1 and not noun and j not in cue_tokens and at_token[j].pos == "N" \
                        and at_token[j].type == c.type and not v.tokens[j].folded.endswith("ا"):
                    # "استهدفت غارة جوية إسرائيلية أطراف بلدة الناقورة": the verb's subject is its own act's
                    # noun (not its object: "إن قواته صدّت هجوماً شنته …"); its object is past it
                    j = at_token[j].t1 + 1
                    continue
                break
            j += 1
        return j

    def _joined_titled_subject(self, j: int, b: int) -> int:
        """After a comma at token j, "وقائد الجيش الثاني الميداني، اللواء X،": a title joined by و, then the person
        it names set off by commas (or right after it); the token after the name's closing comma, or 0."""
        v = self.v
        f = v.tokens[j].folded
        if f[:1] != "و" or j in v.occ_at:
            return 0
        titles = _actor_lexicon().titles
        n, _found = titles.longest([f[1:]] + [v.tokens[x].folded for x in range(j + 1, min(b, j + titles.max_len))])
        if not n:
            return 0
        for k in range(j + n, min(b, j + n + 9)):  # (past a rank of three or four words: "اللواء أركان حرب X")
            if v.is_strong_break(k):
                return 0
            o = v.occ_at.get(k)
            if o is not None and v.by_id[o.eid].type == "PER":
                return o.t1 + 1 if o.t1 + 1 < b and "،" in v.gap(o.t1 + 1) else 0
        return 0

    def aside(self, c: Cand) -> tuple[int, int] | None:
        """"طالب، خلال استقباله السفير أمس، الولايات المتحدة بـ…": a phrase set off by commas right
        after a verb, before its object; its tokens [first, last], or None."""
        v = self.v
        i = c.t1 + 1
        # (or who said it for the subject: "دانت الحكومة، على لسان وزير الإعلام X، …")
        if c.pos != "V" or i >= c.sent[1] or "،" not in v.gap(i) or (
                v.bare(i) not in _ASIDE_OPENERS and not _on_the_tongue_of(v, i)):
            return None
        for k in range(i + 1, min(c.sent[1], i + 14)):
            if v.is_strong_break(k):
                return None
            if "،" in v.gap(k):
                return (i, k - 1) if not v.comma_clause(k) else None
        return None

    def _aside_before(self, c: Cand) -> int | None:
        """"توصلت الحكومة والحوثيون، في ختام مفاوضات في مسقط، إلى اتفاق": a phrase set off by commas
        between a noun (and its preposition) and the verb that governs it; its first token, or None."""
        v = self.v
        if c.pos != "N":
            return None
        a = c.sent[0]
        j = c.t0 - 1 if c.t0 - 1 > a and v.bare(c.t0 - 1) in ("الي", "علي", "عن", "من", "في") else c.t0
        if "،" not in v.gap(j):
            return None
        for k in range(j - 1, max(a, j - 14), -1):
            if v.is_strong_break(k + 1):
                return None
            if "،" in v.gap(k):
                # (or a time with the place after it: "وقّع الوزراء، مساء أمس في الدوحة، اتفاقية")
                return k if (v.bare(k) in _ASIDE_OPENERS or k in self.rd.time_tokens) and not v.comma_clause(k) \
                    else None
        return None

    def left_limit(self, c: Cand, stop_at_triggers: bool = True) -> int:
        v = self.v
        a, _b = c.sent
        t0 = c.t0
        i = t0
        time_aside = _time_aside_before(v, self.rd.time_tokens, t0, a) if v.tokens[t0].folded[:1] != "و" else None
        if v.comma_clause(t0) and time_aside is None:
            return t0  # "، ونقلتها …": a new clause; its subject, if unsaid, is carried from the last one
            # (not after a time set off by commas, with no و to open a clause: "قرار مجلس الاتحاد الأوروبي، الاثنين
            # الماضي، فرض عقوبات")
        # (tokens inside the sentence: the per-token lists are read directly)
        bares, strong, commas, triggers = v.bares, v.strong, v.commas, self.rd.trigger_tokens
        subordinators, pronouns = v.subordinators, v.pronoun_subjects
        aside = self._aside_before(c)
        if aside is not None:
            i = aside  # (its words do not use up the width: the loop below counts from the aside's start)
        while i > a and (t0 - i if aside is None else aside - i) < 14:
            if strong[i]:
                break
            if commas[i] and i != t0 and i != time_aside and v.comma_clause(i):  # (false without a comma)
                break
            if subordinators[i - 1] or pronouns[i - 1]:  # a new clause, or a pronoun subject
                break
            if stop_at_triggers and (i - 1) in triggers and not (i - 2 >= a and bares[i - 2] in _REF_PREPS):
                break
            i -= 1
        return i

    # --- roles
    def read_roles(self, c: Cand) -> None:
        v = self.v
        R = self.right_limit(c)
        L = self.left_limit(c)
        if self._force_after_object_pronoun(c) or self._unnamed_body_after(c):
            c.unnamed_subject = True  # "قبل أن تفرّقها قوات الأمن": no subject is carried to it
        # genitive / object right after the trigger
        first_right: Occ | None = None
        assigned_places: list[Occ] = []
        subject_done = False
        # (with its conjunction: "وتلقى الأمير، اليوم، اتصالاً هاتفياً من …")
        recv_at = next((j for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 25) - 1, -1)
                        if v.bare(j) in _RECEIVE_VERBS or v.bare(j)[:1] in ("و", "ف") and v.bare(j)[1:] in _RECEIVE_VERBS),
                       None) if c.pos == "N" and c.type == "CONSULT" else None
        recv_after = next((j for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 3))
                           if _unsuffixed(v.bare(j)) in _RECEIVE_VERBS or v.bare(j) in ("تلقاه", "تلقاها")),
                          None) if c.pos == "N" and c.type == "CONSULT" and recv_at is None else None
        if recv_after is not None:
            # "خلال اتصال هاتفي تلقاه اليوم من الرئيس الفرنسي": the call received by the clause's subject
            c.frame = "receive"
            prev = next((d for d in self._earlier_in_sentence(c) if d.actor), None)
            if prev is not None:
                _add(c.recipient, [x for x in prev.actor if v.is_actorish(x)])
        if recv_at is not None and not any(recv_at < j < c.t0 for j in self.rd.trigger_tokens):
            c.frame = "receive"  # "تلقى X، اليوم …، اتصالاً هاتفياً من Y": Y called X
            o = next((o for o in v.occs_in(recv_at + 1, c.t0) if v.prep_of(o) == "" and v.is_actorish(o.eid)
                      and v.by_id[o.eid].type == "PER"), None) or next(
                (o for o in v.occs_in(recv_at + 1, c.t0) if v.prep_of(o) == "" and v.is_actorish(o.eid)), None)
            if o is not None:
                _add(c.recipient, [g.eid for g in v.group_from(o, c.t0) if v.is_actorish(g.eid)])
        # subject before the trigger (SVO or light verb + noun); the nearest unmarked entity
        left_occs = [o for o in v.occs_in(L, c.t0) if o.t1 < c.t0]
        if c.pos == "N" and v.comma_before(c.t0):
            # "إن ابنها «طالب جامعي لا علاقة له بأي جماعة مسلحة»، متهمةً الأجهزة …": a participle after the comma
            # goes on with who spoke, never with a name inside the words quoted
            left_occs = [o for o in left_occs if not self._in_quoted_words(o)]
        aside = self._aside_before(c)
        if aside is not None:  # (not what the aside names: "…، في ختام مفاوضات في مسقط، إلى اتفاق")
            left_occs = [o for o in left_occs if o.t1 < aside]
        left_subject: list[str] = []
        kinds = {self.rd.status_at[j].payloads[0].kind for j in range(L, c.t0) if j in self.rd.status_at}
        claim = any(w in _CLAIM_VERBS or w[1:] in _CLAIM_VERBS for w in v.bares[L:c.t0])
        # "دفعت القوات الأمريكية بتعزيزات": a verb of sending whose ب-object is the noun is its light verb
        # ("دفعت القيادة العامة للقوات المسلحة العربية الليبية، أمس الاثنين، بتعزيزات": past a long name and a time)
        # ("ردّت القوات الحكومية، مدعومة بميليشيات …، بهجوم مضاد": who answered with an attack made it)
        by_noun = c.pos == "N" and "ب" in v.tokens[c.t0].folded[:max(0, c.start - v.tokens[c.t0].start)]
        # (the words of names and times between do not use up the reach: "دفعت القيادة العامة للقوات المسلحة
        # العربية الليبية، بقيادة المشير خليفة حفتر، خلال الساعات الماضية بتعزيزات")
        between = v.occs_in(max(L, c.t0 - 24), c.t0)
        send_reach = 12 + min(10, sum(o.t1 - o.t0 for o in between) + sum(
            1 for j in range(max(L, c.t0 - 24), c.t0) if j in self.rd.time_tokens))
        sent = by_noun and any(
            # (or after the ل of consequence: "…، لتدفع قيادة الأمن الداخلي بتعزيزات")
            (v.bare(j) in _SEND_VERBS or (v.bare(j)[:1] in ("و", "ف", "ل") and v.bare(j)[1:] in _SEND_VERBS)
             or (c.type in _REPLY_TYPES and self._reply_verb(j)))
            and not any(x in self.rd.trigger_tokens for x in range(j + 1, c.t0))
            for j in range(max(L, c.t0 - send_reach), c.t0))
        # "فرضت الوزارة الشهر الماضي عقوبات"، "نصب مسلحون كميناً": a light verb before the noun lends its subject
        # (nor do the words of a named subject: "أمر رئيس المجلس الرئاسي محمد المنفي بتشكيل لجنة تحقيق")
        # (nor where its subject is: "فرضت السلطات المحلية في قضاء سنجار غربي محافظة نينوى حظراً")
        near = v.occs_in(max(L, c.t0 - 14), c.t0)
        reach = 6 + sum(1 for j in range(max(L, c.t0 - 20), c.t0) if j in self.rd.time_tokens) + min(6, sum(
            o.t1 - o.t0 for o in near if v.prep_of(o) == "") + sum(
            o.t1 - o.t0 + 2 for o in near if v.prep_of(o) in ("في", "ب") and v.is_place(o.eid))) + min(8, sum(
            # (nor the body it belongs to: "فرضت قوى الأمن الداخلي التابعة للإدارة الذاتية لشمال وشرق سوريا حظراً")
            o.t1 - o.t0 + 2 for o in near if v.prep_of(o) == "ل" and o.t0 > 0 and v.bare(o.t0 - 1) in BELONGING_TO)) + min(8, sum(
            # (nor the units a body's subject is told by: "أطلقت قطعات من الجيش العراقي وألوية من هيئة الحشد الشعبي")
            o.t1 - o.t0 + 2 for o in near if v.prep_of(o) == "من" and o.t0 > 1 and _unjoined(v.bare(o.t0 - 2)) in _UNIT_NOUNS))
        # (nor an aside set off by commas, whose bodies are no subject: "أطلقت قيادة عمليات الأنبار، بإسناد من طيران
        # الجيش وقطعات من الحشد الشعبي، فجر أمس الاثنين، عملية أمنية واسعة")
        aside_tokens = {x for k in range(max(L, c.t0 - 24) + 1, c.t0) if k not in self.rd.time_tokens
                        and (e := self.rd._comma_aside_end(k, c.t0 + 1)) is not None for x in range(k, e)} \
            if c.pos == "N" else set()
        reach += min(16, len(aside_tokens))
        lit = c.pos == "N" and any(
            _light_verb(v.tokens[j].folded) and j not in self.rd.trigger_tokens for j in range(max(L, c.t0 - reach), c.t0))
        if lit and not sent and aside_tokens:
            left_occs = [o for o in left_occs if o.t0 not in aside_tokens]
        sent = sent or lit
        # "دخل مئات العمال في مركب الحديد والصلب بالحجار جنوب ولاية عنابة، أمس الاثنين، في إضراب": who entered the
        # strike holds it, past the words of where they work (which no entity may cover)
        entered = next((j for j in range(c.t0 - 2, max(L, c.t0 - 20) - 1, -1) if v.bare(j).lstrip("و") in _ENTERING
                        and j not in self.rd.trigger_tokens and not any(v.is_strong_break(x) for x in range(j + 1, c.t0))),
                       None) if c.pos == "N" and c.type == "PROTEST" and c.t0 > L and (v.bare(c.t0 - 1) == "في" or (
                           # "دخل عمال الشركة يومهم الثالث من إضراب": its day, counted, is what they entered
                           v.bare(c.t0 - 1) == "من" and any(v.bare(j).startswith(("يوم", "اسبوع", "شهر"))
                                                           for j in range(max(L, c.t0 - 3), c.t0 - 1)))) else None
        if entered is not None and not sent:
            sent = True  # (the subject is the party right after the verb, not the place of work nearer the noun)
            left_occs = [o for o in left_occs if o.t0 > entered and not v.is_place(o.eid)][:1]
        # "ردّت قوات الجيش، بمساندة …، بقصف مدفعي"، "ردّت إسرائيل بغارات": who responded with an act (after ب) did it
        # (not "ردّت الوزارة على الاتهامات": what it answered)
        responded = next((j for j in range(c.t0 - 1, max(L, c.t0 - 16) - 1, -1)
                          if v.bare(j).lstrip("و") in _RESPONDING and j not in self.rd.trigger_tokens
                          and not any(v.is_strong_break(x) for x in range(j + 1, c.t0))), None) \
            if c.pos == "N" and c.type == "ASSAULT" and v.text[v.tokens[c.t0].start:c.start].endswith("ب") else None
        if responded is not None and not sent:
            sent = True  # (the subject right after the verb, not a body in an aside nearer the noun)
            left_occs = [o for o in left_occs if o.t0 > responded and v.is_actorish(o.eid)][:1]
        # "أنهت اللجنة أمس جولتها الأخيرة من المباحثات"، "اختتم الوزير زيارته": who ends or opens talks or a
        # visit holds them
        # ("اختتمت القوات البحرية المصرية والسعودية فعاليات التدريب المشترك": who ends an exercise held it)
        sent = sent or (c.pos == "N" and c.type in ("CONSULT", "COOPERATE") and any(
            v.bare(j).lstrip("و") in _CLOSING_VERBS and j not in self.rd.trigger_tokens
            for j in range(max(L, c.t0 - reach), c.t0)))
        # a court handing down sentences: "أصدرت المحكمة، الاثنين الماضي، أحكاماً بالحبس" (not "أصدرت الوزارة
        # بياناً بشأن الغارات": the issuer of a statement is no party to what it is about)
        sent = sent or (c.pos == "N" and c.type == "SANCTION" and any(
            v.bare(j).lstrip("و") in ("اصدر", "اصدرت") for j in range(max(L, c.t0 - reach), c.t0)))
        # "تمكّن المكتب المركزي …، صباح اليوم، من تفكيك خلية"، "نجحت القوات في تحرير …": who managed to do it did it
        # ("أقدم الجيش، فجر اليوم، على تفجير منازل": who set about an attack did it, likewise)
        enabler = self._enabling_verb(c)
        # "أعلنت القوى الوطنية الإضراب الشامل": who declares a strike holds it
        # ("أعلنت قيادة عمليات بغداد نشر ثلاثة آلاف عنصر"، "إعلان البنتاغون بدء نشر سرب": who announces a
        # deployment or a pull-out makes it)
        # (twelve words back, past a time set off between: "أعلنت قيادة الأمن الداخلي في محافظة إدلب، التابعة
        # لوزارة الداخلية السورية، أمس، إطلاق حملة أمنية")
        reach = c.t0 - 12 - sum(1 for j in range(max(L, c.t0 - 16), c.t0) if j in self.rd.time_tokens)
        sent = sent or (c.pos == "N" and c.type in ("PROTEST", "MOBILIZE", "RETREAT", "SANCTION", "COERCE") and any(
            v.bare(j).lstrip("و") in _ANNOUNCED_BY for j in range(max(L, reach), c.t0)))
        if c.pos == "N" and not claim and not sent and not kinds & {"aux", "begin", "end", "planned", "negated"}:
            left_occs = []
        if c.pos == "N":  # "تبنّت الحركة الهجوم": who claims an attack made it; "لم تعلّق على الاتهام": not so
            c.subject_via = "claim" if claim else "light" if kinds & {"aux", "begin", "end", "planned"} else "other"
        if enabler is not None:
            # "أقدم عشرات الفلاحين من دواوير جماعة سيدي العايدي، صباح أمس، على قطع الطريق": the enabling verb's subject,
            # right after it, before the places it comes from
            first = next((o for o in left_occs if enabler < o.t0 <= enabler + 3 and v.prep_of(o) == ""
                          and v.is_actorish(o.eid) and not v.is_place(o.eid)), None)
            if first is not None:
                left_occs = [o for o in left_occs if o is not first] + [first]
        for o in reversed(left_occs):
            prep = v.prep_of(o)
            if prep == "ل" and (c.pos == "V" or c.subject_via == "light") and o.t0 > 1 \
                    and v.word_before(o).removeprefix("ال").startswith("تابع") \
                    and v.is_actorish(o.eid) and c.type in ("RETREAT", "MOBILIZE", "ASSAULT"):
                # "إن رتلاً تابعاً للواء 444 غادر …": the unit's owner moved ("شن الطيران الحربي التابع للجيش
                # السوداني غارات": its light verb's too)
                left_subject = [o.eid]
                break
            # "وحدات من الفرقة السادسة"; a unit of a body, its من or ل the owner ("دورية من مديرية المخابرات"،
            # "أن مفارز للجيش الوطني الشعبي أوقفت …")
            member = (prep == "من" and o.t0 > 1 and v.bare(o.t0 - 2) in _MEMBER_NOUNS) or self._unit_member(o)
            # "نفّذ عشرات من سائقي الشاحنات وقفة": a crowd counted from a body of people is that body
            member = member or (prep == "من" and o.t0 > 1 and v.bare(o.t0 - 2).lstrip("و") in _CROWD_COUNTS)
            # (or by a figure: "نفّذ نحو 300 من أصحاب الشهادات العليا، أمس، مسيرة")
            member = member or (prep == "من" and o.t0 > 1 and v._counted(o.t0 - 1))
            # (past the supporters or members it is counted from: "نفذ العشرات من أنصار حزب جبهة العمل الإسلامي وقفة")
            member = member or (prep == "من" and o.t0 > 2 and v.bare(o.t0 - 2) == "من"
                                and v.bare(o.t0 - 3).lstrip("و") in _CROWD_COUNTS)
            if (prep and not member) or not v.is_actorish(o.eid) or v.is_outlet(o.eid):
                continue  # (an outlet in a dateline, "عمّان (بترا)- استقبل …", acts in nothing it reports)
            if "(" in v.gap(o.t0) and any(p.eid == o.eid and p.t1 + 1 == o.t0 and v.prep_of(p)
                                          for p in v.occs_in(max(L, o.t0 - 12), o.t0)):
                continue  # "العاملون في وكالة … (الأونروا)": a short form in brackets keeps its name's preposition
            if c.pos == "V" and c.conj and c.suffix in ("ها", "ه") and v.by_id[o.eid].type != "PER" \
                    and (c.frame == "request" or c.type == "ACCUSE") \
                    and entity_gender(v.by_id[o.eid]) == ("f" if c.suffix == "ها" else "m") \
                    and o.t0 > L and v.bare(o.t0 - 1) not in ("ان", "بان", "انه", "انها"):
                # "أبلغ لجنة الإشراف بالخرق وطالبها بالضغط": the body the pronoun on the joined verb stands for is its
                # object, not its subject (its subject goes on)
                if not c.recipient:
                    _add(c.recipient, [o.eid])
                continue
            if c.pos == "V" and c.conj and (self._object_of_svo(o, L) or self._counted_object(o) or self._genitive_plural(o)):
                continue  # "بأن عناصر الأمن لاحقت المحتجين …، واعتقلت": the first verb's object; its subject goes on
            if o.t0 >= 2 and v.bare(o.t0 - 1) in _TARGET_NOUNS and v.bare(o.t0 - 2) in ("علي", "ضد") \
                    and not v.gap(o.t0).strip():
                continue  # "إن القصف على مستودع الأونروا أدى إلى مقتل …": the owner of a site struck is no doer
            if o.t0 >= 1 and v.bare(o.t0 - 1) in _MEDIATED_BY and not v.gap(o.t0).strip():
                continue  # "اتفاق … بوساطة أعيان المدينة، يقضي بانسحاب المجموعتين": the mediators do not withdraw
            if c.pos == "V" and o.t0 >= 1 and not v.gap(o.t0).strip() and v.tokens[o.t0 - 1].folded[:1] == "ب" \
                    and self.lex.in_class(v.tokens[o.t0 - 1].folded[1:], "site"):
                continue  # "في ندوة عقدها بمقر النقابة، رفض رئيسها …": the owner of the place where it happened
            if self.rd._in_relative_aside(o, c.t0):
                continue  # "تعقد اللجنة، التي تترأسها الولايات المتحدة، اجتماعها": the aside's party is no subject
            if c.pos == "N" and self._chaired(o, L - 1):
                # "دان المجلس، في ختام اجتماعه … برئاسة الوزير X، الهجوم": the chair attacked nobody (a
                # delegation's chair before its verb leads it: "وفداً برئاسة محافظ درعا سيلتقي …")
                continue
            if o.t0 > 3 and v.bare(o.t0 - 1) == "دول" and v.bare(o.t0 - 2) == "في" and any(
                    x.t1 == o.t0 - 3 and v.is_actorish(x.eid) for x in v.occs_in(max(L, o.t0 - 12), o.t0 - 2)):
                continue  # "وزراء الدفاع في دول مجلس التعاون": the body whose states the ministers are of
            # (past the leader's titles: "القيادة العامة …، بقيادة المشير خليفة حفتر، …")
            led = next((x for x in range(o.t0 - 1, max(L, o.t0 - 5) - 1, -1) if v.bare(x) in ("بقياده", "بزعامه")), None)
            if led is not None and led > 0 and (led == o.t0 - 1 or self._title_run(led + 1, o.t0)) and any(
                    x.t1 == led - 1 and v.is_actorish(x.eid) for x in v.occs_in(max(L, led - 12), led)):
                continue  # "مقاتلات تحالف دعم الشرعية بقيادة السعودية": the coalition acts, not its leader
            # (a coordination the clause's width cut in two is whole: "أن قوة مشتركة من الجيش العراقي ومقاتلي الحشد
            # العشائري نفذت، فجر أمس، عملية …")
            head = self._group_head(o, max(c.sent[0], L - 12))
            if head is not o and v.prep_of(head) and v.prep_of(head) not in ("ل",) and v.is_place(o.eid):
                continue  # ("قادمة من مدينتي مصراتة والزاوية": the second of places governed by من)
            grp = v.group_from(head, c.t0)
            left_subject = [g.eid for g in grp if v.is_actorish(g.eid)]
            break
        if c.pos == "N" and (c.type in _DEEDS or c.type == "AID") and len(left_subject) == 1:
            # "نفى الناطق باسم الجيش الوطني الليبي اللواء أحمد المسماري اعتقال …": a spokesman announces or
            # denies his body's deed; he does not arrest, strike or deploy himself
            st_c = self.statement_for(c.start)
            if st_c is not None and st_c.speaker == left_subject[0]:
                left_subject = [self._spokesman_body(st_c) or left_subject[0]]
        ordered = c.pos == "N" and c.mode == "ceasefire" and not left_subject
        # (or relief sent, counted, past an aside: "سيّرت الهيئة، بالتعاون مع وزارة التنمية، 25 شاحنة محمّلة …")
        counted = c.pos == "N" and c.type == "AID" and not left_subject and c.t0 - 1 > c.sent[0] \
            and v._counted(c.t0) and "،" in v.gap(c.t0 - 1)
        if c.pos == "N" and c.type in _SPEECH_ACTS and "،" in v.gap(c.t0) or ordered or counted:
            # "جدّد الرئيس جوزاف عون، خلال استقباله …، مطالبته بـ…": the light verb's subject, past the aside
            # ("أصدر المجلس الرئاسي، بصفته القائد الأعلى للجيش، أمراً بوقف فوري لإطلاق النار": who gave the order)
            lv = next((j for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 18) - 1, -1)
                       if v.bare(j).lstrip("و") in ("اصدر", "اصدرت")), None) if ordered \
                else self._light_verb_before(c, 18)
            if lv is not None and not any(v.is_strong_break(x) for x in range(lv + 1, c.t0)):
                subj = next((o for o in v.occs_in(lv + 1, min(c.t0, lv + 7)) if v.prep_of(o) == ""
                             and v.is_actorish(o.eid) and not any("،" in v.gap(x) for x in range(lv + 1, o.t0 + 1))), None)
                if subj is not None:
                    left_subject = [subj.eid]
        if not left_subject and c.pos == "N" and c.t0 - 2 > c.sent[0] and v.bare(c.t0 - 1) == "علي":
            subj = self._proceeded_subject(c)
            if subj is not None:
                left_subject = [subj.eid]  # "أقدم العشرات من سكان المدينة على غلق الطريق": who proceeded to it
        if not left_subject and c.pos == "N" and c.type == "AGREE":
            # "توقيع وزير الداخلية الموريتاني محمد الأمين ولد أحمدو ونظيره الإسباني …، أمس …، في نواكشوط، اتفاقية
            # تعاون": the accord signed by who the signing's genitive names, past a time and a place
            sign = self._signing_before(c)
            if sign is not None:
                subj = next((o for o in v.occs_in(sign + 1, min(c.t0, sign + 8)) if v.prep_of(o) == ""
                             and v.is_actorish(o.eid) and not v.is_outlet(o.eid)), None)
                if subj is not None:  # (both signatories: "توقيع العراق وتركيا … مذكرة تفاهم")
                    left_subject = [g.eid for g in v.group_from(subj, c.t0) if v.is_actorish(g.eid)] or [subj.eid]
        if c.pos == "V" and not c.conj and v.comma_before(c.t0) and c.t1 + 1 < c.sent[1] \
                and v.bare(c.t1 + 1) in ("فيه", "فيها", "فيهما"):
            # "وجهت وزارة الخارجية رسالتين إلى الأمين العام … ورئيس مجلس الأمن، أدانت فيهما …": what a letter or a
            # statement says is said by who sent it, the sentence's first party, not the last one named
            # (a crowd counted with من is a first party too: "نظم عشرات من النازحين وقفة …، طالبوا فيها …"; and a
            # plural verb's is no town)
            plural = _unjoined(v.tokens[c.t0].folded).endswith(("وا", "ون"))
            main = next((o for o in v.occs_in(c.sent[0], c.t0) if (v.prep_of(o) == "" or (
                v.prep_of(o) == "من" and o.t0 >= 2 and v.bare(o.t0 - 2).lstrip("و") in _CROWD_COUNTS))
                and v.is_actorish(o.eid) and not v.is_outlet(o.eid) and not (plural and v.is_place(o.eid))), None)
            if main is not None:
                left_subject = [g.eid for g in v.group_from(main, c.t0) if v.is_actorish(g.eid)]
        # a verb of what a statement says, with the statement's resumptive pronoun ("… فيه")
        said_in = c.pos == "V" and c.t1 + 1 < len(v.tokens) and v.bare(c.t1 + 1) in ("فيه", "فيها")
        if said_in and c.t0 - 2 >= c.sent[0] and v.bare(c.t0 - 1) in _SAYING_NOUNS and v.bare(c.t0 - 2) in ("في", "عبر"):
            # "وفق ما أعلنت شبكة أطباء السودان في بيان وصفت فيه الهجوم بأنه …": who put it in the statement,
            # the subject of the verb the statement is told with
            main = next((o for o in reversed(v.occs_in(max(c.sent[0], c.t0 - 14), c.t0 - 2)) if v.prep_of(o) == ""
                         and v.is_actorish(o.eid)), None)
            if main is not None:
                left_subject = [main.eid]
        if said_in and c.t1 + 1 < R and any(not _SPEAKERS_OWN_WORDS.isdisjoint(word_stems(v.tokens[j].folded))
                                            for j in range(max(c.sent[0], c.t0 - 3), c.t0)):
            # "عقد مؤتمراً صحفياً يتهم فيه إسرائيل بـ…"، "أصدرت بياناً تدين فيه الهجوم": the speaker's own
            # statement, its verb the speaker's; the entity after the pronoun is the object
            subject_done = True
        if c.pos == "V" and c.t1 + 1 < c.sent[1] and v.bare(c.t1 + 1) in ("الاخير", "الاخيره", "الاخيرين", "الاخيرون"):
            # "اتهم المسماري قوات الدعم السريع …، فيما نفت الأخيرة …": the latter is the party named last
            last = v.latter(c.sent[0] - 40, c.t0)
            if last is not None:
                left_subject = [last.eid]
        if not left_subject and c.pos == "V" and c.t0 - 3 >= c.sent[0] and v.bare(c.t0 - 1) == "ان" \
                and v.bare(c.t0 - 2) in _EXPECTED:
            # "أن الموفد الأميركي توم براك يُنتظر أن يصل إلى بيروت": who is expected to act, named right before
            # (or the antecedent of a relative: "المبعوث الأممي X، الذي يُنتظر أن يزور مسقط")
            named_end = c.t0 - 4 if v.bare(c.t0 - 3) in ("الذي", "التي") else c.t0 - 3
            told = v.occ_at.get(named_end) or next((o for o in v.occs_in(max(c.sent[0], named_end - 5), named_end + 1)
                                                    if o.t1 == named_end), None)
            if told is not None and v.prep_of(told) == "" and v.is_actorish(told.eid):
                left_subject = [told.eid]
        if not left_subject and enabler is not None:
            # (or the body a unit is of: "تمكنت وحدات من الجيش العراقي من اعتقال …")
            # (a unit's name may be long: "تمكّنت فرقة الأبحاث والتفتيش للحرس الوطني")
            subj = next((o for o in v.occs_in(enabler + 1, min(c.t0, enabler + 8)) if (
                (v.prep_of(o) == "" and o.t0 < enabler + 4) or self._unit_member(o)) and v.is_actorish(o.eid)), None)
            if subj is None:
                # "أن مفارز مديرية الاستخبارات تمكنت من إلقاء القبض": the subject before the verb
                # (past an aside: "مفارز المديرية، وبالتنسيق مع قيادة العمليات، تمكنت")
                # (or the body of a unit before it: "أن مفرزة للجيش الوطني الشعبي تمكنت من كشف وتدمير مخبأ")
                subj = next((o for o in reversed(v.occs_in(max(c.sent[0], enabler - 14), enabler))
                             if (v.prep_of(o) == "" or self._unit_member(o)) and v.is_actorish(o.eid)
                             and self._clause_gap(o.t1 + 1, enabler)),
                            None)
            if subj is not None:
                left_subject = [g.eid for g in v.group_from(subj, c.t0) if v.is_actorish(g.eid)]
        relative = c.pos == "V" and c.t0 - 2 >= c.sent[0] and v.bare(c.t0 - 1) in ("الذي", "التي", "الذين")
        # (a past act's: "التي يتجمع أنصارها" has its subject after it; a crowd's relative clause describes it)
        # (not a verb with its object's pronoun, "الذي خطفته مجموعة مسلحة": the antecedent is what it was done to)
        if not left_subject and relative and c.tense in ("past", "future") and c.type != "PROTEST" \
                and not (c.suffix and c.t0 == c.t1):
            # "وفق ما أعلنه مكتب الأمم المتحدة … (أوتشا)، الذي دعا طرفي النزاع": the antecedent acts
            ante = next((o for o in v.occs_in(max(c.sent[0], c.t0 - 8), c.t0 - 1) if o.t1 == c.t0 - 2), None)
            if ante is not None and v.is_actorish(ante.eid) and not v.is_outlet(ante.eid) \
                    and not (v.is_place(ante.eid) and not v.is_country(ante.eid)):
                left_subject = [ante.eid]
        if not left_subject and c.pos == "V" and not c.actor:
            self._unnamed_force_after(c)
        if not left_subject and c.pos == "V" and not (relative and not c.suffix):
            # (not into a relative clause whose antecedent is its subject: "فرّقت قوات الدرك مئات المحتجين الذين
            # احتشدوا": the protesters gathered)
            # "استنكرت الوزارة القصف، ودعت أنقرة إلى …": a coordinated verb keeps its clause's subject
            left_subject = self._carried_subject(c, R)
        elif not left_subject and c.pos == "N" and (lv := self._coordinated_light_verb(c)) is not None:
            # "اقتحمت القوات البلدة، وأطلقت قنابل الغاز": so does a coordinated light verb, for its noun
            # (its tense tells its subject's gender: "ونفذت" goes on with a feminine subject past a complement clause)
            tense = "present" if v.tokens[lv].folded[1:2] in ("ي", "ت") else "past"
            probe = replace(c, t0=lv, t1=lv, pos="V", conj=True, suffix="", actor=[], tense=tense)
            left_subject = self._carried_subject(probe, R)
        elif not left_subject and c.pos == "N" and (begun := self._coordinated_beginning(c)) is not None:
            # "اقتحمت قوات الاحتلال المخيم، وشرعت بتجريف الشوارع": a coordinated verb of beginning, for its noun
            probe = replace(c, t0=begun, t1=begun, pos="V", conj=True, suffix="", actor=[])
            left_subject = self._carried_subject(probe, R)
        elif not left_subject and c.pos == "N" and c.t0 - 2 >= c.sent[0] and v.bare(c.t0 - 2) in ("فيما", "بينما", "كما") \
                and _light_verb(v.tokens[c.t0 - 1].folded) and c.t0 - 1 not in self.rd.trigger_tokens:
            # "أغلقت القوات الأمنية الجسور …، فيما أطلقت الغاز المسيل للدموع": a light verb with no subject of its
            # own after فيما (or كما, "also": "…، كما أطلقت قنابل الغاز") goes on with the subject of the verb before it
            # (the nearest verb whose subject the text names, not one that only carries a subject itself)
            prev = next((d for d in self._earlier_in_sentence(c) if d.pos == "V" and d.actor and d.explicit_actor), None)
            if prev is not None:
                left_subject = [x for x in prev.actor if v.is_actorish(x)]
        aside = self.aside(c)
        right_occs = [o for o in v.occs_in(c.t1 + 1 if aside is None else aside[1] + 1, R) if o.start not in v.title_bodies]
        # (nor the body or seat in a person's title told before his name set off by commas: "طالب عضو مجلس النواب عن
        # محافظة البصرة، عدي عواد، بـ…" is the member's demand)
        titled = {x for p in right_occs if v.by_id[p.eid].type == "PER" and "،" in v.gap(p.t0)
                  for x in range(v.titled_t0(p), p.t0)}
        titled_starts: set[int] = set()
        if titled:
            right_occs = [o for o in right_occs if v.by_id[o.eid].type == "PER" or o.t0 not in titled]
            titled_starts = {p.t0 for p in right_occs if v.by_id[p.eid].type == "PER" and "،" in v.gap(p.t0)
                             and v.titled_t0(p) == c.t1 + 1}
        if c.pos == "V" and aside is None and c.t1 + 1 < R and c.t1 + 1 not in v.occ_at and (
                v.bare(c.t1 + 1) in ("احد", "احدي") or v.tokens[c.t1 + 1].folded in _actor_lexicon().titles.firsts):
            # "طالب أحد وجهاء عشيرة العكيدات في دير الزور، الشيخ حامد الخليل، بـ…"، "اتهم وكيل محافظة تعز ورئيس الفريق
            # الحكومي في لجنة فتح الطرق، منصور الصلوي، …": one of a body or a post, then his name set off by a comma;
            # the person is the subject, the bodies and places before his name are how he is named
            named = next((p for p in right_occs if v.by_id[p.eid].type == "PER"), None)
            if named is not None and (named.t0 - c.t1 > 16 or "،" not in v.gap(v.titled_t0(named))):
                named = None
            if named is not None and not any(v.is_strong_break(x) for x in range(c.t1 + 1, named.t0)):
                before = range(c.t1 + 1, v.titled_t0(named))
                right_occs = [o for o in right_occs if o.t0 not in before]
                titled_starts.add(named.t0)
        # "طالب الشيخ X، أحد وجهاء عشائر الرمادي، الحكومة بـ…": the body a person is one of, set off by commas
        # after his name, is how he is named, not a party
        one_of = {x for o in right_occs if v.by_id[o.eid].type == "PER" and o.t1 < R
                  for x in range(o.t1 + 1, self._one_of_aside(o.t1 + 1, R))}
        right_occs = [o for o in right_occs if o.t0 not in one_of]
        if c.pos == "V" and c.t1 + 1 < R and c.t1 + 1 not in v.occ_at and (
                _unnamed_plural_subject(v.tokens[c.t1 + 1].folded) or self._bare_title_subject(c)
                or v.bare(c.t1 + 1) in _DOCUMENT_SUBJECTS):
            subject_done = True  # "طالب المحتجون الحكومة بـ…": an unnamed subject; the entity after it is the object
            c.told_subject = True
            if not left_subject and v.bare(c.t1 + 1) in _DOCUMENT_SUBJECTS:
                # "وذكرت القيادة في بيان …، واتهم البيان «فلول داعش» بـ…": the statement told before acts for its issuer
                issuer = self._document_issuer(c)
                if issuer is not None:
                    left_subject = [issuer]
        possessed_subject = c.pos == "V" and not subject_done and c.t0 - 2 >= c.sent[0] \
            and v.is_subordinator(c.t0 - 2) and self._possessed_force_at(c.t0 - 1)
        if possessed_subject:
            subject_done = True  # "إن قواته استهدفت عناصر من حزب الله": his forces strike, the party after the verb is hit
        if c.pos == "V" and c.type == "ASSAULT" and not subject_done and not self._passive(c) and self._weapon_subject(c, R):
            subject_done = True  # "استهدفت المسيّرة الشبان"، "استهدفت طائرة مسيرة عناصر من …": the craft strikes, the party after it is hit
        if c.pos == "V" and not subject_done and not left_subject and self._unnamed_force_after(c):
            subject_done = True  # "اعتقلت القوات الشاب محمد …": a force no entity names is the subject, the person its object
        if self._reflexive_after_subject(c, R):
            c.unnamed_subject = True  # "سلّم إرهابي نفسه": the words before the reflexive are the subject, no entity
        if c.pos == "V" and c.t0 - 2 >= c.sent[0] and v.bare(c.t0 - 1) in ("الوفد", "الوفدان") \
                and v.is_subordinator(c.t0 - 2):
            # "قال المصدر إن الوفد سيلتقي …": the delegation named before, not the entity after the verb
            subject_done = True
            if not left_subject:
                own = self._delegation_of(c.t0 - 1)
                if own is not None:
                    left_subject = [own]
        # (a verbal noun's agent likewise: "على توغل وحدة من الجيش المالي")
        # (past the unit's adjective: "اقتحمت قوة كبيرة من جيش الاحتلال")
        adj = 1 if (c.pos == "V" or c.gen == "actor") and c.t1 + 4 < R and c.t1 + 3 not in v.occ_at \
            and v.bare(c.t1 + 3) == "من" and self._indefinite_adjective(c.t1 + 2) and (
                v.bare(c.t1 + 1) in _MEMBERS
                or any(self.lex.in_class(w, "force") for w in strip_word(v.tokens[c.t1 + 1].folded))) else 0
        group = v.occ_at.get(c.t1 + 3 + adj) if (c.pos == "V" or c.gen == "actor") and c.t1 + 3 + adj < R else None
        if group is None and (c.pos == "V" or c.gen == "actor") and c.t1 + 4 < R and v.bare(c.t1 + 3) == "ابناء":
            group = v.occ_at.get(c.t1 + 4)  # "هاجم مسلحون من أبناء عشيرة العكيدات": the clan's men
        # "تظاهر مئات من الطلبة"، "نفّذ عشرات من سائقي الشاحنات …": a crowd counted from a body of people
        counted = c.type == "PROTEST" and c.pos == "V" and c.t1 + 3 < R and v.bare(c.t1 + 1) in _CROWD_COUNTS \
            and v.bare(c.t1 + 2) == "من" and c.t1 + 1 not in v.occ_at
        if counted and group is None:
            group = v.occ_at.get(c.t1 + 3)
            if group is None and c.t1 + 4 < R and v.bare(c.t1 + 3) in _SUPPORTERS:
                group = v.occ_at.get(c.t1 + 4)  # "تظاهر مئات من أنصار الحزب": the party its supporters march for
        counted_far = False
        if not counted and group is None and c.type == "PROTEST" and c.pos == "V":
            # (past a time: "تجمّع منذ صباح اليوم عشرات من أهالي المفقودين")
            s0 = self.rd.past_time(c.t1 + 1, R)
            if s0 > c.t1 + 1 and s0 + 2 < R and v.bare(s0) in _CROWD_COUNTS and v.bare(s0 + 1) == "من" \
                    and s0 not in v.occ_at:
                group = v.occ_at.get(s0 + 2)
                counted_far = group is not None
        if not counted and group is None and c.type == "PROTEST" and c.pos == "V":
            # "تجمّع نحو 200 من صيادي جبلة": a number (with its hedge) counted from a crowd
            k = next((x for x in range(c.t1 + 2, min(R - 1, c.t1 + 5)) if v.bare(x) == "من"), None)
            span = range(c.t1 + 1, k) if k is not None else range(0)
            if k is not None and any(_number_token(v, x) for x in span) \
                    and all(_number_token(v, x)
                            or v.bare(x) in ("نحو", "حوالي", "قرابه", "زهاء", "اكثر", "ما", "يقارب") for x in span):
                group = v.occ_at.get(k + 1)
                counted_far = group is not None
        # (a unit of it: "دهمت وحدة من الجيش اللبناني"، "توغلت قوة تابعة للجيش الإسرائيلي")
        # (not a possessed force, the object: "يسحب قواته من العراق")
        # (or a weapon of it: "قصفت المدفعية التابعة للجيش التركي")
        unit = group is not None and (v.bare(c.t1 + 1) in _MEMBERS or v.bare(c.t1 + 1) in _CELLS or counted or (
            any(self.lex.in_class(w, "force") or w in _WEAPON_NOUNS for w in strip_word(v.tokens[c.t1 + 1].folded))
            and v.by_id[group.eid].type == "ORG" and not v.tokens[c.t1 + 1].text.endswith(("ه", "ها", "هم")))) and (
            v.bare(c.t1 + 2 + adj) == "من"
            or (v.bare(c.t1 + 2).removeprefix("ال").startswith("تابع") and group.prefix.endswith("ل"))
            or (v.bare(c.t1 + 2) == "في" and v.bare(c.t1 + 1) in _MEMBERS and v.by_id[group.eid].type == "ORG")) \
            or counted_far
        if not unit and not left_subject and c.pos == "V" and c.type in ("MOBILIZE", "RETREAT", "COERCE", "ASSAULT") \
                and c.t1 + 2 < R and c.t1 + 1 not in v.occ_at and not v.tokens[c.t1 + 1].prefix \
                and any(self.lex.in_class(w, "force") for w in strip_word(v.tokens[c.t1 + 1].folded)):
            # "دخلت قافلة عسكرية جديدة للتحالف الدولي إلى ريف دير الزور": the owner of the moving force,
            # past its adjectives, moved
            k = c.t1 + 2
            while k < min(R, c.t1 + 4) and self._indefinite_adjective(k):
                k += 1
            owner = v.occ_at.get(k)
            if owner is not None and owner.prefix in ("ل", "لل") and v.by_id[owner.eid].type == "ORG" \
                    and v.is_actorish(owner.eid) and not v.gap(k).strip() and (
                    c.type in ("MOBILIZE", "RETREAT") or self._object_follows(owner.t1 + 1, R)
                    or (after := self._past_aside(owner.t1 + 1, c.sent[1])) > owner.t1 + 1
                    and self._object_follows(after, c.sent[1], past_aside=True)):
                # (an arrest or an attack only with its object after: "اعتقلت دورية للجيش اللبناني ثلاثة
                # مطلوبين"، not the patrol that was hit, "استهدفت دورية للجيش قرب الحدود")
                group, unit = owner, True
        # "لكنها اتهمت طهران بـ…"، "قالت مالطا إنها استدعت القائم بالأعمال": the pronoun is the subject, the entity
        # after it the object (a past verb: "أنه يعتزم …" may still name its subject after it); so a unit after the
        # past verb is no subject either ("زعم الجيش أنه استهدف عناصر من حركة حماس")
        past = v.tokens[c.t0].folded[:1] not in ("ي", "ت", "ن")
        pronoun_subject = c.pos == "V" and c.t0 > c.sent[0] and (v.bare(c.t0 - 1) in _BUT_PRONOUNS or (
            v.is_pronoun_subject(c.t0 - 1) and not left_subject and past))
        if group is not None and unit and self._operation_before(c):
            # "عملية إنزال جوي على منزل …، استهدفت خلية تابعة لتنظيم داعش": the operation told before the verb is its
            # subject; the unit after it is what it struck
            unit, subject_done = False, True
            if c.type in ("ASSAULT", "COERCE"):
                _add(c.recipient, [group.eid])
        if group is not None and unit and not (pronoun_subject and past) and not possessed_subject \
                and v.is_actorish(group.eid) and not left_subject and c.t1 + 1 not in v.occ_at:
            # "هاجم مسلحون من تنظيم داعش نقطة للجيش": the members' group acted ("قُتل جندي من الجيش العراقي":
            # after a passive, the group whose man it happened to)
            # (and the bodies joined to it by و: "سلّمت قطعات من الجيش العراقي وهيئة الحشد الشعبي …")
            bodies = [g for g in v.group_from(group, R) if g is group or v.is_actorish(g.eid) and not v.is_place(g.eid)]
            if self._passive(c) and c.type in ("ASSAULT", "COERCE"):
                _add(c.recipient, [g.eid for g in bodies])
            else:
                left_subject = [g.eid for g in bodies]
            subject_done = True
            right_occs = [o for o in right_occs if all(o is not g for g in bodies)]
            unit_end = bodies[-1].t1  # the object comes right after: "يزور وفد من البرلمان الأوروبي معبر رفح"
        else:
            unit_end = None
        if pronoun_subject:
            subject_done = True
        if c.pos == "V" and not subject_done and c.t0 == c.t1 and _unjoined(v.tokens[c.t0].folded).endswith(
                ("وا", "ون")) and len(_unjoined(v.tokens[c.t0].folded)) > 4:
            # "غير أن سكاناً في شحات اتهموا السلطات المحلية بالتقصير": a verb in the plural agrees with a subject
            # told before it (or its pronoun); the party after it is its object
            subject_done = True
        if c.pos == "V" and not left_subject and not subject_done and v.tokens[c.t0].folded[:1] not in ("ي", "ن") \
                and self._anna_noun_subject(c.t0, L):
            subject_done = True  # "بأن الوحدات الأمنية أوقفت ثلاثة شبان": أنّ's noun is the subject, after it the object
            c.anna_subject = True
            # "أن الدوريات ضبطت الشاحنات": the patrols told before with their owner (past the unit's adjective: "أن
            # الوحدات البحرية أوقفت")
            told = next((t for t in (self.told_unit_owner(x) for x in range(c.t0 - 1, max(L - 1, c.t0 - 4), -1)) if t), [])
            if told:
                left_subject = told
        if c.pos == "V" and c.type in ("ACCUSE", "REQUEST", "REJECT") and c.t0 > 0 \
                and v.bare(c.t0 - 1).lstrip("و") in _BANNERS:
            # "رافعين شباكهم ولافتات تندد بقرار وزارة الزراعة": the banners speak (for the crowd); the body after
            # the verb is what they denounce
            subject_done = True
        if c.pos == "V" and not left_subject and not subject_done and c.t0 >= 3 and v.bare(c.t0 - 1) == "قد":
            # "أن تكون الإدارة قد هددت العمال"، "وكانت عناصر الأمن الوطني قد أوقفت النشطاء": a subject told between the
            # verb of being and قد; the party after the verb is its object, and a party named in the subject did it
            be = next((x for x in range(c.t0 - 3, max(c.sent[0], c.t0 - 8) - 1, -1)
                       if v.bare(x) in _BEING_FORMS), None)
            if be is not None and not v.break_or_comma_in(be + 1, c.t0) \
                    and all(v.bare(x).startswith("ال") or x in v.occ_at or v.bare(x) in _MEMBERS
                            or any(self.lex.in_class(w, "force") for w in strip_word(v.tokens[x].folded))
                            for x in range(be + 1, c.t0 - 1)):
                subject_done = True
                subj = next((o for o in v.occs_in(be + 1, c.t0 - 1) if v.prep_of(o) in ("", "من")
                             and v.is_actorish(o.eid)), None)
                if subj is not None:
                    left_subject = [g.eid for g in v.group_from(subj, c.t0 - 1) if v.is_actorish(g.eid)]
        if c.pos == "V" and not left_subject and any(
                v.bare(j) in _UNNAMED_SUBJECTS and not v.tokens[j].prefix
                and not (j > 0 and v.bare(j - 1) in ("بحسب", "حسب", "وفق", "وفقا", "عن", "نقلا"))
                for j in range(max(L, c.t0 - 5), c.t0)):
            subject_done = True  # "غير أن مصدراً أمنياً في «قسد» اتهم خلايا التنظيم": an unnamed source spoke
        pending_object = True
        object_taken = False
        forced_object = False
        with_party: list[str] = []
        joined: list[str] = []  # parties that took part ("بمشاركة X"), beside the subject who held it
        last_unmarked_end: int | None = unit_end
        light = self._light_after(c, R)
        if light is None:
            light = self._claimed_after(c)
        light_at = next((j for j in range(c.t1 + 1, min(R, c.t1 + 5))
                         if _unsuffixed(v.tokens[j].folded) in _LIGHT_VERBS), None) if c.pos == "N" else None
        if light_at is not None and (light_at <= c.t1 + 2 or all(
                any(w in _WEAPON_NOUNS or self.lex.in_class(w, "equipment") for w in strip_word(v.tokens[x].folded))
                or _attack_adjective(v.bare(x)) for x in range(c.t1 + 1, light_at))):
            c.verbal = True  # "هجوم شنّه مسلحون": a finite verb of its relative clause tells it happened
            # (past the weapon it was made with: "هجمات بطائرات مسيّرة شنّتها جماعة الحوثيين")
        if c.pos == "N" and c.type == "PROTEST" and any(
                v.tokens[j].folded in _MARCH_VERBS for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 4))):
            c.verbal = True  # "مسيرة حاشدة جابت شوارع المدينة": the march went through the streets
        if light is not None:
            grp_o = v.occ_at.get(light)
            if grp_o is not None and v.is_actorish(grp_o.eid) and not c.actor:
                ids = [g.eid for g in v.group_from(grp_o, R) if v.is_actorish(g.eid)]
                _add(c.recipient if c.frame in ("host", "receive") else c.actor, ids)
                c.own_roles = True
                right_occs = [o for o in right_occs if o.eid not in ids]
        bares = v.bares
        to_tokens = [j for j in range(c.t1 + 1, R) if bares[j] in ("الي", "نحو", "باتجاه", "صوب")
                     # (not "نحو 200 مركبة": about two hundred)
                     and not (bares[j] == "نحو" and j + 1 < len(v.tokens) and _number_token(v, j + 1))]
        passive = self._passive(c)
        content_from = R
        if c.frame in ("speech", "request"):
            # "تتهمه أنقرة بالسيطرة على …"، "دعت X إلى وقف الهجمات على …": what is asked or alleged, with
            # its own phrases, comes after the addressee; those phrases are not the act's roles
            addressed = [o.t1 for o in right_occs if v.prep_of(o) == ""]
            content_from = next((j for j in range(c.t1 + 1, R) if j not in v.occ_at and (
                (v.bare(j) == "الي" and addressed and addressed[0] < j) or v.bare(j) == "ب"
                or (v.tokens[j].folded.startswith("ب") and len(v.tokens[j].folded) > 4 and v.tokens[j].folded[1:3] == "ال"))), R)
        media_aside = self._media_aside(c) if c.pos == "V" else None
        person_prep: dict[int, str] = {}  # a titled person's last token -> the preposition it took
        for o in right_occs:
            if o.t0 > content_from and v.prep_of(o) not in ("", "ل"):
                continue
            if media_aside is not None and media_aside[0] <= o.t0 <= media_aside[1]:
                continue  # "أدانت الحكومة، في بيان أصدره المتحدث باسمها X، القصف": who issued it is no object
            if o.eid in c.actor and v.prep_of(o) == "" and c.pos == "V":
                continue  # "قوة الأمم المتحدة المؤقتة في لبنان (اليونيفيل)": the subject named again, no object
            if c.frame == "host" and o.eid in c.recipient:
                continue  # "استقبل الرئيس اللبناني جوزاف عون": the host's title and name are one party
            if c.type == "CONSULT" and v.is_place(o.eid) and any(
                    v.bare(x) in _TOPIC_OPENERS for x in range(c.t0, o.t0)):
                # "القمة … لبحث الأوضاع الأمنية في الصومال": a place in what is discussed is not where (nor is it
                # for the opener itself, read as a talk: "لبحث")
                continue
            if self._reference_point(o, c.sent[0]):
                continue  # "… وسط المدينة الواقعة شرقي العاصمة طرابلس": where the town lies, no scene
            # (a cell or a convoy comprising people or trucks tells who was taken or helped: not these)
            if c.pos == "N" and c.type in ("ACCUSE", "CONSULT", "AGREE", "COOPERATE") \
                    and any(_unjoined(v.bare(x)) in _COMPRISING for x in range(max(c.t1 + 1, o.t0 - 4), o.t0)) \
                    and not any(v.is_strong_break(x) for x in range(c.t1 + 1, o.t0 + 1)):
                continue  # "شكلت القيادة لجنة تحقيقية تضم ضباطاً من الجيش والحشد": the members are no party to it
            if o.t0 >= 2 and v.bare(o.t0 - 1) in ("اشراف", "رعايه") and v.bare(o.t0 - 2) == "تحت":
                continue  # "فتح بحثاً قضائياً تحت إشراف النيابة العامة": who oversees it does not do it
            if c.type != "CONSULT" and o.t0 >= 1 and (v.bare(o.t0 - 1) == "بوساطه" or o.t0 >= 2
                                                       and v.bare(o.t0 - 1) == "من" and v.bare(o.t0 - 2) == "بوساطه"):
                continue  # "قبل أن يُفرج عنه … بوساطة من «اليونيفيل»": the mediator neither freed nor was freed
            seen_to = any(j < o.t0 for j in to_tokens)  # "… إلى عدد من القواعد داخل العراق": a destination
            prep = v.prep_of(o)
            if c.type in ("ASSAULT", "COERCE") and self._at_the_hands_of(o) and not v.is_place(o.eid) \
                    and v.is_actorish(o.eid):
                # "اختطاف خمسة مهندسين على أيدي مسلحين قبليين"، "قُتل على يد قوات الأمن": by whose hands, the doer
                _add(c.actor, [g.eid for g in v.group_from(o, R) if v.is_actorish(g.eid)])
                c.own_roles = True
                continue
            if prep in COMPASS and o.t0 >= 2 and v.bare(o.t0 - 2) in ("الي", "نحو", "باتجاه", "صوب", "من"):
                prep = v.bare(o.t0 - 2)  # "وصول حاملة الطائرات إلى شمال البحر الأحمر": to the north of it
            elif prep in COMPASS and o.t0 >= 4 and not v.comma_before(o.t0 - 1):
                # "إلى مواقع جديدة شمالي مدينة بيدوا": sites, and their adjective, north of a place
                to = next((x for x in range(o.t0 - 3, max(c.t1, o.t0 - 5), -1)
                           if v.bare(x) in ("الي", "نحو", "باتجاه", "صوب")), None)
                if to is not None and v.bare(to + 1) in _TARGET_NOUNS | {"مناطق", "منطقه", "قري", "بلدات"} and not any(
                        x in v.occ_at or v.comma_before(x) for x in range(to + 1, o.t0 - 1)):
                    prep = v.bare(to)
            if prep == "من" and self._part_of_place(o):
                prep = "في"  # "انتشرت في مناطق واسعة من وادي حضرموت": parts of a place are in it, not left from it
            elif prep == "" and c.type in HOSTILE and o.t0 - 1 > c.t1 and v.tokens[o.t0 - 1].folded[:1] == "و" \
                    and not v.gap(o.t0).strip() and v.is_place(o.eid) and (
                        (w := v.tokens[o.t0 - 1].folded[1:]) in _TARGET_NOUNS or self.lex.in_class(w, "site")):
                # "على أحياء سكنية وسوق مدينة الدلنج": the place whose site, joined to the targets before, was hit
                prep = "في"
            grp = v.group_from(o, R)
            ids = [g.eid for g in grp]
            if v.by_id[o.eid].type == "PER":
                # a title read as a person, then the name: "برئيس الوزراء الاتحادي محمد شياع السوداني"
                # (only titles between: not "اتهم الشريف حكومة بنيامين نتنياهو", the government of another)
                named = next((p for p in v.occs_in(o.t1 + 1, min(R, o.t1 + 3)) if v.by_id[p.eid].type == "PER"
                              and v.prep_of(p) == "" and not v.gap(p.t0).strip()
                              # (not another post: "استقبل الرئيس التونسي السفير الفرنسي", two people)
                              and not self._title_word(p.t0)
                              and (all(v.bare(x).startswith("ال") for x in range(o.t1 + 1, p.t0))
                                   or self._title_run(o.t1 + 1, p.t0))), None)
                if named is not None and named.eid not in ids:
                    ids.append(named.eid)
            place = v.is_place(o.eid) and not self._agent_occ(o)
            if place and prep == "" and o.t0 - 1 > c.t1 and v.bare(o.t0 - 1) in GOVERNOR_POSTS \
                    and o.t0 - 1 not in v.occ_at and not subject_done and not left_subject:
                # "طالب محافظ الأنبار، فلان، القائد العام …": the province is the subject's post, no role; with no
                # name set off after it, the governor is the subject no entity names ("اتهم محافظ تعز الجماعة")
                named = v.occ_at.get(o.t1 + 1) if v.comma_before(o.t1 + 1) else None
                if named is None or v.by_id[named.eid].type != "PER":
                    subject_done = True
                    c.unnamed_subject = True
                continue
            # (past the shooters of the body: "برصاص قناصة الحوثيين"، "بنيران مسلحي الحركة")
            fire_at = o.t0 - 2 if o.t0 > c.t1 + 2 and v.bare(o.t0 - 1) in _SHOOTERS else o.t0 - 1
            if c.type == "ASSAULT" and prep == "" and fire_at > c.t1 and v.tokens[fire_at].folded in _BY_FIRE \
                    and v.is_actorish(o.eid) and o.eid not in c.recipient:
                _add(c.actor, [o.eid])  # "استشهد شابان برصاص القوات الإسرائيلية": whose fire it was
                c.explicit_actor = True
                c.own_roles = True
                continue
            # a place right after a place is its modifier: قاعدة عين الأسد في محافظة الأنبار غرب العراق
            if assigned_places and self._modifier_gap(assigned_places[-1].t1, o.t0) and place and prep in (
                    "في", "ب", "", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "داخل", "وسط"):
                assigned_places.append(o)
                continue
            adjacent = o.t0 == c.t1 + 1 or (o.t0 == c.t1 and o.start > c.end) or (
                # (a person named past his title, body and seat set off by a comma: "طالب عضو مجلس النواب عن
                # محافظة البصرة، عدي عواد، …")
                o.t0 in titled_starts) or (
                c.pos == "N" and o.t0 == c.t1 + 2 and v.bare(c.t1 + 1) in _MEMBER_NOUNS) or (
                # "متهماً عناصر من كتيبة عقبة بن نافع بزرع الألغام": some of a body, the body
                c.pos == "N" and c.frame == "speech" and o.t0 == c.t1 + 3 and v.bare(c.t1 + 1) in _UNIT_NOUNS
                and v.bare(c.t1 + 2) == "من" and v.prep_of(o) == "" and not v.gap(c.t1 + 2).strip()) or (
                # "انسحاب مفاجئ للقوات الأمريكية"، "قصف مدفعي لمواقع الجيش": the genitive by ل past an adjective
                c.pos == "N" and o.t0 == c.t1 + 2 and v.prep_of(o) == "ل" and self._indefinite_adjective(c.t1 + 1)) or (
                # (or some of the body with ل, past an adjective or none: "انتشار مكثف لعناصر الشرطة"، "انتشار لوحدات
                # الجيش")
                c.pos == "N" and v.prep_of(o) == "" and o.t0 in (c.t1 + 2, c.t1 + 3) and not v.gap(o.t0).strip()
                and v.tokens[o.t0 - 1].folded[:1] == "ل" and v.tokens[o.t0 - 1].folded[1:] in _UNIT_NOUNS
                and (o.t0 == c.t1 + 2 or self._indefinite_adjective(c.t1 + 1))) or (
                # (or a force loyal or belonging to it: "إثر سيطرة قوات موالية للمجلس الانتقالي على …")
                c.pos == "N" and o.t0 == c.t1 + 3 and v.prep_of(o) == "ل" and v.bare(c.t1 + 1) in _UNIT_NOUNS
                and (v.bare(c.t1 + 2) in _LOYAL_TO or v.bare(c.t1 + 2).startswith("تابع"))) or (
                # (or two: "تعزيزات عسكرية كبيرة للجيش السوداني")
                c.pos == "N" and c.type in ("MOBILIZE", "RETREAT") and o.t0 == c.t1 + 3 and v.prep_of(o) == "ل"
                and self._indefinite_adjective(c.t1 + 1) and self._indefinite_adjective(c.t1 + 2)) or (
                # "اعتقال الناشط أحمد الخطيب": a person past his titles is the genitive of an arrest or attack,
                # or of an arrival ("وصول وزير الدفاع التركي يشار غولر إلى دمشق")
                # or of a visit ("زيارة الرئيس أحمد الشرع إلى موسكو")
                # or of a call ("…، داعية المبعوث الأممي هانس غروندبرغ إلى …")
                c.pos == "N" and (c.type in ("ASSAULT", "COERCE") or c.lemma == "وصول_زائر" or c.frame in ("visit", "request"))
                and c.t1 + 1 < o.t0 <= c.t1 + 6
                and v.prep_of(o) == "" and v.by_id[o.eid].type == "PER"
                and bool(self._title_run(c.t1 + 1, o.t0, apposed=v.gap(o.t1 + 1).strip() == "،"))) or (
                # "مطالباً الوسطاء والإدارة الأميركية بإلزام …": the party joined to an addressee no lexicon names
                c.frame == "request" and o.t0 == c.t1 + 2 and c.t1 + 1 not in v.occ_at
                and v.bare(c.t1 + 1).startswith("ال") and v.tokens[o.t0].folded.startswith("و")
                and not v.gap(c.t1 + 1).strip() and not v.gap(o.t0).strip())
            if c.pos == "V" and not adjacent:
                start = (last_unmarked_end + 1) if last_unmarked_end is not None else (
                    c.t1 + 1 if aside is None else aside[1] + 1)
                # a prepositional phrase already read ("استقبل في الرياض أمس وزير …") does not separate
                pp = {x for p in assigned_places if start <= p.t0 < o.t0 for x in range(p.t0 - 1, p.t1 + 1)
                      if x == p.t0 - 1 and v.bare(x) in PREPS_STOP or p.t0 <= x <= p.t1}
                # nor does a place named back by its kind ("اتهمت السلطة المحلية في المحافظة جماعة الحوثي")
                pp |= {y for x in range(start, o.t0) if x not in v.occ_at and _place_named_back(v, x)
                       for y in ((x - 1, x) if v.bare(x - 1) in ("في", "داخل", "من") else (x,))}
                if v.by_id[o.eid].type == "PER":
                    # "رفض الأمين العام لحزب الله نعيم قاسم": the body of the title belongs to the title
                    pp |= {x for p in v.occs_in(start, o.t0) if v.prep_of(p) == "ل" for x in range(p.t0, p.t1 + 1)}
                    # (and a title the actors layer read before the name with no body in it: "اغتال مسلحون القيادي
                    # السابق في فصائل المعارضة ماهر الأبازيد")
                    # (or one whose only body is in construct with it: "استقبل رئيس مجلس السيادة الانتقالي عبد الفتاح
                    # البرهان المبعوث الأممي …")
                    if all(p.start in v.title_bodies for p in v.occs_in(v.titled_t0(o), o.t0)):
                        pp |= set(range(max(start, v.titled_t0(o)), o.t0))
                    # "استقبل ولي العهد السعودي الأمير محمد بن سلمان": the person's titles are his (also past
                    # a statement set off by commas: "اتهمت الوزارة، في بيان، رئيس ولاية جوبالاند أحمد …")
                    # (right after an aside's closing comma too: "وطالبت، في بيان، المبعوث الأممي X بـ…")
                    pp |= self._title_run(start, o.t0, opened=aside is not None and start == aside[1] + 1,
                                          apposed=v.gap(o.t1 + 1).strip() == "،")
                    if media_aside is not None and start <= media_aside[1] < o.t0:
                        pp |= self._title_run(media_aside[1] + 1, o.t0, opened=True)
                pp |= one_of
                # the body the subject belongs to, right after it ("حمّلت الفرقة 18 مشاة التابعة للقوات المسلحة
                # السودانية قوات الدعم السريع مسؤولية الهجوم"): the subject's phrase, no object
                if last_unmarked_end is not None and v.bare(start) in BELONGING_TO and not v.gap(start).strip() \
                        and (owner := v.occ_at.get(start + 1)) is not None and v.prep_of(owner) == "ل" \
                        and owner.t1 < o.t0 and not any(v.gap(x).strip() for x in range(start + 1, owner.t1 + 2)):
                    pp |= set(range(start, owner.t1 + 1))
                # a count between ("يغادر نحو 500 منهم الأراضي العراقية"): the subject, its نحو no preposition
                counted = self._counted_tokens(start, o.t0) if not passive else set()
                k = start  # (only a count right after the verb: its subject)
                while k in counted or k in self.rd.time_tokens:
                    k += 1
                counted = {x for x in counted if x < k}
                between = [x for x in range(start, o.t0) if x not in self.rd.time_tokens and x not in pp
                           and x not in counted
                           # "خطف مسلحون مجهولون …": the adjective of the subject before
                           and not (v.bare(x) in ("مجهولون", "ملثمون", "مجهولين", "ملثمين") and x - 1 in v.occ_at)
                           and not (x == c.t1 + 1 and v.tokens[x].folded in _RESUMPTIVE)
                           and not self._parenthetical(x)
                           and not (media_aside is not None and media_aside[0] <= x <= media_aside[1])
                           # "اعتقلت القوات عناصر من داعش": some of the body, then the body
                           and not (x == o.t0 - 1 and v.bare(x) == "من" and v.prep_of(o) == "")
                           # "استهدفت غارة …، فجر اليوم، أطراف بلدة الناقورة": a part of the place hit
                           and not (x == o.t0 - 1 and v.bare(x) in _AREA_PARTS and v.is_place(o.eid))]
                # (a comma that closes a time aside does not part them: "استدعت الوزارة، أمس الأربعاء، سفير …")
                # (nor one that closes a statement's aside: "اتهمت قسد، في بيان، «دولة الاحتلال التركي» بـ…")
                adjacent = len(between) <= 3 and not any(
                    v.bare(x) in PREPS_STOP or v.is_subordinator(x) or "،" in v.gap(x) and x not in self.rd.time_tokens
                    and (x - 1) not in self.rd.time_tokens
                    and not (media_aside is not None and x == media_aside[1] + 1) for x in between)
                if not adjacent and c.frame == "host" and v.by_id[o.eid].type == "PER" and prep == "" and between \
                        and "،" in v.gap(between[0]) and len(between) <= 3 and c.recipient and not c.actor \
                        and not any(x in v.occ_at or v.bare(x) in PREPS_STOP or v.is_subordinator(x)
                                    or "،" in v.gap(x) and x != between[0] for x in between):
                    # "استقبل الوزير بدر عبد العاطي، اليوم، نظيره الإيطالي أنطونيو تاياني": the guest, with his
                    # title, after a time set off by commas
                    adjacent = True
            if not adjacent and c.pos == "V" and prep == "" and v.by_id[o.eid].type == "PER" and between \
                    and v.bare(between[0]) in _COUNTERPART and all(v.bare(x).startswith("ال") for x in between[1:]) \
                    and all(x in self.rd.time_tokens or x in pp for x in range(start, between[0])):
                # "التقى الوزير مازن الفراية، أمس في عمّان، نظيره السوري أنس خطاب": the counterpart met,
                # after a time and a place set off by commas
                adjacent = True
            if not adjacent and c.type == "CONSULT" and c.pos == "V" and prep == "" and len(between) in (3, 4) \
                    and v.bare(between[-1]) in _DELEGATION and v.bare(between[0]) in ("في", "داخل") \
                    and not any(x in v.occ_at or "،" in v.gap(x) or v.is_subordinator(x) for x in between[1:]):
                # "التقى محافظ الطفيلة في مبنى المحافظة وفداً من المحتجين": where they met, then the delegation met
                adjacent = True
            if prep == "عن" and not place and not object_taken and o.t0 >= 2 and v.bare(o.t0 - 2) in _REPRESENTATIVES \
                    and v.bare(o.t0 - 1) == "عن" and o.t0 - 2 <= c.t1 + 2:
                prep, adjacent = "", True  # "التقى ممثلين عن المحتجين": those they stand for are met
            if c.pos == "N" and c.suffix and not adjacent and prep == "" and not object_taken \
                    and not place:
                adjacent = True  # "استقباله … الأدميرال براد كوبر": the pronoun is the genitive, this the object
                forced_object = True
                # a title naming an organisation, then the person: prefer the person
                for x in range(o.t1 + 1, min(R, o.t1 + 4)):
                    p = v.occ_at.get(x)
                    if p is not None and v.by_id[p.eid].type == "PER" and v.prep_of(p) == "":
                        o, grp, ids = p, [p], [p.eid]
                        break
            lam_at = o.t0 - 1 if o.t0 > 0 and v.bare(o.t0 - 1) == "ل" else o.t0  # a detached لـ: لـ"الدعم السريع"
            if prep == "" and lam_at < o.t0:
                prep = "ل"
            if c.type == "ASSAULT" and c.pos == "N" and prep == "ل" and not place and v.is_actorish(o.eid) and (
                    lam_at == c.t1 + 1 or (lam_at == c.t1 + 2 and _attack_adjective(v.bare(c.t1 + 1)))) and (
                    c.lemma == "قصف_ن" or c.lemma in ("هجوم", "هجمات", "غارة", "اعتداء")):
                _add(c.actor, [o.eid])  # "في قصف لقوات النظام على بلدة": shelling by them
                c.own_roles = True
                continue
            if c.pos == "N" and prep == "ل" and (c.frame in MOVEMENT or c.frame == "enter") and not place \
                    and v.is_actorish(o.eid) and not c.actor and (lam_at == c.t1 + 1 or (
                        lam_at == c.t1 + 2 and v.tokens[c.t1 + 1].folded.startswith("ال"))):
                _add(c.actor, [o.eid])  # "التوغلات المتكررة للقوات الإسرائيلية": who moves, by لـ after the noun
                c.own_roles = True
                continue
            if c.type == "MOBILIZE" and c.frame in MOVEMENT and prep == "ل" and not place and not c.actor \
                    and v.is_actorish(o.eid) and o.t0 >= 2 and v.word_before(o).removeprefix("ال").startswith("تابع") \
                    and o.t0 - c.t1 <= 4 and not any(x in v.occ_at or "،" in v.gap(x) or v.is_subordinator(x)
                                                     for x in range(c.t1 + 1, o.t0)):
                # "وصلت تعزيزات عسكرية تابعة لقوات الدعم السريع إلى …"، "بوصول تعزيزات تابعة للجيش": the force that
                # moves is the body it belongs to
                _add(c.actor, [o.eid])
                c.own_roles = True
                continue
            if c.type == "AID" and prep == "ل" and not place and o.t0 > 1 and v.word_before(o).startswith("تابع") \
                    and v.is_actorish(o.eid):
                _add(c.actor, [o.eid])  # "قافلة مساعدات تابعة لبرنامج الأغذية العالمي": whose convoy it is
                c.own_roles = True
                continue
            if c.type in ("ASSAULT", "COERCE") and prep == "ل" and not place and o.t0 > 3 \
                    and v.word_before(o).startswith("تابع") and v.is_actorish(o.eid) and any(
                        v.bare(x) == "قبل" and v.bare(x - 1) == "من" for x in range(max(c.t1 + 2, o.t0 - 5), o.t0 - 1)):
                # "من قبل فرقة أمنية تابعة لإدارة الشرطة العدلية": the body whose unit did it
                _add(c.actor, [o.eid])
                c.own_roles = True
                continue
            if prep == "من قبل" and o.t0 - 3 > c.t1 and any(
                    v.bare(x) in _AFTER_BEFORE for x in range(max(c.t1 + 1, o.t0 - 6), o.t0 - 3)):
                continue  # "دخلت قافلة …، بعد تفتيشها من قبل السلطات الإسرائيلية": the agent of the act told after بعد
            if c.type in ("ASSAULT", "COERCE") and prep in ("ل", "ب", "من قبل") and self._agent_occ(o):
                _add(c.actor, [o.eid])  # "بقصف لطائرة مسيّرة تركية": the weapon's state struck
                c.own_roles = True
                continue
            if c.type == "ASSAULT" and not place and any(
                    q.unit in ("killed", "injured") and q.start <= o.start < q.end + 2
                    for q in v.quantities_between(o.start - 40, o.start + 1)):
                _add(c.recipient, [o.eid])  # "قُتل ثلاثة جنود عراقيين": the counted casualties were hit, not the attacker
                continue
            if c.type == "ASSAULT" and prep == "" and not adjacent and not place and not c.recipient and \
                    v.by_id[o.eid].type == "ORG" and any(self.lex.in_class(w, "force") for w in strip_word(v.tokens[o.t0].folded)):
                _add(c.recipient, [o.eid])  # "في محيط موقع تتمركز فيه قوات أميركية": the forces attacked
                continue
            if prep == "ل" and o.t0 > 1 and c.type == "ASSAULT" and v.word_before(o).startswith("تابع") and any(
                    w in _WEAPON_NOUNS or self.lex.in_class(w, "equipment") for w in strip_word(v.tokens[o.t0 - 2].folded)) \
                    and not any(v.bare(o.t0 - 2) == "ل" + w for w in strip_word(v.tokens[o.t0 - 2].folded)) \
                    and not any(not _TARGET_NOUNS.isdisjoint(word_stems(v.tokens[x].folded))
                                for x in range(max(c.t1 + 1, o.t0 - 7), o.t0 - 2)):
                # (not "مواقع لإطلاق الطائرات المسيّرة تابعة للحوثي": the sites are the group's, and were hit)
                _add(c.actor, [o.eid])  # "بقصف من طائرة مسيّرة تابعة لجيش الاحتلال": whose weapon it was
                c.own_roles = True
                continue
            if prep == "من" and c.type == "ASSAULT" and not place and self._agent_occ(o) and o.eid not in c.recipient:
                _add(c.actor, [o.eid])  # "بقصف من طائرة مسيّرة إسرائيلية": the state the weapon names
                c.own_roles = True
                continue
            if prep == "ل" and o.t0 > 0 and c.type in HOSTILE and (
                    v.word_before(o).startswith("تابع") or v.word_before(o) in ("يتبع", "تتبع")
                    # (the last of two targets: "على مخابئ ومستودعات للتنظيم")
                    # (and with ب, the thing a blast or a shot hit: "انفجرت عبوة ناسفة بدورية للجيش")
                    or v.word_before(o).removeprefix("و").removeprefix("ب") in _TARGET_NOUNS
                    # (past the target's adjective: "على نقطة مشتركة للجيش والصحوة"، "مواقع عسكرية لقسد")
                    or o.t0 > 2 and v.bare(o.t0 - 2) in _TARGET_NOUNS and not v.gap(o.t0 - 1).strip()
                    and v.bare(o.t0 - 1).endswith(("ه", "ي", "يه")) and not v.bare(o.t0 - 1).startswith("ال")
                    or v.bare(o.t0 - 1)[-1:] == "ا" and v.bare(o.t0 - 1)[:-1] in _TARGET_NOUNS  # "مقراً للحشد"
                    or self._owned_vehicle_or_post(o)):
                prep = "علي"  # "مواقع لحزب العمال"، "مقرات تابعة لـ"، "مخيم يتبع لـ": the owner of the target is hit
            elif prep == "" and o.t0 > c.t1 + 1 and c.type in HOSTILE and not place and (
                    v.tokens[o.t0 - 1].folded in _TARGET_NOUNS
                    # "حصاراً على قرى قبيلة آل غانم": a body's villages and homes, the body hit
                    or v.bare(o.t0 - 1) in _HOMES and v.by_id[o.eid].type == "ORG") and not v.gap(o.t0).strip() and not (
                    # "أوقفت عناصر الشرطة القضائية ثلاثة أشخاص": members of the police right after the verb act
                    o.t0 == c.t1 + 2 and c.pos == "V" and any(k in (v.by_id[o.eid].actor_code or "") for k in ("COP", "MIL"))):
                prep = "علي"  # "قصفت الطائرات مواقع المسلحين": the targets' owner is hit, in construct
            if prep == "" and v.by_id[o.eid].type == "PER":
                # a title before a name carries the preposition: "بالرئيس التركي رجب طيب أردوغان"
                # (past two posts of one person, only titles between: "من رئيس مجلس الوزراء وزير الخارجية القطري
                # الشيخ محمد بن عبد الرحمن آل ثاني")
                for x in range(o.t0 - 1, max(c.t1, o.t0 - 11), -1):
                    if x < o.t0 - 5 and not self._title_run(x + 1, o.t0):
                        if v.bare(x) in ("من", "مع", "الي", "عن", "بين"):
                            break
                        continue
                    if v.bare(x) in ("من", "مع", "الي", "عن", "بين") and x < o.t0 - 1 and not v.gap(x + 1).strip():
                        prep = v.bare(x)  # "من الملك عبدالله الثاني"، "مع الرئيس الفرنسي إيمانويل ماكرون"
                        break
                    if v.gap(x + 1).strip() or v.bare(x) in PREPS_STOP:
                        break
                    clitic = self._title_clitic(x)  # ("برئيس"، "بنظيره": a clitic the tokeniser leaves on)
                    pre_x = v.tokens[x].prefix or clitic
                    # (on a title's first word: not "… وشؤون المصريين بالخارج بدر عبد العاطي", inside one)
                    if pre_x in ("ب", "ل", "لل", "وب", "ول") and (clitic or self._title_word(x)):
                        prep = pre_x[-1]
                        break
                    if v.tokens[x].folded[:1] == "و" and (x - 1) in person_prep and x < o.t0 - 1:
                        prep = person_prep[x - 1]  # "بين الرئيس أحمد الشرع وقائد قسد مظلوم عبدي": the second, titled
                        break
                if v.by_id[o.eid].type == "PER":
                    person_prep[o.t1] = prep
            if c.frame in ("receive",) and not place and o.t0 > 0 and \
                    any(self.lex.in_class(w, "site") for w in strip_word(v.tokens[o.t0 - 1].folded)):
                _add(c.actor, [g.eid for g in grp])
                continue
            if prep in ("", "من") and not place and c.type in HOSTILE and o.t0 > 1 and v.bare(o.t0 - 1) in _MEMBER_NOUNS:
                # "عقوبات على أربعة من قادة الدعم السريع": the members' body is hit, through على/ضد before them
                pre = next((v.bare(x) for x in range(o.t0 - 2, max(c.t1, o.t0 - 6), -1)
                            if v.bare(x) in ("علي", "ضد", "بحق", "استهدف", "استهدفت")), None)
                if pre is not None:
                    prep = "ضد"
            if prep == "الي" and not place and c.type in HOSTILE and o.t0 > 1 and v.is_actorish(o.eid) and \
                    v.bare(o.t0 - 2).lstrip("و") in _ASCRIBED and o.t0 - 2 <= c.t1 + 3:
                _add(c.actor, [g.eid for g in grp if v.is_actorish(g.eid)])  # "هجمات نُسبت إلى الجيش المالي": whose they are
                c.explicit_actor = True
                c.own_roles = True
                continue
            if c.pos == "V" and not place and o.t0 > 2 and v.bare(o.t0 - 1) == "من" and v.bare(o.t0 - 2)[:1] == "و" \
                    and _unjoined(v.bare(o.t0 - 2)) in _JOINED_MEMBERS and v.is_actorish(o.eid) \
                    and (first := next((p for p in v.occs_in(c.t1 + 1, o.t0 - 2) if p.t1 == o.t0 - 3 and (
                        p.t0 == c.t1 + 1 or (p.t0 == c.t1 + 3 and v.bare(p.t0 - 1) == "من"
                                             and v.bare(c.t1 + 1) in _MEMBER_NOUNS))), None)) is not None \
                    and v.is_actorish(first.eid):
                # "صدّت قوات من الجيش العراقي ومقاتلون من الحشد العشائري هجوماً": men of a second body joined to the
                # subject are its conjunct
                _add(c.actor, [first.eid] + [g.eid for g in grp if v.is_actorish(g.eid)])
                c.recipient = [x for x in c.recipient if x != first.eid]
                continue
            if prep == "من" and not place and c.type in ("ASSAULT", "COERCE") and not c.recipient:
                prep = "ضد"
            # (past the body's kind too: "القيادي السابق في فصائل المعارضة")
            at_in = o.t0 - 1 if v.bare(o.t0 - 1) == "في" else o.t0 - 2
            # (at_in > 0: no index wraps to the document's end for an occurrence at its first tokens)
            if prep == "" and at_in > 0 and at_in == o.t0 - 2 and v.bare(at_in) == "في" \
                    and v.bare(o.t0 - 1) in ("فصائل", "صفوف"):
                prep = "في"
            if prep == "في" and not place and c.type in ("ASSAULT", "COERCE", "SANCTION") and at_in > 0 and (
                    _is_member(v.bare(at_in - 1)) or _is_member(v.bare(at_in - 2))):
                prep = "ضد"  # "مقتل قيادي بارز في الحركة": the group of the one hit
                nxt = v.occ_at.get(o.t1 + 1)
                if nxt is None and o.t1 + 2 < c.sent[1] and not v.gap(o.t1 + 1).strip() \
                        and v.bare(o.t1 + 1).startswith("ال") and not v.gap(o.t1 + 2).strip():
                    nxt = v.occ_at.get(o.t1 + 2)  # (past an adjective: "في فصائل المعارضة السورية المسلحة X")
                if nxt is not None and v.by_id[nxt.eid].type == "PER" and v.prep_of(nxt) == "":
                    _add(c.recipient, [nxt.eid])  # "… القيادي في حركة حماس صالح العاروري": the one hit, named
            if c.type == "PROTEST" and prep == "من" and not place and o.t0 > 1 and \
                    v.bare(o.t0 - 2) in ("بدعوه", "دعوه", "وبدعوه") and v.is_actorish(o.eid):
                _add(c.actor, [o.eid])  # "في إضراب …، بدعوة من الجامعة العامة للمناجم": who called it holds it
                c.own_roles = True
                continue
            if c.type in ("MOBILIZE", "RETREAT") and not place and not c.actor and o.t0 - 1 > c.t1 \
                    and o.t0 - 1 <= c.t1 + 3 and v.is_actorish(o.eid) and not v.gap(o.t0).strip() and (
                        # "وصلت دورية للتحالف الدولي إلى القامشلي": the body a moving force is of
                        (prep == "ل" and self.lex.any_in_class(word_stems(v.tokens[o.t0 - 1].folded), "force"))
                        # "انتشار قوات يقودها المجلس الانتقالي": the body that leads it
                        or (prep == "" and v.bare(o.t0 - 1) in _LEADING_IT and o.t0 - 2 > c.t1
                            and self.lex.any_in_class(word_stems(v.tokens[o.t0 - 2].folded), "force"))):
                _add(c.actor, [g.eid for g in grp if v.is_actorish(g.eid)])
                c.own_roles = True
                continue
            if c.pos == "N" and not place and prep in ("علي", "الي") and o.t0 - 2 > c.t1 \
                    and v.bare(o.t0 - 2) in _AFFILIATED and o.t0 - 2 <= c.t1 + 4 \
                    and v.is_actorish(o.eid) and not any(v.gap(x).strip() for x in range(c.t1 + 1, o.t0)):
                # "انسحاب الوزراء الأربعة المحسوبين على حركة أمل وحزب الله": the bodies of those who acted act
                _add(c.actor, [g.eid for g in grp if v.is_actorish(g.eid)])
                c.own_roles = True
                continue
            # (not what is refused or asked for: "رفضه مشاركة قوات تركية في المهمة")
            # (or a delegation of it: "بمشاركة وفد من الجيش اللبناني … وضباط من الجيش الإسرائيلي")
            sent_by = prep == "من" and o.t0 > 2 and v.bare(o.t0 - 2).lstrip("و") in _TAKING_PART \
                and v.bare(o.t0 - 3) in ("بمشاركه", "بحضور")
            if (prep == "" or sent_by) and not place and any(v.bare(x) in ("بمشاركه", "بحضور") or (
                    v.bare(x) == "مشاركه" and c.frame not in ("speech", "request"))
                                                for x in range(max(c.t1 + 1, o.t0 - 3), o.t0)):
                _add(c.actor, [g.eid for g in grp if v.is_actorish(g.eid)])  # "بمشاركة X وY": the parties
                _add(joined, [g.eid for g in grp if v.is_actorish(g.eid)])
                continue
            if not place and self._chaired(o, c.t1):
                continue  # "عقب اجتماع … برئاسة وزير الخارجية X": the chair is no target (_chair_holds)
            if prep == "" and place and o.t0 > 2 and v.bare(o.t0 - 1) in ("انحاء", "ارجاء", "ربوع") \
                    and "في" in (v.bare(o.t0 - 2), v.bare(o.t0 - 3)) and not v.gap(o.t0).strip():
                prep = "في"  # "في مختلف أنحاء العراق"، "في أرجاء البلاد": in all parts of it
            if prep == "علي" and place and c.type in ("MOBILIZE", "COERCE", "PROTEST") and o.t0 > 1 \
                    and v.bare(o.t0 - 1) in _EDGE_NOUNS and v.bare(o.t0 - 2) == "علي":
                prep = "في"  # "انتشرت دوريات على مداخل المدينة"، "حواجز على أطراف البلدة": at the place's edge
            if prep == "ل" and place and o.t0 > 0 and v.bare(o.t0 - 1) in _AREA_NOUNS:
                prep = "في"  # "في المياه الإقليمية لمملكة البحرين": the place of the event
            if prep == "في" and place and c.type in ("RETREAT", "MOBILIZE") and o.t0 >= 3 and v.bare(o.t0 - 3) == "من" \
                    and o.t0 - 2 not in v.occ_at and any(self.lex.in_class(w, "site") for w in strip_word(v.tokens[o.t0 - 2].folded)):
                # "قادمة من قواعد في الكويت": the place of the sites they came from is where they came from (not
                # "نشر سرب من المقاتلات في قاعدة …", the craft sent there)
                prep = "من"
            if seen_to and place and c.type in ("RETREAT", "MOBILIZE") and prep in ("في", "داخل", "ب", "ل") and not c.destination \
                    and c.mode != "disarm":  # (one who gave himself up "إلى السلطات العسكرية بتمنراست" did so there)
                prep = "الي"
            self._cur = o.eid
            self._cur_occ = o
            if forced_object:
                forced_object = False
                role = "actor" if c.frame == "host" else "recipient"
            elif c.type == "COERCE" and c.pos == "V" and prep == "" and not place and not passive \
                    and o.t0 >= c.t1 + 2 and v._counted(o.t0) and c.lemma not in _STORMING \
                    and all(x in self.rd.time_tokens for x in range(c.t1 + 1, o.t0 - 1)):
                # "أن مفارزها اعتقلت سبعة مهربين"، "أوقفت يوم السبت 9 مهربين": those counted right after an
                # arrest (or after its time) are held
                role = "recipient"
            elif c.pos == "N" and c.gen != "actor" and c.type in ("ASSAULT", "COERCE") and prep == "" and adjacent \
                    and first_right is None and (not place or v.is_country(o.eid)) and v.is_actorish(o.eid) and (
                        # (the word right after the genitive is read even where another act's trigger stopped the
                        # reach: "جراء قصف طائرة مسيرة إسرائيلية تجمعاً للمواطنين")
                        self._object_after(grp[-1].t1 + 1, min(c.sent[1], max(R, grp[-1].t1 + 2)))
                        or self._target_after(grp[-1].t1 + 1, R)) \
                    and not self._agreeing_participle(grp[-1], R):
                role = "actor"  # "قصف الجيش السوداني سوقاً"، "احتجاز الحوثيين ثلاثة موظفين": the genitive acts on an object
            elif c.frame == "visit" and c.pos == "V" and place and prep == "" and not c.location \
                    and (self.v.by_id[o.eid].geo is None or self.v.by_id[o.eid].geo.feature != "country"):
                role = "location"  # "يزور المبعوث الأوروبي الخاص للقرن الأفريقي مدينة بورتسودان": the town visited
            else:
                role = self._role_for(c, prep, place, adjacent and pending_object, first_right is None,
                                      subject_done or bool(left_subject))
            if role == "subject" and passive:
                role = "recipient" if c.type in ("ASSAULT", "COERCE") else None  # "قُتل جندي تركي": the victim
            elif passive and c.type in ("ASSAULT", "COERCE") and prep in ("من", "في") and role in ("actor", None) \
                    and not place and v.is_actorish(o.eid) and o.t0 >= 2 and o.t0 - 2 > c.t1 \
                    and v.bare(o.t0 - 2) in _VICTIM_NOUNS:
                role = "recipient"  # "قُتل جندي من الجيش العراقي"، "قُتل منتسب في الحشد الشعبي": whose man was hit
            if role is None:
                continue
            if first_right is None:
                first_right = o
            was_subject = role == "subject"
            if was_subject:
                subject_done = True
                role = self._subject_role(c)
            c.own_roles = True
            if prep == "مع" and role == "recipient":
                with_party.extend(ids)
            for r in role.split("+"):
                if r in ("origin", "destination", "location"):
                    _add(getattr(c, r), [i for i in ids if v.is_place(i)])
                elif r == "recipient":
                    _add(c.recipient, ids)
                else:
                    _add(getattr(c, r), [i for i in ids if v.is_actorish(i)])
            if place and any(r in ("origin", "destination", "location") for r in role.split("+")):
                assigned_places.extend(grp)  # (a capital acting is no place that a next place modifies)
            if prep == "" and not was_subject:
                pending_object = False
            if prep == "" or (was_subject and prep == "من"):
                last_unmarked_end = o.t1
            if prep == "":
                object_taken = True
        possessed = False
        # (not a verbal noun that names the site of an act told before: "أن وحداتها تعمل على الكشف على موقع الاستهداف")
        if not left_subject and c.frame not in ("host", "receive") and not (
                c.pos == "N" and c.t0 > 0 and v.bare(c.t0 - 1) in ("موقع", "مكان", "مسرح")):
            # a possessed force noun ("أن قواتها أنجزت …"): its owner, the speaker or the last actor named
            lo = L - 1 if L > c.sent[0] and v.bare(L - 1) in ("انها", "وانها", "انهم", "وانهم") else L
            for j in range(lo, c.t0):
                if v.bare(j) in ("انها", "وانها", "انهم", "وانهم") and not any(v.is_actorish(o.eid) for o in v.occs_in(j, c.t0)):
                    # "…، مؤكداً أن قواته ما زالت في الرقة، وأنها ستنسحب": أنّ with the pronoun of a possessed force
                    # named before it in the sentence, no party between
                    back = next((x for x in range(j - 1, max(c.sent[0], j - 15) - 1, -1)
                                 if self._possessed_force_at(x) or x in v.occ_at and v.is_actorish(v.occ_at[x].eid)
                                 and not v.is_place(v.occ_at[x].eid)), None)
                    j = back if back is not None and self._possessed_force_at(back) else j
                # (its arms only as the verb's own subject, right before it: "إن طائراته المسيّرة استهدفت …", not
                # "أن دفاعاته الجوية «اعترضت طائرة مسيّرة أطلقها حزب الله»")
                if self._possessed_force_at(j, arms=j >= c.t0 - 3):
                    st = self.statement_for(c.start)
                    between = [o for o in v.occs_in(v.token_at(st.cue.start) + 1, j)] if st is not None else []
                    if st is not None and st.speaker and v.is_actorish(st.speaker):
                        if c.type == "ASSAULT" and not any(v.by_id[o.eid].type == "ORG" and o.eid != st.speaker
                                                           for o in between) and any(
                                v.bare(x) in _HURT_VERBS or strip_word(v.tokens[x].folded)[-1] in _CASUALTY_NOUNS
                                for x in range(max(c.sent[0], j - 3), min(c.t0, j + 4))):
                            # "إن ثلاثة من جنوده أصيبوا في هجوم": its own were hit (the toll's noun may be a
                            # trigger of its own, before the clause: "أعلنت الهيئة مقتل أحد مقاتليها بانفجار")
                            _add(c.recipient, [st.speaker])
                        else:
                            # "قال المتحدث باسم جماعة الحوثي … إن قواتهم نفذت …": a spokesman's forces are his body's
                            left_subject = [self._spokesman_body(st) or st.speaker]
                            possessed = True
                    break
            # a demonstrative subject: "واصلت تلك الفصائل المطالبة"، "أخلت هذه القوات"
            for j in list(range(L, c.t0)) + ([c.t1 + 1] if c.pos == "V" else []):
                ref = v.demonstrative_ref(j)
                if ref is not None and v.is_actorish(ref):
                    left_subject = [ref]
                    break
        if possessed and c.pos == "V" and c.type in ("ASSAULT", "COERCE") and c.actor \
                and not set(c.actor) & set(left_subject) and all(
                    any(o.eid == x for o in v.occs_in(c.t1 + 1, R)) and not any(o.eid == x for o in v.occs_in(L, c.t0))
                    for x in c.actor):
            # "إن قواته استهدفت خلية إرهابية": the force before the verb acts, the body after the verb is its object
            _add(c.recipient, c.actor)
            c.actor = []
        if left_subject and not c.actor and c.frame not in ("host", "receive"):
            _add(c.actor, left_subject)
        elif left_subject and c.actor and set(c.actor) <= set(joined) and c.frame not in ("host", "receive"):
            # "اختتمت اللجنة اجتماعاً … بمشاركة البعثة الأممية": who held it, and who took part
            c.actor[:0] = [x for x in left_subject if x not in c.actor]
            c.explicit_actor = True
        elif left_subject and c.pos == "N" and c.type in ("MOBILIZE", "RETREAT") and c.t1 + 2 < R \
                and v.bare(c.t1 + 1) == "من" and (unit := v.occ_at.get(c.t1 + 2)) is not None \
                and c.actor == [unit.eid] and unit.eid not in left_subject:
            # "دفعت القيادة بتعزيزات من الفرقة الخامسة عشرة": who sent them acts, with the unit they came from
            c.actor[:0] = [x for x in left_subject if x not in c.actor]
        elif left_subject and sent and c.pos == "N" and c.type in ("MOBILIZE", "RETREAT") and c.actor \
                and not set(c.actor) & set(left_subject) and all(
                    any(o.eid == x for o in v.occs_in(c.t1 + 1, R)) for x in c.actor):
            # "دفعت القيادة العامة بتعزيزات …، ضمت … 900 عنصر من كتيبة سبل السلام": the units told further on
            # came with them; who sent them acts first
            c.actor[:0] = list(left_subject)
        elif left_subject and c.frame in ("host", "receive") and not c.recipient:
            _add(c.recipient, left_subject)
        if c.type == "AGREE" and not c.actor and with_party and c.pos == "N":
            # "اتفاق سوتشي الموقّع مع روسيا": the one party named is a party
            c.actor = list(with_party)
            c.recipient = [x for x in c.recipient if x not in with_party]
        if c.type in ("ASSAULT", "COERCE", "MOBILIZE", "RETREAT"):
            # "أوضح المركز الإعلامي لقوات سوريا الديمقراطية أن وحداته اعتقلت …": the body it speaks for acted
            c.actor[:] = list(dict.fromkeys(self._office_parent(x) or x for x in c.actor))
        if c.actor:
            c.explicit_actor = True
        # "بين X وY" before the trigger (محادثات بين بغداد وواشنطن comes after; this is the rare other order)
        self._pronoun_places(c, L, R)
        self._witnessed_place(c)
        self._light_verb_place(c)
        self._participle(c)
        self._result(c)
        self._talks_outcome(c)
        self._agentive(c)
        self._speech_act(c)
        self._against_fallback(c)
        self._target_owner(c, R)
        self._pronoun_actor(c, L)
        self._own_force_subject(c)
        self._accused_standing_behind(c)
        self._relative_light_subject(c, L)
        self._pronoun_object(c)
        self._circumstantial(c)
        self._hurt_before(c)
        self._titled_subject(c)
        self._titled_host(c)
        self._titled_visitor(c)
        self._unnamed_body_subject(c)
        self._protocol_guest(c)
        self._post_holder(c)
        self._backed_by(c)
        self._deployed_force(c, R)
        self._instrument_actor(c, R)
        self._gathered_parties(c)
        self._chair_holds(c, R)
        self._exchange_parties(c)
        self._claimed_owner(c)
        self._condemned_party(c)
        self._both_sides(c)
        self._counter_attack(c)
        self._threatened_reply(c)
        self._demanded_of(c)
        self._protested_body(c)
        self._necessity(c, L)
        self._prompted_agent(c)
        self._claimed_targets(c)
        self._alleged_side(c)
        self._praised_party(c)
        self._nationality_actor(c, L, R)
        self._delegation_state(c)
        self._fought_with(c)
        self._stands_behind(c)
        self._involved_in(c)
        self._tasked_party(c)
        self._raid_met_fire(c)
        self._clash_sides(c)
        self._threat_condition(c)
        self._rejected_demand(c)
        self._stopped_patrol(c)
        self._redeployed_to(c)
        self._aid_giver(c, R)
        self._its_members_did_it(c, R)
        self._belonging_doer(c)
        self._allocated_to(c)
        self._column_owner(c)
        self._latter_as_object(c)
        self._ascribed_to(c, R)
        self._doer_of_act_faced(c)
        self._blamed_after_comma(c)
        self._blamed_before_responsibility(c)
        self._invited_by(c)
        self._at_request_of(c)
        self._moved_out_of_cut(c)
        self._met_during_visit(c)
        self._stationed_origin(c, R)
        self._source_of_fire(c)
        self._fronted_place(c)
        self._signed_place(c)
        self._coming_from(c)
        self._set_out_from(c)
        self._relief_convoy(c)
        self._complained_of(c)
        self._swept_place(c)
        self._fallback_places(c, L, R)
        self._quantity(c, L, R)
        self._mode(c, L, R)

    def _at_request_of(self, c: Cand) -> None:
        """"عقد مجلس الأمن جلسة طارئة بطلب من فرنسا": the one at whose request a body acts asked it to; the body
        acting is the one asked."""
        v = self.v
        if c.type != "REQUEST" or c.pos != "N" or v.bare(c.t0).lstrip("و") != "بطلب" or v.bare(c.t1 + 1) != "من":
            return
        o = v.occ_at.get(c.t1 + 2)
        if o is None or not v.is_actorish(o.eid) or v.is_place(o.eid) and not v.is_country(o.eid):
            return
        asking = [g.eid for g in v.group_from(o, c.sent[1]) if v.is_actorish(g.eid)]
        asked = [x for x in c.actor + c.recipient if x not in asking]
        if not asked:  # (the subject of the act done at the request: "وعقد مجلس الأمن جلسة …")
            act = next((d for d in reversed(self.cands) if d is not c and d.sent == c.sent and d.t1 < c.t0 and d.actor),
                       None)
            asked = [x for x in act.actor if x not in asking] if act is not None else []
        c.actor, c.recipient = asking, asked

    def _doer_of_act_faced(self, c: Cand) -> None:
        """"رفضت الجبهة، في بيان، زيارة المبعوث إلى العيون": an act rejected, named as the verb's object, faces the one
        its genitive names as its doer (not an act condemned: who a condemnation faces is read otherwise)."""
        v = self.v
        if c.type != "REJECT" or c.pos != "V" or c.recipient:
            return
        for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 24)):
            if v.is_strong_break(j) or v.bare(j) in ("ان", "انه", "انها", "بان"):
                return
            if j not in self.rd.trigger_tokens or j in v.occ_at:
                continue
            o = v.occ_at.get(j + 1)
            if o is not None and v.prep_of(o) == "" and v.is_actorish(o.eid) and not v.is_place(o.eid) \
                    and o.eid not in c.actor and not v.gap(j + 1).strip():
                c.recipient.append(o.eid)
            return

    def _ascribed_to(self, c: Cand, R: int) -> None:
        """"سلسلة هجمات بطائرات مسيّرة نسبها الجيش إلى قوات الدعم السريع": a relative verb of ascribing after
        an attack names its doer after إلى; who ascribes it was not hit."""
        v = self.v
        if c.type != "ASSAULT" or c.pos != "N":
            return
        verb = next((j for j in range(c.t1 + 1, min(R, c.sent[1], c.t1 + 7))
                     if _unsuffixed(v.tokens[j].folded).lstrip("و") in _ASCRIBING), None)
        if verb is None or any(v.is_strong_break(x) for x in range(c.t1 + 1, verb + 1)):
            return
        to = next((j for j in range(verb + 1, min(c.sent[1], verb + 8)) if v.bare(j) == "الي" or v.tokens[j].prefix == "ل"), None)
        if to is None:
            return
        doer = next((o for o in v.occs_in(to, min(c.sent[1], to + 3)) if v.is_actorish(o.eid)
                     and not (v.is_place(o.eid) and not v.is_country(o.eid))), None)
        if doer is None:
            return
        ascriber = {o.eid for o in v.occs_in(verb + 1, to)}
        c.actor[:] = [doer.eid]
        c.recipient[:] = [x for x in c.recipient if x not in ascriber and x != doer.eid]

    def _its_members_did_it(self, c: Cand, R: int) -> None:
        """"حملة ضد التنظيم، بعد هجوم انتحاري شنه مسلحوه": its gunmen (عناصره، مقاتلوه) after a relative light
        verb are the members of the group named last before the attack; the group did it."""
        v = self.v
        if c.type not in ("ASSAULT", "COERCE") or c.pos != "N" or c.actor:
            return
        j = next((x for x in range(c.t1 + 1, min(R, c.sent[1] - 1, c.t1 + 5))
                  if _unsuffixed(v.tokens[x].folded) in _LIGHT_VERBS), None)
        if j is None or any(v.is_strong_break(x) for x in range(c.t1 + 1, j + 2)):
            return
        f = v.bare(j + 1)
        stem = f[:-2] if f.endswith(("ها", "هم")) else f[:-1] if f.endswith("ه") else ""
        if stem.rstrip("وي") not in _MEMBER_STEMS:
            return
        group = next((o for o in reversed(v.occs_in(max(0, c.sent[0] - 40), c.t0))
                      if v.by_id[o.eid].type == "ORG" and v.is_actorish(o.eid) and not v.is_outlet(o.eid)), None)
        if group is not None:
            _doer_not_target(c, group.eid)

    def _belonging_doer(self, c: Cand) -> None:
        """"أن دوريات تابعة لها ستنتشر …"، "طائرات مسيّرة تابعة له دمّرت …": a force or a weapon told as belonging
        to a party by a pronoun (تابعة له/لها) is that party's, the party named last before it."""
        if c.actor or c.type not in ("ASSAULT", "COERCE", "MOBILIZE", "RETREAT"):
            return
        v = self.v
        for j in range(max(c.sent[0], c.t0 - 6), min(c.sent[1] - 1, c.t1 + 6)):
            if v.bare(j) not in BELONGING_TO or v.bare(j + 1) not in ("له", "لها", "لهم"):
                continue
            # (of a force or a weapon told by its noun: not "وكالة أعماق التابعة له", a body's outlet)
            if any(o.t1 >= j - 2 for o in v.occs_in(max(c.sent[0], j - 2), j)) or not any(
                    self.lex.in_class(w, "force") or self.lex.in_class(w, "equipment") or w in _WEAPON_NOUNS
                    for x in (j - 1, j - 2) if x >= c.sent[0] for w in strip_word(v.tokens[x].folded)):
                return
            if any(v.is_strong_break(x) for x in range(min(j, c.t0) + 1, max(j, c.t1) + 1)):
                return
            owner = next((o for o in reversed(v.occs_in(max(0, c.sent[0] - 40), j))
                          if v.is_actorish(o.eid) and not v.is_outlet(o.eid) and o.eid not in c.recipient), None)
            if owner is not None:
                _doer_not_target(c, owner.eid)
            return

    def _column_owner(self, c: Cand) -> None:
        """"وصول رتل يضم نحو 40 آلية تابعة لوزارة الداخلية": the owner of a column, told past what it comprises,
        moved it."""
        v = self.v
        if c.actor or c.type not in ("MOBILIZE", "RETREAT") or c.t1 + 3 >= c.sent[1] \
                or not any(w in _CONVOY_WORDS for w in strip_word(v.tokens[c.t1 + 1].folded)) \
                or v.bare(c.t1 + 2) not in ("يضم", "تضم", "يضمان", "مكون", "مكونا", "مؤلف", "مؤلفا"):
            return
        k = c.t1 + 3
        while k < min(c.sent[1], c.t1 + 9) and (v.tokens[k].is_digit or number_word(v.bare(k)) is not None
                                                 or v.bare(k) in _COUNT_HEDGES or v.bare(k) in ("ما", "يقارب")):
            k += 1
        k += 1  # (what is counted: "آلية"، "عربة")
        if k + 1 >= c.sent[1] or not v.bare(k).removeprefix("ال").startswith("تابع"):
            return
        owner = v.occ_at.get(k + 1)
        if owner is not None and owner.prefix.endswith("ل") and v.is_actorish(owner.eid) and not v.is_place(owner.eid) \
                and not any(v.comma_before(x) for x in range(c.t1 + 1, k + 2)):
            c.actor.append(owner.eid)

    def _allocated_to(self, c: Cand) -> None:
        """Funds set aside "لدعم قدرات ليبيا"، "لتعزيز قدرات المراقبة لدى الجانب المغربي": the one they support
        receives them; "لبلديات وادي الحياة"، "لسكان …": the place whose towns or people they go to is where."""
        if c.type != "AID" or c.lemma not in ("خصص", "تخصيص"):
            return
        v = self.v
        for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 16)):
            if v.is_strong_break(j) or (j > c.t1 + 1 and j in self.rd.trigger_tokens and v.tokens[j].folded[:1] != "ل"):
                return
            w = v.bare(j)
            if w in _SUPPORTING_FOR or w == "لدي":
                k = j + 1
                while k < min(c.sent[1], j + 5) and k not in v.occ_at and not v.is_strong_break(k):
                    k += 1  # (past what is supported: "قدرات المراقبة")
                o = v.occ_at.get(k)
                if o is not None and (w == "لدي" or k == j + 1 or v.bare(j + 1) in ("قدرات", "جهود")) \
                        and v.is_actorish(o.eid) and o.eid not in c.actor:
                    _add(c.recipient, [o.eid])
                    if o.eid in c.location:
                        c.location.remove(o.eid)
                return
            if w[:1] == "ل" and w[1:] in _ALLOTTED_PLACES and j + 1 in v.occ_at and v.is_place(v.occ_at[j + 1].eid):
                c.location[:] = [v.occ_at[j + 1].eid]
                return

    def _aid_giver(self, c: Cand, R: int) -> None:
        """"تسلمت القوات شحنة من الذخائر قدمتها الإمارات": aid received names its giver after a relative verb
        of giving; and any aid its giver after "مقدّمة من"، "بتمويل من"، "هبة من" in its clause ("سفينة إغاثة
        تحمل 3200 طن من المواد الغذائية، مقدّمة من مركز الملك سلمان")."""
        v = self.v
        if c.type != "AID" or c.actor:
            return
        # (after the convoy's load and where it went: "دخلت قافلة مساعدات … إلى مدينة دوما …، صباح اليوم، محمّلة
        # بالمواد الغذائية …، مقدّمة من برنامج الأغذية العالمي")
        for j in range(max(c.sent[0], c.t0 - 20), min(c.sent[1] - 2, c.t1 + 30)):
            if c.t0 <= j <= c.t1 or v.bare(j + 1) != "من" or _unjoined(v.bare(j)) not in _GIVEN_BY:
                continue
            span = range(min(j, c.t0), max(j, c.t1))
            if any(v.is_strong_break(x) or (x in self.rd.trigger_tokens and not c.t0 <= x <= c.t1) for x in span):
                continue
            giver = v.occ_at.get(j + 2)
            if giver is not None and v.is_actorish(giver.eid) and giver.eid not in c.recipient:
                c.actor.append(giver.eid)
                return
        if c.frame != "receive":
            return
        for j in range(c.t1 + 1, min(R, c.sent[1], c.t1 + 12)):
            if v.is_strong_break(j):
                return
            if _unsuffixed(v.tokens[j].folded).lstrip("و") in _GIVING:
                giver = v.occ_at.get(j + 1)
                if giver is not None and v.prep_of(giver) == "" and v.is_actorish(giver.eid) \
                        and giver.eid not in c.recipient:
                    c.actor.append(giver.eid)
                return

    def _latter_as_object(self, c: Cand) -> None:
        """"…من جانب التحالف، متهماً الأخير بقصف مزارع": the latter after a participle is its object, the
        party named last before it."""
        v = self.v
        if c.pos != "N" or c.t1 + 1 >= c.sent[1] or v.bare(c.t1 + 1) not in ("الاخير", "الاخيره", "الاخيرين"):
            return
        if c.type not in ("ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT") or not v.tokens[c.t0].folded.startswith("م"):
            return
        last = v.latter(c.sent[0] - 40, c.t0)
        if last is not None and last.eid not in c.actor and not (v.is_place(last.eid) and not v.is_country(last.eid)):
            c.recipient[:] = [last.eid]

    def _coming_from(self, c: Cand) -> None:
        """"وصل الوزير إلى بغداد، مساء أمس، قادماً من أنقرة"، "حلّ المبعوث بالعيون قادماً من الرباط": where a visitor or a
        force that arrived came from, told with a participle of coming after the act."""
        v = self.v
        if c.origin or not (c.type == "CONSULT" and c.mode == "visit" or c.type in ("MOBILIZE", "AID")):
            return
        # (past the long description of what an aid convoy carries: "وصلت … قافلة … تضم 18 شاحنة محملة بمولدات …،
        # قادمة من مدينة بنغازي")
        aid = c.type == "AID"
        for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + (40 if aid else 16))):
            if v.is_strong_break(j) or j > c.t1 + 1 and j in self.rd.trigger_tokens and not aid:
                return
            if v.bare(j) in _COMING and v.bare(j + 1) == "من":
                o = v.occ_at.get(j + 2)
                if o is not None and v.is_place(o.eid) and o.eid not in c.location + c.destination:
                    c.origin.append(o.eid)
                return

    def _set_out_from(self, c: Cand) -> None:
        """"دفعت الوزارة بتعزيزات من الأمن العام، قالت مصادر إنها تضم أكثر من 40 آلية، انطلقت من مدينة اعزاز
        وانتشرت في الأحياء": where the reinforcements set out from, told by a verb of setting out after a comma."""
        v = self.v
        if c.origin or c.type != "MOBILIZE" or c.pos != "N":
            return
        for j in range(c.t1 + 1, min(c.sent[1] - 2, c.t1 + 26)):
            if v.is_strong_break(j):
                return
            if v.bare(j) in _SETTING_OUT and "،" in v.gap(j) and v.bare(j + 1) == "من":
                o = v.occ_at.get(j + 2)
                if o is not None and v.is_place(o.eid) and o.eid not in c.destination:
                    c.origin.append(o.eid)
                    c.location[:] = [x for x in c.location if x != o.eid]
                return

    def _signing_before(self, c: Cand) -> int | None:
        """The verbal noun توقيع whose object an accord noun is, within 18 words before it and no act between."""
        v = self.v
        if c.pos != "N" or c.type != "AGREE":
            return None
        sign = next((j for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 18) - 1, -1)
                     if v.bare(j).lstrip("و").lstrip("ب") == "توقيع"), None)
        if sign is None or any(v.is_strong_break(x) or x in self.rd.trigger_tokens and x != sign
                               for x in range(sign + 1, c.t0)):
            return None
        return sign

    def _signed_place(self, c: Cand) -> None:
        """"بعد توقيع العراق وتركيا في أنقرة، الخميس الماضي، مذكرة تفاهم": where the signing named between the
        verbal noun and the accord took place is where the accord was made."""
        v = self.v
        if c.location:
            return
        sign = self._signing_before(c)
        if sign is None:
            return
        c.location.extend(o.eid for o in v.occs_in(sign + 1, c.t0)
                          if v.is_place(o.eid) and v.prep_of(o) == "في" and o.eid not in c.actor)

    def _fronted_place(self, c: Cand) -> None:
        """"وفي مسافر يطا، هدمت جرافات الاحتلال …"، "وبالقرب من قرية التواني، هاجم مستوطنون …": a place put
        before the clause and set off by a comma is where its verb happened; so is it of the noun a light verb
        there carries out ("وفي معتمدية الفحص من ولاية زغوان، نفّذ عشرات المعطلين … وقفة احتجاجية")."""
        v = self.v
        if c.location or c.origin or c.destination:
            return
        verb = c.t0
        if c.pos == "N":
            # the light verb that opens the clause, the noun its object a few words on, no act between
            verb = next((j for j in range(max(c.sent[0], c.t0 - 8), c.t0) if _light_verb(v.tokens[j].folded)), -1)
            if verb < 0 or any(j in self.rd.trigger_tokens or v.is_strong_break(j) for j in range(verb + 1, c.t0)):
                return
        a = c.sent[0]
        k = a + 1
        if v.bare(a).removeprefix("و") == "اما":
            # "أما بولاية تندوف، فقد أحبطت مفرزة مشتركة …، وأوقفت ثلاثة مهربين": the topic place frames every act
            # of its sentence
            k = a + 1 + (v.bare(a + 1) == "في")
            if k not in v.occ_at and k + 1 in v.occ_at and v.bare(k).removeprefix("ب") in _PLACE_HEADS:
                k += 1  # (the place's own noun before its name: "أما بولاية تندوف")
            o = v.occ_at.get(k)
            if o is not None and v.is_place(o.eid) and o.eid not in c.actor + c.recipient and "،" in v.gap(o.t1 + 1) \
                    and v.tokens[o.t1 + 1].folded.startswith("ف") and o.t1 < c.t0:
                c.location.append(o.eid)
            return
        if v.bare(a) not in ("في", "قرب", "عند", "داخل", "امام"):
            if not (v.bare(a).removeprefix("و") == "بالقرب" and v.bare(a + 1) == "من"):
                return
            k = a + 2
        if v.bare(a) == "امام" and k not in v.occ_at and v.bare(k) in _FRONTS_OF_SITES:
            k += 1  # "وأمام بوابة ميناء رشيد، تجمّع …": before the gate of a place, at that place
        o = v.occ_at.get(k)
        if o is None or not v.is_place(o.eid) or o.eid in c.actor + c.recipient:
            return
        j = o.t1 + 1
        region = v.occ_at.get(j + 1) if v.bare(j) == "من" else None
        if region is not None and v.is_place(region.eid) and "،" not in v.gap(j):
            j = region.t1 + 1  # ("في معتمدية الفحص من ولاية زغوان،": the province it lies in)
        if j > verb or "،" not in v.gap(j):
            return
        while j < verb and j in self.rd.time_tokens:
            j += 1  # ("وفي الخليل، فجر اليوم، اقتحمت …": a time set off with it)
        if verb - j <= 1:
            c.location.append(o.eid)

    def _swept_place(self, c: Cand) -> None:
        """"أطلقت قطعات من الجيش … عملية عسكرية مشتركة لتفتيش صحراء المطيبيجة": the place a sweep is launched to
        search or comb is where the troops deploy."""
        v = self.v
        if c.type != "MOBILIZE" or c.pos != "N" or c.location or c.destination:
            return
        purpose = next((j for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 5)) if v.bare(j) in _SWEEP_PURPOSES), None)
        if purpose is None or v.break_or_comma_in(c.t1 + 1, purpose + 1):
            return
        for o in v.occs_in(purpose + 1, min(c.sent[1], purpose + 5)):
            if v.break_or_comma_in(purpose + 1, o.t0 + 1):
                return
            if v.is_place(o.eid) and o.eid not in c.actor:
                c.location.append(o.eid)
                return

    def _complained_of(self, c: Cand) -> None:
        """"ستتقدم بشكوى جديدة أمام مجلس الأمن"، "رفعت شكوى ضد …": the party a complaint is made against, named after
        ضد, or else the one that did the attack told before."""
        v = self.v
        if c.type != "ACCUSE" or c.lemma not in ("تقدم_بشكوى", "رفع_شكوى"):
            return
        # (the body it is filed with is no party complained of: "إلى مجلس الأمن"، "أمام مجلس الأمن")
        addressed = {o.eid for o in v.occs_in(c.t1 + 1, min(c.sent[1], c.t1 + 8))
                     if v.bare(o.t0 - 1) in ("الي", "امام", "لدي") or v.prep_of(o) in ("الي", "امام", "لدي")}
        c.recipient[:] = [x for x in c.recipient if x not in addressed]
        if c.recipient:
            return
        for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 6)):
            if v.bare(j) == "ضد":
                o = v.occ_at.get(j + 1)
                if o is not None and v.is_actorish(o.eid) and o.eid not in c.actor:
                    c.recipient.append(o.eid)
                return
        attack = next((d for d in reversed(self.cands) if d.type == "ASSAULT" and d.t1 < c.t0 and d.actor
                       and d.status in ("occurred", "ongoing") and not set(d.actor) & set(c.actor)), None)
        if attack is not None:
            c.recipient.extend(x for x in attack.actor if not v.is_outlet(x))

    def _relief_convoy(self, c: Cand) -> None:
        """"معلناً أنه يعتزم إرسال قافلة ثانية"، "وأرسلت منظمة الصحة العالمية قافلة إلى …": a convoy or a shipment
        that a relief or development agency sends is aid, whatever it carries; not troops moved."""
        v = self.v
        if c.type != "MOBILIZE" or c.mode != "troops" or not c.actor:
            return
        if not any(v.bare(j).removeprefix("ب") in _RELIEF_LOADS for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 6))
                   if j not in v.occ_at):
            return
        codes = [v.by_id[x].actor_code or "" for x in c.actor]
        if codes and all(_relief_code(code) for code in codes):
            c.type, c.mode = "AID", "humanitarian"

    def _source_of_fire(self, c: Cand) -> None:
        """"جراء قصف مدفعي مصدره مواقع قوات النظام في مدينة سراقب، استهدف بلدتي سرمين وآفس"، "بقصف مصدره الجانب
        الإسرائيلي على بلدة كفرشوبا": the party the fire came from fired it, the place it came from is its origin, and
        the place it fell on or targeted is where it happened."""
        v = self.v
        if c.type != "ASSAULT":
            return
        end = min(c.sent[1], c.t1 + 12)
        src = next((j for j in range(c.t0, end) if v.bare(j) in _FIRE_SOURCES), None)
        if src is None or any(v.is_strong_break(x) for x in range(c.t0 + 1, src + 1)):
            return
        j = src + 1
        while j < min(c.sent[1], src + 4) and j not in v.occ_at and v.bare(j) in _FIRE_SOURCE_WORDS:
            j += 1  # ("مصدره مواقع …"، "مصدرها مناطق سيطرة …")
        o = v.occ_at.get(j)
        if o is None or not v.is_actorish(o.eid) or v.is_place(o.eid):
            return
        shooters = [g.eid for g in v.group_from(o, c.sent[1]) if v.is_actorish(g.eid) and not v.is_place(g.eid)]
        c.actor[:] = shooters
        c.recipient[:] = [x for x in c.recipient if x not in shooters]
        k = v.group_from(o, c.sent[1])[-1].t1 + 1
        whence = v.occ_at.get(k + 1) if v.bare(k) == "في" else None
        if whence is not None and v.is_place(whence.eid):
            c.origin[:] = [whence.eid]
            c.location[:] = [x for x in c.location if x != whence.eid]
            k = whence.t1 + 1
        for x in range(k, min(c.sent[1], k + 6)):
            if v.is_strong_break(x):
                break
            t = v.occ_at.get(x)
            if t is not None and v.is_place(t.eid) and (v.prep_of(t) == "علي" or _unjoined(v.bare(x - 1)) in _TARGETING
                                                        or v.bare(x - 1) in _PLACE_NOUNS and (
                                                            v.bare(x - 2) == "علي" or _unjoined(v.bare(x - 2)) in _TARGETING)):
                places = [g.eid for g in v.group_from(t, c.sent[1]) if v.is_place(g.eid)]
                c.location[:] = places + [p for p in c.location if p not in places and p not in c.origin]
                break

    def _stationed_origin(self, c: Cand, R: int) -> None:
        """"دفع الجيش بتعزيزات من الفرقة الرابعة مشاة في الدمازين نحو المناطق الحدودية": where the unit the
        reinforcements came from is stationed is where they set out from, not where they went."""
        v = self.v
        if c.type != "MOBILIZE" or c.origin or c.pos != "N" or c.t1 + 3 >= R:
            return
        k = c.t1 + 2 if self._indefinite_adjective(c.t1 + 1) else c.t1 + 1  # ("بتعزيزات إضافية من")
        if v.bare(k) != "من":
            return
        if v.bare(k + 1) in _UNIT_SEATS:
            k += 1  # ("من مقر الفرقة الخامسة ببعقوبة": the seat of the unit)
        unit = v.occ_at.get(k + 1)
        if unit is None or v.is_place(unit.eid) or not v.is_actorish(unit.eid):
            return
        j = unit.t1 + 1
        while j < min(R, unit.t1 + 9):
            o = v.occ_at.get(j)
            if o is not None:
                if not v.is_place(o.eid) and v.is_actorish(o.eid) and v.bare(j - 1) == "في" and j == unit.t1 + 2:
                    unit = o  # (the force the unit is of: "من الفرقة الخامسة في الجيش العراقي ببعقوبة")
                    j = o.t1 + 1
                    continue
                if v.is_place(o.eid) and (v.bare(j - 1) == "في" or v.prep_of(o) == "ب" and j == unit.t1 + 1) \
                        and o.eid not in c.actor:
                    c.origin.append(o.eid)
                    c.location[:] = [x for x in c.location if x != o.eid]
                    c.destination[:] = [x for x in c.destination if x != o.eid]
                return
            if v.is_strong_break(j) or "،" in v.gap(j) or j > unit.t1 + 3:
                return
            j += 1

    def _counted_tokens(self, lo: int, hi: int) -> set[int]:
        """Tokens in [lo, hi) inside a quantity ("نحو 500 جندي"), and a partitive pronoun right after one."""
        v = self.v
        if hi <= lo:
            return set()
        out: set[int] = set()
        for q in v.quantities_between(v.tokens[lo].start, v.tokens[hi - 1].end):
            ts = [x for x in range(lo, hi) if q.start <= v.tokens[x].start < q.end]
            out.update(ts)
            if ts and ts[-1] + 1 < hi and v.bare(ts[-1] + 1) in ("منهم", "منها"):
                out.add(ts[-1] + 1)
        # a bare count of some of them ("نحو 500 منهم"): no unit, so no quantity
        for x in range(lo, hi - 1):
            if v.bare(x + 1) in ("منهم", "منها") and (v.tokens[x].is_digit or number_word(v.tokens[x].folded)):
                out.update(range(x - 1 if x > lo and v.bare(x - 1) in _APPROX else x, x + 2))
        return out

    def _modifier_gap(self, last: int, t0: int) -> bool:
        """The words between a place (ending at token ``last``) and the next place let the next one
        modify it: at most one word ("في"، "غرب"), or adjectives of the first and a head noun
        ("قاعدة حرير الجوية في محافظة أربيل")."""
        if t0 - last <= 2:
            return True
        v = self.v
        if t0 - last > 5 or v.break_or_comma_in(last + 1, t0 + 1):
            return False
        for x in range(last + 1, t0):
            f = v.tokens[x].folded
            if not (v.bare(x) in ("في", "ب") or f.startswith(("ال", "بال")) and f.endswith(("ي", "يه", "يين"))
                    or strip_word(f)[-1] in _PLACE_HEADS):
                return False
        return True

    def _object_after(self, k: int, R: int) -> bool:
        """Token k opens the object of a verbal noun whose genitive was its agent: an indefinite
        accusative ("سوقاً")، a count ("ثلاثة موظفين"، "12 شاباً") or a named entity ("المسجد الأقصى")."""
        v = self.v
        if k >= R or v.gap(k).strip() or k in self.rd.time_tokens:
            return False
        o = v.occ_at.get(k)
        if o is not None:
            return v.prep_of(o) == ""
        tok = v.tokens[k]
        if tok.prefix or v.bare(k) in PREPOSITIONS or v.is_subordinator(k) or self._circumstance_at(k):
            return False
        if v.bare(k) in _MANNER_ADVERBS:
            return False  # "بحبس المهربين احتياطياً": how it was done, no object
        raw = v.text[tok.start:tok.end]
        return raw.endswith(("\u064b", "اً", "ًا")) or tok.is_digit or number_word(tok.folded) is not None

    def _agreeing_participle(self, o: Occ, R: int) -> bool:
        """An indefinite body, then an indefinite participle in ة that agrees with it: "تفكيك شبكة إجرامية منظمة
        تنشط في …"، "خلية إرهابية مرتبطة بالحرس الثوري": the body's adjective, not an object it acted on."""
        v = self.v
        k = o.t1 + 1
        if k >= R or v.bare(o.t0).startswith("ال") or v.tokens[o.t0].folded.startswith("ال"):
            return False
        f = v.tokens[k].folded
        return not v.tokens[k].prefix and len(f) >= 5 and f[0] == "م" and f.endswith("ه")

    def _target_after(self, k: int, R: int) -> bool:
        """Token k is a bare indefinite noun, the object after a weapon that is the genitive agent:
        "إثر استهداف طائرة مسيّرة تركية سيارة عسكرية" (the drone struck the car)."""
        v = self.v
        if k >= R or v.gap(k).strip() or k in self.rd.time_tokens or k in v.occ_at:
            return False
        tok = v.tokens[k]
        if tok.prefix or tok.folded.startswith("ال") or v.bare(k) in PREPOSITIONS or v.is_subordinator(k) \
                or self._circumstance_at(k):
            return False
        if tok.folded[:1] == "و" and tok.folded not in _TARGET_NOUNS or tok.folded[:2] == "فا":
            return False  # (what is joined by و: "لتفريق المحتجين وإعادة فتح الطريق"، "اغتيال الحريري ورفاقه")
        if v.bare(k) in BELONGING_TO or v.bare(k) in _LOYAL_TO:
            return False  # "تفكيك خلية إرهابية موالية لتنظيم داعش": the genitive's adjective, whose it is
        # (not a count of times: "استهداف الجيش السوري مرة أخرى" is the army targeted once more)
        return (tok.folded.endswith(("ه", "ات")) or tok.folded in _TARGET_NOUNS) and tok.folded not in _ADVERBIAL_NOUNS

    def named_among(self, c: Cand) -> None:
        """"اعتقلت 9 ناشطين على الأقل بينهم المصور الصحفي سالم باعبود": a person named among those an arrest took
        is one of them (not among the dead of a clash: the killing is often the clash told again); so is a party
        named right after, past the arrest's subject and an aside ("أوقفت مفارز للجيش …، 24 شخصاً، بينهم مهربون")."""
        v = self.v
        if c.type != "COERCE":
            return
        for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 24)):
            if v.is_strong_break(j) or (j in self.rd.trigger_tokens and j > c.t1 + 1):
                return
            if v.bare(j) not in ("بينهم", "بينهن", "منهم") or (v.bare(j) == "منهم" and v.bare(j - 1) != "من"):
                continue
            # (a person within the old reach of twelve words; a party past it too)
            person = None if j > c.t1 + 11 else next(
                (o for o in v.occs_in(j + 1, min(c.sent[1], j + 6)) if v.by_id[o.eid].type == "PER"
                 and not any(v.is_strong_break(x) or x in self.rd.trigger_tokens for x in range(j + 1, o.t0))), None)
            if person is None and not c.recipient and (party := v.occ_at.get(j + 1)) is not None \
                    and v.is_actorish(party.eid) and not v.is_place(party.eid):
                person = party
            if person is not None and person.eid not in c.actor:
                _add(c.recipient, [person.eid])
            return

    def crowd_town(self, c: Cand) -> None:
        """"خرج مئات من سكان مدينة المكلا في تظاهرات جابت شوارع أحياء الشرج وفوّة": a protest of a town's
        people, held in quarters no gazetteer places, was held in their town too."""
        v = self.v
        if c.type != "PROTEST" or not c.actor or not c.location or any(
                v.is_place(x) and v.by_id[x].geo is not None for x in c.location):
            return
        for o in v.occs_in(c.sent[0], c.sent[1]):
            if o.eid not in c.actor:
                continue
            town = next((p for p in v.occs_in(o.t0, o.t1 + 1) if p is not o and v.is_place(p.eid)
                         and v.by_id[p.eid].geo is not None), None)
            if town is not None:
                _add(c.location, [town.eid])
                return

    def _circumstance_at(self, k: int) -> bool:
        """Token k is a circumstantial participle of the clause's subject, no object of a noun's genitive: "لتفريق
        المحتجين مستخدمةً الهراوات" (the force used them; the protesters are dispersed, not dispersing)."""
        return self.v.bare(k) in _USING or self.v.bare(k) in PARTICIPLE_CONT

    def _in_sentence_after(self, c: Cand) -> Iterator[Cand]:
        """The candidates of c's sentence that start after it, nearest first."""
        return (d for d in self._sentence_cands(c) if d.t0 > c.t1)

    def _possessed_force_at(self, j: int, arms: bool = False) -> bool:
        """Token j is a force noun, or its arms, with a possessive pronoun and no article ("قواته"، "عناصرها"،
        "جنودهم"، "طائراته المسيّرة"، "مدفعيتها"، "دفاعاته الجوية")."""
        tok = self.v.tokens[j]
        if j in self.v.occ_at or tok.text.endswith("ة") or "ال" in tok.prefix or tok.stem.startswith("ال") \
                or not tok.folded.endswith(("ها", "ه", "هم")):
            return False  # a possessed noun has a pronoun, not ta marbuta, and no article
        ws = strip_word(tok.folded)
        return any(self.lex.in_class(w, "force") or (arms and w in _POSSESSED_ARMS) for w in ws) \
            and tok.folded not in ws[-1:]

    def _enabling_verb(self, c: Cand) -> int | None:
        """The verb of managing (تمكّن، نجح) or of setting about (أقدم) that noun ``c`` is the complement of, with
        no break or other trigger between, or that governs the noun ``c`` is joined to by و: its subject did what
        the noun names."""
        v = self.v
        back = range(c.t0 - 2, max(c.sent[0], c.t0 - 20) - 1, -1)
        enabler = None
        if c.pos == "N" and v.bare(c.t0 - 1) in ("من", "في"):
            enabler = next((j for j in back if v.bare(j).lstrip("و").startswith(_ENABLING_VERBS)), None)
        # (a verb's form after على is its verbal noun: "أقدم عشرات الفلاحين على قطع الطريق")
        elif c.type in ("ASSAULT", "COERCE", "PROTEST") and v.bare(c.t0 - 1) in ("علي", "الي") \
                and (c.pos == "N" or c.tense == "past" and not c.suffix):
            enabler = next((j for j in back if v.bare(j).lstrip("و") in _UNDERTAKING_VERBS), None)
        if enabler is not None and any(v.is_strong_break(x) or x in self.rd.trigger_tokens for x in range(enabler + 1, c.t0)):
            enabler = None
        if enabler is None and c.pos == "N" and c.conj:
            # "تمكنت وحدات حرس السواحل، فجر أمس، من إحباط محاولة هجرة …، وإنقاذ 47 مهاجراً": a verbal noun joined
            # by و to the one the enabling verb governs was managed by the same doer
            # (the first noun a trigger or not: "من إحباط محاولة هجرة"; nothing else told between)
            j = next((j for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 40) - 1, -1)
                      if v.bare(j).lstrip("و").startswith(_ENABLING_VERBS)), None)
            if j is not None and any(v.bare(k) in ("من", "في") for k in range(j + 1, c.t0 - 1)) and not any(
                    v.is_strong_break(x) or (x in self.rd.trigger_tokens and v.bare(x - 1) not in ("من", "في"))
                    for x in range(j + 1, c.t0)):
                enabler = j
        return enabler

    def _earlier_in_sentence(self, c: Cand) -> Iterator[Cand]:
        """The candidates of c's sentence that end before it, nearest first."""
        return (d for d in reversed(self._sentence_cands(c)) if d.t1 < c.t0)

    def _sentence_cands(self, c: Cand) -> list[Cand]:
        if self._sent_cands is None:
            self._sent_cands = {}
            for d in self.cands:
                self._sent_cands.setdefault(d.sent, []).append(d)
        return self._sent_cands.get(c.sent, [])

    def _inner_subject_agrees(self, c: Cand, k: int) -> bool:
        """Whether the complement clause at token ``k`` opens with a named subject of its own that agrees with
        verb ``c`` in gender: "أوضح شامي أن اللجنة عقدت اجتماعها …، واتفقت على …" (the committee agreed)."""
        v = self.v
        verb = self._verb_gender(c)
        k0 = k
        while k + 1 < c.t0 and k not in v.occ_at and (_number_token(v, k) or v.bare(k) in _COUNT_HEDGES
                                                     or v.bare(k) in _CROWD_COUNTS):
            k += 1  # past a count: "إن نحو 20 مستوطناً قدموا …، وهاجموا"، "أن عشرات المستوطنين …"
        o = v.occ_at.get(k)
        if o is None and k + 1 < c.sent[1] and v.bare(k) in _UNIT_NOUNS:
            # "أن قوة من الجيش العراقي طوّقت الحي، وشنّت …": a unit of a force, which the noun's gender tells
            o = v.occ_at.get(k + 2) if v.bare(k + 1) == "من" else None
            unit = v.bare(k)
            gender = "f" if unit.endswith(("ه", "ات")) else None
            return o is not None and self._unit_member(o) and verb is not None and gender in (None, verb)
        if o is None and k < c.t0 and self._unnamed_group(k) and not any(
                v.is_subordinator(x) or v.bare(x) in ("انه", "انها", "انهم", "ان", "وان") for x in range(k + 1, c.t0)):
            # "أن «مجموعات إرهابية تسللت من عمق البادية …، وهاجمت …»"، "أن مسلحين تسللوا …، وهاجموا": an
            # unnamed group is the subject that goes on, not the speaker
            noun, f = v.bare(k), v.tokens[c.t0].folded
            return (noun.endswith(("ات", "ه")) and verb == "f") or (noun.endswith(("ين", "ون")) and f.endswith("وا"))
        if o is None and (v.bare(k) in _OPERATION_ANAPHORS or k in self.rd.trigger_tokens and v.bare(k).startswith("ال")):
            # "قال الناطق …، إن العملية تنطلق من أربعة محاور، وتستهدف تفتيش …": the act, named by its noun,
            # is the subject that goes on
            return verb is not None and ("f" if v.bare(k).endswith("ه") else "m") == verb
        if o is None or o.t0 != k or (v.prep_of(o) != "" and k == k0) or not v.is_actorish(o.eid):
            return False
        if verb is None and v.tokens[c.t0].folded.endswith("وا"):
            # a plural verb goes on with people counted or named in the plural ("إن عشرات المستوطنين قدموا …،
            # وهاجموا المزارعين")
            return k > k0 or fold_text(v.by_id[o.eid].name_ar).split()[-1].endswith(("ين", "ون"))
        return verb is not None and entity_gender(v.by_id[o.eid]) == verb

    def _unnamed_group(self, k: int) -> bool:
        """Token k names an armed group by what it is, no entity: "مجموعات إرهابية"، "مسلحين"، "عناصر"."""
        ws = strip_word(self.v.tokens[k].folded)
        return self.v.bare(k) in ("مجموعات", "مجموعه") or any(
            self.lex.in_class(w, cls) for w in ws for cls in ("militants", "cell"))

    def _proceeded_subject(self, c: Cand) -> Occ | None:
        """The subject of أقدم before the noun at c after على ("أقدم العشرات من سكان مدينة عزازقة، صبيحة أمس، على
        غلق الطريق"), named outright or counted (a number, عشرات، مئات … then من), or None."""
        v = self.v
        verb = next((j for j in range(c.t0 - 2, max(c.sent[0], c.t0 - 16) - 1, -1)
                     if _unjoined(v.bare(j)) in _PROCEEDED_VERBS or v.is_strong_break(j + 1)), None)
        if verb is None or _unjoined(v.bare(verb)) not in _PROCEEDED_VERBS:
            return None
        for o in v.occs_in(verb + 1, c.t0 - 1):
            prep = v.prep_of(o)
            # (the word before من a number or a count: "150 من"، "العشرات من")
            counted = prep == "من" and o.t0 - 2 > verb and (v._counted(o.t0 - 1) or v.bare(o.t0 - 2) in _CROWD_COUNTS)
            if v.is_actorish(o.eid) and not v.is_outlet(o.eid) and (prep == "" or counted):
                return o
            return None
        return None

    def _unit_member(self, o: Occ) -> bool:
        """Occurrence o names the force a unit belongs to ("قوة من الجيش العراقي"، "دورية للجيش")."""
        v = self.v
        prep = v.prep_of(o)
        k = o.t0 - 1
        if prep == "ل" and k > 2 and v.bare(k).startswith("ال") and v.bare(k - 1) in _COMMANDS_OF \
                and _unjoined(v.bare(k - 2)).removeprefix("ال").startswith("تابع"):
            k -= 2  # past the command it reports to, itself the body's: "التابع للقيادة الجهوية للدرك الملكي"
        if prep == "ل" and k > 0 and _unjoined(v.bare(k)).removeprefix("ال").startswith("تابع"):
            # past its participle, and a word describing the unit: "رتلاً للدعم اللوجستي تابعاً لقوات التحالف"
            # ("عناصر المركز القضائي التابع للقيادة الجهوية للدرك الملكي")
            # (or a unit named by what it does: "فرقة البحث والتحري التابعة للمجموعة الإقليمية للدرك الوطني")
            return v.is_actorish(o.eid) and any(v.bare(j) in _UNIT_NOUNS or v.bare(j) in _NAMED_UNITS
                                                for j in range(max(0, k - 4), k))
        return v.is_actorish(o.eid) and (prep == "من" and o.t0 > 1 and v.bare(o.t0 - 2) in _UNIT_NOUNS
                                         # "قوة مشتركة من الجيش العراقي": past the unit's adjective too
                                         or prep == "من" and o.t0 > 2 and v.bare(o.t0 - 2) in _UNIT_ADJECTIVES
                                         and v.bare(o.t0 - 3) in _UNIT_NOUNS
                                         or prep == "ل" and o.t0 > 0 and v.bare(o.t0 - 1) in _UNIT_NOUNS
                                         or prep == "ل" and o.t0 > 1 and v.bare(o.t0 - 1) in _UNIT_ADJECTIVES
                                         and v.bare(o.t0 - 2) in _UNIT_NOUNS
                                         or prep == "ل" and self._named_unit_before(o))

    def _named_unit_before(self, o: Occ) -> bool:
        """A unit named by what it does before the body it belongs to, with ل: "فرقة الأبحاث والتفتيش للحرس
        الوطني"، "فرقة مكافحة الإرهاب للحرس الوطني"، "الفرقة المركزية للشرطة العدلية" (its name's definite words
        only, up to three, nothing set off between)."""
        v = self.v
        for k in range(o.t0 - 2, max(-1, o.t0 - 5), -1):
            if v.comma_before(k + 1) or v.is_strong_break(k + 1) or k in v.occ_at:
                return False
            if v.bare(k) in _NAMED_UNITS or (v.bare(k).startswith("ال") and v.bare(k)[2:] in _NAMED_UNITS):
                return True
            w = v.bare(k)
            if not (w.startswith(("ال", "وال")) or w in _UNIT_NAME_CONSTRUCTS):
                return False
        return False

    def _verb_gender(self, c: Cand) -> str | None:
        """The gender a conjoined verb's third-person subject has ("واتفقت": "f"; "ودخل": "m"), or None."""
        f = _unjoined(self.v.tokens[c.t0].folded)
        if c.tense == "past":
            return past_verb_gender(f)
        if c.tense == "present":
            return "f" if f.startswith("ت") else "m" if f.startswith("ي") else None
        return None

    def _object_follows(self, j: int, end: int, past_aside: bool = False) -> bool:
        """A verb's object starts at token j: a count, people, a target, or a body named without a preposition
        (``past_aside``: j comes after an aside's closing comma)."""
        v = self.v
        if j >= end or (v.gap(j).strip() and not past_aside):
            return False
        if _number_token(v, j):
            return True
        if j in v.occ_at:
            return v.prep_of(v.occ_at[j]) == "" and not v.is_place(v.occ_at[j].eid)
        ws = strip_word(v.tokens[j].folded)
        return any(self.lex.in_class(w, "persons") or w in _TARGET_NOUNS for w in ws)

    def _reflexive_after_subject(self, c: Cand, end: int) -> bool:
        """A verb, a subject no entity names, then a reflexive object ("سلّم إرهابي نفسه للسلطات"، "فجّر انتحاري
        نفسه"): the verb has a subject of its own."""
        v = self.v
        if c.pos != "V":
            return False
        k = next((k for k in range(c.t1 + 2, min(end, c.t1 + 4)) if v.bare(k) in _REFLEXIVES), None)
        return k is not None and not any(x in v.occ_at for x in range(c.t1 + 1, k))

    def _force_after_object_pronoun(self, c: Cand) -> bool:
        """A verb whose object is its attached pronoun, then a force or people no entity names: its own subject
        ("قبل أن تفرّقها قوات الأمن"، "قبل أن تفرّقها عناصر مسلحة"), though neither definite nor named (the
        definite one is read by _unnamed_force_after)."""
        v = self.v
        j = c.t1 + 1
        if c.pos != "V" or not c.suffix or j >= c.sent[1] or j in v.occ_at or v.gap(j).strip():
            return False
        words = strip_word(v.tokens[j].folded)
        return v.tokens[j].prefix == "" and any(self.lex.in_class(w, cls) for w in words for cls in ("force", "crowd"))

    def _unnamed_body_after(self, c: Cand) -> bool:
        """A body's definite head noun right after the verb that no entity names ("في حين لوّحت التنسيقية بالعودة
        إلى غلق الطريق"، "وهددت النقابة بالإضراب"): the verb's own subject, though unknown; nothing is carried to it."""
        v = self.v
        j = c.t1 + 1
        if c.pos != "V" or j >= c.sent[1] or j in v.occ_at or v.gap(j).strip() or v.tokens[j].prefix:
            return False
        f = v.tokens[j].folded
        if not f.startswith("ال"):
            return False
        gender = past_verb_gender(v.tokens[c.t0].folded)
        if f[2:] in institution_heads():
            return gender == ("f" if f.endswith("ه") else "m")
        # (or an official told by his post alone: "ودعا المحافظ الأهالي إلى التهدئة"; a verb in ى/ا tells no gender)
        return bool(_actor_lexicon().titles.longest([f])[0]) and gender in (("f",) if f.endswith("ه") else ("m", None))

    def told_unit_owner(self, j: int) -> list[str]:
        """The body a definite unit at j ("القوة"، "الدوريات"), naming nothing itself, was told to belong to where the
        text first brought it in: "اعترضت دوريات تابعة لجهاز حرس الحدود … وأوضح المكتب أن الدوريات ضبطت …"، "توغلت قوة
        من الجيش الإسرائيلي … واعتقلت القوة شابين", with the bodies joined to it ("قوة مشتركة من الجيش ومقاتلي
        الحشد العشائري"). Empty where that unit was never told with its owner."""
        v = self.v
        word = v.bare(j)
        if j in v.occ_at or not word.startswith("ال") or not self.rd._force_word(j):
            return []
        noun = word[2:]
        for k in range(j - 1, max(-1, j - 240), -1):
            if not unjoined_in(v.bare(k), (noun,)) or k + 2 >= len(v.tokens):
                continue
            named = v.occ_at.get(k)
            if named is not None and _security_body(v.by_id[named.eid], _ARMED_CODES):
                return [named.eid]  # the unit's own name told first: "وحدات حرس السواحل … أن الوحدات البحرية أوقفت"
            # "دوريات تابعة لجهاز حرس الحدود" (the owner's head may stand before the entity)، "قوة من الجيش الإسرائيلي";
            # told first with no owner ("دوريات مشتركة"), it names no one
            if v.bare(k + 1) in _UNIT_ADJECTIVES and k + 3 < len(v.tokens):
                k += 1  # (past its adjective: "قوة مشتركة من الجيش")
            belongs = v.bare(k + 1).removeprefix("ال").startswith("تابع") and v.tokens[k + 2].folded.startswith("ل")
            owners = v.occs_in(k + 2, k + 4) if belongs or v.bare(k + 1) == "من" else []
            owner = owners[0] if owners else None
            if owner is None or not v.is_actorish(owner.eid) or v.is_place(owner.eid):
                return []
            return [g.eid for g in v.group_from(owner, j) if v.is_actorish(g.eid) and not v.is_place(g.eid)] or [owner.eid]
        return []

    def _unnamed_force_after(self, c: Cand) -> bool:
        """A definite force no entity names right after the verb ("أغلقت القوى الأمنية الطرقات"، "فرّقت
        قوات الأمن المحتجين"): the verb's own subject; marks c so that no subject is carried to it."""
        v = self.v
        j = c.t1 + 1
        if c.pos != "V" or j >= c.sent[1] or j in v.occ_at or v.gap(j).strip():
            return False
        # (or a force in construct with a definite noun no entity names: "طوقت قوات الأمن محيط الوزارة")
        construct = v.tokens[j].folded in ("قوات", "عناصر", "وحدات") and j + 1 < c.sent[1] \
            and j + 1 not in v.occ_at and not v.gap(j + 1).strip() and v.tokens[j + 1].folded in ("الامن", "الشرطه")
        if not v.tokens[j].folded.startswith("ال") and not construct:
            return False
        force = construct or any(self.lex.in_class(w, "force") for w in strip_word(v.tokens[j].folded)) or (
            v.tokens[j].folded == "القوي" and v.bare(j + 1).startswith("ال"))
        if not force:
            return False
        # the force's owner, past its adjective: "على أن تنسحب الوحدات العسكرية التابعة لـ«قسد»"
        tabi = next((x for x in range(j + 1, min(c.sent[1], j + 3)) if v.bare(x).removeprefix("ال").startswith("تابع")), None)
        owner = next((o for o in v.occs_in(tabi + 1, min(c.sent[1], tabi + 3)) if v.prep_of(o) == "ل"), None) \
            if tabi is not None else None
        if tabi is None and c.type not in ("RETREAT", "AID"):
            # or its owner by ل right after it and its adjective: "احتجزت القوة البحرية للحرس الثوري ناقلة"
            # (not a handover's receiver: "سلّمت القوات الأمنية للجيش …")
            owner = next((o for o in v.occs_in(j + 1, min(c.sent[1], j + 3)) if v.prep_of(o) == "ل"
                          and v.tokens[o.t0].folded.startswith("لل")
                          and all(v.bare(x).startswith("ال") and not v.gap(x).strip() for x in range(j + 1, o.t0))), None)
        if owner is not None and v.is_actorish(owner.eid) and not c.actor:
            c.actor.append(owner.eid)
            c.explicit_actor = True
        elif owner is None and tabi is None and not c.actor:
            told = self.told_unit_owner(j)  # "واعتقلت القوة شابين", the force told before with its owner
            if told:
                c.actor.extend(told)
                c.explicit_actor = True
        c.unnamed_subject = True
        return True

    def _carried_subject(self, c: Cand, R: int) -> list[str]:
        """The subject a verb shares with the clause before it: after و/ف ("…، وطالبت مجلس الأمن
        بـ…") or in "قبل أن تنسحب". The entity right after such a verb is its object, unless
        another noun follows it (a new verb-subject-object clause: "وقصفت المدفعية التركية مواقع")."""
        v = self.v
        a, _b = c.sent
        sub = c.t0 >= 2 and v.bare(c.t0 - 1) == "ان" and v.bare(c.t0 - 2) in ("قبل", "بعد", "دون", "بدون")
        # "أحالت النيابة المتهمين إلى المحاكمة، بعدما أسندت إليهم تهماً": بعدما, one word for بعد أن
        after_ma = not sub and c.t0 >= 1 and v.bare(c.t0 - 1).lstrip("و") in ("بعدما", "قبلما")
        # "تنقّل الوالي إلى عين المكان، حيث التقى ممثلين عن المحتجين": a حيث clause whose verb names no
        # subject of its own goes on with the main clause's
        where = c.t0 > a and v.bare(c.t0 - 1) == "حيث" and c.t1 + 1 not in v.occ_at
        if c.t0 <= a or c.suffix or not (c.conj or sub or where or after_ma) or self._reflexive_after_subject(c, _b):
            return []
        aux = self.rd.aux_before(c.t0) or v.bare(c.t0 - 1) in _BECOME_VERBS
        if not (sub or after_ma or aux) and "،" not in v.gap(c.t0) and v.tokens[c.t0 - 1].folded[:1] in ("و", "ف") \
                and c.t0 - 1 not in v.occ_at:
            return []  # "سجن وقتل وتهجير": a list of nouns, not a clause that goes on ("وباتت تنشر" goes on)
        nxt = self.v.occ_at.get(c.t1 + 1)
        if nxt is None and c.pos == "V" and c.t1 + 2 < _b and v.bare(c.t1 + 1) in _UNIT_NOUNS \
                and not v.gap(c.t1 + 1).strip():
            unit_of = v.occ_at.get(c.t1 + 3) if v.bare(c.t1 + 2) == "من" else v.occ_at.get(c.t1 + 2)
            if unit_of is not None and self._unit_member(unit_of):
                return []  # "…، واعتقلت قوة من الشرطة ثلاثة": a unit sent by a body right after the verb is its subject
        if nxt is None and c.t1 + 2 < _b and v.bare(c.t1 + 1) in _QUANTIFIERS:
            nxt = self.v.occ_at.get(c.t1 + 2)  # "بعد أن غادرت معظم القوات الأميركية القاعدة": most of a force
        if nxt is None and c.t1 + 1 < _b:
            # "…، وطالب وزير الإعلام فؤاد الشرجبي المجتمع الدولي بـ…": a person after his title is read as
            # the entity right after the verb (its subject when an object follows him)
            per = next(iter(v.occs_in(c.t1 + 2, min(_b, c.t1 + 9))), None)
            if per is not None and v.by_id[per.eid].type == "PER" and v.prep_of(per) == "" \
                    and self._title_run(c.t1 + 1, per.t0):
                nxt = per
            elif self._unnamed_force_after(c):
                return []  # "فيما أغلقت القوى الأمنية الطرقات": a force named right after the verb is its own subject
        if nxt is not None and after_ma and v.prep_of(nxt) == "":
            return []  # "بعدما سحبت إسرائيل والولايات المتحدة وفديهما": its own subject, after it
        if nxt is not None and (sub or after_ma) and v.prep_of(nxt) == "" and nxt.t0 == c.t1 + 1 and any(
                self.lex.in_class(w, "protester") for w in strip_word(v.tokens[nxt.t0].folded)):
            return []  # "بعد أن أغلق محتجون بوابات الميناء": protesters right after the verb do it themselves
        if nxt is not None and c.frame == "intrans" and nxt.t0 == c.t1 + 1 and v.prep_of(nxt) == "" \
                and v.is_actorish(nxt.eid):
            return []  # "…، ووصلت قوات الجيش بعد ساعة": a verb that takes no object, the body after it its subject
        if nxt is not None:
            end = v.group_from(nxt, R)[-1].t1 + 1
            while end < R and end in self.rd.time_tokens and not v.gap(end).strip():
                end += 1  # (past a time told between, no comma: "واتهمت القيادة حينها خلايا داعش …")
            if end < R and not v.gap(end).strip() and end not in self.rd.time_tokens \
                    and v.bare(end) not in PREPOSITIONS and not v.is_subordinator(end) and (
                    (end in v.occ_at and v.prep_of(v.occ_at[end]) == "") or v.tokens[end].folded.startswith("ال")
                    or any(self.lex.in_class(w, cls) for w in strip_word(v.tokens[end].folded)
                           for cls in ("site", "force", "equipment"))
                    # a count of some of those told before: "واعتقلت الشرطة عدداً منهم"
                    or end + 1 < R and v.bare(end + 1) in ("منهم", "منهن", "منها") and self._counts_some(end)
                    # a count after the subject opens the object: "…، واعتقلت الشرطة 12 محتجاً"
                    or v._counted(end + 1)
                    # so do members or cells of a body named after them: "…، واتهمت القيادة خلايا داعش بـ…"
                    or (v.bare(end) in _CELLS or _is_member(v.bare(end)) or v.bare(end) in _MEMBER_NOUNS)
                    and end + 1 in v.occ_at and not v.gap(end + 1).strip()):
                return []  # verb, subject, object: a clause of its own ("وقصفت المدفعية التركية مواقع")
        # the clause the verb continues: back to the last complementizer, subordinator or strong break
        scope = a
        j = c.t0 - (3 if sub else 2 if where or after_ma else 1)
        # "أدانت الوزارة الغارة، ووصفتها بأنها انتهاك …، وطالبت مجلس الأمن …": after a comma and و the
        # verb goes on with the main clause, past a complement clause that a comma has closed
        closed = v.comma_before(c.t0) and v.tokens[c.t0].folded[:1] in ("و", "ف")
        while j >= a:
            if v.is_strong_break(j + 1):
                scope = j + 1
                break
            if (v.is_subordinator(j) and v.bare(j) not in ("قبل", "بعد")) or \
                    v.bare(j) in _THAT_PRONOUNS:
                if not (closed and any(v.comma_before(x) for x in range(j + 1, c.t0 + 1))) \
                        or self._inner_subject_agrees(c, j + 1) \
                        or self._quoted_since(v.tokens[c.t0].start, v.tokens[j].start):
                    # (a comma inside the quotation the clause opens closes nothing: "أن القوات «تتابع …، وسترد …»")
                    scope = j + 1
                    break
            j -= 1
        verb_gender = self._verb_gender(c) if closed else None
        for d in self._earlier_in_sentence(c):  # the last verb before it in that clause with a subject
            if scope <= d.t0 and d.pos == "V" and d.explicit_actor \
                    and d.actor and d.frame not in ("host", "receive") and not self._embedded_verb(d, scope):
                if verb_gender is not None and all(entity_gender(v.by_id[x]) not in (None, verb_gender) for x in d.actor):
                    continue  # "أعلنت الوزارة أن الجيش دخل البلدة، وطالبت …": not the army's, which disagrees
                if self._dual_verb(c):
                    # "التقى الوزير نظيره السوري، وبحثا …، واتفقا على …": the two of them, the one met too
                    return list(d.actor) + [r for r in d.recipient if r not in d.actor and v.is_actorish(r)]
                return list(d.actor)
        for o in v.occs_in(scope, c.t0):
            # (or the owner of an unnamed force: "اقتحم مسلحون تابعون لجماعة الحوثي مكتب …، واحتجزوا …")
            owner = v.prep_of(o) == "ل" and o.t0 > 0 and v.word_before(o).startswith("تابع") or self._unit_member(o)
            if o.t1 < c.t0 and (v.prep_of(o) == "" or owner) and v.is_actorish(o.eid) and not v.is_outlet(o.eid):
                if after_ma and not (o.t0 > a and (o.t0 - 1 in self.rd.status_at or o.t0 - 1 in self.rd.trigger_tokens
                                                   or v.bare(o.t0 - 1).lstrip("و") in ("كان", "كانت"))):
                    return []  # (only a verb's subject: not "مقتل انتحاري بعدما فجّر العبوة", a noun's)
                per = v.occ_at.get(o.t1 + 1)
                if v.is_place(o.eid) and per is not None and per.t0 < c.t0 and v.by_id[per.eid].type == "PER" \
                        and o.t0 > a and self._title_run(o.t0 - 1, o.t0):
                    return [per.eid]  # "أعلن محافظ البصرة أسعد العيداني …، ودعا": the governor, not his province
                return [g.eid for g in v.group_from(o, c.t0) if v.is_actorish(g.eid)]
        return []

    def _document_issuer(self, c: Cand) -> str | None:
        """Who issued the statement or communiqué a verb's subject «البيان/البلاغ» points back to: the speaker of the
        latest statement before it, in this sentence or the two before, told as issued in one ("ذكرت القيادة في
        بيان"، "أصدرت الوزارة بياناً")."""
        v = self.v
        start = v.tokens[c.t0].start
        window = v.tokens[max(0, c.sent[0] - 1)].start if c.sent[0] > 0 else 0
        for st in sorted(self.statements, key=lambda s: s.cue.start, reverse=True):
            if st.cue.start >= start or st.speaker is None:
                continue
            k = v.token_at(st.cue.start)
            if st.cue.start < window - 600:
                break
            if any(_unjoined(v.bare(j)).startswith(("بيان", "بلاغ", "ببيان", "ببلاغ", "البيان", "البلاغ"))
                   for j in range(k, min(len(v.tokens), k + 8))) and v.is_actorish(st.speaker):
                return self._spokesman_body(st) or st.speaker
        return None

    def _spokesman_body(self, st: Statement) -> str | None:
        """The body a spokesman speaks for, or an official belongs to, named in his title ("المتحدث العسكري باسم
        جماعة الحوثي يحيى سريع"، "المستشار في قيادة الدعم السريع، عمر حمدان جبريل")."""
        v = self.v
        if st.speaker_text is None or v.by_id[st.speaker].type != "PER":
            return None
        lo, hi = v.token_at(st.speaker_text.start), v.token_at(max(st.speaker_text.start, st.speaker_text.end - 1))
        for o in v.occs_in(lo, hi + 1):
            if v.by_id[o.eid].type == "ORG" and o.t0 > 0 and v.bare(o.t0 - 1) in ("باسم", "الرسمي", "في") \
                    and v.is_actorish(o.eid):
                return o.eid
            # (or the office he speaks for, joined by ب or ل: "المكلف بالإعلام بالمديرية الولائية للحماية المدنية")
            if v.by_id[o.eid].type == "ORG" and o.t0 > lo and o.prefix in ("ب", "بال", "ل", "لل") \
                    and any(v.bare(j) in ("بالاعلام", "الاعلام", "الاعلامي", "باسم") for j in range(lo, o.t0)) \
                    and v.is_actorish(o.eid):
                return o.eid
        return None

    def _office_parent(self, eid: str) -> str | None:
        """The body a media office speaks for, named inside the office's name ("المركز الإعلامي لقوات سوريا
        الديمقراطية" -> قوات سوريا الديمقراطية), or None."""
        v = self.v
        e = v.by_id[eid]
        words = fold_text(e.name_ar).split()
        if e.type != "ORG" or len(words) < 3 or not self.lex.in_class(words[1].removeprefix("ال"), "media_office"):
            return None
        spans = [(m.start, m.end) for m in e.mentions]
        for other in v.doc.entities:
            if other.id != eid and other.type == "ORG" and v.is_actorish(other.id) and any(
                    a <= m.start and m.end <= b and (m.start, m.end) != (a, b) for m in other.mentions for a, b in spans):
                return other.id
        return None

    def _embedded_verb(self, d: Cand, scope: int) -> bool:
        """Is verb d inside a relative clause or a phrase set off by a comma and opened by a preposition
        ("فرّقت القوات المحتجين الذين تجمّعوا …، في وقفة دعا إليها الملتقى …، وأوقفت ٢٣ شخصاً"): a clause a
        later coordinated verb does not go on with."""
        v = self.v
        if d.t0 > scope and v.bare(d.t0 - 1) in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"):
            return True
        start = next((x for x in range(d.t0, scope, -1) if v.comma_before(x)), None)
        # (not "في حين", "في وقت": whereas, a clause of its own)
        return start is not None and start < d.t0 and v.bare(start) in ("في", "خلال", "ضمن", "اثناء", "عبر") \
            and v.bare(start + 1) not in ("حين", "وقت", "الوقت")

    def _operation_before(self, c: Cand) -> bool:
        """A past verb whose subject is an operation named before it in its sentence, past a comma at most: a raid,
        a campaign, a strike or a landing ("عمليات مداهمة متزامنة استهدفت منزلين"، "عملية إنزال جوي …، استهدفت …"),
        with no party named between as the verb's own subject."""
        v = self.v
        if c.pos != "V" or v.tokens[c.t0].folded[:1] in ("ي", "ت", "ن") and not v.tokens[c.t0].folded.startswith("است"):
            return False
        for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 14) - 1, -1):
            if v.is_strong_break(j + 1) or v.is_subordinator(j):
                return False
            if _unjoined(v.bare(j)).removeprefix("ال") in _OPERATION_NOUNS:
                if j > c.sent[0] and (v.bare(j - 1) in PREPOSITIONS or v.tokens[j].prefix):
                    return False  # ("وفي عملية متصلة، أوقفت مفرزة للجيش …": a phrase of where, not the subject)
                return not any(v.prep_of(o) == "" and v.is_actorish(o.eid) and not v.is_place(o.eid)
                               for o in v.occs_in(j + 1, c.t0))
        return False

    def _weapon_subject(self, c: Cand, R: int) -> bool:
        """A weapon or craft told in full right after the verb (a time aside), no entity in it: definite ("المسيّرة")
        or with its adjective ("طائرة مسيرة"، "المسيرة الإسرائيلية"), so that no owner follows it as its genitive
        ("طائرات الاحتلال" names whose craft, the doer)."""
        v = self.v
        k = c.t1 + 1
        while k < R and k in self.rd.time_tokens:
            k += 1
        if k >= R or k in v.occ_at or v.tokens[k].prefix or v.bare(k).removeprefix("ال") not in _WEAPON_NOUNS:
            return False
        if v.bare(k).startswith("ال"):
            return True
        return k + 1 < R and k + 1 not in v.occ_at and (self._indefinite_adjective(k + 1)
                                                        or v.bare(k + 1) in _UNMANNED)

    def _indefinite_adjective(self, j: int) -> bool:
        """Token j may be an indefinite adjective after a noun ("مفاجئ"، "كامل"، "مدفعي"): a bare word, no
        article, clitic, name, number, time, function word or trigger, and not an imperfect verb (يـ، تـ، سـ)."""
        v = self.v
        tok = v.tokens[j]
        f = tok.folded
        return not (tok.prefix or f.startswith("ال") or j in v.occ_at or tok.is_digit or j in self.rd.time_tokens
                    or v.bare(j) in PREPOSITIONS or v.is_subordinator(j) or v.gap(j).strip() or len(f) < 3
                    or f[:1] in ("ي", "ت", "س") and len(f) >= 5 or j in self.rd.trigger_tokens)

    def _object_of_svo(self, o: Occ, L: int) -> bool:
        """``o`` is the object of a subject-verb-object clause: one bare word (the verb) between it and an
        unmarked party before it ("عناصر الأمن لاحقت المحتجين")."""
        v = self.v
        w = o.t0 - 1
        if w - 1 < L or w in v.occ_at or w in self.rd.time_tokens or v.tokens[w].is_digit:
            return False
        bare = v.bare(w)
        if bare.startswith("ال") or bare in PREPOSITIONS or v.is_subordinator(w) or v.gap(w).strip() or v.gap(o.t0).strip():
            return False
        return any(x.t1 == w - 1 and v.prep_of(x) == "" and v.is_actorish(x.eid) for x in v.occs_in(max(L, w - 8), w))

    def _genitive_plural(self, o: Occ) -> bool:
        """``o`` is a plural of people in -ين in construct after a noun ("رفعوا صور المعلمين المحتجزين وطالبوا"): a
        genitive, no subject of the verb after it (a subject before its verb is in -ون, or after إنّ)."""
        v = self.v
        w = v.tokens[o.t0].folded
        if o.t0 != o.t1 and not all(v.tokens[x].folded.startswith("ال") for x in range(o.t0 + 1, o.t1 + 1)):
            return False
        if not (w.startswith("ال") and w.endswith("ين")) or o.t0 < 1 or v.gap(o.t0).strip() or o.t0 - 1 in v.occ_at:
            return False
        head = v.tokens[o.t0 - 1].folded
        return not head.startswith(("ال", "و", "ف")) and head not in ("ان", "بان", "لان", "انه", "لكن") \
            and v.bare(o.t0 - 1) not in PREPOSITIONS and len(head) >= 3

    def _past_aside(self, j: int, end: int) -> int:
        """The token after a time or an aside set off by commas that opens at token j ("، أمس،"، "، بالتنسيق مع
        وحدات حرس الحدود،"); j itself where none opens there."""
        close = self.rd._comma_aside_end(j, end) if j < end else None
        return close if close is not None else j

    def _counted_object(self, o: Occ) -> bool:
        """``o`` is counted by a number right before it: people a verb before took, not the subject of the verb
        joined after them ("أوقفت مفارز الجيش 17 مهرباً وحجزت …": the army goes on seizing; a subject before
        its verb would have it agree, "وحجزوا")."""
        return not self.v.gap(o.t0).strip() and self.v._counted(o.t0)

    def _dual_verb(self, c: Cand) -> bool:
        """A past verb in the dual, its subject two parties: "اتفقا"، "ووقّعا"، "وبحثتا"."""
        if c.pos != "V" or c.tense != "past":
            return False
        w = self.v.tokens[c.t0].folded
        duals = (c.lemma + "ا", c.lemma + "تا")
        # (with or without a conjunction: "ووقّعا"، and a root in و: "وافقا")
        return w in duals or (w[:1] in ("و", "ف") and w[1:] in duals)

    def _light_after(self, c: Cand, R: int) -> int | None:
        """A verb right after a noun trigger, in its relative clause, whose subject acts: the token after it."""
        if c.pos != "N":
            return None
        v = self.v
        j = c.t1 + 1
        for step in range(4):
            if j >= R:
                return None
            f = v.bare(j)
            if step == 0 and f.startswith("ال") and f.endswith(("ه", "ي")) and j not in v.occ_at \
                    and j + 1 < R and v.bare(j + 1) in ("الذي", "التي"):
                j += 1  # "العقوبات الجديدة التي فرضتها …": an adjective, then the relative clause
                continue
            if step == 0 and not f.startswith("ال") and f.endswith(("ه", "ي", "ين", "ا")) and j not in v.occ_at \
                    and j + 1 < R and f not in PREPOSITIONS and (_unsuffixed(v.bare(j + 1)) in _LIGHT_VERBS or (
                        v.bare(j + 1) in _WAS and j + 2 < R and _light_present(v.tokens[j + 2].folded))):
                j += 1  # "مباحثات موسّعة عقدها رئيس الوزراء …": an indefinite adjective, then the light verb
                continue  # (accusative too: "اعتصاماً مفتوحاً كان يخوضه عشرات الطلبة")
            if f in _WAS and j + 1 < R and _light_present(v.tokens[j + 1].folded):
                j += 1  # "اعتصاماً كان يخوضه عشرات الطلبة": the light verb after كان
                continue
            # (the weapon, with ب and its genitive or its kind: "لقصف مكثف بقذائف الهاون نفّذه مسلحو الحركة"،
            # "في هجوم بطائرات مسيّرة شنّته قوات الدعم السريع")
            if f in ("الذي", "التي") or _attack_adjective(f) or self.lex.in_class(f, "equipment") or (
                    f.startswith("ب") and any(w in _WEAPON_NOUNS for w in strip_word(v.tokens[j].folded))) \
                    or (j > c.t1 + 1 and v.bare(j - 1).startswith("ب") and (f.startswith("ال") or f in _WEAPON_NOUNS)
                        and j - 1 > c.t1 and any(w in _WEAPON_NOUNS for w in strip_word(v.tokens[j - 1].folded))):
                j += 1
                continue
            break
        if j == c.t1 + 1:
            far = self._far_relative(c)
            if far is not None:
                j = far + 1
        if j >= len(v.tokens):
            return None
        if j == c.t1 + 1 and c.pos == "N" and v.tokens[j].folded == "عمل":
            return None  # "جلسة عمل"، "زيارة عمل": the noun's genitive (work), not "عمل على" (set about)
        h = self.rd.status_at.get(j)
        if h is not None and h.payloads[0].kind not in ("aux", "begin", "end"):
            h = None
        folded = v.tokens[j].folded
        if h is None and not _unsuffixed(folded):
            return None
        if h is None:
            base = _unsuffixed(folded)  # (the dual too: "اعتصامين نظّمهما اتحاد العاملين")
            if base[:1] in ("ت", "ي") and base[1:] in _LIGHT_VERBS:
                base = base[1:]  # the present: "الذي تنفذه القوات"
            if base not in _LIGHT_VERBS and not (c.type in ("AGREE", "CONSULT") and base in _ANNOUNCED_BY) \
                    and not (c.type in ("SANCTION", "COERCE") and base in ("فرض", "فرضت", "فرضو")):
                # ("العقوبات الجديدة التي فرضتها الولايات المتحدة": who imposed the sanctions)
                return None  # ("الاتفاق الذي أعلنته بغداد وواشنطن": the parties announced their accord)
        k = j + 1
        if k < R and v.bare(k) in ("به", "بها"):
            k += 1
        while k < R and k in self.rd.time_tokens:
            k += 1
        per = next(iter(v.occs_in(k, min(R, k + 12))), None)
        if per is not None and per.t0 > k + 3 and v.by_id[per.eid].type == "PER" and self._title_run(k, per.t0):
            return per.t0  # past a long run of titles: "أجراها نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي"
        reach = k + 4  # how far a title or a count may run before the name
        for x in range(k, min(R, k + 10)):  # a title before the name: "الرئيس السوري أحمد الشرع"
            if x in v.occ_at:
                return x
            if (x >= reach and not (x > k and v.bare(x - 1) == "الي")) or x >= max(reach, k + 6):
                break
            if v.bare(x) == "من" and x > k and (v.bare(x - 1) in _MEMBER_NOUNS or v.bare(x - 1) in _MEMBERS):
                continue  # "شنّه عناصر من تنظيم داعش": members of the group that acted
            if v.bare(x) == "من" and x > k and (v.bare(x - 1) in _CROWD_COUNTS or v.bare(x - 2) in _CROWD_COUNTS):
                reach = x + 5  # "نظمها عشرات الشباب من حاملي الشهادات العاطلين عن العمل": of whom the crowd was
                continue
            if v.bare(x) == "الي" and x > k and v.bare(x - 1) in _BELONGING:
                continue  # "نظمها مئات الشباب المنتمين إلى حركة «جيل زد 212»": the members' movement
            if x == k + 1 and _unnamed_plural_subject(v.tokens[k].folded) and v.bare(x) not in ("من", "في") \
                    and not v.bare(x).removeprefix("ال").startswith(("تابع", "ينتم", "منتم", "موال")):
                break  # "كمين نصبه مسلحون لدورية تابعة لقيادة الأمن": unnamed gunmen did it, not the patrol's owner
            if v.bare(x) in PREPS_STOP or v.bare(x) in PREPOSITIONS or v.is_subordinator(x):
                break  # ("وقفة احتجاجية نُظّمت قرب مقر السفارة": where it was held, not who held it)
        return None

    def _claimed_after(self, c: Cand) -> int | None:
        """Who claimed an attack told further on in its sentence, past the toll, with the attack's pronoun
        ("تعرض لهجوم بطائرة مسيّرة أسفر عن مقتل ثلاثة جنود، تبنّته «المقاومة الإسلامية»"): the first
        party after the claim verb, or None. Another attack between them (not a death or wound of the
        toll) ends the search: the claim is that one's."""
        v = self.v
        if c.pos != "N" or c.type != "ASSAULT" or strip_word(v.tokens[c.t1].folded)[-1] in _CASUALTY_NOUNS:
            return None  # (a death of the toll is no attack of its own to claim)
        end = c.sent[1]  # (the sentence's, not the clause's: the toll's clause ends the attack's own, "أسفر عن مقتل …")
        for x in range(c.t1 + 1, min(end, c.t1 + 25)):
            if v.is_strong_break(x):
                return None
            if v.bare(x).removeprefix("و") in _CLAIMED_IT:  # (or joined by و: "، وتبنّاه تنظيم داعش")
                if "،" not in v.gap(x):
                    return None
                return next((y for y in range(x + 1, min(end, x + 4)) if y in v.occ_at), None)
            if x in self.rd.trigger_tokens and strip_word(v.tokens[x].folded)[-1] not in _CASUALTY_NOUNS \
                    and not self.lex.in_class(v.bare(x), "equipment") and not (
                        # (the attack's own relative verb, before any comma: "هجوماً بعبوة ناسفة استهدف عجلة للشرطة")
                        not any("،" in v.gap(y) for y in range(c.t1 + 1, x + 1))
                        and any(d.t0 == x and d.pos == "V" and d.type == "ASSAULT" for d in self.cands)):
                return None
        return None

    def _far_relative(self, c: Cand) -> int | None:
        """The relative pronoun of a noun trigger past its genitive, adjectives and quoted name (at most a
        comma before it): "التمرين العسكري المشترك متعدد الجنسيات «الأسد المتأهب 2026»، الذي تنفذه …"; or None."""
        if c.pos != "N" or c.type not in ("COOPERATE", "ASSAULT", "AGREE", "CONSULT"):
            return None
        v = self.v
        for x in range(c.t1 + 1, min(c.sent[1], c.t1 + 10)):
            if v.bare(x) in ("الذي", "التي"):
                return x if x > c.t1 + 1 else None
            if x in v.occ_at or x in self.rd.trigger_tokens or v.is_strong_break(x) or v.is_subordinator(x) \
                    or v.bare(x) in PREPS_STOP or v.bare(x) in PREPOSITIONS or x in self.rd.time_tokens or (
                    "،" in v.gap(x + 1) and x + 1 < c.sent[1] and v.bare(x + 1) not in ("الذي", "التي")):
                return None
        return None

    def _group_head(self, o: Occ, L: int) -> Occ:
        """Walk back over a coordination (العراق والولايات المتحدة) to its first member."""
        v = self.v
        head = o
        for p in reversed(v.occs_in(L, o.t0)):
            if p.t1 + 1 == head.t0 and p.eid == head.eid and "(" in v.gap(head.t0):
                head = p  # "قوات سوريا الديمقراطية (قسد)": the name, then its short form in brackets
            elif p.t1 + 1 == head.t0 and (head.prefix.startswith("و") or v.tokens[head.t0].folded.startswith("و")):
                head = p
            elif p.t1 + 2 == head.t0 and v.tokens[head.t0 - 1].folded == "و" and v.gap(head.t0).strip() in _OPEN_MARKS:
                head = p  # "الحكومة السورية و«قوات سوريا الديمقراطية»": the conjunction before a quotation mark
        return head

    def _anna_noun_subject(self, t0: int, L: int) -> bool:
        """A definite noun (with its adjectives) between أنّ and the verb at t0, naming nothing known."""
        v = self.v
        j = t0 - 1
        # (a quotation may open at the verb: إن القوة "داهمت عدداً من المنازل")
        while j >= L and t0 - j <= 3 and j not in v.occ_at and not v.gap(j + 1).strip(' "«“') \
                and v.tokens[j].folded.startswith("ال") and len(v.tokens[j].folded) > 3:
            j -= 1
        if t0 - j >= 2 and j >= max(L - 1, 0) and v.bare(j) in _THAT_WORDS and not v.gap(j + 1).strip():
            return True
        # "أن وحدة من المنطقة العسكرية الخامسة أوقفت 9 مهربين": an unnamed noun and the body it is "of"
        for j in range(t0 - 3, max(L - 2, t0 - 9, -1), -1):  # (أنّ itself may stand just before L)
            if v.bare(j) in _THAT_WORDS and j + 2 < t0 and j + 1 not in v.occ_at \
                    and v.bare(j + 2) == "من" and not any(v.gap(x).strip() for x in range(j + 1, t0 + 1)):
                return True
        return False

    def _subject_role(self, c: Cand) -> str:
        if c.frame in ("host", "receive"):
            return "recipient"
        return "actor"

    def _placed_by_compass(self, o: Occ) -> bool:
        """Occurrence o follows a place and a compass phrase ("مخمور جنوب غربي أربيل"): it only says where
        that place lies."""
        v = self.v
        k = o.t0 - 1
        while k > o.t0 - 3 and k >= 0 and v.bare(k) in COMPASS and not v.is_strong_break(k + 1):
            k -= 1
        if k == o.t0 - 1 or k < 0 or v.is_strong_break(k + 1):
            return False
        before = v.occ_at.get(k) or next((p for p in v.occs_in(max(0, k - 8), k + 1) if p.t1 == k), None)
        return before is not None and before.t1 == k and v.is_place(before.eid)

    def _agent_before_object(self, o: Occ) -> bool:
        """A force or a state's security body in the genitive of a verbal noun whose genitive is otherwise its
        object, with an indefinite noun or a count right after it: the doer, then what it did it to ("احتجاز
        البحرية الإيرانية سفينة حاويات")."""
        v = self.v
        if not _security_body(v.by_id[o.eid]):
            return False
        k = o.t1 + 1
        if k >= len(v.tokens) or k in v.occ_at or v.gap(k).strip():
            return False
        f = v.bare(k)
        return not f.startswith("ال") and f not in PREPOSITIONS and f not in PREPS_STOP and not v.is_subordinator(k) \
            and (_number_token(v, k) or len(f) > 3 and f[-1:] in ("ه", "ا")
                 or f.endswith(("ين", "ات")))

    def _role_for(self, c: Cand, prep: str, place: bool, first_unmarked: bool, first: bool,
                  have_subject: bool) -> str | None:
        f, t = c.frame, c.type
        if f in ("host", "receive") and not place and self._cur_occ is not None and self._cur_occ.t0 > 0 \
                and self.v.bare(self._cur_occ.t0 - 1).lstrip("و") in ("بمقر", "مقر", "بمقار", "داخل", "بقصر"):
            return None  # "استقبلها الوزير بمقر وزارة الخارجية": where the host received the guest, no party
        if prep == "الي" and t in ("ASSAULT", "THREATEN", "COERCE", "ACCUSE") and self._cur_occ is not None \
                and self._cur_occ.t0 > 1 and self.v.bare(self._cur_occ.t0 - 2) in BELONGING_VERBS:
            prep = "مرتبط"  # "خمسة عناصر ينتمون إلى تنظيم القاعدة": the body those hit belong to
        if place and prep in COMPASS and self._cur_occ is not None and self._placed_by_compass(self._cur_occ):
            return None  # "في قضاء مخمور جنوب غربي أربيل": the town a place lies beside is not where
        if prep == "ل" and place and f == "handover" and self._cur_occ is not None \
                and self.v.bare(self._cur_occ.t0 - 1) in _CHARGE_NOUNS:
            return "origin+location"  # "سلّم الملف الأمني لقضاء سنجار": the place whose charge is handed over
        if t == "MOBILIZE" and place and (prep in COMPASS or prep == "" and self._cur_occ is not None
                                          and self.v.bare(self._cur_occ.t0) in COMPASS):
            # a deployment on one side of a place, or in a region named by its side, is sent there
            # ("انتشار الجيش جنوب نهر الليطاني"، "الانتشار جنوب الليطاني")
            return "location+destination"
        if f == "visit" and prep == "ل" and c.pos == "N" and not place and not c.actor \
                and self.v.by_id[self._cur].name_ar.startswith(("وفد", "الوفد")):
            return "actor"  # "زيارة مرتقبة لوفد عراقي إلى الكويت": the delegation is the one visiting
        if f == "visit" and prep in ("ل", "الي"):
            return "location" if place else "recipient"
        if prep == "ل" and t == "SUPPORT" and c.pos == "N":
            return "recipient"  # "خالص الشكر لدولة قطر": the one thanked
        if prep == "ل" and t == "AID":
            if place and self.v.by_id[self._cur].type == "FAC":
                return None  # ("من الجانب المصري لمعبر رفح": a crossing gets no aid of its own)
            return "recipient"  # "مساعدات عسكرية لأوكرانيا": the one helped
        if prep in ("", "ل") and first_unmarked:
            if prep == "ل" and c.pos == "V":
                return "recipient" if f in ("visit", "request") and not place else ("location" if f == "visit" else None)
            # genitive of a noun, or the word right after a verb
            if c.pos == "N":
                if f == "visit":
                    return "actor" if not place else "location"
                if f == "host":
                    return "recipient" if not place else "location"
                if f == "receive":
                    return "origin+location" if place else "recipient"
                if f == "enter":
                    return "location+destination" if place else "actor"
                # (a pronoun on the noun is its genitive, the agent: what follows is the object,
                # "دعوتها إسرائيل إلى الانسحاب"، "قصفها مواقع الحزب")
                if c.gen == "actor" and not c.suffix:
                    if place and t == "AGREE" and (self.v.by_id[self._cur].geo is None
                                                   or self.v.by_id[self._cur].geo.feature != "country"):
                        return "location"  # "اتفاق سوتشي": an accord named after the city it was made in
                    if place and f in MOVEMENT and t in ("RETREAT", "MOBILIZE"):
                        return "origin"
                    if place and t == "ASSAULT":
                        return "location"
                    return "actor"
                if c.gen == "object" and not place and not c.suffix and self._cur_occ is not None \
                        and self._agent_before_object(self._cur_occ):
                    return "actor"  # "احتجاز البحرية الإيرانية سفينة حاويات": the force, then what it seized
                if c.mode == "release" and (not place or self.v.is_country(self._cur)) and self._cur_occ is not None \
                        and self.v.bare(self._cur_occ.t1 + 1) == "عن":
                    return "actor"  # "مقابل إفراج إسرائيل عن نحو 350 أسيراً": who releases, before عن the released
                # object genitive
                if f in ("request", "speech", "meet", "agree") and place and self.v.is_country(self._cur):
                    return "recipient"  # "داعياً أنقرة إلى …": a capital standing for its government
                if f in ("leave", "handover"):
                    return "origin+location" if place else "actor"
                if f == "move":
                    return "origin" if place else "actor"
                return "location" if place else "recipient"
            # verb: VSO subject first, then object; a country or capital can be the subject ("تتهمه أنقرة")
            if not have_subject and (not place or ((t not in ("RETREAT", "MOBILIZE") or f == "move")
                                                   and self.v.is_country(self._cur)
                                                   and self.v.by_id[self._cur].geo is not None
                                                   and (self.v.by_id[self._cur].geo.feature == "country"
                                                        or f == "agree"
                                                        or f in ("speech", "request", "meet") and _national_capital(self.v.by_id[self._cur])))):
                # (an agreement takes no object: a capital right after its verb is a party, "اتفقت عمّان ودمشق";
                # nor does speech take a capital for its object: "ندّدت طهران بالعقوبات"; nor a verb of dealing
                # with another: "وتنسق دمشق مع التحالف الدولي"، "رحبت بغداد بالقرار")
                return "subject"
            if f in ("leave",):
                return "origin" if place else ("subject" if not have_subject else None)
            if f in ("handover",):
                return "origin+location" if place else "recipient"
            if f in ("receive",):
                return "origin+location" if place else None
            if f == "host":
                return "actor" if not place else "location"
            if f == "visit":
                return "location" if place else "recipient"
            if f in ("request", "speech", "meet", "agree") and place and self.v.is_country(self._cur):
                return "recipient"
            if f == "enter":
                return "location+destination" if place else (None if have_subject else "subject")
            if f in ("move", "intrans", "end"):
                return "origin" if place and t == "RETREAT" else (None if place else ("actor" if not have_subject else None))
            return "location" if place else "recipient"
        if prep == "" and place and c.pos == "N" and f == "enter" and not c.destination and (
                c.actor or c.suffix or any(self.lex.in_class(w, "force") for w in strip_word(self.v.tokens[c.t1 + 1].folded))):
            return "location+destination"  # "دخول قواته مدينة سنجة": the place entered, past the force that entered
        if prep == "ل" and place and c.pos == "N" and f == "enter":
            return "location+destination"  # "اقتحام واسع نفذته قوات الاحتلال لمخيم جنين": the place stormed, past its doer
        if prep in ("", "ل"):
            return None
        if prep == "من قبل":
            return "actor"
        if prep == "امام" and t == "CONSULT" and f == "speech" and not place:
            return "recipient"  # "قدّم إحاطة أمام مجلس الأمن": the body briefed
        if prep == "مرتبط":  # "هجمات على السفن المرتبطة بإسرائيل": the party the targets belong to
            o = self._cur_occ
            if o is not None and o.t0 >= 3 and any(x.t1 == o.t0 - 2 and self.v.is_actorish(x.eid) and not self.v.is_place(x.eid)
                                                   for x in self.v.occs_in(max(0, o.t0 - 10), o.t0 - 1)):
                return None  # (not the party a named party is linked to: "حركة الشباب المرتبطة بتنظيم القاعدة")
            # (and the party accused through those linked to it: "اتهمت قسد مجموعات مرتبطة بالحكومة السورية")
            return "recipient" if t in ("ASSAULT", "THREATEN", "COERCE", "ACCUSE") else None
        if prep == "من":
            if t == "SANCTION" and c.mode == "withdraw":
                return "recipient"  # "استدعت سفيرها من تل أبيب": from whom it withdraws
            if t == "RETREAT" and c.mode == "disarm" and place:
                return "location+origin"  # "تسلّم الجيش الأسلحة من المخيم": the weapons are given up there
            if f == "receive":
                return "actor" if not place else "origin"
            if f == "request":
                # (a capital asked "من" right after the verb and its subject, "طلب من دمشق"; not a town the content names:
                # "داعياً أطراف النزاع إلى ضمان ممر آمن للفارين من الفاشر")
                near = self._cur_occ is not None and self._cur_occ.t0 - c.t1 <= 6 and not any(
                    self.v.bare(x) in ("الي", "ب") or self.v.tokens[x].folded.startswith("ب") for x in range(c.t1 + 1, self._cur_occ.t0 - 1))
                return "recipient" if not place or (self.v.is_country(self._cur) and near) else None
            if t == "RETREAT" and c.mode == "release" and not place and self._cur_occ is not None and any(
                    self.v.bare(j) == "عن" for j in range(max(c.t1 + 1, self._cur_occ.t0 - 5), self._cur_occ.t0)):
                return "recipient"  # "أفرجت الجماعة عن 12 من أبناء قبيلة آل غانم": the body of those set free
            if t in ("RETREAT", "MOBILIZE") and not place and self._cur_occ is not None and any(
                    self.v.bare(j) in _SENT_TO_STOP for j in range(c.t1 + 1, self._cur_occ.t0)):
                return None  # "دفعت بتعزيزات … لمنع تسلل من تبقى من المسلحين": whom they were sent against (a guard)
            if t in ("RETREAT", "MOBILIZE"):
                return "origin" if place else ("actor" if not c.actor else None)
            if t == "ASSAULT" and place and (_unsuffixed(w := self.v.bare(c.t0).lstrip("و")) or w) in _LAUNCHED:
                return "origin"  # "صاروخين أطلقتها ميليشيا الحوثي من محافظة صعدة باتجاه جازان": where it was fired from
            if t == "AID" and place and self._cur_occ is not None and self._cur_occ.t0 > 1 \
                    and self.v.bare(self._cur_occ.t0 - 2) in _MOST_OF_THEM:
                return None  # "إنقاذ 36 ناجياً، معظمهم من مصر والسودان": where those helped come from
            if t == "AID" and place:
                geo = self.v.by_id[self._cur].geo
                # "قافلة … من الأبيض إلى كادقلي": where it set out; "مساعدات من الإمارات": a state gives
                return "origin" if geo is None or geo.feature != "country" else ("actor" if not c.actor else None)
            if f == "speech" and c.pos == "N" and not c.actor:
                return "actor"  # "وسط انتقادات من واشنطن"، "إدانة واسعة من الأمم المتحدة": whose words they are
            return None
        if prep == "خارج":
            return "origin" if place else None
        if prep in ("الي", "نحو", "باتجاه", "صوب", "تجاه"):
            if f == "handover" and prep != "الي" and place:
                return "destination"
            if f in ("request", "handover", "agree", "speech") or (f == "receive" and not place):
                return "recipient"
            if f == "visit":
                return "location" if place else "recipient"
            if t in ("RETREAT", "MOBILIZE"):
                if place and self._cur_occ is not None and self.v.bare(self._cur_occ.t0 - 2) in _LEADING_TO:
                    return "location"  # "انتشرت وحدات الجيش على الطرق المؤدية إلى المدينة": where, not whither
                return "destination" if place else ("recipient" if t == "RETREAT" else None)
            if t == "ASSAULT":
                if place and self._cur_occ is not None and self.v.bare(self._cur_occ.t0 - 2) in _HEADING:
                    return None  # "قافلة … كانت متجهة إلى الأردن": where the target was going, not the scene
                if place and self._cur_occ is not None and self._fled_to(self._cur_occ):
                    return None  # "… ما أدى إلى نزوح نحو 150 أسرة باتجاه مدينة رداع": where people fled to, not the scene
                return "location" if place else "recipient"
            if t == "AID":
                if place and self.v.by_id[self._cur].type == "FAC":
                    return "destination"  # (a crossing or port receives no aid of its own)
                return "destination+recipient" if place else "recipient"  # "مساعدات إلى قطاع غزة"
            return None
        if prep == "ب" and f == "meet" and not place:
            return "recipient"  # "التقى بالرئيس"
        if prep == "عبر" and place and t in ("AID", "MOBILIZE", "RETREAT"):
            return "location"  # "دخلت الشاحنات إلى قطاع غزة عبر معبر كرم أبو سالم": the way it went
        if prep == "حول" and place and t in ("MOBILIZE", "COERCE", "PROTEST"):
            return "location"  # "عززت السلطات انتشارها حول الميناء"، "طوق أمني حول المنازل": around a place is at it
        if prep == "في" and place and t == "CONSULT" and self._cur_occ is not None and self._cur_occ.t0 > 1 \
                and self.v.bare(self._cur_occ.t0 - 2) in _TOPIC_NOUNS:
            return None  # "جلسة … لبحث الأوضاع في الفاشر": the place talked about, not where they meet
        if prep in ("في", "داخل", "ب", "وسط", "قرب", "امام", "عند"):
            if not place:
                return None
            if f == "end" or f == "handover" and prep in ("في", "داخل"):
                return "location+origin"  # ("سلّم التحالف عدداً من القواعد في العراق": where it hands over, it leaves)
            if t == "MOBILIZE" and f in ("move", "enter") and prep in ("في", "داخل"):
                # "نشر سرب في قاعدة X": deployed there, so sent there; "توغلت قوة في بلدة X": the place entered
                return "location+destination"
            return "location"
        if prep in ("علي",):
            if t == "PROTEST" and self.v.is_country(self._cur):
                return "recipient"  # "احتجاجاً على استخدام الولايات المتحدة حق النقض": protested against, not where
            if t in HOSTILE:
                return "location" if place else "recipient"
            return None
        if prep in ("ضد", "بحق"):
            return "recipient"
        if prep == "عن" and t == "RETREAT" and c.mode == "release" and not place:
            return "recipient"  # "أفرجت السلطات عن الأسير X": the one set free
        if prep == "لدي" and t == "RETREAT" and c.mode == "release" and not place and self._cur_occ.t0 > 1 \
                and self.v.bare(self._cur_occ.t0 - 2).lstrip("و").startswith(_HELD_WORDS):
            return "actor"  # "أُفرج عن 12 مقاتلاً كانوا محتجزين لدى «قسد»": who held them sets them free
        if prep == "عن" and not place and (t in ("AGREE", "CONSULT") or f in ("agree", "meet")) and self._cur_occ is not None \
                and self._cur_occ.t0 > 1 and self.v.bare(self._cur_occ.t0 - 2) in ("ممثلين", "ممثلي", "ممثلو") \
                and self.v.bare(self._cur_occ.t0 - 3) == "مع":
            return "recipient"  # "جلسة عمل مع ممثلين عن المحتجين": those the representatives speak for are met
        if prep == "مع" or (prep == "ب" and f == "meet" and not place):
            if f in ("agree", "meet") or t in ("AGREE", "CONSULT"):
                return "recipient"  # "التقى بالرئيس"، "اتفاق مع"
            return None
        if prep == "بين":
            v = self.v
            geo = v.by_id[self._cur].geo
            if place and t in ("ASSAULT", "COOPERATE") and (geo is None or geo.feature != "country"):
                return "location"  # "على الطريق الرابط بين مدينة أفجوي والعاصمة": places, not parties
            # "استهدفت معبر جوسيه الحدودي بين لبنان وسوريا": two states after a crossing or a border word
            # name the place, not two parties ("اشتباكات على الحدود بين الجيش الأفغاني والقوات الباكستانية" do)
            between = next((j for j in range(self._cur_occ.t0 - 1, max(c.sent[0], self._cur_occ.t0 - 8) - 1, -1)
                            if v.bare(j) == "بين"), None)
            if between is not None and between - 1 > c.t1 and v.bare(between - 1) in _BORDER_WORDS \
                    and v.is_country(self._cur):
                return None
            # ("الإفراج المتبادل عن المحتجزين بين الحكومة اليمنية وجماعة الحوثيين": an exchange's two sides)
            return "actor" if t in ("AGREE", "CONSULT", "ASSAULT", "COOPERATE") or (t == "RETREAT" and c.mode == "release") else None
        return None

    def _talks_outcome(self, c: Cand) -> None:
        """"جولة مفاوضات بين وفدي الحكومة والحوثيين …، وأسفرت عن اتفاق على تبادل الأسرى": an agreement the
        talks told before it in the sentence resulted in is between the parties of the talks."""
        if c.type != "AGREE" or c.actor or c.pos != "N" or c.t0 < 2:
            return
        if not self._resulted_in(c):
            return
        talks = [d for d in self._earlier_in_sentence(c) if d.type == "CONSULT" and len(d.actor) >= 2]
        if talks:
            c.actor.extend(talks[0].actor)  # (the nearest)
            c.recipient = [x for x in c.recipient if x not in c.actor]

    def _result(self, c: Cand) -> None:
        """"…، ما أسفر عن مقتل أربعة"، "مما أدى إلى مقتل": the killing is the outcome of the main
        clause, so the main clause's subject is its actor."""
        v = self.v
        if c.actor or c.type not in ("ASSAULT", "COERCE") or c.t0 < 2:
            return
        if not self._outcome_at(c.t0):
            # "أسفرت عن مقتل ثلاثة إرهابيين واعتقال اثنين آخرين": an outcome joined to the first has its actor
            first = next((d for d in self._earlier_in_sentence(c) if d.type in ("ASSAULT", "COERCE")
                          and (self._outcome_at(d.t0) or self._joined_outcome(d))), None)
            if first is not None and first.actor and c.pos == "N" and v.tokens[c.t0].folded.startswith("و") \
                    and (0 < c.t0 - first.t1 <= 8 and not any("،" in v.gap(x) or v.is_strong_break(x)
                                                              for x in range(first.t1 + 1, c.t0 + 1))
                         # (or further, past a clause of the first outcome's own: "أسفرت عن تدمير مضافة كان
                         # يستخدمها عناصر التنظيم مخبأً لهم، ومقتل ثلاثة منهم واعتقال اثنين")
                         or self._joined_outcome(c)):
                c.actor.extend(x for x in first.actor if x not in c.actor)
                return
            if first is not None or not self._joined_outcome(c):
                return
        # "…، بعد هجمات شنّها مسلحون على حواجز …، أسفرت عن مقتل 7 عناصر": the outcome of the attack told
        # right before it, whose attacker is its actor (not the sentence's subject)
        # (or of a raid: "مداهمة نفذتها وحدات من الجيش المالي …، أسفرت عن مقتل 11 مدنياً")
        # (not past a time clause of another act: "داهمت قوة من مديرية الأمن مخزناً …، بعد أيام من مشاجرة بين
        # عائلتين أسفرت عن مقتل شخصين", a guard)
        attack = next((d for d in self._earlier_in_sentence(c) if d.type in (c.type, "COERCE", "ASSAULT")
                       and c.t0 - d.t1 <= 30 and not any(v.bare(x) in _BEFORE_AFTER for x in range(d.t1 + 1, c.t0 - 2))),
                      None)
        if attack is not None and attack.actor and not (
                c.t0 > 2 and v.bare(c.t0 - 3) in ("ما", "مما")):
            c.actor.extend(x for x in attack.actor if x not in c.actor)
            return
        if attack is not None and attack.type == c.type == "ASSAULT" and attack.pos == "N" \
                and v.bare(c.t0 - 3) in ("والذي", "الذي", "والتي", "التي"):
            # "الهجوم على إحدى نقاط الجيش …، والذي أسفر عن مقتل ثلاثة جنود": the toll of the attack named
            # before, whose doer is unnamed (not the side whose post it hit)
            return
        if c.t0 > 2 and v.bare(c.t0 - 3) in ("ما", "مما"):
            # "اندلعت اشتباكات بين الكتيبتين …، ما أسفر عن مقتل ثلاثة": ما is the main clause, whose attack
            # (the sentence's first) has the parties
            main = ([d for d in self._earlier_in_sentence(c) if d.type in ("ASSAULT", "COERCE")] or [None])[-1]
            if main is not None and main.actor and main.pos == "N" and main.t0 - c.sent[0] <= 3:
                c.actor.extend(x for x in main.actor if x not in c.actor)
                return
            if attack is not None and attack.type == "ASSAULT" and any(
                    d.type not in ("ASSAULT", "COERCE") for d in self._earlier_in_sentence(c) if d.t1 < attack.t0):
                # "دفعت القيادة بتعزيزات …، بعد ساعات من قصف استهدف مخفراً …، ما أسفر عن مقتل جنديين": the toll of
                # an attack whose doer is unnamed; the sentence's subject made another event
                return
        start = c.sent[0]
        for j in range(c.t0, c.sent[0], -1):
            if v.is_strong_break(j) and not (v.gap(j).strip() in ("–", "—", "-") and j - c.sent[0] > 3):
                start = j  # after a dateline ("عمّان – …"); not a dash in a name ("القوات المسلحة الأردنية – الجيش العربي")
                break
        # in reported speech, the clause after إنّ/أنّ: "قالت الوزارة إن القوات ردّت …، ما أسفر عن …"
        compl = [j for j in range(start, c.t0) if v.bare(j) in ("ان", "بان")]
        if compl:
            start = compl[-1] + 1
        # (not those it killed: "نقاط تفتيش تابعة لقسد …، ما أسفر عن مقتل 4 من عناصر قسد")
        # (nor the one the attack before it hit: "إن القصف على مستودع الأونروا أدى إلى مقتل اثنين من موظفيها")
        # (or the body a unit is of, with the bodies joined to it: "أن قوة مشتركة من الجيش العراقي ومقاتلي
        # الحشد العشائري نفذت، فجر أمس، عملية … أسفرت عن مقتل خمسة")
        subjects = [o for o in v.occs_in(start, c.t0)
                    if (v.prep_of(o) == "" or self._unit_member(o) and v.prep_of(o) == "من" and o.t0 - start <= 5
                        # (not past a time clause of another act: "داهمت قوة من مديرية الأمن …، بعد أيام من
                        # مشاجرة بين عائلتين أسفرت عن مقتل شخصين", a guard)
                        and not any(v.bare(x) in _BEFORE_AFTER for x in range(o.t1 + 1, c.t0)))
                    and v.is_actorish(o.eid) and not v.is_outlet(o.eid)
                    and o.eid not in c.recipient and not (attack is not None and o.eid in attack.recipient)]
        for o in sorted(subjects, key=lambda o: v.by_id[o.eid].type not in ("ORG", "PER")):
            # an organisation or person before a place (a dateline: "عمّان – …")
            if v.prep_of(o):
                c.actor.extend(g.eid for g in v.group_from(o, c.t0)
                               if v.is_actorish(g.eid) and g.eid not in c.actor and g.eid not in c.recipient)
            else:
                c.actor.append(o.eid)
            return
        if compl and v.bare(start) in _OPERATION_ANAPHORS:
            # "دمّرت مفارز من الجيش تسعة مخابئ …. وأوضحت الوزارة أن العملية أسفرت عن استرجاع …": the outcome of the
            # operation told before, whose doer is its actor
            told = next((d for d in reversed(self.cands) if d.t1 < c.t0 and d.sent != c.sent and d.actor
                         and d.type in ("ASSAULT", "COERCE") and c.sent[0] - d.t1 <= 80), None)
            if told is not None:
                c.actor.extend(x for x in told.actor if x not in c.actor)
                if not c.location:
                    c.location.extend(told.location)
                return
        if c.type == "COERCE" and compl:
            # "أوضح بلاغ للمديرية … أن عمليات التفتيش أسفرت عن حجز …": a security body reports its own operation
            st = self.statement_for(c.start)
            e = v.by_id.get(st.speaker) if st is not None and st.speaker else None
            if e is not None and e.type == "ORG" and (e.actor_code or "").endswith(("COP", "MIL", "SPY", "GOV")):
                c.actor.append(e.id)

    def accused_of(self, c: Cand) -> None:
        """"اتهم الجيش قوات الدعم السريع بقصف أحياء …": the accused is who did what it is accused of."""
        if c.type != "ACCUSE":
            return
        v = self.v
        if not c.recipient:
            # "متهمةً إياهم بالإشراف على عمليات قتل جماعي": the accused unnamed, the accuser did not do it
            charge = next((j for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 5))
                           if v.tokens[j].folded.startswith("ب") and j not in v.occ_at
                           and v.bare(j) not in ("به", "بها", "بهم", "بهما")), None)
            if charge is None or not any(v.bare(x) in ("اياهم", "اياه", "اياها", "اياهما") for x in range(c.t1 + 1, charge)):
                return
            for d in self.cands:
                if d is not c and d.sent == c.sent and charge <= d.t0 <= charge + 6 and set(d.actor) & set(c.actor) \
                        and d.type in ("ASSAULT", "COERCE", "MOBILIZE", "RETREAT"):
                    d.actor = [x for x in d.actor if x not in c.actor]
            return
        for d in self.cands:
            if d is c or d.sent != c.sent or not (c.t1 < d.t0 <= c.t1 + 10) or d.pos != "N":
                continue
            pre = v.doc.folded.text[v.doc.folded.to_folded(v.tokens[d.t0].start):v.doc.folded.to_folded(d.start)]
            # (or after a light noun with ب: "اتهم الجيش قوات الدعم السريع بتنفيذ الهجوم")
            # (or after ب written apart, with tatweel before a quotation: "متهمةً الجماعة بـ«استهداف المنشآت»")
            light = d.t0 - 1 > c.t1 and pre in ("", "ال") and (
                v.bare(d.t0 - 1) in _CHARGE_LIGHT_NOUNS or v.tokens[d.t0 - 1].folded == "ب")
            if not (pre.endswith("ب") or light) or any(o.t0 < d.t0 and v.prep_of(o) == "" and o.eid not in c.recipient + c.actor
                                             for o in v.occs_in(c.t1 + 1, d.t0)):
                continue
            d.actor = list(c.recipient)
            d.recipient = [x for x in d.recipient if x not in d.actor]
            d.explicit_actor = d.charged = True
            break

    def escalated_into(self, c: Cand) -> None:
        """"تطورت مشادة بين الجيش والحشد إلى تبادل لإطلاق النار": a quarrel between two sides that turned into a
        fight is fought by those sides, named with بين before the verb of turning."""
        v = self.v
        k = c.t0 - 2 if c.t0 > 0 and v.bare(c.t0 - 1) == "تبادل" else c.t0 - 1  # ("إلى تبادل لإطلاق النار")
        if c.type != "ASSAULT" or c.pos != "N" or c.actor or k - 1 <= c.sent[0] or v.bare(k) not in ("الي", "لي"):
            return
        # the verb before or after the quarrel's sides: "تطورت المشادة بين X وY إلى …"، "مشادة بين X وY تطورت إلى …"
        turned = next((t for t in range(k - 1, max(c.sent[0], k - 14) - 1, -1)
                       if v.bare(t).lstrip("و") in _TURNED_INTO), None)
        if turned is None or any(v.is_strong_break(x) or v.comma_clause(x) for x in range(turned + 1, k)):
            return
        pair = next((o for o in v.occs_in(max(c.sent[0], turned - 8), k) if v.is_actorish(o.eid)
                     and v.prep_of(o) == "بين"), None)
        if pair is None:
            return
        parties = [g.eid for g in v.group_from(pair, k) if v.is_actorish(g.eid)]
        if len(parties) >= 2:
            c.actor.extend(x for x in parties if x not in c.actor)
            c.frame = "meet"

    def both_sides(self, c: Cand) -> None:
        """"توصل إليه الطرفان"، "واتفق الجانبان": the two parties are the two named just before."""
        # ("ويحشد الطرفان قوات"، "اشتباكات بين الطرفين"، "انسحاب الطرفين": when nothing else named who)
        if c.type not in ("AGREE", "CONSULT", "COOPERATE", "REJECT") and (
                c.type not in ("MOBILIZE", "RETREAT", "ASSAULT") or c.actor):
            return
        v = self.v
        if any(v.prep_of(o) == "بين" and v.is_actorish(o.eid) for o in v.occs_in(c.t1 + 1, min(c.sent[1], c.t1 + 10))):
            # its two parties are named with بين ("… القوات البرية للبلدين، بعد توقيع اتفاقية … بين الرياض
            # وإسلام آباد"): "the two" nearby names no other
            return
        near = range(max(c.sent[0], c.t0 - 7), min(c.sent[1], c.t1 + 6))
        if not any(w in _BOTH_SIDES or w in _KIN_DUALS for j in near for w in strip_word(v.tokens[j].folded)):
            return
        parties: list[str] = []
        if any(v.bare(j) in _KIN_DUALS for j in near):
            parties = self._kin_pair(c)  # "جلسة صلح بين العائلتين": the two families named last
            if not parties:
                return  # (not any two parties told before: the families are not both named)
        # "تجدّد خلاف بين عائلتي الحناشات والدراوشة، وتبادل أفراد من الطرفين إطلاق النار": the pair named with
        # بين earlier in the sentence
        pair = None if parties else next((o for o in v.occs_in(c.sent[0], c.t0) if v.is_actorish(o.eid) and (
            v.prep_of(o) == "بين" or v.bare(o.t0 - 2) == "بين" and v.bare(o.t0 - 1).endswith("تي"))), None)
        if pair is not None:
            parties = [g.eid for g in v.group_from(pair, c.t0) if v.is_actorish(g.eid)][:2][::-1]
            if len(parties) < 2:
                parties = []
        if not parties:
            parties = self._kin_pair(c)  # "نزاع بين عشيرتي X وY … انتهى بتوقيع الطرفين وثيقة": the two clans
        # "اشتباكات بين كتيبة القلعة وقوة حماية الجبل …، عقب اجتماع ضم ممثلين عن الطرفين": the two sides of the
        # fight told before, whatever was told between
        fight = next((d for d in reversed(self.cands) if d is not c and d.t0 < c.t0 and d.type == "ASSAULT"
                      and c.sent[0] - d.sent[0] <= 400 and len([x for x in d.actor if v.is_actorish(x)]) == 2), None)
        if fight is not None and not parties and c.type in ("AGREE", "CONSULT", "COOPERATE", "RETREAT"):
            parties = [x for x in fight.actor if v.is_actorish(x)][::-1]
        if not parties and c.type in ("AGREE", "CONSULT", "COOPERATE", "RETREAT"):
            # "اشتباكات بين مسلحين من قبيلتين متجاورتين …، هدنة بين الطرفين": one party named as the men of two
            # tribes is both sides
            both = next((x for d in reversed(self.cands) if d is not c and d.t0 < c.t0 and d.type == "ASSAULT"
                         and c.sent[0] - d.sent[0] <= 400 for x in d.actor
                         if any(w in TWO_KIN_GROUPS for m in v.by_id[x].mentions for w in fold_text(m.text).split())), None)
            if both is not None:
                c.actor = [both]
                c.recipient = [x for x in c.recipient if x != both]
                return
        groups_only = any(v.bare(j) in _GROUP_DUALS for j in near)
        for d in reversed(self.cands):
            if len(parties) >= 2:
                break
            if d is c or d.t0 > c.t0 or c.sent[0] - d.sent[0] > 120:
                continue
            for x in d.actor + d.recipient:
                if x not in parties and v.is_actorish(x) and not v.is_outlet(x) and not (groups_only and (
                        v.by_id[x].type != "ORG" or _security_body(v.by_id[x], _NO_GROUP_CODES))):
                    parties.append(x)
            if len(parties) >= 2:
                break
        if len(parties) >= 2:
            c.actor = parties[:2][::-1]
            c.recipient = [x for x in c.recipient if x not in c.actor]

    def _kin_pair(self, c: Cand) -> list[str]:
        """The last two families, clans or tribes named before c ("عائلة أبو حطب"، "بين عشيرتي البو جاسم
        والحياليين"), the later first."""
        v = self.v
        kin: list[str] = []
        kin_end = -2  # where the last kin name ended (a second one joined by و after it is kin too)
        for o in v.occs_in(max(0, c.t0 - 600), c.t0):
            if not v.is_actorish(o.eid):
                continue
            if v.bare(o.t0 - 1).lstrip("و") in _KIN_HEADS or v.bare(o.t0).lstrip("و") in _KIN_HEADS or (
                    v.tokens[o.t0].folded.startswith("و") and kin_end == o.t0 - 1):
                if o.eid in kin:
                    kin.remove(o.eid)
                kin.append(o.eid)
                kin_end = o.t1
        return kin[-2:][::-1] if len(kin) >= 2 else []

    def _light_verb_before(self, c: Cand, reach: int) -> int | None:
        """The nearest light verb within ``reach`` tokens before c in its sentence that is no trigger itself."""
        v = self.v
        return next((j for j in range(c.t0 - 1, max(c.sent[0], c.t0 - reach) - 1, -1)
                     if _light_verb(v.tokens[j].folded) and j not in self.rd.trigger_tokens), None)

    def _light_verb_place(self, c: Cand) -> None:
        """"عقد في الرياض، أمس الاثنين، اجتماعاً مع …": a place told with في between a light verb and its noun
        is where the noun's event happened."""
        if c.pos != "N" or c.location or c.origin or c.destination:
            return
        v = self.v
        lv = self._light_verb_before(c, 14)
        if lv is None or _unsuffixed(v.tokens[lv].folded.lstrip("وف")) in _LIGHT_VERBS:
            return  # ("مؤتمر صحفي عقده في بنغازي": the verb with its object pronoun has its noun already)
        # between them only the subject, the place and a time: "عقد الوزير في الرياض، أمس الاثنين، اجتماعاً"
        # (a comma only around the time: not "… في السودان بالسلاح، وهو اتهام")
        if any(v.is_strong_break(x) or v.is_subordinator(x) or (v.bare(x) in PREPOSITIONS and v.bare(x) != "في")
               for x in range(lv + 1, c.t0)) or any(
                "،" in v.gap(x) and x not in self.rd.time_tokens and x - 1 not in self.rd.time_tokens
                for x in range(lv + 1, c.t0 + 1)):
            return
        places = [o.eid for o in v.occs_in(lv + 1, c.t0) if v.is_place(o.eid) and v.prep_of(o) == "في"]
        _add(c.location, places[:1])

    def _witnessed_place(self, c: Cand) -> None:
        """"شهدت ولاية صفاقس إضراباً عاماً"، "تشهد المدينة احتجاجات"، "الاحتجاجات التي شهدتها المدينة": the
        place that saw it is where it happened, before any place a purpose after it names ("للمطالبة بتحسين
        الخدمات بمستشفى المدينة")."""
        if c.pos != "N" or c.type not in ("PROTEST", "ASSAULT", "COERCE", "MOBILIZE"):
            return
        v = self.v
        o = v.witnessed_after(c.t1)
        if o is None:
            for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 10) - 1, -1):
                if v.bare(j) in _WITNESS_VERBS:
                    o = next((o for o in v.occs_in(j + 1, c.t0) if v.prep_of(o) == ""), None)
                    break
        if o is None or not v.is_place(o.eid):
            return
        if o.eid not in c.location:
            c.location.insert(0, o.eid)
        if o.eid in c.actor:
            c.actor.remove(o.eid)  # (the place saw it; it did not strike: "شهدت تونس إضراباً")

    def during(self, c: Cand) -> None:
        """"اعتقلت القوات خمسة شبان خلال اقتحامها مخيم نور شمس": an arrest or attack done during a
        raid took place where the raid did; "اتفقت اللجنة، خلال اجتماعها في مدينة سرت، على …": what was
        agreed, asked or said during a meeting, where the meeting was."""
        v = self.v
        b = c.sent[1]
        if c.pos == "V" and c.t1 + 1 < b and v.bare(c.t1 + 1) in ("خلالها", "خلاله"):
            # "نفّذت وحدات من الجيش عمليات دهم في بلدتي …، أوقفت خلالها سبعة أشخاص": "during it" points back to the
            # operation told just before; what was done during it was where it was
            op = next((d for d in reversed(self.cands) if d.sent == c.sent and d.t1 < c.t0 and d is not c
                       and d.pos == "N" and d.type in ("COERCE", "ASSAULT", "CONSULT")), None)
            if op is not None and op.location:
                c.location[:] = list(op.location)
            return
        nouns = _RAID_NOUNS if c.type in ("COERCE", "ASSAULT") else _MEETING_NOUNS
        if nouns is _MEETING_NOUNS and not c.actor:
            return  # (a bare noun with no doer of its own is no act done at the meeting: "وهو مقترح …")
        k = None  # the token just before the raid or meeting noun
        for x in range(c.t1 + 1, min(b - 1, c.t1 + 16)):
            if v.bare(x) not in ("خلال", "اثناء", "في"):
                continue
            noun = x + 2 if v.bare(x + 1) in _OCCASION_EDGES and x + 2 < b else x + 1  # ("في ختام اجتماعه")
            # (a meeting only with "its" pronoun, as written: the subject's own, "خلال اجتماعها"، not another's)
            if any(w.startswith(nouns) for w in strip_word(v.tokens[noun].folded)) and (
                    nouns is _RAID_NOUNS or v.tokens[noun].text.endswith(("ه", "ها", "هم", "هما"))):
                k = noun - 1
                break
        if k is None or any(v.is_strong_break(x) for x in range(c.t1 + 1, k + 1)):
            return
        places = []
        # (past the raid's doer and its target: "في عملية إنزال جوي نفذها جهاز مكافحة الإرهاب على أحد أوكار
        # التنظيم في سلسلة جبال حمرين")
        for o in v.occs_in(k + 2, min(b, k + 16)):
            if v.break_or_comma_in(k + 2, o.t0 + 1):
                break
            if v.is_place(o.eid) and o.eid not in c.location:
                places.append(o.eid)
        c.location[:0] = places
        raider = v.occ_at.get(k + 2)
        if nouns is _RAID_NOUNS and not c.actor and raider is not None and not v.gap(k + 2).strip() \
                and v.is_actorish(raider.eid) and raider.eid not in c.recipient and _security_body(v.by_id[raider.eid]):
            c.actor.append(raider.eid)  # "أصيب شاب برصاص حي خلال اقتحام قوات الاحتلال المخيم": the raiders shot him

    def especially(self, c: Cand) -> None:
        """"طالب الدول الراعية للاتفاق، ولا سيما الولايات المتحدة وفرنسا، بالضغط …": an unnamed group acted on,
        then the parties it is "especially": they are the ones acted on (with the group, where an entity names it:
        "الدول الضامنة، ولا سيما تركيا")."""
        if c.pos != "V" or c.type not in ("REQUEST", "ACCUSE", "SUPPORT", "THREATEN", "SANCTION"):
            return
        read = list(c.recipient)
        v = self.v
        b = c.sent[1]
        for k in range(c.t1 + 1, min(b - 1, c.t1 + 12)):
            if v.is_strong_break(k):
                return
            o = v.occ_at.get(k)
            if o is not None and v.prep_of(o) == "" and o.eid not in c.actor and o.eid not in read:
                return  # an object named before any "especially": read already, or not this shape
            if "،" not in v.gap(k):
                continue
            j = k + 1 if v.bare(k).lstrip("و") == "لا" and v.bare(k + 1) == "سيما" else (
                k if v.bare(k).lstrip("و") in ("خاصه", "خصوصا", "بخاصه", "لاسيما") else None)
            if j is None:
                continue
            o = v.occ_at.get(j + 1)
            if o is not None and v.prep_of(o) == "" and v.is_actorish(o.eid):
                _add(c.recipient, [g.eid for g in v.group_from(o, b) if v.is_actorish(g.eid)])
            return

    def _delegation_of(self, i: int) -> str | None:
        """"الوفد" at token i: whose delegation the article named last before it ("وفد من حركة حماس"،
        "وفد حماس"، "وفداً أمنياً مصرياً" is left alone)."""
        v = self.v
        for j in range(i - 1, max(-1, i - 400), -1):
            if _DELEGATION.isdisjoint(word_stems(v.tokens[j].folded)) or v.tokens[j].folded.startswith("ال"):
                continue
            k = j + 2 if v.bare(j + 1) == "من" else j + 1
            o = v.occ_at.get(k)
            if o is not None and v.is_actorish(o.eid):
                return o.eid
        return None

    def shared_scene(self, c: Cand) -> None:
        """"داهمت قوات الاحتلال مخيم نور شمس … واعتقلت خمسة شبان": an arrest or an attack with no place of its
        own, by the party that acted in the sentence before or earlier in its own, happened where that act did."""
        if c.type not in ("COERCE", "ASSAULT") or c.location or c.origin or c.destination or not c.actor:
            return
        for d in reversed(self.cands):
            if d is c or d.t1 >= c.t0:
                continue
            if d.sent != c.sent and c.sent[0] - d.sent[1] > 1:
                return  # (only its own sentence and the one before)
            if not d.location or d.type not in ("COERCE", "ASSAULT", "MOBILIZE"):
                continue
            if set(d.actor) & set(c.actor):
                c.location.extend(d.location)
                c.weak_places.extend(d.location)
            return
        # "أوقفت مفارز للجيش 11 مهرباً وضبطت 9 بنادق … بولاية الوادي": the place told at the end of the verbs joined
        # by و, with one subject, is where each of them was done
        for d in self._in_sentence_after(c):
            if d.type not in ("COERCE", "ASSAULT") or not d.coord_prev or not set(d.actor) & set(c.actor):
                continue
            own = [x for x in d.location if x not in d.weak_places]
            if own:
                c.location.extend(own)
                c.weak_places.extend(own)
            return

    def sent_to_the_scene(self, c: Cand) -> None:
        """"دفعت القيادة بتعزيزات … إلى موقع الاشتباكات": a force or aid sent to where an act told before took place
        goes to that act's place."""
        if c.type not in ("MOBILIZE", "AID") or c.destination:
            return
        v = self.v
        j = next((j for j in range(c.t1 + 1, min(c.sent[1] - 2, c.t1 + 16))
                  if _unjoined(v.bare(j)) in ("الي", "نحو") and v.bare(j + 1) in _SITE_OF_WORDS
                  and v.bare(j + 2) in _INCIDENT_KINDS), None)
        if j is None or any(v.is_strong_break(x) for x in range(c.t1 + 1, j)):
            return
        kinds = _INCIDENT_KINDS[v.bare(j + 2)]
        # (the latest such act told before, not far back)
        scene = next((d for d in reversed(self.cands) if d.t1 < c.t0 and d.type in kinds and d.location
                      and c.start - d.start < 1500), None)
        if scene is not None:
            c.destination.extend(x for x in scene.location if x not in c.destination)

    def meeting_participants(self, c: Cand) -> None:
        """"واتفق المجتمعون على عقد جولة ثانية"، "أن المجتمعين أقرّوا خطة …": those met are the parties of
        the meeting told before."""
        if c.explicit_actor or c.pos != "V":
            return
        v = self.v
        at = [j for j in (c.t1 + 1, c.t0 - 1) if 0 <= j < len(v.tokens) and c.sent[0] <= j < c.sent[1]]
        if not any(v.bare(j) in _MET_PARTIES for j in at):
            return
        meetings = [d for d in self.cands if d.type == "CONSULT" and d.lemma in _MEETING_LEMMAS
                    and d.t1 < c.t0 and d.actor and c.start - d.start < 3000]
        # (the meeting told, not one referred back to: "الروح البنّاءة التي سادت الاجتماع")
        meeting = next((d for d in reversed(meetings) if not v.bare(d.t0).startswith("ال")),
                       meetings[-1] if meetings else None)
        if meeting is not None:
            c.actor = list(meeting.actor) + [x for x in meeting.recipient if x not in meeting.actor]

    def deterrent_threat(self, c: Cand) -> None:
        """"إن أي اعتداء على قواتنا سيقابَل برد حازم": the warning was given (the response is what is future),
        by whoever said it when the clause names no one."""
        if c.type != "THREATEN" or not c.lemma.endswith("_رادع"):
            return
        c.status, c.default_status = "occurred", False
        if not c.actor:
            st = self.statement_for(c.start)
            if st is not None and st.speaker and not self.v.is_outlet(st.speaker):
                c.actor.append(st.speaker)  # (an unnamed official too: "مسؤول عسكري أمريكي")

    def pledged_by_the_joined_subject(self, c: Cand) -> None:
        """"التقى محافظ دمياط …، وتعهّد بالإفراج عن الموقوفين": what a verb of pledging or deciding joined by و to an
        earlier act pledges is done by that act's doer, the pledge's subject left unsaid."""
        v = self.v
        k = c.t0 - 1
        if c.actor or c.pos != "N" or k <= c.sent[0] or not v.tokens[k].folded.startswith("و"):
            return
        h = self.rd.status_at.get(k)
        if h is None or h.payloads[0].lemma not in _PLEDGING or h.payloads[0].tense is None:
            return
        prev = next((d for d in self._earlier_in_sentence(c) if d.pos == "V" and d.actor), None)
        if prev is not None:
            c.actor = list(prev.actor)

    def met_delegation(self, c: Cand) -> None:
        """"التقى محافظ جرش، عمر يوسف الحياري، وفداً من المعلمين المعتصمين في مكتبه": the body a delegation met comes
        from is the other party, past the official's name set off by commas (for استقبل, the guest)."""
        if c.type != "CONSULT" or c.pos != "V" or c.lemma not in ("التقى", "استقبل"):
            return
        v = self.v
        # (or a committee that stands for them: "استقبل عامل الإقليم لجنة تمثل الفلاحين")
        d = next((x for x in range(c.t1 + 1, min(c.sent[1] - 2, c.t1 + 16)) if v.bare(x) in _DELEGATION
                  and v.bare(x + 1) in ("من", "عن") or v.bare(x) in ("لجنه", "لجنتين")
                  and v.bare(x + 1) in ("من", "عن", "تمثل", "ممثله")), None)
        if d is None or any(v.is_strong_break(x) or v.comma_clause(x) for x in range(c.t1 + 1, d + 1)):
            return
        k = d + 2
        if k < c.sent[1] - 1 and v.bare(k) in _REPRESENTATIVES:
            k += 1  # "وفداً من ممثلي العمال"
        body = v.occ_at.get(k)
        if body is None or not v.is_actorish(body.eid) or v.is_place(body.eid):
            return
        met = c.actor if c.frame == "host" else c.recipient
        if not met and body.eid not in c.actor + c.recipient:
            met.append(body.eid)

    def other_units(self, c: Cand) -> None:
        """"وأشارت الوزارة إلى أن مفارز أخرى أوقفت عنصري دعم …، بعد أن كانت قد دمرت مخبأين": "other" units are
        of the force whose unit the article told before; it acts, and so in the clause that goes on after بعد أن."""
        v = self.v
        if c.actor or c.pos != "V" or c.t0 - 2 < c.sent[0] or v.bare(c.t0 - 1) not in ("اخري", "اخرين") \
                or v.bare(c.t0 - 2) not in _UNIT_NOUNS:
            return
        told = next((o for o in reversed(v.occs_in(max(0, c.sent[0] - 200), c.t0 - 2)) if self._unit_member(o)), None)
        if told is None:
            return
        c.actor.append(told.eid)
        for d in self._in_sentence_after(c):
            if d.actor or d.pos != "V" or d.t0 - c.t1 > 25 or d.type not in ("ASSAULT", "COERCE"):
                continue
            opener = next((j for j in range(d.t0 - 1, max(c.t1, d.t0 - 5), -1) if v.bare(j) == "ان"), None)
            if opener is not None and v.bare(opener - 1) in ("بعد", "قبل") and not any(
                    v.prep_of(o) == "" and v.is_actorish(o.eid) for o in v.occs_in(c.t1 + 1, d.t0)):
                d.actor.append(told.eid)  # (its verb names no subject of its own)

    def given_by(self, c: Cand) -> None:
        """"شحنة من 5 آلاف طن من القمح قدمتها موسكو مساعدةً للشعب السوري"، "شحنة أدوية أرسلتها الكويت": the subject
        of a relative verb of giving, with the pronoun of the relief told before it, gave it."""
        v = self.v
        if c.type != "AID" or c.pos != "N" or c.actor:
            return
        for k in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 12)):
            if v.is_strong_break(k) or "،" in v.gap(k) or k in v.occ_at:
                return
            if _unjoined(v.bare(k)) in _GIVEN_WITH_PRONOUN:
                if v.bare(k + 1) in ("بها", "به", "بهما"):
                    k += 1  # "تبرعت بها الكويت"
                o = v.occ_at.get(k + 1)
                if o is not None and v.prep_of(o) == "" and v.is_actorish(o.eid) and o.eid not in c.recipient:
                    c.actor.append(o.eid)
                return

    def counted_of_known_people(self, c: Cand) -> None:
        """"فرّقت عناصر الأمن اعتصاماً كان يخوضه عشرات الطلبة …، وأوقفت سبعة طلبة"، "تمكنوا من توقيف نحو 430
        مهاجراً": people counted after an arrest, named by the noun of a body of people the article told before,
        are of that body (the noun alone is no entity of its own)."""
        v = self.v
        if c.type != "COERCE" or c.mode != "arrest" or c.recipient:
            return
        k, end = c.t1 + 1, min(c.sent[1], c.t1 + 12)
        while k < end and (k in v.occ_at and v.prep_of(v.occ_at[k]) == "" and v.occ_at[k].eid in c.actor
                           or k in self.rd.time_tokens):
            k = v.occ_at[k].t1 + 1 if k in v.occ_at else k + 1
        counted = False
        while k < end and (_number_token(v, k)
                           or v.bare(k) in _COUNT_HEDGES and v.bare(k) != "من"):
            counted = True
            k += 1
        if not counted or k >= end or k in v.occ_at or v.gap(k).strip():
            return
        noun = v.bare(k).removesuffix("ا")
        if len(noun) < 3:
            return
        start = v.tokens[k].start
        for e in v.doc.entities:
            if e.type != "ORG" or e.id in c.actor or not v.is_actorish(e.id) or not any(m.start < start for m in e.mentions):
                continue
            head = fold_text(e.name_ar).split(" ")[0].removeprefix("ال")
            if head == noun or head.startswith(noun) and head[len(noun):] in ("ين", "ون", "ات"):
                c.recipient.append(e.id)
                return

    def barred_march(self, c: Cand) -> None:
        """"منعت قوات الأسايش مسيرة للمعلمين المضربين": those who held the march barred are the ones restricted."""
        if c.lemma != "منع_احتجاج" or c.recipient:
            return
        d = next((x for x in self._in_sentence_after(c) if x.type == "PROTEST" and x.pos == "N" and x.t0 <= c.t1 + 12),
                 None)
        if d is not None and d.actor:
            c.recipient.extend(x for x in d.actor if x not in c.actor)

    def repelled_when(self, c: Cand) -> None:
        """"أعلن الجيش، اليوم الثلاثاء، أن قواته صدّت هجوماً شنته مجموعة مسلحة فجر أمس الاثنين": the attack repelled was
        repelled when it was made, not on the day it was announced."""
        v = self.v
        if c.type != "ASSAULT" or c.pos != "V" or c.lemma not in ("صد_هجوم", "تصدى_هجوم") or c.time is None:
            return
        if v.token_at(c.time.start) > c.t0:
            return  # (the verb's own time, after it: "صدّت، فجر اليوم، هجوماً")
        d = next((x for x in self._in_sentence_after(c) if x.type == "ASSAULT" and x.pos == "N" and x.t0 <= c.t1 + 4
                  and x.time is not None and v.token_at(x.time.start) > x.t1), None)
        if d is not None and d.date != c.date:
            c.date, c.time, c.weak_time = d.date, d.time, d.weak_time

    def followed_by(self, c: Cand) -> None:
        """"تنظيم وقفة احتجاجية يعقبها اعتصام أمام مقر العمالة يوم الاثنين المقبل": one protest followed by another
        of the same programme shares its day and status, and its organiser."""
        v = self.v
        k = c.t1 + 1
        if c.pos != "N" or k + 1 >= c.sent[1] or v.bare(k) not in _FOLLOWED_BY:
            return
        d = next((x for x in self._in_sentence_after(c) if x.t0 == k + 1 and x.type == c.type and x.pos == "N"), None)
        if d is None:
            return
        if d.date is not None and c.date != d.date:
            c.date, c.time, c.status = d.date, d.time, d.status
        if not d.actor:
            d.actor.extend(c.actor)

    def parties_holding(self, c: Cand) -> None:
        """"تعتزم عمّان ودمشق عقد اجتماع للجنة الأمنية المشتركة"، "الأردن وسوريا تعتزمان عقد اجتماع للجنة …": the
        parties that hold a meeting of their joint body meet too (the light verb's subject, past a verb of intent)."""
        if c.type != "CONSULT" or c.pos != "N" or c.t0 - 3 < c.sent[0]:
            return
        v = self.v
        lv = c.t0 - 1
        if not _light_verb(v.tokens[lv].folded) or lv in self.rd.trigger_tokens or lv in v.occ_at:
            return
        before = v.occs_in(max(c.sent[0], lv - 10), lv)
        if not before:
            return
        last = before[-1]
        if not (last.t1 == lv - 1 or last.t1 == lv - 2 and lv - 1 not in v.occ_at
                and v.tokens[lv - 1].folded[:1] in ("ت", "ي") and not v.is_strong_break(lv - 1) and "،" not in v.gap(lv - 1)):
            return
        group = next((g for g in (v.group_from(o, lv) for o in before) if g[-1] is last), [])
        if len(group) >= 2 and all(v.is_actorish(g.eid) and v.prep_of(g) == "" for g in group):
            _add(c.actor, [g.eid for g in group])

    def warned_party(self, c: Cand) -> None:
        """"حذّر الوزير من أن بلاده «لن تقف مكتوفة الأيدي» أمام أي إجراءات تتخذها إثيوبيا": the body named after
        «من أن» is the warner's own side, and the threat is aimed at the next party the sentence names."""
        if c.type != "THREATEN" or not c.lemma.endswith("_وعيد"):
            return
        v = self.v
        k = self.rd.warned_side_at(c.t1 + 1, c.sent[1])
        if k is None:
            return
        own = v.occ_at.get(k)
        own_side = {own.eid} if own is not None else set()
        c.recipient = [x for x in c.recipient if x not in own_side]
        if not c.actor:  # a participle's warner is who speaks ("قال المتحدث …، محذراً من أن الجيش «سيرد»"), or
            st = self.statement_for(c.start)  # else the side named
            if st is not None and st.speaker and not v.is_outlet(st.speaker):
                c.actor.append(st.speaker)
            elif own is not None and v.is_actorish(own.eid):
                c.actor.append(own.eid)
        if c.recipient:
            return
        start = own.t1 + 1 if own is not None else k
        # (a state's own side is all its bodies: "من أن إسرائيل «لن تسمح…»، مؤكداً أن الجيش الإسرائيلي «سيتحرك»")
        state = v.by_id[own.eid].country if own is not None and v.is_country(own.eid) else None

        def other_side(o: Occ) -> bool:
            return v.is_actorish(o.eid) and o.eid not in own_side and o.eid not in c.actor and not v.is_outlet(o.eid) \
                and (state is None or v.by_id[o.eid].country != state)

        party = next((o for o in v.occs_in(start, c.sent[1]) if other_side(o)), None)
        if party is None:  # (or the party whose act the sentence told before the warning: "اعترضت قوات التحالف
            # طائرتين أطلقتهما الميليشيا الحوثية …، محذراً من أن التحالف «سيتخذ الإجراءات اللازمة»")
            party = next((o for o in reversed(v.occs_in(c.sent[0], c.t0)) if other_side(o)
                          and not (own is not None and v.by_id[o.eid].name_ar == v.by_id[own.eid].name_ar)), None)
        if party is not None:
            c.recipient.append(party.eid)

    def regional_place(self, c: Cand) -> list[Occ]:
        """"قرّرت الهيئة الإدارية للاتحاد الجهوي للشغل بقابس تنفيذ إضراب عام جهوي": a regional body's protest
        is in the place its name holds (or the ب-place right after it)."""
        if c.type != "PROTEST" or not c.actor:
            return []
        v = self.v
        holders = [o for o in v.occs_in(c.sent[0], c.sent[1]) if o.eid in c.actor]
        return [o for o in v.occs_in(c.sent[0], c.sent[1]) if v.is_place(o.eid) and o.eid not in c.actor
                and any(h.start <= o.start and o.end <= h.end or (o.t0 == h.t1 + 1 and v.prep_of(o) == "ب")
                        for h in holders)]

    def sentencing_court(self, c: Cand) -> None:
        """"قضت الدائرة الأولى إرهاب بمحكمة جنايات القاهرة … بالإعدام": the court of the chamber passed it."""
        if c.type != "SANCTION" or c.mode != "convict" or c.actor:
            return
        v = self.v
        court = next((o for o in v.occs_in(max(c.sent[0], c.t0 - 16), min(c.sent[1], c.t1 + 10))
                      if v.by_id[o.eid].type == "ORG" and any(
                          w in fold_text(v.by_id[o.eid].name_ar) for w in ("محكمه", "الدائره الجنائيه", "دائره الجنايات"))),
                     None)  # (or its criminal chamber: "أصدرت الدائرة الجنائية المختصة …، أحكاماً")
        if court is not None:
            c.actor.append(court.eid)

    def described_attack(self, c: Cand) -> None:
        """"غارة جوية استهدفت عناصر من تنظيم داعش": a verb describing the attack noun before it has the
        attack as its subject, so the party after it was hit, not the one who struck."""
        if c.type != "ASSAULT" or c.pos != "V" or not c.actor or c.recipient:
            return
        v = self.v
        d = next(self._earlier_in_sentence(c), None)
        if d is None or d.type != "ASSAULT" or d.pos != "N" or not 0 < c.t0 - d.t1 <= 3:
            return
        if any(j in v.occ_at or v.gap(j).strip() for j in range(d.t1 + 1, c.t0 + 1)):
            return  # (a party or a comma between: "غارة نفذتها مسيّرة"، "الهجوم، استهدفت القوات …")
        if any(v.bare(j) in _BEFORE_AFTER or v.bare(j) in ("بعدما", "قبلما") for j in range(d.t1 + 1, c.t0)):
            return  # a clause of time: "وتأتي الغارة بعد أن استهدفت مسيّرة …" tells an earlier strike, its doer after it
        if v.bare(c.t0).lstrip("و") != v.bare(c.t0) or c.suffix:
            return  # a new clause with و, or a verb with an object pronoun ("شنّته قوات …")
        c.recipient[:] = c.actor
        c.actor[:] = []
        c.explicit_actor = False

    def where_clause(self, c: Cand) -> None:
        """"… قرب لواء الرمثا، حيث جرى إسقاطها داخل الأراضي الأردنية، وضُبط …": what the حيث clause tells
        happened at the place before حيث (a country named inside it says less)."""
        v = self.v

        def national(x: str) -> bool:
            geo = v.by_id[x].geo if x in v.by_id else None
            return geo is not None and geo.feature == "country"

        if c.type in ("RETREAT", "MOBILIZE") or c.origin or c.destination or any(not national(x) for x in c.location):
            return  # (a movement's place before حيث is where it came from or went: another role)
        a = c.sent[0]
        h = next((j for j in range(c.t0 - 1, max(a, c.t0 - 25) - 1, -1) if v.bare(j) == "حيث"), None)
        if h is None:
            return
        o = next((o for o in reversed(v.occs_in(max(a, h - 4), h)) if o.t1 >= h - 2), None)
        if o is None or not v.is_place(o.eid) or national(o.eid):
            return
        c.location[:] = [o.eid]

    def censured_act(self, c: Cand) -> None:
        """"فرضت الخزانة عقوبات …، وهو ما وصفته طهران بأنه «قرصنة»"، "وهو ما رفضه الحزب": what a party
        condemns or rejects with "ما" is the act just told, so the one who did it is the recipient."""
        if c.type not in ("ACCUSE", "REJECT") or c.pos != "V" or c.t0 < 1 or self.v.bare(c.t0 - 1) not in ("ما", "لما"):
            return
        v = self.v
        if not c.actor:
            # "وهو ما وصفته طهران": after a verb with the pronoun of "ما", the party named is its subject
            o = v.occ_at.get(c.t1 + 1)
            if o is not None and v.prep_of(o) == "" and v.is_actorish(o.eid) and c.suffix:
                c.actor.append(o.eid)
                c.recipient[:] = [x for x in c.recipient if x != o.eid]
                c.explicit_actor = True
        if c.recipient:
            return
        prev = next((d for d in self._earlier_in_sentence(c) if d.actor and d.type != c.type), None)
        if prev is not None:
            _add(c.recipient, [x for x in prev.actor if x not in c.actor])

    def recalled_envoy(self, c: Cand) -> None:
        """"استدعت الخارجية سفيرها لدى الجزائر للتشاور": the country an envoy is recalled from is the one
        the recall is aimed at, not where it happened."""
        if c.type != "SANCTION" or c.mode != "withdraw":
            return
        v = self.v
        b = c.sent[1]
        k = next((j for j in range(c.t1 + 1, min(b, c.t1 + 5)) if self.lex.any_in_class(word_stems(v.tokens[j].folded), "own_envoy")), None)
        if k is None or k + 1 >= b or v.bare(k + 1) not in ("لدي", "في", "من"):
            return
        o = v.occ_at.get(k + 2)
        if o is None or not v.is_country(o.eid):
            return
        c.location[:] = [x for x in c.location if x != o.eid]
        c.origin[:] = [x for x in c.origin if x != o.eid]
        _add(c.recipient, [o.eid])

    def expelled_envoy(self, c: Cand) -> None:
        """"طرد اثني عشر دبلوماسياً جزائرياً"، "طرد السفير الإثيوبي": the state whose envoys are expelled is the
        one the expulsion is aimed at, where the article names it."""
        if c.type != "SANCTION" or c.mode != "expel":
            return
        v = self.v
        for x in list(c.recipient):
            e = v.by_id.get(x)
            if e is None or e.type == "LOC" or not e.country:
                continue
            state = next((y.id for y in v.by_id.values() if y.type == "LOC" and y.country == e.country
                          and y.geo is not None and y.geo.feature == "country" and y.id not in c.actor), None)
            if state is not None:
                _add(c.recipient, [state])

    def summoned_envoy(self, c: Cand) -> None:
        """"استدعت وزارة الخارجية الكويتية، أمس، سفير جمهورية العراق لدى البلاد"، "استدعت سفير مالي في
        نواكشوط": the state whose envoy is summoned is the one protested to, not a place."""
        if c.type != "ACCUSE" or c.lemma not in ("استدعى", "استدعاء"):
            return
        v = self.v
        b = c.sent[1]
        for k in range(c.t1 + 1, min(b, c.t1 + 10)):
            if v.is_strong_break(k) or v.is_subordinator(k):
                return
            if not self.lex.any_in_class(word_stems(v.tokens[k].folded), "envoy") or v.tokens[k].folded.startswith("ال"):
                continue
            o = v.occ_at.get(k + 1)
            if o is None or v.prep_of(o) != "" or v.gap(k + 1).strip() or not v.is_country(o.eid):
                return
            c.location[:] = [x for x in c.location if x != o.eid]
            _add(c.recipient, [o.eid])
            return

    def aim_not_attack(self, c: Cand) -> None:
        """"التدريبات المشتركة لا تستهدف أي طرف"، "إن عملياتها تستهدف الإرهابيين فقط"، "الحملة تستهدف عناصر خارجة
        عن القانون": the present of استهدف that says what something is aimed at, denied or told of an operation,
        a campaign or an exercise, is no attack."""
        if c.lemma != "استهدف" or c.tense != "present" or c.t0 < 1:
            return
        v = self.v
        before = v.bare(c.t0 - 1)
        if before == "لا" or _unjoined(before).removeprefix("ال") in _AIMED_THINGS \
                or any(_unjoined(w).removeprefix("ال") in _AIMED_THINGS for w in strip_word(v.tokens[c.t0 - 1].folded)):
            c.absorbed = True

    def vow_not_to_leave(self, c: Cand) -> None:
        """A vow not to leave until a demand is met is no leaving ("لن يغادروا الساحة قبل صرف المستحقات"، "لن تنسحب
        القوات قبل …"): the condition of a protest or a stand kept up, not an act."""
        if c.type != "RETREAT" or c.pos != "V" or c.t0 < 1 or self.v.bare(c.t0 - 1) != "لن":
            return
        if any(self.v.bare(j) in ("قبل", "حتي", "الا") for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 8))):
            c.absorbed = True

    def site_of_the_attack(self, c: Cand) -> None:
        """"انتشرت وحدات من الجيش في محيط موقع الغارة"، "طوّقت القوات موقع الانفجار"، "هرعت دورية إلى موقع الحادث":
        the site of the attack told before is where this was done."""
        if c.type == "ASSAULT":
            return
        v = self.v
        site = next((j for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 10))
                     if _unjoined(v.bare(j)).removeprefix("ب").removeprefix("ل").removeprefix("ال") in ("موقع", "مكان")
                     and v.bare(j + 1) in _ATTACK_SITES), None)
        if site is None or any(v.is_strong_break(x) or v.comma_clause(x) for x in range(c.t1 + 1, site + 1)):
            return
        if any(v.is_place(o.eid) for o in v.occs_in(c.t1 + 1, site)):
            return  # (a place of its own told first: "انتشرت وحداته عند مداخل الخيام وأقامت نقاطاً قرب موقع الغارة")
        attack = next((d for d in reversed(self.cands) if d.type == "ASSAULT" and d.t1 < c.t0 and d.location
                       and c.sent[0] - d.sent[0] <= 600), None)
        if attack is None:
            return
        if c.destination and c.destination == c.location:
            c.destination[:] = list(attack.location)
        c.location[:] = list(attack.location)

    def visited_place(self, c: Cand) -> None:
        """"خلال زيارة الرئيس الفلسطيني محمود عباس بيروت"، "خلال زيارة الأخير بيروت": the noun of visiting, its
        visitor in construct, then the place visited as its object (no preposition): where the visit was."""
        if c.lemma != "زيارة" or c.pos != "N":
            return
        v = self.v
        j = c.t1 + 1
        # (past the visitor's title: "زيارة الرئيس الفلسطيني محمود عباس")
        visitor = next((o for o in v.occs_in(j, min(c.sent[1], j + 6))), None)
        if visitor is not None and v.prep_of(visitor) == "" and not v.is_place(visitor.eid) \
                and not any(v.gap(x).strip() for x in range(j, visitor.t0 + 1)):
            j = visitor.t1 + 1
        elif j < c.sent[1] and v.bare(j) in ("الاخير", "الاخيره"):
            j += 1
        else:
            return
        place = v.occ_at.get(j)
        if place is not None and j < c.sent[1] and not v.gap(j).strip() and v.prep_of(place) == "" \
                and v.is_place(place.eid):
            c.location[:] = [place.eid]  # (the place it names itself, before any the sentence names elsewhere)

    def hosted_place(self, c: Cand) -> None:
        """"على هامش اجتماع اللجنة الذي احتضنته الرياض"، "مفاوضات استضافتها الدوحة": the host city is where
        the meeting, and what was agreed at it, took place."""
        if c.type not in ("CONSULT", "AGREE", "COOPERATE"):
            return
        v = self.v
        a, b = c.sent
        # (a time between does not count: "تحتضن القاهرة، منذ أمس الاثنين 19 جانفي 2026، جولة جديدة من المفاوضات")
        lo = c.t0 - 12 - sum(1 for j in range(max(a, c.t0 - 24), c.t0) if j in self.rd.time_tokens)
        for j in range(max(a, lo), min(b, c.t1 + 14)):
            w = v.bare(j).lstrip("و")
            if w.startswith("س") and w[1:].startswith(_HOSTING_VERBS):
                w = w[1:]  # "ستستضيف"
            if not w.startswith(_HOSTING_VERBS):
                continue
            if v.tokens[j].folded.endswith(("ه", "ها")):
                o = v.occ_at.get(j + 1)
                if o is not None and v.is_place(o.eid) and v.prep_of(o) == "" and o.eid not in c.location:
                    # (first, before the city the host is in: "تستضيفه قاعدة رأس التين البحرية بالإسكندرية")
                    c.location.insert(0, o.eid)
                return
            if j > c.t0:
                if c.location:
                    return  # (the places below only stand in for a place the clause does not name)
                continue
            # "أن مسقط ستستضيف … جولة من المفاوضات"، "يستضيف قصر الشعب في دمشق … المفاوضات": the host before
            # the meeting it holds, as the verb's subject, and the city the host building is in
            host = v.occ_at.get(j + 1)
            subject_host = host is not None and v.prep_of(host) == "" and v.is_place(host.eid)
            if c.location and not subject_host:
                # (only the host right after its verb names the place first, whatever a later clause adds:
                # "تستضيف القاهرة قمة …، في مسعى لوقف الحرب المستمرة في البلاد")
                return
            if not subject_host:
                host = next((o for o in reversed(v.occs_in(max(a, j - 2), j)) if o.t1 >= j - 1
                             and v.prep_of(o) == "" and v.is_place(o.eid)), None)
            if host is None:
                # "يستضيف قصر الشعب في دمشق": a building the entity layer does not know, in a city it does
                host = next((o for o in v.occs_in(j + 2, min(b, j + 5)) if v.prep_of(o) == "في" and v.is_place(o.eid)
                             and not any("،" in v.gap(x) for x in range(j + 1, o.t0))), None)
                if host is not None:
                    c.location.append(host.eid)
                return
            host_geo = v.by_id[host.eid].geo
            if host_geo is not None and host_geo.feature == "country":
                return  # ("استضافت سلطنة عُمان المحادثات": the city, where the text names it, says more)
            if host.eid not in c.location:
                c.location.insert(0, host.eid)
            if c.type == "CONSULT" and not c.actor and _national_capital(v.by_id[host.eid]):
                c.actor.append(host.eid)  # "تستضيف القاهرة قمة لدول جوار السودان": the host state takes part
            city = v.occ_at.get(host.t1 + 2)
            if host.t1 + 1 < b and v.bare(host.t1 + 1) == "في" and city is not None and v.is_place(city.eid):
                c.location.append(city.eid)
            return

    def called_by(self, c: Cand) -> None:
        """"عمّ الإضراب الشامل محافظة قلقيلية …، وذلك استجابة لدعوة القوى الوطنية والإسلامية"، "بدعوة من الاتحاد":
        whoever called a strike or a protest holds it, however far in its sentence the call is told."""
        if c.type != "PROTEST" or c.actor:
            return
        v = self.v
        # "الإضراب الذي دعت إليه تنسيقية نقابات التعليم": the relative clause of the call, its subject named after it
        rel = c.t1 + 1
        if v.bare(rel) in ("الذي", "التي") and v.bare(rel + 1).lstrip("و") in ("دعت", "دعا", "دعوا") \
                and v.bare(rel + 2) in ("اليه", "اليها"):
            o = v.occ_at.get(rel + 3)
            if o is not None and v.prep_of(o) == "" and v.is_actorish(o.eid) and not v.is_place(o.eid):
                _add(c.actor, [g.eid for g in v.group_from(o, c.sent[1]) if v.is_actorish(g.eid) and not v.is_place(g.eid)])
                c.explicit_actor = True
                return
        for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 40)):
            if v.is_strong_break(j) or j in self.rd.cue_tokens:
                return
            w = v.bare(j).lstrip("و")
            # (a call answered: "استجابة لدعوة …"، "تلبية لدعوة …"، "بدعوة من …"; not "رغم دعوة حركة فتح إلى التهدئة")
            if w != "بدعوه" and not (w in ("لدعوه", "دعوه") and j > 0 and v.bare(j - 1).lstrip("و") in ("استجابه", "تلبيه")):
                continue
            k = j + 1
            if v.bare(k) == "من":
                k += 1
            o = v.occ_at.get(k)
            if o is not None and o.t0 == k and v.is_actorish(o.eid) and not v.is_place(o.eid) and not v.is_outlet(o.eid):
                _add(c.actor, [g.eid for g in v.group_from(o, c.sent[1]) if v.is_actorish(g.eid) and not v.is_place(g.eid)])
                c.explicit_actor = True
            return

    def handover_recipient(self, c: Cand) -> None:
        """"سلّمت قوات دفاع شبوة، …، عدداً من مواقعها …، إلى قوات الجيش الوطني"، "سلّمت قسد أربعة مواقع … إلى
        وحدات من الجيش السوري": whom a handover goes to, after إلى in the verb's clause, however far."""
        if c.frame != "handover" or c.recipient:
            return
        v = self.v
        held: list[str] = []  # (where the sites handed over lie, told in their relative clause)
        for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 32)):
            # (past the relative clause of what is handed over: "نقاط التفتيش التي كان يمسكها داخل قضاء تلعفر
            # … إلى قطعات الفرقة 20")
            if v.is_strong_break(j) or j in self.rd.cue_tokens or (j in self.rd.trigger_tokens and j > c.t1 + 1) \
                    or v.is_subordinator(j) and not (v.bare(j) in ("التي", "الذي") or v.bare(j) in ("كان", "كانت")
                                                     and v.bare(j - 1) in ("التي", "الذي")):
                return
            o = v.occ_at.get(j)
            if o is not None and o.t0 == j and v.is_place(o.eid) and v.prep_of(o) in ("في", "داخل"):
                held.append(o.eid)
            if v.bare(j) != "الي":
                continue
            k = j + 1
            if v.bare(k) in _UNIT_NOUNS and k + 1 < c.sent[1] and v.bare(k + 1) == "من":
                k += 2  # "إلى وحدات من الجيش السوري": units of the army take it over
            elif v.bare(k) in _UNIT_NOUNS and k not in v.occ_at:
                k += 1  # "إلى قطعات الفرقة 20": the units of a division
            o = v.occ_at.get(k)
            if o is not None and v.is_actorish(o.eid) and not v.is_place(o.eid) and o.eid not in c.actor:
                _add(c.recipient, [g.eid for g in v.group_from(o, c.sent[1])
                                   if v.is_actorish(g.eid) and not v.is_place(g.eid) and g.eid not in c.actor])
                if not c.origin and not c.location:
                    _add(c.origin, held[:1])
                    _add(c.location, held[:1])
            return

    def joint_participants(self, c: Cand) -> None:
        """"التدريب البحري المشترك …، بمشاركة … من القوات البحرية المصرية والقوات البحرية التركية": those
        taking part in a joint exercise are its parties, however far the sentence names them."""
        if c.type != "COOPERATE" or c.actor:
            return
        v = self.v
        k = next((j for j in range(c.t1 + 1, c.sent[1]) if v.bare(j).lstrip("و") == "بمشاركه"), None)
        if k is None:
            return
        parties = [o.eid for o in v.occs_in(k + 1, c.sent[1]) if v.prep_of(o) in ("", "من") and v.is_actorish(o.eid)
                   and not v.is_outlet(o.eid) and not (v.is_place(o.eid) and not v.is_country(o.eid))]
        _add(c.actor, parties)

    def relative_participants(self, c: Cand) -> None:
        """"اجتماعات فنية يشارك فيها مسؤولون أمنيون من الولايات المتحدة وقطر وتركيا": who takes part in a
        meeting, told in its relative clause, are its parties; so are those who take part in a sweep ("عملية تمشيط
        واسعة تشارك فيها قوات الحدود")."""
        if c.pos != "N" or c.type != "CONSULT" and c.lemma not in _CAMPAIGN_LEMMAS:
            return
        v = self.v
        b = c.sent[1]
        j = next((j for j in range(c.t1 + 1, min(b - 1, c.t1 + 5)) if v.bare(j).lstrip("و") in _TAKE_PART_VERBS
                  and v.bare(j + 1) in ("فيها", "فيه", "فيهما")), None)
        if j is None:
            return
        first = next((o for o in v.occs_in(j + 2, min(b, j + 7)) if v.is_actorish(o.eid) and (
            v.prep_of(o) == "" or v.prep_of(o) == "من" and not self.lex.in_class(v.bare(o.t0 - 1), "site"))), None)
        if first is not None:
            _add(c.actor, [g.eid for g in v.group_from(first, b) if v.is_actorish(g.eid) and not v.is_outlet(g.eid)])

    def pronoun_object(self, c: Cand) -> None:
        """"…، متهمةً إياها بـ«ارتكاب جرائم حرب»": the detached object pronoun stands for the party named last
        before it in the sentence (not the one who speaks)."""
        # (and the charges directed «to them»: "أمرت النيابة بحبس المتهمين، ووجهت إليهم تهم تهريب المهاجرين"، "الذي وجه لهم تهم")
        if c.t1 + 1 >= c.sent[1] or self.v.bare(c.t1 + 1) not in _DETACHED_OBJECTS and not (
                c.type == "ACCUSE" and self.v.bare(c.t1 + 1) in ("اليه", "اليها", "اليهم", "اليهما", "له", "لها", "لهم",
                                                                 "لهما")):
            return
        v = self.v
        o = next((o for o in reversed(v.occs_in(c.sent[0], c.t0)) if v.is_actorish(o.eid) and not v.is_outlet(o.eid)
                  and o.eid not in c.actor and not _seat_of_body(v, o)), None)
        if o is not None:
            c.recipient = [o.eid]  # (the pronoun names it: not an object carried from the verb before)

    def letter_addressee(self, c: Cand) -> None:
        """"وجّهت الخارجية خطاباً إلى مجلس الأمن تطالبه فيه بـ…": a demand made in a letter is made of whom the
        letter is sent to."""
        if c.type != "REQUEST" or c.recipient:
            return
        v = self.v
        a = c.sent[0]
        letter = next((j for j in range(c.t0 - 1, max(a, c.t0 - 16) - 1, -1)
                       if not _LETTER_NOUNS.isdisjoint(word_stems(v.tokens[j].folded))), None)
        if letter is None or any(v.is_strong_break(x) for x in range(letter + 1, c.t0)):
            return
        to = next((j for j in range(letter + 1, c.t0) if v.bare(j) == "الي"), None)
        if to is None:
            return
        # (past a title: "إلى رئاسة مجلس الأمن"، "إلى الأمين العام للأمم المتحدة أنطونيو غوتيريش")
        o = next((o for o in v.occs_in(to + 1, min(c.t0, to + 5)) if v.is_actorish(o.eid) and not v.is_outlet(o.eid)
                  and o.eid not in c.actor), None)
        if o is not None:
            _add(c.recipient, [g.eid for g in v.group_from(o, c.t0) if v.is_actorish(g.eid) and g.eid not in c.actor])

    def spoken_place(self, c: Cand) -> None:
        """"وطالب في مؤتمر صحفي بنيويورك بالإفراج …": where a demand or a charge was voiced is its place."""
        if c.type not in ("REQUEST", "ACCUSE", "REJECT", "THREATEN") or c.location or c.pos != "V":
            return
        v = self.v
        a, b = c.sent
        for j in range(c.t1 + 1, min(b, c.t1 + 8)):
            if v.bare(j) in _SPEECH_OCCASIONS and v.bare(j - 1) in ("في", "خلال"):
                o = next((o for o in v.occs_in(j + 1, min(b, j + 4)) if v.is_place(o.eid)
                          and v.prep_of(o) in ("ب", "في")), None)
                if o is not None:
                    c.location.append(o.eid)
                return

    def threatened_place(self, c: Cand) -> None:
        """"…، متوعداً بـ«مواصلة العمليات في البحر الأحمر وبحر العرب»": where the threatened act would be is the
        threat's place (the act told after بـ, its place after في, in the clause)."""
        if c.type != "THREATEN" or c.location:
            return
        v = self.v
        # (past the verb's subject: "توعّد المتحدث باسم الجماعة يحيى سريع بـ«…»"; not inside a name)
        ba = next((j for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 12)) if j not in v.occ_at and not any(
            o.t0 < j <= o.t1 for o in v.occs_in(max(0, j - 6), j)) and (v.bare(j) == "ب" or v.tokens[j].prefix == "ب")), None)
        if ba is None or any(v.is_strong_break(x) for x in range(c.t1 + 1, ba + 1)):
            return
        for j in range(ba + 1, min(c.sent[1] - 1, ba + 10)):
            if v.is_strong_break(j) or "،" in v.gap(j):
                return
            if v.bare(j) == "في" and (o := v.occ_at.get(j + 1)) is not None and v.is_place(o.eid):
                c.location.extend(g.eid for g in v.group_from(o, c.sent[1]) if v.is_place(g.eid))
                return

    def closed_by_civilians(self, c: Cand) -> None:
        """"يواصل عشرات التجار … غلق الطريق الرابطة بين المدينة والمعبر": a road or crossing closed by people
        (traders, workers, residents, protesters), no state body among them, is a protest that blocks it;
        closed by the authorities it stays a restriction."""
        if c.type != "COERCE" or c.mode != "restrict" or c.lemma not in _CLOSURE_LEMMAS or not c.actor or c.suffix:
            return  # (not "بعد إغلاقه … إثر احتجاجات نفذها عشرات الشبان": its closer, a pronoun's, is not told)
        v = self.v
        # (the closer told as its subject: after the verb, or before a light verb's noun, "يواصل التجار غلق …";
        # not people named in the clause before, "في مطاردة الناشطين …، وأغلقت مداخل …")
        # ("أقدم عشرات البحارة، صباح أمس، على غلق الطريق": the subject of the verb of setting about it)
        told = (c.subject_via == "light" or self._enabling_verb(c) is not None) if c.pos == "N" else any(
            o.eid in c.actor for o in v.occs_in(c.t1 + 1, min(c.sent[1], c.t1 + 6)))
        if told and all(_civil_code(v.by_id[x].actor_code) for x in c.actor):
            c.type, c.mode = "PROTEST", "obstruct"

    def protesters_held_back(self, c: Cand) -> None:
        """"فرّقت السلطات المتظاهرين بالقوة": protesters after the verb of dispersing are its object; when no entity
        names the subject, they are not its doer."""
        if c.lemma not in _HOLDING_BACK or c.recipient or not c.actor:
            return
        v = self.v
        protesters = {o.eid for o in v.occs_in(c.t1 + 1, min(c.sent[1], c.t1 + 9))
                      if o.t0 > c.t1 and self.lex.any_in_class(word_stems(v.tokens[o.t0].folded), "protester")}
        crowd = [x for x in c.actor if x in protesters]
        if crowd:
            c.actor = [x for x in c.actor if x not in crowd]
            c.recipient.extend(crowd)

    def relief_convoy(self, c: Cand) -> None:
        """"عبرت 180 شاحنة محمّلة بالمساعدات الإنسانية … قبل دخولها إلى قطاع غزة": trucks that carry relief
        and no troops move aid, not forces."""
        if c.type != "MOBILIZE":
            return
        a, b = c.sent
        rd = self.rd
        # (or a convoy a relief agency owns: "وصلت …، أمس، قافلة تابعة لبرنامج الأمم المتحدة الإنمائي")
        if not rd._class_near("relief", max(a, c.t0 - 25), min(b, c.t1 + 10) - max(a, c.t0 - 25), b) and not any(
                self.v.bare(j) in ("قافله", "قوافل") and rd._relief_agency_owns(j, b)
                for j in range(c.t1 + 1, min(b, c.t1 + 12))):
            return
        # (not a word of a civil body's name: "أرسلها التحالف الوطني للعمل الأهلي التنموي")
        civil = {j for o in self.v.occs_in(a, b) if "MIL" not in (self.v.by_id[o.eid].actor_code or "")
                 and self.v.by_id[o.eid].type == "ORG" for j in range(o.t0, o.t1 + 1)}
        words = [w for j in range(a, b) if j not in civil for w in rd._words(j)]
        if any(self.lex.in_class(w, "force") and w not in _CONVOY_WORDS for w in words):
            return  # soldiers or units named: a military move, whatever it carries
        c.type, c.mode = "AID", "humanitarian"
        c.destination = [x for x in c.destination if x not in c.recipient]
        _add(c.recipient, c.destination)
        st = self.statement_for(c.start)
        e = self.v.by_id.get(st.speaker) if st is not None and st.speaker else None
        if not c.actor and e is not None and e.type == "ORG" and any(
                k in (e.actor_code or "") for k in ("NGO", "IGO", "HLH")):
            # "أعلن برنامج الأغذية العالمي أن قافلة … وصلت إلى …": an aid body tells of the convoy it sent
            c.actor = [e.id]

    def operations_place(self, c: Cand) -> None:
        """"أوقفت مفارز للجيش …، خلال عمليات متفرقة نُفذت بولايات أدرار وبرج باجي مختار وتندوف": the places of the
        operations an arrest or a seizure was made in, told after it, are where it was made."""
        if c.type not in ("COERCE", "ASSAULT") or c.location or c.origin or c.destination:
            return
        v = self.v
        b = c.sent[1]
        for j in range(c.t1 + 1, min(b - 2, c.t1 + 60)):
            if v.is_strong_break(j):
                return
            if v.bare(j) in ("خلال", "اثناء") and v.bare(j + 1) in _OPERATION_WORDS:
                for k in range(j + 2, min(b, j + 8)):
                    o = v.occ_at.get(k)
                    if o is not None and v.is_place(o.eid) and (v.prep_of(o) in ("ب", "في") or v.tokens[o.t0 - 1].folded[:1] == "ب"
                                                                or v.bare(o.t0 - 1) == "في"):
                        c.location.extend(g.eid for g in v.group_from(o, b) if v.is_place(g.eid) and g.eid not in c.location)
                        return
                return

    def downed_aircraft(self, c: Cand) -> None:
        """An aircraft, a drone or a missile brought down: its owner or launcher is the target ("أسقطت وحدات الدفاع
        الجوي طائرة مسيّرة تابعة للجيش المالي"، "إسقاط مسيّرتين أطلقهما الحوثيون"), never the doer; air defences
        that are the speaker's own ("أعلن الجيش أن دفاعاته الأرضية أسقطت ثلاث مسيّرات") bring it down for the speaker."""
        if c.lemma not in DOWNING_LEMMAS:
            return
        v, rd = self.v, self.rd
        a, b = c.sent
        end = min(b, c.t1 + 16)
        for j in range(c.t1 + 1, end - 1):
            if v.is_strong_break(j) or (j > c.t1 + 1 and v.is_subordinator(j)):
                break
            w = v.bare(j).lstrip("و")
            if w in ("تابعه", "التابعه", "تابع", "التابع", "تابعتين", "التابعتين") or w.startswith(_LAUNCHED_IT):
                o = v.occ_at.get(j + 1)
                if o is not None and v.is_actorish(o.eid):
                    _add(c.recipient, [o.eid])
                    c.actor[:] = [x for x in c.actor if x != o.eid]
                break
        if c.actor:
            return
        own = any(v.bare(j).lstrip("و").startswith(_AIR_DEFENCES) and v.tokens[j].folded.endswith(("ه", "ها"))
                  for j in range(max(a, c.t0 - 8), c.t0))  # (past a verb joined before: "تصدّت لعشر مسيّرات وأسقطت …")
        st = self.statement_for(c.start)
        e = v.by_id.get(st.speaker) if st is not None and st.speaker else None
        if own and e is not None and e.type == "ORG" and e.id not in c.recipient:
            c.actor.append(e.id)

    def operation_agent(self, c: Cand) -> None:
        """"أعلنت الخلية مقتل أربعة عناصر …، في عملية مشتركة نفذتها قطعات الجيش …": who carried out the
        operation did what it brought about, not who announced it."""
        if c.type not in ("ASSAULT", "COERCE") or c.explicit_actor:
            return
        st = self.statement_for(c.start)
        if c.actor and not (st is not None and st.speaker and set(c.actor) <= {st.speaker}):
            return
        v = self.v
        bares = v.bares
        b = c.sent[1]
        for k in range(c.t1 + 1, min(b, c.t1 + 25)):
            if v.is_strong_break(k):
                return
            if bares[k] not in _OPERATION_NOUNS or bares[k - 1] not in ("في", "خلال", "ضمن", "اثناء"):
                continue
            j = k + 1
            while j < min(b, k + 4) and j not in v.occ_at and not _light_verb(v.tokens[j].folded):
                j += 1  # its adjectives: "عملية أمنية مشتركة"
            if j >= b or not _light_verb(v.tokens[j].folded) or not v.tokens[j].folded.endswith(("ها", "ه")):
                return
            o = next((o for o in v.occs_in(j + 1, min(b, j + 4)) if v.prep_of(o) == "" and v.is_actorish(o.eid)), None)
            if o is not None:
                grp = v.group_from(o, b)
                c.actor = [g.eid for g in grp if v.is_actorish(g.eid)]
                if c.type == "ASSAULT":
                    c.recipient = [x for x in c.recipient if x not in c.actor]
                # "… نفذتها قطعات الجيش في سلسلة جبال حمرين": where the operation was is where it was
                after = grp[-1].t1 + 1 if grp else o.t1 + 1
                place = next((p for p in v.occs_in(after, min(b, after + 3)) if v.is_place(p.eid)
                              and v.prep_of(p) in ("في", "ب")), None)
                if place is not None and not c.location:
                    c.location.append(place.eid)
            return

    def operation_toll(self, c: Cand) -> None:
        """"أحبطت القوات المسلحة الأردنية محاولة تهريب …، وأسفرت العملية عن مقتل ثلاثة مهربين والقبض على
        أربعة آخرين": what the operation brought about is the work of the force whose act opens the sentence."""
        if c.type not in ("ASSAULT", "COERCE") or c.pos != "N" or c.actor:
            return
        v = self.v
        bares = v.bares
        a = c.sent[0]
        toll = None
        for k in range(c.t0 - 1, max(a + 2, c.t0 - 8), -1):
            if v.is_strong_break(k + 1):
                return
            if bares[k] in ("عن", "الي") and bares[k - 1].removeprefix("ال") in _OPERATION_NOUNS \
                    and bares[k - 1].startswith("ال") and bares[k - 2].lstrip("و") in ("اسفرت", "ادت", "انتهت"):
                toll = k - 2
                break
        if toll is None:
            return
        # the force right after the sentence's first word, its verb ("أحبطت القوات …", "ونفذت الشرطة …")
        o = v.occ_at.get(a + 1)
        # (a dash right after the name sets off its other name: "القوات المسلحة الأردنية – الجيش العربي")
        if o is None or v.prep_of(o) != "" or any(v.is_strong_break(x) for x in range(o.t1 + 2, toll)):
            return
        if not _security_body(v.by_id[o.eid]):
            return
        c.actor = [o.eid]
        c.recipient = [x for x in c.recipient if x != o.eid]

    def announced_kill(self, c: Cand) -> None:
        """"أعلن الجيش المصري مقتل ثمانية عناصر تكفيرية": a military or police body that announces the death
        of militants it names by what they are, with no one else said to have killed them, killed them."""
        if c.type != "ASSAULT" or c.actor or c.pos != "N" or c.lemma not in ("مقتل", "تحييد"):
            return
        v = self.v
        if not any(self.lex.in_class(v.bare(j), "militants") for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 5))):
            return
        if any(v.bare(j) in _OWN_LOSSES and not any(v.bare(k) in ("عدم", "دون", "بدون", "لا", "اي", "لم")
                                                  for k in range(max(c.t1, j - 4), j))
               for j in range(c.t1 + 1, c.sent[1])):
            # a toll that counts the body's own side ("وسقوط 6 قتلى في صفوف القوات") was a fight of two;
            # one that denies any ("مؤكداً عدم وقوع أي خسائر في صفوف القوات") was not
            return
        st = self.statement_for(c.start)
        if st is None:
            return
        speakers = [st.speaker] if st.speaker else []
        if st.speaker_text is not None:
            # "أعلن المتحدث العسكري باسم القوات المسلحة المصرية العقيد …": the body the spokesman speaks for
            lo, hi = v.token_at(st.speaker_text.start), v.token_at(st.speaker_text.end - 1) + 1
            speakers += [o.eid for o in v.occs_in(lo, hi)]
        body = next((v.by_id[x] for x in speakers if x in v.by_id and v.by_id[x].type == "ORG"), None)
        if body is None or not any(k in (body.actor_code or "") for k in ("MIL", "COP", "SPY")):
            return
        # (its own state's forces among the dead: a fight of two, its killer not told)
        own_side = any(v.by_id[x].country == body.country and any(k in (v.by_id[x].actor_code or "")
                                                                  for k in ("MIL", "COP", "GOV"))
                       for x in c.recipient if x in v.by_id)
        if not own_side:
            c.actor = [body.id]

    def signatories(self, c: Cand) -> None:
        """"تفاهم القاهرة الذي وقّعه عراقجي وغروسي"، "الاتفاق الذي أبرمته الحكومة مع …": an accord's
        signatories, named in the relative clause after it, are its parties."""
        if c.type != "AGREE" or c.pos != "N" or c.actor:
            return
        v = self.v
        b = c.sent[1]
        j = next((j for j in range(c.t1 + 1, min(b - 2, c.t1 + 4)) if v.bare(j) in ("الذي", "التي")), None)
        if j is not None and not v.break_or_comma_in(c.t1 + 1, j + 1) \
                and any(v.tokens[j + 1].folded.startswith(p) for p in _SIGNING_VERBS):
            _add(c.actor, self._relative_agent(j, b))

    def rejected_issuer(self, c: Cand) -> None:
        """"رفضت إيران القرار الذي تبنّاه مجلس المحافظين"، "رفضها للاتهامات التي وجهتها باماكو": who
        issued what is rejected or condemned, named in the relative clause after it, is the recipient."""
        if c.type not in ("REJECT", "ACCUSE") or c.recipient:
            return
        v = self.v
        b = c.sent[1]
        # (past the subject and an aside set off by commas: "انتقد المنتدى …، في بيان أصدره اليوم، «المقاربة الأمنية»
        # التي تنتهجها السلطات")
        commas = c.pos == "V" and sum("،" in v.gap(j) for j in range(c.t1 + 1, min(b, c.t1 + 12))) >= 2
        end = min(b - 2, c.t1 + (16 if commas else 10))
        for j in range(c.t1 + 1, end):
            if v.is_strong_break(j):
                return
            if j in v.occ_at and v.prep_of(v.occ_at[j]) == "" and v.occ_at[j].eid not in c.actor \
                    and j not in self.rd.time_tokens:
                return  # another object first
            if v.bare(j) not in ("الذي", "التي", "والذي", "والتي") or j - 1 in v.occ_at:
                continue
            issuer = self._relative_agent(j, b)
            if issuer and not set(issuer) & set(c.actor):
                _add(c.recipient, issuer)
            return

    def rejected_act(self, c: Cand) -> None:
        """"رفضت قوات الدعم السريع العقوبات"، "وهو ما وصفه المتحدث بأنه تدخل": what is rejected or censured is
        an act told before, and whoever did it is the recipient."""
        if c.type not in ("REJECT", "ACCUSE") or c.recipient or c.lemma == "أعرب_قلق":
            return
        v = self.v
        a = c.sent[0]
        # "…، وهو ما وصفه …": the clause before, its doer
        if c.t0 - 2 >= a and v.bare(c.t0 - 1) == "ما" and v.bare(c.t0 - 2) in ("وهو", "وهي", "هو", "هي"):
            prev = next((d for d in reversed(self.cands) if d.sent == c.sent and d.t1 < c.t0 - 2 and d.actor
                         and not set(d.actor) & set(c.actor)), None)
            if prev is not None:
                _add(c.recipient, prev.actor)
            return
        # "رفضت X العقوبات": a definite event noun right after the verb (past its subject); "رفضت الحكومة اليمنية
        # المعترف بها دولياً في عدن الاتفاق": an accord, whose parties are the ones rejected
        reach = max(5, self.rd.past_subject(c.t1 + 1, 6, c.sent[1]))
        obj = next((d for d in self.cands if d.sent == c.sent and c.t1 < d.t0 and d.pos == "N" and d.definite and (
            d.type in ("SANCTION", "ACCUSE", "REQUEST") and d.t0 <= c.t1 + 5
            or d.type == "AGREE" and c.type == "REJECT" and d.t0 <= c.t1 + reach)), None)
        if obj is None or v.break_or_comma_in(c.t1 + 1, obj.t0):
            return
        doer = obj.actor or next((d.actor for d in reversed(self.cands) if d.type == obj.type and d.t1 < obj.t0
                                  and d.actor and d is not obj), [])
        doer = [x for x in doer if x not in c.actor]
        if doer and c.type == "REJECT":
            # "اتهم المتحدث باسم حكومة الإقليم X …، غير أن الوزارة رفضت هذه الاتهامات": the body he speaks for
            doer = [b for x in doer if (b := self._body_spoken_for(x) or x) not in c.actor]
        if doer:
            _add(c.recipient, doer)

    def _body_spoken_for(self, eid: str) -> str | None:
        """The body a person speaks for, named in his title ("المتحدث باسم حكومة الإقليم، X"), or None."""
        v = self.v
        if v.by_id[eid].type != "PER":
            return None
        for o in v.occs_in(0, len(v.tokens)):
            if o.eid != eid:
                continue
            for b in v.occs_in(max(0, o.t0 - 6), o.t0):
                if v.by_id[b.eid].type == "ORG" and b.t0 > 0 and v.bare(b.t0 - 1) == "باسم" and v.is_actorish(b.eid) \
                        and not any(v.is_strong_break(x) for x in range(b.t1 + 1, o.t0 + 1)):
                    return b.eid
        return None

    def announced_accord(self, c: Cand) -> None:
        """"أعلنت الحكومة العراقية التوصل إلى اتفاق مع التحالف": who announces reaching an accord with a
        partner is a party to it too."""
        if c.type != "AGREE" or c.pos != "N" or not c.actor:
            return
        v = self.v
        st = self.statement_for(c.start)
        if st is None or not st.speaker or st.speaker in c.actor or not v.is_actorish(st.speaker) \
                or v.is_outlet(st.speaker):
            return
        cue_t = v.token_at(st.cue.start)
        if not (c.sent[0] <= cue_t < c.t0 and c.t0 - cue_t <= 12):
            return
        named = {x for o in v.occs_in(cue_t + 1, c.t0) for x in range(o.t0, o.t1 + 1)}
        if any(v.bare(x) not in ("التوصل", "الي", "توقيع", "ابرام", "عن", "في", "بيان")
               for x in range(cue_t + 1, c.t0) if x not in named and x not in self.rd.time_tokens):
            return
        if not any(v.bare(x) == "مع" for x in range(c.t1 + 1, min(c.sent[1], c.t1 + 3))):
            return  # (a partner after مع: otherwise the accord's parties are read as they are)
        c.actor.insert(0, st.speaker)

    def presence_owner(self, c: Cand) -> None:
        """"لإنهاء الوجود العسكري للتحالف"، "أنهت وجودها": whose presence ends is who withdraws, named after
        the presence noun (past an adjective) with لـ or as its genitive."""
        if c.lemma not in ("إنهاء_الوجود", "أنهى_وجود", "طوى_صفحة_وجود"):
            return
        v = self.v
        b = c.sent[1]
        k = c.t1 + 1
        while k < b and k - c.t1 <= 3 and k not in v.occ_at and v.tokens[k].folded.startswith("ال") \
                and not v.gap(k).strip():
            k += 1  # its adjectives: "الوجود العسكري الأجنبي"
        o = v.occ_at.get(k)
        if o is None or v.gap(k).strip() or v.prep_of(o) not in ("", "ل") or not v.is_actorish(o.eid):
            return
        c.actor[:] = [g.eid for g in v.group_from(o, b) if v.is_actorish(g.eid)]
        c.explicit_actor = True

    def relative_accuser(self, c: Cand) -> None:
        """"الاتهامات التي وجهتها باماكو إلى الجيش"، "الانتقادات التي وجهها الحزب للحكومة": an accusation
        named as a noun, its author the agent of the relative clause right after it, its target after إلى/لـ."""
        if c.type != "ACCUSE" or c.pos != "N" or c.suffix:
            return
        v = self.v
        b = c.sent[1]
        j = c.t1 + 1
        if j >= b or v.bare(j) not in ("الذي", "التي", "والتي", "والذي"):
            return
        verb = v.bare(j + 1) if j + 1 < b else ""
        if not verb.startswith(_DIRECTING):
            return  # ("الاتهامات التي نفتها الوزارة": who denies them did not make them)
        agent = self._relative_agent(j, b)
        if not agent:
            return
        c.actor[:] = agent  # (not the subject of the sentence the noun sits in)
        c.recipient[:] = [x for x in c.recipient if x not in agent]
        first = next(o for o in v.occs_in(j + 1, b) if o.eid == agent[0])
        last = v.group_from(first, b)[-1].t1
        for k in range(last + 1, min(b, last + 3)):
            o = v.occ_at.get(k)
            if o is not None and o.t0 == k and v.prep_of(o) in ("الي", "ل") and o.eid not in c.actor:
                _add(c.recipient, [g.eid for g in v.group_from(o, b)])
                break

    def held_by_after(self, c: Cand) -> None:
        """"اعتصام كان ينفذه منذ السبت عشرات من متساكني مدينة توزر": a protest told by its noun, then a verb of holding
        it with its pronoun (ينفذه، ينظمه، يخوضه) whose subject follows, past a time: that subject holds it."""
        v = self.v
        if c.type != "PROTEST" or c.pos != "N" or c.actor:
            return
        b = c.sent[1]
        j = c.t1 + 1
        if j < b and v.bare(j) in _BEING_FORMS:
            j += 1
        if j >= b or v.gap(j).strip() or v.bare(j) not in _HOLDING_IT:
            return
        k = j + 1
        while k < b and k - j <= 12 and k not in v.occ_at and not v.is_strong_break(k) and "،" not in v.gap(k):
            k += 1  # (past its time and a count: "منذ السبت 9 أوت عشرات من")
        o = v.occ_at.get(k)
        if o is not None and v.is_actorish(o.eid) and not v.is_place(o.eid) and v.prep_of(o) in ("", "من"):
            c.actor.append(o.eid)

    def protested_at_seat(self, c: Cand) -> None:
        """"اعتصام … أمام مقر الشركة الوطنية لاستغلال وتوزيع المياه"، "وقفة أمام مبنى وزارة العمل": a protest held at
        a body's seat is addressed to that body."""
        v = self.v
        if c.type != "PROTEST" or c.recipient:
            return
        b = min(c.sent[1], c.t1 + 16)
        for j in range(c.t1 + 1, b - 2):
            if v.is_strong_break(j) or (j > c.t1 + 1 and v.is_subordinator(j)):
                return
            if v.bare(j) in ("امام", "قباله") and v.bare(j + 1) in _SEATS:
                o = v.occ_at.get(j + 2)
                if o is not None and v.by_id[o.eid].type == "ORG" and v.is_actorish(o.eid) and o.eid not in c.actor \
                        and not v.is_outlet(o.eid):
                    c.recipient.append(o.eid)
                return

    def relative_clause_subject(self, c: Cand) -> None:
        """"… إلى النيابة العامة، التي أمرت بحبسهم …، ووجهت إليهم تهم …": a verb joined by و to the verb of a
        relative clause, with no subject of its own, has the clause's antecedent for its subject."""
        if c.pos != "V" or not c.conj:
            return
        v = self.v
        a = c.sent[0]
        if c.t1 + 1 < c.sent[1] and (o := v.occ_at.get(c.t1 + 1)) is not None and v.prep_of(o) == "" \
                and v.is_actorish(o.eid):
            return  # (a subject of its own right after it)
        for x in range(c.t0 - 2, max(a, c.t0 - 24), -1):
            if v.is_strong_break(x + 1) or v.is_subordinator(x) and v.bare(x) not in ("التي", "الذي"):
                return
            if v.bare(x) not in ("التي", "الذي"):
                continue
            if (v.bare(x) == "التي") != (self._verb_gender(c) == "f"):
                return
            ante = next((o for o in v.occs_in(max(a, x - 8), x) if o.t1 == x - 1), None)
            if ante is None or not v.is_actorish(ante.eid) or x + 1 in v.occ_at:
                return
            # (the relative verb's own subject, named after it, would be the subject instead)
            if self._relative_agent(x, c.t0):
                return
            c.actor = [ante.eid]
            c.recipient = [r for r in c.recipient if r != ante.eid]
            return

    def _relative_agent(self, j: int, b: int) -> list[str]:
        """"… التي وجهتها الحكومة الانتقالية في مالي": the agent of the relative clause's verb at j + 1
        (past a head noun or two: "الذي تبنّاه مجلس محافظي الوكالة"), as actorish entity ids."""
        v = self.v
        verb = j + 1
        if verb >= b or verb in v.occ_at or v.bare(verb) in PREPS_STOP:
            return []
        if v.bare(verb).lstrip("و") in _BEFELL:
            return []  # ("حملة الاختطافات التي طالت المعلمين": whom it befell, no agent)
        for k in range(verb + 1, min(b, verb + 4)):
            o = v.occ_at.get(k)
            if o is not None:
                if o.t0 != k or v.prep_of(o) not in ("", "ل") or not v.is_actorish(o.eid):
                    return []
                return [g.eid for g in v.group_from(o, b) if v.is_actorish(g.eid)]
            if v.bare(k) in PREPS_STOP or "،" in v.gap(k) or v.is_subordinator(k):
                return []
        return []

    def condemned_attack(self, c: Cand) -> None:
        """"دانت الوزارة في بيان الهجوم": who condemns an attack told before accuses whoever made it."""
        if c.type != "ACCUSE" or c.recipient:
            return
        v = self.v
        if c.lemma == "أعرب_قلق":
            # "عن قلقها البالغ إزاء استمرار النشاط العسكري الإسرائيلي": whose doing the concern is about
            prep = self.rd.concern_at(c.t1 + 1, c.sent[1])
            if prep is None:
                return
            for k in range(prep + 1, min(c.sent[1], prep + 6)):
                o = v.occ_at.get(k)
                if o is not None:
                    if v.is_actorish(o.eid) and v.prep_of(o) in ("", "ل") and o.eid not in c.actor:
                        _add(c.recipient, [o.eid])
                    return
                eid = self._other_state_at(k, c)
                if eid is not None:
                    _add(c.recipient, [eid])
                    return
            return
        # "أدانت الوزارة جرائم ميليشيات المستعمرين": the owner of the crimes condemned is accused
        # (past an aside: "دانت الحكومة، على لسان وزير الإعلام X، "جرائم الحوثيين"")
        aside = self._media_aside(c) if c.pos == "V" else None
        lo = aside[1] + 1 if aside is not None else c.t1 + 1
        crimes = next((j for j in range(lo, min(c.sent[1], lo + 7)) if not _CRIME_NOUNS.isdisjoint(
            word_stems(v.tokens[j].folded))), None)
        if crimes is not None:
            owner = next((o for o in v.occs_in(crimes + 1, min(c.sent[1], crimes + 3)) if v.prep_of(o) == ""
                          and v.is_actorish(o.eid) and o.eid not in c.actor), None)
            if owner is not None:
                _add(c.recipient, [owner.eid])
                return
        # (past an aside set off by commas: "أدانت الحكومة، في بيان أصدره المتحدث باسمها X، القصف الإيراني")
        start = c.t1 + 1
        # "أدانت الوزارة التوغلات المتكررة للقوات الإسرائيلية": the act condemned, read with its own actor
        # (not a relative verb with no pronoun of its own, "الهجوم الذي استهدف قوات اليونيفيل": its subject is the
        # attack, what follows it the one hit)
        act = next((d for d in self.cands if d is not c and c.t1 < d.t0 <= c.t1 + 12 and d.sent == c.sent
                    and d.type in ("MOBILIZE", "COERCE", "ASSAULT") and d.actor and not set(d.actor) & set(c.actor)
                    and not (d.pos == "V" and not d.suffix and v.bare(d.t0 - 1) in ("الذي", "التي", "اللذين", "اللتين"))
                    and not any(v.is_strong_break(x) or x in v.occ_at and v.prep_of(v.occ_at[x]) == ""
                                and v.occ_at[x].eid not in c.actor for x in range(c.t1 + 1, d.t0))), None)
        if act is not None:
            _add(c.recipient, act.actor)
            return
        # (past the subject, with its title: "أدان الناطق باسم الرئاسة نبيل أبو ردينة التصعيد الإسرائيلي")
        subj = next((o for o in v.occs_in(start, min(c.sent[1], start + 8)) if o.eid in c.actor), None)
        if subj is not None and not v.break_or_comma_in(start + 1, subj.t0):
            start = v.group_from(subj, c.sent[1])[-1].t1 + 1
        # (or who he is, set off by commas: "أدان الشيخ X، أحد وجهاء عشائر ريف حمص، عملية الخطف")
        if start < c.sent[1] and "،" in v.gap(start) and (v.bare(start) in _ASIDE_OPENERS or v.bare(start) in ("احد", "احدي")):
            close = next((k for k in range(start + 1, min(c.sent[1], start + 14)) if "،" in v.gap(k)), None)
            if close is not None and not any(v.is_strong_break(k) for k in range(start + 1, close + 1)):
                start = close
        while start < c.sent[1] and start in self.rd.time_tokens:
            start += 1  # ("انتقد، أول أمس الاثنين، ما وصفه بـ…": past a time set off by commas)
        # "أدانت الحكومة ما وصفته بـ«القرصنة الحوثية»"، "أدان … التصعيد الإسرائيلي": the party the
        # condemned act is named after
        k = start
        if v.bare(k) == "ما" and v.bare(k + 1).startswith("وصف"):
            k += 2
            if v.bare(k) == "ب":
                k += 1
        if k < len(v.tokens) and not v.gap(k).strip(" «\"") and k not in v.occ_at:
            eid = self._other_state_at(k, c)
            if eid is None and k > start:  # "انتقد ما وصفه بتوسيع الوجود العسكري الأميركي": the state the act it names is of
                for x in range(k + 1, min(c.sent[1], k + 5)):
                    if x in v.occ_at or "،" in v.gap(x) or v.is_strong_break(x):
                        break
                    eid = self._other_state_at(x, c)
                    if eid is not None:
                        break
            if eid is not None:
                _add(c.recipient, [eid])
                return
        obj = next((j for j in range(start, min(c.sent[1], start + 10)) if not _CONDEMNED_NOUNS.isdisjoint(
                    word_stems(v.tokens[j].folded)) and ("ال" in v.tokens[j].folded[:4] or (
                        j + 1 < c.sent[1] and v.bare(j + 1) not in PREPS_STOP))
                    or self._operation_named_back(j, c.sent[1])), None)  # or in construct
        if obj is None or any(x in v.occ_at and v.prep_of(v.occ_at[x]) == "" and v.occ_at[x].eid not in c.actor
                              for x in range(start, obj)):
            return  # "دانت الوزارة اعتقال X والهجوم": another object first
        eid = self._other_state_at(obj, c)
        if eid is not None:
            _add(c.recipient, [eid])  # "أدانت … القصف الإيراني": the state whose attack it was
            return
        # "أدان … عملية الاحتجاز": a detention condemned is the arrest told before
        kind = "COERCE" if any(not _DETENTION_NOUNS.isdisjoint(word_stems(v.tokens[x].folded))
                               for x in (obj, obj + 1) if x < c.sent[1]) else "ASSAULT"
        raid = not _CONDEMNED_RAIDS.isdisjoint(word_stems(v.tokens[obj].folded)) \
            or self._operation_named_back(obj, c.sent[1])
        # (a kidnapping is told as an abduction or as a detention: "اختطف مسلحون التاجر …. وأدان … عملية الخطف")
        kidnap = any(not {"خطف", "اختطاف", "اختطافات"}.isdisjoint(word_stems(v.tokens[x].folded))
                     for x in (obj, obj + 1) if x < c.sent[1])
        kinds = ("ASSAULT", "COERCE", "MOBILIZE") if raid else ("ASSAULT", "COERCE") if kidnap else (kind,)
        # (an outlet that told the attack made none: "وأفاد مراسل الشبكة بأن المسيّرة أطلقت صاروخين")
        attack = next((d for d in reversed(self.cands) if d.type in kinds and d.t1 < c.t0
                       and any(not v.is_outlet(x) for x in d.actor)
                       and d.status in ("occurred", "ongoing") and not set(d.actor) & set(c.actor)), None)
        if attack is not None:
            _add(c.recipient, [x for x in attack.actor if not v.is_outlet(x)])

    def _operation_named_back(self, j: int, end: int) -> bool:
        """«العملية» named back as what is condemned or criticised ("انتقدت الرابطة طريقة تنفيذ العملية"), bare or a
        military or security one: the operation told before, not a political or an electoral process."""
        v = self.v
        if v.bare(j).lstrip("وب") != "العمليه":
            return False
        nxt = v.bare(j + 1) if j + 1 < end else ""
        return not (nxt.startswith("ال") and nxt.endswith("يه")) or nxt in ("العسكريه", "الامنيه")

    def stance_on_state(self, c: Cand) -> None:
        """"رحّب المتحدث باسم الحكومة العراقية، في بيان، بالخطوة التركية"، "رفضت الخارجية القرار الإسرائيلي": the
        state the step welcomed or rejected is named after is the one welcomed or rejected."""
        if c.type not in ("SUPPORT", "REJECT") or c.recipient or c.pos != "V":
            return
        v = self.v
        aside = self._media_aside(c)
        j = c.t1 + 1
        # (past the subject with its titles: "رحّب المتحدث باسم الحكومة العراقية باسم العوادي")
        subj = next((o for o in v.occs_in(j, min(c.sent[1], j + 10)) if o.eid in c.actor), None)
        if subj is not None and not v.break_or_comma_in(j + 1, subj.t0 + 1):
            j = subj.t1 + 1
        while j < min(c.sent[1], c.t1 + 18):
            if aside is not None and aside[0] <= j <= aside[1] or j in self.rd.time_tokens:
                j += 1  # (an aside, a time)
            else:
                break
        if j >= c.sent[1] or j in v.occ_at or v.is_strong_break(j):
            return
        nat = self._nationality_at(j)
        if nat is None:
            return
        # (the state itself, or its capital standing for it, before any of its bodies)
        # (a town of the state is not the state: "أشادت الحكومة الإسبانية بالتعاون المغربي" in a Nador report)
        eid = next((e.id for e in v.doc.entities if e.country == nat.iso2 and e.type == "LOC" and e.geo is not None
                    and (e.geo.feature == "country" or fold_text(e.name_ar) == nat.capital)), None) \
            or self._state_entity(nat)
        if eid is not None and eid not in c.actor:
            c.recipient.append(eid)

    def _other_state_at(self, x: int, c: Cand, polity: bool = False) -> str | None:
        """The state a nationality adjective at token x names, when the article names it and it is not
        one of c's actors ("القصف الإيراني" condemned by Baghdad is Iran's)."""
        nat = self._nationality_at(x)
        eid = self._state_entity(nat, polity) if nat is not None else None
        return eid if eid is not None and eid not in c.actor else None

    def _participle(self, c: Cand) -> None:
        """"نفت الوزارة …، مطالبةً أنقرة بسحب قواتها": after a comma in reported speech this form is the
        speaker's participle, not a verbal noun: the speaker demands, the noun after it is asked."""
        if (c.type != "REQUEST" and c.lemma not in _PARTICIPLES) or c.pos != "N" \
                or "،" not in self.v.gap(c.t0) and "," not in self.v.gap(c.t0):
            return
        if not self.v.tokens[c.t0].folded.endswith("ا") and any(
                self.v.bare(x).lstrip("و") in _RENEWING for x in range(c.sent[0], c.t0)):
            # "جدّد الرئيس، خلال استقباله …، مطالبة لبنان بـ…": the demand renewed, a verbal noun (the
            # masculine "داعياً" is a participle all the same)
            return
        st = self.statement_for(c.start)
        if st is None or st.speaker is None or st.cue.start > c.start:
            # "دانت الوزارة الهجوم، …، مطالبةً أنقرة بوقف …": the subject of the clause before
            # (not a relative clause's verb: "…، الذي قُتل برصاص مسلحين مجهولين …، مطالباً …" is the main subject's)
            prev = next((d for d in self._earlier_in_sentence(c) if d.pos == "V"
                         and d.actor and not set(d.actor) & set(c.recipient)
                         and not (d.t0 > c.sent[0] and self.v.bare(d.t0 - 1) in ("الذي", "التي", "الذين"))), None)
            if prev is not None:
                speaker = prev.actor
                if c.type == "REQUEST" and not c.recipient and prev.type in ("ACCUSE", "CONSULT") and prev.recipient \
                        and c.t0 - prev.t1 <= 20:
                    # "استدعت الوزارة القائم بالأعمال الإيراني …، مطالبةً بالإفراج عن الناقلة": asked of the one
                    # summoned or met
                    _add(c.recipient, [x for x in prev.recipient if x not in prev.actor])
            else:
                # "استدعت الوزارة القائم بالأعمال …، مطالبةً أنقرة بـ…": the sentence's opening subject
                a = c.sent[0]
                # (past an opening phrase set off by a comma that names no one: "وردّاً على الإيقاف، قررت الهيئة")
                opener = next((x for x in range(a + 1, min(c.t0, a + 6)) if self.v.comma_before(x)), None)
                if opener is not None and not c.actor and not any(self.v.prep_of(o) == "" and self.v.is_actorish(o.eid)
                                                  for o in self.v.occs_in(a, opener)):
                    a = opener
                # (a person's title may come first: "ثمّن وزير الخارجية السوداني محيي الدين سالم الموقف")
                # (not a dateline's place, past its dash: "تونس – نفذ المئات من الأساتذة وقفة …، مطالبين …")
                first = next((o for o in self.v.occs_in(a, min(c.t0, a + 12)) if self.v.prep_of(o) == ""
                              and self.v.is_actorish(o.eid) and self.v.titled_t0(o) < a + 4
                              and not self._place_of_named_post(o)
                              and not any(self.v.is_strong_break(x) for x in range(o.t1 + 1, c.t0))), None)
                if first is None or first.eid in c.recipient:
                    after = {o.eid for o in self.v.occs_in(c.t1 + 1, c.sent[1])}
                    before = {o.eid for o in self.v.occs_in(c.sent[0], c.t0)}
                    if first is None and c.actor and set(c.actor) <= after and not set(c.actor) & before:
                        # "تظاهر مئات من الأهالي …، مطالبين وزارة الداخلية بإخلاء …": no one named said it; the
                        # body after the participle is the one asked, not its subject
                        _add(c.recipient, [x for x in c.actor if x not in c.recipient])
                        c.actor = []
                    return
                speaker = [first.eid]
        else:
            speaker = [st.speaker]
            inner = self._agreeing_inner_subject(c, st) or self._reported_person(c, st)
            if inner is not None:
                speaker = [inner]
        if c.actor and not set(speaker) & set(c.actor):
            _add(c.recipient, c.actor)
        c.actor = list(speaker)

    def _place_of_named_post(self, o: Occ) -> bool:
        """o is the place of a post whose holder is named right after it, set off by a comma ("والي قفصة، فتحي
        العبيدي،"): the place names the post, the person is the subject."""
        v = self.v
        if not v.is_place(o.eid) or o.t1 + 1 >= len(v.tokens) or "،" not in v.gap(o.t1 + 1):
            return False
        nxt = v.occ_at.get(o.t1 + 1)
        e = v.by_id.get(nxt.eid) if nxt is not None else None
        return e is not None and e.type == "PER"

    def _agreeing_inner_subject(self, c: Cand, st: Statement) -> str | None:
        """"نقلت الوكالة عن مصدر حكومي أن بغداد أبلغت الجانب الأميركي …، داعيةً واشنطن إلى …": a
        participle agrees with its subject; feminine after a masculine speaker (or the reverse), it
        goes with the reported clause's subject when that one agrees."""
        v = self.v
        f = v.tokens[c.t0].folded
        part = "f" if f.endswith("ه") else ("m" if f.endswith("ا") else None)
        if part is None or st.speaker is None or entity_gender(v.by_id[st.speaker]) in (None, part):
            return None
        cue_t = v.token_at(st.cue.start)
        for x in range(cue_t + 1, c.t0 - 1):
            if v.bare(x) in ("ان", "بان") and x + 1 in v.occ_at:
                inner = self._anna_subject(x, part)
                return inner if inner not in c.recipient else None
        return None

    def _reported_person(self, c: Cand, st: Statement) -> str | None:
        """"وأضاف المتحدث أن الوزير شدد على …، مطالباً الجانب الأوروبي بـ…": a spokesman reporting another person's
        words, the demand after them is that person's (a person, not a body, named right after أنّ)."""
        v = self.v
        if c.type != "REQUEST" or st.speaker is None:
            return None
        cue_t = v.token_at(st.cue.start)
        for x in range(cue_t + 1, min(c.t0 - 1, cue_t + 4)):
            if v.bare(x) in ("ان", "بان") and x + 1 in v.occ_at:
                o = v.occ_at[x + 1]
                inner = o.eid if v.prep_of(o) == "" and v.by_id[o.eid].type == "PER" else None
                if inner is not None and inner != st.speaker and inner not in c.recipient:
                    return inner
                return None
        return None

    def _anna_subject(self, x: int, gender: str) -> str | None:
        """The party named right after أنّ at token x, as its clause's subject, when it agrees with ``gender``
        ("أن بغداد أبلغت …"، "أن الأجهزة …، وأنها …"); None otherwise."""
        v = self.v
        o = v.occ_at.get(x + 1)
        if o is not None and v.prep_of(o) == "" and v.is_actorish(o.eid) and entity_gender(v.by_id[o.eid]) == gender:
            return o.eid
        return None

    def _agentive(self, c: Cand) -> None:
        """"أعلنت الوزارة تحييد …"، "كشفت تركيا عن مقترح": the speaker did what it announces."""
        if c.actor or c.lemma in _NON_AGENTIVE or c.frame in ("intrans",):
            return
        v = self.v
        if c.pos != "N" and not self._announced_masdar(c):
            return
        if c.t0 > 0 and v.bare(c.t0 - 1).lstrip("و") in _PROVIDES_FOR:
            return  # "وبحسب بيان للمجلس، ينص الاتفاق على …": the terms of an accord told before, not the speaker's act
        o = next((o for o in reversed(v.occs_in(max(0, c.t0 - 6), c.t0)) if o.t1 == c.t0 - 1), None)
        if o is not None and o.t0 > 0 and v.prep_of(o) == "" and v.is_actorish(o.eid) \
                and v.bare(o.t0 - 1).lstrip("و") in _ANNOUNCING_NOUNS:
            c.actor.append(o.eid)  # "بعد إعلان جماعة الحوثي استهداف سفينة": the group announced what it did
            return
        if any(v.bare(x).lstrip("و") in ("معلنا", "معلنه", "كاشفا", "كاشفه") for x in (c.t0 - 1, c.t0 - 2) if x >= 0):
            # "دعا المجلس …، ومعلناً تشكيل لجنة": the participle goes on with the clause's subject
            prev = next((d for d in self._earlier_in_sentence(c) if d.pos == "V" and d.actor), None)
            if prev is not None:
                c.actor.extend(x for x in prev.actor if x not in c.actor)
                return
        st = self.statement_for(c.start)
        if st is None or st.speaker is None or not self.v.is_actorish(st.speaker):
            return
        if self._protested_against(c):
            return  # "أعلنت القوى الإضراب احتجاجاً على عمليات الهدم والاعتقال": what is protested is another's act
        if c.type in HOSTILE and c.t0 > 0 and self._to_be_stopped(c.t0 - 1):
            return  # "طالب الدفاع المدني بـ«التحرك العاجل لوقف استهداف المدنيين»": what is to be stopped is another's
        cue_t = self.v.token_at(st.cue.start)
        if any(d.type in ("ACCUSE", "REJECT") and 0 < c.t0 - d.t1 <= 12 and (d.pos == "V" or d.pos == "N" and cue_t < d.t0)
               for d in self._earlier_in_sentence(c)):
            # "ودانت الوزارة، في بيان، الغارات الإسرائيلية"، "أعلنت الوزارة إدانتها للهجوم": what is condemned is
            # not the speaker's act
            return
        if c.type == "ASSAULT" and c.t0 > 0 and (
                self.v.tokens[c.t0].prefix[:1] == "ب" or self.v.bare(c.t0 - 1) in _CAUSE_PREPS) and any(
                strip_word(self.v.tokens[x].folded)[-1] in _CASUALTY_NOUNS for x in range(cue_t + 1, c.t0)):
            return  # "أعلنت الوزارة مقتل جنديين في قصف …": who reports the dead did not fire on them
        if 0 < c.t0 - cue_t <= 20 and not any(
                self.v.bare(x) in ("ان", "بان", "انه", "انها", "بانه") for x in range(cue_t + 1, c.t0)):
            if c.t0 > 0 and strip_word(self.v.tokens[c.t0 - 1].folded)[-1] in _FOILING:
                # "أعلن الجيش إحباط هجوم"، "صد هجوم": the speaker stopped it, and was its target
                if c.type in ("ASSAULT", "COERCE") and st.speaker not in c.recipient:
                    c.recipient.append(st.speaker)
                return
            # (a spokesman announces or denies his body's acts: "نفى الناطق باسم القيادة العامة … اعتقال")
            c.actor.append(self._spokesman_body(st) or st.speaker)

    def _to_be_stopped(self, j: int) -> bool:
        """Token j is a word of stopping, with its preposition ("لوقف"، "بإنهاء"، "إيقاف")."""
        w = _unjoined(self.v.bare(j))
        return w in _STOPPING or w[:1] in ("ل", "ب") and w[1:] in _STOPPING

    def _protested_against(self, c: Cand) -> bool:
        """c's noun is what a protest, a refusal or a condemnation is against ("احتجاجاً على الاعتقالات"،
        "رفضاً لعمليات الهدم والاعتقال"), its word a few tokens before, nothing set off between."""
        v = self.v
        for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 6) - 1, -1):
            if v.bare(j).lstrip("و") in _AGAINST_WORDS:
                return True
            if v.is_strong_break(j + 1) or v.comma_before(j + 1) or j in v.occ_at:
                return False
        return False

    def _announced_masdar(self, c: Cand) -> bool:
        """"أعلن مجلس الاتحاد الأوروبي، أمس الجمعة، فرض عقوبات": a verb-shaped trigger right after the
        announcer (times and commas aside) is the verbal noun announced, not a finite verb."""
        v = self.v
        if c.pos != "V" or c.t0 == 0 or c.tense == "present" or c.suffix:
            return False
        st = self.statement_for(c.start)
        if st is None or st.speaker is None:
            return False
        cue_t = v.token_at(st.cue.start)
        if not 0 < c.t0 - cue_t <= 12 or v.bare(cue_t).lstrip("و") not in _ANNOUNCING_VERBS:
            return False
        spk = [o for o in v.occs_in(cue_t + 1, c.t0) if o.eid == st.speaker]
        if not spk:
            return False
        inside = {x for o in spk for x in range(o.t0, o.t1 + 1)}
        if st.speaker_text is not None:  # ("مجلس الاتحاد الأوروبي": the speaker's words, its head included)
            inside |= {x for x in range(cue_t + 1, c.t0)
                       if st.speaker_text.start <= v.tokens[x].start < st.speaker_text.end}
        return all(x in inside or x in self.rd.time_tokens for x in range(cue_t + 1, c.t0))

    def _media_aside(self, c: Cand) -> tuple[int, int] | None:
        """"أدانت الحكومة، في بيان أصدره المتحدث باسمها X، القصف": a statement phrase set off by
        commas after the verb and its subject; its tokens [first, last], or None."""
        v = self.v
        named = None  # (past the subject's name set off by commas: "اتهم وزير الإعلام، نبيل الأصبحي، في منشور …")
        for i in range(c.t1 + 1, min(c.sent[1], c.t1 + 14)):
            if v.is_strong_break(i):
                return None
            if "،" not in v.gap(i) or named is not None and i <= named.t1:
                continue
            o = v.occ_at.get(i)
            if named is None and o is not None and v.by_id[o.eid].type == "PER" and "،" in v.gap(o.t1 + 1):
                named = o
                continue
            # (or who said it: "دانت الحكومة، على لسان وزير الإعلام X، …"; or the subject's post set off by
            # commas: "طالب النائب X، عضو مجلس النواب عن دائرة دشنا، وزارة الداخلية بـ…")
            if not (v.bare(i) in ("في", "خلال") and self._parenthetical(i)
                    or _on_the_tongue_of(v, i) or self._subjects_post(i) or self._unnamed_aside(i)):
                return None
            for k in range(i + 2, min(c.sent[1], i + 10)):
                if v.is_strong_break(k):
                    return None
                if "،" in v.gap(k):
                    return (i, k - 1)
            return None
        return None

    def _unnamed_aside(self, i: int) -> bool:
        """Token i opens an aside that says the speaker keeps his name back ("، فضّل عدم الكشف عن اسمه،"، "، طلب
        عدم ذكر اسمه،"، "، رفض الكشف عن هويته،")."""
        v = self.v
        return v.bare(i).lstrip("و") in _WITHHOLDING and any(
            v.bare(k) in _OWN_NAME for k in range(i + 1, min(len(v.tokens), i + 6)))

    def _subjects_post(self, i: int) -> bool:
        """Token i opens a post set off by a comma right after a person named ("X، عضو مجلس النواب، …")."""
        v = self.v
        subj = next((o for o in v.occs_in(max(0, i - 6), i) if o.t1 == i - 1), None)
        if subj is None or v.by_id[subj.eid].type != "PER":
            return False
        lex = _actor_lexicon()
        return lex.titles.longest([v.tokens[x].folded for x in range(i, min(len(v.tokens), i + lex.titles.max_len))])[0] > 0

    def _parenthetical(self, x: int) -> bool:
        """"في بيان"، "في تصريح": a phrase between a verb and its subject or object that does not
        break the clause."""
        v = self.v
        if v.bare(x) in ("في", "خلال") and x + 1 < len(v.tokens):
            return v.bare(x + 1) in _MEDIA_PHRASE_NOUNS
        return v.bare(x) in _MEDIA_PHRASE_NOUNS and x > 0 and v.bare(x - 1) in ("في", "خلال")

    def _speech_act(self, c: Cand) -> None:
        """"رحبت X بالخطوة، ودعت …": a verb that is also a statement's cue is done by its speaker."""
        if c.actor or c.pos != "V" or c.frame in ("host", "receive"):
            return
        for st in self._cue_at.get(c.start, ()):
            if st.cue.start == c.start and st.speaker and self.v.is_actorish(st.speaker) \
                    and st.speaker not in c.recipient and not self.v.is_outlet(st.speaker):
                c.actor.append(st.speaker)
                c.explicit_actor = True
                return

    def _against_fallback(self, c: Cand) -> None:
        """A threat or attack with no target: the "ضد X" of its sentence."""
        if c.type not in ("THREATEN", "ASSAULT") or c.recipient:
            return
        v = self.v
        for o in v.occs_in(c.sent[0], c.sent[1]):
            if v.prep_of(o) == "ضد" and v.is_actorish(o.eid) and o.eid not in c.actor:
                c.recipient.append(o.eid)
                return
        if c.type != "THREATEN":
            return
        # "هدّد كاتس بتكثيف الضربات إذا لم تفِ الحكومة اللبنانية بالتزاماتها": who must comply is threatened
        for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 16)):
            if v.bare(j) in ("لم", "تلتزم") and v.bare(j - 1) in ("اذا", "ما", "ان", "حال"):
                o = next((o for o in v.occs_in(j + 1, min(c.sent[1], j + 5)) if v.prep_of(o) == ""
                          and v.is_actorish(o.eid) and o.eid not in c.actor), None)
                if o is not None:
                    c.recipient.append(o.eid)
                    return
        # "توعّد … بـ«رد قاسٍ» على ما وصفه بـ«العدوان الأمريكي»": a response threatened to whoever attacked
        # (the quoted words are a sentence of their own to the splitter; the full stop ends the search)
        for j in range(c.t1 + 1, min(len(v.tokens), c.t1 + 32)):
            if any(p in v.gap(j) for p in ".؛\n!?؟"):
                return
            if strip_word(v.tokens[j].folded)[-1] not in _AGGRESSION_NOUNS or not any(
                    v.bare(x) == "علي" for x in range(max(c.t1 + 1, j - 4), j)):
                continue
            eid = self._other_state_at(j, c)
            if eid is not None:
                c.recipient.append(eid)
            return

    def _at_the_hands_of(self, o: Occ) -> bool:
        """Occurrence o follows "على يد"/"على أيدي", past members or units of it ("على أيدي عناصر من جهاز الأمن")."""
        v = self.v
        k = o.t0 - 1
        if k >= 2 and v.bare(k) == "من" and v.bare(k - 1) in _UNIT_NOUNS and not v.gap(k).strip():
            k -= 2
        return k >= 1 and v.bare(k) in _HANDS and v.bare(k - 1) == "علي" and not v.gap(k).strip()

    def _owned_vehicle_or_post(self, o: Occ) -> bool:
        """"عجلة للشرطة المحلية"، "مركزاً للشرطة"، "نقطة تفتيش للجيش": an indefinite vehicle or post of a force, or
        a target noun with its kind, right before the force's ل: what was hit is the force's."""
        v = self.v
        k = o.t0 - 1  # the word before, past a clitic written apart ("عجلة لـ«الشرطة»")
        if k > 0 and v.detached_clitic(k):
            k -= 1
        if k < 0 or v.gap(k + 1).strip():
            return False
        w = v.bare(k).removeprefix("و")
        if w[:1] == "ب" and w[1:] in _OWNED_VEHICLES_AND_POSTS:
            w = w[1:]  # what a blast or a shot hit: "انفجرت عبوة ناسفة بآلية للجيش"
        if w[-1:] == "ا" and w[:-1] in _OWNED_VEHICLES_AND_POSTS:
            w = w[:-1]  # the accusative: "مركزاً"
        if w in _OWNED_VEHICLES_AND_POSTS:
            return True
        # (a vehicle with its kind too: "آليات قتالية لقوات الدعم السريع")
        return k > 0 and w in _TARGET_KINDS and (v.bare(k - 1).removeprefix("و") in _TARGET_NOUNS
                                                 or v.bare(k - 1).removeprefix("و") in _OWNED_VEHICLES_AND_POSTS) \
            and not v.gap(k).strip()

    def _target_owner(self, c: Cand, R: int) -> None:
        """"أعلن الجيش إحباط هجوم … على مواقعه": a target with a possessive pronoun ("مواقعه"، "قواتنا")
        in someone's statement belongs to the speaker, who was attacked."""
        if c.type not in ("ASSAULT", "COERCE") or c.recipient:
            return
        v = self.v
        for j in range(c.t1 + 1, R):
            tok = v.tokens[j]
            if j in v.occ_at or "ال" in tok.prefix or not tok.folded.endswith(("ه", "ها", "هم", "نا")) \
                    or tok.text.endswith("ة"):
                continue
            staff = c.type == "ASSAULT" and j > 1 and v.bare(j - 1) == "من" and tok.folded.startswith(_STAFF_STEMS)
            if staff:
                # "علّقت شركة العقلة أعمالها …، على خلفية اختطاف خمسة من مهندسيها": the staff of the body the
                # sentence opens with were taken, and the body with them
                owner = next((o for o in v.occs_in(c.sent[0], c.t0) if v.prep_of(o) == ""
                              and v.by_id[o.eid].type == "ORG" and v.is_actorish(o.eid) and not v.is_outlet(o.eid)), None)
                if owner is not None and owner.eid not in c.actor:
                    c.recipient.append(owner.eid)
                return
            if not any(w in _TARGET_NOUNS or self.lex.in_class(w, "site") or self.lex.in_class(w, "force")
                       for w in strip_word(tok.folded)[1:]):
                continue
            if c.type == "COERCE" and j > 1 and v.bare(j - 1) == "من" and _number_token(v, j - 2):
                return  # "تفكيك شبكة … وإيقاف 9 من عناصرها": the members of the group just named, taken (a guard)
            st = self.statement_for(c.start)
            if st is not None and st.speaker and v.is_actorish(st.speaker) and not v.is_outlet(st.speaker) \
                    and st.speaker not in c.actor and not self._subject_between(st.speaker, c):
                c.recipient.append(st.speaker)
            return

    def _subject_between(self, speaker: str, c: Cand) -> bool:
        """Another party named after the speaker and before the act: "أفاد المركز الإعلامي بأن قوات الجيش صدّت
        هجوماً … على مواقعها": the positions are that party's, the nearer antecedent, not the speaker's."""
        v = self.v
        occs = v.occs_in(c.sent[0], c.t0)
        at = next((k for k, o in enumerate(occs) if o.eid == speaker), None)
        return at is not None and any(v.is_actorish(o.eid) and not v.is_outlet(o.eid) and o.eid != speaker
                                      and o.eid not in c.actor for o in occs[at + 1:])

    def _praised_party(self, c: Cand) -> None:
        """"تثمن عالياً مواقف الجزائر"، "مثمّناً الدعم الذي تقدمه الولايات المتحدة للقوات": the party whose role or
        effort is praised is who is supported (the first named with the praised noun), never its praiser."""
        if c.lemma not in ("ثمن", "مثمنا"):
            return
        v = self.v
        k = self.rd.praised_at(c.t1 + 1, c.sent[1])
        if k is None:
            return
        end = next((x for x in range(k + 1, min(c.sent[1], k + 8)) if "،" in v.gap(x) or v.is_strong_break(x)),
                   min(c.sent[1], k + 8))  # (within its phrase: not "…، داعياً المجتمع الدولي")
        o = next((o for o in v.occs_in(k + 1, end) if v.is_actorish(o.eid) and not v.is_outlet(o.eid)
                  and v.prep_of(o) in ("", "ل", "من")), None)
        if o is not None:
            praised = [g.eid for g in v.group_from(o, c.sent[1]) if v.is_actorish(g.eid)]
            c.actor = [x for x in c.actor if x not in praised]
            c.recipient = praised

    def _alleged_side(self, c: Cand) -> None:
        """"زعم الجيش الإسرائيلي أن الغارة استهدفت عنصرين في حزب الله": the side the claim names is the one alleged
        against, whatever the clause's object seemed."""
        if c.lemma not in _ALLEGING:
            return
        eid = alleged_party(self.v, c.t1 + 1, min(c.sent[1], c.t1 + 31))
        if eid is not None and eid not in c.actor:
            c.recipient = [eid]

    def _claimed_targets(self, c: Cand) -> None:
        """"…، فيما زعم الجيش الإسرائيلي أن المستهدفَين عنصران في قوة الرضوان التابعة لحزب الله": the body the
        ones hit are said to belong to was hit."""
        if c.type != "ASSAULT" or c.recipient:
            return
        v = self.v
        a, b = c.sent
        for j in range(max(a, c.t1 + 1), b):
            if not v.tokens[j].folded.lstrip("و").startswith(("المستهدف", "مستهدف")):
                continue
            k = next((x for x in range(j + 1, min(b, j + 4)) if _is_member(v.bare(x)) or (
                v.bare(x).endswith(("ان", "ين")) and _is_member(v.bare(x)[:-2]))), None)  # (the dual: "عنصران")
            if k is None:
                return
            for o in v.occs_in(k + 1, min(b, k + 9)):
                if v.by_id[o.eid].type == "ORG" and v.is_actorish(o.eid) and o.eid not in c.actor:
                    c.recipient.append(o.eid)
            return

    def _reply_verb(self, j: int) -> bool:
        """Token j is ردّ (answered), with one conjunction at most; "وردت أنباء" (was reported) is not, so a
        conjunction before it needs the shadda that marks ردّ."""
        v = self.v
        w = v.bare(j)
        if w in _REPLY_VERBS:
            return True
        return w[:1] in ("و", "ف") and w[1:] in _REPLY_VERBS and "\u0651" in v.tokens[j].text

    def _counter_attack(self, c: Cand) -> None:
        """"ردّت القوات الحكومية … بهجوم مضاد": a counter-attack, or an attack made in reply, hits the party
        whose attack it answers, the last other attacker told before."""
        if c.type != "ASSAULT" or c.recipient or not c.actor:
            return
        v = self.v
        counter = v.bare(c.t1 + 1) in ("مضاد", "مضادا", "معاكس", "معاكسا") or (
            c.pos == "N" and v.tokens[c.t0].folded[:1] == "ب" and any(
                self._reply_verb(j) for j in range(max(c.sent[0], c.t0 - 12), c.t0)))
        if not counter:
            return
        # (an attack on someone else elsewhere is not the one answered)
        d = self._answered_attack(c, lambda d: not d.recipient or bool(set(d.recipient) & set(c.actor))
                                  or bool(d.location and set(d.location) & set(c.location)))
        if d is not None:
            c.recipient.extend(x for x in d.actor if v.is_actorish(x))

    def _answered_attack(self, c: Cand, fits: Callable[[Cand], bool] = lambda d: True) -> Cand | None:
        """The last attack told before c (within 150 tokens of its sentence) by others than c's doers, not denied,
        that ``fits``: the one a counter-attack or a threatened reply answers."""
        for d in reversed(self.cands):
            if d is c or d.t0 >= c.t0 or c.sent[0] - d.sent[0] > 150:
                continue
            if d.type == "ASSAULT" and d.actor and not set(d.actor) & set(c.actor) and d.status != "negated" and fits(d):
                return d
        return None

    def _threatened_reply(self, c: Cand) -> None:
        """"توعّد المتحدث العسكري باسم الجماعة برد موجع": a threat of reply or revenge is aimed at the party whose
        attack it answers, the last other attacker told before."""
        if c.type != "THREATEN" or c.recipient or not c.actor:
            return
        v = self.v
        # (with ب, past the threatener's name and an aside: "وتوعّد المتحدث …، العميد فلان، برد موجع")
        if not any(v.tokens[j].folded.startswith("ب") and not _REPLY_NOUNS.isdisjoint(strip_word(v.tokens[j].folded))
                   for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 14))):
            return
        d = self._answered_attack(c)
        if d is not None:
            c.recipient.extend(x for x in d.actor if v.is_actorish(x))

    def _governing_verb(self, c: Cand, verbs: frozenset[str], first: int, width: int, end: int) -> int | None:
        """The nearest token from ``first`` back to ``width`` tokens before c (within its sentence) that is one of
        ``verbs`` (with or without و/ف), with no strong break or comma after it before ``end``: the verb whose
        object clause c is in ("كلّف رئاسة الأركان بنشر …"، "ما دفع عناصر الشرطة إلى إطلاق …")."""
        v = self.v
        verb = next((j for j in range(first, max(c.sent[0], c.t0 - width) - 1, -1)
                     if unjoined_in(v.bare(j), verbs)), None)
        if verb is None or v.break_or_comma_in(verb + 1, end):
            return None
        return verb

    def _prompted_agent(self, c: Cand) -> None:
        """"…، ما دفع عناصر شرطة الطاقة إلى إطلاق النار في الهواء": those prompted or forced to an act, after
        دفع/اضطر/أجبر and before إلى, do it, not whoever prompted them."""
        v = self.v
        if c.pos != "N" or c.t0 < 3 or v.bare(c.t0 - 1) not in ("الي", "الى"):
            return
        verb = self._governing_verb(c, _PROMPTING_VERBS, c.t0 - 2, 9, c.t0)
        if verb is None:
            return
        o = next((o for o in v.occs_in(verb + 1, c.t0 - 1) if v.prep_of(o) == "" and v.is_actorish(o.eid)
                  and not v.is_place(o.eid)), None)
        if o is not None:
            c.actor = [o.eid]
            c.recipient = [x for x in c.recipient if x != o.eid]
            c.explicit_actor = True

    def _necessity(self, c: Cand, L: int) -> None:
        """"شدّد سلام على ضرورة أن تمارس واشنطن ضغطاً على إسرائيل": a necessity urged of a named party is a
        demand of it by whoever urged it (the subject of the verb before; not "ضرورة أن يكون الحوار شاملاً")."""
        if c.lemma != "ضرورة_أن":
            return
        v = self.v
        b = c.sent[1]
        verb = c.t1 + 1
        o = next(iter(v.occs_in(verb + 1, min(b, verb + 4))), None)
        if verb >= b or o is None or v.prep_of(o) != "" or not v.is_actorish(o.eid) or v.is_outlet(o.eid) \
                or v.break_or_comma_in(verb, o.t0 + 1):
            return
        if not c.recipient:
            _add(c.recipient, [g.eid for g in v.group_from(o, b) if v.is_actorish(g.eid)])
        if not c.actor:
            # the urger: the nearest party before it with no preposition, in its clause
            urger = next((x for x in reversed(v.occs_in(L, c.t0)) if v.prep_of(x) == "" and v.is_actorish(x.eid)
                          and not v.is_outlet(x.eid) and x.eid not in c.recipient), None)
            if urger is not None:
                c.actor.append(urger.eid)
                c.explicit_actor = True

    def _protested_body(self, c: Cand) -> None:
        """"وقفة احتجاجية … رفضاً لقرار وزارة الصناعة"، "إضراب احتجاجاً على سياسة الحكومة": the body whose
        decision or policy a protest is held against is what it protests against."""
        if c.type != "PROTEST" or c.recipient:
            return
        v = self.v
        b = min(c.sent[1], c.t1 + 16)
        for j in range(c.t1 + 1, b - 2):
            if v.is_strong_break(j):
                return
            if v.bare(j).lstrip("و") not in _AGAINST_WORDS:
                continue
            k = j + 1
            if v.bare(k) in ("علي", "ل") and k + 1 < b:
                k += 1  # (a detached preposition: "احتجاجاً على قرار …")
            if not any(w in _MEASURE_NOUNS for w in strip_word(v.tokens[k].folded)):
                return
            o = v.occ_at.get(k + 1)
            if o is not None and v.is_actorish(o.eid) and not v.is_place(o.eid) and o.eid not in c.actor:
                c.recipient.append(o.eid)
            return

    def _demanded_of(self, c: Cand) -> None:
        """"طالب الوفد اللبناني بانسحاب القوات الإسرائيلية"، "دعت إلى خروج القوات الأجنبية": the one
        demanded of is the doer of the act demanded, the genitive of its verbal noun."""
        if c.type != "REQUEST" or c.recipient:
            return
        v = self.v
        b = min(c.sent[1], c.t1 + 12)
        j = c.t1 + 1
        while j < b:
            if v.is_strong_break(j):
                return
            if j in v.occ_at:
                j = v.occ_at[j].t1 + 1  # (its subject)
                continue
            f = v.bare(j)
            noun = None
            if f in STATEMENT_NOUNS:
                j += 1  # (where it was said: "وطالبت في بيان بالانسحاب …")
                continue
            if f == "ب" and j + 1 < b:  # a detached بـ before a quotation: بـ"انسحاب إسرائيلي كامل"
                j += 1
                noun = v.bare(j)
            elif f[:1] == "ب":
                noun = f[1:]
            elif f in ("الي", "الى") and j + 1 < b:
                j += 1
                noun = v.bare(j)
            if noun is not None:
                noun = noun[2:] if noun.startswith("ال") else noun
                if noun not in _DOER_GENITIVE_NOUNS:
                    return
                o = v.occ_at.get(j + 1)
                if o is None and v.tokens[j].folded.startswith("بال"):
                    # a definite noun's doer by ل, past its adjectives: "بالانسحاب الفوري للقوات الإسرائيلية"
                    k = j + 1
                    while k < min(b, j + 3) and k not in v.occ_at and v.bare(k).startswith("ال"):
                        k += 1
                    lam = v.occ_at.get(k)
                    if lam is not None and v.prep_of(lam) == "ل" and v.by_id[lam.eid].type == "ORG":
                        o = lam
                if o is not None and v.prep_of(o) in ("", "ل") and v.is_actorish(o.eid) and o.eid not in c.actor \
                        and not v.is_outlet(o.eid) and (v.prep_of(o) == "" or o.t0 > j + 1 or v.tokens[j].folded.startswith("بال")):
                    c.recipient.append(o.eid)
                elif o is None and j + 1 < b:
                    # "مطالبة لبنان بانسحاب إسرائيلي كامل": a nationality adjective on the noun names the doer
                    state = self._other_state_at(j, c, polity=True)
                    if state is not None:
                        c.recipient.append(state)
                return
            j += 1

    def _both_sides(self, c: Cand) -> None:
        """"ودعوا طرفي النزاع إلى …"، "طالب الطرفين بوقف القتال": the sides named right after, between commas
        ("طرفي الحرب، الجيش السوداني وقوات الدعم السريع، إلى هدنة"), or else the two sides of the fighting told
        before (a clash between two parties, an attack of one on the other, "الحرب … بين الجيش السوداني وقوات
        الدعم السريع")."""
        if c.type not in ("REQUEST", "ACCUSE", "THREATEN") or c.recipient:
            return
        v = self.v
        # (past the subject and an aside, up to what is asked: "دعت مصر وقطر، في بيان مشترك …، طرفي النزاع إلى";
        # "جميع الأطراف"، "كافة الأطراف": the sides of the fighting told before)
        sides = None
        # (from past the subject's name: its title may hold an إلى, "مبعوث الأمم المتحدة إلى السودان رمطان لعمامرة")
        start = max([c.t1] + [o.t1 for o in v.occs_in(c.t1 + 1, min(c.sent[1], c.t1 + 16)) if o.eid in c.actor]) + 1
        for j in range(start, min(c.sent[1], max(start, c.t1 + 20))):
            w = v.bare(j)
            if w == "الي" or v.is_strong_break(j) or v.is_subordinator(j):
                break
            if w in _SIDES_NOUNS or (w == "الاطراف" and (v.bare(j - 1) in ("جميع", "كافه", "كل") or v.bare(j + 1) == "الي")) \
                    or (w == "اطراف" and v.bare(j + 1) in _CONFLICT_NOUNS):
                # ("داعياً الأطراف إلى ضبط النفس"، "داعياً أطراف النزاع إلى فتح ممرات آمنة")
                sides = j
                break
        if sides is None:
            return
        named = self._sides_named_after(sides, c.sent[1])
        if named:
            c.recipient.extend(x for x in named if x not in c.actor)
            return
        if any(v.bare(x) == "الي" for x in range(c.t1 + 1, sides)):
            return  # (past an إلى the sides are only those named: "دعا المبعوث إلى سوريا … جميع الأطراف")
        for i, d in enumerate(reversed(self.cands)):
            if d.t0 < c.t0 and d.type == "ASSAULT" and len(d.actor) >= 2:
                c.recipient.extend(x for x in d.actor[:2] if x not in c.actor)
                return
            if d.t0 < c.t0 and d.type == "ASSAULT" and len(d.actor) == 1 and len(d.recipient) == 1 \
                    and d.actor != d.recipient and v.is_actorish(d.recipient[0]):
                # (an attack of one side on the other: "قصفت قوات الدعم السريع مواقع الجيش")
                c.recipient.extend(x for x in d.actor + d.recipient if x not in c.actor)
                return
            # (or a strike whose noun names the doer and whose relative verb, read apart, the target: "غارة جوية
            # للجيش السوداني استهدفت تجمعات لقوات الدعم السريع")
            before = list(reversed(self.cands))[i + 1] if i + 1 < len(self.cands) else None
            if d.t0 < c.t0 and d.type == "ASSAULT" and not d.actor and len(d.recipient) == 1 and before is not None \
                    and before.type == "ASSAULT" and before.sent == d.sent and len(before.actor) == 1 \
                    and not before.recipient and 0 < d.t0 - before.t1 <= 6 and before.actor != d.recipient \
                    and v.is_actorish(d.recipient[0]):
                c.recipient.extend(x for x in before.actor + d.recipient if x not in c.actor)
                return
        # or the two parties of a war named after بين ("الحرب الدائرة منذ أبريل بين الجيش وقوات الدعم السريع")
        for j in range(c.t0 - 1, max(0, c.t0 - 400), -1):
            if v.bare(j) == "بين":
                first = v.occ_at.get(j + 1)
                if first is not None and v.is_actorish(first.eid):
                    grp = [g.eid for g in v.group_from(first, min(len(v.tokens), first.t1 + 12)) if v.is_actorish(g.eid)]
                    if len(grp) >= 2:
                        c.recipient.extend(x for x in grp[:2] if x not in c.actor)
                        return

    def _sides_named_after(self, j: int, b: int) -> list[str]:
        """The parties named between commas after the noun at j that counts them ("طرفي الحرب، الجيش السوداني
        وقوات الدعم السريع، …"), two at least and joined by و; [] when no such list follows."""
        v = self.v
        k = next((x for x in range(j + 1, min(b, j + 4)) if "،" in v.gap(x)), None)
        named: list[str] = []
        while k is not None and k < b and k in v.occ_at and v.is_actorish(v.occ_at[k].eid):
            named.append(v.occ_at[k].eid)
            k = v.occ_at[k].t1 + 1
            if k >= b or "،" in v.gap(k):
                break
            if not (v.tokens[k].folded.startswith("و") and k in v.occ_at):
                return []  # (no list of sides: something else follows a name)
        return named if len(named) >= 2 else []

    def _condemned_party(self, c: Cand) -> None:
        """"أدانت مصر القصف الإسرائيلي على غزة"، "دانت الخارجية التوغل الإسرائيلي المتكرر"، "رفضت أنقرة
        الاحتجاج العراقي": the state a condemned or rejected act's nationality adjective names is the one
        condemned or rejected (when the article names it)."""
        if c.type not in ("ACCUSE", "REJECT") or c.pos != "V" or c.recipient or not c.actor:
            return
        v = self.v
        b = min(c.sent[1], c.t1 + 16)
        k = c.t1
        subj = next((o for o in v.occs_in(c.t1 + 1, b) if o.eid in c.actor), None)
        if subj is not None:
            k = subj.t1  # past the subject and its title ("دان المتحدث باسم الخارجية الإيرانية إسماعيل بقائي …")
        while k + 1 < b:
            k += 1
            if v.comma_before(k) and v.bare(k) in ("علي", "في", "عبر", "خلال", "بحسب", "حسب", "وفق"):
                # ("، على لسان الناطق باسمها نبيل أبو ردينة، …"، "، في بيان، …": an aside between commas)
                close = next((j for j in range(k + 1, min(b, k + 14)) if v.comma_before(j) or v.is_strong_break(j)), None)
                if close is not None and v.comma_before(close):
                    k = close - 1
                    continue
            quoted = v.gap(k).strip(" ،,") in ('"', "«", "“")  # ("أدانت الرئاسة … "التصعيد الإسرائيلي"": the object quoted)
            if (v.is_strong_break(k) and not quoted) or v.is_subordinator(k) or v.bare(k) in ("ان", "بان", "انه", "انها"):
                return
            if k in v.occ_at:
                k = v.occ_at[k].t1  # (the subject, or a relaying outlet)
                continue
            if k in self.rd.time_tokens or self._parenthetical(k) or not v.tokens[k].folded.startswith("ال"):
                continue
            if k > 0 and v.bare(k - 1) in ("في", "خلال") or v.tokens[k].prefix[:1] in ("ب", "ل", "ك", "و", "ف"):
                continue  # ("في بيان"، "بالقصف": not the object)
            nat = self._nationality_at(k)
            if nat is None:
                return  # the object names no state
            state = self._state_entity(nat)
            if state is not None and state not in c.actor:
                c.recipient.append(state)
            return

    def _rejected_demand(self, c: Cand) -> None:
        """"طالب الوفد اللبناني بانسحاب القوات الإسرائيلية، إلا أن الجانب الإسرائيلي …، رافضاً تقديم أي جدول
        زمني": a refusal right after another party's demand, in its sentence, rejects the one who demanded."""
        if c.type != "REJECT" or c.recipient or not c.actor:
            return
        demand = next((d for d in self._earlier_in_sentence(c) if d.type == "REQUEST" and d.actor), None)
        if demand is not None and not set(demand.actor) & set(c.actor):
            _add(c.recipient, demand.actor)

    def _blamed_after_comma(self, c: Cand) -> None:
        """"أدانت الوزارة الاقتحام، وحمّلت حكومة الاحتلال المسؤولية": the one party between a coordinated verb of
        blame and "المسؤولية" is the one blamed; the subject of the verb before goes on blaming."""
        v = self.v
        if c.lemma != "حمل_مسؤولية" or c.pos != "V" or not c.conj or not v.comma_before(c.t0) or c.recipient \
                or len(c.actor) != 1:
            return
        o = v.occ_at.get(c.t1 + 1)
        if o is None or o.eid != c.actor[0] or v.bare(o.t1 + 1).lstrip("ب") not in ("المسؤوليه", "مسؤوليه"):
            return
        prev = next((d for d in self._earlier_in_sentence(c) if d.pos == "V" and d.explicit_actor and d.actor
                     and o.eid not in d.actor), None)
        if prev is not None:
            c.recipient[:] = [o.eid]
            c.actor[:] = list(prev.actor)

    def members_of_a_cell(self, c: Cand) -> None:
        """"اعتقال سبعة أشخاص قالت إنهم أعضاء في خلية لتنظيم «داعش»": those taken or hit are members of a cell of a
        body, which is the target."""
        v = self.v
        if c.type not in ("COERCE", "ASSAULT") or c.recipient or not c.actor:
            return
        for j in range(c.t1 + 1, min(c.sent[1] - 2, c.t1 + 24)):
            if v.is_strong_break(j):
                return
            if v.bare(j) in _MEMBERS_OF_CELL and v.bare(j + 1) == "في" and v.bare(j + 2) in _CELL_NOUNS:
                k = j + 3 if v.bare(j + 3) not in ("تابعه", "مرتبطه") else j + 4
                # (the body's own word may stand outside its name: "لتنظيم «داعش»")
                o = v.occ_at.get(k) or (v.occ_at.get(k + 1) if v.bare(k).startswith("ل") else None)
                if o is not None and (v.prep_of(o) == "ل" or o.t0 == k + 1) and o.eid not in c.actor \
                        and v.is_actorish(o.eid):
                    c.recipient.append(o.eid)
                return
            if v.bare(j) in _MEMBERS_OF_BODY and v.bare(j + 1) == "في" and j + 2 in v.occ_at \
                    and any(v.bare(x) in _SAID_TO_BE for x in range(max(c.t1 + 1, j - 3), j)):
                # "ما أسفر عن مقتل شخصين قالت أنقرة إنهما قياديان في الحزب": those hit, said to be a body's leaders
                o = v.occ_at[j + 2]
                if o.eid not in c.actor and v.is_actorish(o.eid) and not v.is_place(o.eid):
                    c.recipient.append(o.eid)
                return

    def _blamed_before_responsibility(self, c: Cand) -> None:
        """"حمّلت خلية الإعلام الأمني، في بيان مقتضب، «بقايا عصابات داعش» مسؤولية التفجير": the party named right
        before "المسؤولية", past the subject and an aside, is the one blamed."""
        v = self.v
        if c.lemma != "حمل_مسؤولية" or c.pos != "V" or c.recipient or not c.actor:
            return
        for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 18)):
            if v.is_strong_break(j):
                return
            if v.bare(j).lstrip("ب") in ("المسؤوليه", "مسؤوليه", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم"):
                o = next((o for o in v.occs_in(max(c.t1 + 1, j - 4), j) if o.t1 >= j - 2), None)
                if (o is None or o.eid in c.actor) and j + 1 < c.sent[1]:
                    # (or after it with ل: "وحمّلت مسؤوليته لحزب العمال الكردستاني")
                    o = next((o for o in v.occs_in(j + 1, min(c.sent[1], j + 3)) if v.prep_of(o) == "ل"), None)
                if o is not None and o.eid not in c.actor and v.is_actorish(o.eid):
                    c.recipient.append(o.eid)
                return

    def _redeployed_to(self, c: Cand) -> None:
        """"بدأت قطعات اللواء 80 الانسحاب من قضاء سنجار وإعادة الانتشار في قضاء تلعفر": where a withdrawing
        force redeploys, joined to its withdrawal by و, is where it goes."""
        if c.type != "RETREAT" or c.mode != "withdraw" or not c.origin or c.destination:
            return
        v = self.v
        for j in range(c.t1 + 1, min(c.sent[1] - 2, c.t1 + 16)):
            if v.tokens[j].folded in ("واعاده", "وباعاده") and v.bare(j + 1) in _REDEPLOY_NOUNS:
                o = next((o for o in v.occs_in(j + 2, min(c.sent[1], j + 6)) if v.is_place(o.eid)
                          and v.prep_of(o) in ("في", "الي", "ب")), None)
                if o is not None:
                    c.destination.append(o.eid)
                    if o.eid in c.location:
                        c.location.remove(o.eid)
                return
            if v.is_strong_break(j) or (j > c.t1 + 1 and j in self.rd.trigger_tokens):
                return  # (another act's clause)

    def _stopped_patrol(self, c: Cand) -> None:
        """"اعترض عدد من الأهالي دورية تابعة لليونيفيل": the body whose patrol or convoy was stopped is the one
        obstructed."""
        if c.type != "PROTEST" or c.mode != "obstruct" or c.pos != "V" or c.recipient:
            return
        v = self.v
        for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 20)):  # (past the crowd's town and a time)
            if v.is_strong_break(j):
                return
            if j not in v.occ_at and self.lex.any_in_class(strip_word(v.tokens[j].folded), "patrol"):
                o = next((o for o in v.occs_in(j + 1, min(c.sent[1], j + 4)) if v.prep_of(o) == "ل"), None)
                if o is not None and v.is_actorish(o.eid) and not v.is_place(o.eid):
                    c.recipient.append(o.eid)
                return

    def _invited_by(self, c: Cand) -> None:
        """"سيزور طهران تلبية لدعوة من الرئيس مسعود بزشكيان"، "بدعوة من الرئيس تبون"، "سيزور طهران لإجراء
        محادثات مع رئيس المنظمة محمد إسلامي": whoever invited the visitor, or is to be talked with on the
        visit, is the host, the one visited."""
        if c.type != "CONSULT" or c.mode != "visit" or not c.actor:
            return
        v = self.v
        for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 20)):
            if v.is_strong_break(j):
                return
            invited = v.bare(j).lstrip("و").removeprefix("ب").removeprefix("ل") == "دعوه" and v.bare(j + 1) == "من"
            talks = v.bare(j).lstrip("و").removeprefix("ل") in _TALK_NOUNS and v.bare(j + 1) == "مع"
            # "تزور أورتاغوس قصر بعبدا غداً للقاء رئيس الجمهورية جوزاف عون": the one the visit is to meet
            meet = v.bare(j).lstrip("و") == "للقاء"
            if invited or talks or meet:
                host = self._host_after(j + (1 if meet else 2), min(c.sent[1], j + 8), [])
                if meet and host is not None and host.t0 > j + 1 and not self._title_run(j + 1, host.t0):
                    return  # (whom it is to meet is named right after, past a title: "للقاء ممثلي النقابات" is no one)
                if host is not None and host.eid not in c.actor:
                    c.recipient[:] = [x for x in c.recipient if not v.is_place(x)]
                    _add(c.recipient, [host.eid])
                return

    def _host_after(self, lo: int, hi: int, visitors: list[str]) -> Occ | None:
        """The first party named as an object in tokens [lo, hi) who is none of the visitors and not a body in
        a person's title ("رئيس مجلس القيادة الرئاسي رشاد العليمي" is the person): a visit's host."""
        v = self.v
        return next((o for o in v.occs_in(lo, hi) if v.prep_of(o) == "" and v.is_actorish(o.eid)
                     and o.eid not in visitors and o.start not in v.title_bodies), None)

    def _moved_out_of_cut(self, c: Cand) -> None:
        """"خفّضت القوات الأمريكية عديدها في قاعدة عين الأسد …، بعد أن نقلت 600 عسكري إلى قاعدة حرير": troops
        moved somewhere right after a cut in a base, by the same force in the same sentence, left that base."""
        if c.type not in ("MOBILIZE", "RETREAT") or c.origin or not c.destination or not c.actor:
            return
        cut = next((d for d in self._earlier_in_sentence(c) if d.lemma in _CUT_LEMMAS and d.origin
                    and set(d.actor) & set(c.actor)), None)
        if cut is not None:
            _add(c.origin, [x for x in cut.origin if x not in c.destination])

    def _met_during_visit(self, c: Cand) -> None:
        """"وصل الوزير X إلى بورتسودان في زيارة يلتقي خلالها رئيس المجلس Y": who is met during a visit is
        met by the visitor, there; the one named after "خلالها" is the host."""
        v = self.v
        if c.type != "CONSULT" or c.pos != "V" or c.t1 + 1 >= c.sent[1] or v.bare(c.t1 + 1) not in ("خلالها", "خلاله"):
            return
        visit = next((d for d in self._earlier_in_sentence(c) if d.type == "CONSULT" and d.mode == "visit" and d.actor),
                     None)
        if visit is None:
            return
        host = self._host_after(c.t1 + 2, min(c.sent[1], c.t1 + 12), visit.actor)
        c.actor[:] = list(visit.actor)
        c.recipient[:] = [g.eid for g in v.group_from(host, c.sent[1]) if v.is_actorish(g.eid)] if host else []
        if not c.location:
            c.location.extend(visit.location)
        _add(visit.recipient, [x for x in c.recipient if x not in visit.recipient])

    def _claimed_owner(self, c: Cand) -> None:
        """"غارات على مواقع قالت أنقرة إنها تابعة لحزب العمال الكردستاني": targets said to belong to a party
        (by the attacker or another) are that party's, which was hit."""
        if c.type not in ("ASSAULT", "COERCE") or c.recipient:
            return
        v = self.v
        b = c.sent[1]
        for j in range(c.t1 + 1, min(b, c.t1 + 8)):
            if v.bare(j) not in _TARGET_NOUNS:
                continue
            for k in range(j + 1, min(b, j + 6)):
                if v.bare(k) in ("انها", "انه", "بانها", "بانه") and k + 2 < b \
                        and v.bare(k + 1).startswith(("تابع", "تعود", "يعود")):
                    o = v.occ_at.get(k + 2)
                    if o is not None and v.prep_of(o) == "ل" and v.is_actorish(o.eid) and o.eid not in c.actor:
                        c.recipient.append(o.eid)
                    return
            return

    def _pronoun_places(self, c: Cand, L: int, R: int) -> None:
        """"منها" after a withdrawal is the place named before; a verb's pronoun object in a relative
        clause ("… كتائب حزب الله، التي تتهمها") is the antecedent of the relative pronoun."""
        v = self.v
        a = c.sent[0]
        if c.type in ("RETREAT", "MOBILIZE") and not c.origin:
            for j in range(c.t1 + 1, min(R + 1, c.sent[1])):
                if v.bare(j) in ("منها", "منه") and not (j > 0 and any(self.lex.in_class(w, "partitive") for w in strip_word(v.tokens[j - 1].folded))):
                    places = [o for o in v.occs_in(a, c.t0) if v.is_place(o.eid) and not self._agent_occ(o)]
                    # "في قرية صيدا بريف القنيطرة … قبل أن تنسحب منها": the place named, not the one
                    # that only locates it
                    places = [o for k, o in enumerate(places) if k == 0 or o.t0 - places[k - 1].t1 > 2]
                    facs = [o for o in places if v.by_id[o.eid].type == "FAC"]
                    if facs or places:
                        c.origin.append((facs or places)[-1].eid)
                    break
        # (the pronoun on the verb itself: not "الذي سينهي وجوده", a phrase's noun)
        if c.pos == "V" and c.suffix and c.t0 == c.t1 and not c.recipient and c.t0 - 1 >= a and \
                v.bare(c.t0 - 1) in ("التي", "الذي", "الذين"):
            for o in reversed(v.occs_in(a, c.t0 - 1)):
                if v.is_actorish(o.eid):
                    c.recipient.append(o.eid)
                    break
        if c.type in ("COERCE", "ASSAULT") and not c.recipient and c.actor:
            # "واعتقلت الشرطة عدداً منهم": some of the party told before (the protesters) were held
            some = next((k for k in range(c.t1 + 2, min(c.sent[1] - 1, c.t1 + 8))
                         if v.bare(k + 1) in ("منهم", "منهن") and self._counts_some(k)), None)
            # (not past another act whose count it is: "لتفريقهم … وتعتقل عدداً منهم"; and people, no place)
            if some is not None and not any(v.is_strong_break(x) or x in self.rd.trigger_tokens
                                            for x in range(c.t1 + 1, some)):
                ante = next((o for o in reversed(v.occs_in(max(0, c.sent[0] - 60), c.t0)) if v.is_actorish(o.eid)
                             and o.eid not in c.actor and v.prep_of(o) in ("", "من") and not v.is_place(o.eid)), None)
                if ante is not None:
                    c.recipient.append(ante.eid)
        # a partitive object ("قسم منها"، "جزء من قواتها") is a part of an earlier force
        j = c.t1 + 1
        if j + 1 < c.sent[1] and any(self.lex.in_class(w, "partitive") for w in strip_word(v.tokens[j].folded)) and \
                v.bare(j + 1).startswith("من"):
            c.partitive = True

    def _deployed_force(self, c: Cand, R: int) -> None:
        """"أغلقت القوات الأمنية الجسر، ونشرت 300 عنصر من قوات مكافحة الشغب": after a coordinated verb of
        sending, a count of some of a force is what was sent; the subject goes on from the clause before."""
        if c.type != "MOBILIZE" or c.pos != "V" or c.frame != "move" or not c.conj or not c.actor:
            return
        v = self.v
        counted = self._counted_tokens(c.t1 + 1, min(R, c.t1 + 8))
        if c.t1 + 1 not in counted:
            return
        k = c.t1 + 1
        while k in counted:
            k += 1
        o = v.occ_at.get(k + 1) if v.bare(k) == "من" else None
        if o is None or o.eid not in c.actor:
            return
        probe = replace(c, actor=[])
        carried = self._carried_subject(probe, R)
        if carried and o.eid not in carried:
            c.actor = carried

    def _post_holder(self, c: Cand) -> None:
        """"قائد القيادة المركزية الأمريكية الأدميرال براد كوبر": a body that is the genitive of a post, with
        the post's holder named right after it (ranks aside), stands for that person in the event."""
        v = self.v
        titles = _actor_lexicon().titles
        for role in (c.actor, c.recipient):
            for n, x in enumerate(role):
                # (its occurrence nearest the trigger, the one the role was read from)
                o = min((o for o in v.occs_in(c.sent[0], c.sent[1]) if o.eid == x),
                        key=lambda o: abs(o.t0 - c.t0), default=None)
                if o is None or v.by_id[x].type != "ORG" or o.t0 == 0:
                    continue
                before = o.t0 - 1
                if v.bare(before) == "باسم" and before > c.sent[0]:
                    if c.type in _DEEDS:
                        continue  # ("نفى الناطق باسم الجيش … اعتقال": the body did the deed its spokesman tells of)
                    before -= 1  # "المتحدث باسم لجنة الأمن القومي …": the spokesman's post, then the body
                _n, post = titles.longest([v.bare(before)])
                if not post or not any(t.kind in ("function", "office") for t in post):
                    continue
                k = o.t1 + 1
                # (past the body's own place in a larger one: "… في البرلمان الإيراني إبراهيم رضائي"; or its town
                # and the side of the province it lies in: "عضو لجنة المصالحة في بلدة اليادودة بريف درعا الغربي X")
                for _ in range(3):
                    inner = None
                    if k + 1 < c.sent[1] and v.bare(k) in ("في", "ب") and k + 1 in v.occ_at and not v.gap(k).strip():
                        inner = v.occ_at[k + 1]
                    elif _ and k in v.occ_at and v.tokens[k].folded[:1] in ("ب", "و") and not v.gap(k).strip() \
                            and v.is_place(v.occ_at[k].eid):
                        inner = v.occ_at[k]
                    if inner is None or v.by_id[inner.eid].type not in ("ORG", "LOC") or inner.t1 + 1 >= c.sent[1]:
                        break
                    k = inner.t1 + 1
                    if k < c.sent[1] and v.bare(k) in _SIDES_OF_PLACES and not v.gap(k).strip():
                        k += 1
                while k < c.sent[1] and k not in v.occ_at and not v.gap(k).strip():
                    n_r, rank = titles.longest([v.tokens[y].folded for y in range(k, min(c.sent[1], k + titles.max_len))])
                    if not n_r or not all(t.kind in ("rank", "honorific") for t in rank):
                        break
                    k += n_r
                holder = v.occ_at.get(k)
                if holder is not None and not v.gap(k).strip() and v.by_id[holder.eid].type == "PER" \
                        and holder.eid not in c.actor + c.recipient:
                    role[n] = holder.eid

    def _backed_by(self, c: Cand) -> None:
        """"مداهمة نفذتها وحدات من الجيش المالي مدعومة بعناصر من «الفيلق الإفريقي»"، "بدعم من البعثة":
        the force backing the one that acts takes part in the act; it is not its target."""
        if c.type not in HOSTILE or not c.recipient:
            return
        v = self.v
        for x in list(c.recipient):
            o = next((o for o in v.occs_in(c.sent[0], c.sent[1]) if o.eid == x), None)
            if o is None:
                continue
            back = next((j for j in range(o.t0 - 1, max(c.sent[0], o.t0 - 4) - 1, -1) if v.bare(j).startswith(_BACKING)), None)
            # (the backing phrase follows the acting force, not a target: "مدرسة تعمل بدعم من اليونيسف")
            # (right after the acting force, or set off by a comma after it: "أطلق الجيش، بدعم من …، عملية")
            # (or right after the operation itself, past its verb and time: "عملية عسكرية بدأت فجر الاثنين بإسناد
            # من القوات الأوغندية")
            after_op = back is not None and c.pos == "N" and c.t1 < back <= c.t1 + 6 and all(
                j in self.rd.time_tokens or j in self.rd.status_at for j in range(c.t1 + 1, back))
            if back is not None and back > c.sent[0] and (after_op or
                    any((o2.t1 in (back - 1, back - 2) or ("،" in v.gap(back) and back - o2.t1 <= 4)) and o2.eid in c.actor
                        for o2 in v.occs_in(max(c.sent[0], back - 8), back))
                    or any(self.lex.in_class(w, "force") for w in strip_word(v.tokens[back - 1].folded))):
                c.recipient.remove(x)
                if x not in c.actor:
                    c.actor.append(x)

    def _protocol_guest(self, c: Cand) -> None:
        """"استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد …، في قصر اليمامة بالرياض اليوم، أخاه
        صاحب السمو الشيخ تميم بن حمد …": protocol prose puts honorifics before the host, and the host's
        posts, the palace and the day between host and guest, beyond a clause's usual reach. The host is
        the person after the honorifics; the guest the next person named without a preposition."""
        if c.pos != "V" or c.frame != "host" or c.actor:
            return
        v = self.v
        b = c.sent[1]
        titles = _actor_lexicon().titles
        host = None
        if not c.recipient:
            k = c.t1 + 1
            while k < b and k not in v.occ_at and not v.gap(k).strip():
                n, found = titles.longest([v.tokens[x].folded for x in range(k, min(b, k + titles.max_len))])
                if not n or not all(t.kind in ("honorific", "rank") for t in found):
                    break
                k += n
            o = v.occ_at.get(k)
            if k > c.t1 + 1 and o is not None and v.by_id[o.eid].type == "PER" and v.prep_of(o) == "":
                c.recipient = [o.eid]
                c.own_roles = True
                host = o
        else:
            host = next((o for o in v.occs_in(c.t1 + 1, min(b, c.t1 + 12)) if o.eid in c.recipient), None)
        if host is None:
            return
        for k in range(host.t1 + 1, min(b, host.t1 + 45)):
            dash = v.gap(k).strip(" ،") in ("-", "–", "—")  # a blessing set off by dashes: "- حفظه الله -"
            if (v.is_strong_break(k) and not dash) or v.is_subordinator(k) or v.comma_clause(k):
                return
            o = v.occ_at.get(k)
            if o is None or o.eid in c.recipient or not v.is_actorish(o.eid):
                continue
            prep = v.prep_of(o)
            # "وفداً من الكونغرس"، "وفد الاتحاد الأوروبي"، "وفداً عن النقابة": the delegation's body is the guest
            delegation = (prep == "" and v.bare(o.t0 - 1).startswith("وفد")) or (
                prep in ("من", "عن") and any(v.bare(x).startswith("وفد") for x in range(max(host.t1 + 1, o.t0 - 4), o.t0 - 1)))
            if not delegation and (v.by_id[o.eid].type != "PER" or prep != ""):
                continue
            if v.by_id[o.eid].type == "PER" and not delegation and not any(
                    "،" in v.gap(x) or x in self.rd.time_tokens or v.bare(x) in ("في", "ب") for x in range(host.t1 + 1, o.t0 + 1)):
                # "استقبل وزير الخارجية والهجرة … بدر عبد العاطي، اليوم، نظيره …": the name after the host's
                # post, with nothing between to end it, is the host's own
                _add(c.recipient, [o.eid])
                host = o
                continue
            c.actor = [g.eid for g in v.group_from(o, b) if v.is_actorish(g.eid) and g.eid not in c.recipient]
            c.explicit_actor = bool(c.actor)
            c.own_roles = True
            if not c.location:  # "في قصر اليمامة بالرياض": where the reception was held
                _add(c.location, [p.eid for p in v.occs_in(host.t1 + 1, o.t0) if v.is_place(p.eid)
                                  and v.prep_of(p) in ("في", "ب")])
            return

    def _clause_gap(self, i: int, j: int) -> bool:
        """Tokens i..j-1 keep a subject with its verb at j: nothing, or one phrase set off by commas
        that opens with a preposition ("، وبالتنسيق مع قيادة العمليات،")."""
        v = self.v
        if any(v.is_strong_break(x) for x in range(i, j + 1)):
            return False
        commas = [x for x in range(i, j + 1) if "،" in v.gap(x)]
        if not commas:
            return j - i <= 1
        if len(commas) != 2 or commas[0] != i or commas[1] != j:
            return False
        return v.tokens[i].folded.startswith(("وب", "ب", "في", "وفي", "خلال", "وخلال"))

    def _part_of_place(self, o: Occ) -> bool:
        """A place after من that names the whole of parts told with في ("في أجزاء من مدينة الخرطوم"، "في مناطق
        واسعة من وادي حضرموت"، "بعدد من قرى"): where it happened, not where from."""
        v = self.v
        if not v.is_place(o.eid) or o.t0 < 3 or v.bare(o.t0 - 1) != "من":
            return False
        k = o.t0 - 2
        if v.bare(k) not in _PART_NOUNS and v.bare(k - 1) in _PART_NOUNS and self._indefinite_adjective(k):
            k -= 1  # (past the parts' adjective: "مناطق واسعة")
        if v.bare(k).removeprefix("ال") in _SIDE_ADJECTIVES and v.bare(k - 1).removeprefix("ال") in _SIDED_PARTS:
            k -= 1  # (a quarter or a part by its side: "في الحي الشرقي من بلدة علما الشعب"، "الأطراف الجنوبية من")
            return v.bare(k - 1) == "في" or v.tokens[k].prefix[-1:] == "ب"
        if v.bare(k) not in _PART_NOUNS:
            return False
        return v.bare(k - 1) == "في" or v.tokens[k].prefix[-1:] == "ب"  # (or ب on the parts' noun: "بعدد من قرى")

    def _coordinated_light_verb(self, c: Cand) -> int | None:
        """The token of a light verb with و or ف right before the noun, or before an operation noun that
        counts it ("وأطلقت قنابل الغاز"، "ونفذت عمليات دهم"، "وشنّت حملة اعتقالات"); else None."""
        v = self.v
        j = c.t0 - 1
        if j - 1 > c.sent[0] and v.bare(j) in _OPERATION_COUNTS and j not in self.rd.trigger_tokens:
            j -= 1
        if j <= c.sent[0] or j in self.rd.trigger_tokens:
            return None
        w = v.tokens[j].folded
        return j if w[:1] in ("و", "ف") and _light_verb(w[1:]) else None

    def _coordinated_beginning(self, c: Cand) -> int | None:
        """The token of a verb of beginning with و right before the noun, or before في/ب and it ("وشرعت بتجريف"،
        "وشرعت في تجريف"، "وبدأت عملية"), with no subject of its own between; else None."""
        v = self.v
        j = c.t0 - 1
        if j > c.sent[0] and v.bare(j) in ("في", "ب") and not v.tokens[c.t0].prefix:
            j -= 1
        if j <= c.sent[0] or j in self.rd.trigger_tokens:
            return None
        w = v.tokens[j].folded
        if w[:1] not in ("و", "ف") or w[1:] not in _BEGIN_VERBS:
            return None
        return j

    def _bare_title_subject(self, c: Cand) -> bool:
        """"طالب الوزير الحكومة الاتحادية بـ…": a definite title with no name right after the verb, then a
        party: the title is the subject, the party the object."""
        v, j = self.v, c.t1 + 1
        tok = v.tokens[j]
        firsts = _actor_lexicon().titles.firsts
        if c.frame not in ("host", "receive") and not tok.prefix and not tok.folded.startswith("ال") \
                and tok.folded in firsts and j not in v.occ_at and v.bare(j + 1).startswith("ال") \
                and (j + 1) not in v.occ_at and not v.gap(j + 1).strip():
            # "وناشد حاكم الإقليم المنظمات الإنسانية …"، "ودعا محافظ الولاية، في تصريح …، المنظمات …": a post
            # named by a genitive no entity covers, then a party (past an aside): the post is the subject
            k = j + 2
            while k < c.sent[1] and k - j < 5 and v.bare(k).startswith("ال") and k not in v.occ_at \
                    and not v.gap(k).strip():
                k += 1
            k = self._past_aside(k, c.sent[1])
            o = v.occ_at.get(k)
            return o is not None and v.prep_of(o) == "" and v.is_actorish(o.eid) and v.by_id[o.eid].type != "PER" \
                and not v.is_place(o.eid)
        if c.frame in ("host", "receive") or tok.prefix or not tok.folded.startswith("ال") \
                or tok.folded not in firsts or v.gap(j + 1).strip():
            return False
        # (the party may carry its own titles: "التقى الرئيس وزير الخارجية التركي هاكان فيدان")
        # (not the title's own name: "التقى الرئيس جوزاف عون"، "المبعوث الأممي هانس غروندبرغ")
        o = next(iter(v.occs_in(j + 1, min(c.sent[1], j + 8))), None)
        if o is None or v.prep_of(o) != "":
            return False
        if o.t0 == j + 1:
            return v.by_id[o.eid].type != "PER"
        return v.tokens[j + 1].folded in firsts and bool(self._title_run(j + 1, o.t0))

    def _title_word(self, x: int) -> bool:
        """Token x, past its clitic, is the first word of a title or an honorific ("بالرئيس"، "للأمين"،
        "برئيس الوزراء"، "بنظيره")."""
        tok = self.v.tokens[x]
        firsts = _actor_lexicon().titles.firsts
        return tok.stem in firsts or ("ال" + tok.stem) in firsts or tok.folded[len(tok.prefix):] in firsts \
            or bool(self._title_clitic(x))

    def _title_clitic(self, x: int) -> str:
        """The preposition clitic on an indefinite title's first word ("برئيس"، "بنظيره"، "لوزير"), which
        the tokeniser splits only before the article; "" if there is none."""
        tok = self.v.tokens[x]
        firsts = _actor_lexicon().titles.firsts
        if tok.prefix or tok.folded in firsts:
            return ""
        return next((p for p, rest in clitic_splits(tok.folded) if p in ("وب", "ول", "ب", "ل") and len(rest) > 2
                     and rest in firsts), "")

    def _title_run(self, i: int, j: int, opened: bool = False, apposed: bool = False) -> set[int]:
        """Tokens i..j-1 if they are only titles, nationality adjectives and honorifics ("ولي العهد
        السعودي الأمير"), else the empty set. ``opened``: a comma before i (the close of an aside) is no
        apposition; ``apposed``: the name at j is set off by commas after its title ("وزير الإعلام في
        الحكومة اليمنية، نبيل الأصبحي،")."""
        v = self.v
        lex = _actor_lexicon()
        k = i
        if v.gap(j).strip() and not (apposed and v.gap(j).strip() == "،"):
            return set()
        if apposed and v.gap(j).strip() == "،" and 2 <= j - i <= 3 and lex.is_word("apposed_head", v.bare(i)) \
                and all(v.tokens[x].folded.startswith("ال") and not v.gap(x).strip() for x in range(i + 1, j)):
            return set(range(i, j))  # "مالك المركب، فلان،": the person told by what is his, then his name
        member_of = False  # the last title is a member's, which may name its body after في
        while k < j:
            if v.gap(k).strip() and not (opened and k == i):
                return set()  # (a comma or bracket: an apposition, not one title)
            n, found = lex.titles.longest([v.tokens[x].folded for x in range(k, min(j, k + lex.titles.max_len))])
            if n:
                k += n
                # (or an office's: "وزير الإعلام في الحكومة اليمنية")
                member_of = all(t.kind in ("function", "rank", "office") for t in found)
                continue
            if member_of and v.bare(k) == "في" and k + 1 < j:
                # "القيادي في الحركة سامر يوسف"، "الضابط في الشرطة المحلية محمود حداد": the body he serves
                # (named or not) is part of his description; not a place ("الرئيس في قصر بعبدا")
                body = v.occ_at.get(k + 1)
                if body is not None and v.by_id[body.eid].type == "ORG":
                    k = body.t1 + 1
                    continue
                f = v.tokens[k + 1].folded
                if body is None and (f in institution_heads() or f in lex.agent_heads or f[2:] in lex.agent_heads):
                    k += 2
                    while k < j and v.tokens[k].folded.startswith("ال") and v.tokens[k].folded.endswith(("ي", "يه")) \
                            and not v.gap(k).strip():
                        k += 1  # and its adjectives ("في الشرطة المحلية")
                    continue
                return set()
            member_of = member_of and k > i and lex.is_word("title_filler", v.tokens[k].folded)
            if lex.nationality_at([v.tokens[k].folded])[0] or (k > i and lex.is_word("title_filler", v.tokens[k].folded)):
                k += 1  # (or an adjective a title takes: "الناشط الحقوقي")
                continue
            f = v.tokens[k].folded
            if k > i and f[:1] == "و" and lex.titles.longest([f[1:]])[0] == 1:
                k += 1  # a second description of the same person: "المحامي والناشط الحقوقي"
                continue
            if k > i and f.startswith("وال") and self._title_ends_at(i, k):
                # a second field of the post: "وزير الموارد المائية والري"، "وزير الدفاع والإنتاج الحربي"
                k += 1
                if k < j and v.tokens[k].folded.startswith("ال") and not lex.nationality_at([v.tokens[k].folded])[0] \
                        and not lex.titles.longest([v.tokens[k].folded])[0] and not v.gap(k).strip():
                    k += 1  # (its adjective)
                continue
            return set()
        return set(range(i, j))

    def _title_ends_at(self, i: int, k: int) -> bool:
        """The tokens i..k-1 end with a title found whole (its last word at k-1)."""
        lex = _actor_lexicon()
        return any(lex.titles.longest([self.v.tokens[x].folded for x in range(s, k)])[0] == k - s
                   for s in range(max(i, k - lex.titles.max_len), k))

    def _counts_some(self, k: int) -> bool:
        """Token k counts some of a group, before منهم: a number or a word of quantity ("خمسة منهم"، "عدداً منهم")."""
        v = self.v
        return v.tokens[k].is_digit or number_word(v.tokens[k].folded) is not None or v.bare(k) in _SOME_COUNTS

    def _passive(self, c: Cand) -> bool:
        """A passive verb ("قُتل"، "اُعتقل"، "اغتيل"): what follows it is what it happened to. A damma on
        its first letter, or on the third in forms VII, VIII and X ("اختُطف"، "استُهدف"، "اعتُقل"), or a
        passive spelled apart from its active (the lexicon's _مجهول lemmas)."""
        v = self.v
        return c.pos == "V" and ("\u064f" in v.text[v.tokens[c.t0].start:c.start + 2] or c.lemma.endswith("_مجهول")
                                 or (c.tense == "past" and v.text[c.start:c.start + 1] in "اأإ"
                                     and "\u064f" in v.text[c.start + 2:c.start + 5]))

    def _titled_subject(self, c: Cand) -> None:
        """"وأدان المتحدث باسم الأمين العام للأمم المتحدة، ستيفان دوجاريك، …": a title right after the
        verb, then the person it names: the person acts, not the body the title names. (After a passive,
        "اغتيل القيادي X"، "اعتُقل الناشط X", the person is the one it happened to, read with the rest.)"""
        if c.pos not in ("V", "N") or c.frame in ("host", "receive") or c.pos == "V" and self._passive(c):
            return
        if c.pos == "V" and c.anna_subject:
            return  # "إن وفداً من الوجهاء سيلتقي محافظ إدلب محمد …": the subject came before; the person is met
        v = self.v
        j, b = c.t1 + 1, c.sent[1]
        if c.pos == "N":
            # "وعقد محافظ ريف دمشق، وليد الخطيب، صباح اليوم، اجتماعاً": the light verb's titled subject holds it
            lv = self._light_verb_before(c, 16)
            if lv is None or any(v.is_strong_break(x) for x in range(lv + 1, c.t0 + 1)):
                return
            j, b = lv + 1, c.t0
        n, found = self._title_opening(j, b)
        if not n:
            return
        titles = _actor_lexicon().titles
        office = any(t.kind == "office" for t in found)  # a post complete in itself ("الرئيس التركي")
        # an envoy's post names where he is sent: "المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ"، "السفير لدى …"
        posted = any(t.en.lower().endswith(("envoy", "ambassador", "delegate")) for t in found)
        person = None
        past = j + n  # tokens before this are the post's own
        for k in range(j + n, min(b, j + 12)):
            if k < past:
                continue
            if any(o.t0 < k <= o.t1 for o in v.occs_in(max(j, k - 10), k)):
                continue  # (inside a body's name: "المتحدث باسم تحالف دعم الشرعية في اليمن، العميد X،")
            if posted and v.bare(k) in ("الي", "لدي") and k + 1 in v.occ_at and v.is_place(v.occ_at[k + 1].eid):
                continue
            if k == j + n and v.bare(k) == "في" and not v.gap(k).strip() and any(
                    t.kind in ("function", "rank", "office") for t in found):
                # "اتهم قيادي في الميليشيا يدعى أبو علي الحسيني …": the body he serves is his description
                member = self._member_body_end(k + 1, b)
                if member:
                    past = member
                    if past < b and v.bare(past) in NAMED_WORDS:
                        past += 1
                    continue
            if k == j + n and v.bare(k) == "عن" and any(t.en == "MP" for t in found) and k + 1 in v.occ_at \
                    and v.is_place(v.occ_at[k + 1].eid):
                past = v.occ_at[k + 1].t1 + 1  # "انتقد النائب عن نينوى ياسر الحمداني …": the seat he holds
                continue
            if v.bare(k) == "في" and k > j + n and (loc := v.occ_at.get(k + 1)) is not None and v.is_place(loc.eid) \
                    and not v.gap(k).strip() and any(v.by_id[x.eid].type == "ORG" and x.t1 == k - 1 for x in v.occs_in(j, k)):
                # "اتهم رئيس فرع الهلال الأحمر في درعا، محمد العلي، …": where the body's branch is, part of the post
                past = loc.t1 + 1
                continue
            o = v.occ_at.get(k)
            # (a name that folds like a preposition is no preposition: "علي حسن الدراجي" is no «على»)
            named = o is not None and v.by_id[o.eid].type == "PER"
            if v.is_strong_break(k) or v.is_subordinator(k) or v.bare(k) in PREPS_STOP and not named:
                return
            if "،" in v.gap(k) and (k + 1 >= b or "،" in v.gap(k + 1)):
                return  # a comma that sets off no name
            if named:
                person = o
                break
            tok = v.tokens[k]
            if o is None and not tok.prefix and v.bare(k - 1) != "باسم" and "،" not in v.gap(k) and office:
                tn, tfound = titles.longest([v.tokens[x].folded for x in range(k, min(b, k + titles.max_len))])
                if tn and not (all(t.kind in ("rank", "honorific") for t in tfound)
                               and (nxt := v.occ_at.get(k + tn)) is not None and v.by_id[nxt.eid].type == "PER"):
                    if not any(_actor_lexicon().nationality_at([v.tokens[x].folded])[0] for x in range(j, k)) \
                            and not self._bare_title_subject(c):  # (not "التقى الرئيس وزير الخارجية التركي X")
                        continue  # a post with no nationality of its own, then another: one person's two posts
                        # ("التقى رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني")
                    return  # another title heads a new phrase: "اتهم الرئيس التركي الرئيس السوري بشار الأسد"
                # (a rank or honorific before the name is the same person's: "وزير الدفاع السعودي الأمير خالد بن سلمان")
                # (after a post that takes a complement it goes on: "عضو كتلة «الوفاء» النائب حسن فضل الله")
        if person is None:
            return
        if c.pos == "N" and any(x not in self.rd.time_tokens for x in range(person.t1 + 1, c.t0)):
            return  # (the noun right after the name, times aside, is the light verb's object)
        inside = {o.eid for o in v.occs_in(j, person.t0)}
        if c.actor and not set(c.actor) <= inside | {person.eid}:
            return
        c.actor = [person.eid]
        c.recipient = [x for x in c.recipient if x != person.eid and x not in inside]
        c.explicit_actor = True
        if c.pos == "N":
            return  # (its object is the noun's own: "اجتماعاً مع …")
        if not c.recipient and c.type in ("ACCUSE", "REQUEST", "THREATEN", "REJECT", "SANCTION", "COERCE", "ASSAULT",
                                          "CONSULT"):
            # "اتهم الناطق …، العميد نبيل عبد الله، قوات الدعم السريع بتنفيذ الهجوم": the object after the name
            # ("التقى المبعوث الأمريكي … توماس باراك الرئيس السوري أحمد الشرع": past the object's own title)
            tn, _ = titles.longest([v.tokens[x].folded for x in range(person.t1 + 1, min(b, person.t1 + 1 + titles.max_len))])
            # (nor the body he is one of: "طالب الشيخ X، أحد وجهاء عشائر الشرقاط، …")
            lo = self._one_of_aside(person.t1 + 1, b)
            if lo < b and "،" in v.gap(lo):
                # (past a time or the words it was told in, set off by commas: "اتهم قيادي … يدعى X، في تسجيل
                # صوتي تداولته حسابات محلية، الولايات المتحدة …")
                media = self._media_aside(c)
                lo = media[1] + 1 if media is not None and media[0] == lo else self._past_aside(lo, b)
            opening = lo  # (the name's closing comma may stand before them: "، X، أمس في مسقط …")
            while lo < b and (lo == opening or not v.gap(lo).strip()):
                if lo in self.rd.time_tokens:
                    lo += 1  # (past a time told without commas: "التقى الوزير X أمس الأحد والي …")
                elif v.bare(lo) == "في" and (p := v.occ_at.get(lo + 1)) is not None and v.is_place(p.eid) \
                        and not v.gap(lo + 1).strip():
                    lo = p.t1 + 1  # (and where: "التقى السفير، X، أمس في مسقط قائد البحرية …")
                else:
                    break
            tn, _ = titles.longest([v.tokens[x].folded for x in range(lo, min(b, lo + titles.max_len))])
            hi = min(b, lo + 2 + tn)
            obj = None
            for o in v.occs_in(lo, b):
                if o.t0 >= hi:
                    break
                if o.start in v.title_bodies:
                    # "التقى … والي ولاية ورقلة محمد بوزيان": the place in the object's title is how he is named
                    hi = min(b, max(hi, o.t1 + 2))
                    continue
                if v.prep_of(o) == "" and v.is_actorish(o.eid) and not v.is_outlet(o.eid):
                    obj = o
                    break
            if obj is None and tn:
                # (a person whose whole title opens there: "… قائد القوات البحرية الملكية العميد البحري هشام الجراح")
                # (the body his post heads may be no entity: definite words between the post and his rank)
                obj = next((o for o in v.occs_in(lo, min(b, lo + 14)) if v.by_id[o.eid].type == "PER"
                            and not any(v.gap(x).strip() for x in range(lo + 1, o.t0 + 1))
                            and all(v.tokens[x].folded.startswith("ال") or x in v.occ_at
                                    for x in range(lo + tn, v.titled_t0(o)))), None)
            # (not the subject of a clause after أن: "هدد وزير الدفاع … كاتس بأن إسرائيل سترد")
            if obj is not None and not any(v.is_subordinator(x) or v.is_strong_break(x) for x in range(person.t1 + 1, obj.t0)):
                c.recipient.append(obj.eid)

    def _title_opening(self, j: int, b: int) -> tuple[int, list[Title]]:
        """The title that token j opens, right after the verb (no gap, no entity there): its length in tokens and
        its readings; (0, []) if none."""
        v = self.v
        if j >= b or v.gap(j).strip() or j in v.occ_at:
            return 0, []
        titles = _actor_lexicon().titles
        n, found = titles.longest([v.tokens[x].folded for x in range(j, min(b, j + titles.max_len))])
        return n, list(found) if n else []

    def _member_body_end(self, k: int, b: int) -> int:
        """End (exclusive) of the body a member serves, from token k after «في»: a named body, or a definite
        head noun of a body with its adjectives ("في الميليشيا"، "في الحركة الشعبية"); 0 if none."""
        v = self.v
        body = v.occ_at.get(k)
        if body is not None:
            return body.t1 + 1 if v.by_id[body.eid].type == "ORG" else 0
        if k >= b:
            return 0
        lex = _actor_lexicon()
        f = v.tokens[k].folded
        if not (f in institution_heads() or f in lex.agent_heads or f[2:] in lex.agent_heads
                or f in ("الميليشيا", "المليشيا", "الفصيل")):
            return 0
        k += 1
        while k < b and not v.gap(k).strip() and v.tokens[k].folded.startswith("ال") \
                and v.tokens[k].folded.endswith(("ي", "يه")):
            k += 1
        return k

    def _unnamed_body_subject(self, c: Cand) -> None:
        """"دعت البلدية وكالة الأونروا إلى …"، "اتهمت الحركة إسرائيل بـ…": a body named by its head noun alone, which
        nothing resolves, is the subject right after the verb; the party named after it is the one acted on."""
        if c.pos != "V" or c.type not in _SPEECH_ACTS or c.recipient or len(c.actor) != 1 or c.frame in ("host", "receive"):
            return
        v = self.v
        j = c.t1 + 1
        if j + 1 >= c.sent[1] or j in v.occ_at or j in self.rd.time_tokens or v.gap(j).strip() or v.gap(j + 1).strip():
            return
        f = v.tokens[j].folded
        if not f.startswith("ال") or not (f in institution_heads() or f in _actor_lexicon().agent_heads):
            return
        obj = v.occ_at.get(j + 1)
        if obj is not None and obj.t0 == j + 1 and c.actor == [obj.eid]:
            c.actor, c.recipient = [], [obj.eid]

    def _post_after(self, j: int, b: int) -> tuple[Occ | None, int] | None:
        """The title a verb opens at token j and the place of the post right after it ("محافظ البصرة"، "والي سيدي
        بوزيد"): (the place's occurrence, or None where none follows, and the token after them); None if no title
        opens there."""
        v = self.v
        n, _found = self._title_opening(j, b)
        if not n:
            return None
        place = v.occ_at.get(j + n)
        if place is not None and v.is_place(place.eid) and not v.gap(j + n).strip():
            return place, place.t1 + 1
        return None, j + n

    def _titled_host(self, c: Cand) -> None:
        """"استقبل محافظ البصرة، أسعد العيداني، وفداً من المتظاهرين": the host is the person his post is set off
        by commas after (the post's place is his, not where they met), the guest the delegation's body."""
        if c.pos != "V" or c.frame != "host" or self._passive(c) or c.anna_subject:
            return
        v = self.v
        j, b = c.t1 + 1, c.sent[1]
        post = self._post_after(j, b)
        if post is None:
            return
        place, k = post
        person = v.occ_at.get(k)
        if person is None or v.gap(k).strip() != "،" or v.by_id[person.eid].type != "PER" \
                or person.t1 + 1 >= b or v.gap(person.t1 + 1).strip() != "،":
            return
        c.recipient = [person.eid]
        if place is not None and place.t1 < k:
            c.location = [x for x in c.location if x != place.eid]
        c.actor = [x for x in c.actor if x not in (person.eid, place.eid if place else None)]
        # the guest: "وفداً من المحتجين"، "وفداً عن العشائر" right after the name, times aside
        g = person.t1 + 1
        while g < b and g in self.rd.time_tokens:
            g += 1
        # ("وفداً من خمسة ممثلين عن المحتجين": past the delegation's count; or its members counted: "خمسة ممثلين
        # عن الفلاحين المحتجين")
        if g + 1 < b and v.bare(g + 1) in _REPRESENTATIVES and v._counted(g + 1):
            g += 1
        if not c.actor and g < b and (v.bare(g) in _DELEGATION or v.bare(g) in _REPRESENTATIVES and v.bare(g + 1) == "عن"):
            body = next((o for o in v.occs_in(g + 2, min(b, g + 7)) if v.bare(o.t0 - 1) in ("من", "عن")), None)
            if body is not None and v.is_actorish(body.eid) and not any(
                    v.gap(x).strip() for x in range(g + 1, body.t0 + 1)):
                c.actor = [body.eid]
        c.explicit_actor = bool(c.actor)

    def _titled_visitor(self, c: Cand) -> None:
        """"زار محافظ طرطوس، باسل الحمصي، مصفاة بانياس": where a visitor his post names went is the site or place
        after his name, not the post's place (his province is his, not where he went)."""
        if c.pos != "V" or c.frame != "visit" or self._passive(c):
            return
        v = self.v
        post = self._post_after(c.t1 + 1, c.sent[1])
        if post is None:
            return
        place, k = post
        if place is None:
            return
        person = v.occ_at.get(k)
        if person is None or v.by_id[person.eid].type != "PER" or v.gap(k).strip() not in ("", "،"):
            return
        site = v.occ_at.get(person.t1 + 1)
        if site is None or not v.is_place(site.eid) or v.prep_of(site) or v.gap(site.t0).strip() not in ("", "،"):
            return
        c.location = [site.eid] + [x for x in c.location if x not in (place.eid, site.eid)]

    def _hurt_before(self, c: Cand) -> None:
        """"أصيب جنديان إسرائيليان بانفجار عبوة ناسفة": who was hurt, named between a verb of
        wounding or killing and the attack, is what the attack hit."""
        if c.type != "ASSAULT" or c.pos != "N" or c.recipient:
            return
        v = self.v
        def is_hurt(j: int) -> bool:
            # a passive: أصيب/استشهد always; قُتل/جُرح only with the damma that marks it (قتلت القوات is active)
            f = v.tokens[j].folded
            f = f[1:] if f[:1] in ("و", "ف") and f[1:] in _HURT_VERBS | _HURT_PASSIVES else f
            return f in _HURT_PASSIVES or (f in _HURT_VERBS and "\u064f" in v.tokens[j].text[:3])

        hurt = next((j for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 10) - 1, -1)
                     if is_hurt(j) or v.is_strong_break(j + 1) or "،" in v.gap(j + 1)), None)
        if hurt is None or not is_hurt(hurt):
            return
        for o in v.occs_in(hurt + 1, c.t0):
            if o.t0 > 0 and v.bare(o.t0 - 1) in _BY_FIRE and v.is_actorish(o.eid):
                # "أُصيب ثلاثة شبان برصاص قوات الاحتلال خلال مواجهات": whose fire hit them, not one hit
                if not c.actor:
                    c.actor.append(o.eid)
                continue
            member = o.t0 > 0 and v.bare(o.t0 - 1) in _MEMBER_NOUNS  # "ثلاثة من عناصر الشرطة"
            if (v.prep_of(o) in ("", "من") or member) and v.is_actorish(o.eid) and o.eid not in c.actor:
                _add(c.recipient, [o.eid])

    def _chaired(self, o: Occ, lo: int) -> bool:
        """Whether ``o`` is named as a meeting's chair, after "برئاسة" and a title with no comma between
        (the search goes back no further than token ``lo``)."""
        v = self.v
        chair = next((x for x in range(o.t0 - 1, max(lo, o.t0 - 6), -1) if v.bare(x).lstrip("و") in _CHAIRED_BY), None)
        return chair is not None and not any("،" in v.gap(x) for x in range(chair + 1, o.t0 + 1))

    def _exchange_parties(self, c: Cand) -> None:
        """An exchange of prisoners or bodies has its two sides as actors: those of the accord it is part of
        when it names none ("اتفقت الحكومة والحركة على تبادل الأسرى")."""
        if not (c.lemma == "تبادل" or c.lemma.startswith("تبادل_")):
            return
        v = self.v
        accord = next((d for d in self._earlier_in_sentence(c) if d.type == "AGREE" and d.actor), None)
        if accord is not None and (not c.actor or all(v.by_id[x].type == "PER" for x in c.actor)):
            # (not the one who announced the accord: "أعلن رئيس لجنة الأسرى التوصل إلى اتفاق مع الحكومة لتبادل
            # 150 أسيراً": the two sides of the accord exchange them)
            c.actor[:] = list(dict.fromkeys(accord.actor + [x for x in accord.recipient if v.is_actorish(x)]))
        if not c.actor and v.tokens[c.t0].folded.startswith("و") and any(
                v.bare(j) in ("النار", "القتال", "الحرب") and not any("،" in v.gap(x) for x in range(j + 1, c.t0 + 1))
                for j in range(max(c.sent[0], c.t0 - 4), c.t0)):
            # "مفاوضات وقف إطلاق النار وتبادل الأسرى"، "مقترح لوقف إطلاق النار في القطاع وتبادل الأسرى": named
            # with a truce as what talks are about, no act of its own
            c.absorbed = True

    def _chair_holds(self, c: Cand, R: int) -> None:
        """A meeting whose holder is not told is held by its chair: "في ختام اجتماعه الاستثنائي … برئاسة
        وزير الخارجية الكويتي X"."""
        v = self.v
        if c.type == "CONSULT" and c.pos == "N":
            # "وترأس المحافظ X ظهر اليوم اجتماعاً طارئاً للجنة الأمنية": who chairs it holds it, before the body met
            lv = self._light_verb_before(c, 14)
            # (past a name set off by commas after the chair's title: "وترأس والي القصرين، فتحي الخميري، مساء أمس،")
            named = {x for o in v.occs_in(lv + 1, c.t0) for x in (o.t0, o.t1 + 1)} if lv is not None else set()
            if lv is not None and _unjoined(v.tokens[lv].folded) in _CHAIRING_VERBS \
                    and not any(v.is_strong_break(x) or v.comma_before(x) and x - 1 not in self.rd.time_tokens
                                and x not in self.rd.time_tokens and x not in named for x in range(lv + 1, c.t0 + 1)):
                chair = next((o for o in v.occs_in(lv + 1, c.t0) if v.prep_of(o) == "" and v.is_actorish(o.eid)
                              and not v.is_place(o.eid)), None)
                if chair is not None and chair.eid not in c.actor:
                    # (the body whose meeting it is, named after it, is met: "اجتماعاً طارئاً للجنة الأمنية")
                    c.recipient[:0] = [x for x in c.actor if x not in c.recipient]
                    c.actor[:] = [chair.eid]
        if c.type != "CONSULT" or c.actor:
            return
        o = next((o for o in v.occs_in(c.t1 + 1, R) if self._chaired(o, c.t1)), None)
        if o is not None and v.is_actorish(o.eid) and not v.is_place(o.eid):
            c.actor.append(o.eid)

    def _circumstantial(self, c: Cand) -> None:
        """"أجرى بارزاني اتصالاً هاتفياً بالسوداني، طالبه خلاله بـ…": a verb after a comma with no
        conjunction and no subject of its own goes on with the clause before: its subject acts, and
        its object pronoun is the one that clause acted on."""
        v = self.v
        if c.pos != "V" or c.conj or c.t0 <= c.sent[0] or not v.comma_before(c.t0):
            return
        if c.t1 + 1 < c.sent[1] and c.t1 + 1 in v.occ_at and not c.suffix:
            return  # a subject of its own follows
        prev = next((d for d in self._earlier_in_sentence(c) if d.actor and d.frame not in ("host",)), None)
        if prev is None:
            return
        if set(c.actor) <= set(prev.recipient):  # (none of its own, or only the one acted on)
            c.actor = list(prev.actor)
            c.explicit_actor = True
        if c.suffix and not c.recipient and prev.recipient:
            _add(c.recipient, [x for x in prev.recipient if x not in c.actor])

    def description(self, c: Cand) -> None:
        """"دان المجلس الهجوم، ووصفه بأنه «استهداف ممنهج للمنشآت المدنية»": the noun a speaker calls an act
        by names that act again; it tells no new one."""
        v = self.v
        if c.pos != "N" or c.t0 - c.sent[0] < 1:
            return
        for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 4) - 1, -1):
            if "،" in v.gap(j + 1) or "," in v.gap(j + 1):
                return  # (a new clause: "واصفاً إياها بـ«الإيجابية»، وداعياً …")
            w = v.bare(j)
            if w.startswith(("وصف", "واصف", "ووصف", "وواصف")):
                c.absorbed = True
                return
            if w not in ("بانه", "بانها", "بانهم", "ب", "انه", "انها", "اياه", "اياها") and j != c.t0 - 1:
                return

    def attributed_attacker(self, c: Cand) -> None:
        """"غارة جوية نُسبت إلى إسرائيل"، "هجوم شنّه مسلحون يُرجَّح انتماؤهم إلى تنظيم داعش": the body an attack
        is attributed to, or its unnamed attackers belong to, is its doer, not what it hit."""
        v = self.v
        if c.type != "ASSAULT" or c.pos != "N":
            return
        for j in range(c.t1 + 1, min(c.sent[1] - 2, c.t1 + 7)):
            if v.is_strong_break(j) or "،" in v.gap(j):
                return
            if v.bare(j).lstrip("و") in _ATTRIBUTED_TO and v.bare(j + 1) == "الي":
                o = v.occ_at.get(j + 2)
                if o is None or not v.is_actorish(o.eid) or (v.is_place(o.eid) and not v.is_country(o.eid)):
                    return
                _doer_not_target(c, o.eid)
                return
            if v.bare(j) in _BELIEVED and v.bare(j + 1) in ("انهم", "انه") and v.bare(j + 2) == "من":
                # "هجوم شنّه مسلحون يُعتقد أنهم من التنظيم": the body its attackers are believed to be from
                o = v.occ_at.get(j + 3)
                if o is not None and v.is_actorish(o.eid) and not v.is_place(o.eid):
                    _doer_not_target(c, o.eid)
                return

    def fight_with(self, c: Cand) -> None:
        """"دفعت قوات الدعم السريع بتعزيزات …، بعد أيام من اشتباكات مع مقاتلي حركة تحرير السودان": a fight with
        one party, told inside a clause whose subject opens the sentence: that subject is the other side."""
        v = self.v
        a = c.sent[0]
        if c.type != "ASSAULT" or c.pos != "N" or c.actor or not c.recipient \
                or v.bare(c.t0).lstrip("و") not in _FIGHT_NOUNS:
            return
        if not any(v.bare(j) == "مع" for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 3))):
            return
        subject = next((o for o in v.occs_in(a, min(c.t0, a + 4)) if v.prep_of(o) == "" and o.eid not in c.recipient
                        and v.is_actorish(o.eid) and not v.is_place(o.eid) and not v.is_outlet(o.eid)), None)
        if subject is not None and subject.t0 > a and (subject.t0 - 1 in self.rd.trigger_tokens
                                                       or subject.t0 - 1 in self.rd.status_at or subject.t0 == a + 1):
            c.actor.append(subject.eid)

    def another_of_its_kind(self, c: Cand) -> None:
        """"في غارة جوية إسرائيلية …، وذلك بعد ساعات من غارة أخرى طالت مستودعاً": another attack of the kind
        just told, with no doer of its own, is the same doer's."""
        v = self.v
        if c.type != "ASSAULT" or c.pos != "N" or c.actor or v.bare(c.t1 + 1) not in ("اخري", "اخر", "مماثله", "مماثل"):
            return
        prev = next((d for d in self._earlier_in_sentence(c) if d.type == c.type and d.actor), None)
        if prev is not None:
            c.actor.extend(x for x in prev.actor if x not in c.recipient)

    def recaptured_from(self, c: Cand) -> None:
        """"استعاد الجيش السيطرة على مدينة بارا بعد معارك عنيفة مع قوات الدعم السريع": ground taken back after a
        fight with a party was taken back from that party, its target (past its fighters: "مع مقاتلي الحركة")."""
        v = self.v
        if c.lemma not in ("استعاد_السيطرة", "استعادة_السيطرة") or c.recipient:
            return
        b = c.sent[1]
        fight = next((j for j in range(c.t1 + 1, min(b, c.t1 + 14)) if v.bare(j).lstrip("و") in _FIGHT_NOUNS), None)
        if fight is None:
            return
        k = next((x for x in range(fight + 1, min(b, fight + 6)) if v.bare(x) == "مع"), None)
        if k is None or any(v.is_strong_break(x) for x in range(fight + 1, k + 1)):
            return
        x = k + 1
        while x < b and x not in v.occ_at and v.bare(x) in _REMNANTS:
            x += 1
        o = v.occ_at.get(x)
        if o is None or not v.is_actorish(o.eid) or v.is_place(o.eid) or o.eid in c.actor:
            return
        c.recipient.extend(g.eid for g in v.group_from(o, b) if v.is_actorish(g.eid) and g.eid not in c.actor)

    def means_of_subject(self, c: Cand) -> None:
        """"فرّقت الشرطة مسيرة نظمها مئات المعلمين، مستخدمةً القنابل المسيلة للدموع": what a circumstantial participle
        of using names after a comma is used by the sentence's subject; the crowd whose protest it named was hit."""
        v = self.v
        j = c.t0 - 1
        if c.pos != "N" or c.type != "ASSAULT" or j <= c.sent[0] or v.bare(j).lstrip("و") not in _USING \
                or "،" not in v.gap(j):
            return
        subject = next((o for o in v.occs_in(c.sent[0], j) if v.prep_of(o) == "" and v.is_actorish(o.eid)
                        and not v.is_outlet(o.eid) and not v.is_place(o.eid)), None)
        if subject is None or c.actor == [subject.eid]:
            return
        c.actor[:] = [subject.eid]
        c.recipient[:] = [x for x in c.recipient if x != subject.eid]
        protest = next((d for d in self._earlier_in_sentence(c) if d.type == "PROTEST" and d.actor), None)
        if protest is not None and not c.recipient:
            _add(c.recipient, [x for x in protest.actor if x != subject.eid])

    def taken_to(self, c: Cand) -> None:
        """"وإصابة سبعة آخرين نُقلوا إلى مستشفى الدمازين": where the wounded were taken is no place of the attack."""
        if c.type != "ASSAULT" or not (c.location or c.destination):
            return
        v = self.v
        for o in v.occs_in(c.sent[0], c.sent[1]):
            if o.eid in c.location + c.destination and o.t0 >= 2 and v.bare(o.t0 - 1) == "الي" \
                    and v.bare(o.t0 - 2).lstrip("و") in _TAKEN_VERBS:
                for role in (c.location, c.destination):
                    if o.eid in role:
                        role.remove(o.eid)

    def suspected_perpetrators(self, c: Cand) -> None:
        """"بكمين استهدف رتلاً …، مرجحاً أن يكون المنفذون من بقايا تنظيم داعش": the body those who carried
        out an attack are said to be from, later in its sentence, is its doer when none is told."""
        v = self.v
        if c.type != "ASSAULT" or c.actor:
            return
        for j in range(c.t1 + 1, c.sent[1] - 2):
            if v.is_strong_break(j):
                return
            if v.bare(j).lstrip("و") not in _PERPETRATORS or v.bare(j + 1) != "من":
                continue
            k = j + 2 + (v.bare(j + 2) in _REMNANTS)
            o = v.occ_at.get(k)
            if o is None or v.by_id[o.eid].type != "ORG" or not v.is_actorish(o.eid) or v.is_place(o.eid):
                return
            _doer_not_target(c, o.eid)
            return

    def accused_in_its_sentence(self, c: Cand) -> None:
        """An attack told with no doer, and later in its sentence the party accused of it, said to have claimed it
        or put down to it ("قُتل طفلان جراء سقوط قذائف …، فيما اتهمت السلطة المحلية جماعة الحوثي بإطلاق القذائف"،
        "في بيان حمّلت فيه «الدعم السريع» المسؤولية"، "في حادث تبنّته جبهة البوليساريو"، "في عمل نسبته مصادر
        عسكرية إلى ميليشيات البوليساريو"): that party is its doer. (An accusation in a sentence of its own is
        one side's word, left to the accusation.)"""
        if c.type != "ASSAULT" or c.actor or c.status not in ("occurred", "ongoing") or self._quoted(c.start):
            return
        v = self.v
        if any(v.bare(x).removeprefix("و") in _DENIED_IT for x in range(c.t1 + 1, c.sent[1])):
            return  # (a charge the accused denies in the same sentence leaves it disputed: "وهو ما نفته «قسد»")
        for x in range(c.t1 + 1, c.sent[1]):
            if v.is_strong_break(x):
                return
            w = v.bare(x).removeprefix("و")
            doer = None
            if w in _CLAIMED_IT:
                doer = next((v.occ_at[y] for y in range(x + 1, min(c.sent[1], x + 4)) if y in v.occ_at), None)
            elif w in _PUT_DOWN_TO:
                to = next((y for y in range(x + 1, min(c.sent[1] - 1, x + 6)) if v.bare(y) == "الي"), None)
                # (past the members' word: "إلى ميليشيات البوليساريو")
                doer = next((v.occ_at[y] for y in (to + 1, to + 2) if y in v.occ_at), None) if to is not None else None
            else:
                d = next((d for d in self._cands_at(x) if d.type == "ACCUSE" and len(d.recipient) == 1), None)
                occ = next((o for o in v.occs_in(x + 1, min(c.sent[1], x + 10)) if o.eid == d.recipient[0]),
                           None) if d is not None else None
                # (past the accused's own participle phrase: "القوات السعودية المتمركزة على الجانب الآخر من الحدود
                # بالوقوف وراءه")
                reach = 10 if occ is not None and occ.t1 + 1 < c.sent[1] \
                    and v.bare(occ.t1 + 1).startswith("الم") and v.bare(occ.t1 + 1).endswith(("ه", "ين", "ون")) else 3
                charge = next((y for y in range(occ.t1 + 1, min(c.sent[1], occ.t1 + reach))
                               if v.bare(y).startswith(_CHARGES_OF_AN_ATTACK)), None) if occ is not None else None
                if charge is not None and any(v.comma_before(y) for y in range(occ.t1 + 1, charge + 1)):
                    charge = None
                # (the blame for something else it names: "المسؤولية الكاملة عن استمرار المجازر")
                if charge is not None and not (v.bare(charge).endswith("مسؤوليه") and any(
                        v.bare(y) == "عن" for y in range(charge + 1, min(c.sent[1], charge + 3)))):
                    doer = occ
            if doer is None:
                continue
            if any(d.type == "ASSAULT" and c.t1 < d.t0 < x and d is not c for d in self.cands):
                return  # (the nearest attack before it is the one put down: "… إسقاط مسيّرة، فيما تعرضت بورتسودان
                # لسلسلة هجمات نسبها الجيش إلى قوات الدعم السريع")
            if v.is_actorish(doer.eid) and not v.is_outlet(doer.eid) and (
                    not v.is_place(doer.eid) or v.is_country(doer.eid)):
                _doer_not_target(c, doer.eid)
            return

    def exposed_to(self, c: Cand) -> None:
        """"تعرّضت قاعدة فيكتوريا، …، لهجوم بطائرتين مسيّرتين": what underwent an attack was hit; a site is
        where it happened, a party what it hit."""
        v = self.v
        if c.type not in ("ASSAULT", "COERCE") or c.pos != "N" or c.recipient:
            return
        if c.t0 <= c.sent[0]:
            return
        if not v.tokens[c.t0].folded.startswith("ل") and not (
                v.tokens[c.t0 - 1].folded[:1] == "ل" and v.tokens[c.t0 - 1].folded[1:] in _SERIES_NOUNS):
            return  # ("تعرضت لسلسلة هجمات": a series of attacks, one event)
        verb = next((j for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 25) - 1, -1)
                     if _unjoined(v.bare(j)) in _EXPOSED_VERBS or v.is_strong_break(j + 1)), None)
        if verb is None or _unjoined(v.bare(verb)) not in _EXPOSED_VERBS:
            return
        if verb > c.sent[0] and _unjoined(v.bare(verb - 1)) in ("اذا", "ان", "لو", "حال", "حاله", "لئن", "متي"):
            return  # "إذا تعرضت إيران لهجوم"، "في حال تعرض …": a condition, no attack told
        c.verbal = True  # (told by a finite verb: an occasion, not background)
        # who underwent it is the clause's subject; the source of a figure told before the verb is no doer ("…،
        # بحسب أرقام الوحدة التنفيذية، وكان مخيم الجفينة قد تعرض لقصف")
        attributed = {o.eid for o in v.occs_in(c.sent[0], verb) if any(
            _unjoined(v.bare(j)) in _ATTRIBUTING for j in range(max(c.sent[0], o.t0 - 3), o.t0))}
        # (nor the state whose flag the ship that underwent it flies: "سفينة شحن ترفع علم ليبيريا تعرضت لهجوم")
        attributed |= {o.eid for o in v.occs_in(c.sent[0], verb) if o.t0 > 0 and v.bare(o.t0 - 1) in ("علم", "العلم")}
        c.actor[:] = [x for x in c.actor if x not in attributed]
        # its subject, or the owner of an unnamed one: "تعرضت دورية للجيش العراقي لهجوم"
        o = next((o for o in v.occs_in(verb + 1, min(c.t0, verb + 7))
                  if v.prep_of(o) == "" and o.t0 == verb + 1 or v.prep_of(o) == "ل" and o.t0 == verb + 2
                  or self._unit_member(o)  # ("تعرضت دورية تابعة للجيش"، "قوة من الجيش")
                  or v.prep_of(o) == "" and self._owned_site_before(verb + 1, o.t0)), None)
        if o is None:
            # or told before it, as the clause's subject: "إن قطعات من الفرقة العشرين تعرضت لإطلاق نار"، "وكان
            # الجيش قد تعرض لهجوم" (not the genitive of another noun: "وكان محيط السفارة قد تعرض")
            o = next((p for p in reversed(v.occs_in(max(c.sent[0], verb - 6), verb)) if p.t1 >= verb - 2 and (
                self._unit_member(p) or (v.prep_of(p) == "" and (p.t0 == c.sent[0]
                                                               or v.bare(p.t0 - 1) in _CLAUSE_OPENERS)))), None)
        if o is None:
            # or the district the settlements that underwent it belong to: "تعرضت قرى حدودية تابعة لقضاء بنجوين"
            o = next((p for p in v.occs_in(verb + 1, min(c.t0, verb + 7)) if v.held_by_place(p) == "-"), None)
        if o is None:
            return
        if v.is_place(o.eid) and not v.is_actorish(o.eid):
            # (the site itself, before the place that holds it: "تعرّضت قاعدة بلد الجوية في محافظة صلاح الدين")
            c.location[:] = [o.eid] + [x for x in c.location if x != o.eid]
        elif v.is_actorish(o.eid):
            # (with the bodies joined to it: "تعرضت دورية للجيش والشرطة لهجوم")
            for g in [g for g in v.group_from(o, c.t0) if v.is_actorish(g.eid)] or [o]:
                if g.eid in c.actor:
                    c.actor.remove(g.eid)  # (read as the subject before the noun: it underwent the attack)
                _add(c.recipient, [g.eid])
            geo = v.by_id[o.eid].geo if v.is_place(o.eid) else None
            if geo is not None and geo.feature != "country" and not c.location:
                c.location.append(o.eid)  # ("تعرضت مدينة بورتسودان لهجمات": the city hit is where)

    def _owned_site_before(self, a: int, b: int) -> bool:
        """Tokens [a, b) are a site or unit in construct with the body after them, maybe one of several:
        "تعرض أحد مراكز حرس الحدود"، "تعرض مقر الشرطة"."""
        v = self.v
        if v.bare(a) in ("احد", "احدي"):
            a += 1
        if b - a == 2 and v.bare(a + 1) in _BODY_KIND_WORDS:
            b -= 1  # (the body's kind before its name: "تعرض مقر حزب الاتحاد الوطني الكردستاني في كركوك لهجوم")
        return b - a == 1 and not v.tokens[a].prefix and (
            v.bare(a) in _TARGET_NOUNS or self.lex.in_class(v.bare(a), "site"))

    def used_by(self, c: Cand) -> None:
        """"دمّرت طائرات مسيّرة مخزناً للأسلحة تستخدمه جماعة الحوثي": the party named after a verb of using or
        holding in the target's relative clause owns the target, hit; it is not the subject of the attack. And a
        unit "تابعة له" before the verb belongs to the speaker, who acted."""
        v = self.v
        if c.type not in ("ASSAULT", "COERCE") or c.pos != "V":
            return
        for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 10)):
            if v.is_strong_break(j):
                break
            k = j + 2 if j + 2 < c.sent[1] and v.bare(j + 1) in ("فيه", "فيها", "عليه", "عليها") else j + 1
            if _unjoined(v.bare(j)) in _USED_BY and k in v.occ_at:  # (past its pronoun: "يتحصن فيه مسلحو …")
                o = v.occ_at[k]
                if v.is_actorish(o.eid) and not v.is_place(o.eid):
                    if o.eid in c.actor:
                        c.actor.remove(o.eid)
                    _add(c.recipient, [o.eid])
                break
        if not c.actor and c.t0 - 2 > c.sent[0] and v.bare(c.t0 - 1) in ("له", "لها", "لهم") \
                and _unjoined(v.bare(c.t0 - 2)).startswith("تابع"):
            st = self.statement_for(c.start)
            if st is not None and st.speaker and v.is_actorish(st.speaker) and not v.is_outlet(st.speaker):
                c.actor.append(st.speaker)  # ("أعلن التحالف أن طائرات مسيّرة تابعة له دمّرت …": the speaker's)
                c.recipient[:] = [x for x in c.recipient if x != st.speaker]

    def authorities_of(self, c: Cand) -> None:
        """"اتفقت السلطات الأمنية والعسكرية في تونس والجزائر": unnamed authorities of the countries named after
        them with في act for those countries; the countries are no scene."""
        v = self.v
        if c.actor or c.t1 + 2 >= c.sent[1] or _unjoined(v.bare(c.t1 + 1)) not in _AUTHORITY_NOUNS:
            return
        k = c.t1 + 2
        while k < min(c.sent[1], c.t1 + 6) and k not in v.occ_at and v.bare(k) != "في" \
                and v.tokens[k].folded.lstrip("و").startswith("ال") and not v.comma_before(k):
            k += 1  # (its adjectives: "الأمنية والعسكرية")
        if v.bare(k) != "في" or k + 1 not in v.occ_at:
            return
        countries = [o.eid for o in v.group_from(v.occ_at[k + 1], c.sent[1]) if v.is_country(o.eid)]
        if countries:
            c.location[:] = [x for x in c.location if x not in countries]
            _add(c.actor, countries)

    def _cands_at(self, t0: int) -> list[Cand]:
        """The candidates whose trigger starts at token t0, in their order (indexed once: asked per token)."""
        if self._by_t0 is None:
            self._by_t0 = {}
            for d in self.cands:
                self._by_t0.setdefault(d.t0, []).append(d)
        return self._by_t0.get(t0, [])

    def authorities_belonging_to(self, c: Cand) -> None:
        """"اتهمت السلطات التابعة لجماعة الحوثي القوات السعودية …": unnamed authorities said to belong to a party
        act for that party."""
        v = self.v
        if c.pos != "V" or c.t1 + 3 >= c.sent[1]:
            return
        auth = v.occ_at.get(c.t1 + 1)
        if auth is None or auth.eid not in c.actor or _unjoined(v.bare(auth.t0)) not in _AUTHORITY_NOUNS:
            return
        k = auth.t1 + 1
        if v.bare(k).removeprefix("ال") not in ("تابعه", "تابع", "مواليه", "موالي", "خاضعه", "خاضع"):
            return
        owner = v.occ_at.get(k + 1)
        if owner is not None and v.prep_of(owner) == "ل" and v.is_actorish(owner.eid) and not v.is_place(owner.eid):
            c.actor[:] = [owner.eid if x == auth.eid else x for x in c.actor]
            c.recipient[:] = [x for x in c.recipient if x != owner.eid]

    def listed_places(self, c: Cand) -> None:
        """"باشرت الانتشار في عدد من القرى الحدودية …، بينها رميش وكفركلا": the places named among those
        told by their kind are where it happened."""
        v = self.v
        if c.location or c.destination or c.origin or c.type in ("AGREE", "REQUEST", "ACCUSE", "REJECT", "SUPPORT"):
            return
        a, b = c.sent
        seen_in = False
        for j in range(c.t1 + 1, min(b - 1, c.t1 + 24)):
            if v.is_strong_break(j) or (j > c.t1 + 1 and j in self.rd.trigger_tokens):
                return
            w = v.bare(j)
            if w == "في":
                seen_in = True
            elif w in _AMONG_WORDS and seen_in and "،" in v.gap(j):
                o = v.occ_at.get(j + 1)
                if o is None or v.prep_of(o) != "" or not v.is_place(o.eid):
                    return
                _add(c.location, [x.eid for x in v.group_from(o, b) if v.is_place(x.eid)])
                return
            elif j in v.occ_at and v.is_place(v.occ_at[j].eid):
                return  # (a place named outright: the reader took it)

    def chained_participle(self, c: Cand) -> None:
        """"…، متهماً الحزب بمحاولة …، ومتوعداً بـ«مواصلة الضربات»": a participle joined by و to one before it
        has the same speaker, and threatens whom that one accused or called on; so does a demand ("متهمة الجماعة
        باستخدام الاختطاف …، ومطالبة بالإفراج عن جميع المختطفين")."""
        v = self.v
        if c.type not in ("THREATEN", "REQUEST") or c.recipient or "،" not in v.gap(c.t0) \
                or c.type == "REQUEST" and c.pos != "N":
            return
        joined = v.tokens[c.t0].folded.startswith("و")
        # (or, with no و, a threat right after the accusation's verb: "اتهم المتحدث «قسد» باستهداف المدنيين،
        # متوعداً بأن الرد سيكون قاسياً")
        prev = next((d for d in self._earlier_in_sentence(c) if d.type in ("ACCUSE", "REQUEST", "THREATEN")
                     and d.recipient and c.t0 - d.t1 <= 40 and (joined or c.type == "THREATEN" and d.type == "ACCUSE"
                                                               and d.pos == "V")), None)
        if prev is None or not (set(prev.actor) & set(c.actor) or not c.actor):
            return
        _add(c.recipient, [x for x in prev.recipient if x not in c.actor])

    def dispersed_crowd(self, c: Cand) -> None:
        """"أغلق المحتجون الطريق …، قبل أن تتدخل وحدات الأمن وتستعمل الغاز المسيل للدموع لتفريقهم": the
        crowd a dispersal's pronoun stands for was hit: the protest's doers told before it in the sentence,
        or else the crowd named there."""
        v = self.v
        if c.type != "ASSAULT" or c.mode != "crowd-control" or c.recipient:
            return
        a, b = c.sent
        prev = next((d for d in self._earlier_in_sentence(c) if d.type == "PROTEST" and d.actor), None)
        if c.suffix == "ها" and prev is not None and prev.pos == "N":
            pass  # the gathering the pronoun stands for: "وقفة احتجاجية …، قبل أن تفرّقها قوات الأمن"
        elif c.suffix not in ("هم", "هن"):  # the means, then what it was for: "استخدمت الغاز المسيل للدموع لتفريقهم"
            if not any(v.bare(j) in ("لتفريقهم", "لتفريقهن") for j in range(c.t1 + 1, min(b, c.t1 + 4))):
                return
        if prev is not None:
            _add(c.recipient, [x for x in prev.actor if x not in c.actor])
            return
        for o in reversed(v.occs_in(a, c.t0)):
            if v.is_actorish(o.eid) and o.eid not in c.actor and any(
                    self.lex.any_in_class(word_stems(v.tokens[j].folded), cls) for j in range(o.t0, o.t1 + 1)
                    for cls in ("protester", "crowd")):
                c.recipient.append(o.eid)
                return

    def _denied_that_it_was(self, c: Cand) -> tuple[int, StatusCue, str] | None:
        """"نفى المتحدث باسم التحالف العميد الركن تركي المالكي أن تكون مقاتلات التحالف قد شنت غارات": «أن تكون/يكون»
        before the act, and a verb of denial before it past the denier's long name: the cue of denial."""
        v, status_at = self.v, self.rd.status_at
        a = c.sent[0]
        that = next((j for j in range(c.t0 - 1, max(a, c.t0 - 9), -1) if v.bare(j) in ("ان", "بان")
                     and v.bare(j + 1) in ("تكون", "يكون", "يكونوا", "تكونا", "يكونا")), None)
        # (a past act under «قد», not a copula's predicate, "أن يكون الانسحاب مؤشراً على تقليص …"; no comma between)
        if that is None or v.break_or_comma_in(that + 1, c.t0 + 1) \
                or not any(v.bare(x) == "قد" for x in range(that + 2, c.t0)):
            return None
        for j in range(that - 1, max(a - 1, that - 15), -1):
            if v.is_strong_break(j + 1):
                return None
            h = status_at.get(j)
            if h is not None and h.payloads[0].lemma == "نفى":
                return (j, h.payloads[0], "negated")
        return None

    def standing_curfew(self, c: Cand) -> None:
        """"فرضت قيادة الأمن الداخلي حظر تجول في المدينة حتى إشعار آخر"، "… اعتباراً من السادسة مساء أمس": a curfew
        imposed until further notice or from a time on is in force, under way; one for two days or some hours, or
        lifted, is over."""
        if c.type != "COERCE" or c.mode != "curfew" or c.status != "occurred":
            return
        v = self.v
        words = {v.bare(j) for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 20))}
        if words & {"لمده", "لساعات", "استمر", "رفع", "رفعت", "انتهي", "ساعه", "ساعات"}:
            return
        start = next((j for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 20)) if _unjoined(v.bare(j)) in ("يبدا", "سيبدا")
                      and v.bare(j + 1) in ("سريانه", "سريان", "تطبيقه", "العمل")), None)
        if start is not None:
            c.status = "planned"  # "…، يبدأ سريانه مساء اليوم الأربعاء": it takes effect from a time to come, that day
            t = next((t for _ti, t in v.times_in(start + 2, min(c.sent[1], start + 6)) if t.value and t.grain != "duration"), None)
            if t is not None:
                c.time, c.date = t, t.value
            return
        if words & {"اشعار", "اعتبارا", "منذ", "ساريا"}:
            c.status = "ongoing"

    def standing_closure(self, c: Cand) -> None:
        """"أغلقت القوات منذ فجر اليوم حاجز عطارة"، "…، ولا يزال الحاجز مغلقاً": a closure kept since a time, or said to
        stand still, is under way; one for some hours or lifted is over."""
        if c.type != "COERCE" or c.mode != "restrict" or c.status != "occurred" or c.lemma not in _CLOSURE_LEMMAS:
            return
        v = self.v
        words = [v.bare(j) for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 25))]
        if set(words) & {"لمده", "لساعات", "رفع", "رفعت", "اعاد", "اعادت", "فتح", "فتحه", "فتحها"}:
            return
        still = any(w.lstrip("و") in ("يزال", "تزال") and any(x.startswith(("مغلق", "مقفل")) for x in words[k + 1:k + 4])
                    for k, w in enumerate(words))
        if "منذ" in words[:6] or still:
            c.status, c.default_status = "ongoing", False

    def arrested_of_the_crowd(self, c: Cand) -> None:
        """"فرّقت القوات العمومية المحتجين …، وأوقفت سبعة أشخاص"، "ألقت الشرطة القبض على 14 عاملاً بعد أن حاول عدد
        من المحتجين إغلاق البوابة": people counted as arrested beside a crowd told in the sentence, or in the one
        before it, are of that crowd (the nearest one named)."""
        v = self.v
        q = c.quantity
        among = any(v.bare(j) in ("صفوفهم", "صفوفهن") for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 4)))
        counted_after = q is not None and q.unit == "arrested" and q.start >= c.end
        if c.type != "COERCE" or c.mode != "arrest" or c.recipient or not (counted_after or among):
            return  # (people counted after the arrest, or "أي توقيفات في صفوفهم": among them)
        a, b = c.sent
        # (not past the opener of another thread: "وفي الأثناء، أحبطت وحدات الحرس البحري … وأوقفت 37 مهاجراً")
        lo = v.sentence_tokens(v.tokens[a - 1].start)[0] if a > 0 and not self._new_thread(a) else a
        crowds = [o for o in v.occs_in(lo, b) if o.eid not in c.actor and v.is_actorish(o.eid) and (
            "crowd" in v.kinds.get(o.eid, ()) or any(self.lex.any_in_class(word_stems(v.tokens[j].folded), "protester")
                                                     for j in range(o.t0, o.t1 + 1)))]
        if crowds:
            c.recipient.append(min(crowds, key=lambda o: abs(o.t0 - c.t0)).eid)

    def dispersed_gathering(self, c: Cand) -> None:
        """"فرّقت القوات العمومية، مساء أمس، وقفة احتجاجية نظمها مئات الأساتذة …": the gathering dispersed is
        the attack's object; who held it (read once every mention has its roles) was hit, where it was held."""
        if c.type != "ASSAULT" or c.mode != "crowd-control" or c.recipient or c.suffix:
            return
        b = c.sent[1]
        held = next((d for d in self._in_sentence_after(c) if d.type == "PROTEST" and d.pos == "N"
                     and d.t0 - c.t1 <= 1 + self.rd.past_subject(c.t1 + 1, 4, b)), None)
        if held is not None:
            doers = held.actor
            if not doers:  # "تظاهرة دعا إليها الاتحاد": who called it, by the call's own verb
                call = next((d for d in self._in_sentence_after(held) if d.type == "REQUEST" and d.pos == "V"), None)
                if call is not None and call.t0 == held.t1 + 1 and self.v.bare(call.t1 + 1) in ("اليها", "لها"):
                    doers = call.actor
            _add(c.recipient, [x for x in doers if x not in c.actor])
            if not c.location:
                _add(c.location, held.location)

    def _pronoun_object(self, c: Cand) -> None:
        """"هدد … بضرب قوات النظام، مطالباً إياها بالانسحاب": the detached object pronoun (إياه، إياها،
        إياهم) is the one just acted on in the sentence, or the last party named before who is not the actor."""
        v = self.v
        nx = c.t1 + 1
        if c.recipient or nx >= c.sent[1] or v.bare(nx) not in _DETACHED_OBJECTS:
            return
        prev = next((d for d in self._earlier_in_sentence(c) if d.recipient
                     and not set(d.recipient) & set(c.actor)), None)
        if prev is not None:
            _add(c.recipient, [x for x in prev.recipient if v.is_actorish(x)])
            return
        for o in reversed(v.occs_in(c.sent[0], c.t0)):
            if v.is_actorish(o.eid) and o.eid not in c.actor and not v.is_outlet(o.eid) and not _seat_of_body(v, o):
                c.recipient.append(o.eid)
                return

    def _relative_light_subject(self, c: Cand, L: int) -> None:
        """"عناصر مكافحة الشغب الذين استخدموا القنابل المسيلة للدموع": a light verb in a relative clause
        before the noun lends it the relative's antecedent as its subject."""
        v = self.v
        if c.actor or c.pos != "N" or L - 1 <= c.sent[0] or v.bare(L - 1) not in ("الذين", "الذي", "التي"):
            return
        if not any(_light_verb(v.tokens[j].folded) for j in range(L, c.t0)):
            return
        o = next((p for p in v.occs_in(max(c.sent[0], L - 8), L - 1) if p.t1 == L - 2), None)
        if o is not None and v.is_actorish(o.eid) and not v.is_outlet(o.eid) and o.eid not in c.recipient:
            c.actor.append(o.eid)
            c.explicit_actor = True

    def _own_force_subject(self, c: Cand) -> None:
        """"أعلن التحالف أن مقاتلاته نفذت سلسلة غارات"، "قالت القيادة إن طائراتها استهدفت …": a force or its aircraft
        with a pronoun, the subject of the reported act right after "أن", is the speaker's own: the speaker acts."""
        if c.actor or c.type not in ("ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID"):
            return
        v = self.v
        a = c.sent[0]
        for k in range(c.t0 - 1, max(a, c.t0 - 9), -1):
            if not _owned_force_word(v.bare(k)):
                continue
            if k < c.t0 - 1 and not (c.pos == "N" and _light_verb(v.tokens[k + 1].folded)):
                return  # (a noun's own light verb between: "أن مقاتلاته نفذت، بعد الظهر، سلسلة غارات")
            if v.bare(k - 1) not in ("ان", "بان"):
                return
            speaker = next((o for o in v.occs_in(a, k - 1) if v.prep_of(o) == "" and v.is_actorish(o.eid)
                            and v.by_id[o.eid].type == "ORG" and not v.is_outlet(o.eid)), None)
            if speaker is not None:
                c.actor.append(speaker.eid)
            return

    def _pronoun_actor(self, c: Cand, L: int) -> None:
        """أنه/أنها before the clause, or a pronoun on the trigger: the speaker or the last actor."""
        v = self.v
        if c.pos == "N" and c.suffix and c.frame not in ("host", "receive"):
            stepped = self.rd.stepped_up_subject(c.t0, c.sent[0])
            if stepped is not None:
                if not c.actor:
                    c.actor.append(stepped.eid)  # "كثّفت قوات الدعم السريع هجماتها": the one stepping up acts
                if not _unjoined(v.bare(stepped.t0 - 1)).startswith(("ست", "سي")):
                    c.verbal = True  # (told by that finite verb: an occasion, not something known)
                return
        if c.frame == "host" and c.suffix and not c.recipient:
            for o in reversed(v.occs_in(c.sent[0], c.t0)):
                if v.is_actorish(o.eid):
                    c.recipient.append(o.eid)
                    break
        if c.actor and c.pos == "N" and c.type in ("MOBILIZE", "RETREAT") and c.t1 + 2 < c.sent[1] \
                and v.bare(c.t1 + 1) == "من" and (unit := v.occ_at.get(c.t1 + 2)) is not None and c.actor == [unit.eid] \
                and c.sent[0] <= L - 1 and v.is_pronoun_subject(L - 1) \
                and any(v.bare(j).lstrip("و") in _SEND_VERBS or _light_verb(v.tokens[j].folded) for j in range(L, c.t0)):
            # "وأنها دفعت بتعزيزات من جهاز الأمن المركزي": who sent them (the pronoun's body) acts with the unit
            sender = self._pronoun_referent(c, L - 1)
            if sender is not None and sender not in c.actor:
                c.actor.insert(0, sender)
            return
        if c.actor or c.frame in ("host", "receive"):
            return
        nx = c.t1 + 1
        if c.pos == "V" and nx + 1 < c.sent[1] and v.bare(nx) in _DEMONSTRATIVES and \
                any(self.lex.in_class(w, "force") for w in strip_word(v.tokens[nx + 1].folded)):
            for o in reversed(v.occs_in(max(0, c.sent[0] - 60), c.t0)):
                if v.by_id[o.eid].type == "ORG" and any(self.lex.in_class(w, "force") for w in strip_word(v.tokens[o.t0].folded)):
                    c.actor.append(o.eid)
                    return
        i = L - 1
        pron = i >= c.sent[0] and v.is_pronoun_subject(i)
        suffix = bool(c.suffix) and c.pos == "N" and c.gen == "actor" and c.frame in ("intrans", "end", "enter")
        if bool(c.suffix) and c.pos == "N" and c.frame in ("meet", "visit"):
            self._meeting_owner(c)
            return
        # "وجرى توقيف 14 شخصاً"، "تم اعتقال …": an impersonal passive; its agent is told before
        impersonal = c.pos == "N" and c.type in ("COERCE", "ASSAULT", "MOBILIZE", "RETREAT") and c.t0 > c.sent[0] \
            and v.bare(c.t0 - 1).lstrip("و") in _IMPERSONAL
        if impersonal:
            i, pron = c.t0 - 1, False
            suffix = True
        if not (pron or suffix):
            return
        if pron and (referent := self._pronoun_referent(c, i)) is not None:
            c.actor.append(referent)
            return
        if pron and self._they_not_the_speaker(c, i):
            return  # "قال ضابط … إن المهاجمين …، مضيفاً أنهم لاذوا بالفرار": they are not the one speaking
        # the nearest actor-like entity before; one that acted in an event already read comes first
        # ("رصدت قوات حرس الحدود مجموعة من المهربين …، مضيفاً أنه جرى ضبط …": the guards seized)
        # (not the dateline's place, which only says where the report was filed: "طرطوس – «…»\nواصل نحو 1800
        # عامل من عمال الشحن … إضرابهم")
        before = [o for o in reversed(v.occs_in(max(0, c.sent[0] - 40), i if pron else c.t0))
                  if v.is_actorish(o.eid) and not v.is_outlet(o.eid) and v.prep_of(o) != "مقر"
                  and not (v.by_id[o.eid].type == "LOC" and any(d in v.gap(o.t1 + 1) for d in "–—-"))]
        if c.type == "COERCE":
            # (an arrest is the state's: "حاول عدد من المحتجين …، وجرى توقيف 14 شخصاً" — not the crowd's)
            state = [o for o in before if any(k in (v.by_id[o.eid].actor_code or "") for k in ("COP", "MIL", "GOV", "SPY", "JUD"))]
            # (nor a body with no code of its own: "نُقل ثلاثة منهم إلى المركز الاستشفائي …، فيما جرى توقيف …")
            # and a crowd, workers or students arrest no one either (an armed opposition may: "سيطرت فصائل
            # المعارضة على المدينة، وجرى اعتقال …")
            before = state or [o for o in before if _may_arrest(v.by_id[o.eid])]
        acting = {x for d in self.cands if d is not c and d.t1 < c.t0 and d.actor for x in d.actor}
        pick = None
        if pron and v.bare(i).startswith(("لكن", "ولكن")):
            # "رحّبت الحكومة اليمنية بالإفراج …، لكنها اتهمت …": the subject of the sentence's own clause
            pick = next((o for o in v.occs_in(c.sent[0], i) if v.prep_of(o) == "" and v.is_actorish(o.eid)
                         and not v.is_outlet(o.eid)), None)
        pick = pick or next((o for o in before if o.eid in acting), None) or next(
            (o for o in before if v.prep_of(o) == ""), before[0] if before else None)
        if pick is not None:
            c.actor.append(pick.eid)

    def _speaker_before(self, c: Cand) -> str | None:
        """The speaker of the statement c is in, when its cue comes before c and the speaker can act; else None."""
        st = self.statement_for(c.start)
        if st is not None and st.speaker and st.cue.start < c.start and self.v.is_actorish(st.speaker):
            return st.speaker
        return None

    def _pronoun_referent(self, c: Cand, i: int) -> str | None:
        """The body a subject pronoun at token i stands for: after و, the subject of the first أنّ clause when it
        agrees ("مؤكداً أن الأجهزة لن تتراجع، وأنها اعتقلت …"), else the speaker of c's statement (not one person
        told of as "they")."""
        if self.v.tokens[i].folded[:1] == "و":
            inner = self._first_anna_subject(c, i)
            if inner is not None:
                return inner
        return None if self._they_not_the_speaker(c, i) else self._speaker_before(c)

    def _they_not_the_speaker(self, c: Cand, i: int) -> bool:
        """The subject pronoun at token i is "they" and the speaker of c's statement is one person."""
        speaker = self._speaker_before(c)
        return speaker is not None and _plural_pronoun(self.v.bare(i)) and _one_person(self.v.by_id[speaker])

    def _first_anna_subject(self, c: Cand, i: int) -> str | None:
        """The noun subject of the nearest أنّ clause before token i in the sentence ("أن الأجهزة …، وأنها …"),
        when its gender agrees with the pronoun at i; None if there is none."""
        v = self.v
        pron = v.bare(i).lstrip("و").removeprefix("ب").removeprefix("ان")
        want = {"ها": "f", "ه": "m"}.get(pron)
        if want is None:
            return None
        for j in range(i - 1, c.sent[0] - 1, -1):
            if v.is_strong_break(j + 1):
                return None
            if v.bare(j).lstrip("و") in ("ان", "بان"):
                return self._anna_subject(j, want)
        return None

    def _meeting_owner(self, c: Cand) -> None:
        """A meeting or visit with "his", "her" or "their" is that of the nearest subject before it in its
        sentence that agrees with the pronoun: "دان المجلس، في ختام اجتماعه، …"، "يناقشه وزراء الخارجية في
        اجتماعهم" (a subject: a body, a person or a state with no preposition before it, not one named in a
        person's title). After a light verb with its own subject, that subject's: "عقدت الخلية اجتماعها
        الأول" (an unnamed cell: no one named)."""
        v = self.v
        pron = c.suffix.lstrip("ت")
        if pron not in ("ه", "ها", "هم", "هما"):
            return  # (اجتماعنا: the speaker's, told by the statement)
        lo = c.sent[0]
        verb = next((j for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 4) - 1, -1) if _light_verb(v.tokens[j].folded)
                     or v.bare(j).lstrip("و") in _CLOSING_VERBS), None)
        if verb is not None and verb + 1 < c.t0:
            lo = verb + 1  # "تعقد اللجنة اجتماعها": the subject between the verb and the meeting
        for o in reversed(v.occs_in(lo, c.t0)):
            e = v.by_id[o.eid]
            if v.prep_of(o) != "" or not v.is_actorish(o.eid) or v.is_outlet(o.eid) or o.start in v.title_bodies or (
                    e.type == "LOC" and (not v.is_country(o.eid) or any(d in v.gap(o.t1 + 1) for d in "–-"))):
                continue  # (a city is where, and a dateline's capital too: "طرابلس – اتفقت اللجنة …")
            if self.rd._in_relative_aside(o, c.t0):
                continue  # "تعقد اللجنة، التي تترأسها الولايات المتحدة، اجتماعها": the aside's party holds nothing
            if pron == "ه":
                agrees = e.type == "PER" or entity_gender(e) == "m"
            elif pron == "ها":
                agrees = e.type != "PER" and entity_gender(e) == "f"
            else:  # هم، هما: a body of people, not one person
                agrees = e.type != "PER"
            if agrees:
                c.actor.append(o.eid)
                return

    # --- a state named by an adjective
    def _nationality_at(self, j: int) -> Nationality | None:
        """The nationality adjective agreeing with the noun at token j: "غارة إسرائيلية"،
        "طائرة مسيّرة تركية" (up to two other adjectives between), or None."""
        v = self.v
        k = j + 1
        b = min(len(v.tokens), j + 4)
        while k < b:
            if k in v.occ_at or v.is_strong_break(k) or "،" in v.gap(k) or k in self.rd.time_tokens:
                return None
            tok = v.tokens[k]
            n, forms = _actor_lexicon().nationality_at([tok.folded])
            if n and forms:  # a state, or a group by its adjective ("قصف مدفعي حوثي")
                return forms[0].nat
            if tok.prefix not in ("", "ال") or v.bare(k) in PREPS_STOP or v.is_subordinator(k) or \
                    not tok.folded.endswith(("ه", "ي", "يه", "ين", "ات", "ون")):
                return None  # not an adjective: the noun phrase has ended
            k += 1
        return None

    def _threat_condition(self, c: Cand) -> None:
        """"هدّد الاتحاد بتنفيذ إضراب عام …، إذا لم تستجب الحكومة لمطالب الأعوان": whom a threat's condition
        is on (the subject of "if … does not") is the one threatened."""
        if c.type != "THREATEN" or c.recipient:
            return
        v = self.v
        b = c.sent[1]
        for j in range(c.t1 + 1, min(b - 3, c.t1 + 36)):
            if j > c.t1 + 1 and j in self.rd.cue_tokens:
                return  # (another speaker's words)
            negated = v.bare(j + 1) == "لم" and v.bare(j) in ("اذا", "ان", "ما", "حال")
            # "… إذا واصلت طهران تخصيب اليورانيوم"، "في حال مضى الاتحاد في …": the subject of a bare condition
            # (not "إن", also "that"; nor "ما" without "لم")
            if not negated and (v.bare(j) not in ("اذا", "حال", "حاله") or j + 1 in v.occ_at
                                or v.bare(j + 1) in PREPS_STOP or v.bare(j + 1) in ("لم", "ما")):
                continue
            # (the threatened act, after ب: "باستئناف استهداف …"، "بـ«التصعيد …»")
            bi = next((x for x in range(c.t1 + 1, j) if v.bare(x).startswith("ب")
                       and v.bare(x) not in ("بين", "بعد", "بعض", "بينما", "بها", "به")), j)
            if any(v.is_actorish(x.eid) and not v.is_place(x.eid) and x.eid not in c.actor for x in v.occs_in(bi, j)):
                return  # (the party the threatened act is aimed at comes first: "باستئناف استهداف القوات الأميركية")
            first = j + 3 if negated else j + 2
            o = next(iter(v.occs_in(first, min(b, first + 3))), None)
            if o is not None and v.prep_of(o) == "" and v.is_actorish(o.eid) and not v.is_outlet(o.eid) \
                    and o.eid not in c.actor and not v.break_or_comma_in(j + 2, o.t0 + 1) \
                    and (negated or o.t0 == first) and v.by_id[o.eid].country not in self._own_states(c):
                _add(c.recipient, [g.eid for g in v.group_from(o, b) if v.is_actorish(g.eid) and g.eid not in c.actor])
            return

    def _own_states(self, c: Cand) -> set[str]:
        """The countries of a threat's own side, the threatener or the side it warns will act, when a country: a
        state's bodies are not its targets ("من أن إسرائيل «ستتحرك» إذا هاجم الجيش الإسرائيلي …")."""
        v = self.v
        warned = self.rd.warned_side_at(c.t1 + 1, c.sent[1]) if c.lemma.endswith("_وعيد") else None
        sides = list(c.actor) + ([v.occ_at[warned].eid] if warned is not None and warned in v.occ_at else [])
        return {v.by_id[x].country for x in sides if v.is_country(x) and v.by_id[x].country}

    def _clash_sides(self, c: Cand) -> None:
        """"واندلعت المواجهات، بحسب شهود عيان، في منطقة الحرشة، بين عناصر «كتيبة الفرسان» ومجموعة مسلحة
        تابعة لـ«قوة الإسناد الأولى»": the two sides of a clash named after بين, past an aside, are its
        parties (a group's owner for an unnamed group "تابعة لـ")."""
        if c.actor or c.type != "ASSAULT" or c.pos != "N" or not _fight_noun(self.v, c.t1):
            return
        v = self.v
        b = c.sent[1]
        j = next((x for x in range(c.t1 + 1, min(b - 1, c.t1 + 24)) if v.bare(x) == "بين"), None)
        if j is None or any(v.is_strong_break(x) or (x in self.rd.trigger_tokens and x != c.t1)
                            for x in range(c.t1 + 1, j + 1)):
            return
        sides: list[str] = []
        x = j + 1
        while x < min(b, j + 16) and len(sides) < 2:
            if v.is_strong_break(x):
                break
            o = v.occ_at.get(x)
            if o is None:
                x += 1
                continue
            eid = o.eid
            owner = next(iter(v.occs_in(o.t1 + 2, min(b, o.t1 + 4))), None) \
                if o.t1 + 2 < b and v.bare(o.t1 + 1).removeprefix("ال").startswith("تابع") else None
            if owner is not None and v.prep_of(owner) == "ل" and v.is_actorish(owner.eid):
                eid, o = owner.eid, owner  # "مجموعة مسلحة تابعة لـ«قوة الإسناد الأولى»": the owner
            if v.is_actorish(eid) and not v.is_place(eid) and eid not in sides:
                sides.append(eid)
            x = o.t1 + 1
        if len(sides) == 2:
            c.actor.extend(sides)
            c.explicit_actor = True

    def tasked_body(self, c: Cand) -> tuple[int, Occ] | None:
        """"وكلّف رئاسة الأركان العامة بنشر قوة محايدة": the verb of tasking and the body tasked with the act that
        the verbal noun c (with ب) names, right before it; None if c is not so told."""
        if c.pos != "N" or c.t0 < 3 or not _with_b_clitic(self.v, c.t0):
            return None
        v = self.v
        verb = self._governing_verb(c, _TASKING, c.t0 - 1, 12, c.t0 + 1)
        if verb is None:
            return None
        body = next((o for o in v.occs_in(verb + 1, c.t0) if o.t1 == c.t0 - 1), None)
        if body is None or v.prep_of(body) != "" or not v.is_actorish(body.eid) or v.is_place(body.eid):
            return None
        return verb, body

    def _tasked_party(self, c: Cand) -> None:
        """The body tasked with an act is to do it (who tasked it, the verb's subject, read as the actor, gives way:
        "كلّفت الحكومة وزارة الداخلية بفتح تحقيق")."""
        tasked = self.tasked_body(c)
        if tasked is None:
            return
        verb, body = tasked
        tasker = {o.eid for o in self.v.occs_in(max(c.sent[0], verb - 12), body.t0)}
        if not c.actor or set(c.actor) <= tasker:
            c.actor = [body.eid]
            c.recipient = [x for x in c.recipient if x != body.eid]
            c.explicit_actor = True

    def _stands_behind(self, c: Cand) -> None:
        """"إن كتائب حزب الله تقف وراء الهجوم"، "خلية إرهابية تقف وراء تفجير عبوة ناسفة": who stands behind an attack
        made it."""
        if c.actor or c.type not in ("ASSAULT", "COERCE") or c.pos != "N" or c.t0 < 3:
            return
        v = self.v
        if v.bare(c.t0 - 1) != "وراء" or _unjoined(v.bare(c.t0 - 2)) not in _STANDING:
            return
        subj = next((o for o in reversed(v.occs_in(max(c.sent[0], c.t0 - 8), c.t0 - 2)) if o.t1 == c.t0 - 3
                     or o.t1 == c.t0 - 4 and v.bare(c.t0 - 3) in ("كانت", "كان", "الذي", "التي", "الذين")), None)
        relative = v.bare(c.t0 - 3) in ("الذي", "التي", "الذين")  # (the antecedent, whatever governs it)
        # (or an indefinite noun the verb describes, whatever governs it: "ينتمون إلى خلية إرهابية تقف وراء تفجير …")
        relative = relative or subj is not None and subj.t1 == c.t0 - 3 \
            and not v.tokens[subj.t0].folded.lstrip("وفبل").startswith("ال")
        if subj is not None and (relative or v.prep_of(subj) in ("", "ان", "بان")):
            self._charged_doer(c, subj)

    def _involved_in(self, c: Cand) -> None:
        """"كشفت التحقيقات تورط الخلية في تفجير عبوتين"، "أن الموقوفين متورطون في الهجوم على …": who is involved in an
        attack made it."""
        if c.actor or c.type != "ASSAULT" or c.pos != "N" or c.t0 < 3 or self.v.bare(c.t0 - 1) != "في":
            return
        v = self.v
        w2 = _unjoined(v.bare(c.t0 - 2))
        subj = None
        if w2 in _INVOLVED_ADJ:  # "الموقوفين متورطون في": the body right before the adjective
            subj = next((o for o in v.occs_in(max(c.sent[0], c.t0 - 8), c.t0 - 2) if o.t1 == c.t0 - 3), None)
        elif c.t0 >= 4 and _unjoined(v.bare(c.t0 - 3)) in _INVOLVEMENT:  # "تورط الخلية في": its genitive
            subj = next((o for o in v.occs_in(c.t0 - 2, c.t0 - 1) if o.t0 == c.t0 - 2), None)
        if subj is not None:
            self._charged_doer(c, subj)

    def _charged_doer(self, c: Cand, subj: Occ) -> None:
        """The body told as standing behind or involved in an attack is its doer (not a place)."""
        if self.v.is_actorish(subj.eid) and not self.v.is_place(subj.eid):
            _doer_not_target(c, subj.eid)
            c.explicit_actor = c.charged = True

    def _raid_met_fire(self, c: Cand) -> None:
        """"نفّذت وحدة من الجيش عملية دهم في بلدة …، حيث اندلع اشتباك مع مسلحين": a clash "with" others and no
        side of its own, after a raid or strike in its sentence, is fought by who raided."""
        if c.actor or c.type != "ASSAULT" or c.pos != "N" or not _fight_noun(self.v, c.t0):
            return
        v = self.v
        if not any(v.bare(x) == "مع" for x in range(c.t1 + 1, min(c.sent[1], c.t1 + 4))):
            return
        raid = next((d for d in self._earlier_in_sentence(c) if d.type in ("COERCE", "ASSAULT") and d.actor), None)
        if raid is not None and not set(raid.actor) & set(c.recipient):
            c.actor.extend(raid.actor)

    def _fought_with(self, c: Cand) -> None:
        """"قُتل جنديان … في اشتباك مسلح مع بقايا تنظيم داعش": those the dead fought with killed them."""
        if c.actor or c.type != "ASSAULT" or c.pos != "V":
            return
        v = self.v
        b = c.sent[1]
        for j in range(c.t1 + 1, min(b - 1, c.t1 + 16)):
            fight = _fight_noun(v, j)
            if v.is_strong_break(j) or (j in self.rd.trigger_tokens and not fight):
                return  # (the clause of another event)
            if not fight:
                continue
            k = next((x for x in range(j + 1, min(b, j + 4)) if v.bare(x) == "مع"), None)
            if k is None:
                return
            x = k + 1
            while x < b and x not in v.occ_at and v.bare(x) in _REMNANTS:
                x += 1
            o = v.occ_at.get(x)
            if o is not None and v.is_actorish(o.eid) and not v.is_place(o.eid) and o.eid not in c.recipient:
                c.actor.append(o.eid)
                c.explicit_actor = True
            return

    def _delegation_state(self, c: Cand) -> None:
        """"أن وفداً إسرائيلياً سيصل إلى القاهرة"، "يصل وفد تركي إلى دمشق": a delegation named by its
        nationality stands for its state, when the article names it."""
        if c.actor or c.type != "CONSULT":
            return
        v = self.v
        a, b = c.sent
        for k in [*range(max(a, c.t0 - 4), c.t0), *range(c.t1 + 1, min(b, c.t1 + 3))]:
            if v.bare(k) not in _DELEGATION_WORDS:
                continue
            nat = self._nationality_at(k)
            adj = v.tokens[k + 1].folded if k + 1 < b else ""
            if nat is None and adj.endswith("يا") and not v.gap(k + 1).strip():
                # the accusative with tanween: "وفداً إسرائيلياً" (not in the table, where تركيا is the country)
                _n, forms = _actor_lexicon().nationality_at([adj[:-1]])
                nat = forms[0].nat if forms else None
            eid = self._state_entity(nat, polity=True) if nat is not None else None
            if eid is not None and eid not in c.recipient:
                c.actor.append(eid)
                c.explicit_actor = True
            return

    def _agent_occ(self, o: Occ) -> bool:
        """A state named by a weapon or force with its adjective ("طائرة مسيّرة تركية" for Turkey):
        the mention acts; it is no place."""
        first = strip_word(self.v.tokens[o.t0].folded)
        if self.v.by_id[o.eid].type == "LOC":
            return any(w in _WEAPON_NOUNS or self.lex.in_class(w, "force") or self.lex.in_class(w, "equipment")
                       for w in first)
        # an organisation named by its weapon ("طائرة مسيّرة تركية" read as Turkey's air force)
        return self.v.by_id[o.eid].type == "ORG" and any(
            (w in _WEAPON_NOUNS and w not in ("قوه", "قوات", "دوريه", "دوريات")) or self.lex.in_class(w, "equipment")
            for w in first)

    def _state_entity(self, nat: Nationality, polity: bool = False) -> str | None:
        """The entity of the article that stands for a state acting: its armed forces, else its
        government, else the state or its capital as a place. A state addressed (``polity``: asked to
        withdraw) is its government or the state before its forces."""
        v = self.v
        best, best_score = None, 0
        for e in v.doc.entities:
            code = e.actor_code or ""
            if e.country != nat.iso2 and not (nat.cameo and code.startswith(nat.cameo)):
                continue
            if v.is_outlet(e.id) or e.type == "PER":
                continue
            rest = code[3:] if code[:3] == nat.cameo else ""
            if e.type == "ORG":
                score = 4 if "MIL" in rest[:6] else 3 if rest.startswith(("GOV", "SPY", "COP")) else \
                    1 if not code else 3 if not nat.iso2 and code == nat.cameo else 0  # (a group: the Houthis)
            elif e.type == "LOC" and e.geo is not None and (
                    e.geo.feature == "country" or fold_text(e.name_ar) in (nat.capital, fold_text(nat.country_ar))):
                score = 2
            else:
                score = 0
            if polity and score:
                score = {4: 2, 3: 4, 2: 3}.get(score, score)  # government, then state, then forces
            if score > best_score:
                best, best_score = e.id, score
        return best

    def _instrument_actor(self, c: Cand, R: int) -> None:
        """"قُتل جنديان بقذائف أطلقها مقاتلو الحزب"، "بعبوة زرعها مسلحو التنظيم": who fired the weapon
        (the subject of its relative clause) attacked."""
        if c.type not in ("ASSAULT",) or (c.actor and (c.explicit_actor or c.pos != "N")):
            return
        v = self.v
        for j in range(c.t1 if c.pos == "N" else c.t1 + 1, min(R, c.t1 + 16)):
            # "استشهد ثلاثة مواطنين … خلال عدوان واسع شنته قوات الاحتلال": the attack the dead fell in
            fell_in = c.pos == "V" and j > c.t1 + 1 and v.bare(j) in _AGGRESSION_NOUNS \
                and v.bare(j - 1) in ("خلال", "اثناء", "جراء", "اثر", "في")
            if not fell_in:
                # (the weapon after ب, or the genitive of an explosion: "بانفجار عبوة ناسفة زرعها …")
                if j >= c.t1 + 10 or j != c.t1 and v.tokens[j].prefix[:1] != "ب" and not v.tokens[j].folded.startswith("ب") \
                        and not (j == c.t1 + 1 and c.pos == "N"):
                    continue
                if not any(w in _WEAPON_NOUNS or self.lex.in_class(w, "explosive") for w in strip_word(v.tokens[j].folded)):
                    continue
            for k in range(j + 1, min(R, j + 4)):
                if _unsuffixed(v.tokens[k].folded) in _LIGHT_VERBS | _FIRING_VERBS:
                    for x in (k + 1, k + 2):  # "أطلقها مقاتلو الحزب": a member noun before the group
                        o = v.occ_at.get(x)
                        if o is not None and v.prep_of(o) in ("", "ل") and v.is_actorish(o.eid):
                            # (the verb's object pronoun is the weapon, so the entity after it is its subject,
                            # even one read before as what was hit or as the owner of the members that laid
                            # it: "زرعها عناصر داعش")
                            if o.eid in c.recipient:
                                c.recipient.remove(o.eid)
                            c.actor[:] = [o.eid]  # (over a subject carried from the clause before)
                            c.explicit_actor = True
                            return
                    return
            return

    def _gathered_parties(self, c: Cand) -> None:
        """"اجتماعاً وزارياً رباعياً … ضم وزير الخارجية السعودي …، ووزير الخارجية المصري …": those a meeting
        brought together met, listed after ضم/جمع and joined by و across commas."""
        if c.actor or c.type != "CONSULT" or c.pos != "N":
            return
        v = self.v
        b = c.sent[1]
        k = next((j for j in range(c.t1 + 1, min(b, c.t1 + 6)) if v.bare(j) in _GATHERING_VERBS), None)
        if k is None:
            return
        found: list[str] = []
        j = k + 1
        while j < min(b, k + 45):
            if j > k + 1 and "،" in v.gap(j) and not v.tokens[j].folded.startswith("و"):
                break  # "…، في مسعى جديد": the list has ended
            if v.is_strong_break(j) or v.is_subordinator(j):
                break
            o = v.occ_at.get(j)
            if o is not None:
                if v.is_actorish(o.eid) and v.prep_of(o) in ("", "ل") and o.eid not in found:
                    found.append(o.eid)
                j = o.t1 + 1
                continue
            j += 1
        if len(found) >= 2:
            c.actor.extend(found)

    def _nationality_actor(self, c: Cand, L: int, R: int) -> None:
        """"قُتل ثلاثة مدنيين بغارة إسرائيلية"، "شنّت مقاتلات أميركية غارات"، "بضربة نفذتها طائرة مسيّرة
        تركية": a nationality adjective on the attack, on its weapon or on the force that carries it
        names the state that acted. Not on the counted dead ("جنود عراقيين") or on what was hit."""
        if c.actor or c.type not in ("ASSAULT", "COERCE", "MOBILIZE") or c.frame in ("host", "receive"):
            return
        v = self.v
        a, b = c.sent
        heads: list[int] = []
        if c.pos == "N":
            if strip_word(v.tokens[c.t1].folded)[-1] not in _CASUALTY_NOUNS:  # ("مقتل مدنيين موريتانيين": the dead's)
                heads.append(c.t1)  # "غارة إسرائيلية"، "قصف تركي"
            for j in range(max(a, c.t0 - 6), c.t0):  # the subject of a light verb: "شنت مقاتلات أميركية غارات"
                if j > a and v.bare(j - 1) in _LIGHT_VERBS:
                    heads.append(j)
        elif c.t1 + 1 < b and c.t1 + 1 not in v.occ_at:
            heads.append(c.t1 + 1)  # VSO: "استهدفت طائرة إسرائيلية سيارة"
        for j in range(c.t1 + 1, min(b, max(R, c.t1 + 2))):
            tok = v.tokens[j]
            if tok.prefix[:1] == "ب" or (j > c.t1 + 1 and v.tokens[j - 1].folded[:-2] in _LIGHT_VERBS | {"نفذت", "شنت"}
                                         and v.tokens[j - 1].folded.endswith(("ها", "ه"))):
                heads.append(j)  # the weapon "بطائرة مسيّرة تركية"; the relative's subject "نفذتها طائرة"
        if c.type == "ASSAULT":
            # "قُتل ستة فلسطينيين وأصيب أكثر من 30 آخرين بنيران إسرائيلية": the fire that hit them, past the toll
            for j in range(c.t1 + 1, min(b, c.t1 + 14)):
                if v.is_strong_break(j) or "،" in v.gap(j):
                    break
                if v.bare(j) in _BY_FIRE and v.bare(j).startswith("ب") and j not in heads:
                    heads.append(j)
                    break
        causal: set[int] = set()
        for j in range(c.t1 + 1, min(b, c.t1 + 22)):
            if v.is_strong_break(j):
                break
            # "قُتل ثلاثة مقاتلين إثر استهداف طائرة مسيّرة تركية سيارة": the attack's genitive subject
            if v.bare(j - 1) in _CAUSAL_WORDS and not _ATTACK_NOUNS.isdisjoint(word_stems(v.tokens[j].folded)) \
                    and not v.tokens[j].folded.startswith("ال"):
                heads.append(j + 1)
                causal.add(j + 1)
                break
        for j in heads:
            if j >= b:
                continue
            o = v.occ_at.get(j)
            if o is not None:
                if j in causal and self._agent_occ(o) and o.eid in c.recipient:
                    c.recipient.remove(o.eid)  # (read as hit, being after a passive)
                if self._agent_occ(o) and o.eid not in c.recipient:
                    c.actor.append(o.eid)  # the entity layer has read the weapon and its state already
                    c.explicit_actor = True
                    return
                continue
            if j != c.t1 and not (j == c.t1 + 1 and c.pos == "V") and not any(
                    self.lex.in_class(w, cls) or w in _WEAPON_NOUNS for cls in ("force", "equipment")
                    for w in strip_word(v.tokens[j].folded)):
                continue
            if c.pos == "N" and c.gen == "object" and j == c.t1 + 1:
                continue  # "مقتل جندي تركي": the genitive of a killing is its victim
            if any(q.unit in ("killed", "injured", "arrested") and q.start <= v.tokens[j].start < q.end
                   for q in v.quantities_between(v.tokens[max(a, j - 3)].start, v.tokens[j].end)):
                continue  # "قُتل ثلاثة جنود عراقيين": the counted dead
            if j == c.t1 + 1 and c.pos == "V" and any(
                    q.unit in ("killed", "injured", "arrested") and q.start >= v.tokens[j].start
                    for q in v.quantities_between(v.tokens[j].start, v.tokens[min(b - 1, j + 2)].end)):
                continue  # ("في وقت قُتل فيه ستة فلسطينيين": past the resumptive pronoun, still the counted dead)
            nat = self._nationality_at(j)
            if nat is None:
                continue
            eid = self._state_entity(nat)
            if eid is not None and eid not in c.recipient:
                c.actor.append(eid)
                c.explicit_actor = True
            return

    def _distance_place(self, c: Cand) -> list[Occ]:
        """"ضبط قافلة …، على بعد نحو 60 كيلومتراً جنوب شرقي الكفرة": the place a distance is measured from,
        later in the clause than the width that roles are read in."""
        v = self.v
        for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 30)):
            if c.type == "COERCE" and c.mode in ("seize", "arrest") and v.bare(j) in ("كمين", "بكمين") \
                    and (v.bare(j) == "بكمين" or v.bare(j - 1) == "في"):
                # "وأوقفت خمسة أشخاص …، في كمين نُصب على مستوى بلدية باب العسة": where the trap that caught them
                # was laid
                for o in v.occs_in(j + 1, min(c.sent[1], j + 8)):
                    if v.break_or_comma_in(j + 1, o.t0 + 1):
                        break
                    if v.is_place(o.eid) and o.eid not in c.actor + c.recipient and (
                            v.prep_of(o) in ("في", "ب") or v.bare(o.t0 - 1) in ("مستوي", "قرب")
                            or v.bare(o.t0 - 2) in ("مستوي", "قرب")):
                        return [o]
                return []
            if v.is_strong_break(j) or (j > c.t1 + 1 and j in self.rd.trigger_tokens):
                return []
            if v.bare(j) == "بعد" and v.bare(j - 1) == "علي":
                # the place just named is where it happened, the one after the width a landmark only
                # ("على قاعدة عسكرية في بلدة بلعد، على بعد نحو ثلاثين كيلومتراً شمال العاصمة مقديشو")
                named = [o for o in v.occs_in(c.t1 + 1, j - 1) if v.is_place(o.eid) and o.t0 >= j - 6]
                if named:
                    return [named[-1]]
                for o in v.occs_in(j + 1, min(c.sent[1], j + 8)):
                    if v.is_place(o.eid) and (v.bare(o.t0 - 1) in COMPASS or v.bare(o.t0 - 1) == "من"
                                              or v.prep_of(o) == "من"):
                        return [o]
                return []
        return []

    def _fled_to(self, o: Occ) -> bool:
        """The place at o is where people fled or were displaced to: a word of fleeing within seven words before
        its preposition of direction ("نزوح نحو 150 أسرة باتجاه مدينة رداع")."""
        v = self.v
        k = o.t0 - 1
        if k > 0 and v.bare(k) in ("مدينه", "بلده", "قريه", "منطقه"):
            k -= 1  # (past the place's noun: "باتجاه مدينة رداع")
        return k > 0 and v.bare(k) in ("الي", "نحو", "باتجاه", "صوب") and any(
            _unjoined(v.bare(x)) in _FLEEING for x in range(max(0, k - 7), k))

    def _fallback_places(self, c: Cand, L: int, R: int) -> None:
        """A withdrawal with no origin: the place it happens (قواتها المنتشرة على الأراضي اللبنانية);
        a protest or an attack with no place: the place named in its clause (أمام مبنى مجلس محافظة البصرة)."""
        v = self.v
        if c.type in ("ASSAULT", "COERCE") and c.recipient and not (c.location or c.origin or c.destination):
            self._where_they_were(c)
        if not (c.location or c.origin or c.destination):
            self._place_aside(c, R)
        if c.type in ("PROTEST", "ASSAULT", "COERCE", "COOPERATE") and not (c.location or c.origin or c.destination):
            found = [o for o in v.occs_in(c.t1 + 1, R) if v.is_place(o.eid) and not self._agent_occ(o)
                     and o.eid not in c.actor + c.recipient and not self._in_purpose(o)
                     # (not who backs a party nor where a body sits: "المدعومة من تركيا"، "ومقرها أثينا";
                     # nor the flag a ship flies: "ناقلة ترفع علم بنما")
                     and v.prep_of(o) not in ("مدعوم", "مقر") and v.bare(o.t0 - 1) not in ("علم", "العلم")
                     # (nor where its target was heading: "قافلة … كانت متجهة إلى الأردن، غرب الرطبة")
                     and not (v.bare(o.t0 - 1) == "الي" and v.bare(o.t0 - 2) in _HEADING)
                     # (nor where people fled to: "ونزوح نحو 150 أسرة باتجاه مدينة رداع")
                     and not self._fled_to(o)
                     # (nor, for an arrest or a protest, a place something heads for: "أوقفت 17 شخصاً … ينظمون رحلات
                     # الإبحار خلسة نحو جزيرة لامبيدوزا")
                     and not (c.type in ("COERCE", "PROTEST") and (v.prep_of(o) in ("نحو", "باتجاه", "صوب")
                                                                  or v.bare(o.t0 - 1) in ("نحو", "باتجاه", "صوب")))
                     # (nor where what was smuggled came from: "كميات من المخدرات قادمة من الأراضي السورية")
                     and not (v.bare(o.t0 - 1) == "من" and v.bare(o.t0 - 2) in _COMING)
                     # (nor the ends of a road blocked: "غلق الطريق الوطني الرابط بين ولايتي بجاية وسطيف")
                     and not (c.type in ("PROTEST", "COERCE") and self._road_end(o))
                     # (nor the city a town lies off: "وسط المدينة الواقعة شرقي العاصمة طرابلس")
                     and not self._reference_point(o, c.sent[0])
                     # (nor whom a party is loyal to: "مواقع تابعة لميليشيات موالية لإيران")
                     and not (v.prep_of(o) == "ل" and o.t0 > 0
                              and _unjoined(v.bare(o.t0 - 1)).removeprefix("ال") in _LOYAL_TO)]
            if not found:
                found = self._distance_place(c)
            if not found and c.type == "ASSAULT" and R < c.sent[1] and v.bare(R) in ("الذي", "التي") \
                    and v.bare(R - 1).removeprefix("ال") == "طريق":
                # "على الطريق الذي يربط بلدة الخيام بمدينة مرجعيون": the road's ends, past its relative pronoun
                found = [o for o in v.occs_in(R + 1, min(c.sent[1], R + 8)) if v.is_place(o.eid) and self._road_end(o)]
            lo = c.sent[0]
            st = self.statement_for(c.start)
            if st is not None and st.content is not None and v.token_at(st.content.start) > lo:
                # (inside what a speaker said, not where he said it: "قال …، في مؤتمر صحفي عقده في بنغازي، إن …")
                lo = v.token_at(st.content.start)
            if not found:  # "… بين الجانبين في ريف الرقة، تخللتها اشتباكات": the place said just before
                found = [o for o in reversed(v.occs_in(lo, c.t0))
                         if v.is_place(o.eid) and not self._agent_occ(o) and o.eid not in c.actor + c.recipient
                         and not self._in_purpose(o) and (
                             v.prep_of(o) in ("في", "داخل") or v.bare(o.t0 - 1) in ("اهالي", "سكان", "ابناء")
                             # (a municipality's mention is its name alone: "سكان بلدية تيشي")
                             or (o.t0 > 1 and v.bare(o.t0 - 1) == "بلديه" and v.bare(o.t0 - 2) in ("اهالي", "سكان", "ابناء"))
                             # "… في بلدة جلب بإقليم جوبا الوسطى، أسفرت عن مقتل": a region named with its noun
                             or (o.t0 > 0 and v.bare(o.t0 - 1)[:1] == "ب" and v.bare(o.t0 - 1)[1:] in _PLACE_HEADS)
                             # "انطلق في المياه الإقليمية لمملكة البحرين التمرين": the area of a place
                             or (v.prep_of(o) == "ل" and any(v.bare(x) in _AREA_NOUNS for x in range(max(0, o.t0 - 2), o.t0)))
                             # "تمكنت فرقة … التابعة للمجموعة الإقليمية للدرك الوطني بأولاد جلال من تفكيك …": where the
                             # acting body sits, with ب right after its name
                             # (the last place before the act: not past "… بمحافظة سوهاج مخزناً … بإحدى قرى مركز طهطا")
                             or (v.prep_of(o) == "ب" and any(p.t1 == o.t0 - 1 and v.is_actorish(p.eid) and not v.is_place(p.eid)
                                                            and p.eid in c.actor for p in v.occs_in(max(lo, o.t0 - 8), o.t0))
                                 and not any(v.is_place(q.eid) for q in v.occs_in(o.t1 + 1, c.t0))))]
            if not found:
                found = self.regional_place(c)
            if found:
                # (with the places coordinated with it: "في بلدة جباتا الخشب وقرية طرنجة")
                grp = [g.eid for g in v.group_from(found[0], c.sent[1]) if v.is_place(g.eid)
                       and g.eid not in c.actor + c.recipient] or [found[0].eid]
                if found[0].t0 < c.t0 and (v.prep_of(found[0]) == "في" or (
                        v.bare(found[0].t0 - 1)[:1] == "ب" and v.bare(found[0].t0 - 1)[1:] in _PLACE_HEADS)):
                    # "على مخيم عين الحلوة للاجئين الفلسطينيين في صيدا، بعدما اندلعت اشتباكات": the site the
                    # town holds, named right before it, is where ("في قطاع الخوبة بمنطقة جازان" too)
                    site = next((o for o in reversed(v.occs_in(max(lo, found[0].t0 - 7), found[0].t0))
                                 if v.is_place(o.eid) and o.eid not in c.actor + c.recipient + grp), None)
                    if site is not None and not v.break_or_comma_in(site.t1 + 1, found[0].t0 + 1):
                        grp.insert(0, site.eid)
                c.location.extend(grp)
                c.weak_places.extend(grp)
        if c.type == "RETREAT" and c.mode == "withdraw" and not c.origin:
            if c.location:
                _add(c.origin, c.location)
                return
            dests = [d for d in v.occs_in(c.t1 + 1, R) if d.eid in c.destination]
            for o in v.occs_in(c.t1 + 1, R):
                if any(d.t1 < o.t0 and self._modifier_gap(d.t1, o.t0) for d in dests):
                    continue  # "إلى قاعدة حرير الجوية في محافظة أربيل": where the destination is
                if v.is_place(o.eid) and v.prep_of(o) in ("علي", "في", "داخل"):
                    c.origin.append(o.eid)
                    return

    def _road_end(self, o: Occ) -> bool:
        """A place named as one end of a road: "الطريق الرابط بين X وY"، "الطريق الذي يربط X بـY" (a linking word
        at most six words before it, in its clause)."""
        v = self.v
        for k in range(o.t0 - 1, max(0, o.t0 - 7), -1):
            if v.is_strong_break(k + 1) or "،" in v.gap(k + 1):
                return False
            if v.bare(k) in _LINKING:
                return True
        return False

    def _place_aside(self, c: Cand, R: int) -> None:
        """"بحث لافرنتييف مع يلماز، في أنقرة أمس، التطورات …": a place set off by commas right where the
        clause's roles end is where it happened."""
        v = self.v
        if not (c.t1 < R < c.sent[1]) or v.bare(R - 1) != "في" or "،" not in v.gap(R - 1):
            return
        o = v.occ_at.get(R)
        if o is None or not v.is_place(o.eid) or o.eid in c.actor + c.recipient:
            return
        k = o.t1 + 1
        while k < c.sent[1] and k in self.rd.time_tokens and not v.gap(k).strip():
            k += 1
        if k < c.sent[1] and "،" in v.gap(k):
            c.location.append(o.eid)

    def _where_they_were(self, c: Cand) -> None:
        """"فرّقت قوات الأمن المحتجين الذين تجمّعوا في محيط مسجد الكالوتي بمنطقة الرابية": those acted on were
        where the relative clause after them puts them, with the place that holds it (بـ + place)."""
        v = self.v
        o = next((o for o in v.occs_in(c.t1 + 1, c.sent[1]) if o.eid in c.recipient), None)
        if o is None or v.bare(o.t1 + 1) not in ("الذين", "التي", "الذي", "اللذين", "اللواتي"):
            return
        for p in v.occs_in(o.t1 + 3, min(c.sent[1], o.t1 + 8)):
            if any("،" in v.gap(x) or v.is_strong_break(x) for x in range(o.t1 + 1, p.t0 + 1)):
                return
            if v.is_place(p.eid) and (v.prep_of(p) in ("في", "امام", "عند", "قرب", "داخل")
                                      or v.bare(p.t0 - 1) in ("محيط", "قرب", "مقر")):
                places = [p.eid]
                nxt = v.occ_at.get(p.t1 + 1) or (v.occ_at.get(p.t1 + 2) if v.bare(p.t1 + 1)[1:] in _PLACE_HEADS else None)
                if nxt is not None and v.is_place(nxt.eid) and v.tokens[p.t1 + 1].folded[:1] == "ب" \
                        and not v.gap(p.t1 + 1).strip():
                    places.append(nxt.eid)  # "… بمنطقة الرابية": the area it is in
                _add(c.location, places)
                return

    def _in_purpose(self, o: Occ) -> bool:
        """A place inside a phrase of purpose or protest ("تنديداً بتوسيع العمليات في قطاع غزة"، "تضامناً مع
        أهالي غزة"), from its opening word to o with no comma between: where the cause is, not the scene."""
        v = self.v
        for j in range(o.t0 - 1, max(-1, o.t0 - 12), -1):
            if v.is_strong_break(j + 1) or "،" in v.gap(j + 1):
                return False
            if v.bare(j).lstrip("و") in _PURPOSE_WORDS:
                return True
        return False

    def _quantity(self, c: Cand, L: int, R: int) -> None:
        want = {"RETREAT": ("troops", "personnel", "vehicles", "aircraft"),
                "MOBILIZE": ("troops", "personnel", "vehicles", "aircraft", "drones"),
                "ASSAULT": ("killed", "injured"), "COERCE": ("arrested",), "PROTEST": ("personnel", "other")}
        units = want.get(c.type)
        if not units:
            return
        for _i, q in self.v.quantities_in(c.t1 + 1, R) + self.v.quantities_in(L, c.t0):
            if q.unit in units:
                c.quantity = q
                return

    def _mode(self, c: Cand, L: int, R: int) -> None:
        v = self.v
        if c.lemma in DOWNING_LEMMAS or c.lemma == "أضرم_مساكن":
            # "أسقطت الدفاعات الجوية طائرتين مسيّرتين": the drones named are the target, not the weapon; "أضرم …
            # النار في سبع مركبات": the fire set is the destruction, no gunfire
            return
        if c.type == "ASSAULT" and c.mode not in ("targeted", "crowd-control"):  # (an assassination stays one, by any weapon)
            # (the words of names after it do not use up the reach: "استهدف الحوثيون سفينة تجارية في البحر الأحمر
            # بصاروخ باليستي")
            named = sum(o.t1 - o.t0 + 1 for o in v.occs_in(c.t1 + 1, c.t1 + 8))
            lo, hi = max(c.sent[0], c.t0 - 6), min(c.sent[1], c.t1 + 7 + min(4, named))
            words = set()
            launched_from = -1  # the end of a target told by what is launched from it
            for j in range(lo, hi):
                ws = strip_word(v.tokens[j].folded)
                if j > c.t1 and v.bare(j) in ("لاطلاق", "اطلاق") and (
                        v.bare(j - 1) in _TARGET_NOUNS or v.bare(j - 2) in _TARGET_NOUNS):
                    launched_from = j + 4  # "ضربات استهدفت ثلاثة مواقع لإطلاق الطائرات المسيّرة": the targets' drones
                if j <= launched_from:
                    continue
                if not _MARCH_NOUNS.isdisjoint(ws) and j + 1 < c.sent[1] \
                        and not _MARCH_ADJECTIVES.isdisjoint(strip_word(v.tokens[j + 1].folded)):
                    continue  # "مسيرة احتجاجية تخللتها مواجهات": a march, no drone
                if not _MARCH_NOUNS.isdisjoint(ws) and j > c.sent[0] and v.bare(j - 1).lstrip("و") in _MARCH_HELD:
                    continue  # "وإن منع المسيرة جاء …"، "شارك في المسيرة": a march prevented or joined, no drone
                if j > lo and _war_adjective_of_arms(v, j):
                    continue  # "البنادق الحربية": war rifles, no warplanes
                if j > 0 and v.bare(j) in ("الجويه", "جويه") and _unjoined(v.bare(j - 1)) in _AIR_DEFENCE_HEADS:
                    continue  # "تصدت الدفاعات الجوية لصاروخ باليستي أطلقه الحوثيون": air defences, no air strike
                if any(o.t0 <= j <= o.t1 and v.is_outlet(o.eid) for o in v.occs_in(max(0, j - 4), j + 1)):
                    continue  # "في تصريح نقلته قناة المسيرة": a channel's name, no drone
                words.update(ws)
            c.mode = self._weapons_used_in(c) or _mode_cued(words) or c.mode or self._cause_attack_mode(c)
            if c.mode is None and words & {"مسلحون", "مسلحين", "المسلحون", "المسلحين"}:
                c.mode = "firearms"  # "هجوم شنّه مسلحون": gunmen attack with their guns, when no other weapon is told
            if c.mode is None:
                # "استشهد ١١ فلسطينياً وأصيب أكثر من ٤٠ آخرين، صباح اليوم، برصاص الجيش": the gunfire told past the toll
                for j in range(hi, min(c.sent[1], c.t1 + 16)):
                    if v.is_strong_break(j) or v.is_subordinator(j):
                        break
                    if v.tokens[j].folded in _BY_GUNFIRE:
                        c.mode = "firearms"
                        break
            if c.mode == "firearms" and words & {"المطاطي", "مطاطي", "المطاطيه"} and not words & {"الحي", "حي"}:
                c.mode = "crowd-control"  # "الرصاص المطاطي" is no live fire
            if c.mode == "firearms" and "الهواء" in words and not words & {"باتجاه", "صوب", "نحو"}:
                c.mode = "crowd-control"  # "أطلقوا الرصاص في الهواء لتفريق المحتجين": warning shots, not fire at anyone
            # "قنابل الغاز": tear gas, not bombs
            if any(any(w in ("قنابل", "قنبله") for w in strip_word(v.tokens[j].folded)) and v.bare(j + 1) in ("الغاز", "غاز")
                   for j in range(lo, hi - 1)) and c.mode not in ("firearms",):
                c.mode = "crowd-control"
        elif c.type == "AID":  # "مساعدات عسكرية"، "مساعدات اقتصادية": the kind of aid by its adjective
            words = {w for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 3)) for w in strip_word(v.tokens[j].folded)}
            if words & {"عسكريه", "عسكري", "اسلحه"}:
                c.mode = "military"
            elif words & {"اقتصاديه", "ماليه", "اقتصادي", "مالي"}:
                c.mode = "economic"
        elif c.type == "MOBILIZE" and c.mode == "troops":
            lo, hi = c.t1 + 1, min(c.sent[1], c.t1 + 6)
            subject_tokens = {x for o in v.occs_in(lo, hi) for x in range(o.t0, o.t1 + 1)}
            if c.pos == "V" and not subject_tokens:
                lo = max(c.sent[0], c.t0 - 4)  # a passive verb: its subject is the thing moved
            force = equip = False
            for j in range(lo, hi):
                if j in subject_tokens or c.t0 <= j <= c.t1:
                    continue
                ws = strip_word(v.tokens[j].folded)
                force |= any(self.lex.in_class(w, "force") for w in ws)
                equip |= any(self.lex.in_class(w, "equipment") or self.lex.in_class(w, "warship") for w in ws)
            # (not when the subject moved is a force: "وصل جنود أميركيون على متن طائرات نقل")
            # (not a sweep against arms dealers: "حملة أمنية واسعة استهدفت شبكات تجارة الأسلحة"; nor a mission to escort
            # ships: "أطلق الاتحاد الأوروبي مهمة بحرية لمرافقة السفن التجارية")
            # (nor reinforcements, troops by their name, told with their vehicles: "بتعزيزات عسكرية تضم نحو 20 آلية")
            if equip and not force and c.lemma not in _CAMPAIGN_LEMMAS | _MISSION_LEMMAS | {"تعزيزات"} and not (
                    c.frame in ("intrans", "enter", "visit") and any(
                    self.lex.in_class(w, "force") for j in subject_tokens
                    for w in strip_word(v.tokens[j].folded))):
                c.mode = "weapons"
            elif self._police_force(c):
                c.mode = "police"
        elif c.type == "COERCE" and c.mode == "seize" and c.lemma in ("ضبط", "ضبط_ف") and self._people_taken(c):
            c.mode = "arrest"  # "ضبط خلية مؤلفة من سبعة أشخاص"، "ضبطت الوحدات 281 شخصاً": people, not goods

    def _cause_attack_mode(self, c: Cand) -> str | None:
        """The weapon of the attack a toll is told to come from, further on in its sentence ("قُتل أربعة مدنيين،
        بينهم طفلان، …، في سلسلة ضربات نفذتها طائرات مسيّرة"): the cue in the eight words after the attack's noun."""
        v = self.v
        for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 25)):
            w = v.bare(j)
            if w in _BY_FIRE:
                return None  # (a guard) "وأصيب ثلاثة برصاص القوات، … في عملية …": the fire that hit them is told first
            if w.lstrip("و") not in _TOLL_CAUSES:
                continue
            noun = next((k for k in (j + 1, j + 2) if k < c.sent[1]
                         and not _STRIKE_NOUNS.isdisjoint(strip_word(v.tokens[k].folded))), None)
            if noun is not None:
                return _mode_cued({w for k in range(noun, min(c.sent[1], noun + 8)) for w in strip_word(v.tokens[k].folded)})
        return None

    def _weapons_used_in(self, c: Cand) -> str | None:
        """The weapons told in the attack's own relative clause further on ("اشتباكات … في طرابلس، استُخدمت فيها
        الأسلحة المتوسطة والثقيلة"): the mode of the first cue in the four words after «فيها»; or by what the attackers
        used, after a comma or with باستخدام ("شنّت الجماعة هجوماً على مواقع القوات، مستخدمة المدفعية الثقيلة
        والطائرات المسيّرة"): the first weapon told."""
        v = self.v
        for j in range(c.t1 + 1, min(c.sent[1] - 2, c.t1 + 25)):
            if v.bare(j).lstrip("و") in _USED_IN and v.bare(j + 1) in ("فيها", "فيه"):
                # ("البنادق الحربية": war rifles, no warplanes)
                words = {w for k in range(j + 2, min(c.sent[1], j + 6)) for w in strip_word(v.tokens[k].folded)
                         if not _war_adjective_of_arms(v, k)}
                # (the first weapon named leads: "استخدمت فيه المدفعية الثقيلة والطائرات المسيّرة" is artillery)
                # (each weapon opens the list or is joined by و; read with the word after it)
                starts = [k for k in range(j + 2, min(c.sent[1] - 1, j + 5)) if k == j + 2 or v.bare(k).startswith("و")]
                first = next((m for k in starts if (m := _mode_cued(set(strip_word(v.tokens[k].folded))
                                                                    | set(strip_word(v.tokens[k + 1].folded))))), None)
                return first or _mode_cued(words)
            if j > c.t1 + 1 and (v.bare(j) in _USING and "،" in v.gap(j) or v.bare(j) in ("باستخدام", "باستعمال")) \
                    and not any(x in self.rd.trigger_tokens for x in range(c.t1 + 1, j)):
                # (the first weapon named, with the word after it: "المدفعية الثقيلة والطائرات المسيّرة" is an artillery
                # attack, "الطائرات المسيّرة" a drone's)
                return next((m for k in range(j + 1, min(c.sent[1] - 1, j + 5))
                             if (m := _mode_cued(set(strip_word(v.tokens[k].folded))
                                                 | set(strip_word(v.tokens[k + 1].folded))))), None)
        return None

    def _people_taken(self, c: Cand) -> bool:
        """Are people what ضبط takes: the first word of its object, past its subject's name, a time and a
        count, a person, a militant, a cell or a network (not arms, drugs or fuel)?"""
        v = self.v
        k, words = c.t1 + 1, 0
        while k < c.sent[1] and words < 6:
            o = v.occ_at.get(k)
            if o is not None and k > c.t1 + 1 and (v.tokens[k - 1].is_digit or number_word(v.bare(k - 1)) is not None):
                return True  # a party counted: "ضبط 14 مهرباً"
            if o is not None:
                k = o.t1 + 1
                continue
            if k in self.rd.time_tokens or _number_token(v, k):
                k += 1
                continue
            ws = strip_word(v.tokens[k].folded)
            if any(self.lex.in_class(w, "persons") or self.lex.in_class(w, "militants") or w in _PEOPLE_GROUPS
                   for w in ws):
                return True
            if any(self.lex.in_class(w, "seized") for w in ws):
                return False
            words += 1
            k += 1
        return False

    def _police_force(self, c: Cand) -> bool:
        """Is what a deployment moves the police or internal security ("نشرت وزارة الداخلية تعزيزات"،
        "دفعت قيادة شرطة نينوى بتعزيزات"، "انتشرت قوات مكافحة الشغب"، "تعزيزات أمنية")? PLOVER's
        MOBILIZE/police; not military police, a UN force or an alliance for the security of shipping."""
        v = self.v
        if c.actor:
            words = fold_text(v.by_id[c.actor[0]].name_ar).split()
            if "العسكريه" in words or "الامم" in words or "للامم" in words or "مجلس" in words:
                return False
            return not _POLICE_WORDS.isdisjoint(words)
        # "تعزيزات أمنية"، "ووصلت تعزيزات أمنية"، "انتشار قوات أمنية": security forces, named by their adjective
        return any(v.bare(j) in ("امنيه", "الامنيه") and (j - 1 == c.t1 or any(
            w in ("تعزيزات", "التعزيزات") or self.lex.in_class(w, "force") for w in strip_word(v.tokens[j - 1].folded)))
            for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 4)))

    # --- status
    def future_light_verb(self, c: Cand) -> None:
        """"أعلنت النيابة أنها ستفتح تحقيقاً"، "ستفرض الوزارة حظراً للتجول": a noun whose light verb is in the
        future is planned."""
        v = self.v
        if c.pos != "N" or c.status != "occurred":
            return
        lv = self._light_verb_before(c, 6)
        if lv is None or any(v.comma_before(x) or v.is_strong_break(x) for x in range(lv + 1, c.t0 + 1)):
            return
        w = _unjoined(v.tokens[lv].folded)
        if w[:2] in ("ست", "سي") and len(w) > 4 and _light_verb(w[1:]):
            c.status, c.default_status = "planned", False

    def launched_campaign(self, c: Cand) -> None:
        """"أطلقت قيادة العمليات، فجر أمس، عملية أمنية واسعة لتفتيش …": a sweep launched is going on (one carried
        out, "نفذت القوة عملية تفتيش", is done)."""
        v = self.v
        if c.type != "MOBILIZE" or c.pos != "N" or c.status != "occurred" or c.lemma not in _CAMPAIGN_LEMMAS:
            return
        lv = self._light_verb_before(c, 16)
        if lv is not None and _unjoined(v.tokens[lv].folded) in ("اطلق", "اطلقت", "اطلقوا") \
                and not any(v.is_strong_break(x) for x in range(lv + 1, c.t0 + 1)) \
                or c.t0 > c.sent[0] and (v.bare(c.t0 - 1).lstrip("و") in ("انطلقت", "بدات")
                                         or v.bare(c.t0 - 1) in _LAUNCH_NOUNS):
            # ("انطلقت عملية تفتيش …"، "أعلنت القيادة إطلاق حملة أمنية": under way)
            c.status, c.default_status = "ongoing", False

    def calm_returned_to(self, c: Cand) -> None:
        """"عاد هدوء حذر إلى منطقة عين زارة …، بعد اشتباكات عنيفة بين …": where calm came back is where the fighting
        it follows was."""
        v = self.v
        # (the word of time may stand a few words before: "بعد ليلة من الاشتباكات العنيفة")
        if c.type != "ASSAULT" or c.pos != "N" or c.location or c.t0 < 1 or not any(
                v.bare(j).lstrip("و") in _BEFORE_AFTER for j in range(max(c.sent[0], c.t0 - 3), c.t0)):
            return
        calm = next((j for j in range(c.sent[0], c.t0 - 1) if v.bare(j).removeprefix("ال") in _CALM_WORDS), None)
        if calm is None:
            return
        # (past a time set off by commas: "عاد هدوء حذر، صباح اليوم الثلاثاء، إلى منطقة تاجوراء")
        reach = calm + 5 + sum(1 for j in range(calm + 1, min(c.t0, calm + 12)) if j in self.rd.time_tokens)
        o = next((o for o in v.occs_in(calm + 1, min(c.t0, reach)) if v.is_place(o.eid)
                  and v.prep_of(o) in ("الي", "في")), None)
        if o is not None:
            c.location.append(o.eid)

    def submitted_by(self, c: Cand) -> None:
        """"رفضت السلطات 43 طلباً من أصل 61 طلباً تقدمت بها المنظمة"، "رفضت المحكمة الطلب الذي تقدم به الدفاع": a
        request refused is refused to whoever put it in."""
        v = self.v
        if c.type != "REJECT" or c.recipient:
            return
        b = c.sent[1]
        for j in range(c.t1 + 1, min(b - 2, c.t1 + 12)):
            if v.is_strong_break(j) or v.is_subordinator(j) and v.bare(j) not in ("الذي", "التي"):
                return
            if v.bare(j).removeprefix("ال") not in _REQUEST_NOUNS:
                continue
            k = j + 1
            if v.bare(k) in ("الذي", "التي", "الذين"):
                k += 1
            if k + 1 < b and v.bare(k) in _SUBMITTING and v.bare(k + 1) in ("به", "بها", "بهما"):
                k += 2  # "تقدمت بها"
            elif k < b and _unsuffixed(v.bare(k)) in _SUBMITTING:
                k += 1  # "قدمتها"
            else:
                continue
            o = v.occ_at.get(k)
            if o is not None and v.prep_of(o) == "" and v.is_actorish(o.eid) and o.eid not in c.actor:
                c.recipient.append(o.eid)
            return

    def swept_place(self, c: Cand) -> None:
        """"أطلقت القيادة عملية أمنية واسعة لتفتيش صحراء الجزيرة": the place a sweep is to search or clear is
        where it is."""
        v = self.v
        if c.type != "MOBILIZE" or c.pos != "N" or c.location or c.lemma not in _CAMPAIGN_LEMMAS:
            return
        j = c.t1 + 1
        while j < min(c.sent[1], c.t1 + 3) and j not in v.occ_at and v.bare(j) not in _SWEEPING \
                and not v.comma_before(j) and v.bare(j).endswith(("ه", "ي")):
            j += 1  # its adjectives: "واسعة"، "المشتركة"
        if j >= c.sent[1] or v.bare(j) not in _SWEEPING or v.comma_before(j):
            return
        o = next((o for o in v.occs_in(j + 1, min(c.sent[1], j + 3)) if v.is_place(o.eid)), None)
        if o is not None and o.t0 in (j + 1, j + 2) and v.prep_of(o) in ("", "في"):
            c.location.append(o.eid)

    def entered_its_day(self, c: Cand) -> None:
        """"دخل إضراب عمال الحقول النفطية …، يومه الثالث اليوم": a protest that has entered its day is going on;
        so is one whose day is counted («في اليوم الثاني من إضراب …») and one told to last, in the present
        («إضراباً وطنياً يمتد ثلاثة أيام»)."""
        v = self.v
        if c.type != "PROTEST" or c.pos != "N" or c.status != "occurred" or c.t0 <= c.sent[0]:
            return
        if c.t0 - 3 >= c.sent[0] and v.bare(c.t0 - 1) == "من" and v.bare(c.t0 - 3) in ("اليوم", "الاسبوع") \
                and v.bare(c.t0 - 2) in _DAY_ORDINALS:
            c.status, c.default_status = "ongoing", False  # "في اليوم الثاني من إضراب وطني"
            return
        for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 6)):
            if v.is_strong_break(j) or v.comma_before(j):
                break
            if v.bare(j) in _LASTING_VERBS:
                c.status, c.default_status = "ongoing", False  # "إضراباً وطنياً عن العمل يمتد ثلاثة أيام"
                return
        entered = ("دخل", "دخلت", "يدخل", "تدخل")
        # (or entered told by its noun, or with the clause's «فيه» between: "تزامناً مع دخول الإضراب …"، "في وقت
        # دخل فيه إضراب المعلمين أسبوعه الثالث")
        if not (unjoined_in(v.tokens[c.t0 - 1].folded, entered) or v.bare(c.t0 - 1) in ("دخول", "بدخول")
                or c.t0 - 2 >= c.sent[0] and v.bare(c.t0 - 1) in ("فيه", "فيها")
                and unjoined_in(v.tokens[c.t0 - 2].folded, entered)):
            return
        for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 16)):
            if v.is_strong_break(j):
                return
            if v.bare(j) in ("يومه", "يومها", "اسبوعه", "اسبوعها", "شهره", "شهرها"):
                c.status, c.default_status = "ongoing", False
                return

    def result_done(self, c: Cand) -> None:
        """"وباشرت عملية تفتيش واسعة أسفرت عن اعتقال اثنين": what a past act resulted in is done, whatever the
        verb of beginning before it says of the act."""
        if c.status == "ongoing" and c.pos == "N" and c.t0 > 2 and self._resulted_in(c) \
                and self.v.bare(c.t0 - 3) not in ("لم", "لن", "ما", "لا"):
            c.status = "occurred"

    def _resulted_in(self, c: Cand) -> bool:
        """c's noun is what an act resulted in: "أسفرت عن اعتقال"، "وأدت إلى اتفاق" (the verb with or without و)."""
        v = self.v
        return v.bare(c.t0 - 1) in ("عن", "الي") and _unjoined(v.bare(c.t0 - 2)) in _RESULT_VERBS

    def _reference_point(self, o: Occ, lo: int) -> bool:
        """Place o is what a town told again by its noun lies off ("المدينة الواقعة شرقي العاصمة طرابلس"): a
        reference point, not where things happened."""
        v = self.v
        return v.is_place(o.eid) and any(
            v.bare(x) in ("الواقعه", "الواقع") and v.bare(x - 1) in _TOWN_TOLD_AGAIN and v.bare(x + 1) in COMPASS
            for x in range(max(lo + 1, o.t0 - 4), o.t0 - 1))

    def _accused_standing_behind(self, c: Cand) -> None:
        """"قالت الوزارة إن عصابة إجرامية تقف وراء الهجوم": whom a statement says stands behind an act is accused
        of it, by the speaker (the verb's subject is the one accused)."""
        if c.lemma != "وقف_وراء":
            return
        v = self.v
        speaker = self._speaker_before(c)
        # the accused named as the subject of the reported clause, between إنّ/أنّ and the verb (not a relative
        # clause's, "خلية إرهابية تقف وراء التفجير"، "الجهات التي تقف وراء …", nor a pronoun's, "قالت إنها تقف وراء")
        comp = next((j for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 12) - 1, -1) if v.bare(j) in ("ان", "بان")), None)
        accused = [o.eid for o in v.occs_in(comp + 1, c.t0) if v.prep_of(o) == "" and v.is_actorish(o.eid)
                   and o.eid != speaker] if comp is not None else []
        if speaker is None or not accused:
            c.actor, c.recipient = [], []  # (an allegation no one is named to make, or of no one named: no event)
            c.absorbed = True
            return
        c.recipient = accused[:1]
        c.actor = [speaker]
        c.explicit_actor = True

    def _one_of_aside(self, j: int, end: int) -> int:
        """The token that ends an aside opening at token j with "أحد/إحدى" after a comma ("، أحد قادة الحزب،"),
        its closing comma's; j where none opens or closes within eight words."""
        v = self.v
        if j >= end or "،" not in v.gap(j) or v.bare(j) not in ("احد", "احدي"):
            return j
        return next((k for k in range(j + 2, min(end, j + 9)) if "،" in v.gap(k)), j)

    def _joined_outcome(self, c: Cand) -> bool:
        """c's noun, after و, is joined to a first outcome no event tells: "أسفرت عن تطهير مضافة كانت تتخذها
        بقايا التنظيم ملاذاً لها، ومقتل خمسة من عناصره" (nothing but that outcome's words between)."""
        v = self.v
        if c.pos != "N" or not v.tokens[c.t0].folded.startswith("و"):
            return False
        for j in range(c.t0 - 2, max(c.sent[0], c.t0 - 24), -1):
            if v.is_strong_break(j + 1):
                return False
            if self._outcome_at(j + 1):
                # (nor is the toll after the wounded: "أسفر عن إصابة عنصرين …، ومقتل أحد المهربين", a guard)
                return v.bare(j + 1) not in _WOUNDED_NOUNS
            if j + 1 in self.rd.trigger_tokens and not v.tokens[j + 1].folded.startswith("و"):
                return False  # (another act told between; an outcome joined before it goes on the chain)
        return False

    def _outcome_at(self, t: int) -> bool:
        """Token t opens what an act resulted in, the verb right before ("أسفر عن مقتل") or past the operation
        named as its subject ("وأسفرت العملية عن القبض على 9 مهربين": the operation the sentence told)."""
        v = self.v
        if v.bare(t - 1) not in ("عن", "الي"):
            return False
        k = self._before_time_of_outcome(t - 2)
        return v.bare(k) in _RESULT_VERBS or (k < t - 2 and _unjoined(v.bare(k)) in _RESULT_VERBS) or (
            v.bare(k) in _OPERATION_ANAPHORS and _unjoined(v.bare(k - 1)) in _RESULT_VERBS)

    def _before_time_of_outcome(self, k: int) -> int:
        """Token k, or the one before a time told between an act's verb and what it resulted in ("وأسفرت حتى
        مساء أمس عن اعتقال تسعة")."""
        v, times = self.v, self.rd.time_tokens
        j = k
        while j > 0 and j in times and "،" not in v.gap(j):
            j -= 1
        if j < k and v.bare(j) == "حتي":
            j -= 1
        return j if j < k and j not in times else k

    def _future_span_after(self, c: Cand) -> bool:
        """A span to come no date names, in the clause after the noun: "خلال الأشهر المقبلة"، "في غضون الأيام
        القليلة القادمة"، "في الفترة المقبلة"."""
        v = self.v
        for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 14)):
            if v.is_strong_break(j) or j > c.t1 + 1 and v.comma_clause(j):
                return False
            if v.bare(j) in _FUTURE_SPAN_NOUNS:
                k = j + 1
                while k < min(c.sent[1], j + 3) and (v.bare(k) in ("القليله",) or _number_token(v, k)
                                                      or v.bare(k).startswith("ال") and v.bare(k) in _COUNT_ADJECTIVES):
                    k += 1
                if k < c.sent[1] and v.bare(k) in ("المقبله", "القادمه", "المقبلين", "القادمين"):
                    return True
        return False

    def read_status(self, c: Cand) -> None:
        v, rd = self.v, self.rd
        if c.lemma == "متفق_عليه":
            # "وفق الجدول الزمني المتفق عليه": the passive participle says it was agreed, whatever the
            # clause around it plans or does
            c.status = "occurred"
            return
        a = c.sent[0]
        # window to the left: up to 10 tokens, not across a strong break or a new comma clause (the words of names
        # between do not use it up, "واصل مئات من عمال هيئة قناة السويس في ترسانة بورسعيد البحرية اعتصامهم", except
        # for a denial, which reaches only what follows it closely)
        lo = max(a, c.t0 - 10)
        lo_phase = max(a, lo - min(4, sum(o.t1 - o.t0 for o in v.occs_in(max(a, c.t0 - 14), c.t0))))
        cues: list[tuple[int, StatusCue, str]] = []  # (token, cue, status)
        j = c.t0 - 1
        passed_complementizer = False
        bares, strong, status_at = v.bares, v.strong, rd.status_at  # (tokens of the sentence: read directly)
        commas, pronouns = v.commas, v.pronoun_subjects
        while j >= min(lo, lo_phase):  # (lo moves back past a speaker's name set off by commas)
            if strong[j + 1] and j + 1 != c.t0:
                break
            if commas[j + 1] and j + 1 != c.t0:
                k = next((x for x in range(j + 2, c.t0 + 1) if commas[x]), c.t0 + 1)
                if k <= c.t0 and any(v.by_id[o.eid].type == "PER" for o in v.occs_in(j + 1, k)):
                    # "نفى الناطق باسم الحرس الوطني، العميد حسام الدين الجبابلي، استعمال الرصاص المطاطي": a
                    # speaker's name set off by commas does not count in the window
                    lo = max(a, lo - (k - j - 1))
                elif not passed_complementizer and v.comma_clause(j + 1):
                    break
            h = status_at.get(j)
            if h is not None and j < c.t0 - 1 and self._quoted(v.tokens[j].start) and not self._quoted(v.tokens[c.t0].start):
                h = None  # ("معتبرة أنه «إنفاق لم يتم التوافق عليه»، ودعت …": a negation inside a quotation before it)
            if h is not None and (j >= lo or h.payloads[0].kind != "negated"):
                cue = h.payloads[0]
                st = self._cue_status(cue, j, c)
                # "ونفت قوات الدعم السريع … استهداف المستشفى، واتهمت الجيش …": a verb of denial whose object
                # is a noun does not reach a second verb of its subject joined after a comma
                if st == "negated" and cue.lemma == "نفى" and c.pos == "V" and c.conj and c.tense == "past" \
                        and not passed_complementizer and "،" in v.gap(c.t0):
                    st = None
                # (nor a participle of the subject after a comma: "ونفت تكبدها أي خسائر، متوعدةً باسترداد المدينة")
                # ("نافياً حصول أي توغل، ومتهماً «حزب الله» بمحاولة …": nor a participle after a participle of denial)
                if st == "negated" and (cue.lemma == "نفى" or cue.lemma in _DENYING_PARTICIPLES) and c.pos == "N" \
                        and c.lemma in _COMMA_PARTICIPLES and not passed_complementizer and "،" in v.gap(c.t0):
                    st = None
                # (nor is the participle put off by a coming verb of the clause before it, "وإن طواقمها ستباشر أعمال
                # الصيانة صباح غد، داعية الأونروا إلى …", nor made conditional by a threat's condition before it,
                # "… إذا أخلّ الطرف الآخر بالاتفاق، متهماً الكتيبة بـ…")
                # (a pledge reaches what it pledges, its بـ-noun: "تعهّد، خلال لقائه وفداً …، بإعادة المنازل" is a
                # meeting held and a return to come)
                # (nor does a negation inside the clause before the comma, "… دون أن تقدم الوزارة أي تعويض»،
                # مطالباً برفع المنع", negate the participle after it)
                if st == "negated" and c.pos == "N" and c.lemma in _COMMA_PARTICIPLES and "،" in v.gap(c.t0) \
                        and j < c.t0 - 1 and cue.lemma != "نفى" and cue.lemma not in _DENYING_PARTICIPLES:
                    st = None
                # (nor does an adjective of going on, "التصعيد المتواصل، مطالبةً …", make the participle after it go on)
                if st == "ongoing" and c.pos == "N" and c.lemma in _COMMA_PARTICIPLES and "،" in v.gap(c.t0) \
                        and v.tokens[j].folded.startswith("ال"):
                    st = None
                if st == "planned" and cue.lemma == "تعهد" and not (c.pos == "N" and rd._bi_word(c.t0)):
                    st = None
                if st in ("planned", "hypothetical") and c.pos == "N" and c.lemma in _COMMA_PARTICIPLES \
                        and "،" in v.gap(c.t0) and j < c.t0 - 1 \
                        and (st == "hypothetical" or v.tokens[j].folded[:1] in ("س", "ي", "ت")):
                    st = None
                if st:
                    cues.append((j, cue, st))
            if bares[j] in ("ان", "بان") and v.tokens[j].folded not in ("انه", "انها"):
                if passed_complementizer:
                    break
                passed_complementizer = True
            if pronouns[j]:
                passed_complementizer = True
            j -= 1
        if not any(st == "negated" for _j, _cue, st in cues):
            denied = self._denied_that_it_was(c)
            if denied is not None:
                cues.append(denied)
        # the trigger itself
        own = None
        if c.pos == "V" and c.tense:
            own = {"past": "occurred", "present": "ongoing", "future": "planned"}[c.tense]
            if own == "ongoing" and c.type in _SPEECH_ACTS and not c.suffix \
                    and not (c.t0 > 0 and v.bare(c.t0 - 1) in ("الذي", "التي", "الذين")):
                # (not a standing charge told of a party: "حزب العمال، الذي تتهمه أنقرة بـ…")
                own = "occurred"  # "تتهم الحركة …"، "تحتفظ بحق الرد": a charge or a threat said is made, not going on
        if c.pos == "N" and (c.type == "PROTEST" or c.type == "COERCE" and c.mode == "restrict") and own is None \
                and not any(cue.kind == "end" for _j, cue, _st in cues) \
                and not (c.definite and not c.suffix) \
                and (any(v.bare(j) == "منذ" for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 7))
                         if not any(v.is_strong_break(x) or x in rd.trigger_tokens for x in range(c.t1 + 1, j + 1))
                         # (not how long the grievance protested has lasted: "احتجاجاً على انقطاع المياه منذ أسابيع")
                         and not self._lasting_of_another(c, j))
                     # (or before it, after its verb: "يخوض عدد من أعضائها منذ 3 فيفري 2025 اعتصاماً مفتوحاً")
                     or self._since_before_noun(c)):
            # "حصارها على مدينة كادوقلي منذ أكثر من ثلاثة أسابيع"، "اعتصاماً مفتوحاً منذ يوم الجمعة": a siege or a
            # protest kept up since a time is still going on (not one ended: "أنهت وساطة قبلية حصاراً فرضته … منذ …";
            # nor the strike told again, "الإضراب يمثل أكبر اختبار … منذ إجراءات 25 جويلية")
            own = "ongoing"
        if c.type == "MOBILIZE" and own in (None, "occurred") and not any(cue.kind == "end" for _j, cue, _st in cues) \
                and self._kept_up_since(c):
            # "دفع الجيش منذ صباح اليوم بـ1200 عسكري"، "انتشرت وحدات … منذ صباح اليوم"، "عززت منذ الأسبوع الماضي
            # انتشار عناصرها": a deployment kept up since a time is going on
            own = "ongoing"
        # nominal subject: the predicate after it (خروج القوات سيتم … ، عملية الإخلاء لم تنته بعد)
        right: list[tuple[int, StatusCue, str]] = []
        if c.pos == "N":
            for j in range(c.t1 + 1, min(c.sent[1], c.t1 + 6)):
                if j in rd.trigger_tokens or v.is_strong_break(j) or (v.comma_clause(j) and v.bare(j) not in ("الذي", "التي")):
                    break
                if bares[j] in ("الذين", "اللذين", "اللواتي", "اللاتي"):
                    break  # ("معرباً عن شكره للأشقاء الذين لم ينسوا الغوطة": a clause of people, not of the act)
                if v.comma_before(j) and j in rd.status_at and rd.status_at[j].payloads[0].lemma in _DENYING_PARTICIPLES:
                    break  # ("صدّت الهجوم، نافيةً …": a participle after a comma denies what follows it)
                h = rd.status_at.get(j)
                if h is not None and h.payloads[0].lemma == "عدم":
                    continue  # ("احتجاجاً على عدم قبول …": عدم negates the noun after it, never a predicate)
                if h is not None and c.type == "THREATEN" and h.payloads[0].kind == "hypothetical":
                    continue  # ("…، ملوّحين بالعودة إلى قطع الطرق إذا لم تصل المياه": the condition is the threat's own)
                if h is not None and (h.payloads[0].kind in ("aux", "begin", "end", "negated") or (
                        h.payloads[0].kind == "hypothetical" and h.payloads[0].tense is None) or (
                        # its adjective: "حملة الاعتقالات المتواصلة"، "القصف المستمر"
                        h.payloads[0].kind == "ongoing" and j <= c.t1 + 2 and bares[j].startswith("ال")
                        and h.payloads[0].lemma.removeprefix("ال").startswith(("متواصل", "مستمر"))) or (
                        # its day counted after it: "إضرابهم عن العمل لليوم الثالث على التوالي"
                        h.payloads[0].lemma == "لليوم" and c.type == "PROTEST")):
                    st = self._cue_status(h.payloads[0], j, c)
                    if st:
                        right.append((j, h.payloads[0], st))
                        if h.payloads[0].kind not in ("negated", "hypothetical", "planned"):
                            break
        c.reported_denied = not any(st == "negated" for _j, _cue, st in cues) and self.denied_report(c)
        if not any(st == "negated" for _j, _cue, st in cues) and (c.reported_denied or self._denied_clause(c) or (
                c.pos == "N" and c.t0 > 0 and v.bare(c.t0 - 1) in ("اي", "ايه") and rd._none_recorded(c.t0 - 1))):
            # (and "لم تسجل مصالح الأمن أي توقيفات": none such recorded)
            cues.append((c.t0 - 1, StatusCue("نفى", "negated", None), "negated"))
        status = self._combine(c, cues, own, right)
        if (c.type == "CONCEDE" or c.type == "COERCE" and c.mode in ("restrict", "curfew")) and status == "planned" \
                and c.time is None and any(cue.lemma == "قرر" and st == "planned" and v.bare(j).lstrip("و").startswith("قرر")
                                           for j, cue, st in cues):
            # "قرر المحتجون تعليق تحركهم"، "قررت الوزارة إغلاق المنفذ": a suspension or a closure decided (in the past)
            # is in force, no plan
            status = "occurred"
        if c.pos == "N" and c.t0 > a and "،" in v.gap(c.t0) and v.tokens[c.t0].folded.endswith(("ا", "ين")) \
                and c.type in ("REQUEST", "THREATEN", "ACCUSE") and status == "ongoing":
            status = "occurred"  # "قال …، داعياً …": the participle shares the reporting verb's past
        if status in ("occurred", "ongoing") and self.tasked_body(c) is not None:
            # ("وجّه القائد الأعلى آمر المنطقة بنشر القوة": instructed, the act is still to come; وجّه alone is a light
            # verb of what was done, "وجّه ضربة")
            status = "planned"
        # (not a threat, a demand or a charge: what it names is to come, the saying of it is not)
        if status in ("occurred", "ongoing") and c.pos == "N" and c.time is None and c.frame not in ("speech", "request") \
                and c.type not in ("THREATEN", "REQUEST", "ACCUSE", "REJECT", "SUPPORT") and self._future_span_after(c):
            status = "planned"  # "أعلنت واشنطن سحب ألفي جندي خلال الأشهر المقبلة": within a span to come
        s_end = v.tokens[c.sent[1] - 1].end
        if "؟" in v.text[s_end:s_end + 3] or "?" in v.text[s_end:s_end + 3]:
            status = "hypothetical"
        elif status == "hypothetical" and c.pos == "N" and v.bare(c.t1 + 1) in _SCHEDULED:
            # "إذا لم تنجح اللجنة في احتوائه خلال اجتماعها المقرر الأسبوع المقبل": what a condition hangs on is
            # scheduled all the same
            status = "planned"
        if status == "occurred" and c.type == "PROTEST" and c.pos == "N" and c.t0 > a and v.bare(c.t0 - 1) == "في" \
                and any(v.bare(j).lstrip("و") in _ENTERING and not v.bare(j).lstrip("و").startswith(("ت", "ي"))
                        for j in range(max(a, c.t0 - 20), c.t0 - 1)) \
                and not any(v.is_strong_break(x) for x in range(max(a, c.t0 - 20) + 1, c.t0 + 1)):
            status = "ongoing"  # "دخل الممرضون، صباح اليوم، في إضراب عن العمل": a strike entered is under way
        # "عزمها تنظيم مسيرة … الأسبوع المقبل، إذا لم تستجب الحكومة": planned on a condition (it stays "planned" while
        # the events are resolved, an occasion to come, and is told hypothetical at the end)
        c.conditional = status in ("planned", "hypothetical") and c.type != "THREATEN" and self._condition_after(c)
        c.status = status

    def condition_party(self, c: Cand) -> None:
        """"هدّد الاتحاد بإضراب عام إذا لم تُفرج السلطات عن الموقوفين"، "لوّح بـ… في حال مضى الاتحاد في …": a threat
        is made to the party whose act its condition names (the subject right after the condition's verb)."""
        v = self.v
        if c.type != "THREATEN" or c.recipient:
            return
        at = self._condition_at(c, 30)
        if at is None:
            return
        for o in v.occs_in(at + 1, min(c.sent[1], at + 6)):
            if any(v.is_strong_break(x) or v.comma_before(x) for x in range(at + 1, o.t0 + 1)):
                return
            # (not the threatener's own side: "إذا هاجم الجيش الإسرائيلي حزب الله" in an Israeli threat)
            own = {v.by_id[x].country for x in c.actor if v.by_id[x].country}
            if v.prep_of(o) == "" and v.is_actorish(o.eid) and not v.is_place(o.eid) and o.eid not in c.actor \
                    and v.by_id[o.eid].country not in own:
                c.recipient.append(o.eid)
            return

    def _condition_at(self, c: Cand, width: int = 16) -> int | None:
        """The token of the verb right after a condition that follows the act in its clause (within ``width`` tokens),
        or None."""
        v = self.v
        for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + width)):
            if v.is_strong_break(j) or v.comma_clause(j) and v.bare(j) not in ("اذا",):
                return None
            w = v.bare(j)
            if w == "اذا" and v.bare(j - 1) != "ما":
                return j + 2 if v.bare(j + 1) == "لم" else j + 1
            if w == "في" and v.bare(j + 1) == "حال":
                return j + 3 if v.bare(j + 2) == "لم" else j + 2
            if w == "ما" and v.bare(j + 1) == "لم":
                return j + 2
        return None

    def _condition_after(self, c: Cand) -> bool:
        """A condition follows the act in its clause: "إذا (لم)"، "في حال"، "ما لم" within fifteen words after it, no
        new clause between (not "ما إذا", whether; a threat itself is made whatever its condition)."""
        return self._condition_at(c) is not None

    def _denied_clause(self, c: Cand) -> bool:
        """"نفى المستشار …، في تدوينة على منصة «إكس»، أن تكون قواتهم قد قصفت المعسكر": a verb in the أنّ-clause
        of a denial is denied, however long the denial's subject and aside."""
        v = self.v
        if c.pos != "V":
            return False
        a = c.sent[0]
        comp = next((j for j in range(c.t0 - 1, max(a, c.t0 - 8) - 1, -1) if v.bare(j) in ("ان", "بان")), None)
        if comp is None or any(v.is_strong_break(x) or v.comma_before(x) or v.is_subordinator(x) and x != comp
                               for x in range(comp + 1, c.t0 + 1)):
            return False
        # (the أنّ of another verb of speech between them governs it: "نفت …، معلنة أن الوزيرة ستؤدي زيارة")
        cues = self._cue_tokens()
        return self._denial_before(comp - 1, max(a, comp - 20), lambda k: v.is_strong_break(k + 1) or k in cues
                                   or v.bare(k).lstrip("و") in PARTICIPLE_CONT)

    def _cue_tokens(self) -> frozenset[int]:
        """The tokens of the statements' cues (read once: a set built per candidate was quadratic)."""
        if self._cue_token_set is None:
            self._cue_token_set = frozenset(self.v.token_at(st.cue.start) for st in self.statements if st.cue is not None)
        return self._cue_token_set

    def _denial_before(self, k: int, lo: int, stop: Callable[[int], bool] = lambda k: False) -> bool:
        """A verb of denial going back from token k to lo, before a verb of confirmation, a subordinator, a
        contrast ("لكن مصادر أكدت …") or what ``stop`` says ends the search."""
        v = self.v
        for x in range(k, lo - 1, -1):
            w = v.bare(x).lstrip("وف")
            if w in _DENY_VERBS:
                return True
            if w in _CONFIRM_VERBS or v.is_subordinator(x) or w in ("لكن", "فيما", "بينما") or stop(x):
                return False
        return False

    def denied_report(self, c: Cand) -> bool:
        """"ونفى مصدر دبلوماسي، في تصريح لـ«الأهرام»، ما تردد على مواقع التواصل عن إرسال قوات": what a
        report denied says happened is denied, however long the denial's subject and aside."""
        v = self.v
        t0 = c.t0 - 1 if c.t0 > 0 and v.bare(c.t0 - 1) in ("فرض", "شن", "تنفيذ") else c.t0  # "عن فرض حظر للتجوال"
        if c.pos == "V":
            # "ونفى القماطي ما أوردته منظمة «X» من أن عناصر خفر السواحل أطلقوا النار": the report's أنّ-clause
            that = next((j for j in range(c.t0 - 1, max(c.sent[0], c.t0 - 8) - 1, -1) if v.bare(j) == "ان"
                         and v.bare(j - 1) in ("من", "عن")), None)
            if that is None or any(v.is_strong_break(x) or v.is_subordinator(x) and x != that
                                   for x in range(that + 1, c.t0 + 1)):
                return False
            t0 = that
        elif c.pos == "N" and t0 > 0 and v.tokens[t0].folded.startswith("ل") and v.bare(t0 - 1) != "عن":
            # "نفى … صحة ما تداولته حسابات عن تعرّض ناقلة نفط لهجوم": the report is of what underwent it
            exposed = next((j for j in range(t0 - 1, max(c.sent[0], t0 - 6) - 1, -1) if v.bare(j) == "تعرض"), None)
            if exposed is not None:
                t0 = exposed
        if t0 < 3 or v.bare(t0 - 1) not in ("عن", "بشان", "حول", "بخصوص", "من") \
                or (v.bare(t0 - 1) == "من" and c.pos != "V"):  # («من أن» only before a verb's clause)
            return False
        for j in range(t0 - 2, max(c.sent[0], t0 - 10) - 1, -1):
            # ("ما تردد عن …"، "الأنباء التي تحدثت عن خطف …": the report denied)
            if (v.bare(j) == "ما" and v.bare(j + 1).lstrip("و") in _REPORT_VERBS) or v.bare(j) in _REPORT_NOUNS:
                # ("…، لكن مصادر أكدت ما تردد عن انسحاب …": confirmed, in another clause)
                return self._denial_before(j - 1, max(c.sent[0], j - 14))
        return False

    def _duration_after(self, j: int) -> bool:
        """A length of time right after token j ("استمر عدة ساعات"، "استمرت ثلاث ساعات"، "استمر لساعات")."""
        v = self.v
        for x in range(j + 1, min(len(v.tokens), j + 4)):
            if v.is_strong_break(x) or v.bare(x) in ("منذ", "حتي", "الي"):
                return False  # ("استمرت الاشتباكات منذ أيام": still going on)
            w = v.bare(x)
            unit = w.removeprefix("ل").removeprefix("ال")
            if unit in _DURATION_UNITS:
                prev = v.bare(x - 1)
                # a length: right after the verb ("استمرت ساعات"), counted ("ثلاث ساعات"، "عدة ساعات"), a dual
                # ("يومين") or with ل ("لساعات")
                return x == j + 1 or w[:1] == "ل" or unit.endswith(("ين", "ان")) or prev in ("عده", "بضع", "بضعه", "طوال") \
                    or _number_token(v, x - 1)
        return False

    def _cue_status(self, cue: StatusCue, j: int, c: Cand) -> str | None:
        v = self.v
        k = cue.kind
        if k in ("aux", "begin", "end"):
            t = cue.tense
            if t == "future":
                return "planned"
            if k == "begin":
                if t == "past" and cue.lemma == "استمر" and self._duration_after(j):
                    return "occurred"  # "بهجوم مضاد استمر عدة ساعات": it lasted, and is over
                return "ongoing"
            if t == "present" and j >= 2 and v.bare(j - 1) == "ان" and v.bare(j - 2) in ("قبل", "بعد", "اثر", "منذ"):
                return "occurred"  # "قبل أن تتوصل الحكومة والنقابة إلى اتفاق": told in a past narrative, it happened
            if k == "end":
                return "occurred" if t == "past" else "ongoing"
            return {"past": "occurred", "present": "ongoing"}.get(t or "", None)
        if k == "negated":
            if cue.lemma in _DENYING_PARTICIPLES and (c.t0 - j > 8 or c.t0 < j):
                return None  # ("نافيةً ما تداولته مواقع عن انسحاب الجيش": what it denies follows it closely)
            if cue.lemma in ("لم", "لن", "لا", "ليس", "عدم"):
                nxt = v.bare(j + 1) if j + 1 < len(v.tokens) else ""
                if cue.lemma == "ليس" and nxt in ("سوي", "الا"):
                    return None
                if cue.lemma == "لا" and nxt in ("سيما", "يعني", "بد", "شك", "سيّما"):
                    return None
                limit = 1 if cue.lemma in ("لا", "ليس", "عدم") else 2
                if c.t0 - j > limit:  # a particle negates the word right after it
                    h = self.rd.status_at.get(j + 1)
                    if h is None or h.payloads[0].kind not in ("aux", "begin", "end") or c.t0 - j > 6:
                        return None
                # لم … بعد: not yet
                for k2 in range(j + 1, min(len(v.tokens), max(j + 5, c.t1 + 4))):
                    if v.bare(k2) == "بعد":
                        return "notyet"
                if cue.lemma == "لم" and c.pos == "V" and c.tense == "present":
                    return "negated"
            return "negated"
        if k == "hypothetical":
            return "hypothetical"
        if k == "planned":
            if cue.lemma == "مقرر" and v.bare(j + 1) in ("الخاص", "الخاصه", "الاممي", "الامم", "لجنه", "اللجنه"):
                return None  # "المقرر الخاص للأمم المتحدة": the rapporteur, not a schedule
            if cue.lemma == "قضى" and c.type == "SANCTION" and v.bare(j).lstrip("و")[:1] not in ("ي", "ت"):
                return None  # "قضت المحكمة بإدانة ستة طلاب": a court's ruling is made, not what an accord provides for
            return "planned"
        return k

    def _combine(self, c: Cand, cues: list[tuple[int, StatusCue, str]], own: str | None,
                 right: list[tuple[int, StatusCue, str]]) -> str:
        found = [s for _j, _cue, s in cues] + [s for _j, _cue, s in right]
        if "notyet" in found:
            return "ongoing"
        # a noun's own relative clause ("الاتفاق الذي أبرمته …") says more than the clause around it
        if c.pos == "N" and right and right[0][0] - c.t1 <= 3 and any(
                self.v.bare(x) in ("الذي", "التي") for x in range(c.t1 + 1, right[0][0])):
            return right[0][2]
        # "قد" before a present verb: possible
        v = self.v
        if c.pos == "V" and c.tense == "present" and c.t0 > 0 and v.bare(c.t0 - 1) == "قد":
            return "hypothetical"
        for s in ("negated", "hypothetical", "planned"):
            if s in found:
                return s
        if own == "planned":
            return "planned"
        if own == "ongoing" and c.t0 >= 2 and v.bare(c.t0 - 1) in ("ان",) and v.bare(c.t0 - 2) in ("قبل", "بعد", "اثر", "منذ"):
            return "occurred"
        if own == "ongoing" and v.tokens[c.t0].folded[:2] in ("وت", "وي") and any(
                v.bare(j) == "ان" and v.bare(j - 1) in ("قبل", "بعد", "اثر")
                and not v.break_or_comma_in(j + 1, c.t0 + 1)
                for j in range(max(c.sent[0] + 1, c.t0 - 10), c.t0 - 1)):
            return "occurred"  # "قبل أن تتدخل قوات مكافحة الشغب وتفرّق المحتجين": the verb joined to it, too
        pluperfect = self._pluperfect(c)
        c.pluperfect = pluperfect
        nearest = None
        if right and right[0][0] - c.t1 <= 3 and right[0][2] in ("occurred", "ongoing"):
            return "occurred" if pluperfect and right[0][2] == "ongoing" else right[0][2]
        if cues:
            nearest = cues[0][2]  # cues are collected right to left: the first is the nearest
        if right and nearest is None:
            nearest = right[0][2]
        if nearest == "ongoing" and (own in (None, "ongoing") or (
                # "باشر الجيش، أمس الاثنين، نشر تعزيزات": after a verb of beginning, a past form is its verbal noun
                own == "occurred" and cues[0][1].kind == "begin" and cues[0][1].tense == "past"
                and v.tokens[c.t0].folded == c.lemma)):  # (the bare stem only: not "واعتقلت"، "وأغلقوا")
            return "occurred" if pluperfect else "ongoing"
        if own:
            return own
        if nearest:
            return nearest
        if c.coord_prev and not (c.lemma in _COMMA_PARTICIPLES and "،" in self.v.gap(c.t0)):
            # (not a participle of the speaker after a comma: "نافياً استخدام الرصاص الحي، ومتهماً «أطرافاً» بـ…" is
            # an accusation made, not a second act denied)
            prev = self._prev_cand(c)
            if prev is not None and prev.pos == "N":
                return prev.status
        c.default_status = c.pos == "N"
        return "occurred"

    def _pluperfect(self, c: Cand) -> bool:
        """كان … قد + past: the event (or its beginning) lies in the past."""
        v = self.v
        lo = max(c.sent[0], c.t0 - 16)
        bares = v.bares
        if "قد" not in bares[lo:c.t0]:
            return False
        saw_qad = False
        for j in range(c.t0 - 1, lo - 1, -1):
            b = bares[j]
            if b == "قد":
                saw_qad = True
            if saw_qad and b in ("كان", "كانت", "كانوا", "كانا", "كنا"):
                return True
        return False

    def _prev_cand(self, c: Cand) -> Cand | None:
        """The last candidate (in list order) of c's sentence that ends before c starts."""
        if self._by_sent is None:
            groups: dict[tuple[int, int], list[Cand]] = {}
            for d in self.cands:
                groups.setdefault(d.sent, []).append(d)
            self._by_sent = {}
            for sent, group in groups.items():
                order = sorted(range(len(group)), key=lambda i: group[i].t1)
                latest: list[Cand] = []  # latest[k]: the last in list order among order[:k + 1]
                top = -1
                for i in order:
                    top = max(top, i)
                    latest.append(group[top])
                self._by_sent[sent] = ([group[i].t1 for i in order], latest)
        ends, latest = self._by_sent.get(c.sent, ([], []))
        k = bisect_left(ends, c.t0)  # those with t1 < c.t0
        return latest[k - 1] if k else None

    # --- date
    def _said_after(self, ti: int, t0: int) -> bool:
        """Between a time at ti and a verb at t0, a comma and then «أن» open the verb's own clause of speech
        ("…، مؤكدة أنها فتحت …"), or «لكن» its own clause of contrast ("وعد بصرف تعويضات مطلع تموز المقبل، لكنه رفض
        …")."""
        v = self.v
        comma = next((x for x in range(ti + 1, t0 + 1) if "،" in v.gap(x)), None)
        return comma is not None and any(v.bare(x) in _THAT_WORDS or v.bare(x) in _THAT_PRONOUNS
                                         or v.bare(x) in _BUT_WORDS for x in range(comma, t0))

    def _occurring_after(self, c: Cand) -> bool:
        """An indefinite noun trigger, maybe one adjective, then a verb of breaking out or taking place: its
        relative clause ("بعد اشتباكات عنيفة اندلعت مساء السبت"، "في مواجهات جرت فجر الأحد"), whose time is the
        act's own."""
        v = self.v
        if c.pos != "N" or "ال" in v.tokens[c.t0].folded[:4]:
            return False  # (a definite noun's clause would open with الذي/التي)
        j = c.t1 + 1
        f = v.bare(j)
        if f and not f.startswith("ال") and f.endswith(("ه", "ي", "ين", "ا")) and j not in v.occ_at \
                and f not in _OCCURRING_VERBS and f not in PREPOSITIONS:
            j += 1  # "اشتباكات عنيفة اندلعت"
        return v.bare(j) in _OCCURRING_VERBS and "،" not in v.gap(j)

    def read_date(self, c: Cand, published: str | None) -> None:
        v = self.v
        L = self.left_limit(c, stop_at_triggers=True)
        R = self.right_limit(c, width=24)
        cands: list[tuple[int, int, Time]] = []
        for ti, t in v.times_in(L, R):
            if t.value is None or t.grain in ("duration",):
                continue
            if c.t0 <= ti <= c.t1 or (ti < c.t0 and self._since_another(ti)):
                continue
            if ti < c.t0 and self._quoted(t.start) and not self._quoted(v.tokens[c.t0].start):
                continue  # "«سمعوا الكلام نفسه منذ سنة 2017»، مهدداً بالدخول في إضراب": a quotation's own time
            if ti > c.t1 and c.pos == "N" and c.t0 > c.sent[0] and _unjoined(v.bare(c.t0 - 1)) in _ENDING_NOUNS \
                    and published and _starts_after(t.value, published):
                continue  # "تعليق الإضراب واستئناف العمل اعتباراً من صباح غد الاثنين": when it ends, not its day
                # (a past one may be its own: "إنهاء اشتباكات اندلعت الخميس 11 ديسمبر")
            if ti > c.t1 and any(v.bare(x) in _PROVIDES_FOR for x in range(c.t1 + 1, ti)):
                continue  # "مذكرة تفاهم تقضي برفع عدد الرحلات اعتباراً من شباط المقبل": when what it provides for starts
            if ti < c.t0 and c.pos == "N" and c.lemma in _COMMA_PARTICIPLES and "،" in v.gap(c.t0) and (any(
                    x in self.rd.trigger_tokens and not any(v.comma_before(y) for y in range(x + 1, ti + 1))
                    for x in range(max(c.sent[0], ti - 12), ti)) or published and _starts_after(t.value, published)):
                # "…، الذي قُتل برصاص مسلحين في تشرين الأول 2024، مطالباً …": another act's time, in its own phrase;
                # "ستباشر أعمال الصيانة صباح غد الأربعاء، داعية الوكالة إلى …": the coming day of the clause before
                # (the call is made as it is said)
                continue
            # ("تعرضت المدينة لقصف مدفعي منذ فجر أمس استمر حتى الليل": an act's own start, a day or two before the
            # article, right after the act told)
            own_start = ti - 1 <= c.t1 + 3 and published is not None and _within_days(t.value, published, 2)
            if c.status == "occurred" and ti > c.t1 and ti > 0 and not own_start and (v.bare(ti - 1) in ("منذ", "مند") or (
                    # "منذ إجراءات 25 جويلية 2021": since an occasion that the date is of
                    ti > 1 and v.bare(ti - 2) in ("منذ", "مند") and ti - 1 not in v.occ_at) or (
                    # "للمرة الأولى منذ سبعة أشهر": since when it had not happened, not when it did ("منذ ثلاثة أيام": ago)
                    v.bare(ti) in ("منذ", "مند") and _first_time_since(v, ti))):
                continue  # "ودعا …، الساري منذ 27 تشرين الثاني": the start of something else, not the day of the act
            if ti > 0 and v.bare(ti - 1) in ("منذ", "مند") and _first_time_since(v, ti - 1):
                continue  # "في عدوان هو الثالث على المخيم منذ مطلع تشرين الأول، وسط حملة اعتقالات": a rank's start
            if self._lasting_of_another(c, ti):
                continue
            if _numbered_document_year(v, ti):
                continue  # "القانون عدد 38 لسنة 2020"، "القرار 2254 لعام 2015": a document's number, not a day of the act
            if ti < c.t0 and c.pos == "V" and v.comma_before(c.t0) and self._in_relative_clause(ti, c):
                continue  # "… باتفاق وقف الأعمال العدائية الذي دخل حيز التنفيذ في 27 تشرين الثاني 2024، ودعت …": the
                # day of what the relative clause tells, not of the verb coordinated after it
            if published and c.tense == "past" and c.status == "occurred" and ti < c.t0 \
                    and _starts_after(t.value, published) and self._said_after(ti, c.t0):
                continue  # "… ستُصرف الأسبوع المقبل، مؤكدة أنها فتحت تحقيقاً": another clause's coming day
            dist = (c.t0 - ti) if ti < c.t0 else (ti - c.t1) + 0.5
            cands.append((int(dist * 2), ti, t))
        if c.status not in ("planned", "hypothetical") and not cands:
            # the governing clause: earlier in the sentence (not a quotation's own date, "«… لعام 1974»")
            for ti, t in v.times_in(c.sent[0], L):
                if t.value is None or t.grain == "duration" or self._quoted(t.start):
                    continue
                if ti > 0 and v.bare(ti - 1) in ("منذ", "مند") or self._since_another(ti) or self._lasting_of_another(c, ti):
                    continue  # "… الساري منذ 27 تشرين الثاني، ودعا …": since when something else holds
                if c.pos == "V" and v.comma_before(c.t0) and self._in_relative_clause(ti, c):
                    continue  # "… الذي دخل حيز التنفيذ في 27 تشرين الثاني 2024، ودعت …": what the relative clause tells
                if published and _starts_after(t.value, published) and c.tense == "past" and c.status == "occurred" \
                        and self._said_after(ti, c.t0):
                    continue  # (a past verb did not happen on a coming day another clause names)
                if published and _starts_after(t.value, published) and c.pos == "N" and c.lemma in _COMMA_PARTICIPLES \
                        and "،" in v.gap(c.t0) and c.status == "occurred":
                    continue  # ("أن المنفذ سيُعاد فتحه يوم الأحد المقبل، …، داعية المحتجين إلى …": made as it is said)
                if published and _starts_after(t.value, published) and any(
                        v.bare(x) in ("فيما", "بينما", "الذي", "التي") or (v.bare(x) == "حين" and v.bare(x - 1) == "في")
                        or (v.bare(x) == "ما" and v.bare(x - 1) in ("وهو", "وهي", "هو", "هي"))
                        for x in range(ti + 1, c.t0)):
                    # "يصل وفد … في 15 شباط، فيما رفضت الحركة …"، "عرضت الصرف مطلع العام المقبل، وهو ما رفضه
                    # الممثلون": another clause's coming day
                    continue
                cands.append((c.t0 - ti + 100, ti, t))
        if c.status in ("occurred", "ongoing") and not cands:
            # "اتفقت الحكومتان، عقب محادثات أجراها أمس الاثنين …، على …": what followed an occasion dated in
            # its own clause later in the sentence happened that day
            for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 20)):
                if v.bare(j).lstrip("و") not in ("عقب", "اثر", "خلال", "ختام") or not any(
                        x in self.rd.trigger_tokens for x in (j + 1, j + 2)):
                    continue
                t = next((t for ti, t in v.times_in(j + 1, min(c.sent[1], j + 7))
                          if t.value and t.grain != "duration" and not self._quoted(t.start)), None)
                if t is not None:
                    cands.append((200, j, t))
                break
        # (past the noun's own genitive and adjective: "اتفاقية التعاون الدفاعي التي وقّعها البلدان في …")
        rel = c.pos == "N" and any(v.bare(x) in ("الذي", "التي") and not any(
            "،" in v.gap(y) for y in range(c.t1 + 1, x + 1)) for x in range(c.t1 + 1, min(R, c.t1 + 5)))
        light = self._light_after(c, R) if c.pos == "N" else None
        if rel or light is not None or self._occurring_after(c):
            # the noun's own clause ("الاتفاق الذي وُقّع في …"، "هجوم شنّته الجماعة مساء أمس") dates it
            cands = [(d - 100 if ti > c.t1 else d, ti, t) for d, ti, t in cands]
        if cands:
            cands.sort(key=lambda x: x[0])
            # "الأسبوع المقبل، وتحديداً يوم الثلاثاء 24 فيفري": the day that narrows the time told first
            first = cands[0]
            after = v.token_at(first[2].end)
            narrower = next(((first[0], ti, t) for ti, t in v.times_in(after, min(c.sent[1], after + 6))
                             if t.value and t.grain != "duration" and ti > first[1] and any(
                                 unjoined_in(v.bare(y), ("تحديدا", "بالتحديد")) for y in range(after, ti))), None)
            if narrower is not None:
                cands.insert(0, narrower)
            if c.coord_prev and c.pos == "V" and c.tense == "past" and c.status == "occurred" and cands[0][1] > c.t1 \
                    and any("،" in v.gap(x) for x in range(c.t1 + 1, cands[0][1] + 1)):
                # "ضبطت قوات الأمن، أمس الخميس، مخزناً …، وألقت القبض على 7 متهمين …، في إطار حملة لاحتواء خصومة
                # راح ضحيتها شخصان منتصف نوفمبر": a past verb joined to one dated before it shares that day, not
                # the time of a later phrase of its own
                prev = self._prev_cand(c)
                if prev is not None and prev.time is not None and not prev.weak_time and prev.status == "occurred" \
                        and v.token_at(prev.time.start) < c.t0:
                    c.time, c.date, c.weak_time = prev.time, prev.date, False
                    return
            c.time = cands[0][2]
            c.date = _span_month(c.time.value)
            c.weak_time = cands[0][0] >= 100
            ti = cands[0][1]
            if c.pos == "N" and ti < c.t0 and not c.weak_time:
                st = self.statement_for(c.start)
                cue_t = v.token_at(st.cue.start) if st is not None else -1
                if 0 <= cue_t < ti and cue_t >= c.sent[0]:
                    c.weak_time = True  # "أعلنت الخلية، اليوم الأحد، مقتل …": the day of the announcement
                    done_in = self._operation_time(c)
                    if done_in is not None:
                        # "أعلنت القيادة، اليوم الأربعاء، تفكيك شبكة …، في عملية نُفذت فجر أمس": the operation's day
                        c.time, c.date, c.weak_time = done_in, done_in.value, False
            if published and c.status in ("occurred", "ongoing") and _starts_after(c.date, published):
                if c.lemma == "متفق_عليه":
                    c.date = None  # "سيجري الشهر المقبل وفق الجدول المتفق عليه": the date is what was agreed's
                    return
                if c.pos == "V" and c.tense == "past" and c.type in ("AGREE", "REQUEST", "THREATEN", "REJECT") \
                        and ti > c.t1:
                    # "واتفقا على عقد الجولة المقبلة يوم 2 مارس": a date after the verb is that of what was
                    # agreed or asked for; the agreeing itself is done, today
                    c.date = published
                    return
                if ti > c.t1 and any(v.tokens[x].folded[:2] in ("وي", "وت") and len(v.tokens[x].folded) >= 4
                                     and x not in self.rd.time_tokens for x in range(c.t1 + 1, ti)):
                    # "قبل أن يستقبل الوالي وفداً عنهم ويعدهم بمناصب شغل خلال الشهر المقبل": the coming day is
                    # that of the verb joined after it, not of the act told
                    c.time, c.date = None, None
                    return
                if c.pos == "V" and c.tense == "past" and not c.conj and c.t0 > c.sent[0] \
                        and v.bare(c.t0 - 1) not in ("ان", "قد", "لن", "لم") and c.status == "occurred" \
                        and c.type in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT"):
                    return  # ("قصفت طائرات روسية إدلب في الخامس من الشهر الجاري": a past act, its day misread or
                    # mistold, stays done)
                c.status, c.default_status = "planned", False  # dated after publication: "… مطلع تموز المقبل"
            return
        if c.status in ("ongoing", "occurred") and not c.pluperfect:
            c.date = published

    def _kept_up_since(self, c: Cand) -> bool:
        """«منذ» and a time right by the trigger, in its clause: after the verb (past its subject and a comma), or
        between a noun's verb and the noun; not "للمرة الأولى منذ …" (the first time since, done)."""
        v, rd = self.v, self.rd
        for j in range(c.t1 + 1, min(c.sent[1] - 1, c.t1 + 8)):
            if v.is_strong_break(j) or (j in rd.trigger_tokens and j != c.t1):
                break
            if v.bare(j) == "منذ" and j + 1 in rd.time_tokens and not _first_time_since(v, j):
                return True
            if j not in v.occ_at and j not in rd.time_tokens and not any(o.t0 < j <= o.t1 for o in v.occs_in(max(0, j - 6), j)) \
                    and "،" not in v.gap(j) and j > c.t1 + 2:
                break  # (past the subject's words only)
        return c.pos == "N" and self._since_before_noun(c)

    def _since_before_noun(self, c: Cand) -> bool:
        """«منذ» and a time between a noun's verb and the noun ("يخوض أعضاؤها منذ 3 فيفري 2025 اعتصاماً"); not
        "للمرة الأولى منذ 2019" (the first time since then, done)."""
        v, rd = self.v, self.rd
        return any(v.bare(j) == "منذ" and all(x in rd.time_tokens for x in range(j + 1, c.t0))
                   and not _first_time_since(v, j) for j in range(max(c.sent[0], c.t0 - 7), c.t0 - 1))

    def _operation_time(self, c: Cand) -> Time | None:
        """The time, later in the sentence, of the operation the act was done in ("…، في عملية نُفذت فجر أمس
        الثلاثاء"), or None."""
        v = self.v
        for ti, t in v.times_in(c.t1 + 1, min(c.sent[1], c.t1 + 40)):
            if t.value is None or t.grain == "duration":
                continue
            op = next((x for x in range(max(c.t1 + 2, ti - 4), ti) if v.bare(x) in _OPERATION_NOUNS and v.bare(x - 1) == "في"),
                      None)
            if op is not None and not any(v.is_strong_break(y) for y in range(c.t1 + 1, ti + 1)):
                return t
        return None

    def _in_relative_clause(self, ti: int, c: Cand) -> bool:
        """Is the time at token ti inside a relative clause (after الذي/التي/الذين within eight words, no comma
        between) whose verb has another subject than c's? ("الاتفاق الذي دخل حيز التنفيذ في …، ودعت": yes;
        "النيابة التي أمرت مساء أمس بحبسهم، ووجهت إليهم تهماً": the clause c goes on with, no)"""
        v = self.v
        for x in range(ti - 1, max(0, ti - 9) - 1, -1):
            if v.comma_before(x + 1) or v.is_strong_break(x + 1):
                return False
            if v.bare(x) in ("الذي", "التي", "الذين", "اللذين", "اللتين"):
                own = self._verb_gender(c)
                rel = past_verb_gender(_unjoined(v.tokens[x + 1].folded)) if x + 1 < ti else None
                return own is None or rel is None or own != rel
        return False

    def _lasting_of_another(self, c: Cand, ti: int) -> bool:
        """Does the "since" time at token ti tell how long another act, named just before it, has lasted
        ("احتجاجاً على استمرار غلق المعبر منذ أكثر من ثلاثة أسابيع، مستعملة الغاز"), not c's day?"""
        v = self.v
        if v.bare(ti) not in ("منذ", "مند"):
            return False
        if ti > c.t1 and unjoined_in(v.bare(c.t0), ("احتجاجا", "تنديدا", "رفضا")) \
                and not any(v.comma_before(y) for y in range(c.t1 + 1, ti + 1)):
            return True  # "احتجاجاً على عدم صرف مرتباتهم منذ أربعة أشهر": how long the grievance has lasted
        if ti > c.t1 + 2 and v.bare(ti - 1) in _LASTING_STATES:
            return True  # "للمطالبة بصرف رواتبهم المتأخرة منذ ثلاثة أشهر": how long what the participle tells has lasted
        lo = c.t1 + 1 if ti > c.t1 else max(c.sent[0], ti - 10)
        return any((x in self.rd.trigger_tokens or v.bare(x) in ("استمرار", "مواصله", "تواصل"))
                   and not any(v.comma_before(y) for y in range(x + 1, ti + 1)) for x in range(lo, ti))

    def _since_another(self, ti: int) -> bool:
        """Is the time at token ti the date of an occasion that a "since" phrase names ("في أكبر تحرك منذ
        توقيع اتفاق وقف إطلاق النار في أكتوبر 2020، وسط اتهامات …"), so no date of what follows it?"""
        v = self.v
        for x in range(ti - 1, max(0, ti - 9) - 1, -1):
            if "،" in v.gap(x + 1) or v.is_strong_break(x + 1):
                return False
            if v.bare(x) in ("منذ", "مند"):
                return x < ti - 1  # (an occasion between: "منذ توقيع الهدنة في …", not "منذ أمس")
        return False

    def day_before(self, c: Cand) -> None:
        """"انتشر الجيش اليوم …، غداة انسحاب القوات الإسرائيلية من التلة": what غداة names happened the day
        before the day its clause tells (when that day is its sentence's, not its own)."""
        v = self.v
        if c.pos != "N" or c.t0 <= c.sent[0] or v.bare(c.t0 - 1).lstrip("و") != "غداه" or not c.date \
                or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", c.date):
            return
        if c.time is not None and not c.weak_time and v.token_at(c.time.start) > c.t1:
            return  # (its own date after it: "غداة اجتماع عُقد في 3 آذار")
        c.date = (dt.date.fromisoformat(c.date) - dt.timedelta(days=1)).isoformat()

    def announced_act_day(self, cands: list[Cand]) -> None:
        """"أعلن جهاز مكافحة الإرهاب، اليوم الثلاثاء، تفكيك خلية …. وقال الناطق إن قوة … نفذت فجر أمس الاثنين عملية
        …": the day told between the verb of announcing and what it announces is the announcement's; when the
        account that follows within two sentences dates an act of the same kind a day or three earlier, the act
        announced happened then."""
        v = self.v
        by_t0 = sorted(cands, key=lambda d: d.t0)
        starts = [d.t0 for d in by_t0]
        for c in cands:
            if c.time is None or not c.date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", c.date):
                continue
            st = self.statement_for(c.start)
            if st is None or v.token_at(st.cue.start) >= c.sent[1]:
                continue
            cue = v.token_at(st.cue.start)
            if not cue < v.token_at(c.time.start) < c.t0 <= cue + 12:
                continue  # (the time right after the verb of announcing, the act right after it)
            limit = c.sent[1]
            for _ in range(2):  # the next two sentences
                limit = v.sentence_tokens(v.tokens[limit].start)[1] if limit < len(v.tokens) else limit
            following = by_t0[bisect_left(starts, c.sent[1]):bisect_left(starts, limit)]
            told = next((d for d in following if d.type == c.type
                         and d.time is not None and not d.weak_time and d.date
                         and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.date)
                         and 1 <= (dt.date.fromisoformat(c.date) - dt.date.fromisoformat(d.date)).days <= 3), None)
            if told is not None:
                c.date = told.date

    def accords_reached(self, cands: list[Cand], published: str | None) -> None:
        """"كاشفاً عن اتفاق مع وزارة الكهرباء لإضافة 500 ميغاواط قبل منتصف آب المقبل": an accord told as reached is
        done; the later day after its noun is when what it provides for is due, not when it is made."""
        v = self.v
        for c in cands:
            if c.type != "AGREE" or c.pos != "N" or c.status != "planned" or c.time is None:
                continue
            if v.token_at(c.time.start) <= c.t1:
                continue
            if any(_FUTURE_CUES.intersection(word_stems(v.tokens[j].folded)) or v.bare(j)[:1] == "س" and
                   v.bare(j)[1:2] in ("ي", "ت", "ن") for j in range(c.sent[0], c.t0)):
                continue  # ("سيوقّع الطرفان اتفاقاً"، "من المقرر توقيع اتفاق"): one still to be made
            c.status, c.default_status = "occurred", False
            c.time, c.date = None, published

    def joined_nouns_share_time(self, cands: list[Cand]) -> None:
        """"تمكنت المفارز من حجز كمية من الأسلحة وتوقيف 19 مهرّباً …، خلال الفترة الممتدة من 4 إلى 10 جوان": verbal
        nouns joined by و, the time told after the last of them, are all of that time."""
        ordered = sorted(cands, key=lambda c: c.start)
        for i in range(len(ordered) - 2, -1, -1):
            c, d = ordered[i], ordered[i + 1]
            if c.pos != "N" or d.pos != "N" or not d.coord_prev or d.sent != c.sent or c.type != d.type:
                continue
            if c.time is not None or d.time is None or d.weak_time or self.v.token_at(d.time.start) <= d.t1:
                continue
            c.time, c.date, c.weak_time = d.time, d.date, False

    def story_day(self, cands: list[Cand], published: str | None) -> None:
        """"قُتل … أمس الثلاثاء …. وقال شهود عيان إن القوات اعتقلت …": an article whose lead tells a day
        shortly before its publication tells that day's story; an act it goes on to tell with no day of its
        own happened then, not on the day of publication. Not one a new thread opens (the reactions "من
        جانبها، دانت …"، "وفي بغداد، استنكرت …"), nor a condemnation, call, refusal or threat, which answer
        the story later unless told of its occasion ("طالب الوفد خلال الاجتماع")."""
        if not published or not cands:
            return
        v = self.v
        first = min(cands, key=lambda c: c.start)
        lead = [c for c in cands if c.sent == first.sent and c.time is not None and not c.weak_time
                and c.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", c.date)]
        if lead:
            day = min(lead, key=lambda c: c.start).date
        else:
            # a lead that tells its day with no act read in it ("وصلت إلى مدينة يبرود، أمس الاثنين 23 تشرين
            # الثاني، دفعة جديدة من اللاجئين"): the first full day the article names, before its first act and
            # within its first eighty tokens
            day = next((t.value for ti, t in v.times_in(0, min(80, first.t0)) if t.value
                        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) and not self._quoted(t.start)), None)
            if day is None:
                return
        if not 1 <= (dt.date.fromisoformat(published) - dt.date.fromisoformat(day)).days <= 3:
            return
        told_today = False  # the story has moved on to the day of publication ("عقد مسؤولون، اليوم الخميس، اجتماعاً …")
        for c in sorted(cands, key=lambda c: c.start):
            if c.time is not None and not c.weak_time and c.date:
                told_today = c.date == published
            if c.time is not None or c.date != published or c.status != "occurred" or c.pluperfect \
                    or self._new_thread(c.sent[0]) or told_today:
                continue
            if (c.type in _ANSWERING_TYPES or c.lemma in _REINFORCING_LEMMAS) and not any(
                    v.bare(x).lstrip("و") in ("خلال", "ختام", "اثناء") and v.bare(x + 1) not in _SPANS_OF_TIME
                    for x in range(c.sent[0], c.sent[1])):
                continue
            c.date = day

    def _new_thread(self, i: int) -> bool:
        """Does the sentence at token i open another thread of the story ("من جهتها،"، "وفي السياق،"، "إلى
        ذلك،"، "وفي بغداد،"، "دبلوماسياً،")?"""
        v = self.v
        a = v.bare(i).lstrip("و")
        b = v.bare(i + 1) if i + 1 < len(v.tokens) else ""
        if a in _THREAD_WORDS or (a, b) in _THREAD_OPENERS:
            return True
        o = v.occ_at.get(i + 1)
        if a == "في" and o is not None and o.etype == "LOC" and "،" in v.gap(o.t1 + 1):
            return True  # another scene: "وفي بغداد، …"
        if a == "في" and b in COMPASS and any("،" in v.gap(x) for x in range(i + 2, min(len(v.tokens), i + 4))):
            return True  # another region: "وفي شرق البلاد، …"
        return a.endswith("يا") and len(a) >= 6 and "،" in v.gap(i + 1)  # an adverb of domain: "ميدانياً،"

    def _in_quoted_words(self, o: Occ) -> bool:
        """Is the occurrence inside quoted words, not only a name in quotation marks ("«تيار المستقبل»")?"""
        text = self.v.text
        return any(text[a + 1:o.start].strip() or text[o.end:b].strip() for a, b in self._quotes_around(o.start))

    def _quoted_since(self, offset: int, start: int) -> bool:
        """Is ``offset`` inside a quotation opened after ``start``?"""
        return any(start < a for a, _b in self._quotes_around(offset))

    def _quoted(self, offset: int) -> bool:
        """Is ``offset`` inside a quotation («…» or "…")?"""
        return bool(self._quotes_around(offset))

    def _quotes_around(self, offset: int) -> list[tuple[int, int]]:
        """The quotations («…», “…”, "…") that hold ``offset``, as (open, close) offsets."""
        if self._quotes is None:
            self._quotes = []
            text = self.v.text
            for op, cl in (("«", "»"), ("“", "”"), ('"', '"')):
                i = text.find(op)
                while i >= 0:
                    j = text.find(cl, i + 1)
                    if j < 0:
                        break
                    self._quotes.append((i, j))
                    i = text.find(op, j + 1)
            self._quotes.sort()
        k = bisect_left(self._quotes, (offset + 1,)) - 1
        return [(a, b) for a, b in self._quotes[max(0, k - 3):k + 1] if a < offset < b]

    # --- source
    def statement_for(self, offset: int) -> Statement | None:
        return self._contents.narrowest(offset)

    def read_source(self, c: Cand) -> None:
        st = self.statement_for(c.start)
        if st is not None:
            c.source = st.speaker
            c.via = st.via
        # an observer's reading, not what unnamed sources report ("بحسب مصادر …" reports events)
        if self._claim_contents.any(c.start):
            c.in_claim = True


_MEDIA_PHRASE_NOUNS = frozenset({"بيان", "بيانها", "بيانه", "تصريح", "تصريحات", "تصريحه", "تصريحها", "مؤتمر",
                                 "تغريده", "منشور", "رساله", "كلمه", "حديث", "مقابله",
                                 # "في بيانات على منصة «تلغرام»"، "في تسجيل صوتي"، "في بلاغ"، "في تدوينة"، "في مداخلة"
                                 "بيانات", "بيانين", "بلاغ", "تسجيل", "تدوينه", "تدوينات", "تغريدات", "منشورات",
                                 "مداخله"})
# the openers of another thread of a story ("من جهتها، …"، "في المقابل، …"، "إلى ذلك، …")
_THREAD_OPENERS = frozenset({("من", "جهتها"), ("من", "جهته"), ("من", "جهتهم"), ("من", "جهه"), ("من", "جانبها"),
                             ("من", "جانبه"), ("من", "جانبهم"), ("في", "المقابل"), ("في", "السياق"),
                             ("في", "سياق"), ("في", "غضون"), ("علي", "صعيد"), ("الي", "ذلك"), ("في", "الاثناء"),
                             ("في", "اول")})
_THREAD_WORDS = frozenset({"بدوره", "بدورها", "بدورهم"})
# a side's arms, with its pronoun, that stand for the side ("طائراته المسيّرة"، "مدفعيته"، "دفاعاتها الجوية") (stems)
_POSSESSED_ARMS = frozenset({"طائرات", "مسيرات", "مقاتلات", "مدفعيه", "دفاعات", "مضادات", "صواريخ", "بوارج", "مروحيات",
                             "زوارق", "دبابات", "مدرعات"})
# verbs of issuing or directing a warning ("وجّه الجيش إنذاراً"، "أصدر إنذارات") (folded)
_ISSUING = frozenset({"وجه", "وجهت", "يوجه", "توجه", "توجيه", "اصدر", "اصدرت", "يصدر", "تصدر", "اصدار"})
# operations an act was made during ("خلال عمليات متفرقة"، "أثناء حملة تفتيش") (folded)
_OPERATION_WORDS = frozenset({"عمليات", "عمليه", "حمله", "حملات", "مداهمات", "مداهمه", "دوريات"})
# the seat a meeting is held at, before the meeting's noun ("بمقر الولاية"، "في مقر المحافظة") (folded)
_SEAT_WORDS = frozenset({"بمقر", "مقر", "بديوان", "ديوان"})
# a cell or a network of a body, and its members ("أعضاء في خلية لتنظيم داعش"، "عناصر في شبكة لـ…") (folded)
_CELL_NOUNS = frozenset({"خليه", "خلايا", "شبكه", "شبكات"})
_MEMBERS_OF_CELL = frozenset({"اعضاء", "عضو", "عضوين", "عناصر", "عنصر", "عنصرين"})
# … or a body's leaders or fighters, said to be so ("قالت أنقرة إنهما قياديان في الحزب"، "أنهم عناصر في الحركة")
_MEMBERS_OF_BODY = _MEMBERS_OF_CELL | {"قيادي", "قياديا", "قياديان", "قياديين", "قاده", "مقاتلين", "مقاتلان", "مقاتل",
                                       "مقاتلا", "اعضاء", "عضوا"}
_SAID_TO_BE = frozenset({"انهما", "انهم", "انه", "انها", "بانهما", "بانهم", "بانه", "انهن"})
# what an attack is put down to: "نُسبت إلى إسرائيل"، "يُرجَّح انتماؤهم إلى تنظيم داعش"، "ينتمون إلى …"
# (folding keeps ؤ: "انتماؤهم"; the other hamza seats are spellings of the same word)
# believed or suspected to be (of a body): "مسلحون يُعتقد أنهم من التنظيم"
_BELIEVED = frozenset({"يعتقد", "يرجح", "يشتبه", "يعتقدون"})
_ATTRIBUTED_TO = frozenset({"نسبت", "تنسب", "ينسب", "نسب", "منسوبه", "المنسوبه", "انتماؤهم", "انتماءهم", "انتمائهم",
                            "ينتمون", "ينتمي", "تنتمي", "المنتمين", "منتمين", "انتماؤه", "انتماءه", "انتمائه"})
# those who carried out an attack, said to be from a body: "مرجحاً أن يكون المنفذون من بقايا تنظيم داعش"
_PERPETRATORS = frozenset({"المنفذون", "المنفذين", "منفذو", "منفذي", "المهاجمون", "المهاجمين", "الفاعلون", "الفاعلين",
                           "الجناه", "المسلحون", "المسلحين"})
# acts that answer a story rather than tell it: a condemnation, a call, a refusal, a threat
_ANSWERING_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})
# "any" before an act's noun: "رفض أي انسحاب"، "برد قاسٍ على أي هجوم"
_ANY_WORDS = frozenset({"اي", "ايه", "لاي", "باي", "لايه", "بايه"})
# a force or its weapons, owned by a pronoun: "قواته"، "مقاتلاتها"، "طائراتها"، "وحداته"
_OWNED_FORCE_STEMS = frozenset({"قوات", "وحدات", "جنود", "عناصر", "قطعات", "طائرات", "مقاتلات", "مسيرات", "مدفعيت",
                                "مروحيات", "بوارج", "سفن", "دفاعات", "دوريات"})


def _owned_force_word(f: str) -> bool:
    for sfx in ("هما", "هم", "ها", "ه"):
        if f.endswith(sfx) and f[: -len(sfx)] in _OWNED_FORCE_STEMS:
            return True
    return False


# verbs of breaking out or taking place, opening an indefinite act's relative clause ("اشتباكات اندلعت مساء السبت")
_OCCURRING_VERBS = frozenset({"اندلعت", "اندلع", "وقعت", "وقع", "جرت", "جري", "دارت", "دار", "حدثت", "حدث"})
# "خلال الساعات الماضية" tells a span of time, not the occasion an act was part of
_SPANS_OF_TIME = frozenset({"الساعات", "الايام", "الاسبوع", "الاسابيع", "الشهر", "الاشهر", "الليله", "الفتره"})
# forces sent in answer to what happened ("دفعت القيادة بتعزيزات"، "أرسل الجيش قوة"): a later day's act
_REINFORCING_LEMMAS = frozenset({"دفع_ب", "دفع_عدد", "تعزيزات", "تعزيز", "أرسل", "إرسال", "استقدم", "حشد", "حشد_ن",
                                 "حشود"})
# groups of people an arrest takes ("ضبط خلية"، "ضبط شبكة لتهريب المخدرات"، "ضبط 530 مخالفاً")
_PEOPLE_GROUPS = frozenset({"خليه", "خلايا", "شبكه", "عصابه", "مخالف", "مخالفا", "مخالفين", "مطلوب", "مطلوبا",
                            "مطلوبين"})
# "في حادثة اتهمت فيها واشنطن طهران": a relative clause's resumptive pronoun sits between verb and subject
_RESUMPTIVE = frozenset({"فيها", "فيه", "فيهم", "بها", "به", "عليها", "عليه", "منها", "منه", "خلالها", "خلاله"})


def _may_arrest(e: Entity) -> bool:
    """A body that can hold people: not one with no code, nor a civil centre (its country's code alone, "MAR"),
    nor a crowd (المحتجون), workers, students, civilians, media, health workers or refugees, nor smugglers or
    gangs (their sector anywhere in the code: "وأن المهربين بادروا بإطلاق النار …، وأنه جرى ضبط …")."""
    code = e.actor_code or ""
    if not code or (e.type == "ORG" and len(code) == 3 and e.country) \
            or any(k in code for k in ("EDU", "LAB", "CVL", "MED", "HLH", "REF", "CRM")):
        return False
    first = fold_text(e.name_ar).split(" ")[0]
    return not (code.endswith("OPP") and first.endswith(("ين", "ون")))  # a crowd, not an armed opposition


def _on_the_tongue_of(v: DocView, i: int) -> bool:
    """"دانت الحكومة، على لسان وزير الإعلام X، …": who said it for the subject opens at token i."""
    return v.bare(i) == "علي" and v.bare(i + 1) == "لسان"


# the heads of a name that tell one person ("ضابط في قيادة العمليات"، "مصدر أمني"، "المتحدث باسم …")
_ONE_PERSON_HEADS = frozenset({"ضابط", "مصدر", "مسؤول", "متحدث", "المتحدث", "ناطق", "الناطق", "قائد", "قيادي",
                               "عضو", "مدير", "شاهد", "ناشط", "دبلوماسي", "مستشار"})


# a relative verb of giving with the pronoun of what was given: "شحنة … قدمتها موسكو"، "أدوية أرسلتها الكويت"
_GIVEN_WITH_PRONOUN = frozenset({"قدمتها", "قدمها", "قدمتهما", "ارسلتها", "ارسلها", "منحتها", "منحها", "وفرتها",
                                 "وفرها", "سيرتها", "سيرها", "تبرعت", "تبرع"})
# "وقفة احتجاجية يعقبها اعتصام": followed by
_FOLLOWED_BY = frozenset({"يعقبها", "يعقبه", "تعقبها", "تعقبه", "يليها", "يليه", "تليها", "تليه", "تتبعها", "يتبعها"})


def _one_person(e: Entity) -> bool:
    """Entity e is one person: a name, or a body's man told by his post ("ضابط في قيادة العمليات")."""
    return e.type == "PER" or fold_text(e.name_ar).split(" ")[0] in _ONE_PERSON_HEADS


def _plural_pronoun(bare: str) -> bool:
    """A subject pronoun of "they" ("أنهم"، "بأنهم"، "وإنهم")."""
    return _unjoined(bare).endswith("هم")


# words before an accord's noun that put its making ahead ("من المقرر"، "يعتزم"، "المرتقب"), folded stems
_FUTURE_CUES = frozenset({"المقرر", "مقرر", "يعتزم", "تعتزم", "المرتقب", "مرتقب", "المزمع", "مزمع", "ينتظر", "يرتقب",
                          "سوف", "يتوقع", "متوقع", "المتوقع", "لتوقيع", "لابرام", "للتوصل", "لبحث", "لمناقشه",
                          "مشروع", "مسوده"})


def _span_month(value: str | None) -> str | None:
    """An act told over a span of days within one month ("خلال الفترة الممتدة من 4 إلى 10 جوان"): dated by that
    month, the grain both ends share."""
    m = re.fullmatch(r"(\d{4}-\d{2})-\d{2}/(\d{4}-\d{2})-\d{2}", value or "")
    return m.group(1) if m and m.group(1) == m.group(2) else value


def _unnamed_plural_subject(folded: str) -> bool:
    """A definite nominative plural after a verb ("المحتجون"، "المسلحون"): a subject that is no entity."""
    w = folded[1:] if folded.startswith(("و", "ف")) and folded[1:].startswith("ال") else folded
    return (w.startswith("ال") and w.endswith("ون") and len(w) > 6 and w != "القانون") or w in _UNNAMED_PARTIES


# the reflexive object that follows a verb's own subject ("سلّم إرهابي نفسه"، "فجّر انتحاري نفسه")
_REFLEXIVES = frozenset({"نفسه", "نفسها", "انفسهم", "انفسهن"})


# the counted day or week of a protest ("في اليوم الثاني من إضراب"), and present verbs of its lasting ("يمتد ثلاثة أيام")
_DAY_ORDINALS = frozenset({"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
                           "العاشر"})
_LASTING_VERBS = frozenset({"يمتد", "تمتد", "يستمر", "تستمر", "يتواصل", "تتواصل"})
# verbs of dispersing a crowd, whose object is the protesters ("فرّق"، "تفريق")
_HOLDING_BACK = frozenset({"فرق_م", "تفريق"})
# the closing of a road or a crossing ("أغلق"، "إغلاق"، the Maghrebi "غلق")
_CLOSURE_LEMMAS = frozenset({"غلق", "إغلاق", "أغلق_ق", "أغلق_معبر"})


def _civil_code(code: str | None) -> bool:
    """An actor code of people who are no state body: civilians, protesters, workers, students, traders,
    farmers and fishermen ("CVL", "OPP", "LAB", "EDU", "BUS", "AGR")."""
    return bool(code) and any(k in code for k in ("CVL", "OPP", "LAB", "EDU", "BUS", "AGR")) \
        and not any(k in code for k in ("GOV", "MIL", "COP", "JUD", "SPY", "REB", "UAF", "INS"))


# indefinite plurals that name a party by what its members are ("خطف مسلحون رئيس البلدية")
_UNNAMED_PARTIES = frozenset({"مسلحون", "ملثمون", "مجهولون", "مستوطنون", "مستعمرون", "متظاهرون", "محتجون",
                              "مهاجمون", "مقاتلون"})


@lru_cache(maxsize=4096)  # asked per dated candidate, of a few values and dates: cached
def _within_days(value: str | None, published: str, days: int) -> bool:
    """Is a day's value (2025-07-01) at most ``days`` days before the publication date (or on it)?"""
    import datetime as dt

    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    gap = (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(value)).days
    return 0 <= gap <= days


def _starts_after(value: str, published: str) -> bool:
    """Does a time value (2025, 2025-07, 2025-W28, 2025-07-01) begin after the publication date?"""
    try:
        from ..time.attach import first_day
    except ImportError:  # the time layer's helper is optional
        return False
    import datetime as dt

    d = first_day(value)
    return d is not None and d > dt.date.fromisoformat(published)


def find_candidates(doc: Doc, lex: Lexicon) -> tuple[list[Cand], RoleReader]:
    view = view_of(doc)
    rd = Reader(doc, lex, view)
    cands = rd.candidates()
    rr = RoleReader(rd, cands, doc.statements, doc.claims)
    for c in cands:
        rr.read_roles(c)
        rr.read_source(c)
    for c in cands:
        rr.during(c)
        rr.condition_party(c)
        rr.especially(c)
        rr.signatories(c)
        rr.rejected_issuer(c)
        rr.rejected_act(c)
        rr.relative_accuser(c)
        rr.presence_owner(c)
        rr.announced_accord(c)
        rr.condemned_attack(c)
        rr.downed_aircraft(c)
        rr.calm_returned_to(c)
        rr.operations_place(c)
        rr.members_of_a_cell(c)
        rr.operation_agent(c)
        rr.operation_toll(c)
        rr.relative_clause_subject(c)
        rr.held_by_after(c)
        rr.protested_at_seat(c)
        rr.announced_kill(c)
        rr.meeting_participants(c)
        rr.relief_convoy(c)
        rr.closed_by_civilians(c)
        rr.threatened_place(c)
        rr.protesters_held_back(c)
        rr.shared_scene(c)
        rr.sent_to_the_scene(c)
        rr.hosted_place(c)
        rr.visited_place(c)
        rr.site_of_the_attack(c)
        rr.vow_not_to_leave(c)
        rr.aim_not_attack(c)
        rr.handover_recipient(c)
        rr.called_by(c)
        rr.joint_participants(c)
        rr.relative_participants(c)
        rr.letter_addressee(c)
        rr.pronoun_object(c)
        rr.sentencing_court(c)
        rr.recalled_envoy(c)
        rr.summoned_envoy(c)
        rr.expelled_envoy(c)
        rr.censured_act(c)
        rr.described_attack(c)
        rr.where_clause(c)
        rr.spoken_place(c)
        rr.both_sides(c)
        rr.escalated_into(c)
        rr.accused_of(c)
        rr.dispersed_crowd(c)
        rr.chained_participle(c)
        rr.listed_places(c)
        rr.exposed_to(c)
        rr.authorities_of(c)
        rr.authorities_belonging_to(c)
        rr.used_by(c)
        rr.stance_on_state(c)
        rr.attributed_attacker(c)
        rr.suspected_perpetrators(c)
        rr.accused_in_its_sentence(c)
        rr.taken_to(c)
        rr.means_of_subject(c)
        rr.fight_with(c)
        rr.recaptured_from(c)
        rr.another_of_its_kind(c)
        rr.description(c)
    for c in cands:
        rr.other_units(c)
        rr.given_by(c)
        rr.counted_of_known_people(c)
        rr.dispersed_gathering(c)
        rr.arrested_of_the_crowd(c)
        rr.read_status(c)
        rr.result_done(c)
        rr.entered_its_day(c)
        rr.future_light_verb(c)
        rr.launched_campaign(c)
        rr.swept_place(c)
        rr.submitted_by(c)
        rr.standing_curfew(c)
        rr.standing_closure(c)
        rr.deterrent_threat(c)
        rr.warned_party(c)
        rr.met_delegation(c)
        rr.parties_holding(c)
        rr.pledged_by_the_joined_subject(c)
        rr.crowd_town(c)
        rr.named_among(c)
    for c in cands:
        rr.read_date(c, doc.published_iso)
        rr.day_before(c)
    for c in cands:
        rr.followed_by(c)
        rr.repelled_when(c)
        rr.barred_march(c)
    rr.announced_act_day(cands)
    rr.joined_nouns_share_time(cands)
    rr.accords_reached(cands, doc.published_iso)
    rr.story_day(cands, doc.published_iso)
    return cands, rr
