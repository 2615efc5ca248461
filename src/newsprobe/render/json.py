"""JSON and JSON Lines output: the documented, versioned contract (``newsprobe schema``)."""

from __future__ import annotations

import json

from newsprobe.model import Analysis


def to_dict(analysis: Analysis) -> dict[str, object]:
    return analysis.model_dump(mode="json")


def render_json(analysis: Analysis, *, indent: int | None = 2) -> str:
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=indent)


def render_jsonl_line(analysis: Analysis) -> str:
    """One analysis on one line (no newline inside; the caller adds the line break)."""
    return json.dumps(to_dict(analysis), ensure_ascii=False, separators=(",", ":"))
