"""Whose words a finding is: the outlet's own, or words it quotes.

A loaded term or a persuasion technique inside a verbatim quote (a ``direct`` or ``partial`` quote's
content) is the quoted speaker's language (``voice = "quoted"``, with the quote's index in
``doc._.quotes`` and its speaker); anywhere else, including reported speech (a paraphrase in the
outlet's own words), it is the outlet's (``voice = "outlet"``). When the quotes component did not
run, voice stays ``None``: unknown, not guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from spacy.tokens import Doc

from newsprobe.model import ClaimSource, Quote, TechniqueSpan, TermHit

VERBATIM = ("direct", "partial")

R = TypeVar("R", TermHit, TechniqueSpan)


def quoted_in(quotes: Sequence[Quote], start: int, end: int) -> int | None:
    """Index of the verbatim quote whose content holds ``[start, end)`` (the innermost), or None."""
    best: int | None = None
    for i, q in enumerate(quotes):
        if q.kind in VERBATIM and q.content.start <= start and end <= q.content.end:
            if best is None or q.content.end - q.content.start < quotes[best].content.end - quotes[best].content.start:
                best = i
    return best


def with_voice(doc: Doc, records: list[R]) -> list[R]:
    """``records`` with ``voice``, ``quote_index`` and ``speaker`` filled from ``doc._.quotes``."""
    if doc._.quotes is None:
        return records
    quotes = list(doc._.quotes)
    out = []
    for r in records:
        i = quoted_in(quotes, r.start, r.end)
        if i is None:
            out.append(r.model_copy(update={"voice": "outlet"}))
            continue
        sp = quotes[i].speaker
        speaker = ClaimSource(entity_id=sp.entity_id, name=sp.name) if sp is not None else None
        out.append(r.model_copy(update={"voice": "quoted", "quote_index": i, "speaker": speaker}))
    return out
