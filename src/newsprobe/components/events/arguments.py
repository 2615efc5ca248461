"""Who did it to whom: the actor tokens of an event (and the actor record of one), its subject (from
the clause it depends on when the clause has none), the agent of a passive, the target (object or
prepositional object), a pronoun's antecedent, the wielder of a weapon, and a named settlement as the
place attacked.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components._clause import ACT_NOUNS, title_case
from newsprobe.components.entities import entity_at
from newsprobe.components.event_actors import (
    NOMINEES,
    RELATIONS,
    actor_of,
    find_actor_inside,
    former_role,
    is_actor,
)
from newsprobe.components.event_lexicon import lexicon
from newsprobe.components.events.page_precision import created
from newsprobe.components.events.syntax import (
    CHARGING,
    FRAME_AGREE,
    FRAME_DEMAND,
    FRAME_REJECT,
    FRAME_THREATEN,
    GENERIC_HARM,
    MATERIAL_HOSTILE,
    MONEY_NOUNS,
    NEVER_OWN,
    PACTS,
    SHARED_KNOWLEDGE,
    SPEECH,
    TARGET_PREPS,
    WEAPONS,
    _child,
    _infinitive,
    _is_support,
    _noun_code,
    _own_auxiliary,
    _pobj,
    _verb_code,
    charged_with,
)
from newsprobe.components.events.wire_actors import shared_object
from newsprobe.model import EventActor, Mention

#: destinations, not targets: "was taken to the hospital", "walked into the station"
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})
#: where words are said, never whom they are said to: "on the floor of the Council", "on the sidelines of
#: the summit", "on Twitter"
VENUES = frozenset({"floor", "sideline", "sidelines", "margin", "margins", "step", "steps", "podium", "stage", "air"})
PLATFORMS = frozenset(
    {"twitter", "facebook", "instagram", "youtube", "tiktok", "telegram", "reddit", "television", "tv", "radio",
     "cnn", "msnbc", "blog", "website", "podcast"}
)  # fmt: skip
FACILITIES = frozenset(
    {"hospital", "clinic", "station", "school", "prison", "jail", "airport", "hotel", "office", "headquarters",
     "home", "house", "centre", "center", "ward", "morgue"}
)  # fmt: skip


#: nouns that are something an actor has or does, not the actor: "Biden's drop in the polls offers
#: ...", "the minister's decision angered ..." (the possessor is not the subject of the verb)
NOT_AGENTS = ACT_NOUNS | frozenset(
    {"decline", "increase", "decrease", "plan", "bid", "call", "remark", "comment", "word", "speech",
     "statement", "report", "claim", "demand", "refusal", "failure", "absence", "presence", "visit", "return",
     "policy", "position", "stance", "silence", "opposition", "approach", "strategy", "success", "record",
     "history", "popularity", "lead", "rating", "poll", "performance", "behavior", "behaviour", "action",
     "announcement", "candidacy", "campaign", "health", "age", "wealth", "view", "idea", "proposal", "letter",
     "message", "book", "article", "tweet", "post", "deal", "agreement", "accord", "treaty", "law", "bill",
     "legislation", "program", "programme", "budget"}
)  # fmt: skip

#: governors whose infinitive's subject is their object: "forced X to withdraw", "X was pressured by
#: Y to resign" (everything but subject-control "promise")
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten", "offer", "agree", "refuse"})


def _actor_token(doc: Doc, tok: Token | None) -> Token | None:
    """``tok`` if it names an actor, else an actor named inside it."""
    if tok is None:
        return None
    if is_actor(doc, tok):
        return tok
    return _titled_name(doc, tok) or find_actor_inside(doc, tok)


def _titled_name(doc: Doc, title: Token) -> Token | None:
    """The person a capitalised title stands before: "Speaker of the House John Boehner" is Boehner,
    not the House."""
    if title.pos_ != "PROPN" or title.ent_type_:
        return None
    for child in title.children:
        if child.dep_ == "appos" and child.i > title.i:
            ent = entity_at(doc, child.idx, child.idx + len(child.text))
            if ent is not None and ent.label == "PERSON":
                return child
    return None


RELATIVE = frozenset({"that", "which", "who", "whom"})


def _relative_antecedent(tok: Token | None) -> Token | None:
    """The noun a relative pronoun stands for ("the town which troops shelled", "X, whom he met"),
    through the verbs of its clause ("whom he wanted to meet"); None for any other word."""
    if tok is None or tok.lower_ not in RELATIVE or tok.tag_ not in ("WP", "WDT"):
        return None  # "that" tagged as a conjunction is no relative, whatever the parse hangs it on
    clause = tok.head
    while clause.dep_ in ("xcomp", "conj", "ccomp") and clause.pos_ in ("VERB", "AUX"):
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None


#: verbs that, like speech, announce their subject's own course ("Tokyo signalled that it would ...")
SIGNALLING = frozenset({"signal", "hint", "vow", "pledge", "promise", "threaten", "decide"})
REPORTING = SPEECH | SIGNALLING


def _pronoun_antecedent(doc: Doc, pron: Token) -> Token | None:
    """ "Syria says it will withdraw": "it"/"they" in a clause reported by a speech verb is its subject."""
    cur = pron.head
    for _ in range(4):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in REPORTING:
            subj = _child(cur.head, "nsubj")
            if subj is not None and subj.lower_ not in ("it", "they", "we", "its", "their", "our"):
                if not _subject_fits(doc, pron, subj):
                    return None  # "He claimed that not knowing about their security requests ...": not him
                return _as_actor(doc, subj)  # "the League ministers meeting in Cairo said they ..."
            return None
        if cur.dep_ == "advcl" and pron.head.i == cur.i and pron.dep_ == "nsubj":
            return _main_clause_subject(doc, pron, cur)  # "The US warned ... as it opened an inquiry"
        if cur.dep_ in ("ROOT", "advcl", "acl"):
            return None  # "X denied ... a donation Y had pledged after they met": "they" is not X
        cur = cur.head
    return None


def _subject_fits(doc: Doc, pron: Token, subj: Token) -> bool:
    """Whether "it" or "they" can stand for the speaker ``subj`` (``_agrees`` is the stricter test for an
    object pronoun): never for "he" or "she"; "they" never for one person, "it" never for one person
    named in full (a one-word name may be a company the tagger took for a person: "Whataburger told Fox
    News that it is cooperating")."""
    if pron.lower_ not in ("it", "its", "they", "their", "them"):
        return True  # "we", "our": a spokesman speaks for a body as "we"
    if subj.lower_ in ("he", "she"):
        return False
    ent = entity_at(doc, subj.idx, subj.idx + len(subj.text))
    if ent is None or ent.label != "PERSON" or _child(subj, "conj") is not None:
        return True
    if pron.lower_ in ("they", "their", "them"):
        return False
    described = any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in subj.children)  # "X, a militant group,"
    return described or len(ent.name.split()) < 2


#: conjunctions of a clause that goes with its main clause in time or manner ("as it opened")
TIME_MARKS = frozenset({"as", "when", "while", "after", "before", "since", "until", "once"})


def _main_clause_subject(doc: Doc, pron: Token, clause: Token) -> Token | None:
    """ "The US has warned its citizens ... as it opened an investigation": "it" as the subject of a
    time clause is the main clause's subject, when that subject is named and agrees in number ("it"
    one, "they" several); a main clause whose subject is itself a pronoun or absent gives nothing."""
    if not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children):
        return None
    main = clause.head
    subj = _child(main, "nsubj")
    if subj is None or subj.pos_ == "PRON" or main.pos_ not in ("VERB", "AUX"):
        return None
    plural = subj.tag_ in ("NNS", "NNPS") or _child(subj, "conj") is not None
    if (pron.lower_ == "it") == plural or pron.lower_ not in ("it", "they"):
        return None
    return _as_actor(doc, subj)


def _as_actor(doc: Doc, tok: Token | None) -> Token | None:
    if tok is None:
        return None
    antecedent = _relative_antecedent(tok)
    if antecedent is not None:
        tok = _person_antecedent(antecedent) if tok.lower_ in ("who", "whom") else antecedent
    if tok.lower_ in ("it", "they", "we", "its", "their", "our"):
        return _pronoun_antecedent(doc, tok)
    if tok.lemma_.lower() in WEAPONS and tok.pos_ == "NOUN" and not is_actor(doc, tok):
        return _wielder(doc, tok)
    if is_actor(doc, tok):
        return tok
    # "al-Qaeda's terror network", "Israeli army bulldozers": an actor right inside the phrase (not
    # inside what an actor has or did: "Biden's drop in the polls")
    if tok.lemma_.lower() in NOT_AGENTS:
        return None
    named = _appositive_name(doc, tok)
    if named is not None:  # "Varga's chosen successor, Tomas Vell,": Vell, not Varga
        return named
    if tok.lemma_.lower() in NOMINEES:
        return None  # "the Supreme Court nominee": not the court
    if tok.lemma_.lower() in RELATIONS and _child(tok, "poss") is not None:
        return None  # "America's longtime adversaries": not America (but "NATO allies" are NATO)
    if former_role(tok):
        return tok  # "Former DNC chairman calls for ...": the one who held the role, no longer the DNC
    for child in tok.children:
        if (
            child.dep_ in ("poss", "compound")
            and (child.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or child.pos_ == "NOUN")
            and is_actor(doc, child)
        ):
            return child
        if child.dep_ == "amod" and child.lower_ in SIDE_ADJECTIVES and tok.lemma_.lower() in ENVOY_GROUPS:
            return child if is_actor(doc, child) else None  # "the rebel negotiating team": the rebels
    return None


#: adjectives that name a side in a conflict, and the groups that act for a side ("the rebel team")
SIDE_ADJECTIVES = frozenset({"rebel", "guerrilla", "insurgent", "separatist", "opposition", "government", "army"})
ENVOY_GROUPS = frozenset({"team", "squad", "unit", "camp", "panel", "mission", "contingent", "group"})


def _appositive_name(doc: Doc, tok: Token) -> Token | None:
    """The person named in apposition to a common noun, set off by a comma ("the successor, Tomas
    Vell,"): who the phrase is."""
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i + 1 and doc[tok.i + 1].text == ",":
            ent = entity_at(doc, child.idx, child.idx + len(child.text))
            if ent is not None and ent.label == "PERSON":
                return child
    return None


def _person_antecedent(tok: Token) -> Token:
    """Who "who" is when the parser hangs the relative clause on a name inside a person's
    apposition: "Chi Onwurah, the Labour MP for Newcastle Central, who is supporting ...": Chi
    Onwurah, never Newcastle Central; "residents of Kesh, who fled": the residents, not the town."""
    cur = tok
    while cur.dep_ == "pobj" and cur.head.dep_ == "prep":
        cur = cur.head.head
    if cur.dep_ == "appos" and (cur.head.ent_type_ == "PERSON" or cur.head.pos_ == "PROPN"):
        return cur.head
    return cur if tok.ent_type_ in ("GPE", "LOC", "FAC") else tok


#: what is done to a weapon before anyone uses it: "missiles supplied / made / sold by X"
ARMING = frozenset(
    {"supply", "provide", "send", "give", "sell", "deliver", "ship", "transfer", "smuggle", "make", "manufacture",
     "build", "produce", "design", "develop", "buy", "purchase", "acquire", "donate", "furnish", "funnel"}
)  # fmt: skip


def _wielder(doc: Doc, weapon: Token) -> Token | None:
    """Who used a weapon named as the agent ("by a missile fired by rebels", "an Israeli missile");
    the weapon itself acts for nobody."""
    for t in weapon.subtree:
        if t.dep_ == "agent" and t.head.dep_ in ("acl", "xcomp", "relcl") and t.i > weapon.i:
            if t.head.lemma_.lower() in ARMING:
                continue  # "missiles supplied to Yemen by the Iranian government": the supplier fires nothing
            actor = _as_actor(doc, _child(t, "pobj"))
            if actor is not None:
                return actor
    for child in weapon.children:
        if child.dep_ in ("amod", "poss", "compound") and child.i < weapon.i and is_actor(doc, child):
            if child.dep_ == "compound" and child.lemma_.lower() in WEAPONS:
                continue
            return child
    return None


def _participle_clause(verb: Token) -> bool:
    """A bare passive participle as a complement ("found him wounded"): its subject is the patient."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("xcomp", "oprd", "ccomp")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        # a clause reported before its speech verb ("X resorted to ..., the ministry said") is a
        # past tense the tagger misread: a complement participle follows the verb it completes
        and not (verb.dep_ == "ccomp" and verb.i < verb.head.i)
    )


def _passive_conj(verb: Token) -> bool:
    """The second of two coordinated passive participles ("was assaulted and hit by X"), or of a reduced
    pair the tagger reads as a past tense and a participle ("the fourth person shot and killed by a police
    officer": "by X" on the second, no object on either)."""
    head = verb.head
    if verb.dep_ != "conj" or _child(verb, "nsubj", "nsubjpass") is not None:
        return False
    reduced = (
        verb.tag_ == "VBN"
        and _child(verb, "agent") is not None
        and _child(verb, "dobj") is None
        and head.tag_ == "VBD"
        and _child(head, "dobj", "aux", "auxpass") is None
        and (_child(head, "nsubj") is not None or head.dep_ == "acl")  # ("the fourth person shot and killed by X")
    )
    return reduced or (
        # "hit", "beaten": a participle the tagger may read as a past tense, when it has no object
        (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and _child(verb, "dobj") is None))
        and head.tag_ == "VBN"
        and _child(head, "nsubjpass", "auxpass") is not None
    )


def _agent(doc: Doc, verb: Token, conj: bool = True) -> Token | None:
    """The "by X" of a passive verb: on the verb, after its instrument or charge ("hit with a stone by
    X", "convicted of fraud by X", the parser hanging "by X" on the stone or the charge), or on a
    coordinated participle ("assaulted and hit by X")."""
    direct = _pobj(verb, ("by",))
    if direct is not None:
        return direct
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "in", "of"):
            for pobj in prep.children:
                # an instrument, not an event noun ("killed in an air strike by X" is the strike's)
                if pobj.dep_ == "pobj" and not is_actor(doc, pobj) and _noun_code(pobj) is None:
                    inner = _pobj(pobj, ("by",))
                    if inner is not None and is_actor(doc, inner):
                        return inner
    if conj:
        for c in verb.children:
            if c.dep_ == "conj" and _passive_conj(c):
                found = _agent(doc, c, conj=False)
                if found is not None:
                    return found
            # "10 people were killed and 30 wounded by troops": the gapped participle hangs on the number
            gapped = [g for g in c.children if g.dep_ == "acl" and g.tag_ == "VBN"] if c.dep_ == "conj" else []
            # (a toll only: "a meeting was held and a cable sent by X" says nothing of who held it)
            tolls = verb.lemma_.lower() in GENERIC_HARM and bool(gapped) and gapped[0].lemma_.lower() in GENERIC_HARM
            if tolls and c.pos_ in ("NUM", "NOUN") and verb.tag_ == "VBN":
                found = _agent(doc, gapped[0], conj=False)
                if found is not None and is_actor(doc, found):
                    return found
    return None


#: devices that go off where someone put them: "a bomb planted by X exploded, killing 11"
PLANTED = frozenset({"bomb", "device", "mine", "landmine", "explosive", "grenade", "charge", "ied"})
#: how a device is put there
PLACING = frozenset({"plant", "lay", "place", "hide", "set", "leave", "throw", "hurl", "detonate"})


def _placed_by(doc: Doc, subj: Token) -> Token | None:
    """X in "a bomb planted by X (exploded, killing ...)", when X is an actor."""
    if subj.lemma_.lower() not in PLANTED:
        return None
    for child in subj.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in PLACING:
            return _as_actor(doc, _pobj(child, ("by",)))
    return None


def _dateline(tok: Token) -> bool:
    """A dateline parsed as a subject: the sentence opens with it and a dash follows it ("WASHINGTON --",
    "KABUL, Afghanistan —")."""
    doc, last = tok.doc, tok.right_edge.i  # the parser may hang the dash on the dateline itself
    dashes = (doc[i] for i in (last, last + 1) if i < len(doc))
    dash = any(t.text in ("--", "—", "–", "-") and t.whitespace_ != "" for t in dashes)
    place = tok.is_upper or tok.ent_type_ == "GPE"  # not "Many other Democrats – who stayed silent – came out"
    return dash and place and tok.left_edge.i == tok.sent.start and last - tok.left_edge.i <= 12


def _subject(doc: Doc, verb: Token, depth: int = 0) -> Token | None:
    """The acting subject of ``verb``, climbing through xcomp/conj/relcl/acl when the clause has none."""
    if _participle_clause(verb):
        return None
    subj = _child(verb, "nsubj", "csubj") or (_child(verb, "nsubjpass") if has_read_as_is(verb) else None)
    if subj is not None and _dateline(subj):  # "WASHINGTON -- The U.S. Attorney's office has subpoenaed ..."
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.right_edge.i), None)
    if subj is not None and _possessor(subj):
        return None  # "X's appointed deputy, Y, pardoned ..." misread as "X appointed": X is no subject
    if subj is not None:
        return _as_actor(doc, subj) or _unknown_name(doc, subj) or _placed_by(doc, subj)
    verbless = _verbless_subject(verb)
    if verbless is not None:  # "Relief workers from two charities pledged ...", parsed with no main verb
        return _as_actor(doc, verbless)
    fronted = _subject_after_fronted_phrase(verb) or _name_read_as_modifier(verb)
    if fronted is not None:  # "After talks in Arusha, Hutu and Tutsi leaders agreed ...", misparsed
        return _as_actor(doc, fronted)
    passive = _child(verb, "nsubjpass", "auxpass") is not None or _passive_conj(verb) or _reduced_passive(verb)
    agent = _agent(doc, verb) if passive else None
    if agent is not None:
        return _as_actor(doc, agent)
    if _resulting_in(verb) is not None and verb.dep_ in ("conj", "advcl", "ccomp") and depth <= 3:
        return _subject(doc, verb.head, depth + 1)  # "X cast her vote, resulting in Y's bill being rejected"
    if _child(verb, "nsubjpass", "auxpass") is not None or depth > 3:
        # a passive names its doer only with "by": "X hid with a friend, but was soon arrested" says
        # nothing of who arrested him (the subject it shares is the one arrested)
        return None
    if _participle_clause(verb):
        return None  # "found him wounded" names no one who wounded him
    if verb.dep_ == "conj" and verb.head.dep_ == "pcomp" and _child(verb, "nsubj") is None and depth <= 3:
        return _subject(doc, verb.head, depth + 1)  # "blamed X for killing ..., bombing ...": each is X's
    listed = _listed_after(verb)
    if listed is not None and depth <= 3:
        return _subject(doc, listed, depth + 1)  # the parser hangs the list's second item on the verb
    charged = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else None
    if charged is not None and charged.dep_ == "dobj" and charged.head.lemma_.lower() in CHARGING:
        # "accused the rebels of shelling", the parser hanging "of" on "rebels"; never the accuser
        # herself, whom a role noun may have been linked to ("Ford accused the nominee of assaulting her")
        accused = _as_actor(doc, charged)
        return None if accused is not None and _one_entity(doc, accused, _child(charged.head, "nsubj")) else accused
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        gov = verb.head.head
        if verb.head.lower_ == "of" and gov.lemma_.lower() in CHARGING and _child(gov, "dobj") is not None:
            return _as_actor(doc, _child(gov, "dobj"))  # "accused the army of shelling the market"
        if verb.head.lower_ == "with" and charged_with(verb) is not None:
            # "police charged the man with murdering his wife", "X was charged with assaulting": the one
            # charged is said to have done it, never the police
            return _as_actor(doc, _child(gov, "dobj", "nsubjpass"))
        if verb.head.lower_ == "for" and gov.lemma_.lower() not in EARNING:
            # "arrested the man for attacking a policeman", "X was criticised for supporting Y",
            # "expressed gratitude to X for supporting": the one blamed, thanked or punished did it
            punished = _child(gov, "dobj", "nsubjpass")
            thanked = _pobj(punished, ("to",)) if punished is not None else _pobj(gov, ("to",))
            thanked_actor = _as_actor(doc, thanked) if thanked is not None else None
            if thanked_actor is not None:
                return thanked_actor
            if punished is not None:  # whoever it is, and nobody when it is no actor ("a complaint")
                return _as_actor(doc, punished)
        return _subject(doc, gov, depth + 1)  # "resorted to throwing stones"
    if verb.dep_ == "conj" and verb.head.dep_ == "xcomp" and _own_auxiliary(verb) and depth <= 3:
        # "he had ordered the troops to go on alert and was reinforcing them": "was reinforcing" is
        # joined to "had ordered", whose subject it shares
        return _subject(doc, verb.head.head, depth + 1)
    going_on = verb.head.lemma_.lower() in ("go", "carry", "keep") and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in verb.head.children
    )
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and going_on and depth <= 3:
        return _subject(doc, verb.head, depth + 1)  # "Japan will go on demanding that ...": Japan demands
    if verb.dep_ == "advcl" and _infinitive(verb) and _child(verb.head, "auxpass") is not None:
        by = _agent(doc, verb.head)
        if by is not None:  # "To thank him, Campbell was paid $51,000 by FBI officials": the FBI thanks
            return _as_actor(doc, by)
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if verb.dep_ == "advcl" and not infinitive and not _trailing_participle(verb):
            return None
        head = verb.head
        if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "is willing to withdraw"
            head = head.head
        asked = _child(head, "dobj")
        event_noun = asked is not None and _noun_code(asked) is not None
        if verb.dep_ == "xcomp" and head.lemma_.lower() in FRAME_DEMAND and not event_noun:
            return _as_actor(doc, asked)  # "urged X to withdraw": X withdraws (not "called a strike to press")
        if _infinitive(verb) and verb.dep_ != "conj" and head.lemma_.lower() not in SUBJECT_CONTROL:
            # "forced X to withdraw", "X was forced by Y to withdraw": X withdraws
            obj = _child(head, "dobj", "nsubjpass")
            controller = _as_actor(doc, obj) if obj is None or not _noun_code(obj) else None
            if controller is not None and verb.dep_ == "advcl" and obj is not None and controller.i != obj.i:
                controller = None  # "defied a police ban to hold a rally": a purpose, not the police's act
            given = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if controller is not None and verb.dep_ == "advcl" and len(given) > 1:
                controller = None  # "I sent Philipp a note to thank him": the sender's purpose
            if controller is not None:
                return controller
        return _subject(doc, head, depth + 1)
    to_be = verb.dep_ in ("acl", "relcl") and _infinitive(verb)
    ranked = verb.head
    if to_be and ranked.dep_ == "pobj" and ranked.head.lower_ == "of" and ranked.head.head.dep_ == "attr":
        ranked = ranked.head.head  # "Mr. Clinton was one of the first to call": through "one of"
    if to_be and ranked.dep_ == "attr" and ranked.head.lemma_ in ("be", "become"):
        # "Brown was the first Republican senator to call on Akin to withdraw": Brown called
        copula_subject = _as_actor(doc, _child(ranked.head, "nsubj"))
        if copula_subject is not None:
            return copula_subject
    decided = verb.head if verb.dep_ == "acl" and _infinitive(verb) and verb.head.lemma_.lower() in DECISIONS else None
    if decided is not None:  # "Washington's decision to lift the embargo", "the decision by Nigeria to send"
        named = _child(decided, "poss") or _pobj(decided, ("by",))
        decider = _as_actor(doc, named) if named is not None and named.pos_ != "PRON" else None
        if decider is not None:  # (not "his decision": a pronoun's owner is read elsewhere, if at all)
            return decider
    effort = _effort_verb(verb) if verb.dep_ == "acl" and _infinitive(verb) else None
    if effort is not None:  # "launched a campaign to rally support": who launched it rallies
        return _subject(doc, effort, depth + 1)
    if verb.dep_ == "relcl" and verb.tag_ != "VBN":
        return _as_actor(doc, verb.head)
    struck = verb.head.head.head if verb.head.dep_ == "pobj" and verb.head.head.lower_ in ("on", "at") else None
    if verb.dep_ == "acl" and verb.lemma_.lower() in GENERIC_HARM and struck is not None and struck.pos_ == "VERB":
        # "opened fire on a crowd killing more than 50": the parser hangs the toll on the crowd fired on
        return _subject(doc, struck, depth + 1) if depth <= 3 else None
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and is_actor(doc, verb.head):
        return verb.head  # "fighters firing rockets" (not "police custody assisting ...")
    if _misread_root_subject(verb):
        return _as_actor(doc, verb.head)  # "The rebel delegation threatened on Sunday to ..."
    return None


def _resulting_in(verb: Token) -> Token | None:
    """The patient of a passive that an act results in: "..., resulting in Y's bill being rejected"
    (the parser makes "resulting" the passive's clausal subject): Y's bill."""
    if _child(verb, "auxpass") is None or _child(verb, "nsubjpass", "nsubj") is not None:
        return None
    # the parser hangs "resulting" on the passive, or beside it on the clause it follows
    for c in list(verb.children) + [s for s in verb.head.children if s.i < verb.i]:
        if c.dep_ in ("csubjpass", "csubj", "advcl") and c.lemma_.lower() in ("result", "lead") and c.tag_ == "VBG":
            found = _pobj(c, ("in", "to"))
            if found is not None and found.right_edge.i < verb.i:
                return found
    return None


def _possessor(subj: Token) -> bool:
    """A subject with a possessive "'s" of its own: the parser took a possessor for a subject."""
    return any(c.dep_ == "case" and c.tag_ == "POS" for c in subj.children)


def _misread_root_subject(verb: Token) -> bool:
    """A sentence the parser read as a bare noun phrase, its finite verb a modifier ("The rebel
    delegation threatened on Sunday to walk out ..." with "delegation" as the root): a past tense
    (not a participle) right after the noun is the noun's own act."""
    head = verb.head
    # a participle tag is the parser's reading too, unless the verb takes what no passive does:
    # an object, or "to <act>" after a verb of committing or refusing ("threatened to walk out")
    finite = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and (
            _child(verb, "dobj") is not None
            or (verb.lemma_.lower() in FRAME_THREATEN | FRAME_REJECT | FRAME_AGREE
                and any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children))
        )
    )
    return (
        verb.dep_ == "acl"
        and finite
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and verb.i == head.i + 1
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in verb.children)
    )


#: nouns for an undertaking whose infinitive is what is being done: "launched a campaign to rally
#: support", "began a drive to collect aid" (not "a bid / an attempt to", which may fail)
EFFORTS = frozenset({"campaign", "drive", "effort", "push", "operation", "initiative", "mission"})


#: nouns of a decision taken by whoever owns them: "X's decision to lift the embargo"
DECISIONS = frozenset({"decision", "move", "choice", "resolve", "determination"})


def _effort_verb(verb: Token) -> Token | None:
    """The verb that launches the undertaking ``verb`` is the purpose of ("X began a diplomatic
    campaign to rally support": began), when it is a support or aspect verb."""
    noun = verb.head
    if noun.lemma_.lower() not in EFFORTS or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    return noun.head if _is_support(noun.head) else None


#: material acts a reduced passive reports as done ("rice donated by Thailand", "prisoners freed by
#: the rebels"); a verbal one there names an author ("the forum, proposed by X,"), not an event
MATERIAL_ACTS = MATERIAL_HOSTILE | frozenset({"AID", "RETREAT", "COOPERATE"})


#: verbs whose subject earns something "for" what it did: "won praise for helping refugees"
EARNING = frozenset({"win", "earn", "receive", "get", "draw", "face", "attract", "garner", "gain", "deserve"})
#: backing someone: done by whoever "by" names, even in a reduced passive ("the rebels, backed by Iran")
BACKING = frozenset({"support", "back"})
#: signing an agreement: done by whoever "by" names, even in a reduced passive
SIGNING = frozenset({"sign", "ratify", "broker", "countersign"})
#: a go-between's part in talks told after them: "peace talks mediated by the OSCE", "talks brokered
#: by Norway"
MEDIATING = frozenset({"mediate", "broker"})
#: what a go-between's talks are called
TALKS = frozenset({"talk", "negotiation", "discussion", "dialogue", "process", "contact"})


def _listed_after(verb: Token) -> Token | None:
    """ "blamed X for killing three colonels, bombing the facilities of U.S. companies and killing
    Iranians": a gerund list whose second item the parser hangs on "blamed" (the list goes on with "and");
    the first item, after "for" or "of", whose doer it shares."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or _child(verb, "conj") is None or _child(verb, "nsubj"):
        return None
    return next(
        (g for c in verb.head.children if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i < verb.i
         for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"),
        None,
    )  # fmt: skip


def _reduced_passive(verb: Token) -> bool:
    """ "2,000 tonnes of rice donated by Thailand": a participle after its noun, with "by X"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or _child(verb, "agent") is None:
        return False
    if verb.lemma_.lower() in SIGNING and verb.head.lemma_.lower() in PACTS:
        return True  # "the deal signed by X": a signature is an act (a letter signed by X is authorship)
    if verb.lemma_.lower() in MEDIATING and verb.head.lemma_.lower() in TALKS:
        return True  # "the talks, mediated by Norway, ended": Norway mediated
    if verb.lemma_.lower() in BACKING and is_actor(verb.doc, verb.head):
        return True  # "the rebels, backed by Iran, seized the town": Iran backs them
    code = _verb_code(verb)
    return code is not None and code[0] in MATERIAL_ACTS


#: verbs of time spent doing something: "wasted no time condemning", "spent the day shelling"
TIME_SPENDING = frozenset({"waste", "spend", "lose"})


def _trailing_participle(verb: Token) -> bool:
    """ "X launched a mediation effort, holding talks with both sides": an -ing clause after a comma
    (or after a verb of time spent: "Kerry wasted no time condemning ..."), with no subject or
    conjunction of its own, is done by the main clause's subject."""
    return (
        verb.tag_ == "VBG"
        and verb.i > verb.head.i
        and verb.i > 0
        and (verb.doc[verb.i - 1].text == "," or verb.head.lemma_.lower() in TIME_SPENDING)
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "auxpass") for c in verb.children)
    )


#: whom prayers and sermons name as acting: no political actor
DEITIES = frozenset({"god", "allah", "lord", "jehovah", "yahweh"})
#: capitalised words that start a sentence or name a time, not an actor
_NOT_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december", "today",
     "yesterday", "tomorrow"}
)  # fmt: skip


def _unknown_name(doc: Doc, subj: Token) -> Token | None:
    """A proper name the entity stage did not type, as the subject of an event verb ("Eritera has
    agreed to ..."): whoever a name names, as the one who acts it is an actor."""
    if subj.pos_ != "PROPN" or subj.tag_ != "NNP" or not subj.is_title or subj.lower_ in _NOT_NAMES:
        return None
    if subj.lower_ in DEITIES or title_case(subj.sent):
        return None  # "God is asking ...", "Plague Outbreak Has Killed 57": no actor named
    if subj.lower_ in lexicon().nouns:
        return None  # "Shelling struck the port": an act, capitalised at the start, is no name
    if subj.ent_type_ not in ("", "PERSON", "ORG", "GPE", "NORP"):
        return None
    if entity_at(doc, subj.idx, subj.idx + len(subj.text)) is not None:
        return None
    if any(c.dep_ in ("det", "poss", "amod", "prep") for c in subj.children):
        return None  # "the Odyssey", "Monday's vote": a thing, not a name standing alone
    return subj


def _name_read_as_modifier(verb: Token) -> Token | None:
    """ "Turkey massed troops along its border": the parser may read a name before a main verb that has
    no subject as a modifier of it ("npadvmod"); a name of a state, a body or a person right before a
    finite root verb is its subject."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or _child(verb, "nsubj", "nsubjpass") is not None:
        return None
    name = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i), None)
    if name is None or name.pos_ != "PROPN" or name.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON"):
        return None
    between = verb.doc[name.i + 1 : verb.i]
    return name if all(t.dep_ in ("advmod", "aux", "neg") for t in between) else None


def _subject_after_fronted_phrase(verb: Token) -> Token | None:
    """ "After three days of talks in Arusha, Hutu and Tutsi party leaders agreed to ...": the parser may
    hang the subject on the fronted phrase as a conjunct of its last noun, leaving the main verb with
    none. A root verb with no subject, right after a comma-closed opening phrase, whose words between
    the comma and the verb form one noun phrase joined to that opening phrase, has that phrase as
    its subject (its first noun)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if _child(verb, "nsubj", "nsubjpass", "csubj", "expl") is not None:
        return None
    sent = verb.sent
    comma = next((t for t in reversed(list(verb.doc[sent.start : verb.i])) if t.text == ","), None)
    if comma is None or comma.i == sent.start or verb.i - comma.i < 2:
        return None
    words = verb.doc[comma.i + 1 : verb.i]
    if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") for t in words):
        return None
    first = words[0] if words[0].pos_ not in ("DET",) else (words[1] if len(words) > 1 else None)
    tops = [t for t in words if not (words.start <= t.head.i < words.end)]
    if first is None or len(tops) != 1 or tops[0].dep_ != "conj" or tops[0].head.i >= comma.i:
        return None
    if first.pos_ not in ("NOUN", "PROPN") or tops[0].i != words.start + (0 if words[0].pos_ != "DET" else 1):
        return None
    opening = verb.doc[sent.start]
    if opening.dep_ not in ("prep", "advmod", "npadvmod") and opening.pos_ not in ("ADP", "SCONJ"):
        return None
    return tops[0]


#: verbs of turning to a means, never passive: "resorted to throwing stones"
RESORTING = frozenset({"resort", "turn", "revert", "return"})


def _verbless_subject(verb: Token) -> Token | None:
    """The subject of a sentence the parser read with no main verb: "Norway's foreign minister,
    Knut Haraldsen, offered ..." gives a noun root with the finite verb hung on it as a clause; the
    root noun is who acts (not a reduced relative "a camp attacked by X": that has its own "by")."""
    root = verb.sent.root
    if verb.dep_ != "acl" or root.pos_ not in ("NOUN", "PROPN") or root.i >= verb.i:
        return None
    if verb.tag_ not in ("VBD", "VBN") or _child(verb, "agent", "nsubj", "nsubjpass", "auxpass") is not None:
        return None
    # a bare participle is a passive ("US bloggers banned from entering UK", "Dealer arrested in X"),
    # unless it takes what no passive does: an object, or "to <act>"
    active = any(
        _child(v, "dobj") is not None or any(c.dep_ == "xcomp" and _infinitive(c) for c in v.children)
        for v in [verb, *(c for c in verb.children if c.dep_ == "conj")]
    )  # "donated and delivered $50,000 worth of goods": the object may hang on the coordinated verb
    # "Palestinian youths resorted to throwing stones": no passive turns to doing something
    active = active or verb.lemma_.lower() in RESORTING and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )
    if (verb.tag_ == "VBN" and not active) or title_case(verb.sent):
        return None
    head = verb.head
    # through "loyal to a rival faction" too: "Gunmen loyal to a rival faction commandeered three lorries"
    while head.i != root.i and (head.dep_ in ("pobj", "prep", "appos", "conj", "compound") or head.pos_ == "ADJ"):
        head = head.head
    if head.i != root.i or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in verb.doc[root.i : verb.i]):
        return None
    return root


def _own(tok: Token) -> bool:
    """ "its troops", "their forces": the actor's own people are not its target (but "his guests",
    "their hostages" are people acted on: ``NEVER_OWN``)."""
    if tok.lemma_.lower() in NEVER_OWN or tok.lower_ in NEVER_OWN:
        return False
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in tok.children)


def has_read_as_is(verb: Token) -> bool:
    """ "he's asked a law firm to ...": the parser reads "'s" as "is" and the verb as a passive, but a
    passive takes no direct object: the "'s" is "has" and its subject acts."""
    return _child(verb, "dobj") is not None and any(
        c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children
    )


#: gatherings one speaks or acts at: "at a conference", "at the summit" name a venue, not a target (a
#: hearing or a session is held by a body one may testify to: "declined to testify at a House hearing")
OCCASIONS = frozenset(
    {"conference", "summit", "meeting", "rally", "convention", "event", "ceremony", "forum", "dinner", "luncheon",
     "gathering", "debate", "fundraiser", "fund-raiser"}
)  # fmt: skip


def _target(doc: Doc, verb: Token, preps: tuple[str, ...] = TARGET_PREPS, skip: int = -1) -> Token | None:
    patient = _child(verb, "nsubjpass") or (_child(verb, "nsubj") if _participle_clause(verb) else None)
    if has_read_as_is(verb):
        patient = None
    if patient is None and _passive_conj(verb):
        # "she was assaulted and hit": she is hit too ("the fourth person shot and killed by X": the
        # subject the parser gives the first participle is the one killed)
        patient = _child(verb.head, "nsubjpass") or _child(verb.head, "nsubj")
        patient = patient or (verb.head.head if verb.head.dep_ == "acl" else None)
    if patient is None:
        patient = _resulting_in(verb)  # "resulting in Y's amendment being rejected": Y's amendment
    if (
        patient is None
        and verb.dep_ == "conj"
        and _child(verb, "auxpass") is not None
        and _child(verb, "nsubj", "csubj", "csubjpass") is None
        and any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)
    ):
        patient = _child(verb.head, "nsubj", "nsubjpass")  # "X hid with a friend, but was soon arrested": X
    if (
        patient is None
        and verb.tag_ == "VBN"
        and (verb.dep_ == "acl" or (verb.dep_ == "relcl" and _child(verb, "auxpass") is not None))
        and _child(verb, "dobj") is None  # a participle with an object is active: "regime killed 40 villagers"
        and _verbless_subject(verb) is None
    ):
        patient = verb.head  # "a camp attacked by militiamen", "the town which was shelled"
    obj = _child(verb, "dobj", "dative")
    obj = (_relative_antecedent(obj) or obj) if obj is not None else shared_object(verb)
    for cand in ([patient] if patient is not None else []) + [obj]:
        # ("the Munich Pact signed by X with Y": the pact is no party to it)
        signed = cand is not None and verb.lemma_.lower() in SIGNING and cand.lemma_.lower() in PACTS
        if cand is not None and (cand.i == skip or _own(cand) or created(verb, cand) or signed):
            continue  # "form a commission": what is made is not acted on
        found = _actor_token(doc, cand) or _named_settlement(cand)
        if found is not None:
            return found
    if obj is not None and obj.lemma_.lower() in QUARRELS:
        found = _actor_token(doc, _pobj(obj, ("with",)))
        if found is not None:
            return found  # "settle its quarrel with the MDC over the make-up of the cabinet": the MDC
    preps = without_venue(verb, preps)  # "filed a complaint with the oversight board"
    if verb.lemma_.lower() in BARRING:
        preps = tuple(p for p in preps if p != "from")  # "banned from the UK": where from, not who
    if verb.lemma_.lower() in CUSTODY_VERBS:
        preps = tuple(p for p in preps if p != "at")  # "arrested at the US-Mexico border": a place
    pobj = _pobj(verb, preps)
    if pobj is not None and pobj.i == skip and pobj.head.lower_ == "with":  # "respond with force to X": a means
        pobj = _pobj(verb, tuple(p for p in preps if p != pobj.head.lower_))
    if pobj is not None and pobj.head.lower_ == "at" and pobj.lemma_.lower() in OCCASIONS:
        # "At an American Bar Association conference, Lerner apologized": where it was said, not to whom
        pobj = _pobj(verb, tuple(p for p in preps if p != "at"))
    found = _actor_token(doc, pobj) if pobj is None or not _destination(doc, pobj) else None
    if found is not None:
        return found
    obj = _child(verb, "dobj")
    if obj is not None and obj.i != skip:  # "lifted the sanctions on Iran", "presented evidence against X"
        # an event noun's own partner too: "continue aid to X", "break relations with X"
        event_noun = _noun_code(obj) is not None or obj.lemma_.lower() in ("relation", "tie", "link")
        event_noun = event_noun or obj.lemma_.lower() in SHARED_KNOWLEDGE  # "share intelligence with X"
        preps = ("on", "against", "upon", "to", "with") if event_noun else ("on", "against", "upon")
        if not event_noun and obj.lemma_.lower() in STANCES:
            preps = ("against",)  # "opposed his toughness on migrants": a stance on a topic, not on someone
        preps = without_venue(verb, preps)  # "a complaint with X's board", hung on the complaint
        found = _actor_token(doc, _pobj(obj, preps))
        if found is not None:
            return found
        inner = _pobj(obj, ("in", "of")) if obj.lemma_.lower() in MONEY_NOUNS else None
        found = _actor_token(doc, _pobj(inner, ("to",))) if inner is not None else None
        if found is not None:  # "pledged $40 million in loans to Tunisia"
            return found
    ccomp = _child(verb, "ccomp")
    reported = ccomp is not None and ccomp.i < verb.i and ccomp.lemma_.lower() in SPEECH
    if ccomp is not None and not reported:  # "demanded that the US cancel ..."
        # (a report before the verb is the parse hanging it there: "X said the Senate should take up the
        # measures; most would attack federal regulations")
        found = _actor_token(doc, _child(ccomp, "nsubj", "nsubjpass"))
        # (a view shared is about its subject, not with the owner of it: "all agreed that Mrs. Clinton's
        # proposal would raise taxes"; but "investigating whether X's bias factored" looks into X)
        shared = verb.lemma_.lower() in ("agree", "concur") and found is not None and found.dep_ == "poss"
        if found is not None and not shared:
            return found
    for clause in verb.children:  # "... to target Iran's missile capabilities"
        if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in ("target", "punish", "hit"):
            found = _actor_token(doc, _child(clause, "dobj"))
            if found is not None:
                return found
    return None


#: filing a complaint or a suit, whose "with" is where it is filed: "filed a complaint with the board" (a
#: protest "lodged with Tokyo" is lodged with the one protested to)
LODGING = frozenset({"file", "submit"})


def without_venue(verb: Token, preps: tuple[str, ...]) -> tuple[str, ...]:
    """``preps`` less "with" when ``verb`` files something, whose "with" is where it is filed."""
    return tuple(p for p in preps if p != "with") if verb.lemma_.lower() in LODGING else preps


#: keeping or putting someone out, whose "from" is where from: "banned from the UK", "deported from Germany"
BARRING = frozenset({"ban", "bar", "exclude", "expel", "evict", "deport", "suspend", "exile", "banish"})
#: taking into custody, whose "at" is where: "arrested at the border", "detained at the airport"
CUSTODY_VERBS = frozenset({"arrest", "detain", "apprehend", "capture", "catch", "nab", "intercept", "stop", "hold"})
#: a stance or a policy, whose "on" is its topic: "his toughness on migrants", "her policy on Iran"
STANCES = frozenset(
    {"policy", "stance", "position", "view", "toughness", "approach", "record", "remark", "comment", "rhetoric",
     "line", "tone", "opinion", "attitude", "softness", "leniency", "focus", "emphasis", "statement", "ruling"}
)  # fmt: skip


#: quarrels, whose "with" names the other side: "its dispute with Japan"
QUARRELS = frozenset({"dispute", "quarrel", "row", "differences", "feud", "standoff", "stand-off", "conflict"})


def _destination(doc: Doc, pobj: Token) -> bool:
    """ "to the hospital", "into the police station": where someone went or was taken, not whom an
    act is done to; and "on the floor of the Council", "on Twitter": where it was said."""
    if pobj.head.lower_ in ("on", "at") and (pobj.lemma_.lower() in VENUES or pobj.lower_ in PLATFORMS):
        return True
    if pobj.head.lower_ not in DESTINATION_PREPS:
        return False
    ent = entity_at(doc, pobj.idx, pobj.idx + len(pobj.text))
    if ent is not None and ent.label == "FAC":
        return True
    return pobj.lemma_.lower() in FACILITIES or (ent is not None and ent.name.split()[-1].lower() in FACILITIES)


#: nouns for an inhabited place: "the village of Kesh" is the place Kesh, as a named town is
SETTLEMENTS = frozenset(
    {"village", "town", "city", "capital", "camp", "district", "province", "region", "port", "suburb", "neighbourhood",
     "neighborhood", "enclave", "settlement"}
)  # fmt: skip


def _named_settlement(tok: Token | None) -> Token | None:
    """The name in "the (border) village of Kesh" / "the capital Juba", when the entity stage
    missed it: the place attacked (or occupied) is the target, as the PLOVER records code it."""
    if tok is None or tok.lemma_.lower() not in SETTLEMENTS:
        return None
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = _child(child, "pobj")
            if pobj is not None and pobj.pos_ == "PROPN":
                return pobj
    return None


def _one_entity(doc: Doc, a: Token, b: Token | None) -> bool:
    """Whether two tokens name the same entity (by the entity stage's ids)."""
    if b is None:
        return False
    first, second = actor_of(doc, a), actor_of(doc, b)
    return first is not None and second is not None and first.entity_id is not None and (
        first.entity_id == second.entity_id
    )


def _agrees(pron: Token, antecedent: Token) -> bool:
    """ "it" for one thing that is no person ("Israel said ... fired at it"), "them" for several
    ("police said protesters attacked them"); "he said ... would help finance them" is no match."""
    several = antecedent.tag_ in ("NNS", "NNPS") or _child(antecedent, "conj") is not None
    if antecedent.ent_type_ == "PERSON" or antecedent.lower_ in ("he", "she", "i"):
        return False
    return several if pron.lower_ == "them" else not several


def _actor(doc: Doc, tok: Token | None) -> EventActor | None:
    if tok is None:
        return None
    found = actor_of(doc, tok)
    if found is None and tok.lower_ in ("it", "them") and tok.dep_ in ("pobj", "dobj"):
        # "Israel said a mortar bomb was fired at it": the one who says it, as for a subject "it"
        antecedent = _pronoun_antecedent(doc, tok)
        found = actor_of(doc, antecedent) if antecedent is not None and _agrees(tok, antecedent) else None
        if found is not None:  # the pronoun's own place in the text, the antecedent's name
            found.mention = Mention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text)
    return found
