"""Fit the quote confidence model: a logistic regression over :data:`quotes.FEATURES`.

A quote's label is 1 when its content overlaps a PolNeAR gold attribution's content with ratio
>= 0.3 (the evaluation's loosest match), else 0. The model is fitted on the PolNeAR **train** split;
calibration is checked by 5-fold cross-validation by article on train (reported), and on the dev
split with the final model. Numpy only, deterministic, about three minutes (the parse dominates)::

    python -m newsprobe.train.quote_confidence --polnear ../shared/datasets/polnear \\
        --out src/newsprobe/components/data/quote_confidence.json
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from newsprobe.evaluate.polnear import PolnearArticle, _chars, load_articles

L2 = 1.0
BINS = 10


def labelled(article: PolnearArticle, doc: Doc) -> tuple[list[list[float]], list[int]]:
    """Features and labels of every quote newsprobe finds in one parsed PolNeAR article."""
    from newsprobe.components.quotes import quote_features

    gold = [_chars(article.text, g.content) for g in article.attributions]
    xs, ys = [], []
    for quote, x in quote_features(doc):
        pc = _chars(article.text, [(quote.content.start, quote.content.end)])
        hit = any(pc and gc and len(pc & gc) / max(len(pc), len(gc)) >= 0.3 for gc in gold)
        xs.append(x)
        ys.append(int(hit))
    return xs, ys


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (the bias is not penalised)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def predict(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -30, 30))))


def calibration(p: np.ndarray, y: np.ndarray, bins: int = BINS) -> dict[str, Any]:
    """Expected calibration error (equal-width bins), Brier score, and the reliability table."""
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    table, ece = [], 0.0
    for k in range(bins):
        m = idx == k
        if not m.any():
            continue
        conf, acc = float(p[m].mean()), float(y[m].mean())
        ece += m.mean() * abs(conf - acc)
        table.append({"bin": f"{edges[k]:.1f}-{edges[k + 1]:.1f}", "n": int(m.sum()), "mean_p": round(conf, 3),
                      "observed": round(acc, 3)})
    return {"ece": round(float(ece), 4), "brier": round(float(np.mean((p - y) ** 2)), 4), "table": table}


def cross_validate(
    xs: Sequence[np.ndarray], ys: Sequence[np.ndarray], folds: int = 5, l2: float = L2
) -> dict[str, Any]:
    """Out-of-fold probabilities, articles dealt to folds in order (article k goes to fold k % folds)."""
    probs, labels = [], []
    for k in range(folds):
        train = [i for i in range(len(xs)) if i % folds != k and len(xs[i])]
        test = [i for i in range(len(xs)) if i % folds == k and len(xs[i])]
        w, b = fit(np.vstack([xs[i] for i in train]), np.concatenate([ys[i] for i in train]), l2)
        for i in test:
            probs.append(predict(xs[i], w, b))
            labels.append(ys[i])
    return calibration(np.concatenate(probs), np.concatenate(labels).astype(float))


def collect(articles: Sequence[PolnearArticle], docs: Iterable[Doc]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    from newsprobe.components.quotes import FEATURES

    xs, ys = [], []
    for article, doc in zip(articles, docs, strict=True):
        x, y = labelled(article, doc)
        xs.append(np.array(x, dtype=float).reshape(-1, len(FEATURES)))
        ys.append(np.array(y, dtype=float))
    return xs, ys


def train(root: str | Path, out: str | Path | None = None, limit: int | None = None) -> dict[str, Any]:
    """Fit on PolNeAR train, report 5-fold CV calibration on train and calibration on dev; write the model."""
    from newsprobe import pipeline
    from newsprobe.components.quotes import FEATURES

    nlp = pipeline.load(components=["newsprobe_entities"])
    report: dict[str, Any] = {"features": list(FEATURES)}
    tr = load_articles(root, "train", limit)
    xs, ys = collect(tr, nlp.pipe((a.text for a in tr), batch_size=8))
    report["cv_train"] = cross_validate(xs, ys)
    w, b = fit(np.vstack(xs), np.concatenate(ys))
    dev = load_articles(root, "dev")
    dxs, dys = collect(dev, nlp.pipe((a.text for a in dev), batch_size=8))
    report["dev"] = calibration(predict(np.vstack(dxs), w, b), np.concatenate(dys))
    report["train_quotes"] = int(sum(len(y) for y in ys))
    model = {
        "features": list(FEATURES),
        "weights": [round(float(v), 5) for v in w],
        "bias": round(b, 5),
        "trained_on": f"PolNeAR train ({len(tr)} articles, {report['train_quotes']} quotes), label: content "
        "overlap >= 0.3 with a gold attribution",
        "cv_train": {k: report["cv_train"][k] for k in ("ece", "brier")},
        "dev": {k: report["dev"][k] for k in ("ece", "brier")},
    }
    if out is not None:
        Path(out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    return report


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", required=True)
    ap.add_argument("--out")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args(argv)
    report = train(args.polnear, args.out, args.limit)
    print(json.dumps({k: v for k, v in report.items() if k != "features"}, indent=1))


if __name__ == "__main__":
    main()
