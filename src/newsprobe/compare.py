"""Outlets side by side: the same story as told by several articles.

:func:`compare` only aggregates :class:`~newsprobe.model.Analysis` records (offsets into each
article's text); it re-reads no text to guess what an upstream stage meant. It returns a
JSON-serialisable :class:`Comparison`:

* **figures** -- quantities grouped by ``Quantity.category`` (filled by the pipeline, see
  :mod:`newsprobe.figure_categories`: killed, injured, displaced, money:budget, percent:fee ...;
  money also by currency). Per article the *headline* figure of a group is its largest for counts
  (tolls only rise) and its first for money and percentages. A group's ``status`` compares the
  articles' headlines: ``same`` (equal within the rounding of how they are written: "$48m" and
  "$48.2m"), ``differ`` (different values), ``conflict`` (their bounds exclude each other: "at most
  10" and "at least 14"; "about 300" (+-15%) and "more than 400"; a bare count is the toll so far,
  i.e. "at least", a bare amount or percentage a point). Two bare values that differ *differ*
  without conflicting: they may be from different moments. ``tolerance`` widens every range.
* **speakers** -- who is quoted by which outlet (stances left out: they are not speech); names
  matched across articles with :mod:`newsprobe.names`; ``only_in`` names the single outlet quoting a
  speaker; ``framing`` counts per outlet how its cues frame the speaker (neutral, doubting,
  endorsing, conceding, loaded: ``Quote.framing``).
* **wording** -- for actors named by two or more outlets: each outlet's names, role phrases
  (``Entity.roles``) and loaded terms in the sentences naming them; loaded terms and persuasion
  confident techniques in each outlet's own voice counted per outlet.
* **sourcing** -- per article, the share of its text attributed to sources: non-space characters
  inside quote contents (stances left out, overlaps counted once) over non-space characters of the
  whole text; the rest is the outlet's own voice.
* **events** -- the PLOVER events each outlet reports (``Analysis.events``), grouped when they agree:
  the same type, and for the source and for the target the same actor, matched by normalised name
  (:mod:`newsprobe.names`, a lone surname joining the one full name ending with it) or, when the
  names differ, by the same country and sector (both known); an unknown actor matches only an unknown
  one. Per group and outlet: how many times the outlet reports it in its own voice and how many
  times only as someone's claim (``voice`` "quoted"), and who claims it.

Every rule treats all outlets and parties alike. Renderers live in :mod:`newsprobe.render.compare`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from newsprobe import names
from newsprobe.errors import Code, NewsprobeError
from newsprobe.figure_categories import kind_of
from newsprobe.model import Analysis, Article, Event, EventActor, Quantity, Quote

#: relative half-width given to ``approx`` figures ("about 300" covers 255..345)
APPROX = 0.15
FRAMINGS = ("neutral", "doubting", "endorsing", "conceding", "loaded")
Status = Literal["same", "differ", "conflict"]
_STATUS_ORDER = {"conflict": 0, "differ": 1, "same": 2, None: 3}
#: comparators that state a bound ("at least", "more than", "at most", "fewer than"); "about" is soft
_HARD = frozenset({"gt", "ge", "lt", "le"})
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


class CompareArticle(BaseModel):
    id: str
    outlet: str
    title: str | None = None
    published: str | None = None
    source: str | None = None


class FigureReport(BaseModel):
    article_id: str
    outlet: str
    published: str | None = None
    category: str
    surface: str
    value: float | None
    low: float | None
    high: float | None
    comparator: str | None = None
    unit: str | None = None
    counted: str | None = None
    start: int
    end: int
    sentence: str | None = Field(default=None, description="The sentence holding the figure (None when unparsed)")
    sentence_start: int | None = None
    sentence_end: int | None = None
    asserted_by: str = Field(description="claim_source name, or 'own voice' for the outlet itself")
    headline: bool = Field(default=False, description="the article's headline figure of this group")


class FigureGroup(BaseModel):
    category: str
    kind: str = Field(description="count, money, percent or points")
    unit: str | None = None
    articles: int
    status: Status | None = Field(
        description="same | differ | conflict across the articles' headlines; None with one article"
    )
    headline_values: dict[str, list[float | None]] = Field(
        default_factory=dict, description="outlet -> headline values of its articles"
    )
    headlines: list[FigureReport] = Field(default_factory=list, description="each article's headline figure")
    reports: list[FigureReport]


class QuoteRef(BaseModel):
    article_id: str
    outlet: str
    kind: str
    text: str
    start: int
    end: int
    cue: str | None = None
    framing: str | None = None


class SpeakerRow(BaseModel):
    key: str
    name: str
    outlets: dict[str, int] = Field(description="outlet -> number of quotes")
    only_in: str | None = None
    framing: dict[str, dict[str, int]] = Field(
        default_factory=dict, description="outlet -> framing class -> quotes ('unclassed' when the cue is not listed)"
    )
    quotes: list[QuoteRef]


class OutletWording(BaseModel):
    names: list[str] = Field(default_factory=list)
    descriptors: list[str] = Field(default_factory=list)
    terms: list[str] = Field(default_factory=list)


class ActorWording(BaseModel):
    key: str
    name: str
    label: str
    outlets: dict[str, OutletWording]


class TermUse(BaseModel):
    term: str
    category: str
    neutral: str | None = None
    count: int
    quoted: int = Field(default=0, description="how many of them are inside quotes (voice 'quoted')")
    surfaces: list[str]


class Sourcing(BaseModel):
    article_id: str
    outlet: str
    total_chars: int
    attributed_chars: int
    direct_chars: int
    attributed_share: float
    direct_share: float
    own_voice_share: float
    quotes: int


class EventReport(BaseModel):
    article_id: str
    outlet: str
    published: str | None = None
    index: int = Field(description="The event's index in its article's Analysis.events")
    type: str
    mode: str | None = None
    source: str | None = None
    source_country: str | None = None
    source_sector: str | None = None
    target: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    trigger: str
    start: int
    end: int
    sentence: str | None = None
    sentence_start: int
    sentence_end: int
    date: str | None = None
    location: str | None = None
    voice: str = Field(description="outlet (the outlet's own voice) or quoted (someone's claim)")
    claimed_by: str | None = None


class OutletEvents(BaseModel):
    own_voice: int = Field(default=0, description="reports in the outlet's own voice")
    quoted: int = Field(default=0, description="reports only as someone's claim")
    claimed_by: list[str] = Field(default_factory=list, description="who claims it (quoted reports)")


class EventGroup(BaseModel):
    key: str
    type: str
    source: str | None = Field(description="the source actor as most often named; None when unknown")
    target: str | None = Field(description="the target actor as most often named; None when unknown")
    source_country: str | None = None
    source_sector: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    outlets: dict[str, OutletEvents] = Field(description="outlet -> how it reports the event")
    own_voice: list[str] = Field(default_factory=list, description="outlets reporting it in their own voice")
    quoted_only: list[str] = Field(default_factory=list, description="outlets carrying it only as a claim")
    only_in: str | None = None
    reports: list[EventReport]


class Comparison(BaseModel):
    """Several articles side by side. ``definitions`` says how each part is computed."""

    articles: list[CompareArticle]
    outlets: list[str]
    figures: list[FigureGroup]
    speakers: list[SpeakerRow]
    framing: dict[str, dict[str, int]] = Field(
        default_factory=dict, description="outlet -> framing class -> quotes (every speaker)"
    )
    actors: list[ActorWording]
    terms: dict[str, list[TermUse]]
    techniques: dict[str, dict[str, int]]
    sourcing: list[Sourcing]
    events: list[EventGroup] = Field(default_factory=list)
    definitions: dict[str, str]


DEFINITIONS = {
    "figures": "quantities grouped by Quantity.category (and currency); headline = an article's largest "
    "count, or its first amount or percentage; same = equal within the rounding of how they are written; "
    "differ = different values; conflict = a stated bound (at least, more than, at most, fewer than) excludes "
    f"the other figure (a bare count means 'at least', approx = +-{APPROX:.0%})",
    "speakers": "quote speakers (stances left out) matched across articles by normalised name; a lone "
    "surname joins the one full name ending with it; framing = the cue's class (framing.tsv)",
    "actors": "entities named by two or more outlets, with each outlet's names, role phrases (Entity.roles) "
    "and loaded terms in the sentences naming them",
    "sourcing": "attributed_share = non-space characters inside quote contents (stances left out) / "
    "non-space characters of the text; own_voice_share = 1 - attributed_share",
    "events": "PLOVER events grouped across outlets: same type, and source and target each the same actor "
    "by normalised name or, when the names differ, by the same country and sector (both known); an unknown "
    "actor matches only an unknown one; own voice = reported by the outlet, quoted = only as someone's claim",
}


# --- helpers ----------------------------------------------------------------------------------


def outlet_label(article: Article) -> str:
    """The outlet, else the file name without suffix, else the title, else the article id."""
    if article.outlet:
        return article.outlet
    if article.source and article.source != "-":
        stem = Path(article.source.split("?")[0].rstrip("/")).stem
        if stem:
            return stem
    return article.title or article.id


class _Sentences:
    """Sentence lookup over ``Analysis.sentences``."""

    def __init__(self, analysis: Analysis) -> None:
        self.spans = [(s.start, s.end) for s in analysis.sentences]
        self.starts = [s for s, _ in self.spans]

    def of(self, start: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.spans[i][0] <= start < self.spans[i][1]:
            return self.spans[i]
        return None


def _nonspace(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _union_chars(text: str, spans: Iterable[tuple[int, int]]) -> int:
    covered = bytearray(len(text))
    for s, e in spans:
        lo, hi = max(0, s), min(len(text), e)
        if hi > lo:
            covered[lo:hi] = b"\x01" * (hi - lo)
    return sum(1 for i, flag in enumerate(covered) if flag and not text[i].isspace())


def _speech(quotes: Iterable[Quote]) -> list[Quote]:
    """Quotes that are speech or writing (stances are attitudes, beliefs, evidence)."""
    return [q for q in quotes if q.kind != "stance"]


# --- figures ----------------------------------------------------------------------------------


def _best(r: FigureReport) -> float:
    if r.value is not None:
        return r.value
    lo, hi = r.low, r.high
    if lo is not None and hi is not None:
        return (lo + hi) / 2
    return float(lo if lo is not None else hi)  # type: ignore[arg-type]


def _precision(r: FigureReport) -> float:
    """The rounding step of the figure as written: "$48m" -> 1m, "$48.2m" -> 0.1m, "3,000" -> 1."""
    m = _NUMBER.search(r.surface)
    if m is None:
        return 1.0
    try:
        written = float(m.group(0).replace(",", ""))
    except ValueError:
        return 1.0
    decimals = len(m.group(1) or "")
    best = _best(r)
    scale = best / written if written and best else 1.0
    return abs(10.0**-decimals * scale)


def _bounds(r: FigureReport, kind: str, tolerance: float) -> tuple[float, float]:
    best = _best(r)
    low = r.low if r.low is not None else best
    high = r.high if r.high is not None else best
    if r.comparator == "approx":
        low, high = low * (1 - APPROX), high * (1 + APPROX)
    elif r.comparator in ("gt", "ge"):
        high = math.inf
    elif r.comparator in ("lt", "le"):
        low = 0.0
    elif kind == "count" and r.low is None and r.high is None:
        high = math.inf  # "14 killed": the toll so far
    slack = _precision(r) / 2 if r.comparator is None else 0.0  # "at most 10" is exact about its bound
    return low * (1 - tolerance) - slack, high * (1 + tolerance) + slack


def pair_status(a: FigureReport, b: FigureReport, kind: str, tolerance: float = 0.0) -> Status:
    """``same``, ``differ`` or ``conflict`` for two figures of one group (see the module docstring)."""
    va, vb = _best(a), _best(b)
    slack = max(_precision(a), _precision(b)) / 2 + tolerance * max(abs(va), abs(vb))
    if abs(va - vb) <= slack + 1e-9 * max(1.0, abs(va), abs(vb)):
        return "same"
    if a.comparator in _HARD or b.comparator in _HARD:
        la, ha = _bounds(a, kind, tolerance)
        lb, hb = _bounds(b, kind, tolerance)
        if ha < lb or hb < la:
            return "conflict"
    return "differ"


def _group_status(headlines: list[FigureReport], kind: str, tolerance: float) -> Status | None:
    if len(headlines) < 2:
        return None
    found = {pair_status(a, b, kind, tolerance) for i, a in enumerate(headlines) for b in headlines[i + 1 :]}
    return min(found, key=lambda s: _STATUS_ORDER[s])


def _report(a: Analysis, q: Quantity, outlet: str, sentences: _Sentences) -> FigureReport:
    text = a.article.text
    span = sentences.of(q.start)
    return FigureReport(
        article_id=a.article.id,
        outlet=outlet,
        published=a.article.published,
        category=q.category or "",
        surface=q.text,
        value=q.value,
        low=q.low,
        high=q.high,
        comparator=q.comparator,
        unit=q.unit,
        counted=q.counted.text if q.counted else None,
        start=q.start,
        end=q.end,
        sentence=text[span[0] : span[1]] if span else None,
        sentence_start=span[0] if span else None,
        sentence_end=span[1] if span else None,
        asserted_by=q.claim_source.name if q.claim_source else "own voice",
    )


def _figures(analyses: Sequence[Analysis], labels: dict[str, str], tolerance: float) -> list[FigureGroup]:
    by_group: dict[tuple[str, str, str | None], list[FigureReport]] = defaultdict(list)
    for a in analyses:
        sentences = _Sentences(a)
        for q in a.quantities:
            kind = kind_of(q)
            if not q.category or kind is None or (q.value is None and q.low is None and q.high is None):
                continue
            unit = q.unit if kind == "money" else None
            by_group[(q.category, kind, unit)].append(_report(a, q, labels[a.article.id], sentences))
    groups = [_group(cat, kind, unit, rows, tolerance) for (cat, kind, unit), rows in by_group.items()]
    groups.sort(key=lambda g: (_STATUS_ORDER[g.status], -g.articles, g.category, g.unit or ""))
    return groups


def _group(
    category: str, kind: str, unit: str | None, rows: list[FigureReport], tolerance: float
) -> FigureGroup:
    rows = sorted(rows, key=lambda r: (r.outlet, r.article_id, r.start))
    headline: dict[str, FigureReport] = {}
    for r in rows:
        current = headline.get(r.article_id)
        if current is None:
            headline[r.article_id] = r
        elif kind == "count" and _best(r) > _best(current):
            headline[r.article_id] = r
    for r in headline.values():
        r.headline = True
    heads = sorted(headline.values(), key=lambda r: (r.outlet, r.published or "", r.article_id))
    values: dict[str, list[float | None]] = defaultdict(list)
    for r in heads:
        values[r.outlet].append(r.value)
    return FigureGroup(
        category=category,
        kind=kind,
        unit=unit,
        articles=len(heads),
        status=_group_status(heads, kind, tolerance),
        headline_values=dict(values),
        headlines=heads,
        reports=rows,
    )


# --- speakers, framing and actors --------------------------------------------------------------


def _speaker_name(a: Analysis, quote: Quote) -> str | None:
    if quote.speaker is None:
        return None
    if quote.speaker.entity_id:
        for ent in a.entities:
            if ent.id == quote.speaker.entity_id:
                return ent.name
    name = quote.speaker.name.strip()
    if not name or name.lower() in names.PRONOUNS:
        return None
    return name


def _speakers(analyses: Sequence[Analysis], labels: dict[str, str]) -> list[SpeakerRow]:
    found: list[tuple[str, str, QuoteRef]] = []
    for a in analyses:
        for quote in _speech(a.quotes):
            name = _speaker_name(a, quote)
            if name is None:
                continue
            key = names.name_key(name)
            if not key:
                continue
            ref = QuoteRef(
                article_id=a.article.id,
                outlet=labels[a.article.id],
                kind=quote.kind,
                text=quote.content.text,
                start=quote.content.start,
                end=quote.content.end,
                cue=quote.cue.text if quote.cue else None,
                framing=quote.framing,
            )
            found.append((key, name, ref))
    canon = names.merge_surnames(k for k, _, _ in found)
    seen_names: dict[str, Counter[str]] = defaultdict(Counter)
    quotes: dict[str, list[QuoteRef]] = defaultdict(list)
    for key, name, ref in found:
        seen_names[canon[key]][name] += 1
        quotes[canon[key]].append(ref)
    n_outlets = len(set(labels.values()))
    result = []
    for key, refs in quotes.items():
        seen = seen_names[key]
        outlets = Counter(q.outlet for q in refs)
        result.append(
            SpeakerRow(
                key=key,
                name=max(seen, key=lambda n: (len(n), seen[n])),
                outlets=dict(sorted(outlets.items())),
                only_in=next(iter(outlets)) if len(outlets) == 1 and n_outlets > 1 else None,
                framing=_framing_counts(refs),
                quotes=refs,
            )
        )
    result.sort(key=lambda r: (-len(r.outlets), -len(r.quotes), r.key))
    return result


def _framing_counts(refs: Iterable[QuoteRef]) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for ref in refs:
        counts[ref.outlet][ref.framing or "unclassed"] += 1
    order = {c: i for i, c in enumerate((*FRAMINGS, "unclassed"))}
    return {
        outlet: dict(sorted(c.items(), key=lambda kv: order.get(kv[0], 99)))
        for outlet, c in sorted(counts.items())
    }


def _outlet_framing(analyses: Sequence[Analysis], labels: dict[str, str]) -> dict[str, dict[str, int]]:
    """Framing classes per outlet over every speech quote (with or without a known speaker)."""
    refs = [
        QuoteRef(article_id=a.article.id, outlet=labels[a.article.id], kind=q.kind, text="", start=0, end=0,
                 framing=q.framing)
        for a in analyses
        for q in _speech(a.quotes)
    ]
    counts = _framing_counts(refs)
    return {outlet: counts.get(outlet, {}) for outlet in sorted(set(labels.values()))}


def _actors(analyses: Sequence[Analysis], labels: dict[str, str]) -> list[ActorWording]:
    entries: list[tuple[str, str, str, str, OutletWording]] = []
    for a in analyses:
        sentences = _Sentences(a)
        outlet = labels[a.article.id]
        for ent in a.entities:
            key = names.name_key(ent.name)
            if not key:
                continue
            wording = OutletWording(descriptors=list(dict.fromkeys(ent.roles)))
            spans: set[tuple[int, int]] = set()
            for m in ent.mentions:
                if m.text not in wording.names:
                    wording.names.append(m.text)
                span = sentences.of(m.start)
                if span:
                    spans.add(span)
            for hit in a.terms:
                if any(s <= hit.start < e for s, e in spans) and hit.text not in wording.terms:
                    wording.terms.append(hit.text)
            entries.append((key, ent.name, ent.label, outlet, wording))
    canon = names.merge_surnames(k for k, *_ in entries)
    grouped: dict[str, dict[str, OutletWording]] = defaultdict(dict)
    seen_names: dict[str, Counter[str]] = defaultdict(Counter)
    label_of: dict[str, Counter[str]] = defaultdict(Counter)
    for key, name, label, outlet, wording in entries:
        key = canon[key]
        seen_names[key][name] += 1
        label_of[key][label] += 1
        merged = grouped[key].setdefault(outlet, OutletWording())
        for field in ("names", "descriptors", "terms"):
            have: list[str] = getattr(merged, field)
            have.extend(x for x in getattr(wording, field) if x not in have)
    actors = [
        ActorWording(
            key=key,
            name=max(seen_names[key], key=lambda n: (len(n), seen_names[key][n])),
            label=label_of[key].most_common(1)[0][0],
            outlets=dict(sorted(outlets.items())),
        )
        for key, outlets in grouped.items()
        if len(outlets) > 1
    ]
    actors.sort(key=lambda x: (-len(x.outlets), x.key))
    return actors


def _terms(analyses: Sequence[Analysis], labels: dict[str, str]) -> dict[str, list[TermUse]]:
    uses: dict[str, dict[tuple[str, str], TermUse]] = {outlet: {} for outlet in labels.values()}
    for a in analyses:
        outlet = labels[a.article.id]
        for hit in a.terms:
            use = uses[outlet].setdefault(
                (hit.term, hit.category),
                TermUse(term=hit.term, category=hit.category, neutral=hit.neutral, count=0, surfaces=[]),
            )
            use.count += 1
            use.quoted += hit.voice == "quoted"
            if hit.text not in use.surfaces:
                use.surfaces.append(hit.text)
    return {
        outlet: sorted(table.values(), key=lambda u: (-u.count, u.term))
        for outlet, table in sorted(uses.items())
    }


def _techniques(analyses: Sequence[Analysis], labels: dict[str, str]) -> dict[str, dict[str, int]]:
    """Confident technique spans in each outlet's own voice (language it quotes is not its own)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for a in analyses:
        counts[labels[a.article.id]].update(t.technique for t in a.techniques if t.confident and t.voice != "quoted")
    return {outlet: dict(c.most_common()) for outlet, c in sorted(counts.items())}


def sourcing(analysis: Analysis, outlet: str | None = None) -> Sourcing:
    """How much of one article is attributed to sources (see the module docstring)."""
    text = analysis.article.text
    total = _nonspace(text)
    speech = _speech(analysis.quotes)
    spans = [(q.content.start, q.content.end) for q in speech]
    direct = [(q.content.start, q.content.end) for q in speech if q.kind == "direct"]
    attributed = _union_chars(text, spans)
    direct_chars = _union_chars(text, direct)
    share = attributed / total if total else 0.0
    return Sourcing(
        article_id=analysis.article.id,
        outlet=outlet or outlet_label(analysis.article),
        total_chars=total,
        attributed_chars=attributed,
        direct_chars=direct_chars,
        attributed_share=round(share, 4),
        direct_share=round(direct_chars / total if total else 0.0, 4),
        own_voice_share=round(1.0 - share, 4),
        quotes=len(speech),
    )


# --- events -----------------------------------------------------------------------------------


def _actor_name(a: Analysis, actor: EventActor) -> str:
    """The actor's entity name when it resolves to one, else its noun phrase."""
    if actor.entity_id:
        for ent in a.entities:
            if ent.id == actor.entity_id:
                return ent.name
    return actor.name


def _event_report(a: Analysis, i: int, ev: Event, outlet: str) -> EventReport:
    text = a.article.text
    src, tgt = ev.source, ev.target
    day = (ev.date.value or (ev.date.range[0] if ev.date.range else None) or ev.date.text) if ev.date else None
    s, e = max(0, ev.sentence.start), min(len(text), ev.sentence.end)
    return EventReport(
        article_id=a.article.id,
        outlet=outlet,
        published=a.article.published,
        index=i,
        type=ev.type,
        mode=ev.mode,
        source=_actor_name(a, src) if src else None,
        source_country=src.country if src else None,
        source_sector=src.sector if src else None,
        target=_actor_name(a, tgt) if tgt else None,
        target_country=tgt.country if tgt else None,
        target_sector=tgt.sector if tgt else None,
        trigger=ev.text,
        start=ev.start,
        end=ev.end,
        sentence=text[s:e] if e > s else None,
        sentence_start=ev.sentence.start,
        sentence_end=ev.sentence.end,
        date=day,
        location=ev.location.name if ev.location else None,
        voice=ev.voice,
        claimed_by=ev.claimed_by.name if ev.claimed_by else None,
    )


def _actor_keys(
    name: str | None, country: str | None, sector: str | None, canon: dict[str, str], alone: str
) -> set[str]:
    """What an actor can be matched by: its normalised name, and its country and sector when both known
    (``alone``: a key of its own for a named actor with neither, a pronoun say)."""
    if name is None:
        return {"?"}  # unknown: matches only another unknown actor
    keys = set()
    key = names.name_key(name)
    if key:
        keys.add("n:" + canon.get(key, key))
    if country and sector:
        keys.add(f"c:{country}/{sector}")
    return keys or {alone}


def _events(analyses: Sequence[Analysis], labels: dict[str, str]) -> list[EventGroup]:
    reports = [
        _event_report(a, i, ev, labels[a.article.id]) for a in analyses for i, ev in enumerate(a.events)
    ]
    if not reports:
        return []
    canon = names.merge_surnames(
        k for r in reports for k in (names.name_key(r.source or ""), names.name_key(r.target or "")) if k
    )
    keyed = [
        (
            _actor_keys(r.source, r.source_country, r.source_sector, canon, f"s{i}"),
            _actor_keys(r.target, r.target_country, r.target_sector, canon, f"t{i}"),
        )
        for i, r in enumerate(reports)
    ]
    # union-find over reports of one type whose sources share a key and whose targets share a key
    parent = list(range(len(reports)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_type: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        by_type[r.type].append(i)
    for members in by_type.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if keyed[i][0] & keyed[j][0] and keyed[i][1] & keyed[j][1]:
                    parent[root(j)] = root(i)
    groups: dict[int, list[EventReport]] = defaultdict(list)
    for i, r in enumerate(reports):
        groups[root(i)].append(r)
    n_outlets = len(set(labels.values()))
    result = [_event_group(rows, n_outlets) for rows in groups.values()]
    result.sort(key=lambda g: (-len(g.outlets), g.type, g.source or "~", g.target or "~", g.key))
    seen: Counter[str] = Counter()
    for g in result:  # keys are unique (a group matched by country and sector may share its names' key)
        seen[g.key] += 1
        if seen[g.key] > 1:
            g.key = f"{g.key}#{seen[g.key]}"
    return result


def _most_named(values: Iterable[str | None]) -> str | None:
    seen = Counter(v for v in values if v)
    return min(seen, key=lambda v: (-seen[v], v)) if seen else None


def _event_group(rows: list[EventReport], n_outlets: int) -> EventGroup:
    rows = sorted(rows, key=lambda r: (r.outlet, r.published or "", r.article_id, r.start))
    per: dict[str, OutletEvents] = {}
    for r in rows:
        o = per.setdefault(r.outlet, OutletEvents())
        if r.voice == "quoted":
            o.quoted += 1
            if r.claimed_by and r.claimed_by not in o.claimed_by:
                o.claimed_by.append(r.claimed_by)
        else:
            o.own_voice += 1
    source, target = _most_named(r.source for r in rows), _most_named(r.target for r in rows)
    return EventGroup(
        key=f"{rows[0].type}|{names.name_key(source or '') or '?'}|{names.name_key(target or '') or '?'}",
        type=rows[0].type,
        source=source,
        target=target,
        source_country=_most_named(r.source_country for r in rows),
        source_sector=_most_named(r.source_sector for r in rows),
        target_country=_most_named(r.target_country for r in rows),
        target_sector=_most_named(r.target_sector for r in rows),
        outlets=dict(sorted(per.items())),
        own_voice=sorted(o for o, v in per.items() if v.own_voice),
        quoted_only=sorted(o for o, v in per.items() if not v.own_voice),
        only_in=next(iter(per)) if len(per) == 1 and n_outlets > 1 else None,
        reports=rows,
    )


# --- entry point ------------------------------------------------------------------------------


def compare(analyses: Sequence[Analysis], *, tolerance: float = 0.0) -> Comparison:
    """Put several analysed articles side by side (figures, speakers, framing, wording, sourcing, events)."""
    if not analyses:
        raise NewsprobeError(Code.NO_ARTICLE, "nothing to compare: give two or more articles")
    if tolerance < 0:
        raise NewsprobeError(Code.BAD_OPTION, "tolerance must be 0 or more")
    unique: dict[str, Analysis] = {}
    for a in analyses:
        unique.setdefault(a.article.id, a)
    items = list(unique.values())
    labels = {a.article.id: outlet_label(a.article) for a in items}
    speakers = _speakers(items, labels)
    return Comparison(
        articles=[
            CompareArticle(
                id=a.article.id,
                outlet=labels[a.article.id],
                title=a.article.title,
                published=a.article.published,
                source=a.article.source,
            )
            for a in items
        ],
        outlets=sorted(set(labels.values())),
        figures=_figures(items, labels, tolerance),
        speakers=speakers,
        framing=_outlet_framing(items, labels),
        actors=_actors(items, labels),
        terms=_terms(items, labels),
        techniques=_techniques(items, labels),
        sourcing=[sourcing(a, labels[a.article.id]) for a in items],
        events=_events(items, labels),
        definitions=dict(DEFINITIONS),
    )


# --- renderers (in newsprobe.render.compare; kept here for existing callers) -------------------


def render_json(comparison: Comparison) -> str:
    from newsprobe.render.compare import render_json as render

    return render(comparison)


def render_table(comparison: Comparison) -> str:
    from newsprobe.render.compare import render_table as render

    return render(comparison)


def render_html(comparison: Comparison) -> str:
    from newsprobe.render.compare import render_html as render

    return render(comparison)
