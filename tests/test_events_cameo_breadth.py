"""The CAMEO breadth round: constructions read off sentences written three to a CAMEO code (every code of
the CAMEO->PLOVER table) in the manner of 1980s-2000s agency copy. Acts held over a condition ("would
take the dispute to the World Court unless X withdrew"), announced with "be to", voiced as a demand
while blocking a road, done in defiance of a decree, offered by a state that "is ready to" share
with a partner; demands told to someone who "must"; bare sums given; supplies stopped; the reporting
verb the parser reads as a participle; the "by X" hung on a charge or a planted bomb. Each is checked
both ways round (the same act coded the same way whoever does it) and beside a sentence of the same
shape that must give no such event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, kinds, main, mirrored_roles, names

#: (sentence with {a} doing it to {b}, PLOVER 2021 type of its main event, whether {b} is its target)
ACTS = [
    ("{a} said on Thursday it would take the border dispute to the World Court unless {b} withdrew its troops.",
     "THREATEN", True),
    ("{a} said it would tear up the treaty if {b} did not free the prisoners.", "THREATEN", True),
    ("{a} told {b} on Monday that it must line up behind the resolution.", "REQUEST", True),
    ("{b} was told bluntly by {a} on Monday that it must line up behind the resolution.", "REQUEST", True),
    ("{a} insisted on Friday that {b} put an end to the fisheries quarrel.", "REQUEST", True),
    ("The government of {a} has stopped supplying spare parts and ammunition to {b}, officials said.", "SANCTION",
     True),
    ("{a} has turned a deaf ear to demands from {b} for the release of the prisoners.", "REJECT", True),
    ("{a} said on Sunday it was scaling back trade and cultural links with {b}.", "SANCTION", True),
    ("{a} is ready to throw open its refineries to joint investment with {b}, the minister said.", "AGREE", True),
    ("{a} wants talks with {b} on the border, the foreign minister said.", "AGREE", True),
    ("{a} threw out the latest compromise put forward by {b} on Monday.", "REJECT", False),
    ("A spokesman for {a} said on Thursday that {b} would bear all the consequences of its actions.", "THREATEN",
     True),
]


@pytest.mark.parametrize(("template", "kind", "targeted"), ACTS)
def test_breadth_constructions_code_the_act_whoever_does_it(
    event_nlp: Language, template: str, kind: str, targeted: bool
) -> None:
    mirrored_roles(event_nlp, template, kind, targeted)


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # "be to" announces an act to come, as "will" does
        ("Kenyan authorities are to relax restrictions on opposition rallies, the attorney-general said.", "AGREE",
         "Kenyan authorities", None),
        # a demand voiced while blocking, a riot by people named by their demand
        ("Greek farmers blocked the border crossing with tractors on Tuesday to demand higher subsidies.",
         "PROTEST", "Greek farmers", None),
        ("Landless squatters demanding the right to settle on unused estates torched a police post on Tuesday.",
         "PROTEST", "squatters", None),
        ("Stone-throwing crowds calling for the removal of the prime minister clashed with riot police on Friday.",
         "PROTEST", "crowds", "riot police"),
        ("Two opposition leaders stopped eating on Monday to press for the dissolution of the assembly.", "PROTEST",
         "opposition leaders", None),
        # a purpose is the subject's, not the police's whose ban was defied
        ("Opposition supporters defied a police ban on Saturday to hold a rally calling for reforms.", "REJECT",
         "Opposition supporters", None),
        # done in defiance of a decree (CAMEO 128, defy norms and law)
        ("Deputies of the dissolved parliament gathered in Bishkek on Wednesday in open defiance of a presidential "
         "decree.", "REJECT", "Deputies", None),
        # the reporting verb read as a participle of its subject; the "by X" on a charge or a bomb
        ("Pakistani investigators, who have combed through defence contracts, alleged on Friday that former Prime "
         "Minister Shaukat Jamali took kickbacks.", "ACCUSE", "investigators", "Shaukat Jamali"),
        ("Three former ministers were convicted of fraud by the High Court on Friday.", "ACCUSE", "High Court",
         "ministers"),
        ("A bomb planted by suspected militants exploded in a crowded market on Thursday, killing 11 people.",
         "ASSAULT", "militants", "people"),
        ("The minister was branded a traitor by opposition leaders on Wednesday.", "ACCUSE", "opposition leaders",
         "minister"),
        # "the first senator to call on X": the copula's subject acts
        ("Senator Scott Brown was the first Republican senator to call on Akin to withdraw from the race.",
         "REQUEST", "Scott Brown", "Akin"),
        # a speech act or a measure conveyed by someone, displeasure made known, a hedged threat of one's own
        ("A written complaint about the detention of fishermen was handed to Indian officials by the Sri Lankan "
         "envoy on Monday.", "ACCUSE", "envoy", None),
        ("A demand that opposition supporters call off their protests was delivered to party leaders by the "
         "Togolese army on Wednesday.", "REQUEST", "Togolese army", None),
        ("Sharp criticism of Croatia's decision came on Wednesday from the U.N. refugee agency.", "ACCUSE",
         "refugee agency", "Croatia"),
        ("The Vatican's displeasure with the Nicaraguan government was made known on Sunday.", "ACCUSE", "Holy See",
         "Nicaraguan government"),
        ("North Korea said it might suspend talks with Seoul.", "THREATEN", "North Korea", "Seoul"),
        # "X loyal to Y <verb>ed" read as a clause of Y; striking at a village; artillery exchanges
        ("Gunmen loyal to a rival faction commandeered three relief lorries near Gbarnga on Friday.", "COERCE",
         "Gunmen", None),
        ("Suspected guerrillas struck at a border village before dawn on Saturday, a military spokesman said.",
         "ASSAULT", "guerrillas", None),
        ("Heavy artillery exchanges between Iranian and Iraqi forces were reported along the southern front.",
         "ASSAULT", "Iranian", None),
        ("The government opened the north to foreign relief agencies on Monday.", "RETREAT", "government",
         "relief agencies"),
        # an ultimatum told in the passive, reported by the side that gave it
        ("The rebels were told to surrender by noon or face an all-out assault, an army commander said.",
         "THREATEN", "commander", "rebels"),
        # a strike named by its strikers, a sit-in split by the tokenizer
        ("A strike by Russian-speaking workers at the Narva power station entered its second week on Tuesday.",
         "PROTEST", "workers", None),
        ("A sit-in by sacked steel workers blocked the entrance to the government building on Tuesday.", "PROTEST",
         "workers", None),
        # a bare sum given, both ways round (fictional names parse too unevenly here for the mirrored test)
        ("Saudi Arabia gave Jordan $50 million on Monday to help it cope with the refugees.", "AID",
         "Saudi Arabia", "Jordan"),
        ("Jordan gave Saudi Arabia $50 million on Monday to help it cope with the refugees.", "AID", "Jordan",
         "Saudi Arabia"),
        # placed under investigation, a price rise cancelled, troops massed, readiness declared
        ("Prosecutors placed former Industry Minister Renato Ferrucci under investigation on Wednesday.",
         "ACCUSE", "Prosecutors", "Renato Ferrucci"),
        ("The Egyptian government cancelled a planned rise in bread prices after two days of rioting.", "CONCEDE",
         "Egyptian government", None),
        ("Armenia has massed troops near the border.", "MOBILIZE", "Armenia", None),
        ("The Defence Ministry in Hanoi declared a state of combat readiness for its border divisions on Monday.",
         "MOBILIZE", "Defence Ministry", None),
        ("Sri Lanka allowed Norwegian mediators to open a liaison office in Colombo on Monday.", "RETREAT",
         "Sri Lanka", "mediators"),
        ("Israel and Jordan signed a peace treaty on Monday.", "SUPPORT", "Israel", "Jordan"),
        ("Russia waged war against Georgia in 2008.", "ASSAULT", "Russia", "Georgia"),
        ("France defended Israel at the Security Council on Tuesday.", "SUPPORT", "France", "Israel"),
        ("Mrs. Clinton defended Ms. Rice on Wednesday.", "SUPPORT", "Clinton", "Rice"),
        ("Russia defended Serbia's handling of the protests at the UN Security Council.", "SUPPORT", "Russia",
         "Serbia"),
        # a war on a place is a war (a war on a thing is a figure of speech, below)
        ("Aid agencies said children were starving amid Russia's devastating war on the besieged city.", "ASSAULT",
         "Russia", None),
    ],
)
def test_breadth_construction(event_nlp: Language, text: str, kind: str, source: str, target: str | None) -> None:
    event = main(event_nlp, text)
    assert event is not None and event.type == kind, (text, [(e.type, e.text) for e in events(event_nlp, text)])
    found_source, found_target = names(event)
    assert found_source is not None and source in found_source, (text, found_source)
    if target is not None:
        assert found_target is not None and target in found_target, (text, found_target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an act held over no one, a state that would happen, an offer on a condition, the outlet's forecast
        ("The central bank said it would raise interest rates unless inflation eased.", "THREATEN"),
        ("E.U. leaders warn that if the bloc fails to ensure security, it could rapidly fall apart.", "THREATEN"),
        ("The EU said it would lift sanctions if the junta freed the prisoners.", "THREATEN"),
        ("Prices will rise unless the central bank acts, analysts said.", "THREATEN"),
        # "be to" in a pseudo-cleft, a relative, a plan, "is still to"
        ("All that the president has done so far is to return the deal to Congress for review.", "AGREE"),
        ("The aim is to relax restrictions on rallies.", "AGREE"),
        ("The Post is still to apologize and issue a retraction.", "AGREE"),
        # police blocking a road, a river freezing over, a thing that will bear consequences
        ("Police blocked the road to demand identity papers.", "PROTEST"),
        ("The Dniester river freezes over for several weeks in most winters, residents say.", "SANCTION"),
        ("Farmers will bear the consequences of the drought, the minister said.", "THREATEN"),
        # a past act asserted after "insist", a breach of contract, a company ready to compete
        ("The minister insisted that the army put the revolt down last year.", "REQUEST"),
        ("The firm acted in breach of contract.", "REJECT"),
        ("Apple is ready to compete with Samsung in the Indian market.", "AGREE"),
        ("The minister said she was ready to go to the Senate with the bill.", "AGREE"),
        # a strike by aircraft is no labour strike
        ("A strike by Israeli aircraft hit the village on Monday.", "PROTEST"),
        # signing a bill, an order or a letter is no agreement with anyone (CAMEO 057 signs agreements)
        ("Trump signed the bill into law on Friday.", "SUPPORT"),
        ("The governor signed an executive order on Monday.", "SUPPORT"),
        ("The letter was signed by nearly 90 faculty members.", "SUPPORT"),
        ("More than 650,000 people signed up to participate.", "SUPPORT"),
        ("Every Senate Republican has signed onto a letter vowing to block the legislation.", "SUPPORT"),
        # a visit called off was not made
        ("Moscow cancelled the foreign minister's visit to Tokyo.", "CONSULT"),
        ("The president postponed his visit to Paris.", "CONSULT"),
        # freezing prices or hiring, cancelling a parade, is no sanction
        ("The ministry cancelled Monday's parade because of rain.", "SANCTION"),
        ("The government froze fuel prices on Monday.", "SANCTION"),
        ("The company froze hiring.", "SANCTION"),
        # talk and attacks that "come from" someone are no act of theirs conveyed
        ("The frontal attacks have been coming not from governments but from journalists.", "ASSAULT"),
        ("The talk comes from the GOP establishment.", "CONSULT"),
        # defending a policy, a record or oneself is no support of anyone
        ("Obama defended the programs as essential to combating terrorist threats.", "SUPPORT"),
        ("Ryan defended his budget against the conference.", "SUPPORT"),
        ("Omar defended herself against charges of anti-Semitism.", "SUPPORT"),
        # a war on a thing or of words is a figure of speech
        ("As President, I will end Obama's war on religion.", "ASSAULT"),
        ("Mr. Trump has escalated a war of words on Twitter against Senator Ted Cruz.", "ASSAULT"),
        ("The war on drugs has failed, the report said.", "ASSAULT"),
        ("He received a new hat signed by the president himself.", "SUPPORT"),
        ("The museum opened its doors to journalists on Monday.", "RETREAT"),
        # wanting a meeting with one's lawyer, or not wanting talks
        ("He wanted a meeting with his lawyer.", "AGREE"),
        ("Seoul does not want talks with Pyongyang.", "AGREE"),
        # a law that strikes at a freedom, a list handed to pupils
        ("The new law strikes at the heart of press freedom.", "ASSAULT"),
        ("The teacher handed the pupils a list of books.", "COOPERATE"),
        # a guess about someone else's act is no threat
        ("Analysts said the army might attack the town.", "THREATEN"),
        # a firm that stops supplying, a patient who stops eating, a sum lent between private parties
        ("The firm stopped supplying parts to Ford.", "SANCTION"),
        ("The patient stopped eating.", "PROTEST"),
        ("He gave his son $500.", "AID"),
        # the editor lets reporters use the office; theories lean on a profile; blame on the weather
        ("The editor allowed reporters to use the office.", "RETREAT"),
        ("Many of their theories lean heavily on his LinkedIn profile.", "REQUEST"),
        ("The efforts the company undertook to achieve its objective were expansive.", "AGREE"),
        # a man charged is charged (not a reporter), and a friend is no insult
        ("The minister was called a friend by the president.", "ACCUSE"),
    ],
)
def test_no_such_breadth_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])


def test_a_league_named_twice_is_no_sports_report(event_nlp: Language) -> None:
    text = ("The Arab League gave its blessing on Saturday to the power-sharing plan, the league's "
            "secretary-general said in Tunis.")
    assert "SUPPORT" in kinds(event_nlp, text)
    # two different sport words still make a sports report
    assert not kinds(event_nlp, "The league leaders defended their title with a 2-1 win on Saturday.")


def test_a_man_charged_with_murder_is_still_the_one_charged(event_nlp: Language) -> None:
    event = main(event_nlp, "The man charged with murder appeared in court on Monday.")
    assert event is not None and event.type == "ACCUSE"
    assert names(event)[1] is not None and "man" in names(event)[1]
    # a reporting verb at the end of the sentence accuses what came before: no record with the accusers
    # as the ones accused
    text = "Troops carried out summary executions in the hills, exile groups charged on Sunday."
    assert not any(e.target is not None and "exile" in e.target.name for e in events(event_nlp, text))


def test_a_split_hyphenated_trigger_points_at_the_whole_word(event_nlp: Language) -> None:
    text = "A sit-in by sacked steel workers blocked the entrance to the ministry on Tuesday."
    found = [e for e in events(event_nlp, text) if e.type == "PROTEST"]
    assert found and found[0].text == "sit-in" and text[found[0].start : found[0].end] == "sit-in"
