"""Checks on what a reader kept: warnings (NP15x) a fact-checker should see before trusting an analysis.

The text itself is never changed here; each check returns :class:`~newsprobe.model.InputWarning`
records that go on ``Article.extraction.warnings``:

- **NP151 thin extraction**: an HTML page (or a feed item) gave fewer than :data:`MIN_CHARS`
  characters of text, or less than :data:`MIN_SHARE` of the page's visible text: a teaser, a
  paywall, a photo caption, or a page the extractor misread.
- **NP152 caption or boilerplate**: the text is short and carries a photo credit ("Photo: AP",
  "/Getty Images"), or most of it is cookie, subscription or sign-in boilerplate.
- **NP153 date mismatch**: the article's publication date is more than :data:`DATE_SLACK_DAYS`
  day(s) from a date in its URL (``/2024/05/15/``, ``/20240515/``, ``/2024/may/15/``; a
  ``/2024/05/`` folder must contain it), in the page's ``<meta>`` tags (``article:published_time``
  and the like, JSON-LD ``datePublished``) or in its byline or dateline ("By Ana Ruiz | May 15,
  2024", "Published: 15 May 2024", "KELVORA, May 15 (Agency) -"). Relative dates ("on Tuesday")
  are resolved from the publication date, so a wrong one shifts them all.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from newsprobe.errors import Code
from newsprobe.model import Article, Extraction, InputWarning

#: an HTML extraction shorter than this (characters) is thin
MIN_CHARS = 500
#: an HTML extraction keeping less than this share of the page's visible text is thin
MIN_SHARE = 0.05
#: a caption is at most this long (characters) and this many lines
CAPTION_MAX_CHARS = 600
CAPTION_MAX_LINES = 2
#: boilerplate paragraphs holding at least this share of a text under BOILERPLATE_MAX_CHARS
BOILERPLATE_SHARE = 0.5
BOILERPLATE_MAX_CHARS = 2000
#: dates this many days apart still agree (time zones; wire copy filed the evening before)
DATE_SLACK_DAYS = 1
#: a byline or dateline is looked for in this many lines at the start and at the end of the text
_EDGE_LINES = 3

_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?<![A-Za-z])(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?(?![A-Za-z])"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_YEAR = r"(?:19[89]\d|20\d\d)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
# a full date in prose: May 15, 2024 | 15 May 2024 | 2024-05-15
_FULL = re.compile(
    rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:st|nd|rd|th)?,?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>{_DAY})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})"
    rf"|(?P<y3>{_YEAR})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01])",
    re.I,
)
# what may stand before a byline date on its line: a label and a weekday
_LABEL = re.compile(rf"(?:(?:published|posted|first published|dated)(?:\s+on)?\s*:?\s*)?{_WEEKDAY}?", re.I)
# what may follow it: a time of day, with a zone
_AFTER = re.compile(
    r"\s*(?:[,|•·–—-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?[A-Za-z]{2,5}\)?|\s*[+-]\d{2}:?\d{2})?)?\.?\s*",
    re.I,
)
_BYLINE = re.compile(r"by\s+[A-Z]", re.I)
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{1,30}})?,\s+"
    rf"(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*[-—–]{1,2}\s"
)
_URL_YMD = re.compile(
    rf"(?<![\d])(?P<y>{_YEAR})(?P<sep>[/_-])(?P<m>0?[1-9]|1[0-2]|{_MONTH})(?P=sep)(?P<d>{_DAY})(?![\d])", re.I
)
_URL_COMPACT = re.compile(rf"(?<![\d])(?P<y>{_YEAR})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d])")
_URL_YM = re.compile(rf"/(?P<y>{_YEAR})/(?P<m>0?[1-9]|1[0-2])/")
_CREDIT = re.compile(
    r"\b(?:photo(?:graph)?|picture|image|pic|illustration|credit)s?\s*(?:by)?\s*:\s*\S"
    r"|\((?:[A-Z]{2,8}\s+)?photo(?:graph)?\b[^)]*\)"
    r"|/\s*(?:getty images|reuters|afp|ap|epa|shutterstock|bloomberg|xinhua)\b"
    r"|\bgetty images\b|\bfile (?:photo|picture|image)\b|\bREUTERS/[A-Z]",
    re.I,
)
_BOILERPLATE = re.compile(
    r"\b(?:cookies?|javascript|subscribe|subscription|subscribers?|sign (?:in|up)|log ?in|newsletter"
    r"|all rights reserved|privacy (?:policy|notice)|terms (?:of|and) (?:use|service|conditions)"
    r"|advertisement|ad ?blocker|your browser|access denied|page not found|404|create an? (?:free )?account"
    r"|continue reading|read more)\b",
    re.I,
)


#: <meta> names (property, name or itemprop) that carry the first publication date, best first
_META_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "article.published", "pubdate",
    "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dcterms.created",
    "parsely-pub-date", "sailthru.date", "date",
)  # fmt: skip
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"(?P<value>[^"]{8,40})"')
_ISO_START = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


class _MetaDates(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta":
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        content = values.get("content", "").strip()
        for attr in ("property", "name", "itemprop"):
            key = values.get(attr, "").strip().lower()
            if key in _META_KEYS and content:
                self.found.setdefault(key, content)


def meta_date(html: str) -> date | None:
    """The publication date a page declares in its ``<meta>`` tags or JSON-LD ``datePublished``
    (ISO dates only: anything else is not guessed)."""
    head = html[: html.lower().find("</head>")] if "</head>" in html.lower() else html[:200_000]
    parser = _MetaDates()
    try:
        parser.feed(head)
        parser.close()
    except (AssertionError, ValueError):  # malformed markup: no date rather than a guess
        return None
    values = [parser.found[k] for k in _META_KEYS if k in parser.found]
    values += [m["value"] for m in _JSONLD_DATE.finditer(html)][:1]
    for value in values:
        iso = _ISO_START.match(value)
        if iso:
            day = _make(int(iso[1]), int(iso[2]), int(iso[3]))
            if day is not None:
                return day
    return None


def _month(token: str) -> int:
    token = token.lower().rstrip(".")
    return int(token) if token.isdigit() else _MONTHS[token]


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_date(match: re.Match[str]) -> date | None:
    g = match.groupdict()
    for y, m, d in (("y1", "m1", "d1"), ("y2", "m2", "d2"), ("y3", "m3", "d3")):
        if g[y]:
            return _make(int(g[y]), _month(g[m]), int(g[d]))
    return None


def url_dates(url: str | None) -> tuple[date | None, tuple[date, date] | None]:
    """The day a URL's path names (``/2024/05/15/``, ``/20240515``, ``2024-05-15-slug``), or else the
    month of a ``/2024/05/`` folder as a ``(first, last)`` range; only dates up to next year count."""
    if not url:
        return None, None
    try:
        path = unquote(urlsplit(url.strip()).path)
    except ValueError:
        return None, None
    latest = date.today().year + 1
    for pattern in (_URL_YMD, _URL_COMPACT):
        for match in pattern.finditer(path):
            day = _make(int(match["y"]), _month(match["m"]), int(match["d"]))
            if day is not None and day.year <= latest:
                return day, None
    folder = _URL_YM.search(path)
    if folder:
        year, month = int(folder["y"]), int(folder["m"])
        if year <= latest:
            last = calendar.monthrange(year, month)[1]
            return None, (date(year, month, 1), date(year, month, last))
    return None, None


def text_date(text: str) -> tuple[str, date | tuple[int, int]] | None:
    """A byline or dateline date at the start or end of ``text``: ``(where, date)``, or ``(where,
    (month, day))`` for a dateline without a year ("KELVORA, May 15 (Agency) -")."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if not lines:
        return None
    dateline = next((m for m in map(_DATELINE.match, lines[:2]) if m), None)
    if dateline:
        month, day = _month(dateline["month"]), int(dateline["day"])
        if dateline["year"]:
            full = _make(int(dateline["year"]), month, day)
            return ("dateline", full) if full else None
        return ("dateline", (month, day)) if _make(2000, month, day) else None
    edges = lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]
    for line in edges:
        if len(line) > 100:
            continue
        if _BYLINE.match(line):  # By Ana Ruiz | May 15, 2024: the last date on the line, then at most a time
            found = [m for m in _FULL.finditer(line) if _AFTER.fullmatch(line[m.end() :])]
        else:  # Published: Wednesday, May 15, 2024 10:30 BST
            rest = line[_LABEL.match(line).end() :]  # type: ignore[union-attr]  # _LABEL matches ""
            start = _FULL.match(rest)
            found = [start] if start and _AFTER.fullmatch(rest[start.end() :]) else []
        when = _full_date(found[-1]) if found else None
        if when is not None:
            return ("byline", when)
    return None


def _shown(day: date) -> str:
    return day.isoformat()


def date_warnings(
    published: str | None, origin: str, url: str | None, text: str, *, meta: date | None = None
) -> list[InputWarning]:
    """NP153 when ``published`` disagrees with the URL's date, the page's ``<meta>`` date (``meta``)
    or the byline/dateline date."""
    if not published:
        return []
    try:
        pub = date.fromisoformat(published)
    except ValueError:
        return []
    slack = timedelta(days=DATE_SLACK_DAYS)
    found: list[str] = []
    day, month = url_dates(url)
    if day is not None and abs(day - pub) > slack:
        found.append(f"{_shown(day)} in its URL")
    elif month is not None and not month[0] - slack <= pub <= month[1] + slack:
        found.append(f"{month[0]:%Y-%m} in its URL")
    if meta is not None and abs(meta - pub) > slack:
        found.append(f"{_shown(meta)} in its metadata")
    in_text = text_date(text)
    if in_text is not None:
        where, value = in_text
        if isinstance(value, date):
            if abs(value - pub) > slack:
                found.append(f"{_shown(value)} in its {where}")
        else:
            candidates = [_make(pub.year + k, *value) for k in (-1, 0, 1)]
            near = min((abs(c - pub) for c in candidates if c is not None), default=None)
            if near is not None and near > slack:
                found.append(f"{calendar.month_name[value[0]]} {value[1]} in its {where}")
    if not found:
        return []
    message = (
        f"the publication date {published} ({origin}) disagrees with {' and '.join(found)}; "
        "relative dates ('on Tuesday') are resolved from it"
    )
    return [InputWarning(code=Code.DATE_MISMATCH.value, message=message)]


def thin_warnings(kept: int, page: int, *, share: bool = True) -> list[InputWarning]:
    """NP151 when fewer than MIN_CHARS characters, or (``share``) under MIN_SHARE of the page, were kept."""
    if kept < MIN_CHARS:
        of = f" (the page shows {page:,})" if share and page > kept else ""
        return [
            InputWarning(
                code=Code.THIN_EXTRACTION.value,
                message=f"only {kept:,} characters of article text were kept{of}; check that this is the whole "
                "article, not a teaser, a paywall, a caption or a failed extraction",
            )
        ]
    if share and page and kept < MIN_SHARE * page:
        return [
            InputWarning(
                code=Code.THIN_EXTRACTION.value,
                message=f"only {kept:,} of the page's {page:,} characters of visible text ({kept / page:.0%}) "
                "were kept as article text; check that this is the whole article",
            )
        ]
    return []


def caption_warnings(text: str) -> list[InputWarning]:
    """NP152 when the text is a short photo caption, or mostly cookie/subscription/sign-in boilerplate."""
    paragraphs = [p.strip() for p in text.strip().split("\n") if p.strip()]
    if not paragraphs:
        return []
    size = sum(len(p) for p in paragraphs)
    if size <= CAPTION_MAX_CHARS and len(paragraphs) <= CAPTION_MAX_LINES and _CREDIT.search(text):
        return [
            InputWarning(
                code=Code.LOOKS_LIKE_CAPTION.value,
                message="the text looks like a photo caption (a short text with a photo credit), not an article",
            )
        ]
    if size <= BOILERPLATE_MAX_CHARS:
        boiler = sum(len(p) for p in paragraphs if _BOILERPLATE.search(p))
        if boiler >= BOILERPLATE_SHARE * size:
            return [
                InputWarning(
                    code=Code.LOOKS_LIKE_CAPTION.value,
                    message=f"{boiler / size:.0%} of the text is cookie, subscription or sign-in boilerplate, "
                    "not article text",
                )
            ]
    return []


def extraction(
    extractor: str,
    text: str,
    *,
    version: str | None = None,
    page_chars: int | None = None,
    published: str | None = None,
    published_origin: str = "as given",
    url: str | None = None,
    meta_date: date | None = None,
    thin: bool = False,
    share: bool = True,
    caption: bool = False,
) -> Extraction:
    """The :class:`Extraction` record for ``text``, with every warning that applies.

    ``thin`` turns on NP151 (``share``: against ``page_chars`` as well as the absolute floor),
    ``caption`` NP152; NP153 is checked whenever there is a publication date.
    """
    kept = len(text)
    page = kept if page_chars is None else page_chars
    warnings: list[InputWarning] = []
    if thin:
        warnings += thin_warnings(kept, page, share=share)
    if caption:
        warnings += caption_warnings(text)
    warnings += date_warnings(published, published_origin, url, text, meta=meta_date)
    return Extraction(extractor=extractor, version=version, page_chars=page, kept_chars=kept, warnings=warnings)


def warning_lines(article: Article) -> list[str]:
    """The article's warnings as the CLI prints them: ``warning[NP151]: SOURCE: message``, one line each."""
    if article.extraction is None:
        return []
    source = article.source or article.id
    return [f"warning[{w.code}]: {source}: {w.message}" for w in article.extraction.warnings]
