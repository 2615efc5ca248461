"""What the event coder adds to the analysis time (without techniques), in alternating runs.

Two pipelines in one process, identical but for ``newsprobe_events``, analyse the same articles in
turn (A B A B ...), so that machine load hits both alike; the median of each is compared. Times are
CPU seconds of this process (``time.process_time``): on a shared machine wall time mostly measures
the neighbours. The events component's own CPU time on already parsed docs is reported too. Articles:
PolNeAR dev texts from ../shared/datasets (read at run time, never copied), else the bundled examples.

    python bench/events.py --articles 40 --rounds 5
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from itertools import cycle, islice
from pathlib import Path

from newsprobe import pipeline
from newsprobe.model import Article, article_id

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "datasets" / "polnear" / "data" / "dev" / "text"
BASE = tuple(c for c in pipeline.DEFAULT_COMPONENTS if c not in ("newsprobe_techniques", "newsprobe_events"))


def _texts(n: int) -> list[str]:
    files = sorted(POLNEAR.glob("*.txt")) if POLNEAR.is_dir() else []
    if not files:
        files = sorted((ROOT / "examples").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in islice(cycle(files), n)]


def _run(nlp: object, texts: list[str]) -> float:
    articles = [Article(id=article_id(t), text=t, published="2016-10-01") for t in texts]
    start = time.process_time()
    for _ in pipeline.analyze_many(articles, nlp=nlp):  # type: ignore[arg-type]
        pass
    return time.process_time() - start


def _own(nlp: object, texts: list[str]) -> tuple[float, float]:
    """(CPU seconds of the events component alone, of the pipeline without it) on the same texts."""
    from newsprobe.components.events import find_events

    start = time.process_time()
    docs = [nlp(pipeline._doc_for(nlp, Article(id=article_id(t), text=t, published="2016-10-01")))  # type: ignore[operator]
            for t in texts]
    base = time.process_time() - start
    start = time.process_time()
    for doc in docs:
        find_events(doc)
    return time.process_time() - start, base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", dest="json_out", default=None)
    args = parser.parse_args()
    texts = _texts(args.articles)
    without = pipeline.load(BASE)
    with_events = pipeline.load((*BASE, "newsprobe_events"))
    for nlp in (without, with_events):
        _run(nlp, texts[:2])  # warm-up
    times: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(args.rounds):
        times["without"].append(_run(without, texts))
        times["with"].append(_run(with_events, texts))
    a, b = statistics.median(times["without"]), statistics.median(times["with"])
    own, base = _own(without, texts)
    result = {"articles": len(texts), "chars": sum(map(len, texts)), "rounds": args.rounds,
              "median_s_without": round(a, 3), "median_s_with": round(b, 3), "added": round(b / a - 1, 4),
              "component_cpu_s": round(own, 3), "component_share": round(own / base, 4),
              "runs": times}
    print(f"{len(texts)} articles, {args.rounds} alternating rounds: without events {a:.2f}s, "
          f"with events {b:.2f}s (median CPU) -> events add {100 * (b / a - 1):.1f}%; the component alone "
          f"{own:.2f}s = {100 * own / base:.1f}% of the pipeline without it")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
