"""Read articles from RSS and Atom feed FILES (no network): one article per item or entry.

For each RSS ``<item>`` (RSS 0.9x/1.0/2.0) or Atom ``<entry>``:

- text: the longest of ``content:encoded``, ``<content>``, ``<description>``, ``<summary>``, with
  HTML reduced to plain text (paragraphs kept as blank lines, entities decoded);
- title, link (``Article.source``; Atom: the ``rel="alternate"`` link), author (``<author>``,
  ``<dc:creator>``), published (``pubDate``, ``published``, ``dc:date``, ``updated``);
- outlet: the feed's own ``<title>`` unless ``outlet`` is given.

Parsed with ``defusedxml`` when installed, else the standard library's ``xml.etree`` with
entity declarations refused (no entity expansion attacks). Bad entries are yielded as
:class:`~newsprobe.errors.InputError`, like every reader.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from newsprobe.errors import Code, InputError
from newsprobe.model import Article
from newsprobe.sources.records import article_from_fields, normalize_date

FEED_SUFFIXES = (".xml", ".rss", ".atom")
#: feed files larger than this are refused (bytes)
MAX_FEED_BYTES = 50 * 1024 * 1024
_TEXT_TAGS = ("encoded", "content", "description", "summary")
_DATE_TAGS = ("pubDate", "published", "date", "issued", "updated", "modified")
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "pre",
    "hr",
}
_SKIP = {"script", "style", "noscript", "template"}
_SPACES = re.compile(r"[ \t\u00a0]+")
_WHITESPACE = re.compile(r"\s+")


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:  # in HTML a line break is a space; blocks make paragraphs
            self.parts.append(_WHITESPACE.sub(" ", data))


def html_to_text(markup: str) -> str:
    """Plain text from an HTML fragment: blocks become paragraphs separated by a blank line."""
    if "<" not in markup:
        raw = html.unescape(markup)
    else:
        parser = _TextExtractor()
        parser.feed(markup)
        parser.close()
        raw = "".join(parser.parts)
    lines = (_SPACES.sub(" ", line).strip() for line in raw.split("\n"))
    return "\n\n".join(line for line in lines if line)


def _parse(data: bytes, source: str) -> ET.Element:
    try:
        import defusedxml.ElementTree as safe_et
    except ImportError:
        safe_et = None
    if safe_et is None and b"<!ENTITY" in data:
        raise InputError.at(source, Code.BAD_RECORD, "feed declares XML entities; refused")
    try:
        if safe_et is not None:
            return safe_et.fromstring(data)
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError.at(source, Code.BAD_RECORD, f"not a well-formed feed ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - defusedxml's refusals (entities, DTDs)
        raise InputError.at(source, Code.BAD_RECORD, f"feed refused ({type(exc).__name__})") from None


def _child(elem: ET.Element, name: str) -> ET.Element | None:
    for child in elem:
        if _local(child.tag) == name:
            return child
    return None


def _inner_text(elem: ET.Element) -> str:
    """An element's text; Atom ``type="xhtml"`` content holds markup as child elements."""
    if len(elem):
        return "\n".join(t.strip() for t in elem.itertext() if t.strip())
    return html_to_text(elem.text or "")


def _entry_text(entry: ET.Element) -> str:
    candidates = [_inner_text(c) for c in entry if _local(c.tag) in _TEXT_TAGS]
    return max(candidates, key=len, default="")


def _entry_link(entry: ET.Element) -> str | None:
    links = [c for c in entry if _local(c.tag) == "link"]
    for link in links:
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return link.get("href")
    for link in links:
        if link.text and link.text.strip():
            return link.text.strip()
        if link.get("href"):
            return link.get("href")
    guid = _child(entry, "guid")
    if guid is not None and guid.text and guid.get("isPermaLink", "true") == "true":
        return guid.text.strip()
    return None


def _entry_author(entry: ET.Element) -> str | None:
    for name in ("author", "creator"):
        elem = _child(entry, name)
        if elem is None:
            continue
        inner = _child(elem, "name")
        text = (inner.text if inner is not None else elem.text) or ""
        if text.strip():
            return text.strip()
    return None


def _entry_published(entry: ET.Element) -> str | None:
    for name in _DATE_TAGS:
        elem = _child(entry, name)
        if elem is not None and elem.text:
            value = normalize_date(elem.text)
            if value:
                return value
    return None


def _feed_title(root: ET.Element) -> str | None:
    channel = _child(root, "channel")
    for holder in (channel, root):
        if holder is None:
            continue
        title = _child(holder, "title")
        if title is not None and title.text and title.text.strip():
            return html_to_text(title.text.strip()) or None
    return None


def iter_feed(
    path: str | Path, *, published: str | None = None, outlet: str | None = None
) -> Iterator[Article | InputError]:
    """Articles from one RSS/Atom file, in document order; ``outlet`` overrides the feed title."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FEED_BYTES:
            yield InputError.at(str(p), Code.TOO_LARGE, f"{size / 1e6:.1f} MB feed is over the limit")
            return
        data = p.read_bytes()
    except FileNotFoundError:
        yield InputError.at(str(p), Code.MISSING_PATH, "no such file or directory")
        return
    except OSError as exc:
        yield InputError.at(str(p), Code.MISSING_PATH, f"cannot read ({exc.strerror})")
        return
    try:
        root = _parse(data, str(p))
    except InputError as exc:
        yield exc
        return
    entries = [e for e in root.iter() if _local(e.tag) in ("item", "entry")]
    if not entries:
        yield InputError.at(str(p), Code.NO_ARTICLE, "no RSS items or Atom entries")
        return
    feed_outlet = outlet or _feed_title(root)
    for n, entry in enumerate(entries, start=1):
        source = f"{p}:{n}"
        title = _child(entry, "title")
        fields = {
            "text": _entry_text(entry),
            "title": html_to_text(title.text or "") if title is not None else None,
            "url": _entry_link(entry),
            "outlet": feed_outlet,
            "author": _entry_author(entry),
            "published": _entry_published(entry),
        }
        try:
            yield article_from_fields(fields, source, published=published, extractor="feed")
        except InputError as exc:
            yield exc
