"""Benchmark the shipped technique model: articles/s for NER party masking + SI + TC, one process.

Usage: python bench/techniques.py [--ptc ../shared/datasets/ptc] [-n 30] [--threads 2]
Reads the first N PTC articles when the dataset is there (its text is never printed), otherwise
N copies of a made-up article.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsprobe.components.techniques import TechniqueModel, ner_party_spans

FALLBACK = (
    "Council Votes On Harbour Fees\n\nThe council voted on Tuesday to raise harbour fees by a third.\n"
    + "Critics called the plan a disgraceful betrayal of every honest fisherman in Selt.\n" * 20
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ptc", type=Path, default=Path(__file__).resolve().parents[2] / "shared/datasets/ptc")
    ap.add_argument("-n", type=int, default=30)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    folder = args.ptc / "train-articles"
    if folder.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("article*.txt"))[: args.n]]
        source = f"first {len(texts)} PTC train articles"
    else:
        texts = [FALLBACK] * args.n
        source = f"{args.n} copies of a made-up article"
    t0 = time.perf_counter()
    model = TechniqueModel(threads=args.threads)
    load_s = time.perf_counter() - t0
    model.analyze(texts[0], ner_party_spans(texts[:1])[0])  # warm-up (model and NER)
    t0 = time.perf_counter()
    parties = ner_party_spans(texts)  # the masking the pipeline and the CLI always do
    found = sum(len(model.analyze(t, p)) for t, p in zip(texts, parties, strict=True))
    elapsed = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    print(json.dumps({
        "source": source, "threads": args.threads, "load_s": round(load_s, 2),
        "articles_per_s": round(len(texts) / elapsed, 2), "chars_per_s": round(chars / elapsed),
        "spans_found": found, "seconds": round(elapsed, 1),
    }, indent=2))


if __name__ == "__main__":
    main()
