"""Material events on real wire copy: the rules of ``events/wire_material.py``.

Sentences written for this file (fictional events and actors; real country names only where a
country is the actor). Mirrored where the sides matter.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, kinds, names, one  # tests/event_coder.py

# -- doubts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("side", ["Rebels", "Soldiers"])
def test_follow_on_participles_are_the_one_attack(event_nlp: Language, side: str) -> None:
    text = f"{side} attacked a supply convoy near the river on Monday, killing four drivers and wounding six."
    assert kinds(event_nlp, text) == ["ASSAULT"]
    text = f"{side} launched raids on three towns, killing 12 people and wounding 30."
    assert kinds(event_nlp, text).count("ASSAULT") <= 1


def test_a_killing_with_no_coded_attack_before_it_stays(event_nlp: Language) -> None:
    text = "When the officers reached the farm, shots were fired at them, killing Officer Tom Reyes."
    e = one(event_nlp, text, "ASSAULT")
    assert "Reyes" in (e.target.name if e.target else "")


@pytest.mark.parametrize(
    "text",
    [
        "The ferry hit a reef and sank, killing 40 of its passengers.",
        "A bus crashed into a ravine, killing 12 pilgrims.",
        "Police arrested 12 people accused of selling bootleg liquor that killed 20 villagers.",
        "Some 80 villagers were poisoned by the contaminated water.",
        "Eleven workers have been killed by the explosive force of faulty boilers.",
        "Campaigners want fewer cyclists killed accidentally by delivery trucks.",
        "Investigators flew in to identify the victims killed by the Ruritania Air flight 17 crash.",
        "Dozens of villagers were killed by the Tarvo earthquake.",
    ],
)
def test_harm_by_things_or_accidents_is_no_assault(event_nlp: Language, text: str) -> None:
    assert "ASSAULT" not in kinds(event_nlp, text)


def test_harm_by_a_weapon_is_still_an_assault(event_nlp: Language) -> None:
    assert "ASSAULT" in kinds(event_nlp, "A roadside bomb killed six soldiers near Kandor on Friday.")


def test_armed_with_describes_no_aid(event_nlp: Language) -> None:
    assert "AID" not in kinds(event_nlp, "The police chief said the group was armed with rifles and grenades.")
    assert "AID" not in kinds(event_nlp, "The villagers armed themselves with axes.")
    e = one(event_nlp, "Iran armed the militia with rockets.", "AID")
    assert names(e) == ("Iran", "militia")


def test_a_practice_named_is_no_act(event_nlp: Language) -> None:
    text = "Unions protested against the use of charter flights in deporting asylum seekers."
    assert "COERCE" not in kinds(event_nlp, text)


def test_an_occupation_ending_is_no_seizure(event_nlp: Language) -> None:
    text = "The exiled leader says he will return to Vesna once the Ruritanian occupation has ended."
    assert "COERCE" not in kinds(event_nlp, text)


# -- repairs --------------------------------------------------------------------------------------


def test_cancelling_an_election_restricts_freedom(event_nlp: Language) -> None:
    e = one(event_nlp, "The military-backed council cancelled the presidential election in May.", "COERCE")
    assert "council" in (e.source.name if e.source else "")


@pytest.mark.parametrize("country", ["Ruritanian", "Borduvian"])
def test_seizing_an_airliner_is_a_hijacking(event_nlp: Language, country: str) -> None:
    e = one(event_nlp, f"Four men seized a {country} airliner over the sea and forced it to land in Vienna.", "ASSAULT")
    assert e.mode == "abduct"


@pytest.mark.parametrize("country", ["Greece", "Turkey"])
def test_capturing_and_annexing_a_place_is_one_seizure(event_nlp: Language, country: str) -> None:
    found = [e for e in events(event_nlp, f"{country}, which captured and annexed the island in 1950, objects.")
             if e.type == "COERCE"]  # fmt: skip
    assert len(found) == 1 and found[0].mode == "seize" and found[0].text == "captured"


def test_ready_to_deploy_is_readiness(event_nlp: Language) -> None:
    e = one(event_nlp, "The general said his army was ready to deploy troops to the border.", "MOBILIZE")
    assert "army" in (e.source.name if e.source else "")


# -- events ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("side", ["Ruritanians", "Borduvians"])
def test_driving_a_people_out_is_an_assault(event_nlp: Language, side: str) -> None:
    other = "Borduvians" if side == "Ruritanians" else "Ruritanians"
    e = one(event_nlp, f"Armed {side} drove {other} out of the valley in 1990.", "ASSAULT")
    assert e.source is not None and e.target is not None


def test_a_purpose_to_drive_out_is_no_act(event_nlp: Language) -> None:
    text = "Ruritania is moving troops to the enclave to drive them out, and then drive the Borduvians out of Vesna."
    assert "ASSAULT" not in kinds(event_nlp, text)


def test_driving_out_rebels_is_fighting(event_nlp: Language) -> None:
    e = one(event_nlp, "Government troops drove out the rebels after two days of fighting.", "ASSAULT")
    assert e.context == "military"


def test_a_fine_is_coercion(event_nlp: Language) -> None:
    e = one(event_nlp, "Judge Anna Korb fined the trader 500 dollars on Monday.", "COERCE")
    assert names(e)[0] is not None and "Korb" in (names(e)[0] or "")


def test_serving_a_term_is_detention_of_who_serves(event_nlp: Language) -> None:
    e = one(event_nlp, "In 2010 Marko Tesh served three years for robbing a bank.", "COERCE")
    assert e.source is None and "Tesh" in (e.target.name if e.target else "")
    assert "COERCE" not in kinds(event_nlp, "Marko Tesh served two terms as mayor of the town.")


def test_an_order_to_serve_or_be_held_is_the_detention(event_nlp: Language) -> None:
    e = one(event_nlp, "Marko Tesh was ordered to serve one year in a labour camp.", "COERCE")
    assert "Tesh" in (e.target.name if e.target else "")
    e = one(event_nlp, "The two suspects were ordered to be held in jail until another hearing.", "COERCE")
    assert e.source is None


def test_an_order_to_go_on_alert_is_the_orderers_mobilisation(event_nlp: Language) -> None:
    e = one(event_nlp, "The president said he had ordered the navy in the Gulf to go on high alert.", "MOBILIZE")
    assert e.source is not None


def test_a_release_after_custody_is_a_retreat(event_nlp: Language) -> None:
    e = one(event_nlp, "Lena Varo was arrested in 2001 and released after spending ten years in a jail.", "RETREAT")
    assert e.source is None and "Varo" in (e.target.name if e.target else "")
    e = one(event_nlp, "Opposition leader Lena Varo walked free on Friday after the charges were dropped.", "RETREAT")
    assert "Varo" in (e.target.name if e.target else "")
    assert "RETREAT" not in kinds(event_nlp, "Lena Varo was treated and released after the accident.")
    assert "RETREAT" not in kinds(event_nlp, "The old general is still walking free.")


@pytest.mark.parametrize("side", ["Ruritanian", "Borduvian"])
def test_police_bursting_into_a_home_is_coercion(event_nlp: Language, side: str) -> None:
    e = one(event_nlp, f"{side} police burst into the home of an opposition leader on Monday.", "COERCE")
    assert "police" in (e.source.name if e.source else "")
    assert "COERCE" not in kinds(event_nlp, "The children burst into the room laughing.")


def test_forces_bracing_for_a_crowd_mobilise(event_nlp: Language) -> None:
    e = one(event_nlp, "Riot police were bracing for thousands of protesters on Sunday.", "MOBILIZE")
    assert "police" in (e.source.name if e.source else "")
    assert "MOBILIZE" not in kinds(event_nlp, "Farmers were bracing for a long drought.")


def test_locked_in_a_room_and_taken_away(event_nlp: Language) -> None:
    e = one(event_nlp, "Security agents locked the editor in a room for six hours.", "COERCE")
    assert "editor" in (e.target.name if e.target else "")
    e = one(event_nlp, "Soldiers took the two journalists away on Tuesday.", "COERCE")
    assert "journalists" in (e.target.name if e.target else "")
    assert "COERCE" not in kinds(event_nlp, "The waiters took the plates away.")


def test_charged_in_a_reduced_passive(event_nlp: Language) -> None:
    e = one(event_nlp, "Five men appeared in court on Monday charged with air piracy.", "COERCE")
    assert "men" in (e.target.name if e.target else "")
    assert "COERCE" not in kinds(event_nlp, "The new office was set up in May, charged with the task of audits.")


def test_an_attempt_on_someones_life_is_an_assault(event_nlp: Language) -> None:
    e = one(event_nlp, "An ETA attempt on the governor's life failed in 1990.", "ASSAULT")
    assert e.source is not None or e.target is not None
