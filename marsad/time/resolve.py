"""Anchoring time values: the one place that reads ``doc.published``.

The grammar (``rules.tsv``) turns an expression into a value template; ``resolve`` turns
that into the ISO 8601 value of RECORD.md, its grain, whether it was counted from the
publication date (``relative``), and its calendar. The forms are listed in the header of
``rules.tsv``. The policies, in one place:

- **Counted periods** (``REF±nU``): the publication date moved by n units, at that unit's
  grain: أمس → the day before; الأسبوع الماضي → the ISO week of the date 7 days before
  (2025-W33); الشهر المقبل → the next month; العام الماضي → the year before; القرن الماضي
  → the century before (ISO ``19``). Hours and minutes (قبل ساعتين) give the day.
- **A weekday given with a counted day** (``…@WDn``: أمس الاثنين, اليوم الأحد): when the
  weekday agrees with the date, that date. When it does not (a publication date a day off
  is common: time zones, late posting), the weekday wins, since the writer chose it: the
  most recent such weekday on or before the counted day for اليوم/أمس/أمس الأول, and the
  first on or after it for غداً/بعد غد.
- **Directed months** (``DIR±n:XXXX-MM``): المقبل = the first such month after the
  publication month, الماضي = the last one before it (آب الماضي published in August 2025
  → 2024-08), الجاري/الحالي = the publication year's. A day in a directed month takes the
  month's year. Directed weekdays: الماضي = the last one before the publication day,
  المقبل = the first one after it.
- **Months, days and weekdays without a year** (``NEAR:``): a future tense in the clause
  (سـ/سوف, من المقرر, بحلول …; see ``data/context.tsv``) → the first on or after
  publication; a past one (منذ) → the last on or before it; neither → the nearest to the
  publication date, a tie going to the past (news mostly reports what happened). A weekday
  without tense is the most recent one on or before publication.
- **Bare decades** (``LAST:XX8X``, الثمانينيات): the latest such decade that has begun by
  publication.
- **Hijri** values are converted by ``marsad.time.hijri``; a Hijri month without a year
  is placed like a Gregorian one, in Hijri months.
- **The period last named** (``SAME±n:U``: العام ذاته, اليوم التالي): the latest earlier
  time in the article that has that unit, moved by n; none → null. It is not relative.
  ``SAME+0:Y-07`` (تموز من العام نفسه) is a month of that year.
- **No publication date**: every value that needs one is null (never a guess); its grain
  is still given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from . import hijri

__all__ = ["Resolved", "Tense", "resolve", "grain_of", "year_of"]

Tense = Literal["past", "future"] | None

_DUMMY = dt.date(2000, 6, 15)


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str | None
    grain: str
    relative: bool = False
    calendar: str = "gregorian"


class _Drop(Exception):
    """The template cannot be a real date (31 February, an interval that runs backwards)."""


_GRAINS = [
    (re.compile(r"^\d{4}-\d\d-\d\d$"), "day"),
    (re.compile(r"^\d{4}-W\d\d$"), "week"),
    (re.compile(r"^\d{4}-\d\d$"), "month"),
    (re.compile(r"^\d{4}-Q\d$"), "quarter"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}X$"), "decade"),
    (re.compile(r"^\d{2}$"), "century"),
]


def grain_of(value: str) -> str:
    """The RECORD.md grain of an ISO value."""
    if "/" in value:
        return "interval"
    if value.startswith("P"):
        return "duration"
    for rx, grain in _GRAINS:
        if rx.match(value):
            return grain
    raise ValueError(f"not a time value: {value!r}")


def year_of(value: str | None) -> int | None:
    """The (first) year of a value, if it has one."""
    if value and _YEAR_FIRST.match(value):
        return int(value[:4])
    return None


# --------------------------------------------------------------------------- calendar helpers
def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _day(y: int, m: int, d: int) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError as exc:
        raise _Drop(str(exc)) from exc


def _check_year(y: int) -> int:
    if not 1 <= y <= 9999:
        raise _Drop(f"year {y}")
    return y


# --------------------------------------------------------------------------- the forms
_DURATION = re.compile(r"^P(\d+)(DE|MIN|D|W|M|Y|C|H)$")
_REF = re.compile(r"^REF([+-]\d+)(DE|MIN|D|W|M|Q|Y|C|H)(?:-([^@]+))?(?:@WD(\d))?$")
_DIRECTED = re.compile(r"^(NEAR|LAST|DIR[+-]\d+):(.+)$")
_SAME = re.compile(r"^SAME([+-]\d+):(DE|D|W|M|Y|C)(?:-(\d\d))?$")  # (Y-07: July of that year)
_ABS = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_HIJRI = re.compile(r"^H:(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")
_HIJRI_IN_YEAR = re.compile(r"^H:REF([+-]\d+)Y-(\d\d)$")
_PARTIAL_MONTH = re.compile(r"^(H:)?XXXX-(\d\d)(?:-(\d\d))?$")
_PARTIAL_WEEKDAY = re.compile(r"^WD(\d)$")
_PARTIAL_DECADE = re.compile(r"^XX(\d)X$")
_YEAR_FIRST = re.compile(r"^\d{4}")
_DECADE = re.compile(r"^\d{3}X$")
_CENTURY = re.compile(r"^C(\d\d)$")


def resolve(template: str, published: dt.date | None, *, tense: Tense = None,
            history: Sequence[Resolved] = ()) -> Resolved | None:
    """Anchor a filled value template (see rules.tsv). None: not a real date, drop it."""
    try:
        if published is None and _needs_published(template):
            value, relative, calendar = _anchor(template, _DUMMY, tense, history)
            return Resolved(None, grain_of(value) if value else _grain_without(template), True, calendar)
        value, relative, calendar = _anchor(template, published or _DUMMY, tense, history)
    except _Drop:
        return None
    if value is None:
        return Resolved(None, _grain_without(template), relative, calendar)
    return Resolved(value, grain_of(value), relative, calendar)


def _needs_published(template: str) -> bool:
    return any(tok in template for tok in ("REF", "NEAR:", "LAST:", "DIR"))  # H:REF… included


def _grain_without(template: str) -> str:
    """The grain of a template whose value could not be given (no antecedent, no date)."""
    m = _SAME.match(template)
    if m:
        if m.group(3):
            return "month"
        return {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade", "C": "century"}[m.group(2)]
    h = _HIJRI.match(template.split(":", 1)[-1] if not template.startswith("H:") else template)
    if h:  # a Hijri date outside the converter's range
        return "day" if h.group(3) else "month" if h.group(2) else "interval"
    return "interval"


def _anchor(t: str, pub: dt.date, tense: Tense, history: Sequence[Resolved]) -> tuple[str | None, bool, str]:
    """(value, relative, calendar)."""
    if "/" in t:
        return _interval(t, pub, tense, history)
    if (m := _DURATION.match(t)):
        return _duration(int(m.group(1)), m.group(2)), False, "gregorian"
    if (m := _REF.match(t)):
        return _ref(int(m.group(1)), m.group(2), m.group(3), m.group(4), pub), True, "gregorian"
    if (m := _HIJRI_IN_YEAR.match(t)):
        return _hijri_in_year(pub.year + int(m.group(1)), int(m.group(2))), True, "hijri"
    if (m := _DIRECTED.match(t)):
        mode, partial = m.group(1), m.group(2)
        return _directed(mode, partial, pub, tense), True, ("hijri" if partial.startswith("H:") else "gregorian")
    if (m := _SAME.match(t)):
        value = _same(int(m.group(1)), m.group(2), history)
        if value is not None and m.group(3):
            value = f"{value}-{m.group(3)}"  # "تموز من العام نفسه": July of the year last named
        return value, False, "gregorian"
    if (m := _HIJRI.match(t)):
        y, mo, d = m.group(1), m.group(2), m.group(3)
        value = _hijri_value(int(y), int(mo) if mo else None, int(d) if d else None)
        if value is None and hijri.HIJRI_RANGE[0] <= int(y) <= hijri.HIJRI_RANGE[1]:
            raise _Drop("no such Hijri day")
        return value, False, "hijri"
    if (m := _HALF.match(t)):
        y, h = int(m.group(1)), int(m.group(2))
        return (f"{y}-01/{y}-06" if h == 1 else f"{y}-07/{y}-12"), False, "gregorian"
    if _QUARTER.match(t) or _DECADE.match(t):
        return t, False, "gregorian"
    if (m := _CENTURY.match(t)):
        return m.group(1), False, "gregorian"
    if (m := _ABS.match(t)):
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        if d:
            _day(y, int(mo), int(d))
        return t, False, "gregorian"
    raise ValueError(f"unknown time value template {t!r}")


def _interval(t: str, pub: dt.date, tense: Tense, history: Sequence[Resolved]) -> tuple[str | None, bool, str]:
    a_t, b_t = t.split("/", 1)
    a, ra, _ = _anchor(a_t, pub, tense, history)
    b, rb, _ = _anchor(b_t, pub, tense, history)
    if a is None or b is None:
        return None, ra or rb, "gregorian"
    if grain_of(a) != grain_of(b):
        raise _Drop("interval of two grains")
    if a > b and grain_of(a) in ("month", "day"):  # من تشرين الثاني إلى شباط 2025: the start is the year before
        a = f"{int(a[:4]) - 1:04d}{a[4:]}"
    if a > b:
        raise _Drop("interval runs backwards")
    if a == b:
        return a, ra or rb, "gregorian"
    return f"{a}/{b}", ra or rb, "gregorian"


def _duration(n: int, unit: str) -> str:
    if n <= 0:
        raise _Drop("empty duration")
    if unit == "DE":
        return f"P{10 * n}Y"
    if unit == "C":
        return f"P{100 * n}Y"
    if unit == "H":
        return f"PT{n}H"
    if unit == "MIN":
        return f"PT{n}M"
    return f"P{n}{unit}"


def _ref(n: int, unit: str, refine: str | None, weekday: str | None, pub: dt.date) -> str:
    if unit in ("D", "H", "MIN"):
        days = n if unit == "D" else int(n / (24 if unit == "H" else 1440))
        d = pub + dt.timedelta(days=days)
        if weekday:
            d = _agree_weekday(d, int(weekday), forward=days > 0)
        return d.isoformat()
    if unit == "W":
        return _iso_week(pub + dt.timedelta(days=7 * n))
    if unit == "M":
        y, m = _add_months(pub.year, pub.month, n)
        if refine:
            return _day(_check_year(y), m, int(refine)).isoformat()
        return _ym(_check_year(y), m)
    if unit == "Q":
        q = (pub.month - 1) // 3 + n
        y = pub.year + q // 4
        return f"{_check_year(y):04d}-Q{q % 4 + 1}"
    if unit == "Y":
        y = _check_year(pub.year + n)
        if not refine:
            return f"{y:04d}"
        if refine.startswith("Q"):
            return f"{y:04d}-{refine}"
        if refine.startswith("H"):
            return f"{y}-01/{y}-06" if refine == "H1" else f"{y}-07/{y}-12"
        parts = refine.split("-")
        if len(parts) == 2:
            return _day(y, int(parts[0]), int(parts[1])).isoformat()
        return _ym(y, int(parts[0]))
    if unit == "DE":
        y = _check_year(pub.year + 10 * n)
        return f"{y // 10:03d}X"
    if unit == "C":
        c = pub.year // 100 + n
        if not 10 <= c <= 99:
            raise _Drop("century")
        return f"{c:02d}{refine}" if refine else f"{c:02d}"
    raise ValueError(unit)


def _agree_weekday(d: dt.date, iso_weekday: int, *, forward: bool) -> dt.date:
    """The day itself if it is that weekday; else the nearest such weekday on the word's side."""
    if d.isoweekday() == iso_weekday:
        return d
    if forward:
        return d + dt.timedelta(days=(iso_weekday - d.isoweekday()) % 7)
    return d - dt.timedelta(days=(d.isoweekday() - iso_weekday) % 7)


def _directed(mode: str, partial: str, pub: dt.date, tense: Tense) -> str | None:
    if (m := _PARTIAL_WEEKDAY.match(partial)):
        return _weekday(mode, int(m.group(1)), pub, tense)
    if (m := _PARTIAL_DECADE.match(partial)):
        digit = int(m.group(1))
        start = pub.year // 100 * 100 + digit * 10
        if start > pub.year:
            start -= 100
        return f"{start // 10:03d}X"
    m = _PARTIAL_MONTH.match(partial)
    if not m:
        raise ValueError(f"unknown partial date {partial!r}")
    is_hijri, month, day = bool(m.group(1)), int(m.group(2)), m.group(3)
    if is_hijri:
        return _directed_hijri(mode, month, int(day) if day else None, pub, tense)
    if day and mode.startswith("DIR") and mode != "DIR+0":
        # a directed day (العاشر من آب الماضي): the last one before, or the first one after, the publication day
        k = int(mode[3:])
        dates = []
        for y in range(pub.year - 3, pub.year + 4):
            try:
                dates.append(dt.date(y, month, int(day)))
            except ValueError:
                continue
        side = sorted((d for d in dates if d < pub), reverse=True) if k < 0 else sorted(d for d in dates if d > pub)
        if len(side) < abs(k):
            raise _Drop("no such day")
        return side[abs(k) - 1].isoformat()
    year = _pick_year(mode, month, int(day) if day else None, pub.year, pub.month, pub, tense)
    if day:
        return _day(year, month, int(day)).isoformat()
    return _ym(year, month)


def _pick_year(mode: str, month: int, day: int | None, ref_year: int, ref_month: int,
               pub_day: dt.date | None, tense: Tense) -> int:
    """The year of a month (and day) given without one, by the policies in the module docstring.

    Works on any calendar: ``ref_year``/``ref_month`` is the publication month in it;
    ``pub_day`` (Gregorian only) lets a day be compared with the publication day.
    """
    ref = ref_year * 12 + ref_month - 1
    if mode.startswith("DIR"):
        k = int(mode[3:])
        if k == 0:
            return ref_year
        if k < 0:  # the |k|-th occurrence before the publication month
            y = ref_year if month < ref_month else ref_year - 1
            return y + k + 1
        y = ref_year if month > ref_month else ref_year + 1
        return y + k - 1
    # NEAR: compare (month, day) with the publication month (and day)
    def key(y: int) -> tuple[int, int]:
        return (y * 12 + month - 1, day or 0)

    pub_key = (ref, pub_day.day if (pub_day and day) else 0)
    cands = [ref_year - 1, ref_year, ref_year + 1]
    if tense == "future":
        return min(y for y in cands if key(y) >= pub_key)
    if tense == "past":
        return max(y for y in cands if key(y) <= pub_key)
    if pub_day is not None and day:
        def dist(y: int) -> int:
            try:
                return abs((dt.date(y, month, day) - pub_day).days)
            except ValueError:
                return 10**6
    else:
        def dist(y: int) -> int:
            return abs((y * 12 + month - 1) - ref) * 31
    return min(cands, key=lambda y: (dist(y), key(y) > pub_key))


def _directed_hijri(mode: str, month: int, day: int | None, pub: dt.date, tense: Tense) -> str | None:
    h = hijri.to_hijri(pub)
    if h is None:
        return None
    hy, hm, hd = h
    if mode.startswith("NEAR") and tense is None:
        # the nearest in days: compare the candidates' Gregorian dates with the publication day
        best: tuple[tuple[int, bool], int] | None = None
        for y in (hy - 1, hy, hy + 1):
            g = hijri.hijri_day(y, month, day or 15)
            if g is None:
                continue
            k = (abs((g - pub).days), g > pub)
            if best is None or k < best[0]:
                best = (k, y)
        return _hijri_value(best[1], month, day) if best else None
    year = _pick_year(mode, month, day, hy, hm, None, tense)
    if day is not None and mode.startswith("NEAR"):
        # compare days too: the same Hijri month, before or after the publication day
        if tense == "future" and (year, month) == (hy, hm) and day < hd:
            year += 1
        if tense == "past" and (year, month) == (hy, hm) and day > hd:
            year -= 1
    return _hijri_value(year, month, day)


def _hijri_in_year(year: int, month: int) -> str | None:
    """The Hijri month (its middle) that falls in a Gregorian year: رمضان من العام الماضي."""
    h = hijri.to_hijri(dt.date(year, 7, 1))
    if h is None:
        return None
    for hy in (h[0] - 1, h[0], h[0] + 1):
        value = hijri.hijri_month(hy, month)
        if value is not None and value.startswith(f"{year:04d}-"):
            return value
    return None


def _hijri_value(y: int, m: int | None, d: int | None) -> str | None:
    if m is None:
        return hijri.hijri_year(y)
    if d is None:
        return hijri.hijri_month(y, m)
    g = hijri.hijri_day(y, m, d)
    return g.isoformat() if g else None


def _weekday(mode: str, wd: int, pub: dt.date, tense: Tense) -> str:
    back = (pub.isoweekday() - wd) % 7  # days back to the last such weekday (0 = today)
    if mode.startswith("DIR"):
        k = int(mode[3:])
        if k == 0:
            return (pub - dt.timedelta(days=pub.isoweekday() - wd)).isoformat()
        if k < 0:
            return (pub - dt.timedelta(days=(back or 7) + 7 * (-k - 1))).isoformat()
        ahead = (wd - pub.isoweekday()) % 7 or 7
        return (pub + dt.timedelta(days=ahead + 7 * (k - 1))).isoformat()
    if tense == "future":
        return (pub + dt.timedelta(days=(wd - pub.isoweekday()) % 7)).isoformat()
    return (pub - dt.timedelta(days=back)).isoformat()


def _same(k: int, unit: str, history: Sequence[Resolved]) -> str | None:
    for r in reversed(history):
        if r.value is None or r.grain in ("duration", "interval", "decade", "century"):
            continue
        v = r.value
        if unit == "Y":
            y = year_of(v)
            if y is not None:
                return f"{y + k:04d}"
        elif unit == "M" and r.grain in ("month", "day"):
            y, m = _add_months(int(v[:4]), int(v[5:7]), k)
            return _ym(y, m)
        elif unit == "D" and r.grain == "day":
            return (dt.date.fromisoformat(v) + dt.timedelta(days=k)).isoformat()
        elif unit == "W" and r.grain in ("week", "day"):
            if r.grain == "day":
                return _iso_week(dt.date.fromisoformat(v) + dt.timedelta(days=7 * k))
            d = dt.date.fromisocalendar(int(v[:4]), int(v[6:8]), 1) + dt.timedelta(days=7 * k)
            return _iso_week(d)
    return None
