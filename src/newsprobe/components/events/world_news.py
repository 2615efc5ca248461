"""Readings international and security news showed wrong or missed (PTC articles on foreign affairs,
coded blind before the coder ran on them). No event for: a person enlisting ("tried to join the
U.S. Army"), "seized on/upon" an occasion, a document "returned" to a legislature for review,
migrants marching toward a border, a harm "blamed on" someone by nobody said, a pressure or demand
that someone "caved to" (the yielding is the event), and a "will cave" foretold. Found: a warning of an attack by its
issuer ("ISIS warnings of a forthcoming attack") is a threat (talks "between A and B" are read with the
other event nouns, in ``noun_triggers``). Each is a reading of words, never of who is meant.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.entities import entity_at
from newsprobe.components.event_actors import is_actor
from newsprobe.components.events.arguments import _actor_token, _as_actor, _subject
from newsprobe.components.events.campaign_news import THINGS_RELEASED
from newsprobe.components.events.modality import _infinitive, _modal, _negated, _unasserted_clause, _unrealised
from newsprobe.components.events.syntax import THREAT_MODES, _child, _dated, _Found, _noun_code, _pobj

#: bodies one joins as a member: enlisting or signing up is no act between actors
ARMED_BODIES = frozenset(
    {"army", "navy", "military", "marine", "marines", "police", "force", "forces", "ranks", "militia",
     "guard", "corps", "academy", "party", "club", "union", "service"}
)  # fmt: skip


def enlisting(found: _Found) -> bool:
    """ "Shivam Patel tried to join the U.S. Army": one person joining a body is membership, not
    cooperation (a state or group joining a coalition still is: "Jordan joined the coalition")."""
    trig = found.trigger
    if trig.lemma_.lower() != "join" or found.kind != "COOPERATE":
        return False
    src = found.source_tok
    one = src is not None and (src.lower_ in ("he", "she", "i") or src.ent_type_ == "PERSON")
    obj = _child(trig, "dobj")
    if not one or obj is None:
        return False
    return obj.lemma_.lower() in ARMED_BODIES or obj.ent_type_ == "ORG"


#: what one "seizes": an occasion, not a thing or a place
OCCASIONS = frozenset({"opportunity", "chance", "moment", "initiative", "occasion", "momentum", "day"})


def seized_occasion(trig: Token) -> bool:
    """ "Israel seized upon this", "seized the opportunity": taking advantage, not a seizure."""
    if trig.lemma_.lower() not in ("seize", "grab"):
        return False
    if any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and not _dated(c) for c in trig.children):
        return True  # (not "seized a tanker on Thursday")
    obj = _child(trig, "dobj")
    return obj is not None and obj.lemma_.lower() in OCCASIONS


#: documents and questions sent back for review: "returned the deal to Congress"
DOCUMENTS = frozenset(
    {"deal", "bill", "law", "legislation", "agreement", "accord", "plan", "issue", "matter", "case", "question",
     "decision", "proposal", "draft", "text", "treaty", "report", "file", "budget", "nomination", "indictment",
     "verdict"}
)  # fmt: skip


def document_returned(found: _Found) -> bool:
    """ "return the JCPOA to Congress for review": a document sent back is no release or return of
    property (a return frees people or hands back land, assets or remains)."""
    trig = found.trigger
    if found.kind != "RETREAT" or trig.lemma_.lower() != "return" or trig.pos_ != "VERB":
        return False
    obj = _child(trig, "dobj")
    if obj is None:
        return False
    ent = entity_at(trig.doc, obj.idx, obj.idx + len(obj.text))
    if obj.lemma_.lower() in DOCUMENTS or (ent is not None and ent.label == "LAW"):
        return True
    to = _pobj(trig, ("to",))  # "returned the JCPOA to Congress": sent back to a body that reviews
    return to is not None and to.lemma_.lower() in REVIEWING_BODIES


#: bodies a document is sent back to for review
REVIEWING_BODIES = frozenset(
    {"congress", "parliament", "senate", "house", "assembly", "committee", "court", "legislature", "council"}
)


#: people on the move, not protesters: "migrants marching toward the border"
TRAVELLERS = frozenset(
    {"migrant", "refugee", "asylum-seeker", "seeker", "caravan", "immigrant", "pilgrim", "evacuee", "traveller",
     "traveler"}
)  # fmt: skip


def travellers_marching(found: _Found) -> bool:
    """ "the caravan of migrants marching toward the U.S. border": a journey, not a protest march."""
    trig = found.trigger
    if found.kind != "PROTEST" or trig.lemma_.lower() != "march":
        return False
    subj = found.source_tok or _child(trig, "nsubj")
    if subj is None and trig.dep_ in ("acl", "pcomp", "relcl"):
        subj = trig.head
    return subj is not None and subj.lemma_.lower() in TRAVELLERS


def blamed_by_nobody(found: _Found) -> bool:
    """ "the attack blamed on alleged lone gunman Stephen Paddock": a participle naming who is held
    responsible, with nobody said to blame him, is a description of the act, not an accusation."""
    trig = found.trigger
    return (
        trig.lemma_.lower() == "blame"
        and trig.dep_ == "acl"
        and trig.tag_ == "VBN"
        and _pobj(trig, ("by",)) is None
        and _child(trig, "agent") is None
    )


#: verbs of giving way: what they give way "to" is what was yielded to, not an event of its own
YIELDING = frozenset({"cave", "bow", "yield", "succumb", "give", "submit", "accede", "capitulate", "relent"})


def yielded_to(trig: Token) -> bool:
    """ "they caved to Iranian pressure": the pressure is what they yielded to (their concession is
    the event, with Iran its target), not a second event."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj" or trig.head.lower_ != "to":
        return False
    verb = trig.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in YIELDING


def caving_foretold(found: _Found) -> bool:
    """ "The CIA will cave": nobody announces they will give way, so a future "cave" is a
    prediction, not an intent to concede."""
    return found.trigger.lemma_.lower() == "cave" and found.kind != "CONCEDE"


#: what is "executed" when no one is: plans, orders, policies
def whose_war(found: _Found) -> bool:
    """ "This is America's war", "It's not Obama's war": a war said to be someone's is a war they
    are held to own, not an act; a war waged on someone names them ("waged war against Y"). A war on a
    thing ("Obama's war on religion", "the war on drugs") or a war of words is a figure of speech."""
    trig = found.trigger
    if trig.lemma_.lower() != "war" or trig.pos_ != "NOUN":
        return False
    # a war on a thing or a war of words is a figure of speech: "Obama's war on religion", "the
    # administration's war on traditional values", "escalated a war of words against Cruz"
    said = _pobj(trig, ("of",))
    if said is not None and said.lemma_.lower() in ("word", "words", "nerves"):
        return True
    waged_on = _pobj(trig, ("on", "against"))
    if waged_on is not None and not is_actor(trig.doc, waged_on) and not _a_place(waged_on):
        return True  # (but "the war on the besieged territory", "a war on Gaza" is waged on a place)
    if found.target_tok is not None:
        return False
    return trig.dep_ in ("attr", "nsubj", "appos", "ROOT") and any(c.dep_ == "poss" for c in trig.children)


#: places a war is waged on when no entity names them
WAR_PLACES = frozenset(
    {"territory", "strip", "enclave", "region", "province", "city", "town", "village", "country", "area", "land",
     "island", "coast", "border", "camp", "district", "state", "capital", "valley", "peninsula"}
)  # fmt: skip


def _a_place(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or tok.lemma_.lower() in WAR_PLACES


def execution_of_plan(trig: Token) -> bool:
    """ "Iran's execution of its regional ambitions": carrying out a plan, not putting someone to
    death (an execution of people names them: "the execution of two prisoners")."""
    if trig.lemma_.lower() != "execution" or trig.pos_ != "NOUN":
        return False
    done = _pobj(trig, ("of",))
    return done is not None and not is_actor(trig.doc, done)


def time_to_act(trig: Token) -> bool:
    """ "It is time for Chile to condemn Peru", "Time for Congress to impeach X": a call to act, not
    an act."""
    verb = trig
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in ("relcl", "acl")
        and verb.head.lemma_.lower() == "time"
        and (_infinitive(verb))
    )


#: nouns whose infinitive names an act not (yet) done: "an opportunity to meet with X"
CHANCE_NOUNS = frozenset(
    {"opportunity", "chance", "invitation", "offer", "plan", "proposal", "bid", "attempt", "effort", "right",
     "desire", "need", "willingness", "readiness", "refusal", "failure", "ability", "power", "permission",
     "temptation", "pressure", "urge", "wish", "intention", "threat", "promise", "pledge", "vow", "call"}
)  # fmt: skip


def unrealised_act(found: _Found) -> bool:
    """ "declining an opportunity to meet with Netanyahu" (the meeting is offered, not held),
    "without consulting the White House" (an omission), "men and women who've been fighting in
    Afghanistan" (soldiers described, nobody fought), "with whom X worked at Boston Consulting
    Group" (a job, not cooperation between actors)."""
    trig = found.trigger
    if trig.pos_ != "VERB":
        return False
    if trig.dep_ == "acl" and _infinitive(trig) and trig.head.lemma_.lower() in CHANCE_NOUNS:
        return True
    if trig.dep_ == "pcomp" and trig.head.lower_ == "without":
        return True
    lemma = trig.lemma_.lower()
    if lemma == "fight" and trig.dep_ in ("relcl", "acl") and found.target_tok is None:
        # "Iran's own forces fighting inside Syria" names whose forces fight: kept
        fighters = trig.head
        owned = any(c.dep_ in ("poss", "amod", "compound") and is_actor(trig.doc, c) for c in fighters.children)
        return not owned and _child(trig, "dobj") is None and _pobj(trig, ("against",)) is None
    if lemma == "work" and found.kind == "COOPERATE":
        return _pobj(trig, ("at", "for")) is not None
    return False


#: the press one meets to speak to the public, not to consult it
PRESS = frozenset({"reporter", "journalist", "press", "media", "correspondent", "newsman", "interviewer"})


def met_the_press(found: _Found) -> bool:
    """ "DeMint met reporters and said ...": talking to the press is no consultation."""
    whom = found.target_tok
    return found.kind == "CONSULT" and whom is not None and whom.lemma_.lower() in PRESS


def approved_act(found: _Found) -> bool:
    """ "Saudi rulers sanctioned Khashoggi's murder": to sanction an act is to approve it, not to
    impose sanctions (which are imposed on someone)."""
    trig = found.trigger
    if found.kind != "SANCTION" or trig.lemma_.lower() != "sanction":
        return False
    obj = _child(trig, "dobj")
    return obj is not None and _noun_code(obj) is not None


#: what one defends oneself with: "defended himself against charges" is a denial, no support of anyone
REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"})


#: land one defends, one's own or another's: "defend Hungary's borders" is no verbal support of anyone
LANDS = frozenset({"border", "frontier", "territory", "soil", "homeland", "coast", "coastline", "airspace"})
#: people one defends by a plain noun: "defended homosexual clergy", "defended her staff"
PEOPLE_DEFENDED = frozenset(
    {"clergy", "priest", "staff", "aide", "colleague", "ally", "friend", "son", "daughter", "wife", "husband",
     "family", "people", "member", "employee", "worker", "officer", "soldier", "nominee", "candidate", "minority"}
)  # fmt: skip


def defended_a_thing(found: _Found) -> bool:
    """ "Obama defended the programs", "Ryan defended his budget", "defended himself against charges":
    defending a policy, a record or oneself is no verbal support of anyone (CAMEO 052 defends an
    actor: "Clinton defended Rice", "Palin weighed in to defend the Tea Party movement")."""
    trig = found.trigger
    if found.kind not in ("SUPPORT", "AGREE") or trig.lemma_.lower() != "defend" or trig.pos_ != "VERB":
        return False
    obj = _child(trig, "dobj")
    if obj is None:
        return False
    if obj.lower_ in REFLEXIVE or obj.lemma_.lower() in LANDS:
        return True  # "defended himself against charges", "determined to defend Hungary's borders": no one backed
    named = any(t.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") for t in (obj, *obj.children) if t.dep_ != "poss")
    # someone else's act or standing defended is support of them: "defended Belgrade's security operations",
    # "defended Pakistan's nuclear tests", "defended Kavanaugh's character" (not "defended his budget")
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    owned = owner is not None and (owner.pos_ == "PROPN" or is_actor(trig.doc, owner))
    people = obj.lemma_.lower() in PEOPLE_DEFENDED  # "defended homosexual clergy"
    return obj.pos_ not in ("PRON", "PROPN") and not named and not people and not owned and not is_actor(trig.doc, obj)


def world_news_doubt(found: _Found) -> bool:
    """Any of the readings above: no event rather than a wrong one."""
    trig = found.trigger
    return (
        defended_a_thing(found)
        or enlisting(found)
        or approved_act(found)
        or met_the_press(found)
        or time_to_act(trig)
        or unrealised_act(found)
        or execution_of_plan(trig)
        or whose_war(found)
        or words_not_acts(found)
        or state_not_act(found)
        or caving_foretold(found)
        or seized_occasion(trig)
        or document_returned(found)
        or travellers_marching(found)
        or blamed_by_nobody(found)
        or yielded_to(trig)
    )


#: nouns of a warning: "ISIS warnings of a forthcoming attack"
WARNING_NOUNS = frozenset({"warning"})


def warning_of_attack(doc: Doc, tok: Token) -> _Found | None:
    """ "ISIS warnings of a forthcoming attack on Las Vegas": a warning of a hostile act by whoever
    issues it is a threat of it (CAMEO 13), when the warner is named as its possessor or modifier and
    the act as a violent noun; a warning of a danger ("warnings of a storm") is none."""
    if tok.lemma_.lower() not in WARNING_NOUNS or tok.pos_ != "NOUN":
        return None
    act = _pobj(tok, ("of", "about"))
    if act is None:
        return None
    code = _noun_code(act)
    if code is None or code[0] not in THREAT_MODES:
        return None
    warner: Token | None = None
    for child in tok.children:
        if child.dep_ in ("poss", "compound") and child.i < tok.i:
            warner = _as_actor(doc, child)
    if warner is None:
        return None
    # a warning that the act will be done by someone else names its doer: "warnings of attacks by X"
    if _pobj(act, ("by",)) is not None or any(c.dep_ in ("poss", "compound") and c.i < act.i for c in act.children):
        return None
    verb = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if verb is not None and verb.pos_ in ("VERB", "AUX") and (_negated(verb) or _modal(verb)):
        return None
    target = _actor_token(doc, _pobj(act, ("on", "against")))
    return _Found(tok, "THREATEN", THREAT_MODES.get(code[0]), tok, warner, target)


#: acts the one who owes them does: "called for X's resignation / apology / withdrawal"
OWN_ACTS = frozenset({"resignation", "apology", "withdrawal", "departure", "exit", "explanation", "retraction"})
#: one's own forces: withdrawing them is done *from* somewhere, which is the target
FORCES = frozenset(
    {"troop", "force", "soldier", "army", "unit", "contingent", "battalion", "brigade", "personnel", "marine"}
)
#: how the parser hangs the "out" of "pulled X out of Y"
OUT_DEPS = ("prt", "advmod", "prep")
#: verbs of standing by someone: only with someone named ("stand with the people of Iran")
STANDING = frozenset({"stand", "side"})


def _in_protest(verb: Token) -> bool:
    """A withdrawal "in protest"."""
    what = _pobj(verb, ("in",))
    return what is not None and what.lower_ == "protest"


#: contests given up without arms: "capitulated in a case", "surrendered to their demands"
CONTESTS = frozenset(
    {"case", "lawsuit", "suit", "dispute", "fight", "battle", "standoff", "row", "negotiation", "talk", "vote",
     "demand", "pressure", "request", "ultimatum", "blackmail", "campaign", "lobby", "bully", "critic"}
)  # fmt: skip


def _gave_up_a_contest(trig: Token) -> bool:
    """ "capitulated in a case it had won", "surrendered to the demands of the protesters": a surrender in
    a legal or political contest is a concession, not a military surrender."""
    if trig.lemma_.lower() not in ("capitulate", "surrender", "cave"):
        return False
    given_up = _pobj(trig, ("in", "to", "on", "over"))
    return given_up is not None and given_up.lemma_.lower() in CONTESTS


def world_news_repair(doc: Doc, found: _Found) -> _Found | None:
    """ "had withdrawn in protest" is a boycott; "removed the remaining U.S. combat troops from Iraq":
    the target of a withdrawal of forces is the place they leave (Iraq), not the forces; "stands with
    their rifles": standing with nobody named is no support, and failing to stand with someone is no
    refusal."""
    trig = found.trigger
    governed = next((c for c in trig.children if c.dep_ == "xcomp"), None) if trig.lemma_.lower() == "fail" else None
    standing = trig if governed is None else governed
    if standing.lemma_.lower() in STANDING and found.kind not in ("SUPPORT", "AGREE", "THREATEN"):
        return None  # "journalists who fail to stand with X": not standing by someone is no refusal
    if trig.lemma_.lower() in STANDING and trig.dep_ == "xcomp" and trig.head.lemma_.lower() == "fail":
        return None  # ... nor support
    if found.kind == "SUPPORT" and trig.lemma_.lower() in STANDING and trig.pos_ == "VERB":
        whom = found.target_tok
        if whom is None or not is_actor(doc, whom):
            return None
    if found.kind == "DEMAND" and found.target_tok is None:
        asked = _pobj(trig, ("for",)) if trig.lemma_.lower() in ("call", "press", "push", "clamor") else None
        asked = asked if asked is not None else _child(trig, "dobj") if trig.lemma_.lower() == "demand" else asked
        if asked is not None and asked.lemma_.lower() in OWN_ACTS:
            owner = _child(asked, "poss")  # "called for Steele's resignation": Steele is asked to go
            found.target_tok = _actor_token(doc, owner) if owner is not None else None
    whom = found.target_tok
    if found.kind == "SUPPORT" and whom is not None and whom.dep_ == "pobj" and whom.head.lower_ == "against":
        forgiven = whom.head.head.lemma_.lower() == "grudge"  # "bore no grudge against X": X is forgiven
        if whom.head.head.i != trig.i and not forgiven:  # "to support their votes against Kavanaugh": not for him
            found.target_tok = None
    if found.kind == "RETREAT" and found.mode == "disarm" and _gave_up_a_contest(trig):
        found.kind, found.mode = "CONCEDE", None  # "the administration capitulated in a case": no arms laid down
        return found
    if found.kind == "RETREAT" and trig.lemma_.lower() in ("withdraw", "pull", "pull_out") and _in_protest(trig):
        found.kind, found.mode = "PROTEST", "boycott"  # "had withdrawn in protest": a boycott
        return found
    if found.kind == "RETREAT" and found.mode == "withdraw" and found.target_tok is not None:
        if found.target_tok.lemma_.lower() in FORCES:
            # "from Iraq" on the verb or on the forces ("removed the troops from Iraq")
            origin = _pobj(trig, ("from",)) or _pobj(found.target_tok, ("from",))
            if origin is None:  # "pulled U.S. troops out of Iraq"
                out = next((c for c in trig.children if c.dep_ in OUT_DEPS and c.lower_ == "out"), None)
                origin = _pobj(out, ("of",)) if out is not None else None
            found.target_tok = _actor_token(doc, origin) if origin is not None else None
    return found


#: encounters one comes back from: "returned from meetings with Saudi leaders"
ENCOUNTERS = frozenset({"meeting", "talk", "talks", "visit", "trip", "tour", "summit", "consultation", "negotiation"})
#: verbs of coming back from somewhere
COMING_BACK = frozenset({"return", "come", "arrive", "fly", "head", "travel"})


def back_from(doc: Doc, noun: Token) -> Token | None:
    """ "Pompeo returned Wednesday night from meetings with Saudi and Turkish leaders": who comes
    back from talks held them (the subject of the verb of return), when the return is asserted."""
    prep = noun.head
    if noun.lemma_.lower() not in ENCOUNTERS or noun.dep_ != "pobj" or prep.lower_ != "from":
        return None
    verb = prep.head
    if verb.lower_ == "back" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "came back from talks"
    if verb.lemma_.lower() not in COMING_BACK or verb.pos_ != "VERB" or _negated(verb) or _modal(verb):
        return None
    subj = _child(verb, "nsubj")
    return _as_actor(doc, subj) if subj is not None else None


def unasserted_infinitive(verb: Token, kind: str) -> bool:
    """The verb an event noun is the object of is an infinitive nobody asserts: a purpose ("ships
    its wealth abroad to fight its wars") or what a plan or effort is for ("a plan by X to sabotage
    the peace talks"): the noun's event is not reported as happening."""
    if verb.pos_ != "VERB" or not _infinitive(verb):
        return False
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return True
    return _unrealised(verb, kind)


#: what one is "captured" on: a recording, not custody
MEDIA = frozenset({"video", "camera", "film", "tape", "footage", "audio", "cctv", "photo", "record"})


def words_not_acts(found: _Found) -> bool:
    """ "have not released what they say are recordings" (information, not prisoners), "was captured on
    video" (filmed, not seized); words offered are ``political_speech.words_offered``."""
    trig = found.trigger
    lemma = trig.lemma_.lower()
    obj = _child(trig, "dobj")
    if lemma == "release" and trig.pos_ == "VERB":
        if obj is not None and (obj.lemma_.lower() in THINGS_RELEASED or obj.lower_ == "what"):
            return True
        return obj is None and _child(trig, "nsubjpass") is None and found.kind == "REJECT"
    if lemma == "capture":
        on = _pobj(trig, ("on",))
        return on is not None and on.lemma_.lower() in MEDIA
    return False


def state_not_act(found: _Found) -> bool:
    """ "our Kurdish allies occupy most of the border", "Afrin, occupied by Kurds": holding ground,
    said in the present or as a description, is a state (occupying it is an act: "troops occupied
    the town"); "the summit is threatened with cancellation": a risk, with no one threatening;
    "the embassy reopened in 2015": nobody is said to reopen it."""
    trig = found.trigger
    lemma = trig.lemma_.lower()
    if lemma == "occupy" and trig.pos_ == "VERB":
        return trig.tag_ in ("VBP", "VBZ") or (trig.dep_ == "acl" and trig.tag_ == "VBN")
    if lemma == "threaten" and trig.pos_ == "VERB" and _child(trig, "auxpass") is not None:
        # "Gust was threatened with violence" (a person threatened) stays a threat
        threatened = _child(trig, "nsubjpass")
        nobody = _pobj(trig, ("by",)) is None and _child(trig, "agent") is None
        return nobody and threatened is not None and not is_actor(trig.doc, threatened)
    if lemma == "reopen" and trig.pos_ == "VERB":
        return _child(trig, "dobj") is None and _child(trig, "nsubjpass") is None
    return False


#: nouns that brand whoever they are said of as a wrongdoer: written from the sense, for any side
ABUSIVE_NOUNS = frozenset(
    {"traitor", "terrorist", "criminal", "liar", "thug", "dictator", "murderer", "killer", "butcher", "puppet",
     "satan", "devil", "tyrant", "fascist", "racist", "nazi", "extremist", "coward", "fraud", "crook", "bigot",
     "hypocrite", "stooge", "lackey", "warmonger", "aggressor", "occupier", "invader", "gangster", "mafia",
     "bully", "menace", "disgrace", "criminals", "terror"}
)  # fmt: skip
#: modifiers that make a neutral noun a brand ("a terror army", "a rogue state", "a criminal regime")
ABUSIVE_MODIFIERS = frozenset({"terror", "terrorist", "rogue", "criminal", "murderous", "fascist", "nazi", "puppet"})
#: verbs that pin a name on someone: "branded X a terror army", "called X traitors", "referred to X as"
NAMING = frozenset({"call", "brand", "label", "dub", "refer", "describe"})


def _abusive(tok: Token) -> bool:
    if tok.lemma_.lower() in ABUSIVE_NOUNS or tok.lower_ in ABUSIVE_NOUNS:
        return True
    return any(c.dep_ in ("compound", "amod") and c.lower_ in ABUSIVE_MODIFIERS for c in tok.children)


def name_calling(doc: Doc, verb: Token) -> _Found | None:
    """ "Erdogan has branded this BSF a 'terror army'", "Assad has called BSF members 'traitors'",
    "Farrakhan referred to the US as the 'Great Satan'": pinning a name for wrongdoers on someone is
    criticism of them (CAMEO 111), from the one who says it; a name that brands nobody ("called him
    a friend") or a naming nobody is said to do is none."""
    lemma = verb.lemma_.lower()
    if lemma not in NAMING or verb.pos_ != "VERB" or _negated(verb) or _modal(verb):
        return None
    if _unasserted_clause(verb):
        return None  # "denied that he ever called the governor a racist", "whether to call X a liar"
    if lemma in ("refer", "describe"):
        name = _pobj(verb, ("as",))
        named = _pobj(verb, ("to",)) if lemma == "refer" else _child(verb, "dobj")
    else:
        name = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr")), None)
        objects = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
        if name is None and len(objects) == 2:  # "branded this BSF a terror army": dative + dobj
            name, named = objects[1], objects[0]
        else:
            named = next((c for c in objects if name is None or c.i != name.i), None)
        passive = _child(verb, "nsubjpass")
        if passive is not None:  # "X was branded a traitor by the ruling party"
            name = name or next((c for c in objects), None)
            named = passive
        if named is None and name is not None:  # "called BSF members traitors", parsed as one phrase
            named = next((c for c in name.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
    if name is None or named is None or not _abusive(name):
        return None
    target = _actor_token(doc, named)
    source = _subject(doc, verb)
    if source is None and _child(verb, "nsubjpass") is not None:
        source = _as_actor(doc, _pobj(name, ("by",)))  # "branded a traitor by X", "by X" hung on the name
    if target is None or source is None:
        return None
    return _Found(verb, "DISAPPROVE", None, verb, source, target)
