"""Find actor mentions in a Doc: named actors, composed actors, people, unnamed sources.

Steps, each a function over a shared ``State`` (the doc, its words and what is taken):

1. ``named``: the dictionary (organisations, outlets, people) through one clitic-aware
   phrase matcher; an outlet whose name is also a common word or a place needs evidence
   (a trigger noun, quotation marks, the dateline, a reporting verb).
2. ``compose``: agent noun + nationality adjective ("القوات الأميركية" -> USAMIL), with
   coordination ("القوات الأسترالية والنيوزيلندية"), a place after an embassy, construct
   forms with a country name ("حكومة العراق"), and named bodies without a nationality
   ("وزارة المالية": country from the article).
3. ``people``: a title chain ("مستشار رئيس الوزراء العراقي", "المتحدث باسم البعثة،
   اللواء") followed by a name, or a name followed by ", title"; offices with a country
   and no name are PER mentions of their own ("رئيس الوزراء العراقي").
4. ``unnamed``: "مصدر حكومي عراقي", "متحدث باسم السفارة".
Bodies and people no lexicon knows ("مديرية شرطة محافظة صلاح الدين", "وقال سامر الحسن إن")
are read between 2 and 3 by ``unknown.py``. Coreference (short forms, surnames,
demonstratives) is in ``coref.py``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..doc import Doc, Mention, Token
from ..text.normalise import fold, has_nunation
from ..lang.ar import count_words, side_words
from ..numbers.parse import number_word
from ..text.tokenise import clitic_splits
from .lexicon import CENTRAL_BANK_HEADS, WORD_GATES, Agent, Alias, Lexicon, NatForm, Nationality, Title, code_on, fkey, unpossessed
from .romanise import romanise

__all__ = ["find_mentions", "State", "Word", "NAMED_WORDS", "NOTABLES_KEY", "TWO_KIN_GROUPS"]

# The bit of each word gate (lexicon.WORD_GATES) in Word.folded_flags.
GATE = {g: 1 << k for k, g in enumerate(WORD_GATES)}
assert GATE["bare"] == 1  # (coref.py reads the bare-head bit as 1)

# Proclitics a first word may carry in front of a lexicon phrase (the article stays in the phrase).
_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك"})
_OPEN_QUOTES = "«\"“'(‹["
_CLOSE_QUOTES = "»\"”')›]"
_DASHES = "–—-"


@dataclass(slots=True)
class Word:
    """A token with its readings: (proclitic, rest) pairs, unsplit first."""

    i: int
    tok: Token
    folded: str
    readings: tuple[tuple[str, str], ...]
    # bit GATE[g] set: some reading's rest is in the lexicon's gate g (WORD_GATES); so
    # bit 1: some reading is a "bare" agent head (الحكومة، الشرطة)
    folded_flags: int
    # the token's offsets, read at every step of every rule: plain slots, not properties
    start: int
    end: int
    # the rest of each reading, in order: "is any reading in this table" is one C call
    # (``table.isdisjoint(w.rests)``) instead of a generator over the readings
    rests: tuple[str, ...]


@dataclass
class State:
    doc: Doc
    lex: Lexicon
    words: list[Word]
    mentions: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    doc_country: str = ""
    doc_country_clear: bool = False  # the article is plainly about doc_country (see _doc_country)
    dateline: tuple[int, int] = (0, 0)
    # character mask of spans already used (mentions, and roles that introduced a name)
    mask: bytearray = field(default_factory=bytearray)
    # word index -> mentions / places that start in that word
    starts: dict[int, list[Mention]] = field(default_factory=dict)
    place_starts: dict[int, Mention] = field(default_factory=dict)
    place_words: set[int] = field(default_factory=set)
    adj: bytearray = field(default_factory=bytearray)
    ends: list[int] = field(default_factory=list)  # word ends, for bisection
    word_votes: Counter[str] | None = None  # countries the words name (see _country_votes), once counted
    envoys: list[Any] = field(default_factory=list)  # envoys named by their sender alone (people → lone_envoys)
    _gated: dict[str, list[int]] = field(default_factory=dict, init=False, repr=False)  # gate -> word indices

    def __post_init__(self) -> None:
        self.mask = bytearray(len(self.doc.text) + 1)
        self.adj = _adjacency(self.doc, self.words)
        self.ends = [w.tok.end for w in self.words]

    def gated(self, gate: str) -> list[int]:
        """Indices of the words with a reading in the lexicon's gate (WORD_GATES), in order: the
        only words a rule opened by that gate's words needs to visit."""
        out = self._gated.get(gate)
        if out is None:
            bit = GATE[gate]
            out = self._gated[gate] = [w.i for w in self.words if w.folded_flags & bit]
        return out

    def next_gated(self, gate: str, i: int) -> int:
        """The first word at or after word i with a reading in the gate; len(words) if none."""
        words = self.gated(gate)
        k = bisect_left(words, i)
        return words[k] if k < len(words) else len(self.words)

    def index_places(self) -> None:
        for m in self.places:
            i = self.word_at(m.start)
            if i is not None:
                self.place_starts.setdefault(i, m)
            k = i
            while k is not None and k < len(self.words) and self.words[k].start < m.end:
                self.place_words.add(k)
                k += 1

    # --- positions -------------------------------------------------------------------
    def stem_start(self, w: Word, prefix: str) -> int:
        """Original offset where ``w`` starts once ``prefix`` (folded) is split off."""
        if not prefix:
            return w.start
        f = fold(w.tok.text)
        if prefix in ("ل", "ول", "فل") and f.text[len(prefix) - 1:len(prefix) + 1] == "لل":
            # "للقوات" = ل + القوات: the article's alef is not written; keep the word whole
            return w.start + (f.index[len(prefix) - 1] if len(prefix) > 1 else 0)
        n = len(prefix)
        if n >= len(f.index):
            return w.end
        return w.start + f.index[n]

    def adjacent(self, a: int, b: int) -> bool:
        """Words a and b (a < b, consecutive) are separated by white space only."""
        if b >= len(self.words) or a < 0:
            return False
        if b == a + 1:
            return bool(self.adj[a])
        gap = self.doc.text[self.words[a].end:self.words[b].start]
        return gap.strip() == "" and "\n" not in gap

    def gap(self, a: int, b: int) -> str:
        return self.doc.text[self.words[a].end:self.words[b].start]

    def is_taken(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) >= 0  # (one C scan; no slice copied)

    def take(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def word_at(self, offset: int) -> int | None:
        """Index of the word containing an original offset."""
        lo = bisect_right(self.ends, offset)  # the first word ending after it
        if lo < len(self.words) and self.words[lo].start <= offset < self.words[lo].end:
            return lo
        return None

    def folded_seq(self, i: int, n: int, first: str | None = None) -> list[str]:
        """Up to n folded words from i, stopping at a non-adjacent word; ``first`` replaces word i.

        From past the last word (``first`` not given) this is empty."""
        if first is None and (n <= 0 or i >= len(self.words)):
            return []
        out = [first if first is not None else self.words[i].folded]
        adj = self.adj
        words = self.words
        k = i + 1
        stop = min(i + n, len(words))
        while k < stop and adj[k - 1]:
            out.append(words[k].folded)
            k += 1
        return out

    def mention_starting(self, i: int, labels: Iterable[str] = ("ORG",)) -> Mention | None:
        """An already found mention that starts in word i (after a proclitic at most)."""
        for m in self.starts.get(i, ()):
            if m.label in labels:
                return m
        return None

    def place_starting(self, i: int) -> Mention | None:
        return self.place_starts.get(i)

    def in_place(self, i: int) -> bool:
        return i in self.place_words

    def register(self, m: Mention) -> None:
        """Index a mention without taking its span (a source phrase around an ORG)."""
        self.mentions.append(m)
        i = self.word_at(m.start)
        if i is not None:
            self.starts.setdefault(i, []).append(m)

    def add(self, m: Mention) -> Mention:
        self.register(m)
        self.take(m.start, m.end)
        return m

    def remove(self, m: Mention) -> None:
        """Undo ``add``: drop the mention from the index and free its span."""
        self.mentions.remove(m)
        for lst in self.starts.values():
            if m in lst:
                lst.remove(m)
        self.mask[m.start:m.end] = b"\x00" * (m.end - m.start)


@lru_cache(maxsize=50_000)
def _readings(f: str) -> tuple[tuple[str, str], ...]:
    readings = [("", f)]
    for p, rest in clitic_splits(f):
        if p in _PROCLITICS and (p, rest) not in readings:
            readings.append((p, rest))
    return tuple(readings)


@lru_cache(maxsize=50_000)
def _word_form(f: str, gates: tuple[frozenset[str], ...]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], int]:
    """A word form's readings, their rests, and its gate bits (GATE) (per word form, cached:
    the same words recur in every article)."""
    readings = _readings(f)
    rests = tuple(r for _, r in readings)
    return readings, rests, _gate_flags(rests, gates)


def _gate_flags(rests: tuple[str, ...], gates: tuple[frozenset[str], ...]) -> int:
    """Bit k set when one of ``rests`` is in ``gates[k]``."""
    flags = 0
    for k, gate in enumerate(gates):
        if not gate.isdisjoint(rests):
            flags |= 1 << k
    return flags


def _words(doc: Doc, lex: Lexicon) -> list[Word]:
    out: list[Word] = []
    append = out.append
    gates = lex.word_gates
    for i, tok in enumerate(doc.tokens):
        f = tok.folded
        if tok.is_digit:  # a number: its one reading, never a bare agent head
            flags = _gate_flags((f,), gates) & ~GATE["bare"]
            append(Word(i, tok, f, (("", f),), flags, tok.start, tok.end, (f,)))
            continue
        readings, rests, flags = _word_form(f, gates)
        append(Word(i, tok, f, readings, flags, tok.start, tok.end, rests))
    return out


def _adjacency(doc: Doc, words: list[Word]) -> bytearray:
    """adj[k] = 1 when words k and k+1 are separated by spaces only (no punctuation, no line break)."""
    text = doc.text
    adj = bytearray(len(words))
    for k in range(len(words) - 1):
        gap = text[words[k].end:words[k + 1].start]
        if not gap or (gap.isspace() and "\n" not in gap):
            adj[k] = 1
    return adj


def _nat_definite_ok(nf: NatForm, definite: bool) -> bool:
    return nf.definite == definite


def _pick_nat(forms: Sequence[NatForm], definite: bool, fem_only: bool = False) -> NatForm | None:
    for nf in forms:
        if nf.definite == definite and (not fem_only or nf.gender == "f"):
            return nf
    return None


def _code(nat: Nationality | None, agent_code: str) -> str | None:
    if nat is None:
        return agent_code or None
    base = nat.cameo
    if not agent_code or agent_code == "-":
        return base
    if base.startswith("IGO") or base.startswith("NGO"):
        return base if agent_code in ("GOV",) else base + agent_code
    return base + agent_code


def _en(pattern: str, nat: Nationality | None) -> str:
    if nat is None:
        return " ".join(pattern.replace("{adj} ", "").replace(" of {country}", "").replace("{country}", "").split())
    return pattern.replace("{adj}", nat.adj_en).replace("{country}", nat.country_en)


def _canonical_ar(text: str) -> str:
    """Name as written, without a leading proclitic's space or quotes."""
    return " ".join(text.replace("«", " ").replace("»", " ").replace('"', " ").split())


# ---------------------------------------------------------------------------------------
# 1. named actors
# ---------------------------------------------------------------------------------------

def _dateline(doc: Doc) -> tuple[int, int]:
    """Where an outlet may sit in the dateline ("بغداد – شفق نيوز", "بغداد، 10 يونيو (بنا) –"):
    after the dash or inside brackets of a short first line or lead; (0, 0) if none."""
    text = doc.text
    head = text[:120]
    nl = head.find("\n")
    line = head[:nl] if nl >= 0 else ""
    for d in _DASHES:
        k = line.find(" " + d + " ") if line and len(line.strip()) <= 60 else -1
        if k > 0:
            return k + 1, len(line)
        k = head.find(" " + d + " ")
        if 0 < k <= 80:
            opening = head.rfind("(", 0, k)
            if opening >= 0:
                return opening, k
    return 0, 0


def _trigger_before(st: State, i: int) -> tuple[int, int] | None:
    """Outlet trigger words right before word i: (first word index, stem start), or None."""
    lex = st.lex
    table = lex.word_phrases.get("outlet_trigger")
    if table is None:
        return None
    # (past a generic adjective of the trigger: "وكالة الأنباء الرسمية «إرنا»")
    end = i
    while end > 0 and i - end < 2 and lex.is_word("outlet_generic", st.words[end - 1].folded):
        end -= 1
    for stop in dict.fromkeys((i, end)):
        for n in (2, 1):
            a = stop - n
            if a < 0:
                continue
            ok = all(st.adjacent(k, k + 1) or st.gap(k, k + 1).strip() in ('"', "«", "“", "'") for k in range(a, i))
            if not ok:
                continue
            for p, rest in st.words[a].readings:
                seq = [rest] + [st.words[k].folded for k in range(a + 1, stop)]
                if seq in table:
                    return a, st.stem_start(st.words[a], p)
    return None


def _quoted(st: State, start: int, end: int) -> bool:
    text = st.doc.text
    before = text[max(0, start - 2):start].strip()
    after = text[end:end + 2].strip()
    return bool(before) and before[-1] in _OPEN_QUOTES and bool(after) and after[0] in _CLOSE_QUOTES


def _reporting(st: State, i: int, prefix: str) -> bool:
    lex = st.lex
    prev = [st.words[k].folded for k in range(max(0, i - 4), i)]
    if prev and (lex.is_word("report_cue", prev[-1]) or lex.is_word("verb", prev[-1])):
        return True
    if prefix in ("ل", "ول") or (prev and prev[-1] == "ل"):
        return any(lex.is_word("report_cue", p) or lex.is_word("verb", p) for p in prev)
    return False


def _longest_hits(hits: list[Any], size: int) -> list[Any]:
    """Longest non-overlapping hits, in text order (linear in the hits, unlike pairwise checks)."""
    used = bytearray(size + 1)
    kept = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not any(used[h.start:h.end]):
            used[h.start:h.end] = b"\x01" * (h.end - h.start)
            kept.append(h)
    kept.sort(key=lambda h: h.start)
    return kept


def _mission(st: State, k: int, end: int, body: Any) -> Mention | None:
    """Word k is a mission noun before ``body``: the mission, with its purpose and place."""
    lex = st.lex
    noun = None
    for p, rest in st.words[k].readings:
        if lex.is_word("mission_noun", rest):
            noun = (p, rest)
            break
    if noun is None:
        return None
    start = st.stem_start(st.words[k], noun[0])
    j = st.word_at(end - 1)
    place_ar = place_en = ""
    if j is not None:
        # purpose: "للدعم", "لمساعدة العراق"
        purpose = False
        if j + 1 < len(st.words) and st.adjacent(j, j + 1) and any(p == "ل" for p, _ in st.words[j + 1].readings) \
                and not st.place_starting(j + 1):
            j += 1
            end = st.words[j].end
            purpose = True
            # "لحقوق الإنسان": the purpose noun's genitive
            if j + 1 < len(st.words) and st.adjacent(j, j + 1) and st.words[j + 1].folded.startswith("ال") \
                    and not st.place_starting(j + 1) and not st.lex.is_word("stop", st.words[j + 1].folded):
                j += 1
                end = st.words[j].end
            elif j + 2 < len(st.words) and st.adjacent(j, j + 1) and st.adjacent(j + 1, j + 2) \
                    and not st.words[j + 1].folded.startswith("ال") and not st.words[j + 1].tok.prefix \
                    and not _stopword(st, j + 1) and not any(lex.is_word("verb", r) for _p, r in st.words[j + 1].readings) \
                    and st.mention_starting(j + 1, ("ORG", "PER")) is None and not st.place_starting(j + 1):
                # "بعثة الأمم المتحدة لدعم اتفاق الحديدة": the purpose's genitive in construct, with its place
                pl = st.place_starting(j + 2)
                k2 = st.word_at(pl.end - 1) if pl is not None and pl.start == st.words[j + 2].start else None
                if k2 is not None:
                    j = k2
                    end = pl.end
                elif st.words[j + 2].folded.startswith("ال") and not _stopword(st, j + 2):
                    j += 2
                    end = st.words[j].end
        if noun[1] == "مكتب" and not purpose:
            return None  # "مكتب برنامج الأغذية العالمي في صنعاء": the body's premises, the body acts
        # place: "في ليبيا", "لدى العراق"
        if j + 2 < len(st.words) and st.adjacent(j, j + 1) and st.words[j + 1].folded in ("في", "لدي", "الي") \
                and st.adjacent(j + 1, j + 2):
            pl = st.place_starting(j + 2)
            if pl is not None:
                end = pl.end
                place_ar = str(pl.attrs.get("name_ar") or st.doc.text[pl.start:pl.end])
                place_en = str(pl.attrs.get("name_en") or "")
        elif j + 1 < len(st.words) and st.place_starting(j + 1) is not None and st.adjacent(j, j + 1) \
                and any(p == "ل" for p, _ in st.words[j + 1].readings):
            pl = st.place_starting(j + 1)
            assert pl is not None
            end = pl.end
            place_ar = str(pl.attrs.get("name_ar") or "")
            place_en = str(pl.attrs.get("name_en") or "")
    en_noun = {"بعثه": "mission", "مكتب": "office", "ممثليه": "representation", "مفوضيه": "commission",
               "وفد": "delegation", "قوه": "force"}.get(noun[1], "mission")
    attrs: dict[str, Any] = {
        "name_ar": _canonical_ar(st.doc.text[start:end]),
        "name_en": f"{body.name_en} {en_noun}" + (f" in {place_en}" if place_en else ""),
        "kb_id": None, "actor_code": code_on(body.codes, st.doc.published), "country": None,
        "key": f"mission:{body.id}:{en_noun}:{fkey(place_ar)}", "kind": body.kind, "canonical": True,
        "opaque": True, "heads": ["ال" + noun[1]], "keeps_nested": True,
    }
    return Mention(start, end, "ORG", attrs, source="actors.named")


def named(st: State) -> None:
    lex = st.lex
    hits = _longest_hits(lex.named.find_all(st.doc.folded, overlapping=True), len(st.doc.text))
    # a place named with its kind holds no actor: "محافظة صلاح الدين", "مدينة الصدر"
    within = sorted((m.start, m.end) for m in st.places if m.attrs.get("geo") is not None
                    or m.source == "places.unknown")
    within_starts = [a for a, _ in within]
    for hit in hits:
        i = st.word_at(hit.start)
        if i is None:
            continue
        k = bisect_right(within_starts, hit.start - 1) - 1  # the last place starting before the hit
        if k >= 0 and hit.end <= within[k][1]:
            continue
        best: tuple[Alias, int, str] | None = None  # alias, start, evidence
        trig = _trigger_before(st, i) if hit.prefix == "" else None
        quoted = _quoted(st, hit.start, hit.end)
        in_dateline = st.dateline[0] <= hit.start and hit.end <= st.dateline[1]
        for alias in hit.payloads:
            n = alias.named
            if n.kind != "outlet":
                best = (alias, hit.start, "")
                break
            if trig is not None:
                best = (alias, trig[1], "trigger")
                break
            if quoted or in_dateline:
                best = (alias, hit.start, "quoted" if quoted else "dateline")
                break
            if alias.level == 1 and _reporting(st, i, hit.prefix):
                best = (alias, hit.start, "report")
                break
            if alias.level == 0:
                best = (alias, hit.start, "")
                break
        if best is None:
            continue
        alias, start, evidence = best
        n = alias.named
        end = hit.end
        if n.kind != "outlet" and _agent_outruns(st, i, end):
            continue  # "مجلس الأمن القومي" is a country's council, not the UN's "مجلس الأمن"
        if n.type == "PER" and _other_given_name(st, i, hit.prefix, n):
            continue  # "خالد حفتر" is another of the family than "حفتر" alone (خليفة حفتر)
        if _dual_noun(st, i, end):
            continue  # "بينهم أسير محرر وطالبان جامعيان": two students, not the Taliban
        if evidence == "trigger" and quoted:
            after = st.doc.text[end:end + 1]
            if after and after in _CLOSE_QUOTES:
                end += 1
        heads: list[str] = list(n.heads)
        # members or forces of a group: "قوات التحالف", "مسلحي حزب العمال الكردستاني"
        if n.type == "ORG" and n.kind != "outlet" and i > 0 and st.adjacent(i - 1, i) and hit.prefix == "":
            for p, rest in st.words[i - 1].readings:
                if lex.is_word("member_prefix", rest):
                    start = st.stem_start(st.words[i - 1], p)
                    heads.append("ال" + rest)
                    break
        # a mission or office of an international body: "بعثة الأمم المتحدة للدعم في ليبيا"
        if n.kind in ("igo", "coalition") and i > 0 and st.adjacent(i - 1, i) and hit.prefix == "" \
                and start == hit.start:
            mission = _mission(st, i - 1, hit.end, n)
            if mission is not None:
                if not st.is_taken(mission.start, mission.end):
                    st.add(mission)
                continue
        # a nationality adjective agreeing with the group: "حزب الله اللبناني"
        j = st.word_at(end - 1)
        if j is not None and n.country and j + 1 < len(st.words) and st.adjacent(j, j + 1):
            k, forms = lex.nationality_at(st.folded_seq(j + 1, 2))
            nf = _pick_nat(forms, True)
            if nf is not None and nf.nat.iso2 == n.country:
                end = st.words[j + k].end
            elif nf is not None and n.type == "ORG" and n.kind != "outlet":
                # another country's namesake: "الحزب الديمقراطي الكردستاني الإيراني" is not Iraq's KDP
                continue
        if n.kind == "outlet":
            # "الوكالة" / "الوكالة الفرنسية" may later stand for it
            if evidence == "trigger" and trig is not None:
                for p, rest in st.words[trig[0]].readings:
                    if lex.word_phrases["outlet_trigger"].firsts.__contains__(rest):
                        heads.append("ال" + rest.removeprefix("ال"))
                        break
            heads.append(_MEDIUM_HEAD.get(n.medium, ""))
        if st.is_taken(start, end):
            continue
        attrs = _named_attrs(st, n, heads)
        if n.type == "ORG" and any(w in ("بقياده", "تقوده", "يقوده") for w in fkey(st.doc.text[start:end]).split()):
            attrs["keeps_places"] = True  # "التحالف بقيادة السعودية": the state that leads it keeps its own mention
        if n.kind == "outlet":
            attrs["medium"] = n.medium
            attrs["priority"] = 2 if evidence else 1
        if n.type == "PER":
            attrs["role"] = None
            attrs["role_en"] = n.role_en or None
            attrs["surname"] = fkey(n.name_ar).split()[-1] if len(fkey(n.name_ar).split()) > 1 else ""
        st.add(Mention(start, end, n.type, attrs, source="actors.named"))


def _dual_noun(st: State, i: int, end: int) -> bool:
    """A one-word name spelt like a dual noun, followed by an adjective in the dual ("طالبان جامعيان"، "طالبان
    آخران"): the two of that noun, not the name."""
    if st.words[i].end < end or i + 1 >= len(st.words) or not st.adjacent(i, i + 1):
        return False
    f = st.words[i].folded
    nxt = st.words[i + 1].folded
    return f.endswith("ان") and len(nxt) >= 5 and (nxt.endswith("يان") or nxt in ("اخران", "اثنان"))


def _other_given_name(st: State, i: int, prefix: str, n: Any) -> bool:
    """A person's family name alone, right after a given name that is not one of the person's own names:
    another member of the family ("خالد حفتر"، "ماهر الأسد")."""
    from .unknown import is_given
    if prefix or i == 0 or not st.adjacent(i - 1, i) or len(fkey(n.name_ar).split()) < 2:
        return False
    before = st.words[i - 1].folded
    return is_given(st, before) and before not in fkey(n.name_ar).split()


def _named_attrs(st: State, n: Any, heads: list[str]) -> dict[str, Any]:
    return {
        "name_ar": n.name_ar, "name_en": n.name_en, "kb_id": n.id, "actor_code": code_on(n.codes, st.doc.published),
        "country": n.country or None, "key": n.key, "kind": n.kind, "canonical": True,
        "opaque": True, "heads": [h for h in heads if h],
    }


# a dual head before two names joined by و, and its singular: "حركتي حماس وفتح" = حركة حماس and حركة فتح
DUAL_HEADS = {"حركتي": "حركه", "حزبي": "حزب", "جماعتي": "جماعه", "تنظيمي": "تنظيم", "جبهتي": "جبهه"}


def dual_heads(st: State) -> None:
    """"اجتماع بين وفدين من حركتي حماس وفتح": each of the two names is a body with the head's singular
    (حركة فتح), though one of them alone ("فتح", also a verb) names nothing."""
    lex = st.lex
    for w in st.words:
        head = next((DUAL_HEADS[r] for p, r in w.readings if r in DUAL_HEADS and p in ("", "و", "ب", "ل")), None)
        if head is None or w.i + 2 >= len(st.words) or not st.adjacent(w.i, w.i + 1) or not st.adjacent(w.i + 1, w.i + 2):
            continue
        second = st.words[w.i + 2]
        for word, prefix in ((st.words[w.i + 1], ""), (second, "و")):
            rest = next((r for p, r in word.readings if p == prefix), None)
            start = st.stem_start(word, prefix) if rest is not None else -1
            if rest is None or st.is_taken(start, word.end):
                continue
            phrase = f"{head} {rest}"
            hit = next((h for h in lex.named.scan(phrase) if h[0] == 0 and h[1] == len(phrase)), None)
            alias = next((a for a in hit[3] if a.named.type == "ORG" and a.named.kind != "outlet"), None) \
                if hit is not None else None
            if alias is not None:
                st.add(Mention(start, word.end, "ORG", _named_attrs(st, alias.named, list(alias.named.heads)),
                               source="actors.named"))


_MEDIUM_HEAD = {"agency": "الوكاله", "tv": "القناه", "newspaper": "الصحيفه", "network": "الشبكه",
                "radio": "الاذاعه", "site": "الموقع"}
_MEDIUM = {"قناه": "TV", "فضاييه": "TV", "تلفزيون": "TV", "شبكه": "network", "صحيفه": "newspaper",
           "جريده": "newspaper", "مجله": "magazine", "موقع": "website", "منصه": "platform", "اذاعه": "radio",
           "راديو": "radio", "محطه": "station", "وكاله": "agency"}
_NAME_STOPS = frozenset({"عن", "ان", "انه", "انها", "في", "من", "علي", "الي", "مع", "حول", "بعد", "قبل", "ضد", "ذلك",
                         "الناطقه", "الناطق"})


def _generic_outlet_word(lex: Lexicon, f: str) -> bool:
    return lex.is_word("outlet_generic", f) or lex.is_word("outlet_generic", "ال" + f)


def _is_cue(st: State, k: int) -> bool:
    """Word k is a reporting verb or noun, with or without a proclitic ("ونقلت", "بحسب")."""
    return not st.lex.reporting_words.isdisjoint(st.words[k].rests)


def unknown_outlets(st: State) -> None:
    """An outlet the dictionary does not know, named after a trigger noun in a reporting
    context: "بحسب ما نقلت قناة المسار،", "ونقلت قناة عدن المستقلة عن", "في تصريح لقناة X،"."""
    lex = st.lex
    table = lex.word_phrases.get("outlet_trigger")
    if table is None:
        return
    nw = len(st.words)
    firsts = table.firsts
    for i in st.gated("outlet"):
        w = st.words[i]
        if st.mask[w.start]:
            continue
        trig = None
        for p, rest in w.readings:
            if p not in ("", "ل", "و", "ول", "ف", "ب") or rest not in firsts:
                continue
            n, _ = table.longest(st.folded_seq(i, table.max_len, first=rest))
            if n:
                trig = (p, rest, n)
                break
        if trig is None:
            continue
        p, rest, n = trig
        a = i + n  # first word of the name
        if a >= nw or not (st.adjacent(a - 1, a) or _quote_gap(st, a - 1, a)) or st.mention_starting(a, ("ORG",)):
            continue
        k = 0
        while a + k < nw and k < 3 and (k == 0 or st.adjacent(a + k - 1, a + k)):
            f = st.words[a + k].folded
            if f in _NAME_STOPS or lex.is_word("verb", f) or lex.is_word("report_cue", f) \
                    or lex.is_word("demonstrative", f) or st.mask[st.words[a + k].start]:
                break
            k += 1
        if k == 0:
            continue
        names = [st.words[x].folded for x in range(a, a + k)]
        # (a name that ends like a nisba, "ديلي نيشن", is quoted or has a plain word after it; an adjective
        # after the trigger, "موقع إخباري محلي", has neither)
        while k > 1 and _generic_outlet_word(lex, names[k - 1]):  # "شبكة سفين الإخبارية": the name is سفين
            k -= 1
            names = names[:k]
        if all(_generic_outlet_word(lex, x) or x in lex.nat_forms for x in names) \
                or (st.words[a].tok.text.endswith("ي") and not names[0].startswith("ال") and names[0] not in lex.names
                    and not _quote_gap(st, a - 1, a) and (k == 1 or names[1].endswith(("ي", "يه")))) \
                or names[0] in lex.nat_forms or lex.agents.longest(names)[0] or names[0] in lex.generic_heads \
                or lex.titles.longest(names)[0]:
            continue
        last = a + k - 1
        span_last = last
        while span_last + 1 < nw and st.adjacent(span_last, span_last + 1) \
                and _generic_outlet_word(lex, st.words[span_last + 1].folded):
            span_last += 1
        after = st.doc.text[st.words[span_last].end:st.words[span_last + 1].start if span_last + 1 < nw else len(st.doc.text)]
        clean = after.strip().strip("\"»”'")[:1] in ("", "،", ",", ".", ":", "(") or (
            span_last + 1 < nw and st.words[span_last + 1].folded in ("عن", "ان", "انه", "الناطقه", "الناطق"))
        if not clean:
            continue
        report = i > 0 and (_is_cue(st, i - 1) or (st.words[i - 1].folded == "ما" and i > 1 and _is_cue(st, i - 2)))
        if not report and p in ("ل", "ول"):
            # "بحسب ما قال رئيس المفوضية خالد عمر الورفلي لقناة سلفيوم": the cue opens the clause
            report = any(_is_cue(st, x) for x in range(max(0, i - 8), i)
                         if all(st.adjacent(y, y + 1) or st.gap(y, y + 1).strip() in ("،", ",") for y in range(x, i)))
        if not report and not (st.dateline[0] <= w.start and st.words[last].end <= st.dateline[1]):
            continue
        start, end = st.stem_start(w, p), st.words[span_last].end
        if after.strip()[:1] in "\"»”'" and st.doc.text[st.words[a].start - 1:st.words[a].start].strip():
            end += len(after) - len(after.lstrip())  # keep a closing quote with its opening one
            end += 1
        if st.is_taken(start, end):
            continue
        name_ar = " ".join(st.doc.text[st.words[x].start:st.words[x].end] for x in range(a, a + k))
        medium = _MEDIUM.get(rest.split()[0], "outlet")
        attrs: dict[str, Any] = {
            "name_ar": f"{st.doc.text[start:st.words[i + n - 1].end]} {name_ar}".strip(),
            "name_en": f"{romanise(name_ar)} ({medium})", "kb_id": None, "actor_code": "MED",
            "country": None, "key": f"outlet:{fkey(name_ar)}", "kind": "outlet", "canonical": True,
            "opaque": True, "heads": ["ال" + rest.split()[0].removeprefix("ال")], "medium": medium,
            "priority": 2,
        }
        st.add(Mention(start, end, "ORG", attrs, source="actors.outlets"))


# words after which a name with لـ owns what comes before it ("تابعة لـ«…»"، "موالية لـ«…»")
_OWNED_BY = frozenset({"تابعه", "تابع", "تابعين", "تابعون", "مواليه", "موالي", "موالين", "مقربه", "مقرب"})


def quoted_outlets(st: State) -> None:
    """"قال مصدر وزاري لـ«المدن» إن …": a name in quotation marks after a detached لـ, closed before
    what was said, in a sentence a reporting verb opens, is the outlet the source spoke to."""
    nw = len(st.words)
    for i, w in enumerate(st.words[:-1]):
        if w.folded != "ل" or not _quote_gap(st, i, i + 1) or st.mask[st.words[i + 1].start]:
            continue
        k = i + 1  # the name, up to its closing quote (three words at most)
        while k + 1 < nw and k - i < 3 and st.adjacent(k, k + 1):
            k += 1
        close = st.gap(k, k + 1) if k + 1 < nw else ""
        if k + 1 >= nw or not any(c in _CLOSE_QUOTES for c in close) \
                or st.words[k + 1].folded not in ("ان", "انه", "انها", "بان") and "،" not in close:
            continue
        # (past a speaker told with his post and name: "وقال الأمين العام للنقابة المستقلة لأساتذة التعليم الثانوي،
        # سيدي محمد ولد الشيخ، لـ«الوسيط» إن"; in the same sentence)
        s0 = st.doc.sentence_of(w.start)[0]
        if not any(_is_cue(st, x) for x in range(max(0, i - 16), i) if st.words[x].start >= s0):
            continue
        if i > 0 and st.words[i - 1].folded.removeprefix("ال") in _OWNED_BY:
            continue  # "مجموعة مسلحة تابعة لـ«قوة الإسناد الأولى»": whose group it is, not an outlet
        start, end = st.words[i + 1].start, st.words[k].end
        if st.is_taken(start, end) or st.mention_starting(i + 1, ("ORG", "PER", "LOC")):
            continue
        name_ar = st.doc.text[start:end]
        attrs: dict[str, Any] = {
            "name_ar": name_ar, "name_en": f"{romanise(name_ar)} (outlet)", "kb_id": None, "actor_code": "MED",
            "country": None, "key": f"outlet:{fkey(name_ar)}", "kind": "outlet", "canonical": True,
            "opaque": True, "heads": [], "medium": "outlet", "priority": 2,
        }
        st.add(Mention(start, end, "ORG", attrs, source="actors.outlets"))


# how an article names a state's news agency before its short name in brackets ("وكالة الأنباء الرسمية (وفا)"), folded
_AGENCY_DESCRIPTIONS = (("وكاله", "الانباء", "الرسميه"), ("وكاله", "الانباء", "الحكوميه"), ("الوكاله", "الرسميه"))


def _is_outlet(m: Mention) -> bool:
    """A mention that names a news outlet: one of the lexicon's, or one read from how an article names it."""
    return bool(m.attrs.get("medium")) or m.attrs.get("kind") == "outlet"


def described_agencies(st: State) -> None:
    """"ونقلت وكالة الأنباء الرسمية (وفا) عن …": the words that describe a state's agency before its short name in
    brackets are that outlet's name too, so the agency that relays is read where the verb names it."""
    for m in [m for m in st.mentions if m.label == "ORG" and _is_outlet(m)]:
        if not st.doc.text[max(0, m.start - 2):m.start].strip().endswith("("):
            continue
        i = st.word_at(m.start)
        if i is None:
            continue
        for desc in _AGENCY_DESCRIPTIONS:
            n = len(desc)
            first = i - n
            if first < 0 or desc[0] not in st.words[first].rests \
                    or tuple(w.folded for w in st.words[first + 1:i]) != desc[1:]:
                continue
            if not all(st.adjacent(x, x + 1) for x in range(first, i - 1)):
                continue
            prefix = next((p for p, r in st.words[first].readings if r == desc[0]), "")
            start = st.stem_start(st.words[first], prefix)  # (past a conjunction: "ونقلت … والوكالة الرسمية")
            if st.is_taken(start, st.words[i - 1].end):
                break
            st.add(Mention(start, m.end + (1 if st.doc.text[m.end:m.end + 1] == ")" else 0), "ORG", dict(m.attrs),
                           source="actors.outlets"))
            break


# ---------------------------------------------------------------------------------------
# 2. composition: agent + nationality
# ---------------------------------------------------------------------------------------

def _agent_at(st: State, i: int) -> tuple[int, Agent, str] | None:
    """Longest agent phrase at word i: (words used, agent, proclitic)."""
    best: tuple[int, Agent, str] | None = None
    firsts = st.lex.agents.firsts
    w = st.words[i]
    if firsts.isdisjoint(w.rests):
        return None
    for p, rest in w.readings:
        if rest not in firsts:
            continue
        seq = st.folded_seq(i, st.lex.agents.max_len, first=rest)
        n, agents = st.lex.agents.longest(seq)
        if n and (best is None or n > best[0]):
            best = (n, agents[0], p)
    return best


def _agent_outruns(st: State, i: int, end: int) -> bool:
    """An agent phrase at word i runs past a known name that ends at `end`, or one opening up to two words
    before it holds the name whole ("وزارة شؤون البيشمركة" is the ministry, not the Peshmerga): the longer
    phrase wins."""
    last = st.word_at(end - 1)
    if last is None:
        return False
    found = _agent_at(st, i)
    if found is not None and i + found[0] - 1 > last:
        return True
    for k in range(i - 1, max(-1, i - 3), -1):
        if not st.adjacent(k, k + 1):
            break
        found = _agent_at(st, k)
        if found is not None and k + found[0] - 1 >= last:
            return True
    return False


def _place_after(st: State, j: int) -> tuple[int, str, str] | None:
    """A place right after a locative preposition at word j: (last word, name_ar, name_en)."""
    if j >= len(st.words):
        return None
    w = st.words[j]
    pm = st.place_starting(j)
    if pm is not None and w.folded in ("منطقه", "حي", "ضاحيه", "شارع"):
        return None  # a body's city, not the quarter it stands in: "السفارة الأمريكية في منطقة عوكر"
    if pm is not None:
        k = st.word_at(pm.end - 1)
        if k is not None:
            return k, str(pm.attrs.get("name_ar") or st.doc.text[pm.start:pm.end]), str(pm.attrs.get("name_en") or "")
    for p, rest in w.readings:
        if rest in st.lex.capitals:
            return j, st.doc.text[st.stem_start(w, p):w.end], romanise(rest)
    return None


# agent groups that only a state has: its nationality adjective cannot mean anything else there
_STATE_BODY_GROUPS = frozenset({"forces", "airforce", "navy", "government", "presidency", "embassy", "delegation",
                                "ministry:foreign", "ministry:defence", "presidential-council", "border",
                                "gendarmerie", "national-guard", "intelligence", "milintel"})


# "armed" after a people noun is its adjective, not a second party of gunmen
_ARMED_DEFINITE = frozenset({"المسلحين", "المسلحون"})
# nouns of units of a force, before the force's name in the genitive ("وحدات الحرس البحري")
_UNIT_NOUNS = frozenset({"وحدات", "وحده", "عناصر", "دوريات", "دوريه", "مفارز", "فرق", "تشكيلات"})
# ships named for the aircraft they carry: "حاملة طائرات أميركية" is a carrier, its adjective the ship's
_CARRIER_HEADS = frozenset({"حامله", "حاملات", "حاملتا", "حاملتي", "حاملتين"})
_ARMED_INDEFINITE = frozenset({"مسلحين", "مسلحون"})


def compose(st: State) -> None:
    lex = st.lex
    n_words = len(st.words)
    i = 0
    people_end = -1  # the last word of the last people noun composed ("العمال" in "العمال المعتصمون")
    while i < n_words:
        i = st.next_gated("agent", i)  # (no agent can open at the words between)
        if i >= n_words:
            break
        w = st.words[i]
        if st.mask[w.start]:
            i += 1
            continue
        found = _agent_at(st, i)
        if found is None:
            i += 1
            continue
        n, agent, prefix = found
        if "counted" in agent.flags and not _after_number(st, i):
            i += 1
            continue
        start = st.stem_start(w, prefix)
        j = i + n  # first word after the agent
        last = j - 1
        nat: Nationality | None = None
        coord: list[tuple[int, int, Nationality]] = []
        mods: list[str] = []
        if j < n_words and st.adjacent(last, j):
            # up to two adjectives between the agent and its nationality:
            # "البحرية الملكية البريطانية", "اللجنة العسكرية المشتركة الليبية"
            jj = j
            while jj < n_words and jj - j < 2 and st.adjacent(jj - 1, jj) and _agent_modifier(st, jj, agent.definite):
                jj += 1
            k, forms = lex.nationality_at(st.folded_seq(jj, lex.nat_max_words)) if jj < n_words else (0, [])
            nf = _pick_nat(forms, agent.definite, fem_only="fem" in agent.flags and jj == j)
            if nf is None and jj > j:
                jj = j
                k, forms = lex.nationality_at(st.folded_seq(j, lex.nat_max_words))
                nf = _pick_nat(forms, agent.definite, fem_only="fem" in agent.flags)
            if nf is None and not agent.definite and agent.surface.endswith("يا") and st.words[j].folded.endswith("يا"):
                # the accusative adjective of an accusative count noun: "نحو 40 عسكرياً مالياً"
                k, forms = lex.nationality_at([st.words[j].folded[:-1]])
                if not forms and agent.code == "MIL":
                    k, forms = lex.guarded_nationality_at([st.words[j].folded[:-1]])
                nf = _pick_nat(forms, False)
                jj = j
            if nf is None and not agent.definite and agent.surface.endswith("ا") and not agent.surface.endswith("يا") \
                    and "vehicle" not in agent.flags:
                # an accusative noun after أنّ and its adjectives in the accusative too: "بأن وفداً عسكرياً أميركياً
                # سيزور أنقرة" (up to one adjective before the nationality)
                for jj in (j, j + 1):
                    if jj >= n_words or not st.adjacent(jj - 1, jj) or not st.words[jj].folded.endswith("يا") or (
                            jj > j and not st.words[j].folded.endswith("يا")):
                        break
                    k, forms = lex.nationality_at([st.words[jj].folded[:-1]])
                    nf = _pick_nat(forms, False)
                    if nf is not None:
                        k = 1
                        break
                if nf is None:
                    jj = j
            if nf is None and (agent.code == "MIL" or agent.group in _STATE_BODY_GROUPS) \
                    and not agent.surface.startswith("السلطات"):  # ("السلطات المالية": financial authorities)
                # "الجيش المالي"، "الحكومة المالية": after a state's army or government the adjective names
                # the state, though alone it reads as "financial"
                k, forms = lex.guarded_nationality_at(st.folded_seq(j, 1))
                nf = _pick_nat(forms, agent.definite, fem_only="fem" in agent.flags)
                jj = j
            if nf is not None:
                mods = [st.words[x].folded for x in range(j, jj)]
                j = jj
                nat = nf.nat
                last = j + k - 1
                # coordination: "القوات الأسترالية والنيوزيلندية والأميركية"
                c = last + 1
                while c < n_words and st.adjacent(c - 1, c):
                    hit = None
                    for p, rest in st.words[c].readings:
                        if p == "و":
                            kk, ff = lex.nationality_at([rest] + st.folded_seq(c + 1, lex.nat_max_words - 1))
                            # the conjunct agrees with the first adjective: "الحكومة اليمنية والحوثيين"
                            # joins a second party, not a second adjective
                            nf2 = next((f for f in ff if f.definite == agent.definite and f.gender == nf.gender), None)
                            if nf2 is not None:
                                hit = (c, c + kk - 1, nf2.nat, p)
                                break
                    if hit is None:
                        break
                    coord.append((st.stem_start(st.words[hit[0]], hit[3]), st.words[hit[1]].end, hit[2]))
                    c = hit[1] + 1
        if nat is None and "country" in agent.flags and not any(f.startswith("in=") for f in agent.flags):
            i += 1
            continue
        if "people" in agent.flags and agent.group != "gunmen" and last + 1 < n_words and st.adjacent(last, last + 1) \
                and st.words[last + 1].folded in (_ARMED_DEFINITE if agent.definite else _ARMED_INDEFINITE):
            last += 1  # "المهربين المسلحين"، "مستوطنون مسلحون": armed describes the people; they are one party
        end = st.words[last].end
        pl = st.place_starting(i)
        if "country" in agent.flags and nat is not None and pl is not None and pl.end == end:
            i = last + 1  # "المملكة العربية السعودية": the country's own name, which the places layer read
            continue
        if "vehicle" in agent.flags and i > 0 and st.adjacent(i - 1, i) and not prefix \
                and st.words[i - 1].folded in _CARRIER_HEADS:
            i = last + 1  # "حاملة طائرات أميركية": the ship, not the aircraft standing for an army
            continue
        if nat is None and i > 0 and st.adjacent(i - 1, i) and not prefix and _institution_head_before(st, i) \
                and not (agent.code in ("MIL", "COP") and st.words[i - 1].folded in _UNIT_NOUNS):
            # ("وحدات الحرس البحري"، "عناصر الدرك الوطني": units of a force named alone are that force)
            i += 1  # "مديرية الدفاع المدني في محافظة الأنبار": the genitive of a body's head noun
            continue
        if "people" in agent.flags and "counted" not in agent.flags and _in_body_name(st, i, prefix):
            i += 1  # "نقابة المعلمين"، "التنسيقية الوطنية للأساتذة": the people name the body
            continue
        seat = None
        if "seat" in agent.flags:
            # "نواب عن محافظة ديالى": members of a parliament named by the seat they hold; alone, "نواب
            # رئيس الوزراء" are deputies
            if last + 1 < n_words and st.adjacent(last, last + 1) and st.words[last + 1].folded == "عن":
                seat = _place_after(st, last + 2)
                pm = st.place_starting(last + 2) if seat is not None else None
                if pm is not None:
                    pm.attrs["nestable"] = True  # the seat is a place of its own too, as after في
            if seat is None and nat is None:
                i += 1
                continue
        unmarked = _unmarked_country(st, agent, j) if nat is None else None
        if unmarked is not None:
            nat = unmarked
        elif nat is None:
            # a bare indefinite noun names a party only as a people noun that stands alone, or counted
            # ("ست شركات": the number makes it a set of parties)
            if "standalone" not in agent.flags or not agent.definite and "indef" in agent.flags and n == 1 \
                    and not _people_alone(st, agent, j) and "counted" not in agent.flags:
                i += 1
                continue
            if st.is_taken(start, end):
                i = j
                continue
            kin = _kin_groups_end(st, j) if not agent.definite and "people" in agent.flags else None
            if kin is not None:
                end = st.words[kin].end  # (the party is named with where it comes from)
        if st.is_taken(start, end):
            i += 1
            continue
        place = None
        if agent.flags & {"locative", "locative_in"} and last + 2 < n_words + 1 and last + 1 < n_words:
            nxt = st.words[last + 1]
            if nxt.folded in ("في", "لدي") and st.adjacent(last, last + 1):
                place = _place_after(st, last + 2)
                pm = st.place_starting(last + 2) if place is not None and "locative_in" in agent.flags else None
                if pm is not None:
                    pm.attrs["nestable"] = True  # the place a local body governs is where it acts, a place of its own
            elif "locative" in agent.flags and any(p == "ب" for p, _ in nxt.readings) and st.adjacent(last, last + 1):
                pl = _place_after(st, last + 1)
                place = pl
            if place is not None:
                end = st.words[place[0]].end
        # (not a ministry only one government has, whose name says whose it is: "وزارة شؤون البيشمركة")
        if place is None and seat is None and agent.group.startswith("ministry") and "{adj}" in agent.en \
                and last + 3 < n_words \
                and st.words[last + 1].folded == "في" and st.words[last + 2].folded in ("حكومه", "الحكومه") \
                and st.adjacent(last, last + 1) and st.adjacent(last + 1, last + 2) and st.adjacent(last + 2, last + 3):
            # "وزارة الداخلية في حكومة إقليم كردستان": a ministry of a regional or rival government, named with it
            place = _place_after(st, last + 3)
            if place is not None:
                end = st.words[place[0]].end
                pm = st.place_starting(last + 3)
                if nat is None and pm is not None and pm.attrs.get("country"):
                    nat = lex.nationalities.get(str(pm.attrs["country"]))
        if seat is not None:
            place = seat
            end = st.words[seat[0]].end
        country_nat = nat
        inferred = unmarked is not None and "national" in agent.flags
        if nat is None and st.doc_country and "stateless" not in agent.flags:
            country_nat = lex.nationalities.get(st.doc_country)
            inferred = True
        mention = _agent_entity(st, agent, country_nat, start, end)
        attrs = mention.attrs
        if mods and "vehicle" not in agent.flags:  # "اللجنة العسكرية المشتركة الليبية" is not every Libyan committee
            # (but "رتل عسكري روسي" is the Russian forces' still)
            attrs["key"] += ":" + " ".join(mods)
            attrs["kb_id"] = None
        if place is not None:
            attrs["key"] += ":" + fkey(place[1])
            attrs["keeps_nested"] = True
            if place[2]:
                attrs["name_en"] += f" for {place[2]}" if seat is not None else f" in {place[2]}"
        if inferred:
            attrs["country_inferred"] = True
        if not agent.definite and _after_number(st, i):
            attrs["canonical"] = False  # "نحو 40 عسكرياً مالياً": a count names the side less well than "الجيش المالي"
        if unmarked is not None:  # "القوات الحكومية" names the army less well than "الجيش السوري"
            attrs["canonical"] = False
        if "vehicle" in agent.flags:  # ("آليات عسكرية إسرائيلية" is the army's, not its name)
            attrs["canonical"] = False
            attrs["stands_for_army"] = True
        if "country" in agent.flags and nat is not None:
            attrs.update(_country_ref(nat))
            if agent.code == "MIL":
                attrs["stands_for_army"] = True  # ("طائرة مسيّرة إسرائيلية": the state's, or its army's when the
                # article names the army and never the state)
        if agent.group == "protesters" and agent.definite and not prefix and people_end == i - 1 \
                and st.adjacent(i - 1, i):
            i = last + 1  # "العمال المعتصمون"، "الأساتذة المحتجين": how the people named before protest, no party
            continue
        if "people" in agent.flags and agent.definite:
            people_end = last
        label = mention.label
        st.add(mention)
        for cs, ce, cn in coord:
            ca = dict(attrs)
            ca.update({"name_ar": f"{agent.surface} {st.doc.text[cs:ce]}", "name_en": _en(agent.en, cn),
                       "kb_id": f"marsad:{cn.key.lower()}/{agent.group}", "actor_code": _code(cn, agent.code),
                       "country": cn.iso2 or None, "key": f"{cn.key}:{agent.group}", "keeps_nested": False})
            ca.pop("country_inferred", None)
            if "country" in agent.flags:  # "الجانبان العراقي والأمريكي": each side is its country
                ca.update(_country_ref(cn))
            st.add(Mention(cs, ce, label, ca, source="actors.compose"))
        i = (st.word_at(end - 1) or i) + 1
    _construct_country(st)


def _country_ref(nat: Nationality) -> dict[str, Any]:
    """Attributes of a phrase that stands for a country itself ("الجانب العراقي"، "بلاده")."""
    return {"link_country": nat.iso2 or nat.cameo, "key": f"country:{nat.key}", "name_en": nat.country_en,
            "kb_id": None, "kind": "country-ref", "name_ar": nat.country_ar, "actor_code": nat.cameo,
            "canonical": False}


def _institution_head_before(st: State, i: int) -> bool:
    """Word i-1 is the indefinite head noun of a body ("مديرية"، "هيئة"، "قيادة") in construct with word i."""
    from .unknown import institution_heads

    prev = st.words[i - 1].folded
    return not prev.startswith("ال") and prev in institution_heads()


_UNKNOWN_ADJ = frozenset({"مجهولون", "مجهولين", "ملثمون", "ملثمين"})


# the two families, clans or tribes, unnamed, a party of people comes from ("مسلحين من قبيلتين متجاورتين"; tribes
# named, "مسلحين من قبائل التبو", are the party themselves)
TWO_KIN_GROUPS = frozenset({"قبيلتين", "عشيرتين", "عائلتين", "القبيلتين", "العشيرتين", "العائلتين"})


def _kin_groups_end(st: State, j: int) -> int | None:
    """Words from j are "من" and the two families or tribes a party comes from, with their adjective ("من قبيلتين
    متجاورتين"): the index of the last of them."""
    if j + 1 >= len(st.words) or st.words[j].folded != "من" or not st.adjacent(j - 1, j) \
            or not st.adjacent(j, j + 1) or st.words[j + 1].folded not in TWO_KIN_GROUPS:
        return None
    k = j + 1
    nxt = st.words[k + 1].folded if k + 1 < len(st.words) and st.adjacent(k, k + 1) else ""
    if nxt.endswith("تين") and not nxt.startswith("ال"):
        k += 1  # (their adjective: "متجاورتين"، "متنازعتين")
    return k


def _people_alone(st: State, agent: Agent, j: int) -> bool:
    """An indefinite plural of people that names a party by itself: "مستوطنون" (flag ``alone``), or
    any with "مجهولون"/"ملثمون" after it ("خطف مسلحون مجهولون …"; "رجال مسلحون" is an adjective), or with
    the tribes or families it comes from ("اشتباكات بين مسلحين من قبيلتين متجاورتين")."""
    if "people" not in agent.flags:
        return False
    if "alone" in agent.flags:
        return True
    return j < len(st.words) and st.adjacent(j - 1, j) and st.words[j].folded in _UNKNOWN_ADJ \
        or _kin_groups_end(st, j) is not None


# verbs and participles of standing for someone, which end a body's name ("لجنة تمثل الفلاحين"), folded
_STANDS_FOR = frozenset({"تمثل", "يمثل", "ممثله", "الممثله"})


def _in_body_name(st: State, i: int, prefix: str = "") -> bool:
    """Word i follows, within three words, the head noun of a body ("نقابة"، "التنسيقية الوطنية لـ").
    A definite head takes its people with لـ only: "فرّقت الشرطة المحتجين" is the police and its object."""
    from .unknown import institution_heads

    heads = institution_heads()
    for k in range(i - 1, max(-1, i - 4), -1):
        if not st.adjacent(k, k + 1):
            return False
        if st.words[k].folded in _STANDS_FOR:
            return False  # "لجنة تمثل الفلاحين": the people a committee stands for, no part of its name
        rests = [rest for _p, rest in st.words[k].readings if rest in heads]
        if rests:
            return "ل" in prefix or any(not r.startswith("ال") for r in rests)
    return False


def _after_number(st: State, i: int) -> bool:
    """Word i follows a number ("2700 عسكري", "ألفي عسكري"): a count noun, not an adjective."""
    if i == 0 or not st.adjacent(i - 1, i):
        return False
    prev = st.words[i - 1].folded
    return any(ch.isdigit() for ch in prev) or number_word(prev) is not None


def _unmarked_country(st: State, agent: Agent, j: int) -> Nationality | None:
    """The state whose forces an agent names with no nationality adjective: a fixed one by
    usage ("قوات الاحتلال" = Israel, "قوات النظام" = Syria: flag ``of=XX``), or the article's
    own country when the article is plainly about one ("القوات الحكومية": flag ``national``).
    Not when the next word qualifies it into something else ("قوات النظام السابق",
    "قوات الأمن الداخلي")."""
    fixed = next((f[3:] for f in agent.flags if f.startswith("of=")), None)
    only = next((f[3:].split("|") for f in agent.flags if f.startswith("in=")), None)
    if only is not None:  # "المملكة": the article's country, when that country is a kingdom
        return _doc_nat(st) if agent.definite and st.doc_country in only else None
    if fixed is None and not ("national" in agent.flags and st.doc_country_clear):
        return None
    if not agent.definite and not (fixed and "people" in agent.flags):
        return None  # ("مستوطنون" are Israel's settlers whatever the article's country)
    if j < len(st.words) and st.adjacent(j - 1, j) and _qualifies(st, j):
        return None
    return st.lex.nationalities.get(fixed) if fixed else _doc_nat(st)


def _qualifies(st: State, j: int) -> bool:
    """Word j is an adjective that makes the agent a different body ("قوات الأمن الداخلي",
    "قوات النظام السابق"), not a definite object after it ("قتلت القوات الحكومية المسلحين")."""
    f = st.words[j].folded
    lex = st.lex
    if not f.startswith("ال") or lex.is_word("stop", f) or lex.is_word("demonstrative", f):
        return False
    if lex.is_word("agent_modifier", f) or lex.is_word("title_filler", f):
        return True
    nisba = len(f) > 5 and (f.endswith("ي") or f.endswith("يه"))
    return nisba and not lex.is_word("nisba_noun", f) and not lex.is_word("people_noun", f)


def _agent_entity(st: State, agent: Agent, nat: Nationality | None, start: int, end: int) -> Mention:
    """A composed mention of ``agent`` of country ``nat`` over [start, end)."""
    owner = (nat.key if nat else "") or "-"
    attrs: dict[str, Any] = {
        "name_ar": _canonical_ar(st.doc.text[start:end]),
        "name_en": _en(agent.en, nat),
        "kb_id": f"marsad:{owner.lower()}/{agent.group}",
        "actor_code": _code(nat, agent.code),
        "country": nat.iso2 if nat and nat.iso2 else None,
        # (an indefinite form, "جنوداً إسرائيليين"، "قوات أميركية", names the body only where nothing better does)
        "key": f"{owner}:{agent.group}", "kind": "composed", "canonical": agent.definite,
        "heads": _agent_heads(agent), "priority": 1,
    }
    if attrs["name_ar"].startswith("لل"):
        own_lam = any(h.removeprefix("ال").startswith("ل") and attrs["name_ar"][1:].startswith(h.removeprefix("ال"))
                      for h in attrs["heads"])
        attrs["name_ar"] = article_after_lam(attrs["name_ar"], own_lam)
    group = _group_named_by_adjective(st, nat)
    if group is not None and agent.code[:3] in ("MIL", "REB", "UAF", ""):
        # "قوات حوثية"، "مجموعات حوثية": the forces of an armed group named by its adjective are that group
        attrs.update({"kb_id": group.id, "key": group.key or group.id, "country": group.country or None})
    label = agent.type if agent.type in ("ORG", "PER", "LOC") else "ORG"
    return Mention(start, end, label, attrs, source="actors.compose")


def _group_named_by_adjective(st: State, nat: Nationality | None) -> Any:
    """The armed group a stateless adjective names ("حوثي" → the Houthis), by its code; None for a state's."""
    if nat is None or nat.iso2 or not nat.cameo:
        return None
    return st.lex.armed_group_by_code.get(nat.cameo)


def _agent_modifier(st: State, j: int, definite: bool) -> bool:
    """Word j can sit between an agent and its nationality (an adjective, not a noun)."""
    f = st.words[j].folded
    lex = st.lex
    if definite != f.startswith("ال"):
        return False
    if f in lex.nat_forms:
        return False
    d = f if definite else "ال" + f
    if lex.is_word("agent_modifier", d):
        return True
    if lex.agents.longest([d])[0] or lex.agents.longest([f])[0]:
        return False  # another agent noun ("الجنود الأراضي العراقية"): the phrase has ended
    return len(d) > 5 and (d.endswith("ي") or d.endswith("يه")) and not lex.is_word("stop", d)


def _agent_heads(agent: Agent) -> list[str]:
    heads = []
    if "head" in agent.flags or "standalone" in agent.flags or len(agent.surface.split()) > 1:
        surf = fkey(agent.surface)
        if agent.definite:
            heads.append(surf)
        else:
            heads.append(" ".join("ال" + x for x in surf.split()))
    heads.append(agent.head if agent.definite else "ال" + fkey(agent.surface).split()[0])
    words = fkey(agent.surface).split()
    if any(f.startswith("of=") for f in agent.flags) and len(words) == 2 and words[1].startswith("ال"):
        heads.append(words[1])  # "قوات الاحتلال" … "متهمة الاحتلال بخرق الاتفاق": the genitive names the side alone
    if agent.group == "forces" and agent.code == "MIL" and "vehicle" not in agent.flags:
        heads.append("الجنود")  # "اقتحمت قوات الاحتلال القرية … وأطلق الجنود الغاز": its soldiers are the force
    return list(dict.fromkeys(heads))


def _construct_country(st: State) -> None:
    """Agent in construct state + a country name: "حكومة العراق", "قوات الولايات المتحدة"."""
    countries = st.lex.country_names
    construct = st.lex.construct_heads
    max_c = st.lex.country_max_words
    last = len(st.words) - 1
    for i in st.gated("construct"):
        if i >= last:
            break
        w = st.words[i]
        for p, rest in w.readings:
            agent = construct.get(rest)
            central = rest in CENTRAL_BANK_HEADS
            if central:
                # "مصرف ليبيا المركزي"، "بنك السودان المركزي": the central bank, its country in construct and its
                # adjective after it
                agent = st.lex.agents.longest(["البنك", "المركزي"])[1][0]
            if agent is None or not st.adjacent(i, i + 1) or rest == "امن":
                continue  # ("أمن سوريا جزء من أمن الأردن"، "العبث بأمن الأردن": a country's security, no force)
            seq = st.folded_seq(i + 1, max_c)
            nat = None
            k = 0
            for n in range(len(seq), 0, -1):
                nat = countries.get(" ".join(seq[:n]))
                if nat is not None:
                    k = n
                    break
            if nat is None:
                continue
            if central:
                if i + k + 1 > last or not st.adjacent(i + k, i + k + 1) or st.words[i + k + 1].folded != "المركزي":
                    continue
                k += 1
            start, end = st.stem_start(w, p), st.words[i + k].end
            if st.is_taken(start, end):
                continue
            attrs: dict[str, Any] = {
                "name_ar": _canonical_ar(st.doc.text[start:end]), "name_en": _en(agent.en, nat),
                "kb_id": f"marsad:{nat.key.lower()}/{agent.group}", "actor_code": _code(nat, agent.code),
                "country": nat.iso2 or None, "key": f"{nat.key}:{agent.group}", "kind": "composed",
                "canonical": True, "heads": _agent_heads(agent), "keeps_nested": True, "priority": 1,
            }
            st.add(Mention(start, end, "ORG", attrs, source="actors.compose"))
            break


def units(st: State) -> None:
    """Military units and commands: "الفرقة السابعة", "اللواء 51", "المنطقة العسكرية الشرقية",
    "قيادة عمليات الأنبار" - an ORG of the article's (or the sentence's) country."""
    lex = st.lex
    nw = len(st.words)
    firsts = lex.units.firsts
    for i in st.gated("unit"):
        w = st.words[i]
        if st.mask[w.start]:
            continue
        hit = None
        for p, rest in w.readings:
            if rest in firsts:
                n, rows = lex.units.longest(st.folded_seq(i, lex.units.max_len, first=rest))
                if n:
                    hit = (p, n, rows[0], rest)
                    break
        if hit is None:
            continue
        p, n, (en, needs), first = hit
        j = i + n
        if j >= nw or not st.adjacent(j - 1, j):
            continue
        nxt = st.words[j]
        last = -1
        label = ""
        if nxt.tok.is_digit and needs in ("number", "rank"):
            last, label = j, nxt.folded
        elif needs == "rank":
            k, vals = lex.unit_words.longest(st.folded_seq(j, lex.unit_words.max_len))
            if k:
                last, label = j + k - 1, vals[0]
        elif needs == "place":
            pm = st.place_starting(j)
            if pm is not None and pm.start == nxt.start:
                kp = st.word_at(pm.end - 1)
                if kp is not None:
                    last, label = kp, str(pm.attrs.get("name_en") or "")
        if last < 0:
            continue
        if needs != "place" and last + 1 < nw and st.adjacent(last, last + 1):
            # the arm after the rank is the unit's name too: "الفرقة السادسة مشاة"، "اللواء 16 مدرع"
            k, arms = lex.unit_branches.longest(st.folded_seq(last + 1, lex.unit_branches.max_len))
            if k:
                last, en = last + k, f"{arms[0]} {en}"
        start, end = st.stem_start(w, p), st.words[last].end
        if st.is_taken(start, end):
            continue
        nat = lex.nationalities.get(st.doc_country) if st.doc_country else None
        name_en = f"{label} {en}".strip()
        if nat is not None:
            name_en = f"{name_en} ({nat.country_en})"
        name_ar = _canonical_ar(st.doc.text[start:end])
        if name_ar.startswith("لل"):  # "تابعة للواء 51"، "للفرقة السابعة": the unit's own name has the article
            name_ar = article_after_lam(name_ar, first.removeprefix("ال").startswith("ل"))
        attrs: dict[str, Any] = {
            "name_ar": name_ar, "name_en": name_en, "kb_id": None,
            "actor_code": _code(nat, "MIL"), "country": nat.iso2 if nat and nat.iso2 else None,
            "key": f"unit:{fkey(name_ar)}", "kind": "unit", "canonical": True,
            "keeps_nested": True, "heads": _unit_heads(first, needs), "country_inferred": nat is not None,
        }
        st.add(Mention(start, end, "ORG", attrs, source="actors.units"))


def _unit_heads(first: str, needs: str) -> list[str]:
    """A command named after its place is "القيادة" later ("قيادة عمليات كركوك … أن القيادة دفعت بنحو
    1200 مقاتل"); a numbered unit's noun alone is left: "اللواء" is also a rank before a name."""
    if needs != "place":
        return []
    return ["ال" + first.removeprefix("ال")]


# ---------------------------------------------------------------------------------------
# 3. people
# ---------------------------------------------------------------------------------------

@dataclass
class Role:
    start: int  # original offsets of the role text
    end: int
    first: int  # word indices
    last: int
    titles: list[Title]
    country: Nationality | None = None
    org: Mention | None = None
    rank: Title | None = None
    inferred: bool = False  # country taken from the article, not written
    place: Mention | None = None  # the place right after the title ("محافظ البصرة")


def _title_at(st: State, i: int, allow_prefix: bool = True) -> tuple[int, Title, str] | None:
    best: tuple[int, Title, str] | None = None
    firsts = st.lex.titles.firsts
    if i > 0 and st.words[i - 1].folded in ("ابن", "بن", "ال") and st.adjacent(i - 1, i):
        return None  # "عوض محمد ابن الوزير العولقي": a family name, not an office
    for p, rest in st.words[i].readings:
        if (p and not allow_prefix) or rest not in firsts:
            continue
        seq = st.folded_seq(i, st.lex.titles.max_len, first=rest)
        n, titles = st.lex.titles.longest(seq)
        if n and (best is None or n > best[0]):
            best = (n, titles[0], p)
    if best is not None and fkey(best[1].surface) == "امر" and best[0] == 1 and "أ" in st.words[i].tok.text[:3]:
        return None  # "أمر بفتح تحقيق": the verb "ordered", written with hamza; the commander's title is "آمر"
    if best is None and allow_prefix:
        # "أعلنت الوكالة أن مديرها العام رافائيل غروسي": a title with a possessive pronoun is definite,
        # read as the title with the article ("المدير العام")
        for p, rest in st.words[i].readings:
            definite = unpossessed(rest, st.words[i].tok.text)
            if definite is None or definite not in firsts:
                continue
            seq = st.folded_seq(i, st.lex.titles.max_len, first=definite)
            n, titles = st.lex.titles.longest(seq)
            if n and titles[0].kind not in ("rank", "honorific"):
                return (n, titles[0], p)
    return best


# titles of envoys, whose seat abroad follows them ("السفير الأمريكي في بغداد")
_ENVOY_TITLES = ("سفير", "قنصل", "ممثل", "مبعوث", "مندوب", "ملحق", "قائم", "رئيس بعثه")


# bodies an office-holder's title names by a bare noun after ل ("الأمين العام للاتحاد"، "الأمين العام للحزب")
_BODY_NOUNS = frozenset({"اتحاد", "منظمه", "حزب", "حركه", "جماعه", "مجلس", "هيئه", "لجنه", "بعثه", "وكاله", "جمعيه",
                         "نقابه", "تنظيم", "جبهه", "تحالف", "رابطه", "مركز", "جامعه", "مؤسسه", "شركه", "منظمات"})


# codes of the titles that describe a person by trade or standing (المحامي، الناشط، الصحفي، الكاتب), which join
# with و as two descriptions of one person
_DESCRIPTIVE_CODES = frozenset({"-", "JUD", "MED", "EDU", "BUS"})


# bodies that are never the genitive of a title already complete ("وزير الخارجية الأمم المتحدة" is the minister and
# the UN he addresses): international and humanitarian bodies, coalitions of states, armed groups, parties and
# forces ("وزير الداخلية حركة حماس": the minister and the party he accuses); people named by their place
# ("وزير الداخلية السوري وجهاء المدينة": those he met)
_NO_GENITIVE_KINDS = frozenset({"igo", "ngo", "coalition", "crowd", "armed-group", "party", "armed-force"})


# the side of a place named after it ("بريف درعا الغربي"، "في ريف حلب الشمالي")
_SIDE_ADJECTIVES = side_words("side", "middle")


def _role_chain(st: State, i: int) -> Role | None:
    """Parse a title chain from word i; None if word i starts no title."""
    lex = st.lex
    found = _title_at(st, i)
    if found is None:
        return None
    n, title, prefix = found
    if fkey(title.surface) == "امر" and i + n < len(st.words) and _title_at(st, i + n) is not None:
        return None  # "وأمر رئيس المجلس الرئاسي …": the verb "ordered", not the title آمر (commander)
    if title.kind in ("rank", "honorific"):
        role = Role(st.stem_start(st.words[i], prefix), st.words[i + n - 1].end, i, i + n - 1, [], rank=title)
        return role
    role = Role(st.stem_start(st.words[i], prefix), st.words[i + n - 1].end, i, i + n - 1, [title])
    j = i + n
    title_end = j  # a bare noun completing a function must follow the title itself ("قائد الشرطة")
    after_nationality = -1  # the word after a nationality adjective the chain took last
    sent_to = False  # an envoy's إلى already read
    coord_left = 1
    nw = len(st.words)
    steps = 0
    while j < nw and steps < 10 and (st.adjacent(j - 1, j) or _quote_gap(st, j - 1, j)):
        steps += 1
        w = st.words[j]
        if w.folded in ("ل", "ب") and j + 1 < nw and _quote_gap(st, j, j + 1) \
                and st.mention_starting(j + 1, ("ORG",)) is not None:
            j += 1  # a detached لـ before a quoted body: "مدير المركز الإعلامي لـ«قسد» فرهاد شامي"
            continue
        # an ORG mention (with ل/ب): "للقيادة المركزية الأمريكية", "باسم العمليات المشتركة"
        m = st.mention_starting(j, ("ORG",))
        if m is not None and role.org is not None and not w.folded.startswith(("ل", "ب", "و")) \
                and m.attrs.get("key") != role.org.attrs.get("key") and not _quote_gap(st, j - 1, j):
            break  # a second body with no preposition is another party: "طالب الأمين العام للأمم المتحدة الحوثيين"
            # (not the same body again, "لوكالة غوث … «الأونروا»", nor one joined by و)
        if m is not None and role.org is None and (not w.folded.startswith(("ل", "ب", "و"))
                                                  or m.start == w.start and m.attrs.get("kind") == "crowd") \
                and not _quote_gap(st, j - 1, j) \
                and (st.words[j - 1].folded.startswith("ال") or st.in_place(j - 1)) and m.label == "ORG" \
                and m.attrs.get("kind") in _NO_GENITIVE_KINDS:
            # a title whose own genitive is told takes no second one: "دعا وزير الخارجية المنظمات الدولية"، "ودعا
            # والي كسلا المنظمات الإنسانية"
            break
        if m is not None:
            role.org = role.org or m
            if m.attrs.get("country") and role.country is None:
                role.country = lex.nationalities.get(str(m.attrs["country"]))
            k = st.word_at(m.end - 1)
            if k is None or k < j:
                break
            j = k + 1
            if j < nw and _quote_gap(st, j - 1, j):
                role.end = st.words[j].start - 1  # the closing quote belongs to the role
                while role.end > 0 and st.doc.text[role.end - 1].isspace():
                    role.end -= 1
            # "(سنتكوم)" after the body
            if j < nw:
                gap = st.gap(j - 1, j)
                if gap.strip() == "(":
                    close = st.doc.text.find(")", st.words[j].start)
                    if 0 < close - st.words[j].start < 40:
                        kk = st.word_at(close - 1)
                        if kk is not None:
                            role.last = kk
                            j = kk + 1
                            role.end = close + 1
                            continue
            role.last = j - 1
            continue
        # a nationality adjective
        k, forms = lex.nationality_at(st.folded_seq(j, lex.nat_max_words))
        if not forms and j == title_end and role.country is None and role.titles[-1].code == "GOV" and (
                role.titles[-1].kind == "office" and role.titles[-1].en.startswith(_STATE_POSTS)
                or fkey(role.titles[-1].surface).startswith("نظير")):
            # "الرئيس المالي"، "السفير المالي"، "بنظيره المالي": after a state's post the adjective names the
            # state, though alone it reads as "financial"
            k, forms = lex.guarded_nationality_at(st.folded_seq(j, 1))
        nf = _pick_nat(forms, True) if forms else None
        if nf is not None and nf.gender == "p":
            break  # a plural adjective describes no one post: "طالب الأمين العام للأمم المتحدة الحوثيين بـ…" (the object)
        if nf is not None:
            role.country = role.country or nf.nat
            j += k
            role.last = j - 1
            after_nationality = j
            continue
        # another title: "مستشار رئيس الوزراء", "المتحدث باسم العمليات المشتركة"
        t2 = _title_at(st, j)
        if t2 is not None and j == after_nationality and t2[2] == "" and not st.words[j].folded.startswith("ال") \
                and t2[1].kind in ("office", "function") and role.country is not None \
                and _foreign_body_after(st, j + t2[0], role.country.iso2):
            break  # an indefinite post in construct after one told whole with its nationality, in another country's
            # body, is another person's: "التقى رئيس الوزراء العراقي قائد القيادة المركزية الأمريكية" (not "ولي العهد
            # السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان", one man's)
        if t2 is not None and (role.country is not None or role.org is not None) and t2[2] == "" and j + t2[0] < nw \
                and st.adjacent(j + t2[0] - 1, j + t2[0]) and lex.nationality_at(st.folded_seq(j + t2[0], lex.nat_max_words))[1]:
            break  # a post with its own nationality after one told whole is another person's: "استقبل الرئيس
            # التونسي السفير الفرنسي" (not "رئيس الوزراء العراقي القائد العام للقوات المسلحة X", one man's)
        # (or a second description joined by و: "المحامي والناشط الحقوقي كمال الهرابي", one person)
        # (or a spokesman's post joined to a minister's: "وزير الإعلام والناطق الرسمي باسم الحكومة، عثمان الطيب،")
        if t2 is not None and t2[1].kind in ("office", "function") and (t2[2] in ("", "ل") or st.words[j].folded.startswith("لل")
                                                                       or t2[2] == "و" and t2[1].kind == "function"
                                                                       and role.titles[-1].kind == "function"
                                                                       and {role.titles[-1].code, t2[1].code} <= _DESCRIPTIVE_CODES
                                                                       or t2[2] == "و" and role.titles[-1].kind == "office"
                                                                       and fkey(t2[1].surface).startswith(("الناطق", "المتحدث"))):
            role.titles.append(t2[1])
            j += t2[0]
            role.last = j - 1
            title_end = j
            continue
        if lex.is_word("title_filler", w.folded):
            j += 1
            role.last = j - 1
            continue
        # a second field of the post joined by و ("وزير الموارد المائية والري"، "وزير الثقافة والإعلام"): written
        # with the article, no post, body or place of its own
        if j == title_end and role.titles and role.titles[-1].kind in ("office", "function") and role.org is None \
                and any(p == "و" and r.startswith("ال") for p, r in w.readings) and _written_with_article(w) \
                and not _stopword(st, j) and _title_at(st, j) is None and st.place_starting(j) is None \
                and st.mention_starting(j, ("ORG", "PER")) is None and not lex.nationality_at(st.folded_seq(j, 1))[1]:
            j += 1
            # (and its adjective: "وزير الدفاع والإنتاج الحربي المصري")
            if j < nw and st.adjacent(j - 1, j) and st.words[j].folded.startswith("ال") and not _stopword(st, j) \
                    and _title_at(st, j) is None and st.mention_starting(j, ("ORG", "PER")) is None \
                    and st.place_starting(j) is None and not lex.nationality_at(st.folded_seq(j, lex.nat_max_words))[1]:
                j += 1
            role.last = j - 1
            title_end = j
            continue
        if w.folded in _MANDATED and (role.org is not None or role.titles) and j + 2 < nw and st.words[j + 1].folded == "من" \
                and st.adjacent(j, j + 1) and st.adjacent(j + 1, j + 2):
            # "رئيس الحكومة المكلفة من مجلس النواب أسامة حماد": the body named by who mandated it
            m3 = st.mention_starting(j + 2, ("ORG",))
            k3 = st.word_at(m3.end - 1) if m3 is not None else None
            if k3 is not None and k3 > j + 1:
                j = k3 + 1
                role.last = j - 1
                continue
        if w.folded in ("التابعه", "التابع") and role.org is not None and j + 1 < nw and st.adjacent(j, j + 1):
            # "رئيس لجنة شؤون الأسرى التابعة للحوثيين عبد القادر المرتضى": the body the post's body belongs to
            m3 = st.mention_starting(j + 1, ("ORG",))
            k3 = st.word_at(m3.end - 1) if m3 is not None else None
            if k3 is not None and k3 > j:
                j = k3 + 1
                role.last = j - 1
                continue
        # a place: "محافظ الأنبار", "سفير العراق لدى"; or the rest of one the title began
        # ("مدير ناحية كاني ماسي": the title مدير ناحية holds the place's trigger noun)
        pm = st.place_starting(j)
        if pm is None and st.in_place(j) and j > i:
            pm = next((m for m in st.places if m.start < w.start < m.end), None)
        if pm is not None:
            k = st.word_at(pm.end - 1)
            if k is None or k < j:
                break
            if j > i and st.words[j - 1].folded.startswith("ال") and pm.start <= w.start:
                break  # only a noun in construct takes a place: "محافظ الأنبار", not "الرئيس اللبناني إسرائيل"
                # (nor "وزير الخارجية الفرنسي بيروت", whose ب is the name's own; "قائد الشرطة ببغداد" is placed)
            if role.country is None and pm.attrs.get("country"):
                role.country = lex.nationalities.get(str(pm.attrs["country"]))
            if role.place is None and j == title_end:
                role.place = pm
            j = k + 1
            role.last = j - 1
            if j < nw and st.adjacent(j - 1, j) and st.words[j].folded in _SIDE_ADJECTIVES:
                j += 1  # "في بلدة اليادودة بريف درعا الغربي": the side of the place
                role.last = j - 1
            # "محافظ طوباس والأغوار الشمالية": a second area of the same office, joined by و
            if j + 1 < nw and st.adjacent(j - 1, j) and any(p == "و" and r.startswith("ال") for p, r in st.words[j].readings) \
                    and not _stopword(st, j) and _title_at(st, j) is None \
                    and st.mention_starting(j, ("ORG", "PER")) is None and st.words[j].folded[1:] not in lex.agent_heads:
                pm2 = st.place_starting(j)
                k2 = st.word_at(pm2.end - 1) if pm2 is not None else None
                if k2 is not None and k2 >= j:
                    j = k2 + 1
                else:
                    j += 1
                    if st.adjacent(j - 1, j) and st.words[j].folded.startswith("ال") and st.words[j].folded.endswith(("يه", "ي")) \
                            and not _stopword(st, j):
                        j += 1  # its adjective ("الشمالية")
                role.last = j - 1
            continue
        # a preposition + complement: "باسم السفارة", "في اتحاد …", "لدى بغداد"
        # ("المبعوث الأممي إلى اليمن": an envoy's إلى names where he is sent)
        if w.folded == "الي" and sent_to:
            break  # (a second إلى is what the envoy is called to: "دعا … المبعوث الأممي إلى اليمن إلى تسمية …")
        envoy_to = w.folded == "الي" and any(
            fkey(t.surface).removeprefix("ال").startswith(_ENVOY_TITLES) for t in role.titles)
        sent_to = sent_to or envoy_to
        # ("باسم" may be a given name: "المتحدث باسم الحكومة باسم العوادي إن")
        # (the body quoted: "القيادي في «قسد» محمد حسكو")
        if (lex.is_word("complement_prep", w.folded) or envoy_to) and j + 1 < nw \
                and (st.adjacent(j, j + 1) or _quote_gap(st, j, j + 1)) and not _ambiguous_given_closed(st, j):
            m2 = st.mention_starting(j + 1, ("ORG", "LOC", "FAC")) or st.place_starting(j + 1)
            if m2 is not None and m2.label in ("LOC", "FAC") and role.country is not None and role.country.iso2 \
                    and m2.attrs.get("country") and m2.attrs.get("country") != role.country.iso2 \
                    and not any(fkey(t.surface).removeprefix("ال").startswith(_ENVOY_TITLES) for t in role.titles):
                break  # "وزير الخارجية الأمريكي في القاهرة": where he is, not his office's seat
            if m2 is not None:
                k = st.word_at(m2.end - 1)
                if k is not None and k > j:
                    if m2.label == "ORG":
                        role.org = role.org or m2
                    j = k + 1
                    role.last = j - 1
                    if j < nw and _quote_gap(st, j - 1, j):
                        role.end = st.words[j].start - 1  # (its closing quote)
                        while role.end > 0 and st.doc.text[role.end - 1].isspace():
                            role.end -= 1
                    continue
            if m2 is None and w.folded == "في" and role.titles and role.titles[-1].kind == "office" \
                    and st.words[j + 1].folded.startswith("ال") and st.words[j + 1].folded in lex.agent_heads \
                    and not _stopword(st, j + 1):
                # "وزير الإعلام في الحكومة نبيل الشرعبي": the body an office is held in, told by its head noun alone
                # (and its adjective: "في الحكومة الانتقالية"); a function's is read below ("الضابط في الشرطة المحلية")
                j += 2
                if j < nw and st.adjacent(j - 1, j) and st.words[j].folded.startswith("ال") \
                        and st.words[j].folded.endswith(("ي", "يه")) and not _stopword(st, j) and _title_at(st, j) is None:
                    j += 1
                role.last = j - 1
                continue
            construct = j + 2 < nw and role.titles and role.titles[-1].kind == "function" \
                and _construct_word(st, j + 1, clitic_ok=True) and st.adjacent(j + 1, j + 2) \
                and st.words[j + 2].folded.startswith("ال") \
                and not _stopword(st, j + 2) and _title_at(st, j + 2) is None
            if (st.words[j + 1].folded.startswith("ال") or construct) and not _stopword(st, j + 1) \
                    and role.titles and role.titles[-1].kind == "function":
                # "باسم البعثة", "القيادي في الحزب", "عضو عن المنطقة الغربية"
                # (or a noun in construct with a definite one: "القيادي السابق في فصائل المعارضة")
                j += 3 if construct else 2
                k2, forms2 = lex.nationality_at(st.folded_seq(j, lex.nat_max_words)) if j < nw else (0, [])
                if k2 and st.adjacent(j - 1, j):
                    j += k2
                elif j < nw and st.adjacent(j - 1, j) and st.words[j].folded.startswith("ال") \
                        and st.words[j].folded.endswith(("ي", "يه")) and not _stopword(st, j) and _title_at(st, j) is None:
                    j += 1  # the body's adjective: "الضابط في الشرطة المحلية"
                role.last = j - 1
                continue
            break
        # "المتحدث باسم البعثة": the body a spokesman speaks for, written as a bare noun
        if role.titles and fkey(role.titles[-1].surface).endswith("باسم") and j == title_end \
                and w.folded.startswith("ال") and not _stopword(st, j) and _title_at(st, j) is None:
            j += 1
            role.last = j - 1
            continue
        # a body in construct state after a function: "مدير إدارة التوجيه المعنوي", "قائد عمليات نينوى"
        # (or a noun with the body's pronoun, "رئيس وفدها التفاوضي فؤاد الحميري": its delegation's head)
        if (role.titles and role.titles[-1].kind == "function" and j == title_end
                and (lex.is_word("construct_noun", w.folded) or _construct_word(st, j)
                     or w.folded.endswith(("ها", "هم")) and len(w.folded) >= 5 and _construct_word(st, j, clitic_ok=True))
                and j + 1 < nw and st.adjacent(j, j + 1)):
            j += 1
            extra = 0
            while j < nw and extra < 2 and st.adjacent(j - 1, j) and not _stopword(st, j) \
                    and _title_at(st, j) is None and (st.words[j].folded.startswith("ال") or st.in_place(j)
                                                       or lex.is_word("construct_noun", st.words[j].folded)):
                pm = st.place_starting(j)
                if pm is not None:
                    k = st.word_at(pm.end - 1)
                    j = (k if k is not None and k >= j else j) + 1
                else:
                    j += 1
                extra += 1
            role.last = j - 1
            title_end = -1
            continue
        # coordination inside the body's name: "إدارة التوجيه المعنوي والعلاقات العامة"
        if title_end == -1 and coord_left and any(p == "و" and r.startswith("ال") for p, r in w.readings) \
                and not _stopword(st, j):
            coord_left -= 1
            j += 1
            if j < nw and st.adjacent(j - 1, j) and st.words[j].folded.startswith("ال") and not _stopword(st, j) \
                    and _title_at(st, j) is None:
                j += 1
            role.last = j - 1
            continue
        # a definite noun completing a function: "عضو المجلس التنفيذي", "قائد الشرطة"
        if (role.titles and role.titles[-1].kind == "function" and j == title_end
                and w.folded.startswith("ال") and not _stopword(st, j) and _title_at(st, j) is None
                and not lex.is_word("title_filler", w.folded) and len(role.titles) == 1
                and not role.titles[-1].surface.startswith("ال")):
            j += 1
            role.last = j - 1
            # one more definite adjective ("المجلس التنفيذي")
            if j < nw and st.adjacent(j - 1, j) and st.words[j].folded.startswith("ال") and not _stopword(st, j) \
                    and _title_at(st, j) is None and st.mention_starting(j) is None:
                j += 1
                role.last = j - 1
            continue
        # ل + a definite noun: "الزعيم التاريخي للحزب"; after an office only a body told before
        # ("الأمين العام للاتحاد نور الدين الطبوبي"), not those spoken to ("قال وزير الخارجية للصحفيين")
        if any(p == "ل" and rest.startswith("ال") and (role.titles and role.titles[-1].kind == "function"
                                                       or rest[2:] in _BODY_NOUNS) for p, rest in w.readings) \
                and not _stopword(st, j) and role.titles and role.titles[-1].kind in ("function", "office"):
            j += 1
            role.last = j - 1
            continue
        break
    role.end = max(role.end, st.words[role.last].end)
    return role


def _foreign_body_after(st: State, j: int, iso2: str | None) -> bool:
    """Word j starts a body of a country other than iso2 ("القيادة المركزية الأمريكية" after an Iraqi post)."""
    if j >= len(st.words) or not st.adjacent(j - 1, j):
        return False
    m = st.mention_starting(j, ("ORG",))
    country = m.attrs.get("country") if m is not None else None
    return bool(country) and country != iso2


def _written_with_article(w: Word) -> bool:
    """A word after و written with the article ("والري"), not one whose آ folds to look so ("وآليات")."""
    return "".join(ch for ch in w.tok.text if "\u0621" <= ch <= "\u064a")[1:3] == "ال"


def _construct_word(st: State, j: int, clitic_ok: bool = False) -> bool:
    """An indefinite common noun in construct before a definite noun or a place ("مدير إعلام الشرطة",
    "مدير صحة نينوى"): no name word, function word, verb or proclitic (``clitic_ok``: a word that may also read
    as one, after a preposition: "في فصائل المعارضة")."""
    from .unknown import is_given

    w = st.words[j]
    f = w.folded
    if f.startswith("ال") or w.tok.is_digit or len(f) < 3 or not all("\u0621" <= c <= "\u064a" for c in f):
        return False
    if f in st.lex.names or is_given(st, f) or _stopword(st, j) or (not clitic_ok and any(p for p, _ in w.readings[1:])) \
            or st.mention_starting(j, ("ORG", "PER", "LOC", "FAC")) is not None or st.in_place(j):
        return False
    if st.lex.is_word("name_connector", f):
        return False  # "الوزير عبد الله العلي": the first word of a name (عبد، أبو، بن), no noun in construct
    nxt = st.words[j + 1] if j + 1 < len(st.words) and st.adjacent(j, j + 1) else None
    return nxt is not None and (st.in_place(j + 1) or (nxt.folded.startswith("ال") and not _stopword(st, j + 1)))


def _quote_gap(st: State, a: int, b: int) -> bool:
    """Only spaces and quotation marks between words a and b ("باسم "قسد" آزاد")."""
    gap = st.gap(a, b)
    return bool(gap.strip()) and all(c.isspace() or c in _OPEN_QUOTES + _CLOSE_QUOTES for c in gap) \
        and "(" not in gap and ")" not in gap and "\n" not in gap


def _stopword(st: State, j: int) -> bool:
    lex = st.lex
    f = st.words[j].folded
    if f == "علي" and st.doc.text[st.words[j].start:st.words[j].end].endswith("ي"):
        return False  # the name علي, written with ya; the preposition is على (folded alike)
    return lex.is_word("stop", f) or lex.is_word("verb", f) or lex.is_word("demonstrative", f)


def _plain_name_next(st: State, j: int) -> bool:
    """The word after j (adjacent) is a known name word that is no common word."""
    from .unknown import is_given

    if j + 1 >= len(st.words) or not st.adjacent(j, j + 1):
        return False
    g = st.words[j + 1].folded
    known = st.lex.names.get(g)
    return (known is not None and not known[2]) or is_given(st, g)


def _name_like(st: State, j: int, pos: int) -> bool:
    """Could word j be word number ``pos`` (0-based) of a person's name?"""
    lex = st.lex
    w = st.words[j]
    f = w.folded
    if w.tok.is_digit or len(f) < 2 or not all("\u0621" <= c <= "\u064a" or c in "پچگڤژ" for c in f):
        return False
    if "\u064b" in w.tok.text or "\u064c" in w.tok.text or "\u064d" in w.tok.text:
        return False  # tanween marks an indefinite noun or adverb ("خفضاً إضافياً"), never a name
    if pos >= 1 and w.tok.text[1:2] == "\u064f":
        return False  # a damma on the first letter marks a passive verb ("الشاب محمد علي قُتل برصاصة"), no name word
    known = lex.names.get(f)
    # a name that is also a common word ("علي" = على) right before an unmistakable name word is a name
    amb_ok = known is not None and known[2] and _plain_name_next(st, j)
    if (_stopword(st, j) or lex.is_word("name_connector", f) and pos == 0 and f not in ("ابو", "عبد", "ال")) \
            and not amb_ok:
        return False
    if st.in_place(j) or st.mention_starting(j, ("ORG", "LOC", "FAC")) is not None:
        return False
    if known is not None and (not known[2] or amb_ok):
        return True
    # a function word behind a proclitic: "بأن", "وفي", "لأن"
    if any(p and (lex.is_word("stop", rest) or lex.is_word("verb", rest)) for p, rest in w.readings):
        return False
    if known is not None:
        return True
    if pos >= 1 and f.startswith("است") and len(f) in (6, 7):
        return False  # a verb of the tenth form after a name ("الوزير عبد العاطي استعرض"، "استنكرت"), no name word
    if (t_at := _title_at(st, j, allow_prefix=False)) is not None:
        # (an honorific after a given name that closes the name is a family name: "رئيسة الرابطة سمر الحاج،")
        return pos >= 1 and t_at[1].kind == "honorific" and _closes_name(st, j)
    k, forms = lex.nationality_at([f])
    if k and pos == 0:
        return False
    if st.lex.agents.longest([f])[0]:
        return False
    if f[0] in "وفبل" and (pos == 0 or f[0] in "بل" and _given_before(st, j)):
        from .unknown import given_names

        if f in given_names():
            # a given name that opens like a proclitic: "فيليب لازاريني"، "بوريس جونسون"; after a given name, one in
            # ب or ل is the family name: "سمير بوعلام"، "نبيل بلقاسم"
            return True
    if f[0] in "وف" and len(f) > 3 and f[1:] in lex.names:
        return False
    if pos == 1 and f.startswith(("بو", "بل")) and len(f) >= 5 and j > 0 and _given_before(st, j) and (
            _closes_name(st, j) or _object_next(st, j)):
        # a Maghrebi family name after a given name, closed at once: "ياسين بوكريمة إن"، "مراد بلحاج وفداً"
        return True
    if pos >= 1 and f[0] in "وفبل" and len(f) >= 4 and not f[1:].startswith("ال") \
            and (_closes_name(st, j) or pos == 1 and _given_before(st, j) and _preposition_next(st, j)) \
            and not lex.is_word("title_filler", f[1:]) and f[1:] not in lex.agent_heads:
        # a family name that opens like a proclitic, closed at once: "تامي بروس إن"، "هاكان فيدان،"،
        # or after a given name before a preposition: "دعا … فيليب لازاريني إلى"
        return True
    if pos == 1 and f[0] in "وفبل" and not f[1:].startswith("ال") and _given_before(st, j) \
            and j + 1 < len(st.words) and st.adjacent(j, j + 1) and (nxt := st.words[j + 1].folded).startswith("ال") \
            and nxt.endswith("ي") and len(nxt) >= 6 and nxt not in lex.nat_forms and _closes_name(st, j + 1):
        return True  # a father's name between a given name and a family name that closes the name: "خالد فرج المسماري،"
    if f[0] in "وفبل" and (pos > 0 or len(f) > 4):
        return False  # a proclitic on an unknown word: "لإنهاء", "وأضاف"
    if f[:2] in ("وي", "وت", "ون") and known is None:
        return False  # و + an imperfect verb: "ويرى مراقبون"
    if pos == 0 and known is None and f[0] == "س" and f[1] in "يتن" and len(f) >= 5:
        from .unknown import given_names

        if f not in given_names():
            return False  # the future of an imperfect verb: "برئاسة محافظ درعا سيلتقي الأهالي"
    if f.startswith("ال"):
        if pos == 0 and not lex.is_word("title_filler", f) and f not in lex.nat_forms and f not in lex.agent_heads:
            from .unknown import given_names

            # a Maghrebi given name written with the article ("الحبيب الزغلامي"، "الطيب بن عمار"), or the second
            # word of a kunya ("أبو الفضل شكارجي")
            return f in given_names() or j > 0 and st.adjacent(j - 1, j) and st.words[j - 1].folded in ("ابو", "ام")
        # family names with the article ("الخفاجي", "الصيهود"), never the first word, and not a
        # word the lexicons know as something else
        if pos == 0 or lex.is_word("title_filler", f) or f in lex.nat_forms or f in lex.agent_heads:
            return False
        # (nor a plural of people, the verb's object, though it ends like one: "دعا … كريم النجار الأهالي إلى")
        return not lex.is_word("people_noun", f)
    if f.startswith(("لل", "بال", "وال")):
        return False
    if pos and f.endswith("ا") and len(f) >= 4 and known is None \
            and st.words[j - 1].folded not in ("ابو", "ام", "بن", "ابن", "بنت") and not (
                # a foreign middle name between a given name and a family name that closes the name:
                # "ماريا إيلينا سولاري إلى"، not an adverb ("أحمد مجددا رفض")
                pos == 1 and _given_before(st, j) and j + 1 < len(st.words) and st.adjacent(j, j + 1)
                and not _stopword(st, j + 1) and not st.words[j + 1].folded.startswith("ال")
                and not st.words[j + 1].tok.is_digit and not st.lex.is_word("stop", st.words[j + 1].folded)
                and (_closes_name(st, j + 1) or _preposition_next(st, j + 1))) and not (
                # (nor a foreign family name that closes the name set off by commas: "منسق الطوارئ، لوران ديبوا، …")
                pos == 1 and _given_before(st, j) and "\u064b" not in st.words[j].tok.text
                and st.doc.text[st.words[j].end:st.words[j].end + 2].strip()[:1] in ("،", ",")
                and st.doc.text[max(0, st.words[j - 1].start - 2):st.words[j - 1].start].strip()[-1:] in ("،", ",")):
        return False  # an adverb in the accusative ("مجددا", "شمالا"), not a family name ("أبو عليا")
    return True


def article_after_lam(name: str, own_lam: bool) -> str:
    """A name read with the preposition ل, its article restored: ل + القوات is written للقوات
    ("القوات"); ل + اللجنة is written للجنة, where the head keeps its own lam ("اللجنة")."""
    return ("ال" if own_lam else "ا") + name[1:]


# words that say a person is named so, before the name ("يدعى"، "المدعو"; "يلقب بـ" not, its ب clings to it);
# the events layer reads them too, past a member's body ("قيادي في الميليشيا يدعى أبو علي الحسيني")
NAMED_WORDS = frozenset({"يدعي", "تدعي", "المدعو", "المدعوه", "يكني", "الملقب", "الملقبه"})


def _object_next(st: State, j: int) -> bool:
    """Word j is followed at once by an indefinite noun in the accusative, a verb's object ("… بلحاج وفداً")."""
    return j + 1 < len(st.words) and st.adjacent(j, j + 1) \
        and st.doc.text[st.words[j + 1].start:st.words[j + 1].end].endswith(("\u064b", "\u064bا", "اً"))


def _given_before(st: State, j: int) -> bool:
    """The word before j (adjacent) is a known given name."""
    from .unknown import is_given

    return st.adjacent(j - 1, j) and is_given(st, st.words[j - 1].folded)


def _preposition_next(st: State, idx: int) -> bool:
    """Word idx is followed at once by a bare preposition ("… لازاريني إلى")."""
    return idx + 1 < len(st.words) and st.adjacent(idx, idx + 1) \
        and st.words[idx + 1].folded in ("الي", "في", "علي", "مع", "عن", "من")


def _ambiguous_given_ranked(st: State, j: int, rank: object) -> bool:
    """Right after a rank, a given name that is also a common word or a time (صباح، سعيد، باسم), with neither a
    time word nor the article after it, may start the name: "اللواء صباح نعمة الكرعاوي"; not "اللواء، صباح
    اليوم" or "العميد صباح الثلاثاء"."""
    from .unknown import time_words

    known = st.lex.names.get(st.words[j].folded)
    if rank is None or known is None or known[1] != "given" or not known[2] or j + 1 >= len(st.words) \
            or not st.adjacent(j - 1, j) or not st.adjacent(j, j + 1):
        return False
    second = st.words[j + 1].folded
    return second not in time_words() and not second.startswith("ال") and not _stopword(st, j + 1)


def _ambiguous_given_closed(st: State, j: int) -> bool:
    """After a title, a given name that is also a common word (صباح، باسم، سعيد) and a family name with
    the article that closes the name: "الناطق باسم القائد العام صباح النعمان، …"، "المتحدث باسم الحكومة
    باسم العوادي إن". Not a time ("صباح اليوم"), a body, a place or a plural noun ("باسم المعتصمين")."""
    from .unknown import time_words

    lex = st.lex
    if j + 1 >= len(st.words) or not st.adjacent(j, j + 1):
        return False
    known = lex.names.get(st.words[j].folded)
    if known is None or known[1] != "given" or not known[2] or st.doc.text[st.words[j].start:st.words[j].end].endswith("ى"):
        return False  # (not the preposition: "الحرب على الإرهاب،")
    second = st.words[j + 1].folded
    plural = second[-2:] in ("ين", "ون", "ات") and second not in lex.names
    return second.startswith("ال") and len(second) >= 5 and not plural and not _stopword(st, j + 1) \
        and second not in time_words() and not lex.is_word("title_filler", second) \
        and second not in lex.nat_forms and second not in lex.agent_heads \
        and _title_at(st, j + 1) is None and not st.in_place(j + 1) \
        and st.mention_starting(j + 1, ("ORG", "LOC", "FAC")) is None and _closes_name(st, j + 1)


def _closes_name(st: State, idx: int) -> bool:
    """Word idx is followed by what ends a name before reported speech ("… ضاهر إن", "… ضاهر،")."""
    nw = len(st.words)
    after = st.doc.text[st.words[idx].end:st.words[idx + 1].start if idx + 1 < nw else len(st.doc.text)]
    # ("أحمد سامي دراغمة (21 عاماً)": the age in brackets; "… المبعوث الأمريكي توم براك.": the sentence ends)
    if after.strip()[:1] in ("،", ",", ":", "(", ".", "؛"):
        return True
    if idx + 1 >= nw or not st.adjacent(idx, idx + 1):
        return False
    nxt = st.words[idx + 1].folded
    if nxt in ("ان", "انه", "انها"):
        return True
    # (or the outlet spoken to, or where it was said: "… باسم العوادي للسومرية نيوز إن"، "… في بيان")
    if nxt[:1] == "ل" and st.mention_starting(idx + 1, ("ORG",)) is not None:
        return True
    return nxt == "في" and idx + 2 < nw and st.words[idx + 2].folded in _SAID_IN


# where a thing was said, after في: "في بيان"، "في تصريح"، "في مؤتمر صحفي"
_SAID_IN = frozenset({"بيان", "تصريح", "تصريحات", "مؤتمر", "كلمه", "حديث", "مقابله", "تغريده", "منشور", "تدوينه",
                      "بلاغ", "رساله"})
# posts held for a state, after which an ambiguous adjective (المالي) names the state ("المستشار المالي" does not)
_STATE_POSTS = ("President", "Ambassador", "Prime Minister", "Chargé", "King", "Foreign Minister", "Minister of")


def _parse_name(st: State, j: int) -> int:
    """Number of words from j that form a person's name (0 if none)."""
    lex = st.lex
    nw = len(st.words)
    k = 0
    pos = 0
    first = st.words[j].folded if j < nw else ""
    if first.startswith("م") and first.endswith("ا") and len(first) >= 5 and first not in lex.names:
        return 0  # "…، مؤكداً رفضه"، "مشيراً إلى": a circumstantial participle (مُفعِلاً), no given name
    if first[:1] == "ب" and first not in lex.names and any(p == "ب" for p, _ in st.words[j].readings) \
            and j + 1 < nw and st.words[j + 1].folded.startswith("ال"):
        from .unknown import is_given
        if not is_given(st, first):
            return 0  # "لقرار القائد العام بحصر الملف الأمني": a preposition's clitic and its definite noun open what
            # follows the title (not "الأدميرال براد كوبر")
    while j + k < nw and k < 5:
        idx = j + k
        if k and not st.adjacent(idx - 1, idx):
            break
        f = st.words[idx].folded
        if idx + 1 < nw and st.adjacent(idx, idx + 1) and f"{f} {st.words[idx + 1].folded}" in lex.names:
            k += 2  # "عبد الله", "نصر الله", "صلاح الدين"
            pos += 1
            if pos >= 4:
                break
            continue
        if f == "عبد" and idx + 1 < nw and st.adjacent(idx, idx + 1) and st.words[idx + 1].folded.startswith("ال"):
            k += 2  # "عبد الرحمن": one name
            pos += 1
            continue
        if pos and idx + 1 < nw and st.adjacent(idx, idx + 1) and st.words[idx + 1].folded == "الله" \
                and _name_like(st, idx, pos):
            k += 2  # "عودة الله", "فضل الله": one name
            pos += 1
            if pos >= 4:
                break
            continue
        if lex.is_word("name_connector", f) and k + 1 < 5 and idx + 1 < nw and st.adjacent(idx, idx + 1):
            if pos == 0 and f not in ("عبد", "ابو", "ال"):
                break
            k += 1
            continue
        if not _name_like(st, idx, pos) or (pos and lex.is_word("event_noun", f)):
            break  # ("أدان العماد جوزاف عون الغارة،": the verb's object, not the name's last word)
        if pos and len(f) >= 5 and f.endswith(("هم", "هما", "هن")) and f not in lex.names:
            break  # ("أغلق التجار في السوق المؤدي إلى مرقد الإمام علي محالهم": their shops, no family name)
        if pos >= 2 and f not in lex.names and f[:1] in ("ب", "ل") and any(p in ("ب", "ل", "بال", "لل") for p, _ in st.words[idx].readings) \
                and not (f.startswith(("بو", "با", "بل")) and not f.startswith("بال") and len(f) >= 5
                         and _closes_name(st, idx)):
            break  # ("محمد المنفي بتشكيل لجنة": the name has ended at a preposition's clitic; but a Maghrebi
            # family name in بو- or بل- and a Hadrami one in با- close a name set off by a comma: "محمد الأمين
            # بوزيدي،"، "سالم أحمد باوزير إن"، "راشد سعيد بلحاف،")
        if pos >= 2 and f not in lex.names and not (f.startswith("ال") and f.endswith("ي")) \
                and st.words[idx - 1].folded not in ("عبد", "ابو", "بن", "ابن", "ولد", "ال") and not _closes_name(st, idx) \
                and not (idx >= 2 and st.words[idx - 2].folded in ("ولد", "بن", "ابن") and f.startswith("ال")
                         and _title_at(st, idx) is None and (f in lex.names or f[2:] in lex.names)) \
                and not (pos == 2 and _preposition_next(st, idx) and first_known_given(lex, st.words[j].folded)
                         and not lex.names[st.words[j].folded][2] and not f.startswith("ال")
                         and not f.endswith("ه") and f not in _DOCUMENT_WORDS and not lex.is_word("event_noun", f)):
            break  # (but "محمد أحمد ولد محمد الأمين": the father's name may go on with its article)
        k += 1
        pos += 1
        if pos >= 4:
            break
    # a lone word is a name only if the table knows it ("عبد الله" is one unit)
    # (nor a servant-of name, "عبد" and a definite word: "الوزير عبد الرؤوف")
    if pos == 1 and st.words[j + k - 1].folded not in lex.names \
            and not (k == 2 and f"{st.words[j].folded} {st.words[j + 1].folded}" in lex.names) \
            and not (k == 2 and st.words[j].folded == "عبد" and st.words[j + 1].folded.startswith("ال")):
        return 0
    # do not end on a connector
    while k and lex.is_word("name_connector", st.words[j + k - 1].folded):
        k -= 1
    return k


def first_known_given(lex: Any, folded: str) -> bool:
    """The word is in the names table as a given name (common word or not)."""
    known = lex.names.get(folded)
    return known is not None and known[1] == "given"


def _name_evidence(st: State, j: int, k: int, ranked: bool) -> bool:
    """Is words[j:j+k] after a title really a name? A rank or honorific, a known name word,
    or a family-name form ("الخفاجي") says so; "رئيس الوزراء البريطاني اتخاذ موقف" does not."""
    from .unknown import is_given

    if ranked:
        # (not a present verb the rank's other sense, the brigade, is subject of: "رتلاً تابعاً للواء يضم عشرات")
        first = st.words[j].folded
        return not (first[:1] in ("ي", "ت") and len(first) <= 4 and first not in st.lex.names and not is_given(st, first))

    lex = st.lex
    if k >= 2 and st.words[j].folded == "عبد" and st.words[j + 1].folded.startswith("ال"):
        return True  # "عبد الحكيم بن زيان"، "الوزير عبد الرؤوف": a servant-of name is a person's name
    for idx in range(j, j + k):
        f = st.words[idx].folded
        if f in lex.names and not lex.names[f][2]:
            return True
        if idx == j and is_given(st, f):
            return True
        # (a family name's nisba has a root inside it: "الحي" of «الرصاص الحي», live fire, is none)
        if idx > j and f.startswith("ال") and f.endswith("ي") and len(f) >= 5 and f not in lex.nat_forms:
            return True
    if k >= 2 and f"{st.words[j].folded} {st.words[j + 1].folded}" in lex.names:
        return True
    # a given name, a second name and a family name with the article, closed by the reported speech:
    # "وزير الدولة الإماراتي خليفة شاهين المرر إن"
    if k == 3 and first_known_given(lex, st.words[j].folded) and st.words[j + 2].folded.startswith("ال") \
            and not st.words[j + 1].folded.startswith("ال") and _closes_name(st, j + 2):
        return True
    # a given name that is also a common word, then a family name with the article, after the title:
    # "عضو المجلس البلدي عادل الشريف"، "الوزير سعيد الحسني"
    first_known = lex.names.get(st.words[j].folded)
    second = st.words[j + 1].folded if k >= 2 else ""
    if first_known is not None and first_known[1] == "given" and second.startswith("ال") and len(second) >= 5 \
            and not lex.is_word("title_filler", second) and second not in lex.nat_forms \
            and second not in lex.agent_heads and not _stopword(st, j + 1):
        return True
    for idx in range(j + 1, j + k - 1):  # a known two-word family name inside it: "حسن فضل الله"
        pair = lex.names.get(f"{st.words[idx].folded} {st.words[idx + 1].folded}")
        if pair is not None and not pair[2]:
            return True
    # a name closed by punctuation or by the reported speech ("روجهات دلوفان، في كلمة", "… إن"),
    # that does not look like a verb and a common noun ("سيزور المنطقة")
    last = j + k - 1
    first = st.words[j].folded
    plain = not first.startswith(("سي", "ست", "سن")) and not lex.is_word("event_noun", first) \
        and first not in _DOCUMENT_WORDS and all(
        not st.words[x].folded.startswith("ال") or st.words[x].folded.endswith("ي") for x in range(j + 1, j + k))
    if k >= 2 and plain:
        after = st.doc.text[st.words[last].end:st.words[last + 1].start if last + 1 < len(st.words) else len(st.doc.text)]
        if after.strip()[:1] in ("،", ",", ".", ":", "(", "«", '"'):
            return True
        if last + 1 < len(st.words) and st.words[last + 1].folded in ("ان", "انه", "انها", "قوله"):
            return True
        # "يعقد رئيس الحكومة عزيز أخنوش لقاءً": a noun with the accusative tanwin, the verb's object, is no
        # part of a name
        if last + 1 < len(st.words) and st.adjacent(last, last + 1) and first_known is not None \
                and first_known[1] == "given" \
                and st.doc.text[st.words[last + 1].start:st.words[last + 1].end].endswith(("\u064b", "\u064bا", "اً")):
            return True  # (only after a known given name: not "يجري الرئيس محادثات هاتفية غداً")
        # "أدان الرئيس جوزاف عون الغارة": the verb's definite object closes the name after the title
        if last + 1 < len(st.words) and st.adjacent(last, last + 1) \
                and lex.is_word("event_noun", st.words[last + 1].folded):
            return True
        # "كمال نجار في تصريح إن", "… خلال مؤتمر صحفي": the speaker's name, then where he spoke
        if last + 2 < len(st.words) and st.words[last + 1].folded in ("في", "خلال") \
                and st.words[last + 2].folded in _SPEECH_NOUNS:
            return True
    return False


# nouns of documents and accords an office signs or issues: "وقّع رئيس مجلس الوزراء مذكرة تفاهم."
_DOCUMENT_WORDS = frozenset({"مذكره", "مذكرات", "اتفاقيه", "اتفاقيات", "اتفاق", "وثيقه", "وثائق", "رساله", "بيان",
                             "قرار", "قرارا", "مرسوم", "مرسوما", "بروتوكول", "محضر", "اعلان"})

_SPEECH_NOUNS = frozenset({"تصريح", "تصريحات", "بيان", "حديث", "كلمه", "مقابله", "اتصال", "مؤتمر", "لقاء", "تغريده",
                           "منشور", "رساله"})


def _role_text(st: State, role: Role) -> str:
    return st.doc.text[role.start:role.end].strip(" ،,")


# the first words of posts that many hold in one story ("رئيس بلدية …" is no antecedent of "الرئيس"), folded
_SHARED_POSTS = frozenset({"رئيس", "رئيسه", "نائب", "مدير", "مديره", "عضو", "قائد", "مسؤول", "ممثل", "مستشار", "امين",
                           "زعيم", "شيخ", "سفير", "مساعد", "منسق", "متحدث", "ناطق", "مبعوث"})


def _person(st: State, s: int, e: int, role: Role | None, role_text: str | None) -> Mention:
    name = st.doc.text[s:e]
    country = role.country if role else None
    code = None
    if role is not None:
        t = role.titles[0] if role.titles else role.rank
        if t is not None and t.code:
            code = _code(country, t.code)
    attrs: dict[str, Any] = {
        "name_ar": name, "name_en": romanise(name), "kb_id": None, "actor_code": code,
        "country": country.iso2 if country and country.iso2 else None, "role": role_text,
        "key": f"per:{fkey(name)}", "kind": "person", "canonical": True,
        "surname": fkey(name).split()[-1] if len(fkey(name).split()) > 1 else "",
    }
    if role is not None and len(role.titles) == 1 and role.titles[0].kind == "office" and role.country:
        attrs["office_key"] = f"office:{fkey(role.titles[0].surface)}:{role.country.key}"
    heads: list[str] = []
    if role is not None and role.titles:
        t0 = fkey(role.titles[0].surface)
        if t0.startswith("ال") or " " in t0:
            heads.append(t0.split(" باسم")[0])
        first = t0.split()[0]
        if not first.startswith("ال") and first not in _SHARED_POSTS:
            heads.append("ال" + first)  # "محافظ كركوك X … وقال المحافظ"، "وزيرة الصناعة X … ودعت الوزيرة"
    attrs["heads"] = heads
    return Mention(s, e, "PER", attrs, source="actors.people")


def _same_as_named_before(st: State, m: Mention) -> None:
    """"التقى وزير الخارجية بدر عبد العاطي … وقال الوزير عبد العاطي": a titled person told by the end of a name
    the article gave whole before is that person."""
    tokens = fkey(st.doc.text[m.start:m.end]).split()
    ante = max((a for a in st.mentions if a.label == "PER" and a.start < m.start and a.attrs.get("kind") == "person"
                and len(whole := fkey(str(a.attrs.get("name_ar") or st.doc.text[a.start:a.end])).split()) > len(tokens)
                and whole[-len(tokens):] == tokens), key=lambda a: a.start, default=None)  # (the nearest)
    if ante is not None:
        for k in ("name_ar", "name_en", "kb_id", "actor_code", "country", "key"):
            if ante.attrs.get(k):
                m.attrs[k] = ante.attrs[k]
        m.attrs.update({"canonical": False, "antecedent": (ante.start, ante.end)})


def _existing_person(st: State, s: int, e: int) -> Mention | None:
    for m in st.mentions:
        if m.label == "PER" and m.start < e and s < m.end:
            return m
    return None


# shrines, mosques and other places named for a person ("مرقد الإمام علي"، "جامعة الملك سعود"): the title and name
# after them are the place's name (folded)
_NAMED_FOR = frozenset({"مرقد", "ضريح", "مقام", "مزار", "حسينيه", "مسجد", "جامع", "مدرسه", "مستشفي", "شارع", "ساحه",
                        "ميدان", "قاعه", "مطار", "جسر", "جامعه", "مجمع", "مدينه", "حي"})


def people(st: State) -> None:
    from .unknown import time_words

    lex = st.lex
    nw = len(st.words)
    office_table = lex.word_phrases["office_org"]
    office_firsts = office_table.firsts
    title_firsts = lex.titles.firsts
    envoys = st.envoys  # envoys named by their sender alone, read once every person is known (lone_envoys)
    i = 0
    while i < nw:
        i = st.next_gated("title", i)  # (no title or office opens at the words between)
        if i >= nw:
            break
        w = st.words[i]
        if st.is_taken(w.start, w.end) and st.mention_starting(i, ("PER",)) is None:
            # an ORG word may still start an office of that ORG? no: skip
            i += 1
            continue
        if i > 0 and st.adjacent(i - 1, i) and not _NAMED_FOR.isdisjoint(st.words[i - 1].rests):
            i += 1  # "مرقد الإمام علي"، "مطار الملك خالد"، "مستشفى الشيخ زايد": a place named for someone, no person
            continue
        # "المكتب الإعلامي لرئيس الوزراء": an office of an office-holder
        oo = None
        if w.folded in office_firsts:
            for n in (2, 1):
                seq = st.folded_seq(i, n)
                if len(seq) == n and seq in office_table:
                    oo = n
                    break
        elif title_firsts.isdisjoint(w.rests) and not any(unpossessed(r, w.tok.text) in title_firsts for r in w.rests):
            i += 1
            continue
        if oo is not None and i + oo < nw and st.adjacent(i + oo - 1, i + oo):
            org = st.mention_starting(i + oo, ("ORG",))
            if org is not None and any(p == "ل" for p, _ in st.words[i + oo].readings) \
                    and not st.is_taken(w.start, org.start):
                # "المركز الإعلامي للقوات المسلحة اليمنية": the office of a body
                office = st.doc.text[w.start:st.words[i + oo - 1].end]
                en_head = "Media Office" if "اعلامي" in fkey(office) else "Office"
                attrs = {
                    "name_ar": _canonical_ar(st.doc.text[w.start:org.end]),
                    "name_en": f"{en_head} of the {org.attrs.get('name_en')}", "kb_id": None,
                    "actor_code": org.attrs.get("actor_code"), "country": org.attrs.get("country"),
                    "key": f"office-org:{fkey(office)}:{org.attrs.get('key')}", "kind": "office-org",
                    "canonical": True, "heads": [fkey("ال" + fkey(office).split()[0].removeprefix("ال"))],
                }
                org.attrs["nestable"] = True
                st.add(Mention(w.start, org.end, "ORG", attrs, source="actors.people"))
                i = (st.word_at(org.end - 1) or i) + 1
                continue
            role = _role_chain(st, i + oo)
            if role is not None and role.titles and role.titles[0].kind == "office":
                s, e = w.start, role.end
                if not st.is_taken(s, e):
                    t = role.titles[0]
                    office = st.doc.text[w.start:st.words[i + oo - 1].end]
                    en_head = "Media Office" if "اعلامي" in fkey(office) else "Office"
                    attrs = {
                        "name_ar": _canonical_ar(st.doc.text[s:e]),
                        "name_en": f"{en_head} of the {t.en}" + (f" of {role.country.country_en}" if role.country else ""),
                        "kb_id": None, "actor_code": _code(role.country or _doc_nat(st), "GOV"),
                        "country": (role.country.iso2 if role.country else st.doc_country) or None,
                        "key": f"office-org:{fkey(office)}:{fkey(t.surface)}", "kind": "office-org",
                        "canonical": True, "heads": [fkey("ال" + fkey(office).split()[0].removeprefix("ال"))],
                    }
                    st.add(Mention(s, e, "ORG", attrs, source="actors.people"))
                    i = role.last + 1
                    continue
        role = _role_chain(st, i)
        if role is None:
            i += 1
            continue
        j = role.last + 1
        # "، اللواء" / ", الأدميرال": skip one comma and ranks or honorifics
        if j < nw and role.titles:
            gap = st.doc.text[role.end:st.words[j].start]
            if gap.strip().strip("\"»”'") in ("", "،", ","):
                pass
            elif gap.strip():
                j = nw  # punctuation: no name follows
        rank = role.rank
        while j < nw:
            tr = _title_at(st, j, allow_prefix=False)
            if tr is not None and (tr[1].kind in ("rank", "honorific") or _counsellor_after_comma(st, role, j, tr[0])) \
                    and (j == role.last + 1 or st.adjacent(j - 1, j)):
                rank = rank or tr[1]
                j += tr[0]
                while j < nw and lex.is_word("title_filler", st.words[j].folded):
                    j += 1
                continue
            break
        # "العميد البحري البريطاني جيمس بيرن"، "الدبلوماسي النرويجي إريك هولمسن": a nationality after a rank or a
        # title is no first name
        # (a definite adjective only: "العميد الركن تركي المالكي" is a man named Turki)
        if (rank is not None or role.titles) and j + 1 < nw and st.words[j].folded in lex.nat_forms \
                and st.words[j].folded.startswith("ال") and st.adjacent(j, j + 1) \
                and (j == role.last + 1 or st.adjacent(j - 1, j)):
            j += 1
        # "قيادي في الميليشيا يدعى أبو علي الحسيني"، "المتهم المدعو …": the word that says "named" is no name
        if j + 1 < nw and st.words[j].folded in NAMED_WORDS and st.adjacent(j, j + 1) \
                and (j == role.last + 1 or st.adjacent(j - 1, j)):
            j += 1
        k = 0
        if j < nw and (j == role.last + 1 or st.adjacent(j - 1, j) or st.gap(j - 1, j).strip() in ("،", ",")
                       or _quote_gap(st, j - 1, j)):
            k = _parse_name(st, j)
            if k and any(st.words[x].folded in time_words() for x in range(j, j + k)):
                k = 0  # "استقبل الرئيس، أواخر أكتوبر الماضي، …": a time phrase, not a name
            # "العميد الطاهر يوسف إدريس": after a rank, a first name with the article before a known name
            # (or a given name that is also a time or a common word: "اللواء صباح نعمة الكرعاوي")
            if not k and (rank is not None and j + 1 < nw and st.words[j].folded.startswith("ال")
                          and not _stopword(st, j) and _title_at(st, j) is None and _plain_name_next(st, j)
                          and st.mention_starting(j, ("ORG", "LOC", "FAC")) is None and not st.in_place(j)
                          or _ambiguous_given_ranked(st, j, rank)):
                rest_k = _parse_name(st, j + 1)
                k = rest_k + 1 if rest_k else 0
            if not k and _ambiguous_given_closed(st, j):
                k = 2
        if k and not _name_evidence(st, j, k, rank is not None):
            k = 0
        if k:
            s, e = st.words[j].start, st.words[j + k - 1].end
            role_text = _role_text(st, role) if role.titles else None
            if role_text is None and rank is not None:
                role_text = st.doc.text[st.words[role.first].start:st.words[role.last].end] if role.rank else None
            st.take(role.start, role.end)
            existing = _existing_person(st, s, e)
            if existing is not None:
                if role_text and not existing.attrs.get("role"):
                    existing.attrs["role"] = role_text
                    probe = _person(st, s, e, role, role_text)
                    for k2 in ("office_key", "heads"):
                        if probe.attrs.get(k2):
                            existing.attrs[k2] = probe.attrs[k2]
                i = j + k
                continue
            if not st.is_taken(s, e):
                m = _person(st, s, e, role, role_text)
                if rank is not None and not m.attrs.get("actor_code") and rank.code:
                    m.attrs["actor_code"] = _code(role.country, rank.code)
                _same_as_named_before(st, m)
                st.add(m)
            i = j + k
            continue
        if len(role.titles) == 2 and "مبعوث" in fkey(role.titles[0].surface) and fkey(role.titles[1].surface) == "الامين العام":
            # "المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن": the envoy of the secretary-general, one post
            role.titles = role.titles[:1]
        # no name after: an office with a country or body is a PER mention of its own
        if role.titles and role.titles[0].kind == "office" and len(role.titles) == 1 and not (role.country or role.org) \
                and " " in role.titles[0].surface and role.last == role.first + len(role.titles[0].surface.split()) - 1 \
                and not role.titles[0].seated and not _apposed_after(st, role.last):
            role.country = _doc_nat(st)  # "رئيس الوزراء" alone: the article's country
            if role.country is not None:
                role.inferred = True
        # (an envoy named by the state or body that sent him stands alone as well, "دعا المبعوث الأممي الخاص إلى اليمن
        # الأطراف كافة"، when the article names no envoy: read once every person is known)
        if role.titles and role.titles[0].en == "envoy" and role.titles[0].surface.startswith("ال") \
                and len(role.titles) == 1 and role.country and not role.org and (role.first == 0 or (
                    not lex.titles.longest([st.words[role.first - 1].folded])[0]
                    and st.words[role.first - 1].folded not in _ENVOY_GENITIVE_OF)):
            envoys.append(role)
            i = role.last + 1
            continue
        if role.titles and role.titles[0].kind == "office" and len(role.titles) == 1 and (role.country or role.org):
            t = role.titles[0]
            owner = role.country.key if role.country else str(role.org.attrs.get("key") if role.org else "")
            adj = role.country.adj_en + " " if role.country and not role.org else ""
            org_en = f" of the {role.org.attrs.get('name_en')}" if role.org else ""
            _add_post(st, role, {
                "name_en": f"{adj}{t.en}{org_en}".strip(),
                "actor_code": _code(role.country, t.code) if role.country or not role.org
                else role.org.attrs.get("actor_code"),
                "key": f"office:{fkey(t.surface)}:{owner}", "heads": [fkey(t.surface)],
                **({"country_inferred": True} if role.inferred else {})})
            i = role.last + 1
            continue
        # a counterpart named by his state alone ("التقى وزير الخارجية العراقي نظيره السوري، مساء أمس"، "اتصالاً
        # هاتفياً مع نظيره الإيراني"): a PER mention of that state's holder of the post
        if role.titles and len(role.titles) == 1 and role.titles[0].en == "counterpart" and role.country and not role.org:
            _add_post(st, role, {
                "name_en": f"{role.country.adj_en} counterpart".strip(),
                "actor_code": _code(role.country, role.titles[0].code),
                "key": f"office:counterpart:{role.country.key}", "heads": [],
                **({"country_inferred": True} if role.inferred else {})})
            i = role.last + 1
            continue
        # a governor or mayor named by his province or town alone ("والتقى محافظ حماة وفداً …"): a PER
        # mention of the post, one for each place
        t = role.titles[0] if len(role.titles) == 1 else None
        if t is not None and t.kind == "function" and t.local and role.place is not None \
                and role.place.label == "LOC" and not role.org and not st.is_taken(role.start, role.end) \
                and (role.last + 1 >= nw or not st.adjacent(role.last, role.last + 1) or _stopword(st, role.last + 1)
                     or any(lex.is_word("verb", r) for _p, r in st.words[role.last + 1].readings)
                     # (or an indefinite noun, its nunation written: "والتقى محافظ الطفيلة وفداً من المعتصمين")
                     or has_nunation(st.doc.text[st.words[role.last + 1].start:st.words[role.last + 1].end])
                     # (or a body named right after, the verb's object: "ودعا والي كسلا المنظمات الإنسانية إلى …")
                     or (m_next := st.mention_starting(role.last + 1, ("ORG",))) is not None
                     and not st.words[role.last + 1].tok.prefix and m_next.attrs.get("kind") in _NO_GENITIVE_KINDS):
            # (not before a name the lexicon does not know: "رئيس بلدية ترمسعيا لافي شلبي")
            place_text = st.doc.text[role.place.start:role.place.end]
            if _add_post(st, role, {
                    "name_en": f"{t.en} of {role.place.attrs.get('name_en') or romanise(place_text)}",
                    "actor_code": _code(role.country, t.code),
                    "key": f"office:{fkey(t.surface)}:{role.place.attrs.get('key') or fkey(place_text)}", "heads": []}):
                i = role.last + 1
                continue
        # "صبري أوك، عضو المجلس التنفيذي في …": the name comes first
        if role.titles and role.first > 0 and st.gap(role.first - 1, role.first).strip() in ("،", ","):
            got = _name_before(st, role.first)
            if got is not None:
                a, b = got
                s, e = st.words[a].start, st.words[b].end
                if not st.is_taken(s, e):
                    st.add(_person(st, s, e, role, _role_text(st, role)))
                    st.take(role.start, role.end)
        i = role.last + 1


def lone_envoys(st: State) -> None:
    """"دعا المبعوث الأممي الخاص إلى اليمن الأطراف …": an envoy named by the state or body that sent him is a PER
    mention of the post, unless the article names an envoy (then he is the one meant)."""
    envoy_words = [w.i for w in st.words if "مبعوث" in w.folded]
    # ("مكتب المبعوث الخاص للأمم المتحدة إلى اليمن هانس غروندبرغ": a name right after the title, its words unbroken)
    named_envoy = any(m.label == "PER" and (j := st.word_at(m.start)) is not None and 0 < j - k <= 8
                      and all(st.adjacent(x, x + 1) for x in range(k, j))
                      for m in st.mentions for k in envoy_words)
    if named_envoy:
        return
    for role in st.envoys:
        t = role.titles[0]
        _add_post(st, role, {
            "name_en": f"{role.country.adj_en} {t.en}".strip(), "actor_code": _code(role.country, t.code),
            "key": f"office:{fkey(t.surface)}:{role.country.key}", "heads": [fkey(t.surface)]})


# a body named by who gave it its mandate: "الحكومة المكلفة من مجلس النواب"، "اللجنة المعيّنة من الرئاسة"
_MANDATED = frozenset({"المكلفه", "المكلف", "المعينه", "المعين", "المنتخبه", "المنتخب", "المشكله", "المشكل"})


# nouns an envoy's title may be the genitive of, naming someone else: "نائبة المبعوث الأميركي …"، "مكتب المبعوث"
_ENVOY_GENITIVE_OF = frozenset({"نائب", "نائبه", "مساعد", "مساعده", "مكتب", "فريق", "مستشار", "مستشاره", "ممثل",
                                "ممثله", "وفد", "زياره", "جوله"})


def _add_post(st: State, role: Role, attrs: dict[str, Any]) -> bool:
    """The role's words as a PER mention of the post alone ("رئيس الوزراء العراقي"، "محافظ حماة"), when every
    mention inside it lies wholly within it (those become nested); ``attrs`` are the post's own (name_en,
    actor_code, key, heads). False when a mention crosses its edge."""
    s, e = role.start, role.end
    inner = [m for m in st.mentions if m.start < e and s < m.end]
    if not all(s <= m.start and m.end <= e for m in inner):
        return False
    for m in inner:
        m.attrs["nestable"] = True
    st.add(Mention(s, e, "PER", {
        "name_ar": _canonical_ar(st.doc.text[s:e]), "kb_id": None,
        "country": role.country.iso2 if role.country and role.country.iso2 else None,
        "role": _role_text(st, role), "kind": "office", "canonical": False, "keeps_nested": True, **attrs},
        source="actors.people"))
    return True


def _counsellor_after_comma(st: State, role: Role, j: int, n: int) -> bool:
    """"النائب العام …، المستشار عبد الرزاق الفيتوري": "المستشار" set off by a comma after a post, right before
    a name, is a judge's honorific, not an adviser's post."""
    return n == 1 and j == role.last + 1 and st.words[j].folded == "المستشار" \
        and st.gap(role.last, j).strip() in ("،", ",") and j + 1 < len(st.words) and st.adjacent(j, j + 1) \
        and not st.words[j + 1].folded.startswith("ال")


def _apposed_after(st: State, last: int) -> bool:
    """A name set off by a comma right after a post's words, or after one adjective of the post ("وزير المالية
    الاتحادي، فاضل مهدي الربيعي،"): the post is that person's, no office standing alone."""
    from .unknown import _apposed_name

    k = last + 1
    if k < len(st.words) and st.adjacent(last, k) and st.words[k].folded.startswith("ال") \
            and st.words[k].folded.endswith("ي"):
        k += 1
    return 0 < k < len(st.words) and st.gap(k - 1, k).strip() in ("،", ",") and _apposed_name(st, k) >= 2


def _name_before(st: State, first: int) -> tuple[int, int] | None:
    """Word span of a name ending right before word ``first`` (after a comma)."""
    lex = st.lex
    end = first - 1
    for length in (4, 3, 2):
        a = end - length + 1
        if a < 0:
            continue
        if not all(st.adjacent(k, k + 1) for k in range(a, end)):
            continue
        f0 = st.words[a].folded
        known = lex.names.get(f0)
        if known is None or known[1] != "given" or known[2]:
            continue
        if _parse_name(st, a) >= length:
            return a, end
    return None


def _doc_nat(st: State) -> Nationality | None:
    return st.lex.nationalities.get(st.doc_country) if st.doc_country else None


# ---------------------------------------------------------------------------------------
# 4. unnamed sources
# ---------------------------------------------------------------------------------------

def unnamed(st: State) -> None:
    lex = st.lex
    nw = len(st.words)
    i = 0
    source_heads = lex.source_heads.keys()
    while i < nw:
        i = st.next_gated("source", i)  # (no source head among the words between)
        if i >= nw:
            break
        w = st.words[i]
        head = None
        accusative = False
        for p, rest in w.readings:
            if rest in source_heads:
                head = (p, rest)
                # "إن مسؤولاً أمريكياً قال": the subject of إنّ, its adjectives in the accusative too
                accusative = rest.endswith("ا") and rest[:-1] in source_heads
                break
        if head is None or st.is_taken(w.start, w.end):
            i += 1
            continue
        j = i + 1
        descs: list[str] = []
        nat: Nationality | None = None
        complement: Mention | None = None
        while j < nw and st.adjacent(j - 1, j):
            f = st.words[j].folded
            if accusative and f.endswith("يا"):
                f = f[:-1]  # its adjective in the accusative too: "أمريكياً"، "أمنياً"
            if f in lex.source_descriptors:
                descs.append(lex.source_descriptors[f])
                j += 1
                continue
            if f in lex.source_qualifiers:
                j += 1
                if j < nw and st.words[j].folded == "المستوي":
                    j += 1
                continue
            k, forms = lex.nationality_at([f] if accusative else st.folded_seq(j, lex.nat_max_words))
            nf = _pick_nat(forms, False)
            if nf is not None and nat is None:
                nat = nf.nat
                j += k
                continue
            break
        # "مصدر في وزارة الدفاع", "متحدث باسم السفارة" (with a descriptor the source is named already:
        # "مصدر عسكري مسؤول في القيادة العامة …" is "مصدر عسكري مسؤول" in that command)
        if j < nw and st.adjacent(j - 1, j) and st.words[j].folded in ("باسم", "في", "من") and j + 1 < nw \
                and (not descs or st.words[j].folded == "باسم"):
            m = st.mention_starting(j + 1, ("ORG",))
            if m is not None:
                complement = m
                km = st.word_at(m.end - 1)
                j = (km if km is not None else j + 1) + 1
            elif st.words[j].folded == "باسم" and st.words[j + 1].folded.startswith("ال"):
                # "متحدث باسم السفارة": the body named by its short form, if the article named it before
                body = st.words[j + 1].folded
                before = [m for m in st.mentions if m.end <= st.words[j].start and body in (m.attrs.get("heads") or ())]
                ante = max(before, key=lambda m: m.start) if before else None
                j += 2
                complement = Mention(0, 0, "ORG", dict(ante.attrs) if ante is not None else {})
        elif j < nw and st.adjacent(j - 1, j) and not descs and any(p == "ب" for p, _r in st.words[j].readings):
            m = st.mention_starting(j, ("ORG",))  # "مصدر بالهلال الأحمر المصري": a source in that body
            if m is not None and m.start > st.words[j].start:
                complement = m
                km = st.word_at(m.end - 1)
                j = (km if km is not None else j) + 1
        if not descs and nat is None and complement is None:
            i += 1
            continue
        s, e = st.stem_start(w, head[0]), st.words[j - 1].end
        if st.is_taken(s, e) and complement is None:
            i = j
            continue
        if nat is None and complement is not None and complement.attrs.get("country"):
            nat = lex.nationalities.get(str(complement.attrs["country"]))
            parts = []
        else:
            parts = [nat.adj_en] if nat else []
        parts += descs
        parts.append(lex.source_heads[head[1]])
        name_en = " ".join(parts)
        if complement is not None and complement.attrs.get("name_en"):
            name_en += f" for the {complement.attrs['name_en']}" if head[1] in ("متحدث", "ناطق") \
                else f" ({complement.attrs['name_en']})"
        attrs: dict[str, Any] = {
            "name_ar": _canonical_ar(st.doc.text[s:e]), "name_en": name_en, "kb_id": None,
            "actor_code": _code(nat, ""), "country": nat.iso2 if nat and nat.iso2 else None,
            "key": f"src:{fkey(st.doc.text[s:e])}:{s}", "kind": "unnamed", "canonical": True,
            "heads": ["ال" + head[1]], "keeps_nested": True,
        }
        m = Mention(s, e, "ORG", attrs, source="actors.unnamed")
        # an ORG nested in the source phrase stays its own mention
        if complement is not None and complement.end > 0:
            complement.attrs["nestable"] = True
            st.register(m)
        else:
            st.add(m)
        i = j


# ---------------------------------------------------------------------------------------

def _doc_country(st: State) -> str:
    """The country the article is mostly about: places named, nationality adjectives."""
    votes = _country_votes(st)
    if not votes:
        return ""
    return votes.most_common(1)[0][0]


def _clear_country(st: State) -> bool:
    """The article's country is plain: named at least three times, and at least twice as
    often as any other country."""
    top = _country_votes(st).most_common(2)
    if not top:
        return False
    second = top[1][1] if len(top) > 1 else 0
    if top[0][1] >= 3 and top[0][1] >= 2 * second:
        return True
    # or the dateline's city is in it ("عمّان – …" over an article that also names Israel often)
    return top[0][1] >= 2 and _dateline_country(st) == top[0][0]


def _dateline_country(st: State) -> str | None:
    """The country of the place that opens the article ("رام الله 19-10-2025 وفا-"، "عمّان – الرأي")."""
    first = min(st.places, key=lambda m: m.start, default=None)
    if first is None or st.doc.text[:first.start].strip():
        return None
    c = first.attrs.get("country")
    return _ADMINISTERED_BY.get(str(c), str(c)) if c else None


# a territory whose forces and bodies, as the news names them, are another state's: Western Sahara's
# places are Morocco-administered ("البحرية الملكية" off Dakhla is Morocco's Royal Navy)
_ADMINISTERED_BY = {"EH": "MA"}


def _country_votes(st: State) -> Counter[str]:
    votes: Counter[str] = Counter()
    for m in st.places:
        c = m.attrs.get("country")
        if c:
            votes[_ADMINISTERED_BY.get(str(c), str(c))] += 1
    for m in st.mentions:
        c = m.attrs.get("country")
        if c and m.attrs.get("kind") != "outlet" and not m.attrs.get("country_inferred"):
            votes[str(c)] += 1
    votes.update(_word_votes(st))
    return votes


def _word_votes(st: State) -> Counter[str]:
    """The words' votes (capitals, nationality adjectives): they stay the same while the
    mentions grow, so they are counted once per document."""
    if st.word_votes is not None:
        return st.word_votes
    votes: Counter[str] = Counter()
    lex = st.lex
    capitals, nat_forms = lex.capitals, lex.nat_forms
    for i in st.gated("country"):
        for rest in st.words[i].rests:
            if rest in capitals and capitals[rest].iso2:
                votes[capitals[rest].iso2] += 1
                break
            forms = nat_forms.get(rest)
            if forms and forms[0].nat.iso2:
                votes[forms[0].nat.iso2] += 1
                break
    st.word_votes = votes
    return votes


def commands(st: State) -> None:
    """"القيادة العامة للجيش الوطني الليبي"، "قيادة الجيش اللبناني": the command speaks and acts for its body;
    news uses the two for one another, so the mention joins the body's entity (its key, code and country)."""
    table = st.lex.word_phrases.get("command_head")
    if table is None:
        return
    for m in [m for m in st.mentions if m.label == "ORG"]:
        i = st.word_at(m.start)
        if i is None or i == 0 or not st.adjacent(i - 1, i):
            continue
        w = st.words[i]
        lam = any(p in ("ل", "لل") for p, _ in w.readings) and st.doc.text[w.start] == "ل"
        for n in (2, 1):
            k = i - n
            if k < 0 or not all(st.adjacent(x, x + 1) for x in range(k, i)):
                continue
            seq = st.folded_seq(k, n)
            construct = not seq[0].startswith("ال") and st.doc.text[w.start:w.start + 2] == "ال"  # "قيادة الجيش"
            if len(seq) != n or seq not in table or not (lam or construct or seq[-1] in ("اركان", "الاركان")):
                continue
            start = st.words[k].start
            if st.mask[start]:
                break
            body = str(m.attrs.get("name_en") or "")
            attrs = dict(m.attrs)
            attrs.update({"name_ar": _canonical_ar(st.doc.text[start:m.end]),
                          "name_en": ("General Command of the " if "عامه" in " ".join(seq) else "Command of the ") + body,
                          "kind": "command", "canonical": True})  # (one entity with its body, as news uses them)
            attrs.pop("keeps_nested", None)
            if seq[0].startswith("ال"):
                # "… القيادة العامة للقوات المسلحة …، وتتهم الحكومة القيادة العامة": the command named alone later
                attrs["heads"] = list(attrs.get("heads") or []) + [" ".join(seq)]
            st.add(Mention(start, m.end, "ORG", attrs, source="actors.commands"))
            break


def crowds(st: State) -> None:
    """A counted crowd of a nationality ("آلاف الأردنيين"، "عشرات الفلسطينيين"): a party to what
    it does (a march, a sit-in), one entity per nationality in the article."""
    lex = st.lex
    counts = count_words("crowd")
    for j in st.gated("country"):  # (the word after the count reads as a nationality)
        i = j - 1
        if i < 0:
            continue
        w, nxt = st.words[i], st.words[j]
        if st.mask[w.start] or st.mask[nxt.start] or not st.adjacent(i, i + 1):
            continue
        if not any(rest in counts for _p, rest in w.readings):
            continue
        k, forms = lex.nationality_at(st.folded_seq(i + 1, 1))
        nf = next((f for f in forms if f.definite and f.gender == "p" and f.nat.iso2), None)
        if not k or nf is None:
            continue
        nat = nf.nat
        start = st.stem_start(w, next(p for p, rest in w.readings if rest in counts))
        attrs: dict[str, Any] = {
            "name_ar": _canonical_ar(st.doc.text[start:nxt.end]), "name_en": f"{nat.adj_en} people",
            "kb_id": None, "actor_code": nat.cameo + "CVL", "country": nat.iso2,
            "key": f"{nat.key}:people", "kind": "composed", "canonical": True, "priority": 1,
        }
        st.add(Mention(start, nxt.end, "ORG", attrs, source="actors.crowds"))


def _bereaved_described(st: State, k: int) -> bool:
    """Word k a definite noun of people, and the next a word for the dead or held as its adjective
    ("المهاجرين المفقودين"، "الجنود المختطفين"، "الصيادين المفقودين")."""
    return k + 1 < len(st.words) and st.adjacent(k, k + 1) and st.words[k].folded.startswith("ال") \
        and st.words[k + 1].folded in st.lex.words.get("bereaved_of", frozenset()) and not st.mask[st.words[k].start] \
        and not st.in_place(k)


def local_crowds(st: State) -> None:
    """People named by where they live or work, or whom they mourn ("أهالي بلدة القصر"، "عمال شركة
    فسفاط قفصة"، "ذوو الضحايا"): a party to what they do, one entity per place or body. The place or
    body keeps its own mention."""
    lex = st.lex
    heads = lex.words.get("crowd_head", frozenset())
    bereaved = lex.words.get("bereaved_of", frozenset())
    staff = lex.words.get("staff_head", frozenset())
    nw = len(st.words)
    plurals = lex.words.get("crowd_plural", frozenset())
    for i in st.gated("crowd"):  # (the words that read as any of the heads)
        w = st.words[i]
        if not staff.isdisjoint(w.rests) and i + 2 < nw:
            _staff_of(st, i)
            continue
        if not plurals.isdisjoint(w.rests) and i + 2 < nw:
            _counted_of(st, i)
            continue
        if heads.isdisjoint(w.rests) or i + 1 >= nw or not st.adjacent(i, i + 1):
            continue
        prefix, head = next((p, r) for p, r in w.readings if r in heads)
        start = st.stem_start(w, prefix)
        if st.mask[start]:
            continue
        if head == "ابناء" and (prefix or not _counted_before(st, i)):
            continue  # "مئات من أبناء درعا البلد": the sons of a place are a crowd only counted (not "إطلاق سراح أبناء …")
        if _in_quotation(st, start):
            continue  # ("إن "أهالي سنجار لن يقبلوا …"": a speaker's words about them, no party)
        gloss = lex.crowd_en.get(head, "people")
        k = i + 1
        if gloss == "notables":
            # "أعيان وحكماء مدينة مصراتة"، "شيوخ ووجهاء عشائر الأنبار": a second word for them, joined by و
            # (or for the people with them: "وجهاء وأبناء قبيلة العكيدات");
            # "وجهاء من عشائر حوران"، "أعيان من مدينة أوباري": some of them, from their place or tribe
            if k + 1 < nw and st.adjacent(k, k + 1) and any(
                    p == "و" and r in heads for p, r in st.words[k].readings):
                k += 1
            if k + 1 < nw and st.adjacent(k, k + 1) and st.words[k].folded == "من":
                k += 1
                # "حكماء وأعيان من مدن الجنوب الليبي": from the towns of a place, that place's notables
                if k + 1 < nw and st.adjacent(k, k + 1) and st.words[k].folded in _TOWNS_OF \
                        and st.place_starting(k + 1) is not None:
                    k += 1
        nxt = st.words[k]
        owner = st.place_starting(k) or st.mention_starting(k, ("ORG",))
        at = nxt.start
        if owner is None and nxt.folded == "بلديه" and k + 1 < nw and st.adjacent(k, k + 1):
            # "سكان بلدية تيشي": the municipality's mention is its name alone (places: triggers.tsv "bare")
            owner, at = st.place_starting(k + 1), st.words[k + 1].start
        if owner is not None and owner.start == at:
            end, country = owner.end, owner.attrs.get("country")
            name_en = f"{gloss} of {owner.attrs.get('name_en') or owner.attrs.get('name') or ''}".strip()
            key = f"crowd:{gloss}:{owner.attrs.get('key') or fkey(st.doc.text[owner.start:owner.end])}"
            last = st.word_at(owner.end - 1)
            town = st.place_starting(last + 1) if last is not None and last + 1 < nw and st.adjacent(last, last + 1) \
                and fold(st.doc.text[owner.start:owner.end]).text in _KIN_PLURALS else None
            if gloss == "notables" and town is not None and town.start == st.words[last + 1].start:
                # "وجهاء عشائر الهرمل": the clans of a town, whose notables they are (the bare "عشائر" names no
                # party of its own)
                end, country = town.end, town.attrs.get("country") or country
                key = f"crowd:{gloss}:{fkey(st.doc.text[owner.start:town.end])}"
                if owner in st.mentions:
                    st.remove(owner)
                owner = town
        elif gloss == "notables" and nxt.folded in _SEATS_OF_NOTABLES and not st.mask[nxt.start]:
            # "وجهاء المدينة"، "شيوخ القبيلة": the notables of the place or tribe the article is about
            end, country = nxt.end, st.doc_country or None
            name_en = f"notables ({nxt.folded})"
            key = f"crowd:{gloss}:{nxt.folded}"
        elif (gloss == "families" or head == "اهالي") and (chain := _bereaved_chain_end(st, k, bereaved))[0]:
            # "أهالي ضحايا انفجار مرفأ بيروت": the mourned in construct with what killed them (the place or body
            # named in it keeps its own mention)
            gloss = "families"
            (end, owner), country = chain, st.doc_country or None
            name_en = "families of the victims"
            key = f"crowd:{gloss}:{fkey(st.doc.text[nxt.start:end])}"
        elif (gloss == "families" or head == "اهالي") and (nxt.folded in bereaved or _bereaved_described(st, k)):
            gloss = "families"  # "أهالي المعتقلين": the families of the held, as "ذوو المعتقلين"
            # ("عائلات المهاجرين المفقودين": the mourned told by a noun and the word for them)
            last_w = st.words[k + 1] if nxt.folded not in bereaved else nxt
            end, country = last_w.end, st.doc_country or None
            name_en = "families of the " + ("victims" if last_w.folded == "الضحايا" else "dead or held")
            key = f"crowd:{gloss}:{fkey(st.doc.text[nxt.start:last_w.end])}"
        elif gloss in _TRADE_CROWDS and owner is None and (nxt.folded.startswith("ال") or not prefix.startswith("و")
                                                             and _construct_chain(st, k)) \
                and nxt.folded not in _BODY_TOLD_AGAIN and not st.mask[nxt.start] \
                and st.mention_starting(i + 1, ("ORG", "PER")) is None:
            # "إضراب عمال الحقول النفطية"، "عمال النظافة"، "مدرّسو التعليم الثانوي والإعدادي"، "مزارعي القمح": workers,
            # teachers, farmers, fishermen or drivers named by their work, with its adjectives (and one joined by و)
            # ("سائقو سيارات الأجرة"، "طلبة كليات الطب": or by an indefinite plural in construct with what it is of)
            last = i + 1 if nxt.folded.startswith("ال") else i + 2
            for k in range(i + 2, min(nw, i + 4)):
                f = st.words[k].folded
                joined = f.startswith("وال") and k > i + 2  # (after an adjective of its own)
                if not st.adjacent(k - 1, k) or st.mask[st.words[k].start] or not f.endswith(("يه", "ي")) \
                        or not (f.startswith("ال") or joined):
                    break
                last = k
                if joined:
                    break
            end, country = st.words[last].end, st.doc_country or None
            name_en = f"{gloss} ({st.doc.text[nxt.start:end]})"
            key = f"crowd:{gloss}:{fkey(st.doc.text[nxt.start:end])}"
        else:
            continue
        nat = lex.nationalities.get(str(country)) if country else None
        attrs: dict[str, Any] = {
            "name_ar": _canonical_ar(st.doc.text[start:end]), "name_en": name_en, "kb_id": None,
            "actor_code": (nat.cameo if nat is not None else "") + "CVL", "country": country or None,
            "key": key, "kind": "crowd", "canonical": True, "keeps_nested": True,
        }
        if owner is not None:
            owner.attrs["nestable"] = True
        st.register(Mention(start, end, "ORG", attrs, source="actors.crowds"))
        st.take(start, nxt.start)
    _protesters_are_the_crowd(st)
    _residents_told_again(st)


# the residents told again by their plural alone, after "أهالي بلدة …" ("ودعا المحافظ الأهالي إلى التهدئة")
_RESIDENTS_AGAIN = frozenset({"الاهالي", "السكان"})


# the counts a crowd is told by before it ("عشرات الأهالي"، "المئات من الأهالي")
_CROWD_COUNT_WORDS = frozenset({"عشرات", "مئات", "الاف", "العشرات", "المئات", "الالاف"})


def _counted_before(st: State, i: int) -> bool:
    """Word i is counted right before it: "عشرات الأهالي"، "المئات من الأهالي"."""
    if i < 1 or not st.adjacent(i - 1, i):
        return False
    before = st.words[i - 1].folded
    if before == "من" and i >= 2 and st.adjacent(i - 2, i - 1):
        before = st.words[i - 2].folded
    return before.removeprefix("و") in _CROWD_COUNT_WORDS


def _bereaved_chain_end(st: State, k: int, bereaved: frozenset[str]) -> tuple[int, Mention | None]:
    """"ضحايا انفجار مرفأ بيروت"، "شهداء مجزرة المدرسة" after أهالي: an indefinite word for the mourned (its
    definite form a bereaved_of word) in construct with what befell them, up to a name or a definite word two
    words on; the end offset of that chain and the name that ends it, or (0, None)."""
    nw = len(st.words)
    if "ال" + st.words[k].folded not in bereaved:
        return 0, None
    for j in range(k + 1, min(nw, k + 3)):
        if not st.adjacent(j - 1, j):
            return 0, None
        named = st.place_starting(j) or st.mention_starting(j, ("ORG", "LOC", "FAC"))
        if named is not None and named.start == st.words[j].start:
            return named.end, named
        f = st.words[j].folded
        if f.startswith("ال") and not st.lex.is_word("stop", f):
            return st.words[j].end, None
        if not f.isalpha() or st.words[j].tok.is_digit or _stopword(st, j):
            return 0, None
    return 0, None


def _residents_told_again(st: State) -> None:
    """"الأهالي"، "السكان" alone are the residents named last before them ("تظاهر أهالي بلدة القصر … ودعا المحافظ
    الأهالي إلى التهدئة"): the same crowd."""
    residents = sorted((m for m in st.mentions if str(m.attrs.get("key", "")).startswith("crowd:residents:")),
                       key=lambda m: m.start)
    for i, w in enumerate(st.words):
        reading = next(((p, r) for p, r in w.readings if r in _RESIDENTS_AGAIN), None)
        if reading is None:
            continue
        start = st.stem_start(w, reading[0])
        if st.mask[start] or _in_quotation(st, start):
            continue  # (as for the crowd itself: "إن «الأهالي عانوا طويلاً»" is a speaker's words about them)
        told = [m for m in residents if m.end <= start]
        if told:
            attrs = dict(told[-1].attrs)
            attrs["canonical"] = False
        elif reading[1] == "الاهالي" and _counted_before(st, i):
            # none named before, but counted: the residents of the place the article is about ("نفّذ المئات من
            # الأهالي وقفة احتجاجية"، "اعترض عشرات الأهالي دورية"), a crowd that is a party only when it acts
            # (events: _drop_idle_crowds)
            country = st.doc_country or None
            nat = st.lex.nationalities.get(str(country)) if country else None
            attrs = {"name_ar": _canonical_ar(st.doc.text[start:w.end]), "name_en": "residents", "kb_id": None,
                     "actor_code": (nat.cameo if nat is not None else "") + "CVL", "country": country,
                     "key": "crowd:residents:", "kind": "crowd", "canonical": True, "keeps_nested": True}
        else:
            continue
        m = Mention(start, w.end, "ORG", attrs, source="actors.crowds")
        st.register(m)
        st.take(start, w.end)
        if not told:
            residents.append(m)


# crowds that may be named by the work they do or the crop or catch they live by ("عمال النظافة"، "مزارعي القمح"،
# "صيادي الأسماك"، "سائقي الشاحنات")
_TRADE_CROWDS = frozenset({"workers", "teachers", "farmers", "fishermen", "drivers", "students", "employees", "traders",
                           "retirees"})


def _construct_chain(st: State, k: int) -> bool:
    """Word k an indefinite plural in construct with the definite noun right after it ("سيارات الأجرة"، "كليات
    الطب")، neither a place, a body nor a word of time."""
    nw = len(st.words)
    if k + 1 >= nw or not st.adjacent(k, k + 1) or st.mask[st.words[k].start] or st.mask[st.words[k + 1].start]:
        return False
    w, nxt = st.words[k].folded, st.words[k + 1].folded
    return not w.startswith("ال") and w.endswith(("ات", "ين")) and len(w) > 4 and nxt.startswith("ال") \
        and st.place_starting(k) is None and st.place_starting(k + 1) is None \
        and st.mention_starting(k + 1, ("ORG", "PER")) is None
# the key of a crowd of notables ("وجهاء المدينة"): a party when met, too, and never the protesters
NOTABLES_KEY = "crowd:notables:"
# the plural of kin groups, whose town may follow ("وجهاء عشائر الهرمل")
_KIN_PLURALS = frozenset({"عشائر", "قبائل"})
# the place or kin that notables speak for, told by its noun ("وجهاء المدينة"، "شيوخ العشائر")
_SEATS_OF_NOTABLES = frozenset({"المدينه", "المنطقه", "البلده", "القريه", "المحافظه", "الولايه", "القبيله",
                                "القبائل", "العشيره", "العشائر", "العشيرتين", "القبيلتين", "الطائفه", "الحي"})
# a body told again by its noun ("عمال الشركة"، "موظفي الوكالة"): its people are no trade of their own
_BODY_TOLD_AGAIN = frozenset({"الشركه", "الشركات", "الوكاله", "الوزاره", "المؤسسه", "البلديه", "المصنع", "المصانع",
                              "الهيئه", "المديريه", "الاداره", "المنظمه", "الجامعه", "المستشفي", "الميناء", "المطار",
                              "المدرسه"})


def _protesters_are_the_crowd(st: State) -> None:
    """"تظاهر أهالي بلدة القصر …، ورفع المحتجون لافتات"، "أغلق مئات المحتجين من أهالي قضاء الزبير": the
    protesters of an article with one crowd are that crowd (not with two crowds: which one is not said)."""
    # (not notables, who speak for a place and protest nothing: "وجهاء المدينة")
    crowds = [m for m in st.mentions if m.attrs.get("kind") == "crowd"
              and not str(m.attrs.get("key", "")).startswith(NOTABLES_KEY)]
    if not crowds or len({m.attrs["key"] for m in crowds}) != 1:
        return
    for m in st.mentions:
        if str(m.attrs.get("key", "")).endswith(":protesters") \
                and fold(st.doc.text[m.start:m.end]).text.lstrip("وفل").startswith("ال"):
            m.attrs["key"] = crowds[0].attrs["key"]
            m.attrs["canonical"] = False


def _staff_of(st: State, i: int) -> None:
    """"نفّذ العاملون في الأونروا إضراباً": those who work in a body, a crowd of their own; the word alone
    names them (as the text goes on: "العاملون"), the body stays a party of its own."""
    w = st.words[i]
    prefix, head = next((p, r) for p, r in w.readings if r in st.lex.words["staff_head"])
    start = st.stem_start(w, prefix)
    if st.mask[start] or not st.adjacent(i, i + 1) or st.words[i + 1].folded != "في" or _in_quotation(st, start):
        return
    body = st.mention_starting(i + 2, ("ORG",))
    if body is None or body.start != st.words[i + 2].start or body.attrs.get("kind") in ("country-ref", "crowd"):
        return
    st.add(_crowd_of(st, start, w.end, body, st.lex.crowd_en.get(head, "staff")))


# the towns or villages of a place, after من: "من بلديات السوقر"، "من قرى ريف إدلب"
_TOWNS_OF = frozenset({"بلديات", "قري", "مدن", "مناطق", "ولايات", "محافظات", "دواوير", "مداشر", "ارياف", "احياء"})


def _counted_of(st: State, i: int) -> None:
    """"نفّذ عشرات الصيادين في مدينة صيدا اعتصاماً"، "أضرب آلاف العمال في شركة مصر للغزل": people of a trade,
    counted, in a place or a body: a crowd of their own, named by the plural alone (as the text goes on:
    "الصيادون"); the place or body keeps its own mention."""
    w = st.words[i]
    prefix, head = next((p, r) for p, r in w.readings if r in st.lex.words["crowd_plural"])
    start = st.stem_start(w, prefix)
    if prefix or i < 1 or st.mask[start] or not st.adjacent(i - 1, i) or _in_quotation(st, start):
        return
    counts = count_words("crowd")
    count = i - 1  # (a count before it: "عشرات الصيادين"، not "الطلاب في الجامعات"; or before من: "عشرات من النازحين")
    if st.words[i - 1].folded == "من" and i >= 2 and st.adjacent(i - 2, i - 1):
        count = i - 2
    if not any(rest in counts for _p, rest in st.words[count].readings):
        return
    nw = len(st.words)
    gloss = st.lex.crowd_en.get(head, "people")
    # "نظّم عشرات التجار والحمالين، أمس، وقفة احتجاجية": counted right after a verb of gathering, with no place
    # told, the crowd is still a party: that trade's people in the article's country
    gathered = count >= 1 and st.adjacent(count - 1, count) and not st.lex.words.get(
        "crowd_verb", frozenset()).isdisjoint(st.words[count - 1].rests)

    def unplaced() -> None:
        if gathered:
            st.add(_crowd_here(st, start, w.end, gloss))

    def folded(k: int) -> str:
        return st.words[k].folded if k < nw else ""
    j = i + 1
    if folded(j) == "عن" and folded(j + 1) == "العمل" and st.adjacent(i, j) and st.adjacent(j, j + 1):
        j += 2  # "عشرات المعطلين عن العمل": the jobless
    if j + 1 >= nw or not st.adjacent(j - 1, j):
        return unplaced()
    if folded(j) == "في":
        k = j + 1  # "عشرات الصيادين في مدينة صيدا"
    elif folded(j) == "من" and folded(j + 1) in ("ابناء", "اهالي", "سكان") and st.adjacent(j, j + 1):
        k = j + 2  # "عشرات المعطلين عن العمل من أبناء ولاية تطاوين": the people of a place
    elif folded(j) == "من" and folded(j + 1) in _TOWNS_OF and st.adjacent(j, j + 1):
        # "مئات الفلاحين من بلديات السوقر وعين الذهب بولاية تيارت": of the towns of a province, the first
        # place named, the words unbroken
        x = j + 2
        while x < min(nw, j + 10) and st.adjacent(x - 1, x) and st.place_starting(x) is None:
            x += 1
        k = x if x < nw and st.adjacent(x - 1, x) else nw
    elif folded(j)[:1] == "ب" and st.place_starting(j) is not None:
        k = j  # "مئات الفلاحين بولاية تيارت": in a place, told with ب
    elif folded(j) == "الذين" or (folded(j)[:1] == "و" and folded(j + 2) == "الذين" and st.adjacent(j, j + 1)):
        # "مئات التجار (وأصحاب المحلات) الذين تجمّعوا أمام مقر المعتمدية في مدينة بن قردان": where the clause
        # that describes them puts them, after في, the words unbroken
        x = j + (1 if folded(j) == "الذين" else 3)
        while x < min(nw, j + 12) and st.adjacent(x - 1, x) and not (
                folded(x - 1) == "في" and st.place_starting(x) is not None):
            x += 1
        k = x if x < nw and st.adjacent(x - 1, x) and folded(x - 1) == "في" else nw
    else:
        return unplaced()
    if k >= nw:
        return unplaced()
    owner = st.place_starting(k) or st.mention_starting(k, ("ORG",))  # (a place's mention holds its kind: "ولاية تطاوين")
    if owner is None or not st.words[k].start <= owner.start < st.words[k].end \
            or owner.attrs.get("kind") in ("country-ref", "crowd"):
        return unplaced()
    st.add(_crowd_of(st, start, w.end, owner, gloss))


def _crowd_here(st: State, start: int, end: int, gloss: str) -> Mention:
    """A counted crowd of a trade with no place or body told ("نظّم عشرات التجار … وقفة"): a civilian party of the
    article's country, keyed by its kind."""
    country = st.doc_country or None
    nat = st.lex.nationalities.get(str(country)) if country else None
    return Mention(start, end, "ORG", {
        "name_ar": _canonical_ar(st.doc.text[start:end]), "name_en": gloss, "kb_id": None,
        "actor_code": (nat.cameo if nat is not None else "") + "CVL", "country": country,
        "key": f"crowd:{gloss}", "kind": "crowd", "canonical": True,
    }, source="actors.crowds")


def _crowd_of(st: State, start: int, end: int, owner: Mention, gloss: str) -> Mention:
    """The crowd at [start, end) of the place or body ``owner`` ("العاملون" of the UNRWA, "الصيادين" of
    Sidon): a civilian party keyed by its kind and its owner."""
    country = owner.attrs.get("country") or st.doc_country or None
    nat = st.lex.nationalities.get(str(country)) if country else None
    return Mention(start, end, "ORG", {
        "name_ar": _canonical_ar(st.doc.text[start:end]),
        "name_en": f"{gloss} of {owner.attrs.get('name_en') or owner.attrs.get('name') or ''}".strip(), "kb_id": None,
        "actor_code": (nat.cameo if nat is not None else "") + "CVL", "country": country,
        "key": f"crowd:{gloss}:{owner.attrs.get('key') or fkey(st.doc.text[owner.start:owner.end])}",
        "kind": "crowd", "canonical": True,
    }, source="actors.crowds")


def _in_quotation(st: State, offset: int) -> bool:
    """Is ``offset`` inside a quotation opened earlier in its sentence and not yet closed?"""
    s0, _s1 = st.doc.sentence_of(offset)
    before = st.doc.text[s0:offset]
    opened = sum(before.count(q) for q in "«“") - sum(before.count(q) for q in "»”")
    return opened > 0 or before.count('"') % 2 == 1


def find_mentions(doc: Doc, lex: Lexicon) -> tuple[list[Mention], State]:
    from .unknown import (appositive_people, crime_rings, institutions, known_as_names, managements,
                          quoted_named_people, reported_people, acting_people)

    st = State(doc, lex, _words(doc, lex))
    st.places = list(doc.spans.get("places", []))
    st.index_places()
    st.dateline = _dateline(doc)
    st.doc_country = _doc_country(st)
    named(st)
    dual_heads(st)
    unknown_outlets(st)
    quoted_outlets(st)
    described_agencies(st)
    st.doc_country = _doc_country(st)
    st.doc_country_clear = _clear_country(st)
    compose(st)
    crowds(st)
    units(st)
    commands(st)
    institutions(st)
    known_as_names(st)
    crime_rings(st)
    managements(st)
    local_crowds(st)
    people(st)
    reported_people(st)
    acting_people(st)
    appositive_people(st)
    quoted_named_people(st)
    lone_envoys(st)
    unnamed(st)
    families(st)
    offices_of_named_people(st)
    apposed_posts(st)
    unit_heads(st)
    agencies_by_short_name(st)
    accused_in_quotes(st)
    own_country(st)
    return st.mentions, st


# verbs and participles of accusing or blaming whose object a report often quotes, folded ("متهماً «جهات معادية»
# بـ…"، "حمّل «بقايا عصابات داعش» المسؤولية")
_ACCUSING = frozenset({"اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "متهما", "متهمه", "متهمين", "متهمتين",
                       "حمل", "حملت", "حملوا", "يحمل", "تحمل", "محملا", "محمله", "محملين"})
# an opening quotation mark and the one that closes it (unknown.py reads it too)
CLOSING_MARK = {"«": "»", '"': '"', "“": "”"}
# the nouns a quoted party opens with: parties, elements, gangs, groups, forces, remnants
_QUOTED_PARTY_HEADS = frozenset({"جهات", "جهه", "عناصر", "عصابات", "عصابه", "مجموعات", "مجموعه", "قوات", "ميليشيات",
                                 "مليشيات", "ميليشيا", "مليشيا", "خلايا", "اطراف", "طرف", "بقايا", "فلول", "جماعات",
                                 "جماعه", "مسلحين", "مسلحون", "افراد", "شبكات", "تنظيمات", "ايادي",
                                 # (in the accusative: "متهماً «أطرافاً من وراء الحدود» بـ…")
                                 "اطرافا", "طرفا", "افرادا"})


def accused_in_quotes(st: State) -> None:
    """"…، متهماً «جهات معادية» بترويج الشائعات"، "اتهم النائب «جهات متنفذة» بتوفير الغطاء": the party a speaker
    accuses, quoted in his words and named by no table, is a party of its own (its words, without the marks)."""
    text = st.doc.text
    nw = len(st.words)
    for w in st.words:
        if _ACCUSING.isdisjoint(w.rests) or w.i + 1 >= nw:
            continue
        # the object, right after the participle or past the verb's subject ("واتهم عضو المجلس، X، «جهات …»") and an
        # aside ("واتهم المجلس العسكري مصراتة، في بيان صدر فجر اليوم السبت، «عناصر مخربة»")
        first, opening = None, ""
        for k in range(w.i + 1, min(nw, w.i + 14)):
            gap = text[st.words[k - 1].end:st.words[k].start]
            if any(ch in gap for ch in ".؟!:") or gap.strip().endswith(("»", "”")):
                break
            if gap.strip()[-1:] in CLOSING_MARK:
                first, opening = k, gap.strip()[-1:]
                break
        if first is None:
            continue
        nxt = st.words[first]
        close = text.find(CLOSING_MARK[opening], nxt.start)
        if close < 0:
            continue
        inner = [x for x in st.words[first:min(nw, first + 7)] if x.end <= close]
        if not 1 <= len(inner) <= 6 or text[inner[-1].end:close].strip():
            continue
        start, end = inner[0].start, inner[-1].end
        if any(m.start < end and start < m.end for m in st.mentions) or st.is_taken(start, end):
            continue  # (a party named inside: "«حركة حماس»")
        if inner[0].folded.removeprefix("ال") not in _QUOTED_PARTY_HEADS:
            continue  # (the charge or the blame quoted, "«المسؤولية الكاملة»"، "«خرق فاضح»": no party)
        name = _canonical_ar(text[start:end])
        st.add(Mention(start, end, "ORG", {
            "name_ar": name, "name_en": romanise(name), "kb_id": None, "actor_code": None, "country": None,
            "key": f"org:{fkey(name)}", "kind": "quoted-party", "canonical": True, "heads": [], "priority": 1,
        }, source="actors.accused_in_quotes"))


def agencies_by_short_name(st: State) -> None:
    """"نقلته وكالة الأنباء اليمنية «سبأ»"، "وكالة الأنباء العراقية (واع)": an agency named by what it is, then by its
    own short name in marks or brackets, is that outlet: both mentions name one entity."""
    for m in [m for m in st.mentions if m.label == "ORG" and _is_outlet(m)]:
        i = st.word_at(m.start)
        if i is None or i == 0 or st.doc.text[st.words[i - 1].end:m.start].strip() not in ("(", "«", '"'):
            continue
        before = next((b for b in st.mentions if b is not m and b.label == "ORG" and b.end == st.words[i - 1].end
                       and not _is_outlet(b)), None)
        k = st.word_at(before.start) if before is not None else None
        if before is None or k is None or not {"وكاله", "الوكاله"} & set(st.words[k].rests):
            continue
        before.attrs.update({a: m.attrs[a] for a in ("key", "kb_id", "name_ar", "name_en", "medium", "kind",
                                                      "actor_code", "country") if a in m.attrs})


# the units a force sends out, named before it with من or لـ ("قوة من حرس الحدود"، "دورية للشرطة"): later the
# unit alone ("أطلقوا النار على القوة"، "تعرضت الدورية") is that force
_SENT_UNITS = frozenset({"قوه", "دوريه", "مفرزه", "وحده", "سريه", "كتيبه"})
SENT_UNIT_HEADS = frozenset("ال" + u for u in _SENT_UNITS)


def sent_unit(st: State, m: Mention) -> str | None:
    """The definite noun of the unit named right before a force with من or لـ ("قوة من الجيش" → "القوه"), or None."""
    k = st.word_at(m.start)
    if k is None or k < 1:
        return None
    if st.words[k].folded.startswith("ل") and m.start == st.words[k].start and st.adjacent(k - 1, k):
        unit = k - 1  # "دورية للشرطة"
    elif k >= 2 and st.words[k - 1].folded == "من" and st.adjacent(k - 2, k - 1) and st.adjacent(k - 1, k):
        unit = k - 2  # "قوة من الجيش"
    else:
        return None
    noun = st.words[unit].folded
    if noun[:1] in ("و", "ب", "ل") and noun[1:] in _SENT_UNITS:
        noun = noun[1:]
    return "ال" + noun if noun in _SENT_UNITS else None


def unit_heads(st: State) -> None:
    """"أحبطت قوة من حرس الحدود … بادروا بإطلاق النار على القوة": the unit's definite noun names the force."""
    for m in [m for m in st.mentions if m.label == "ORG"]:
        head = sent_unit(st, m)
        if head is None:
            continue
        heads = list(m.attrs.get("heads") or [])
        if head not in heads:
            m.attrs["heads"] = heads + [head]


def apposed_posts(st: State) -> None:
    """"وصرح السفير محمد الشناوي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن …": a post set off by commas right after
    a person's name is his, so its head names him later ("وأضاف المتحدث أن …")."""
    nw = len(st.words)
    for m in [m for m in st.mentions if m.label == "PER" and m.attrs.get("kind") == "person"]:
        last = st.word_at(m.end - 1)
        if last is None or last + 1 >= nw or st.gap(last, last + 1).strip() not in ("،", ","):
            continue
        role = _role_chain(st, last + 1)
        if role is None or not role.titles or role.last + 1 >= nw \
                or st.gap(role.last, role.last + 1).strip()[:1] not in ("،", ","):
            continue  # (closed by a comma: a post of his, not one of another person named after it)
        heads = list(m.attrs.get("heads") or [])
        t0 = fkey(role.titles[0].surface)
        for h in (t0.split(" باسم")[0], t0.split()[0]):
            if h.startswith("ال") and h not in heads:
                heads.append(h)
        m.attrs["heads"] = heads


# adjectives that belong to an office's name though the office mention may end before them ("وزير الصحة العامة"،
# "المدعي العام الاتحادي"), folded
_OFFICE_ADJECTIVES = frozenset({"العامه", "العام", "الاتحادي", "الاتحاديه", "الوطني", "الوطنيه", "المركزي",
                                "المركزيه", "الاول", "الاولي", "الدائم", "الدائمه", "الخاص", "الخاصه", "المكلف",
                                "المكلفه", "المساعد", "المساعده", "الاعلي"})


def offices_of_named_people(st: State) -> None:
    """"نفى المستشار في قوات الدعم السريع الباشا طبيق"، "أعلن والي الولاية الشمالية، عابدين الطيب، …": a post read as a
    person of its own, right before a person the text names (or set off from him by commas), is that person's post:
    one person, with the post as his role."""
    people = {m.start: m for m in st.mentions if m.label == "PER" and m.attrs.get("kind") == "person"
              and not m.attrs.get("role")}
    text = st.doc.text
    for m in [m for m in st.mentions if m.label == "PER" and m.attrs.get("kind") == "office"]:
        end = m.end
        # (past the office's own adjectives the mention left out: "وزير الصحة العامة، فادي الحسيني، …")
        for _ in range(2):
            if not text[end:end + 1].isspace():
                break
            word = text[end:end + 24].split(maxsplit=1)[0].rstrip("،,") if text[end:end + 24].strip() else ""
            if not word or fkey(word) not in _OFFICE_ADJECTIVES:
                break
            end = text.index(word, end) + len(word)
        rest = text[end:end + 4]
        gap = len(rest) - len(rest.lstrip(" \u00a0،,"))
        person = people.get(end + gap) if rest[:gap].strip() in ("", "،", ",") and gap else None
        if person is None:
            continue
        if rest[:gap].strip() and text[person.end:person.end + 2].strip()[:1] not in ("،", ","):
            continue  # (set off by commas, both of them: "والي الولاية الشمالية، عابدين الطيب، …")
        person.attrs["role"] = m.attrs.get("role") or text[m.start:m.end]
        st.remove(m)


def families(st: State) -> None:
    """"آل" and a family's name ("اشتباك مسلح بين آل ضاهر وآل نعمة"، "مقتل شاب من آل سويلم"): the family, a party
    of its own (after the people are read: "محمد بن زايد آل نهيان" is one man's name). Not "آل البيت", whose
    word has the article."""
    lex = st.lex
    nw = len(st.words)
    for i, w in enumerate(st.words):
        if i + 1 >= nw or not w.tok.text.endswith("آل") or w.tok.text.lstrip("وفلب") != "آل" \
                or not st.adjacent(i, i + 1) or st.mask[w.start]:
            continue
        name = st.words[i + 1]
        f = name.folded
        if name.tok.prefix or f.startswith("ال") or not all("\u0621" <= ch <= "\u064a" for ch in f) or len(f) < 3 or lex.is_word("stop", f) \
                or lex.is_word("verb", f) or st.mask[name.start] or st.in_place(i + 1):
            continue
        if i > 0 and st.adjacent(i - 1, i) and (
                any(m.label == "PER" and m.end == st.words[i - 1].end for m in st.mentions)
                or any(st.words[x].folded in ("بن", "ابن", "بنت") for x in range(max(0, i - 3), i - 1))):
            continue  # "الشيخ تميم بن حمد آل ثاني"، "الأمير محمد بن سلمان بن عبدالعزيز آل سعود": a person's name ends so
        # the body named with the family's name ("قبائل آل عواض"، "عشيرة آل سويلم") is the family: one key
        whole = next((m for m in st.mentions if m.label == "ORG" and st.doc.text[m.start:m.end].endswith(
            st.doc.text[w.end - len("آل"):name.end]) and m.attrs.get("key")), None)
        start = w.end - len("آل")
        country = st.doc_country or None
        nat = lex.nationalities.get(str(country)) if country else None
        st.add(Mention(start, name.end, "ORG", {
            "name_ar": st.doc.text[start:name.end], "name_en": f"the {romanise(name.tok.text)} family", "kb_id": None,
            "actor_code": (nat.cameo if nat is not None else "") + "CVL", "country": country,
            "key": whole.attrs["key"] if whole is not None else f"org:{fkey(st.doc.text[start:name.end])}",
            "kind": "family", "canonical": whole is None,
        }, source="actors.families"))


# "بلاده"، "بلادها": the country of the person just named ("قال عراقجي إن بلاده ترحب …")
_OWN_COUNTRY = frozenset({"بلاده", "بلادها"})


def own_country(st: State) -> None:
    """"his country" after a person of a known country in the same sentence is that country."""
    for w in st.words:
        if _OWN_COUNTRY.isdisjoint(w.rests):
            continue  # (the common case, one set test a word)
        rest = next((r for p, r in w.readings if r in _OWN_COUNTRY and p in ("", "و", "ف", "ل", "ب")), None)
        if rest is None or st.is_taken(w.start, w.end):
            continue
        s0, _s1 = st.doc.sentence_of(w.start)
        person = next((m for m in reversed(st.mentions) if m.label == "PER" and s0 <= m.start and m.end <= w.start
                       and m.attrs.get("country")), None)
        nat = st.lex.nationalities.get(str(person.attrs["country"])) if person is not None else None
        # (only a country the article names: the pronoun joins it, it adds no party of its own)
        if nat is None or not any(p.attrs.get("country") == nat.iso2 and (p.attrs.get("geo") or {}).get("feature") == "country"
                                  for p in st.places):
            continue
        prefix = next(p for p, r in w.readings if r == rest)
        attrs: dict[str, Any] = {**_country_ref(nat), "country": nat.iso2 or None}
        st.add(Mention(st.stem_start(w, prefix), w.end, "ORG", attrs, source="actors.own_country"))
