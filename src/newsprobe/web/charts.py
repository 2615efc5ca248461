"""Server-side SVG charts (no script: the pages' CSP forbids it). Every label is escaped.

Each function returns inline ``<svg>`` markup, or an empty string when there is nothing to draw.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape

PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
    "#ff9da7", "#9c755f", "#bab0ac", "#1b9e77", "#7570b3", "#d95f02", "#66a61e",
)  # fmt: skip
FONT = 'font-family="system-ui, sans-serif" font-size="12"'
LABEL_W = 170
BAR_W = 460
ROW_H = 22


def colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def number(value: float | None, digits: int = 2) -> str:
    """A number as people read it: 15.0 -> 15, 4500000 -> 4,500,000, 0.123456 -> 0.12."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}".rstrip("0").rstrip(".")


def _clip(text: str, n: int = 26) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _svg(width: int, height: int, title: str, body: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" {FONT}>'
        f"<title>{escape(title)}</title>"
    )
    return Markup(head + "".join(body) + "</svg>")


def _legend(series: Sequence[str], y: int, width: int) -> tuple[list[str], int]:
    out, x = [], 0
    for i, name in enumerate(series):
        w = 18 + 7 * len(_clip(name, 30))
        if x + w > width and x > 0:
            x, y = 0, y + 18
        out.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{colour(i)}"/>')
        out.append(f'<text x="{x + 16}" y="{y + 10}">{escape(_clip(name, 30))}</text>')
        x += w
    return out, y + 18


def stacked_bars(title: str, rows: Sequence[tuple[str, Sequence[float]]], series: Sequence[str], unit: str) -> Markup:
    """One horizontal bar per row (an outlet), split by ``series``; values already normalised."""
    rows = [(label, values) for label, values in rows if sum(values) > 0]
    if not rows or not series:
        return Markup("")
    top = max(sum(v) for _, v in rows)
    width = LABEL_W + BAR_W + 80
    body: list[str] = []
    for r, (label, values) in enumerate(rows):
        y = r * ROW_H
        body.append(f'<text x="{LABEL_W - 6}" y="{y + 15}" text-anchor="end">{escape(_clip(label))}</text>')
        x = float(LABEL_W)
        for i, v in enumerate(values):
            if v <= 0:
                continue
            w = BAR_W * v / top
            body.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{ROW_H - 6}" fill="{colour(i)}">'
                f"<title>{escape(label)}: {escape(series[i])} {number(v)} {escape(unit)}</title></rect>"
            )
            x += w
        body.append(f'<text x="{x + 4:.1f}" y="{y + 15}">{number(sum(values))}</text>')
    legend, height = _legend(series, len(rows) * ROW_H + 8, width)
    body.extend(legend)
    body.append(f'<text x="0" y="{height + 8}" fill="#555">{escape(unit)}</text>')
    return _svg(width, height + 14, title, body)


def share_bars(title: str, rows: Sequence[tuple[str, Sequence[float]]], series: Sequence[str]) -> Markup:
    """Grouped horizontal bars of shares in [0, 1] (one group per outlet), axis 0-100 %."""
    rows = list(rows)
    if not rows:
        return Markup("")
    n = len(series)
    group_h = n * 14 + 10
    width = LABEL_W + BAR_W + 60
    body: list[str] = []
    for r, (label, values) in enumerate(rows):
        y = r * group_h
        mid = y + group_h / 2 + 3
        body.append(f'<text x="{LABEL_W - 6}" y="{mid:.0f}" text-anchor="end">{escape(_clip(label))}</text>')
        for i, v in enumerate(values):
            w = BAR_W * max(0.0, min(1.0, v))
            yy = y + 4 + i * 14
            body.append(
                f'<rect x="{LABEL_W}" y="{yy}" width="{w:.1f}" height="12" fill="{colour(i)}">'
                f"<title>{escape(label)}: {escape(series[i])} {v * 100:.0f}%</title></rect>"
            )
            body.append(f'<text x="{LABEL_W + w + 4:.1f}" y="{yy + 10}">{v * 100:.0f}%</text>')
    axis_y = len(rows) * group_h
    for pct in (0, 25, 50, 75, 100):
        x = LABEL_W + BAR_W * pct / 100
        body.append(f'<line x1="{x}" y1="0" x2="{x}" y2="{axis_y}" stroke="#ddd"/>')
        body.append(f'<text x="{x}" y="{axis_y + 12}" text-anchor="middle" fill="#555">{pct}%</text>')
    legend, height = _legend(series, axis_y + 20, width)
    body.extend(legend)
    return _svg(width, height, title, body)


def time_bars(title: str, days: Sequence[tuple[str, Sequence[float]]], series: Sequence[str]) -> Markup:
    """Vertical bars per day (``YYYY-MM-DD``), stacked by ``series`` (outlets)."""
    days = [(d, v) for d, v in days if sum(v) > 0]
    if not days:
        return Markup("")
    top = max(sum(v) for _, v in days)
    plot_h, width = 180, 720
    step = (width - 40) / len(days)
    bar = max(1.0, min(24.0, step * 0.8))
    body = [f'<line x1="30" y1="{plot_h}" x2="{width}" y2="{plot_h}" stroke="#999"/>']
    body.append(f'<text x="26" y="12" text-anchor="end" fill="#555">{number(top)}</text>')
    body.append(f'<text x="26" y="{plot_h}" text-anchor="end" fill="#555">0</text>')
    label_every = max(1, math.ceil(len(days) / 8))
    for k, (d, values) in enumerate(days):
        x = 34 + k * step
        y = float(plot_h)
        for i, v in enumerate(values):
            if v <= 0:
                continue
            h = (plot_h - 10) * v / top
            y -= h
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour(i)}">'
                f"<title>{escape(d)} {escape(series[i])}: {number(v)}</title></rect>"
            )
        if k % label_every == 0:
            body.append(f'<text x="{x:.1f}" y="{plot_h + 14}" fill="#555">{escape(d)}</text>')
    legend, height = _legend(series, plot_h + 24, width)
    body.extend(legend)
    return _svg(width, height, title, body)


def spread(title: str, points: Sequence[tuple[str, float, float, float]], outlets: Sequence[str]) -> Markup:
    """One figure as each outlet reports it: a dot at the value, a line over its [low, high] range."""
    points = [p for p in points if all(math.isfinite(v) for v in p[1:])]
    if not points:
        return Markup("")
    lo = min(p[2] for p in points)
    hi = max(p[3] for p in points)
    if hi <= lo:
        lo, hi = lo - 1, hi + 1
    first, last = lo, hi  # labelled on the axis
    pad = (hi - lo) * 0.06
    lo, hi = lo - pad, hi + pad
    width = LABEL_W + BAR_W + 60

    def x(v: float) -> float:
        return LABEL_W + BAR_W * (v - lo) / (hi - lo)

    body: list[str] = []
    for r, (outlet, value, low, high) in enumerate(points):
        y = r * ROW_H + 24
        i = list(outlets).index(outlet) if outlet in outlets else r
        body.append(f'<text x="{LABEL_W - 6}" y="{y + 4}" text-anchor="end">{escape(_clip(outlet))}</text>')
        body.append(
            f'<line x1="{x(low):.1f}" y1="{y}" x2="{x(high):.1f}" y2="{y}" stroke="{colour(i)}" stroke-width="3"/>'
        )
        body.append(
            f'<circle cx="{x(value):.1f}" cy="{y}" r="5" fill="{colour(i)}">'
            f"<title>{escape(outlet)}: {number(value)}</title></circle>"
        )
        body.append(f'<text x="{x(value) + 8:.1f}" y="{y - 6}">{number(value)}</text>')
    axis = len(points) * ROW_H + 18
    body.append(f'<line x1="{LABEL_W}" y1="{axis}" x2="{LABEL_W + BAR_W}" y2="{axis}" stroke="#999"/>')
    body.append(f'<text x="{x(first):.1f}" y="{axis + 14}" text-anchor="middle" fill="#555">{number(first)}</text>')
    body.append(f'<text x="{x(last):.1f}" y="{axis + 14}" text-anchor="middle" fill="#555">{number(last)}</text>')
    return _svg(width, axis + 20, title, body)
