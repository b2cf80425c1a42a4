"""The actors layer's lexicons, read once from ``marsad/actors/data`` and compiled.

- named actors (organisations, outlets, people, the generated dictionary) go into one
  clitic-aware ``PhraseMatcher`` over the folded text;
- nationality adjectives, agent nouns, titles, unnamed-source words and closed word
  classes go into token tables keyed by folded words (``TokenTable``), because they are
  combined word by word ("القوات" + "الأميركية").

Everything here is immutable after ``lexicon()`` builds it (``lru_cache``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, TypeVar

from ..resources import read_tsv
from ..text.matcher import PhraseMatcher, fold_key
from ..text.normalise import fold_text

__all__ = [
    "Nationality", "NatForm", "Agent", "Title", "Named", "TokenTable", "Lexicon", "lexicon",
    "inflect_nisba", "code_on", "WORD_GATES",
]

PKG = "marsad.actors"
T = TypeVar("T")

# Suffixes of a regular nisba adjective: masc sg, fem sg, masc pl (acc/gen, nom), dual, fem dual.
_NISBA_SUFFIXES = (("", "m"), ("ة", "f"), ("ين", "p"), ("ون", "p"), ("ان", "d"), ("تان", "d"), ("تين", "d"))


def _dash(v: str) -> str:
    return "" if v in ("-", "") else v


def _split(v: str, sep: str = "|") -> list[str]:
    return [x.strip() for x in _dash(v).split(sep) if x.strip()]


# possessive pronouns a definite title may carry instead of its article: "رئيسها"، "مديره العام"، "قائدهم"
POSSESSIVES = ("هما", "هم", "ها", "ه")


def possessed_forms(firsts: Iterable[str]) -> list[str]:
    """The folded forms with a possessive pronoun of the definite first words of titles ("المدير" ->
    "مديرها"; "المديرة" -> "مديرتها")."""
    out = []
    for f in firsts:
        if f.startswith("ال") and len(f) > 4:
            stem = f[2:-1] + "ت" if f.endswith("ه") else f[2:]
            out.extend(stem + p for p in POSSESSIVES)
    return out


def unpossessed(word: str, written: str) -> str | None:
    """The definite form of a folded word with a possessive pronoun ("مديرتها" -> "المديره"), else None;
    ``written`` is the word as written: a final ة folds to ه too ("محافظة" is no "محافظه", his governor)."""
    for p in POSSESSIVES:
        if p == "ه" and not written.endswith("ه"):
            continue
        if word.endswith(p) and len(word) - len(p) >= 3:
            stem = word[:-len(p)]
            return "ال" + (stem[:-1] + "ه" if stem.endswith("ت") else stem)
    return None


def fkey(s: str) -> str:
    """Folded, single-spaced key of a word or phrase."""
    return fold_key(s)


def inflect_nisba(stem: str) -> list[tuple[str, str]]:
    """Inflected forms (without article) of a nisba adjective, each word inflected alike."""
    words = fkey(stem).split()
    return [(fkey(" ".join(w + suf for w in words)), g) for suf, g in _NISBA_SUFFIXES]


def code_on(codes: Sequence[tuple[str, str, str]], day: dt.date | None) -> str | None:
    """The CAMEO code valid on ``day`` from (code, start, end) rows (YYYYMMDD or "")."""
    if not codes:
        return None
    if day is None:
        open_ended = [c for c in codes if not c[2]]
        return (open_ended or list(codes))[-1][0]
    d = day.strftime("%Y%m%d")
    for code, start, end in codes:
        if (not start or start <= d) and (not end or d < end):
            return code
    return codes[-1][0]


def parse_codes(field_: str) -> tuple[tuple[str, str, str], ...]:
    out: list[tuple[str, str, str]] = []
    for part in _split(field_, ";"):
        code, _, rng = part.partition(":")
        start, _, end = rng.partition("-")
        out.append((code.strip(), start.strip(), end.strip()))
    return tuple(out)


# a bank's head noun read in construct with its country and "المركزي" after it ("مصرف ليبيا المركزي"، "بنك السودان
# المركزي"): the central bank of that country
CENTRAL_BANK_HEADS = frozenset({"مصرف", "بنك"})


@dataclass(frozen=True)
class Nationality:
    iso2: str  # "" when not a state
    cameo: str
    country_ar: str
    country_en: str
    adj_en: str
    capital: str  # folded

    @property
    def key(self) -> str:
        return self.iso2 or self.cameo


@dataclass(frozen=True)
class NatForm:
    nat: Nationality
    definite: bool
    gender: str  # m, f, p (plural), d (dual)


@dataclass(frozen=True)
class Agent:
    surface: str
    code: str
    group: str
    en: str
    type: str
    flags: frozenset[str]
    definite: bool  # this form is the definite one

    @property
    def head(self) -> str:
        """The definite form of the first word ("وزارة الدفاع" -> "الوزاره")."""
        w = fkey(self.surface).split()[0]
        return w if w.startswith("ال") else "ال" + w


@dataclass(frozen=True)
class Title:
    surface: str
    kind: str  # office, function, rank, honorific
    en: str
    code: str
    local: bool = False  # a post named by the place it governs ("محافظ حماة"): titles.tsv, fifth column
    seated: bool = False  # a post named by the court it sits at ("وكيل الجمهورية لدى محكمة …"): alone, no one's


@dataclass(frozen=True)
class Named:
    """A named actor: an organisation, an outlet or a person."""

    id: str
    type: str  # ORG or PER
    name_ar: str
    name_en: str
    codes: tuple[tuple[str, str, str], ...]
    country: str
    kind: str  # armed-group, igo, outlet, person, …
    key: str
    heads: tuple[str, ...] = ()
    medium: str = ""
    role_en: str = ""
    source: str = ""


@dataclass(frozen=True)
class Alias:
    named: Named
    level: int  # evidence an outlet name needs (0 none, 1, 2)


class TokenTable(Generic[T]):
    """Phrases of folded words -> payloads; longest match at a token position."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._table: dict[tuple[str, ...], list[T]] = {}
        self.max_len = 1
        self.firsts: set[str] = set()  # first words of all phrases: a cheap gate before matching
        for surface, payload in entries:
            words = tuple(fkey(surface).split())
            if not words:
                continue
            self._table.setdefault(words, []).append(payload)
            self.max_len = max(self.max_len, len(words))
            self.firsts.add(words[0])

    def get(self, words: Sequence[str]) -> list[T]:
        return self._table.get(tuple(words), [])

    def __contains__(self, words: object) -> bool:
        return tuple(words) in self._table  # type: ignore[arg-type]

    def longest(self, words: Sequence[str]) -> tuple[int, list[T]]:
        """Longest phrase that ``words`` starts with: (length, payloads), or (0, [])."""
        for n in range(min(self.max_len, len(words)), 0, -1):
            hit = self._table.get(tuple(words[:n]))
            if hit:
                return n, hit
        return 0, []


# Rules that scan every word of an article for the few that may open a match: a word's readings
# are tested against each gate once per word form (the bits of ruler.Word.folded_flags), and a
# rule visits only the words of its gate. bare: bare agent heads; outlet: outlet trigger nouns;
# agent: first words of agents; construct: heads read in construct with a country; unit: first
# words of units; source: unnamed-source heads; country: capitals and nationality adjectives;
# reporting: verbs and cues; title: first words of titles and of offices (المكتب الإعلامي).
WORD_GATES = ("bare", "outlet", "agent", "construct", "unit", "source", "country", "reporting", "title", "crowd")


@dataclass
class Lexicon:
    nat_forms: dict[str, list[NatForm]] = field(default_factory=dict)  # folded form -> readings
    # forms too ambiguous alone (المالي = financial), read only after a state's armed or diplomatic body
    nat_guarded: dict[str, list[NatForm]] = field(default_factory=dict)
    nat_max_words: int = 1
    nat_firsts: set[str] = field(default_factory=set)
    nationalities: dict[str, Nationality] = field(default_factory=dict)  # iso2/cameo -> row
    capitals: dict[str, Nationality] = field(default_factory=dict)  # folded capital -> country
    agents: TokenTable[Agent] = field(default_factory=lambda: TokenTable([]))
    agent_heads: dict[str, list[Agent]] = field(default_factory=dict)  # folded head -> agents
    bare_heads: frozenset[str] = frozenset()  # heads that stand alone for the country's body
    generic_heads: frozenset[str] = frozenset()  # words of agent nouns: never an outlet's name
    titles: TokenTable[Title] = field(default_factory=lambda: TokenTable([]))
    named: PhraseMatcher[Alias] = field(default_factory=lambda: PhraseMatcher([]))
    named_by_id: dict[str, Named] = field(default_factory=dict)
    armed_group_by_code: dict[str, Named] = field(default_factory=dict)  # CAMEO code -> the first armed group of it
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # class -> folded words
    crowd_en: dict[str, str] = field(default_factory=dict)  # crowd_head word -> English plural
    word_phrases: dict[str, TokenTable[str]] = field(default_factory=dict)
    names: dict[str, tuple[str, str, bool]] = field(default_factory=dict)
    source_heads: dict[str, str] = field(default_factory=dict)  # folded -> en
    source_descriptors: dict[str, str] = field(default_factory=dict)  # folded inflected -> en
    source_qualifiers: frozenset[str] = frozenset()
    units: TokenTable[tuple[str, str]] = field(default_factory=lambda: TokenTable([]))  # noun -> (en, needs)
    unit_words: TokenTable[str] = field(default_factory=lambda: TokenTable([]))  # ordinal/direction -> en
    unit_branches: TokenTable[str] = field(default_factory=lambda: TokenTable([]))  # arm after the rank -> en
    # derived from the tables above once, when built (``derive``): rules read them at every word
    reporting_words: frozenset[str] = frozenset()  # the classes "verb" and "report_cue" together
    country_names: dict[str, Nationality] = field(default_factory=dict)  # folded country name -> row (with ISO2)
    country_max_words: int = 1  # words in the longest country name
    construct_heads: dict[str, Agent] = field(default_factory=dict)  # "حكومة" -> the agent "الحكومة"
    # per gate of WORD_GATES: the words (rests of readings) that may open that rule's match
    word_gates: tuple[frozenset[str], ...] = ()

    def derive(self) -> None:
        """Fill the derived tables from the others."""
        self.reporting_words = self.words.get("verb", frozenset()) | self.words.get("report_cue", frozenset())
        self.country_names = {}
        for nat in self.nationalities.values():
            if nat.iso2:
                self.country_names[fkey(nat.country_ar)] = nat
        self.country_max_words = max((len(k.split()) for k in self.country_names), default=1)
        # a definite one-word agent, not itself a country's, read in construct state ("حكومة العراق")
        self.construct_heads = {}
        for words, agents in self.agents._table.items():  # noqa: SLF001 - same module
            a = agents[0]
            if a.definite and len(words) == 1 and words[0].startswith("ال") and "country" not in a.flags:
                self.construct_heads.setdefault(words[0][2:], a)
        outlet = self.word_phrases.get("outlet_trigger")
        office = self.word_phrases.get("office_org")
        gates = {
            "bare": self.bare_heads,
            "outlet": frozenset(outlet.firsts) if outlet is not None else frozenset(),
            "agent": frozenset(self.agents.firsts),
            "construct": frozenset(self.construct_heads) | CENTRAL_BANK_HEADS,
            "unit": frozenset(self.units.firsts),
            "source": frozenset(self.source_heads),
            "country": frozenset(self.capitals) | frozenset(self.nat_forms),
            "reporting": self.reporting_words,
            "title": frozenset(self.titles.firsts) | (frozenset(office.firsts) if office is not None else frozenset())
            | frozenset(possessed_forms(self.titles.firsts)),
            "crowd": self.words.get("crowd_head", frozenset()) | self.words.get("staff_head", frozenset())
            | self.words.get("crowd_plural", frozenset()),
        }
        self.word_gates = tuple(gates[g] for g in WORD_GATES)

    def nationality_at(self, words: Sequence[str]) -> tuple[int, list[NatForm]]:
        """Longest nationality adjective that ``words`` starts with."""
        if not words or words[0] not in self.nat_firsts:
            return 0, []
        for n in range(min(self.nat_max_words, len(words)), 0, -1):
            hit = self.nat_forms.get(" ".join(words[:n]))
            if hit:
                return n, hit
        return 0, []

    def guarded_nationality_at(self, words: Sequence[str]) -> tuple[int, list[NatForm]]:
        """A nationality adjective excluded as ambiguous ("المالي"), for a state body's agent noun only."""
        hit = self.nat_guarded.get(words[0]) if words else None
        return (1, hit) if hit else (0, [])

    def is_word(self, cls: str, word: str) -> bool:
        return word in self.words.get(cls, frozenset())


def _load_nationalities(lex: Lexicon) -> None:
    for row in read_tsv(PKG, "data/nationalities.tsv", min_fields=9):
        iso2, cameo, country_ar, country_en, adj_en, stems, plurals, exclude, capital = row[:9]
        nat = Nationality(_dash(iso2), cameo, country_ar, country_en, adj_en, fkey(_dash(capital)))
        lex.nationalities[nat.key] = nat
        if nat.capital:
            lex.capitals.setdefault(nat.capital, nat)
        excluded = {fkey(x) for x in _split(exclude)}
        forms: list[tuple[str, str]] = []
        for stem in _split(stems):
            forms.extend(inflect_nisba(stem))
        forms.extend((fkey(p), "p") for p in _split(plurals))
        for form, gender in forms:
            if form in excluded:
                lex.nat_guarded.setdefault(form, []).append(NatForm(nat, False, gender))
                definite = " ".join("ال" + w for w in form.split())
                lex.nat_guarded.setdefault(definite, []).append(NatForm(nat, True, gender))
                continue
            words = form.split()
            lex.nat_max_words = max(lex.nat_max_words, len(words))
            lex.nat_firsts.add(words[0])
            lex.nat_firsts.add("ال" + words[0])
            lex.nat_forms.setdefault(form, []).append(NatForm(nat, False, gender))
            definite = " ".join("ال" + w for w in words)
            if definite not in excluded:
                lex.nat_forms.setdefault(definite, []).append(NatForm(nat, True, gender))


def _indefinite(surface: str) -> str | None:
    """The indefinite form: ال off the head and its adjectives; a phrase after them keeps its own
    ("المجموعات الخارجة عن القانون" -> "مجموعات خارجة عن القانون")."""
    words = fkey(surface).split()
    n = 0
    while n < len(words) and words[n].startswith("ال") and len(words[n]) > 3:
        n += 1
    if n == 0 or n < len(words) and words[n - 1] == words[-1]:
        return None
    if n < len(words) and n < 2:
        return None  # (a head alone before a phrase: no adjective marks it as one name)
    return " ".join([w[2:] for w in words[:n]] + words[n:])


def _load_agents(lex: Lexicon) -> list[Agent]:
    agents: list[Agent] = []
    seen: set[tuple[str, str]] = set()  # counted forms made already (المعلمين and المعلمون make the same)
    for row in read_tsv(PKG, "data/agents.tsv", min_fields=7):
        surface, code, _phoenix, group, en, typ, flags = row[:7]
        fl = frozenset(_split(flags, ","))
        a = Agent(surface, _dash(code), group, en, typ, fl, True)
        agents.append(a)
        if "indef" in fl:
            ind = _indefinite(surface)
            if ind:
                agents.append(Agent(ind, a.code, group, en, typ, fl, False))
                if " " not in ind and ind.endswith("ي"):
                    # the accusative a count of 11–99 takes: "نحو 40 عسكرياً"، "15 جندياً"
                    agents.append(Agent(ind + "ا", a.code, group, en, typ, fl, False))
                elif " " not in ind and not ind.endswith(("ين", "ون", "ات", "ه", "ا", "ء")):
                    # a broken plural's accusative: "بأن جنوداً إسرائيليين خطفوا …"
                    agents.append(Agent(ind + "ا", a.code, group, en, typ, fl, False))
        if "people" in fl and " " not in surface and surface.startswith("ال") and surface.endswith(("ين", "ون")) \
                and group != "gunmen":
            # people counted by a number: "اعتقلت 14 معلماً"، "ثلاثة معلمين" (only right after the number; not
            # gunmen, whom a count tells as members of a side named near it: "قُتل 20 مسلحاً من الحركة")
            stem = surface[2:-2]
            counted = fl | {"counted"}
            forms = [stem + "ا"] + ([] if "indef" in fl else [stem + "ين", stem + "ون"])
            agents.extend(Agent(f, a.code, group, en, typ, counted, False) for f in forms if (f, group) not in seen)
            seen.update((f, group) for f in forms)
    return agents


def _ministers(agents: Iterable[Agent]) -> list[Title]:
    """Minister titles from the ministries: "وزارة الدفاع" -> "وزير الدفاع" (+ وزيرة)."""
    out: list[Title] = []
    for a in agents:
        words = a.surface.split()
        if a.definite and words[0] == "وزارة" and len(words) > 1:
            rest = " ".join(words[1:])
            en = a.en.replace("{adj} ", "").replace("Ministry of", "Minister of").replace(
                "Department of", "Secretary of").replace("Treasury", "Treasury Secretary")
            for head in ("وزير", "وزيرة"):
                out.append(Title(f"{head} {rest}", "office", en, a.code))
    return out


_MILITIA_HEADS = ("الميليشيا", "المليشيا")


def _load_named() -> list[tuple[str, Alias]]:
    entries: list[tuple[str, Alias]] = []
    for row in read_tsv(PKG, "data/organisations.tsv", min_fields=11):
        id_, typ, name_ar, name_en, code, _phoenix, country, kind, key, head_col, aliases = row[:11]
        heads = tuple(fkey(h) for h in _split(head_col))
        if kind == "armed-group":  # "الميليشيا" for the one armed group named (its enemies' word for it)
            heads += tuple(h for h in _MILITIA_HEADS if h not in heads)
        n = Named(id_, typ, name_ar, name_en, parse_codes(code), _dash(country), kind, _dash(key) or id_,
                  heads, source="organisations")
        for s in [name_ar, *_split(aliases)]:
            entries.append((s, Alias(n, 0)))
    for row in read_tsv(PKG, "data/outlets.tsv", min_fields=7):
        id_, name_ar, name_en, country, medium, level, aliases = row[:7]
        n = Named(id_, "ORG", name_ar, name_en, (("MED", "", ""),), _dash(country), "outlet", id_, (),
                  medium=medium, source="outlets")
        entries.append((name_ar, Alias(n, int(level))))
        for a in _split(aliases):
            surface, _, lv = a.partition("~")
            entries.append((surface, Alias(n, int(lv) if lv else int(level))))
    for row in read_tsv(PKG, "data/people.tsv", min_fields=7):
        id_, name_ar, name_en, codes, country, role_en, aliases = row[:7]
        codes_t = parse_codes(codes)
        n = Named(id_, "PER", name_ar, name_en, codes_t, _dash(country), "person", id_, (),
                  role_en=_dash(role_en), source="people")
        for s in [name_ar, *_split(aliases)]:
            entries.append((s, Alias(n, 0)))
    try:
        rows = read_tsv(PKG, "data/dictionary.tsv", min_fields=9)
    except FileNotFoundError:
        rows = []
    for row in rows:
        id_, typ, name_ar, name_en, codes, country, kind, role_en, aliases = row[:9]
        n = Named(id_, typ, name_ar, name_en, parse_codes(codes), _dash(country), kind, id_, (),
                  role_en=_dash(role_en), source="dictionary")
        for s in [name_ar, *_split(aliases)]:
            entries.append((s, Alias(n, 0)))
    return entries


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicons, once per process: the pre-built index when it is current (``marsad.prebuilt``)."""
    from ..prebuilt import load

    lex: Lexicon = load("actors")
    return lex


def build_lexicon() -> Lexicon:
    """Read and compile every table in ``data/`` (``scripts/build_indexes.py``)."""
    lex = Lexicon()
    _load_nationalities(lex)
    agents = _load_agents(lex)
    lex.agents = TokenTable((a.surface, a) for a in agents)
    for a in agents:
        if a.definite and "head" in a.flags:
            lex.agent_heads.setdefault(fkey(a.surface), []).append(a)
    lex.bare_heads = frozenset(fkey(a.surface) for a in agents if a.definite and "bare" in a.flags)
    lex.generic_heads = frozenset({a.head for a in agents} | {w for a in agents for w in fkey(a.surface).split()})
    titles = [Title(r[0], r[1], r[2], _dash(r[3]), local=len(r) > 4 and r[4] == "local",
                    seated=len(r) > 4 and r[4] == "seated")
              for r in read_tsv(PKG, "data/titles.tsv", min_fields=4)]
    titles.extend(_ministers(agents))
    lex.titles = TokenTable((t.surface, t) for t in titles)
    named = _load_named()
    # A bare name that is only an alias of a lower-priority source must not shadow a curated one.
    order = {"organisations": 0, "outlets": 0, "people": 0, "dictionary": 1}
    seen: dict[str, int] = {}
    kept: list[tuple[str, Alias]] = []
    for surface, alias in named:
        k = fkey(surface)
        rank = order.get(alias.named.source, 1)
        if k in seen and seen[k] < rank:
            continue
        seen.setdefault(k, rank)
        kept.append((surface, alias))
        lex.named_by_id.setdefault(alias.named.id, alias.named)
    lex.named = PhraseMatcher(kept)
    for n in lex.named_by_id.values():
        if n.kind == "armed-group":
            for code in n.codes:
                lex.armed_group_by_code.setdefault(code[0], n)
    classes: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv(PKG, "data/words.tsv", min_fields=2):
        word, cls = row[0], row[1]
        k = fkey(word)
        classes.setdefault(cls, set()).add(k)
        phrases.setdefault(cls, []).append((k, k))
        if cls in ("crowd_head", "staff_head", "crowd_plural") and len(row) > 2:
            lex.crowd_en[k] = row[2]
    lex.words = {c: frozenset(v) for c, v in classes.items()}
    lex.word_phrases = {c: TokenTable(v) for c, v in phrases.items()}
    from .romanise import name_table

    lex.names = name_table()
    quals: set[str] = set()
    for cls, word, en in read_tsv(PKG, "data/sources.tsv", min_fields=3):
        if cls == "head":
            lex.source_heads[fkey(word)] = en
            singular = not fkey(word).endswith(("ون", "ين", "ان", "ه")) and not en.endswith("s")
            if singular:  # its accusative: "إن مسؤولاً أمريكياً قال"، "أن مصدراً أمنياً أكد"
                lex.source_heads.setdefault(fkey(word) + "ا", en)
        elif cls == "descriptor":
            for form, _g in inflect_nisba(word):
                lex.source_descriptors[form] = en
        else:
            quals.update(f for f, _g in inflect_nisba(word))
    lex.source_qualifiers = frozenset(quals)
    unit_rows = read_tsv(PKG, "data/units.tsv", min_fields=4)
    lex.units = TokenTable((r[1], (r[2], r[3])) for r in unit_rows if r[0] == "unit")
    lex.unit_words = TokenTable((r[1], r[2]) for r in unit_rows if r[0] in ("ordinal", "direction"))
    lex.unit_branches = TokenTable((r[1], r[2]) for r in unit_rows if r[0] == "branch")
    lex.derive()
    return lex


def fold_words(text: str) -> list[str]:
    return fold_text(text).split()
