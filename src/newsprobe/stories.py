"""Stories: articles on the same event, grouped across outlets.

Two articles belong to one story when their texts are alike (TF-IDF cosine over content words,
the title counted ``title_boost`` times), they name the same people, organisations and places
(TF-IDF cosine over entity keys) and, when both carry a ``published`` date, they appeared within
``window_days`` of each other. The combined similarity is

    sim = (1 - entity_weight) * text_cosine + entity_weight * entity_cosine

and set to -1 (a cannot-link) for dated pairs further apart than the window. Stories are the
clusters of an average-link agglomerative clustering cut at ``1 - threshold``.

Entity keys come from ``Analysis.entities`` when the entities component ran; otherwise from a
cheap surface heuristic (capitalised word sequences that do not open a sentence, and acronyms),
which is what the BASIL evaluation measures (see :mod:`newsprobe.evaluate.stories`).

Everything here is pure over lists of :class:`~newsprobe.model.Analysis`; the similarity matrix
is dense (``n x n``), fine for a few thousand articles at a time.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from pydantic import BaseModel, Field
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from spacy.lang.en.stop_words import STOP_WORDS

from newsprobe.errors import Code, NewsprobeError
from newsprobe.model import Analysis

_WORD = re.compile(r"[a-z][a-z'\u2019-]*[a-z]|[a-z]")
_PROPER = re.compile(
    r"\b[A-Z][a-z\u00e0-\u00ff'\u2019-]+(?:\s+(?:[A-Z][a-z\u00e0-\u00ff'\u2019-]+|[A-Z]\.))*|\b[A-Z]{2,}\b"
)
_SENT_OPEN = re.compile(r"(?:^|[.!?:;\"\u201c\u201d(]\s*|\n\s*)$")
_HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir sen senator rep gov governor gen general mayor president minister "
    "secretary judge councillor councilor chancellor".split()
)
_STOP = frozenset(STOP_WORDS) | {"said", "says", "told", "according", "mr", "mrs", "ms", "dr", "year", "new"}


@dataclass(frozen=True)
class StoryParams:
    """Knobs of :func:`cluster_stories`.

    Defaults: the grid-search choice on the tuning half (BASIL 2010-2012 + half the singletons)
    with spaCy NER entity keys (``newsprobe evaluate stories --ner``), the closest measured path
    to analyses that carry ``entities``.
    """

    threshold: float = 0.2
    entity_weight: float = 0.25
    window_days: int | None = 5
    title_boost: int = 2
    sublinear_tf: bool = True


class StoryMember(BaseModel):
    """One article of a story, as listed to users."""

    id: str
    source: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


class Story(BaseModel):
    """Articles on one event. ``id`` depends only on the member ids (stable across runs)."""

    id: str
    size: int
    outlets: list[str] = Field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None
    articles: list[StoryMember]


def story_id(member_ids: Sequence[str]) -> str:
    """``S`` + 12 hex digits of the SHA-256 of the sorted member ids."""
    joined = "\n".join(sorted(member_ids))
    return "S" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]


# --- features ---------------------------------------------------------------------------------


def content_words(text: str) -> list[str]:
    """Lower-cased word tokens without stop words (the TF-IDF vocabulary)."""
    return [w for w in _WORD.findall(text.lower().replace("\u2019", "'")) if w not in _STOP and len(w) > 1]


def surface_entities(text: str) -> list[str]:
    """Entity keys guessed from the surface: capitalised sequences not opening a sentence, acronyms.

    A multi-word name also yields its last word, so "Angela Smith" and "Smith" meet.
    """
    keys: list[str] = []
    for m in _PROPER.finditer(text):
        words = [w for w in m.group(0).split() if w.lower().rstrip(".") not in _HONORIFICS]
        if not words:
            continue
        if len(words) == 1 and (
            words[0].lower() in _STOP or _SENT_OPEN.search(text[max(0, m.start() - 3) : m.start()])
        ):
            continue
        keys.append(" ".join(w.lower() for w in words))
        if len(words) > 1:
            keys.append(words[-1].lower())
    return keys


def entity_keys(analysis: Analysis) -> list[str]:
    """Keys of the entities an article names: from ``analysis.entities`` or the surface heuristic."""
    if not analysis.entities:
        text = analysis.article.text
        if analysis.article.title:
            text = analysis.article.title + ".\n" + text
        return surface_entities(text)
    keys: list[str] = []
    for ent in analysis.entities:
        words = [w for w in re.split(r"\s+", ent.name.strip()) if w.lower().rstrip(".") not in _HONORIFICS]
        if not words:
            continue
        key = " ".join(words).lower()
        keys.extend([key] * max(1, len(ent.mentions)))
        if ent.label == "PERSON" and len(words) > 1:
            keys.append(words[-1].lower())
    return keys


def text_tokens(analysis: Analysis, title_boost: int = 1) -> list[str]:
    """Content words of the body, plus the title's counted ``title_boost`` times."""
    title = analysis.article.title or ""
    return content_words(title) * title_boost + content_words(analysis.article.text)


def tfidf(docs: Sequence[Sequence[str]], *, sublinear: bool = True) -> csr_matrix:
    """Rows l2-normalised TF-IDF vectors (smooth idf), one per token list."""
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, doc in enumerate(docs):
        for term, count in Counter(doc).items():
            rows.append(i)
            cols.append(vocab.setdefault(term, len(vocab)))
            vals.append(1.0 + math.log(count) if sublinear else float(count))
    n = len(docs)
    matrix = csr_matrix(
        (np.asarray(vals, dtype=np.float64), (np.asarray(rows), np.asarray(cols))),
        shape=(n, max(1, len(vocab))),
    )
    df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=matrix.shape[1])
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    matrix = csr_matrix(matrix.multiply(idf[np.newaxis, :]))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(matrix.multiply(1.0 / norms[:, np.newaxis]))


def cosine(matrix: csr_matrix) -> np.ndarray:
    """Dense pairwise cosine of l2-normalised rows."""
    sim = np.asarray((matrix @ matrix.T).todense(), dtype=np.float64)
    np.clip(sim, 0.0, 1.0, out=sim)
    return sim


def _days(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def date_mask(published: Sequence[str | None], window_days: int | None) -> np.ndarray:
    """True where both articles are dated and further apart than ``window_days``."""
    n = len(published)
    if window_days is None:
        return np.zeros((n, n), dtype=bool)
    days = np.array([_days(p) if _days(p) is not None else -(10**9) for p in published], dtype=np.int64)
    known = days > -(10**9)
    apart = np.abs(days[:, None] - days[None, :]) > window_days
    return apart & known[:, None] & known[None, :]


@dataclass
class Similarities:
    """The pieces of the combined similarity, computed once and re-weighted cheaply."""

    text: np.ndarray
    entity: np.ndarray
    published: list[str | None]

    def combined(self, params: StoryParams) -> np.ndarray:
        w = params.entity_weight
        sim = (1.0 - w) * self.text + w * self.entity
        sim[date_mask(self.published, params.window_days)] = -1.0
        return sim


def similarities(analyses: Sequence[Analysis], params: StoryParams) -> Similarities:
    """Text and entity cosine matrices (depend on ``title_boost`` and ``sublinear_tf`` only)."""
    text = tfidf([text_tokens(a, params.title_boost) for a in analyses], sublinear=params.sublinear_tf)
    ents = tfidf([entity_keys(a) for a in analyses], sublinear=params.sublinear_tf)
    return Similarities(cosine(text), cosine(ents), [a.article.published for a in analyses])


# --- clustering -------------------------------------------------------------------------------


def average_link(sim: np.ndarray) -> np.ndarray:
    """The average-link dendrogram (scipy linkage matrix) of a similarity matrix."""
    n = sim.shape[0]
    dist = 1.0 - sim
    iu = np.triu_indices(n, k=1)
    return linkage(dist[iu], method="average")


def cut(tree: np.ndarray, n: int, threshold: float) -> list[int]:
    """Cluster labels: merge while the average similarity is at least ``threshold``."""
    if n == 0:
        return []
    if n == 1:
        return [0]
    labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
    return [int(x) for x in labels]


def cluster_labels(sim: np.ndarray, threshold: float) -> list[int]:
    """Average-link clustering of a similarity matrix cut at ``threshold``."""
    n = sim.shape[0]
    if n < 2:
        return [0] * n
    return cut(average_link(sim), n, threshold)


def cluster_stories(
    analyses: Sequence[Analysis], params: StoryParams | None = None, *, min_size: int = 1
) -> list[Story]:
    """Group articles on one event across outlets; largest stories first.

    ``min_size=2`` leaves out articles no other article joins.
    """
    params = params or StoryParams()
    if not 0.0 <= params.threshold <= 1.0 or not 0.0 <= params.entity_weight <= 1.0:
        raise NewsprobeError(Code.BAD_OPTION, "threshold and entity_weight must lie in [0, 1]")
    if not analyses:
        return []
    sims = similarities(analyses, params)
    labels = cluster_labels(sims.combined(params), params.threshold)
    groups: dict[int, list[Analysis]] = {}
    for analysis, label in zip(analyses, labels, strict=True):
        groups.setdefault(label, []).append(analysis)
    stories = [_story(members) for members in groups.values() if len(members) >= min_size]
    stories.sort(key=lambda s: (-s.size, s.first_published or "", s.id))
    return stories


def _story(members: list[Analysis]) -> Story:
    members = sorted(members, key=lambda a: (a.article.published or "", a.article.outlet or "", a.article.id))
    listed = [
        StoryMember(
            id=a.article.id,
            source=a.article.source,
            title=a.article.title,
            outlet=a.article.outlet,
            published=a.article.published,
        )
        for a in members
    ]
    dates = sorted(m.published for m in listed if m.published)
    outlets = sorted({m.outlet for m in listed if m.outlet})
    return Story(
        id=story_id([m.id for m in listed]),
        size=len(listed),
        outlets=outlets,
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        articles=listed,
    )


def render_stories_table(stories: Sequence[Story]) -> str:
    """Plain-text listing: one block per story, one line per article."""
    lines: list[str] = []
    for story in stories:
        span = story.first_published or "?"
        if story.last_published and story.last_published != story.first_published:
            span += f"..{story.last_published}"
        lines.append(f"{story.id}  {story.size} article(s)  {span}  {', '.join(story.outlets)}")
        for m in story.articles:
            title = (m.title or "(no title)").replace("\n", " ")[:70]
            lines.append(
                f"  {m.id}  {m.published or '----------'}  {(m.outlet or '-')[:20]:20}  {title}"
                f"  {m.source or ''}".rstrip()
            )
    return "\n".join(lines)
