"""Stories at corpus scale: time and peak memory of the stored stories for N stored analyses.

Synthetic stored analyses (generated here; nothing from any dataset): events of 1-5 articles from
different outlets within 3 days, spread over ``--days`` days; each article has a title, ~90 words
(event words mixed with common words) and 4 entities. They are written straight into a store's
``articles`` and ``entities`` tables (the tables the clustering reads). Then, each in a fresh
subprocess so that peak RSS (``ru_maxrss``) belongs to it alone:

* ``rebuild``: ``newsprobe stories --rebuild`` on the N stored articles (batch);
* ``ingest``: 1,000 more articles (the last days) put into stories incrementally, as ingest does;
* ``read``: listing the 50 largest stories and opening one by id (what ``/stories`` and
  ``/compare/{id}`` read).

    python bench/stories.py --sizes 10000,100000 [--json FILE]

Also prints the B-cubed F1 of the recovered events (synthetic gold) as a sanity check.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTLETS = [f"Outlet {c}" for c in "ABCDEFGHIJKL"]
COMMON = [f"common{i}" for i in range(3000)]


def _event_words(rng: random.Random, event: int) -> tuple[list[str], list[str]]:
    words = [f"ev{event}w{i}" for i in range(25)] + rng.sample(COMMON, 10)
    names = [f"Name{event}x{i} Person{event}y{i}" for i in range(3)] + [f"Place{event % 5000}"]
    return words, names


def build(path: str, n: int, days: int, seed: int = 7, first_event: int = 0, start_day: int = 0) -> int:
    """Write ``n`` synthetic articles (and their entities) into the store at ``path``; returns events made."""
    sys.path.insert(0, str(ROOT / "src"))
    from datetime import date

    from newsprobe.store import Store, insert_rows

    rng = random.Random(seed + first_event)
    base = date(2030, 1, 1).toordinal() + start_day
    articles, entities = [], []
    event = first_event
    made = 0
    while made < n:
        size = min(n - made, rng.choice([1, 1, 2, 3, 3, 4, 5]))
        words, names = _event_words(rng, event)
        day = base + rng.randrange(days)
        for k in range(size):
            body = " ".join(rng.choice(words) if rng.random() < 0.45 else rng.choice(COMMON[:1500]) for _ in range(90))
            title = " ".join(rng.sample(words[:25], 6))
            text = f"{names[0]} and {names[3]}. {body}."
            aid = f"{event:08x}{k:08x}"
            published = date.fromordinal(day + rng.randrange(3)).isoformat()
            articles.append((aid, f"gold:{event}", title, OUTLETS[(event + k) % len(OUTLETS)], None, published, "en",
                             len(text), text, "1.0", "{}"))
            for j, name in enumerate(names):
                entities.append((aid, f"E{j + 1}", name, "PERSON" if j < 3 else "GPE", 1 + (j == 0)))
        made += size
        event += 1
    with Store(path) as store:
        store.con.begin()
        insert_rows(store.con, "articles", articles)
        insert_rows(store.con, "entities", entities)
        store.con.commit()
    return event


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(path: str, what: str, days: int, events: int) -> dict[str, float]:
    """Runs in a subprocess: one measurement."""
    sys.path.insert(0, str(ROOT / "src"))
    from newsprobe.store import Store
    from newsprobe.story_store import get_story, list_stories, rebuild_stories, update_stories

    base = _peak_mb()
    started = time.perf_counter()
    out: dict[str, float] = {}
    with Store(path) as store:
        if what == "rebuild":
            rebuild_stories(store)
        elif what == "ingest":
            store.close()
            build(path, 1000, 3, first_event=events, start_day=days - 3)
            with Store(path) as again:
                started = time.perf_counter()
                out["assigned"] = update_stories(again).assigned
        else:
            top = list_stories(store, min_size=2, limit=50)
            out["found"] = float(get_story(store, top[0].id) is not None)
    out["seconds"] = round(time.perf_counter() - started, 2)
    out["peak_rss_mb"] = round(_peak_mb(), 1)
    out["baseline_rss_mb"] = round(base, 1)
    return out


def _bcubed(path: str) -> float:
    sys.path.insert(0, str(ROOT / "src"))
    from newsprobe.evaluate.stories import bcubed
    from newsprobe.store import Store

    with Store(path, read_only=True) as store:
        rows = store.query_rows(
            "SELECT a.source, sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id"
        )[1]
    return bcubed([r[1] for r in rows], [r[0] for r in rows])["f1"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--days", type=int, default=0, help="days the corpus spans (default: N / 150)")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--measure", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--build", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        print(build(args.build[0], int(args.build[1]), int(args.build[2])))
        return
    if args.measure:
        path, what, days, events = args.measure
        print(json.dumps(measure(path, what, int(days), int(events))))
        return
    results = []
    for n in (int(x) for x in args.sizes.split(",")):
        days = args.days or max(30, n // 150)
        with tempfile.TemporaryDirectory() as tmp:
            path = str(Path(tmp) / "bench.duckdb")
            # built in a subprocess too: a child's ru_maxrss starts from its parent's at fork
            made = subprocess.run([sys.executable, __file__, "--build", path, str(n), str(days)],
                                  capture_output=True, text=True, check=True)
            events = int(made.stdout.strip().splitlines()[-1])
            row: dict[str, object] = {"articles": n, "days": days}
            for what in ("rebuild", "read", "ingest"):
                proc = subprocess.run([sys.executable, __file__, "--measure", path, what, str(days), str(events)],
                                      capture_output=True, text=True, check=True)
                row[what] = json.loads(proc.stdout.strip().splitlines()[-1])
            row["bcubed_f1_synthetic"] = _bcubed(path)
        results.append(row)
        print(json.dumps(row), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
