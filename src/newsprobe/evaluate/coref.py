"""Scorers for the entities component: speaker/pronoun/role resolution, alias clusters, NER spans.

* :func:`evaluate_coref` reads a JSONL gold file (:data:`GOLD`, shipped with the package as
  ``newsprobe/evaluate/data/coref_gold.jsonl``, so it works from an installed wheel):
  one short passage a line, with labelled mentions (``text``, occurrence ``n``, ``gold`` antecedent
  name or ``null``, ``kind``) and gold alias clusters (lists of ``[text, n]``). It reports the accuracy
  of :func:`~newsprobe.components.entities.resolve_speaker` and pairwise alias-link precision/recall.
* :func:`evaluate_conll` scores entity spans against CoNLL-2003 (PER/ORG/LOC, exact match).

A gold name is matched when the resolved entity's name or one of its mention texts equals it, or, for
a referent that is not an entity ("officials"), when the returned name is part of it or contains it
("farmers" for "farmers in the valley"). A ``null`` gold is
matched when nothing is resolved to an entity.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsprobe.components.entities import CACHE_KEY
from newsprobe.errors import Code, DatasetError
from newsprobe.evaluate.metrics import f1 as f1_score

__all__ = ["GOLD", "evaluate_conll", "evaluate_coref"]

#: the hand-labelled passages shipped with newsprobe (fictional, written for this project)
GOLD = Path(__file__).resolve().parent / "data" / "coref_gold.jsonl"


def _nlp() -> Language:
    from newsprobe.pipeline import load

    return load(["newsprobe_entities"])


def _read_gold(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise DatasetError(Code.DATASET, f"gold file not found: {path} (give one with --gold PATH)")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            str(row["text"]), list(row["mentions"])
        except (ValueError, KeyError, TypeError) as exc:
            raise DatasetError(Code.DATASET, f"{path}:{number}: not a gold record ({exc})") from exc
        rows.append(row)
    return rows


def _find(text: str, needle: str, n: int) -> tuple[int, int]:
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    for i, m in enumerate(re.finditer(pattern, text), 1):
        if i == n:
            return m.start(), m.end()
    raise DatasetError(Code.DATASET, f"mention {needle!r} #{n} not found in passage")


def _score_mention(doc: Doc, mention: dict[str, Any]) -> bool:
    from newsprobe.components.entities import resolve_speaker

    start, end = _find(doc.text, mention["text"], int(mention.get("n", 1)))
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    ref = resolve_speaker(doc, span)
    gold = mention.get("gold")
    if gold is None:
        return ref is None or ref.entity_id is None
    if ref is None:
        return False
    if ref.entity_id is None:  # a noun phrase: "farmers" for "farmers in the valley" will do
        name, want = ref.name.lower(), str(gold).lower()
        return bool(name) and (name in want or want in name)
    entity = next(e for e in doc._.entities if e.id == ref.entity_id)
    return entity.name == gold or any(m.text == gold for m in entity.mentions)


def _cluster_pairs(doc: Doc, clusters: list[list[list[Any]]]) -> tuple[int, int, int]:
    """(true links, predicted links, gold links) over pairs of the listed named mentions."""
    from newsprobe.components.entities import entity_at

    items: list[tuple[int, str | None]] = []
    for gold_id, cluster in enumerate(clusters):
        for text, n in cluster:
            start, end = _find(doc.text, str(text), int(n))
            entity = entity_at(doc, start, end)
            items.append((gold_id, entity.id if entity else None))
    tp = pred = gold = 0
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            same_gold = items[i][0] == items[j][0]
            same_pred = items[i][1] is not None and items[i][1] == items[j][1]
            gold += same_gold
            pred += same_pred
            tp += same_gold and same_pred
    return tp, pred, gold


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def evaluate_coref(path: str | Path, split: str | None = None) -> dict[str, Any]:
    """Score speaker resolution and alias clustering on a gold JSONL file (optionally one split)."""
    rows = [r for r in _read_gold(Path(path)) if split is None or r.get("split") == split]
    if not rows:
        raise DatasetError(Code.DATASET, f"no gold passages in {path} (split {split})")
    nlp = _nlp()
    correct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    errors: list[str] = []
    tp = pred = gold = 0
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=True):
        for mention in row["mentions"]:
            kind = str(mention.get("kind", "other"))
            ok = _score_mention(doc, mention)
            total[kind] += 1
            correct[kind] += ok
            if not ok:
                errors.append(f"{row.get('id')}: {mention['text']!r} -> expected {mention.get('gold')!r}")
        a, b, c = _cluster_pairs(doc, row.get("clusters", []))
        tp, pred, gold = tp + a, pred + b, gold + c
    precision, recall = _ratio(tp, pred), _ratio(tp, gold)
    f1 = round(f1_score(precision, recall), 4)
    return {
        "passages": len(rows),
        "mentions": sum(total.values()),
        "accuracy": _ratio(sum(correct.values()), sum(total.values())),
        "accuracy_by_kind": {k: _ratio(correct[k], total[k]) for k in sorted(total)},
        "count_by_kind": dict(sorted(total.items())),
        "alias_precision": precision,
        "alias_recall": recall,
        "alias_f1": f1,
        "errors": errors,
    }


# -- CoNLL-2003 -------------------------------------------------------------------------------

CONLL_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def _conll_docs(path: Path) -> Iterator[tuple[list[str], list[tuple[int, int, str]]]]:
    """Documents as (tokens, gold spans [start, end) in tokens, type); IOB1 tags are read leniently."""
    tokens: list[str] = []
    spans: list[tuple[int, int, str]] = []
    current: list[Any] | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            spans.append((current[0], current[1], current[2]))
            current = None

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            close()
            continue
        if parts[0] == "-DOCSTART-":
            close()
            if tokens:
                yield tokens, spans
            tokens, spans = [], []
            continue
        tag = parts[-1]
        kind = tag[2:] if "-" in tag else ""
        if kind not in ("PER", "ORG", "LOC"):
            close()
        elif current is not None and current[2] == kind and not tag.startswith("B-"):
            current[1] = len(tokens) + 1
        else:
            close()
            current = [len(tokens), len(tokens) + 1, kind]
        tokens.append(parts[0])
    close()
    if tokens:
        yield tokens, spans


def evaluate_conll(path: str | Path, limit: int | None = None) -> dict[str, Any]:
    """Exact-match span P/R/F1 on CoNLL-2003 PER/ORG/LOC for raw spaCy ents and for our entities."""
    path = Path(path)
    if not path.is_file():
        raise DatasetError(Code.DATASET, f"CoNLL file not found: {path}")
    nlp = _nlp()
    docs = list(_conll_docs(path))[:limit]
    counts = {name: Counter() for name in ("spacy", "newsprobe")}  # type: dict[str, Counter[str]]
    texts = []
    for tokens, _ in docs:
        texts.append(" ".join(tokens))
    for (tokens, gold_spans), doc in zip(docs, nlp.pipe(texts, batch_size=16), strict=True):
        starts, ends, offset = {}, {}, 0
        for i, tok in enumerate(tokens):
            starts[offset], ends[offset + len(tok)] = i, i + 1
            offset += len(tok) + 1
        gold = {(s, e, k) for s, e, k in gold_spans}
        raw = {
            (starts[ent.start_char], ends[ent.end_char], CONLL_LABELS[ent.label_])
            for ent in doc.ents
            if ent.label_ in CONLL_LABELS and ent.start_char in starts and ent.end_char in ends
        }
        ours = set()
        for start, end, idx in doc.user_data[CACHE_KEY]["named"]:
            label = doc._.entities[idx].label
            if label in CONLL_LABELS and start in starts and end in ends:
                ours.add((starts[start], ends[end], CONLL_LABELS[label]))
        for name, pred in (("spacy", raw), ("newsprobe", ours)):
            counts[name]["tp"] += len(pred & gold)
            counts[name]["pred"] += len(pred)
            counts[name]["gold"] += len(gold)
    result: dict[str, Any] = {"documents": len(docs)}
    for name, c in counts.items():
        p, r = _ratio(c["tp"], c["pred"]), _ratio(c["tp"], c["gold"])
        result[name] = {"precision": p, "recall": r, "f1": round(f1_score(p, r), 4)}
    return result
