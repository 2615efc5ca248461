"""A second word-sense round: five more random samples of the events coded on real pages (PTC, BASIL,
PolNeAR dev), read by hand before any rule was written. The sentences here are written for the tests, in
the shape of what the samples showed, and each rule sits beside a sentence of the same shape that keeps
its event.

No event: "barring" as "unless", a verb inside a title ("Why Kennedy Was Assassinated"), "offering
parents of color hope", a plea agreement signed with prosecutors, "no question of him being held", an
election won ("retake control of the House"), a negation over a list ("was not demoted, reprimanded or
corrected"), the joined infinitive of what is wanted ("want priests ... to start denouncing"), "it is
essential that we be able to condemn", "a president who will fund", "look forward to providing",
"before X resigns", "the alleged attack", "kicked off the board", "stormed off camera", a video
released, a leg examined, a statement fact-checked, "our country has been taken away", calls listened
to, "no motive to kill", "a push to repeal", "injured in a car accident", requests "not signed by a
judge", a video withheld, a restaurant visited, "police were able to return", an illness battled, a
purpose under an ability denied, "another lesson asks students", "declined repeated requests for
comment", "legislative attacks" to come, "looked into the matter"; then (two more samples) "joked about
blowing up", "warned ... about voting against", expenses "charged", "fought to push through", "give some
thought to stepping down", one's own plans "scuttled", a question asked, reports "scrutinized", the third verb
of a demanded list, "hasn't talked to them in months", "no evidence that", "stood with his arms crossed",
"there would be ... a deportation", "by investigating" under "do not want", a figure "beaten"; and (one more)
an "if" that covers a second verb, pages "related to X released by the FBI", a skit that "involved" an act,
"I need to ask what she did".

Roles: "the Clinton investigation" names whom it looks into, "the Mueller investigation" (special
counsel Mueller) who leads it; "the Ellison accusations" may name either side; "an illegal alien from
Mexico" is no Mexico; "he's asked a firm" is "has asked"; "Speaker of the House John Boehner" is Boehner;
"X was allied with Y" makes X and Y the sides; "missiles supplied by X" are not fired by X; "investigating
Brown's death" accuses no Brown; "their requests", said by "he", are not his; a dateline is no part of a
name; "X are to blame" names X as blamed; "language to attack" is an attack in words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import check_not_read, check_roles, events, kinds, mirrored_roles

NO_SUCH_EVENT = [
    ("In any case, this much is certain: barring Okafor's conversion, the party cannot abide him any longer.",
     "COERCE"),
    ("For more, read the ebook Our Hidden War: Why Okafor Was Assassinated by Dana Whitfield.", "ASSAULT"),
    ('"We see charter schools offering parents of color hope," the letter reads.', "AGREE"),
    ("Her lawyer said she has signed a plea agreement with federal prosecutors.", "SUPPORT"),
    ("Terry Okafor lives in New Hampshire. There was no question of him being held in custody longer than allowed.",
     "COERCE"),
    ("Pelosi vowed that her party would retake control of the lower chamber.", "THREATEN"),
    ("Bishop Moran lives in Rome. But he was not demoted, reprimanded or corrected in any way.", "ACCUSE"),
    ("If we want priests to be faithful, and even to start denouncing the corruption they see, we must help.",
     "ACCUSE"),
    ('"It is essential that we, as a Church, be able to acknowledge and condemn the abuses," Moran said.',
     "ACCUSE"),
    ("We need a tough president who will champion and fund border security operations.", "AID"),
    ('"I look forward to working with him, and to providing the governor the support he deserves," Ruiz said.',
     "SUPPORT"),
    ("But before Bishop Moran resigns, we the faithful demand that he also remove his deputies.", "CONCEDE"),
    ("She testified without any evidence of a 36-year-old alleged sexual attack by Supreme Court nominee Dana "
     "Whitfield.", "ASSAULT"),
    ("A student at the university has been kicked off the student government board.", "ASSAULT"),
    ("Asked about the inquiry, Senator Ruiz stormed off camera.", "ASSAULT"),
    ("This is the seventh video report the group has released this year.", "RETREAT"),
    ("After examining Okafor's leg, the doctor insisted that she go to hospital.", "ACCUSE"),
    ("When the fact-checkers examined the senator's statement, it was labeled true.", "ACCUSE"),
    ("Some people really think our country has been taken away from them.", "COERCE"),
    ('"Nobody has listened to the content of people\'s phone calls," the director said.', "CONSULT"),
    ("The gunman was a lone drifter, one who had no motive to kill the president.", "ASSAULT"),
    ("That means shelving a push to repeal the army's policy on recruits.", "CONCEDE"),
    ("The senator gave money to a couple whose children were badly injured in a car accident.", "ASSAULT"),
    ("Detainer requests are not signed by a judge and are not legally binding.", "REJECT"),
    ("They continue to withhold video of the gunman in the hotel.", "SANCTION"),
    ("Senator Ruiz tweeted a photo of her visiting the restaurant.", "CONSULT"),
    ("Police were then able to return with a warrant.", "RETREAT"),
    ("Rendell, a Clinton surrogate, said he'd battled through three bouts of walking pneumonia in his campaigns.",
     "ASSAULT"),
    ("So far the leader has not been able to peel off any senators to support the measure.", "SUPPORT"),
    ("Another lesson asks students to imagine that humans and dinosaurs lived together.", "REQUEST"),
    ("The press secretary declined repeated requests for comment.", "REJECT"),
    ("Republicans in Congress will continue their legislative attacks.", "THREATEN"),
    ("The spokesman said he had looked into the matter and found it lawful.", "ACCUSE"),
    # the second batch
    ("He has said newspapers are his greatest fear and joked about blowing up the headquarters of the Herald.",
     "ASSAULT"),
    ("Graham warned fellow Republicans about voting against the nomination.", "REJECT"),
    ("Records revealed that expenses charged by Jackson and his wife to his campaign included a cruise.", "ACCUSE"),
    ("Rep. Bobby Scott says he has fought to push through incremental policy initiatives that matter to his "
     "Hampton Roads constituency.", "ASSAULT"),
    ('He said Ryan called him and told him to "give some thought to stepping down."', "CONCEDE"),
    ("Dodd quickly scuttled his re-election plans in order to make way for the governor.", "REJECT"),
    ("I've had quite a few conversations with priests who are now asking how to deal with it.", "REQUEST"),
    ("Mr. Obama scrutinized reports like the 2014 National Climate Assessment.", "ACCUSE"),
    ("Trump demanded that Iran not only give up its nuclear capacity, but also junk its missiles and pull its "
     "forces out of Syria.", "RETREAT"),
    ("Victor said his client has spoken to investigators, though he hasn't talked to them in months.", "REJECT"),
    ("But there is no other evidence in the e-mails that Mr. Morell himself objected to the material.", "ACCUSE"),
    ("Rep. Bobby Scott spoke on Monday. Even as he hosted his Labor Day cookout, he stood with his arms crossed "
     "and smiled sheepishly.", "SUPPORT"),
    ("If they were, there would be no detention, only an immediate deportation by US Border Patrol on the spot.",
     "COERCE"),
    ("Republicans do not want to clean up the FBI by aggressively investigating the senator.", "ACCUSE"),
    ("While wage growth remains modest, blue collar workers have beat this by a wide margin.", "ASSAULT"),
    # the third batch
    ("Grassley needs to end this farce if Ford doesn't show up on Thursday or continues to negotiate for more "
     "delays.", "CONSULT"),
    ("The 21 pages make up a small portion of the 412 pages of FISA applications and warrants related to Page "
     "released by the FBI earlier this year.", "RETREAT"),
    ('Franken was quoted in a 1995 article discussing a skit for "Saturday Night Live" that involved drugging and '
     "raping CBS reporter Lesley Stahl.", "ASSAULT"),
    ('"I need to ask what she did with the server and when she did it," Gowdy said on Fox News.', "REQUEST"),
]


@pytest.mark.parametrize(("text", "kind"), NO_SUCH_EVENT)
def test_second_sense_round_gives_no_such_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # the same words, done
        ("Police are barring journalists from entering the town.", "COERCE", "Police", "journalists"),
        ("The ministry offered the rebels an amnesty.", "AGREE", "ministry", "rebels"),
        ("Iran signed an agreement with Iraq on Monday.", "SUPPORT", "Iran", "Iraq"),
        ("Rebels seized control of the town on Monday.", "COERCE", "Rebels", None),
        ("Police did not arrest, charge or question the protesters, but beat them with batons.", "ASSAULT",
         "Police", None),
        ("The rebels seized the town and began to attack the base.", "ASSAULT", "rebels", "base"),
        ("Before he resigned, Ruiz condemned the attack.", "ACCUSE", "Ruiz", None),
        ("Soldiers kicked the prisoner in the head.", "ASSAULT", "Soldiers", "prisoner"),
        ("Iran released two hostages on Friday.", "RETREAT", "Iran", "hostages"),
        ("Police took the journalists away.", "COERCE", "Police", "journalists"),
        ("Putin held phone calls with Erdogan on Monday.", "CONSULT", "Putin", "Erdogan"),
        ("The US withheld aid from Egypt.", "SANCTION", "United States", "Egypt"),
        ("Russia returned 20 prisoners to Ukraine.", "RETREAT", "Russia", "Ukraine"),
        ("Troops returned from Iraq on Monday.", "RETREAT", "Troops", None),
        ("Soldiers opened fire on thousands of demonstrators.", "ASSAULT", "Soldiers", "demonstrators"),
        ("The FBI looked into the matter of Clinton's emails.", "ACCUSE", "FBI", "Clinton"),
        ("The letter asks Congress to act.", "REQUEST", None, "Congress"),
        ("Iran did not meet the envoy.", "REJECT", "Iran", "envoy"),
        ("Iran released the sailors detained by its navy.", "RETREAT", "Iran", "sailors"),
        ("Israel said Hamas fired rockets and killed two soldiers.", "ASSAULT", "Hamas", None),
        ("The rebels seized the town and continued to attack the base.", "ASSAULT", "rebels", "base"),
        ("Rebels seized the town by storming the barracks.", "ASSAULT", "Rebels", None),
        ("There was an attack on the embassy by rebels on Monday.", "ASSAULT", "rebels", "embassy"),
        ("Protesters gathered, chanted and held signs urging Bob McCulloch to step aside.", "REQUEST", None,
         "McCulloch"),
        # roles
        ("Soros said his rule evoked the 1930s, when Hungary was allied with Nazi Germany.", "COOPERATE",
         "Hungary", "Germany"),
        ("Obama continued, calling out Speaker of the House John Boehner.", "ACCUSE", "Obama", "Boehner"),
        ("The base was hit by a missile fired by rebels.", "ASSAULT", "rebels", "base"),
        ("KALAMAZOO, Mich. – U.S. Immigration and Customs Enforcement officers arrested 16 people.", "COERCE",
         "U.S. Immigration", None),
        ('"We will not hesitate to strike rebel positions," Defence Minister Arsen Gevorgyan told parliament.',
         "THREATEN", "Gevorgyan", "rebel positions"),
        ("Jund al-Khalifa, a militant group, said it had carried out the car bombing in Quetta.", "ASSAULT",
         "Jund al-Khalifa", None),
    ],
)
def test_second_sense_round_keeps_what_is_done(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    check_roles(event_nlp, text, kind, source, target)


def test_an_inquiry_named_after_an_investigator_is_theirs(event_nlp: Language) -> None:
    """ "special counsel Robert Mueller ... the Mueller investigation": Mueller investigates."""
    text = "Special counsel Robert Mueller questioned aides. Trump attacked the Mueller investigation."
    found = [e for e in events(event_nlp, text) if e.text == "investigation"]
    assert found and found[0].source is not None and "Mueller" in found[0].source.name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Trump criticised the Clinton investigation.", "ACCUSE"),  # the Clinton investigation: of Clinton
        ("Democrats criticised the Spygate investigation.", "ACCUSE"),
        ("He was there during the early stages of the Trump-Russia investigation.", "ACCUSE"),
    ],
)
def test_an_inquiry_named_after_its_subject_has_no_investigator(event_nlp: Language, text: str, kind: str) -> None:
    investigations = [e for e in events(event_nlp, text) if e.text.startswith("investigation")]
    assert all(e.source is None for e in investigations), (text, investigations)


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("A previously deported illegal alien from Mexico was arrested in San Antonio.", "COERCE", None, "Mexico"),
        ("The Ellison accusations have put Democrats in an uncomfortable position.", "ACCUSE", "Ellison", None),
        ("Saudi Arabia is under attack by missiles supplied to Yemen by the Iranian government.", "ASSAULT",
         "Iran", None),
        ("Holder met officials from the FBI office investigating Brown's death.", "ACCUSE", None, "Brown"),
        ('Sen. Rand Paul spoke. He claimed that not knowing about their security requests "cost lives."',
         "REQUEST", "Paul", None),
    ],
)
def test_second_sense_round_reads_no_wrong_actor(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    """The name that was read wrongly is never the one read (no event at all is fine)."""
    check_not_read(event_nlp, text, kind, source, target)


def test_has_read_as_is_keeps_the_asker(event_nlp: Language) -> None:
    """ "he's asked a law firm to look": "'s" is "has"; he asks, and is not asked."""
    text = "Rep. Ana Ruiz spoke on Tuesday. She said she's asked a law firm to take a hard look at the incident."
    found = [e for e in events(event_nlp, text) if e.type == "REQUEST"]
    assert found and found[0].source is not None and "Ruiz" in found[0].source.name
    assert found[0].target is None or "Ruiz" not in found[0].target.name


@pytest.mark.parametrize(
    ("template", "kind", "targeted"),
    [
        ("{a} was allied with {b} during the war.", "COOPERATE", True),
        ("{a} criticised Speaker of the House John Rhee over the vote.", "ACCUSE", False),
    ],
)
def test_second_sense_round_reads_alike_whoever_acts(
    event_nlp: Language, template: str, kind: str, targeted: bool
) -> None:
    mirrored_roles(event_nlp, template, kind, targeted)


def test_to_blame_names_the_one_blamed(event_nlp: Language) -> None:
    """ "Democrats and the media are to blame for ...": they are blamed, and blame no one."""
    text = 'The governor said Democrats and the media are to blame for focusing on "he said this."'
    found = [e for e in events(event_nlp, text) if e.type == "ACCUSE"]
    assert found and found[0].target is not None and "Democrats" in found[0].target.name
    assert found[0].source is None or "Democrats" not in found[0].source.name


def test_language_used_to_attack_is_an_attack_in_words(event_nlp: Language) -> None:
    """ "to use the harshest possible language to attack President Trump": criticism, not force."""
    text = "Officials seem determined to use the harshest possible language to attack President Trump."
    assert "ASSAULT" not in kinds(event_nlp, text)
    assert "ACCUSE" in kinds(event_nlp, text)
