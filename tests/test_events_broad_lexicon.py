"""The broad-coverage lexicon entries (the blocks headed "broad-coverage entries" in
``newsprobe/components/data/events/*.tsv``): drafted from the CAMEO code names, vetted on real
articles. Each family is checked on sentences written for the tests, both ways round (the same act
coded the same way whoever does it), and the wrong readings found on real articles while vetting
them are pinned as sentences of our own that must give no such event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, kinds, main, mirrored, names
from newsprobe.components.event_lexicon import TYPE_2021, lexicon

#: (sentence with {a} doing it to {b}, PLOVER 2021 type of its main event)
ACTS = [
    ("{a} shuttered the consulate of {b} on Monday.", "SANCTION"),
    ("{a} put {b} on notice that its aid could be cut.", "THREATEN"),
    ("Troops from {a} rained shells on border villages in {b} overnight.", "ASSAULT"),
    ("Police in {a} took dozens of migrants from {b} into custody on Friday.", "COERCE"),
    ("The foreign minister of {a} heaped praise on the government of {b}.", "SUPPORT"),
    ("The government of {a} pointed the finger at {b} over the pipeline blast.", "ACCUSE"),
    ("{a} lodged a formal protest with the ambassador of {b}.", "ACCUSE"),
    ("{a} torpedoed the trade deal with {b} on Tuesday.", "REJECT"),
    ("The air force of {a} scrambled two jets to intercept a plane from {b}.", "MOBILIZE"),
    ("{a} swapped prisoners with {b} on Sunday.", "RETREAT"),
    ("The president of {a} rolled out the red carpet for the leader of {b}.", "CONSULT"),
    ("{a} bowed to pressure from {b} and reopened the border crossing.", "CONCEDE"),
]

@pytest.mark.parametrize(("template", "kind"), ACTS)
def test_broad_entries_code_the_act_whoever_does_it(event_nlp: Language, template: str, kind: str) -> None:
    mirrored(event_nlp, template, kind)


def test_broad_entries_name_the_doer(event_nlp: Language) -> None:
    event = main(event_nlp, "Norvala shuttered the consulate of Estavia on Monday.")
    assert event is not None and names(event)[0] == "Norvala"
    event = main(event_nlp, "Federal prosecutors subpoenaed the governor's campaign on Tuesday.")
    assert event is not None and event.type == "ACCUSE" and event.mode == "investigate"


#: wrong readings seen on real articles while vetting, rewritten as sentences of our own
NOT_EVENTS = [
    ("Answering this survey gives you access to our newsletter free of charge.", None),
    ("Residents displaced by the storm were allowed to vote by email.", None),
    ("The economist offered a cautious prediction that growth would return.", None),
    ("A local dealer sold ammunition to the gunman a month before the attack.", "AID"),
    ("The embassy says it is taking the issue seriously.", "ACCUSE"),
    ("The labour force (employed plus looking for work) grew by 2 percent.", None),
    ("Police ended the protest in the capital.", "CONCEDE"),
    ("The students staged the strike on the campus.", None),
]


@pytest.mark.parametrize(("text", "kind"), NOT_EVENTS)
def test_wrong_readings_seen_while_vetting_stay_out(event_nlp: Language, text: str, kind: str | None) -> None:
    found = kinds(event_nlp, text)
    if kind is None:
        assert found == [], (text, found)
    else:
        assert kind not in found, (text, found)


def test_warned_to_still_reads_as_a_demand(event_nlp: Language) -> None:
    """ "warn" has lexicon entries now ("warned of a crushing response"); "warned X to do Y" must
    still be a demand of the warner on the warned."""
    found = [(e.type, *names(e)) for e in events(event_nlp, "The United States warned the Kurds to call off the vote.")]
    assert ("REQUEST", "United States", "Kurds") in found
    assert "THREATEN" in kinds(event_nlp, "Estavia warned of a crushing response if Norvala sent troops.")


def test_lexicon_rows_are_well_formed() -> None:
    lex = lexicon()
    working = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND",
               "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
               "-"}  # fmt: skip
    codes = [*lex.verbs.values(), *lex.nouns.values()]
    codes += [code for table in lex.phrases.values() for code in table.values()]
    assert {kind for kind, _ in codes} <= working
    assert set(TYPE_2021) <= working
    for key in lex.verbs:
        assert key.count("_") <= 2, key  # two particles at most ("stand_up_for"): the matcher reads no more
    for key in lex.phrases:
        assert key.count("_") <= 1, key  # a verb + object entry reads one particle or preposition
    for key in (*lex.verbs, *lex.phrases):
        assert key == key.lower() and " " not in key, key
