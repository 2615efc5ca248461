"""Real-page precision: readings that real news pages (coded blind by hand) showed to be wrong: a topic
that is discussed, a citation, damage done by an attack, a pronoun bound as target, someone held on
charges, calls and warnings to act, and the page doubts that drop a candidate: a contest won ("Italy
beat France"), captives "held hostage" read as captors, a participle on an object read as an act, a
past event recalled, a habit ("when veterans ask for help"), a kind described ("a Pope who attacks"),
harm by disease or weather, a figurative battle, and whoever would be released taken for the one
asked to release them.

The readiness round added more of the same kind, each from a real-page or development sentence: a
question put ("an inquiry about"), a seat vacated or an office occupied, a ship or troops arriving (no
visit), a person "shut down", a thesis proposed, a measure that "hits", a likeness ("as though"), a
gerund talked about, an act not wanted, support measured by a poll, a strike named, prisoners walking
out of jail, a war on an idea, a campaign's "march toward Election Day", a standard not met, a cause
blamed ("blamed mental illness"), and sides that are a post ("offering the position") or the idiom "in a
position to".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.event_lexicon import Code
from newsprobe.components.events.arguments import _actor, _agent, _as_actor, _subject
from newsprobe.components.events.modality import SUSPECTED_NOUNS, _future, _modal, _negated, _prospect_of
from newsprobe.components.events.noun_triggers import _is_actor_modifier, civil_war
from newsprobe.components.events.page_precision import cataphoric, suspected
from newsprobe.components.events.senses import DISASTERS, sense_doubt
from newsprobe.components.events.syntax import (
    EXCLUDING,
    REFUSING,
    _child,
    _Found,
    _infinitive,
    _noun_code,
    _particles,
    _pobj,
    _verb_code,
    first_conjunct,
)
from newsprobe.components.events.wire_material import CRAFTS
from newsprobe.components.events.world_news import FORCES

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


def _a_standard(obj: Token) -> bool:
    """What is met is a standard: the object, or the last noun of its phrase when the parser made a
    possessor the object ("did not meet the Commission on Presidential Debates' 15 percent threshold")."""
    if obj.lemma_.lower() in NOT_A_MEETING:
        return True
    last = next((t for t in reversed(list(obj.subtree)) if t.pos_ == "NOUN"), None)
    return last is not None and last.lemma_.lower() in NOT_A_MEETING and any(t.tag_ == "POS" for t in obj.subtree)


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
    if _prospect_of(tok) is not None:
        return None  # "there was no question of him being held in custody"
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


def _coordinated(tok: Token) -> list[Token]:
    """The children of every word of the list ``tok`` belongs to (where the parser hangs its "or")."""
    first = first_conjunct(tok)
    members = [first, *(t for t in first.subtree if t.dep_ == "conj" and first_conjunct(t).i == first.i)]
    return [c for m in members for c in m.children]


def _listed_with_or(verb: Token) -> bool:
    """Whether ``verb`` is in a list joined by "or" ("demoted, reprimanded or corrected"), not set apart by
    a "but" ("did not arrest, charge or question them, but beat them")."""
    first = first_conjunct(verb)  # (a sentence's opening "But" belongs to no list)
    ccs = sorted((c for c in _coordinated(verb.head) if c.dep_ == "cc" and c.i > first.i), key=lambda c: c.i)
    before = [c for c in ccs if c.i < verb.i]
    nearest = before[-1] if before else next(iter(ccs), None)
    return nearest is not None and nearest.lower_ in ("or", "nor")


def _real_page_doubt(doc: Doc, found: _Found) -> bool:
    """Readings real news pages showed wrong (precision first: no event rather than a wrong one)."""
    _unbind_pronoun_target(doc, found)
    _they_not_him(doc, found)
    if cataphoric(doc, found.source_tok):
        found.source_tok = None  # "A month after he resigned, X's deputy, Y, ...": "he" may be X
    if cataphoric(doc, found.target_tok):
        found.target_tok = None
    _held_captive(found)
    _patient_of_demand(found)
    _to_blame(doc, found)
    trig = found.trigger
    lemma = trig.lemma_.lower()
    # "he never robbed or killed anyone": the negation covers the coordinated verb (and the verb an event
    # noun hangs on: "has not taken me up on my offer or made a counteroffer")
    # "he was not demoted, reprimanded or corrected": the "or" may close a longer list
    verbs = [trig] if found.anchor.i == trig.i else [trig, found.anchor]
    if any(
        verb.dep_ == "conj"
        and _listed_with_or(verb)
        and _child(verb, "nsubj", "nsubjpass") is None
        and _negated(first_conjunct(verb))
        for verb in verbs
    ):
        return True
    if _discussed_topic(trig) or (trig.pos_ in ("NOUN", "PROPN") and _citation(trig)):
        return True
    if suspected(trig):
        return True  # "suspected that X was working with Y": a belief, not a report
    if lemma == "meet" and any(c.dep_ == "dobj" and _a_standard(c) for c in trig.children):
        return True  # "materials that don't meet the hospital's needs", "the Commission's polling threshold"
    particles = {f"{lemma}_{p}" for p in _particles(trig)}
    if (
        trig.pos_ == "VERB"
        and (lemma in CLOSING_VERBS or particles & CLOSING_VERBS)
        and _child(trig, "dobj", "nsubjpass", "auxpass") is None
    ):
        return True  # "sixteen hospitals have shut down": nobody closed anything
    if found.kind == "REJECT" and lemma in EXCLUDING and (
        _negated(trig) or trig.head.lemma_.lower() in REFUSING or _nothing_political_excluded(trig.doc, trig)
    ):
        return True  # "refused to rule out a compromise" keeps it open; "doctors ruled out surgery" refuses no one
    if lemma == "undertake" and (trig.dep_ in ("relcl", "acl") or _child(trig, "dobj") is not None):
        return True  # "the efforts the company undertook to achieve ...": work done, no promise
    if found.kind in ("ASSAULT", "FIGHT") and _disaster_harm(trig):
        return True  # "the outbreak killed four people": no one did it
    if found.kind in ("ASSAULT", "FIGHT") and _figurative_fight(trig):
        return True  # "their uphill battle", "a legal battle"
    if found.kind not in ("ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "RETREAT"):
        # "offering the position", "took a position on": a post or a view, not a military position
        if found.source_tok is not None and _a_post(found.source_tok):
            found.source_tok = None
        if found.target_tok is not None and _a_post(found.target_tok):
            found.target_tok = None
        if found.source_tok is None and found.target_tok is None:
            return True
    if lemma == "occupy" and _an_office(trig, held=True):
        return True  # "who will occupy the White House": an office held, no occupation
    if lemma == "call" and found.kind in ("PROTEST", "RETREAT", "CONSULT") and _naming(trig):
        return True  # "called the strike a deliberate war crime": a strike named, none called
    if found.kind == "PROTEST" and lemma == "walk" and _left_custody(trig):
        return True  # "300 political prisoners walked out of Insein jail": freed, no walkout
    if _march_to_a_goal(trig) or _march_to_a_goal(_child(trig, "dobj")):
        return True  # "she'll continue her march toward Election Day": a campaign, no protest
    if found.kind == "SUPPORT" and _polled(trig):
        return True  # "Clinton was supported by 42 percent of those responding": a poll's figure, no act
    if found.kind in ("ASSAULT", "FIGHT") and _bomb_dropped(trig):
        return True  # "dropped the bomb that the information came from the victims": news broken
    if _an_example(trig):
        return True  # "more concessions up his sleeve, like cutting the number of US troops"
    if found.kind in ("REJECT", "SUPPORT", "DISAPPROVE", "AGREE") and _stance_of_a_thing(doc, trig):
        # "exceptions to divine law that oppose the doctrine", "rules that promise to transform the economy":
        # a thing takes no stance and promises nothing
        return True
    if _unwanted(trig):
        return True  # "I don't want to go around insulting people": an act not wanted is no act
    if found.source_tok is not None and _in_a_position(found.source_tok):
        found.source_tok = None  # "I am in a position to give you an assurance": no one is "position"
    if found.kind == "THREATEN" and _relative_on_a_thing(trig):
        return True  # "the dangers which menace the Church": a danger threatens no one's act
    if found.kind == "DISAPPROVE" and lemma == "blame" and found.target_tok is None:
        found.target_tok = _blamed_on(doc, trig)  # "blamed the bombing on the rebels", "on" hung on the bombing
        if found.target_tok is None and _blamed_a_thing(trig):
            return True  # "ruled out terrorism and blamed mental illness": a cause named, no one accused
    if found.kind == "MOBILIZE" and _army_of_others(trig):
        return True  # "sent an army of lawyers to the court"
    if _as_though(trig):
        return True  # "as though the Church is going to ask laypeople ...", "as if the army had attacked"
    if _gerund_topic(trig):
        return True  # "asking supporters to back that decision with cash is common": a kind of act
    asker = _actor(doc, found.source_tok) if found.kind == "INVESTIGATE" else None
    if found.kind == "INVESTIGATE" and _a_question(trig, asker.sector if asker is not None else None):
        return True  # "refused to respond to Glazov's inquiry about what violates its standards"
    if found.kind == "RETREAT" and lemma == "vacate" and _an_office(trig):
        return True  # "the seat being vacated by Sen. Chris Dodd": a seat left, no retreat
    if found.kind == "CONSULT" and found.mode == "visit" and _craft_arrived(trig):
        return True  # "a hospital ship, the USNS Comfort, arrived in Puerto Rico": a ship visits no one
    if found.kind == "COERCE" and _silenced_person(trig):
        return True  # "did nothing but shut down Broaddrick": a person is silenced, not closed
    if found.kind == "AGREE" and lemma == "propose" and _proposes_a_claim(trig):
        return True  # "the document proposes that people ... can be guiltless": a thesis, no proposal
    waged = found.kind in ("ASSAULT", "FIGHT", "THREATEN", "RETREAT", "AGREE") and _war_on_an_idea(
        doc, _child(trig, "dobj")
    )  # "declared / vowed to end the war on coal" (not "denounced the assault on free speech")
    if _war_on_an_idea(doc, trig) or waged:
        return True  # "Obama's war on religion", "vows to end the war on coal": a campaign
    if found.kind in ("ASSAULT", "FIGHT") and _measure_did_it(trig):
        return True  # "the EU oil sanctions hit Russia", "tariffs battered exporters": a policy's effect
    if _under_hearsay(trig):
        return True  # "assertions that posts are left vulnerable because Congress has decided not to fund ..."
    if found.kind == "CONCEDE" and _protest_called_off_by_force(found):
        return True  # "police called off the march": not their protest to give up
    if _remembered(trig):
        return True  # "memories of the Pope's visit to the island in 1998": a past recalled, not reported
    if _kind_described(trig):
        return True  # "a Pope who relentlessly attacks her foundations": a kind of pope, no act reported
    if _habitual_when(trig):
        return True  # "when veterans ask for help, too many calls are not getting through"
    if found.kind == "SANCTION" and _support_for_a_cause(trig):
        return True  # "voters cut their support for the party": no aid was cut
    if _participle_on_object(trig):
        return True  # "returned confiscated houses to the families": the houses were seized before
    if found.kind == "ASSAULT" and lemma in CONTEST_WINS and (_a_state_or_body(found) or _contest(trig)):
        return True  # "Italy beat France in the final", "polls show him beating X": a contest won
    if found.kind in ("ASSAULT", "THREATEN") and lemma in CONTEST_WINS | OVERWHELMING and _won_at_the_polls(trig):
        return True  # "Biden will beat Trump in the election", "crushed their rivals at the polls"
    if found.kind == "COERCE" and lemma in FORCING and _forced_to_say(trig):
        return True  # "forced Stumpf to admit that ...": made to say something under questioning
    if found.kind == "SANCTION" and "cut_off" in particles and _a_person_cut_off(trig):
        return True  # "he was being cut off because the audience didn't like his jokes": interrupted
    if found.kind == "REJECT" and lemma == "meet" and any(c.lower_ == "never" for c in trig.children):
        return True  # "Julian has never met Manafort": a fact of the past, no meeting refused
    if found.kind == "PROTEST" and found.target_tok is not None and found.target_tok.head.lower_ == "with":
        found.target_tok = None  # "the generation that marched with Martin Luther King": alongside, not against
    return sense_doubt(found)  # "capturing strong support", "beating the war drums", "pressed ahead"


def _a_person_cut_off(trig: Token) -> bool:
    """ "was cut off", "cut him off": the one cut off is a person (a speaker interrupted, not a state or a
    supply cut off)."""
    patient = _child(trig, "nsubjpass", "dobj")
    return patient is not None and (patient.ent_type_ == "PERSON" or patient.lower_ in PERSONAL)


#: pronouns for a person
PERSONAL = frozenset({"he", "she", "him", "her", "i", "me", "you"})


#: what makes a battle or a fight a figure of speech: "an uphill battle", "a legal fight"
FIGURATIVE_FIGHTS = frozenset(
    {"uphill", "legal", "court", "courtroom", "political", "losing", "custody", "budget", "election", "electoral",
     "ratings", "culture", "procedural", "rhetorical", "verbal", "public-relations", "messaging", "primary",
     "nomination", "re-election", "reelection", "confirmation", "leadership", "impeachment", "legislative"}
)  # fmt: skip


def _disaster_harm(trig: Token) -> bool:
    """ "The most recent outbreak killed four people", "floods killed 12": harm by a disease, weather or an
    accident is no one's act."""
    if trig.lemma_.lower() not in ("kill", "wound", "injure", "claim"):
        return False
    subject = _child(trig, "nsubj")
    if subject is None and trig.dep_ in ("advcl", "conj", "xcomp"):
        subject = _child(trig.head, "nsubj")  # "the outbreak came in May and killed four people"
    if subject is None and _child(trig, "auxpass") is not None and _agent(trig.doc, trig) is None:
        # "128 people have been killed and 1,300 infected by the pneumonic strain of the disease": the agent
        # the parse hangs on the joined participle is the killer's too
        agents = [g for t in trig.sent if t.dep_ == "agent" and t.i > trig.i for g in t.children if g.dep_ == "pobj"]
        subject = agents[0] if agents else None
        of = _pobj(subject, ("of",)) if subject is not None else None
        if of is not None and of.lemma_.lower() in DISASTERS:
            return True  # "a strain of the disease", "a wave of the epidemic"
    # ("Syria's civil war has killed half a million people": a country's own war names no side)
    return subject is not None and (subject.lemma_.lower() in DISASTERS or civil_war(subject))


def _figurative_fight(trig: Token) -> bool:
    """ "acknowledged their uphill battle", "a legal fight over custody": no fighting."""
    if trig.pos_ != "NOUN" or trig.lemma_.lower() not in ("battle", "fight", "war", "struggle", "showdown"):
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in FIGURATIVE_FIGHTS for c in trig.children)


def _polled(trig: Token) -> bool:
    """Support measured by a poll: a share of people as the supporter ("42 percent of those responding",
    "Fifty-five percent of voters"), or a poll or survey in the sentence that reports it."""
    supporters = [c for c in trig.children if c.dep_ in ("nsubj", "agent", "poss")]
    supporters += [g for c in supporters if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(c.lower_ in ("percent", "%") or c.lemma_.lower() == "percent" for c in supporters):
        return True  # "42 percent of those responding", "1 percent support X" (not "whose district is 35 percent")
    # a poll that says it: "a new poll found", "the survey showed", "in the poll" (not "rides to the polls")
    return any(
        t.lemma_.lower() in ("poll", "survey", "pollster")
        and (t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.lower_ in ("in", "by")))
        for t in trig.sent
    )


#: goals one "marches toward" in a figure
GOALS = frozenset(
    {"victory", "power", "nomination", "presidency", "election", "independence", "war", "recovery", "statehood",
     "dictatorship", "democracy", "bankruptcy", "default", "recession", "majority", "title", "championship"}
)  # fmt: skip


def _march_to_a_goal(trig: Token | None) -> bool:
    """ "her march toward Election Day", "the march to war": a goal or a day, not a place marched to."""
    if trig is None or trig.lemma_.lower() != "march":
        return False
    goals = [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ("toward", "towards", "to")
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip  (a day too, which _pobj passes over)
    return any(g.ent_type_ in ("DATE", "EVENT") or g.lemma_.lower() in GOALS for g in goals)


def _naming(trig: Token) -> bool:
    """ "called the strike a war crime": an object and what it is called."""
    return any(c.dep_ in ("oprd", "xcomp", "attr") and c.pos_ in ("NOUN", "PROPN") for c in trig.children)


#: places one walks out of when freed or discharged
CUSTODY_PLACES = frozenset({"jail", "prison", "gaol", "detention", "custody", "hospital", "cell", "camp"})


def _left_custody(trig: Token) -> bool:
    """ "walked out of Insein jail": "of" on the verb or on its "out"."""
    holders = {trig.i} | {c.i for c in trig.children if c.lower_ == "out"}
    return any(
        t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i in holders and t.lemma_.lower() in CUSTODY_PLACES
        for t in trig.subtree
    )


def _bomb_dropped(trig: Token) -> bool:
    """ "dropped the bomb(shell) that ...": a revelation, told by its clause."""
    bomb = _child(trig, "dobj")
    said = _child(trig, "ccomp") or (_child(bomb, "acl", "ccomp") if bomb is not None else None)
    return bomb is not None and bomb.lemma_.lower() in ("bomb", "bombshell") and said is not None


#: verbs that see something "as" doing something: a characterisation, not an act reported
REGARDING = frozenset(
    {"see", "regard", "view", "describe", "portray", "perceive", "consider", "cast", "paint", "depict"}
)  # fmt: skip


def _an_example(trig: Token) -> bool:
    """A gerund given as an example ("like cutting", "such as sending") or as what something is seen as
    doing ("see this passage as calling for ...", "remarks viewed as disparaging"): no act reported ("on
    record as endorsing X" is one)."""
    if trig.dep_ != "pcomp" or trig.tag_ != "VBG":
        return False
    mark = trig.head
    if mark.lower_ == "like":
        return True
    such = mark.i > 0 and mark.doc[mark.i - 1].lower_ == "such"
    return mark.lower_ == "as" and (such or mark.head.lemma_.lower() in REGARDING)


def _stance_of_a_thing(doc: Doc, trig: Token) -> bool:
    """A stance whose subject is a relative pronoun standing for a thing ("law that opposes the doctrine",
    "policies which support families"): no one takes a stance."""
    thing = _relative_antecedent(trig)
    if thing is None or thing.lemma_.lower() not in THINGS or thing.ent_type_:
        return False
    return _as_actor(doc, thing) is None


def _relative_antecedent(trig: Token) -> Token | None:
    """The noun a relative clause hangs on, when "which" or "that" is the clause's subject: what the
    clause says acts ("a law that opposes ...", "the dangers which menace ...")."""
    subject = _child(trig, "nsubj")
    if subject is None or subject.lower_ not in ("which", "that") or trig.dep_ != "relcl":
        return None
    return trig.head


#: things a relative clause may say oppose or support something (not remarks, posts or ads, which are
#: someone's words, nor people: "the individual that excoriated the administration")
THINGS = frozenset(
    {"law", "rule", "policy", "exception", "measure", "bill", "provision", "doctrine", "teaching", "program",
     "programme", "plan", "proposal", "idea", "passage", "theory", "principle", "ideology", "system",
     "approach", "tradition", "practice", "religion", "value", "belief", "regulation", "amendment"}
)  # fmt: skip


#: verbs of wanting: an act under a negated one is not done
WANTING = frozenset({"want", "wish", "intend", "plan", "mean", "hope", "like"})


def _unwanted(trig: Token) -> bool:
    """The act is what someone does not want, intend or plan to do (up to three clauses up)."""
    clause = trig
    for _ in range(3):
        if clause.dep_ not in ("xcomp", "advcl", "conj") or clause.head.i == clause.i:
            return False
        clause = clause.head
        if clause.lemma_.lower() in WANTING and _negated(clause):
            return True
    return False


def _in_a_position(tok: Token) -> bool:
    """ "in a position to": the noun of an idiom, not an actor."""
    return tok.lemma_.lower() == "position" and tok.dep_ == "pobj" and tok.head.lower_ == "in"


def _relative_on_a_thing(trig: Token) -> bool:
    """ "the dangers which menace the Church": the relative's antecedent, a thing, is the subject."""
    thing = _relative_antecedent(trig)
    return thing is not None and thing.pos_ == "NOUN" and thing.ent_type_ == "" and thing.lemma_.lower() in PERILS


#: things that threaten, as a subject: dangers, risks
PERILS = frozenset({"danger", "risk", "threat", "peril", "problem", "crisis", "storm", "disease", "virus", "hazard"})


def _blamed_a_thing(trig: Token) -> bool:
    """What is blamed is a cause, not anyone: "blamed mental illness", "blamed the weather"."""
    obj = _child(trig, "dobj")
    blamed_on = any(t.dep_ == "prep" and t.lower_ in ("on", "for") for t in trig.subtree)
    # a singular common noun: a cause ("illness", "the weather"), not people ("his allies")
    return obj is not None and obj.tag_ == "NN" and not obj.ent_type_ and not blamed_on


def _blamed_on(doc: Doc, trig: Token) -> Token | None:
    """Whom "blamed X on Y" blames, when the parser hangs "on Y" on X."""
    obj = _child(trig, "dobj")
    if obj is None:
        return None
    on = next((t for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.i == obj.i), None)
    return _as_actor(doc, on)


def _army_of_others(trig: Token) -> bool:
    """ "an army of lawyers", "an army of volunteers": a crowd, not a force."""
    obj = _child(trig, "dobj", "nsubjpass")
    return obj is not None and obj.lemma_.lower() == "army" and _pobj(obj, ("of",)) is not None


def _as_though(trig: Token) -> bool:
    """The act is in a clause of "as though" or "as if" (up to two clauses up): a likeness, not a report."""
    clause = trig
    for _ in range(3):
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        if "as" in marks and ("though" in marks or "if" in marks):
            return True
        if clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _gerund_topic(trig: Token) -> bool:
    """A gerund that is the subject of a clause ("asking for money ahead of time crosses a line",
    "voting and then asking supporters to back it is common"): a kind of act talked about."""
    clause = trig
    for _ in range(4):  # "asking supporters to back that decision": the act asked for, too
        if clause.tag_ == "VBG" and clause.dep_ in ("csubj", "csubjpass"):
            # "the Brotherhood's leaders praising Hitler ... is nothing like": with its own doer named, an
            # act that happened
            return _child(clause, "nsubj", "poss") is None
        if clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


#: nouns of a question asked, which "about" makes one: "his inquiry about the rules"
QUESTIONS = frozenset({"inquiry", "enquiry", "query", "question"})
#: what is vacated when no ground is given up: a seat, an office
OFFICES = frozenset({"seat", "office", "job", "chair", "presidency", "premiership", "throne", "role"})
#: vessels and vehicles (the crafts of ``wire_material``, and what carries goods), which arrive
#: somewhere without visiting anyone
ARRIVING_CRAFTS = CRAFTS | frozenset({"convoy", "carrier", "truck", "lorry", "shipment", "cargo", "consignment"})
#: verbs of shutting that only close places and bodies
SHUTTING = frozenset({"shut", "close"})


#: who questions someone about something as an investigation (a lawyer or a reporter asks questions)
INTERROGATORS = frozenset({"police", "judiciary", "government", "military"})


def _a_question(trig: Token, questioner: str | None) -> bool:
    """ "Glazov's inquiry about what violates its standards": a question put to someone ("an inquiry into
    X" investigates, and so do police "questioning officers about bribes"; ``questioner``: the sector
    of who asks)."""
    if trig.lemma_.lower() not in QUESTIONS:
        return False
    if trig.pos_ == "VERB" and _child(trig, "dobj") is not None and questioner in INTERROGATORS:
        return False  # "police began questioning customs officers about bribes": an interrogation
    about = any(c.dep_ == "prep" and c.lower_ == "about" for c in trig.children)  # "about what ..." too
    return about and _pobj(trig, ("into",)) is None


def _an_office(trig: Token, held: bool = False) -> bool:
    """What is vacated (or, ``held``, occupied) is a seat or an office: the object, or the noun a
    participle hangs on ("the White House", "the Oval Office" too, when occupied)."""
    left = _child(trig, "dobj", "nsubjpass") or (trig.head if trig.dep_ in ("acl", "relcl") else None)
    if left is None:
        return False
    seats = held and left.lower_ in ("house", "office") and left.ent_type_ in ("FAC", "ORG")
    return left.lemma_.lower() in OFFICES or seats


def _a_post(tok: Token) -> bool:
    """ "position" or "post" alone (no one's forces named on it): a job or a view in any act but a
    military one."""
    return tok.lemma_.lower() in ("position", "post") and not any(
        c.dep_ in ("compound", "amod", "poss") for c in tok.children
    )


def _craft_arrived(trig: Token) -> bool:
    """The one arriving is a ship, a plane, a convoy (its compound may name an actor: "hospital ship") or
    a body of troops."""
    subject = _child(trig, "nsubj")
    return subject is not None and subject.lemma_.lower() in ARRIVING_CRAFTS | ARRIVING_FORCES


#: armed bodies (the forces of ``world_news``, and more), which arrive somewhere to deploy, not to visit:
#: "1,500 Rwandan troops arrived in Cabo Delgado"
ARRIVING_FORCES = FORCES | frozenset(
    {"peacekeeper", "paratrooper", "reinforcement", "commando", "police", "officer", "policeman", "firefighter",
     "paramedic", "rescuer"}
)  # fmt: skip (and those who answer a call: "Police only arrive in this area around ten-forty-five")


def _silenced_person(trig: Token) -> bool:
    """ "shut down Broaddrick": a person as what is shut or closed is a figure."""
    obj = _child(trig, "dobj")
    return trig.lemma_.lower() in SHUTTING and obj is not None and obj.ent_type_ == "PERSON"


def _proposes_a_claim(trig: Token) -> bool:
    """ "proposes that people living in adultery can be guiltless": what is proposed is a state said to
    hold (a copula), not an act ("proposed that the two sides meet")."""
    clause = _child(trig, "ccomp")
    if clause is None:
        return False
    return clause.lemma_.lower() == "be" or any(c.dep_ == "acomp" for c in clause.children)


#: measures and conditions that "hit", "batter" or "cripple" someone only in a figure
MEASURES = frozenset(
    {"sanction", "tariff", "embargo", "measure", "policy", "law", "tax", "cut", "ban", "restriction", "rule",
     "regulation", "decision", "ruling", "price", "inflation", "recession", "crisis", "downturn", "austerity",
     "shortage", "blockade", "boycott", "levy", "duty"}
)  # fmt: skip


#: nouns of a war that may be waged on an idea
WARS = frozenset({"war", "battle", "crusade", "jihad", "fight"})  # an attack on an idea is one in words


def _war_on_an_idea(doc: Doc, noun: Token | None) -> bool:
    """ "the war on religion / on drugs / on women", "a crusade against corruption": waged on something
    that is no one and nowhere (not "the war on Ukraine"). An attack or assault on an idea is one in
    words (``verbal_attack``)."""
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in WARS:
        return False
    on = _pobj(noun, ("on", "against"))
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if on is None and after is not None and after.lower_ in ("on", "against"):
        on = next((c for c in after.children if c.dep_ == "pobj"), None)  # "on" the parser hung elsewhere
    if on is None or on.ent_type_ in ("GPE", "NORP", "LOC", "FAC", "ORG", "PERSON") or on.pos_ != "NOUN":
        return False
    # "religion" and "women" name sectors of actors, but a war on them is a campaign in words
    return on.lemma_.lower() in IDEAS or (_as_actor(doc, on) is None and on.lemma_.lower() not in PLACES_ATTACKED)


#: what a "war on" is waged on in a figure, even where the word may name people
IDEAS = frozenset(
    {"religion", "terror", "terrorism", "drug", "woman", "coal", "christmas", "poverty", "crime", "science",
     "cancer", "christianity", "faith", "speech", "freedom", "democracy", "truth", "family", "reason", "history",
     "fact", "expert", "medium", "journalism", "climate"}
)  # fmt: skip


#: places and things an assault is made on
PLACES_ATTACKED = frozenset(
    {"town", "city", "village", "base", "camp", "position", "convoy", "checkpoint", "post", "embassy", "building",
     "school", "hospital", "mosque", "church", "synagogue", "market", "station", "compound", "headquarters",
     "outpost", "garrison", "ship", "vessel", "plane", "bus", "train", "home", "house", "office", "capital",
     "stronghold", "bastion", "line", "front", "pipeline", "plant", "port", "airport", "bridge", "power"}
)  # fmt: skip


def _measure_did_it(trig: Token) -> bool:
    """ "The EU oil sanctions hit Russia", "new tariffs battered exporters": the subject is a measure or
    a condition, not anyone who strikes (its maker, named in a compound, struck no one)."""
    if trig.pos_ != "VERB" or _child(trig, "auxpass") is not None:
        return False
    subject = _child(trig, "nsubj")
    return subject is not None and subject.lemma_.lower() in MEASURES


#: nouns that recall a past event: "memories of the visit", "the anniversary of the massacre"
REMEMBERING = frozenset({"memory", "anniversary", "legacy", "commemoration", "recollection", "remembrance"})


#: what ruling out refuses when it is political: an option, a proposal, a course
OPTIONS = frozenset(
    {"option", "possibility", "proposal", "plan", "idea", "offer", "compromise", "deal", "agreement", "talk",
     "negotiation", "dialogue", "resignation", "candidacy", "run", "bid", "coalition", "alliance", "referendum",
     "election", "vote", "withdrawal", "amnesty", "pardon", "extradition", "concession", "change", "return",
     "participation", "role", "involvement", "recognition", "membership", "reform", "request", "demand"}
)  # fmt: skip
#: protests a force may stop but not give up: "police called off the march"
PROTEST_NOUNS = frozenset(
    {"march", "rally", "protest", "demonstration", "strike", "sit-in", "vigil", "picket", "boycott", "stoppage"}
)  # fmt: skip


def _nothing_political_excluded(doc: Doc, trig: Token) -> bool:
    """ "Doctors ruled out surgery", "police ruled out foul play": nothing refused to anyone. Ruling out
    talks, a deal, a resignation or an actor's part in something is a refusal."""
    if trig.lemma_.lower() == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in trig.children):
        return False
    obj = _child(trig, "dobj", "nsubjpass") or _child(trig, "xcomp")
    if obj is None or obj.pos_ == "PRON" or obj.lower_ in ("that", "this", "it"):
        return False  # "ruled that out": whatever "that" is, as before
    return obj.lemma_.lower() not in OPTIONS and _noun_code(obj) is None and _as_actor(doc, obj) is None and (
        obj.pos_ != "VERB"
    )


def _protest_called_off_by_force(found: _Found) -> bool:
    """ "Police called off the march": a force calling off someone else's protest gives nothing up (the
    organisers who call off their own march do)."""
    trig = found.trigger
    if trig.lemma_.lower() != "call" or not any(c.dep_ == "prt" and c.lower_ == "off" for c in trig.children):
        return False
    obj = _child(trig, "dobj")
    subject = found.source_tok
    if obj is None or subject is None or obj.lemma_.lower() not in PROTEST_NOUNS:
        return False
    own = any(c.dep_ == "poss" for c in obj.children)  # "their march" is theirs
    return not own and subject.lemma_.lower() in ("police", "army", "troops", "military", "authority", "government")


def _under_hearsay(trig: Token) -> bool:
    """An act inside the "that" clause of a noun of hearsay or suspicion, however deep: "Assertions that
    posts are left vulnerable because Congress decided not to fund them" (the noun's own clause is
    caught where it starts; this catches the clauses inside it, and a capitalised plural noun). An event
    noun there is presupposed, not claimed ("any suggestion of impropriety in Clinton's discussion with
    Sestak"), and stays."""
    if trig.pos_ != "VERB":
        return False
    cur = trig
    for _ in range(6):
        head = cur.head
        if head is cur:
            return False
        if cur.dep_ in ("acl", "ccomp") and head.pos_ in ("NOUN", "PROPN") and cur.pos_ in ("VERB", "AUX"):
            noun = head.lemma_.lower()
            plural = head.lower_[:-1] if head.lower_.endswith("s") else head.lower_
            if (noun in SUSPECTED_NOUNS or plural in SUSPECTED_NOUNS) and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in cur.children
            ):
                return True
        cur = head
    return False


def _remembered(trig: Token) -> bool:
    """An event noun recalled as the past: "memories of X's visit", "the anniversary of the massacre"."""
    prep = trig.head
    holder = prep.head
    return trig.dep_ == "pobj" and prep.lower_ == "of" and (
        holder.lemma_.lower() in REMEMBERING or holder.lower_ in REMEMBERING or holder.lower_ == "memories"
    )  # (a capitalised "Memories" may be tagged a name, and keep its plural)


def _kind_described(trig: Token) -> bool:
    """A present-tense relative clause on an indefinite noun describes a kind: "a Pope who attacks",
    "any government that bans ..."."""
    head = trig.head
    return (
        trig.dep_ == "relcl"
        and trig.tag_ in ("VBZ", "VBP")
        and _child(trig, "aux", "auxpass") is None
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in head.children)
    )


#: conjunctions of a clause that says what happens whenever something does
WHENEVER = frozenset({"when", "whenever", "once"})


def _habitual_when(trig: Token) -> bool:
    """ "When veterans ask for help, ...": a present-tense clause of time says what happens whenever
    it does, not an act that happened ("when the UK moves to arrest Assange": the act the clause's verb
    takes on)."""
    if trig.dep_ == "xcomp" and _infinitive(trig) and trig.head.pos_ == "VERB":
        trig = trig.head
    if trig.dep_ == "conj" and trig.tag_ in ("VBP", "VBZ") and trig.head.dep_ == "advcl":
        trig = trig.head  # "when the UK moves to arrest Assange and extradites him"
    return (
        trig.dep_ == "advcl"
        and trig.tag_ in ("VBP", "VBZ")
        and any(c.dep_ in ("advmod", "mark") and c.lower_ in WHENEVER for c in trig.children)
        and _child(trig, "aux", "auxpass") is None
    )


def _support_for_a_cause(trig: Token) -> bool:
    """ "cut their support for the party": support cut is aid cut only when it went *to* someone
    ("cut budget support to Uganda")."""
    obj = _child(trig, "dobj", "nsubjpass")
    if obj is None or obj.lemma_.lower() != "support":
        return False
    return _pobj(obj, ("to",)) is None and _pobj(trig, ("to",)) is None


def _participle_on_object(trig: Token) -> bool:
    """ "Uganda returned confiscated houses to 300 families": the parser may make "confiscated" a clause
    of its own right after the verb, with the verb's object as its object. A past participle straight
    after a verb that then has no object, with no subject or conjunction of its own, describes that
    object; it reports no act (and the verb's recipients are not its victims)."""
    gov = trig.head
    return (
        trig.dep_ in ("advcl", "xcomp")
        and trig.i == gov.i + 1
        and trig.tag_ in ("VBN", "VBD")
        and gov.pos_ == "VERB"
        and _child(gov, "dobj") is None
        and _child(trig, "dobj") is not None
        and _child(trig, "nsubj", "nsubjpass", "mark", "aux", "auxpass") is None
    )


#: acts whose "of" names who they are done to: "the release of the prisoners", "the arrest of X"
DONE_TO = frozenset(
    {"release", "freeing", "return", "extradition", "handover", "arrest", "expulsion", "deportation", "trial",
     "prosecution", "punishment", "repatriation"}
)  # fmt: skip


#: holding someone captive: "prisoners held by Israel"
HOLDING = frozenset({"hold", "detain", "jail", "imprison", "keep", "capture", "seize", "abduct", "kidnap"})


def _to_blame(doc: Doc, found: _Found) -> None:
    """ "Democrats and the media are to blame for ...": the subject is blamed, by whoever says so (not
    named in the clause), and blames no one."""
    trig = found.trigger
    if trig.lemma_.lower() != "blame" or trig.dep_ != "xcomp" or trig.head.lemma_.lower() != "be":
        return
    if found.source_tok is not None:
        found.target_tok = found.source_tok
        found.source_tok = None


def _patient_of_demand(found: _Found) -> None:
    """ "demanded the release of all political prisoners": the prisoners are who would be released, not
    who is asked to release them (the one asked is not named). "demanded the resignation of X", "the
    withdrawal of X's troops" name who is asked, and stay."""
    if found.kind != "DEMAND" or found.target_tok is None:
        return
    act = _child(found.trigger, "dobj")
    if act is None or act.lemma_.lower() not in DONE_TO:
        return
    of = _pobj(act, ("of",))
    if of is not None and of.left_edge.i <= found.target_tok.i <= of.right_edge.i:
        # "the release of the journalist by Iran": Iran is asked; so is whoever holds them ("prisoners
        # held by Israel")
        held = next((c for c in of.children if c.dep_ == "acl" and c.lemma_.lower() in HOLDING), None)
        asked = _pobj(act, ("by",)) or _pobj(of, ("by",)) or (_pobj(held, ("by",)) if held is not None else None)
        found.target_tok = _as_actor(found.trigger.doc, asked)


#: what a captive is held as: "held hostage", "kept prisoner"
CAPTIVES = frozenset({"hostage", "captive", "prisoner"})


def _held_captive(found: _Found) -> None:
    """ "Two aid workers held hostage for five weeks were freed": the parser may read "held" as the main
    verb with "hostage" its object, the captives its subject. "held hostage" with a bare noun and no one
    else held is said of the captives: they are the target, and the captor is not named."""
    trig = found.trigger
    if trig.lemma_.lower() not in ("hold", "keep") or found.source_tok is None:
        return
    objects = [c for c in trig.children if c.dep_ == "dobj"]
    bare = len(objects) == 1 and not any(c.dep_ == "det" for c in objects[0].children)
    if bare and objects[0].lemma_.lower() in CAPTIVES:
        subject = _child(trig, "nsubj")
        if subject is not None and found.source_tok.i in {t.i for t in subject.subtree}:
            found.target_tok, found.source_tok = found.source_tok, None


#: verbs of a beating that are also a win over a rival
CONTEST_WINS = frozenset({"beat", "thrash", "trounce", "batter"})


#: words of a contest in the sentence of a "beat": polls, races, matches
CONTEST_WORDS = frozenset(
    {"poll", "polls", "race", "primary", "primaries", "match", "game", "final", "tournament", "runoff", "run-off"}
)  # fmt: skip
#: who takes part in a race, as the beaten or the winner of a "beat"
CONTENDERS = frozenset(
    {"challenger", "novice", "newcomer", "rival", "opponent", "incumbent", "candidate", "contender", "nominee",
     "upstart", "frontrunner", "front-runner"}
)  # fmt: skip
#: making someone do something, and the saying it may be
FORCING = frozenset({"force", "compel", "oblige", "pressure", "push"})
SAYING_ACTS = frozenset(
    {"admit", "acknowledge", "concede", "confess", "apologise", "apologize", "explain", "answer", "retract",
     "clarify", "disclose", "reveal", "backtrack"}
)  # fmt: skip


def _contest(trig: Token) -> bool:
    """A contest in the sentence ("polls show him beating X", "in the final"), and no weapon ("beat them
    with batons" is a beating whatever else the sentence says)."""
    armed = any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children)
    named = {t.i for e in trig.sent.ents for t in e}  # "the Central Election Commission" is a name
    # a rival in a race beaten or beating: "Cantor was beaten by a political novice"
    sides = [_child(trig, "nsubj", "dobj"), _agent(trig.doc, trig)]
    rival = any(t is not None and t.lemma_.lower() in CONTENDERS for t in sides)
    return not armed and (rival or any(t.lower_ in CONTEST_WORDS and t.i not in named for t in trig.sent))


#: verbs of overwhelming force that are also a landslide: "will crush them at the polls"
OVERWHELMING = frozenset({"crush", "annihilate", "obliterate", "wipe", "rout", "defeat", "destroy"})
#: what a win "in" or "at" is a vote: "in the election", "at the polls"
VOTES = frozenset(
    {"election", "poll", "polls", "vote", "ballot", "race", "primary", "runoff", "referendum", "caucus", "caucuses"}
)  # fmt: skip


def _won_at_the_polls(trig: Token) -> bool:
    """ "will beat Trump in the election", "crushed their rivals at the polls": a vote won."""
    preps = [c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in VOTES or _counted_districts(g)) for c in preps
               for g in c.children)  # fmt: skip


#: the units a vote is counted in: "beat Clinton in 30 states"
DISTRICTS = frozenset({"state", "county", "district", "precinct", "constituency", "riding"})


def _counted_districts(noun: Token) -> bool:
    """ "in 30 and a half other states", "in most counties": districts counted, so a vote."""
    counted = any(c.dep_ in ("nummod", "amod") and (c.like_num or c.lower_ in ("most", "many", "several", "other"))
                  for c in noun.children)  # fmt: skip
    return noun.lemma_.lower() in DISTRICTS and noun.tag_ == "NNS" and counted


def _forced_to_say(trig: Token) -> bool:
    """ "forced Stumpf to admit that no executives were held accountable": an admission drawn out, no
    coercion."""
    said = next((c for c in trig.children if c.dep_ in ("xcomp", "ccomp") and _infinitive(c)), None)
    return said is not None and said.lemma_.lower() in SAYING_ACTS


def _a_state_or_body(found: _Found) -> bool:
    """A side of the event named as a state, a place or an organisation ("Italy", "the Democrats")."""
    sides = [t for t in (found.source_tok, found.target_tok) if t is not None]
    sides += [c for c in found.trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.ent_type_ in ("GPE", "ORG", "LOC") for t in sides)
