"""What a token names, before any rule: the parse helpers the events rules share (a token's children,
lemmas, particles, objects), the lexicon look-ups that say which event code a verb, a verb + object or an
event noun has, the constants several modules share, and the ``_Found`` record every rule fills.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsprobe.components.event_actors import is_actor
from newsprobe.components.event_lexicon import Code, lexicon

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
FRAME_AGREE = frozenset({"agree", "offer", "promise", "pledge", "vow", "commit", "volunteer", "undertake"})
FRAME_DEMAND = frozenset({"demand", "urge", "call", "press", "push", "ask", "appeal", "request", "pressure"})
FRAME_PREPARE = frozenset({"prepare"})
FRAME_INTENT = frozenset(
    {"plan", "intend", "want", "hope", "seek", "aim", "wish", "expect", "consider", "mull", "schedule"}
)
FRAME_FAIL = frozenset({"fail"})
#: quote marks that open and close a quotation (a word in scare quotes, a quoted headline)
OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})
#: ruling something out ("rule out", "exclude"): refusing to is keeping it open
EXCLUDING = frozenset({"rule", "exclude"})
#: refusing what the clause says: "declined to comment", "refused to rule out"
REFUSING = frozenset({"decline", "refuse"})


#: governors that leave what they govern as it is ("tried to", "began", "resorted to")
FRAMES = FRAME_THREATEN | FRAME_REJECT | FRAME_AGREE | FRAME_DEMAND | FRAME_PREPARE | FRAME_INTENT | FRAME_FAIL


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


#: what "declined/refused to ..." governs when nothing is refused but a comment: "declined to
#: comment", "refused to be interviewed", "declined to say" (CAMEO 011, which PLOVER does not code)
NO_COMMENT = SPEECH | frozenset(
    {"comment", "elaborate", "speak", "discuss", "answer", "respond", "identify", "name", "disclose",
     "specify", "interview", "reply", "talk", "detail", "give", "speculate", "weigh"}
)  # fmt: skip

TARGET_PREPS = ("on", "against", "upon", "at", "into", "with", "toward", "towards", "to", "over", "from")
ATTACK_TARGET_PREPS = tuple(p for p in TARGET_PREPS if p != "from")
NOUN_TARGET_PREPS = ("on", "against", "upon", "at", "into", "with", "toward", "towards", "of", "to")
#: what is handed over as information: cooperation only with someone named who is not the press
INFORMATION = frozenset({"record", "document", "evidence", "file", "information", "data", "detail", "name"})
#: what is shared with a partner ("share intelligence with X", "pass evidence to X"): X is the target
SHARED_KNOWLEDGE = INFORMATION | {"intelligence", "expertise", "know-how", "technology"}


#: the people an appeal draws, not asks: "appeal to women", "the party's appeal to swing voters"
AUDIENCES = frozenset(
    {"voter", "woman", "man", "independent", "moderate", "conservative", "liberal", "millennial", "base",
     "suburbanite", "evangelical", "youth", "supporter", "electorate", "audience", "consumer", "reader",
     "viewer", "donor", "class", "demographic", "constituency"}
)  # fmt: skip
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
        "gunship",
        "bomber",
        "warship",
        "frigate",
        "submarine",
        "drone",
        "gunfire",
        "shelling",
        "bombardment",
        "air",
        "strike",
    }
)
#: family relations: someone's own people, yet no force of theirs ("arrested her aunt"); meeting one
#: is private life ("visited his wife in hospital")
KIN = frozenset(
    {"aunt", "uncle", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "cousin",
     "nephew", "niece", "parent", "family", "relative", "child", "grandchild", "grandson", "granddaughter"}
)  # fmt: skip
#: people a possessive does not make the actor's own side: "seized his guests", "arrested her aunt",
#: "freed their hostages" (held by them, yet the ones the act is done to)
NEVER_OWN = KIN | frozenset(
    {"hostage", "captive", "prisoner", "detainee", "guest", "visitor", "companion", "kidnapper", "abductor",
     "captor", "victim", "counterpart"}
)
#: generic harm verbs whose type and mode can come from the means ("killed in a suicide bombing")
GENERIC_HARM = frozenset({"kill", "wound", "injure"})
OBLIGATION = frozenset({"must", "should"})
#: verbs of need that say an act is owed: "X needs to apologize"
NEEDING = frozenset({"need"})


#: "added X to its sanctions list": the verbs that put someone on a list, and the list nouns that make
#: an addition a sanction
LISTING_VERBS = frozenset({"add"})


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


def _lemmas(tok: Token) -> list[str]:
    """The lemma, plus de-inflected forms for the tagger's slips ("waged" -> "wag")."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    out = [lemma]
    if low.endswith("ed"):
        out += [low[:-1], low[:-2]]
        if len(low) > 5 and low[-3] == low[-4]:
            out.append(low[:-3])  # "kitted" -> "kit"
    elif low.endswith("ing"):
        out += [low[:-3], low[:-3] + "e"]
        if len(low) > 6 and low[-4] == low[-5]:
            out.append(low[:-4])  # "kitting" -> "kit"
    elif low.endswith("s"):
        out += [low[:-1]]
    return out


#: adverbs the parser gives a phrasal verb's particle as ("walked out", "pull back" with "back" an advmod)
ADVERB_PARTICLES = frozenset({"out", "down", "up", "off", "back", "away", "together", "home", "aside"})


#: complements a verb entry is written with as if they were particles ("set_free": "set the men free",
#: "were set free"), wherever the parser hangs them (on the verb, or on its object as a modifier)
COMPLEMENT_PARTICLES = frozenset({"free"})


def _particles(tok: Token) -> list[str]:
    # "pulled back its troops", or after the object: "pulled its troops back", "called the strike off"
    obj_end = next((c.right_edge.i for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    out = [
        c.lower_
        for c in tok.children
        if (c.dep_ in ("prt", "prep") and not _dated(c) and not _set_phrase(c))
        or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES and (c.i == tok.i + 1 or c.i - 1 == obj_end))
        or (c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ in COMPLEMENT_PARTICLES)
    ]
    out += [p.lower_ for p in _after_a_date(tok)]  # "warned on Wednesday of ..."
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.tag_ == "RP" and nxt.dep_ == "quantmod" and nxt.lower_ not in out:
        out.append(nxt.lower_)  # "handed over 13 prisoners": the particle parsed as "over 13" (more than)
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        out += [g.lower_ for g in obj.children if g.dep_ == "amod" and g.i > obj.i and g.lower_ in COMPLEMENT_PARTICLES]
        if obj.pos_ in ("PROPN", "PRON"):  # "warned Estavia of serious consequences", "of" parsed under the name
            out += [g.lower_ for g in obj.children if g.dep_ == "prep" and g.i == obj.i + 1]
        elif obj.lemma_.lower() not in MEASURE_NOUNS | OF_HEADS:  # "stripped a broadcaster of its licence"
            out += [g.lower_ for g in obj.children if g.dep_ == "prep" and g.i == obj.i + 1 and g.lower_ == "of"]
    return out


#: prepositional phrases that are set adverbials, no particle of the verb: "called, for the record, the
#: night a win" (no "call for"), "in turn dropped its lawsuit"
SET_PHRASES = frozenset(
    {("for", "record"), ("for", "example"), ("for", "instance"), ("for", "now"), ("for", "sure"),
     ("for", "once"), ("in", "turn"), ("in", "fact"), ("on", "record")}
)  # fmt: skip


def _set_phrase(prep: Token) -> bool:
    return any((prep.lower_, g.lower_) in SET_PHRASES for g in prep.children if g.dep_ == "pobj")


def _phrasal_lemmas(tok: Token) -> list[str]:
    """The verb's lemmas joined to each of its particles, as the lexicons write them: "call_off" for
    "were called off", "pull_back" for "pulled its troops back"."""
    return [f"{lemma}_{p}" for lemma in _lemmas(tok) for p in _particles(tok)]


def _after_a_date(tok: Token) -> list[Token]:
    """The prepositions the parser hangs on a day after the verb: "of" in "warned on Wednesday of a
    blockade"."""
    days = [g for c in tok.children if c.dep_ == "prep" and _dated(c) for g in c.children if g.dep_ == "pobj"]
    return [p for d in days for p in d.children if p.dep_ == "prep" and p.i == d.i + 1]


def _dated(prep: Token) -> bool:
    """ "on Saturday" in "called on Saturday for calm": a preposition of time is no particle."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _own_auxiliary(verb: Token) -> bool:
    """A finite auxiliary of its own ("and was reinforcing them"); the "to" of an infinitive is none."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)


def _own_clause(conj: Token) -> bool:
    """A conjunct with its own auxiliary ("and was reinforcing them") or a tense its head lacks ("was
    trading ... and fined him"): a clause of its own, joined higher up than the parser says."""
    return _own_auxiliary(conj) or (conj.tag_ in ("VBD", "VBZ") and conj.head.tag_ != conj.tag_)


def _verb_code(tok: Token) -> Code | None:
    lex = lexicon()
    parts = _particles(tok)
    for lemma in _lemmas(tok):
        for first, second in zip(parts, parts[1:], strict=False):  # "stood up for X": stand_up_for
            code = lex.verbs.get(f"{lemma}_{first}_{second}")
            if code:
                return _overwhelming(tok, code)
        for p in parts:
            code = lex.verbs.get(f"{lemma}_{p}")
            if code and f"{lemma}_{p}" in INTRANSITIVE_PHRASAL and _child(tok, "dobj") is not None and any(
                c.dep_ == "prep" and c.lower_ == p and _child(c, "pobj") is not None for c in tok.children
            ):
                continue  # "had given the letter to the pope in his hands": no "give in" with an object
            if code:
                return _overwhelming(tok, code)
        if lemma in lex.verbs:
            return _overwhelming(tok, lex.verbs[lemma])
    return None


#: the mode of a verb entry coded only as a threat, and only against someone: "will crush the rebels"
#: (not "will wipe out corruption", a promise)
THREAT_ONLY_MODE = "threat-only"
#: who overwhelming force may be vowed against when no one is named
CRUSHED = frozenset({"anyone", "anybody", "those", "whoever", "attempt", "protest", "protests", "uprising",
                     "rebellion", "revolt", "dissent", "opposition", "insurgency", "unrest", "riot", "riots",
                     "rioting", "mutiny", "insurrection", "demonstrations", "enemy", "enemies", "invader",
                     "invaders", "aggressor", "aggressors", "attacker", "attackers"})  # fmt: skip


def _overwhelming(tok: Token, code: Code) -> Code | None:
    """A threat-only verb entry ("crush", "wipe out") codes only when done to someone."""
    if code[1] != THREAT_ONLY_MODE:
        return code
    patient = _child(tok, "dobj", "nsubjpass")
    if patient is None and tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
        patient = tok.head
    if patient is not None and patient.pos_ == "VERB":
        patient = _child(patient, "nsubj")  # "rebels massing near Adre would be wiped out": the rebels
    if patient is None:
        return None
    return code if is_actor(tok.doc, patient) or patient.lemma_.lower() in CRUSHED else None


#: particle verbs that take no object: with one, the "particle" is a preposition of the object's
INTRANSITIVE_PHRASAL = frozenset(
    {"give_in", "cave_in", "step_down", "back_down", "climb_down", "stand_down", "back_off", "step_aside",
     "stand_aside", "lash_out", "hit_out", "back_out", "walk_out", "sit_down", "team_up", "fan_out"}
)  # fmt: skip


def _particle_object(tok: Token) -> Token | None:
    """The object of the preposition a two-particle entry ends in: Khartoum in "stood up for
    Khartoum" (``stand_up_for``)."""
    verbs = lexicon().verbs
    parts = _particles(tok)
    for lemma in _lemmas(tok):
        for first, second in zip(parts, parts[1:], strict=False):
            if f"{lemma}_{first}_{second}" in verbs:
                return _pobj(tok, (second,))
    return None


def _objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "attr")]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    return objs


#: agreements: what is signed, made or reached
PACTS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "ceasefire", "truce", "protocol", "memorandum"})
#: acts a participle after its object reports as done ("troops sent to X", "shells fired into Y")
PARTICIPLE_ACTS = frozenset({"FIGHT", "ASSAULT", "MOBILIZE", "AID", "COERCE"})


#: groups named by a military word whose "of" says who they are: "a brigade of doctors"
GROUPS_OF = frozenset({"brigade", "contingent", "team", "unit", "detachment", "company", "battalion"})


def _phrase(tok: Token) -> tuple[Code, Token] | None:
    lex = lexicon()
    keys = _phrasal_lemmas(tok) + _lemmas(tok)
    for key in keys:
        table = lex.phrases.get(key)
        if not table:
            continue
        for obj in _of_objects(_phrase_objects(tok, key)):
            inner = _pobj(obj, ("of",)) if obj.lemma_.lower() in GROUPS_OF else None
            if inner is not None and table.get(inner.lemma_.lower()):
                obj = inner  # "sent a brigade of 120 doctors": the doctors say what is sent
            code = table.get(obj.lemma_.lower()) or table.get(obj.lower_) or table.get(_hyphenated(obj) or "")
            if code and obj.i == tok.head.i and code[0] not in PARTICIPLE_ACTS and code[0] != "-":
                continue  # "documents provided to the committee": a thing described, not an act
            # (but "a hat signed by the president": the entry that makes it no event still holds)
            if code:
                if obj.dep_ == "pobj" and (own := _noun_code(obj)) is not None and own[0] == code[0]:
                    code = own  # "went on hunger strike": the noun names the kind
                return code, obj
            if _noun_code(obj) is not None:
                continue  # "launched rocket attacks": the event noun speaks for itself
            for mod in obj.children:  # "began a hunger strike" (not "sent army trucks loaded with food")
                if mod.dep_ in ("compound", "amod") and table.get(mod.lower_) and mod.lower_ not in ARMED_MODIFIERS:
                    return table[mod.lower_], obj
    return None


#: modifiers that say whose a thing is, not what it is: "army trucks", "military aircraft"
ARMED_MODIFIERS = frozenset({"army", "military", "navy", "naval"})
#: nouns that name an amount or a condition of what follows "of": "50 tonnes of supplies", "the
#: state of emergency", "a shipment of arms"
MEASURE_NOUNS = frozenset(
    {"tonne", "ton", "kilogram", "kg", "pound", "litre", "liter", "barrel", "crate", "box", "truckload", "shipment",
     "consignment", "batch", "load", "package", "supply", "quantity", "amount", "hundred", "hundreds", "thousand",
     "thousands", "million", "millions", "dozen", "dozens", "state", "page", "billion", "billions", "team"}
)  # fmt: skip
#: sums of money, which say what they are in "in" as well: "$20 million in humanitarian aid"
MONEY_NOUNS = frozenset({"million", "millions", "billion", "billions", "trillion", "dollar", "euro", "pound", "yen"})
#: verbs that give their object something "with": "supplied Kyiv with weapons", "equipped the rebels with"
GIVING_WITH = frozenset({"supply", "provide", "equip", "furnish", "arm", "kit"})


#: what a ship, a plane or a convoy does with its load: "ships carrying rice", "loaded with water"
CARRYING = frozenset({"carry", "bring", "transport", "ferry"})
LOADED = frozenset({"load", "laden", "lade", "fill", "pack"})


def carried_goods(holder: Token) -> list[Token]:
    """What a ship, a plane, a convoy or a truck carries: "ships carrying rice and medicine", "a plane
    laden with blankets and tents"."""
    out: list[Token] = []
    for clause in holder.children:
        if clause.dep_ not in ("acl", "amod"):
            continue
        lemma = clause.lemma_.lower()
        goods = _child(clause, "dobj") if lemma in CARRYING else _pobj(clause, ("with",)) if lemma in LOADED else None
        if goods is not None:
            out += [goods, *(c for c in goods.children if c.dep_ == "conj")]
    return out


def _phrase_objects(tok: Token, key: str) -> list[Token]:
    """The objects a verb + object entry looks at: objects and the passive subject, the object of a
    particle preposition ("acted as a mediator" under ``act_as``), and for a measure noun what it
    measures ("sent 50 tonnes of supplies", "ended the state of emergency")."""
    objs = _objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"]
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and _noun_code(tok.head) is None:
        # "troops sent to Chechnya": the noun a participle follows is its object ("sanctions imposed
        # for ..." is the noun's own event)
        objs.append(tok.head)
    # "allowed convoys to reach Tigray": the infinitive's subject is what is allowed
    # (and "allowed inspectors back into the plant", with "back" parsed as a clause of its own)
    objs += [g for c in tok.children if c.dep_ == "ccomp" and (_infinitive(c) or c.pos_ in ("ADV", "ADP"))
             for g in c.children if g.dep_ == "nsubj"]  # fmt: skip
    if "_" in key:
        prep = key.split("_", 1)[1]
        objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == prep for g in _pobjs(c)]
        # "handed in their weapons" with the particle parsed as taking the object
        objs += [g for c in tok.children if c.dep_ == "prt" and c.lower_ == prep for g in _pobjs(c)]
        # "warned Estavia of serious consequences" with the preposition parsed under the named object
        # "stripped a broadcaster of its licence": any object when the preposition is "of"
        named = [o for o in tok.children if o.dep_ == "dobj" and (o.pos_ in ("PROPN", "PRON") or prep == "of")]
        objs += [g for o in named for c in o.children if c.dep_ == "prep" and c.lower_ == prep for g in _pobjs(c)]
        # "warned on Wednesday of a blockade", "of" parsed under the day
        objs += [g for c in _after_a_date(tok) if c.lower_ == prep for g in _pobjs(c)]
    if any(lemma in GIVING_WITH for lemma in _lemmas(tok)):
        objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in _pobjs(c)]
    objs += [g for obj in list(objs) for g in carried_goods(obj)]  # "dispatched two ships carrying rice"
    for obj in list(objs):
        if obj.lemma_.lower() in MEASURE_NOUNS or obj.lower_ in MEASURE_NOUNS:
            preps = ("of", "in") if obj.lemma_.lower() in MONEY_NOUNS else ("of",)
            inner = [g for c in obj.children if c.dep_ == "prep" and c.lower_ in preps for g in _pobjs(c)]
            objs += inner + [c for g in inner for c in g.children if c.dep_ == "conj"]  # "of fodder and supplies"
    return objs


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


#: who goes on strike, named after "a strike by": workers, not aircraft
STRIKERS = frozenset(
    {"worker", "employee", "teacher", "doctor", "nurse", "miner", "docker", "dockworker", "driver", "pilot",
     "union", "staff", "farmer", "trader", "student", "lecturer", "civil", "servant", "journalist", "trucker",
     "railwayman", "porter", "steelworker", "labourer", "laborer", "controller", "physician", "lawyer"}
)  # fmt: skip


def _hyphenated(tok: Token) -> str | None:
    """ "sit-in" when the parser split it into "sit", "-", "in" (the last word the head)."""
    i = tok.i
    if i >= 2 and tok.doc[i - 1].text == "-" and tok.doc[i - 2].head.i == i and tok.doc[i - 1].whitespace_ == "":
        return f"{tok.doc[i - 2].lower_}-{tok.lower_}"
    return None


#: event nouns only with their preposition: noun -> (preposition, code)
NOUN_WITH_PREP: dict[str, tuple[str, Code]] = {
    "call": ("for", ("DEMAND", None)),
    "discussion": ("with", ("CONSULT", None)),  # "discussions with X"; "his discussion of the deal" is none
    # "his claims against his opponent"; "his claim that ..." or "a claim for damages" is none
    "claim": ("against", ("DISAPPROVE", None)),
    "allegation": ("against", ("DISAPPROVE", None)),
}


def _for_to_clause(clause: Token, need: str) -> bool:
    """ "(renewed its call) for the minister to resign": an infinitive clause with its own subject,
    introduced by the preposition the noun needs."""
    return (
        clause.dep_ in ("advcl", "acl", "xcomp", "ccomp")
        and clause.pos_ == "VERB"
        and any(c.dep_ == "mark" and c.lower_ == need for c in clause.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


#: nouns that name the act of a verb + object entry, the object after "of": "the severing of relations"
#: (as "severed relations"), "the withdrawal of the peacekeeping mission", "the closure of the border"
NOMINALS = {
    "severing": "sever", "severance": "sever", "breaking": "break", "suspension": "suspend",
    "withdrawal": "withdraw", "recall": "recall", "closure": "close", "closing": "close",
    "imposition": "impose", "halting": "halt", "freezing": "freeze", "downgrading": "downgrade",
    "expulsion": "expel", "deployment": "deploy", "dissolution": "dissolve", "revocation": "revoke",
    "sealing": "seal", "cut": "cut", "reduction": "reduce",
}  # fmt: skip
#: nominals whose object follows "in": "a cut in aid to Mali", "a reduction in military assistance"
NOMINALS_IN = frozenset({"cut", "reduction"})


def _nominal_code(tok: Token) -> tuple[Code, Token] | None:
    """The verb + object entry a nominal names with its "of" object: "the severing of diplomatic
    relations" is "severed relations" (SANCTION), "the withdrawal of the UN mission" is "withdrew
    the mission", "a cut in aid" is "cut aid"; with the object it codes."""
    verb = NOMINALS.get(tok.lemma_.lower()) or NOMINALS.get(tok.lower_)
    table = lexicon().phrases.get(verb) if verb is not None else None
    preps = ("of", "in") if tok.lemma_.lower() in NOMINALS_IN else ("of",)
    obj = _pobj(tok, preps) if table else None
    if table is None or obj is None:
        return None
    for cand in _of_objects([obj]):
        code = table.get(cand.lemma_.lower()) or table.get(cand.lower_)
        if code is not None:
            return code, cand
    return None


#: nouns that are a show of arms with what is shown named after "of"
DISPLAYS = {"show": frozenset({"force", "strength", "might", "muscle", "firepower"}),
            "display": frozenset({"force", "strength", "might", "firepower"})}


def _noun_code(tok: Token) -> Code | None:
    lex = lexicon()
    lemma = tok.lemma_.lower()
    nominal = _nominal_code(tok)
    if nominal is not None:
        return nominal[0]
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
        if any(c.dep_ == "prep" and c.lower_ == need for h in hosts for c in h.children):
            return code
        if any(_for_to_clause(c, need) for h in hosts for c in h.children):
            return code
        from newsprobe.components.events.wire_verbal import call_to_act  # it reads this module's helpers

        return code if call_to_act(tok) else None
    if lemma in DISPLAYS:  # "staged a show of force": a show of arms (not "a show of hands")
        shown = _pobj(tok, ("of",))
        return ("MOBILIZE", None) if shown is not None and shown.lemma_.lower() in DISPLAYS[lemma] else None
    if lemma == "strike" or tok.lower_ == "strikes":
        # a strike is only an event with its kind named ("air strike", "general strike") or its strikers
        # ("a strike by Russian-speaking workers")
        by = _pobj(tok, ("by",))
        return ("PROTEST", "boycott") if by is not None and by.lemma_.lower() in STRIKERS else None
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


#: the press: telling it something is a statement, not cooperation with it
PRESS = frozenset({"reporter", "journalist", "press", "media", "newspaper", "correspondent"})


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def first_conjunct(tok: Token) -> Token:
    """The first of a list of conjoined words ("demoted" in "demoted, reprimanded or corrected")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


#: verbs whose object is charged "of" an act: "accused the army of shelling", "convicted X of spying"
CHARGING = frozenset({"accuse", "suspect", "convict", "acquit", "clear", "absolve"})
#: of those, the ones that find the act was not done: "acquitted X of planting the bomb"
CLEARING = frozenset({"acquit", "clear", "absolve"})
#: verbs whose object is blamed "for" an act: "blamed the rebels for planting the bomb"
BLAMING = frozenset({"blame"})


#: the verbs that charge someone with an act after each preposition: "charged X with", "accused X of",
#: "blamed X for"
CHARGED_AFTER = {"with": frozenset({"charge"}), "of": CHARGING, "for": BLAMING}


def charged_with(tok: Token) -> Token | None:
    """The verb of "charged X with <tok>-ing", "accused X of <tok>-ing", "X was suspected of <tok>-ing",
    "acquitted X of <tok>-ing", "blamed X for <tok>-ing": a charge or a verdict on it, whose act is the one
    charged's and no fact the outlet asserts (the parser may hang "of" or "for" on the one charged)."""
    prep = tok.head if tok.dep_ == "pcomp" else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in CHARGED_AFTER:
        return None
    gov = prep.head.head if prep.head.dep_ == "dobj" and prep.lower_ != "with" else prep.head
    return gov if gov.pos_ == "VERB" and gov.lemma_.lower() in CHARGED_AFTER[prep.lower_] else None


def asks_a_question(verb: Token) -> bool:
    """ "asking how to deal with it", "asked whether the deal would hold", "I need to ask what she did": a
    clause opened by a question word."""
    return any(
        c.dep_ in ("ccomp", "xcomp") and any(t.tag_ in ("WRB", "WP", "WDT") or t.lower_ in ("whether", "if")
                                             for t in c.subtree if t.i <= c.i)
        for c in verb.children
    )  # fmt: skip


def _child(tok: Token, *deps: str) -> Token | None:
    found = next((c for c in tok.children if c.dep_ in deps), None)
    # "the vice-president told reporters": the parser may hang "vice", "-" and "president" on the verb
    # side by side; the last word is the head of the hyphenated noun
    while found is not None and not found.whitespace_ and found.i + 2 < len(found.doc) and found.nbor(1).text == "-":
        hyphen, last = found.nbor(1), found.nbor(2)
        joined = not found.whitespace_ and not hyphen.whitespace_  # "vice-president", not "X - Y"
        # a common noun's compound ("vice-president", "ex-wife"), never a name ("Moon Jae-in")
        common = found.pos_ in ("NOUN", "ADJ") and last.pos_ == "NOUN" and not found.ent_type_
        if not joined or not common or hyphen.head.i != tok.i or last.head.i not in (tok.i, hyphen.i, found.i):
            break
        found = last
    return found


def _pobj(tok: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the first of ``preps`` under ``tok`` that names no time ("called on Friday for
    X" has no addressee "Friday")."""
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps and not _dated(prep):
            pobj = _child(prep, "pobj")
            if pobj is not None:
                return pobj
    for prep in _after_a_date(tok):  # "pressed donors on Tuesday for food aid": "for" hung on the day
        if prep.lower_ in preps and prep.lower_ not in ("at", "in"):  # (not a place: "Thursday at the convention")
            pobj = _child(prep, "pobj")
            if pobj is not None:
                return pobj
    return None


def _is_support(verb: Token) -> bool:
    keys = _phrasal_lemmas(verb) + _lemmas(verb)
    return any(k in lexicon().support_verbs for k in keys)


#: heads whose "of" phrase names what is meant: "tens of thousands of troops", "a state of emergency"
OF_HEADS = frozenset(
    {"ten", "dozen", "hundred", "thousand", "million", "score", "number", "group", "batch", "contingent", "state",
     "level", "wave", "series", "spate", "campaign", "dose"}
)  # fmt: skip


#: people named by the body they belong to: "National Guard members"
MEMBERS = frozenset({"member", "personnel", "officer", "trooper"})


def _of_objects(objs: list[Token]) -> list[Token]:
    """``objs`` and, for a quantity or container head, what its "of" names ("thousands of troops")."""
    out = list(objs)
    for obj in objs:
        if obj.lemma_.lower() in MEMBERS:
            # "4,000 National Guard members", "members of the Guard": the body they belong to
            body = _pobj(obj, ("of",)) or next((c for c in obj.children if c.dep_ == "compound"), None)
            if body is not None:
                out.append(body)
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


def out_of(verb: Token, patient: Token | None = None) -> Token | None:
    """What "out of" names under ``verb`` or its object: "the country" in "ordered the ambassador out of
    the country" (the parser hangs "out" on either, as a preposition or a particle)."""
    particle = any(c.lower_ == "out" and c.dep_ in ("prt", "advmod") for c in verb.children)
    for host in [verb] if patient is None else [verb, patient]:
        for prep, noun in _prep_nouns(host):
            if (prep == "out" and noun.head.lower_ == "of") or (prep == "of" and particle and host.i == verb.i):
                return noun
    return None
