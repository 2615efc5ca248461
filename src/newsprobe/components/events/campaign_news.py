"""Readings US campaign news showed wrong (PolNeAR articles, coded blind before the coder ran on them):
a stance described as a position ("candidates who would bar X"), a denial said with "rejected the
idea that", "as opposed to", a candidate rallying supporters, a noun the parser read as a verb ("is
first look into"), a bare list verb with nobody doing it, and a film "set for release". Each is a
reading of words, never of who is meant.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprobe.components.events.political_speech import named_person
from newsprobe.components.events.syntax import _child, _Found, _own_auxiliary

#: what "rejected the idea that ..." rejects: a claim about the facts, so the rejection is a denial
CLAIMS = frozenset(
    {"idea", "notion", "claim", "suggestion", "assertion", "allegation", "accusation", "charge",
     "characterization", "characterisation", "premise", "theory", "speculation", "perception", "narrative",
     "contention", "impression", "report", "reports", "label", "description", "comparison", "assessment"}
)  # fmt: skip
#: modals that make a relative clause a position held, not an act reported ("who would bar Muslims")
STANCE_MODALS = frozenset({"would", "could", "might", "'d"})
#: forms of "be": "is first look into" (a noun the parser read as a base-form verb)
BE = frozenset({"is", "are", "was", "were", "be", "'s", "’s"})


def as_opposed_to(trig: Token) -> bool:
    """ "as opposed to Northern Europeans": a comparison, not a rejection."""
    return trig.lemma_.lower() == "oppose" and trig.i > 0 and trig.nbor(-1).lower_ == "as"


def claim_rejected(found: _Found) -> bool:
    """ "rejected the idea that the changes amounted to a shake-up": a denial, which is no event."""
    if found.kind != "REJECT" or found.trigger.lemma_.lower() not in ("reject", "dismiss", "deny", "refute"):
        return False
    obj = _child(found.trigger, "dobj")
    if obj is None or obj.lemma_.lower() not in CLAIMS:
        return False
    # "rejected German bishops' idea of blessing unions": someone's proposal, rejected (an act)
    proposal = any(c.dep_ == "poss" for c in obj.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in c.children)
        for c in obj.children
    )
    return not proposal


#: nouns whose "that" clause says what someone will do, as a warning, threat or promise: that clause is
#: told, not a position held ("New Delhi's warning that Indian guns would pound X")
SAID_AHEAD = frozenset(
    {"warning", "threat", "pledge", "promise", "vow", "assurance", "ultimatum", "statement", "announcement",
     "message", "word", "signal", "offer", "commitment", "guarantee"}
)  # fmt: skip


def position_held(trig: Token) -> bool:
    """ "candidates who would bar Muslims from the country", "an executive order that would keep families
    together", "a case that prosecutors would prosecute": what someone or something would do, said in a
    relative clause or in a clause on a noun, is a position or a guess, not an act (a conjunct without its
    own auxiliary shares the clause's modal)."""
    verb = trig
    while verb.dep_ == "conj" and not _own_auxiliary(verb) and verb.head is not verb:
        verb = verb.head
    on_a_noun = verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() not in SAID_AHEAD
    if verb.dep_ != "relcl" and not on_a_noun:
        return False
    if any(c.dep_ == "aux" and c.lower_ in STANCE_MODALS for c in verb.children):
        return True
    # "we need a tough-on-crime president who will champion and fund border security": a kind wished for
    wished = verb.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in verb.head.children)
    return wished and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll") for c in verb.children)


def campaign_rally(found: _Found) -> bool:
    """ "as he rallies his supporters", "Sanders's rallies": a candidate gathering supporters is
    campaigning, not a protest (a protest rally is a crowd's: "thousands rallied against X")."""
    trig = found.trigger
    if found.kind != "PROTEST" or trig.lemma_.lower() != "rally":
        return False
    if trig.pos_ == "VERB" and _child(trig, "dobj") is not None:
        return True  # "rallied his supporters", "rallied support": gathering backing
    against = any(c.dep_ == "prep" and c.lower_ in ("against", "over") for c in trig.children)
    one = found.source_tok is not None and found.source_tok.lower_ in ("he", "she", "his", "her")
    return not against and (one or named_person(found.source_tok))


def noun_read_as_verb(trig: Token) -> bool:
    """ "Iowa caucus is first look into the mood of voters": a base-form verb whose only auxiliary is
    "is" is a noun the parser misread (a real passive has a participle: "was looked into")."""
    if trig.pos_ != "VERB" or trig.tag_ != "VB":
        return False
    aux = [c for c in trig.children if c.dep_ in ("aux", "auxpass")]
    return bool(aux) and all(c.lower_ in BE for c in aux)


def nobody_listed(found: _Found) -> bool:
    """ "..., oppose concessions to Democrats and pursue a big-government agenda": a present-tense or
    base-form verb heading a clause with no subject at all lists positions (or the parser lost the
    subject); nobody is reported doing anything."""
    trig = found.trigger
    if found.source_tok is not None or trig.pos_ != "VERB" or trig.tag_ not in ("VB", "VBP"):
        return False
    if trig.dep_ != "ROOT":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass") for c in trig.children)


#: what is released when a release frees nobody: products, records and information
THINGS_RELEASED = frozenset(
    {"film", "movie", "album", "book", "report", "data", "figure", "statement", "video", "record", "song",
     "game", "version", "product", "document", "file", "email", "e-mail", "tape", "transcript", "memo",
     "poll", "survey", "study", "result", "return", "plan", "budget", "ad", "trailer", "update", "photo",
     "recording", "footage", "audio", "evidence", "name", "detail", "information", "image", "picture", "text",
     "finding", "list", "letter", "documentary", "advertisement", "photograph", "paper", "clip", "podcast",
     "app", "schedule", "page", "warrant", "application", "log", "note", "message", "guideline", "proposal",
     "blueprint", "manifesto", "timeline", "map", "chart", "summary", "analysis", "assessment", "audit",
     "forecast", "estimate", "projection"}
)  # fmt: skip


#: participles that tie a document to whom it is about: "warrants related to Page"
ABOUT = frozenset({"relate", "pertain", "concern", "regard"})


def _about_a_thing(noun: Token) -> bool:
    """Whether ``noun`` is what a released thing is about ("pages of warrants related to Page released by
    the FBI": the parser hangs "released" on Page)."""
    cur = noun
    for _ in range(7):
        if cur is not noun and cur.pos_ == "NOUN" and cur.lemma_.lower() in THINGS_RELEASED:
            return True
        about = cur.dep_ == "acl" and cur.lemma_.lower() in ABOUT
        if not (cur.dep_ in ("pobj", "prep", "conj") or about) or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def thing_released(found: _Found) -> bool:
    """ "a movie set for release by Universal Pictures", "the release of his tax returns", "released his
    feature documentary Clinton Cash": a release frees someone only when it says whom ("the release of the
    hostages", "his release from jail", "released two hostages")."""
    trig = found.trigger
    if found.kind != "RETREAT" or trig.lemma_.lower() != "release":
        return False
    if trig.pos_ == "VERB":
        what = _child(trig, "dobj", "nsubjpass")
        if what is None and trig.dep_ in ("relcl", "acl"):
            what = trig.head  # "the seventh undercover video report Project Veritas has released"
            if _about_a_thing(what):
                return True  # "412 pages of warrants related to Page released by the FBI": the pages
        if what is None:
            return False
        words = [what, *(c for c in what.children if c.dep_ == "compound")]  # "his feature documentary Clinton Cash"
        return any(w.lemma_.lower() in THINGS_RELEASED for w in words)
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    freed = [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if freed:
        return all(g.lemma_.lower() in THINGS_RELEASED for g in freed)
    whose = any(c.dep_ == "poss" for c in trig.children) or any(
        c.dep_ == "prep" and c.lower_ == "from" for c in trig.children
    )
    return not whose


def campaign_doubt(found: _Found) -> bool:
    """Any of the readings above: no event rather than a wrong one."""
    trig = found.trigger
    return (
        as_opposed_to(trig)
        or claim_rejected(found)
        or position_held(trig)
        or position_held(found.anchor)  # "his confidence that X would conduct an investigation": the verb
        or campaign_rally(found)
        or noun_read_as_verb(trig)
        or nobody_listed(found)
        or thing_released(found)
    )
