"""Find place names in a Doc and resolve each to one gazetteer place.

The pipeline, all on the folded text (``doc.folded``), spans mapped back at the end:

1. candidates: a clitic-aware ``PhraseMatcher`` over every gazetteer name (وبغداد،
   لأربيل، للعراق); a name can denote several places (namesakes);
2. context around each name: a trigger noun before it (قاعدة، محافظة، مدينة، العاصمة …)
   joins the mention and sets the feature it is read as; facility adjectives after it
   (الجوية، الدولي …) extend a facility mention; a locative preposition; a chain
   ("في X بمحافظة Y", "X غرب العراق") that names the province or country around it;
3. evidence: a name counts only with the evidence its tier asks for (common words need a
   trigger noun; small places need a trigger, a chain, or a locative with their country
   or province named in the article);
4. disambiguation: prior (feature, population, the region) + the countries and provinces
   the article names + containment + trigger feature; then one sense per discourse
   (a place named with its trigger noun is what its bare name means later on);
5. a capital standing for its government ("بين بغداد وواشنطن") outside the countries the
   article is about is linked to its country (a metonym);
6. borders ("الحدود العراقية – السورية"), territory phrases ("الأراضي التركية") and
   facility anaphors ("المطار" after "مطار أربيل الدولي").
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from ..doc import Doc, Mention
from ..text.matcher import PhraseMatcher
from ..text.normalise import Folded, fold_text, has_nunation
from .gazetteer import CORE_REGION, FAC_FEATURES, HEART_REGION, Gazetteer, Place, Tier
from .triggers import Trigger, Triggers

__all__ = ["Recogniser"]

_WORD = re.compile(r"\w+")
_BREAK = re.compile(r"[.!?؟\n]")
# folded proclitics that may sit on a trigger noun or a preposition, longest first
_CLITICS = ("وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "وب", "فب", "ول", "فل", "وك",
            "و", "ف", "ب", "ل", "ك")
# nouns whose genitive is a state (also one whose name is an adjective too: مالي، سورية), folded
_STATE_CONSTRUCT = frozenset({"سفير", "رئيس", "جيش", "شعب", "اراضي", "حدود", "شمال", "جنوب", "شرق", "غرب", "وسط"})
_STATE_CONSTRUCT_FEM = frozenset({"سفاره", "حكومه", "عاصمه", "دوله", "سلطات"})
# (and the people of a place: "رابطة أهالي داريا"، "سكان دوما")
_LOCATIVE = frozenset("""في الي من نحو باتجاه اتجاه داخل خارج قرب بالقرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي
    وسط اطراف ضواحي محيط حول عند تجاه مدخل مشارف انحاء ارجاء حتي صوب قباله سواحل ساحل شواطئ شاطئ
    اهالي سكان متساكني""".split())
# words that may follow a place's name without being part of it: prepositions, directions, relatives, times (folded:
# على is علي)
_AFTER_NAME = _LOCATIVE | frozenset("""علي عن مع بين حيث التي الذي الذين بعد قبل منذ خلال امس اليوم لدي عند حتي ضمن
    التابعه التابع""".split())


def _name_goes_on(text: str, key: str, fe: int) -> bool:
    """A one-word name without the article with a bare content word right after it, on the same line: the name
    of a longer place ("وادي خالد"، "عين إبل"), whose first word alone means something else."""
    if " " in key or key.startswith("ال") or text[fe:fe + 1] != " ":
        return False
    m = _WORD.match(text, fe + 1)
    if m is None:
        return False
    w = m.group(0)
    # (not a word that may carry a proclitic, "في عمران بحضور المحافظ": a name that starts with one of those letters
    # is left to the trigger noun's own reading)
    return len(w) > 1 and not w.startswith(("ال", "و", "ب", "ل", "ف", "ك")) and not w.isdigit() and w not in _AFTER_NAME


_LOCATIVE_CLITICS = frozenset({"ب", "ل", "وب", "ول", "فب", "فل"})
_CHAIN = frozenset("""في ب ضمن داخل التابعه التابع التابعة شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط قرب
    بمحافظه بمحافظة غربي شرقي""".split())
_DIRECTION_WORDS = frozenset("""شمال جنوب شرق غرب شمالي جنوبي شرقي غربي الشمال الجنوب الشرق الغرب وسط
    وشرق وغرب وجنوب وشمال الشمالي الجنوبي الشرقي الغربي""".split())
_DIRECTIONS = ("شمال", "جنوب", "شرق", "غرب", "الشمال", "الجنوب", "الشرق", "الغرب", "وسط")
_PERSON_BEFORE = frozenset("""بن ابن بنت ابو ابي ابا ام الرئيس الشيخ السيد السيده الدكتور العميد اللواء الفريق العقيد
    الوزير النائب الامير الملك الامام المرجع الحاج الرائد المقدم النقيب الجنرال الاميرال""".split())
# what a base is, between its noun and its nationality ("القاعدة البحرية الروسية في طرطوس")
_BASE_ADJECTIVES = frozenset({"البحريه", "الجويه", "العسكريه", "البريه", "عسكريه", "بحريه", "جويه", "الرئيسيه"})
# nouns that name a street, a square or a building after a place ("شارع الجزائر" in Basra, "مدرسة فلسطين"):
# the place named is not where things happen
_NAMED_AFTER = frozenset("شارع ساحه ميدان جاده مدرسه مستشفي فندق".split())
# nouns after which a capital is a place, not a government ("شوارع بغداد", "وسط لندن")
_PLACE_OF = frozenset("""شوارع احياء حي وسط ضواحي سكان اهالي مدن محيط اطراف مداخل مدخل شمال جنوب شرق غرب شمالي
    جنوبي شرقي غربي قلب بلديه محافظ امانه""".split())
# nouns after which a capital is the government it hosts ("موقف واشنطن", "ضغوط أنقرة")
_POLITICAL = frozenset("""موقف رد ضغوط سياسه سياسات قرار قرارات مسؤولو مسؤولي اداره علاقات مطالب مطالبه دعوه دعم
    رفض قلق تعهدات حلفاء حليف مبعوث رساله وعود اتهامات اتهام تهديدات تحذيرات شروط حساب مصالح نفوذ""".split())
# verbs and participles that govern a government as their object ("داعيا أنقرة إلى")
_GOVERNING = frozenset("""دعا داعيا داعيه يدعو تدعو طالب مطالبا مطالبه يطالب تطالب حث حاثا اتهم متهما متهمه يتهم
    تتهم حذر محذرا محذره يحذر تحذر ناشد مناشدا يناشد تناشد ابلغ ابلغت هدد مهددا يهدد تهدد ادان ادانت يدين تدين
    طمان ترد رد ردت يرد قال قالت اعلن اعلنت يعلن تعلن اكد اكدت نفي نفت رفض رفضت يرفض ترفض""".split())
# short words that may stand between a verb and its subject ("اتهمت فيها واشنطن")
_PARTICLES = frozenset("فيها فيه بدورها بدوره ايضا كذلك قد امس اليوم مجددا".split())
# words ending in ت or opening with ت/ي that are nouns, not verbs
_NOT_VERBS = frozenset("""بيروت الكويت وقت بيت صوت موت تركيا تونس تحت تلك تلا تم يوم يوما تاريخ تقرير تنظيم تحالف
    تعاون تصريح تصريحات تقارير ذات بنت اخت ثبت ليست كانت""".split())
_TERRITORY = frozenset({"الاراضي", "اراضي", "الارض", "التراب"})
_TERRITORY_RE = re.compile("اراضي|لارض|التراب")
_ANAPHOR_RE = re.compile("لمطار|لقاعده|لمعسكر|لمعبر|لمنفذ|لمخيم|لحقل|لميناء")
_COUNTRY_ANAPHOR_RE = re.compile("لبلاد|لعاصمه")
# "اعتقلت القوات أربعة شبان من القرية" after "قرية المغير": the settlement last named with that head noun
_SETTLEMENT_ANAPHOR_RE = re.compile("لقريه|لبلده|لمدينه|لقطاع|لناحيه|لقضاء")
# (an Iraqi or Syrian district, "ناحية أبي صيدا" … "إلى الناحية")
_SETTLEMENT_HEADS = {"القريه": "قريه", "البلده": "بلده", "المدينه": "مدينه", "القطاع": "قطاع", "الناحيه": "ناحيه",
                     "القضاء": "قضاء"}
# "القضاء" is the judiciary too ("أحالته إلى القضاء"، "مطلوبان للقضاء"): the district only after these words
_DISTRICT_BEFORE = frozenset({"داخل", "في", "وفي", "مركز", "اطراف", "انحاء", "ارجاء", "ضواحي", "قري", "ريف"})
# heads only a place with that head can be meant by ("من القطاع" after "قطاع غزة"): no other place named
# since stands in the way, and the antecedent may be further back
_SOLE_HEADS = frozenset({"قطاع"})
_SETTLEMENT_REACH = 600  # characters back to the antecedent: the same stretch of the report
_MODIFIER_GAP = 25  # a place this close after the antecedent locates it ("شمال شرق رام الله")
_ANAPHORS = {"المطار": ("airport", "base"), "القاعده": ("base",), "المعسكر": ("base",), "المعبر": ("crossing",),
             "المنفذ": ("crossing",), "المخيم": ("site",), "الحقل": ("site", "base"), "الميناء": ("site", "port")}
_FEATURE_EN = {"base": "base", "airport": "Airport", "crossing": "border crossing", "site": "site"}
_PRECISION = {"country": "country", "province": "province", "region": "region", "border": "region",
              "district": "town", "city": "town", "town": "town", "village": "town"}
_COMPAT = {
    "base": {"base": 8, "airport": 6, "site": 4},
    "airport": {"airport": 8, "base": 8},
    "crossing": {"crossing": 8},
    "site": {"site": 8, "base": 6},
    "province": {"province": 8, "region": 2, "city": -4, "town": -4, "district": -2},
    "district": {"district": 4, "town": 3, "city": 3, "village": 2, "province": -2},  # (a district named after its seat)
    "city": {"city": 4, "town": 4, "district": 2, "village": 2, "province": -4, "region": -3},
    "town": {"town": 4, "village": 4, "city": 3, "district": 2, "province": -4, "region": -3},
    "village": {"village": 4, "town": 4, "city": 1, "province": -5, "region": -3},
    "region": {"region": 4, "province": 3, "district": 2, "town": -1, "city": -1},
    "capital": {"city": 6, "province": -4},
}

# what a noun naming the land around a place ("بادية السخنة"، flag "around" in triggers.tsv) can be around
_AROUND_FITS = frozenset({"city", "town", "village", "district"})

# what follows the place that opens a dateline: an optional date ("في 11 فبراير")، then a dash, a slash
# ("/ بنا /") or the outlet in brackets
DATELINE_TAIL = re.compile(r"[ \t]*(?:في[ \t]+)?(?:[0-9٠-٩][^\n/–—(:]{0,30}?)?(?:[–—]|-[ \t]|\(|:|/)")


# posts that govern a province or a town, whose genitive is that place ("والي توزر"، "محافظ أسوان"، "معتمد دوز");
# the events layer reads them too (the place after such a post is the post's, no role of the act)
GOVERNOR_POSTS = frozenset({"والي", "محافظ", "معتمد"})


def _as_written(surface: str, name_ar: str) -> str:
    """The gazetteer's Arabic name, or the text's spelling of it where the gazetteer's is only a folded or
    article-less form of the same name ("عقبه" for "العقبة", "رأس الخيمه" for "رأس الخيمة")."""
    surface = " ".join(surface.split())
    if not surface or surface == name_ar:
        return name_ar
    a, b = fold_text(surface), fold_text(name_ar)
    if (a == b or a == "ال" + b) and not any(ch in surface for ch in "«»\"()"):
        return surface
    return name_ar


@dataclass
class _Hit:
    fs: int  # folded span of the name
    fe: int
    key: str
    prefix: str
    cands: list[tuple[Place, str]]
    ts: int = 0  # folded start of the mention (a trigger noun's stem if any)
    te: int = 0  # folded end of the mention
    trig: Trigger | None = None
    post_end: int = 0  # end including facility adjectives
    prev: str = ""  # previous word (folded)
    prev_readings: tuple[str, ...] = ()  # it and its readings without a proclitic
    locative: bool = False
    prep: bool = False
    person: bool = False
    adjectival: bool = False  # "الألوان الزرقاء": a definite word after a definite noun agrees with it
    chain: Place | None = None  # the container named right after ("بمحافظة Y")
    place: Place | None = None
    synth: str = ""  # feature of a facility synthesised from a trigger noun + a town
    metonym: Place | None = None
    strong: bool = False  # resolved with a trigger noun or by a full facility name
    drop: bool = False
    dateline: bool = False  # "الخليل – وفا"، "نابلس 10-1-2025 (وفا) -": the name that opens a dateline
    conj: "_Hit | None" = None  # the place this one is coordinated after ("صفاقس وسوسة")
    goes_on: bool = False  # a bare word the name of an unknown place goes on past ("منطقة وادي خالد")
    governed: bool = False  # the genitive of a governor's post ("والي توزر")


def _stem_start(word: str, stem: str, end: int) -> int:
    """Folded start of a stripped reading inside its word (للعاصمة: after the ل)."""
    return end - len(stem) if word.endswith(stem) else end - (len(stem) - 1)


def _word_start(text: str, pos: int) -> int:
    """Start of the word that contains (or ends just before) ``pos``."""
    while pos > 0 and text[pos - 1].isalnum():
        pos -= 1
    return pos


def _word_end(text: str, pos: int) -> int:
    n = len(text)
    while pos < n and text[pos].isalnum():
        pos += 1
    return pos


def _prev_word(text: str, start: int) -> tuple[int, int] | None:
    """The word before the one starting at ``start``, if only white space lies between."""
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == start or j == 0 or not text[j - 1].isalnum():
        return None
    return _word_start(text, j), j


def _next_word(text: str, end: int) -> tuple[int, int] | None:
    """The word after the one ending at ``end``, if only white space lies between."""
    n = len(text)
    j = end
    while j < n and text[j].isspace():
        j += 1
    if j == end or j >= n or not text[j].isalnum():
        return None
    return j, _word_end(text, j)


@lru_cache(maxsize=65536)
def _strip(word: str) -> tuple[str, ...]:
    """The word and its readings without a proclitic (للقاعدة → القاعدة)."""
    out = [word]
    for c in _CLITICS:
        if word.startswith(c) and len(word) - len(c) >= 2:
            rest = word[len(c):]
            if c.endswith("لل"):
                rest = "ال" + rest
            out.append(rest)
    return tuple(out)


def _verb_like(word: str) -> bool:
    """A rough test for a verb (or a verbal noun of the تفعيل pattern) next to a capital: past tense
    in -ت (شنّت، ألمحت) or present in ت-/ي- (تقوده، يطالب)."""
    if len(word) < 3 or word.startswith("ال") or word in _NOT_VERBS or (len(word) > 4 and word.endswith("ات")):
        return False  # -ات is a plural noun (هجمات), not a verb
    # past tense in -ت, present in ت-/ي-, or a past verb with an object pronoun (أبرمته، تقوده)
    return word.endswith(("ت", "ته", "تها", "تهم")) or (len(word) >= 4 and word[0] in "تي")


class Recogniser:
    """Built once (gazetteer, matcher); ``__call__`` fills ``doc.spans["places"]``."""

    def __init__(self, gz: Gazetteer, triggers: Triggers) -> None:
        self.gz = gz
        self.tr = triggers
        self.matcher: PhraseMatcher[str] = gz.matcher  # every name and blocker, compiled with the index
        self.pre = triggers.pre
        self.post = triggers.post
        self._attrs_cache: dict[tuple[int, str, str | None], dict[str, Any]] = {}
        self._cands: dict[str, list[tuple[Place, str]]] = {}
        import ahocorasick

        self._nat_auto: Any = ahocorasick.Automaton()
        for form, iso in triggers.nationality.items():
            self._nat_auto.add_word(" " + form, iso)  # a leading space: whole words only
        self._nat_auto.make_automaton()

    # ------------------------------------------------------------------ helpers

    def _scan(self, text: str) -> list[tuple[int, int, str, str]]:
        """The matcher's hits on folded text, (start, end, key, proclitic), overlapping, in folded
        offsets; words bounded by ``str.isalnum``."""
        return [(h[0], h[1], h[3][0], h[4]) for h in self.matcher.scan(text, alnum_boundaries=True)]

    def _nationalities(self, text: str) -> list[str]:
        """Countries of the nationality adjectives in the text (whole words only)."""
        n = len(text)
        return [iso for end_idx, iso in self._nat_auto.iter(text)
                if end_idx + 1 >= n or not text[end_idx + 1].isalnum()]

    def _prior(self, p: Place) -> float:
        if p.feature == "country":
            return 10.0
        if p.source == "regions":
            return 8.5
        if p.source == "bases":
            return 8.0 if p.bare else 5.5
        if p.feature == "province":
            return 6.0 if p.country in HEART_REGION else 5.0
        if p.kb_id.startswith("marsad:airport/"):
            return 4.5
        pop = math.log10(p.population + 10)
        if p.feature == "district":
            return pop - 2.0
        return pop + (1.0 if p.country in HEART_REGION else 0.0) + (0.5 if p.country in CORE_REGION else 0.0) + (
            2.0 if p.capital else 0.0)

    @staticmethod
    def _trigger_fits(p: Place, trig: Trigger) -> bool:
        """A trigger noun is evidence only for a place of a kind it can name (or a town it names a facility of), and
        of the country it is used in, when it is one country's word ("لواء الرمثا": Jordan's)."""
        if trig.country_only() and p.country != trig.country_only():
            return False
        if _COMPAT.get(trig.feature, {}).get(p.feature, 0) > 0:
            return trig.feature != "capital" or p.capital or p.feature == "city"
        if "around" in trig.flags and p.feature in _AROUND_FITS:
            return True  # "بادية السخنة": the desert around a town is evidence for the town
        return trig.label == "FAC" and p.feature in ("city", "town", "village", "district", "province")

    def _acceptable(self, p: Place, tier: str, h: _Hit, ctx_c: Counter[str], ctx_a: Counter[str]) -> bool:
        if tier == Tier.TRIGGER and h.goes_on and p.feature not in ("province", "country", "region"):
            # "في منطقة وادي خالد": the trigger noun names Wadi Khaled, no El Oued ("!وادي"); (a province's name
            # needs its trigger noun whatever follows: "بمحافظة حلب قوله")
            return False
        if h.trig is not None and self._trigger_fits(p, h.trig):
            return True
        if h.trig is not None and h.trig.feature == "site" and h.trig.label == "LOC" \
                and p.feature in ("city", "town", "province", "country", "capital"):
            return False  # "حي المنصورة" in Kairouan: a quarter named after a city is not the city
        if h.adjectival and (p.feature not in ("country", "region") or h.key in self.tr.nationality):
            return False  # "القوات السعودية": an adjective, not the country
        if tier == Tier.ALONE:
            return True
        if h.dateline and tier in (Tier.PREP, Tier.EVIDENCE):
            return True  # an article opens with where it was filed
        if tier == Tier.PREP:
            return h.prep
        if tier == Tier.EVIDENCE:
            in_ctx = ctx_c[p.country] > 0 or (p.admin1 and ctx_a[p.admin1] > 0) \
                or any(ctx_c[cc] > 0 for cc in self.gz.context.get(p.country, ()))
            # "صفاقس وسوسة والقيروان": a conjunct of a place of the same country
            conj = h.conj is not None and h.conj.place is not None and h.conj.place.country == p.country \
                and h.conj.place.feature in ("city", "town", "province")
            # (a chain to a place of another country is no evidence: "مطار عيل بور العسكرية في إقليم جلجدود"
            # is no Bor of Turkey)
            chained = h.chain is not None and (not h.chain.country or h.chain.country == p.country)
            # (or the place a governor's post names: "والي توزر")
            governed = h.governed and p.feature in ("province", "city", "town")
            return chained or (h.locative and bool(in_ctx)) or conj or governed
        return False

    def _score(self, p: Place, h: _Hit, ctx_c: Counter[str], ctx_a: Counter[str]) -> float:
        s = self._prior(p)
        if ctx_c[p.country]:
            s += 2.0 + min(ctx_c[p.country], 3) * 0.5
        if p.admin1 and ctx_a[p.admin1]:
            s += 3.0
        if h.chain is not None:
            c = h.chain
            if (c.feature == "province" and p.admin1 == c.admin1) or (c.feature == "country" and p.country == c.country) \
                    or (c.feature == "region" and p.country == c.country and c.country):
                s += 8.0
        if h.dateline and p.feature in ("city", "town"):
            s += 4.0  # a dateline names the city the report was filed from, not its province
        if h.trig is None and p.feature in ("city", "town") and any(
                q.feature == "province" and q.admin1 == p.admin1 and q.country == p.country and q.name_ar == p.name_ar
                for q, _ in h.cands) \
                and sum(q.feature in ("city", "town") for q, _ in h.cands) == 1:
            s += 1.0  # a province's seat and the province share the name: the name alone is the town
            # ("ببرج باجي مختار"; the province takes its noun, "ولاية برج باجي مختار"); not where towns of
            # other countries share it too (طرابلس)
        if h.trig is not None:
            s += _COMPAT.get(h.trig.feature, {}).get(p.feature, -6.0 if p.feature in FAC_FEATURES else 0.0)
            if "around" in h.trig.flags and p.feature in _AROUND_FITS:
                s += 2.0
            if h.trig.feature == "capital" and p.capital:
                s += 4.0
        elif p.source == "bases" and not p.bare:
            s -= 3.0
        return s

    # ------------------------------------------------------------------ steps

    def _context(self, h: _Hit, text: str) -> None:
        h.ts, h.te = h.fs, h.fe
        first, _, rest = h.key.partition(" ")
        if rest and first in self.pre:  # a full name that opens with its trigger noun ("قاعدة عين الأسد")
            h.trig = self.pre[first]
        ws = h.fs - len(h.prefix)
        pw = _prev_word(text, ws)
        if pw is not None:
            ps, pe = pw
            word = text[ps:pe]
            readings = _strip(word)
            h.prev = word
            h.prev_readings = readings
            for r in readings:
                # a trigger noun is indefinite (قاعدة X، بمدينة X); "بالمدينة" before a word is not one;
                # nor does it name a word with a preposition on it ("قاعدة للجيش": a base of the army)
                if h.trig is None and r in self.pre and h.prefix in ("", "ال") and (
                        r == word or not r.startswith("ال") or r == "العاصمه" and word.endswith(r)):
                    if r != word and word[: len(word) - len(r)].endswith("ال"):
                        continue
                    h.trig = self.pre[r]
                    h.ts = _stem_start(word, r, pe)
                    break
                if r in _LOCATIVE:
                    h.locative = True
                    h.prep = True
                if r in GOVERNOR_POSTS and not h.prefix:
                    h.governed = True  # "والي توزر"، "محافظ أسوان": the province or town a governor governs
                if r in _NAMED_AFTER or r in _PERSON_BEFORE and not any(p.feature == "country" for p, _ in h.cands):
                    h.person = True  # (a state is no one's name: "اتهم الوزير إيران بتهريب الأسلحة")
            # العاصمة العراقية بغداد
            if h.trig is None and word in self.tr.fem_def:
                qw = _prev_word(text, ps)
                if qw is not None:
                    qs, qe = qw
                    for r in _strip(text[qs:qe]):
                        if r == "العاصمه":
                            h.trig = self.pre[r]
                            h.ts = _stem_start(text[qs:qe], r, qe)
                            break
            if word in ("في", "الي", "من", "علي", "عن", "مع", "حول", "داخل"):
                h.prep = True
            elif word in _STATE_CONSTRUCT or word in _STATE_CONSTRUCT_FEM and not h.key.endswith("ه"):
                h.prep = True  # the genitive of a state's post or land: "سفير مالي"، "حكومة مالي" ("حكومة سورية" is an adjective)
            if (h.trig is None and not h.prefix and h.key.startswith("ال") and word.startswith("ال")
                    and word not in _LOCATIVE):
                h.adjectival = True
        if h.prefix in _LOCATIVE_CLITICS:
            h.locative = True
            h.prep = True
        # facility adjectives after the name
        end = h.fe
        for _ in range(2):
            nw = _next_word(text, end)
            if nw is not None and text[nw[0]:nw[1]] in self.post:
                end = nw[1]
            else:
                break
        h.post_end = end

    def _resolve(self, hits: list[_Hit], ctx_c: Counter[str], ctx_a: Counter[str]) -> None:
        for h in hits:
            best: tuple[float, Place] | None = None
            for p, tier in h.cands:
                if not self._acceptable(p, tier, h, ctx_c, ctx_a):
                    continue
                sc = self._score(p, h, ctx_c, ctx_a)
                if best is None or sc > best[0]:
                    best = (sc, p)
            h.place = best[1] if best else None

    def __call__(self, doc: Doc) -> list[Mention]:
        folded: Folded = doc.folded
        text = folded.text
        if not text.strip():
            return []
        hits: list[_Hit] = []
        for fs, fe, key, prefix in _longest_spans(self._scan(text)):
            if ("ال" in prefix or prefix.endswith("لل")) and not key.startswith("ال"):
                continue  # "التركية", "الأربعاء": an article on a name that takes none is another word
            if key in self.pre or key in self.gz.blockers and key not in self.gz.names:
                continue  # a trigger noun alone is not a name; "الشرق الأوسط" hides "الشرق"
                # (a blocker that is also a name needs its trigger: "منطقة الشرق الأوسط")
            if prefix and prefix in self.gz.blocked.get(key, ()):
                continue  # كبيرا is not ك + بيرا
            cands = self._cands.get(key)
            if cands is None:
                cands = self._cands[key] = [(self.gz.places[i], t) for i, t in self.gz.names.get(key, [])]
            o_s, o_e = folded.span(fs, fe)
            if has_nunation(doc.text[max(o_s, o_e - 2):o_e + 1]) \
                    and not any(p.feature == "country" for p, _ in cands):
                # a noun with nunation is indefinite, never a town's name: "مركباً خشبياً" (a boat), not مركبا
                # (but a country's adjective is its reference: "رتلاً عسكرياً تركياً")
                continue
            if cands:
                # (only a name that needs its trigger noun is read on past: the other hits never ask)
                goes_on = any(t == Tier.TRIGGER for _p, t in cands) and _name_goes_on(text, key, fe)
                hits.append(_Hit(fs, fe, key, prefix, cands, goes_on=goes_on))
        for h in hits:
            self._context(h, text)
            ws = h.fs - len(h.prefix)
            if not h.prefix and (ws == 0 or text[:ws].endswith("\n")) and DATELINE_TAIL.match(text, h.fe):
                h.dateline = True
        hits = [h for h in hits if not (h.person and h.trig is None)]
        for a, b in zip(hits, hits[1:]):  # "في بيروت وطرابلس": a conjunct shares the preposition
            if b.prefix == "و" and not text[a.post_end:b.fs - 1].strip():
                b.conj = a
                if a.locative:
                    b.locative = b.prep = True
            # "في مدن طنجة وفاس وتمارة": each conjunct is named by the plural trigger noun
            if a.trig is not None and "plural" in a.trig.flags and b.trig is None and b.prefix == "و" \
                    and not text[a.post_end:b.fs - 1].strip():
                b.trig = a.trig

        # pass 1: context from what is unambiguous enough on its own
        empty: Counter[str] = Counter()
        self._resolve(hits, empty, empty)
        ctx_c: Counter[str] = Counter()
        ctx_a: Counter[str] = Counter()
        for iso in self._nationalities(text):  # nationality adjectives say which countries matter too
            if ctx_c[iso] < 2:
                ctx_c[iso] += 1
        for h in hits:  # only what is unambiguous: namesakes in different countries tell nothing yet
            if h.place is None or h.place.feature == "border":
                continue
            ok = [p for p, t in h.cands if t != Tier.TRIGGER or self._acceptable(p, t, h, empty, empty)]
            if len({p.country for p in ok}) == 1:
                for cc in h.place.country.split("|"):
                    if cc:
                        ctx_c[cc] += 1
                if h.place.admin1 and len({p.admin1 for p in ok}) == 1:
                    ctx_a[h.place.admin1] += 1
        # chains: the next mention names a container of this one ("في X بمحافظة Y", "X غرب العراق")
        for a, b in zip(hits, hits[1:]):
            gap = text[a.post_end:b.ts if b.trig else b.fs]
            if len(gap) > 40:
                continue
            words = _WORD.findall(gap)
            if len(words) > 3 or any(w not in _CHAIN and w not in self.pre for w in words):
                continue
            if _BREAK.search(gap):
                continue
            container = b.place
            if container is not None and container.feature in ("province", "country", "region"):
                a.chain = container
        # pass 2: with context
        self._resolve(hits, ctx_c, ctx_a)
        for h in hits:
            if h.place is not None and h.trig is not None and self._trigger_fits(h.place, h.trig):
                h.strong = True
        # one sense per discourse: a place named with its trigger is what the same name means elsewhere
        established = {h.place.idx: h.place for h in hits if h.place is not None and h.strong}
        for h in hits:
            if h.strong:
                continue
            linked = [p for p, _ in h.cands if p.idx in established]
            if h.place is not None and h.place.feature in ("city", "town"):
                # "محافظة الرقة" does not make a bare "الرقة" the province: bare, it is the city
                linked = [p for p in linked if p.feature != "province"]
            if linked:
                h.place = max(linked, key=lambda p: self._score(p, h, ctx_c, ctx_a))
        # a name that needs evidence and has it once ("دهم الجيش مخيماً في عرسال") is that place where it is named
        # again without it ("رئيس بلدية عرسال سامر الفليطي"); not a name that needs its trigger noun each time
        found = {h.place.idx for h in hits if h.place is not None}
        for h in hits:
            if h.place is None and not h.person:
                again = [p for p, t in h.cands if p.idx in found and t == Tier.EVIDENCE]
                if len(again) == 1:
                    h.place = again[0]
        self._head_noun_anaphora(hits)
        # synthesised facilities (a facility trigger before a town with no facility of that name)
        for h in hits:
            p = h.place
            if p is None or h.trig is None:
                continue
            if h.trig.label == "FAC" and p.label == "LOC":
                if p.feature in ("city", "town", "village", "district", "province"):
                    h.synth = h.trig.feature  # "قاعدة الجفرة الجوية": a facility named after the place
                else:
                    h.place = None
        kept = [h for h in hits if h.place is not None]
        self._appositions(kept, text)
        self._metonymy(kept, text)
        mentions = [self._mention(doc, h) for h in kept if not h.drop]
        bases = self._located_bases(doc, text, kept, mentions)
        mentions += self._borders(doc, text, kept)
        mentions += self._territory(doc, text)
        mentions += self._anaphora(doc, text, mentions + bases)
        # (a base keeps the place it is in as a mention of its own, nested: "… في طرطوس")
        return _settle(mentions) + bases

    # ------------------------------------------------------------------ capitals, regions

    def _metonymy(self, hits: list[_Hit], text: str) -> None:
        """A capital outside the article's own countries that the article uses as an actor
        ("بين بغداد وواشنطن", "شنّت واشنطن", "تلويح أنقرة") stands for its government; then all
        its bare mentions do, except where it is the place where something happens ("في واشنطن")."""
        # the article's own countries: where the places below country level that it names lie
        weight: Counter[str] = Counter()
        for h in hits:
            p = h.place
            assert p is not None
            if (p.capital and h.trig is None) or p.feature in ("country", "border") or not p.country:
                continue
            weight[p.country] += 1
        top = max(weight.values(), default=0)
        focus = {c for c, w in weight.items() if w * 3 >= top and top > 0}
        if not focus:  # no place below country level: the country named most often, if clearly so
            named = Counter(h.place.country for h in hits if h.place is not None and h.place.feature == "country")
            ranked = named.most_common(2)
            if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                focus = {ranked[0][0]}
        groups: dict[int, list[int]] = {}
        for i, h in enumerate(hits):
            p = h.place
            assert p is not None
            if p.capital and h.trig is None and not h.synth:
                groups.setdefault(p.idx, []).append(i)
        for idx, members in groups.items():
            p = self.gz.places[idx]
            country = self.gz.countries.get(p.country)
            if country is None or p.country in focus or (not focus and p.country in CORE_REGION):
                continue
            if not any(self._actor_cue(hits, i, text) for i in members):
                continue
            for i in members:
                h = hits[i]
                if h.prev == "في" or h.prefix.endswith("ب") or any(r in _PLACE_OF for r in h.prev_readings) \
                        or h.dateline:  # ("القاهرة – اليوم السابع": the city the report was filed from)
                    continue
                h.metonym = country

    def _actor_cue(self, hits: list[_Hit], i: int, text: str) -> bool:
        h = hits[i]

        def polity(k: int) -> bool:
            q = hits[k].place if 0 <= k < len(hits) else None
            return q is not None and (q.feature == "country" or q.capital)

        def coordinated(k: int) -> bool:  # hits[k] follows hits[k-1] as "X وY"
            return 0 < k < len(hits) and hits[k].prefix.startswith("و") and \
                not text[hits[k - 1].post_end:hits[k].fs - len(hits[k].prefix)].strip()

        if h.prev == "بين":  # "بين بغداد وواشنطن", "بين أنقرة وحزب العمال" (but "بين بغداد والبصرة": a road)
            nxt = hits[i + 1].place if coordinated(i + 1) else None
            if nxt is None or polity(i + 1):
                return True

        def governed(k: int) -> bool:  # the word before hits[k] makes it an actor
            q = hits[k]
            return (any(r in _POLITICAL or r in _GOVERNING for r in q.prev_readings)
                    or q.prev in ("ان", "بان", "لان") or _verb_like(q.prev))

        def verb_after(q: _Hit) -> bool:
            nw = _next_word(text, q.post_end)
            return nw is not None and _verb_like(text[nw[0]:nw[1]])

        def nounish(k: int) -> bool:  # "هجمات لندن ومدريد", "شوارع بغداد": a place, not an actor
            return any((len(r) > 4 and r.endswith("ات")) or r.startswith("ال") or r in _PLACE_OF or r in _LOCATIVE
                       for r in hits[k].prev_readings)

        # a pair of polities ("توصلت إليه بغداد وواشنطن", "واشنطن وباريس تقتربان"), not a list of cities
        if coordinated(i + 1) and polity(i + 1) and not coordinated(i + 2) and not coordinated(i):
            if governed(i) or verb_after(hits[i + 1]) or not nounish(i):
                return True
        if coordinated(i) and polity(i - 1) and not coordinated(i + 1) and not coordinated(i - 1):
            if governed(i - 1) or verb_after(h) or not nounish(i - 1):
                return True
        if governed(i):
            return True
        # "اتهمت فيها واشنطن طهران": a verb a particle away, or another polity right beside it
        pw = _prev_word(text, h.fs - len(h.prefix))
        if pw is not None and text[pw[0]:pw[1]] in _PARTICLES:
            ppw = _prev_word(text, pw[0])
            if ppw is not None and (_verb_like(text[ppw[0]:ppw[1]]) or text[ppw[0]:ppw[1]] in _GOVERNING):
                return True
        for k in (i - 1, i + 1):
            if 0 <= k < len(hits) and polity(k) and not hits[max(k, i)].prefix:
                lo, hi = (hits[k], h) if k < i else (h, hits[k])
                if not text[lo.post_end:hi.fs].strip():
                    return True
        nw = _next_word(text, h.fe)
        if nw is not None:
            nxt = text[nw[0]:nw[1]]
            if _verb_like(nxt) and nxt.endswith("ت"):
                return True
        return False

    # ------------------------------------------------------------------ output

    def _attrs(self, p: Place, synth: str = "", name_ar: str | None = None) -> dict[str, Any]:
        """The mention attributes of a place (a fresh dict; the geo part is shared read-only data)."""
        cache_key = (p.idx, synth, name_ar)
        cached = self._attrs_cache.get(cache_key)
        if cached is None:
            cached = self._attrs_cache[cache_key] = self._make_attrs(p, synth, name_ar)
        out = dict(cached)
        out["geo"] = dict(cached["geo"]) if cached["geo"] else None
        return out

    def _make_attrs(self, p: Place, synth: str = "", name_ar: str | None = None) -> dict[str, Any]:
        gz = self.gz
        if synth:
            feature = synth
            precision = "province" if p.feature == "province" else "town"
            kb = f"marsad:{synth}/{p.kb_id.replace(':', '-')}"
            name_en = f"{p.name_en} {_FEATURE_EN.get(synth, synth)}"
        else:
            feature = p.feature
            precision = "exact" if p.feature in FAC_FEATURES else _PRECISION.get(p.feature, "town")
            kb = p.kb_id
            name_en = p.name_en
        admin1 = gz.admin1_name(p.admin1) if p.admin1 else None
        country = p.country if p.country and "|" not in p.country else None
        return {
            "name_ar": name_ar or p.name_ar,
            "name_en": name_en,
            "kb_id": kb,
            "country": country,
            "geo": {"lat": round(p.lat, 5), "lon": round(p.lon, 5), "feature": feature, "admin1": admin1,
                    "precision": precision},
            "key": kb,
        }

    def _appositions(self, hits: list[_Hit], text: str) -> None:
        """A directional region right after a place locates that place ("الأنبار غرب العراق",
        "متينا بشمال العراق"): it is a mention of the country, not of a region of its own."""
        for a, b in zip(hits, hits[1:]):
            country = self._part_of(b)
            if country is None or b.trig is not None:
                continue
            gap = text[a.post_end:b.fs - len(b.prefix)]
            # "X غرب العراق", "X بشمال العراق" locate X; "X في جنوب لبنان" names the region itself
            if gap.strip(" ،,") or b.prefix not in ("", "ب"):
                continue
            tokens = b.key.split(" ")
            for k in range(1, len(tokens)):
                tail = " ".join(tokens[k:])
                if any(q.idx == country.idx for q, _ in self.gz.lookup(tail)):
                    b.fs = b.fe - len(tail)
                    b.ts = b.fs
                    b.prefix = ""
                    b.key = tail
                    b.place = country
                    break

    def _part_of(self, h: _Hit) -> Place | None:
        """The country a directional region is part of ("شمال شرق سوريا" → Syria), else None."""
        p = h.place
        if p is None or p.source != "regions" or p.feature != "region" or not h.key.startswith(_DIRECTIONS):
            return None
        country = self.gz.countries.get(p.country)
        if country is None:
            return None
        words = h.key.split(" ")
        while words and (words[0] in _DIRECTION_WORDS):
            words.pop(0)
        tail = " ".join(words)
        # "شمال شرق سوريا", "الجنوب اللبناني": directions + the country (or its adjective)
        if any(q.idx == country.idx for q, _ in self.gz.lookup(tail)) or self.tr.fem_def.get(tail) == country.country:
            return country
        return None

    def _mention(self, doc: Doc, h: _Hit) -> Mention:
        p = h.place
        assert p is not None
        folded = doc.folded
        fits = h.trig is not None and (bool(h.synth) or self._trigger_fits(p, h.trig))
        start = h.ts if fits else h.fs
        end = h.post_end if (p.label == "FAC" or h.synth) else h.fe
        o_start, o_end = folded.span(start, end)
        if h.metonym is not None:
            attrs = self._attrs(h.metonym)
            attrs["metonym"] = p.kb_id
        elif h.synth:
            trig_word = doc.text[o_start:folded.span(start, h.fs)[1]].strip()
            n_start, n_end = folded.span(h.fs, h.fe)
            name = _as_written(doc.text[n_start:n_end], p.name_ar)
            attrs = self._attrs(p, h.synth, name_ar=f"{trig_word} {name}".strip())
        else:
            name = _as_written(doc.text[o_start:o_end], p.name_ar)
            attrs = self._attrs(p, name_ar=name if name != p.name_ar else None)
        label = "FAC" if (h.synth or (p.label == "FAC" and h.metonym is None)) else "LOC"
        # inside a longer organisation name a place stays its own mention only where it is a
        # location ("السفارة الأميركية في بغداد"), not where it is part of the name ("قوات سوريا الديمقراطية")
        attrs["nestable"] = h.locative
        return Mention(o_start, o_end, label, attrs, "places")

    def _located_bases(self, doc: Doc, text: str, hits: list[_Hit], named: list[Mention]) -> list[Mention]:
        """A base named by the place it is in: "القاعدة البحرية الروسية في طرطوس"، "قاعدة عسكرية تركية في
        بعشيقة": a facility of its own (the base, its adjectives, the place), located at that place; or the
        facility the article names there ("القاعدة الروسية في القامشلي" after "مطار القامشلي")."""
        out: list[Mention] = []
        facs = [m for m in named if m.label == "FAC" and m.attrs.get("geo")]
        for h in hits:
            p = h.place
            if p is None or h.drop or h.metonym is not None or p.label != "LOC" or h.trig is not None \
                    or h.prefix or p.feature not in ("city", "town", "village", "district", "province"):
                continue
            pw = _prev_word(text, h.fs)
            if pw is None or text[pw[0]:pw[1]] != "في":
                continue
            end = pw[0]
            for _ in range(3):  # the base's adjectives: its kind, its owner's nationality
                qw = _prev_word(text, end)
                if qw is None:
                    break
                word = text[qw[0]:qw[1]]
                if word in self.post or word in _BASE_ADJECTIVES or word in self.tr.nationality:  # (every form)
                    end = qw[0]
                    continue
                break
            if end == pw[0]:
                continue  # "القاعدة في طرطوس" alone: no adjective makes it a named base
            bw = _prev_word(text, end)
            if bw is None:
                continue
            base = next((r for r in _strip(text[bw[0]:bw[1]]) if r in ("القاعده", "قاعده")), None)
            if base is None:
                continue
            o_start, o_end = doc.folded.span(_stem_start(text[bw[0]:bw[1]], base, bw[1]), h.fe)
            there = next((m for m in facs if _near(m.attrs["geo"], p.lat, p.lon, 15.0)), None)
            attrs = dict(there.attrs) if there is not None else self._attrs(p, "base", name_ar=doc.text[o_start:o_end])
            attrs["nestable"] = False
            out.append(Mention(o_start, o_end, "FAC", attrs, "places"))
        return out

    def _borders(self, doc: Doc, text: str, hits: list[_Hit]) -> list[Mention]:
        """"الحدود العراقية السورية" / "الحدود العراقية – السورية" / "الحدود بين العراق وسوريا"."""
        out: list[Mention] = []
        fem = self.tr.fem_def
        countries_at = {h.fs: h.place for h in hits if h.place is not None and h.place.feature == "country"}
        for mt in re.finditer("الشريط الحدودي|الحدود", text):
            s, e = _word_start(text, mt.start()), _word_end(text, mt.end())
            word = text[s:e]
            stem = next((r for r in _strip(word) if r == "الحدود"), None)
            stem_end = e
            if mt.group(0) == "الشريط الحدودي":  # "إلى الشريط الحدودي مع سوريا": the strip along a border
                stem_end = _word_end(text, mt.start() + 1)
                word = text[s:stem_end]
                stem = next((r for r in _strip(word) if r == "الشريط"), None)
            a = _next_word(text, e) if stem is not None else None
            if a is None:
                continue
            start = _stem_start(word, stem, stem_end)
            a_s, a_e = a
            a_word = text[a_s:a_e]
            pair: tuple[str, str] | None = None
            end = a_e
            if a_word in fem:
                m2 = re.match(r"\s*[-–—/]?\s*(\w+)", text[a_e:a_e + 40])
                if m2:
                    b_word = m2.group(1)
                    b_clean = b_word[1:] if b_word.startswith("و") and b_word[1:] in fem else b_word
                    if b_clean in fem and fem[b_clean] != fem[a_word]:
                        pair = (fem[a_word], fem[b_clean])
                        end = a_e + m2.end(1)
            elif a_word == "مع":
                # "الحدود مع سوريا": the border of the article's country with the one named
                c_hit = next((h for h in hits if a_e < h.fs <= a_e + 2 and not h.prefix), None)
                other = countries_at.get(c_hit.fs) if c_hit else None
                home = self._home_country(hits, other.country if other is not None else "")
                if other is not None and home is not None:
                    pair = (home, other.country)
                    end = c_hit.fe
            elif a_word == "بين":
                c1_hit = next((h for h in hits if a_e < h.fs <= a_e + 4 and h.fs - len(h.prefix) <= a_e + 1), None)
                c1 = countries_at.get(c1_hit.fs) if c1_hit else None
                if c1_hit is not None and c1 is not None:
                    c2_hit = next((h for h in hits if c1_hit.fe < h.fs <= c1_hit.fe + 4 and h.prefix.startswith("و")),
                                  None)
                    c2 = countries_at.get(c2_hit.fs) if c2_hit else None
                    if c2_hit is not None and c2 is not None and c1.country != c2.country:
                        pair = (c1.country, c2.country)
                        end = c2_hit.fe
            if pair is None:
                continue
            place = self.gz.borders.get(frozenset(pair))
            o_s, o_e = doc.folded.span(start, end)
            names = {self.gz.countries[c].name_en if c in self.gz.countries else c for c in pair}
            if place is not None:
                attrs = self._attrs(place)
            else:
                x, y = sorted(pair)
                attrs = {"name_ar": doc.text[o_s:o_e], "name_en": "–".join(sorted(names)) + " border",
                         "kb_id": f"marsad:border/{x}-{y}", "country": None, "geo": None,
                         "key": f"marsad:border/{x}-{y}"}
            attrs["nestable"] = False
            out.append(Mention(o_s, o_e, "LOC", attrs, "places"))
        return out

    @staticmethod
    def _home_country(hits: list[_Hit], other: str) -> str | None:
        """The country most of the article's places lie in (at least two of them), other than ``other``."""
        counts = Counter(c for h in hits if h.place is not None and h.place.feature != "border"
                         for c in h.place.country.split("|") if c and c != other)
        if not counts:
            return None
        country, n = counts.most_common(1)[0]
        return country if n >= 2 else None

    def _territory(self, doc: Doc, text: str) -> list[Mention]:
        """"الأراضي التركية", "داخل الأراضي العراقية": the country itself."""
        out: list[Mention] = []
        fem = self.tr.fem_def
        for mt in _TERRITORY_RE.finditer(text):
            s, e = _word_start(text, mt.start()), _word_end(text, mt.end())
            word = text[s:e]
            stem = next((r for r in _strip(word) if r in _TERRITORY), None)
            a = _next_word(text, e) if stem is not None else None
            if a is None or text[a[0]:a[1]] not in fem:
                continue
            country = self.gz.countries.get(fem[text[a[0]:a[1]]])
            if country is None:
                continue
            o_s, o_e = doc.folded.span(_stem_start(word, stem, e), a[1])
            attrs = self._attrs(country)
            attrs["priority"] = 2  # the same span read by the actors layer links here; this one is geocoded
            out.append(Mention(o_s, o_e, "LOC", attrs, "places"))
        return out

    def _anaphora(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """"المطار" after "مطار أربيل الدولي": the facility last named with a matching feature."""
        spans = sorted((m.start, m.end) for m in mentions)
        span_starts = [a for a, _ in spans]
        out: list[Mention] = self._country_anaphora(doc, text, mentions, spans, span_starts)
        out += self._settlement_anaphora(doc, text, mentions, spans, span_starts)
        facs = sorted((m for m in mentions if m.label == "FAC"), key=lambda m: m.start)
        if not facs:
            return out
        qaeda = "تنظيم القاعده" in text or "القاعده في" in text
        fac_ends = [m.end for m in facs]
        for stem, nw, o_s, o_e in _anaphor_hits(doc, text, _ANAPHOR_RE, _ANAPHORS, spans, span_starts):
            if stem == "القاعده" and qaeda:
                continue
            if nw is not None and text[nw[0]:nw[1]].startswith("ال") and text[nw[0]:nw[1]] not in self.post \
                    and text[nw[0]:nw[1]] not in ("النفطي", "النفطيه", "الغازي"):
                continue  # "الحقل السياسي": an adjective makes it another noun
            feats = _ANAPHORS[stem]
            before = facs[:bisect_right(fac_ends, o_s)]
            fitting = [m for m in before if m.attrs.get("geo") and m.attrs["geo"]["feature"] in feats]
            # the facility named by the same noun first ("المطار" after "مطار حماة العسكري", not after a
            # naval base named since), else the last that fits
            ante = next((m for m in reversed(fitting) if stem[2:] in fold_text(str(m.attrs.get("name_ar") or ""))),
                        fitting[-1] if fitting else None)
            if ante is None:
                continue
            attrs = dict(ante.attrs)
            attrs["anaphor"] = True
            out.append(Mention(o_s, o_e, "FAC", attrs, "places"))
        return out

    @staticmethod
    def _head_noun_anaphora(hits: list[_Hit]) -> None:
        """"البحيرة" after "بحيرة ناصر": a definite noun that is also a place's own name (Beheira governorate),
        told bare after a place whose name that noun heads, is that place again (not with its trigger noun
        or a governor's post: "محافظة البحيرة"، "محافظ البحيرة")."""
        last_by_head: dict[str, Place] = {}  # the last place placed so far, by the first word of its name
        heads: dict[int, str] = {}  # (each place's head folded once)
        for h in hits:
            if h.place is None:
                continue
            if h.trig is None and not h.governed and h.key.startswith("ال"):
                ante = last_by_head.get(h.key[2:])
                if ante is not None and ante is not h.place:
                    h.place = ante
                    continue
            p = h.place
            head = heads.get(p.idx)
            if head is None:
                head = heads[p.idx] = fold_text(p.name_ar).split(" ")[0]
            last_by_head[head] = p

    @staticmethod
    def _same_place(text: str, a: Mention, b: Mention) -> bool:
        """"بلدية ترمسعيا" after "بلدة ترمسعيا": the same settlement named again (its name, past the head noun)."""
        name_a = fold_text(text[a.start:a.end]).split(" ", 1)[-1]
        name_b = fold_text(text[b.start:b.end])
        return name_b == name_a or name_b.endswith(" " + name_a) or name_a.endswith(" " + name_b)

    @staticmethod
    def _modifies(text: str, end: int, start: int) -> bool:
        """A place starting at ``start`` just after one ending at ``end``, in the same phrase, locates it."""
        between = text[end:start]
        return len(between) <= _MODIFIER_GAP and not any(p in between for p in ".،,؛\n")

    def _settlement_anaphora(self, doc: Doc, text: str, mentions: list[Mention], spans: list[tuple[int, int]],
                             span_starts: list[int]) -> list[Mention]:
        """"من القرية"، "في البلدة" after "قرية المغير"، "بلدة قباطية": the settlement last named with
        that head noun, a little before."""
        named = sorted((m for m in mentions if m.label == "LOC" and not m.attrs.get("anaphor")), key=lambda m: m.start)
        if not named:
            return []
        heads = [fold_text(doc.text[m.start:m.end]).split(" ")[0] for m in named]
        out: list[Mention] = []
        for stem, nw, o_s, o_e in _anaphor_hits(doc, text, _SETTLEMENT_ANAPHOR_RE, _SETTLEMENT_HEADS, spans,
                                                span_starts):
            if nw is not None and text[nw[0]:nw[1]].startswith("ال"):
                continue  # "المدينة المنورة"، "القرية الشرقية": a name or another noun
            head = _SETTLEMENT_HEADS[stem]
            if head == "قضاء" and not _after_place_word(doc.text, o_s):
                continue
            sole = head in _SOLE_HEADS
            ante = None
            for m, h in zip(reversed(named), reversed(heads)):
                if m.end > o_s:
                    continue
                if o_s - m.end > _SETTLEMENT_REACH and not sole:
                    break
                if h.lstrip("وب") == head or h == head:
                    ante = m
                    break
            # another settlement named since, not as the antecedent's modifier ("قرية المغير شمال شرق رام
            # الله"), may be the one meant ("وفي مأرب …، غرب المدينة"): then no reading
            if ante is None or (not sole and any(ante.end < m.start < o_s and not self._modifies(doc.text, ante.end, m.start)
                                                 and not self._same_place(doc.text, ante, m) for m in named)):
                continue
            attrs = dict(ante.attrs)
            attrs["anaphor"] = True
            out.append(Mention(o_s, o_e, "LOC", attrs, "places"))
        return out

    def settlement_anaphora_of(self, doc: Doc, mentions: list[Mention], antecedents: list[Mention]) -> list[Mention]:
        """Settlement anaphors ("من القرية") whose antecedent is one of ``antecedents``: names found after
        the gazetteer's pass, by the unknown-places reader."""
        if not any(m.label == "LOC" for m in antecedents):
            return []
        spans = sorted((m.start, m.end) for m in mentions)
        span_starts = [a for a, _ in spans]
        found = self._settlement_anaphora(doc, doc.folded.text, mentions, spans, span_starts)
        taken = {(m.start, m.end) for m in mentions}
        keys = {m.attrs.get("key") for m in antecedents} - {None}
        return [m for m in found if (m.start, m.end) not in taken and m.attrs.get("key") in keys]

    def _country_anaphora(self, doc: Doc, text: str, mentions: list[Mention], spans: list[tuple[int, int]],
                          span_starts: list[int]) -> list[Mention]:
        """"انسحاب قواتها من البلاد"، "خارج البلاد": the country the article is about; "في العاصمة": its capital."""
        out: list[Mention] = []
        countries = sorted((m for m in mentions if m.label == "LOC" and m.attrs.get("geo")
                            and m.attrs["geo"].get("feature") == "country"), key=lambda m: m.start)
        ends = [m.end for m in countries]
        for stem, nw, o_s, o_e in _anaphor_hits(doc, text, _COUNTRY_ANAPHOR_RE, ("البلاد", "العاصمه"), spans,
                                                span_starts):
            adjective = text[nw[0]:nw[1]] if nw is not None else ""
            if stem == "العاصمه" and nw is not None and adjective in self.tr.nationality:
                # "إلى العاصمة الروسية": the capital of the adjective's country, when no name follows it
                after = _next_word(text, nw[1])
                cap = self.gz.capitals.get(self.tr.nationality[adjective])
                if cap is not None and not (after is not None and any(a <= after[0] < b for a, b in spans)):
                    attrs = self._attrs(cap)
                    attrs["anaphor"] = True
                    out.append(Mention(o_s, doc.folded.span(nw[0], nw[1])[1], "LOC", attrs, "places"))
                continue
            if adjective.startswith("ال"):
                continue  # "البلاد العربية": lands, not the country; "العاصمة العراقية بغداد" names it
            if stem == "العاصمه" and nw is not None and any(a <= nw[0] < b for a, b in spans):
                continue  # "العاصمة طرابلس": the name follows
            before = countries[:bisect_right(ends, o_s)]
            if not before:
                continue
            # the country the article is about: the one named most often so far (the first on a tie),
            # not the last foreign party named ("لم تلتزم واشنطن بانسحاب قواتها من البلاد")
            counts = Counter(m.attrs.get("kb_id") for m in before)
            top = max(before, key=lambda m: (counts[m.attrs.get("kb_id")], -m.start))
            if stem == "العاصمه":
                # "في العاصمة": the capital of that country
                cap = self.gz.capitals.get(top.attrs.get("country") or "")
                if cap is None:
                    continue
                attrs = self._attrs(cap)
            else:
                attrs = dict(top.attrs)
            attrs["anaphor"] = True
            out.append(Mention(o_s, o_e, "LOC", attrs, "places"))
        return out


def _after_place_word(text: str, start: int) -> bool:
    """The word at ``start`` has no proclitic and follows a word of place ("داخل القضاء", not "للقضاء")."""
    before = text[max(0, start - 30):start]
    words = before.split()
    return before[-1:].isspace() and bool(words) and fold_text(words[-1]) in _DISTRICT_BEFORE


def _anaphor_hits(doc: Doc, text: str, pattern: re.Pattern[str], stems: Collection[str],
                  spans: list[tuple[int, int]], span_starts: list[int]) -> Iterator[tuple[str, tuple[int, int] | None, int, int]]:
    """Each anaphoric noun ``pattern`` finds in the folded ``text`` (one of ``stems``, behind a proclitic at
    most) that no named place covers: its stem, the (folded) span of the word after it, and its offsets in
    the original text."""
    for mt in pattern.finditer(text):
        s, e = _word_start(text, mt.start()), _word_end(text, mt.end())
        word = text[s:e]
        stem = next((r for r in _strip(word) if r in stems), None)
        if stem is None:
            continue
        o_s, o_e = doc.folded.span(_stem_start(word, stem, e), e)
        k = bisect_right(span_starts, o_s) - 1
        if k >= 0 and spans[k][1] > o_s:
            continue  # inside a place already named
        yield stem, _next_word(text, e), o_s, o_e


def _longest_of(items: list[Any], span: Any) -> list[Any]:
    """The longest non-overlapping items, in text order. Items are grouped into clusters of
    overlapping spans (few and small in running text); within a cluster the longest wins."""
    # (start, end, position) rows: each item's span read once; the sorts are stable, so ties
    # keep the items' order
    rows = [(s, e, k) for k, (s, e) in enumerate(map(span, items))]
    rows.sort(key=lambda r: (r[0], r[0] - r[1]))
    kept: list[tuple[int, int, int]] = []
    cluster: list[tuple[int, int, int]] = []
    cluster_end = -1

    def flush() -> None:
        if len(cluster) == 1:
            kept.append(cluster[0])
            return
        taken: list[tuple[int, int]] = []
        for r in sorted(cluster, key=lambda r: (r[0] - r[1], r[0])):
            s0, e0 = r[0], r[1]
            if all(e0 <= a or s0 >= b for a, b in taken):
                taken.append((s0, e0))
                kept.append(r)

    for r in rows:
        s0, e0 = r[0], r[1]
        if cluster and s0 >= cluster_end:
            flush()
            cluster = []
        cluster.append(r)
        cluster_end = max(cluster_end, e0) if len(cluster) > 1 else e0
    if cluster:
        flush()
    kept.sort(key=itemgetter(0))
    return [items[r[2]] for r in kept]


def _longest(hits: list[Any]) -> list[Any]:
    """Longest non-overlapping mentions, in text order."""
    return _longest_of(hits, lambda m: (m.start, m.end))


def _longest_spans(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """``_longest`` for (start, end, …) tuples."""
    return _longest_of(spans, lambda t: (t[0], t[1]))


def _near(geo: dict[str, Any], lat: float, lon: float, km: float) -> bool:
    """Within ``km`` of (lat, lon), on an equirectangular approximation (good at these distances)."""
    dy = (geo["lat"] - lat) * 111.2
    dx = (geo["lon"] - lon) * 111.2 * math.cos(math.radians(lat))
    return dx * dx + dy * dy <= km * km


def _settle(mentions: list[Mention]) -> list[Mention]:
    """Longest first; drop mentions overlapping a kept one."""
    return _longest(mentions)
