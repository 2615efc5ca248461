"""Who did what to whom, when and where: the ``newsprobe_events`` spaCy component (PLOVER).

It writes ``doc._.events``, a list of :class:`newsprobe.model.Event` in text order, from rules over
the dependency parse and the lexicons in ``data/events/`` (written from the PLOVER event
definitions; no trained model):

* **Triggers.** A verb from ``verbs.tsv`` ("shelled", "condemned"), a verb with an object from
  ``phrases.tsv`` ("imposed sanctions", "received a delegation"), or an event noun from
  ``nouns.tsv``/``compounds.tsv`` ("sanctions", "rocket attacks") when someone is named as doing it:
  a possessor ("Australia's sanctions"), an actor modifier ("EU sanctions"), "by X", or the subject
  of a support verb ("X carried out attacks"). Adjectival participles ("occupied territories") are
  no events.
* **Actors.** Source = subject, or the agent in the passive ("Z was shelled by Y"); target = object
  (or the actor named inside it: "condemned Australia's sanctions" -> Australia), else the object of
  on/against/with/at/to. Subjects missing from a clause come from the clause it depends on.
* **Modality.** Frame verbs decide the type of what they govern: "threatened to strike" is THREATEN
  (mode violence), "refused to withdraw" REJECT, "offered/promised/agreed to withdraw" AGREE,
  "urged X to withdraw" DEMAND, "prepared to attack" MOBILIZE. A cooperative act in the future
  ("will meet", "is willing to withdraw") is AGREE, a material hostile one THREATEN; a negated
  cooperative act is REJECT and a negated hostile one is no event. An infinitive its governor does
  not assert ("allowed X to attack", "wants X to attack", "did not give permission to X to help",
  a purpose "shelled the town to punish Y") is no event; "began/tried/decided to" assert it.
* **Type by sectors, never by party.** Bombing by a state or its forces is conventional force
  (heavy-weapons), by anyone else non-military bombing (explosives; CAMEO 183); a generic attack on
  civilians is unconventional violence.
* **PLOVER 2021.** The rules work in PLOVER's types plus four working distinctions (FIGHT,
  DEMAND, DISAPPROVE, INVESTIGATE); every event is emitted in PLOVER Draft 0.8 (2021, as POLECAT
  codes), see :func:`newsprobe.components.event_lexicon.to_plover2021`: conventional military force
  is ASSAULT with context "military" (CAMEO 19x), DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are
  ACCUSE (modes disapprove, investigate).
* **Wanted is not done.** The content of a demand, call, proposal, request, order, plan or hope
  ("demanded that X withdraw", "hopes that X will withdraw", a subjunctive "that X withdraw") is no
  event of its own; the request is addressed to whom it asks ("urged X to release the prisoners",
  "called on X to ...": target X).
* **Places attacked.** A named place as the patient ("shelled the village of Kesh") is the target,
  as the PLOVER records code it (its country when known, no sector: a place is not its civilians).
* **Voice.** An event inside a quote's content (``doc._.quotes``), or in a clause reported by a
  speech verb ("X said Y shelled Z"), is ``quoted`` and ``claimed_by`` the speaker; a noun-phrase
  object of the cue ("Iran condemned Australia's sanctions") stays in the outlet's voice.
* **Date and place.** A date from ``doc._.dates`` and a place entity in the event's own clause (a
  temporal "as/when/while" clause shares its main clause's); none is borrowed from elsewhere.

The rules are split by what they decide (each module's docstring says what): ``syntax`` (token
helpers, lexicon look-ups), ``modality``, ``arguments``, ``material``, ``triggers``, ``real_news``,
``noun_triggers``, ``placing`` (clause, date, place, voice), ``precision``, ``page_precision`` (idioms and private life
that are no events, allegations and findings of misdeeds), ``custody``, ``political_speech``
(criticism said as an evaluation of an actor), ``campaign_news`` (positions held, denials and
rallies in campaign copy) and ``world_news`` (international and security news: enlisting, occasions
seized, states and descriptions that are no acts, name-calling, boycotts of a
gathering), ``threats`` (prices to pay, deadlines, resolve, responses of force, acts taken for war),
``recall_aidco`` (aid, cooperation and relief on its way), ``recall_verbal`` (protests, including acts
done in protest), ``offers`` (acts offered as nouns: "signalled its readiness to free", and readiness
for talks), ``verbal_attack`` (attacks in words, which are disapproval) and ``senses`` (senses of a
trigger word that are no event: "captured strong support", "beating the war drums", "pressed ahead",
"toured the museum"); this module runs them.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsprobe.components._ext import register_extensions
from newsprobe.components.entities import entity_at
from newsprobe.components.event_lexicon import Code, lexicon, to_plover2021
from newsprobe.components.events.arguments import _actor, _subject
from newsprobe.components.events.campaign_news import campaign_doubt
from newsprobe.components.events.custody import CUSTODY, in_custody
from newsprobe.components.events.material import MATERIAL_HEADS, STATE_FORCES, _material_refine
from newsprobe.components.events.modality import WARNING, WILLING, _frame
from newsprobe.components.events.noun_triggers import _noun_event, noun_tagged_verb
from newsprobe.components.events.offers import READY_FOR, offered_act, ready_for_talks, ready_to_cooperate
from newsprobe.components.events.page_precision import after_question, commerce_not_aid
from newsprobe.components.events.placing import _date_for, _place_for, _voice
from newsprobe.components.events.political_speech import (
    NEGATIVE_EVALUATION,
    is_speech_candidate,
    political_speech_event,
    political_speech_repair,
)
from newsprobe.components.events.precision import (
    _called_for_to,
    _damage_by_attack,
    _held_on_charges,
    _real_page_doubt,
    _warned_to,
)
from newsprobe.components.events.real_news import RECEIVING, _real_news_repair, _received, _riot
from newsprobe.components.events.recall_aidco import (
    CARGO,
    CARRIERS,
    aid_cargo,
    aidco_candidate,
    aidco_doubt,
    aidco_event,
    speaker_owns,
)
from newsprobe.components.events.recall_verbal import (
    GATHERING,
    blame_laid,
    defied_rule,
    done_in_defiance,
    done_in_protest,
    held_responsible,
    idiom_candidate,
    misread_reporter,
    no_grudge,
    protest_motives,
    refused_in_protest,
    said_no,
)
from newsprobe.components.events.reparse import repair_verbs_read_as_adjectives
from newsprobe.components.events.sport import market_talk, sports_report
from newsprobe.components.events.syntax import (
    CLEARING,
    DISPLAYS,
    FRAME_INTENT,
    FRAMES,
    LISTING_VERBS,
    NEEDING,
    NOMINALS,
    NOUN_WITH_PREP,
    OBLIGATION,
    _child,
    _Found,
    _hyphenated,
    _infinitive,
    _lemmas,
    charged_with,
)
from newsprobe.components.events.threats import (
    THREAT_VERBS,
    WARNING_VERBS,
    consequence_follows,
    held_over,
    held_over_candidate,
    held_over_passive,
    stern_warning,
    threat_event,
)
from newsprobe.components.events.triggers import (
    ALLEGING,
    APPROVING,
    MANDATIVE,
    PHONE_VERBS,
    SPEAKING_UP,
    _verb_event,
)
from newsprobe.components.events.verbal_attack import verbal_attack
from newsprobe.components.events.wire_actors import quoted_first_person, unresolved_first_person
from newsprobe.components.events.wire_material import (
    attempt_on_life,
    wire_candidate,
    wire_material_doubt,
    wire_material_event,
    wire_material_repair,
)
from newsprobe.components.events.wire_verbal import WIRE_VERBS, wire_verbal_event, wire_verbal_repair
from newsprobe.components.events.world_news import (
    NAMING,
    WARNING_NOUNS,
    name_calling,
    warning_of_attack,
    world_news_doubt,
    world_news_repair,
)
from newsprobe.model import DateExpr, Event, EventActor, Offsets, Quote

__all__ = ["find_events", "event_candidates", "EventsComponent"]


@lru_cache(maxsize=1)
def _verb_heads() -> frozenset[str]:
    """Every verb lemma that starts a lexicon entry ("call" for "call_for"), less "warn": its own branch
    reads "warned X to do Y" first and its entries ("warned of a crushing response") after."""
    lex = lexicon()
    return frozenset(key.split("_")[0] for key in (*lex.verbs, *lex.phrases)) - WARNING


#: nouns of relief on its way: a shipment, or a plane laden with relief
CARGO_NOUNS = CARGO | CARRIERS


def event_candidates(doc: Doc) -> list[_Found]:
    """The events the lexicons find in ``doc``, before actors are resolved."""
    register_extensions()
    lex = lexicon()
    heads = _verb_heads()
    candidates: dict[int, _Found] = {}
    consumed: set[int] = set()
    motives = protest_motives(doc)  # "shuttered their shops in protest at ...": the verbs done in protest
    for tok in doc:
        lemma = tok.lemma_.lower()
        # "Aid from Japan reached ...": a noun the tagger read as a verb is read as the noun (the doc's
        # tags are left as they are for the components after this one)
        as_noun = noun_tagged_verb(tok)
        if tok.pos_ == "VERB" and not as_noun:
            # cheap tests first: most verbs are no trigger, and walking a token's children is slow
            if (
                lemma in FRAMES
                or lemma in LISTING_VERBS
                or lemma in MANDATIVE
                or lemma in ALLEGING
                or lemma == "find"
                or any(lem in heads for lem in _lemmas(tok))
                or lemma in PHONE_VERBS
                or lemma in SPEAKING_UP
                or lemma in APPROVING
                or lemma in MATERIAL_HEADS
                or lemma in RECEIVING
                or lemma in GATHERING
                or wire_candidate(tok)
                or lemma in WIRE_VERBS
                or aidco_candidate(tok)
                or is_speech_candidate(tok)
                or lemma in NAMING
                or lemma in NEEDING
                or lemma in THREAT_VERBS
                or lemma in WARNING_VERBS
                or held_over_candidate(tok)
                or idiom_candidate(tok)
                or tok.i in motives
                or defied_rule(tok) is not None
                or (lemma == "say" and any(c.lower_ == "no" for c in tok.children))
                or (tok.dep_ == "xcomp" and tok.head.lower_ in WILLING)
                or (tok.dep_ == "ccomp" and any(c.lower_ in OBLIGATION for c in tok.children))
            ):
                found = _received(doc, tok) if lemma in RECEIVING else None
                found = found or (political_speech_event(doc, tok) if is_speech_candidate(tok) else None)
                # "would pay a heavy price", "gave X 48 hours to", "will not tolerate any attack"
                found = found or (threat_event(doc, tok) if lemma in THREAT_VERBS else None)
                # "issued a stern warning to Manila over the reef"
                found = found or (stern_warning(doc, tok) if lemma in WARNING_VERBS else None)
                # "would take the dispute to the World Court unless Nigeria withdrew": an act held over
                found = found or held_over(doc, tok) or held_over_passive(doc, tok)
                found = found or consequence_follows(doc, tok)  # "a boycott will follow if X ..."
                found = found or _verb_event(doc, tok) or _held_on_charges(doc, tok) or _called_for_to(doc, tok)
                found = found or wire_material_event(doc, tok)
                found = found or wire_verbal_event(doc, tok)
                found = found or name_calling(doc, tok)  # "branded X a terror army"
                found = found or (done_in_protest(doc, tok, motives[tok.i]) if tok.i in motives else None)
                found = found or offered_act(doc, tok)  # "signalled its readiness to free the soldier"
                found = found or done_in_defiance(doc, tok)  # "gathered in open defiance of a decree"
                found = found or held_responsible(doc, tok)  # "held the coalition responsible for ..."
                found = found or blame_laid(doc, tok) or no_grudge(doc, tok)  # "laid the blame on X", "bore no grudge"
                found = found or said_no(doc, tok)  # "Berlin said no to Kyiv's request"
                found = found or ready_to_cooperate(doc, tok)  # "is ready to open its files to X"
                found = refused_in_protest(doc, found, motives) if found is not None else None
                found = wire_verbal_repair(doc, found) if found is not None else None
                found = misread_reporter(doc, found) if found is not None else None  # "X, ..., alleged that"
                found = political_speech_repair(doc, found) if found is not None else None
                found = _damage_by_attack(doc, found) if found is not None else None
                found = wire_material_repair(doc, found) if found is not None else None
                found = world_news_repair(doc, found) if found is not None else None
                if found is not None and wire_material_doubt(doc, found, candidates.keys()):
                    found = None  # real wire copy: follow-on participles, harm by things, "armed with"
                if found is not None and (campaign_doubt(found) or world_news_doubt(found)):
                    found = None  # positions held, denials, rallies; enlisting, "seized upon", ...
                if found is not None and not _real_page_doubt(doc, found) and not aidco_doubt(doc, found):
                    candidates[tok.i] = speaker_owns(doc, _real_news_repair(doc, found))
                    consumed.update(found.consumed)
            elif lemma == "warn":
                found = _warned_to(doc, tok) or stern_warning(doc, tok)
                found = found or aidco_event(doc, tok) or _verb_event(doc, tok)
                if found is not None and not _real_page_doubt(doc, found):
                    candidates[tok.i] = found
                    consumed.update(found.consumed)  # "warned of sanctions": one threat, not two
        elif tok.pos_ == "ADJ" and tok.lower_ in READY_FOR:
            found = ready_for_talks(doc, tok)  # "said it was ready for talks with the United States"
            if found is not None and not _real_page_doubt(doc, found) and not campaign_doubt(found):
                candidates[tok.i] = found
                consumed.update(found.consumed)
        elif (tok.pos_ == "ADJ" or tok.dep_ == "oprd") and tok.lower_ in NEGATIVE_EVALUATION:
            found = political_speech_event(doc, tok)  # " 'X's remarks were offensive,' Y said"
            if found is not None and not _real_page_doubt(doc, found):
                candidates[tok.i] = found
        elif (tok.pos_ in ("NOUN", "PROPN") or as_noun) and (
            lemma in lex.nouns or lemma in lex.compounds or tok.lower_ in lex.nouns or lemma in NOUN_WITH_PREP
            or lemma in NOMINALS or lemma in CUSTODY or lemma == "attempt" or lemma in WARNING_NOUNS
            or lemma in CARGO_NOUNS
            or lemma in DISPLAYS
            or (tok.i >= 2 and doc[tok.i - 1].text == "-" and _hyphenated(tok) in lex.nouns)  # "a sit-in by"
        ):
            found = _noun_event(doc, tok) or in_custody(doc, tok)  # "X is in police custody"
            found = found or aid_cargo(doc, tok)  # "a shipment of tents from Saudi Arabia landed at ..."
            found = found or attempt_on_life(doc, tok)  # "an attempt on her life"
            found = found or warning_of_attack(doc, tok)  # "ISIS warnings of a forthcoming attack"
            found = wire_verbal_repair(doc, found) if found is not None else None
            if (
                found is not None
                and not campaign_doubt(found)
                and not world_news_doubt(found)
                and not _real_page_doubt(doc, found)
                and not wire_material_doubt(doc, found, candidates.keys())
            ):
                candidates[tok.i] = found
                consumed.update(found.consumed)  # "arrived in X for talks with Y": the talks, not the arrival
    out = []
    for i in sorted(candidates):
        found = candidates[i]
        nameless = found.trigger.pos_ in ("NOUN", "PROPN") and not found.victim_only
        if i in consumed or (nameless and _actor(doc, found.source_tok) is None):
            continue
        if _left_to_a_frame(found, candidates) or _manner_of(found, candidates):
            continue
        out.append(found)
    return out


def _left_to_a_frame(found: _Found, candidates: dict[int, _Found]) -> bool:
    """ "Serbian nationalists threatened to seal off the crossings", "urged the coalition to open talks":
    an act in the infinitive of a frame verb is not done; the frame's own event carries it (and consumes
    it). When the frame has no event (nobody named does it), the act is dropped too, unless it already
    reads as what the frame makes of it (a threat under "threatened to")."""
    verb = found.trigger
    if found.kind == "THREATEN":
        return False  # a threat claims nothing done ("refused to rule out an attack on X")
    if verb.pos_ in ("NOUN", "PROPN") and _child(verb, "poss") is not None:
        return False  # "to shut down Mueller's investigation": the investigation is there, the verb aside
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "pobj" and verb.head.lower_ == "of":
        verb = verb.head.head  # "to hold a new round of talks": the round's verb does the talks
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # "to open talks", "to impose a naval blockade": the verb that does the noun
    if verb.dep_ not in ("xcomp", "ccomp") or verb.pos_ != "VERB" or not _infinitive(verb):
        return False
    frame = verb.head
    if frame.pos_ != "VERB" or frame.lemma_.lower() not in FRAMES or frame.lemma_.lower() in FRAME_INTENT:
        return False  # "plans to send aid" is read as an offer by the modality rules
    if frame.i in candidates and candidates[frame.i].trigger.i == frame.i and verb.i == found.trigger.i:
        return False  # consumed by the frame's event already, or read with it
    made = _frame(frame, (found.kind, found.mode))
    return made is None or made[0] != found.kind


#: the verbs of a demonstration that are also how soldiers move
MARCHING = frozenset({"march", "parade"})


def _manner_of(found: _Found, candidates: dict[int, _Found]) -> bool:
    """A show of arms named as the manner of an act of the same kind: "paraded tanks through the
    capital in a show of force", "In a show of strength, Caracas deployed helicopters" (one event,
    the verb's)."""
    trig = found.trigger
    if trig.lemma_.lower() not in DISPLAYS or trig.dep_ != "pobj" or trig.head.lower_ != "in":
        return False
    act = candidates.get(trig.head.head.i)
    return act is not None and act.kind == found.kind


def _troops_on_the_march(found: _Found, source: EventActor | None) -> bool:
    """A march or parade by a military body is no protest (the sector decides, never who they are)."""
    return (
        found.kind == "PROTEST" and found.trigger.lemma_.lower() in MARCHING
        and source is not None and source.sector == "military"
    )


#: who a violent act is done to makes it unconventional violence (PLOVER ASSAULT), whoever does it
CIVILIAN_SECTORS = frozenset({"civilian", "refugee", "religious", "media", "health", "education"})


BOMB_WORDS = frozenset({"bomb", "bombing"})


def _foretold(found: _Found) -> bool:
    """A threat read from a passive to come with no one doing it ("would be slaughtered", "will be
    arrested"): with no threatener named anywhere it foretells, it threatens nothing."""
    trig = found.trigger
    return (
        found.kind == "THREATEN" and trig.pos_ == "VERB" and _child(trig, "auxpass") is not None
        and _child(trig, "agent") is None and trig.lemma_.lower() not in ("threaten", "warn")
    )  # fmt: skip


def _by_actors(found: _Found, source: EventActor | None, target: EventActor | None) -> Code:
    """Refine a violent act's type by its actors' sectors (never by who they are): bombing by a
    state or its forces is conventional force (FIGHT, aerial weapons), by anyone else ASSAULT
    (explosives, CAMEO 183: non-military bombing); a generic attack on civilians is ASSAULT."""
    kind, mode = found.kind, found.mode
    lemma = found.trigger.lemma_.lower()
    if verbal_attack(found, source):
        return "DISAPPROVE", None  # "Trump attacked Clinton over her emails": in words
    if lemma in BOMB_WORDS and kind in ("FIGHT", "ASSAULT") and mode in ("heavy-weapons", "explosives"):
        qualified = any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("suicide", "car", "roadside", "truck", "air", "aerial")
            for c in found.trigger.children
        )
        if source is not None and not qualified:
            state = source.sector in STATE_FORCES or (source.sector is None and source.country is not None)
            return ("FIGHT", "heavy-weapons") if state else ("ASSAULT", "explosives")
    if kind == "FIGHT" and mode is None and target is not None and target.sector in CIVILIAN_SECTORS:
        return "ASSAULT", None
    if kind == "PROTEST" and mode == "riot" and target is not None and _individual(found.source_tok):
        return "ASSAULT", "beat"  # one person throwing stones at someone is an assault, not a riot
    if kind in ("ASSAULT", "FIGHT") and found.trigger.pos_ == "NOUN" and lemma == "attack" and source is not None:
        if source.sector == "media" and target is not None and _individual(found.target_tok):
            return "DISAPPROVE", None  # "the newspaper's attacks on the minister": in print
    return kind, mode


#: nouns for many people at once
COLLECTIVE = frozenset({"crowd", "mob", "group", "gang", "people", "protester", "demonstrator", "youth"})


def _individual(tok: Token | None) -> bool:
    """One person: "he", "a man", "the accused", a named person (not "protesters", "a mob")."""
    if tok is None:
        return False
    if tok.lower_ in ("he", "she"):
        return True
    ent = entity_at(tok.doc, tok.idx, tok.idx + len(tok.text))
    if ent is not None:
        return ent.label == "PERSON"
    return tok.tag_ in ("NN", "VBN") and tok.lemma_.lower() not in COLLECTIVE


def _hung_on_the_reported_clause(found: _Found) -> bool:
    """A trailing participle done to a pronoun ("..., accusing it of ...") that the parser hangs on a
    clause a verb reports ("criticized how the FBI handled ..."), with that clause's subject as its own."""
    trig, head, done_to = found.trigger, found.trigger.head, found.target_tok
    if trig.dep_ != "advcl" or trig.tag_ != "VBG" or head.dep_ != "ccomp" or head.head.pos_ != "VERB":
        return False
    if head.head.i > head.i:
        return False  # "X detained them, accusing them of ..., an official said": the clause is the report
    inner = _child(head, "nsubj")
    # "it" for the body in the clause ("urging her" after "Bryant has written to May" is May)
    if done_to is None or inner is None or done_to.lower_ not in ("it", "them") or inner.ent_type_ == "PERSON":
        return False
    return found.source_tok is not None and found.source_tok.i == inner.i


def _same_actor(a: EventActor | None, b: EventActor | None) -> bool:
    if a is None or b is None:
        return False
    if a.entity_id is not None and a.entity_id == b.entity_id:
        return True
    return a.mention.start < b.mention.end and b.mention.start < a.mention.end


def _coordinated_twin(
    found: _Found, source: EventActor | None, target: EventActor | None,
    other: _Found, o_source: EventActor | None, o_target: EventActor | None,
) -> bool:  # fmt: skip
    """Two coordinated verbs coding the same event between the same actors."""
    a, b = found.trigger, other.trigger
    if not ((a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)):
        return False
    same = (found.kind, found.mode) == (other.kind, other.mode)
    # "shot and killed 13 soldiers": one assault, whatever each verb's mode ("withdrew and handed over
    # their weapons" stays two acts)
    violent = to_plover2021(found.kind, found.mode)[0] == to_plover2021(other.kind, other.mode)[0] == "ASSAULT"
    same = same or violent
    names = (source.name if source else None, target.name if target else None)
    return same and names == (o_source.name if o_source else None, o_target.name if o_target else None)


def _purpose_twin(found: _Found, source: EventActor | None, other: _Found, o_source: EventActor | None) -> bool:
    """An infinitive of purpose naming the same kind of act by the same actor as the clause it
    serves: "Iranians took to the streets to protest a rigged election" is one protest."""
    a, b = found.trigger, other.trigger
    if a.dep_ not in ("advcl", "xcomp") or a.head.i != b.i or not any(c.lower_ == "to" for c in a.children):
        return False
    same = to_plover2021(found.kind, found.mode)[0] == to_plover2021(other.kind, other.mode)[0]
    return same and source is not None and o_source is not None and source.name == o_source.name


def find_events(doc: Doc) -> list[Event]:
    """The events in a parsed ``doc``; reads ``doc._.entities``, ``doc._.quotes`` and ``doc._.dates``.
    A sentence the parser read as a noun phrase around its verb gets the verb back first (``reparse``)."""
    repair_verbs_read_as_adjectives(doc)
    candidates = event_candidates(doc)
    quotes: list[Quote] = list(doc._.quotes or [])
    dates: list[DateExpr] = list(doc._.dates or [])
    events: list[Event] = []
    kept: list[tuple[_Found, EventActor | None, EventActor | None]] = []
    for found in candidates:
        source = _actor(doc, found.source_tok) or quoted_first_person(doc, found.kind, found.anchor, quotes)
        target = _actor(doc, found.target_tok)
        if _hung_on_the_reported_clause(found):
            # "Trump criticized how the FBI handled the probe, accusing it of ...": the parser hangs the
            # participle on the clause reported, whose subject is the "it" accused; the reporter accuses
            outer = _subject(doc, found.trigger.head.head)
            outer_actor = _actor(doc, outer)
            if outer_actor is not None and not _same_actor(outer_actor, target):
                source, found.source_tok = outer_actor, outer
        if _same_actor(source, target):
            # nobody does an event to themselves: the target is the misread one (the source is the
            # clause's subject, the target comes from looser rules: an actor inside the object, a
            # preposition), so the event keeps its source and says null for whom it was done to
            target = None
            found.target_tok = None
        if source is None and target is None:
            continue  # nobody resolved ("we", "it" with no antecedent): no record
        if source is None and unresolved_first_person(found.anchor):
            continue  # "a young man that I work with": someone's talk about themselves
        if source is None and _foretold(found):
            continue  # "over one million Vietnamese would be slaughtered": a forecast, no one threatens
        if sports_report(found.trigger.sent) or market_talk(found.kind, found.trigger):
            continue  # "Wales beat San Marino 6-0", "offered 40 percent of the shares"
        if _question(found.trigger.sent) or after_question(found.trigger.sent):
            continue  # "Did X attack Y?", "How are you appealing to voters?": nothing is asserted
        cleared = charged_with(found.anchor)
        if cleared is not None and cleared.lemma_.lower() in CLEARING:
            continue  # "the court acquitted the rebels of planting the bomb": found not done
        if commerce_not_aid(found.kind, found.trigger, source, target):
            continue  # "banks started making more loans": trade, not aid
        if _troops_on_the_march(found, source):
            continue  # "Swedish troops marching across the frozen sea": a movement, not a demonstration
        found.kind, found.mode = _by_actors(found, source, target)
        found.kind, found.mode = _material_refine(found, source)
        found.kind, found.mode = _riot(found, source, target)
        if any(_coordinated_twin(found, source, target, *k) for k in kept):
            continue  # "assaulted and hit her": one assault
        if any(_purpose_twin(found, source, k[0], k[1]) for k in kept):
            continue  # "took to the streets to protest": one protest
        kept.append((found, source, target))
        used = {t.i for t in (found.source_tok, found.target_tok) if t is not None}
        voice, claimed_by = ("outlet", None) if found.own_voice else _voice(doc, found, quotes)
        trig, sent = found.trigger, found.trigger.sent
        kind, mode, context = to_plover2021(found.kind, found.mode)
        # "a sit-in" split by the tokenizer into "sit", "-", "in": the trigger is the whole word
        first = doc[trig.i - 2] if trig.pos_ in ("NOUN", "PROPN") and _hyphenated(trig) else trig
        events.append(
            Event(
                start=first.idx,
                end=trig.idx + len(trig.text),
                text=trig.text if first is trig else doc[first.i : trig.i + 1].text,  # (doc.text rebuilds it all)
                type=kind,  # type: ignore[arg-type]
                mode=mode,
                context=context,
                source=source,
                target=target,
                sentence=Offsets(start=sent.start_char, end=sent.end_char),
                date=_date_for(doc, found, dates),
                location=_place_for(doc, found, used),
                voice=voice,  # type: ignore[arg-type]
                claimed_by=claimed_by,
                cameo=lexicon().cameo_code(kind, mode, context),
            )
        )
    return events


def _question(sent: Span) -> bool:
    return sent.text.rstrip().rstrip("\"'”’)]»").endswith("?")


class EventsComponent:
    """spaCy component: ``doc._.events``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = find_events(doc)
        return doc


@Language.factory("newsprobe_events", assigns=["doc._.events"], requires=["token.dep", "token.lemma"])
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(nlp, name)
