"""The records every stage fills in: one :class:`Analysis` per :class:`Article`.

Every finding carries ``start``/``end`` character offsets into ``Article.text`` (Python ``str``
indices, end excluded), so it can be shown, checked and exported against the source.

The JSON form of :class:`Analysis` is the public contract; ``SCHEMA_VERSION`` changes whenever a
field is removed or changes meaning (a minor bump for added fields).
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "2.0"  # 2.0: quote kind "stance" split from "reported"; parts of months are whole months

QuoteKind = Literal["direct", "partial", "reported", "stance"]
Voice = Literal["outlet", "quoted"]
Framing = Literal["neutral", "doubting", "endorsing", "conceding", "loaded"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Offsets(_Record):
    """A character range ``[start, end)`` in ``Article.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Offsets):
    """A stretch of the article's text, with the text itself for convenience."""

    text: str


class InputWarning(_Record):
    """Something about the input a reader should check before trusting the analysis (NP15x)."""

    code: str = Field(description="NP151 thin extraction, NP152 caption or boilerplate, NP153 date mismatch")
    message: str


class Extraction(_Record):
    """How ``Article.text`` was obtained, and how much of the input it kept."""

    extractor: str = Field(description="trafilatura (HTML), text (plain text), record (JSONL/CSV/Parquet) or feed")
    version: str | None = Field(default=None, description="The extractor's version, when it has one")
    page_chars: int = Field(ge=0, description="Characters of visible text on the page (the input text when not HTML)")
    kept_chars: int = Field(ge=0, description="Characters of Article.text")
    warnings: list[InputWarning] = Field(default_factory=list)


class Article(_Record):
    """One input document. ``id`` is derived from the content (see :func:`article_id`)."""

    id: str
    source: str | None = Field(default=None, description="The input path or URL, '-' for stdin")
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = Field(default=None, description="Publication date, ISO YYYY-MM-DD")
    language: str = "en"
    text: str
    extraction: Extraction | None = Field(
        default=None, description="Which extractor read the input, how much it kept, and warnings"
    )


class Related(_Record):
    """A link from one entity to another that is not the same entity ("Israeli" -> Israel)."""

    entity_id: str
    relation: Literal["demonym"] = Field(description="'demonym': a people or adjective naming the country")


class Entity(_Record):
    """A person, organisation, place or group named in the article, aliases merged."""

    id: str = Field(description="Article-local id, e.g. 'E3'")
    name: str = Field(
        description="The fullest name seen, e.g. 'Sayyed Hassan Nasrallah'; a gazetteer place's canonical name"
    )
    label: str = Field(description="PERSON, ORG, GPE, LOC, NORP, FAC or EVENT")
    mentions: list[Mention] = Field(default_factory=list)
    country: str | None = Field(
        default=None,
        description="ISO 3166-1 alpha-3 code of a gazetteer place (or of the country a demonym names); "
        "null when unknown, contested or shared by places in different countries",
    )
    related: list[Related] = Field(default_factory=list, description="Links to other entities of the article")
    roles: list[str] = Field(
        default_factory=list,
        description="Role phrases learned for this entity in the article ('regional governor'); empty when unknown",
    )


class SpeakerRef(_Record):
    """Who says something: the mention in the text and, when resolved, the entity."""

    entity_id: str | None
    name: str
    mention: Mention


class Quote(_Record):
    """Something a source says or writes (``direct``, ``partial``, ``reported``), or an attitude, belief
    or finding attributed to it (``stance``: "welcomed the decision", "believes", "a poll found").

    ``speaker`` is ``None`` when the speaker is unknown: never a silent guess.
    """

    kind: QuoteKind = Field(
        description="direct | partial | reported: speech or writing; stance: attitude, belief, evidence"
    )
    content: Mention
    cue: Mention | None = None
    speaker: SpeakerRef | None = None
    confidence: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="Probability that this is a real attribution, calibrated on held-out PolNeAR folds",
    )
    framing: Framing | None = Field(
        default=None,
        description="How the cue frames what is said (said: neutral, claimed: doubting, admitted: conceding, "
        "revealed: endorsing, boasted: loaded), from components/data/framing.tsv; None when the cue is not listed",
    )


class ClaimSource(_Record):
    """Who asserts a claim; ``None`` on the quantity means the outlet's own voice."""

    entity_id: str | None
    name: str


class Quantity(Mention):
    """A number claimed in the text, normalised ("nearly half a million" -> ~500,000)."""

    value: float | None
    low: float | None = None
    high: float | None = None
    comparator: str | None = Field(
        default=None, description="'approx', 'gt', 'ge', 'lt', 'le' or None for an exact figure"
    )
    unit: str | None = Field(default=None, description="e.g. 'percent', 'USD'")
    counted: Mention | None = Field(default=None, description="What is counted: 'Palestinians'")
    claim_source: ClaimSource | None = Field(
        default=None, description="The attributed source, or None for the outlet's own voice"
    )
    category: str | None = Field(
        default=None,
        description="What the figure measures, normalised: 'killed', 'injured', 'displaced', 'money:budget', "
        "'percent:turnout' ... (newsprobe.figure_categories, data/figure_categories.tsv); None when unsure",
    )


class DateExpr(Mention):
    """A time expression resolved against the publication date."""

    value: str | None = Field(default=None, description="ISO date when a single day is meant")
    range: tuple[str, str] | None = Field(default=None, description="[from, to] ISO dates, inclusive")
    granularity: Literal["day", "week", "month", "year", "range"] = "day"
    relation: Literal["on", "since", "until", "before", "after"] = "on"


class TechniqueSpan(Mention):
    """A persuasion technique (SemEval-2020 Task 11 taxonomy) found at a span."""

    technique: str
    score: float
    si_score: float | None = Field(
        default=None, description="Span identification score: mean probability of its word pieces being in a technique"
    )
    confident: bool = Field(
        default=False, description="si_score reaches the threshold chosen by cross-validation for precision >= 0.60"
    )
    voice: Voice | None = Field(
        default=None, description="'quoted' inside a direct or partial quote, else 'outlet'; None when unknown"
    )
    quote_index: int | None = Field(default=None, description="Index in Analysis.quotes of the quote holding it")
    speaker: ClaimSource | None = Field(default=None, description="Who is quoted, when voice is 'quoted'")


class TermHit(Mention):
    """A loaded or perspective-marked term, with a neutral alternative."""

    term: str = Field(description="The lexicon entry that matched")
    category: str
    neutral: str | None = None
    voice: Voice | None = Field(
        default=None, description="'quoted' inside a direct or partial quote, else 'outlet'; None when unknown"
    )
    quote_index: int | None = Field(default=None, description="Index in Analysis.quotes of the quote holding it")
    speaker: ClaimSource | None = Field(default=None, description="Who is quoted, when voice is 'quoted'")


PloverType = Literal[
    "AGREE", "ASSAULT", "AID", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "DEMAND", "DISAPPROVE", "FIGHT",
    "INVESTIGATE", "MOBILIZE", "PROTEST", "REJECT", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
    # PLOVER 2021 (Draft 0.8), what the coder emits: ACCUSE and REQUEST; DEMAND, DISAPPROVE, FIGHT and
    # INVESTIGATE are PLOVER 2016 names, kept so that stores written before can still be read
    "ACCUSE", "REQUEST",
]


class EventActor(_Record):
    """Who does or undergoes an event: the noun phrase, its entity, country and sector when known."""

    name: str
    entity_id: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 code, e.g. 'IRN'")
    sector: str | None = Field(default=None, description="e.g. 'government', 'military', 'rebel', 'civilian'")
    mention: Mention


class EventPlace(_Record):
    """Where an event happens: a place named in the event's clause."""

    name: str
    entity_id: str | None = None
    country: str | None = None
    mention: Mention


class Event(Mention):
    """Who did what to whom, when and where, coded in PLOVER; ``start``/``end`` is the trigger word.

    ``voice`` is ``quoted`` when the event is someone's claim (inside a quote, or "X said Y attacked
    Z"); ``claimed_by`` then names who claims it (``None`` when the speaker is unknown).
    """

    type: PloverType
    mode: str | None = Field(default=None, description="PLOVER mode where the manual defines one")
    context: str | None = Field(
        default=None, description="PLOVER 2021 context where the coder knows it, e.g. 'military' for conventional force"
    )
    source: EventActor | None = None
    target: EventActor | None = None
    sentence: Offsets
    date: DateExpr | None = Field(default=None, description="A time expression in the event's clause")
    location: EventPlace | None = None
    voice: Literal["outlet", "quoted"] = "outlet"
    claimed_by: ClaimSource | None = None
    cameo: str | None = Field(
        default=None, description="The CAMEO code the CAMEO->PLOVER table maps to this type and mode, when one"
    )


class Analysis(_Record):
    """Everything newsprobe found in one article."""

    schema_version: str = SCHEMA_VERSION
    article: Article
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateExpr] = Field(default_factory=list)
    techniques: list[TechniqueSpan] = Field(default_factory=list)
    terms: list[TermHit] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    sentences: list[Offsets] = Field(
        default_factory=list, description="Sentence spans of the parse, in order (empty when not parsed)"
    )


def article_id(text: str) -> str:
    """A stable id from the article's content: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def json_schema() -> dict[str, object]:
    """The JSON Schema of :class:`Analysis`, as shipped in ``newsprobe/schema/``."""
    schema = Analysis.model_json_schema()
    schema["$id"] = f"https://newsprobe.invalid/schema/analysis-{SCHEMA_VERSION}.json"
    schema["title"] = "newsprobe Analysis"
    return schema
