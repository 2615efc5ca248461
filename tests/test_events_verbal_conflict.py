"""newsprobe_events on verbal conflict (CAMEO 09-14): investigate, demand, disapprove, reject,
threaten, protest — the constructions and the precision rules added for them.

Sentences written for this file (fictional events and countries: Norvala, Corvan).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsprobe import pipeline
from newsprobe.model import Event


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline.load(["newsprobe_entities", "newsprobe_quotes", "newsprobe_dates", "newsprobe_events"])


def events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(pipeline._doc_for(nlp, pipeline.make_article(text, published="2025-03-12")))
    return list(doc._.events)


def one(nlp: Language, text: str, kind: str) -> Event:
    found = [e for e in events(nlp, text) if e.type == kind]
    assert len(found) == 1, (text, [(e.type, e.text) for e in events(nlp, text)])
    return found[0]


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
def test_protest_constructions(nlp: Language, text: str, mode: str, actor: str) -> None:
    e = one(nlp, text, "PROTEST")
    assert e.mode == mode and actor in src(e)


def test_a_navy_blockading_a_port_is_no_protest(nlp: Language) -> None:
    assert not [e for e in events(nlp, "The Norvalan navy blockaded the port of Tessa.") if e.type == "PROTEST"]


# -- threats: warnings, ultimatums, vows --------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [("Norvala", "Corvan"), ("Corvan", "Norvala")])
def test_warned_it_could_act_is_a_threat(nlp: Language, a: str, b: str) -> None:
    e = one(nlp, f"{a} warned it could expel the {b} ambassador.", "THREATEN")
    assert a in src(e)


def test_a_warned_passive_act_is_the_warners_threat(nlp: Language) -> None:
    e = one(nlp, "The police chief warned that a curfew would be imposed on the old town.", "THREATEN")
    assert "chief" in src(e)


def test_a_warning_about_someone_elses_act_is_a_prediction(nlp: Language) -> None:
    assert events(nlp, "Analysts warned that Norvala could invade Corvan.") == []
    assert events(nlp, "Officials warned of attacks by militants.") == []


def test_warned_of_a_strike_is_a_threat(nlp: Language) -> None:
    e = one(nlp, "The dockers' union warned of an indefinite strike.", "THREATEN")
    assert "union" in src(e)


def test_ultimatum_and_vow_to_retaliate(nlp: Language) -> None:
    e = one(nlp, "Norvala gave Corvan an ultimatum to withdraw its troops.", "THREATEN")
    assert "Norvala" in src(e) and tgt(e) == "Corvan"
    e = one(nlp, "Corvan vowed to retaliate.", "THREATEN")
    assert "Corvan" in src(e)
    assert not [e for e in events(nlp, "Corvan vowed to retaliate.") if e.type == "AGREE"]


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
def test_no_event(nlp: Language, text: str) -> None:
    assert events(nlp, text) == [], [(e.type, e.text) for e in events(nlp, text)]


def test_refused_to_release_is_still_a_refusal(nlp: Language) -> None:
    e = one(nlp, "Corvan refused to release the detained sailors.", "REJECT")
    assert "Corvan" in src(e)


def test_content_of_calls_is_no_act(nlp: Language) -> None:
    found = events(nlp, "The junta rejected calls to hand over power to civilians.")
    assert [e.type for e in found] == ["REJECT"]


# -- demands, accusations, investigations --------------------------------------------------------


def test_insisted_that_x_act_is_a_demand_but_a_claim_is_not(nlp: Language) -> None:
    e = one(nlp, "The union insisted that the company rehire the dismissed workers.", "REQUEST")
    assert "union" in src(e) and "company" in tgt(e)
    assert events(nlp, "The union insisted that the company had kept its word.") == []


@pytest.mark.parametrize(("a", "b"), [("Norvala", "Corvan"), ("Corvan", "Norvala")])
def test_sought_mediation_is_a_request(nlp: Language, a: str, b: str) -> None:
    e = one(nlp, f"{a} sought {b}'s backing at the summit.", "REQUEST")
    assert a in src(e) and tgt(e) == b
    assert not [e for e in events(nlp, f"{a} sought {b}'s backing at the summit.") if e.type == "SUPPORT"]


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
def test_accusations(nlp: Language, text: str, source: str, target: str) -> None:
    e = one(nlp, text, "ACCUSE")
    assert source in src(e) and target in tgt(e)


def test_alleged_that_x_attacked_reports_the_attack(nlp: Language) -> None:
    found = events(nlp, "The party alleged that police beat the protesters.")
    assert [e.type for e in found] == ["ASSAULT"] and found[0].voice == "quoted"


def test_commission_of_inquiry(nlp: Language) -> None:
    e = one(nlp, "The parliament set up a commission of inquiry into the shooting.", "ACCUSE")
    assert e.mode == "investigate" and "parliament" in src(e).lower()
