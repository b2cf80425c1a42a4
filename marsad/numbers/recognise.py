"""Quantities: a number or vague count, its hedge, and the noun it counts.

A quantity is read around each number that ``parse.parse_at`` finds:

    [trigger] [hedge] NUMBER [من] [unit noun] [post-hedge]
    مقتل      نحو     50          أشخاص       على الأقل

- the **unit noun** after the number (``units.tsv``; the accusative جندياً and, after a
  vague count or من, the article الآليات are accepted) gives the unit; any other
  indefinite noun counts as ``other`` with the noun kept (23 هيئة، 80 دولة);
- a **trigger** before it (``triggers.tsv``: مقتل، إصابة، اعتقال، نزوح …) re-reads a
  count of people as killed, injured, arrested or displaced;
- a **hedge** (``hedges.tsv``) sets ``approx`` and a lower or upper bound;
- a **range** (بين 200 و300، 200-300، من 200 إلى 300) gives lower and upper;
- a **count head** before a bare number (القوات البالغ عددها 2500، عدد القتلى إلى 50)
  gives the unit when no noun follows.

A number is not a quantity when its context says it is an identifier, a date, a time,
an age, a model or a percentage (``context.tsv``), when it is phone-like, when it is
glued to a word (M4، إس-400), or when the time layer has already read it as a date.
Loose counts (بضعة، عدة) count only forces and casualties; a bare four-digit number
that could be a year counts only with a unit noun from the lexicon.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..lang.ar import proclitics
from ..spanindex import Stab
from ..text.normalise import is_arabic_letter
from .lexicon import Lexicon, UnitNoun, lexicon
from .parse import AMBIGUOUS_SHORT, SPACE_GAP, NumToken, Parsed, parse_at, raw_offset, starters, tokenise_numbers

__all__ = ["Found", "find_quantities"]

# Between a trigger, a hedge or a label and the number: spaces, quotes, brackets.
_HSPACE = " \t\u00a0\u2000-\u200b\u202f\u205f\u3000"  # white space within a line
_SOFT_GAP = re.compile(rf"[{_HSPACE}\u0640\"'«»“”„‘’()\[\]]*")
_QUOTE_GAP = re.compile(rf"[{_HSPACE}\"'«»“”„‘’]*")  # "25" حزباً
_DASH_GAP = re.compile(r"\s*[-\u2013\u2014\u0640]\s*")
_DATE_GAP = re.compile(r"\s*[/:\\]\s*|[.\-]")
_RANGE_OPEN = frozenset({"بين"})
_RANGE_FROM = frozenset({"من"})
_RANGE_TO = frozenset({"الي", "حتي"})
_LINKS = frozenset({"الي", "ب", "ل"})  # عددهم إلى 50، يقدر عددهم بـ 500
_ARTICLE_TOKENS = frozenset({"ال", "وال", "بال", "فال", "لل", "ولل"})  # "الـ500"، "والـ34"
_RANGE_OR = frozenset({"او"})
# Letters that, glued to an unknown word, are more often a preposition than its first letter.
_PREPOSITION_LETTERS = ("ب", "ل", "ك")
# After a conjunction (و/ف), a word starting like this is more often a verb or a verbal
# noun opening the next clause (وتدمير، واختطاف، ونفى) than a counted noun (وحدة، وزراء).
_CLAUSE_STARTS = ("ال", "ا", "ت", "ي", "ن")


@dataclass(frozen=True, slots=True)
class Found:
    """One quantity: its span, its reading, and the noun it counts."""

    start: int
    end: int
    value: int | float | None
    approx: bool
    lower: int | float | None
    upper: int | float | None
    unit: str
    noun: str | None = None  # the counted noun as written ("جندي", "هيئة")
    lemma: str | None = None
    noun_span: tuple[int, int] | None = None
    next_token: int = 0
    trigger: str | None = None  # the unit a trigger gave, carried over a coordination


@dataclass(frozen=True, slots=True)
class _Unit:
    noun: UnitNoun | None  # None: a noun outside the lexicon (unit other)
    first: int  # token index of the noun
    end: int  # token index after it
    lemma: str
    skip: int = 0  # folded length of a proclitic on the first token (بطائرتين)


@lru_cache(maxsize=65536)
def _clitic_forms(folded: str) -> tuple[tuple[str, int], ...]:
    """(word, proclitic length) readings of a folded word, the bare one first."""
    return tuple(_clitic_readings(folded))


def _clitic_readings(folded: str) -> list[tuple[str, int]]:
    out = [(folded, 0)]
    for p in proclitics():
        if p in ("ال",):
            continue
        if folded.startswith(p) and len(folded) - len(p) >= 2:
            rest = folded[len(p):]
            if p.endswith("لل"):  # للقوات = ل + القوات
                out.append(("ال" + rest, len(p) - 1))
            out.append((rest, len(p)))
    return out


def _gap_is(pattern: re.Pattern[str], tokens: Sequence[NumToken], text: str, k: int) -> bool:
    if not 0 < k < len(tokens):
        return False
    a, b = tokens[k - 1].end, tokens[k].start
    if b - a == 1 and text[a] == " ":
        return True  # the common case, without the regex
    return pattern.fullmatch(text, a, b) is not None


def _soft(tokens: Sequence[NumToken], text: str, k: int) -> bool:
    """Token ``k`` follows token ``k-1`` with only spaces, quotes or brackets between."""
    return _gap_is(_SOFT_GAP, tokens, text, k)


def _quoted(tokens: Sequence[NumToken], text: str, k: int) -> bool:
    """Token ``k`` follows token ``k-1`` with only spaces or quotation marks between."""
    return _gap_is(_QUOTE_GAP, tokens, text, k)


def _tight(tokens: Sequence[NumToken], text: str, k: int) -> bool:
    """Token ``k`` follows token ``k-1`` with only white space between (one phrase)."""
    return _gap_is(SPACE_GAP, tokens, text, k)


def _phrase_before(
    tokens: Sequence[NumToken], text: str, end: int, table: dict[tuple[str, ...], str],
    lasts: dict[str, tuple[int, ...]],
) -> tuple[str, int, int] | None:
    """A table phrase ending at token ``end - 1``: (value, first token, proclitic length).

    ``lasts`` maps the table's last words to their phrase lengths, so that most tokens are
    rejected at once and only the lengths that exist are tried, longest first.
    """
    if end <= 0:
        return None
    lengths: set[int] = set()
    for w, _ in _clitic_forms(tokens[end - 1].folded):
        lengths.update(lasts.get(w, ()))
    for n in sorted(lengths, reverse=True):
        if n > end:
            continue
        first = end - n
        if any(not _tight(tokens, text, k) for k in range(first + 1, end)):
            continue
        if tokens[first].is_num or any(t.is_num for t in tokens[first:end]):
            continue
        rest = tuple(t.folded for t in tokens[first + 1:end])
        for word, plen in _clitic_forms(tokens[first].folded):
            hit = table.get((word,) + rest)
            if hit is not None:
                return hit, first, plen
    return None


def _phrase_after(
    tokens: Sequence[NumToken], text: str, start: int, table: dict[tuple[str, ...], str], longest: int = 3
) -> tuple[str, int] | None:
    """A table phrase starting at token ``start``: (value, token index after it)."""
    first = tokens[start].folded
    firsts = lexicon().after_firsts
    if first not in firsts and first[1:] not in firsts:
        return None
    for n in range(min(longest, len(tokens) - start), 0, -1):
        end = start + n
        if any(not _tight(tokens, text, k) for k in range(start + 1, end)):
            continue
        key = tuple(t.folded for t in tokens[start:end])
        hit = table.get(key)
        if hit is None and key[0].startswith("و") and len(key[0]) > 2:
            hit = table.get((key[0][1:],) + key[1:])
        if hit is not None:
            return hit, end
    return None


def _word_forms(folded: str, article: bool) -> list[str]:
    """Readings of a counted word: as written, without the accusative alef, without ال."""
    forms = [folded]
    if folded.endswith("ا") and len(folded) > 3:
        forms.append(folded[:-1])
    if article:
        for p in ("ال", "وال", "بال", "لل"):
            if folded.startswith(p) and len(folded) - len(p) >= 2:
                bare = folded[len(p):]
                forms.append(bare)
                if bare.endswith("ا") and len(bare) > 3:
                    forms.append(bare[:-1])
                break
        # a plural in construct after من: "نحو 200 من صيادي جبلة" (-ي of a -ين plural)
        if folded.endswith("ي") and len(folded) > 4 and not folded.startswith("ال"):
            forms.append(folded + "ن")
        # a possessed noun after من: "خمسة من عناصره"، "ثلاثة من موظفيها" (construct -ي of a -ين plural)
        for sfx in ("هما", "هم", "ها", "ه"):
            if folded.endswith(sfx) and len(folded) - len(sfx) >= 3:
                stem = folded[: -len(sfx)]
                forms.append(stem)
                if stem.endswith("ي"):
                    forms.append(stem + "ن")
                break
    return forms


def _lexicon_unit(
    tokens: Sequence[NumToken], text: str, k: int, lex: Lexicon, article: bool, proclitic: bool = False
) -> _Unit | None:
    """The longest unit-lexicon entry starting at token ``k`` (optionally after a proclitic)."""
    firsts = _clitic_forms(tokens[k].folded) if proclitic else ((tokens[k].folded, 0),)
    longest = max((lex.unit_firsts.get(f, 0) for w, _ in firsts for f in _word_forms(w, article)), default=0)
    for n in range(min(longest, len(tokens) - k), 0, -1):
        end = k + n
        if any(tokens[m].is_num for m in range(k, end)):
            continue
        if any(not _tight(tokens, text, m) for m in range(k + 1, end)):
            continue
        for first, skip in firsts:
            if skip and (first.startswith("ال") or tokens[k].folded[:skip].endswith(("ال", "لل"))):
                continue  # والضابطين: the article makes it "the two", not a count
            keys: list[tuple[str, ...]] = [(f,) for f in _word_forms(first, article)]
            for m in range(k + 1, end):
                forms = _word_forms(tokens[m].folded, article)
                keys = [key + (f,) for key in keys for f in forms]
            for key in keys:
                noun = lex.units.get(key)
                if noun is not None:
                    return _Unit(noun, k, end, noun.lemma, skip)
    return None


def _is_context(lex: Lexicon, kind: str, tokens: Sequence[NumToken], text: str, k: int) -> bool:
    """A ``context.tsv`` phrase of ``kind`` starts at token ``k`` (accusative alef allowed)."""
    if k >= len(tokens) or tokens[k].is_num:
        return False
    w = tokens[k].folded
    if w not in lex.context_firsts and w[:-1] not in lex.context_firsts:
        return False
    table = lex.context[kind]
    for n in (2, 1):
        if k + n > len(tokens) or (n == 2 and not _tight(tokens, text, k + 1)):
            continue
        words = [t.folded for t in tokens[k:k + n]]
        for first in _word_forms(words[0], article=False):
            if (first, *words[1:]) in table:
                return True
    return False


def _generic_noun(tokens: Sequence[NumToken], text: str, k: int, lex: Lexicon, p: Parsed) -> _Unit | None:
    """An indefinite noun outside the lexicon, counted as ``other`` (23 هيئة، 80 دولة)."""
    t = tokens[k]
    if t.is_num or not all(is_arabic_letter(c) for c in t.folded):
        return None
    word = t.folded
    if p.vague:
        # a vague count governs a definite noun (عشرات القرى، آلاف المنشورات)
        if p.definite or not word.startswith("ال") or len(word) < 5:
            return None
        word = word[2:]
    elif word.startswith("ال"):
        return None
    core = word[:-1] if word.endswith("ا") and len(word) > 3 else word
    if len(core) < 2 or _known_word(core, lex) or _known_word(word, lex) or _known_word(t.folded, lex):
        return None
    if not p.vague:
        if len(word) > 2 and word.startswith(_PREPOSITION_LETTERS):
            return None
        if word.startswith(("و", "ف")):
            rest = word[1:]
            if len(rest) < 3 or rest.startswith(_CLAUSE_STARTS) or _known_word(rest, lex):
                return None
    return _Unit(None, k, k + 1, core)


def _known_word(word: str, lex: Lexicon) -> bool:
    """A word the tables know as something other than a counted noun."""
    key = (word,)
    if any(key in lex.context[kind] for kind in ("nonnoun", "label", "month", "time", "percent", "change")):
        return True
    return word in lex.words or key in lex.hedges_before or key in lex.triggers or key in lex.triggers_after


def _blocked_before(tokens: Sequence[NumToken], text: str, first: int, lex: Lexicon) -> bool:
    """The words before the number make it an identifier, a date, a model or a code."""
    if first == 0:
        return False
    tok = tokens[first]
    gap = text[tokens[first - 1].end:tok.start]
    prev = tokens[first - 1]
    if tok.is_num:
        if gap.endswith(("+", "%", "\u066a")):
            return True  # +964…، %68
        if prev.is_num and _DATE_GAP.fullmatch(gap):
            return True  # 12/5، 10:30، 2024-09
        if gap in ("", "-", "\u0640") and not prev.is_num and (
            prev.folded.isascii() or any((w,) in lex.context["label"] for w, _ in _clitic_forms(prev.folded))
        ):
            return True  # M4، F-16، إس-400، ميغ-29
    if not tok.is_num and lex.words.get(tok.folded) is not None and lex.words[tok.folded].kind == "teen":
        if prev.folded.startswith("ال") and _tight(tokens, text, first):
            return True  # الخامس عشر: an ordinal
    k = first - 1
    if prev.folded in _ARTICLE_TOKENS and k > 0:
        k -= 1
    if not _soft(tokens, text, k + 1) or tokens[k].is_num:
        return False
    for word, _ in _clitic_forms(tokens[k].folded):
        if (word,) in lex.context["label"] or (word,) in lex.context["month"]:
            return True
    if k > 0 and _tight(tokens, text, k) and (tokens[k - 1].folded, tokens[k].folded) in lex.context["month"]:
        return True
    return False


def _blocked_after(tokens: Sequence[NumToken], text: str, end: int, lex: Lexicon) -> bool:
    """The words after the number make it a date, a time, a duration or a percentage."""
    if end >= len(tokens):
        tail = text[tokens[-1].end:tokens[-1].end + 2] if tokens else ""
        return "%" in tail or "\u066a" in tail
    gap = text[tokens[end - 1].end:tokens[end].start]
    if "%" in gap or "\u066a" in gap:
        return True
    nxt = tokens[end]
    if nxt.is_num and _DATE_GAP.fullmatch(gap):
        return True
    if not _tight(tokens, text, end):
        return False
    return any(_is_context(lex, kind, tokens, text, end) for kind in ("month", "time", "percent"))


def _range(tokens: Sequence[NumToken], text: str, p: Parsed, lex: Lexicon) -> tuple[Parsed, int, int, float] | None:
    """``p`` as the first bound of a range: (second bound, first token, end, lower bound)."""
    j = p.end
    if p.value is None or j >= len(tokens):
        return None
    gap = text[tokens[j - 1].end:tokens[j].start]
    before = tokens[p.first - 1].folded if p.first > 0 and _soft(tokens, text, p.first) else ""
    second: Parsed | None = None
    opener = p.first
    if tokens[j].is_num and _DASH_GAP.fullmatch(gap):
        second = parse_at(tokens, text, j)
        if second is not None and second.end < len(tokens) and tokens[second.end].is_num and _DATE_GAP.fullmatch(
            text[tokens[second.end - 1].end:tokens[second.end].start]
        ):
            return None  # 15-9-2024 is a date
    elif before in _RANGE_OPEN and _tight(tokens, text, j):
        if tokens[j].folded == "و" and j + 1 < len(tokens) and _tight(tokens, text, j + 1):
            second = parse_at(tokens, text, j + 1)
        elif tokens[j].folded.startswith("و"):
            second = parse_at(tokens, text, j)
        opener = p.first - 1
        if opener > 0 and tokens[opener - 1].folded == "ما" and _tight(tokens, text, opener):
            opener -= 1
    elif (
        tokens[j].folded in _RANGE_TO | _RANGE_OR and j + 1 < len(tokens)
        and _tight(tokens, text, j) and _tight(tokens, text, j + 1)
    ):
        lead = [tokens[m].folded for m in range(max(0, p.first - 4), p.first)]
        if any((w,) in lex.context["change"] or (w[1:],) in lex.context["change"] for w in lead):
            return None  # ارتفع من 20 إلى 50: a change, not a range
        second = parse_at(tokens, text, j + 1)
        if before in _RANGE_FROM and tokens[j].folded in _RANGE_TO:
            opener = p.first - 1
    if second is None or second.value is None:
        return None
    low: float = p.value
    if second.scale is not None and p.scale is None and low * second.scale <= second.value:
        low *= second.scale  # بين 3 و10 آلاف: 3000–10000
    if second.value <= low:
        return None
    return second, opener, second.end, low


def _trigger(tokens: Sequence[NumToken], text: str, before: int, lex: Lexicon) -> str | None:
    """The unit a trigger right before token ``before`` gives (مقتل، إصابة …), if one does."""
    if before <= 0 or not _soft(tokens, text, before):
        return None
    if before > 1 and tokens[before - 1].folded in _RESUMPTIVE:
        # "في وقت قُتل فيه ستة فلسطينيين": the relative clause's pronoun stands between the verb and the count
        return _trigger(tokens, text, before - 1, lex)
    hit = _phrase_before(tokens, text, before, lex.triggers, lex.trigger_lasts)
    if hit is None:
        return _verb_before_subject(tokens, text, before, lex)
    unit, first, plen = hit
    # "مقتل وإصابة 12 شخصاً": two different fates joined by و say nothing certain.
    if plen and tokens[first].folded.startswith("و") and first > 0 and _tight(tokens, text, first):
        other = _phrase_before(tokens, text, first, lex.triggers, lex.trigger_lasts)
        if other is not None and other[0] != unit and _is_noun_trigger(tokens, other[1], first, lex):
            return None
    return unit


# a relative clause's pronoun between a trigger verb and its count ("هجوم قُتل فيه ستة"، "غارة أصيب خلالها ثلاثة")
_RESUMPTIVE = frozenset({"فيه", "فيها", "خلاله", "خلالها", "جراءه", "جراءها"})
# words that are no verb's subject: prepositions and particles between a trigger and a count
_NOT_SUBJECT = frozenset({"من", "في", "علي", "الي", "عن", "منذ", "بعد", "قبل", "نحو", "حوالي", "اكثر", "اقل", "ان",
                          "انه", "التي", "الذي", "الذين", "اليوم", "امس", "الليله", "الاحد", "الاثنين", "الثلاثاء",
                          "الاربعاء", "الخميس", "الجمعه", "السبت", "الماضي", "الماضيه", "الاخيره", "الاخير"})


def _verb_before_subject(tokens: Sequence[NumToken], text: str, before: int, lex: Lexicon) -> str | None:
    """The unit a trigger verb gives across its definite subject, the verb first as Arabic news tells it
    ("اعتقلت القوات الأمنية خمسة من عناصر …"، "قتل الجيش عشرة مسلحين"): the count is its object."""
    for n in (1, 2, 3):
        first = before - n
        if first < 1 or not _tight(tokens, text, first) or any(
                not _tight(tokens, text, k) for k in range(first + 1, before)):
            return None
        subject = tokens[first:before]
        if any(t.is_num or not is_arabic_letter(t.folded[:1]) or t.folded in _NOT_SUBJECT for t in subject):
            return None
        if not subject[-1].folded.startswith("ال"):
            continue  # (a construct head goes on: "قوات الأمن"، "عناصر الشرطة")
        hit = _phrase_before(tokens, text, first, lex.triggers, lex.trigger_lasts)
        if hit is None:
            continue  # (the subject may be longer: "القوات الأمنية")
        unit, k, _ = hit
        return unit if not _is_noun_trigger(tokens, k, first, lex) else None
    return None


def _is_noun_trigger(tokens: Sequence[NumToken], first: int, end: int, lex: Lexicon) -> bool:
    rest = tuple(t.folded for t in tokens[first + 1:end])
    return any((w,) + rest in lex.trigger_nouns for w, _ in _clitic_forms(tokens[first].folded))


def _count_head(tokens: Sequence[NumToken], text: str, before: int, lex: Lexicon) -> tuple[str, _Unit | None] | None:
    """القوات البالغ عددها 2500 / عدد القتلى إلى 50: the counted thing named before the number."""
    h = before - 1
    if h < 0 or not _soft(tokens, text, before):
        return None
    if tokens[h].folded in _LINKS and h > 0 and _soft(tokens, text, h):
        h -= 1
    if any((w,) in lex.context["countof"] for w, _ in _clitic_forms(tokens[h].folded)):
        for c in (h - 1, h - 2):
            if c >= 0 and not tokens[c].is_num:
                u = _lexicon_unit(tokens, text, c, lex, article=True)
                if u is not None and u.noun is not None:
                    return u.noun.unit, u
        return "other", None
    # عدد القتلى 50، عدد القوات الأميركية إلى 2500: عدد + a definite noun (+ definite adjectives)
    k = h
    while k > 0 and h - k < 3 and tokens[k].folded.startswith("ال") and _tight(tokens, text, k):
        if any((w,) in lex.context["countnoun"] for w, _ in _clitic_forms(tokens[k - 1].folded)):
            u = _lexicon_unit(tokens, text, k, lex, article=True)
            if u is not None and u.noun is not None:
                return u.noun.unit, u
            return "other", _Unit(None, k, k + 1, tokens[k].folded[2:])
        k -= 1
    return None


def _inside(spans: Iterable[tuple[int, int]] | Stab[tuple[int, int]], start: int, end: int) -> bool:
    if isinstance(spans, Stab):
        if start < end:  # the spans holding ``start`` (bisection), then the end
            return any(end <= e for _s, _i, e in spans.holding(start))
        spans = spans.items
    return any(s <= start and end <= e for s, e in spans)


def _postposed(tokens: Sequence[NumToken], text: str, p: Parsed, lex: Lexicon) -> _Unit | None:
    """جنديين اثنين، مدنيين اثنين، جندي واحد: 1 or 2 written after its noun, as an adjective."""
    if not (p.words and p.value in (1, 2) and p.end == p.first + 1 and p.skip == 0 and p.first > 0):
        return None
    if not _tight(tokens, text, p.first):
        return None
    for n in range(min(lex.max_unit_len, p.first), 0, -1):
        u = _lexicon_unit(tokens, text, p.first - n, lex, article=False)
        if u is not None and u.end == p.first:
            return u
    return None


def _noun_before(tokens: Sequence[NumToken], text: str, k: int, lex: Lexicon) -> _Unit | None:
    """A definite lexicon noun ending right before token ``k`` (الجنود، الرهائن، الطائرات المسيرة)."""
    if k <= 0 or not _tight(tokens, text, k):
        return None
    for n in range(min(lex.max_unit_len, k), 0, -1):
        first = k - n
        if not tokens[first].folded.startswith(("ال", "وال", "بال", "لل", "فال")):
            continue
        u = _lexicon_unit(tokens, text, first, lex, article=True)
        if u is not None and u.end == k:
            return u
    return None


def _reads_as_decimal(tok: NumToken) -> float | None:
    """``3.800`` read as 3.8 (a price, a distance) rather than 3800 (a head count)."""
    f = tok.folded
    if f.count(".") == 1 and "," not in f:
        head, tail = f.split(".")
        if len(tail) == 3 and head.isdigit() and tail.isdigit():
            return float(f)
    return None


def _read(
    tokens: Sequence[NumToken], text: str, p: Parsed, lex: Lexicon, times: Sequence[tuple[int, int]], inherited: str | None = None,
    restated: str | None = None,
) -> Found | None:
    """The quantity around the number ``p``, or None when it is not one.

    ``inherited`` is the unit a trigger gave the count just before, when only و stands
    between the two (مقتل 3 جنود و5 مدنيين); ``restated`` the unit of a force's count told just
    before, when this bare number is that count changed ("… خفض هذا العدد إلى نحو 3 آلاف").
    """
    first_tok = tokens[p.first]
    num_start = first_tok.start + raw_offset(first_tok.raw, p.skip)
    value, lower, upper, approx = p.value, p.lower, p.upper, p.vague
    span_first, end = p.first, p.end
    start = num_start
    rng = _range(tokens, text, p, lex)
    if rng is not None:
        second, span_first, end, low = rng
        value, lower, upper, approx = None, _as_int(low), second.value, True
        start = tokens[span_first].start
    if _blocked_before(tokens, text, span_first, lex) or _blocked_after(tokens, text, end, lex):
        return None
    if first_tok.is_num:
        digits = "".join(ch for ch in first_tok.folded if ch.isdigit())
        if len(digits) >= 9 and "," not in first_tok.folded and "." not in first_tok.folded:
            return None  # phone-like
    # hedge before (skipping the article of "قرابة الـ500")
    lead = span_first
    article = lead > 0 and tokens[lead - 1].folded in _ARTICLE_TOKENS and _tight(tokens, text, lead)
    if article:
        lead -= 1
    effect: str | None = None
    if lead > 0 and _soft(tokens, text, lead):
        hedge = _phrase_before(tokens, text, lead, lex.hedges_before, lex.hedge_lasts)
        if hedge is not None:
            effect, h_first, plen = hedge
            start = tokens[h_first].start + raw_offset(tokens[h_first].raw, plen)
            lead = h_first
    unit: _Unit | None = None
    if article and effect is None:
        # الجنود الـ2500: a definite count after its noun; القرن الـ19، بيانها الـ64: a label
        unit = _noun_before(tokens, text, lead, lex)
        if unit is None:
            return None
        start, lead = tokens[unit.first].start + raw_offset(tokens[unit.first].raw, unit.skip), unit.first
    # the counted noun: after the number, after من, or (for 1 and 2) before it
    if unit is None and end < len(tokens) and _quoted(tokens, text, end):
        if tokens[end].folded == "من" and end + 1 < len(tokens) and _tight(tokens, text, end + 1):
            part = _lexicon_unit(tokens, text, end + 1, lex, article=True)
            if part is not None and part.noun is not None and part.noun.person and p.value != 1:
                unit = part  # ثلاثة من الجنود، عشرات من عناصر
        else:
            unit = _lexicon_unit(tokens, text, end, lex, article=p.vague)
            if unit is None:
                short = p.words and p.end - p.first == 1 and tokens[p.first].folded[p.skip:] in AMBIGUOUS_SHORT
                if not (p.year_like or p.weak or short or (p.words and p.value == 1)):
                    unit = _generic_noun(tokens, text, end, lex, p)
    postposed = False
    if unit is None and effect is None and rng is None:
        post = _postposed(tokens, text, p, lex)
        if post is not None:
            unit, start, lead, postposed = post, tokens[post.first].start, post.first, True
    trigger = _trigger(tokens, text, lead, lex)
    if trigger is None and inherited and (p.skip or (lead > 0 and tokens[lead - 1].folded == "و")):
        trigger = inherited
    if trigger is None and restated and unit is None:
        trigger = restated
    # (the head of a restated count is the number it restates: "يرتفع عددها إلى 1500")
    head = _count_head(tokens, text, lead, lex) if unit is None and not (restated and trigger == restated) else None
    if unit is not None:
        name = unit.noun.unit if unit.noun is not None else "other"
        if trigger and (unit.noun is None or unit.noun.person):
            name = trigger
    elif head is not None and not p.year_like:
        name, unit = head
    elif trigger and not p.year_like:
        name = trigger
    else:
        return None
    if p.year_like and (unit is None or unit.noun is None or unit.first < p.first):
        return None
    if (p.weak or postposed) and name == "other":
        return None  # عدة قواعد، شخص واحد: too loose to count anything but forces and casualties
    if p.definite and unit is None and not trigger:
        return None
    stop = end
    if unit is not None and unit.first >= end:
        stop = unit.end
    end_off = tokens[stop - 1].end
    if name == "other" and _inside(times, num_start, tokens[end - 1].end):
        return None  # the time layer read it as a date or a duration
    # after the noun: a hedge (على الأقل، تقريباً) and a fate (قتلوا، لقوا مصرعهم)
    post_effect, stop, fate = _tail(tokens, text, stop, lex)
    if post_effect is not None:
        end_off = tokens[stop - 1].end
        if effect is None or (effect == "approx" and post_effect != "approx"):
            effect = post_effect
    if fate is not None and not trigger and (unit is None or unit.noun is None or unit.noun.person):
        name = fate
    if effect is not None:
        approx = True
        if value is not None and effect == "lower":
            lower = value
        elif value is not None and effect == "upper":
            upper = value
    thing = unit is None or unit.noun is None or not unit.noun.person
    if value is not None and p.scale is None and rng is None and name == "other" and thing:
        decimal = _reads_as_decimal(first_tok)
        if decimal is not None:
            value = decimal
            lower = decimal if lower is not None else None
            upper = decimal if upper is not None else None
    noun_text = noun_span = None
    if unit is not None:
        ns = tokens[unit.first].start + raw_offset(tokens[unit.first].raw, unit.skip)
        ne = tokens[unit.end - 1].end
        noun_span, noun_text = (ns, ne), text[ns:ne]
    return Found(
        start, end_off, value, approx, lower, upper, name,
        noun=noun_text, lemma=unit.lemma if unit is not None else None, noun_span=noun_span,
        next_token=max(stop, end), trigger=trigger or fate,
    )


_NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يان", "يتين", "يتان", "يات")


def _tail(tokens: Sequence[NumToken], text: str, stop: int, lex: Lexicon) -> tuple[str | None, int, str | None]:
    """After a counted noun: (hedge effect, new end token, fate unit).

    "20 شخصاً على الأقل" → lower; "ثلاثة أطفال قتلوا"، "جنديين عراقيين قتلا" → killed
    (one nationality adjective may stand between the noun and the verb).
    """
    effect = None
    if stop < len(tokens) and _tight(tokens, text, stop):
        after = _phrase_after(tokens, text, stop, lex.hedges_after)
        # (not the next count's own hedge: "27 قتيلاً وأكثر من 60 جريحاً")
        if after is not None and not (after[1] < len(tokens) and tokens[after[1]].folded == "من"
                                      and tokens[after[1] - 1].folded.lstrip("و") in ("اكثر", "اقل")):
            effect, stop = after
    fate = None
    for k in (stop, stop + 1):
        if k >= len(tokens) or not _soft(tokens, text, k):
            break
        hit = _phrase_after(tokens, text, k, lex.triggers_after)
        if hit is not None:
            fate = hit[0]
            break
        if not tokens[k].folded.endswith(_NISBA_ENDINGS) or tokens[k].is_num:
            break
    return effect, stop, fate


def _as_int(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def _dual(tokens: Sequence[NumToken], text: str, i: int, lex: Lexicon, inherited: str | None) -> Found | None:
    """A dual noun that counts two on its own: قتيلان، مقتل جنديين، بطائرتين مسيرتين."""
    tok = tokens[i]
    if tok.is_num or len(tok.folded) < 5 or not any(w in lex.dual_firsts for w, _ in _clitic_forms(tok.folded)):
        return None
    u = _lexicon_unit(tokens, text, i, lex, article=False, proclitic=True)
    if u is None or u.noun is None or not u.noun.dual:
        return None
    name = u.noun.unit
    trigger = _trigger(tokens, text, i, lex) or (inherited if u.skip and tokens[i].folded.startswith("و") else None)
    effect, stop, fate = _tail(tokens, text, u.end, lex)
    trigger = trigger or fate
    if trigger and u.noun.person:
        name = trigger
    start, noun_end = tok.start + raw_offset(tok.raw, u.skip), tokens[u.end - 1].end
    lower = 2 if effect == "lower" else None
    upper = 2 if effect == "upper" else None
    return Found(start, tokens[stop - 1].end, 2, effect is not None, lower, upper, name, noun=text[start:noun_end],
                 lemma=u.lemma, noun_span=(start, noun_end), next_token=stop, trigger=trigger)


def find_quantities(text: str, tokens: Sequence[NumToken] | None = None, times: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """Every quantity in ``text``, in text order; ``times`` are spans already read as dates."""
    lex = lexicon()
    toks = list(tokens) if tokens is not None else tokenise_numbers(text)
    opens = _openers()
    time_index = Stab(list(times), lambda r: (r[0], r[1]))  # looked up per number: not a scan
    out: list[Found] = []
    # the tokens a quantity may open at, in order; the scan jumps from one to the next at or
    # after wherever reading left off
    cands = [k for k, t in enumerate(toks) if t.is_num or t.folded in opens]
    i = 0
    while True:
        c = bisect_left(cands, i)
        if c >= len(cands):
            break
        i = cands[c]
        # a trigger carries over a coordination: مقتل 3 جنود و5 مدنيين، مقتل جندي وطفلين
        inherited = None
        if out and out[-1].trigger and out[-1].next_token in (i, i - 1) and _and_between(toks, text, out[-1].next_token, i):
            inherited = out[-1].trigger
        restated = _restated_unit(toks, text, i, out)
        p = parse_at(toks, text, i, definite=True)
        if p is None:
            found = _dual(toks, text, i, lex, inherited)
            if found is not None and (not out or found.start >= out[-1].end):
                out.append(found)
                i = found.next_token
            else:
                i += 1
            continue
        found = _read(toks, text, p, lex, time_index, inherited, restated)
        if found is None:
            i = p.end
            continue
        if not out or found.start >= out[-1].end:  # spans never overlap, and stay in text order
            out.append(found)
        i = found.next_token
    return out


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """The tokens a quantity may open with (a union of thousands: built once, not per document)."""
    return starters() | _dual_starters()


@lru_cache(maxsize=1)
def _dual_starters() -> frozenset[str]:
    firsts = lexicon().dual_firsts
    return frozenset(firsts | {p + w for w in firsts for p in proclitics() if not p.endswith(("ال", "لل"))})


# "خفض هذا العدد إلى …"، "رفع عددها إلى …": the number just told, changed
_RESTATING = frozenset({"العدد", "عدده", "عددها", "عددهم", "الرقم", "عديده", "عديدها"})
_CHANGING = frozenset({"خفض", "تخفيض", "تقليص", "رفع", "زياده", "يخفض", "تخفض", "يرفع", "ترفع", "يقلص", "تقلص",
                       "سيخفض", "ستخفض", "سيرفع", "سترفع", "ليرتفع", "يرتفع", "سيرتفع", "لينخفض", "ينخفض", "سينخفض"})


_HEDGE_WORDS = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "قراب", "حوالى"})


def _restated_unit(tokens: Sequence[NumToken], text: str, i: int, out: Sequence[Found]) -> str | None:
    """The unit of the force's count told just before in the sentence, when the number at ``i``
    follows "إلى" after a change of that number ("تحتفظ تركيا بنحو 5 آلاف جندي …، وتعتزم خفض هذا العدد
    إلى نحو 3 آلاف"), else None."""
    # (the last three by position: a lookup by equality walked the whole list, quadratic on a long text)
    at = next((k for k in range(len(out) - 1, max(len(out) - 4, -1), -1) if out[k].unit in ("troops", "personnel")), None)
    if at is None or i < 3:
        return None
    told = out[at]
    # (not when another count was told with it: "نحو 1500 جندي و6 طائرات، وتعتزم رفع عددها إلى 12" may
    # count the aircraft; a count inside the force's place, "في أكثر من 40 قاعدة", is no rival)
    for f in out[at + 1:]:
        if " في " not in text[told.end:f.start] + " ":
            return None
    k = i - 1
    if tokens[k].folded in _HEDGE_WORDS:
        k -= 1  # "إلى نحو 3 آلاف"
    if k < 2 or tokens[k].folded != "الي":
        return None
    words = [tokens[j].folded for j in range(max(0, k - 5), k)]
    if not any(w in _RESTATING for w in words) or not any(w.lstrip("وفل") in _CHANGING for w in words):
        return None
    between = text[told.end:tokens[i].start]
    if any(ch in between for ch in ".؟!؛") or len(between) > 200:
        return None
    return told.unit


def _and_between(tokens: Sequence[NumToken], text: str, prev_end: int, i: int) -> bool:
    """Only "و" (as its own token, or as the proclitic of token ``i``) joins the two counts."""
    if prev_end == i - 1:
        return tokens[i - 1].folded == "و" and _tight(tokens, text, i - 1) and _tight(tokens, text, i)
    return prev_end == i and _tight(tokens, text, i) and tokens[i].folded.startswith("و")
