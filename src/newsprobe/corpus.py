"""Batch ingest into the corpus store: idempotent, resumable, on local processes or Dask.

- **Idempotent**: an article's id is its content hash; an article already stored is skipped
  before analysis and never stored twice.
- **Resumable**: every batch (``batch_size`` articles and the errors met while reading them) is
  committed in one transaction. A run killed at any point loses at most the batches in flight;
  rerun the same command and it skips what was stored and does the rest.
- **Errors are data**: an input that cannot be read or analysed becomes a row in ``errors``
  (source, code, message) and the batch goes on.
- **Engines**: ``local`` analyses in this process (``processes=1``) or in a pool of worker
  processes that each load the pipeline once, results written by the parent in input order;
  ``dask`` maps the same per-batch function over a Dask cluster, each task writing one Parquet
  partition that the store loads (see :func:`newsprobe.store.write_partition`).

>>> report = ingest(["articles/", "feed.xml"], db="corpus.duckdb", processes=2)  # doctest: +SKIP
"""

from __future__ import annotations

import multiprocessing as mp
import shutil
import sys
import tempfile
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from spacy.language import Language

from newsprobe import pipeline
from newsprobe.errors import Code, InputError, NewsprobeError
from newsprobe.model import Analysis, Article
from newsprobe.sources import dispatch
from newsprobe.sources.checks import warning_lines
from newsprobe.sources.files import check_published
from newsprobe.store import Row, Store, write_partition

Engine = Literal["local", "dask"]
#: an error row: (source, code, message, article_id or None)
ErrorRow = tuple[str, str, str, str | None]
#: the code stored when an analyser fails on one article
ANALYSIS_FAILED = getattr(Code, "ANALYSIS_FAILED", None)
_ANALYSIS_CODE = ANALYSIS_FAILED.value if ANALYSIS_FAILED is not None else "NP000"
PLAIN_SUFFIXES = dispatch.PLAIN_SUFFIXES
ALL_SUFFIXES = dispatch.INPUT_SUFFIXES


@dataclass
class IngestReport:
    """What one ingest run did."""

    seen: int = 0
    """articles read (good ones, including those already stored)"""
    added: int = 0
    """articles analysed and newly stored"""
    skipped: int = 0
    """articles already in the store (or met twice in this run)"""
    errors: int = 0
    """inputs or articles that failed (each is a row in the ``errors`` table)"""
    error_codes: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    stories: int = 0
    """articles put into stories (new stories or existing ones)"""

    def summary(self) -> str:
        """One line for the end of a run."""
        codes = ", ".join(f"{code}: {n}" for code, n in sorted(self.error_codes.items()))
        rate = self.added / self.seconds if self.seconds else 0.0
        line = (
            f"{self.added} added, {self.skipped} already stored, {self.errors} errors"
            f" in {self.seconds:.1f}s ({rate:.1f} articles/s)"
        )
        return line + (f" [{codes}]" if codes else "")


# -- reading ----------------------------------------------------------------------------------


def _error_row(exc: NewsprobeError, default_source: str, article_id: str | None = None) -> ErrorRow:
    """``(source, code, message, article_id)``; an :class:`InputError` names its own source."""
    source = getattr(exc, "source", None) or default_source
    return (source, exc.code.value, exc.message, article_id)


def expand(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files in order: named ones as given, directories walked (sorted) for supported files."""
    return dispatch.expand(paths, ALL_SUFFIXES)


def iter_inputs(
    paths: Iterable[str],
    *,
    mapping: dict[str, str] | None = None,
    published: str | None = None,
    outlet: str | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> Iterator[tuple[Article | InputError, str]]:
    """``(article or error, the path it came from)`` for every input, streamed in order.

    Read by :mod:`newsprobe.sources.dispatch`, like ``newsprobe analyze``: records, feeds, text and
    HTML files, directories, ``-`` and URLs. ``on_warning`` gets each article's NP15x warnings as
    one-line strings (they are also kept on ``Article.extraction``, so they are stored).
    """
    items = dispatch.iter_sourced(paths, mapping=mapping, published=published, outlet=outlet, suffixes=ALL_SUFFIXES)
    for thing, path in items:
        if on_warning is not None and isinstance(thing, Article):
            for line in warning_lines(thing):
                on_warning(line)
        yield thing, path


# -- the per-batch function (local workers and Dask tasks alike) --------------------------------


def analyze_batch(articles: Sequence[Article], nlp: Language) -> list[Analysis | ErrorRow]:
    """Analyse a batch; an article whose analysis fails becomes an error row, the others go on."""
    try:
        return list(pipeline.analyze_many(articles, nlp=nlp, batch_size=max(1, len(articles))))
    except Exception:  # noqa: BLE001 - find the culprit article by article, below
        pass
    out: list[Analysis | ErrorRow] = []
    for article in articles:
        try:
            out.append(pipeline.analyze(article, nlp=nlp))
        except Exception as exc:  # noqa: BLE001 - one bad article never stops a batch
            if isinstance(exc, NewsprobeError):
                code, msg = exc.code.value, exc.message
            else:
                first = str(exc).strip().splitlines()
                code, msg = (
                    _ANALYSIS_CODE,
                    f"analysis failed: {type(exc).__name__}: {first[0] if first else ''}",
                )
            out.append((article.source or article.id, code, msg, article.id))
    return out


def _worker_batch(articles: list[Article], components: tuple[str, ...]) -> list[Analysis | ErrorRow]:
    """Runs in a worker process: the pipeline is loaded once per process (``pipeline.shared``)."""
    return analyze_batch(articles, pipeline.shared(components))


def _worker_init(components: tuple[str, ...]) -> None:
    pipeline.shared(components)


def _dask_partition(
    articles: list[Article], components: tuple[str, ...], part_dir: str, read_errors: list[ErrorRow]
) -> tuple[str, list[ErrorRow]]:
    """A Dask task: analyse a batch, write it (and its read errors) as one Parquet partition.

    Returns the partition folder and the analysis errors met.
    """
    results = _worker_batch(articles, components)
    analyses = [r for r in results if isinstance(r, Analysis)]
    errors = [r for r in results if not isinstance(r, Analysis)]
    rows: list[Row] = [*read_errors, *errors]
    write_partition(part_dir, analyses, rows)
    return part_dir, errors


# -- driving a run ----------------------------------------------------------------------------


@dataclass
class _Batch:
    articles: list[Article]
    read_errors: list[ErrorRow]
    skipped: int
    seen: int


def _batches(items: Iterator[tuple[Article | InputError, str]], store: Store, batch_size: int) -> Iterator[_Batch]:
    """Group inputs into batches of up to ``batch_size`` articles not yet stored."""

    def pending() -> Iterator[_Batch]:
        articles: list[Article] = []
        errors: list[ErrorRow] = []
        for thing, path in items:
            if isinstance(thing, InputError):
                errors.append(_error_row(thing, path))
            else:
                articles.append(thing)
            if len(articles) >= batch_size or len(errors) >= batch_size:
                yield _Batch(articles, errors, 0, len(articles))
                articles, errors = [], []
        if articles or errors:
            yield _Batch(articles, errors, 0, len(articles))

    for batch in pending():
        stored = store.stored_ids(a.id for a in batch.articles)
        fresh: list[Article] = []
        ids: set[str] = set()
        for article in batch.articles:
            if article.id in stored or article.id in ids:
                batch.skipped += 1
            else:
                ids.add(article.id)
                fresh.append(article)
        batch.articles = fresh
        yield batch


class _Progress:
    """A progress bar on stderr (tqdm, which spaCy already depends on), or nothing."""

    def __init__(self, enabled: bool) -> None:
        self.bar: Any = None
        if enabled:
            try:
                from tqdm import tqdm
            except ImportError:  # pragma: no cover - tqdm comes with spaCy
                return
            self.bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, desc="ingest")

    def update(self, n: int, report: IngestReport) -> None:
        if self.bar is not None:
            self.bar.set_postfix(added=report.added, skipped=report.skipped, errors=report.errors, refresh=False)
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _account(report: IngestReport, errors: Iterable[ErrorRow]) -> None:
    for _, code, _, _ in errors:
        report.errors += 1
        report.error_codes[code] += 1


def _write_results(
    store: Store, batch: _Batch, results: list[Analysis | ErrorRow], report: IngestReport, progress: _Progress
) -> None:
    analyses = [r for r in results if isinstance(r, Analysis)]
    errors = batch.read_errors + [r for r in results if not isinstance(r, Analysis)]
    added = store.add_many(analyses, errors)
    report.seen += batch.seen
    report.added += added
    report.skipped += batch.skipped + (len(analyses) - added)
    _account(report, errors)
    progress.update(batch.seen + len(batch.read_errors), report)


def _run_inline(
    batches: Iterator[_Batch],
    store: Store,
    components: tuple[str, ...],
    report: IngestReport,
    progress: _Progress,
) -> None:
    nlp: Language | None = None
    for batch in batches:
        results: list[Analysis | ErrorRow] = []
        if batch.articles:
            if nlp is None:
                nlp = pipeline.shared(components)
            results = analyze_batch(batch.articles, nlp)
        _write_results(store, batch, results, report, progress)


def _run_pool(
    batches: Iterator[_Batch],
    store: Store,
    components: tuple[str, ...],
    processes: int,
    report: IngestReport,
    progress: _Progress,
) -> None:
    """Worker processes analyse; the parent writes in input order, with at most 2N batches in flight.

    The pool starts with the first batch that has something new to analyse.
    """
    window: deque[tuple[_Batch, Any]] = deque()
    pool: Any = None

    def write_oldest() -> None:
        done, pending = window.popleft()
        _write_results(store, done, pending.get() if pending is not None else [], report, progress)

    try:
        for batch in batches:
            pending = None
            if batch.articles:
                if pool is None:
                    ctx = mp.get_context("spawn")  # no fork of a process holding a DuckDB connection
                    pool = ctx.Pool(processes, initializer=_worker_init, initargs=(components,))
                pending = pool.apply_async(_worker_batch, (batch.articles, components))
            window.append((batch, pending))
            while len(window) > 2 * processes:
                write_oldest()
        while window:
            write_oldest()
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()


class _DaskCluster:
    """A Dask client, started on first use (a run with nothing new to analyse starts nothing)."""

    def __init__(self, scheduler: str | None, processes: int) -> None:
        try:
            import distributed
        except ImportError:
            raise InputError(
                Code.BAD_OPTION, "--engine dask needs the 'scale' extra: pip install 'newsprobe[scale]'"
            ) from None
        self._distributed = distributed
        self.scheduler = scheduler
        self.processes = processes
        self.client: Any = None
        self.cluster: Any = None
        self.workers = processes

    def start(self) -> Any:
        if self.client is None:
            if self.scheduler:
                self.client = self._distributed.Client(self.scheduler)
            else:
                self.cluster = self._distributed.LocalCluster(
                    n_workers=self.processes, threads_per_worker=1, processes=True, dashboard_address=None
                )
                self.client = self._distributed.Client(self.cluster)
            self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or self.processes)
        return self.client

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _run_dask(
    batches: Iterator[_Batch],
    store: Store,
    components: tuple[str, ...],
    processes: int,
    scheduler: str | None,
    parts_dir: str | None,
    report: IngestReport,
    progress: _Progress,
) -> None:
    """Each batch is a Dask task writing one Parquet partition; the parent loads finished ones."""
    dask = _DaskCluster(scheduler, processes)
    root = Path(parts_dir) if parts_dir else Path(tempfile.gettempdir())
    run_dir = root / f"newsprobe-parts-{uuid.uuid4().hex[:12]}"
    in_flight: dict[Any, _Batch] = {}
    done_iter: Any = None

    def collect(future: Any) -> None:
        batch = in_flight.pop(future)
        part, analysis_errors = future.result()
        added = store.add_parquet(part)
        shutil.rmtree(part, ignore_errors=True)
        n_analyses = len(batch.articles) - len(analysis_errors)
        report.seen += batch.seen
        report.added += added
        report.skipped += batch.skipped + (n_analyses - added)
        _account(report, batch.read_errors + analysis_errors)
        progress.update(batch.seen + len(batch.read_errors), report)

    try:
        for n, batch in enumerate(batches, start=1):
            if not batch.articles:
                _write_results(store, batch, [], report, progress)
                continue
            client = dask.start()
            if done_iter is None:
                done_iter = dask._distributed.as_completed(loop=client.loop)
            run_dir.mkdir(parents=True, exist_ok=True)
            part = str(run_dir / f"part-{n:06d}")
            future = client.submit(_dask_partition, batch.articles, components, part, batch.read_errors, pure=False)
            in_flight[future] = batch
            done_iter.add(future)
            while len(in_flight) > 2 * dask.workers:
                collect(next(done_iter))
        for future in done_iter or ():
            if future in in_flight:
                collect(future)
    finally:
        dask.close()
        shutil.rmtree(run_dir, ignore_errors=True)


def ingest(
    paths: Sequence[str],
    *,
    db: str | None = None,
    store: Store | None = None,
    engine: Engine = "local",
    processes: int = 1,
    scheduler: str | None = None,
    batch_size: int = 16,
    components: Sequence[str] = pipeline.DEFAULT_COMPONENTS,
    mapping: dict[str, str] | None = None,
    published: str | None = None,
    outlet: str | None = None,
    progress: bool = False,
    parts_dir: str | None = None,
    on_warning: Callable[[str], None] | None = None,
    stories: bool = True,
) -> IngestReport:
    """Analyse every input not yet stored and store it; see the module docstring.

    ``on_warning`` receives each input warning (NP15x) as a one-line string, e.g. to print it.
    ``stories``: then put the new articles into stories (:func:`newsprobe.story_store.update_stories`:
    incremental, ids of existing stories kept); an interrupted run's articles are placed by the next.
    """
    if processes < 1:
        raise InputError(Code.BAD_OPTION, f"--processes must be at least 1, got {processes}")
    if batch_size < 1:
        raise InputError(Code.BAD_OPTION, f"--batch-size must be at least 1, got {batch_size}")
    if engine not in ("local", "dask"):
        raise InputError(Code.BAD_OPTION, f"--engine must be local or dask, got {engine!r}")
    published = check_published(published)
    comps = tuple(components)
    unknown = set(comps) - set(pipeline.DEFAULT_COMPONENTS)
    if unknown:
        raise InputError(Code.BAD_OPTION, f"unknown component(s): {', '.join(sorted(unknown))}")
    own = store is None
    st = store if store is not None else Store(db)
    report = IngestReport()
    bar = _Progress(progress)
    started = time.perf_counter()
    try:
        inputs = iter_inputs(paths, mapping=mapping, published=published, outlet=outlet, on_warning=on_warning)
        batches = _batches(inputs, st, batch_size)
        if engine == "dask":
            _run_dask(batches, st, comps, processes, scheduler, parts_dir, report, bar)
        elif processes > 1:
            _run_pool(batches, st, comps, processes, report, bar)
        else:
            _run_inline(batches, st, comps, report, bar)
        if stories:
            from newsprobe.story_store import update_stories

            report.stories = update_stories(st).assigned
    finally:
        bar.close()
        report.seconds = time.perf_counter() - started
        if own:
            st.close()
    return report
