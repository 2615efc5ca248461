"""Criticism and other verbal acts as political news says them (round 8): a speaker's negative
evaluation of a named actor, and readings of political copy the lexicons get wrong. Each rule is about
a construction, never about one sentence, and fires alike for any party:

* **An evaluation of an actor, said.** " 'X's remarks were offensive and wrong,' Y said", " 'I find
  X's new law disturbing,' Y said", "Y said X was reckless", " 'the failed and destructive X
  administration,' Y said": a clear negative evaluation (``NEGATIVE_EVALUATION``) of a named or
  resolved actor, or of that actor's words or acts ("X's comments", "X's law"), said by a resolved
  speaker, is the speaker's criticism (DISAPPROVE -> ACCUSE), the speaker's own act (outlet voice).
  Nothing fires without a speaker (the outlet describing events), without an actor evaluated (policy
  talk: "the cuts would be devastating"; things: "the storm was destructive", "markets were
  disappointing"), on a negated evaluation ("was not wrong"), or on a speaker judging themselves.
* **Saddened by someone's words.** "Y said she was saddened by X's claim", " 'I am appalled by X's
  remarks,' Y said": a said dismay at what a named actor said or did is criticism of that actor.
* **A critique offered.** "offered a harsh critique of X's plan": the lexicon reads "offer" as a
  promise; a critique or criticism offered, voiced or levelled is criticism of the actor in it.
* **Urged in other words.** "encouraged X to listen", "lobbied members to switch their votes": an
  appeal (DEMAND -> REQUEST) to the one asked, only with an infinitive of what is asked ("encouraged
  by the results" is a feeling).
* **Figurative attacks.** "shunning him" is a refusal (REJECT, as "snubbed"); "hammered X for being
  soft", "lashed out at X", "took a swipe / hits at X" are criticism of X (DISAPPROVE) by the subject.
* **A plea in court is no appeal.** "pleaded guilty / not guilty / no contest": a plea to a charge, not
  a request (PLOVER codes no admission of guilt as a request of anyone).
* **A class of people is no actor.** "people who attack my family", "those who support the plan": a
  generic noun ("people", "those", "anyone") restricted by a present-tense relative clause names a
  kind of people, not someone who did something: no event has it as its source or target.
* **A pledge signed is a promise.** "signed a promise / pledge not to run": AGREE, not the support
  that signing an agreement is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.entities import entity_at
from newsprobe.components.event_actors import actor_of, candidate_campaign
from newsprobe.components.events.arguments import _actor_token, _pronoun_antecedent, _subject
from newsprobe.components.events.modality import _negated
from newsprobe.components.events.syntax import (
    FRAME_AGREE,
    PACTS,
    SPEECH,
    _child,
    _dated,
    _Found,
    _noun_code,
    _pobj,
)

#: adjectives that say, of an actor or of what it said or did, that it is bad (not merely sad, big
#: or costly): written from the sense, for any side
NEGATIVE_EVALUATION = frozenset(
    {"offensive", "wrong", "disgraceful", "reprehensible", "appalling", "outrageous", "shameful", "disturbing",
     "destructive", "irresponsible", "reckless", "dishonest", "deceitful", "hypocritical", "despicable",
     "deplorable", "disgusting", "contemptible", "inexcusable", "unacceptable", "unconscionable", "incompetent",
     "corrupt", "cowardly", "shameless", "abhorrent", "repugnant", "insulting", "misguided", "dangerous",
     "divisive", "racist", "bigoted", "hateful", "false", "misleading", "ridiculous", "absurd", "pathetic",
     "dishonorable", "dishonourable", "indefensible", "unfit", "unhinged", "failed"}
)  # fmt: skip
#: of these, the ones that evaluate an actor even as a plain modifier ("the reckless X government");
#: "false", "wrong", "dangerous", "failed" before a noun often only classify it
ATTRIBUTIVE = NEGATIVE_EVALUATION - frozenset({"false", "wrong", "dangerous", "failed", "disturbing", "misleading"})
#: what an actor says, does or makes, whose evaluation is an evaluation of the actor ("X's comments")
WORDS_AND_ACTS = frozenset(
    {"comment", "remark", "statement", "claim", "word", "speech", "decision", "law", "policy", "action", "act",
     "conduct", "behavior", "behaviour", "response", "handling", "attack", "accusation", "allegation", "tweet",
     "post", "ad", "advertisement", "rhetoric", "record", "plan", "proposal", "bill", "order", "move", "choice",
     "leadership", "administration", "government", "campaign", "approach", "stance", "position", "vote", "veto"}
)  # fmt: skip
#: verbs that state the evaluation they take: "I find X disturbing", "called X reckless"
JUDGING = frozenset({"find", "call", "consider", "deem", "label", "brand"})
#: copulas an evaluation is predicated with
COPULAS = frozenset({"be", "seem", "sound", "look", "remain", "become"})
#: marks of a clause that asserts nothing ("if X is wrong")
CONDITIONS = frozenset({"if", "whether", "unless"})
#: pronouns that may stand for a resolved actor as the one evaluated (not "it", "they", "I", "we")
EVALUATED_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _quote_speaker(doc: Doc, tok: Token) -> Token | None:
    """The speaker's token, for a token inside the content of a quote whose speaker is in the text."""
    for quote in doc._.quotes or []:
        if quote.content.start <= tok.idx < quote.content.end and quote.speaker is not None:
            span = doc.char_span(quote.speaker.mention.start, quote.speaker.mention.end, alignment_mode="expand")
            if span is None or (span.root.dep_ == "pobj" and span.root.head.lower_ == "to"):
                return None  # "Ex-priests to Pope X: '...'": the one after "to" is addressed, not speaking
            return span.root
    return None


def _said_by(doc: Doc, clause: Token) -> Token | None:
    """Who says ``clause``: the subject of the speech verb it is the content of, else the speaker of the
    quote it stands in; ``None`` when nobody is named (the outlet's own description)."""
    cur = clause
    for _ in range(3):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in SPEECH and cur.head.pos_ == "VERB":
            subj = _subject(doc, cur.head)
            if subj is not None:
                return subj
            break
        if cur.dep_ not in ("conj", "xcomp", "ccomp") or cur.head.i == cur.i:
            break
        cur = cur.head
    return _quote_speaker(doc, clause)


def _evaluated_actor(doc: Doc, tok: Token | None) -> Token | None:
    """The actor ``tok`` names ("X", "the X administration", a resolved "he"), or whose words or acts
    it names ("X's comments"); ``None`` for things and for unresolved pronouns."""
    if tok is None:
        return None
    if tok.pos_ == "PRON":
        if tok.lower_ not in EVALUATED_PRONOUNS:
            return None
        return tok if actor_of(doc, tok) is not None else None
    if tok.lemma_.lower() in WORDS_AND_ACTS:
        poss = _child(tok, "poss")
        compound = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        owner = poss or compound
        if owner is None or (owner.pos_ == "PRON" and owner.lower_ not in ("his", "her")):
            return None
        if owner.pos_ == "PRON":
            return owner if actor_of(doc, owner) is not None else None
        if owner.dep_ == "compound":  # "the X administration": the phrase may be the actor itself
            return _actor_token(doc, owner) or _actor_token(doc, tok)
        return _actor_token(doc, owner)
    if tok.pos_ != "PROPN":
        return None  # "the storm", "the markets", "the cuts": no actor named
    named = _actor_token(doc, tok)
    return named if named is not None and _named(doc, named) else None  # not a capitalised "Naivete"


def _named(doc: Doc, tok: Token) -> bool:
    """A resolved speaker: an actor with an entity ("Senator X", a resolved "she"), not "critics"."""
    found = actor_of(doc, tok)
    return found is not None and found.entity_id is not None


def _same(doc: Doc, a: Token, b: Token) -> bool:
    if a.i == b.i:
        return True
    x, y = actor_of(doc, a), actor_of(doc, b)
    return x is not None and y is not None and x.entity_id is not None and x.entity_id == y.entity_id


def _first_of_chain(adj: Token) -> Token:
    """ "offensive and wrong": the first adjective of a coordination carries its syntax."""
    while adj.dep_ == "conj" and adj.head.pos_ == "ADJ":
        adj = adj.head
    return adj


def evaluative_criticism(doc: Doc, adj: Token) -> _Found | None:
    """A negative evaluation of a named actor said by a resolved speaker: DISAPPROVE, speaker -> actor."""
    if adj.lower_ not in NEGATIVE_EVALUATION or (adj.pos_ not in ("ADJ", "VERB") and adj.dep_ != "oprd"):
        return None  # the parser reads "called X reprehensible" with a noun "reprehensible" at times
    head_adj = _first_of_chain(adj)
    chain = [head_adj] + [c for c in head_adj.children if c.dep_ == "conj" and c.pos_ == "ADJ"]
    words = ATTRIBUTIVE if head_adj.dep_ == "amod" else NEGATIVE_EVALUATION
    first = next((a for a in chain if a.lower_ in words), None)
    if first is None or first.i != adj.i:
        return None  # one criticism per coordination, on its first evaluative word
    if any(c.lower_ in ("not", "never", "n't", "hardly", "less") for c in head_adj.children):
        return None
    clause = head_adj.head
    if head_adj.dep_ == "acomp" and clause.lemma_.lower() in COPULAS:
        if _negated(clause) or any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children):
            return None
        evaluated = _child(clause, "nsubj")
        speaker = _said_by(doc, clause)
    elif head_adj.dep_ in ("ccomp", "oprd", "xcomp") and clause.lemma_.lower() in JUDGING and clause.pos_ == "VERB":
        if _negated(clause):
            return None
        evaluated = _child(head_adj, "nsubj") or _child(clause, "dobj") or _child(head_adj, "compound")
        judge = _child(clause, "nsubj")
        if judge is not None and judge.lower_ in ("i", "we"):
            speaker = _quote_speaker(doc, judge)
        else:
            speaker = _subject(doc, clause)
    elif head_adj.dep_ == "amod" and adj.lower_ in ATTRIBUTIVE:
        clause = head_adj.head
        evaluated = clause
        speaker = _quote_speaker(doc, adj)  # a modifier evaluates only in someone's own words
    else:
        return None
    target = _evaluated_actor(doc, evaluated)
    if target is None or speaker is None or _same(doc, speaker, target) or not _named(doc, speaker):
        return None
    found = _Found(adj, "DISAPPROVE", None, clause, speaker, target)
    found.own_voice = True
    return found


#: feelings of dismay at what someone said or did, said by the one who feels them
DISMAYED = frozenset({"sadden", "appall", "appal", "disgust", "dismay", "outrage", "offend", "disappoint", "sicken"})


def dismayed_by(doc: Doc, verb: Token) -> _Found | None:
    """ "said she was saddened by X's claim", " 'I am appalled by X's remarks,' Y said": DISAPPROVE of X."""
    if verb.lemma_.lower() not in DISMAYED or _negated(verb):
        return None
    cause = _pobj(verb, ("by", "at")) or next(
        (p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None
    )
    target = _evaluated_actor(doc, cause) if cause is not None and cause.pos_ != "PROPN" else None
    felt = _child(verb, "nsubjpass", "nsubj")
    clause = verb
    if felt is None and verb.dep_ == "acomp":  # "said it was deeply disappointed by": the copula holds it
        clause, felt = verb.head, _child(verb.head, "nsubj")
    if target is None or felt is None:
        return None
    speaker = _said_by(doc, clause)
    if speaker is None:
        return None
    source: Token | None = speaker
    if felt.lower_ not in ("i", "we"):
        source = felt if felt.pos_ == "PRON" else _actor_token(doc, felt)
    if felt.lower_ in ("it", "they") and actor_of(doc, felt) is None:
        source = _pronoun_antecedent(doc, felt)  # "the White House said it was disappointed by ..."
    if source is None or not _same(doc, source, speaker):
        return None  # the one dismayed must be the one who says so
    if not _named(doc, source) or _same(doc, source, target):
        return None
    found = _Found(verb, "DISAPPROVE", None, verb, source, target)
    found.own_voice = True
    return found


#: criticism nouns that a speaker offers, voices or levels at someone
CRITIQUES = frozenset({"critique", "criticism", "condemnation", "rebuke", "denunciation", "attack"})
OFFERING = frozenset({"offer", "deliver", "voice", "level", "launch", "issue", "unleash"})


def offered_critique(doc: Doc, verb: Token) -> _Found | None:
    """ "offered a harsh critique of X's plan", "levelled criticism at X": DISAPPROVE of X."""
    if verb.lemma_.lower() not in OFFERING or verb.pos_ != "VERB" or _negated(verb):
        return None
    obj = _child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in CRITIQUES:
        return None
    if obj.lemma_.lower() == "attack" and verb.lemma_.lower() in ("launch", "unleash"):
        return None  # an attack launched is the lexicon's, violent or not
    what = _pobj(obj, ("of", "at", "against", "on")) or _pobj(verb, ("at", "against", "on"))
    target = _evaluated_actor(doc, what) if what is not None else None
    if target is None and what is not None and what.pos_ == "PRON" and what.lower_ in EVALUATED_PRONOUNS:
        target = what if actor_of(doc, what) is not None else None
    source = _subject(doc, verb)
    if target is None or source is None or _same(doc, source, target):
        return None
    return _Found(verb, "DISAPPROVE", None, verb, source, target, [obj.i])


#: verbs of urging that the lexicon leaves alone (they also mean "cheered", "campaigned"): an appeal
#: only with someone asked and an infinitive of what they are asked to do
URGING = frozenset({"encourage", "lobby", "implore", "exhort", "beseech", "prod", "nudge"})


def encouraged_to(doc: Doc, verb: Token) -> _Found | None:
    """ "encouraged X to listen", "lobbied members to switch their votes": DEMAND of X."""
    if verb.lemma_.lower() not in URGING or verb.pos_ != "VERB" or _negated(verb):
        return None
    who = _child(verb, "dobj")
    act = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
    if act is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return None
    who = who or _child(act, "nsubj")
    target = _actor_token(doc, who) if who is not None and who.pos_ != "PRON" else who
    source = _subject(doc, verb)
    if target is None or source is None or actor_of(doc, target) is None or _same(doc, source, target):
        return None
    return _Found(verb, "DEMAND", None, verb, source, target, [act.i])


#: verbs of shunning someone (CAMEO 12, reject; the lexicon has "snub")
SHUNNING = frozenset({"shun", "ostracize", "ostracise", "spurn", "cold-shoulder"})
#: figurative beatings that are criticism when given "for" something ("hammered him for being soft")
PUNISHING_WORDS = frozenset({"hammer", "lambaste", "bash", "pillory", "skewer", "pummel", "savage", "roast"})
#: what is "taken at" someone in words: "took a swipe at X", "took hits at X"
JABS = frozenset({"swipe", "jab", "jibe", "gibe", "barb", "dig", "potshot", "hit"})


def figurative_attack(doc: Doc, verb: Token) -> _Found | None:
    """ "shunning him" (REJECT); "hammered X for ...", "lashed out at X", "took a swipe at X"
    (DISAPPROVE): an actor named as the one shunned or criticised, by the clause's subject."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or _negated(verb):
        return None
    obj = _child(verb, "dobj")
    if lemma in SHUNNING:
        kind, whom = "REJECT", obj
    elif lemma in PUNISHING_WORDS and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        kind, whom = "DISAPPROVE", obj
    elif lemma == "lash" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        kind, whom = "DISAPPROVE", _pobj(verb, ("at", "against"))
    elif lemma == "take" and obj is not None and obj.lemma_.lower() in JABS:
        kind, whom = "DISAPPROVE", _pobj(obj, ("at",)) or _pobj(verb, ("at",))
    else:
        return None
    if whom is None:
        return None
    target = whom if whom.pos_ == "PRON" else _actor_token(doc, whom)
    source = _subject(doc, verb)
    if target is None or source is None or actor_of(doc, target) is None or _same(doc, source, target):
        return None
    consumed = [obj.i] if obj is not None and lemma == "take" else []
    return _Found(verb, kind, None, verb, source, target, consumed)


def political_speech_event(doc: Doc, tok: Token) -> _Found | None:
    """The events of this module said by ``tok`` (a verb, or an adjective of evaluation)."""
    if tok.pos_ == "ADJ":
        return evaluative_criticism(doc, tok)
    return (
        offered_critique(doc, tok)
        or dismayed_by(doc, tok)
        or encouraged_to(doc, tok)
        or figurative_attack(doc, tok)
        or evaluative_criticism(doc, tok)
    )


#: verb lemmas this module reads
SPEECH_LEMMAS = DISMAYED | OFFERING | URGING | SHUNNING | PUNISHING_WORDS | frozenset({"lash", "take"})


def is_speech_candidate(tok: Token) -> bool:
    """Cheap test: whether ``tok`` may start one of this module's events."""
    return tok.lower_ in NEGATIVE_EVALUATION or tok.lemma_.lower() in SPEECH_LEMMAS


#: pleas to a charge
PLEAS = frozenset({"guilty", "innocent", "contest"})
#: generic nouns for people, which a relative clause turns into a class ("people who ...")
GENERIC_PEOPLE = frozenset({"people", "those", "anyone", "anybody", "everyone", "everybody", "whoever", "someone"})
#: what a signed promise is called
PLEDGES = frozenset({"promise", "pledge", "vow", "oath"})


def plea_in_court(found: _Found) -> bool:
    """ "pleaded guilty to fraud": no request; "signed a plea agreement with federal prosecutors": a
    defendant's bargain in court, no agreement between political actors."""
    trig = found.trigger
    pact = trig if trig.pos_ == "NOUN" else _child(trig, "dobj", "nsubjpass")
    if pact is not None and any(c.dep_ == "compound" and c.lemma_.lower() == "plea" for c in pact.children):
        return True
    if trig.lemma_.lower() != "plead":
        return False
    return any(c.lower_ in PLEAS or any(g.lower_ in PLEAS for g in c.children) for c in trig.children)


def class_of_people(tok: Token | None) -> bool:
    """ "people who attack my family": a generic noun restricted by a present-tense relative clause."""
    if tok is None:
        return False
    if tok.lower_ in ("who", "that") and tok.head.dep_ == "relcl":
        tok = tok.head.head
    if tok.lemma_.lower() not in GENERIC_PEOPLE and tok.lower_ not in GENERIC_PEOPLE:
        return False
    present = ("VBP", "VBZ")
    return any(
        c.dep_ == "relcl" and (c.tag_ in present or any(a.tag_ in present for a in c.children if a.dep_ == "aux"))
        for c in tok.children
    )


def political_speech_repair(doc: Doc, found: _Found) -> _Found | None:
    """``found`` as this module reads it, or ``None`` when it is no event."""
    if plea_in_court(found):
        return None
    if class_of_people(found.source_tok) or class_of_people(found.target_tok):
        return None
    trig = found.trigger
    if found.kind == "SUPPORT" and trig.lemma_.lower() == "sign":
        obj = _child(trig, "dobj")
        if obj is not None and obj.lemma_.lower() in PLEDGES:
            found.kind, found.mode = "AGREE", None
        elif obj is not None and obj.lemma_.lower() not in PACTS | SIGNED_INSTRUMENTS:
            return None  # "signed the Army application", "signed a letter": a form, no agreement
    if unpressed_resignation(found) or opinion_agreed(doc, found) or words_offered(found) or promise_unsaid(found):
        return None
    noun_code = offered_noun(found)
    if noun_code is not None:
        found.kind, found.mode = noun_code  # "offered a strong critique of X": the critique
    return found


#: what a resignation yields to (CAMEO 0831, acceding to demands for a change of leader): without one
#: in its sentence, leaving an office is a career move, no concession to anyone
PRESSURE = frozenset(
    {"protest", "protester", "demonstration", "demonstrator", "demand", "call", "pressure", "bow", "outcry",
     "ultimatum", "strike", "uproar", "backlash", "criticism", "scandal", "dismissal", "impeachment",
     "no-confidence", "censure", "revolt", "mutiny", "rebellion", "opposition"}
)  # fmt: skip
STEPPING_DOWN = frozenset({"resign", "abdicate", "step", "quit"})


def unpressed_resignation(found: _Found) -> bool:
    """ "who resigned from her position on the city council": a resignation with no pressure named."""
    trig = found.trigger
    if found.kind != "CONCEDE" or trig.lemma_.lower() not in STEPPING_DOWN:
        return False
    return not any(t.lemma_.lower() in PRESSURE for t in trig.sent)


#: what one "agrees with" when agreeing is an opinion: a view, not a party to a deal
VIEWS = frozenset({"position", "view", "statement", "assessment", "sentiment", "idea", "opinion", "stance",
                   "comment", "remark", "argument", "analysis", "conclusion", "point", "notion", "premise"})


def opinion_agreed(doc: Doc, found: _Found) -> bool:
    """ "they agreed with the position of X", "she agreed, but also contended that ...": sharing a view
    is no agreement (AGREE) with anyone."""
    trig = found.trigger
    if found.kind != "AGREE" or trig.lemma_.lower() != "agree":
        return False
    agreed = _pobj(trig, ("with",))
    if agreed is not None and agreed.lemma_.lower() in VIEWS:
        return True
    # "His ex-wife agreed, but also contended that ...": agreeing with nothing named, no "to", "on" or
    # clause, and no partner, is assent to an argument
    complements = [
        c for c in trig.children if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "advcl", "prt") and not _dated(c)
    ]
    partnered = any(c.dep_ == "conj" for c in (_child(trig, "nsubj") or trig).children)
    arguing = any(c.dep_ == "conj" and c.lemma_.lower() in ARGUING for c in trig.children)
    return not complements and not partnered and arguing and found.target_tok is None


def promise_unsaid(found: _Found) -> bool:
    """ "The economy is doing exactly what he promised it would": a promise named only by "what" says
    neither what was promised nor to whom."""
    trig = found.trigger
    if found.kind != "AGREE" or trig.lemma_.lower() not in FRAME_AGREE:
        return False
    return any(c.lower_ == "what" and c.tag_ == "WP" and c.dep_ in ("dobj", "dative") for c in trig.children)


#: verbs of arguing a point, beside which a bare "agreed" is assent to an argument
ARGUING = frozenset({"contend", "argue", "say", "add", "note", "insist", "maintain", "suggest", "stress"})


#: verbs that give what their object names: "offered a critique", "delivered a rebuke"
GIVING_WORDS = frozenset({"offer", "deliver", "issue", "voice", "give", "launch"})


def offered_noun(found: _Found) -> tuple[str, str | None] | None:
    """The code of the event noun an offer gives ("offered a strong critique of X" is criticism, not
    an offer), when it has one of its own."""
    trig = found.trigger
    if found.kind != "AGREE" or trig.lemma_.lower() not in GIVING_WORDS:
        return None
    obj = _child(trig, "dobj") or _child(trig, "nsubjpass")
    code = _noun_code(obj) if obj is not None else None
    # an offer of aid, a ceasefire or talks is the intent to give them (AGREE, CAMEO 03x); an offered
    # critique or apology is the criticism or the apology itself
    return code if code is not None and code[0] in ("DISAPPROVE", "SUPPORT") else None


#: what is offered when an offer is only words, or nothing given or promised between actors: "offered a
#: theme", "offered his thoughts", "offering parents hope", "offered him the job" (not "a strong critique of
#: X": that criticises X, ``offered_noun``)
WORDS_OFFERED = frozenset(
    {"theme", "idea", "view", "thought", "explanation", "reason", "comment", "remark", "insight", "perspective",
     "opinion", "analysis", "account", "prayer", "advice", "suggestion", "glimpse", "clue", "hint", "defense",
     "defence", "argument", "example", "answer", "response", "reflection", "tribute", "word", "documentation",
     "evidence", "proof", "hope", "comfort", "estimate", "time", "excuse", "detail", "theory", "job", "role",
     "post", "list", "summary", "overview", "rundown", "look", "review", "portrait", "picture", "platform", "stage",
     "venue", "forum", "microphone", "soapbox", "concept", "fact", "information", "testimony", "assessment",
     "observation", "language", "message", "lesson", "guidance", "doubt", "reservation", "caveat", "speculation",
     "prediction", "interpretation"}
)  # fmt: skip


def words_offered(found: _Found) -> bool:
    """ "The theme for the day was offered by X", "offered his thoughts", "offering them hope": no offer of
    cooperation. The parse may hang the second object on the first ("offering parents of color hope")."""
    trig = found.trigger
    if trig.lemma_.lower() != "offer":
        return False
    if any(c.dep_ in ("dobj", "dative", "npadvmod", "nsubjpass") and c.lemma_.lower() in WORDS_OFFERED
           for c in trig.children):  # fmt: skip
        return True
    obj = _child(trig, "dobj")
    if obj is None and trig.dep_ == "relcl":
        return trig.head.lemma_.lower() in WORDS_OFFERED  # "the only documentation Ms. Ford has offered"
    if obj is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in WORDS_OFFERED for c in obj.children):
        return True  # "offered Trump a platform", the parser hanging "platform" on "Trump"
    last = obj.doc[obj.right_edge.i] if obj is not None else None
    return (
        last is not None and last.dep_ == "pobj" and last.lemma_.lower() in WORDS_OFFERED
        and _child(last, "det", "poss") is None
    )  # fmt: skip


#: what is signed as an act of state besides agreements: "signed the bill", "signed a decree"
SIGNED_INSTRUMENTS = frozenset(
    {"bill", "law", "legislation", "decree", "order", "resolution", "declaration", "communique", "memorandum",
     "charter", "convention", "covenant", "document", "statement", "appeal", "contract"}
)  # fmt: skip
#: what someone is attacked "for" when the attack is words: a stance, a remark, a choice
STANCES = WORDS_AND_ACTS | frozenset({"support", "stance", "position", "view", "opposition", "vote", "failure",
                                      "role", "silence", "refusal", "ties", "link"})


#: taking a stance or saying something: what a verbal attack is "for"
STANCE_VERBS = SPEECH | frozenset(
    {"support", "back", "oppose", "endorse", "defend", "praise", "criticize", "criticise", "vote", "push",
     "advocate", "promote", "propose", "suggest", "call", "describe", "compare", "deny", "ignore", "fail",
     "tweet", "write", "comment", "remark", "embrace", "champion", "side", "refuse"}
)  # fmt: skip


#: things made of words or pictures: what they "attack" they criticise
ARTEFACTS = frozenset(
    {"event", "article", "ad", "advert", "advertisement", "commercial", "speech", "report", "op-ed", "editorial",
     "video", "film", "movie", "book", "statement", "resolution", "conference", "post", "tweet", "column",
     "letter", "documentary", "cartoon", "essay", "piece", "story", "blog", "podcast", "sermon", "lecture",
     "pamphlet", "leaflet", "billboard", "poster", "song"}
)  # fmt: skip
#: what only words can attack: an idea, a standing, a right
ABSTRACTIONS = frozenset(
    {"existence", "legitimacy", "credibility", "character", "integrity", "reputation", "idea", "notion",
     "right", "freedom", "liberty", "value", "faith", "religion", "belief", "agenda", "ideology", "doctrine",
     "teaching", "principle", "motive", "patriotism", "honesty", "competence", "judgment", "judgement"}
)  # fmt: skip


#: stance words that are also what forces attack: "attacked Hezbollah positions", "attacked the move"
MATERIAL_OBJECTS = frozenset(
    {"position", "move", "action", "act", "attack", "order", "link", "ties", "role", "failure", "post"}
)


#: people named by their office or role, who are attacked in words far more often than with fists
PERSON_ROLES = frozenset(
    {"judge", "senator", "reporter", "journalist", "governor", "president", "candidate", "rival", "opponent",
     "critic", "mayor", "congressman", "congresswoman", "lawmaker", "pope", "minister", "nominee", "anchor",
     "host", "moderator", "columnist", "commentator", "official", "leader", "speaker", "chairman"}
)  # fmt: skip
#: words that say an attack hurt someone: with any of them in the sentence it stays an assault
HARM_CONTEXT = frozenset(
    {"kill", "wound", "injure", "injury", "hurt", "stab", "shoot", "shot", "gun", "knife", "weapon", "punch",
     "beat", "hospital", "police", "arrest", "charge", "blood", "victim", "bomb", "fire", "troop", "force",
     "army", "missile", "strike", "assault", "physically", "hammer", "machete", "bat", "fist", "kick", "dead",
     "die", "death", "bruise", "wounded", "injured", "attacker", "assailant", "mob"}
)  # fmt: skip


#: answering an act in kind: "responded with attacks on X"
RESPONDING = frozenset({"respond", "react", "reply", "retaliate", "hit"})
#: parties named as actors: "the GOP attacked the president"
PARTY_WORDS = frozenset({"gop", "republicans", "democrats", "tories", "labour", "party"})


def named_person(tok: Token | None) -> bool:
    """A named person (a PERSON entity) or someone named by an office ("a federal judge")."""
    if tok is None:
        return False
    if tok.tag_ in ("PRP", "PRP$"):  # "his attacks on X": whoever the pronoun stands for
        owner = actor_of(tok.doc, tok)
        ent = next((e for e in tok.doc._.entities or [] if owner and e.id == owner.entity_id), None)
        return ent is not None and ent.label == "PERSON"
    ent = entity_at(tok.doc, tok.idx, tok.idx + len(tok.text))
    if ent is not None:
        return ent.label == "PERSON"
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_ROLES


def attack_on_a_stance(found: _Found) -> bool:
    """ "attacked Obama for supporting same-sex marriage", "attacked X for his remarks": an attack
    for a stance or a deed is criticism (DISAPPROVE), not violence. One of the cues
    ``verbal_attack.verbal_attack`` reads (the vocabularies of political speech live here)."""
    trig = found.trigger
    if found.kind not in ("ASSAULT", "FIGHT"):
        return False
    # "Trump has responded with attacks on Machado": the attacks are the response
    means = _pobj(trig, ("with",)) if trig.lemma_.lower() in RESPONDING else None
    if trig.lemma_.lower() not in ("attack", "assail", "savage", "slam") and not (
        means is not None and means.lemma_.lower() == "attack"
    ):
        return False
    if trig.pos_ == "NOUN":  # "Trump is doubling down on his attacks on a former Miss Universe"
        doer, attacked = _child(trig, "poss"), _pobj(trig, ("on", "against"))
        political = named_person(doer) or (doer is not None and doer.lower_ in PARTY_WORDS)
        return political and named_person(attacked) and not any(t.lemma_.lower() in HARM_CONTEXT for t in trig.sent)
    doer = _child(trig, "nsubj") or (trig.head if trig.dep_ in ("acl", "relcl") else None)
    if doer is not None and (doer.lemma_.lower() in ARTEFACTS or candidate_campaign(doer)):
        return True  # "a series of events attacking Israel", "the ads attacked her", "the Trump campaign attacked"
    attacked = _child(trig, "dobj", "nsubjpass") or (_pobj(means, ("on", "against")) if means is not None else None)
    if attacked is not None and attacked.lemma_.lower() in ABSTRACTIONS | (STANCES - MATERIAL_OBJECTS):
        return True  # "attacking the existence of Israel", "attacked Hale's record"
    political = named_person(doer) or (doer is not None and doer.lower_ in PARTY_WORDS)
    if political and named_person(attacked) and not any(t.lemma_.lower() in HARM_CONTEXT for t in trig.sent):
        # "Donald Trump attacked a federal judge", "the GOP attacked the president": a named person
        # or a party on a named person, no harm said
        return True
    for prep in trig.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for g in prep.children:
            if g.tag_ == "VBG" and g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in STANCE_VERBS:
                return True  # "for supporting X" (not "for wearing a hat": a reason for a beating)
            if g.dep_ == "pobj" and g.lemma_.lower() in STANCES:
                return True
    return False
