"""Attacks in words. "Trump attacked Clinton over her emails", "Perry stepped up his attacks on Obama
for cultural issues", "Clinton hit Trump hard on his business record", "an advertising campaign attacking
Obama as an elitist hypocrite": political news uses the verbs and nouns of violence for criticism, and
a fact-checker who reads ASSAULT there is misled. These are disapproval (CAMEO 11, PLOVER ACCUSE).

An attack is read as words only on a cue the sentence gives (a senator can be attacked with a knife, and
a state with words). A state's or an armed body's attack "over" something may be one with arms, and so
may an attack in the passive whose doer is not named ("was attacked over a land dispute"): for them only
the medium or a word that makes it speech will do ("a thinly veiled attack", "in a speech"), for every
state and every armed body alike. The cues:

* what it is about: "over / about / for" a topic (not a time: "for hours"), or "on" a topic beside
  the one attacked ("hit Trump on his business record");
* what the one attacked is called: "attacking Obama as an elitist hypocrite";
* a verb of saying or judging done with it: "attacked Democrats, blaming them for ...", "attacking and
  voting against his confirmation";
* the medium: "with a tweet / an ad / harsh words", "in a speech", "in terms that ...", or a campaign,
  ad or statement that does the attacking;
* a word that makes it speech: "a thinly veiled attack", "a scathing / personal / verbal attack";
* a target that is an idea, not anyone or anything that can be hurt: "attacked loopholes", "his attacks
  on the investigation";
* the attack's own words quoted after a colon: 'attacked the man who ...: "Drawing attention to it is
  not hate."' (not for a state or an armed body).

No cue reads as words when the sentence tells of harm done (killed, wounded, weapons): "attacked the
convoy over the border, killing two" stays an assault.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprobe.components.events.political_speech import ABSTRACTIONS, ARTEFACTS, attack_on_a_stance
from newsprobe.components.events.syntax import OPENING_QUOTES, _child, _Found, _pobj
from newsprobe.model import EventActor

#: verbs and nouns of violence that political news uses for criticism
ATTACKING = frozenset(
    {"attack", "assault", "hit", "slam", "blast", "hammer", "assail", "savage", "bash", "pummel", "batter", "pound",
     "offensive"}
)  # fmt: skip
#: prepositions whose object is what an attack in words is about
TOPIC_PREPS = frozenset({"over", "about", "for"})
#: verbs of saying or judging done with an attack in words ("attacked X, blaming them for ...")
SAYING = frozenset(
    {"say", "call", "blame", "accuse", "decry", "charge", "argue", "claim", "describe", "label", "brand", "dismiss",
     "denounce", "criticize", "criticise", "note", "suggest", "question", "vote", "oppose", "mock", "ridicule",
     "insult", "condemn", "smear", "tweet", "write", "tell", "complain", "allege"}
)  # fmt: skip
#: what an attack in words is made with or in: the artefacts of political speech, and words themselves
MEDIA = ARTEFACTS | frozenset(
    {"remark", "word", "language", "rhetoric", "argument", "interview", "insult", "claim", "accusation", "term",
     "campaign", "debate", "address", "message", "email", "broadcast", "segment", "show", "rally", "press",
     "memo"}
)  # fmt: skip
#: words that make an attack one in words
VERBAL_MARKS = frozenset(
    {"verbal", "personal", "veiled", "thinly-veiled", "scathing", "blistering", "withering", "stinging",
     "rhetorical", "partisan", "written", "vitriolic", "racist", "sexist", "ad", "hominem", "legislative",
     "political", "legal"}
)  # fmt: skip
#: ideas, which can be attacked only in words: the abstractions of political speech, and policies, rulings
#: and what is said
CONCEPTS = ABSTRACTIONS | frozenset(
    {"plan", "policy", "proposal", "bill", "law", "decision", "investigation", "probe", "report", "record",
     "loophole", "claim", "remark", "comment", "speech", "statement", "media", "press", "ruling", "deal",
     "agreement", "program", "programme", "budget", "reform", "rhetoric", "legislation", "approach", "strategy",
     "stance", "view", "nomination", "candidacy", "tax", "mandate", "regulation", "rule", "verdict", "book",
     "article", "story", "coverage", "performance", "handling", "response", "tweet", "argument", "narrative",
     "science", "theory", "democracy", "constitution", "tradition", "practice", "legacy", "institution", "norm",
     "job", "wage", "economy", "privacy", "marriage", "conscience", "education", "desire", "notion", "belief",
     "doctrine", "teaching", "mentality", "mindset", "ideology", "worldview", "attitude", "principle", "dogma"}
)  # fmt: skip
#: words of harm done, which keep an attack physical whatever else the sentence says. Narrower than
#: ``political_speech.HARM_CONTEXT`` (which guards reading an attack by its sides alone): a cue here is
#: already evidence of words, so "came under fire", "charged that" and "hammered" do not undo it
HARM = frozenset(
    {"kill", "wound", "injure", "stab", "shoot", "die", "dead", "death", "bomb", "rocket", "missile", "gun",
     "gunman", "knife", "weapon", "explosive", "injury", "casualty", "artillery", "shell", "airstrike",
     "troops", "soldier", "militant", "rape", "punch", "kick", "beat", "assault", "hospital", "police"}
)  # fmt: skip


def _time(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME", "CARDINAL") or tok.like_num


def _topic(trig: Token) -> bool:
    """ "over her emails", "about his performance", "for cultural issues"; "on his business record" beside
    an object attacked."""
    for prep in (c for c in trig.children if c.dep_ == "prep"):
        pobj = _child(prep, "pobj", "pcomp")  # "hitting him for going silent on the matter"
        if pobj is None or _time(pobj):
            continue
        if prep.lower_ in TOPIC_PREPS:
            return True
        if prep.lower_ == "as" and pobj.pos_ in ("NOUN", "PROPN"):
            return True  # "attacking Obama as an elitist hypocrite"
        if prep.lower_ == "on" and _child(trig, "dobj") is not None and pobj.ent_type_ not in ("GPE", "LOC", "FAC"):
            return pobj.lemma_.lower() in CONCEPTS or any(t.lemma_.lower() in CONCEPTS for t in pobj.subtree)
    if trig.pos_ == "NOUN":
        on = _pobj(trig, ("on",))  # "attacks on Obama for cultural issues", "for" hung on the verb
        holders = [on, trig.head if trig.dep_ in ("dobj", "nsubj", "nsubjpass") else None]
        for holder in (h for h in holders if h is not None):
            for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS):
                pobj = _child(prep, "pobj", "pcomp")
                if pobj is not None and not _time(pobj):
                    return True
    # "hit Trump hard at the Convention on his business record": "on" an idea, wherever the parser hangs it
    return any(
        t.dep_ == "pobj" and t.head.lower_ in ("on", "over", "about") and t.lemma_.lower() in CONCEPTS
        for t in trig.subtree
        if t.i > trig.i
    )


def _said_with(trig: Token) -> bool:
    """A verb of saying or judging done with the attack, or the attack coordinated with one."""
    for c in trig.children:
        if c.dep_ in ("advcl", "xcomp", "conj", "acl") and c.pos_ == "VERB" and c.lemma_.lower() in SAYING:
            return True
    return trig.dep_ == "conj" and trig.head.lemma_.lower() in SAYING


def _medium(trig: Token) -> bool:
    """ "with a tweet", "in a speech", "in terms that ...", "an ad campaign attacking Obama"."""
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("with", "in", "via", "through")):
        pobj = _child(prep, "pobj")
        if pobj is not None and pobj.lemma_.lower() in MEDIA:
            return True
    # "an ad campaign attacking Obama", "to use the harshest possible language to attack President Trump"
    return trig.dep_ in ("acl", "relcl") and trig.head.lemma_.lower() in MEDIA


#: what makes a campaign one of words: "an advertising campaign", "a media blitz"
PUBLICITY = frozenset(
    {"advertising", "ad", "ads", "media", "television", "tv", "radio", "publicity", "propaganda", "pr"}
)
CAMPAIGNS = frozenset({"campaign", "blitz", "offensive", "push"})


def _ad_campaign(trig: Token) -> bool:
    """ "The group continued its offensive, launching an advertising campaign attacking Obama": the attack
    is waged with advertising, in the same sentence."""
    return any(
        t.lemma_.lower() in CAMPAIGNS
        and any(c.dep_ in ("amod", "compound") and c.lower_ in PUBLICITY for c in t.children)
        for t in trig.sent
    )


#: verbs of a hail of blows, told with what is hurled: "bombarded him with questions", "pelted with stones"
RAINING = frozenset({"bombard", "pelt", "pepper", "shower", "barrage", "inundate", "flood"})
#: what is hurled when the hail is one of words
HURLED_WORDS = MEDIA | frozenset(
    {"question", "interjection", "complaint", "criticism", "request", "call", "letter", "demand", "query",
     "insult", "abuse", "invective", "text", "tweet", "phone"}
)  # fmt: skip


def _rained_words(trig: Token) -> bool:
    """ "bombarded him with questions": a hail of words (stones, shells and rockets stay blows)."""
    if trig.lemma_.lower() not in RAINING:
        return False
    hurled = _pobj(trig, ("with",))
    return hurled is not None and any(t.lemma_.lower() in HURLED_WORDS for t in hurled.subtree)


def _marked(trig: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in VERBAL_MARKS for c in trig.children)


def _an_idea(trig: Token) -> bool:
    """The one attacked is an idea: "attacked loopholes", "attacks on the investigation"."""
    attacked = _child(trig, "dobj") if trig.pos_ == "VERB" else _pobj(trig, ("on",))
    return attacked is not None and attacked.lemma_.lower() in CONCEPTS and not attacked.ent_type_


def _harm_told(trig: Token) -> bool:
    return any((t.lemma_.lower() in HARM or t.lower_ in HARM) and t.i != trig.i for t in trig.sent)


#: sectors that attack with arms: their attacks are read as words only on the strongest cues
ARMED = frozenset({"military", "rebel", "criminal", "police"})


def verbal_attack(found: _Found, source: EventActor | None) -> bool:
    """Whether an ASSAULT or FIGHT ``found`` is an attack in words (see the module doc)."""
    trig = found.trigger
    if found.kind not in ("ASSAULT", "FIGHT"):
        return False
    if found.trigger.pos_ in ("VERB", "NOUN") and attack_on_a_stance(found):
        return True  # "attacked Obama for supporting same-sex marriage", "the ads attacked her"
    if _rained_words(trig):
        return True  # "bombarding him with a flurry of eye rolls, interjections and accusations"
    if trig.lemma_.lower() not in ATTACKING:
        return False
    if found.mode not in (None, "beat", "heavy-weapons") or _harm_told(trig):
        return False  # ("heavy-weapons": "pounding LePage, saying that he needs to step down")
    if trig.lemma_.lower() == "assault":
        # an assault is bodily unless it is on an idea or marked as speech ("captured on video
        # assaulting another person" is no video that assaults)
        return _an_idea(trig) or _marked(trig)
    if _medium(trig) or _marked(trig) or _ad_campaign(trig):
        return True
    if source is not None and source.sector == "media":
        return True  # "the Guardian's attacks on Assange", "Fox News attacked Obama": an outlet attacks in print
    # a state or an armed body "attacked X over Y" may have done so with arms: only the medium or a word
    # that makes it speech says otherwise
    src = found.source_tok
    if src is None and (_child(trig, "auxpass") is not None or trig.tag_ == "VBN"):
        return False  # "was attacked over a land dispute": with nobody named, nothing says it was words
    armed = source is not None and (source.sector in ARMED or (source.sector is None and source.country is not None))
    # a state, or a people named for one ("Russians"; not "Democrats", a party with no country)
    national = src is not None and source is not None and src.ent_type_ == "NORP" and source.country is not None
    if armed or national or (src is not None and src.ent_type_ == "GPE"):
        return False
    return _topic(trig) or _said_with(trig) or _an_idea(trig) or _quoted_after(trig)


def _quoted_after(trig: Token) -> bool:
    """The attack's own words follow it, after a colon: 'attacked the man who ...: "Drawing attention to
    it is not hate."'."""
    doc, end = trig.doc, trig.sent.end
    return any(doc[i].text == ":" and doc[i + 1].text in OPENING_QUOTES for i in range(trig.i + 1, end - 1))
