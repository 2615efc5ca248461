"""Constructions of real wire copy found on the PETR-2 validation sentences, each tested on fictional
sentences of our own (mirrored where who acts could matter)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events  # tests/event_coder.py


def codes(event_nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events(event_nlp, text)
    ]


@pytest.mark.parametrize(
    ("giver", "taker", "g", "t"), [("Peruvian", "Chilean", "PER", "CHL"), ("Chilean", "Peruvian", "CHL", "PER")]
)
def test_received_from_is_the_givers_act(event_nlp: Language, giver: str, taker: str, g: str, t: str) -> None:
    assert codes(event_nlp, f"{taker} rebels received weapons from the {giver} government.") == [("AID", g, t)]
    assert codes(event_nlp, f"The {taker} opposition received assurances from the {giver} government.") == [
        ("AGREE", g, t)
    ]


def test_faces_pressure_from_is_a_demand(event_nlp: Language) -> None:
    assert codes(event_nlp, "Chile faces mounting pressure from Peru to reopen the border.") == [
        ("REQUEST", "PER", "CHL")
    ]
    assert codes(event_nlp, "Peru faces mounting pressure from Chile to reopen the border.") == [
        ("REQUEST", "CHL", "PER")
    ]


def test_received_only_when_it_happened(event_nlp: Language) -> None:
    assert codes(event_nlp, "Chile hopes to receive weapons from Peru.") == []
    assert codes(event_nlp, "Chile did not receive any assurances from Peru.") == []
    assert codes(event_nlp, "Chile could face pressure from Peru.") == []
    # receiving visitors stays a meeting hosted by the receiver
    found = events(event_nlp, "The Chilean minister received a delegation from Peru.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]


@pytest.mark.parametrize(("adj", "iso"), [("Israeli", "ISR"), ("Palestinian", "PSE"), ("Peruvian", "PER")])
def test_split_means_noun_names_the_attacker(event_nlp: Language, adj: str, iso: str) -> None:
    found = [
        e
        for e in events(event_nlp, f"Two farmers were killed in {adj} shelling near the border.")
        if e.type == "ASSAULT"
    ]
    assert len(found) == 1 and found[0].source is not None and found[0].source.country == iso


def test_misparsed_reduced_relative_is_no_act_of_its_subject(event_nlp: Language) -> None:
    found = events(
        event_nlp, "The journalists detained for insulting the king were freed on Monday by the Chilean government."
    )
    arrest = [e for e in found if e.type == "COERCE"]
    assert all(e.source is None or e.source.name != "journalists" for e in arrest)
    release = [e for e in found if e.type == "RETREAT"]
    assert len(release) == 1 and release[0].source is not None and release[0].source.country == "CHL"
    # a real coordination keeps its subject as the doer
    kept = events(event_nlp, "Chilean troops captured the town and were welcomed by residents.")
    assert any(e.type == "COERCE" and e.source is not None and e.source.country == "CHL" for e in kept)


@pytest.mark.parametrize(
    ("a", "b", "ia", "ib"), [("Chilean", "Peruvian", "CHL", "PER"), ("Peruvian", "Chilean", "PER", "CHL")]
)
def test_property_damage_by_protesters_is_a_riot(event_nlp: Language, a: str, b: str, ia: str, ib: str) -> None:
    found = events(event_nlp, f"A {b} office was demolished by {a} protesters.")
    assert [(e.type, e.mode, e.source.country if e.source else None) for e in found] == [("PROTEST", "riot", ia)]
    assert [
        (e.type, e.mode) for e in events(event_nlp, "Rioters set fire to police stations in the northern city.")
    ] == [("PROTEST", "riot")]
    # the same act by soldiers stays what it is
    found = events(event_nlp, f"A {b} office was demolished by {a} soldiers.")
    assert [e.type for e in found] == ["COERCE"]
