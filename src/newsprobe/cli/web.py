"""``newsprobe serve``: the web pages and JSON API (needs the ``web`` extra). Thin: parse, build, run."""

from __future__ import annotations

import typer

from newsprobe.errors import Code, InputError

_DB_HELP = (
    "The store: analyses made here are saved in it (created when missing). The server owns the file "
    "while it runs. Default: $NEWSPROBE_DB, else ./newsprobe.duckdb."
)


def serve_command(
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (keep 127.0.0.1 unless proxied)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    allow_host: list[str] = typer.Option(
        [], "--allow-host", help="A host name the server answers to (repeatable); always: --host, localhost, 127.0.0.1."
    ),
    read_only: bool = typer.Option(False, "--read-only", help="Browse an existing store without saving analyses."),
    workers: int = typer.Option(2, "--workers", help="Worker processes for short texts (1-8); long texts get one."),
) -> None:
    """Serve the analysis form, the JSON API and the store's pages in a browser.

    Example: newsprobe serve --db corpus.duckdb --port 8000

    Then open http://127.0.0.1:8000/ ; every page has a JSON twin (/articles.json, /api/analyze).
    Behind a proxy with its own name: newsprobe serve --allow-host news.example.org
    """
    if not 0 < port < 65536:
        raise InputError(Code.BAD_OPTION, f"--port must be 1-65535, got {port}")
    if not 1 <= workers <= 8:
        raise InputError(Code.BAD_OPTION, f"--workers must be 1-8, got {workers}")
    try:
        import uvicorn

        from newsprobe.web.app import create_app
        from newsprobe.web.workers import DEFAULT_LANES
    except ImportError as exc:
        raise InputError(
            Code.BAD_OPTION, f"the web extra is not installed ({exc.name}): pip install 'newsprobe[web]'"
        ) from None
    from dataclasses import replace

    from newsprobe.store import default_db

    lanes = (replace(DEFAULT_LANES[0], workers=workers), *DEFAULT_LANES[1:])
    app = create_app(db or default_db(), bound=host, allow_hosts=allow_host, read_only=read_only, lanes=lanes)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False, proxy_headers=False)


def register(app: typer.Typer, evaluate_app: typer.Typer, train_app: typer.Typer) -> None:
    """Add ``serve`` to the ``newsprobe`` app."""
    app.command("serve")(serve_command)
