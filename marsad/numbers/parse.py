"""Arabic numbers as written in news: digits, separators, number words and vague counts.

``tokenise_numbers`` cuts a text into letter runs and digit runs (a digit run keeps its
inner separators: ``2,500``, ``١٫٥``, ``٢٬٥٠٠``), each with its folded form and its
original offsets. ``parse_at`` reads the longest number that starts at one token:

- digits with thousands separators (``2,500`` ``2.500`` ``٢٬٥٠٠`` ``2 500``) and
  decimals (``1.5`` ``١٫٥`` ``2,5``), optionally times a scale word (``3 آلاف``,
  ``1.5 مليون``, ``15 ألفاً``);
- number words in every case and gender (``ثلاثة/ثلاث``, ``عشرون/عشرين``,
  ``اثنا/اثني عشر``), compounds joined by و (``خمسة وعشرون``, ``ألفين وخمسمائة``),
  duals (``ألفا/ألفي/ألفين``, ``مئتا/مئتي``), split hundreds (``ثلاث مئة``) and
  fractions (``مليون ونصف``, ``نصف مليون``);
- vague counts (``عشرات``, ``مئات الآلاف``, ``بضعة آلاف``, ``آلاف``), whose value is
  None and whose bounds come from ``number_words.tsv``.

``parse_number(text)`` is the same on a whole string, for tests and callers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, repeat
from functools import lru_cache

from ..text.normalise import ARABIC_DIACRITICS, Folded, fold
from .lexicon import NumberWord, lexicon

__all__ = [
    "NumToken",
    "Parsed",
    "tokenise_numbers",
    "parse_digits",
    "parse_at",
    "parse_number",
    "number_word",
    "raw_offset",
    "SPACE_GAP",
    "AMBIGUOUS_SHORT",
    "starters",
]

# Tokens are cut from the folded text (no diacritics or tatweel; Western digits; ٫٬ as .,)
# and mapped back to original offsets.
_TOKEN_RE = re.compile(r"(?P<num>[0-9]+(?:[.,][0-9]+)*)|(?P<word>[A-Za-z\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+)")
_SPLIT = re.compile("(" + _TOKEN_RE.pattern.replace("?P<num>", "?:").replace("?P<word>", "?:") + ")")
_DIGIT_CHARS = frozenset("0123456789")
# What may stand between two words of one phrase: white space, and a tatweel only where it
# lengthens the word before ("الـ 500"), not as a dash between spaces ("18 ـ عصام").
SPACE_GAP = re.compile("\u0640*[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]*")
_ONE_SPACE = frozenset(" \u00a0\u2009\u202f")
# Proclitics a number word may carry at the start of a count (وثلاثة، بخمسة، لألفي).
_NUMBER_PROCLITICS = ("وب", "فب", "ول", "و", "ف", "ب", "ل")
_AND = "و"
# Short number words that, behind a proclitic, are more often other words (لست، بست …).
AMBIGUOUS_SHORT = _NO_PROCLITIC = frozenset({"ست", "سبع", "تسع", "خمس", "عشر", "ثلث", "ربع", "نصف"})


@dataclass(slots=True)
class NumToken:
    """A letter run or a digit run of the text, with its folded form."""

    start: int
    end: int
    raw: str
    folded: str
    is_num: bool


@dataclass(frozen=True, slots=True)
class Parsed:
    """A number read from tokens ``[first, end)``; ``skip`` folded chars of the first are a proclitic."""

    first: int
    end: int
    value: int | float | None
    lower: int | float | None = None
    upper: int | float | None = None
    vague: bool = False
    weak: bool = False  # بضعة / بضع / عدة: too loose to count anything but forces and casualties
    words: bool = False  # written (at least partly) in words
    year_like: bool = False  # a bare four-digit number that could be a year
    definite: bool = False  # a vague count with the article (العشرات، الآلاف)
    scale: float | None = None  # the last scale word read (ألف، مليون), for ranges
    skip: int = 0


def tokenise_numbers(text: str, folded: Folded | None = None) -> list[NumToken]:
    """Letter runs and digit runs of ``text`` (pass ``folded`` = ``fold(text)`` if it is at hand)."""
    f = folded if folded is not None else fold(text)
    ftext = f.text
    # one C-level split gives the runs, the lengths of the pieces their folded offsets (a
    # digit run opens with a digit; a letter run never holds one)
    pieces = _SPLIT.split(ftext)
    ends = list(accumulate(map(len, pieces)))[1::2]  # folded end of each run
    runs = pieces[1::2]
    if len(ftext) == f.original_length:  # folding dropped nothing: the offsets are original ones
        return [NumToken(e - len(w), e, text[e - len(w):e], w, w[0] in _DIGIT_CHARS) for w, e in zip(runs, ends)]
    # every run read as letters first, at C speed: its start maps through the offset map, its
    # end takes in the marks folding dropped after the last letter (tanween, tatweel)
    at = (f.index + (f.original_length,)).__getitem__
    firsts = [e - len(w) for w, e in zip(runs, ends)]
    starts = list(map(at, firsts))
    stops = list(map(at, ends))
    out = list(map(NumToken, starts, stops, map(text.__getitem__, map(slice, starts, stops)), runs,
                   repeat(False)))
    # then the digit runs, again (few): they end at their last digit, and a run folding closed
    # up (15ـ20) is cut where something was dropped
    index = f.index
    for k in reversed([k for k, w in enumerate(runs) if w[0] in _DIGIT_CHARS]):
        fs, fe = firsts[k], ends[k]
        parts = [(fs, fe)]
        if index[fe - 1] - index[fs] != fe - 1 - fs:
            parts, a = [], fs
            for i in range(fs + 1, fe):
                if index[i] != index[i - 1] + 1:
                    parts.append((a, i))
                    a = i
            parts.append((a, fe))
            # a piece after the cut opens with a digit too ("0ـ.0": the ".0" is no number)
            parts = [(next((x for x in range(a, b) if ftext[x] in _DIGIT_CHARS), b), b) for a, b in parts]
            parts = [(a, b) for a, b in parts if a < b]
        out[k:k + 1] = [NumToken(index[a], index[b - 1] + 1, text[index[a]:index[b - 1] + 1], ftext[a:b], True)
                        for a, b in parts]
    return out


@lru_cache(maxsize=1)
def starters() -> frozenset[str]:
    """Every folded token that can open a number (with a proclitic or the article where allowed)."""
    words = lexicon().words
    out: set[str] = set()
    for w, entry in words.items():
        out.add(w)
        if w not in _NO_PROCLITIC:
            out.update(p + w for p in _NUMBER_PROCLITICS)
        if entry.kind in ("vague", "scaleplural"):
            out.update(p + "ال" + w for p in ("", "و", "ف", "ب", "وب"))
            out.update(p + "ل" + w for p in ("ل", "ول", "فل"))
    return frozenset(out)


def raw_offset(raw: str, folded_chars: int) -> int:
    """Index into ``raw`` just after its first ``folded_chars`` folded characters."""
    if folded_chars <= 0:
        return 0
    seen = 0
    for i, ch in enumerate(raw):
        if ch in ARABIC_DIACRITICS:
            continue
        seen += 1
        if seen == folded_chars:
            return i + 1
    return len(raw)


def _as_number(x: float) -> int | float:
    r = round(x)
    return int(r) if abs(x - r) < 1e-9 else round(x, 6)


def parse_digits(s: str, scale_follows: bool = False) -> float | None:
    """A folded digit run as a number, or None when it cannot be a count.

    ``,`` or ``.`` before exactly three digits groups thousands (2,500 / 2.500), except
    after a bare 0 (0.146) and before a scale word, where it is a decimal point
    (1,900 مليون = 1.9 million); otherwise a single separator is a decimal point (1.5,
    2,5). With both, the last one is the decimal point (1,500.5). A leading zero (05,
    0770…) is a code, not a count.
    """
    if not s:
        return None
    if s[0] == "0" and len(s) > 1 and s[1].isdigit():
        return None
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s)
    groups = re.split(r"[.,]", s)
    if any(not g for g in groups):
        return None
    if len(set(seps)) == 2:
        dec = s[max(s.rfind("."), s.rfind(","))]
        head, _, tail = s.rpartition(dec)
        thousands = re.split(r"[.,]", head)
        if not (1 <= len(thousands[0]) <= 3 and all(len(g) == 3 for g in thousands[1:])):
            return None
        return float("".join(thousands) + "." + tail)
    three = 1 <= len(groups[0]) <= 3 and groups[0] != "0" and all(len(g) == 3 for g in groups[1:])
    if len(seps) > 1:
        return float("".join(groups)) if three else None
    if three and not scale_follows:
        return float("".join(groups))
    return float(groups[0] + "." + groups[1])


def number_word(folded: str, allow_prefix: bool = False) -> tuple[NumberWord, int] | None:
    """The number word ``folded`` is (and the length of a proclitic before it), or None."""
    words = lexicon().words
    w = words.get(folded)
    if w is not None:
        return w, 0
    if allow_prefix:
        for p in _NUMBER_PROCLITICS:
            rest = folded[len(p):]
            if folded.startswith(p) and rest in words and rest not in _NO_PROCLITIC:
                return words[rest], len(p)
    return None


def _definite_vague(folded: str) -> tuple[NumberWord, int] | None:
    """العشرات، المئات، الآلاف، بالآلاف …: a vague count with the article (and a proclitic)."""
    for p in ("", "و", "ف", "ب", "ل", "وب"):
        rest = folded[len(p):] if folded.startswith(p) else None
        if rest is None:
            continue
        if p == "ل" and rest.startswith("ل"):  # للآلاف = ل + الآلاف
            rest = "ا" + rest
        if rest.startswith("ال"):
            w = lexicon().words.get(rest[2:])
            if w is not None and w.kind in ("vague", "scaleplural"):
                return w, len(p) if len(folded) - len(rest) == len(p) else 0
    return None


def _gap(tokens: Sequence[NumToken], text: str, k: int) -> str:
    """The text between token ``k-1`` and token ``k``."""
    return text[tokens[k - 1].end:tokens[k].start]


def _adjacent(tokens: Sequence[NumToken], text: str, k: int) -> bool:
    if not 0 < k < len(tokens):
        return False
    a, b = tokens[k - 1].end, tokens[k].start
    return (b - a == 1 and text[a] == " ") or SPACE_GAP.fullmatch(text, a, b) is not None


def _strip_article(folded: str) -> str:
    return folded[2:] if folded.startswith("ال") and len(folded) > 3 else folded


def _vague_scale(tokens: Sequence[NumToken], text: str, k: int) -> float | None:
    """After a vague word: a scale it multiplies (عشرات الآلاف، بضع مئات، عشرات ملايين)."""
    if not _adjacent(tokens, text, k):
        return None
    words = lexicon().words
    w = words.get(tokens[k].folded) or words.get(_strip_article(tokens[k].folded))
    if w is None:
        return None
    if w.kind == "scaleplural":
        return w.value
    if w.kind == "vague" and w.lower == 100:  # مئات
        return 100.0
    return None


def _parse_vague(tokens: Sequence[NumToken], text: str, i: int, w: NumberWord, skip: int, definite: bool = False) -> Parsed:
    j = i + 1
    lo, hi = float(w.lower or 0), float(w.upper or 0)
    if w.kind == "scaleplural":  # آلاف، ملايين alone: 1000–9999, 10^6–10^7-1
        lo, hi = w.value, w.value * 10 - 1
    else:
        scale = _vague_scale(tokens, text, j)
        if scale is not None:
            lo, hi = lo * scale, (hi + 1) * scale - 1
            j += 1
    weak = w.kind == "vague" and w.lower is not None and w.lower < 10
    return Parsed(i, j, None, _as_number(lo), _as_number(hi), vague=True, weak=weak, words=True, definite=definite, skip=skip)


def _merge_space_groups(tokens: Sequence[NumToken], text: str, i: int) -> tuple[str, int]:
    """``2 500`` / ``1 500 000``: digit groups split by single spaces; returns (digits, end)."""
    s = tokens[i].folded
    j = i + 1
    if not (s.isdigit() and len(s) <= 3):
        return s, j
    while (
        j < len(tokens) and tokens[j].is_num and len(tokens[j].folded) == 3 and tokens[j].folded.isdigit()
        and len(_gap(tokens, text, j)) == 1 and _gap(tokens, text, j) in _ONE_SPACE
    ):
        s += tokens[j].folded
        j += 1
    return s, j


def parse_at(tokens: Sequence[NumToken], text: str, i: int, definite: bool = False) -> Parsed | None:
    """The longest number starting at token ``i`` (a proclitic on its first word allowed).

    With ``definite``, a vague count may carry the article (مقتل العشرات، نزوح الآلاف).
    """
    tok = tokens[i]
    skip = 0
    first_word: NumberWord | None = None
    if tok.is_num:
        digits, j = _merge_space_groups(tokens, text, i)
        nxt = lexicon().words.get(tokens[j].folded) if j < len(tokens) and _adjacent(tokens, text, j) else None
        scale_next = nxt is not None and nxt.kind in ("scale", "scaleacc", "scaleplural")
        v = parse_digits(digits, scale_follows=scale_next)
        if v is None:
            return None
        current, total, last_scale, last_kind, used_words = v, 0.0, None, "digits", False
        year_like = j == i + 1 and digits.isdigit() and len(digits) == 4 and 1800 <= v <= 2100
    else:
        found = number_word(tok.folded, allow_prefix=True)
        if found is None and definite:
            found = _definite_vague(tok.folded)
            if found is not None:
                return _parse_vague(tokens, text, i, found[0], found[1], definite=True)
        if found is None:
            return None
        first_word, skip = found
        if first_word.kind == "vague" or (first_word.kind == "scaleplural" and not _follows_count(tokens, text, i)):
            return _parse_vague(tokens, text, i, first_word, skip)
        current, total, last_scale, last_kind, used_words = 0.0, 0.0, None, "", True
        year_like = False
        j = i
    # Word-by-word grammar. ``current`` is the group under a scale, ``total`` the sum of
    # finished scale groups; و joins a smaller part to what came before.
    while j < len(tokens):
        t = tokens[j]
        conj = False
        f = t.folded
        if j > i:
            if not _adjacent(tokens, text, j):
                break
            if t.is_num:
                break
            if (
                f == _AND and last_kind == "scale" and last_scale is not None and j + 1 < len(tokens)
                and tokens[j + 1].is_num and _adjacent(tokens, text, j + 1)
            ):
                # "503 آلاف و396" — digits after و and a scale
                tail = parse_digits(tokens[j + 1].folded)
                if tail is None or tail >= last_scale:
                    break
                # ("مليون و400 ألف": the digits count a smaller scale after them)
                sub = lexicon().words.get(tokens[j + 2].folded) if j + 2 < len(tokens) \
                    and _adjacent(tokens, text, j + 2) and not tokens[j + 2].is_num else None
                if sub is not None and sub.kind in ("scale", "scaleplural", "scaleacc") \
                        and tail * sub.value < last_scale:
                    total += tail * sub.value
                    last_kind, last_scale = "scale", sub.value
                    j += 3
                    break
                current += tail
                last_kind = "digits"
                j += 2
                break
            if f == _AND and j + 1 < len(tokens) and _adjacent(tokens, text, j + 1) and not tokens[j + 1].is_num:
                if tokens[j + 1].folded not in lexicon().words:
                    break
                j, f, conj = j + 1, tokens[j + 1].folded, True
            elif f.startswith(_AND) and f[1:] in lexicon().words:
                f, conj = f[1:], True
            word = lexicon().words.get(f)
        else:
            word = first_word
        if word is None:
            break
        k = word.kind
        nxt_word = None
        if j + 1 < len(tokens) and _adjacent(tokens, text, j + 1) and not tokens[j + 1].is_num:
            nxt_word = lexicon().words.get(tokens[j + 1].folded)
        first = j == i and not tok.is_num
        if k in ("unit", "teenhead") or (k == "teen" and (first or conj)):
            if not (first or (conj and last_kind in ("hundred", "scale"))):
                break
            u = word.value
            if nxt_word is not None and nxt_word.kind == "teen" and k != "teen":
                u += 10
                j += 1
            elif k == "teenhead":
                break
            elif nxt_word is not None and nxt_word.kind == "hundred" and nxt_word.value == 100 and u < 10:
                u *= 100  # ثلاث مئة
                j += 1
                current += u
                last_kind = "hundred"
                j += 1
                continue
            current += u
            last_kind = "unit"
        elif k == "ten":
            if not (first or (conj and last_kind in ("unit", "hundred", "scale"))):
                break
            current += word.value
            last_kind = "ten"
        elif k == "hundred":
            if not (first or (conj and last_kind == "scale")):
                break
            current += word.value
            last_kind = "hundred"
        elif k in ("scale", "scaleacc"):
            if conj:
                break
            if last_scale is not None and word.value >= last_scale:
                break
            if current == 0 and last_kind in ("", "scale"):
                if not first:
                    break
                group = 2.0 if k == "scaleacc" else 1.0  # ألفا جندي = 2000; ألف جندي = 1000
                if k == "scaleacc" and ("\u064b" in t.raw or j + 1 < len(tokens) and _adjacent(tokens, text, j + 1)
                                        and tokens[j + 1].folded.startswith(_AND)):
                    group = 1.0  # "مليوناً و200 ألف": the accusative singular (its tanween, or و after it), no dual
            else:
                group = current
            total += group * word.value
            current, last_scale, last_kind = 0.0, word.value, "scale"
        elif k == "scaledual":
            if not (first or (conj and last_scale is not None and word.value < last_scale)):
                break
            total += 2 * word.value
            current, last_scale, last_kind = 0.0, word.value, "scale"
        elif k == "scaleplural":
            if conj or not (3 <= current <= 10 or last_kind == "digits") or (last_scale is not None and word.value >= last_scale):
                break
            total += current * word.value
            current, last_scale, last_kind = 0.0, word.value, "scale"
        elif k == "fraction":
            if first:
                if nxt_word is None or nxt_word.kind not in ("scale",):
                    return None
                current = word.value  # نصف مليون
                last_kind = "fraction"
            elif conj and last_kind == "scale" and last_scale is not None:
                total += word.value * last_scale  # مليون ونصف
                last_kind = "fractiondone"
            elif conj and last_kind in ("unit", "digits"):
                current += word.value
                last_kind = "fractiondone"
            else:
                break
        else:
            break
        used_words = True
        j += 1
    value = total + current
    if value <= 0 or (first_word is not None and first_word.kind == "fraction" and total == 0):
        return None
    return Parsed(i, j, _as_number(value), words=used_words, year_like=year_like and j == i + 1, scale=last_scale, skip=skip)


def _follows_count(tokens: Sequence[NumToken], text: str, i: int) -> bool:
    """True when a plural scale (آلاف) at ``i`` follows a count (then it is not vague)."""
    if i == 0 or not _adjacent(tokens, text, i):
        return False
    prev = tokens[i - 1]
    if prev.is_num:
        return True
    w = lexicon().words.get(prev.folded)
    return w is not None and w.kind in ("unit", "teen")


def parse_number(text: str) -> Parsed | None:
    """The number that a whole string spells, or None (the string must be one number)."""
    tokens = tokenise_numbers(text)
    if not tokens:
        return None
    p = parse_at(tokens, text, 0, definite=True)
    if p is None or p.end != len(tokens):
        return None
    return p
