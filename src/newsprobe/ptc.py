"""The Propaganda Techniques Corpus (SemEval-2020 Task 11): reader, folds and the task's scorers.

Shared by training (:mod:`newsprobe.train.techniques`) and evaluation (:mod:`newsprobe.evaluate.ptc`),
so neither imports the other.

* SI (span identification) is scored as the task's official scorer does: each predicted span earns
  partial credit ``|s ∩ t| / |s|`` towards precision and ``|s ∩ t| / |t|`` towards recall against
  every gold span ``t`` of the same article; precision is averaged over predicted spans, recall over
  gold spans, F1 is their harmonic mean. Overlapping spans on one side are merged first (the
  official scorer refuses overlapping submissions).
* TC (technique classification) is micro-F1 given the gold spans: a predicted
  ``(article, technique, start, end)`` is correct when an unused gold row matches it exactly (so
  the order of techniques on a repeated span does not matter).

Folds are by article, fixed by the article id (rank of the id in sorted order, modulo ``folds``), so
every run and every machine holds out the same articles.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsprobe.errors import Code, DatasetError

#: The 14 technique labels of the SemEval-2020 Task 11 TC task, as the corpus spells them.
TECHNIQUES: tuple[str, ...] = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)

Span = tuple[int, int]


@dataclass
class PtcArticle:
    """One article with its gold SI spans and TC rows ``(technique, start, end)``."""

    id: str
    text: str
    si: list[Span] = field(default_factory=list)
    tc: list[tuple[str, int, int]] = field(default_factory=list)


def _article_id(path: Path) -> str:
    name = path.stem
    return name[len("article"):] if name.startswith("article") else name


def read_articles(articles_dir: Path) -> dict[str, str]:
    """``{article_id: text}`` for each ``article<ID>.txt`` in a folder (UTF-8, newlines kept)."""
    if not articles_dir.is_dir():
        raise DatasetError(Code.MISSING_PATH, f"no such folder: {articles_dir}")
    out: dict[str, str] = {}
    for path in sorted(articles_dir.glob("article*.txt")):
        with path.open(encoding="utf-8", newline="") as fh:
            out[_article_id(path)] = fh.read()
    if not out:
        raise DatasetError(Code.EMPTY_DIRECTORY, f"no article*.txt files in {articles_dir}")
    return out


def _rows(path: Path, ncols: int) -> Iterable[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != ncols:
                raise DatasetError(Code.DATASET, f"{path.name}:{lineno}: expected {ncols} columns")
            yield cols


def load_ptc(root: Path) -> list[PtcArticle]:
    """The train split of PTC in ``root`` (``train-articles/`` plus the two ``*.labels`` files)."""
    root = Path(root)
    si_path = root / "train-task-si.labels"
    tc_path = root / "train-task-flc-tc.labels"
    for needed in (root / "train-articles", si_path, tc_path):
        if not needed.exists():
            raise DatasetError(Code.DATASET, f"not a PTC folder: {needed} is missing")
    texts = read_articles(root / "train-articles")
    arts = {aid: PtcArticle(aid, text) for aid, text in texts.items()}
    for aid, start, end in _rows(si_path, 3):
        if aid in arts:
            arts[aid].si.append((int(start), int(end)))
    for aid, tech, start, end in _rows(tc_path, 4):
        if aid in arts:
            arts[aid].tc.append((tech, int(start), int(end)))
    return [arts[k] for k in sorted(arts)]


def fold_of(article_ids: Sequence[str], folds: int) -> dict[str, int]:
    """Fold number of each article: rank of its id in sorted order, modulo ``folds``."""
    if folds < 2:
        raise DatasetError(Code.BAD_OPTION, "--folds must be at least 2")
    return {aid: i % folds for i, aid in enumerate(sorted(article_ids))}


def split(articles: Sequence[PtcArticle], folds: int, fold: int) -> tuple[list[PtcArticle], list[PtcArticle]]:
    """(train, held-out) articles for one fold."""
    if not 0 <= fold < folds:
        raise DatasetError(Code.BAD_OPTION, f"--fold must be in 0..{folds - 1}")
    which = fold_of([a.id for a in articles], folds)
    train = [a for a in articles if which[a.id] != fold]
    test = [a for a in articles if which[a.id] == fold]
    return train, test


def gate_articles(articles: Sequence[PtcArticle], n: int = 15) -> list[PtcArticle]:
    """The CI gate fold: the first ``n`` articles of held-out fold 0 of 5 (never trained on)."""
    _, test = split(articles, 5, 0)
    return test[:n]


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping spans; overlapping or touching spans are joined."""
    out: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


@dataclass
class Scores:
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_si(gold: dict[str, list[Span]], pred: dict[str, list[Span]]) -> Scores:
    """SemEval-2020 Task 11 SI scorer: partial credit by overlap length."""
    prec_sum = rec_sum = 0.0
    n_pred = n_gold = 0
    for aid in set(gold) | set(pred):
        g = merge_spans(gold.get(aid, []))
        p = merge_spans(pred.get(aid, []))
        n_pred += len(p)
        n_gold += len(g)
        for ps, pe in p:
            for gs, ge in g:
                inter = min(pe, ge) - max(ps, gs)
                if inter > 0:
                    prec_sum += inter / (pe - ps)
                    rec_sum += inter / (ge - gs)
    precision = prec_sum / n_pred if n_pred else 0.0
    recall = rec_sum / n_gold if n_gold else 0.0
    return Scores(precision, recall, _f1(precision, recall))


TcRow = tuple[str, str, int, int]  # article id, technique, start, end


def score_tc(gold: Sequence[TcRow], pred: Sequence[TcRow]) -> Scores:
    """Micro precision/recall/F1 of technique labels on given spans (best match on repeats)."""
    by_span: dict[tuple[str, int, int], Counter[str]] = defaultdict(Counter)
    for aid, tech, start, end in gold:
        by_span[(aid, start, end)][tech] += 1
    correct = 0
    for aid, tech, start, end in pred:
        left = by_span.get((aid, start, end))
        if left and left[tech] > 0:
            left[tech] -= 1
            correct += 1
    precision = correct / len(pred) if pred else 0.0
    recall = correct / len(gold) if gold else 0.0
    return Scores(precision, recall, _f1(precision, recall))


def per_technique_f1(gold: Sequence[TcRow], pred: Sequence[TcRow]) -> dict[str, float]:
    """TC F1 per technique (a row counts as correct as in :func:`score_tc`)."""
    out: dict[str, float] = {}
    for tech in sorted({row[1] for row in gold} | {row[1] for row in pred}):
        g = [r for r in gold if r[1] == tech]
        p = [r for r in pred if r[1] == tech]
        out[tech] = round(score_tc(g, p).f1, 4)
    return out


def read_template(path: Path) -> list[tuple[str, int, int]]:
    """Rows ``(article_id, start, end)`` of a TC template (``id<TAB>?<TAB>start<TAB>end``)."""
    if not Path(path).is_file():
        raise DatasetError(Code.MISSING_PATH, f"no such template file: {path}")
    out = []
    for cols in _rows(Path(path), 4):
        try:
            out.append((cols[0], int(cols[2]), int(cols[3])))
        except ValueError as exc:
            raise DatasetError(Code.BAD_RECORD, f"{path}: bad offsets in row {cols!r}") from exc
    return out
