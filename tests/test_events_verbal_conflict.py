"""newsprobe_events on verbal conflict (CAMEO 09-14): investigate, demand, disapprove, reject,
threaten, protest — the constructions and the precision rules added for them.

Sentences written for this file (fictional events and countries: Norvala, Corvan).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, one  # tests/event_coder.py
from newsprobe.model import Event


def src(e: Event) -> str:
    return f"{e.source.name} | {e.source.mention.text}" if e.source else ""


def tgt(e: Event) -> str:
    return e.target.name if e.target else ""


# -- protest: phrasal verbs with a prepositional object, split nouns ----------------------------


@pytest.mark.parametrize(
    ("text", "mode", "actor"),
    [
        ("Farmers took to the streets of Velmar.", "demo", "Farmers"),
        ("Port workers went on strike.", "boycott", "Port workers"),
        ("Two detained reporters went on hunger strike.", "hunger", "reporters"),
        ("Nurses walked out over unpaid wages.", "boycott", "Nurses"),
        ("Teachers held a sit-in at the ministry.", "demo", "Teachers"),
        ("Climate activists blockaded the entrance to the refinery.", "obstruct", "activists"),
    ],
)
def test_protest_constructions(event_nlp: Language, text: str, mode: str, actor: str) -> None:
    e = one(event_nlp, text, "PROTEST")
    assert e.mode == mode and actor in src(e)


def test_a_navy_blockading_a_port_is_no_protest(event_nlp: Language) -> None:
    assert not [e for e in events(event_nlp, "The Norvalan navy blockaded the port of Tessa.") if e.type == "PROTEST"]


# -- threats: warnings, ultimatums, vows --------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [("Norvala", "Corvan"), ("Corvan", "Norvala")])
def test_warned_it_could_act_is_a_threat(event_nlp: Language, a: str, b: str) -> None:
    e = one(event_nlp, f"{a} warned it could expel the {b} ambassador.", "THREATEN")
    assert a in src(e)


def test_a_warned_passive_act_is_the_warners_threat(event_nlp: Language) -> None:
    e = one(event_nlp, "The police chief warned that a curfew would be imposed on the old town.", "THREATEN")
    assert "chief" in src(e)


def test_a_warning_about_someone_elses_act_is_a_prediction(event_nlp: Language) -> None:
    assert events(event_nlp, "Analysts warned that Norvala could invade Corvan.") == []
    assert events(event_nlp, "Officials warned of attacks by militants.") == []


def test_warned_of_a_strike_is_a_threat(event_nlp: Language) -> None:
    e = one(event_nlp, "The dockers' union warned of an indefinite strike.", "THREATEN")
    assert "union" in src(e)


def test_ultimatum_and_vow_to_retaliate(event_nlp: Language) -> None:
    e = one(event_nlp, "Norvala gave Corvan an ultimatum to withdraw its troops.", "THREATEN")
    assert "Norvala" in src(e) and tgt(e) == "Corvan"
    e = one(event_nlp, "Corvan vowed to retaliate.", "THREATEN")
    assert "Corvan" in src(e)
    assert not [e for e in events(event_nlp, "Corvan vowed to retaliate.") if e.type == "AGREE"]


# -- not asserted: may/might/could, whether/if, nobody, declined to comment -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Norvala may expel the Corvan envoy.",
        "It is not clear whether Corvan will reject the plan.",
        "If the talks collapse, the opposition might call for a general strike.",
        "No government condemned the raid on the camp.",
        "The spokesman declined to comment on the allegations.",
        "The minister refused to say whether Norvala would lodge a complaint.",
    ],
)
def test_no_event(event_nlp: Language, text: str) -> None:
    assert events(event_nlp, text) == [], [(e.type, e.text) for e in events(event_nlp, text)]


def test_refused_to_release_is_still_a_refusal(event_nlp: Language) -> None:
    e = one(event_nlp, "Corvan refused to release the detained sailors.", "REJECT")
    assert "Corvan" in src(e)


def test_content_of_calls_is_no_act(event_nlp: Language) -> None:
    found = events(event_nlp, "The junta rejected calls to hand over power to civilians.")
    assert [e.type for e in found] == ["REJECT"]


# -- demands, accusations, investigations --------------------------------------------------------


def test_insisted_that_x_act_is_a_demand_but_a_claim_is_not(event_nlp: Language) -> None:
    e = one(event_nlp, "The union insisted that the company rehire the dismissed workers.", "REQUEST")
    assert "union" in src(e) and "company" in tgt(e)
    assert events(event_nlp, "The union insisted that the company had kept its word.") == []


@pytest.mark.parametrize(("a", "b"), [("Norvala", "Corvan"), ("Corvan", "Norvala")])
def test_sought_mediation_is_a_request(event_nlp: Language, a: str, b: str) -> None:
    e = one(event_nlp, f"{a} sought {b}'s backing at the summit.", "REQUEST")
    assert a in src(e) and tgt(e) == b
    assert not [e for e in events(event_nlp, f"{a} sought {b}'s backing at the summit.") if e.type == "SUPPORT"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A court found the former governor guilty of fraud.", "court", "governor"),
        ("Norvala rallied its allies against Corvan.", "Norvala", "Corvan"),
        ("Corvan rallied its allies against Norvala.", "Corvan", "Norvala"),
        ("The opposition alleged that the mayor had rigged the tender.", "opposition", "mayor"),
        ("Corvan voiced strong displeasure with Norvala.", "Corvan", "Norvala"),
        ("The families brought a case against the mining company.", "families", "company"),
    ],
)
def test_accusations(event_nlp: Language, text: str, source: str, target: str) -> None:
    e = one(event_nlp, text, "ACCUSE")
    assert source in src(e) and target in tgt(e)


def test_alleged_that_x_attacked_reports_the_attack(event_nlp: Language) -> None:
    found = events(event_nlp, "The party alleged that police beat the protesters.")
    assert [e.type for e in found] == ["ASSAULT"] and found[0].voice == "quoted"


def test_commission_of_inquiry(event_nlp: Language) -> None:
    e = one(event_nlp, "The parliament set up a commission of inquiry into the shooting.", "ACCUSE")
    assert e.mode == "investigate" and "parliament" in src(e).lower()
