"""Name keys for matching people and organisations across articles (stories, compare, ledgers).

One normaliser for the whole corpus layer, so that stories, compare and the figures ledger agree
on who is who:

* :func:`name_key` -- the lower-case key of a name: titles and honorifics dropped ("Governor Marta
  Kessler" -> "marta kessler"), possessives and punctuation removed ("Mr. Pell's" -> "pell");
  a lower-case phrase keeps its words without leading articles ("the regional health office").
* :func:`merge_surnames` -- a short key joins the only longer key that ends with its words
  ("kessler" -> "marta kessler"); with two candidates ("anna kessler", "marta kessler") it stays
  on its own: never a guess between two people.
* :func:`entity_keys` -- the keys an entity contributes to story similarity: its key, and for a
  person with several words the surname as well.

The rules are the same for every name and every party.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

#: titles, honorifics and office words dropped from a capitalised name (lower case, no dot)
TITLES = frozenset(
    "mr mrs ms miss dr prof sir dame president vice prime minister ministers secretary chancellor "
    "senator sen rep representative gov governor mayor gen general col colonel maj major capt captain "
    "lt lieutenant sgt sergeant judge justice king queen prince princess sheikh rabbi father rev "
    "reverend pope ambassador spokesman spokeswoman spokesperson chief commander officer councillor "
    "councilor".split()
)
#: honorifics safe to drop before any capitalised sequence (a surface guess with no entity label)
HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir sen senator rep gov governor gen general mayor president minister "
    "secretary judge councillor councilor chancellor".split()
)
#: words that never name anyone on their own
PRONOUNS = frozenset("he she they it we i you him her them us one who".split())
_WORD = re.compile(r"[\w'\u2019-]+")
_ARTICLES = frozenset({"the", "a", "an"})


def _words(name: str) -> list[str]:
    return _WORD.findall(name.replace("\u2019", "'"))


def name_key(name: str) -> str:
    """The lower-case key of a name (see the module docstring); ``""`` when nothing is left."""
    words = _words(name)
    capitalised = [w for w in words if w[:1].isupper() and w.lower().rstrip(".") not in TITLES]
    if capitalised:
        return " ".join(re.sub(r"'s$", "", w.lower()).strip("'-") for w in capitalised).strip()
    lowered = [w.lower() for w in words if w.lower() not in _ARTICLES]
    key = " ".join(lowered)
    return "" if key in PRONOUNS else key


def entity_keys(name: str, label: str) -> list[str]:
    """Keys for story similarity: the lower-cased name (a PERSON's titles dropped), plus the surname
    of a multi-word PERSON."""
    words = name.split()
    if label == "PERSON":
        words = [w for w in words if w.lower().rstrip(".") not in TITLES]
    if not words:
        return []
    keys = [" ".join(words).lower()]
    if label == "PERSON" and len(words) > 1:
        keys.append(words[-1].lower())
    return keys


def merge_surnames(keys: Iterable[str]) -> dict[str, str]:
    """Map each key to its canonical key: a key joins the only longer key ending with its words.

    "kessler" joins "marta kessler", "red cross" joins "velmora red cross"; when two longer keys
    end that way ("anna kessler", "marta kessler") the short key stays on its own.
    """
    unique = set(keys)
    by_tail: dict[str, set[str]] = defaultdict(set)
    for key in unique:
        parts = key.split()
        for i in range(1, len(parts)):
            by_tail[" ".join(parts[i:])].add(key)
    canon: dict[str, str] = {}
    for key in unique:
        longer = {k for k in by_tail.get(key, set()) if k != key}
        chosen = max(longer, key=len) if longer else key
        if longer and not all(chosen.endswith(k) for k in longer):
            chosen = key
        canon[key] = chosen
    return canon
