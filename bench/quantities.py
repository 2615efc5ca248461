"""How many figures ``newsprobe_quantities`` finds on PolNeAR dev, how many lack ``counted``.

PolNeAR has no gold figures: this counts output and prints a random sample to read by eye.
Texts are read at run time from ../shared/datasets (never copied).

    python bench/quantities.py [--sample 40] [--seed 9] [--jsonl FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "datasets" / "polnear" / "data" / "dev" / "text"
COMPONENTS = ["newsprobe_entities", "newsprobe_quotes", "newsprobe_dates", "newsprobe_quantities"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--jsonl", type=Path)
    args = parser.parse_args()

    from newsprobe import pipeline

    nlp = pipeline.load(components=COMPONENTS)
    files = sorted(POLNEAR.glob("*.txt"))
    rows: list[dict[str, object]] = []
    seconds = 0.0
    for path in files:
        text = path.read_text(encoding="utf-8")
        doc = nlp(pipeline._doc_for(nlp, pipeline.make_article(text)))
        quantities_pipe = nlp.get_pipe("newsprobe_quantities")
        t0 = time.perf_counter()
        found = quantities_pipe.finder(doc)
        seconds += time.perf_counter() - t0
        for q in found:
            lo, hi = max(0, q.start - 70), min(len(text), q.end + 50)
            context = (text[lo : q.start] + "[[" + q.text + "]]" + text[q.end : hi]).replace("\n", " ")
            rows.append({"file": path.name, "context": context, **q.model_dump(mode="json")})
    units = Counter(str(r["unit"]) for r in rows)
    no_counted = sum(1 for r in rows if r["counted"] is None)
    money_pct = [r for r in rows if r["unit"] is not None and (r["unit"] == "percent" or len(str(r["unit"])) == 3)]
    money_pct_missing = sum(1 for r in money_pct if r["counted"] is None)
    sourced = sum(1 for r in rows if r["claim_source"] is not None)
    print(f"{len(files)} articles, {len(rows)} quantities, {seconds:.2f}s in the quantities component")
    print(f"counted missing: {no_counted} ({no_counted / max(1, len(rows)):.0%})")
    print(f"money/percent: {len(money_pct)}, counted missing {money_pct_missing}")
    print(f"with claim_source: {sourced}")
    print("units:", dict(units.most_common()))
    if args.jsonl:
        args.jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for r in random.Random(args.seed).sample(rows, min(args.sample, len(rows))):
        counted = r["counted"]["text"] if isinstance(r["counted"], dict) else None
        src = r["claim_source"]["name"] if isinstance(r["claim_source"], dict) else None
        print(
            f"- {r['context']}\n    value={r['value']} low={r['low']} high={r['high']} cmp={r['comparator']}"
            f" unit={r['unit']} counted={counted!r} source={src!r}"
        )


if __name__ == "__main__":
    main()
