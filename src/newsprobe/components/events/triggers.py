"""Which tokens are events, and of which type: verb events (with their obligations, mandates, verdicts,
allegations, cooperation codes and the complements a verb needs before it counts); event nouns are in
``noun_triggers``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components._clause import headline_passive
from newsprobe.components.event_actors import actor_of, find_actor_inside, is_actor
from newsprobe.components.event_lexicon import Code, lexicon
from newsprobe.components.events.arguments import (
    _actor_token,
    _as_actor,
    _destination,
    _own,
    _passive_conj,
    _subject,
    _target,
    without_venue,
)
from newsprobe.components.events.material import _material_event, _place_authority, ordered_out_of_a_room
from newsprobe.components.events.modality import (
    FUTURE_AUX,
    _apply_modality,
    _frame,
    _future,
    _inverted_if,
    _modal,
    _negated,
    _prospect_of,
    _warning,
)
from newsprobe.components.events.noun_triggers import _noun_event, _sides
from newsprobe.components.events.page_precision import (
    came_back,
    family_meeting,
    fights_a_thing,
    finding_of_misdeed,
    found_in_state,
    imputes_misdeed,
    private_meeting,
    private_request,
)
from newsprobe.components.events.recall_aidco import aidco_event
from newsprobe.components.events.recall_verbal import gathered_to_protest, unknown_name_subject
from newsprobe.components.events.syntax import (
    ATTACK_TARGET_PREPS,
    AUDIENCES,
    CARRYING,
    CLOSING_QUOTES,
    EXCLUDING,
    FRAME_DEMAND,
    FRAME_PREPARE,
    FRAME_REJECT,
    FRAMES,
    GENERIC_HARM,
    INFORMATION,
    LISTING_VERBS,
    LOADED,
    MEASURE_NOUNS,
    NEEDING,
    NO_COMMENT,
    NOUN_TARGET_PREPS,
    OBLIGATION,
    OF_HEADS,
    PRESS,
    SHARED_KNOWLEDGE,
    SPEECH,
    TARGET_PREPS,
    WEAPONS,
    _child,
    _Found,
    _hyphenated,
    _infinitive,
    _inner_code,
    _lemmas,
    _noun_code,
    _particle_object,
    _particles,
    _phrasal_lemmas,
    _phrase,
    _pobj,
    _verb_code,
    asks_a_question,
)
from newsprobe.components.events.wire_actors import partner
from newsprobe.components.events.wire_verbal import speaker_out_of_time_clause

CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "csubj", "parataxis", "advmod"}
)




#: verbs of state: "Y should feel safe", "Y must be ready" ask no act of anyone
STATIVE = frozenset({"be", "feel", "have", "know", "seem", "remain", "stay", "look", "sound", "understand"})
#: subjects of "should/must" that address no one in particular
NOBODY = frozenset({"nobody", "no", "none", "everyone", "everybody", "anyone", "anybody", "one", "someone", "we"})


SANCTION_LISTS = frozenset({"blacklist", "watchlist", "blocklist"})


#: polysemous verbs whose event reading needs an actor as the object (or the passive subject):
#: "recognized Kosovo" (not "recognize that ..."), "backed the rebels", "executed two prisoners"
#: (not "executed a plan"), "rescued the crew"
NEEDS_ACTOR_OBJECT = frozenset({"recognize", "recognise", "back", "execute", "rescue", "shelter"})
#: what one backs besides an actor: "backed the peace plan", "backed Guatemala's candidacy"
PROPOSALS = frozenset(
    {"plan", "proposal", "bid", "candidacy", "candidature", "resolution", "initiative", "deal", "agreement", "accord",
     "effort", "call", "move", "decision", "position", "stance", "policy", "roadmap", "road-map", "process"}
)  # fmt: skip
#: verbs that are an event only between two actors, the patient being the object: helping someone
#: (not "was assisted to the hospital"), hitting someone (not "the storm hit the coast")
NEEDS_BOTH_ACTORS = frozenset({"assist", "help", "aid", "hit"})
#: verbs whose event reading needs an actor target, object or "at X": "shot two men" (not "shot a video")
NEEDS_ACTOR_TARGET = frozenset({"shoot", "invest", "lobby"})
#: verbs that ask someone, who must be their object: "lobbied the council" (not "lobbied hard for it")
ASKING_SOMEONE = frozenset({"lobby"})
#: releasing someone is RETREAT between actors: by someone named, or of captives ("hostages were
#: released"); "was treated and released" (from hospital) is no release
NEEDS_SOURCE_OR_CAPTIVE = frozenset({"release", "free"})
#: verbs whose object, when named, must be people: "released the hostages" (not "the report"),
#: "rounded up dozens of villagers" (not "money")
RELEASE_OR_ROUND_UP = NEEDS_SOURCE_OR_CAPTIVE | {"round"}
CAPTIVES = frozenset({"prisoner", "hostage", "detainee", "captive", "inmate", "abductee",
                      # people a state or a group holds and frees: "freed a Swedish-Iranian academic"
                      "academic", "scholar", "researcher", "teacher", "schoolteacher", "student", "schoolgirl",
                      "schoolboy", "pupil", "tourist", "hiker", "sailor", "seafarer", "fisherman", "crewman",
                      "crew", "passenger", "missionary", "priest", "nun", "national", "businessman",
                      "businesswoman", "blogger", "writer", "filmmaker", "photographer", "lawyer"})
#: harm to property that weather, fire or accident also do: an event only when its subject is an actor
NATURAL_CAUSES = frozenset({"damage", "burn", "destroy", "drive", "flatten", "wreck", "paralyse", "paralyze"})


#: of these, the ones no one is ever said to suffer in the passive from nobody: "a strike paralysed the country"
PARALYSING = frozenset({"paralyse", "paralyze"})
RESIGNING = frozenset({"resign", "retire", "quit"})




#: verbs whose event reading needs an object or an infinitive: "declined the offer", "declined to
#: sign" (not "support declined"), "appealed for calm", "appealed to X to ..." (not "appealing to
#: voters", "appealed the ruling" is a court's business)
NEEDS_COMPLEMENT = frozenset({"decline"})
#: verbs of force posture: MOBILIZE only with forces as object or a force as subject
MOBILIZING = frozenset({"mobilize", "mobilise", "deploy", "amass", "reinforce", "station"})
FORCES = frozenset(
    {"troop", "soldier", "force", "army", "tank", "warship", "reservist", "police", "officer", "unit", "battalion",
     "brigade", "division", "militia", "fighter", "missile", "jet", "aircraft", "ship", "vessel", "submarine",
     "artillery", "weapon", "guard", "personnel", "position", "border", "drone", "marine", "paratrooper",
     "garrison", "peacekeeper", "peacekeeping", "contingent", "regiment", "commando", "helicopter", "warplane",
     "gunship", "reinforcement"}
)  # fmt: skip
#: an "appeal" is a request only with what is asked: "for X", "to X to <act>", "that ..."
APPEAL = frozenset({"appeal"})
#: nouns a host receives that are gatherings, not visitors: "hosted the conference"
GATHERINGS = frozenset(
    {"conference", "summit", "meeting", "talk", "forum", "event", "festival", "debate", "game", "ceremony",
     "congress", "convention", "session", "round", "dinner", "reception", "party", "exhibition", "show"}
)  # fmt: skip


def _owed_act(tok: Token) -> Token | None:
    """The act ``tok`` says is owed: itself under "must"/"should", or the infinitive after a present
    "needs to" ("Steele needs to apologize"; a past "needed to" is often a reduced relative: "the
    opposition needed to overthrow X is centered here")."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in tok.children):
        return tok
    if tok.lemma_.lower() in NEEDING and tok.tag_ in ("VBZ", "VBP") and not _modal(tok):
        return next((c for c in tok.children if c.dep_ == "xcomp" and _infinitive(c)), None)
    return None


def _obligation(doc: Doc, tok: Token) -> _Found | bool | None:
    """ "X said (that) Y must/should/needs to <act>": X demands it of Y.

    None when the pattern does not apply; False when it applies but makes no record (the act is
    only owed, so it is no event of its own either)."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in SPEECH or _negated(tok):
        return None
    if _inverted_if(tok):
        return False  # "said Berlin would suspend aid should the government go ahead": a condition
    act = _owed_act(tok)
    if act is None:
        return None
    if act.lemma_.lower() in STATIVE:
        return False  # "nobody should feel safe": a warning, not a demand of an act
    if act.lemma_.lower() in ("ask", "wonder", "know", "learn", "find") and asks_a_question(act):
        return False  # "I need to ask what she did with the server": a question to put, asked of no one
    # "would not go that far but said X must apologize": the speech verb shares its conjunct's subject
    speaker = _as_actor(doc, _child(tok.head, "nsubj")) or (
        _subject(doc, tok.head) if tok.head.dep_ == "conj" else None
    )
    told = _child(tok.head, "auxpass") is not None  # "Pakistan was told by Beijing that it must ..."
    speaker = speaker or (_as_actor(doc, _pobj(tok.head, ("by",))) if told else None)
    if speaker is None:
        return None
    subject = _child(tok, "nsubj", "nsubjpass")
    if subject is not None and (subject.lower_ in NOBODY or _people_at_large(subject)):
        return False  # "nobody should ...", "everyone must ...": a maxim, asked of no one
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in act.children):
        return False  # "should have been taken": a reproach about the past, no demand
    target = _as_actor(doc, subject)
    if subject is not None and subject.lower_ in ("it", "they") and tok.head.lemma_.lower() == "tell":
        # "told Pakistan that it must line up": the one told is the one asked
        target = _as_actor(doc, _child(tok.head, "nsubjpass" if told else "dobj")) or target
    if target is None and (act.i != tok.i or _verb_code(tok) is None):
        # "the prize should go to X": owed to no one, and no act of note; "we need to do more": a need
        # of no one resolved
        return False
    consumed = [act.i] if act.i != tok.i else []
    return _Found(tok, "DEMAND", None, tok.head, speaker, target, consumed, own_voice=True)


def _headline_agent(tok: Token) -> Token | None:
    """The "by" doer of a headline's participle, not a byline after the quoted headline ("'Man sentenced
    to 20 years,' by Justin Carissimo, CBS News")."""
    by = _pobj(tok, ("by",))
    if by is None or any(t.text in CLOSING_QUOTES for t in tok.doc[tok.i + 1 : by.i]):
        return None
    return by


def _people_at_large(subject: Token) -> bool:
    """A bare "people" ("people need to stop thinking ..."): a maxim (not "the Syrian people must decide")."""
    return subject.lower_ == "people" and not any(
        c.dep_ in ("det", "amod", "compound", "poss", "nmod") for c in subject.children
    )


def _listing(tok: Token) -> tuple[Code, Token] | None:
    """ "added X to its sanctions list / blacklist": a SANCTION on X (the object)."""
    if tok.lemma_.lower() not in LISTING_VERBS:
        return None
    obj = _child(tok, "dobj", "nsubjpass")
    listed = _pobj(tok, ("to",))
    if obj is None or listed is None:
        return None
    lemma = listed.lemma_.lower()
    mods = {c.lemma_.lower() for c in listed.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma in SANCTION_LISTS or (lemma == "list" and mods & {"sanction", "sanctions", "terror", "terrorist"}):
        return ("SANCTION", None), obj
    return None


#: what one refuses to undergo in defiance: "refusing to be intimidated / silenced / bullied"
DEFIED = frozenset({"intimidate", "silence", "bully", "cow", "threaten", "blackmail", "pressure", "muzzle", "gag",
                    "deter", "provoke", "divide", "defeat", "fool", "rush", "drag", "draw"})
#: verbs a refusal of which refuses nothing: "declined to comment", "refused to say"
#: acts of retaliation: hostile, of no one kind ("vowed to retaliate" is a threat)
RETALIATION = frozenset({"retaliate", "avenge", "revenge"})
#: harm vowed with no lexicon code of its own: "vowed to crush any attempt", "vowed to punish those
#: responsible" (a threat, like "vowed to retaliate"; "vowed to deal with it" only with a harsh manner)
VOWED_HARM = RETALIATION | frozenset({"crush", "punish", "annihilate", "smash", "wipe", "obliterate", "eradicate"})
HARSH_MANNER = frozenset({"mercilessly", "harshly", "ruthlessly", "severely", "firmly", "decisively", "sternly"})
#: "insisted that X reverse the cuts": a demand (a mandative subjunctive; "insisted that X is" is a claim)
MANDATIVE = frozenset({"insist"})
#: "found him guilty", "was found liable": a verdict (CAMEO 116)
VERDICTS = frozenset({"guilty", "liable"})


def _subjunctive(tok: Token) -> bool:
    """ "that Norvala withdraw": a bare verb with its own subject and no auxiliary."""
    subj = _child(tok, "nsubj", "nsubjpass")
    # the tagger reads "that the ministry reverse" as a present tense: a singular noun says otherwise
    bare = tok.tag_ == "VB" or (tok.tag_ == "VBP" and subj is not None and subj.tag_ in ("NN", "NNP"))
    # "insisted / will insist that the separatists yield ground": a present tense after a past or a
    # future is out of sequence, so it is the bare verb of a demand
    gov = tok.head
    later = gov.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in gov.children)
    bare = bare or (tok.tag_ == "VBP" and subj is not None and subj.tag_ in ("NNS", "NNPS") and later)
    return (
        tok.dep_ == "ccomp"
        and bare
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        and subj is not None
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


#: verbs whose past tense is their bare form: "insisted that Tegucigalpa put an end to ..."
SAME_FORM_PAST = frozenset({"put", "cut", "set", "let", "quit", "shut", "hit", "spread", "cast"})


def _mandated(tok: Token) -> bool:
    """A clause after "insist that" that the tagger misread but that is a bare verb with its own
    subject: "that Tegucigalpa put an end to" (read as a past), "that Jakarta open East Timor" (read
    as an adjective), "that the council overhaul the system" (read as a noun)."""
    if tok.dep_ not in ("ccomp", "advcl") or not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return False
    subj = _child(tok, "nsubj")
    if subj is None or subj.pos_ == "PRON" or any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    if tok.tag_ == "VBD":
        # "insisted that the army put the revolt down last year": a past act asserted, not demanded
        past = any(t.lower_ in ("last", "ago", "yesterday", "earlier", "previously") for t in tok.subtree)
        return tok.lower_ in SAME_FORM_PAST and not past
    return tok.tag_ in ("JJ", "NN") and _child(tok, "dobj") is not None


def _mandate(tok: Token) -> tuple[Code, Token] | None:
    """ "insisted that the ministry reverse the cuts": a DEMAND of the clause's subject."""
    if tok.lemma_.lower() not in MANDATIVE:
        return None
    clause = next((c for c in tok.children if _subjunctive(c) or _mandated(c)), None)
    return (("DEMAND", None), clause) if clause is not None else None


def _verdict(tok: Token) -> tuple[Code, Token] | None:
    """ "found the ex-president guilty", "was found guilty of ...": DISAPPROVE (a court's finding)."""
    if tok.lemma_.lower() != "find":
        return None
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
    for word in list(tok.children) + [g for c in clauses for g in c.children]:
        if word.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and word.lower_ in VERDICTS:
            if any(c.dep_ == "neg" for c in word.children):
                return None  # "found not guilty": an acquittal accuses no one
            return ("DISAPPROVE", None), word
    return None


#: "alleged that X had embezzled funds": an accusation of X (CAMEO 112)
ALLEGING = frozenset({"allege"})


def _allegation(doc: Doc, tok: Token) -> tuple[Code, Token] | None:
    """ "alleged that the minister had embezzled funds": DISAPPROVE of the clause's (actor) subject,
    when the clause names no event of its own (then that event, as the speaker's claim, is what is
    reported)."""
    if tok.lemma_.lower() not in ALLEGING or _child(tok, "auxpass") is not None:
        return None
    clause = _child(tok, "ccomp")
    if clause is None or clause.pos_ != "VERB" or _inner_code(doc, clause) is not None:
        return None
    subj = _child(clause, "nsubj")
    if not imputes_misdeed(clause):
        return None  # "alleged that X had asked them to come": a narration, no accusation
    return (("DISAPPROVE", None), clause) if subj is not None and _as_actor(doc, subj) is not None else None


def _rally_against(doc: Doc, tok: Token) -> _Found | None:
    """ "rallied Arab states against X", "rallied support against X": rallying opposition to X is
    DISAPPROVE of X (CAMEO 113), not a demonstration."""
    obj = _child(tok, "dobj")
    if tok.lemma_.lower() not in ("rally", "mobilize", "mobilise") or obj is None:
        return None
    against = _pobj(tok, ("against",)) or _pobj(obj, ("against",))  # "rallied [its allies against X]"
    if against is None or _negated(tok) or _apply_modality("DISAPPROVE", None, tok) is None:
        return None
    source, target = _subject(doc, tok), _actor_token(doc, against)
    if source is None or target is None:
        return None
    return _Found(tok, "DISAPPROVE", None, tok, source, target, [obj.i])


#: the mode of a lexicon entry that codes only an announced intent (it is read as AGREE or not at all)
INTENT_ONLY = "intent-only"
#: the mode of an entry that codes only a threat ("warned that troops would use force"): force used is
#: told by what it is used for, and force merely debated is no act
THREAT_ONLY = "threat-only"


#: verbs whose passive with "with" is a state two sides share: "was allied / aligned with"
ALLIED = frozenset({"closet", "ally", "align", "partner"})


def _allied_state(verb: Token) -> bool:
    """ "X was allied (closeted) with Y": no one allied X; X is one side and Y the other."""
    return (
        verb.lemma_.lower() in ALLIED and _child(verb, "auxpass") is not None
        and _pobj(verb, ("by",)) is None and _pobj(verb, ("with",)) is not None
    )  # fmt: skip


def _verb_event(doc: Doc, tok: Token) -> _Found | None:
    if tok.pos_ != "VERB" or tok.dep_ not in CLAUSE_DEPS:
        return None
    demand = _obligation(doc, tok)
    if demand is False:
        return None
    if isinstance(demand, _Found):
        return demand
    if tok.dep_ in ("conj", "advmod") and tok.head.pos_ not in ("VERB", "AUX"):
        return None  # "the coming and promised victory"
    gathered = _gathered_to_protest(doc, tok)
    if gathered is not None:
        return gathered
    rallied = _rally_against(doc, tok)
    if rallied is not None:
        return rallied
    material = _material_event(doc, tok)
    if material is not None:
        return material if isinstance(material, _Found) else None
    aidco = aidco_event(doc, tok)  # aid, cooperation and threats said without a lexicon entry
    if aidco is not None:
        return aidco
    phrase = _phrase(tok) or _listing(tok) or _verdict(tok) or _mandate(tok) or _allegation(doc, tok)
    finding = finding_of_misdeed(doc, tok) if phrase is None else None
    if finding is not None:  # "the tribunal found that X incurred in harassment"
        phrase = ("DISAPPROVE", None), finding
    code: Code | None
    consumed: list[int] = []
    if phrase is not None:
        code, obj = phrase
        consumed.append(obj.i)
    else:
        code = _verb_code(tok) or (("DEMAND", None) if _asked_that(tok) else None)
    embedded = _child(tok, "xcomp") or next(
        (c for c in tok.children if c.dep_ in ("advcl", "ccomp") and _infinitive(c)), None
    )
    purpose = phrase is not None and embedded is not None and embedded.dep_ == "advcl"  # "refused food to protest"
    if phrase is not None and embedded is not None and code is not None and code[0] == "PROTEST":
        purpose = purpose or embedded.i > phrase[1].i  # the same, parsed as "refusing (food) to protest"
    inner_kind: str | None = None
    if tok.lemma_.lower() in FRAME_REJECT and embedded is not None and embedded.lemma_.lower() in EXCLUDING:
        return None  # "refused to rule out an attack": force kept open, a threat (``not_ruled_out``)
    if tok.lemma_.lower() in FRAMES and embedded is not None and embedded.pos_ == "VERB" and not purpose:
        inner = _inner_code(doc, embedded)
        inner_kind = inner[0] if inner is not None else None
        if inner is None and tok.lemma_.lower() in FRAME_REJECT and embedded.lemma_.lower() in NO_COMMENT:
            return None  # "declined to comment", "refused to be interviewed", "refused to say whether ..."
        if tok.lemma_.lower() in FRAME_REJECT and _child(embedded, "auxpass") is not None and (
            inner is None or embedded.lemma_.lower() in DEFIED
        ):
            # "refusing to be intimidated", "refused to be drawn into the row": defiance, no refusal of anyone
            return None
        if tok.lemma_.lower() in FRAME_PREPARE and _child(embedded, "nsubjpass", "auxpass") is not None:
            return None  # "prepared a list of officials to be assassinated": a list, no readiness to act
        if inner is None and tok.lemma_.lower() == "push" and _child(tok, "dobj") is None:
            return None  # "pushing to get what he wanted": an effort, asked of no one, for no act
        code = _frame(tok, inner)
        fasting = embedded.lemma_.lower() == "eat" and _child(embedded, "dobj") is None
        if tok.lemma_.lower() in FRAME_REJECT and fasting and not _negated(tok):
            code = ("PROTEST", "hunger")  # "the prisoners refused to eat": a hunger strike
        vow = tok.lemma_.lower() in ("vow", "pledge", "promise", "swear")  # not "agreed not to stamp passports"
        if vow and code is not None and code[0] == "AGREE" and inner is None and _negated(embedded):
            return None  # "vowed not to buy Girl Scout cookies": a promise to do nothing the codebook names
        if code is not None and code[0] == "AGREE" and inner is None and _vowed_harm(embedded):
            code = ("THREATEN", None)  # "vowed to retaliate", "vowed to crush any attempt"
            harm = _child(embedded, "dobj")  # "to unleash a wave of bombings": the bombings are the threat's
            consumed += [t.i for t in (harm, _pobj(harm, ("of",)) if harm is not None else None) if t is not None]
        if code is None:
            return None
        consumed.append(embedded.i)
    code, target_hint = _cooperation_code(doc, tok, code, phrase[1] if phrase is not None else None)
    if code is None or code[0] == "-":
        return None  # "-": a verb + object that is no event ("expressed condolences")
    kind, mode = code
    if kind == "CONSULT" and _child(tok, "auxpass") is not None and tok.lemma_.lower() == "meet":
        return None  # "the move was met with resistance": an idiom, not a meeting
    if tok.lemma_.lower() in GENERIC_HARM or _lemmas(tok)[-1] in GENERIC_HARM:
        kind, mode = _harm(tok, kind, mode)
    base_kind = kind  # before a frame or the future makes it AGREE/THREATEN: "will provide information"
    moded = _apply_modality(kind, mode, tok)
    only_intent = mode == INTENT_ONLY and moded != ("AGREE", None)
    if moded is None or only_intent or (mode == THREAT_ONLY and moded[0] != "THREATEN"):
        # an entry that is an event only as an intent: "would introduce democratic reforms" (CAMEO 034),
        # where "introduced reforms" is no act on anyone
        return None
    kind, mode = moded
    headline = headline_passive(tok)
    # a headline passive names its doer only with "by": "Sailor Pardoned By X To Sue Y"
    source = _subject(doc, tok) if not headline else _as_actor(doc, _headline_agent(tok))
    if source is None and not headline and _warning(tok):  # "police warned that a curfew would be imposed"
        warner = _child(tok.head, "nsubj")
        if warner is None and _child(tok.head, "auxpass") is not None:
            warner = _pobj(tok.head, ("by",))  # "fishermen were warned by the navy that ..."
        if warner is None and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG":
            warner = _child(tok.head.head, "nsubj")  # "vessels radioed the boat, warning it would be expelled"
        source = _as_actor(doc, warner)
    if source is None and kind == "THREATEN" and base_kind != kind:
        source = _noun_warner(doc, tok)  # "New Delhi's warning that Indian guns would pound ..."
    if source is None and kind == "AID" and tok.dep_ == "acl" and tok.tag_ == "VBN":
        source = _as_actor(doc, _pobj(tok, ("by",)))  # "the consignment, delivered by the WFP to X"
    given_thing = _child(tok, "nsubjpass") if kind == "AID" and source is None else None
    if given_thing is not None:
        source = _as_actor(doc, _pobj(given_thing, ("from",)))  # "aid from Oman was handed over to X"
    if source is None and tok.lemma_.lower() in GENERIC_HARM:
        means = _means_event(doc, tok)  # "killed in an air strike by government forces"
        if means is not None:
            source = means.source_tok
            consumed.append(means.trigger.i)
    if source is None:
        source = _place_authority(doc, tok, kind, mode)  # "was arrested in Egypt"
    if source is None and kind == "MOBILIZE" and tok.dep_ == "acl" and tok.tag_ == "VBN":
        owner = next((c for c in tok.head.children if c.dep_ in ("poss", "amod", "compound")), None)
        source = _as_actor(doc, owner)  # "Russian troops sent to Chechnya": whose troops they are
    sent = _child(tok, "nsubjpass") if source is None and kind == "MOBILIZE" and base_kind == "MOBILIZE" else None
    home = any(c.lower_ in ("home", "back") for c in tok.children)  # "the troops were sent home": demobilised
    if sent is not None and not home and _pobj(tok, ("by",)) is None and _force_sent(tok, sent):
        # "Troops were deployed to the border", "riot police were deployed across the capital": the
        # forces, or whose they are ("Russian troops were sent"), mobilise; nobody else is named
        owner = next(
            (c for c in sent.children if c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP", "ORG")), None
        )
        source = _as_actor(doc, owner) or _as_actor(doc, sent)
    # "fired from positions held by X": where an attack came from is not its target
    # what is given as aid is no target ("sent peacekeepers to Lebanon": Lebanon is), nor are the
    # troops deployed ("sent troops to Chechnya": Chechnya is, or nobody)
    # ("would send troops against X": a threat whose target is X, not the troops)
    giving = kind in ("AID", "COOPERATE", "MOBILIZE") or base_kind == "MOBILIZE"
    # what is voiced is no target either: "voiced strong opposition to the sale" (the stance, not the party)
    giving = giving or tok.lemma_.lower() in VOICING
    given = phrase[1].i if phrase is not None and giving else -1
    used = phrase[1] if phrase is not None and phrase[1].dep_ == "pobj" and phrase[1].head.lower_ == "with" else None
    if used is not None and used.head.head.i == tok.i:
        given = used.i  # "respond with force": the means named by the entry is no target
    carrier = _carrying(phrase[1]) if phrase is not None else None
    if given >= 0 and carrier is not None and carrier.head.dep_ == "dobj":
        given = carrier.head.i  # "dispatched navy ships loaded with water to Haiti": the ships are no target
    if given >= 0 and phrase is not None and phrase[1].head.lower_ == "of" and phrase[1].head.head.head.i == tok.i:
        given = phrase[1].head.head.i  # "sent a team of doctors to X": the team is given, X is the target
    preps = ATTACK_TARGET_PREPS if kind in ("FIGHT", "ASSAULT") or tok.lemma_.lower() in RESIGNING else TARGET_PREPS
    target = _as_actor(doc, _child(tok, "nsubj")) if headline else _target(doc, tok, preps, skip=given)
    backed = _particle_object(tok) if phrase is None and not headline else None
    if backed is not None:  # "stood up for Khartoum at the UN" (not "for himself", "for their schools")
        backer = actor_of(doc, backed) if backed.pos_ == "NOUN" else None
        body = backer is not None and backer.sector in POLITICAL_BODIES  # "for the police", "for the government"
        if backed.lower_.endswith(("self", "selves")) or not (backed.pos_ == "PROPN" or backed.ent_type_ or body):
            return None
        target = _actor_token(doc, backed) or target
    if target is not None and kind == "CONSULT" and _gathering_object(tok, target):
        target = None  # "hosted the Berlin Conference": a gathering is no visitor
    if target is None and phrase is not None and phrase[1].lemma_.lower() in SHARED_KNOWLEDGE:
        # "gave the names of suspects to Ugandan police", "shared information about the plot with German
        # authorities": whom they go to (the parser may hang "to" or "with" on what they are about), never
        # whom they are about
        shallow = {phrase[1].i} | {g.i for c in phrase[1].children if c.dep_ == "prep" for g in c.children}
        to = next((t for t in phrase[1].subtree if t.dep_ == "prep" and (
            t.lower_ == "to" or (t.lower_ == "with" and t.head.i in shallow))), None)  # (not "conspired with X")
        target = _actor_token(doc, _pobj(phrase[1], ("with",)) or (_child(to, "pobj") if to is not None else None))
    elif target is None and phrase is not None:  # "held talks with X" ("talks on Kashmir": a topic)
        noun_preps = without_venue(tok, ("with",) if kind == "CONSULT" else NOUN_TARGET_PREPS)
        if kind == "SUPPORT":
            noun_preps += ("for",)  # "expressed support for Pakistan", "sympathy for the victims' families"
        target = _actor_token(doc, _pobj(phrase[1], noun_preps))
    if target is None and carrier is not None:
        target = _actor_token(doc, _pobj(carrier, ("to",)))  # "ships carrying rice to Sri Lanka"
    if target_hint is not None and (target is None or tok.lemma_.lower() in JUDICIAL_HANDOVER | HANDING):
        target = target_hint  # "extradited a suspect to X": X, not the suspect
    if embedded is not None and embedded.i in consumed and tok.lemma_.lower() in FRAME_DEMAND:
        # "urged X to release the prisoners", "called on X to end ...": X is asked, not the prisoners
        target = _addressee(doc, tok)
        if private_request(doc, source, target, embedded):
            return None  # "X asked them to accompany him": whom and what are both nobody's business
    elif target is None and embedded is not None and embedded.i in consumed:
        sent = _child(embedded, "dobj") if inner_kind == "MOBILIZE" else None
        target = _target(doc, embedded, skip=sent.i if sent is not None else -1)  # not the troops sent
        if inner_kind == "MOBILIZE" and kind == "THREATEN":
            # "threatened to send the military to the United States' southern border": only those the
            # force is sent against are its target, never where it goes
            target = _actor_token(doc, _pobj(embedded, ("against",)) or (_pobj(sent, ("against",)) if sent else None))
    if kind in ("DISAPPROVE", "INVESTIGATE") and target is not None:
        # "condemned / is investigating the killing of three soldiers": not the soldiers
        target = _condemned_doer(doc, tok, target)
    given_back = _child(tok, "dobj") is not None and _child(tok, "auxpass") is None and not headline
    if kind == "RETREAT" and mode in ("return", "release") and base_kind == "RETREAT" and given_back:
        # "returned 500 prisoners of war to Iran": Iran gets them back (the prisoners are what is returned)
        target = _actor_token(doc, _pobj(tok, ("to",))) or target
    if kind == "SANCTION" and tok.lemma_.lower() in RECALLING and given_back:
        # "recalled its ambassador from Colombia": the country the envoy leaves
        envoy = _child(tok, "dobj")
        left = _pobj(tok, ("from",)) or (_pobj(envoy, ("from",)) if envoy is not None else None)
        target = _actor_token(doc, left) or target
    if source is None and _allied_state(tok):
        # "when Hungary was allied with Nazi Germany": a state both sides are in, the subject one of them
        source = _as_actor(doc, _child(tok, "nsubjpass"))
        target = _actor_token(doc, _pobj(tok, ("with",)))
    if source is not None and target is not None and source.i == target.i:
        target = None
    if base_kind == "CONCEDE" and phrase is not None and target is not None and target.i == phrase[1].i:
        target = None  # "will soften opposition": what is given up is no one conceded to
    sent = _child(tok, "dobj") if kind == "MOBILIZE" and target is not None else None
    if sent is not None and target is not None and sent.left_edge.i <= target.i <= sent.right_edge.i:
        target = None  # "deployed members of the National Guard to the city": those sent are no target
    if target is None and kind == "CONSULT":
        target = _talked_with(doc, tok)  # "discussed the situation (by telephone) with the Saudi king"
    if target is None:
        target = partner(doc, kind, source, tok, phrase[1] if phrase is not None else None)  # "A and B met": B
    between = _pobj(tok, ("between",)) if source is None and _child(tok, "auxpass") is not None else None
    if between is not None and kind in ("SUPPORT", "AGREE", "COOPERATE", "CONSULT"):
        # "full diplomatic relations were established between Seoul and Ulan Bator": both sides act
        side, other = _sides(doc, between)
        if side is not None and other is not None:
            source, target = side, other
    if source is None and not headline:
        source = unknown_name_subject(doc, tok, kind, target)  # "Eritrya has asked the UN to ..."
    if source is None:
        source = speaker_out_of_time_clause(doc, tok, kind)  # "after the plane landed and then appealed"
    held_out = _prospect_of(tok) if source is None and kind == "THREATEN" else None
    if held_out is not None and held_out.dep_ == "dobj":
        source = _subject(doc, held_out.head)  # "Norvala raised the prospect of expelling X if ..."
    if source is None and target is None:
        return None  # an act with nobody named is no record
    owner = phrase[1].head.head if phrase is not None and phrase[1].head.lower_ == "of" else None  # "X of its rights"
    deprived = owner is not None and owner.dep_ == "dobj" and owner.lemma_.lower() not in MEASURE_NOUNS | OF_HEADS
    if source is None and deprived and _child(tok, "nsubj") is not None:
        return None  # "the nature of the case deprives the company of its rights": a thing did it
    if kind == "REJECT" and base_kind != "REJECT" and source is None:
        return None  # "your data will not be shared with any other party": nobody refuses anything
    if (_prospect_of(tok) is not None and kind != "THREATEN") or _trailing_under_doubt(tok):
        return None  # "the chances of returning are remote"; "would be closed, giving the nation ..."
    if phrase is not None and not _owned_demand(doc, tok, phrase[1]):
        return None  # "to meet demand for electricity": supply, not a concession
    if kind == "CONSULT" and phrase is None and not _met_someone(doc, tok):
        return None  # "meeting the target", "met the deadline": no meeting
    if phrase is not None and base_kind == "COOPERATE" and not _shared_with_someone(doc, phrase[1], target):
        return None  # "provided details to reporters", "will provide more information": a statement
    if phrase is not None and _information(phrase[1]) and target is not None and target.head.lower_ in ("on", "about"):
        target = None  # "shared information on militants": the militants are what it is about
    if not _complement_ok(doc, tok, source, target, embedded is not None and embedded.i in consumed):
        return None
    if fights_a_thing(doc, tok) or came_back(doc, tok, source) or private_meeting(doc, tok, kind, source):
        return None  # "fought the tax law", "returned a week later", "her boyfriend travelled to meet Zoe"
    if found_in_state(tok):
        return None  # "found him wounded": a state seen, not an act reported
    if family_meeting(kind, source, target) and not _public_apology(doc, tok, source, target):
        return None  # "visited his wife in hospital": private life
    return _Found(tok, kind, mode, tok, source, target, consumed)


#: verbs whose -ing complement is their own act ("started killing"), not a clause of its own
ASPECT_VERBS = frozenset({"start", "begin", "continue", "keep", "stop", "resume", "cease", "finish", "go"})


def _trailing_under_doubt(verb: Token) -> bool:
    """An -ing clause after its main clause when that is modal, negated or yet to come ("pubs would be
    closed giving the nation breathing space"): it shares the main clause's doubt."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp")
        and verb.i > head.i
        and head.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() not in ASPECT_VERBS  # "will start killing": the frame rules read that
        and (_modal(head) or _negated(head) or _future(head))
    )


def _gathered_to_protest(doc: Doc, tok: Token) -> _Found | None:
    """ "Thousands gathered in the capital to demand ...": a demonstration (PROTEST), its purpose
    clause what it voices, not an event of its own."""
    purpose = gathered_to_protest(doc, tok)
    if purpose is None or _future(tok) or _modal(tok) or _apply_modality("PROTEST", "demo", tok) is None:
        return None
    source = _subject(doc, tok)
    if source is None:
        return None
    return _Found(tok, "PROTEST", "demo", tok, source, None, [purpose.i])


#: making a party or a group legal again (CAMEO 0812): an event only with an actor as object
#: ("legalised the opposition party", not "legalised cannabis")
LEGALISING = frozenset({"legalise", "legalize", "unban"})


MEETING_A_NEED = frozenset({"meet", "satisfy", "fulfil", "fulfill"})


def _owned_demand(doc: Doc, verb: Token, obj: Token) -> bool:
    """ "met a demand of the Kurdish minority", "satisfied the rebels' demands" (someone's demand)."""
    if verb.lemma_.lower() not in MEETING_A_NEED:
        return True
    return find_actor_inside(doc, obj) is not None or (_own(obj) and obj.lemma_.lower() == "demand")


def _met_someone(doc: Doc, verb: Token) -> bool:
    """ "met X", "met with X", "the two met": a meeting; "met the deadline" is none."""
    if verb.lemma_.lower() != "meet":
        return True
    obj = _child(verb, "dobj")
    if obj is None or (obj.left_edge.i > 0 and doc[obj.left_edge.i - 1].text == ","):
        return True  # ", their first encounter since ...": a summary set off, not an object
    return _actor_token(doc, obj) is not None


#: verbs done among the subject's own members: "Belgian and French prosecutors exchanged evidence"
RECIPROCAL = frozenset({"exchange", "pool"})


def _information(obj: Token) -> bool:
    return obj.lemma_.lower() in INFORMATION or obj.lower_ in INFORMATION


def _shared_with_someone(doc: Doc, obj: Token, target: Token | None) -> bool:
    """Information handed over is cooperation with whom it goes to ("to/with X", not the press), or
    among the subject's own members ("Latvian and Estonian services shared information")."""
    if not _information(obj):
        return True
    verb = obj.head
    subj = _child(verb, "nsubj") if verb.dep_ != "xcomp" else _child(verb.head, "nsubj")
    if verb.lemma_.lower() in RECIPROCAL or (subj is not None and any(t.dep_ == "conj" for t in subj.subtree)):
        return True
    if target is not None and target.head.lower_ not in ("to", "with") and target.dep_ != "dative":
        target = None  # "information on militants" is about them
    if target is None:  # "shared information about the plot with X", "with X" hung on the plot
        inner: list[Token | None] = [t for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ in ("with", "to")]
        # "shared intelligence with the United States on the militants": "with X" on the verb, the
        # target first read from "on"
        inner.append(_pobj(verb, ("with", "to")))
        target = next((t for t in inner if t is not None and _as_actor(doc, t) is not None), None)
    return target is not None and target.lemma_.lower() not in PRESS and _as_actor(doc, target) is not None


def _asked_that(verb: Token) -> bool:
    """ "asked that the congressman refrain from ...": a request of the that-clause's subject (a
    question, "asked whether/if/why", is none)."""
    return verb.lemma_.lower() == "ask" and any(
        c.dep_ == "ccomp"
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        and _child(c, "nsubj", "nsubjpass") is not None
        for c in verb.children
    )


def _gathering_object(verb: Token, target: Token) -> bool:
    obj = _child(verb, "dobj")
    return (
        obj is not None
        and obj.left_edge.i <= target.i <= obj.right_edge.i
        and obj.lemma_.lower() in GATHERINGS
    )


#: verbs whose phrase object is what is said: "voiced opposition", "expressed support"
VOICING = frozenset({"express", "voice", "register", "reiterate", "vent"})


def _patient(verb: Token) -> Token | None:
    """The object, or the subject of a passive ("the crew was rescued")."""
    found = _child(verb, "dobj", "nsubjpass")
    if found is None and _passive_conj(verb):
        found = _child(verb.head, "nsubjpass")
    return found


#: what one is released from that is no captivity
NOT_CAPTIVITY = frozenset({"contract", "job", "duty", "obligation", "post", "position", "hospital", "team", "club"})
#: what parties sit down for when they meet: "sat down for a fourth round of talks"
TALKS = frozenset({"talk", "negotiation", "talks", "negotiations", "consultation", "meeting", "dialogue"})


def _carrying(goods: Token) -> Token | None:
    """The clause that carries ``goods``: "carrying" in "ships carrying rice", "loaded" in "ships
    loaded with water"."""
    holder = goods.head.head if goods.head.lower_ == "with" else goods.head
    return holder if holder.dep_ in ("acl", "amod") and holder.lemma_.lower() in CARRYING | LOADED else None


def _public_apology(doc: Doc, verb: Token, source: Token | None, target: Token | None) -> bool:
    """ "The prime minister apologised to the families of villagers killed by police": a public
    apology by an office to the families of victims (CAMEO 055), not private life."""
    offered = any(c.dep_ == "dobj" and c.lemma_.lower() == "apology" for c in verb.children)  # "offered an apology"
    if not (verb.lemma_.lower() in ("apologise", "apologize") or offered) or source is None or target is None:
        return False
    actor = actor_of(doc, source)
    # "to the families of villagers killed by police", "to Chinese-Canadian families": not the office's own
    public = _pobj(target, ("of",)) is not None or any(c.ent_type_ == "NORP" for c in target.lefts)
    return actor is not None and actor.sector not in (None, "-", "civilian") and public


def _for_talks(verb: Token) -> bool:
    """ "sat down for talks", "for a fourth session of talks"."""
    purpose = _pobj(verb, ("for",))
    inner = _pobj(purpose, ("of",)) if purpose is not None else None
    return any(t is not None and t.lemma_.lower() in TALKS for t in (purpose, inner))


def _complement_ok(doc: Doc, verb: Token, source: Token | None, target: Token | None, framed: bool) -> bool:
    """Whether a polysemous verb has the complement its event reading needs."""
    lemmas = set(_lemmas(verb))
    # "called up reservists on Monday" is no "called on X"
    called_off = any(c.dep_ == "prt" and c.lower_ in ("up", "off") for c in verb.children)
    if "call" in lemmas and any(p in ("on", "upon") for p in _particles(verb)) and not framed and not called_off:
        return False  # "called on X to act" is a request; "called on her" (chose, visited) is not
    if lemmas & NEEDS_COMPLEMENT and not framed and _child(verb, "dobj", "nsubjpass", "xcomp") is None:
        return False  # "support declined to 35%"
    if "lean" in lemmas and not any(t.dep_ in ("xcomp", "ccomp", "advcl") and _infinitive(t) for t in verb.subtree):
        return False  # "leaned on Damascus to hand over ..." presses; "theories lean heavily on X" do not
    if "sit" in lemmas and _pobj(verb, ("with",)) is None and not _for_talks(verb):
        return False  # "sat down with X" or "for a round of talks" is a meeting; "he sits down" is not
    if "closet" in lemmas and _as_actor(doc, _pobj(verb, ("with",))) is None:
        return False  # "was closeted with Hun Sen" is a meeting; "closeted himself in his office" is not
    if "order" in lemmas and ordered_out_of_a_room(verb):
        return False  # "ordered him out of the courtroom"; "ordered the envoy out of the country" expels
    if lemmas & MOBILIZING and not _forces_in_play(doc, verb, source):
        return False  # "mobilized voters", "reinforces the argument"
    if lemmas & APPEAL and not framed and _child(verb, "ccomp") is None and _pobj(verb, ("for",)) is None:
        return False  # "appealing to voters", "appealed the ruling"
    audience = _pobj(verb, ("to",)) if lemmas & APPEAL else None
    if audience is not None and audience.lemma_.lower() in AUDIENCES and _pobj(verb, ("for",)) is None:
        return False  # "trying to help the GOP appeal to women": to draw them, not to ask them
    if lemmas & (NEEDS_ACTOR_OBJECT | NEEDS_BOTH_ACTORS | LEGALISING) and not _particle_verb(verb):
        patient = _patient(verb)
        proposal = patient is not None and lemmas & {"back"} and patient.lemma_.lower() in PROPOSALS
        # "recognised the independence of Slovenia": Slovenia is recognised
        sovereign = patient is not None and patient.lemma_.lower() in SOVEREIGNTY and _as_actor(
            doc, _pobj(patient, ("of",))
        ) is not None
        proposal = proposal or sovereign
        if patient is None or (_as_actor(doc, patient) is None and not proposal) or _child(verb, "ccomp") is not None:
            return False
        recognised = lemmas & {"recognize", "recognise"} and patient.lemma_.lower() not in SOVEREIGNTY
        if recognised and not is_actor(doc, patient):
            return False  # "recognized Trump's triumph": acknowledged, no one recognised as a state or a ruler
        if lemmas & NEEDS_BOTH_ACTORS and source is None:
            return False
    if lemmas & NEEDS_ACTOR_TARGET and target is None and not {"down", "dead"} & set(_particles(verb) + [
        c.lower_ for c in verb.children if c.dep_ in ("oprd", "acomp", "advmod")
    ]):
        return False  # "shot a video" (but "shot down a helicopter", "shot dead")
    if lemmas & ASKING_SOMEONE and (target is None or target.dep_ not in ("dobj", "nsubjpass")):
        return False  # "invited criticism from the opposition", "lobbied hard for the bill": nobody asked
    if lemmas & NATURAL_CAUSES and source is None and (_child(verb, "nsubj") is not None or lemmas & PARALYSING):
        return False  # "the storm damaged the governor's residence": damage, no coercion
    if lemmas & RELEASE_OR_ROUND_UP:
        # "released the report", "images released by NASA", "rounded up support": what is released or
        # rounded up must be people (an actor or a captive) when it is named
        patient = _patient(verb) or (verb.head if verb.dep_ == "acl" and verb.tag_ == "VBN" else None)
        # the patient itself must be people, not a thing an actor is named in ("its U.S. Winter Outlook")
        people = patient is not None and (patient.lemma_.lower() in CAPTIVES or is_actor(doc, patient))
        # (a name an organisation owns is its product, whatever the tagger made of it: "NOAA released its U.S.
        # Winter Outlook")
        owned = patient is not None and patient.pos_ == "PROPN" and any(
            c.dep_ == "poss" and c.lower_ == "its" for c in patient.children
        )
        people = people and not owned
        if patient is not None and not people:
            return False
        released_from = _pobj(verb, ("from",))
        if released_from is not None and released_from.lemma_.lower() in NOT_CAPTIVITY:
            return False  # "released 40 workers from their contracts", "released from hospital"
        if lemmas & NEEDS_SOURCE_OR_CAPTIVE and source is None:
            return patient is not None and patient.lemma_.lower() in CAPTIVES
    return True


#: what recognising a state recognises: "the independence of X"
SOVEREIGNTY = frozenset({"independence", "sovereignty", "statehood"})
#: calling an envoy home
RECALLING = frozenset({"recall", "withdraw", "pull"})
#: "spoke by telephone with X", "talked over the phone"
PHONE_VERBS = frozenset({"speak", "talk", "confer", "chat"})
PHONES = frozenset({"phone", "telephone", "videophone"})
#: verbs of talking whose "with" the parser may hang on the topic or on the means
TALKING = frozenset({"discuss", "talk", "confer", "negotiate", "speak", "consult"})
#: the means of a talk: "by telephone"
TALK_MEANS = PHONES | {"video", "videolink", "link", "line"}


def _talked_with(doc: Doc, verb: Token) -> Token | None:
    """ "discussed the situation with the Saudi king", "by telephone with X": the one talked with, when
    the parser hangs "with" on the verb's object or on the means of the talk."""
    if verb.lemma_.lower() not in TALKING:
        return None
    holders = [c for c in verb.children if c.dep_ == "dobj"]
    holders += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "over", "via")
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in TALK_MEANS]  # fmt: skip
    for holder in holders:
        found = _as_actor(doc, _pobj(holder, ("with",)))
        if found is not None:
            return found
    return None


def _forces_in_play(doc: Doc, verb: Token, source: Token | None) -> bool:
    obj = _patient(verb)
    if obj is not None and (obj.lemma_.lower() in MEASURE_NOUNS | OF_HEADS or obj.lower_ in MEASURE_NOUNS):
        obj = _pobj(obj, ("of",)) or obj  # "deployed thousands of troops": the troops
    if obj is not None and obj.lemma_.lower() in FORCES:
        return True
    sent_ones = actor_of(doc, obj) if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None
    if sent_ones is not None and sent_ones.sector in ("military", "police"):
        return True  # "dispatched 4,000 National Guard members", "deployed Border Police officers"
    if obj is not None and obj.lower_ == "them" and any(
        t.lemma_.lower() in FORCES and t.pos_ == "NOUN" for t in verb.sent if t.i < obj.i
    ):
        return True  # "ordered U.S. forces to go on alert and was reinforcing them"
    if source is None:
        return False
    actor = actor_of(doc, source)
    return (actor is not None and actor.sector in ("military", "police", "rebel")) or source.lemma_.lower() in FORCES


def _particle_verb(verb: Token) -> bool:
    """Whether the verb is coded with its particle ("backed down"), not as the bare verb."""
    verbs = lexicon().verbs
    return any(key in verbs for key in _phrasal_lemmas(verb))


#: modifiers that make an exercise or a venture something done together (CAMEO 06x)
JOINT = frozenset({"joint", "combined", "bilateral"})
#: verbs that speak up for someone: "spoke out in defence of X", "came to the defence of X"
SPEAKING_UP = frozenset({"speak", "come", "write", "testify", "step", "leap", "leapt", "rush", "jump", "spring"})
BEHALF_NOUNS = frozenset({"defence", "defense", "support", "favour", "favor"})
#: bodies one may stand up for as a body: states' organs, forces, parties
POLITICAL_BODIES = frozenset({"government", "military", "police", "legislature", "judiciary", "party", "igo", "rebel"})
#: handing a suspect to another state's justice (CAMEO 063, judicial cooperation)
JUDICIAL_HANDOVER = frozenset({"extradite"})
#: approving aid for someone gives it
APPROVING = frozenset({"approve", "authorize", "authorise"})
#: investing is economic cooperation with whom the money goes to ("in X")
INVEST_VERBS = frozenset({"invest"})
#: ending one's own strike or protest eases dissent (CAMEO 082): "ended their strike"
ENDING = frozenset({"end", "suspend", "halt", "stop", "abandon", "lift"})
DISSENT = frozenset({"strike", "protest", "boycott", "sit-in", "demonstration", "walkout", "picket"})


#: police sent out in force, not to a call: "riot police", "extra police", "thousands of police"
POLICE_IN_FORCE = frozenset({"riot", "extra", "additional", "more", "paramilitary", "armed", "thousand", "hundred"})


def _force_sent(verb: Token, sent: Token) -> bool:
    """Troops sent or deployed, or police deployed in force ("riot police were deployed"; not "police
    were dispatched to the area after reports of gunfire", a call answered)."""
    sector = lexicon().sectors.get(sent.lemma_.lower())
    if sector == "military":
        return True
    in_force = any(c.lemma_.lower() in POLICE_IN_FORCE for c in sent.subtree if c.i < sent.i)
    return sector == "police" and (in_force or verb.lemma_.lower() == "deploy")


#: the kinds of act whose victims a condemnation of the act does not accuse
HARMS = frozenset({"ASSAULT", "FIGHT", "COERCE", "SANCTION"})


#: what befell someone, named by them: "Brown's death", "the disappearance of X"
DEATHS = frozenset({"death", "demise", "disappearance", "fate", "injury", "suicide", "drowning", "overdose"})


def _condemned_doer(doc: Doc, verb: Token, target: Token) -> Token | None:
    """The one a condemnation of a harmful act accuses: whoever did it ("condemned Israel's bombing of
    Gaza", "condemned the killing of three soldiers by rebels"), never the victims named after "of"
    ("condemned the killing of three soldiers" accuses nobody named)."""
    act = _child(verb, "dobj", "nsubjpass")
    if act is not None and act.lemma_.lower() in DEATHS and any(t.i == target.i for t in act.subtree):
        return None  # "the FBI office investigating Brown's death": Brown died, he is accused of nothing
    code = _noun_code(act) if act is not None else None
    if act is None or code is None or code[0] not in HARMS or target.i == act.i:
        return target
    if not any(t.i == target.i for t in act.subtree):
        return target  # named elsewhere ("condemned Israel for the bombing")
    victims = _pobj(act, ("of",))
    doer = next((c for c in act.children if c.dep_ == "poss"), None) or _pobj(act, ("by",))
    if doer is None and victims is not None:
        doer = _pobj(victims, ("by",))  # "the killing of three soldiers by rebels" ("by" hung on them)
    doer = doer or next((c for c in act.children if c.dep_ in ("amod", "compound") and actor_of(doc, c)), None)
    return _actor_token(doc, doer) if doer is not None else None


def _noun_warner(doc: Doc, tok: Token) -> Token | None:
    """Who gave the warning or threat whose content ``tok`` is: "New Delhi's warning that ...", "a threat
    by the rebels that ..."."""
    noun = tok.head
    if tok.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in ("warning", "threat"):
        return None
    return _as_actor(doc, _child(noun, "poss") or _pobj(noun, ("by", "from")))


def _cooperation_code(doc: Doc, tok: Token, code: Code | None, obj: Token | None) -> tuple[Code | None, Token | None]:
    """Cooperative readings a verb's lexicon code misses, and the target they name: a joint
    exercise is cooperation, not a show of force (CAMEO 062); talking by phone is a consultation
    (041); speaking up in defence of X supports X (052)."""
    if code is not None and code[0] == "MOBILIZE" and obj is not None:
        if any(t.lower_ in JOINT for t in obj.subtree if t.i < obj.i):
            return ("COOPERATE", None), None  # "held joint naval exercises", "joint air force drills"
    lemma = tok.lemma_.lower()
    own = obj if obj is not None else _child(tok, "dobj")
    if lemma in ENDING and own is not None and own.lemma_.lower() in DISSENT and _own(own):
        return ("CONCEDE", None), None  # "ended their sit-in" (not "police ended the protest")
    if lemma in ENDING and own is not None and _dissent_noun(own) and _dissenters(doc, tok):
        return ("CONCEDE", None), None  # "students ended a sit-in": who protests ends their own
    easing = _economic_easing(tok, own)
    if easing is not None:
        return easing, None
    if code is not None and code[0] == "MOBILIZE" and _to_peacekeeping(tok):
        return ("AID", "peacekeeping"), None
    if code is not None and code[0] == "CONSULT" and obj is not None and _monitors(obj):
        return ("RETREAT", "access"), None  # "received a mission of observers": let in (CAMEO 0862)
    if code is not None and lemma in JUDICIAL_HANDOVER:
        # "extradited a suspect to the United States": cooperation with the state that receives him
        receiver = _pobj(tok, ("to",)) or _handed_to(tok)
        found = _actor_token(doc, receiver) if receiver is not None and not _destination(doc, receiver) else None
        if found is not None:
            return ("COOPERATE", None), found
    receiver = _pobj(tok, ("to",)) if lemma in HANDING else None
    if code is not None and lemma in HANDING and (_wanted(_child(tok, "dobj", "nsubjpass")) or _a_court(receiver)):
        # "handed over to Azerbaijan a man wanted in Baku", "suspected pirates were transferred to Kenyan
        # authorities for prosecution", "surrendered a former militia leader to the International Criminal
        # Court": one state's justice helping another's, or an international court's
        found = _actor_token(doc, receiver) if receiver is not None and not _destination(doc, receiver) else None
        if found is not None:
            return ("COOPERATE", None), found
        if lemma == "transfer" and code[0] == "COOPERATE":
            return None, None  # "transferred the suspect to a hospital": custody moved, nobody helped
    if code is None and lemma in APPROVING and own is not None:
        aid = _noun_code(own) or (("AID", "economic") if own.lemma_.lower() in ("grant", "credit") else None)
        # "approved a loan to Kenya" (a lender's aid; not "approved a loan from China", a borrower's vote)
        given_to = _pobj(own, ("to", "for")) or _pobj(tok, ("to", "for"))
        recipient = _actor_token(doc, given_to)
        if recipient is None and given_to is not None:  # "a grant for Ethiopia's safety-net programme"
            recipient = _actor_token(doc, _child(given_to, "poss"))
        if aid is not None and aid[0] == "AID" and recipient is not None:
            return aid, recipient
        if aid is not None and aid[0] == "RETREAT" and aid[1] in ("release", "withdraw"):
            # "the cabinet approved the release of 400 prisoners": the release decided on
            return aid, _actor_token(doc, _pobj(own, ("of",)))
    if code is not None and lemma in INVEST_VERBS:
        return code, _actor_token(doc, _pobj(tok, ("in", "into")))  # "invested $5 billion in Egypt's ..."
    if code is not None:
        return code, None
    for prep in tok.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if lemma in PHONE_VERBS and prep.lower_ in ("by", "over", "on") and pobj.lemma_.lower() in PHONES:
                # with someone named, and not the press ("spoke to reporters by phone" is a statement)
                other = _actor_token(doc, _pobj(tok, ("with", "to")))
                if other is not None and other.lemma_.lower() not in PRESS:
                    return ("CONSULT", "phone"), other
            if lemma in SPEAKING_UP and prep.lower_ in ("in", "to") and pobj.lemma_.lower() in BEHALF_NOUNS:
                whom = _pobj(pobj, ("of",))
                whom = _actor_token(doc, whom) or (_actor_token(doc, _child(whom, "appos")) if whom else None)
                if whom is not None:  # "came to the defence of (its ally) Baku"
                    return ("SUPPORT", None), whom
    return None, None


#: sectors whose ending of a protest is policing it, not ending their own
STATE_ENDERS = frozenset({"government", "military", "police", "judiciary"})


def _dissent_noun(noun: Token) -> bool:
    return noun.lemma_.lower() in DISSENT or _hyphenated(noun) in DISSENT  # "sit-in" split by the parser


def _dissenters(doc: Doc, verb: Token) -> bool:
    """The subject of "ended a strike" is a group that protests (students, workers, the opposition),
    not a state body: the strike it ends is its own."""
    subj = _subject(doc, verb)
    actor = actor_of(doc, subj) if subj is not None else None
    return actor is not None and actor.sector is not None and actor.sector not in STATE_ENDERS and actor.sector != "-"


#: what a ban or restriction bars that makes it an economic sanction (CAMEO 085 when eased)
TRADE = frozenset({"import", "export", "trade", "good", "product", "investment", "shipment"})
EASING_VERBS = frozenset({"lift", "ease", "end", "relax", "scrap", "remove"})
RESTRICTIONS = frozenset({"ban", "restriction", "curb", "limit", "embargo", "boycott"})


def _economic_easing(verb: Token, obj: Token | None) -> Code | None:
    """ "lifted its ban on imports of Georgian wine": easing an economic sanction (RETREAT, CAMEO
    085), not easing an administrative one (CONCEDE)."""
    if verb.lemma_.lower() not in EASING_VERBS or obj is None or obj.lemma_.lower() not in RESTRICTIONS:
        return None
    barred = _pobj(obj, ("on",))
    if barred is not None and barred.lemma_.lower() in TRADE:
        return "RETREAT", "ease"
    return None


#: people a state lets in to watch or inspect it
MONITORS = frozenset({"inspector", "observer", "monitor", "peacekeeper", "investigator"})


def _monitors(obj: Token) -> bool:
    """ "a mission / team of observers": the visitors are monitors."""
    inner = _pobj(obj, ("of",))
    return inner is not None and inner.lemma_.lower() in MONITORS


#: what troops are sent to join when they go as peacekeepers
PEACEKEEPING = frozenset({"peacekeeping", "peacekeeper", "peace-keeping", "peacekeepers"})


def _to_peacekeeping(verb: Token) -> bool:
    """ "sent 800 soldiers to join the UN peacekeeping force (in X)": troops given as peacekeepers
    (AID, CAMEO 074), not a show of force."""
    places = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and _infinitive(c)]
    places += [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into")]
    for clause in places:
        for t in clause.subtree:
            if t.lower_ in PEACEKEEPING or t.lemma_.lower() in PEACEKEEPING:
                return True
    return False


#: verbs that hand someone over to others' custody
HANDING = frozenset({"hand", "turn", "transfer", "surrender"})
#: the courts a person may be handed to
COURTS = frozenset({"court", "tribunal"})


def _a_court(tok: Token | None) -> bool:
    """ "to the International Criminal Court", "to the tribunal"."""
    return tok is not None and (tok.lemma_.lower() in COURTS or any(t.lemma_.lower() in COURTS for t in tok.subtree))


#: who is wanted by justice: named so, or "suspected", "alleged", "wanted"
WANTED = frozenset({"suspect", "fugitive", "defendant", "accused", "convict", "indictee"})


def _wanted(person: Token | None) -> bool:
    """ "a man wanted in Baku on murder charges", "seven suspected Somali pirates", "the fugitive"."""
    if person is None:
        return False
    if person.lemma_.lower() in WANTED:
        return True
    return any(
        (c.dep_ == "acl" and c.lower_ == "wanted") or (c.dep_ == "amod" and c.lower_ in ("suspected", "alleged"))
        for c in person.children
    )


def _handed_to(verb: Token) -> Token | None:
    """ "extradited a man wanted for fraud to London": the "to" the parser hung inside the object."""
    obj = _child(verb, "dobj", "nsubjpass")
    if obj is None:
        return None
    return next((t for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ == "to" and t.pos_ == "PROPN"), None)


def _addressee(doc: Doc, verb: Token) -> Token | None:
    """Whom a directive verb addresses: "urged X", "called on X", "appealed to X" (a name there is
    someone asked to act, even one the entity stage did not type)."""
    cand = _child(verb, "dobj", "nsubjpass") or _pobj(verb, ("on", "upon", "to"))
    if cand is None:  # "called for X to withdraw"
        clause = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and _infinitive(c)), None)
        cand = _child(clause, "nsubj") if clause is not None else None
    if cand is None or _own(cand):
        return None
    found = _as_actor(doc, cand)
    if found is not None:
        return found
    return cand if cand.pos_ == "PROPN" else None


def _means_event(doc: Doc, tok: Token) -> _Found | None:
    """The event noun a harm verb names as its means ("killed in Israeli air strikes"), with its actor."""
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found = _noun_event(doc, pobj)
                    if found is not None and found.kind in ("ASSAULT", "FIGHT"):
                        return found
    return None


def _harm(tok: Token, kind: str, mode: str | None) -> Code:
    """ "killed in a suicide bombing" -> ASSAULT suicide-attack; "aircraft ... killed" -> FIGHT."""
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by"):
            for pobj in prep.children:
                code = _noun_code(pobj) if pobj.dep_ == "pobj" else None
                if code is not None and code[0] in ("ASSAULT", "FIGHT"):
                    return code
    for t in tok.subtree:
        if t.lemma_.lower() in WEAPONS and t.dep_ not in ("amod",) and t.i != tok.i:
            return "FIGHT", "heavy-weapons"
    subj = _child(tok, "nsubj")
    if subj is not None and any(t.lemma_.lower() in WEAPONS for t in subj.subtree):
        return "FIGHT", "heavy-weapons"
    victim = _child(tok, "nsubjpass", "dobj")
    if victim is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
        victim = tok.head  # "soldiers killed in the border clash"
    if victim is not None and lexicon().sectors.get(victim.lemma_.lower()) == "military":
        return "FIGHT", mode  # soldiers killed: combat between armed forces
    return kind, mode


def _vowed_harm(embedded: Token) -> bool:
    """The act promised is harm to someone: "retaliate", "crush", "deal mercilessly with"."""
    lemma = embedded.lemma_.lower()
    if _negated(embedded):
        return False
    if lemma in RETALIATION:
        return True
    if lemma == "deal":
        harsh = any(c.dep_ == "advmod" and c.lower_ in HARSH_MANNER for c in embedded.children)
        obj = _pobj(embedded, ("with",))
    else:
        harsh, obj = lemma in VOWED_HARM, _child(embedded, "dobj")
    if lemma in ("unleash", "launch", "wage") and obj is not None:
        # "vowed to unleash a wave of suicide bombings": harm named as a noun
        act = (_pobj(obj, ("of",)) if obj.lemma_.lower() in OF_HEADS else None) or obj
        code = _noun_code(act)
        return code is not None and code[0] in ("ASSAULT", "FIGHT")
    # done to someone ("crush the rebels", "punish those responsible"), not to a thing ("wipe out
    # corruption" is a promise)
    return harsh and obj is not None and (is_actor(embedded.doc, obj) or obj.lower_ in HARMED_PEOPLE)


#: who harm is vowed against when no one is named: "anyone taking part", "those responsible"
HARMED_PEOPLE = frozenset({"anyone", "anybody", "those", "whoever", "attempt", "protest", "protests", "uprising",
                           "rebellion", "revolt", "dissent", "opposition", "insurgency", "unrest", "riot", "riots",
                           "rioting", "mutiny", "insurrection", "demonstrations"})
