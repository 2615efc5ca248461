"""Precision, recall and F1: one definition for every scorer; one-to-one span matching."""

from __future__ import annotations

from collections.abc import Sequence

Span = tuple[int, int]


def f1(precision: float, recall: float) -> float:
    """Harmonic mean; 0.0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(tp: float, predicted: float, gold: float, digits: int = 4) -> dict[str, float]:
    """``{precision, recall, f1}`` from counts, rounded to ``digits``."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": round(p, digits), "recall": round(r, digits), "f1": round(f1(p, r), digits)}


def overlap(a: Span, b: Span) -> int:
    """Characters two ``[start, end)`` spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlap_ratio(a: Span, b: Span) -> float:
    """Shared characters over the length of the longer span."""
    longest = max(a[1] - a[0], b[1] - b[0])
    return overlap(a, b) / longest if longest > 0 else 0.0


def match_spans(predicted: Sequence[Span], gold: Sequence[Span], threshold: float) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, greedily from the highest ratio down.

    ``threshold`` 0 means any overlap. Ties go to text order.
    """
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            r = overlap_ratio(p, g)
            if r > 0 and r >= threshold:
                candidates.append((-r, g[0], p[0], i, j))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs, key=lambda pair: gold[pair[1]][0])
