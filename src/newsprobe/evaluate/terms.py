"""Score the loaded-terms lexicon against human bias annotations: BABE and BASIL.

**BABE** (Spinde et al. 2021): news sentences labelled ``Biased`` / ``Non-biased`` by experts, with
the words they marked as biased. Splits: ``dev`` is SG1 (1,700 sentences; the lexicon was adjusted
looking at it), ``report`` is SG2 *minus every sentence that also appears in SG1* (SG2 contains
almost all of SG1), never used for adjustment. Sentences labelled ``No agreement`` are left out.

* *Sentence level*: predicted positive = at least one lexicon hit; gold positive = ``Biased``.
* *Word level*: the words (whitespace-separated, end punctuation stripped, lower-cased) inside
  hits, against each sentence's annotated biased words. Precision = predicted words that are among
  that sentence's biased words / predicted words; recall = distinct annotated words covered by a
  hit / distinct annotated words.
* *Per category*: hits, and the share of sentences with a hit of that category labelled Biased.

**BASIL** (Fan et al. 2019): articles with lexical-bias (``lex``) and informational-bias spans at
sentence-local offsets. The annotation does not say which sentence; a span is placed in the first
sentence where its text sits at its offsets (spans found nowhere are counted and skipped). Used
for reporting only (no adjustment).

* *Sentence level*: gold = the sentence holds a lexical-bias span; predicted = it holds a hit.
* *Span level*: recall = lexical spans that share a character with a hit; precision = hits that
  share a character with a lexical span (and, more leniently, with any bias span).
"""

from __future__ import annotations

import ast
import csv
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsprobe.errors import Code, DatasetError
from newsprobe.evaluate.metrics import f1 as f1_score
from newsprobe.evaluate.metrics import prf
from newsprobe.model import TermHit

BABE_SPLITS = {"dev": "SG1", "report": "SG2 minus SG1"}
_STRIP = "\"'“”‘’.,;:!?()[]{}…—–"


@dataclass(frozen=True)
class BabeSentence:
    text: str
    biased: bool
    words: frozenset[str]


@dataclass(frozen=True)
class BasilSpan:
    start: int
    end: int
    lexical: bool


@dataclass(frozen=True)
class BasilSentence:
    text: str
    spans: tuple[BasilSpan, ...]


# --- shared -------------------------------------------------------------------------------------


def _terms_nlp(nlp: Language | None) -> Language:
    if nlp is not None:
        return nlp
    from newsprobe.pipeline import load

    nlp = load(["newsprobe_terms"])
    # the terms component needs lemmas and part-of-speech tags only
    for name in ("parser", "ner"):
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    return nlp


def _hits(nlp: Language, texts: Sequence[str]) -> list[list[TermHit]]:
    return [list(doc._.terms or []) for doc in nlp.pipe(texts, batch_size=256)]


def _with_recall(scores: dict[str, float], found: int, total: int) -> dict[str, float]:
    """Replace recall (and F1) by the share of gold items that some prediction covers."""
    recall = round(found / total, 4) if total else 0.0
    return {**scores, "recall": recall, "f1": round(f1_score(scores["precision"], recall), 4)}


def _words(text: str) -> list[str]:
    return [w for w in (part.strip(_STRIP).lower() for part in text.split()) if w]


# --- BABE ---------------------------------------------------------------------------------------


def _read_babe_file(path: Path) -> list[tuple[str, str, frozenset[str]]]:
    if not path.is_file():
        raise DatasetError(Code.DATASET, f"BABE file not found: {path}")
    rows: list[tuple[str, str, frozenset[str]]] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for n, row in enumerate(csv.DictReader(handle, delimiter=";"), 2):
            try:
                words = ast.literal_eval(row["biased_words"] or "[]")
                rows.append((row["text"].strip(), row["label_bias"], frozenset(_lower_words(words))))
            except (KeyError, ValueError, SyntaxError) as exc:
                raise DatasetError(Code.DATASET, f"{path.name} line {n}: malformed row") from exc
    return rows


def _lower_words(words: Iterable[str]) -> Iterable[str]:
    for word in words:
        yield from _words(str(word))


def read_babe(root: Path, split: str = "report") -> list[BabeSentence]:
    """BABE sentences of ``split`` ('dev' = SG1, 'report' = SG2 minus SG1), 'No agreement' left out."""
    if split not in BABE_SPLITS:
        raise DatasetError(Code.DATASET, f"unknown BABE split {split!r}: use dev or report")
    sg1 = _read_babe_file(root / "data" / "final_labels_SG1.csv")
    if split == "dev":
        rows = sg1
    else:
        seen = {text for text, _, _ in sg1}
        rows = [r for r in _read_babe_file(root / "data" / "final_labels_SG2.csv") if r[0] not in seen]
    return [
        BabeSentence(text, label == "Biased", words)
        for text, label, words in rows
        if label in ("Biased", "Non-biased")
    ]


def score_babe(sentences: Sequence[BabeSentence], hits: Sequence[Sequence[TermHit]]) -> dict[str, Any]:
    """Sentence-, word- and category-level figures for predicted ``hits`` (one list per sentence)."""
    tp = pred = gold = 0
    w_tp = w_pred = w_gold = w_found = 0
    cat_hits: Counter[str] = Counter()
    cat_sents: Counter[str] = Counter()
    cat_biased: Counter[str] = Counter()
    for sentence, found in zip(sentences, hits, strict=True):
        pred += bool(found)
        gold += sentence.biased
        tp += bool(found) and sentence.biased
        predicted = [w for h in found for w in _words(h.text)]
        w_pred += len(predicted)
        w_tp += sum(w in sentence.words for w in predicted)
        w_gold += len(sentence.words)
        w_found += len(sentence.words & set(predicted))
        for category in {h.category for h in found}:
            cat_sents[category] += 1
            cat_biased[category] += sentence.biased
        cat_hits.update(h.category for h in found)
    words = _with_recall(prf(w_tp, w_pred, w_gold), w_found, w_gold)
    return {
        "sentences": len(sentences),
        "biased": gold,
        "sentence_level": {**prf(tp, pred, gold), "predicted_positive": pred},
        "word_level": {**words, "predicted_words": w_pred, "gold_words": w_gold},
        "categories": {
            c: {"hits": cat_hits[c], "sentences": cat_sents[c],
                "share_biased": round(cat_biased[c] / cat_sents[c], 4)}
            for c in sorted(cat_hits)
        },
    }


def evaluate_babe(root: Path, split: str = "report", nlp: Language | None = None) -> dict[str, Any]:
    """Score the lexicon on BABE (``root`` = the ``babe`` folder holding ``data/``)."""
    sentences = read_babe(root, split)
    if not sentences:
        raise DatasetError(Code.DATASET, f"no labelled sentences in BABE split {split!r}")
    result = score_babe(sentences, _hits(_terms_nlp(nlp), [s.text for s in sentences]))
    return {"dataset": "BABE", "split": f"{split} ({BABE_SPLITS[split]})", **result}


# --- BASIL --------------------------------------------------------------------------------------


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DatasetError(Code.DATASET, f"cannot read BASIL file {path}") from exc


def _place(sentences: list[str], start: int, end: int, txt: str) -> int | None:
    for i, sentence in enumerate(sentences):
        if sentence[start:end] == txt:
            return i
    return None


def read_basil(root: Path) -> tuple[list[BasilSentence], int]:
    """Every body sentence of every annotated BASIL article, and the count of unplaced spans."""
    files = sorted((root / "annotations").glob("*/*_ann.json"))
    if not files:
        raise DatasetError(Code.DATASET, f"no BASIL annotations under {root / 'annotations'}")
    out: list[BasilSentence] = []
    unplaced = 0
    for ann_path in files:
        article_path = root / "articles" / ann_path.parent.name / ann_path.name.replace("_ann.json", ".json")
        article = _load_json(article_path)
        sentences = [s for paragraph in article.get("body-paragraphs", []) for s in paragraph]
        spans: dict[int, list[BasilSpan]] = defaultdict(list)
        for ann in _load_json(ann_path).get("phrase-level-annotations", []):
            i = _place(sentences, int(ann["start"]), int(ann["end"]), ann.get("txt", ""))
            if i is None:
                unplaced += 1
                continue
            spans[i].append(BasilSpan(int(ann["start"]), int(ann["end"]), ann.get("bias") == "lex"))
        out.extend(BasilSentence(s, tuple(spans.get(i, ()))) for i, s in enumerate(sentences))
    return out, unplaced


def _overlaps(hit: TermHit, span: BasilSpan) -> bool:
    return hit.start < span.end and span.start < hit.end


def score_basil(sentences: Sequence[BasilSentence], hits: Sequence[Sequence[TermHit]]) -> dict[str, Any]:
    s_tp = s_pred = s_gold = 0
    lex_total = lex_found = hit_total = hit_lex = hit_any = 0
    for sentence, found in zip(sentences, hits, strict=True):
        lex = [s for s in sentence.spans if s.lexical]
        s_pred += bool(found)
        s_gold += bool(lex)
        s_tp += bool(found) and bool(lex)
        lex_total += len(lex)
        lex_found += sum(any(_overlaps(h, s) for h in found) for s in lex)
        hit_total += len(found)
        hit_lex += sum(any(_overlaps(h, s) for s in lex) for h in found)
        hit_any += sum(any(_overlaps(h, s) for s in sentence.spans) for h in found)
    span = _with_recall(prf(hit_lex, hit_total, lex_total), lex_found, lex_total)
    return {
        "sentences": len(sentences),
        "sentences_with_lexical_bias": s_gold,
        "sentence_level": {**prf(s_tp, s_pred, s_gold), "predicted_positive": s_pred},
        "span_level": {
            **span,
            "lexical_spans": lex_total,
            "hits": hit_total,
            "precision_any_bias_span": round(hit_any / hit_total, 4) if hit_total else 0.0,
        },
    }


def evaluate_basil(root: Path, nlp: Language | None = None) -> dict[str, Any]:
    """Score the lexicon on BASIL's lexical-bias spans (``root`` = the ``basil`` folder)."""
    sentences, unplaced = read_basil(root)
    result = score_basil(sentences, _hits(_terms_nlp(nlp), [s.text for s in sentences]))
    return {"dataset": "BASIL", "split": "all (report only)", "unplaced_spans": unplaced, **result}


def evaluate(datasets: Path, split: str = "report", nlp: Language | None = None) -> dict[str, Any]:
    """BABE (``split``) and BASIL figures, from the folder that holds ``babe/`` and ``basil/``."""
    nlp = _terms_nlp(nlp)
    return {
        "babe": evaluate_babe(datasets / "babe", split, nlp),
        "basil": evaluate_basil(datasets / "basil", nlp),
    }
