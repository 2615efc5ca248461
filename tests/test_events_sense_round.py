"""A word-sense round: senses of trigger words that are no political event, and acts the sentence does
not assert, found by reading random samples of the events coded on real pages (PTC, BASIL, PolNeAR dev).
The sentences here are written for the tests, in the shape of what the samples showed.

No event: what is "captured" that is won or recorded ("broad support", "the clash on video"), "beating
the drums of war", "damaged relations", "pressed ahead with", a singular talk or a conversation with no
one on the other side, phone calls that "exploded", "conceded that", acts escaped or faced ("escape
extradition"), an imperative ("Please release my son"), "anyone working with", "deciding whether to sign
or veto", "not interested in partnering", attacks warned of with no one attacked, a maxim for "people",
trips named by their errand, "X agreed, saying ...", a museum toured, a candidate's "appeal", a request
for anonymity, police arriving, "discretion to deport", "the wisdom of committing to", a "would" in a
relative clause or under a belief ("I think he would support"), "refusing to be intimidated", the
conjoined infinitive of a call ("called on them to stalk and murder"), the infinitive after the addressee
of a plea, "Thank God", a name-calling that is denied, "those who collaborate with X should face ...",
"looking into the camera", "rivals who are better financed", "it is impossible (that) X was hacked", "my
guess is that we will reach a deal", "X agreed that ..." said of one person's view, "equate killing X with
killing Y", "agreed with the attitude of", "going to press", an event noun under a negated "not ... or
made a counteroffer", "called an emergency meeting", "called X on Friday to express her support", one
person agreeing with another, "held off on arresting", an account "supported" by aides, "offered an
explanation", "the legislation prohibits", "it is disqualifying", and a bare verb joined to "has written
... urging her to go further, and issue a ban" (the ban is only urged), a documentary "released",
"hosting press conferences", "without ... threatening anyone", "an openness to working with", "offered
him the job", "are now able to confiscate", animals killed, crimes "committed", "examine the implications of
this bill", "those opposed to him", "the whole point is to prevent", "pneumonia, which forced her to leave",
"if she were president, she would ... keep negotiating", a book "titled ... How Russia Helped Trump Win",
"pulled out another camera", "an order blocking the deportation", "would be more comfortable with an
FBI investigation", "rules that promise to transform the economy".

Roles: the victims of X are not X; "filed a complaint with X's board" is lodged there, not against X; a
stance "on" a topic ("his toughness on migrants") targets no one; "arrested at the X-Y border" takes no
one from the border's name. A headline's "X sentenced to 20 years" names X as the one sentenced (and a byline after the
quoted headline is no doer); "the Kennedy assassination" names Kennedy as the one killed; "called out X"
is criticism of X. Each is beside a sentence of the same shape that keeps its event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import check_roles, events, kinds, mirrored_roles

NO_SUCH_EVENT = [
    ("The senator captured broad support from rural voters in 2008.", "COERCE"),
    ("A bystander captured the clash on video and posted it online.", "COERCE"),
    ("The president keeps beating the drums of war over the strait.", "ASSAULT"),
    ("The envoy damaged relations with Cairo by his remarks.", "COERCE"),
    ("Lawmakers from both parties pressed ahead with the budget vote.", "REQUEST"),
    ("The mayor's introductory talk opened the conference.", "CONSULT"),
    ("The cabinet has had a long conversation about the budget.", "CONSULT"),
    ('"Our phone calls and emails exploded after the shooting," the director of the group said.', "CONSULT"),
    ("The minister did not concede that the army had failed.", "REJECT"),
    ("The lawyers are trying to help Okafor escape extradition.", "COERCE"),
    ('His mother made one plea: "Please release my son."', "RETREAT"),
    ("Background checks are required for anyone working with refugees.", "COOPERATE"),
    ("Governor Hale will spend the weekend deciding whether to sign or veto the bill.", "SUPPORT"),
    ("Governor Hale will spend the weekend deciding whether to sign or veto the bill.", "REJECT"),
    ("The Labour party is not interested in partnering with the Greens.", "COOPERATE"),
    ("The Labour party is uninterested in partnering with the Greens.", "COOPERATE"),
    ("The U.S. embassy warned of attacks in the capital.", "THREATEN"),
    ("Senator Ruiz said people need to stop blaming the police.", "REQUEST"),
    ("The governor made fund-raising trips to Texas and Ohio.", "CONSULT"),
    ("Judge Amaral agreed, saying the law was clear.", "AGREE"),
    ("Senator Ruiz said she had toured the museum last week.", "CONSULT"),
    ("The candidate broadened his appeal to young voters.", "REQUEST"),
    ("One Democrat, who requested anonymity to speak freely, said the mood was grim.", "REQUEST"),
    ('"Police only arrive in this area around midnight," said a resident.', "CONSULT"),
    ("Officials said the agency always had discretion to deport the families.", "COERCE"),
    ("Some lawmakers question the wisdom of committing to the governor.", "AGREE"),
    ("It was not a case that career prosecutors would prosecute.", "THREATEN"),
    ("The president signed an order that would keep families together.", "THREATEN"),
    ('"I think he would support anyone who runs," Senator Ruiz said.', "AGREE"),
    ('"It means refusing to be intimidated," Senator Ruiz said.', "REJECT"),
    ("The preacher called on his followers to stalk and murder the officers.", "ASSAULT"),
    ("The bishop's plea to the council to defend the parish went unanswered.", "SUPPORT"),
    ('Okafor wrote on Sunday: "Thank God, we won the vote!"', "SUPPORT"),
    ("Farouk denied that he had ever called the mayor a thief.", "ACCUSE"),
    ("Those who collaborate with smuggling gangs should face the consequences.", "COOPERATE"),
    ("The poster shows the senator looking directly into the camera.", "ACCUSE"),
    ("She faces a crowded field, including several rivals who are better financed.", "AID"),
    ("The analyst has said that it is impossible the ministry was hacked from abroad.", "COERCE"),
    ('"My guess is still that we will reach a deal," Representative Lora Finch said.', "AGREE"),
    ("Former Governor Ed Brannock agreed that the party had made a mistake.", "AGREE"),
    ("Only a fool would attempt to equate killing soldiers with killing children.", "ASSAULT"),
    ('The bishop said he agreed with the "zero tolerance" attitude of the Irish bishops.', "AGREE"),
    ("The editors should have checked the facts before going to press with the story.", "REQUEST"),
    ("So far, the governor has not taken me up on my offer or made a counteroffer.", "AGREE"),
    ("The Security Council called an emergency meeting to discuss the test.", "REQUEST"),
    ("Her spokesman says that Senator Ruiz called Maria Lopez on Friday to express her support.", "REQUEST"),
    ("Her spokesman says that Senator Ruiz called Maria Lopez on Friday to express her support.", "SUPPORT"),
    ("Dan Hollis at the Review agreed with Matthews about the winner.", "AGREE"),
    ("Reporters asked why investigators held off on arresting the officer.", "COERCE"),
    ("Ms. Okafor's account was supported in some measure by two of the mayor's aides.", "SUPPORT"),
    ("The minister offered an explanation for the delay.", "AGREE"),
    ("Pence said the legislation prohibits state laws that burden religious belief.", "COERCE"),
    ('"It is disqualifying," Romney said.', "COERCE"),
    ("Bryant has written to May urging her to go further, and issue an official ban on Trump.", "COERCE"),
    ("When Schweizer first released his feature documentary Clinton Cash, the deal was at its centre.",
     "RETREAT"),
    ('"We would have preferred to continue hosting White House press conferences," Sanders said.', "CONSULT"),
    ("Police can confiscate a firearm without the owner committing any crime or even threatening anyone.",
     "THREATEN"),
    ("He acknowledged an openness to working with Democrats.", "COOPERATE"),
    ("The governor offered him the job on Tuesday, and he accepted.", "AGREE"),
    ("Police are now able to confiscate a person's firearm.", "COERCE"),
    ("On the holiday, families worldwide will kill and ritually sacrifice animals.", "THREATEN"),
    ("Officials, abusing their authority, have committed horrendous crimes to the detriment of the public.",
     "AGREE"),
    ('"We intend to closely examine the implications of this bill," he said.', "AGREE"),
    ("He has one set of rules for his friends and another for those opposed to him.", "REJECT"),
    ("The whole point is to prevent Iran from becoming the next North Korea.", "COERCE"),
    ("He expects her to recover from pneumonia, which forced her to leave the memorial event.", "SANCTION"),
    ("She said that if she were president, she would not abandon the deal but would keep negotiating with Japan.",
     "CONSULT"),
    ("Harding has just published a book titled Collusion: Secret Meetings, and How Russia Helped Trump Win.",
     "AID"),
    ("A second man pulled out another camera to record the congressman.", "RETREAT"),
    ("The judge entered a temporary order blocking the deportation of the Indonesians.", "COERCE"),
    ("He added that he would be more comfortable with an FBI investigation.", "ACCUSE"),
    ("Obama leaves a raft of new emissions rules that promise to transform the economy.", "AGREE"),
]


@pytest.mark.parametrize(("text", "kind"), NO_SUCH_EVENT)
def test_sense_round_gives_no_such_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # the same words, done
        ("Rebels captured the town of Kesh on Tuesday.", "COERCE", "Rebels", "Kesh"),
        ("Police captured two suspects in Lagos on Friday.", "COERCE", "Police", "suspects"),
        ("Police beat protesters in Istanbul on Sunday.", "ASSAULT", "Police", "protesters"),
        ("Rebels damaged the pipeline near Homs.", "COERCE", "Rebels", None),
        ("The opposition walked out of parliament on Tuesday.", "PROTEST", "opposition", None),
        ("The envoy pressed Iran to free the sailors.", "REQUEST", "envoy", "Iran"),
        ("Macron had a long conversation with Scholz on Tuesday.", "CONSULT", "Macron", "Scholz"),
        ("Biden's phone call to Xi lasted two hours.", "CONSULT", "Biden", "Xi"),
        ("Three Japanese cabinet ministers visited the Yasukuni war shrine on Tuesday.", "CONSULT", "ministers",
         None),
        ("The minister made a trip to Cairo for talks with Sisi.", "CONSULT", "minister", None),
        ("Iran and Iraq agreed on a ceasefire on Monday.", "AGREE", "Iran", None),
        ("Iran said it will meet the envoy on Monday.", "AGREE", "Iran", "envoy"),
        ("Iran said it would retaliate against any attack.", "THREATEN", "Iran", None),
        ("Iran reserved the right to respond militarily to any attack.", "THREATEN", "Iran", None),
        ("New Delhi's warning that Indian guns would pound Pakistani positions was delivered on Sunday.",
         "THREATEN", "New Delhi", "Pakistani positions"),
        ("Blinken flew to Cairo to meet Sisi and discuss the truce.", "CONSULT", "Blinken", "Sisi"),
        ("Those who attacked the embassy will be punished.", "ASSAULT", None, "embassy"),
        ("Senators opposed the bill on Tuesday.", "REJECT", "Senators", None),
        ("Iran committed troops to the operation.", "AGREE", "Iran", None),
        ("Iran would attack Israel if it were attacked.", "THREATEN", "Iran", "Israel"),
        ("The US pulled out its troops from Syria.", "RETREAT", "United States", None),
        ("Iran and Iraq agreed that the talks would resume.", "AGREE", "Iran", None),
        ("Police said it is clear that the gunmen attacked the convoy.", "ASSAULT", "gunmen", "convoy"),
        ("It is unclear at what point the officer was shot.", "ASSAULT", None, "officer"),
        ("The FBI is looking into the allegations.", "ACCUSE", "FBI", None),
        ("Qatar financed the militia for years.", "AID", "Qatar", "militia"),
        # roles
        ("Virginia man Karim Haddad sentenced to 20 years in prison for joining ISIS.", "COERCE", None,
         "Karim Haddad"),
        ("Dozens of historians have written about the Kennedy assassination.", "ASSAULT", None, "Kennedy"),
        ("The president called out Speaker Dana Whitfield for the shutdown.", "ACCUSE", "president",
         "Dana Whitfield"),
    ],
)
def test_sense_round_keeps_what_is_done(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    check_roles(event_nlp, text, kind, source, target)


@pytest.mark.parametrize(
    ("template", "kind", "targeted"),
    [
        ("{a} called out {b} for its border closures on Monday.", "ACCUSE", True),
        ("{a} had a long conversation with {b} about the border on Monday.", "CONSULT", True),
    ],
)
def test_sense_round_acts_read_alike_whoever_does_them(
    event_nlp: Language, template: str, kind: str, targeted: bool
) -> None:
    mirrored_roles(event_nlp, template, kind, targeted)


def test_a_byline_after_a_quoted_headline_is_no_doer(event_nlp: Language) -> None:
    """ "'Man sentenced to 20 years,' by Jo Reyes, City News": Reyes wrote it, sentenced no one."""
    text = '"Virginia man Karim Haddad sentenced to 20 years in prison for joining ISIS," by Jo Reyes, City News.'
    found = [e for e in events(event_nlp, text) if e.type == "COERCE"]
    assert found and found[0].source is None and found[0].target is not None
    assert "Haddad" in found[0].target.name


def test_a_headline_doer_named_with_by_stays(event_nlp: Language) -> None:
    """A headline's "by" with no closing quote between is the doer: "Man Sentenced By Federal Judge"."""
    text = "Man Sentenced By Federal Judge To 20 Years In Prison"
    found = [e for e in events(event_nlp, text) if e.type == "COERCE"]
    assert found and found[0].source is not None and "Judge" in found[0].source.name
    assert found[0].target is not None and found[0].target.name == "Man"


def test_marching_with_someone_is_no_protest_against_them(event_nlp: Language) -> None:
    """ "students marched with the union leader": alongside him, so he is no target."""
    text = "Thousands of students marched with the union leader Ana Ruiz through the capital on Monday."
    found = [e for e in events(event_nlp, text) if e.type == "PROTEST"]
    assert found and found[0].target is None


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # the victims of X are not X; a complaint is filed with a board, not against it; a stance on a topic;
        # arrested at a border crossing (not at the border's country)
        ("Bishop Moran accused victims of Norvala's most notorious smuggler of slander on Thursday.", "ACCUSE",
         "Moran", None),
        ("The party is filing a complaint with Estavia's election oversight board.", "ACCUSE", "party", None),
        ("The opposition had opposed his toughness on migrants.", "REJECT", "opposition", None),
        ("Police arrested a smuggler at the Norvala-Estavia border on Monday.", "COERCE", "Police", "smuggler"),
    ],
)
def test_sense_round_reads_no_target_into_the_phrase(
    event_nlp: Language, text: str, kind: str, source: str, target: str | None
) -> None:
    found = [e for e in events(event_nlp, text) if e.type == kind]
    assert found, (text, [(e.type, e.text) for e in events(event_nlp, text)])
    assert found[0].source is not None and source in found[0].source.name
    if target is None:
        assert found[0].target is None, (text, found[0].target)
    else:
        assert found[0].target is not None and target in found[0].target.name, (text, found[0].target)


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("The EU lifted the sanctions on Iran.", "RETREAT", "Iran"),
        ("Israel criticized the UN's policy on Gaza.", "ACCUSE", "UN"),
        ("Gunmen fired at the Israeli checkpoint.", "ASSAULT", "Israel"),
        ("Hamas opposed Egypt's plan for Gaza.", "REJECT", "Egypt"),
        ("Seoul lodged a formal protest with Tokyo on Friday over the textbook.", "ACCUSE", "Tokyo"),
        ("Iran agreed with Iraq on a ceasefire.", "AGREE", "Iraq"),
        ("Iran called on the UN to condemn the strike.", "REQUEST", "UN"),
        ("Iran offered Iraq two billion dollars in aid.", "AGREE", "Iraq"),
        ("The junta banned the party in 2019.", "COERCE", "party"),
        ("Police are arresting protesters in Minsk.", "COERCE", "protesters"),
        ("Many prominent Democrats have supported Ms. Okafor's allegations.", "SUPPORT", "Okafor"),
        ("Hamas released two hostages on Friday.", "RETREAT", "hostages"),
        ("Police were able to arrest the suspect on Friday.", "COERCE", "suspect"),
        ("In a speech on Thursday, Steele offered a strong critique of President Obama.", "ACCUSE", "Obama"),
        ("The militia killed ten villagers and two cows.", "ASSAULT", "villagers"),
    ],
)
def test_sense_round_still_reads_the_target_inside(event_nlp: Language, text: str, kind: str, target: str) -> None:
    found = [e for e in events(event_nlp, text) if e.type == kind]
    assert found and found[0].target is not None and target in found[0].target.name, (text, found)


def test_an_attack_whose_words_are_quoted_after_it_is_in_words(event_nlp: Language) -> None:
    """ 'attacked the man who ...: "Drawing attention to it is not hate."': criticism (ACCUSE)."""
    text = ('Challenged about the post, the councillor attacked the man who had shared it: "Drawing attention to '
            'it is not hate."')
    assert "ASSAULT" not in kinds(event_nlp, text)
    assert "ACCUSE" in kinds(event_nlp, text)
