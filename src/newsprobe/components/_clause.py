"""Clause shapes that several stages read the same way.

* :func:`headline_passive`: a headline's bare participle, "Senator X accused of hiding donations": X
  is the one accused (no object, no auxiliary, and what of), by nobody named. The quotes stage gives such
  a report no speaker; the events stage makes X the target, not the accuser.
* :data:`ACT_NOUNS`: nouns for an act or a change, which can neither speak nor act: the quotes stage
  gives no speaker for one ("his retirement — revealed …" is a misparse), the events stage no actor
  ("Biden's drop in the polls offers …").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

ACT_NOUNS = frozenset(
    {"retirement", "resignation", "departure", "arrival", "death", "decision", "move", "drop", "rise", "fall",
     "victory", "defeat", "loss", "win", "election"}
)  # fmt: skip

#: verbs whose bare participle with "of/for/over" is a headline passive
HEADLINE_PASSIVE = frozenset({"accuse", "charge", "blame", "suspect", "criticize", "criticise", "condemn"})
#: verbs that always take their patient as the object: with a subject and no object, a participle of one
#: is a headline's passive ("Virginia man Mohamad Khweis sentenced to 20 years in prison")
NEVER_WITHOUT_OBJECT = frozenset({"sentence", "jail", "imprison", "deport", "extradite", "indict", "convict"})


def headline_passive(verb: Token) -> bool:
    if not (
        verb.tag_ in ("VBN", "VBD")
        and verb.dep_ in ("ROOT", "conj", "ccomp")
        and not any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    ):
        return False
    if verb.lemma_.lower() in HEADLINE_PASSIVE and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for", "over") for c in verb.children
    ):
        return True
    if verb.lemma_.lower() in NEVER_WITHOUT_OBJECT and (
        verb.tag_ == "VBN"
        or (verb.lemma_.lower() == "sentence" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children))
    ):
        return True  # ("sentenced to 20 years" is often tagged VBD; "Spain extradited a businessman" is active)
    # a title-case headline: "Pope Accused in Abuse Case", "Bloggers Banned From Entering X"
    return (
        verb.text[:1].isupper()
        and (verb.lemma_.lower() in HEADLINE_PASSIVE or verb.tag_ == "VBN")
        and title_case(verb.sent)
    )


def title_case(sent: Span) -> bool:
    """Whether ``sent`` is set in title case: at least three longer words, all but one in five capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)
