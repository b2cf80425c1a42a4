"""Arabic personal names -> readable English ("حسين علاوي" -> "Hussein Allawi").

Two steps: a table of the usual English spellings of common names (``data/names.tsv``,
longest phrase first, so "عبد الله" and "نصر الله" are one name each), then, for a word
the table does not know, rules: the article becomes "al-", consonants map to their
common English letters, long vowels are written, and a short "a" is put between
consonants that would otherwise clash (Arabic script does not write short vowels, so
the rule guesses the most frequent one). The result is readable, not scholarly.
"""

from __future__ import annotations

from functools import lru_cache

from ..resources import read_tsv
from ..text.normalise import fold_text

__all__ = ["romanise", "romanise_word", "name_table"]

_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "پ": "p", "چ": "ch", "گ": "g", "ڤ": "v", "ژ": "zh", "ء": "", "ئ": "", "ؤ": "",
}
_VOWELS = "aeiou"


@lru_cache(maxsize=1)
def name_table() -> dict[str, tuple[str, str, bool]]:
    """Folded name (one or more words) -> (English, kind, ambiguous); first row wins."""
    out: dict[str, tuple[str, str, bool]] = {}
    for row in read_tsv("marsad.actors", "data/names.tsv", min_fields=3):
        key = " ".join(fold_text(row[0]).split())
        if key not in out:
            out[key] = (row[1], row[2], len(row) > 3 and row[3] == "1")
    return out


def _units(word: str) -> list[tuple[str, str]]:
    """Letters as (C|V, Latin) units; و and ي are vowels or consonants by position."""
    units: list[tuple[str, str]] = []
    n = len(word)
    for i, ch in enumerate(word):
        prev_c = bool(units) and units[-1][0] == "C"
        nxt = word[i + 1] if i + 1 < n else ""
        if ch == "ا":
            if i == 0 and nxt == "و" and i + 2 < n and word[i + 2] not in "اوي":
                units.append(("V", "o"))
            elif not (units and units[-1] == ("V", "a")):
                units.append(("V", "a"))
        elif ch == "و":
            if i == 0 or nxt in ("ا", "ي") or not prev_c:
                if not (units and units[-1][1] == "o"):
                    units.append(("C", "w"))
            elif i == n - 1 and n > 3 and word[i - 2] not in "اوي" and word[i - 1] == "ر":
                pass  # عمرو: the final waw is not pronounced
            else:
                units.append(("V", "ou" if i == n - 1 else "u"))
        elif ch == "ي":
            if i == 0 or not prev_c:
                units.append(("C", "y"))
            elif nxt == "ا":
                units.extend([("V", "i"), ("C", "y")])
            else:
                units.append(("V", "i"))
        elif ch == "ه" and i == n - 1 and i > 0:  # folded ة, or a final h
            units.append(("V", "a") if prev_c else ("C", "h"))
        else:
            lat = _CONSONANTS.get(ch)
            if lat is None:
                continue
            if units and units[-1] == ("C", lat) and lat:  # written once, said twice: keep one
                continue
            units.append(("C", lat))
    return units


def _rules(word: str) -> str:
    """Rule-based romanisation of one folded word without the article."""
    units = _units(word)
    out: list[str] = []
    run = 0  # consonants in a row in the output so far
    for i, (kind, lat) in enumerate(units):
        if kind == "V":
            run = 0
        else:
            # Arabic words do not begin with two consonants, and rarely run three together:
            # put back the short vowel the script leaves out.
            if run and (i == 1 or run >= 2):
                out.append("a")
                run = 0
            run += 1
        out.append(lat)
    s = "".join(out)
    return s[:1].upper() + s[1:] if s else s


def romanise_word(word: str) -> str:
    """One folded or unfolded word: the table, else "al-" + rules."""
    f = fold_text(word)
    table = name_table()
    if f in table:
        return table[f][0]
    if f.startswith("ال") and len(f) > 3:
        rest = f[2:]
        if rest in table:
            base = table[rest][0]
            return "al-" + base
        return "al-" + _rules(rest)
    return _rules(f)


def romanise(name: str) -> str:
    """A whole name: longest known phrases first, then word by word."""
    words = fold_text(name).split()
    table = name_table()
    out: list[str] = []
    i = 0
    while i < len(words):
        for k in (3, 2):
            if i + k <= len(words):
                phrase = " ".join(words[i:i + k])
                if phrase in table:
                    out.append(table[phrase][0])
                    i += k
                    break
        else:
            w = words[i]
            if w == "عبد" and i + 1 < len(words) and words[i + 1].startswith("ال"):
                out.append("Abdul " + romanise_word(words[i + 1]).replace("al-", "").capitalize())
                i += 2
                continue
            out.append(romanise_word(w))
            i += 1
    text = " ".join(p for p in out if p)
    if text.startswith("al-"):
        text = "Al-" + text[3:]
    return text
