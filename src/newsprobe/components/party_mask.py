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

#: spaCy entity labels that name a party to a conflict or a dispute
PARTY_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
PLACEHOLDER = "Party"


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
    pieces: list[str] = []
    replaced: list[tuple[int, int, int, int]] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for start, end in sorted(spans):
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
