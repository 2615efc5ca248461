"""Speed and memory of the full analysis against a bare spaCy parse of the same articles.

Each measurement runs in a fresh subprocess so that peak RSS (ru_maxrss) belongs to it alone.
Articles: PolNeAR dev texts from ../shared/datasets (read at run time, never copied), cycled to
the requested count; falls back to the bundled examples when ../shared is absent.

    python bench/analyze.py --sizes 25,50,100 [--components ...]

Prints a table and, with --json FILE, writes the figures.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "datasets" / "polnear" / "data" / "dev" / "text"


def _texts(n: int) -> list[str]:
    files = sorted(POLNEAR.glob("*.txt")) if POLNEAR.is_dir() else []
    if not files:
        files = sorted((ROOT / "examples").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in islice(cycle(files), n)]


def _child(mode: str, n: int, components: str | None) -> None:
    from newsprobe import pipeline
    from newsprobe.model import Article, article_id

    texts = _texts(n)
    if mode == "bare":
        nlp = pipeline.load(components=[])
    else:
        from newsprobe.cli.corpus import parse_components  # short names (entities,quotes) or full ones

        nlp = pipeline.load(components=parse_components(components))
    nlp("Warm-up sentence, said the bench.")
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    chars = 0
    if mode == "bare":
        for doc in nlp.pipe(texts, batch_size=16):
            chars += len(doc.text)
    else:
        articles = (Article(id=article_id(t), text=t) for t in texts)
        for analysis in pipeline.analyze_many(articles, nlp=nlp):
            chars += len(analysis.article.text)
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"mode": mode, "articles": n, "chars": chars, "seconds": seconds,
                      "articles_per_s": n / seconds, "peak_rss_mb": rss / 1024,
                      "rss_growth_mb": (rss - rss_before) / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25,50,100")
    parser.add_argument("--components", default=None)
    parser.add_argument("--json", dest="json_out", default=None)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], int(args.child[1]), args.components)
        return
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        for mode in ("bare", "full"):
            cmd = [sys.executable, __file__, "--child", mode, str(n)]
            if args.components:
                cmd += ["--components", args.components]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            rows.append(json.loads(out.strip().splitlines()[-1]))
    print(f"{'articles':>8} {'mode':>5} {'art/s':>8} {'peak MB':>8} {'growth MB':>9}")
    for r in rows:
        print(f"{r['articles']:>8} {r['mode']:>5} {r['articles_per_s']:>8.2f} {r['peak_rss_mb']:>8.0f} "
              f"{r['rss_growth_mb']:>9.0f}")
    for n in sorted({r["articles"] for r in rows}):
        bare = next(r for r in rows if r["articles"] == n and r["mode"] == "bare")
        full = next(r for r in rows if r["articles"] == n and r["mode"] == "full")
        print(f"{n} articles: full analysis takes {bare['articles_per_s'] / full['articles_per_s']:.2f}x "
              "the time of the bare parse")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
