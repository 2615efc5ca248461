"""Verbal and cooperative acts as wire copy says them (``events/wire_verbal.py`` and the round-7
lexicon lines): sentences of our own with fictional actors, mirrored where a party could matter, each
rule with a sentence where it must not fire."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, names, one  # tests/event_coder.py

PAIRS = [("Norvalia", "Sylvania"), ("Sylvania", "Norvalia")]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_protest_addressed_to_a_government_is_an_accusation(event_nlp: Language, a: str, b: str) -> None:
    text = f"The {a}n embassy made a sharp protest to the {b}n government on Monday."
    found = events(event_nlp, text)
    assert [e.type for e in found] == ["ACCUSE"]
    assert a in (found[0].source.name if found[0].source else "") and b in names(found[0])[1]  # type: ignore[operator]


def test_protest_in_the_street_stays_a_protest(event_nlp: Language) -> None:
    found = events(event_nlp, "Thousands of Norvalian students held a protest outside the parliament in Veldt.")
    assert "ACCUSE" not in [e.type for e in found]


@pytest.mark.parametrize("text", [
    "The Norvalian army spokesman on Tuesday declined all comment on reports of fighting near the border.",
    "The Sylvanian foreign ministry refused comment on the report.",
])  # fmt: skip
def test_declining_comment_is_no_event(event_nlp: Language, text: str) -> None:
    assert events(event_nlp, text) == []


def test_declining_an_offer_is_still_a_rejection(event_nlp: Language) -> None:
    one(event_nlp, "The Norvalian government declined the Sylvanian offer of talks.", "REJECT")


@pytest.mark.parametrize("who", ["Norvalia", "Sylvania"])
def test_regret_for_an_incident_is_support(event_nlp: Language, who: str) -> None:
    e = one(event_nlp, f"{who} said on Friday it regretted the incident at the border post.", "SUPPORT")
    assert e.source is not None and who in e.source.name


def test_regret_for_another_party_s_act_is_not_support(event_nlp: Language) -> None:
    found = events(event_nlp, "Norvalia regretted Sylvania's decision to close the border.")
    assert "SUPPORT" not in [e.type for e in found]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_gratitude_expressed_to_someone_is_support(event_nlp: Language, a: str, b: str) -> None:
    text = f"The {a}n president expressed gratitude to {b}n prime minister Ilse Marek for help after the floods."
    e = one(event_nlp, text, "SUPPORT")
    assert names(e)[1] is not None and "Marek" in names(e)[1]  # type: ignore[operator]


def test_deal_greeted_with_dancing_is_support(event_nlp: Language) -> None:
    text = "Norvalian refugees greeted the peace agreement by singing and dancing in the camps on Sunday."
    assert [e.type for e in events(event_nlp, text)] == ["SUPPORT"]


def test_deal_greeted_with_scepticism_is_not_support(event_nlp: Language) -> None:
    text = "Norvalian refugees greeted the peace agreement with scepticism on Sunday."
    assert "SUPPORT" not in [e.type for e in events(event_nlp, text)]


@pytest.mark.parametrize("who", ["Norvalian police", "Sylvanian police"])
def test_not_letting_someone_meet_is_a_rejection_not_a_meeting(event_nlp: Language, who: str) -> None:
    text = f"{who} arrested the activist Anton Varga and would not let his lawyers meet him, the group said."
    types = [e.type for e in events(event_nlp, text)]
    assert "REJECT" in types and "CONSULT" not in types
    e = one(event_nlp, text, "REJECT")
    assert e.source is not None and "police" in e.source.name.lower()


def test_letting_someone_meet_is_no_meeting_either(event_nlp: Language) -> None:
    text = "Sylvanian police let the lawyers of the activist Anton Varga meet him on Friday."
    assert "CONSULT" not in [e.type for e in events(event_nlp, text)]


@pytest.mark.parametrize("who", ["Norvalia", "Sylvania"])
def test_denying_an_application_is_a_rejection(event_nlp: Language, who: str) -> None:
    text = f"The interior ministry of {who} on Monday denied Anton Varga's application for a travel permit."
    e = one(event_nlp, text, "REJECT")
    assert names(e)[1] is not None and "Varga" in names(e)[1]  # type: ignore[operator]


def test_denying_a_report_is_no_rejection(event_nlp: Language) -> None:
    assert events(event_nlp, "The Norvalian interior ministry on Monday denied the report.") == []


def test_petition_and_asylum_claims_are_requests(event_nlp: Language) -> None:
    text = "Anton Varga submitted a petition to the Norvalian interior ministry asking to be sent home."
    e = one(event_nlp, text, "REQUEST")
    assert names(e)[0] == "Anton Varga" and "ministry" in (names(e)[1] or "")
    one(event_nlp, "Five Sylvanian diplomats have claimed political asylum in Norvalia.", "REQUEST")


def test_promised_defiance_is_no_promise(event_nlp: Language) -> None:
    found = events(event_nlp, "Norvalian leaders promised defiance against the Sylvanian blockade.")
    assert "AGREE" not in [e.type for e in found]


@pytest.mark.parametrize("who", ["The Norvalian opposition", "The Sylvanian miners' union"])
def test_organising_a_march_is_a_protest(event_nlp: Language, who: str) -> None:
    e = one(event_nlp, f"{who} organised a march through the capital on Sunday.", "PROTEST")
    assert e.source is not None and e.text == "organised"


def test_organising_a_conference_is_no_protest(event_nlp: Language) -> None:
    text = "The Norvalian opposition organised a conference in the capital on Sunday."
    assert "PROTEST" not in [e.type for e in events(event_nlp, text)]


def test_visitor_of_during_a_visit(event_nlp: Language) -> None:
    text = "Norvalian foreign minister Ilse Marek spoke to students during a visit to Sylvania on Monday."
    e = one(event_nlp, text, "CONSULT")
    assert names(e) == ("Ilse Marek", "Sylvania")


def test_during_someone_s_visit_keeps_its_visitor(event_nlp: Language) -> None:
    text = "Norvalian police arrested ten protesters during President Tomas Brel's visit to Sylvania."
    found = [e for e in events(event_nlp, text) if e.type == "CONSULT"]
    assert all(e.source is None or "police" not in e.source.name.lower() for e in found)


def test_host_to_talks_is_a_consultation(event_nlp: Language) -> None:
    e = one(event_nlp, "Norvalia served as host to the negotiations between the two rebel groups.", "CONSULT")
    assert e.source is not None and "Norvalia" in e.source.name


def test_host_to_games_is_no_consultation(event_nlp: Language) -> None:
    assert events(event_nlp, "Norvalia served as host to the regional football championship in 2019.") == []


def test_refusing_nobody_is_no_rejection(event_nlp: Language) -> None:
    assert events(event_nlp, "She will not let it go quietly, the Norvalian minister said.") == []


def test_a_request_turned_down_stays_the_asker_s_request(event_nlp: Language) -> None:
    found = events(event_nlp, "The Norvalian president decided to deny the Sylvanian army's request for more fuel.")
    assert sorted(e.type for e in found) == ["REJECT", "REQUEST"]


@pytest.mark.parametrize("who", ["Norvalia", "Sylvania"])
def test_a_day_after_called_on_is_no_addressee(event_nlp: Language, who: str) -> None:
    e = one(event_nlp, f"{who} called on Saturday for calm in the border camps.", "REQUEST")
    assert e.source is not None and who in e.source.name


def test_called_on_someone_still_needs_what_is_asked(event_nlp: Language) -> None:
    assert events(event_nlp, "The Norvalian minister called on her at home on Saturday.") == []


def test_it_was_agreed_with_someone(event_nlp: Language) -> None:
    e = one(event_nlp, '"It was agreed with Tomas Brel yesterday," the Norvalian envoy said.', "AGREE")
    assert names(e)[1] == "Tomas Brel"
    assert events(event_nlp, "It was agreed that the meeting would be held in the spring.") == []


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_talks_said_to_continue_are_the_speaker_s(event_nlp: Language, a: str, b: str) -> None:
    text = f'"Talks with the {b}n government are continuing," the {a}n foreign ministry said.'
    e = one(event_nlp, text, "CONSULT")
    assert a in (names(e)[0] or "") and b in (names(e)[1] or "")


def test_talks_between_others_are_not_the_speaker_s(event_nlp: Language) -> None:
    text = '"Talks between the two rebel groups are continuing," the Norvalian foreign ministry said.'
    assert all(e.source is None or "ministry" not in e.source.name for e in events(event_nlp, text))


def test_speaking_verb_joined_to_a_time_clause_about_a_thing(event_nlp: Language) -> None:
    text = (
        "The Sylvanian defector, who left the ship after the vessel docked in Veldt on Monday and then "
        "appealed for asylum, met officials on Tuesday."
    )
    e = one(event_nlp, text, "REQUEST")
    assert e.source is not None and e.source.mention.start < len("The Sylvanian defector")  # not the vessel


def test_time_clause_with_an_actor_keeps_its_subject(event_nlp: Language) -> None:
    text = "The Norvalian envoy left the hall after the Sylvanian minister arrived and then condemned the vote."
    e = one(event_nlp, text, "ACCUSE")
    assert e.source is not None and "minister" in e.source.name


def test_discussion_of_a_topic_is_no_meeting(event_nlp: Language) -> None:
    assert events(event_nlp, "The remarks came before Tomas Brel's discussion of the Sylvanian trade deal.") == []


@pytest.mark.parametrize("text", [
    "The Norvalian police department fired two officers on Monday after the inquiry.",
    "In 2019 the Sylvanian Writers' Guild gave its annual award to Ilse Marek.",
])  # fmt: skip
def test_a_date_is_no_particle(event_nlp: Language, text: str) -> None:
    # "fired ... on Monday" is no "fired on", "gave ... in 2019" no "gave in"
    assert [e.type for e in events(event_nlp, text) if e.type in ("ASSAULT", "CONCEDE")] == []


@pytest.mark.parametrize("who", ["Tomas Brel", "Ilse Marek"])
def test_answering_someone_s_call_to_act(event_nlp: Language, who: str) -> None:
    text = f"Thousands of Norvalians are expected to answer {who}'s call on Monday to come to the capital on Friday."
    e = one(event_nlp, text, "REQUEST")
    assert e.text == "call" and names(e)[0] == who


def test_a_call_one_makes_is_a_telephone_call(event_nlp: Language) -> None:
    text = "The Norvalian minister made a call to check on the hostages."
    assert "REQUEST" not in [e.type for e in events(event_nlp, text)]


def test_a_visit_only_once_a_condition_holds_is_no_promise(event_nlp: Language) -> None:
    text = "The Norvalian president says he will only visit Sylvania once the blockade has ended."
    assert "AGREE" not in [e.type for e in events(event_nlp, text)]
    one(event_nlp, "The Norvalian president says he will visit Sylvania next month.", "AGREE")


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_deal_made_with_someone_is_agreement(event_nlp: Language, a: str, b: str) -> None:
    e = one(event_nlp, f"{a} made an interim peace deal with {b} in 2019.", "AGREE")
    assert names(e) == (a, b)


def test_a_medal_awarded_is_support(event_nlp: Language) -> None:
    e = one(event_nlp, "The Norvalian government awarded Ilse Marek a medal for her work.", "SUPPORT")
    assert names(e)[1] == "Ilse Marek"


@pytest.mark.parametrize("text", [
    "Tomas Brel made a great deal of money from his book about the Norvalian army.",
    "I predicted last week that the Norvalian president would make a deal with Sylvania.",
    'As the paper asked in March, "Will Norvalia Make a Deal with Sylvania on the Border?," talks are stalled.',
    "The Norvalian rebels awarded cash prizes in shooting contests.",
])  # fmt: skip
def test_no_deal_and_no_honour(event_nlp: Language, text: str) -> None:
    assert [e.type for e in events(event_nlp, text) if e.type in ("AGREE", "SUPPORT")] == []


def test_an_honour_to_a_relative_s_antecedent(event_nlp: Language) -> None:
    text = "Reporters asked about Ilse Marek, the Norvalian poet who was awarded a prize by Sylvania."
    e = one(event_nlp, text, "SUPPORT")
    assert names(e)[1] == "Ilse Marek" and "Sylvania" in (names(e)[0] or "")
