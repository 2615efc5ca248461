"""Actors on real wire copy (round 7): who acts and on whom, in constructions that Reuters sentences
coded by hand showed the coder reading wrong or not at all. Each rule is about a construction:

* **Two parties of one meeting.** "A and B met", "Representatives from A and B held talks", "A and
  B signed a deal": the meeting or pact is between the two, so the second is the target of the
  first. Acts two parties do side by side are not ("A and B promised ...", "A and B held town-hall
  meetings with staff").
* **A relative pronoun stands for its noun** as the object too ("President X, whom he met during a
  visit": X), through ``arguments._relative_antecedent``, the resolver subjects already used.
* **Two verbs, one object.** "captured and annexed East Jerusalem": East Jerusalem is captured too
  (only when the second verb follows at once, so that nothing else can be the first one's object).
* **"I" and "we" in a quote are its speaker**, for the acts a public figure performs by saying them
  ("'I request the repatriation of K,' Red Cross president L said": L requests; "I condemn",
  "I welcome", "we warn"), and only for a speaker who holds an office (a sector: government,
  legislature, an international body, ...) or, for "we", an organisation or a state. Anyone's "I
  agree", "I work with great people", "I have never met him" stays unresolved: private talk, and an
  act whose subject is an unresolved "I", "we" or "you" is no record at all (who did it is unknown,
  and what is left is someone's talk about themselves).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprobe.components.event_actors import actor_of, proxy
from newsprobe.components.events.syntax import PACTS
from newsprobe.model import EventActor, Mention, Quote

#: meetings between the two subjects: "A and B met", "... held talks"; "A and B signed a deal"
MEETING_VERBS = frozenset({"meet", "talk", "confer", "negotiate"})
TALKS = frozenset({"talk", "negotiation", "discussion", "consultation"})
#: entity labels that a quoted "we" may stand for
COLLECTIVE_LABELS = frozenset({"ORG", "GPE", "NORP"})
#: acts performed by saying them ("I request", "I condemn", "I welcome", "we warn")
SAID_ACTS = frozenset({"DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "SUPPORT", "THREATEN"})
#: sectors of a speaker whose first person is an office's act
OFFICES = frozenset(
    {"government", "legislature", "judiciary", "military", "police", "igo", "ngo", "party", "opposition", "rebel"}
)


def partner(doc: Doc, kind: str, source: Token | None, verb: Token, obj: Token | None) -> Token | None:
    """The second of two coordinated subjects of a meeting or an agreement between them ("A and B
    met", "A and B held talks", "A and B signed a deal": B); not of acts two parties do side by
    side ("A and B promised ...", "A and B held town-hall meetings")."""
    if source is None:
        return None
    if kind == "CONSULT":
        between = (obj is None and verb.lemma_.lower() in MEETING_VERBS and _child_dep(verb, "dobj") is None) or (
            obj is not None and obj.lemma_.lower() in TALKS
        )
    else:
        between = kind in ("AGREE", "SUPPORT") and obj is not None and obj.lemma_.lower() in PACTS
    if not between:
        return None
    for head in (source, proxy(doc, source)):
        for conj in head.children:
            if conj.dep_ == "conj" and actor_of(doc, conj) is not None:
                return conj
    return None


def _child_dep(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def quoted_first_person(doc: Doc, kind: str, trigger: Token, quotes: list[Quote]) -> EventActor | None:
    """The speaker, for an act said in the first person inside a quote's content (see the module
    docstring for which acts and speakers)."""
    if kind not in SAID_ACTS:
        return None
    subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("i", "we"):
        return None
    quote = next((q for q in quotes if q.content.start <= subj.idx < q.content.end), None)
    if quote is None or quote.speaker is None or quote.speaker.entity_id is None:
        return None
    entity = next((e for e in doc._.entities or [] if e.id == quote.speaker.entity_id), None)
    if entity is None or (subj.lower_ == "i") != (entity.label == "PERSON"):
        return None  # "I" is a person; "we" an organisation or state
    if subj.lower_ == "we" and entity.label not in COLLECTIVE_LABELS:
        return None
    span = doc.char_span(quote.speaker.mention.start, quote.speaker.mention.end, alignment_mode="expand")
    found = actor_of(doc, span.root) if span is not None else None
    if found is None or found.entity_id != entity.id:
        return None
    if subj.lower_ == "i" and found.sector not in OFFICES:
        return None
    found.mention = Mention(start=subj.idx, end=subj.idx + len(subj.text), text=subj.text)
    return found


def shared_object(verb: Token) -> Token | None:
    """The object of the verb coordinated right after ``verb`` when ``verb`` has none of its own
    ("captured and annexed X": X)."""
    if any(c.dep_ in ("dobj", "dative", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return None
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and 0 < conj.i - verb.i <= 3:
            between = verb.doc[verb.i + 1 : conj.i]
            if all(t.dep_ in ("cc", "punct", "advmod") for t in between):
                return next((c for c in conj.children if c.dep_ == "dobj"), None)
    return None


def unresolved_first_person(anchor: Token) -> bool:
    """Whether the clause's subject is "I", "we" or "you" (asked only when no actor was resolved);
    an infinitive's subject is its governor's ("if we want to talk to X": "we")."""
    clause = anchor
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we", "you") for c in clause.children)
