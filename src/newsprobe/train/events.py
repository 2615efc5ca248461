"""Fit the event-type classifier (:mod:`newsprobe.components.event_model`) on PLOVER gold records.

Each record is one sentence coded with one event type; its markup names the trigger words
(``(EVT: shelled)``). For every candidate the coder proposes in the sentence
(:func:`newsprobe.components.events.event_candidates`):

* the **gold** candidate, the highest in the parse among those whose trigger is a marked word or
  whose rule type is the gold type, is labelled with the gold type;
* any other candidate as high in the parse or higher is labelled ``NONE`` (the gold records code
  one event per sentence: a higher candidate would stand in for it); deeper ones are left out.

Learned triggers: the verb lemmas marked as triggers in the training records (speech verbs aside)
start candidates of their own (untyped). Features seen fewer than ``MIN_COUNT`` times are dropped. The model is an
L2-regularised multinomial logistic regression fitted by full-batch Adam: numpy only, deterministic,
seconds. ``newsprobe evaluate plover`` reports its 5-fold cross-validated figures (the model is
refitted on the four training folds each time); the shipped model is fitted on all records::

    newsprobe train events --data ../shared/datasets/plover
    # = python -m newsprobe.train.events --data ../shared/datasets/plover
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, get_args

import numpy as np
from spacy.tokens import Doc, Token

from newsprobe.components.event_model import MODEL_FILE, NONE, EventModel
from newsprobe.model import PloverType

L2 = 1.0
MIN_COUNT = 2
STEPS = 400
RATE = 0.05
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "components" / "data" / "events" / MODEL_FILE


def marked_words(record: dict[str, Any]) -> set[str]:
    """The lower-cased words of the record's ``(EVT: ...)`` markup."""
    markup = str((record.get("textInfo") or {}).get("markup") or "")
    words: set[str] = set()
    for m in re.finditer(r"\(EVT:\s*([^)]*)\)", markup):
        words.update(w.lower() for w in re.findall(r"[\w'-]+", m.group(1)))
    return words


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 99:
        tok, depth = tok.head, depth + 1
    return depth


def trigger_lemmas(record: dict[str, Any], doc: Doc) -> set[str]:
    """Lemmas of the verbs marked as the record's trigger (speech verbs left to the rules' frames:
    "announced that X must ..." is a demand because of what is announced, not of "announce")."""
    from newsprobe.components.events import SPEECH

    words = marked_words(record)
    return {
        t.lemma_.lower() for t in doc if t.pos_ == "VERB" and t.lower_ in words and t.lemma_.lower() not in SPEECH
    }


Example = tuple[list[str], str | None, str]


def examples(record: dict[str, Any], doc: Doc, open_lemmas: frozenset[str]) -> list[Example]:
    """(features, rule type, label) for the candidates of one gold record (see the module docstring)."""
    from newsprobe.components.events import event_candidates, features_of

    gold = str(record["event"])
    words = marked_words(record)
    found = event_candidates(doc, open_lemmas)
    positive = [f for f in found if f.trigger.lower_ in words or (f.rule and f.kind == gold)]
    main = min(positive, key=lambda f: (_depth(f.trigger), f.trigger.i)) if positive else None
    limit = _depth(main.trigger) if main is not None else 99
    out = []
    for f in found:
        rule = f.kind if f.rule else None
        if f is main:
            out.append((features_of(doc, f), rule, gold))
        elif f not in positive and _depth(f.trigger) <= limit:
            out.append((features_of(doc, f), rule, NONE))
    return out


def fit(data: Sequence[Example], classes: Sequence[str], triggers: frozenset[str]) -> EventModel:
    """Multinomial logistic regression (L2 ``L2``, features seen at least ``MIN_COUNT`` times), with
    one shared, unpenalised weight on the rule's type (how far to trust the lexicons)."""
    counts = Counter(name for feats, _, _ in data for name in set(feats))
    vocab = sorted(name for name, c in counts.items() if c >= MIN_COUNT)
    index = {name: i for i, name in enumerate(vocab)}
    cls = list(classes)
    x = np.zeros((len(data), len(vocab)))
    y = np.zeros((len(data), len(cls)))
    r = np.zeros((len(data), len(cls)))
    for row, (feats, rule, label) in enumerate(data):
        for name in feats:
            if name in index:
                x[row, index[name]] = 1.0
        y[row, cls.index(label)] = 1.0
        if rule in cls:
            r[row, cls.index(rule)] = 1.0
    n = max(len(data), 1)
    # the records' type frequencies are how the examples were collected, not how often types happen
    # in the news: no type gets a prior of its own, only "no event" does
    only_none = np.array([1.0 if c == NONE else 0.0 for c in cls])
    params = [np.zeros((len(vocab), len(cls))), np.zeros(len(cls)), np.zeros(1)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    for step in range(1, STEPS + 1):
        w, b, beta = params
        z = x @ w + b + beta[0] * r
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grads = [(x.T @ (p - y) + L2 * w) / n, (p - y).sum(axis=0) * only_none / n, np.array([((p - y) * r).sum() / n])]
        for k, g in enumerate(grads):
            m[k] = 0.9 * m[k] + 0.1 * g
            v[k] = 0.999 * v[k] + 0.001 * g * g
            params[k] -= RATE * (m[k] / (1 - 0.9**step)) / (np.sqrt(v[k] / (1 - 0.999**step)) + 1e-8)
    w, b, beta = params
    weights = {name: w[i] for name, i in index.items() if np.abs(w[i]).max() >= 1e-3}
    return EventModel(classes=tuple(cls), weights=weights, bias=b, triggers=triggers, rule_weight=float(beta[0]))


def train(records: Sequence[dict[str, Any]], docs: Sequence[Doc], classes: Sequence[str]) -> EventModel:
    """The classifier fitted on ``records`` (parsed as ``docs``)."""
    triggers: set[str] = set()
    for record, doc in zip(records, docs, strict=True):
        triggers |= trigger_lemmas(record, doc)
    opened = frozenset(triggers)
    data = [ex for record, doc in zip(records, docs, strict=True) for ex in examples(record, doc, opened)]
    return fit(data, classes, opened)


def classes() -> list[str]:
    """Every PLOVER type, then ``NONE``."""
    return [*get_args(PloverType), NONE]


def train_file(data: Path, out: Path = DEFAULT_OUT) -> dict[str, Any]:
    """Fit on every gold record in ``data`` and write the model to ``out``; returns a summary."""
    from newsprobe.evaluate.plover import load_records, parse_records

    records = load_records(data)
    docs = parse_records(records)
    model = train(records, docs, classes())
    out.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    return {"records": len(records), "features": len(model.weights), "triggers": len(model.triggers), "out": str(out)}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/datasets/plover"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    print(json.dumps(train_file(args.data, args.out), indent=2))


if __name__ == "__main__":
    main()
