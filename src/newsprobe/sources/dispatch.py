"""One way in for every command: input specs to articles, in order, bad items yielded as errors.

An input spec is one of:

- ``-``: stdin (text or HTML);
- a URL: ``http://`` or ``https://`` in any letter case (``HTTP://…`` too), fetched by
  :func:`newsprobe.sources.url.fetch_article` with its address checks;
- a directory: every file inside with a supported suffix (:data:`INPUT_SUFFIXES`), sorted, recursive;
- a record file (``.jsonl``, ``.ndjson``, ``.csv``, ``.parquet``): one article per record;
- a feed file (``.xml``, ``.rss``, ``.atom``): one article per item or entry;
- any other file: plain text or HTML (by suffix or by content).

:func:`iter_articles` yields an :class:`~newsprobe.model.Article` or an
:class:`~newsprobe.errors.InputError` per item and never raises for a bad input, so a batch goes
on with the good ones. Every yielded error has ``source`` set (the file, ``PATH:N`` for a record
or feed item, the URL). ``newsprobe analyze``, ``newsprobe ingest`` and ``newsprobe compare`` read
their inputs here.

>>> for item in iter_articles(["articles/", "feed.xml", "https://example.org/a"]):  # doctest: +SKIP
...     print(item.source if isinstance(item, Article) else item)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from newsprobe.errors import Code, InputError
from newsprobe.model import Article
from newsprobe.sources import files, url
from newsprobe.sources.feeds import FEED_SUFFIXES, iter_feed
from newsprobe.sources.records import RECORD_SUFFIXES, Mapping_, iter_records

PLAIN_SUFFIXES = files.TEXT_SUFFIXES + files.HTML_SUFFIXES
#: what a directory is searched for
INPUT_SUFFIXES = PLAIN_SUFFIXES + RECORD_SUFFIXES + FEED_SUFFIXES

Kind = Literal["stdin", "url", "directory", "records", "feed", "file"]


def is_url(spec: str) -> bool:
    """Whether an input spec is a URL: ``http://`` or ``https://`` in any letter case."""
    return url.is_url(spec)


def kind(spec: str) -> Kind:
    """What an input spec names (a missing path is a ``file``; reading it reports the problem)."""
    if spec == "-":
        return "stdin"
    if is_url(spec):
        return "url"
    path = Path(spec)
    if path.is_dir():
        return "directory"
    suffix = path.suffix.lower()
    if suffix in RECORD_SUFFIXES:
        return "records"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return "file"


def expand(specs: Iterable[str], suffixes: tuple[str, ...] = INPUT_SUFFIXES) -> Iterator[str | InputError]:
    """Specs in order, each directory replaced by its files with one of ``suffixes`` (sorted, recursive)."""
    for spec in specs:
        what = kind(spec)
        if what in ("stdin", "url"):
            yield spec
        elif what == "directory":
            found = sorted(str(f) for f in Path(spec).rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
            if not found:
                yield InputError.at(spec, Code.EMPTY_DIRECTORY, f"no {', '.join(suffixes)} files in directory")
            yield from found
        elif not Path(spec).exists():
            yield InputError.at(spec, Code.MISSING_PATH, "no such file or directory")
        else:
            yield spec


def read_input(
    spec: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    mapping: Mapping_ | None = None,
) -> Iterator[Article | InputError]:
    """The articles of one expanded spec (a file, ``-`` or a URL); errors are yielded with a source."""
    what = kind(spec)
    reader: Iterator[Article | InputError]
    if what == "records":
        reader = iter_records(spec, mapping=mapping, published=published, outlet=outlet)
    elif what == "feed":
        reader = iter_feed(spec, published=published, outlet=outlet)
    else:
        reader = _one(spec, what, published, outlet)
    for item in reader:
        if isinstance(item, InputError) and item.source is None:
            item.source = spec
        yield item


def _one(spec: str, what: Kind, published: str | None, outlet: str | None) -> Iterator[Article | InputError]:
    try:
        if what == "url":
            yield url.fetch_article(spec, published=published, outlet=outlet)
        else:
            yield files.read_article(spec, published=published, outlet=outlet)
    except InputError as exc:
        yield exc


def iter_sourced(
    specs: Iterable[str],
    *,
    published: str | None = None,
    outlet: str | None = None,
    mapping: Mapping_ | None = None,
    suffixes: tuple[str, ...] = INPUT_SUFFIXES,
) -> Iterator[tuple[Article | InputError, str]]:
    """``(article or error, the file, URL or ``-`` it came from)`` for every input, streamed in order."""
    published = files.check_published(published)
    for item in expand(specs, suffixes):
        if isinstance(item, InputError):
            yield item, item.source or ""
            continue
        for thing in read_input(item, published=published, outlet=outlet, mapping=mapping):
            yield thing, item


def iter_articles(
    specs: Iterable[str],
    *,
    published: str | None = None,
    outlet: str | None = None,
    mapping: Mapping_ | None = None,
    suffixes: tuple[str, ...] = INPUT_SUFFIXES,
) -> Iterator[Article | InputError]:
    """Articles in input order; a bad input is yielded as an :class:`InputError`, never raised.

    ``published`` and ``outlet`` fill in what a page or record does not say (and override a page's
    own); ``mapping`` renames record columns (``{"text": "body"}``). A bad ``published`` raises.
    """
    for thing, _ in iter_sourced(specs, published=published, outlet=outlet, mapping=mapping, suffixes=suffixes):
        yield thing
