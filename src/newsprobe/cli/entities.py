"""``newsprobe evaluate coref`` and ``newsprobe evaluate conll``."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from newsprobe.errors import Code, DatasetError


def coref_command(
    gold: Path | None = typer.Option(
        None, "--gold", help="Hand-labelled passages (JSONL). Default: the set shipped with newsprobe."
    ),
    split: str = typer.Option("test", help="dev (rules were tuned on it) or test."),
) -> None:
    """Accuracy of speaker, pronoun and role-noun resolution, and alias-link precision/recall.

    Example: newsprobe evaluate coref --split test
    """
    from newsprobe.evaluate.coref import GOLD, evaluate_coref

    if gold is None:
        gold = GOLD
        if not gold.is_file():
            raise DatasetError(
                Code.DATASET, f"{gold}: the shipped gold file is missing from this install; give one with --gold PATH"
            )
    elif not gold.is_file():
        raise DatasetError(Code.DATASET, f"{gold}: gold file not found")
    print(json.dumps(evaluate_coref(str(gold), split=split), indent=2))


def conll_command(
    path: Path = typer.Argument(..., help="CoNLL-2003 file, e.g. ../shared/datasets/conll2003/eng.testa"),
) -> None:
    """Exact-match PER/ORG/LOC span F1 of newsprobe's entity spans against CoNLL-2003.

    Example: newsprobe evaluate conll ../shared/datasets/conll2003/eng.testa
    """
    from newsprobe.evaluate.coref import evaluate_conll

    if not path.is_file():
        raise DatasetError(Code.DATASET, f"{path}: CoNLL file not found")
    print(json.dumps(evaluate_conll(str(path)), indent=2))


def register(app: typer.Typer, evaluate_app: typer.Typer, train_app: typer.Typer) -> None:
    evaluate_app.command("coref")(coref_command)
    evaluate_app.command("conll")(conll_command)
