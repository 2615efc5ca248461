"""Shared test fixtures. ``SHARED`` is ../shared beside the repo (datasets and samples)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def full_nlp():  # type: ignore[no-untyped-def]
    """The whole default pipeline, loaded once per test session."""
    from newsprobe import pipeline

    return pipeline.shared()


@pytest.fixture(scope="session")
def event_nlp() -> Language:
    """The pipeline the event tests read: entities, quotes, dates and events."""
    from newsprobe import pipeline

    return pipeline.load(["newsprobe_entities", "newsprobe_quotes", "newsprobe_dates", "newsprobe_events"])
