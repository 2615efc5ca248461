"""Precision on real pages, round 6 (``events/page_precision.py`` and the actor fixes beside it): ordinary
prose that is no political event, and sources a real page showed wrong. Fictional sentences of our own,
mirrored where a party could matter. A wrong event is worse than none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, names, one  # tests/event_coder.py

VIOLENT = ("ASSAULT", "FIGHT")


@pytest.mark.parametrize("party", ["Labour", "Conservative"])
def test_came_under_fire_for_is_criticism(event_nlp: Language, party: str) -> None:
    text = f"The ministers came under fire from a former {party} whip for failing to brief the committee."
    found = events(event_nlp, text)
    assert [e.type for e in found if e.type in VIOLENT] == []
    e = one(event_nlp, text, "ACCUSE")
    assert e.mode == "disapprove" and names(e)[1] == "ministers"


def test_came_under_fire_over_a_plan_is_criticism(event_nlp: Language) -> None:
    text = "The Ostrava mayor came under fire from opposition councillors over the housing plan."
    assert [e.type for e in events(event_nlp, text)] == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Troops came under fire from rebels near the border town of Kesh.", "Troops"),
        ("Rebels came under fire from government troops near the border town of Kesh.", "Rebels"),
    ],
)
def test_troops_under_fire_are_shot_at(event_nlp: Language, text: str, target: str) -> None:
    found = [e for e in events(event_nlp, text) if e.type in VIOLENT]
    assert len(found) == 1 and names(found[0])[1] == target


@pytest.mark.parametrize(
    "text",
    [
        "Karim Osei fought the new tax law in the courts for three years.",
        "Doctors in Varna fought the cholera outbreak for months.",
        "Her campaign said Lena Varga fought the eviction policy while she was mayor.",
    ],
)
def test_fighting_a_thing_is_no_combat(event_nlp: Language, text: str) -> None:
    assert [e.type for e in events(event_nlp, text) if e.type in VIOLENT] == []


@pytest.mark.parametrize("a, b", [("rebels", "government troops"), ("government troops", "rebels")])
def test_fighting_someone_is_still_combat(event_nlp: Language, a: str, b: str) -> None:
    found = [e for e in events(event_nlp, f"The {a} fought {b} near Kesh on Sunday.") if e.type in VIOLENT]
    assert found and names(found[0]) == (a, b)


@pytest.mark.parametrize(
    "text",
    [
        "The two farmers alleged that Osei had asked them to guard his cattle.",
        "The witnesses alleged that around midnight they heard the hunter scream.",
    ],
)
def test_alleging_what_happened_accuses_no_one(event_nlp: Language, text: str) -> None:
    assert [e.type for e in events(event_nlp, text)] == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The opposition alleged that the minister had taken bribes from a builder.", "opposition", "minister"),
        ("The minister alleged that the opposition leader had lied about his income.", "minister", "leader"),
        (
            "Prosecutors alleged that Osei brought the rifle to the square and calmly aimed and shot the guard.",
            "Prosecutors",
            "Osei",
        ),
        ("The inspector alleged that Varga made unauthorized payments to the contractor.", "inspector", "Varga"),
    ],
)
def test_alleging_a_misdeed_is_an_accusation(event_nlp: Language, text: str, source: str, target: str) -> None:
    e = one(event_nlp, text, "ACCUSE")
    s, t = names(e)
    assert s is not None and source in s and t is not None and target in t


def test_bank_lending_is_no_aid(event_nlp: Language) -> None:
    text = "Once lenders got going, banks started making more and more loans to buyers."
    assert [e.type for e in events(event_nlp, text) if e.type == "AID"] == []


def test_a_loan_to_a_state_is_aid(event_nlp: Language) -> None:
    e = one(event_nlp, "The World Bank made loans to Kenya to rebuild its roads.", "AID")
    assert names(e) == ("World Bank", "Kenya")


def test_coming_back_is_no_retreat(event_nlp: Language) -> None:
    text = "Lena Varga had flown to Lisbon to see her sister and returned a week later to spend the holidays at home."
    assert [e.type for e in events(event_nlp, text)] == []


@pytest.mark.parametrize(("a", "b"), [("The rebels", "Freedonia"), ("Freedonia", "the rebels")])
def test_returning_captives_is_still_a_retreat(event_nlp: Language, a: str, b: str) -> None:
    e = one(event_nlp, f"{a} returned the captured soldiers to {b}.", "RETREAT")
    assert names(e)[0] is not None


def test_a_private_visit_is_no_consultation(event_nlp: Language) -> None:
    text = "Her brother Tomas Vell travelled from Prague to meet Lena and let himself into the flat."
    assert [e.type for e in events(event_nlp, text) if e.type == "CONSULT"] == []


def test_a_minister_travelling_to_meet_is_a_consultation(event_nlp: Language) -> None:
    e = one(event_nlp, "The Freedonian foreign minister travelled to Prague to meet the Czech president.", "CONSULT")
    assert e.source is not None and "minister" in e.source.name


@pytest.mark.parametrize("name", ["Karim Osei", "Lena Varga"])
def test_a_passive_without_by_names_no_doer(event_nlp: Language, name: str) -> None:
    text = f"{name} fled to the hills and hid with a cousin, but was soon arrested."
    e = one(event_nlp, text, "COERCE")
    assert names(e) == (None, name)


def test_a_passive_with_by_names_its_doer(event_nlp: Language) -> None:
    e = one(event_nlp, "The rebel commander crossed into Sylvania and was captured by border guards.", "COERCE")
    assert names(e)[0] == "border guards"


def test_a_fronted_pronoun_is_not_the_last_person_named(event_nlp: Language) -> None:
    text = (
        "Karim Osei was jailed for fraud in 1990. A month after he resigned, Varga's deputy, Tomas Vell, "
        "pardoned his former boss."
    )
    assert [names(e) for e in events(event_nlp, text) if e.text == "resigned" and names(e)[0] == "Karim Osei"] == []


@pytest.mark.parametrize(("boss", "heir"), [("Lena Varga", "Tomas Vell"), ("Tomas Vell", "Lena Varga")])
def test_the_person_in_apposition_acts_not_the_possessor(event_nlp: Language, boss: str, heir: str) -> None:
    e = one(event_nlp, f"{boss}'s chosen successor, {heir}, pardoned the jailed journalists.", "RETREAT")
    assert names(e)[0] == heir


@pytest.mark.parametrize(
    "text",
    [
        "President Lena Varga pledged to form a commission on workplace abuse.",
        "The governor pledged to set up a committee to review the prison deaths.",
    ],
)
def test_what_is_created_is_no_target(event_nlp: Language, text: str) -> None:
    e = one(event_nlp, text, "AGREE")
    assert e.source is not None and e.target is None


def test_an_existing_body_is_a_target(event_nlp: Language) -> None:
    e = one(event_nlp, "The minister pledged to support the commission investigating the deaths.", "AGREE")
    assert names(e)[1] == "commission"


def test_a_fragment_after_a_question_asserts_nothing(event_nlp: Language) -> None:
    text = "Will the general ever write his memoirs? One that condemns the rebels of the north."
    assert [e.type for e in events(event_nlp, text)] == []


def test_a_full_sentence_after_a_question_is_asserted(event_nlp: Language) -> None:
    e = one(event_nlp, "Will the rebels attack again? Police arrested three of them on Monday.", "COERCE")
    assert names(e)[0] == "Police"


def test_found_wounded_is_a_state(event_nlp: Language) -> None:
    text = "After a short wait, they followed his trail and found him wounded and lying next to his rifle."
    assert [e.type for e in events(event_nlp, text)] == []


@pytest.mark.parametrize(("voter", "author"), [("Karim Osei", "Varga"), ("Lena Varga", "Osei")])
def test_a_vote_resulting_in_a_rejection(event_nlp: Language, voter: str, author: str) -> None:
    text = f"{voter} then cast the deciding vote, resulting in {author}'s amendment being rejected."
    e = one(event_nlp, text, "REJECT")
    assert names(e) == (voter, author)


def test_a_private_request_is_no_event(event_nlp: Language) -> None:
    text = "Osei had asked them to come along on his fishing trip, the two farmers said."
    assert [e.type for e in events(event_nlp, text)] == []


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("The police chief asked them to leave the square before dark.", "police chief"),
        ("Osei Academy administrators began messaging parents, asking them to remove their posts.", "Osei Academy"),
    ],
)
def test_an_office_asking_them_is_a_request(event_nlp: Language, text: str, asker: str) -> None:
    e = one(event_nlp, text, "REQUEST")
    assert names(e)[0] == asker


def test_a_suspicion_is_no_report(event_nlp: Language) -> None:
    text = "Lena Varga said she suspected that her predecessor, Tomas Vell, was working with Osei on a theft scheme."
    assert [e.type for e in events(event_nlp, text)] == []


@pytest.mark.parametrize("accused", ["Osei", "Varga"])
def test_a_tribunal_finding_a_misdeed_accuses(event_nlp: Language, accused: str) -> None:
    text = f"In June, the appeals tribunal of the central bank found that {accused} incurred in sexual harassment."
    e = one(event_nlp, text, "ACCUSE")
    assert names(e) == ("appeals tribunal", accused)


def test_an_office_finding_improper_acts_accuses(event_nlp: Language) -> None:
    text = "A court in Kesh found that the former governor had improperly deducted the cost of his papers."
    e = one(event_nlp, text, "ACCUSE")
    assert names(e) == ("court", "former governor")


@pytest.mark.parametrize(
    "text",
    ["Tests found that the water was safe.", "Relatives found that Osei had left the village."],
)
def test_a_finding_of_no_misdeed_accuses_no_one(event_nlp: Language, text: str) -> None:
    assert [e.type for e in events(event_nlp, text)] == []


@pytest.mark.parametrize(("held", "holder"), [("Sylvanian", "Freedonian"), ("Freedonian", "Sylvanian")])
def test_in_custody_is_detention(event_nlp: Language, held: str, holder: str) -> None:
    e = one(event_nlp, f"The {held} journalist remains in {holder} custody.", "COERCE")
    assert names(e) == (holder, f"{held} journalist")


def test_in_police_custody(event_nlp: Language) -> None:
    e = one(event_nlp, "The two men are presently in police custody.", "COERCE")
    assert names(e) == ("police", "two men")


@pytest.mark.parametrize(
    "text",
    ["The child was in the custody of her grandmother.", "The suspects could remain in custody for weeks."],
)
def test_custody_that_is_no_detention(event_nlp: Language, text: str) -> None:
    assert [e.type for e in events(event_nlp, text)] == []


def test_a_pronoun_in_custody_is_left_to_the_arrest(event_nlp: Language) -> None:
    text = "Karim Osei was detained on Monday in Kesh. He remains in police custody."
    assert [e.text for e in events(event_nlp, text)] == ["detained"]
