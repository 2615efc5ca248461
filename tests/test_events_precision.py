"""Precision rules found by coding real news pages blind (fictional sentences of our own, one or more
per rule; mirrored actors where a party could matter). A wrong event is worse than none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, names  # tests/event_coder.py


def test_negation_covers_the_coordinated_verb(event_nlp: Language) -> None:
    text = "His brother said Tomas Vell never robbed or killed anyone in Ostrava."
    assert [e.type for e in events(event_nlp, text) if e.text in ("killed", "robbed")] == []


@pytest.mark.parametrize("name", ["Karim Osei", "Lena Varga"])
def test_possessor_of_an_arrest_is_the_one_arrested(event_nlp: Language, name: str) -> None:
    found = [
        e
        for e in events(event_nlp, f"After {name}'s arrest, the deputy mayor took charge of the city.")
        if e.text == "arrest"
    ]
    assert found and all(names(e) == (None, name) for e in found)


def test_possessor_with_an_of_object_is_still_the_actor(event_nlp: Language) -> None:
    found = [
        e
        for e in events(event_nlp, "Freedonia's arrest of three Sylvanian journalists drew protests.")
        if e.text == "arrest"
    ]
    assert found and found[0].source is not None and found[0].source.name == "Freedonia"


@pytest.mark.parametrize(
    "text",
    [
        "The governor will discuss with the cabinet the way forward in continuing to support the new council.",
        "Ministers debated plans for attacking the rebel positions near the border.",
    ],
)
def test_a_topic_of_discussion_is_no_event(event_nlp: Language, text: str) -> None:
    assert [e.type for e in events(event_nlp, text) if e.type not in ("CONSULT", "AGREE")] == []


def test_a_cited_investigation_is_no_event(event_nlp: Language) -> None:
    text = "The clinics ran out of fuel last week, according to an investigation by the Daily Harbour newspaper."
    assert [e for e in events(event_nlp, text) if e.text == "investigation"] == []


def test_a_police_investigation_is_still_one(event_nlp: Language) -> None:
    assert any(
        e.type == "ACCUSE" for e in events(event_nlp, "Police launched an investigation into the mayor of Ostrava.")
    )


def test_meeting_needs_is_no_meeting(event_nlp: Language) -> None:
    text = "The supplies sent to the clinic did not meet the basic needs of its surgeons."
    assert [e.type for e in events(event_nlp, text)] == []


def test_a_place_that_shut_down_was_not_closed_by_anyone(event_nlp: Language) -> None:
    text = "Twelve clinics in the province have shut down since the fighting began."
    assert all(e.type != "COERCE" for e in events(event_nlp, text))
    closed = [
        e for e in events(event_nlp, "Police shut down the opposition newspaper in Ostrava.") if e.type == "COERCE"
    ]
    assert closed and closed[0].source is not None and closed[0].source.name == "Police"


@pytest.mark.parametrize("side,other", [("Indian", "Pakistani"), ("Pakistani", "Indian")])
def test_damage_by_airstrikes_is_the_attack(event_nlp: Language, side: str, other: str) -> None:
    text = f"The {other} Red Crescent Hospital in the border town has been damaged by {side} airstrikes."
    found = events(event_nlp, text)
    assert [e.type for e in found] in (["ASSAULT"], ["FIGHT"]), [(e.type, e.text) for e in found]
    assert found[0].source is not None and found[0].source.name == side


def test_damage_from_an_attack_is_not_a_second_event(event_nlp: Language) -> None:
    text = "The clinic was damaged when Sylvanian airstrikes hit the nearby market."
    assert all(e.type != "COERCE" for e in events(event_nlp, text))


def test_a_pronoun_object_is_not_the_attacker(event_nlp: Language) -> None:
    text = "The guard was at the gate when a masked gunman discharged several shots at him."
    found = [e for e in events(event_nlp, text) if e.type == "ASSAULT"]
    assert found and all(e.target is None or e.target.name != e.source.name for e in found if e.source)


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Customs officers busted a smuggling ring operating out of the port of Lagos.", "COERCE"),
        ("Two gunmen discharged their weapons at the shopkeeper.", "ASSAULT"),
    ],
)
def test_real_page_lexicon(event_nlp: Language, text: str, kind: str) -> None:
    assert kind in [e.type for e in events(event_nlp, text)]


@pytest.mark.parametrize("side,other", [("Indian", "Pakistani"), ("Pakistani", "Indian")])
def test_warned_to_act_is_a_demand(event_nlp: Language, side: str, other: str) -> None:
    found = [
        e
        for e in events(event_nlp, f"The {side} army warned {other} villagers to leave the area.")
        if e.text == "warned"
    ]
    assert [e.type for e in found] == ["REQUEST"]
    assert found[0].source is not None and side in found[0].source.name


def test_warned_of_a_danger_is_no_demand(event_nlp: Language) -> None:
    assert [
        e for e in events(event_nlp, "Doctors warned that the clinic could close within days.") if e.text == "warned"
    ] == []


def test_held_on_charges_is_an_arrest(event_nlp: Language) -> None:
    found = [
        e for e in events(event_nlp, "Police held Marta Kovac at the airport on fraud charges.") if e.text == "held"
    ]
    assert [e.type for e in found] == ["COERCE"] and found[0].mode == "arrest"
    assert [e.type for e in events(event_nlp, "The two presidents held talks on the trade charges.")] != ["COERCE"]


def test_they_is_not_the_single_speaker(event_nlp: Language) -> None:
    text = "The clinic director spoke to reporters. “They just want to help us with paperwork,” he said."
    assert all(e.source is None or e.source.name != "The clinic director" for e in events(event_nlp, text))


def test_a_participle_object_is_not_its_own_attacker(event_nlp: Language) -> None:
    text = "The porter was approached by a masked gunman who fired at him, fatally wounding him."
    for e in events(event_nlp, text):
        assert e.target is None or "gunman" not in e.target.name, (e.type, e.text, e.target)


@pytest.mark.parametrize("caller", ["The Freedonian bar association", "The Sylvanian bar association"])
def test_called_for_someone_to_be_given_is_an_appeal(event_nlp: Language, caller: str) -> None:
    text = f"{caller} called for Lena Varga and Karim Osei to be given a fair trial."
    found = [e for e in events(event_nlp, text) if e.text == "called"]
    assert [e.type for e in found] == ["REQUEST"] and found[0].source is not None


def test_a_plan_calling_for_is_no_appeal(event_nlp: Language) -> None:
    assert [
        e
        for e in events(event_nlp, "The new budget calls for the clinics to be given more staff.")
        if e.text == "calls"
    ] == []


# -- found by a diff over 260 real articles after the PLOVER-style recall rules


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian police released the report on the shooting on Friday.",
        "A preliminary report released by the Sylvanian police on Friday lists seven victims.",
        "The images released by the space agency show the far side of the moon.",
        "The army released the names of the dead soldiers.",
    ],
)
def test_releasing_a_document_is_no_release(event_nlp: Language, text: str) -> None:
    assert [e.type for e in events(event_nlp, text)] == []


@pytest.mark.parametrize("captor", ["Freedonian troops", "Sylvanian rebels"])
def test_releasing_people_is_a_release(event_nlp: Language, captor: str) -> None:
    found = [e for e in events(event_nlp, f"{captor} released 20 prisoners on Friday.") if e.type == "RETREAT"]
    assert found and found[0].mode == "release" and found[0].source is not None


def test_rounding_up_money_is_no_arrest(event_nlp: Language) -> None:
    text = "The mayor was making his own efforts to round up money for the bid."
    assert [e.type for e in events(event_nlp, text)] == []
    assert "COERCE" in [e.type for e in events(event_nlp, "The rebels rounded up dozens of villagers.")]


@pytest.mark.parametrize(
    "headline",
    ["Freedonian Bloggers Banned From Entering Sylvania", "Sylvanian Bloggers Banned From Entering Freedonia"],
)
def test_a_headline_participle_is_passive(event_nlp: Language, headline: str) -> None:
    # the bloggers are the ones banned, never the banners
    found = events(event_nlp, headline)
    assert all(e.source is None for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "O God, in your infinite mercy, forgive the sinners of this town.",
        "Plague Outbreak Has Already Killed 57 And Infected Over 600",
    ],
)
def test_no_actor_from_a_prayer_or_a_title_case_headline(event_nlp: Language, text: str) -> None:
    assert [e for e in events(event_nlp, text) if e.source is not None] == []


@pytest.mark.parametrize("party", ["The Freedonian government", "The Sylvanian government"])
def test_an_abandoned_promise_is_no_agreement(event_nlp: Language, party: str) -> None:
    text = f"{party} lied to voters, abandoning its own promises to cut taxes."
    assert [e.type for e in events(event_nlp, text)] == []


def test_a_pledge_to_act_is_not_the_act(event_nlp: Language) -> None:
    text = "Russia kept its pledge to withdraw troops from the border."
    assert "RETREAT" not in [e.type for e in events(event_nlp, text)]


@pytest.mark.parametrize("who", ["The Freedonian foreign ministry", "The Sylvanian foreign ministry"])
def test_rejecting_a_report_denies_it_and_refuses_nothing(event_nlp: Language, who: str) -> None:
    assert [e.type for e in events(event_nlp, f"{who} dismissed the claims as baseless.")] == []
    assert [e.type for e in events(event_nlp, f"{who} rejected the proposal on Monday.")] == ["REJECT"]


@pytest.mark.parametrize("who", ["the Freedonian former minister", "the Sylvanian former minister"])
def test_found_not_guilty_accuses_no_one(event_nlp: Language, who: str) -> None:
    assert [e.type for e in events(event_nlp, f"The court found {who} not guilty of fraud.")] == []
    assert [e.type for e in events(event_nlp, f"The court found {who} guilty of fraud.")] == ["ACCUSE"]


# -- found on the last held-out real pages, after they were scored (they are development data now)


def test_a_negated_passive_with_nobody_refusing_is_no_rejection(event_nlp: Language) -> None:
    assert events(event_nlp, "Rest assured that your data will not be shared with any other party.") == []
    found = events(event_nlp, "The Freedonian government refused to share the data with Sylvania.")
    assert [e.type for e in found] == ["REJECT"]


@pytest.mark.parametrize("party", ["Freedonian", "Sylvanian"])
def test_the_chances_of_an_act_are_not_the_act(event_nlp: Language, party: str) -> None:
    text = f"The chances of {party} troops returning the seized land to the farmers remain remote."
    assert [e.type for e in events(event_nlp, text)] == []


def test_a_participle_shares_its_main_clause_s_doubt(event_nlp: Language) -> None:
    assert events(event_nlp, "Pubs would be closed giving the nation breathing space, the minister said.") == []
    found = events(event_nlp, "The Freedonian army withdrew from the town, leaving the rebels in control.")
    assert [e.type for e in found] == ["RETREAT"]


def test_an_aspect_verb_s_gerund_keeps_its_own_reading(event_nlp: Language) -> None:
    text = "The militia has vowed that it will start killing Freedonian soldiers once the truce ends."
    assert "THREATEN" in [e.type for e in events(event_nlp, text)]
