"""Senses of a trigger word that are no political event, read from what the word is done to and how it
is said (the word-sense round: random samples of the events coded on real pages, read by hand; about a
quarter were wrong, most of them in the ways below). Each rule is about a construction, whoever the
actors are:

* **What is captured, beaten or damaged.** "capturing strong support", "captured the nomination" win
  something; "beating the war drums" or "beat the deadline" hurts no one; "damaging the children"
  (harm done to people in a figure) or "damaged relations" seize no property.
* **Pressing on.** "pressed ahead / on with" goes on with something; it asks nothing of anyone.
* **A talk, a conversation, a call.** A singular "talk" with no one to talk with is a speech ("his
  introductory talk"); "the White House has had a conversation about it" with no one named on the other
  side is talk within one body, and "our phone calls and emails exploded" is a switchboard busy: no
  consultation. "requested anonymity" asks nothing of anyone.
* **Conceding that.** "did not concede that Australia was a country" admits (or does not admit) a
  fact: no concession, no refusal.
* **Escaped, avoided, faced.** "help Rombot escape deportation", "avoided arrest", "faces
  extradition": the act named is not done.
* **The imperative.** "Please pardon my daughter": asked for, not done.
* **Anyone.** "checks for anyone working with children", "those who collaborate with X should face the
  consequences": a kind of person, no one acting.
* **A gaze, a description.** "looking directly into the camera" inquires into nothing; "candidates who
  are better financed" were given nothing by anyone named.
* **On record.** "captured the exchange on video": recorded, not captured.
* **One mind, an errand.** "Justice Ginsburg agreed, saying ..." shares a view, agrees nothing;
  "fund-raising trips to Illinois" visit no one.
* **Compared, agreed with, convened, phoned.** "equate killing Jews with ..." compares kinds of act;
  "agreed with the attitude of X" shares a view; "going to press" prints; "called an emergency meeting"
  convenes one; "called X on Friday to express her support" phones X and asks nothing of X.
* **Views, delays, texts.** One person "agreed with" another shares a view; "held off on arresting"
  does not arrest; "her account was supported by two aides" is borne out; "offering parents hope" or
  "offered an explanation" promises nothing (``political_speech.words_offered``); "the legislation
  prohibits ..." and "it is disqualifying" are what a text says and a judgement, no one's act.
* **Shows, leanings.** "hosting press conferences" hosts no visitor ("released his documentary" frees
  no one: ``campaign_news.thing_released``); "an openness to working with X" and "without ...
  threatening anyone" do nothing; "offered him the job" or "offered a list" promises nothing between
  actors.
* **Animals, crimes, topics, stances, illness.** "kill and sacrifice animals" harms no one; "committed
  horrendous crimes to the detriment of ..." commits to nothing; "examine the implications of this bill"
  investigates no one; "models opposed to Mexicans" is a stance described; "pneumonia, which forced
  her to leave" is no one's coercion.
* **Counterfactuals, titles, pockets, stays.** "If she were president, she would ... keep negotiating";
  "a book titled ... How Russia Helped Donald Trump Win"; "pulled out another camera"; "an order
  blocking the deportation"; "would be more comfortable with an FBI investigation": nothing done.
* **Sights and pulls.** "toured the museum" visits no one; "broaden their appeal to the voters" pleads
  with no one; "Thank God" thanks no one; "called out the National Guard" criticises no one.

A second round (eight more samples) added:

* **Words that are no act.** "barring Bergoglio's conversion" (unless), a verb in a title ("Why Kennedy
  Was Assassinated by ..."), "retake control of the lower chamber" (an election), "kicked off the board",
  "stormed off camera", "beat this by a wide margin", "stood with his arms crossed", a restaurant visited,
  "police were able to return" (came back), "battled three bouts of pneumonia", "fought to push through".
* **Things, not people.** A video "released" or "withheld", pages "related to X released by the FBI", a leg,
  a statement or a report examined, "looked into the matter", calls "listened to", expenses "charged",
  one's own plans "scuttled", a lesson that "asks students", requests "for comment" declined, a question
  asked ("asking how to deal with it").
* **Not done.** "look forward to providing", "give some thought to stepping down", "joked about blowing
  up", "warned ... about voting against", "there would be ... a deportation", a skit that "involved" an act,
  "legislative attacks" to come.

The second sample round added:

* **Nothing done to anyone.** "summons up the anger", "did summon the courage" (no one summoned),
  "returned the introduction" (a courtesy), "managed to free herself", "offered to disqualify himself",
  "cut himself off" (an act on oneself, under a frame as alone), "called 911", "the Senate seat that Obama
  vacated", "hijacked the debate" (only a vehicle is hijacked in earnest), "fight on a minor issue".
* **Kinds and roles.** "when one country invades another", "Volunteers work together to write articles"
  (a present habit of people of a kind), "referring to prosecuting authorities" (a role), "the nuclear
  deal ... prevented the United States from ..." (what a deal does), "Trump's anti-establishment appeal"
  (a pull), "prepares to host the Super Bowl" (a show hosted, under a frame as alone).

The third sample round added:

* **Not done, or nothing in particular.** "stopped short of calling on X", "allies would help him
  prevent X", "promote arming teachers" (a policy urged), "giving the impression that he was endorsing
  it", "a bill letting families sue X" (the act let, which the parser hangs on the main verb), "are
  always attacked by" (a habit in the present), "the practice of police beating suspects" (a kind of
  act), "nations that oppose X", "men who refuse" (actors of a kind), "Whoever threatens a judge", "the
  team's regular meetings".
* **Senses.** "condemned him to exile" (a fate), "all agreed Pence won the debate" (a view), "threaten
  the savings of millions" (a danger), "called to complain" (a call), "gives credit to" (praise), "shut
  down his business" (one's own), "took control of the House" (no seizure but of a place by force),
  "issued the alert" (a warning), "insults the intelligence of", "meet resistance", "slapped the label X
  on", "the hacking was sanctioned by" (authorised), "a visit to the moon", "hostility" (an attitude),
  "the document release", "walked out of the courthouse", and what a law, a rule or an order does, in any
  tense. (An event noun that modifies a thing, "war logs", is read in the noun stage.)
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprobe.components.entities import entity_at
from newsprobe.components.event_actors import actor_of, is_actor
from newsprobe.components.events.arguments import PLATFORMS, _own, _relative_antecedent
from newsprobe.components.events.campaign_news import THINGS_RELEASED
from newsprobe.components.events.modality import FUTURE_AUX, MODAL_UNREAL, _negated
from newsprobe.components.events.page_precision import MISDEED_NOUNS
from newsprobe.components.events.syntax import (
    AUDIENCES,
    CLOSING_QUOTES,
    EXCLUDING,
    FRAME_DEMAND,
    FRAMES,
    NO_COMMENT,
    OPENING_QUOTES,
    PACTS,
    REFUSING,
    WEAPONS,
    _child,
    _Found,
    _infinitive,
    _noun_code,
    _particles,
    _pobj,
    _verb_code,
    asks_a_question,
    first_conjunct,
)
from newsprobe.components.events.verbal_attack import MEDIA, _marked
from newsprobe.components.events.wire_material import ARMED_GROUPS, CRAFTS, PLACE_NOUNS
from newsprobe.components.events.wire_verbal import PERMITTING
from newsprobe.components.events.world_news import REFLEXIVE

#: what is done to a call that makes it a recording, not a consultation
OVERHEARING = frozenset(
    {"listen", "record", "intercept", "monitor", "tap", "wiretap", "eavesdrop", "overhear", "leak", "transcribe",
     "hear"}
)  # fmt: skip
RECORDS_OF_TALK = frozenset({"content", "recording", "transcript", "record", "log", "tape", "audio"})
#: texts that "ask" a reader to do something: "another lesson asks students to imagine"
EXERCISES = frozenset(
    {"lesson", "exercise", "worksheet", "quiz", "test", "question", "questionnaire", "survey", "form", "assignment",
     "game", "puzzle", "textbook", "poll", "prompt", "course", "module"}
)  # fmt: skip
#: works of fiction and what they do with an act: "a skit that involved drugging and raping X"
WORKS = frozenset(
    {"skit", "sketch", "film", "movie", "show", "scene", "episode", "play", "novel", "game", "cartoon", "comedy",
     "parody", "satire", "fiction", "musical", "series", "drama", "comic", "joke"}
)  # fmt: skip
DEPICTING = frozenset({"involve", "depict", "show", "portray", "feature", "include", "simulate", "dramatize"})
#: keeping things back: "withhold video", "suppressing the records"
KEPT_BACK = frozenset({"withhold", "suppress", "conceal", "hide", "bury"})
#: what a person battles that is no one's force
ILLNESSES = frozenset(
    {"pneumonia", "cancer", "illness", "disease", "addiction", "depression", "infection", "flu", "leukemia",
     "tumor", "tumour", "alcoholism", "dementia", "covid", "covid-19", "stroke", "obesity", "fatigue", "injury"}
)  # fmt: skip
#: what a doctor examines: "after examining Clinton's leg"
BODY_PARTS = frozenset(
    {"leg", "arm", "knee", "foot", "feet", "hand", "eye", "ear", "nose", "throat", "chest", "heart", "lung", "skin",
     "tooth", "teeth", "back", "neck", "shoulder", "hip", "ankle", "wrist", "blood", "x-ray", "scan", "wound"}
)  # fmt: skip
#: verbs of taking that an election does too: "retake control of the House"
SEIZING = frozenset({"seize", "retake", "take", "wrest", "grab", "capture", "regain", "recapture", "win"})
#: what a vote wins: "a majority", "the Senate", "a seat" ("parliament" or "the presidency" may be
#: seized by force: left alone)
ELECTED_BODIES = frozenset(
    {"chamber", "senate", "congress", "majority", "seat", "governorship", "nomination", "election", "vote"}
)
#: ... and what "control" of is won in one: "retake control of the House"
CONTROLLED_BODIES = ELECTED_BODIES | frozenset({"house", "legislature", "statehouse", "council"})
#: what kills or wounds with no one doing it: disease, weather, accidents
DISASTERS = frozenset(
    {"outbreak", "disease", "virus", "epidemic", "pandemic", "storm", "hurricane", "cyclone", "typhoon", "flood",
     "flooding", "earthquake", "quake", "fire", "blaze", "wildfire", "crash", "accident", "landslide", "mudslide",
     "heatwave", "drought", "famine", "avalanche", "tsunami", "cholera", "ebola", "malaria", "flu", "illness",
     "cancer", "overdose", "lightning", "collision", "derailment", "tornado", "eruption", "pneumonia", "injury",
     "bout", "weather", "plague"}
)  # fmt: skip
#: what is "captured" when nothing is taken by force: a win, a mood, a picture
WON_THINGS = frozenset(
    {"support", "imagination", "attention", "heart", "vote", "nomination", "mood", "spirit", "essence", "moment",
     "momentum", "headline", "image", "footage", "scene", "market", "share", "seat", "title", "award", "prize",
     "crown", "victory", "majority", "percent", "%", "lead", "interest", "audience", "zeitgeist", "sense",
     "feeling", "picture", "photo", "photograph", "video", "data", "carbon", "emission", "light",
     "delegate", "primary", "caucus", "greatness", "beauty", "truth", "reality", "experience", "emotion",
     "flavor", "flavour", "character", "nuance", "complexity", "magic", "soul"}
)  # fmt: skip
#: what is "beaten" when no one is hurt: a drum, a deadline, a record, the odds
BEATEN_THINGS = frozenset(
    {"drum", "drumbeat", "odds", "clock", "deadline", "record", "expectation", "estimate", "forecast", "heat",
     "traffic", "rush", "path", "track", "bush", "system", "competition", "average", "market", "consensus",
     "projection", "poll", "egg", "cream", "chest", "breast", "time", "buzzer", "curve", "trend",
     # a figure beaten: "Blue collar workers have beat this by a wide margin"
     "this", "that", "rate", "inflation", "growth", "target", "benchmark", "total", "margin"}
)  # fmt: skip
#: what something is captured on when it is recorded
RECORDINGS = frozenset(
    {"video", "camera", "film", "tape", "footage", "tv", "television", "cellphone", "phone", "audio"}
)
#: people, and what is harmed only in a figure, when "damaged" is no seizure of property
HARMED_IN_A_FIGURE = frozenset(
    {"child", "people", "person", "man", "woman", "family", "kid", "he", "she", "him", "her", "them", "you", "me",
     "us", "relation", "relationship", "tie", "reputation", "credibility", "trust", "image", "chance",
     "prospect", "economy", "confidence", "morale", "interest", "brand", "career", "health", "cause", "standing",
     "legitimacy", "democracy", "faith", "soul", "psyche", "mind", "case", "campaign", "candidacy", "party",
     # programmes and systems: "is actually damaging Medicare for current seniors"
     "medicare", "medicaid", "program", "programme", "system", "institution", "process", "market", "industry"}
)  # fmt: skip
#: "pressed ahead / on / forward (with)": going on, not pressing anyone
GOING_ON = frozenset({"ahead", "on", "forward", "onward", "onwards"})
#: what "thank" is said to in an exclamation
EXCLAIMED = frozenset({"god", "heaven", "heavens", "goodness", "lord", "allah"})
#: what makes an "appeal" a pull on people: "broad appeal", "broaden their appeal"
ALLURING = frozenset(
    {"broad", "wide", "popular", "mass", "electoral", "crossover", "emotional", "sex", "universal", "bipartisan",
     "partisan", "cross-party", "populist", "enduring", "commercial", "personal", "political", "wider", "broader"}
)  # fmt: skip
WIDENING = frozenset({"broaden", "widen", "expand", "increase", "boost", "limit", "lose", "lack", "have", "extend"})
#: sights and work places one tours or visits with no one to meet ("visited another bridge in need of repair")
#: (not a shrine, memorial or site: "a visit by three ministers to the Yasukuni war shrine" is news)
SIGHTS = frozenset(
    {"museum", "exhibition", "exhibit", "gallery", "zoo", "park", "beach", "attraction", "garden", "restaurant",
     "cafe", "café", "diner", "bar", "pub", "shop", "store", "mall", "fair", "festival", "stadium", "bridge",
     "factory", "plant", "farm", "warehouse", "tunnel", "dam", "highway", "school", "classroom", "campus",
     "laboratory", "lab", "workshop", "moon", "mars", "asteroid", "comet", "planet", "space"}
)  # fmt: skip
#: forces "called out": mobilised, not criticised
CALLED_OUT_FORCES = frozenset(
    {"guard", "troop", "army", "militia", "police", "reserve", "reservist", "soldier", "military"}
)
#: how a shared view is said: "agreed, saying that ..."
VIEWS_SAID = frozenset({"say", "add", "note", "argue", "write", "tell"})
#: journeys named as such
JOURNEYS = frozenset({"trip", "journey", "tour", "jaunt"})
#: errands that make a trip no visit to anyone
ERRANDS = frozenset(
    {"fund-raising", "fundraising", "campaign", "shopping", "ski", "skiing", "family", "hunting", "golf", "golfing",
     "vacation", "holiday", "honeymoon", "research", "study", "book", "speaking", "sightseeing", "camping", "fishing",
     "road", "business", "personal", "private", "school", "field"}
)  # fmt: skip
#: what one looks into with no inquiry: "looking directly into the camera"
GAZED_AT = frozenset({"camera", "lens", "eye", "mirror", "sky", "distance", "crowd", "abyss", "face", "sun", "light"})
#: participles of being funded or armed, and the adverbs that make them a description: "better financed"
FUNDING = frozenset({"finance", "fund", "arm", "equip", "resource", "bankroll"})
HOW_WELL = frozenset({"better", "best", "well", "poorly", "badly", "worse", "lavishly", "amply", "adequately"})
#: what is supported when it is borne out: "her account was supported by two aides"
CLAIMS = frozenset(
    {"account", "claim", "story", "version", "theory", "finding", "conclusion", "assertion", "allegation",
     "testimony", "argument", "hypothesis", "contention", "recollection", "estimate", "figure", "data"}
)  # fmt: skip
#: one's own plans, dropped: "scuttled his re-election plans"
OWN_PLANS = frozenset({"plan", "bid", "campaign", "candidacy", "run", "ambition", "hope", "idea", "trip", "visit"})
#: legal texts, whose "prohibits" is a provision
LAWS = frozenset(
    {"law", "legislation", "bill", "act", "statute", "rule", "regulation", "constitution", "amendment", "code",
     "ordinance", "policy", "provision", "clause", "measure", "treaty", "order", "decree", "directive"}
)  # fmt: skip
#: what a law's text is said to do, which is no one's act: bar, threaten, grant, provide, free
LAW_DOES = frozenset({"COERCE", "THREATEN", "CONCEDE", "AID", "RETREAT"})
#: verbs of killing, and the animals they are done to with no one harmed
KILLING = frozenset({"kill", "slaughter", "butcher", "shoot", "sacrifice"})
ANIMALS = frozenset(
    {"animal", "sheep", "goat", "cow", "cattle", "lamb", "chicken", "bird", "dog", "cat", "pig", "deer", "fish",
     "livestock", "camel", "horse", "wolf", "bear", "elephant", "whale", "shark", "rat", "bull", "calf", "turkey"}
)  # fmt: skip
#: misdeeds "committed" beyond those an allegation names
MISDEEDS_DONE = frozenset({"sin", "act", "error", "mistake", "blunder", "suicide", "adultery", "foul", "gaffe"})
#: verbs of looking into, and what they look into when no one is investigated
#: papers examined: no one investigated, unless they are someone's ("the suspect's phone records")
PAPERS = frozenset({"document", "record", "file", "paper", "email", "e-mail", "transcript", "footage"})
EXAMINING = frozenset({"examine", "study", "review", "assess", "evaluate", "explore", "analyze", "analyse", "weigh",
                       "scrutinize", "scrutinise"})
TOPICS = frozenset(
    {"implication", "impact", "effect", "option", "proposal", "issue", "question", "matter", "possibility", "idea",
     "plan", "bill", "law", "cost", "consequence", "benefit", "risk", "feasibility", "alternative", "situation",
     # what a fact-check examines: "when PolitiFact examined the senator's statement"
     "statement", "claim", "remark", "comment", "assertion", "speech", "argument",
     # what is read: "Mr. Obama scrutinized reports like the 2014 National Climate Assessment"
     "report", "assessment", "study", "data", "poll", "survey",
     # papers, unless someone's: "those documents were then examined by department lawyers"
     } | PAPERS
)  # fmt: skip
#: what is hosted when no one is visited: "hosting White House press conferences"
HOSTED_EVENTS = frozenset(
    {"show", "party", "dinner", "reception", "gala", "fundraiser", "debate", "podcast", "program", "programme",
     "event", "festival", "concert", "game", "tournament", "webinar", "retreat", "convention", "caucus", "rally",
     "luncheon", "breakfast", "banquet", "ceremony", "forum", "town hall", "cookout", "barbecue", "picnic", "brunch",
     "supper", "bowl", "olympics", "olympiad", "cup", "championship", "match", "race", "marathon", "pageant",
     "wedding", "exhibition", "fair", "expo", "parade", "preview", "seminar", "symposium", "lecture", "screening",
     "panel", "workshop", "premiere"}
)  # fmt: skip
PRESS_EVENTS = frozenset({"conference", "briefing"})
#: leanings toward an act named by a gerund after "to": "an openness to working with X"
LEANINGS = frozenset({"openness", "willingness", "readiness", "commitment", "opposition", "objection",
                      "resistance", "aversion", "eagerness", "reluctance", "hostility", "thought", "consideration"})
#: verbs whose "about" or "of" gerund is talked or thought of, not done: "joked about blowing up the
#: headquarters", "warned fellow Republicans about voting against the nomination"
MUSING = frozenset(
    {"joke", "talk", "think", "dream", "fantasize", "fantasise", "muse", "speculate", "warn", "caution", "worry",
     "fret", "boast", "brag", "write", "tweet", "ask", "wonder"}
)  # fmt: skip
#: what is charged that is a bill, not an accusation: "expenses charged by Jackson to his campaign"
BILLED = frozenset({"expense", "fee", "cost", "price", "interest", "rent", "money", "amount", "bill", "tax",
                    "rate", "fare", "premium", "charge", "purchase", "item"})
#: verbs that give a work its title
TITLING = frozenset({"title", "entitle", "subtitle", "headline"})
#: what is pulled out in a withdrawal (anything else, "pulled out another camera", is taken out of a pocket)
WITHDRAWN = frozenset(
    {"troop", "force", "soldier", "army", "unit", "personnel", "diplomat", "staff", "ambassador", "envoy", "team",
     "contingent", "peacekeeper", "delegation", "citizen", "national", "embassy", "mission", "ship", "fleet",
     "warship", "aircraft", "marine", "battalion", "brigade", "division", "adviser", "advisor", "investment",
     "gun", "artillery", "tank", "weapon", "missile", "launcher", "armour", "armor", "vehicle", "equipment"}
)  # fmt: skip
#: verbs that stop an act from being done: "an order blocking the deportation"
HALTING = frozenset({"block", "halt", "delay", "postpone", "suspend", "bar", "stay", "stop"})
#: verbs that compare or equate kinds of act: "equate killing Jews with ..."
COMPARING = frozenset({"equate", "compare", "conflate", "confuse", "liken", "contrast", "distinguish"})
#: views one agrees with: "agreed with the 'zero tolerance' attitude of X"
VIEWS = frozenset(
    {"attitude", "view", "assessment", "position", "approach", "sentiment", "notion", "idea", "statement",
     "comment", "remark", "analysis", "conclusion", "argument", "point", "premise", "characterization",
     "description", "opinion", "thinking", "stance", "verdict", "diagnosis", "decision", "ruling", "finding",
     "judgment", "judgement", "choice"}
)  # fmt: skip
#: what is called when it is convened: "called an emergency meeting"
CONVENED = frozenset(
    {"meeting", "session", "summit", "conference", "election", "referendum", "vote", "hearing", "briefing", "recess"}
)  # fmt: skip
#: what a phone call is made to say: "called X to express her support"
SAYING = frozenset(
    {"express", "offer", "discuss", "congratulate", "apologize", "apologise", "thank", "convey", "wish", "say",
     "tell", "inform", "share", "check", "console", "condole"}
)  # fmt: skip
#: people in general: "anyone working with children"
ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever"})
#: talk with no one on the other side: a speech, or talk within one body
ONE_SIDED_TALK = frozenset({"talk", "conversation", "discussion", "chat"})
#: what the other side of a talk or call is named with: "a call with Putin", "his call to Tsai"
PARTNER_PREPS = frozenset({"with", "between", "among", "to", "from"})
#: what is asked for when one asks not to be named
UNNAMED = frozenset({"anonymity", "confidentiality"})
#: "escaped deportation", "avoided arrest", "faces extradition": the act is not done
ESCAPING = frozenset({"escape", "avoid", "evade", "dodge", "elude", "face", "risk", "fear", "prevent"})
#: kinds an "escaped"/"faced" act can be (a "faced criticism" or "faced pressure" is done, so not these)
DONE_TO_SOMEONE = frozenset({"COERCE", "SANCTION", "ASSAULT", "FIGHT"})


#: tasks one is charged with: "the agency charged with overseeing the banks" (duties named as nouns:
#: ``wire_material.DUTIES``)
TASKS = frozenset(
    {"protect", "oversee", "enforce", "implement", "ensure", "manage", "guard", "monitor", "supervise", "regulate",
     "administer", "review", "coordinate", "maintain", "investigate", "draft", "design", "defend", "police", "track",
     "determine", "assess", "evaluate", "examine", "prosecute", "safeguard", "secure"}
)  # fmt: skip


#: what is given back in kind, no captive or land handed back: "returned the introduction with praise"
RECIPROCATED = frozenset(
    {"favor", "favour", "compliment", "introduction", "greeting", "praise", "salute", "kindness", "smile",
     "gesture", "courtesy", "sentiment", "affection", "love", "wave", "hug", "glance", "stare", "serve", "volley"}
)  # fmt: skip


#: setting someone free (one who frees oneself escapes; one who gives oneself up surrenders)
FREEING = frozenset({"free", "release", "liberate", "extricate"})
#: kinds no one does to oneself (one who "blew himself up" still attacked)
SELF_BARRED = frozenset({"COERCE", "SANCTION"})


#: what one fights "on" or "over" in a dispute, not a battle: "fight on a minor issue"
ISSUES = frozenset({"issue", "matter", "point", "question", "principle", "detail", "measure", "bill", "policy"})
#: offices one leaves by vacating them: "the Senate seat that Obama vacated"
OFFICES_HELD = frozenset({"seat", "office", "chair", "job", "role", "presidency", "premiership"})
#: what is hijacked in earnest: a craft or a road vehicle (a debate or an agenda is hijacked in a figure)
VEHICLES = CRAFTS | {"minibus", "coach", "truck", "lorry", "car", "vehicle", "convoy", "cargo", "van", "taxi"}
#: people whose role a participle before them names: "prosecuting authorities", "arresting officers"
ROLE_NOUNS = frozenset(
    {"authority", "official", "officer", "attorney", "agent", "investigator", "prosecutor", "police", "judge",
     "counsel", "team", "force"}
)  # fmt: skip


def _habit_of_a_kind(verb: Token) -> bool:
    """A present habit of a bare plural: "Volunteers work together to write articles", "doctors talk to
    patients" (no determiner, owner, number or name: people of a kind, not a party)."""
    subj = _child(verb, "nsubj")
    return (
        verb.tag_ == "VBP" and subj is not None and subj.tag_ == "NNS" and subj.ent_type_ == ""
        and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in subj.children)
        and _child(verb, "aux") is None
        and _civilian_kind(subj)
    )  # fmt: skip


def _civilian_kind(noun: Token) -> bool:
    """No armed or official body: "Rebels work with the army" is a party's act, not a kind's habit."""
    actor = actor_of(noun.doc, noun)
    return actor is None or actor.sector in (None, "civilian")


def _role_participle(verb: Token) -> bool:
    """ "prosecuting authorities", "arresting officers", "investigating agents": a participle right before a
    bare agent noun is the parser's reading of a role as an act on them."""
    obj = _child(verb, "dobj")
    return (
        verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "amod", "compound", "nsubj", "pobj") and obj is not None
        and obj.i == verb.i + 1 and obj.lemma_.lower() in ROLE_NOUNS
        and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in obj.children)
    )  # fmt: skip


def _one_on_another(verb: Token) -> bool:
    """ "when one country invades another": a kind of act, between no countries in particular."""
    subj, obj = _child(verb, "nsubj"), _child(verb, "dobj")
    one = subj is not None and any(c.lower_ == "one" and c.dep_ in ("nummod", "det") for c in subj.children)
    return one and obj is not None and obj.lower_ == "another"


def _done_to_oneself(verb: Token, code: tuple[str, str | None] | None) -> bool:
    """ "she managed to free herself and bolt out of the room": an escape, no one released; "the judge offered
    to disqualify himself": a recusal, no one barred."""
    patient = _child(verb, "dobj", "nsubjpass")
    if patient is None or patient.lower_ not in REFLEXIVE or code is None:
        return False
    return verb.lemma_.lower() in FREEING or code[0] in SELF_BARRED


def _hosted_show(verb: Token) -> bool:
    patient = _child(verb, "dobj", "nsubjpass")
    patient = _relative_antecedent(patient) or patient  # "a preview of upcoming cases that was hosted by X"
    return verb.lemma_.lower() == "host" and patient is not None and patient.pos_ in ("NOUN", "PROPN") and (
        _a_show(patient)
    )


#: what is done with a debt by the one who owes it: "defaulted on its IMF loan", "repaid the loan"
SERVICING = frozenset({"default", "renege", "repay", "pay", "owe", "service", "refinance", "restructure", "write"})


def _owed(noun: Token) -> bool:
    """ "defaulted on his state loan", "Greece repaid its IMF loan": a loan (the noun) told as a debt."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "on":
        gov = noun.head.head  # "defaulted on"
    elif noun.dep_ == "dobj":
        gov = noun.head  # "repaid"
    else:
        return False
    return gov.pos_ == "VERB" and gov.lemma_.lower() in SERVICING


#: an offer of next to nothing, which judges: "offers little more than speeches", "offered nothing new"
OFFERED_LITTLE = frozenset({"little", "nothing", "less", "few"})
#: what a body is made for: "a think-tank founded to drum up support for NATO", "a fund set up to help X"
FOUNDING = frozenset({"found", "create", "establish", "form", "set", "design", "build", "launch"})
#: hurtful words the tagger may read as a verb before the words: "insulting remarks", "threatening letters"
HURTFUL = frozenset({"insult", "threaten", "offend", "humiliate", "demean", "degrade", "taunt", "intimidate"})
UTTERANCES = MEDIA | frozenset({"comment", "note", "gesture", "joke", "slur", "call", "voicemail", "graffiti"})
#: things that bear a claim out: "the evidence supports his account"
PROOF = frozenset(
    {"evidence", "data", "fact", "proof", "record", "research", "study", "finding", "poll", "survey", "report",
     "article", "screed", "paper", "document", "analysis", "memo", "book"}
)  # fmt: skip
#: what accounts agree or differ on, which no one offers or refuses: "don't agree on some details"
FACTS_AGREED = frozenset({"detail", "fact", "timeline", "figure", "number", "account", "version", "sequence", "cause"})
#: arms and craft that "support" a force in the field: "troops, supported by drones and choppers"
MACHINERY = WEAPONS | CRAFTS | frozenset({"drone", "chopper", "tank", "warplane", "gunship", "warship", "airstrike"})
#: verbs that back a cause: "supports same-sex marriage", "favors a path to legal status"
BACKING_CAUSES = frozenset({"support", "back", "favor", "favour", "promote", "champion", "advocate", "embrace"})
#: what a present-tense "supports" may back that is a move of someone's, not a cause held: "France supports the plan"
BACKED_MOVES = PACTS | frozenset(
    {"plan", "proposal", "resolution", "bill", "measure", "initiative", "bid", "candidacy", "nomination", "effort",
     "move", "decision", "call", "demand", "request", "deal", "offer", "motion", "amendment", "campaign", "law",
     "legislation"}
)  # fmt: skip


def _made_for(trig: Token) -> bool:
    """ "a think-tank founded to drum up support for NATO": the infinitive says what a body was made for."""
    made = trig.head
    return (
        trig.dep_ in ("advcl", "xcomp")
        and _infinitive(trig)
        and made.dep_ == "acl"
        and made.tag_ in ("VBN", "VBD")  # (the tagger may read the participle as a past tense)
        and made.lemma_.lower() in FOUNDING
    )


def _a_cause_held(found: _Found, patient: Token | None) -> bool:
    """ "Cheney supports abortion and promotes gay marriage": backing a cause in the present tense, with no
    one backed and no one's move endorsed, is a position held, not an event."""
    trig = found.trigger
    if found.kind != "SUPPORT" or trig.lemma_.lower() not in BACKING_CAUSES or trig.tag_ not in ("VBZ", "VBP"):
        return False
    if found.target_tok is not None or patient is None or patient.dep_ != "dobj" or patient.pos_ != "NOUN":
        return False
    by_someone = _pobj(patient, ("by",)) or (_pobj(trig, ("by",)) if _child(trig, "auxpass") is None else None)
    if any(c.dep_ == "poss" for c in patient.children) or by_someone is not None:
        # "we support this action by the attorneys general" (the parser may hang "by" on the verb): someone's
        # move endorsed
        return False
    return patient.lemma_.lower() not in BACKED_MOVES and not is_actor(trig.doc, patient)


def sense_doubt(found: _Found) -> bool:
    """Whether ``found`` is a sense of its trigger word that is no event (see the module docstring)."""
    trig = found.trigger
    lemma = trig.lemma_.lower()
    patient = _child(trig, "dobj", "nsubjpass")
    plemma = patient.lemma_.lower() if patient is not None else None
    fought_over = _pobj(trig, ("on", "over")) if lemma == "fight" and trig.pos_ == "VERB" and patient is None else None
    if fought_over is not None and fought_over.lemma_.lower() in ISSUES:
        return True  # "she will acquiesce on the major issue, but fight on a minor issue": a dispute
    if found.kind in ("COOPERATE", "CONSULT") and _habit_of_a_kind(trig):
        return True  # "Volunteers work together to write articles": what such people do, no event
    if lemma == "pardon" and any(t.lemma_.lower() == "turkey" for t in trig.children if t.dep_ in ("compound", "dobj")):
        return True  # "the annual White House turkey pardon": a ritual, no one freed
    if found.kind == "AID" and _owed(trig):
        return True  # "defaulted on his state loan", "repaid the IMF loan": a debt, not the giving of it
    offered = (patient, *patient.children) if lemma == "offer" and patient is not None else ()
    if any(t.lower_ in OFFERED_LITTLE for t in offered):
        return True  # "the president offers little more than speeches": a judgement, nothing offered to anyone
    helper = _pobj(trig, ("by",)) if lemma in BACKING_CAUSES and trig.dep_ == "acl" else None
    if helper is not None and helper.lemma_.lower() in MACHINERY:
        return True  # "thousands of US troops, supported by drones and choppers": arms beside them, no backer
    if _made_for(trig):
        return True  # "a think-tank founded to drum up support for NATO": what it is for, nothing done
    if lemma in HURTFUL and trig.tag_ == "VBG" and plemma in UTTERANCES and _child(trig, "nsubj") is None:
        return True  # "confronted him with insulting remarks he had made": words described, no one insulted
    which = _child(trig, "nsubj")
    said_of = _relative_antecedent(which) or which  # the subject, or the noun a relative subject stands for
    if lemma in BACKING_CAUSES and said_of is not None and said_of.lemma_.lower() in PROOF:
        return True  # "zero evidence ... that supports its claims", "the screed that supports ...": proof, no backing
    if _a_cause_held(found, patient):
        return True  # "Cheney supports abortion": a position held ("France supports the plan" endorses a move)
    if lemma == "call" and patient is not None and patient.like_num:
        return True  # "Mateen also called 911 during the shooting": a telephone call
    vacated = _relative_antecedent(patient) or patient
    if lemma == "vacate" and vacated is not None and vacated.lemma_.lower() in OFFICES_HELD:
        return True  # "the Senate seat that President Obama vacated in 2008": an office left, no retreat
    if lemma == "hijack" and patient is not None and plemma not in VEHICLES:
        return True  # "opponents of the bill have hijacked the debate" (not "hijacked an airliner")
    if _role_participle(trig):
        return True  # "referring to prosecuting authorities in his case": their role, no prosecution
    if _one_on_another(trig):
        return True  # "the disruption caused when one country invades another": no country in particular
    if lemma == "summon" and found.kind == "DISAPPROVE" and (found.target_tok is None or "up" in _particles(trig)):
        return True  # "summons up all the anger", "did summon the courage to condemn": no one is summoned
    if lemma == "return" and found.kind == "RETREAT" and plemma in RECIPROCATED:
        return True  # "returned the introduction with effusive praise for Jarrett", "returned the favour"
    inner = _child(trig, "xcomp") if lemma in FRAMES else None
    if inner is not None and (_hosted_show(inner) or _done_to_oneself(inner, _verb_code(inner))):
        return True  # "prepares to host the Super Bowl", "offered to disqualify himself": the frame holds no event
    if _done_to_oneself(trig, (found.kind, found.mode)):
        return True  # "she managed to free herself", "he cut himself off"
    if lemma == "capture" and found.kind in ("COERCE", "THREATEN") and (plemma in WON_THINGS or _on_record(trig)):
        return True  # "capturing strong support from evangelical Christians", "captured the exchange on video"
    if lemma == "beat" and found.kind in ("ASSAULT", "FIGHT") and plemma in BEATEN_THINGS:
        return True  # "keeps beating the war drums over North Korea"
    if lemma == "damage" and found.kind == "COERCE" and (
        plemma in HARMED_IN_A_FIGURE or (patient is not None and patient.ent_type_ == "PERSON")
    ):
        return True  # "by damaging the children of the new union", "damaged relations with Cairo"
    if lemma == "press" and found.kind == "DEMAND" and any(
        c.dep_ in ("advmod", "prt") and c.lower_ in GOING_ON for c in trig.children
    ):
        return True  # "Republicans and Democrats pressed ahead with one point"
    if found.kind == "CONSULT" and _one_sided_talk(found):
        return True  # "Walter Matt's introductory talk", "has had a pretty fulsome conversation about it"
    if lemma == "concede" and any(c.dep_ == "ccomp" for c in trig.children):
        return True  # "did not concede that Australia was a country": an admission, no concession
    if trig.dep_ == "acl" and trig.head.lower_ in ANYONE:
        return True  # "background checks for anyone working with children": no one in particular acts
    if _said_of_any(trig):
        return True  # "I don't know any American citizen who could get away with killing someone": a kind
    if trig.dep_ == "relcl" and trig.tag_ == "VBP" and trig.head.lower_ in ("those", "anyone", "whoever"):
        return True  # "those who collaborate with gang members should face the consequences": a kind of person
    if trig.dep_ == "relcl" and trig.tag_ == "VBP" and _a_kind_of_actor(trig.head):
        return True  # "guerrilla warfare against civilian targets in nations that oppose X": nations of a kind
    if lemma == "look" and any(
        g.lemma_.lower() in GAZED_AT for c in trig.children if c.dep_ in ("prep", "prt") and c.lower_ == "into"
        for g in c.children if g.dep_ == "pobj"
    ):  # fmt: skip
        return True  # "looking directly into the camera": a gaze, no inquiry
    if lemma in FUNDING and any(c.dep_ == "advmod" and c.lower_ in HOW_WELL for c in trig.children):
        return True  # "candidates who are better financed": how well off, not a gift
    if lemma == "thank" and plemma in EXCLAIMED:
        return True  # "Thank God, every day we ...": an exclamation
    if found.kind == "DEMAND" and lemma == "appeal" and trig.pos_ == "NOUN" and _allure(trig):
        return True  # "candidates broaden their appeal to the voters": their pull, no plea
    if lemma == "fund" and _funds_received(trig):
        return True  # "an academic position at, and funding from, the Atlantic Council": funds received (a noun)
    if found.kind == "CONSULT" and found.mode == "visit" and _sightseeing(trig):
        return True  # "she had toured the museum last week"
    if lemma == "call" and found.kind == "DISAPPROVE" and plemma in CALLED_OUT_FORCES:
        return True  # "called out the National Guard": troops called up, no criticism
    agreed_on = _pobj(trig, ("on", "about", "over")) if lemma == "agree" else None
    if agreed_on is not None and agreed_on.lemma_.lower() in FACTS_AGREED:
        return True  # "police and hotel still don't agree on some details": accounts that differ, no one refused
    if found.kind == "AGREE" and lemma == "agree" and _concurred(found):
        return True  # "Justice Ruth Bader Ginsburg agreed, saying that ...": of one mind, no agreement made
    if found.kind in ("CONSULT", "AGREE") and lemma in JOURNEYS and _errand(trig):
        return True  # "would make fund-raising trips to Illinois, Texas ...": no one is visited
    if found.kind == "DEMAND" and plemma in UNNAMED:
        return True  # "who requested anonymity in order to speak freely"
    if trig.tag_ == "VBG" and _compared(trig):
        return True  # "would attempt to equate killing Jews with ...": kinds of act compared, none done
    if found.kind == "AGREE" and lemma == "agree" and _agreed_with_a_view(trig):
        return True  # "he agreed with the 'zero tolerance' attitude of the Irish episcopate"
    if lemma == "press" and _child(trig, "dobj") is None and trig.head.lemma_.lower() == "go":
        return True  # "before going to press with Harding's story": printing
    if lemma == "call" and found.kind == "DEMAND" and plemma in CONVENED:
        return True  # "the U.N. called an emergency meeting": convened, asks nothing of anyone
    if lemma == "call" and found.kind == "DEMAND" and _phoned_to_say(trig, unnamed=True):
        return True  # "Clinton called Alicia Machado on Friday to express her support": a phone call
    if trig.dep_ == "advcl" and trig.head.lemma_.lower() == "call" and _phoned_to_say(trig.head):
        return True  # ... and what the call said is the caller's, whom the parse cannot tell from the one called
    if found.kind == "AGREE" and lemma == "agree" and _person_agreed_with_person(found):
        return True  # "Dan McLaughlin agreed with Matthews about the winner": of one mind
    if trig.tag_ == "VBG" and trig.dep_ == "pcomp" and _held_off(trig.head.head):
        return True  # "why investigators held off on arresting the officer": not done
    dropped = [c for c in trig.children if c.dep_ == "dobj"]  # ("his re-election plans" may be split in three)
    if found.kind == "REJECT" and any(o.lemma_.lower() in OWN_PLANS for o in dropped) and any(_own(o) for o in dropped):
        return True  # "Dodd quickly scuttled his re-election plans": his own plans dropped, no one rejected
    if found.kind == "SUPPORT" and patient is not None and patient.dep_ == "nsubjpass" and plemma in CLAIMS:
        # "Ms. Zimmer's account was supported by two aides": borne out, no one backed ("Democrats have
        # supported Ford's allegations" backs her)
        return True
    rule = said_of
    if which is not None and which.tag_ == "WDT" and not _a_law(rule):
        # "his executive order last week that would keep families together": the parser hangs the relative
        # on the date after the noun it is about, or on another clause
        rule = next((t for t in trig.doc[max(which.i - 4, 0) : which.i] if t.lemma_.lower() in LAWS), rule)
    if found.kind in LAW_DOES and trig.tag_ in ("VBZ", "VBD", "VB") and _a_law(rule):
        # "the legislation prohibits Indiana laws that ...", "strict rules of classification prevented them
        # from debating", "the legislation gives victims' families the right to sue": what a text says or
        # does, no one's act
        return True
    shared = _child(trig.head, "nsubj") if trig.dep_ == "conj" and _child(trig, "nsubj") is None else None
    if found.kind == "COERCE" and _a_pact(_child(trig, "nsubj") or shared):
        # "the nuclear deal solidified the regime's grip and prevented the United States from ...": what a
        # deal does is no one's act
        return True
    if found.kind == "COERCE" and trig.tag_ == "VBG" and patient is None and _child(trig, "aux") is not None:
        return True  # "It is disqualifying": a judgement
    if _hosted_show(trig):
        return True  # "continue hosting White House press conferences" (not "hosted the Harbour Conference")
    if _without(trig):
        return True  # "without the person committing any crime or even threatening anyone"
    if _gerund_held_out(trig):
        return True  # "an openness to working with X", "look forward to providing", "joked about blowing up"
    if lemma == "charge" and found.kind == "DISAPPROVE" and (plemma in BILLED or _relative_bill(trig)):
        return True  # "expenses charged by Jackson and his wife to his campaign": billed, no one accused
    if lemma == "charge" and found.kind == "DISAPPROVE" and _charged_with_a_duty(trig):
        return True  # "the group charged with protecting the consulate": given a task, no one accused
    if lemma == "fight" and found.kind in ("ASSAULT", "FIGHT") and any(
        c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and _child(c, "aux") is not None for c in trig.children
    ):
        return True  # "he has fought to push through policy initiatives": an effort, no fighting
    if found.kind in ("ASSAULT", "FIGHT", "THREATEN") and lemma in KILLING and _animals(trig):
        return True  # "Muslims worldwide will kill and ritually sacrifice animals"
    if lemma == "commit" and plemma in MISDEED_NOUNS | MISDEEDS_DONE:
        return True  # "have committed horrendous crimes to the detriment of ...": done, no commitment
    looked_into = _pobj(trig, ("into",)) if lemma in ("look", "delve", "dig", "probe") else None
    if looked_into is not None and looked_into.lemma_.lower() in TOPICS and _pobj(looked_into, ("of",)) is None:
        return True  # "he had looked into the matter and found it legally permissible": no one investigated
    someones = patient is not None and plemma in PAPERS and _child(patient, "poss") is not None
    if lemma in EXAMINING and plemma in TOPICS | BODY_PARTS and not _about_an_act(patient) and not someones:
        return True  # "we intend to closely examine the implications of this bill", "after examining Clinton's leg"
    if lemma == "oppose" and trig.dep_ in ("amod", "acl"):
        return True  # "models opposed to Mexicans": a stance described, no act ("as opposed to": campaign_news)
    if lemma == "force" and _by_a_disaster(trig):
        return True  # "her bout with pneumonia, which forced her to leave a memorial event"
    if found.kind != "THREATEN" and _counterfactual(trig):
        return True  # "if she were president, she would not abandon the deal but would keep negotiating"
    if _in_a_title(trig):
        return True  # "a book titled ... How Russia Helped Donald Trump Win"
    if found.kind == "RETREAT" and lemma == "pull" and plemma is not None and plemma not in WITHDRAWN and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in trig.children
    ):
        return True  # "pulled out another camera to record the congressman's actions"
    if found.kind in ("COERCE", "SANCTION") and trig.dep_ == "dobj" and trig.head.lemma_.lower() in HALTING:
        return True  # "a temporary order blocking the Indonesians' deportation"
    if trig.pos_ == "NOUN" and _hoped_for(trig):
        return True  # "he would be more comfortable with an FBI investigation"
    if _escaped(found):
        return True  # "help Rombot escape deportation"
    if lemma in SEIZING and _won_in_a_vote(patient):
        return True  # "vowed that her party would retake control of the lower chamber": an election won
    if found.kind == "CONSULT" and trig.pos_ == "NOUN" and _overheard(trig):
        return True  # "nobody has listened to the content of people's phone calls": calls as recordings
    if lemma in KEPT_BACK and plemma in THINGS_RELEASED:
        return True  # "they continue to withhold video of him": information kept back, no aid cut
    if lemma == "return" and found.kind == "RETREAT" and _came_back(trig):
        return True  # "police were then able to return with a warrant": they came back, gave nothing back
    if found.kind in ("ASSAULT", "FIGHT") and _illness_fought(trig):
        return True  # "he'd battled through three bouts of walking pneumonia"
    if lemma in ("kick", "storm") and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("off", "out") for c in trig.children
    ):
        return True  # "kicked off the student government board", "Mr. Grimm stormed off camera": no blow
    if found.kind == "THREATEN" and trig.pos_ == "NOUN" and _marked(trig):
        return True  # "Republicans will continue their legislative attacks": words to come, no threat of force
    stood_with = _pobj(trig, ("with",)) if found.kind == "SUPPORT" and lemma == "stand" else None
    if stood_with is not None and stood_with.lemma_.lower() in BODY_PARTS:
        return True  # "he stood with his arms crossed": a posture, no solidarity
    if trig.tag_ == "VBG" and _depicted(trig):
        return True  # "a skit for Saturday Night Live that involved drugging and raping a reporter": fiction
    if trig.pos_ == "NOUN" and _there_would_be(trig):
        return True  # "there would be no detention ..., only an immediate deportation by US Border Patrol"
    if found.kind == "DEMAND" and lemma == "ask" and patient is None and asks_a_question(trig):
        return True  # "priests who are now asking how to deal with it": a question, asked of no one
    asker = _child(trig, "nsubj")
    if found.kind == "DEMAND" and asker is not None and asker.lemma_.lower() in EXERCISES:
        return True  # "another lesson asks students to imagine ...": an exercise set, asked of no one
    if lemma in ("recognize", "recognise") and _held_to_be(trig):
        return True  # "Benedict IX is recognized as a true Pope": how he is counted, no act of recognition
    if found.kind == "DEMAND" and trig.pos_ == "NOUN" and _asks_for_comment(trig):
        return True  # "Fox News' request to elaborate", "requests for comment": a reporter's question
    if found.kind == "REJECT" and lemma in ("decline", "refuse") and _comment_declined(trig):
        return True  # "declined repeated attempts for comment": no comment, nothing refused
    if lemma == "bar" and _unless(trig):
        return True  # "barring Bergoglio's conversion, the Church cannot abide ...": unless, no ban
    if found.kind in ("ASSAULT", "FIGHT") and lemma in KNOCKING and _knocked_on(trig):
        return True  # "people have pounded on his door": knocking, no blow
    if found.kind == "REJECT" and lemma == "rule" and _own_course_ruled_out(trig):
        return True  # "when Mr. Bloomberg ruled out running": his own bid dropped, no one rejected
    if lemma == "complain" and _ailment_told(trig):
        return True  # "complained of symptoms such as hearing loss": an illness told, no one blamed
    if found.kind == "CONCEDE" and lemma == "concede" and _said_as(trig):
        return True  # "As Mario herself conceded, ...": an admission, nothing yielded
    if found.kind == "REJECT" and lemma in ("decline", "refuse") and _own_bid_declined(trig):
        return True  # "He too declined to run": his own bid not made, no one rejected ("refused to resign" is)
    if found.kind == "THREATEN" and trig.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in POSED_DANGERS for c in trig.children
    ):
        return True  # "concerns about Iran's growing threat": a danger posed, no threat made
    if trig.pos_ == "NOUN" and trig.dep_ in ("nsubj", "nsubjpass") and trig.head.lemma_.lower() in EXPECTED:
        return True  # "Obama's veto is expected to come before the deadline": not yet made
    if found.kind == "DEMAND" and lemma in SAID_WORDS and _said_of_it(trig):
        return True  # "said it should be noted that ...": a turn of phrase, asked of no one
    if trig.tag_ == "VBG" and trig.dep_ in ("amod", "compound") and trig.head.pos_ == "NOUN":
        return True  # "as negotiating leverage", "a bargaining chip": a kind of thing, no act
    if trig.dep_ == "relcl" and _none_there(trig.head):
        return True  # "there does not seem to be a majority of the Democrats who support the deal"
    if found.kind == "CONCEDE" and lemma in OVERTURNING and _a_court(found.source_tok):
        return True  # "the Circuit Court of Appeals later reversed the decision": an appeal decided, no concession
    if found.kind == "MOBILIZE" and _on_alert(trig) and any(t.lemma_.lower() in OUTBREAKS for t in trig.sent):
        return True  # "countries placed on high alert, warning that an outbreak could occur": no forces
    cause = _child(trig, "nsubj")
    if found.kind == "COERCE" and cause is not None and cause.lower_ in ("this", "that") and cause.tag_ == "DT":
        return True  # "in practice, this prevents the community from defending itself": a cause, no one acts
    refused = _child(trig, "xcomp") if found.kind == "REJECT" and lemma in REFUSING else None
    refused_code = _verb_code(refused) if refused is not None and refused.lemma_.lower() not in EXCLUDING else None
    if refused_code is not None and refused_code[0] in ("THREATEN", "DISAPPROVE", "REJECT"):
        # "declined to threaten Moscow", "refused to condemn X", "refuses to oppose the pope": no one's call
        # turned down
        return True
    if (
        found.kind in ("THREATEN", "DISAPPROVE", "REJECT")
        and trig.dep_ == "xcomp"
        and trig.head.lemma_.lower() in REFUSING
        and lemma not in EXCLUDING  # ("refused to rule out an attack" keeps the attack in view: a threat)
    ):
        return True  # ... nor the threat itself, which was not made
    if lemma == "hail" and _pobj(trig, ("from",)) is not None:
        return True  # "Gonzalez hails from McAllen, Texas": where he comes from
    doer = _child(trig, "nsubj")
    if trig.tag_ in ("VBZ", "VBP") and doer is not None and any(
        c.dep_ == "det" and c.lower_ in ("every", "each") for c in doer.children
    ):
        return True  # "Every country arrests people": what all do, no one's act
    said_on = _pobj(trig, ("on",))
    if found.kind in ("ASSAULT", "FIGHT") and said_on is not None and said_on.lower_ in PLATFORMS:
        return True  # "Trump fired back on Twitter": words, no shots
    if trig.pos_ == "NOUN" and _scare_quoted(trig):
        return True  # "took a shot at Israeli “occupation”": the word itself, quoted, no act reported
    if found.kind == "CONSULT" and lemma in ARRIVING and _took_a_seat(trig):
        return True  # "he arrived in Congress in 1993": took a seat, visited no one
    yielded_to = _pobj(trig, ("to",)) if lemma in YIELDING and _child(trig, "dobj") is None else None
    if found.kind == "RETREAT" and yielded_to is not None and yielded_to.lemma_.lower() in PERSUASIONS:
        return True  # "the Justice Department surrendered to that argument": persuaded, no arms laid down
    if lemma == "condemn" and found.kind in ("ACCUSE", "DISAPPROVE") and _doomed_to(trig):
        return True  # "condemned him to death", "condemning him to return to the earth": a fate, no rebuke
    if found.kind == "AGREE" and lemma == "agree" and _agreed_on_a_fact(trig):
        return True  # "a panel that all agreed Pence won the debate": of one mind on what is, nothing agreed to do
    if found.kind == "THREATEN" and lemma == "threaten" and _endangered(trig, patient):
        return True  # "threaten the retirement savings of millions": a danger, no threat made to anyone
    if lemma in GIVING_CREDIT and plemma == "credit":
        return True  # "She gives credit to black storytellers for speaking out": praise, no aid
    if found.kind in ("COERCE", "SANCTION") and lemma in CLOSING and _own_business(patient):
        return True  # "he decided to shut down his business": one's own shop closed, no one coerced
    taken = found.kind == "COERCE" and lemma in TAKING_CONTROL and plemma == "control"
    if taken and not _control_by_force(trig, patient):
        return True  # "Democrats took control of Virginia", "took control of the company": no seizure by force
    if found.kind == "MOBILIZE" and lemma == "alert" and trig.dep_ == "dobj" and trig.head.lemma_.lower() in ISSUING:
        return True  # "she issued the alert after receiving tips": a warning to the public, no forces readied
    if lemma == "insult" and plemma == "intelligence":
        return True  # "this document insults the intelligence of young people": a figure of speech
    if trig.tag_ == "VBG" and _stopped_short(trig):
        return True  # "Romney had stopped short of calling on Akin to resign": not done
    if lemma == "meet" and found.kind in ("CONSULT", "AGREE") and plemma in MET_THINGS:
        return True  # "expected to meet resistance from Ms. Pelosi", "met the deadline": no one is met
    if _habit_told(trig):
        return True  # "houses of contemplatives are always attacked by secularist regimes": no attack in particular
    if lemma == "slap" and patient is not None and any(t.lemma_.lower() in LABELS for t in patient.subtree):
        return True  # "Francis has slapped the label X on his opinion": a label, no blow
    if found.kind == "CONSULT" and trig.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in ROUTINE for c in trig.children
    ):
        return True  # "the leadership team's regular meetings": a routine, no meeting in particular
    anyone = _child(trig, "nsubj")
    if anyone is not None and anyone.lower_ in ("whoever", "whomever"):
        return True  # "Whoever ... promises any employment ... shall be fined": a statute's anyone
    authorised = patient is not None and patient.dep_ == "nsubjpass" and plemma in AUTHORISED
    if lemma == "sanction" and found.kind == "SANCTION" and authorised:
        return True  # "the hacking was sanctioned by the Russian government": authorised, no penalty
    if trig.tag_ == "VBG" and trig.dep_ in ("dobj", "xcomp") and trig.head.lemma_.lower() in ADVOCATING:
        return True  # "Trump promoted arming teachers": a policy urged or opposed, no arms given
    if trig.tag_ == "VBG" and _a_phenomenon(trig):
        return True  # "the phenomenon of Muslim migrants stabbing unbelievers": a kind of act, none in particular
    if lemma == "hostility" and trig.tag_ == "NN":
        return True  # "the Guardian's hostility towards Assange": an attitude ("hostilities" are fighting)
    if lemma == "release" and trig.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in THINGS_RELEASED for c in trig.children
    ):
        return True  # "the White House's document release": papers published, no one freed
    if _an_impression(trig):
        return True  # "giving the impression that he was endorsing it": how it looks, not what was done
    if _permitted_misparsed(trig):
        return True  # "a bill letting families of victims sue the Saudi government": allowed, not done
    if trig.dep_ in ("xcomp", "ccomp") and trig.head.lemma_.lower() in HELPING and any(
        c.dep_ == "aux" and c.lower_ in AHEAD for c in trig.head.children
    ):
        return True  # "allies would help him prevent the U.N. from ...": help to come, nothing done yet
    if lemma == "walk" and found.kind == "PROTEST" and any(
        g.lemma_.lower() in BUILDINGS for c in trig.children if c.dep_ in ("prep", "prt") for g in c.subtree
        if g.dep_ == "pobj"
    ):
        return True  # "Dukes walked out of the courthouse full of confidence": she left, no walkout
    if patient is not None:
        funded: Token | None = _relative_antecedent(patient) or patient
    else:  # "The research, supported by X, reveals ...": the participle's noun
        funded = trig.head if trig.dep_ == "acl" and trig.tag_ == "VBN" else None
    if found.kind == "SUPPORT" and lemma in ("support", "back", "fund", "sponsor") and funded is not None and (
        funded.lemma_.lower() in WORKS_FUNDED
    ):
        return True  # "The research, supported by the Wildlife Conservation Society": a sponsor, no one backed
    if trig.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(a.dep_ == "advmod" and a.lower_ in HABITUAL for a in c.children)
        for c in trig.children
    ):
        return True  # "incursions into their territories, often by settlers": a habit of a kind of actor
    return _imperative(trig)  # "Please pardon my daughter"


def _doomed_to(verb: Token) -> bool:
    """ "condemned him to death", "condemning him to return to the earth": a fate dealt, no rebuke."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "to") or (c.dep_ in ("xcomp", "advcl") and _infinitive(c))
        for c in verb.children
    )


#: auxiliaries and heads that put an agreed clause ahead, as something to be done: "agreed that their
#: countries should cooperate", "agreed that the prisoners would be freed"
AHEAD = FUTURE_AUX | MODAL_UNREAL


def _agreed_on_a_fact(verb: Token) -> bool:
    """ "X agreed (that) Y won the debate / the talks had been useful": a clause on what is or was, with
    nothing agreed to, on or with, and nothing ahead in it (a modal, "is to", a bare subjunctive)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("xcomp", "npadvmod") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "on", "upon", "with") for c in verb.children):
        return False
    clause = _child(verb, "ccomp")
    named = _child(verb, "dobj")
    if named is not None:
        # "all agreed Pence won the debate": the parser takes the clause's subject for an object (a name
        # agreed is no deal agreed)
        after = verb.doc[named.i + 1] if named.i + 1 < len(verb.doc) else None
        told = named.pos_ == "PROPN" and after is not None and after.tag_ in ("VBD", "VBZ", "VBP")
        if not told or clause is not None:
            return False
        clause = after
    if clause is None or clause.tag_ in ("VB", "VBG"):
        return False  # "agreed that he be released"
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in AHEAD for c in clause.children):
        return False
    return not any(c.dep_ == "xcomp" for c in clause.children)  # "is to be handed over", "have to leave"


#: what is endangered rather than threatened with an act: "threaten the retirement savings of millions",
#: "the fighting threatens the truce"
ENDANGERED = frozenset(
    {"saving", "savings", "job", "livelihood", "stability", "security", "future", "economy", "peace",
     "existence", "health", "safety", "environment", "value", "integrity", "credibility", "reputation",
     "recovery", "growth", "progress", "democracy", "freedom", "liberty", "privacy", "career", "survival",
     "viability", "prosperity", "unity", "legitimacy", "fabric", "foundation", "ceasefire", "truce",
     "well-being", "wellbeing", "way", "prospect", "chance"}
)  # fmt: skip


def _endangered(verb: Token, patient: Token | None) -> bool:
    """ "threaten the retirement savings of millions": a thing endangered, with no act threatened ("to",
    "with") and no one threatened by name."""
    if patient is None or patient.lemma_.lower() not in ENDANGERED:
        return False
    return not any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children
    )


#: verbs of crediting: "gives credit to X for Y", "deserves credit", "took credit for"
GIVING_CREDIT = frozenset({"give", "deserve", "take", "claim", "receive", "get"})
#: verbs of closing down
CLOSING = frozenset({"shut", "close", "shutter", "shut_down"})
#: one's own business or venture, which one may close
BUSINESSES = frozenset(
    {"business", "company", "firm", "shop", "store", "restaurant", "practice", "factory", "plant", "account",
     "campaign", "operation", "branch", "studio", "clinic", "bar", "cafe", "website", "blog", "page", "channel",
     "show", "franchise", "farm", "ranch", "gallery", "foundation", "charity", "venture", "startup"}
)  # fmt: skip


def _own_business(patient: Token | None) -> bool:
    """ "shut down his business", "closed its factory in Shanghai": the actor's own venture."""
    return patient is not None and patient.lemma_.lower() in BUSINESSES and _own(patient)


def _none_there(noun: Token) -> bool:
    """Whether ``noun`` is said not to exist: in "there is no ...", "there does not seem to be a majority of
    the X" (through "of" and the "be" of an existential "there", negated on itself or on "seem")."""
    cur = noun
    for _ in range(4):
        if cur.dep_ in ("pobj", "prep"):
            cur = cur.head
        else:
            break
    if cur.dep_ not in ("attr", "nsubj") or cur.head.lemma_.lower() != "be":
        return False
    be = cur.head
    if not any(c.dep_ == "expl" for c in be.children) and not (
        be.dep_ == "xcomp" and any(c.dep_ == "expl" for c in be.head.children)
    ):
        return False
    return _negated(be) or (be.dep_ == "xcomp" and _negated(be.head))


def _scare_quoted(noun: Token) -> bool:
    """A noun alone between quotation marks: the word mentioned ("Israeli “occupation”"), not used."""
    doc = noun.doc
    if noun.i == 0 or noun.i + 1 >= len(doc):
        return False
    return doc[noun.i - 1].text in OPENING_QUOTES and doc[noun.i + 1].text in CLOSING_QUOTES


#: verbs of coming somewhere, and the bodies one comes into by taking a seat: "arrived in Congress"
ARRIVING = frozenset({"arrive", "come", "go", "return"})
SEATS = frozenset({"congress", "senate", "parliament", "office", "power", "legislature", "assembly"})


def _took_a_seat(verb: Token) -> bool:
    """ "arrived in Congress", "came to power", "returned to the Senate": a seat taken, no visit."""
    where = _pobj(verb, ("in", "to", "into", "at"))
    return where is not None and (where.lower_ in SEATS or where.text == "House")


#: verbs of giving in, and the pressures or reasons one gives in to without laying down arms
YIELDING = frozenset({"surrender", "capitulate", "yield", "succumb", "submit"})
PERSUASIONS = frozenset(
    {"argument", "logic", "reason", "pressure", "temptation", "reality", "fear", "demand", "whim", "wish", "view",
     "charm", "inevitable", "fatigue"}
)  # fmt: skip
#: verbs of beating on something, and what one knocks on: "pounded on his door", "banged on the table"
KNOCKING = frozenset({"pound", "bang", "hammer", "knock", "beat", "thump", "rap"})
KNOCKED_ON = frozenset(
    {"door", "table", "desk", "wall", "window", "podium", "lectern", "chest", "gate", "car", "roof", "drum"}
)
#: what one "complains of" to a doctor
AILMENTS = ILLNESSES | frozenset(
    {"symptom", "pain", "ache", "headache", "dizziness", "nausea", "fever", "cough", "tinnitus", "numbness",
     "sickness", "chest", "breathlessness", "insomnia", "exhaustion"}
)  # fmt: skip
#: one's own course, dropped when it is ruled out: "ruled out running", "ruled out seeking a third term"
OWN_COURSES = frozenset({"run", "seek", "stand", "enter", "challenge", "retire", "resign", "return", "serve"})
#: a threat that is a danger posed, not a threat made: "Iran's growing threat", "an existential threat"
POSED_DANGERS = frozenset(
    {"growing", "rising", "increasing", "mounting", "existential", "potential", "perceived", "looming", "emerging"}
)
#: an act told of as expected, not yet done: "Obama's veto is expected to come", "the attack is likely"
EXPECTED = frozenset({"expect", "anticipate", "likely", "due", "predict", "forecast"})
#: verbs of saying that "it should be ..." turns into a phrase: "it should be noted", "it must be said"
SAID_WORDS = frozenset(
    {"note", "say", "stress", "emphasize", "emphasise", "remember", "mention", "add", "recall", "admit",
     "acknowledge", "point", "underline", "underscore"}
)  # fmt: skip


def _knocked_on(verb: Token) -> bool:
    """ "pounded on his door": beating on a thing, no one attacked."""
    thing = _pobj(verb, ("on", "at"))
    return thing is not None and thing.lemma_.lower() in KNOCKED_ON and _child(verb, "dobj") is None


def _own_course_ruled_out(verb: Token) -> bool:
    """ "ruled out running (for president)": one's own course dropped, with no one's proposal refused."""
    if not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in verb.children):
        return False
    course = next((c for c in verb.children if c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ == "VBG"), None)
    return course is not None and course.lemma_.lower() in OWN_COURSES


#: a bid for office, which one may decline to make: "declined to run", "refused to seek re-election"
BIDDING = frozenset({"run", "seek", "stand", "enter"})
#: ... and what it is a bid for
OFFICES_SOUGHT = frozenset(
    {"race", "re-election", "reelection", "office", "term", "nomination", "primary", "contest", "election", "seat",
     "presidency"}
)  # fmt: skip


def _own_bid_declined(verb: Token) -> bool:
    """ "declined to run", "refused to seek a third term": one's own bid not made (not "refused to enter
    the talks", which rejects them)."""
    bid = _child(verb, "xcomp")
    if bid is None or bid.lemma_.lower() not in BIDDING:
        return False
    sought = _child(bid, "dobj")
    return sought is None or sought.lemma_.lower() in OFFICES_SOUGHT


def _said_as(verb: Token) -> bool:
    """ "As X conceded, ...": a comment clause on what is said."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _ailment_told(verb: Token) -> bool:
    """ "complained of symptoms such as hearing loss": what one tells a doctor."""
    told = _pobj(verb, ("of", "about"))
    return told is not None and told.lemma_.lower() in AILMENTS


def _said_of_it(verb: Token) -> bool:
    """ "it should be noted that ...": a verb of saying whose passive subject is "it"."""
    subject = _child(verb, "nsubjpass")
    return subject is not None and subject.lower_ == "it" and _child(verb, "auxpass") is not None


def _charged_with_a_duty(trig: Token) -> bool:
    """ "charged with protecting / overseeing / enforcing X": the gerund after "with" is a task ("charged with
    murdering" is a crime; so may be "helping", "running", "planning" or "providing", left out)."""
    with_ = next((c for c in trig.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if with_ is None:
        return False
    task = next((c for c in with_.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if task is None or task.lemma_.lower() not in TASKS or _child(trig, "nsubj") is not None:
        return False  # "prosecutors charged the governor with overseeing a bribery scheme": accused
    done = _child(task, "dobj")
    return done is None or not ({done.lemma_.lower()} | {c.lemma_.lower() for c in done.children}) & MISDEED_NOUNS


def _funds_received(verb: Token) -> bool:
    """ "funding from X" parsed as a verb with no object: the noun, what is received from X."""
    from_ = any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
    return verb.tag_ == "VBG" and from_ and _child(verb, "dobj") is None


def _said_of_any(trig: Token) -> bool:
    """An act in a relative clause on "any X" or "no X": what such a person would do, not what someone did."""
    cur = trig
    for _ in range(5):
        if cur.dep_ == "relcl":
            return any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in cur.head.children)
        if cur.dep_ not in ("conj", "xcomp", "pcomp", "prep", "advcl") or cur.head is cur:
            return False
        cur = cur.head
    return False


def _on_record(trig: Token) -> bool:
    """ "captured the exchange on video", "caught on camera": recorded, not taken."""
    hosts = [trig, *(c for c in trig.children if c.dep_ in ("dobj", "nsubjpass"))]  # "on video" may hang on either
    return any(
        g.lemma_.lower() in RECORDINGS for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children if g.dep_ == "pobj"
    )  # fmt: skip


#: what a plea is made for, to or against: "an appeal for calm", "an appeal to the UN"
PLEADED = frozenset({"for", "to", "against", "on", "from", "by"})


def _allure(noun: Token) -> bool:
    """ "broaden their appeal", "its broad appeal": how much something draws people."""
    if any(c.dep_ == "amod" and c.lower_ in ALLURING for c in noun.children):
        return True
    asked = [c for c in noun.children if (c.dep_ == "prep" and c.lower_ in PLEADED) or c.dep_ in ("acl", "relcl")]
    # ("Wal-Mart's appeal is asking the Supreme Court to stop the case" asks)
    asking = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in FRAME_DEMAND | {"seek"}
    if noun.lower_ == "appeal" and not asked and not asking and noun.dep_ not in ("dobj", "nsubjpass"):
        return True  # "the strength of Trump's anti-establishment appeal": no plea for anything, to anyone
    drawn = _pobj(noun, ("to",))
    # ("an appeal to donors for blankets" asks them: the parser may hang "for" on the donors)
    pleaded_for = _pobj(noun, ("for",)) or (_pobj(drawn, ("for",)) if drawn is not None else None)
    if drawn is not None and drawn.lemma_.lower() in AUDIENCES and pleaded_for is None:
        return True  # "help the GOP appeal to women" (read as a noun): to draw them
    return noun.dep_ in ("dobj", "nsubj") and noun.head.lemma_.lower() in WIDENING


def _sightseeing(trig: Token) -> bool:
    """A visit or tour of a sight or a work site (a museum, a bridge in need of repair, a factory): no host is
    visited."""
    places = [c for c in trig.children if c.dep_ == "dobj"]
    places += [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ("to", "of") for g in c.children
               if g.dep_ == "pobj"]  # fmt: skip
    return bool(places) and all(p.lemma_.lower() in SIGHTS for p in places)


def _concurred(found: _Found) -> bool:
    """ "X agreed" or "X agreed that ..." with nothing agreed to, on or with, and one person as X: X shares
    a view ("Ed Rendell agreed that the party had made a mistake")."""
    trig = found.trigger
    if trig.pos_ != "VERB" or (found.target_tok is not None and _child(trig, "ccomp") is None):
        return False
    if any(c.dep_ in ("dobj", "xcomp", "prep", "npadvmod") for c in trig.children):
        return False  # "agreed to", "agreed on", "agreed with X", "agreed a deal"
    if any(c.dep_ == "advcl" and c.lemma_.lower() not in VIEWS_SAID and not _conceded(c) for c in trig.children):
        return False  # "agreed after talks ..." (but "agreed, saying that ...", "although he ..., he agrees that")
    # a person, or a name no one has typed ("Judge Amaral"); never a state, a body or a people
    return _a_person(found.source_tok, untyped_names=True)


def _errand(trip: Token) -> bool:
    """A trip named by its errand: "fund-raising trips", "a campaign trip", "a shopping trip"."""
    return any(
        c.dep_ in ("amod", "compound") and "".join(t.lower_ for t in c.subtree) in ERRANDS for c in trip.children
    )  # ("fund-raising" is three tokens)


def _person_agreed_with_person(found: _Found) -> bool:
    """One person agreeing with another ("agreed with Matthews about the winner"): a view shared."""
    verb = found.trigger
    partner = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                    if g.dep_ == "pobj"), None)  # fmt: skip
    if partner is None or any(c.dep_ in ("xcomp", "dobj") for c in verb.children):
        return False
    return _a_person(found.source_tok) and (_a_person(partner) or partner.lower_ in ("him", "her"))


def _a_person(tok: Token | None, untyped_names: bool = False) -> bool:
    """One person (not "X and Y"): a PERSON entity, or with ``untyped_names`` a proper name with no type."""
    if tok is None or _child(tok, "conj") is not None:
        return False
    ent = entity_at(tok.doc, tok.idx, tok.idx + len(tok.text))
    label = ent.label if ent is not None else tok.ent_type_
    return label == "PERSON" or (untyped_names and not label and tok.tag_ == "NNP")


def _held_off(verb: Token) -> bool:
    """ "held off on", "put off", "stopped short of": the gerund after it is not done."""
    return verb.lemma_.lower() in ("hold", "put") and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _a_law(subject: Token | None) -> bool:
    return subject is not None and subject.lemma_.lower() in LAWS


def _a_pact(subject: Token | None) -> bool:
    return subject is not None and subject.lemma_.lower() in PACTS


def _a_show(noun: Token) -> bool:
    """A show, a party or a press conference (a conference or briefing only "press"/"news")."""
    lemma = noun.lemma_.lower()
    if lemma in PRESS_EVENTS:
        return any(c.dep_ in ("compound", "amod") and c.lower_ in ("press", "news", "media") for c in noun.children)
    return lemma in HOSTED_EVENTS


def _counterfactual(verb: Token) -> bool:
    """A clause under "if X were ..." (or "had X ..."), through the verbs it is joined to: "if she were
    president, she would not abandon the deal but would keep negotiating"."""
    cur = verb
    for _ in range(5):
        for c in cur.children:
            supposed = any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
            if c.dep_ == "advcl" and c.lower_ == "were" and supposed:
                return True  # (a copula: "if it were attacked, Iran would attack" is a threat)
        if cur.i == verb.i and _inverted_had(cur):
            return True  # "... would have been different had Clinton been subpoenaed"
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
            cur = cur.head  # "would use the opposition as negotiating leverage": through "as"
        if cur.dep_ not in ("xcomp", "conj", "prep") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _inverted_had(verb: Token) -> bool:
    """ "had Clinton been subpoenaed", "had they attacked": a condition told by putting "had" first."""
    had = verb.head
    first = had.i == had.sent.start or had.doc[had.i - 1].text == ","
    if verb.dep_ == "ccomp" and had.lower_ == "had" and had.dep_ == "advcl" and had.i == had.left_edge.i and first:
        return True  # "Had the rebels attacked, ...", parsed with "Had" as the clause's head
    subject = _child(verb, "nsubj", "nsubjpass")
    if subject is None or verb.dep_ not in ("advcl", "ccomp"):
        return False
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == "had" and c.i < subject.i and c.i > 0
        and had.doc[c.i - 1].pos_ != "CCONJ"
        for c in verb.children
    )


def _in_a_title(tok: Token) -> bool:
    """A word inside the title a work is given: "a book titled Collusion: ... How Russia Helped X Win" (the
    parse may break the title off: then a capitalised verb after "titled")."""
    if any(a.pos_ == "VERB" and a.lemma_.lower() in TITLING for a in tok.ancestors):
        return True
    if not tok.text[:1].isupper() or tok.i <= tok.sent.start:
        return False
    # a capitalised verb after "titled" in the same sentence: the title, whatever the parse made of it
    if any(t.pos_ == "VERB" and t.lemma_.lower() in TITLING for t in tok.sent if t.i < tok.i):
        return True
    # a verb in a run of capitalised words after running text: "read the ebook ...: Why Kennedy Was
    # Assassinated by Douglas Horne" (not a headline, whose words are all capitalised, nor the first word
    # after a colon or a dash)
    before = tok.doc[tok.i - 1]
    return (
        tok.pos_ in ("VERB", "AUX") and before.is_alpha and before.text[:1].isupper()
        and any(t.is_alpha and t.is_lower and len(t) > 3 for t in tok.sent if t.i < tok.i)
    )  # fmt: skip


def _overheard(call: Token) -> bool:
    """A call or conversation that is listened to, recorded or read: "listened to the content of
    people's phone calls", "intercepted calls", "a transcript of the conversation"."""
    cur = call
    for _ in range(3):
        if cur.lemma_.lower() in OVERHEARING or (cur is not call and cur.lemma_.lower() in RECORDS_OF_TALK):
            return True
        if cur.dep_ not in ("pobj", "dobj", "prep", "nsubjpass") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return cur.lemma_.lower() in OVERHEARING


def _depicted(gerund: Token) -> bool:
    """A gerund that a work of fiction involves or shows: "a skit that involved drugging and raping X"."""
    cur = first_conjunct(gerund)
    verb = cur.head
    if cur.dep_ not in ("dobj", "xcomp", "ccomp") or verb.lemma_.lower() not in DEPICTING:
        return False
    work = _child(verb, "nsubj")
    if work is not None and work.lemma_.lower() in WORKS:
        return True
    # "a skit for 'Saturday Night Live' that involved ...": the relative may hang on a name after the work
    cur = verb
    for _ in range(4):
        if cur.dep_ not in ("relcl", "acl", "pobj", "prep", "compound") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in WORKS:
            return True
    return False


def _there_would_be(noun: Token) -> bool:
    """An event noun that "there would (could, might) be": supposed, not reported."""
    cur = noun
    for _ in range(4):
        if cur.dep_ not in ("conj", "appos", "attr", "nsubj", "dobj", "npadvmod") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() == "be" and _child(cur, "expl") is not None:
            return any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "'d") for c in cur.children)
    return False


def _came_back(verb: Token) -> bool:
    """ "return" with nothing returned and nowhere left: coming back (not "returned from the war zone",
    "returned the prisoners")."""
    if verb.pos_ != "VERB" or _child(verb, "dobj", "nsubjpass", "auxpass") is not None:
        return False
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return False  # "the prisoners returned to Iran": what is returned is the noun
    return not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def _illness_fought(verb: Token) -> bool:
    """A fight with an illness: "battled (through three bouts of) pneumonia", "fighting cancer"."""
    fought = [t for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    return any(t.lemma_.lower() in ILLNESSES for t in fought)


def _about_an_act(topic: Token | None) -> bool:
    """ "reports of extrajudicial killings by paramilitary units": a topic that names an act (examining
    them investigates it), unlike "the implications of this bill"."""
    of = _pobj(topic, ("of",)) if topic is not None else None
    return of is not None and _noun_code(of) is not None


def _held_to_be(verb: Token) -> bool:
    """A present passive with "as": "is widely recognized as the leader" describes a standing, not an act."""
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return present and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _asks_for_comment(noun: Token) -> bool:
    """A request (noun) for a comment or an interview, or to elaborate, say or respond."""
    wanted = _pobj(noun, ("for",))
    said = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    return (wanted is not None and wanted.lemma_.lower() in ("comment", "interview", "reaction")) or (
        said is not None and said.lemma_.lower() in NO_COMMENT
    )


def _comment_declined(verb: Token) -> bool:
    """ "declined repeated requests / attempts for comment": what is declined is a comment."""
    asked = _child(verb, "dobj")
    return asked is not None and any(
        t.lemma_.lower() in ("comment", "interview")
        or (t.dep_ == "acl" and t.pos_ == "VERB" and t.lemma_.lower() in NO_COMMENT)  # "X's request to elaborate"
        for t in asked.subtree
    )


def _relative_bill(verb: Token) -> bool:
    """ "expenses charged by X to his campaign": the charge is the noun the participle hangs on."""
    return verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in BILLED


def _gerund_held_out(gerund: Token) -> bool:
    """A gerund after a preposition whose governor only holds the act out: a leaning ("an openness to
    working with Democrats", "give some thought to stepping down"), a wait ("I look forward to providing
    President Obama the support he deserves") or talk ("joked about blowing up the headquarters", "warned
    fellow Republicans about voting against the nomination")."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp":
        return False
    prep, gov = gerund.head, gerund.head.head
    if prep.lower_ in ("about", "of"):
        return gov.lemma_.lower() in MUSING
    if prep.lower_ != "to":
        return False
    objects = [c.lemma_.lower() for c in gov.children if c.dep_ == "dobj"]  # "give some thought to"
    leaning = gov.lemma_.lower() in LEANINGS or any(o in LEANINGS for o in objects)
    awaited = gov.lemma_.lower() == "look" and any(c.dep_ == "advmod" and c.lower_ == "forward" for c in gov.children)
    return leaning or awaited


def _won_in_a_vote(what: Token | None) -> bool:
    """ "control of the lower chamber", "the Senate", "a majority": what an election wins."""
    if what is None:
        return False
    if what.lemma_.lower() in ("control", "majority"):
        body = _pobj(what, ("of", "in"))
        if body is not None and (body.lemma_.lower() in CONTROLLED_BODIES or body.lower_ in CONTROLLED_BODIES):
            return True
    return what.lemma_.lower() in ELECTED_BODIES


def _unless(barring: Token) -> bool:
    """ "barring a last-minute deal", "barring Bergoglio's conversion": "barring" as a preposition, with no
    one barring and no one barred from anything ("an order barring the group from the capital" bars)."""
    if barring.tag_ != "VBG" or barring.dep_ not in ("prep", "advcl", "acl"):
        return False
    if _child(barring, "nsubj", "aux") is not None:
        return False
    if any(t.lower_ == "from" for t in barring.subtree):
        return False  # "barring journalists and aid workers from entering"
    what = _child(barring, "dobj", "pobj")
    return what is not None and what.pos_ == "NOUN" and not is_actor(what.doc, what)


def _hoped_for(noun: Token) -> bool:
    """An event noun after an adjective under a "would" or "could": "would be more comfortable with an
    FBI investigation", "would be happy with talks"."""
    if noun.dep_ != "pobj" or noun.head.head.pos_ != "ADJ":
        return False
    be = noun.head.head.head
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "should") for c in be.children)


def _without(verb: Token) -> bool:
    """A gerund after "without", or joined to one: "without committing any crime or even threatening"."""
    cur = verb
    for _ in range(3):
        if cur.dep_ == "pcomp" and cur.head.lower_ == "without":
            return True
        if cur.dep_ == "acl" and cur.head.dep_ == "pobj" and cur.head.head.lower_ == "without":
            return True  # "without the person committing any crime"
        if cur.dep_ != "conj":
            return False
        cur = cur.head
    return False


def _animals(verb: Token) -> bool:
    """The ones killed are animals (the verb's object, or its conjunct's: "kill and sacrifice animals")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ == "NOUN")]
    objects += [g for c in verb.children if c.dep_ == "conj" for g in c.children if g.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in ANIMALS for o in objects)


def _by_a_disaster(verb: Token) -> bool:
    subject = _child(verb, "nsubj")
    if subject is not None and subject.lower_ in ("which", "that"):
        subject = _relative_antecedent(subject) or subject
    if subject is not None and subject.lemma_.lower() == "bout":
        subject = next((g for c in subject.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"),
                       subject)  # "her bout with pneumonia"
    return subject is not None and subject.lemma_.lower() in DISASTERS


def _compared(gerund: Token) -> bool:
    """A gerund that is compared or equated, on either side: "equate killing Jews with killing ...",
    "compared bombing X to ..."."""
    cur = gerund
    for _ in range(3):
        if cur.dep_ not in ("dobj", "xcomp", "pcomp", "pobj"):
            return False
        head = cur.head.head if cur.head.dep_ == "prep" else cur.head
        if head.lemma_.lower() in COMPARING:
            return True
        cur = head  # "equate killing Jews with killing Jews": the second through the first
    return False


def _conceded(clause: Token) -> bool:
    """A clause that concedes something beside the main one: "Although he is producing just one, ..."."""
    return any(c.dep_ == "mark" and c.lower_ in ("although", "though", "while", "whereas") for c in clause.children)


def _agreed_with_a_view(verb: Token) -> bool:
    """ "agreed with the attitude / view / assessment of X": of one mind with a view, no agreement made."""
    partner = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                    if g.dep_ == "pobj"), None)  # fmt: skip
    return partner is not None and partner.lemma_.lower() in VIEWS


#: what a country is put on alert against when no force is readied: epidemics and storms
OUTBREAKS = frozenset(
    {"outbreak", "disease", "virus", "epidemic", "pandemic", "cholera", "ebola", "plague", "flu", "storm",
     "hurricane", "cyclone", "typhoon", "flood", "earthquake", "tsunami", "wildfire", "contagion", "infection"}
)  # fmt: skip


def _on_alert(verb: Token) -> bool:
    """ "placed on high alert", "put on alert": an alert, whatever readied it."""
    return any(t.lemma_.lower() == "alert" for t in verb.subtree)


#: verbs of setting a ruling aside, which a court does on appeal
OVERTURNING = frozenset({"reverse", "overturn", "overrule", "quash", "annul", "vacate", "set_aside"})


def _a_court(tok: Token | None) -> bool:
    """Whether ``tok`` names a court or a judge ("the Circuit Court of Appeals", "a federal judge"): the
    judiciary, as the actor stage sectors it."""
    actor = actor_of(tok.doc, tok) if tok is not None else None
    return actor is not None and actor.sector == "judiciary"


#: what a telephone call is made to say even with no one named as called: greetings, and telling
#: ("called to complain that ...", "called to check on")
GREETINGS = frozenset({"congratulate", "thank", "apologize", "apologise", "condole", "wish", "greet"})
TOLD_BY_PHONE = GREETINGS | frozenset({"complain", "say", "tell", "report", "inform", "check", "explain", "chat"})


def _phoned_to_say(verb: Token, unnamed: bool = False) -> bool:
    """ "called X on Friday to express her support": a call made to say something, no call on X to act;
    with ``unnamed``, also a call with no one named made to greet or tell ("called to congratulate him",
    "called to complain")."""
    if any(
        c.dep_ == "prep" and c.lower_ in ("on", "for") and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in verb.children
    ):
        return False  # "called on X to", "called for X to" (not "called X on Friday")
    person = _child(verb, "dobj")
    said = next(
        (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in SAYING | TOLD_BY_PHONE),
        None,
    )
    if unnamed and person is None and said is not None and said.lemma_.lower() in TOLD_BY_PHONE:
        # "was one of the first to call to congratulate him", "called to complain that ...": a call to say
        # so, asked of no one
        return True
    return person is not None and person.ent_type_ == "PERSON" and said is not None


def _one_sided_talk(found: _Found) -> bool:
    """A singular talk or conversation (the noun trigger, or the object of "had") with no one on the
    other side: no "with"/"between", no target, and no second party on the source's side."""
    trig = found.trigger
    noun = trig if trig.pos_ in ("NOUN", "PROPN") else _child(trig, "dobj")
    if noun is None:
        return False
    phoned = noun.lemma_.lower() == "call" and any(c.lower_ in ("phone", "telephone") for c in noun.children)
    if not phoned and (noun.lemma_.lower() not in ONE_SIDED_TALK or noun.tag_ != "NN"):
        return False  # (phone calls may be many: "our phone calls and emails exploded")
    if found.target_tok is not None:
        return False
    hosts = (noun, trig)
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for h in hosts for c in h.children):
        return False
    source = found.source_tok
    if source is not None and (source.tag_ in ("NNS", "NNPS") or _child(source, "conj") is not None):
        return False  # "the two sides had a conversation", "Iran and Iraq held a discussion"
    return True


def _escaped(found: _Found) -> bool:
    """The act is the object of "escape", "avoid", "faces" ...: not done ("a hostile act faced", not
    "faced criticism", which is done)."""
    trig = found.trigger
    if found.kind not in DONE_TO_SOMEONE or trig.dep_ != "dobj":
        return False
    return trig.head.pos_ == "VERB" and trig.head.lemma_.lower() in ESCAPING


#: how the parser hangs an imperative opening a quote after a colon
IMPERATIVE_DEPS = frozenset({"ROOT", "xcomp", "ccomp", "parataxis", "acl", "advcl", "dep"})
#: what may open an imperative inside a sentence: 'had a blunt reply: "Please pardon ...'
OPENERS = frozenset({":", '"', "“", "‘", "'", "—", "-"})


def _imperative(trig: Token) -> bool:
    """A bare verb with no subject and no auxiliary that opens its sentence, or a quote after a colon:
    "Please pardon my daughter", "Release our sons" (asked for by whoever says it, not done)."""
    if trig.pos_ != "VERB" or trig.tag_ != "VB" or trig.dep_ not in IMPERATIVE_DEPS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in trig.children):
        return False
    before = [t for t in trig.sent if t.i < trig.i and t.lower_ != "please"]
    if not before:
        return trig.dep_ == "ROOT"
    return trig.dep_ != "ROOT" and before[-1].text in OPENERS and any(t.text == ":" for t in before[-2:])


#: verbs that take control, by force only of a place held by armed men ("wrest control" is left as it was)
TAKING_CONTROL = frozenset({"take", "gain", "assume"})


def _control_by_force(verb: Token, control: Token | None) -> bool:
    """ "Insurgents took control of the town", "the Taliban took control of Kabul": control of a town, a
    base or a territory (or of a named place, taken by an armed group), not of a company, a chamber, or a
    state won at the polls."""
    place = _pobj(control, ("of",)) if control is not None else None
    if place is None:
        return False
    if place.lemma_.lower() in PLACE_NOUNS:
        return True
    doer = _child(verb, "nsubj")
    actor = actor_of(verb.doc, doer) if doer is not None else None
    armed = doer is not None and (
        doer.lemma_.lower() in ARMED_GROUPS or (actor is not None and actor.sector in ("military", "rebel"))
    )
    return armed and place.ent_type_ in ("GPE", "LOC", "FAC")


#: verbs that put out a warning: "issued the alert", "sounded the alert"
ISSUING = frozenset({"issue", "send", "post", "sound", "put", "broadcast", "publish", "release", "lift", "cancel"})


def _stopped_short(gerund: Token) -> bool:
    """ "stopped short of calling on Akin to resign", "fell short of endorsing him": not done."""
    of = gerund.head
    return gerund.dep_ == "pcomp" and of.lower_ == "of" and of.head.lower_ == "short"


#: what is met that is no one: "meet resistance", "meet the deadline", "meet the criteria"
MET_THINGS = frozenset(
    {"resistance", "opposition", "criticism", "skepticism", "scepticism", "deadline", "requirement", "standard",
     "goal", "target", "expectation", "criterion", "criteria", "threshold", "challenge", "fate", "end", "death",
     "obligation", "quota", "benchmark", "approval", "success", "failure"}
)  # fmt: skip
#: adverbs of a habit: with a verb in the present, what is done again and again, no act in particular
HABITUAL = frozenset({"always", "usually", "typically", "often", "invariably", "normally"})


def _habit_told(verb: Token) -> bool:
    """ "are always attacked by secularist regimes", "police usually arrest them": a habit in the present."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children):
        return False
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lemma_.lower() == "be" for c in verb.children
    )
    return present and not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


#: labels slapped on things
LABELS = frozenset({"label", "tag", "name", "sticker", "moniker", "nickname", "brand", "title"})
#: adjectives of a routine: "regular meetings", "weekly calls"
ROUTINE = frozenset({"regular", "weekly", "monthly", "daily", "annual", "yearly", "routine", "periodic", "quarterly"})
#: acts authorised ("sanctioned by") rather than penalised
AUTHORISED = frozenset(
    {"hacking", "hack", "operation", "attack", "killing", "program", "programme", "activity", "campaign", "plan",
     "interference", "meddling", "strike", "raid", "policy", "practice", "use", "action", "murder", "assassination"}
)  # fmt: skip


#: plural nouns for actors of a kind: "nations that oppose X", "countries that host refugees"
KINDS_OF_ACTOR = frozenset(
    {"nation", "country", "state", "government", "people", "group", "organization", "organisation", "regime",
     "party", "company", "person", "individual", "man", "woman"}
)  # fmt: skip


def _a_kind_of_actor(noun: Token) -> bool:
    """A bare plural for actors of a kind, with no determiner, possessor or number: "nations" (not "the
    nations", "two nations", "Gulf nations")."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in KINDS_OF_ACTOR:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "compound") or c.ent_type_ for c in noun.children)


#: verbs of urging or opposing a policy, whose gerund object is not done by the one urging it
ADVOCATING = frozenset(
    {"promote", "advocate", "favor", "favour", "recommend", "champion", "tout", "endorse", "oppose", "push",
     "float", "pitch", "propose", "suggest", "support", "back"}
)  # fmt: skip
#: nouns for a kind of act: "the phenomenon of X doing Y", "the practice of police beating suspects" ("raised
#: the spectre / prospect of downgrading ties if ..." is a threat: not here)
PHENOMENA = frozenset(
    {"phenomenon", "practice", "problem", "trend", "scourge", "epidemic", "culture", "habit", "pattern", "plague"}
)  # fmt: skip


def _a_phenomenon(gerund: Token) -> bool:
    """ "the phenomenon of Muslim migrants stabbing unbelievers": a gerund clause after "of" on a noun for
    a kind of act."""
    first = first_conjunct(gerund)
    of = first.head
    if first.dep_ == "acl" and of.dep_ == "pobj":
        of = of.head  # "the practice of police beating suspects": the parser hangs the clause on its subject
    elif first.dep_ not in ("pcomp", "pobj"):
        return False
    return of.lower_ == "of" and of.head.lemma_.lower() in PHENOMENA


#: nouns for how things look: "the impression that X was doing Y"
IMPRESSIONS = frozenset({"impression", "appearance", "illusion", "perception", "semblance", "optics"})


def _an_impression(verb: Token) -> bool:
    """ "giving the impression that he was endorsing it or supporting it": a clause on a noun of appearance."""
    clause = first_conjunct(verb)
    return clause.dep_ in ("acl", "ccomp") and clause.head.lemma_.lower() in IMPRESSIONS


#: verbs of letting, whose act the parser may join to the main verb: "a bill letting families sue X"
LETTING = PERMITTING | frozenset({"enable", "empower", "authorize", "authorise"})


def _permitted_misparsed(verb: Token) -> bool:
    """ "rejected Obama's veto of a bill letting families of Sept. 11 victims sue the Saudi government": the
    parser hangs "sue" on "rejected", with "veto" as its subject; a bare verb right after the object of a
    letting word is the act let."""
    if verb.tag_ not in ("VB", "VBP") or verb.i == 0 or _child(verb, "aux", "auxpass") is not None:
        return False  # (a bare verb, as "let" takes: "sued", "sues" or "will sue" are a clause's own)
    before = verb.doc[verb.i - 1]
    obj = before if before.dep_ in ("dobj", "pobj") else None
    while obj is not None and obj.dep_ == "pobj":
        obj = obj.head.head if obj.head.dep_ == "prep" else None  # "families of Sept. 11 victims"
    if obj is None or obj.dep_ != "dobj":
        return False
    return obj.head.lemma_.lower() in LETTING and obj.head.tag_ in ("VBG", "VBN")


#: verbs of helping, whose act is no more done than the help is
HELPING = frozenset({"help", "enable", "assist"})
#: buildings one walks out of without walking out in protest (a walkout leaves a session, talks or a chamber)
BUILDINGS = frozenset(
    {"courthouse", "court", "building", "house", "home", "room", "office", "hospital", "jail", "prison", "store",
     "shop", "restaurant", "church", "hotel", "door", "car", "station", "bank", "theater", "theatre", "studio"}
)  # fmt: skip


#: works that are funded or sponsored, not backed in words: "the research, supported by X"
WORKS_FUNDED = frozenset(
    {"research", "study", "project", "programme", "program", "survey", "paper", "analysis", "expedition",
     "exhibition", "fellowship", "scholarship", "trial", "experiment", "work"}
)  # fmt: skip
