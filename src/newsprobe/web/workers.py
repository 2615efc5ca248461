"""Analysis for the web: bounded lanes of workers, so one long paste cannot hold up short ones.

An article goes to the first lane whose ``max_chars`` it fits (``short``: up to 8,000 characters,
``long``: up to :data:`WEB_MAX_CHARS`); longer texts are refused (NP104) -- analyse them with
``newsprobe analyze`` or ``newsprobe ingest``. Each lane has its own workers, its own bounded
waiting line (full: 503, NP506) and its own time budget (past it: 503, NP507).

Workers are separate processes by default (:class:`PipelineFactory` loads the pipeline once per
process): a worker past its budget is killed and replaced, and one whose memory grew past
``max_rss_mb`` is replaced after its answer, so memory goes back down after a long paste. Thread
workers (``processes=False``) serve embedding and tests; their budget bounds the wait, not the work.

An analyser factory is a picklable callable with no arguments that returns ``analyse(article)``;
tests inject small fakes through it.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Protocol

import anyio
import anyio.to_thread

from newsprobe.errors import Code, InputError, ModelError, NewsprobeError, StoreError
from newsprobe.model import Analysis, Article

#: the longest text the web app analyses (characters); the command line has no such cap
WEB_MAX_CHARS = 100_000
#: how long a worker process may take to load its pipeline
LOAD_BUDGET_S = 180.0

Analyse = Callable[[Article], Analysis]
AnalyserFactory = Callable[[], Analyse]


@dataclass(frozen=True)
class Lane:
    """Articles up to ``max_chars``: ``workers`` at a time, ``queue`` more waiting, ``budget_s`` each."""

    name: str
    max_chars: int
    workers: int = 1
    queue: int = 8
    budget_s: float = 60.0
    #: worker processes run at this niceness (a long paste yields the CPU to short analyses)
    nice: int = 0


DEFAULT_LANES = (
    Lane("short", 8_000, workers=2, queue=32, budget_s=60.0),
    Lane("long", WEB_MAX_CHARS, workers=1, queue=2, budget_s=180.0, nice=10),
)


class PipelineFactory:
    """The default analyser: newsprobe's pipeline (``components``), loaded once per worker."""

    def __init__(self, components: Sequence[str] | None = None) -> None:
        self.components = tuple(components) if components is not None else None

    def __call__(self) -> Analyse:
        from newsprobe import pipeline

        nlp = pipeline.load(self.components) if self.components is not None else pipeline.load()

        def analyse(article: Article) -> Analysis:
            return pipeline.analyze(article, nlp=nlp)

        return analyse


class _Worker(Protocol):
    def run(self, article: Article, budget_s: float, on_free: Callable[[], None]) -> Analysis: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


_ERRORS: dict[str, type[NewsprobeError]] = {
    "InputError": InputError,
    "ModelError": ModelError,
    "StoreError": StoreError,
}


def _rss_mb() -> int:
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") // (1024 * 1024)
    except (OSError, ValueError, IndexError):
        return 0


def _child(conn: Connection, factory: AnalyserFactory, nice: int = 0) -> None:
    """A worker process: load once, then answer ``article JSON -> (kind, ...)`` until told to stop."""
    if nice > 0:
        try:
            os.nice(nice)
        except OSError:
            pass
    try:
        analyse: Analyse | None = factory()
        conn.send(("ready",))
    except NewsprobeError as exc:
        analyse = None
        failure = ("error", type(exc).__name__, exc.code.value, exc.message, 0)
        conn.send(failure)
    except Exception as exc:  # noqa: BLE001 - reported to the parent as a one-line error
        analyse = None
        failure = ("error", "ModelError", Code.ANALYSIS_FAILED.value, f"loading failed: {type(exc).__name__}", 0)
        conn.send(failure)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        if analyse is None:
            conn.send(failure)
            continue
        try:
            result = analyse(Article.model_validate_json(message))
            conn.send(("ok", result.model_dump_json(), _rss_mb()))
        except NewsprobeError as exc:
            conn.send(("error", type(exc).__name__, exc.code.value, exc.message, _rss_mb()))
        except Exception as exc:  # noqa: BLE001 - reported to the parent as a one-line error
            conn.send(("error", "ModelError", Code.ANALYSIS_FAILED.value, f"analysis failed: {type(exc).__name__}", 0))


def _raise(kind: str, code: str, message: str) -> None:
    raise _ERRORS.get(kind, ModelError)(Code(code), message)


class _ProcessWorker:
    """One worker process; killed and replaced past its budget or its memory limit."""

    def __init__(self, factory: AnalyserFactory, max_rss_mb: int, nice: int = 0) -> None:
        self._factory = factory
        self._max_rss_mb = max_rss_mb
        self._nice = nice
        self._ctx = multiprocessing.get_context("spawn")
        self._proc: Any = None
        self._conn: Connection | None = None
        self._ready = False

    def start(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            return
        parent, child = self._ctx.Pipe()
        self._proc = self._ctx.Process(target=_child, args=(child, self._factory, self._nice), daemon=True)
        self._proc.start()
        child.close()
        self._conn, self._ready = parent, False

    def stop(self) -> None:
        if self._proc is None:
            return
        if self._proc.is_alive():
            self._proc.kill()
        self._proc.join(5)
        if self._conn is not None:
            self._conn.close()
        self._proc, self._conn, self._ready = None, None, False

    def _wait_ready(self) -> None:
        assert self._conn is not None
        if self._ready:
            return
        if not self._conn.poll(LOAD_BUDGET_S):
            self.stop()
            raise ModelError(Code.ANALYSIS_FAILED, f"the analysis worker did not start within {LOAD_BUDGET_S:.0f} s")
        reply = self._conn.recv()
        if reply[0] == "error":
            self.stop()
            _raise(reply[1], reply[2], reply[3])
        self._ready = True

    def run(self, article: Article, budget_s: float, on_free: Callable[[], None]) -> Analysis:
        try:
            self.start()
            self._wait_ready()
            assert self._conn is not None
            try:
                self._conn.send(article.model_dump_json())
                if not self._conn.poll(budget_s):
                    self.stop()
                    self.start()  # a fresh worker loads while the caller hears about the timeout
                    raise NewsprobeError(
                        Code.TIMED_OUT,
                        f"the analysis took longer than {budget_s:.0f} s and was stopped: "
                        "try a shorter text, or `newsprobe analyze` on the command line",
                    )
                reply = self._conn.recv()
            except (EOFError, OSError, BrokenPipeError):
                self.stop()
                raise ModelError(Code.ANALYSIS_FAILED, "the analysis worker stopped unexpectedly") from None
            rss = int(reply[-1] or 0)
            if rss > self._max_rss_mb:
                self.stop()
                self.start()
            if reply[0] == "ok":
                return Analysis.model_validate_json(reply[1])
            _raise(reply[1], reply[2], reply[3])
            raise AssertionError("unreachable")
        finally:
            on_free()


class _ThreadWorker:
    """A worker thread (embedding, tests): its budget bounds the caller's wait, not the work."""

    def __init__(self, factory: AnalyserFactory) -> None:
        self._factory = factory
        self._analyse: Analyse | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsprobe-analysis")

    def start(self) -> None:
        return None

    def stop(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _call(self, article: Article) -> Analysis:
        if self._analyse is None:
            self._analyse = self._factory()
        return self._analyse(article)

    def run(self, article: Article, budget_s: float, on_free: Callable[[], None]) -> Analysis:
        future: Future[Analysis] = self._executor.submit(self._call, article)
        future.add_done_callback(lambda _f: on_free())  # the worker is free when the work is done
        try:
            return future.result(timeout=budget_s)
        except FutureTimeout:
            raise NewsprobeError(
                Code.TIMED_OUT,
                f"the analysis took longer than {budget_s:.0f} s: try a shorter text, "
                "or `newsprobe analyze` on the command line",
            ) from None


class _LaneState:
    def __init__(self, lane: Lane, workers: list[_Worker]) -> None:
        self.lane = lane
        self.workers = workers
        self.idle: queue.Queue[_Worker] = queue.Queue()
        for w in workers:
            self.idle.put(w)
        self.pending = 0
        self.lock = threading.Lock()


class AnalysisPool:
    """Lanes of analysis workers. ``await pool.analyze(article)`` from the web app."""

    def __init__(
        self,
        factory: AnalyserFactory,
        lanes: Sequence[Lane] = DEFAULT_LANES,
        *,
        processes: bool = True,
        max_rss_mb: int = 1024,
    ) -> None:
        if not lanes:
            raise ValueError("at least one lane")
        self.lanes = sorted(lanes, key=lambda lane: lane.max_chars)
        self.processes = processes
        self._states: dict[str, _LaneState] = {}
        for lane in self.lanes:
            workers: list[_Worker] = [
                _ProcessWorker(factory, max_rss_mb, lane.nice) if processes else _ThreadWorker(factory)
                for _ in range(max(1, lane.workers))
            ]
            self._states[lane.name] = _LaneState(lane, workers)
        total = sum(max(1, lane.workers) + max(0, lane.queue) for lane in self.lanes)
        self._limiter = anyio.CapacityLimiter(total)

    @property
    def max_chars(self) -> int:
        return self.lanes[-1].max_chars

    def lane_for(self, article: Article) -> Lane:
        size = len(article.text)
        for lane in self.lanes:
            if size <= lane.max_chars:
                return lane
        raise InputError(
            Code.TOO_LARGE,
            f"text is {size:,} characters, over the web limit of {self.max_chars:,}: "
            "use `newsprobe analyze` or `newsprobe ingest`",
        )

    def start(self) -> None:
        """Start every process worker now (they load their pipelines in the background)."""
        for state in self._states.values():
            for worker in state.workers:
                worker.start()

    def close(self) -> None:
        for state in self._states.values():
            for worker in state.workers:
                worker.stop()

    async def analyze(self, article: Article) -> Analysis:
        state = self._states[self.lane_for(article).name]
        lane = state.lane
        with state.lock:
            if state.pending >= max(1, lane.workers) + max(0, lane.queue):
                raise NewsprobeError(Code.BUSY, f"the server is busy ({lane.name} texts): try again in a minute")
            state.pending += 1
        try:
            return await anyio.to_thread.run_sync(self._run, state, article, limiter=self._limiter)
        finally:
            with state.lock:
                state.pending -= 1

    def _run(self, state: _LaneState, article: Article) -> Analysis:
        lane = state.lane
        try:
            worker = state.idle.get(timeout=lane.budget_s)
        except queue.Empty:
            raise NewsprobeError(Code.BUSY, f"the server is busy ({lane.name} texts): try again in a minute") from None
        return worker.run(article, lane.budget_s, lambda: state.idle.put(worker))
