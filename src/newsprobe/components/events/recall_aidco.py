"""Recall rules for aid, cooperation and threats in wire copy (AID, COOPERATE, THREATEN, PLOVER 2021),
with the guards that keep ordinary money, trade and risk prose out.

* **Public money given.** Disbursing, transferring, channelling or extending money, a loan or a credit
  to someone ("disbursed a second tranche of $250 million to Zambia"), or writing off someone's debt,
  is economic aid (CAMEO 071) only from a public giver: a state, a government body or a named public
  institution ("the International Monetary Fund"). A bank or a company lending is commerce: no event.
* **Things handed to forces.** Handing over or donating boats, ships or aircraft to a state's forces is
  military aid (072); a seized or captured ship handed back is left to the other rules.
* **Protection.** Forces guarding or escorting relief convoys, camps for the displaced, refugees or
  civilians protect them (074).
* **Asylum.** Accepting someone's request for asylum grants it (075).
* **Done jointly.** Holding, flying, running, setting up or building something *joint* (joint patrols, a
  joint command, a joint pipeline), building or running something "jointly" or "together" with a
  pair as the subject, doing something "in partnership / cooperation with X", two states connecting,
  linking or trading with each other, training another state's forces, giving another body access
  to files, or tipping off police: cooperation (061-064).
* **Ultimatums and warnings.** "set a deadline for X to ... or face ...", "told X to ... or face ..."
  and "warned X that it faced closure / prosecution" threaten X (139, 13x).
* **Guard.** "threatened" by a thing that is no actor (a typhoon, rising prices) is a risk, not a
  threat.
* **Relief on its way.** A shipment, convoy or planeload of relief goods "from X" ("a shipment of
  tents and blankets from Saudi Arabia landed at Gaziantep", "a convoy carrying medical supplies from
  the Red Crescent crossed into Sudan") is aid by X (CAMEO 073), to where it arrives when the clause
  says so. Goods that are also trade (fuel, grain, arms) are left alone: "a shipment of wheat from
  Canada" may be a sale.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.event_actors import actor_of, is_actor
from newsprobe.components.events.arguments import _actor_token, _as_actor, _subject
from newsprobe.components.events.modality import WARNING, _apply_modality, _negated, _own_force
from newsprobe.components.events.syntax import (
    PRESS,
    SPEECH,
    _child,
    _Found,
    _infinitive,
    _particles,
    _pobj,
    _verb_code,
    carried_goods,
)
from newsprobe.components.places import gazetteer

#: verbs of handing money over
MONEY_VERBS = frozenset({"disburse", "transfer", "channel", "extend", "wire", "release", "pump", "inject"})
#: what money is named as
MONEY = frozenset(
    {"dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "riyal", "dinar", "tranche", "loan", "credit",
     "grant", "aid", "assistance", "funding", "money", "sum", "installment", "instalment"}
)  # fmt: skip
#: heads that hold money after "of" ("a tranche of $250 million", "a soft loan of two billion dollars")
MONEY_HOLDERS = frozenset({"tranche", "loan", "sum", "package", "installment", "instalment", "line", "facility"})
#: sums named by their size, whose "in" says what they are: "$40 million in loans"
SUMS = frozenset({"million", "billion", "trillion"})
#: writing off a debt
DEBT_VERBS = frozenset({"write", "forgive", "cancel"})
#: public institutions by the head of their proper name
PUBLIC_HEADS = frozenset(
    {"fund", "bank", "union", "nations", "organisation", "organization", "programme", "program", "agency",
     "commission", "council", "development"}
)  # fmt: skip
PUBLIC_SECTORS = frozenset({"government", "military", "igo", "legislature"})


def _public_giver(doc: Doc, tok: Token | None) -> bool:
    """A state, a government body or a named public institution (not a bank or a company)."""
    if tok is None:
        return False
    actor = actor_of(doc, tok)
    if actor is None:
        return False
    if actor.sector in PUBLIC_SECTORS:
        return True
    if actor.sector == "business" and not tok.pos_ == "PROPN":
        return False  # "the bank", "the mining company"
    if actor.country is not None and actor.sector in (None, "-"):
        return True  # "Beijing", "Abu Dhabi's development fund"
    return tok.pos_ == "PROPN" and tok.lemma_.lower() in PUBLIC_HEADS  # "the International Monetary Fund"


def _money_object(verb: Token) -> Token | None:
    obj = _child(verb, "dobj", "nsubjpass")
    if obj is None:
        return None
    if obj.lemma_.lower() in MONEY:
        return obj
    if obj.lemma_.lower() in SUMS:  # "$40 million in concessional loans"
        inner = _pobj(obj, ("in", "of"))
        budget = inner is not None and inner.lemma_.lower() == "support" and any(
            c.lower_ == "budget" for c in inner.children
        )  # "$600 million in budget support"
        return obj if inner is not None and (inner.lemma_.lower() in MONEY or budget) else None
    if obj.lemma_.lower() in MONEY_HOLDERS:
        if any(c.dep_ == "compound" and c.lemma_.lower() == "credit" for c in obj.children):
            return obj  # "a credit line", "a credit facility"
        inner = _pobj(obj, ("of",))
        if inner is not None and inner.lemma_.lower() in MONEY:
            return obj
    return None


def _recipient(doc: Doc, verb: Token, obj: Token) -> Token | None:
    """Whom the money goes to: "to X" on the verb or anywhere in the object ("90 million euros in
    budget support to the Palestinian Authority")."""
    to = _pobj(verb, ("to",)) or next((t for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ == "to"), None)
    return _actor_token(doc, to)


#: verbs that give a bare sum: "gave Jordan $50 million", "will lend Ghana $120 million"
SUM_GIVING = frozenset({"give", "lend", "loan", "donate", "grant"})


def _sum_given(verb: Token) -> tuple[Token, Token] | None:
    """A bare sum given or lent to someone named as the indirect object, and that someone: "gave Jordan
    $50 million" (the parser may read both as objects)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    money = next((c for c in objects if c.ent_type_ == "MONEY" and c.dep_ == "dobj"), None)
    receiver = next((c for c in objects if c.ent_type_ != "MONEY"), None)
    if money is None or receiver is None or receiver.i > money.i:
        return None
    return money, receiver


def _money_aid(doc: Doc, verb: Token) -> _Found | None:
    lemma = verb.lemma_.lower()
    given = _sum_given(verb) if lemma in SUM_GIVING else None
    obj: Token | None
    if given is not None:
        obj = given[0]
        target = _actor_token(doc, given[1])
    elif lemma in MONEY_VERBS:
        obj = _money_object(verb)
        if obj is None:
            return None
        target = _recipient(doc, verb, obj)
    elif lemma in DEBT_VERBS and (lemma != "write" or "off" in _particles(verb)):
        obj = _child(verb, "dobj", "nsubjpass")
        inner = _pobj(obj, ("of",)) if obj is not None else None
        debt = inner if obj is not None and obj.lemma_.lower() in MONEY and inner is not None else obj
        if debt is not None and debt.lemma_.lower() != "debt":
            # "wrote off 400 million euros owed by X", "$78 million in loans owed by X": money owed is debt
            sums = [debt, *(g for c in debt.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                            for g in c.children if g.dep_ == "pobj")]  # fmt: skip
            owing = [t for t in sums if t.lemma_.lower() in MONEY | SUMS and _owed(t) is not None]
            debt = owing[0] if owing else None
        if debt is None:
            return None
        owed = _owed(debt)
        target = _actor_token(doc, _child(debt, "poss")) or (
            _actor_token(doc, _pobj(owed, ("by",))) if owed is not None else None
        ) or _actor_token(doc, _pobj(verb, ("to", "for")))
    else:
        return None
    source = _subject(doc, verb)
    if obj is None or target is None or not _public_giver(doc, source):
        return None
    return _Found(verb, "AID", "economic", verb, source, target, [obj.i])


def _owed(money: Token) -> Token | None:
    """The "owed (by X)" participle after a sum or a debt."""
    return next((c for c in money.children if c.dep_ == "acl" and c.lemma_.lower() == "owe"), None)


#: craft a state gives another's forces
CRAFT = frozenset(
    {"boat", "vessel", "ship", "aircraft", "plane", "frigate", "corvette", "radar", "helicopter", "carrier", "vehicle"}
)
#: what a ship handed back was: taken, not given
TAKEN = frozenset({"seize", "capture", "detain", "impound", "hijack", "confiscate", "steal"})
STATE_ARMS = frozenset({"military", "police"})


def _craft_given(doc: Doc, verb: Token) -> _Found | None:
    lemma = verb.lemma_.lower()
    if not ((lemma == "hand" and "over" in _particles(verb)) or lemma in ("donate", "gift", "transfer")):
        return None
    obj = _child(verb, "dobj")
    if obj is not None and obj.lemma_.lower() in ("batch", "consignment", "shipment", "fleet"):
        obj = _pobj(obj, ("of",))  # "a batch of armoured personnel carriers"
    if obj is None or obj.lemma_.lower() not in CRAFT:
        return None
    if any(c.lemma_.lower() in TAKEN for c in obj.subtree):
        return None  # "handed over the seized tanker": a return
    recipient = _actor_token(doc, _pobj(verb, ("to",)))
    actor = actor_of(doc, recipient) if recipient is not None else None
    source = _subject(doc, verb)
    if actor is None or actor.sector not in STATE_ARMS or not _public_giver(doc, source):
        return None
    return _Found(verb, "AID", "military", verb, source, recipient, [obj.i])


PROTECTING = frozenset({"guard", "protect", "escort", "shield"})
#: people kept safe: "shielding villagers from the fighting", "escorting displaced families back home"
PROTECTED = frozenset({"refugee", "civilian", "villager", "family", "resident", "inhabitant", "voter", "pilgrim",
                       "worshipper", "displaced"})
PROTECTED_THINGS = frozenset({"convoy", "camp", "shipment", "delivery", "site"})
RELIEF = frozenset({"aid", "food", "relief", "humanitarian", "displaced", "refugee", "medical"})
PROTECTORS = frozenset({"soldier", "troop", "peacekeeper", "force", "army", "marine", "guard"})


def _protection(doc: Doc, verb: Token) -> _Found | None:
    if verb.lemma_.lower() not in PROTECTING:
        return None
    obj = _child(verb, "dobj")
    if obj is None:
        return None
    olemma = obj.lemma_.lower()
    relief = olemma in PROTECTED or (
        olemma in PROTECTED_THINGS
        and any(t.lemma_.lower() in RELIEF or t.lower_ in RELIEF for t in obj.subtree if t.i != obj.i)
    )
    guarded = actor_of(doc, obj) if not relief else None
    # "took up positions around the palace to protect the government of President X": a government kept
    # in power by someone's forces (CAMEO 0743 kin)
    rulers = guarded is not None and guarded.sector == "government" and _pobj(verb, ("from", "against")) is None
    source = _subject(doc, verb)
    if not (relief or rulers) or source is None:
        return None
    if not _armed_protector(doc, source):
        return None
    target = _as_actor(doc, obj) if olemma in PROTECTED or rulers else None
    if target is None:
        cared = (t for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ == "for" and is_actor(doc, t))
        target = next(cared, None)  # "camps for displaced people"
    return _Found(verb, "AID", "peacekeeping", verb, source, target, [obj.i])


def _armed_protector(doc: Doc, source: Token) -> bool:
    """Who gives protection: a military or international body, or troops, peacekeepers, guards."""
    actor = actor_of(doc, source)
    return (actor is not None and actor.sector in ("military", "igo")) or source.lemma_.lower() in PROTECTORS


#: verbs that put forces somewhere, whose purpose may be to protect someone
POSTING = frozenset({"deploy", "post", "station", "arrive", "send", "dispatch", "fly", "take", "land"})


def _posted_to_protect(doc: Doc, verb: Token) -> _Found | None:
    """ "French paratroopers took up positions around the palace to protect the government of President X",
    "troops were deployed to protect the transitional government": forces put somewhere to keep a
    government (or refugees, civilians) safe give military protection (AID, CAMEO 0743 kin) to it; the
    forces, or whoever sent them, are the source."""
    if verb.lemma_.lower() not in POSTING or _negated(verb):
        return None
    positions = any(c.dep_ == "dobj" and c.lemma_.lower() == "position" for c in verb.children)
    if verb.lemma_.lower() == "take" and not positions:
        return None  # "took up positions", not "took a decision to protect"
    purpose = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _infinitive(c)
                    and c.lemma_.lower() in PROTECTING), None)  # fmt: skip
    if purpose is None:
        return None
    obj = _child(purpose, "dobj")
    if obj is None:
        return None
    guarded = actor_of(doc, obj)
    if guarded is None or guarded.sector not in ("government", "refugee") and obj.lemma_.lower() not in PROTECTED:
        return None
    passive = _child(verb, "auxpass") is not None
    source = _as_actor(doc, _pobj(verb, ("by",))) if passive else None
    source = source or _actor_token(doc, _child(verb, "nsubjpass" if passive else "nsubj"))
    if source is None or not _armed_protector(doc, source):
        return None
    target = _actor_token(doc, obj)
    return _Found(verb, "AID", "peacekeeping", verb, source, target, [purpose.i, obj.i])


ASKINGS = frozenset({"request", "application", "bid", "plea", "petition"})


def _asylum_accepted(doc: Doc, verb: Token) -> _Found | None:
    """ "accepted a request for asylum from a former minister": asylum granted (075)."""
    if verb.lemma_.lower() not in ("accept", "approve", "grant"):
        return None
    obj = _child(verb, "dobj", "nsubjpass")
    if obj is None or obj.lemma_.lower() not in ASKINGS:
        return None
    what = _pobj(obj, ("for",))
    if what is None or what.lemma_.lower() not in ("asylum", "refuge"):
        return None
    source = _subject(doc, verb)
    asker = _actor_token(doc, _pobj(obj, ("from", "by")) or _child(obj, "poss"))
    if source is None:
        return None
    return _Found(verb, "AID", "asylum", verb, source, asker, [obj.i])


#: what is done jointly when it is cooperation (not "a joint statement", "a joint session")
JOINT = frozenset({"joint", "combined"})
JOINT_ACTS = frozenset(
    {"patrol", "exercise", "drill", "manoeuvre", "maneuver", "venture", "project", "pipeline", "command", "post",
     "force", "investigation", "study", "programme", "program", "fund", "facility", "plant", "centre", "center",
     "mission", "training", "production", "research", "survey", "railway", "road", "bridge", "dam", "unit",
     "checkpoint", "team", "sweep", "operation", "system", "service", "crossing", "corridor", "line", "network",
     "grid"}
)  # fmt: skip
#: verbs that do, make or run the joint thing (not "proposed / discussed a joint pipeline")
JOINT_VERBS = frozenset(
    {"hold", "conduct", "stage", "carry", "launch", "begin", "start", "complete", "conclude", "finish", "fly", "run",
     "operate", "set", "establish", "create", "form", "build", "construct", "lay", "open", "mount", "undertake",
     "resume", "continue", "perform", "man", "staff", "finance", "fund", "inaugurate", "wrap"}
)  # fmt: skip
#: spans whose "of" phrase is the act: "two weeks of joint manoeuvres"
SPANS = frozenset({"day", "week", "month", "year", "round", "series", "section", "stage", "phase", "part", "leg"})


def _joint_object(verb: Token) -> Token | None:
    obj = _child(verb, "dobj")
    if obj is not None and obj.lemma_.lower() in SPANS:
        obj = _pobj(obj, ("of",))
    if obj is None or (obj.lemma_.lower() not in JOINT_ACTS and obj.lower_ not in JOINT_ACTS):
        return None
    if any(t.lower_ in JOINT for t in obj.subtree if t.i < obj.i):
        return obj
    return None


#: making, building or running something together
BUILDING = frozenset(
    {"build", "construct", "develop", "run", "operate", "manage", "finance", "fund", "produce", "manufacture",
     "design", "explore", "patrol", "investigate", "launch", "establish", "host", "organise", "organize", "lay"}
)  # fmt: skip
TOGETHER = frozenset({"jointly", "together"})
#: opening a link or a service
OPENING = frozenset({"open", "launch", "inaugurate", "commission", "unveil"})
PARTNERSHIP = frozenset(
    {"partnership", "cooperation", "co-operation", "collaboration"}
)
#: two parties doing something with each other
RECIPROCAL = frozenset({"connect", "link", "integrate", "synchronise", "synchronize", "merge", "trade", "swap"})


def _pair(doc: Doc, subj: Token | None) -> Token | None:
    """The second actor of a coordinated subject ("Azerbaijan and Georgia")."""
    if subj is None:
        return None
    conj = _child(subj, "conj")
    return _as_actor(doc, conj) if conj is not None else None


def _done_together(doc: Doc, verb: Token) -> _Found | None:
    lemma = verb.lemma_.lower()
    source = _subject(doc, verb)
    if source is None:
        return None
    with_x = _actor_token(doc, _pobj(verb, ("with",)))
    obj = _joint_object(verb) if lemma in JOINT_VERBS else None
    if obj is not None:
        return _Found(verb, "COOPERATE", None, verb, source, with_x or _pair(doc, source), [obj.i])
    if _negated(verb):
        return None
    # "jointly opened a new border crossing" (the verb's own code gives way to the joint venture)
    if lemma in BUILDING | OPENING and any(c.dep_ == "advmod" and c.lower_ in TOGETHER for c in verb.children):
        other = with_x or _pair(doc, source)
        if other is not None or source.tag_ in ("NNS", "NNPS"):
            return _Found(verb, "COOPERATE", None, verb, source, other)
    if _verb_code(verb) is not None:
        return None
    shared = _child(verb, "dobj")
    if lemma in OPENING and shared is not None and shared.lemma_.lower() in JOINT_ACTS:
        # "Bangladesh and India launched freight services on the restored line", "Iran and Turkmenistan
        # opened a second gas pipeline": two states open a link between them
        other = _pair(doc, source)
        if other is not None and _country(doc, source) and _country(doc, other):
            return _Found(verb, "COOPERATE", None, verb, source, other)
    if lemma not in SPEECH and _child(verb, "auxpass") is None:
        obj_of = _child(verb, "dobj")  # "developing a plant in partnership with X", hung on the object
        for prep in list(verb.children) + (list(obj_of.children) if obj_of is not None else []):
            noun = _child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ == "in" else None
            if noun is not None and noun.lemma_.lower() in PARTNERSHIP:
                partner = _actor_token(doc, _pobj(noun, ("with",)))
                if partner is not None:
                    return _Found(verb, "COOPERATE", None, verb, source, partner, [noun.i])
    if lemma in RECIPROCAL:
        other = _pair(doc, source)
        if other is not None and _country(doc, source) and _country(doc, other):
            return _Found(verb, "COOPERATE", None, verb, source, other)
    return None


def _country(doc: Doc, tok: Token) -> bool:
    actor = actor_of(doc, tok)
    return actor is not None and actor.country is not None


#: people a force trains
TRAINEES = frozenset(
    {"pilot", "officer", "soldier", "troop", "commando", "recruit", "policeman", "cadet", "force", "personnel",
     "guard", "sailor", "marine", "policewoman", "gendarme", "ranger"}
)  # fmt: skip


def _trained_foreign(doc: Doc, verb: Token) -> _Found | None:
    """ "German instructors have been training Ukrainian pilots": training another state's forces (062)."""
    if verb.lemma_.lower() != "train":
        return None
    obj = _child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in TRAINEES:
        return None
    subj = _child(verb, "nsubj")
    source = _named_subject(doc, verb)
    if source is None or subj is None:
        return None
    trainer, trainee = _countries(doc, subj) | _countries(doc, source), _countries(doc, obj)
    if not trainer or not trainee or trainer & trainee:
        return None
    if _countries(doc, subj):
        source = subj  # "Colombian police instructors", not only the police named inside
    return _Found(verb, "COOPERATE", None, verb, source, obj)


def _named_subject(doc: Doc, verb: Token) -> Token | None:
    """The subject, or a group the entity stage does not know named by its country ("Mexican
    instructors", "a Cuban medical team")."""
    found = _subject(doc, verb)
    if found is not None:
        return found
    subj = _child(verb, "nsubj")
    return subj if subj is not None and subj.pos_ == "NOUN" and _countries(doc, subj) else None


def _countries(doc: Doc, head: Token) -> set[str]:
    """The countries a noun phrase names: its actor's, or its demonym ("Mexican officers")."""
    actor = actor_of(doc, head)
    if actor is not None and actor.country is not None:
        return {actor.country}
    return {
        place.country
        for c in head.children
        if c.dep_ in ("amod", "compound") and c.is_title
        for place in gazetteer().demonym(c.text)
        if place.country
    }


#: what one gives a foreign body access to when it cooperates on a case
FILES = frozenset({"file", "record", "archive", "document", "evidence", "data", "database", "dossier", "intelligence"})


def _access_given(doc: Doc, verb: Token) -> _Found | None:
    if verb.lemma_.lower() not in ("give", "grant", "provide"):
        return None
    access = next((c for c in verb.children if c.dep_ in ("dobj",) and c.lemma_.lower() == "access"), None)
    if access is None:
        return None
    to = _pobj(access, ("to",)) or _pobj(verb, ("to",))
    if to is None or to.lemma_.lower() not in FILES:
        return None
    whom = next((c for c in verb.children if c.dep_ in ("dative", "iobj")), None)
    target = _as_actor(doc, whom)
    source = _subject(doc, verb)
    if source is None or target is None or target.lemma_.lower() in PRESS:
        return None
    return _Found(verb, "COOPERATE", None, verb, source, target, [access.i])


def _tipped_off(doc: Doc, verb: Token) -> _Found | None:
    """ "Moroccan intelligence tipped off French police": intelligence passed on (064)."""
    if verb.lemma_.lower() != "tip" or "off" not in _particles(verb):
        return None
    obj = _child(verb, "dobj")
    target = _as_actor(doc, obj) if obj is not None else None
    source = _subject(doc, verb) or _service(_child(verb, "nsubj"))
    if target is None or source is None or target.lemma_.lower() in PRESS:
        return None
    return _Found(verb, "COOPERATE", None, verb, source, target)


def _service(subj: Token | None) -> Token | None:
    """ "Moroccan intelligence": a state's intelligence service named by its demonym."""
    if subj is None or subj.lemma_.lower() != "intelligence":
        return None
    named = any(c.dep_ == "amod" and c.is_title and gazetteer().demonym(c.text) for c in subj.children)
    return subj if named else None


def _extradited_from(doc: Doc, verb: Token) -> _Found | None:
    """ "was extradited to Berlin from Albania": with no agent, the state it came from hands him over."""
    if verb.lemma_.lower() != "extradite" or _child(verb, "auxpass") is None or _pobj(verb, ("by",)) is not None:
        return None
    origin = _pobj(verb, ("from",))
    source = _actor_token(doc, origin) if origin is not None and origin.ent_type_ == "GPE" else None
    if source is None:
        return None
    return _Found(verb, "COOPERATE", None, verb, source, _actor_token(doc, _pobj(verb, ("to",))))


#: verbs that set someone a choice with a penalty
ULTIMATUM_VERBS = frozenset({"set", "give", "issue", "tell", "order", "warn", "instruct"})
DEADLINES = frozenset({"deadline", "ultimatum"})
#: what one is warned one faces when it is a penalty
PENALTIES = frozenset(
    {"closure", "prosecution", "arrest", "sanction", "expulsion", "dismissal", "consequence", "punishment",
     "retaliation", "reprisal", "ban", "suspension", "deportation", "action", "force", "attack", "strike"}
)  # fmt: skip


def _or_face(verb: Token) -> Token | None:
    """The "face" of "... to return to work or face dismissal" under ``verb`` (in its own clause)."""
    for t in verb.subtree:
        if t.lemma_.lower() != "face" or t.pos_ != "VERB" or t.i == verb.i:
            continue
        if not (t.i > 0 and verb.doc[t.i - 1].lower_ == "or") and not any(
            c.dep_ == "cc" and c.lower_ == "or" for c in t.head.children
        ):
            continue
        node, ok = t, True
        while node.i != verb.i:
            if node.dep_ not in ("conj", "xcomp", "advcl", "acl", "ccomp", "relcl", "pobj", "prep", "dobj", "oprd",
                                 "pcomp"):
                ok = False
                break
            node = node.head
        if ok:
            return t
    return None


def _ultimatum(doc: Doc, verb: Token) -> _Found | None:
    lemma = verb.lemma_.lower()
    if lemma not in ULTIMATUM_VERBS:
        return None
    face = _or_face(verb)
    if face is None:
        return None
    if lemma in ("set", "give", "issue") and not any(t.lemma_.lower() in DEADLINES for t in verb.subtree):
        return None
    source = _subject(doc, verb)
    told = _child(verb, "nsubjpass") if _child(verb, "auxpass") is not None else None
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "guerrillas holed up in the village were told ...", parsed as two verbs
    if told is None and clause.i != verb.i and _child(verb, "auxpass") is not None:
        told = _child(clause, "nsubj", "nsubjpass")
    if source is None and told is not None:
        # "the guerrillas were told to surrender by noon or face an assault, an army commander said":
        # the one who reports the ultimatum speaks for the side that gave it
        frame = clause.head if clause.dep_ == "ccomp" and clause.head.lemma_.lower() == "say" else next(
            (c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() == "say"), None
        )
        source = _subject(doc, frame) if frame is not None else None
    if source is None:
        return None
    target = _as_actor(doc, _child(verb, "dobj", "dative")) or (_as_actor(doc, told) if told is not None else None)
    if target is None or target.lemma_.lower() in DEADLINES:
        # "set a deadline for striking workers to return": the one the infinitive is about
        inner = next((t for t in verb.subtree if t.dep_ in ("acl", "relcl", "advcl", "xcomp") and t.i < face.i), None)
        target = _as_actor(doc, _child(inner, "nsubj")) if inner is not None else None
    moded = _apply_modality("THREATEN", None, verb)
    if moded is None:
        return None
    return _Found(verb, moded[0], moded[1], verb, source, target, [face.i])


def _warned_faces(doc: Doc, verb: Token) -> _Found | None:
    """ "warned a newspaper that it faced closure": a threat to the one warned."""
    if verb.lemma_.lower() not in WARNING:
        return None
    addressee = _child(verb, "dobj")
    clause = _child(verb, "ccomp")
    if addressee is None or clause is None or clause.lemma_.lower() != "face":
        return None
    penalty = _child(clause, "dobj")
    subj = _child(clause, "nsubj")
    if penalty is None or penalty.lemma_.lower() not in PENALTIES or subj is None:
        return None
    if subj.lower_ not in ("it", "they", "he", "she") and subj.lemma_.lower() != addressee.lemma_.lower():
        return None
    source, target = _subject(doc, verb), _as_actor(doc, addressee) or addressee
    if source is None or _negated(verb):
        return None
    return _Found(verb, "THREATEN", None, verb, source, target, [clause.i])


#: journeys made to help: "a medical team arrived to treat the victims"
TRAVEL = frozenset({"arrive", "fly", "travel", "head", "deploy"})
HELPING = frozenset({"treat", "help", "assist", "aid", "vaccinate", "feed", "rescue"})
#: people in need a journey's purpose names
NEEDY = frozenset({"victim", "survivor", "refugee", "patient", "casualty", "civilian", "villager", "wounded"})


def _came_to_help(doc: Doc, verb: Token) -> _Found | None:
    """ "A Cuban medical team arrived in Les Cayes to treat victims of the hurricane": the journey is
    the aid (073), given to the people the purpose names."""
    if verb.lemma_.lower() not in TRAVEL or _child(verb, "dobj") is not None:
        return None
    purpose = next(
        (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELPING
         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)),
        None,
    )  # fmt: skip
    obj = _child(purpose, "dobj") if purpose is not None else None
    helped = _as_actor(doc, obj) or (obj if obj is not None and obj.lemma_.lower() in NEEDY else None)
    source = _named_subject(doc, verb)
    if helped is None or source is None:
        return None
    return _Found(verb, "AID", None, verb, source, helped, [purpose.i] if purpose is not None else [])


#: verbs that stop an act: "has stopped supplying spare parts to the Afghan army"
STOPPING = frozenset({"stop", "halt", "cease", "suspend", "end", "discontinue"})
#: supplying, in the gerund a stop takes
SUPPLYING = frozenset({"supply", "deliver", "send", "provide", "ship", "sell", "fund", "finance", "arm"})


def _stopped_supplying(doc: Doc, verb: Token) -> _Found | None:
    """ "Moscow has stopped supplying spare parts and ammunition to the Afghan army": SANCTION (CAMEO 162,
    reduce or stop aid), to whoever the supplies went to; "stopped eating" (with no object) is a
    hunger protest (CAMEO 1411)."""
    if verb.lemma_.lower() not in STOPPING:
        return None
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if act is None:
        return None
    source = _subject(doc, verb)
    if act.lemma_.lower() == "eat" and _child(act, "dobj") is None and source is not None:
        return _Found(verb, "PROTEST", "hunger", verb, source, None, [act.i])
    if act.lemma_.lower() not in SUPPLYING:
        return None
    obj = _child(act, "dobj")
    receiver = _child(act, "dative") or _pobj(act, ("to",)) or (_pobj(obj, ("to",)) if obj is not None else None)
    if act.lemma_.lower() in ("fund", "finance", "arm"):
        receiver = receiver or obj
    target = _actor_token(doc, receiver)
    if source is None or target is None or not _public_giver(doc, source):
        return None
    return _Found(verb, "SANCTION", "discontinue", verb, source, target, [act.i])


#: the verbs the rules here read (a cheap first test before any rule runs)
AIDCO_HEADS = (
    MONEY_VERBS | DEBT_VERBS | PROTECTING | JOINT_VERBS | BUILDING | RECIPROCAL | ULTIMATUM_VERBS | TRAVEL
    | frozenset({"hand", "donate", "gift", "accept", "approve", "grant", "train", "give", "provide", "tip",
                 "extradite", "lend", "loan"})
    | POSTING
    | STOPPING
)  # fmt: skip


def aidco_candidate(verb: Token) -> bool:
    """Whether a rule here may read ``verb`` (cheap: its lemma, or an "in partnership with" phrase)."""
    return verb.lemma_.lower() in AIDCO_HEADS - WARNING or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in PARTNERSHIP for g in c.children)
        for c in verb.children
    )


def aidco_event(doc: Doc, verb: Token) -> _Found | None:
    """An aid, cooperation or threat event these rules read on ``verb``, else None."""
    if verb.pos_ != "VERB" or not (aidco_candidate(verb) or verb.lemma_.lower() in WARNING):
        return None
    for rule in (_money_aid, _stopped_supplying, _craft_given, _protection, _posted_to_protect, _asylum_accepted,
                 _trained_foreign, _access_given, _tipped_off, _extradited_from, _ultimatum, _warned_faces,
                 _done_together, _came_to_help):  # fmt: skip
        found = rule(doc, verb)
        if found is None:
            continue
        if found.kind == "THREATEN":
            return found
        moded = _apply_modality(found.kind, found.mode, verb)
        if moded is None:
            return None
        found.kind, found.mode = moded
        return found
    return None


def aidco_doubt(doc: Doc, found: _Found) -> bool:
    """Whether a found "threat" is a risk rather than an act: "a typhoon threatened the coast", "rising
    prices threaten to push ..." (a thing that is no actor threatens nobody)."""
    trig = found.trigger
    if trig.pos_ == "VERB" and trig.lemma_.lower() == "threaten":
        subj = _child(trig, "nsubj")
        return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in RISKS and not is_actor(doc, subj)
    return False


#: things that "threaten" as risks do: weather, prices, errors, crises (not people)
RISKS = frozenset(
    {"storm", "typhoon", "hurricane", "cyclone", "flood", "flooding", "fire", "wildfire", "blaze", "drought", "rain",
     "snow", "tide", "volcano", "earthquake", "famine", "heat", "price", "inflation", "cost", "debt", "deficit",
     "shortage", "rise", "fall", "error", "mistake", "crisis", "virus", "disease", "epidemic", "pandemic",
     "outbreak", "recession", "slowdown", "unemployment", "change", "situation", "problem", "scandal", "tension",
     "unrest", "violence", "conflict", "move", "plan", "policy", "decision", "law", "bill", "measure", "proposal",
     "dispute", "delay", "failure", "collapse", "competition", "pollution", "erosion", "drop", "surge", "spike"}
)  # fmt: skip


#: verbs that are themselves the saying of a threat, whose subject threatens ("Iraq threatened to ...")
SAID_THREATS = SPEECH | WARNING | {"threaten"}


def speaker_owns(doc: Doc, found: _Found) -> _Found:
    """ "X's army chief said his forces would shoot down ...": a threat made by the speaker about the
    speaker's own forces is the speaker's (as "warned it would" is the warner's)."""
    trig = found.trigger
    src = found.source_tok
    if found.kind != "THREATEN" or src is None or trig.dep_ != "ccomp":
        return found
    if trig.lemma_.lower() in SAID_THREATS:
        return found  # "Iraq threatened to bomb ..., the Iraqi News Agency said": the threat is Iraq's
    if trig.head.lemma_.lower() not in SPEECH | WARNING or not _own_force(src, trig.head):
        return found
    speaker = _as_actor(doc, _child(trig.head, "nsubj"))
    if speaker is not None:
        found.source_tok = speaker
    return found


#: what relief goods travel in
CARGO = frozenset({"shipment", "consignment", "convoy", "planeload", "plane-load", "truckload", "airlift", "cargo"})
#: craft that carry them, named with their load ("a Jordanian air force plane laden with blankets")
CARRIERS = frozenset({"plane", "aircraft", "ship", "vessel", "truck", "lorry", "helicopter", "flight"})
#: goods that are relief whoever sends them (not fuel, grain or arms, which are also sold)
RELIEF_GOODS = frozenset(
    {"aid", "relief", "supply", "supplies", "medicine", "medication", "tent", "blanket", "vaccine", "ration",
     "heater", "generator", "drug", "food", "water"}
)  # fmt: skip
#: verbs of relief arriving, whose place is the target: "landed at Gaziantep", "crossed into Sudan"
ARRIVING = frozenset({"arrive", "land", "reach", "cross", "enter", "dock"})


def _relief_goods(cargo: Token) -> bool:
    """ "a shipment of tents, blankets and heaters", "a convoy of trucks carrying medical supplies"."""
    goods = _pobj(cargo, ("of",))
    carried = [goods, *(c for c in goods.children if c.dep_ == "conj")] if goods is not None else []
    # "trucks carrying flour and medical supplies", "a plane laden with tents"
    carried += [g for holder in [cargo, *carried] for g in carried_goods(holder)]
    return any(t.lemma_.lower() in RELIEF_GOODS for t in carried)


def aid_cargo(doc: Doc, cargo: Token) -> _Found | None:
    """ "A shipment of tents from Saudi Arabia landed at Gaziantep": AID by Saudi Arabia."""
    if cargo.lemma_.lower() not in CARGO | CARRIERS or not _relief_goods(cargo):
        return None
    sender = next((t for t in cargo.subtree if t.dep_ == "pobj" and t.head.lower_ == "from"), None)
    source = _actor_token(doc, sender) if sender is not None else None
    if source is None and cargo.lemma_.lower() in CARRIERS:  # "a Jordanian air force plane": whose craft
        owner = [c for c in cargo.children if c.dep_ in ("poss", "compound", "amod") and c.i < cargo.i]
        source = next((_actor_token(doc, c) for c in owner if _actor_token(doc, c) is not None), None)
    if source is None:
        return None
    verb = cargo.head if cargo.dep_ in ("nsubj", "nsubjpass") else None
    target = None
    if verb is not None and verb.lemma_.lower() in ARRIVING:
        if _negated(verb) or _apply_modality("AID", None, verb) is None:
            return None  # "the convoy could not reach Gaza"
        target = _actor_token(doc, _child(verb, "dobj") or _pobj(verb, ("in", "at", "into", "to")))
    return _Found(cargo, "AID", "humanitarian", cargo, source, target)
