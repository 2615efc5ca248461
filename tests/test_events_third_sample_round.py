"""The third sample round: fresh random samples of 60 events from the real pages (seeds 2054 onwards), each
judged by hand before any rule was written from it, and constructions of wire copy the coder missed (sentences
written here in the manner of the PLOVER records). Every change the rules made on the 755 real pages and the
2,850 development sentences was read.

- Seed 2054: "condemning him to return to the earth", "condemning him to exile" (a fate dealt, no rebuke), "a
  panel that all agreed Pence won the debate" and "52 percent agreed that Clinton is in good health" (of one
  mind on what is; "agreed that their countries should cooperate" still agrees), "threaten the retirement
  savings of millions" (a danger, no threat; "threatened the journalists" still threatens), "called to
  complain that ..." (a telephone call), "gives credit to black storytellers" (praise, no aid), "decided to
  shut down his business" (one's own shop; "shut down the newspaper" still coerces), "At no time was Assange
  offered the right of reply" (a negation said as a phrase).
- Seed 2055: "was determined to defend Hungary's borders" (land defended, no one backed; "would defend Serbia
  against the sanctions" still backs Serbia), "her House primary battle" (a contest), "strict rules of
  classification prevented them from debating" and "his executive order that would keep families together",
  even when the parser hangs the relative on "last week" (what a text does is no one's act), "she issued the
  alert after receiving tips" (a warning to the public; "put its troops on high alert" still mobilises), "this
  document insults the intelligence of young people" (a figure of speech).
- Seed 2056: "stopped short of calling on Akin to resign" (not done), "expected to meet resistance from Ms.
  Pelosi" (no one met), "houses of contemplatives are always attacked by secularist regimes" (a habit in the
  present, no attack in particular; "Kim routinely blasts Japan" is left as it was), "slapped the label X on
  his opinion" (a label; "slapped sanctions on Iran" still sanctions), "the leadership team's regular
  meetings" (a routine), "Whoever ... promises any employment ... shall be fined", "Whoever threatens a
  federal judge faces prison" (a statute's anyone), "the hacking was sanctioned by the Russian government"
  (authorised, no penalty; "Russia was sanctioned by the EU" still is).
- Seed 2057: "the fourth person shot and killed by a police officer" (the tagger reads "shot" as a past tense
  with the one shot as its subject: "by X" on the second participle makes the pair passive), "At an American
  Bar Association conference, Lerner apologized" (a venue, not the one apologised to), "civilian targets in
  nations that oppose radical Islamic ideology" (nations of a kind; "Arab nations that oppose the plan" still
  reject it).
- Seed 2058: "the country's second visit to the moon" (a place, no host), "used his bully pulpit to promote
  arming teachers" (a policy urged, no arms given; "began arming the rebels" still aids them), "the phenomenon
  of Muslim migrants stabbing unbelievers", "the practice of police beating suspects" (a kind of act, none in
  particular).
- Seed 2059: "the Iraq and Afghan war logs" (an event noun that modifies another names a kind of thing), "the
  Guardian's hostility towards Assange" (an attitude; "hostilities" are still fighting), "the White House's
  document release" (papers published, no one freed), "men who refuse to bend the knee" (men of a kind).
- Seed 2060: "giving the impression that he was endorsing it or supporting it" (how it looks, not what was
  done), "a bill letting families of Sept. 11 victims sue the Saudi government" (the parser hangs "sue" on the
  main verb: a bare verb right after what a letting word lets is the act let, not done; "The families sue the
  Saudi government" still accuses).
- Seed 2061: "allies would help him prevent the U.N. from ..." (help to come, nothing done), "walked out of
  the courthouse" (she left; "walked out of parliament" is still a walkout), "Federal prosecutors have
  subpoenaed X's campaign, escalating their probe" (a possessive in a trailing -ing clause is the main
  subject's when they agree in number, though the parser hangs the clause on the object).
- A page read as a user (outside every set): "The research, supported by the Wildlife Conservation Society"
  (a sponsor, no one backed; "The proposal was supported by France" still backs it), "incursions into their
  territories, often by settlers" (a habit of a kind of actor; "Israeli incursions into Gaza" still attack).
- Wire constructions: "a suicide bomber blew himself up outside a police station" is an attack ("a man blew
  himself up while making a bomb" and "killed himself" are not), "insurgents took control of the town" seizes
  it ("Democrats took control of the House" or "of Virginia" does not).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import check_roles, events, kinds

#: what makes no event of its kind, by the sample it came from (guards beside the rules)
NO_SUCH_EVENT = [
    # the sample of seed 2054
    ("The prophet warned the king, condemning him to exile.", "ACCUSE"),
    ("The court condemned him to death.", "ACCUSE"),
    ("Writing for a panel that all agreed Pence won the debate, Barabak noted his calm.", "AGREE"),
    ("Only 52 percent of registered voters agreed that Clinton is in good enough health to serve.", "AGREE"),
    ("The two leaders agreed that the talks had been useful.", "AGREE"),
    ("He would do great damage to our economy and threaten the retirement savings of millions of Americans.",
     "THREATEN"),
    ("The new tariffs threaten the jobs of thousands of workers.", "THREATEN"),
    ("Quentin Smith called to complain that his wife had locked him out of the house.", "REQUEST"),
    ("Malkia Cyril gives credit to black storytellers for speaking out against injustice.", "AID"),
    ("Haig decided to shut down his business.", "COERCE"),
    ("Apple shut down its factory in Shanghai.", "COERCE"),
    ("At no time was Assange offered the right of reply.", "AGREE"),
    ("At no time was Assange offered the right of reply.", "REJECT"),
    ("At no time did Russia attack Ukraine.", "ASSAULT"),
    # the sample of seed 2055
    ("In December, he said that he was not concerned with what Brussels wanted, but was determined to defend "
     "Hungary's borders.", "AGREE"),
    ("Obama also endorsed her earlier this year in her House primary battle.", "ASSAULT"),
    ("Lawmakers said that strict rules of classification prevented them from truly debating the programs.",
     "COERCE"),
    ("The report said he did not really want to sign his executive order last week that would keep families "
     "together in detention while they awaited the judicial process.", "THREATEN"),
    ("The mayor issued the alert after receiving tips from sources.", "MOBILIZE"),
    ("This doltish document insults the intelligence of young people.", "ACCUSE"),
    # the sample of seed 2056
    ("Romney had stopped short of calling on Akin to resign.", "REQUEST"),
    ("That plan is expected to meet resistance from Ms. Pelosi.", "AGREE"),
    ("That plan is expected to meet resistance from Ms. Pelosi.", "CONSULT"),
    ("Houses of contemplatives are always attacked by secularist regimes.", "ASSAULT"),
    ("Francis has slapped the label Authentic Magisterium on his opinion.", "ASSAULT"),
    ("The leadership team's regular meetings are held on Tuesdays.", "CONSULT"),
    ("Whoever threatens a federal judge faces prison.", "THREATEN"),
    ("The hacking was sanctioned by the Russian government.", "SANCTION"),
    # the sample of seed 2057
    ("The second front is guerrilla warfare against civilian targets in nations that oppose radical Islamic "
     "ideology.", "REJECT"),
    # the sample of seed 2058
    ("India's mission would represent the country's second visit to the moon.", "CONSULT"),
    ("Trump promoted arming teachers.", "AID"),
    ("In light of the phenomenon of Muslim migrants stabbing unbelievers in Europe, we must act.", "ASSAULT"),
    ("The practice of police beating suspects is widespread.", "ASSAULT"),
    # the sample of seed 2059
    ("WikiLeaks released the Iraq and Afghan war logs.", "ASSAULT"),
    ("The Guardian's hostility towards Assange is well documented.", "ASSAULT"),
    ("The White House's document release raises questions.", "RETREAT"),
    ("They are men who refuse to bend the knee.", "REJECT"),
    # the sample of seed 2060
    ("So for the president to raise it in the way he did was clearly giving the impression that he was endorsing "
     "it or supporting it.", "SUPPORT"),
    ("Congress on Wednesday overwhelmingly rejected President Obama's veto of a bipartisan bill letting families of "
     "Sept. 11 victims sue the Saudi Arabian government.", "ACCUSE"),
    # the sample of seed 2061
    ("Orban said he anticipated that powerful allies would help him prevent the U.N. from greasing the wheels of "
     "migration.", "COERCE"),
    ("On Tuesday, Dukes walked out of the courthouse full of confidence.", "PROTEST"),
    # a page read as a user
    ("The research, supported by the Wildlife Conservation Society and the U.S. Agency for International "
     "Development, reveals that 36 percent of forests are on Indigenous lands.", "SUPPORT"),
    ("The study was supported by the National Science Foundation.", "SUPPORT"),
    ("However, incursions into their territories, often by settlers involved in natural resource extraction or "
     "agriculture, have fractured historic tenure rights.", "ASSAULT"),
    # wire constructions
    ("A man blew himself up while making a bomb in his kitchen.", "ASSAULT"),
    ("The militant killed himself.", "ASSAULT"),
    ("Democrats took control of the House.", "COERCE"),
    ("Democrats took control of Virginia.", "COERCE"),
    ("He took control of the company in 2010.", "COERCE"),
]


@pytest.mark.parametrize(("text", "kind"), NO_SUCH_EVENT)
def test_third_sample_round_gives_no_such_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])


#: what keeps its event, or gets it right now, with who does it to whom (``None``: not checked)
DONE = [
    # beside the sample of seed 2054
    ("Senior officials agreed that their countries should cooperate.", "AGREE", "Senior officials", None),
    ("The two sides agreed that the prisoners would be released on Sunday.", "AGREE", "two sides", None),
    ("The militants threatened the journalists.", "THREATEN", "militants", "journalists"),
    ("The government shut down the newspaper.", "COERCE", "government", "newspaper"),
    ("Russia attacked Ukraine with no warning.", "ASSAULT", "Russia", "Ukraine"),
    # beside the sample of seed 2055
    ("Hungary said it would defend Serbia against the sanctions.", "AGREE", "Hungary", "Serbia"),
    ("Pakistan put its troops on high alert along the border.", "MOBILIZE", "Pakistan", None),
    # beside the sample of seed 2056
    ("Russia was sanctioned by the EU.", "SANCTION", "EU", "Russia"),
    ("The EU slapped sanctions on Iran.", "SANCTION", "EU", "Iran"),
    ("The officer slapped the protester.", "ASSAULT", "officer", "protester"),
    ("The president met the Chinese premier.", "CONSULT", "president", "Chinese premier"),
    # the sample of seed 2057
    ("Scott is the fourth person shot and killed by a Charlotte-Mecklenburg police officer this year.", "ASSAULT",
     "police officer", "fourth person"),
    ("Two protesters shot and wounded by troops died on Monday.", "ASSAULT", "troops", "protesters"),
    ("The journalist was beaten and killed by soldiers.", "ASSAULT", "soldiers", "journalist"),
    ("Rebels attacked and killed five soldiers.", "ASSAULT", "Rebels", "five soldiers"),
    ("Arab nations that oppose the plan walked out.", "REJECT", "Arab nations", None),
    ("Protesters threw stones at the police.", "PROTEST", "Protesters", "police"),
    # beside the sample of seed 2058
    ("The United States began arming the rebels.", "AID", "United States", "rebels"),
    ("The Turkish foreign minister paid a visit to Athens.", "CONSULT", "Turkish foreign minister", "Athens"),
    # beside the sample of seed 2059
    ("Hostilities between Norvala and Estavia resumed on Monday after Norvala shelled the border town.", "ASSAULT",
     "Norvala", None),
    ("Israel released the prisoners on Monday.", "RETREAT", "Israel", "prisoners"),
    # beside the sample of seed 2060
    ("The families sue the Saudi government.", "ACCUSE", "families", "Saudi government"),
    ("Congress on Wednesday overwhelmingly rejected President Obama's veto of a bipartisan bill.", "REJECT",
     "Congress", "Obama"),
    # beside the sample of seed 2061
    ("The opposition walked out of parliament.", "PROTEST", "opposition", None),
    ("Federal prosecutors have subpoenaed New Jersey Gov. Chris Christie's campaign and a state Republican Party "
     "committee, escalating their probe into allegations that his aides created traffic jams.", "ACCUSE",
     "Federal prosecutors", None),
    # beside the page read as a user
    ("The proposal was supported by France and Germany.", "SUPPORT", "France", None),
    ("Israeli incursions into Gaza by troops killed four people.", "ASSAULT", None, None),
    # wire constructions
    ("Maoist rebels blew up a police jeep with a landmine, killing seven constables.", "ASSAULT", "Maoist rebels",
     "police"),
    ("A suicide bomber blew himself up outside a police station.", "ASSAULT", "suicide bomber", None),
    ("A woman blew herself up in a crowded market in Maiduguri, killing 12 people.", "ASSAULT", "woman", None),
    ("Insurgents took control of the town after heavy fighting.", "COERCE", "Insurgents", None),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), DONE)
def test_third_sample_round_keeps_what_is_done(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    check_roles(event_nlp, text, kind, source, target)


def test_a_suicide_bombing_is_coded_as_one(event_nlp: Language) -> None:
    """ "blew himself up outside X, killing six": one attack, in the suicide mode."""
    found = events(event_nlp, "A suicide bomber blew himself up outside a police station in Kabul, killing six people.")
    assaults = [e for e in found if e.type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].mode == "suicide-attack", [(e.type, e.mode, e.text) for e in found]


def test_a_gathering_one_speaks_at_is_no_target(event_nlp: Language) -> None:
    """ "At an American Bar Association conference, Lerner apologized for X": no one is apologised to (but
    "threw stones at the police" still names whom)."""
    found = [e for e in events(event_nlp, "At an American Bar Association conference earlier this month, Lerner "
                               "apologized for the IRS' practice of targeting conservative organizations.")
             if e.type == "SUPPORT"]
    assert found and found[0].target is None, [(e.type, e.text, e.target) for e in found]


def test_a_probe_in_a_trailing_clause_is_the_main_subjects(event_nlp: Language) -> None:
    """ "Federal prosecutors have subpoenaed X's campaign ..., escalating their probe": the prosecutors' probe,
    not the campaign's."""
    text = ("New Jersey Gov. Chris Christie's campaign hired a lawyer last month. Federal prosecutors have subpoenaed "
            "New Jersey Gov. Chris Christie's campaign and a state Republican Party committee, escalating their probe "
            "into allegations that his aides created traffic jams as political payback.")
    probes = [e for e in events(event_nlp, text) if e.text == "probe"]
    assert probes and probes[0].source is not None and "prosecutors" in probes[0].source.name, [
        (e.type, e.text, e.source) for e in probes]


#: outlets of every side and country, each attacking a politician of another (mirrored: the same words)
OUTLET_ATTACKS = [
    ("Fox News attacked Obama again.", "Fox News", "Obama"),
    ("MSNBC attacked Trump again.", "MSNBC", "Trump"),
    ("Press TV attacked Netanyahu again.", "Press TV", "Netanyahu"),
    ("Haaretz attacked Khamenei again.", "Haaretz", "Khamenei"),
    ("What this misses is that the Guardian's attacks on Assange are not exceptional.", "Guardian", "Assange"),
]


@pytest.mark.parametrize(("text", "source", "target"), OUTLET_ATTACKS)
def test_a_news_outlet_attacks_in_print(event_nlp: Language, text: str, source: str, target: str) -> None:
    """A news outlet named as one (a newspaper, a channel, an agency) attacks in words, whoever it is and
    whoever it attacks: ACCUSE, never ASSAULT (seed 2056: "the Guardian's attacks on Assange")."""
    assert "ASSAULT" not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])
    check_roles(event_nlp, text, "ACCUSE", source, target)


def test_an_outlet_attacked_by_soldiers_is_still_an_assault(event_nlp: Language) -> None:
    """The outlet as the one attacked, or as the one reporting, changes nothing."""
    assert "ASSAULT" in kinds(event_nlp, "Al Jazeera's office was attacked by soldiers.")
    assert "ASSAULT" in kinds(event_nlp, "The Guardian reported that rebels attacked the town.")
