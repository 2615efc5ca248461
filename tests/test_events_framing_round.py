"""The framing round: events that frame a clause rather than make it, written from wire-style sentences of
our own (in the manner of the PLOVER records and the Reuters wire rows that are read) and checked on the
real pages, whose every change was read.

- Talks or a visit that set the scene of a clause are the subject's consultation: "spoke to reporters after
  talks with his Syrian counterpart", "told reporters following a meeting with Arafat", "Speaking at the
  end of a two-day visit to Amman, Christopher said" (not talks still to come: "will speak ... after
  talks", "before talks").
- A go-between named after the talks: "the talks, mediated by Norway, ended".
- A member state put out of a body: "Nigeria was suspended from the Commonwealth" (not a player from a
  team).
- "left for talks with X", as "flew to X for talks with Y".
- A readiness asked about or supposed: "asked whether X is willing to condemn Y", "if Iran is ready to
  attack" (the question's mark sits on "is", two clauses above the act).
- What the parser breaks: "handed over 13 prisoners" (the particle read as "over 13"), "youths resorted to
  throwing stones" (read with no main verb).

Then a fresh random sample of 60 events from the real pages (seed 2032), judged before any rule was
written from it: knocking ("pounded on his door"), one's own bid ruled out ("ruled out running"), a danger
posed ("Iran's growing threat"), what a plea or a fear "is that" something will happen, an act "expected to
come", "it should be noted" (no request), an adjective on a trip ("his Chilean trip": where, not who), and
police questioning someone (an inquiry; a senator who "questioned the wisdom" of a deal only doubts it),
and giving in to an argument ("surrendered to that argument": no arms laid down). A second sample (seed 2033):
a subject led by "neither" negates its verb, "how to prevent attacks" and "when to strike" are ways, not
acts, what a modal verb "could cajole X into" is not done, "arrived in Congress" takes a seat, papers
examined investigate no one (unless they are someone's), a word in scare quotes ("“occupation”") is
mentioned, not used, "fired back on Twitter" is words, "was not investigating X" refuses no one; and
"banned from the UK", "on the floor of the Council" or "on Twitter" names no
target. The closing sample (seed 2034): a relative clause on what is said not to exist ("there does not seem
to be a majority of the Democrats who support the deal"), any clause under "whether" ("whether or not he
consults a priest"), an "offensive" waged with an advertising campaign (words), a gerund under "as" in a
counterfactual ("would use the opposition as negotiating leverage"), and "one of the first to call to
congratulate him" (the caller congratulates; a call to congratulate asks nothing). One more sample (seed
2035): a court that "reversed the decision" concedes nothing, an alert against an outbreak mobilizes no
one, and "this prevents X from ..." is a cause, no one's act. And three lexicon entries from the development
breadth set's RETREAT misses: property given back, seized boats and crews sent home, relief flights let in.
A last sample (seed 2036): "hails from" a town, what "every country" does, a threat or a condemnation
declined (neither a refusal nor a threat), a condition told by putting "had" first ("had Clinton been
subpoenaed"), and the purpose of a passive act done by its agent ("To thank him, Campbell was paid ... by
FBI officials").

The entity stage (``data/roles.txt``, ``entities.py``): "the Pope" is never the bishop or the priest of the
same story, nor "the crown prince" the king, "the mayor" the governor, "the colonel" the general or "the
envoy" a Representative; and "Mohammed bin Salman" is not "King Salman" (an Arabic patronymic names the
father)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import check_not_read, check_roles, events, kinds, mirrored_roles

#: what makes no event of its kind, by the batch or sample it came from (guards beside the rules)
NO_SUCH_EVENT = [
    # the first batch
    # talks still to come, or none held
    ("The minister will speak to reporters after talks with his Syrian counterpart.", "CONSULT"),
    ("The minister is due to speak to reporters after talks with his Syrian counterpart.", "CONSULT"),
    ("The minister spoke to reporters before talks with his Syrian counterpart.", "CONSULT"),
    ("The minister did not speak to reporters after talks with his Syrian counterpart.", "CONSULT"),
    # no member state put out of a body
    ("The striker was suspended from the team for three matches.", "SANCTION"),
    ("The Commonwealth could suspend Nigeria.", "SANCTION"),
    ("The Commonwealth did not suspend Nigeria.", "SANCTION"),
    # a readiness asked about, through "willing to"
    ("Reporters asked whether Clyburn is willing to condemn Farrakhan.", "ACCUSE"),
    ("If Iran is ready to attack Israel, the region will burn.", "THREATEN"),
    # the sample of seed 2032
    ("People have pounded on his door to tell him that he deserves to die.", "ASSAULT"),
    ("When Mr. Brandt ruled out running, he did so to avoid splitting the vote.", "REJECT"),
    ("Israel raised its concerns about Iran's growing threat.", "THREATEN"),
    ("The signatories' plea is that the pope will quickly convene a synod.", "AGREE"),
    ("The fear is that Iran will attack Israel.", "THREATEN"),
    ("Obama's veto is expected to come before the deadline at midnight Friday.", "REJECT"),
    ("Rabbi Poupko said it should be noted that the campus is a safe space.", "REQUEST"),
    ("The senator questioned the wisdom of the deal.", "ACCUSE"),
    ("Reporters questioned the minister about the deal.", "ACCUSE"),
    # the sample of seed 2033
    ("Neither Clinton nor her allies have been charged with any crime.", "COERCE"),
    ("Neither side attacked the convoy.", "ASSAULT"),
    ("The company forbade his article about how to prevent attacks on Americans.", "COERCE"),
    ("The generals discussed when to strike the rebels.", "ASSAULT"),
    ("Trump seemed certain he could somehow cajole China into disarming North Korea.", "RETREAT"),
    ("Bobby Scott arrived in Congress in 1993.", "CONSULT"),
    ("Those documents were then examined by department lawyers.", "ACCUSE"),
    ("The Pope took a shot at Israeli “occupation” in his speech.", "COERCE"),
    ("Trump, as is often his way, fired back on Twitter.", "ASSAULT"),
    # an inquiry not opened refuses no one
    ("Officials said the Justice Department was not investigating Clinton.", "REJECT"),
    ("Officials said the Justice Department was not investigating Clinton.", "ACCUSE"),
    # the sample of seed 2034
    ("There does not seem to be a majority of the Democrats who support the deal.", "SUPPORT"),
    ("No Catholic, whether or not he consults a priest, can declare the marriage invalid.", "REJECT"),
    ("Whether any CIA officer ever talked to him I don't know.", "CONSULT"),
    ("The group continued its offensive this week, launching an advertising campaign attacking Obama as an "
     "elitist hypocrite.", "ASSAULT"),
    ("Mrs. Ruiz indicated that if she were president, she would not abandon the deal but would use the "
     "opposition in Congress as negotiating leverage.", "CONSULT"),
    # the sample of seed 2035
    ("The Circuit Court of Appeals later reversed the decision, resentencing the men.", "CONCEDE"),
    ("Ten other countries have also been placed on high alert, warning that an outbreak could occur at any time.",
     "MOBILIZE"),
    ("In practice, this prevents the community from defending itself.", "COERCE"),
    # a page read as a user (trafilatura's dw.com.uncork): a view shared beside a concession
    ("Alexander Stodden took over the family winery. Although he is producing just one single-vineyard wine, he "
     "agrees that it's a fickle but rewarding variety.", "AGREE"),
    # the sample of seed 2036
    ("Gonzalez hails from McAllen, Texas, and attended Columbia University.", "SUPPORT"),
    ("Every country arrests people.", "COERCE"),
    ("This week, the president declined to threaten Moscow or even directly declare it responsible.", "REJECT"),
    ("This week, the president declined to threaten Moscow or even directly declare it responsible.", "THREATEN"),
    ("The president refused to condemn the attack.", "REJECT"),
    ("The report found no evidence that the outcome would have been different had Clinton been subpoenaed.",
     "ACCUSE"),
    ("Had the rebels attacked, the army would have responded.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "kind"), NO_SUCH_EVENT)
def test_framing_round_gives_no_such_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])


#: what keeps its event, with who does it to whom (``None``: not checked)
DONE = [
    # the first batch
    ("The minister spoke to reporters after talks with his Syrian counterpart in Damascus.",
     "CONSULT", "minister", "Syrian counterpart"),
    ("Mubarak told reporters following a meeting with Arafat that the talks had gone well.",
     "CONSULT", "Mubarak", "Arafat"),
    ("Speaking at the end of a two-day visit to Amman, Christopher said progress had been made.",
     "CONSULT", "Christopher", "Amman"),
    ("The talks, mediated by Norway, ended without agreement.", "CONSULT", "Norway", None),
    ("Peace talks mediated by the OSCE resumed in Moscow.", "CONSULT", "OSCE", None),
    ("Nigeria was suspended from the Commonwealth over the executions.", "SANCTION", "Commonwealth", "Nigeria"),
    ("The Commonwealth suspended Nigeria over the executions.", "SANCTION", "Commonwealth", "Nigeria"),
    ("Peres left for talks with Mubarak in Cairo on Sunday.", "CONSULT", "Peres", "Mubarak"),
    ("The delegation departed for negotiations with the rebels.", "CONSULT", "delegation", "rebels"),
    ("Iraq handed over 13 Kuwaiti prisoners to the Red Cross.", "RETREAT", "Iraq", None),
    ("Palestinian youths resorted to throwing stones at Israeli soldiers.", "PROTEST", "Palestinian youths", None),
    # the sample of seed 2032
    ("Artillery pounded rebel positions on Monday.", "ASSAULT", "Artillery", "rebel positions"),
    ("Iran ruled out talks with the United States.", "REJECT", "Iran", "United States"),
    ("Hamas renewed its threat to attack Israel.", "THREATEN", "Hamas", None),
    ("The problem is that police killed the man.", "ASSAULT", "police", "man"),
    ("Obama vetoed the bill on Friday.", "REJECT", "Obama", None),
    ("The Chinese visit to Washington ended on Friday.", "CONSULT", "Chinese", "Washington"),
    # police questioning is an inquiry (INVESTIGATE, read as ACCUSE in 2021 terms)
    ("Israeli police questioned the prime minister for five hours on Tuesday.", "ACCUSE", "police",
     "prime minister"),
    ("Investigators questioned two men over the bombing.", "ACCUSE", "Investigators", "two men"),
    # the sample of seed 2033
    ("Clinton and her allies have been charged with fraud.", "COERCE", None, "Clinton"),
    ("Rebels could be punished for attacking the convoy.", "ASSAULT", "Rebels", "convoy"),
    ("Scott arrived in Washington for talks with Obama.", "CONSULT", "Scott", "Obama"),
    ("Investigators examined the suspect's phone records.", "ACCUSE", "Investigators", "suspect"),
    ("The Pope condemned the Israeli occupation in his speech.", "COERCE", "Israeli", None),
    ("Germany banned the group from entering.", "COERCE", "Germany", "group"),
    ("Troops fired back at the gunmen.", "ASSAULT", "Troops", "gunmen"),
    ("Iran did not agree to the deal.", "REJECT", "Iran", None),
    # the sample of seed 2034
    ("There are many Democrats who support the deal.", "SUPPORT", "Democrats", None),
    ("The army continued its offensive against the rebels this week.", "ASSAULT", "army", "rebels"),
    ("The two sides resumed negotiating on Monday.", "CONSULT", "two sides", None),
    ("Brown was one of the first senators to call on Akin to withdraw.", "REQUEST", "Brown", "Akin"),
    # the sample of seed 2035
    ("The army was placed on high alert after the border clash.", "MOBILIZE", "army", None),
    ("The government reversed its decision to raise fuel prices after protests.", "CONCEDE", "government", None),
    ("Police prevented the protesters from reaching the square.", "COERCE", "Police", "protesters"),
    # a relative "that" is no "this", and a missile fired is no outbreak
    ("The Security Council imposed sweeping new sanctions that bar most trading with the regime.", "COERCE",
     None, "regime"),
    ("North Korea test fired a new missile last week.", "MOBILIZE", "North Korea", None),
    # a page read as a user: a concession beside a real agreement keeps it
    ("Although talks had stalled, Iran agreed to free the sailors.", "AGREE", "Iran", "sailors"),
    # the sample of seed 2036
    ("Beijing hailed the agreement.", "SUPPORT", "Beijing", None),
    ("Each side accused the other of violating the truce.", "ACCUSE", "side", None),
    ("The army had attacked the town before the rebels arrived.", "ASSAULT", "army", None),
    ("Iran refused to release the sailors.", "REJECT", "Iran", "sailors"),
    ("To thank him for his service, Campbell was paid $51,000 by FBI officials.", "SUPPORT", "FBI", None),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), DONE)
def test_framing_round_keeps_what_is_done(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    check_roles(event_nlp, text, kind, source, target)


def test_a_particle_read_as_more_than_keeps_a_number_a_number(event_nlp: Language) -> None:
    """ "over 20 soldiers" after a verb that takes no "over" is still a number of soldiers."""
    found = [e for e in events(event_nlp, "Rebels killed over 20 soldiers.") if e.type == "ASSAULT"]
    assert found and found[0].target is not None and "20 soldiers" in found[0].target.name


def test_talks_that_frame_a_clause_are_read_alike_whoever_holds_them(event_nlp: Language) -> None:
    mirrored_roles(event_nlp, "{a} spoke to reporters after talks with {b} in Geneva.", "CONSULT", True)


@pytest.mark.parametrize("state", ["Israel", "Lebanon", "Iran", "the United States", "Zimbabwe", "Pakistan"])
def test_a_member_state_suspended_is_read_alike_whoever_it_is(event_nlp: Language, state: str) -> None:
    """Any state the entity stage knows as one (a made-up name is read as a person, and a person suspended
    from a party is no event)."""
    text = f"{state[0].upper()}{state[1:]} was suspended from the Commonwealth over the executions."
    check_roles(event_nlp, text, "SANCTION", "Commonwealth", state.removeprefix("the "))


def test_an_adjective_on_a_trip_is_where_it_went(event_nlp: Language) -> None:
    """ "after his Chilean trip": Chile is where he went, not who went."""
    check_not_read(event_nlp, "Something changed his mind after his Chilean trip.", "CONSULT", "Chilean", None)


def test_giving_in_to_an_argument_lays_down_no_arms(event_nlp: Language) -> None:
    """ "surrendered to that argument" is persuaded; "surrendered to government troops" lays down arms."""
    assert "RETREAT" not in kinds(event_nlp, "The Justice Department surrendered to that argument.")
    check_roles(event_nlp, "The rebels surrendered to government troops.", "RETREAT", "rebels", None)


@pytest.mark.parametrize(
    ("text", "kind", "wrong"),
    [
        ("The story of my being banned from the UK for standing against jihad is in my book.", "COERCE",
         "United Kingdom"),
        ("Marty defended Marxist atheisms on the floor of the Council.", "SUPPORT", "Council"),
        ("Cornyn dismissed the controversy on Twitter.", "REJECT", "Twitter"),
    ],
)
def test_where_from_or_where_said_is_no_target(event_nlp: Language, text: str, kind: str, wrong: str) -> None:
    """ "banned from the UK": where from; "on the floor of the Council", "on Twitter": where it was said."""
    check_not_read(event_nlp, text, kind, None, wrong)


def test_one_of_the_first_to_call_is_the_caller(event_nlp: Language) -> None:
    """ "Mr. Clinton was one of the first to call to congratulate him": Clinton congratulates (through "one
    of"), and a call made to congratulate asks nothing of anyone."""
    text = "Mr. Sestak endorsed Clinton in 2008, and Mr. Clinton was one of the first to call to congratulate him."
    assert "REQUEST" not in kinds(event_nlp, text)
    for e in events(event_nlp, text):
        if e.text == "congratulate":
            assert e.target is None or "Clinton" not in e.target.name, e


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Four fishing trawlers and their 37 crewmen were sent back to Pakistan by India on Thursday.", "India"),
        ("The government allowed relief flights to resume to the southern town on Wednesday.", "government"),
        ("Kabul restored the confiscated land to 300 families on Friday.", "Kabul"),
    ],
)
def test_what_is_given_back_or_let_in_is_a_retreat(event_nlp: Language, text: str, source: str) -> None:
    """Seized boats and crews sent home, property given back, relief flights let in (from the development
    breadth set's RETREAT misses)."""
    check_roles(event_nlp, text, "RETREAT", source, None)
