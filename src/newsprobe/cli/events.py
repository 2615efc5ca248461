"""CLI for events: ``newsprobe events``, ``newsprobe network``, ``newsprobe evaluate plover`` and
``newsprobe evaluate wire-events``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from newsprobe.errors import Code, DatasetError, InputError

_DEFAULT_DATA = Path("../shared/datasets/plover")
_DEFAULT_CONLL = Path("../shared/datasets/conll2003/eng.testa")
_DB_HELP = "The store (a DuckDB file). Default: $NEWSPROBE_DB, else ./newsprobe.duckdb"


def _cv_line(name: str, cv: dict[str, Any], key: str) -> str:
    old = cv["pooled_old_test_half"][key]
    return f"  {name:<29}{cv[key]['mean']:.3f} ± {cv[key]['sd']:.3f}   (old test half {old:.3f})"


def _plover_table(result: dict[str, Any]) -> str:
    mapped = ", ".join(f"{a} -> {b}" for a, b in result.get("gold_types_to_2021", {}).items())
    lines = [f"Gold types (PLOVER 2016) read as PLOVER 2021: {mapped}"]
    if "cv" in result:
        cv = result["cv"]
        lines.append(
            f"PLOVER gold records, {cv['folds']}-fold cross-validation by record "
            f"({cv['pooled']['records']} records, {cv['pooled']['gold_types_remapped']} with a remapped gold type):"
        )
        lines.append(_cv_line("event type accuracy", cv, "type_accuracy"))
        lines.append(_cv_line("type with the right source", cv, "type_source_accuracy"))
        lines.append(_cv_line("target match (right type)", cv, "target_match"))
        lines.append(_cv_line("records with an event", cv, "with_event"))
    if "plover" in result:
        p = result["plover"]
        lines += [
            f"PLOVER gold records, {result['split']} half: {p['records']} records "
            f"({p['gold_types_remapped']} with a remapped gold type)",
            f"  event type accuracy          {p['type_accuracy']:.3f}",
            f"  type with the right source   {p['type_source_accuracy']:.3f}",
            f"  target match (right type)    {p['target_match']:.3f}",
            f"  gold type among all events   {p['any_type']:.3f}",
            f"  records with an event        {p['with_event']:.3f}",
        ]
    if "petr2" in result:
        q = result["petr2"]
        lines.append(f"PETR-2 validation (sanity check, partly machine-coded): {q['sentences']} sentences")
        lines.append(f"  event type accuracy          {q['type_accuracy']:.3f}")
        lines.append(f"  type with source country     {q['type_source_country_accuracy']:.3f}")
    return "\n".join(lines)


def _analyses(paths: list[str], published: str | None) -> list[Any]:
    from newsprobe import pipeline
    from newsprobe.model import Article
    from newsprobe.sources.dispatch import iter_articles

    items = list(iter_articles(paths, published=published))
    for item in items:
        if not isinstance(item, Article):
            print(str(item), file=sys.stderr)
    articles = [i for i in items if isinstance(i, Article)]
    if not articles:
        if items:  # each failure is already on stderr, one line each
            raise typer.Exit(2)
        raise InputError(Code.EMPTY_DIRECTORY, "no article to read")
    return list(pipeline.analyze_many(articles))


def _wire_table(split: str, r: dict[str, Any]) -> str:
    lines = [
        f"Reuters wire sentences coded blind ({split}): {r['sentences']} sentences, {r['gold_events']} gold events",
        f"  events: precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
        f"source {r['source']:.3f}  target {r['target']:.3f}",
        f"  main event per sentence: type {r['main_type']:.3f}  type with the right source {r['main_type_source']:.3f}",
        f"  sentences with no event left clean: {r['null_clean']}",
        "  per type (gold, recall, wrong): "
        + ", ".join(f"{k} {v['gold']}/{v['recall']:.2f}/{v['wrong']}" for k, v in r["per_type"].items()),
    ]
    for m in r.get("misses", []):
        lines.append(f"--- {m['id']}  {m['text']}")
        gold = [(g.get("type"), g.get("source"), g.get("target"), g.get("trigger")) for g in m["gold"]]
        lines.append(f"    gold: {gold}")
        if m["optional"]:
            lines.append(f"    optional: {[(g.get('type'), g.get('source'), g.get('trigger')) for g in m['optional']]}")
        lines.extend(f"    found: {f}" for f in m["found"])
        lines.extend(f"    WRONG: {w}" for w in m["wrong"])
    return "\n".join(lines)


def register(app: typer.Typer, evaluate_app: typer.Typer, train_app: typer.Typer) -> None:  # noqa: ARG001
    """Add ``events``, ``network`` and ``evaluate plover`` to the ``newsprobe`` app."""

    @app.command("events")
    def events_command(
        paths: list[str] = typer.Argument(..., help="Files, directories, URLs, or - for stdin."),
        published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD."),
        as_json: bool = typer.Option(False, "--json", help="One JSON line per event (with its article id)."),
    ) -> None:
        """Who did what to whom, when and where (PLOVER), one line per event.

        Example: newsprobe events article.txt --published 2024-05-15
        """
        for analysis in _analyses(paths, published):
            for ev in analysis.events:
                if as_json:
                    typer.echo(
                        json.dumps(
                            {"article_id": analysis.article.id, **ev.model_dump(mode="json")}, ensure_ascii=False
                        )
                    )
                    continue
                src = ev.source.name if ev.source else "-"
                tgt = ev.target.name if ev.target else "-"
                when = (ev.date.value or ev.date.text) if ev.date else "-"
                voice = (
                    "outlet"
                    if ev.voice == "outlet"
                    else "claimed by " + (ev.claimed_by.name if ev.claimed_by else "unknown")
                )
                kind = ev.type + (f"/{ev.mode}" if ev.mode else "")
                typer.echo(f'{kind:<24} {src} -> {tgt}  [{when}]  ({voice})  "{ev.text}" {ev.start}:{ev.end}')

    @app.command("network")
    def network_command(
        paths: list[str] = typer.Argument(None, help="Articles to analyse; without any, the store is read."),
        db: str | None = typer.Option(None, "--db", help=_DB_HELP),
        fmt: str = typer.Option("json", "--format", "-f", help="json or graphml."),
        output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file."),
        published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD (with paths)."),
    ) -> None:
        """The actor network (who -> whom, by event type and count) as JSON or GraphML.

        Example: newsprobe network --db corpus.duckdb --format graphml -o actors.graphml
        """
        from newsprobe.network import network_from_store, network_of, to_graphml, to_json
        from newsprobe.store import Store

        if fmt not in ("json", "graphml"):
            raise InputError(Code.BAD_OPTION, f"--format must be json or graphml, got {fmt!r}")
        if paths:
            net = network_of(_analyses(paths, published))
        else:
            with Store(db, read_only=True) as store:
                net = network_from_store(store)
        text = to_graphml(net) if fmt == "graphml" else json.dumps(to_json(net), indent=2, ensure_ascii=False) + "\n"
        if output is not None:
            output.write_text(text, encoding="utf-8")
            print(str(output), file=sys.stderr)
        else:
            sys.stdout.write(text)

    @evaluate_app.command("plover")
    def evaluate_plover(
        data: Path = typer.Option(_DEFAULT_DATA, help="Folder holding PLOVER_GSR_half.json"),
        split: str = typer.Option(
            "cv", help="cv (5-fold by record), or a fixed half with the rules alone: test, dev, all"
        ),
        petr2: bool = typer.Option(True, help="Also run the PETR-2 validation sanity check"),
        as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
    ) -> None:
        """Score the event coder on the PLOVER gold records: type and type-with-source accuracy.

        Example: newsprobe evaluate plover --data ../shared/datasets/plover
        """
        from newsprobe.evaluate.plover import SPLITS, evaluate

        if split not in SPLITS:
            raise InputError(Code.BAD_OPTION, f"unknown split {split!r}: use cv, test, dev or all")
        if not data.is_dir():
            raise DatasetError(Code.DATASET, f"dataset folder not found: {data}")
        result = evaluate(data, split, petr2=petr2)
        typer.echo(json.dumps(result, indent=2) if as_json else _plover_table(result))

    _WIRE_SPLITS = (
        "dev or dev2 (used to fix the coder; dev2: each document's later sentences), "
        "held or held2 (never read; figures only)"
    )

    @evaluate_app.command("wire-events")
    def evaluate_wire_events(
        conll: Path = typer.Option(_DEFAULT_CONLL, help="The CoNLL-2003 English dev file (eng.testa)"),
        split: str = typer.Option("dev", help=_WIRE_SPLITS),
        misses: bool = typer.Option(False, "--misses", help="List the sentences the coder gets wrong (dev only)"),
        as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
    ) -> None:
        """Score the event coder on Reuters sentences coded by hand: precision, recall, main-event type.

        Example: newsprobe evaluate wire-events --split held
        """
        from newsprobe.evaluate.wire_events import SPLITS, evaluate

        if split not in SPLITS:
            raise InputError(Code.BAD_OPTION, f"unknown split {split!r}: use {', '.join(SPLITS)}")
        if misses and split.startswith("held"):
            raise InputError(Code.BAD_OPTION, "--misses is for the dev splits only: the held splits are never read")
        result = evaluate(conll, split, misses=misses)
        typer.echo(json.dumps(result, indent=2) if as_json else _wire_table(split, result))
