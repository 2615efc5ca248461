"""A third word-sense round: a fresh random sample of 60 events coded on real pages (PTC, BASIL, PolNeAR
dev), read by hand before any rule was written, and a batch of wire-style sentences of our own. The
sentences here are written for the tests, in the shape of what the sample showed; each rule sits beside a
sentence of the same shape that keeps its event.

No event: a body "charged with protecting" something (a task, not a charge), a request "to elaborate" or
"for comment" (a reporter's question, declined or not), what an imperative "Imagine ..." pictures, what
"almost" happened ("almost hit him"; "nearly killed" keeps its attack); then (a second sample) a
"bipartisan appeal" (a pull, no plea), a retreat hosted, a platform offered, "is recognized as a true Pope"
(a standing, not an act).

Roles and voice: "charged X with murdering Y" is X's act, claimed by whoever charged X; a dateline parsed
as a subject ("WASHINGTON -- The U.S. Attorney's office has subpoenaed") is no actor, but a subject set off
by dashes is ("Many Democrats - who stayed silent - came out"); "investigators on the Clinton case" do not
make Clinton an investigator; "a former FBI agent" is not the FBI; support "for X" and opposition voiced
"to X's plan" name X; "a sailor pardoned by Trump says he's suing" is the sailor's suit."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import check_not_read, check_roles, events, kinds, mirrored_roles

NO_SUCH_EVENT = [
    ("The cable said the Harbour Brigade, the group charged with protecting the consulate, was compromised.",
     "ACCUSE"),
    ("The police unit charged with guarding the minister was disbanded.", "ACCUSE"),
    ("A spokesperson for Ruiz declined the newspaper's request to elaborate on the statement.", "REJECT"),
    ("The senator's office did not respond to the Herald's request for comment.", "REQUEST"),
    ("Imagine a house of monks attending regional conference meetings.", "CONSULT"),
    ("The guard almost hit the senator.", "ASSAULT"),
    ("The two sides nearly signed a deal in March.", "SUPPORT"),
    # the second sample
    ("Analysts said geopolitical factors have contributed to elevating Norvala's bipartisan appeal.", "REQUEST"),
    ("Representative Ana Ruiz represents the Ohio district that will host the retreat.", "AGREE"),
    ("The network offered Senator Ruiz a platform to attack her rivals.", "AGREE"),
    ("Moreover, Benedict IX himself is recognized as a true Pope during three separate periods.", "SUPPORT"),
    # the last sample
    ("Brandt now enjoys an academic position at, and funding from, the Harbour Council.", "AID"),
    ("Governor Ruiz on Wednesday visited another bridge in need of repair to promote her jobs plan.", "CONSULT"),
    ("I don't know any citizen who is a felon and could get away with killing someone with a stolen gun.",
     "ASSAULT"),
    ("Fox said, as a taxpayer, he is not willing to fund Ruiz's big idea.", "AGREE"),
    ("The reference was removed at the request of the State Department; the CIA agreed with that decision.",
     "AGREE"),
]


@pytest.mark.parametrize(("text", "kind"), NO_SUCH_EVENT)
def test_third_sense_round_gives_no_such_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # the same words, done
        ("Police charged the man with murdering his wife.", "ACCUSE", "Police", "man"),
        ("Prosecutors charged the governor with overseeing a bribery scheme.", "ACCUSE", "Prosecutors", "governor"),
        ("Iran declined the American request to release the sailors.", "REJECT", "Iran", None),
        ("The gunman nearly killed the guard.", "ASSAULT", "gunman", "guard"),
        ("Russia attacked Poland, officials said.", "ASSAULT", "Russia", "Poland"),
        ("The Pope appealed for an end to the fighting.", "REQUEST", "Pope", None),
        ("Jordan will host the Iraqi foreign minister next week.", "AGREE", "Jordan", "Iraqi foreign minister"),
        ("The ministry offered the rebels an amnesty.", "AGREE", "ministry", "rebels"),
        ("Albania recognized Kosovo as an independent state.", "SUPPORT", "Albania", "Kosovo"),
        ("The Saudi government is funding rebels in Syria.", "AID", "Saudi", "rebels"),
        ("Governor Ruiz visited Kenya on Friday.", "CONSULT", "Ruiz", "Kenya"),
        ("The soldier who killed two civilians was arrested.", "ASSAULT", "soldier", "civilians"),
        ("Iran said it is willing to meet the envoy.", "AGREE", "Iran", "envoy"),
        ("Iran agreed with Iraq on a ceasefire.", "AGREE", "Iran", "Iraq"),
        # wire wording of our own
        ("China expressed support for Pakistan.", "SUPPORT", "China", "Pakistan"),
        ("Bolivia voiced its support for Venezuela at the summit.", "SUPPORT", "Bolivia", "Venezuela"),
        ("France provided military training to the Rwandan army.", "AID", "France", "Rwandan army"),
        ("The army rounded up hundreds of suspected rebel sympathisers.", "COERCE", "army", "sympathisers"),
        ("China voiced strong opposition to the sale of American weapons to Taiwan.", "REJECT", "China", None),
        # roles
        ("KABUL, Afghanistan — Taliban fighters attacked a police post on Monday.", "ASSAULT", "Taliban", None),
        ("Many other Democrats – who stayed silent after the accusations emerged – came out in support of Ford.",
         "SUPPORT", "Democrats", "Ford"),
    ],
)
def test_third_sense_round_keeps_what_is_done(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    check_roles(event_nlp, text, kind, source, target)


def test_what_someone_is_charged_with_is_their_act_and_a_claim(event_nlp: Language) -> None:
    """ "Police charged the man with murdering his wife": the man's act, claimed by the police."""
    found = [e for e in events(event_nlp, "Police charged the man with murdering his wife.") if e.type == "ASSAULT"]
    assert found and found[0].source is not None and found[0].source.name == "man"
    assert found[0].voice == "quoted" and found[0].claimed_by is not None and found[0].claimed_by.name == "Police"
    text = "The man was charged with assaulting a police officer."
    passive = [e for e in events(event_nlp, text) if e.type == "ASSAULT"]
    assert all(e.voice == "quoted" for e in passive), passive


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("WASHINGTON -- The U.S. Attorney's office in New Jersey has subpoenaed documents from the campaign of "
         "Gov. Chris Christie.", "ACCUSE", "Washington", None),
        ("The president met a former FBI agent.", "CONSULT", None, "FBI"),
        ("Biden cupped her shoulder, prompting the agent to shove Biden and almost hit him.", "ASSAULT", "Biden", None),
        ("Ex-Navy sailor pardoned by Trump says he's suing Comey and Obama", "ACCUSE", "Trump", None),
        ("A sailor who met Ruiz said he would sue the navy.", "ACCUSE", "Ruiz", None),
    ],
)
def test_third_sense_round_reads_no_wrong_actor(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    """The name that was read wrongly is never the one read (no event at all is fine)."""
    check_not_read(event_nlp, text, kind, source, target)


def test_investigators_near_a_name_do_not_make_it_an_investigator(event_nlp: Language) -> None:
    """ "five other investigators on the Clinton case" gives Clinton no investigator's title: "the Clinton
    investigation" still looks into Clinton."""
    text = (
        "There were five other investigators on the Clinton case who expressed bias. "
        "The report faulted the FBI's handling of the Clinton investigation."
    )
    investigations = [e for e in events(event_nlp, text) if e.text == "investigation"]
    assert all(e.source is None or "Clinton" not in e.source.name for e in investigations), investigations


@pytest.mark.parametrize(
    ("template", "kind", "targeted"),
    [
        ("{a} expressed support for {b} at the summit.", "SUPPORT", True),
        ("{a} provided military training to the army of {b}.", "AID", True),
    ],
)
def test_third_sense_round_reads_alike_whoever_acts(
    event_nlp: Language, template: str, kind: str, targeted: bool
) -> None:
    mirrored_roles(event_nlp, template, kind, targeted)
