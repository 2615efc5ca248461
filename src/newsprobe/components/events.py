"""Who did what to whom, when and where: the ``newsprobe_events`` spaCy component (PLOVER).

It writes ``doc._.events``, a list of :class:`newsprobe.model.Event` in text order, from rules over
the dependency parse and the lexicons in ``data/events/`` (written from the PLOVER event
definitions; no trained model):

* **Triggers.** A verb from ``verbs.tsv`` ("shelled", "condemned"), a verb with an object from
  ``phrases.tsv`` ("imposed sanctions", "received a delegation"), or an event noun from
  ``nouns.tsv``/``compounds.tsv`` ("sanctions", "rocket attacks") when someone is named as doing it:
  a possessor ("Australia's sanctions"), an actor modifier ("EU sanctions"), "by X", or the subject
  of a support verb ("X carried out attacks"). Adjectival participles ("occupied territories") are
  no events.
* **Actors.** Source = subject, or the agent in the passive ("Z was shelled by Y"); target = object
  (or the actor named inside it: "condemned Australia's sanctions" -> Australia), else the object of
  on/against/with/at/to. Subjects missing from a clause come from the clause it depends on.
* **Modality.** Frame verbs decide the type of what they govern: "threatened to strike" is THREATEN
  (mode violence), "refused to withdraw" REJECT, "offered/promised/agreed to withdraw" AGREE,
  "urged X to withdraw" DEMAND, "prepared to attack" MOBILIZE. A cooperative act in the future
  ("will meet", "is willing to withdraw") is AGREE, a material hostile one THREATEN; a negated
  cooperative act is REJECT and a negated hostile one is no event. An infinitive its governor does
  not assert ("allowed X to attack", "wants X to attack", "did not give permission to X to help",
  a purpose "shelled the town to punish Y") is no event; "began/tried/decided to" assert it.
* **Type by sectors, never by party.** Bombing by a state or its forces is conventional force
  (heavy-weapons), by anyone else non-military bombing (explosives; CAMEO 183); a generic attack on
  civilians is unconventional violence.
* **PLOVER 2021.** The rules work in PLOVER's types plus four working distinctions (FIGHT,
  DEMAND, DISAPPROVE, INVESTIGATE); every event is emitted in PLOVER Draft 0.8 (2021, as POLECAT
  codes), see :func:`newsprobe.components.event_lexicon.to_plover2021`: conventional military force
  is ASSAULT with context "military" (CAMEO 19x), DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are
  ACCUSE (modes disapprove, investigate).
* **Wanted is not done.** The content of a demand, call, proposal, request, order, plan or hope
  ("demanded that X withdraw", "hopes that X will withdraw", a subjunctive "that X withdraw") is no
  event of its own; the request is addressed to whom it asks ("urged X to release the prisoners",
  "called on X to ...": target X).
* **Places attacked.** A named place as the patient ("shelled the village of Kesh") is the target,
  as the PLOVER records code it (its country when known, no sector: a place is not its civilians).
* **Voice.** An event inside a quote's content (``doc._.quotes``), or in a clause reported by a
  speech verb ("X said Y shelled Z"), is ``quoted`` and ``claimed_by`` the speaker; a noun-phrase
  object of the cue ("Iran condemned Australia's sanctions") stays in the outlet's voice.
* **Date and place.** A date from ``doc._.dates`` and a place entity in the event's own clause (a
  temporal "as/when/while" clause shares its main clause's); none is borrowed from elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsprobe.components._clause import headline_passive
from newsprobe.components._ext import register_extensions
from newsprobe.components.entities import entity_at
from newsprobe.components.event_actors import actor_of, find_actor_inside, is_actor, place_of
from newsprobe.components.event_lexicon import Code, lexicon, to_plover2021
from newsprobe.components.places import gazetteer
from newsprobe.model import ClaimSource, DateExpr, Event, EventActor, EventPlace, Offsets, Quote

__all__ = ["find_events", "event_candidates", "EventsComponent"]

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE"})
MATERIAL_HOSTILE = frozenset({"FIGHT", "ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"})
#: THREATEN modes by the type of the threatened act
THREAT_MODES = {
    "FIGHT": "violence",
    "ASSAULT": "violence",
    "SANCTION": "relations",
    "COERCE": "restrict",
    "PROTEST": "relations",
    "MOBILIZE": "violence",
}

#: verb lemmas that frame an xcomp ("threatened to ...") -> how they code it
FRAME_THREATEN = frozenset({"threaten"})
FRAME_REJECT = frozenset({"refuse", "decline", "reject"})
FRAME_AGREE = frozenset({"agree", "offer", "promise", "pledge", "vow", "commit", "volunteer"})
FRAME_DEMAND = frozenset({"demand", "urge", "call", "press", "ask", "appeal", "request", "pressure"})
FRAME_PREPARE = frozenset({"prepare"})
FRAME_INTENT = frozenset(
    {"plan", "intend", "want", "hope", "seek", "aim", "wish", "expect", "consider", "mull", "schedule"}
)
FRAME_FAIL = frozenset({"fail"})
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
    {"demand", "call", "proposal", "request", "plan", "hope", "appeal", "order", "ultimatum", "wish", "plea"}
)
#: governors that leave what they govern as it is ("tried to", "began", "resorted to")
FRAMES = FRAME_THREATEN | FRAME_REJECT | FRAME_AGREE | FRAME_DEMAND | FRAME_PREPARE | FRAME_INTENT | FRAME_FAIL
WILLING = frozenset({"willing", "ready", "prepared", "determined", "eager"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})

SPEECH = frozenset(
    {
        "say",
        "tell",
        "claim",
        "report",
        "state",
        "announce",
        "add",
        "allege",
        "insist",
        "assert",
        "write",
        "note",
        "confirm",
        "explain",
        "argue",
        "warn",
        "stress",
        "declare",
        "reveal",
        "indicate",
        "suggest",
        "believe",
        "think",
        "maintain",
        "contend",
        "charge",
        "acknowledge",
        "admit",
        "deny",
        "quote",
    }
)
CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "csubj", "parataxis", "advmod"}
)
TARGET_PREPS = ("on", "against", "upon", "at", "into", "with", "toward", "towards", "to", "over", "from")
ATTACK_TARGET_PREPS = tuple(p for p in TARGET_PREPS if p != "from")
NOUN_TARGET_PREPS = ("on", "against", "upon", "at", "into", "with", "toward", "towards", "of", "to")
TEMPORAL_MARKS = frozenset({"as", "when", "while"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
#: heads a trigger can modify without losing its meaning ("sanctions regime", "attack campaign")
TRANSPARENT_HEADS = frozenset(
    {"regime", "package", "program", "programme", "campaign", "measure", "list", "operation", "effort"}
)
#: conventional military means: a killing by these is FIGHT (conventional force), not ASSAULT
WEAPONS = frozenset(
    {
        "missile",
        "rocket",
        "shell",
        "artillery",
        "mortar",
        "airstrike",
        "aircraft",
        "warplane",
        "jet",
        "tank",
        "helicopter",
        "drone",
        "gunfire",
        "shelling",
        "bombardment",
        "air",
        "strike",
    }
)
#: generic harm verbs whose type and mode can come from the means ("killed in a suicide bombing")
GENERIC_HARM = frozenset({"kill", "wound", "injure"})
OBLIGATION = frozenset({"must", "should"})
#: verbs of state: "Y should feel safe", "Y must be ready" ask no act of anyone
STATIVE = frozenset({"be", "feel", "have", "know", "seem", "remain", "stay", "look", "sound", "understand"})
#: subjects of "should/must" that address no one in particular
NOBODY = frozenset({"nobody", "no", "none", "everyone", "everybody", "anyone", "anybody", "one", "someone", "we"})
#: "added X to its sanctions list": the verbs that put someone on a list, and the list nouns that make
#: an addition a sanction
LISTING_VERBS = frozenset({"add"})
SANCTION_LISTS = frozenset({"blacklist", "watchlist", "blocklist"})
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
    }
)
#: adjectives that assert their infinitive: "was able to free", "was quick to condemn"
REALISING_ADJ = frozenset({"able", "quick", "first", "last", "swift", "fast"})
EXPRESSIVE = frozenset({"PROTEST", "DEMAND", "DISAPPROVE", "SUPPORT"})
#: passive report verbs: "X is alleged to have attacked Y" asserts the attack as someone's claim
REPORTED_PASSIVE = frozenset({"allege", "say", "report", "believe", "think", "understand", "suspect", "claim"})
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
NEEDS_ACTOR_TARGET = frozenset({"shoot", "invest"})
#: releasing someone is RETREAT between actors: by someone named, or of captives ("hostages were
#: released"); "was treated and released" (from hospital) is no release
NEEDS_SOURCE_OR_CAPTIVE = frozenset({"release", "free"})
CAPTIVES = frozenset({"prisoner", "hostage", "detainee", "captive", "inmate", "abductee"})
#: harm to property that weather, fire or accident also do: an event only when its subject is an actor
NATURAL_CAUSES = frozenset({"damage", "burn", "destroy", "drive", "flatten", "wreck"})
#: destinations, not targets: "was taken to the hospital", "walked into the station"
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})
FACILITIES = frozenset(
    {"hospital", "clinic", "station", "school", "prison", "jail", "airport", "hotel", "office", "headquarters",
     "home", "house", "centre", "center", "ward", "morgue"}
)  # fmt: skip
#: modal auxiliaries of what may, can or ought to happen: "X could attack", "X should demand" (an act
#: owed to a speaker's demand is read by _obligation; on its own it is no event)
ANYONE = frozenset({"anyone", "anybody", "anything", "either"})
RESIGNING = frozenset({"resign", "retire", "quit"})
MODAL_UNREAL = frozenset({"could", "might", "may", "can", "ca", "should", "must", "ought"})
#: what "declined/refused to ..." governs when nothing is refused but a comment: "declined to
#: comment", "refused to be interviewed", "declined to say" (CAMEO 011, which PLOVER does not code)
NO_COMMENT = SPEECH | frozenset(
    {"comment", "elaborate", "speak", "discuss", "answer", "respond", "identify", "name", "disclose",
     "specify", "interview", "reply", "talk", "detail", "give", "speculate"}
)  # fmt: skip
#: governors of a gerund that leave it undone: "refrained from endorsing", "ruled out resigning",
#: "considered imposing", "avoided meeting"
UNDOING_GERUND = frozenset(
    {"refrain", "avoid", "abstain", "consider", "contemplate", "mull", "weigh", "discuss", "propose",
     "suggest", "recommend", "risk", "oppose", "resist", "deny", "escape", "forgo", "postpone",
     "delay", "stop", "cease", "quit"}
)  # fmt: skip
#: verbs whose event reading needs an object or an infinitive: "declined the offer", "declined to
#: sign" (not "support declined"), "appealed for calm", "appealed to X to ..." (not "appealing to
#: voters", "appealed the ruling" is a court's business)
NEEDS_COMPLEMENT = frozenset({"decline"})
#: verbs of force posture: MOBILIZE only with forces as object or a force as subject
MOBILIZING = frozenset({"mobilize", "mobilise", "deploy", "amass", "reinforce", "station"})
FORCES = frozenset(
    {"troop", "soldier", "force", "army", "tank", "warship", "reservist", "police", "officer", "unit", "battalion",
     "brigade", "division", "militia", "fighter", "missile", "jet", "aircraft", "ship", "vessel", "submarine",
     "artillery", "weapon", "guard", "personnel", "position", "border", "drone", "marine", "paratrooper"}
)  # fmt: skip
#: an "appeal" is a request only with what is asked: "for X", "to X to <act>", "that ..."
APPEAL = frozenset({"appeal"})
#: nouns a host receives that are gatherings, not visitors: "hosted the conference"
GATHERINGS = frozenset(
    {"conference", "summit", "meeting", "talk", "forum", "event", "festival", "debate", "game", "ceremony",
     "congress", "convention", "session", "round", "dinner", "reception", "party", "exhibition", "show"}
)  # fmt: skip
#: nouns that are something an actor has or does, not the actor: "Biden's drop in the polls offers
#: ...", "the minister's decision angered ..." (the possessor is not the subject of the verb)
NOT_AGENTS = frozenset(
    {"drop", "fall", "rise", "decline", "increase", "decrease", "decision", "move", "plan", "bid", "call",
     "remark", "comment", "word", "speech", "statement", "report", "claim", "demand", "refusal", "failure",
     "absence", "presence", "victory", "defeat", "win", "loss", "death", "arrival", "departure", "visit",
     "return", "policy", "position", "stance", "silence", "opposition", "approach", "strategy", "election",
     "success", "record", "history", "popularity", "lead", "rating", "poll", "performance", "behavior",
     "behaviour", "action", "retirement", "resignation", "announcement", "candidacy", "campaign", "health",
     "age", "wealth", "view", "idea", "proposal", "letter", "message", "book", "article", "tweet", "post"}
)  # fmt: skip

#: governors whose infinitive's subject is their object: "forced X to withdraw", "X was pressured by
#: Y to resign" (everything but subject-control "promise")
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten", "offer", "agree", "refuse"})


@dataclass
class _Found:
    trigger: Token
    kind: str
    mode: str | None
    #: the token whose clause the event belongs to, and that carries the actors
    anchor: Token
    source_tok: Token | None = None
    target_tok: Token | None = None
    consumed: list[int] = field(default_factory=list)
    #: the event is the speaker's own act ("X said Y must withdraw" is X's demand): outlet voice
    own_voice: bool = False
    #: an event noun whose victim is named and attacker is not ("survived an assassination attempt")
    victim_only: bool = False


# -- lexicon look-ups ---------------------------------------------------------------------------


def _lemmas(tok: Token) -> list[str]:
    """The lemma, plus de-inflected forms for the tagger's slips ("waged" -> "wag")."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    out = [lemma]
    if low.endswith("ed"):
        out += [low[:-1], low[:-2]]
    elif low.endswith("ing"):
        out += [low[:-3], low[:-3] + "e"]
    elif low.endswith("s"):
        out += [low[:-1]]
    return out


#: adverbs the parser gives a phrasal verb's particle as ("walked out", "pull back" with "back" an advmod)
ADVERB_PARTICLES = frozenset({"out", "down", "up", "off", "back", "away"})


def _particles(tok: Token) -> list[str]:
    return [
        c.lower_
        for c in tok.children
        if c.dep_ in ("prt", "prep") or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES and c.i == tok.i + 1)
    ]


def _verb_code(tok: Token) -> Code | None:
    lex = lexicon()
    for lemma in _lemmas(tok):
        for p in _particles(tok):
            code = lex.verbs.get(f"{lemma}_{p}")
            if code:
                return code
        if lemma in lex.verbs:
            return lex.verbs[lemma]
    return None


def _objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "attr")]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    return objs


def _phrase(tok: Token) -> tuple[Code, Token] | None:
    lex = lexicon()
    keys = [f"{lemma}_{p}" for lemma in _lemmas(tok) for p in _particles(tok)] + _lemmas(tok)
    for key in keys:
        table = lex.phrases.get(key)
        if not table:
            continue
        for obj in _of_objects(_phrase_objects(tok, key)):
            code = table.get(obj.lemma_.lower()) or table.get(obj.lower_) or table.get(_hyphenated(obj) or "")
            if code:
                if obj.dep_ == "pobj" and (own := _noun_code(obj)) is not None and own[0] == code[0]:
                    code = own  # "went on hunger strike": the noun names the kind
                return code, obj
            if _noun_code(obj) is not None:
                continue  # "launched rocket attacks": the event noun speaks for itself
            for mod in obj.children:  # "began a hunger strike"
                if mod.dep_ in ("compound", "amod") and (table.get(mod.lower_)):
                    return table[mod.lower_], obj
    return None


#: nouns that name an amount or a condition of what follows "of": "50 tonnes of supplies", "the
#: state of emergency", "a shipment of arms"
MEASURE_NOUNS = frozenset(
    {"tonne", "ton", "kilogram", "kg", "pound", "litre", "liter", "barrel", "crate", "box", "truckload", "shipment",
     "consignment", "batch", "load", "package", "supply", "quantity", "amount", "hundred", "hundreds", "thousand",
     "thousands", "million", "millions", "dozen", "dozens", "state"}
)  # fmt: skip


def _phrase_objects(tok: Token, key: str) -> list[Token]:
    """The objects a verb + object entry looks at: objects and the passive subject, the object of a
    particle preposition ("acted as a mediator" under ``act_as``), and for a measure noun what it
    measures ("sent 50 tonnes of supplies", "ended the state of emergency")."""
    objs = _objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"]
    # "allowed convoys to reach Tigray": the infinitive's subject is what is allowed
    objs += [g for c in tok.children if c.dep_ == "ccomp" and _infinitive(c) for g in c.children if g.dep_ == "nsubj"]
    if "_" in key:
        prep = key.split("_", 1)[1]
        objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == prep for g in _pobjs(c)]
    for obj in list(objs):
        if obj.lemma_.lower() in MEASURE_NOUNS or obj.lower_ in MEASURE_NOUNS:
            objs += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in _pobjs(c)]
    return objs


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def _hyphenated(tok: Token) -> str | None:
    """ "sit-in" when the parser split it into "sit", "-", "in" (the last word the head)."""
    i = tok.i
    if i >= 2 and tok.doc[i - 1].text == "-" and tok.doc[i - 2].head.i == i and tok.doc[i - 1].whitespace_ == "":
        return f"{tok.doc[i - 2].lower_}-{tok.lower_}"
    return None


#: event nouns only with their preposition: noun -> (preposition, code)
NOUN_WITH_PREP: dict[str, tuple[str, Code]] = {"call": ("for", ("DEMAND", None))}


def _noun_code(tok: Token) -> Code | None:
    lex = lexicon()
    lemma = tok.lemma_.lower()
    compounds = lex.compounds.get(lemma) or lex.compounds.get(tok.lower_)
    if compounds:
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        mods += [c for m in mods for c in m.children if c.dep_ == "conj"]
        for mod in mods:
            code = compounds.get(mod.lower_) or compounds.get(mod.lemma_.lower())
            if code:
                return code
    if lemma in NOUN_WITH_PREP:  # "calls for the release of ..."; a phone call is no demand
        need, code = NOUN_WITH_PREP[lemma]
        hosts = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # "joined calls on Monday for ..."
        return code if any(c.dep_ == "prep" and c.lower_ == need for h in hosts for c in h.children) else None
    if lemma == "strike" or tok.lower_ == "strikes":
        return None  # a strike is only an event with its kind named ("air strike", "general strike")
    hyphenated = _hyphenated(tok)
    return lex.nouns.get(lemma) or lex.nouns.get(tok.lower_) or (lex.nouns.get(hyphenated) if hyphenated else None)


def _inner_code(doc: Doc, verb: Token, depth: int = 0) -> Code | None:
    """What a frame verb governs: "to strike", "to impose sanctions", "to resume shelling"."""
    code = _verb_code(verb) or (p[0] if (p := _phrase(verb)) else None)
    if code is None and _is_support(verb):
        obj = _child(verb, "dobj")
        code = _noun_code(obj) if obj is not None else None
    if code is None and depth < 2:
        nxt = _child(verb, "xcomp")
        if nxt is not None:
            return _inner_code(doc, nxt, depth + 1)
    return code if code is None or code[0] != "-" else None


# -- modality -----------------------------------------------------------------------------------


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("advmod", "det")) for c in tok.children)


def _future(tok: Token) -> bool:
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in tok.children):
        return True
    head = tok.head
    # "is willing to withdraw", "said it is ready to meet"
    return tok.dep_ == "xcomp" and head.lower_ in WILLING


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _unrealised(tok: Token, kind: str) -> bool:
    """An infinitive whose governor does not assert it ("allowed X to attack", "did not try to
    attack", "shelled the town to punish Y"); frames and "willing to" are decided elsewhere."""
    if tok.dep_ not in ("ccomp", "xcomp", "advcl"):
        return False
    gov = tok.head
    if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() not in SPEECH and _modal(gov):
        return True  # "could help the police capture him", "would have been difficult to endorse"
    if not _infinitive(tok):
        return False
    if tok.dep_ == "advcl" and kind in EXPRESSIVE:
        return False  # "shunned work to protest at ...": the purpose names what the act expresses
    if gov.pos_ == "ADJ" and tok.dep_ == "xcomp":
        # "is likely to attack", "hard to endorse" (but "willing to", "able to")
        return gov.lower_ not in WILLING | REALISING_ADJ
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    if _negated(gov):
        return True  # "did not try to attack"
    lemma = gov.lemma_.lower()
    if _reported_passive(tok):
        return False  # "is alleged to have attacked": asserted, as a claim
    return lemma not in REALISING and lemma not in FRAMES


def _reported_passive(tok: Token) -> bool:
    """ "X is alleged/said/believed to have <tok>"."""
    gov = tok.head
    return (
        tok.dep_ == "xcomp"
        and _infinitive(tok)
        and gov.lemma_.lower() in REPORTED_PASSIVE
        and _child(gov, "auxpass") is not None
    )


def _unasserted_clause(tok: Token) -> bool:
    """A finite clause that states what someone wants done, not what was done: the content of a
    demand, call, proposal, request, order, plan or hope ("demanded that X withdraw", "hopes that
    X will withdraw", "a call for X to withdraw"), or a subjunctive "that X withdraw" under any
    governor. "said that X withdrew" is asserted (the speaker's claim)."""
    if tok.dep_ in ("xcomp", "ccomp", "dobj") and tok.head.pos_ == "VERB" and set(_lemmas(tok.head)) & DENYING:
        return True  # what is denied is not asserted by the speaker (nor by the outlet)
    if _open_question(tok) or _hypothetical(tok):
        return True
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
    # "that Norvala withdraw": a bare verb with its own subject and no auxiliary
    return (
        tok.dep_ == "ccomp"
        and tok.tag_ == "VB"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def _modal(tok: Token) -> bool:
    """ "X could attack", "X may have shelled", "X should demand", "it would have been ...": what
    may, ought to or would have happened."""
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & MODAL_UNREAL) or {"would", "have"} <= aux


def _no_object(tok: Token) -> bool:
    """ "offered no endorsement", "signed no deal": the act is denied by its object."""
    obj = _child(tok, "dobj")
    return obj is not None and any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in obj.children)


def _nobody_object(tok: Token) -> bool:
    """ "has not endorsed anyone", "did not sign anything": a negated act with no one in view."""
    for c in tok.children:
        obj = _child(c, "pobj") if c.dep_ == "prep" else c if c.dep_ == "dobj" else None
        if obj is not None and obj.lower_ in ANYONE:
            return True
    return False


def _undone_gerund(tok: Token) -> bool:
    """A gerund its governor leaves undone: "refrained from endorsing", "has not ruled out
    resigning", "is considering imposing"."""
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


def _open_question(tok: Token) -> bool:
    """A clause under "whether" or a conditional "if": "unclear whether X will reject the offer",
    "if the talks fail": what it says is not asserted."""
    return tok.dep_ in ("ccomp", "advcl", "csubj", "pcomp", "acl") and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children
    )


def _nobody_did(tok: Token) -> bool:
    subj = _child(tok, "nsubj", "nsubjpass")
    if subj is None:
        return False
    return subj.lower_ in NOBODY_SUBJECTS or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)



def _warning(tok: Token) -> bool | None:
    """For a future or possible act under "warn": True when it is the warner's own (a pronoun for
    the warner, or a passive naming no one else: "warned it would strike", "warned that a curfew
    would be imposed"), False when it is someone else's (a prediction); None when no warning applies."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in WARNING:
        return None
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX | POSSIBLE_AUX for c in tok.children):
        return None
    subj = _child(tok, "nsubj")
    if subj is None:
        return _child(tok, "nsubjpass") is not None and _pobj(tok, ("by",)) is None
    return subj.lower_ in ("it", "they", "we", "i") or subj.lemma_.lower() == _lemma_of_subject(tok.head)


def _lemma_of_subject(verb: Token) -> str | None:
    subj = _child(verb, "nsubj")
    return subj.lemma_.lower() if subj is not None else None


#: marks of a clause that asks or supposes rather than states: "whether X will meet", "if X withdrew"
QUESTION_MARKS = frozenset({"whether"})
CONDITION_MARKS = frozenset({"if", "unless"})


def _hypothetical(tok: Token) -> bool:
    """A clause no one asserts: an embedded question ("did not say whether the leaders would meet"),
    a condition ("only if Turkey withdrew its ships"), or what denied reports say ("denied reports
    that it would send troops")."""
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if marks & QUESTION_MARKS and tok.dep_ in ("ccomp", "advcl", "pcomp"):
        return True
    if marks & CONDITION_MARKS and tok.dep_ == "advcl":
        return True
    head = tok.head
    return (
        tok.dep_ in ("acl", "ccomp")
        and head.pos_ == "NOUN"
        and head.dep_ == "dobj"
        and head.head.pos_ == "VERB"
        and bool(set(_lemmas(head.head)) & DENYING)
    )


def _apply_modality(kind: str, mode: str | None, tok: Token) -> tuple[str, str | None] | None:
    if _unrealised(tok, kind) or _unasserted_clause(tok):
        return None
    if tok.dep_ == "ccomp" and _infinitive(tok) and tok.head.lemma_.lower() in FRAME_INTENT:
        return None  # "wants X to attack": neither X's act nor the subject's
    if _nobody_did(tok):
        return None  # "no country condemned the test"
    warned = _warning(tok)
    if warned is not None and not _negated(tok):
        return ("THREATEN", THREAT_MODES.get(kind)) if warned else None
    if _modal(tok) or _no_object(tok) or _undone_gerund(tok):
        return None  # "could attack", "offered no endorsement", "refrained from endorsing"
    if kind in MATERIAL_HOSTILE and _possibility(tok):
        return None  # "whether they would be expelled", "if X attacks"
    if _negated(tok):
        if kind in COOPERATIVE and not _nobody_object(tok):
            return "REJECT", None
        return None  # "haven't endorsed anyone" rejects no one
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in FRAME_TENTATIVE:
        return None  # "is considering sending aid": weighed, not offered
    if _future(tok) or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in FRAME_INTENT):
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in FRAME_INTENT and kind not in COOPERATIVE:
            return None  # "plans to attack" is no attack, and no threat either
        if kind in COOPERATIVE:
            return "AGREE", None
        if kind in MATERIAL_HOSTILE:
            return "THREATEN", THREAT_MODES.get(kind)
    return kind, mode


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


# -- arguments ----------------------------------------------------------------------------------


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _pobj(tok: Token, preps: tuple[str, ...]) -> Token | None:
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            pobj = _child(prep, "pobj")
            if pobj is not None:
                return pobj
    return None


def _actor_token(doc: Doc, tok: Token | None) -> Token | None:
    """``tok`` if it names an actor, else an actor named inside it."""
    if tok is None:
        return None
    if is_actor(doc, tok):
        return tok
    return find_actor_inside(doc, tok)


RELATIVE = frozenset({"that", "which", "who", "whom"})


def _pronoun_antecedent(doc: Doc, pron: Token) -> Token | None:
    """ "Syria says it will withdraw": "it"/"they" in a clause reported by a speech verb is its subject."""
    cur = pron.head
    for _ in range(4):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in SPEECH:
            subj = _child(cur.head, "nsubj")
            if subj is not None and subj.lower_ not in ("it", "they", "we") and is_actor(doc, subj):
                return subj
            return None
        if cur.dep_ == "ROOT":
            return None
        cur = cur.head
    return None


def _as_actor(doc: Doc, tok: Token | None) -> Token | None:
    if tok is None:
        return None
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        personal = tok.lower_ in ("who", "whom")
        tok = tok.head.head
        if personal:
            tok = _person_antecedent(tok)
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
    for child in tok.children:
        if (
            child.dep_ in ("poss", "compound")
            and (child.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or child.pos_ == "NOUN")
            and is_actor(doc, child)
        ):
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


def _wielder(doc: Doc, weapon: Token) -> Token | None:
    """Who used a weapon named as the agent ("by a missile fired by rebels", "an Israeli missile");
    the weapon itself acts for nobody."""
    for t in weapon.subtree:
        if t.dep_ == "agent" and t.head.dep_ in ("acl", "xcomp", "relcl") and t.i > weapon.i:
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
    )


def _passive_conj(verb: Token) -> bool:
    """The second of two coordinated passive participles ("was assaulted and hit by X")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        # "hit", "beaten": a participle the tagger may read as a past tense, when it has no object
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and _child(verb, "dobj") is None))
        and _child(verb, "nsubj", "nsubjpass") is None
        and head.tag_ == "VBN"
        and _child(head, "nsubjpass", "auxpass") is not None
    )


def _agent(doc: Doc, verb: Token, conj: bool = True) -> Token | None:
    """The "by X" of a passive verb: on the verb, after its instrument ("hit with a stone by X", the
    parser hanging "by X" on the stone), or on a coordinated participle ("assaulted and hit by X")."""
    direct = _pobj(verb, ("by",))
    if direct is not None:
        return direct
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "in"):
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
    return None


def _subject(doc: Doc, verb: Token, depth: int = 0) -> Token | None:
    """The acting subject of ``verb``, climbing through xcomp/conj/relcl/acl when the clause has none."""
    if _participle_clause(verb):
        return None
    subj = _child(verb, "nsubj", "csubj")
    if subj is not None:
        return _as_actor(doc, subj)
    passive = _child(verb, "nsubjpass", "auxpass") is not None or _passive_conj(verb)
    agent = _agent(doc, verb) if passive else None
    if agent is not None:
        return _as_actor(doc, agent)
    if _child(verb, "nsubjpass") is not None or depth > 3:
        return None
    if _participle_clause(verb):
        return None  # "found him wounded" names no one who wounded him
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return _subject(doc, verb.head.head, depth + 1)  # "resorted to throwing stones"
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        if verb.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        head = verb.head
        if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "is willing to withdraw"
            head = head.head
        if verb.dep_ == "xcomp" and head.lemma_.lower() in FRAME_DEMAND:
            return _as_actor(doc, _child(head, "dobj"))  # "urged X to withdraw": X withdraws
        if _infinitive(verb) and head.lemma_.lower() not in SUBJECT_CONTROL:
            # "forced X to withdraw", "X was forced by Y to withdraw": X withdraws
            controller = _as_actor(doc, _child(head, "dobj", "nsubjpass"))
            if controller is not None:
                return controller
        return _subject(doc, head, depth + 1)
    if verb.dep_ == "relcl" and verb.tag_ != "VBN":
        return _as_actor(doc, verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and is_actor(doc, verb.head):
        return verb.head  # "fighters firing rockets" (not "police custody assisting ...")
    return None


def _own(tok: Token) -> bool:
    """ "its troops", "their forces": the actor's own people are not its target."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in tok.children)


def _target(doc: Doc, verb: Token, preps: tuple[str, ...] = TARGET_PREPS, skip: int = -1) -> Token | None:
    patient = _child(verb, "nsubjpass") or (_child(verb, "nsubj") if _participle_clause(verb) else None)
    if patient is None and _passive_conj(verb):
        patient = _child(verb.head, "nsubjpass")  # "she was assaulted and hit": she is hit too
    if (
        patient is None
        and verb.tag_ == "VBN"
        and (verb.dep_ == "acl" or (verb.dep_ == "relcl" and _child(verb, "auxpass") is not None))
    ):
        patient = verb.head  # "a camp attacked by militiamen", "the town which was shelled"
    for cand in ([patient] if patient is not None else []) + [_child(verb, "dobj", "dative")]:
        if cand is not None and (cand.i == skip or _own(cand)):
            continue
        found = _actor_token(doc, cand) or _named_settlement(cand)
        if found is not None:
            return found
    pobj = _pobj(verb, preps)
    found = _actor_token(doc, pobj) if pobj is None or not _destination(doc, pobj) else None
    if found is not None:
        return found
    obj = _child(verb, "dobj")
    if obj is not None and obj.i != skip:  # "lifted the sanctions on Iran", "presented evidence against X"
        # an event noun's own partner too: "continue aid to X", "break relations with X"
        event_noun = _noun_code(obj) is not None or obj.lemma_.lower() in ("relation", "tie", "link")
        preps = ("on", "against", "upon", "to", "with") if event_noun else ("on", "against", "upon")
        found = _actor_token(doc, _pobj(obj, preps))
        if found is not None:
            return found
    ccomp = _child(verb, "ccomp")
    if ccomp is not None:  # "demanded that the US cancel ..."
        found = _actor_token(doc, _child(ccomp, "nsubj", "nsubjpass"))
        if found is not None:
            return found
    for clause in verb.children:  # "... to target Iran's missile capabilities"
        if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in ("target", "punish", "hit"):
            found = _actor_token(doc, _child(clause, "dobj"))
            if found is not None:
                return found
    return None


def _destination(doc: Doc, pobj: Token) -> bool:
    """ "to the hospital", "into the police station": where someone went or was taken, not whom an
    act is done to."""
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


# -- triggers -----------------------------------------------------------------------------------


def _obligation(doc: Doc, tok: Token) -> _Found | bool | None:
    """ "X said (that) Y must/should <act>": X demands it of Y.

    None when the pattern does not apply; False when it applies but makes no record (the act is
    only owed, so it is no event of its own either)."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in SPEECH or _negated(tok):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in tok.children):
        return None
    if tok.lemma_.lower() in STATIVE:
        return False  # "nobody should feel safe": a warning, not a demand of an act
    speaker = _as_actor(doc, _child(tok.head, "nsubj"))
    if speaker is None:
        return None
    subject = _child(tok, "nsubj", "nsubjpass")
    if subject is not None and subject.lower_ in NOBODY:
        return False  # "nobody should ...", "everyone must ...": a maxim, asked of no one
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
        return False  # "should have been taken": a reproach about the past, no demand
    target = _as_actor(doc, subject)
    if target is None and _verb_code(tok) is None:
        return False  # "the prize should go to X": owed to no one, and no act of note
    return _Found(tok, "DEMAND", None, tok.head, speaker, target, own_voice=True)


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


#: verbs a refusal of which refuses nothing: "declined to comment", "refused to say"
#: acts of retaliation: hostile, of no one kind ("vowed to retaliate" is a threat)
RETALIATION = frozenset({"retaliate", "avenge", "revenge"})
#: "insisted that X reverse the cuts": a demand (a mandative subjunctive; "insisted that X is" is a claim)
MANDATIVE = frozenset({"insist"})
#: "found him guilty", "was found liable": a verdict (CAMEO 116)
VERDICTS = frozenset({"guilty", "liable"})


def _subjunctive(tok: Token) -> bool:
    """ "that Norvala withdraw": a bare verb with its own subject and no auxiliary."""
    subj = _child(tok, "nsubj", "nsubjpass")
    # the tagger reads "that the ministry reverse" as a present tense: a singular noun says otherwise
    bare = tok.tag_ == "VB" or (tok.tag_ == "VBP" and subj is not None and subj.tag_ in ("NN", "NNP"))
    return (
        tok.dep_ == "ccomp"
        and bare
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        and subj is not None
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def _mandate(tok: Token) -> tuple[Code, Token] | None:
    """ "insisted that the ministry reverse the cuts": a DEMAND of the clause's subject."""
    if tok.lemma_.lower() not in MANDATIVE:
        return None
    clause = next((c for c in tok.children if _subjunctive(c)), None)
    return (("DEMAND", None), clause) if clause is not None else None


def _verdict(tok: Token) -> tuple[Code, Token] | None:
    """ "found the ex-president guilty", "was found guilty of ...": DISAPPROVE (a court's finding)."""
    if tok.lemma_.lower() != "find":
        return None
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
    for word in list(tok.children) + [g for c in clauses for g in c.children]:
        if word.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and word.lower_ in VERDICTS:
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
    rallied = _rally_against(doc, tok)
    if rallied is not None:
        return rallied
    material = _material_event(doc, tok)
    if material is not None:
        return material if isinstance(material, _Found) else None
    phrase = _phrase(tok) or _listing(tok) or _verdict(tok) or _mandate(tok) or _allegation(doc, tok)
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
    if tok.lemma_.lower() in FRAMES and embedded is not None and embedded.pos_ == "VERB":
        inner = _inner_code(doc, embedded)
        if inner is None and tok.lemma_.lower() in FRAME_REJECT and embedded.lemma_.lower() in NO_COMMENT:
            return None  # "declined to comment", "refused to be interviewed", "refused to say whether ..."
        code = _frame(tok, inner)
        if code is not None and code[0] == "AGREE" and inner is None and embedded.lemma_.lower() in RETALIATION:
            code = ("THREATEN", None)  # "vowed to retaliate"
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
    moded = _apply_modality(kind, mode, tok)
    if moded is None:
        return None
    kind, mode = moded
    headline = headline_passive(tok)
    source = _subject(doc, tok) if not headline else None
    if source is None and not headline and _warning(tok):  # "police warned that a curfew would be imposed"
        source = _as_actor(doc, _child(tok.head, "nsubj"))
    if source is None and tok.lemma_.lower() in GENERIC_HARM:
        means = _means_event(doc, tok)  # "killed in an air strike by government forces"
        if means is not None:
            source = means.source_tok
            consumed.append(means.trigger.i)
    if source is None:
        source = _place_authority(doc, tok, kind, mode)  # "was arrested in Egypt"
    # "fired from positions held by X": where an attack came from is not its target
    # what is given as aid is no target ("sent peacekeepers to Lebanon": Lebanon is)
    given = phrase[1].i if phrase is not None and kind == "AID" else -1
    preps = ATTACK_TARGET_PREPS if kind in ("FIGHT", "ASSAULT") or tok.lemma_.lower() in RESIGNING else TARGET_PREPS
    target = _as_actor(doc, _child(tok, "nsubj")) if headline else _target(doc, tok, preps, skip=given)
    if target is not None and kind == "CONSULT" and _gathering_object(tok, target):
        target = None  # "hosted the Berlin Conference": a gathering is no visitor
    if target is None and phrase is not None:  # "held talks with X"
        target = _actor_token(doc, _pobj(phrase[1], NOUN_TARGET_PREPS))
    if target_hint is not None and (target is None or tok.lemma_.lower() in JUDICIAL_HANDOVER):
        target = target_hint  # "extradited a suspect to X": X, not the suspect
    if embedded is not None and embedded.i in consumed and tok.lemma_.lower() in FRAME_DEMAND:
        # "urged X to release the prisoners", "called on X to end ...": X is asked, not the prisoners
        target = _addressee(doc, tok)
    elif target is None and embedded is not None and embedded.i in consumed:
        target = _target(doc, embedded)
    if source is not None and target is not None and source.i == target.i:
        target = None
    if source is None and target is None:
        return None  # an act with nobody named is no record
    if not _complement_ok(doc, tok, source, target, embedded is not None and embedded.i in consumed):
        return None
    return _Found(tok, kind, mode, tok, source, target, consumed)


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


def _patient(verb: Token) -> Token | None:
    """The object, or the subject of a passive ("the crew was rescued")."""
    found = _child(verb, "dobj", "nsubjpass")
    if found is None and _passive_conj(verb):
        found = _child(verb.head, "nsubjpass")
    return found


def _complement_ok(doc: Doc, verb: Token, source: Token | None, target: Token | None, framed: bool) -> bool:
    """Whether a polysemous verb has the complement its event reading needs."""
    lemmas = set(_lemmas(verb))
    # "called up reservists on Monday" is no "called on X"
    called_off = any(c.dep_ == "prt" and c.lower_ in ("up", "off") for c in verb.children)
    if "call" in lemmas and any(p in ("on", "upon") for p in _particles(verb)) and not framed and not called_off:
        return False  # "called on X to act" is a request; "called on her" (chose, visited) is not
    if lemmas & NEEDS_COMPLEMENT and not framed and _child(verb, "dobj", "nsubjpass", "xcomp") is None:
        return False  # "support declined to 35%"
    if "sit" in lemmas and _pobj(verb, ("with",)) is None:
        return False  # "sat down with X" is a meeting; "he sits down" is not
    if lemmas & MOBILIZING and not _forces_in_play(doc, verb, source):
        return False  # "mobilized voters", "reinforces the argument"
    if lemmas & APPEAL and not framed and _child(verb, "ccomp") is None and _pobj(verb, ("for",)) is None:
        return False  # "appealing to voters", "appealed the ruling"
    if lemmas & (NEEDS_ACTOR_OBJECT | NEEDS_BOTH_ACTORS) and not _particle_verb(verb):
        patient = _patient(verb)
        proposal = patient is not None and lemmas & {"back"} and patient.lemma_.lower() in PROPOSALS
        if patient is None or (_as_actor(doc, patient) is None and not proposal) or _child(verb, "ccomp") is not None:
            return False
        if lemmas & NEEDS_BOTH_ACTORS and source is None:
            return False
    if lemmas & NEEDS_ACTOR_TARGET and target is None and not {"down", "dead"} & set(_particles(verb) + [
        c.lower_ for c in verb.children if c.dep_ in ("oprd", "acomp", "advmod")
    ]):
        return False  # "shot a video" (but "shot down a helicopter", "shot dead")
    if lemmas & NATURAL_CAUSES and source is None and _child(verb, "nsubj") is not None:
        return False  # "the storm damaged the governor's residence": damage, no coercion
    if lemmas & NEEDS_SOURCE_OR_CAPTIVE and source is None:
        patient = _patient(verb)
        return patient is not None and patient.lemma_.lower() in CAPTIVES
    return True


def _forces_in_play(doc: Doc, verb: Token, source: Token | None) -> bool:
    obj = _patient(verb)
    if obj is not None and obj.lemma_.lower() in FORCES:
        return True
    if source is None:
        return False
    actor = actor_of(doc, source)
    return (actor is not None and actor.sector in ("military", "police", "rebel")) or source.lemma_.lower() in FORCES


def _particle_verb(verb: Token) -> bool:
    """Whether the verb is coded with its particle ("backed down"), not as the bare verb."""
    verbs = lexicon().verbs
    return any(f"{lemma}_{p}" in verbs for lemma in _lemmas(verb) for p in _particles(verb))


#: modifiers that make an exercise or a venture something done together (CAMEO 06x)
JOINT = frozenset({"joint", "combined", "bilateral"})
#: verbs that speak up for someone: "spoke out in defence of X", "came to the defence of X"
SPEAKING_UP = frozenset({"speak", "come", "write", "testify", "step"})
BEHALF_NOUNS = frozenset({"defence", "defense", "support", "favour", "favor"})
#: handing a suspect to another state's justice (CAMEO 063, judicial cooperation)
JUDICIAL_HANDOVER = frozenset({"extradite"})
#: approving aid for someone gives it
APPROVING = frozenset({"approve", "authorize", "authorise"})
#: investing is economic cooperation with whom the money goes to ("in X")
INVEST_VERBS = frozenset({"invest"})
#: "spoke by telephone with X", "talked over the phone"
PHONE_VERBS = frozenset({"speak", "talk", "confer", "chat"})
PHONES = frozenset({"phone", "telephone", "videophone"})
PRESS = frozenset({"reporter", "journalist", "press", "media", "newspaper", "correspondent"})
#: ending one's own strike or protest eases dissent (CAMEO 082): "ended their strike"
ENDING = frozenset({"end", "suspend", "halt", "stop", "abandon", "lift"})
DISSENT = frozenset({"strike", "protest", "boycott", "sit-in", "demonstration", "walkout", "picket"})


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
    if code is not None and lemma in JUDICIAL_HANDOVER:
        # "extradited a suspect to the United States": cooperation with the state that receives him
        receiver = _pobj(tok, ("to",))
        found = _actor_token(doc, receiver) if receiver is not None and not _destination(doc, receiver) else None
        if found is not None:
            return ("COOPERATE", None), found
    if code is None and lemma in APPROVING and own is not None:
        aid = _noun_code(own)
        # "approved a loan to Kenya" (a lender's aid; not "approved a loan from China", a borrower's vote)
        recipient = _actor_token(doc, _pobj(own, ("to", "for")) or _pobj(tok, ("to", "for")))
        if aid is not None and aid[0] == "AID" and recipient is not None:
            return aid, recipient
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
                whom = _actor_token(doc, _pobj(pobj, ("of",)))
                if whom is not None:
                    return ("SUPPORT", None), whom
    return None, None


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


#: bodies named for what they do: "a commission of inquiry", "a board of investigation"
INQUIRY_BODIES = frozenset({"commission", "committee", "panel", "board", "court", "tribunal"})


def _governor(tok: Token) -> Token:
    """The noun's syntactic position: the head noun for "sanctions regime", else itself."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in TRANSPARENT_HEADS:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in INQUIRY_BODIES:
        return tok.head.head  # "set up a commission of inquiry"
    return _of_governor(tok) or tok


#: heads whose "of" phrase is the event itself: "a campaign of ethnic cleansing", "a wave of arrests"
OF_EVENT_HEADS = TRANSPARENT_HEADS | frozenset({"wave", "series", "spate", "string", "act"})


def _of_governor(tok: Token) -> Token | None:
    """The head noun in "a campaign / wave of <tok>" (it takes the event's place in the clause)."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in OF_EVENT_HEADS:
        return prep.head
    return None


def _noun_event(doc: Doc, tok: Token) -> _Found | None:
    if tok.pos_ not in ("NOUN", "PROPN") or (tok.pos_ == "PROPN" and tok.is_title and tok.i > 0):
        return None
    code = _noun_code(tok)
    if code is None or code[0] == "-":
        return None
    if tok.dep_ == "compound" and _governor(tok) is tok:
        return None  # "attack helicopter", "sanctions list" are things, not events
    kind, mode = code
    pos = _governor(tok)
    source: Token | None = None
    for child in list(pos.children) + (list(tok.children) if pos is not tok else []):
        if child.dep_ == "poss" and _as_actor(doc, child) is not None:
            source = _as_actor(doc, child)
        elif child.dep_ in ("compound", "amod") and child.i != tok.i and _is_actor_modifier(doc, child):
            source = source or child
    source = source or _as_actor(doc, _pobj(pos, ("by",)))
    other: Token | None = None
    if source is None and kind in ("FIGHT", "ASSAULT"):
        source, other = _between(doc, pos)  # "clashes (broke out) between troops and militia"
    verb = pos.head if pos.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if verb is not None and pos.dep_ == "pobj":
        verb = None
    target = _actor_token(
        doc, _pobj(pos, NOUN_TARGET_PREPS) or (_pobj(tok, NOUN_TARGET_PREPS) if pos is not tok else None)
    )
    if any(c.dep_ == "det" and c.lower_ == "no" for c in pos.children):
        return None  # "has no endorsement", "no attack was reported"
    if verb is not None and verb.pos_ in ("VERB", "AUX") and not _is_support(verb) and (_negated(verb) or _modal(verb)):
        return None  # "doesn't have a single endorsement", "could face an attack"
    target = target or other
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
    warner = _warned_of(pos)
    if warner is not None and kind in MATERIAL_HOSTILE:
        if source is not None:
            return None  # "warned of attacks by militants": a prediction about someone else
        # "the union warned of a strike": the warner's threat of its own act
        source, anchor = _subject(doc, warner), warner
        kind, mode = "THREATEN", THREAT_MODES.get(kind)
    if (
        source is None
        and pos.dep_ == "dobj"
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in pos.children)
    ):
        source = _subject(doc, pos.head)  # "the committee completed its investigation"
    patient = _patient_possessor(pos)
    if patient is not None and source is not None and source.i == patient.i:
        # "Fahie's arrest": Fahie was arrested; who arrested him is not said here
        return _Found(tok, kind, mode, anchor, None, patient, victim_only=True)
    if source is None:
        return None
    if target is not None and target.i == source.i:
        target = None
    return _Found(tok, kind, mode, anchor, source, target)


def _warned_of(noun: Token) -> Token | None:
    """The verb of "warned of <noun>" (asserted, not negated), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in WARNING:
        return None
    verb = prep.head
    return verb if not _negated(verb) and _apply_modality("DISAPPROVE", None, verb) is not None else None


def _between(doc: Doc, noun: Token) -> tuple[Token | None, Token | None]:
    """The two sides of a fight "between A and B", on the noun or on the verb it is subject of."""
    for host in (noun, noun.head if noun.dep_ == "nsubj" else None):
        first = _pobj(host, ("between",)) if host is not None else None
        if first is not None:
            side = _actor_token(doc, first)
            conj = _child(first, "conj")
            if side is not None:
                return side, _actor_token(doc, conj) if conj is not None else None
    return None, None


def _is_support(verb: Token) -> bool:
    keys = [f"{lemma}_{p}" for lemma in _lemmas(verb) for p in _particles(verb)] + _lemmas(verb)
    return any(k in lexicon().support_verbs for k in keys)


def _is_actor_modifier(doc: Doc, tok: Token) -> bool:
    """An adjective or compound that names who acts: "Israeli", "EU", "Hamas" (not "rocket")."""
    if tok.dep_ == "amod":
        return (tok.is_title or tok.is_upper) and bool(gazetteer().demonym(tok.text))
    # a place before an event noun says where ("the Gaza war") as often as who ("EU sanctions"), and
    # "Iran sanctions" are against Iran: only organisations and people act through a compound
    ent = entity_at(doc, tok.idx, tok.idx + len(tok.text))
    return ent is not None and ent.label in ("ORG", "PERSON") and is_actor(doc, tok)


# -- material conflict (CAMEO 15-20): constructions the lexicons cannot say -----------------------

#: (verb lemma, preposition) -> {noun lemma -> code}: "put its forces on alert", "taken into custody",
#: "used civilians as human shields", "walked out of the talks", "withdrew as mediator"
PREP_PHRASES: dict[tuple[str, str], dict[str, Code]] = {
    **{(v, "on"): {"alert": ("MOBILIZE", None), "standby": ("MOBILIZE", None), "trial": ("COERCE", "arrest")}
       for v in ("put", "place")},
    **{(v, "into"): {"custody": ("COERCE", "arrest"), "detention": ("COERCE", "arrest")} for v in ("take", "put")},
    **{
        (v, p): {"custody": ("COERCE", "arrest"), "arrest": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"),
                 "curfew": ("COERCE", "curfew")}
        for v in ("place", "put", "hold", "keep", "remand") for p in ("in", "under")
    },
    **{(v, "as"): {"shield": ("ASSAULT", "abduct")} for v in ("use", "hold", "keep", "take")},
    **{
        (v, p): {n: ("SANCTION", "withdraw") for n in ("talk", "negotiation", "mediation", "dialogue")}
        for v, p in (("walk", "out"), ("pull", "out"), ("withdraw", "from"), ("pull_out", "of"), ("walk_out", "of"))
    },
    ("withdraw", "as"): {"mediator": ("SANCTION", "withdraw"), "mediators": ("SANCTION", "withdraw")},
    ("step_down", "as"): {"mediator": ("SANCTION", "withdraw")},
}  # fmt: skip
#: heads whose "of" phrase names what is meant: "tens of thousands of troops", "a state of emergency"
OF_HEADS = frozenset(
    {"ten", "dozen", "hundred", "thousand", "million", "score", "number", "group", "batch", "contingent", "state",
     "level", "wave", "series", "spate", "campaign"}
)  # fmt: skip
#: expelling these is deporting individuals (CAMEO 174, COERCE), not a diplomatic expulsion (166)
DEPORTEES = frozenset(
    {"journalist", "correspondent", "reporter", "migrant", "immigrant", "refugee", "national", "citizen", "worker",
     "activist", "missionary", "foreigner", "tourist", "student", "man", "woman", "family", "preacher", "cleric"}
)  # fmt: skip
#: where people are driven from in a mass expulsion (CAMEO 201): "from their homes / villages / land"
HOMES = frozenset({"home", "village", "land", "house", "homeland", "farm"})
EXPELLING = frozenset({"expel", "drive", "force", "chase", "push", "order"})
#: chemical, biological, radiological and nuclear means (CAMEO 204): the noun, and for generic nouns
#: the modifier that makes them one ("chemical weapons", "poison gas", "atomic bomb")
CBRN_NOUNS = frozenset({"sarin", "chlorine", "ricin", "anthrax", "novichok", "vx"})
CBRN_GENERIC = {
    "weapon": frozenset({"chemical", "biological", "nuclear", "atomic", "radiological", "destruction"}),
    "gas": frozenset({"poison", "nerve", "toxic", "chlorine", "mustard", "sarin"}),
    "agent": frozenset({"nerve", "chemical", "biological"}),
    "bomb": frozenset({"atomic", "nuclear", "hydrogen", "dirty"}),
    "warhead": frozenset({"nuclear", "atomic", "chemical"}),
    "device": frozenset({"nuclear", "radiological"}),
}
CBRN_USE = frozenset({"use", "drop", "fire", "launch", "unleash", "employ"})
#: what an armed force strikes when it strikes a thing: "struck an ammunition depot"
STRUCK_THINGS = frozenset(
    {"depot", "base", "position", "target", "convoy", "airfield", "airbase", "facility", "refinery", "bridge",
     "port", "town", "city", "village", "headquarters", "post", "outpost", "checkpoint", "camp", "stronghold"}
)  # fmt: skip
#: "refused to say whether ...": declining to speak is no rejection of anything
NON_COMMITTAL = frozenset(
    {"say", "comment", "confirm", "disclose", "reveal", "specify", "elaborate", "speculate", "identify", "name"}
)
HYPOTHETICAL_AUX = frozenset({"could", "might", "may"})
#: the verbs whose events :func:`_material_event` reads (besides the lexicon's)
MATERIAL_HEADS = frozenset(
    {"put", "place", "take", "hold", "keep", "remand", "use", "walk", "pull", "withdraw", "step", "drop", "fire",
     "launch", "unleash", "employ", "drive", "chase", "push", "order", "tell", "force", "compel", "coerce",
     "claim", "accept", "admit", "survive", "escape", "strike", "charge", "expel", "refuse", "decline", "declare",
     "come", "stone", "club", "burn", "bludgeon", "batter", "hack"}
)  # fmt: skip


def _of_objects(objs: list[Token]) -> list[Token]:
    """``objs`` and, for a quantity or container head, what its "of" names ("thousands of troops")."""
    out = list(objs)
    for obj in objs:
        if obj.lemma_.lower() in OF_HEADS:
            inner = _pobj(obj, ("of",))
            if inner is not None:
                out.append(inner)
                out += [c for c in inner.children if c.dep_ == "conj"]
    return out


def _prep_nouns(tok: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, noun) under ``tok``: "on alert", "out of the talks" (as "out"), and "as" on its
    object ("used civilians as shields", the parser hanging "as" on "civilians")."""
    obj = _child(tok, "dobj")
    as_obj = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"] if obj is not None else []
    for prep in list(tok.children) + as_obj:
        if prep.dep_ not in ("prep", "prt", "agent"):
            continue
        pobj = _child(prep, "pobj")
        if pobj is None and prep.dep_ == "prt":  # "were put on alert", the parser reading "on" as a particle
            pobj = _child(tok, "dobj")
        elif pobj is None:
            inner = _child(prep, "prep")
            pobj = _child(inner, "pobj") if inner is not None else None
        if pobj is not None:
            yield prep.lower_, pobj


def _possibility(tok: Token) -> bool:
    """ "could impose sanctions", "whether diplomats would be expelled", "if X attacks": a possibility,
    not an act."""
    return any(
        (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX) or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
        for c in tok.children
    )


def _cbrn(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in CBRN_NOUNS or tok.lower_ in CBRN_NOUNS:
        return True
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    of = _pobj(tok, ("of",))
    if of is not None:  # "weapons of mass destruction"
        mods.add(of.lemma_.lower())
    return bool(mods & CBRN_GENERIC.get(lemma, frozenset()))


def _expulsion(doc: Doc, tok: Token, patient: Token | None) -> Code | None:
    """Expelling people from their homes is a mass expulsion (ASSAULT, CAMEO 201); expelling
    individuals is deportation (COERCE, 174); a diplomatic expulsion is left to the lexicon."""
    if _child(tok, "nsubj") is not None and _subject(doc, tok) is None:
        return None  # "the floods drove families from their homes": nobody expelled them
    if any(p in ("from", "out") and n.lemma_.lower() in HOMES for p, n in _prep_nouns(tok)):
        if patient is not None and (patient.tag_ in ("NNS", "NNPS") or patient.lemma_.lower() in OF_HEADS):
            return "ASSAULT", "cleansing"
    for cand in _of_objects([patient] if patient is not None else []):
        if cand.lemma_.lower() in DEPORTEES:
            return "COERCE", "deport"
    return None


def _material_event(doc: Doc, tok: Token) -> _Found | bool | None:
    """Events of CAMEO roots 15-20 that need more than a word: a preposition phrase ("put on alert"),
    a frame ("forced X to ..."), a means (chemical weapons), a claim of responsibility. ``False``: no
    event here at all ("refused to say"); ``None``: the ordinary rules decide."""
    lemma = tok.lemma_.lower()
    keys = [lemma] + [f"{lemma}_{p}" for p in _particles(tok)]
    if lemma in FRAME_REJECT:
        said = _child(tok, "xcomp")
        return False if said is not None and said.lemma_.lower() in NON_COMMITTAL else None
    patient = _child(tok, "dobj", "nsubjpass")
    found: _Found | None = None
    code: Code | None = None
    for key in keys:
        for prep, noun in _prep_nouns(tok):
            code = PREP_PHRASES.get((key, prep), {}).get(noun.lemma_.lower())
            if code is not None:
                found = _Found(tok, code[0], code[1], tok, consumed=[noun.i])
                if code[0] == "SANCTION":  # "walked out of the talks with the government"
                    found.target_tok = _actor_token(doc, _pobj(noun, ("with",)))
                break
        if found is not None:
            break
    if found is None and lemma in EXPELLING and patient is not None:
        leave = _child(tok, "xcomp")
        ordered = lemma in ("order", "tell", "force") and leave is not None and leave.lemma_.lower() in (
            "leave", "depart", "quit")
        if ordered or lemma in ("expel", "drive", "chase", "push") or "out" in _particles(tok):
            code = _expulsion(doc, tok, patient) or (("SANCTION", "expel") if ordered else None)
            if code is not None:
                found = _Found(tok, code[0], code[1], tok, consumed=[leave.i] if ordered and leave is not None else [])
    if found is None and lemma in ("force", "compel", "coerce"):
        inner = _child(tok, "xcomp")
        forcer = _subject(doc, tok)  # "the floods forced residents to flee": nobody coerced them
        if inner is not None and _infinitive(inner) and _as_actor(doc, patient) is not None and forcer is not None:
            # "forced the paper to close": one coercion; "forced the rebels to withdraw": the rebels'
            # retreat (or concession) is an event of its own as well
            done = _inner_code(doc, inner)
            own_act = done is not None and done[0] in COOPERATIVE | {"CONCEDE", "RETREAT"}
            found = _Found(tok, "COERCE", None, tok, consumed=[] if own_act else [inner.i])
    before = [t.lower_ for t in doc[max(tok.i - 2, 0) : tok.i]]
    if lemma in ("fire", "launch") and (before[-2:] == ["test", "-"] or before[-1:] == ["test"]):
        found = _Found(tok, "MOBILIZE", "weapons", tok)  # "test-fired missiles": a show of force, no attack
    if found is None and lemma in CBRN_USE:
        means = _of_objects([c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "advmod", "npadvmod")])
        if any(_cbrn(m) for m in means):
            found = _Found(tok, "ASSAULT", "unconventional", tok)
    if found is None and lemma == "strike" and patient is not None:
        struck = patient.lemma_.lower() in STRUCK_THINGS or _as_actor(doc, patient) is not None
        if struck and _subject(doc, tok) is not None:  # "the storm struck Florida" is no attack
            found = _Found(tok, "FIGHT", None, tok)
    if found is None and any(p == "to" and n.lemma_.lower() == "death" for p, n in _prep_nouns(tok)):
        if lemma not in ("sentence", "condemn", "freeze", "starve") and _child(tok, "dobj", "nsubjpass") is not None:
            found = _Found(tok, "ASSAULT", None, tok)  # "hacked / stoned / beaten to death": a killing
    if found is None and lemma == "declare" and any(t.lower_ == "grata" for t in tok.subtree):
        found = _Found(tok, "SANCTION", "expel", tok)  # "declared two diplomats persona non grata"
    if found is None and lemma == "charge" and any(p == "with" for p, _ in _prep_nouns(tok)):
        subj = _child(tok, "nsubj")
        passive = _child(tok, "auxpass") is not None
        if passive or (subj is not None and lexicon().sectors.get(subj.lemma_.lower()) in ("judiciary", "police")):
            found = _Found(tok, "COERCE", "arrest", tok)  # a legal charge (CAMEO 173), not an accusation
    if found is None:
        return _noun_act(doc, tok)
    moded = _apply_modality(found.kind, found.mode, tok)
    if moded is None:
        return False
    found.kind, found.mode = moded
    found.source_tok = _subject(doc, tok)
    if found.kind == "MOBILIZE" and found.source_tok is None:
        found.source_tok = _as_actor(doc, patient)  # "police were placed on alert": the police mobilise
    elif found.target_tok is None and found.kind != "MOBILIZE":
        preps = ATTACK_TARGET_PREPS if found.kind in ("FIGHT", "ASSAULT") else TARGET_PREPS
        found.target_tok = _target(doc, tok, preps)
    if found.source_tok is None:
        found.source_tok = _place_authority(doc, tok, found.kind, found.mode)
    if found.source_tok is not None and found.target_tok is not None and found.source_tok.i == found.target_tok.i:
        found.target_tok = None
    if found.source_tok is None and found.target_tok is None:
        return None
    return found


def _noun_act(doc: Doc, tok: Token) -> _Found | None:
    """An event noun whose actor is the subject of a verb that is no support verb: "claimed
    responsibility for the bombing", "were engaged in ethnic cleansing" (the subject acts), "survived
    an assassination attempt" (the subject is the target)."""
    lemma = tok.lemma_.lower()
    noun: Token | None = None
    subject_acts = True
    if lemma in ("claim", "accept", "admit") and not _negated(tok):
        resp = _child(tok, "dobj")
        if resp is not None and resp.lemma_.lower() == "responsibility":
            noun = _pobj(resp, ("for",))
    elif lemma in ("survive", "escape"):
        noun, subject_acts = _child(tok, "dobj"), False
    elif lemma == "come":  # "the convoy came under fire / attack from rebels"
        noun, subject_acts = _pobj(tok, ("under",)), False
    elif lemma in ("engage", "participate", "involve"):
        noun = _pobj(tok, ("in",))
    if noun is None:
        return None
    code = ("FIGHT", "firearms") if noun.lemma_.lower() in ("fire", "gunfire") and lemma == "come" else _noun_code(noun)
    if code is None or code[0] not in ("ASSAULT", "FIGHT", "COERCE"):
        return None
    moded = _apply_modality(code[0], code[1], tok)
    if moded is None:
        return None
    subj = _child(tok, "nsubj", "nsubjpass")
    actor = _as_actor(doc, subj)
    if subject_acts:
        source = actor
        target = _actor_token(doc, _pobj(noun, NOUN_TARGET_PREPS)) or _actor_token(doc, _pobj(tok, ("against",)))
    else:
        source, target = _as_actor(doc, _pobj(noun, ("by", "from")) or _pobj(tok, ("from",))), actor
    if source is None and target is None:
        return None
    # the noun alone ("an attack by gunmen") would say the same event again
    return _Found(noun, moded[0], moded[1], tok, source, target, consumed=[noun.i], victim_only=not subject_acts)


def _place_authority(doc: Doc, verb: Token, kind: str, mode: str | None) -> Token | None:
    """ "was arrested in Egypt", "were expelled from Zimbabwe": with no agent named, the country
    where someone is arrested, or that expels them, is who acts."""
    if _child(verb, "auxpass") is None or _agent(doc, verb) is not None:
        return None
    if not (kind == "COERCE" and mode in ("arrest", "deport")) and not (kind == "SANCTION" and mode == "expel"):
        return None
    preps = ("in",) if mode == "arrest" else ("from",)
    for prep, noun in _prep_nouns(verb):
        if prep not in preps:
            continue
        for t in noun.subtree:
            place = gazetteer().place(t.text) if (t.is_title or t.is_upper) else None
            if place is not None and place.kind == "country":
                return t
    return None


def _material_refine(found: _Found, source: EventActor | None) -> Code:
    """A blocked road or site by a state's forces is a blockade or restriction (COERCE, CAMEO 191 /
    1721), by anyone else an obstruction (PROTEST); coercion done "violently" is violent repression
    (ASSAULT, 175). By sectors and manner, never by who acts."""
    kind, mode = found.kind, found.mode
    head = found.source_tok
    if kind == "PROTEST" and mode == "obstruct" and source is not None and head is not None:
        # the head of the actor's phrase: "supporters of President X" are no state force
        ent = entity_at(head.doc, head.idx, head.idx + len(head.text))
        if lexicon().sectors.get(head.lemma_.lower()) in STATE_FORCES or (ent is not None and ent.label == "GPE"):
            return "COERCE", "restrict"
    if kind == "COERCE" and any(
        c.dep_ == "advmod" and c.lower_ in ("violently", "brutally") for c in found.trigger.children
    ):
        return "ASSAULT", "pro_autocracy"
    if kind == "ASSAULT" and any(c.dep_ == "advmod" and c.lower_ == "sexually" for c in found.trigger.children):
        return "ASSAULT", "sexual"
    return kind, mode


# -- clause, voice, date, place -----------------------------------------------------------------


# -- real news (PETR-2): constructions and parse repairs of wire copy ------------------------------

#: verbs whose subject is on the receiving end of the act their object names, done by "from X":
#: "received assurances from Y", "faces pressure from Y to ...", "drew criticism from Y"
RECEIVING = frozenset({"receive", "face", "draw", "earn"})
#: verbs whose verb + object entries say what a received thing is ("received weapons from Y": Y armed X)
GIVING = ("provide", "give", "send", "supply")
#: people whose damage to property is a riot (CAMEO 145), not an assault or a seizure
RIOTERS = frozenset({"protester", "protestor", "demonstrator", "rioter"})
#: acts against property: damage, demolition, arson
PROPERTY_ACTS = frozenset({("COERCE", "seize"), ("ASSAULT", "seize")})
ARSON = frozenset({"torch", "firebomb"})


def _given_code(obj: Token) -> Code | None:
    """What giving ``obj`` is: the event noun itself ("assurances", "criticism") or a thing given
    ("weapons": military aid)."""
    code = _noun_code(obj)
    if code is not None:
        return code
    phrases = lexicon().phrases
    for verb in GIVING:
        table = phrases.get(verb, {})
        found = table.get(obj.lemma_.lower()) or table.get(obj.lower_)
        if found is not None:
            return found
    return None


def _received(doc: Doc, tok: Token) -> _Found | None:
    """ "X received weapons from Y" is Y's military aid to X, "X faces pressure from Y" Y's demand on
    X: the act the object names, done by the "from" actor to the subject. Only what happened: "hopes
    to receive aid from Y" says nothing of what Y did; violence is reported by its own verbs ("drew
    fire from critics" is no attack)."""
    if tok.lemma_.lower() not in RECEIVING or tok.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl"):
        return None
    if _negated(tok) or _modal(tok) or _future(tok) or _infinitive(tok) or _hypothetical(tok):
        return None
    for obj in _objects(tok):
        source = _as_actor(doc, _pobj(tok, ("from",)) or _pobj(obj, ("from",)))
        code = _given_code(obj)
        if source is None or code is None or code[0] in ("-", "FIGHT", "ASSAULT"):
            continue
        if _apply_modality(code[0], code[1], tok) != code:
            return None
        target = _subject(doc, tok)
        if target is not None and target.i == source.i:
            target = None
        return _Found(tok, code[0], code[1], tok, source, target, [obj.i])
    return None


def _split_means_actor(doc: Doc, verb: Token) -> Token | None:
    """ "killed in Israeli shelling" parsed as "in Israeli" + a gerund "shelling" beside it: the actor
    of the event noun the parser split off the preposition's object."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for pobj in _pobjs(prep):
            nxt = doc[pobj.i + 1] if pobj.i + 1 < len(doc) else None
            if nxt is None or nxt.head.i != verb.i or nxt.tag_ not in ("VBG", "NN", "NNS"):
                continue
            code = lexicon().nouns.get(nxt.lower_) or lexicon().nouns.get(nxt.lemma_.lower())
            if code is None or code[0] not in ("FIGHT", "ASSAULT"):
                continue
            for cand in [pobj, *(c for c in pobj.children if c.dep_ in ("amod", "compound"))]:
                if cand.i < nxt.i and (cand.is_title or cand.is_upper) and gazetteer().demonym(cand.text):
                    return cand
    return None


def _misparsed_relative(tok: Token) -> bool:
    """ "The civilians imprisoned for X were released by Y" parsed with "imprisoned" as the main verb
    and "were released" as its conjunct: a bare participle (the parser may tag it past tense) with a
    subject, no auxiliary and no object, and a passive conjunct with no subject of its own and no
    comma or "and" before it, is a reduced relative clause."""
    if tok.dep_ != "ROOT" or tok.tag_ not in ("VBN", "VBD") or _child(tok, "nsubj") is None:
        return False
    if any(c.dep_ in ("aux", "auxpass", "cc", "dobj") for c in tok.children):
        return False
    for conj in tok.children:
        if conj.dep_ == "conj" and _child(conj, "auxpass") is not None and _child(conj, "nsubj", "nsubjpass") is None:
            return not any(c.dep_ == "punct" and c.i < conj.i for c in tok.children)
    return False


def _real_news_repair(doc: Doc, found: _Found) -> _Found:
    """Repairs for wire copy: a split means noun's actor, a misparsed reduced relative."""
    trig = found.trigger
    if found.source_tok is None and trig.pos_ == "VERB" and trig.lemma_.lower() in GENERIC_HARM:
        found.source_tok = _split_means_actor(doc, trig)
    subject = _child(trig, "nsubj")
    src = found.source_tok
    if src is not None and subject is not None and src.i == subject.i and _misparsed_relative(trig):
        # the subject is who the participle was done to, and the doer is unnamed
        found.source_tok, found.target_tok = None, found.source_tok
    return found


def _riot(found: _Found) -> Code:
    """Damage to property, demolition or arson by protesters is a riot (CAMEO 145), even by one."""
    src, trig = found.source_tok, found.trigger
    if src is not None and ((found.kind, found.mode) in PROPERTY_ACTS or trig.lemma_.lower() in ARSON):
        if src.lemma_.lower() in RIOTERS or src.lower_ in RIOTERS:
            return "PROTEST", "riot"
    return found.kind, found.mode


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause ``tok`` belongs to."""
    cur = tok
    while cur.pos_ not in ("VERB", "AUX") and cur.dep_ != "ROOT":
        cur = cur.head
    return cur


def _clause_tokens(head: Token) -> Iterator[Token]:
    """Tokens of ``head``'s clause, not descending into clauses of their own."""
    stack = [head]
    while stack:
        cur = stack.pop()
        yield cur
        for child in cur.children:
            if child.dep_ in ("ccomp", "relcl", "advcl", "csubj", "parataxis", "conj") and child.pos_ in (
                "VERB",
                "AUX",
            ):
                continue
            stack.append(child)


def _clause_heads(tok: Token) -> list[Token]:
    """The event's clause, then the clauses it shares its time and place with."""
    heads = [_clause_head(tok)]
    cur = heads[0]
    for _ in range(3):
        mark = _child(cur, "mark")
        if cur.dep_ == "advcl" and mark is not None and mark.lower_ in TEMPORAL_MARKS:
            cur = cur.head
        elif cur.dep_ in ("xcomp", "conj"):
            cur = cur.head
        else:
            break
        heads.append(_clause_head(cur))
    return heads


def _date_for(doc: Doc, found: _Found, dates: list[DateExpr]) -> DateExpr | None:
    if not dates:
        return None
    sent = found.trigger.sent
    in_sent = [d for d in dates if sent.start_char <= d.start < sent.end_char]
    if not in_sent:
        return None
    if found.trigger.pos_ in ("NOUN", "PROPN"):  # "the attack on the consulate on April 1"
        own = {t.idx for t in found.trigger.subtree}
        for d in in_sent:
            if any(start in own for start in _token_starts(doc, d.start, d.end)):
                return d
    # a date that modifies another noun ("its mid-April operation") dates that noun, not the clause
    in_sent = [d for d in in_sent if not _noun_modifier(doc, d)]
    for head in _clause_heads(found.anchor):
        chars = {t.idx for t in _clause_tokens(head)}
        for d in in_sent:
            if any(start in chars for start in _token_starts(doc, d.start, d.end)):
                return d
    return None


def _noun_modifier(doc: Doc, date: DateExpr) -> bool:
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("amod", "compound", "nmod", "poss")


def _token_starts(doc: Doc, start: int, end: int) -> list[int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t.idx for t in span] if span is not None else []


def _place_for(doc: Doc, found: _Found, used: set[int]) -> EventPlace | None:
    for head in _clause_heads(found.anchor):
        hosts = {head.i, found.trigger.i, found.anchor.i}
        hosts.update(c.i for c in (head, found.trigger) for c in c.children if c.dep_ in ("dobj", "nsubjpass"))
        for prep in sorted(
            (c for h in hosts for c in doc[h].children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS),
            key=lambda t: abs(t.i - found.trigger.i),
        ):
            for t in prep.children:
                if t.dep_ == "pobj" and t.i not in used:
                    place = place_of(doc, t)
                    if place is None:  # "in a meeting in Beirut"
                        inner = [
                            c
                            for p in t.children
                            if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                            for c in p.children
                            if c.dep_ == "pobj" and c.i not in used
                        ]
                        place = next((pl for c in inner if (pl := place_of(doc, c)) is not None), None)
                    if place is not None:
                        return place
    return None


def _speech_frame(doc: Doc, tok: Token) -> Token | None:
    """The speaker of "X said (that) ... <tok> ...", or of "according to X"."""
    cur = tok
    for _ in range(6):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in SPEECH:
            return _child(cur.head, "nsubj")
        if cur.dep_ == "ROOT":
            break
        cur = cur.head
    root = tok.sent.root
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "according":
            to = _child(prep, "prep")
            return _child(to, "pobj") if to is not None else None
    if root.lemma_.lower() in SPEECH and tok.i < root.i and root.dep_ == "ROOT":
        # "Rebels shelled the town, officials said."
        inner = _clause_head(tok)
        if inner is not root and inner.dep_ in ("ccomp", "parataxis") and inner.head is root:
            return _child(root, "nsubj")
    return None


def _voice(doc: Doc, found: _Found, quotes: list[Quote]) -> tuple[str, ClaimSource | None]:
    trig = found.trigger
    for q in quotes:
        c = q.content
        if c.start <= trig.idx < c.end:
            if trig.pos_ in ("NOUN", "PROPN") and _np_object_of_cue(doc, trig, q):
                continue
            sp = q.speaker
            return "quoted", ClaimSource(entity_id=sp.entity_id, name=sp.name) if sp else None
    if _reported_passive(found.anchor):
        return "quoted", None  # "X is alleged to have attacked Y": a claim, by someone unnamed
    speaker = _speech_frame(doc, found.anchor)
    if speaker is not None:
        actor = actor_of(doc, speaker)
        if actor is not None:
            return "quoted", ClaimSource(entity_id=actor.entity_id, name=actor.name)
        return "quoted", None
    return "outlet", None


def _np_object_of_cue(doc: Doc, trig: Token, quote: Quote) -> bool:
    """True when ``trig`` sits in a noun phrase that is the cue verb's object, with no clause between."""
    if quote.cue is None:
        return False
    cur = trig
    for _ in range(8):
        if quote.cue.start <= cur.idx < quote.cue.end:
            return True
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT":
            return False
        cur = cur.head
    return False


# -- the component ------------------------------------------------------------------------------


def _actor(doc: Doc, tok: Token | None) -> EventActor | None:
    return actor_of(doc, tok) if tok is not None else None


@lru_cache(maxsize=1)
def _verb_heads() -> frozenset[str]:
    """Every verb lemma that starts a lexicon entry ("call" for "call_for")."""
    lex = lexicon()
    return frozenset(key.split("_")[0] for key in (*lex.verbs, *lex.phrases))


# -- real-page precision: readings that real news pages (coded blind by hand) showed to be wrong ---------

#: nouns of an act done *to* someone: "Fahie's arrest" names the one arrested, not the arrester
PATIENT_POSSESSOR = frozenset(
    {
        "arrest", "detention", "release", "extradition", "deportation", "expulsion", "execution",
        "assassination", "murder", "killing", "kidnapping", "abduction", "imprisonment", "jailing",
        "capture", "conviction", "indictment", "prosecution", "sentencing", "internment",
    }
)  # fmt: skip
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


def _patient_possessor(tok: Token) -> Token | None:
    """The possessor of an act-on-someone noun with no "of" object: "Fahie's arrest" -> Fahie."""
    if tok.lemma_.lower() not in PATIENT_POSSESSOR or _pobj(tok, ("of",)) is not None:
        return None
    return _child(tok, "poss")


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
    """ "Police warned residents to leave the area": telling someone to act is a demand (REQUEST) of
    the warner on the warned (a warning *of* a danger or *that* something may happen is not)."""
    if tok.lemma_.lower() != "warn" or _negated(tok) or _modal(tok) or _future(tok):
        return None
    warned = _child(tok, "dobj")
    act = next((c for c in tok.children if c.dep_ == "xcomp" and _infinitive(c)), None)
    if warned is None or act is None or _as_actor(doc, warned) is None:
        return None
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


def _real_page_doubt(doc: Doc, found: _Found) -> bool:
    """Readings real news pages showed wrong (precision first: no event rather than a wrong one)."""
    _unbind_pronoun_target(doc, found)
    _they_not_him(doc, found)
    trig = found.trigger
    lemma = trig.lemma_.lower()
    # "he never robbed or killed anyone": the negation covers the coordinated verb
    if (
        trig.dep_ == "conj"
        and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in trig.head.children)
        and _child(trig, "nsubj", "nsubjpass") is None
        and _negated(trig.head)
    ):
        return True
    if _discussed_topic(trig) or (trig.pos_ in ("NOUN", "PROPN") and _citation(trig)):
        return True
    if lemma == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in NOT_A_MEETING for c in trig.children):
        return True  # "materials that don't meet the hospital's needs"
    particles = {f"{lemma}_{p}" for p in _particles(trig)}
    if (
        trig.pos_ == "VERB"
        and (lemma in CLOSING_VERBS or particles & CLOSING_VERBS)
        and _child(trig, "dobj", "nsubjpass", "auxpass") is None
    ):
        return True  # "sixteen hospitals have shut down": nobody closed anything
    return False


def event_candidates(doc: Doc) -> list[_Found]:
    """The events the lexicons find in ``doc``, before actors are resolved."""
    register_extensions()
    lex = lexicon()
    heads = _verb_heads()
    candidates: dict[int, _Found] = {}
    consumed: set[int] = set()
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            # cheap tests first: most verbs are no trigger, and walking a token's children is slow
            if (
                lemma in FRAMES
                or lemma in LISTING_VERBS
                or lemma in MANDATIVE
                or lemma in ALLEGING
                or lemma == "find"
                or any(lem in heads for lem in _lemmas(tok))
                or lemma in PHONE_VERBS
                or lemma in SPEAKING_UP
                or lemma in APPROVING
                or lemma in MATERIAL_HEADS
                or lemma in RECEIVING
                or (tok.dep_ == "ccomp" and any(c.lower_ in OBLIGATION for c in tok.children))
            ):
                found = _received(doc, tok) if lemma in RECEIVING else None
                found = found or _verb_event(doc, tok) or _held_on_charges(doc, tok) or _called_for_to(doc, tok)
                found = _damage_by_attack(doc, found) if found is not None else None
                if found is not None and not _real_page_doubt(doc, found):
                    candidates[tok.i] = _real_news_repair(doc, found)
                    consumed.update(found.consumed)
            elif lemma == "warn":
                found = _warned_to(doc, tok)
                if found is not None and not _real_page_doubt(doc, found):
                    candidates[tok.i] = found
        elif tok.pos_ in ("NOUN", "PROPN") and (
            lemma in lex.nouns or lemma in lex.compounds or tok.lower_ in lex.nouns or lemma in NOUN_WITH_PREP
        ):
            found = _noun_event(doc, tok)
            if found is not None and not _real_page_doubt(doc, found):
                candidates[tok.i] = found
    out = []
    for i in sorted(candidates):
        found = candidates[i]
        nameless = found.trigger.pos_ in ("NOUN", "PROPN") and not found.victim_only
        if i in consumed or (nameless and _actor(doc, found.source_tok) is None):
            continue
        out.append(found)
    return out


#: who a violent act is done to makes it unconventional violence (PLOVER ASSAULT), whoever does it
CIVILIAN_SECTORS = frozenset({"civilian", "refugee", "religious", "media", "health", "education"})
STATE_FORCES = frozenset({"military", "government", "police"})
BOMB_WORDS = frozenset({"bomb", "bombing"})


def _by_actors(found: _Found, source: EventActor | None, target: EventActor | None) -> Code:
    """Refine a violent act's type by its actors' sectors (never by who they are): bombing by a
    state or its forces is conventional force (FIGHT, aerial weapons), by anyone else ASSAULT
    (explosives, CAMEO 183: non-military bombing); a generic attack on civilians is ASSAULT."""
    kind, mode = found.kind, found.mode
    lemma = found.trigger.lemma_.lower()
    if lemma in BOMB_WORDS and kind in ("FIGHT", "ASSAULT") and mode in ("heavy-weapons", "explosives"):
        qualified = any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("suicide", "car", "roadside", "truck", "air", "aerial")
            for c in found.trigger.children
        )
        if source is not None and not qualified:
            state = source.sector in STATE_FORCES or (source.sector is None and source.country is not None)
            return ("FIGHT", "heavy-weapons") if state else ("ASSAULT", "explosives")
    if kind == "FIGHT" and mode is None and target is not None and target.sector in CIVILIAN_SECTORS:
        return "ASSAULT", None
    if kind == "PROTEST" and mode == "riot" and target is not None and _individual(found.source_tok):
        return "ASSAULT", "beat"  # one person throwing stones at someone is an assault, not a riot
    return kind, mode


#: nouns for many people at once
COLLECTIVE = frozenset({"crowd", "mob", "group", "gang", "people", "protester", "demonstrator", "youth"})


def _individual(tok: Token | None) -> bool:
    """One person: "he", "a man", "the accused", a named person (not "protesters", "a mob")."""
    if tok is None:
        return False
    if tok.lower_ in ("he", "she"):
        return True
    ent = entity_at(tok.doc, tok.idx, tok.idx + len(tok.text))
    if ent is not None:
        return ent.label == "PERSON"
    return tok.tag_ in ("NN", "VBN") and tok.lemma_.lower() not in COLLECTIVE


def _same_actor(a: EventActor | None, b: EventActor | None) -> bool:
    if a is None or b is None:
        return False
    if a.entity_id is not None and a.entity_id == b.entity_id:
        return True
    return a.mention.start < b.mention.end and b.mention.start < a.mention.end


def _coordinated_twin(
    found: _Found, source: EventActor | None, target: EventActor | None,
    other: _Found, o_source: EventActor | None, o_target: EventActor | None,
) -> bool:  # fmt: skip
    """Two coordinated verbs coding the same event between the same actors."""
    a, b = found.trigger, other.trigger
    if not ((a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)):
        return False
    same = (found.kind, found.mode) == (other.kind, other.mode)
    names = (source.name if source else None, target.name if target else None)
    return same and names == (o_source.name if o_source else None, o_target.name if o_target else None)


def find_events(doc: Doc) -> list[Event]:
    """The events in a parsed ``doc``; reads ``doc._.entities``, ``doc._.quotes`` and ``doc._.dates``."""
    candidates = event_candidates(doc)
    quotes: list[Quote] = list(doc._.quotes or [])
    dates: list[DateExpr] = list(doc._.dates or [])
    events: list[Event] = []
    kept: list[tuple[_Found, EventActor | None, EventActor | None]] = []
    for found in candidates:
        source = _actor(doc, found.source_tok)
        target = _actor(doc, found.target_tok)
        if _same_actor(source, target):
            # nobody does an event to themselves: the target is the misread one (the source is the
            # clause's subject, the target comes from looser rules: an actor inside the object, a
            # preposition), so the event keeps its source and says null for whom it was done to
            target = None
            found.target_tok = None
        if source is None and target is None:
            continue  # nobody resolved ("we", "it" with no antecedent): no record
        if _question(found.trigger.sent):
            continue  # "Did X attack Y?", "How are you appealing to voters?": nothing is asserted
        found.kind, found.mode = _by_actors(found, source, target)
        found.kind, found.mode = _material_refine(found, source)
        found.kind, found.mode = _riot(found)
        if any(_coordinated_twin(found, source, target, *k) for k in kept):
            continue  # "assaulted and hit her": one assault
        kept.append((found, source, target))
        used = {t.i for t in (found.source_tok, found.target_tok) if t is not None}
        voice, claimed_by = ("outlet", None) if found.own_voice else _voice(doc, found, quotes)
        trig, sent = found.trigger, found.trigger.sent
        kind, mode, context = to_plover2021(found.kind, found.mode)
        events.append(
            Event(
                start=trig.idx,
                end=trig.idx + len(trig.text),
                text=trig.text,
                type=kind,  # type: ignore[arg-type]
                mode=mode,
                context=context,
                source=source,
                target=target,
                sentence=Offsets(start=sent.start_char, end=sent.end_char),
                date=_date_for(doc, found, dates),
                location=_place_for(doc, found, used),
                voice=voice,  # type: ignore[arg-type]
                claimed_by=claimed_by,
                cameo=lexicon().cameo_code(kind, mode, context),
            )
        )
    return events


def _question(sent: Span) -> bool:
    return sent.text.rstrip().rstrip("\"'”’)]»").endswith("?")


class EventsComponent:
    """spaCy component: ``doc._.events``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = find_events(doc)
        return doc


@Language.factory("newsprobe_events", assigns=["doc._.events"], requires=["token.dep", "token.lemma"])
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(nlp, name)
