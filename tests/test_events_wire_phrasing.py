"""Wire phrasings the rules read since the broad-coverage round: journeys made for talks, harm vowed
against someone, a price the other side "will pay", a country's negotiating team, parts of a force
("remnants of", "elements of") and named military units moved. Each is checked both ways round (the same
act coded the same way whoever does it) and against the nearest reading that must stay out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, kinds, main, names

SIDES = [("Norvala", "Estavia"), ("Estavia", "Norvala"), ("Israel", "Hezbollah"), ("Hezbollah", "Israel")]

#: (sentence with {a} doing it to {b}, PLOVER 2021 type of its main event, {b} is the target)
ACTS = [
    ("A delegation from {a} flew to Geneva on Saturday for talks with {b}.", "CONSULT", True),
    ("Officials from {a} arrived in Doha for negotiations with {b} on Monday.", "CONSULT", True),
    ("{a} vowed to crush {b} after the border raid.", "THREATEN", True),
    ("{a} warned {b} it would pay a heavy price for any attack.", "THREATEN", True),
    ('"{b} will pay a heavy price," the leader of {a} said on Sunday.', "THREATEN", True),
    ("{a} moved two armoured brigades to the border with {b}.", "MOBILIZE", False),
    ("{a} said it would not hesitate to strike {b}.", "THREATEN", True),
    ("{a} said {b} would face serious consequences for the raid.", "THREATEN", True),
    ("{a} sent a team of doctors to {b} after the earthquake.", "AID", True),
]


@pytest.mark.parametrize(("template", "kind", "targeted"), ACTS)
def test_wire_phrasing_is_coded_whoever_does_it(
    event_nlp: Language, template: str, kind: str, targeted: bool
) -> None:
    shapes = []
    for a, b in SIDES:
        text = template.format(a=a, b=b)
        found = [e for e in events(event_nlp, text) if e.type == kind]
        assert len(found) == 1, (text, [(e.type, e.text, names(e)) for e in events(event_nlp, text)])
        source, target = names(found[0])
        assert source is not None and a in source, (text, source)
        if targeted:
            assert target is not None and b in target, (text, target)
        shapes.append((found[0].mode, found[0].voice, found[0].text))
    assert len(set(shapes)) == 1, shapes


def test_a_journey_for_talks_follows_its_verb(event_nlp: Language) -> None:
    # planned: an intent to meet (AGREE, as "will visit" is); not made: nothing
    planned = main(event_nlp, "The Estavian president will travel to Moscow next week for talks with Vladimir Putin.")
    assert planned is not None and planned.type == "AGREE"
    assert kinds(event_nlp, "The Estavian minister did not travel to Moscow for talks with Vladimir Putin.") == []
    # no named other side: a trip, not talks with anyone
    assert "CONSULT" not in kinds(event_nlp, "The minister flew to Geneva on Saturday for talks.")


def test_vowed_harm_needs_someone_harmed(event_nlp: Language) -> None:
    event = main(event_nlp, "The police chief vowed to deal mercilessly with anyone taking part in the protests.")
    assert event is not None and event.type == "THREATEN"
    for promise in (
        "The ruling party vowed to wipe out corruption within a year.",
        "The minister vowed to deal with the housing shortage.",
    ):
        event = main(event_nlp, promise)
        assert event is not None and event.type == "AGREE", (promise, event)


def test_parts_of_a_force_and_negotiating_teams_are_actors(event_nlp: Language) -> None:
    event = main(event_nlp, "The Palestinian negotiating team walked out of the talks on Monday.")
    assert event is not None and names(event)[0] == "Palestinian negotiating team"
    event = main(event_nlp, "The Israeli negotiating team walked out of the talks on Monday.")
    assert event is not None and names(event)[0] == "Israeli negotiating team"
    event = main(event_nlp, "Elements of the army attacked the village on Tuesday.")
    assert event is not None and event.source is not None
    # "marine" names no unit: a company moving its marine division is no mobilisation
    assert kinds(event_nlp, "The company moved its marine division to Texas.") == []


def test_new_conflict_entries_keep_their_limits(event_nlp: Language) -> None:
    found = [(e.type, *names(e)) for e in events(event_nlp, "Rebels hurled insults at the governor of Kessal.")]
    assert found and found[0][0] == "ACCUSE"
    assert kinds(event_nlp, "The company tore down its old warehouse to build flats.") == []
    assert kinds(event_nlp, "Police warned of an attack by militants on the capital.") == []


#: the nearest readings that are no threat: a price as a price or a forecast, resolve about no force or
#: against nobody, a schedule given to no party
NOT_THREATS = [
    "The central bank said consumers would pay a higher price for fuel next year.",
    "The central bank said consumers would pay a high price for fuel next year.",
    "The minister said the rebels might pay a price one day.",
    "The company paid a heavy price for the error, the minister said.",
    "Voters will pay the price for the cuts.",
    "The minister did not hesitate to use force against the protesters.",  # past: an act of its own
    "The minister said he would not hesitate to resign.",
    "The government will not tolerate corruption.",
    "The company reserved the right to appeal the ruling.",
    "The proposal would be met with resistance, analysts said.",
    "The minister said the country would face the consequences of climate change.",
    "The minister gave reporters a day to file their stories.",
    "The company gave its staff a week to prepare.",
]


@pytest.mark.parametrize("text", NOT_THREATS)
def test_a_threat_needs_force_promised_against_someone(event_nlp: Language, text: str) -> None:
    assert "THREATEN" not in kinds(event_nlp, text), text


def test_resolve_said_by_a_warner(event_nlp: Language) -> None:
    found = [(e.type, *names(e)) for e in events(
        event_nlp, "The Estavian government was warned by Israel that further violations would not be tolerated."
    )]  # fmt: skip
    assert found == [("THREATEN", "Israel", "Estavian government")], found
    event = main(event_nlp, "Israel warned that any attack on its territory would be met with a crushing response.")
    assert event is not None and event.type == "THREATEN" and names(event)[0] == "Israel"


def test_a_deadline_to_a_force_is_an_ultimatum_whoever_gives_it(event_nlp: Language) -> None:
    pairs = [("Norvala", "Estavian"), ("Estavia", "Norvalan"), ("Israel", "Hezbollah"), ("Hezbollah", "Israeli")]
    for a, b in pairs:
        text = f"{a} gave {b} forces 48 hours to withdraw from the border."
        found = [(e.type, *names(e)) for e in events(event_nlp, text)]
        assert found == [("THREATEN", a, f"{b} forces")], (text, found)
