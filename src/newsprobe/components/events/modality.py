"""What is asserted: whether an event is negated, future, unrealised, reported, hypothetical, an open
question or only possible, and what a frame verb makes of the event it governs ("threatened to strike" is
THREATEN, "refused to withdraw" REJECT, "urged X to withdraw" DEMAND).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprobe.components.event_lexicon import lexicon
from newsprobe.components.events.syntax import (
    COOPERATIVE,
    FRAME_AGREE,
    FRAME_DEMAND,
    FRAME_FAIL,
    FRAME_INTENT,
    FRAME_PREPARE,
    FRAME_REJECT,
    FRAME_THREATEN,
    FRAMES,
    MATERIAL_HOSTILE,
    NEVER_OWN,
    OBLIGATION,
    SPEECH,
    THREAT_MODES,
    _child,
    _infinitive,
    _lemmas,
    _own_auxiliary,
    _own_clause,
    _particles,
    _phrase,
    _pobj,
    _verb_code,
)

#: intent frames that weigh an act without committing to it: "is considering sending aid",
#: "mulls meeting" (CAMEO 014, "consider policy option", has no PLOVER type)
FRAME_TENTATIVE = frozenset({"consider", "mull"})
#: governors whose finite complement says what is wanted, not what was done ("demanded that ...")
DIRECTIVE_VERBS = FRAME_DEMAND | FRAME_INTENT | frozenset(
    {"propose", "recommend", "order", "require", "prefer", "advocate", "pray"}
)
#: governors that deny what they govern: "denied firing on the port", "denies that it shelled X"
DENYING = frozenset({"deny", "refute", "dispute", "disavow"})
DIRECTIVE_NOUNS = frozenset(
    {"demand", "call", "proposal", "request", "plan", "hope", "appeal", "order", "ultimatum", "wish", "plea",
     "desire", "dream", "aspiration", "pledge", "promise", "vow", "offer", "threat", "intention", "commitment",
     "readiness", "willingness", "determination", "resolve", "eagerness", "quest", "ambition",
     # efforts, whose infinitive is not yet done: "a push to repeal the military's policy"
     "push", "bid", "effort"}
)
#: nouns whose "that" clause is suspected or feared, not reported: "growing suspicions that X was
#: killed", "if proof emerges that X sanctioned it"
SUSPECTED_NOUNS = frozenset(
    {"suspicion", "fear", "speculation", "rumour", "rumor", "possibility", "prospect", "worry", "theory",
     "hypothesis", "guess", "proof", "suggestion", "hunch", "report", "allegation", "accusation", "claim",
     "charge", "assertion", "contention", "insinuation",
     # what would show it: "there is no other evidence that Mr. Morell objected"
     "evidence", "indication"}
)  # fmt: skip
#: the nouns of hearsay among them ("reports that troops shot ..."), whose verbs assert a claim
HEARSAY = frozenset({"report", "allegation", "accusation", "claim", "charge", "assertion", "contention", "insinuation"})


WILLING = frozenset({"willing", "ready", "prepared", "determined", "eager", "glad", "happy", "keen"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "’ll", "wo"})  # "he’ll": the typographic apostrophe too
#: subjects of "be to" that name a purpose or plan, not an actor: "the aim is to relax them"
BE_TO_SUBJECTS = frozenset(
    {"aim", "goal", "plan", "idea", "purpose", "objective", "intention", "task", "job", "mission", "priority",
     "point", "hope", "step", "option", "solution", "answer", "way", "thing", "challenge", "problem", "what",
     "this", "that", "it", "strategy", "policy", "role", "duty", "aspiration", "dream", "wish", "target", "move"}
)  # fmt: skip
#: subjects of "is that ..." whose clause is wished, planned or feared, not told
WISHED = DIRECTIVE_NOUNS | frozenset(
    {"aim", "goal", "purpose", "objective", "idea", "aspiration", "dream", "wish", "target", "strategy", "fear",
     "worry", "danger", "risk", "expectation"}
)  # fmt: skip
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no"})


#: governors that assert the act of their infinitive took place ("began to shell", "tried to storm",
#: "decided to expel"); an infinitive under any other verb ("allowed X to attack", "wants X to
#: attack", "shelled the town to punish Y") is no event of its own
REALISING = frozenset(
    {
        "begin",
        "start",
        "continue",
        "resume",
        "keep",
        "manage",
        "proceed",
        "go",
        "move",
        "try",
        "attempt",
        "decide",
        "vote",
        "help",
        "force",
        "compel",
        "oblige",
        "choose",
        "opt",
        "dare",
        "rush",
        "return",
        "be",
        "cause",
        "lead",
        "prompt",
        "step",
    }
)
#: "had the gall to accuse": having the nerve to do something is doing it
DARING_NOUNS = frozenset({"gall", "nerve", "audacity", "temerity", "courage", "chutzpah", "effrontery", "cheek"})
#: adjectives that assert their infinitive: "was able to free", "was quick to condemn"
REALISING_ADJ = frozenset({"able", "quick", "first", "last", "swift", "fast"})
#: a rank in a series of those who did it: "the first American to be convicted", "the latest country to ..."
RANKS = REALISING_ADJ | {"latest", "only", "second", "third", "fourth", "fifth"}
EXPRESSIVE = frozenset({"PROTEST", "DEMAND", "DISAPPROVE", "SUPPORT"})
#: passive report verbs: "X is alleged to have attacked Y" asserts the attack as someone's claim
REPORTED_PASSIVE = frozenset({"allege", "say", "report", "believe", "think", "understand", "suspect", "claim"})


#: modal auxiliaries of what may, can or ought to happen: "X could attack", "X should demand" (an act
#: owed to a speaker's demand is read by _obligation; on its own it is no event)
ANYONE = frozenset({"anyone", "anybody", "anything", "either"})


MODAL_UNREAL = frozenset({"could", "might", "may", "can", "ca", "should", "must", "ought"})


#: governors of a gerund that leave it undone: "refrained from endorsing", "ruled out resigning",
#: "considered imposing", "avoided meeting"
UNDOING_GERUND = frozenset(
    {"refrain", "avoid", "abstain", "consider", "contemplate", "mull", "weigh", "discuss", "propose",
     "suggest", "recommend", "risk", "oppose", "resist", "deny", "escape", "forgo", "postpone",
     "delay", "stop", "cease", "quit"}
)  # fmt: skip


def _negated(tok: Token) -> bool:
    return any(
        c.dep_ == "neg"
        or (c.lower_ in NEGATIONS and c.dep_ in ("advmod", "det"))
        or _no_longer(c)
        or _neither(c)
        or _at_no_time(c)
        or (c.dep_ in ("aux", "auxpass") and any(_at_no_time(g) for g in c.children))  # "At no time did X"
        for c in tok.children
    )


#: "at no time", "in no way", "by no means", "on no account", "under no circumstances": a negation said
#: as a phrase ("with no warning" negates nothing)
NO_WAY = frozenset({("at", "time"), ("at", "point"), ("in", "way"), ("by", "means"), ("on", "account"),
                    ("under", "circumstance")})  # fmt: skip


def _at_no_time(prep: Token) -> bool:
    """ "At no time was Assange offered the right of reply": a prepositional phrase led by "no"."""
    return prep.dep_ == "prep" and any(
        (prep.lower_, g.lemma_.lower()) in NO_WAY and any(d.dep_ == "det" and d.lower_ == "no" for d in g.children)
        for g in prep.children
        if g.dep_ == "pobj"
    )


def _neither(subject: Token) -> bool:
    """ "Neither Clinton nor her allies have been charged": a subject led by "neither" negates its verb."""
    return subject.dep_ in ("nsubj", "nsubjpass") and any(
        c.lower_ == "neither" and c.i < subject.i and c.dep_ in ("det", "preconj", "cc") for c in subject.children
    )


def _no_longer(adverb: Token) -> bool:
    """ "would no longer attack the ports": "longer" with its "no" (the parser hangs "no" on it)."""
    return adverb.dep_ == "advmod" and adverb.lower_ == "longer" and any(
        c.lower_ == "no" for c in adverb.children)


def _future(tok: Token) -> bool:
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() == "be" and _infinitive(tok):
        # "the authorities are to relax restrictions": an act announced for later ("be to" as "will"),
        # but not "the aim is to relax them" (a subject that names no actor) nor "the first to"
        subj = _child(head, "nsubj")
        plain = _child(head, "acomp", "attr", "aux", "auxpass") is None and head.dep_ not in ("relcl", "acl")
        plain = plain and not any(c.lower_ in ("still", "yet") for c in head.children)  # "is still to apologize"
        if plain and subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.lemma_.lower() not in BE_TO_SUBJECTS:
            return True  # (not "which is to assist", "all he has done is to return", "will be to show")
    # "is willing to withdraw", "said it is ready to meet"
    return tok.dep_ == "xcomp" and head.lower_ in WILLING


def _unwilling(tok: Token) -> bool:
    """The infinitive of a readiness denied, or only owed: "is not willing to fund", "was not prepared to
    sign", "nor ready to talk", "schools should be willing to arm them" (what ought to be, no offer)."""
    adjective = tok.head
    if tok.dep_ != "xcomp" or adjective.lower_ not in WILLING:
        return False
    copula = adjective.head if adjective.dep_ == "acomp" else None
    owed = copula is not None and any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in copula.children)
    return _negated(adjective) or (copula is not None and _negated(copula)) or owed


def _ability_denied(adjective: Token) -> bool:
    """ "able" (or "quick", "first") under a copula that is negated, modal or to come, up to two clause
    links ("will not be able", "is not going to be able", "may be able"), or "able" in the present ("are
    able to"): no act asserted."""
    cur = adjective.head
    for _ in range(3):
        if cur.pos_ not in ("VERB", "AUX"):
            return False
        if _negated(cur) or _modal(cur) or _future(cur):
            return True
        if adjective.lower_ == "able" and cur.lemma_.lower() == "be" and cur.tag_ in ("VBZ", "VBP"):
            return True  # "police are now able to confiscate a firearm": they may (but "were able to" did)
        if cur.tag_ == "VB" and _child(cur, "nsubj") is not None and _child(cur, "aux") is None:
            return True  # "it is essential that we be able to condemn ...": a subjunctive, what ought to be
        if cur.dep_ != "xcomp":
            return False
        cur = cur.head
    return False


def _done(verb: Token, kind: str) -> bool:
    """A governing act that was itself done: not negated, future, modal, or an unrealised infinitive."""
    unsure = _unrealised(verb, kind) or _framed(verb) or _unasserted_clause(verb)
    return not (unsure or _negated(verb) or _future(verb) or _modal(verb))


#: attempts, which count for a blow struck ("tried to assassinate") but hold no talks
ATTEMPTING = frozenset({"try", "attempt"})
#: contact that trying does not make: "tried to meet the pope", "tried to talk to X"
SEEKING_CONTACT = frozenset({"meet", "talk", "speak", "contact", "reach", "visit", "see", "call", "phone"})
#: the causative verbs of "to have X arrested", "to get the charges dropped"
CAUSING = frozenset({"have", "get"})


def _unrealised(tok: Token, kind: str) -> bool:
    """An infinitive whose governor does not assert it ("allowed X to attack", "did not try to
    attack", "shelled the town to punish Y"); frames and "willing to" are decided elsewhere."""
    if tok.dep_ in ("relcl", "acl") and _infinitive(tok) and _child(tok, "auxpass") is not None:
        # "a list of officials to be assassinated", "the prisoners to be freed": to come (but "the
        # first American to be convicted" was convicted)
        ranked = any(c.lower_ in RANKS for c in tok.head.children)
        return not ranked
    if tok.dep_ not in ("ccomp", "xcomp", "advcl"):
        return False
    gov = tok.head
    caused = tok.tag_ in ("VBN", "VBD") and gov.lemma_.lower() in CAUSING
    if caused and _infinitive(gov) and gov.dep_ in ("xcomp", "advcl"):
        # "seeks to have the charge dismissed", "wants to have the minister arrested": the act is as wished
        # as "seeks to dismiss the charge" (and nobody is named doing it)
        return _unrealised(gov, kind) or gov.head.lemma_.lower() in FRAMES
    if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() not in SPEECH and _modal(gov):
        return True  # "could help the police capture him", "would have been difficult to endorse"
    from newsprobe.components.events.wire_verbal import permitted_act  # it reads this module's helpers

    if permitted_act(tok):
        return True  # "let his family see him", as "allowed them to see him"
    undergone = tok.dep_ in ("xcomp", "ccomp") and tok.tag_ in ("VBN", "VBG") and tok.i > gov.i
    if undergone and gov.lemma_.lower() in AVERTED:
        return True  # "risked being shut down", "narrowly escaped being captured": not done
    if not _infinitive(tok):
        return False
    if tok.lemma_.lower() == "protest" and gov.lemma_.lower() == "summon":
        return True  # "summoned the ambassador to protest against the remarks": the summons is the protest
    if tok.dep_ == "advcl" and kind in EXPRESSIVE:
        return False  # "shunned work to protest at ...": the purpose names what the act expresses
    trip = tok.dep_ == "advcl" and kind == "CONSULT" and gov.lemma_.lower() in TRAVEL
    if trip and not (_negated(gov) or _future(gov)):
        return False  # "flew to Bogota to meet X": the trip is the visit (CAMEO 042)
    probe = tok.dep_ == "advcl" and kind == "INVESTIGATE" and gov.lemma_.lower() in PROBE_SENDING
    probe = probe and (_child(tok, "dobj") is not None or _pobj(tok, ("into",)) is not None)
    if probe and _done(gov, kind):
        return False  # "sent a team to investigate the massacre": sending the mission is the inquiry
    quelled = tok.dep_ in ("advcl", "xcomp") and tok.lemma_.lower() == "disperse"
    quelled = quelled and gov.lemma_.lower() in ("fire", "use")
    if quelled and _done(gov, kind):
        return False  # "fired tear gas to disperse the crowd": the firing is the dispersal
    if gov.pos_ == "ADJ" and tok.dep_ == "xcomp":
        # "is likely to attack", "hard to endorse" (but "willing to", "able to")
        if gov.lower_ in REALISING_ADJ and _ability_denied(gov):
            return True  # "will not be able to ban guns", "is not going to be able to ban them"
        return gov.lower_ not in WILLING | REALISING_ADJ
    if tok.dep_ == "xcomp" and gov.lemma_.lower() == "be":
        judged = _child(gov, "acomp")
        if judged is not None and judged.pos_ == "ADJ" and judged.lower_ not in WILLING | REALISING_ADJ:
            return True  # "do what is necessary to repel them": a judgement of an act, not the act
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    if _negated(gov):
        return True  # "did not try to attack"
    lemma = gov.lemma_.lower()
    dared = _child(gov, "dobj")
    if lemma == "have" and dared is not None and dared.lemma_.lower() in DARING_NOUNS:
        return False  # "has the gall to accuse"
    if _reported_passive(tok):
        return False  # "is alleged to have attacked": asserted, as a claim
    if lemma in ATTEMPTING and kind == "CONSULT" and tok.lemma_.lower() in SEEKING_CONTACT:
        # "people Republicans have tried to talk to": an attempt to meet is no meeting (trying to negotiate
        # or to broker a deal is negotiating or mediating)
        return True
    if lemma in REALISING and _until_yet_to_come(gov):
        return True  # "before they attempt to seek asylum": what waits on a later act is not done yet
    if lemma == "become" and _ranked_attribute(gov):
        return False  # "became the latest country to recognise X": it did
    if lemma in FRAME_PREPARE and _child(tok, "auxpass") is not None:
        return True  # "prepared a list of officials to be assassinated": planned, not done
    return lemma not in REALISING and lemma not in FRAMES


def _ranked_attribute(gov: Token) -> bool:
    """ "became the first / latest / second country to ...": a rank in a series of those who did it."""
    attr = _child(gov, "attr")
    return attr is not None and any(c.lower_ in RANKS for c in attr.children)


def _reported_passive(tok: Token) -> bool:
    """ "X is alleged/said/believed to have <tok>"."""
    gov = tok.head
    return (
        tok.dep_ == "xcomp"
        and _infinitive(tok)
        and gov.lemma_.lower() in REPORTED_PASSIVE
        and _child(gov, "auxpass") is not None
    )


def _suspected(clause: Token, gov: Token) -> bool:
    """A "that" clause of a noun of suspicion, on the noun or (the parser hangs it higher at times)
    right after it: "amid suspicions that X was killed", "if proof emerges that X approved it"."""
    if gov.pos_ == "NOUN" and gov.lemma_.lower() in SUSPECTED_NOUNS:
        return True
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    before = clause.doc[mark.i - 1] if mark is not None and mark.i > 0 else None
    if before is None or before.lemma_.lower() not in SUSPECTED_NOUNS:
        return False
    # "reported that X": a claim, asserted by its speaker; "her charge that X" is dropped too, since the
    # events stage cannot yet voice it as the owner's claim rather than the outlet's
    return before.pos_ == "NOUN" or before.lemma_.lower() not in HEARSAY


def _unasserted_clause(tok: Token) -> bool:
    """A finite clause that states what someone wants done, not what was done: the content of a
    demand, call, proposal, request, order, plan or hope ("demanded that X withdraw", "hopes that
    X will withdraw", "a call for X to withdraw"), or a subjunctive "that X withdraw" under any
    governor. "said that X withdrew" is asserted (the speaker's claim)."""
    if tok.dep_ in ("xcomp", "ccomp", "dobj") and tok.head.pos_ == "VERB" and set(_lemmas(tok.head)) & DENYING:
        return True  # what is denied is not asserted by the speaker (nor by the outlet)
    if _hypothetical(tok) or _suggested(tok):
        return True
    asked = any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in tok.subtree if t.i < tok.i)
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() == "be" and _doubted_copula(tok.head) and not asked:
        # "it is impossible the DNC was hacked", "my guess is that we will reach a deal" (but "it's unclear at
        # what point Smith was shot": that he was shot is given)
        return True
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() == "be" and (_lemma_of_subject(tok.head) or "") in WISHED:
        # "the signatories' plea is that the pope will convene a synod", "the fear is that Iran will
        # attack": what is asked for or feared (but "the problem is that police killed him" is told)
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be" and _infinitive(tok) and (
        (_lemma_of_subject(tok.head) or "") in BE_TO_SUBJECTS - {"it", "this", "that", "what", "thing"}
    ):
        return True  # "the whole point is to prevent Iran from becoming ...": a goal, not an act
    if _infinitive(tok) and tok.dep_ == "acl" and tok.head.lemma_.lower() in LEAVE_TO_ACT:
        return True  # "the agency always had discretion to deport the people": it may, not did
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("in", "on") and tok.head.head.lower_ in INTERESTED:
        return True  # "is not interested in partnering with X", "keen on meeting": wanted or not, not done
    if _infinitive(tok) and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
        return True  # "it would be legal for a merchant to refuse", "paved the way for X to withdraw"
    if _infinitive(tok) and tok.dep_ == "pcomp" and tok.head.lower_ == "for":
        return True  # "gave the green light for 1,200 peacekeepers to deploy" (parsed with "for" as its head)
    if _infinitive(tok) and _after_a_directive_noun(tok):
        return True  # "in defiance of a court order to hand the building over", hung on another verb
    if tok.dep_ not in ("ccomp", "acl", "pcomp", "advcl", "relcl"):
        return False
    gov = tok.head
    if gov.dep_ == "prep" and tok.dep_ == "pcomp":  # "called for X to withdraw"
        gov = gov.head
    lemmas = _lemmas(gov)  # "hopes" is sometimes lemmatised "hop"
    if gov.pos_ in ("VERB", "AUX") and tok.dep_ in ("ccomp", "pcomp") and any(x in DIRECTIVE_VERBS for x in lemmas):
        return True
    if gov.pos_ == "NOUN" and (tok.dep_ in ("acl", "ccomp") or (tok.dep_ == "relcl" and _infinitive(tok))) and any(
        x in DIRECTIVE_NOUNS for x in lemmas
    ):
        return True  # "calls to hand over power" (the parser's relcl too)
    marked = tok.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    if (tok.dep_ in ("acl", "ccomp") or marked) and _suspected(tok, gov):
        return True  # "growing suspicions that a columnist was killed on their orders"
    # "that Norvala withdraw": a bare verb with its own subject and no auxiliary
    return (
        tok.dep_ == "ccomp"
        and tok.tag_ == "VB"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def _after_a_directive_noun(tok: Token) -> bool:
    """The infinitive's "to" comes right after an order, demand or plan ("a court order to hand X over"),
    or after its addressee ("a plea to Pope Francis to defend"): it is that noun's content, whatever verb
    the parser hung it on."""
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return False
    before = tok.doc[to.i - 1]
    if before.dep_ == "pobj" and before.head.lower_ == "to" and before.head.head.pos_ == "NOUN":
        before = before.head.head  # "a polite plea to Pope Francis to defend ...": the plea's addressee first
    return before.pos_ == "NOUN" and before.lemma_.lower() in DIRECTIVE_NOUNS and before.i not in (
        t.i for t in tok.subtree)


#: adverbs of a guess: "would probably be extradited", "perhaps attacked" assert no act
GUESSING = frozenset(
    {"probably", "possibly", "perhaps", "maybe", "conceivably", "likely", "supposedly", "presumably"}
)


def _guessed(tok: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in GUESSING for c in tok.children)


def _modal(tok: Token) -> bool:
    """ "X could attack", "X may have shelled", "X should demand", "it would have been ...": what
    may, ought to or would have happened."""
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & MODAL_UNREAL) or {"would", "have"} <= aux


def _no_object(tok: Token) -> bool:
    """ "offered no endorsement", "signed no deal", "has proposed nothing that would ...": the act is denied
    by its object."""
    obj = _child(tok, "dobj")
    if obj is not None and obj.lower_ in ("nothing", "none"):
        return True
    return obj is not None and any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in obj.children)


def _nobody_object(tok: Token) -> bool:
    """ "has not endorsed anyone", "did not sign anything": a negated act with no one in view."""
    for c in tok.children:
        obj = _child(c, "pobj") if c.dep_ == "prep" else c if c.dep_ == "dobj" else None
        if obj is not None and obj.lower_ in ANYONE:
            return True
        perfect = any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in tok.children)
        anything = obj is not None and any(d.dep_ == "det" and d.lower_ == "any" for d in obj.children)
        if perfect and anything and c.dep_ == "dobj":
            return True  # "have not released any prisoners": an absence reported ("will not accept any" refuses)
    return False


def _undone_gerund(tok: Token) -> bool:
    """A gerund its governor leaves undone: "refrained from endorsing", "has not ruled out
    resigning", "is considering imposing"; and one joined to it ("ruled out cancelling or suspending")."""
    if tok.tag_ == "VBG" and tok.dep_ == "conj" and tok.head.tag_ == "VBG":
        return _undone_gerund(tok.head)
    if tok.tag_ != "VBG" or tok.dep_ not in ("xcomp", "dobj", "pcomp", "ccomp", "advcl"):
        return False
    gov = tok.head
    if gov.dep_ == "prep" and tok.dep_ == "pcomp":
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    lemmas = set(_lemmas(gov))
    if "rule" in lemmas and "out" in _particles(gov):
        return True  # "ruled out resigning" (whether or not negated: both leave it undone)
    return _negated(gov) or bool(UNDOING_GERUND & lemmas)


#: modals of possibility: "may/might/could attack" asserts no act
POSSIBLE_AUX = frozenset({"may", "might", "could"})
#: verbs whose finite complement about the speaker's own future act is a threat ("warned it would
#: strike", "warned that sanctions would be imposed"); about someone else's, a prediction
WARNING = frozenset({"warn"})
#: subjects that say nobody did it
NOBODY_SUBJECTS = frozenset({"nobody", "none", "neither"})


def _nobody_did(tok: Token) -> bool:
    subj = _child(tok, "nsubj", "nsubjpass")
    if subj is None:
        return False
    return subj.lower_ in NOBODY_SUBJECTS or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)



def _warning(tok: Token) -> bool | None:
    """For a future or possible act under "warn": True when it is the warner's own (a pronoun for
    the warner, or a passive naming no one else: "warned it would strike", "warned that a curfew
    would be imposed"), False when it is someone else's (a prediction); None when no warning applies."""
    if tok.dep_ != "ccomp" or (tok.head.lemma_.lower() not in WARNING and not _told_on_condition(tok)):
        return None
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX | POSSIBLE_AUX for c in tok.children):
        return None
    subj = _child(tok, "nsubj")
    if subj is None:  # "would be dispersed (by all means necessary)": by no one else named
        by = _pobj(tok, ("by",))
        return _child(tok, "nsubjpass") is not None and (by is None or by.pos_ not in ("PROPN", "PRON") and
                                                         by.lemma_.lower() not in lexicon().sectors)  # fmt: skip
    return (
        subj.lower_ in ("it", "they", "we", "i")
        or subj.lemma_.lower() == _lemma_of_subject(tok.head)
        or _own_force(subj, tok.head)
    )


#: verbs whose clause is a hint or a guess, not a report: "reports suggesting they were planning to ..."
SUGGESTING = frozenset({"suggest", "speculate", "hint", "insinuate"})


def _suggested(tok: Token) -> bool:
    """``tok`` sits in what something only suggests, through at most three clause links."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "xcomp") or cur.head is cur:
            return False
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SUGGESTING:
            return True
        cur = cur.head
    return False


def _told_on_condition(tok: Token) -> bool:
    """ "told the UN office that its staff will be expelled if they continue to interfere", "donors said
    budget support could be cut if the bill became law": a coercive act in the passive, by no one named,
    said to someone on a condition, is the teller's warning."""
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    hedged = not aux & {"will", "would", "shall"}  # "could / might be expelled": a warning by a state only
    return (
        tok.head.lemma_.lower() in ("tell", "say", "inform")
        and _child(tok, "auxpass") is not None
        and bool(aux & {"will", "would", "shall", "could", "might"})
        and "have" not in aux  # "could have been prevented"
        and _pobj(tok, ("by",)) is None
        and (_verb_code(tok) or ("-", None))[0] in COERCIVE
        and _conditional(tok, "if")
        and (not hedged or _state_teller(tok.head))  # "analysts said the bank could be shut down if ..."
    )


def _state_teller(verb: Token) -> bool:
    """The subject of a verb of saying is a state, its government or its forces (who can carry out a
    hedged warning: "donor countries said aid could be cut if ...")."""
    from newsprobe.components.event_actors import STATE_SECTORS, actor_of  # (it reads this module's helpers)

    teller = _child(verb, "nsubj")
    actor = actor_of(verb.doc, teller) if teller is not None else None
    return actor is not None and (actor.sector in STATE_SECTORS | {"igo"} or (
        actor.sector is None and actor.country is not None))


#: what a conditional passive said to someone threatens: "will be expelled / arrested / punished if ..."
COERCIVE = frozenset({"COERCE", "SANCTION", "ASSAULT", "FIGHT"})


OWNING = frozenset({"his", "her", "its", "their", "our"})


def _own_force(subj: Token, warner_verb: Token) -> bool:
    """The warner's own forces: "his forces", "its troops", or the force of the warner's own service
    ("the police chief warned that officers would ...", "the army chief warned that troops would ...")."""
    if subj.lemma_.lower() in NEVER_OWN:
        return False  # "her husband threatened to ...": a husband is nobody's force
    if any(c.dep_ == "poss" and c.lower_ in OWNING for c in subj.children):
        return True
    sectors = lexicon().sectors
    mine = sectors.get(subj.lemma_.lower())
    warner = _child(warner_verb, "nsubj")
    if warner is not None and subj.ent_type_ == "GPE" and _own_state(subj, warner):
        return True  # "Israeli Defence Minister Ehud Barak warned that Israel would strike ..."
    if mine not in ("military", "police") or warner is None:
        return False
    return any(sectors.get(t.lemma_.lower()) == mine for t in warner.subtree if t.i != subj.i)


def _own_state(state: Token, warner: Token) -> bool:
    """The warner speaks for ``state``: an official named with its adjective or name ("Israeli Defence
    Minister Ehud Barak" for Israel)."""
    from newsprobe.components.event_actors import actor_of  # the actors module reads this one's helpers

    mine, theirs = actor_of(state.doc, state), actor_of(state.doc, warner)
    return (
        mine is not None and theirs is not None and mine.country is not None and mine.country == theirs.country
        and theirs.sector == "government"
    )


def _lemma_of_subject(verb: Token) -> str | None:
    subj = _child(verb, "nsubj")
    return subj.lemma_.lower() if subj is not None else None


#: adjectives that weigh a "that" clause rather than state it: "it is impossible (that) X was hacked"
WEIGHING_ADJ = frozenset(
    {"impossible", "unlikely", "untrue", "false", "absurd", "ridiculous", "doubtful", "unclear", "uncertain",
     "unthinkable", "inconceivable", "implausible", "possible", "likely", "conceivable", "probable",
     # what ought to be: "it is essential that we be able to condemn ..."
     "essential", "important", "necessary", "vital", "crucial", "imperative", "urgent"}
)  # fmt: skip
#: nouns of a guess or belief: "my guess is that X", "the fear is that X will attack"
GUESS_NOUNS = frozenset(
    {"guess", "belief", "hope", "expectation", "sense", "feeling", "view", "assumption", "bet", "hunch",
     "suspicion", "fear", "worry", "concern", "theory", "speculation", "impression"}
)  # fmt: skip


def _doubted_copula(be: Token) -> bool:
    """A "be" whose "that" clause is only weighed: its predicate is "impossible", "likely" ..., or its
    subject is a guess, hope or fear."""
    if any(c.dep_ == "acomp" and c.lower_ in WEIGHING_ADJ for c in be.children):
        return True
    subject = _child(be, "nsubj")
    return subject is not None and subject.lemma_.lower() in GUESS_NOUNS


#: nouns of a leave or means to act, whose infinitive is what may be done: "had discretion to deport them"
LEAVE_TO_ACT = frozenset(
    {"discretion", "power", "authority", "right", "ability", "capacity", "freedom", "license", "licence", "leeway",
     "latitude", "option", "permission", "chance", "opportunity", "means", "tool", "capability", "mandate",
     # ... and of a ground to act: "had no motive to kill the president", "a reason to put him on trial"
     "motive", "reason", "incentive", "excuse", "pretext", "justification", "need"}
)  # fmt: skip
#: adjectives of wanting an act named by a gerund: "(not) interested in partnering", "keen on meeting"
INTERESTED = frozenset({"interested", "uninterested", "disinterested", "keen", "bent", "intent"})
#: marks of a clause that asks or supposes rather than states: "whether X will meet", "if X withdrew",
#: "unless Baghdad accepts"
HYPOTHETICAL_MARKS = frozenset({"whether", "if", "unless"})


def _hypothetical(tok: Token) -> bool:
    """A clause no one asserts: an embedded question ("unclear whether X will reject the offer", "deciding
    whether to sign or veto the bill"), a
    condition ("only if Turkey withdrew its ships", "if the talks fail"), or what denied reports say
    ("denied reports that it would send troops")."""
    clause = tok
    for _ in range(5):
        # the mark on the clause, or on the one its infinitives and "willing to" hang from: "if they want to
        # attack", "asked whether X is willing to condemn Y"
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if "whether" in marks:
            return True  # however the parser hangs the clause: "whether or not he consults a priest"
        if marks & HYPOTHETICAL_MARKS and clause.dep_ in ("ccomp", "advcl", "csubj", "pcomp", "acl", "xcomp"):
            return True
        if clause.dep_ not in ("xcomp", "acomp") or clause.head is clause:
            break
        clause = clause.head
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("into", "toward", "towards") and _modal(
        tok.head.head
    ):
        return True  # "he could cajole China into disarming North Korea": what may come of it, not done
    if _infinitive(tok) and any(c.tag_ in ("WRB", "WP") and c.i < tok.i for c in tok.children):
        return True  # "an article about how to prevent attacks", "decide when to strike": a way, not an act
    if _in_a_condition(tok) or _until_yet_to_come(tok) or _imagined(tok):
        return True
    head = tok.head
    return (
        tok.dep_ in ("acl", "ccomp")
        and head.pos_ == "NOUN"
        and head.dep_ == "dobj"
        and head.head.pos_ == "VERB"
        and bool(set(_lemmas(head.head)) & DENYING)
    )


#: imperatives that ask the reader to picture something: "Imagine a house of Carmelites attending ..."
IMAGINING = frozenset({"imagine", "picture", "suppose", "envision", "envisage", "pretend", "consider"})


def _imagined(tok: Token) -> bool:
    """What an imperative "Imagine ..." (with no subject) asks the reader to picture: no one did it."""
    cur = tok
    for _ in range(6):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in IMAGINING and cur.tag_ == "VB" and cur.dep_ == "ROOT":
            return _child(cur, "nsubj") is None and not any(c.dep_ == "aux" for c in cur.children)
    return False


#: nouns whose "of" + gerund is what may happen, not what did: "the chances of returning are remote"
PROSPECTS = frozenset(
    {"chance", "prospect", "possibility", "likelihood", "risk", "odds", "hope", "danger", "fear", "spectre",
     "specter", "option", "threat", "idea",
     # what an act is weighed by: "question the wisdom of committing to Scott"
     "wisdom", "merit", "cost", "benefit", "legality", "morality", "feasibility", "desirability", "notion",
     "concept", "value",
     # what is asked, not done: "there was no question of him being held in custody"
     "question"}
)  # fmt: skip
#: those of them that someone holds out: "raised the prospect of outlawing the party if ..." (a threat
#: when a hostile act is held out on a condition)
HELD_OUT = frozenset({"prospect", "possibility", "spectre", "specter", "option", "threat"})


def _prospect_of(tok: Token) -> Token | None:
    """The noun of "the prospect / chances / possibility of <tok>ing", else None."""
    if tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.dep_ == "pobj":
        tok = tok.head  # "the chances of troops returning ...": the gerund hangs on its subject
    prep = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.lower_ != "of":
        return None
    noun = prep.head
    if noun.pos_ in ("VERB", "AUX"):  # "raised the prospect on Monday of outlawing ...": hung on the verb
        noun = _child(noun, "dobj") or noun
    return noun if noun.lemma_.lower() in PROSPECTS else None


#: how far up a condition is looked for: "should the government go ahead with shutting down X"
CONDITION_DEPTH = 4


def _in_a_condition(tok: Token) -> bool:
    """Inside a condition said with "should" before its subject ("should the government go ahead with
    shutting down the office"), the clause itself or what hangs on it through complements."""
    cur = tok
    for _ in range(CONDITION_DEPTH):
        if cur.dep_ in ("advcl", "ccomp") and _inverted_if(cur):
            return True  # (a condition after a verb of saying is often parsed as its complement)
        if cur.dep_ not in ("xcomp", "pcomp", "prep", "conj") or cur.head is cur:
            return False
        cur = cur.head
    return False


#: the marks of a clause that says how long something lasts: "until X stepped down"
UNTIL = frozenset({"until", "till"})


def _until_yet_to_come(tok: Token) -> bool:
    """ "would stay away from parliament until the president stepped down", "there would be no end to
    the strike until the government resigned": what a future, modal or refused act waits for is not
    done (but "held him until his lawyer arrived" tells it was)."""
    before = any(c.dep_ == "mark" and c.lower_ in UNTIL | {"before"} for c in tok.children)
    marked = any(c.dep_ == "mark" and c.lower_ in UNTIL for c in tok.children)
    # (a "before" clause the parse made the root; "until October, or until the Synod is canceled", joined)
    if tok.dep_ != "advcl" and not (before and tok.dep_ == "ROOT") and not (marked and tok.dep_ == "conj"):
        return False
    gov = tok.head
    if before and tok.tag_ in ("VBZ", "VBP") and gov.tag_ not in ("VBD", "VBN") and _child(tok, "aux") is None:
        return True  # "before Francis resigns, we demand that ...": a present tense after "before" is to come
    if not any(c.dep_ == "mark" and c.lower_ in UNTIL for c in tok.children):
        return False
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    refused = any(c.dep_ in ("attr", "dobj", "nsubj") and any(d.lower_ == "no" for d in c.children)
                  for c in gov.children)  # fmt: skip
    return _future(gov) or _modal(gov) or _negated(gov) or refused


#: journeys whose purpose "to meet / hold talks with X" is the visit they make
TRAVEL = frozenset({"travel", "fly", "arrive", "go", "come", "head", "return"})
#: ... and going somewhere at all, which not done refuses no one: "did not visit London"
TRAVELLING = TRAVEL | {"visit", "tour"}
#: verbs of what one may undergo or got away from: "risked being shut down", "avoided being captured"
AVERTED = frozenset({"risk", "face", "avoid", "escape", "evade", "dodge", "fear", "resist"})
#: sending or setting up those who inquire: "sent a team to investigate", "set up a commission to ..."
PROBE_SENDING = frozenset({"send", "dispatch", "set", "appoint", "establish", "form", "name", "assign"})


#: aspect verbs that pass their own standing on to what they govern: "hoping to begin delivering
#: food" is as unrealised as "hoping to deliver food"
ASPECT = frozenset({"begin", "start", "resume", "continue"})


def _framed(verb: Token) -> bool:
    """An infinitive a frame verb governs ("agreed to withdraw", "asked X to take action"): the frame
    makes the event of it. The parser hangs some such infinitives as a clause of purpose: "called on
    10,000 people to stalk and murder ..." is read as the frame's."""
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and _infinitive(verb))
    return infinitive and any(x in FRAMES for x in _lemmas(verb.head))


#: spans of time a negated act is said not to have happened over: "hasn't talked to them in months"
SPELLS = frozenset({"day", "week", "month", "year", "decade", "while", "age", "time"})


def _for_a_while(verb: Token) -> bool:
    """ "in months", "for years", "since 2015": a negated act over a span of time did not happen then;
    it is no refusal."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "for", "since")):
        if prep.lower_ == "since" or any(g.dep_ == "pobj" and g.lemma_.lower() in SPELLS for g in prep.children):
            return True
    return False


#: nouns of holding back, whose infinitive is not done: "the administration's reluctance to condemn X"
HOLDING_BACK = frozenset(
    {"reluctance", "unwillingness", "hesitance", "hesitancy", "hesitation", "failure", "inability"}
)


def _held_back(tok: Token) -> bool:
    """ "the administration's reluctance to condemn the Saudi government": the infinitive held back."""
    return tok.dep_ == "acl" and _infinitive(tok) and tok.head.lemma_.lower() in HOLDING_BACK


def _motive_asked(tok: Token) -> bool:
    """ "why Facebook would ban X in the first place": a "would" under "why" asks what moved a known act;
    it threatens nothing (and the clause does not tell the act itself)."""
    return _future(tok) and any(c.dep_ == "advmod" and c.lower_ == "why" and c.i < tok.i for c in tok.children)


#: prepositions whose gerund tells what happened, whatever the clause it hangs on says of the future
TOLD_AS_DONE = frozenset({"after", "since", "upon", "with", "despite"})


def _instead_of(tok: Token) -> bool:
    """ "instead of having an honest discussion", "rather than meeting X": what is not done."""
    if tok.dep_ != "pcomp":
        return False
    prep = tok.head
    pair = {"of": "instead", "than": "rather"}.get(prep.lower_)
    return pair is not None and prep.i > 0 and prep.doc[prep.i - 1].lower_ == pair


def _gerund_under_unreal(tok: Token) -> bool:
    """ "steps that would make a big difference in preserving X and in defending Americans": a gerund after
    a preposition on the object of a verb to come or a modal one is not done."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG":
        return False
    prep = tok.head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head
    if prep.lower_ in TOLD_AS_DONE:
        return False  # "After calling for X, the AMA should think ...", "with Republicans vowing to ...": done
    holder = prep.head
    if prep.lower_ == "for" and holder.pos_ == "VERB":
        return False  # "could be punished for attacking the convoy": the deed a verdict is for was done
    verb = holder.head if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ in ("dobj", "attr") else holder
    return verb.pos_ in ("VERB", "AUX") and (_future(verb) or _modal(verb))


#: verbs that bring forces or means to where an act is to be done
BRINGING = frozenset({"move", "send", "deploy", "mass", "rush", "dispatch", "gather", "bring", "ship", "prepare"})


def _on_the_way(verb: Token) -> bool:
    """ "is moving armor and troops south", "are sending troops": a present progressive of bringing forces,
    whose purpose is not yet done."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBG" and verb.lemma_.lower() in BRINGING and bool(auxes & {"is", "are", "am", "'re", "'s"})


def _purpose_of_undone(tok: Token, kind: str) -> bool:
    """An infinitive of purpose on an act not done: "no senator had called him to ask him to stay", "hope to
    reach Mexico and then cross the border, to seek refuge" (through the verbs it is joined to); a bare verb
    joined to such an infinitive shares it ("to drive them out, and then drive the Kurds out of Manbij")."""
    if tok.dep_ == "conj" and tok.tag_ == "VB" and _child(tok, "nsubj", "aux") is None and tok.head.pos_ == "VERB":
        tok = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or not _infinitive(tok):
        return False
    gov = tok.head
    if tok.dep_ == "xcomp":  # ("called him to ask him", the parser's xcomp): only a call not made
        return gov.pos_ == "VERB" and (_nobody_did(gov) or _negated(gov))
    for _ in range(3):
        if gov.pos_ != "VERB":
            return False
        if _nobody_did(gov) or _negated(gov) or _unrealised(gov, kind) or _unasserted_clause(gov):
            return True
        if _on_the_way(gov):
            return True  # "Turkey is moving troops south to drive them out": the drive is still to come
        if gov.dep_ != "conj" or _own_clause(gov) or _child(gov, "nsubj", "nsubjpass") is not None:
            return False  # ("it never happened to me, but a bishop called me to ask ...": a clause of its own)
        bare = gov.tag_ == "VB" and _child(gov, "nsubj", "aux") is None
        if bare and any(t.lower_ == "to" and t.dep_ == "aux" for t in tok.doc[gov.head.i + 1 : gov.i]):
            return True  # "hope to reach Mexico and then cross the border, to seek refuge": the hope's
        gov = gov.head
    return False


def _apply_modality(kind: str, mode: str | None, tok: Token) -> tuple[str, str | None] | None:
    gov = tok.head
    if _motive_asked(tok) or _gerund_under_unreal(tok) or _instead_of(tok) or _held_back(tok):
        return None
    if _unwilling(tok):
        return None  # "he is not willing to fund Trump's big idea": no promise, and nothing done
    bare = tok.dep_ == "conj" and tok.tag_ == "VB" and _child(tok, "nsubj", "aux") is None
    if bare and gov.tag_ in ("VBD", "VBZ", "VBN", "VBG"):
        # "wrote to her urging her to go further, and issue a ban": a bare verb cannot be joined to
        # "wrote" (or "has written", "is moving"); it belongs to the infinitive the parser lost, which nobody
        # asserts
        if any(t.lower_ == "to" and t.dep_ == "aux" for t in tok.doc[gov.i + 1 : tok.i]):
            return None
    if tok.dep_ == "conj" and gov.pos_ in ("VERB", "AUX") and _child(tok, "nsubj", "nsubjpass", "aux") is None and (
        _hypothetical(gov)
    ):
        return None  # "if Ford doesn't show up or continues to negotiate": the "if" covers both
    if tok.dep_ == "conj" and gov.dep_ == "conj" and gov.pos_ in ("VERB", "AUX") and not _own_clause(tok):
        # "demanded that Iran give up ..., junk its missiles and pull its forces out": the third verb of a
        # list is as unasserted as the one before it
        if not _negated(tok) and _apply_modality(kind, mode, gov) is None:
            return None
    joined = tok.dep_ == "conj" and gov.pos_ in ("VERB", "AUX") and gov.dep_ in ("xcomp", "ccomp", "advcl", "csubj")
    if joined and not _own_clause(tok):
        # "urging her to go further and issue a ban", "if anyone comes but refuses": a verb joined to an
        # unasserted one is as unasserted
        if (_unrealised(gov, kind) or _unasserted_clause(gov)) and not _negated(tok):
            return None
        if _framed(gov):
            phrase = _phrase(gov)
            coded = _verb_code(gov) is not None or (phrase is not None and phrase[0][0] != "-")
            if coded or not any(x in FRAME_INTENT | FRAME_PREPARE for x in _lemmas(gov.head)):
                return None  # "agreed to withdraw and hand over their weapons": one promise, on "agreed"
            # "scheduled to give a speech and meet with X": intended, as "scheduled to meet with X" is
            if any(x in FRAME_INTENT for x in _lemmas(gov.head)):
                return ("AGREE", None) if kind in COOPERATIVE else None
            return _frame(gov.head, (kind, mode))
    if tok.dep_ == "acl" and _infinitive(tok) and gov.dep_ in ("dobj", "pobj"):
        verb = gov.head.head if gov.dep_ == "pobj" else gov.head
        if verb.pos_ == "VERB" and verb.dep_ in ("xcomp", "ccomp", "advcl") and (
            _unrealised(verb, kind) or _unasserted_clause(verb) or _framed(verb)
        ):
            return None  # "asked you to take action to ban him": the ban is part of what is asked
    means_of = gov.head if tok.dep_ == "pcomp" and gov.lower_ == "by" else None
    if means_of is not None and means_of.pos_ == "VERB" and means_of.dep_ in ("xcomp", "ccomp", "conj") and (
        _apply_modality(kind, mode, means_of) is None or _unrealised(means_of, kind)
    ):
        return None  # "they do not want to clean up the FBI by aggressively investigating Spygate": not done
    if _purpose_of_undone(tok, kind):
        # "has not been able to peel off any Republicans to support the measure", "no senator had called him
        # to ask him to stay": no purpose met, so nothing done
        return None
    if tok.dep_ == "xcomp" and gov.lemma_.lower() in ASPECT and gov.dep_ in ("xcomp", "ccomp") and gov.pos_ == "VERB":
        # ("could have led Paddock to start opening fire": the modal two verbs up covers the act)
        modal_above = gov.dep_ == "xcomp" and gov.head.pos_ in ("VERB", "AUX") and _modal(gov.head)
        if _modal(gov) or _negated(gov) or modal_above or any(x in FRAMES for x in _lemmas(gov.head)):
            return None if modal_above else _apply_modality(kind, mode, gov)
    if tok.dep_ == "xcomp" and gov.lemma_.lower() in ASPECT and gov.dep_ == "conj":
        # "want priests to be faithful, and even to start denouncing the evil", "if Ford doesn't show up or
        # continues to negotiate": as unasserted as what it is joined to
        if _apply_modality(kind, mode, gov) is None:
            return None
    prospect = _prospect_of(tok)
    if prospect is not None:
        # "raised the prospect of outlawing the party if its members continued to rally": a hostile act
        # held out on a condition is a threat; any other act that is only a prospect is not done
        held_over = _conditional(tok, "if") or _conditional(prospect.head, "if")
        hostile = kind in MATERIAL_HOSTILE and kind != "PROTEST" and prospect.lemma_.lower() in HELD_OUT
        return ("THREATEN", THREAT_MODES.get(kind)) if hostile and held_over and not _negated(tok) else None
    if _unrealised(tok, kind) or _unasserted_clause(tok):
        return None
    if tok.dep_ == "ccomp" and _infinitive(tok) and tok.head.lemma_.lower() in FRAME_INTENT:
        return None  # "wants X to attack": neither X's act nor the subject's
    if _nobody_did(tok):
        return None  # "no country condemned the test"
    warned = _warning(tok)
    if warned is not None and not _negated(tok):
        return ("THREATEN", THREAT_MODES.get(kind)) if warned else None
    if tok.dep_ == "conj" and gov.pos_ in ("VERB", "AUX") and _modal(gov) and not _own_auxiliary(tok) and (
        _child(tok, "nsubj", "nsubjpass") is None and tok.tag_ not in ("VBZ", "VBP")
    ):
        # "could be detected by troops and mistreated": the modal governs both verbs (a present tense
        # is a clause of its own: "wishes he could have known but defends the sale")
        return None
    if _conditional_threat(tok, kind) or _hedged_own_threat(tok, kind):
        # "Japan could halt its loans if the junta ...", "North Korea said it might suspend the talks"
        return "THREATEN", THREAT_MODES.get(kind)
    if _modal(tok) or _no_object(tok) or _undone_gerund(tok) or _guessed(tok) or _almost(tok):
        return None  # "could attack", "offered no endorsement", "refrained from endorsing", "probably"
    if _negated(tok):
        habitual = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
        habitual = habitual or _for_a_while(tok)  # "he hasn't talked to them in months": a lull, no refusal
        # ("is not investigating X" refuses no one: an inquiry not opened is no event; nor does a trip
        # not made: "did not visit London")
        trip = kind == "CONSULT" and tok.lemma_.lower() in TRAVELLING
        # ("WikiLeaks said Assange and Manafort had not met": a meeting denied, no one refused)
        denied = kind == "CONSULT" and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH and not _future(tok)
        trip = trip or denied
        # ("At no time was Assange offered the right of reply": withheld by no one named, no one's refusal)
        trip = trip or (_child(tok, "auxpass") is not None and _pobj(tok, ("by",)) is None)
        if kind in COOPERATIVE and kind != "INVESTIGATE" and not trip and not _nobody_object(tok) and not habitual:
            return "REJECT", None
        # "haven't endorsed anyone" rejects no one; "detainer requests are not signed by a judge" is how
        # things are done, no one's refusal
        return None
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in FRAME_TENTATIVE:
        return None  # "is considering sending aid": weighed, not offered
    if _future(tok) or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in FRAME_INTENT):
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in FRAME_INTENT and kind not in COOPERATIVE:
            return None  # "plans to attack" is no attack, and no threat either
        if _guessed_future(tok):
            return None  # "I do think he would support anybody", "an order that would keep families together"
        if kind in COOPERATIVE:
            return "AGREE", None
        sent = _child(tok, "dobj")
        against = _pobj(tok, ("against",)) or (_pobj(sent, ("against",)) if sent is not None else None)
        will = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children)
        if kind == "MOBILIZE" and will and against is None:
            return None  # "will send 500 troops to Afghanistan": an aid or a threat, told by whom it is against
        if kind in MATERIAL_HOSTILE:
            return "THREATEN", THREAT_MODES.get(kind)
        if kind == "REJECT" and _conditional(tok, "unless" if tok.lemma_.lower() not in VETOING else "if"):
            return "THREATEN", None  # "would veto the package if ...", "would reject the deal unless ..."
    return kind, mode


#: outcomes that "nearly" leaves an attack behind: "nearly killed him" (he was attacked, and lived)
OUTCOMES = frozenset({"kill", "destroy", "murder", "wipe", "starve", "die", "drown", "beat", "bankrupt", "ruin"})


def _almost(tok: Token) -> bool:
    """ "almost hit him", "nearly signed the deal": what almost happened did not ("nearly killed" keeps its
    attack)."""
    near = any(c.dep_ == "advmod" and c.lower_ in ("almost", "nearly") for c in tok.children)
    return near and tok.lemma_.lower() not in OUTCOMES


#: verbs of a belief or guess: what "will" or "would" happen under them is no one's promise or threat
BELIEVING = frozenset(
    {"think", "believe", "guess", "suppose", "expect", "imagine", "bet", "reckon", "assume", "suspect"}
)


def _guessed_future(tok: Token) -> bool:
    """A future guessed at rather than promised, under a verb of belief: "I think he would support X" (a
    "would" in a relative clause is ``campaign_news.position_held``)."""
    return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in BELIEVING


#: the hedged modals a conditional threat is said with: "could halt its loans if ..."
HEDGES = frozenset({"could", "may", "might"})


def _conditional_threat(tok: Token, kind: str) -> bool:
    """ "X could impose sanctions if Y ...": a coercive act held over a condition of someone else's
    doing is a threat, hedged or not; "prices could rise if ..." is no act of anyone's."""
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if kind not in MATERIAL_HOSTILE or kind == "PROTEST" or not aux & HEDGES or "have" in aux:
        return False
    if _negated(tok) or _child(tok, "auxpass") is not None or _child(tok, "nsubj") is None:
        return False
    # said by someone ("..., the minister told reporters"), not the outlet's own guess
    said = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH
    said = said or any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in SPEECH for c in tok.children)
    return said and _conditional(tok, "if")


#: who speaks of itself: "X said it might suspend the talks"
SELF = frozenset({"it", "they", "we"})


def _hedged_own_threat(tok: Token, kind: str) -> bool:
    """ "North Korea said it might suspend the talks", "Russia said it could cut gas supplies": a
    hostile act the speaker says it may take is a threat (a hedged act of someone else's is a guess)."""
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if kind not in ("SANCTION", "COERCE", "FIGHT", "ASSAULT") or not aux & HEDGES or "have" in aux:
        return False
    if _negated(tok) or _child(tok, "auxpass") is not None or tok.dep_ != "ccomp":
        return False
    subj = _child(tok, "nsubj")
    cue = tok.head
    return subj is not None and subj.lower_ in SELF and cue.lemma_.lower() in SPEECH and not _negated(cue)


#: refusals that block others' acts: a conditional one is a threat ("would veto it if ...")
VETOING = frozenset({"veto", "block", "boycott"})


def _conditional(verb: Token, *marks: str) -> bool:
    """ "... unless X pays" (or with "if" among ``marks``, "... if X does not withdraw"): the act is
    made to hang on a condition."""
    wanted = {"unless", *marks}
    return any(
        c.dep_ == "advcl"
        and (any(m.dep_ == "mark" and m.lower_ in wanted for m in c.children) or ("if" in wanted and _inverted_if(c)))
        for c in verb.children
    )


def _inverted_if(clause: Token) -> bool:
    """ "should foreign troops set foot on its soil": a condition said with "should" before its subject."""
    aux = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "should"), None)
    subj = _child(clause, "nsubj", "nsubjpass")
    marked = any(c.dep_ == "mark" for c in clause.children)
    return aux is not None and subj is not None and aux.i < subj.i and not marked


def _frame(gov: Token, embedded: tuple[str, str | None] | None) -> tuple[str, str | None] | None:
    """The event a frame verb makes of the act it governs (``embedded`` may be ``None``)."""
    lemma = gov.lemma_.lower()
    kind = embedded[0] if embedded else None
    if lemma in FRAME_THREATEN:
        return "THREATEN", THREAT_MODES.get(kind or "")
    if lemma in FRAME_REJECT:
        return ("REJECT", None) if not _negated(gov) else None
    if lemma in FRAME_FAIL:
        return ("REJECT", None) if kind in COOPERATIVE else None
    if lemma in FRAME_AGREE:
        if _negated(gov):
            return "REJECT", None
        if kind == "MOBILIZE" and lemma != "vow":
            return "AGREE", None  # "agreed / offered to send troops to Liberia": military help offered
        if kind in MATERIAL_HOSTILE:
            return "THREATEN", THREAT_MODES.get(kind or "")
        return "AGREE", None
    if lemma in FRAME_DEMAND:
        called_on = any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for c in gov.children)
        return ("DEMAND", None) if kind is not None or lemma != "call" or called_on else None
    if lemma in FRAME_PREPARE:
        if kind in MATERIAL_HOSTILE:
            return "MOBILIZE", "weapons" if kind == "FIGHT" else None
        return ("AGREE", None) if kind in COOPERATIVE else None
    return None
