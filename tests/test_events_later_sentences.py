"""Events in the later sentences of wire stories (the ``dev2`` round): guesses, conditions, what is
asked for, private welcomes, deployments and signatures in reduced clauses, custody nouns.

Sentences written for this file (fictional people and places; real country names only where a
country is the actor). Mirrored where the sides matter.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_coder import events, kinds, names, one  # tests/event_coder.py

# -- what is not asserted ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The couple would probably be extradited to Germany, the spokeswoman said.",
        "Rebels probably shelled the town overnight, a resident said.",
        "Soldiers perhaps shelled the town overnight, a resident said.",
    ],
)
def test_a_guess_is_no_event(event_nlp: Language, text: str) -> None:
    assert kinds(event_nlp, text) == []


def test_a_condition_with_an_infinitive_is_no_event(event_nlp: Language) -> None:
    assert kinds(event_nlp, "If Germany were to extradite him, he said, it would lose face.") == []
    assert "COOPERATE" in kinds(event_nlp, "Germany extradited him to France on Monday.")


def test_keeping_ones_name_back_refuses_nothing(event_nlp: Language) -> None:
    text = "One elderly man, who declined to give his name, said his sons had left for the capital."
    assert kinds(event_nlp, text) == []


@pytest.mark.parametrize("asker", ["Germany", "Poland"])
def test_what_is_asked_for_is_not_done(event_nlp: Language, asker: str) -> None:
    assert kinds(event_nlp, f"{asker} has requested their deportation.") == ["REQUEST"]
    assert kinds(event_nlp, f"{asker} called for the release of the prisoners.") == ["REQUEST"]


def test_dismissing_as_characterises_but_dismissing_a_proposal_rejects_it(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Colonel Varga has dismissed any unrest as the work of foreigners.") == []
    assert kinds(event_nlp, "The minister dismissed the proposal as unworkable.") == ["REJECT"]


def test_a_family_welcome_is_private(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The rebel commander was welcomed home by his mother and sister.") == []
    assert kinds(event_nlp, "Villagers welcomed the rebel commander.") == ["SUPPORT"]


def test_an_infinitive_pushed_for_is_asked_not_done(event_nlp: Language) -> None:
    text = "Senator Hale pushed to bring Vesna into the alliance, and even to send troops to face Ruritania."
    assert "MOBILIZE" not in kinds(event_nlp, text)
    e = one(event_nlp, "France pushed Germany to send troops to Mali.", "REQUEST")
    assert names(e) == ("France", "Germany")


# -- reduced clauses ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("sender", "place"), [("Russian", "Chechnya"), ("Georgian", "Abkhazia")])
def test_troops_sent_somewhere_are_no_target(event_nlp: Language, sender: str, place: str) -> None:
    e = one(event_nlp, f"It involves the withdrawal of {sender} troops sent to {place} in December 1994.", "MOBILIZE")
    assert e.source is not None and e.source.name == sender
    assert e.target is not None and e.target.name == place
    country = "Moscow" if sender == "Russian" else "Tbilisi"
    e = one(event_nlp, f"{country} sent troops to {place} in December 1994.", "MOBILIZE")
    assert e.target is not None and e.target.name == place


def test_a_deal_signed_by_someone_is_theirs_but_a_letter_is_no_event(event_nlp: Language) -> None:
    text = "Officials said the deal signed by envoy Adam Brosk on Saturday was a victory for the separatists."
    e = one(event_nlp, text, "SUPPORT")  # CAMEO 057, signing a formal agreement
    assert e.source is not None and "Brosk" in e.source.name
    assert kinds(event_nlp, "In a letter signed by Bishop Adam Brosk, the diocese said no.") == []


def test_documents_provided_to_someone_are_no_cooperation(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Documents provided to the committees show that the envoy lied.") == []


def test_crushing_a_protest_is_violent_repression(event_nlp: Language) -> None:
    e = one(event_nlp, "The military brutally crushed demonstrations by students in the capital.", "ASSAULT")
    assert e.source is not None and e.source.name == "military"


def test_blasting_positions_is_an_attack_and_blasting_a_decision_criticism(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The air force blasted rebel strongholds in the mountains.") == ["ASSAULT"]
    assert kinds(event_nlp, "The senator blasted the decision as reckless.") == ["ACCUSE"]


# -- custody said with a noun ---------------------------------------------------------------------------


def test_an_arrest_of_someone_names_who_was_arrested(event_nlp: Language) -> None:
    e = one(event_nlp, "The tip-off led to the arrest of two men.", "COERCE")
    assert e.source is None and e.target is not None and e.target.name == "two men"
    e = one(event_nlp, "The arrest of the opposition leader sparked riots.", "COERCE")
    assert e.target is not None and e.target.name == "opposition leader"


def test_an_arrest_weighed_or_feared_is_none(event_nlp: Language) -> None:
    assert "COERCE" not in kinds(event_nlp, "The government is considering the arrest of several activists.")
    assert "COERCE" not in kinds(event_nlp, "He managed to avoid arrest for years.")


# -- tolls -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "More than 30,000 people have been killed since the conflict began in 1992.",
        "The war has killed an estimated 100,000 people.",
        "Some 1,500 people were killed in political violence last year.",
        "At least 40 people have been killed so far, police said.",
    ],
)
def test_a_death_toll_is_no_act(event_nlp: Language, text: str) -> None:
    assert "ASSAULT" not in kinds(event_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels have killed 300 civilians since January.",
        "Soldiers have killed 300 civilians since January.",
        "Two policemen were killed last year in an ambush.",
        "Three soldiers were killed in the clashes on Monday.",
    ],
)
def test_a_killing_with_a_killer_or_an_attack_is_still_an_act(event_nlp: Language, text: str) -> None:
    assert "ASSAULT" in kinds(event_nlp, text)


# -- who did what a clause blames, thanks or punishes someone for ----------------------------------------


@pytest.mark.parametrize(("police", "man"), [("Police", "man"), ("Rebels", "soldier")])
def test_the_one_punished_for_an_act_did_it(event_nlp: Language, police: str, man: str) -> None:
    e = one(event_nlp, f"{police} arrested the {man} for attacking a guard.", "ASSAULT")
    assert e.source is not None and e.source.name == man


@pytest.mark.parametrize(("accuser", "accused"), [("Rebels", "army"), ("Soldiers", "rebels")])
def test_the_one_accused_of_an_act_did_it(event_nlp: Language, accuser: str, accused: str) -> None:
    e = one(event_nlp, f"{accuser} accused the {accused} of shelling the market, a spokesman said.", "ASSAULT")
    assert e.source is not None and e.source.name == accused


def test_an_attack_for_a_stance_is_criticism(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The senator attacked the governor for his remarks on immigration.") == ["ACCUSE"]
    assert kinds(event_nlp, "Rebels attacked the convoy for the second time.") == ["ASSAULT"]
    assert kinds(event_nlp, "A teenager was attacked outside a diner for wearing a campaign hat.") == ["ASSAULT"]


def test_a_complaint_for_an_act_is_not_the_complainants_act(event_nlp: Language) -> None:
    text = "Parents filed a federal complaint against the school for forcing students to watch videos."
    assert all(e.source is None or e.source.name != "Parents" for e in events(event_nlp, text) if e.type == "COERCE")
    e = next(e for e in events(event_nlp, "The mayor won praise for helping refugees.") if e.text == "helping")
    assert e.source is not None and e.source.name == "mayor"


def test_whoever_is_thanked_for_an_act_did_it(event_nlp: Language) -> None:
    text = "President Adam Brosk expressed gratitude to Vesna for supporting the talks."
    e = next(e for e in events(event_nlp, text) if e.text == "supporting")
    assert e.type == "SUPPORT" and e.source is not None and e.source.name == "Vesna"


def test_signing_a_form_is_no_agreement(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Before Patel signed the Army application, a recruiter asked him about travel.") == []
    assert kinds(event_nlp, "Vesna and Ruritania signed a peace treaty.") == ["SUPPORT"]  # CAMEO 057


# -- attacks that are words, harm that is no attack, hosting that is no meeting --------------------------


@pytest.mark.parametrize("side", ["Vesna", "Ruritania"])
def test_words_and_works_attack_with_words(event_nlp: Language, side: str) -> None:
    assert kinds(event_nlp, f"The partnership produced a series of events attacking {side}.") == ["ACCUSE"]
    assert kinds(event_nlp, f"A speaker at the forum attacked the existence of {side}.") == ["ACCUSE"]
    assert kinds(event_nlp, f"Rebels attacked a {side} army convoy near the border.") == ["ASSAULT"]
    assert kinds(event_nlp, f"Troops attacked {side} positions near the border.") == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The gunman panicked and killed himself.",
        "A 17-year-old student was killed in a suspected accidental shooting at a high school.",
        "Vesna will do what is necessary to repel Ruritanian forces if they edge too close.",
    ],
)
def test_suicide_accident_and_resolve_are_no_assault(event_nlp: Language, text: str) -> None:
    assert "ASSAULT" not in kinds(event_nlp, text)


def test_hosting_a_show_is_no_consultation(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The city hosted the Olympics in 2008.") == []
    assert kinds(event_nlp, "The society hosted an event for its members.") == []
    assert kinds(event_nlp, "Qatar hosted a summit of Gulf leaders.") == ["CONSULT"]


# -- what a frame or a request governs, through "and" and through a noun -----------------------------------


def test_a_promise_of_two_acts_is_one_promise(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The rebels agreed to withdraw and hand over their weapons.") == ["AGREE"]
    assert sorted(kinds(event_nlp, "The rebels withdrew and handed over their weapons.")) == ["RETREAT", "RETREAT"]


@pytest.mark.parametrize("leader", ["President Adam Brosk", "Prime Minister Ida Wendt"])
def test_an_act_asked_for_through_a_noun_or_and_is_not_done(event_nlp: Language, leader: str) -> None:
    text = f"I am writing to ask you to take immediate action to ban {leader} from entering the country."
    assert "COERCE" not in kinds(event_nlp, text)
    text = f"Hale wrote to the minister urging her to go further, and issue an official ban on {leader}."
    assert "COERCE" not in kinds(event_nlp, text)


def test_a_clause_joined_to_a_condition_is_a_condition(event_nlp: Language) -> None:
    assert kinds(event_nlp, "If anyone comes to you but refuses the treaty, do not receive him.") == []


def test_being_opposed_to_something_is_a_view(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The old teachings are opposed to every form of violence.") == []
    assert kinds(event_nlp, "Germany opposed the sanctions.") == ["REJECT"]


def test_supposedly_is_a_guess(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Vesna had supposedly already rejected the plan.") == []


def test_having_the_nerve_or_being_caused_to_act_is_acting(event_nlp: Language) -> None:
    text = "Hale has the gall to label the decision a disgrace and to accuse the Vesna government of lying."
    assert "ACCUSE" in kinds(event_nlp, text)
    assert kinds(event_nlp, "The incident prompted Vesna to withdraw its troops from the border.") == ["RETREAT"]


def test_a_conjunct_with_its_own_auxiliary_is_its_own_clause(event_nlp: Language) -> None:
    text = "President Tom Hale said he had ordered the forces in the Gulf to go on high alert and was reinforcing them."
    e = next(e for e in events(event_nlp, text) if e.text == "reinforcing")
    assert e.type == "MOBILIZE" and e.source is not None and e.source.name == "Tom Hale"


# -- resignations, opinions and offers ------------------------------------------------------------------


def test_a_resignation_is_a_concession_only_under_pressure(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Vesna's prime minister resigned on Saturday after weeks of mass protests.") == ["CONCEDE"]
    assert kinds(event_nlp, "The minister stepped down amid calls for his dismissal.") == ["CONCEDE"]
    assert kinds(event_nlp, "His wife, who resigned from the city council, is expected to plead guilty.") == []
    assert kinds(event_nlp, "Five years ago today, Pope Benedict XVI abdicated the papacy.") == []


def test_agreeing_with_a_view_is_an_opinion(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Many said they agreed with the position of the company's president.") == []
    assert kinds(event_nlp, "Vesna and Ruritania agreed on a ceasefire.") == ["AGREE"]


@pytest.mark.parametrize("side", ["Vesna", "Ruritania"])
def test_an_offered_critique_is_criticism(event_nlp: Language, side: str) -> None:
    text = f"In a speech on Thursday the senator offered a strong critique of {side}'s military strategy."
    assert kinds(event_nlp, text) == ["ACCUSE"]
    assert kinds(event_nlp, f"{side} offered to mediate between the two sides.") == ["AGREE"]


def test_discussing_a_topic_alone_is_no_consultation(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Before Hale discussed Vesna's breaches of the deal, he thanked his staff.") == []
    e = one(event_nlp, "Hale discussed Vesna with Senator Ida Brosk.", "CONSULT")
    assert names(e) == ("Hale", "Ida Brosk")
    e = one(event_nlp, "France and Germany discussed the border on Monday.", "CONSULT")
    assert names(e) == ("France", "Germany")


def test_demonstrating_something_shows_it(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The files contain evidence demonstrating misconduct by the ministry.") == []
    assert kinds(event_nlp, "Hale has demonstrated very little of his former grit.") == []
    assert kinds(event_nlp, "Thousands of students demonstrated in the capital against the government.") == ["PROTEST"]


def test_an_offer_of_words_or_of_aid(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The theme for the day was offered by Father Luis Arostegui.") == []
    assert kinds(event_nlp, "Vesna offered aid to the flood victims.") == ["AGREE"]
    assert kinds(event_nlp, "The rebels offered a ceasefire.") == ["AGREE"]
    assert kinds(event_nlp, "The minister offered an apology to the victims.") == ["SUPPORT"]


def test_lifting_conceding_and_yielding_that_concede_nothing(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Though he had lifted the title from Barry Goldwater, Flake is no Goldwater.") == []
    assert kinds(event_nlp, "Pope Paul VI lifted the excommunications in 1971.") == ["CONCEDE"]
    assert kinds(event_nlp, "Horowitz conceded that this meant stopping the senator.") == []
    assert kinds(event_nlp, "A welfare check at the residence yielded 35 migrants.") == []
    assert "CONCEDE" in kinds(event_nlp, "The government yielded to the strikers' demands.")


def test_a_public_alert_and_a_prepared_list_mobilise_nobody(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The Vesna embassy in Tarsa issued a health alert on Wednesday.") == []
    assert kinds(event_nlp, "The agency prepared a list of officials to be assassinated.") == []
    assert kinds(event_nlp, "The army prepared to attack the town.") == ["MOBILIZE"]


def test_a_passive_infinitive_after_a_noun_is_to_come_unless_ranked(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The ministry published the names of the prisoners to be freed.") == []
    text = "The first Vesna citizen to be convicted of joining the militia has been sentenced to 20 years in prison."
    assert "ACCUSE" in kinds(event_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Recalled fly-half Henry Honiball kicked the Springboks into a 6-0 lead after 10 minutes.",
        "France 4:05.104 beat Germany 4:05.463 in the team pursuit.",
        "Belgium kicked off their campaign with a hard-fought victory over Turkey in a match marred by crowd trouble.",
    ],
)
def test_play_is_no_event(event_nlp: Language, text: str) -> None:
    assert kinds(event_nlp, text) == []


def test_a_kick_at_someone_is_still_an_assault(event_nlp: Language) -> None:
    assert kinds(event_nlp, "The police kicked the protester in the head.") == ["ASSAULT"]


def test_an_intended_act_joined_to_another_is_intended_too(event_nlp: Language) -> None:
    text = "President Adam Brosk is scheduled to give a speech and meet with exiled dissidents."
    assert kinds(event_nlp, text) == ["AGREE"]  # CAMEO 036, intent to meet
    assert kinds(event_nlp, "The rebels agreed to leave the city and hand over their weapons.") == ["AGREE"]


def test_a_call_for_a_resignation_is_no_resignation(event_nlp: Language) -> None:
    text = "Voices are now echoing Archbishop Hale's call for Bishop Brosk's resignation."
    assert kinds(event_nlp, text) == ["REQUEST"]


def test_a_gerund_heading_and_a_risk_report_no_act(event_nlp: Language) -> None:
    assert kinds(event_nlp, "Defending the Council by Defending the Status Quo") == []
    assert kinds(event_nlp, "At this moment, the entire regime is threatened with collapse.") == []
    assert kinds(event_nlp, "The journalist was threatened with arrest by the police.") == ["THREATEN"]
