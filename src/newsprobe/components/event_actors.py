"""Event actors and places: a noun phrase in the parse -> :class:`EventActor` / :class:`EventPlace`.

An actor resolves to a newsprobe entity where one is named ("Iran", "he" -> Nasrallah), and carries
an ISO3 country and a sector when the words say so: ``Entity.country`` when the entities stage sets
it, else the place gazetteer (``places.py``: a country name or a demonym that names one country); the sector comes from
the head noun or a title ("Israeli troops" -> ISR, military; "Iran's Foreign Ministry" -> IRN,
government). Unknown stays ``None``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.entities import entity_at, resolve_speaker
from newsprobe.components.event_lexicon import lexicon
from newsprobe.components.places import gazetteer
from newsprobe.model import Entity, EventActor, EventPlace, Mention

__all__ = ["actor_of", "is_actor", "is_pronoun", "place_of", "find_actor_inside", "proxy"]

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "we", "i", "us"})
#: pronouns the entities stage resolves well enough to name an actor; "it"/"they" only through a
#: speech frame ("Syria says it will withdraw"), see ``events._pronoun_antecedent``
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
#: sectors of a state's own bodies: "a court in Guyana" is Guyana's court (a protester in London is
#: nobody's citizen by that alone)
STATE_SECTORS = frozenset({"government", "military", "police", "judiciary", "legislature"})
_NP_DEPS = frozenset({"compound", "amod", "poss", "det", "nummod", "quantmod", "nmod", "case", "punct", "prep", "pobj"})
#: prepositions that tie an actor to a group noun: "a delegation from Hamas", "members of the party"
_OF_ACTOR = frozenset({"of", "from"})
#: heads that stand for the actor named after them ("a delegation from Hamas" is Hamas acting)
_PROXY_HEADS = frozenset(
    {
        "delegation",
        "member",
        "representative",
        "envoy",
        "group",
        "team",
        "leader",
        "head",
        "chief",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "negotiator",
        "delegate",
        "diplomat",
        "mission",
        "side",
        "supporter",
        "thousand",
        "thousands",
        "hundred",
        "hundreds",
        "dozen",
        "dozens",
        "score",
        "scores",
        "million",
        "millions",
        "handful",  # "a handful of rights activists"
        # -- material conflict: "fighters of the SPLA", "militants from Jund al-Khalifa"
        "fighter",
        "militant",
        "guerrilla",
        "militiaman",
        # -- parts of a force or group: "remnants of the Liberation Front", "elements of the army"
        "remnant",
        "remnants",
        "element",
        "elements",
        "remainder",
        "faction",
        "wing",
    }
)


_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
#: singular person nouns by grammatical gender, for "she"/"him" with no named antecedent
_FEMALE = frozenset({"woman", "girl", "mother", "wife", "daughter", "sister", "lady", "grandmother", "policewoman"})
_MALE = frozenset({"man", "boy", "father", "husband", "son", "brother", "grandfather", "policeman"})
#: sector words that name a body, not one person: no "he"/"she" stands for them
_BODIES = frozenset(
    {"government", "administration", "ministry", "cabinet", "regime", "state", "leadership", "parliament", "senate",
     "congress", "assembly", "court", "army", "military", "force", "navy", "police", "party", "hospital",
     "university", "school", "newspaper", "company", "firm", "bank", "church", "embassy", "junta", "opposition",
     "people", "family", "crowd", "mob", "gang", "group", "organization", "organisation", "agency", "network",
     "coalition", "alliance", "side", "country", "nation", "movement", "faction", "delegation", "mission", "youth"}
)  # fmt: skip


def _person_noun(doc: Doc, tok: Token, pronoun: Token) -> bool:
    """A singular common noun for one person that ``pronoun`` ("she", "him") can stand for."""
    if tok.tag_ not in ("NN", "VBN") or _entity(doc, tok) is not None or not is_actor(doc, tok):
        return False
    lemma = tok.lemma_.lower() if tok.pos_ != "VERB" else tok.lower_
    if lemma in _BODIES:
        return False
    female = lemma in _FEMALE or any(c.lower_ == "female" for c in tok.children)
    male = lemma in _MALE or any(c.lower_ == "male" for c in tok.children)
    if pronoun.lower_ in ("she", "her"):
        return not male
    return not female


def common_antecedent(doc: Doc, pron: Token) -> Token | None:
    """The person a "she"/"him" stands for when no named person does, in the same sentence: for a
    subject, the subject of the clause it depends on ("an inspector ... after she was attacked");
    for an object, the nearest person noun before it that is not its own clause's subject ("walked
    to the child and hit him"). Nothing when the sentence names no such person."""
    if pron.lower_ not in ("he", "she", "him", "her") or pron.tag_ == "PRP$":
        return None
    sent = pron.sent
    if pron.dep_ in ("nsubj", "nsubjpass"):
        cur = pron.head
        for _ in range(4):
            if cur.dep_ in ("ROOT",) or cur.head is cur:
                break
            cur = cur.head
            subjects = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i]
            if subjects:  # the nearest, when a dateline was parsed as a second subject
                return subjects[-1] if _person_noun(doc, subjects[-1], pron) else None
        return None
    own_subject = next((c.i for c in pron.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for t in reversed(doc[sent.start : pron.i]):
        if t.i != own_subject and t.pos_ in ("NOUN", "VERB") and _person_noun(doc, t, pron):
            return t
    return None


def is_pronoun(tok: Token) -> bool:
    """A personal pronoun ("he", "They"), not the country "US" written in capitals."""
    return tok.lower_ in PRONOUNS and not (tok.is_upper and len(tok.text) > 1)


def _stance_word(name: str) -> bool:
    """ "pro-Palestine", "anti-Israel" describe a stance, not an actor."""
    return name.lower().startswith(("pro-", "anti-"))


def _entity(doc: Doc, token: Token) -> Entity | None:
    return entity_at(doc, token.idx, token.idx + len(token.text))


def _country_of_text(text: str) -> str | None:
    """ISO3 of a place name ("Iran", "the U.K.") or a demonym that names one country ("Iranian")."""
    text = text.strip()
    place = gazetteer().place(text)
    if place is not None:
        return place.country
    places = gazetteer().demonym(text)
    return places[0].country if len(places) == 1 else None


def _country_word(token: Token) -> str | None:
    """ISO3 of a capitalised country name or demonym token ("Israeli", "Iran")."""
    if not (token.is_title or token.is_upper) or _in_stance(token.doc, token):
        return None
    return _country_of_text(token.text)


def _np_tokens(root: Token) -> list[Token]:
    """The head and its left modifiers (compound, amod, poss ...), without clauses."""
    return [t for t in root.subtree if t.i <= root.i and (t is root or t.dep_ in _NP_DEPS)]


def _np_range(root: Token) -> tuple[int, int]:
    start = root.i
    for t in root.lefts:
        if t.dep_ in _NP_DEPS and t.dep_ not in ("punct", "case"):
            start = min(start, t.left_edge.i)
    end = root.i + 1
    # "the Security Council", "Foreign Ministry spokesman" keep right compounds; flat names
    for t in root.rights:
        if t.dep_ in ("compound", "flat") and t.i == end:
            end = t.i + 1
    doc = root.doc
    # "the Iraqi vice-president", parsed as "vice" and "-" beside "president": the hyphenated noun and
    # what hangs on its first word are one phrase
    while start == root.i and root.i >= 2 and doc[root.i - 1].text == "-" and not doc[root.i - 1].whitespace_:
        first = doc[root.i - 2]
        if first.whitespace_ or first.pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
        start = min(t.left_edge.i for t in (first, *first.lefts))
    # "KALAMAZOO, Mich. – U.S. Immigration and Customs Enforcement officers": a dateline before a dash
    # is no part of the name
    dashes = [t.i for t in doc[start : root.i] if t.text in ("–", "—", "--") or (t.text == "-" and t.whitespace_)]
    if dashes:
        start = dashes[-1] + 1
    while start < root.i and doc[start].dep_ in ("det", "punct", "cc", "case") and doc[start].lower_ not in _KEPT_DETS:
        start += 1
    if start < root.i and doc[start].lower_ == "dead" and start > 0 and doc[start - 1].i == root.head.i:
        start += 1  # "shot dead two protesters": what the shot did, not who they were
    return start, end


#: determiners that tell one person from another: "another woman", "a second man" stay in the name
_KEPT_DETS = frozenset({"another", "other"})


def _sector(tokens: list[Token], root: Token) -> str | None:
    found = _sector_of(tokens, root)
    return None if found == "-" else found


def _noun_key(tok: Token, table: dict[str, str]) -> str | None:
    """The table key for a noun: lemma, lower case, or a plural with its "s" dropped."""
    # "militiamen", "tribesmen": the lemmatiser leaves some -men plurals as they are
    men = tok.lower_[:-3] + "man" if tok.lower_.endswith("men") and len(tok.lower_) > 5 else ""
    for key in (tok.lemma_.lower(), tok.lower_, tok.lower_[:-1] if tok.lower_.endswith("s") else "", men):
        if key and key in table:
            return key
    return None


def _sector_of(tokens: list[Token], root: Token) -> str | None:
    sectors = lexicon().sectors
    text = " ".join(t.lower_ for t in tokens)
    for name, sector in sectors.items():
        if " " in name and f" {name} " in f" {text} ":
            return sector
    key = _noun_key(root, sectors)
    if key is not None and sectors[key] != "-":
        return sectors[key]
    for t in reversed(tokens):  # "Foreign Ministry spokesman", "rebel leaders": the nearest modifier
        if t is not root and t.dep_ in ("compound", "amod"):
            k = _noun_key(t, sectors)
            if k is not None and sectors[k] != "-":
                return sectors[k]
    return "-" if key is not None else None


def _in_stance(doc: Doc, tok: Token) -> bool:
    """"Palestine" in "pro-Palestine", "Israel" in "anti-Israel"."""
    i = tok.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("pro", "anti")


def _mass_force(root: Token) -> bool:
    """ "force" as a mass noun ("threatened to use force", "excessive military force"): no determiner,
    possessor or name before it, and no country's adjective ("a UN force", "Israeli force" are actors);
    and the forces of "joined forces with X" (an idiom: the one who joins is the actor)."""
    if root.lower_ == "forces" and root.dep_ == "dobj" and root.head.lemma_.lower() in ("join", "combine"):
        return not any(c.dep_ in ("poss", "compound", "amod", "det") for c in root.children)
    if root.lower_ != "force":
        return False
    mods = [c for c in root.children if c.i < root.i]
    return not any(c.dep_ in ("det", "poss", "compound", "nummod") or _country_word(c) for c in mods)


def is_actor(doc: Doc, root: Token) -> bool:
    """Whether the noun phrase headed by ``root`` names someone who can act or be acted on."""
    if _in_stance(doc, root) or _mass_force(root):
        return False
    of = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if root.text in ("state", "states", "authority") and of and of[0].pos_ != "PROPN":
        # "the state of emergency", "a state of siege": a condition, not a state; "the authority of the
        # court": a power (but "the port authority of Rotterdam" is a body)
        if root.text != "authority" or not any(c.dep_ in ("compound", "amod") for c in root.children):
            return False
    if root.pos_ in ("VERB", "AUX"):  # a participle used as a noun: "the accused" (not "accused him")
        return root.dep_ in _ARG_DEPS and any(c.dep_ == "det" for c in root.children) and _noun_key(
            root, lexicon().sectors
        ) is not None
    if (root.lower_ in _PROXY_HEADS or root.lemma_.lower() in _PROXY_HEADS) and proxy(doc, root) is not root:
        return True
    if is_pronoun(root):
        return True
    if _national_team(root):
        return True
    if root.lower_ == "his" and root.tag_ == "PRP$":
        return _possessor_subject(doc, root) is not None  # "Trump repeated his threats"
    ent = _entity(doc, root)
    if ent is not None and ent.label in ACTOR_LABELS and not _stance_word(ent.name):
        return not _address_or_label(doc, root, ent.name)
    if _country_word(root):
        return True
    if _state_service(root):
        return True
    if root.lower_ in CROWD_NUMBERS and root.pos_ in ("NOUN", "NUM"):
        return _crowd(root)
    return _noun_key(root, lexicon().sectors) is not None or _force_group(root) or candidate_campaign(root)


#: what makes a "team" a party's rather than a sports side: "the Palestinian negotiating team"
TEAM_ROLES = frozenset({"negotiating", "diplomatic", "legal", "government", "governmental"})


def _national_team(root: Token) -> bool:
    """ "the Palestinian negotiating team": a country's team named by its role (a bare "Brazilian team"
    may be a sports side)."""
    if root.lemma_.lower() != "team":
        return False
    mods = [c for c in root.children if c.dep_ in ("amod", "compound")]
    return any(_country_word(c) for c in mods) and any(c.lower_ in TEAM_ROLES for c in mods)


#: plural numbers that name a crowd of people when they stand alone ("Thousands marched", "tens of
#: thousands rallied"); counting something else they name no one ("hundreds of rockets")
CROWD_NUMBERS = frozenset({"thousands", "hundreds", "dozens", "tens", "scores"})


def _crowd(root: Token) -> bool:
    of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
    return all(g.lower_ in CROWD_NUMBERS for c in of for g in c.children if g.dep_ == "pobj")


def candidate_campaign(root: Token) -> bool:
    """ "Clinton's campaign", "the Trump campaign": a candidate's campaign acts and speaks (a campaign
    with nobody named is a course of action: "the bombing campaign")."""
    if root.lemma_.lower() != "campaign":
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in root.children)


#: nouns for a part of a force, an actor only with the force named: "army units", "police detachments"
FORCE_GROUPS = frozenset({"unit", "detachment", "contingent", "column", "squad", "squadron"})
FORCE_SECTORS = frozenset({"military", "police", "rebel"})
#: arms of a force that name no actor alone ("fired artillery" is a weapon) but make a unit one
FORCE_ARMS = frozenset({"artillery", "infantry", "armoured", "armored", "tank", "commando", "naval", "mechanised",
                        "mechanized", "defence", "defense", "security", "border", "combat", "airborne"})


def _force_group(root: Token) -> bool:
    """ "Serbian army units", "artillery units", "police squads" (not "housing units")."""
    if root.lemma_.lower() not in FORCE_GROUPS:
        return False
    sectors = lexicon().sectors
    for mod in root.children:
        if mod.dep_ not in ("compound", "amod"):
            continue
        key = _noun_key(mod, sectors)
        if mod.lower_ in FORCE_ARMS or (key is not None and sectors[key] in FORCE_SECTORS):
            return True
    return False


#: "intelligence services", "the security service": a state body (not "bus services", "a service")
_SERVICE_HEADS = frozenset({"service", "services"})
_SERVICE_KINDS = frozenset({"intelligence", "security", "secret"})


def _state_service(root: Token) -> bool:
    if root.lower_ == "intelligence" and root.dep_ in ("nsubj", "nsubjpass"):
        # "British intelligence shared information with X": a country's intelligence service as a subject
        # (not "shared British intelligence with X", which is what is shared)
        return any(c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "GPE") for c in root.children)
    return (root.lemma_.lower() in _SERVICE_HEADS or root.lower_ in _SERVICE_HEADS) and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _SERVICE_KINDS for c in root.children
    )


_LABEL_MARKS = frozenset({":", "–", "—", "-"})


def _address_or_label(doc: Doc, root: Token, name: str) -> bool:
    """An upper-case section label between a colon or dash and a dash ("October 24: ARRESTS – Corey O.
    Inman ..."), which the NER may read as an organisation. (Street addresses are FAC: entities.)"""
    words = name.split()
    nxt = doc[root.i + 1] if root.i + 1 < len(doc) else None
    return (
        len(words) == 1
        and name.isupper()
        and len(name) > 5
        and nxt is not None
        and nxt.text in _LABEL_MARKS
        and root.i > 0
        and doc[root.i - 1].text in _LABEL_MARKS
    )


#: people named by what they are put forward for, not by who they belong to
NOMINEES = frozenset({"nominee", "pick", "candidate", "hopeful", "appointee", "designate"})
#: nouns for someone by their relation to another: "America's adversaries" are not America
RELATIONS = frozenset(
    {"adversary", "enemy", "foe", "rival", "ally", "partner", "neighbour", "neighbor", "critic", "opponent",
     "detractor", "counterpart", "successor", "predecessor"}
)  # fmt: skip


#: people named by what someone else did to them or by whose kin they are: "the victims of X", "the
#: widow of X" are not X
HARMED_OR_KIN = frozenset({"victim", "survivor", "relative", "widow", "widower", "orphan", "kin", "hostage"})
#: people named by where they come from: "an illegal alien from Mexico" is no Mexico (but "a delegation
#: from Iran", "aid from Oman" are Iran's and Oman's)
FROM_SOMEWHERE = frozenset(
    {"alien", "immigrant", "migrant", "refugee", "émigré", "emigre", "expatriate", "expat", "native", "national",
     "citizen", "resident", "man", "woman", "boy", "girl", "teen", "teenager", "student", "tourist", "visitor",
     "traveller", "traveler", "asylum-seeker", "seeker", "worker", "family"}
)  # fmt: skip


def find_actor_inside(doc: Doc, root: Token, depth: int = 2) -> Token | None:
    """An actor named inside a non-actor noun phrase: "Australia's sanctions", "the silence of
    Australia", "an Australian ultimatum", "a United Nations appeal"; never the body a nominee is put
    up for ("the Supreme Court nominee" is no Supreme Court), nor the one a relation is to ("America's
    adversaries" are not America)."""
    if root.lemma_.lower() in NOMINEES:
        return None
    if former_role(root):
        return None  # "a former FBI agent" no longer acts for the FBI
    relation = root.lemma_.lower() in RELATIONS  # "America's adversaries" (but "NATO allies" are NATO)
    for child in root.children:
        if child.dep_ == "poss" and is_actor(doc, child) and not relation:
            return child
    for child in root.children:
        if (
            child.dep_ == "compound"
            and (child.ent_type_ in ACTOR_LABELS or _country_word(child))
            and is_actor(doc, child)
            and not _named_after_a_city(child, root)
        ):
            return child
    for child in root.children:
        if child.dep_ == "amod" and _country_word(child):
            return child
    for child in root.children:  # "Iran's missile capabilities" parsed with Iran under "missile"
        if child.dep_ == "compound":
            for grand in child.children:
                if grand.dep_ == "poss" and is_actor(doc, grand):
                    return grand
    if root.lemma_.lower() in HARMED_OR_KIN:
        return None  # "victims of Chile's most notorious pedophile": not Chile, nor the pedophile
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            if child.lower_ == "from" and root.lemma_.lower() in FROM_SOMEWHERE:
                continue  # "an illegal alien from Mexico": where they come from
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    if is_actor(doc, pobj):
                        return pobj
                    if depth > 1:
                        found = find_actor_inside(doc, pobj, depth - 1)
                        if found is not None:
                            return found
    return None


#: accords and processes named after where they were made: "the Paris accord", "the Minsk agreement"
TREATIES = frozenset(
    {"accord", "accords", "agreement", "treaty", "protocol", "pact", "convention", "process", "declaration",
     "format", "memorandum", "summit", "conference", "communique", "charter"}
)  # fmt: skip


def _named_after_a_city(name: Token, root: Token) -> bool:
    """ "the Paris accord", "the Minsk agreement": a city (or region) names the accord, not a party to it."""
    if root.lemma_.lower() not in TREATIES and root.lower_ not in TREATIES:
        return False
    place = gazetteer().place(name.text)
    return place is not None and place.kind in ("capital", "city", "region")


def proxy(doc: Doc, root: Token, depth: int = 2) -> Token:
    """ "a delegation from Hamas" -> Hamas, "thousands of people" -> people, when the head names nobody."""
    if (root.lemma_.lower() not in _PROXY_HEADS and root.lower_ not in _PROXY_HEADS) or _entity(doc, root) is not None:
        return root
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in _OF_ACTOR:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (_entity(doc, pobj) is not None or is_actor(doc, pobj)):
                    return proxy(doc, pobj, depth - 1) if depth > 1 else pobj
    return root


def _mention(doc: Doc, start: int, end: int) -> Mention:
    span = doc[start:end]
    return Mention(start=span.start_char, end=span.end_char, text=span.text)


def _country(doc: Doc, tokens: list[Token], entity: Entity | None) -> str | None:
    if entity is not None:
        country = getattr(entity, "country", None)
        if country:
            return str(country)
        found = _country_of_text(entity.name)
        if found:
            return found
    for t in tokens:
        if t.dep_ in ("amod", "compound", "poss", "nmod") or t.i == tokens[-1].i:
            found = _country_word(t)
            if found:
                return found
            if t.dep_ in ("poss", "compound"):
                ent = _entity(doc, t)
                if ent is not None and ent.label in ("GPE", "NORP"):
                    country = getattr(ent, "country", None) or _country_of_text(ent.name)
                    if country:
                        return str(country)
    return None


def _possessor_subject(doc: Doc, pron: Token) -> Token | None:
    """ "Trump repeated his threats", "she ended her visit": a possessive "his"/"her" is the subject
    of its own clause, when that subject is a person (a named one, or "he"/"she" of the same gender)
    and comes before it."""
    if not (pron.tag_ == "PRP$" or pron.dep_ == "poss") or pron.lower_ not in ("his", "her"):
        return None
    cur = pron.head
    for _ in range(5):
        if cur.pos_ in ("VERB", "AUX"):
            subj = next((c for c in cur.children if c.dep_ == "nsubj" and c.i < pron.i), None)
            if subj is None:
                return None
            if subj.lower_ == ("he" if pron.lower_ == "his" else "she"):
                return subj
            ent = _entity(doc, subj)
            return subj if ent is not None and ent.label == "PERSON" else None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def actor_of(doc: Doc, root: Token) -> EventActor | None:
    """The actor for the noun phrase headed by ``root`` (``None`` for an unresolved pronoun)."""
    if is_pronoun(root) or (root.tag_ in ("PRP", "PRP$") and not root.is_upper):
        owner = _possessor_subject(doc, root)  # "Trump repeated his threats": Trump
        if owner is not None:
            found = actor_of(doc, owner)
            if found is not None:  # the pronoun's own place in the text, its owner's name
                found.mention = Mention(start=root.idx, end=root.idx + len(root.text), text=root.text)
            return found
        if root.lower_ not in PERSON_PRONOUNS:
            return None
        ref = resolve_speaker(doc, doc[root.i : root.i + 1])
        if ref is None or ref.entity_id is None:
            antecedent = common_antecedent(doc, root)
            if antecedent is None:
                return None
            found = actor_of(doc, antecedent)
            if found is not None:  # the pronoun's own place in the text, the antecedent's name
                found.mention = Mention(start=root.idx, end=root.idx + len(root.text), text=root.text)
            return found
        ent = next((e for e in doc._.entities or [] if e.id == ref.entity_id), None)
        mention = Mention(start=root.idx, end=root.idx + len(root.text), text=root.text)
        country = _country(doc, [root], ent)
        return EventActor(name=ref.name, entity_id=ref.entity_id, country=country, sector=None, mention=mention)
    named = proxy(doc, root)
    start, end = _np_range(root)
    if named is not root:  # "a delegation from Hamas", "thousands of Nigerians"
        end = max(end, _np_range(named)[1])
    tokens = [t for t in doc[start:end]]
    ent = _entity(doc, named)
    own = ent is not None  # the head itself is the entity: its name is the actor's name
    if ent is None:
        # "Hezbollah fighters", "Iran's Foreign Ministry spokesman Nasser Kan'ani": a named modifier
        for t in tokens:
            if t.dep_ in ("compound", "poss", "appos") or t.i > root.i:
                candidate = _entity(doc, t)
                if candidate is not None and candidate.label == "ORG" and former_role(root):
                    continue  # "Former DNC chairman calls for ...": he no longer speaks for the DNC
                if candidate is not None and candidate.label in ("PERSON", "ORG"):
                    ent = candidate
                    break
    if ent is not None and (ent.label not in ACTOR_LABELS | PLACE_LABELS or _stance_word(ent.name)):
        ent = None
    # "Varga's chosen successor, Tomas Vell,": the person in apposition, not the possessor
    appos_wanted = ent is None or ent.label != "PERSON" or not own
    named_appos = _appositive_person(doc, root) if named is root and appos_wanted else None
    if named_appos is not None:  # "Peru's interior minister, Carlos Quispe,": the person, the title kept
        ent, end, own = named_appos[0], max(end, named_appos[1]), True
    title = _title_before(doc, root, start) if ent is not None and ent.label == "PERSON" else None
    if title is not None:  # "Qatar's emir, Sheikh Hamad launched ...", the title parsed apart
        start = _np_range(title)[0]
    if ent is None and named is root:
        ent = _titled_person(doc, root)
        own = ent is not None
    sector = _sector(tokens, root) if named is root else _sector(_np_tokens(named), named)
    if sector is None and named is not root:  # "fighters of X": the head says the sector when X does not
        sector = _sector(_np_tokens(root), root)
    if ent is not None and sector is None:
        sector = lexicon().sectors.get(ent.name.lower())
    if sector is None and _outlet_name(ent.name if ent is not None else doc[start:end].text):
        sector = "media"  # "the Guardian's attacks on Assange": a newspaper, which attacks in print
    country = _country(doc, tokens, ent)
    if country is None and named is root and sector in STATE_SECTORS:
        country = _country_of_institution(doc, root)
        owner = _institution_owner(doc, root) if country is not None and ent is None else None
        if owner is not None:  # "the government of Malawi": the country is part of the name
            end = max(end, owner.i + 1)
    return EventActor(
        name=ent.name if ent is not None and own else doc[start:end].text,
        entity_id=ent.id if ent is not None else None,
        country=country,
        sector=sector,
        mention=_mention(doc, start, end),
    )


#: what makes a role one that is no longer held: "former DNC chairman", "ex-minister"
FORMER = frozenset({"former", "ex", "onetime", "one-time", "erstwhile", "retired"})


def former_role(root: Token) -> bool:
    """ "Former DNC chairman", "a one-time Hamas commander": a role held in the past, so the body named in
    it is not who acts."""
    return any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in FORMER for c in root.children)


#: news outlets by name, whatever their side or country (an entity named so is the press; the common nouns
#: "newspaper", "broadcaster" are in the sectors table): lower case, without a leading "the"
NEWS_OUTLETS = frozenset(
    {"guardian", "new york times", "washington post", "wall street journal", "los angeles times", "fox news",
     "cnn", "msnbc", "nbc news", "abc news", "cbs news", "npr", "bbc", "reuters", "associated press", "afp",
     "agence france-presse", "bloomberg news", "politico", "the hill", "huffington post", "huffpost",
     "breitbart", "breitbart news", "daily caller", "daily mail", "telegraph", "independent", "times",
     "financial times", "economist", "al jazeera", "al arabiya", "press tv", "irna", "fars news agency",
     "tasnim news agency", "rt", "russia today", "sputnik", "tass", "ria novosti", "xinhua", "global times",
     "people's daily", "haaretz", "jerusalem post", "times of israel", "ynet", "anadolu agency", "dawn",
     "times of india", "hindustan times", "der spiegel", "le monde", "yonhap", "kcna", "axios", "vox",
     "new york post", "washington times", "national review", "the intercept", "intercept", "salon", "slate"}
)  # fmt: skip


def _outlet_name(name: str) -> bool:
    """Whether ``name`` is a news outlet's, written as a name ("The Independent", not "the independent")."""
    bare = name.strip()
    bare = bare[4:] if bare.lower().startswith("the ") else bare
    return bool(bare) and bare[0].isupper() and bare.lower() in NEWS_OUTLETS


#: bodies that "in <capital>" names the state of
SEATED_BODIES = frozenset({"government", "regime", "junta"})


def _titled_person(doc: Doc, root: Token) -> Entity | None:
    """The person named in apposition to a title: "the army commander of Fiji, Commodore Josaia
    Tuilagi", "Germany's interior minister, Wolfgang Brandt" (the actor is that person; the mention
    stays the title's phrase)."""
    if root.pos_ != "NOUN" or _entity(doc, root) is not None or root.lemma_.lower() in _BODIES:
        return None  # "the newspaper, Il Fatto Quotidiano": a body is no person, whatever the tagger says
    # the parser may hang the name on the title's "of" object ("commander of Fiji, ... Tuilagi")
    hosts = [root] + [p for prep in root.rights if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children
                      if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    for host in hosts:
        for child in host.rights:
            if child.dep_ == "appos":
                ent = _entity(doc, child)
                return ent if ent is not None and ent.label == "PERSON" else None
    return None


def _appositive_person(doc: Doc, root: Token) -> tuple[Entity, int] | None:
    """The person a title names in apposition ("Norway's foreign minister, Knut Haraldsen,"): the
    person's entity and the token index the mention ends at."""
    for child in root.children:
        if child.dep_ != "appos" or child.i <= root.i or root.i + 1 >= len(doc) or doc[root.i + 1].text != ",":
            continue
        ent = _entity(doc, child)
        names = all(doc[j].pos_ == "PROPN" for j in range(root.i + 2, child.i + 1))
        if ent is not None and ent.label == "PERSON" and names:
            return ent, child.i + 1
    return None


def _title_before(doc: Doc, root: Token, start: int) -> Token | None:
    """The title the parser split from a person's name: "<Country>'s emir, <Name>" with the title a
    sibling of the name (both hung on the verb) or the name's head."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    title = doc[start - 2]
    if title.pos_ != "NOUN" or lexicon().sectors.get(title.lemma_.lower()) not in STATE_SECTORS:
        return None
    if title.head.i == root.i or (title.head.i == root.head.i and title.dep_ not in _ARG_DEPS):
        return title
    return None


def _institution_owner(doc: Doc, root: Token) -> Token | None:
    """The country token right after a state body: "the government of Malawi" (not "the police in
    Kenya", which says where they are)."""
    # "the government in Pyongyang", "the junta in Bamako": a government is its capital's (police or
    # a court "in" a town are only there)
    preps = ("of", "in") if root.lemma_.lower() in SEATED_BODIES else ("of",)
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in preps and prep.i == root.i + 1:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            ent = _entity(doc, pobj) if pobj is not None else None
            if pobj is not None and ent is not None and ent.label == "GPE":
                return pobj
    return None


def _country_of_institution(doc: Doc, root: Token) -> str | None:
    """ "a court in Guyana", "the police of Kenya": a state body takes the country it belongs to."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
            for pobj in prep.children:
                ent = _entity(doc, pobj) if pobj.dep_ == "pobj" else None
                if ent is not None and ent.label == "GPE":
                    country = getattr(ent, "country", None) or _country_of_text(ent.name)
                    if country:
                        return str(country)
    return None


def place_of(doc: Doc, token: Token) -> EventPlace | None:
    """A place named at ``token`` (GPE, LOC or FAC entity, or a country name)."""
    ent = _entity(doc, token)
    if ent is not None and (ent.label in PLACE_LABELS or _country_of_text(ent.name)):
        mentions = [m for m in ent.mentions if m.start <= token.idx < m.end]
        mention = (
            mentions[0] if mentions else Mention(start=token.idx, end=token.idx + len(token.text), text=token.text)
        )
        country = getattr(ent, "country", None) or _country_of_text(ent.name)
        return EventPlace(name=ent.name, entity_id=ent.id, country=country, mention=mention)
    return None
