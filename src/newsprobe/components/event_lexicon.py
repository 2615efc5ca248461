"""The word lists behind the event coder, read once from ``data/events/``.

Every list is keyed by words only, never by who is meant, so the same action is coded the same way
whoever does it (see ``tests/test_events.py`` for mirrored pairs).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Lexicon", "lexicon"]

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
    #: (type, mode or "-") -> CAMEO code (``cameo.tsv``)
    cameo: dict[tuple[str, str], str]

    def cameo_code(self, kind: str, mode: str | None) -> str | None:
        """The CAMEO code for a PLOVER type and mode; the type's generic code when the mode has none."""
        for key in ((kind, mode or "-"), (kind, "-"), (kind, kind.lower())):
            if key in self.cameo:
                return self.cameo[key]
        return None


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
    cameo = {(kind, mode): code for kind, mode, code in _rows("cameo.tsv")}
    return Lexicon(verbs, nouns, phrases, compounds, support, sectors, cameo)
