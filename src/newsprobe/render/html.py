"""A self-contained HTML report: the article with every span highlighted, a legend, and tables.

All article text goes through Jinja2's autoescaping; the page carries a Content-Security-Policy
that forbids scripts, so nothing from the article can ever run. Technique spans that are not
``confident`` are hidden until the reader ticks "all techniques" (a checkbox read by CSS alone).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jinja2 import Environment, PackageLoader, select_autoescape

from newsprobe.model import Analysis, TechniqueSpan, TermHit

#: layer -> (legend label, colour)
LAYERS: dict[str, tuple[str, str]] = {
    "entity": ("Named entity", "#cfe2ff"),
    "speaker": ("Speaker", "#9ec5fe"),
    "quote": ("Quote content", "#fff3cd"),
    "cue": ("Attribution cue", "#ffe69c"),
    "number": ("Number claimed", "#d1e7dd"),
    "date": ("Date", "#e2d9f3"),
    "event": ("Event trigger", "#c7f0e8"),
    "term": ("Loaded term", "#f8d7da"),
    "technique": ("Persuasion technique", "#fde2c8"),
    "tentative": ("Technique, less sure (shown with “all techniques”)", "#fff4ea"),
}


@dataclass
class Segment:
    text: str
    layers: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _spans(analysis: Analysis) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    for e in analysis.entities:
        for m in e.mentions:
            out.append((m.start, m.end, "entity", f"{e.label}: {e.name}"))
    for q in analysis.quotes:
        who = q.speaker.name if q.speaker else "unknown speaker"
        out.append((q.content.start, q.content.end, "quote", f"{q.kind} quote by {who}"))
        if q.cue:
            out.append((q.cue.start, q.cue.end, "cue", "cue"))
        if q.speaker:
            out.append((q.speaker.mention.start, q.speaker.mention.end, "speaker", f"speaker: {who}"))
    for n in analysis.quantities:
        out.append((n.start, n.end, "number", f"number: {n.value}"))
    for d in analysis.dates:
        out.append((d.start, d.end, "date", f"date: {d.value or d.range}"))
    for ev in analysis.events:
        src = ev.source.name if ev.source else "?"
        tgt = ev.target.name if ev.target else "?"
        out.append((ev.start, ev.end, "event", f"{ev.type}: {src} → {tgt}"))
    for t in analysis.terms:
        out.append((t.start, t.end, "term", f"{t.category}; neutral: {t.neutral or '-'}; {voice(t)}"))
    for s in analysis.techniques:
        layer, sure = ("technique", "") if s.confident else ("tentative", "less sure: ")
        out.append((s.start, s.end, layer, f"{sure}{s.technique} ({s.score:.2f}); {voice(s)}"))
    size = len(analysis.article.text)
    return [(max(0, a), min(size, b), layer, note) for a, b, layer, note in out if a < b]


def voice(hit: TermHit | TechniqueSpan) -> str:
    """Whose words: the outlet's own, or a quoted speaker's."""
    if hit.voice == "quoted":
        return f"quoted: {hit.speaker.name}" if hit.speaker else "quoted"
    return "outlet's own words" if hit.voice == "outlet" else ""


def segments(analysis: Analysis) -> list[Segment]:
    """The article text cut at every span boundary, each piece with the layers covering it."""
    text = analysis.article.text
    spans = _spans(analysis)
    cuts = sorted({0, len(text)} | {a for a, _, _, _ in spans} | {b for _, b, _, _ in spans})
    starts: dict[int, list[int]] = {}
    for i, (a, _, _, _) in enumerate(spans):
        starts.setdefault(a, []).append(i)
    active: set[int] = set()
    result: list[Segment] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = {i for i in active if spans[i][1] > left} | set(starts.get(left, []))
        seg = Segment(text[left:right])
        for i in sorted(active):
            _, _, layer, note = spans[i]
            if layer not in seg.layers:
                seg.layers.append(layer)
            seg.notes.append(note)
        result.append(seg)
    return result


_env = Environment(
    loader=PackageLoader("newsprobe", "render/templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_html(analysis: Analysis) -> str:
    template = _env.get_template("report.html.j2")
    return template.render(a=analysis, segments=segments(analysis), layers=LAYERS, voice=voice,
                           confident=sum(1 for t in analysis.techniques if t.confident))
