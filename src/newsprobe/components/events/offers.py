"""Acts offered as nouns (CAMEO 03x, AGREE): "Hamas has signalled its readiness to free the captured
soldier", "Indonesia expressed willingness to mount joint patrols with the Philippines", "Iran reiterated
its readiness to hold talks". The noun (readiness, willingness, offer, pledge, promise, commitment) takes
an infinitive, and a verb of saying or showing governs it. The event sits on that verb. Its source is
whoever makes the offer, and its target is the partner or the one acted on. A harm offered is a threat
("its readiness to strike X") only when someone is named to suffer it: "its commitment to fight
corruption" is none. The offer must be what is reported: "attracted ridicule for his pledge to endorse
..." is not an offer of the outlet's reporting.

Readiness said with an adjective works the same way when the act names no event of its own but a
partner: "Nigeria is ready to throw open its refineries to joint investment with Ghanaian firms",
"Moscow stands ready to coordinate its position with Beijing", "his service was prepared to open its
files to Philippine security services" are offers of cooperation (CAMEO 03x, AGREE) to the partner. Only a
state, a government body, a force or an international body offers so ("Apple is ready to compete with
Samsung" is business), and only to an actor.

Readiness for talks or a deal said with an adjective and a noun ("Iran said it was ready for talks with
the United States", "La Paz was open to a fresh gas deal with Argentina") is an intent to negotiate
(AGREE), by the same kinds of actor (and parties and rebel movements), with whoever the talks are with.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.event_actors import actor_of
from newsprobe.components.event_lexicon import Code
from newsprobe.components.events.arguments import _actor_token, _as_actor, _subject, _target
from newsprobe.components.events.modality import WILLING, _modal, _negated
from newsprobe.components.events.page_precision import fights_a_thing
from newsprobe.components.events.syntax import (
    COOPERATIVE,
    MATERIAL_HOSTILE,
    THREAT_MODES,
    _child,
    _Found,
    _infinitive,
    _inner_code,
    _pobj,
)

#: nouns that offer the act their infinitive names: "signalled its readiness to free the soldier"
OFFERING_NOUNS = frozenset({"readiness", "willingness", "offer", "pledge", "promise", "commitment"})
#: the verbs that make such an offer: "signalled / expressed / reiterated its readiness"
OFFERING_VERBS = frozenset({"signal", "express", "reiterate", "reaffirm", "confirm", "announce", "declare", "voice",
                            "indicate", "show", "state", "convey", "make", "extend", "renew"})  # fmt: skip


def offered_act(doc: Doc, tok: Token) -> _Found | None:
    """The offer whose infinitive ``tok`` is, as AGREE (or THREATEN) on the noun's governing verb."""
    noun = tok.head
    if tok.dep_ not in ("acl", "relcl") or not _infinitive(tok) or noun.lemma_.lower() not in OFFERING_NOUNS:
        return None
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.lemma_.lower() not in OFFERING_VERBS:
        return None  # "attracted ridicule for his pledge to endorse ...": the offer is not what is reported
    if verb.pos_ != "VERB" or _negated(verb) or _modal(verb) or _negated(tok):
        return None  # "did not rule out its readiness", "a readiness that could ..."
    inner = _inner_code(doc, tok)
    code = _frame_of_offer(inner)
    if code is None:
        return None
    owner = _child(noun, "poss")
    source = _subject(doc, verb) if owner is None or owner.lower_ in ("its", "their", "his", "her") else None
    source = source or _as_actor(doc, owner)
    if source is None:
        return None
    obj = _child(tok, "dobj")
    partner = _pobj(tok, ("with", "to")) or (_pobj(obj, ("with", "to")) if obj is not None else None)
    target = _actor_token(doc, partner) if partner is not None else _target(doc, tok)
    if code[0] == "THREATEN" and (target is None or fights_a_thing(doc, tok)):
        return None  # "its commitment to fight corruption": no one is threatened
    return _Found(verb, code[0], code[1], verb, source, target, [noun.i])


def _frame_of_offer(inner: Code | None) -> Code | None:
    if inner is None:
        return None
    if inner[0] in COOPERATIVE:
        return "AGREE", None
    return ("THREATEN", THREAT_MODES.get(inner[0])) if inner[0] in MATERIAL_HOSTILE else None


#: who offers cooperation by saying it is ready: states, their bodies and forces, international bodies
OFFERING_SECTORS = frozenset({"government", "military", "igo", "legislature", "police"})
#: verbs of a readiness that carries the offer: "is ready", "stands ready", "said it was prepared"
BEING_READY = frozenset({"be", "stand", "remain", "appear", "seem", "declare"})


def _partner(doc: Doc, act: Token) -> Token | None:
    """The actor an act is done with or for: "with X", "to X" on the act, on its object, or one step
    further in ("to joint investment with Ghanaian firms")."""
    obj = _child(act, "dobj")
    for head in (act, obj):
        if head is None:
            continue
        for prep in head.children:
            # "to X" only after something handed or opened ("open its files to X"), not a destination
            # ("ready to go to the Senate")
            if prep.dep_ != "prep" or prep.lower_ not in (("with", "to") if obj is not None else ("with",)):
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                found = _actor_token(doc, noun) or _actor_token(doc, _pobj(noun, ("with",)))
                if found is not None:
                    return found
    return None


def ready_to_cooperate(doc: Doc, tok: Token) -> _Found | None:
    """ "X is ready to throw open its refineries to joint investment with Y": AGREE of X with Y, when the
    act is no event the lexicons know."""
    gov = tok.head
    if tok.dep_ != "xcomp" or not _infinitive(tok) or gov.lower_ not in WILLING or _negated(tok):
        return None
    verb = gov.head if gov.dep_ == "acomp" else None
    if verb is None or verb.lemma_.lower() not in BEING_READY or _negated(verb) or _modal(verb):
        return None
    if _inner_code(doc, tok) is not None:
        return None  # "ready to meet", "ready to strike": the lexicons and frames read them
    source = _subject(doc, verb)
    if source is None:
        return None
    actor = actor_of(doc, source)
    state = source.ent_type_ == "GPE" or (actor is not None and actor.country is not None)
    if actor is None or actor.sector not in OFFERING_SECTORS and not (state and actor.sector in (None, "-")):
        return None
    target = _partner(doc, tok)
    if target is None or target.i == source.i:
        return None
    return _Found(tok, "AGREE", None, verb, source, target)


#: what one can be ready for or open to that is an offer to settle (CAMEO 036 and kin): talks, a deal
SETTLEMENTS = frozenset(
    {"talk", "talks", "negotiation", "dialogue", "deal", "compromise", "agreement", "settlement", "accord",
     "truce", "ceasefire", "cease-fire", "reconciliation", "mediation"}
)  # fmt: skip
#: adjectives of readiness that take "for" or "to" + a noun: "ready for talks", "open to a deal"
READY_FOR = WILLING | {"open"}


def ready_for_talks(doc: Doc, tok: Token) -> _Found | None:
    """ "Iran said it was ready for talks with the United States", "La Paz was open to a fresh gas deal
    with Argentina": AGREE (an intent to negotiate or settle) of the subject, with the partner the
    talks are with. Only a state, a government body, a force or an international body, and only said
    as it stands ("was not ready for talks", "might be open to a deal" offer nothing)."""
    if tok.pos_ != "ADJ" or tok.lower_ not in READY_FOR or tok.dep_ != "acomp" or _negated(tok):
        return None
    verb = tok.head
    if verb.lemma_.lower() not in BEING_READY or _negated(verb) or _modal(verb):
        return None
    preps = ("for", "to") if tok.lower_ != "open" else ("to",)
    talks = _pobj(tok, preps)
    if talks is None or talks.lemma_.lower() not in SETTLEMENTS and talks.lower_ not in SETTLEMENTS:
        return None
    source = _subject(doc, verb)
    if source is None:
        return None
    actor = actor_of(doc, source)
    state = source.ent_type_ == "GPE" or (actor is not None and actor.country is not None)
    if actor is None or actor.sector not in OFFERING_SECTORS | {"rebel", "party"} and not (
        state and actor.sector in (None, "-")
    ):
        return None
    target = _as_actor(doc, _pobj(talks, ("with", "between"))) or _as_actor(doc, _pobj(tok, ("with",)))
    if target is not None and target.i == source.i:
        target = None
    return _Found(tok, "AGREE", None, tok, source, target, [talks.i])
