"""``newsprobe ingest``, ``newsprobe query`` and ``newsprobe export``: the corpus store from the shell.

Thin: each command parses options, calls :mod:`newsprobe.corpus` or :class:`newsprobe.store.Store`,
and prints. The store defaults to ``$NEWSPROBE_DB`` or ``./newsprobe.duckdb``.
"""

from __future__ import annotations

import csv
import io
import sys
from enum import StrEnum
from typing import Any

import typer

from newsprobe.errors import Code, InputError
from newsprobe.store import Store, default_db, dumps_row

_DB_HELP = "The store (a DuckDB file). Default: $NEWSPROBE_DB, else ./newsprobe.duckdb"


class EngineOpt(StrEnum):
    local = "local"
    dask = "dask"


class QueryFormat(StrEnum):
    json = "json"
    csv = "csv"
    table = "table"


class ExportFormatOpt(StrEnum):
    parquet = "parquet"
    jsonl = "jsonl"
    csv = "csv"


#: the help text of ``--components``, the same in every command that takes it
COMPONENTS_HELP = "Comma-separated analysers, e.g. entities,quotes,dates (default: all; none: the parse only)"


def parse_components(spec: str | None) -> tuple[str, ...]:
    """``"entities,quotes"`` -> factory names; ``None`` or ``"all"`` -> the default set; ``""`` or ``"none"``
    -> the parse only. Short names are those of ``pipeline.COMPONENTS`` without ``newsprobe_``; the full
    factory names are accepted too. Unknown names: one coded error (NP109) listing the valid ones."""
    from newsprobe.pipeline import COMPONENTS, DEFAULT_COMPONENTS

    if spec is None or spec.strip().lower() == "all":
        return DEFAULT_COMPONENTS
    if spec.strip().lower() in ("", "none"):
        return ()
    known = [name for name, _ in COMPONENTS]
    names = []
    for part in spec.split(","):
        name = part.strip().lower()
        if not name:
            continue
        full = name if name.startswith("newsprobe_") else f"newsprobe_{name}"
        if full not in known:
            short = ", ".join(c.removeprefix("newsprobe_") for c in known)
            raise InputError(Code.BAD_OPTION, f"unknown component {part.strip()!r} (choose from {short})")
        names.append(full)
    return tuple(n for n in known if n in names)


def ingest_cmd(
    paths: list[str] = typer.Argument(
        ...,
        help="Files, directories, or '-': .txt/.html, .jsonl/.csv/.parquet records, .xml/.rss/.atom feeds",
    ),
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    processes: int = typer.Option(1, "--processes", "-p", help="Worker processes (or Dask workers)"),
    engine: EngineOpt = typer.Option(EngineOpt.local, "--engine", help="local processes, or a Dask cluster"),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Dask scheduler address (default: a LocalCluster on this machine)"
    ),
    batch_size: int = typer.Option(16, "--batch-size", help="Articles per batch (one transaction each)"),
    components: str | None = typer.Option(None, "--components", help=COMPONENTS_HELP),
    mapping: str | None = typer.Option(
        None,
        "--map",
        help="Record columns for fields text,title,url,outlet,author,published: text=body,url=link",
    ),
    published: str | None = typer.Option(
        None, "--published", help="Publication date YYYY-MM-DD when unknown"
    ),
    outlet: str | None = typer.Option(None, "--outlet", help="Outlet name when unknown"),
    parts_dir: str | None = typer.Option(
        None, "--parts-dir", help="Dask: where workers write Parquet partitions (a shared folder)"
    ),
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal)"
    ),
) -> None:
    """Analyse articles and store them; rerun to resume. Example: newsprobe ingest news/ --db corpus.duckdb

    Exit status 1 when some inputs failed (they are rows in the `errors` table; the rest is stored).
    """
    from newsprobe.corpus import ingest
    from newsprobe.sources.records import parse_mapping

    report = ingest(
        paths,
        db=db,
        engine=engine.value,
        processes=processes,
        scheduler=scheduler,
        batch_size=batch_size,
        components=parse_components(components),
        mapping=parse_mapping(mapping),
        published=published,
        outlet=outlet,
        parts_dir=parts_dir,
        progress=sys.stderr.isatty() if progress is None else progress,
        on_warning=lambda line: print(line, file=sys.stderr),
    )
    print(f"{db or default_db()}: {report.summary()}", file=sys.stderr)
    if report.errors:
        # like `analyze` on a batch: the good articles are stored, the exit status says some failed
        print("errors are in the store: newsprobe query \"SELECT * FROM errors\"", file=sys.stderr)
        raise typer.Exit(1)


def _table(names: list[str], rows: list[tuple[Any, ...]], width: int = 60) -> str:
    def cell(value: Any) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def format_rows(names: list[str], rows: list[tuple[Any, ...]], fmt: str) -> str:
    """Query results as json (a list of row objects), csv (with a header) or an aligned table."""
    if fmt == "json":
        body = ",\n".join("  " + dumps_row(dict(zip(names, r, strict=True))) for r in rows)
        return "[\n" + body + "\n]" if rows else "[]"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(["" if v is None else v for v in r] for r in rows)
        return buf.getvalue().rstrip("\n")
    return _table(names, rows)


def query_cmd(
    sql: str = typer.Argument(..., help="A SQL query over the store's tables (see docs/corpus.md)"),
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f", help="json, csv or table"),
) -> None:
    """Query the store (read-only).

    Example: newsprobe query "SELECT outlet, count(*) AS n FROM articles GROUP BY 1" --format json
    """
    with Store(db, read_only=True) as store:
        # user SQL may read the store only: no COPY TO, no reading or writing other files or URLs
        store.con.execute("SET enable_external_access = false")
        names, rows = store.query_rows(sql)
    print(format_rows(names, rows, fmt.value))


def export_cmd(
    out: str = typer.Option(..., "--out", help="Folder to write, one file per table"),
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    fmt: ExportFormatOpt = typer.Option(
        ExportFormatOpt.parquet, "--format", "-f", help="parquet, jsonl or csv"
    ),
) -> None:
    """Export every table. Example: newsprobe export --db corpus.duckdb --format parquet --out corpus/"""
    with Store(db, read_only=True) as store:
        written = store.export(out, fmt.value)
    for path in written:
        print(path)


def register(app: typer.Typer, evaluate_app: typer.Typer, train_app: typer.Typer) -> None:
    """Add ``ingest``, ``query`` and ``export`` to the ``newsprobe`` app."""
    app.command("ingest")(ingest_cmd)
    app.command("query")(query_cmd)
    app.command("export")(export_cmd)
