"""Read one article from a plain-text or HTML file, stdin, or bytes fetched elsewhere.

Every problem with an input becomes an :class:`~newsprobe.errors.InputError` with a code, a one-line
message and its ``source``; the functions here raise it. Directories, URLs, feeds, record files and
batches (where bad items are *yielded* so the good ones go on) are
:func:`newsprobe.sources.dispatch.iter_articles`'s job; this module imports no network code.

Each article carries ``extraction`` (:class:`~newsprobe.model.Extraction`): the extractor, how much
text it kept, and warnings (NP15x) from :mod:`newsprobe.sources.checks`. The text itself is exactly
what the extractor returned (line breaks normalised), never edited by the checks.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsprobe.errors import Code, InputError
from newsprobe.model import Article, article_id
from newsprobe.sources import checks
from newsprobe.sources.language import detect_language

#: inputs larger than this are refused (bytes); an article is rarely over 200 kB
MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
#: the start of an HTML page, after an optional byte-order mark and XML prolog (XHTML pages)
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(<!doctype\s+html|<html|<head|<body|<article|<!--)", re.I
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_published(value: str | None) -> str | None:
    """Validate a ``--published`` value (ISO ``YYYY-MM-DD``)."""
    if value is None:
        return None
    if not _DATE.match(value):
        raise InputError(Code.BAD_OPTION, f"published date must be YYYY-MM-DD, got {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise InputError(Code.BAD_OPTION, f"published date {value!r} is not a real date") from None
    return value


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (BOM allowed), UTF-16 with a BOM, or a detected legacy encoding.

    Mostly-valid UTF-8 with broken sequences is refused (corrupt input), not re-guessed as
    another encoding, so mojibake never reaches the analysis.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError.at(source, Code.UNDECODABLE, "invalid UTF-16 text") from None
    if b"\x00" in data[:8192] or _control_share(data[:8192]) > 0.05:
        raise InputError.at(source, Code.BINARY_INPUT, "looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _has_utf8_multibyte(data):
            raise InputError.at(
                source, Code.UNDECODABLE, f"invalid UTF-8 at byte {exc.start} ({exc.reason})"
            ) from None
    try:
        # English-language news in a legacy encoding is nearly always Windows-1252
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise InputError.at(source, Code.UNDECODABLE, "text encoding could not be detected; save it as UTF-8")
    return str(best)


def _control_share(chunk: bytes) -> float:
    if not chunk:
        return 0.0
    controls = sum(1 for b in chunk if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(chunk)


_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _has_utf8_multibyte(data: bytes) -> bool:
    return _UTF8_MULTI.search(data) is not None


def _looks_like_html(data: bytes, suffix: str) -> bool:
    return suffix in HTML_SUFFIXES or bool(_HTML_START.match(data[:512]))


@dataclass
class _Page:
    """What trafilatura found on an HTML page."""

    text: str
    title: str | None
    published: str | None
    author: str | None
    site: str | None
    url: str | None
    visible_chars: int
    meta_date: date | None


def _from_html(html: str, source: str) -> _Page:
    """Main text and metadata of an HTML page via trafilatura, and the size of its visible text."""
    import trafilatura

    from newsprobe.sources.feeds import html_to_text

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < 20:
        raise InputError.at(source, Code.NO_ARTICLE, "no article text found in the HTML")
    published = getattr(doc, "date", None)
    if published and not _DATE.match(published):
        published = None
    return _Page(
        text=text,
        title=getattr(doc, "title", None),
        published=published,
        author=getattr(doc, "author", None),
        site=getattr(doc, "sitename", None),
        url=getattr(doc, "url", None),
        visible_chars=len(html_to_text(html)),
        meta_date=checks.meta_date(html),
    )


def _trafilatura_version() -> str | None:
    import trafilatura

    return getattr(trafilatura, "__version__", None)


def _is_url(source: str) -> bool:
    return source[:8].lower().startswith(("http://", "https://"))


def article_from_bytes(
    data: bytes,
    source: str,
    *,
    suffix: str = "",
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
) -> Article:
    """One article from raw bytes; raises :class:`InputError` for anything unusable.

    HTML goes through trafilatura; ``Article.extraction`` says so and carries the NP15x warnings.
    """
    if len(data) > MAX_BYTES:
        raise InputError.at(
            source, Code.TOO_LARGE, f"{len(data) / 1e6:.1f} MB is over the {MAX_BYTES // 2**20} MB limit"
        )
    if not data.strip():
        raise InputError.at(source, Code.EMPTY_INPUT, "empty input")
    page: _Page | None = None
    if _looks_like_html(data, suffix):
        page = _from_html(decode(data, source), source)
        text = page.text
    else:
        text = decode(data, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError.at(source, Code.EMPTY_INPUT, "blank input")
    language = detect_language(text)
    if language != "en":
        raise InputError.at(
            source,
            Code.UNSUPPORTED_LANGUAGE,
            f"unsupported language ({language}); newsprobe analyses English text",
        )
    if title is None:
        title = (page.title if page else None) or _first_line_title(text)
    meta_date = page.published if page else None
    final_date = published or meta_date
    origin = "as given" if published else "found on the page"
    url = source if _is_url(source) else (page.url if page else None)
    if page is not None:
        extraction = checks.extraction(
            "trafilatura", text, version=_trafilatura_version(), page_chars=page.visible_chars,
            published=final_date, published_origin=origin, url=url, meta_date=page.meta_date, thin=True,
            caption=True,
        )  # fmt: skip
    else:
        extraction = checks.extraction("text", text, published=final_date, published_origin=origin, url=url)
    return Article(
        id=article_id(text),
        source=source,
        title=title,
        outlet=outlet or (page.site if page else None),
        author=page.author if page else None,
        published=final_date,
        language=language,
        text=text,
        extraction=extraction,
    )


def _first_line_title(text: str) -> str | None:
    """A plain-text article's first line is its title when it is short and has no final period."""
    first = text.strip().split("\n", 1)[0].strip()
    if 0 < len(first) <= 200 and not first.endswith((".", ",", ";", ":")):
        return first
    return None


def read_article(path: str, *, published: str | None = None, outlet: str | None = None) -> Article:
    """One article from a file path, or ``-`` for stdin."""
    published = check_published(published)
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return article_from_bytes(data, "-", published=published, outlet=outlet)
    p = Path(path)
    if not p.exists():
        raise InputError.at(path, Code.MISSING_PATH, "no such file or directory")
    if p.is_dir():
        raise InputError.at(path, Code.BAD_OPTION, "is a directory (use newsprobe.sources.dispatch.iter_articles)")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError.at(
                path, Code.TOO_LARGE, f"{size / 1e6:.1f} MB is over the {MAX_BYTES // 2**20} MB limit"
            )
        data = p.read_bytes()
    except OSError as exc:
        raise InputError.at(path, Code.MISSING_PATH, f"cannot read ({exc.strerror})") from None
    return article_from_bytes(data, path, suffix=p.suffix.lower(), published=published, outlet=outlet)
