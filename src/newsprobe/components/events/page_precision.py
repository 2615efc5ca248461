"""Precision on real pages (round 6): readings of ordinary prose that are no political event, found by
coding real pages by hand before the coder ran on them. Each rule is about a construction, never about
one sentence:

* **Under fire.** "came under fire / attack from X" is gunfire only where an armed party is in it
  (troops, police, rebels, gunmen); "came under fire from a former chief whip for failing to ..." is
  criticism (ACCUSE, disapprove) by whoever criticises, or nothing when nobody is named.
* **Fighting a thing.** "fought the policy / a fire / the outbreak" is no combat: fighting is FIGHT
  only against an actor (or with no object: "rebels fought near the border").
* **An allegation is an accusation of wrongdoing.** PLOVER codes ACCUSE (mode allege, CAMEO 112/1121)
  for accusing someone of a crime, corruption, abuse or aggression; "the two men alleged that X had
  asked them to come" narrates what happened and accuses no one. "alleged that X <did>" is ACCUSE of X
  only when what X did is misconduct (a misdeed verb, or an object or predicate that names one).
* **Commerce is not aid.** Loans or credit by businesses (banks, lenders, companies) to no state is
  market activity, not economic aid (CAMEO 071 is aid between states and international bodies).
* **Private life.** Meeting or visiting family ("visited his wife in hospital") is no consultation;
  "returned a week later" (someone came back) is no RETREAT: returning is an event
  when something or someone is handed back, or when a force goes back; "travelled to meet Zoe" by
  someone who is no actor is no consultation.
* **Who the pronoun is.** A "he"/"she" in a clause fronted before the main clause ("A month after he
  resigned, X's deputy, Y, ...") may point forward to a person of the main clause: left unresolved.
* **What is created is not acted on.** "pledged to form a commission": the commission is no target.
* **A finding of fault** ("the tribunal found that X incurred in harassment", "the committee found that
  X had improperly deducted ...") by a court, an inquiry or a state body is ACCUSE (CAMEO 116) of X,
  with the same test of misdeed as an allegation (recall; "tests found that ..." is none).
* **Suspicions** ("she suspected that X was working with Y") report no act.
* **A fragment after a question** ("Will he write a book? One that condemns ...") elaborates what is
  asked: nothing in it is asserted.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsprobe.components.entities import entity_at
from newsprobe.components.event_actors import FORCE_SECTORS, STATE_SECTORS, actor_of, is_actor
from newsprobe.components.events.syntax import (
    KIN,
    WEAPONS,
    _child,
    _infinitive,
    _inner_code,
    _noun_code,
    _pobj,
    _verb_code,
)
from newsprobe.model import EventActor

#: sectors of those who shoot: their "fire" is gunfire
ARMED_SECTORS = frozenset({"military", "police", "rebel", "criminal"})
#: nouns of armed people or means that name no sector of their own
ARMED_NOUNS = frozenset(
    {"attacker", "assailant", "sniper", "gunman", "gunmen", "fighter", "troop", "soldier", "militia",
     "militiaman", "jet", "warplane", "aircraft", "drone", "helicopter", "tank", "artillery", "gunboat", "ship",
     "warship", "position", "gun", "rifle"}
)  # fmt: skip
#: time nouns: "for hours", "over the weekend" say how long, not why
TIME_NOUNS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "period", "while", "time",
     "morning", "afternoon", "evening"}
)  # fmt: skip


def _armed(doc: Doc, tok: Token | None, actor: EventActor | None) -> bool:
    if tok is None:
        return False
    if actor is not None and actor.sector in ARMED_SECTORS:
        return True
    return any(t.lemma_.lower() in ARMED_NOUNS or t.lower_ in ARMED_NOUNS for t in tok.subtree if t.i <= tok.i)


def _reason(verb: Token) -> bool:
    """ "came under fire for failing to ...", "over the housing plan": why someone is blamed (not
    "for hours", "over the weekend", "over the border")."""
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "over"):
            continue
        if any(c.dep_ == "pcomp" for c in prep.children):
            return True  # "for failing to inform MPs"
        pobj = _child(prep, "pobj")
        if pobj is None or pobj.lemma_.lower() in TIME_NOUNS or any(c.dep_ == "nummod" for c in pobj.children):
            continue
        ent = entity_at(doc, pobj.idx, pobj.idx + len(pobj.text))
        if ent is not None and ent.label in ("GPE", "LOC", "FAC", "DATE", "TIME"):
            continue
        if doc[pobj.left_edge.i].lower_ == "the" and pobj.lemma_.lower() in ("border", "frontier", "line", "hill"):
            continue
        return True
    return False


def under_fire(doc: Doc, verb: Token, noun: Token, source: Token | None, target: Token | None) -> str | None:
    """How to read "<target> came under fire/attack from <source>": "force" (an armed party is in it and
    no reason is given), "criticism" (a reason is given, or the one firing is an actor with no arms),
    or None (neither: no event)."""
    src = actor_of(doc, source) if source is not None else None
    tgt = actor_of(doc, target) if target is not None else None
    weapon = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in WEAPONS for c in noun.children)
    armed = weapon or noun.lemma_.lower() == "gunfire" or _armed(doc, source, src) or _armed(doc, target, tgt)
    if _reason(verb):
        return "criticism" if src is not None and not _armed(doc, source, src) else None
    if armed:
        return "force"
    if src is None:
        return "force"  # "a convoy came under fire near the town": nothing says it is a figure of speech
    if src.sector is None and src.country is not None and (src.entity_id is None or _state_name(doc, source)):
        return None  # "came under fire from Sylvania": shells or words, the sentence does not say
    return "criticism"


def _state_name(doc: Doc, tok: Token | None) -> bool:
    ent = entity_at(doc, tok.idx, tok.idx + len(tok.text)) if tok is not None else None
    return ent is not None and ent.label == "GPE"


#: fighting verbs: combat only against someone
FIGHTING = frozenset({"fight", "battle"})


def fights_a_thing(doc: Doc, verb: Token) -> bool:
    """ "fought the tax law", "battled the blaze", "fought against the policy": the object (or the
    "against" object) is neither an actor nor a fight ("fought a war", "fought a battle")."""
    if verb.lemma_.lower() not in FIGHTING:
        return False
    opposed = _child(verb, "dobj", "nsubjpass") or _pobj(verb, ("against",))
    if opposed is None:
        return False
    code = _noun_code(opposed)
    if code is not None and code[0] in ("FIGHT", "ASSAULT"):
        return False
    return not is_actor(doc, opposed)


#: misdeeds: what an allegation must say someone did to be an accusation (PLOVER ACCUSE, allege)
MISDEED_VERBS = frozenset(
    {"embezzle", "steal", "rob", "loot", "misappropriate", "divert", "misuse", "siphon", "pocket", "bribe",
     "defraud", "cheat", "swindle", "extort", "blackmail", "launder", "smuggle", "traffic", "rig", "falsify",
     "forge", "fabricate", "doctor", "tamper", "manipulate", "lie", "mislead", "deceive", "conceal", "cover",
     "plagiarise", "plagiarize", "spy", "wiretap", "collude", "conspire", "abuse", "harass", "molest", "rape",
     "assault", "beat", "torture", "kill", "murder", "shoot", "stab", "attack", "threaten", "intimidate",
     "bully", "drag", "violate", "breach", "flout", "evade", "obstruct", "interfere", "discriminate", "solicit",
     "poison", "kidnap", "abduct", "hack", "leak", "sabotage", "persecute", "detain", "imprison", "mistreat",
     "neglect", "exploit", "overcharge", "overbill", "inflate"}
)  # fmt: skip
#: misdeeds named by a noun ("took bribes", "committed fraud", "was responsible for the killings")
MISDEED_NOUNS = frozenset(
    {"bribe", "kickback", "fraud", "crime", "corruption", "abuse", "harassment", "violation", "murder", "theft",
     "embezzlement", "extortion", "misconduct", "wrongdoing", "offence", "offense", "felony", "atrocity",
     "torture", "assault", "rape", "killing", "massacre", "genocide", "scam", "forgery", "perjury", "treason",
     "espionage", "bribery", "cover-up", "coverup", "lie", "falsehood", "discrimination", "racism", "negligence"}
)  # fmt: skip
#: what makes a thing done a misdeed: "made unauthorized access", "filed false claims"
MISDEED_MODIFIERS = frozenset(
    {"unauthorized", "unauthorised", "illegal", "unlawful", "illicit", "improper", "fake", "false", "fraudulent",
     "forged", "bogus", "corrupt", "secret"}
)  # fmt: skip
#: how a thing done is a misdeed: "improperly deducted", "illegally obtained"
MISDEED_ADVERBS = frozenset(
    {"illegally", "unlawfully", "improperly", "fraudulently", "corruptly", "illicitly", "wrongfully", "falsely"}
)
#: what is broken when breaking it is a misdeed
RULES = frozenset({"law", "rule", "regulation", "ceasefire", "truce", "agreement", "promise", "embargo", "sanction"})
#: predicates that say someone did wrong ("was corrupt", "was responsible for the deaths")
MISDEED_ADJ = frozenset(
    {"corrupt", "guilty", "responsible", "complicit", "negligent", "liable", "fraudulent", "racist", "abusive",
     "dishonest", "involved", "behind"}
)  # fmt: skip


def _misdeed_verb(verb: Token) -> bool:
    code = _verb_code(verb)
    if code is not None and code[0] in ("FIGHT", "ASSAULT", "COERCE", "SANCTION", "THREATEN"):
        return True
    lemma = verb.lemma_.lower()
    if lemma in MISDEED_VERBS and (lemma != "cover" or any(c.lower_ == "up" for c in verb.children)):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in MISDEED_ADVERBS for c in verb.children):
        return True  # "had improperly deducted", "illegally re-entered"
    obj = _child(verb, "dobj")
    if lemma == "break" and obj is not None and obj.lemma_.lower() in RULES:
        return True  # "broke the law", "broke the ceasefire"
    for c in verb.children:
        if c.dep_ in ("dobj", "attr", "nsubjpass") and (c.lemma_.lower() in MISDEED_NOUNS or c.lower_ in MISDEED_NOUNS):
            return True
        if c.dep_ in ("acomp", "attr", "prep") and c.lower_ in MISDEED_ADJ:
            return True
        if c.dep_ in ("dobj", "attr") and any(m.dep_ == "amod" and m.lower_ in MISDEED_MODIFIERS for m in c.children):
            return True  # "made unauthorized access", "turned over a fake server"
        if c.dep_ == "prep" and c.lower_ in ("in", "for", "of"):
            inner = _child(c, "pobj")
            if inner is not None and inner.lemma_.lower() in MISDEED_NOUNS:
                return True  # "had a hand in the fraud", "was paid for the cover-up"
    return False


def imputes_misdeed(clause: Token) -> bool:
    """Whether the alleged clause says its subject did wrong: its verb, a coordinated verb of the same
    subject, or what the verb takes ("took bribes", "was corrupt"). A verb of perceiving or saying
    ("alleged that they heard X fire") imputes nothing to anyone."""
    verbs = [clause]
    for verb in verbs:  # "brought a gun and aimed and shot": every coordinated verb of the clause
        verbs.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c not in verbs)
    for verb in verbs:
        if _misdeed_verb(verb):
            return True
        for xc in verb.children:  # "had tried to rig", "caused X to overbill", "turned over X to falsify"
            if (xc.dep_ in ("xcomp", "ccomp") or (xc.dep_ == "advcl" and _infinitive(xc))) and _misdeed_verb(xc):
                return True
    return False


#: economic aid that businesses also give as trade: lending and credit
COMMERCE_WORDS = frozenset({"loan", "credit", "lending", "mortgage", "investment", "financing", "finance"})
STATE_RECIPIENT_SECTORS = STATE_SECTORS | {"igo"}


def commerce_not_aid(kind: str, trigger: Token, source: EventActor | None, target: EventActor | None) -> bool:
    """ "banks started making loans (to buyers)": lending by businesses to anyone but a state or an
    international body is commerce, not economic aid."""
    if kind != "AID" or source is None or source.sector != "business":
        return False
    given = [t for t in trigger.children if t.dep_ == "dobj"]
    # "provided the company with a loan", "$2 million in loans"
    given += [g for t in [trigger, *given] for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "in")
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if trigger.lemma_.lower() not in COMMERCE_WORDS and not any(t.lemma_.lower() in COMMERCE_WORDS for t in given):
        return False
    if target is None:
        return True
    state = target.sector in STATE_RECIPIENT_SECTORS or (target.sector is None and target.country is not None)
    return not state


#: going back: an event only when something is handed back, or a force goes back
RETURNING = frozenset({"return"})


def came_back(doc: Doc, verb: Token, source: Token | None) -> bool:
    """ "returned a week later to spend the holidays": the subject came back (no object, no passive),
    and it is no armed force going back to base."""
    if verb.lemma_.lower() not in RETURNING or _child(verb, "dobj", "nsubjpass", "auxpass") is not None:
        return False
    actor = actor_of(doc, source) if source is not None else None
    return not (actor is not None and actor.sector in FORCE_SECTORS)


def _clause_subject(verb: Token) -> Token | None:
    """The subject a verb shares with the clauses above it ("X travelled to meet Y": X)."""
    cur = verb
    for _ in range(4):
        subj = _child(cur, "nsubj")
        if subj is not None:
            return subj
        if cur.dep_ not in ("xcomp", "advcl", "conj") or cur.head is cur:
            return None
        cur = cur.head
    return None


def private_meeting(doc: Doc, verb: Token, kind: str, source: Token | None) -> bool:
    """A meeting whose subject is there but is no actor ("her boyfriend travelled to meet Zoe"): a
    private visit, no consultation between actors."""
    if kind != "CONSULT" or source is not None:
        return False
    subj = _clause_subject(verb)
    return subj is not None and subj.pos_ == "NOUN" and not is_actor(doc, subj)


def family_meeting(kind: str, source: Token | None, target: Token | None) -> bool:
    """A meeting, visit or call with one's family, or by one's family ("Yeltsin visited his wife in
    hospital", "her brother travelled to meet her"), or a family's welcome or praise ("was welcomed
    by his mother and sister"): private life, no consultation or support between actors."""
    if kind not in ("CONSULT", "SUPPORT"):
        return False
    return any(t is not None and (t.lemma_.lower() in KIN or t.lower_ in KIN) for t in (source, target))


#: what a fronted clause starts with ("After he resigned, ...")
FRONTING_MARKS = frozenset({"after", "before", "when", "while", "since", "once", "until", "as", "though", "although"})


def cataphoric(doc: Doc, pron: Token | None) -> bool:
    """A "he"/"she" subject of a clause fronted before its main clause, when the main clause names a
    person: the pronoun may point forward to that person ("A month after he resigned, X's deputy, Y,
    pardoned him"), not back to the last person named."""
    if pron is None or pron.lower_ not in ("he", "she") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = pron.head
    if not any(c.dep_ == "mark" and c.lower_ in FRONTING_MARKS for c in clause.children):
        return False
    sent = pron.sent
    if clause.right_edge.i >= sent.root.i:
        return False  # the clause follows its main clause: "he" points back
    return any(t.ent_type_ == "PERSON" for t in doc[clause.right_edge.i + 1 : sent.end])


#: verbs whose object comes into being: it is not acted on
CREATING = frozenset({"form", "create", "establish", "found", "set", "launch", "build", "constitute", "convene"})


def created(verb: Token, cand: Token) -> bool:
    """ "form a commission", "set up a committee": the object is made, not a target."""
    lemma = verb.lemma_.lower()
    if lemma not in CREATING or cand.dep_ != "dobj" or cand.head.i != verb.i:
        return False
    return lemma != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})


def after_question(sent: Span) -> bool:
    """A verbless fragment right after a question ("Will he write a book? One that condemns ..."):
    it goes on with what is asked."""
    if sent.root.pos_ in ("VERB", "AUX") or sent.start == 0:
        return False
    for t in sent:  # a finite verb outside a relative clause makes it a sentence ("That's where ...")
        if t.tag_ in FINITE and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i >= sent.start):
            if t.dep_ not in ("relcl", "acl"):
                return False
    doc = sent.doc
    prev = doc[sent.start - 1].sent
    return prev.text.rstrip().rstrip("\"'”’)]»").endswith("?")


#: object pronouns the entities stage does not resolve to an actor
PLAIN_PRONOUNS = frozenset({"them", "us", "you", "me", "him", "her"})


def private_request(doc: Doc, source: Token | None, addressee: Token | None, act: Token) -> bool:
    """ "X asked them to accompany him on a trip": a private person's request (no sector, no office) to
    an unresolved "them/him", for an act that is no event (no code): nothing political is asked."""
    if addressee is None or addressee.lower_ not in PLAIN_PRONOUNS or actor_of(doc, addressee) is not None:
        return False
    asker = actor_of(doc, source) if source is not None else None
    if asker is not None and (asker.sector is not None or asker.country is not None):
        return False  # "the police chief asked them to leave": an office asks
    if source is not None and source.dep_ in ("compound", "poss", "amod"):
        return False  # "the school's administrators asked them to ...": an organisation's people ask
    return _verb_code(act) is None and not any(c.dep_ == "dobj" and _noun_code(c) is not None for c in act.children)


#: verbs of coming upon someone in a state: "found him wounded" says how he was, not who did it
FINDING = frozenset({"find", "discover"})


def found_in_state(verb: Token) -> bool:
    """ "found him wounded", "was discovered beaten": a bare participle complement of finding is a
    state seen (the act that caused it, and who did it, are another event, reported elsewhere)."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("xcomp", "oprd", "ccomp", "conj")
        and verb.head.lemma_.lower() in FINDING
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)
        and verb.i > verb.head.i
    )


#: verbs of suspecting or fearing: what they govern is a belief, not a report of an act
SUSPECTING = frozenset({"suspect", "fear", "doubt", "wonder", "imagine", "speculate"})


def suspected(tok: Token) -> bool:
    """ "she suspected that her predecessor was working with X": the content of a suspicion is no event;
    nor is "a 36-year-old alleged sexual attack by X", which the writer does not assert."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in UNPROVEN for c in tok.children):
        return True
    return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SUSPECTING and tok.head.pos_ == "VERB"


#: what a writer calls an act they do not assert: "the alleged attack", "purported collusion"
UNPROVEN = frozenset({"alleged", "purported", "supposed", "rumored", "rumoured", "unproven", "unconfirmed"})


#: who finds someone at fault when a finding is a verdict (PLOVER ACCUSE, CAMEO 116): courts, tribunals,
#: inquiries, auditors and state bodies (not "tests found", "relatives found")
FINDER_SECTORS = frozenset({"judiciary", "government", "legislature", "igo", "police"})
FINDER_NOUNS = frozenset(
    {"tribunal", "court", "jury", "inquiry", "investigation", "probe", "panel", "committee", "commission", "board",
     "auditor", "watchdog", "ombudsman", "regulator", "inspector", "review"}
)  # fmt: skip


def finding_of_misdeed(doc: Doc, verb: Token) -> Token | None:
    """ "the tribunal found that X incurred in harassment", "the tax office had found that he had
    improperly deducted ...": a finding of fault by a court or an official body is an accusation of
    whom the clause names (ACCUSE, CAMEO 116); the clause it consumes, else None."""
    if verb.lemma_.lower() != "find" or _child(verb, "auxpass") is not None:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    finder = _child(verb, "nsubj")
    if clause is None or finder is None or _inner_code(doc, clause) is not None or not imputes_misdeed(clause):
        return None  # a clause with an event of its own reports that event
    accused = _child(clause, "nsubj", "nsubjpass")
    if accused is None or not is_actor(doc, accused):
        return None
    heads = [finder] + [c for c in finder.children if c.dep_ == "conj"]
    for head in heads:
        actor = actor_of(doc, head) if is_actor(doc, head) else None
        if head.lemma_.lower() in FINDER_NOUNS or (actor is not None and actor.sector in FINDER_SECTORS):
            return clause
    return None
