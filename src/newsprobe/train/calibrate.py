"""Which technique spans are ``confident``, and calibrated TC probabilities, chosen by cross-validation.

Both are fitted on articles the model never trained on (its held-out fold, ``trained_on.held_out_fold``
in ``config.json``), with no retraining:

* **Confident spans.** Each span's SI score is the mean SI probability of its word pieces. The
  threshold is the lowest one (grid 0.20 … 0.95) whose spans reach SI precision >= ``target``
  (the task's partial-credit precision, at least 10 spans). Its precision is estimated by 5-fold
  cross-validation over the articles (threshold chosen on four parts, precision measured on the
  fifth: mean ± sd); the shipped threshold is then chosen on all of them.
* **TC temperature.** The TC probabilities of the gold spans' labels are rescaled by one
  temperature ``T`` (``softmax(log p / T)``) minimising the negative log-likelihood; the
  expected calibration error (10 bins) before and after is measured by the same 5-fold CV.

Neither changes which spans are found nor which label wins, so the held-out SI and TC F1 are the same
with or without them. Needs no torch (numpy only).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsprobe.components.techniques import (
    ModelConfig,
    TechniqueModel,
    calibrate,
    ner_spans,
    span_si_scores,
)
from newsprobe.errors import Code, NewsprobeError
from newsprobe.ptc import TECHNIQUES, PtcArticle, load_ptc, merge_spans, split

log = logging.getLogger("newsprobe.train.calibrate")
GRID = tuple(round(0.20 + 0.01 * i, 2) for i in range(76))
TEMPERATURES = tuple(round(0.5 + 0.05 * i, 2) for i in range(51))
CV_FOLDS = 5


@dataclass
class Observed:
    """What the model gives on held-out articles: per span (article, SI score, precision credit), TC rows."""

    span_article: np.ndarray[Any, Any]
    span_score: np.ndarray[Any, Any]
    span_credit: np.ndarray[Any, Any]
    tc_article: np.ndarray[Any, Any]
    tc_probs: np.ndarray[Any, Any]
    tc_gold: np.ndarray[Any, Any]


def observe(model: TechniqueModel, articles: Sequence[PtcArticle]) -> Observed:
    """Run the model on the articles: scored spans with their precision credit, and TC probabilities."""
    found = ner_spans([a.text for a in articles])
    index = {t: i for i, t in enumerate(model.labels)}
    sa: list[int] = []
    ss: list[float] = []
    sc: list[float] = []
    ta: list[int] = []
    tp: list[np.ndarray[Any, Any]] = []
    tg: list[int] = []
    for k, (art, (parties, titles)) in enumerate(zip(articles, found, strict=True)):
        masked, enc = model.prepare(art.text, parties)
        spans = model.spans(masked.text, enc, model.masked_names(masked, titles))
        gold = merge_spans(art.si)
        for (m_s, m_e), score in zip(spans, span_si_scores(enc, spans), strict=True):
            s, e = masked.to_original(m_s, m_e)
            overlap = sum(max(0, min(e, ge) - max(s, gs)) for gs, ge in gold)
            sa.append(k)
            ss.append(float(score))
            sc.append(overlap / max(e - s, 1))
        rows = [(t, *masked.to_masked(s, e)) for t, s, e in art.tc if t in index]
        if rows:
            raw = model.probabilities(masked.text, [(s, e) for _, s, e in rows], enc)
            tp.append(calibrate(raw, 1.0 / model.config.tc_temperature))  # undo any shipped temperature
            ta.extend([k] * len(rows))
            tg.extend(index[t] for t, _, _ in rows)
    return Observed(np.array(sa), np.array(ss), np.array(sc), np.array(ta),
                    np.concatenate(tp) if tp else np.zeros((0, len(TECHNIQUES))), np.array(tg))


def pick_threshold(score: np.ndarray[Any, Any], credit: np.ndarray[Any, Any], target: float) -> float:
    """The lowest threshold whose spans (at least 10) reach precision ``target``; 1.0 when none does."""
    for t in GRID:
        sel = score >= t
        if sel.sum() >= 10 and credit[sel].mean() >= target:
            return t
    return 1.0


def _nll(probs: np.ndarray[Any, Any], gold: np.ndarray[Any, Any], temperature: float) -> float:
    p = calibrate(probs, temperature)
    return float(-np.log(np.clip(p[np.arange(len(gold)), gold], 1e-12, 1.0)).mean())


def fit_temperature(probs: np.ndarray[Any, Any], gold: np.ndarray[Any, Any]) -> float:
    """The temperature (grid 0.5 … 3.0) with the lowest negative log-likelihood."""
    return min(TEMPERATURES, key=lambda t: _nll(probs, gold, t))


def ece(probs: np.ndarray[Any, Any], gold: np.ndarray[Any, Any], bins: int = 10) -> float:
    """Expected calibration error of the top label, ``bins`` equal-width bins."""
    top = probs.max(axis=1)
    right = probs.argmax(axis=1) == gold
    edges = np.minimum((top * bins).astype(int), bins - 1)
    return float(sum(abs(top[edges == b].mean() - right[edges == b].mean()) * (edges == b).sum()
                     for b in range(bins) if (edges == b).any()) / max(len(gold), 1))


def _mean_sd(values: Sequence[float]) -> dict[str, float]:
    arr = np.array(values, dtype=float)
    return {"mean": round(float(np.nanmean(arr)), 4), "sd": round(float(np.nanstd(arr)), 4)}


def fit(obs: Observed, n_articles: int, target: float = 0.60) -> tuple[float, float, dict[str, Any]]:
    """(confident threshold, temperature, their cross-validated figures)."""
    prec: list[float] = []
    share: list[float] = []
    picked: list[float] = []
    ece_raw: list[float] = []
    ece_cal: list[float] = []
    temps: list[float] = []
    for k in range(CV_FOLDS):
        test = obs.span_article % CV_FOLDS == k
        t = pick_threshold(obs.span_score[~test], obs.span_credit[~test], target)
        sel = test & (obs.span_score >= t)
        picked.append(t)
        prec.append(float(obs.span_credit[sel].mean()) if sel.any() else float("nan"))
        share.append(float(sel.sum() / max(test.sum(), 1)))
        tc_test = obs.tc_article % CV_FOLDS == k
        temp = fit_temperature(obs.tc_probs[~tc_test], obs.tc_gold[~tc_test])
        temps.append(temp)
        ece_raw.append(ece(obs.tc_probs[tc_test], obs.tc_gold[tc_test]))
        ece_cal.append(ece(calibrate(obs.tc_probs[tc_test], temp), obs.tc_gold[tc_test]))
    threshold = pick_threshold(obs.span_score, obs.span_credit, target)
    temperature = fit_temperature(obs.tc_probs, obs.tc_gold)
    report = {
        "confident_cv": {
            "target_precision": target, "articles": n_articles, "spans": int(len(obs.span_score)),
            "cv_folds": CV_FOLDS, "cv_thresholds": picked,
            "cv_precision": _mean_sd(prec), "cv_share_of_spans": _mean_sd(share),
            "precision_all_spans": round(float(obs.span_credit.mean()), 4) if len(obs.span_credit) else 0.0,
        },
        "tc_calibration_cv": {
            "rows": int(len(obs.tc_gold)), "cv_temperatures": temps,
            "cv_ece_before": _mean_sd(ece_raw), "cv_ece_after": _mean_sd(ece_cal),
        },
    }
    return threshold, temperature, report


def calibrate_model(ptc_dir: Path, model_dir: Path, target: float = 0.60) -> dict[str, Any]:
    """Fit both on the model's held-out fold and write them into its ``config.json``."""
    config = ModelConfig.read(model_dir / "config.json")
    trained = config.info.get("trained_on", {})
    if "held_out_fold" in trained and trained["held_out_fold"] is None:
        raise NewsprobeError(Code.TRAINING, f"{model_dir} was trained on every article: no held-out fold to "
                             "calibrate on (calibrate a model trained with a fold held out, then carry it over)")
    _, held_out = split(load_ptc(ptc_dir), int(trained.get("folds", 5)), int(trained.get("held_out_fold", 0)))
    obs = observe(TechniqueModel(model_dir), held_out)
    threshold, temperature, report = fit(obs, len(held_out), target)
    config.confident_threshold = threshold
    config.tc_temperature = temperature
    config.info.update(report)
    config.write(model_dir / "config.json")
    log.info("confident threshold %.2f, TC temperature %.2f: %s", threshold, temperature, report)
    return {"confident_threshold": threshold, "tc_temperature": temperature, **report}
