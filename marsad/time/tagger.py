"""Finding a document's time expressions: grammar hits → anchored ``Time`` records.

Steps, each small:

1. scan the time view of ``doc.folded`` with the grammar (``grammar.Grammar.scan``);
2. drop an expression that lies inside a longer name (a place or an actor: "قوى 14 آذار")
   or ends a two-word quoted title («المصري اليوم»), and the same title unquoted;
3. map each span back to ``doc.text`` (trailing diacritics kept with their letter);
4. anchor each value in text order (``resolve.resolve``), with the tense of its clause for
   months and weekdays given without a year, and the times before it for العام ذاته;
5. join two dates written as one interval (من أيلول 2024 إلى آذار 2025; ``data/ranges.tsv``).

Ids are T1, T2 … in text order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Doc
from ..record import Time
from ..resources import read_tsv
from ..text.normalise import fold_text
from .grammar import DATA_PACKAGE, Grammar, Hit, TimeView, load_grammar, time_view
from .resolve import Resolved, Tense, grain_of, resolve

__all__ = ["Context", "load_context", "find_times", "tense_at", "Found"]

_CLAUSE_END = re.compile(r"[،,؛;:.!?؟\n()«»\"]")
_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"(\w+)\W*$")
# the hour of a daily rite, named by موعد, is a time of day, no deadline ahead: "قبيل موعد الإفطار مساء الاثنين"
_RITE_HOUR = re.compile(r"موعد\s+(?:ال)?(?:افطار|سحور|صلاه|اذان)")


@dataclass(frozen=True)
class Context:
    """Tense cues (``data/context.tsv``) and interval connectors (``data/ranges.tsv``)."""

    future_pre: frozenset[str]
    past_pre: frozenset[str]
    future: re.Pattern[str]
    not_verb: frozenset[str]
    ranges: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]


@lru_cache(maxsize=1)
def load_context() -> Context:
    kinds: dict[str, list[str]] = {}
    for row in read_tsv(DATA_PACKAGE, "context.tsv", min_fields=2):
        kinds.setdefault(row[0], []).append(fold_text(row[1]))
    phrases = sorted(kinds.get("future", []), key=len, reverse=True)
    future = re.compile(r"(?<!\w)(?:[وف]?)(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")(?!\w)")
    ranges = []
    for row in read_tsv(DATA_PACKAGE, "ranges.tsv", min_fields=2):
        opener = re.compile(r"(?<!\w)[وف]?(?P<w>" + re.escape(fold_text(row[0])) + r")\s+$")
        joins = "|".join(re.escape(fold_text(j.strip())) for j in row[1].split("|"))
        ranges.append((opener, re.compile(r"^\s*(?:" + joins + r")\s*$")))
    return Context(frozenset(kinds.get("future_pre", [])), frozenset(kinds.get("past_pre", [])), future,
                   frozenset(kinds.get("not_verb", [])), tuple(ranges))


def _strip_clitic(word: str) -> str:
    for p in ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word


def tense_at(view: str, start: int, ctx: Context) -> Tense:
    """Future or past for an expression at ``start`` of the view, from the words before it in its clause."""
    lo = max(0, start - 200)
    window = view[lo:start]
    cuts = [m.end() for m in _CLAUSE_END.finditer(window)]
    cut = cuts[-1] if cuts else 0
    if cuts and not _WORD.search(window, cut):  # "ستعقد القمة، الخميس،": the clause before the comma
        cut = cuts[-2] if len(cuts) > 1 else 0
    clause = window[cut:]
    m = _LAST_WORD.search(clause)
    if m:
        prev = m.group(1)
        for w in (prev, _strip_clitic(prev)):
            if w in ctx.future_pre:
                return "future"
            if w in ctx.past_pre:
                return "past"
    if ctx.future.search(_RITE_HOUR.sub(" ", clause)):
        return "future"
    for w in _WORD.findall(clause):
        core = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
        # (not سـ + أ: folded it is "سا", which begins ساعات، سابقاً، ساحة، سافر far more often than a first person)
        if len(core) >= 4 and core[0] == "س" and core[1] in "يتن" and core not in ctx.not_verb and not core[1:].isdigit():
            return "future"
    return None


@dataclass(slots=True)
class Found:
    """A time expression on its way to a record: view span, original span, template, anchored value."""

    vstart: int
    vend: int
    start: int
    end: int
    template: str
    resolved: Resolved


class _Names:
    """The place and actor mentions of a document, to tell a time inside a name ("قوى 14 آذار")."""

    def __init__(self, doc: Doc) -> None:
        spans = sorted((m.start, m.end) for layer in ("places", "actors") for m in doc.spans.get(layer, ()))
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def around(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        while i >= 0 and self.starts[i] >= start - 300:
            s, e = self.spans[i]
            if end <= e and (e - s) > (end - start):
                return True
            i -= 1
        return False


_QUOTED = re.compile(r"«[^«»]*»")


def _quoted(quotes: list[tuple[int, int]], start: int) -> bool:
    return any(a < start < b for a, b in quotes)


_QUOTE_OPEN = re.compile(r"[«\"“]\s*\w+\s+$")
_QUOTE_CLOSE = re.compile(r"\s*[»\"”]")


_PREV_WORD = re.compile(r"(\w+)\s+$")


def _quoted_title(view: str, hit: Hit) -> bool:
    """A one-word time that ends a two-word quotation is a title: «المصري اليوم», "روسيا اليوم"."""
    if " " in view[hit.start:hit.end].strip():
        return False
    return bool(_QUOTE_OPEN.search(view, max(0, hit.start - 30), hit.start) and _QUOTE_CLOSE.match(view, hit.end))


def _with_word_before(view: str, hit: Hit) -> str | None:
    """The word before a one-word time and the time itself ("الارز اليوم"), else None."""
    if " " in view[hit.start:hit.end].strip():
        return None
    m = _PREV_WORD.search(view, max(0, hit.start - 30), hit.start)
    return f"{m.group(1)} {view[hit.start:hit.end]}" if m else None


def _titles(view: str, hits: list[Hit]) -> set[str]:
    """Titles quoted somewhere in the article: the same words unquoted are the title too
    (a dateline "بيروت – الأرز اليوم" after "لـ«الأرز اليوم»")."""
    return {t for h in hits if _quoted_title(view, h) and (t := _with_word_before(view, h))}


def _to_original(doc: Doc, view: TimeView, vs: int, ve: int) -> tuple[int, int]:
    fs, fe = view.folded_span(vs, ve)
    s, e = doc.folded.span(fs, fe)
    text = doc.text
    while e < len(text) and ("\u064b" <= text[e] <= "\u065f" or text[e] in "\u0670\u0640"):
        e += 1  # a tanween or shadda after the last letter belongs to it (يوماً)
    return s, e


# a dateline with its date: the town (one or two words), then the day and the month before the agency's bracket or a
# dash ("عمّان 18 كانون الثاني (بترا)- …")
_DATELINE_DATE = re.compile(r"(?:[^\s،,.:\d]{2,20}\s+){1,2}(?=\d{1,2}\s+[^\s\d]+(?:\s+[^\s\d(]+)?\s*[(\-–—])")


def _dateline_opened(view: str) -> str:
    """The view with a dateline's town blanked out (offsets kept) so that its day and month read as a date that
    opens the text, as after a comma."""
    m = _DATELINE_DATE.match(view)
    if m is None or m.end() < 2:
        return view
    return " " * (m.end() - 2) + "، " + view[m.end():]


def find_times(doc: Doc, grammar: Grammar | None = None, ctx: Context | None = None) -> list[Time]:
    """The time expressions of a document, as record ``Time`` objects (T1, T2 … in text order)."""
    grammar = grammar or load_grammar()
    ctx = ctx or load_context()
    view = time_view(doc.folded.text)
    found: list[Found] = []
    history: list[Resolved] = []
    names = _Names(doc)
    today = doc.published.isoformat()[:10] if doc.published is not None else None
    quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(doc.text)]

    def valid(hit: Hit) -> bool:  # a date that cannot exist must not take a place a shorter reading could fill
        return "SAME" in hit.value or all(resolve(v, doc.published) is not None for v in hit.value.split("?"))

    hits = grammar.scan(_dateline_opened(view.text), valid)
    titles = _titles(view.text, hits)
    for hit in hits:
        start, end = _to_original(doc, view, hit.start, hit.end)
        if names.around(start, end) or _quoted_title(view.text, hit) or (
                titles and _with_word_before(view.text, hit) in titles):
            continue
        value = hit.value
        tense = tense_at(view.text, hit.start, ctx) if ("NEAR:" in value or "?" in value) else None
        if "?" in value:  # A?B: A in a future clause, else B
            future, otherwise = value.split("?", 1)
            value = future if tense == "future" else otherwise
        r = resolve(value, doc.published, tense=tense, history=history)
        if r is None:
            continue
        found.append(Found(hit.start, hit.end, start, end, value, r))
        if not (r.relative and r.grain == "day" and r.value == today and _quoted(quotes, start)):
            # ("«البحار يعود اليوم بصندوق»": a speaker's today is his now, no day the report names for
            # "مساء اليوم نفسه" to mean again)
            history.append(r)
    found = _join_intervals(doc, view, found, ctx)
    return [
        Time(id=f"T{i}", start=f.start, end=f.end, text=doc.text[f.start:f.end], value=f.resolved.value,
             grain=f.resolved.grain, relative=f.resolved.relative, calendar=f.resolved.calendar)  # type: ignore[arg-type]
        for i, f in enumerate(found, 1)
    ]


_JOINABLE = ("day", "month", "year", "quarter", "week")


# a first day with its opening word right before a full date ("من 4 إلى 10 جوان 2025"، "بين 3 و9 أيلول"): one span of
# days of that month (view text: digits already Western)
_DAY_SPAN_HEAD = re.compile(r"(?:^|\s)(?:(?:في )?(?:الفتره )?(?:الممتده )?)(?:من|بين) (\d{1,2}) (?:الي|حتي|و|لغايه) ?$")


def _day_span(doc: Doc, view: TimeView, b: Found) -> Found | None:
    """"خلال الفترة الممتدة من 4 إلى 10 جوان 2025": the days from the first to b, a full date, in b's month."""
    rb = b.resolved
    if rb.value is None or rb.grain != "day" or rb.calendar != "gregorian":
        return None
    m = _DAY_SPAN_HEAD.search(view.text[max(0, b.vstart - 40):b.vstart])
    if m is None:
        return None
    first = int(m.group(1))
    last = int(rb.value[8:10])
    if not 1 <= first < last:
        return None
    vstart = b.vstart - (len(view.text[max(0, b.vstart - 40):b.vstart]) - m.start(1))
    vstart = view.text.rfind(" ", 0, vstart) + 1 if view.text[vstart - 1:vstart] != " " else vstart
    head = max(view.text.rfind("من ", max(0, vstart - 4), vstart), view.text.rfind("بين ", max(0, vstart - 5), vstart))
    vstart = head if head >= 0 else vstart
    start, _ = _to_original(doc, view, vstart, b.vstart)
    value = f"{rb.value[:8]}{first:02d}/{rb.value}"
    return Found(vstart, b.vend, start, b.end, f"span:{b.template}", Resolved(value, "interval", rb.relative, rb.calendar))


def _join_intervals(doc: Doc, view: TimeView, found: list[Found], ctx: Context) -> list[Found]:
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        span = _day_span(doc, view, a)
        if span is not None:
            out.append(span)
            i += 1
            continue
        if i + 1 < len(found):
            b = found[i + 1]
            joined = _join(doc, view, a, b, ctx)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _join(doc: Doc, view: TimeView, a: Found, b: Found, ctx: Context) -> Found | None:
    ra, rb = a.resolved, b.resolved
    if ra.value is None or rb.value is None or ra.calendar != rb.calendar:
        return None
    between = view.text[a.vend:b.vstart]
    before = view.text[max(0, a.vstart - 12):a.vstart]
    for opener, joiner in ctx.ranges:
        mo = opener.search(before)
        if not mo or not joiner.match(between):
            continue
        va, vb = ra.value, rb.value
        if "XXXX" in a.template and rb.grain in ("day", "month") and ra.grain == rb.grain:
            filled = a.template.split(":", 1)[-1].replace("XXXX", vb[:4])
            again = resolve(filled, doc.published)
            if again is not None and again.value is not None:
                va = again.value
                if va > vb:
                    va = f"{int(va[:4]) - 1:04d}{va[4:]}"
        ga, gb = grain_of(va), grain_of(vb)
        if ga != gb or ga not in _JOINABLE or va >= vb:
            return None
        vstart = a.vstart - (len(before) - mo.start("w"))
        start, _ = _to_original(doc, view, vstart, a.vstart)
        value = f"{va}/{vb}"
        return Found(vstart, b.vend, start, b.end, f"{a.template}/{b.template}",
                     Resolved(value, "interval", ra.relative or rb.relative, ra.calendar))
    return None
