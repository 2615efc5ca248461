"""A frame-and-condition round: acts that are only wanted, threatened, held out or waited for are not
coded as done, and a few kinds of wording the development sets showed missing.

Not done: an act in the infinitive of a frame verb whose own event is not coded ("nationalists
threatened to seal off the crossings" is no closure), and the talks or blockade hung on it ("agreed to
resume negotiations", "urged X to open talks", "threatened to impose a naval blockade": the frame's event
carries them); an act inside a condition said with "should" before its subject, even when the parser
reads it as the complement of "said"; what a future, modal or refused act waits for ("would stay away
until the president stepped down"); an act held out as a prospect ("raised the prospect of outlawing the
party": a threat when a condition comes with it, nothing otherwise). A named thing hung on such a verb
stays ("call on X to shut down Mueller's investigation": the investigation is there).

Coded: relief goods shipped, flown, brought or trucked to someone; peacekeepers escorting, guarding or
shielding villagers, families, voters; talks named by another word ("bargaining between A and B",
"locked in discussions with X", "haggled", "huddled with"); a crowd gathering "for a rally"; a conditional
passive threat said with "could" by a state ("said the diplomats could be expelled if ..."); a preposition
the parser hangs on a day before it ("talks dragged on through the weekend between A and B"). And: "would no
longer attack" is no threat; talks called off or cancelled were not held; soldiers marching do not
protest; "beat Clinton in 30 states" is a vote won; a speaker "cut off" is interrupted; "has never met X" is a
fact of the past, no refusal ("did not meet X" stays one, by the project's reading of a negated meeting).
Each act is checked both
ways round and beside a sentence of the same shape that must not give it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import check_roles, events, kinds, mirrored_roles

#: (sentence with {a} doing it to {b}, PLOVER 2021 type of its main event, whether {b} is its target)
ACTS = [
    ("{a} flew 40 tonnes of medicine and tents to {b} on Friday.", "AID", True),
    ("Some 40 tonnes of medicine were flown to {b} by {a} over the weekend.", "AID", True),
    ("Bargaining between {a} and {b} over the border resumed on Monday.", "CONSULT", True),
    ("Negotiators from {a} were locked in discussions with {b} on Monday.", "CONSULT", True),
    ("Officials from {a} huddled with envoys of {b} behind closed doors on Thursday.", "CONSULT", True),
    ("{a} raised the prospect of expelling the diplomats of {b} if the raids continued.", "THREATEN", False),
    ("{a} said the diplomats of {b} could be expelled if the raids continued.", "THREATEN", True),
]


@pytest.mark.parametrize(("template", "kind", "targeted"), ACTS)
def test_condition_round_acts_code_the_act_whoever_does_it(
    event_nlp: Language, template: str, kind: str, targeted: bool
) -> None:
    mirrored_roles(event_nlp, template, kind, targeted)


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("Trucks of the Red Crescent brought flour and water to 3,000 families in Idlib on Monday.", "AID", None,
         "families"),
        ("Ghanaian peacekeepers escorted some 400 displaced villagers back to their homes near Beni on Saturday.",
         "AID", "peacekeepers", "villagers"),
        ("UN troops have been guarding displaced families in the camps around Goma since May.", "AID", "troops",
         "families"),
        ("Negotiators for the government and the teachers' union haggled late into the night over a pay deal.",
         "CONSULT", "Negotiators", None),
        ("Thousands of farmers were converging on Thursday for a rally in the capital.", "PROTEST", "farmers", None),
        ("Kazakh Justice Minister Rashid Tusupbekov raised the prospect on Monday of outlawing the Alga party "
         "if its members continued to stage unsanctioned rallies.", "THREATEN", "Tusupbekov", "Alga party"),
        ("Spanish and French magistrates teamed up in Paris on Tuesday to question suspected members of ETA.",
         "COOPERATE", "magistrates", None),
        ("Serbian nationalists threatened to seal off the border crossings with Kosovo.", "THREATEN",
         "nationalists", None),
        ("Rival clans joined hands on Sunday to rebuild a bridge washed away in the floods.", "COOPERATE", "clans",
         None),
        # a preposition the parser hangs on the day before it
        ("Talks over the debt dragged on through the weekend between Zambia's finance ministry and the IMF.",
         "CONSULT", "finance ministry", "IMF"),
        ("The Israeli air force launched its heaviest attack in decades on Syria on Sunday.", "ASSAULT", None,
         "Syria"),
        # still done
        ("Thousands of students marched through the capital on Monday.", "PROTEST", "students", None),
        ("Talks between the unions and the Chamber of Mines were held on Monday.", "CONSULT", "unions",
         "Chamber of Mines"),
        ("Russia cut off gas supplies to Ukraine on Monday.", "SANCTION", "Russia", "Ukraine"),
        ("Putin did not meet Biden in Geneva.", "REJECT", "Putin", "Biden"),
    ],
)
def test_condition_round_construction(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    check_roles(event_nlp, text, kind, source, target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an act under a frame is not done, whether or not the frame's own event is coded
        ("Serbian nationalists threatened to seal off the border crossings with Kosovo.", "COERCE"),
        ("China has threatened to impose a naval blockade on Taiwan.", "COERCE"),
        ("Venezuela's opposition agreed to resume negotiations with the government.", "CONSULT"),
        ("Armenia and Azerbaijan agreed to hold a new round of peace talks in Brussels next month.", "CONSULT"),
        ("Opposition leader Marek Dvorny urged the ruling coalition to open talks on a new electoral law.",
         "CONSULT"),
        ("Teachers' unions threatened to launch a national strike unless the government reversed the cuts.",
         "PROTEST"),
        ("The United States refused to lift its trade embargo on Vietnam, a State Department spokesman said.",
         "SANCTION"),
        ("Eritrea asked the Security Council to press the neighbouring government to pull its troops back.",
         "RETREAT"),
        # a condition with "should" before its subject, read as a complement of "said"
        ("The minister said Berlin was prepared to suspend aid to Guatemala should the government go ahead with "
         "shutting down the prosecutor's office.", "REQUEST"),
        ("The minister said Berlin was prepared to suspend aid to Guatemala should the government go ahead with "
         "shutting down the prosecutor's office.", "COERCE"),
        # what a future or refused act waits for
        ("Opposition deputies said they would stay away from parliament until the president stepped down.",
         "CONCEDE"),
        ("Student leaders said there would be no end to their hunger strike until the government resigned.",
         "CONCEDE"),
        ("The rebel commander said his fighters would not negotiate until troops withdrew from the north.",
         "RETREAT"),
        # held out as a prospect, with no condition: no act, no threat
        ("The minister raised the possibility of expelling the ambassador.", "SANCTION"),
        ("The minister raised the possibility of expelling the ambassador.", "THREATEN"),
        # no longer done, called off, a march by soldiers, a win counted in states
        ("Russia said it would no longer attack Ukrainian ports.", "THREATEN"),
        ("Russia said it would no longer attack Ukrainian ports.", "ASSAULT"),
        ("Talks between the unions and the Chamber of Mines were called off on Monday.", "CONSULT"),
        ("The meeting between the two presidents was cancelled.", "CONSULT"),
        ("Swedish troops marched across the frozen sea in 1658.", "PROTEST"),
        ("He did not win Nevada, but he did beat Clinton in 30 other states.", "ASSAULT"),
        # a speaker cut off; a meeting that never happened is no refusal
        ("Patel claimed that he was being cut off because the audience didn't like his jokes.", "SANCTION"),
        ("Assange has never met Manafort.", "REJECT"),
        # look-alikes of the new entries
        ("Thousands of conscripts have been shuttled by rail toward the eastern front since the weekend.",
         "CONSULT"),
        ("Ministers gathered for a summit in Lagos on Thursday.", "PROTEST"),
        ("The rebels carried weapons into the village.", "AID"),
        ("Players huddled on the pitch before the penalty.", "CONSULT"),
        ("Police escorted the protesters out of the building.", "AID"),
    ],
)
def test_condition_round_lookalike_gives_no_such_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])


def test_a_thing_named_with_its_owner_stays_under_a_frame(event_nlp: Language) -> None:
    """ "call on X to shut down Mueller's investigation": the investigation exists, whatever is asked."""
    text = ("President Donald Trump called on his Attorney General Jeff Sessions to shut down special counsel "
            "Robert Mueller's investigation into Russian interference.")
    found = [e for e in events(event_nlp, text) if e.type == "ACCUSE"]
    assert found and found[0].source is not None and "Mueller" in found[0].source.name
    assert "COERCE" not in kinds(event_nlp, text)  # the shutting down is only asked for


def test_what_a_done_act_waited_for_was_done(event_nlp: Language) -> None:
    """ "shelled the town until the rebels surrendered": the surrender happened."""
    text = "The army shelled the town until the rebels surrendered."
    assert "RETREAT" in kinds(event_nlp, text)
