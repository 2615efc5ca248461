"""Stories: articles on the same event, grouped across outlets.

Two articles belong to one story when their texts are alike (TF-IDF cosine over content words,
the title counted ``title_boost`` times), they name the same people, organisations and places
(TF-IDF cosine over entity keys) and, when both carry a ``published`` date, they appeared within
``window_days`` of each other. The combined similarity is

    sim = (1 - entity_weight) * text_cosine + entity_weight * entity_cosine

and -1 (a cannot-link) for dated pairs further apart than the window. Stories are the clusters of
an average-link agglomerative clustering stopped at ``threshold``.

No dense ``n x n`` matrix: each article is compared only with the articles dated within its window
(undated articles with every article), block by block, keeping its ``neighbours`` most similar
ones at or above ``floor``; average link then runs on that sparse graph (a pair without an edge
counts as similarity 0, a dated pair beyond the window as -1, exactly as in the dense version).

The same clustering runs in two ways (:mod:`newsprobe.story_store` keeps the result in the store):

* **batch** (:func:`cluster`): everything at once, IDF over all the articles given -- what
  ``newsprobe stories --rebuild`` and the BASIL evaluation run;
* **incremental** (:func:`cluster` with ``initial`` groups and ``fresh`` flags): new articles
  join the existing stories of their date window or found new ones; a merge needs a new article
  in it (two old stories merge only when a new article bridges them). IDF then comes from the
  window's articles plus a fixed background sample of the store (its first ``BACKGROUND`` ids).

Entity keys come from ``Analysis.entities`` (or the store's ``entities`` table) when the entities
component ran; otherwise from a cheap surface heuristic (capitalised word sequences that do not
open a sentence, and acronyms), which is what the BASIL evaluation measures.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from pydantic import BaseModel, Field
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from spacy.lang.en.stop_words import STOP_WORDS

from newsprobe import names
from newsprobe.errors import Code, NewsprobeError
from newsprobe.model import Analysis

_WORD = re.compile(r"[a-z][a-z'\u2019-]*[a-z]|[a-z]")
_PROPER = re.compile(
    r"\b[A-Z][a-z\u00e0-\u00ff'\u2019-]+(?:\s+(?:[A-Z][a-z\u00e0-\u00ff'\u2019-]+|[A-Z]\.))*|\b[A-Z]{2,}\b"
)
_SENT_OPEN = re.compile(r"(?:^|[.!?:;\"\u201c\u201d(]\s*|\n\s*)$")
_STOP = frozenset(STOP_WORDS) | {"said", "says", "told", "according", "mr", "mrs", "ms", "dr", "year", "new"}
#: rows of one block of the neighbour search (memory: block x candidates doubles)
_BLOCK = 256
_COL_BLOCK = 16384


@dataclass(frozen=True)
class StoryParams:
    """Knobs of the story clustering.

    ``threshold``, ``entity_weight``, ``window_days``, ``title_boost`` and ``sublinear_tf``: the
    grid-search choice on the BASIL tuning half (see :mod:`newsprobe.evaluate.stories`).
    ``neighbours`` and ``floor`` bound the sparse graph: each article keeps at most ``neighbours``
    edges of similarity ``floor`` (at most half the threshold) or more.
    """

    threshold: float = 0.18
    entity_weight: float = 0.25
    window_days: int | None = 5
    title_boost: int = 2
    sublinear_tf: bool = True
    neighbours: int = 10
    floor: float = 0.05

    def check(self) -> StoryParams:
        if not 0.0 < self.threshold <= 1.0 or not 0.0 <= self.entity_weight <= 1.0:
            raise NewsprobeError(Code.BAD_OPTION, "threshold must lie in (0, 1] and entity_weight in [0, 1]")
        if self.window_days is not None and self.window_days < 0:
            raise NewsprobeError(Code.BAD_OPTION, "the window must be 0 days or more")
        if self.neighbours < 1 or not 0.0 <= self.floor <= 1.0 or self.title_boost < 0:
            raise NewsprobeError(Code.BAD_OPTION, "neighbours must be >= 1, floor in [0, 1], title_boost >= 0")
        return self


class StoryMember(BaseModel):
    """One article of a story, as listed to users."""

    id: str
    source: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


class Story(BaseModel):
    """Articles on one event. ``id`` is stable: it stays when articles join; a merge keeps the older id
    and lists the other in ``aliases``."""

    id: str
    size: int
    outlets: list[str] = Field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None
    title: str | None = Field(default=None, description="The title of the story's earliest article")
    aliases: list[str] = Field(default_factory=list, description="Ids of stories merged into this one")
    articles: list[StoryMember]


def story_id(founder_id: str) -> str:
    """``S`` + 12 hex digits of the SHA-256 of the id of the article that founded the story."""
    return "S" + hashlib.sha256(founder_id.encode("utf-8")).hexdigest()[:12]


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
        words = [w for w in m.group(0).split() if w.lower().rstrip(".") not in names.HONORIFICS]
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


#: (name, label, number of mentions) of one entity, as in the store's ``entities`` table
EntityRow = tuple[str, str, int]


def entity_keys_of(entities: Sequence[EntityRow], title: str | None, text: str) -> list[str]:
    """Keys of the entities an article names (each counted per mention), or the surface guess."""
    if not entities:
        return surface_entities((title + ".\n" + text) if title else text)
    keys: list[str] = []
    for name, label, n_mentions in entities:
        found = names.entity_keys(name.strip(), label)
        if found:
            keys.extend([found[0]] * max(1, n_mentions))
            keys.extend(found[1:])
    return keys


def entity_keys(analysis: Analysis) -> list[str]:
    """Keys of the entities an article names: from ``analysis.entities`` or the surface heuristic."""
    rows = [(e.name, e.label, len(e.mentions)) for e in analysis.entities]
    return entity_keys_of(rows, analysis.article.title, analysis.article.text)


def text_tokens(analysis: Analysis, title_boost: int = 1) -> list[str]:
    """Content words of the body, plus the title's counted ``title_boost`` times."""
    title = analysis.article.title or ""
    return content_words(title) * title_boost + content_words(analysis.article.text)


@dataclass(frozen=True)
class Features:
    """What the clustering reads of one article."""

    id: str
    published: str | None
    text: Counter[str]
    entities: Counter[str]

    @property
    def day(self) -> int | None:
        return day_number(self.published)


def features_of(
    article_id: str,
    title: str | None,
    text: str,
    published: str | None,
    entities: Sequence[EntityRow],
    title_boost: int,
) -> Features:
    words = content_words(title or "") * title_boost + content_words(text)
    return Features(article_id, published, Counter(words), Counter(entity_keys_of(entities, title, text)))


def analysis_features(analysis: Analysis, title_boost: int) -> Features:
    art = analysis.article
    rows = [(e.name, e.label, len(e.mentions)) for e in analysis.entities]
    return features_of(art.id, art.title, art.text, art.published, rows, title_boost)


def day_number(value: str | None) -> int | None:
    """The proleptic ordinal of an ISO date (its first 10 characters), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


# --- vectors ----------------------------------------------------------------------------------


class _Rows:
    """Sparse count rows built one document at a time (compact arrays, no per-document objects kept)."""

    def __init__(self, sublinear: bool) -> None:
        self.sublinear = sublinear
        self.vocab: dict[str, int] = {}
        self.indptr = array("q", [0])
        self.cols = array("q")
        self.vals = array("d")

    def add(self, doc: Counter[str]) -> None:
        for term, count in doc.items():
            self.cols.append(self.vocab.setdefault(term, len(self.vocab)))
            self.vals.append(1.0 + math.log(count) if self.sublinear else float(count))
        self.indptr.append(len(self.cols))

    def matrix(self, extra_df: Counter[str] | None = None, extra_n: int = 0) -> csr_matrix:
        """TF-IDF rows; ``extra_df``/``extra_n``: document frequencies of other articles to add."""
        extra = None
        if extra_df:
            extra = np.zeros(max(1, len(self.vocab)), dtype=np.float64)
            for term, i in self.vocab.items():
                extra[i] = extra_df.get(term, 0)
        return _normalised(
            csr_matrix(
                (np.frombuffer(self.vals, dtype=np.float64).copy(), np.frombuffer(self.cols, dtype=np.int64).copy(),
                 np.frombuffer(self.indptr, dtype=np.int64).copy()),
                shape=(len(self.indptr) - 1, max(1, len(self.vocab))),
            ),
            extra,
            extra_n,
        )


def _weighted(counts: Iterable[Counter[str]], sublinear: bool) -> csr_matrix:
    """l2-normalised TF-IDF rows (smooth idf over these rows)."""
    rows = _Rows(sublinear)
    for doc in counts:
        rows.add(doc)
    return rows.matrix()


def _normalised(matrix: csr_matrix, extra_df: np.ndarray | None = None, extra_n: int = 0) -> csr_matrix:
    n = matrix.shape[0] + extra_n
    cols = matrix.indices
    df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=matrix.shape[1]).astype(np.float64)
    if extra_df is not None:
        df += extra_df
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    matrix.data *= idf[matrix.indices]
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix.data /= np.repeat(norms, np.diff(matrix.indptr))
    return matrix


def tfidf(docs: Sequence[Sequence[str]], *, sublinear: bool = True) -> csr_matrix:
    """Rows l2-normalised TF-IDF vectors (smooth idf), one per token list."""
    return _weighted([Counter(d) for d in docs], sublinear)


def cosine(matrix: csr_matrix) -> np.ndarray:
    """Dense pairwise cosine of l2-normalised rows (the dense reference; small inputs only)."""
    sim = np.asarray((matrix @ matrix.T).todense(), dtype=np.float64)
    np.clip(sim, 0.0, 1.0, out=sim)
    return sim


@dataclass
class Vectors:
    """Text and entity TF-IDF rows of a set of articles, and their publication days."""

    text: csr_matrix
    entity: csr_matrix
    days: list[int | None]

    @classmethod
    def of(cls, feats: Iterable[Features], params: StoryParams, background: Background | None = None) -> Vectors:
        """Vectors of a stream of features (each used once, then dropped). ``background`` adds the
        document frequencies of other articles to the IDF."""
        text, ents = _Rows(params.sublinear_tf), _Rows(params.sublinear_tf)
        days: list[int | None] = []
        for f in feats:
            text.add(f.text)
            ents.add(f.entities)
            days.append(f.day)
        if background is None:
            return cls(text.matrix(), ents.matrix(), days)
        return cls(text.matrix(background.text, background.n), ents.matrix(background.entities, background.n), days)

    def block(self, rows: np.ndarray, cols: np.ndarray, weight: float) -> np.ndarray:
        """Combined similarity of ``rows`` x ``cols`` (dense block)."""
        sim = (1.0 - weight) * (self.text[rows] @ self.text[cols].T).toarray()
        if weight:
            sim += weight * (self.entity[rows] @ self.entity[cols].T).toarray()
        return sim


@dataclass
class Background:
    """Document frequencies of a sample of articles, added to the IDF of a small set."""

    text: Counter[str]
    entities: Counter[str]
    n: int
    ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, feats: Iterable[Features]) -> Background:
        text: Counter[str] = Counter()
        ents: Counter[str] = Counter()
        ids = []
        for f in feats:
            text.update(f.text.keys())
            ents.update(f.entities.keys())
            ids.append(f.id)
        return cls(text, ents, len(ids), frozenset(ids))

    def without(self, feats: Sequence[Features]) -> Background:
        """The background less the articles that are counted anyway (no article counts twice)."""
        inside = [f for f in feats if f.id in self.ids]
        if not inside:
            return self
        text, ents = self.text.copy(), self.entities.copy()
        for f in inside:
            text.subtract(f.text.keys())
            ents.subtract(f.entities.keys())
        gone = {f.id for f in inside}
        return Background(text, ents, self.n - len(inside), self.ids - gone)


# --- the sparse neighbour graph ---------------------------------------------------------------

Edges = dict[tuple[int, int], float]


def _keep(edges: Edges, rows: np.ndarray, cols: np.ndarray, sim: np.ndarray, k: int, floor: float) -> None:
    for r, i in enumerate(rows):
        line = sim[r]
        if line.shape[0] > k:
            top = np.argpartition(-line, k - 1)[:k]
        else:
            top = np.arange(line.shape[0])
        for c in top:
            s = float(line[c])
            if s >= floor:
                j = int(cols[c])
                key = (int(i), j) if i < j else (j, int(i))
                if s > edges.get(key, -2.0):
                    edges[key] = s


def neighbour_graph(vectors: Vectors, params: StoryParams) -> Edges:
    """Edges ``(i, j) -> similarity`` (i < j): each article's ``neighbours`` best at or above ``floor``,
    among the articles dated within the window (undated ones: among all)."""
    days = vectors.days
    n = len(days)
    window = params.window_days
    dated = [i for i in range(n) if days[i] is not None] if window is not None else []
    undated = np.asarray([i for i in range(n) if window is None or days[i] is None], dtype=np.int64)
    dated.sort(key=lambda i: (days[i], i))
    dated_days: list[int] = [d for i in dated if (d := days[i]) is not None]
    order = np.asarray(dated, dtype=np.int64)
    edges: Edges = {}
    k, floor, w = params.neighbours, min(params.floor, params.threshold / 2), params.entity_weight
    for b in range(0, len(dated), _BLOCK):
        rows = order[b : b + _BLOCK]
        lo_day, hi_day = dated_days[b], dated_days[min(b + _BLOCK, len(dated)) - 1]
        assert window is not None
        lo = bisect.bisect_left(dated_days, lo_day - window)
        hi = bisect.bisect_right(dated_days, hi_day + window)
        cols = np.concatenate([order[lo:hi], undated])
        sim = vectors.block(rows, cols, w)
        row_days = np.asarray([days[i] for i in rows], dtype=np.int64)
        col_days = np.asarray([days[j] if days[j] is not None else 0 for j in cols], dtype=np.int64)
        col_dated = np.asarray([days[j] is not None for j in cols])
        apart = (np.abs(row_days[:, None] - col_days[None, :]) > window) & col_dated[None, :]
        sim[apart] = -1.0
        sim[rows[:, None] == cols[None, :]] = -1.0
        _keep(edges, rows, cols, sim, k, floor)
    everyone = np.arange(n, dtype=np.int64)
    for b in range(0, len(undated), _BLOCK):
        rows = undated[b : b + _BLOCK]
        for c in range(0, n, _COL_BLOCK):
            cols = everyone[c : c + _COL_BLOCK]
            sim = vectors.block(rows, cols, w)
            sim[rows[:, None] == cols[None, :]] = -1.0
            _keep(edges, rows, cols, sim, k, floor)
    return edges


# --- average link on the sparse graph ---------------------------------------------------------


def _apart(a: list[int], b: list[int], window: int) -> int:
    """Dated pairs across two sorted day lists further apart than ``window``."""
    if len(a) > len(b):
        a, b = b, a
    count = 0
    for d in a:
        count += bisect.bisect_left(b, d - window) + len(b) - bisect.bisect_right(b, d + window)
    return count


def cluster(
    vectors: Vectors,
    params: StoryParams,
    *,
    initial: Sequence[int] | None = None,
    fresh: Sequence[bool] | None = None,
    edges: Edges | None = None,
) -> list[int]:
    """Average-link clusters over the sparse graph: a label per article (the smallest member index).

    ``initial`` labels start articles in groups (existing stories); with ``fresh``, a merge must
    involve a group holding a fresh (new) article.
    """
    params.check()
    n = len(vectors.days)
    if edges is None:
        edges = neighbour_graph(vectors, params)
    start = list(initial) if initial is not None else list(range(n))
    label_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    for i, lab in enumerate(start):
        c = label_of.setdefault(lab, i)
        members.setdefault(c, []).append(i)
    of = [label_of[lab] for lab in start]
    window = params.window_days
    days: dict[int, list[int]] = {
        c: sorted(vectors.days[i] for i in ms if vectors.days[i] is not None)  # type: ignore[misc]
        for c, ms in members.items()
    }
    is_fresh = {c: (fresh is None) or any(fresh[i] for i in ms) for c, ms in members.items()}
    sums: dict[int, dict[int, float]] = {c: {} for c in members}
    for (i, j), s in edges.items():
        a, b = of[i], of[j]
        if a != b:
            sums[a][b] = sums[a].get(b, 0.0) + s
            sums[b][a] = sums[b].get(a, 0.0) + s
    version = dict.fromkeys(members, 0)

    def score(a: int, b: int) -> float:
        total = sums[a][b]
        if window is not None:
            total -= _apart(days[a], days[b], window)
        return total / (len(members[a]) * len(members[b]))

    heap: list[tuple[float, int, int, int, int]] = []

    def push(a: int, b: int) -> None:
        if not (is_fresh[a] or is_fresh[b]):
            return
        s = score(a, b)
        if s >= params.threshold:
            lo, hi = min(a, b), max(a, b)
            heapq.heappush(heap, (-s, lo, hi, version[lo], version[hi]))

    for a in list(sums):
        for b in sums[a]:
            if a < b:
                push(a, b)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if a not in members or b not in members or version[a] != va or version[b] != vb:
            continue
        # merge b into a (a is the smaller index)
        members[a].extend(members.pop(b))
        days[a] = sorted(days[a] + days.pop(b))
        is_fresh[a] = is_fresh[a] or is_fresh.pop(b)
        for c, s in sums.pop(b).items():
            if c == a:
                continue
            sums[c].pop(b, None)
            sums[a][c] = sums[a].get(c, 0.0) + s
            sums[c][a] = sums[a][c]
        sums[a].pop(b, None)
        version[a] += 1
        del version[b]
        for c in sums[a]:
            push(a, c)
    labels = [0] * n
    for c, ms in members.items():
        for i in ms:
            labels[i] = c
    return labels


def cluster_analyses(analyses: Sequence[Analysis], params: StoryParams | None = None) -> list[int]:
    """Batch clustering of in-memory analyses: a label per analysis."""
    params = (params or StoryParams()).check()
    feats = [analysis_features(a, params.title_boost) for a in analyses]
    return cluster(Vectors.of(feats, params), params) if feats else []


# --- the dense reference (evaluation and tuning) ----------------------------------------------


@dataclass
class Similarities:
    """Dense text and entity cosine matrices, re-weighted cheaply (the exact reference)."""

    text: np.ndarray
    entity: np.ndarray
    published: list[str | None]

    def combined(self, params: StoryParams) -> np.ndarray:
        w = params.entity_weight
        sim = (1.0 - w) * self.text + w * self.entity
        sim[date_mask(self.published, params.window_days)] = -1.0
        return sim


def date_mask(published: Sequence[str | None], window_days: int | None) -> np.ndarray:
    """True where both articles are dated and further apart than ``window_days``."""
    n = len(published)
    if window_days is None:
        return np.zeros((n, n), dtype=bool)
    raw = [day_number(p) for p in published]
    days = np.array([d if d is not None else -(10**9) for d in raw], dtype=np.int64)
    known = days > -(10**9)
    apart = np.abs(days[:, None] - days[None, :]) > window_days
    return apart & known[:, None] & known[None, :]


def similarities(analyses: Sequence[Analysis], params: StoryParams) -> Similarities:
    """Dense text and entity cosine matrices (depend on ``title_boost`` and ``sublinear_tf`` only)."""
    feats = [analysis_features(a, params.title_boost) for a in analyses]
    vec = Vectors.of(feats, params)
    return Similarities(cosine(vec.text), cosine(vec.entity), [a.article.published for a in analyses])


def cluster_labels(sim: np.ndarray, threshold: float) -> list[int]:
    """Dense average-link clustering of a similarity matrix cut at ``threshold`` (the reference)."""
    n = sim.shape[0]
    if n < 2:
        return [0] * n
    dist = 1.0 - sim
    tree = linkage(dist[np.triu_indices(n, k=1)], method="average")
    return [int(x) for x in fcluster(tree, t=1.0 - threshold, criterion="distance")]


# --- stories from labels ----------------------------------------------------------------------


def cluster_stories(
    analyses: Sequence[Analysis], params: StoryParams | None = None, *, min_size: int = 1
) -> list[Story]:
    """Group in-memory analyses on one event across outlets; largest stories first.

    Stored corpora read their stories from the store instead (:mod:`newsprobe.story_store`).
    ``min_size=2`` leaves out articles no other article joins.
    """
    if not analyses:
        (params or StoryParams()).check()
        return []
    labels = cluster_analyses(analyses, params)
    groups: dict[int, list[Analysis]] = {}
    for analysis, label in zip(analyses, labels, strict=True):
        groups.setdefault(label, []).append(analysis)
    stories = [make_story([member_of(a) for a in ms]) for ms in groups.values() if len(ms) >= min_size]
    return sort_stories(stories)


def member_of(analysis: Analysis) -> StoryMember:
    art = analysis.article
    return StoryMember(id=art.id, source=art.source, title=art.title, outlet=art.outlet, published=art.published)


def _member_order(m: StoryMember) -> tuple[str, str, str]:
    return (m.published or "9999", m.outlet or "", m.id)


def make_story(listed: Iterable[StoryMember], sid: str | None = None, aliases: Sequence[str] = ()) -> Story:
    """A story record from its members (founded by the earliest: its id when ``sid`` is None)."""
    members = sorted(listed, key=_member_order)
    dates = sorted(m.published for m in members if m.published)
    return Story(
        id=sid or story_id(members[0].id),
        size=len(members),
        outlets=sorted({m.outlet for m in members if m.outlet}),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        title=members[0].title,
        aliases=list(aliases),
        articles=members,
    )


def sort_stories(stories: list[Story]) -> list[Story]:
    """Largest first, then earliest, then by id."""
    return sorted(stories, key=lambda s: (-s.size, s.first_published or "9999", s.id))


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
