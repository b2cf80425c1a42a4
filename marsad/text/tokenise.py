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

from ..doc import Token
from ..lang.ar import proclitics
from .normalise import _TABLE as _FOLD_TABLE

__all__ = ["tokenise", "clitic_splits", "split_article", "WORD_RE"]

_LETTER = r"A-Za-z\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06D5-\u06FF\u0640\u064B-\u065F\u0670\u200c\u200d"
WORD_RE = re.compile(
    r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*"
    rf"|[{_LETTER}]+"
)
_DIGITS = set("0123456789")
_CLITIC_FIRST = frozenset("وفبكل")  # first letters of the prefixes below


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


def clitic_splits(folded_word: str) -> list[tuple[str, str]]:
    """Every (proclitic, rest) reading of a folded word, the unsplit one first; rest keeps >= 2 letters."""
    out = [("", folded_word)]
    for p in proclitics():
        if folded_word.startswith(p) and len(folded_word) - len(p) >= 2:
            out.append((p, folded_word[len(p):]))
    if folded_word.startswith(("لل", "ولل", "فلل")):
        i = folded_word.index("لل")
        out.append((folded_word[: i + 1], "ال" + folded_word[i + 2:]))
    return out


def tokenise(text: str) -> list[Token]:
    tokens: list[Token] = []
    table = _FOLD_TABLE  # fold_text, without a call per token
    for m in WORD_RE.finditer(text):
        raw = m.group()
        folded = raw.translate(table)
        if not folded:
            continue
        is_digit = folded[0] in _DIGITS
        prefix, stem = ("", folded) if is_digit else split_article(folded)
        tokens.append(Token(m.start(), m.end(), raw, folded, prefix, stem, is_digit))
    return tokens
