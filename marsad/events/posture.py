"""Force posture: statements of how many troops someone keeps where.

A troop count (a Quantity of unit troops or personnel) is posture when the text says
whose it is and where:

- owned: "للولايات المتحدة نحو 900 جندي في سوريا" (ل + owner, في + place);
- sized: "القوات الأميركية البالغ عددها نحو 2500 جندي", "ويبلغ قوام القوة الدولية نحو
  10 آلاف جندي" (the force next to البالغ عددها / قوام);
- kept or deployed: "تنشر الولايات المتحدة في البحرين نحو 9 آلاف عسكري", "انتشار ألفي
  جندي من الجيش العراقي في سنجار" (the subject of the verb, or من + the force);
- to be kept: "إبقاء أقل من 500 عنصر في أربيل" (planned); "كانت تركيا تحتفظ بـ…" (former).

The place is the في-phrase of the count's clause, else, for a force's stated size, the
country the article is about. Counts that a withdrawal moves or a battle kills are not
posture. The counted entity is written back to ``Quantity.entity``.
"""

from __future__ import annotations

from collections import Counter

from ..lang.ar import count_words
from ..doc import Doc
from ..pipeline import Process
from ..record import Entity, Posture
from ..text.normalise import fold_text
from .view import CIVIL_SECTORS, COMPASS, DocView, Occ, sector, unjoined_in, view_of

__all__ = ["make_component", "extract_posture"]

_UNITS = ("troops", "personnel")
_SIZE_WORDS = frozenset({"البالغ", "البالغه", "يبلغ", "تبلغ", "قوامها", "قوامه", "قوام", "عددها", "عددهم", "تعداد",
                         "تعدادها", "ويبلغ", "وتبلغ", "عديد", "عديدها", "عديده", "بلغ", "بلغت", "عدد"})
_KEEP = frozenset({"تحتفظ", "يحتفظ", "احتفظت", "احتفظ", "ابقت", "ابقي", "ابقوا", "يبقي", "تبقي", "لديها", "لديه", "لدي", "تملك", "يملك", "تنشر", "ينشر",
                   "تنتشر", "ينتشر", "يتمركز", "تتمركز", "يتواجد", "تتواجد", "يوجد", "توجد", "يضم", "تضم", "نشرت",
                   "انتشار", "انتشرت", "انتشر", "انتشروا", "ينتشرون", "نشر", "تمركز", "يرابط", "ترابط"})
_PLANNED = frozenset({"ابقاء", "الابقاء", "بابقاء", "الاحتفاظ", "بالاحتفاظ", "سيبقي", "ستبقي", "سيبقون", "سيحتفظ",
                      "ستحتفظ", "لابقاء", "للابقاء", "ستبقى", "سينشر", "ستنشر",
                      # "يعتزم الجيش رفع عديده إلى 10 آلاف عسكري": a strength intended
                      "يعتزم", "تعتزم", "ينوي", "تنوي"})
# "بدأت تركيا تنشر …": a deployment under way, not a standing force
_BEGIN = frozenset({"بدات", "بدا", "تبدا", "يبدا", "شرعت", "شرع", "تواصل", "يواصل", "واصلت", "واصل", "اخذت", "اخذ"})
_OWNED_FORCES = frozenset({"قوات", "وحدات", "جنود", "عناصر", "افراد", "قطعات"})
_FORCE_NOUNS = frozenset({"قوات", "قوه", "عناصر", "جنود", "الجيش", "جيش"})
_FORMER = frozenset({"كان", "كانت", "كانوا", "سابقا"})
_RELATIVES = frozenset({"التي", "الذي", "اللتين", "الذين"})
# changing a force's strength to a level ("… إلى نحو 2000 جندي"): verbal nouns and future verbs name a level to come
_CHANGE_NOUNS = frozenset({"خفض", "تخفيض", "تقليص", "رفع", "زياده", "بخفض", "بتقليص", "برفع", "بزياده",
                           # with the pronoun of the force just counted: "ومن المقرر خفضه إلى نحو 8 آلاف جندي"
                           "خفضه", "خفضها", "تخفيضه", "تخفيضها", "تقليصه", "تقليصها", "رفعه", "رفعها", "زيادته",
                           "زيادتها"})
_CHANGE_TO_COME = frozenset({"سيخفض", "ستخفض", "سيقلص", "ستقلص", "سيرفع", "سترفع", "يخفض", "تخفض", "يقلص", "تقلص",
                             "يرفع", "ترفع", "سيرتفع", "سيصل", "سينخفض", "يصل", "تصل",
                             # the count itself shrinking: "وأن العدد سيتقلص إلى نحو 500 جندي"
                             "سيتقلص", "سيتراجع", "ستتقلص", "يتقلص", "يتراجع"})
_CHANGE_WORDS = _CHANGE_NOUNS | _CHANGE_TO_COME | frozenset({"خفضت", "قلصت", "خفض", "قلص", "رفعت", "رفع", "ارتفع",
                                                             "يرتفع", "ليرتفع", "ليصل", "انخفض", "تراجع"})
# verbs of forces moving, after the count and its force: the count is of forces on the move
_MOVED_VERBS = frozenset({"غادروا", "غادرت", "انسحبوا", "انسحبت", "وصلوا", "وصلت", "دخلوا", "دخلت", "توجهوا",
                          "توجهت", "انتقلوا", "انتقلت", "عادوا", "عادت", "تحركوا", "تحركت"})
# a force's total shared out among its contributors: "يتوزعون على أوغندا بنحو 4500 جندي، وإثيوبيا بنحو 2500"
# (not "تشارك السعودية بنحو 400 عسكري": a share in an exercise or an operation, not a force kept)
_SHARED_OUT = frozenset({"يتوزعون", "يتوزع", "تتوزع", "توزعت", "موزعين", "موزعون", "موزعه", "تساهم", "يساهم",
                         "ساهمت", "ساهم", "تسهم", "يسهم", "اسهمت", "اسهم", "بمساهمه", "مساهمات", "حصص"})
# words of a contributors' list between the shares: "تسهم أوغندا بالعدد الأكبر منهم بنحو 4500 جندي، تليها
# إثيوبيا بنحو 2500، ثم كينيا بـ1410"
_LIST_WORDS = frozenset({"تليها", "يليها", "تليهما", "تلتها", "ثم", "منهم", "منها", "بالعدد", "العدد", "الاكبر",
                         "بالنصيب", "الاوفر"})
_ABOUT_WITH_BI = frozenset({"بنحو", "بحوالي", "بقرابه", "بزهاء", "بما", "باكثر", "باقل"})
# a force named by a definite noun after a size word, told of before: "ويبلغ عديد القوة …"
_ANAPHORIC_FORCES = frozenset({"القوه", "القوات", "البعثه"})
_UNNAMED_FORCES = frozenset({"العسكريين", "الجنود", "العناصر", "المقاتلين", "القوات"})
_OWN_SIZE = frozenset({"عديدها", "عديده", "عددها", "عدده", "قوامها", "قوامه", "تعدادها", "تعداده"})
# a count that a withdrawal moves, a battle kills or an arrest takes is not a standing force
_NOT_POSTURE = frozenset({"سحب", "انسحاب", "سيسحب", "ستسحب", "يسحب", "تسحب", "سحبت", "مقتل", "قتل", "اصابه", "اعتقال",
                          "خفض", "تقليص", "مغادره", "غادر", "اجلاء",
                          # reinforcements are forces on the move: "دفعت بتعزيزات قوامها ألفا عنصر"
                          "تعزيزات", "بتعزيزات", "التعزيزات", "ارسال", "ارسلت", "ارسل", "دفعت", "دفع", "يدفع",
                          "تدفع",
                          # a new unit arriving is a rotation: "وصول طلائع كتيبة جديدة قوامها 850 جندياً"
                          "وصول", "طلائع", "جديده", "جديد", "دفعه",
                          # forces added are forces moved: "نشر ثلاثمئة عسكري إضافي"
                          "اضافي", "اضافيه", "اضافيين", "اضافيا"})


# verbs that put a number on something ("تقدّر مصادر عسكرية عدد …", "قدّرت مصادر ميدانية عدد …")
_ESTIMATE_VERBS = frozenset({"تقدر", "يقدر", "قدرت", "قدر", "تقدير", "يقدرون", "قدروا"})


def _possessed_force(folded: str) -> bool:
    """A force noun with a possessive pronoun: "وحداته"، "قواتها"، "جنودهم"."""
    for sfx in ("هم", "ها", "ه"):
        stem = folded[: -len(sfx)]
        if folded.endswith(sfx) and (stem in _OWNED_FORCES or stem[:1] in "وف" and stem[1:] in _OWNED_FORCES):
            return True
    return False


def _force_like(e: Entity) -> bool:
    """A military body or a force by its name ("قوة الأمم المتحدة المؤقتة"، "بعثة …")."""
    name = fold_text(e.name_ar)
    return "MIL" in (e.actor_code or "") or any(w in name for w in ("قوه", "قوات", "جيش", "بعثه", "يونيفيل"))


def _main_country(v: DocView) -> str | None:
    """The country the article is about: the one named most, each of its places named counting half
    (a country named only inside a mission's name, "بعثة … في الصومال", beside its cities and
    airport). A place of no known kind is no country."""
    counts: Counter[str] = Counter()
    # (every country entity, even one whose only mention is inside a longer name)
    by_code = {e.country: e.id for e in v.by_id.values()
               if e.type == "LOC" and e.country and e.geo is not None and e.geo.feature == "country"}
    for o in v.occs:
        e = v.by_id[o.eid]
        if e.type == "LOC" and v.is_country(o.eid) and e.geo is not None and e.geo.feature == "country":
            counts[o.eid] += 2
    if not counts:  # (no country known by its kind: the old reading, any place that may be one)
        for o in v.occs:
            e = v.by_id[o.eid]
            if e.type == "LOC" and v.is_country(o.eid) and e.geo is None:
                counts[o.eid] += 2
    for o in v.occs:
        e = v.by_id[o.eid]
        # (places, and bodies named after the country they work in, "بعثة … في الصومال": a foreign
        # force's own bodies, "وزارة الدفاع التركية"، do not make the article about its country)
        if e.country in by_code and by_code[e.country] != o.eid and (e.type in ("LOC", "FAC") or (
                e.type == "ORG" and fold_text(v.by_id[by_code[e.country]].name_ar) in fold_text(e.name_ar))):
            counts[by_code[e.country]] += 1
    return counts.most_common(1)[0][0] if counts else None


def _is_force(v: DocView, o: Occ) -> bool:
    return v.by_id[o.eid].type == "ORG" or v.is_country(o.eid)


# a unit told as part of a force: "قوة من الشرطة قوامها 150 عنصراً"
_UNIT_NOUNS = frozenset({"قوه", "وحده", "مفرزه", "كتيبه", "سريه", "فرقه", "دوريه", "قطعه"})


def _unit_of(v: DocView, o: Occ) -> bool:
    """o is the force a unit is "of": "قوة من الشرطة"، "وحدة من الجيش"."""
    unit = v.bare(o.t0 - 2) if o.t0 >= 2 else ""
    return v.prep_of(o) == "من" and v.bare(o.t0 - 1) == "من" and unjoined_in(unit, _UNIT_NOUNS)


def _force_near(v: DocView, lo: int, hi: int) -> Occ | None:
    """The force named in tokens [lo, hi): an organisation first, else a country standing for
    its government; a place after في (or any preposition) is where the force is, not whose."""
    cands = [o for o in reversed(v.occs_in(lo, hi)) if (v.prep_of(o) not in ("في", "داخل", "ب", "من", "الي", "علي")
                                                         or _unit_of(v, o))
             and v.is_actorish(o.eid) and not v.is_outlet(o.eid)  # (an unnamed source or an outlet keeps no forces)
             and not _civilians(v.by_id[o.eid])]  # (nor do fishermen or workers: "عشرات البحارة داخل الميناء")
    for o in cands:
        if v.by_id[o.eid].type == "ORG":
            return o
    for o in cands:
        if v.is_country(o.eid) and v.by_id[o.eid].type == "LOC" and v.by_id[o.eid].geo is not None \
                and (v.by_id[o.eid].geo.feature == "country" or _capital(v.by_id[o.eid])):
            return o  # (a capital stands for its state: "واشنطن ستُبقي نحو ألفي جندي")
    return None


def _civilians(e: Entity) -> bool:
    """A country's people, who keep no forces: civilians, farmers and fishermen, workers, teachers …, and protesters."""
    return e.type == "ORG" and (sector(e) in CIVIL_SECTORS or sector(e) == "OPP")


def _capital(e: Entity) -> bool:
    from ..actors.lexicon import lexicon as actor_lexicon

    return fold_text(e.name_ar) in actor_lexicon().capitals


# the counted nouns of a force named only by its count ("نحو 3800 عسكري أمريكي")
_COUNTED_NOUNS = frozenset({"عسكري", "جندي", "عنصر", "مستشار", "مقاتل", "عسكريا", "جنديا", "عنصرا", "مستشارا",
                            "مقاتلا", "عسكريين", "جنود", "عناصر", "مستشارين", "مقاتلين"})


# people named by what they are, with no body or nationality: no one's forces
_GENERIC_PARTIES = frozenset({"المقاتلين", "المقاتلون", "المسلحين", "المسلحون", "مقاتلين", "مسلحين", "مقاتلون",
                              "مسلحون"})


def _generic_party(e: Entity) -> bool:
    return fold_text(e.name_ar) in _GENERIC_PARTIES  # (its country, if any, is only the article's)


def _state_for_counted(v: DocView, eid: str) -> str:
    """A force named only by a counted noun and its nationality ("عسكري أمريكي") keeps its forces as
    its state does: the state's entity when the article names it, else the force."""
    e = v.by_id[eid]
    words = fold_text(e.name_ar).split()
    if e.type != "ORG" or not e.country or not words or words[0] not in _COUNTED_NOUNS \
            or any(fold_text(m.text).split()[0] not in _COUNTED_NOUNS for m in e.mentions if m.text.strip()):
        return eid
    state = next((x.id for x in v.by_id.values() if x.type == "LOC" and x.country == e.country and x.geo is not None
                  and x.geo.feature == "country"), None)
    return state or eid


def _shares_out_at(v: DocView, j: int) -> bool:
    """Token j opens a list of contributors and their shares ("يتوزعون على أوغندا بنحو 4500"), not a place
    ("يتوزعون بين قاعدة حرير ومطار أربيل")."""
    if v.bare(j) not in _SHARED_OUT or v.bare(j + 1) != "علي" or j + 2 not in v.occ_at:
        return False
    o = v.occ_at[j + 2]
    return v.bare(o.t1 + 1) in _ABOUT_WITH_BI or v.bare(o.t1 + 1) == "ب"


_PRONOUN_SUBJECT_BEFORE = frozenset({"انه", "انها", "بانه", "بانها", "لانه", "لانها", "باتت", "بات", "وباتت", "وبات",
                                     "لازالت", "مازالت", "تزال", "يزال", "زالت", "زال"})


def _pronoun_subject(v: DocView, verb_at: int) -> bool:
    """A present keeping verb whose subject is only its pronoun: after أنّه/أنّها, or بات/لا يزال."""
    if verb_at == 0:
        return False
    w = v.tokens[verb_at].folded
    present = w.lstrip("و")[:1] in ("ت", "ي")
    return present and (v.bare(verb_at - 1) in _PRONOUN_SUBJECT_BEFORE
                        or v.tokens[verb_at - 1].folded in _PRONOUN_SUBJECT_BEFORE)


def _contributor(v: DocView, a: int, qi: int) -> Occ | None:
    """The contributor a count introduced by ب belongs to, in a force's total shared out
    ("يتوزعون على أوغندا بنحو 4500 جندي، وإثيوبيا بنحو 2500 جندي"، "وتساهم مصر بـ1091 جندياً")."""
    k = qi - 1 if v.bare(qi - 1) == "ب" else qi
    if k == qi and v.bare(qi) not in _ABOUT_WITH_BI:
        return None
    end = k - 1
    while end > a and k - end <= 4 and v.bare(end) in _LIST_WORDS:
        end -= 1  # ("تسهم أوغندا بالعدد الأكبر منهم بنحو 4500 جندي")
    o = next((x for x in v.occs_in(max(a, end - 5), end + 1) if x.t1 == end), None)
    if o is None or o.t0 < a or not _is_force(v, o) or not v.is_actorish(o.eid) or v.is_outlet(o.eid):
        return None
    shared = next((j for j in range(o.t0 - 1, max(a, o.t0 - 30) - 1, -1)
                   if v.bare(j).lstrip("و") in _SHARED_OUT or v.bare(j) in _SHARED_OUT), None)
    if shared is None:
        return None
    # the shared-out word governs the contributor: between them only its list ("على أوغندا بنحو 4500 جندي،
    # وإثيوبيا …"), not another clause ("وساهمت الكويت في تنظيم التمرين، فيما تشارك السعودية بنحو 400")
    counted = v.quantity_token_set()
    inside = {x for occ in v.occs_in(shared + 1, o.t0) for x in range(occ.t0, occ.t1 + 1)}
    for j in range(shared + 1, o.t0):
        if j in inside or j in counted or v.bare(j) in ("علي", "ب", "و") or v.bare(j) in _ABOUT_WITH_BI \
                or v.bare(j) in _COUNTED_NOUNS or v.bare(j).lstrip("و") in _LIST_WORDS:
            continue
        return None
    return o


_ATTRIBUTION_ASIDE = frozenset({"حسب", "بحسب", "وفق", "وفقا", "طبقا", "حسبما", "بحسبما", "وفقما"})


def _governing_end(v: DocView, a: int, qi: int) -> int:
    """The count's token, or, when a relative clause or an attribution set off by commas comes right
    before it ("بعثة أوسوم، التي حلّت محل بعثة أتميس مطلع العام الماضي، نحو 11 ألف عنصر"), the token
    where that clause opens: what governs the count stands before it."""
    if not v.comma_before(qi):
        return qi
    for j in range(qi - 1, max(a, qi - 16), -1):
        if any(ch in v.gap(j) for ch in "؛:.!?؟"):
            break  # (a quoted name inside the clause does not end it: "محل بعثة «أتميس»")
        if v.comma_before(j):
            # (or an attribution: "وتنشر القوات المسلحة الملكية، حسب تقديرات مراكز بحثية، ما يقارب 100 ألف جندي")
            return j if v.bare(j) in _RELATIVES or v.bare(j) in _ATTRIBUTION_ASIDE else qi
    return qi


def _reach_back(v: DocView, a: int, qi: int, n: int) -> int:
    """The token n words before qi, a place's name counting as one word: "خفّضت عديدها في قاعدة عين
    الأسد الجوية غربي محافظة الأنبار إلى نحو 400 جندي" is a short clause with long names in it."""
    j, left = qi, n
    while j > a and left > 0:
        j -= 1
        o = next((x for x in v.occs_in(max(a, j - 8), j + 1) if x.t0 <= j <= x.t1), None)
        if o is not None and v.is_place(o.eid):
            j = max(a, o.t0)
        left -= 1
    return j


def extract_posture(doc: Doc, standing_verbs: set[int] | None = None) -> list[Posture]:
    """Posture records of ``doc``; the start offsets of present-tense keeping verbs that state
    a standing force ("تنشر الولايات المتحدة في البحرين نحو 9 آلاف عسكري") go to ``standing_verbs``."""
    v = view_of(doc)
    out: list[Posture] = []
    main = _main_country(v)
    q_start = {q.id: q.start for q in doc.quantities}
    for q in doc.quantities:
        if q.unit not in _UNITS:
            continue
        qi = v.token_at(q.start)
        if qi < 0:
            continue
        qend = v.token_at(max(q.start, q.end - 1))
        a, b = v.sentence_tokens(q.start)
        # "… مقارنة بنحو 2500 جندي قبل …"، "خفّضت عديد قواتها من قرابة ألفي جندي": the strength it had before,
        # of the force and place the sentence has just given
        # (not "سينخفض من نحو ألف جندي حالياً إلى …": a strength that is still the present one)
        # (the postures already read in this sentence before the count)
        told = [p for p in out if p.quantity in q_start and a <= v.token_at(q_start[p.quantity]) < qi]
        if told and qi > a and (v.bare(qi - 1) == "مقارنه" or (v.bare(qi - 1) == "من" and any(
                (v.bare(j).lstrip("وفل") in _CHANGE_WORDS - _CHANGE_TO_COME - _CHANGE_NOUNS)
                # ("خفض الجيش عديده من نحو …": the past verb, its subject after it)
                or (v.bare(j).lstrip("وفل") in ("خفض", "رفع") and j + 1 in v.occ_at)
                for j in range(max(a, qi - 7), qi - 1)))):
            q.entity = told[-1].actor
            # (its own place, if the comparison names one: "مقارنة بنحو 2500 جندي كانوا منتشرين في العراق")
            own = next((o.eid for o in v.occs_in(qend + 1, min(b, qend + 6)) if v.is_place(o.eid)
                        and v.prep_of(o) in ("في", "داخل") and o.eid != told[-1].actor), told[-1].location)
            out.append(Posture(id=f"P{len(out) + 1}", actor=told[-1].actor, location=own,
                               quantity=q.id, time=None, date=None, status="former"))  # type: ignore[arg-type]
            continue
        contributor = _contributor(v, a, qi)
        if contributor is not None:
            # its place is the total's, told just before in the sentence, else the place the sentence
            # names after it ("… في قوة اليونيفيل المنتشرة في لبنان"), else the article's country
            loc = told[-1].location if told else next(
                (o.eid for o in v.occs_in(qend + 1, b) if v.is_place(o.eid) and v.prep_of(o) in ("في", "داخل")
                 and o.eid != contributor.eid), main)
            if loc is not None and loc != contributor.eid:
                q.entity = contributor.eid
                out.append(Posture(id=f"P{len(out) + 1}", actor=contributor.eid, location=loc, quantity=q.id,
                                   time=None, date=doc.published_iso, status="current"))
            continue
        before = [v.bare(j) for j in range(max(a, qi - 6), qi)]
        # a strength to be reached or brought down to: "خفض عدد قواتها في العراق إلى نحو 2000 جندي"
        change_at = next((j for j in range(qi - 2, _reach_back(v, a, qi, 9) - 1, -1)
                          if v.bare(j).lstrip("وفل") in _CHANGE_WORDS), None) if qi > a and v.bare(qi - 1) == "الي" else None
        if change_at is None and any(w in _NOT_POSTURE for w in before):
            continue
        if any(v.bare(j) in _NOT_POSTURE for j in range(qend + 1, min(b, qend + 3))):
            continue  # "نشر ثلاثمئة عسكري إضافي": added forces
        actor: Occ | None = None
        sized = False
        from_told = False
        # "ألفي جندي من الجيش العراقي": the force the count is part of
        nxt = qend + 1
        if nxt < b and v.bare(nxt) == "من" and nxt + 1 in v.occ_at and v.by_id[v.occ_at[nxt + 1].eid].type == "ORG":
            actor = v.occ_at[nxt + 1]
        if nxt < b and nxt in v.occ_at and v.prep_of(v.occ_at[nxt]) == "من" and v.by_id[v.occ_at[nxt].eid].type == "ORG":
            actor = v.occ_at[nxt]
        # "أكثر من 10 آلاف جندي من قوات اليونيفيل": من + a force noun + the force
        if actor is None and nxt + 2 < b and v.bare(nxt) == "من" and v.bare(nxt + 1) in _FORCE_NOUNS \
                and nxt + 2 in v.occ_at and _is_force(v, v.occ_at[nxt + 2]):
            actor = v.occ_at[nxt + 2]
        # "نحو 900 جندي أميركي": the counted noun with a nationality is the force
        if actor is None:
            for o in v.occs_in(qi, min(b, qend + 2)):
                if qi <= o.t0 <= qend and o.t1 >= qend and v.by_id[o.eid].type == "ORG":
                    actor = o
                    break
        # a size word or a verb of keeping or deploying before the count: its force before it or after it
        # (past a relative clause set off by commas: "وتضم بعثة أوسوم، التي حلّت محل …، نحو 11 ألف عنصر")
        count_at = _governing_end(v, a, qi)
        verb_at = None
        # (a change of a force's size to a level names its place on the way: "خفّضت عديدها في قاعدة … إلى نحو 400")
        reach = _reach_back(v, a, count_at, 8) if change_at is not None else max(a, count_at - 8)
        for j in range(count_at - 1, reach - 1, -1):
            w = v.bare(j)
            if w[:1] in ("و", "ف") and w not in _SIZE_WORDS and w[1:] in _SIZE_WORDS | _KEEP | _PLANNED:
                w = w[1:]  # "وتنشر تركيا نحو 5 آلاف جندي": the verb with its conjunction
            if w in _SIZE_WORDS or w in _KEEP or w in _PLANNED:
                verb_at = j
                sized = w in _SIZE_WORDS
                break
        estimated = False
        if verb_at is None and qi > a and (v.tokens[qi].folded.startswith("ب") or v.bare(qi - 1) in _ABOUT_WITH_BI):
            # "وتقدّر مصادر عسكرية عدد قوات القيادة العامة في سرت وقاعدة القرضابية جنوبها بنحو ثلاثة آلاف عنصر":
            # the number an estimate puts on a force, however long the force and its place between
            est = next((j for j in range(qi - 2, max(a, qi - 18), -1)
                        if v.bare(j) == "عدد" and any(v.bare(x).lstrip("و") in _ESTIMATE_VERBS
                                                       for x in range(max(a, j - 5), j))), None)
            if est is not None and not any(v.comma_clause(x) or v.is_strong_break(x) for x in range(est + 1, qi)):
                verb_at, sized, estimated = est, True, True
        owned = next((j for j in range(max(a, qi - 8), qi) if _possessed_force(v.tokens[j].folded)
                      # "عديد العسكريين المنتشرين في …": the force counted by a size noun, unnamed
                      or (v.bare(j) in _UNNAMED_FORCES and v.bare(j - 1) in count_words("size"))
                      # "مشيرة إلى أن عديدها الإجمالي في لبنان يبلغ …": a size noun whose pronoun is the subject's
                      or (v.bare(j) in _OWN_SIZE and v.bare(j - 1) in ("ان", "بان", "لان"))), None)
        if actor is None and verb_at is not None and v.bare(verb_at) not in _OWN_SIZE:
            # (a size noun with its pronoun, "عديدها في قاعدة … جنوبي جزيرة قبرص", is the force's before it)
            actor = _force_near(v, verb_at + 1, count_at)
            if actor is not None:
                # "تنتشر القوات التركية في …، يقدر عدد الجنود فيها بنحو …": the force named again, told first before
                actor = next((o for o in v.occs_in(a, verb_at) if o.eid == actor.eid), actor)
        if actor is None and verb_at is not None \
                and not (owned == verb_at + 1 and _possessed_force(v.tokens[owned].folded)):
            # (a size word with its own possessed force, "عدد عناصره", names no force before it)
            actor = _force_near(v, max(a, verb_at - 7), verb_at)
        if actor is None and verb_at is not None and owned is not None:
            # "عديد وحداته جنوب الليطاني بلغ …": the owner of the possessed force is the body named last before it
            # (the sentence's subject: "أعلن الجيش اللبناني …، بعد انسحاب القوات الإسرائيلية …، ليرتفع عدد عناصره")
            # (a force first: not the government a spokesman speaks for, "الناطق باسم الحكومة …، أن الجيش الوطني")
            subjects = [o for o in v.occs_in(a, owned) if v.by_id[o.eid].type == "ORG" and v.prep_of(o) == ""
                        and v.is_actorish(o.eid) and not v.is_outlet(o.eid) and not (o.t0 > 0 and v.bare(o.t0 - 1) == "باسم")]
            actor = next((o for o in subjects if _force_like(v.by_id[o.eid])), subjects[0] if subjects else None)
            if actor is None and change_at is not None:
                # "وقررت الولايات المتحدة خفض عدد قواتها …": a state, the subject that changes its own forces
                actor = next((o for o in v.occs_in(a, change_at) if _is_force(v, o) and v.prep_of(o) == ""
                              and v.is_actorish(o.eid) and not v.is_outlet(o.eid)), None)
            sized = sized or v.bare(owned - 1) in _SIZE_WORDS
        if actor is None and verb_at is not None:
            # "البعثة، التي يبلغ قوام قواتها …"، "اليونيفيل، التي ينتشر في إطارها …": the body the relative
            # clause describes, whatever its preposition
            rel = next((j for j in range(verb_at - 1, max(a, verb_at - 3) - 1, -1) if v.bare(j) in _RELATIVES), None)
            if rel is not None:
                actor = next((o for o in reversed(v.occs_in(max(a, rel - 8), rel)) if o.t1 == rel - 1
                              and v.by_id[o.eid].type == "ORG" and v.is_actorish(o.eid) and not v.is_outlet(o.eid)), None)
        if actor is None and verb_at is not None and not sized and _pronoun_subject(v, verb_at):
            # "زعم الجيش الإسرائيلي … مضيفاً أنه يُبقي نحو ألفي جندي في …"، "وباتت تنشر نحو 350 عنصراً":
            # the keeping verb's subject is a pronoun, the body the sentence is about
            # (the first bare subject; a government or a ministry that speaks keeps no forces named so)
            first = next((o for o in v.occs_in(a, verb_at) if v.prep_of(o) == "" and v.is_actorish(o.eid)
                          and not v.is_outlet(o.eid)), None)
            if first is not None and _is_force(v, first) and (
                    v.by_id[first.eid].type == "LOC" or _force_like(v.by_id[first.eid])):
                actor = first
        if actor is None and sized and verb_at is not None and any(
                v.bare(j) in _ANAPHORIC_FORCES for j in range(verb_at, qi)):
            # "ويبلغ عديد القوة المنتشرة في جنوب لبنان …": the force told of just before
            prev = [o for o in v.occs_in(max(0, a - 80), a) if v.by_id[o.eid].type == "ORG"
                    and v.is_actorish(o.eid) and not v.is_outlet(o.eid) and _force_like(v.by_id[o.eid])]
            # (a force told as a subject before one told after a preposition: "تعزيزات دفع بها الجيش السوداني
            # … لتأمين الولاية من أي هجمات لقوات الدعم السريع": the forces there are the army's)
            subjects = [o for o in prev if v.prep_of(o) == ""]
            actor = subjects[-1] if subjects else prev[-1] if prev else None
        # "لـ X نحو N جندي": the owner with ل
        if actor is None:
            for o in reversed(v.occs_in(max(a, qi - 5), qi)):
                if v.prep_of(o) == "ل" and _is_force(v, o) and not v.is_outlet(o.eid) and not any(
                        v.bare(x) in ("ان", "بان") or v.comma_before(x) or v.is_strong_break(x)
                        for x in range(o.t1 + 1, qi + 1)):
                    # (not the outlet a source spoke to: "قال قائد لـ«الشرق الأوسط» إن نحو 1500 عنصر …";
                    # nor the body past a comma: "تسليم أنفسهم للسلطات العسكرية، على غرار ثلاثة إرهابيين
                    # سلّموا أنفسهم في …", a guard)
                    actor = o
                    break
        if actor is None and (verb_at is not None or (change_at is not None and (any(
                v.bare(j) in ("العدد", "عدده", "عددها", "عددهم") for j in range(change_at + 1, qi))
                or v.bare(change_at).endswith(("ه", "ها"))
                # "…، على أن يصل إلى 10 آلاف عسكري": a verb with no subject of its own, the number just told
                or (change_at == qi - 2 and v.bare(change_at).lstrip("وفل") in _CHANGE_TO_COME)))):
            # "يبلغ عددها 1500 عسكري، على أن يبقى بعد الانسحاب نحو 300 مستشار في أربيل": the force the
            # sentence has just counted (``told``, read above); "…، على أن يُرفع العدد إلى 12 ألف عسكري": the
            # number it has just told, raised
            if told:
                actor = next((o for o in v.occs_in(a, qi) if o.eid == told[-1].actor), None)
                from_told = actor is not None
        if actor is not None and actor.t0 > qend and any(
                v.bare(j).lstrip("و") in _MOVED_VERBS for j in range(actor.t1 + 1, min(b, actor.t1 + 3))):
            continue  # "نحو 1500 عنصر من قوات الانتقالي غادروا مواقعهم": forces that moved, not kept
        if actor is None or _generic_party(v.by_id[actor.eid]):
            continue  # ("آلاف المقاتلين المتحصنين في جبال قنديل": fighters of no one named keep no posture)
        # the place: "في Y" in the count's clause, after the count or between verb and count
        loc_id = None
        lo = verb_at if verb_at is not None else max(a, qi - 3)
        if owned is not None:
            lo = min(lo, owned)
        if sized and verb_at is not None:
            # "عديد القوات الأميركية في العراق يبلغ …": the size noun opens the phrase of force and place
            noun = next((j for j in range(verb_at - 1, max(a, verb_at - 9) - 1, -1)
                         if v.bare(j) in count_words("size")), None)
            if noun is not None:
                lo = min(lo, noun)
        # (up to a comma: "… ينتشرون في أكثر من 80 قاعدة وموقعاً عسكرياً داخل إقليم كردستان، وهو رقم …")
        stop = next((j for j in range(qend + 1, min(b, qend + 14)) if v.comma_clause(j) or v.is_strong_break(j)
                     or _shares_out_at(v, j)),
                    min(b, qend + 14))
        after, before = v.occs_in(qend + 1, stop), v.occs_in(lo, qi)
        # a stated size names its place with the force ("عديد القوات في العراق يبلغ 2000 عسكري يتمركز
        # أغلبهم في إقليم كردستان": the total is in Iraq; most of it in Kurdistan)
        for o in (before + after if sized else after + before):
            bare_between = sized and lo < o.t0 < qi and v.prep_of(o) == ""  # "عديد وحداته جنوب الليطاني بلغ …"
            # ("يتوزعون بين قاعدة حرير ومطار أربيل"، "ينتشرون على امتداد جبال حمرين")
            along = o.t0 > 0 and v.bare(o.t0 - 1) in ("امتداد", "طول")
            # ("على امتداد الشريط الحدودي لولاية تبسة": along the border strip of a place, its genitive by ل; "ويرابط في
            # الجبهات الشمالية لمحافظة لحج": in a part of a place, likewise after في)
            along = along or (v.prep_of(o) == "ل" and any(
                v.bare(x) in ("امتداد", "طول", "في") and all(v.bare(y).startswith("ال") for y in range(x + 1, o.t0))
                for x in range(max(0, o.t0 - 4), o.t0 - 1)))
            # ("ينشر نحو 20 ألف عنصر على الحدود مع سوريا"، "على طول الحدود": on a border or a line)
            # ("يحتفظ بنحو 9 آلاف عسكري جنوب الليطاني": a compass region right after the count needs no في)
            # (past the force's own words after the count: "يتمركز نحو 10 آلاف عسكري لبناني جنوب نهر الليطاني")
            compass = (o.t0 == qend + 1 or actor.t0 <= qend + 1 and actor.t1 == o.t0 - 1) \
                and v.prep_of(o) == "" and v.bare(o.t0) in COMPASS
            # ("وتضم قاعدة حرير نحو 1500 جندي أمريكي": the place that holds them is the verb's subject)
            compass = compass or (verb_at is not None and o.t0 == verb_at + 1 and v.prep_of(o) == ""
                                  and v.bare(verb_at).lstrip("و") in ("تضم", "يضم", "تستضيف", "يستضيف"))
            # ("وفي محيط مصفاة الزاوية"، "قرب الحدود": around or near a place)
            around = o.t0 > 1 and v.bare(o.t0 - 1) in ("محيط", "اطراف", "وسط") and v.bare(o.t0 - 2) in ("في", "علي")
            # ("وينتشر في صحراء غرب الأنبار": a side of a place, after في and the land it names)
            around = around or (o.t0 > 2 and v.bare(o.t0 - 1) in COMPASS and "في" in (v.bare(o.t0 - 2), v.bare(o.t0 - 3)))
            if v.is_place(o.eid) and (v.prep_of(o) in ("في", "داخل", "ب", "بين", "علي", "قرب", "عند", "حول")
                                      or bare_between or along or compass or around) and o.eid != actor.eid:
                loc_id = o.eid
                break
        if loc_id is None and verb_at is not None and verb_at - 1 > a and v.bare(verb_at - 1) == "حيث":
            # "نقل قسم من قواته إلى إقليم كردستان، حيث تحتفظ الولايات المتحدة بنحو ألفي جندي": the place حيث refers to
            loc_id = next((o.eid for o in v.occs_in(max(a, verb_at - 8), verb_at - 1) if o.t1 == verb_at - 2
                           and v.is_place(o.eid) and o.eid != actor.eid), None)
        if loc_id is None and verb_at is not None and verb_at + 1 < b and v.bare(verb_at + 1) in ("فيه", "فيها") \
                and verb_at > a and v.bare(verb_at - 1) in _RELATIVES:
            # "معسكر ليمونييه الذي تحتفظ فيه الولايات المتحدة بنحو 4 آلاف عسكري": the place the clause describes
            ante = next((o for o in v.occs_in(max(a, verb_at - 8), verb_at - 1) if o.t1 == verb_at - 2), None)
            if ante is not None and v.is_place(ante.eid) and ante.eid != actor.eid:
                loc_id = ante.eid
        if loc_id is None and verb_at is not None and any(v.bare(j) == "هناك" for j in range(verb_at, qi)):
            # "دفع … إلى منطقة جنوب الليطاني، ليرتفع عديد وحداته المنتشرة هناك إلى …": there, where they were sent
            loc_id = next((o.eid for o in reversed(v.occs_in(a, verb_at)) if v.is_place(o.eid)
                           and v.prep_of(o) in ("الي", "نحو", "باتجاه") and o.eid != actor.eid), None)
        if loc_id is None and sized and verb_at is not None and actor.t1 < verb_at:
            # "تنتشر القوات التركية في إقليم كوردستان، ويبلغ عددها نحو 5 آلاف جندي": the place the force was
            # just said to be in, between it and its size
            loc_id = next((o.eid for o in v.occs_in(actor.t1 + 1, verb_at) if v.is_place(o.eid)
                           and v.prep_of(o) in ("في", "داخل", "ب") and o.eid != actor.eid), None)
        if loc_id is None and sized and not estimated:  # (an estimate names its own place, or none is read)
            # (in the count's clause: not "…، فيما تعقد اللجنة اجتماعها المقبل في دمشق")
            clause_end = next((j for j in range(qend + 1, b) if v.bare(j) in ("فيما", "بينما")
                               or (v.bare(j) == "في" and v.bare(j + 1) == "حين")), b)
            places = [o for o in v.occs_in(a, clause_end) if v.is_place(o.eid) and v.is_country(o.eid)
                      and o.eid != actor.eid]
            loc_id = places[0].eid if len({p.eid for p in places}) == 1 else main
        if loc_id is None and (from_told or (change_at is not None and told and actor.eid == told[-1].actor)):
            loc_id = told[-1].location  # (where the force just counted is: "… حيث ينتشر …، على أن يُرفع العدد إلى …")
        if loc_id is None and told and any(v.bare(j) == "جانب" and v.bare(j - 1) == "الي" for j in range(max(a + 1, qi - 3), qi)):
            loc_id = told[-1].location  # "…، إلى جانب قرابة 7500 جندي من «اليونيفيل»": alongside those just counted
        if loc_id is None or loc_id == actor.eid:
            continue
        window = [v.bare(j) for j in range(max(a, qi - 8), qi)]
        status = "current"
        future_verb = verb_at is not None and v.tokens[verb_at].folded.startswith(("سي", "ست"))
        # ("على أن يبقى … نحو 300 مستشار": what is to remain)
        bound = any(v.bare(j) == "ان" and v.bare(j - 1) == "علي" for j in range(max(a + 1, qi - 8), qi))
        # ("قوة … قوامها 150 عنصراً ستبقى منتشرة في …": a future keeping verb right after the count)
        kept_after = any(v.bare(j) in _PLANNED for j in range(qend + 1, min(b, qend + 3)))
        if any(w in _PLANNED for w in window) or future_verb or bound or kept_after:
            status = "planned"
        elif change_at is not None and v.bare(change_at).lstrip("وفل") in _CHANGE_NOUNS | _CHANGE_TO_COME \
                and not (v.bare(change_at).lstrip("وفل") in ("خفض", "رفع") and change_at + 1 in v.occ_at):
            status = "planned"  # "قررت خفض عدد قواتها إلى …": a level to be reached; "قلّصت … إلى": the level now"
        elif any(w in _FORMER for w in window[-5:]):
            status = "former"
        if _civilians(v.by_id[actor.eid]):
            continue  # ("اعتصاماً كان يخوضه عشرات البحارة داخل ميناء الحسيمة": people, no forces kept)
        actor_id = _state_for_counted(v, actor.eid)
        q.entity = actor_id
        if standing_verbs is not None and status == "current" and verb_at is not None and not sized \
                and v.bare(verb_at).lstrip("وف")[:1] in ("ت", "ي") \
                and not any(v.bare(j) in _BEGIN for j in range(max(a, verb_at - 3), verb_at)):
            standing_verbs.update(range(v.tokens[verb_at].start, v.tokens[verb_at].end))
        out.append(Posture(id=f"P{len(out) + 1}", actor=actor_id, location=loc_id, quantity=q.id,
                           time=None, date=doc.published_iso if status == "current" else None,
                           status=status))  # type: ignore[arg-type]
    return out


def make_component() -> Process:
    def run(doc: Doc) -> Doc:
        standing: set[int] = set()
        doc.posture = extract_posture(doc, standing)
        if standing:
            # a force said to be kept somewhere now is posture, not a deployment under way
            kept = [e for e in doc.events
                    if not (e.type == "MOBILIZE" and e.status == "ongoing" and e.trigger.start in standing)]
            if len(kept) < len(doc.events):
                for n, e in enumerate(kept, 1):
                    e.id = f"V{n}"
                doc.events = kept
        return doc

    return run
