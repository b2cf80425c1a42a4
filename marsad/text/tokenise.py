"""Tokens with original offsets and clitic segmentation.

A token is a run of Arabic/Latin letters (diacritics included) or a number
(Western or Eastern digits, with ``,``/``.``/``٬``/``٫`` inside). Proclitics before
the article (و ف ب ك ل + ال: "والقوات", "بالقاعدة", "للقوات") are split off
deterministically; a bare proclitic on a word without the article ("وبغداد") is
ambiguous ("بغداد" itself starts with ب), so ``clitic_splits`` lists every reading
and the lexicon matchers decide.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from ..doc import Token
from ..lang.ar import proclitics
from .normalise import fold_text

__all__ = ["tokenise", "clitic_splits", "split_article", "WORD_RE"]

_LETTER = r"A-Za-z\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06D5-\u06FF\u0640\u064B-\u065F\u0670\u200c\u200d"
WORD_RE = re.compile(
    r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*"
    rf"|[{_LETTER}]+"
)
_SPLIT = re.compile(f"({WORD_RE.pattern})")  # words at odd places, what lies between at even ones
_DIGITS = set("0123456789")
_CLITIC_FIRST = frozenset("وفبكل")  # first letters of the prefixes below


@lru_cache(maxsize=1 << 16)  # per word form: the same words recur in every article
def split_article(folded_word: str) -> tuple[str, str]:
    """Split conjunction/preposition clitics before the article: (prefix, stem with ال)."""
    if folded_word[:1] not in _CLITIC_FIRST:  # most words: no prefix can match
        return "", folded_word
    for p in ("وبال", "فبال", "وكال", "وال", "فال", "بال", "كال"):
        if folded_word.startswith(p) and len(folded_word) - len(p) >= 2:
            return p[:-2], "ال" + folded_word[len(p):]
    for p in ("ولل", "فلل", "لل"):  # ل + ال drops the alef: للقوات = ل + القوات
        if folded_word.startswith(p) and len(folded_word) - len(p) >= 2:
            return p[:-1], "ال" + folded_word[len(p):]
    return "", folded_word


@lru_cache(maxsize=1 << 16)  # per word form, as layers ask it for every token of every article
def clitic_splits(folded_word: str) -> tuple[tuple[str, str], ...]:
    """Every (proclitic, rest) reading of a folded word, the unsplit one first; rest keeps >= 2 letters."""
    out = [("", folded_word)]
    for p in proclitics():
        if folded_word.startswith(p) and len(folded_word) - len(p) >= 2:
            out.append((p, folded_word[len(p):]))
    if folded_word.startswith(("لل", "ولل", "فلل")):
        i = folded_word.index("لل")
        out.append((folded_word[: i + 1], "ال" + folded_word[i + 2:]))
        if len(folded_word) - i >= 4:
            # a stem that starts with ل keeps its own: للواء = ل + اللواء، للاجئين = ل + اللاجئين
            out.append((folded_word[: i + 1], "ال" + folded_word[i + 1:]))
    return tuple(out)


def tokenise(text: str) -> list[Token]:
    # one C-level split gives the words and, from the lengths of the pieces, their offsets;
    # the words are folded together (they hold no space, and folding makes none)
    pieces = _SPLIT.split(text)
    raws = pieces[1::2]
    if not raws:
        return []
    offsets = list(accumulate(map(len, pieces)))  # offsets[k] = end of piece k
    folded_words = fold_text(" ".join(raws)).split(" ")
    tokens: list[Token] = []
    append = tokens.append
    digits = _DIGITS
    split = split_article
    for k, raw, folded in zip(range(1, len(pieces), 2), raws, folded_words):
        if not folded:
            continue
        end = offsets[k]
        if folded[0] in digits:
            append(Token(end - len(raw), end, raw, folded, "", folded, True))
        else:
            prefix, stem = split(folded)
            append(Token(end - len(raw), end, raw, folded, prefix, stem, False))
    return tokens
