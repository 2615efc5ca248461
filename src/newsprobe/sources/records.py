"""Read articles from record files: JSON Lines, CSV and Parquet, with a column mapping.

Each record (a JSON object, a CSV row, a Parquet row) is one article. The fields newsprobe reads
are ``text`` (required), ``title``, ``url``, ``outlet``, ``author`` and ``published``; by default
each is read from the column of the same name, and a mapping renames them::

    newsprobe ingest news.jsonl --map text=body,url=link,published=date

A record's ``url`` becomes ``Article.source``; without one the source is ``PATH:N`` (the N-th
record, counting from 1). ``published`` may be an ISO date, an ISO date-time or an RFC 822 date
(as in feeds); anything else is dropped rather than guessed. Like :mod:`newsprobe.sources.files`,
readers *yield* a bad record as an :class:`~newsprobe.errors.InputError` and go on.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from newsprobe.errors import Code, InputError
from newsprobe.model import Article, article_id
from newsprobe.sources import checks
from newsprobe.sources.language import detect_language

#: the fields a mapping may name, and what each becomes
FIELDS = ("text", "title", "url", "outlet", "author", "published")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
PARQUET_SUFFIXES = (".parquet",)
RECORD_SUFFIXES = JSONL_SUFFIXES + CSV_SUFFIXES + PARQUET_SUFFIXES
#: a record's text larger than this is refused (characters)
MAX_CHARS = 5 * 1024 * 1024
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ])")

Mapping_ = dict[str, str]


def parse_mapping(spec: str | None) -> Mapping_:
    """``"text=body,url=link"`` -> ``{"text": "body", "url": "link"}`` (field -> column)."""
    mapping: Mapping_ = {}
    if not spec:
        return mapping
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        field, sep, column = part.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not column:
            raise InputError(Code.BAD_OPTION, f"--map entry {part!r} is not FIELD=COLUMN")
        if field not in FIELDS:
            raise InputError(Code.BAD_OPTION, f"--map field {field!r} is not one of {', '.join(FIELDS)}")
        mapping[field] = column
    return mapping


def normalize_date(value: Any) -> str | None:
    """An ISO ``YYYY-MM-DD`` from a date, an ISO date(-time) string or an RFC 822 date; else None."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not text:
        return None
    match = _ISO_DAY.match(text)
    if match:
        try:
            return date.fromisoformat(match.group(1)).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def article_from_fields(
    fields: Mapping[str, Any],
    source: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    extractor: str = "record",
    page_chars: int | None = None,
) -> Article:
    """One article from already-mapped fields (``text``, ``title``, ...); raises :class:`InputError`.

    ``published`` and ``outlet`` fill in when the record has none. ``extractor`` names the reader in
    ``Article.extraction`` (``record`` or ``feed``); a feed item's text is checked for being thin
    (a teaser), a record's is the user's own data and is not.
    """
    raw = fields.get("text")
    if raw is not None and not isinstance(raw, str):
        raise InputError.at(source, Code.BAD_RECORD, f"the text field is a {type(raw).__name__}, not a string")
    text = (raw or "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError.at(source, Code.EMPTY_INPUT, "empty text")
    if len(text) > MAX_CHARS:
        raise InputError.at(source, Code.TOO_LARGE, f"text of {len(text)} characters is over the limit")
    language = detect_language(text)
    if language != "en":
        raise InputError.at(
            source, Code.UNSUPPORTED_LANGUAGE, f"unsupported language ({language}); newsprobe analyses English text"
        )
    url = _clean(fields.get("url"))
    own_date = normalize_date(fields.get("published"))
    final_date = own_date or published
    origin = f"from the {extractor}" if own_date else "as given"
    return Article(
        id=article_id(text),
        source=url or source,
        title=_clean(fields.get("title")),
        outlet=_clean(fields.get("outlet")) or outlet,
        author=_clean(fields.get("author")),
        published=final_date,
        language=language,
        text=text,
        extraction=checks.extraction(
            extractor, text, page_chars=page_chars, published=final_date, published_origin=origin, url=url,
            thin=extractor == "feed", share=False,
        ),  # fmt: skip
    )


def _map_record(record: Mapping[str, Any], mapping: Mapping_, source: str) -> dict[str, Any]:
    text_col = mapping.get("text", "text")
    if text_col not in record:
        raise InputError.at(source, Code.BAD_RECORD, f"no {text_col!r} field (map it with --map text=COLUMN)")
    return {f: record.get(mapping.get(f, f)) for f in FIELDS}


def _records_to_articles(
    records: Iterator[tuple[str, Mapping[str, Any] | InputError]],
    mapping: Mapping_,
    published: str | None,
    outlet: str | None,
) -> Iterator[Article | InputError]:
    for source, record in records:
        if isinstance(record, InputError):
            yield record
            continue
        try:
            yield article_from_fields(
                _map_record(record, mapping, source), source, published=published, outlet=outlet
            )
        except InputError as exc:
            yield exc


def _open_check(path: Path) -> InputError | None:
    if not path.exists():
        return InputError.at(str(path), Code.MISSING_PATH, "no such file or directory")
    if not path.is_file():
        return InputError.at(str(path), Code.BAD_OPTION, "not a file")
    return None


def _jsonl_records(path: Path) -> Iterator[tuple[str, Mapping[str, Any] | InputError]]:
    try:
        handle = path.open("r", encoding="utf-8-sig", errors="strict")
    except OSError as exc:
        yield str(path), InputError.at(str(path), Code.MISSING_PATH, f"cannot read ({exc.strerror})")
        return
    with handle:
        n = 0
        lineno = 0
        while True:
            lineno += 1
            try:
                line = handle.readline()
            except UnicodeDecodeError:
                yield f"{path}:{lineno}", InputError.at(str(path), Code.UNDECODABLE, f"line {lineno} is not UTF-8")
                return
            if not line:
                return
            if not line.strip():
                continue
            n += 1
            source = f"{path}:{n}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield source, InputError.at(source, Code.BAD_RECORD, f"not JSON ({exc.msg}, line {lineno})")
                continue
            if not isinstance(record, dict):
                yield (
                    source,
                    InputError.at(source, Code.BAD_RECORD, f"a JSON {type(record).__name__}, not an object"),
                )
                continue
            yield source, record


def _csv_records(path: Path) -> Iterator[tuple[str, Mapping[str, Any] | InputError]]:
    csv.field_size_limit(MAX_CHARS + 1)
    try:
        handle = path.open("r", encoding="utf-8-sig", newline="")
    except OSError as exc:
        yield str(path), InputError.at(str(path), Code.MISSING_PATH, f"cannot read ({exc.strerror})")
        return
    with handle:
        reader = csv.DictReader(handle)
        n = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                yield f"{path}:{n + 1}", InputError.at(str(path), Code.UNDECODABLE, f"record {n + 1} is not UTF-8")
                return
            except csv.Error as exc:
                yield f"{path}:{n + 1}", InputError.at(f"{path}:{n + 1}", Code.BAD_RECORD, f"bad CSV ({exc})")
                return
            n += 1
            yield f"{path}:{n}", row


def _parquet_records(path: Path) -> Iterator[tuple[str, Mapping[str, Any] | InputError]]:
    import duckdb

    con = duckdb.connect(":memory:")
    try:
        literal = "'" + str(path).replace("'", "''") + "'"
        try:
            cur = con.execute(f"SELECT * FROM read_parquet({literal})")
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            yield str(path), InputError.at(str(path), Code.BAD_RECORD, f"not a readable Parquet file ({first})")
            return
        names = [d[0] for d in cur.description or []]
        n = 0
        while chunk := cur.fetchmany(512):
            for row in chunk:
                n += 1
                yield f"{path}:{n}", dict(zip(names, row, strict=True))
    finally:
        con.close()


def iter_records(
    path: str | Path,
    *,
    mapping: Mapping_ | None = None,
    published: str | None = None,
    outlet: str | None = None,
) -> Iterator[Article | InputError]:
    """Articles from a ``.jsonl``/``.ndjson``, ``.csv`` or ``.parquet`` file, streamed in order."""
    p = Path(path)
    problem = _open_check(p)
    if problem is not None:
        yield problem
        return
    suffix = p.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        records = _jsonl_records(p)
    elif suffix in CSV_SUFFIXES:
        records = _csv_records(p)
    elif suffix in PARQUET_SUFFIXES:
        records = _parquet_records(p)
    else:
        yield InputError.at(str(p), Code.BAD_OPTION, f"not a record file ({', '.join(RECORD_SUFFIXES)})")
        return
    yield from _records_to_articles(records, mapping or {}, published, outlet)
