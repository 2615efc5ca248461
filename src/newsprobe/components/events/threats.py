"""Threats said as what the other side will suffer (CAMEO 13, THREATEN): "warned that the militia would
pay a heavy price", " 'They will regret it,' the minister said". The speaker threatens; the one who
will pay is the target (the addressee when a pronoun stands for it: "warned Hezbollah it would pay");
the paying is no event of the payer's. A price paid in the past, a negated or a hedged one ("might
pay a price") is none, and so is a price said outside a speech or warning verb ("voters will pay the
price for the cuts" is a forecast).

Resolve said as a threat (CAMEO 13): "would not hesitate to use force against X", "reserved the right
to respond militarily", "will not tolerate any attack", and, said by someone, "any attack would be met
with a crushing response", "further violations would not be tolerated", "X would face serious
consequences". The one who says it threatens; whom it names (an "against" phrase, the addressee of
the warning, the one who would face the consequences) is the target. Only about the future: "did not
hesitate to criticise" is a past act of its own.

An act held over a condition of the other side's is a threat, whatever the act (CAMEO 13): "said it
would take the dispute to the World Court unless Nigerian troops left", "will leave the talks unless
the army halts its offensive", "would tear up the treaty if the Europeans don't shape up". The
condition is "unless", or "if" with a failure, a refusal or a denial in it, and its subject is an
actor (the target); the act is said by someone and is the speaker's own. An act offered on a condition
("would lift sanctions if the prisoners are freed") is an offer, coded by the lexicons.

The same held over in the passive, naming no doer, is the speaker's threat: "development loans from
Tokyo could be frozen if the junta fails to free political prisoners, a Japanese official said". A
penalty someone is said to face is one too: "traders without permits face expulsion, the official
said", "opposition parties risked being struck off the register, the minister said" (a penalty in a
law, or charges faced, are none). "Would not stand / sit idly by" is resolve said as a threat.

A stern warning from one state, armed body or named organisation to another, with no act asked for and no
danger named, is a threat: "Beijing issued a stern warning to Manila over the reef" (a warning "of
flooding", "about the virus", or to residents and parents is none). So is force kept open ("would not
rule out military action against X", "refused to rule out an attack") and a hostile act named as what
"will follow if" the other side acts ("a boycott of French goods will follow if Paris goes ahead with the
sale, the minister warned").

A deadline given for an act is an ultimatum (CAMEO 1313 and kin): "gave Estavia 48 hours to withdraw its
troops", "the junta was given seven days by the bloc to restore the president". Given to leave
("gave the diplomats a week to leave", "a week to get out of Russia") it is an expulsion, coded as
"expelled" or "thrown out" would be for whoever is sent away (diplomats, journalists, migrants), and no
threat; given to anyone else (fighters told to leave a town) it is left alone; a day off or a week to
prepare given to no actor is none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.event_actors import actor_of, is_pronoun
from newsprobe.components.event_lexicon import lexicon
from newsprobe.components.events.arguments import _actor_token, _as_actor, _subject
from newsprobe.components.events.modality import _negated
from newsprobe.components.events.syntax import (
    EXCLUDING,
    MATERIAL_HOSTILE,
    REFUSING,
    SPEECH,
    THREAT_MODES,
    _child,
    _dated,
    _Found,
    _infinitive,
    _inner_code,
    _noun_code,
    _pobj,
)

#: the verb and the objects that make suffering out of it: "pay a heavy price", "regret it"
SUFFERING = {
    "pay": frozenset({"price"}),
    "regret": frozenset({"it", "this", "that"}),
    "face": frozenset({"consequence", "repercussion", "retaliation", "punishment", "wrath", "reprisal", "retribution"}),
    "suffer": frozenset({"damage", "consequence", "harm"}),  # "relations would suffer irreparable damage"
    "bear": frozenset({"consequence"}),  # "Vietnam would bear all the consequences of its actions"
}
#: the words a threatened price comes with ("a heavy price", "pay dearly"); "a higher price for fuel" is a price
HEAVY = frozenset({"heavy", "heavier", "dear", "terrible", "severe", "painful", "bitter", "huge", "very"})
#: the verbs a threat is said with
THREAT_CUES = frozenset({"warn", "say", "tell", "vow", "threaten", "declare", "insist", "caution", "promise"})
#: quotation marks the parser may hang on a verb as auxiliaries ("would 'resolutely strike back'")
QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
#: the future that makes it a threat ("will pay", "would regret it"); "might", "could" hedge it
FUTURE = frozenset({"will", "would", "'ll", "'d", "’ll", "’d", "shall"})


def price_to_pay(doc: Doc, verb: Token) -> _Found | None:
    """ "X warned (Y) that Y would pay a heavy price": THREATEN by X against Y."""
    objects = SUFFERING.get(verb.lemma_.lower())
    obj = _child(verb, "dobj")
    dearly = verb.lemma_.lower() == "pay" and any(c.dep_ == "advmod" and c.lower_ == "dearly" for c in verb.children)
    if not dearly:  # "would pay dearly for ..." needs no price
        if objects is None or obj is None or obj.lemma_.lower() not in objects:
            return None
        if any(c.dep_ == "prep" and c.lower_ in ("of", "from") and not _own_doing(c) for c in obj.children):
            return None  # "would face the consequences of climate change": a forecast, not a threat
        light = any(c.dep_ in ("amod", "compound") and c.lower_ not in HEAVY for c in obj.children)
        if obj.lemma_.lower() == "price" and light:
            return None  # "a higher price for fuel", "the market price"
    said = _said_by(doc, verb) if _future(verb) and not _negated(verb) else None
    if said is None or said[0] is None:
        return None
    speaker, addressee = said
    payer = _child(verb, "nsubj")
    payer = addressee if payer is not None and is_pronoun(payer) else _as_actor(doc, payer)
    payer = payer or addressee  # "warned France that relations would suffer": France is warned
    return _Found(verb, "THREATEN", None, verb.head, speaker, payer, own_voice=True)


#: penalties someone is said to face: "traders without permits face expulsion, the official said"
PENALTIES = frozenset(
    {"expulsion", "deportation", "eviction", "arrest", "detention", "prosecution", "punishment", "sanction",
     "dismissal", "dissolution", "closure", "ban", "extradition", "confiscation", "disbandment", "deregistration"}
)  # fmt: skip
#: the same said as "risk being expelled", "face being thrown out" (with the particle where it has one)
PENALISING = frozenset(
    {"expel", "deport", "evict", "arrest", "detain", "prosecute", "punish", "sanction", "dismiss", "dissolve",
     "close", "ban", "extradite", "confiscate", "disband", "strike_off", "throw_out", "kick_out", "shut_down"}
)  # fmt: skip


def penalty_faced(doc: Doc, verb: Token) -> _Found | None:
    """ "Traders living in Moscow without permits face expulsion from the city, a municipal official said",
    "relief agencies risk being thrown out of the country, the minister warned": THREATEN by whoever
    says it against whoever faces the penalty (CAMEO 13). Only when said by someone named ("migrants
    face deportation under the new law" is the outlet's account of a law), never negated, never when
    already done ("faces charges", "faces trial" are no penalties here)."""
    if verb.lemma_.lower() not in ("face", "risk") or _negated(verb):
        return None
    obj = _child(verb, "dobj")
    penalty = obj is not None and obj.lemma_.lower() in PENALTIES
    being = _child(verb, "xcomp", "dobj", "ccomp")
    passive = being if being is not None and being.tag_ == "VBN" else None
    if being is not None and being.lower_ == "being":
        passive = next((c for c in being.children if c.tag_ == "VBN"), None)
    if passive is not None:
        particle = next((c.lower_ for c in passive.children if c.lower_ in ("off", "out", "down")), None)
        lemma = passive.lemma_.lower()
        penalty = penalty or lemma in PENALISING or f"{lemma}_{particle}" in PENALISING
    if not penalty:
        return None
    said = _said_by(doc, verb)
    if said is None or said[0] is None:
        return None
    target = _as_actor(doc, _child(verb, "nsubj"))
    if target is None or target.i == said[0].i:
        return None
    return _Found(verb, "THREATEN", None, verb.head, said[0], target, own_voice=True)


#: what the one who will pay has done: "the consequences of its actions"
DOINGS = frozenset(
    {"action", "act", "behaviour", "behavior", "decision", "move", "aggression", "provocation", "conduct"}
)


def _own_doing(prep: Token) -> bool:
    """ "of its actions", "of their provocations": the consequences of the payer's own acts (a threat),
    not of a thing that happens ("of climate change")."""
    pobj = _child(prep, "pobj")
    return pobj is not None and pobj.lemma_.lower() in DOINGS and _child(pobj, "poss") is not None


#: spans of time a deadline is given in
DEADLINE_SPANS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})
#: who an ultimatum is given to: states, forces and parties (not staff, reporters or students)
PARTIES = frozenset(
    {"government", "military", "rebel", "opposition", "police", "legislature", "party", "igo", "criminal"}
)
#: acts a deadline to do is an expulsion, not a threat: "a week to leave"
LEAVING = frozenset({"leave", "depart", "go", "quit", "exit"})


def deadline_given(doc: Doc, verb: Token) -> _Found | None:
    """ "X gave Y 48 hours to withdraw", "Y was given seven days by X to restore ...": THREATEN by X
    against Y."""
    if verb.lemma_.lower() != "give" or _negated(verb):
        return None
    span, recipient = _child(verb, "dobj"), _child(verb, "dative")
    if span is None or span.lemma_.lower() not in DEADLINE_SPANS:
        # "gave Qatar ten days to ...": the parser may read the span as an adverb and the recipient as
        # the object
        span, recipient = _child(verb, "npadvmod"), recipient or span
        # "gave the commission until Friday noon to publish" (a time, which ``_pobj`` passes over)
        until = next((_child(c, "pobj") for c in verb.children if c.dep_ == "prep" and c.lower_ == "until"), None)
        if (span is None or span.lemma_.lower() not in DEADLINE_SPANS) and until is None:
            return None
        span = span if span is not None and span.lemma_.lower() in DEADLINE_SPANS else until
    if span is None:
        return None
    act = next((c for c in [*verb.children, *span.children] if c.dep_ in ("xcomp", "advcl", "acl", "relcl")
                and c.pos_ == "VERB" and _infinitive(c)), None)  # fmt: skip
    if act is None:
        return None
    leaving = act.lemma_.lower() in LEAVING or (
        act.lemma_.lower() == "get" and any(c.lower_ == "out" for c in act.children)  # "a week to get out of Russia"
    )
    if _child(verb, "auxpass") is not None:
        source, target = _as_actor(doc, _pobj(verb, ("by",))), _actor_token(doc, _child(verb, "nsubjpass"))
    else:
        source, target = _subject(doc, verb), _actor_token(doc, recipient)
    actor = actor_of(doc, target) if target is not None else None
    named = target is not None and target.ent_type_ in ("GPE", "ORG", "NORP")
    # "... or see their ships targeted", "... or face the consequences": a threat whoever it is given to
    joined = [c for t in (act, *act.children) for c in t.children if c.dep_ == "conj"]
    or_else = any(c.lemma_.lower() in ("face", "see", "risk") for c in joined)
    if leaving:
        # "gave 23 British diplomats a week to get out of Russia": an expulsion, coded as "expelled" would
        # be for whoever is sent away ("diplomats": SANCTION; "migrants": COERCE)
        if target is None or source is None:
            return None
        phrases, sent = lexicon().phrases, target.lemma_.lower()
        code = phrases.get("expel", {}).get(sent) or phrases.get("throw_out", {}).get(sent)
        return _Found(verb, code[0], code[1], verb, source, target) if code else None  # (rebels: no entry)
    if actor is None or not (named or or_else or actor.sector in PARTIES or (actor.sector is None and actor.country)):
        return None  # "gave staff a week to prepare", "gave reporters a day to file": a schedule, no threat
    return _Found(verb, "THREATEN", None, verb, source, target)


#: acts a resolve is about when it is a threat: force, a response, retaliation
RESOLVED_ACTS = frozenset({"use", "respond", "retaliate", "strike", "attack", "act", "hit", "defend", "take"})
#: what "use" and "take" must have to be force: "use force", "take action"
FORCE_OBJECTS = frozenset({"force", "weapon", "arm", "military", "action", "measure", "step"})
#: what an attack "would be met with"
RESPONSES = frozenset({"response", "force", "retaliation", "reprisal", "riposte", "counterattack", "resistance"})
#: the verbs that say it
THREAT_LEMMAS = frozenset({"hesitate", "reserve", "tolerate", "meet", "stand", "sit"})


def _future(verb: Token) -> bool:
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux" and not c.is_punct and c.lower_ not in QUOTES]
    return bool(auxes) and all(a in FUTURE for a in auxes)


def _forceful(act: Token) -> bool:
    """ "use force", "respond militarily", "retaliate", "take action": the act resolved on is force."""
    lemma = act.lemma_.lower()
    if lemma not in RESOLVED_ACTS:
        return False
    if lemma in ("use", "take"):
        obj = _child(act, "dobj")
        return obj is not None and obj.lemma_.lower() in FORCE_OBJECTS
    return True


def _against(doc: Doc, act: Token) -> Token | None:
    """Whom the resolved act is against: "against X", "to any X incursion" (the actor inside)."""
    obj = _child(act, "dobj")
    if obj is not None and act.lemma_.lower() not in ("use", "take") and _actor_token(doc, obj) is not None:
        return _actor_token(doc, obj)  # "to strike Hezbollah"
    place = _pobj(act, ("against", "to", "on")) or (_pobj(obj, ("against",)) if obj is not None else None)
    return _actor_token(doc, place) if place is not None else None


def _imposed_on(doc: Doc, act: Token) -> Token | None:
    """Whom a coercive act is done to: a named object ("to expel Estavia"), or "on / against X" after
    the act or its object ("to impose sanctions on X"); not a thing ("to declare a state of emergency")."""
    obj = _child(act, "dobj")
    if obj is not None and obj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
        return _actor_token(doc, obj)
    place = _pobj(act, ("on", "against", "upon")) or (
        _pobj(obj, ("on", "against", "upon")) if obj is not None else None
    )
    return _actor_token(doc, place) if place is not None else None


def _said_by(doc: Doc, verb: Token) -> tuple[Token | None, Token | None] | None:
    """The speaker and the addressee when ``verb`` is said in a threat cue ("warned that ...", "was
    warned by X that ..."); None when it is said by nobody."""
    cue = verb.head
    if verb.dep_ != "ccomp" or cue.lemma_.lower() not in THREAT_CUES or cue.pos_ != "VERB" or _negated(cue):
        return None
    if _child(cue, "auxpass") is not None:
        return _as_actor(doc, _pobj(cue, ("by",))), _actor_token(doc, _child(cue, "nsubjpass"))
    return _subject(doc, cue), _actor_token(doc, _child(cue, "dobj"))


def resolve_threat(doc: Doc, verb: Token) -> _Found | None:
    """ "would not hesitate to use force against X", "reserved the right to respond", "will not
    tolerate", "any attack would be met with a crushing response": THREATEN."""
    lemma = verb.lemma_.lower()
    if lemma == "hesitate" and _negated(verb) and _future(verb):
        act = _child(verb, "xcomp")
        if act is None:
            return None
        if _forceful(act):
            return _Found(verb, "THREATEN", None, verb, _subject(doc, verb), _against(doc, act))
        code = _inner_code(doc, act)  # "would not hesitate to impose sanctions on X", "to declare an emergency"
        if code is None or code[0] not in MATERIAL_HOSTILE or code[0] == "PROTEST":
            return None  # "would not hesitate to call him": no threat
        return _Found(verb, "THREATEN", THREAT_MODES.get(code[0]), verb, _subject(doc, verb), _imposed_on(doc, act))
    if lemma == "reserve" and not _negated(verb):
        right = _child(verb, "dobj")
        act = next((c for c in right.children if c.dep_ in ("acl", "relcl")), None) if right is not None else None
        if right is None or right.lemma_.lower() != "right" or act is None or not _forceful(act):
            return None
        return _Found(verb, "THREATEN", None, verb, _subject(doc, verb), _against(doc, act))
    if lemma == "tolerate" and _negated(verb) and _future(verb):
        if _child(verb, "auxpass") is not None:
            said = _said_by(doc, verb)  # "further violations would not be tolerated", X warned
            if said is None or said[0] is None:
                return None
            return _Found(verb, "THREATEN", None, verb.head, said[0], said[1], own_voice=True)
        obj = _child(verb, "dobj")
        target = _actor_token(doc, obj) if obj is not None else None
        if target is None:
            return None  # "will not tolerate corruption": a stance, nobody threatened
        return _Found(verb, "THREATEN", None, verb, _subject(doc, verb), target)
    idle = any(c.dep_ == "advmod" and c.lower_ == "idly" for c in verb.children)
    if lemma in ("stand", "sit") and idle and _negated(verb) and _future(verb):
        # "warned Cairo that it would not stand idly by", "will not sit idly by if Israel attacks Syria"
        said = _said_by(doc, verb)
        cause = next((c for c in verb.children if c.dep_ == "advcl" and _child(c, "mark") is not None), None)
        target = _as_actor(doc, _child(cause, "nsubj")) if cause is not None else None
        target = target or (said[1] if said is not None else None)
        return _Found(verb, "THREATEN", None, verb, _subject(doc, verb), target)
    if lemma == "meet" and _child(verb, "auxpass") is not None and _future(verb) and not _negated(verb):
        response = _pobj(verb, ("with",))
        if response is None or response.lemma_.lower() not in RESPONSES:
            return None
        said = _said_by(doc, verb)  # "warned that any attack would be met with a crushing response"
        if said is None or said[0] is None:
            return None
        return _Found(verb, "THREATEN", None, verb.head, said[0], said[1], own_voice=True)
    return None


#: verbs of hitting back, and the manner or particle that makes a future response one of force
RESPONDING = frozenset({"respond", "react", "strike", "hit", "deal"})
FORCEFUL = frozenset({"decisively", "forcefully", "firmly", "harshly", "militarily", "resolutely", "strongly",
                      "severely", "mercilessly", "swiftly"})  # fmt: skip
HOSTILE_ACTS = frozenset({"attack", "strike", "incursion", "aggression", "provocation", "violation", "raid",
                          "invasion", "attempt", "move", "act", "warship", "vessel", "aircraft", "plane"})  # fmt: skip


def hitting_back(doc: Doc, verb: Token) -> _Found | None:
    """ "Tehran would respond decisively to any Israeli strike", "the island would strike back at any
    warship that entered its waters": a response of force said for the future is a threat (CAMEO 138)
    against whoever the hostile act would be by; "would respond to the letter" is none."""
    lemma = verb.lemma_.lower()
    if not _future(verb) or _negated(verb):
        return None
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)
    if lemma in ("strike", "hit") and not back:
        return None  # "would strike a deal", "will hit the market": the lexicons read these
    at = _pobj(verb, ("to", "at", "against", "with"))
    # "would deal firmly and decisively with X", the adverbs parsed on the verb or on its preposition
    manner = [a for h in (verb, *(p for p in verb.children if p.dep_ == "prep")) for a in h.children
              if a.dep_ == "advmod"]  # fmt: skip
    manner += [c for a in manner for c in a.children if c.dep_ == "conj"]
    forceful = any(a.lower_ in FORCEFUL for a in manner)
    if lemma == "deal" and not (forceful and at is not None and at.head.lower_ == "with"):
        return None  # "would deal with the backlog": no threat
    # "to any Israeli strike": a hostile act yet to come
    hostile = at is not None and at.lemma_.lower() in HOSTILE_ACTS and any(d.lower_ == "any" for d in at.children)
    if lemma in ("respond", "react") and not (forceful or hostile):
        return None  # "will respond to the letter next week"
    said = _said_by(doc, verb)
    source = _subject(doc, verb) or (said[0] if said is not None else None)
    if source is None:
        return None
    return _Found(verb, "THREATEN", "violence", verb, source, _actor_token(doc, at) if at is not None else None)


#: verbs that say what an act will be taken for: "would be treated as a declaration of war"
DEEMING = frozenset({"treat", "consider", "regard", "view", "deem"})
#: the force an option of which is kept open: "military action", "the use of force", "a strike"
FORCE_OPTIONS = frozenset({"force", "action", "option", "intervention", "strike", "attack", "response", "use"})


def not_ruled_out(doc: Doc, verb: Token) -> _Found | None:
    """ "would not rule out military action against Taiwan", "refused to rule out an attack", "did not
    exclude using force": force kept open is a threat (CAMEO 138) by whoever keeps it open, against
    whom it would be used ("against X", "on X")."""
    if verb.lemma_.lower() == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING and not _negated(verb.head)
    if not (_negated(verb) or refused):
        return None
    option = _child(verb, "dobj", "xcomp")
    if option is None:
        return None
    used = _child(option, "dobj") if option.pos_ == "VERB" and option.lemma_.lower() == "use" else None
    head = used if used is not None else option
    code = _inner_code(doc, option) if option.pos_ == "VERB" else None
    military = any(c.lower_ in ("military", "armed") for c in head.children)
    forceful = head.lemma_.lower() in ("force", "strike", "attack", "intervention") or (
        military and head.lemma_.lower() in FORCE_OPTIONS
    )
    if not forceful and not (code is not None and code[0] in MATERIAL_HOSTILE and code[0] != "PROTEST"):
        return None
    source = _subject(doc, verb.head if refused else verb)
    if source is None:
        return None
    target = _actor_token(doc, _pobj(head, ("against", "on")) or _pobj(option, ("against", "on")))
    violent = military or head.lemma_.lower() in ("force", "attack", "intervention") or (
        code is not None and code[0] in ("ASSAULT", "FIGHT")
    )  # ("a strike" may be a walkout)
    mode = "violence" if violent else (THREAT_MODES.get(code[0]) if code is not None else None)
    return _Found(verb, "THREATEN", mode, verb, source, target, [option.i, head.i])


#: what it will be taken for when that is a threat: "an act of war", "a declaration of war", "an act
#: of aggression"
WAR_LABELS = {"act": frozenset({"war", "aggression"}), "declaration": frozenset({"war"})}


def act_of_war(doc: Doc, verb: Token) -> _Found | None:
    """ "X warned Y that any intervention would be treated as a declaration of war", "X said it would
    consider any deployment an act of war": THREATEN by X (against Y when Y is warned)."""
    if not _future(verb) or _negated(verb):
        return None
    label = _pobj(verb, ("as",)) or _child(verb, "dobj", "oprd")
    what = _pobj(label, ("of",)) if label is not None else None
    if label is None or what is None or what.lemma_.lower() not in WAR_LABELS.get(label.lemma_.lower(), ()):
        return None
    if _child(verb, "auxpass") is not None:
        said = _said_by(doc, verb)
        if said is None or said[0] is None:
            return None  # "the move would be seen as an act of war by many": a forecast
        return _Found(verb, "THREATEN", None, verb.head, said[0], said[1], own_voice=True)
    source = _subject(doc, verb)
    return _Found(verb, "THREATEN", None, verb, source, None) if source is not None else None


#: the verbs whose threats this module reads
THREAT_VERBS = frozenset(SUFFERING) | THREAT_LEMMAS | DEEMING | RESPONDING | {"give", "risk"} | EXCLUDING


def threat_event(doc: Doc, verb: Token) -> _Found | None:
    """The threats of this module said by ``verb``: a price to pay, a deadline given, resolve about force,
    an act that will be taken for war."""
    lemma = verb.lemma_.lower()
    if lemma in SUFFERING:
        return price_to_pay(doc, verb) or penalty_faced(doc, verb)
    if lemma == "risk":
        return penalty_faced(doc, verb)
    if lemma == "give":
        return deadline_given(doc, verb)
    if lemma in DEEMING:
        return act_of_war(doc, verb)
    if lemma in RESPONDING:
        return hitting_back(doc, verb)
    if lemma in EXCLUDING:
        return not_ruled_out(doc, verb)
    return resolve_threat(doc, verb) if lemma in THREAT_LEMMAS else None


#: what the other side may fail or refuse to do, or go on doing: "if X fails to free ...", "if Tehran
#: continued shelling Basra"
FAILING = frozenset({"fail", "refuse", "continue", "persist", "reject", "ignore", "keep", "resume"})
#: acts that are offered, not held over someone: a conditional one is an offer ("would lift sanctions if")
OFFERED = frozenset({"AGREE", "SUPPORT", "AID", "CONSULT", "COOPERATE", "CONCEDE"})
#: the auxiliaries of an act to come: "would", "will", hedged "might", "could"
TO_COME = FUTURE | {"might", "could", "may"}
#: verbs that say a state or a need, no act: "would be difficult unless", "would need help unless"
NO_ACT = frozenset(
    {"be", "have", "need", "want", "become", "remain", "stay", "seem", "like", "prefer", "say", "happen", "mean",
     "continue", "last", "find", "see", "hope", "expect", "accept", "agree", "consider", "welcome"}
)  # fmt: skip
#: the cues whose object is the one warned
WARNING_CUES = frozenset({"warn", "threaten", "caution"})
#: the cues an act held over someone is said with
HELD_OVER_CUES = THREAT_CUES | SPEECH | {"announce", "state", "signal", "hint", "indicate"}


def _condition_on(verb: Token) -> Token | None:
    """The condition ``verb`` is held over: "unless X ...", "if X fails to / refuses to / does not ..."."""
    for clause in verb.children:
        if clause.dep_ != "advcl":
            continue
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if "unless" in marks:
            return clause
        if "if" in marks and (_negated(clause) or clause.lemma_.lower() in FAILING):
            return clause
    return None


def _condition_subject(doc: Doc, condition: Token) -> Token | None:
    """The one a condition is on, named as its subject ("unless Nigeria withdrew": Nigeria; "the safety
    of its soldiers" names nobody)."""
    subj = _child(condition, "nsubj", "nsubjpass")
    return _as_actor(doc, subj) if subj is not None and not subj.is_stop else None


def held_over(doc: Doc, verb: Token) -> _Found | None:
    """ "Cameroon said it would take the dispute to the World Court unless Nigeria withdrew": THREATEN
    by whoever would act, against the one the condition is on."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in NO_ACT or _negated(verb):
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not auxes & TO_COME or "have" in auxes or _child(verb, "auxpass") is not None:
        return None  # "would have acted unless ...": a past that did not happen; passives name no actor
    condition = _condition_on(verb)
    if condition is None:
        return None
    code = _inner_code(doc, verb)
    # "would stop handling container ships unless ...": the act is in the gerund
    ongoing = any(c.dep_ == "xcomp" and c.tag_ == "VBG" and _child(c, "dobj") is not None for c in verb.children)
    if code is None and _child(verb, "dobj") is None and not ongoing:
        return None  # "the bloc could fall apart if ...": something that would happen, no act done to anyone
    if code is not None and (code[0] in OFFERED or (code[0] == "RETREAT" and code[1] != "withdraw")):
        return None  # "would lift the embargo unless ...", "would free them if ...": an offer
    said = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in HELD_OVER_CUES and not _negated(verb.head)
    said = said or any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in SPEECH for c in verb.children)
    if not said:
        return None  # the outlet's own forecast: "prices will rise unless the bank acts"
    source = _subject(doc, verb)
    if source is None:
        return None
    target = _condition_subject(doc, condition)
    if target is None and (code is None or code[0] in MATERIAL_HOSTILE):
        # "would raise rates unless inflation eases": held over no one, no threat (and a hostile act to
        # come is the lexicon's threat already, with its own target)
        return None
    # a withdrawal held over a condition that names nobody is still the speaker's threat ("would pull
    # its battalion out if the safety of its soldiers could not be guaranteed"), never a promise
    mode = THREAT_MODES.get(code[0]) if code is not None else None
    return _Found(verb, "THREATEN", mode, verb, source, target)


def held_over_passive(doc: Doc, verb: Token) -> _Found | None:
    """ "Development loans from Tokyo could be frozen if the junta fails to free political prisoners, a
    Japanese official said": a hostile act in the passive, naming no doer, held over a condition and
    said by someone, is the speaker's threat against the one the condition is on (or, when it names
    nobody, against whoever would suffer the act: "its peacekeepers could be expelled if they ...")."""
    by = _pobj(verb, ("by",))
    forced = by is not None and by.lemma_.lower() == "force" and _child(by, "det", "poss") is None
    if verb.pos_ != "VERB" or _negated(verb) or _child(verb, "auxpass") is None or (by is not None and not forced):
        return None  # a doer named; "removed by force" names only the manner
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not auxes & TO_COME or "have" in auxes:
        return None
    condition = _if_clause(verb)
    code = _inner_code(doc, verb) if condition is not None else None
    if code is None and forced:
        code = ("COERCE", None)  # "would be removed by force if they did not leave"
    if condition is None or code is None or code[0] not in MATERIAL_HOSTILE or code[0] == "PROTEST":
        return None  # "the bloc could be weakened if ...": no act anyone does
    said = _said_cue(doc, verb)
    if said is None:
        return None  # the outlet's own forecast
    cue, speaker = said
    target = _condition_subject(doc, condition)
    if target is None or target.i == speaker.i:
        target = _as_actor(doc, _child(verb, "nsubjpass"))
    if (target is None or target.i == speaker.i) and cue.lemma_.lower() in WARNING_CUES:
        # "warned protesters that they would be removed by force": those warned would suffer it
        target = _as_actor(doc, _child(cue, "dobj"))
    if target is None or target.i == speaker.i:
        return None
    return _Found(verb, "THREATEN", THREAT_MODES.get(code[0]), verb, speaker, target)


def _if_clause(verb: Token) -> Token | None:
    """``verb``'s "if" or "unless" clause."""
    return next(
        (c for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)),
        None,
    )  # fmt: skip


def _said_cue(doc: Doc, verb: Token) -> tuple[Token, Token] | None:
    """The verb that says ``verb``'s clause and its speaker ("..., the minister warned"); ``None`` for the
    outlet's own forecast."""
    cue = verb.head if verb.dep_ == "ccomp" else next(
        (c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in SPEECH), None
    )
    if cue is None or cue.lemma_.lower() not in HELD_OVER_CUES or _negated(cue):
        return None
    speaker = _subject(doc, cue)
    return (cue, speaker) if speaker is not None else None


def held_over_candidate(verb: Token) -> bool:
    """A cheap test: ``verb`` has an "unless" or "if" clause."""
    return _if_clause(verb) is not None


#: verbs that say a consequence will come: "a boycott will follow if ...", "sanctions would ensue"
ENSUING = frozenset({"follow", "ensue", "come", "result"})


def consequence_follows(doc: Doc, verb: Token) -> _Found | None:
    """ "A boycott of French goods will follow if Paris goes ahead with the arms sale, the trade minister
    warned", "a curfew would follow if arson attacks continued, the city said": a hostile act named as
    what will follow a condition, said by someone, is that speaker's threat against whoever the
    condition is on (none, when it names no one)."""
    if verb.lemma_.lower() not in ENSUING or _negated(verb):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children):
        return None
    condition = _if_clause(verb)
    act = _child(verb, "nsubj")
    code = _noun_code(act) if act is not None else None
    if act is None or condition is None or code is None or code[0] not in MATERIAL_HOSTILE | {"PROTEST"}:
        return None
    said = _said_cue(doc, verb)
    if said is None:
        return None  # the outlet's own forecast
    speaker = said[1]
    target = _condition_subject(doc, condition)
    if target is not None and target.i == speaker.i:
        target = None
    return _Found(act, "THREATEN", THREAT_MODES.get(code[0]), verb, speaker, target, [act.i])


#: how a warning is said that makes it a threat ("a stern warning", "warned X sternly"), not advice
STERN = frozenset(
    {"stern", "sternly", "strong", "strongly", "final", "last", "blunt", "bluntly", "harsh", "harshly", "firm",
     "firmly", "veiled", "thinly-veiled", "serious", "severe", "grave", "explicit", "explicitly", "fresh", "new"}
)  # fmt: skip
#: light verbs a warning noun is given with
WARNING_VERBS = frozenset({"issue", "give", "deliver", "send", "sound", "fire", "repeat", "renew"})
#: what a warning of advice is about: "warned residents of flooding", "warned parents about the virus"
ADVICE_PREPS = frozenset({"of", "about", "on"})
#: the sectors a warning between states is exchanged by (not residents, parents or markets)
WARNING_SECTORS = frozenset({"government", "military", "police", "rebel", "igo", "legislature", "judiciary"})


def _political(doc: Doc, tok: Token | None) -> bool:
    """A state, an armed body or an organisation (by its country, its sector or the kind of name it is)."""
    actor = actor_of(doc, tok) if tok is not None else None
    named = tok is not None and tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
    return actor is not None and (actor.country is not None or actor.sector in WARNING_SECTORS or named)


def stern_warning(doc: Doc, tok: Token) -> _Found | None:
    """ "Beijing issued a stern warning to Manila over the reef", "Moscow sternly warned Kiev": a warning
    from one state or armed body to another, said sternly or over a dispute, with no act asked for and no
    danger named, is a threat (CAMEO 130). "warned residents of flooding", "a warning to parents about
    the virus", a warning asked to do something (a demand) or about what may happen (a forecast) are none."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or _negated(tok) or any(c.dep_ == "aux" and c.lower_ in TO_COME for c in tok.children):
        return None
    if lemma == "warn":
        warning, warned = tok, _child(tok, "dobj")
        manner = {c.lower_ for c in tok.children if c.dep_ == "advmod"}
    elif lemma in WARNING_VERBS:
        noun = _child(tok, "dobj")
        if noun is None or noun.lemma_.lower() != "warning":
            return None
        warning = noun
        warned = _pobj(warning, ("to",)) or _pobj(tok, ("to",)) or _child(tok, "dative")
        manner = {c.lower_ for c in warning.children if c.dep_ in ("amod", "compound")}
    else:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in tok.children) or (
        warning is not tok and any(c.dep_ in ("acl", "relcl") for c in warning.children)
    ):
        return None  # what is asked or foreseen is coded (or not) by the rules for it
    preps = {c.lower_ for t in {tok, warning} for c in t.children if c.dep_ == "prep" and not _dated(c)}
    if preps & ADVICE_PREPS or preps & {"against"}:
        return None  # a danger named ("of flooding"), or a demand ("against holding a vote")
    source = _subject(doc, tok)
    target = _actor_token(doc, warned) if warned is not None else None
    if not (manner & STERN or "over" in preps) or not _political(doc, source) or not _political(doc, target):
        return None
    if source is None or target is None:
        return None
    return _Found(warning, "THREATEN", None, tok, source, target, [warning.i] if warning is not tok else [])
