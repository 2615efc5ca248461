"""Real-page precision: readings that real news pages (coded blind by hand) showed to be wrong: a topic
that is discussed, a citation, damage done by an attack, a pronoun bound as target, someone held on
charges, calls and warnings to act, and the page doubts that drop a candidate.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.event_lexicon import Code
from newsprobe.components.events.arguments import _actor, _agent, _as_actor, _subject
from newsprobe.components.events.modality import _future, _modal, _negated
from newsprobe.components.events.noun_triggers import _is_actor_modifier
from newsprobe.components.events.page_precision import cataphoric, suspected
from newsprobe.components.events.syntax import _child, _Found, _infinitive, _noun_code, _particles, _pobj, _verb_code

#: verbs whose prepositional complements are topics talked about, not acts done
TOPIC_VERBS = frozenset({"discuss", "debate", "talk", "consider", "explore", "examine", "review", "study", "weigh"})
#: what "meet" meets when it is no meeting ("does not meet the needs", "met the deadline")
NOT_A_MEETING = frozenset(
    {
        "need", "requirement", "standard", "criterion", "criteria", "target", "deadline", "expectation",
        "goal", "obligation", "condition", "threshold", "cost", "quota", "demand_curve", "end",
    }
)  # fmt: skip
#: "shut down", "closed": with no object and no passive, the subject closed itself (a hospital, a shop)
CLOSING_VERBS = frozenset({"shut", "close", "shut_down", "close_down"})
#: damage verbs that the lexicon reads as seizure (CAMEO 171) unless an attack caused the damage
DAMAGE_VERBS = frozenset({"damage"})


def _discussed_topic(tok: Token) -> bool:
    """An act inside what is talked about: "will discuss ways of supporting X", "debated plans
    to attack Y" (reached through a preposition or a noun, not as the verb's own object)."""
    if tok.pos_ != "VERB":
        return False
    crossed = False
    cur = tok
    for _ in range(8):
        head = cur.head
        if head is cur:
            return False
        if head.pos_ == "VERB" and head.lemma_.lower() in TOPIC_VERBS and crossed:
            return True
        if head.dep_ == "prep" or head.pos_ in ("NOUN", "ADP"):
            crossed = True
        elif head.pos_ in ("VERB", "AUX") and cur.dep_ not in ("xcomp", "pcomp", "acl", "relcl"):
            return False  # another clause's own verb: the topic chain ends
        cur = head
    return False


def _citation(tok: Token) -> bool:
    """A noun cited as the source of the news: "according to an investigation by X"."""
    cur = tok
    while cur.dep_ in ("compound", "conj") and cur.head is not cur:
        cur = cur.head
    prep = cur.head if cur.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "to" and prep.head.lower_ == "according"


def _attack_token(doc: Doc, tok: Token) -> Code | None:
    """The violent code of a token (an attack noun or verb), else None."""
    code = _noun_code(tok) if tok.pos_ in ("NOUN", "PROPN") else _verb_code(tok) if tok.pos_ == "VERB" else None
    return code if code is not None and code[0] in ("ASSAULT", "FIGHT") else None


def _damage_by_attack(doc: Doc, found: _Found) -> _Found | None:
    """ "damaged by Israeli airstrikes" is the airstrikes' attack on what was damaged, not a seizure;
    "damaged when airstrikes hit its surroundings": the attack is coded on its own, the damage is
    its consequence (no second event)."""
    verb = found.trigger
    if verb.lemma_.lower() not in DAMAGE_VERBS or found.kind != "COERCE":
        return found
    agent = _pobj(verb, ("by",))
    code = _attack_token(doc, agent) if agent is not None else None
    if agent is not None and code is not None:
        source = next(
            (c for c in agent.children if c.dep_ in ("compound", "amod", "poss") and _is_actor_modifier(doc, c)), None
        )
        found.kind, found.mode = code
        found.source_tok = source
        found.target_tok = _as_actor(doc, _child(verb, "nsubjpass")) or found.target_tok
        found.consumed.append(agent.i)
        return found
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(_attack_token(doc, t) for t in clause.subtree):
            return None
    return found


def _unbind_pronoun_target(doc: Doc, found: _Found) -> None:
    """ "a gunman who fired shots at him": a non-reflexive pronoun object is not its own clause's
    subject; where the pronoun resolves to the source, the target is unknown (null), not the source."""
    tgt, src = found.target_tok, found.source_tok
    trig = found.trigger
    if src is None and trig.dep_ == "advcl" and trig.tag_ == "VBG" and _child(trig, "nsubj") is None:
        # "was approached by a gunman ..., fatally wounding him": the participle's unnamed actor
        # is the governing clause's subject or agent; its pronoun object is not that actor
        src = _as_actor(doc, _agent(doc, trig.head) or _child(trig.head, "nsubj"))
    if tgt is None or src is None or tgt.pos_ != "PRON" or tgt.lower_.endswith(("self", "selves")):
        return
    a, b = _actor(doc, src), _actor(doc, tgt)
    if a is not None and b is not None and a.name == b.name:
        found.target_tok = None


#: what someone is held on or in when "held" means detained ("held on drug charges", "held in custody")
HELD_ON = frozenset({"charge", "suspicion", "allegation", "custody", "remand", "warrant"})


def _held_on_charges(doc: Doc, tok: Token) -> _Found | None:
    """ "Investigators held the premier on drug charges": holding someone on charges is detention."""
    if tok.lemma_.lower() != "hold" or _negated(tok) or _modal(tok) or _future(tok):
        return None
    held = _child(tok, "dobj", "nsubjpass")
    if held is None or _as_actor(doc, held) is None:
        return None
    # "held X on charges", "held X at an airport on charges" (the parser hangs "on" on the airport)
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [g for p in preps for o in p.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ in ("on", "in", "under") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in HELD_ON for o in prep.children
        ):
            source = _subject(doc, tok) if held.dep_ == "dobj" else _as_actor(doc, _agent(doc, tok))
            return _Found(tok, "COERCE", "arrest", tok, source, _as_actor(doc, held))
    return None


def _called_for_to(doc: Doc, tok: Token) -> _Found | None:
    """ "X called for Y to be given a fair trial": an appeal by X whatever the act asked for (an actor
    must call: "the plan calls for troops to be deployed" is no appeal)."""
    if tok.lemma_.lower() != "call" or _negated(tok) or _modal(tok) or _future(tok):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return None
    if not any(c.dep_ in ("advcl", "xcomp", "ccomp") and _infinitive(c) for c in tok.children):
        return None
    subj = _child(tok, "nsubj")
    source = _as_actor(doc, subj) if subj is not None else None
    return _Found(tok, "DEMAND", None, tok, source, None) if source is not None else None


def _warned_to(doc: Doc, tok: Token) -> _Found | None:
    """ "Police warned residents to leave the area", "warned the Kurds against holding a vote":
    telling someone to act (or not to) is a demand (REQUEST) of the warner on the warned (a warning
    *of* a danger or *that* something may happen is not)."""
    if tok.lemma_.lower() != "warn" or _negated(tok) or _modal(tok) or _future(tok):
        return None
    warned = _child(tok, "dobj")
    act = next((c for c in tok.children if c.dep_ == "xcomp" and _infinitive(c)), None)
    # "warned the Kurds against holding the referendum": asking them not to
    act = act or next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"), None)
    if warned is None or act is None or _as_actor(doc, warned) is None:
        return None
    if any(c.dep_ == "conj" and c.lemma_.lower() in ("face", "risk") for c in act.children):
        # "warned oil workers to leave within 48 hours or face the consequences": an ultimatum
        return _Found(tok, "THREATEN", None, tok, _subject(doc, tok), _as_actor(doc, warned))
    return _Found(tok, "DEMAND", None, tok, _subject(doc, tok), _as_actor(doc, warned))


def _they_not_him(doc: Doc, found: _Found) -> None:
    """ "'They just want to help us,' he said": "they" is not the one person who says it."""
    src = found.source_tok
    if src is None or not (src.lower_ in ("he", "she") or src.ent_type_ == "PERSON"):
        return
    cur = found.trigger
    for _ in range(4):
        subj = _child(cur, "nsubj")
        if subj is not None:
            if subj.lower_ == "they":
                found.source_tok = None
            return
        if cur.dep_ not in ("xcomp", "conj") or cur.head is cur:
            return
        cur = cur.head


def _real_page_doubt(doc: Doc, found: _Found) -> bool:
    """Readings real news pages showed wrong (precision first: no event rather than a wrong one)."""
    _unbind_pronoun_target(doc, found)
    _they_not_him(doc, found)
    if cataphoric(doc, found.source_tok):
        found.source_tok = None  # "A month after he resigned, X's deputy, Y, ...": "he" may be X
    if cataphoric(doc, found.target_tok):
        found.target_tok = None
    trig = found.trigger
    lemma = trig.lemma_.lower()
    # "he never robbed or killed anyone": the negation covers the coordinated verb
    if (
        trig.dep_ == "conj"
        and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in trig.head.children)
        and _child(trig, "nsubj", "nsubjpass") is None
        and _negated(trig.head)
    ):
        return True
    if _discussed_topic(trig) or (trig.pos_ in ("NOUN", "PROPN") and _citation(trig)):
        return True
    if suspected(trig):
        return True  # "suspected that X was working with Y": a belief, not a report
    if lemma == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in NOT_A_MEETING for c in trig.children):
        return True  # "materials that don't meet the hospital's needs"
    particles = {f"{lemma}_{p}" for p in _particles(trig)}
    if (
        trig.pos_ == "VERB"
        and (lemma in CLOSING_VERBS or particles & CLOSING_VERBS)
        and _child(trig, "dobj", "nsubjpass", "auxpass") is None
    ):
        return True  # "sixteen hospitals have shut down": nobody closed anything
    return False
