"""Material events on real wire copy (Reuters, coded blind): readings the wire showed wrong, and
constructions of force, custody and readiness the lexicons cannot say.

Doubts (:func:`wire_material_doubt`: the candidate is no event):

* **Follow-on participles.** "attacked a convoy, killing one soldier and wounding two" is one attack:
  a harm participle trailing a violent act (a violent verb, or a support verb with an attack as its
  object, "launched attacks, killing ...") is part of it, not an event of its own.
* **Harm with no one doing it.** A killing, poisoning or wounding whose cause is a thing that is no
  weapon and no actor ("liquor that killed 35", "poisoned by the water", "killed by the explosive force
  of air bags", a ship that "sank, killing" its passengers), or one said to be accidental, is no
  assault.
* **Armed with.** "The group was armed with rifles" describes the group; arming is aid only when
  someone arms someone ("X armed the militia", "were armed by X"), never oneself.
* **A kind of act named.** A gerund with no actor under a preposition of a noun ("the use of jets in
  deporting migrants") names a practice, not an act done.
* **A lasting state ending.** "once the occupation has ended": the state noun as the subject of an
  ending verb is no new act of its holder.

Repairs (:func:`wire_material_repair`: the type or mode changes):

* Cancelling or postponing an election, vote or referendum is a restriction of political freedom
  (COERCE, CAMEO 172), not the withdrawal of a relation.
* Seizing, taking over or commandeering a craft (a plane, ship, bus, train) is hijacking (ASSAULT,
  abduct, CAMEO 181), not seizing property; capturing a place is seizing it (not an arrest).

Events (:func:`wire_material_event`, for verbs the other rules leave):

* A force taking a place ("troops took the town") seizes it (COERCE, CAMEO 1712-style seizure).
* Driving people out of a place: a people or population is expelled (ASSAULT, cleansing, 201); an
  armed group driven out is fought (ASSAULT, military).
* A fine ("the judge fined him") is COERCE by who fines on who is fined.
* Serving a sentence ("served two years for robbery", "is serving a life sentence") is detention
  (COERCE, arrest) of the one who serves it, by no one named.
* An order that puts someone in custody ("were ordered to be held in jail", "was ordered to serve a
  year") is the detention itself, of whom the order names; an order to forces to go on alert or deploy
  is the orderer's mobilisation.
* A release with no one named who released ("was released after a year in jail", "walked free") is
  RETREAT of the released, when the clause says they were held.
* Police or troops bursting into a home or office, locking someone in a room, or taking people away
  is COERCE (a raid, detention); state forces or police bracing for a crowd mobilise (MOBILIZE).
* Someone charged with a crime in a reduced passive ("appeared in court charged with piracy") is
  charged (COERCE, arrest).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from newsprobe.components.event_actors import actor_of
from newsprobe.components.event_lexicon import Code, lexicon
from newsprobe.components.events.arguments import _actor, _actor_token, _agent, _as_actor, _subject
from newsprobe.components.events.modality import _apply_modality, _future, _modal, _negated
from newsprobe.components.events.syntax import (
    WEAPONS,
    _child,
    _Found,
    _infinitive,
    _noun_code,
    _particles,
    _pobj,
    _verb_code,
)
from newsprobe.components.places import gazetteer

#: material kinds this module judges (working types)
MATERIAL = frozenset({"ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "RETREAT", "SANCTION", "AID"})
VIOLENT = frozenset({"ASSAULT", "FIGHT"})
#: verbs of harm whose cause may be a thing: "liquor that killed 35", "poisoned by the water"
HARM = frozenset({"kill", "poison", "injure", "wound", "maim", "hurt", "drown", "electrocute", "crush"})
#: causes that are means of attack even though they are no actor: "a bomb killed", "a mine wounded"
ATTACK_MEANS = WEAPONS | frozenset(
    {"bomb", "blast", "explosion", "explosive", "mine", "landmine", "grenade", "bullet", "shot", "device",
     "attack", "ambush", "raid", "shooting", "bombing", "sniper", "gunman", "assailant", "attacker", "bomber",
     "militant", "gun", "rifle", "knife", "machete", "weapon", "fire", "salvo", "volley", "barrage", "torpedo",
     "projectile", "ied", "booby", "car-bomb"}
)  # fmt: skip
#: "the force / impact of X": the cause is X
FORCE_OF = frozenset({"force", "impact", "power", "weight", "heat"})
#: what craft, buildings and vehicles do by accident: a killing trailing one is no assault
ACCIDENTS = frozenset({"sink", "capsize", "crash", "collapse", "derail", "overturn", "founder", "topple"})
#: the cause of a harm that is no one's act ("killed by the crash")
ACCIDENT_NOUNS = frozenset(
    {"crash", "accident", "collision", "derailment", "sinking", "capsizing", "earthquake", "quake", "flood",
     "flooding", "storm", "hurricane", "typhoon", "cyclone", "tornado", "landslide", "avalanche", "tsunami",
     "disease", "illness", "epidemic", "outbreak", "heatwave", "lightning", "stampede", "overdose"}
)  # fmt: skip
ACCIDENTAL = frozenset({"accidentally", "inadvertently", "unintentionally", "mistakenly"})
ENDING = frozenset({"end", "cease", "finish", "expire", "lift"})
#: crafts whose seizure is a hijacking
CRAFTS = frozenset(
    {"plane", "airliner", "aircraft", "jet", "jetliner", "flight", "airplane", "ship", "vessel", "ferry", "tanker",
     "boat", "bus", "train", "yacht", "freighter", "helicopter", "trawler"}
)  # fmt: skip
POLLS = frozenset({"election", "vote", "poll", "referendum", "ballot", "runoff", "run-off", "plebiscite"})
#: places a force takes: a settlement or a named place
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "capital", "district", "province", "region", "airport", "port", "base", "hill",
     "valley", "stronghold", "garrison", "outpost", "enclave", "island", "pass", "territory"}
)  # fmt: skip
#: armed groups: driving them out is fighting them
ARMED_GROUPS = frozenset(
    {"rebel", "guerrilla", "fighter", "militant", "militia", "militiaman", "troop", "soldier", "force", "army",
     "insurgent", "gunman", "separatist", "unit", "opposition"}
)  # fmt: skip
#: what a sentence is served as: "a sentence", "a jail term", "two years"
SENTENCE_NOUNS = frozenset({"sentence"})
PENAL = frozenset({"jail", "prison", "life", "custodial", "labour", "labor", "imprisonment", "detention",
                   "re-education", "gaol"})
#: "fined" the tagger lemmatises as "fin"
FINED = frozenset({"fined", "fines", "fining"})
TIME_NOUNS = frozenset({"year", "month", "week", "day"})
PRISONS = frozenset({"jail", "prison", "gaol", "custody", "detention", "captivity", "cell", "camp"})
#: what rooms people are locked in, and homes forces burst into
ROOMS = frozenset({"room", "cell", "cellar", "basement", "office", "house", "building", "container", "van"})
HOMES = frozenset(
    {"home", "house", "flat", "apartment", "office", "residence", "premises", "headquarters", "compound", "room",
     "embassy", "newsroom", "studio"}
)  # fmt: skip
#: verbs of arrest and captivity: a release after one of them is a release of a captive
CAPTIVITY_VERBS = frozenset(
    {"arrest", "detain", "capture", "jail", "imprison", "abduct", "kidnap", "seize", "hold", "serve", "sentence",
     "intern", "order"}
)  # fmt: skip
#: verbs of seizing a place: two of them coordinated on one object are one seizure
SEIZING = frozenset({"capture", "seize", "take", "occupy", "annex", "overrun", "retake", "recapture", "grab"})
#: "ready to deploy": readiness, which "prepared to" already makes a mobilisation
READY = frozenset({"ready", "prepared"})
#: readiness of forces: "go on alert", "deploy", "mobilise"
STATE_SECTORS = frozenset({"military", "police", "government"})
#: what "charged with" charges someone with when it is a duty, not a crime
DUTIES = frozenset({"task", "duty", "responsibility", "mission", "job", "role", "care", "oversight"})

#: verbs :func:`wire_material_event` reads (the cheap test of the candidate loop)
WIRE_HEADS = frozenset(
    {"take", "drive", "force", "push", "chase", "fine", "serve", "order", "release", "free", "walk", "burst",
     "break", "lock", "brace", "charge"}
)  # fmt: skip


# -- doubts ---------------------------------------------------------------------------------------


def _violent_governor(gov: Token) -> bool:
    """A violent act: a violent verb, or a verb whose object is an attack ("launched attacks")."""
    if gov.pos_ != "VERB":
        return False
    code = _verb_code(gov)
    if code is not None and code[0] in VIOLENT:
        return True
    obj = _child(gov, "dobj")
    code = _noun_code(obj) if obj is not None else None
    return code is not None and code[0] in VIOLENT


def _trailing_harm(trig: Token) -> Token | None:
    """The clause a harm participle trails ("..., killing one soldier"), else None."""
    part = trig
    if part.dep_ == "conj" and part.head.tag_ == "VBG":  # "killing one and wounding two"
        part = part.head
    if part.tag_ != "VBG" or part.dep_ != "advcl" or _child(part, "nsubj", "mark") is not None:
        return None
    return part.head


def _cause(doc: Doc, trig: Token) -> Token | None:
    """The thing or actor that did the harm: the subject (through "that/which"), the passive agent,
    or, for a trailing participle, the subject of the clause it trails."""
    subj = _child(trig, "nsubj")
    if subj is not None and subj.lower_ in ("that", "which") and trig.dep_ == "relcl":
        subj = trig.head
    if subj is None:
        subj = _pobj(trig, ("by",)) or _agent(doc, trig)
    if subj is None:
        gov = _trailing_harm(trig)
        while gov is not None and _child(gov, "nsubj") is None and gov.dep_ == "conj":
            gov = gov.head  # "struck an iceberg and sank, killing ...": the subject of "struck"
        subj = _child(gov, "nsubj") if gov is not None else None
    if subj is not None and subj.lemma_.lower() in FORCE_OF:
        subj = _pobj(subj, ("of",)) or subj
    return subj


def _means_of_attack(doc: Doc, tok: Token) -> bool:
    # a modifier makes a means of attack ("car bomb", "sniper fire"), but "air" bags are no air strike
    words = {tok.lemma_.lower(), tok.lower_} | {
        c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.lower_ != "air"
    }
    code = _noun_code(tok)
    return bool(words & ATTACK_MEANS) or (code is not None and code[0] in VIOLENT)


def _harmless_cause(doc: Doc, found: _Found) -> bool:
    trig = found.trigger
    if found.kind not in VIOLENT or trig.pos_ != "VERB" or trig.lemma_.lower() not in HARM:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ACCIDENTAL for c in trig.children):
        return True  # "killed accidentally"
    cause = _cause(doc, trig)
    if cause is None or cause.pos_ not in ("NOUN", "PROPN"):
        return False  # a pronoun, or no cause said: the ordinary rules decide
    if cause.pos_ == "PROPN" and cause.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", ""):
        return False  # a name the entities stage missed may be a person's
    if cause.lemma_.lower() in FORCE_OF:
        return False
    if cause.lemma_.lower() in ACCIDENT_NOUNS:
        return True  # "killed by the flight MH17 crash": whatever the modifiers name
    if _means_of_attack(doc, cause):
        return False
    return _as_actor(doc, cause) is None and lexicon().sectors.get(cause.lemma_.lower()) is None


def _armed_with(doc: Doc, found: _Found) -> bool:
    trig = found.trigger
    if found.kind != "AID" or trig.lemma_.lower() != "arm":
        return False
    obj = _child(trig, "dobj")
    if obj is not None and obj.lower_.endswith(("self", "selves")):
        return True  # "armed themselves with knives"
    passive = _child(trig, "auxpass") is not None or (trig.tag_ == "VBN" and _child(trig, "nsubj", "dobj") is None)
    return passive and _pobj(trig, ("by",)) is None


def _named_practice(doc: Doc, found: _Found) -> bool:
    trig = found.trigger
    if found.kind not in MATERIAL or trig.tag_ != "VBG" or trig.dep_ != "pcomp":
        return False
    prep = trig.head
    return prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and _actor(doc, found.source_tok) is None


def _state_ending(found: _Found) -> bool:
    trig = found.trigger
    return (
        found.kind in MATERIAL
        and trig.pos_ == "NOUN"
        and trig.dep_ in ("nsubj", "nsubjpass")
        and trig.head.lemma_.lower() in ENDING
    )


def wire_material_doubt(doc: Doc, found: _Found, coded: Collection[int] = ()) -> bool:
    """Whether a material candidate is no event (see the module docstring); ``coded``: the tokens
    already found to be events (a follow-on participle is dropped only when its attack is coded)."""
    trig = found.trigger
    if found.kind == "COERCE" and _seizure_twin(trig) is not None:
        return True  # "captured and annexed the city": the seizure is coded once, on the first verb
    if found.kind in VIOLENT and trig.lemma_.lower() in HARM | {"shoot", "injure"}:
        gov = _trailing_harm(trig)
        while gov is not None:
            obj = _child(gov, "dobj")
            # the attack is coded, with who made it ("shots were fired at them, killing X": the
            # killing is the only record of the attack)
            attack_coded = (gov.i in coded or (obj is not None and obj.i in coded)) and _subject(doc, gov) is not None
            if (_violent_governor(gov) and attack_coded) or gov.lemma_.lower() in ACCIDENTS:
                return True  # "attacked a convoy, killing ...", "the ferry capsized, killing ..."
            gov = gov.head if gov.dep_ == "conj" else None  # "ambushed the convoy and fled, killing ..."
    return (
        _harmless_cause(doc, found)
        or _armed_with(doc, found)
        or _named_practice(doc, found)
        or _state_ending(found)
        or _cumulative_toll(doc, found)
        or _self_harm(found)
        or _kicked_off(found)
        or _accidental_means(found)
    )


def _kicked_off(found: _Found) -> bool:
    """ "kicked off their campaign": began it."""
    trig = found.trigger
    return trig.lemma_.lower() == "kick" and any(c.dep_ == "prt" and c.lower_ == "off" for c in trig.children)


def _self_harm(found: _Found) -> bool:
    """ "killed himself", "shot herself": a suicide or an accident, no attack on anyone (but see
    :func:`suicide_bombing`)."""
    trig = found.trigger
    obj = _child(trig, "dobj")
    selves = ("himself", "herself", "themselves", "itself")
    return found.kind in VIOLENT and obj is not None and obj.lower_ in selves and not suicide_bombing(trig)


#: who blows himself up in an attack: "a suicide bomber blew himself up outside a police station"
BOMBERS = frozenset({"bomber", "attacker", "assailant", "militant", "insurgent", "terrorist", "jihadist", "gunman"})


def suicide_bombing(verb: Token) -> bool:
    """ "A suicide bomber blew himself up at a checkpoint", "a man blew himself up, killing six": an attack
    by blowing oneself up, told by the one who does it or by the harm it does (not "a man blew himself up
    while making a bomb")."""
    if verb.lemma_.lower() != "blow" or not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    self_ = _child(verb, "dobj")
    if self_ is None or self_.lower_ not in ("himself", "herself", "themselves"):
        return False  # ("rebels blew up a police jeep, killing seven constables": a bombing, told as it is)
    doer = _child(verb, "nsubj")
    bomber = doer is not None and (
        doer.lemma_.lower() in BOMBERS or any(c.lower_ == "suicide" for c in doer.children)
    )
    return bomber or _harm_clause(verb) is not None


def _harm_clause(verb: Token) -> Token | None:
    """The clause telling the harm an act did: "..., killing six"."""
    return next((c for c in verb.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in HARM), None)


def _accidental_means(found: _Found) -> bool:
    """ "killed in a suspected accidental shooting", "died in an accidental explosion", "badly injured in a
    car accident"."""
    trig = found.trigger
    if found.kind not in VIOLENT or trig.pos_ != "VERB" or trig.lemma_.lower() not in HARM:
        return False
    return any(
        g.dep_ == "pobj" and (
            any(m.dep_ == "amod" and m.lower_ in ("accidental", "unintentional") for m in g.children)
            or (c.lower_ in ("in", "by") and g.lemma_.lower() in ACCIDENT_NOUNS)
        )
        for c in trig.children
        if c.dep_ == "prep"
        for g in c.children
    )  # fmt: skip


#: abstract conflicts: "the war has killed 100,000 people" counts a toll, it reports no act
CONFLICTS = frozenset(
    {"war", "conflict", "violence", "fighting", "insurgency", "unrest", "crisis", "uprising", "rebellion",
     "strife", "bloodshed", "turmoil", "clash"}
)  # fmt: skip
#: the span a toll is counted over: "since 1992", "so far this year", "in the past five years" (a month
#: or a week may be one spell of violence)
TOLL_PERIODS = frozenset({"year", "decade"})


def _over_a_period(trig: Token) -> bool:
    for c in trig.children:
        if c.lower_ == "since" and c.dep_ == "prep":
            return True  # "killed since January"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return True  # "killed since the conflict began"
        near = [c, *c.children, *(g for d in c.children for g in d.children)]
        for t in near:
            if t.lower_ in ("far", "date") and t.i > 0 and trig.doc[t.i - 1].lower_ in ("so", "to"):
                return True  # "so far", "to date"
            if t.lemma_.lower() in TOLL_PERIODS and any(d.lower_ in ("past", "last", "this") for d in t.children):
                return True  # "last year", "in the past five years", "this month"
    return False


def _cumulative_toll(doc: Doc, found: _Found) -> bool:
    """A death toll, no act: killings counted over a period with no one named as the killer ("More
    than 30,000 people have been killed since 1992", "1,500 were killed in political violence last
    year"), or done by an abstract conflict ("the war has killed 100,000")."""
    trig = found.trigger
    if found.kind not in VIOLENT or trig.pos_ != "VERB" or trig.lemma_.lower() not in HARM:
        return False
    cause = _cause(doc, trig)
    if cause is not None and cause.lemma_.lower() in CONFLICTS and _as_actor(doc, cause) is None:
        return True
    if found.source_tok is not None or cause is not None or not _over_a_period(trig):
        return False
    # "were killed last year in an ambush" names the attack: an act, not a toll
    return not any(
        c.dep_ == "prep" and any(_means_of_attack(doc, g) for g in c.children if g.dep_ == "pobj")
        for c in trig.children
    )


# -- repairs --------------------------------------------------------------------------------------


def _patient(tok: Token) -> Token | None:
    return _child(tok, "dobj", "nsubjpass")


def _is_place(doc: Doc, tok: Token) -> bool:
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if tok.lemma_.lower() in PLACE_NOUNS:
        return True
    return tok.pos_ == "PROPN" and gazetteer().place(tok.text) is not None


def _seizure_twin(trig: Token) -> Token | None:
    """ "captured and annexed the city": the second of two coordinated seizures, sharing its object
    with the first, which has none of its own."""
    if trig.dep_ != "conj" or trig.lemma_.lower() not in SEIZING or trig.head.lemma_.lower() not in SEIZING:
        return None
    if _child(trig.head, "dobj") is not None or _child(trig, "dobj") is None:
        return None
    return trig.head


def wire_material_repair(doc: Doc, found: _Found) -> _Found:
    """A material candidate's type or mode as the wire needs it (see the module docstring)."""
    trig = found.trigger
    if trig.pos_ != "VERB":
        return found
    lemma = trig.lemma_.lower()
    code = _verb_code(trig)
    if found.kind == "THREATEN" and code is not None and code[0] == "MOBILIZE" and trig.dep_ == "xcomp":
        if trig.head.lower_ in READY:
            found.kind, found.mode = code  # "ready to deploy troops": readiness, as "prepared to"
            return found
    if found.kind == "ASSAULT" and suicide_bombing(trig):
        found.mode = "suicide-attack"  # "a suicide bomber blew himself up outside a police station"
        harm = _harm_clause(trig)
        victims = _child(harm, "dobj") if harm is not None else None
        if victims is not None:
            found.target_tok = _actor_token(doc, victims) or found.target_tok  # "..., killing four Israelis"
        return found
    patient = _patient(trig)
    twin = next((c for c in trig.children if c.dep_ == "conj" and _seizure_twin(c) is not None), None)
    if patient is None and twin is not None and found.kind == "COERCE":
        patient = _child(twin, "dobj")  # "captured and annexed the city": one seizure of the city
        found.target_tok = found.target_tok or _actor_token(doc, patient)
        found.consumed.append(twin.i)
    if patient is None:
        return found
    noun = patient.lemma_.lower()
    if found.kind == "SANCTION" and lemma in ("cancel", "postpone", "suspend", "annul") and noun in POLLS:
        found.kind, found.mode = "COERCE", "restrict"
    elif found.kind == "COERCE" and lemma in ("seize", "capture", "commandeer") and noun in CRAFTS:
        found.kind, found.mode = "ASSAULT", "abduct"
    elif found.kind == "COERCE" and found.mode == "arrest" and lemma == "capture" and _is_place(doc, patient):
        found.mode = "seize"
    return found


# -- events ---------------------------------------------------------------------------------------


def _sector(doc: Doc, tok: Token | None) -> str | None:
    if tok is None:
        return None
    actor = actor_of(doc, tok)
    if actor is not None and actor.sector is not None:
        return actor.sector
    return lexicon().sectors.get(tok.lemma_.lower())


def _force(doc: Doc, tok: Token | None) -> bool:
    return _sector(doc, tok) in ("military", "police", "rebel")


def _asserted(tok: Token) -> bool:
    return not (_negated(tok) or _modal(tok) or _future(tok))


def _found(tok: Token, code: Code, source: Token | None, target: Token | None, consumed: list[int]) -> _Found | None:
    if source is None and target is None:
        return None
    if tok.pos_ == "VERB":
        moded = _apply_modality(code[0], code[1], tok)  # "moved troops to drive them out": a purpose
        if moded is None:
            return None
        code = moded
    if tok.tag_ == "VB" and _child(tok, "aux", "auxpass", "nsubj", "nsubjpass") is None:
        return None  # "to drive them out, and then drive X out of Y": a bare verb goes on an infinitive
    if source is not None and target is not None and source.i == target.i:
        target = None
    return _Found(tok, code[0], code[1], tok, source, target, consumed=consumed)


def _took_place(doc: Doc, tok: Token) -> _Found | None:
    """ "government troops took the town": a force taking a place seizes it."""
    obj = _child(tok, "dobj")
    if obj is None or _particles(tok) or not _is_place(doc, obj):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("to", "from", "through", "across") for c in tok.children):
        return None  # "took the delegation to the capital", "took the road through the valley"
    source = _subject(doc, tok)
    if not _force(doc, source):
        return None
    return _found(tok, ("COERCE", "seize"), source, _actor_token(doc, obj), [])


def _driven_out(doc: Doc, tok: Token) -> _Found | None:
    """ "drove the villagers out of the region" (cleansing), "after driving out the rebels" (fighting)."""
    outward = "out" in _particles(tok) or any(
        c.dep_ == "prep" and c.lower_ == "out" for c in tok.children
    ) or any(c.dep_ == "advmod" and c.lower_ == "out" for c in tok.children)
    obj = _child(tok, "dobj")
    if not outward or obj is None or _child(tok, "auxpass") is not None:
        return None
    source = _subject(doc, tok)
    if source is None:
        return None
    if obj.lemma_.lower() in ARMED_GROUPS or _force(doc, obj):
        code: Code = ("FIGHT", None)
    elif obj.ent_type_ == "NORP" and obj.tag_ in ("NNPS", "NNS", "NNP"):
        code = ("ASSAULT", "cleansing")
    else:
        return None
    return _found(tok, code, source, _actor_token(doc, obj), [])


def _fined(doc: Doc, tok: Token) -> _Found | None:
    """ "the court fined him (500 dollars)": COERCE by who fines on who is fined."""
    fined = _child(tok, "dative", "nsubjpass") or _child(tok, "dobj")
    if fined is None or fined.like_num or any(c.dep_ == "nummod" for c in fined.children):
        return None  # "fined 500 dollars": who was fined is not said
    source = _subject(doc, tok)
    return _found(tok, ("COERCE", None), source, _as_actor(doc, fined), [])


def _serves_term(tok: Token) -> bool:
    obj = _child(tok, "dobj") or _child(tok, "npadvmod")  # "to serve one year", read as a time
    if obj is None:
        return False
    noun = obj.lemma_.lower()
    mods = {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod", "nmod")}
    if noun in SENTENCE_NOUNS or (noun == "term" and mods & PENAL):
        return True  # "a life sentence", "a jail term" (not "two terms as mayor")
    if noun not in TIME_NOUNS:
        return False
    # "served two years in prison / for robbery / of re-education": a term, not an office
    for prep in [c for c in tok.children if c.dep_ == "prep"] + [c for c in obj.children if c.dep_ == "prep"]:
        pobj = _child(prep, "pobj", "pcomp")
        if prep.lower_ == "in" and pobj is not None and pobj.lemma_.lower() in PRISONS:
            return True
        if prep.lower_ == "for" and pobj is not None and (pobj.tag_ == "VBG" or _noun_code(pobj) is not None):
            return True
        penal = any(t.lower_ in PENAL | PRISONS | {"bars"} for t in prep.subtree)
        if prep.lower_ in ("of", "through", "behind") and penal:
            return True  # "one year of re-education through labour", "two years behind bars"
    return False


def _served(doc: Doc, tok: Token) -> _Found | None:
    """ "he served two months for shooting a thief": detention of who serves, by no one named."""
    if tok.dep_ == "xcomp" or not _serves_term(tok):
        return None
    return _found(tok, ("COERCE", "arrest"), None, _subject(doc, tok), [])


def _custody_order(doc: Doc, tok: Token) -> _Found | None:
    """ "were ordered to be held in jail", "was ordered to serve a year": the order is the detention;
    "ordered the troops to go on alert": the orderer mobilises."""
    inner = _child(tok, "xcomp")
    if inner is None or not _infinitive(inner):
        return None
    held = _child(tok, "nsubjpass")
    if held is not None and _child(tok, "auxpass") is not None:
        where = _pobj(inner, ("in",))
        jailed = _serves_term(inner) or (
            inner.lemma_.lower() in ("hold", "keep", "detain", "remain")
            and where is not None
            and where.lemma_.lower() in PRISONS
        )
        if jailed:
            return _found(tok, ("COERCE", "arrest"), _as_actor(doc, _agent(doc, tok)), _as_actor(doc, held), [inner.i])
        return None
    forces = _child(tok, "dobj")
    if forces is None or not _force(doc, forces) or not _asserted(tok):
        return None
    state = _pobj(inner, ("on",))
    alert = inner.lemma_.lower() == "go" and state is not None and state.lemma_.lower() in ("alert", "standby")
    code = _verb_code(inner)
    if alert or (code is not None and code[0] == "MOBILIZE"):
        return _found(tok, ("MOBILIZE", None), _subject(doc, tok), None, [inner.i])
    return None


def _held_before(doc: Doc, tok: Token) -> bool:
    """The clause of a release says the released were held: "after a year in jail", "from custody",
    or a coordinated arrest ("was captured and released")."""
    for t in tok.subtree:
        if t.lemma_.lower() in PRISONS and t.pos_ == "NOUN":
            return True
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        head = tok.head
        return head.lemma_.lower() in CAPTIVITY_VERBS and (head.lemma_.lower() != "order" or _custody_order(
            doc, head) is not None)
    return False


def _released(doc: Doc, tok: Token) -> _Found | None:
    """ "was released after a year in jail", "walked free": a release of the released, by no one named."""
    lemma = tok.lemma_.lower()
    if lemma == "walk":
        if not any(c.dep_ in ("acomp", "advmod", "oprd") and c.lower_ == "free" for c in tok.children):
            return None
        # "walked free after the charges were dropped / from court" (not "is still walking free")
        if tok.tag_ != "VBD" or not any(
            (c.dep_ == "prep" and c.lower_ in ("from", "after")) or (c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("after", "when") for m in c.children))
            for c in tok.children
        ):
            return None
        return _found(tok, ("RETREAT", "release"), None, _as_actor(doc, _child(tok, "nsubj")), [])
    if _agent(doc, tok) is not None or not _held_before(doc, tok):
        return None
    passive = _child(tok, "auxpass") is not None or (tok.dep_ == "conj" and tok.tag_ == "VBN")
    if not passive:
        return None
    released = _child(tok, "nsubjpass") or (_child(tok.head, "nsubjpass") if tok.dep_ == "conj" else None)
    return _found(tok, ("RETREAT", "release"), None, _as_actor(doc, released), [])


#: what is "taken away" from people that is no one in custody
LANDS = frozenset({"country", "nation", "land", "homeland", "state", "city", "town", "village", "home", "farm"})


def _raided(doc: Doc, tok: Token) -> _Found | None:
    """Police or troops "burst into the home of X" (a raid: COERCE on the owner), "locked X in a room"
    (detention), "took X away"."""
    lemma = tok.lemma_.lower()
    if lemma in ("burst", "break"):
        source = _subject(doc, tok)
        if _sector(doc, source) not in STATE_SECTORS:
            return None
        place = _pobj(tok, ("into",))
        if place is None and "in" in _particles(tok) + [c.lower_ for c in tok.children if c.dep_ == "advmod"]:
            return _found(tok, ("COERCE", None), source, None, [])
        if place is None or place.lemma_.lower() not in HOMES:
            return None
        owner = _pobj(place, ("of",)) or _child(place, "poss")
        return _found(tok, ("COERCE", None), source, _as_actor(doc, owner), [])
    patient = _child(tok, "dobj", "nsubjpass")
    person = _as_actor(doc, patient)
    if person is None:
        return None
    if lemma == "lock":
        room = _pobj(tok, ("in", "into"))
        if not ("up" in _particles(tok) or (room is not None and room.lemma_.lower() in ROOMS | PRISONS)):
            return None
    elif lemma == "take":
        if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in tok.children):
            return None  # "took the journalists away"
        if person.ent_type_ in ("GPE", "LOC", "FAC") or person.lemma_.lower() in LANDS:
            return None  # "our country has been taken away from them": a loss felt, nobody detained
    else:
        return None
    return _found(tok, ("COERCE", "arrest"), _subject(doc, tok), person, [])


def _bracing(doc: Doc, tok: Token) -> _Found | None:
    """ "security forces were bracing for thousands of protesters": forces readying (MOBILIZE)."""
    source = _subject(doc, tok)
    if not _force(doc, source) or _pobj(tok, ("for",)) is None:
        return None
    return _found(tok, ("MOBILIZE", None), source, _actor_token(doc, _pobj(tok, ("for",))), [])


def _charged_reduced(doc: Doc, tok: Token) -> _Found | None:
    """ "appeared in court charged with piracy", "were on Friday charged with hijack" (the parser
    reading no passive): a legal charge on whom the clause is about."""
    if tok.tag_ != "VBN" or _child(tok, "nsubj", "nsubjpass", "dobj", "auxpass") is not None:
        return None
    crime = _pobj(tok, ("with",))
    if crime is None or crime.pos_ not in ("NOUN", "PROPN") or crime.lemma_.lower() in DUTIES:
        return None
    head = tok.head
    if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        charged = _as_actor(doc, head)
    elif tok.dep_ in ("advcl", "conj", "xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
        charged = _as_actor(doc, _child(head, "nsubj", "nsubjpass"))
    else:
        return None
    return _found(tok, ("COERCE", "arrest"), _as_actor(doc, _agent(doc, tok)), charged, [])


def attempt_on_life(doc: Doc, tok: Token) -> _Found | None:
    """ "an IRA attempt on her life", "the attempt on the president's life by rebels": an attempted
    killing (ASSAULT) by who attempted it (a modifier, possessor or "by X") on whose life it was."""
    if tok.lemma_.lower() != "attempt" or tok.pos_ != "NOUN":
        return None
    life = _pobj(tok, ("on",))
    if life is None or life.lemma_.lower() not in ("life", "lives"):
        return None
    source = next(
        (a for c in tok.children if c.dep_ in ("compound", "poss", "amod") and (a := _as_actor(doc, c)) is not None),
        None,
    ) or _as_actor(doc, _pobj(tok, ("by",)))
    target = _as_actor(doc, _child(life, "poss"))
    found = _found(tok, ("ASSAULT", None), source, target, [life.i])
    if found is not None and source is None:
        found.victim_only = True  # "survived an attempt on his life": the victim is named
    return found


def wire_candidate(tok: Token) -> bool:
    """Whether :func:`wire_material_event` reads this verb (the candidate loop's cheap test)."""
    return tok.lemma_.lower() in WIRE_HEADS or tok.lower_ in FINED


def wire_material_event(doc: Doc, tok: Token) -> _Found | None:
    """A material event the lexicons cannot say (see the module docstring), else None."""
    lemma = tok.lemma_.lower()
    if (lemma not in WIRE_HEADS and tok.lower_ not in FINED) or tok.pos_ != "VERB" or not _asserted(tok):
        return None
    if lemma == "take":
        return _took_place(doc, tok) or _raided(doc, tok)
    if lemma in ("drive", "force", "push", "chase"):
        return _driven_out(doc, tok)
    if lemma == "fine" or tok.lower_ in FINED:
        return _fined(doc, tok)
    if lemma == "serve":
        return _served(doc, tok)
    if lemma == "order":
        return _custody_order(doc, tok)
    if lemma in ("release", "free", "walk"):
        return _released(doc, tok)
    if lemma in ("burst", "break", "lock"):
        return _raided(doc, tok)
    if lemma == "brace":
        return _bracing(doc, tok)
    if lemma == "charge":
        return _charged_reduced(doc, tok)
    return None
