"""The article page's highlighted text: one layer per kind of finding, each span with an anchor.

The text is cut at every span boundary; each piece lists the layers covering it. Each finding's
first piece is preceded by an empty anchor (``id="q3"``) that the tables below link to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from newsprobe.model import Analysis, Event, EventActor
from newsprobe.web.charts import number
from newsprobe.web.library import CONFIDENT

#: layer -> (legend label, shown by default)
LAYERS: dict[str, tuple[str, bool]] = {
    "entity": ("Named entity", True),
    "speaker": ("Speaker", True),
    "quote": ("Quote content", True),
    "cue": ("Attribution cue", True),
    "number": ("Figure", True),
    "date": ("Date", True),
    "term": ("Loaded term", True),
    "technique": (f"Technique (score ≥ {CONFIDENT})", True),
    "technique-low": (f"Technique (score < {CONFIDENT})", False),
    "event": ("Event trigger", True),
    "event-sentence": ("Event sentence", True),
}


@dataclass
class Piece:
    text: str
    layers: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)


Span = tuple[int, int, str, str, tuple[str, ...]]


def spans(a: Analysis) -> list[Span]:
    """``(start, end, layer, note, anchor)`` for every finding, clipped to the text."""
    out: list[Span] = []
    for e in a.entities:
        for k, m in enumerate(e.mentions):
            out.append((m.start, m.end, "entity", f"{e.label}: {e.name}", (e.id,) if k == 0 else ()))
    for i, q in enumerate(a.quotes):
        who = q.speaker.name if q.speaker else "unknown speaker"
        out.append((q.content.start, q.content.end, "quote", f"{q.kind} quote by {who}", (f"q{i}",)))
        if q.cue:
            out.append((q.cue.start, q.cue.end, "cue", f"cue of quote {i + 1}", ()))
        if q.speaker:
            out.append((q.speaker.mention.start, q.speaker.mention.end, "speaker", f"speaker: {who}", ()))
    for i, n in enumerate(a.quantities):
        out.append((n.start, n.end, "number", f"figure: {number(n.value)}", (f"n{i}", f"n-at-{n.start}")))
    for i, d in enumerate(a.dates):
        resolved = d.value or (" … ".join(d.range) if d.range else "unresolved")
        out.append((d.start, d.end, "date", f"date: {resolved}", (f"d{i}",)))
    for i, t in enumerate(a.terms):
        out.append((t.start, t.end, "term", f"{t.category}; neutral: {t.neutral or '-'}", (f"t{i}",)))
    for i, s in enumerate(a.techniques):
        layer = "technique" if s.score >= CONFIDENT else "technique-low"
        out.append((s.start, s.end, layer, f"{s.technique} ({s.score:.2f})", (f"x{i}",)))
    for i, ev in enumerate(a.events):
        out.append((ev.start, ev.end, "event", f"event: {event_label(ev)}", (f"v{i}",)))
        out.append((ev.sentence.start, ev.sentence.end, "event-sentence", f"sentence of event {i + 1}", (f"vs{i}",)))
    size = len(a.article.text)
    return [(max(0, s), min(size, e), layer, note, anchor) for s, e, layer, note, anchor in out if s < e]


def actor_label(actor: EventActor | None) -> str:
    """An event actor for people: name, with country and sector when known; "unknown" when none."""
    if actor is None:
        return "unknown"
    extra = " ".join(x for x in (actor.country, actor.sector) if x)
    return f"{actor.name} ({extra})" if extra else actor.name


def event_label(ev: Event) -> str:
    """One line for an event: type/mode, source → target, and whose voice."""
    kind = ev.type + (f"/{ev.mode}" if ev.mode else "")
    voice = "outlet's own voice"
    if ev.voice == "quoted":
        voice = "claimed by " + (ev.claimed_by.name if ev.claimed_by else "an unknown speaker")
    return f"{kind}: {actor_label(ev.source)} → {actor_label(ev.target)} ({voice})"


def pieces(a: Analysis) -> list[Piece]:
    """The text cut at every span boundary, each piece with its layers, notes and anchors."""
    text = a.article.text
    found = spans(a)
    cuts = sorted({0, len(text)} | {s for s, *_ in found} | {e for _, e, *_ in found})
    starts: dict[int, list[int]] = {}
    for i, (s, *_rest) in enumerate(found):
        starts.setdefault(s, []).append(i)
    active: set[int] = set()
    result: list[Piece] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        new = starts.get(left, [])
        active = {i for i in active if found[i][1] > left} | set(new)
        piece = Piece(text[left:right], anchors=[a for i in new for a in found[i][4]])
        for i in sorted(active):
            layer, note = found[i][2], found[i][3]
            if layer not in piece.layers:
                piece.layers.append(layer)
            piece.notes.append(note)
        result.append(piece)
    return result


def safe_link(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL (so it may be a link), else ``None``."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c in url for c in "\r\n\t\0"):
        return None
    return url.strip()
