"""CLI for loaded terms: ``newsprobe evaluate terms``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from newsprobe.errors import Code, DatasetError, InputError

_DEFAULT_DATA = Path("../shared/datasets")


def _table(result: dict[str, Any]) -> str:
    lines = []
    babe, basil = result["babe"], result["basil"]
    s, w = babe["sentence_level"], babe["word_level"]
    lines.append(f"BABE {babe['split']}: {babe['sentences']} sentences, {babe['biased']} biased")
    lines.append(f"  sentence  P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    lines.append(f"  word      P {w['precision']:.3f}  R {w['recall']:.3f}  F1 {w['f1']:.3f}")
    for category, c in babe["categories"].items():
        lines.append(f"    {category:<22} hits {c['hits']:>4}  share biased {c['share_biased']:.3f}")
    s, p = basil["sentence_level"], basil["span_level"]
    lines.append(f"BASIL {basil['split']}: {basil['sentences']} sentences, "
                 f"{basil['sentences_with_lexical_bias']} with lexical bias")
    lines.append(f"  sentence  P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    lines.append(f"  span      P {p['precision']:.3f}  R {p['recall']:.3f}  F1 {p['f1']:.3f}  "
                 f"(P vs any bias span {p['precision_any_bias_span']:.3f})")
    return "\n".join(lines)


def register(app: typer.Typer, evaluate_app: typer.Typer, train_app: typer.Typer) -> None:
    """Add ``evaluate terms`` to the ``newsprobe`` app."""

    @evaluate_app.command("terms")
    def evaluate_terms(
        data: Path = typer.Option(_DEFAULT_DATA, help="Folder holding babe/ and basil/"),
        split: str = typer.Option("report", help="BABE split: 'report' (SG2 minus SG1) or 'dev' (SG1)"),
        as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
    ) -> None:
        """Score the loaded-terms lexicon on BABE and BASIL.

        Example: newsprobe evaluate terms --data ../shared/datasets --split report
        """
        from newsprobe.evaluate.terms import evaluate

        if split not in ("report", "dev"):
            raise InputError(Code.BAD_OPTION, f"unknown split {split!r}: use report or dev")
        if not data.is_dir():
            raise DatasetError(Code.DATASET, f"dataset folder not found: {data}")
        result = evaluate(data, split)
        typer.echo(json.dumps(result, indent=2) if as_json else _table(result))
