"""The word lists behind the event coder, read once from ``data/events/``.

Every list is keyed by words only, never by who is meant, so the same action is coded the same way
whoever does it (see ``tests/test_events.py`` for mirrored pairs).

The lexicons and rules work in the coder's *working types*: PLOVER's types with four distinctions
PLOVER 2021 folds away, because the rules treat them apart (a negated investigation is a refusal, a
negated condemnation is nothing; conventional and unconventional force differ by who is hit):
FIGHT (conventional military force), DEMAND, DISAPPROVE and INVESTIGATE. :func:`to_plover2021`
turns a working type into what ``Event`` carries: PLOVER Draft 0.8 (2021, the version POLECAT
uses; ``CAMEO2PLOVER-2021``), with its mode and, where the coder knows it, its context.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["CONTEXTS_2021", "Lexicon", "lexicon", "to_plover2021"]

#: (PLOVER type, mode or None)
Code = tuple[str, str | None]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Code]
    nouns: dict[str, Code]
    #: verb lemma -> {object lemma -> code}
    phrases: dict[str, dict[str, Code]]
    #: head noun -> {modifier -> code}
    compounds: dict[str, dict[str, Code]]
    support_verbs: frozenset[str]
    #: lower-case word or name -> sector
    sectors: dict[str, str]
    #: (PLOVER 2021 type, mode or "-", context or "-") -> CAMEO code (``cameo.tsv``)
    cameo: dict[tuple[str, str, str], str]

    def cameo_code(self, kind: str, mode: str | None, context: str | None = None) -> str | None:
        """The CAMEO code for a PLOVER 2021 type, mode and context; without one for the mode, the
        type's generic code (in that context)."""
        m, c = mode or "-", context or "-"
        for key in ((kind, m, c), (kind, m, "-"), (kind, "-", c), (kind, "-", "-")):
            if key in self.cameo:
                return self.cameo[key]
        return None


#: working type -> PLOVER 2021 type (the others keep their names)
TYPE_2021 = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
#: modes the 2021 table has as contexts (AID economic, CAMEO 071) or names otherwise (host a visit, 043)
_MODE_2021: dict[tuple[str, str], tuple[str | None, str | None]] = {
    ("AID", "economic"): (None, "economic"),
    ("AID", "military"): (None, "military"),
    ("AID", "humanitarian"): (None, "humanitarian"),
    ("AID", "peacekeeping"): (None, "peacekeeping"),
    ("CONSULT", "host"): ("visit", None),
    ("MOBILIZE", "weapons"): (None, "military"),
}
#: ASSAULT modes whose 2021 context the table gives, and gives alike for every code
_ASSAULT_CONTEXT = {"cleansing": "religion_ethnicity", "unconventional": "cbrn", "seize": "human_security"}


#: the contexts :func:`to_plover2021` gives, by PLOVER 2021 type
CONTEXTS_2021: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"military", *_ASSAULT_CONTEXT.values()}),
    "AID": frozenset(c for (k, _), (_, c) in _MODE_2021.items() if k == "AID" and c),
    "MOBILIZE": frozenset({"military"}),
}


def to_plover2021(kind: str, mode: str | None) -> tuple[str, str | None, str | None]:
    """A working type and mode as PLOVER 2021 ``(type, mode, context)``: conventional military force
    (FIGHT) is ASSAULT in context "military" (CAMEO 19x), DEMAND is REQUEST, DISAPPROVE is ACCUSE
    (mode disapprove) and INVESTIGATE is ACCUSE (mode investigate)."""
    context: str | None = None
    if (kind, mode or "") in _MODE_2021:
        mode, context = _MODE_2021[(kind, mode or "")]
    if kind == "FIGHT":
        context = "military"
    elif kind == "DISAPPROVE":
        mode = mode or "disapprove"
    elif kind == "INVESTIGATE":
        mode = "investigate"
    elif kind == "ASSAULT" and mode in _ASSAULT_CONTEXT:
        context = _ASSAULT_CONTEXT[mode]
    return TYPE_2021.get(kind, kind), mode, context


def _rows(name: str) -> list[list[str]]:
    text = resources.files("newsprobe.components").joinpath("data", "events", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _code(kind: str, mode: str) -> Code:
    """``("-", None)`` marks a combination that is no event at all ("press release")."""
    return kind, (None if mode in ("-", "") else mode)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The event lexicons (cached)."""
    verbs = {lemma: _code(kind, mode) for lemma, kind, mode in _rows("verbs.tsv")}
    nouns = {lemma: _code(kind, mode) for lemma, kind, mode in _rows("nouns.tsv")}
    phrases: dict[str, dict[str, Code]] = {}
    for verb_names, objects, kind, mode in _rows("phrases.tsv"):
        for verb in verb_names.split("|"):
            for obj in objects.split("|"):
                phrases.setdefault(verb, {})[obj] = _code(kind, mode)
    compounds: dict[str, dict[str, Code]] = {}
    for modifiers, heads, kind, mode in _rows("compounds.tsv"):
        for head in heads.split("|"):
            for modifier in modifiers.split("|"):
                compounds.setdefault(head, {})[modifier] = _code(kind, mode)
    support = frozenset(row[0] for row in _rows("support_verbs.txt"))
    sectors = {word: sector for word, sector in _rows("sectors.tsv")}
    cameo = {(kind, mode, context): code for kind, mode, context, code in _rows("cameo.tsv")}
    return Lexicon(verbs, nouns, phrases, compounds, support, sectors, cameo)
