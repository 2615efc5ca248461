"""The second sample round: fresh random samples of 60 events from the real pages (seeds 2046 onwards),
each judged by hand before any rule was written from it; every rule below comes from a wrong event in one
of them, and every change it made on the 755 real pages and the 2,850 development sentences was read.

- Nothing in particular told: "any visits by Manafort would be easily verifiable" (no visit made), "why
  Facebook would ban X in the first place" (a motive asked, no threat), "seeks to have the charge
  dismissed" (wished, as "seeks to dismiss it").
- Senses that are no event: "summons up all the anger", "did summon the courage to speak" (no one
  summoned; "summoned the ambassador" still protests), "returned the introduction with effusive praise"
  (nothing handed back), "managed to free herself" (an escape; "gave themselves up" is still a surrender),
  "made frequent appeals to the middle class" (to draw them, not to ask them).
- Who is who: "the Munich Pact signed by X with Y" (the pact is no party to its signing), "X said the Senate
  should take up the measures; most would attack federal regulations" (the parser hangs the report on the
  later verb: its speaker is not attacked), "responded with attacks on Machado" (a politician's attacks on a
  named person, with no harm told, are words, as "attacked Machado" is), "blamed X for killing three
  colonels, bombing the facilities of U.S. companies and killing Iranians" (every item of the list is X's,
  though the parser hangs the second on "blamed"), "the team that handled Clinton's investigation" (a
  person's name on an inquiry is the one looked into, unless the article calls them an investigator).
- Not done: "would make a big difference in preserving X and in defending Americans", "would pin down
  Iranian forces by arming the Kurds" (a gerund on what would be done; "after calling for X", "with
  Republicans vowing to ..." still tell what was done); "prepares to host the Super Bowl" (a show hosted,
  no visit, under a frame as alone); "offered to disqualify himself", "cut himself off" (no one is barred
  by doing it to oneself; one who "blew himself up" still attacked); "instead of having an honest
  discussion", "rather than meeting the envoy".
- More senses that are no event: "referring to prosecuting authorities" (a role, as "arresting officers";
  "began prosecuting officials" still prosecutes), "called 911" (a telephone call), "the Senate seat that
  Obama vacated" (an office left; posts and positions are still vacated by troops), "hijacked the debate"
  (only a vehicle is hijacked in earnest), "when one country invades another" (no country in particular),
  "the nuclear deal ... prevented the United States from ..." (what a deal does is no one's act).

- Seed 2050: "people Republicans have tried to talk to" (an attempt to meet or talk is no meeting; trying
  to negotiate or to broker a deal is still negotiating, and "tried to assassinate" still an attack),
  "hosting the upcoming Ryan lecture" (a show hosted, as a seminar, a panel or a screening), "over one
  million ... would be slaughtered" (a passive to come with no one doing it foretells, it threatens no
  one; "protesters will be arrested, police warned" is the police's threat), "his attacks on a former
  Miss Universe" (a person's attacks on a named person, with no harm told, are words, as the verb is).
- Seed 2051: "until October, or until the Synod is canceled" (a second "until" joined to the first),
  "before they attempt to seek asylum" (an attempt still to come), "reluctance to condemn the Saudi
  government" (as failure, unwillingness or inability to), "declined to weigh in" (no comment), "WikiLeaks
  said Assange and Manafort had not met" (a meeting denied, no refusal; "said he would not meet the rebels"
  still refuses), "the strength of Trump's anti-establishment appeal" (an appeal for nothing, to no one,
  is a pull; "Wal-Mart's appeal is asking the Supreme Court ..." still asks).
- Seed 2052: "offered his doubts about the merits" (words offered), "fight on a minor issue" (a dispute;
  "fought over the town" is still fighting).
- A page read as a user (outside every set): "Volunteers work together to write articles" (a present
  habit of people of a kind, no event; "Rebels work with the army" still cooperates).

Beside them, from the development breadth set: "the resignation of Prime Minister X was announced by the
Royal Court" is X's resignation (the court only announces it), and a resignation chanted or campaigned
for is not made."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import check_roles, events, kinds

#: what makes no event of its kind, by the sample it came from (guards beside the rules)
NO_SUCH_EVENT = [
    # the sample of seed 2046
    ("The problem is that any visits by Manafort would be easily verifiable without relying on unnamed sources.",
     "CONSULT"),
    ("Any attack on the embassy would be a grave mistake.", "ASSAULT"),
    ("Each candidate made frequent appeals to the middle class, pledging to protect programs.", "REQUEST"),
    ("In response to Mr. Obama, House Republicans said the Democratic-controlled Senate should take up some 16 "
     "House-passed measures; most would attack federal regulations or spending and would have long-term impact, "
     "analysts say, but they would not spur job creation in the coming year or two.", "THREATEN"),
    # the sample of seed 2047
    ("Steve summons up in this brief post all the anger and all the disappointment most of us feel.", "ACCUSE"),
    ("Pope Pius XII did summon the courage to speak about it.", "ACCUSE"),
    ("Valerie Jarrett introduced Powell, who returned the introduction with effusive praise.", "RETREAT"),
    ("Christine Ford says she managed to free herself and bolt out of the room.", "RETREAT"),
    ("San Francisco public defender Matt Gonzalez now seeks to have Zarate's gun possession charge dismissed.",
     "REJECT"),
    ("Sandi Jacobs pleaded guilty in May. Prosecutors said they would seek to have her sentenced to 18 to 24 "
     "months.", "COERCE"),
    ("To best understand why Facebook would ban Jamie Glazov in the first place, read the book.", "THREATEN"),
    # the sample of seed 2048
    ("Below are 9 concrete steps that, if implemented by a future American administration, would make a big "
     "difference in preserving our civilization and in defending Americans from terrorism.", "SUPPORT"),
    ("It would pin down Iranian forces by arming and otherwise assisting the Iraqi Kurds.", "AID"),
    ("The religion bill comes as Arizona prepares to host the Super Bowl next year.", "AGREE"),
    ("Newly filed court papers disclosed that the judge had offered to disqualify himself from handling the cases "
     "against Jackson.", "THREATEN"),
    ("Ed Gillespie spoke later. But not even Gillespie, when he was asked by a reporter where he was going before he "
     "cut himself off, could resist getting some digs at Biden.", "SANCTION"),
    ("Not only that, the team that handled Clinton's investigation so poorly was assigned to handle the Russia "
     "investigation!", "ACCUSE"),
    # the sample of seed 2049
    ("\u201cThey interpreted the law in my case to say it was criminal,\u201d Saucier told Fox News, referring to "
     "prosecuting authorities in his case.", "COERCE"),
    ("Mateen also called 911 during the shooting to pledge allegiance to ISIS leader Abu Bakr al-Baghdadi.", "REQUEST"),
    ("Federal authorities investigated Blagojevich over his efforts to sell the Senate seat that President Obama "
     "vacated in 2008.", "RETREAT"),
    ("He will promise to oppose any violations, including the economic disruption caused when one country invades "
     "another.", "ASSAULT"),
    ("Instead of having an honest discussion about the true meaning of religious liberty, opponents of the bill have "
     "hijacked the debate.", "CONSULT"),
    ("Instead of having an honest discussion about the true meaning of religious liberty, opponents of the bill have "
     "hijacked the debate.", "ASSAULT"),
    ("Rather than meeting the envoy, the president flew to Paris.", "CONSULT"),
    ("One source told the Free Beacon that the nuclear deal, also known as the JCPOA, solidified the Iranian regime's "
     "grip on power and intentionally prevented the United States from fomenting regime change.", "COERCE"),
    # the sample of seed 2050
    ("Several people Republicans have tried to talk to about the Clinton email matter have refused to cooperate.",
     "CONSULT"),
    ("\u201cArgentine Victims Who Tried to Meet with Pope Francis\u2026\u201d", "CONSULT"),
    ("Additionally, over one million North and South Vietnamese, including 627,000 civilians would be slaughtered.",
     "THREATEN"),
    ("Georgetown's Public Policy Institute, which is hosting the upcoming Ryan lecture, said the event is still "
     "scheduled.", "CONSULT"),
    # the sample of seed 2051
    ("Our petition will remain at the top of our site from now until October, or until the Synod is canceled.",
     "SANCTION"),
    ("Lawyers with the National Lawyers Guild are aiding the caravan migrants before they attempt to seek asylum in "
     "the U.S.", "REQUEST"),
    ("House Speaker John Boehner declined to weigh in on the merits of the president's proposals Wednesday.",
     "REJECT"),
    ("In a series of tweets WikiLeaks said Assange and Manafort had not met.", "REJECT"),
    ("The administration's reluctance to condemn the Saudi government has fueled criticism from Democrats.",
     "ACCUSE"),
    ("They may also illustrate the decline in newspapers' power to shape opinions and the strength of Trump's "
     "anti-establishment appeal.", "REQUEST"),
    # the sample of seed 2052
    ("Chief Justice John Roberts also offered his doubts about the merits of the lawsuit.", "AGREE"),
    ("Kritarch Saris has decided that she will acquiesce on the major issue, but fight on a minor issue.", "ASSAULT"),
    # a page read as a user (trafilatura's wikimediafoundation.org page, outside every set)
    ("Volunteers work together to write articles about many different topics using reliable sources.", "COOPERATE"),
    # a resignation wanted is not made (beside "the resignation of X was announced": X resigns)
    ("Bangladesh's main opposition party demanded on Sunday the resignation of Prime Minister Nurul Hossain, an "
     "opposition spokesman said in Dhaka.", "CONCEDE"),
    ("Tens of thousands poured into Victory Square on Friday night, chanting for the resignation of a government "
     "they accuse of shielding corrupt officials.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "kind"), NO_SUCH_EVENT)
def test_second_sample_round_gives_no_such_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])


#: what keeps its event, or gets it right now, with who does it to whom (``None``: not checked)
DONE = [
    # the sample of seed 2046
    ("The family appealed to the president for clemency.", "REQUEST", "family", "president"),
    ("The attack on the embassy killed two guards.", "ASSAULT", None, None),
    # the sample of seed 2047
    ("Iran summoned the British ambassador on Monday.", "ACCUSE", "Iran", "British ambassador"),
    ("Serbia summoned some 8,000 reservists for a month of duty on Tuesday.", "MOBILIZE", "Serbia", None),
    ("Israel returned the bodies of two soldiers to Lebanon.", "RETREAT", "Israel", None),
    ("The rebels freed two hostages on Monday.", "RETREAT", "rebels", "hostages"),
    ("Cornered in a mountain valley, some 80 insurgents gave themselves up to the Colombian army on Thursday.",
     "RETREAT", "insurgents", "Colombian army"),
    ("Three journalists held incommunicado for 19 days by security services in Lomaria were set free on bail "
     "on Thursday, their newspaper said.", "RETREAT", None, "journalists"),
    ("The senator managed to have the minister arrested.", "COERCE", None, "minister"),
    ("Facebook would ban anyone who posts it, the company said.", "THREATEN", "Facebook", None),
    ("Appeasement does not work, as proven by the infamous Munich Pact signed by British and French Prime Ministers "
     "Neville Chamberlain and Edouard Daladier with German Chancellor Adolf Hitler.", "SUPPORT", None, "Hitler"),
    ("Israel signed a peace treaty with Jordan in 1994.", "SUPPORT", "Israel", "Jordan"),
    ("The army responded with attacks on rebel positions.", "ASSAULT", "army", None),
    ("Miss Universe Alicia Machado spoke on Friday. Donald Trump has responded with attacks on Machado, including "
     "Friday's tweets.", "ACCUSE", "Donald Trump", "Machado"),
    # the sample of seed 2048
    ('After Calling for Guns & Ammo Confiscation & Universal Gun Registration, the American Medical Association '
     'Should Think About Taking "American" Out of Their Name', "REQUEST", "American Medical Association", None),
    ("But with Republicans vowing to deprive Democrats of the 60 votes they need, negotiators will have to move "
     "quickly.", "AGREE", "Republicans", None),
    ("Qatar hosted talks between the Taliban and the United States.", "CONSULT", None, None),
    ("The rebels threatened to kill the hostages.", "THREATEN", "rebels", "hostages"),
    ("Special counsel Robert Mueller leads the inquiry. Mueller's investigation has charged 30 people.", "ACCUSE",
     "Mueller", None),
    # the sample of seed 2049
    ("The agency began prosecuting officials in the ministry.", "COERCE", "agency", "officials"),
    ("Police arrested protesters outside the embassy.", "COERCE", "Police", "protesters"),
    ("Gunmen hijacked a bus carrying 40 passengers.", "ASSAULT", "Gunmen", None),
    ("Turkish forces have vacated two observation posts they had held south of Idlib.", "RETREAT", "Turkish forces",
     None),
    ("Syrian troops vacated their positions near the border.", "RETREAT", "Syrian troops", None),
    ("Russia invaded Ukraine in 2022.", "ASSAULT", "Russia", "Ukraine"),
    ("The rebels called on the government to resign.", "REQUEST", "rebels", "government"),
    ("Israel and Hamas agreed to a truce that barred both sides from firing rockets.", "AGREE", None, None),
    # the sample of seed 2050
    ("Donald Trump is doubling down on his attacks on a former Miss Universe.", "ACCUSE", "Donald Trump",
     "Miss Universe"),
    ("Protesters will be arrested, police warned on Monday.", "THREATEN", "police", "Protesters"),
    ("The rebels said the hostages would be killed if the army attacked.", "THREATEN", "rebels", None),
    ("Iran was threatened with sanctions.", "THREATEN", None, "Iran"),
    ("The gunmen tried to assassinate the mayor.", "ASSAULT", "gunmen", "mayor"),
    ("Kuala Lumpur would try to broker a peace deal between Manila and Moro rebels.", "CONSULT", "Kuala Lumpur", None),
    ("Mr. Obama was trying to negotiate, however gently, with him to exit the Democratic race.", "CONSULT", "Obama",
     None),
    ("The rebels' attack on the governor's convoy killed two guards.", "ASSAULT", "rebels", None),
    # the sample of seed 2051
    ("Iran did not meet the US envoy.", "REJECT", "Iran", "US envoy"),
    ("The president said he would not meet the rebels.", "REJECT", "president", "rebels"),
    ("The family made an appeal for calm.", "REQUEST", "family", None),
    ("Wal-Mart's appeal is asking the Supreme Court to stop the case from ever getting to a trial judge.", "REQUEST",
     "Wal-Mart", None),
    ("The rebels will fight until the government resigns.", "THREATEN", "rebels", None),
    # the sample of seed 2052
    ("Rebels fought over the town for three days.", "ASSAULT", "Rebels", None),
    ("Iran offered to release the sailors.", "AGREE", "Iran", "sailors"),
    # a page read as a user
    ("Rebels work with the army to clear mines.", "COOPERATE", "Rebels", "army"),
    ("The two sides work together on trade.", "COOPERATE", "two sides", None),
    # from the development breadth set, written from the PLOVER definitions (CAMEO 0831: a leader stepping down)
    ("The resignation of Prime Minister Rafiq Haddad was announced on Sunday by the Royal Court.", "CONCEDE",
     "Rafiq Haddad", None),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), DONE)
def test_second_sample_round_keeps_what_is_done(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    check_roles(event_nlp, text, kind, source, target)


def test_every_act_of_a_list_blamed_on_someone_is_theirs(event_nlp: Language) -> None:
    """ "blamed Iran for shelling ..., bombing ... and killing ...": the parser hangs the list's second item
    on "blamed"; none of the acts is the blamer's."""
    text = "Iraq blamed Iran for shelling the border town, bombing a bridge and killing three soldiers."
    acts = [e for e in events(event_nlp, text) if e.type == "ASSAULT"]
    assert len(acts) == 3, acts
    assert all(e.source is not None and e.source.name == "Iran" for e in acts), [(e.text, e.source) for e in acts]


def test_a_threat_listed_after_what_one_was_punished_for_is_the_punisheds(event_nlp: Language) -> None:
    """ "suspended for pointing a rifle at demonstrators, then cursing and threatening to kill one of them":
    the officer threatens, as he points the rifle."""
    text = ("Police said an officer had been suspended for pointing a rifle at demonstrators, then cursing and "
            "threatening to kill one of them.")
    threats = [e for e in events(event_nlp, text) if e.text == "threatening"]
    assert threats and threats[0].type == "THREATEN", threats
    assert threats[0].source is not None and threats[0].source.name == "officer", threats[0]
