"""The fifth round: wording read off the development misses of the CAMEO breadth, construction and idiom
sentences (each coded by hand when the set was written), checked against the events of 755 real pages after
every batch.

- A sentence the parser reads as a noun phrase around its verb gets the verb back ("Turkey massed tanks,
  artillery and troops along its border", "Somalia's prime minister pressed donors for food aid").
- Information shared "with X on Y" goes to X, the "on" being what it is about.
- An order "out of the country" expels, whoever is sent ("ordered the ambassador out of the country"); one
  out of a room does not ("ordered him out of the courtroom"). A body "told to wind up its operations" or
  "to leave the country" is sent away.
- An ultimatum given in the passive is still one when the parser splits the sentence ("guerrillas holed up
  in the village were told to surrender by noon or face an all-out assault, a commander said").
- A public apology to a people's families ("to Chinese-Canadian families") is no private life.
- "Was closeted with X" is a meeting, the subject one side and X the other.
- Police "questioning customs officers about bribes" investigate (a reporter's question is none).
- Who "entered the third week of their hunger strike" strikes; forces "on high alert" are mobilised
  (residents "on alert for more flooding" are not); "a show of force" is one, and one event with the act it
  is the manner of ("paraded tanks in a show of force").
- Curbs eased on another country's trade ease an economic sanction, not a political restriction ("eased
  restrictions on the sale of aircraft parts to Caracas"); a ban on trade with a country is an embargo ("a
  ban on arms sales to Indonesia"; "police banned the sale of alcohol" is not).
- A go-between's role given up halts mediation; staff pulled out of a country and soldiers pulled out of a
  peacekeeping force are withdrawn (SANCTION), not a military retreat.
- A people driven from a place is a mass expulsion ("expelled thousands of ethnic Albanians from Pec";
  "expelled three Russian diplomats" stays diplomatic).
- Two states that open a link or a service between them ("Bangladesh and India launched freight services on
  the restored line"), or open anything "jointly", cooperate; "British intelligence" as a subject is a state's
  service; information shared "about the plot with X" goes to X.
- Captives "freed by their captors" are released; curbs "slapped" on another country's firms are sanctions,
  no blow; a party "struck off the register" is banned; an apology accepted forgives who made it.
- Idioms: "bore no grudge against X" forgives X; "laid the blame on X" accuses X; an act "in breach of UN
  resolutions" defies them; civilians' roadblock obstructs (a state force's restricts); a state body that
  orders people "to stay indoors" or "off the streets" imposes a curfew.
- What forces are on their way to do is not done: "is moving troops south to drive them out, and then drive
  the Kurds out of Manbij".
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import check_roles, events, kinds

#: what gets its event right now, with who does it to whom (``None``: not checked)
DONE = [
    ("Turkey massed tanks, artillery and thousands of troops along its border with Iraq.", "MOBILIZE", "Turkey", None),
    ("Iraq massed tanks, artillery and thousands of troops along its border with Turkey.", "MOBILIZE", "Iraq", None),
    ("Somalia's prime minister pressed donors for emergency food aid.", "REQUEST", "prime minister", "donors"),
    ("Pakistan shared intelligence with the United States on the militants.", "COOPERATE", "Pakistan",
     "United States"),
    ("Egypt ordered the Israeli ambassador out of the country on Sunday.", "SANCTION", "Egypt", "ambassador"),
    ("Israel ordered the Egyptian ambassador out of the country on Sunday.", "SANCTION", "Israel", "ambassador"),
    ("Authorities told Medecins Sans Frontieres to wind up its operations in two counties.", "SANCTION",
     "Authorities", "Medecins Sans Frontieres"),
    ("Kurdish guerrillas holed up in the mountain village were told on Friday to surrender by noon or face an "
     "all-out assault, a regional army commander said.", "THREATEN", "commander", "guerrillas"),
    ("Canada's prime minister formally apologised on Thursday to Chinese-Canadian families for the head tax.",
     "SUPPORT", "prime minister", "families"),
    ("Kem Vuthy was closeted for two hours with Hun Sen on Tuesday.", "CONSULT", "Kem Vuthy", "Hun Sen"),
    ("Police have begun questioning customs officers about bribes.", "ACCUSE", "Police", "customs officers"),
    ("Eighteen Tibetan students entered the third week of their hunger strike on Friday.", "PROTEST", "students",
     None),
    ("Security forces were on high alert across Kabul on Thursday.", "MOBILIZE", "Security forces", None),
    ("Venezuela staged a show of force near the border.", "MOBILIZE", "Venezuela", None),
    ("Washington eased restrictions on the sale of aircraft parts to Caracas on Wednesday.", "RETREAT",
     "Washington", None),
    ("The Dutch government announced a ban on all arms sales to Indonesia.", "SANCTION", "Dutch government", None),
    ("Norway withdrew from its role as mediator in the conflict.", "SANCTION", "Norway", None),
    ("Medecins Sans Frontieres pulled its staff out of Liberia on Thursday.", "SANCTION", "Medecins Sans Frontieres",
     None),
    ("Burundi began pulling its 1,200 soldiers out of the African Union force in the Central African Republic.",
     "SANCTION", "Burundi", None),
    # mirrored: a people driven out is a mass expulsion whoever drives whom
    ("Serb forces expelled thousands of ethnic Albanians from Pec on Sunday.", "ASSAULT", "Serb forces", "Albanian"),
    ("Albanian forces expelled thousands of ethnic Serbs from Pec on Sunday.", "ASSAULT", "Albanian forces", "Serb"),
    ("The opposition leader said he bore no grudge against the government.", "SUPPORT", None, "government"),
    # mirrored: blame laid either way accuses whom it is laid on
    ("Ecuador's defence minister laid the blame for the clash squarely on Peru.", "ACCUSE", "Ecuador", "Peru"),
    ("Peru's defence minister laid the blame for the clash squarely on Ecuador.", "ACCUSE", "Peru", "Ecuador"),
    ("The Turkish Cypriot authorities went ahead with the sale of property in breach of United Nations "
     "resolutions.", "REJECT", "Turkish Cypriot authorities", "United Nations"),
    # mirrored: a roadblock set up by civilians of either side obstructs; one by troops restricts
    ("Jewish settlers set up a roadblock near Hebron on Sunday.", "PROTEST", "settlers", None),
    ("Palestinian villagers set up a roadblock near Nablus on Sunday.", "PROTEST", "villagers", None),
    ("Israeli troops set up a roadblock near Hebron on Sunday.", "COERCE", "Israeli troops", None),
    ("Authorities ordered residents to stay indoors from dusk until dawn.", "COERCE", "Authorities", "residents"),
    ("Hezbollah has bolstered its fighters along the southern border.", "MOBILIZE", "Hezbollah", None),
    ("Nauru switched its diplomatic recognition to Beijing on Tuesday.", "SUPPORT", "Nauru", "Beijing"),
    ("Greece has been canvassing support among its EU partners for Cyprus's bid.", "SUPPORT", "Greece", None),
    ("A Japanese destroyer refuelled three US warships in the Philippine Sea on Sunday.", "COOPERATE",
     "Japanese destroyer", None),
    ("British intelligence shared information about the plot with German authorities.", "COOPERATE",
     "British intelligence", "German authorities"),
    # two states opening a link between them, or anything opened "jointly", cooperate
    ("Vietnam and Cambodia jointly opened a new border crossing on Saturday.", "COOPERATE", "Vietnam", "Cambodia"),
    ("Bangladesh and India launched freight services on the restored rail line on Saturday.", "COOPERATE",
     "Bangladesh", "India"),
    ("Romania accepted Budapest's apology for the map.", "SUPPORT", "Romania", "Budapest"),
    ("Two French journalists were freed by their captors on Sunday.", "RETREAT", "captors", "journalists"),
    ("Washington slapped export curbs on a dozen Chinese chipmakers on Friday.", "SANCTION", "Washington", None),
    ("The elections commissioner struck a small nationalist party off the register of political parties.",
     "COERCE", "commissioner", "party"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "source", "target"), DONE)
def test_fifth_round_codes_what_is_done(
    event_nlp: Language, text: str, kind: str, source: str | None, target: str | None
) -> None:
    check_roles(event_nlp, text, kind, source, target)


#: what makes no event of its kind (the guards beside the rules above)
NO_SUCH_EVENT = [
    ("The judge ordered him out of the courtroom.", "SANCTION"),
    ("The mayor told shops to close their offices early.", "SANCTION"),
    ("Residents were on alert for more flooding.", "MOBILIZE"),
    ("Police banned the sale of alcohol.", "SANCTION"),
    ("The government eased restrictions on the sale of alcohol.", "RETREAT"),
    ("He still bears a grudge against the government.", "SUPPORT"),
    ("The doctor told her to stay home.", "COERCE"),
    ("The minister bolstered his case with new figures.", "MOBILIZE"),
    ("The minister was closeted with aides all day.", "CONSULT"),
    ("Turkey is moving troops south to drive the Syrian Kurds out of Manbij.", "ASSAULT"),
    ("Turkey is moving troops south to attack Afrin and then attack Manbij.", "ASSAULT"),
    ("The militia ordered the station's staff to leave the building.", "SANCTION"),
    ("Israel opened the crossing to aid trucks.", "COOPERATE"),
    ("France and Germany jointly condemned the attack.", "COOPERATE"),
    ("It is intended to provide evidence for allegations that Assange conspired with Trump to damage Clinton.",
     "COOPERATE"),
    ("He slapped the reporter.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "kind"), NO_SUCH_EVENT)
def test_fifth_round_gives_no_such_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])


def test_a_show_of_force_is_one_event_with_its_act(event_nlp: Language) -> None:
    """ "In a show of strength, Caracas deployed helicopters": one mobilisation, the verb's."""
    text = "In a pointed show of strength, Caracas deployed attack helicopters and special forces near the airport."
    found = [e for e in events(event_nlp, text) if e.type == "MOBILIZE"]
    assert len(found) == 1 and found[0].text == "deployed", (text, [(e.type, e.text) for e in found])


def test_a_diplomat_expelled_stays_diplomatic(event_nlp: Language) -> None:
    text = "Britain expelled three Russian diplomats from London."
    assert "SANCTION" in kinds(event_nlp, text) and "ASSAULT" not in kinds(event_nlp, text)


def test_cooperation_bolstered_stays_cooperation(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The two countries bolstered cooperation on counter-terrorism.") == ["COOPERATE"]
