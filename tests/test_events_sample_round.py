"""The sample round: seven fresh random samples of 60 events from the real pages (seeds 2038 to 2044),
each judged by hand before any rule was written from it; every rule below comes from a wrong event in one
of them, and every change it made on the 755 real pages and the development sentences was read.

- Harm done by no one: a toll whose agent the parse hangs on a joined participle ("128 people have been
  killed and 1,300 infected by the pneumonic strain of the disease"), and a country's own civil war ("the
  Syrian civil war", "Syria's civil war has killed ...": where it is fought, not a side in it).
- Words, not acts: "offered much stronger language" (no offer), "bombarding him with interjections and
  accusations" (criticism, not shelling), "attacked the religious desire for silence" (an idea attacked), "a
  damning indictment of X's handling" (criticism, not a charge laid), "capture the essential greatness of
  the United States", "released the visitor logs" (records, not people), "returned an indictment" (no
  property given back).
- Not done, or taken back: "did not visit London" (a trip not made refuses no one; "did not meet X" still
  does), "barring Bergoglio's conversion" (unless), "would defer its inquiry", "dropped its lawsuit" (bombs
  and aid are still dropped on someone), "not in response to pressure from X", "could have led X to start
  opening fire", "declined to run" (one's own bid, as "ruled out running"; "refused to resign" still
  rejects a demand), "As Mario herself conceded, ..." (an admission).
- Senses that are no event: "NOAA released its U.S. Winter Outlook" (a forecast, from a page read as a
  user), "beaten by a political novice" (a race lost), "complained of symptoms such as
  hearing loss" (an illness told), "recognized Trump's triumph" (acknowledged: only a state or a ruler is
  recognised), "help the GOP appeal to women" (to draw them), "has proposed nothing", "will require a
  pressure campaign" (needed, not waged), "for the record, called the night a win" (no "call for"),
  "hosted his Labor Day cookout" (no visitor).
- Who is who: "all agreed that Mrs. Clinton's proposal would ..." (a view shared with no one, not with
  Clinton), "the Iran deal's sanctions" (a deal is no actor), "endured his sixth background investigation"
  and "survived an assassination attempt" (the subject bears it), "opened fire on a crowd killing more than
  50" (the parser hangs the toll on the crowd; the gunman killed), "what he promised it would" (a promise
  named only by "what"), "10 people were killed and 30 wounded by troops" (the agent the parse hangs on
  the gapped participle is the killer's too), "criticized how the FBI handled the probe, accusing it of ..."
  (the critic accuses, not the FBI).

Beside them, from the PLOVER definitions (and the development breadth set's "the pullout of Nigerian
troops"): a retreat whose "of" names who retreats ("the withdrawal of Ugandan troops from Congo", not "the
withdrawal of aid"), no act named as a condition ("conditional on the withdrawal of troops") or as what
a deal holds ("it involves the withdrawal of Russian troops"), rockets and guns supplied as military aid,
and "interned" as an arrest.

The entity stage: an organisation's name joined with "&" ("CIA & JFK", a book title run into a page) never
names a person, so "JFK" keeps his own name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import check_roles, events, kinds

#: what makes no event of its kind, by the sample it came from (guards beside the rules)
NO_SUCH_EVENT = [
    # the sample of seed 2038
    ("At least 128 people have been killed and more than 1,300 infected by the deadlier pneumonic strain of "
     "the medieval disease.", "ASSAULT"),
    ("Syria's civil war has killed half a million people.", "ASSAULT"),
    ("In the six-year Syrian civil war, America faces a familiar situation.", "ASSAULT"),
    ("O'Gorman said that the pope offered much stronger language than ever used before.", "AGREE"),
    ("To varying degrees, all agreed that Mrs. Clinton's proposal would increase taxes on the rich.", "AGREE"),
    # the sample of seed 2039
    ("CNN in turn dropped its lawsuit on the matter.", "ACCUSE"),
    ("Prosecutors dropped the charges against Smith.", "ACCUSE"),
    ("But it would also capture the essential greatness of the United States.", "THREATEN"),
    ("The Treasury examined whether the Iran deal's sanctions permit the exchange.", "SANCTION"),
    ("The economy is doing exactly what Trump promised it would.", "AGREE"),
    ("The president ordered the release of text messages from fired FBI agents.", "RETREAT"),
    ("A federal grand jury returned an indictment of Paul Manafort on Monday.", "RETREAT"),
    ("Biden kept bombarding Ryan with interjections and accusations throughout the debate.", "ASSAULT"),
    ("In his recent document, the pope attacked the religious desire for silence and solitude.", "ASSAULT"),
    ("Archbishop Viganò's damning indictment of Bergoglio's rehabilitation of McCarrick shocked Rome.", "COERCE"),
    # the sample of seed 2040
    ("Pete Sessions declined to run for majority leader.", "REJECT"),
    ("The senator refused to seek a third term.", "REJECT"),
    ("As Mario herself conceded, the Latino community did come out to vote.", "CONCEDE"),
    ("Mr. Morell acted on his own and not in response to pressure from the State Department.", "REQUEST"),
    ("The guard could have instead led Paddock to start opening fire on the crowd.", "ASSAULT"),
    # the sample of seed 2041
    ("Trump has proposed nothing that would probably increase his own taxes.", "AGREE"),
    ("Any efforts to pass the bill will require an enormous pressure campaign by the administration.", "REQUEST"),
    ("The killings warrant an investigation by the United Nations.", "ACCUSE"),
    # the sample of seed 2042
    ("House Majority Leader Eric Cantor was beaten Tuesday night by a political novice.", "ASSAULT"),
    ("Diplomats stationed there complained of symptoms such as hearing loss and dizziness.", "ACCUSE"),
    ("Yesterday's New York Times recognized Trump's triumph.", "SUPPORT"),
    ("The group is trying to help the GOP appeal to women.", "REQUEST"),
    ("The candidate is appealing to suburban women.", "REQUEST"),
    # the sample of seed 2043
    ("Sullivan, for the record, called the night a solid win for Biden and called Ryan competent.", "REQUEST"),
    ("The committee said it would defer its inquiry because of a separate investigation.", "ACCUSE"),
    # the sample of seed 2044
    ("A Washington Times report shows that Manafort did not visit London in any of those years.", "REJECT"),
    ("In any case, this much is certain: barring Bergoglio’s conversion and reversal of course, the Church cannot "
     "abide this pontificate any longer.", "COERCE"),
    ("Bobby Scott hosted his Labor Day cookout on Monday.", "CONSULT"),
    # a page read as a user (trafilatura's mercurynews.com letters): a forecast an agency releases, its name
    # taken for a person's by the tagger
    ("Last October, this same NOAA released its U.S. Winter Outlook.", "RETREAT"),
    # retreats named by their "of" (below): a condition set, or postponed, is none
    ("The rebels made their return to the talks conditional on the withdrawal of troops from schools.", "RETREAT"),
    ("The withdrawal of Ugandan troops was postponed.", "RETREAT"),
    ("The withdrawal of aid angered the government.", "RETREAT"),
    ("The accord involves the withdrawal of Russian troops sent to Chechnya in 1994.", "RETREAT"),
    # a war or a fight survived (beside "survived an assassination attempt")
    ('"We had to build our own shelters to survive the fighting," said Rajab Adinayev.', "ASSAULT"),
]


@pytest.mark.parametrize(("text", "kind"), NO_SUCH_EVENT)
def test_sample_round_gives_no_such_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])


#: what keeps its event, or gets it right now, with who does it to whom (``None``: not checked)
DONE = [
    # the sample of seed 2038
    ("Syrian troops attacked rebels in Aleppo.", "ASSAULT", "Syrian troops", "rebels"),
    ("The Saudi war on Yemen has killed thousands.", "ASSAULT", "Saudi", "Yemen"),
    ("At least 10 people were killed and 30 wounded by government troops.", "ASSAULT", "government troops", None),
    ("The Arab League demanded that Israel's army withdraw from Gaza.", "REQUEST", "Arab League", "Israel"),
    ("The inspector general is investigating whether Strzok's bias factored into the probe.", "ACCUSE",
     "inspector general", "Strzok"),
    ("The rebels offered a ceasefire.", "AGREE", "rebels", None),
    # the sample of seed 2039
    ("Russian artillery bombarded the town with shells for three days.", "ASSAULT", "Russian", None),
    ("Protesters pelted police with stones.", "PROTEST", "Protesters", "police"),
    ("Israeli jets dropped bombs on Gaza.", "ASSAULT", "Israeli jets", "Gaza"),
    ("A federal grand jury indicted Paul Manafort on Monday.", "COERCE", None, "Paul Manafort"),
    ("Iran promised to release the sailors.", "AGREE", "Iran", "sailors"),
    ("Archbishop Viganò's damning indictment of Bergoglio's rehabilitation of McCarrick shocked Rome.", "ACCUSE",
     "Viganò", "Bergoglio"),
    ("In his recent document, the pope attacked the religious desire for silence and solitude.", "ACCUSE", "pope",
     None),
    ("Biden kept bombarding Ryan with interjections and accusations throughout the debate.", "ACCUSE", "Biden",
     "Ryan"),
    ("As part of the confirmation process, Kavanaugh endured his sixth background investigation since 1993.",
     "ACCUSE", None, "Kavanaugh"),
    ("The minister underwent a lengthy investigation by anti-corruption police.", "ACCUSE", "anti-corruption police",
     "minister"),
    ("The president survived an assassination attempt in 2019.", "ASSAULT", None, "president"),
    ("Gunmen opened fire on a crowd killing more than 50 people.", "ASSAULT", "Gunmen", None),
    # the sample of seed 2040
    ("The rebels refused to enter the talks.", "REJECT", "rebels", None),
    ("The minister refused to resign.", "REJECT", "minister", None),
    ("Clinton conceded the election on Wednesday.", "CONCEDE", "Clinton", None),
    # the sample of seed 2041
    ("Iran proposed talks with the United States.", "AGREE", "Iran", "United States"),
    ("The government launched an investigation into the killings.", "ACCUSE", "government", None),
    # the sample of seed 2042
    ("The protester was beaten by police.", "ASSAULT", "police", "protester"),
    ("The opposition complained of harassment by police.", "ACCUSE", "opposition", None),
    ("Serbia recognized Kosovo's independence.", "SUPPORT", "Serbia", "Kosovo"),
    ("Russia recognized the Taliban government.", "SUPPORT", "Russia", "Taliban"),
    ("The family appealed to the president for clemency.", "REQUEST", "family", "president"),
    # the sample of seed 2043
    ("The opposition called for fresh elections.", "REQUEST", "opposition", None),
    ("The committee opened an inquiry into the sale.", "ACCUSE", "committee", None),
    # the sample of seed 2044
    ("Iran did not meet the US envoy.", "REJECT", "Iran", "US envoy"),
    ("The king hosted the Saudi crown prince at his palace.", "CONSULT", "king", None),
    # written from the PLOVER definitions, with the development breadth set's "pullout of Nigerian troops"
    ("The withdrawal of Ugandan troops from Congo was completed on Friday.", "RETREAT", "Ugandan troops", None),
    ("The pullout of Nigerian troops from the peacekeeping force began on Monday.", "RETREAT", "Nigerian troops",
     None),
    # (as a verb's object, the verb's subject withdraws: from the PLOVER development half)
    ("The United States speeded up the withdrawal of some invasion forces from Panama on Wednesday.", "RETREAT",
     "United States", None),
    ("Iran supplied rockets to Hezbollah.", "AID", "Iran", "Hezbollah"),
    ("The group released its hostages on Monday.", "RETREAT", "group", "hostages"),
    ("Authorities interned thousands of Uighur men in camps.", "COERCE", "Authorities", None),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), DONE)
def test_sample_round_keeps_what_is_done(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    check_roles(event_nlp, text, kind, source, target)


def test_a_toll_told_after_the_crowd_fired_on_is_the_gunmens(event_nlp: Language) -> None:
    """ "opened fire on a crowd killing more than 50": the parser hangs "killing" on the crowd, which
    killed no one."""
    for e in events(event_nlp, "Gunmen opened fire on a crowd killing more than 50 people."):
        if e.text == "killing":
            assert e.source is not None and e.source.name != "crowd", e


@pytest.mark.parametrize("country", ["Syria", "Yemen", "Libya", "Israel", "Ukraine", "the United States"])
def test_a_civil_war_names_no_side_whoever_fights_it(event_nlp: Language, country: str) -> None:
    """A country's own civil war is where it is fought, for any country."""
    text = f"{country[0].upper()}{country[1:]}'s civil war has killed thousands of people."
    assert "ASSAULT" not in kinds(event_nlp, text), [(e.type, e.source) for e in events(event_nlp, text)]


def test_a_participle_hung_on_the_clause_reported_is_the_reporters(event_nlp: Language) -> None:
    """ "Trump criticized how the FBI handled the probe, accusing it of ...": the parser hangs "accusing" on
    "handled"; the FBI does not accuse itself, Trump accuses it."""
    text = "Trump criticized how the FBI handled the Russia probe, accusing it of misleading the court."
    accusing = [e for e in events(event_nlp, text) if e.text == "accusing"]
    assert accusing and accusing[0].source is not None and accusing[0].source.name == "Trump", accusing
