"""Recall on PLOVER-style wire copy, second round on AID, COOPERATE, THREATEN and MOBILIZE
(``components/events/recall_aidco.py`` and the aidco2 lexicon lines): one test per rule, with
sentences written for this file (fictional events; mirrored pairs where the parties could be swapped)
and the prose each rule must leave alone (commercial lending, sales, risks, plans).
The development set is ``tests/data/events_cameo/plover_aid_coop2.jsonl``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, main  # tests/event_coder.py
from newsprobe.model import Event


def coded(event_nlp: Language, text: str, kind: str, source: str) -> Event:
    found = main(event_nlp, text)
    assert found is not None and found.type == kind, (text, found and (found.type, found.text))
    assert found.source is not None and source in f"{found.source.mention.text} {found.source.name}", (
        text, found.source,
    )  # fmt: skip
    return found


# --- AID -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("giver", "taker"), [("Norway", "Malawi"), ("Malawi", "Norway")]
)
def test_public_money_disbursed_or_transferred_is_economic_aid(event_nlp: Language, giver: str, taker: str) -> None:
    found = coded(event_nlp, f"{giver} disbursed a first tranche of 40 million dollars to {taker} on Monday.", "AID",
                  giver)
    assert found.context == "economic" and found.target is not None and taker in found.target.name
    coded(event_nlp, f"{giver} transferred 90 million euros in budget support to {taker} last week.", "AID", giver)


def test_debt_written_off_by_a_state_is_aid(event_nlp: Language) -> None:
    coded(event_nlp, "Canada has written off 300 million dollars of debt owed by Haiti, officials said.", "AID",
          "Canada")


@pytest.mark.parametrize(
    "text",
    [
        "The bank has extended a 50 million dollar credit facility to the mining company.",
        "The lender wrote off 2 billion dollars of debt owed by the retailer.",
        "Airbus delivered 12 aircraft to the budget airline last month.",
    ],
)
def test_commercial_money_and_sales_are_no_event(event_nlp: Language, text: str) -> None:
    assert events(event_nlp, text) == [], [(e.type, e.text) for e in events(event_nlp, text)]


def test_boats_handed_to_a_navy_are_military_aid_but_a_seized_ship_returned_is_not(event_nlp: Language) -> None:
    coded(event_nlp, "The Japanese government handed over three patrol boats to the Philippine navy on Friday.",
          "AID", "Japanese")
    found = main(event_nlp, "Iran handed over the seized tanker to the British navy on Friday.")
    assert found is None or found.type != "AID"


def test_relief_flown_or_handed_out(event_nlp: Language) -> None:
    coded(event_nlp, "The Red Cross said it had flown 20 tonnes of medicine into the flooded province.", "AID",
          "Red Cross")
    coded(event_nlp, "Turkey's relief agency handed out food parcels to displaced families in Idlib.", "AID",
          "Turkey")


def test_troops_contributed_and_relief_guarded_are_peacekeeping(event_nlp: Language) -> None:
    coded(event_nlp, "Ghana has contributed a battalion of 600 troops to the United Nations force in Mali.", "AID",
          "Ghana")
    coded(event_nlp, "Peacekeepers from Nepal have been guarding camps for displaced people near Goma.", "AID",
          "Peacekeepers")
    assert not [e for e in events(event_nlp, "Police guarded the parliament building on Monday.") if e.type == "AID"]


def test_accepting_an_asylum_request_grants_asylum(event_nlp: Language) -> None:
    found = coded(event_nlp, "Chile accepted a request for asylum from a former Peruvian minister on Tuesday.",
                  "AID", "Chile")
    assert found.mode == "asylum" or found.context == "asylum" or found.cameo == "075"


def test_a_team_arriving_to_treat_victims_is_aid(event_nlp: Language) -> None:
    coded(event_nlp, "A Mexican medical team arrived in the city on Monday to treat victims of the earthquake.",
          "AID", "Mexican")


# --- COOPERATE -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [("Ghana", "Togo"), ("Togo", "Ghana")])
def test_joint_acts_and_work_done_together(event_nlp: Language, a: str, b: str) -> None:
    coded(event_nlp, f"The armies of {a} and {b} have set up a joint command to coordinate their patrols.",
          "COOPERATE", a)
    coded(event_nlp, f"{a} and {b} are jointly building a bridge across the river, officials said.", "COOPERATE", a)
    coded(event_nlp, f"{a} is developing a solar plant in partnership with {b}, the minister said.", "COOPERATE", a)
    coded(event_nlp, f"{a} and {b} connected their power grids on Saturday.", "COOPERATE", a)


@pytest.mark.parametrize(
    "text",
    [
        "A joint gas pipeline between the two countries has never got beyond the planning stage.",
        "The two ministers issued a joint statement after the meeting.",
        "The company has been developing a new engine together with its suppliers.",
    ],
)
def test_joint_words_that_are_no_cooperation(event_nlp: Language, text: str) -> None:
    assert not [e for e in events(event_nlp, text) if e.type == "COOPERATE"], text


@pytest.mark.parametrize(("trainer", "trainee"), [("French", "Malian"), ("Malian", "French")])
def test_training_another_states_forces_is_cooperation(event_nlp: Language, trainer: str, trainee: str) -> None:
    coded(event_nlp, f"{trainer} instructors have trained 500 {trainee} officers since 2015.", "COOPERATE", trainer)
    assert not events(event_nlp, f"{trainer} instructors have trained 500 {trainer} officers since 2015.")


def test_files_opened_tips_and_extradition_from_a_state(event_nlp: Language) -> None:
    coded(event_nlp, "Italian prosecutors have given their Albanian counterparts access to the files on the case.",
          "COOPERATE", "Italian")
    coded(event_nlp, "Dutch intelligence tipped off Belgian police about a planned attack.", "COOPERATE", "Dutch")
    coded(event_nlp, "A man wanted in France was extradited to Paris from Spain on Monday.", "COOPERATE", "Spain")
    assert not [e for e in events(event_nlp, "The minister gave reporters access to the files.")
                if e.type == "COOPERATE"]  # fmt: skip


# --- THREATEN ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [("Pakistan", "Indian"), ("India", "Pakistani")])
def test_own_forces_in_a_statement_make_the_speakers_threat(event_nlp: Language, a: str, b: str) -> None:
    coded(event_nlp, f"{a}'s army chief said his forces would shoot down any {b} aircraft that crossed the border.",
          "THREATEN", a)


def test_the_warners_own_service_and_revenge_vowed(event_nlp: Language) -> None:
    coded(event_nlp, "The police chief warned protesters that officers would use live ammunition.", "THREATEN",
          "police")
    coded(event_nlp, "The rebel leader vowed revenge against the army for the killing of his brother.", "THREATEN",
          "leader")


def test_ultimatums_with_or_face(event_nlp: Language) -> None:
    coded(event_nlp, "The government told striking doctors to return to work or face dismissal.", "THREATEN",
          "government")
    coded(event_nlp, "The ministry warned the radio station that it faced closure if it kept broadcasting.",
          "THREATEN", "ministry")


@pytest.mark.parametrize(
    "text",
    [
        "A powerful storm threatened the northern coast on Tuesday, the weather service said.",
        "Rising fuel prices threaten to push thousands of farmers into debt, the report said.",
    ],
)
def test_a_risk_is_no_threat(event_nlp: Language, text: str) -> None:
    assert events(event_nlp, text) == [], [(e.type, e.text) for e in events(event_nlp, text)]


# --- MOBILIZE ------------------------------------------------------------------------------------


def test_forces_drafted_in_on_alert_and_garrisons_reinforced(event_nlp: Language) -> None:
    coded(event_nlp, "Authorities drafted in 3,000 police officers to the port city ahead of the vote.", "MOBILIZE",
          "Authorities")
    coded(event_nlp, "Thai police went on maximum alert in Bangkok after the bombing.", "MOBILIZE", "police")
    coded(event_nlp, "Peru has reinforced its garrisons along the border with 2,000 soldiers.", "MOBILIZE", "Peru")
