"""Precision, recall and F1: one definition for every scorer."""

from __future__ import annotations


def f1(precision: float, recall: float) -> float:
    """Harmonic mean; 0.0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(tp: float, predicted: float, gold: float, digits: int = 4) -> dict[str, float]:
    """``{precision, recall, f1}`` from counts, rounded to ``digits``."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": round(p, digits), "recall": round(r, digits), "f1": round(f1(p, r), digits)}
