"""Sport and markets are no political events (round 7, from the non-political documents of the Reuters
wire file): a news feed carries results and prices beside politics, and their verbs are the event
verbs of conflict and cooperation ("Wales beat San Marino 6-0", "the Brewers rallied for a 5-4 win",
"defended his featherweight title", "was dismissed for a second bookable offence", "Poland offered 40
percent of the shares", "rising demand for oil").

* **A sports report** is a sentence with a word that only sport uses (halftime, innings, qualifier,
  semifinal, birdie, featherweight, ...), two different ones that sport shares with other news (soccer, match, title,
  league, ...), or one of those with a result ("2-1", "by 107 runs", "by four wickets"; or a result
  after "beat"). Nothing in it is coded: the contest, the lifting, rallying and defending there are
  play. An article with two such sentences or more, a quarter of its sentences at least, is a sports
  article, and its other sentences are play too ("lifted the Orioles past the Mariners", "kicked five
  penalties"). A sentence that names fans, crowds, police or a bombing stays open to the rules.
* **A market offer** ("offered 40 percent of the shares", "shares to be offered", "an offer of 420
  billion lei" at a bank's auction) is a sale, not an offer of cooperation: an AGREE whose object is a
  security, a stake or a bid is none.
* **Market demand** ("rising demand for lube and oil products", "consumer demand") is no request.
* **Unreturned calls** ("did not return phone calls seeking comment") refuse nothing: no comment.
* **Signing a person** ("the club signed the striker", "was signed as a broadcaster") is hiring, not
  the signing of an agreement.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

#: words only sport uses (lower-case tokens)
SPORT_WORDS = frozenset(
    {"halftime", "half-time", "innings", "inning", "wicket", "wickets", "qualifier", "qualifiers", "semifinal",
     "semifinals", "semi-final", "semi-finals", "quarterfinal", "quarterfinals", "quarter-final", "quarter-finals",
     "homer", "homers", "homered", "rbi", "birdie", "birdies", "birdying", "bogey", "bogeyed", "bogeying",
     "featherweight", "cruiserweight", "middleweight", "welterweight", "bantamweight", "midfielder", "goalkeeper",
     "fly-half", "scrum-half", "quarterback", "touchdown", "playoff", "play-off", "playoffs", "one-dayer",
     "scoreboard", "seeding", "under-21", "u-21", "tiebreak", "tie-break", "pitcher", "goalless", "heavyweight",
     "lightweight", "flyweight", "light-heavyweight", "super-middleweight", "striker", "goalscorer", "equaliser",
     "equalizer", "kick-off", "hat-trick", "penalties", "try-scorer", "sprinter", "hurdler", "tiebreaker"}
)  # fmt: skip
#: words that sport uses and a political sentence may too ("a draw", "the title", "a soccer stadium"):
#: two of them, or one with a result, make a sports report
WEAK = frozenset(
    {"soccer", "cricket", "rugby", "tennis", "golf", "baseball", "basketball", "boxing", "cycling", "athletics",
     "olympics", "marathon", "cup", "league", "championship", "tournament", "title", "medal", "match", "matches",
     "season", "squad", "draw", "referee", "knockout", "fullback", "bout", "ace", "aces", "sprint", "seeded",
     "final", "penalty", "goal", "goals", "serve", "champion", "race", "metres", "lap", "points"}
)  # fmt: skip
#: a result: "beat X 2-1", "won 6-0", "by 107 runs", "by four wickets", "by an innings"
RESULT = re.compile(
    r"\b\d{1,3}-\d{1,3}\b(?!-)|\bby (?:an innings|\d+ runs|\w+ wickets?|\d+ strokes?|\d+ points)\b"
    r"|\b\d{1,2}:\d{2}\.\d{1,3}\b|\b\d{1,2}\.\d{2,3} seconds\b",  # race times: "4:05.104", "9.91 seconds"
    re.IGNORECASE,
)
#: words of a sentence as sport writes them, hyphenated compounds whole ("fly-half", "semi-final")
_WORDS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: people and violence at a match that are news of their own: "police arrested fans", "a bomb at the stadium"
CROWD = frozenset(
    {"fan", "fans", "supporter", "supporters", "crowd", "crowds", "hooligan", "hooligans", "police", "bomb", "bombs",
     "bombing", "blast", "explosion", "grenade", "gunman", "gunmen", "militant", "militants", "killed", "shot"}
)  # fmt: skip


_SPORTS_KEY = "newsprobe.sports_article"


def sports_report(sent: Span) -> bool:
    """Whether ``sent`` reports play: in itself (see :func:`_play`), or as a sentence of a sports
    article with no crowd, police or violence in it."""
    if any(t.lower_ in CROWD for t in sent):
        return False
    return _play(sent) or sports_article(sent.doc)


def sports_article(doc: Doc) -> bool:
    """Two sentences of play or more, a quarter of the article's sentences at least."""
    cached = doc.user_data.get(_SPORTS_KEY)
    if cached is None:
        sents = list(doc.sents)
        play = sum(_play(s) for s in sents)
        cached = doc.user_data[_SPORTS_KEY] = play >= 2 and play * 4 >= len(sents)
    return bool(cached)


def _play(sent: Span) -> bool:
    """A strong sport word, or two different weak ones, or a result with one (or after "beat"). The
    same weak word twice is one: "the Arab League ... the league's secretary-general" is no match."""
    words = _WORDS.findall(sent.text.lower())
    strong = sum(w in SPORT_WORDS for w in words)
    weak = len({w for w in words if w in WEAK})
    result = RESULT.search(sent.text) is not None
    return strong > 0 or weak > 1 or (result and weak > 0) or (result and _beat(sent))


def _beat(sent: Span) -> bool:
    return any(t.lemma_.lower() in ("beat", "defeat", "thrash", "rout", "edge", "down") for t in sent)


#: what a market offers or sells
SECURITIES = frozenset(
    {"share", "stake", "percent", "bid", "stock", "bond", "security", "dividend", "discount", "tender", "equity",
     "ipo", "note", "certificate", "option", "warrant", "shrs"}
)  # fmt: skip
#: words that make "demand" the market's: "rising demand for oil", "consumer demand"
MARKET_DEMAND = frozenset(
    {"rising", "growing", "strong", "weak", "falling", "global", "domestic", "consumer", "robust", "slack",
     "increased", "higher", "lower", "firm", "soft", "seasonal", "industrial", "export", "import", "oil", "energy"}
)  # fmt: skip
CALLS = frozenset({"call", "calls", "message", "messages", "email", "emails"})


def market_talk(kind: str, trigger: Token) -> bool:
    """An AGREE that offers securities, a REQUEST that is market demand, a REJECT of returning calls."""
    lemma = trigger.lemma_.lower()
    if kind == "AGREE" and lemma == "offer":
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "pobj", "prep", "compound")]
        objects += [g for c in objects if c.dep_ == "prep" for g in c.children]
        if trigger.dep_ in ("acl", "relcl", "xcomp") or trigger.tag_ == "VBN":
            objects.append(trigger.head)
        return any(o.lemma_.lower() in SECURITIES or o.lower_ in SECURITIES for o in objects)
    if kind in ("DEMAND", "REQUEST") and lemma == "demand" and trigger.pos_ == "NOUN":
        return any(c.dep_ in ("amod", "compound", "poss") and c.lower_ in MARKET_DEMAND for c in trigger.children) or (
            any(c.dep_ == "prep" and c.lower_ == "for" for c in trigger.children)
            and not any(c.dep_ == "poss" and c.ent_type_ in ("PERSON", "ORG", "NORP") for c in trigger.children)
            and any(c.dep_ == "amod" for c in trigger.children)
        )
    if kind == "SUPPORT" and lemma == "sign":
        signed = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        hired = any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children)
        return hired or any(o.ent_type_ == "PERSON" for o in signed)
    if kind == "REJECT" and lemma == "return":
        return any(c.dep_ == "dobj" and c.lower_ in CALLS for c in trigger.children) or any(
            c.dep_ == "dobj" and any(g.lower_ in CALLS for g in c.subtree) for c in trigger.children
        )
    return False
