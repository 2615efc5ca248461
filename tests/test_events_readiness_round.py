"""A readiness-and-receipt round: gaps read off the CAMEO breadth and construction development sets and
off three samples of 30 random real-page events, each kept only after a diff on real pages.

Acts: readiness for talks ("ready for talks with X", "open to a deal with X"); an intent to settle a
quarrel; a demand made a condition of talks; aid taken delivery of or confirmed as received;
overwhelming force coded only as a threat against someone; a wanted person handed to another state's
justice, or anyone to an international court; forces named by their members; a deadline to leave given
to diplomats (an expulsion); an apology offered to victims' families; forces posted to protect a
government; relations or a ceasefire "between A and B" in the passive; legal action lodged; speaking or
standing up for a body.

Attacks in words ("attacked Clinton over her emails", "a thinly veiled attack on Trump") are
disapproval, not assault, on a cue the sentence gives; a state's or an armed body's attack "over"
something stays an attack.

And what none of these are: troops arriving read as a visit, a question put ("an inquiry about ..."), a
seat vacated, a ship arriving, a person "shut down", a thesis proposed, a measure that "hits" someone,
the topic of an investigation read as its investigator, an act "as though" done, a gerund talked about,
a promise to wipe out corruption, a win at the polls, support measured by a poll, a post offered or an
office occupied, a strike named ("called the strike a war crime"), prisoners walking out of jail, a
campaign's "march toward Election Day", a "war on religion", a polling threshold not met, news
"dropped" like a bomb, an example ("like cutting troops"), a stance of a thing ("a law that opposes the
doctrine"), an accord named after a city read as a party to it. Each act is checked both ways round and
beside a sentence of the same shape that must not give it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import check_roles, events, kinds, mirrored_roles

#: (sentence with {a} doing it to {b}, PLOVER 2021 type of its main event, whether {b} is its target)
ACTS = [
    ("{a} said it stood ready to settle its dispute with {b} through dialogue.", "AGREE", True),
    ("{a} has made the withdrawal of foreign troops a condition of any new talks with {b}.", "REQUEST", True),
    ("On Tuesday {a} took delivery of six helicopters from {b}.", "AID", False),
    ("On Wednesday {a} confirmed receipt of a $2 billion deposit from {b}.", "AID", False),
    ("{a} will crush the militias of {b} if they cross the river, the army chief said.", "THREATEN", False),
    ("{a} handed over to {b} a man wanted on fraud charges.", "COOPERATE", True),
    ("{a} lodged a libel action against the state broadcaster of {b}.", "ACCUSE", True),
    ("{a} has leaned on {b} to hand over the suspects.", "REQUEST", True),
    ("{a} frowned on {b}'s plan to reclaim land near the strait.", "ACCUSE", True),
    ("Diplomatic relations were restored between {a} and {b} on Monday.", "SUPPORT", True),
    ("A ceasefire was agreed between {a} and {b} on Friday.", "AGREE", True),
    ("{a} gave the diplomats of {b} a week to get out of the country.", "SANCTION", True),
]


@pytest.mark.parametrize(("template", "kind", "targeted"), ACTS)
def test_readiness_round_acts_code_the_act_whoever_does_it(
    event_nlp: Language, template: str, kind: str, targeted: bool
) -> None:
    mirrored_roles(event_nlp, template, kind, targeted)


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # readiness for talks and settlements, said of a state, a party or a rebel movement
        # (both ways round: readiness is read of states the entity stage knows as states)
        ("Iran said on Monday it was ready for talks with the United States.", "AGREE", "Iran", "United States"),
        ("The United States said on Monday it was ready for talks with Iran.", "AGREE", "United States", "Iran"),
        ("Israel said it was open to a new gas deal with Lebanon.", "AGREE", "Israel", "Lebanon"),
        ("Lebanon said it was open to a new gas deal with Israel.", "AGREE", "Lebanon", "Israel"),
        ("The ruling party said it stood ready to settle its quarrel with the opposition alliance over the make-up "
         "of the cabinet.", "AGREE", "ruling party", "opposition alliance"),
        # a demand made a condition of talks; the one pressed to act
        ("The rebel leadership has made mediation by the African Union a condition of any new talks with the "
         "government.", "REQUEST", "rebel leadership", "government"),
        # aid received: the giver is the source, the one who received it the target
        ("The Estavian navy took delivery of 12 helicopters from the United States this week.", "AID",
         "United States", "navy"),
        ("Pakistan's finance ministry confirmed receipt of a $1.2 billion deposit from Saudi Arabia.", "AID",
         "Saudi Arabia", "finance ministry"),
        ("Ghana said it had received a $150 million tranche from the International Monetary Fund.", "AID",
         "International Monetary Fund", "Ghana"),
        # overwhelming force threatened, in the passive too, against those named
        ("Rebels massing near the border town would be wiped out if they crossed the frontier, the army chief "
         "told state radio.", "THREATEN", "army chief", None),
        ("The interior minister vowed that security forces would crush any attempt to stage unauthorised "
         "marches.", "THREATEN", "security forces", None),
        # a wanted person handed to another state's justice; suspects transferred for prosecution
        ("Pakistan handed the suspected militant over to the United States.", "COOPERATE", "Pakistan",
         "United States"),
        # forces named by their members; a whole force sent
        ("The government dispatched 4,000 National Guard members to the city on Tuesday.", "MOBILIZE",
         "government", None),
        ("The president deployed the army to the capital on Monday.", "MOBILIZE", "president", None),
        # standing or speaking up for a body
        ("The home minister stood up for the police over their handling of the rally.", "SUPPORT", "minister",
         "police"),
        ("The Senate speaker spoke up for the embattled interim government on Thursday.", "SUPPORT",
         "Senate", "interim government"),
        # forces put somewhere to protect a government give it military protection
        ("Nigerian troops took up positions around the presidential palace in Bissau on Friday to protect the "
         "transitional government.", "AID", "Nigerian troops", "transitional government"),
        ("French troops were deployed to protect the government of Mali.", "AID", "French troops", "government"),
        # a threat to send troops names only those they would be sent against
        ("Turkey threatened to deploy troops to Iraq against the PKK.", "THREATEN", "Turkey", "PKK"),
        # a person handed to an international court; an apology offered to victims' families
        ("Authorities in Kinshasa surrendered a former militia leader to the International Criminal Court on "
         "Sunday.", "COOPERATE", "Authorities", "International Criminal Court"),
        ("The defence minister offered an unreserved apology to the families of nine villagers killed in an "
         "airstrike.", "SUPPORT", "defence minister", "families"),
        # support given, not measured
        ("The senator supported the governor's plan.", "SUPPORT", "senator", "governor"),
        ("The jets dropped bombs on the village.", "ASSAULT", "jets", None),
        # words are someone's, whatever the relative pronoun: a post, an individual; on record as endorsing
        ("A staffer apologized for a Facebook post that criticized the president's daughters.", "ACCUSE", None,
         "daughters"),
        ("This is the same individual that just excoriated the Bush administration.", "ACCUSE", None,
         "Bush administration"),
        ("The group is on record as endorsing a politician.", "SUPPORT", None, "politician"),
        ("The senators who oppose the bill met on Tuesday.", "REJECT", "senators", None),
        ("Google supported partners like Voto Latino to pay for rides to the polls in key states.", "SUPPORT",
         "Google", None),
        # legal action and disapproval
        ("The defence secretary lodged a libel action against the opposition newspaper.", "ACCUSE",
         "defence secretary", "newspaper"),
    ],
)
def test_readiness_round_construction(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    check_roles(event_nlp, text, kind, source, target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # readiness denied, hedged, or for no settlement; a company's deal; a team's final
        ("Iran is not ready for talks with the United States.", "AGREE"),
        ("Iran might be open to talks with the United States.", "AGREE"),
        ("Apple is open to a deal with Samsung.", "AGREE"),
        ("The team is ready for the final.", "AGREE"),
        # a quarrel settled says nothing of who gave way; a company's dispute
        ("Iran and the UAE settled their dispute over the islands.", "AGREE"),
        ("The doctor made a full recovery a condition of his return.", "REQUEST"),
        # things taken delivery of from a company; a letter received
        ("The company took delivery of two aircraft from Boeing.", "AID"),
        ("He confirmed receipt of the letter from the ministry.", "AID"),
        # overwhelming force with nobody to suffer it is a promise or a figure; a win at the polls
        ("The ruling party vowed to wipe out corruption within a year.", "THREATEN"),
        ("The new tax will crush small businesses, the senator said.", "THREATEN"),
        ("The government will crush the virus, the minister said.", "THREATEN"),
        ("Biden will crush Trump in the election, his aide said.", "THREATEN"),
        ("Biden will beat Trump in the election, his aide said.", "THREATEN"),
        ("The party crushed its rivals at the polls.", "ASSAULT"),
        # custody moved within a state is no cooperation; a crowd is no army
        ("The police transferred the suspect to a hospital.", "COOPERATE"),
        ("The company sent an army of lawyers to the court.", "MOBILIZE"),
        ("Mexico sent army trucks loaded with food to Haiti.", "MOBILIZE"),
        ("The party mobilized its members for the vote.", "MOBILIZE"),
        # a question put; a seat vacated; a ship arriving; a person silenced; a thesis proposed
        ("Facebook refused to respond to the writer's inquiry about what violates its standards.", "ACCUSE"),
        ("The seat being vacated by Senator Dodd is open.", "RETREAT"),
        ("A hospital ship arrived in the capital weeks ago to help out.", "CONSULT"),
        ("The Clinton machine did nothing but shut down Broaddrick and paint her as a liar.", "COERCE"),
        ("The document proposes that people living in exile can be guiltless.", "AGREE"),
        # troops arrive somewhere to deploy, not to visit; a decision taken protects no one yet
        ("A further 1,500 Rwandan troops arrived in the province on Saturday to protect gas installations.",
         "CONSULT"),
        ("The army took a decision to protect the government.", "AID"),
        ("Police were deployed to protect the government building.", "AID"),
        # an act not wanted; an idiom's noun; a danger; a cause blamed
        ("And I don't want to go around insulting people.", "ACCUSE"),
        ("Those are the facts, and I am in a position to give you a personal assurance of them.", "AGREE"),
        ("This persistence of Mary about the dangers which menace the Church is a divine warning.", "THREATEN"),
        ("Police shot him in the leg, ruled out terrorism and blamed mental illness.", "ACCUSE"),
        # a strike named, not called; prisoners walking out of jail; fighters told to leave a town
        ("Kyiv said Russian forces had shelled a hospital and called the strike a deliberate war crime.",
         "PROTEST"),
        ("Nearly 300 political prisoners walked out of Insein jail on Wednesday under an amnesty.", "PROTEST"),
        ("The army gave the rebels 48 hours to leave the city.", "SANCTION"),
        ("The rebel commander surrendered to the army.", "COOPERATE"),
        # a war on an idea; a standard not met, whatever the parser makes the object
        ("Perry vows to end what he calls Obama's war on religion.", "ASSAULT"),
        ("Bush declared a war on terror.", "THREATEN"),
        ("Stein is ineligible because she did not meet the Commission on Presidential Debates' 15 percent "
         "polling threshold.", "REJECT"),
        # news broken, an example given, what something is seen as doing, a thing's stance
        ("Some authorities see this passage as calling for unlimited warfare against non-believers.", "REQUEST"),
        ("The news agency dropped the bomb that the information came directly from the victims.", "ASSAULT"),
        ("Maybe he has more concessions up his sleeve, like cutting the number of US troops in the South.",
         "RETREAT"),
        ("He has invented exceptions to divine law that oppose the doctrine of the Church.", "REJECT"),
        # a campaign's "march toward Election Day"
        ("Her team says she'll continue her march toward Election Day later this week.", "PROTEST"),
        ("Her team says she'll continue her march toward Election Day later this week.", "THREATEN"),
        # support measured by a poll
        ("When the poll asked about all four candidates, Clinton was supported by 42 percent of those "
         "responding.", "SUPPORT"),
        ("Fifty-five percent of voters support the president's plan, a new poll found.", "SUPPORT"),
        ("Most Republicans support the governor, the survey showed.", "SUPPORT"),
        # a post offered, an office occupied
        ("The source insisted that no laws were broken in the process of offering the position.", "AGREE"),
        ("Donors are intent on deciding who will occupy the White House next year.", "THREATEN"),
        # a measure that hits someone; the topic of an investigation is not its investigator
        ("New tariffs battered Chinese exporters.", "ASSAULT"),
        ("The EU oil sanctions hit Russia.", "ASSAULT"),
        # likenesses, kinds of act talked about, acts in a habitual clause of time
        ("As though the Church is going to ask laypeople to be engaged for nine years.", "REQUEST"),
        ("It was as if the army had attacked its own people.", "ASSAULT"),
        ("While voting and then asking supporters to back that decision with cash is common, the group says "
         "asking for money ahead of time crosses a line.", "SUPPORT"),
        ("While voting and then asking supporters to back that decision with cash is common, the group says "
         "asking for money ahead of time crosses a line.", "REQUEST"),
        ("It will soften opposition when the UK moves to arrest Assange on bail charges and extradites him to the "
         "US.", "COERCE"),
        ("It will soften opposition when the UK moves to arrest Assange on bail charges and extradites him to the "
         "US.", "COOPERATE"),
        ("It will soften opposition when the UK moves to arrest Assange on bail charges and extradites him to the "
         "US.", "AGREE"),
    ],
)
def test_readiness_round_lookalike_gives_no_such_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an attack in words: what it is about, what the one attacked is called, a verb of saying with it,
        # the medium, a word that makes it speech, an idea attacked
        ("Senator Hatch attacked Democrats over their handling of the hearing.", "Hatch", "Democrats"),
        ("Democrats attacked Senator Hatch over his handling of the hearing.", "Democrats", "Hatch"),
        ("Trump attacked Clinton over her emails.", "Trump", "Clinton"),
        ("His Republican opponents began hitting him for going silent on the matter.", "Republican opponents",
         None),
        ("Clinton attacked Trump over his tax returns.", "Clinton", "Trump"),
        ("Senator Hatch attacked Democrats, blaming them for the circus atmosphere.", "Hatch", "Democrats"),
        ("Perry has recently stepped up his attacks on Obama for cultural issues.", "Perry", "Obama"),
        ("Biden made a thinly-veiled attack on Trump on Thursday.", "Biden", "Trump"),
        ("Clinton and the campaign hit Trump hard at the convention on his business record.", "Clinton", "Trump"),
        ("Russia attacked Ukraine in a speech at the United Nations.", "Russia", "Ukraine"),
        ("Ukraine attacked Russia in a speech at the United Nations.", "Ukraine", "Russia"),
        ("Mr. Trump has attacked loopholes that benefit hedge fund managers.", "Trump", None),
        ("This was a minor aspect of the Obama campaign's assault on McCain's Medicare record.", "Obama campaign",
         "McCain"),
        ("The tweet accelerated the president's attacks on the investigation.", "president", None),
        ("Democrats have been pounding the governor, saying that he needs to step down.", "Democrats", "governor"),
        ("Republicans have been pounding the governor, saying that he needs to step down.", "Republicans",
         "governor"),
        # whom a bombing is blamed on, wherever the parser hangs "on"
        ("The government blamed the bombing on the rebels.", "government", "rebels"),
        ("The rebels blamed the bombing on the government.", "rebels", "government"),
    ],
)
def test_an_attack_in_words_is_disapproval(
    event_nlp: Language, text: str, source: str | None, target: str | None
) -> None:
    check_roles(event_nlp, text, "ACCUSE", source, target)
    assert "ASSAULT" not in kinds(event_nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        # a war on someone is a war, whoever wages it on whom
        "Russia's war on Ukraine continued.",
        "Ukraine's war on Russia continued.",
        "The militia waged war on the police.",
        # arms, harm told, or a state's or an armed body's attack "over" something: no cue of words
        "Russia attacked Ukraine over its NATO ambitions.",
        "Ukraine attacked Russia over its NATO ambitions.",
        "Rebels attacked the convoy over the border, killing two soldiers.",
        "Gunmen attacked the mayor over a land dispute.",
        "A teenager was attacked at a restaurant for wearing a campaign hat.",
        "A part-time employee was captured on cell phone video assaulting another person at a local eatery.",
        "The army attacked the rebels for three hours.",
        "Israeli jets hit Hamas positions in Gaza over the weekend.",
        "Hamas attacked Israel on Saturday.",
        "Israelis attacked Palestinians over the land.",
        "Palestinians attacked Israelis over the land.",
        "Russians pounded Kharkiv, saying the city was a military target.",
    ],
)
def test_an_attack_with_no_cue_of_words_stays_an_assault(event_nlp: Language, text: str) -> None:
    assert "ASSAULT" in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])
    assert "ACCUSE" not in kinds(event_nlp, text), text


def test_an_accord_named_after_a_city_is_no_party_to_it(event_nlp: Language) -> None:
    """ "committed their nations to the Paris accord": Paris is where it was made, not a party."""
    found = [e for e in events(event_nlp, "Mr. Obama and Mr. Xi formally committed their two nations to the "
                               "Paris accord.") if e.type == "AGREE"]
    assert found and (found[0].target is None or "Paris" not in found[0].target.name), found
    occupied = [e for e in events(event_nlp, "Israeli troops occupied the West Bank in 1967.") if e.type == "COERCE"]
    assert occupied and occupied[0].target is not None and occupied[0].target.name == "West Bank", occupied


def test_the_topic_of_an_investigation_is_not_its_investigator(event_nlp: Language) -> None:
    """ "the Clinton email investigation" investigates her emails; "the FBI email probe" is the FBI's."""
    topic = [e for e in events(event_nlp, "The FBI's handling of the Clinton email investigation was criticised.")
             if e.type == "ACCUSE" and e.text == "investigation"]
    assert all(e.source is None or "Clinton" not in e.source.name for e in topic), topic
    body = [e for e in events(event_nlp, "Clinton staffers received immunity in the FBI email probe.")
            if e.text == "probe"]
    assert body and body[0].source is not None and body[0].source.name == "FBI", body


def test_a_threat_to_send_forces_somewhere_names_no_target(event_nlp: Language) -> None:
    """ "threatened to send the military to the United States' southern border": the border (or the state
    whose border it is) is where the force goes, not whom it is against."""
    text = "The president threatened to send the military to the United States' southern border with Mexico."
    found = [e for e in events(event_nlp, text) if e.type == "THREATEN"]
    assert found and found[0].target is None, found


def test_those_sent_and_the_victims_shot_dead_are_named_as_they_are(event_nlp: Language) -> None:
    """Troops sent are no target of their own deployment; "shot dead two protesters" names the
    protesters, not "dead two protesters"."""
    sent = [e for e in events(event_nlp, "The governor deployed members of the National Guard to the city.")
            if e.type == "MOBILIZE"]
    assert sent and sent[0].target is None, sent
    shot = [e for e in events(event_nlp, "Police shot dead two protesters in Lagos.") if e.type == "ASSAULT"]
    assert shot and shot[0].target is not None and shot[0].target.name == "two protesters", shot


def test_an_accusation_at_the_end_of_a_sentence_is_the_accusers_claim(event_nlp: Language) -> None:
    """ "Troops carried out executions, exile groups charged on Sunday": the parser may read "groups
    charged" as a reduced relative; the executions are still the groups' claim, not the outlet's."""
    for verb in ("charged", "alleged", "claimed"):
        text = f"Burmese troops have carried out summary executions in the border hills, exile groups {verb} on Sunday."
        found = [e for e in events(event_nlp, text) if e.type == "ASSAULT"]
        assert found and found[0].voice == "quoted", (verb, found)


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_future_with_either_apostrophe_is_not_an_act_done(event_nlp: Language, apostrophe: str) -> None:
    """ "Hamas said it’ll attack Israel" with the typographic apostrophe of real pages is a threat, as
    with the typewriter one, never an attack reported as done; both ways round."""
    for a, b in (("Hamas", "Israel"), ("Israel", "Hamas")):
        text = f"{a} said it{apostrophe}ll attack {b}."
        assert kinds(event_nlp, text) == ["THREATEN"], (text, [(e.type, e.text) for e in events(event_nlp, text)])

