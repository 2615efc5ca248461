"""Side-specific loaded terms found in plain text, to be masked before the technique model reads it.

The loaded-terms lexicon (:mod:`newsprobe.components.terms`) records, for every entry, the side(s)
it is aimed at; an entry aimed at named sides ("Zionist regime", "Kyiv regime", "orcs",
"snowflakes") tells the reader WHICH side a sentence is about as surely as a name does. The
technique model should judge how a sentence persuades, not whom it targets, so these terms are
masked like party names (:func:`newsprobe.components.techniques.mask_text`); the terms layer still
reports them, mirrored for every side by construction.

Found from the text alone (spaCy's blank English tokenizer; no tagger), so training, evaluation and
the pipeline mask identically: the lexicon's matcher is used with all entries (longest match wins,
exemptions apply, as in the terms layer) and its side-specific hits are kept. An entry restricted to
nouns ("orc", "snowflake", "illegal") counts here only in a plural form ("orcs"), which cannot be
the adjective; the list is the lexicon's, so every side is masked alike.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Token

from newsprobe.components.terms import TermMatcher, _Pattern, read_exemptions, read_lexicon

Span = tuple[int, int]


class _TextMatcher(TermMatcher):
    """The lexicon matcher without part-of-speech tags: a noun-only entry matches only its plural."""

    @staticmethod
    def _pos_ok(pattern: _Pattern, last: Token) -> bool:
        if pattern.entry is None or not pattern.entry.pos:
            return True
        word = last.lower_
        return word != pattern.words[-1] and word.endswith("s")


@lru_cache(maxsize=1)
def _matcher() -> tuple[Language, _TextMatcher, frozenset[tuple[str, str]]]:
    import spacy

    nlp = spacy.blank("en")
    entries = read_lexicon()
    side = frozenset((e.term, e.category) for e in entries if e.side_specific)
    return nlp, _TextMatcher(nlp, entries, read_exemptions()), side


def side_term_spans(text: str) -> list[Span]:
    """``(start, end)`` of each side-specific lexicon term in ``text``, in order."""
    nlp, matcher, side = _matcher()
    return [(h.start, h.end) for h in matcher(nlp.make_doc(text)) if (h.term, h.category) in side]
