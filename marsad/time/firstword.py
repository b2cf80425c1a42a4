"""The words a rule can begin with, so that a rule is only tried where it can match.

Scanning a text with every rule's regex at every position is slow in Python. Instead,
``lead_words`` reads a rule's parsed regex (``re._parser``) and lists every word its
match can open with (``"ايلول"``, ``"في"``; ``DIGIT`` for a number), and for each the
words that can come second, by their first two letters ("في" → "اي", "تم", DIGIT …). The scanner looks the
words of the text up in an index and tries only the rules listed there, anchored at that
word. A rule whose opening cannot be listed (an unbounded repeat inside a word, a negated
class …) gets ``None`` and is scanned the slow way; when the second words are too many to
list, the rule is keyed on its first word alone.

The lists may hold words that never occur (they are supersets); they must never miss one.
A word is a run of letters; a number, or letters run into a number, is keyed as the
letters before the first digit + ``DIGIT`` (``word_key``).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["lead_words", "word_key", "second_key", "DIGIT", "LEADS_VERSION"]

DIGIT = "#DIGIT"
LEADS_VERSION = 1  # change when lead_words changes, so that a stored leads.json is recomputed
_LIMIT = 40000  # states; beyond this the second words are not listed

_FIRST_DIGIT = re.compile(r"\d")

# Stages of reading: 0 in the first word's letters, 1 in a number that opens the first word,
# 2 between the words or in the second word's first letters, 4 done.
State = tuple[str, str, int]


class _GiveUp(Exception):
    pass


class _TooMany(Exception):
    pass


def second_key(word: str) -> str:
    """The index key of the word after a first word: its first two letters (or fewer, + DIGIT)."""
    m = _FIRST_DIGIT.search(word, 0, 3)
    if m and m.start() < 2:
        return word[: m.start()] + DIGIT
    return word[:2]


def word_key(word: str) -> str:
    """The index key of a text word: itself, or the letters before its first digit + DIGIT."""
    if word.isalpha():
        return word
    m = _FIRST_DIGIT.search(word)
    return word[: m.start()] + DIGIT if m else word


def lead_words(pattern: str) -> dict[str, frozenset[str] | None] | None:
    """First word → the second words that may follow it (None: any), or None if not listable."""
    try:
        import re._parser as parser  # type: ignore[import-not-found]

        items = list(parser.parse(pattern).data)
    except (ImportError, AttributeError, re.error):
        return None
    for pairs in (True, False):
        try:
            states = _walk(items, {("", "", 0)}, pairs)
        except _TooMany:
            continue
        except (_GiveUp, TypeError, ValueError, RecursionError):
            return None
        out: dict[str, set[str] | None] = {}
        for w1, w2, stage in states:
            if not w1:
                return None  # a match could open with no word at all
            if pairs and w2 and (stage == 4 or stage == 2):
                seconds = out.setdefault(w1, set())
                if seconds is not None:
                    seconds.add(w2)
            else:
                out[w1] = None  # the match may end after the first word, or seconds not listed
        return {k: (frozenset(v) if v is not None else None) for k, v in out.items()}
    return None


def _walk(items: list[Any], states: set[State], pairs: bool) -> set[State]:
    for item in items:
        if all(st[2] == 4 for st in states):
            return states
        states = _step(item, states, pairs)
        if len(states) > _LIMIT:
            raise _TooMany
    return states


def _chars(item: Any) -> list[str]:
    """The characters a single-character item can be: literal chars, or '\\d' / ' ' markers."""
    import re._constants as c  # type: ignore[import-not-found]

    op, av = item
    if op == c.LITERAL:
        return [chr(av)]
    if op == c.IN:
        out: list[str] = []
        for sub_op, sub_av in av:
            if sub_op == c.LITERAL:
                out.append(chr(sub_av))
            elif sub_op == c.RANGE:
                lo, hi = sub_av
                if hi - lo > 40:
                    raise _GiveUp
                out.extend(chr(x) for x in range(lo, hi + 1))
            elif sub_op == c.CATEGORY and sub_av == c.CATEGORY_DIGIT:
                out.append("\\d")
            elif sub_op == c.CATEGORY and sub_av == c.CATEGORY_SPACE:
                out.append(" ")
            else:
                raise _GiveUp
        return out
    raise _GiveUp


def _advance(state: State, ch: str, pairs: bool) -> State:
    w1, w2, stage = state
    digit = ch == "\\d" or ch.isdigit()
    letter = not digit and (ch.isalnum() or ch == "_")
    if stage == 0:
        if digit:
            return (w1 + DIGIT, "", 1)
        if letter:
            return (w1 + ch, "", 0)
        if not w1:
            raise _GiveUp  # the match opens with punctuation
        return (w1, "", 2 if pairs else 4)
    if stage == 1:
        return state if (digit or letter) else (w1, "", 2 if pairs else 4)
    if stage == 2:  # the second word is keyed by its first two letters (second_key)
        if digit:
            return (w1, w2 + DIGIT, 4)
        if letter:
            return (w1, w2 + ch, 4 if len(w2) + 1 >= 2 else 2)
        return state if not w2 else (w1, w2, 4)
    return state


def _step(item: Any, states: set[State], pairs: bool) -> set[State]:
    import re._constants as c

    op, av = item
    if op in (c.LITERAL, c.IN):
        chars = _chars(item)
        return {_advance(st, ch, pairs) if st[2] != 4 else st for st in states for ch in chars}
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return states  # zero width
    if op == c.SUBPATTERN:
        return _walk(list(av[-1].data), states, pairs)
    if op == c.ATOMIC_GROUP:
        return _walk(list(av.data), states, pairs)
    if op == c.BRANCH:
        out: set[State] = set()
        for alt in av[1]:
            out |= _walk(list(alt.data), states, pairs)
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        result: set[State] = set(states) if lo == 0 else set()
        cur = states
        for i in range(1, 5):
            if i > hi:
                break
            nxt = _walk(list(sub.data), cur, pairs)
            if i >= lo:
                result |= nxt
            if nxt == cur or all(st[2] == 4 for st in nxt):
                return result | nxt
            cur = nxt
        if hi > 4:
            raise _GiveUp  # an unbounded repeat still inside a word
        return result
    raise _GiveUp
