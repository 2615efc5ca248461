"""Actors on real wire copy (``components/events/wire_actors.py`` and the rules it hooks): who acts and
on whom, in constructions the Reuters sentences coded by hand showed read wrong. Sentences of our own
(fictional actors), mirrored where the sides matter."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, names, one

SIDES = [("Freedonia", "Sylvania"), ("Sylvania", "Freedonia")]


def test_a_date_is_never_addressed(event_nlp: Language) -> None:
    e = one(event_nlp, "The opposition party on Friday called on the government to end the curfew.", "REQUEST")
    assert names(e)[1] is not None and "Friday" not in (names(e)[1] or "")
    text = "The farmers' union had called on Wednesday for the army to withdraw from the valley."
    e = one(event_nlp, text, "REQUEST")
    assert names(e)[1] == "army"


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_the_two_parties_of_talks_are_source_and_target(event_nlp: Language, a: str, b: str) -> None:
    e = one(event_nlp, f"Representatives from {a} and {b} held talks in Geneva on Tuesday.", "CONSULT")
    assert names(e) == (a, b)


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_acts_done_side_by_side_have_no_partner(event_nlp: Language, a: str, b: str) -> None:
    for e in events(event_nlp, f"{a} and {b} promised that the border would reopen by May."):
        assert names(e)[1] != b


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_whom_is_the_noun_it_stands_for(event_nlp: Language, a: str, b: str) -> None:
    text = f"The {a} envoy Marta Lind reassured officials in {b}, including President Tomas Vell, whom she met."
    e = one(event_nlp, text, "CONSULT")
    assert names(e) == ("Marta Lind", "Tomas Vell")


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_two_verbs_share_their_object(event_nlp: Language, a: str, b: str) -> None:
    found = [e for e in events(event_nlp, f"{a}, which captured and annexed {b} in 1990, refuses to talk.")]
    assert {names(e) for e in found if e.type == "COERCE"} == {(a, b)}


def test_people_held_or_related_to_someone_are_acted_on(event_nlp: Language) -> None:
    e = one(event_nlp, "Police said they had arrested her aunt on charges of kidnapping.", "COERCE")
    assert names(e)[1] == "her aunt"
    found = events(event_nlp, "Security forces burst into the house and seized his guests for questioning.")
    assert [names(e)[1] for e in found if e.text == "seized"] == ["his guests"]
    e = one(event_nlp, "Officers said her husband had threatened to kill her if she left.", "THREATEN")
    assert names(e)[0] == "her husband"  # a husband is nobody's force: the threat is his


def test_family_visits_are_no_consultation(event_nlp: Language) -> None:
    assert events(event_nlp, "President Tomas Vell visited his wife in hospital on Friday evening.") == []
    assert events(event_nlp, "The minister's children had visited their mother on Sunday.") == []


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_an_office_holders_i_is_the_speaker(event_nlp: Language, a: str, b: str) -> None:
    text = f'"I request the immediate release of Karl Mott," {a} Red Cross president Ana Kovac told {b}.'
    e = one(event_nlp, text, "REQUEST")
    assert names(e)[0] == "Ana Kovac"


def test_private_first_person_talk_is_no_record(event_nlp: Language) -> None:
    assert events(event_nlp, '"This is a young man that I work with every day," the coach said.') == []
    text = '"If we want to talk to Sylvania now, the old deal must stand," the Freedonian minister said.'
    assert events(event_nlp, text) == []
    assert events(event_nlp, "You also agree to this site's privacy policy and terms of use.") == []


def test_they_in_a_subordinate_clause_is_not_the_speaker(event_nlp: Language) -> None:
    text = (
        "The Freedonian finance ministry on Wednesday denied the group's application to receive a donation "
        "that Sylvania's leader had pledged after they met in January."
    )
    for e in events(event_nlp, text):
        assert not (e.type == "CONSULT" and names(e)[0] == "Freedonian finance ministry")


def test_protesting_their_detention_names_them_as_detained(event_nlp: Language) -> None:
    text = "Six inmates went on hunger strike to protest their detention without charge, their lawyer said."
    e = one(event_nlp, text, "COERCE")
    assert e.source is None and names(e)[1] == "Six inmates"


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_criticism_verbs_of_political_news(event_nlp: Language, a: str, b: str) -> None:
    for verb in ("mocked", "lambasted", "ridiculed", "derided", "insulted"):
        e = one(event_nlp, f"The {a} foreign minister {verb} the {b} prime minister on Tuesday.", "ACCUSE")
        assert names(e) == (f"{a} foreign minister", f"{b} prime minister")


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_lobbying_someone_is_a_request(event_nlp: Language, a: str, b: str) -> None:
    e = one(event_nlp, f"Farmers from {a} lobbied the {b} government to lift the ban.", "REQUEST")
    assert names(e)[1] == f"{b} government"
    assert events(event_nlp, f"Lobbyists from {a} lobbied hard for the bill.") == []


def test_an_act_at_the_start_of_a_sentence_is_no_name(event_nlp: Language) -> None:
    text = (
        "Eleven Killed as Shelling Hits Port of Oskar\n\n"
        "Shelling struck the port city of Oskar on Tuesday, killing at least 11 civilians, officials said."
    )
    found = events(event_nlp, text)
    assert found and all(names(e)[0] != "Shelling" for e in found)


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_coming_under_criticism_names_both_sides(event_nlp: Language, a: str, b: str) -> None:
    e = one(event_nlp, f"{a}'s president came under criticism from {b}n officials on Monday.", "ACCUSE")
    assert names(e) == (f"{b}n officials", f"{a}'s president")
    assert events(event_nlp, f"{a}'s plan came under scrutiny on Monday.") == []
