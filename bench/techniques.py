"""Benchmark the shipped technique model: articles/s for NER party masking + SI + TC, one process.

Usage: python bench/techniques.py [--ptc ../shared/datasets/ptc] [-n 30] [--threads 2]
Reads the first N PTC articles when the dataset is there (its text is never printed), otherwise
N copies of a made-up article.

With ``--ratio R``: the default ``analyze`` (every component), the same without techniques, and a
bare spaCy parse of the same articles, timed alternately R rounds in one process (so a busy machine
slows all three alike); prints the median ratios to the bare parse and the articles/s.
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
    ap.add_argument("--ratio", type=int, default=0, help="rounds of the alternating pipeline comparison")
    ap.add_argument("--compare", type=Path, help="another model folder, timed alternately with the shipped one")
    ap.add_argument("--rounds", type=int, default=3, help="rounds for --compare")
    ap.add_argument("--model", type=Path, help="with --ratio: the technique model folder to use (default: shipped)")
    args = ap.parse_args()
    folder = args.ptc / "train-articles"
    if folder.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("article*.txt"))[: args.n]]
        source = f"first {len(texts)} PTC train articles"
    else:
        texts = [FALLBACK] * args.n
        source = f"{args.n} copies of a made-up article"
    if args.ratio:
        ratio(texts, source, args.ratio, args.model)
        return
    if args.compare:
        compare_models(texts, source, args.compare, args.rounds, args.threads)
        return
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


def compare_models(texts: list[str], source: str, other: Path, rounds: int, threads: int) -> None:
    """The shipped model and ``other`` on the same articles, alternately; median articles/s of each."""
    import statistics

    models = {"shipped": TechniqueModel(threads=threads), str(other): TechniqueModel(other, threads=threads)}
    parties = ner_party_spans(texts)
    timed: dict[str, list[float]] = {k: [] for k in models}
    for model in models.values():
        model.analyze(texts[0], parties[0])  # warm-up
    for _ in range(rounds):
        for name, model in models.items():
            t0 = time.perf_counter()
            for t, p in zip(texts, parties, strict=True):
                model.analyze(t, p)
            timed[name].append(time.perf_counter() - t0)
    print(json.dumps({"source": source, "rounds": rounds, "articles_per_s": {
        k: round(len(texts) / statistics.median(v), 2) for k, v in timed.items()}}, indent=2))


def ratio(texts: list[str], source: str, rounds: int, model_dir: Path | None = None) -> None:
    """Alternate bare parse / analyze without techniques / default analyze; median ratios to the bare parse."""
    import statistics

    from newsprobe import pipeline
    from newsprobe.model import Article, article_id

    full = pipeline.load()
    if model_dir is not None:
        full.get_pipe("newsprobe_techniques").model = TechniqueModel(model_dir)  # type: ignore[attr-defined]
    without = pipeline.load(components=[c for c in pipeline.DEFAULT_COMPONENTS if c != "newsprobe_techniques"])
    bare = pipeline.load(components=[])
    articles = [Article(id=article_id(t), text=t) for t in texts]

    def run_bare() -> None:
        for _ in bare.pipe(texts, batch_size=16):
            pass

    def run(nlp: object) -> None:
        for _ in pipeline.analyze_many(articles, nlp=nlp):  # type: ignore[arg-type]
            pass

    timed: dict[str, list[float]] = {"bare": [], "without_techniques": [], "default": []}
    jobs = {"bare": run_bare, "without_techniques": lambda: run(without), "default": lambda: run(full)}
    for nlp in (bare, without, full):  # warm-up: models loaded
        nlp(texts[0])
    for _ in range(rounds):
        for name, job in jobs.items():
            t0 = time.perf_counter()
            job()
            timed[name].append(time.perf_counter() - t0)
    med = {k: statistics.median(v) for k, v in timed.items()}
    print(json.dumps({
        "source": source, "rounds": rounds, "model": str(model_dir or "shipped"),
        "ratio_default_to_bare": round(med["default"] / med["bare"], 2),
        "ratio_without_techniques_to_bare": round(med["without_techniques"] / med["bare"], 2),
        "articles_per_s": {k: round(len(texts) / v, 2) for k, v in med.items()},
        "per_round_ratio_default": [round(d / b, 2) for d, b in zip(timed["default"], timed["bare"], strict=True)],
    }, indent=2))


if __name__ == "__main__":
    main()
