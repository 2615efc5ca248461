"""Material conflict (CAMEO 15-20): constructions the lexicons cannot say ("put on alert", expelling
people from their homes, chemical weapons), event nouns done by a subject that is no support verb, the
authority that arrests or expels when no agent is named, and a material event's type by sectors and manner.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.entities import entity_at
from newsprobe.components.event_actors import actor_of
from newsprobe.components.event_lexicon import Code, lexicon
from newsprobe.components.events.arguments import _actor_token, _agent, _as_actor, _subject, _target
from newsprobe.components.events.modality import _apply_modality, _negated
from newsprobe.components.events.page_precision import under_fire
from newsprobe.components.events.sanctions import sanction_refine
from newsprobe.components.events.syntax import (
    ATTACK_TARGET_PREPS,
    COOPERATIVE,
    FRAME_REJECT,
    NOUN_TARGET_PREPS,
    OF_HEADS,
    TARGET_PREPS,
    _child,
    _Found,
    _infinitive,
    _inner_code,
    _noun_code,
    _of_objects,
    _particles,
    _pobj,
    _prep_nouns,
    out_of,
)
from newsprobe.components.places import gazetteer
from newsprobe.model import EventActor

#: gatherings one stays away from in protest: "pulled out of a major investment conference"
#: (its own list: "withdrew from the talks" halts negotiations, and "from the party" or "the game" is no boycott)
BOYCOTTED_GATHERINGS = (
    "conference", "summit", "forum", "ceremony", "festival", "games", "olympics", "congress", "gala",
)  # fmt: skip
#: (verb lemma, preposition) -> {noun lemma -> code}: "put its forces on alert", "taken into custody",
#: "used civilians as human shields", "walked out of the talks", "withdrew as mediator"
PREP_PHRASES: dict[tuple[str, str], dict[str, Code]] = {
    **{(v, "on"): {"alert": ("MOBILIZE", None), "standby": ("MOBILIZE", None), "trial": ("COERCE", "arrest")}
       for v in ("put", "place")},
    **{(v, "into"): {"custody": ("COERCE", "arrest"), "detention": ("COERCE", "arrest")} for v in ("take", "put")},
    **{
        (v, p): {"custody": ("COERCE", "arrest"), "arrest": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"),
                 "curfew": ("COERCE", "curfew")}
        for v in ("place", "put", "hold", "keep", "remand") for p in ("in", "under")
    },
    **{(v, "as"): {"shield": ("ASSAULT", "abduct")} for v in ("use", "hold", "keep", "take")},
    **{
        (v, p): {n: ("SANCTION", "withdraw") for n in ("talk", "negotiation", "mediation", "dialogue")}
        for v, p in (("walk", "out"), ("pull", "out"), ("withdraw", "from"), ("pull_out", "of"), ("walk_out", "of"))
    },
    ("withdraw", "as"): {"mediator": ("SANCTION", "withdraw"), "mediators": ("SANCTION", "withdraw")},
    ("step_down", "as"): {"mediator": ("SANCTION", "withdraw")},
    # "ended its role as mediator", "quit as mediator" (CAMEO 165); "held X without charge" (173);
    # below: "put its army on a war footing" (15x)
    **{(v, "as"): {"mediator": ("SANCTION", "withdraw")} for v in ("end", "quit", "abandon", "relinquish", "resign")},
    **{(v, "without"): {"charge": ("COERCE", "arrest"), "trial": ("COERCE", "arrest")} for v in ("hold", "keep")},
}  # fmt: skip
for _v in ("put", "place"):
    PREP_PHRASES[(_v, "on")]["footing"] = ("MOBILIZE", None)
# "pulled out of the investment conference", "withdrew from the games": a boycott (CAMEO 143)
for _key in (("pull", "out"), ("withdraw", "from"), ("pull_out", "of"), ("walk_out", "of")):
    PREP_PHRASES[_key].update({_n: ("PROTEST", "boycott") for _n in BOYCOTTED_GATHERINGS})
# "police went on maximum alert" (CAMEO 151/152)
PREP_PHRASES[("go", "on")] = {"alert": ("MOBILIZE", None), "standby": ("MOBILIZE", None)}


#: expelling these is deporting individuals (CAMEO 174, COERCE), not a diplomatic expulsion (166)
DEPORTEES = frozenset(
    {"journalist", "correspondent", "reporter", "migrant", "immigrant", "refugee", "national", "citizen", "worker",
     "activist", "missionary", "foreigner", "tourist", "student", "man", "woman", "family", "preacher", "cleric"}
)  # fmt: skip
#: where people are driven from in a mass expulsion (CAMEO 201): "from their homes / villages / land"
HOMES = frozenset({"home", "village", "land", "house", "homeland", "farm"})
EXPELLING = frozenset({"expel", "drive", "force", "chase", "push", "order", "tell"})
#: what a body is told to close or wind up when it is sent away ("to wind up its operations"), and how
CLOSING_DOWN = frozenset({("wind", "up"), ("shut", "down"), ("close", None), ("close", "down"), ("cease", None)})
OPERATIONS = frozenset({"operation", "office", "mission", "bureau", "activity", "programme", "program"})
#: chemical, biological, radiological and nuclear means (CAMEO 204): the noun, and for generic nouns
#: the modifier that makes them one ("chemical weapons", "poison gas", "atomic bomb")
CBRN_NOUNS = frozenset({"sarin", "chlorine", "ricin", "anthrax", "novichok", "vx"})
CBRN_GENERIC = {
    "weapon": frozenset({"chemical", "biological", "nuclear", "atomic", "radiological", "destruction"}),
    "gas": frozenset({"poison", "nerve", "toxic", "chlorine", "mustard", "sarin"}),
    "agent": frozenset({"nerve", "chemical", "biological"}),
    "bomb": frozenset({"atomic", "nuclear", "hydrogen", "dirty"}),
    "warhead": frozenset({"nuclear", "atomic", "chemical"}),
    "device": frozenset({"nuclear", "radiological"}),
}
CBRN_USE = frozenset({"use", "drop", "fire", "launch", "unleash", "employ"})
#: what an armed force strikes when it strikes a thing: "struck an ammunition depot"
STRUCK_THINGS = frozenset(
    {"depot", "base", "position", "target", "convoy", "airfield", "airbase", "facility", "refinery", "bridge",
     "port", "town", "city", "village", "headquarters", "post", "outpost", "checkpoint", "camp", "stronghold"}
)  # fmt: skip
#: "refused to say whether ...": declining to speak is no rejection of anything
NON_COMMITTAL = frozenset(
    {"say", "comment", "confirm", "disclose", "reveal", "specify", "elaborate", "speculate", "identify", "name"}
)


#: the verbs whose events :func:`_material_event` reads (besides the lexicon's)
MATERIAL_HEADS = frozenset(
    {"put", "place", "take", "hold", "keep", "remand", "use", "walk", "pull", "withdraw", "step", "drop", "fire",
     "launch", "unleash", "employ", "drive", "chase", "push", "order", "tell", "force", "compel", "coerce",
     "claim", "accept", "admit", "survive", "escape", "strike", "charge", "expel", "refuse", "decline", "declare",
     "come", "stone", "club", "burn", "bludgeon", "batter", "hack",
     "end", "quit", "abandon", "relinquish", "resign", "file", "bring", "press", "lay", "move", "mass", "roll",
     "halt", "suspend", "stop", "freeze", "withhold", "cancel", "go"}
)  # fmt: skip


def _cbrn(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in CBRN_NOUNS or tok.lower_ in CBRN_NOUNS:
        return True
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    of = _pobj(tok, ("of",))
    if of is not None:  # "weapons of mass destruction"
        mods.add(of.lemma_.lower())
    return bool(mods & CBRN_GENERIC.get(lemma, frozenset()))


def _expulsion(doc: Doc, tok: Token, patient: Token | None) -> Code | None:
    """Expelling people from their homes is a mass expulsion (ASSAULT, CAMEO 201); expelling
    individuals is deportation (COERCE, 174); a diplomatic expulsion is left to the lexicon."""
    if _child(tok, "nsubj") is not None and _subject(doc, tok) is None:
        return None  # "the floods drove families from their homes": nobody expelled them
    if any(p in ("from", "out") and n.lemma_.lower() in HOMES for p, n in _prep_nouns(tok)):
        if patient is not None and (patient.tag_ in ("NNS", "NNPS") or patient.lemma_.lower() in OF_HEADS):
            return "ASSAULT", "cleansing"
    for cand in _of_objects([patient] if patient is not None else []):
        if cand.lemma_.lower() in DEPORTEES:
            return "COERCE", "deport"
    places = [n for p, n in _prep_nouns(tok) if p in ("from", "out")]
    if _a_people(patient) and any(n.ent_type_ in ("GPE", "LOC") or n.pos_ == "PROPN" or n.lemma_.lower() in REGIONS
                                  for n in places):
        return "ASSAULT", "cleansing"  # "expelled thousands of ethnic Albanians from Pec" (CAMEO 201)
    return None


#: parts of a land a people is driven from ("out of its southern districts")
REGIONS = frozenset({"district", "region", "province", "area", "town", "city", "valley", "corridor", "territory"})


def _a_people(patient: Token | None) -> bool:
    """ "thousands of ethnic Albanians", "ethnic Nepalis": a people named as such (not "three Russian
    diplomats", whose head is no people)."""
    for cand in _of_objects([patient] if patient is not None else []):
        ethnic = any(c.lower_ == "ethnic" for c in cand.children)
        if cand.tag_ in ("NNS", "NNPS") and (cand.ent_type_ == "NORP" or ethnic):
            return True
    return False


#: what one is ordered out of when the order is an expulsion (with any named country or region)
LANDS = frozenset({"country", "territory", "region", "province", "state", "kingdom", "republic", "zone"})


def _a_land(place: Token | None) -> bool:
    return place is not None and (place.ent_type_ in ("GPE", "LOC") or place.lemma_.lower() in LANDS)


def _ordered_out_of_a_land(verb: Token, patient: Token | None) -> bool:
    """ "ordered the ambassador out of the country", "were ordered out of Ethiopia": an order to leave
    a land, said with "out of"."""
    return _a_land(out_of(verb, patient))


#: rooms and gatherings one is sent out of without being expelled from a land or a site
ROOMS = frozenset(
    {"room", "courtroom", "chamber", "hall", "office", "classroom", "class", "house", "home", "studio", "meeting",
     "session", "hearing", "restaurant", "bar", "shop", "store", "car", "bus", "plane", "kitchen", "field",
     "pitch", "game", "match", "locker", "dressing", "building", "premises", "stage"}
)  # fmt: skip


def _closing_down(act: Token) -> bool:
    """ "(told the charity) to wind up its operations", "to close its office in Tashkent": a body sent
    away from the country (CAMEO 1663), said by what it must stop there."""
    done = act.lemma_.lower()
    particle = next((c.lower_ for c in act.children if c.dep_ == "prt"), None)
    closing = (done, particle) in CLOSING_DOWN
    what = _child(act, "dobj")
    return closing and what is not None and what.lemma_.lower() in OPERATIONS and _child(what, "poss") is not None


def _kept_indoors(doc: Doc, verb: Token, patient: Token | None) -> bool:
    """ "Authorities ordered residents to stay indoors from dusk until dawn": a curfew (CAMEO 1723), when
    a state body orders a people (not "the doctor told her to stay home")."""
    stay = _child(verb, "xcomp")
    if patient is None:
        return False
    inside = stay is not None and stay.lemma_.lower() in ("stay", "remain", "keep") and (
        any(c.lower_ in ("indoors", "inside", "home") for c in stay.children)
        or any(p.lemma_.lower() in ("home", "house") for p in (_pobj(stay, ("in", "at")),) if p is not None)
    )
    # "residents were ordered off the streets from dusk until dawn by the commandant"
    off_the_streets = any(p.lemma_.lower() == "street" for p in _off(verb, patient))
    by = _subject(doc, verb) or (_agent(doc, verb) if _child(verb, "auxpass") is not None else None)
    orderer = actor_of(doc, by) if by is not None else None
    state_order = orderer is not None and orderer.sector in STATE_FORCES
    return (inside or off_the_streets) and patient.tag_ == "NNS" and state_order


#: the rolls a party or a candidate is struck off
ROLLS = frozenset({"register", "registry", "ballot"})


def _struck_off_a_roll(verb: Token, patient: Token) -> bool:
    """ "struck a small party off the register of political parties": a ban, no blow."""
    return any(p.lemma_.lower() in ROLLS for p in _off(verb, patient))


def _off(verb: Token, patient: Token) -> list[Token]:
    """What one is ordered or struck off ("off the streets", "off the register"), the parser hanging
    "off" on the verb or on its object."""
    return [p for p in (_pobj(verb, ("off",)), _pobj(patient, ("off",))) if p is not None]


def ordered_out_of_a_room(verb: Token) -> bool:
    """ "ordered him out of the courtroom", "out of the dressing room": no expulsion ("ordered out two
    diplomats", "ordered the inspectors out of the nuclear complex" are)."""
    place = out_of(verb, _child(verb, "dobj", "nsubjpass"))
    return place is not None and place.lemma_.lower() in ROOMS


def _material_event(doc: Doc, tok: Token) -> _Found | bool | None:
    """Events of CAMEO roots 15-20 that need more than a word: a preposition phrase ("put on alert"),
    a frame ("forced X to ..."), a means (chemical weapons), a claim of responsibility. ``False``: no
    event here at all ("refused to say"); ``None``: the ordinary rules decide."""
    lemma = tok.lemma_.lower()
    keys = [lemma] + [f"{lemma}_{p}" for p in _particles(tok)]
    if lemma in FRAME_REJECT:
        said = _child(tok, "xcomp")
        return False if said is not None and said.lemma_.lower() in NON_COMMITTAL else None
    patient = _child(tok, "dobj", "nsubjpass")
    found: _Found | None = None
    code: Code | None = None
    for key in keys:
        for prep, noun in _prep_nouns(tok):
            code = PREP_PHRASES.get((key, prep), {}).get(noun.lemma_.lower())
            if code is not None:
                found = _Found(tok, code[0], code[1], tok, consumed=[noun.i])
                if code[0] == "SANCTION":  # "walked out of the talks with the government"
                    found.target_tok = _actor_token(doc, _pobj(noun, ("with",)))
                break
        if found is not None:
            break
    if found is None and lemma in EXPELLING and patient is not None:
        leave = _child(tok, "xcomp")
        if leave is not None and leave.lemma_.lower() not in ("leave", "depart", "quit"):
            # "ordered the charity to halt its work and leave the country"
            leave = next((c for c in leave.children if c.dep_ == "conj" and c.lemma_.lower() == "leave"), leave)
        left = _child(leave, "dobj") if leave is not None else None
        ordered = lemma in ("order", "tell", "force") and leave is not None and (
            leave.lemma_.lower() in ("leave", "depart", "quit") or _closing_down(leave))
        if ordered and left is not None and left.lemma_.lower() in ROOMS:
            ordered = False  # "ordered its staff to leave the building": sent out of a room, not a land
        if lemma == "tell" and ordered:
            # "told Oxfam to leave the country", "to wind up its operations" (a body told to leave a
            # land; "told the players to leave" sends no one from anywhere)
            sent_away = (leave is not None and _closing_down(leave)) or _a_land(left)
            ordered = sent_away and _as_actor(doc, patient) is not None
        ordered = ordered or (lemma == "order" and _ordered_out_of_a_land(tok, patient))
        if ordered or lemma in ("expel", "drive", "chase", "push") or "out" in _particles(tok):
            code = _expulsion(doc, tok, patient) or (("SANCTION", "expel") if ordered else None)
            if code is not None:
                found = _Found(tok, code[0], code[1], tok, consumed=[leave.i] if ordered and leave is not None else [])
    if found is None and lemma in ("order", "tell", "instruct") and _kept_indoors(doc, tok, patient):
        found = _Found(tok, "COERCE", "curfew", tok, consumed=[c.i for c in tok.children if c.dep_ == "xcomp"])
    if found is None and lemma in ("force", "compel", "coerce"):
        inner = _child(tok, "xcomp")
        forcer = _subject(doc, tok)  # "the floods forced residents to flee": nobody coerced them
        if inner is not None and _infinitive(inner) and _as_actor(doc, patient) is not None and forcer is not None:
            # "forced the paper to close": one coercion; "forced the rebels to withdraw": the rebels'
            # retreat (or concession) is an event of its own as well
            done = _inner_code(doc, inner)
            own_act = done is not None and done[0] in COOPERATIVE | {"CONCEDE", "RETREAT"}
            found = _Found(tok, "COERCE", None, tok, consumed=[] if own_act else [inner.i])
    before = [t.lower_ for t in doc[max(tok.i - 2, 0) : tok.i]]
    if lemma in ("fire", "launch") and (before[-2:] == ["test", "-"] or before[-1:] == ["test"]):
        found = _Found(tok, "MOBILIZE", "weapons", tok)  # "test-fired missiles": a show of force, no attack
    if found is None and lemma in CBRN_USE:
        means = _of_objects([c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "advmod", "npadvmod")])
        if any(_cbrn(m) for m in means):
            found = _Found(tok, "ASSAULT", "unconventional", tok)
    if found is None and lemma == "strike" and patient is not None and _struck_off_a_roll(tok, patient):
        found = _Found(tok, "COERCE", "ban", tok)  # "struck a nationalist party off the register" (CAMEO 1722)
    if found is None and lemma == "strike" and patient is not None:
        struck = patient.lemma_.lower() in STRUCK_THINGS or _as_actor(doc, patient) is not None
        if struck and _subject(doc, tok) is not None:  # "the storm struck Florida" is no attack
            found = _Found(tok, "FIGHT", None, tok)
    if found is None and any(p == "to" and n.lemma_.lower() == "death" for p, n in _prep_nouns(tok)):
        if lemma not in ("sentence", "condemn", "freeze", "starve") and _child(tok, "dobj", "nsubjpass") is not None:
            found = _Found(tok, "ASSAULT", None, tok)  # "hacked / stoned / beaten to death": a killing
    if found is None and lemma == "declare" and any(t.lower_ == "grata" for t in tok.subtree):
        found = _Found(tok, "SANCTION", "expel", tok)  # "declared two diplomats persona non grata"
    if found is None and lemma == "charge" and any(p == "with" for p, _ in _prep_nouns(tok)):
        subj = _child(tok, "nsubj")
        passive = _child(tok, "auxpass") is not None
        if passive or (subj is not None and lexicon().sectors.get(subj.lemma_.lower()) in ("judiciary", "police")):
            found = _Found(tok, "COERCE", "arrest", tok)  # a legal charge (CAMEO 173), not an accusation
    if found is None:
        found = _alert_state(tok) or _held_captive(doc, tok) or _legal_charges(doc, tok) or _forces_moving(doc, tok)
        found = found or _relief_halted(tok)
    if found is None:
        return _noun_act(doc, tok)
    moded = _apply_modality(found.kind, found.mode, tok)
    if moded is None:
        return False
    found.kind, found.mode = moded
    found.source_tok = _subject(doc, tok)
    if found.source_tok is None and _child(tok, "auxpass") is not None:
        found.source_tok = _as_actor(doc, _agent(doc, tok))  # "were ordered off the streets by the commandant"
    if found.kind == "MOBILIZE" and found.source_tok is None:
        found.source_tok = _as_actor(doc, patient)  # "police were placed on alert": the police mobilise
    elif found.target_tok is None and found.kind != "MOBILIZE":
        preps = ATTACK_TARGET_PREPS if found.kind in ("FIGHT", "ASSAULT") else TARGET_PREPS
        found.target_tok = _target(doc, tok, preps)
    if found.source_tok is None:
        found.source_tok = _place_authority(doc, tok, found.kind, found.mode)
    if found.source_tok is not None and found.target_tok is not None and found.source_tok.i == found.target_tok.i:
        found.target_tok = None
    if found.source_tok is None and found.target_tok is None:
        return None
    return found


def _noun_act(doc: Doc, tok: Token) -> _Found | None:
    """An event noun whose actor is the subject of a verb that is no support verb: "claimed
    responsibility for the bombing", "were engaged in ethnic cleansing" (the subject acts), "survived
    an assassination attempt" (the subject is the target)."""
    lemma = tok.lemma_.lower()
    noun: Token | None = None
    subject_acts = True
    if lemma in ("claim", "accept", "admit") and not _negated(tok):
        resp = _child(tok, "dobj")
        if resp is not None and resp.lemma_.lower() == "responsibility":
            noun = _pobj(resp, ("for",))
    elif lemma in ("survive", "escape"):
        noun, subject_acts = _child(tok, "dobj"), False
    elif lemma == "come":  # "the convoy came under fire / attack from rebels"
        noun, subject_acts = _pobj(tok, ("under",)), False
    elif lemma in ("engage", "participate", "involve"):
        noun = _pobj(tok, ("in",))
    if noun is None:
        return None
    code = ("FIGHT", "firearms") if noun.lemma_.lower() in ("fire", "gunfire") and lemma == "come" else _noun_code(noun)
    criticised = lemma == "come" and code is not None and code[0] == "DISAPPROVE"  # "came under criticism from X"
    if code is None or (code[0] not in ("ASSAULT", "FIGHT", "COERCE") and not criticised):
        return None
    moded = _apply_modality(code[0], code[1], tok)
    if moded is None:
        return None
    subj = _child(tok, "nsubj", "nsubjpass")
    actor = _as_actor(doc, subj)
    if subject_acts:
        source = actor
        target = _actor_token(doc, _pobj(noun, NOUN_TARGET_PREPS)) or _actor_token(doc, _pobj(tok, ("against",)))
    else:
        source, target = _as_actor(doc, _pobj(noun, ("by", "from")) or _pobj(tok, ("from",))), actor
    if source is None and target is None:
        return None
    if lemma == "come" and moded[0] in ("FIGHT", "ASSAULT"):
        reading = under_fire(doc, tok, noun, source, target)  # "came under fire from critics for ..."
        if reading is None:
            return None
        if reading == "criticism":
            return _Found(noun, "DISAPPROVE", None, tok, source, target, consumed=[noun.i])
    # the noun alone ("an attack by gunmen") would say the same event again
    return _Found(noun, moded[0], moded[1], tok, source, target, consumed=[noun.i], victim_only=not subject_acts)


def _place_authority(doc: Doc, verb: Token, kind: str, mode: str | None) -> Token | None:
    """ "was arrested in Egypt", "were expelled from Zimbabwe": with no agent named, the country
    where someone is arrested, or that expels them, is who acts."""
    if _child(verb, "auxpass") is None or _agent(doc, verb) is not None:
        return None
    if not (kind == "COERCE" and mode in ("arrest", "deport")) and not (kind == "SANCTION" and mode == "expel"):
        return None
    preps = ("in",) if mode == "arrest" else ("from",)
    for prep, noun in _prep_nouns(verb):
        if prep not in preps:
            continue
        for t in noun.subtree:
            place = gazetteer().place(t.text) if (t.is_title or t.is_upper) else None
            if place is not None and place.kind == "country":
                return t
    return None


def _material_refine(found: _Found, source: EventActor | None) -> Code:
    """A blocked road or site by a state's forces is a blockade or restriction (COERCE, CAMEO 191 /
    1721), by anyone else an obstruction (PROTEST); coercion done "violently" is violent repression
    (ASSAULT, 175). By sectors and manner, never by who acts."""
    kind, mode = found.kind, found.mode
    head = found.source_tok
    if kind == "PROTEST" and mode == "obstruct" and source is not None and head is not None:
        # the head of the actor's phrase: "supporters of President X" are no state force
        ent = entity_at(head.doc, head.idx, head.idx + len(head.text))
        if lexicon().sectors.get(head.lemma_.lower()) in STATE_FORCES or (ent is not None and ent.label == "GPE"):
            return "COERCE", "restrict"
    if kind == "COERCE" and mode == "restrict" and source is not None and source.sector in BLOCKING_PEOPLE:
        barrier = _child(found.trigger, "dobj")
        if barrier is not None and barrier.lemma_.lower() in ("roadblock", "checkpoint", "cordon"):
            return "PROTEST", "obstruct"  # "settlers set up a roadblock near Hebron": no state force restricts
    if kind == "COERCE" and any(
        c.dep_ == "advmod" and c.lower_ in ("violently", "brutally") for c in found.trigger.children
    ):
        return "ASSAULT", "pro_autocracy"
    if kind == "ASSAULT" and any(c.dep_ == "advmod" and c.lower_ == "sexually" for c in found.trigger.children):
        return "ASSAULT", "sexual"
    return sanction_refine(kind, mode, found.trigger)


STATE_FORCES = frozenset({"military", "government", "police"})
#: who blocks a road in protest, not as a state's restriction
BLOCKING_PEOPLE = frozenset({"civilian", "opposition", "labour", "education", "refugee", "religious", "party"})


#: "on a (heightened) state of alert", "at the highest level of readiness": the condition named after "of"
CONDITION_NOUNS = frozenset({"state", "level", "status"})
ALERTS = frozenset({"alert", "readiness", "preparedness", "standby"})


def _alert_state(tok: Token) -> _Found | None:
    """ "placed police at airports on the highest state of alert": putting forces on alert (CAMEO
    151/152) when the parser hangs the "on" phrase inside the object's own phrase."""
    if tok.lemma_.lower() not in ("put", "place") or _child(tok, "dobj", "nsubjpass") is None:
        return None
    for t in tok.subtree:
        if t.dep_ != "prep" or t.lower_ != "on" or t.i < tok.i:
            continue
        if any(a.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp") and a.i > tok.i for a in _path(t, tok)):
            continue  # inside a clause of its own
        noun = _child(t, "pobj")
        if noun is not None and noun.lemma_.lower() in CONDITION_NOUNS:
            noun = _pobj(noun, ("of",))
        if noun is not None and noun.lemma_.lower() in ALERTS:
            return _Found(tok, "MOBILIZE", None, tok, consumed=[noun.i])
    return None


def _path(tok: Token, top: Token) -> list[Token]:
    """The heads from ``tok`` up to (not including) ``top``."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


#: participles that make the people held captives: "holding 14 workers kidnapped last month"
TAKEN = frozenset({"kidnap", "abduct", "seize", "capture", "take", "snatch"})


def _held_captive(doc: Doc, tok: Token) -> _Found | None:
    """ "are still holding 14 oil workers kidnapped from a camp": holding people taken captive is
    detention (CAMEO 173), the taking an event of its own."""
    if tok.lemma_.lower() not in ("hold", "keep") or _child(tok, "auxpass") is not None:
        return None
    obj = _child(tok, "dobj")
    if obj is None or _as_actor(doc, obj) is None:
        return None
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in TAKEN for c in obj.children):
        return _Found(tok, "COERCE", "arrest", tok)
    return None


#: bodies whose charges are legal action (CAMEO 173), not an accusation
CHARGING_SECTORS = frozenset({"judiciary", "police"})


def _legal_charges(doc: Doc, tok: Token) -> _Found | None:
    """ "prosecutors filed / brought / pressed charges against X": legal action (COERCE, 173) when
    a court, prosecutor or the police charges (anyone else's charges are an accusation)."""
    if tok.lemma_.lower() not in ("file", "bring", "press", "lay"):
        return None
    obj = _child(tok, "dobj", "nsubjpass")
    if obj is None or obj.lemma_.lower() != "charge":
        return None
    subj = _child(tok, "nsubj") or _agent(doc, tok)
    if subj is None or lexicon().sectors.get(subj.lemma_.lower()) not in CHARGING_SECTORS:
        return None
    found = _Found(tok, "COERCE", "arrest", tok, consumed=[obj.i])
    found.target_tok = _actor_token(doc, _pobj(obj, ("against",)) or _pobj(tok, ("against",)))
    return found


#: where forces move up to: a frontier, not a town (moving into a town is an incursion or a patrol)
FRONTIERS = frozenset({"border", "frontier", "line", "boundary", "front", "front-line", "frontline"})
#: "armed supporters", "heavily armed men": people made a force by their arms
ARMED = frozenset({"armed", "heavily-armed"})


def _forces_moving(doc: Doc, tok: Token) -> _Found | None:
    """Forces moving to a frontier or massing (CAMEO 154, MOBILIZE), said with the forces as the
    subject: "army units began moving towards the border", "armed supporters have been massing on
    the outskirts of Aden". The subject must be a force (troops, units, an armed group)."""
    lemma = tok.lemma_.lower()
    if lemma not in ("move", "mass", "roll") or _child(tok, "dobj", "auxpass") is not None:
        return None
    subj = _subject(doc, tok)  # "units began moving": the subject of "began"
    if subj is None:
        return None
    armed = any(c.dep_ == "amod" and c.lower_ in ARMED for c in subj.children)
    if not (armed or subj.lemma_.lower() in MOVING_FORCES or lexicon().sectors.get(subj.lemma_.lower()) == "military"):
        return None
    if lemma in ("move", "roll"):
        ahead = _pobj(tok, ("towards", "toward", "to", "up"))
        if ahead is None or not ({ahead.lemma_.lower()} | {c.lemma_.lower() for c in ahead.children}) & FRONTIERS:
            return None
    return _Found(tok, "MOBILIZE", "troops", tok)


#: force nouns that move or mass ("units", "tanks", "columns")
MOVING_FORCES = frozenset(
    {"troop", "soldier", "force", "army", "tank", "unit", "battalion", "brigade", "division", "column", "convoy",
     "fighter", "militia", "militiaman", "reinforcement", "armour", "armor", "vehicle"}
)  # fmt: skip


#: stopping these when they are relief is stopping humanitarian assistance (CAMEO 1623): "halted
#: food distributions", "suspended relief flights" (a convoy or supplies stopped on the road are obstructed)
RELIEF_KINDS = frozenset({"food", "aid", "relief", "humanitarian", "medical"})
RELIEF_FORMS = frozenset({"distribution", "delivery", "airlift", "flight", "operation", "programme", "program"})
HALTING = frozenset({"halt", "suspend", "stop", "end", "freeze", "withhold", "cancel"})


def _relief_halted(tok: Token) -> _Found | None:
    """ "the agencies halted food distributions": relief stopped (SANCTION, discontinue), said by
    what was distributed ("halted the distribution of the film" is no event)."""
    if tok.lemma_.lower() not in HALTING:
        return None
    obj = _child(tok, "dobj", "nsubjpass")
    if obj is None or obj.lemma_.lower() not in RELIEF_FORMS:
        return None
    kinds = {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
    of = _pobj(obj, ("of",))
    if of is not None:  # "the distribution of food aid"
        kinds |= {of.lemma_.lower()} | {c.lemma_.lower() for c in of.children if c.dep_ in ("compound", "amod")}
    if not kinds & RELIEF_KINDS:
        return None
    return _Found(tok, "SANCTION", "discontinue", tok, consumed=[obj.i])
