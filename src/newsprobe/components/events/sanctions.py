"""Sanctions told apart from what they resemble, once an event's type is known (CAMEO 16 and its kin).

- A go-between's role given up halts mediation (165): "withdrew from its role as mediator".
- A body's staff pulled out of a country, or soldiers pulled out of a peacekeeping force, is a withdrawal
  (166, 1661, 1663), not a military retreat: "pulled its staff out of Liberia", "pulling its soldiers out of
  the African Union force".
- A ban or curbs on trade with another country are an embargo (163): "banned arms sales to Indonesia",
  "slapped export curbs on Chinese chipmakers" ("police banned the sale of alcohol" stays a ban).
- Curbs eased on such trade ease an economic sanction (085, RETREAT), not a political restriction:
  "eased restrictions on the sale of aircraft parts to Caracas".

By the words of the clause, never by who acts.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprobe.components.event_lexicon import Code
from newsprobe.components.events.syntax import _child, _pobj, out_of


def sanction_refine(kind: str, mode: str | None, trigger: Token) -> Code:
    """The type and mode of an event whose trigger is ``trigger`` once told apart from a sanction's
    look-alikes (see the module docstring)."""
    withdrawn = kind == "RETREAT" and mode == "withdraw"
    if withdrawn and (_a_mediators_role(trigger) or _staff_withdrawn(trigger) or _out_of_a_mission(trigger)):
        return "SANCTION", "withdraw"
    if kind == "COERCE" and mode in ("ban", "restrict") and _trade_curbs(_banned(trigger)):
        return "SANCTION", None
    if kind == "CONCEDE" and _trade_curbs(_child(trigger, "dobj", "nsubjpass")):
        return "RETREAT", "ease"
    return kind, mode


def _left(verb: Token) -> Token | None:
    """What is withdrawn from: "from X", "out of X"."""
    return _pobj(verb, ("from", "of")) or out_of(verb)


#: the roles of a go-between
MEDIATORS = frozenset({"mediator", "go-between", "intermediary", "broker", "facilitator", "guarantor", "mediation"})


def _a_mediators_role(verb: Token) -> bool:
    """ "withdrew from its role as mediator", "pulled out of its mediation": what is left is a
    go-between's part."""
    left = _left(verb)
    if left is None:
        return False
    if left.lemma_.lower() == "role":
        left = _pobj(left, ("as",)) or _pobj(verb, ("as",)) or left  # ("as" may hang on the verb)
    doc = left.doc
    glued = left.lower_ == "between" and left.i >= 2 and doc[left.i - 1].text == "-" and doc[left.i - 2].lower_ == "go"
    return left.lemma_.lower() in MEDIATORS or left.lower_ in MEDIATORS or glued  # ("go-between" split in three)


#: people a body withdraws that are no fighting force
STAFF = frozenset({"staff", "personnel", "employee", "worker", "diplomat", "envoy", "team", "monitor", "observer",
                   "volunteer", "expatriate", "official", "inspector"})
#: what a contingent is withdrawn out of when that is a mission (with a peacekeeping or international body)
MISSIONS = frozenset({"force", "mission", "operation", "contingent"})
MISSION_MARKS = frozenset(
    {"peacekeeping", "multinational", "international", "un", "u.n.", "united", "african", "ecowas", "nato", "eu",
     "european", "regional", "joint"}
)  # fmt: skip


def _staff_withdrawn(verb: Token) -> bool:
    """ "pulled its staff out of Liberia", "withdrew its diplomats from Kabul"."""
    who = _child(verb, "dobj", "nsubjpass")
    return who is not None and who.lemma_.lower() in STAFF


def _out_of_a_mission(verb: Token) -> bool:
    """ "pulling its 1,200 soldiers out of the African Union force", "withdrew from the UN mission"."""
    left = _left(verb)
    if left is None or left.lemma_.lower() not in MISSIONS:
        return False
    return any(t.lower_ in MISSION_MARKS for t in left.lefts) or any(
        t.lower_ in MISSION_MARKS for c in left.lefts for t in c.subtree
    )


def _banned(trig: Token) -> Token | None:
    """What a ban is on: the object of "banned", the "on" of "a ban" (as a curb: "a ban on arms sales")."""
    if trig.pos_ in ("NOUN", "PROPN"):
        return trig
    what = _child(trig, "dobj", "nsubjpass")
    return what if what is not None and what.lemma_.lower() in TRADE | CURBS else None


#: curbs that, set on trade, are economic sanctions (easing them is CAMEO 085, RETREAT)
CURBS = frozenset({"restriction", "curb", "ban", "control", "limit", "freeze", "quota", "embargo", "barrier"})
#: what those curbs are on when they are on trade
TRADE = frozenset({"sale", "export", "import", "trade", "investment", "shipment", "purchase", "transfer", "good",
                   "product", "exportation", "importation"})


def _trade_curbs(curbs: Token | None) -> bool:
    """ "restrictions on the sale of aircraft parts to Caracas", "curbs on Jordanian exports" (and the
    trade itself, as the object of "banned")."""
    if curbs is not None and curbs.lemma_.lower() in TRADE and curbs.dep_ in ("dobj", "nsubjpass"):
        return _foreign(curbs)
    if curbs is None or curbs.lemma_.lower() not in CURBS:
        return False
    kind = next((c for c in curbs.children if c.dep_ in ("compound", "amod") and c.lemma_.lower() in TRADE), None)
    if kind is not None:  # "slapped export curbs on a dozen Chinese chipmakers", "an import ban on X"
        return _foreign(curbs)
    on = _pobj(curbs, ("on",))
    return on is not None and on.lemma_.lower() in TRADE and _foreign(on)


def _foreign(trade: Token) -> bool:
    """Trade with another country named: "sales to Indonesia", "Jordanian exports", "imports of Russian
    steel" (a ban on the sale of alcohol is no embargo)."""
    if any(t.ent_type_ in ("GPE", "NORP") for t in trade.subtree):
        return True
    # "banned arms sales to Indonesia", "a ban on all arms sales to Indonesia": "to X" hung higher up
    hosts = (trade, trade.head, trade.head.head)
    partners = [_pobj(h, (prep,)) for h in hosts for prep in ("to", "from", "with", "against", "on")]
    return any(t.ent_type_ in ("GPE", "NORP") for p in partners if p is not None for t in p.subtree)
