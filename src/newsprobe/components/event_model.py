"""The event-type classifier: a small multinomial logistic regression over rule candidates.

The rules in :mod:`newsprobe.components.events` propose candidate events (a trigger with its
actors, and the type the lexicons give it); verbs the classifier learned as triggers are proposed
too, without a type. For each candidate the classifier decides the PLOVER type, or ``NONE`` (no
event). Its features are words, never names (:func:`candidate_features`):

* the trigger's lemma, part of speech, dependency, the rule type and mode, the lexicon types of the
  trigger, its object and its governed verb ("threatened ... to strike");
* the trigger's arguments: object and preposition lemmas, auxiliaries ("will", "must"), negation,
  particles, the lemma of the word it depends on;
* the sectors of the source and target actors ("military", "rebel"), never their names or countries;
* the lemmas of the trigger's clause (a bag of words).

Every token inside a named entity, or naming a place or a demonym, is masked (``<ent>``), so the
classifier cannot learn sides: the same act is coded the same way whoever does it.

The weights (``data/events/event_model.json``) are fitted on the PLOVER gold records by
``newsprobe train events`` (:mod:`newsprobe.train.events`); without the file the rules decide alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from newsprobe.components.event_lexicon import Code, lexicon
from newsprobe.components.places import gazetteer

__all__ = ["EventModel", "NONE", "candidate_features", "shipped_model", "MODEL_FILE"]

NONE = "NONE"
MODEL_FILE = "event_model.json"
#: a rule candidate is dropped, and a learned-trigger candidate kept, only past this probability
DECIDE_AT = 0.5
MASK_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
ARG_DEPS = frozenset({"dobj", "obj", "attr", "dative", "nsubjpass", "oprd"})
_STOP = frozenset(
    "the a an of and or but in on at for from to by with as that this these those it its his her their "
    "be have do will would shall should can could may might must not n't also which who whom whose than".split()
)


def _masked(tok: Token) -> bool:
    if tok.ent_type_ in MASK_LABELS:
        return True
    if tok.is_title or tok.is_upper:
        g = gazetteer()
        return g.place(tok.text) is not None or bool(g.demonym(tok.text))
    return False


def _word(tok: Token) -> str:
    return "<ent>" if _masked(tok) else tok.lemma_.lower()


def _lex_types(tok: Token) -> list[str]:
    lex = lexicon()
    lemma, low = tok.lemma_.lower(), tok.lower_
    out = []
    for table in (lex.verbs, lex.nouns):
        code = table.get(lemma) or table.get(low)
        if code is not None and code[0] != "-":
            out.append(code[0])
    return out


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 3:
        tok, depth = tok.head, depth + 1
    return depth


def candidate_features(
    trigger: Token,
    anchor: Token,
    rule: Code | None,
    source_sector: str | None,
    target_sector: str | None,
    clause: Iterable[Token],
) -> list[str]:
    """The classifier's features of one candidate (strings; see the module docstring)."""
    f = [f"L={_word(trigger)}", f"P={trigger.pos_}", f"D={trigger.dep_}", f"DEPTH={_depth(trigger)}"]
    f.append(f"R={rule[0] if rule else 'none'}")
    if rule is not None and rule[1]:
        f.append(f"RM={rule[0]}:{rule[1]}")
    f += [f"LX={t}" for t in _lex_types(trigger)]
    if anchor.i != trigger.i:
        f.append(f"A={_word(anchor)}")
    if trigger.head.i != trigger.i:
        f.append(f"H={_word(trigger.head)}")
        f.append(f"HD={trigger.dep_}:{_word(trigger.head)}")
    for c in trigger.children:
        dep = c.dep_
        if dep in ARG_DEPS:
            f.append(f"O={_word(c)}")
            f += [f"OX={t}" for t in _lex_types(c)]
        elif dep in ("prep", "agent"):
            f.append(f"PR={c.lower_}")
            for p in c.children:
                if p.dep_ == "pobj":
                    f.append(f"PO={c.lower_}:{_word(p)}")
                    f += [f"POX={t}" for t in _lex_types(p)]
        elif dep in ("xcomp", "ccomp", "advcl"):
            f.append(f"X={_word(c)}")
            f += [f"XX={t}" for t in _lex_types(c)]
        elif dep in ("aux", "auxpass"):
            f.append(f"AUX={c.lower_}")
        elif dep == "neg":
            f.append("NEG")
        elif dep == "prt":
            f.append(f"PRT={c.lower_}")
        elif dep in ("compound", "amod") and trigger.pos_ == "NOUN":
            f.append(f"M={_word(c)}")
    f.append(f"SS={source_sector or ('none' if source_sector is None else 'unknown')}")
    f.append(f"TS={target_sector or ('none' if target_sector is None else 'unknown')}")
    for tok in clause:
        if tok.is_alpha and tok.lower_ not in _STOP and not _masked(tok):
            f.append(f"W={tok.lemma_.lower()}")
    return sorted(set(f))


@dataclass(frozen=True, eq=False)
class EventModel:
    """Fitted weights: ``weights[feature]`` is a vector over ``classes``."""

    classes: tuple[str, ...]
    weights: dict[str, np.ndarray]
    bias: np.ndarray
    #: verb lemmas that start a candidate even when no lexicon entry does
    triggers: frozenset[str]
    #: how far the classifier trusts the rules: added to the logit of the rule's type
    rule_weight: float = 0.0

    def probabilities(self, features: Iterable[str], rule_kind: str | None = None) -> np.ndarray:
        z = self.bias.copy()
        if rule_kind in self.classes:
            z[self.classes.index(rule_kind)] += self.rule_weight
        for name in features:
            w = self.weights.get(name)
            if w is not None:
                z += w
        z = np.exp(z - z.max())
        return np.asarray(z / z.sum())

    def decide(self, features: list[str], rule: Code | None) -> Code | None:
        """The candidate's type and mode, or ``None`` when the classifier finds no event."""
        p = self.probabilities(features, rule[0] if rule else None)
        none = self.classes.index(NONE)
        order = [int(i) for i in np.argsort(-p) if int(i) != none]
        best = self.classes[order[0]]
        if rule is None:
            return (best, None) if p[order[0]] >= DECIDE_AT else None
        if p[none] >= DECIDE_AT:
            return None
        if best == rule[0]:
            return rule
        return best, None

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "bias": [round(float(b), 4) for b in self.bias],
            "rule_weight": round(self.rule_weight, 4),
            "triggers": sorted(self.triggers),
            "weights": {k: [round(float(x), 4) for x in v] for k, v in sorted(self.weights.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventModel:
        return cls(
            classes=tuple(data["classes"]),
            weights={k: np.asarray(v, dtype=float) for k, v in data["weights"].items()},
            bias=np.asarray(data["bias"], dtype=float),
            triggers=frozenset(data["triggers"]),
            rule_weight=float(data.get("rule_weight", 0.0)),
        )


@lru_cache(maxsize=1)
def shipped_model() -> EventModel | None:
    """The model in ``data/events/event_model.json`` (``None`` when it is not there)."""
    path = resources.files("newsprobe.components").joinpath("data", "events", MODEL_FILE)
    if not path.is_file():
        return None
    return EventModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def source_sector(doc: Doc, tok: Token | None) -> str | None:
    """Helper for callers: "" for an actor with no known sector, ``None`` for no actor."""
    from newsprobe.components.event_actors import actor_of

    if tok is None:
        return None
    actor = actor_of(doc, tok)
    return (actor.sector or "") if actor is not None else None
