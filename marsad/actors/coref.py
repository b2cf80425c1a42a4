"""One entity, many mentions: short forms, surnames and demonstratives.

After the full mentions are found, a later bare reference takes the linking key of the
most recent full mention it can stand for:

- a definite head noun alone ("التحالف" after "التحالف الدولي", "الوزارة" after
  "وزارة الدفاع التركية", "المصدر" after "مصدر حكومي عراقي", "المتحدث" after a named
  spokesman), also after a demonstrative ("تلك الفصائل", "هذه القوات");
- a head noun with a nationality adjective that agrees ("الوكالة الفرنسية" after
  "وكالة فرانس برس");
- a person's family name alone ("السوداني" after "محمد شياع السوداني").

"التنظيم", "الحركة", "الجماعة", "الحزب", "الميليشيا" alone refer back only when exactly one group of that
kind was named before them; with two candidates the reference is left unlinked.

A bare head with no earlier full mention is dropped, never guessed.
"""

from __future__ import annotations

from typing import Any

from ..doc import Mention
from ..text.normalise import fold_text
from .lexicon import fkey
from .ruler import SENT_UNIT_HEADS, State, sent_unit

__all__ = ["link_references"]

_COPY = ("name_ar", "name_en", "kb_id", "actor_code", "country", "key", "role", "link_country")


# Heads that name a kind of group more than one of which an article may name ("الحركة" after
# "حركة حماس" and "حركة الجهاد الإسلامي"): a short form only when one such group came before.
_ONE_OF_KIND = frozenset({"التنظيم", "الحركه", "الجماعه", "الحزب", "الميليشيا", "المليشيا"})


# words before "القوة" that make it might, not a unit ("استخدام القوة المفرطة"، "لغة القوة")
_FORCE_AS_MIGHT = frozenset({"استخدام", "باستخدام", "استعمال", "باستعمال", "لغه", "منطق", "موازين", "ميزان", "مصادر",
                             "نقاط", "عناصر", "استعراض"})


def _register_unit(st: State, bare: Mention, heads: dict[str, list[Mention]], head_firsts: set[str]) -> None:
    """A body found alone after the unit it sent ("دورية للشرطة"): that unit's noun refers back to it."""
    unit = sent_unit(st, bare)
    if unit is not None:
        heads.setdefault(unit, []).append(bare)
        head_firsts.add(unit)


def _identity(m: Mention) -> str:
    return str(m.attrs.get("key") or m.attrs.get("kb_id") or m.attrs.get("name_ar") or (m.start, m.end))


def _ref(ante: Mention, start: int, end: int, kind: str) -> Mention:
    attrs: dict[str, Any] = {k: ante.attrs.get(k) for k in _COPY if k in ante.attrs}
    attrs.update({"kind": kind, "canonical": False, "antecedent": (ante.start, ante.end)})
    return Mention(start, end, ante.label, attrs, source="actors.coref")


def _offices_to_people(st: State) -> None:
    """An office alone ("رئيس الوزراء العراقي") is the person the article names in it."""
    holders = {str(m.attrs["office_key"]): m for m in st.mentions if m.label == "PER" and m.attrs.get("office_key")}
    for m in st.mentions:
        if m.attrs.get("kind") == "office":
            p = holders.get(str(m.attrs.get("key")))
            if p is not None:
                for k in _COPY:
                    if k in p.attrs and k != "role":
                        m.attrs[k] = p.attrs[k]


# head nouns of a body whose definite rest names it alone after a full mention ("قوى الأمن الداخلي" … "الأمن الداخلي"،
# "قوات الدعم السريع" … "الدعم السريع"), folded
_TAIL_NAMED_HEADS = frozenset({"قوات", "قوي", "وحدات", "جهاز", "هيئه", "مصالح", "عناصر", "ميليشيا", "مليشيا"})


def _definite_tail(st: State, m: Mention) -> str | None:
    """The definite words after a body's head noun, two or more, that may name it alone later."""
    if m.label != "ORG":
        return None
    words = fkey(st.doc.text[m.start:m.end]).split()
    if len(words) < 3 or words[0].lstrip("وفبل") not in _TAIL_NAMED_HEADS:
        return None
    tail = words[1:]
    if len(tail) > 3 or not all(w.startswith("ال") for w in tail):
        return None
    return " ".join(tail)


def link_references(st: State) -> list[Mention]:
    _offices_to_people(st)
    lex = st.lex
    by_end = sorted(st.mentions, key=lambda m: m.end)
    for m in by_end:
        tail = _definite_tail(st, m)
        if tail is not None and tail not in (m.attrs.get("heads") or ()):
            m.attrs["heads"] = list(m.attrs.get("heads") or ()) + [tail]
    surnames: dict[str, Mention] = {}  # family name -> latest person
    heads: dict[str, list[Mention]] = {}  # head -> full mentions in order
    head_firsts: set[str] = set()
    ptr = 0
    out: list[Mention] = []
    nw = len(st.words)
    # the only words where anything below can happen: a bare agent head, or a word with a reading
    # that is the surname or a head's first word of some mention (every other word is passed by)
    keys: set[str] = set()
    for m in by_end:
        if m.label == "PER" and m.attrs.get("surname"):
            keys.add(str(m.attrs["surname"]))
        keys.update(h.split(" ", 1)[0] for h in m.attrs.get("heads") or ())
    keys.update(SENT_UNIT_HEADS)  # (a unit sent by a body found below, alone: "دورية للشرطة" … "الدورية")
    for i in [w.i for w in st.words if w.folded_flags & 1 or not keys.isdisjoint(w.rests)]:
        w = st.words[i]
        while ptr < len(by_end) and by_end[ptr].end <= w.start:  # mentions now behind us
            m = by_end[ptr]
            ptr += 1
            if m.label == "PER" and m.attrs.get("surname"):
                surnames[str(m.attrs["surname"])] = m
            for h in m.attrs.get("heads") or ():
                heads.setdefault(h, []).append(m)
                head_firsts.add(h.split(" ", 1)[0])
        if st.mask[w.start] or (out and out[-1].end > w.start) or st.is_taken(w.start, w.end):
            continue
        if not (surnames or heads) or (surnames.keys().isdisjoint(w.rests) and head_firsts.isdisjoint(w.rests)):
            if w.folded_flags & 1:
                bare = _bare_agent(st, i)
                if bare is not None:
                    out.append(bare)
                    _register_unit(st, bare, heads, head_firsts)
            continue
        hit = None
        for p, rest in w.readings:
            # surname: "السوداني", "والخفاجي"
            person = surnames.get(rest)
            known = lex.names.get(rest)
            prev = st.words[i - 1].folded if i > 0 and st.adjacent(i - 1, i) else ""
            # ("الرئيس عون": a light name, a common word too, after a title is the person's)
            titled = bool(prev) and prev.startswith("ال") and bool(lex.titles.longest([prev])[0])
            # ("ودان عون الغارة": right after a verb of saying or doing, it is the verb's subject; read only
            # for a light name)
            if person is not None and len(rest) > 2 and not (known is not None and known[2] and not (
                    titled or bool(prev) and any(lex.is_word("verb", r) for r in st.words[i - 1].rests))):
                if not (rest in lex.nat_forms and prev.startswith("ال")):  # "الرئيس السوداني"
                    hit = (person, st.stem_start(w, p), w.end, "surname")
                    break
            if not rest.startswith("ال") or rest not in head_firsts:
                continue
            # multiword heads first ("رئيس الوزراء", "البنك المركزي")
            for n in (3, 2, 1):
                seq = st.folded_seq(i, n, first=rest)
                if len(seq) < n:
                    continue
                cands = heads.get(" ".join(seq))
                if not cands:
                    continue
                last = i + n - 1
                end = st.words[last].end
                wanted: set[str] | None = None
                if last + 1 < nw and st.adjacent(last, last + 1):
                    k, forms = lex.nationality_at(st.folded_seq(last + 1, lex.nat_max_words))
                    defs = {f.nat.iso2 for f in forms if f.definite}
                    if defs:
                        # "الوكالة الفرنسية": an agreeing nationality is part of the reference
                        wanted = defs
                        end = st.words[last + k].end
                    elif _modified(st, last + 1):
                        continue
                if n == 1 and seq[0] == "القوه" and (p == "ب" or i > 0 and st.adjacent(i - 1, i)
                                                     and not _FORCE_AS_MIGHT.isdisjoint(st.words[i - 1].rests)):
                    continue  # "بالقوة"، "استخدام القوة": force as might, not the unit named before
                if n == 1 and seq[0] == "الموقع" and i > 0 and st.adjacent(i - 1, i) and any(
                        r.startswith("ال") for r in st.words[i - 1].rests):
                    continue  # "للاتفاق الموقع في …": the accord signed, not the website named before
                pool = [m for m in cands if wanted is None or m.attrs.get("country") in wanted]
                if n == 1 and seq[0] in _ONE_OF_KIND and len({_identity(m) for m in pool}) > 1:
                    continue  # "الحركة" after both "حركة حماس" and "حركة الجهاد": which one?
                if pool and _speaks_for_another(st, last, pool[-1]):
                    continue  # "المتحدث باسم الجيش الإسرائيلي" after "المتحدث باسم اليونيفيل، لوكا فيراري": another's spokesman
                if pool:
                    choice = pool[-1]
                    # two bodies of this head in the sentence: the first, its topic ("أطلقت قيادة عمليات الأنبار
                    # عملية … بمشاركة … قيادة قوات الحدود، بحسب بيان صادر عن القيادة")
                    s0 = st.doc.sentence_of(w.start)[0]
                    here = [m for m in pool if m.start >= s0]
                    if len({_identity(m) for m in here}) > 1:
                        choice = here[0]
                    hit = (choice, st.stem_start(w, p), end, "short")
                if hit:
                    break
            if hit:
                break
        if hit is None:
            if w.folded_flags & 1:
                bare = _bare_agent(st, i)
                if bare is not None:
                    out.append(bare)
                    _register_unit(st, bare, heads, head_firsts)
            continue
        ante, s, e, kind = hit
        if st.is_taken(s, e):
            continue
        out.append(_ref(ante, s, e, kind))
    out.extend(_the_accused(st, out))
    return out


# "المتهمين"، "المتهمون" (folded): the accused, and the count that may follow ("المتهمين الأربعة")
_ACCUSED = frozenset({"المتهمين", "المتهمون",
                      # (or those held: "وقُدّم الموقوفون التسعة أمام وكيل الجمهورية")
                      "الموقوفين", "الموقوفون", "المعتقلين", "المعتقلون"})
_COUNT_ADJECTIVES = frozenset({"الاثنين", "الاثنان", "الثلاثه", "الاربعه", "الخمسه", "السته", "السبعه", "الثمانيه",
                               "التسعه", "العشره"})
# the sectors of the people an arrest or a raid takes: criminals, armed cells and gangs, insurgents
_HELD_SECTORS = frozenset({"CRM", "UAF", "INS", "REB"})


def _speaks_for_another(st: State, last: int, ante: Mention) -> bool:
    """A title at word ``last`` followed by "باسم" and a body not named in the sentence that brought the antecedent
    in: a spokesman of another body, not the person named before ("قال المتحدث باسم اليونيفيل، لوكا فيراري … زعم
    المتحدث باسم الجيش الإسرائيلي أن …")."""
    nw = len(st.words)
    k = last + 1
    if k < nw and st.adjacent(last, k) and st.words[k].folded == "الرسمي":
        k += 1
    if k + 1 >= nw or not st.adjacent(k - 1, k) or st.words[k].folded != "باسم":
        return False
    words = st.folded_seq(k + 1, 2)
    if len(words) == 2 and (words[1] in ("ان", "بان", "انه", "انها", "قوله", "قولها") or not st.adjacent(k + 1, k + 2)):
        words = words[:1]  # (the body's one word, then the speech: "المتحدث باسم اليونيفيل أن …")
    body = " ".join(words)
    s0, s1 = st.doc.sentence_of(ante.start)
    return bool(body) and body not in fold_text(st.doc.text[s0:s1])


def _the_accused(st: State, linked: list[Mention]) -> list[Mention]:
    """"ضبطت الشرطة أربعة مهربين … وأمرت النيابة بحبس المتهمين الأربعة": the accused are the smugglers, cell or
    gang told last before them, in their sentence or the two before."""
    out: list[Mention] = []
    nw = len(st.words)
    for i, w in enumerate(st.words):
        prefix = next((p for p, r in w.readings if r in _ACCUSED), None)
        if prefix is None:
            continue
        start = st.stem_start(w, prefix)
        end = w.end
        if i + 1 < nw and st.adjacent(i, i + 1) and st.words[i + 1].folded in _COUNT_ADJECTIVES:
            end = st.words[i + 1].end
        if st.is_taken(start, end):
            continue
        s_here = st.doc.sentence_of(start)[0]
        floor = s_here
        for _ in range(2):
            if floor > 0:
                floor = st.doc.sentence_of(floor - 1)[0]
        ante = max((m for m in list(st.mentions) + linked if m.label == "ORG" and floor <= m.start and m.end <= start
                    and str(m.attrs.get("actor_code") or "")[-3:] in _HELD_SECTORS),
                   key=lambda m: m.start, default=None)
        if ante is not None:
            out.append(_ref(ante, start, end, "short"))
    return out


# adjectives that name a country's own government or forces, not another body of that kind
_SAME_BODY = frozenset({"الشرعيه", "الاتحاديه", "الفيدراليه", "المركزيه"})


def _bare_agent(st: State, i: int) -> Mention | None:
    """"الحكومة", "الشرطة" alone with nothing to refer back to: the article country's body."""
    from .ruler import _agent_entity

    lex = st.lex
    for p, rest in st.words[i].readings:
        if rest not in lex.agent_heads:
            continue
        for agent in lex.agent_heads[rest]:
            if "bare" not in agent.flags:
                continue
            end = st.words[i].end
            if i + 1 < len(st.words) and st.adjacent(i, i + 1) and _modified(st, i + 1):
                if st.words[i + 1].folded not in _SAME_BODY and not (
                        rest == "الشرطه" and st.words[i + 1].folded == "الوطنيه"):
                    return None  # ("الشرطة الوطنية": the national police of Tunisia, Mauritania, Chad …)
                end = st.words[i + 1].end  # "الحكومة الشرعية" (Yemen), "الحكومة الاتحادية" (Iraq): the body itself
            nat = _nearby_country(st, i) or (lex.nationalities.get(st.doc_country) if st.doc_country else None)
            m = _agent_entity(st, agent, nat, st.stem_start(st.words[i], p), end)
            m.attrs["kind"] = "bare"
            m.attrs["canonical"] = False
            if nat is not None:
                m.attrs["country_inferred"] = True
            return m
    return None


def _nearby_country(st: State, i: int):  # type: ignore[no-untyped-def]
    """The country of the closest state actor earlier in the same sentence, if any."""
    w = st.words[i]
    s0, _ = st.doc.sentence_of(w.start)
    k = i - 1
    while k >= 0 and st.words[k].start >= s0:
        for m in st.starts.get(k, ()):
            if m.attrs.get("country") and not m.attrs.get("country_inferred") \
                    and m.attrs.get("kind") in ("composed", "state-body", "armed-force"):
                return st.lex.nationalities.get(str(m.attrs["country"]))
        k -= 1
    return None


def _modified(st: State, j: int) -> bool:
    """Word j is an adjective that makes the head a different thing ("الحزب الديمقراطي");
    a definite noun after the head is its object instead ("ودعت البعثة الأطراف")."""
    f = st.words[j].folded
    if not f.startswith("ال"):
        return False
    lex = st.lex
    if lex.is_word("stop", f) or lex.is_word("demonstrative", f):
        return False
    if lex.titles.longest([f])[0] == 1 and not lex.is_word("agent_modifier", f):
        return False  # a person's title starts the object: "اعتقل الجيش الصحفي X"، "اعتقلت الشرطة القيادي X"
    return lex.is_word("agent_modifier", f) or lex.is_word("title_filler", f) or (
        len(f) > 5 and (f.endswith("ي") or f.endswith("يه")))
