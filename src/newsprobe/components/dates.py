"""Time expressions resolved against the publication date: the ``newsprobe_dates`` spaCy component.

It writes ``doc._.dates``: a list of :class:`newsprobe.model.DateExpr` in text order. The anchor is
``doc._.article.published`` (ISO ``YYYY-MM-DD``); without it, expressions relative to it keep
``value``/``range`` ``None`` while absolute ones (``April 1, 2024``, ``2023``) still resolve.

News conventions used (publication date P):

* **tense and modality decide the direction** (:mod:`newsprobe.components._tense`): in a future clause
  (``will``, ``is to``, ``is scheduled for``, ``plans to``, reported ``would``, a present-tense verb of
  action such as ``reopens on Saturday``, or a date whose own event clause is future: ``the awards on
  Feb. 9, when the jury will ...``) a bare weekday, month-day, month or part of a month is the next one,
  P included; in a past clause (``said on Tuesday``, ``was held in March``) and **when nothing in the
  sentence decides** (copulas, reporting verbs in the present, ``could``, a date on the subject: *Monday's
  debate might ...*) it is the most recent one, P included: that is the default;
* a bare weekday is thus the most recent such day, P included; ``this Tuesday`` is the one in P's week
  (Monday to Sunday; a past clause never makes it later than P, a future one never earlier),
  ``last Tuesday`` the one in the week before, ``next Tuesday`` the one in the week after, whatever
  the tense;
* a month and day without a year (``October 7``, ``Oct 7``, ``Oct.7``) is the most recent one not after
  P; a bare month (``in October``) is the most recent such month, P's month included, as a month range;
  ``last March`` is the most recent March before P's month;
* ``early``/``mid``/``late`` April is April, a month range (``mid-2023`` is 2023), as TimeML values it:
  where the part of a month starts and ends is a guess, the month surely holds the date;
* ``yesterday``/``today``/``tonight``/``tomorrow``/``last night`` (not ``a brighter tomorrow``);
  ``this|last|next week|month|year|weekend`` (calendar units; ``this weekend`` in a past clause written
  on a weekday is the weekend just past); ``over|during the weekend``: the last weekend before P, in a
  future clause the next one (on a Sunday both are P's own weekend); ``this|the past weekend`` the last one;
  ``the past week|month|year`` and ``the past|next N days|weeks|...`` (ranges ending or starting at P);
  ``N days|weeks|months|years ago`` (a day, with the unit as granularity); ``2023`` (year range);
  ``the 1990s`` (decade range); ISO dates ``2024-06-02``;
* ``since X``: relation ``since`` with range ``[start of X, P]``; ``until``/``by``, ``before``,
  ``after`` set the relation and keep X's own value. The mention is the time expression itself
  (``October 7`` in ``since October 7``, ``the weekend`` in ``over the weekend``); the preposition lives
  in ``relation``;
* **dates inside a direct quote** (``doc._.quotes``: content in quotation marks) are the speaker's: when
  the quote's cue carries a date (``"Today we vote," she said on Monday``) they are resolved against
  that day instead of P (``today`` is that Monday). When the cue's date is a span (``told reporters
  last week``) an expression is kept only where every day of the span agrees (``2026`` yes,
  ``tomorrow`` no: value ``None``). A quote with no dated cue counts as said on P. Reported (indirect)
  speech is the reporter's wording and resolves against P.

A publication date that is not ISO counts as unknown (see :func:`parse_published`).

False hits are rejected with the parse: ``May`` as a modal verb or name, a capitalised month with no
date context (``March on Rafah``, ``Operation October``), weekdays in names (``Super Tuesday``), and
four-digit numbers that count something (``2000 troops``). Words like *decades*, *months-long* or
*daily* are no dates.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsprobe.components._ext import text_of
from newsprobe.components._tense import governor, time_reference
from newsprobe.model import DateExpr, Quote

__all__ = ["find_dates", "parse_published", "DatesComponent"]

Granularity = str
Range = tuple[date, date]

MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    "jan.": 1,
    "feb.": 2,
    "mar.": 3,
    "apr.": 4,
    "jun.": 6,
    "jul.": 7,
    "aug.": 8,
    "sep.": 9,
    "sept.": 9,
    "sept": 9,
    "oct.": 10,
    "nov.": 11,
    "dec.": 12,
}
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_SMALL = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_RELATIONS = {
    "since": "since",
    "until": "until",
    "till": "until",
    "by": "until",
    "through": "until",
    "before": "before",
    "after": "after",
}
_MONTH_CONTEXT = frozenset(
    "in since until till by during of from before after between and to through throughout early late mid "
    "last next this each every or end start beginning middle".split()
)
_YEAR_CONTEXT = _MONTH_CONTEXT | {
    "around",
    "circa",
    "year",
    "fiscal",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "the",
}
_NAME_LABELS = {"PERSON", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}

_FULL_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH = rf"(?P<month>{_FULL_MONTH}|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.?|Sep\.|Oct\.|Nov\.|Dec\.)"
#: a month before a day number: also ``Nov 4``, ``Sept 17`` and ``Nov.17`` (no space after the dot)
_MONTH_D = rf"(?P<month>{_FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?:\s+|(?<=\.)(?=\d))"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|[,.:]\d)"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)(?!\w|[,.]\d)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_PREFIX = rf"(?:{_WD},?\s+)?"
_PART = r"(?P<part>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))"
_NUMBER = r"(?P<n>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,3})"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"(?<![\d-])(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?![\d-])"),
    ("mdy", rf"(?<![\w.]){_WD_PREFIX}{_MONTH_D}{_DAY},?\s+{_YEAR}"),
    ("dmy", rf"(?<![\w.,]){_WD_PREFIX}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"),
    ("md", rf"(?<![\w.]){_WD_PREFIX}{_MONTH_D}{_DAY}"),
    ("dm", rf"(?<![\w.,]){_WD_PREFIX}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?!\w)"),
    ("part_month", rf"(?<![\w-]){_PART}[-\s]+{_MONTH}(?:(?:,|\s+of)?\s+{_YEAR})?"),
    ("part_year", rf"(?<![\w-]){_PART}[-\s]+{_YEAR}"),
    ("month_rel", rf"(?<![\w.]){_MONTH}(?:\s+of)?\s+(?P<mod>(?i:this|last|next))\s+year(?!\w)"),
    ("my", rf"(?<![\w.]){_MONTH}(?:,|\s+of)?\s+{_YEAR}"),
    ("month", rf"(?<![\w.])(?:(?P<mod>(?i:last|next|this))\s+)?(?P<month>{_FULL_MONTH})(?!\w)"),
    ("weekday", rf"(?<![\w-])(?:(?P<mod>(?i:last|next|this|past|coming))\s+)?{_WD}(?!\w)"),
    (
        "relday",
        r"(?<![\w-])(?P<rel>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|"
        r"yesterday|tomorrow|this\s+morning|this\s+afternoon|this\s+evening|last\s+night))(?![\w-])",
    ),
    (
        "weekend",
        r"(?<![\w-])(?:(?i:over|during|at|on|across|through|throughout|for)\s+(?P<m>(?i:the)\s+(?i:weekend))|"
        r"(?P<m2>(?i:this|the)\s+(?i:past)\s+(?i:weekend)))(?![\w-])",
    ),
    (
        "relunit",
        r"(?<![\w-])(?P<mod>(?i:this|last|next|past|coming))\s+(?P<unit>(?i:week|weekend|month|year))"
        r"(?![\w-])",
    ),
    (
        "period",
        rf"(?<![\w-])(?P<mod>(?i:past|last|previous|next|coming))\s+{_NUMBER}\s+"
        r"(?P<unit>(?i:days|weeks|months|years|decades))(?!\w)",
    ),
    ("ago", rf"(?<![\w-]){_NUMBER}\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\s+(?i:ago)(?!\w)"),
    ("decade", r"(?<![\w'])(?P<decade>1[89]\d0|20\d0)s(?!\w)"),
    ("year", rf"(?<![\w.,$€£-]){_YEAR}"),
]


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(rx)) for kind, rx in _PATTERNS]


@dataclass
class _Hit:
    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


@dataclass
class _Resolved:
    value: date | None = None
    range: Range | None = None
    granularity: Granularity = "day"


def parse_published(published: str | None) -> date | None:
    """The publication date from ``Article.published`` (ISO date or datetime), or ``None``."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- calendar helpers
def _month_range(year: int, month: int) -> Range:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _week_of(day: date, weeks: int = 0) -> Range:
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


def _recent_month(pub: date, month: int, future: bool = False) -> int:
    """The year of the most recent such month (P's month included), or the next one in future tense."""
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _future(g: dict[str, str | None]) -> bool:
    return g.get("tense") == "future"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --------------------------------------------------------------------------- resolvers per kind
def _day_of(groups: dict[str, str | None]) -> int:
    return int(groups["day"] or 0)


def _month_of(groups: dict[str, str | None]) -> int:
    if groups.get("mnum"):
        return int(groups["mnum"] or 0)
    key = (groups["month"] or "").lower()
    return MONTHS.get(key) or MONTHS[key.rstrip(".") + "."]  # "Nov" as "Nov."


def _absolute_day(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    day = _safe_date(int(g["year"] or 0), _month_of(g), _day_of(g))
    return None if day is None else _Resolved(day)


def _month_day(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    month, day = _month_of(g), _day_of(g)
    if _safe_date(2024, month, day) is None:  # 2024 is a leap year: Feb 29 is valid
        return None
    if pub is None:
        return _Resolved()
    if g.get("wd"):
        # "Sunday May 1": the weekday names the year, whatever the tense (the nearest year it fits)
        wd = _WEEKDAYS.index(str(g["wd"]).lower())
        days = [_safe_date(y, month, day) for y in (pub.year, pub.year - 1, pub.year + 1)]
        fits = [d for d in days if d is not None and d.weekday() == wd]
        if fits:
            return _Resolved(min(fits, key=lambda d: abs((d - pub).days)))
    step = 1 if _future(g) else -1
    for year in range(pub.year, pub.year + 5 * step, step):
        found = _safe_date(year, month, day)
        if found is not None and (found >= pub if step > 0 else found <= pub):
            return _Resolved(found)
    return _Resolved()


def _month_year(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    return _Resolved(None, _month_range(int(g["year"] or 0), _month_of(g)), "month")


def _bare_month(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    if pub is None:
        return _Resolved(granularity="month")
    month, mod = _month_of(g), (g.get("mod") or "").lower()
    year = _recent_month(pub, month, _future(g))
    if mod == "last" and month == pub.month:
        year -= 1
    elif mod == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif mod == "this":
        year = pub.year
    return _Resolved(None, _month_range(year, month), "month")


def _month_rel(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    """``April this year``, ``March of last year``."""
    if pub is None:
        return _Resolved(granularity="month")
    year = pub.year + {"this": 0, "last": -1, "next": 1}[(g["mod"] or "").lower()]
    return _Resolved(None, _month_range(year, _month_of(g)), "month")


def _part_key(g: dict[str, str | None]) -> str:
    return " ".join((g["part"] or "").lower().split())


def _part_month(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    month = _month_of(g)
    if g.get("year"):
        year = int(g["year"] or 0)
    elif pub is not None:
        year = _recent_month(pub, month, _future(g))
    else:
        return _Resolved(granularity="range")
    # "mid-April" is April: as TimeML values it (the month, with the part as a modifier), a range that
    # surely holds the date; the fraction of the month ("days 11 to 20") would be a guess
    return _Resolved(None, _month_range(year, month), "month")


def _part_year(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    year = int(g["year"] or 0)
    return _Resolved(None, (date(year, 1, 1), date(year, 12, 31)), "year")


def _weekday(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    if pub is None:
        return _Resolved()
    wd, mod = WEEKDAYS[(g["wd"] or "").lower()], (g.get("mod") or "").lower()
    if mod in ("last", "past"):
        return _Resolved(_week_of(pub, -1)[0] + timedelta(days=wd))
    if mod in ("next", "coming"):
        return _Resolved(_week_of(pub, 1)[0] + timedelta(days=wd))
    if mod == "this":  # P's week; a past clause cannot mean a later day, nor a future one an earlier day
        day = _week_of(pub)[0] + timedelta(days=wd)
        if g.get("tense") == "past" and day > pub:
            day -= timedelta(weeks=1)
        elif _future(g) and day < pub:
            day += timedelta(weeks=1)
        return _Resolved(day)
    if _future(g):
        return _Resolved(pub + timedelta(days=(wd - pub.weekday()) % 7))
    return _Resolved(pub - timedelta(days=(pub.weekday() - wd) % 7))


_REL_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _relday(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    if pub is None:
        return _Resolved()
    return _Resolved(pub + timedelta(days=_REL_DAYS[" ".join((g["rel"] or "").lower().split())]))


def _relunit(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    mod, unit = (g["mod"] or "").lower(), (g["unit"] or "").lower()
    gran = "range" if mod == "past" or unit == "weekend" else unit
    if pub is None:
        return _Resolved(granularity=gran)
    step = {"this": 0, "last": -1, "next": 1, "coming": 1}.get(mod, 0)
    if mod == "past":
        start = {
            "week": pub - timedelta(days=7),
            "month": _add_months(pub, -1),
            "year": _add_months(pub, -12),
            "weekend": pub - timedelta(days=7),
        }[unit]
        return _Resolved(None, (start, pub), gran)
    if unit == "weekend" and mod == "this" and g.get("tense") == "past" and pub.weekday() < 5:
        step = -1  # told them this weekend, written on a Monday: the weekend just past
    if unit in ("week", "weekend"):
        monday, sunday = _week_of(pub, step)
        return _Resolved(None, (monday if unit == "week" else sunday - timedelta(days=1), sunday), gran)
    if unit == "month":
        first = _add_months(pub.replace(day=1), step)
        return _Resolved(None, _month_range(first.year, first.month), gran)
    return _Resolved(None, (date(pub.year + step, 1, 1), date(pub.year + step, 12, 31)), gran)


def _weekend(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    """``over the weekend``: the last one before P, or in a future clause the next one; on a Sunday both are
    P's own weekend; ``this past weekend`` is always the last one."""
    if pub is None:
        return _Resolved(granularity="range")
    if _future(g) and not g.get("m2"):
        saturday = pub + timedelta(days=(5 - pub.weekday()) % 7 if pub.weekday() < 6 else -1)
    else:
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7 or 7)
    return _Resolved(None, (saturday, saturday + timedelta(days=1)), "range")


def _shift(pub: date, n: int, unit: str) -> date:
    """``pub`` moved by ``n`` days, weeks, months, years or decades (negative: back)."""
    if unit == "day":
        return pub + timedelta(days=n)
    if unit == "week":
        return pub + timedelta(weeks=n)
    return _add_months(pub, {"month": 1, "year": 12, "decade": 120}[unit] * n)


def _count(g: dict[str, str | None]) -> tuple[int, str]:
    raw, unit = (g["n"] or "").lower(), (g["unit"] or "").lower()
    unit = unit[:-1] if unit.endswith("s") else unit
    return (_SMALL[raw] if raw in _SMALL else int(raw)), unit


def _ago(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    """``five years ago`` is the year five years back, ``two weeks ago`` that week: the unit says how
    precisely the text places it (a day only for ``N days ago``)."""
    n, unit = _count(g)
    gran = {"decade": "year"}.get(unit, unit)
    if pub is None:
        return _Resolved(granularity=gran)
    day = _shift(pub, -n, unit)
    if unit in ("year", "decade"):
        return _Resolved(None, (date(day.year, 1, 1), date(day.year, 12, 31)), "year")
    if unit == "month":
        return _Resolved(None, _month_range(day.year, day.month), "month")
    if unit == "week":
        return _Resolved(None, _week_of(day), "week")
    return _Resolved(day, None, gran)


def _period(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    """``the past two weeks`` (up to publication), ``the next three days`` (from it)."""
    n, unit = _count(g)
    if pub is None:
        return _Resolved(granularity="range")
    if (g["mod"] or "").lower() in ("next", "coming"):
        return _Resolved(None, (pub, _shift(pub, n, unit)), "range")
    return _Resolved(None, (_shift(pub, -n, unit), pub), "range")


def _decade(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    start = int(g["decade"] or 0)
    return _Resolved(None, (date(start, 1, 1), date(start + 9, 12, 31)), "range")


def _year(g: dict[str, str | None], pub: date | None) -> _Resolved | None:
    year = int(g["year"] or 0)
    return _Resolved(None, (date(year, 1, 1), date(year, 12, 31)), "year")


_RESOLVERS: dict[str, Callable[[dict[str, str | None], date | None], _Resolved | None]] = {
    "iso": _absolute_day,
    "mdy": _absolute_day,
    "dmy": _absolute_day,
    "md": _month_day,
    "dm": _month_day,
    "part_month": _part_month,
    "part_year": _part_year,
    "my": _month_year,
    "month_rel": _month_rel,
    "month": _bare_month,
    "weekday": _weekday,
    "relday": _relday,
    "relunit": _relunit,
    "weekend": _weekend,
    "period": _period,
    "ago": _ago,
    "decade": _decade,
    "year": _year,
}


# --------------------------------------------------------------------------- false hits
def _span(doc: Doc, hit: _Hit) -> Span | None:
    return doc.char_span(hit.start, hit.end, alignment_mode="expand")


def _prev_word(doc: Doc, span: Span) -> str:
    return doc[span.start - 1].lower_ if span.start > 0 else ""


def _in_name(doc: Doc, span: Span) -> bool:
    """``Operation October``, ``Super Tuesday``, ``Russia Today``: a proper name before it."""
    first = span[0]
    if first.ent_iob_ == "I" and first.ent_type_ in _NAME_LABELS:
        return True
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    lower = prev.lower_
    known = lower in MONTHS or lower in WEEKDAYS or lower in _MONTH_CONTEXT or lower in _YEAR_CONTEXT
    cased = prev.is_title or (prev.is_upper and span[0].is_upper)  # USA TODAY
    return prev.is_alpha and cased and prev.tag_ in ("NNP", "NNPS") and not known


def _month_token_ok(span: Span, hit: _Hit) -> bool:
    """``May`` the modal verb is no month."""
    month = hit.groups.get("month")
    if month is None or hit.kind not in ("month", "part_month"):
        return True  # a modal verb is never followed by a day or a year
    for tok in span:
        if tok.text == month:
            return tok.tag_ != "MD"
    return True


def _year_ok(doc: Doc, span: Span) -> bool:
    tok = span[0]
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.tag_ in ("NNS", "NNPS") or nxt.lower_ in ("%", "percent", "km", "kilometres")):
        return False
    if span.start > 0 and doc[span.start - 1].tag_ == "$":
        return False
    return _prev_word(doc, span) in _YEAR_CONTEXT or tok.ent_type_ == "DATE"


def _accept(doc: Doc, hit: _Hit) -> bool:
    span = _span(doc, hit)
    if span is None or len(span) == 0:
        return False
    if not _month_token_ok(span, hit):
        return False
    if hit.kind in ("md", "dm", "month", "month_rel", "weekday", "relday", "my", "mdy", "dmy") and _in_name(doc, span):
        return False
    if hit.kind == "month" and not hit.groups.get("mod"):
        return _prev_word(doc, span) in _MONTH_CONTEXT
    if hit.kind == "year":
        return _year_ok(doc, span) and not _quoted_alone(text_of(doc), hit.start, hit.end)
    if hit.kind == "relday":
        return not _figurative(span)
    return True


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """A year that is all a quotation holds is a title (the film “1917”), not a date."""
    before = text[max(0, start - 1) : start]
    after = text[end : end + 2].lstrip(",.")
    return before in ("“", '"', "‘", "'") and after[:1] in ("”", '"', "’", "'")


def _figurative(span: Span) -> bool:
    """``a brighter tomorrow``: a day word used as a noun with its own determiner or adjective."""
    root = span.root
    if any(c.dep_ in ("det", "amod") and not (span.start <= c.i < span.end) for c in root.children):
        return True
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None or prev.lower_ in ("late", "early"):
        return False
    if prev.lower_ in ("a", "an", "the") or prev.tag_ in ("JJ", "JJR", "JJS", "PRP$"):
        return True
    return span.start > 1 and doc[span.start - 2].lower_ in ("a", "an") and prev.pos_ in ("ADJ", "NOUN")


# --------------------------------------------------------------------------- driver
def _bounds(m: re.Match[str]) -> tuple[int, int]:
    """The mention: the whole match, or its ``m``/``m2`` group (``the weekend`` in ``over the weekend``)."""
    for name in ("m", "m2"):
        if name in m.re.groupindex and m.group(name) is not None:
            return m.start(name), m.end(name)
    return m.start(), m.end()


def _hits(doc: Doc, text: str) -> list[_Hit]:
    found = [_Hit(*_bounds(m), kind, m.groupdict()) for kind, rx in _compiled() for m in rx.finditer(text)]
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    chosen: list[_Hit] = []
    last_end = -1
    parsed = doc.has_annotation("DEP")  # without a parse nothing decides the direction
    for hit in found:
        if hit.start >= last_end and _accept(doc, hit):
            span = _span(doc, hit)
            if span is not None and parsed:
                hit.groups["tense"] = time_reference(span)
            chosen.append(hit)
            last_end = hit.end
    return chosen


def _relation(text: str, start: int) -> str:
    m = re.search(r"(?i)\b([a-z]+)\s+(?:the\s+)?$", text[max(0, start - 20) : start])  # since the 1990s
    return _RELATIONS.get(m.group(1).lower(), "on") if m else "on"


def _resolve(text: str, hit: _Hit, pub: date | None) -> tuple[_Resolved, str] | None:
    resolved = _RESOLVERS[hit.kind](hit.groups, pub)
    if resolved is None:
        return None
    relation = _relation(text, hit.start)
    if relation == "since":
        anchor = resolved.value or (resolved.range[0] if resolved.range else None)
        rng = (anchor, pub) if anchor is not None and pub is not None and anchor <= pub else None
        resolved = _Resolved(resolved.value, rng, "range")
    return resolved, relation


def _record(text: str, hit: _Hit, anchor: Range | None) -> DateExpr | None:
    """``hit`` resolved against ``anchor`` (first and last day it may be); where the two ends disagree
    (``tomorrow`` said some day last week) only what does not depend on the anchor is kept."""
    first = _resolve(text, hit, anchor[0] if anchor else None)
    if first is None:
        return None
    resolved, relation = first
    if anchor is not None and anchor[1] != anchor[0]:
        other = _resolve(text, hit, anchor[1])
        if other is None or (other[0].value, other[0].range) != (resolved.value, resolved.range):
            fallback = _resolve(text, hit, None)
            if fallback is None:
                return None
            resolved = fallback[0]
    value, rng = resolved.value, resolved.range
    return DateExpr(
        start=hit.start,
        end=hit.end,
        text=text[hit.start : hit.end],
        value=value.isoformat() if value else None,
        range=(rng[0].isoformat(), rng[1].isoformat()) if rng else None,
        granularity=resolved.granularity,  # type: ignore[arg-type]
        relation=relation,  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------- dates inside quotes
_QUOTE_MARKS = frozenset("\"“”‘’'«»„")


def _is_direct(text: str, start: int, end: int) -> bool:
    """Quoted words (the speaker's own deixis): quotation marks open at or just before the content."""
    before = text[:start].rstrip()[-1:]
    return before in _QUOTE_MARKS or text[start : start + 1] in _QUOTE_MARKS


def _quote_times(
    doc: Doc, text: str, hits: list[_Hit], quotes: list[Quote], pub: date | None
) -> list[tuple[int, int, Range | None]]:
    """(content start, end, when it was said) for each direct quote whose cue carries a date in its frame
    (``... ," the mayor said on Tuesday``). ``None``: said on a day that cannot be resolved."""
    out: list[tuple[int, int, Range | None]] = []
    if not doc.has_annotation("DEP"):
        return out
    for quote in quotes:
        content, cue = quote.content, quote.cue
        if cue is None or not _is_direct(text, content.start, content.end):
            continue
        cue_span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if cue_span is None:
            continue
        cue_tokens = {t.i for t in cue_span}
        for hit in hits:
            if hit.end > content.start and hit.start < content.end:
                continue
            span = _span(doc, hit)
            if span is None:
                continue
            verb, how = governor(span)
            if verb is None or verb.i not in cue_tokens or how != "direct":
                continue
            said = _resolve(text, hit, pub)
            when = said[0] if said else None
            if when is not None and when.value is not None:
                out.append((content.start, content.end, (when.value, when.value)))
            elif when is not None and when.range is not None:
                out.append((content.start, content.end, when.range))
            else:
                out.append((content.start, content.end, None))
            break
    return out


def _anchor(hit: _Hit, quote_times: list[tuple[int, int, Range | None]], pub: date | None) -> Range | None:
    inside = [q for q in quote_times if q[0] <= hit.start and hit.end <= q[1]]
    if inside:
        return min(inside, key=lambda q: q[1] - q[0])[2]  # the innermost quote
    return (pub, pub) if pub is not None else None


def find_dates(
    doc: Doc, published: date | str | None, *, text: str | None = None, quotes: list[Quote] | None = None
) -> list[DateExpr]:
    """The time expressions in a parsed ``doc``, resolved against ``published`` (a date, ISO or None).

    ``text`` is ``doc.text`` when the caller already has it (spaCy rebuilds it on every access).
    ``quotes`` (``doc._.quotes``): a date in a direct quote whose frame says when it was said is resolved
    against that day instead.
    """
    pub = parse_published(published) if isinstance(published, str) or published is None else published
    text = text_of(doc) if text is None else text
    hits = _hits(doc, text)
    times = _quote_times(doc, text, hits, quotes or [], pub)
    records = (_record(text, hit, _anchor(hit, times, pub)) for hit in hits)
    return [r for r in records if r is not None]


class DatesComponent:
    """spaCy component: ``doc._.dates`` from the text and ``doc._.article.published``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        _compiled()

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        published = article.published if article is not None else None
        doc._.dates = find_dates(doc, published, quotes=doc._.quotes)
        return doc


@Language.factory("newsprobe_dates", assigns=["doc._.dates"], requires=["token.tag", "doc.ents"])
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent(nlp, name)
