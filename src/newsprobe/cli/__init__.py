"""The ``newsprobe`` command. Thin: each command parses options, calls the core, prints.

Each area adds its commands in its own module through ``register(app, evaluate_app, train_app)``.
"""

from __future__ import annotations

import os
import sys

import typer

from newsprobe.errors import NewsprobeError

app = typer.Typer(
    name="newsprobe",
    help="Read news articles like a fact-checker: who is named, who said what, what is claimed.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
evaluate_app = typer.Typer(help="Score newsprobe against human-annotated data.", no_args_is_help=True)
train_app = typer.Typer(help="Train the models newsprobe ships.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")
app.add_typer(train_app, name="train")

_AREAS = ["analyze", "entities", "quotes", "techniques", "terms", "corpus", "compare", "web", "audit", "events"]


def _register_all() -> None:
    import importlib

    for area in _AREAS:
        module = importlib.import_module(f"newsprobe.cli.{area}")
        module.register(app, evaluate_app, train_app)


def main() -> None:
    """Entry point: coded one-line errors, never a traceback (set NEWSPROBE_DEBUG=1 to see one)."""
    debug = bool(os.environ.get("NEWSPROBE_DEBUG"))
    try:
        _register_all()
        app()
    except NewsprobeError as exc:
        if debug:
            raise
        print(str(exc), file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("error[NP000]: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last resort: one line, not a traceback
        if debug:
            raise
        msg = str(exc).splitlines()[0] if str(exc) else ""
        print(f"error[NP000]: internal error: {type(exc).__name__}: {msg} "
              "(set NEWSPROBE_DEBUG=1 for a traceback)", file=sys.stderr)
        sys.exit(1)
