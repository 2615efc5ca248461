"""The fourth round: wire wording the coder missed, from two batteries of sentences written here (one or two per
kind of event, in the manner of the PLOVER records, each coded by hand before the coder ran on it) and from the
development misses of the wire set (``dev2``) and of the CAMEO sentences; and one kind of claim that was told in
the outlet's voice.

- A refusal done in protest is a protest, a boycott by those who refuse: "Lawyers refused to attend court
  hearings to protest the arrest of a colleague", "Palestinians shunned work to protest at ..." (a refusal with
  no protest stays a rejection; what is refused is not done).
- "An appeal to donors for blankets" asks the donors, though the parser hangs "for" on them ("the campaign's
  appeal to donors" still draws them).
- "A cut in aid to Mali", "a reduction in military assistance to Egypt": the nominal names "cut aid".
- "Russia scaled back its military presence" withdraws.
- A refusal of a refusal or a rebuke is no event: "Benedict steadfastly refuses to oppose the pope".
- A resolve is not yet an act: "the Left's determination to prevent the judge's ascent".
- What a body is made for is no act: "a think-tank founded to drum up support for NATO".
- Hurtful words are described, not said to anyone: "confronted him with insulting remarks he had made".
- Backing a cause is a position held: "Cheney supports abortion" ("France supports the plan", someone's move,
  and "Russia supports the Syrian government", someone, are still backed); evidence or a screed that
  "supports its claims" backs no one.
- "Damaging Medicare" is a figure of speech ("rebels damaged the power station" is not).
- Capitulating in a case, or surrendering to demands, concedes; surrendering to an army still lays down arms.
- A ban's modifier is what is banned, not who bans: "the BDS ban", "the Geller-Spencer ban" ("the EU ban on
  Russian oil" is the EU's).
- A former role is no longer the body's: "Former DNC chairman calls for ..." is not the DNC.
- From the sample of seed 2064: "promised a veto" threatens; "the annual White House turkey pardon" frees no
  one; a curly quote typed with no space around it splits from the words it touches ("appealed to the
  West“not to forget": the West is asked, not a name "West“not").
- From the sample of seed 2065: the purpose of an act not done is not done either ("no senator had called him
  to ask him to stay", "hope to reach Mexico and then cross the border, to seek refuge"; "crossed the border
  to seek asylum" still asks); "offers little more than speeches" offers nothing to anyone.
- From the sample of seed 2066: what a law's text gives or grants is no one's act ("The legislation gives
  victims' families the right to sue"; "Congress gave them the right" still concedes); a loan defaulted on or
  repaid is a debt, not aid ("The IMF approved a loan to Greece" still aids).
- From the sample of seed 2067 (drawn as the final one, then used for one more batch): "schools should be
  willing to arm them" is owed, no offer ("Iran is willing to release the sailors" still offers); "troops,
  supported by drones and choppers" are backed by no one ("the rebels, supported by Iran" are backed by
  Iran); accounts that "don't agree on some details" refuse no one ("did not agree on a ceasefire" still
  refuses).
- From the sample of seed 2068 (drawn as the final one, then used for one more rule): an event noun that is
  the object of an infinitive on a wish, a plan or a call is not held ("Flake's desire to have another FBI
  investigation", "a plan by X to sabotage the peace talks"; "The FBI opened another investigation" still is).
- A charge is a claim: "Police accused (suspect, blamed) the rebels of (for) planting the bomb" tells the
  bombing as the police's claim, not as a fact in the outlet's voice; "the court acquitted the rebels of
  planting the bomb" tells no bombing at all.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import check_roles, events, kinds

#: what keeps its event, or gets it right now, with who does it to whom (``None``: not checked)
DONE = [
    ("Lawyers refused to attend court hearings to protest the arrest of a colleague.", "PROTEST", "Lawyers", None),
    ("Palestinians shunned work on Monday to protest at the settlement plan.", "PROTEST", "Palestinian", None),
    ("Opposition deputies refused to take their seats in parliament in protest at the vote.", "PROTEST",
     "Opposition deputies", None),
    ("Dock workers refused to unload the ship to protest against arms shipments.", "PROTEST", "Dock workers", None),
    ("Iran refused to attend the talks.", "REJECT", "Iran", None),
    ("The Red Cross issued an appeal to donors for blankets and tents.", "REQUEST", "Red Cross", "donors"),
    ("The EU announced a cut in aid to Mali over the coup.", "SANCTION", "EU", "Mali"),
    ("The United States announced a reduction in military assistance to Egypt.", "SANCTION", "United States",
     "Egypt"),
    ("Russia scaled back its military presence along the border.", "RETREAT", "Russia", None),
    ("Police accused the rebels of planting the bomb.", "ACCUSE", "Police", "rebels"),
    ("Police blamed the rebels for planting the bomb.", "ACCUSE", "Police", "rebels"),
    ("The administration capitulated in a case it had won at every step of the way.", "CONCEDE", "administration",
     None),
    ("The government surrendered to the demands of the protesters.", "CONCEDE", "government", "protesters"),
    ("The rebels surrendered to the army.", "RETREAT", "rebels", "army"),
    ("France supports the plan.", "SUPPORT", "France", None),
    ("Russia supports the Syrian government.", "SUPPORT", "Russia", "Syrian government"),
    ("Kansas supports this action by the attorneys general of Oklahoma and Nebraska.", "SUPPORT", "Kansas", None),
    ("Rebels damaged the power station.", "COERCE", "Rebels", None),
    ("The EU ban on Russian oil took effect on Monday.", "COERCE", "EU", "Russian"),
    ("The White House promised a veto of the bill.", "THREATEN", "White House", None),
    ("Trump pardoned the Oregon ranchers.", "RETREAT", "Trump", None),
    ("The migrants crossed the border to seek asylum.", "REQUEST", "migrants", None),
    ("A bishop called the archbishop once by phone to ask him to intervene.", "REQUEST", "bishop", None),
    ("Iran offered to release the sailors.", "AGREE", "Iran", None),
    ("Congress gave victims' families the right to sue.", "CONCEDE", "Congress", "families"),
    ("The IMF approved a loan to Greece.", "AID", "IMF", "Greece"),
    ("The IMF gave Greece a loan.", "AID", "IMF", "Greece"),
    ("Iran is willing to release the sailors.", "AGREE", "Iran", "sailors"),
    ("The rebels, supported by Iran, seized the town.", "SUPPORT", "Iran", "rebels"),
    ("Israel and Hamas did not agree on a ceasefire.", "REJECT", "Israel", None),
    ("The FBI opened another investigation.", "ACCUSE", "FBI", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "source", "target"), DONE)
def test_fourth_round_codes_what_is_done(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    check_roles(event_nlp, text, kind, source, target)


#: what makes no event of its kind
NO_SUCH_EVENT = [
    ("Lawyers refused to attend court hearings to protest the arrest of a colleague.", "REJECT"),
    ("Palestinians shunned work on Monday to protest at the settlement plan.", "REJECT"),
    ("Iran refused to attend the talks in protest at the sanctions.", "CONSULT"),
    ("The campaign broadened its appeal to donors in the suburbs.", "REQUEST"),
    ("The court acquitted the rebels of planting the bomb.", "ASSAULT"),
    ("The rebels were cleared of planting the bomb.", "ASSAULT"),
    ("Benedict steadfastly refuses to oppose the pope.", "REJECT"),
    ("The senator declined to reject the nomination.", "REJECT"),
    ("The enraged Left's determination to prevent the judge's ascent is clear.", "COERCE"),
    ("Russia's determination to seize the port was clear.", "COERCE"),
    ("The Atlantic Council is a think-tank founded to drum up support for NATO.", "SUPPORT"),
    ("Kelly confronted him with insulting remarks he had made about women.", "ACCUSE"),
    ("Cheney supports abortion and aggressively promotes gay marriage.", "SUPPORT"),
    ("There is zero evidence in the Politico screed that supports its suggestions and claims.", "SUPPORT"),
    ("Obama is actually damaging Medicare for current seniors.", "COERCE"),
    ("The administration capitulated in a case it had won at every step of the way.", "RETREAT"),
    ("The White House promised a veto of the bill.", "AGREE"),
    ("Obama pardoned two turkeys on Wednesday.", "RETREAT"),
    ("Akin admitted that no senator had called him to ask him to stay in the race.", "REQUEST"),
    ("The migrants hope to reach Mexico and then cross its northern border with the United States, to seek refuge "
     "from violence.", "REQUEST"),
    ("Iran did not send troops to attack the rebels.", "ASSAULT"),
    ("Ryan claimed the sitting president offers little more than speeches to address the deficit.", "AGREE"),
    ("The legislation gives victims' families the right to sue in U.S. court.", "CONCEDE"),
    ("The bill provides aid to farmers.", "AID"),
    ("Visitors dwindled, and Clarke defaulted on his state loan.", "AID"),
    ("Greece defaulted on its IMF loan.", "AID"),
    ("Greece repaid its IMF loan.", "AID"),
    ("Schools should be willing to arm teachers, Hutchinson said.", "AGREE"),
    ("Iran must be ready to make concessions.", "AGREE"),
    ("Thousands of US troops, supported by drones and choppers, prepare to repel the caravan.", "SUPPORT"),
    ("Police and hotel still don't agree on some details.", "REJECT"),
    ("Flake's desire to have another FBI investigation is clear.", "ACCUSE"),
    ("Hamas's plan to launch an attack on the town was foiled.", "ASSAULT"),
    ("The aide mocked the president's daughters during the annual White House turkey pardon.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "kind"), NO_SUCH_EVENT)
def test_fourth_round_gives_no_such_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Police accused the rebels of planting the bomb.", "Police", "rebels"),
        ("Police suspect the rebels of planting the bomb.", "Police", "rebels"),
        ("Police blamed the rebels for planting the bomb.", "Police", "rebels"),
        ("Troops demolished the homes of two Palestinians suspected of killing a settler.", None, None),
        # mirrored: whoever accuses whom, the act charged is the accuser's claim
        ("Moscow accused Kyiv of shelling the power plant.", "Moscow", "Kyiv"),
        ("Kyiv accused Moscow of shelling the power plant.", "Kyiv", "Moscow"),
    ],
)
def test_an_act_charged_is_the_accusers_claim(
    event_nlp: Language, text: str, accuser: str | None, accused: str | None
) -> None:
    """ "X accused Y of shelling Z": Y's shelling is X's claim, never a fact in the outlet's voice."""
    charged = [e for e in events(event_nlp, text) if e.type == "ASSAULT"]
    assert charged, (text, [(e.type, e.text) for e in events(event_nlp, text)])
    for event in charged:
        if accused is not None:
            assert event.source is not None and accused in event.source.name, (text, event.source)
        assert event.voice == "quoted", (text, event.voice)
        if accuser is not None and event.claimed_by is not None:
            assert accuser in event.claimed_by.name, (text, event.claimed_by)


@pytest.mark.parametrize("banned", ["Hamas", "Likud", "BDS"])
def test_a_bans_modifier_is_what_is_banned(event_nlp: Language, banned: str) -> None:
    """ "getting the BDS ban passed": BDS is banned, by no one named; mirrored over parties of both sides."""
    text = f"Students were involved in getting the {banned} ban passed."
    bans = [e for e in events(event_nlp, text) if e.type == "COERCE"]
    assert bans, (text, [(e.type, e.text) for e in events(event_nlp, text)])
    for event in bans:
        assert event.source is None, (text, event.source)
        assert event.target is not None and banned in event.target.name, (text, event.target)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Former DNC chairman calls for Clinton contingency plan.", "DNC"),
        # mirrored: a former officer of either side speaks for himself
        ("A former Hamas commander accused Israel of shelling the camp.", "Hamas"),
        ("A former Likud minister accused Hamas of shelling the town.", "Likud"),
    ],
)
def test_a_former_role_is_not_the_body(event_nlp: Language, text: str, body: str) -> None:
    """ "Former DNC chairman calls for ...": the one who held the role acts, not the body (no entity link)."""
    found = [e for e in events(event_nlp, text) if e.type in ("REQUEST", "ACCUSE")]
    assert found, (text, [(e.type, e.text) for e in events(event_nlp, text)])
    source = found[0].source
    assert source is not None and "ormer" in source.name and source.entity_id is None, (text, source)


def test_a_glued_curly_quote_is_split_from_the_words(event_nlp: Language) -> None:
    """ "appealed to the West“not to forget ...": the West is asked; no name swallows the quote mark."""
    text = "Patriarch Younan has appealed to the West“not to forget the Christians in the Middle East.”"
    asked = [e for e in events(event_nlp, text) if e.type == "REQUEST"]
    assert asked and asked[0].target is not None and asked[0].target.name == "West", (text, asked)
