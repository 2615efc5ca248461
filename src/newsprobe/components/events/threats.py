"""Threats said as what the other side will suffer (CAMEO 13, THREATEN): "warned that the militia would
pay a heavy price", " 'They will regret it,' the minister said". The speaker threatens; the one who
will pay is the target (the addressee when a pronoun stands for it: "warned Hezbollah it would pay");
the paying is no event of the payer's. A price paid in the past, a negated or a hedged one ("might
pay a price") is none, and so is a price said outside a speech or warning verb ("voters will pay the
price for the cuts" is a forecast).

A deadline given for an act is an ultimatum (CAMEO 1313 and kin): "gave Estavia 48 hours to withdraw its
troops", "the junta was given seven days by the bloc to restore the president". Given to leave
("gave the diplomats a week to leave") it is an expulsion, which the lexicons code, so no threat is
read there; a day off or a week to prepare given to no actor is none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.event_actors import actor_of, is_actor, is_pronoun
from newsprobe.components.events.arguments import _actor_token, _as_actor, _subject
from newsprobe.components.events.modality import _negated
from newsprobe.components.events.syntax import _child, _Found, _infinitive, _pobj

#: the verb and the objects that make suffering out of it: "pay a heavy price", "regret it"
SUFFERING = {"pay": frozenset({"price"}), "regret": frozenset({"it", "this", "that"})}
#: the words a threatened price comes with ("a heavy price", "pay dearly"); "a higher price for fuel" is a price
HEAVY = frozenset({"heavy", "heavier", "dear", "terrible", "severe", "painful", "bitter", "huge", "very"})
#: the verbs a threat is said with
THREAT_CUES = frozenset({"warn", "say", "tell", "vow", "threaten", "declare", "insist", "caution", "promise"})
#: the future that makes it a threat ("will pay", "would regret it"); "might", "could" hedge it
FUTURE = frozenset({"will", "would", "'ll", "'d", "shall"})


def price_to_pay(doc: Doc, verb: Token) -> _Found | None:
    """ "X warned (Y) that Y would pay a heavy price": THREATEN by X against Y."""
    objects = SUFFERING.get(verb.lemma_.lower())
    obj = _child(verb, "dobj")
    if objects is None or obj is None or obj.lemma_.lower() not in objects:
        return None
    if any(c.dep_ in ("amod", "compound") and c.lower_ not in HEAVY for c in obj.children):
        return None  # "a higher price for fuel", "the market price"
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if not auxes or any(a not in FUTURE for a in auxes) or _negated(verb):
        return None
    cue = verb.head
    if verb.dep_ != "ccomp" or cue.lemma_.lower() not in THREAT_CUES or cue.pos_ != "VERB" or _negated(cue):
        return None
    speaker = _subject(doc, cue)
    if speaker is None:
        return None
    payer = _child(verb, "nsubj")
    addressee = _child(cue, "dobj")
    if payer is not None and is_pronoun(payer):
        payer = addressee if addressee is not None and is_actor(doc, addressee) else None
    else:
        payer = _as_actor(doc, payer)
    return _Found(verb, "THREATEN", None, cue, speaker, payer, own_voice=True)


#: spans of time a deadline is given in
DEADLINE_SPANS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})
#: who an ultimatum is given to: states, forces and parties (not staff, reporters or students)
PARTIES = frozenset({"government", "military", "rebel", "opposition", "police", "legislature", "party", "igo",
                     "criminal"})
#: acts a deadline to do is an expulsion, not a threat: "a week to leave"
LEAVING = frozenset({"leave", "depart", "go", "quit", "exit"})


def deadline_given(doc: Doc, verb: Token) -> _Found | None:
    """ "X gave Y 48 hours to withdraw", "Y was given seven days by X to restore ...": THREATEN by X
    against Y."""
    if verb.lemma_.lower() != "give" or _negated(verb):
        return None
    span = _child(verb, "dobj")
    if span is None or span.lemma_.lower() not in DEADLINE_SPANS:
        return None
    act = next((c for c in [*verb.children, *span.children] if c.dep_ in ("xcomp", "advcl", "acl", "relcl")
                and c.pos_ == "VERB" and _infinitive(c)), None)  # fmt: skip
    if act is None or act.lemma_.lower() in LEAVING:
        return None
    if _child(verb, "auxpass") is not None:
        source, target = _as_actor(doc, _pobj(verb, ("by",))), _actor_token(doc, _child(verb, "nsubjpass"))
    else:
        source, target = _subject(doc, verb), _actor_token(doc, _child(verb, "dative"))
    actor = actor_of(doc, target) if target is not None else None
    named = target is not None and target.ent_type_ in ("GPE", "ORG", "NORP")
    if actor is None or not (named or actor.sector in PARTIES or (actor.sector is None and actor.country is not None)):
        return None  # "gave staff a week to prepare", "gave reporters a day to file": a schedule, no threat
    return _Found(verb, "THREATEN", None, verb, source, target)
