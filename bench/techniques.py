"""Benchmark the shipped technique model: articles/s for NER party masking + SI + TC, one process.

Usage: python bench/techniques.py [--ptc ../shared/datasets/ptc] [-n 30] [--threads 2]
Reads the first N PTC articles when the dataset is there (its text is never printed), otherwise
N copies of a made-up article.

With ``--ratio R``: the default ``analyze`` (every component), the same without techniques, and a
bare spaCy parse of the same articles, timed alternately R rounds in one process (so a busy machine
slows all three alike); prints the median ratios to the bare parse, the articles/s and the CPU
seconds per article. ``--variants sequential,spinning`` adds the default analyze without the
parse/encoder overlap, with spinning onnxruntime threads, with one onnxruntime thread
(``one_thread``), and ``before`` (both of the first two: the runtime as it was before the
speed-ups) to the alternation.

With ``--memory N``: resident memory while the default ``analyze`` streams N articles (the N
articles read, cycled when fewer are there), after 1, 10, 25, 50 and N articles, and the peak.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from newsprobe.components.techniques import MODEL_DIR, TechniqueModel, ner_party_spans

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
    ap.add_argument("--variants", default="",
                    help="with --ratio: more jobs, comma-separated: sequential,spinning,one_thread,before")
    ap.add_argument("--memory", type=int, default=0, help="RSS while the default analyze streams N articles")
    args = ap.parse_args()
    folder = args.ptc / "train-articles"
    if folder.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("article*.txt"))[: args.n]]
        source = f"first {len(texts)} PTC train articles"
    else:
        texts = [FALLBACK] * args.n
        source = f"{args.n} copies of a made-up article"
    if args.memory:
        memory(texts, source, args.memory, args.model)
        return
    if args.ratio:
        ratio(texts, source, args.ratio, args.model, [v for v in args.variants.split(",") if v])
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


def ratio(texts: list[str], source: str, rounds: int, model_dir: Path | None = None,
          variants: Sequence[str] = ()) -> None:
    """Alternate bare parse / analyze without techniques / default analyze; median ratios to the bare parse.

    ``variants`` adds more default-``analyze`` jobs to the alternation: "sequential" (each batch's
    techniques on the main thread after its parse, no overlap) and "spinning" (onnxruntime threads
    busy-wait between operators), "one_thread" (one intra-op thread instead of one per core) and
    "before" (sequential and spinning).
    """
    import statistics

    from newsprobe import pipeline
    from newsprobe.model import Article, article_id

    def with_techniques(**model_kw: Any) -> Any:
        nlp = pipeline.load()
        if model_dir is not None or model_kw:
            pipe: Any = nlp.get_pipe("newsprobe_techniques")
            pipe.model = TechniqueModel(model_dir or MODEL_DIR, **model_kw)
        return nlp

    full = with_techniques()
    without = pipeline.load(components=[c for c in pipeline.DEFAULT_COMPONENTS if c != "newsprobe_techniques"])
    bare = pipeline.load(components=[])
    articles = [Article(id=article_id(t), text=t) for t in texts]

    def run_bare() -> None:
        for _ in bare.pipe(texts, batch_size=16):
            pass

    def run(nlp: object) -> None:
        for _ in pipeline.analyze_many(articles, nlp=nlp):  # type: ignore[arg-type]
            pass

    nlps: dict[str, Any] = {"bare": bare, "without_techniques": without, "default": full}
    if "sequential" in variants:
        nlps["default_sequential"] = with_techniques()
        nlps["default_sequential"].get_pipe("newsprobe_techniques").overlap = False
    if "spinning" in variants:
        nlps["default_spinning"] = with_techniques(spinning=True)
    if "one_thread" in variants:
        nlps["default_one_thread"] = with_techniques(threads=1)
    if "before" in variants:  # as before the speed-ups: spinning threads, techniques after each batch's parse
        nlps["default_before"] = with_techniques(spinning=True)
        nlps["default_before"].get_pipe("newsprobe_techniques").overlap = False
    jobs: dict[str, Callable[[], None]] = {"bare": run_bare}
    for name, nlp in nlps.items():
        if name != "bare":
            jobs[name] = functools.partial(run, nlp)
    timed: dict[str, list[float]] = {k: [] for k in jobs}
    cpu: dict[str, list[float]] = {k: [] for k in jobs}
    for nlp in nlps.values():  # warm-up: models loaded
        nlp(texts[0])
    for _ in range(rounds):
        for name, job in jobs.items():
            t0, c0 = time.perf_counter(), time.process_time()
            job()
            timed[name].append(time.perf_counter() - t0)
            cpu[name].append(time.process_time() - c0)
    med = {k: statistics.median(v) for k, v in timed.items()}
    print(json.dumps({
        "source": source, "rounds": rounds, "model": str(model_dir or "shipped"),
        "ratio_default_to_bare": round(med["default"] / med["bare"], 2),
        "ratio_without_techniques_to_bare": round(med["without_techniques"] / med["bare"], 2),
        **{f"ratio_{k}_to_bare": round(med[k] / med["bare"], 2) for k in nlps if k.startswith("default_")},
        "articles_per_s": {k: round(len(texts) / v, 2) for k, v in med.items()},
        "cpu_s_per_article": {k: round(statistics.median(v) / len(texts), 3) for k, v in cpu.items()},
        "per_round_ratio_default": [round(d / b, 2) for d, b in zip(timed["default"], timed["bare"], strict=True)],
    }, indent=2))


def memory(texts: list[str], source: str, n: int, model_dir: Path | None = None) -> None:
    """Resident memory of the default ``analyze`` streaming ``n`` articles (the texts cycled)."""
    import itertools

    from newsprobe import pipeline
    from newsprobe.model import Article, article_id

    nlp = pipeline.load()
    if model_dir is not None:
        nlp.get_pipe("newsprobe_techniques").model = TechniqueModel(model_dir)  # type: ignore[attr-defined]
    nlp(texts[0])
    marks = sorted({m for m in (1, 10, 25, 50, n) if m <= n})
    rss = {"loaded": rss_mib()}
    cycled = itertools.islice(itertools.cycle(texts), n)
    stream = (Article(id=article_id(f"{i}:{t}"), text=t) for i, t in enumerate(cycled))
    for i, _ in enumerate(pipeline.analyze_many(stream, nlp=nlp), start=1):
        if i in marks:
            rss[f"after_{i}"] = rss_mib()
    print(json.dumps({"source": source, "articles": n, "model": str(model_dir or "shipped"), "rss_mib": rss,
                      "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}, indent=2))


def rss_mib() -> int:
    """Current resident set size of this process, MiB (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20)


if __name__ == "__main__":
    main()
