"""CLI for quotes: ``newsprobe evaluate polnear`` scores quote extraction against PolNeAR."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

DEFAULT_POLNEAR = Path("../shared/datasets/polnear")


def _table(result: dict[str, Any]) -> str:
    lines = [
        f"PolNeAR {result['split']}: {result['articles']} articles, {result['gold_attributions']} gold "
        f"attributions ({result['seconds']} s)",
        f"{'system':<20} {'pred':>6} {'P@0.3':>7} {'R@0.3':>7} {'F1@0.3':>7} "
        f"{'P@0.8':>7} {'R@0.8':>7} {'F1@0.8':>7} {'speaker':>8}",
    ]
    for name in ("newsprobe", "newsprobe_statements", "textacy"):
        if name not in result:  # --no-baseline
            continue
        fig = result[name]
        lo, hi = fig["@0.3"], fig["@0.8"]
        lines.append(
            f"{name:<20} {fig['predicted']:>6} {lo['precision']:>7.3f} {lo['recall']:>7.3f} {lo['f1']:>7.3f} "
            f"{hi['precision']:>7.3f} {hi['recall']:>7.3f} {hi['f1']:>7.3f} {fig['speaker_accuracy']:>8.3f}"
        )
    lines.append("newsprobe_statements: direct, partial and reported only (stance left out)")
    lines.append("speaker: share of content matches (overlap >= 0.3) whose speaker mention overlaps the gold source")
    return "\n".join(lines)


def evaluate(
    split: str = typer.Option("dev", "--split", help="dev or train"),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Score only the first N articles"),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON"),
    data: Path = typer.Option(DEFAULT_POLNEAR, "--data", help="PolNeAR folder (holding data/train, data/dev)"),
    baseline: bool = typer.Option(
        True, "--baseline/--no-baseline", help="Also score the textacy baseline (needs textacy, in the dev extra)."
    ),
) -> None:
    """Score newsprobe's quotes and the textacy baseline against PolNeAR attributions.

    Without textacy installed, pass --no-baseline (otherwise: a coded error, NP403).

    Example: newsprobe evaluate polnear --split dev --limit 30 --json
    """
    from newsprobe.evaluate.polnear import evaluate_polnear

    result = evaluate_polnear(data, split=split, limit=limit, baseline=baseline)
    typer.echo(json.dumps(result, indent=2) if as_json else _table(result))


def register(app: typer.Typer, evaluate_app: typer.Typer, train_app: typer.Typer) -> None:
    """Add this area's commands to the ``newsprobe`` app and its ``evaluate``/``train`` groups."""
    evaluate_app.command("polnear")(evaluate)
