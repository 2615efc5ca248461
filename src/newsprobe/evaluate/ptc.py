"""Scoring the technique model on PTC: held-out folds, and SemEval-2020 Task 11 output rows.

The corpus reader, folds and the task's scorers are in :mod:`newsprobe.ptc`. Nothing here trains: a
fold is scored with a model that never saw it (the shipped one for fold 0 of 5, or one trained with
``newsprobe train techniques --fold K``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from newsprobe.errors import Code, DatasetError
from newsprobe.ptc import PtcArticle, TcRow, load_ptc, per_technique_f1, score_si, score_tc, split

Span = tuple[int, int]


def evaluate_model(model: object, articles: Sequence[PtcArticle],
                   parties: Sequence[Sequence[Span]] | None = None) -> dict[str, object]:
    """Score a :class:`newsprobe.components.techniques.TechniqueModel` on gold articles.

    The model reads each article with its party names masked (``parties`` per article, found with
    spaCy NER when not given); its spans are scored in the original coordinates.
    """
    from newsprobe.components.techniques import TechniqueModel, ner_spans

    assert isinstance(model, TechniqueModel)
    found = ner_spans([a.text for a in articles])
    if parties is None:
        parties = [p for p, _ in found]
    gold_si = {a.id: a.si for a in articles}
    pred_si: dict[str, list[Span]] = {}
    gold_tc: list[TcRow] = []
    pred_tc: list[TcRow] = []
    for art, names, (_, titles) in zip(articles, parties, found, strict=True):
        prepared = model.prepare(art.text, names)
        pred_si[art.id] = model.find_spans(art.text, prepared=prepared, names=titles)
        spans = [(s, e) for _, s, e in art.tc]
        labels = model.label_spans(art.text, spans, prepared=prepared)
        gold_tc.extend((art.id, t, s, e) for t, s, e in art.tc)
        pred_tc.extend((art.id, t, s, e) for t, (s, e) in zip(labels, spans, strict=True))
    si = score_si(gold_si, pred_si)
    tc = score_tc(gold_tc, pred_tc)
    return {
        "articles": len(articles),
        "si": si.as_dict(),
        "tc": tc.as_dict(),
        "tc_per_technique": per_technique_f1(gold_tc, pred_tc),
    }


# --------------------------------------------------------------------------- task I/O


def predict_si_rows(model: object, articles: dict[str, str]) -> list[str]:
    """``article_id<TAB>start<TAB>end`` for each predicted span, articles in id order (names masked)."""
    from newsprobe.components.techniques import TechniqueModel, ner_spans

    assert isinstance(model, TechniqueModel)
    ids = sorted(articles)
    found = ner_spans([articles[aid] for aid in ids])
    lines = []
    for aid, (names, titles) in zip(ids, found, strict=True):
        for start, end in model.find_spans(articles[aid], names, names=titles):
            lines.append(f"{aid}\t{start}\t{end}")
    return lines


def predict_tc_rows(model: object, articles: dict[str, str], template: Sequence[tuple[str, int, int]]) -> list[str]:
    """The template's rows with a technique in column 2, in the template's order and offsets.

    The model reads each article with its party names masked; the given spans are mapped into the
    masked text to be labelled, while the rows written keep the template's original offsets.
    """
    from newsprobe.components.techniques import TechniqueModel, ner_party_spans

    assert isinstance(model, TechniqueModel)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, (aid, _, _) in enumerate(template):
        by_article[aid].append(i)
    labels: list[str] = [""] * len(template)
    for aid, rows in by_article.items():
        if aid not in articles:
            raise DatasetError(Code.MISSING_PATH, f"template names article {aid}, not in the articles folder")
        text = articles[aid]
        spans = [(template[i][1], template[i][2]) for i in rows]
        for s, e in spans:
            if not 0 <= s < e <= len(text):
                raise DatasetError(Code.BAD_RECORD, f"span {s}-{e} is outside article {aid}")
        names = ner_party_spans([text])[0]
        for i, label in zip(rows, model.label_spans(text, spans, names), strict=True):
            labels[i] = label
    return [f"{aid}\t{label}\t{s}\t{e}" for (aid, s, e), label in zip(template, labels, strict=True)]


# --------------------------------------------------------------------------- cross-validation


def held_out_fold(model_dir: Path, folds: int, fold: int, n_train: int) -> bool:
    """Whether the model in ``model_dir`` was trained on exactly the other folds (its config says so)."""
    import json

    try:
        cfg = json.loads((model_dir / "config.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False
    trained = cfg.get("trained_on", {})
    return bool(trained.get("folds") == folds and trained.get("held_out_fold") == fold
                and trained.get("train_articles") == n_train)


def evaluate_ptc(ptc_dir: Path, *, folds: int = 5, fold: int | None = None, model_dir: Path | None = None,
                 models: dict[int, Path] | None = None) -> dict[str, object]:
    """Cross-validate by article on the PTC train split.

    Each fold asked for is scored with a model that never saw its articles: ``models[fold]`` when
    given, else ``model_dir`` (default: the shipped model) when its config says it held out exactly
    this fold; otherwise a coded error says how to train one.
    """
    from newsprobe.components.techniques import MODEL_DIR, TechniqueModel
    from newsprobe.errors import ModelError

    model_dir = Path(model_dir or MODEL_DIR)
    articles = load_ptc(ptc_dir)
    wanted = [fold] if fold is not None else list(range(folds))
    results: list[dict[str, object]] = []
    for f in wanted:
        train_arts, test = split(articles, folds, f)
        chosen = (models or {}).get(f)
        if chosen is None:
            if not held_out_fold(model_dir, folds, f, len(train_arts)):
                raise ModelError(
                    Code.MODEL_MISMATCH,
                    f"the model in {model_dir} did not hold out fold {f} of {folds}: train one with "
                    f"`newsprobe train techniques --fold {f} --out DIR` and pass --model DIR",
                )
            chosen = model_dir
        res = evaluate_model(TechniqueModel(chosen), test)
        res["model"] = str(chosen)
        res["fold"] = f
        results.append(res)
    mean: dict[str, float] = {}
    for task in ("si", "tc"):
        f1s = [float(r[task]["f1"]) for r in results]  # type: ignore[index]
        mean[task] = round(sum(f1s) / len(f1s), 4)
    return {"dataset": "PTC v2 train split", "folds": folds, "mean_f1": mean, "per_fold": results}
