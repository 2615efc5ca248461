"""Material-conflict events (CAMEO roots 15-20): the constructions :func:`_material_event` and its
helpers read, and the precision rules beside them.

Sentences written for this file (fictional events; real country names only where a country is the
actor or the place is what is tested). Types are PLOVER 2021 (CAMEO2PLOVER-2021.txt).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, one  # tests/event_coder.py
from newsprobe.model import Event


def src(e: Event) -> str:
    return e.source.name if e.source else ""


def tgt(e: Event) -> str:
    return e.target.name if e.target else ""


# -- preposition phrases ------------------------------------------------------------------------


@pytest.mark.parametrize("country", ["Greece", "Turkey"])
def test_forces_put_on_alert_mobilise(event_nlp: Language, country: str) -> None:
    e = one(event_nlp, f"{country} placed its troops on alert after the incident.", "MOBILIZE")
    assert country in src(e)


def test_passive_alert_the_forces_mobilise(event_nlp: Language) -> None:
    e = one(event_nlp, "Border guards were put on high alert on Friday.", "MOBILIZE")
    assert "guards" in src(e)


def test_taken_into_custody_is_an_arrest(event_nlp: Language) -> None:
    e = one(event_nlp, "The editor was taken into custody by military police.", "COERCE")
    assert e.mode == "arrest" and "police" in src(e) and "editor" in tgt(e)


def test_human_shields_are_an_assault(event_nlp: Language) -> None:
    e = one(event_nlp, "The gang used passengers as human shields.", "ASSAULT")
    assert e.mode == "abduct" and "gang" in src(e) and "passengers" in tgt(e)


def test_walking_out_of_talks_halts_negotiations(event_nlp: Language) -> None:
    e = one(event_nlp, "The opposition pulled out of the talks with the government.", "SANCTION")
    assert "opposition" in src(e) and "government" in tgt(e)


# -- objects, frames, expulsions ----------------------------------------------------------------


@pytest.mark.parametrize("country", ["Iran", "Iraq"])
def test_quantity_of_troops_is_read_through(event_nlp: Language, country: str) -> None:
    e = one(event_nlp, f"{country} has massed hundreds of tanks on the frontier.", "MOBILIZE")
    assert country in src(e)


def test_called_up_reservists_on_a_day_is_no_call_on(event_nlp: Language) -> None:
    e = one(event_nlp, "The cabinet called up 5,000 reservists on Friday.", "MOBILIZE")
    assert "cabinet" in src(e)


def test_forcing_someone_to_act_is_coercion_by_the_forcer(event_nlp: Language) -> None:
    e = one(event_nlp, "The militia forced the mayor to resign.", "COERCE")
    assert "militia" in src(e) and "mayor" in tgt(e)
    assert not [x for x in events(event_nlp, "The floods forced residents to flee their homes.")]


def test_driving_people_from_their_homes_is_mass_expulsion(event_nlp: Language) -> None:
    e = one(event_nlp, "Soldiers drove hundreds of families from their villages.", "ASSAULT")
    assert e.mode == "cleansing" and "Soldiers" in src(e)


def test_expelling_reporters_is_deportation_diplomats_a_sanction(event_nlp: Language) -> None:
    e = one(event_nlp, "The ministry expelled two foreign reporters.", "COERCE")
    assert e.mode == "deport"
    e = one(event_nlp, "The ministry expelled two foreign diplomats.", "SANCTION")
    assert e.mode == "expel"


def test_ordering_an_agency_to_leave_is_an_expulsion(event_nlp: Language) -> None:
    e = one(event_nlp, "The government ordered the aid agency to leave the country.", "SANCTION")
    assert e.mode == "expel" and "government" in src(e) and "agency" in tgt(e)


# -- means and verbs ----------------------------------------------------------------------------


def test_chemical_weapons_are_unconventional_mass_violence(event_nlp: Language) -> None:
    e = one(event_nlp, "The militia used chemical weapons against the town's defenders.", "ASSAULT")
    assert (e.mode, e.cameo) == ("unconventional", "204")
    tear = [x for x in events(event_nlp, "Police fired tear gas at the crowd.") if x.mode == "unconventional"]
    assert not tear


def test_strike_needs_an_attacker_and_a_target(event_nlp: Language) -> None:
    e = one(event_nlp, "The air force struck a rebel base near the border.", "ASSAULT")
    assert "air force" in src(e)
    assert not events(event_nlp, "The storm struck Cuba on Monday.")
    assert not [x for x in events(event_nlp, "The two parties struck a deal.") if x.type == "ASSAULT"]


def test_a_legal_charge_is_coercion_an_accusation_is_not(event_nlp: Language) -> None:
    e = one(event_nlp, "A court charged the mayor with fraud.", "COERCE")
    assert e.mode == "arrest"
    assert not [x for x in events(event_nlp, "Serbia charged Albania with arming the rebels.") if x.type == "COERCE"]


@pytest.mark.parametrize(("guest", "host"), [("French", "Iran"), ("Iranian", "France")])
def test_arrested_in_a_country_the_country_arrests(event_nlp: Language, guest: str, host: str) -> None:
    e = one(event_nlp, f"Two {guest} tourists were arrested in {host}.", "COERCE")
    assert host in src(e) and "tourists" in tgt(e)


def test_arrested_in_a_city_names_no_arrester(event_nlp: Language) -> None:
    e = one(event_nlp, "Two tourists were arrested in Lyon.", "COERCE")
    assert e.source is None


def test_claimed_responsibility_is_the_claimants_attack(event_nlp: Language) -> None:
    e = one(event_nlp, "The group claimed responsibility for the bombing of the embassy.", "ASSAULT")
    assert "group" in src(e)
    assert not events(event_nlp, "The group denied responsibility for the bombing of the embassy.")


def test_fighting_between_two_sides(event_nlp: Language) -> None:
    e = one(event_nlp, "Fighting broke out between the army and rebels near the border.", "ASSAULT")
    assert "army" in src(e) and "rebels" in tgt(e)


def test_campaign_of_is_the_event(event_nlp: Language) -> None:
    e = one(event_nlp, "The regime waged a campaign of arrests against students.", "COERCE")
    assert "regime" in src(e)


# -- precision ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The EU could impose sanctions on the regime.",
        "Officials declined to say whether troops would be deployed.",
        "It is unclear whether the diplomats will be expelled.",
    ],
)
def test_possibilities_and_non_answers_are_no_events(event_nlp: Language, text: str) -> None:
    assert not events(event_nlp, text)


def test_slapped_sanctions_are_no_assault(event_nlp: Language) -> None:
    found = events(event_nlp, "Washington slapped sanctions on two Venezuelan banks.")
    assert [e.type for e in found] == ["SANCTION"]


@pytest.mark.parametrize(
    ("who", "kind"),
    [("The army", "COERCE"), ("Farmers", "PROTEST"), ("Supporters of the former president", "PROTEST")],
)
def test_blocking_a_road_by_state_forces_is_a_blockade(event_nlp: Language, who: str, kind: str) -> None:
    one(event_nlp, f"{who} blocked the main road into the city.", kind)


def test_violent_dispersal_is_violent_repression(event_nlp: Language) -> None:
    e = one(event_nlp, "Police violently dispersed the march.", "ASSAULT")
    assert e.mode == "pro_autocracy"


def test_killed_to_death_is_an_assault_a_death_sentence_is_not(event_nlp: Language) -> None:
    e = one(event_nlp, "Two women were stoned to death by militants.", "ASSAULT")
    assert "militants" in src(e)
    assert not [x for x in events(event_nlp, "The court sentenced the smuggler to death.") if x.type == "ASSAULT"]


def test_persona_non_grata_is_an_expulsion(event_nlp: Language) -> None:
    e = one(event_nlp, "Moldova declared two Russian diplomats persona non grata.", "SANCTION")
    assert e.mode == "expel" and "Moldova" in src(e) and "diplomats" in tgt(e)


def test_came_under_fire_from_names_the_attacker(event_nlp: Language) -> None:
    e = one(event_nlp, "The patrol came under fire from rebel fighters near the border.", "ASSAULT")
    assert "rebel" in src(e)


def test_survived_an_attempt_names_the_target(event_nlp: Language) -> None:
    e = one(event_nlp, "The governor survived an assassination attempt on Sunday.", "ASSAULT")
    assert e.source is None and "governor" in tgt(e)


def test_sexually_assaulted_and_put_on_trial(event_nlp: Language) -> None:
    e = one(event_nlp, "The aid worker was sexually assaulted by two soldiers.", "ASSAULT")
    assert e.mode == "sexual"
    e = one(event_nlp, "The former president was put on trial for corruption.", "COERCE")
    assert e.mode == "arrest" and "president" in tgt(e)


@pytest.mark.parametrize("country", ["North Korea", "South Korea"])
def test_test_firing_missiles_is_a_show_of_force(event_nlp: Language, country: str) -> None:
    found = events(event_nlp, f"{country} test-fired two ballistic missiles on Sunday.")
    assert [e.type for e in found] == ["MOBILIZE"] and country in src(found[0])


@pytest.mark.parametrize(
    "text",
    [
        "The floods drove thousands of families from their homes.",
        "The storm damaged the governor's residence.",
    ],
)
def test_natural_causes_expel_and_damage_nobody(event_nlp: Language, text: str) -> None:
    assert not events(event_nlp, text)
