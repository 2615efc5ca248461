"""Every event the coder finds in real articles, one line each, for a before/after diff of a change.

A precision check for the event rules: write the events of the first N PTC training articles (real
news, read from ../shared/datasets at run time, never copied) with the code before a change, then again
after it with ``--against`` the first file: the lines it adds and removes are printed, so that each
added event can be read (it must be right) and each removed one checked (it must have been wrong).

    python bench/events_diff.py before.tsv --articles 260
    python bench/events_diff.py after.tsv --articles 260 --against before.tsv

``--pages all`` reads the 755 pages the word-sense rounds were judged on (all 371 PTC training articles,
the 300 BASIL articles and the 84 PolNeAR dev articles); ``--sample 60 --seed 1899`` then prints that many
events drawn at random, to be judged by hand before any rule is written from them.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from newsprobe import pipeline

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT.parent / "shared" / "datasets"
PTC = DATASETS / "ptc" / "train-articles"
BASIL = DATASETS / "basil" / "articles"
POLNEAR_DEV = DATASETS / "polnear" / "data" / "dev" / "text"
COMPONENTS = ["newsprobe_entities", "newsprobe_quotes", "newsprobe_dates", "newsprobe_events"]
#: the most characters read of one article (PTC articles are short; this bounds a stray long one)
MAX_CHARS = 20_000


def pages(which: str, articles: int) -> list[tuple[str, str, str]]:
    """(name, text, publication date) of the pages to code: the first ``articles`` PTC training articles,
    or with ``which == "all"`` every PTC training article, BASIL article and PolNeAR dev article."""
    ptc = sorted(PTC.glob("*.txt"))
    found = [(p.stem, p.read_text(encoding="utf-8"), "2018-06-01") for p in (ptc if which == "all" else ptc[:articles])]
    if which == "all":
        for p in sorted(BASIL.rglob("*.json")):
            record = json.loads(p.read_text(encoding="utf-8"))
            paragraphs = [" ".join(x) if isinstance(x, list) else x for x in record["body-paragraphs"]]
            found.append(("basil_" + p.stem, "\n\n".join(paragraphs), record.get("date") or "2016-01-01"))
        for p in sorted(POLNEAR_DEV.glob("*.txt")):
            found.append(("pn_" + p.stem[:40], p.read_text(encoding="utf-8"), "2016-10-01"))
    return found


def event_lines(docs: list[tuple[str, str, str]]) -> list[str]:
    """One tab-separated line per event: article, type/mode, trigger, source -> target, voice, sentence."""
    nlp = pipeline.load(COMPONENTS)
    lines = []
    for name, full_text, published in docs:
        text = full_text[:MAX_CHARS]
        doc = nlp(pipeline._doc_for(nlp, pipeline.make_article(text, published=published)))
        for e in doc._.events or []:
            source = e.source.name if e.source else None
            target = e.target.name if e.target else None
            sentence = text[e.sentence.start : e.sentence.end].replace("\n", " ")[:160] if e.sentence else ""
            trigger = text[e.start : e.end]
            lines.append(f"{name}\t{e.type}/{e.mode}\t{trigger!r}\t{source} -> {target}\t[{e.voice}]\t{sentence}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write this run's events (TSV)")
    parser.add_argument("--articles", type=int, default=260, help="how many PTC articles, in name order")
    parser.add_argument("--against", type=Path, help="an earlier run's file: print what changed")
    parser.add_argument(
        "--pages", choices=("ptc", "all"), default="ptc", help="PTC only, or PTC, BASIL and PolNeAR dev"
    )
    parser.add_argument("--sample", type=int, default=0, help="print this many events drawn at random")
    parser.add_argument("--seed", type=int, default=0, help="the seed of --sample")
    args = parser.parse_args()
    for needed in [PTC] + ([BASIL, POLNEAR_DEV] if args.pages == "all" else []):
        if not needed.is_dir():
            print(f"error: articles not found: {needed}", file=sys.stderr)
            return 2
    if args.against is not None and not args.against.is_file():
        print(f"error: no such file: {args.against}", file=sys.stderr)
        return 2
    lines = event_lines(pages(args.pages, args.articles))
    args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} events -> {args.out}")
    if args.sample:
        for number, line in enumerate(random.Random(args.seed).sample(lines, min(args.sample, len(lines)))):
            print(number, line)
    if args.against is not None:
        old = args.against.read_text(encoding="utf-8").splitlines()
        removed = sorted(set(old) - set(lines))
        added = sorted(set(lines) - set(old))
        for line in removed:
            print("-", line)
        for line in added:
            print("+", line)
        print(f"{len(removed)} removed, {len(added)} added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
