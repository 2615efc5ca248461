"""Helpers for tests that place event records by hand: a mention and its sentence in a text."""

from __future__ import annotations

from newsprobe.model import Mention, Offsets


def span(text: str, part: str, after: int = 0) -> Mention:
    """The first mention of ``part`` in ``text`` at or after ``after``."""
    start = text.index(part, after)
    return Mention(start=start, end=start + len(part), text=part)


def sentence_of(text: str, at: int) -> Offsets:
    """The sentence around offset ``at`` (sentences end at ". ")."""
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", at)
    return Offsets(start=start, end=len(text) if end < 0 else end + 1)
