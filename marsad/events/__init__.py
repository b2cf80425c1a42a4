"""The events layer: PLOVER-typed events with roles, status, date and source.

Triggers (``data/triggers.tsv``) are found with a clitic-aware matcher and read in
context (``recognise``); mentions of one event are merged and demands absorb their
content (``coref``); the survivors become ``Event`` records on ``doc.events``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..actors.ruler import NOTABLES_KEY
from ..doc import Doc
from ..pipeline import Process
from ..record import Event
from ..text.normalise import fold_text
from .coref import resolve
from .lexicon import lexicon
from .recognise import DOWNING_LEMMAS, Cand, find_candidates

__all__ = ["make_component", "extract_events"]


def _confidence(c: Cand) -> float:
    score = 0.45 + (0.2 if c.pos == "V" else 0.1)
    if c.explicit_actor:
        score += 0.15
    own_places = [x for x in c.location if x not in c.weak_places]  # (a place borrowed from the scene adds nothing)
    if c.origin or c.destination or own_places or c.recipient:
        score += 0.1
    if c.time is not None:
        score += 0.05
    return round(min(score, 0.95), 2)


def _with_state(doc: Doc, actor: list[str]) -> list[str]:
    """"شنّت طائرات حربية تركية غارات": a state's aircraft strike for the state, when the article names it."""
    out = list(actor)
    for x in actor:
        e = doc.entity_by_id(x)
        if e is None or not (e.kb_id or "").endswith("/airforce") or not e.country:
            continue
        state = next((s.id for s in doc.entities if s.country == e.country and s.geo is not None
                      and s.geo.feature == "country"), None)
        if state is not None and state not in out:
            out.append(state)
    return out


# places too small to stand for a state or a body: a town or a site does not attack, arrest or move
_NO_AGENT_FEATURES = frozenset({"town", "village", "region", "base", "airport", "site", "crossing", "border"})


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """Knowledge-base ids of capital cities: a capital may stand for its state ("قصفت أنقرة")."""
    from ..places.gazetteer import load_gazetteer

    return frozenset(p.kb_id for p in load_gazetteer().capitals.values())


def _agents(doc: Doc, ids: list[str]) -> list[str]:
    """The actors less the places that cannot act ("قُتل خلالها قيادي في بادية الميادين"): a town, a site,
    or a city that is no capital."""
    out = []
    for x in ids:
        e = doc.entity_by_id(x)
        if e is not None and e.type in ("LOC", "FAC") and e.geo is not None and (
                e.geo.feature in _NO_AGENT_FEATURES or e.geo.feature == "city" and e.kb_id not in _capitals()):
            continue
        out.append(x)
    return out


# acts whose doer and whose party faced are two: a body read as both is the one faced
_NOT_TO_OWN_FACE = frozenset({"ACCUSE", "REQUEST", "REJECT", "SANCTION"})


def _actors_of(doc: Doc, c: Cand) -> list[str]:
    """c's actors as recorded: a state's aircraft strike for it, and a town does not act."""
    if c.type in _NOT_TO_OWN_FACE and c.actor and set(c.actor) <= set(c.recipient):
        # "…، محمّلة وزارة المالية الاتحادية مسؤولية التأخير": who is blamed, asked or turned down was read as the
        # doer too (the doer the text names went unread); the party faced is the one the words point at
        return []
    if c.type == "ASSAULT":
        return _agents(doc, _with_state(doc, c.actor))
    if c.type in ("COERCE", "MOBILIZE", "RETREAT"):
        return _agents(doc, c.actor)
    return list(c.actor)


# words of an exchange: each side released what it held of the other's ("عمليات التبادل"، "صفقة"،
# "المحتجزين لدى الطرفين"); not two sides named for something else ("بعد تنسيق أمني بين الجانبين")
_EXCHANGE_WORDS = ("تبادل", "صفقه", "المتبادل", "لدي الطرفين", "لدي الجانبين", "لدي الطرفان", "لدي الجانبان")


# acts a party does not do to itself
_NOT_TO_ITSELF = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "REQUEST", "REJECT", "SANCTION"})


def _recipients(doc: Doc, c: Cand) -> list[str]:
    # (a party does not arrest or attack itself: "قوى الأمن الداخلي (الأسايش)" is one body; nor threaten, accuse or
    # call on itself: "وهددت إدارة الشركة …" after the company is named is the company's own threat)
    if c.mutual:
        return list(c.recipient)  # (a clash of two sides: each is the other's target)
    out = [x for x in c.recipient if c.type not in _NOT_TO_ITSELF or x not in c.actor]
    if c.type == "RETREAT" and c.mode == "release" and not out and len(c.actor) >= 2:
        s0, s1 = doc.sentence_of(c.start)
        if any(w in fold_text(doc.text[s0:s1]) for w in _EXCHANGE_WORDS):
            # "أفرجت الحكومة السورية وقسد عن عشرات المحتجزين لدى الطرفين": each released the other's
            out = list(c.actor)
    return out


def _origin(c: Cand) -> list[str]:
    """Where forces withdrew from: for a withdrawal with no origin told, the place it happened in
    ("توغلت القوات في بلدة جباتا الخشب …، قبل أن تنسحب")."""
    if c.type == "RETREAT" and c.mode == "withdraw" and c.location and not c.origin:
        return [x for x in c.location if x not in c.destination]
    if c.type == "RETREAT" and c.mode == "release" and not c.destination:
        return []  # (where those freed come from is where they were freed: see _location)
    return list(c.origin)


def _location(c: Cand) -> list[str]:
    """Where it happened: for aid, also where it was taken ("دخلت قافلة مساعدات إلى مدينة دوما"): the aid is
    handed out there."""
    if c.type == "AID" and c.destination:
        return list(c.location) + [x for x in c.destination if x not in c.location]
    if c.type == "RETREAT" and c.mode == "release" and not c.destination:
        # "أفرجت الأجهزة الأمنية عن 11 معتقلاً من أبناء المخيم": people freed from a place are freed there; no
        # force moves out of it
        return list(c.location) + [x for x in c.origin if x not in c.location]
    return list(c.location)


def _destination(c: Cand) -> list[str]:
    """Where forces went: for a deployment with no origin nor destination told, the place it is told in
    ("نشرت الحكومة وحدات في X"، "عزز الجيش قواته في X") is where they were sent."""
    if c.type == "MOBILIZE" and c.location and not c.destination and not c.origin and c.lemma != "استنفار" \
            and not c.dateline_scene:
        # (and the scene it is told in: "دفعت الحكومة بوحدات من الجيش لتسلّم المواقع" in the town just named;
        # not the dateline's city, which only says where the report was filed: "إسطنبول – …")
        return list(c.location)
    return list(c.destination)


# acts that are incidents in themselves, told whoever did them: an attack, a protest
_INCIDENT_TYPES = frozenset({"ASSAULT", "PROTEST"})
_CONVOY_WORDS = ("قافل", "قواف", "شاحن")


# words that tell an act as coming after, or answering, another: "في اشتباك أعقب الهجوم"، "رداً على القصف"
_AFTER_WORDS = ("اعقب", "اعقبت", "عقب", "بعد", "اثر", "ردا علي", "رد علي", "ردا عليه", "في اعقاب")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold_text(text))


def _follows(a: Event, b: Event) -> bool:
    """Whether b's sentence tells b as coming after a or answering it, naming a by a noun of a's sentence
    ("قُتل جنديان في هجوم على دورية. وقال الجيش إنه قتل مسلحين في اشتباك أعقب الهجوم")."""
    said = " " + " ".join(_words(b.sentence.text)) + " "
    if a.sentence.start < b.sentence.start and " ايضا " in said:
        return True  # "وأضافت الوزارة أنها قصفت أيضاً مواقع في ريف حلب": one more act, after the one told before
    if not any(f" {w} " in said for w in _AFTER_WORDS):
        return False
    # (in one sentence, a's own trigger: the rest of the sentence may be b's)
    told = a.trigger.text if a.sentence.start == b.sentence.start else a.sentence.text
    nouns = {w.removeprefix("ال") for w in _words(told)}
    return any(f" {w} ال{n} " in said for w in _AFTER_WORDS for n in nouns if len(n) >= 3)


def _same_act(a: Event, b: Event) -> bool:
    """Whether two mentions of one kind can be one act: of one mode (but for attacks), neither done to the
    other's doer nor told as following or answering it, not one denied and one told, and on no two dates (a
    date within the other's month or year is none: "2025-08" and "2025-08-12")."""
    # (a strike declared and a march are two protests; one attack is often a غارة and a قصف)
    if a.type != "ASSAULT" and a.mode and b.mode and a.mode != b.mode:
        return False
    if set(a.recipient) & set(b.actor) or set(b.recipient) & set(a.actor):
        return False  # "صد هجوم شنه مسلحون على مواقعها": who was attacked answered it, another act
    if _follows(a, b) or _follows(b, a):
        return False
    return (a.status == "negated") == (b.status == "negated") and (
        a.date is None or b.date is None or a.date.startswith(b.date) or b.date.startswith(a.date))


def _an_incident(v: Event) -> bool:
    """Whether an act with no doer named is still an event: an attack or a protest, talks told at a place
    (not a visit to someone), or a relief convoy or its trucks that went somewhere ("عبرت 160 شاحنة محملة
    بالمساعدات … باتجاه معبر كرم أبو سالم": a delivery told, whoever sent it). A movement is its force's:
    reinforcements that are nobody's are not coded. Nor is an attack or a protest with no doer that is denied,
    to come or only possible ("نفى المصدر تعرّض الموكب لإطلاق نار"): no incident took place to be coded."""
    if v.type in _INCIDENT_TYPES:
        return v.status in ("occurred", "ongoing")
    if v.type == "AID" and v.mode == "humanitarian" and v.trigger.text.lstrip("وفب").startswith(_CONVOY_WORDS):
        return v.status in ("occurred", "ongoing") and bool(v.destination or v.origin)
    return v.type == "CONSULT" and bool(v.location) and not v.recipient


def _with_doers(events: list[Event], told: list[bool], reported: list[bool],
                downed: list[bool]) -> tuple[list[Event], list[Event]]:
    """The events to code, and the acts left uncoded, given that some name no doer. An act whose doer the text
    does not name, beside an act of the same kind whose doer it does, is taken for a further mention of that
    act: its places and targets join it. Alone, an attack or a protest that took place is still an incident
    (``_an_incident``); a request, a charge, an accord, an arrest, a visit or a movement that is nobody's is not
    coded (PLOVER, like CAMEO, codes an act by its source actor) and is kept apart. ``told`` marks the acts
    whose subject the text tells without naming it ("طالب المحتجون الحكومة …"): someone else's, not a further
    mention of a named act. ``reported`` marks the acts a denied report tells ("نفى المكتب صحة ما تداولته حسابات عن
    تعرّض ناقلة لهجوم"): an attack so denied, with where it was said to be, is coded as denied. ``downed`` marks
    drones or aircraft brought down: by no one named, that is the defence of an attack told, not an incident."""
    kept: list[Event] = []
    uncoded: list[Event] = []
    for i, v in enumerate(events):
        if v.actor:
            kept.append(v)
            continue
        if downed[i]:
            uncoded.append(v)
            continue
        order = list(range(i - 1, -1, -1)) + list(range(i + 1, len(events)))
        # (the same act, on no other date: "هجوم صاروخي استهدف الأسبوع الماضي قاعدة التاجي" is not the air
        # strikes that answered it this week)
        named = None if told[i] else next((events[j] for j in order if events[j].type == v.type and events[j].actor
                                           and _same_act(v, events[j])), None)
        if named is not None:
            for mine, theirs in ((v.recipient, named.recipient), (v.location, named.location),
                                 (v.origin, named.origin), (v.destination, named.destination)):
                theirs.extend(x for x in mine if x not in theirs)
            continue
        (kept if _an_incident(v) or (reported[i] and v.type == "ASSAULT" and bool(v.location)) else uncoded).append(v)
    for n, v in enumerate(kept, 1):
        v.id = f"V{n}"
    for n, v in enumerate(uncoded, 1):
        v.id = f"U{n}"
    return kept, uncoded


def extract_events(doc: Doc) -> tuple[list[Event], list[Event]]:
    """Every event of ``doc`` (its entities, times, quantities and statements already read), and the acts
    it tells with no doer, left uncoded."""
    cands, rr = find_candidates(doc, lexicon())
    events: list[Event] = []
    told: list[bool] = []
    reported: list[bool] = []
    downed: list[bool] = []
    for c in resolve(rr, cands):
        s0, s1 = doc.sentence_of(c.start)
        q = c.quantity
        if q is not None and q.entity is None:
            # the counted entity, where the text says: the force that moves, the side that was hit
            if c.type in ("RETREAT", "MOBILIZE") and c.actor:
                q.entity = c.actor[0]
            elif c.type in ("ASSAULT", "COERCE") and c.recipient and q.unit in ("killed", "injured", "arrested"):
                q.entity = c.recipient[0]
        events.append(Event(
            id=f"V{len(events) + 1}", type=c.type, mode=c.mode,  # type: ignore[arg-type]
            trigger=doc.span(c.start, c.end), sentence=doc.span(s0, s1),
            actor=_actors_of(doc, c), recipient=_recipients(doc, c), location=_location(c),
            origin=_origin(c), destination=_destination(c),
            time=c.time.id if c.time is not None else None, date=c.date, status=c.status,  # type: ignore[arg-type]
            quantity=c.quantity.id if c.quantity is not None else None,
            source=c.source, via=c.via, confidence=_confidence(c),
        ))
        told.append(c.told_subject or c.unnamed_subject)
        reported.append(c.reported_denied)
        downed.append(c.lemma in DOWNING_LEMMAS)
    _members_hit(doc, events)
    return _with_doers(events, told, reported, downed)


# one or more members of a body ("عنصر في حزب الله"، "قيادياً في الحركة"، "عناصر من التنظيم"), folded, and the verbs
# of killing or striking an attacker uses to tell what it hit
_MEMBER_BEFORE = re.compile(r"(?:^|\s)(?:عنصر|عنصرا|عنصرين|عناصر|قيادي|قياديا|قياديين|قاده|مسؤول|مسؤولا|قائد|قائدا|"
                            r"مقاتل|مقاتلا|مقاتلين)(?:\s+\S+){0,4}\s+(?:في|من|ب|ل|لل|التابع|التابعه|التابعين)?\s*$")
_HIT_VERBS = re.compile(r"(?:قضي|القضاء|استهدف|استهدفت|استهداف|قتل|مقتل|اغتال|اغتيال|تحييد|تصفيه)")


def _members_hit(doc: Doc, events: list[Event]) -> None:
    """"استهدفت مسيّرة إسرائيلية سيارة …. وزعم الجيش الإسرائيلي أنه قضى على عنصر في حزب الله": the body whose
    member the attacker says it killed or struck, in the two sentences after its attack, is the one hit."""
    mentions = sorted(((sp.start, sp.end, e) for e in doc.entities if e.type == "ORG" for sp in e.mentions),
                      key=lambda x: x[0])
    for v in events:
        if v.type != "ASSAULT" or not v.actor or v.recipient or v.status != "occurred":
            continue
        lo = v.sentence.end
        hi = lo
        for _ in range(2):
            if hi >= len(doc.text):
                break
            hi = doc.sentence_of(min(len(doc.text) - 1, hi + 1))[1]
        for start, _end, e in mentions:
            if not lo <= start < hi or e.id in v.actor:
                continue
            s0, s1 = doc.sentence_of(start)
            before = fold_text(doc.text[max(s0, start - 60):start])
            sentence = fold_text(doc.text[s0:s1])
            said_by_doer = any(sp.start >= s0 and sp.end <= s1 for x in v.actor
                               if (a := doc.entity_by_id(x)) is not None for sp in a.mentions)
            if said_by_doer and _MEMBER_BEFORE.search(before) and _HIT_VERBS.search(sentence):
                v.recipient.append(e.id)
                break


def _drop_idle_crowds(doc: Doc) -> None:
    """A crowd named by its town or body ("سكان تعز"، "أهالي البلدة") is a party only when it acts (marches,
    strikes, speaks): one that only suffers or is only named stays words of the text ("نزوح سكان القطاع")."""
    crowds = {doc.mention_entity.get((m.start, m.end)) for m in doc.spans.get("actors", [])
              if m.attrs.get("kind") == "crowd"}
    crowds.discard(None)
    if not crowds:
        return
    acting: set[str] = set()
    for v in doc.events:
        acting.update(v.actor)
        acting.update(x for x in (v.source, v.via) if x)
    acting.update(x for s in doc.statements for x in (s.speaker, s.via) if x)
    # notables are parties to what is done with them too ("التقى المحافظ وجهاء المدينة")
    notables = {doc.mention_entity.get((m.start, m.end)) for m in doc.spans.get("actors", [])
                if str(m.attrs.get("key", "")).startswith(NOTABLES_KEY)}
    acting.update(x for v in doc.events for x in v.recipient if x in notables)
    # and those aid is given to, its beneficiaries ("تقديم مساعدات عاجلة لأسر الضحايا")
    acting.update(x for v in doc.events if v.type == "AID" for x in v.recipient)
    idle = crowds - acting
    if idle:
        doc.entities = [e for e in doc.entities if e.id not in idle]
        doc.mention_entity = {k: v for k, v in doc.mention_entity.items() if v not in idle}
        for v in doc.events + doc.uncoded:  # (what befell them is still told: "اعتقال عدد من أهالي القرية")
            v.recipient = [x for x in v.recipient if x not in idle]
            for roles in (v.location, v.origin, v.destination):
                roles[:] = [x for x in roles if x not in idle]
        for q in doc.quantities:
            if q.entity in idle:
                q.entity = None


def make_component() -> Process:
    lexicon()  # compile once, at build time

    def run(doc: Doc) -> Doc:
        doc.events, doc.uncoded = extract_events(doc)
        _drop_idle_crowds(doc)
        return doc

    return run
