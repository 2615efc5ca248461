"""Rule-based resolution of pronouns and role nouns to the entities of one article.

Used by :mod:`newsprobe.components.entities`, which builds the alias clusters first. This module
holds the word lists (``data/roles.txt``, ``data/coref_words.txt``), the cluster record and the
single left-to-right pass that attaches "he", "they", "the spokesman" or "the Iranian president"
to an earlier (or, for a lede, the next) named entity.

Rules, in short:

* **he/she/him/her** -> a person: the nearest subject before it in the same sentence, otherwise
  the subject (or the only person) of the nearest of the three previous sentences that names a
  person. Several candidates and no subject among them, or nobody in reach: unresolved.
* **they/them** -> an organisation or group, a plural noun phrase or conjoined subjects;
  **it** (as a subject) -> an organisation, place or institution noun.
* **role phrases** ("the Hezbollah chief") -> the person whose learned role (from a title before
  the name, "Iran's Foreign Ministry spokesman X", or an apposition, "X, a member of ...") has the
  same synonym group and compatible modifiers; otherwise the subject person of the previous
  sentences when that person has no conflicting role; a lede's unresolved subject role goes to the
  next sentence's subject person.

Mentions inside quotation marks are never antecedents of a pronoun outside them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

PERSON = "PERSON"
COLLECTIVE = frozenset({"ORG", "NORP"})
PLACE_OR_BODY = frozenset({"ORG", "GPE", "FAC", "LOC", "NORP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MALE = frozenset({"he", "him", "himself"})
FEMALE = frozenset({"she", "her", "herself"})
PLURAL = frozenset({"they", "them"})
NEUTER = frozenset({"it"})
RESOLVED_PRONOUNS = MALE | FEMALE | PLURAL | NEUTER
DEFINITE = frozenset({"the", "this", "that"})
INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any", "every", "each", "no"})
STOPWORDS = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "'s", "’s", "a", "an"})
LOOKBACK = 3


@dataclass(frozen=True)
class Lexicon:
    """Role synonym groups and the small word lists the resolver needs."""

    roles: dict[str, str]  # role phrase (lower case) -> group
    honorifics: dict[str, str]  # honorific -> "m", "f" or ""
    gendered: dict[str, str]
    institutions: frozenset[str]
    ignore_mods: frozenset[str]
    role_words: frozenset[str]  # every word of every role phrase

    @property
    def max_role_len(self) -> int:
        return max(len(p.split()) for p in self.roles)


def _data_lines(name: str) -> Iterable[str]:
    text = resources.files("newsprobe.components").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    roles: dict[str, str] = {}
    for line in _data_lines("roles.txt"):
        group, _, words = line.partition(":")
        for word in words.split(","):
            word = " ".join(word.strip().lower().split())
            if word:
                roles.setdefault(word, group.strip())
    sections: dict[str, list[str]] = {}
    current = ""
    for line in _data_lines("coref_words.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line)

    def gender_map(lines: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for line in lines:
            word, _, g = line.partition(" ")
            out[word.lower()] = g.strip() if g.strip() in ("m", "f") else ""
        return out

    role_words = frozenset(w for phrase in roles for w in phrase.replace("-", " ").split())
    return Lexicon(
        roles=roles,
        honorifics=gender_map(sections.get("honorifics", [])),
        gendered=gender_map(sections.get("gendered_roles", [])),
        institutions=frozenset(sections.get("institutions", [])),
        ignore_mods=frozenset(sections.get("ignore_modifiers", [])),
        role_words=role_words,
    )


@dataclass
class Role:
    group: str
    words: frozenset[str]


@dataclass
class Cluster:
    """One entity while the article is being read (becomes a model.Entity)."""

    label: str
    name: str
    name_words: int
    tokens: list[str]  # lower-case name words without honorifics (persons)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # char offsets
    roles: list[Role] = field(default_factory=list)
    gender: str = ""
    labels: dict[str, int] = field(default_factory=dict)

    def add_role(self, role: Role) -> None:
        for have in self.roles:
            if have.group == role.group and have.words >= role.words:
                return
        self.roles.append(role)


@dataclass
class Ref:
    """A mention the resolver can point back to."""

    tok: int  # its root token
    cluster: int  # -1 for a noun phrase that is not an entity
    subject: bool
    in_quote: bool
    plural: bool
    label: str
    text: str = ""


def similar(a: str, b: str) -> bool:
    """Same word, or a name and its demonym ("iran"/"iranian", "lebanon"/"lebanese")."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4 and n >= min(len(a), len(b)) - 3


def quote_mask(doc: Doc) -> list[bool]:
    """True for tokens between an opening and a closing quotation mark (reset per paragraph)."""
    mask = [False] * len(doc)
    inside = False
    for tok in doc:
        if tok.tag_ == "``" or (tok.is_quote and tok.text in "“‘" and tok.text):
            inside = True
            continue
        if tok.tag_ == "''" and tok.is_quote:
            inside = False
            continue
        if tok.text == '"':
            inside = not inside
            continue
        if "\n" in tok.text or "\n" in tok.whitespace_:
            mask[tok.i] = inside
            inside = False
            continue
        mask[tok.i] = inside
    return mask


def role_at(doc: Doc, i: int, lex: Lexicon) -> tuple[str, int] | None:
    """The role group of the longest role phrase ending at token ``i``, and its first token."""
    if not doc[i].is_alpha:
        return None
    for n in range(min(lex.max_role_len + 2, i + 1), 0, -1):
        text = doc[i - n + 1 : i + 1].text.lower()
        key = " ".join(text.split())
        group = lex.roles.get(key) or lex.roles.get(key.replace(" - ", "-"))
        if group:
            return group, i - n + 1
    return None


def modifier_words(tokens: Iterable[Token], lex: Lexicon, skip: set[int]) -> frozenset[str]:
    out = set()
    for tok in tokens:
        if tok.i in skip or not tok.is_alpha or tok.is_stop:
            continue
        word = tok.lower_
        if word in STOPWORDS or word in lex.ignore_mods or tok.tag_ in ("DT", "POS", "PRP$", "CC"):
            continue
        out.add(word)
    return frozenset(out)


def mods_compatible(query: frozenset[str], words: Iterable[str]) -> bool:
    pool = list(words)
    return all(any(similar(q, w) for w in pool) for q in query)


def role_np(doc: Doc, root: Token, first: int, quote: list[bool]) -> tuple[int, int, frozenset[str]]:
    """The token range of a role phrase headed by ``root`` and its modifier words."""
    lex = lexicon()
    start = min(root.left_edge.i, first)
    end = root.i + 1
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
            end = child.right_edge.i + 1
        elif child.dep_ in ("compound", "flat") and child.i == end:
            end = child.right_edge.i + 1
        elif child.dep_ == "appos" and child.i == end and not doc[end - 1].is_punct:
            end = child.right_edge.i + 1
        else:
            break
    skip = set(range(first, root.i + 1))
    return start, end, modifier_words(doc[start:end], lex, skip)
