"""Recall on real pages: someone named as in custody ("The two men are in police custody", "the
loggers, who remain in army custody,") is detained (COERCE arrest, CAMEO 173) by whoever holds them
when a modifier names them ("police", "army", a demonym), else by someone unnamed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.event_actors import actor_of, is_actor
from newsprobe.components.events.arguments import _as_actor
from newsprobe.components.events.modality import _apply_modality, _negated
from newsprobe.components.events.syntax import _child, _Found

#: nouns of being held
CUSTODY = frozenset({"custody", "detention"})
#: who holds people in custody as an act of state or armed force (not a grandmother's custody)
HOLDERS = frozenset({"police", "military", "government", "judiciary", "rebel"})
#: verbs one is in custody with: being, staying
BEING = frozenset({"be", "remain", "stay"})


def in_custody(doc: Doc, noun: Token) -> _Found | None:
    """ "X is/remains in (police) custody": the holder (a modifier of the noun) detains X."""
    prep = noun.head
    if noun.lemma_.lower() not in CUSTODY or noun.dep_ != "pobj" or prep.lower_ != "in":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in BEING or verb.pos_ not in ("VERB", "AUX") or _negated(verb):
        return None
    if _apply_modality("COERCE", "arrest", verb) is None:
        return None  # "could remain in custody", "will be in custody"
    held = _child(verb, "nsubj")
    if held is None and verb.dep_ == "relcl":
        held = verb.head  # "the two loggers who are in police custody"
    elif held is not None and held.lower_ in ("who", "that"):
        held = verb.head if verb.dep_ == "relcl" else None
    target = _as_actor(doc, held) if held is not None else None
    if target is None or target.pos_ == "PRON" or actor_of(doc, target) is None:
        return None  # "He remains in custody": left to the arrest it follows (a pronoun's antecedent is a guess)
    holder = next((c for c in noun.children if c.dep_ in ("compound", "amod") and is_actor(doc, c)), None)
    owner = _child(noun, "poss") or next((_child(p, "pobj") for p in noun.children if p.dep_ == "prep"), None)
    if owner is not None:  # "in their custody", "in the custody of her grandmother": a state holder only
        actor = actor_of(doc, owner) if _as_actor(doc, owner) is not None else None
        if actor is None or actor.sector not in HOLDERS:
            return None
        holder = _as_actor(doc, owner)
    return _Found(noun, "COERCE", "arrest", noun, holder, target, victim_only=holder is None)
