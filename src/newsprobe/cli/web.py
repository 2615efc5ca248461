"""``newsprobe serve``: the web pages and JSON API (needs the ``web`` extra). Thin: parse, build, run."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from newsprobe.errors import Code, InputError

_DB_HELP = "The store to browse (read-only). Default: $NEWSPROBE_DB, else ./newsprobe.duckdb when it exists."


def _db(db: str | None) -> str | None:
    from newsprobe.store import DB_ENV, DEFAULT_DB

    if db is not None:
        return db
    if os.environ.get(DB_ENV):
        return os.environ[DB_ENV]
    return DEFAULT_DB if Path(DEFAULT_DB).exists() else None


def serve_command(
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (keep 127.0.0.1 unless proxied)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
) -> None:
    """Serve the analysis form, the JSON API and the store's pages in a browser.

    Example: newsprobe serve --db corpus.duckdb --port 8000

    Then open http://127.0.0.1:8000/ ; every page has a JSON twin (/articles.json, /api/analyze).
    """
    if not 0 < port < 65536:
        raise InputError(Code.BAD_OPTION, f"--port must be 1-65535, got {port}")
    try:
        import uvicorn

        from newsprobe.web.app import create_app
    except ImportError as exc:
        raise InputError(
            Code.BAD_OPTION, f"the web extra is not installed ({exc.name}): pip install 'newsprobe[web]'"
        ) from None
    app = create_app(_db(db))
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False, proxy_headers=False)


def register(app: typer.Typer, evaluate_app: typer.Typer, train_app: typer.Typer) -> None:
    """Add ``serve`` to the ``newsprobe`` app."""
    app.command("serve")(serve_command)
