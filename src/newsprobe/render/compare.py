"""Renderers of :class:`~newsprobe.compare.Comparison`: JSON, a plain-text table, a standalone HTML page."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader

from newsprobe.compare import FRAMINGS, Comparison, EventGroup, FigureReport, OutletEvents


def render_json(comparison: Comparison) -> str:
    return comparison.model_dump_json(indent=2)


def num(value: float | None) -> str:
    """A figure for people: thousands separated, at most two decimals."""
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _one_line(text: str | None, width: int = 90) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def _figure_line(r: FigureReport) -> str:
    mark = "*" if r.headline else " "
    unit = f" {r.unit}" if r.unit and r.unit != "percent" else ("%" if r.unit == "percent" else "")
    return (
        f"   {mark}{r.outlet:20} {num(r.value):>14}{unit}  {r.surface!r}"
        f"{f' ({r.comparator})' if r.comparator else ''} by {r.asserted_by}  [{r.start}:{r.end}]"
    )


def _framing_cells(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {n}" for k, n in counts.items()) or "-"


def actor(name: str | None, country: str | None, sector: str | None) -> str:
    """An event actor for people: its name, with country and sector when known; "?" when unknown."""
    extra = " ".join(x for x in (country, sector) if x)
    return f"{name or '?'}{f' ({extra})' if extra else ''}"


def carries(o: OutletEvents) -> str:
    """How one outlet carries an event: in its own voice, and/or as someone's claim."""
    parts = []
    if o.own_voice:
        parts.append(f"own voice x{o.own_voice}")
    if o.quoted:
        who = ", ".join(o.claimed_by) or "unknown"
        parts.append(f"quoted x{o.quoted} (claimed by {who})")
    return "; ".join(parts)


def event_line(g: EventGroup) -> str:
    return (
        f"{g.type} {actor(g.source, g.source_country, g.source_sector)} -> "
        f"{actor(g.target, g.target_country, g.target_sector)}"
    )


def render_table(comparison: Comparison) -> str:
    """Plain text, one section per part."""
    out: list[str] = ["ARTICLES"]
    for art in comparison.articles:
        out.append(f"  {art.outlet:20} {art.published or '----------'}  {_one_line(art.title or art.id, 70)}")
    out.append("")
    out.append("FIGURES (status across the articles' headline figures, marked *)")
    if not comparison.figures:
        out.append("  (no categorised figures found)")
    for group in comparison.figures:
        status = group.status.upper() if group.status else "one article"
        unit = f" {group.unit}" if group.unit else ""
        out.append(f"  {group.category}{unit} [{status}]")
        for r in group.reports:
            out.append(_figure_line(r))
            if r.sentence:
                out.append(f"      {_one_line(r.sentence)}")
    out.append("")
    out.append("SPEAKERS (quotes per outlet; framing of the cues)")
    if not comparison.speakers:
        out.append("  (no attributed quotes)")
    for row in comparison.speakers:
        who = ", ".join(f"{o} ({n})" for o, n in row.outlets.items())
        only = f"  ONLY IN {row.only_in}" if row.only_in else ""
        out.append(f"  {row.name:30} {who}{only}")
        for outlet, counts in row.framing.items():
            out.append(f"    {outlet:26} {_framing_cells(counts)}")
    out.append("")
    out.append("FRAMING PER OUTLET (every quote)")
    for outlet in comparison.outlets:
        out.append(f"  {outlet:20} {_framing_cells(comparison.framing.get(outlet, {}))}")
    out.append("")
    out.append("ACTORS (wording per outlet)")
    if not comparison.actors:
        out.append("  (no actor named by two outlets)")
    for actor in comparison.actors:
        out.append(f"  {actor.name} ({actor.label})")
        for outlet, w in actor.outlets.items():
            parts = [", ".join(w.names)]
            if w.descriptors:
                parts.append("roles: " + "; ".join(w.descriptors))
            if w.terms:
                parts.append("terms: " + ", ".join(w.terms))
            out.append(f"    {outlet:20} {_one_line(' | '.join(parts))}")
    out.append("")
    out.append("LOADED TERMS")
    for outlet in comparison.outlets:
        uses = comparison.terms.get(outlet, [])
        listed = ", ".join(f"{u.term} x{u.count}" for u in uses) or "-"
        out.append(f"  {outlet:20} {_one_line(listed)}")
    out.append("")
    out.append("TECHNIQUES")
    for outlet in comparison.outlets:
        counts = comparison.techniques.get(outlet, {})
        listed = ", ".join(f"{t} x{n}" for t, n in counts.items()) or "-"
        out.append(f"  {outlet:20} {_one_line(listed)}")
    out.append("")
    out.append("EVENTS (who did what to whom; per outlet: in its own voice, or only as someone's claim)")
    if not comparison.events:
        out.append("  (no events)")
    for g in comparison.events:
        only = f"  ONLY IN {g.only_in}" if g.only_in else ""
        out.append(f"  {_one_line(event_line(g), 100)}{only}")
        for outlet, o in g.outlets.items():
            out.append(f"    {outlet:26} {_one_line(carries(o), 80)}")
    out.append("")
    out.append("SOURCING (share of non-space characters)")
    for s in comparison.sourcing:
        out.append(
            f"  {s.outlet:20} own voice {s.own_voice_share:6.1%}  attributed {s.attributed_share:6.1%}"
            f"  direct quotes {s.direct_share:6.1%}  ({s.quotes} quotes)"
        )
    return "\n".join(out)


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment of the compare and ledger pages (autoescape on)."""
    env = Environment(
        loader=PackageLoader("newsprobe", "render/templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = num
    env.filters["carries"] = carries
    env.globals["actor"] = actor
    env.globals["FRAMINGS"] = (*FRAMINGS, "unclassed")
    return env


def render_html(comparison: Comparison) -> str:
    """A standalone HTML page; every value from the articles is escaped (autoescape on)."""
    return environment().get_template("compare.html.j2").render(c=comparison)
