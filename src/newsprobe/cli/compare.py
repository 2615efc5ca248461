"""``newsprobe stories``, ``compare`` and ``evaluate stories``. Thin: parse options, call, print."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from newsprobe.errors import Code, InputError, NewsprobeError, StoreError
from newsprobe.model import Analysis, Article

if TYPE_CHECKING:
    from newsprobe.stories import StoryParams

_DB_HELP = "The store (a DuckDB file). Default: $NEWSPROBE_DB, else ./newsprobe.duckdb"


def _stored(db: str | None) -> list[Analysis]:
    from newsprobe.store import Store

    with Store(db, read_only=True) as store:
        return list(store.analyses())


def _params(threshold: float | None, window: int | None, no_window: bool) -> StoryParams:
    from dataclasses import replace

    from newsprobe.stories import StoryParams

    params = StoryParams()
    if threshold is not None:
        params = replace(params, threshold=threshold)
    if no_window:
        params = replace(params, window_days=None)
    elif window is not None:
        params = replace(params, window_days=window)
    return params


def stories_command(
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    min_size: int = typer.Option(2, "--min-size", help="List stories with at least this many articles."),
    threshold: float | None = typer.Option(None, help="Similarity needed to join a story (0-1)."),
    window: int | None = typer.Option(None, "--window", help="Days apart two dated articles may be."),
    no_window: bool = typer.Option(False, "--no-window", help="Ignore publication dates."),
) -> None:
    """Group stored articles on the same event across outlets.

    Example: newsprobe stories --db corpus.duckdb --format table
    """
    from newsprobe.stories import cluster_stories, render_stories_table

    if fmt not in ("table", "json"):
        raise InputError(Code.BAD_OPTION, f"--format must be table or json, got {fmt!r}")
    stories = cluster_stories(_stored(db), _params(threshold, window, no_window), min_size=max(1, min_size))
    if fmt == "json":
        sys.stdout.write(json.dumps([s.model_dump() for s in stories], indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write((render_stories_table(stories) or "(no story with that many articles)") + "\n")


def _from_files(paths: list[str], published: str | None, components: str | None) -> list[Analysis]:
    from newsprobe import pipeline
    from newsprobe.cli.corpus import parse_components
    from newsprobe.sources.dispatch import iter_articles

    nlp = pipeline.shared(parse_components(components))
    articles: list[Article] = []
    for item in iter_articles(paths, published=published):
        if isinstance(item, NewsprobeError):
            print(str(item), file=sys.stderr)
        else:
            articles.append(item)
    if not articles:
        raise InputError(Code.NO_ARTICLE, "no article could be read")
    return list(pipeline.analyze_many(articles, nlp=nlp))


def _from_story(story: str, db: str | None, params: StoryParams) -> list[Analysis]:
    from newsprobe.stories import cluster_stories

    analyses = _stored(db)
    for found in cluster_stories(analyses, params):
        if found.id == story:
            wanted = {m.id for m in found.articles}
            return [a for a in analyses if a.article.id in wanted]
    where = db or "the store"
    raise StoreError(Code.NOT_FOUND, f"no story {story} in {where} (list them: newsprobe stories)")


def compare_command(
    paths: list[str] = typer.Argument(None, help="Article files or directories (or use --story)."),
    story: str | None = typer.Option(None, "--story", help="A story id from `newsprobe stories`."),
    db: str | None = typer.Option(None, "--db", help=_DB_HELP + " (with --story)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or html."),
    published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD for every file."),
    components: str | None = typer.Option(
        None, help="With FILES: comma-separated analysers to run, e.g. entities,quotes,quantities (default all)."
    ),
    tolerance: float = typer.Option(0.0, help="Relative slack before two figures disagree, e.g. 0.05."),
    threshold: float | None = typer.Option(None, help="With --story: as given to `newsprobe stories`."),
    window: int | None = typer.Option(None, "--window", help="With --story: as given to `newsprobe stories`."),
    no_window: bool = typer.Option(False, "--no-window", help="With --story: as given to `newsprobe stories`."),
) -> None:
    """Put articles on one event side by side: figures, who is quoted, wording, sourcing.

    Example: newsprobe compare tests/data/compare/*.txt --format html > compare.html

    With --story, the story id comes from `newsprobe stories` run with the same clustering options.
    """
    from newsprobe.compare import compare, render_html, render_json, render_table

    if fmt not in ("table", "json", "html"):
        raise InputError(Code.BAD_OPTION, f"--format must be table, json or html, got {fmt!r}")
    if bool(paths) == bool(story):
        raise InputError(Code.BAD_OPTION, "give article FILES or --story ID (with --db), not both or neither")
    if story:
        analyses = _from_story(story, db, _params(threshold, window, no_window))
    else:
        analyses = _from_files(list(paths), published, components)
    result = compare(analyses, tolerance=tolerance)
    render = {"table": render_table, "json": render_json, "html": render_html}[fmt]
    sys.stdout.write(render(result) + "\n")


def evaluate_stories_command(
    basil: Path = typer.Option(..., "--basil", help="The BASIL folder (articles/<year>/*.json)."),
    singletons: list[Path] = typer.Option(
        None, "--singletons", help="PolNeAR or PTC folders (default: polnear/ and ptc/ beside BASIL)."
    ),
    ner: bool = typer.Option(False, "--ner", help="Entity keys from spaCy NER, not the surface heuristic."),
) -> None:
    """Score story clustering on BASIL triplets mixed with single articles (B-cubed).

    Example: newsprobe evaluate stories --basil ../shared/datasets/basil
    """
    from newsprobe.evaluate.stories import evaluate_stories

    result = evaluate_stories(basil, singleton_roots=singletons or None, ner=ner)
    sys.stdout.write(json.dumps(result, indent=2) + "\n")


def register(app: typer.Typer, evaluate_app: typer.Typer, train_app: typer.Typer) -> None:
    """Add this area's commands to the ``newsprobe`` app and its ``evaluate`` group."""
    app.command("stories")(stories_command)
    app.command("compare")(compare_command)
    evaluate_app.command("stories")(evaluate_stories_command)
