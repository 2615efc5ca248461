"""A readable Markdown summary, also fine in a terminal."""

from __future__ import annotations

from collections import Counter

from newsprobe.model import Analysis, Event, EventActor, Quantity, TechniqueSpan, TermHit


def _clip(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _md(text: str) -> str:
    """Neutralise Markdown/HTML syntax in article text so it renders as plain words."""
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return text


def _number(q: Quantity) -> str:
    if q.value is None:
        if q.low is not None and q.high is not None:
            return f"{q.low:,.0f}–{q.high:,.0f}"
        return "?"
    value = f"{q.value:,.0f}" if float(q.value).is_integer() else f"{q.value:,}"
    signs = {"approx": "~", "gt": ">", "ge": "≥", "lt": "<", "le": "≤"}
    return signs.get(q.comparator or "", "") + value + (f" {q.unit}" if q.unit else "")


def _actor_md(actor: EventActor | None) -> str:
    if actor is None:
        return "–"
    extra = ", ".join(x for x in (actor.country, actor.sector) if x)
    return _md(actor.name) + (f" ({extra})" if extra else "")


def _event_row(ev: Event) -> str:
    when = "–"
    if ev.date:
        when = ev.date.value or (" … ".join(ev.date.range) if ev.date.range else _md(ev.date.text))
    voice = "outlet"
    if ev.voice == "quoted":
        voice = "claimed by " + (_md(ev.claimed_by.name) if ev.claimed_by else "unknown")
    kind = ev.type + (f"/{ev.mode}" if ev.mode else "")
    place = _md(ev.location.name) if ev.location else "–"
    return (f"| {kind} | {_actor_md(ev.source)} | {_actor_md(ev.target)} | {when} | {place} | {voice} | "
            f"“{_md(ev.text)}” [{ev.start}:{ev.end}] |")


def _whose(hit: TermHit | TechniqueSpan) -> str:
    if hit.voice == "quoted":
        return f", quoted from {_md(hit.speaker.name)}" if hit.speaker else ", in a quotation"
    return ""


def render_markdown(analysis: Analysis) -> str:
    a = analysis.article
    lines = [f"# {_md(a.title or a.source or a.id)}", ""]
    meta = [f"id `{a.id}`"]
    for label, value in (("outlet", a.outlet), ("published", a.published), ("source", a.source)):
        if value:
            meta.append(f"{label} {_md(value)}")
    lines += [" · ".join(meta), ""]
    counts = [
        (len(analysis.entities), "entities"),
        (len(analysis.quotes), "quotes"),
        (len(analysis.quantities), "numbers"),
        (len(analysis.dates), "dates"),
        (len(analysis.events), "events"),
        (len(analysis.terms), "loaded terms"),
        (sum(1 for t in analysis.techniques if t.confident), "confident technique spans"),
    ]
    lines += ["**" + ", ".join(f"{n} {label}" for n, label in counts) + "**", ""]

    if analysis.entities:
        lines += ["## Who is named", ""]
        for e in analysis.entities:
            aliases = sorted({m.text for m in e.mentions} - {e.name})
            alias_text = f" — also: {', '.join(_md(x) for x in aliases[:6])}" if aliases else ""
            lines.append(f"- **{_md(e.name)}** ({e.label}, {len(e.mentions)}×){alias_text}")
        lines.append("")
    if analysis.quotes:
        lines += ["## Who said what", ""]
        for q in analysis.quotes:
            who = _md(q.speaker.name) if q.speaker else "*unknown speaker*"
            cue = f" ({_md(q.cue.text)})" if q.cue else ""
            lines.append(f"- {who}{cue}, {q.kind}: “{_md(_clip(q.content.text))}” [{q.content.start}:{q.content.end}]")
        lines.append("")
    if analysis.quantities:
        lines += ["## Numbers claimed", ""]
        for n in analysis.quantities:
            counted = f" {_md(n.counted.text)}" if n.counted else ""
            by = _md(n.claim_source.name) if n.claim_source else "outlet's own voice"
            lines.append(f"- **{_number(n)}**{counted} — “{_md(n.text)}”, asserted by {by} [{n.start}:{n.end}]")
        lines.append("")
    if analysis.dates:
        lines += ["## Dates", ""]
        for d in analysis.dates:
            value = d.value or (f"{d.range[0]} … {d.range[1]}" if d.range else "unresolved")
            lines.append(f"- “{_md(d.text)}” → {value} ({d.relation}) [{d.start}:{d.end}]")
        lines.append("")
    if analysis.events:
        lines += ["## Events (PLOVER)", "", "| type | source | target | date | place | voice | trigger |",
                  "|---|---|---|---|---|---|---|"]
        for ev in analysis.events:
            lines.append(_event_row(ev))
        lines.append("")
    if analysis.terms:
        lines += ["## Loaded terms", ""]
        for t in analysis.terms:
            neutral = f" → neutral: {_md(t.neutral)}" if t.neutral else ""
            lines.append(f"- “{_md(t.text)}” ({t.category}){neutral}{_whose(t)} [{t.start}:{t.end}]")
        lines.append("")
    if analysis.techniques:
        sure = [t for t in analysis.techniques if t.confident]
        rest = [t for t in analysis.techniques if not t.confident]
        lines += ["## Persuasion techniques", ""]
        for sp in sure:
            label = sp.technique.replace("_", " ")
            lines.append(f"- “{_md(_clip(sp.text))}” — {_md(label)} ({sp.score:.2f}){_whose(sp)} [{sp.start}:{sp.end}]")
        if not sure:
            lines.append("- none found with confidence")
        if rest:
            tally = Counter(sp.technique.replace("_", " ") for sp in rest).most_common()
            lines += ["", f"Less sure, not listed ({len(rest)}; every span is in the JSON output with its score): "
                      + ", ".join(f"{_md(label)} {k}" for label, k in tally)]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
