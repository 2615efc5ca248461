"""Score story clustering on BASIL same-event triplets mixed with single articles.

Gold: the 70 BASIL triplets (Fox News, New York Times, HuffPost on one event, 2010-2016) are
stories of three; every PolNeAR (2016 US election news, train + dev) and PTC (train) article is a
story of its own (an approximation: a few of them may share an event, which then counts against
precision). Only title, body, date and outlet are read: BASIL's keywords, main entities and main
event are never used.

Split: newsprobe's parameters are chosen (grid search, B-cubed F1) on the *tuning* part (BASIL
2010-2012 plus the singletons whose id hash is even) and reported on the *test* part (BASIL
2013-2016 plus the other singletons), and on everything (which includes the tuning part).

Baseline: plain TF-IDF (raw counts, no entities, no dates) with average-link clustering at its
best threshold found on the very set it is scored on (oracle-tuned, an upper bound for it).

Tuning searches the grid with the exact dense average link (fast for a few thousand articles);
the chosen and the shipped parameters are then scored with the shipped clustering: the sparse
neighbour graph in batch (``newsprobe stories --rebuild``) and incrementally as at ingest
(articles arriving by date in batches of 64).

Features are the cheap path of :mod:`newsprobe.stories`: content-word TF-IDF plus surface entity
keys (capitalised sequences); no spaCy model runs unless ``ner=True``.
"""

from __future__ import annotations

import csv
import json
import time
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from newsprobe.errors import Code, DatasetError
from newsprobe.evaluate.metrics import f1 as f1_score
from newsprobe.model import Analysis, Article, Entity, article_id
from newsprobe.stories import StoryParams, cluster_analyses, cluster_labels, similarities

TUNE_YEARS = (2010, 2011, 2012)
THRESHOLDS = tuple(round(0.05 + 0.025 * i, 3) for i in range(23))
ENTITY_WEIGHTS = (0.0, 0.25, 0.5, 0.75)
WINDOWS: tuple[int | None, ...] = (None, 2, 3, 5)
TITLE_BOOSTS = (1, 2, 3)
#: articles per ingest batch in the incremental run
INGEST_BATCH = 64


@dataclass(frozen=True)
class Item:
    analysis: Analysis
    gold: str
    year: int | None
    basil: bool


# --- reading ----------------------------------------------------------------------------------


def _article(
    text: str, *, title: str | None, outlet: str | None, published: str | None, source: str
) -> Article:
    return Article(
        id=article_id(text), text=text, title=title, outlet=outlet, published=published, source=source
    )


def read_basil(root: Path) -> list[Item]:
    """BASIL articles; gold story = ``triplet-uuid``."""
    files = sorted((root / "articles").glob("*/*.json"))
    if not files:
        raise DatasetError(Code.DATASET, f"no BASIL articles under {root}/articles/<year>/*.json")
    items = []
    for path in files:
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [" ".join(p) for p in record.get("body-paragraphs", []) if p]
        text = "\n\n".join(paragraphs)
        if not text.strip():
            continue
        article = _article(
            text,
            title=record.get("title"),
            outlet=str(record.get("source", "")).lower() or None,
            published=record.get("date"),
            source=f"basil:{path.parent.name}/{path.name}",
        )
        items.append(Item(Analysis(article=article), record["triplet-uuid"], int(path.parent.name), True))
    return items


def _split_title(text: str) -> tuple[str | None, str]:
    head, _, rest = text.strip().partition("\n")
    if rest.strip() and len(head) < 300:
        return head.strip(), rest.strip()
    return None, text.strip()


def read_polnear(root: Path) -> list[Item]:
    """PolNeAR train + dev articles, each its own story; date and publisher from metadata."""
    meta: dict[str, dict[str, str]] = {}
    meta_path = root / "data" / "metadata.tsv"
    if meta_path.exists():
        with meta_path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                meta[row["filename"]] = row
    items = []
    for path in sorted((root / "data").glob("*/text/*.txt")):
        title, text = _split_title(path.read_text(encoding="utf-8"))
        row = meta.get(path.stem, {})
        parts = path.stem.split("_")
        published = row.get("publication_date") or (parts[1] if len(parts) > 1 else None)
        article = _article(
            text, title=title, outlet=row.get("publisher") or parts[0], published=published,
            source=f"polnear:{path.name}",
        )
        items.append(Item(Analysis(article=article), "polnear:" + path.stem, None, False))
    return items


def read_ptc(root: Path) -> list[Item]:
    """PTC train articles (no dates, no outlet), each its own story."""
    items = []
    for path in sorted((root / "train-articles").glob("*.txt")):
        title, text = _split_title(path.read_text(encoding="utf-8"))
        if not text:
            continue
        article = _article(text, title=title, outlet=None, published=None, source=f"ptc:{path.name}")
        items.append(Item(Analysis(article=article), "ptc:" + path.stem, None, False))
    return items


def load_items(basil_root: Path, singleton_roots: Iterable[Path] | None = None) -> list[Item]:
    """BASIL plus the singleton corpora found beside it (PolNeAR, PTC); duplicates by id dropped."""
    basil_root = Path(basil_root)
    if not basil_root.is_dir():
        raise DatasetError(Code.DATASET, f"BASIL folder not found: {basil_root}")
    items = read_basil(basil_root)
    roots = (
        list(singleton_roots)
        if singleton_roots is not None
        else [basil_root.parent / "polnear", basil_root.parent / "ptc"]
    )
    for root in roots:
        root = Path(root)
        if (root / "train-articles").is_dir():
            items.extend(read_ptc(root))
        elif (root / "data").is_dir():
            items.extend(read_polnear(root))
        else:
            raise DatasetError(Code.DATASET, f"not a PolNeAR or PTC folder: {root}")
    seen: set[str] = set()
    unique = []
    for item in items:
        if item.analysis.article.id not in seen:
            seen.add(item.analysis.article.id)
            unique.append(item)
    return unique


def with_spacy_entities(items: Sequence[Item]) -> list[Item]:
    """Fill ``Analysis.entities`` from the base model's NER (doc.ents, names not merged)."""
    from newsprobe.pipeline import load

    nlp = load(components=[])
    keep = {"tok2vec", "ner"}
    disabled = [name for name in nlp.pipe_names if name not in keep]
    out = []
    texts = (i.analysis.article.text for i in items)
    with nlp.select_pipes(disable=disabled):
        for item, doc in zip(items, nlp.pipe(texts, batch_size=32), strict=True):
            ents = [
                Entity(id=f"E{k}", name=e.text, label=e.label_)
                for k, e in enumerate(doc.ents)
                if e.label_ in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}
            ]
            out.append(replace(item, analysis=item.analysis.model_copy(update={"entities": ents})))
    return out


# --- scoring ----------------------------------------------------------------------------------


def bcubed(
    pred: Sequence[Hashable], gold: Sequence[Hashable], mask: Sequence[bool] | None = None
) -> dict[str, float]:
    """B-cubed precision, recall and F1 averaged over items (over ``mask`` items when given)."""
    both = Counter(zip(pred, gold, strict=True))
    pred_n = Counter(pred)
    gold_n = Counter(gold)
    p_sum = r_sum = 0.0
    count = 0
    for i, (p, g) in enumerate(zip(pred, gold, strict=True)):
        if mask is not None and not mask[i]:
            continue
        p_sum += both[(p, g)] / pred_n[p]
        r_sum += both[(p, g)] / gold_n[g]
        count += 1
    if count == 0:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    prec, rec = p_sum / count, r_sum / count
    f = f1_score(prec, rec)
    return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f, 4)}


def _scores(labels: Sequence[int], items: Sequence[Item]) -> dict[str, object]:
    gold = [i.gold for i in items]
    return {
        "bcubed": bcubed(labels, gold),
        "bcubed_basil_items": bcubed(labels, gold, [i.basil for i in items]),
        "predicted_multi_article_stories": sum(1 for c in _sizes(labels) if c > 1),
    }


def _sizes(labels: Sequence[int]) -> list[int]:
    counts: dict[int, int] = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    return list(counts.values())


def _f1(labels: Sequence[int], items: Sequence[Item]) -> float:
    """The objective: B-cubed F1 over the BASIL items (whose gold is reliable), distractors present."""
    return bcubed(labels, [i.gold for i in items], [i.basil for i in items])["f1"]


BASELINE = StoryParams(threshold=0.0, entity_weight=0.0, window_days=None, title_boost=1, sublinear_tf=False)


def baseline_oracle(items: Sequence[Item]) -> dict[str, object]:
    """Plain TF-IDF + average link at the threshold that is best on ``items`` themselves."""
    analyses = [i.analysis for i in items]
    sim = similarities(analyses, BASELINE).combined(BASELINE)
    best: tuple[float, float, list[int]] = (-1.0, 0.0, [])
    for t in THRESHOLDS:
        labels = cluster_labels(sim, t)
        f = _f1(labels, items)
        if f > best[0]:
            best = (f, t, labels)
    return {"threshold_oracle": best[1], **_scores(best[2], items)}


def _objective(labels: Sequence[int], items: Sequence[Item]) -> tuple[float, float]:
    """B-cubed F1 over BASIL items first; ties broken by B-cubed F1 over all items."""
    return _f1(labels, items), bcubed(labels, [i.gold for i in items])["f1"]


def tune(items: Sequence[Item]) -> tuple[StoryParams, tuple[float, float]]:
    """Grid search of newsprobe's parameters on ``items`` by :func:`_objective` (first best wins)."""
    analyses = [i.analysis for i in items]
    best_params, best = StoryParams(), (-1.0, -1.0)
    for boost in TITLE_BOOSTS:
        sims = similarities(analyses, StoryParams(title_boost=boost))
        for weight in ENTITY_WEIGHTS:
            for window in WINDOWS:
                params = StoryParams(entity_weight=weight, window_days=window, title_boost=boost)
                sim = sims.combined(params)
                for t in THRESHOLDS:
                    score = _objective(cluster_labels(sim, t), items)
                    if score > best:
                        best_params, best = replace(params, threshold=t), score
    return best_params, best


def run_method(items: Sequence[Item], params: StoryParams) -> dict[str, object]:
    """The shipped batch clustering (``newsprobe stories --rebuild``): sparse neighbour graph + average link."""
    return _scores(cluster_analyses([i.analysis for i in items], params), items)


def run_incremental(items: Sequence[Item], params: StoryParams, batch: int = INGEST_BATCH) -> dict[str, object]:
    """What ingest does: articles arrive by date (undated last) in batches into a store, and each batch
    joins the stored stories (:func:`newsprobe.story_store.update_stories`)."""
    from newsprobe.store import Store
    from newsprobe.story_store import FeatureCache, update_stories

    cache = FeatureCache()
    ordered = sorted(items, key=lambda i: (i.analysis.article.published or "9999", i.analysis.article.id))
    with Store(":memory:") as store:
        for start in range(0, len(ordered), batch):
            store.add_many([i.analysis for i in ordered[start : start + batch]])
            update_stories(store, params, cache=cache)
        story_of: dict[str, str] = dict(store.query_rows("SELECT article_id, story_id FROM story_articles")[1])
    labels = [story_of[i.analysis.article.id] for i in items]
    index: dict[str, int] = {}
    return _scores([index.setdefault(x, len(index)) for x in labels], items)


def _describe(items: Sequence[Item]) -> dict[str, int]:
    return {
        "articles": len(items),
        "basil_articles": sum(1 for i in items if i.basil),
        "singletons": sum(1 for i in items if not i.basil),
    }


def evaluate_stories(
    basil_root: str | Path,
    *,
    singleton_roots: Iterable[str | Path] | None = None,
    tune_years: Sequence[int] = TUNE_YEARS,
    ner: bool = False,
) -> dict[str, object]:
    """Tune newsprobe on ``tune_years``, score it and the oracle baseline on the rest and on all."""
    started = time.perf_counter()
    roots = [Path(r) for r in singleton_roots] if singleton_roots is not None else None
    items = load_items(Path(basil_root), roots)
    if ner:
        items = with_spacy_entities(items)

    def in_tune(item: Item) -> bool:
        if item.basil:
            return item.year in tune_years
        return int(item.analysis.article.id, 16) % 2 == 0

    tune_items = [i for i in items if in_tune(i)]
    test_items = [i for i in items if not in_tune(i)]
    if not tune_items or not test_items:
        raise DatasetError(Code.DATASET, "tuning or test part is empty: check --basil and the years")
    params, (tune_f1, tune_all_f1) = tune(tune_items)
    result: dict[str, object] = {
        "dataset": "BASIL triplets + PolNeAR/PTC singletons",
        "features": "content-word TF-IDF + " + ("spaCy NER entity keys" if ner else "surface entity keys"),
        "tune_split": {
            "basil_years": list(tune_years), "singletons": "even id hash", **_describe(tune_items)
        },
        "test_split": {"basil_years": "the others", "singletons": "odd id hash", **_describe(test_items)},
        "newsprobe": {
            "params": asdict(params),
            "tune_bcubed_basil_items_f1": tune_f1,
            "tune_bcubed_f1": tune_all_f1,
            "test": run_method(test_items, params),
            "all": run_method(items, params),
        },
        "newsprobe_shipped_defaults": {
            "params": asdict(StoryParams()),
            "test": run_method(test_items, StoryParams()),
            "all": run_method(items, StoryParams()),
            "incremental_all": run_incremental(items, StoryParams()),
        },
        "dense_reference_shipped_defaults": {
            "note": "exact average link on the dense n x n matrix (what the sparse graph approximates)",
            "all": _scores(
                cluster_labels(similarities([i.analysis for i in items], StoryParams()).combined(StoryParams()),
                               StoryParams().threshold),
                items,
            ),
        },
        "baseline_tfidf_average_link_oracle": {
            "note": "threshold chosen on the scored set itself (oracle)",
            "test": baseline_oracle(test_items),
            "all": baseline_oracle(items),
        },
        "all_singletons_reference": {
            "test": _scores(list(range(len(test_items))), test_items),
            "all": _scores(list(range(len(items))), items),
        },
    }
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result
