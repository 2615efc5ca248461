"""Event nouns that someone is named as doing: "Australia's sanctions", "EU sanctions", "attacks
carried out by militants", "the severing of relations with X", "a round of talks", "is on a visit to
X"; the governor a noun hangs on, its doer ("'s", an actor modifier, "by X", "imposed by X", "between A
and B", for talks and accords only as the clause's subject) and its target. An undone noun ("abandoned
its promises") or one under a negation or a modal is none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsprobe.components.entities import entity_at
from newsprobe.components.event_actors import actor_of, is_actor
from newsprobe.components.event_lexicon import lexicon
from newsprobe.components.events.arguments import (
    _actor_token,
    _as_actor,
    _subject,
    _target,
)
from newsprobe.components.events.modality import (
    FUTURE_AUX,
    WARNING,
    _apply_modality,
    _modal,
    _negated,
    _unasserted_clause,
)
from newsprobe.components.events.recall_verbal import organiser
from newsprobe.components.events.syntax import (
    DISPLAYS,
    MATERIAL_HOSTILE,
    NO_COMMENT,
    NOUN_TARGET_PREPS,
    SPEECH,
    THREAT_MODES,
    _child,
    _Found,
    _infinitive,
    _inner_code,
    _is_support,
    _lemmas,
    _nominal_code,
    _noun_code,
    _phrasal_lemmas,
    _pobj,
    first_conjunct,
)
from newsprobe.components.events.wire_verbal import own_talks
from newsprobe.components.events.world_news import back_from, unasserted_infinitive
from newsprobe.components.places import gazetteer

#: heads a trigger can modify without losing its meaning ("sanctions regime", "attack campaign")
TRANSPARENT_HEADS = frozenset(
    {"regime", "package", "program", "programme", "campaign", "measure", "list", "operation", "effort"}
)
#: pronouns that name a noun's doer only through its clause
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
#: verbs that undo the event noun they take as object ("abandoned its promises", "broke the truce")
UNDOING = frozenset(
    {"abandon", "break", "breach", "violate", "betray", "ditch", "renege", "flout", "forget",
     # "will halt its missile tests": stopped, not done
     "halt", "stop", "cease", "suspend", "freeze",
     # "cancelled the foreign minister's visit to Tokyo": called off, not made
     "cancel", "postpone", "scrap", "call_off", "delay", "defer", "shelve",
     # "have withdrawn their support for X": taken back
     "withdraw", "retract", "rescind"}
)  # fmt: skip


#: bodies named for what they do: "a commission of inquiry", "a board of investigation"
INQUIRY_BODIES = frozenset({"commission", "committee", "panel", "board", "court", "tribunal"})
#: a retreat whose "of" names who retreats: "the withdrawal of Ugandan troops", "the surrender of 400 rebels"
SELF_RETREATS = frozenset(
    {"withdrawal", "pullout", "pull-out", "surrender", "retreat", "demobilization", "demobilisation", "disarmament"}
)  # fmt: skip
#: verbs whose subject bears what their object does: "endured an investigation", "survived an attack"
UNDERGOING = frozenset({"endure", "undergo", "suffer", "survive", "weather", "withstand"})
#: what makes an act "on" it a condition: "conditional on the withdrawal of troops"
CONDITIONAL = frozenset({"conditional", "contingent", "dependent", "condition", "conditioned", "hinge", "depend"})
#: verbs of need, whose object is wanted rather than done: "requires an investigation"
REQUIRING = frozenset({"require", "need", "necessitate", "warrant", "deserve", "merit"})
#: verbs whose object is what a deal, a plan or talks hold: "the accord involves the withdrawal of troops"
CONTAINING = frozenset({"involve", "include", "envisage", "envision", "foresee", "stipulate", "entail", "outline"})
#: acts that "drop" takes back rather than delivers
DROPPED = frozenset({"DISAPPROVE", "SUPPORT", "DEMAND", "REJECT", "AGREE", "CONSULT", "INVESTIGATE", "THREATEN"})


def _governor(tok: Token) -> Token:
    """The noun's syntactic position: the head noun for "sanctions regime", else itself."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in TRANSPARENT_HEADS:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in INQUIRY_BODIES:
        return tok.head.head  # "set up a commission of inquiry"
    return _of_governor(tok) or tok


#: heads a looser pre-modifier (an "nmod", or one joined to another) names the act of, beyond the transparent
#: heads: "a military assistance agreement", "a Chinese mediation mission"
UNDERTAKINGS = TRANSPARENT_HEADS | frozenset(
    {"agreement", "deal", "plan", "mission", "drive", "initiative", "process", "bid", "attempt", "offensive", "talk",
     "accord", "pact", "treaty", "shipment", "convoy", "flight", "delivery", "mandate", "scheme", "project",
     "round", "session", "visit", "trip", "tour", "meeting", "summit", "conference", "order", "request",
     "proposal", "offer", "call", "spree", "wave", "raid", "strike", "attack", "crackdown", "sweep", "exercise",
     "drill", "deployment", "relief"}
)  # fmt: skip


def _modifier_of_a_thing(tok: Token) -> bool:
    """An event noun that modifies a later noun naming a thing, not the act: "attack helicopter" (a
    compound whose head is not transparent), "the Iraq and Afghan war logs" (joined to an "nmod")."""
    first = first_conjunct(tok)
    if first.dep_ == "compound":
        return _governor(first) is first
    head = first.head
    return first.dep_ == "nmod" and head.i > tok.i and head.pos_ in ("NOUN", "PROPN") and (
        head.lemma_.lower() not in UNDERTAKINGS
    )


#: heads whose "of" phrase is the event itself: "a campaign of ethnic cleansing", "a wave of arrests"
OF_EVENT_HEADS = TRANSPARENT_HEADS | frozenset({"wave", "series", "spate", "string", "act"})
#: "a round of talks", "a week of joint exercises": a stretch of the event is the event
OF_EVENT_SPANS = frozenset({"round", "hour", "day", "week", "month"})


def _of_governor(tok: Token) -> Token | None:
    """The head noun in "a campaign / wave of <tok>" (it takes the event's place in the clause)."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in OF_EVENT_HEADS:
        return prep.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in OF_EVENT_SPANS and tok.tag_ == "NNS":
        return prep.head
    return None


#: work stopped in protest, which whoever brings a place to a standstill "with" it does
STOPPAGES = frozenset({"strike", "stoppage", "walkout", "shutdown", "hartal"})
#: strife that "civil" makes a country's own: "the Syrian civil war", "Libya's civil conflict"
CIVIL_STRIFE = frozenset({"war", "conflict", "strife", "unrest"})
#: strife with no one's act in it, which one survives or endures
STRIFE = CIVIL_STRIFE | frozenset({"fighting", "violence", "battle", "clash", "shelling", "bombing", "bombardment"})


def noun_tagged_verb(tok: Token) -> bool:
    """A bare event noun the tagger read as a base-form verb while the parser made it a subject, with
    no auxiliary, subject or object of its own: "Aid from Japan reached Sindh" at the start of a
    sentence."""
    return (
        tok.pos_ == "VERB"
        and tok.tag_ == "VB"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.lemma_.lower() in lexicon().nouns
        and not any(c.dep_ in ("aux", "nsubj", "dobj", "auxpass") for c in tok.children)
    )


#: what makes an indictment a figure of speech: "a damning indictment of ..."
DAMNING = frozenset(
    {"damning", "scathing", "stinging", "withering", "searing", "devastating", "blistering", "powerful",
     "sweeping", "brutal", "harsh", "stunning", "remarkable", "sad", "stark"}
)  # fmt: skip


def civil_war(noun: Token) -> bool:
    """ "the Syrian civil war", "Libya's civil conflict": a country's own strife, whose country is where it
    is fought, not a side in it."""
    return noun.lemma_.lower() in CIVIL_STRIFE and any(c.dep_ == "amod" and c.lower_ == "civil" for c in noun.children)


def _damning(tok: Token) -> bool:
    """ "a damning indictment of the government's handling": criticism, not a charge laid (an indictment of
    a person with no such word, "the indictment of Paul Manafort", is one)."""
    if tok.lemma_.lower() != "indictment":
        return False
    if any(c.dep_ == "amod" and c.lower_ in DAMNING for c in tok.children):
        return True
    indicted = _pobj(tok, ("of",))
    return indicted is not None and indicted.pos_ == "NOUN" and _noun_code(indicted) is None and (
        not is_actor(tok.doc, indicted)
    )


def _denied_phrase(noun: Token) -> bool:
    """A noun inside a phrase that "not" denies: "not in response to pressure from X", "not because of
    any threat" (a phrase or two up)."""
    for _ in range(3):
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        if any(c.dep_ == "neg" for c in prep.children):
            return True
        noun = prep.head
    return False


def _condition_set(noun: Token) -> bool:
    """An act named "on" a condition: "conditional on the withdrawal of troops" (the parser may hang "on"
    on the verb, beside the adjective), "will depend on the release of the hostages"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "upon"):
        return False
    prep = noun.head
    before = noun.doc[prep.i - 1] if prep.i > 0 else prep
    return prep.head.lemma_.lower() in CONDITIONAL or before.lemma_.lower() in CONDITIONAL


def _banned_modifier(ban: Token, source: Token) -> bool:
    """ "the BDS ban", "the Muslim ban": a ban's modifier names what is banned when nothing follows "on" or
    "against" (a state or a person named so bans: "the Ontario ban", "the Trump ban")."""
    if ban.lemma_.lower() != "ban" or source.head.i != ban.i or source.dep_ not in ("compound", "amod"):
        return False
    if _pobj(ban, ("on", "against")) is not None:
        return False  # "the EU ban on Russian oil": the EU bans
    return source.ent_type_ not in ("GPE", "PERSON")


#: who is "on alert" as a mobilisation (CAMEO 151-152)
ALERTED = frozenset({"military", "police", "government", "rebel"})
#: spans a protest is counted in, and what its protesters do with them ("entered its third week")
PROTEST_SPANS = frozenset({"day", "week", "month", "year"})
SPAN_MARKING = frozenset({"enter", "begin", "start", "mark", "complete"})


def _into_its_days(doc: Doc, pos: Token) -> Token | None:
    """Who "entered the third week of (their) hunger strike", "marked the tenth day of a sit-in": the
    protesters, the verb's subject."""
    of = pos.head if pos.dep_ == "pobj" else None
    span = of.head if of is not None and of.lower_ == "of" else None
    if span is None or span.lemma_.lower() not in PROTEST_SPANS or span.dep_ != "dobj":
        return None
    verb = span.head
    if verb.lemma_.lower() not in SPAN_MARKING or _negated(verb) or _modal(verb):
        return None
    return _subject(doc, verb)


def _noun_event(doc: Doc, tok: Token) -> _Found | None:
    nounish = tok.pos_ in ("NOUN", "PROPN") or noun_tagged_verb(tok)
    if not nounish or (tok.pos_ == "PROPN" and tok.is_title and tok.i > 0):
        return None
    code = _noun_code(tok)
    if code is None or code[0] == "-":
        return None
    if _modifier_of_a_thing(tok):
        return None  # "attack helicopter", "sanctions list", "the Iraq and Afghan war logs" are things, not events
    kind, mode = code
    if _damning(tok):
        kind, mode = "DISAPPROVE", None  # "a damning indictment of X's handling": criticism, no charge laid
    said = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in NO_COMMENT]
    if kind == "REJECT" and any(_inner_code(doc, c) is None for c in said):
        return None  # "Clinton's refusal to say where she stood", as "refused to say": nothing refused to anyone
    if tok.lemma_.lower() == "plea" and any(c.lower_ in ("guilty", "innocent") for c in tok.subtree):
        return None  # "Jackson's guilty plea was to a conspiracy charge": a plea in court, asked of nobody
    pos = _governor(tok)
    source: Token | None = None
    civil = civil_war(tok)  # "the Syrian civil war": where it is fought, not a side in it
    # "Kavanaugh endured his sixth background investigation": whose it is, and who endures it, is its patient
    # (a war or a fight survived is no one's act on its survivors: "to survive the fighting")
    undergone = pos.dep_ == "dobj" and pos.head.lemma_.lower() in UNDERGOING and kind != "FIGHT"
    undergone = undergone and tok.lemma_.lower() not in STRIFE
    for child in list(pos.children) + (list(tok.children) if pos is not tok else []):
        # "the team that handled Clinton's investigation": a person's own name on an inquiry is the one
        # looked into unless the article calls them an investigator ("Mueller's investigation")
        looked_into = kind == "INVESTIGATE" and child.ent_type_ == "PERSON" and not _investigator(child)
        owner = _participle_owner(doc, pos, child)
        if owner is not None and not (civil or undergone):
            source = owner  # "prosecutors have subpoenaed X's campaign, escalating their probe": the prosecutors'
        elif child.dep_ == "poss" and not (civil or undergone or looked_into) and _as_actor(doc, child) is not None:
            source = _as_actor(doc, child)
        elif child.dep_ in ("compound", "amod") and child.i != tok.i and _is_actor_modifier(doc, child):
            topic = kind == "INVESTIGATE" and _names_the_topic(child, tok)
            # "the Ellison accusations": a person's name on an accusation may be the accuser's or the accused's
            named = child.ent_type_ == "PERSON" and child.dep_ == "compound"
            topic = topic or (tok.lemma_.lower() in ALLEGATIONS and named)
            # "after his Chilean trip": an adjective on a journey with no "to" says where it went ("the
            # Chinese visit to Washington" says who went)
            on_a_trip = tok.lemma_.lower() in MADE_JOURNEYS and child.dep_ == "amod"
            topic = topic or (on_a_trip and _pobj(pos, ("to",)) is None)
            source = source or (None if topic or civil else child)
    source = source or _as_actor(doc, _pobj(pos, ("by",)))
    # (as the object of a verb, the verb's subject does it: "the United States speeded up the withdrawal of
    # some invasion forces")
    retreat = kind == "RETREAT" and tok.lemma_.lower() in SELF_RETREATS and pos.dep_ != "dobj"
    # ("the resignation of Prime Minister X was announced by the Royal Court": X resigns)
    # (not where the parser makes a demanded resignation the subject of "said")
    reported = pos.dep_ == "nsubj" and pos.head.lemma_.lower() in SPEECH
    retreat = retreat or (kind == "CONCEDE" and tok.lemma_.lower() == "resignation" and pos.dep_ != "dobj")
    retreat = retreat and not reported
    doer = _pobj(pos, ("of",)) if retreat else None
    if source is None and doer is not None and is_actor(doc, doer):
        source = doer  # "the withdrawal of Ugandan troops from Congo": they withdraw (not "of aid")
    patient_of = _pobj(pos, ("of",))
    if source is None and patient_of is not None and kind in MATERIAL_HOSTILE and _noun_code(patient_of) is None:
        # "the expulsion of two diplomats by Britain" ("by" hung on them); not "accusations of abuse by X"
        source = _as_actor(doc, _pobj(patient_of, ("by",)))
    if source is None and kind in FROM_SOURCE and _from_whom_it_came(pos):
        source = _as_actor(doc, _pobj(pos, ("from",)))  # "aid from Japan", "drew criticism from Washington"
    if source is None:
        source = _conveyed_by(doc, pos, kind)  # "a complaint was handed to X by Y", "criticism came from Y"
    if source is None and kind == "PROTEST":
        source = _as_actor(doc, organiser(pos))  # "a rally organised by the opposition"
    if source is None and kind in ("PROTEST", "MOBILIZE") and pos.dep_ == "pobj" and pos.head.lower_ == "on":
        state = pos.head.head  # "have been on a hunger strike for twelve days", "remain on strike", "on high alert"
        if state.lemma_.lower() in ("be", "remain", "stay") and state.pos_ in ("AUX", "VERB"):
            source = _subject(doc, state)
        alerted = actor_of(doc, source) if source is not None and kind == "MOBILIZE" else None
        if alerted is not None and alerted.sector not in ALERTED:
            source = None  # "residents were on alert for more flooding": wary, not mobilised
    if source is None and kind == "PROTEST":
        source = _into_its_days(doc, pos)  # "entered the third week of their hunger strike"
    in_a_show = tok.lemma_.lower() in DISPLAYS and pos.dep_ == "pobj" and pos.head.lower_ == "in"
    if source is None and in_a_show and pos.head.head.pos_ == "VERB":
        source = _subject(doc, pos.head.head)  # "paraded tanks through the capital in a show of force"
    if source is None and pos.lemma_.lower() in STOPPAGES and pos.dep_ == "pobj" and pos.head.lower_ == "with":
        means = pos.head.head  # "brought Dakar to a standstill with a 48-hour strike": the strikers did it
        if means.pos_ == "VERB" and not _negated(means) and not _modal(means):
            source = _subject(doc, means)
    imposer = _imposed_by(doc, pos) if source is None and kind in IMPOSED else None
    if imposer is not None:  # "the blockade imposed by the navy on the port"
        source, done = imposer
    journey: Token | None = None
    if source is None and kind == "CONSULT":
        source = _on_a_visit(doc, pos) or own_talks(doc, pos)  # "on a visit to X"
        source = source or _visit_ended(doc, pos)  # "ended a three-day visit to Japan"
        source = source or back_from(doc, pos)  # "returned from meetings with Saudi leaders"
        source = source or _at_the_meeting(doc, pos)  # "told reporters after talks with X"
        journey = _gone_for_talks(doc, pos) if source is None else None
        if journey is not None:  # "flew to Algiers for talks with X" ("will fly ... for talks": AGREE)
            moded = _apply_modality(kind, mode, journey)
            if moded is None:
                return None
            (kind, mode), source = moded, _talker(doc, journey)
    other: Token | None = None
    if source is None and kind in ("FIGHT", "ASSAULT"):
        source, other = _between(doc, pos)  # "clashes (broke out) between troops and militia"
    if source is None:
        source, other = between_sides(doc, pos, kind, tok)  # "Talks between Trump and Kim culminated ..."
    verb = pos.head if pos.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if verb is not None and pos.dep_ == "pobj":
        verb = None
    target = _actor_token(
        doc, _pobj(pos, NOUN_TARGET_PREPS) or (_pobj(tok, NOUN_TARGET_PREPS) if pos is not tok else None)
    )
    if target is None and kind == "AID":  # "Japan's donation of 10,000 tonnes of rice to North Korea"
        target = _actor_token(doc, _pobj(pos, ("to",)))
        if target is None and pos.dep_ == "nsubj" and pos.head.lemma_.lower() in ("arrive", "reach"):
            # "aid from Turkey arrived in Aleppo", "reached the province of Sindh": where it went
            target = _actor_token(doc, _child(pos.head, "dobj") or _pobj(pos.head, ("in",)))
    if target is None:
        target = _nominal_target(doc, tok)  # "the severing of relations with Ecuador"
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in pos.children):
        # "has no endorsement", "no attack was reported"; "any visits by X would be easily verifiable", "any
        # attack on Iran would be met with force": no act in particular is told
        return None
    if _denied_phrase(pos):
        return None  # "acted on his own and not in response to pressure from X"
    if _condition_set(pos):
        return None  # "made their participation conditional on the withdrawal of troops": a condition set
    if verb is not None and pos.dep_ == "dobj" and verb.lemma_.lower() in REQUIRING | CONTAINING:
        # "will require a pressure campaign by the administration": needed, not waged; "it involves the
        # withdrawal of Russian troops": what a deal or a plan holds, not yet done
        return None
    if kind == "SUPPORT" and pos.dep_ == "nsubj" and pos.head.lemma_.lower() == "be":
        return None  # "the president's support for the reform was never in doubt": a stance described
    if verb is not None and verb.pos_ in ("VERB", "AUX") and not _is_support(verb) and (_negated(verb) or _modal(verb)):
        return None  # "doesn't have a single endorsement", "could face an attack"
    ended = verb is not None and verb.lemma_.lower() == "end" and pos.lemma_.lower() not in MADE_JOURNEYS
    undone = verb is not None and any(x in UNDOING for x in _lemmas(verb) + _phrasal_lemmas(verb))
    # "CNN dropped its lawsuit", "dropped the charges", "dropped its demand" (bombs and aid are dropped on
    # someone)
    undone = undone or (verb is not None and verb.lemma_.lower() == "drop" and kind in DROPPED)
    if verb is not None and (pos.dep_ == "dobj" and (undone or ended) or pos.dep_ == "nsubjpass" and undone):
        # ("talks were called off", "the meeting was cancelled": not held)
        # ("ended its boycott of parliament": the ending is coded, not a boycott; a visit ended was made)
        return None  # "abandoning its own promises", "broke the agreement": the act is undone, not done
    # the doer named only by a pronoun or as one of two sides ("a holy war between X and Y")
    own = other is not None or any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in pos.children)
    if own and verb is not None and pos.dep_ == "dobj" and not _is_support(verb) and unasserted_infinitive(verb, kind):
        # "ships its wealth abroad to fight its wars": the doer's own act, under a purpose (but "an
        # attempt to satisfy the judge's request": the request was made)
        return None
    if verb is not None and pos.dep_ == "dobj" and verb.dep_ == "acl" and _unasserted_clause(verb):
        return None  # "Flake's desire to have another FBI investigation": wished for, not held
    target = target or other
    if imposer is not None and target is None:
        target = _target(doc, done, NOUN_TARGET_PREPS)
    anchor = tok
    if verb is not None and verb.pos_ == "VERB" and _is_support(verb):
        anchor = verb
        moded = _apply_modality(kind, mode, verb)
        if moded is None:
            return None
        kind, mode = moded
        if source is None:
            source = _subject(doc, verb)
        if target is None:
            target = _target(doc, verb, NOUN_TARGET_PREPS, skip=pos.i)
    if source is None and verb is not None and pos.dep_ == "dobj" and kind in ("CONSULT", "COOPERATE"):
        wanted = _wanted_with(doc, verb, pos)  # "Bangkok wanted joint naval patrols with Malaysia"
        if wanted is not None:
            return wanted
    warner = _warned_of(pos)
    if warner is not None and kind in MATERIAL_HOSTILE:
        if source is not None:
            return None  # "warned of attacks by militants": a prediction about someone else
        if pos.lemma_.lower() in DANGERS and target is None:
            return None  # "U.S. warns of 'sonic attacks' in China": a danger, no one's threat to attack
        # "the union warned of a strike": the warner's threat of its own act
        source, anchor = _subject(doc, warner), warner
        kind, mode = "THREATEN", THREAT_MODES.get(kind)
    if (
        source is None
        and pos.dep_ == "dobj"
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in pos.children)
    ):
        source = _subject(doc, pos.head)  # "the committee completed its investigation"
        if source is not None and pos.lemma_.lower() in PATIENT_POSSESSOR and _pobj(pos, ("of",)) is None:
            # "detainees protested their detention": they were detained; who detained them is not said
            return _Found(tok, kind, mode, anchor, None, source, victim_only=True)
    patient = _patient_possessor(pos)
    if patient is not None and source is not None and source.i == patient.i:
        # "Fahie's arrest": Fahie was arrested; who arrested him is not said here
        return _Found(tok, kind, mode, anchor, None, patient, victim_only=True)
    patient = _subject(doc, pos.head) if undergone else None
    if patient is not None and (source is None or source.i != patient.i):
        if source is None:  # "survived an assassination attempt": who attempted it is not said here
            return _Found(tok, kind, mode, anchor, None, patient, victim_only=True)
        target = target or patient  # "underwent an investigation by anti-corruption police"
    if source is None and pos.lemma_.lower() in CUSTODY_NOUNS and pos.dep_ in ("pobj", "nsubj", "nsubjpass"):
        # "led to the arrest of two men", "their arrest": someone was arrested; who arrested them is
        # not said here
        held = _pobj(pos, ("of",)) or _child(pos, "poss")
        held = _actor_token(doc, held) if held is not None else None
        return _Found(tok, kind, mode, anchor, None, held, victim_only=True) if held is not None else None
    if source is not None and _banned_modifier(pos, source):
        # "getting the BDS ban passed", "the Muslim ban": what is banned, never who bans it
        return _Found(tok, kind, mode, anchor, None, source, victim_only=True) if target is None else None
    if source is None:
        return None
    if target is None and kind == "SUPPORT":
        # "announced his support for Donald Trump", "threw their support behind Israel"
        target = _actor_token(doc, _pobj(pos, ("for", "behind")))
        if target is None and verb is not None and pos.dep_ == "dobj":
            target = _actor_token(doc, _pobj(verb, ("behind",)))
        if target is None:
            return None  # "the organisation's support of transgender rights": a stance, nobody backed
    if target is not None and target.i == source.i:
        target = None
    if target is None and kind == "DISAPPROVE" and source.lower_ in ("his", "her") and source.dep_ == "poss":
        return None  # "bases his critique upon an assumption": criticism of an idea, nobody criticised
    # "arrived in Doha for talks with X": one consultation, the talks (the arrival codes no second one)
    consumed = [journey.i] if journey is not None else []
    return _Found(tok, kind, mode, anchor, source, target, consumed=consumed)


#: acts whose giver or speaker a "from" phrase names: "aid from Japan", "criticism from rights groups",
#: "threats from the militia", "calls from the opposition for ..." (a sanction "from" is where it comes
#: into force, so material acts are left out)
FROM_SOURCE = frozenset({"AID", "SUPPORT", "DISAPPROVE", "THREATEN", "DEMAND"})


#: verbs whose object came from someone: "received aid from", "drew criticism from", "faced threats from"
COMING_FROM = frozenset({"receive", "get", "accept", "draw", "face", "attract", "win", "earn", "garner", "welcome"})


def _from_whom_it_came(noun: Token) -> bool:
    """The noun's place lets "from X" name its giver: a subject, after a preposition, or the object of
    receiving ("approved a loan from China": the verb says who acts, and it is not China)."""
    if noun.dep_ in ("nsubj", "nsubjpass", "pobj"):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in COMING_FROM


def _wanted_with(doc: Doc, verb: Token, noun: Token) -> _Found | None:
    """ "Bangkok wanted joint naval patrols with Malaysia", "Seoul wants talks with Pyongyang": an intent
    to meet or work with a named partner (CAMEO 036, 030: AGREE), by whoever wants it."""
    if verb.lemma_.lower() != "want" or verb.pos_ != "VERB" or _negated(verb) or _modal(verb):
        return None
    partner = _actor_token(doc, _pobj(noun, ("with",)))
    source = _subject(doc, verb)
    if partner is None or source is None or partner.i == source.i or actor_of(doc, source) is None:
        return None  # (a wanter must be someone: "he wanted a meeting with his lawyer" names nobody)
    # on the verb: the wanting is the act (a noun only wanted is no event of its own, see wire_verbal)
    return _Found(verb, "AGREE", None, verb, source, partner)


#: verbs that convey a speech act or a measure someone makes: "a complaint was handed to X by Y"
CONVEYING = frozenset(
    {"deliver", "hand", "lodge", "file", "present", "submit", "convey", "send", "table", "issue", "make", "announce",
     "relay", "pass"}
)  # fmt: skip
#: speech acts whose "came from X" names who made them ("criticism came from the UN"; not "the talk
#: comes from the GOP establishment", not attacks)
SAID_KINDS = frozenset({"DISAPPROVE", "DEMAND", "AGREE", "THREATEN", "REJECT", "SUPPORT"})
#: nouns whose "of X" names who does them, so an announcer is not their doer ("the resignation of X was
#: announced by the palace")
SELF_ACTS = frozenset({"resignation", "departure", "withdrawal", "return", "surrender", "visit", "death"})


def _conveyed_by(doc: Doc, noun: Token, kind: str) -> Token | None:
    """Who made a speech act or a measure named by the subject of a verb of conveying: "a written
    complaint was handed to Indian officials by Sri Lanka's envoy", "a ban on arms sales was announced by
    the Dutch government"; "sharp criticism of X came from Y"."""
    verb = noun.head
    if verb.pos_ != "VERB" or _negated(verb) or _modal(verb):
        return None
    lemma = verb.lemma_.lower()
    if noun.dep_ == "nsubj" and lemma == "come" and kind in SAID_KINDS:
        origin = _pobj(verb, ("from",))
        if origin is None or any(c.dep_ == "neg" for c in origin.head.children):
            return None  # "the attacks have been coming not from governments but from journalists"
        return _as_actor(doc, origin)
    if noun.dep_ != "nsubjpass" or lemma not in CONVEYING or noun.lemma_.lower() in SELF_ACTS:
        return None
    if kind in ("CONSULT", "FIGHT", "ASSAULT"):
        return None
    return _as_actor(doc, _pobj(verb, ("by",)))


#: the material acts a participle names the doer of ("the blockade imposed by the navy"); a past
#: "investigation conducted by" or "talks held by" is left to the possessive and "by" rules
IMPOSED = frozenset({"SANCTION", "COERCE", "MOBILIZE", "ASSAULT", "FIGHT"})


def _imposed_by(doc: Doc, noun: Token) -> tuple[Token, Token] | None:
    """ "the blockade imposed by the navy", "attacks carried out by militants": the agent of a support
    verb's participle on the event noun is who does it (with the participle, for its target)."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and _is_support(child) and not _negated(child):
            agent = _as_actor(doc, _pobj(child, ("by",)))
            if agent is not None:
                return agent, child
    return None


def _nominal_target(doc: Doc, tok: Token) -> Token | None:
    """Whom a nominal's object names: "the severing of relations with Ecuador" -> Ecuador."""
    nominal = _nominal_code(tok)
    return _actor_token(doc, _pobj(nominal[1], NOUN_TARGET_PREPS)) if nominal is not None else None


#: journeys one is "on": "is on a visit to X", "arrived on a state visit"
JOURNEYS = frozenset({"visit", "tour"})
#: the same with "trip": journeys that a verb of ending shows were made ("ended a three-day visit")
MADE_JOURNEYS = JOURNEYS | {"trip"}
#: verbs one is on a journey with: being there, arriving, leaving
ON_A_JOURNEY = frozenset({"be", "arrive", "come", "leave", "set", "begin", "start"})


#: verbs that end or cut short a visit made: "ended a three-day visit to Japan", "wound up a tour of X"
VISIT_ENDS = frozenset({"end", "conclude", "complete", "finish", "wind_up", "wrap_up", "cut_short"})


def _visit_ended(doc: Doc, noun: Token) -> Token | None:
    """Who ended a visit (and so made it): the subject of "ended / concluded / cut short a visit"."""
    verb = noun.head
    if noun.lemma_.lower() not in MADE_JOURNEYS or noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    if not any(x in VISIT_ENDS for x in _lemmas(verb)) or _negated(verb) or _modal(verb):
        return None
    return _subject(doc, verb)


def _on_a_visit(doc: Doc, noun: Token) -> Token | None:
    """Who is "on a visit": the subject of the verb the "on" phrase belongs to."""
    prep = noun.head
    if noun.lemma_.lower() not in JOURNEYS or noun.dep_ != "pobj" or prep.lower_ != "on":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in ON_A_JOURNEY or verb.pos_ not in ("VERB", "AUX") or _negated(verb) or _modal(verb):
        return None
    return _subject(doc, verb)


#: journeys made for talks ("flew to Algiers for talks with X") and stays spent in them ("spent the
#: day in consultations with X", "is in talks with the IMF")
TALK_JOURNEYS = frozenset(
    {"fly", "travel", "head", "arrive", "come", "go", "jet", "return", "land", "rush", "leave", "depart"}
)
#: stays told in the passive, whose subject is who talks ("were locked in discussions with X")
PASSIVE_STAYS = frozenset({"lock", "engage"})
TALK_STAYS = frozenset({"spend", "be", "remain", "stay"}) | PASSIVE_STAYS
#: the talk nouns that count: a meeting or talks, not a visit (visits have their own rule)
TALK_NOUNS = frozenset({"talk", "consultation", "negotiation", "meeting", "discussion"})


def _gone_for_talks(doc: Doc, noun: Token) -> Token | None:
    """The journey or stay verb of "went for talks with X" or "is in talks with X", when the other side
    is a named actor and the verb is not negated (its subject is who talks)."""
    prep = noun.head
    if noun.lemma_.lower() not in TALK_NOUNS or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    fits = (prep.lower_ == "for" and lemma in TALK_JOURNEYS) or (prep.lower_ == "in" and lemma in TALK_STAYS)
    if not fits or verb.pos_ not in ("VERB", "AUX") or _negated(verb):
        return None
    if _actor_token(doc, _pobj(noun, ("with",))) is None:
        return None
    return verb


#: prepositions that set a clause in or after talks its subject held: "said after talks with X",
#: "told reporters following a meeting with X" (not "before" or "ahead of": talks still to come)
MEETING_TIMES = frozenset({"after", "following", "during", "at"})
#: parts of a meeting a clause is set in: "at the end of a visit to X", "at the close of talks with X"
MEETING_PARTS = frozenset({"end", "close", "conclusion", "start", "opening", "outset", "wake"})


def _at_the_meeting(doc: Doc, noun: Token) -> Token | None:
    """Who held the talks or made the visit that frames a clause: the clause's subject in "X spoke to
    reporters after talks with Y", "following a meeting with Y", "Speaking at the end of a visit to Y,
    X said", "X said during a trip to Y". The talks must name their other side ("with Y": an actor), a
    journey its destination; the noun names no doer of its own but the subject's pronoun ("during his
    meeting with Y")."""
    lemma = noun.lemma_.lower()
    if lemma in TALK_NOUNS:
        other = _actor_token(doc, _pobj(noun, ("with",)))
    elif lemma in MADE_JOURNEYS:
        other = _pobj(noun, ("to",))
    else:
        return None
    poss = _child(noun, "poss")
    if other is None or (poss is not None and poss.lower_ not in POSSESSIVE_PRONOUNS) or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in MEETING_PARTS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "at the end of a visit to Amman"
    if prep.lower_ not in MEETING_TIMES or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i < verb.head.i and _child(verb, "nsubj") is None:
        verb = verb.head  # "Speaking after talks with Y, X said": X spoke
    if verb.pos_ not in ("VERB", "AUX") or _negated(verb) or _modal(verb) or _infinitive(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return None  # "will speak to reporters after talks with X": talks still to come
    return _subject(doc, verb)


def _talker(doc: Doc, verb: Token) -> Token | None:
    """Who talks on a journey or stay verb: its subject, or the passive subject of "locked / engaged in"."""
    if verb.lemma_.lower() in PASSIVE_STAYS:
        return _actor_token(doc, _child(verb, "nsubjpass"))
    return _subject(doc, verb)


def _warned_of(noun: Token) -> Token | None:
    """The verb of "warned of <noun>" (asserted, not negated), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in WARNING:
        return None
    verb = prep.head
    return verb if not _negated(verb) and _apply_modality("DISAPPROVE", None, verb) is not None else None


def _sides(doc: Doc, first: Token) -> tuple[Token | None, Token | None]:
    """The actors of "between A and B", from the first one's token: (A, B), either None."""
    conj = _child(first, "conj")
    return _actor_token(doc, first), _actor_token(doc, conj) if conj is not None else None


def _between(doc: Doc, noun: Token) -> tuple[Token | None, Token | None]:
    """The two sides of a fight "between A and B", on the noun or on the verb it is subject of."""
    for host in (noun, noun.head if noun.dep_ == "nsubj" else None):
        first = _pobj(host, ("between",)) if host is not None else None
        if first is not None:
            side, other = _sides(doc, first)
            if side is not None:
                return side, other
    return None, None


#: reciprocal acts two sides do together: "talks between A and B"
RECIPROCAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: the prepositions a past reciprocal act can hang on: "after talks between A and B"
TIME_PREPS = frozenset({"after", "during", "following", "at", "in"})


def between_sides(doc: Doc, noun: Token, kind: str, trigger: Token) -> tuple[Token | None, Token | None]:
    """The two sides of reciprocal talks or an accord "between A and B" when the noun is the subject
    of its clause ("Talks between Trump and Kim culminated ...") or after a time preposition ("after
    talks between A and B"); as any verb's object ("welcomed the talks between A and B", "hosted talks
    between ...") the verb says who acts, so nothing is read here. Both sides must be named."""
    if kind not in RECIPROCAL:
        return None, None
    subject = noun.dep_ in ("nsubj", "nsubjpass")
    after = noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS
    if not (subject or after) or (subject and (_negated(noun.head) or _modal(noun.head))):
        return None, None
    # on the noun's place in the clause or on the trigger itself ("five hours of talks between ...")
    first = _pobj(noun, ("between",)) or _pobj(trigger, ("between",))
    if first is None and subject:
        first = _pobj(noun.head, ("between",))  # "Talks dragged on through the weekend between A and B"
    side, other = _sides(doc, first) if first is not None else (None, None)
    return (side, other) if side is not None and other is not None else (None, None)


def _names_the_topic(name: Token, noun: Token) -> bool:
    """ "the Clinton email investigation": a name before a topic noun before the event noun owns the
    topic (her emails are investigated), it does not act. Right before the noun, a person names the one
    investigated ("the Clinton investigation", "the Monica Lewinsky investigations") unless the article
    calls them an investigator ("special counsel Robert Mueller": "the Mueller investigation"), and a
    scandal's name ("the Spygate investigation", "the Trump-Russia investigation") is a topic."""
    if name.lower_.endswith("gate") or _paired_names(name):
        return True
    if name.ent_type_ not in ("PERSON", "NORP", "GPE"):
        return False  # "the FBI email probe": a body that investigates
    between = [t for t in name.doc[name.right_edge.i + 1 : noun.i] if t.dep_ == "compound" and t.head.i == noun.i]
    if any(t.pos_ == "NOUN" and t.ent_type_ == "" for t in between):
        return True
    return name.ent_type_ == "PERSON" and not _investigator(name)


def _paired_names(name: Token) -> bool:
    """ "the Trump-Russia investigation": two names joined by a hyphen, one of them a country, name what
    is looked into ("the Al-Jazeera investigation" is the channel's own)."""
    doc = name.doc
    hyphens = [t for t in doc[name.left_edge.i : name.i + 1] if t.text == "-"]
    if not hyphens:
        return False
    left, right = doc[hyphens[0].i - 1], doc[hyphens[0].i + 1]
    return hyphens[0].i > 0 and left.text[:1].isupper() and right.text[:1].isupper() and any(
        gazetteer().place(t.text) is not None for t in (left, right)
    )


#: accusations named after a person, who may have made them or be accused in them
ALLEGATIONS = frozenset({"accusation", "allegation", "charge", "claim", "complaint", "criticism"})
#: titles of those whose name, before "investigation", is the investigator's
INVESTIGATORS = frozenset(
    {"counsel", "prosecutor", "investigator", "inspector", "detective", "attorney", "judge", "sheriff", "coroner",
     "examiner", "ombudsman", "auditor", "commissioner", "chief", "director"}
)  # fmt: skip


def _investigator(name: Token) -> bool:
    """Whether the article gives the person ``name`` names an investigator's title, before one of their
    mentions ("special counsel Robert Mueller") or among their roles."""
    doc = name.doc
    ent = entity_at(doc, name.idx, name.idx + len(name.text))
    if ent is None:
        return False
    if any(w in INVESTIGATORS for role in ent.roles for w in role.lower().split()):
        return True
    for mention in ent.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        # the title must be the name's own ("special counsel Robert Mueller", "Mueller, the special counsel"),
        # not a word nearby ("five other investigators on the Clinton case")
        titles = [t for t in doc[max(span.start - 3, 0) : span.end] if t.i >= span.start or _titles(t, span)]
        titles += [t for t in span.root.children if t.dep_ == "appos"]
        if any(t.lemma_.lower() in INVESTIGATORS for t in titles):
            return True
    return False


def _titles(word: Token, span: Span) -> bool:
    """Whether ``word``, before ``span``, is part of its noun phrase through compounds ("Attorney General
    Jeff Sessions")."""
    for _ in range(3):
        if span.start <= word.head.i < span.end:
            return True
        if word.dep_ not in ("compound", "amod", "nmod"):
            return False
        word = word.head
    return False


def _is_actor_modifier(doc: Doc, tok: Token) -> bool:
    """An adjective or compound that names who acts: "Israeli", "EU", "Hamas" (not "rocket")."""
    if tok.dep_ == "amod":
        return (tok.is_title or tok.is_upper) and bool(gazetteer().demonym(tok.text))
    # a place before an event noun says where ("the Gaza war") as often as who ("EU sanctions"), and
    # "Iran sanctions" are against Iran: only organisations and people act through a compound
    ent = entity_at(doc, tok.idx, tok.idx + len(tok.text))
    return ent is not None and ent.label in ("ORG", "PERSON") and is_actor(doc, tok)


#: nouns of an act done *to* someone: "Fahie's arrest" names the one arrested, not the arrester
PATIENT_POSSESSOR = frozenset(
    {
        "arrest", "detention", "release", "extradition", "deportation", "expulsion", "execution",
        "assassination", "murder", "killing", "kidnapping", "abduction", "imprisonment", "jailing",
        "capture", "conviction", "indictment", "prosecution", "sentencing", "internment", "persecution",
    }
)  # fmt: skip


#: custody nouns whose "of" object or possessor is the one taken, named with no one taking them, as
#: the subject of a clause or after a preposition ("led to the arrest of", "after the arrest of"): as
#: an object they are what a verb weighs, asks for or fears
CUSTODY_NOUNS = frozenset({"arrest", "detention", "capture", "jailing", "imprisonment", "internment", "rearrest"})


#: attacks warned of with no one named as attacked: a danger told of, no threat by the one who warns
DANGERS = frozenset({"attack", "bombing", "shooting", "violence", "terrorism"})
#: killings whose name, as a modifier, is the one killed: "the JFK assassination", "the Khashoggi murder"
KILLINGS_NAMED_BY_VICTIM = frozenset(
    {"assassination", "murder", "killing", "kidnapping", "abduction", "execution", "beheading", "lynching"}
)


def _patient_possessor(tok: Token) -> Token | None:
    """The possessor of an act-on-someone noun with no "of" object: "Fahie's arrest" -> Fahie; and the
    person named as a modifier of a killing: "the JFK assassination" -> JFK."""
    if tok.lemma_.lower() not in PATIENT_POSSESSOR or _pobj(tok, ("of",)) is not None:
        return None
    owner = _child(tok, "poss")
    if owner is None and tok.lemma_.lower() in KILLINGS_NAMED_BY_VICTIM:
        owner = next((c for c in tok.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"), None)
    return owner


def _participle_owner(doc: Doc, noun: Token, poss: Token) -> Token | None:
    """ "Federal prosecutors have subpoenaed Christie's campaign, escalating their probe": a possessive
    pronoun on the object of a trailing -ing clause with no subject of its own is the main subject's, when
    they agree in number ("their" a plural, "its" a singular)."""
    if poss.dep_ != "poss" or poss.lower_ not in ("their", "its") or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.tag_ != "VBG" or _child(verb, "nsubj", "nsubjpass") is not None:
        return None
    main = verb.head if verb.dep_ == "advcl" else None
    if verb.dep_ == "acl" and verb.i > 0 and doc[verb.i - 1].text == ",":
        main = verb.head  # the parser may hang the clause on the object before the comma
        while main.pos_ != "VERB" and main.head.i != main.i and main.dep_ in ("dobj", "conj", "pobj", "prep"):
            main = main.head
    if main is None or main.pos_ != "VERB":
        return None
    subject = _child(main, "nsubj")
    if subject is None:
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    if plural != (poss.lower_ == "their"):
        return None
    return _as_actor(doc, subject)
