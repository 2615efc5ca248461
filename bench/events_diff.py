"""Every event the coder finds in real articles, one line each, for a before/after diff of a change.

A precision check for the event rules: write the events of the first N PTC training articles (real
news, read from ../shared/datasets at run time, never copied) with the code before a change, then again
after it with ``--against`` the first file: the lines it adds and removes are printed, so that each
added event can be read (it must be right) and each removed one checked (it must have been wrong).

    python bench/events_diff.py before.tsv --articles 260
    python bench/events_diff.py after.tsv --articles 260 --against before.tsv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsprobe import pipeline

ROOT = Path(__file__).resolve().parents[1]
PTC = ROOT.parent / "shared" / "datasets" / "ptc" / "train-articles"
COMPONENTS = ["newsprobe_entities", "newsprobe_quotes", "newsprobe_dates", "newsprobe_events"]
#: the most characters read of one article (PTC articles are short; this bounds a stray long one)
MAX_CHARS = 20_000


def event_lines(paths: list[Path]) -> list[str]:
    """One tab-separated line per event: article, type/mode, trigger, source -> target, voice, sentence."""
    nlp = pipeline.load(COMPONENTS)
    lines = []
    for path in paths:
        text = path.read_text(encoding="utf-8")[:MAX_CHARS]
        doc = nlp(pipeline._doc_for(nlp, pipeline.make_article(text, published="2018-06-01")))
        for e in doc._.events or []:
            source = e.source.name if e.source else None
            target = e.target.name if e.target else None
            sentence = text[e.sentence.start : e.sentence.end].replace("\n", " ")[:160] if e.sentence else ""
            trigger = text[e.start : e.end]
            lines.append(f"{path.stem}\t{e.type}/{e.mode}\t{trigger!r}\t{source} -> {target}\t[{e.voice}]\t{sentence}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write this run's events (TSV)")
    parser.add_argument("--articles", type=int, default=260, help="how many PTC articles, in name order")
    parser.add_argument("--against", type=Path, help="an earlier run's file: print what changed")
    args = parser.parse_args()
    if not PTC.is_dir():
        print(f"error: PTC articles not found: {PTC}", file=sys.stderr)
        return 2
    if args.against is not None and not args.against.is_file():
        print(f"error: no such file: {args.against}", file=sys.stderr)
        return 2
    lines = event_lines(sorted(PTC.glob("*.txt"))[: args.articles])
    args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} events -> {args.out}")
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
