"""Recall rules for the verbal-conflict types (REQUEST, ACCUSE, REJECT, THREATEN, PROTEST) on
wire-style sentences: who the source is when the entity stage does not know the name, and the
constructions that say a protest with a verb that is no event on its own.

* **A name only a speaker can be.** The subject of asking, accusing or rejecting ("Eritrya has asked
  the Security Council to ...", "the Red Crescent appealed to donor governments") is someone who
  speaks, even when the entity stage does not know the name or reads it as a building: a capitalised
  proper-noun subject of such a verb, addressed to an actor, is the source.
* **Gathering to protest.** A crowd that gathers, assembles or converges "to protest / to demand"
  is demonstrating (CAMEO 141): PROTEST, on the gathering verb, not the demand it voices.
* **Who organised it.** "a rally organised by the opposition" names the rally's source.
* **Done in protest.** An act that is no event on its own, done "in protest (at X)" or "to protest
  X" ("traders shuttered their shops in protest at a new levy", "taxi drivers parked across the
  highway to protest a rise in diesel prices", "walked out of the meeting in protest") is a protest
  (CAMEO 14) by whoever does it. An act with its own event keeps it ("recalled its ambassador in
  protest" is the recall).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.entities import entity_at
from newsprobe.components.event_actors import STATE_SECTORS, actor_of
from newsprobe.components.events.arguments import _actor_token, _subject
from newsprobe.components.events.modality import _apply_modality, _future, _modal
from newsprobe.components.events.syntax import _child, _Found, _infinitive, _pobj

#: kinds whose verb needs a speaking agent ("asked", "accused", "rejected"): a place or a thing
#: does not do them (a threat can be a thing's: "the storm threatened to ...")
SPEAKER_KINDS = frozenset({"DEMAND", "DISAPPROVE", "REJECT"})
#: entity labels an unknown organisation is misread as
MISREAD_LABELS = frozenset({"FAC"})


def unknown_name_subject(doc: Doc, verb: Token, kind: str, target: Token | None) -> Token | None:
    """The subject of ``verb`` as the source when it is a capitalised proper name the entity stage
    did not make an actor, the verb one only a speaker does, and the act addressed to an actor."""
    if kind not in SPEAKER_KINDS or target is None:
        return None
    subj = _child(verb, "nsubj")
    if subj is None or subj.pos_ != "PROPN" or not subj.is_title:
        return None
    ent = entity_at(doc, subj.idx, subj.idx + len(subj.text))
    if ent is not None and ent.label not in MISREAD_LABELS:
        return None  # a date, a work, a law, a known place or person: the entity stage decided
    if any(c.dep_ == "prep" for c in subj.children):
        return None  # "Street of Martyrs asked ..." reads as a place phrase: leave it
    return subj if actor_of(doc, subj) is not None else None


#: verbs of a crowd coming together
GATHERING = frozenset({"gather", "assemble", "converge", "congregate", "mass"})
#: what a crowd gathers to do when it protests
PROTEST_PURPOSE = frozenset({"protest", "demand", "denounce", "condemn", "oppose", "demonstrate", "call"})
#: what a crowd gathers for when it protests
RALLIES = frozenset({"rally", "protest", "demonstration", "march", "vigil", "sit-in"})


def gathered_to_protest(doc: Doc, verb: Token) -> Token | None:
    """The purpose clause of "thousands gathered in the capital to demand ...", when ``verb`` is a
    gathering of people who are not a state body; ``None`` otherwise."""
    if verb.lemma_.lower() not in GATHERING or verb.pos_ != "VERB":
        return None
    purpose = next(
        (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _infinitive(c)
         and c.lemma_.lower() in PROTEST_PURPOSE),
        None,
    )  # fmt: skip
    if purpose is None:  # "were converging on Thursday for a rally in Lagos"
        gathering = _pobj(verb, ("for",))
        purpose = gathering if gathering is not None and gathering.lemma_.lower() in RALLIES else None
    subj = _child(verb, "nsubj")
    if purpose is None or subj is None:
        return None
    actor = actor_of(doc, subj)
    if actor is None or actor.sector in STATE_SECTORS:  # a state or an army gathering: a summit, a muster
        return None
    return purpose


#: participles that name who held a protest: "a rally organised by X", "a strike called by X"
ORGANISING = frozenset({"organise", "organize", "call", "stage", "lead", "hold", "sponsor"})


def organiser(noun: Token) -> Token | None:
    """X in "<event noun> organised / called / led by X"."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in ORGANISING:
            found = _pobj(child, ("by",))
            if found is not None:
                return found
    return None


#: actions an act is done "in" when it is part of them: "pulled their cars off the streets in a
#: coordinated work stoppage", "shut their shops in a strike against the levy"
PROTEST_ACTIONS = frozenset({"stoppage", "walkout", "boycott", "strike", "demonstration", "shutdown", "hartal"})
#: what happens to people at a protest, which is no protest of theirs: "were killed in a protest"
SUFFERED = frozenset({"die", "kill", "injure", "wound", "hurt", "arrest", "detain", "trap", "catch", "lose"})
#: how far up from "in protest" the act it qualifies may sit: "walked out of the meeting in protest"
MOTIVE_DEPTH = 3


def protest_motives(doc: Doc) -> dict[int, Token]:
    """The verbs done "in protest" or "to protest", each with its "protest" token, found once per doc
    (a cheap test for the event loop)."""
    motives: dict[int, Token] = {}
    for tok in doc:
        in_action = tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in PROTEST_ACTIONS
        if _obstructed_to_demand(tok):
            motives[tok.head.i] = tok
            continue
        if tok.lemma_.lower() != "protest" and not in_action:
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "in":
            verb = tok.head.head
            for _ in range(MOTIVE_DEPTH):
                if verb.pos_ == "VERB" or verb.head is verb:
                    break
                verb = verb.head
        elif tok.dep_ in ("advcl", "xcomp") and tok.pos_ == "VERB" and _infinitive(tok):
            verb = tok.head
        else:
            continue
        suffered = verb.lemma_.lower() in SUFFERED or _child(verb, "auxpass") is not None
        if verb.pos_ == "VERB" and verb.lemma_.lower() != "protest" and not suffered:
            motives[verb.i] = tok
    return motives


#: acts that block or occupy, which voice a demand as a protest: "blocked the crossing with tractors to
#: demand higher subsidies", "parked their rigs across the bridge to press for ..."
OBSTRUCTING = frozenset(
    {"block", "blockade", "barricade", "occupy", "park", "chain", "cut", "shut", "shutter", "close", "paralyse",
     "paralyze", "choke", "clog", "jam", "picket", "surround", "ring", "encircle"}
)  # fmt: skip
#: what such an act is done to voice: "to demand", "to press for", "to call for"
DEMANDING = frozenset({"demand", "press", "call", "push", "seek", "urge"})


def _obstructed_to_demand(tok: Token) -> bool:
    """ "Farmers blocked the crossing to demand higher subsidies": a purpose infinitive that voices a
    demand, on an act of blocking done in the past tense by someone (not "police closed the road to
    ...": who does it decides, see :func:`done_in_protest`)."""
    if tok.lemma_.lower() not in DEMANDING or tok.dep_ != "advcl" or tok.pos_ != "VERB" or not _infinitive(tok):
        return False
    if tok.lemma_.lower() in ("press", "call", "push") and _pobj(tok, ("for",)) is None:
        return False  # "to call the police"
    verb = tok.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in OBSTRUCTING and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP")


def protest_what(doc: Doc, motive: Token) -> Token | None:
    """Whom a protest is at, when an actor: "in protest at Israel's raid", "to protest the army's
    crackdown"."""
    found = _pobj(motive, ("at", "against", "over")) or _child(motive, "dobj")
    if found is None and motive.dep_ == "pobj":
        found = _pobj(motive.head.head, ("at", "against", "over"))  # "in protest" with "at X" on the verb
    if found is None:
        return None
    owner = _child(found, "poss")
    for cand in (owner, found):
        if cand is not None and actor_of(doc, cand) is not None:
            return cand
    return None


def done_in_protest(doc: Doc, tok: Token, motive: Token) -> _Found | None:
    """ "Traders shuttered their shops in protest at a new levy": PROTEST by whoever does the act,
    which is no event of its own (the motive found by ``protest_motives``)."""
    if _future(tok) or _modal(tok) or _apply_modality("PROTEST", None, tok) is None:
        return None  # "would walk out in protest", "did not shutter their shops"
    source = _subject(doc, tok)
    if source is None:
        return None
    if motive.lemma_.lower() != "protest" and motive.dep_ != "pobj":
        actor = actor_of(doc, source)  # "the army blockaded the port to press for ...": coercion, not protest
        if actor is None or actor.sector in STATE_SECTORS:
            return None
    return _Found(tok, "PROTEST", None, tok, source, _actor_token(doc, protest_what(doc, motive)), [motive.i])


#: refusals that, done in protest, withhold one's own part: "refused to attend", "shunned work"
WITHHELD_IN_PROTEST = frozenset({"refuse", "decline", "shun", "snub", "skip"})


def refused_in_protest(doc: Doc, found: _Found, motives: dict[int, Token]) -> _Found:
    """ "Lawyers refused to attend court hearings to protest the arrest of a colleague", "Palestinians
    shunned work on Monday to protest at ...": a refusal done in protest is a protest (a boycott) by
    those who refuse, not a rejection of anyone (the motive may hang on the refusal or on the act
    refused)."""
    trig = found.trigger
    if found.kind != "REJECT" or trig.lemma_.lower() not in WITHHELD_IN_PROTEST:
        return found
    refused = _child(trig, "xcomp")
    motive = motives.get(trig.i) or (motives.get(refused.i) if refused is not None else None)
    protest = done_in_protest(doc, trig, motive) if motive is not None else None
    if protest is None:
        return found
    protest.mode = "boycott"
    protest.consumed += found.consumed  # the act refused was not done: "refused to attend the talks"
    return protest


#: verbs that report what someone says, which the parser may read as a participle after their subject
REPORTING = frozenset(
    {"allege", "charge", "claim", "accuse", "assert", "contend", "insist", "complain", "argue", "maintain"}
)


def misread_reporter(doc: Doc, found: _Found) -> _Found | None:
    """ "Pakistani investigators, who have combed the contracts, alleged on Friday that X took kickbacks":
    the parser reads "alleged" as a participle of "investigators" (investigators who were alleged), so
    the accusers came out as its target. The noun is the speaker and the clause's subject the one
    accused. A sentence-final "..., exile groups charged on Sunday" accuses what the sentence said
    before it, which no rule here reads: no record. "a man charged with murder", "the suspect accused
    by police" keep their reading."""
    trig = found.trigger
    if trig.dep_ != "acl" or trig.lemma_.lower() not in REPORTING or trig.tag_ not in ("VBD", "VBN"):
        return found
    if _child(trig, "dobj", "nsubjpass", "agent") is not None or _pobj(trig, ("by", "with", "of", "over")) is not None:
        return found
    clause = _child(trig, "ccomp")
    if clause is not None:
        found.source_tok = _actor_token(doc, trig.head)
        found.target_tok = _actor_token(doc, _child(clause, "nsubj"))
        return found if found.source_tok is not None else None
    before = doc[trig.head.left_edge.i - 1] if trig.head.left_edge.i > trig.sent.start else None
    last = all(t.is_punct for t in doc[trig.right_edge.i + 1 : trig.sent.end])
    return None if before is not None and before.text == "," and last else found


#: what an act done "in defiance of" defies: "in open defiance of a presidential decree"
DEFIANCE = frozenset({"defiance", "breach", "contravention"})
#: what is defied when it is a rule or an order (not "in breach of contract" between firms)
RULES = frozenset(
    {"decree", "ban", "order", "resolution", "ruling", "curfew", "law", "embargo", "sanction", "ultimatum",
     "directive", "injunction", "warning", "appeal", "call", "demand", "prohibition", "agreement", "accord",
     "ceasefire", "truce"}
)  # fmt: skip


def defied_rule(tok: Token) -> Token | None:
    """The rule ``tok`` is done in defiance of: "gathered in open defiance of a presidential decree", "went
    ahead with the sale in breach of UN resolutions" (the parser may hang "in" on what is done)."""
    done = [g for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
            for g in ([c] if c.dep_ == "dobj" else c.children) if g.dep_ in ("dobj", "pobj")]
    for prep in [*tok.children, *(p for d in done for p in d.children)]:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in DEFIANCE:
                rule = _pobj(noun, ("of",))
                if rule is not None and rule.lemma_.lower() in RULES:
                    return rule
    return None


def done_in_defiance(doc: Doc, tok: Token) -> _Found | None:
    """ "Deputies of the dissolved parliament gathered in open defiance of a presidential decree": REJECT
    (CAMEO 12, defy norms or orders) by whoever does the act, which is no event of its own; against
    whoever made the rule when named ("a decree by the president", "the UN's resolutions")."""
    rule = defied_rule(tok)
    if rule is None or _future(tok) or _modal(tok) or _apply_modality("REJECT", None, tok) is None:
        return None
    source = _subject(doc, tok)
    if source is None:
        return None
    maker = _child(rule, "poss") or _pobj(rule, ("by", "of")) or next(
        (c for c in rule.children if c.dep_ in ("amod", "compound") and actor_of(doc, c) is not None), None
    )
    return _Found(tok, "REJECT", None, tok, source, _actor_token(doc, maker) if maker is not None else None)


#: what one holds another to be for a wrong: "held the coalition responsible for the airstrike"
ANSWERABLE = frozenset({"responsible", "accountable", "liable", "culpable"})


def held_responsible(doc: Doc, tok: Token) -> _Found | None:
    """ "MSF held the coalition responsible for the airstrike", "Iran holds Washington responsible":
    an accusation (CAMEO 112) of whoever is held to answer, however the parser hangs the adjective
    (on the verb, or on its object); nothing when negated or only foreseen."""
    if tok.lemma_.lower() != "hold" or tok.pos_ != "VERB":
        return None
    obj = _child(tok, "dobj")
    held: Token | None = None
    for c in tok.children:
        if c.dep_ in ("oprd", "ccomp", "acomp", "xcomp") and c.lower_ in ANSWERABLE:
            held = obj if obj is not None else _child(c, "nsubj")
    if held is None and obj is not None and any(c.dep_ == "amod" and c.lower_ in ANSWERABLE for c in obj.children):
        held = obj
    accused = _actor_token(doc, held) if held is not None else None
    if accused is None or _apply_modality("DISAPPROVE", None, tok) != ("DISAPPROVE", None):
        return None
    source = _subject(doc, tok)
    if source is None:
        return None
    return _Found(tok, "DISAPPROVE", None, tok, source, accused)


#: verbs that lay blame on someone ("laid the blame for the clash squarely on Peru")
BLAME_LAYING = frozenset({"lay", "put", "place", "pin", "pile", "heap", "shift"})
#: verbs that bear a grudge ("bore no grudge against the government")
GRUDGE_BEARING = frozenset({"bear", "hold", "harbour", "harbor", "have", "nurse"})


def idiom_candidate(tok: Token) -> bool:
    """Whether ``tok`` may lay blame or bear a grudge (a cheap test on its object, before the rules)."""
    obj = _child(tok, "dobj")
    lemma = tok.lemma_.lower()
    return obj is not None and ((lemma in BLAME_LAYING and obj.lemma_.lower() == "blame") or (
        lemma in GRUDGE_BEARING and obj.lemma_.lower() == "grudge"))


def blame_laid(doc: Doc, tok: Token) -> _Found | None:
    """ "Laying the blame for Sunday's border clash squarely on Peru, the minister said ...", "put the
    blame on the rebels": an accusation (CAMEO 112) of whom the blame is laid on."""
    blame = _child(tok, "dobj")
    if tok.lemma_.lower() not in BLAME_LAYING or blame is None or blame.lemma_.lower() != "blame":
        return None
    on = _pobj(tok, ("on", "upon")) or _pobj(blame, ("on", "upon"))
    accused = _actor_token(doc, on) if on is not None else None
    if accused is None or _apply_modality("DISAPPROVE", None, tok) != ("DISAPPROVE", None):
        return None
    source = _subject(doc, tok)
    return _Found(tok, "DISAPPROVE", None, tok, source, accused) if source is not None else None


def no_grudge(doc: Doc, tok: Token) -> _Found | None:
    """ "said he bore no grudge against the government that had jailed him": forgiveness (CAMEO 056,
    SUPPORT) of whom no grudge is held against."""
    grudge = _child(tok, "dobj")
    if tok.lemma_.lower() not in GRUDGE_BEARING or grudge is None or grudge.lemma_.lower() != "grudge":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in grudge.children) or _modal(tok) or _future(tok):
        return None  # "bears a grudge against X" is no forgiveness
    against = _pobj(grudge, ("against",)) or _pobj(tok, ("against",))
    forgiven = _actor_token(doc, against) if against is not None else None
    source = _subject(doc, tok)
    if forgiven is None or source is None:
        return None
    return _Found(tok, "SUPPORT", None, tok, source, forgiven)


def said_no(doc: Doc, tok: Token) -> _Found | None:
    """ "Berlin said no on Thursday to Kyiv's request for tanks", "voters said no to the proposal": a
    refusal (CAMEO 12) of what "to" names, against whoever asked or proposed it when named."""
    if tok.lemma_.lower() != "say" or not any(c.lower_ == "no" and c.dep_ in ("intj", "dobj") for c in tok.children):
        return None
    refused = _pobj(tok, ("to",))
    if refused is None or _apply_modality("REJECT", None, tok) != ("REJECT", None):
        return None
    source = _subject(doc, tok)
    if source is None:
        return None
    asker = _actor_token(doc, refused) or _actor_token(doc, _child(refused, "poss"))
    return _Found(tok, "REJECT", None, tok, source, asker)
