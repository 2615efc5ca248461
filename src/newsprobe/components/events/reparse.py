"""A parse the small model gets wrong in a way the event rules cannot read past.

"Turkey massed tanks along the border", "Somalia's prime minister pressed donors for food aid",
"Pakistan shared intelligence with the United States": the parser reads the past-tense verb as an
adjective on the noun after it ("massed tanks") and roots the sentence in a noun, so the sentence has
no verb and no event. Where a whole sentence is read that way, with one past-tense verb right after
its subject's noun phrase and no other finite verb, the verb is made the root again, the phrase before
it its subject and the noun it was hung on its object. Nothing else in the parse changes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

#: the tags of a verb that heads a clause of its own
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: how the parser hangs the subject's noun on the misread verb ("Turkey" in "Turkey massed tanks")
SUBJECT_DEPS = frozenset({"npadvmod", "nmod", "compound", "nsubj"})
#: how it hangs the noun the verb was read as describing, when that is not the root
OBJECT_DEPS = frozenset({"appos", "dobj", "npadvmod", "attr"})


def repair_verbs_read_as_adjectives(doc: Doc) -> None:
    """Give back its verb to every sentence of ``doc`` parsed as a noun phrase around one (see the
    module docstring); the doc's heads and labels are changed in place."""
    for sent in list(doc.sents):
        found = _misread(sent)
        if found is None:
            continue
        verb, subject, obj = found
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        obj.head, obj.dep_ = verb, "dobj"


def _misread(sent: Span) -> tuple[Token, Token, Token] | None:
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or len(sent) < 5 or sent[-1].text not in (".", "!"):
        return None
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE]
    candidates = [t for t in sent if t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and t.lower_.endswith("ed")]
    if len(candidates) != 1 or any(v.i != candidates[0].i for v in verbs):
        return None  # a sentence with a finite verb elsewhere is read as the parser read it
    verb = candidates[0]
    obj = verb.head
    if obj.i <= verb.i or obj.i != verb.i + _object_offset(verb):
        return None  # "massed tanks": the noun right after the verb (its determiner and modifiers between)
    subject: Token | None
    if root.i < verb.i:  # "Somalia's prime minister pressed donors": the root is the subject
        subject = root
        if obj.i != root.i and obj.dep_ not in OBJECT_DEPS:
            return None
    else:  # "Turkey massed tanks": the root is the object, the subject hangs on the verb
        if obj.i != root.i:
            return None
        subject = next((c for c in verb.lefts if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None:
            return None
    before = sent.doc[sent.start : verb.i]
    if any(t.i != subject.i and subject not in t.ancestors for t in before):
        return None  # the words before the verb are the subject's phrase, and nothing else
    return verb, subject, obj


def _object_offset(verb: Token) -> int:
    """How far after ``verb`` the noun it was hung on stands, over a determiner and the noun's own
    modifiers ("massed [its] tanks", "pressed [the Western] donors")."""
    obj = verb.head
    between = obj.doc[verb.i + 1 : obj.i]
    if all(t.head.i == obj.i and t.dep_ in ("det", "amod", "compound", "nummod", "poss") for t in between):
        return obj.i - verb.i
    return -1
