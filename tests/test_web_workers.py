"""Analysis lanes: a long paste never holds up short ones; budgets, queues and worker processes.

Run against a real server (uvicorn in a thread) with concurrent clients. Most tests inject a small
fake analyser (``web_fakes.Sleepy``) to stay fast and deterministic; one runs the real pipeline.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")

import web_fakes  # noqa: E402 - tests/web_fakes.py
from newsprobe.web.app import create_app  # noqa: E402
from newsprobe.web.workers import Lane, PipelineFactory  # noqa: E402
from web_fakes import running  # noqa: E402

SHORT = (
    "The harbour committee of the fictional town of Wexmoor met on Monday, {n}. "
    '"We will publish the ferry timetable next week," said committee chair Ilse Marr.'
)
LONG_PARAGRAPH = (
    "The council of the fictional town of Wexmoor approved a new harbour budget of 4.5 million euros on Monday. "
    '"This plan keeps the ferries running," said Mayor Alva Brandt, adding that 120 jobs were safe. '
    "Critics from the Dunmore Lines union said the vote came too late, and police said 300 people gathered.\n\n"
)


def post(base: str, text: str, timeout: float = 600) -> tuple[int, float, dict[str, Any]]:
    """POST one text; (status, seconds, body)."""
    start = time.monotonic()
    r = httpx.post(f"{base}/api/analyze", json={"text": text}, timeout=timeout)
    return r.status_code, time.monotonic() - start, r.json()


Timed = tuple[int, float, float]


def race(base: str, long_text: str, n_short: int = 20) -> tuple[Timed, list[Timed]]:
    """Send one long text, then (once it is in flight) ``n_short`` short ones at once.

    Returns ``(status, seconds, finished_at)`` for the long one and for each short one.
    """
    t0 = time.monotonic()

    def timed(text: str) -> Timed:
        status, seconds, _ = post(base, text)
        return status, seconds, time.monotonic() - t0

    with ThreadPoolExecutor(max_workers=n_short + 1) as ex:
        long_future = ex.submit(timed, long_text)
        time.sleep(0.5)  # the long one is in its lane first
        shorts = list(ex.map(timed, [SHORT.format(n=i) for i in range(n_short)]))
        return long_future.result(), shorts


def test_long_paste_does_not_hold_up_short_ones() -> None:
    """Injected analyser: 0.05 s per 1,000 characters, so the 90,000-character paste takes 4.5 s."""
    app = create_app(analyser=web_fakes.Sleepy(per_kchar=0.05), processes=False)
    with running(app) as base:
        (long_status, long_s, long_done), shorts = race(base, LONG_PARAGRAPH * 300)
    assert long_status == 200 and long_s >= 4.0
    assert [s for s, _, _ in shorts] == [200] * 20
    assert max(seconds for _, seconds, _ in shorts) < 10
    assert max(done for _, _, done in shorts) < long_done  # all answered while the long one still ran


def test_full_lane_answers_busy_at_once() -> None:
    lanes = (Lane("short", 1000, workers=1, queue=0, budget_s=10), Lane("long", 100_000, workers=1, queue=0))
    app = create_app(analyser=web_fakes.Sleepy(hang_s=2), processes=False, lanes=lanes)
    with running(app) as base, ThreadPoolExecutor(max_workers=2) as ex:
        first = ex.submit(post, base, "HANG " + SHORT.format(n=0))
        time.sleep(0.3)
        status, seconds, body = post(base, SHORT.format(n=1))
        assert (status, body["error"]["code"]) == (503, "NP506") and seconds < 1
        assert first.result()[0] == 200


def test_process_worker_past_its_budget_is_stopped_and_replaced() -> None:
    lanes = (Lane("short", 1000, workers=1, queue=4, budget_s=3), Lane("long", 100_000, workers=1, queue=1))
    app = create_app(analyser=web_fakes.Sleepy(hang_s=120), processes=True, lanes=lanes)
    with running(app) as base:
        assert post(base, SHORT.format(n=0))[0] == 200  # the worker is up
        status, seconds, body = post(base, "HANG " + SHORT.format(n=1))
        assert (status, body["error"]["code"]) == (503, "NP507") and seconds < 20
        status, _, body = post(base, SHORT.format(n=2))  # a fresh worker answers
        assert status == 200 and body["article"]["text"] == SHORT.format(n=2)


@pytest.mark.slow
def test_real_pipeline_long_paste_and_twenty_short_ones() -> None:
    """The shipped pipeline in worker processes: a 60,000-character paste and 20 short texts at once."""
    app = create_app(analyser=PipelineFactory(), processes=True)
    with running(app) as base:
        with ThreadPoolExecutor(max_workers=2) as ex:  # both short-lane workers have loaded
            warm = ex.map(lambda n: post(base, SHORT.format(n=n)), ["warm-up", "warm-up 2"])
            assert [r[0] for r in warm] == [200, 200]
        (long_status, long_s, long_done), shorts = race(base, LONG_PARAGRAPH * 190)
    print(f"long: {long_s:.1f} s; short: max {max(s for _, s, _ in shorts):.2f} s")
    assert long_status == 200
    assert [s for s, _, _ in shorts] == [200] * 20
    assert max(seconds for _, seconds, _ in shorts) < 10
