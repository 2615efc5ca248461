"""The construction round: wordings whose trigger the lexicons already knew but whose construction the
rules did not read (a deadline parsed as an adverb, a partner after the shared thing, aid named as a
noun with its giver and receiver around it, acts done "in protest", conditional vetoes, resolve to
coerce, relief on its way). Each is checked both ways round (the same act coded the same way whoever
does it) and beside a sentence of the same shape that must give no such event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, kinds, mirrored_roles, names

#: (sentence with {a} doing it to {b}, PLOVER 2021 type of its main event, whether {b} is its target)
ACTS = [
    ("{a} gave {b} ten days to meet its demands.", "THREATEN", True),
    ("{a} agreed to share intelligence with {b}, officials said.", "AGREE", True),
    ("{a}'s donation of 10,000 tonnes of rice to {b} was announced on Tuesday.", "AID", True),
    ("{a} would not hesitate to impose sanctions on {b}, the minister said.", "THREATEN", True),
    ("{a} stood up for {b} at the Security Council on Tuesday.", "SUPPORT", True),
    ("{a} came to the defence of its ally {b} on Thursday.", "SUPPORT", True),
    ("{a} said it would veto the aid package for {b} unless its funds were unlocked.", "THREATEN", False),
    ("A shipment of tents and blankets from {a} landed in {b} on Saturday.", "AID", True),
    ("{a} would respond decisively to any attack by {b}, the defence minister said.", "THREATEN", True),
    ("{a} warned {b} that any military intervention would be treated as a declaration of war.", "THREATEN", True),
    ("{a} could halt its loans to {b} if the junta carries out more executions, the foreign minister said.",
     "THREATEN", True),
    ("The government of {a} extended $40 million in concessional loans to {b} on Tuesday.", "AID", True),
    ("{a} dispatched two navy ships loaded with drinking water and food to {b} on Monday.", "AID", True),
    ("The army of {a} gave the government of {b} until Friday to withdraw its troops.", "THREATEN", True),
]


@pytest.mark.parametrize(("template", "kind", "targeted"), ACTS)
def test_constructions_code_the_act_whoever_does_it(
    event_nlp: Language, template: str, kind: str, targeted: bool
) -> None:
    mirrored_roles(event_nlp, template, kind, targeted)


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # a noun the tagger reads as a verb at the start of a sentence
        ("Aid from Japan reached the flood-hit province of Sindh on Tuesday, officials said.", "AID", "Japan",
         "Sindh"),
        # money pledged "in loans to X", a grant "for X's programme"
        ("The European Union pledged $40 million in loans to Tunisia on Thursday.", "AGREE", "European Union",
         "Tunisia"),
        ("The World Bank approved a $250 million grant for Ethiopia's safety-net programme.", "AID", "World Bank",
         "Ethiopia"),
        ("Abu Dhabi deposited $1 billion with Egypt's central bank on Thursday.", "AID", "Abu Dhabi", "Egypt"),
        ("Poland sent a further shipment of artillery shells to Ukraine last week.", "AID", "Poland", "Ukraine"),
        # captives who are not called prisoners
        ("Authorities in Tehran freed a Swedish academic on Wednesday, his family said.", "RETREAT", "Authorities",
         None),
        ("Negotiators from Kenya and Uganda sat down on Tuesday for a fourth round of talks.", "CONSULT", "Kenya",
         None),
        # an act that is no event on its own, done in protest
        ("Traders in Kano shuttered their shops on Tuesday in protest at a new market levy.", "PROTEST", "Traders",
         None),
        ("Taxi drivers parked their cars across the highway on Wednesday to protest a rise in diesel prices.",
         "PROTEST", "Taxi drivers", None),
        ("Four detained activists in Tunis have refused food for a third week to protest their detention.",
         "PROTEST", "activists", None),
        ("The interior minister vowed to crush any further unrest in the capital.", "THREATEN", "interior minister",
         None),
        ("Kenya's communications authority stripped a private broadcaster of its licence on Friday.", "COERCE",
         "communications authority", "broadcaster"),
        ("Riot police fanned out across the business district early on Tuesday.", "MOBILIZE", "Riot police", None),
        ("The navies of Senegal and Spain carried out a joint sweep for smuggling boats off Dakar.", "COOPERATE",
         "Senegal", None),
        ("Transport workers in Lima staged a 24-hour strike on Thursday.", "PROTEST", "Transport workers", None),
        ("A commander of the guerrillas warned oil workers to leave within 48 hours or face the consequences.",
         "THREATEN", "commander", "oil workers"),
        ("The Nepali prime minister apologised to the families of villagers killed by police.", "SUPPORT",
         "prime minister", "families"),
        ("Hungary's foreign minister leapt to the defence of Serbia on Monday.", "SUPPORT", "foreign minister",
         "Serbia"),
        ("Nicaragua has told the UN office that its staff will be expelled if they continue to interfere.",
         "THREATEN", "Nicaragua", None),
        ("The minister warned that Seoul would pay dearly for letting activists float the leaflets.", "THREATEN",
         "minister", "Seoul"),
        ("Aid from Oman was handed over to Yemeni authorities in Mahra province on Tuesday.", "AID", "Oman",
         "Yemeni authorities"),
        ("The consignment of rice, delivered by the World Food Programme to Sindh on Monday, was the first.", "AID",
         "World Food Programme", "Sindh"),
        # ultimatums to companies, expulsions of charities, warnings in a participle or a passive
        ("Houthi rebels gave shipping companies 72 hours to stop sending vessels to Israeli ports or see their ships "
         "targeted.", "THREATEN", "Houthi rebels", "shipping companies"),
        ("Authorities in Minsk ordered the Norwegian Refugee Council to close its office and leave Belarus.",
         "SANCTION", "Authorities", "Norwegian Refugee Council"),
        ("Chinese coast guard vessels radioed a Philippine boat, warning it would be forcibly expelled if it did "
         "not turn back.", "THREATEN", "coast guard", None),
        ("The junta leader warned political parties that any street rally would be dispersed by all means "
         "necessary.", "THREATEN", "junta leader", None),
        ("Iran allowed IAEA inspectors back into the Fordow enrichment plant on Monday.", "RETREAT", "Iran",
         "inspectors"),
        # a warning with its day between the verb and "of"; a vow of a noun; hunger strikes and walkouts
        ("Farmers' groups in Punjab warned on Wednesday of a blockade of all highways into Delhi.", "THREATEN",
         "Farmers", None),
        ("The militant group vowed a wave of bombings against tourist sites unless its leader was freed.",
         "THREATEN", "militant group", None),
        ("Seven detained journalists have been on a hunger strike for twelve days.", "PROTEST", "journalists", None),
        ("Several opposition deputies in Minsk have gone without food for five days.", "PROTEST", "deputies", None),
        ("Taxi drivers pulled their cars off the streets on Tuesday in a work stoppage against a new fuel levy.",
         "PROTEST", "Taxi drivers", None),
        # aid parked, kitted out, written off, flown in a laden plane
        ("Riyadh parked $3 billion at the State Bank of Pakistan on Monday.", "AID", "Riyadh", "State Bank"),
        ("Ankara has kitted out the Ethiopian air force with armed drones.", "AID", "Ankara", "air force"),
        ("Paris wrote off 400 million euros owed by Senegal on Tuesday.", "AID", "Paris", "Senegal"),
        ("A Jordanian air force plane laden with blankets and tents landed in Benghazi on Friday.", "AID",
         "Jordanian", "Benghazi"),
        ("Cash-strapped Lebanon received a $250 million lifeline from Qatar on Wednesday.", "AID", "Qatar",
         "Lebanon"),
        # people sent home or back, cordons, walking away from talks, emergencies
        ("Pyongyang sent home two South Korean sailors whose boat had drifted across the border.", "RETREAT",
         "Pyongyang", "sailors"),
        ("Ottawa has sent home a Chinese consular official.", "SANCTION", "Ottawa", "official"),
        ("Thailand sent 40 Uyghur men back to China on Thursday.", "COERCE", "Thailand", "men"),
        ("Security forces threw a cordon around the mining district on Tuesday.", "COERCE", "Security forces", None),
        ("The rebel alliance suspended its participation in the Geneva negotiations on Sunday.", "SANCTION",
         "rebel alliance", None),
        ("The Qatari mediators quit the Darfur peace process on Tuesday.", "SANCTION", "Qatari mediators", None),
        ("President Damir Oskal placed the country under a state of emergency late on Sunday.", "COERCE",
         "Damir Oskal", None),
        # offers as nouns, forceful dealings, a state's own threat, damage to relations, harm vowed as a noun
        ("Hamas has signalled its readiness to free the captured Israeli soldier.", "AGREE", "Hamas", "soldier"),
        ("Indonesia expressed willingness on Tuesday to mount joint naval patrols with the Philippines.", "AGREE",
         "Indonesia", "Philippines"),
        ("The Interior Ministry said that security forces would deal firmly and decisively with protesters.",
         "THREATEN", "security forces", "protesters"),
        ("Israeli Defence Minister Ehud Barak warned that Israel would attack Hezbollah positions if the group "
         "fired rockets.", "THREATEN", "Ehud Barak", "Hezbollah"),
        ("Turkey warned France that bilateral relations would suffer irreparable damage if the bill passed.",
         "THREATEN", "Turkey", "France"),
        ("The group vowed to unleash a wave of suicide bombings in Moscow unless Russian troops left.", "THREATEN",
         "group", None),
        # strikes as a means, police flown in, disbursements halted, people snatched, access restored
        ("Transport workers brought Dakar to a standstill on Monday with a 48-hour strike.", "PROTEST",
         "Transport workers", None),
        ("The Interior Ministry has flown 2,000 extra police officers into Nalchik.", "MOBILIZE", "Interior Ministry",
         None),
        ("The African Development Bank halted disbursements to Malawi's irrigation programme.", "SANCTION",
         "African Development Bank", "Malawi"),
        ("Gunmen snatched two Indian engineers from a road construction site on Friday.", "ASSAULT", "Gunmen",
         "engineers"),
        ("Authorities in Addis Ababa restored access to dozens of opposition websites on Thursday.", "CONCEDE",
         "Authorities", None),
        ("Havana has sent a brigade of 120 doctors and nurses to Guinea-Bissau.", "AID", "Havana", None),
        ("Russia has transferred a batch of armoured personnel carriers to the Kyrgyz army.", "AID", "Russia",
         "Kyrgyz army"),
        ("Qatar footed the bill for the salaries of Gaza civil servants.", "AID", "Qatar", None),
        ("Ethiopian authorities opened the Ogaden region to UN food convoys on Thursday.", "RETREAT",
         "Ethiopian authorities", None),
        ("Yemeni President Ali Abdullah Saleh brushed aside opposition calls for his resignation.", "REJECT",
         "Ali Abdullah Saleh", None),
        ("Protesters gathered outside the prosecutor's office, calling for him to step aside.", "REQUEST",
         "Protesters", None),
    ],
)  # fmt: skip
def test_construction(event_nlp: Language, text: str, kind: str, source: str, target: str | None) -> None:
    found = [e for e in events(event_nlp, text) if e.type == kind]
    assert found, (text, [(e.type, e.text) for e in events(event_nlp, text)])
    got_source, got_target = names(found[0])
    assert got_source is not None and source in got_source, (text, names(found[0]))
    if target is not None:
        assert got_target is not None and target in got_target, (text, names(found[0]))


def test_a_ship_seized_on_a_weekday_is_seized(event_nlp: Language) -> None:
    # "seized on / upon" an occasion is no seizure; "seized a tanker on Thursday" is one
    found = events(event_nlp, "Iranian forces seized a tanker in the Gulf of Oman on Thursday.")
    assert [names(e)[0] for e in found] == ["Iranian forces"], found
    assert events(event_nlp, "Israel seized upon the opportunity.") == []


def test_the_means_of_a_response_is_no_target(event_nlp: Language) -> None:
    text = "The army said it would respond with force to any incursion by Estavian troops."
    threat = next(e for e in events(event_nlp, text) if e.type == "THREATEN")
    assert names(threat)[1] != "force"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a schedule, not an ultimatum; a grudge, not a threat
        ("The manager gave the staff ten days to prepare the report.", "THREATEN"),
        ("He says he would oppose the program if he thought it was being used to convert children.", "THREATEN"),
        ("She would not hesitate to call him if she needed help.", "THREATEN"),
        # people released from contracts, a family sitting down, a shop closed for the holiday
        ("The company released 40 workers from their contracts.", "RETREAT"),
        ("The family sat down for dinner on Tuesday.", "CONSULT"),
        ("The company closed its shops on Sunday for the holiday.", "PROTEST"),
        # an act done in protest that has an event of its own keeps it
        ("Russia recalled its ambassador in protest.", "PROTEST"),
        # "for X to ...": what would be, not what was
        ("It would be legal for a merchant to refuse to serve gay customers.", "REJECT"),
        ("The senator called for the United States to accept more refugees.", "AGREE"),
        # standing up for oneself or for an idea
        ("The judge forcefully stood up for himself as his voice trembled.", "SUPPORT"),
        # a thing deprives, nobody does
        ("The nature of the case deprives the company of its legal rights.", "COERCE"),
        # goods that are also sold
        ("A shipment of wheat from Canada arrived in Port Sudan on Monday.", "AID"),
        ("A convoy of aid from Jordan could not reach Gaza.", "AID"),
        # a private apology; a reply, a deal, a comeback, a forecast
        ("He apologised to his family.", "SUPPORT"),
        ("The ministry will respond to the letter next week.", "THREATEN"),
        ("The company would strike a deal with the union.", "THREATEN"),
        ("The coach said the team would hit back after the defeat.", "THREATEN"),
        ("Analysts said the strike would be seen as an act of war.", "THREATEN"),
        ("Investors who bought at the peak will pay dearly, analysts said.", "THREATEN"),
        # the outlet's own guess, a past that might have been, a deadline for homework
        ("The United States could impose sanctions on Russia if it invades Ukraine.", "THREATEN"),
        ("This tragedy could have been prevented if the city had handed him over, the director said.", "THREATEN"),
        ("The teacher gave the pupils until Friday to finish the essay.", "THREATEN"),
        # an air campaign is no labour strike; dying in a protest, staying away from a resort, a bank's bad loans
        ("The army carried out a 24-hour strike campaign.", "PROTEST"),
        ("Two protesters died in a demonstration in Lagos.", "PROTEST"),
        ("Tourists stayed away from the resort after the storm.", "PROTEST"),
        ("The bank wrote off 400 million euros in bad loans.", "AID"),
        ("A plane carrying the president landed in Kabul.", "AID"),
        ("The coach sent the players home early.", "RETREAT"),
        ("The company sent its workers home.", "SANCTION"),
        # an offer reported as ridiculed, a commitment to fight a thing, a dealing with a backlog
        ("Trump attracted ridicule for his pledge to endorse whichever candidate he liked.", "AGREE"),
        ("The president reiterated his commitment to fight corruption.", "THREATEN"),
        ("The ministry said it would deal with the backlog quickly.", "THREATEN"),
        ("He interrupted constantly with protests or sarcastic asides.", "PROTEST"),
        ("Economists warned that the economy would suffer serious damage from the drought.", "THREATEN"),
        # what a report only suggests
        ("Reports suggesting they were planning to restore Iran's access to the banks were false, he said.", "AGREE"),
        ("The task force suggested that states loosen restrictions on firearms.", "CONCEDE"),
        ("He brushed aside the dust.", "REJECT"),
    ],
)
def test_no_such_event(event_nlp: Language, text: str, kind: str) -> None:
    assert kind not in kinds(event_nlp, text), (text, [(e.type, e.text) for e in events(event_nlp, text)])
