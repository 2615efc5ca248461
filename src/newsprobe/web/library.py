"""The server's store: one DuckDB connection owned by the server, read through cursors, plus caches.

DuckDB lets one process write a file. ``newsprobe serve`` opens its store writable for its whole
life and stores every analysis it makes; each stored analysis is put into a story at once
(:func:`newsprobe.story_store.update_stories`, incremental), so stories are read from the store
(:mod:`newsprobe.story_store`) and never clustered at request time. Rendered pages and the
per-outlet sourcing shares are kept per *generation* (bumped on every write); the sourcing shares
(charts only) are recomputed in a background thread (:meth:`Library.corpus`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from newsprobe.errors import Code, StoreError
from newsprobe.model import Analysis
from newsprobe.web.params import Filters, Page

if TYPE_CHECKING:
    from newsprobe.ledger import Ledger
    from newsprobe.network import Network
    from newsprobe.stories import Story

T = TypeVar("T")
#: a technique span is shown by default (and counted in charts) from this score on
CONFIDENT = 0.5
#: rendered pages, comparisons and chart figures kept per generation
MEMO_SIZE = 1024


#: how long a request waits for stories being recomputed before it is served the previous ones
FRESH_WAIT_S = 2.0


class _Job:
    def __init__(self, generation: int) -> None:
        self.generation = generation
        self.done = threading.Event()
        self.error: StoreError | None = None


@dataclass
class Corpus:
    """What is computed from every stored analysis at once (one generation)."""

    sourcing: dict[str, dict[str, float]] = field(default_factory=dict)


class Library:
    """The store behind the pages. ``read_only``: browse only, analyses are not kept."""

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        from newsprobe.store import Store
        from newsprobe.story_store import FeatureCache

        self.path = path
        self.read_only = read_only
        self._store = Store(path, read_only=read_only)
        self._features = FeatureCache(size=5000)
        if not read_only:
            self._place_in_stories()  # articles stored by an older version or with `ingest --no-stories`
        self._write_lock = threading.Lock()
        self._cache_lock = threading.Lock()
        self.generation = 0
        self._corpus: tuple[int, Corpus] | None = None
        self._job: _Job | None = None
        self._view = 0
        self._memo: OrderedDict[tuple[int, int, str], Any] = OrderedDict()

    def close(self) -> None:
        self._store.close()

    @contextmanager
    def reader(self) -> Iterator[Any]:
        view = self._store.reader()
        try:
            yield view
        finally:
            view.close()

    # -- writing --------------------------------------------------------------------------------
    def add(self, analysis: Analysis) -> bool:
        """Store one analysis; ``False`` when the store is read-only or already has it."""
        if self.read_only:
            return False
        with self._write_lock:
            added = self._store.add(analysis)
            if added:
                self._place_in_stories()
                self.generation += 1
        return added

    def _place_in_stories(self) -> None:
        """Put the stored articles that are in no story yet into one (incremental; story ids kept)."""
        from newsprobe.story_store import update_stories

        update_stories(self._store, cache=self._features)

    # -- caches ---------------------------------------------------------------------------------
    def peek(self, key: str) -> Any:
        """The value :meth:`memo` holds for ``key`` in this generation, else ``None`` (never computes)."""
        with self._cache_lock:
            return self._memo.get((self.generation, self._view, key))

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """A value computed once per generation (an LRU of :data:`MEMO_SIZE` keys)."""
        k = (self.generation, self._view, key)
        with self._cache_lock:
            if k in self._memo:
                self._memo.move_to_end(k)
                return self._memo[k]
        value = compute()
        with self._cache_lock:
            self._memo[k] = value
            while len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        return value

    def corpus(self) -> Corpus:
        """Per-outlet sourcing shares, recomputed in the background after writes (charts only).

        A request waits for a recomputation at most :data:`FRESH_WAIT_S` (a small store is always
        fresh); past that it gets the previous generation's corpus, so a chart view after a paste
        never waits for a large store to be read again.
        """
        with self._cache_lock:
            cached = self._corpus
            if cached is not None and cached[0] == self.generation:
                return cached[1]
            job = self._job
            if job is None or (job.done.is_set() and job.generation != self.generation):
                job = _Job(self.generation)
                self._job = job
                threading.Thread(target=self._run, args=(job,), name="newsprobe-corpus", daemon=True).start()
        job.done.wait(None if cached is None else FRESH_WAIT_S)
        with self._cache_lock:
            if self._corpus is not None:
                return self._corpus[1]
        raise job.error or StoreError(Code.STORE, "the sourcing shares could not be computed")

    def _run(self, job: _Job) -> None:
        try:
            corpus = self._compute_corpus()
            with self._cache_lock:
                if self._corpus is None or self._corpus[0] < job.generation:
                    self._corpus = (job.generation, corpus)
        except Exception as exc:  # noqa: BLE001 - handed to the waiting requests as a one-line error
            job.error = exc if isinstance(exc, StoreError) else StoreError(
                Code.STORE, f"the sourcing shares could not be computed: {type(exc).__name__}"
            )
        finally:
            job.done.set()

    def _compute_corpus(self) -> Corpus:
        from newsprobe.compare import outlet_label, sourcing

        per_outlet: dict[str, list[tuple[float, float]]] = {}
        with self.reader() as store:
            for a in store.analyses():
                label = outlet_label(a.article)
                s = sourcing(a, label)
                per_outlet.setdefault(label, []).append((s.attributed_share, s.direct_share))
        shares = {
            outlet: {
                "articles": float(len(rows)),
                "attributed": sum(r[0] for r in rows) / len(rows),
                "direct": sum(r[1] for r in rows) / len(rows),
            }
            for outlet, rows in per_outlet.items()
        }
        return Corpus(sourcing=shares)

    def analyses(self, ids: list[str]) -> list[Analysis]:
        with self.reader() as store:
            return list(store.analyses(ids))

    # -- queries --------------------------------------------------------------------------------
    def articles(self, f: Filters, page: Page) -> dict[str, Any]:
        where, params = article_where(f)
        with self.reader() as store:
            total = store.query(f"SELECT count(*) AS n FROM articles a {where}", params)[0]["n"]
            rows = store.query(
                "SELECT a.id, a.title, a.outlet, a.author, a.published, a.source, a.n_chars FROM articles a "
                f"{where} ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
                [*params, page.limit, page.offset],
            )
        return {"total": int(total), "limit": page.limit, "offset": page.offset, "articles": rows}

    def stories(self, f: Filters, page: Page, min_size: int) -> tuple[int, list[Story]]:
        """One page of stored stories matching the filters, and how many match."""
        from newsprobe.story_store import StoryFilter, count_stories, list_stories

        where = StoryFilter(outlet=f.outlet, date_from=f.date_from, date_to=f.date_to, q=f.q)
        with self.reader() as store:
            total = count_stories(store, min_size=min_size, where=where)
            shown = list_stories(store, min_size=min_size, limit=page.limit, offset=page.offset, where=where)
        return total, shown

    def story(self, story_id: str) -> Story | None:
        """A stored story by id or by the id of a story merged into it (its current id in ``.id``)."""
        from newsprobe.story_store import get_story

        with self.reader() as store:
            return get_story(store, story_id)

    def story_of(self, article_id: str) -> Story | None:
        from newsprobe.story_store import has_stories_tables, story_of

        with self.reader() as store:
            return story_of(store, article_id) if has_stories_tables(store) else None

    def story_analyses(self, story_id: str) -> tuple[Story, list[Analysis]]:
        from newsprobe.story_store import story_analyses

        with self.reader() as store:
            return story_analyses(store, story_id)

    def facets(self) -> dict[str, list[str]]:
        """The values the list filters offer: outlets, techniques, term categories."""

        def compute() -> dict[str, list[str]]:
            with self.reader() as store:
                outlets = store.query("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1")
                techniques = store.query("SELECT DISTINCT technique FROM techniques ORDER BY 1")
                categories = store.query("SELECT DISTINCT category FROM terms ORDER BY 1")
            return {
                "outlets": [r["outlet"] for r in outlets],
                "techniques": [r["technique"] for r in techniques],
                "categories": [r["category"] for r in categories],
            }

        return self.memo("facets", compute)

    def analysis(self, article_id: str) -> Analysis:
        found = self.analyses([article_id])
        if not found:
            raise StoreError(Code.NOT_FOUND, f"no article {article_id[:40]!r} in the store")
        return found[0]

    def per_outlet(self, table: str, column: str, *, confident_only: bool = False) -> list[dict[str, Any]]:
        """Counts of ``table.column`` values per outlet, with each outlet's article count."""
        if (table, column) not in {("techniques", "technique"), ("terms", "category")}:
            raise ValueError(f"{table}.{column}")
        extra = f" AND t.score >= {CONFIDENT}" if confident_only else ""

        def compute() -> list[dict[str, Any]]:
            with self.reader() as store:
                return store.query(
                    f"SELECT coalesce(a.outlet, '(no outlet)') AS outlet, t.{column} AS label, count(*) AS n "
                    f"FROM {table} t JOIN articles a ON a.id = t.article_id WHERE true{extra} "
                    "GROUP BY 1, 2 ORDER BY 1, 2"
                )

        return self.memo(f"per_outlet:{table}:{confident_only}", compute)

    def outlet_sizes(self) -> dict[str, int]:
        def compute() -> dict[str, int]:
            with self.reader() as store:
                rows = store.query(
                    "SELECT coalesce(outlet, '(no outlet)') AS outlet, count(*) AS n FROM articles GROUP BY 1"
                )
            return {r["outlet"]: int(r["n"]) for r in rows}

        return self.memo("outlet_sizes", compute)

    def figure_categories(self) -> dict[str, int]:
        """The figure categories in the store, each with its number of figures (most first)."""

        def compute() -> dict[str, int]:
            with self.reader() as store:
                if not store.has_column("quantities", "category"):
                    return {}
                rows = store.query(
                    "SELECT category, count(*) AS n FROM quantities WHERE category IS NOT NULL "
                    "GROUP BY 1 ORDER BY 2 DESC, 1"
                )
            return {r["category"]: int(r["n"]) for r in rows}

        return self.memo("figure_categories", compute)

    def ledger(self, category: str, entity: str) -> Ledger:
        """The claims ledger of one figure category (and entity); empty on a store without categories."""
        from newsprobe.ledger import Ledger, ledger

        def compute() -> Ledger:
            with self.reader() as store:
                if not store.has_column("quantities", "category"):
                    return Ledger(category=category, entity=entity or None, rows=[])
                return ledger(store, category=category, entity=entity or None)

        return self.memo(f"ledger:{category}\x00{entity}", compute)

    def network(self) -> Network | None:
        """The actor network over the store's ``events`` table; ``None`` when the store has none (a
        store written before events existed, opened read-only)."""
        from newsprobe.network import network_from_store

        def compute() -> Network | None:
            with self.reader() as store:
                if not store.has_column("events", "type"):
                    return None
                return network_from_store(store)

        return self.memo("network:store", compute)

    def attention(self, entity: str) -> list[dict[str, Any]]:
        """Per publication day: articles naming ``entity`` (case-insensitive substring of a name)."""

        def compute() -> list[dict[str, Any]]:
            with self.reader() as store:
                return store.query(
                    "SELECT a.published AS day, coalesce(a.outlet, '(no outlet)') AS outlet, "
                    "count(DISTINCT a.id) AS n FROM articles a JOIN entities e ON e.article_id = a.id "
                    "WHERE a.published IS NOT NULL AND contains(lower(e.name), lower(?)) "
                    "GROUP BY 1, 2 ORDER BY 1, 2",
                    [entity],
                )

        return self.memo(f"attention:{entity}", compute)


def article_where(f: Filters) -> tuple[str, list[Any]]:
    """``WHERE ...`` over ``articles a`` for the filters, with its parameters (nothing interpolated)."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.q:
        clauses.append(
            "(contains(lower(coalesce(a.title, '')), lower(?)) OR contains(lower(a.text), lower(?)) "
            "OR contains(lower(coalesce(a.outlet, '')), lower(?)))"
        )
        params += [f.q, f.q, f.q]
    if f.outlet:
        clauses.append("a.outlet = ?")
        params.append(f.outlet)
    if f.date_from:
        clauses.append("a.published >= ?")
        params.append(f.date_from)
    if f.date_to:
        clauses.append("a.published <= ?")
        params.append(f.date_to)
    if f.entity:
        clauses.append(
            "EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND contains(lower(e.name), lower(?)))"
        )
        params.append(f.entity)
    if f.speaker:
        clauses.append(
            "EXISTS (SELECT 1 FROM quotes s WHERE s.article_id = a.id "
            "AND contains(lower(coalesce(s.speaker_name, '')), lower(?)))"
        )
        params.append(f.speaker)
    if f.technique:
        clauses.append("EXISTS (SELECT 1 FROM techniques t WHERE t.article_id = a.id AND t.technique = ?)")
        params.append(f.technique)
    if f.category:
        clauses.append("EXISTS (SELECT 1 FROM terms t WHERE t.article_id = a.id AND t.category = ?)")
        params.append(f.category)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params
