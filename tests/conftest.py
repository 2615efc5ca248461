"""Shared test fixtures. ``SHARED`` is ../shared beside the repo (datasets and samples)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def full_nlp():  # type: ignore[no-untyped-def]
    """The whole default pipeline, loaded once per test session."""
    from newsprobe import pipeline

    return pipeline.shared()
