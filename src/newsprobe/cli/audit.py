"""``newsprobe evaluate audit``: quotes, speakers, figures and dates on the hand-annotated real-news set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from newsprobe.errors import Code, DatasetError

_DATA = Path(__file__).resolve().parents[3] / "tests" / "data" / "audit"
_FORMATS = ("table", "json")


def _row(name: str, s: dict[str, Any]) -> str:
    q, sp, f, d = s["quotes"]["@0.5"], s["speakers"], s["figures"], s["dates"]
    return (
        f"{name[:28]:<28} {s['quotes']['gold']:>3} {s['quotes']['predicted']:>4} {q['precision']:>5.2f} "
        f"{q['recall']:>5.2f} {q['f1']:>5.2f} {sp['accuracy']:>5.2f} {sp['precision']:>5.2f} "
        f"{f['gold']:>3} {f['predicted']:>4} {f['precision']:>5.2f} {f['recall']:>5.2f} {f['value_accuracy']:>5.2f} "
        f"{f['unit_accuracy']:>5.2f} {f['counted_accuracy']:>5.2f} {f['source_accuracy']:>5.2f} "
        f"{d['gold']:>3} {d['predicted']:>4} {d['precision']:>5.2f} {d['recall']:>5.2f} {d['accuracy']:>5.2f}"
    )


def table(result: dict[str, Any], errors: bool = False) -> str:
    """The result of :func:`newsprobe.evaluate.audit.evaluate_audit` as a plain-text table."""
    lines = [
        f"Real-news audit: {result['articles']} articles, {result['outlets']} outlets, "
        f"{result['countries']} countries",
        f"{'':<28} {'quotes @0.5':^22} {'speaker':^11} {'figures':^40} {'dates':^26}",
        f"{'article':<28} {'gld':>3} {'pred':>4} {'P':>5} {'R':>5} {'F1':>5} {'acc':>5} {'P':>5} "
        f"{'gld':>3} {'pred':>4} {'P':>5} {'R':>5} {'value':>5} {'unit':>5} {'cnt':>5} {'src':>5} "
        f"{'gld':>3} {'pred':>4} {'P':>5} {'R':>5} {'acc':>5}",
    ]
    lines += [_row(a["name"], a) for a in result["per_article"]]
    overall = result["overall"]
    lines.append(_row("ALL", overall))
    q3, qu = overall["quotes"]["@0.3"], overall["quotes"]["univocal@0.5"]
    lines.append(f"quotes @0.3: P {q3['precision']:.2f} R {q3['recall']:.2f} F1 {q3['f1']:.2f}; "
                 f"without the {overall['quotes']['nested']} predictions nested in another: "
                 f"P {qu['precision']:.2f} R {qu['recall']:.2f} F1 {qu['f1']:.2f} @0.5")
    lines.append(f"left out (not direct|partial|reported): {overall['quotes']['excluded_kinds'] or 'none'}")
    if errors:
        lines.append("")
        lines += [json.dumps(e, ensure_ascii=False) for e in result["errors"]]
    return "\n".join(lines)


def audit_command(
    pages: Path = typer.Option(
        ..., "--pages", help="trafilatura's repository (a checkout or its git directory) or a folder of its pages"
    ),
    data: Path = typer.Option(_DATA, "--data", help="Folder of audit annotation files (*.json)."),
    errors: bool = typer.Option(False, "--errors", help="Also list every error (one JSON object a line)."),
    fmt: str = typer.Option("table", "--format", help="table or json"),
) -> None:
    """Score quotes, speakers, figures and dates on the hand-annotated real-news audit set.

    Example: newsprobe evaluate audit --pages ~/src/trafilatura --errors
    """
    from newsprobe.evaluate.audit import evaluate_audit

    if fmt not in _FORMATS:
        raise DatasetError(Code.BAD_OPTION, f"--format must be one of {', '.join(_FORMATS)}, got {fmt!r}")
    if not pages.exists():
        raise DatasetError(Code.MISSING_PATH, f"{pages}: no such directory")
    result = evaluate_audit(data, pages)
    if fmt == "json":
        if not errors:
            result = {k: v for k, v in result.items() if k != "errors"}
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        typer.echo(table(result, errors=errors))


def register(app: typer.Typer, evaluate_app: typer.Typer, train_app: typer.Typer) -> None:
    """Add this area's commands to the ``newsprobe`` app and its ``evaluate`` group."""
    evaluate_app.command("audit")(audit_command)
