"""Actors no lexicon knows, read from the words around them.

- ``institutions``: a head noun of a body (``data/institutions.tsv``: هيئة، لجنة، مديرية، قوات …)
  with its genitive chain and adjectives is an organisation: "هيئة الحشد الشعبي", "مديرية شرطة
  محافظة صلاح الدين", "وحدة الاستجابة السريعة", "مركز عمليات طوارئ الصحة العامة", "كتلة الوفاء
  للمقاومة", "المؤسسة العامة للكهرباء", "قيادة الأمن الداخلي في محافظة حمص". The name ends
  at a verb, a preposition that opens another phrase, a time word, a number or punctuation; a
  nationality adjective belongs to it (and gives its country). A head that is also a common
  noun ("قيادة السيارة", "وحدة الصف", "إدارة الأزمة") needs more than one definite genitive.
- ``reported_people``: a person named right after a reporting verb or "بحسب" with no title
  ("وقال سامر الحسن إن …"), when the first word is a known given name.
- ``given_names()``: first names from the shipped actor dictionaries (``data/given_names.tsv``),
  with ``data/names.tsv``, as evidence that a word starts a person's name.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..doc import Mention
from ..lang.ar import side_words
from ..resources import read_tsv
from .lexicon import fkey
from .romanise import romanise
from .ruler import CLOSING_MARK, State, _canonical_ar, _code, _doc_nat, _pick_nat, _stopword, article_after_lam

__all__ = ["institutions", "known_as_names", "managements", "reported_people", "acting_people", "given_names", "Head", "institution_heads"]

PKG = "marsad.actors"
_MAX_INDEF = 4  # indefinite nouns in a construct chain ("لجنة مراقبة وقف إطلاق النار")
_NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يان", "يتان", "يتين")
_PERSON_PLURAL = ("يين", "يون")


@dataclass(frozen=True)
class Head:
    word: str  # folded, indefinite
    strong: bool
    en: str
    code: str
    flags: frozenset[str]


@lru_cache(maxsize=1)
def institution_heads() -> dict[str, Head]:
    """Folded head noun (indefinite and definite forms) -> Head."""
    out: dict[str, Head] = {}
    for row in read_tsv(PKG, "data/institutions.tsv", min_fields=5):
        word, strength, en, code, flags = row[:5]
        h = Head(fkey(word), strength == "strong", en, "" if code == "-" else code,
                 frozenset(f for f in flags.split(",") if f.strip() not in ("", "-")))
        out[h.word] = h
        out["ال" + h.word] = h
    return out


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    from ..places.triggers import load_triggers

    return frozenset(load_triggers().names)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Folded first names: ``given_names.tsv`` (built from the actor dictionaries)."""
    return frozenset(fkey(r[0]) for r in read_tsv(PKG, "data/given_names.tsv", min_fields=1))


def given_before_compound(st: State, j: int) -> bool:
    """Word j is a given name that is a common word too, or one written with the article ("الطاهر"، "الصادق"),
    right before a compound father's name ("عبد الرحيم"): "الطاهر عبد الرحيم النور" is a name."""
    nw = len(st.words)
    if j + 2 >= nw or not st.adjacent(j, j + 1) or not st.adjacent(j + 1, j + 2) \
            or st.words[j + 1].folded != "عبد" or not st.words[j + 2].folded.startswith("ال"):
        return False
    from .ruler import first_known_given

    f = st.words[j].folded
    return first_known_given(st.lex, f) or f in given_names() or f.startswith("ال") and f[2:] in given_names()


def is_given(st: State, f: str) -> bool:
    """A word that starts people's names and is no common word."""
    known = st.lex.names.get(f)
    if known is not None and (known[1] == "given" or known[2]):
        return known[1] == "given" and not known[2]
    # (a family name that is a given name too, in the given names' list: "وقال حمدان الدليمي")
    return f in given_names()


# ---------------------------------------------------------------------------------------
# institutions
# ---------------------------------------------------------------------------------------

# participles of being stationed somewhere, after a unit's name ("المتمركزة في …"، "المرابطة على …"), folded
_STATIONED = ("المتمركز", "المرابط", "المنتشر", "المتواجد")


def _adjective(st: State, j: int) -> str:
    """What kind of adjective word j is: "nat" (a nationality), "adj", or ""."""
    lex = st.lex
    f = st.words[j].folded
    if not f.startswith("ال"):
        return ""
    if lex.is_word("agent_modifier", f) or lex.is_word("name_adjective", f):
        return "adj"  # before the stop words: "العام" is "general" here, not "the year"
    if _stopword(st, j) or f.startswith(("المنضوي", "المنتمي")):
        return ""  # (a participle of belonging opens a phrase of its own: "… لعمال الموانئ المنضوية تحت لواء …")
    k, forms = lex.nationality_at(st.folded_seq(j, lex.nat_max_words))
    if forms and _pick_nat(forms, True) is not None:
        return "nat"
    if lex.is_word("agent_modifier", f) or lex.is_word("name_adjective", f) or lex.unit_words.longest([f])[0]:
        return "adj"
    if f.endswith(_NISBA_ENDINGS) and len(f) > 4 and f not in lex.agent_heads and not lex.is_word("title_filler", f) \
            and not lex.is_word("nisba_noun", f):
        return "adj"
    return ""


def _noun(st: State, j: int) -> bool:
    """Word j may stand in a genitive chain: a content word, not a verb, number or function word."""
    w = st.words[j]
    f = w.folded
    if w.tok.is_digit or len(f) < 2 or not all("\u0621" <= c <= "\u064a" for c in f):
        return False
    if any(t in w.tok.text for t in ("\u064b", "\u064c", "\u064d")):
        return False  # tanween: an indefinite noun or adverb on its own ("حالياً")
    if _stopword(st, j) or st.lex.is_word("report_cue", f) or st.lex.is_word("name_connector", f):
        return False
    return not any(p and (st.lex.is_word("stop", r) or st.lex.is_word("verb", r)) for p, r in w.readings)


def _actor_at(st: State, j: int) -> Mention | None:
    for m in st.starts.get(j, ()):
        if m.label in ("ORG", "PER"):
            return m
    return None


@dataclass
class _Chain:
    last: int = -1  # last word of the name
    indef: int = 0  # indefinite nouns in the construct chain
    defs: int = 0  # definite genitives
    adjs: int = 0
    place: Mention | None = None
    nat: Any = None
    ended: bool = False  # the chain reached a definite noun or a place
    titled: bool = False  # a title in the chain ("مكتب رئيس الوزراء"): an office-holder's, no body's own name
    generic: bool = False  # the genitive is an agent noun ("قوات الجيش")
    naming_adjs: int = 0  # adjectives other than ordinals


def _complement(st: State, j: int, c: _Chain) -> bool:
    """"للمقاومة", "للانتخابات", "لنقل الطاقة الكهربائية" at word j: ل + a definite noun (or a
    construct chain ending in one) and its adjectives; extends ``c``."""
    nw = len(st.words)
    w = st.words[j]
    ls = [(p, r) for p, r in w.readings if p == "ل"]
    reading = next(((p, r) for p, r in ls if r.startswith("ال")), ls[0] if ls else None)
    held = _actor_at(st, j)
    if reading is not None and held is not None and held.attrs.get("kind") == "composed" \
            and reading[1] in _PEOPLE_OF_A_COUNTRY and held.start >= w.start:
        # "الاتحاد الوطني لطلبة المغرب": the students of a country named by the body they belong to, its genitive
        end = st.word_at(held.end - 1)
        if end is not None and end >= j:
            c.last = end
            return True
    if reading is None or not _noun(st, j) or held is not None:
        return False
    rest = reading[1]
    if (rest.endswith(_PERSON_PLURAL) and not c.naming_adjs) or st.lex.is_word("stop", rest) or rest in st.lex.agent_heads:
        return False  # "للصحفيين": whom it spoke to (past a naming adjective, its members: "النقابة الوطنية للصحافيين")
    k = j
    if not rest.startswith("ال"):  # "لنقل الطاقة": an indefinite masdar in construct
        if _verb_form(rest):
            return False  # "لتقوم": a verb, the purpose of an act
        town = _place_end(st, j)
        if town is not None:
            # "المؤسسة المينائية لبجاية": the town a body serves, after a naming adjective (not "أرسلت
            # الشركة لبجاية", what was sent to it)
            if not c.naming_adjs or st.words[c.last].folded in _DIRECTIONS:
                return False  # (not "المحور الشرقي لجبال قرة جوغ": a side of a place, no body)
            c.last = town
            return True
        k += 1
        place = st.place_starting(k) if k < nw and st.adjacent(k - 1, k) and rest in _PLACE_PEOPLE else None
        if place is not None and place.start == st.words[k].start:
            # "المجلس الاجتماعي لقبائل طبرق": the tribes or people of a place, named by it
            end = st.word_at(place.end - 1)
            c.last = end if end is not None else k
            return True
        n_indef = 0
        while k < nw and st.adjacent(k - 1, k) and n_indef < 2 and _noun(st, k) \
                and not st.words[k].folded.startswith("ال") and _actor_at(st, k) is None:
            town = _place_end(st, k)
            if town is not None:
                # "الغرفة التجارية لمحافظة إربد": the chain ends with the place it names (not "… إربد إغلاق المحلات")
                c.last = town
                return True
            if any(p == "ل" for p, _ in st.words[k].readings):
                return False  # "لإطلاق خطة لجمع السلاح": a second purpose, no construct chain of a name
            k += 1
            n_indef += 1
        if k >= nw or not st.adjacent(k - 1, k) or not st.words[k].folded.startswith("ال") or not _noun(st, k) \
                or _actor_at(st, k) is not None:
            return False
    c.last = k
    k += 1
    while k < len(st.words) and st.adjacent(k - 1, k) and _adjective(st, k):
        c.last = k
        k += 1
    if rest in _DEFENDING and k + 1 < nw and st.adjacent(k - 1, k) and st.adjacent(k, k + 1) and st.words[k].folded == "عن":
        # "شبكة الشمال للدفاع عن المهاجرين"، "الجمعية الوطنية للدفاع عن حقوق الإنسان": whom it defends
        j = k + 1
        if not st.words[j].folded.startswith("ال") and _noun(st, j) and j + 1 < nw and st.adjacent(j, j + 1) \
                and st.words[j + 1].folded.startswith("ال"):
            j += 1  # (in construct: "حقوق الإنسان")
        if st.words[j].folded.startswith("ال") and _noun(st, j) and _actor_at(st, j) is None and st.place_starting(j) is None:
            c.last = j
            j += 1
            while j < nw and st.adjacent(j - 1, j) and _adjective(st, j):
                c.last = j
                j += 1
    return True


# verbal nouns of defending, whose object after عن is part of a body's name ("للدفاع عن حقوق الإنسان")
_DEFENDING = frozenset({"الدفاع", "الذود"})


_DIRECTIONS = side_words("side")


def _place_end(st: State, j: int) -> int | None:
    """The last word of a place named from word j (past a proclitic), or None."""
    pm = st.place_starting(j)
    if pm is None or pm.start > st.words[j].start + 2:
        return None
    end = st.word_at(pm.end - 1)
    return end if end is not None and end >= j else None


# people of a country by what they do, the genitive of their union ("الاتحاد الوطني لطلبة المغرب")
_PEOPLE_OF_A_COUNTRY = frozenset({"طلبه", "طلاب", "عمال", "فلاحي", "صيادي", "اساتذه", "معلمي", "مزارعي", "شباب",
                                  "محامي", "اطباء", "صحفيي", "صحافيي", "كتاب", "تجار"})
# the people of a place a body may be named for ("المجلس الاجتماعي لقبائل طبرق"، "تنسيقية لأهالي جرادة")
_PLACE_PEOPLE = frozenset({"قبائل", "عشائر", "اهالي", "ابناء", "سكان", "اعيان"})


def _written_definite(text: str) -> bool:
    """A word after و written with the article: "والمساواة", not "وآليات" (آ folds to ا, so the folded
    "واليات" only looks definite)."""
    letters = "".join(ch for ch in text if "\u0621" <= ch <= "\u064a")
    return letters[1:3] == "ال"


def _verb_form(f: str) -> bool:
    """A present-tense verb of three radicals ("ترفع", "يقوم", "نطالب"); masdars of the تفعيل kind are longer."""
    return len(f) == 4 and f[0] in "يتن" and not f.startswith("ال")


def _future_verb_form(f: str) -> bool:
    """A feminine present-tense verb with the future's س ("ستزور", "ستتولى", "ستعقد"), as a body's noun takes; not
    a noun or a name that opens the same way ("ستة", "ستار"; with سي names abound: "سيدار", "سيناء")."""
    return 5 <= len(f) <= 6 and f.startswith("ست") and not f.endswith(("ه", "اء", "ء", "ات", "ين", "ار"))


def _past_verb_form(f: str) -> bool:
    """A past verb of three radicals with the feminine ت ("سبقت", "دخلت"), not a plural noun ("بيوت")."""
    return len(f) == 4 and f.endswith("ت") and f[1] not in "اوي" and f[2] not in "اوي" and not f.startswith("ال")


def _possessive(st: State, j: int) -> bool:
    """An indefinite word with a possessive pronoun ("أعماله", "حداثتها"): written ه, not ة."""
    t = st.words[j].tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return t.endswith(("ه", "ها", "هم", "هما", "كم", "نا")) and not st.words[j].folded.startswith("ال") \
        and len(t) > 3


# the words of kinship that open a tribe's name and take the next word with them (آل folds to ال)
_KIN_WORDS = frozenset({"البو", "ال", "ابو", "بني", "بنو", "اولاد"})
# (after a tribe's head only: "جماعة بني شيكر" is a Moroccan commune)
# (and a family's: "منزلاً لعائلة أبو سمرة"، "عائلة آل بو سلطان")
_TRIBE_HEADS = frozenset({"عشيره", "قبيله", "عشائر", "قبائل", "العشيره", "القبيله", "عائله", "العائله"})


def _kin_name_end(st: State, j: int, rest: str) -> int | None:
    """The last word of a name of kin whose first word, ``rest`` (past a proclitic), is word j: the kin
    word and the word after it ("البو جاسم"، "بني حسن"); None when it is not one."""
    if rest in _KIN_WORDS and j + 1 < len(st.words) and st.adjacent(j, j + 1) and not st.words[j + 1].tok.prefix:
        if rest == "ال" and st.words[j + 1].folded == "بو" and j + 2 < len(st.words) and st.adjacent(j + 1, j + 2) \
                and not st.words[j + 2].tok.prefix:
            return j + 2  # "عشيرة آل بو محمد": آل and بو written apart, then the ancestor's name
        return j + 1
    return None


# heads of a firm, whose own name may be one foreign or coined word ("شركة أطلس للصيانة"، "مؤسسة سامير للتكرير")
_COMPANY_HEADS = frozenset({"شركه", "مؤسسه"})
# heads of an office that a force's or a service's noun names, a body of its own ("مديرية الاستخبارات")
_OFFICE_HEADS = frozenset({"مديريه", "دائره", "هيئه"})


def _plural_in_construct(st: State, j: int) -> bool:
    """Word j, in ي, is a masculine plural in construct, its ن dropped, before the definite noun it is of
    ("تنسيقية مهنيي الصيد البحري"، "رابطة منتجي الحليب"، "نقابة صيادي الأسماك"), not a nisba adjective
    ("مجلس عسكري انتقالي")."""
    f = st.words[j].folded
    # (a participle's plural, "موظفي"، "منتجي"، "صانعي"، or a people noun's, "صيادي" of الصيادين; not a place's name
    # in ي, "مديرية بوهودلي المتنازع عليها")
    if not (f.startswith("م") and len(f) >= 5) and not (len(f) == 5 and f[1] == "ا") \
            and not st.lex.agents.longest(["ال" + f[:-1] + "ين"])[0]:
        return False
    k = j + 1
    if k >= len(st.words) or not st.adjacent(j, k) or st.words[k].tok.prefix:
        return False
    nxt = st.words[k].folded
    return nxt.startswith("ال") and _noun(st, k) and not _adjective(st, k) and not st.lex.nationality_at([nxt])[0]


def _verbal_noun(f: str) -> bool:
    """A verbal noun of the shapes that name what an office does: مُفاعَلة (مكافحة، مراقبة)، تفعِلة (تنمية)،
    تفعيل (تطوير، تأهيل)، فِعالة (حماية، رعاية)."""
    n = len(f)
    return (n == 6 and f[0] == "م" and f[2] == "ا" and f[-1] == "ه") or (n == 5 and f[0] == "ت" and f.endswith("يه")) \
        or (n == 5 and f[0] == "ت" and f[3] == "ي") or (n == 5 and f[2] == "ا" and f.endswith("يه"))


def _chain(st: State, i: int, definite: bool, head_strong: bool = True) -> _Chain | None:
    """The name words after a head at word i; None when they do not make a name."""
    lex = st.lex
    nw = len(st.words)
    c = _Chain(last=i)
    j = i + 1
    if not definite:
        # the construct chain: indefinite nouns, then a definite noun or a place
        while j < nw and st.adjacent(j - 1, j):
            if _actor_at(st, j) is not None:
                return None  # "قيادة الجيش اللبناني": a part of a known actor, not a new one
            pm = st.place_starting(j)
            if pm is not None and pm.start <= st.words[j].start + 2:
                k = st.word_at(pm.end - 1)
                if k is None or k < j:
                    return None
                c.place, c.last, c.ended = pm, k, True
                if st.words[j].folded in _place_nouns() and k > j:
                    c.indef += 1  # "مجلس محافظة البصرة": a place-type noun in construct, then the name
                j = k + 1
                break
            f = st.words[j].folded
            kin_end = _kin_name_end(st, j, f) if not _TRIBE_HEADS.isdisjoint(st.words[i].rests) else None
            if kin_end is not None:
                # a tribe's name of kin: "عشيرة البو جاسم"، "قبيلة بني حسن"، "عشيرة آل فتلة"
                c.defs, c.last, c.ended = 1, kin_end, True
                j = kin_end + 1
                break
            if not _noun(st, j) or st.words[j].tok.prefix:
                return None  # "والشرطة", "بالمدينة": a proclitic ends the construct chain
            if lex.is_word("chain_stop", f) or _possessive(st, j) or (_verb_form(f) and not lex.is_word("crowd_head", f)) \
                    or _past_verb_form(f) or _future_verb_form(f):
                return None  # "بقيادة", "معظم", "أعماله", "ترفع", "سبقت": no genitive of a name
            if c.indef and len(f) == 5 and f[2] == "ي" and f.endswith("ه"):
                return None  # "قوة استطلاع صغيرة": an adjective after the genitive, no name
            n_t, ts = lex.titles.longest([f])
            if n_t and any(t.code not in ("", "-") for t in ts):
                c.titled = True  # (a descriptor with no office, "نادي الأسير", names the body)
            if c.indef == 0 and any(lex.is_word(cls, f) or lex.is_word(cls, "ال" + f) for cls in (
                    ("institution_blocker",) if head_strong else ("institution_blocker", "weak_head_blocker"))):
                return None  # "وحدة أراضي سوريا", "وحدة الصف", "حركة الملاحة": the noun, not a body
            if c.indef == 0 and not _COMPANY_HEADS.isdisjoint(st.words[i].rests) and j + 1 < nw \
                    and st.adjacent(j, j + 1) and st.words[j + 1].folded.startswith("لل") \
                    and not f.startswith("ال") and not f.endswith(("ه", "ي", "ا")) and len(f) >= 4:
                # a company's own name, one word, then what it does: "شركة أطلس للصيانة الصناعية" (not "شركة
                # جديدة للتسويق", an adjective that agrees with the head); it takes the complement as a definite name would
                c.defs, c.last, c.ended = 1, j, True
                j += 1
                break
            if f.startswith("ال"):
                # a nisba-shaped word here is a noun ("وزارة الخارجية"): an indefinite head takes no definite adjective
                c.defs, c.last, c.ended = 1, j, True
                c.generic = f in lex.agent_heads and _OFFICE_HEADS.isdisjoint(st.words[i].rests)
                # "قوات الجيش", "قيادة أركان الجيش": the army itself (but "مديرية الاستخبارات" is an office of its own)
                j += 1
                break
            # (a form II verbal noun «تفعِلة» is no nisba adjective: "جهاز حماية وتنمية البحيرات"، "هيئة تسوية النزاعات")
            g = f[1:] if f[:2] == "وت" else f  # (joined to the noun before: "حماية وتنمية")
            tafila = len(g) == 5 and g[0] == "ت" and g.endswith("يه") and not lex.nationality_at([g])[0]
            if ((f.endswith("يه") and not f.endswith("ايه") and not tafila)
                    or (f.endswith("ي") and len(f) > 4 and f not in lex.names and not _plural_in_construct(st, j)
                        # (a people's noun in construct is no adjective: "رابطة أهالي داريا"، "لجنة فلاحي الواحة")
                        and not lex.is_word("crowd_head", f))) \
                    or lex.is_word("agent_modifier", "ال" + f) or lex.is_word("name_adjective", "ال" + f):
                return None  # "لجنة أمنية مشتركة": an indefinite head with adjectives, no name
            if f[0] == "ل" and st.place_starting(j) is None and any(p == "ل" for p, _ in st.words[j].readings):
                return None  # "لجنة … لمكافحة التهريب": a purpose, not a genitive
            c.indef += 1
            if c.indef > _MAX_INDEF:
                return None
            c.last = j
            j += 1
            if kin_end is None and not _TRIBE_HEADS.isdisjoint(st.words[i].rests) and j < nw \
                    and st.words[j].folded.startswith("ال"):
                # a tribe's own name ends it: "أعلنت قبائل مراد النفير العام" (the verb's object follows)
                c.ended = True
                break
        if not c.ended:
            return None
    # adjectives, one coordinated noun, a ل-complement
    coord = 1
    head_fem = st.words[i].folded.endswith("ه")
    fem_seen = False  # an adjective of a feminine head told: what follows can no longer be the genitive's
    comp_coord = 0  # nouns that may still join a ل-complement by و ("الشركة القابضة للقطن والغزل والنسيج")
    while j < nw and st.adjacent(j - 1, j):
        kind = _adjective(st, j)
        f_j = st.words[j].folded
        if kind and head_fem and fem_seen and f_j.endswith("ي") and not f_j.endswith(("يي", "وي")):
            # "وزارة الدفاع اليمنية الانتقالي": a masculine adjective after the head's feminine one agrees
            # with neither; it is the next word, an object ("حمّلت الوزارة الانتقالي المسؤولية")
            break
        if kind:
            fem_seen = fem_seen or f_j.endswith("يه")
            if kind == "nat":
                k, forms = lex.nationality_at(st.folded_seq(j, lex.nat_max_words))
                nf = _pick_nat(forms, True)
                c.nat = c.nat or (nf.nat if nf else None)
                c.naming_adjs += 1
                j += k
            else:
                if not lex.unit_words.longest([st.words[j].folded])[0]:
                    c.naming_adjs += 1
                j += 1
            c.last = j - 1
            c.adjs += 1
            if st.words[c.last].folded.startswith("ال") and lex.titles.longest([st.words[c.last].folded])[0]:
                return None  # "المحكمة العسكرية القاضي": a title follows, not an adjective
            continue
        w = st.words[j]
        before = st.words[c.last].folded
        if w.folded == "علي" and not w.tok.prefix and (before in _OVERSIGHT or (
                before.startswith("لل") and "ال" + before[2:] in _OVERSIGHT)) and not _takes_ala_before(st, i) \
                and not (j + 1 < nw and st.words[j + 1].folded in _ALA_COMPLEMENTS):
            # "لجنة الإشراف على وقف إطلاق النار"، "هيئة الرقابة على الانتخابات": what it oversees is in its name
            k = j + 1
            while k < nw and k - j <= 4 and st.adjacent(k - 1, k) and not st.words[k].tok.prefix \
                    and _noun(st, k) and not st.words[k].folded.startswith("ال"):
                k += 1
            if k < nw and k - j <= 4 and st.adjacent(k - 1, k) and st.words[k].folded.startswith("ال") \
                    and not st.words[k].tok.prefix[:1] in ("و", "ف"):
                c.last = k
                j = k + 1
                continue
        if (coord or comp_coord) and (c.defs or c.place is None) and any(p == "و" and r.startswith("ال") for p, r in w.readings) \
                and _written_definite(w.tok.text) \
                and _noun(st, j) and _actor_at(st, j) is None and st.place_starting(j) is None:
            rest = next(r for p, r in w.readings if p == "و" and r.startswith("ال"))
            nxt_ok = j + 1 >= nw or not st.adjacent(j, j + 1) or _adjective(st, j + 1) \
                or not st.words[j + 1].folded.startswith("ال")
            # "الأمن والدفاع", "الجدار والاستيطان"; not "قوات الأمن والمتظاهرين", "مجلس الرئاسة والمتظاهرون"
            agreeing = j + 1 < nw and st.adjacent(j, j + 1) and bool(_adjective(st, j + 1))
            other = rest in lex.agent_heads or rest in institution_heads() or lex.titles.longest([rest])[0] \
                or (rest.endswith(("ين", "ون")) and not agreeing) or lex.is_word("stop", rest) \
                or lex.is_word("people_noun", rest)
            if not other and nxt_ok and comp_coord:
                comp_coord -= 1
                c.last = j
                j += 1
                continue
            if not other and nxt_ok and not definite and coord:
                coord -= 1
                c.last = j
                j += 1
                continue
        if coord and c.defs == 1 and not c.adjs and c.last == i + 1 and j == i + 2 and j + 1 < nw and st.adjacent(j, j + 1) and not st.words[j + 1].tok.prefix \
                and st.words[j + 1].folded.startswith("ال") and _noun(st, j + 1) and not _adjective(st, j + 1) \
                and _actor_at(st, j + 1) is None and st.place_starting(j + 1) is None:
            # a second genitive in construct of its own: "مديرية الاستخبارات ومكافحة الإرهاب"، "هيئة النزاهة
            # ومكافحة الفساد" (not a body or a post joined: "وزارة الداخلية وقيادة الجيش")
            rest = next((r for p, r in w.readings if p == "و" and not r.startswith("ال")), None)
            if rest is not None and _verbal_noun(rest) and rest not in lex.agent_heads and rest not in institution_heads() \
                    and not lex.titles.longest([rest])[0] and not lex.is_word("stop", rest) \
                    and not lex.is_word("people_noun", rest) and not rest.endswith(("ين", "ون")):
                coord -= 1
                c.last = j + 1
                j += 2
                continue
        if w.folded == "عن" and st.words[c.last].folded in _OUT_OF_WORK and j + 1 < nw and st.adjacent(j, j + 1) \
                and st.words[j + 1].folded == "العمل":
            c.last = j + 1  # "تنسيقية المعطلين عن العمل": the jobless, one name with what they are out of
            j += 2
            continue
        if (definite or (head_strong and c.defs == 1 and c.indef == 0 and c.adjs == 0)) and _complement(st, j, c):
            c.defs += 1
            j = c.last + 1
            comp_coord = 2
            if definite:
                c.ended = True
            continue
        if definite and c.naming_adjs and c.place is None and st.words[i].folded == "المجلس" \
                and st.words[c.last].folded in ("البلدي", "العسكري", "المحلي", "التسييري") and not w.tok.prefix:
            # "المجلس البلدي مرزق"، "المجلس العسكري مصراتة" (Libyan usage): a town's council named by its town, no
            # preposition
            pm = st.place_starting(j)
            k = st.word_at(pm.end - 1) if pm is not None and pm.start == w.start else None
            if k is not None and k >= j:
                c.place, c.last = pm, k
            break
        if definite and c.naming_adjs and c.place is None and st.words[i].folded in _SEATED_HEADS \
                and any(p == "ب" for p, _ in w.readings):
            # "المحكمة الابتدائية بإنزكان": a court named by the town it sits in
            pm = st.place_starting(j)
            k = st.word_at(pm.end - 1) if pm is not None else None
            if k is not None and k >= j:
                c.place, c.last = pm, k
        break
    return c


# the jobless, whom "عن العمل" completes in a body's name
_OUT_OF_WORK = frozenset({"المعطلين", "المعطلون", "العاطلين", "العاطلون"})
# verbal nouns of oversight whose object, after على, belongs to a body's name ("لجنة الإشراف على تنفيذ الاتفاق")
_OVERSIGHT = frozenset({"الاشراف", "الرقابه", "المراقبه"})
# verbs whose object follows على: "شددت لجنة المراقبة على ضرورة …"، "وافقت هيئة الرقابة على الميزانية"
_ALA_VERBS = frozenset({"شدد", "شددت", "اكد", "اكدت", "وافق", "وافقت", "صادق", "صادقت", "حرص", "حرصت", "ركز", "ركزت",
                        "اتفق", "اتفقت", "اصر", "اصرت", "حث", "حثت", "نص", "نصت", "اطلع", "اطلعت", "عمل", "عملت",
                        "اعترض", "اعترضت", "حصل", "حصلت", "اثنى", "اثنت", "اثني", "علق", "علقت", "رد", "ردت",
                        "يشدد", "تشدد", "يؤكد", "تؤكد", "يوافق", "توافق", "يحرص", "تحرص", "تعمل", "يعمل", "تحث", "يحث"})
# what follows على after such a verb, never the object of oversight: "على ضرورة"، "على أهمية"، "على أن"
_ALA_COMPLEMENTS = frozenset({"ضروره", "اهميه", "ان", "انه", "انها", "وجوب", "حرصها", "حرصه", "التزامها", "التزامه"})


def _takes_ala_before(st: State, i: int) -> bool:
    """The word before the body's head at i is a verb whose object comes with على."""
    if i == 0:
        return False
    f = st.words[i - 1].folded
    return f in _ALA_VERBS or (f[:1] in ("و", "ف") and f[1:] in _ALA_VERBS)

# heads of bodies named by the town they sit in, with ب ("المحكمة الابتدائية بإنزكان")
_SEATED_HEADS = frozenset({"المحكمه", "الدائره"})


# workplaces whose management is a party ("حمّلت النقابة إدارة المصنع المسؤولية"، "اعتبرت إدارة الشركة …")
_WORKPLACES = frozenset({"الشركه", "المصنع", "المستشفي", "الجامعه", "الكليه", "المدرسه", "المؤسسه", "المجمع", "المنجم",
                         "الترسانه", "المعمل", "الفندق", "المحطه", "المصفاه", "المشروع"})
# the manner of managing, before a masdar head ("سوء إدارة المستشفى": how it is run, no body)
_MANNER_OF_MANAGING = frozenset({"سوء", "حسن", "تحسين", "طريقه", "اسلوب", "ضعف", "فشل", "تطوير", "اعاده"})
# words of handing over or taking over what a masdar head names ("تسليم إدارة …"، "تولي قيادة …")
_TAKING_OVER = frozenset({"تسليم", "تسليمها", "تسلم", "تسلمت", "استلام", "تولي", "يتولي", "تتولي", "تولت", "نقل"})
# words of purpose before a masdar head ("بغاية تنظيم اجتياز الحدود": in order to organise it, no body)
_PURPOSE_WORDS = frozenset({"بغايه", "بهدف", "قصد", "بقصد", "لغرض", "بغرض"})


def _masdar_of_purpose(st: State, i: int) -> bool:
    """The masdar head at i says what someone aims at or does: after a word of purpose, or after في with a
    word of specialising ("شبكة مختصة في تنظيم عمليات الهجرة"، "بغاية تنظيم اجتياز الحدود البحرية")."""
    if i == 0 or not st.adjacent(i - 1, i):
        return False
    prev = st.words[i - 1].folded
    if prev in _PURPOSE_WORDS:
        return True
    return prev == "في" and i > 1 and st.adjacent(i - 2, i - 1) \
        and st.words[i - 2].folded.removeprefix("ال").startswith(("مختص", "متخصص"))


def _in_territory(st: State, i: int, head: Head) -> bool:
    """The head at i is a place where things happen, after في or with ب on it ("في بلدية تيشي"، "ببلدية تادمايت")."""
    if any(p in ("ب", "وب") and r.removeprefix("ال") == head.word for p, r in st.words[i].readings):
        return True
    return i > 0 and st.adjacent(i - 1, i) and st.words[i - 1].folded in ("في", "وفي")


def _after_feminine_verb(st: State, i: int) -> bool:
    """The word before the head at i is a verb that agrees with it, past ("قالت"، "وطالبت") or present ("تعتزم"):
    the body is its subject (not "رئيس بلدية جبيل"، "سكان بلدية تيشي": a post's or a people's town)."""
    if i == 0 or not st.adjacent(i - 1, i):
        return False
    f = st.words[i - 1].folded
    f = f[1:] if f[:1] in ("و", "ف") and len(f) > 3 else f
    return not f.startswith("ال") and len(f) >= 3 and (f.endswith("ت") or f.startswith("ت") and not f.endswith(("ه", "ات")))


# compass adjectives that make محور a side of a front ("المحور الشرقي للمدينة"), folded
_SIDE_OF_A_FRONT = frozenset({"الشرقي", "الغربي", "الشمالي", "الجنوبي"})


def _accept(st: State, head: Head, c: _Chain, definite: bool, i: int) -> bool:
    lex = st.lex
    if c.titled and c.naming_adjs - (1 if c.nat is not None and c.nat.iso2 else 0) <= 0:
        return False  # "مكتب رئيس الوزراء", "حزب الرئيس"
    if "masdar" in head.flags and i > 0 and st.adjacent(i - 1, i) \
            and st.words[i - 1].folded.lstrip("وب") in _TAKING_OVER:
        return False  # "بتسليم إدارة سد تشرين"، "تولّي إدارة المعبر": managing it is handed over, no body named
    if "masdar" in head.flags and _masdar_of_purpose(st, i):
        return False
    if head.word == "تنظيم" and not definite and any(p == "ل" for p, r in st.words[i].readings if r == head.word):
        # "مذكرة تفاهم لتنظيم العودة الطوعية": a purpose, the verbal noun after ل (not "بيان لقيادة …", whose ل
        # is of the body that issued it; a group's name, "لتنظيم داعش", is the lexicon's)
        return False
    if "masdar" in head.flags and st.words[i].folded[:1] == "ب" and head.word[:1] != "ب" and i + 1 < len(st.words) \
            and lex.titles.longest([w.folded for w in st.words[i + 1:i + 1 + lex.titles.max_len]])[0]:
        return False  # "وفداً برئاسة وزير الخارجية الكويتي"، "بقيادة قائد الفرقة": led by an office-holder
    if c.generic and not c.adjs:
        return False  # "قوات الجيش"
    if head.word == "نيابه" and definite:
        return False  # "النيابة العامة": the lexicon's; only "نيابة الخارجة"، "نيابة أمن الدولة العليا" are read here
    if head.word in ("عشائر", "قبائل", "عشيره", "قبيله") and i + 1 < len(st.words) \
            and st.words[i + 1].folded in st.lex.agent_heads:
        return False  # "طالب شيوخ عشائر الحكومة الاتحادية بـ…": a state body is the object, no clan's name
    if head.word == "محور" and i + 1 < len(st.words) and st.words[i + 1].folded in _SIDE_OF_A_FRONT:
        return False  # "هجوم على المحور الشرقي للمدينة": a side of a front, a place, no command
    if definite:
        # "المؤسسة العامة للكهرباء", "المحكمة الجنائية الدولية": a definite head needs an adjective and
        # a complement, or two adjectives (one adjective, "المجلس البلدي", is any such council); an
        # ordinal names no body ("المركز الأول للزوجي")
        general = i + 1 < len(st.words) and st.words[i + 1].folded in ("العامه", "العليا", "المركزيه") and c.defs >= 1
        if not general and (st.words[i].folded in lex.agent_heads or any(r in lex.agent_heads for _, r in st.words[i].readings)):
            return False  # "الحكومة", "القوات": composed with their country elsewhere
            # (not "الإدارة العامة للجمارك": a general directorate of something is a body of its own)
        # (or one adjective and its place: "المحكمة الابتدائية بإنزكان"، "المجلس البلدي في قلقيلية")
        return (c.naming_adjs >= 1 and (c.defs >= 1 or c.place is not None)) or c.naming_adjs >= 2
    first = st.words[i + 1].folded if i + 1 < len(st.words) else ""
    single = c.indef == 0 and c.defs == 1 and c.adjs == 0 and c.last == i + 1
    office = first in lex.agent_heads and head.word in _OFFICE_HEADS  # ("مديرية الاستخبارات")
    if single and (lex.is_word("institution_blocker", first) or first in lex.agent_heads and not office
                   or (not head.strong and lex.is_word("weak_head_blocker", first))):
        return False
    if c.place is not None and "no_place" in head.flags:
        return False  # "مركز محافظة صلاح الدين": the centre of a place
    if c.place is not None and c.indef == 0 and c.adjs == 0:
        # "سرايا القدس"; "مديرية التعزية" is a district; "قوات جوبالاند"، "قوات بونتلاند": a region's own forces
        feature = (c.place.attrs.get("geo") or {}).get("feature")
        region = feature == "region"
        # ("مطرانية سوهاج"، "بلدية الكفرة": a body named by the see or town it serves; not where things happen,
        # "في بلدية تيشي"، "ببلدية تادمايت": in its territory)
        province = feature in ("region", "province", "district")
        return "armed" in head.flags and (head.strong or region) or "of_place" in head.flags \
            or "of_province" in head.flags and province \
            or "of_place_subject" in head.flags and not _in_territory(st, i, head) and _after_feminine_verb(st, i)
    if head.strong:
        return True
    if "masdar" in head.flags and c.defs == 1 and c.indef == 0 and st.words[c.last].folded in _WORKPLACES \
            and not (i > 0 and st.adjacent(i - 1, i) and st.words[i - 1].folded.lstrip("وب") in _MANNER_OF_MANAGING):
        return True  # "إدارة المصنع"، "إدارة المستشفى": the management of a workplace, the employer its workers face
    if "masdar" in head.flags and not (c.adjs or c.place is not None or _speaker_slot(st, i)):
        return False
    # weak heads: more than a lone definite genitive
    return not single


def _speaker_slot(st: State, i: int) -> bool:
    """Word i follows a reporting verb or a post ("أعلنت إدارة …", "مدير إدارة …")."""
    if i == 0 or not st.adjacent(i - 1, i):
        return False
    prev = st.words[i - 1]
    lex = st.lex
    return not lex.reporting_words.isdisjoint(prev.rests) \
        or (prev.folded.endswith(("ت", "تها", "ته")) and len(prev.folded) >= 3 and not prev.folded.startswith("ال")) \
        or lex.titles.longest([prev.folded])[0] > 0


def institutions(st: State) -> None:
    heads = institution_heads()
    nw = len(st.words)
    # the words a head noun may stand at (every other word is passed by)
    at = [w.i for w in st.words if not heads.keys().isdisjoint(w.rests) or not _WHOLLY_QUOTED_FORMS.isdisjoint(w.rests)
          or not _QUOTE_ONLY_FORMS.isdisjoint(w.rests)]
    i = 0
    while i < nw - 1:
        nxt = bisect_left(at, i)
        if nxt == len(at):
            break
        i = at[nxt]
        if i >= nw - 1:
            break
        w = st.words[i]
        quoted = _quoted_name(st, i, heads) or _wholly_quoted(st, i, heads)
        if quoted is not None:
            # "حركة «جيل زد 212»"، "كتيبة «الفاروق»": a body's head noun, then its name in quotation marks
            head_q, last_q, end_q = quoted
            # (past a conjunction or preposition on the head: "وكتيبة «الشهيدة صبرية»")
            pre_q = next((p for p, r in w.readings if r.removeprefix("ال") == head_q.word.removeprefix("ال")), "")
            start_q = st.stem_start(w, pre_q)
            if not _conflicts(st, start_q, end_q, i, last_q) and not st.is_taken(start_q, end_q):
                _make(st, head_q, _Chain(last=last_q), start_q, end_q, None)
                i = last_q + 1
                continue
        if not st.adjacent(i, i + 1) or st.mask[w.start] and not _composed_at(st, i):
            i += 1
            continue
        found = None
        for p, rest in w.readings:
            h = heads.get(rest)
            if h is not None and p in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
                found = (p, rest, h)
                break
        if found is None or st.place_starting(i) is not None:
            i += 1
            continue
        p, rest, head = found
        if rest in _DUAL_TRIBE_HEADS:
            i = _two_tribes(st, i, head)
            continue
        definite = rest != head.word  # "الهيئة"; not "ألوية", whose folded form opens with ال too
        c = _chain(st, i, definite, head.strong)
        if c is None or c.last <= i or not _accept(st, head, c, definite, i):
            i += 1
            continue
        if st.dateline[0] <= w.start and st.words[c.last].end <= st.dateline[1] \
                and st.doc.text[max(0, w.start - 1):w.start] in ("«", "\"", "“"):
            i = c.last + 1  # "الهرمل – «مرصد العاصي»": the outlet named in the dateline, no body of the story
            continue
        last = c.last
        if last > i + 1 and st.words[last].folded.startswith(_STATIONED):
            # "سرية أسود ورفلة المتمركزة في بني وليد": where a unit is stationed tells it is a force, and is no
            # part of its name
            last -= 1
        # "قيادة الأمن الداخلي في محافظة حمص": a branch and where it sits
        branch_place: Mention | None = None
        if "branch" in head.flags and last + 2 < nw and st.adjacent(last, last + 1) \
                and st.words[last + 1].folded == "في" and st.adjacent(last + 1, last + 2) and c.place is None:
            pm = st.place_starting(last + 2)
            k = st.word_at(pm.end - 1) if pm is not None else None
            if pm is not None and k is not None and (pm.attrs.get("geo") or {}).get("feature") != "country":
                branch_place, last = pm, k
        start, end = st.stem_start(w, p), st.words[last].end
        if _conflicts(st, start, end, i, last):
            i += 1
            continue
        # a composed body the longer name starts with is the same body ("وزارة الخارجية" in
        # "وزارة الخارجية والمغتربين الفلسطينية"): it gives way, and its identity passes on
        same = None
        for m in [m for m in _near(st, i, last) if start <= m.start and m.end <= end]:
            if m.start == start and m.attrs.get("kind") == "composed":
                same = m
            st.remove(m)
        _make(st, head, c, start, end, branch_place, same)
        i = last + 1


def _referring(m: Mention, ante: Mention, source: str, heads: list[str] | None = None) -> Mention:
    """Mention m's span made a further mention of ``ante``'s body (its identity copied, no name of its own)."""
    attrs: dict[str, Any] = {x: ante.attrs[x] for x in ("name_ar", "name_en", "kb_id", "actor_code", "country", "key")
                             if x in ante.attrs}
    attrs.update({"kind": "short", "canonical": False})
    if heads is not None:
        attrs["heads"] = heads
    attrs["antecedent"] = (ante.start, ante.end)
    return Mention(m.start, m.end, "ORG", attrs, source=source)


# nouns for the running of a body, before the body's short name ("إدارة الشركة"، "إدارة المستشفى"), folded
_MANAGEMENT_NOUNS = frozenset({"اداره"})


def managements(st: State) -> None:
    """"هددت إدارة الشركة بتعليق عملياتها": the management of a body named before by its head noun is that
    body, not a department of its own (an institution found on the two words refers back)."""
    for m in [m for m in st.mentions if m.source == "actors.unknown" and m.label == "ORG"]:
        words = fkey(str(m.attrs.get("name_ar", ""))).split()
        if len(words) != 2 or words[0].lstrip("وفبل") not in _MANAGEMENT_NOUNS or not words[1].startswith("ال"):
            continue
        ante = next((a for a in reversed(st.mentions) if a is not m and a.end <= m.start and a.label == "ORG"
                     and words[1] in (a.attrs.get("heads") or ())), None)
        if ante is None:
            continue
        st.remove(m)
        # (its own head still refers back to it: "… وإدارة الشركة …، أن تكون الإدارة قد هددت …")
        st.add(_referring(m, ante, "actors.managements", heads=list(m.attrs.get("heads") or [])))


# verbs that give a group's own name after the noun that describes it ("فصيل محلي يُعرف باسم «…»"، "مجموعة
# تطلق على نفسها اسم "…""، "ميليشيا تُدعى «…»"), folded
_KNOWN_AS_VERBS = frozenset({"يعرف", "تعرف", "يطلق", "تطلق", "يدعي", "تدعي", "يسمي", "تسمي"})
# plural group nouns that describe a named group as well as the singular heads do
_GROUP_PLURALS = {"ميليشيات": "Militias", "مليشيات": "Militias", "فصائل": "Factions", "مجموعات": "Groups",
                  "جماعات": "Groups", "كتائب": "Brigades"}


def _describing_head(st: State, v: int) -> tuple[int, str, Head] | None:
    """The indefinite group noun (and at most three indefinite adjectives) right before the known-as verb
    at word v: (its word, its prefix, its head), or None."""
    heads = institution_heads()
    for j in range(v - 1, max(-1, v - 5), -1):
        if not st.adjacent(j, j + 1):
            return None
        for p, r in st.words[j].readings:
            if p not in ("", "و", "ف", "ب", "ل", "وب", "ول"):
                continue
            if r in _GROUP_PLURALS:
                return j, p, Head(r, True, _GROUP_PLURALS[r], "", frozenset({"armed"}))
            h = _QUOTE_ONLY_HEADS.get(r) or (heads[r] if r in _QUOTED_HEADS and r in heads else None)
            if h is not None:
                return j, p, h
        if st.words[j].folded.startswith("ال"):
            return None  # a definite word: no indefinite noun described here ("ما يُعرف بـ«الخط الأصفر»")
    return None


def known_as_names(st: State) -> None:
    """A group told by an indefinite noun and then its own name: "يتبع لفصيل محلي يُعرف باسم «سرايا الغاب»"،
    "مجموعة غير معروفة تطلق على نفسها "سرايا أولياء الدم"". The quoted name is the group; the describing
    noun, definite, refers back to it later ("وقال إن الفصيل رفض …"), and a mention found on the
    describing phrase ("ميليشيات عشائرية محلية") is the same group."""
    nw = len(st.words)
    for w in st.words:
        if w.folded not in _KNOWN_AS_VERBS:
            continue
        v = w.i
        found = _describing_head(st, v)
        if found is None:
            continue
        j, prefix, head = found
        k = v + 1
        if w.folded in ("يطلق", "تطلق"):
            # "تطلق على نفسها (اسم)"
            if k + 1 >= nw or st.words[k].folded != "علي" or not st.words[k + 1].folded.startswith("نفس"):
                continue
            k += 2
            if k < nw and st.words[k].folded == "اسم":
                k += 1
        elif k < nw and st.words[k].folded == "باسم":
            k += 1
        if k >= nw:
            continue
        # the opening mark, after an optional ب (with or without a tatweel: "بـ«")
        opening = st.doc.text[st.words[k - 1].end:st.words[k].start].strip().lstrip("بـ").strip()
        if opening not in CLOSING_MARK:
            continue
        close = CLOSING_MARK[opening]
        last = None
        for e in range(k, min(nw, k + 5)):
            if e > k and not st.adjacent(e - 1, e):
                break
            after = st.doc.text[st.words[e].end:st.words[e + 1].start if e + 1 < nw else len(st.doc.text)]
            if after.lstrip().startswith(close):
                last = e
                break
            if after.strip():
                break
        if last is None:
            continue
        start, end = st.words[k].start, st.words[last].end
        named = next((m for m in st.mentions if m.label == "ORG" and m.start <= start and end <= m.end), None)
        if named is None:
            if st.is_taken(start, end):
                continue
            _make(st, head, _Chain(last=last), start, end, None)
            named = st.mentions[-1]
        back = "ال" + head.word
        if back not in (named.attrs.get("heads") or []):
            named.attrs["heads"] = list(named.attrs.get("heads") or []) + [back]
        # the describing phrase found as a body of its own is the named group
        d_start = st.stem_start(st.words[j], prefix)
        for m in [m for m in st.mentions if m.label == "ORG" and d_start <= m.start and m.end <= w.start]:
            st.remove(m)
            st.add(_referring(m, named, "actors.known_as"))


# the head nouns of a ring named by the crime it is formed for ("شبكة لتهريب المخدرات"، "عصابة للسطو المسلح")
_RING_HEADS = {"شبكه": "Network", "عصابه": "Gang", "خليه": "Cell"}
# the crimes, as verbal nouns after ل (indefinite in construct with their object, or definite)
_RING_CRIMES = frozenset({"تهريب", "اتجار", "ترويج", "تزوير", "تزييف", "سرقه", "سطو", "خطف", "اختطاف", "تنظيم",
                          "تهجير", "نصب", "احتيال", "تبييض", "غسل", "تصنيع", "بيع", "قرصنه", "هجره"})
# "specialised in": a ring's crime after في ("شبكة مختصة في تهريب المهاجرين")
_SPECIALISED = frozenset({"مختصه", "متخصصه", "مختص", "متخصص"})
# adjectives a ring may carry before its crime ("شبكة دولية لتهريب"، "عصابة مسلحة للسطو")
_RING_ADJECTIVES = frozenset({"دوليه", "منظمه", "اجراميه", "مسلحه", "محليه", "عابره", "كبيره", "خطيره", "متخصصه",
                              "جديده", "اخري"})


def crime_rings(st: State) -> None:
    """A cell, gang or network named by the crime it is formed for: "تفكيك شبكة لتهريب المخدرات"، "عصابة
    دولية للاتجار بالبشر"، "شبكة إجرامية لتنظيم الهجرة غير النظامية"، "شبكة مختصة في تنظيم رحلات «الحرقة»": a
    party with no name of its own, later "الشبكة"، "العصابة". Not a network of roads or power ("شبكة الطرق"),
    which no crime follows."""
    nw = len(st.words)
    for w in st.words:
        if _RING_HEADS.keys().isdisjoint(w.rests):
            continue
        found = next(((p, r) for p, r in w.readings if r in _RING_HEADS and p in ("", "و", "ف", "ب", "وب", "فب")), None)
        if found is None or st.mask[w.start]:
            continue
        j = w.i + 1
        while j < nw and st.adjacent(j - 1, j) and j - w.i <= 2 and st.words[j].folded in _RING_ADJECTIVES \
                and not (st.words[j].folded in _SPECIALISED and j + 1 < nw and st.words[j + 1].folded == "في"):
            j += 1
        if j >= nw or not st.adjacent(j - 1, j):
            continue
        if st.words[j].folded in _SPECIALISED:
            last = _specialised_crime_end(st, j)
        elif any(p == "ل" and r.removeprefix("ال") in _RING_CRIMES for p, r in st.words[j].readings):
            last = _crime_object_end(st, j)
        else:
            continue  # (no crime after it)
        if last is None:
            continue
        start, end = st.stem_start(w, found[0]), st.words[last].end
        if st.is_taken(start, end) or _conflicts(st, start, end, w.i, last):
            continue
        head = Head(found[1], True, _RING_HEADS[found[1]], "CRM", frozenset())
        _make(st, head, _Chain(last=last), start, end, None)


def _crime_object_end(st: State, j: int) -> int | None:
    """The last word of the crime after ل at word j with its object ("لتهريب المخدرات"، "للاتجار بالبشر"،
    "لتنظيم الهجرة غير النظامية"); None when an indefinite crime has no object."""
    nw = len(st.words)
    last = j
    k = j + 1
    definite = st.words[j].folded.startswith("لل")
    if not definite:
        # the crime's object in construct: "لتهريب المخدرات"، "لتنظيم الهجرة السرية"
        if k >= nw or not st.adjacent(k - 1, k) or not st.words[k].folded.startswith("ال") or not _noun(st, k) \
                or _actor_at(st, k) is not None or st.place_starting(k) is not None:
            return None
        last, k = k, k + 1
    elif k < nw and st.adjacent(k - 1, k) and st.words[k].folded.startswith("بال") \
            and st.place_starting(k) is None and _actor_at(st, k) is None:
        last, k = k, k + 1  # "للاتجار بالبشر"
    while k < nw and st.adjacent(k - 1, k) and (_adjective(st, k) or st.words[k].folded == "غير" and k + 1 < nw
                                                 and st.adjacent(k, k + 1) and _adjective(st, k + 1)):
        if st.words[k].folded == "غير":
            k += 1  # "غير النظامية"، "غير الشرعية"
        last, k = k, k + 1
    return last


def _specialised_crime_end(st: State, j: int) -> int | None:
    """"مختصة في تنظيم رحلات «الحرقة»"، "متخصصة في سرقة السيارات" (Maghreb usage) at word j: the last word of the
    crime after في and of the one noun in construct with it, or None when no crime follows."""
    nw = len(st.words)
    k = j + 2
    if k >= nw or st.words[j + 1].folded != "في" or not st.adjacent(j, j + 1) or not st.adjacent(j + 1, k) \
            or st.words[k].folded.removeprefix("ال") not in _RING_CRIMES:
        return None
    if k + 1 < nw and st.adjacent(k, k + 1) and _noun(st, k + 1) and _actor_at(st, k + 1) is None \
            and st.place_starting(k + 1) is None:
        return k + 1
    return k


# a dual head and the singular that each of its two names takes
# (genitive and accusative "عشيرتي", nominative "عشيرتا": "وقّعت عشيرتا آل سويلم وآل دغيمات عطوة")
_DUAL_TRIBE_HEADS = {"عشيرتي": ("عشيره", "Clan"), "قبيلتي": ("قبيله", "Tribe"), "عائلتي": ("عائله", "Family"),
                     "عشيرتا": ("عشيره", "Clan"), "قبيلتا": ("قبيله", "Tribe"), "عائلتا": ("عائله", "Family")}


def _tribe_name(st: State, j: int, prefix: str = "") -> int | None:
    """The last word of a tribe's name at word j: a kin word and the next ("البو جاسم"), or one
    definite word ("الحياليين", "والرزيقات" past the ``prefix`` و); None when there is none."""
    nw = len(st.words)
    if j >= nw:
        return None
    rest = st.words[j].folded[len(prefix):]
    kin_end = _kin_name_end(st, j, rest)
    if kin_end is not None:
        return kin_end
    if rest.startswith("ال") and len(rest) > 4 and _actor_at(st, j) is None and st.place_starting(j) is None:
        return j
    return None


def _two_tribes(st: State, i: int, dual: Head) -> int:
    """"بين عشيرتي البو جاسم والحياليين": two tribes, each its own body, named after a dual head.
    Returns the word to go on from."""
    nw = len(st.words)
    word, en = _DUAL_TRIBE_HEADS[dual.word]
    head = Head(word, True, en, dual.code, dual.flags)
    if i + 1 >= nw or not st.adjacent(i, i + 1):
        return i + 1
    last1 = _tribe_name(st, i + 1)
    if last1 is None:
        return i + 1
    names = [(i + 1, last1)]
    k = last1 + 1
    if k < nw and st.adjacent(last1, k) and st.words[k].folded.startswith("و"):
        last2 = _tribe_name(st, k, "و")
        if last2 is not None:
            names.append((k, last2))
    for first, last in names:
        w = st.words[first]
        start = st.stem_start(w, "و") if first != i + 1 else w.start
        end = st.words[last].end
        if not _conflicts(st, start, end, first, last) and not st.is_taken(start, end):
            _make(st, head, _Chain(last=last), start, end, None)
    return names[-1][1] + 1


# the heads of groups and associations that Arabic news names in quotation marks ("حركة «جيل زد 212»")
_QUOTED_HEADS = frozenset({"حركه", "كتيبه", "تنظيم", "جماعه", "لواء", "تيار", "ائتلاف", "سريه", "فصيل", "جبهه", "حزب",
                           "مجموعه", "فرقه", "منظمه", "جمعيه", "لجنه", "شركه", "كتله", "هيئه", "مؤسسه", "وحده"})
# heads that name a body only with its name in quotation marks ("ميليشيا «لواء الباقر»"); alone, with an
# adjective, they describe ("الميليشيا المتمردة")
# (so are the heads of armed units and groups no institution row lists: "فرقة «السلطان مراد»"، "«فرقة الحمزة»")
_QUOTE_ONLY_HEADS = {w: Head(w, True, en, "", frozenset({"armed"})) for w, en in (
    ("ميليشيا", "Militia"), ("مليشيا", "Militia"), ("فرقه", "Division"), ("لواء", "Brigade"), ("فصيل", "Faction"),
    ("مجموعه", "Group"))}
# (and a team known by its quoted name: "فريق «منسقو استجابة سوريا»"; alone, "الفريق" is a general's rank)
_QUOTE_ONLY_HEADS["فريق"] = Head("فريق", True, "Team", "", frozenset())
_QUOTE_ONLY_FORMS = frozenset(_QUOTE_ONLY_HEADS) | frozenset("ال" + h for h in _QUOTE_ONLY_HEADS)
# an operations room of armed factions, named in quotation marks after its two words ("غرفة عمليات «الفتح المبين»")
_OPERATIONS_ROOM = Head("غرفه", True, "Operations Room", "", frozenset({"armed"}))


def _quoted_name(st: State, i: int, heads: dict[str, Head]) -> tuple[Head, int, int] | None:
    """Word i an indefinite head noun and a name of one to four words in «» or "" right after it:
    (head, last word of the name, end offset past the closing mark), or None."""
    nw = len(st.words)
    w = st.words[i]
    head = next((heads[r] for p, r in w.readings if r in heads and r == heads[r].word and r in _QUOTED_HEADS
                 and p in ("", "و", "ف", "ب", "ل")), None) or next(
        (_QUOTE_ONLY_HEADS[r] for p, r in w.readings if r in _QUOTE_ONLY_HEADS and p in ("", "و", "ف", "ب", "ل")), None)
    j = i  # (the head's last word)
    if head is None and i + 2 < nw and st.adjacent(i, i + 1) and any(
            r == _OPERATIONS_ROOM.word and p in ("", "و", "ف", "ب", "ل") for p, r in w.readings) \
            and st.words[i + 1].folded == "عمليات":
        head, j = _OPERATIONS_ROOM, i + 1  # "غرفة عمليات «الفتح المبين»": a command of armed factions
    if head is None or j + 1 >= nw:
        return None
    if i > 0 and st.words[i - 1].folded.lstrip("وب") in ("تشكيل", "انشاء", "تاسيس", "اقامه"):
        return None  # "تشكيل لجنة «تحقيق مستقلة»": a body to be formed, described, not named
    gap = st.doc.text[st.words[j].end:st.words[j + 1].start].strip()
    if gap not in CLOSING_MARK:
        return None
    close = CLOSING_MARK[gap]
    for k in range(j + 1, min(nw, j + 5)):
        if k > j + 1 and not st.adjacent(k - 1, k):
            return None
        after = st.doc.text[st.words[k].end:st.words[k + 1].start if k + 1 < nw else len(st.doc.text)]
        if after.lstrip().startswith(close):
            return head, k, st.words[k].end + after.index(close) + 1
        if after.strip():
            return None
    return None


# heads that open a body's whole name in quotation marks, besides the institution heads among _QUOTED_HEADS:
# "«تجمع أحرار حوران»"، "«شبكة أطباء السودان»" (unquoted, تجمع is as often the verb "gathered")
_WHOLLY_QUOTED_HEADS = {"تجمع": Head("تجمع", False, "Association", "", frozenset()),
                        "شبكه": Head("شبكه", False, "Network", "", frozenset())}
# their folded forms with and without the article: the words institutions() must stop at for them
_WHOLLY_QUOTED_FORMS = frozenset(_WHOLLY_QUOTED_HEADS) | frozenset("ال" + h for h in _WHOLLY_QUOTED_HEADS)
_ANY_QUOTED_HEAD = _QUOTED_HEADS | frozenset(_WHOLLY_QUOTED_HEADS)


def _wholly_quoted(st: State, i: int, heads: dict[str, Head]) -> tuple[Head, int, int] | None:
    """A body's whole name, two to five words, in «» or "" with its head noun first ("نفت «اللجنة المركزية»
    في نوى"، "وثّق «تجمع أحرار حوران»"): (head, last word, end offset of the name), or None.
    The marks are the evidence of a name that a head and an adjective alone would not give."""
    nw = len(st.words)
    w = st.words[i]
    # (the marks before the word: only its own gap is read, not the text up to it)
    opening = st.doc.text[st.words[i - 1].end if i > 0 else 0:w.start].rstrip()[-1:]
    if i + 1 >= nw or opening not in CLOSING_MARK:
        return None
    head = None
    for p, r in w.readings:
        base = r.removeprefix("ال")
        if p in ("", "و", "ف", "ب", "ل") and base in _ANY_QUOTED_HEAD:
            head = heads.get(base) or _WHOLLY_QUOTED_HEADS.get(base) or _QUOTE_ONLY_HEADS.get(base)
            break
    if head is None:
        return None
    nxt = st.words[i + 1].folded
    if not any(r.startswith("ال") for _, r in w.readings) and nxt.endswith(("يه", "ي")) and not nxt.startswith("ال"):
        return None  # "تصنيفها «منظمة إرهابية»": an indefinite head and its adjective describe, they name nothing
    close = CLOSING_MARK[opening]
    for k in range(i + 1, min(nw, i + 6)):
        # (whom it defends is in its name: "«شبكة الشمال للدفاع عن المهاجرين»")
        defends = st.words[k].folded == "عن" and not _DEFENDING.isdisjoint(st.words[k - 1].rests)
        if not st.adjacent(k - 1, k) or st.words[k].folded in ("في", "من", "الي", "علي", "عن") and not defends:
            return None
        after = st.doc.text[st.words[k].end:st.words[k + 1].start if k + 1 < nw else len(st.doc.text)]
        if after.lstrip().startswith(close):
            return head, k, st.words[k].end  # (the marks stay outside the name)
        if after.strip():
            return None
    return None


def _composed_at(st: State, i: int) -> bool:
    """A composed body starts at word i ("وزارة الخارجية"): a longer name may take its place."""
    return any(m.attrs.get("kind") == "composed" for m in st.starts.get(i, ()))


def _near(st: State, first: int, last: int) -> list[Mention]:
    """Mentions that start in words first-8 .. last (a mention overlapping these words starts there)."""
    out: list[Mention] = []
    for k in range(max(0, first - 8), last + 1):
        out.extend(st.starts.get(k, ()))
    return out


def _conflicts(st: State, start: int, end: int, first: int, last: int) -> bool:
    """An actor found before overlaps [start, end) without lying inside it, or lies inside it and is a
    named actor. A composed mention that starts with the head ("وزارة الخارجية" in "وزارة الخارجية
    والمغتربين الفلسطينية") gives way."""
    if not st.is_taken(start, end):
        return False
    inside = [m for m in _near(st, first, last) if m.start < end and start < m.end]
    if not inside:
        return True  # taken by a role or a source phrase, not by a mention
    for m in inside:
        if m.start < start or m.end > end or (m.start, m.end) == (start, end) \
                or m.attrs.get("kind") not in ("composed", "unit", "bare"):
            return True
    return False


def _make(st: State, head: Head, c: _Chain, start: int, end: int, branch: Mention | None,
          same: Mention | None = None) -> None:
    lex = st.lex
    nat = c.nat
    inferred = False
    if nat is None and c.place is not None and c.place.attrs.get("country"):
        nat = lex.nationalities.get(str(c.place.attrs["country"]))
    if nat is None and branch is not None and branch.attrs.get("country"):
        nat = lex.nationalities.get(str(branch.attrs["country"]))
    if nat is None:
        nat = _doc_nat(st)
        inferred = nat is not None
    name = _canonical_ar(st.doc.text[start:end])
    head_word = head.word
    if name.startswith("لل"):
        name = article_after_lam(name, head_word.startswith("ل"))
        words = name.split()
        if head_word.startswith("ل") and head_word.endswith(("ة", "ه")) and len(words) > 1 and words[1].startswith("ال") \
                and not words[1].endswith(("ة", "ه")):
            name = name[2:]  # "للجنة التنسيق": ل + لجنة in construct (an adjective would agree: اللجنة العسكرية)
    words_after = name.split()[1:2]
    civil = bool(words_after) and lex.is_word("civil_body", fkey(words_after[0]))
    attrs: dict[str, Any] = {
        "name_ar": name, "name_en": f"{romanise(name)} ({head.en.lower()})", "kb_id": None,
        # (a civil centre is its country's, with no government sector code: "المركز الثقافي الروسي" is RUS)
        "actor_code": (nat.cameo if nat and not inferred else None) if civil else (
            _code(nat, head.code) if head.code else (nat.cameo if nat and not inferred else None)),
        "country": nat.iso2 if nat and nat.iso2 else None, "key": f"org:{fkey(name)}", "kind": "institution",
        "canonical": True, "heads": ["ال" + head_word] + _short_heads(st, start, end), "priority": 1,
    }
    if inferred:
        attrs["country_inferred"] = True
    if same is not None and (not same.attrs.get("country_inferred") or same.attrs.get("country") == attrs["country"]):
        for k in ("key", "kb_id", "actor_code", "country"):
            if same.attrs.get(k):
                attrs[k] = same.attrs[k]
        if not same.attrs.get("country_inferred"):
            attrs.pop("country_inferred", None)
    if branch is not None:
        attrs["keeps_nested"] = True
    st.add(Mention(start, end, "ORG", attrs, source="actors.unknown"))


def _short_heads(st: State, start: int, end: int) -> list[str]:
    """A body's later short name: its definite head and first adjective ("الهيئة العامة للموانئ" →
    "الهيئة العامة"), or a body in its genitive ("إدارة المؤسسة المينائية لبجاية" → "المؤسسة المينائية")."""
    i = st.word_at(start)
    if i is None:
        return []
    heads = institution_heads()
    for k in (i, i + 1):
        if k + 1 >= len(st.words) or st.words[k + 1].end > end or not st.adjacent(k, k + 1):
            return []
        f = next((r for p, r in st.words[k].readings if r.startswith("ال") and p in ("", "ل")), "")
        if f[2:] in heads and _adjective(st, k + 1) == "adj":
            return [f + " " + st.words[k + 1].folded]
    return []


# ---------------------------------------------------------------------------------------
# people named after a reporting verb
# ---------------------------------------------------------------------------------------

def reported_people(st: State) -> None:
    """"وقال سامر الحسن إن", "بحسب منى العلي،": a known given name after a cue, two to four name
    words, then the reported speech, a comma or a colon."""
    from .ruler import _existing_person, _parse_name, _person, first_known_given

    nw = len(st.words)
    for i in st.gated("reporting"):
        if i >= nw - 2:
            break
        j = i + 1
        if not st.adjacent(i, j) or st.mask[st.words[j].start]:
            continue
        # (or a kunya with a given name: "وقال أبو حمزة الكربلائي إن"; or a servant-of name: "وقال عبد الله
        # غميمط، …")
        if not is_given(st, st.words[j].folded) and not _two_word_given(st, j) and not (
                st.words[j].folded in ("ابو", "ام") and j + 1 < nw and st.adjacent(j, j + 1)
                and (is_given(st, st.words[j + 1].folded) or first_known_given(st.lex, st.words[j + 1].folded))) \
                and not (st.words[j].folded == "عبد" and j + 1 < nw and st.adjacent(j, j + 1)
                         and st.words[j + 1].folded.startswith("ال")) \
                and not given_before_compound(st, j):
            if not _light_given_before_family(st, j):
                continue
            k = 2
        else:
            k = _parse_name(st, j)
        if k < 2:
            continue
        last = j + k - 1
        after = st.doc.text[st.words[last].end:st.words[last + 1].start if last + 1 < nw else len(st.doc.text)]
        closed = after.strip()[:1] in ("،", ",", ":", ".", "(") or (
            last + 1 < nw and st.words[last + 1].folded in ("ان", "انه", "انها", "في", "خلال", "امس", "اليوم"))
        if not closed:
            continue
        s, e = st.words[j].start, st.words[last].end
        if st.is_taken(s, e) or _existing_person(st, s, e) is not None:
            continue
        tail = " " + fkey(st.doc.text[s:e])
        if any(m.label == "PER" and fkey(str(m.attrs.get("name_ar", ""))).endswith(tail) for m in st.mentions):
            continue  # "وقال عبد العاطي إن": the family name of a person named in full before
        st.add(_person(st, s, e, None, None))


# verbs of acting on a party, folded (with و or ف before them too): a person named right after one with no title is
# its subject when the party acted on follows his name ("واتهم منصور أحمد الصلوي جماعة الحوثي بـ…")
_ACTING_VERBS = frozenset({"اتهم", "اتهمت", "طالب", "طالبت", "دعا", "دعت", "انتقد", "انتقدت", "حمل", "حملت", "ناشد",
                           "ناشدت", "ادان", "ادانت", "هدد", "هددت", "حذر", "حذرت", "استقبل", "استقبلت", "التقي",
                           "التقت", "حث", "حثت"})


def acting_people(st: State) -> None:
    """"واتهم منصور أحمد الصلوي جماعة الحوثي بـ…": a known given name right after a verb of acting on a party, two
    to four name words, then a body already found: the words between are the person who acts."""
    from .ruler import _existing_person, _parse_name, _person, first_known_given

    nw = len(st.words)
    for i in range(nw - 3):
        f = st.words[i].folded
        if f not in _ACTING_VERBS and not (f[:1] in ("و", "ف") and f[1:] in _ACTING_VERBS):
            continue
        j = i + 1
        if not st.adjacent(i, j) or st.mask[st.words[j].start]:
            continue
        g = st.words[j].folded
        sure = is_given(st, g) or _two_word_given(st, j)
        # (a given name that is a common word too, "منصور"، "عبد الرحمن", with at least two more name words)
        if not sure and not first_known_given(st.lex, g) and not (
                g == "عبد" and st.adjacent(j, j + 1) and st.words[j + 1].folded.startswith("ال")):
            continue
        k = _parse_name(st, j)
        if k < (2 if sure else 3):
            continue
        last = j + k - 1
        if last + 1 >= nw or not st.adjacent(last, last + 1) or st.mention_starting(last + 1, ("ORG",)) is None:
            continue
        s, e = st.words[j].start, st.words[last].end
        if st.is_taken(s, e) or _existing_person(st, s, e) is not None:
            continue
        st.add(_person(st, s, e, None, None))


def _two_word_given(st: State, j: int) -> bool:
    """Words j and j+1 are one given name of two words ("خير الدين"، "نور الدين"، "صلاح الدين"), whose first word alone
    is a common word too."""
    if j + 1 >= len(st.words) or not st.adjacent(j, j + 1):
        return False
    known = st.lex.names.get(f"{st.words[j].folded} {st.words[j + 1].folded}")
    return known is not None and known[1] == "given" and not known[2]


def _light_given_before_family(st: State, j: int) -> bool:
    """A given name that is a common word too ("نجاة"، "سعيد"، "أمل") right after a reporting verb, then a
    family name in the nisba form ("الزواري"، "الحضرمي"): a person ("وقالت نجاة الزواري، والدة أحد المفقودين،
    إن …"), read with the two words alone."""
    f = st.words[j].folded
    known = st.lex.names.get(f)
    # (the name علي written with ya, not the preposition على: "نفى علي الجلاصي، شقيق أحد الموقوفين، …")
    if known is None or known[1] != "given" or not known[2] or _stopword(st, j) or j + 1 >= len(st.words) \
            or not st.adjacent(j, j + 1):
        return False
    fam = st.words[j + 1].folded
    return fam.startswith("ال") and fam.endswith("ي") and len(fam) >= 6 and not st.lex.nationality_at([fam])[0] \
        and st.mention_starting(j + 1, ("ORG", "LOC", "FAC")) is None and not st.in_place(j + 1)


_NAMED_VERBS = frozenset({"يدعي", "تدعي", "المدعو", "المدعوه", "ويدعي", "وتدعي", "يدعا"})
# the same of a man or a woman only (a vessel or a firm "تُدعى" too)
_NAMED_PERSON_VERBS = _NAMED_VERBS - {"تدعي", "وتدعي"}
# words that open a time phrase after a comma ("، أواخر أكتوبر الماضي،"), not a name
_TIME_OPENERS = frozenset({"اواخر", "اوائل", "مطلع", "منتصف", "نهايه", "بدايه", "اليوم", "امس", "غد", "الماضي", "المقبل", "الجاري"})


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """Month and weekday names (the time layer's tables): never a person's name after a comma."""
    out = set(_TIME_OPENERS)
    for name in ("norm_month.tsv", "norm_weekday.tsv"):
        for row in read_tsv("marsad.time.data", name, min_fields=2):
            if len(row) > 2 and "ambiguous" in row[2]:
                continue  # جوان، ماي، نيسان are names too
            # the month's own word, not the ordinal of كانون الثاني (عبد الله الثاني)
            out.add(fkey(row[0].split()[0]))
    return frozenset(out)


def appositive_people(st: State) -> None:
    """A name set off by commas after a title ("قال الكاتب العام للاتحاد الجهوي، الهادي بن جمعة،
    إن …"، "اتهم وزير الإعلام في الحكومة …، معمر الإرياني، الجماعة …") or after "يُدعى"/"المدعو":
    two to four name words that close at punctuation, the reported speech or لـ."""
    from .ruler import _existing_person, _name_like, _parse_name, _person, _title_at

    nw = len(st.words)
    org_ends: set[int] | None = None
    mention_ends = {m.end for m in st.mentions if m.label in ("ORG", "LOC")}  # (for a post that names its body)
    for j in range(1, nw - 1):
        if st.mask[st.words[j].start]:
            continue
        prev = st.words[j - 1]
        named = prev.folded in _NAMED_VERBS and st.adjacent(j - 1, j)
        if not named:
            gap = st.doc.text[prev.end:st.words[j].start].strip()
            # "وقال الناطق باسم المديرية العامة للأمن الوطني بوبكر سبيك إن": a known given name right
            # after a title phrase, with no comma
            # (or two name words no table knows, then «إن»: "وقالت ممثلة البرنامج في السودان مارتا ليندكفيست إن")
            if gap not in ("،", ",") and not (gap == "" and (is_given(st, st.words[j].folded) or (
                    j + 2 < nw and st.adjacent(j, j + 1) and (
                        st.words[j + 2].folded == "ان" and st.adjacent(j + 1, j + 2)
                        # (or a comma: "وقال الأمين التنفيذي للإيغاد ورقنه جبيهو، في كلمته، إن")
                        or st.gap(j + 1, j + 2).strip()[:1] in ("،", ","))
                    and _plain_foreign(st.words[j], first=True) and _plain_foreign(st.words[j + 1], family=True)
                    and _post_ends_at(st, j - 1, mention_ends)))):
                continue
            # a title among the eight words before the comma, in the same clause; or among twelve when a body
            # closes the phrase before the comma, the post's (its name may run long: "الكاتب المحلي لنقابة عمال
            # الميناء المنضوية تحت لواء الاتحاد المغربي للشغل، عبد السلام الحراق،")
            titled = False
            for x in range(j - 1, max(-1, j - 13), -1):
                if x < j - 1 and st.doc.text[st.words[x].end:st.words[x + 1].start].strip() not in ("", "«", "»", '"'):
                    break
                if x == j - 9:
                    if org_ends is None:  # (the bodies' ends, gathered once: this pass adds people only)
                        org_ends = {m.end for m in st.mentions if m.label == "ORG"}
                    if prev.end not in org_ends:
                        break  # (past eight words only when a body closes the phrase; asked only then)
                if _title_at(st, x) is not None and not st.in_place(x):  # (not "بلدة الشيخ سعد، بحسب …")
                    titled = True
                    break
            if not titled:
                # or a person told by what is theirs or by kin, and its definite genitive ("مالك المركب، …"،
                # "والدة الضحية، …")
                apposed = st.lex.words.get("apposed_head", frozenset())
                titled = any(not apposed.isdisjoint(st.words[x].rests) and st.words[x + 1].folded.startswith("ال")
                             and all(st.adjacent(y, y + 1) for y in range(x, j - 1)) for x in range(max(0, j - 3), j - 1))
                # (one of a group named in construct with its place: "أحد وجهاء المدينة، …")
                titled = titled or (j >= 3 and st.words[j - 3].folded in ("احد", "احدي", "واحد")
                                    and st.words[j - 1].folded.startswith("ال")
                                    and all(st.adjacent(y, y + 1) for y in range(j - 3, j - 1)))
            if not titled:
                continue
        ranked = False
        first = j  # where the name starts
        if not named:
            rank = _title_at(st, j, allow_prefix=False)
            if rank is not None and rank[1].kind in ("rank", "honorific") and j + rank[0] < nw:
                first = j + rank[0]  # "، اللواء صباح النعمان،"
                ranked = True
        found = 0
        for k in (_parse_name(st, first) if _name_like(st, first, 0) else 0,
                  _apposed_name(st, first, ranked, titled=not named)):
            # "، الهادي بن جمعة،": closed by commas, the name needs no table
            if k < 2 or any(st.words[x].folded in time_words() for x in range(first, first + k)):
                continue
            last = first + k - 1
            after = st.doc.text[st.words[last].end:st.words[last + 1].start if last + 1 < nw else len(st.doc.text)]
            if after.strip()[:1] in ("،", ",", ":", ".", "(") or (
                    not after.strip() and last + 1 < nw and (
                        st.words[last + 1].folded in ("ان", "انه", "انها", "في", "خلال")
                        # "عضو الوفد الحكومي المفاوض يحيى كزمان نفى …": a known given name, then a
                        # common verb, after a title phrase
                        # (or the verb's object after a name that follows its verb: "ودانت المنسقة الأممية
                        # … دينيس براون الهجوم")
                        or (not named and is_given(st, st.words[first].folded)
                            and (st.lex.is_word("verb", st.words[last + 1].folded)
                                 or st.lex.is_word("event_noun", st.words[last + 1].folded)))
                        or st.words[last + 1].folded.startswith("ل") and named)):
                found = k
                break
        if not found:
            continue
        last = first + found - 1
        s, e = st.words[first].start, st.words[last].end
        if st.is_taken(s, e) or _existing_person(st, s, e) is not None:
            continue
        st.add(_person(st, s, e, None, None))


def quoted_named_people(st: State) -> None:
    """A name in quotation marks right after "المدعو"/"يُدعى" ("الإرهابي المدعو «ع. موسى»"، "المدعو «أبو دجانة»"):
    that person, though it is initials or a nom de guerre no name table holds (one to four words)."""
    from .ruler import _existing_person, _person

    text = st.doc.text
    for j, w in enumerate(st.words):
        if w.folded not in _NAMED_PERSON_VERBS:
            continue  # (not "تُدعى": a ship or a company is so called too, "ناقلة تُدعى «…»")
        k = w.end
        while k < len(text) and text[k] == " ":
            k += 1
        if k >= len(text) or text[k] not in "«\"“":
            continue
        close = text.find({"«": "»", "“": "”"}.get(text[k], '"'), k + 1, k + 40)
        if close < 0:
            continue
        s, e = k + 1, close
        inner = text[s:e].strip()
        words = inner.replace(".", ". ").split()
        if not 1 <= len(words) <= 4 or not all(any("\u0621" <= ch <= "\u064a" for ch in x) for x in words) \
                or st.is_taken(s, e) or _existing_person(st, s, e) is not None:
            continue
        st.add(_person(st, s, e, None, None))


def _post_ends_at(st: State, i: int, mention_ends: set[int]) -> bool:
    """Word i closes a post: a title or rank ("الجنرال"), a nationality ("الإثيوبي") or the body or place it names
    ("للإيغاد"، "في السودان"); a foreign name no table knows may follow it."""
    from .ruler import _title_at

    w = st.words[i]
    if w.end in mention_ends or st.in_place(i) or bool(st.lex.nationality_at([w.folded])[0]) \
            or _title_at(st, i, allow_prefix=False) is not None:
        return True
    # (or a definite noun a post names a few words before: "المتحدثة باسم الوكالة جولييت توما إن"; not past the
    # speech's «إن»: "وقال المدير إن الطائرات نفذت غارات،")
    return w.folded.startswith("ال") and any(_title_at(st, x, allow_prefix=False) is not None
                                             and all(st.adjacent(y, y + 1) for y in range(x, i))
                                             and not any(st.words[y].folded in ("ان", "انه", "انها") for y in range(x + 1, i))
                                             for x in range(max(0, i - 4), i))


def _plain_foreign(w: Any, family: bool = False, first: bool = False) -> bool:
    """A word that may be part of a foreign name no table knows: letters only, no article, no clitic letter, no
    pronoun on it and no nunation ("مارتا"، not "كلمته"، "باسم"، "الافتتاحية"); a family name may open with ل
    ("ليندكفيست"), not with لل; a given name may end in ه ("ورقنه")."""
    f = w.folded
    return len(f) >= 3 and f.isalpha() and not f.startswith(("ال", "لل")) and f[:1] not in ("وفبك" if family else "وفبلك") \
        and not f.endswith(("ها", "هم") if first else ("ه", "ها", "هم")) and "\u064b" not in w.tok.text


def _apposed_name(st: State, j: int, ranked: bool = False, titled: bool = False) -> int:
    """Words from j (two to four) that could be a name set off by commas: letters only, no
    function word, verb, title, place or body, the connectors بن/أبو/عبد inside it; 0 if none. ``titled``: a post
    stands before the comma, so two plain words with no article are a name no table knows ("رئيسة بعثة المنظمة في
    جيبوتي، ماريانا كوستا،")."""
    from .ruler import _stopword, _title_at

    nw = len(st.words)
    k = 0
    while j + k < nw and k < 4:
        x = j + k
        if k and not st.adjacent(x - 1, x):
            break
        w = st.words[x]
        f = w.folded
        if titled and k >= 2 and f == "ان":
            break  # (the reported speech closes the name: "… مارتا ليندكفيست إن …")
        if not all("\u0621" <= ch <= "\u064a" for ch in f) or len(f) < 2 or w.tok.is_digit:
            return 0
        # after a rank a known name may be a common word too ("اللواء صباح النعمان")
        if (_stopword(st, x) and not (ranked and f in st.lex.names)) \
                or _title_at(st, x, allow_prefix=False) is not None or st.in_place(x) \
                or st.mention_starting(x, ("ORG", "LOC", "FAC")) is not None or st.mask[w.start] \
                or st.lex.nationality_at([f])[0] or any(
                    p not in ("", "ال") and (st.lex.is_word("stop", r) or st.lex.is_word("verb", r)) for p, r in w.readings):
            # (a clitic on a function word ends it: "بحسب"; not a name's first letter: "بلقاسم"، "وليد")
            return 0
        if k >= 2 and f not in st.lex.names and any(p in ("ب", "ل") for p, _ in w.readings):
            break  # "محمد المنفي بتشكيل لجنة": a preposition's clitic after two name words starts what follows
        if k and st.lex.is_word("event_noun", f):
            break  # "… دينيس براون الهجوم.": the verb's object follows the name
        k += 1
    if k < 2 or j + k < nw and st.adjacent(j + k - 1, j + k) and not (titled and st.words[j + k].folded == "ان"):
        return 0  # more words run on: a clause, not a name
    words = [st.words[x].folded for x in range(j, j + k)]
    # some evidence of a name: a known name word, a connector (بن، أبو، عبد) or a family form (الإرياني);
    # not "، جهود إحياء مسار التهدئة،"
    if not any(w in st.lex.names or is_given(st, w) or w in ("بن", "ابن", "ابو", "عبد")
               or (i and w.startswith("ال") and w.endswith("ي")) for i, w in enumerate(words)) and not (
            titled and k == 2 and all(len(w) >= 3 and not w.startswith(("ال", "لل")) and w[:1] not in ("وفب" if i else "وفبل")
                                      for i, w in enumerate(words))
            # (closed by a comma or by «إن» right after it, no nunation: not "، مؤكداً رفضه.")
            and j + k < nw and (st.gap(j + k - 1, j + k).strip()[:1] in ("،", ",")
                                or st.words[j + k].folded == "ان" and st.adjacent(j + k - 1, j + k))
            and not any("\u064b" in st.words[x].tok.text for x in range(j, j + k))):
        return 0
    return k
