"""Where an event sits: its clause (and the clauses it shares time and place with), its date and place
from that clause only, and its voice (the outlet's, or quoted and claimed by a speaker).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from newsprobe.components.event_actors import actor_of, place_of
from newsprobe.components.events.modality import _reported_passive
from newsprobe.components.events.syntax import SPEECH, _child, _Found, charged_with
from newsprobe.model import ClaimSource, DateExpr, EventPlace, Quote

TEMPORAL_MARKS = frozenset({"as", "when", "while"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})


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
    charge = charged_with(found.anchor)
    if charge is not None:  # "police charged the man with murdering his wife": the police's claim
        charger = _child(charge, "nsubj") if _child(charge, "auxpass") is None else None
        actor = actor_of(doc, charger) if charger is not None else None
        return "quoted", ClaimSource(entity_id=actor.entity_id, name=actor.name) if actor is not None else None
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
