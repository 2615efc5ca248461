"""Helpers for the web tests: small picklable analysers (worker processes import this module by
name) and a real server in a thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from newsprobe.model import Analysis, Article


class Sleepy:
    """An analyser factory whose analyses take ``per_kchar`` seconds per 1,000 characters.

    A text containing ``HANG`` sleeps ``hang_s`` (a stuck analysis). Finds nothing: ``Analysis(article)``.
    """

    def __init__(self, per_kchar: float = 0.0, hang_s: float = 60.0) -> None:
        self.per_kchar = per_kchar
        self.hang_s = hang_s

    def __call__(self) -> Callable[[Article], Analysis]:
        def analyse(article: Article) -> Analysis:
            time.sleep(self.hang_s if "HANG" in article.text else self.per_kchar * len(article.text) / 1000)
            return Analysis(article=article)

        return analyse


@contextmanager
def running(app: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free loopback port in a thread; yields its base URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)
