"""Events in US campaign news (the PolNeAR round): positions held, denials, campaign rallies, attacks
in words between named people, releases that free nobody, a candidate's campaign as an actor.

Sentences written for this file (fictional candidates, officials and places). Mirrored where the
sides matter: every rule reads the words, never who is meant.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, kinds, names, one  # tests/event_coder.py

# -- positions, denials and comparisons are no events -----------------------------------------------


@pytest.mark.parametrize("group", ["Muslims", "Christians"])
def test_what_a_candidate_would_do_is_a_position(event_nlp: Language, group: str) -> None:
    text = f"Voters will judge candidates who would bar {group} from the country and cut taxes."
    assert kinds(event_nlp, text) == []
    assert "COERCE" in kinds(event_nlp, f"The governor barred {group} from the country on Monday.")


@pytest.mark.parametrize("speaker", ["Ms. Delane", "Mr. Orvath"])
def test_rejecting_the_idea_that_is_a_denial(event_nlp: Language, speaker: str) -> None:
    text = f"In a brief interview, {speaker} rejected the idea that the changes amounted to a shake-up."
    assert kinds(event_nlp, text) == []
    assert kinds(event_nlp, f"{speaker} rejected the proposal from the union on Monday.") == ["REJECT"]


def test_as_opposed_to_compares(event_nlp: Language) -> None:
    text = "Hostility was directed at the Irish as opposed to the Germans, the historian said."
    assert kinds(event_nlp, text) == []


def test_a_base_form_verb_after_is_was_a_noun(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The Dalton caucus is first look into the mood of voters;") == []


def test_a_vow_to_do_nothing_named_is_no_agreement(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Pastor Orrin Vale vowed not to buy the group's cookies this year.") == []
    assert kinds(event_nlp, "Pastor Orrin Vale vowed not to attack the village again.") != []


# -- rallies and releases -----------------------------------------------------------------------------


@pytest.mark.parametrize("candidate", ["Senator Hal Brody", "Governor Ana Reyes"])
def test_a_candidate_rallying_supporters_is_campaigning(event_nlp: Language, candidate: str) -> None:
    assert kinds(event_nlp, f"{candidate} rallied his supporters in Dayton on Monday.") == []
    assert kinds(event_nlp, "Thousands of workers rallied against the pension cuts in Dayton.") == ["PROTEST"]


def test_a_film_set_for_release_frees_nobody(event_nlp: Language) -> None:
    assert kinds(event_nlp, "-- a movie set for release by Harbour Pictures on Feb. 5.") == []
    assert "RETREAT" not in kinds(event_nlp, "His lawyers announced the release of his tax returns on Monday.")
    assert "RETREAT" in kinds(event_nlp, "The rebels announced the release of the hostages on Monday.")


# -- attacks in words ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("doer", "other"), [("Donald Trump", "Hillary Clinton"), ("Hillary Clinton", "Donald Trump")])
def test_one_named_person_attacking_another_is_criticism(event_nlp: Language, doer: str, other: str) -> None:
    e = one(event_nlp, f"When {doer} attacked a federal judge, supporters of {other} were outraged.", "ACCUSE")
    assert e.text == "attacked" and e.target is not None and e.target.name.endswith("judge")
    # with harm said in the sentence, it is an assault
    harm = f"{doer} attacked a federal judge with a knife outside the court, police said."
    assert "ASSAULT" in kinds(event_nlp, harm)


def test_a_state_attacking_a_country_stays_an_assault(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Valdoria attacked Ostrand on Monday.") == ["ASSAULT"]


# -- a candidate's campaign, a candidate's support --------------------------------------------------


@pytest.mark.parametrize(("camp", "rival"), [("Clinton", "Sanders"), ("Sanders", "Clinton")])
def test_a_named_campaign_is_an_actor(event_nlp: Language, camp: str, rival: str) -> None:
    e = one(event_nlp, f"{camp}’s campaign has criticized {rival} for his record.", "ACCUSE")
    assert e.source is not None and camp in e.source.name
    attacked = one(event_nlp, f"The {camp} campaign attacked {rival} over the ads.", "ACCUSE")
    assert attacked.source is not None
    assert [e.source for e in events(event_nlp, "The bombing campaign killed thousands of civilians.")] == [None]


@pytest.mark.parametrize(("backer", "backed"), [("Marco Rubio", "Donald Trump"), ("Donald Trump", "Marco Rubio")])
def test_support_for_someone_names_whom(event_nlp: Language, backer: str, backed: str) -> None:
    e = one(event_nlp, f"{backer} announced his support for {backed} on Monday.", "SUPPORT")
    assert names(e) == (backer, backed)


def test_support_of_a_cause_with_nobody_backed_is_a_stance(event_nlp: Language) -> None:
    text = "Mr. Vale criticised the league because of its support of transgender rights."
    assert "SUPPORT" not in kinds(event_nlp, text)


def test_rejecting_someones_idea_of_doing_is_a_rejection(event_nlp: Language) -> None:
    text = "The Austrian bishop rejected the German bishops' idea of blessing the unions."
    assert kinds(event_nlp, text) == ["REJECT"]


@pytest.mark.parametrize("backed", ["Israel", "Iran"])
def test_support_thrown_behind_someone(event_nlp: Language, backed: str) -> None:
    e = one(event_nlp, f"The ministry has thrown its support behind {backed}.", "SUPPORT")
    assert e.target is not None and e.target.name == backed


def test_agreeing_not_to_act_is_still_an_agreement(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The government agreed not to stamp the passports of the travellers.") == ["AGREE"]
