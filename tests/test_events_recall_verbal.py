"""Recall rules for the verbal-conflict types (REQUEST, ACCUSE, REJECT, THREATEN, PROTEST) on
wire-style sentences (fictional sentences of our own; mirrored actors where a party could matter),
each with a sentence where the rule must not fire."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, names, one  # tests/event_coder.py


@pytest.mark.parametrize(("source", "target"), [("Norvalia", "Sylvania"), ("Sylvania", "Norvalia")])
def test_unknown_name_that_asks_is_the_source(event_nlp: Language, source: str, target: str) -> None:
    text = f"{source} has asked the United Nations Security Council to press {target} to pull its troops back."
    e = one(event_nlp, text, "REQUEST")
    assert e.source is not None and source in e.source.name


def test_organisation_misread_as_a_building_is_the_source(event_nlp: Language) -> None:
    text = "The Green Crescent has appealed to donor governments for emergency food and tents for flood victims."
    e = one(event_nlp, text, "REQUEST")
    assert e.source is not None and "Crescent" in e.source.name


@pytest.mark.parametrize("kind", ["REJECT", "THREATEN"])
def test_unknown_name_needs_a_speaker_verb_and_an_addressed_actor(event_nlp: Language, kind: str) -> None:
    from newsprobe.components.events.recall_verbal import unknown_name_subject

    doc = event_nlp("Velmora Street rejected the plan for a new bridge.")
    verb = next(t for t in doc if t.lemma_ == "reject")
    # no actor is addressed (and a threat can be a thing's): nothing says the name is someone's
    assert unknown_name_subject(doc, verb, kind, None) is None


@pytest.mark.parametrize("who", ["Thousands of Freedonians", "Hundreds of Sylvanian students"])
def test_gathering_to_demand_is_a_protest(event_nlp: Language, who: str) -> None:
    text = f"{who} gathered in the capital on Friday to demand the resignation of the interior minister."
    found = events(event_nlp, text)
    assert [e.type for e in found] == ["PROTEST"] and found[0].text == "gathered"


def test_ministers_gathering_to_condemn_is_no_protest(event_nlp: Language) -> None:
    text = "Foreign ministers gathered in Brussels on Monday to condemn the attack on the embassy."
    assert "PROTEST" not in [e.type for e in events(event_nlp, text)]


def test_a_gathering_planned_is_no_protest(event_nlp: Language) -> None:
    text = "Thousands of teachers will gather outside parliament next week to protest against the pay freeze."
    assert [e for e in events(event_nlp, text) if e.text == "gather" and e.type == "PROTEST"] == []


def test_rally_organised_by_names_its_source(event_nlp: Language) -> None:
    text = "A rally organised by the opposition party was held in the city centre on Saturday to protest."
    e = one(event_nlp, text, "PROTEST")
    assert e.source is not None and "opposition" in e.source.name


def test_renewed_call_for_someone_to_resign_is_a_request(event_nlp: Language) -> None:
    text = "The opposition alliance renewed its call on Tuesday for Prime Minister Adil Kerimov to resign."
    e = one(event_nlp, text, "REQUEST")
    assert e.source is not None and "alliance" in e.source.name


def test_a_phone_call_is_still_no_request(event_nlp: Language) -> None:
    text = "The minister took a call from his daughter during the meeting, an aide said."
    assert "REQUEST" not in [e.type for e in events(event_nlp, text)]


def test_sentence_parsed_as_a_noun_phrase_keeps_its_subject(event_nlp: Language) -> None:
    text = "The rebel delegation threatened on Sunday to walk out of the peace talks unless the raids stopped."
    e = one(event_nlp, text, "THREATEN")
    assert e.source is not None and "delegation" in e.source.name


def test_caption_participle_is_no_subject(event_nlp: Language) -> None:
    found = [e for e in events(event_nlp, "Protesters arrested by police in the capital.") if e.text == "arrested"]
    assert all(names(e)[0] != "Protesters" for e in found)


def test_clause_reported_before_its_speech_verb_keeps_its_subject(event_nlp: Language) -> None:
    text = "Opposition supporters resorted to throwing stones at riot police during the march, the ministry said."
    e = one(event_nlp, text, "PROTEST")
    assert e.source is not None and "supporters" in e.source.name


@pytest.mark.parametrize("who", ["The mayor", "The governor"])
def test_ignoring_a_ruling_is_a_rejection(event_nlp: Language, who: str) -> None:
    text = f"{who} has ignored a ruling by the high court ordering the reinstatement of 40 dismissed employees."
    e = one(event_nlp, text, "REJECT")
    assert e.source is not None and who.split()[1] in e.source.name


def test_ignoring_a_question_is_no_rejection(event_nlp: Language) -> None:
    text = "The mayor ignored a question about the budget and spoke about the new bridge instead."
    assert "REJECT" not in [e.type for e in events(event_nlp, text)]


def test_warned_by_someone_that_it_will_act_names_the_warner(event_nlp: Language) -> None:
    text = "Fishermen have been warned by the navy that their boats will be seized if they sail into the zone."
    e = one(event_nlp, text, "THREATEN")
    assert e.source is not None and "navy" in e.source.name


def test_warned_of_a_storm_by_forecasters_is_no_threat(event_nlp: Language) -> None:
    text = "Residents were warned by forecasters that homes would be damaged by the storm."
    assert events(event_nlp, text) == []
