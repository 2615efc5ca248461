"""Recall on PLOVER-style wire copy, cooperative side (AGREE, CONSULT, SUPPORT, COOPERATE, AID,
CONCEDE, RETREAT): one test per rule added for it, with sentences written for this file (fictional
events; mirrored pairs where the parties could be swapped) and the prose each rule must leave alone.
The development set is ``tests/data/events_cameo/plover_coop.jsonl``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, kinds, main  # tests/event_coder.py
from newsprobe.model import Event


def source_text(e: Event | None) -> str:
    assert e is not None and e.source is not None
    return f"{e.source.mention.text} | {e.source.name}"


# --- actors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Kalvoria has agreed to open talks with Serbia on the disputed border, its foreign ministry said.",
            "Kalvoria",
        ),
        ("Serbia has agreed to open talks with Kalvoria on the disputed border, its foreign ministry said.", "Serbia"),
    ],
)
def test_an_unknown_name_as_subject_is_an_actor(event_nlp: Language, text: str, who: str) -> None:
    e = main(event_nlp, text)
    assert e is not None and e.type == "AGREE"
    assert who in source_text(e)


def test_a_title_with_the_person_in_apposition(event_nlp: Language) -> None:
    e = main(
        event_nlp, "Chile's interior minister, Ana Rojas, resigned on Monday after weeks of protests, officials said."
    )
    assert e is not None and e.type == "CONCEDE"
    assert "Rojas" in source_text(e) and "Chile" in source_text(e)


def test_descriptive_groups_act(event_nlp: Language) -> None:
    e = main(event_nlp, "Volunteers from a Danish charity distributed blankets to refugees at the border on Sunday.")
    assert e is not None and e.type == "AID" and "Volunteers" in source_text(e)
    e = main(
        event_nlp, "Latvian and Estonian intelligence services have started sharing information on smuggling rings."
    )
    assert e is not None and e.type == "COOPERATE" and "services" in source_text(e)


def test_they_after_a_group_the_parser_read_as_a_meeting(event_nlp: Language) -> None:
    e = main(event_nlp, "The Gulf foreign ministers meeting in Doha said they would back the Omani bid for the post.")
    assert e is not None and e.type == "AGREE" and "ministers" in source_text(e)


def test_a_trailing_participle_is_done_by_the_main_subject(event_nlp: Language) -> None:
    text = (
        "Former Ghanaian president Kwesi Ampofo launched a mediation effort between the government of Togo "
        "and the opposition on Monday, holding separate talks with both sides in Lome."
    )
    found = [e for e in events(event_nlp, text) if e.text == "holding"]
    assert len(found) == 1 and found[0].type == "CONSULT" and "Ampofo" in source_text(found[0])


# --- constructions --------------------------------------------------------------------------------


def test_a_campaign_to_act_is_the_act(event_nlp: Language) -> None:
    e = main(
        event_nlp,
        "Kenyan officials launched a diplomatic campaign on Monday to rally African support for their candidate.",
    )
    assert e is not None and e.type == "SUPPORT" and "officials" in source_text(e)
    # a bid may fail: no act
    assert "SUPPORT" not in kinds(
        event_nlp, "Kenyan officials made a bid to rally African support for their candidate."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Serbia and Kosovo held a new round of talks in Brussels on Tuesday, EU officials said.",
        "Kosovo and Serbia held a new round of talks in Brussels on Tuesday, EU officials said.",
    ],
)
def test_a_round_of_talks(event_nlp: Language, text: str) -> None:
    e = main(event_nlp, text)
    assert e is not None and e.type == "CONSULT" and e.source is not None


def test_aspect_verbs_under_a_hope_are_no_act(event_nlp: Language) -> None:
    text = "Relief agencies are hoping to begin delivering food to the stranded villages next week."
    assert "AID" not in kinds(event_nlp, text)
    assert "AID" in kinds(event_nlp, "Relief agencies began delivering food to the stranded villages on Monday.")


def test_a_trip_to_meet_is_a_visit(event_nlp: Language) -> None:
    e = main(event_nlp, "A delegation of Bolivian senators travelled to Lima on Friday to meet Peruvian officials.")
    assert e is not None and e.type == "CONSULT" and "senators" in source_text(e)
    assert "CONSULT" not in kinds(event_nlp, "The senator flew to Lima on Friday to attend a football match.")
    assert "CONSULT" not in kinds(event_nlp, "The senator will fly to Lima next week to meet Peruvian officials.")


def test_a_reduced_passive_with_by_names_who_gave(event_nlp: Language) -> None:
    e = main(event_nlp, "Five hundred tonnes of wheat donated by Kazakhstan arrived in the port of Aden on Monday.")
    assert e is not None and e.type == "AID" and "Kazakhstan" in source_text(e)
    # an author, not an act
    assert kinds(event_nlp, "The forum, proposed by Senator Ruth Adler, was one of the items on the agenda.") == []


# --- lexicon: hosting, cooperation, aid -----------------------------------------------------------


def test_welcoming_visitors_is_hosting(event_nlp: Language) -> None:
    e = main(event_nlp, "Egypt's president welcomed a Sudanese delegation to Cairo on Sunday for two days of talks.")
    assert e is not None and e.type == "CONSULT" and e.text == "welcomed"
    e = main(event_nlp, "Egypt's president welcomed Sudan's decision to reopen the border.")
    assert e is not None and e.type == "SUPPORT"


def test_information_handed_to_someone_is_cooperation(event_nlp: Language) -> None:
    e = main(event_nlp, "Polish prosecutors handed over bank records to Lithuanian investigators on Tuesday.")
    assert e is not None and e.type == "COOPERATE"
    e = main(event_nlp, "Lithuanian prosecutors handed over bank records to Polish investigators on Tuesday.")
    assert e is not None and e.type == "COOPERATE"
    # telling the press is no cooperation
    assert "COOPERATE" not in kinds(event_nlp, "The ministry provided details of the plan to reporters on Monday.")


def test_information_promised_to_nobody_is_no_agreement(event_nlp: Language) -> None:
    # a spokesman promising the press more news is a statement, not an agreement to cooperate
    assert kinds(event_nlp, "The police spokesman said he will provide more information in due course.") == []
    e = main(event_nlp, "Polish prosecutors will hand over the bank records to Lithuanian investigators next week.")
    assert e is not None and e.type == "AGREE"


def test_pooling_and_working_together(event_nlp: Language) -> None:
    assert main(event_nlp, "Chile and Peru began pooling their fisheries research on Monday.").type == "COOPERATE"  # type: ignore[union-attr]
    e = main(event_nlp, "Engineers from Laos and Vietnam are working together on a study of the river.")
    assert e is not None and e.type == "COOPERATE"


def test_extradition_to_a_capital_hung_on_the_object(event_nlp: Language) -> None:
    e = main(event_nlp, "Spanish police extradited a Dutch man wanted for fraud to Amsterdam on Friday.")
    assert e is not None and e.type == "COOPERATE" and e.target is not None and "Amsterdam" in e.target.name


def test_troops_sent_to_join_peacekeepers_are_aid(event_nlp: Language) -> None:
    e = main(event_nlp, "Nepal has sent 600 soldiers to join the United Nations peacekeeping force in Lebanon.")
    assert e is not None and (e.type, e.context) == ("AID", "peacekeeping")
    e = main(event_nlp, "Nepal has sent 600 soldiers to the border with India.")
    assert e is None or e.type != "AID"


def test_lending_money_is_aid(event_nlp: Language) -> None:
    e = main(event_nlp, "The Saudi Fund for Development has lent Jordan 50 million dollars to build a water plant.")
    assert e is not None and (e.type, e.context) == ("AID", "economic")


# --- lexicon: concessions and retreats ------------------------------------------------------------


def test_dissenters_ending_their_sit_in_concede(event_nlp: Language) -> None:
    e = main(event_nlp, "Hundreds of teachers ended a two-week sit-in outside the ministry on Friday.")
    assert e is not None and e.type == "CONCEDE"
    e = main(event_nlp, "Riot police ended a two-week sit-in outside the ministry on Friday.")
    assert e is None or e.type != "CONCEDE"


def test_easing_a_trade_ban_is_retreat_an_administrative_one_concede(event_nlp: Language) -> None:
    e = main(event_nlp, "Moldova has lifted its ban on imports of Romanian pork, the agriculture ministry said.")
    assert e is not None and (e.type, e.mode) == ("RETREAT", "ease")
    e = main(event_nlp, "Moldova has lifted its ban on opposition rallies, the interior ministry said.")
    assert e is not None and e.type == "CONCEDE"


def test_meeting_someones_demand_concedes(event_nlp: Language) -> None:
    e = main(event_nlp, "The governor met the strikers' demands on Monday.")
    assert e is not None and e.type == "CONCEDE"
    assert kinds(event_nlp, "The new plant will help the utility meet demand for electricity.") == []
    assert "CONSULT" not in kinds(event_nlp, "The ministry met the deadline for the budget, officials said.")


def test_legalising_a_party_concedes(event_nlp: Language) -> None:
    e = main(event_nlp, "The interior ministry legalised the opposition Democratic Union on Tuesday.")
    assert e is not None and e.type == "CONCEDE"
    assert "CONCEDE" not in kinds(event_nlp, "Parliament legalised cannabis for medical use on Tuesday.")


def test_dropping_a_rise_concedes_and_handing_in_weapons_retreats(event_nlp: Language) -> None:
    e = main(event_nlp, "The Ecuadorean government has scrapped a planned rise in bus fares after a week of strikes.")
    assert e is not None and e.type == "CONCEDE"
    e = main(event_nlp, "About 400 rebel fighters handed in their weapons to African Union monitors on Saturday.")
    assert e is not None and (e.type, e.mode) == ("RETREAT", "disarm")


# --- no-event prose the recall rules must leave alone ---------------------------------------------


def test_an_absence_of_release_is_no_refusal(event_nlp: Language) -> None:
    text = "The junta has not released any jailed reporters since the election, press groups said."
    assert kinds(event_nlp, text) == []
    e = main(event_nlp, "The junta refused to release the jailed reporters, press groups said.")
    assert e is not None and e.type == "REJECT"


def test_a_stance_described_is_no_act(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The senator's support for the treaty was never in doubt, her aides said.") == []


# --- visits, deals, relations, food aid -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Malaysian premier paid a two-day visit to Brunei last week, officials said.",
        "The Bruneian sultan paid a two-day visit to Malaysia last week, officials said.",
        "The Malaysian foreign minister is on a visit to Jakarta, the ministry said.",
    ],
)
def test_paying_or_being_on_a_visit(event_nlp: Language, text: str) -> None:
    e = main(event_nlp, text)
    assert e is not None and e.type == "CONSULT" and e.source is not None


def test_striking_a_deal_and_restoring_relations(event_nlp: Language) -> None:
    e = main(event_nlp, "Chad and Niger struck a deal on grazing rights on Friday, the ministry said.")
    assert e is not None and e.type == "AGREE"
    e = main(event_nlp, "Qatar restored diplomatic relations with Bahrain on Tuesday.")
    assert e is not None and e.type == "SUPPORT" and e.target is not None


def test_staple_food_given_or_received_is_aid_but_not_when_shipped(event_nlp: Language) -> None:
    e = main(event_nlp, "Malawi received 10,000 tonnes of maize from Zambia, aid officials said.")
    assert e is not None and e.type == "AID" and "Zambia" in source_text(e)
    assert "AID" not in kinds(event_nlp, "Thailand shipped two million tonnes of rice to Indonesia last year.")


def test_a_title_parsed_apart_from_the_name_stays_in_the_mention(event_nlp: Language) -> None:
    text = (
        "Kuwayt's emir, Sheikh Jaber bin Ahmad al-Sabah launched a mediation effort on Sunday between Oman and Yemen."
    )
    e = main(event_nlp, text)
    assert e is not None and e.type == "CONSULT"
    assert "emir" in source_text(e)


@pytest.mark.parametrize(
    "text",
    [
        "The Georgian prime minister received a team of inspectors from the IAEA on Monday.",
        "The Armenian president received a mission of observers from the OSCE on Monday.",
        "Armenia hosted OSCE observers during the vote, the commission said.",
    ],
)
def test_receiving_monitors_lets_them_in(event_nlp: Language, text: str) -> None:
    e = main(event_nlp, text)
    assert e is not None and (e.type, e.mode) == ("RETREAT", "access")
    e = main(event_nlp, "The Georgian prime minister received a delegation of businessmen from Turkey on Monday.")
    assert e is not None and e.type == "CONSULT"


def test_meeting_with_a_summary_set_off_by_a_comma(event_nlp: Language) -> None:
    text = "The leaders of Peru and Chile met in Lima on Friday, their first encounter since the dispute began."
    e = main(event_nlp, text)
    assert e is not None and e.type == "CONSULT"
