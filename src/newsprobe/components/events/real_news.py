"""Real news (PETR-2): constructions and parse repairs of wire copy: acts received from someone
("received assurances from Y"), a means whose actor the parser split off, misparsed relatives, and damage
to property by protesters as a riot.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.event_actors import FORCE_SECTORS
from newsprobe.components.event_lexicon import Code, lexicon
from newsprobe.components.events.arguments import _as_actor, _subject
from newsprobe.components.events.modality import _apply_modality, _future, _hypothetical, _modal, _negated
from newsprobe.components.events.syntax import (
    GENERIC_HARM,
    MEASURE_NOUNS,
    _child,
    _Found,
    _infinitive,
    _noun_code,
    _objects,
    _pobj,
    _pobjs,
)
from newsprobe.components.places import gazetteer
from newsprobe.model import EventActor

#: verbs whose subject is on the receiving end of the act their object names, done by "from X":
#: "received assurances from Y", "faces pressure from Y to ...", "drew criticism from Y"
RECEIVING = frozenset({"receive", "face", "draw", "earn", "take", "confirm", "acknowledge"})
#: "took delivery of 12 helicopters from X", "confirmed receipt of a deposit from X": what the noun's "of"
#: names is received
RECEIPT_NOUNS = {"take": "delivery", "confirm": "receipt", "acknowledge": "receipt"}
#: verbs whose verb + object entries say what a received thing is ("received weapons from Y": Y armed X)
GIVING = ("provide", "give", "send", "supply")
#: people whose damage to property is a riot (CAMEO 145), not an assault or a seizure
RIOTERS = frozenset({"protester", "protestor", "demonstrator", "rioter"})
#: acts against property: damage, demolition, arson
PROPERTY_ACTS = frozenset({("COERCE", "seize"), ("ASSAULT", "seize")})
ARSON = frozenset({"torch", "firebomb"})


def _given_code(obj: Token) -> Code | None:
    """What giving ``obj`` is: the event noun itself ("assurances", "criticism") or a thing given
    ("weapons": military aid)."""
    code = _noun_code(obj)
    if code is not None:
        return code
    if obj.lemma_.lower() in MEASURE_NOUNS:  # "received 20,000 tonnes of maize from X"
        measured = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), None)
        if measured is not None and measured.dep_ == "pobj":
            return _given_code(measured)
    phrases = lexicon().phrases
    for verb in GIVING:
        table = phrases.get(verb, {})
        found = table.get(obj.lemma_.lower()) or table.get(obj.lower_)
        if found is not None:
            return found
    return None


def _received(doc: Doc, tok: Token) -> _Found | None:
    """ "X received weapons from Y" is Y's military aid to X, "X faces pressure from Y" Y's demand on
    X: the act the object names, done by the "from" actor to the subject. Only what happened: "hopes
    to receive aid from Y" says nothing of what Y did; violence is reported by its own verbs ("drew
    fire from critics" is no attack)."""
    if tok.lemma_.lower() not in RECEIVING or tok.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl"):
        return None
    if _negated(tok) or _modal(tok) or _future(tok) or _infinitive(tok) or _hypothetical(tok):
        return None
    objects = _objects(tok)
    receipt = RECEIPT_NOUNS.get(tok.lemma_.lower())
    if receipt is not None:
        noun = next((o for o in objects if o.lemma_.lower() == receipt), None)
        held = _pobj(noun, ("of",)) if noun is not None else None
        if held is None:
            return None
        objects = [held]
    for obj in objects:
        source = _as_actor(doc, _pobj(tok, ("from",)) or _pobj(obj, ("from",)))
        code = _given_code(obj)
        if source is None or code is None or code[0] in ("-", "FIGHT", "ASSAULT"):
            continue
        if _apply_modality(code[0], code[1], tok) != code:
            return None
        target = _subject(doc, tok)
        if target is not None and target.i == source.i:
            target = None
        return _Found(tok, code[0], code[1], tok, source, target, [obj.i])
    return _received_visitor(doc, tok)


def _received_visitor(doc: Doc, tok: Token) -> _Found | None:
    """ "Mubarak received Arafat in Cairo": a named person received by a named host is a visit hosted
    (CONSULT, host). Only a name: "received a letter", "received the award" are none."""
    obj = _child(tok, "dobj")
    if tok.lemma_.lower() != "receive" or obj is None or obj.ent_type_ != "PERSON":
        return None
    if _child(tok, "auxpass") is not None:
        return None
    if any(c.dep_ == "poss" or c.lower_ == "'s" for c in obj.subtree):
        return None  # "received Arafat's envoy" is coded by the envoy's entry; "Arafat's letter" is none
    host = _subject(doc, tok)
    guest = _as_actor(doc, obj)
    if host is None or guest is None or host.i == guest.i or _pobj(tok, ("from",)) is not None:
        return None
    return _Found(tok, "CONSULT", "host", tok, host, guest)


def _split_means_actor(doc: Doc, verb: Token) -> Token | None:
    """ "killed in Israeli shelling" parsed as "in Israeli" + a gerund "shelling" beside it: the actor
    of the event noun the parser split off the preposition's object."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for pobj in _pobjs(prep):
            nxt = doc[pobj.i + 1] if pobj.i + 1 < len(doc) else None
            if nxt is None or nxt.head.i != verb.i or nxt.tag_ not in ("VBG", "NN", "NNS"):
                continue
            code = lexicon().nouns.get(nxt.lower_) or lexicon().nouns.get(nxt.lemma_.lower())
            if code is None or code[0] not in ("FIGHT", "ASSAULT"):
                continue
            for cand in [pobj, *(c for c in pobj.children if c.dep_ in ("amod", "compound"))]:
                if cand.i < nxt.i and (cand.is_title or cand.is_upper) and gazetteer().demonym(cand.text):
                    return cand
    return None


def _misparsed_relative(tok: Token) -> bool:
    """ "The civilians imprisoned for X were released by Y" parsed with "imprisoned" as the main verb
    and "were released" as its conjunct: a bare participle (the parser may tag it past tense) with a
    subject, no auxiliary and no object, and a passive conjunct with no subject of its own and no
    comma or "and" before it, is a reduced relative clause."""
    if tok.dep_ != "ROOT" or tok.tag_ not in ("VBN", "VBD") or _child(tok, "nsubj") is None:
        return False
    if any(c.dep_ in ("aux", "auxpass", "cc", "dobj") for c in tok.children):
        return False
    for conj in tok.children:
        if conj.dep_ == "conj" and _child(conj, "auxpass") is not None and _child(conj, "nsubj", "nsubjpass") is None:
            return not any(c.dep_ == "punct" and c.i < conj.i for c in tok.children)
    return False


def _real_news_repair(doc: Doc, found: _Found) -> _Found:
    """Repairs for wire copy: a split means noun's actor, a misparsed reduced relative."""
    trig = found.trigger
    if found.source_tok is None and trig.pos_ == "VERB" and trig.lemma_.lower() in GENERIC_HARM:
        found.source_tok = _split_means_actor(doc, trig)
    subject = _child(trig, "nsubj")
    src = found.source_tok
    if src is not None and subject is not None and src.i == subject.i and _misparsed_relative(trig):
        # the subject is who the participle was done to, and the doer is unnamed
        found.source_tok, found.target_tok = None, found.source_tok
    return found


def _riot(found: _Found, source: EventActor | None = None, target: EventActor | None = None) -> Code:
    """Damage to property, demolition or arson by protesters, crowds or people named by the demand they
    voice ("squatters demanding land torched a police post") is a riot (CAMEO 145), even by one; so is a
    clash with police by people voicing a demand, fighting by protesters ("demonstrators clashed with riot
    police"), and a crowd's clash with police or stoning of them ("youths clashed with police"). A clash
    of police or an army with anyone stays what it is."""
    src, trig = found.source_tok, found.trigger
    if src is not None and ((found.kind, found.mode) in PROPERTY_ACTS or trig.lemma_.lower() in ARSON):
        if src.lemma_.lower() in RIOTERS | CROWDS or src.lower_ in RIOTERS or _voicing_a_demand(src):
            return "PROTEST", "riot"
    if src is not None and trig.lemma_.lower() == "clash" and _voicing_a_demand(src):
        return "PROTEST", "riot"  # "stone-throwing crowds calling for his removal clashed with riot police"
    if found.kind in ("FIGHT", "ASSAULT") and src is not None and source is not None:
        unarmed = source.sector not in FORCE_SECTORS
        armed = found.mode is not None  # "demonstrators launched missiles at ...": weapons, no riot
        protesters = src.lemma_.lower() in RIOTERS or src.lower_ in RIOTERS
        if unarmed and protesters and found.kind == "FIGHT" and not armed:
            return "PROTEST", "riot"  # "demonstrators clashed with riot police"
        against_police = target is not None and target.sector == "police"
        if unarmed and against_police and trig.lemma_.lower() in CROWD_VIOLENCE and src.tag_ in ("NNS", "NNPS"):
            return "PROTEST", "riot"  # "youths clashed with police", "students stoned police"
    return found.kind, found.mode


#: the violence a crowd does against police
CROWD_VIOLENCE = frozenset({"clash", "stone", "pelt", "rampage", "riot", "scuffle", "brawl"})


#: crowds whose damage to property is a riot: "crowds looting shops", "a mob torched the station"
CROWDS = frozenset({"crowd", "mob"})
#: what a crowd does when it demonstrates: "demonstrators demanding ...", "crowds calling for ..."
VOICING = frozenset({"demand", "call", "press", "protest", "chant", "shout", "clamour", "clamor"})


def _voicing_a_demand(src: Token) -> bool:
    """ "squatters demanding the right to settle", "crowds calling for his removal": people named by
    the demand they voice in the street (a participle on the noun)."""
    return any(c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in VOICING for c in src.children)
