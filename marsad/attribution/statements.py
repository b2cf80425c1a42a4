"""Reported speech and unnamed groups' readings: ``Statement`` and ``Claim`` records.

A reporting cue (قال، أعلن، أوضح … ``data/cues.tsv``) opens a statement. Its speaker
is the entity or unnamed source after the verb (or before it, or the last speaker when
the verb has no subject: "وأضاف أن"); its outlet the one that carried it (نقلت وكالة X
عن Y، بحسب ما نقلت شبكة Z، قال لـ X، في تصريحات لقناة X); its content what follows
أن/إن or the quotation. Participles (مشيراً، مؤكدةً) continue the statement before them.
A reading attributed to an unnamed group (يرى مراقبون، بحسب مصادر) is a ``Claim``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lang.ar import banner_words, count_words
from ..doc import Doc
from ..events.lexicon import _expand, strip_word
from ..events.recognise import entity_gender, past_verb_gender
from ..events.view import PARTICIPLE_CONT, PREPOSITIONS, STATEMENT_NOUNS, DocView, Occ, _unjoined, view_of
from ..record import Claim, Span, Statement
from ..resources import read_tsv
from ..text.matcher import Hit, PhraseMatcher, fold_key
from ..text.normalise import fold_text

__all__ = ["read_attribution", "cue_lexicon"]

_PKG = "marsad.attribution.data"
_OUTLET_HEADS = frozenset({"وكاله", "شبكه", "قناه", "صحيفه", "موقع", "اذاعه", "تلفزيون", "فضائيه", "جريده", "مجله",
                           "الوكاله", "الشبكه", "القناه", "الصحيفه", "الموقع", "الاذاعه", "التلفزيون"})
_CLAUSE_OPENERS = frozenset({"لكن", "ولكن", "غير", "فيما", "بينما", "حين", "حيث", "الذي", "التي"})
_MEDIA_NOUNS = frozenset({"تصريحات", "تصريح", "حديث", "مقابله", "لقاء", "اتصال", "بيان"})
# a new clause between a noun and the verb after it ("تسلل تلك المجموعات، فيما نفت …"): not its subject
_NEW_CLAUSE = frozenset({"فيما", "بينما", "حين", "حينما", "عندما", "لكن", "لكنه", "لكنها", "اذ", "حيث"})
# a stance as the object of a reporting verb ("أكد دعمه"، "أعلن رفض"، "جدّد تضامن")
_STANCE_NOUNS = frozenset({"دعم", "رفض", "استعداد", "ضروره", "اهميه", "حرص", "التزام", "تمسك", "ترحيب", "تضامن",
                           "وقوف", "استمرار", "عزم", "رغبه"})
_LATTER = frozenset({"الاخير", "الاخيره", "الاخيرين", "الاخيرون"})
# the form a statement took, in an aside after its speaker ("، في بيان،"); not an occasion (اتصال، لقاء)
_DOCUMENT_NOUNS = frozenset({"بيان", "بلاغ", "تصريح", "تصريحات", "مؤتمر", "كلمه", "حديث", "مقابله", "تغريده",
                             "منشور", "رساله"})


# nouns a quoted name follows: a body, an operation, a plan, a vessel ("منظمة "بي كي كي""، "عملية «درع الفرات»")
_NAMED_THINGS = frozenset({"منظمه", "تنظيم", "حركه", "جماعه", "جبهه", "فصيل", "فصائل", "ميليشيا", "ميليشيات",
                           "مليشيا", "كتيبه", "كتائب", "لواء", "سرايا", "فرقه", "قوه", "قوات", "تحالف", "ائتلاف",
                           "حزب", "كتله", "تيار", "مجموعه", "شركه", "عمليه", "عمليات", "حمله", "مناوره", "مناورات",
                           "تمرين", "خطه", "مبادره", "مشروع", "برنامج", "اتفاق", "اتفاقيه", "مؤتمر", "منتدي",
                           "سفينه", "ناقله", "حامله", "مدمره", "فرقاطه", "طائره", "صاروخ", "صواريخ", "منظومه",
                           "منصه", "موقع", "قناه", "صحيفه", "وكاله", "اذاعه", "شبكه", "مخيم", "معسكر"})


# what opens an attribution ("بحسب"، "وفقاً لـ"), and a relay set off by commas after the speaker: "أعلن X، بحسب ما
# نقلت وكالة Y، …"
_RELAY_ASIDES = frozenset({"بحسب", "حسب", "حسبما", "وفق", "وفقا"})


def _is_document(folded: str) -> bool:
    """A word (with its clitics) naming the form a statement took: "بيان"، "بتصريح"، "تغريدة"."""
    return any(w in _DOCUMENT_NOUNS for w in strip_word(folded))


_COMPLEMENTIZERS = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها", "انهم", "بانهم", "انهما"})
# titles of one sent to a place: "المبعوث الأممي إلى ليبيا"، "سفير واشنطن لدى بغداد"
_ENVOY_HEADS = ("مبعوث", "سفير", "ممثل", "مندوب")
# "the same": "المصدر ذاته"، "الناطق نفسه"
_SAME_WORDS = frozenset({"ذاته", "ذاتها", "نفسه", "نفسها", "ذاتهم", "نفسهم", "انفسهم"})
_STOP_WORDS = frozenset({"الي", "علي", "عن", "في", "من", "مع", "ضد", "بين", "خلال", "بعد", "قبل", "حول", "نحو",
                         "لدي", "عند", "منذ", "ما", "الذي", "التي", "هذا", "هذه", "ذلك", "تلك"})
# "رجل يُدعى X"، "شاب يدعى Y": a person called so
_NAMED_PERSON_NOUNS = frozenset({"رجل", "رجلا", "شخص", "شخصا", "شاب", "شابا", "امراه", "سيده", "فتاه", "طفل", "مواطن",
                                 "عنصر", "لاجئ", "مهاجر", "متهم", "مشتبه", "موظف", "سجين", "معتقل"})
# impersonal passives: "ويُذكر أن"، "يُشار إلى أن" have no speaker
# surfaces that are also common other words (بين "between", تابع "affiliated"): content must follow closely
# تابع's participle, "affiliated to" (تابعاً لـ، تابعين لـ), is no reporting verb
_AFFILIATED = frozenset({"تابعا", "تابعين", "تابعون", "تابعتين", "تابعان"})
# what makes طالب a student ("طالب جامعي"، "طالب في كلية الطب" is left to the verb's other checks)
_STUDENT_ADJECTIVES = frozenset({"جامعي", "جامعيه", "ثانوي", "ثانويه", "جامعيا", "متفوق", "دكتوراه", "ماجستير"})
_AMBIGUOUS = frozenset({"بين", "وبين", "تابع", "وتابع", "ذكر", "نقل", "تتابع", "يتابع"})
# verbs whose object can be what was said as a noun: "أعلن الجيش إحباط هجوم"
# verbs whose object is what is said: "أعلنت الوزارة مقتل …" (a speech act with only an object, "دانت
# الوزارة الهجوم", is an event, not reported speech, unless it quotes or says أنّ …)
_ANNOUNCE = frozenset({"أعلن", "كشف", "أكد", "نفى"})
_CONDEMNING = frozenset({"دان", "أدان", "استنكر", "ندد"})
# speech acts: reported speech only when what is said follows at once ("اتهم … بأن"، "هدد: «…»")
_SPEECH_ACTS = frozenset({"دان", "أدان", "استنكر", "ندد", "اتهم", "هدد", "توعد"})
_RELAY_PRONOUN = frozenset({"نقلته", "نقلتها", "اوردته", "اوردتها", "بثته", "بثتها", "نشرته", "نشرتها", "ذكرته",
                            # with a masculine outlet: "في تصريح بثه التلفزيون العمومي"
                            "نقله", "نقلها", "اورده", "اوردها", "بثه", "بثها", "نشره", "نشرها", "ذكره"})
# adjectives that tie plural sources to an institution or a place: their report is a statement
_SOURCE_DESCRIPTORS = frozenset({"طبيه", "امنيه", "عسكريه", "محليه", "ميدانيه", "اهليه", "حكوميه", "رسميه", "صحيه",
                                 "امميه", "قضائيه", "دبلوماسيه", "عشائريه", "قبليه", "حقوقيه", "اغاثيه", "انسانيه",
                                 "استخباراتيه", "استخباريه", "برلمانيه", "نيابيه"})
_REPORTER_NOUNS = frozenset({"مراسل", "مراسله", "مراسلو", "مراسلي", "مندوب", "موفد"})
_IMPERSONAL = frozenset({"يذكر", "ويذكر", "يشار", "ويشار", "يقال", "ويقال", "يعتقد", "يتوقع", "ينظر", "ويعتقد"})
# a pronoun before a verb that names the clause's subject: "غير أنها أعلنت"، "لكنه قال"
_PRONOUN_SUBJECTS = frozenset({"انها", "انه", "لكنها", "لكنه", "بانها", "بانه", "انهم", "لكنهم"})
# the command or leadership of a body, in construct with it ("بيان لقيادة الجيش"), folded without ل
_COMMANDS_OF = frozenset({"قياده", "القياده", "رئاسه", "اداره"})
# what protesters carry or chant, which "asks" or "condemns" in their stead: "رفعوا لافتات تطالب بـ…" (lang/ar)
_BANNERS = banner_words()
# what "according to" can name before its issuer: "بحسب بيان للجيش"، "وفق تصريحات لوزير الخارجية"
_ACCORDING_DOCUMENTS = frozenset({"بيان", "تصريح", "تصريحات", "تقرير", "بلاغ", "رساله", "تغريده", "منشور"})
_CONTENT_OPENERS = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها", "انهم", "بانهم", "انهما", "عن"})

# a speaker's words told by a verbal noun with his pronoun, after "عن" + an unnamed source
# (and praise, welcome, condemnation or a call: "نقلت الوكالة عن محافظ شبوة إشادته بجهود الوسطاء، ودعوته …")
_SAYING_NOUNS = frozenset({"اتهامهم", "اتهامه", "اتهامها", "تاكيدهم", "تاكيدها", "مطالبتهم", "مطالبته", "تحذيرهم",
                           "تحذيره", "شكواهم", "روايتهم", "وصفهم", "نفيهم", "نفيه", "قولهما",
                           "مطالبتها", "تحذيرها", "نفيها", "اشادته", "اشادتها", "اشادتهم", "ترحيبه", "ترحيبها",
                           "ترحيبهم", "تنديده", "تنديدها", "تنديدهم", "استنكاره", "استنكارها", "دعوته", "دعوتها",
                           "دعوتهم", "رفضه", "رفضها", "رفضهم", "تعهده", "تعهدها", "تعهدهم"})


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    kind: str
    tense: str | None


@dataclass
class CueLexicon:
    matcher: PhraseMatcher[Cue]
    heads: dict[str, tuple[str, str]]  # folded head → (role, holder_kind)


# "يبلغ" amounts to (not "informs") after a size noun or before an amount
_AMOUNT_BEFORE = count_words("size") | {"حجم", "اجمالي", "مجموع"}
_AMOUNT_AFTER = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "ما", "عددهم", "عددها"})
_AMOUNT_WORDS = _AMOUNT_BEFORE | _AMOUNT_AFTER


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    """The cues, once per process: the pre-built index when it is current (``marsad.prebuilt``)."""
    from ..prebuilt import load

    lex: CueLexicon = load("attribution")
    return lex


def build_cue_lexicon() -> CueLexicon:
    """Read and compile ``data/cues.tsv`` and ``data/sources.tsv`` (``scripts/build_indexes.py``)."""
    entries: list[tuple[str, Cue]] = []
    for row in read_tsv(_PKG, "cues.tsv", min_fields=4):
        lemma, pos, forms, kind = row[:4]
        if pos == "W":
            entries.append((forms, Cue(lemma, kind, None)))
        else:
            for surface, tense in _expand("V", forms):
                entries.append((surface, Cue(lemma, kind, tense)))
    for p in PARTICIPLE_CONT:
        entries.append((p, Cue(p, "cont", None)))
    heads: dict[str, tuple[str, str]] = {}
    for row in read_tsv(_PKG, "sources.tsv", min_fields=3):
        heads[fold_key(row[0])] = (row[1], row[2])
    for w in ("ذكره", "ذكرته", "نقله", "نقلته", "اورده", "اوردته", "تلاه", "تلته", "اعلنه", "اعلنته", "اكده", "اكدته"):
        entries.append((w, Cue(w, "say", "past")))
    return CueLexicon(PhraseMatcher(entries, suffixes=("ه", "ها", "هم")), heads)


# words that open a sentence before its subject: "غير أن …"، "إلا أن …"، "بيد أن …" (folded)
_SUBJECT_OPENERS = frozenset({"غير", "الا", "بيد", "ان", "لكن", "ولكن"})
# words that open a new clause with a subject of its own inside a sentence ("فيما قال …"، "بينما أكد …")
_OTHER_CLAUSE = frozenset({"فيما", "بينما", "حين", "حيث", "وفيما", "وبينما"})
# "كان" before a subject and its verb ("وكانت الوزارة قد طالبت …")
_BEING = frozenset({"كان", "كانت", "كانوا"})


@dataclass
class _St:
    cue: tuple[int, int]
    cue_tok: int
    speaker: str | None
    speaker_text: tuple[int, int] | None
    via: str | None
    content: tuple[int, int] | None
    direct: bool
    sent: tuple[int, int]


class Reader:
    def __init__(self, doc: Doc, lex: CueLexicon, view: DocView) -> None:
        self.doc, self.lex, self.v = doc, lex, view
        self.text = doc.text
        self.statements: list[_St] = []
        self.claims: list[Claim] = []
        self.time_tokens = view.time_token_set()
        # lookups by sentence and holder, kept up with the (append-only) lists: no rescan per cue
        self._by_sent: dict[tuple[int, int], list[_St]] = {}
        self._n_indexed = 0
        self._holder_starts: set[int] = set()
        self._n_claims = 0

    def _in_sentence(self, sent: tuple[int, int]) -> list[_St]:
        """The statements found so far in a sentence, in the order they were found."""
        while self._n_indexed < len(self.statements):
            st = self.statements[self._n_indexed]
            self._by_sent.setdefault(st.sent, []).append(st)
            self._n_indexed += 1
        return self._by_sent.get(sent, [])

    def _has_holder_at(self, start: int) -> bool:
        while self._n_claims < len(self.claims):
            self._holder_starts.add(self.claims[self._n_claims].holder.start)
            self._n_claims += 1
        return start in self._holder_starts

    # --- small helpers
    def _head(self, i: int) -> tuple[str, str] | None:
        """The unnamed-source head at token i (مصدر، مراقبون، البيان …), if any."""
        tok = self.v.tokens[i]
        for w in [tok.folded, tok.stem] + strip_word(tok.folded):
            if w in self.lex.heads:
                return self.lex.heads[w]
        return None

    def _named_source_at(self, i: int) -> bool:
        """Sources at token i that an adjective ties to an institution or a place ("مصادر طبية"، "مصادر أمنية
        عراقية"، "مصادر محلية"), not "مصادر متطابقة" or "مصادر مطلعة", whose word stays a claim."""
        v = self.v
        return i + 1 < len(v.tokens) and not v.gap(i + 1).strip() and v.bare(i + 1) in _SOURCE_DESCRIPTORS

    def _relays_by_naqlan(self, t: int, b: int) -> bool:
        """"أفادت وكالة الأنباء السورية «سانا» نقلاً عن مصدر …": an outlet after the cue that relays another."""
        v = self.v
        o = v.occ_at.get(self._skip_parentheticals(t + 1, b))
        if o is None or not self._is_outlet(o):
            return False
        return any(v.bare(k) == "نقلا" and v.bare(k + 1) == "عن" for k in range(o.t1 + 1, min(b - 1, o.t1 + 5)))

    def _skip_parentheticals(self, j: int, b: int) -> int:
        """Skip times, "في بيان"-like phrases and commas after a verb."""
        v = self.v
        while j < b:
            if j in self.time_tokens:
                j += 1
                continue
            f = v.bare(j)
            if f in ("في", "خلال") and j + 1 < b and any(w in _MEDIA_NOUNS | {"بيان", "بيانا"} for w in strip_word(v.tokens[j + 1].folded)):
                j += 2
                o = v.occ_at.get(j + 1) if j < b and v.bare(j) in _RELAY_PRONOUN else None
                if o is not None and self._is_outlet(o):
                    # "وقال في تصريح نقلته وكالة الأنباء اليمنية (سبأ) إن …": the outlet relays; no speaker
                    j = o.t1 + 1
                    same = v.occ_at.get(j)
                    if same is not None and same.eid == o.eid:
                        j = same.t1 + 1  # its short name in marks: "وكالة الأنباء اليمنية «سبأ»"
                    elif j < b and "(" in v.gap(j) and ")" in v.gap(j + 1):
                        j += 1  # its acronym in brackets
                continue
            if f in ("اليوم", "امس", "ايضا", "بدوره", "بدورها", "كذلك", "سابقا", "لاحقا", "مجددا",
                     "خلاله", "خلالها", "فيه", "فيها"):  # ("تلقى اتصالاً أكد خلاله دعم …": during it)
                j += 1
                continue
            break
        return j

    def _is_outlet(self, o: Occ) -> bool:
        v = self.v
        if v.is_outlet(o.eid):
            return True
        first = fold_text(v.tokens[o.t0].folded)
        words = strip_word(first)
        if any(w in _OUTLET_HEADS for w in words):
            return True
        return o.t0 > 0 and any(w in _OUTLET_HEADS for w in strip_word(v.tokens[o.t0 - 1].folded))

    def _np_end(self, i: int, b: int) -> int:
        """End token (exclusive) of an unnamed-source noun phrase starting at i: head + modifiers."""
        v = self.v
        j = i + 1
        skipped = 0  # (a body's name counts as one word)
        while j < b and j - i - skipped < 7:
            f = v.bare(j)
            if v.is_strong_break(j) or "،" in v.gap(j) or "," in v.gap(j):
                break
            if f in ("في", "من") and j <= i + 3 and self._qualifier_end(j, b) > j + 1:
                # a head takes its qualifier: "مصدر في الشركة العامة للموانئ"، "ضابط في الشرطة"، and
                # past its adjectives: "مصدر عسكري في وزارة الدفاع"، "مسؤول محلي في عربت"
                return self._qualifier_end(j, b)
            if f in _COMPLEMENTIZERS or f in ("ان", "إن", "عن", "الي", "الى", "في", "خلال", "لـ", "ل") or j in self.time_tokens:
                break
            if f in ("قوله", "قولها", "قولهم", "تاكيده", "تصريحه", "القول"):
                break
            if f in _SAYING_NOUNS:
                break  # "نقلت الوكالة عن نازحين اتهامهم عناصر …": what they said, told by its noun, begins
            if f in ("ما", "الذي", "التي", "الذين"):
                break  # the object denied or confirmed: "نفى المصدر العسكري ما تداولته صفحات …"
            tok = v.tokens[j]
            if f.startswith("ل") and j in v.occ_at and self._is_outlet(v.occ_at[j]):
                break
            if any(w in _OUTLET_HEADS for w in strip_word(tok.folded)) and tok.folded.startswith("ل"):
                break
            if j in v.occ_at and v.bare(j - 1) != "باسم":
                o = v.occ_at[j]
                if (v.is_place(o.eid) or v.is_actorish(o.eid) and not self._is_outlet(o)) and o.t0 == j \
                        and not o.prefix and all(not v.tokens[x].folded.startswith("ال") for x in range(i + 1, j)):
                    # "قائد شرطة البصرة": the post of a place, in construct with it; "مدير عمليات شركة النورس
                    # للملاحة"، "مستشار لقائد قوات الدعم السريع": the post of a body
                    return o.t1 + 1
                break
            if j in v.occ_at and v.occ_at[j].t0 == j:
                skipped += v.occ_at[j].t1 - j
                j = v.occ_at[j].t1 + 1  # the body a spokesman speaks for, whole: "باسم مفوضية … لحقوق الإنسان"
                if j + 1 < b and j not in v.occ_at and (j + 1) in v.quantity_token_set():
                    break  # a noun and a count after the body begin the content: "باسم القوات المسلحة مقتل ثمانية …"
                continue
            if j == i + 1 and v.bare(i).startswith("ال") and not tok.prefix and not tok.folded.startswith(("ال", "ب", "ل")) \
                    and f not in _SAME_WORDS and not any(ch.isdigit() for ch in f):
                break  # a definite head takes no indefinite genitive: "نفى المصدر استخدام القوة": what was denied
            j += 1
        return j

    def _qualifier_end(self, j: int, b: int) -> int:
        """End (exclusive) of a في/من phrase qualifying an unnamed source, up to a comma, the verb,
        the content or the relaying outlet; j itself when it is a parenthetical ("في تصريح")."""
        v = self.v
        if j + 1 >= b or j + 1 in self.time_tokens or any(
                w in _MEDIA_NOUNS | {"وقت", "حديث", "بيان", "بيانا"} for w in strip_word(v.tokens[j + 1].folded)):
            return j
        k = j + 1
        definite = False  # a definite word seen: "مصدر من الشركة قدّر الخسائر" ends before the verb
        while k < b and k - j <= 7:
            f = v.bare(k)
            if v.is_strong_break(k) or "،" in v.gap(k) or "," in v.gap(k) or k in self.time_tokens:
                break
            folded = v.tokens[k].folded
            is_def = folded.startswith(("ال", "لل", "وال")) or k in v.occ_at or v.tokens[k].is_digit
            if definite and not is_def:
                break
            definite = definite or is_def
            if f in _COMPLEMENTIZERS or f in ("ان", "إن", "عن", "الي", "الى", "لـ", "خلال") or k in getattr(self, "cue_tokens", ()):
                break
            if f.startswith("ل") and k in v.occ_at and self._is_outlet(v.occ_at[k]):
                break
            if any(w in _OUTLET_HEADS for w in strip_word(v.tokens[k].folded)) and v.tokens[k].folded.startswith("ل"):
                break
            k += 1
        return k if k - j <= 7 else j

    def _antecedent_speaker(self, a: int, t: int) -> tuple[str | None, tuple[int, int] | None]:
        """The speaker a pronoun (عنه) points back to: the subject named earlier in the sentence."""
        v = self.v
        for i in range(a, t):
            spk, stext, _n = self._entity_speaker(i, t) if (self._head(i) or i in v.occ_at) else (None, None, i)
            if spk is not None or stext is not None:
                return spk, stext
        prev = self._last_speaker()
        return (prev.speaker, prev.speaker_text) if prev is not None else (None, None)

    def _person_after_title(self, j: int, b: int) -> Occ | None:
        """"القيادي في الحزب روجهات دلوفان"، "قائد عمليات غرب نينوى اللواء الركن سعد الحمداني"،
        "المتحدث باسم "قسد" آزاد حسو": a title phrase, then the person named (past a body's long name: "المتحدث
        الرسمي باسم قوات التحالف لدعم الشرعية في اليمن العميد الركن تركي المالكي")."""
        v = self.v
        # (a spokesman's body, also past a deputy's post: "نائبة الناطق الرسمي باسم …")
        reach = 14 if any(v.bare(x) == "باسم" for x in range(j, min(b, j + 4))) else 10
        for k in range(j, min(b, j + reach)):
            if k > j and (v.is_strong_break(k) or v.bare(k) in _COMPLEMENTIZERS or v.bare(k) in (
                    "بحسب", "حسب", "وفق", "وفقا") or v.bare(k) == "الي" and not self._envoy_before(j, k)):
                return None
            if k > j and v.comma_before(k):
                if v.bare(k - 1) in ("ذاته", "نفسه", "ذاتها", "نفسها"):
                    return None  # ("بحسب المصدر ذاته، الوزير …": the source told of before, then the clause goes on)
                # "عضو لجنة الوساطة، الشيخ نايف أبو حسون،": the name after the comma, an honorific before it
                # (past a rank of three words or more, as the titles lexicon spells it: "العميد الركن البحري")
                for kk in range(k, k + max(3, self._rank_length(k, b) + 1)):
                    if kk < b and (v.bare(kk) in _COMPLEMENTIZERS or kk in self.cue_tokens):
                        return None  # "…، مؤكداً أن المحافظ وعد …": another clause, whose subject is no name of this
                    p = v.occ_at.get(kk)
                    if p is not None:
                        return p if v.by_id[p.eid].type == "PER" else None
                    if kk < b and ("،" in v.gap(kk + 1) if kk + 1 < b else True):
                        break
                return None
            p = v.occ_at.get(k)
            if p is not None and v.by_id[p.eid].type == "PER":
                return p
        return None

    def _rank_length(self, k: int, b: int) -> int:
        """How many words the rank that opens at token k takes ("العميد الركن البحري" 3), 0 if none opens there."""
        from ..actors.lexicon import lexicon as actors_lexicon

        titles = actors_lexicon().titles
        n, found = titles.longest([self.v.tokens[x].folded for x in range(k, min(b, k + titles.max_len))])
        return n if n and any(t.kind == "rank" for t in found) else 0

    def _envoy_before(self, j: int, k: int) -> bool:
        """An envoy's title among words j..k-1: his إلى names where he is sent ("المبعوث الأممي إلى
        ليبيا غسان سلامة"), not what the clause goes on to."""
        return any(w.removeprefix("ال").startswith(_ENVOY_HEADS) for x in range(j, k) for w in strip_word(self.v.tokens[x].folded))

    def _document_issuer(self, j: int, b: int) -> Occ | None:
        """"بيان للمجلس الرئاسي"، "بيان صادر عن الجيش"، "بيان الجيش": the body that issued the document at j."""
        v = self.v
        k = j + 1
        if v.bare(k) in ("رسمي", "مشترك", "صحفي", "مقتضب", "مكتوب"):
            k += 1
        preps: tuple[str, ...] = ("", "ل")
        if v.bare(k) in ("صادر", "صادرا", "صدر") and v.bare(k + 1) == "عن":
            k, preps = k + 2, ("عن",)
        issuer = v.occ_at.get(k)
        if issuer is None and k + 1 < b and v.bare(k).removeprefix("ل") in _COMMANDS_OF and not v.gap(k + 1).strip():
            # "بحسب بيان لقيادة الجيش": the command of a body speaks for it
            issuer = v.occ_at.get(k + 1)
            if issuer is not None and issuer.prefix == "":
                preps = ("",)
                k += 1
        if issuer is None or k >= b or v.prep_of(issuer) not in preps or not v.is_actorish(issuer.eid) \
                or v.break_or_comma_in(j + 1, k + 1):
            return None
        return issuer

    def _entity_speaker(self, j: int, b: int) -> tuple[str | None, tuple[int, int] | None, int]:
        """Speaker starting at token j: an entity (possibly after a title) or an unnamed source."""
        v = self.v
        if j >= b or v.bare(j) in _STOP_WORDS or v.bare(j) in _COMPLEMENTIZERS:
            return None, None, j
        if j in v.occ_at and v.prep_of(v.occ_at[j]) == "مقر":
            return None, None, j  # "الشركة، ومقرها أثينا،": the seat of a body does not speak
        if v.bare(j) in _ACCORDING_DOCUMENTS and j not in v.occ_at:
            issuer = self._document_issuer(j, b)
            if issuer is not None and v.prep_of(issuer) == "عن":  # "وأفاد بيان صادر عن قيادة الجيش بأن …"
                return issuer.eid, (issuer.start, issuer.end), issuer.t1 + 1
        reporter = (self._head(j) or ("", ""))[0] == "none"
        if reporter or v.bare(j) in _REPORTER_NOUNS:
            o = v.occ_at.get(j + 1)
            if o is not None and o.t0 == j + 1 and not o.prefix and self._is_outlet(o):
                # a named outlet's reporter: "مراسل الأناضول"، "مندوب الوكالة الوطنية للإعلام"
                return o.eid, (v.tokens[j].start, o.end), o.t1 + 1
            if reporter:
                return None, None, j  # the outlet's own reporter ("أفاد مراسل الشبكة")
        per = self._person_after_title(j, b)
        if per is not None:
            named = self._ranked_name(per.t1 + 1, min(b, per.t1 + 3), b, after_title=True)
            if named is not None:  # "وزير الإعلام اللبناني كمال نجار": the title read as a person, then the name
                return per.eid, (v.tokens[named[0]].start, v.tokens[named[1] - 1].end), named[1]
            return per.eid, (v.tokens[j].start, per.end), per.t1 + 1
        head = self._head(j)
        if head is not None and j not in v.occ_at:
            e = self._np_end(j, b)
            named = self._ranked_name(j, min(b, e + 4), b)
            if named is not None:  # "المتحدث باسم الجيش العقيد فلان": the person named speaks
                return None, (v.tokens[named[0]].start, v.tokens[named[1] - 1].end), named[1]
            # "المتحدثة باسم البيت الأبيض كارولين ليفيت إن": two or three bare words after the body a
            # spokesman speaks for, closed by the reported speech, are the spokesman's name
            body_end = max((o.t1 + 1 for o in v.occs_in(j, e)), default=None)
            if body_end is not None and 2 <= e - body_end <= 3 and e < b and (
                    v.bare(e) in _COMPLEMENTIZERS or v.comma_before(e)
                    or v.bare(e) in ("قوله", "قولها", "تاكيده", "تاكيدها")) and all(
                    not v.tokens[x].folded.startswith(("و", "بال", "لل")) and v.tokens[x].folded.isalpha()
                    # (a family name may carry the article: "سيف البدر"; the first name does not)
                    and not (x == body_end and v.tokens[x].folded.startswith("ال"))
                    and v.bare(x) not in _STOP_WORDS and v.bare(x) not in _SAYING_NOUNS for x in range(body_end, e)):
                return None, (v.tokens[body_end].start, v.tokens[e - 1].end), e
            # "المتحدث باسم البعثة، سمير غطاس،": a named person in apposition is the speaker
            if e < b and v.comma_before(e):
                for m in (e, e + 1):
                    p = v.occ_at.get(m)
                    if p is not None and v.by_id[p.eid].type == "PER":
                        return p.eid, (v.tokens[j].start, p.end), p.t1 + 1
            return None, (v.tokens[j].start, v.tokens[e - 1].end), e
        # an entity, possibly after a title: "مستشار رئيس الوزراء العراقي حسين علاوي"
        chain: list[Occ] = []
        k = j
        while k < b and k - j < 8:
            if k != j and (v.is_strong_break(k) or "،" in v.gap(k) or "," in v.gap(k)) and not chain:
                # a title, then the name in apposition: "رئيس الوزراء العراقي، محمد شياع السوداني،"
                p = v.occ_at.get(k)
                if p is not None and v.by_id[p.eid].type == "PER" and k - j <= 5 and not any(
                        v.bare(x) in _STOP_WORDS or v.bare(x) in _COMPLEMENTIZERS for x in range(j, k)):
                    return p.eid, (v.tokens[j].start, p.end), p.t1 + 1
                break
            o = v.occ_at.get(k)
            if o is not None:
                if chain and (o.t0 != chain[-1].t1 + 1 or o.prefix[-1:] in ("ل", "ب", "ك") or self._is_outlet(o)):
                    break
                chain.append(o)
                k = o.t1 + 1
                continue
            if chain:
                break
            f = v.bare(k)
            if f in _STOP_WORDS or f in _COMPLEMENTIZERS:
                break
            if 0 < k - j <= 3 and (f in _SAYING_NOUNS or f in ("قوله", "قولها", "قولهم", "قولهما")):
                # "نقلت الوكالة عن نازحين قولهم إن …"، "عن نازحين اتهامهم عناصر …": people no table names (a word
                # or two), then what they said (the body after it is no title's)
                return None, (v.tokens[j].start, v.tokens[k - 1].end), k
            k += 1
        if not chain:
            return None, None, j
        if self._is_outlet(chain[0]) and v.prep_of(chain[0]) == "ل":
            return None, None, j
        pers = [o for o in chain if v.by_id[o.eid].type == "PER"]
        if not pers and chain[0].t0 > j and v.is_place(chain[0].eid) \
                and any(v.bare(x) in PREPOSITIONS for x in range(j, chain[0].t0)):
            return None, None, j  # "وهددت باستهداف أي طائرة تحلّق فوق الأبيض": the verb's object, no post of a place
        if not pers and chain[0].t0 > j and v.is_place(chain[0].eid):
            # "قيادة شرطة البصرة": an unnamed body of a place; the place is not the speaker
            # ("رئيس بلدية ترمسعيا لافي شلبي لـ«وفا»": the post's holder, by a name no table knows)
            named = self._unknown_name_after_post(None, chain[-1].t1 + 1, b)
            if named is not None:
                return None, named[0], named[1]
            return None, (v.tokens[j].start, chain[-1].end), chain[-1].t1 + 1
        o = pers[-1] if pers else chain[0]
        end = chain[-1].t1
        if pers and pers[-1] is chain[-1]:
            named = self._ranked_name(end + 1, min(b, end + 3), b, after_title=True)
            if named is not None:  # "وزير الإعلام اللبناني كمال نجار": the title read as a person, then the name
                return o.eid, (v.tokens[named[0]].start, v.tokens[named[1] - 1].end), named[1]
        # an unnamed source recognised as a body ("مصدر عسكري") takes its qualifier: "مصدر عسكري في
        # وزارة الدفاع السورية"، "مسؤول أمني في بونتلاند"
        if len(chain) == 1 and not pers and end + 1 < b and v.bare(end + 1) in ("في", "من") \
                and (self._head(chain[0].t0) or ("", ""))[0] == "speaker":
            q = self._qualifier_end(end + 1, b)
            if q > end + 2:
                return o.eid, (v.tokens[j].start, v.tokens[q - 1].end), q
        # apposition: "رئيس الوزراء العراقي، محمد شياع السوداني،"
        n = end + 1
        if n < b and v.comma_before(n):
            for m in (n, n + 1):
                p = v.occ_at.get(m)
                if p is not None and v.by_id[p.eid].type == "PER":
                    return p.eid, (p.start, p.end), p.t1 + 1
        named = self._unknown_name_after_post(o, end + 1, b)
        if named is not None:
            return o.eid, named[0], named[1]
        return o.eid, (v.tokens[j].start if chain[0].t0 - j <= 6 else o.start, v.tokens[end].end), end + 1

    def _unknown_name_after_post(self, o: Occ | None, n: int, b: int) -> tuple[tuple[int, int], int] | None:
        """A post read as a person, then two or three words of a name no table knows, closed by a comma,
        the reported speech or the outlet told: "رئيس بلدية ترمسعيا، لافي شلبي، إن"، "رئيس البلدية لافي
        شلبي لـ«وفا» بأن". The name's span and the token after it."""
        v = self.v
        if (o is not None and (v.by_id[o.eid].type != "PER" or v.by_id[o.eid].kb_id)) or n >= b:
            return None
        if v.gap(n).strip() and not v.comma_before(n):
            return None
        first = n
        for k in range(first + 2, min(b - 1, first + 4) + 1):
            closed = v.comma_before(k) or v.bare(k) in _COMPLEMENTIZERS or (
                v.tokens[k].folded.startswith("ل") and (k in v.occ_at and self._is_outlet(v.occ_at[k])
                                                       or v.bare(k) == "ل"))
            if not closed:
                continue
            if all(x not in v.occ_at and v.tokens[x].folded.isalpha() and v.bare(x) not in _STOP_WORDS
                   and v.bare(x) not in _COMPLEMENTIZERS and x not in self.time_tokens
                   and v.bare(x) not in _SAYING_NOUNS  # ("عن محافظ شبوة إشادته بجهود الوسطاء،": what he said)
                   and not v.tokens[x].folded.startswith(("و", "بال", "لل", "وال"))
                   and not (x == first and v.tokens[x].folded.startswith("ال"))
                   and (x == first or not v.gap(x).strip()) for x in range(first, k)):
                return (v.tokens[first].start, v.tokens[k - 1].end), k
            return None
        return None

    def _unknown_subject(self, j: int, b: int) -> tuple[int, int] | None:
        """A definite noun phrase right after the verb and right before what was said
        ("أفاد نادي الأسير الفلسطيني بأن"): its token range, when no entity or source word named it."""
        v = self.v
        e = j
        while e < b and e - j < 5:
            f = v.bare(e)
            if f in _COMPLEMENTIZERS or f in ("ان",):
                break
            if e > j and self._document_aside(e, b):
                # "وقالت النيابة العامة، في بيان نشرته على صفحتها، إن …": past the aside to what was said
                k = self._aside_end(e, b)
                if k is not None and v.bare(k) in _COMPLEMENTIZERS and any(
                        w.startswith("ال") for w in strip_word(v.tokens[e - 1].folded)):
                    return j, e  # (a definite construct ends with its article)
                return None
            if (e > j and v.gap(e).strip()) or e in v.occ_at or e in self.time_tokens or f in _STOP_WORDS \
                    or f in PARTICIPLE_CONT or e in self.cue_tokens or f.endswith("ا") or (
                        (hd := self._head(e)) is not None and not (e > j and hd[0] == "title")):
                # (a source word was read already: "مراسل الوكالة" is the outlet's own reporter; a title after the
                # first word is its genitive: "بيان لمكتب المحافظ")
                return None
            e += 1
        if e == j or e >= b or (v.bare(e) not in _COMPLEMENTIZERS and v.bare(e) != "ان") or v.gap(e).strip():
            return None
        last = strip_word(v.tokens[e - 1].folded)
        if not (v.tokens[e - 1].folded.startswith("ال") or any(w.startswith("ال") for w in last[:1])):
            return None  # a definite construct ends with its article: "نادي الأسير الفلسطيني"
        return j, e

    def _ranked_name(self, j: int, limit: int, b: int, after_title: bool = False) -> tuple[int, int] | None:
        """A person's name, not read as an entity, after a rank ("العقيد عبد الله علي محمد") in tokens
        [j, limit), or right at j after a title when it opens with a given name ("كمال نجار"):
        token range [start, end) of the name, which must end where the clause goes on (في، إن، لـ …)."""
        v = self.v
        from ..actors.lexicon import lexicon as actors_lexicon

        lex = actors_lexicon()
        start = None
        if after_title:
            given = lex.names.get(v.tokens[j].folded) if j < b else None
            start = j if given is not None and given[1] == "given" else None
        else:
            for k in range(j, limit):
                if k in v.occ_at:
                    continue
                n, titles = lex.titles.longest([v.tokens[x].folded for x in range(k, min(b, k + 4))])
                if n and any(t.kind == "rank" for t in titles):
                    start = k + n
        if start is None or start >= b:
            return None
        e = start
        while e < b and e - start < 5:
            f = v.bare(e)
            if f == "علي" and e > start and e + 1 < b and v.tokens[e + 1].folded in lex.names:
                e += 1  # the name علي, not the preposition على: "عبد الله علي محمد"
                continue
            if (e > start and v.gap(e).strip()) or e in v.occ_at or e in self.time_tokens or f in _STOP_WORDS \
                    or f in _COMPLEMENTIZERS or f in ("ان", "خلال", "لدي", "امام") or f in PARTICIPLE_CONT \
                    or (f.startswith("ل") and any(w in _OUTLET_HEADS for w in strip_word(f))) or e in self.cue_tokens:
                break
            e += 1
        if e == start or e - start > 4:
            return None
        if e < b and not (v.gap(e).strip() or e in v.occ_at or e in self.time_tokens or v.bare(e) in _STOP_WORDS
                          or v.bare(e) in _COMPLEMENTIZERS or v.bare(e) in ("ان", "خلال") or v.tokens[e].folded.startswith("ل")):
            return None  # the name must end where the clause goes on
        return start, e

    # --- cues
    def run(self) -> None:
        v = self.v
        # (a verb takes no article: "وزير النقل" is the minister of transport, not a form of نقل)
        hits = [h for h in self.lex.matcher.find_all(self.doc.folded)
                if not (h.prefix.endswith(("ال", "لل")) and h.payloads[0].tense in ("past", "present", "future"))]
        self.cue_tokens = {v.token_at(h.start) for h in hits if h.payloads[0].kind not in ("according", "cont")}
        pending: list[tuple[Hit[Cue], int, int, int]] = []  # participles with no statement before them yet
        bannered = -1  # the cue a banner asked last: "لافتات تطالب …"
        for h in hits:
            t = v.token_at(h.start)
            if t < 0 or (h.suffix == "ه" and self.text[h.end - 1] == "ة"):
                continue  # a ta marbuta is not a pronoun: تابعة is not تابع + ه
            if v.bare(t) in _AFFILIATED or v.bare(t).lstrip("و") in ("التابع", "التابعه", "التابعين", "التابعون"):
                continue  # "مركز قيادة تابعاً لحركة حماس"، "المكتب التابع للمديرية": affiliated to, not "he went on"
            if any(o.t0 < t <= o.t1 for o in v.occs_in(max(0, t - 8), t)):
                continue  # inside a name: "وكالة فرات للأنباء" is no ف + رأت
            if t > 0 and v.bare(t - 1).lstrip("و") in _BANNERS:
                bannered = t
                continue  # "رفع المحتجون لافتات تطالب بإقالة الوزير": what the banners ask is no one's statement
            if 0 <= bannered < t < bannered + 8 and v.tokens[t].folded.startswith("و") and not any(
                    v.is_strong_break(x) for x in range(bannered + 1, t + 1)):
                continue  # "شعارات تندد بـ«…» وتطالب بإقالة المسؤولين": the banners' second ask
            cue = h.payloads[0]
            a, b = v.sentence_tokens(h.start)
            if cue.lemma == "ادعى" and t > a and not v.is_strong_break(t) and v.bare(t - 1) in _NAMED_PERSON_NOUNS:
                continue  # "رجل يُدعى بهمن رضائي": a man called …, not one who claims
            if cue.kind == "cont":
                if not self._continue(t, a, b):
                    pending.append((h, t, a, b))
                continue
            if cue.kind == "according":
                self._according(h, t, a, b)
                continue
            self._verb(h, cue, t, a, b)
        self._noun_cues()
        for h, t, a, b in pending:
            self._participle_statement(h, t, a, b)

    def _noun_cues(self) -> None:
        """"تبنّت الحركة الهجوم في بيان بثته إذاعة …"، "أعلن المجلس، في بيان، …": a verb said in a statement is
        reported speech of its subject, with the statement noun as the cue, when the sentence has none yet."""
        v = self.v
        bares = v.bares
        # the few statement nouns, picked in one pass (no call per token)
        for i in [i for i, w in enumerate(bares) if w in STATEMENT_NOUNS and i > 0]:
            if bares[i - 1] not in ("في", "عبر", "خلال"):
                continue
            a, b = v.sentence_tokens(v.tokens[i].start)
            found = self._in_sentence((a, b))
            # (a statement found earlier in the sentence covers it; one after it only when its speaker's)
            if any(st.cue_tok < i for st in found) or i - 1 <= a:
                continue
            # the subject of the clause's verb: the first unmarked actor before "في بيان"
            subj = next((o for o in reversed(v.occs_in(a, i - 1)) if v.prep_of(o) == "" and v.is_actorish(o.eid)
                         and not self._is_outlet(o)), None)
            if i - 2 > a and v.tokens[i - 2].folded.startswith("و") and v.comma_before(i - 2):
                # "اتهمت الوزارة مجموعات …، وأعلنت في بيان …": the verb shares its clause's subject, not the
                # first verb's object
                subj = self._main_subject(a, i - 2) or subj
            if subj is None or any(v.is_strong_break(x) or v.bare(x) in _CLAUSE_OPENERS for x in range(subj.t1 + 1, i)):
                continue  # "لم تعلّق الحركة، لكن مستشاراً لقائدها نفى، في تصريحات …": another clause's speaker
            if any(st.speaker == subj.eid for st in found):
                continue
            via = None
            nxt = i + 1
            if nxt < b and v.bare(nxt) in _RELAY_PRONOUN | {"بثته", "بثتها", "نشره", "نشرها", "اوردها"}:
                o = v.occ_at.get(nxt + 1)
                if o is not None and v.is_actorish(o.eid) and o.eid != subj.eid:
                    via = o.eid
            content = (v.tokens[a].start, v.tokens[b - 1].end)
            self.statements.append(_St((v.tokens[i].start, v.tokens[i].end), i, subj.eid, (subj.start, subj.end),
                                       via, content, False, (a, b)))

    def _continue(self, t: int, a: int, b: int) -> bool:
        """"قال الوزير إن …، مؤكداً أن …": the participle goes on with the statement before it."""
        prev = [s for s in self._in_sentence((a, b)) if s.cue_tok < t]
        if not prev:
            return False
        s = prev[-1]
        end = self.v.tokens[b - 1].end
        start = s.content[0] if s.content else self.v.tokens[t].start
        s.content = (start, max(end, s.content[1] if s.content else end))
        return True

    def _participle_statement(self, h: Hit[Cue], t: int, a: int, b: int) -> None:
        """"اتهم الناطق …، العميد نبيل عبد الله، قوات الدعم السريع بتنفيذ الهجوم، مؤكداً أن …": a participle
        after a comma, in a sentence with no statement and no "according to", says what the clause's
        subject says (not an opinion: "معتبراً أن" is one)."""
        v = self.v
        if self._in_sentence((a, b)) or v.bare(t).startswith(("معتبر", "و")):
            return
        if not v.comma_before(t):
            return
        if not self._has_content(t + 1, b, h.payloads[0], 3) and not (
                h.payloads[0].lemma.startswith(("مؤكد", "معلن", "كاشف")) and t + 1 < b and not v.is_subordinator(t + 1)
                and v.tokens[t + 1].folded[:1] not in ("ب", "ل")):
            return  # (with "مؤكداً رفض مصر …" the object noun is what is said)
        if any(v.bare(x) in _RELAY_ASIDES for x in range(a, t)):
            return
        subj = self._clause_subject(a, t)
        if subj is None:
            return
        content, direct = self._content_from(self._after_compl(t + 1, b), b)
        self.statements.append(_St((h.start, h.end), t, subj.eid, (subj.start, subj.end), self._relay_in(a, b, t + 1),
                                   content, direct, (a, b)))

    def _clause_subject(self, a: int, t: int) -> Occ | None:
        """The person (else the body) a sentence opens with as its verb's subject, before token t."""
        v = self.v
        occs = [o for o in v.occs_in(a, t) if v.prep_of(o) == "" and v.is_actorish(o.eid) and not self._is_outlet(o)
                and o.t0 - a <= 12 and not (o.t0 > 0 and v.bare(o.t0 - 1) == "باسم")]
        people = [o for o in occs if v.by_id[o.eid].type == "PER"]
        occs = [o for o in occs if o.t0 - a <= 6]
        if people:
            first = people[0]
            # a title read as a person, then the name: "بحث وزير الخارجية والهجرة بدر عبد العاطي"
            nxt = next((o for o in people[1:] if o.t0 - first.t1 <= 2), None)
            return nxt or first
        return occs[0] if occs else None

    def _content_from(self, j: int, b: int) -> tuple[tuple[int, int] | None, bool]:
        v = self.v
        if j >= b:
            return None, False
        gap = v.gap(j)
        end = self._content_end(j, b)
        if any(q in gap for q in ("«", '"', "“")):
            close = self.text.find("»" if "«" in gap else ('"' if '"' in gap else "”"), v.tokens[j].start)
            # a quotation that is the whole of what was said (not a quoted word inside a sentence)
            if close > 0 and not any(ch.isalpha() for ch in self.text[close + 1:v.tokens[b - 1].end][:40]):
                return (v.tokens[j].start, close), True
        return (v.tokens[j].start, end), False

    def _content_end(self, j: int, b: int) -> int:
        """Sentence end, less a trailing relay ("، بحسب ما نقلت شبكة روداو")."""
        v = self.v
        commas, bares = v.commas, v.bares  # (tokens of the sentence: read directly)
        for k in range(j + 1, b):
            if commas[k] and (bares[k] in _RELAY_ASIDES or bares[k] == "نقلا"):
                return v.tokens[k - 1].end
        end = v.tokens[b - 1].end
        # keep a closing quotation mark inside
        while end < len(self.text) and self.text[end] in "»\"”":
            end += 1
        return end

    def _fronted_relay(self, a: int, t: int) -> str | None:
        """An outlet named in a phrase that opens the sentence before its verb of saying: "وفي تصريح لوكالة «أنباء
        الجنوب الليبي»، قال وكيل الوزارة …"، "وفي حديث لـ«الشرق الأوسط»، أكد …"."""
        v = self.v
        if t - a < 3 or v.bare(a) not in ("في", "وفي") or not _is_document(v.tokens[a + 1].folded):
            return None
        comma = next((x for x in range(a + 2, t + 1) if "،" in v.gap(x)), None)
        if comma is None or t - comma > 1:
            return None  # (the phrase, then the verb right after its first comma)
        return self._relay_in(a, comma, a + 2)

    def _relay_in(self, a: int, b: int, after: int) -> str | None:
        """An outlet relaying the sentence's speech: "بحسب ما نقلت شبكة X"، "لوكالة X"، "في تصريحات لقناة X"."""
        v = self.v
        for o in v.occs_in(after, b):
            if not self._is_outlet(o):
                continue
            prep = v.prep_of(o)
            if prep == "ل" or prep == "مع":
                return o.eid
            p1 = v.bare(o.t0 - 1) if o.t0 > a else ""
            if p1 in ("ل", "لـ") and not v.gap(o.t0).strip(" «\"“("):
                return o.eid  # "لـ«شفق نيوز»"، "لـ(وات)": a detached ل before a quoted or bracketed outlet
            if o.t0 > a and v.tokens[o.t0 - 1].folded in ("لمراسل", "لمراسله", "لمراسلي", "لمندوب"):
                return o.eid  # "في تصريح لمراسل (وات)": to the outlet's own reporter
            p2 = v.bare(o.t0 - 2) if o.t0 - 1 > a else ""
            if any(w in _OUTLET_HEADS for w in strip_word(p1)) and o.t0 - 2 > a:
                p1, p2 = p2, v.bare(o.t0 - 3)
            if p1 in ("نقلت", "نقل", "ذكرت", "ذكر", "افادت", "افاد", "اوردت", "اورد", "نقلته", "ذكرته", "اوردته", "بثت", "نشرت") and \
                    p2 in ("ما", "لما", "حسبما"):
                return o.eid
            if p1 in _RELAY_PRONOUN:
                return o.eid  # "في تصريح نقلته وكالة X"
            if p1 in ("به", "بها") and p2 in ("خص", "خصت", "خصه", "خصها"):
                return o.eid  # "في تصريح خص به هسبريس": given to the outlet alone
            if p1 in ("الي", "الى") and _is_document(p2):
                return o.eid  # "في تصريح إلى «بوابة الوسط»"، "في حديث إلى قناة X"
            if p1 in ("تلقت", "تلقي", "تلقته", "تلقاه") and any(v.bare(x) in ("نسخه", "نسخا") for x in range(o.t1 + 1, min(b, o.t1 + 6))):
                return o.eid  # "في بيان تلقت وكالة الأنباء العراقية نسخة منه"
            if p1 in ("حسبما", "بحسب", "حسب", "وفقا") or v.tokens[o.t0 - 1].folded in ("لوكاله", "لشبكه", "لقناه", "لصحيفه", "لموقع"):
                return o.eid
            if v.tokens[o.t0].folded.startswith(("لوكاله", "لشبكه", "لقناه", "لصحيفه", "لموقع", "لاذاعه")):
                return o.eid
        return None

    def _verb(self, h: Hit[Cue], cue: Cue, t: int, a: int, b: int) -> None:
        v = self.v
        if v.tokens[t].folded in _IMPERSONAL and not (
                t + 1 < b and (after := self._head(t + 1)) is not None and after[0] in ("holder", "reporter")):
            return  # "يُعتقد أن …" (it is believed); not "ويعتقد دبلوماسيون أن …", with its holders

        if v.tokens[t].folded in ("بين", "وبين") and t > a and v.bare(t - 1).removeprefix("ال").startswith(
                ("رابط", "واصل", "فاصل", "ممتد", "ممتده", "واقع", "واقعه", "طريق", "مسافه", "حدود")):
            return  # "الطريق الرابط بين بلدية سيدي خالد ومدينة أولاد جلال": between two places, not بيّن
        if cue.lemma == "نقل" and t + 1 < b and h.suffix and v.bare(t + 1) in ("الي", "نحو", "باتجاه"):
            return  # "انتشال الجثث ونقلها إلى مستشفى تاجورة": moved somewhere, nothing relayed
        if cue.lemma == "طالب" and t + 1 < b and v.bare(t + 1) in _STUDENT_ADJECTIVES:
            return  # "ابنها «طالب جامعي»": a student, no demand
        if cue.lemma == "تابع" and t + 1 < b and v.bare(t + 1) in ("عن", "باهتمام", "بقلق", "بحذر"):
            return  # "تتابع عن كثب تحركات …"، "يتابع باهتمام التطورات": follows, watches; no one goes on speaking
        if cue.lemma == "كشف" and not any(v.bare(x) in ("ان", "بان", "انه", "انها", "عن", "عنه", "عنها")
                                          for x in range(t + 1, min(b, t + 12))):
            return  # "الهجوم يكشف استخفاف الميليشيا": reveals a thing, tells nothing ("كشف X أن/عن …" tells)
        if cue.tense == "past" and h.start > v.tokens[t].start and self.text[v.tokens[t].start:h.start].endswith("ل"):
            # "لجنة تحقيق لكشف الجهات المتورطة": ل before a past form makes it a verbal noun of purpose, not a
            # report (ل before a present one still reports: "عاد الوزير ليؤكد أن …")
            return
        if t + 1 < b and v.bare(t + 1) in ("اليه", "اليها") and cue.lemma in ("دعا", "طالب"):
            return  # "إضراب دعا إليه الاتحاد": who called the strike, not what was said
        if cue.lemma == "أبلغ" and v.bare(t).lstrip("وفل")[:1] in ("ي", "ت") and (
                (t > a and v.bare(t - 1) in _AMOUNT_BEFORE) or (t + 1 < b and (
                    v.bare(t + 1) in _AMOUNT_WORDS or v.tokens[t + 1].is_digit))):
            return  # "عديد القوات يبلغ نحو 2000 عسكري"، "ليبلغ عديد القوات …": amounts to, not informs
        if t > a and v.bare(t - 1) in ("الذي", "التي") and h.suffix and v.bare(t) not in _RELAY_PRONOUN:
            return  # "الاتفاق الذي أعلنته بغداد وواشنطن": a relative clause that names the thing, not speech
        if v.bare(t) in _RELAY_PRONOUN and t > a and strip_word(v.tokens[t - 1].folded)[-1] in _MEDIA_NOUNS | {
                "بيانا", "تصريحات"}:
            return  # "في تصريح نقلته وكالة X": the outlet relays the sentence's statement
        if cue.kind == "relay" or self._relays_by_naqlan(t, b):
            # "نقلت وكالة X عن Y قوله": the outlet relays Y (so does "أفادت وكالة X نقلاً عن Y")
            j = self._skip_parentheticals(t + 1, b)
            o = v.occ_at.get(j)
            outlet = o.eid if o is not None and self._is_outlet(o) else None
            k = (o.t1 + 1) if o is not None else j
            if v.bare(j) in ("عنه", "عنها", "عنهم"):
                k = j  # "ونقلت عنه وسائل إعلام": the pronoun points to the speaker named before
            # (past an aside set off by commas after the outlet: "نقلت وكالة «سبأ»، بنسختها التي تديرها الجماعة في
            # صنعاء، عن مصدر …")
            reach = 16 if any("،" in v.gap(x) for x in range(k, min(b, k + 3))) else 8
            while k < b and k - j < reach and v.bare(k) not in ("عن", "عنه", "عنها", "عنهم"):
                k += 1
            if k >= b or v.bare(k) not in ("عن", "عنه", "عنها", "عنهم"):
                return
            if v.bare(k) in ("عنه", "عنها", "عنهم"):
                spk, stext = self._antecedent_speaker(a, t)
                nxt = k + 1
                while nxt < b and v.bare(nxt) not in ("قوله", "قولها", "قولهم") and not v.is_subordinator(nxt) and nxt - k < 6:
                    nxt += 1
            else:
                spk, stext, nxt = self._entity_speaker(k + 1, b)
            if spk is None and stext is None:
                return
            hd = self._head(k + 1) if stext is not None else None
            if spk is None and hd is not None and hd[0] == "title":
                spk = self._titled_person(k + 1)  # "ونقلت وكالة «وفا» عن المحافظ قوله": the governor named before
            if hd is not None and hd[0] in ("holder", "reporter"):
                self._claim(stext, k + 1, nxt, b, kind="sources")  # "نقلت الوكالة عن مصادر أمنية أن …"
            nxt = self._skip_parentheticals(nxt, b)
            if nxt < b and v.bare(nxt) in ("قوله", "قولها", "قولهم", "تاكيده", "تصريحه"):
                cue_span = (v.tokens[nxt].start, v.tokens[nxt].end)
                nxt += 1
            else:
                cue_span = (h.start, h.end)
            content, direct = self._content_from(self._after_compl(nxt, b), b)
            self.statements.append(_St(cue_span, t, spk, stext, outlet, content, direct, (a, b)))
            return
        # speaker after the verb (VSO) or before it (SVO)
        j = self._skip_parentheticals(t + 1, b)
        if j < b and v.bare(j) in ("به", "بها", "بهم") and t > a and v.bare(t - 1) in ("ما", "لما"):
            j = self._skip_parentheticals(j + 1, b)  # "وفق ما أفاد به مركز …": the pronoun is what was said
        spk, stext, nxt = (None, None, j)
        # an unnamed group after the verb or just before it: "اعتبر بعض المراقبين"، "مراقبون قد توقعوا"
        for hj in (j, j + 1, t - 1, t - 2, t - 3):
            if a <= hj < b and hj != t:
                hd = self._head(hj)
                if hd is not None and hd[0] in ("holder", "reporter") and (
                        hj != j + 1 or v.bare(j) in ("بعض", "عدد", "معظم", "اغلب")):
                    # before the verb only قد/كان between, and one adjective ("مصادر ميدانية قد رجّحت")
                    if hj < t and any(v.bare(x) not in ("قد", "كان", "كانت") and not (
                            x == hj + 1 and v.tokens[x].folded.endswith(("يه", "ي", "ه")) and not v.tokens[x].folded.startswith("ال"))
                            for x in range(hj + 1, t)):
                        continue
                    e = self._np_end(hj, b) if hj > t else hj + 1
                    if hj > t and cue.lemma == "أفاد":  # "أفاد ناشطون بمقتل …": what they reported starts at ب
                        e = next((x for x in range(hj + 1, e) if v.tokens[x].folded.startswith("ب")
                                  and len(v.tokens[x].folded) > 4 and x not in v.occ_at), e)
                    if hj < t and e < t and v.bare(e) not in ("قد", "كان", "كانت"):
                        e += 1  # its adjective
                    # (sources a descriptor ties to an institution report too: "قالت مصادر طبية إن …"،
                    # not "مصادر متطابقة", whose word stays a claim)
                    sourced = hd[0] == "holder" and hd[1] == "sources" and self._named_source_at(hj)
                    if (hd[0] == "reporter" or sourced) and cue.kind == "say" and not any(p.kind == "opinion" for p in h.payloads):
                        # "أفاد ناشطون بأن …"، "قال شهود عيان إن …": an unnamed source's report (a statement,
                        # and, being an unnamed group's word, a claim)
                        spk, stext, nxt = None, (v.tokens[hj].start, v.tokens[e - 1].end), max(e, t + 1)
                        self._claim(stext, hj, nxt, b, kind="sources")  # (a report: what it tells stays an event)
                        break
                    self._claim((v.tokens[hj].start, v.tokens[e - 1].end), hj, max(e, t + 1), b)
                    return
        if stext is None:
            o = self._nominal_subject(a, t)
            if o is not None:  # "إن الوزير X أبلغ السفير …"، "وكانت الوزارة قد طالبت، في بيان، إسرائيل …"
                spk, stext, nxt = o.eid, (o.start, o.end), j
        if stext is None and j < b and v.bare(j) in _LATTER:
            o = v.latter(a - 40, t)  # "فيما نفت الأخيرة": the party named last
            if o is not None:
                spk, stext, nxt = o.eid, (o.start, o.end), j + 1
        if stext is None and j < b and v.bare(j) in _STANCE_NOUNS and j not in v.occ_at:
            # "…، أكد خلاله دعم المملكة لـ…": a stance noun after the verb is what was said, not who said it
            caller = None
            for k in range(a, t - 1):
                if v.bare(k + 1) == "من" and any(w in ("اتصال", "اتصالا", "رساله", "برقيه")
                                                  for w in strip_word(v.tokens[k].folded)):
                    # the first party named after "من", past a title ("من نظيره القطري محمد …")
                    caller = next((o for o in v.occs_in(k + 2, min(t, k + 10)) if v.is_actorish(o.eid)), None)
                    break
            if caller is not None:  # "تلقى X اتصالاً من Y، أكد خلاله …": the caller speaks
                spk, stext = caller.eid, (caller.start, caller.end)
            else:
                spk, stext = self._antecedent_speaker(a, t)
            nxt = j
        if stext is None and j < b and v.bare(j) not in _COMPLEMENTIZERS and v.bare(j) not in _STANCE_NOUNS and (
                j in v.occ_at or not any(q in v.gap(j) for q in ("«", '"', ":"))):
            spk, stext, nxt = self._entity_speaker(j, b)
            called_to = nxt
            while called_to < b:
                if called_to in v.occ_at and v.tokens[called_to].folded.startswith("و"):
                    called_to = v.occ_at[called_to].t1 + 1  # (past those called on with it: "الأمم المتحدة ومجلس الأمن")
                elif v.bare(called_to) == "في" and called_to + 1 in v.occ_at and v.is_place(v.occ_at[called_to + 1].eid):
                    called_to = v.occ_at[called_to + 1].t1 + 1  # (and their seat: "الحكومة الاتحادية في بغداد")
                else:
                    break
            if cue.lemma in ("دعا", "طالب") and spk is not None and called_to < b and (
                    v.bare(called_to) == "الي" or v.tokens[called_to].folded.startswith("ب")):
                # "استنكرت الوزارة القصف، ودعت أنقرة إلى …": who is called on is not who calls
                main = self._main_subject(a, t)
                if main is not None:  # (no clause before it: "دعت أنقرة إلى …" is Ankara's call)
                    spk, stext = main.eid, (main.start, main.end)
                elif v.tokens[t].folded.startswith("و") and v.comma_before(t):
                    # (or the speaker of the statement before it in the sentence, whose subject the main clause
                    # names past an opener and a title: "من جهته، دان وزير الأشغال، كميل نصار، الغارة …، ودعا
                    # الأمم المتحدة ومجلس الأمن إلى …")
                    before = next((x for x in reversed(self._in_sentence((a, b))) if x.cue_tok < t and x.speaker
                                   and x.speaker != spk), None)
                    if before is not None:
                        spk, stext = before.speaker, before.speaker_text
            elif cue.lemma in ("دعا", "طالب", "ناشد") and spk is not None and j in v.occ_at \
                    and self._disagrees(t, spk):
                # "…، وطالب الدول الراعية للاتفاق، ولا سيما …، بـ…": a party after a coordinated verb whose gender
                # it does not share is its object; the verb goes on with the sentence's subject
                main = self._main_subject(a, t)
                if main is not None:
                    spk, stext = main.eid, (main.start, main.end)
        if spk is None and stext is None:
            # SVO: the subject just before the verb
            o = None
            for p in reversed(v.occs_in(max(a, t - 6), t)):
                if p.t1 == t - 1 or (p.t1 >= t - 3 and not any(v.is_strong_break(x) or v.bare(x) in _NEW_CLAUSE
                                                                  for x in range(p.t1 + 1, t + 1))):
                    o = p
                    break
            # (not across a dateline's dash, "بغداد - ونفى …", nor before a verb that opens a new clause with و)
            # (not an indefinite noun before the verb: "تفكيك خلية مسلحة قالت إنها تقف وراء الهجوم" is a relative
            # clause, whose subject is the sentence's)
            if o is not None and v.prep_of(o) == "" and v.is_actorish(o.eid) and (o.t0 == a or "،" not in v.gap(t)) \
                    and not v.is_strong_break(t) and v.tokens[t].prefix not in ("و", "ف") \
                    and not (o.start in v.indefinite_at and o.t1 == t - 1):
                spk, stext = o.eid, (o.start, o.end)
                nxt = j
        # a head noun that refers back: البيان → the issuer; المتحدث → the last speaker with that title
        if stext is not None and spk is None:
            head = self._head(v.token_at(stext[0]))
            sourced = head is not None and head[0] == "holder" and head[1] == "sources" and cue.kind == "say" \
                and self._named_source_at(v.token_at(stext[0]))  # "أفادت مصادر طبية": a report, kept
            if head is not None and not sourced and (head[0] == "holder" or head[0] == "reporter" and cue.kind == "opinion"):
                if cue.kind in ("opinion", "say"):
                    self._claim(stext, v.token_at(stext[0]), nxt, b)
                return
            if head is not None and head[0] == "document":
                prev = self._last_issuer(v.token_at(stext[0])) or self._last_speaker()
                if prev is None:
                    return
                spk, stext = prev.speaker, prev.speaker_text
            elif head is not None and head[0] == "title":
                ht = v.token_at(stext[0])
                if ht + 1 < b and v.bare(ht + 1) in ("ذاته", "نفسه", "ذاتها", "نفسها"):
                    # "وأضاف المصدر ذاته": the source just quoted, whatever it was called
                    prev = self._last_speaker()
                    if prev is not None:
                        spk, stext = prev.speaker, prev.speaker_text or stext
                else:
                    prev = self._last_speaker(title=fold_text(self.text[stext[0]:stext[1]]))
                    if prev is not None and prev.speaker:
                        spk = prev.speaker
                    else:
                        spk = self._titled_person(ht)
        if spk is None and stext is None and cue.kind == "say":
            named = self._unknown_subject(j, b)
            if named is not None:  # "وأفاد نادي الأسير الفلسطيني بأن": a body the entity layer does not know
                stext, nxt = (v.tokens[named[0]].start, v.tokens[named[1] - 1].end), named[1]
        if spk is None and stext is None:
            if cue.kind == "opinion":
                return
            # no subject: "وأضاف أن …" continues the last speaker
            nj = self._skip_parentheticals(t + 1, b)
            if nj == t + 1 and nj < b and v.tokens[nj].folded.startswith("ل") and nj not in v.occ_at:
                # (past whom it was said to: "، وقال للصحفيين إن …"، "وقال لوسائل الإعلام إن …")
                k = next((x for x in range(nj + 1, min(b, nj + 3)) if v.bare(x) in _COMPLEMENTIZERS), None)
                if k is not None:
                    nj = k
            if t - 1 > a and v.bare(t - 1) in ("لكنهم", "انهم") and any(
                    v.tokens[a].start <= cl.holder.start < v.tokens[t - 1].start for cl in self.claims):
                return  # "ويرى مراقبون أن …، لكنهم يحذرون من …": the unnamed readers go on, no source of record
            if t - 1 > a and v.bare(t - 1) in _PRONOUN_SUBJECTS:
                # "لم تعلّق الوزارة على الضربة، غير أنها أعلنت …": the pronoun is the sentence's subject
                spk, stext = self._antecedent_speaker(a, t - 1)
                if spk is None and stext is None:
                    return
                nxt = nj
            elif nj < b and (v.bare(nj) in ("فيه", "فيها") and nj + 1 < b and v.bare(nj + 1) in _COMPLEMENTIZERS):
                # "في مؤتمر صحفي قال فيه إن …": the occasion's pronoun, then what was said
                main = self._main_subject(a, t)
                if main is None:
                    return
                spk, stext, nxt = main.eid, (main.start, main.end), nj + 1
            elif nj < b and (v.bare(nj) in _COMPLEMENTIZERS or v.bare(nj) in ("ان",) or
                             any(q in v.gap(nj) for q in ("«", '"', ":"))):
                # (the subject of "غير أن"/"لكن" opened last is nearer than the sentence's first)
                main = self._contrasted_subject(a, t) or self._main_subject(a, t) or self._subject_past_fima(a, t)
                prev = self._last_speaker()
                if main is not None:
                    # "رحبت اليونيفيل بالخطوة، ودعت …": a coordinated verb shares the clause's subject
                    spk, stext, nxt = main.eid, (main.start, main.end), nj
                elif prev is None:
                    return
                else:
                    spk, stext, nxt = prev.speaker, prev.speaker_text, nj
            elif cue.lemma == "أعلن" and nj < b and nj not in v.occ_at and not v.is_subordinator(nj) \
                    and v.bare(t + 1) not in ("في", "خلال", "عبر") \
                    and (main := self._main_subject(a, t)) is not None:
                # "التقى محافظ حماة، X، وفداً من الوجهاء، وأعلن تشكيل لجنة": a coordinated announcement of a thing
                # goes on with the clause's subject, as "أعلن X تشكيل لجنة" tells it (a document named after it,
                # "وأعلنت في بيان …", is the statement's own cue)
                spk, stext, nxt = main.eid, (main.start, main.end), nj
            else:
                return
        if cue.kind == "opinion" and spk is None:
            return
        if v.bare(t).lstrip("و") in ("بينهم", "بينها", "بينهما", "بينهن"):
            return  # "بينهم ثلاثة جرحى": among them, not بيّن
        if v.tokens[t].folded in ("بين", "وبين") and spk is not None and v.is_place(spk):
            return  # "يتوزعون بين قاعدة حرير ومطار أربيل": the preposition, not بيّن
        if v.tokens[t].folded == "بين" and spk is None and t - 1 >= a and v.bare(t - 1) == "ما":
            return  # "منطقة ما بين الحرمين": between, with no party after it to have explained anything
        backward = t - 1 >= a and v.bare(t - 1) in ("ما", "لما", "حسبما", "كما")
        if backward and spk is not None and self.v.is_outlet(spk) and (
                self._in_sentence((a, b)) or cue.kind == "relay" or v.bare(t) in ("نقلت", "نقل", "نقلته", "نقلتها")):
            return  # "حسب ما نقلته إذاعة X": the outlet relays the sentence's statement
        strict = v.tokens[t].folded in _AMBIGUOUS or (cue.tense == "present" and v.bare(t) != v.tokens[t].folded) \
            or cue.lemma in _SPEECH_ACTS
        lead = nxt  # (past a relay set off by commas: "أعلن X، بحسب ما نقلت وكالة Y، نشر …")
        if nxt < b and "،" in v.gap(nxt) and v.bare(nxt) in _RELAY_ASIDES:
            lead = self._aside_end(nxt, b) or nxt
        announces = (cue.lemma in _ANNOUNCE and (spk is not None or stext is not None)
                     # "أدانت الحكومة اليمنية احتجاز السفينة": a named party's condemnation says what it condemns
                     or cue.lemma in _CONDEMNING and spk is not None) and lead < b and not v.is_subordinator(lead)
        if not backward and not announces and not self._has_content(nxt, b, cue, 3 if strict else 16):
            return
        # (or one passed over between the verb and what is said: "وقالت في بيان نقلته وكالة «سبأ» إنها …")
        via = self._relay_in(a, b, nxt) or self._fronted_relay(a, t) or (
            self._relay_in(t + 1, nxt, t + 1) if t + 1 < nxt else None)
        if via == spk:
            via = None
        if backward:
            cut = t - 1
            while cut > a and v.bare(cut) not in ("وفق", "وفقا", "بحسب", "حسب", "حسبما", "كما"):
                cut -= 1
            content, direct = ((v.tokens[a].start, v.tokens[max(a, cut - 1)].end), False)
        else:
            c0 = self._after_compl(self._skip_via(nxt, b), b)
            content, direct = self._content_from(c0, b)
        self.statements.append(_St((h.start, h.end), t, spk, stext, via, content, direct, (a, b)))

    def _disagrees(self, t: int, eid: str) -> bool:
        """The past verb at t and the entity differ in gender ("وطالب" and "الدول"; "وطالبت" and "المجلس")."""
        f = _unjoined(self.v.tokens[t].folded)
        if f[:1] in ("ي", "ت", "ن"):
            return False  # (a present verb tells no gender, nor does a plural one: past_verb_gender gives None)
        verb, gender = past_verb_gender(f), entity_gender(self.v.by_id[eid])
        return verb is not None and gender is not None and gender != verb

    def _nominal_subject(self, a: int, t: int) -> Occ | None:
        """The subject a clause puts before its verb: after إنّ/أنّ or كان ("إن الوزير X أبلغ …"،
        "وكانت الوزارة قد طالبت …"), with at most قد between; the noun after the verb is then its object."""
        v = self.v
        k = t - 1
        if k > a and v.bare(k) == "قد":
            k -= 1
        o = next((p for p in v.occs_in(max(a, k - 12), k + 1) if p.t1 == k), None)
        if o is None or v.prep_of(o) != "" or not v.is_actorish(o.eid) or self._is_outlet(o):
            return None
        start = o.t0
        # the titles of a person belong to the subject ("إن نائب وزير الخارجية الشيخ X أبلغ")
        while start - 1 > a and v.bare(start - 1) not in _COMPLEMENTIZERS | _BEING and not v.is_strong_break(start) \
                and "،" not in v.gap(start) and start > o.t0 - 6 and v.by_id[o.eid].type == "PER":
            start -= 1
        if start - 1 < a or "،" in v.gap(start):
            return None
        opener = v.bare(start - 1).lstrip("وف")
        return o if opener in _COMPLEMENTIZERS or opener in _BEING else None

    def _main_subject(self, a: int, t: int) -> Occ | None:
        """The subject of the sentence's first clause, for a verb coordinated after a comma ("، ودعت")."""
        v = self.v
        # "…، في جلسة قال إنها …"، "في كلمة أكد فيها …": a verb describing the occasion the subject spoke at
        occasion = any(t - k > a and v.bare(t - k) in ("في", "خلال") and not any(
            v.tokens[x].folded.startswith(("ال", "و")) for x in range(t - k + 1, t)) for k in (2, 3))
        if not occasion and (not v.tokens[t].folded.startswith("و") or not v.comma_before(t)):
            return None
        while a < t and v.bare(a) in _SUBJECT_OPENERS:
            a += 1  # "غير أن الناطق باسم التنسيقية X رفض …، وقال إن …": past the opener, the subject
        if a < t and v.bare(a).lstrip("و") in ("في", "خلال", "بعد", "عقب", "اثر", "قبل"):
            # "وفي وقت لاحق من اليوم نفسه، زار وزير الداخلية، X، …، وقال": past a fronted phrase of time that names
            # no party, to the clause it opens
            comma = next((x for x in range(a + 1, min(t, a + 8)) if "،" in v.gap(x)), None)
            if comma is not None and not any(v.is_actorish(o.eid) or v.is_place(o.eid) for o in v.occs_in(a, comma)):
                a = comma
        fronted = v.occ_at.get(a + 1) if a + 1 < t and v.bare(a) in ("في", "وفي") else None
        if fronted is not None and v.is_place(fronted.eid) and "،" in v.gap(fronted.t1 + 1):
            a = fronted.t1 + 1  # "وفي بيروت، تقدّم الوزير X بشكوى …، وقال": past the place the story turns to
        hd = self._head(a) if a < t else None
        if hd is not None and hd[0] in ("title", "speaker"):
            # "الناطق باسم التنسيقية وسيم الغربي رفض …، وقال": the person a title names is the subject
            per = self._person_after_title(a, t)
            if per is not None and v.prep_of(per) == "" and per.t1 < t:
                return per
        for o in v.occs_in(a, t):
            if o.t0 - a > 4:
                return None
            if v.prep_of(o) == "" and v.is_actorish(o.eid) and not self._is_outlet(o) and o.t0 > a:
                if v.is_place(o.eid):
                    # "والتقى محافظ معان، سامي الخوالدة، …، وقال": the governor his title names, not his province
                    per = next((p for p in v.occs_in(o.t1 + 1, min(t, o.t1 + 6)) if v.by_id[p.eid].type == "PER"
                                and v.prep_of(p) == "" and v.titled_t0(p) <= o.t0), None)
                    if per is not None:
                        return per
                return o
        return None

    def _subject_past_fima(self, a: int, t: int) -> Occ | None:
        """"اتهمت قوات الدعم السريع الجيش …، وهددت …، فيما نفت أن …": a verb right after "فيما" with no subject of its
        own goes on with the sentence's first subject, when it agrees with the verb."""
        v = self.v
        if t - 1 <= a or v.bare(t - 1) not in ("فيما", "بينما") or not v.comma_before(t - 1):
            return None
        k = a
        while k < t and (v.bare(k) in _SUBJECT_OPENERS or "،" in v.gap(k + 1) and k - a < 3):
            k += 1  # (past an opener: "في المقابل، اتهمت …")
        first = next((o for o in v.occs_in(a, min(t, k + 4)) if v.prep_of(o) == "" and v.is_actorish(o.eid)), None)
        if first is None or self._is_outlet(first) or self._disagrees(t, first.eid):
            return None
        return first

    def _contrasted_subject(self, a: int, t: int) -> Occ | None:
        """"…، غير أن وزارة المالية رفضت هذه الاتهامات، وأوضحت أن …": a verb coordinated after a comma goes on with
        the subject of the clause "غير أن"/"لكن" opened last in the sentence, when it agrees with the verb."""
        v = self.v
        if not v.tokens[t].folded.startswith("و") or not v.comma_before(t):
            return None
        for k in range(t - 1, a, -1):
            w = v.bare(k)
            if w in _OTHER_CLAUSE:
                return None  # (another clause opened nearer: "فيما قال …")
            opened = w in ("لكن", "ولكن") or (w == "ان" and v.bare(k - 1) in ("غير", "الا", "بيد"))
            if not opened:
                continue
            o = next((o for o in v.occs_in(k + 1, min(t, k + 2)) if o.t0 == k + 1), None)
            if o is None or v.prep_of(o) != "" or not v.is_actorish(o.eid) or self._is_outlet(o) \
                    or self._disagrees(t, o.eid):
                return None
            return o
        return None

    def _has_content(self, j: int, b: int, cue: Cue, width: int = 16) -> bool:
        """Reported speech needs what was said: أن/إن/بأن, إلى أن, عن, a quotation or a colon; after
        أفاد a verbal noun with ب too ("أفادت المنظمة الدولية للهجرة بنزوح أكثر من 4 آلاف شخص")."""
        v = self.v
        if cue.lemma == "أفاد" and j < b and v.tokens[j].folded.startswith("ب") and len(v.tokens[j].folded) > 4 \
                and j not in v.occ_at:
            return True
        if cue.lemma in ("هدد", "توعد") and j < b and j not in v.occ_at and (
                v.tokens[j].folded == "ب" or v.tokens[j].folded.startswith("ب") and len(v.tokens[j].folded) > 4):
            return True  # "توعّد المتحدث … بـ«رد موجع»"، "هدّد الوزير بتكثيف الضربات": what is threatened is what is said
        for k in range(j, min(b, j + width)):
            f = v.bare(k)
            if width < 6:
                if f in _CONTENT_OPENERS:
                    return True
                continue
            if f in _CONTENT_OPENERS or any(q in v.gap(k) for q in ("«", '"', "“", ":")):
                return True
            if f in PARTICIPLE_CONT:
                return True
        return False

    def _document_aside(self, j: int, b: int) -> bool:
        """Token j opens an aside naming the statement's form: "، في بيان …"، "، خلال مؤتمر صحفي …"."""
        v = self.v
        return "،" in v.gap(j) and v.bare(j) in ("في", "خلال") and j + 1 < b and _is_document(v.tokens[j + 1].folded)

    def _aside_end(self, j: int, b: int) -> int | None:
        """The token after the comma that closes the aside opened at j (within a dozen words), or None."""
        return next((x for x in range(j + 2, min(b, j + 14)) if "،" in self.v.gap(x)), None)

    def _skip_via(self, j: int, b: int) -> int:
        """Skip "لقناة X" or "، في تصريحات أدلى بها لقناة X،" after the speaker."""
        v = self.v
        k = j
        aside = "،" in v.gap(j)
        if not (aside or v.bare(j) in ("في", "خلال") or v.tokens[j].folded.startswith("ل")):
            return j  # no via phrase here: "أعلنت الوزارة إيقاف سبعة أشخاص «تورطوا …»" says what follows
        if self._document_aside(j, b) or aside and v.bare(j) in _RELAY_ASIDES:
            # "، في بيان نشرته على صفحتها بموقع "فيسبوك"، إن …"، "، بحسب ما نقلت وكالة الأنباء العراقية، نشر …":
            # the aside ends at its comma, quotes inside it
            close = self._aside_end(j, b)
            if close is not None:
                return close
        term_end = -1
        while k < b and k - j < 10:
            quote = any(q in v.gap(k) for q in ("«", '"')) and k != term_end
            if quote and (end := self._quoted_term(k, b)) is not None:
                term_end = k = end  # (past the quoted name; its closing mark opens nothing)
                continue
            if v.bare(k) in _COMPLEMENTIZERS or quote or ":" in v.gap(k):
                return k
            if k > j and k in self.cue_tokens:
                return j  # "أعلنت الوزارة اعتقال …، وقالت إن …": the next verb's content is not this one's
            if k > j + 1 and aside and "،" in v.gap(k) and j + 1 < b and _is_document(v.tokens[j + 1].folded):
                return k  # "، في بيان، إيقاف …": the aside closed, what was said begins
            k += 1
        return j

    def _quoted_term(self, k: int, b: int) -> int | None:
        """A short name or term quoted inside what is said, right after a noun ("تحييد 31 إرهابياً من منظمة
        "بي كي كي"", "ضمن عملية «درع الفرات»"), not a quotation that opens the content: the token after
        its closing mark, or None."""
        v = self.v
        gap = v.gap(k)
        if ":" in gap or "،" in gap or "," in gap or k == 0:
            return None
        if v.bare(k - 1) in _COMPLEMENTIZERS or v.bare(k - 1) in ("ان", "بان") or (k - 1) in self.cue_tokens:
            return None
        # (a name's noun before it: "منظمة "بي كي كي""، "عملية «درع الفرات»"; not "قال لقناة الجزيرة "لن نسمح …""
        # nor "خلال مؤتمر صحفي «لن نتراجع»", where the quotation is what was said)
        def named_thing(x: int) -> bool:
            w = v.tokens[x].folded
            w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
            w = w[1:] if w[:1] in ("ب", "ل", "ك") and len(w) > 3 else w
            return w.removeprefix("ال") in _NAMED_THINGS

        # (or the noun and its genitive: "سفينة الشحن «ماريا ثيودورا»"، "ناقلة النفط «سانتي»")
        if not named_thing(k - 1) and not (k >= 2 and v.bare(k - 1).startswith("ال") and v.gap(k - 1).strip() == ""
                                           and named_thing(k - 2)):
            return None
        closing = "»" if "«" in gap else ('"' if '"' in gap else "”")
        for x in range(k, min(b, k + 6)):
            if x + 1 < len(v.tokens) and closing in v.gap(x + 1):
                return x + 1
            if x > k and any(q in v.gap(x) for q in ("«", '"', "“", "،", ":")):
                return None
        return None

    def _after_compl(self, j: int, b: int) -> int:
        v = self.v
        k = j
        while k < b and k - j < 12:
            f = v.bare(k)
            if f in _COMPLEMENTIZERS or f in ("ان",):
                return k + 1 if f in ("ان", "بان") else k
            if ":" in v.gap(k) or (k == j and any(q in v.gap(k) for q in ("«", '"', "“"))):
                return k
            if k > j and k in self.cue_tokens:
                return j  # another reporting verb opens its own content
            k += 1
        return j

    def _last_issuer(self, i: int) -> _St | None:
        """"وأكد البيان …": the last statement whose sentence names a document of the kind at token i ("أعلنت
        القيادة في بيان …"), past the sources quoted since ("وقال مصدر عسكري …")."""
        kinds = {w for w in strip_word(self.v.tokens[i].folded) if not w.startswith("ال")}
        if not kinds:
            return None
        for s in reversed(self.statements):
            if s.speaker is None and s.speaker_text is None:
                continue
            a, b = s.sent
            if any(w in kinds or w[:-1] in kinds for k in range(a, b) for w in strip_word(self.v.tokens[k].folded)):
                return s
        return None

    def _titled_person(self, i: int) -> str | None:
        """"… محافظ نابلس، خالد الأحمد … وقال المحافظ": the last person named before token i whose post is the
        bare title at i (its word in the person's role), within the last 120 tokens."""
        v = self.v
        words = [w.removeprefix("ال") for w in strip_word(v.tokens[i].folded) if w.startswith("ال")]
        if not words:
            return None
        for o in reversed(v.occs_in(max(0, i - 120), i)):
            ent = v.by_id[o.eid]
            if ent.type == "PER" and ent.role and any(w in fold_text(ent.role).split() for w in words):
                return o.eid
        return None

    def _last_speaker(self, title: str | None = None) -> _St | None:
        for s in reversed(self.statements):
            if s.speaker is None and s.speaker_text is None:
                continue
            if title is None:
                return s
            words = strip_word(title)
            text = fold_text(self.text[s.speaker_text[0]:s.speaker_text[1]]) if s.speaker_text else ""
            role = fold_text(self.v.by_id[s.speaker].role or "") if s.speaker and s.speaker in self.v.by_id else ""
            if any(w and (w in text or w in role) for w in words):
                return s
        return None

    def _according(self, h: Hit[Cue], t: int, a: int, b: int) -> None:
        """"بحسب X" / "وفقاً لـ X" / "وفق ما ذكره X لـ Y": a claim or a statement by X, or a relay."""
        v = self.v
        j = v.token_at(h.end - 1) + 1
        # "وفق ما ذكره X": a verb follows
        if j < b and v.bare(j) in ("ذكره", "ذكرته", "نقله", "نقلته", "افاد", "افادت", "اورده", "اوردته", "ذكر", "ذكرت", "نقلت", "نقل", "اورد", "اوردت", "افادته"):
            verb_tok = j
            j += 1
        else:
            verb_tok = None
        if verb_tok is not None or j in self.cue_tokens:
            return  # the reporting verb itself carries the statement ("وفق ما أعلنت الوزارة")
        j = self._skip_parentheticals(j, b)
        if j >= b:
            return
        o = v.occ_at.get(j)
        head = self._head(j)
        others = list(self._in_sentence((a, b)))
        if o is not None and self._is_outlet(o) and others:
            return  # a relay for the sentence's own statement
        if head is not None and head[0] == "holder":
            e = self._np_end(j, b)
            self._claim((v.tokens[j].start, v.tokens[e - 1].end), j, e, b, content_whole=(a, b))
            return
        doc_tok = None
        if o is None and v.bare(j) in _ACCORDING_DOCUMENTS:
            issuer = self._document_issuer(j, b)
            doc_tok = j
            if issuer is None:
                # "بحسب بيان صادر عن اللجنة المشتركة المكلفة بمتابعة تنفيذ الاتفاق": a body no table knows, told by
                # its definite name after صادر عن, speaks by its words
                k = j + 1
                if not (v.bare(k) in ("صادر", "صادرا", "صدر") and v.bare(k + 1) == "عن" and k + 2 < b
                        and v.tokens[k + 2].folded.startswith("ال") and k + 2 not in v.occ_at
                        and not v.gap(k + 2).strip()):
                    return
                e = self._np_end(k + 2, b)
                # (its name ends before a participle of its charge: "اللجنة المشتركة المكلفة بمتابعة …")
                e = next((x for x in range(k + 3, e) if v.bare(x).startswith("الم") and v.bare(x).endswith("ه")
                          and v.bare(x + 1)[:1] == "ب"), e)
                spk, stext, nxt = None, (v.tokens[k + 2].start, v.tokens[e - 1].end), e
            else:
                spk, stext, nxt = issuer.eid, (issuer.start, issuer.end), issuer.t1 + 1
        elif h.payloads[0].lemma == "وفق":
            return  # "وفق قرار مجلس الأمن": in accordance with, not according to its speaker
        else:
            spk, stext, nxt = self._entity_speaker(j, b)
        if spk is None and stext is None:
            return
        via = self._relay_in(a, b, nxt)
        cue_tok = verb_tok if verb_tok is not None else (doc_tok if doc_tok is not None else t)
        cue_span = (v.tokens[cue_tok].start, v.tokens[cue_tok].end)
        # the content is the rest of the sentence, on both sides of the attribution
        content = (v.tokens[a].start, v.tokens[b - 1].end)
        if others:
            return
        self.statements.append(_St(cue_span, cue_tok, spk, stext, via if via != spk else None, content, False, (a, b)))

    def _claim(self, holder: tuple[int, int], ht: int, nxt: int, b: int,
               content_whole: tuple[int, int] | None = None, kind: str | None = None) -> None:
        v = self.v
        head = self._head(ht)
        kind = kind or (head[1] if head else "others")
        # a holder is a head and at most three modifiers; "آخرون" and "البعض" take none; an accusative
        # word ("يعتبره آخرون نشاطاً روتينياً") already belongs to what they think
        end_tok = ht
        limit = 0 if v.bare(ht) in ("اخرون", "اخرين", "البعض", "بعضهم") else 3
        for k in range(ht + 1, min(b, ht + 1 + limit)):
            f = v.tokens[k].folded
            if k == ht + 1 and f == "في" and k + 1 < b and not v.gap(k + 1).strip() and kind in ("experts", "others") \
                    and (v.tokens[k + 1].folded.startswith("ال") or k + 2 < b and not v.gap(k + 2).strip()
                         and v.tokens[k + 2].folded.startswith("ال") and k + 1 not in v.occ_at):
                # their field: "خبراء في الثروة السمكية"، "مختصون في الشأن الأمني"، "خبراء في شؤون الهجرة"،
                # "عاملون في المجال الإنساني"
                end_tok = k
                continue
            if v.is_strong_break(k) or "،" in v.gap(k) or f in _COMPLEMENTIZERS or v.bare(k) in _STOP_WORDS \
                    or (f.endswith("ا") and not f.endswith(("ها", "نا"))) or k in v.occ_at:
                break
            end_tok = k
        holder = (holder[0], min(holder[1], v.tokens[end_tok].end))
        if self._has_holder_at(holder[0]):
            return
        # "بعض المراقبين": include the quantifier before the head
        if ht > 0 and v.bare(ht - 1) in ("بعض", "عدد", "معظم", "اغلب", "كثير"):
            holder = (v.tokens[ht - 1].start, holder[1])
        if content_whole is not None:
            a, bb = content_whole
            content = Span(start=v.tokens[a].start, end=v.tokens[bb - 1].end, text=self.text[v.tokens[a].start:v.tokens[bb - 1].end])
        else:
            c0 = self._after_compl(nxt, b)
            if c0 >= b:
                content = None
            else:
                s, e = v.tokens[c0].start, self._content_end(c0, b)
                content = Span(start=s, end=e, text=self.text[s:e])
        self.claims.append(Claim(id=f"C{len(self.claims) + 1}", holder=Span(start=holder[0], end=holder[1], text=self.text[holder[0]:holder[1]]),
                                 holder_kind=kind, content=content))  # type: ignore[arg-type]

    # --- holders after opinion verbs with no statement cue matched ("يرى آخرون")
    def records(self) -> tuple[list[Statement], list[Claim]]:
        out: list[Statement] = []
        last: _St | None = None
        sp = lambda r: Span(start=r[0], end=r[1], text=self.text[r[0]:r[1]])  # noqa: E731
        # a reporting word inside an unnamed group's reading, its speaker named before it ("ويرى مراقبون أن
        # استمرار الخطف يكشف …"، "…، مشيرين إلى أن …"), goes on with that reading: no statement of its own
        inside = [(c.content.start, c.content.end) for c in self.claims if c.content is not None]
        for s in self.statements:
            if s.speaker_text is not None and s.speaker_text[0] < s.cue[0] and any(
                    lo <= s.cue[0] < hi and lo <= s.speaker_text[0] for lo, hi in inside) and (
                    s.speaker is None or self.v.bare(s.cue_tok) in PARTICIPLE_CONT):
                continue  # (a named party's own verb inside it still speaks: "غير أن الوزارة نفت …")
            if last is not None and s.speaker is not None and s.speaker == last.speaker \
                    and self.v.sentence_tokens(s.cue[0]) == self.v.sentence_tokens(last.cue[0]) \
                    and s.via in (None, last.via):
                # "أدانت الوزارة …، وطالبت …": one party's say in one sentence is one statement; what
                # it goes on to say is part of what it said
                if s.content and s.content[1] > s.content[0]:
                    lo = min(s.content[0], last.content[0]) if last.content else s.content[0]
                    hi = max(s.content[1], last.content[1]) if last.content else s.content[1]
                    last.content = (lo, hi)
                    out[-1] = out[-1].model_copy(update={"content": sp(last.content)})
                continue
            if s.via is None and s.speaker is not None and s.speaker_text is not None and self.v.is_outlet(s.speaker) \
                    and fold_text(self.text[s.speaker_text[0]:s.speaker_text[1]]).split(" ")[0] in _REPORTER_NOUNS:
                s.via = s.speaker  # "أفاد مراسل «وفا»": the outlet's reporter speaks, the outlet carries it
            last = s
            out.append(Statement(
                id=f"S{len(out) + 1}", speaker=s.speaker,
                speaker_text=sp(self._closed_quote(s.speaker_text)) if s.speaker_text else None, via=s.via,
                cue=sp(s.cue), content=sp(s.content) if s.content and s.content[1] > s.content[0] else None,
                direct=s.direct, time=self._time(s)))
        return out, self.claims

    def _closed_quote(self, r: tuple[int, int]) -> tuple[int, int]:
        """A speaker's words with the closing mark of a name quoted in them: "مراسل «وفا»", not "مراسل «وفا"."""
        a, b = r
        for opening, closing in (("«", "»"), ("\"", "\""), ("“", "”")):
            piece = self.text[a:b]
            if piece.count(opening) > piece.count(closing) if opening != closing else piece.count(opening) % 2 == 1:
                if self.text[b:b + 1] == closing:
                    return a, b + 1
        return a, b

    def _time(self, s: _St) -> str | None:
        try:
            from ..time.attach import time_for_span
        except ImportError:  # the time layer's helper is optional
            return None
        try:
            exclude = [s.content] if s.content else []
            t = time_for_span(self.doc, s.cue[0], s.cue[1], scope="sentence", latest=self.doc.published, exclude=exclude)
        except TypeError:
            return None
        return t.id if t is not None else None


def read_attribution(doc: Doc, view: DocView | None = None) -> tuple[list[Statement], list[Claim]]:
    rd = Reader(doc, cue_lexicon(), view or view_of(doc))
    rd.run()
    return rd.records()
