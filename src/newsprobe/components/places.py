"""The place gazetteer (``data/places.tsv``): countries, capitals, cities and regions by name.

Used by :mod:`newsprobe.components.entities` to correct NER labels ("Crimea" ORG -> GPE, "Kyiv"
PERSON -> GPE), to merge a place's official names and transliterations into one entity
("Islamic Republic of Iran" = "Iran", "Kiev" = "Kyiv"), to give a place its ISO 3166-1 alpha-3 code, and
to find the country a demonym names ("Israeli" -> Israel). Lookups are exact after normalisation
(accents folded, typographic apostrophes straightened, a leading "the" dropped, case kept), so
"Sao Paulo" finds "São Paulo" and "us" never finds the United States.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Place", "Gazetteer", "gazetteer", "normalise"]

DEMONYM_NO_PLURAL = ("sh", "ch", "ese", "ss", "x", "ois", "y", "o", "a")


@dataclass(frozen=True)
class Place:
    """One gazetteer row."""

    name: str  # canonical English short name
    kind: str  # country | region | capital | city
    country: str | None  # ISO 3166-1 alpha-3, None when contested or shared
    disputed: tuple[str, ...] = ()  # the claimants, when sovereignty is contested


def normalise(text: str) -> str:
    """The lookup key of a name: accents folded, apostrophes straightened, no leading "the"."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.split())
    if text[:4].lower() == "the ":
        text = text[4:]
    return text


def _plurals(word: str, row: frozenset[str] = frozenset()) -> list[str]:
    """The word and its plural. A compound of man/woman whose first part is a demonym of the same
    row ('Frenchman', 'Irishwoman') takes -men/-women; any other word in -man is a plain noun:
    'Germans', never 'Germen'."""
    for head, heads in (("woman", "women"), ("man", "men")):
        if word.endswith(head) and word[: -len(head)] in row:
            return [word, word[: -len(head)] + heads]
    if word.endswith(DEMONYM_NO_PLURAL):
        return [word]
    return [word, word + "s"]


@dataclass(frozen=True, eq=False)
class Gazetteer:
    names: dict[str, Place]  # normalised name -> place
    personal: frozenset[str]  # normalised names that are also personal names
    demonyms: dict[str, tuple[Place, ...]]  # normalised demonym -> the places it may name
    max_words: int
    upper: dict[str, Place]  # upper-cased names longer than three letters, for headlines

    def place(self, text: str) -> Place | None:
        """The place named exactly ``text`` ("Kiev", "the Russian Federation"), or None."""
        key = normalise(text)
        found = self.names.get(key)
        if found is None and key.isupper() and len(key) > 3:  # "UKRAINE" in a headline
            found = self.upper.get(key)
        return found

    def is_personal(self, text: str) -> bool:
        """A one-word place name that is also a personal name ("Jordan", "Israel", "Paris")."""
        return normalise(text) in self.personal

    def demonym(self, text: str) -> tuple[Place, ...]:
        """The places a demonym may name ("Israeli" -> Israel; "Congolese" -> both Congos)."""
        return self.demonyms.get(normalise(text), ())



def _rows() -> list[list[str]]:
    text = resources.files("newsprobe.components").joinpath("data", "places.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        rows.append(cols + [""] * (6 - len(cols)))
    return rows


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    names: dict[str, Place] = {}
    personal: set[str] = set()
    demonyms: dict[str, list[Place]] = {}
    for name, kind, iso3, aliases, demonym_list, flags in _rows():
        flag_set = {f.strip() for f in flags.split("|") if f.strip()}
        disputed: tuple[str, ...] = ()
        for flag in flag_set:
            if flag.startswith("disputed="):
                disputed = tuple(flag.split("=", 1)[1].split("+"))
        place = Place(name=name, kind=kind, country=iso3 or None, disputed=disputed)
        for alias in [name, *aliases.split("|")]:
            alias = alias.strip()
            if not alias:
                continue
            is_personal = alias.endswith("*")
            key = normalise(alias.rstrip("*"))
            names.setdefault(key, place)
            if (is_personal or "person" in flag_set) and " " not in key:
                personal.add(key)
        row = frozenset(w.strip() for w in demonym_list.split("|") if w.strip())
        for word in demonym_list.split("|"):
            for form in _plurals(word.strip(), row) if word.strip() else []:
                bucket = demonyms.setdefault(normalise(form), [])
                if place not in bucket:
                    bucket.append(place)
    return Gazetteer(
        names=names,
        personal=frozenset(personal),
        demonyms={k: tuple(v) for k, v in demonyms.items()},
        max_words=max(len(k.split()) for k in names),
        upper={k.upper(): v for k, v in names.items() if len(k) > 3},
    )
