"""Sport and markets are no political events (``components/events/sport.py``): results, play, market
offers and demand, unreturned calls. Sentences of our own, mirrored where the sides matter."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events

SIDES = [("Freedonia", "Sylvania"), ("Sylvania", "Freedonia")]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_results_are_no_assault(event_nlp: Language, a: str, b: str) -> None:
    assert events(event_nlp, f"{a} beat {b} 2-1 (halftime 1-0) in their World Cup qualifier on Saturday.") == []
    assert events(event_nlp, f"{a} beat {b} by four wickets in the third one-dayer on Friday.") == []


def test_a_sports_article_is_play_throughout(event_nlp: Language) -> None:
    text = (
        "Freedonia beat Sylvania 24-18 in the rugby semifinal on Saturday. "
        "Fly-half Tomas Vell kicked five penalties before halftime. "
        "Vell's late try lifted the home side past the visitors. "
        "Sylvania's captain rallied his forwards in the second half."
    )
    assert events(event_nlp, text) == []


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_violence_at_a_match_is_still_coded(event_nlp: Language, a: str, b: str) -> None:
    text = f"{a} police arrested 40 {b} fans after the soccer match on Saturday."
    assert [e.type for e in events(event_nlp, text)] == ["COERCE"]
    text = f"{a} troops beat protesters from {b} in the capital on Saturday."
    assert [e.type for e in events(event_nlp, text)] == ["ASSAULT"]


def test_market_offers_demand_and_calls_are_no_events(event_nlp: Language) -> None:
    assert events(event_nlp, "The Freedonian state offered 40 percent of the company's shares to investors.") == []
    assert events(event_nlp, "Rising demand for oil lifted prices in Asia, dealers said.") == []
    assert events(event_nlp, "The Sylvanian ministry did not return phone calls seeking comment.") == []


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_offers_of_help_are_still_agreements(event_nlp: Language, a: str, b: str) -> None:
    assert [e.type for e in events(event_nlp, f"{a} offered to send 200 peacekeepers to {b}.")] == ["AGREE"]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_signing_a_person_is_hiring(event_nlp: Language, a: str, b: str) -> None:
    assert events(event_nlp, f"The {a} club signed the {b} striker Tomas Vell on Friday.") == []
    assert events(event_nlp, f"Vell, a former {a} minister, has been signed as a broadcaster.") == []
    assert [e.type for e in events(event_nlp, f"{a} and {b} signed a border treaty on Monday.")] == ["SUPPORT"]
