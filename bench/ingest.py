"""Ingest throughput (articles/s) and peak memory, by corpus size and number of processes.

Articles are generated fictional news stories (about 2,000 characters each, every one different),
written as a JSON Lines file in a temporary folder; nothing is copied from any dataset. Each
measurement runs ``newsprobe.corpus.ingest`` into a fresh store in its own subprocess, so that
peak RSS (``ru_maxrss``) belongs to it alone: ``parent`` is the process that reads inputs and
writes the store, ``workers`` the largest worker process (``--processes`` > 1).

    python bench/ingest.py --sizes 250,500,1000 --processes 1,2 [--components entities,quotes]

Memory is flat in corpus size when peak RSS stays level from 250 to 1,000 articles. Prints a
table and, with --json FILE, writes the figures. ``--tracemalloc`` adds the parent's peak of
Python allocations (slower).
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

_TOWNS = ["Tarnow", "Velmora", "Ostrik", "Brannock", "Quillan", "Seravo", "Dunmere", "Kelvora", "Marosa"]
_FIRST = ["Ada", "Tomas", "Ines", "Piet", "Mara", "Jon", "Lena", "Oskar", "Rhea", "Dario", "Nia", "Efe"]
_LAST = ["Brill", "Reyko", "Valdar", "Oloran", "Kessin", "Adebayo", "Marsh", "Tellen", "Moraes", "Quist"]
_GROUPS = ["Harbour Workers Union", "Transit Authority", "Grain Board", "Teachers Association",
           "River Council", "Chamber of Commerce", "Farmers League", "Water Board"]  # fmt: skip
_TOPICS = ["bridge", "rail line", "hospital wing", "school", "water plant", "ferry terminal", "market hall"]
_DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "on Saturday"]
_ROLES = ["Mayor", "Minister", "Director", "spokesperson", "chairwoman", "chairman"]
_ADJ = ["bitter", "long", "heated", "quiet", "unexpected", "costly"]


def generated_article(i: int) -> dict[str, str]:
    """One fictional article as a record; deterministic in ``i``."""
    r = random.Random(i)
    town, other = r.sample(_TOWNS, 2)
    people = [f"{r.choice(_FIRST)} {r.choice(_LAST)}" for _ in range(3)]
    group, topic = r.choice(_GROUPS), r.choice(_TOPICS)
    cost, share, workers = r.randint(2, 900), r.randint(5, 95), r.randint(20, 5000)
    sentences = [
        f"The council of {town} approved a new {topic} {r.choice(_DAYS)} after a {r.choice(_ADJ)} debate.",
        f"{r.choice(_ROLES)} {people[0]} said the project would cost about {cost} million dollars "
        f"and open within {r.randint(2, 9)} years.",
        f'"This {topic} will change how people in {town} live and work," {people[0].split()[-1]} told '
        f"reporters outside the town hall.",
        f"Critics led by {people[1]} of the {group} said {share} percent of residents had not been consulted.",
        f"According to the {group}, more than {workers} members would be affected by the works.",
        f"The neighbouring town of {other} has asked for a share of the funding, {people[2]} said {r.choice(_DAYS)}.",
        f"Last year {town} spent {r.randint(1, 60)} million dollars on repairs, up {r.randint(2, 40)} percent "
        f"from {2015 + r.randint(0, 8)}.",
        f"{people[1].split()[-1]} accused the council of a {r.choice(_ADJ)} rush and warned of delays.",
        f"The {group} said it would hold a vote {r.choice(_DAYS).replace('last', 'next')} and publish the result.",
        f"Officials in {other} declined to comment, but {people[2].split()[-1]} said talks were continuing.",
    ]
    body = " ".join(r.sample(sentences, len(sentences)))
    body += f" The {town} council meets again in {r.choice(['May', 'June', 'July', 'September'])}. (#{i})"
    para2 = " ".join(r.sample(sentences, 6))
    return {
        "text": f"{body}\n\n{para2}",
        "title": f"{town} approves new {topic}",
        "outlet": f"{r.choice(_TOWNS)} {r.choice(['Daily', 'Courier', 'Ledger', 'Times'])}",
        "published": f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    }


def write_corpus(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps(generated_article(i)) + "\n")
    return path


def _child(corpus: str, db: str, processes: int, components: str | None, trace: bool) -> None:
    from newsprobe.cli.corpus import parse_components
    from newsprobe.corpus import ingest

    if trace:
        import tracemalloc

        tracemalloc.start()
    report = ingest([corpus], db=db, processes=processes, components=parse_components(components))
    traced = None
    if trace:
        import tracemalloc

        traced = tracemalloc.get_traced_memory()[1] / 2**20
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"added": report.added, "errors": report.errors, "seconds": report.seconds,
                      "parent_peak_rss_mb": parent, "worker_peak_rss_mb": workers if processes > 1 else None,
                      "parent_traced_peak_mb": traced}))  # fmt: skip


def measure(n: int, processes: int, components: str | None, trace: bool, tmp: Path) -> dict[str, object]:
    corpus = write_corpus(tmp / f"corpus-{n}.jsonl", n)
    db = tmp / f"bench-{n}-{processes}.duckdb"
    db.unlink(missing_ok=True)
    args = [sys.executable, __file__, "--child", str(corpus), str(db), str(processes)]
    if components is not None:
        args += ["--components", components]
    if trace:
        args.append("--tracemalloc")
    started = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"bench child failed: {proc.stderr.strip()[-2000:]}")
    out = proc.stdout
    wall = time.perf_counter() - started
    result = json.loads(out.strip().splitlines()[-1])
    result.update(articles=n, processes=processes, wall_s=wall, articles_per_s=n / result["seconds"],
                  db_mb=db.stat().st_size / 2**20)  # fmt: skip
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="250,500,1000")
    parser.add_argument("--processes", default="1,2", help="process counts, measured at the largest size")
    parser.add_argument("--components", default=None, help="comma-separated analysers (default: all)")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--child", nargs=3, metavar=("CORPUS", "DB", "PROCESSES"))
    args = parser.parse_args()
    if args.child:
        corpus, db, processes = args.child
        _child(corpus, db, int(processes), args.components, args.tracemalloc)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    procs = [int(p) for p in args.processes.split(",")]
    plan = [(n, 1) for n in sizes] + [(max(sizes), p) for p in procs if p != 1]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, p in plan:
            results.append(measure(n, p, args.components, args.tracemalloc, Path(tmp)))
            r = results[-1]
            workers = f"{r['worker_peak_rss_mb']:.0f}" if r["worker_peak_rss_mb"] else "-"
            print(f"{n:>6} articles  {p} proc  {r['articles_per_s']:6.1f} articles/s  "
                  f"parent peak RSS {r['parent_peak_rss_mb']:5.0f} MB  worker peak RSS {workers:>5} MB  "
                  f"store {r['db_mb']:.1f} MB  ({r['seconds']:.0f} s)", flush=True)  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps({"components": args.components or "all", "results": results}, indent=2))


if __name__ == "__main__":
    main()
