"""Criticism and other verbal acts as political news says them (``events/political_speech.py``):
sentences of our own with fictional politicians, mirrored so that each rule fires alike for either
party and either side, and each rule with sentences where it must not fire."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, names  # tests/event_coder.py

#: (speaker, party, criticised, party): each pair both ways round, either side of politics
PAIRS = [
    ("Jane Holt", "Democratic", "Mark Dunn", "Republican"),
    ("Mark Dunn", "Republican", "Jane Holt", "Democratic"),
]


def _accusations(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [names(e) for e in events(nlp, text) if e.type == "ACCUSE"]


@pytest.mark.parametrize(("a", "pa", "b", "pb"), PAIRS)
def test_words_judged_offensive_are_criticism_of_their_author(
    event_nlp: Language, a: str, pa: str, b: str, pb: str
) -> None:
    text = f'{pa} Senator {a} released a statement on Monday saying: "'
    text += f"{pb} Governor {b}'s remarks were offensive and wrong.\""
    assert _accusations(event_nlp, text) == [(a, b)]


@pytest.mark.parametrize(("a", "pa", "b", "pb"), PAIRS)
def test_said_evaluation_of_an_actor(event_nlp: Language, a: str, pa: str, b: str, pb: str) -> None:
    assert _accusations(event_nlp, f"{a} said {b} was reckless and dishonest.") == [(a, b)]
    found = [e for e in events(event_nlp, f"{a} said {b} was reckless and dishonest.") if e.type == "ACCUSE"]
    assert found[0].text == "reckless" and found[0].voice == "outlet"


@pytest.mark.parametrize(("a", "b"), [("Ohio", "Mark Dunn"), ("Oregon", "Jane Holt")])
def test_finding_a_law_disturbing(event_nlp: Language, a: str, b: str) -> None:
    text = f'"I find {a}\'s new voting law disturbing," Governor {b} said in a statement.'
    assert _accusations(event_nlp, text) == [(b, a)]


@pytest.mark.parametrize(("a", "pa", "b", "pb"), PAIRS)
def test_reckless_administration_in_a_quote(event_nlp: Language, a: str, pa: str, b: str, pb: str) -> None:
    last = b.split()[-1]
    text = f'"We must defeat the failed and reckless {last} administration," Senator {a} said in a statement.'
    found = _accusations(event_nlp, text)
    assert len(found) == 1 and found[0][0] == a and last in (found[0][1] or "")


@pytest.mark.parametrize(("a", "pa", "b", "pb"), PAIRS)
def test_saddened_by_a_claim(event_nlp: Language, a: str, pa: str, b: str, pb: str) -> None:
    pronoun = "she" if a.startswith("Jane") else "he"  # "Mark Dunn said that she ..." is someone else
    text = f'{a} said on Monday that {pronoun} was "saddened by {b}\'s claim that farmers are criminals."'
    assert _accusations(event_nlp, text) == [(a, b)]


@pytest.mark.parametrize(("a", "pa", "b", "pb"), PAIRS)
def test_a_critique_offered_is_no_promise(event_nlp: Language, a: str, pa: str, b: str, pb: str) -> None:
    text = f"{a} offered a harsh critique of Governor {b}'s tax plan in a speech on Friday."
    found = events(event_nlp, text)
    assert [(e.type, *names(e)) for e in found] == [("ACCUSE", a, b)]


@pytest.mark.parametrize(("a", "pa", "b", "pb"), PAIRS)
def test_figurative_attacks(event_nlp: Language, a: str, pa: str, b: str, pb: str) -> None:
    assert _accusations(event_nlp, f"{a} hammered {b} for being weak on crime.") == [(a, b)]
    group = {"Democratic": "Democrats", "Republican": "Republicans"}[pa]
    assert [(e.type, *names(e)) for e in events(event_nlp, f"{group} may regret shunning {b}.")] == [
        ("REJECT", group, b)
    ]


@pytest.mark.parametrize(("a", "pa", "b", "pb"), PAIRS)
def test_encouraged_to_act_is_an_appeal(event_nlp: Language, a: str, pa: str, b: str, pb: str) -> None:
    text = f"Senator {a} encouraged Governor {b} on Sunday to listen to the teachers' union."
    assert [(e.type, *names(e)) for e in events(event_nlp, text)] == [("REQUEST", a, b)]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Holt said the storm was destructive.",  # a thing, not an actor
        "Mark Dunn said the cuts would be devastating to older voters.",  # policy talk
        "Jane Holt said Mark Dunn was not wrong about the budget.",  # negated
        '"I was wrong," Mark Dunn said.',  # the speaker on themselves
        "Mark Dunn's remarks were offensive.",  # the outlet's own words: no speaker
        "Mark Dunn's remarks were offensive, critics say.",  # no named speaker
        "Jane Holt said the markets were disappointing this week.",
        "The failed coup left Mark Dunn in power.",
        "Jane Holt was encouraged by the results.",
        'Farmers to Governor Jane Holt: "Mark Dunn\'s plan is reckless"',  # Holt is addressed, not speaking
        "The storm hammered the coast for hours.",
    ],
)
def test_no_criticism_without_a_speaker_and_an_actor_judged(event_nlp: Language, text: str) -> None:
    assert _accusations(event_nlp, text) == []
    assert [e.type for e in events(event_nlp, text) if e.type in ("REQUEST", "REJECT")] == []


@pytest.mark.parametrize("who", ["Mark Dunn", "Jane Holt"])
def test_a_plea_in_court_is_no_request(event_nlp: Language, who: str) -> None:
    assert events(event_nlp, f"{who} pleaded guilty to fraud charges on Tuesday.") == []
    assert events(event_nlp, f"{who} pleaded not guilty to the charges.") == []


def test_a_plea_for_help_is_still_a_request(event_nlp: Language) -> None:
    found = events(event_nlp, "The mayor of Veldt pleaded with the Norvalian government for aid.")
    assert "REQUEST" in [e.type for e in found]


@pytest.mark.parametrize("who", ["Holt", "Dunn"])
def test_a_class_of_people_is_no_actor(event_nlp: Language, who: str) -> None:
    found = events(event_nlp, f'"I don\'t support people who attack my family," {who} said.')
    assert [e.type for e in found if e.type in ("ASSAULT", "SUPPORT")] == []


def test_a_pledge_signed_is_a_promise(event_nlp: Language) -> None:
    found = events(event_nlp, "Republican candidates signed a promise not to run as independents.")
    assert "SUPPORT" not in [e.type for e in found]
    found = events(event_nlp, "Democratic candidates signed a promise not to run as independents.")
    assert "SUPPORT" not in [e.type for e in found]
