"""Mask the names of parties before a statistical model reads the text.

A model trained on news learns which names co-occur with which techniques, and would then judge
the same sentence differently depending on who it is about. Replacing every named person,
group, organisation and place with one placeholder makes the model blind to the side by
construction; predicted spans are mapped back to the original text's offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

#: spaCy entity labels that name a party to a conflict or a dispute
PARTY_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
PLACEHOLDER = "Party"
#: what a side-specific loaded term (:mod:`newsprobe.components.side_terms`) is replaced by: one
#: ordinary loaded word for every side, so the model can still flag the phrase as loaded (a span may
#: cover it and maps back to the whole term) without seeing whom it targets. Chosen over
#: :data:`PLACEHOLDER` by measurement (PTC fold 0 and the mirrored pairs; see the README).
EPITHET_PLACEHOLDER = "enemy"
#: how side-specific terms are masked, as recorded in a model's config.json
SIDE_TERMS_MASK = {"terms": "side-specific entries of the loaded-terms lexicon (components/side_terms.py)",
                   "placeholder": EPITHET_PLACEHOLDER}


@dataclass(frozen=True)
class MaskedText:
    """``text`` with party names replaced; ``starts``/``ends`` map each masked char to the original."""

    text: str
    original: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    #: (original start, original end, masked start, masked end) of each replaced name
    replaced: tuple[tuple[int, int, int, int], ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the masked ``[start, end)`` (a placeholder maps to the whole name)."""
        if end <= start:
            return (self.starts[start] if start < len(self.starts) else len(self.original),) * 2
        return self.starts[start], self.ends[end - 1]

    def to_masked(self, start: int, end: int) -> tuple[int, int]:
        """Masked ``[start, end)`` of an original ``[start, end)``; a cut name widens to its placeholder."""
        return self._forward(start, is_end=False), self._forward(end, is_end=True)

    def _forward(self, pos: int, *, is_end: bool) -> int:
        shift = 0
        for o_start, o_end, m_start, m_end in self.replaced:
            if pos <= o_start:
                break
            if pos < o_end:  # inside a masked name
                return m_end if is_end else m_start
            shift = m_end - o_end
        return pos + shift


def mask_spans(text: str, spans: Iterable[tuple[int, int]], placeholder: str = PLACEHOLDER) -> MaskedText:
    """Replace each ``[start, end)`` (non-overlapping after sorting; overlaps are skipped) by ``placeholder``."""
    return mask_labelled(text, [(s, e, placeholder) for s, e in spans])


def mask_labelled(text: str, spans: Iterable[tuple[int, int, str]]) -> MaskedText:
    """Replace each ``[start, end)`` by its own placeholder (overlaps after sorting are skipped)."""
    pieces: list[str] = []
    replaced: list[tuple[int, int, int, int]] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for start, end, placeholder in sorted(spans):
        if start < pos or end <= start:
            continue
        pieces.append(text[pos:start])
        starts.extend(range(pos, start))
        ends.extend(range(pos + 1, start + 1))
        replaced.append((start, end, len(starts), len(starts) + len(placeholder)))
        pieces.append(placeholder)
        starts.extend([start] * len(placeholder))
        ends.extend([end] * len(placeholder))
        pos = end
    pieces.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return MaskedText("".join(pieces), text, tuple(starts), tuple(ends), tuple(replaced))


def party_spans(ents: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of entities whose label names a party; possessive 's stays outside."""
    return [(s, e) for s, e, label in ents if label in PARTY_LABELS]


def with_repeats(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` plus every other whole-word occurrence of their texts (NER may miss a repeat).

    A name recognised once is masked everywhere it recurs, so a miss by the recogniser on one
    mention cannot leave that side's name readable to the model; overlapping occurrences are
    dropped (the earlier or longer span wins).
    """
    names = sorted({text[s:e] for s, e in spans if text[s:e].strip()}, key=len, reverse=True)
    found = set(spans)
    for name in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            found.add((m.start(), m.end()))
    out: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda sp: (sp[0], -sp[1])):
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return out


def with_epithets(names: Sequence[tuple[int, int]], epithets: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names and side-specific terms to mask, overlapping ones merged into one span.

    A merged span that holds a term gets :data:`EPITHET_PLACEHOLDER`, one of names alone
    :data:`PLACEHOLDER` ("Zionist" recognised as a name inside "Zionist regime" masks the whole term).
    """
    marked = sorted([(s, e, False) for s, e in names] + [(s, e, True) for s, e in epithets if e > s])
    out: list[list[Any]] = []
    for start, end, is_term in marked:
        if out and start < out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
            out[-1][2] = out[-1][2] or is_term
        else:
            out.append([start, end, is_term])
    return [(s, e, EPITHET_PLACEHOLDER if t else PLACEHOLDER) for s, e, t in out]
