"""Events in international and security news (the PTC foreign-affairs round): enlisting, "seized upon",
documents sent back for review, migrants on the move, harm "blamed on" someone, giving way to pressure,
warnings of attacks, talks "between A and B", "his" as its clause's subject, "it" in a time clause,
and "shot and killed" as one assault.

Sentences written for this file (fictional people, states and places). Mirrored where the sides
matter: every rule reads the words, never who is meant.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, kinds, names, one  # tests/event_coder.py

# -- no event -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("body", ["the Army", "the Ruritanian Navy"])
def test_a_person_enlisting_is_no_cooperation(event_nlp: Language, body: str) -> None:
    assert kinds(event_nlp, f"Later that year, Tomas Vell, 28, tried to join {body}.") == []


@pytest.mark.parametrize("actor", ["Vesna", "Ruritania"])
def test_seizing_on_an_occasion_is_no_seizure(event_nlp: Language, actor: str) -> None:
    assert kinds(event_nlp, f"{actor} seized upon the incident as proof of its claims.") == []
    assert kinds(event_nlp, f"{actor} seized the opportunity to speak first.") == []
    assert kinds(event_nlp, f"{actor} police seized the opposition newspaper's offices.") == ["COERCE"]


def test_a_document_sent_back_for_review_is_no_return(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The president returned the Danube accord to parliament for review.") == []
    assert kinds(event_nlp, "The president returned the treaty text to the committee.") == []
    assert kinds(event_nlp, "The army returned the remains of 40 soldiers to Vesna.") == ["RETREAT"]


def test_migrants_marching_to_a_border_are_no_protest(event_nlp: Language) -> None:
    text = "Officials met on Monday as a caravan of migrants marched toward the Ruritanian border."
    assert "PROTEST" not in kinds(event_nlp, text)
    assert "PROTEST" in kinds(event_nlp, "Thousands of students marched toward parliament to protest the law.")


def test_a_harm_blamed_on_someone_by_nobody_is_no_accusation(event_nlp: Language) -> None:
    text = "The gunmen crossed the border before the attack blamed on a lone gunman, Stefan Orlov."
    assert "ACCUSE" not in kinds(event_nlp, text)
    assert "ACCUSE" in kinds(event_nlp, "The police blamed the attack on Stefan Orlov.")


@pytest.mark.parametrize(("they", "other"), [("Chile", "Peruvian"), ("Peru", "Chilean")])
def test_giving_way_to_pressure_is_a_concession_not_a_demand(event_nlp: Language, they: str, other: str) -> None:
    found = events(event_nlp, f"{they} caved to {other} pressure in order to get the deal done.")
    assert [e.type for e in found] == ["CONCEDE"]
    assert found[0].target is not None and found[0].target.name == other
    assert kinds(event_nlp, f"{they} will cave.") == []  # foretold, not an intent


# -- found ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("warner", "place"), [("ISIS", "Kabul"), ("Hamas", "Tel Aviv")])
def test_a_warning_of_an_attack_is_a_threat(event_nlp: Language, warner: str, place: str) -> None:
    text = f"Officials said {warner} warnings of a forthcoming attack on {place} were taken seriously."
    e = one(event_nlp, text, "THREATEN")
    assert e.source is not None and warner.split()[0] in e.source.name
    assert "THREATEN" not in kinds(event_nlp, "Officials said warnings of a storm were taken seriously.")


@pytest.mark.parametrize(("a", "b"), [("Chile", "Peru"), ("Peru", "Chile")])
def test_talks_between_two_sides_are_consultation(event_nlp: Language, a: str, b: str) -> None:
    e = one(event_nlp, f"Five hours of talks between {a} and {b} ended on Tuesday with a joint statement.", "CONSULT")
    assert names(e) == (a, b)
    # as a verb's object, the verb says who acts: nothing read from "between"
    assert "CONSULT" not in kinds(event_nlp, f"Observers welcomed the talks between {a} and {b}.")
    assert kinds(event_nlp, "Talks between the two sides ended on Tuesday.") == []


@pytest.mark.parametrize(("person", "rival"), [("Tomas Vell", "Helen Carter"), ("Helen Carter", "Tomas Vell")])
def test_his_or_her_is_the_clause_subject(event_nlp: Language, person: str, rival: str) -> None:
    pron = "his" if person == "Tomas Vell" else "her"
    e = one(event_nlp, f"{person} repeated {pron} claims against {rival} on Monday.", "ACCUSE")
    assert e.source is not None and e.source.name in person
    assert e.target is not None and e.target.name in rival


def test_it_in_a_time_clause_is_the_main_subject(event_nlp: Language) -> None:
    e = one(event_nlp, "Chile expelled two diplomats after it accused Peru of the murder.", "ACCUSE")
    assert names(e) == ("Chile", "Peru")
    # "they" does not stand for one state
    found = events(event_nlp, "Chile expelled two diplomats after they accused Peru of the murder.")
    assert all(e.source is None or e.source.name != "Chile" for e in found if e.type == "ACCUSE")


def test_a_gerund_after_time_spent_is_the_subjects(event_nlp: Language) -> None:
    e = one(event_nlp, "Ana Reyes wasted no time condemning the decision of Tomas Vell.", "ACCUSE")
    assert e.source is not None and e.source.name in "Ana Reyes"


def test_warning_someone_against_an_act_is_a_request(event_nlp: Language) -> None:
    e = one(event_nlp, "Spain had warned the Catalans against holding the referendum.", "REQUEST")
    assert e.target is not None and "Catalan" in e.target.name


def test_shot_and_killed_is_one_assault(event_nlp: Language) -> None:
    assert kinds(event_nlp, "A gunman shot and killed 13 soldiers at the base on Friday.") == ["ASSAULT"]
    assert sorted(kinds(event_nlp, "The rebels withdrew and handed over their weapons.")) == ["RETREAT", "RETREAT"]


# -- the second PTC set ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("backer", "backed"), [("Chile", "Peru"), ("Peru", "Chile")])
def test_standing_with_someone_is_support(event_nlp: Language, backer: str, backed: str) -> None:
    e = one(event_nlp, f"{backer} stands with {backed} in its dispute over the border.", "SUPPORT")
    assert names(e) == (backer, backed)
    assert kinds(event_nlp, "The soldiers stand with their rifles at the gate.") == []


@pytest.mark.parametrize("host", ["Saudi", "Iranian"])
def test_pulling_out_of_a_conference_is_a_boycott(event_nlp: Language, host: str) -> None:
    text = f"Finance Minister Tomas Vell said on Thursday he was pulling out of a {host} investment conference."
    assert kinds(event_nlp, text) == ["PROTEST"]
    assert kinds(event_nlp, "Trade ministers from Chile and Peru had already withdrawn in protest.") == ["PROTEST"]
    assert kinds(event_nlp, "Chile withdrew from the talks on Monday.") == ["SANCTION"]  # halting talks


def test_forces_withdrawn_from_a_country_name_it_as_target(event_nlp: Language) -> None:
    e = one(event_nlp, "In 2011, the president removed the remaining combat troops from Iraq.", "RETREAT")
    assert e.target is not None and e.target.name == "Iraq"


def test_executing_a_plan_is_no_execution(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Syria has become ground zero for Iran's execution of its regional ambitions.") == []
    assert kinds(event_nlp, "Iran carried out the execution of two prisoners on Monday.") == ["ASSAULT"]


def test_coming_back_from_talks_held_them(event_nlp: Language) -> None:
    e = one(event_nlp, "Mike Pompeo returned on Wednesday from talks with Turkish leaders.", "CONSULT")
    assert e.source is not None and "Pompeo" in e.source.name


def test_taking_to_the_streets_to_protest_is_one_protest(event_nlp: Language) -> None:
    text = "Thousands of Chileans took to the streets in 2009 to protest a rigged election."
    assert kinds(event_nlp, text) == ["PROTEST"]


@pytest.mark.parametrize(("who", "whom"), [("Helen Carter", "Iran"), ("Helen Carter", "Israel")])
def test_demonizing_is_criticism(event_nlp: Language, who: str, whom: str) -> None:
    e = one(event_nlp, f"{who} demonized {whom} in a speech at the council.", "ACCUSE")
    assert e.target is not None and e.target.name == whom


# -- the third PTC set: words, states and purposes that are no acts ---------------------------------------


def test_offering_facts_is_no_offer(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Neither the president nor his envoy offered any new facts or insights in the case.") == []
    assert kinds(event_nlp, "Chile offered a ceasefire on Monday.") == ["AGREE"]


def test_releasing_records_frees_nobody(event_nlp: Language) -> None:
    text = "Turkish officials have described — but have not released — what they say are audio recordings."
    assert kinds(event_nlp, text) == []
    assert kinds(event_nlp, "Chile has not released the 15 Peruvian sailors.") == ["REJECT"]
    assert kinds(event_nlp, "Peru released 15 Chilean sailors on Monday.") == ["RETREAT"]


def test_captured_on_video_is_filmed(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The cleric Tomas Vell was recently captured on video in Tehran.") == []


@pytest.mark.parametrize(("holder", "land"), [("Kurdish", "Syria"), ("Turkish", "Iraq")])
def test_holding_ground_is_a_state_occupying_it_an_act(event_nlp: Language, holder: str, land: str) -> None:
    assert kinds(event_nlp, f"Our {holder} allies occupy most of {land}'s northern border.") == []
    assert kinds(event_nlp, f"{holder} troops occupied the town on Monday.") == ["COERCE"]


def test_a_thing_threatened_with_cancellation_is_no_threat(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The much-vaunted Lima summit is now threatened with cancellation.") == []


def test_an_embassy_that_reopened_names_nobody_reopening_it(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Several diplomats worked at the embassy, which reopened in 2015.") == []


def test_a_purpose_or_plan_does_not_assert_its_noun(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The regime ships its wealth abroad to fight its expansionist wars.") == []
    assert kinds(event_nlp, "It was a plan by Chilean hardliners to sabotage the peace talks.") == []


@pytest.mark.parametrize(("backer", "other"), [("Chile", "Peru"), ("Peru", "Chile")])
def test_support_for_an_act_against_someone_is_not_support_of_them(
    event_nlp: Language, backer: str, other: str
) -> None:
    e = one(event_nlp, f"{backer} supported the resolution against {other}.", "SUPPORT")
    assert e.target is None or e.target.name != other


@pytest.mark.parametrize(("caller", "called"), [("Chile", "Peru"), ("Peru", "Chile")])
def test_calling_someone_a_wrongdoer_is_criticism(event_nlp: Language, caller: str, called: str) -> None:
    e = one(event_nlp, f"{caller} called {called} a rogue state on Monday.", "ACCUSE")
    assert names(e) == (caller, called)
    e = one(event_nlp, f"The president of {caller} referred to {called} as a terrorist state.", "ACCUSE")
    assert e.target is not None and e.target.name == called
    assert kinds(event_nlp, f"{caller} called {called} a friend and a partner.") == []
    assert kinds(event_nlp, f"{caller} did not call {called} a rogue state.") == []


# -- wire idioms written for this file after the blind sets ---------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("Chile warned it would retaliate against any attack.", "THREATEN"),
    ("Peru retaliated with air strikes on the rebel camps.", "ASSAULT"),
    ("Chile conducted a missile test on Sunday.", "MOBILIZE"),
    ("Chilean helicopter gunships fired missiles at a car in Arica.", "ASSAULT"),
    ("Peru pulled its troops back from the border.", "RETREAT"),
    ("The union called the strike off on Monday.", "CONCEDE"),
    ("Chile resumed humanitarian aid shipments to the flooded north.", "AID"),
    ("The Senate impeached Judge Tomas Vell in 1989.", "ACCUSE"),
])  # fmt: skip
def test_wire_idioms(event_nlp: Language, text: str, kind: str) -> None:
    assert kind in kinds(event_nlp, text)


def test_halting_tests_is_no_test(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Chile will seemingly halt its missile tests.") == []


@pytest.mark.parametrize(("who", "whom"), [("Chile", "Peru"), ("Peru", "Chile")])
def test_time_to_act_is_a_call_not_an_act(event_nlp: Language, who: str, whom: str) -> None:
    assert kinds(event_nlp, f"It is time for {who} to condemn {whom}.") == []
    assert kinds(event_nlp, f"{who} condemned {whom} at the time.") == ["ACCUSE"]


# -- the BASIL set: parties' criticism, acts offered or omitted, descriptions ---------------------------


@pytest.mark.parametrize("party", ["The GOP", "The Democrats"])
def test_a_party_attacking_a_named_person_is_criticism(event_nlp: Language, party: str) -> None:
    text = f"{party} also attacked the president for declining an opportunity to meet with Tomas Vell."
    found = kinds(event_nlp, text)
    assert "ACCUSE" in found and "ASSAULT" not in found
    assert "CONSULT" not in found  # an opportunity to meet is no meeting


@pytest.mark.parametrize(("caller", "called"), [("Jim DeMint", "Michael Steele"), ("Michael Steele", "Jim DeMint")])
def test_calling_for_someones_resignation_asks_them(event_nlp: Language, caller: str, called: str) -> None:
    e = one(event_nlp, f"Senator {caller} called for {called}'s resignation.", "REQUEST")
    assert e.target is not None and e.target.name == called


def test_an_omission_a_job_and_a_description_are_no_acts(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The speech was arranged by the speaker without consulting the White House.") == []
    text = "He never mentions Helen Carter, with whom he worked in the 1970s at Boston Consulting Group."
    assert kinds(event_nlp, text) == []
    text = "They thanked all the men and women who have been fighting in Afghanistan."
    assert "ASSAULT" not in kinds(event_nlp, text)  # soldiers described; the thanks is the event
    assert kinds(event_nlp, "This is America's war. It is not Obama's war.") == []
    assert "ASSAULT" in kinds(event_nlp, "The rebels fighting the army seized the town.")


@pytest.mark.parametrize(("speaker", "asked"), [("Jim DeMint", "Michael Steele"), ("Michael Steele", "Jim DeMint")])
def test_saying_someone_needs_to_act_asks_it_of_them(event_nlp: Language, speaker: str, asked: str) -> None:
    e = one(event_nlp, f'"Chairman {asked} needs to apologize to our military," Sen. {speaker} said.', "REQUEST")
    assert e.source is not None and e.source.name in f"Sen. {speaker}"
    assert e.target is not None and e.target.name == asked
    assert kinds(event_nlp, f'"We need to do more," Sen. {speaker} said.') == []
    assert kinds(event_nlp, f"Sen. {speaker} said {asked} does not need to apologize.") == []


@pytest.mark.parametrize(("speaker", "asked"), [("Jim DeMint", "Michael Steele"), ("Michael Steele", "Jim DeMint")])
def test_a_demand_said_in_a_second_clause_is_the_first_clauses_subjects(
    event_nlp: Language, speaker: str, asked: str
) -> None:
    text = f"Sen. {speaker} would not go that far but said {asked} must apologize to the troops."
    e = one(event_nlp, text, "REQUEST")
    assert e.source is not None and e.source.name in f"Sen. {speaker}"
    assert e.target is not None and e.target.name == asked


def test_meeting_reporters_is_no_consultation(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Sen. Jim DeMint met reporters on Monday.") == []
    assert kinds(event_nlp, "The minister met his Chinese counterpart in Beijing.") == ["CONSULT"]


# -- a real article read whole after the round (an LA Times piece on the Khashoggi case, in PTC) ---------


@pytest.mark.parametrize(("ruler", "victim"), [("Saudi", "Turkish"), ("Turkish", "Saudi")])
def test_a_suspicion_that_someone_was_killed_reports_no_killing(event_nlp: Language, ruler: str, victim: str) -> None:
    text = f"The envoy held talks amid growing suspicions that a {victim} columnist was killed on {ruler} orders."
    assert "ASSAULT" not in kinds(event_nlp, text)
    assert "ASSAULT" in kinds(event_nlp, f"Police said a {victim} columnist was killed by {ruler} soldiers.")


@pytest.mark.parametrize("rulers", ["Saudi rulers", "Turkish rulers"])
def test_sanctioning_a_murder_approves_it(event_nlp: Language, rulers: str) -> None:
    text = f"He would act if proof emerges that {rulers} sanctioned Tomas Vell's murder."
    assert "SANCTION" not in kinds(event_nlp, text)
    assert kinds(event_nlp, "The United States sanctioned three Russian banks on Monday.") == ["SANCTION"]
