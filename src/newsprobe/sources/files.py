"""Read articles from plain-text and HTML files, directories and stdin.

Every problem with one input becomes an :class:`~newsprobe.errors.InputError` with a code and a
one-line message. :func:`iter_articles` *yields* those errors instead of raising them, so a batch
goes on with the good items; :func:`read_article` raises.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from newsprobe.errors import Code, InputError
from newsprobe.model import Article, article_id
from newsprobe.sources.language import detect_language

#: inputs larger than this are refused (bytes); an article is rarely over 200 kB
MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<article|<!--)", re.I)
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
            raise InputError(Code.UNDECODABLE, f"{source}: invalid UTF-16 text") from None
    if b"\x00" in data[:8192] or _control_share(data[:8192]) > 0.05:
        raise InputError(Code.BINARY_INPUT, f"{source}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _has_utf8_multibyte(data):
            raise InputError(
                Code.UNDECODABLE, f"{source}: invalid UTF-8 at byte {exc.start} ({exc.reason})"
            ) from None
    try:
        # English-language news in a legacy encoding is nearly always Windows-1252
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise InputError(Code.UNDECODABLE, f"{source}: text encoding could not be detected; save it as UTF-8")
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


def _from_html(html: str, source: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    """Main text, title, date, author and site name of an HTML page, via trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < 20:
        raise InputError(Code.NO_ARTICLE, f"{source}: no article text found in the HTML")
    published = getattr(doc, "date", None)
    if published and not _DATE.match(published):
        published = None
    return (
        text,
        getattr(doc, "title", None),
        published,
        getattr(doc, "author", None),
        getattr(doc, "sitename", None),
    )


def article_from_bytes(
    data: bytes,
    source: str,
    *,
    suffix: str = "",
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
) -> Article:
    """One article from raw bytes; raises :class:`InputError` for anything unusable."""
    if len(data) > MAX_BYTES:
        raise InputError(
            Code.TOO_LARGE, f"{source}: {len(data) / 1e6:.1f} MB is over the {MAX_BYTES // 2**20} MB limit"
        )
    if not data.strip():
        raise InputError(Code.EMPTY_INPUT, f"{source}: empty input")
    meta_title = meta_date = author = site = None
    if _looks_like_html(data, suffix):
        text, meta_title, meta_date, author, site = _from_html(decode(data, source), source)
    else:
        text = decode(data, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(Code.EMPTY_INPUT, f"{source}: blank input")
    language = detect_language(text)
    if language != "en":
        raise InputError(
            Code.UNSUPPORTED_LANGUAGE,
            f"{source}: unsupported language ({language}); newsprobe analyses English text",
        )
    if title is None:
        title = meta_title or _first_line_title(text)
    return Article(
        id=article_id(text),
        source=source,
        title=title,
        outlet=outlet or site,
        author=author,
        published=published or meta_date,
        language=language,
        text=text,
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
        raise InputError(Code.MISSING_PATH, f"{path}: no such file or directory")
    if p.is_dir():
        raise InputError(Code.BAD_OPTION, f"{path}: is a directory (use iter_articles)")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                Code.TOO_LARGE, f"{path}: {size / 1e6:.1f} MB is over the {MAX_BYTES // 2**20} MB limit"
            )
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(Code.MISSING_PATH, f"{path}: cannot read ({exc.strerror})") from None
    return article_from_bytes(data, path, suffix=p.suffix.lower(), published=published, outlet=outlet)


def expand_paths(
    paths: Iterable[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES + HTML_SUFFIXES
) -> Iterator[str | InputError]:
    """Files named directly, and every file with one of ``suffixes`` under a directory (sorted, recursive)."""
    for path in paths:
        p = Path(path)
        if path.startswith(("http://", "https://")):
            yield path  # fetched by iter_articles
        elif path != "-" and not p.exists():
            yield InputError(Code.MISSING_PATH, f"{path}: no such file or directory")
        elif p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
            if not found:
                yield InputError(Code.EMPTY_DIRECTORY, f"{path}: no {', '.join(suffixes)} files in directory")
            yield from found
        else:
            yield path


def iter_articles(
    paths: Iterable[str], *, published: str | None = None, outlet: str | None = None
) -> Iterator[Article | InputError]:
    """Articles in input order; a bad input is yielded as an :class:`InputError`, never raised."""
    published = check_published(published)
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            if item.startswith(("http://", "https://")):
                from newsprobe.sources.url import fetch_article  # url.py imports this module

                yield fetch_article(item, published=published, outlet=outlet)
                continue
            yield read_article(item, published=published, outlet=outlet)
        except InputError as exc:
            yield exc
