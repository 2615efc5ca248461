"""The corpus store: one DuckDB file holding every :class:`~newsprobe.model.Analysis`.

Each list in an ``Analysis`` becomes a flat table keyed by ``article_id`` with character offsets
(``start_char``/``end_char``, Python ``str`` indices, end excluded); the full Analysis JSON is kept
in ``articles.analysis`` so nothing is lost. The schema is documented in ``docs/corpus.md``.

>>> with Store("corpus.duckdb") as store:          # doctest: +SKIP
...     store.add(analysis)                         # False when the article is already stored
...     rows = store.query("SELECT outlet, count(*) AS n FROM articles GROUP BY outlet")
...     for a in store.analyses():                  # Analysis records, rebuilt from the JSON
...         ...

Writes are transactional: :meth:`Store.add_many` stores a batch in one transaction, so a process
killed mid-run loses at most the batch it was writing, never half an article.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import duckdb

from newsprobe.errors import Code, StoreError
from newsprobe.model import SCHEMA_VERSION, Analysis

#: the store layout version, in ``store_meta``; bumped when a table changes. Versions listed in
#: ``ADDITIVE_SINCE`` differ only by added tables and columns: a writable open upgrades them in place.
STORE_VERSION = "4"
ADDITIVE_SINCE = ("1", "2", "3")
#: where ``newsprobe ingest``/``query``/``export`` look when ``--db`` is not given
DEFAULT_DB = "newsprobe.duckdb"
DB_ENV = "NEWSPROBE_DB"

ExportFormat = Literal["parquet", "jsonl", "csv"]

#: table -> (column, DuckDB type) in order; the single source of the schema
TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "VARCHAR PRIMARY KEY"),
        ("source", "VARCHAR"),
        ("title", "VARCHAR"),
        ("outlet", "VARCHAR"),
        ("author", "VARCHAR"),
        ("published", "VARCHAR"),
        ("language", "VARCHAR"),
        ("n_chars", "INTEGER"),
        ("text", "VARCHAR"),
        ("schema_version", "VARCHAR"),
        ("analysis", "JSON"),
    ],
    "entities": [
        ("article_id", "VARCHAR"),
        ("entity_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("label", "VARCHAR"),
        ("n_mentions", "INTEGER"),
        ("country", "VARCHAR"),
    ],
    "mentions": [
        ("article_id", "VARCHAR"),
        ("entity_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("text", "VARCHAR"),
    ],
    "quotes": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("kind", "VARCHAR"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("content", "VARCHAR"),
        ("cue_start", "INTEGER"),
        ("cue_end", "INTEGER"),
        ("cue", "VARCHAR"),
        ("speaker_entity_id", "VARCHAR"),
        ("speaker_name", "VARCHAR"),
        ("speaker_start", "INTEGER"),
        ("speaker_end", "INTEGER"),
        ("speaker_text", "VARCHAR"),
        ("confidence", "DOUBLE"),
        ("framing", "VARCHAR"),
    ],
    "quantities": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("text", "VARCHAR"),
        ("value", "DOUBLE"),
        ("low", "DOUBLE"),
        ("high", "DOUBLE"),
        ("comparator", "VARCHAR"),
        ("unit", "VARCHAR"),
        ("counted_start", "INTEGER"),
        ("counted_end", "INTEGER"),
        ("counted", "VARCHAR"),
        ("claim_source_entity_id", "VARCHAR"),
        ("claim_source_name", "VARCHAR"),
        ("category", "VARCHAR"),
    ],
    "dates": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("text", "VARCHAR"),
        ("value", "VARCHAR"),
        ("range_from", "VARCHAR"),
        ("range_to", "VARCHAR"),
        ("granularity", "VARCHAR"),
        ("relation", "VARCHAR"),
    ],
    "techniques": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("text", "VARCHAR"),
        ("technique", "VARCHAR"),
        ("score", "DOUBLE"),
        ("voice", "VARCHAR"),
        ("quote_idx", "INTEGER"),
        ("speaker_name", "VARCHAR"),
        ("si_score", "DOUBLE"),
        ("confident", "BOOLEAN"),
    ],
    "terms": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("text", "VARCHAR"),
        ("term", "VARCHAR"),
        ("category", "VARCHAR"),
        ("neutral", "VARCHAR"),
        ("voice", "VARCHAR"),
        ("quote_idx", "INTEGER"),
        ("speaker_name", "VARCHAR"),
    ],
    "events": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("type", "VARCHAR"),
        ("mode", "VARCHAR"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("text", "VARCHAR"),
        ("sentence_start", "INTEGER"),
        ("sentence_end", "INTEGER"),
        ("source_name", "VARCHAR"),
        ("source_entity_id", "VARCHAR"),
        ("source_country", "VARCHAR"),
        ("source_sector", "VARCHAR"),
        ("target_name", "VARCHAR"),
        ("target_entity_id", "VARCHAR"),
        ("target_country", "VARCHAR"),
        ("target_sector", "VARCHAR"),
        ("date_text", "VARCHAR"),
        ("date_value", "VARCHAR"),
        ("location_name", "VARCHAR"),
        ("location_entity_id", "VARCHAR"),
        ("voice", "VARCHAR"),
        ("claimed_by_entity_id", "VARCHAR"),
        ("claimed_by_name", "VARCHAR"),
        ("cameo", "VARCHAR"),
        ("context", "VARCHAR"),
    ],
    # stories: computed at ingest (newsprobe.stories), ids stable as articles are added
    "stories": [
        ("id", "VARCHAR PRIMARY KEY"),
        ("seq", "BIGINT"),
        ("size", "INTEGER"),
        ("first_published", "VARCHAR"),
        ("last_published", "VARCHAR"),
        ("outlets", "VARCHAR"),
        ("title", "VARCHAR"),
    ],
    "story_articles": [
        ("article_id", "VARCHAR PRIMARY KEY"),
        ("story_id", "VARCHAR"),
    ],
    "story_aliases": [
        ("alias", "VARCHAR PRIMARY KEY"),
        ("story_id", "VARCHAR"),
    ],
    "errors": [
        ("source", "VARCHAR"),
        ("code", "VARCHAR"),
        ("message", "VARCHAR"),
        ("article_id", "VARCHAR"),
    ],
}
#: tables whose rows belong to one article (deleted and written with it)
CHILD_TABLES = ("entities", "mentions", "quotes", "quantities", "dates", "techniques", "terms", "events")
#: corpus-level tables (not per article): written by :mod:`newsprobe.stories`
STORY_TABLES = ("stories", "story_articles", "story_aliases")
_ERRORS_KEY = "PRIMARY KEY (source, code, message)"
#: export order of the tables not keyed by ``article_id``
_ORDER = {"articles": "id", "errors": "source, code", "stories": "seq", "story_aliases": "alias"}
#: per outlet and speaker, how many quotes each attribution framing has (stances left out)
_FRAMING_SELECT = (
    "SELECT a.outlet AS outlet, q.speaker_name AS speaker, q.framing AS framing, count(*) AS n "
    "FROM quotes q JOIN articles a ON a.id = q.article_id "
    "WHERE q.kind <> 'stance' AND q.speaker_name IS NOT NULL GROUP BY ALL"
)
_FRAMING_VIEW = "CREATE OR REPLACE VIEW quote_framing AS " + _FRAMING_SELECT
_ROWS_PER_STATEMENT = 250

Row = tuple[Any, ...]


def default_db() -> str:
    """``$NEWSPROBE_DB`` when set, else ``./newsprobe.duckdb``."""
    return os.environ.get(DB_ENV) or DEFAULT_DB


def columns(table: str) -> list[str]:
    """The column names of a store table, in order."""
    return [name for name, _ in TABLES[table]]


def table_ddl(table: str, *, keys: bool = True) -> str:
    """``CREATE TABLE`` for one store table (``keys=False`` drops the primary keys)."""
    cols = [f"{name} {kind if keys else kind.replace(' PRIMARY KEY', '')}" for name, kind in TABLES[table]]
    if keys and table == "errors":
        cols.append(_ERRORS_KEY)
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})"


def flatten(analysis: Analysis) -> dict[str, list[Row]]:
    """The rows one analysis adds to each table (``errors`` excluded), in column order."""
    art = analysis.article
    aid = art.id
    rows: dict[str, list[Row]] = {t: [] for t in ("articles", *CHILD_TABLES)}
    rows["articles"].append(
        (
            aid,
            art.source,
            art.title,
            art.outlet,
            art.author,
            art.published,
            art.language,
            len(art.text),
            art.text,
            analysis.schema_version,
            analysis.model_dump_json(),
        )
    )
    for ent in analysis.entities:
        rows["entities"].append((aid, ent.id, ent.name, ent.label, len(ent.mentions), ent.country))
        for i, m in enumerate(ent.mentions):
            rows["mentions"].append((aid, ent.id, i, m.start, m.end, m.text))
    for i, q in enumerate(analysis.quotes):
        cue, sp = q.cue, q.speaker
        rows["quotes"].append(
            (
                aid,
                i,
                q.kind,
                q.content.start,
                q.content.end,
                q.content.text,
                cue.start if cue else None,
                cue.end if cue else None,
                cue.text if cue else None,
                sp.entity_id if sp else None,
                sp.name if sp else None,
                sp.mention.start if sp else None,
                sp.mention.end if sp else None,
                sp.mention.text if sp else None,
                q.confidence,
                q.framing,
            )
        )
    for i, n in enumerate(analysis.quantities):
        c, src = n.counted, n.claim_source
        rows["quantities"].append(
            (
                aid,
                i,
                n.start,
                n.end,
                n.text,
                n.value,
                n.low,
                n.high,
                n.comparator,
                n.unit,
                c.start if c else None,
                c.end if c else None,
                c.text if c else None,
                src.entity_id if src else None,
                src.name if src else None,
                n.category,
            )
        )
    for i, d in enumerate(analysis.dates):
        lo, hi = d.range if d.range else (None, None)
        rows["dates"].append((aid, i, d.start, d.end, d.text, d.value, lo, hi, d.granularity, d.relation))
    for i, t in enumerate(analysis.techniques):
        who = t.speaker.name if t.speaker else None
        rows["techniques"].append(
            (aid, i, t.start, t.end, t.text, t.technique, t.score, t.voice, t.quote_index, who, t.si_score, t.confident)
        )
    for i, h in enumerate(analysis.terms):
        who = h.speaker.name if h.speaker else None
        rows["terms"].append(
            (aid, i, h.start, h.end, h.text, h.term, h.category, h.neutral, h.voice, h.quote_index, who)
        )
    for i, ev in enumerate(analysis.events):
        es, et, when, where, by = ev.source, ev.target, ev.date, ev.location, ev.claimed_by
        day = (when.value or (when.range[0] if when.range else None)) if when else None
        rows["events"].append(
            (
                aid, i, ev.type, ev.mode, ev.start, ev.end, ev.text, ev.sentence.start, ev.sentence.end,
                es.name if es else None, es.entity_id if es else None,
                es.country if es else None, es.sector if es else None,
                et.name if et else None, et.entity_id if et else None,
                et.country if et else None, et.sector if et else None,
                when.text if when else None, day,
                where.name if where else None, where.entity_id if where else None,
                ev.voice, by.entity_id if by else None, by.name if by else None, ev.cameo, ev.context,
            )
        )  # fmt: skip
    return rows


def insert_rows(
    con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[Row], *, or_ignore: bool = False
) -> None:
    """Insert many rows with multi-row ``VALUES`` statements (much faster than ``executemany``)."""
    if not rows:
        return
    width = len(TABLES[table])
    verb = "INSERT OR IGNORE INTO" if or_ignore else "INSERT INTO"
    # columns named: an upgraded store may hold added columns in another order than a new one
    names = ", ".join(name for name, _ in TABLES[table])
    for start in range(0, len(rows), _ROWS_PER_STATEMENT):
        chunk = rows[start : start + _ROWS_PER_STATEMENT]
        one = "(" + ", ".join("?" * width) + ")"
        sql = f"{verb} {table} ({names}) VALUES {', '.join([one] * len(chunk))}"
        con.execute(sql, [v for row in chunk for v in row])


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class Store:
    """A DuckDB corpus store (one file). Use as a context manager, or call :meth:`close`.

    ``read_only=True`` opens an existing store for reading only (several readers may share it;
    DuckDB allows one writing process at a time).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> None:
        self.path = str(path if path is not None else default_db())
        self.read_only = read_only
        self._known_columns: set[tuple[str, str]] = set()
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(Code.NOT_FOUND, f"{self.path}: no such store (run `newsprobe ingest` first)")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(Code.STORE, f"{self.path}: cannot open the store: {_one_line(exc)}") from None
        # DuckDB's own progress bar would print into query output on long queries
        self.con.execute("SET enable_progress_bar = false")
        if not read_only:
            self._create()
        self._check_version()

    # -- life cycle ---------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (committed data is already on disk)."""
        self.con.close()

    def reader(self) -> Store:
        """A read-only view of this store on its own DuckDB cursor, for one thread; close it after use.

        A DuckDB connection must not be shared across threads; its cursors may (the web server
        holds one writable connection and reads through cursors).
        """
        view = Store.__new__(Store)
        view.path, view.read_only = self.path, True
        view.con = self.con.cursor()
        view._known_columns = self._known_columns  # shared: columns, once there, stay
        return view

    def _create(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        for table in TABLES:
            self.con.execute(table_ddl(table))
        self.con.execute(
            "INSERT OR IGNORE INTO store_meta VALUES ('store_version', ?), ('schema_version', ?)",
            [STORE_VERSION, SCHEMA_VERSION],
        )

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM store_meta WHERE key = 'store_version'").fetchone()
        except duckdb.Error:
            raise StoreError(
                Code.STORE, f"{self.path}: not a newsprobe store (no store_meta table)"
            ) from None
        if row is not None and (row[0] in ADDITIVE_SINCE or row[0] == STORE_VERSION) and not self.read_only:
            self._upgrade()  # also adds columns added since this version was written (additive)
            return
        if row is None or row[0] != STORE_VERSION:
            found = row[0] if row else "none"
            if found in ADDITIVE_SINCE:
                raise StoreError(
                    Code.STORE,
                    f"{self.path}: store layout version {found}; open it once for writing (e.g. `newsprobe ingest`) "
                    f"to upgrade it to {STORE_VERSION}",
                )
            raise StoreError(
                Code.STORE, f"{self.path}: store layout version {found}, this newsprobe reads {STORE_VERSION}"
            )

    def _upgrade(self) -> None:
        """Bring an older store with an additive difference up to date: add missing columns (NULL for
        stored rows; tables were created by ``_create``) and record the new version."""
        for table, cols in TABLES.items():
            have = {r[0] for r in self.con.execute(f"DESCRIBE {table}").fetchall()}
            for name, kind in cols:
                if name not in have:
                    self.con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
        self.con.execute("UPDATE store_meta SET value = ? WHERE key = 'store_version'", [STORE_VERSION])
        self.con.execute(_FRAMING_VIEW)

    # -- writing ------------------------------------------------------------------------------
    def add(self, analysis: Analysis) -> bool:
        """Store one analysis; ``False`` (and nothing written) when its article is already stored."""
        return self.add_many([analysis]) == 1

    def add_many(self, analyses: Iterable[Analysis], errors: Iterable[Row] = ()) -> int:
        """Store a batch in ONE transaction: articles not yet stored, plus per-article errors.

        ``errors`` are ``(source, code, message[, article_id])`` tuples; the same
        (source, code, message) is stored once. Returns how many articles were new.
        """
        batch = list(analyses)
        stored = self.stored_ids(a.article.id for a in batch)
        rows: dict[str, list[Row]] = {t: [] for t in ("articles", *CHILD_TABLES)}
        for analysis in batch:
            if analysis.article.id in stored:
                continue
            stored.add(analysis.article.id)  # the same article twice in one batch: once
            for table, table_rows in flatten(analysis).items():
                rows[table].extend(table_rows)
        error_rows = [(*e, None) if len(e) == 3 else tuple(e) for e in errors]
        self._write(rows, error_rows)
        return len(rows["articles"])

    def _write(self, rows: dict[str, list[Row]], error_rows: list[Row]) -> None:
        self._writable()
        try:
            self.con.begin()
            for table, table_rows in rows.items():
                insert_rows(self.con, table, table_rows)
            insert_rows(self.con, "errors", error_rows, or_ignore=True)
            self.con.commit()
        except duckdb.Error as exc:
            self.con.rollback()
            raise StoreError(Code.STORE, f"{self.path}: write failed: {_one_line(exc)}") from None

    def record_error(self, source: str, code: str, message: str, article_id: str | None = None) -> None:
        """Store one per-article error; the same (source, code, message) is stored once."""
        self._writable()
        insert_rows(self.con, "errors", [(source, code, message, article_id)], or_ignore=True)

    def add_parquet(self, part_dir: str | os.PathLike[str]) -> int:
        """Load one partition written by :func:`write_partition` (a folder of ``<table>.parquet``).

        Same rules as :meth:`add_many`: one transaction, articles already stored are skipped.
        """
        self._writable()
        part = Path(part_dir)

        def src(table: str) -> str:
            return "read_parquet(" + _sql_str(str(part / f"{table}.parquet")) + ")"

        try:
            self.con.begin()
            self.con.execute(
                "CREATE OR REPLACE TEMP TABLE _new_ids AS SELECT DISTINCT id FROM "
                f"{src('articles')} WHERE id NOT IN (SELECT id FROM articles)"
            )
            n_row = self.con.execute("SELECT count(*) FROM _new_ids").fetchone()
            self.con.execute(
                f"INSERT INTO articles SELECT * FROM {src('articles')} WHERE id IN (SELECT id FROM _new_ids)"
            )
            for table in CHILD_TABLES:
                self.con.execute(
                    f"INSERT INTO {table} SELECT * FROM {src(table)} "
                    "WHERE article_id IN (SELECT id FROM _new_ids)"
                )
            self.con.execute(f"INSERT OR IGNORE INTO errors SELECT * FROM {src('errors')}")
            self.con.execute("DROP TABLE _new_ids")
            self.con.commit()
        except duckdb.Error as exc:
            self.con.rollback()
            raise StoreError(Code.STORE, f"{part}: loading the partition failed: {_one_line(exc)}") from None
        return int(n_row[0]) if n_row else 0

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(Code.STORE, f"{self.path}: opened read-only")

    # -- reading ------------------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        """Whether an article with this id (content hash) is stored."""
        return bool(self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone())

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """The subset of ``ids`` already stored (one query for a whole batch)."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE list_contains(?, id)", [wanted]).fetchall()
        return {r[0] for r in rows}

    def analyses(self, ids: Iterable[str] | None = None) -> Iterator[Analysis]:
        """Stored analyses, rebuilt from their JSON, in id order (only ``ids`` when given)."""
        cur = self.con.cursor()
        if ids is None:
            cur.execute("SELECT analysis FROM articles ORDER BY id")
        else:
            cur.execute("SELECT analysis FROM articles WHERE list_contains(?, id) ORDER BY id", [list(ids)])
        try:
            while chunk := cur.fetchmany(256):
                for (text,) in chunk:
                    yield Analysis.model_validate_json(text)
        finally:
            cur.close()

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Run SQL; rows as dicts. A SQL error is a one-line :class:`StoreError` (NP302)."""
        cols, rows = self.query_rows(sql, params)
        return [dict(zip(cols, row, strict=True)) for row in rows]

    def query_rows(self, sql: str, params: Sequence[Any] | None = None) -> tuple[list[str], list[Row]]:
        """Run SQL; ``(column names, rows as tuples)``."""
        try:
            cur = self.con.execute(sql, params) if params else self.con.execute(sql)
            if cur.description is None:
                return [], []
            names = [d[0] for d in cur.description]
            return names, cur.fetchall()
        except duckdb.Error as exc:
            raise StoreError(Code.QUERY, f"SQL error: {_one_line(exc)}") from None

    def has_column(self, table: str, column: str) -> bool:
        """Whether ``table`` has ``column`` (a store opened read-only is never upgraded). A column found
        is remembered: pages ask this on every request, and columns are never dropped."""
        if (table, column) in self._known_columns:
            return True
        rows = self.con.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_name = ? AND column_name = ?", [table, column]
        ).fetchall()
        if rows:
            self._known_columns.add((table, column))
        return bool(rows)

    def framing_counts(self) -> list[dict[str, Any]]:
        """Per outlet and speaker, quotes per attribution framing (view ``quote_framing``)."""
        return self.query(_FRAMING_SELECT + " ORDER BY outlet, speaker, framing")

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        out: dict[str, int] = {}
        for table in TABLES:
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def errors(self) -> list[dict[str, Any]]:
        """Every stored per-article error."""
        return self.query("SELECT source, code, message, article_id FROM errors ORDER BY source, code")

    # -- export -------------------------------------------------------------------------------
    def export(self, out_dir: str | os.PathLike[str], fmt: ExportFormat = "parquet") -> list[Path]:
        """Write one file per table into ``out_dir`` (``<table>.parquet|.jsonl|.csv``)."""
        options = {"parquet": "FORMAT parquet", "jsonl": "FORMAT json", "csv": "FORMAT csv, HEADER true"}
        if fmt not in options:
            raise StoreError(Code.STORE, f"unknown export format {fmt!r} (parquet, jsonl or csv)")
        out = Path(out_dir)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(Code.STORE, f"{out}: cannot create the folder ({exc.strerror})") from None
        written = []
        for table in TABLES:
            target = out / f"{table}.{fmt}"
            order = _ORDER.get(table, "article_id")
            try:
                self.con.execute(
                    f"COPY (SELECT * FROM {table} ORDER BY {order}) TO {_sql_str(str(target))} "
                    f"({options[fmt]})"
                )
            except duckdb.Error as exc:
                raise StoreError(Code.STORE, f"{target}: export failed: {_one_line(exc)}") from None
            written.append(target)
        return written


def _sql_str(value: str) -> str:
    """A SQL string literal (for file paths in COPY/read_parquet, which take no parameters)."""
    return "'" + value.replace("'", "''") + "'"


def write_partition(
    part_dir: str | os.PathLike[str], analyses: Iterable[Analysis], errors: Iterable[Row] = ()
) -> Path:
    """Write analyses as one Parquet file per table into ``part_dir`` (for :meth:`Store.add_parquet`).

    Runs anywhere (a Dask worker): an in-memory DuckDB with the store's schema, then ``COPY``.
    ``errors`` are ``(source, code, message, article_id)`` rows.
    """
    part = Path(part_dir)
    part.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(":memory:")
    try:
        for table in TABLES:
            con.execute(table_ddl(table, keys=False))
        rows: dict[str, list[Row]] = {t: [] for t in ("articles", *CHILD_TABLES)}
        seen: set[str] = set()
        for analysis in analyses:
            if analysis.article.id in seen:
                continue
            seen.add(analysis.article.id)
            for table, table_rows in flatten(analysis).items():
                rows[table].extend(table_rows)
        for table, table_rows in rows.items():
            insert_rows(con, table, table_rows)
        insert_rows(con, "errors", list(dict.fromkeys(errors)))
        for table in TABLES:
            tmp = part / f"{table}.parquet.tmp"
            con.execute(f"COPY {table} TO {_sql_str(str(tmp))} (FORMAT parquet)")
            tmp.replace(part / f"{table}.parquet")
    finally:
        con.close()
    return part


def dumps_row(row: dict[str, Any]) -> str:
    """JSON for one query row (dates, decimals and the like as strings)."""
    return json.dumps(row, ensure_ascii=False, default=str)
