"""Renderers of the figures ledger (:class:`~newsprobe.ledger.Ledger`): table, CSV, JSON and HTML.

The HTML page draws each category as a timeline chart in inline SVG, made on the server: no
script runs (the page's Content-Security-Policy allows none). x is the publication date, y the
value; one colour per outlet; the marker says how the figure is written (circle: exact, diamond:
about, triangle up: at least / more than, triangle down: at most / fewer than), a vertical bar a
range; each point has a tooltip (SVG ``<title>``) with the figure as written and who asserts it.
"""

from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from newsprobe.ledger import Ledger, LedgerRow
from newsprobe.render.compare import environment, num

#: colour-blind-safe palette (Okabe-Ito), cycled over outlets
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
COLUMNS = (
    "published", "outlet", "category", "value", "low", "high", "comparator", "unit", "surface", "counted",
    "asserted_by", "story_id", "article_id", "start", "end", "sentence",
)


def render_json(ledger: Ledger) -> str:
    return ledger.model_dump_json(indent=2)


def render_csv(ledger: Ledger) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in ledger.rows:
        data = row.model_dump()
        writer.writerow(["" if data[c] is None else data[c] for c in COLUMNS])
    return buf.getvalue().rstrip("\n")


def _value_text(row: LedgerRow) -> str:
    signs = {"approx": "~", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}
    text = signs.get(row.comparator or "", "") + num(row.value)
    if row.low is not None and row.high is not None and row.value is None:
        text = f"{num(row.low)}-{num(row.high)}"
    if row.unit == "percent":
        text += "%"
    elif row.unit:
        text += f" {row.unit}"
    return text


def render_table(ledger: Ledger) -> str:
    if not ledger.rows:
        return "(no categorised figure matches)"
    lines = [f"{'published':10}  {'outlet':20}  {'category':18}  {'value':>16}  asserted by / as written"]
    for r in ledger.rows:
        lines.append(
            f"{(r.published or '?')[:10]:10}  {(r.outlet or '-')[:20]:20}  {r.category[:18]:18}  "
            f"{_value_text(r):>16}  {r.asserted_by}: {r.surface!r}"
        )
    return "\n".join(lines)


# --- the SVG timeline ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    width: int = 900
    height: int = 360
    left: int = 80
    right: int = 190
    top: int = 30
    bottom: int = 50

    @property
    def plot_w(self) -> int:
        return self.width - self.left - self.right

    @property
    def plot_h(self) -> int:
        return self.height - self.top - self.bottom


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / max(1, ticks)
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def _day(value: str | None) -> int | None:
    try:
        return date.fromisoformat((value or "")[:10]).toordinal()
    except ValueError:
        return None


def _marker(row: LedgerRow, x: float, y: float, colour: str) -> str:
    c = row.comparator
    if c in ("gt", "ge", "lt", "le"):
        tip, base = (-6, 4) if c in ("gt", "ge") else (6, -4)
        return (f'<path d="M{x:.1f},{y + tip:.1f} L{x + 5.5:.1f},{y + base:.1f} L{x - 5.5:.1f},{y + base:.1f} Z" '
                f'fill="{colour}"/>')
    if c == "approx":
        return (f'<path d="M{x:.1f},{y - 6:.1f} L{x + 6:.1f},{y:.1f} L{x:.1f},{y + 6:.1f} L{x - 6:.1f},{y:.1f} Z" '
                f'fill="white" stroke="{colour}" stroke-width="2"/>')
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{colour}"/>'


def svg_timeline(rows: Sequence[LedgerRow], title: str, frame: _Frame = _Frame()) -> str:
    """One inline SVG chart of ``rows`` (dated ones) over time; every text escaped."""
    dated = [
        (d, r) for r in rows if (d := _day(r.published)) is not None and (r.value is not None or r.high is not None)
    ]
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{frame.width}" height="{frame.height}" '
            f'viewBox="0 0 {frame.width} {frame.height}" font-family="system-ui, sans-serif" font-size="12">'
            f'<title>{escape(title)}</title>')
    if not dated:
        return head + f'<text x="{frame.left}" y="{frame.top + 20}">No dated figure to draw.</text></svg>'
    d_lo = min(d for d, _ in dated)
    d_hi = max(d for d, _ in dated)
    if d_hi == d_lo:
        d_lo, d_hi = d_lo - 1, d_hi + 1
    top_value = max(max(x for x in (r.value, r.high, r.low) if x is not None) for _, r in dated)
    step = _nice_step(top_value * 1.1 if top_value > 0 else 1.0)
    y_max = step * math.ceil((top_value * 1.1 if top_value > 0 else 1.0) / step)

    def px(d: float) -> float:
        return frame.left + (d - d_lo) / (d_hi - d_lo) * frame.plot_w

    def py(v: float) -> float:
        return frame.top + frame.plot_h - (v / y_max) * frame.plot_h

    parts = [head]
    parts.append(f'<text x="{frame.left}" y="18" font-size="14" font-weight="bold">{escape(title)}</text>')
    # axes and grid
    v = 0.0
    while v <= y_max + 1e-9:
        y = py(v)
        parts.append(f'<line x1="{frame.left}" x2="{frame.left + frame.plot_w}" y1="{y:.1f}" y2="{y:.1f}" '
                     'stroke="#e3e3e3"/>')
        parts.append(f'<text x="{frame.left - 8}" y="{y + 4:.1f}" text-anchor="end">{escape(num(v))}</text>')
        v += step
    n_ticks = min(6, d_hi - d_lo)
    for i in range(n_ticks + 1):
        d = d_lo + round(i * (d_hi - d_lo) / max(1, n_ticks))
        x = px(d)
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{frame.top + frame.plot_h}" '
                     f'y2="{frame.top + frame.plot_h + 5}" stroke="#555"/>')
        parts.append(f'<text x="{x:.1f}" y="{frame.top + frame.plot_h + 20}" text-anchor="middle">'
                     f'{date.fromordinal(d).isoformat()}</text>')
    parts.append(f'<line x1="{frame.left}" x2="{frame.left + frame.plot_w}" y1="{frame.top + frame.plot_h}" '
                 f'y2="{frame.top + frame.plot_h}" stroke="#555"/>')
    parts.append(f'<line x1="{frame.left}" x2="{frame.left}" y1="{frame.top}" y2="{frame.top + frame.plot_h}" '
                 'stroke="#555"/>')
    # one colour per outlet; a thin line through each outlet's largest value per day
    outlets = sorted({r.outlet or "?" for _, r in dated})
    colour = {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(outlets)}
    per_day: dict[str, dict[int, float]] = defaultdict(dict)
    for d, r in dated:
        best = r.value if r.value is not None else (r.high or 0.0)
        o = r.outlet or "?"
        per_day[o][d] = max(per_day[o].get(d, best), best)
    for o, days in per_day.items():
        if len(days) > 1:
            pts = " ".join(f"{px(d):.1f},{py(val):.1f}" for d, val in sorted(days.items()))
            parts.append(f'<polyline points="{pts}" fill="none" stroke="{colour[o]}" stroke-width="1.5" '
                         'stroke-opacity="0.6"/>')
    for d, r in dated:
        o = r.outlet or "?"
        x = px(d)
        value = r.value if r.value is not None else (r.high or 0.0)
        tip = escape(f"{o}, {r.published}: {r.surface} ({_value_text(r)}), asserted by {r.asserted_by}")
        parts.append(f"<g><title>{tip}</title>")
        if r.low is not None and r.high is not None and r.high > r.low:
            parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{py(r.low):.1f}" y2="{py(r.high):.1f}" '
                         f'stroke="{colour[o]}" stroke-width="3"/>')
        parts.append(_marker(r, x, py(value), colour[o]))
        parts.append("</g>")
    # legend
    lx = frame.left + frame.plot_w + 20
    for i, o in enumerate(outlets):
        y = frame.top + 10 + i * 18
        parts.append(f'<circle cx="{lx}" cy="{y}" r="5" fill="{colour[o]}"/>')
        parts.append(f'<text x="{lx + 10}" y="{y + 4}">{escape(o[:22])}</text>')
    y = frame.top + 20 + len(outlets) * 18
    for i, (label, c) in enumerate((("exact", None), ("about", "approx"), ("at least", "ge"), ("at most", "le"))):
        fake = LedgerRow(article_id="", outlet=None, published=None, category="", value=0, comparator=c,
                         surface="", asserted_by="", start=0, end=0)
        parts.append(_marker(fake, lx, y + i * 18, "#555"))
        parts.append(f'<text x="{lx + 10}" y="{y + i * 18 + 4}">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def charts(ledger: Ledger) -> list[tuple[str, str]]:
    """(title, SVG) for each category (and unit) in the ledger."""
    groups: dict[tuple[str, str | None], list[LedgerRow]] = defaultdict(list)
    for r in ledger.rows:
        groups[(r.category, r.unit if r.category.startswith("money:") else None)].append(r)
    out = []
    for (category, unit), rows in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0][0], kv[0][1] or "")):
        title = category + (f" ({unit})" if unit else "") + f": {len(rows)} reported value(s)"
        out.append((title, svg_timeline(rows, title)))
    return out


def render_html(ledger: Ledger) -> str:
    """A standalone page: one SVG timeline per category, then the table; no script."""
    from markupsafe import Markup

    drawn = [(title, Markup(svg)) for title, svg in charts(ledger)]  # noqa: S704 - built above, every text escaped
    return environment().get_template("figures_ledger.html.j2").render(
        ledger=ledger, charts=drawn, value_text=_value_text
    )
