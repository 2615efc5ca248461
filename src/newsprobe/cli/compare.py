"""``newsprobe stories``, ``compare``, ``figures`` and ``evaluate stories``. Thin: parse options, call, print."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from newsprobe.errors import Code, InputError, NewsprobeError
from newsprobe.model import Analysis, Article

if TYPE_CHECKING:
    from newsprobe.stories import StoryParams

_DB_HELP = "The store (a DuckDB file). Default: $NEWSPROBE_DB, else ./newsprobe.duckdb"


def _params(
    base: StoryParams | None, threshold: float | None, window: int | None, no_window: bool
) -> StoryParams:
    from dataclasses import replace

    from newsprobe.stories import StoryParams

    params = base or StoryParams()
    if threshold is not None:
        params = replace(params, threshold=threshold)
    if no_window:
        params = replace(params, window_days=None)
    elif window is not None:
        params = replace(params, window_days=window)
    return params.check()


def stories_command(
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    min_size: int = typer.Option(2, "--min-size", help="List stories with at least this many articles."),
    rebuild: bool = typer.Option(
        False, "--rebuild", help="Recompute every story (with the options below); ids are kept where possible."
    ),
    threshold: float | None = typer.Option(None, help="With --rebuild: similarity needed to join a story (0-1)."),
    window: int | None = typer.Option(None, "--window", help="With --rebuild: days apart two dated articles may be."),
    no_window: bool = typer.Option(False, "--no-window", help="With --rebuild: ignore publication dates."),
) -> None:
    """List the stored stories: articles on the same event across outlets (computed at ingest).

    Example: newsprobe stories --db corpus.duckdb --format table

    `--rebuild` recomputes them all, e.g. with another threshold: newsprobe stories --rebuild --threshold 0.3
    """
    from newsprobe.store import Store
    from newsprobe.stories import render_stories_table
    from newsprobe.story_store import list_stories, rebuild_stories, stored_params, unassigned

    if fmt not in ("table", "json"):
        raise InputError(Code.BAD_OPTION, f"--format must be table or json, got {fmt!r}")
    if not rebuild and (threshold is not None or window is not None or no_window):
        raise InputError(Code.BAD_OPTION, "--threshold, --window and --no-window go with --rebuild")
    if rebuild:
        with Store(db) as store:
            params = _params(stored_params(store), threshold, window, no_window)
            report = rebuild_stories(store, params)
            print(f"{store.path}: {report.assigned} articles in stories ({report.new_stories} new ids)",
                  file=sys.stderr)
    with Store(db, read_only=True) as store:
        missing = unassigned(store)
        stories = list_stories(store, min_size=max(1, min_size))
    if missing:
        print(f"note: {missing} stored article(s) are in no story yet: newsprobe stories --rebuild", file=sys.stderr)
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


def _from_story(story: str, db: str | None) -> list[Analysis]:
    from newsprobe.store import Store
    from newsprobe.story_store import story_analyses

    with Store(db, read_only=True) as store:
        return story_analyses(store, story)[1]


def compare_command(
    paths: list[str] = typer.Argument(None, help="Article files or directories (or use --story)."),
    story: str | None = typer.Option(None, "--story", help="A story id from `newsprobe stories`."),
    db: str | None = typer.Option(None, "--db", help=_DB_HELP + " (with --story)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or html."),
    published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD for every file."),
    components: str | None = typer.Option(
        None, help="With FILES: comma-separated analysers to run, e.g. entities,quotes,quantities (default all)."
    ),
    tolerance: float = typer.Option(0.0, help="Relative slack before two figures differ, e.g. 0.05."),
) -> None:
    """Put articles on one event side by side: figures, who is quoted and how, wording, sourcing.

    Example: newsprobe compare tests/data/compare/*.txt --format html > compare.html

    With --story, the stored story (or a story merged into it) from `newsprobe stories`.
    """
    from newsprobe.compare import compare
    from newsprobe.render.compare import render_html, render_json, render_table

    if fmt not in ("table", "json", "html"):
        raise InputError(Code.BAD_OPTION, f"--format must be table, json or html, got {fmt!r}")
    if bool(paths) == bool(story):
        raise InputError(Code.BAD_OPTION, "give article FILES or --story ID (with --db), not both or neither")
    analyses = _from_story(story, db) if story else _from_files(list(paths), published, components)
    result = compare(analyses, tolerance=tolerance)
    render = {"table": render_table, "json": render_json, "html": render_html}[fmt]
    sys.stdout.write(render(result) + "\n")


def figures_command(
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    category: str | None = typer.Option(
        None, "--category", help="killed, injured, displaced, detained, money (all money:*), money:budget ..."
    ),
    entity: str | None = typer.Option(
        None, "--entity", help="Figures asserted by this entity or in articles naming it, e.g. 'Red Cross'."
    ),
    story: str | None = typer.Option(None, "--story", help="Only this stored story."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, csv or html (with SVG timelines)."),
) -> None:
    """The claims ledger: every stored value of one counted thing across outlets and dates, and who asserts it.

    Example: newsprobe figures --db corpus.duckdb --category killed --format html > killed.html
    """
    from newsprobe.ledger import ledger
    from newsprobe.render import compare_ledger
    from newsprobe.store import Store

    renderers = {
        "table": compare_ledger.render_table,
        "json": compare_ledger.render_json,
        "csv": compare_ledger.render_csv,
        "html": compare_ledger.render_html,
    }
    if fmt not in renderers:
        raise InputError(Code.BAD_OPTION, f"--format must be table, json, csv or html, got {fmt!r}")
    with Store(db, read_only=True) as store:
        found = ledger(store, category=category, entity=entity, story=story)
    sys.stdout.write(renderers[fmt](found) + "\n")


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
    app.command("figures")(figures_command)
    evaluate_app.command("stories")(evaluate_stories_command)
