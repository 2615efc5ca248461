"""A sentence never runs across a line break: mark each line's first token as a sentence start.

News text puts headlines, captions and bylines on lines of their own, often without a final
period; the parser would otherwise glue them to the next sentence ("Fighters in a training
exercise The secretary general said ..."), and the speaker of that sentence would be wrong.
Hard-wrapped text (short lines that break inside sentences) is recognised and left alone.
Runs before the parser, which respects the boundaries it sets.
"""

from __future__ import annotations

import statistics

from spacy.language import Language
from spacy.tokens import Doc

_TERMINAL = tuple('.!?:;"\'”’)»')


def looks_hard_wrapped(text: str) -> bool:
    """Most lines of similar, modest length break inside a sentence."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 5:
        return False
    open_ended = sum(1 for line in lines if not line.endswith(_TERMINAL))
    return 40 <= statistics.median(len(line) for line in lines) <= 100 and open_ended / len(lines) >= 0.6


def mark_line_starts(doc: Doc) -> Doc:
    if looks_hard_wrapped(doc.text):
        return doc
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("newsprobe_paragraphs", assigns=["token.is_sent_start"])
def paragraphs_component(doc: Doc) -> Doc:
    return mark_line_starts(doc)
