"""Recall on PLOVER-style sentences, material conflict (SANCTION, COERCE, MOBILIZE, ASSAULT): the
constructions wire copy uses for these acts (a nominal with its object, a doer named by "imposed
by", forces moving or massing, people held without charge) and the actors it names (a title with
the person in apposition, "fighters of X", "army units", "the government in <capital>").

Sentences written for this file (fictional events; real country names only where a country is the
actor). Mirrored pairs: the same act by opposite parties codes alike. Types are PLOVER 2021.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, one  # tests/event_coder.py
from newsprobe import pipeline
from newsprobe.evaluate.plover import main_event
from newsprobe.model import Event


def src(e: Event) -> str:
    return e.source.name if e.source else ""


def tgt(e: Event) -> str:
    return e.target.name if e.target else ""


# -- nominals: "announced the severing of relations with X" ----------------------------------------


@pytest.mark.parametrize(("a", "b"), [("Peru", "Chile"), ("Chile", "Peru")])
def test_severing_of_relations_is_a_sanction(event_nlp: Language, a: str, b: str) -> None:
    e = one(event_nlp, f"{a} announced the severing of diplomatic relations with {b} on Friday.", "SANCTION")
    assert (src(e), tgt(e), e.mode) == (a, b, "withdraw")


def test_ordered_withdrawal_of_a_mission_is_an_expulsion(event_nlp: Language) -> None:
    e = one(event_nlp, "The government ordered the withdrawal of the European observer mission.", "SANCTION")
    assert e.mode == "expel" and src(e) == "government"


def test_nominal_needs_its_object_and_a_doer(event_nlp: Language) -> None:
    # a withdrawal of troops is the troops' retreat, not an expulsion; a closure of a shop is nothing
    assert [e.type for e in events(event_nlp, "Kenya announced the withdrawal of its troops from Somalia.")] == [
        "RETREAT"
    ]
    assert events(event_nlp, "The company announced the closure of its shop in the old town.") == []
    # nobody named as severing them
    assert events(event_nlp, "The severing of relations was a blow to the tourism industry.") == []


# -- "the blockade imposed by the navy" ----------------------------------------------------------


@pytest.mark.parametrize(("who", "where"), [("Greek navy", "Izmir"), ("Turkish navy", "Piraeus")])
def test_event_noun_imposed_by_an_actor(event_nlp: Language, who: str, where: str) -> None:
    e = one(event_nlp, f"The blockade imposed by the {who} on the port of {where} has cut off fuel supplies.", "COERCE")
    assert src(e) == who


def test_imposed_by_is_only_for_material_acts(event_nlp: Language) -> None:
    assert events(event_nlp, "The past inquiries conducted by other universities left her unconvinced.") == []


# -- COERCE: held without charge, captives held, charges filed -------------------------------------


@pytest.mark.parametrize(("army", "held"), [("Israeli army", "Palestinian"), ("Palestinian police", "Israeli")])
def test_held_without_charge_is_detention(event_nlp: Language, army: str, held: str) -> None:
    e = one(event_nlp, f"The {army} has been holding a {held} activist without charge since May.", "COERCE")
    assert e.mode == "arrest" and tgt(e).endswith("activist")


def test_holding_people_taken_captive_is_detention(event_nlp: Language) -> None:
    doc = event_nlp(
        pipeline._doc_for(
            event_nlp,
            pipeline.make_article(
                "Rebels are still holding six engineers abducted from a dam site in March.", published="2025-03-12"
            ),
        )
    )
    found = list(doc._.events)
    main = main_event(doc, found)
    assert main is not None and (main.type, main.mode, src(main)) == ("COERCE", "arrest", "Rebels")
    assert {e.type for e in found} == {"COERCE", "ASSAULT"}  # the abduction is an event of its own


def test_holding_a_meeting_or_seats_is_no_detention(event_nlp: Language) -> None:
    assert all(e.type != "COERCE" for e in events(event_nlp, "The party is holding the seats it won in 2019."))


def test_charges_filed_by_prosecutors_are_legal_action(event_nlp: Language) -> None:
    e = one(event_nlp, "Prosecutors in Ankara filed espionage charges against a Dutch reporter.", "COERCE")
    assert (src(e), e.mode) == ("Prosecutors", "arrest") and tgt(e).endswith("reporter")


def test_charges_filed_by_others_are_no_coercion(event_nlp: Language) -> None:
    assert all(e.type != "COERCE" for e in events(event_nlp, "The opposition filed charges against the mayor."))


# -- MOBILIZE: moving to a frontier, massing, a state of alert -----------------------------------


@pytest.mark.parametrize(("side", "other"), [("Armenian", "Azerbaijan"), ("Azerbaijani", "Armenia")])
def test_army_units_moving_to_the_border_mobilise(event_nlp: Language, side: str, other: str) -> None:
    e = one(event_nlp, f"{side} army units began moving towards the border with {other} on Sunday.", "MOBILIZE")
    assert src(e).startswith(side)


def test_armed_men_massing_mobilise(event_nlp: Language) -> None:
    e = one(event_nlp, "Armed supporters of the rebel movement have been massing outside the town.", "MOBILIZE")
    assert src(e) != ""


def test_moving_or_massing_without_forces_is_nothing(event_nlp: Language) -> None:
    assert events(event_nlp, "Families began moving towards the border on Sunday.") == []
    assert events(event_nlp, "Shoppers have been massing outside the new store since dawn.") == []
    assert events(event_nlp, "The army units moved into new barracks last year.") == []


def test_state_of_alert_inside_a_long_object(event_nlp: Language) -> None:
    text = "The minister placed police at ports and stations on the highest state of alert on Friday."
    e = one(event_nlp, text, "MOBILIZE")
    assert src(e) == "minister"


def test_war_footing_mobilises(event_nlp: Language) -> None:
    one(event_nlp, "Kenya has put its army on a war footing.", "MOBILIZE")


# -- SANCTION: a mediator's role ended; COERCE: a town taken over --------------------------------


def test_ending_a_role_as_mediator_is_a_sanction(event_nlp: Language) -> None:
    e = one(event_nlp, "Qatar has ended its role as mediator between the two factions.", "SANCTION")
    assert src(e) == "Qatar"


@pytest.mark.parametrize("who", ["Rebels", "Government troops"])
def test_taking_over_a_town_is_a_seizure(event_nlp: Language, who: str) -> None:
    e = one(event_nlp, f"{who} took over the town of Kalehe on Tuesday.", "COERCE")
    assert e.mode == "seize"


def test_taking_over_a_company_or_a_post_is_nothing(event_nlp: Language) -> None:
    assert events(event_nlp, "She took over the company in 2019.") == []
    assert events(event_nlp, "The new coach took over the team last summer.") == []


# -- actors ----------------------------------------------------------------------------------


def test_title_with_a_person_in_apposition(event_nlp: Language) -> None:
    text = "Ruritania's interior minister, Boris Kalnik, imposed a curfew on the capital on Monday."
    e = one(event_nlp, text, "COERCE")
    assert src(e) == "Boris Kalnik"
    assert "minister" in e.source.mention.text if e.source else False


def test_title_of_a_country_with_a_person(event_nlp: Language) -> None:
    text = "The army commander of Fiji, Commodore Ratu Vosa, declared martial law on Tuesday."
    e = one(event_nlp, text, "COERCE")
    assert "Vosa" in src(e)


@pytest.mark.parametrize("group", ["Sudan People's Liberation Army", "National Liberation Army"])
def test_fighters_of_a_group_are_the_group(event_nlp: Language, group: str) -> None:
    e = one(event_nlp, f"Fighters of the {group} attacked an army garrison on Monday.", "ASSAULT")
    assert "Liberation Army" in src(e)


def test_militiamen_are_actors(event_nlp: Language) -> None:
    e = one(event_nlp, "Militiamen burned down the village school on Sunday.", "ASSAULT")
    assert src(e) == "Militiamen"


def test_artillery_units_are_actors_but_artillery_is_a_weapon(event_nlp: Language) -> None:
    e = one(event_nlp, "Serbian artillery units shelled the hills above the town.", "ASSAULT")
    assert src(e) == "Serbian artillery units"
    e = one(event_nlp, "Hezbollah fired artillery at Israeli positions.", "ASSAULT")
    assert tgt(e) != "artillery"
    assert all("units" not in tgt(e) for e in events(event_nlp, "Bulldozers razed 300 housing units in the district."))


def test_government_in_its_capital(event_nlp: Language) -> None:
    e = one(event_nlp, "The government in Tbilisi expelled two Russian diplomats.", "SANCTION")
    assert "Tbilisi" in src(e)
    # police in a town are only there
    e = one(event_nlp, "Police in Kutaisi arrested two Russian tourists.", "COERCE")
    assert src(e) == "Police"


def test_active_participle_object_is_no_passive_patient(event_nlp: Language) -> None:
    # the parser reads "regime killed" as "the regime (that was) killed": its object says otherwise
    found = events(event_nlp, "Militiamen loyal to the former regime killed at least forty villagers, survivors said.")
    assert all(tgt(e) != "former regime" for e in found)


# -- SANCTION: relief stopped ----------------------------------------------------------------


@pytest.mark.parametrize("who", ["World Food Programme", "International Committee of the Red Cross"])
def test_halting_food_distributions_stops_aid(event_nlp: Language, who: str) -> None:
    e = one(
        event_nlp, f"The {who} halted food distributions in the province after its warehouse was looted.", "SANCTION"
    )
    assert e.mode == "discontinue" and who.split()[-1] in src(e)


def test_halting_a_film_distribution_is_nothing(event_nlp: Language) -> None:
    assert events(event_nlp, "The studio halted distribution of the film in China.") == []
    assert events(event_nlp, "The airline cancelled two flights to Rome because of fog.") == []
