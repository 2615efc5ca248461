"""Verbal and cooperative acts as Reuters wire copy says them (round 7): constructions the lexicons
alone read wrong or miss. Each rule is about a construction, never about one sentence:

* **A protest lodged with someone is an accusation.** "made a sharp protest to the government",
  "protested to the embassy": a protest addressed to an actor is a diplomatic complaint (CAMEO 111/112,
  ACCUSE), not a demonstration; a protest in the street has no addressee.
* **No comment is no refusal.** "declined all comment", "refused comment": nothing is rejected
  (CAMEO 011, which PLOVER does not code), as "declined to comment" already is.
* **Regret for a mishap.** "said it regretted the incident", "expressed regret over the mistake": a
  party's regret for a mishap is an apology or an empathetic word (CAMEO 055/018, SUPPORT); regret for
  what another actor did ("regretted X's decision", "the killing by Y") is disapproval, left alone.
* **A deal greeted.** "greeted the peace deal by dancing", "greeted the decision with relief": greeting
  an agreement, a decision or news is welcoming it (SUPPORT), unless it is greeted "with scepticism".
* **A request turned down was made.** "denied the CIA's request": the REJECT does not swallow the
  request noun, which is the asker's own event when its asker is named.
* **Permission withheld.** "would not let his family see him", "did not allow reporters to enter": the
  one who withholds permission refuses the others (REJECT, target who was not let); what was not
  allowed is no event, and neither is what someone was let do ("let X V" as "allowed X to V").
* **A visit during which.** "said in a speech during a visit to New Zealand": the visitor is the one
  who acts in the clause the visit frames (as "is on a visit to" already reads).
* **Who organised a protest held it.** "organised a march", "led a strike" (CAMEO 141/143): PROTEST by
  the organiser, also where the parser reads the object as an adverb or an apposition ("organised
  last October's Million Man March").
* **"It was agreed with X."** The "it" of a passive agreement or decision is no party: whom it was
  agreed with is the target (the speaker's side agreed; who that is the clause does not say).
* **A speaker out of a time clause.** "the men, who freed the hostages after the plane landed and then
  appealed for asylum": a verb of asking, accusing or refusing parsed as joined to a time clause whose
  subject is a thing (no actor) belongs to the clause the time clause modifies; its subject asks.
* **The speaker's own talks.** " 'Discussions with the unions are continuing,' the company said": talks
  "with X" said to go on by someone who names no other party are the speaker's talks with X.
* **A call to act.** "answered Arafat's call to come to the city": a call with the act it asks for
  (an infinitive after it) is an appeal (REQUEST), as "a call for X" is; a call one makes, places,
  takes or returns is a telephone call.
* **Only once.** "says he will only visit Jerusalem once the occupation has ended": a future act
  promised only on a condition is no promise (AGREE) of it.
* **Honours need someone honoured.** "gave its annual award to X", "X was awarded a medal": SUPPORT of
  X (lexicon); "awarded prizes in contests" with nobody named as honoured is none.
* **Deals and predictions.** "made a great deal of money" is no deal; "predicted that X would make a
  deal" is the writer's forecast, not X's intent (AGREE) nor a threat; "Will X make a deal?" (a
  question mark on the clause, inside a longer sentence) asserts nothing.
* **What is asked for is not done.** "Germany has requested their deportation", "called for the release
  of the prisoners": the deportation and the release are what someone asks for; the asking is the
  event (REQUEST), the act asked for is none.
* **Dismissed as.** "dismissed the unrest as the work of foreigners" characterises; it refuses no
  proposal or demand (no REJECT).
* **A standing view.** "is opposed to every form of violence" states a view; it rejects nothing.
* **Talking about a topic.** "discussed Iran's breaches" alone is no consultation; "discussed Syria
  with Lavrov" consults Lavrov, not Syria.
* **No concession, no alert.** "lifted the title from X" takes it, "conceded that ..." admits, "the
  check yielded 35 migrants" produces them: a concession lifts a restriction, yields ground or power.
  "issued a health alert" warns the public; only forces are put on alert.
* **Labels and risks.** A heading that is a bare gerund ("Defending the Council") reports no act;
  "is threatened with collapse", with no one threatening, is a risk, not a threat.
* **Hosting nothing.** "served as host to the negotiations" is hosting talks (CONSULT); as host "to the
  Olympics" or with nothing named it is no consultation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.event_actors import actor_of, is_actor
from newsprobe.components.events.arguments import _actor_token, _as_actor, _subject
from newsprobe.components.events.modality import DIRECTIVE_NOUNS, FUTURE_AUX, _apply_modality, _modal, _negated
from newsprobe.components.events.syntax import (
    FRAME_DEMAND,
    REFUSING,
    SPEECH,
    _child,
    _dated,
    _Found,
    _infinitive,
    _noun_code,
    _of_objects,
    _pobj,
)

#: support verbs with which a protest is lodged with someone ("lodged a protest with the ministry")
LODGING = frozenset({"lodge", "make", "file", "register", "deliver", "send", "issue"})


def diplomatic_protest(doc: Doc, found: _Found) -> None:
    """A protest (verb or noun) addressed "to" an actor, or lodged "with" one, is an accusation:
    ``found`` becomes DISAPPROVE with that actor as its target."""
    trig = found.trigger
    if found.kind != "PROTEST" or found.mode != "demo" or trig.lemma_.lower() != "protest":
        return
    hosts = [trig] + ([found.anchor] if found.anchor is not trig else [])
    addressee = None
    for host in hosts:
        preps = ("to", "with") if host.lemma_.lower() in LODGING else ("to",)
        addressee = addressee or _actor_token(doc, _pobj(host, preps))
    if addressee is None:
        return
    found.kind, found.mode = "DISAPPROVE", None
    found.target_tok = found.target_tok or addressee


#: what "declined / refused" takes when it refuses nothing but a word: "declined all comment"
NO_COMMENT_NOUNS = frozenset({"comment", "interview", "elaboration", "confirmation", "question", "detail"})
#: what a speaker keeps back about themselves: "declined to give his name"
OWN_IDENTITY = frozenset({"name", "surname", "identity", "age", "nationality", "address"})


def no_comment(found: _Found) -> bool:
    """ "declined all comment on the reports": a REJECT that refuses only to speak."""
    trig = found.trigger
    if found.kind != "REJECT" or trig.lemma_.lower() not in REFUSING:
        return False
    obj = _child(trig, "dobj")
    if obj is None:
        said = _child(trig, "xcomp")  # "declined to give his name", "refused to be named"
        if said is not None and said.lemma_.lower() in ("give", "reveal", "disclose", "provide", "state"):
            obj = _child(said, "dobj")
            return obj is not None and obj.lemma_.lower() in OWN_IDENTITY
        return False
    return obj.lemma_.lower() in NO_COMMENT_NOUNS


#: mishaps one regrets: an apology or an empathetic word when nobody else is named as their doer
MISHAPS = frozenset(
    {"incident", "mistake", "error", "misunderstanding", "accident", "death", "loss", "remark", "comment",
     "statement", "violation", "intrusion", "incursion", "shooting", "killing", "clash", "delay", "inconvenience",
     "suffering", "casualty", "damage"}
)  # fmt: skip
REGRET_PREPS = ("over", "for", "at", "about")


def _own_mishap(doc: Doc, noun: Token | None) -> bool:
    """A mishap noun with no other actor named as having done it ("the incident", not "X's decision"
    nor "the killing by Y")."""
    if noun is None or noun.lemma_.lower() not in MISHAPS:
        return False
    if any(c.dep_ == "poss" and c.lower_ not in ("its", "their", "our", "his", "her") for c in noun.children):
        return False
    return _pobj(noun, ("by",)) is None


def regretted(doc: Doc, verb: Token) -> _Found | None:
    """ "regretted the incident", "expressed regret over the error": SUPPORT by the one who regrets."""
    lemma = verb.lemma_.lower()
    if lemma == "regret":
        mishap = _child(verb, "dobj")
    elif lemma in ("express", "voice"):
        obj = _child(verb, "dobj")
        if obj is None or obj.lemma_.lower() != "regret":
            return None
        mishap = _pobj(obj, REGRET_PREPS) or _pobj(verb, REGRET_PREPS)
    else:
        return None
    if not _own_mishap(doc, mishap):
        return None
    return _spoken(doc, verb, "SUPPORT", None)


#: what is greeted when it is welcomed: agreements, decisions, news
WELCOMED = frozenset(
    {"deal", "agreement", "accord", "treaty", "pact", "ceasefire", "truce", "decision", "announcement", "news",
     "result", "verdict", "ruling", "plan", "proposal", "move", "settlement", "release"}
)  # fmt: skip
#: a greeting "with" one of these is no welcome
COLD_RECEPTION = frozenset(
    {"scepticism", "skepticism", "suspicion", "anger", "dismay", "outrage", "fury", "derision", "disbelief",
     "caution", "concern", "alarm", "silence", "protest", "criticism", "contempt", "hostility", "indifference"}
)  # fmt: skip


def greeted(doc: Doc, verb: Token) -> _Found | None:
    """ "greeted the peace deal by singing": SUPPORT of it (an actor named in it is the target)."""
    if verb.lemma_.lower() != "greet":
        return None
    obj = _child(verb, "dobj") or _child(verb, "nsubjpass")
    if obj is None or obj.lemma_.lower() not in WELCOMED:
        return None
    reception = _pobj(verb, ("with",)) or _pobj(obj, ("with",))  # the parser hangs it on either
    if reception is not None and reception.lemma_.lower() in COLD_RECEPTION:
        return None
    found = _spoken(doc, verb, "SUPPORT", None)
    if found is not None:
        found.target_tok = _actor_token(doc, obj)
    return found


#: verbs of giving permission; "let X V" takes a bare infinitive clause
PERMITTING = frozenset({"let", "allow", "permit"})


def permitted_act(tok: Token) -> bool:
    """ "let his family see him": the bare infinitive under "let" is no event of its own (as "allowed
    X to see him" is not)."""
    return (
        tok.dep_ in ("ccomp", "xcomp")
        and tok.head.lemma_.lower() == "let"
        and tok.head.pos_ == "VERB"
        and not _infinitive(tok)
        and _child(tok, "nsubj") is not None
    )


def refused_permission(doc: Doc, verb: Token) -> _Found | None:
    """ "would not let his family meet him", "did not allow reporters to enter": REJECT of those not let."""
    if verb.lemma_.lower() not in PERMITTING or verb.pos_ != "VERB" or not _negated(verb) or _modal(verb):
        return None
    act = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)
    if act is None:
        return None
    who = _child(act, "nsubj") or _child(verb, "dobj")
    target = _actor_token(doc, who) if who is not None and who.lower_ != "it" else None
    source = _subject(doc, verb)
    if source is None or target is None or source.i == target.i or actor_of(doc, target) is None:
        return None  # "will not let it go": nobody is refused
    return _Found(verb, "REJECT", None, verb, source, target, [act.i])


def _spoken(doc: Doc, verb: Token, kind: str, mode: str | None) -> _Found | None:
    """The event ``verb`` says, by its subject, when asserted (not negated, not merely possible)."""
    moded = _apply_modality(kind, mode, verb)
    if moded is None or _negated(verb):
        return None
    source = _subject(doc, verb)
    if source is None:
        return None
    return _Found(verb, moded[0], moded[1], verb, source, None)


#: verbs of putting on a protest, and the protests they put on (a rally may be a campaign's)
ORGANISING = frozenset({"organise", "organize", "lead"})
PROTESTS = {
    "march": "demo", "protest": "demo", "demonstration": "demo", "sit-in": "demo", "picket": "demo",
    "strike": "boycott", "boycott": "boycott", "walkout": "boycott",
}  # fmt: skip


def organised_protest(doc: Doc, verb: Token) -> _Found | None:
    """ "organised a march", "led the strike": PROTEST by the organiser."""
    if verb.lemma_.lower() not in ORGANISING or verb.pos_ != "VERB":
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
    objs += [a for o in objs for a in o.children if a.dep_ == "appos"]
    protest = next((o for o in objs if o.lemma_.lower() in PROTESTS or o.lower_ in PROTESTS), None)
    if protest is None:
        return None
    mode = PROTESTS.get(protest.lemma_.lower()) or PROTESTS[protest.lower_]
    found = _spoken(doc, verb, "PROTEST", mode)
    if found is not None:
        found.consumed.append(protest.i)
        found.target_tok = _actor_token(doc, _pobj(protest, ("against",)) or _pobj(verb, ("against",)))
    return found


#: nouns of a condition set: "made X a condition of any new talks"
CONDITIONS = frozenset({"condition", "precondition", "pre-condition", "prerequisite"})


def made_a_condition(doc: Doc, verb: Token) -> _Found | None:
    """ "The Chechen leadership has made mediation by the OSCE a condition of any new talks with
    Moscow", "made a summit with the Abkhaz leadership a precondition for renewing the truce": a demand
    (CAMEO 10) by the subject; its target is the other side of the talks, or of what is demanded."""
    if verb.lemma_.lower() != "make" or _negated(verb) or _modal(verb):
        return None
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")]
    condition = next((c for c in nouns if c.lemma_.lower() in CONDITIONS), None)
    if condition is None:
        return None
    demanded = next((c for c in nouns if c.i < condition.i and c.dep_ == "dobj"), None) or _child(condition, "nsubj")
    if demanded is None:
        return None
    source = _subject(doc, verb)
    actor = actor_of(doc, source) if source is not None else None
    if actor is None or actor.sector in ("civilian", "health", "education", "media", "business"):
        return None  # "the doctor made a full recovery a condition of his return": no political demand
    talks = _pobj(condition, ("of", "for"))
    inner = _child(talks, "dobj") if talks is not None and talks.pos_ == "VERB" else talks
    target = None
    for side in (inner, demanded):
        if side is not None and target is None:
            target = _as_actor(doc, _pobj(side, ("with",)))
    consumed = [t.i for t in (demanded, inner) if t is not None]
    return _Found(verb, "DEMAND", None, verb, source, target, consumed)


def wire_verbal_event(doc: Doc, verb: Token) -> _Found | None:
    """The events of this module said by a verb no lexicon entry codes."""
    found = regretted(doc, verb) or greeted(doc, verb) or refused_permission(doc, verb) or organised_protest(doc, verb)
    return found or made_a_condition(doc, verb) or suspended_member(doc, verb) or questioned_by_police(doc, verb)


#: verbs of putting a member out of a body: "suspended Nigeria from the Commonwealth"
SUSPENDING = frozenset({"suspend", "expel"})
#: verbs this module reads
WIRE_VERBS = (
    frozenset({"regret", "express", "voice", "greet", "make", "question"}) | PERMITTING | ORGANISING | SUSPENDING
)
#: who questions people as an inquiry: police and the courts, and those named for it
QUESTIONING_SECTORS = frozenset({"police", "judiciary"})
INVESTIGATORS = frozenset({"investigator", "detective", "interrogator", "fbi", "inspector"})


def questioned_by_police(doc: Doc, verb: Token) -> _Found | None:
    """ "Israeli police questioned the prime minister", "investigators questioned two men over the bombing":
    INVESTIGATE by police, prosecutors or investigators of a person (a senator who "questioned the wisdom
    of the deal" doubts it; "questioned the decision" names no one)."""
    if verb.lemma_.lower() != "question" or verb.pos_ != "VERB" or _negated(verb):
        return None
    subject = _subject(doc, verb)
    if subject is None:
        return None
    asker = actor_of(doc, subject)
    if asker is None or (asker.sector not in QUESTIONING_SECTORS and subject.lemma_.lower() not in INVESTIGATORS):
        return None
    obj = _child(verb, "dobj", "nsubjpass")
    if obj is None:
        return None
    person = actor_of(doc, obj)
    if person is None or (obj.ent_type_ != "PERSON" and person.sector is None):
        return None
    moded = _apply_modality("INVESTIGATE", None, verb)
    if moded is None:
        return None
    return _Found(verb, moded[0], moded[1], verb, subject, _actor_token(doc, obj))


def suspended_member(doc: Doc, verb: Token) -> _Found | None:
    """ "The Commonwealth suspended Nigeria", "Nigeria was suspended from the Commonwealth", "Egypt was
    expelled from the Arab League": SANCTION by the body on the member state. The member must be a
    country, the body an organisation (named as the subject or "from" it); a player suspended from a
    team or a student expelled from school is no member state."""
    if verb.lemma_.lower() not in SUSPENDING or verb.pos_ != "VERB" or _negated(verb):
        return None
    member = _child(verb, "dobj", "nsubjpass")
    state = actor_of(doc, member) if member is not None and member.pos_ == "PROPN" else None
    if state is None or state.country is None or state.sector not in (None, "government"):
        return None
    subject = _child(verb, "nsubj")
    body_tok = subject if subject is not None else _pobj(verb, ("from",))
    if body_tok is None or body_tok.pos_ != "PROPN" or body_tok.ent_type_ != "ORG":
        return None
    body = _subject(doc, verb) if subject is not None else _actor_token(doc, body_tok)
    moded = _apply_modality("SANCTION", "discontinue", verb)
    if body is None or moded is None:
        return None
    return _Found(verb, moded[0], moded[1], verb, body, _actor_token(doc, member))


#: verbs of talks going on
ONGOING = frozenset({"continue", "resume", "progress", "proceed", "begin", "start"})


def own_talks(doc: Doc, noun: Token) -> Token | None:
    """The speaker of "<talks with X> are continuing, Y said" as the talks' other side."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in ONGOING or verb.dep_ != "ccomp":
        return None
    if _actor_token(doc, _pobj(noun, ("with",))) is None or _negated(verb) or _modal(verb):
        return None
    cue = verb.head
    return _subject(doc, cue) if cue.lemma_.lower() in SPEECH else None


#: verbs of telephone calls: "made a call to check on her"
PHONING = frozenset({"make", "place", "take", "receive", "return", "get", "answer_phone"})


def call_to_act(noun: Token) -> bool:
    """ "X's call to come to the city", "X's call earlier this week to come": an infinitive right after
    "call" (a time phrase between), on it or on its verb."""
    doc = noun.doc
    j = noun.i + 1
    while j < len(doc) and (doc[j].ent_type_ in ("DATE", "TIME") or doc[j].pos_ == "ADV" or _dated(doc[j])):
        j += 1
    if noun.lemma_.lower() != "call" or j + 1 >= len(doc) or doc[j].lower_ != "to":
        return False
    clause = doc[j + 1]
    if clause.pos_ != "VERB" or not _infinitive(clause):
        return False
    if clause.head.i == noun.i and clause.dep_ == "acl":
        return True
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and clause.head.i == verb.i
        and clause.dep_ in ("advcl", "xcomp")
        and verb.lemma_.lower() not in PHONING
        and _child(noun, "poss") is not None
    )


#: conditions an act is promised only on: "will only visit once the occupation ends"
CONDITION_MARKS = frozenset({"once", "if", "when", "after", "until", "unless"})


def only_on_condition(found: _Found) -> bool:
    """An AGREE read from a future act that is said to happen "only" on a condition."""
    trig = found.trigger
    if found.kind != "AGREE" or not any(c.dep_ == "advmod" and c.lower_ == "only" for c in trig.children):
        return False
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in trig.children
    )


#: what honours someone when given
HONOURS = frozenset({"prize", "award", "medal", "honour", "honor", "decoration", "doctorate"})
#: verbs of forecasting: a future act under them is the forecaster's guess
PREDICTING = frozenset({"predict", "forecast", "expect", "speculate", "guess", "bet", "doubt", "wonder", "fear"})


def honours_nobody(doc: Doc, found: _Found) -> bool:
    """An award given with no one named as receiving it."""
    honour = any(doc[i].lemma_.lower() in HONOURS for i in found.consumed)
    if found.kind != "SUPPORT" or not honour:
        return False
    if found.target_tok is None:  # "the leader who was awarded a prize": the relative's antecedent
        found.target_tok = _as_actor(doc, _child(found.trigger, "nsubjpass"))
    return found.target_tok is None


def no_deal(doc: Doc, found: _Found) -> bool:
    """ "a great deal of money": an amount, not an agreement."""
    return found.kind == "AGREE" and any(
        doc[i].lemma_.lower() == "deal" and _pobj(doc[i], ("of",)) is not None for i in found.consumed
    )


def forecast(found: _Found) -> bool:
    """ "predicted that X would make a deal / attack": a future act under a forecasting verb."""
    trig = found.trigger
    if found.kind not in ("AGREE", "THREATEN") or trig.dep_ != "ccomp":
        return False
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in trig.children)
    return future and trig.head.lemma_.lower() in PREDICTING


def asked_in_passing(found: _Found) -> bool:
    """ "Will Trump make a deal with X?" quoted inside a longer sentence: a question mark on the clause."""
    trig = found.trigger
    return any(c.text == "?" and c.dep_ == "punct" for c in trig.children)


#: hosting phrases ("served as host to"): the phrase keys whose object is the host noun
HOSTING = frozenset({"serve", "act", "play"})
#: gatherings for talks: hosting one is a consultation (a festival, a game or a party is none)
TALK_GATHERINGS = frozenset(
    {"conference", "summit", "meeting", "talk", "forum", "congress", "convention", "session", "round",
     "negotiation", "consultation", "dialogue", "delegation", "visit"}
)  # fmt: skip


def hosts_nothing(doc: Doc, found: _Found) -> bool:
    """ "served as host to the Olympics", "hosted an event": hosting is a consultation only of talks
    or of an actor."""
    trig = found.trigger
    if found.kind != "CONSULT" or trig.lemma_.lower() not in HOSTING | {"host"}:
        return False
    host = next((doc[i] for i in found.consumed if doc[i].lemma_.lower() == "host"), None)
    if host is None:
        hosted = _child(trig, "dobj") if trig.lemma_.lower() == "host" else None
        if hosted is None or _actor_token(doc, hosted) is not None or hosted.lemma_.lower() in TALK_GATHERINGS:
            return False
        guest = _pobj(trig, ("for",)) or _pobj(hosted, ("for",))
        if guest is not None and _actor_token(doc, guest) is not None:
            return False  # "hosted a dinner for the visiting president"
        code = _noun_code(hosted)
        return code is None or code[0] != "CONSULT"  # "hosted an event", "hosted the Olympics"
    guest = _pobj(host, ("to", "for")) or _pobj(trig, ("to", "for"))
    if guest is None:
        return True
    if _actor_token(doc, guest) is not None:
        return False
    return not any((code := _noun_code(g)) is not None and code[0] == "CONSULT" for g in _of_objects([guest]))


#: kinds only a speaker does (as ``recall_verbal.SPEAKER_KINDS``)
SPEAKING_KINDS = frozenset({"DEMAND", "DISAPPROVE", "REJECT"})
TIME_MARKS = frozenset({"after", "before", "when", "once", "as", "until"})


def speaker_out_of_time_clause(doc: Doc, verb: Token, kind: str) -> Token | None:
    """The asker of a speaking verb the parser joined to a time clause about a thing."""
    if kind not in SPEAKING_KINDS or verb.dep_ != "conj" or _child(verb, "nsubj", "nsubjpass") is not None:
        return None
    clause = verb.head
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children):
        return None
    thing = _child(clause, "nsubj")
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or is_actor(doc, thing):
        return None
    return _subject(doc, clause.head)


#: verbs whose passive takes an empty "it": "it was agreed / decided / settled that ..."
SETTLING = frozenset({"agree", "decide", "settle", "arrange"})


def agreed_with(doc: Doc, found: _Found) -> None:
    """ "It was agreed with X": the target is X, not "it"."""
    trig = found.trigger
    subj = _child(trig, "nsubjpass")
    if trig.lemma_.lower() not in SETTLING or subj is None or subj.lower_ != "it":
        return
    found.target_tok = _actor_token(doc, _pobj(trig, ("with",)))
    if found.source_tok is not None and found.source_tok.i == subj.i:
        found.source_tok = None


#: what is asked: turning it down leaves the asking an event of its own ("denied the CIA's request")
ASKED = frozenset({"request", "application", "petition", "plea", "appeal", "demand"})


#: verbs whose object is what they ask for: "requested their deportation", "seeks the release of"
ASKING_FOR = FRAME_DEMAND | frozenset({"seek", "want"})


#: verbs whose "for" is what a crowd or a campaign wants: "chanting for the resignation of X"
CLAMOURING = ASKING_FOR | frozenset(
    {"chant", "clamour", "clamor", "campaign", "rally", "march", "protest", "demonstrate", "agitate", "lobby",
     "plead", "pray", "hope", "wait", "shout", "cry", "petition", "beg"}
)  # fmt: skip


def asked_for(found: _Found) -> bool:
    """A noun event that is only asked for: the object of "requested" or "seek", or "for" after
    "called", "appealed", "pressed" or after a call, a demand or a plea ("echoing X's call for Y's
    resignation")."""
    trig = found.trigger
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    gov = trig.head
    if trig.dep_ == "pobj" and gov.lower_ == "for" and gov.dep_ == "prep":
        gov = gov.head
        if gov.pos_ == "NOUN" and gov.lemma_.lower() in DIRECTIVE_NOUNS:
            return True
        if gov.pos_ == "VERB" and gov.lemma_.lower() in CLAMOURING:
            return True  # "chanting for the resignation of a government", "campaigned for his release"
    elif trig.dep_ != "dobj":
        return False
    return gov.pos_ == "VERB" and gov.lemma_.lower() in ASKING_FOR


#: what is put to someone to accept: dismissing it is turning it down
PROPOSED = ASKED | frozenset({"proposal", "offer", "plan", "call", "idea", "initiative", "suggestion", "ultimatum",
                               "bid", "overture", "invitation", "proposition", "peace"})


def dismissed_as(found: _Found) -> bool:
    """ "dismissed the unrest as the work of foreigners": a characterisation, no refusal of anything."""
    trig = found.trigger
    if found.kind != "REJECT" or trig.lemma_.lower() not in ("dismiss", "brush", "wave"):
        return False
    obj = _child(trig, "dobj")
    if obj is not None and obj.lemma_.lower() in PROPOSED:
        return False  # "dismissed the proposal as unworkable" turns the proposal down
    holders = [trig] if obj is None else [trig, obj]
    return any(c.dep_ == "prep" and c.lower_ == "as" for h in holders for c in h.children)


def standing_opposition(found: _Found) -> bool:
    """ "Islam is opposed to every form of violence", "the party is opposed to the bill": a standing
    view said with "be opposed to", no act of rejecting anything."""
    trig = found.trigger
    return (
        trig.lemma_.lower() == "oppose"
        and any(c.dep_ == "auxpass" and c.lemma_.lower() == "be" for c in trig.children)
        and _pobj(trig, ("by",)) is None
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in trig.children)
    )


AMOUNTS = frozenset({"little", "much", "more", "less"})


def shown(found: _Found) -> bool:
    """ "evidence demonstrating misconduct", "has demonstrated little grit", "demonstrates that ...":
    to demonstrate something is to show it; only demonstrating with no object is a protest."""
    trig = found.trigger
    if found.kind != "PROTEST" or trig.lemma_.lower() != "demonstrate":
        return False
    amount = any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in AMOUNTS for c in trig.children)
    return amount or _child(trig, "dobj", "ccomp", "xcomp", "nsubjpass") is not None  # "demonstrated little of"


#: what is lifted when lifting is a concession (CAMEO 081-085): a restriction someone imposed
RESTRICTIONS = frozenset(
    {"ban", "restriction", "excommunication", "suspension", "sanction", "embargo", "siege", "blockade", "curfew",
     "emergency", "order", "veto", "moratorium", "boycott", "cap", "limit", "freeze", "closure", "lockdown",
     "control", "censorship", "prohibition", "injunction", "quota", "tariff", "travel", "visa", "measure"}
)  # fmt: skip
#: what is yielded when yielding is giving way: power, ground, a seat
YIELDED = frozenset({"power", "control", "ground", "territory", "seat", "office", "authority", "floor", "demand"})


def no_concession(found: _Found) -> bool:
    """ "lifted the title from Goldwater" (took it), "conceded that this meant ..." (admitted), "a
    check yielded 35 migrants" (produced): a concession lifts a restriction, concedes defeat or a
    point at issue, yields ground."""
    trig = found.trigger
    if found.kind != "CONCEDE":
        return False
    lemma = trig.lemma_.lower()
    obj = _child(trig, "dobj", "nsubjpass")
    if obj is not None and obj.lower_ in ("which", "that") and trig.dep_ == "relcl":
        obj = trig.head  # "sanctions, which the U.S. lifted"
    if lemma == "lift":
        return obj is None or obj.lemma_.lower() not in RESTRICTIONS
    if lemma == "concede":
        return _child(trig, "ccomp") is not None
    if lemma == "yield":
        return obj is not None and obj.lemma_.lower() not in YIELDED
    return False


#: what is raised as an alert for the public, not forces: "issued a health alert"
CIVIL_ALERTS = frozenset(
    {"health", "travel", "weather", "storm", "flood", "tsunami", "heat", "fire", "amber", "email", "news", "media",
     "consumer", "safety", "smog", "pollution", "drought", "avalanche", "traffic", "product", "food"}
)  # fmt: skip


def civil_alert(found: _Found) -> bool:
    trig = found.trigger
    return (
        found.kind == "MOBILIZE"
        and trig.lemma_.lower() == "alert"
        and any(c.dep_ in ("compound", "amod") and c.lower_ in CIVIL_ALERTS for c in trig.children)
    )


#: verbs of talking about something: the object is the topic, the partner comes with "with"
TOPIC_VERBS = frozenset({"discuss", "debate"})


#: people one discusses a matter with (never a matter discussed): "the situation with the Saudi king"
COUNTERPARTS = frozenset(
    {"king", "emir", "president", "minister", "counterpart", "premier", "chancellor", "envoy", "ambassador",
     "leader", "secretary", "prince", "sultan", "monarch"}
)  # fmt: skip


def _counterpart_with(topic: Token, target: Token) -> bool:
    """ "discussed the situation with the Saudi king": the parser hangs "with" on the topic, but a
    person named there is the one talked with ("cooperation with the private sector" is the topic)."""
    prep = target.head
    if target.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i != topic.i:
        return False
    return target.ent_type_ == "PERSON" or target.lemma_.lower() in COUNTERPARTS


def discussed_alone(doc: Doc, found: _Found) -> bool:
    """ "Before Trump discussed Iran's breaches of the deal": one speaker talking about a topic is
    no consultation. "discussed Syria with Lavrov", "Kerry and Lavrov discussed Syria": the partner
    is the target, never the topic (which ``found`` then drops)."""
    trig = found.trigger
    if found.kind != "CONSULT" or trig.lemma_.lower() not in TOPIC_VERBS:
        return False
    topic = _child(trig, "dobj", "nsubjpass")
    target = found.target_tok
    if topic is not None and target is not None and topic.left_edge.i <= target.i <= topic.right_edge.i:
        if not _counterpart_with(topic, target):
            found.target_tok = None
    with_ = _pobj(trig, ("with",))
    partner = _actor_token(doc, with_) if with_ is not None else None
    subj = _child(trig, "nsubj")
    if subj is not None and subj.lower_ in ("who", "that", "which") and trig.dep_ == "relcl":
        subj = trig.head  # "Lebed and top officials, who discussed ..."
    joined = subj is not None and any(c.dep_ == "conj" for c in subj.children)
    if partner is not None:
        found.target_tok = found.target_tok or partner
        return False
    if joined and subj is not None and found.target_tok is None:
        found.target_tok = next((_actor_token(doc, c) for c in subj.children if c.dep_ == "conj"), None)
    many = subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we"))
    return not (joined or many or found.target_tok is not None)


def label_fragment(found: _Found) -> bool:
    """ "Defending the Council by Defending the Status Quo": a heading or label that is a bare gerund
    with no subject reports no act."""
    trig = found.trigger
    return trig.dep_ == "ROOT" and trig.tag_ == "VBG" and _child(trig, "nsubj", "aux", "auxpass") is None


#: what a thing is "threatened with" when no one threatens it: "the regime is threatened with collapse"
PERILS = frozenset(
    {"collapse", "extinction", "closure", "bankruptcy", "ruin", "destruction", "starvation", "famine",
     "shutdown", "obsolescence", "irrelevance", "disintegration", "breakup", "default", "insolvency"}
)  # fmt: skip


def at_risk(found: _Found) -> bool:
    """A passive "threatened with collapse", no threatener named: a risk, no threat (THREATEN)."""
    trig = found.trigger
    if found.kind != "THREATEN" or trig.lemma_.lower() != "threaten" or _pobj(trig, ("by",)) is not None:
        return False
    peril = _pobj(trig, ("with",))
    return _child(trig, "auxpass") is not None and peril is not None and peril.lemma_.lower() in PERILS


def wire_verbal_repair(doc: Doc, found: _Found) -> _Found | None:
    """``found`` as this module reads it, or ``None`` when it is no event."""
    if label_fragment(found) or at_risk(found):
        return None
    if dismissed_as(found) or standing_opposition(found) or discussed_alone(doc, found) or shown(found):
        return None
    if no_concession(found) or civil_alert(found):
        return None
    if no_comment(found) or hosts_nothing(doc, found) or only_on_condition(found) or asked_for(found):
        return None
    if honours_nobody(doc, found) or no_deal(doc, found) or forecast(found) or asked_in_passing(found):
        return None
    if found.kind == "REJECT":  # the request denied was made: its noun keeps its own event
        found.consumed = [i for i in found.consumed if doc[i].lemma_.lower() not in ASKED]
    diplomatic_protest(doc, found)
    agreed_with(doc, found)
    return found
