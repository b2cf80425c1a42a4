"""Surface forms of Arabic verbs and verbal nouns, generated from a lexicon's stems.

The trigger and cue lexicons list each verb once, as its past and present stems
(``انسحب|ينسحب``), and each verbal noun once (``انسحاب``). This module expands them
into the forms news text uses: past, present (indicative, subjunctive/jussive) and
future (سـ) for every person and number, and nouns with their dual and construct
forms (ة → ت before a pronoun). Proclitics (و ف ب ل ال …) and the attached object
pronouns are left to ``PhraseMatcher``; forms are folded (``fold_text``) so that
spelling variants (أ/ا, ة/ه, ى/ي, diacritics) need not be listed.
"""

from __future__ import annotations

from ..text.normalise import fold_text

__all__ = ["verb_forms", "noun_forms", "PRONOUN_SUFFIXES", "Tense"]

# Object and possessive pronouns attached to verbs and nouns (folded).
PRONOUN_SUFFIXES = ("ه", "ها", "هما", "هم", "هن", "نا", "ك", "كم")

Tense = str  # "past" | "present" | "future"


# common words that a defective verb's stem + ا would spell on its own
_FUNCTION_WORDS = frozenset({"انها", "انا", "منها", "عنها", "فيها", "هنا"})


def _past_forms(stem: str, hamza: bool = False) -> list[str]:
    """Past tense, all persons: انسحب → انسحبت انسحبا انسحبوا …; أخلى → أخلت أخلوا …"""
    if stem.endswith("ي") and len(stem) > 2:  # defective verb (folded ى → ي): أخلى، ألقى، أنهى
        base = stem[:-1]
        forms = [stem, base + "ت", base + "يا", base + "تا", base + "وا", base + "ين",
                 base + "يت", base + "ينا", base + "يتم", base + "ا"]  # base + ا takes a pronoun: أجراها
        # (not when it spells a common word alone: أنهى → "انها" is أنّها "that it")
        return [f for f in forms if f not in _FUNCTION_WORDS]
    if stem.endswith("ا") and len(stem) > 2 and not hamza:  # دعا، تلا (not بدأ، قرأ)
        base = stem[:-1]
        # (not the first and second persons دعوتُ، دعونا: in news they are the noun دعوة with a pronoun,
        # "دعوتها"، or the imperative "دعونا")
        return [stem, base + "ت", base + "وا", base + "تا", base + "ون"]
    return [stem, stem + "ت", stem + "ا", stem + "تا", stem + "وا", stem + "ن", stem + "نا",
            stem + "تم", stem + "تما"]


def _present_forms(stem: str) -> list[str]:
    """Present tense (indicative and subjunctive/jussive), all persons, from the 3ms form."""
    if not stem or stem[0] not in "يت":
        return [stem]
    r = stem[1:]
    out: list[str] = []
    if r.endswith("ي") and len(r) > 2:  # defective: يخلي → يخلون تخلين يخليان
        base = r[:-1]
        for p in ("ي", "ت", "ن", "ا"):
            out.append(p + r)
        out += ["ي" + base + "ون", "ت" + base + "ون", "ي" + base + "وا", "ت" + base + "وا",
                "ي" + r + "ان", "ت" + r + "ان", "ي" + r + "ا", "ت" + r + "ا", "ي" + r + "ن", "ت" + r + "ن",
                "ي" + base, "ت" + base]  # jussive: لم يخلِ، لم تنتهِ
        return out
    if r.endswith("و") and len(r) > 2:  # يدعو → يدعون تدعو يدعوان
        base = r[:-1]
        out += ["ي" + r, "ت" + r, "ن" + r, "ا" + r, "ي" + base + "ون", "ت" + base + "ون", "ي" + base + "وا",
                "ي" + r + "ان", "ت" + r + "ان", "ي" + r + "ن"]
        return out
    for p in ("ي", "ت", "ن", "ا"):
        out.append(p + r)
    out += ["ي" + r + "ون", "ت" + r + "ون", "ي" + r + "وا", "ت" + r + "وا", "ي" + r + "ان",
            "ت" + r + "ان", "ي" + r + "ا", "ت" + r + "ا", "ي" + r + "ن", "ت" + r + "ين"]
    return out


def verb_forms(past: str, present: str) -> list[tuple[str, Tense]]:
    """Every folded form of a verb with its tense: past, present, and future (سـ + present)."""
    past_f, pres_f = fold_text(past), fold_text(present)
    seen: dict[str, Tense] = {}
    for f in _past_forms(past_f, hamza=past.endswith(("أ", "ء", "ئ", "ؤ"))):
        seen.setdefault(f, "past")
    if pres_f:
        for f in _present_forms(pres_f):
            seen.setdefault(f, "present")
            seen.setdefault("س" + f, "future")
    return list(seen.items())


def noun_forms(noun: str) -> list[str]:
    """A verbal noun and its dual and construct forms (folded): غارة → غاره غارتين غارتان غارت…"""
    n = fold_text(noun)
    out = [n]
    if n.endswith("ه") and len(n) > 2:  # ta marbuta (folded): غاره
        base = n[:-1]
        out += [base + "تين", base + "تان"]
        out += [base + "ت" + s for s in PRONOUN_SUFFIXES]
    elif n.endswith("اء") and len(n) > 3:  # إخلاء → إخلائها إخلاؤها
        base = n[:-1]
        out += [n + "ين", n + "ان"]
        for h in ("ئ", "ؤ"):
            out += [base + h + s for s in PRONOUN_SUFFIXES]
    elif not n.endswith(("ات", "ين", "ون")):
        out += [n + "ين", n + "ان"] if len(n) > 3 else []
        out.append(n + "ا")  # accusative with tanween: هجوماً، اتفاقاً، طلباً
    return list(dict.fromkeys(out))
