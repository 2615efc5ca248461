"""Renderers: every output format is made from the same :class:`~newsprobe.model.Analysis`."""

from newsprobe.render.html import render_html
from newsprobe.render.json import render_json, render_jsonl_line
from newsprobe.render.markdown import render_markdown

FORMATS = ("json", "jsonl", "md", "html")

__all__ = ["FORMATS", "render_html", "render_json", "render_jsonl_line", "render_markdown"]
