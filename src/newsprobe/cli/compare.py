"""CLI commands for this area (filled in by the area's owner)."""

from __future__ import annotations

import typer


def register(app: typer.Typer, evaluate_app: typer.Typer, train_app: typer.Typer) -> None:
    """Add this area's commands to the ``newsprobe`` app and its ``evaluate``/``train`` groups."""
