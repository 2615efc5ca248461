"""Which way in time a date points, from the tense and modality of the clause it sits in.

:func:`time_reference` answers ``"future"``, ``"past"`` or ``None`` (nothing in the sentence decides)
for a time expression's span, from the dependency parse:

* **future**: ``will``/``shall``/``'ll``; a modal without ``have`` (``may``, ``might``, ``should``,
  ``must``, ``can``); ``would`` without ``have`` (reported future: *said it would review the list in
  early June*); ``is to`` (*are to hold a referendum Sunday*); a present-tense schedule frame
  (*is scheduled for June 3*, *is due to resume*, *is set for*); a present-tense plan verb (*plans to
  strike on Friday*, *is preparing to*); a present-tense verb of action the date hangs on directly
  (*the museum reopens on Saturday*; not through a noun or *from*: *features a report from the
  weekend*); a date whose own clause is future (*on Feb. 9, when the winners will be announced*) or
  whose event is *upcoming*; failing all that, a sentence with a future auxiliary and no past-tense
  verb (*the Oscars on Feb. 9 ... will*);
* **past**: a past-tense or perfect verb (*said on Tuesday*, *was held in March*, *has met since*),
  ``would have``/``could have``;
* the parse is corrected in one place: a date between a verb and its complement clause's subject belongs
  to the verb (*told them this weekend he would ...*: past, not the complement's future); a verb
  without auxiliary or subject of its own takes its head's tense (*would take office and face voters in
  November*);
* a date on the subject (*Monday's debate might not ...*) takes only its own clause and an explicit
  ``will``/``shall`` (*Monday's debate will be the first*), not the predicate's other modals or tense:
  they say nothing about when the event was;
* ``None`` for everything else: ``could`` alone (past ability or future possibility), past-tense plan
  verbs (*planned to strike on Friday*: the plan may or may not have been carried out), ``was to``,
  present-tense copulas and statives (*unemployment is lower than in March*) and reporting verbs.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span, Token

Direction = Literal["future", "past"]
Attachment = Literal["direct", "noun", "subject"]

_FUTURE_AUX = frozenset({"will", "'ll", "ll", "shall", "wo", "sha"})
_REPORTED_FUTURE_AUX = frozenset({"would", "'d"})
_MODAL_FUTURE = frozenset({"may", "might", "should", "must", "can", "ca", "ought"})
_PERFECT = frozenset({"have", "'ve", "has", "had", "'s", "having"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})
_PAST_BE = frozenset({"was", "were"})
#: ``is scheduled for``, ``is due to``, ``are set to``, ``is going to``
_SCHEDULE_FRAMES = frozenset(
    {"due", "scheduled", "set", "expected", "planned", "slated", "poised", "going", "supposed", "likely", "bound"}
)
#: ``plans to``, ``intends to``, ``is preparing to`` (present tense: the plan is still ahead)
_PLAN_LEMMAS = frozenset(
    {"plan", "intend", "aim", "hope", "want", "expect", "vow", "promise", "pledge", "threaten", "prepare", "seek"}
)
#: present-tense verbs that say nothing about when the dated event happens
_NO_TIME_LEMMAS = frozenset(
    {
        "be", "have", "say", "tell", "report", "claim", "argue", "note", "add", "write", "insist", "know",
        "think", "believe", "remain", "seem", "appear", "show", "suggest", "mean", "include", "continue",
        "look", "feel", "need", "find", "call", "describe", "recall", "remember", "mark", "compare",
    }
)  # fmt: skip
_UPCOMING = frozenset({"upcoming", "coming", "forthcoming", "next", "scheduled", "planned", "impending"})
_PAST_TAGS = frozenset({"VBD"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _auxes(verb: Token) -> list[str]:
    """The verb's auxiliaries, lower case; a perfect ``have`` (``has met``, ``'s met``) reads ``have``."""
    out = []
    for c in verb.children:
        perfect = c.dep_ == "aux" or (c.lower_ == "'s" and any(d.dep_ == "dobj" for d in verb.children))
        if perfect and c.lower_ in _PERFECT and verb.tag_ == "VBN":  # 's met them: a misparsed perfect
            out.append("have")
        elif c.dep_ in ("aux", "auxpass"):
            out.append(c.lower_)
    return out


def _raw_auxes(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _modal_direction(auxes: list[str]) -> Direction | None | Literal["none"]:
    """The direction a modal auxiliary gives; ``"none"`` for a modal that leaves it open."""
    perfect = "have" in auxes
    if any(a in _FUTURE_AUX for a in auxes):
        return "future"
    if any(a in _REPORTED_FUTURE_AUX or a in _MODAL_FUTURE for a in auxes):
        return "past" if perfect else "future"
    if "could" in auxes:
        return "past" if perfect else "none"
    return None


def _finite_direction(verb: Token, how: Attachment) -> Direction | None:
    """Direction from one finite verb and its auxiliaries (no climbing)."""
    auxes = _auxes(verb)
    modal = _modal_direction(auxes)
    if modal is not None:
        return None if modal == "none" else modal
    raw = _raw_auxes(verb)
    if verb.lower_ in _SCHEDULE_FRAMES and "been" in raw and "have" in auxes:
        return None if "had" in raw else "future"  # has been set for June 3 (had been: no longer)
    if "have" in auxes:
        return "past"  # has met, had said, 's been held
    if any(a in _PAST_BE for a in auxes) or any(a in ("did", "used") for a in auxes):
        return "past"
    if verb.tag_ in _PAST_TAGS:
        return "past"
    present = verb.tag_ in _PRESENT_TAGS or any(a in _PRESENT_BE or a in ("do", "does") for a in auxes)
    if not present:
        return None
    if verb.lower_ in _SCHEDULE_FRAMES:
        return "future"  # is scheduled for June 3, is set for
    if verb.lemma_ in _PLAN_LEMMAS:
        return "future"  # plans for Friday
    if how == "direct" and verb.lemma_ not in _NO_TIME_LEMMAS and verb.pos_ == "VERB":
        return "future"  # reopens on Saturday, is meeting on Friday
    return None  # features a report from over the weekend; are investigating the attack on Tuesday


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _inherits(verb: Token) -> bool:
    """A non-finite verb with no auxiliary or subject of its own takes its head's tense: *would assume
    office and run in November*, *speaking on Monday, he said*."""
    return (
        verb.dep_ in ("conj", "advcl")
        and verb.tag_ in ("VB", "VBN", "VBG")
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children)
    )


def _verb_direction(verb: Token, how: Attachment) -> Direction | None:
    """Direction of the clause headed by ``verb``, climbing ``to``-infinitives to their frame."""
    for _ in range(4):
        if _inherits(verb):
            verb, how = verb.head, "noun"
            continue
        climbs = verb.dep_ == "xcomp" or (_to_infinitive(verb) and verb.dep_ in ("advcl", "ccomp", "acl"))
        if not climbs:
            return _finite_direction(verb, how)
        frame = verb.head
        if frame.pos_ == "ADJ" and frame.lower_ in _SCHEDULE_FRAMES:
            return _adjective(frame)  # are due to resume
        auxes = _auxes(frame)
        modal = _modal_direction(auxes)
        if modal is not None:
            return None if modal == "none" else modal
        present = frame.tag_ in _PRESENT_TAGS or any(a in _PRESENT_BE for a in auxes)
        if frame.lemma_ == "be" and frame.dep_ != "aux":
            return "future" if frame.tag_ in _PRESENT_TAGS else None  # are to hold / was to hold
        if frame.lower_ in _SCHEDULE_FRAMES or frame.lemma_ in _PLAN_LEMMAS:
            return "future" if present else None  # is due to resume / planned to strike
        if verb.dep_ != "xcomp":
            return None  # in order to ...: the purpose says nothing about when
        verb, how = frame, "noun"  # will try to meet: the frame's tense decides
    return None


def _reattach(span: Span, verb: Token) -> Token:
    """``told them this weekend he would ...``: a date between a verb and its complement clause's subject
    belongs to the verb, whatever the parser says."""
    head = verb.head
    if verb.dep_ != "ccomp" or head is verb or not head.i < span.start:
        return verb
    opening = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "mark", "expl")]
    return head if opening and span.end <= min(opening) else verb


def governor(span: Span) -> tuple[Token | None, Attachment]:
    """The verb (or predicative adjective) the date hangs on, and how: ``direct`` (*met on Tuesday*),
    through a ``noun`` (*meet for the debate Monday*) or through the verb's ``subject`` (*Tuesday's vote
    marks*)."""
    tok, how = span.root, "direct"
    for _ in range(6):
        if tok.head is tok:
            return None, "noun"
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
            how = "subject"
        elif tok.dep_ in ("relcl", "acl", "appos") and how == "direct":
            how = "noun"
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.lower_ in _SCHEDULE_FRAMES):
            return _reattach(span, tok), how  # type: ignore[return-value]
        if how == "direct" and (tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or tok.lower_ in ("from", "of")):
            how = "noun"  # a report from the weekend: the date is where something comes from
    return None, "noun"


def _own_clause(span: Span) -> Direction | None:
    """The date's own clause or its event's: ``Feb. 9, when the winners will be announced``, ``a day on
    Nov. 1 during which leaders will ...``; ``the upcoming vote on June 3``."""
    nouns = [span.root]
    tok = span.root
    for _ in range(3):
        if tok.head is tok or tok.head.pos_ in ("VERB", "AUX"):
            break
        tok = tok.head
        nouns.append(tok)
    for noun in nouns:
        if noun.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        for child in noun.children:
            if child.dep_ in ("relcl", "advcl", "acl") and child.pos_ in ("VERB", "AUX"):
                found = _verb_direction(child, "noun")
                if found is not None:
                    return found
        if any(c.lower_ in _UPCOMING for c in noun.children):
            return "future"
    return None


def _sentence(span: Span) -> Direction | None:
    """Future when the sentence has a future auxiliary and no past-tense or perfect verb."""
    sent = span.sent
    future = False
    for tok in sent:
        if tok.tag_ == "VBD" or (tok.lower_ in _PERFECT and tok.dep_ == "aux" and tok.head.tag_ == "VBN"):
            return None
        if tok.dep_ == "aux" and tok.lower_ in _FUTURE_AUX:
            future = True
    return "future" if future else None


def time_reference(span: Span) -> Direction | None:
    """``"future"``, ``"past"`` or ``None`` for the time expression ``span`` (see the module docs)."""
    verb, how = governor(span)
    if how == "subject":  # Monday's debate might not move mountains: the debate may be over
        if verb is not None and any(a in _FUTURE_AUX for a in _raw_auxes(verb)):
            return "future"  # Monday's debate will be the first
        return _own_clause(span)
    if verb is not None:
        found = _verb_direction(verb, how) if verb.pos_ != "ADJ" else _adjective(verb)
        if found is not None:
            return found
    return _own_clause(span) or _sentence(span)


def _adjective(adj: Token) -> Direction | None:
    """``the vote is due Sunday``: a schedule adjective with a present-tense copula."""
    head = adj.head
    if head.lemma_ == "be":
        auxes = _auxes(head)
        modal = _modal_direction(auxes)
        if modal is not None:
            return None if modal == "none" else modal
        if head.tag_ in _PRESENT_TAGS:
            return "future"
    return None  # was due Sunday: perhaps, perhaps not
