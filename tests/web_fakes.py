"""Small, picklable analysers for the web tests (worker processes import this module by name)."""

from __future__ import annotations

import time
from collections.abc import Callable

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
