"""``newsprobe analyze`` and ``newsprobe schema``."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO, TypeVar

import typer

from newsprobe.cli.corpus import COMPONENTS_HELP, parse_components
from newsprobe.errors import Code, InputError, NewsprobeError
from newsprobe.model import Analysis, Article, json_schema
from newsprobe.render import FORMATS, render_html, render_json, render_jsonl_line, render_markdown

T = TypeVar("T")


def _good_articles(items: Iterator[Article | InputError], failures: list[NewsprobeError]) -> Iterator[Article]:
    """The articles; each error and each input warning (NP15x) is printed on stderr as it comes."""
    from newsprobe.sources.checks import warning_lines

    for item in items:
        if isinstance(item, InputError):
            print(str(item), file=sys.stderr)
            failures.append(item)
        else:
            for line in warning_lines(item):
                print(line, file=sys.stderr)
            yield item


def _write_stream(analyses: Iterator[Analysis], fmt: str, out: TextIO) -> int:
    count = 0
    if fmt == "json":
        # one object for one article, a JSON array for several; written as they come
        first = next(analyses, None)
        if first is None:
            return 0
        second = next(analyses, None)
        if second is None:
            out.write(render_json(first) + "\n")
            return 1
        out.write("[\n" + render_json(first))
        count = 1
        for analysis in _chain(second, analyses):
            out.write(",\n" + render_json(analysis))
            out.flush()
            count += 1
        out.write("\n]\n")
        return count
    for analysis in analyses:
        if fmt == "jsonl":
            out.write(render_jsonl_line(analysis) + "\n")
        elif fmt == "md":
            out.write(("\n---\n\n" if count else "") + render_markdown(analysis))
        else:
            out.write(render_html(analysis))
        out.flush()
        count += 1
    return count


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_ITEM = re.compile(r"^(?P<path>.+):(?P<n>\d+)$")


def output_stem(source: str | None, fallback: str) -> str:
    """A file name (without suffix) after an article's source.

    ``reuters-parasite.html`` -> ``reuters-parasite``; ``news.jsonl:3`` -> ``news-3``; a URL -> its
    last path segment (or its host); ``-`` -> ``stdin``; nothing usable -> ``fallback``.
    """
    from newsprobe.sources.url import is_url

    stem = ""
    if source == "-":
        stem = "stdin"
    elif source and is_url(source):
        rest = source.split("://", 1)[1].split("?", 1)[0].split("#", 1)[0]
        host, _, path = rest.partition("/")
        segments = [seg for seg in path.split("/") if seg]
        stem = Path(segments[-1]).stem if segments else host
    elif source:
        item = _ITEM.match(source)
        stem = f"{Path(item['path']).stem}-{item['n']}" if item else Path(source).stem
    stem = _UNSAFE.sub("-", stem).strip("-._")[:100]
    return stem or fallback


def _write_files(analyses: Iterator[Analysis], fmt: str, out_dir: Path) -> list[Path]:
    """One file per article, named after its source (made unique in this run); the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = {"json": "json", "jsonl": "jsonl", "md": "md", "html": "html"}[fmt]
    render = {"json": render_json, "jsonl": render_jsonl_line, "md": render_markdown, "html": render_html}
    used: set[str] = set()
    written: list[Path] = []
    for analysis in analyses:
        stem = output_stem(analysis.article.source, analysis.article.id)
        name, n = stem, 1
        while name.lower() in used:
            n += 1
            name = f"{stem}-{n}"
        used.add(name.lower())
        path = out_dir / f"{name}.{suffix}"
        path.write_text(render[fmt](analysis), encoding="utf-8")
        print(path, flush=True)
        written.append(path)
    return written


def analyze_command(
    paths: list[str] = typer.Argument(
        ...,
        help="Files (.txt/.html; .jsonl/.csv/.parquet records; .xml/.rss/.atom feeds), directories "
        "(every such file inside), http(s) URLs, or - for stdin.",
    ),
    fmt: str = typer.Option("json", "--format", "-f", help="json, jsonl, md or html."),
    published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD (resolves 'on Tuesday')."),
    outlet: str | None = typer.Option(None, help="Outlet name to record for every article."),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Write one file per article into this directory, named after its source (a.html -> a.json), "
        "and print the paths written.",
    ),
    components: str | None = typer.Option(None, "--components", help=COMPONENTS_HELP),
) -> None:
    """Analyse articles and print what they name, quote, claim and date.

    Example: newsprobe analyze examples/ --format md --published 2025-03-12
    """
    from newsprobe import pipeline
    from newsprobe.sources.dispatch import iter_articles

    if fmt not in FORMATS:
        raise InputError(Code.BAD_OPTION, f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    wanted = parse_components(components)
    items = list(iter_articles(paths, published=published, outlet=outlet))
    if fmt == "html" and output is None and sum(isinstance(i, Article) for i in items) > 1:
        raise InputError(Code.BAD_OPTION, "several articles as HTML need --output DIR (one page each)")
    failures: list[NewsprobeError] = []
    good = _good_articles(iter(items), failures)
    first = next(good, None)
    if first is None:
        # each failure is already on stderr, one line each
        if len(failures) > 1:
            print(f"error[{failures[0].code.value}]: no article could be read ({len(failures)} inputs failed)",
                  file=sys.stderr)
        raise typer.Exit(2)
    nlp = pipeline.shared(wanted)
    analyses = pipeline.analyze_many(_chain(first, good), nlp=nlp)
    if output is not None:
        _write_files(analyses, fmt, output)
    else:
        _write_stream(analyses, fmt, sys.stdout)
    if failures:
        print(f"error[{failures[0].code.value}]: {len(failures)} input(s) failed; the others were analysed",
              file=sys.stderr)
        raise typer.Exit(1)


def _chain(first: T, rest: Iterator[T]) -> Iterator[T]:
    yield first
    yield from rest


def schema_command(
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the schema to this file."),
) -> None:
    """Print the JSON Schema of newsprobe's analysis output.

    Example: newsprobe schema -o analysis.schema.json
    """
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def register(app: typer.Typer, evaluate_app: typer.Typer, train_app: typer.Typer) -> None:
    app.command("analyze")(analyze_command)
    app.command("schema")(schema_command)
