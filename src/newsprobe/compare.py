"""Outlets side by side: the same story as told by several articles.

:func:`compare` reads only :class:`~newsprobe.model.Analysis` records (offsets into each article's
text) and returns a JSON-serialisable :class:`Comparison`:

* **figures** -- quantities grouped by what they count (``killed``, ``injured``, ``displaced``,
  ``arrested`` ...), found from a cue word near the number in its sentence ("12 people were
  *killed*", "the *death toll* rose to 14"). Each report keeps outlet, value, range, sentence,
  offsets and who asserts it (``claim_source`` or the outlet's own voice). Per article the largest
  figure of a category is its *headline*; a category ``disagree``s when two articles' headline
  ranges do not overlap (exact values are points, ``approx`` widens by ``APPROX``, ``gt``/``ge``
  are open above, ``lt``/``le`` below; ``tolerance`` widens every range by that share).
* **speakers** -- who is quoted by which outlet; names are matched across articles by their
  normalised form (titles dropped, lower-cased) and a lone surname joins the one full name that
  ends with it. ``only_in`` names the single outlet quoting a speaker.
* **wording** -- for actors named in two or more outlets, the names, role phrases (appositives
  and lower-case words just before a name) and loaded terms each outlet uses near them; the
  loaded terms (``Analysis.terms``) and persuasion techniques counted per outlet.
* **sourcing** -- per article, the share of its text attributed to sources: non-space characters
  inside quote contents (overlaps counted once) over non-space characters of the whole text;
  the rest is the outlet's own voice.

Every rule treats all outlets and parties alike.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader
from pydantic import BaseModel, Field
from spacy.lang.en.stop_words import STOP_WORDS

from newsprobe.errors import Code, NewsprobeError
from newsprobe.model import Analysis, Article, Quantity, Quote

#: relative half-width given to ``approx`` figures ("about 300" covers 255..345)
APPROX = 0.15
#: how many words a cue may sit from its number
CUE_WINDOW = 8

#: counted category -> cue words (lower case); a cue of several words matches as a phrase
CATEGORIES: dict[str, tuple[str, ...]] = {
    "killed": (
        "killed", "kill", "kills", "killing", "dead", "death", "deaths", "died", "die", "dying",
        "fatalities", "fatality", "fatally", "slain", "perished", "lives", "bodies", "death toll",
    ),
    "injured": (
        "injured", "injuring", "injuries", "injury", "wounded", "wounding", "hurt",
        "hospitalised", "hospitalized",
    ),
    "displaced": (
        "displaced", "displacing", "displacement", "refugees", "fled", "fleeing", "homeless", "uprooted",
    ),
    "evacuated": ("evacuated", "evacuation", "evacuees", "evacuating"),
    "arrested": ("arrested", "arrests", "arrest", "detained", "detention", "detainees", "custody", "jailed"),
    "missing": ("missing", "unaccounted"),
    "rescued": ("rescued", "rescue", "rescuers"),
    "protesters": ("protesters", "protestors", "demonstrators", "marched", "rallied", "protest", "protests"),
}
_CUE_INDEX: dict[str, str] = {cue: cat for cat, cues in CATEGORIES.items() for cue in cues}
_COUNT_UNITS = {None, "people", "persons", "person"}

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d(?:[\d,.]*\d)?|[,;:()\u2014]")
#: a cue never reaches its number across one of these ("3,000 displaced and 40 injured")
_BOUNDARIES = frozenset({"and", "but", "while", "whereas", "or", ",", ";", ":", "(", ")", "\u2014"})
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])|\n\s*\n")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Jr|Sr|No|Mt|Ft|vs)|\b[A-Z])\.$"
)
_TITLES = frozenset(
    "mr mrs ms miss dr prof sir dame president vice prime minister ministers secretary chancellor "
    "senator sen rep representative gov governor mayor gen general col colonel maj major capt captain "
    "lt lieutenant sgt sergeant judge justice king queen prince princess sheikh rabbi father rev "
    "reverend pope ambassador spokesman spokeswoman spokesperson chief commander officer".split()
)
_PRONOUNS = frozenset("he she they it we i you him her them us one who".split())
_REPORTING = frozenset(
    "said says told tells according added adds stated states announced announces claimed claims "
    "insisted warned noted asked wrote argued explained".split()
)
_APPOSITIVE = re.compile(
    r"^,\s+((?:the|a|an|its|his|her|their)\s+[^,.;:\"\u201c\u201d()]{2,70}?)(?=\s*[,.;:)])", re.I
)


class CompareArticle(BaseModel):
    id: str
    outlet: str
    title: str | None = None
    published: str | None = None
    source: str | None = None


class FigureReport(BaseModel):
    article_id: str
    outlet: str
    surface: str
    value: float | None
    low: float | None
    high: float | None
    comparator: str | None = None
    counted: str | None = None
    cue: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    asserted_by: str = Field(description="claim_source name, or 'own voice' for the outlet itself")
    headline: bool = Field(default=False, description="the article's largest figure of this category")


class FigureGroup(BaseModel):
    category: str
    articles: int
    disagree: bool
    headline_values: dict[str, list[float | None]] = Field(
        default_factory=dict, description="outlet -> headline values of its articles"
    )
    reports: list[FigureReport]


class QuoteRef(BaseModel):
    article_id: str
    outlet: str
    kind: str
    text: str
    start: int
    end: int


class SpeakerRow(BaseModel):
    key: str
    name: str
    outlets: dict[str, int] = Field(description="outlet -> number of quotes")
    only_in: str | None = None
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


class Comparison(BaseModel):
    """Several articles side by side. ``definitions`` says how each part is computed."""

    articles: list[CompareArticle]
    outlets: list[str]
    figures: list[FigureGroup]
    speakers: list[SpeakerRow]
    actors: list[ActorWording]
    terms: dict[str, list[TermUse]]
    techniques: dict[str, dict[str, int]]
    sourcing: list[Sourcing]
    definitions: dict[str, str]


DEFINITIONS = {
    "figures": "quantities grouped by a cue word near them; disagree = two articles' largest figures "
    f"of the category have non-overlapping ranges (approx = +-{APPROX:.0%})",
    "speakers": "quote speakers matched across articles by normalised name; a lone surname joins "
    "the one full name ending with it",
    "actors": "entities named by two or more outlets, with each outlet's names, role phrases and "
    "loaded terms in the sentences naming them",
    "sourcing": "attributed_share = non-space characters inside quote contents / non-space characters "
    "of the text; own_voice_share = 1 - attributed_share",
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


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence ``[start, end)`` spans (ends at ., ! or ? before a capital, or a line break)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if _ABBREVIATION.search(text, max(0, m.start() - 6), m.start() + 1):
            continue
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_of(spans: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= start < e:
            return s, max(e, end)
    return start, end


def normalise_name(name: str) -> str:
    """Lower-case key of a name: titles and leading articles dropped, punctuation removed."""
    words = re.findall(r"[\w'\u2019-]+", name.replace("\u2019", "'"))
    capitalised = [w for w in words if w[:1].isupper() and w.lower().rstrip(".") not in _TITLES]
    if capitalised and any(w[:1].isupper() for w in words):
        # possessive and trailing punctuation off: "Smith's" -> "smith"
        return " ".join(re.sub(r"'s$", "", w.lower()) for w in capitalised)
    lowered = [w.lower() for w in words if w.lower() not in {"the", "a", "an"}]
    return " ".join(lowered)


def _merge_surnames(keys: Iterable[str]) -> dict[str, str]:
    """Map each key to its canonical key: a key joins the only longer key ending with its words.

    "kessler" joins "marta kessler", "red cross" joins "velmora red cross"; when two longer keys
    end that way ("anna kessler", "marta kessler") the short key stays on its own.
    """
    keys = set(keys)
    by_tail: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        parts = key.split()
        for i in range(1, len(parts)):
            by_tail[" ".join(parts[i:])].add(key)
    canon = {}
    for key in keys:
        longer = {k for k in by_tail.get(key, set()) if k != key}
        # the longest key ending with it, as long as every candidate is a prefix-extension of it
        chosen = max(longer, key=len) if longer else key
        if longer and not all(chosen.endswith(k) for k in longer):
            chosen = key
        canon[key] = chosen
    return canon


def _nonspace(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _union_chars(text: str, spans: Iterable[tuple[int, int]]) -> int:
    covered = [False] * len(text)
    for s, e in spans:
        for i in range(max(0, s), min(len(text), e)):
            covered[i] = True
    return sum(1 for i, flag in enumerate(covered) if flag and not text[i].isspace())


# --- figures ----------------------------------------------------------------------------------


def _tokens(text: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group(0).lower(), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(text)]


def categorise(quantity: Quantity, text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, str] | None:
    """(category, cue) for a quantity from the nearest cue word in its sentence, or None."""
    s_start, s_end = _sentence_of(spans, quantity.start, quantity.end)
    toks = _tokens(text[s_start:s_end], s_start)
    q_first = next((i for i, t in enumerate(toks) if t[2] > quantity.start), None)
    if q_first is None:
        return None
    q_last = max((i for i, t in enumerate(toks) if t[1] < quantity.end), default=q_first)
    best: tuple[int, str, str] | None = None
    for i, (word, _, _) in enumerate(toks):
        if q_first <= i <= q_last:
            continue
        cue = word
        category = _CUE_INDEX.get(word)
        if word == "death" and i + 1 < len(toks) and toks[i + 1][0] == "toll":
            cue, category = "death toll", "killed"
        if category is None:
            continue
        distance = q_first - i if i < q_first else i - q_last
        between = toks[i + 1 : q_first] if i < q_first else toks[q_last + 1 : i]
        if distance > CUE_WINDOW or any(t[0] in _BOUNDARIES for t in between):
            continue
        if best is None or distance < best[0]:
            best = (distance, category, cue)
    return (best[1], best[2]) if best else None


def _range(q: Quantity, tolerance: float) -> tuple[float, float]:
    value = q.value if q.value is not None else (q.low if q.low is not None else q.high)
    assert value is not None
    low = q.low if q.low is not None else value
    high = q.high if q.high is not None else value
    if q.comparator == "approx":
        low, high = low * (1 - APPROX), high * (1 + APPROX)
    elif q.comparator in ("gt", "ge"):
        high = math.inf
    elif q.comparator in ("lt", "le"):
        low = 0.0
    return low * (1 - tolerance), high * (1 + tolerance)


def _is_count(q: Quantity) -> bool:
    if q.value is None and q.low is None and q.high is None:
        return False
    if q.unit not in _COUNT_UNITS:
        return False
    surface = q.text.strip()
    return not (re.fullmatch(r"(1[89]|20)\d\d", surface) and q.counted is None)


def _figures(analyses: Sequence[Analysis], labels: dict[str, str], tolerance: float) -> list[FigureGroup]:
    by_cat: dict[str, list[tuple[FigureReport, tuple[float, float]]]] = defaultdict(list)
    for a in analyses:
        text = a.article.text
        spans = sentence_spans(text)
        for q in a.quantities:
            if not _is_count(q):
                continue
            found = categorise(q, text, spans)
            if found is None:
                continue
            s_start, s_end = _sentence_of(spans, q.start, q.end)
            report = FigureReport(
                article_id=a.article.id,
                outlet=labels[a.article.id],
                surface=q.text,
                value=q.value,
                low=q.low,
                high=q.high,
                comparator=q.comparator,
                counted=q.counted.text if q.counted else None,
                cue=found[1],
                start=q.start,
                end=q.end,
                sentence=text[s_start:s_end],
                sentence_start=s_start,
                sentence_end=s_end,
                asserted_by=q.claim_source.name if q.claim_source else "own voice",
            )
            by_cat[found[0]].append((report, _range(q, tolerance)))
    groups = [_group(cat, rows) for cat, rows in by_cat.items()]
    groups.sort(key=lambda g: (not g.disagree, -g.articles, list(CATEGORIES).index(g.category)))
    return groups


def _group(category: str, rows: list[tuple[FigureReport, tuple[float, float]]]) -> FigureGroup:
    headline: dict[str, tuple[FigureReport, tuple[float, float]]] = {}
    for report, rng in rows:
        current = headline.get(report.article_id)
        if current is None or (rng[1], rng[0]) > (current[1][1], current[1][0]):
            headline[report.article_id] = (report, rng)
    for report, _ in headline.values():
        report.headline = True
    ranges = [rng for _, rng in headline.values()]
    disagree = any(
        a[1] < b[0] or b[1] < a[0] for i, a in enumerate(ranges) for b in ranges[i + 1 :]
    )
    values: dict[str, list[float | None]] = defaultdict(list)
    for report, _ in headline.values():
        values[report.outlet].append(report.value)
    return FigureGroup(
        category=category,
        articles=len(headline),
        disagree=disagree,
        headline_values=dict(values),
        reports=[r for r, _ in sorted(rows, key=lambda x: (x[0].outlet, x[0].article_id, x[0].start))],
    )


# --- speakers and actors ----------------------------------------------------------------------


def _speaker_name(a: Analysis, quote: Quote) -> str | None:
    if quote.speaker is None:
        return None
    if quote.speaker.entity_id:
        for ent in a.entities:
            if ent.id == quote.speaker.entity_id:
                return ent.name
    name = quote.speaker.name.strip()
    if not name or name.lower() in _PRONOUNS:
        return None
    return name


def _speakers(analyses: Sequence[Analysis], labels: dict[str, str]) -> list[SpeakerRow]:
    found: list[tuple[str, str, QuoteRef]] = []
    for a in analyses:
        for quote in a.quotes:
            name = _speaker_name(a, quote)
            if name is None:
                continue
            key = normalise_name(name)
            if not key:
                continue
            ref = QuoteRef(
                article_id=a.article.id,
                outlet=labels[a.article.id],
                kind=quote.kind,
                text=quote.content.text,
                start=quote.content.start,
                end=quote.content.end,
            )
            found.append((key, name, ref))
    canon = _merge_surnames(k for k, _, _ in found)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    quotes: dict[str, list[QuoteRef]] = defaultdict(list)
    for key, name, ref in found:
        names[canon[key]][name] += 1
        quotes[canon[key]].append(ref)
    n_outlets = len(set(labels.values()))
    result = []
    for key, refs in quotes.items():
        seen = names[key]
        outlets = Counter(q.outlet for q in refs)
        result.append(
            SpeakerRow(
                key=key,
                name=max(seen, key=lambda n: (len(n), seen[n])),
                outlets=dict(sorted(outlets.items())),
                only_in=next(iter(outlets)) if len(outlets) == 1 and n_outlets > 1 else None,
                quotes=refs,
            )
        )
    result.sort(key=lambda r: (-len(r.outlets), -len(r.quotes), r.key))
    return result


def _pre_role(text: str, start: int) -> str | None:
    words = re.findall(r"[A-Za-z][A-Za-z-]*", text[max(0, start - 50) : start])
    tail = text[max(0, start - 50) : start]
    if not tail.endswith(" ") or not words:
        return None
    run: list[str] = []
    for word in reversed(words[-3:]):
        lower = word.lower()
        if not word.islower() or lower in STOP_WORDS or lower in _REPORTING:
            break
        if not run and lower.endswith(("ed", "ing")):
            break
        run.append(word)
    if not run:
        return None
    phrase = " ".join(reversed(run))
    # the run must sit right before the name (only spaces between)
    return phrase if tail.rstrip().endswith(run[0]) else None


def _actors(analyses: Sequence[Analysis], labels: dict[str, str]) -> list[ActorWording]:
    entries: list[tuple[str, str, str, str, OutletWording]] = []
    for a in analyses:
        text = a.article.text
        spans = sentence_spans(text)
        outlet = labels[a.article.id]
        for ent in a.entities:
            key = normalise_name(ent.name)
            if not key:
                continue
            wording = OutletWording()
            sentences: set[tuple[int, int]] = set()
            for m in ent.mentions:
                if m.text not in wording.names:
                    wording.names.append(m.text)
                app = _APPOSITIVE.match(text[m.end : m.end + 90])
                for phrase in (app.group(1).strip() if app else None, _pre_role(text, m.start)):
                    if phrase and phrase not in wording.descriptors:
                        wording.descriptors.append(phrase)
                sentences.add(_sentence_of(spans, m.start, m.end))
            for hit in a.terms:
                if any(s <= hit.start < e for s, e in sentences) and hit.text not in wording.terms:
                    wording.terms.append(hit.text)
            entries.append((key, ent.name, ent.label, outlet, wording))
    canon = _merge_surnames(k for k, *_ in entries)
    grouped: dict[str, dict[str, OutletWording]] = defaultdict(dict)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    label_of: dict[str, Counter[str]] = defaultdict(Counter)
    for key, name, label, outlet, wording in entries:
        key = canon[key]
        names[key][name] += 1
        label_of[key][label] += 1
        merged = grouped[key].setdefault(outlet, OutletWording())
        for field in ("names", "descriptors", "terms"):
            have: list[str] = getattr(merged, field)
            have.extend(x for x in getattr(wording, field) if x not in have)
    actors = [
        ActorWording(
            key=key,
            name=max(names[key], key=lambda n: (len(n), names[key][n])),
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
            if hit.text not in use.surfaces:
                use.surfaces.append(hit.text)
    return {
        outlet: sorted(table.values(), key=lambda u: (-u.count, u.term))
        for outlet, table in sorted(uses.items())
    }


def _techniques(analyses: Sequence[Analysis], labels: dict[str, str]) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for a in analyses:
        counts[labels[a.article.id]].update(t.technique for t in a.techniques)
    return {outlet: dict(c.most_common()) for outlet, c in sorted(counts.items())}


def sourcing(analysis: Analysis, outlet: str | None = None) -> Sourcing:
    """How much of one article is attributed to sources (see the module docstring)."""
    text = analysis.article.text
    total = _nonspace(text)
    spans = [(q.content.start, q.content.end) for q in analysis.quotes]
    direct = [(q.content.start, q.content.end) for q in analysis.quotes if q.kind == "direct"]
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
        quotes=len(analysis.quotes),
    )


# --- entry point ------------------------------------------------------------------------------


def compare(analyses: Sequence[Analysis], *, tolerance: float = 0.0) -> Comparison:
    """Put several analysed articles side by side (figures, speakers, wording, sourcing)."""
    if not analyses:
        raise NewsprobeError(Code.NO_ARTICLE, "nothing to compare: give two or more articles")
    if tolerance < 0:
        raise NewsprobeError(Code.BAD_OPTION, "tolerance must be 0 or more")
    unique: dict[str, Analysis] = {}
    for a in analyses:
        unique.setdefault(a.article.id, a)
    items = list(unique.values())
    labels = {a.article.id: outlet_label(a.article) for a in items}
    outlets = sorted(set(labels.values()))
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
        outlets=outlets,
        figures=_figures(items, labels, tolerance),
        speakers=_speakers(items, labels),
        actors=_actors(items, labels),
        terms=_terms(items, labels),
        techniques=_techniques(items, labels),
        sourcing=[sourcing(a, labels[a.article.id]) for a in items],
        definitions=dict(DEFINITIONS),
    )


# --- renderers --------------------------------------------------------------------------------


def render_json(comparison: Comparison) -> str:
    return comparison.model_dump_json(indent=2)


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _one_line(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def render_table(comparison: Comparison) -> str:
    """Plain text, one section per part."""
    out: list[str] = ["ARTICLES"]
    for art in comparison.articles:
        out.append(f"  {art.outlet:20} {art.published or '----------'}  {_one_line(art.title or art.id, 70)}")
    out.append("")
    out.append("FIGURES")
    if not comparison.figures:
        out.append("  (no counted figures found)")
    for group in comparison.figures:
        flag = "DISAGREE" if group.disagree else "agree" if group.articles > 1 else "one article"
        out.append(f"  {group.category} [{flag}]")
        for r in group.reports:
            mark = "*" if r.headline else " "
            out.append(
                f"   {mark}{r.outlet:20} {_num(r.value):>10}  {r.surface!r} ({r.cue}) by {r.asserted_by}"
                f"  [{r.start}:{r.end}]"
            )
            out.append(f"      {_one_line(r.sentence)}")
    out.append("")
    out.append("SPEAKERS")
    if not comparison.speakers:
        out.append("  (no attributed quotes)")
    for row in comparison.speakers:
        who = ", ".join(f"{o} ({n})" for o, n in row.outlets.items())
        only = f"  ONLY IN {row.only_in}" if row.only_in else ""
        out.append(f"  {row.name:30} {who}{only}")
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
    out.append("SOURCING (share of non-space characters)")
    for s in comparison.sourcing:
        out.append(
            f"  {s.outlet:20} own voice {s.own_voice_share:6.1%}  attributed {s.attributed_share:6.1%}"
            f"  direct quotes {s.direct_share:6.1%}  ({s.quotes} quotes)"
        )
    return "\n".join(out)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("newsprobe", "render/templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = _num
    return env


def render_html(comparison: Comparison) -> str:
    """A standalone HTML page; every value from the articles is escaped (autoescape on)."""
    return _environment().get_template("compare.html.j2").render(c=comparison)
