"""Places the gazetteer does not know, read from the noun that says what kind of place follows.

Arabic news names a small place with its kind: "بلدة مجدل سلم في قضاء مرجعيون", "حي البياض
بمدينة النبطية", "قريتي السراجي والهارثة", "مستشفى الثورة العام". After such a noun
(``triggers.tsv``: every "pre" row and the "name" rows) the words up to the next preposition,
time word, verb, punctuation or known place are read as a name, when they look like one:

- not an adjective ("بلدة حدودية", "منطقة آمنة"), a common noun ("منطقة الاشتباكات", "مخيم
  النازحين", ``unknown_words.tsv``), a nationality, a number or a function word;
- a first word such as "أم", "البو", "كفر" takes the next one ("أم صميمة"); a name ends with
  the adjectives that belong to it ("الطيبة الغربية", "مستشفى الثورة العام").

The mention keeps the noun ("بلدة تلدو"), its label and feature come from it, and it has no
gazetteer id. Its ``geo`` is that of the place named right after it as its container ("بلدة
تلدو بريف حمص" -> the Homs governorate; "منطقة الأقروض جنوب شرقي مدينة تعز" -> Taiz), with
that container's coarser ``precision`` ("province", "town", "region"), else null. A known place
after a "name" noun becomes the larger place it names ("سهل الحولة", "مستشفى الموصل"); a name
the recogniser left for want of evidence that is one place of the article's country in the
gazetteer is that place ("بلدية القدس"). A later bare mention of the same name after a
locative preposition ("في تلدو") is the same place.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..doc import Doc, Mention, Token
from ..resources import read_tsv
from ..text.normalise import fold_text
from ..text.tokenise import clitic_splits, tokenise
from .gazetteer import Gazetteer, Place
from .triggers import Trigger, Triggers, written_like

__all__ = ["UnknownPlaces", "unknown_words"]

# the side or part of a place, between a small place and the town it lies in ("في الجهة الشمالية من مدينة حلب")
_SIDE_NOUNS = frozenset({"الجهه", "الناحيه", "الطرف", "الاطراف", "الجزء", "القسم", "الشطر"})

PKG = "marsad.places"
_COMPASS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"})
_TRIGGER_CLITICS = frozenset({"", "و", "ف", "ب", "ل", "وب", "فب", "ول", "فل"})  # not ك: "كتلة" is no تلة
_LOCATIVE_CLITICS = frozenset({"ب", "وب", "فب", "ل", "ول", "فل"})
_LOCATIVE = frozenset("في الي من داخل خارج قرب نحو باتجاه حتي علي عن بين حول عند".split())
# nouns of a place's parts and sides, after which a name told before is that place again ("في ضواحي بورهكبة")
_AREA_BEFORE = _COMPASS | frozenset({"ضواحي", "اطراف", "محيط", "مداخل", "مدخل", "وسط"})
_NAME_CLITICS = frozenset({"و", "ب", "ل", "ف", "وب", "ول", "فب"})
_TANWEEN = ("\u064b", "\u064c", "\u064d")
_PRECISION = {"province": "province", "region": "region", "district": "town", "city": "town", "town": "town",
              "village": "town"}
_FEATURE_EN = {"base": "base", "airport": "airport", "crossing": "crossing", "site": "site", "town": "town",
               "village": "village", "district": "district", "region": "area", "province": "province",
               "city": "city"}
_MAX_WORDS = 3
# "البو" (the sons of, Iraqi): a tribe named inside a place's name, never its last word
_TRIBE_OF = frozenset({"البو"})
# honorifics a site is named by before a person's name ("مستشفى الملك فهد"، "مسجد الإمام علي")
_HONORIFICS = frozenset({"الملك", "الامير", "الامام", "الشهيد", "الشيخ", "السلطان", "الرئيس", "الشريف", "السيد",
                         "الحاج", "القائد", "الجنرال", "الزعيم"})


# words that end a person's name after a site: prepositions and adverbs of place or time
_NOT_NAMES = frozenset({"في", "علي", "من", "الي", "عن", "مع", "قرب", "وسط", "شمال", "جنوب", "شرق", "غرب", "امس", "اليوم",
                        "بعد", "قبل", "حيث", "بين", "عند", "لدي", "منذ", "خلال", "ضد", "نحو", "امام"})


def _given_name(f: str) -> bool:
    """A first name (the actors layer's table): "ساحة محمد علي" is named after a man."""
    from ..actors.unknown import given_names

    return f in given_names()


def _form_iv_past(folded: str) -> bool:
    """A past verb of the fourth form with a feminine subject (أقامت، أطلقت، أعلنت، أغلقت): it joins a clause
    to the one before, never a place to a list."""
    return len(folded) == 5 and folded[0] == "ا" and folded[-1] == "ت"


@dataclass(frozen=True)
class Words:
    """The word classes of ``unknown_words.tsv`` (folded)."""

    connector: frozenset[str]
    suffix: frozenset[str]
    adjective: frozenset[str]
    generic: frozenset[str]
    stop: frozenset[str]
    chain: frozenset[str]
    kind: frozenset[str]


@lru_cache(maxsize=1)
def unknown_words() -> Words:
    classes: dict[str, set[str]] = {}
    for word, cls in (r[:2] for r in read_tsv(PKG, "data/unknown_words.tsv", min_fields=2)):
        classes.setdefault(cls, set()).add(fold_text(word))
    return Words(*(frozenset(classes.get(c, ())) for c in ("connector", "suffix", "adjective", "generic", "stop",
                                                          "chain", "kind")))


def _arabic(word: str) -> bool:
    return len(word) >= 2 and all("\u0621" <= c <= "\u064a" for c in word)


class UnknownPlaces:
    """Built once; ``__call__(doc, known)`` returns new place mentions and the known ones a
    "name" noun absorbed (to drop)."""

    def __init__(self, triggers: Triggers, gazetteer: Gazetteer | None = None) -> None:
        self.tr = triggers
        self.w = unknown_words()
        self.gz = gazetteer
        # asked of every token: the readings a word form may be a trigger by, worked out once per
        # form (most forms have none; the same words recur in every article)
        self._trigger_readings = lru_cache(maxsize=1 << 16)(self._trigger_readings_of)

    # ------------------------------------------------------------------ word tests

    def _trigger_readings_of(self, folded: str) -> tuple[tuple[Trigger, str], ...]:
        """(trigger, proclitic) for each reading of a folded word that names a place-type noun."""
        out: list[tuple[Trigger, str]] = []
        for p, rest in clitic_splits(folded):
            if p in _TRIGGER_CLITICS:
                t = self.tr.names.get(rest)
                if t is not None and "no_name" not in t.flags:
                    out.append((t, p))
        return tuple(out)

    def _trigger(self, tok: Token) -> tuple[Trigger, str] | None:
        """The place-type noun a token is (indefinite, after a proclitic at most), and the proclitic."""
        for t, p in self._trigger_readings(tok.folded):
            if written_like(tok.text[_offset_after(tok, p) - tok.start:], t.written):
                return t, p
        return None

    def _bare(self, tok: Token) -> tuple[str, str]:
        """(proclitic, word) with a conjunction or preposition split off only where the rest is a
        function word ("وفي" -> في); names keep their letters ("بيت" stays)."""
        for p, rest in clitic_splits(tok.folded):
            if p and (rest in self.w.stop or rest in self.w.chain):
                return p, rest
        return "", tok.folded

    def _ends_name(self, tok: Token) -> bool:
        f = tok.folded
        if tok.is_digit or not _arabic(f):
            return True
        p, rest = self._bare(tok)
        return rest in self.w.stop or rest in self.w.chain or f in self.tr.nationality or self._trigger(tok) is not None

    def _name_word(self, tok: Token, first: bool, indef_only: bool, follow: str = "", fem: bool = True,
                   district: bool = False) -> bool:
        """Could this token be (the first) word of a place name? ``follow``: the next word, if adjacent;
        ``district``: the noun before it names a district (triggers.tsv feature), which takes no plural in construct
        (a town's or a village's may: "قرية خدمات")."""
        f = tok.folded
        if tok.is_digit or not _arabic(f) or any(t in tok.text for t in _TANWEEN):
            return False
        if first and f == "جديده" and self._names_on(follow):
            return True  # "بلدة جديدة عرطوز"، "جديدة الفضل": a Levantine town named "new X", not a new town
        if self._ends_name(tok) or f in self.w.adjective or f in self.w.generic or f in self.w.suffix:
            return False
        if first and f.startswith("ال") and indef_only and follow not in _COMPASS:
            return False  # ("جبهة النصرة" is a group; "جبهة الكسارة شمال غربي مأرب" is placed, so a front)
        if first and f in self.w.connector:
            return True
        if first and not f.startswith("ال"):
            # a conjunction or preposition on a common word ("وقتل", "للتظاهر", "لتوليد", "ليحاكم")
            # (a name that starts with و, when a chain to the place that holds it follows: "بلدة واجد بإقليم باكول")
            chained = f[0] == "و" and follow[:1] == "ب" and (follow[1:] in self.tr.pre or follow[1:] in self.tr.names)
            if ((f[0] == "و" and len(f) >= 4) and not chained) or f.startswith(("لل", "لت", "لي")):
                return False
            # verbs: "تتعرض", "يتبع", "ستبدأ", "وضعتها", "قضت"
            plain = "".join(c for c in tok.text if "\u0621" <= c <= "\u064a")
            if f.startswith(("تت", "يت", "ست", "سي", "يست", "تست")) and len(f) >= 5 or plain.endswith(("تها", "ته", "تهم")) \
                    or (f.endswith("ت") and len(f) <= 3):
                return False
            # a passive participle agreeing with a feminine noun ("مدينة مفتوحة", "منطقة محتلة")
            # (not before a compass word: "جبهة مقبنة غربي تعز" is placed, so a name)
            # (nor before a definite name word, which no participle takes: "بلدة معارة النعسان")
            if fem and f[0] == "م" and f.endswith("ه") and 5 <= len(f) <= 6 and follow not in self.tr.post \
                    and follow not in _COMPASS and not (
                        follow.startswith("ال") and len(follow) > 4 and follow not in self.w.stop
                        and follow not in self.w.generic and follow not in self.w.adjective
                        and follow not in self.w.suffix):
                return False
        # a plural noun with the article ("المستوطنات"), an indefinite nisba adjective ("حدودية")
        if f.startswith("ال") and len(f) > 6 and f.endswith("ات"):
            return False
        # an indefinite adjective agreeing with the noun ("بلدة حدودية", "معبر حدودي"), or a plural
        nisba_f = f.endswith("يه") and not f.endswith("ايه")
        if not f.startswith("ال") and ((nisba_f and fem) or (f.endswith("ي") and len(f) >= 4 and not fem)
                                       or (f.endswith("ات") and len(f) >= 5)):
            # "معبر جوسيه الحدودي", "إقليم شبيلي السفلى": a definite adjective after it, so it is a name;
            # so is a short word in -ات placed by a compass word or a chain to its province ("بلدة إيعات غرب
            # مدينة بعلبك"، "منطقة ثعبات بمديرية صالة"): an adjective or a plural is not placed so
            placed = f.endswith("ات") and len(f) == 5 and (
                follow in _COMPASS or follow[:1] == "ب" and (follow[1:] in self.tr.pre or follow[1:] in self.tr.names))
            # (a district takes no plural in construct, so a word in -ات after it is its name, where the name
            # is then closed: "قرب ناحية عكاشات")
            placed = placed or district and f.endswith("ات") and len(f) <= 7
            # (nor is one before a tribe's name: "قرية زوية البو نمر")
            return bool(first and (follow in self.tr.post or follow in self.w.suffix or placed or follow in _TRIBE_OF))
        # a past verb in the plural of a derived form ("واستولوا"، "انسحبوا"، "اعتقلوا")
        if f[0] == "ا" and f.endswith("وا") and len(f) >= 6:
            return False
        # a verb with an object pronoun ("يقطنها", "تحيط بها")
        # (a first-person plural takes no -ون/-وا: "ميناء نشطون" is a name)
        if (f[0] in "يت" and f.endswith(("ها", "هم", "ون", "وا")) or f[0] == "ن" and f.endswith(("ها", "هم"))) \
                and len(f) >= 5:
            return False
        return True

    def _names_on(self, follow: str) -> bool:
        """The word after "جديدة" goes on with a name: no function or common word, no verb (a present's prefix),
        no preposition on it ("بلدة جديدة للنازحين"، "قرية جديدة تضم"، "منطقة جديدة في ريف")."""
        w = self.w
        return len(follow) >= 3 and _arabic(follow) and follow[0] not in "تينسلبوف" and not any(
            follow in c for c in (w.stop, w.generic, w.adjective, w.suffix, w.chain)) and follow not in self.tr.nationality

    def _boundary(self, toks: list[Token], k: int, adj: bytearray, starts: dict[int, Mention]) -> bool:
        """Token k ends what comes before it (or the text ended)."""
        if k >= len(toks) or not adj[k - 1]:
            return True
        return self._ends_name(toks[k]) or k in starts

    # ------------------------------------------------------------------ parsing

    def _name(self, toks: list[Token], j: int, adj: bytearray, starts: dict[int, Mention],
              trig: Trigger) -> int:
        """Number of tokens from j that form an unknown place name (0 if none)."""
        n = len(toks)
        follow = toks[j + 1].folded if j + 1 < n and adj[j] else ""
        # feminine, plural (a broken plural too: "أحياء سكنية") and dual nouns take "-ية" adjectives
        fem = trig.written.endswith(("ة", "ات", "ى", "تي")) or "plural" in trig.flags
        if j >= n or j in starts or not (
                (toks[j].folded in _HONORIFICS and trig.label == "FAC" and follow
                 and (follow == "علي" or follow not in _NOT_NAMES))
                or self._name_word(toks[j], True, "indef" in trig.flags, follow, fem, trig.feature == "district")):
            return 0  # (an honorific opens a site's name: "مستشفى الإمام علي"، not "أمام")
        k = 1
        first = toks[j].folded
        if first in self.w.connector and not (first in _HONORIFICS and trig.label == "FAC"):
            # ("سيدي علي بوناب"، "أبو علي": the name Ali, spelt with ي, not the preposition على)
            ali = j + 1 < n and toks[j + 1].folded == "علي" and toks[j + 1].text.endswith("ي")
            if j + 1 >= n or not adj[j] or j + 1 in starts or not (ali or self._name_word(toks[j + 1], False, False)):
                return 0
            k = 2
        # "مستشفى الملك فهد"، "ساحة محمد علي"، "مستشفى الشهيد محمد الدرة": a site named after a person
        personal = first in _HONORIFICS or (not first.startswith("ال") and _given_name(first))
        limit = _MAX_WORDS + (1 if personal else 0)
        while k < limit and j + k < n and adj[j + k - 1] and j + k not in starts:
            nxt = toks[j + k]
            f = nxt.folded
            if f in _TRIBE_OF and k + 1 < limit and j + k + 1 < n and adj[j + k] and j + k + 1 not in starts \
                    and self._name_word(toks[j + k + 1], False, False):
                k += 2  # "قرية زوية البو نمر": a tribe's name in the place's, its next word with it
                continue
            if f in self.w.suffix:
                k += 1
                continue
            if personal and f not in self.tr.post:  # ("قاعدة الملك فيصل البحرية": the adjective is the base's)
                # (a name word, "علي" read as the name, a family name with the article after the first name)
                if _arabic(f) and not nxt.is_digit and (f == "علي" or _given_name(f) or (
                        self._name_word(nxt, False, False) and not f.startswith(("ال", "و"))
                        and f not in _NOT_NAMES) or (f.startswith("ال") and k >= 2
                                                     and self._name_word(nxt, False, False))) \
                        and not any(t in nxt.text for t in _TANWEEN):
                    k += 1
                    continue
            if "plural" in trig.flags or not self._name_word(nxt, False, False) or f in self.tr.post:
                break  # (a facility adjective is read after the name: "مجمع ناصر الطبي")
            if f.startswith("ال") and ((f.endswith(("ي", "يه")) and len(f) > 5) or (f.startswith("الم") and f.endswith("ه")
                                                                               and len(f) >= 7)):
                break  # an adjective of the noun phrase: "حي المنصور الراقي", "بلدة برقايل المؤدية"
            if self._participle_on(toks, j + k):
                break  # a participle and its preposition: "جبال مكحول المطلة على المنطقة"
            if not f.startswith("ال") and f[0] in "يت" and len(f) == 4:
                break  # a present-tense verb: "اقليم ننجرهار يربط", "ولاية مينيسوتا تحول"
            if f[0] in "وف" and not f.startswith("ال") and len(f) > 3:
                break  # "وأضرموا", "والهارثة": a conjunct, not the name's next word
            if f.startswith(("بال", "كال")) and len(f) > 5:
                break  # "حي تل الرميدة بالحجارة": a preposition with the article opens a phrase of its own
            # a second plain word only where the name is then closed ("مجدل سلم في", "عيتا الشعب،")
            # (or by a site's own adjective: "مطار عيل بور العسكري")
            # (a conjunct after it closes it too: "حي صلاح الدين وطريق المطار")
            closed = self._boundary(toks, j + k + 1, adj, starts) or (
                j + k + 1 < n and toks[j + k + 1].folded[:1] == "و" and len(toks[j + k + 1].folded) > 2) or (
                trig.label == "FAC" and toks[j + k + 1].folded in self.tr.post)
            if (f.startswith("ال") == first.startswith("ال") or f.startswith("ال")) \
                    and closed and not nxt.text.endswith("ت"):
                k += 1
                continue
            break
        # an indefinite one-word name must be closed: "بلدة تلدو بريف", "مدينة أفجوي والعاصمة"
        # ("ناحية أسلوب …", "قضاء مهام …" are other words)
        if k == 1 and not first.startswith("ال") and not self._closed(toks, j + 1, adj, starts):
            return 0
        # facility adjectives after the name ("معبر جوسيه الحدودي", "مخيم زمزم للنازحين")
        posts = 0
        while j + k < n and adj[j + k - 1] and toks[j + k].folded in self.tr.post:
            k += 1
            posts += 1
        if "needs_post" in trig.flags and not posts:
            return 0  # "قاعدة وضعتها", "منفذ الاعتداء", "سد الطرق"
        return k

    def _closed(self, toks: list[Token], k: int, adj: bytearray, starts: dict[int, Mention]) -> bool:
        """Token k does not continue the phrase before it."""
        if self._boundary(toks, k, adj, starts):
            return True
        f = toks[k].folded
        # (a purpose after the place: "إلى جبهة رغوان لمساندة الجيش"، "بلدة حيس لتأمينها")
        purpose = f[0] == "ل" and not f.startswith("ال") and len(f) >= 5
        return (f[0] == "و" and len(f) > 2) or purpose or f in self.w.adjective or f in self.w.suffix \
            or f in self.tr.post or self._participle_on(toks, k)

    @staticmethod
    def _participle_on(toks: list[Token], k: int) -> bool:
        """Token k is a definite participle with its preposition after it: "جبال مكحول المطلة على المنطقة"."""
        f = toks[k].folded
        return f.startswith("الم") and f.endswith("ه") and k + 1 < len(toks) and toks[k + 1].folded == "علي"

    def _name_goes_on(self, toks: list[Token], j: int, m: Mention, adj: bytearray) -> bool:
        """The known one-word place at token j is followed, in the same phrase, by a definite word that
        carries its name on (بستان الباشا), not by an adjective, a place word or a function word."""
        e = j + 1
        if e >= len(toks) or toks[j].end < m.end or not adj[j]:
            return False
        f = toks[e].folded
        return f.startswith("ال") and len(f) >= 4 and self._name_word(toks[e], False, False) \
            and not self._qualified(toks, e, adj) and f not in self.tr.post and f not in self.tr.nationality \
            and not (f.startswith("الم") and f.endswith("ه"))

    def _qualified(self, toks: list[Token], e: int, adj: bytearray) -> bool:
        """A definite relational adjective follows the name ("محور تعز العسكري", "جبهة X الشعبية"):
        the phrase names a body, not a front."""
        if e >= len(toks) or not adj[e - 1]:
            return False
        f = toks[e].folded
        return f.startswith("ال") and (f.endswith("ي") or f.endswith("يه")) and f not in self.w.suffix \
            and f not in self.tr.nationality

    def _container(self, toks: list[Token], e: int, adj: bytearray, starts: dict[int, Mention],
                   text: str) -> Mention | None:
        """A known place right after the name, across chain words ("بريف حمص", "جنوب شرقي مدينة تعز"), and past a
        side of it with its adjectives ("حي الشيخ خضر السكني في الجهة الشمالية الشرقية من مدينة حلب")."""
        k = e
        for _ in range(9):
            if k >= len(toks) or not adj[k - 1] and text[toks[k - 1].end:toks[k].start].strip() not in ("،", ","):
                return None
            if k in starts:
                m = starts[k]
                if k == e and m.start > toks[k].start and toks[k].folded.startswith("و"):
                    return None  # "مدينتي الدلنج وكادقلي": a conjunct, not a container
                geo = m.attrs.get("geo") or {}
                return m if geo.get("feature") in _PRECISION else None
            p, rest = self._bare(toks[k])
            if rest in self.w.chain or toks[k].folded in self.tr.names:
                k += 1
                continue
            # "بريف", "بمحافظة": a chain preposition on a place-type noun
            t = self._trigger(toks[k])
            if t is not None:
                k += 1
                continue
            # "في الجهة الشمالية الشرقية من"، "السكني": a side of the container, or an adjective of the name's place
            if rest in _SIDE_NOUNS or toks[k].folded.startswith("ال") and toks[k].folded.endswith(("ي", "يه")) \
                    and len(toks[k].folded) > 4:
                k += 1
                continue
            return None
        return None

    # ------------------------------------------------------------------ output

    def _mention(self, doc: Doc, start: int, end: int, trig: Trigger, name: str, container: Mention | None,
                 locative: bool) -> Mention:
        from ..actors.romanise import romanise

        geo: dict[str, Any] | None = None
        country = None
        if container is not None:
            cg = container.attrs.get("geo") or {}
            country = container.attrs.get("country")
            geo = {"lat": cg["lat"], "lon": cg["lon"], "feature": trig.feature,
                   "admin1": cg.get("admin1"), "precision": _PRECISION[cg["feature"]]}
        key = f"marsad:unknown/{' '.join(fold_text(name).split())}"
        attrs: dict[str, Any] = {
            "name_ar": doc.text[start:end], "name_en": f"{romanise(name)} ({_FEATURE_EN.get(trig.feature, 'place')})",
            "kb_id": None, "country": country, "geo": geo, "key": key, "unknown": True, "nestable": locative,
            "kind": "unknown-place",  # (a town named by its kind of place: never a country standing for its state)
        }
        return Mention(start, end, trig.label, attrs, "places.unknown")

    def __call__(self, doc: Doc, known: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        toks = doc.tokens or tokenise(doc.text)
        n = len(toks)
        if n < 2:
            return [], []
        text = doc.text
        adj = bytearray(n)
        for k in range(n - 1):
            gap = text[toks[k].end:toks[k + 1].start]
            adj[k] = 1 if (not gap or (gap.isspace() and "\n" not in gap)) else 0
        tok_starts = [t.start for t in toks]
        starts: dict[int, Mention] = {}
        covered = bytearray(n)
        for km in known:
            i = bisect_right(tok_starts, km.start) - 1
            if i < 0:
                continue
            starts.setdefault(i, km)
            k = i
            while k < n and toks[k].start < km.end:
                covered[k] = 1
                k += 1
        countries = Counter(str(m.attrs.get("country")) for m in known if m.attrs.get("country"))
        top = countries.most_common(1)[0][0] if countries else ""
        out: list[Mention] = []
        absorbed: list[Mention] = []
        names: dict[str, Mention] = {}  # folded name -> its first mention
        i = 0
        # the tokens a place-type noun may stand at (every other token is passed by)
        readings = self._trigger_readings
        at = [x for x in range(n - 1) if adj[x] and readings(toks[x].folded)]
        while i < n - 1:
            nxt = bisect_left(at, i)
            if nxt == len(at):
                break
            i = at[nxt]
            tok = toks[i]
            found = self._trigger(tok)
            if found is not None and covered[i]:
                # "بلدات حولا" known: the places listed after it still are places of that kind
                tm = starts.get(i)
                ke = bisect_right(tok_starts, tm.end - 1) if tm is not None else 0
                if tm is not None and ke == i + 2 and toks[i + 1].folded in self.w.connector and ke < n \
                        and adj[ke - 1] and self._name_word(toks[ke], False, False):
                    absorbed.append(tm)  # "قرية البو عجيل": "البو" alone is no place here
                    del starts[i]
                    covered[i] = covered[i + 1] = 0
                    continue
                if tm is not None and ke == i + 2 and top and found[0].word in self.tr.pre and tm.label == "LOC" \
                        and tm.attrs.get("country") not in (None, top) and i + 2 not in starts \
                        and self._name_goes_on(toks, i + 1, tm, adj):
                    # "قرية بستان الباشا في ريف جبلة": a foreign town's name that the next word carries on is
                    # the first word of a village's own name, not that town
                    absorbed.append(tm)
                    del starts[i]
                    covered[i] = covered[i + 1] = 0
                    continue
                if "plural" in found[0].flags and tm is not None:
                    e = bisect_right(tok_starts, tm.end - 1)
                    container = self._container(toks, e, adj, starts, text)
                    i = max(i + 1, self._conjuncts(doc, toks, e, adj, starts, found[0], container,
                                                   False, out, names))
                    continue
                found = None
            if found is None:
                i += 1
                continue
            trig, p = found
            if trig.country_only() and trig.country_only() != top:
                i += 1
                continue
            start = _offset_after(tok, p)
            locative = p in _LOCATIVE_CLITICS or (i > 0 and bool(adj[i - 1]) and self._bare(toks[i - 1])[1] in _LOCATIVE)
            j = i + 1
            # "محطة كهرباء الدمازين"، "محطة مياه الخفسة": what a facility serves, between its noun and its name
            kind = trig.label == "FAC" and j < n - 1 and bool(adj[j]) and toks[j].folded in self.w.kind \
                and j not in starts
            if kind:
                j += 1
            m: Mention | None = starts.get(j)
            if m is not None and "bare" in trig.flags:
                i = j  # "بلدية الزاوية": the town itself, already found
                continue
            if "bare" in trig.flags:
                start = toks[j].start
            if m is not None and "indef" in trig.flags and self._qualified(toks, (bisect_right(tok_starts, m.end - 1)), adj):
                i = j
                continue
            if m is not None and fold_text(text[m.start:m.end]) in self.w.connector and j + 1 < n and adj[j] \
                    and self._name_word(toks[j + 1], False, False):
                absorbed.append(m)  # "قرية البو عجيل": "البو" alone is no place here
                del starts[j]
                m = None
            if m is not None:
                # a known place after a noun the recogniser does not read ("سهل الحولة", "مستشفى الموصل"):
                # the larger place it names, located by the known one when that lies in the article's country
                if trig.word not in self.tr.pre and "plural" not in trig.flags and "needs_post" not in trig.flags \
                        and m.label == "LOC" \
                        and (m.attrs.get("geo") or {}).get("feature") \
                        in _PRECISION and m.start == toks[j].start:
                    near = m if not top or m.attrs.get("country") == top else None
                    named = text[toks[j - 1].start if kind else m.start:m.end]
                    new = self._mention(doc, start, m.end, trig, named, near, locative)
                    new.attrs["key"] = f"marsad:unknown/{trig.word} {' '.join(fold_text(named).split())}"
                    out.append(new)
                    absorbed.append(m)
                elif "plural" in trig.flags:
                    # "في بلدتي ذيبان والحوايج": a known first conjunct, the places listed after it of that kind
                    e = bisect_right(tok_starts, m.end - 1)
                    container = self._container(toks, e, adj, starts, text)
                    i = max(j + 1, self._conjuncts(doc, toks, e, adj, starts, trig, container, locative, out, names,
                                                   closed_only=True))
                    continue
                i = j
                continue
            k = self._name(toks, j, adj, starts, trig)
            if k == 0 or ("indef" in trig.flags and self._qualified(toks, j + k, adj)):
                i += 1
                continue
            e = j + k
            name = text[toks[j - 1 if kind else j].start:toks[e - 1].end]
            container = self._container(toks, e, adj, starts, text)
            mention = self._mention(doc, start, toks[e - 1].end, trig, name, container, locative)
            # ("ميدان الشهداء"، "شارع الجزائر": a street or square named after a place is not that place)
            known_place = None if "street" in trig.flags else self._gazetteer_place(name, trig, top)
            coarse = container is None or (container.attrs.get("geo") or {}).get("feature") in ("region", "province",
                                                                                                 "country")
            town = self._facility_town(name, trig, top) if known_place is None and coarse else None
            if town is not None:
                # "مستشفى جنين الحكومي": a facility named by its town lies in that town (not at the centre of the
                # region told after it: "… في الضفة الغربية")
                mention.attrs["geo"] = {"lat": round(town.lat, 5), "lon": round(town.lon, 5), "feature": trig.feature,
                                        "admin1": None, "precision": "town"}
                mention.attrs["country"] = town.country or None
            if known_place is not None:
                # "بلدية القدس": a gazetteer name the recogniser left (no evidence it reads): that place
                g = mention.attrs
                g.update({"name_en": known_place.name_en, "kb_id": known_place.kb_id, "key": known_place.kb_id,
                          "country": known_place.country or None, "unknown": False,
                          "geo": {"lat": round(known_place.lat, 5), "lon": round(known_place.lon, 5),
                                  "feature": known_place.feature, "admin1": None,
                                  "precision": _PRECISION.get(known_place.feature, "town")}})
            out.append(mention)
            names.setdefault(" ".join(fold_text(name).split()), mention)
            # "بلدات حولا وشقرا وكفركلا", "قريتي السراجي والهارثة": each conjunct is a place of that kind;
            # a plural noun names places only in such a list ("مناطق شاسعة" names none)
            if "plural" in trig.flags:
                e2 = self._conjuncts(doc, toks, e, adj, starts, trig, container, locative, out, names)
                if e2 == e:
                    out.pop()
                    names.pop(" ".join(fold_text(name).split()), None)
                    i += 1
                    continue
                e = e2
            i = e
        out += self._repeats(doc, toks, adj, covered, names, out)
        return out, absorbed

    def _facility_town(self, name: str, trig: Trigger, top: str) -> Place | None:
        """The one town or city of the article's country that the first word of a facility's name is ("مستشفى
        جنين الحكومي" -> Jenin), or None."""
        if self.gz is None or trig.label != "FAC" or not top:
            return None
        words = fold_text(name).split()
        if not words or len(words[0]) < 3:
            return None
        return self._only_place(words[0], top, ("city", "town"))

    def _gazetteer_place(self, name: str, trig: Trigger, top: str) -> Place | None:
        """The one place of the article's country a name after a place noun (not a facility) denotes."""
        if self.gz is None or trig.label != "LOC" or not top:
            return None
        return self._only_place(name, top, _PRECISION)

    def _only_place(self, key: str, top: str, features: Container[str]) -> Place | None:
        """The one gazetteer place of country ``top`` and one of ``features`` that ``key`` names, or None."""
        if self.gz is None:
            return None
        cands = {p.idx: p for p, _ in self.gz.lookup(key) if p.country == top and p.label == "LOC"
                 and p.feature in features}
        return next(iter(cands.values())) if len(cands) == 1 else None

    def _conjuncts(self, doc: Doc, toks: list[Token], c: int, adj: bytearray, starts: dict[int, Mention],
                   trig: Trigger, container: Mention | None, locative: bool, out: list[Mention],
                   names: dict[str, Mention], closed_only: bool = False) -> int:
        """Places "وX" listed right after token c - 1; returns the token after the list (``closed_only``: each
        one word closed by what follows it, after a known first place)."""
        n = len(toks)
        text = doc.text
        while 0 < c < n and adj[c - 1]:
            if not any(q == "و" for q, _ in clitic_splits(toks[c].folded)):
                break
            if c in starts:
                c += 1
                continue
            cs = _offset_after(toks[c], "و")
            rest_tok = Token(cs, toks[c].end, text[cs:toks[c].end], toks[c].folded[1:])
            if not self._name_word(rest_tok, True, False) or rest_tok.folded in self.w.generic:
                break
            if _form_iv_past(rest_tok.folded):
                break  # "حول قرى الوادي وأقامت نقاط تفتيش": a verb goes on with the clause, no place
            last = c
            if rest_tok.folded in self.w.connector and c + 1 < n and adj[c] and c + 1 not in starts \
                    and self._name_word(toks[c + 1], False, False):
                last = c + 1  # "منطقتي صلاح الدين وعين زارة": a connector takes the next word
            elif closed_only and not self._closed(toks, c + 1, adj, starts):
                break  # "مخيمي طولكرم ونور شمس": a name the next word goes on with is more than one word
            cm = self._mention(doc, rest_tok.start, toks[last].end, trig, text[cs:toks[last].end], container, locative)
            out.append(cm)
            names.setdefault(" ".join(fold_text(text[cs:toks[last].end]).split()), cm)
            c = last + 1
        return c

    def _repeats(self, doc: Doc, toks: list[Token], adj: bytearray, covered: bytearray, names: dict[str, Mention],
                 found: list[Mention]) -> list[Mention]:
        """"في تلدو" after "بلدة تلدو": the same place, named bare after a locative preposition."""
        if not names:
            return []
        taken = [(m.start, m.end) for m in found]
        out: list[Mention] = []
        last = -2  # the last token of the repeat found last
        for i, tok in enumerate(toks):
            if covered[i] or i == 0:
                continue
            for p, rest in clitic_splits(tok.folded):
                if p not in ("",) + tuple(_NAME_CLITICS):
                    continue
                words = [rest]
                k = i + 1
                while k < len(toks) and len(words) < _MAX_WORDS and " ".join(words) not in names and adj[k - 1]:
                    words.append(toks[k].folded)
                    k += 1
                key = " ".join(words)
                ante = names.get(key)
                if ante is None:
                    continue
                prev = toks[i - 1].folded if adj[i - 1] else ""
                # (or joined by و to one just found: "غارات على الصليف ورأس عيسى")
                if not (p in _LOCATIVE_CLITICS or prev in _LOCATIVE or prev in _AREA_BEFORE or (p == "و" and last == i - 1)):
                    continue
                s = tok.start if tok.folded.startswith("لل") else _offset_after(tok, p)
                e = toks[k - 1].end
                if any(a < e and s < b for a, b in taken) or s < ante.end:
                    continue
                attrs = dict(ante.attrs)
                attrs["name_ar"] = ante.attrs["name_ar"]
                attrs["nestable"] = True
                out.append(Mention(s, e, ante.label, attrs, "places.unknown"))
                taken.append((s, e))
                last = k - 1
                break
        return out


def _offset_after(tok: Token, prefix: str) -> int:
    """Original offset in ``tok`` after its folded proclitic ``prefix`` (diacritics may sit between)."""
    if not prefix:
        return tok.start
    seen = 0
    for idx, ch in enumerate(tok.text):
        if fold_text(ch):
            seen += 1
        if seen == len(prefix):
            # skip diacritics that belong to the proclitic
            j = idx + 1
            while j < len(tok.text) and not fold_text(tok.text[j]):
                j += 1
            return tok.start + j
    return tok.start
