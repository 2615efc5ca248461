"""Rule-based resolution of pronouns and role nouns to the entities of one article.

Used by :mod:`newsprobe.components.entities`, which builds the alias clusters first. This module
holds the word lists (``data/roles.txt``, ``data/coref_words.txt``), the cluster record and the
single left-to-right pass that attaches "he", "they", "the spokesman" or "the Iranian president"
to an earlier (or, for a lede, the next) named entity.

Rules, in short:

* **he/she/him/her** -> a person: the nearest subject before it in the same sentence, otherwise
  the subject (or the only person) of the nearest of the three previous sentences that names a
  person. Several candidates and no subject among them, or nobody in reach: unresolved.
* **they/them** -> a plural noun phrase of people or bodies (never "the rolling blackouts": the
  event lexicon's actor nouns, a short list of others, and nouns for people by what they do, such
  as "loggers"), conjoined subjects, or an organisation or group that agrees in number: a plural
  name ("the Houthis", "Palestinians") or a plural verb ("the Alliance say"). A
  singular organisation as the nearest candidate ("Hamas said they ...") leaves "they" unresolved.
* **it** (as a subject) -> an organisation, place or institution noun; never a person, a plural group
  ("the Palestinians") or conjoined names; an expletive "it" ("it is unclear whether", "it was
  reported that") is left alone. **its/their** are never resolved.
* **role phrases** ("the Hezbollah chief") -> the person whose learned role (from a title before
  the name, "Iran's Foreign Ministry spokesman X", or an apposition, "X, a member of ...") has the
  same synonym group and compatible modifiers; otherwise the subject person of the previous
  sentences when that person has no conflicting role; a lede's unresolved subject role goes to the
  next sentence's subject person.

Mentions inside quotation marks are never antecedents of a pronoun outside them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from newsprobe.components.places import Place

PERSON = "PERSON"
COLLECTIVE = frozenset({"ORG", "NORP"})
PLACE_OR_BODY = frozenset({"ORG", "GPE", "FAC", "LOC", "NORP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MALE = frozenset({"he", "him", "himself"})
FEMALE = frozenset({"she", "her", "herself"})
PLURAL = frozenset({"they", "them"})
NEUTER = frozenset({"it"})
BODIES = frozenset({"ORG", "FAC", "EVENT"})
RESOLVED_PRONOUNS = MALE | FEMALE | PLURAL | NEUTER
#: loose attachments after which a name may be repeated for its own sake ("he endorsed Markey, though the
#: two fought over the process that Frank blamed"): a clause it governs closely ("he said Smith ...",
#: "he rejects the views Farrakhan espouses") names someone else
LOCAL_CLAUSE_BREAKS = frozenset({"advcl", "conj", "parataxis", "cc", "npadvmod"})
#: one title under several words: "Haig's attorney, Marc J. Victor ... the lawyer said he"
LEGAL_TITLES = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister"})
DEFINITE = frozenset({"the", "this", "that"})
INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any", "every", "each", "no"})
STOPWORDS = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "'s", "’s", "a", "an"})
LOOKBACK = 3
PLURAL_AUX = frozenset({"are", "were", "have", "do"})
PLURAL_GROUPS = frozenset({"NORP"})  # "the Palestinians", "Democrats": people, not an "it"
EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "remain", "become", "take", "matter", "happen"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj", "csubjpass"})
SEPARATORS = frozenset({",", ";", ":", "(", ")", "[", "]", "—", "–", "--"})


@dataclass(frozen=True)
class Lexicon:
    """Role synonym groups and the small word lists the resolver needs."""

    roles: dict[str, str]  # role phrase (lower case) -> group
    honorifics: dict[str, str]  # honorific -> "m", "f" or ""
    gendered: dict[str, str]
    given_names: dict[str, str]  # given name -> "m" or "f" (only names one gender uses)
    institutions: frozenset[str]
    people: frozenset[str]  # plural nouns of people a "they" may be (besides the event lexicon's actors)
    ignore_mods: frozenset[str]
    role_words: frozenset[str]  # every word of every role phrase
    max_role_len: int  # words in the longest role phrase


def _data_lines(name: str) -> Iterable[str]:
    text = resources.files("newsprobe.components").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


#: endings of nouns for people by what they do ("loggers", "miners", "economists", "historians")
AGENT_ENDINGS = ("er", "or", "ist", "ian", "eer", "ant")
#: nouns with those endings that are things ("orders", "papers", "computers", "quarters")
NOT_AGENTS = frozenset(
    {"order", "border", "number", "water", "paper", "letter", "power", "computer", "center", "centre", "matter",
     "winter", "summer", "quarter", "chapter", "disaster", "register", "cancer", "factor", "sector", "error",
     "monitor", "motor", "tractor", "theater", "theatre", "meter", "filter", "layer", "tower", "shower", "flower",
     "weather", "feather", "river", "liver", "fever", "poster", "banner", "trailer", "chamber", "timber", "corner",
     "dinner", "manner", "answer", "offer", "transfer", "barrier", "carrier", "cluster", "folder", "marker",
     "counter", "character", "parameter", "thriller", "cylinder", "container", "trigger", "indicator", "elevator",
     "generator", "reactor", "radiator", "vector", "mirror", "horror", "tremor", "rumor", "rumour", "plant",
     "grant", "warrant", "restaurant", "variant", "pollutant", "ian"}
)  # fmt: skip


def agent_noun(lemma: str) -> bool:
    """A noun for someone by what they do: "logger", "economist", "historian" (not "order", "paper")."""
    return len(lemma) > 4 and lemma.endswith(AGENT_ENDINGS) and lemma not in NOT_AGENTS


@lru_cache(maxsize=1)
def saying_verbs() -> frozenset[str]:
    """Verbs whose subject says or thinks what their clause holds ("the sailor says he is suing"): the
    quote cues of speech and stance (``data/cues.txt``)."""
    from newsprobe.components.quotes import lexicon as cue_lexicon

    cues = cue_lexicon()
    return cues.speech | cues.stance


@lru_cache(maxsize=1)
def actor_nouns() -> frozenset[str]:
    """The nouns of people and bodies the event coder knows ("officials", "protesters", "police")."""
    from newsprobe.components.event_lexicon import lexicon as event_lexicon

    return frozenset(event_lexicon().sectors)


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
        given_names=gender_map(sections.get("given_names", [])),
        institutions=frozenset(sections.get("institutions", [])),
        people=frozenset(sections.get("people", [])),
        ignore_mods=frozenset(sections.get("ignore_modifiers", [])),
        role_words=role_words,
        max_role_len=max((len(p.split()) for p in roles), default=1),
    )


@dataclass
class Role:
    group: str
    words: frozenset[str]
    #: the phrase as written, lower case, in text order ('regional governor'); empty for a role
    #: the resolver inferred rather than read beside the name
    phrase: str = field(default="", compare=False)


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
    place: Place | None = None  # the gazetteer place it names
    demonym: tuple[Place, ...] = ()  # the places a demonym entity may name
    canonical: str = ""  # the gazetteer's name for it, when it has one

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
    conj: bool = False  # part of a coordination ("Smith and Jones")
    verb_plural: bool = False  # the subject of a plural verb ("the Alliance say", "have said")


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


def expletive(tok: Token) -> bool:
    """A subject "it" that stands for a clause: "it is unclear whether", "it was reported that",
    "it remains to be seen", "it will take years to"; such an "it" refers to nothing."""
    if tok.dep_ == "expl":
        return True
    verb = tok.head
    if tok.dep_ != "nsubjpass" and verb.lemma_ not in EXPLETIVE_HEADS:
        return False
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS:
            return True
        if child.dep_ in ("acomp", "attr") and any(g.dep_ in CLAUSE_DEPS for g in child.children):
            return True
    return False


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


def _abbreviation(text: str) -> bool:
    """ "Gov.", "Sen.": a title shortened with a full stop."""
    return len(text) > 2 and text.endswith(".") and text[:-1].isalpha()


def role_at(doc: Doc, i: int, lex: Lexicon) -> tuple[str, int] | None:
    """The role group of the longest role phrase ending at token ``i``, and its first token."""
    if not doc[i].is_alpha and not _abbreviation(doc[i].text):
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
    last = first
    while last + 1 < len(doc) and role_at(doc, last + 1, lex) is not None:
        last += 1
    end = max(root.i, last) + 1
    for child in root.rights:
        if child.right_edge.i < end:
            continue
        if child.left_edge.i > end:
            break
        if child.dep_ == "prep" and child.lower_ == "of":
            end = child.right_edge.i + 1
        elif child.dep_ in ("compound", "flat"):
            end = child.right_edge.i + 1
        elif child.dep_ == "appos" and not doc[end - 1].is_punct:
            end = child.right_edge.i + 1
        else:
            break
    while end - 1 > last and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    skip = set(range(first, last + 1))
    return start, end, modifier_words(doc[start:end], lex, skip)


def core_np(doc: Doc, root: Token, lo: int = 0, hi: int | None = None, conj: bool = False) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``root``, without trailing clauses or appositions.

    ``lo``/``hi`` clip it to a caller's span; ``conj`` keeps "and X" coordination.
    """
    hi = len(doc) if hi is None else hi
    start = max(lo, root.left_edge.i)
    for j in range(root.i - 1, start - 1, -1):  # a comma before the head ends the phrase
        if doc[j].text in SEPARATORS:
            start = j + 1
            break
    end = root.i + 1
    for child in root.rights:
        if child.left_edge.i != end or child.right_edge.i >= hi:
            break
        if child.dep_ in ("compound", "flat", "nummod", "case") or (
            child.dep_ == "prep" and child.lower_ == "of"
        ):
            end = child.right_edge.i + 1
        elif conj and child.dep_ in ("cc", "conj"):
            end = child.right_edge.i + 1
        else:
            break
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, min(end, hi)


@dataclass
class Resolution:
    """What the pass found: pronoun token -> (cluster, name if not an entity), role phrases."""

    pronouns: dict[int, tuple[int, str]] = field(default_factory=dict)
    roles: list[tuple[int, int, int, int]] = field(default_factory=list)  # start, end, root, cluster


@dataclass
class Named:
    """A named mention found by the alias clusterer."""

    start: int  # tokens
    end: int
    root: int
    cluster: int


class Resolver:
    """One left-to-right pass over the sentences of ``doc``."""

    def __init__(self, doc: Doc, clusters: list[Cluster], named: list[Named], tok_cluster: list[int]):
        self.doc = doc
        self.clusters = clusters
        self.named = sorted(named, key=lambda n: n.root)
        self.tok_cluster = tok_cluster
        self.quote = quote_mask(doc)
        self.lex = lexicon()
        self.refs: list[list[Ref]] = []
        self.quoted_sent: list[bool] = []  # per sentence: every word inside quote marks
        self.last_seen: dict[int, int] = {}
        self.out = Resolution()
        self.pending: tuple[int, int, int, Role, int] | None = None  # start, end, root, role, sentence
        self.heads: dict[str, list[int]] = {}  # last word of an organisation's name -> clusters
        for idx, c in enumerate(clusters):
            words = c.name.lower().split()
            if c.label in BODIES and len(words) > 1 and words[-1].isalpha():
                self.heads.setdefault(words[-1], []).append(idx)

    # -- helpers ------------------------------------------------------------------------------
    def _is_person(self, ref: Ref) -> bool:
        return ref.cluster >= 0 and self.clusters[ref.cluster].label == PERSON

    def _plural(self, tok: Token) -> bool:
        return tok.tag_ in ("NNS", "NNPS") or tok.dep_ == "conj" or any(
            c.dep_ == "conj" for c in tok.rights
        )

    def _conj(self, tok: Token) -> bool:
        return tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.rights)

    def _verb_plural(self, tok: Token) -> bool:
        if tok.dep_ not in SUBJECT_DEPS:
            return False
        verb = tok.head
        if verb.tag_ == "VBP":
            return True
        return any(c.dep_ in ("aux", "auxpass") and c.lower_ in PLURAL_AUX for c in verb.lefts)

    def _subject(self, tok: Token) -> bool:
        if tok.dep_ in SUBJECT_DEPS:
            return True
        return tok.dep_ in ("appos", "conj") and tok.head.dep_ in SUBJECT_DEPS

    def _ref(self, tok: Token, cluster: int, label: str) -> Ref:
        s, e = core_np(self.doc, tok, conj=True)
        ref = Ref(
            tok=tok.i,
            cluster=cluster,
            subject=self._subject(tok),
            in_quote=self.quote[tok.i],
            plural=self._plural(tok),
            label=label,
            text=self.doc[s:e].text,
            conj=self._conj(tok),
            verb_plural=self._verb_plural(tok),
        )
        self.refs[-1].append(ref)
        if cluster >= 0:
            self.last_seen[cluster] = tok.i
        return ref

    def _add_mention(self, cluster: int, start: int, end: int) -> None:
        span = self.doc[start:end]
        self.clusters[cluster].mentions.append((span.start_char, span.end_char))

    # -- candidates ---------------------------------------------------------------------------
    def pick_person(self, k: int, i: int, gender: str, subject_only: bool = False) -> int | None:
        def ok(r: Ref) -> bool:
            if not self._is_person(r) or r.in_quote:
                return False
            g = self.clusters[r.cluster].gender
            return not gender or not g or g == gender

        pron = self.doc[i]
        bound = self._named_in_its_clause(pron)  # "he still rejects the views Farrakhan espouses"
        controlled = self._controlled_clause(pron)  # "After threatening Mr. Cruz's wife, he ..."

        def free(r: Ref) -> bool:
            return ok(r) and r.cluster not in bound and r.tok not in controlled

        found = self._pick_person(k, i, free, subject_only)
        speaker = self._unnamed_speaker(pron)
        if found is not None and speaker is not None and not self._may_be(found, speaker):
            return None  # "A sailor pardoned by Trump says he is suing": the sailor, whom no name stands for
        return found

    def _pick_person(self, k: int, i: int, ok: Callable[[Ref], bool], subject_only: bool) -> int | None:
        cur = [r for r in self.refs[k] if r.tok < i and ok(r)]
        subj = [r for r in cur if r.subject]
        if subj:
            return subj[-1].cluster
        if cur and not subject_only:
            found = {r.cluster for r in cur}
            return found.pop() if len(found) == 1 else None
        for kk in self._narrative_before(k, LOOKBACK):
            cands = [r for r in self.refs[kk] if ok(r)]
            if not cands:
                continue
            subj = [r for r in cands if r.subject]
            if subj:
                return subj[0].cluster
            if subject_only:
                return None
            found = {r.cluster for r in cands}
            return found.pop() if len(found) == 1 else None
        return None

    def _named_in_its_clause(self, pron: Token) -> set[int]:
        """The people named later in the clause a subject pronoun governs, who cannot be that pronoun: "he
        still rejects the views Farrakhan continues to espouse" (he is not Farrakhan: himself he would call
        "his own views"), "he defended Smith's record"."""
        if pron.dep_ not in SUBJECT_DEPS:
            return set()
        out: set[int] = set()
        # nor past a dash or a semicolon ("he does not know the student -- though Weiner declined to say")
        stop = next((t.i for t in pron.sent if t.i > pron.i and t.text in ("--", "—", "–", ";")), len(self.doc))
        # and one clause down at most: "who maintain that Powell is a globalist" may name her again
        todo = [(c, 0) for c in pron.head.children if c.i > pron.i]
        while todo:
            t, depth = todo.pop()
            depth += t.dep_ in ("relcl", "acl", "ccomp", "xcomp", "csubj")
            if t.dep_ in LOCAL_CLAUSE_BREAKS or self.quote[t.i] or t.i > stop or depth > 1:
                continue
            if (c := self.tok_cluster[t.i]) >= 0 and t.pos_ == "PROPN":
                out.add(c)
            todo.extend((g, depth) for g in t.children)
        return out

    def _unnamed_speaker(self, pron: Token) -> Token | None:
        """The common noun that names the speaker of the clause whose subject is ``pron``, when no name
        stands for it: "Ex-Navy sailor pardoned by Trump says he's suing" (he is the sailor, not Trump)."""
        if pron.dep_ not in SUBJECT_DEPS or pron.head.dep_ != "ccomp":
            return None
        verb = pron.head.head
        if verb.lemma_.lower() not in saying_verbs() or any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return None  # "A woman heard him say ...", "the organizer told Patel he was": not the speaker
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.pos_ != "NOUN" or self.tok_cluster[speaker.i] >= 0 or speaker.i > pron.i:
            return None
        if any(c.dep_ == "appos" and self.tok_cluster[c.i] >= 0 for c in speaker.children):
            return None  # "A spokeswoman for the office, Rebekah Carmichael, said she ...": named after all
        said = "m" if pron.lower_ in MALE else "f" if pron.lower_ in FEMALE else ""
        known = self.lex.gendered.get(speaker.lower_, "") or self.lex.gendered.get(speaker.lemma_.lower(), "")
        if said and known and said != known:
            return None  # "a spokesman for her said she had told the committee": she is not the spokesman
        lemma = speaker.lemma_.lower()
        person = lemma in self.lex.people or agent_noun(lemma) or lemma in actor_nouns()
        # not "the government said he"
        return speaker if speaker.tag_ == "NN" and person and lemma not in self.lex.institutions else None

    def _may_be(self, cluster: int, speaker: Token) -> bool:
        """Whether the person ``cluster`` may be the one ``speaker`` names: their name or one of their roles
        has its word ("Cardinal Gerhard Müller ... The cardinal said he"), or the role's group ("Haig's
        attorney, Marc J. Victor ... the lawyer said he")."""
        c = self.clusters[cluster]
        word = speaker.lower_
        if word in c.name.lower().split() or any(word in r.words or word in r.phrase.split() for r in c.roles):
            return True
        group = role_at(self.doc, speaker.i, self.lex)
        if group is not None and any(r.group == group[0] for r in c.roles):
            return True
        # a title written just before one of their mentions: "Haig's attorney, Marc J. Victor"
        words = LEGAL_TITLES if word in LEGAL_TITLES else {word, speaker.lemma_.lower()}
        before = (
            self.doc.text[max(0, start - 30) : start].lower()
            for start, _ in c.mentions
            if not start - 30 <= speaker.idx < start  # not the speaker's own noun ("a sailor pardoned by Brandt")
        )
        # right before the name, as its title or in apposition ("attorney, Marc J. Victor"), never "a spokesman
        # for Grimm"
        return any(re.search(rf"\b{re.escape(w)}\W*$", text) for text in before for w in words)

    def _controlled_clause(self, pron: Token) -> set[int]:
        """The tokens of a fronted clause with no subject of its own whose doer is the subject pronoun:
        "After threatening to spill the beans on Mr. Cruz's wife, he retweeted ..." (he is not Cruz)."""
        if pron.dep_ not in SUBJECT_DEPS:
            return set()
        out: set[int] = set()
        for c in pron.head.children:
            if c.i >= pron.i or c.dep_ not in ("advcl", "prep"):
                continue
            verb = c if c.dep_ == "advcl" else next((g for g in c.children if g.dep_ == "pcomp"), None)
            if verb is None or verb.pos_ != "VERB" or any(g.dep_ in SUBJECT_DEPS for g in verb.children):
                continue
            # not a name the parser hung there as a bare "dep": it may be the sentence's own subject ("But
            # speaking on ABC News, Gov. Chris Christie, who ... , said")
            out.update(t.i for t in c.subtree if t.dep_ != "dep")
        return out

    def _narrative_before(self, k: int, n: int) -> list[int]:
        """The ``n`` sentences before sentence ``k`` that are not wholly inside a quote: a long quotation
        between a name and its "he said" does not push the name out of reach."""
        out: list[int] = []
        for kk in range(k - 1, -1, -1):
            if len(out) == n or k - kk > 4 * n:
                break
            if not self.quoted_sent[kk]:
                out.append(kk)
        return out

    def pick_group(self, k: int, i: int, plural: bool) -> Ref | None:
        """The nearest subject of the right number; None when it is not a group or body."""

        def number_ok(r: Ref) -> bool:
            if r.in_quote or not r.subject or self._is_person(r) and not r.plural:
                return False
            collective = r.cluster >= 0 and self.clusters[r.cluster].label in COLLECTIVE
            if not plural and (r.conj or r.plural and r.label in PLURAL_GROUPS):
                return False  # "it" is not "Smith and Jones" nor "the Palestinians"
            return collective or r.plural == plural

        def kind_ok(r: Ref) -> bool:
            if r.cluster >= 0:
                return plural or self.clusters[r.cluster].label in PLACE_OR_BODY
            if plural:  # "they" are people or bodies: never "the rolling blackouts"
                return r.label in self.lex.institutions or r.label in self.lex.people or r.label in actor_nouns() or (
                    agent_noun(r.label)
                )
            return r.label in self.lex.institutions

        cur = [r for r in self.refs[k] if r.tok < i and number_ok(r)]
        if cur:
            return cur[-1] if kind_ok(cur[-1]) else None
        for kk in range(k - 1, max(-1, k - 3), -1):
            cands = [r for r in self.refs[kk] if number_ok(r)]
            if cands:
                return cands[0] if kind_ok(cands[0]) else None
        return None

    # -- the pass -----------------------------------------------------------------------------
    def run(self) -> Resolution:
        ni = 0
        sents = self.doc.sents if self.doc.has_annotation("SENT_START") else [self.doc[:]]
        for k, sent in enumerate(sents):
            self.refs.append([])
            self.quoted_sent.append(all(self.quote[t.i] or t.is_punct or t.is_space for t in sent))
            for tok in sent:
                while ni < len(self.named) and self.named[ni].root <= tok.i:
                    self._named_ref(k, self.named[ni])
                    ni += 1
                if self.tok_cluster[tok.i] >= 0:
                    continue
                low = tok.lower_
                if tok.tag_ == "PRP" and low in RESOLVED_PRONOUNS:
                    self._pronoun(k, tok)
                elif tok.tag_ == "PRP$" and low in ("his", "her") and not self.quote[tok.i]:
                    self._learn_gender(tok, "m" if low == "his" else "f")
                elif tok.pos_ in ("NOUN", "PROPN") and not self.quote[tok.i] and self._role(k, tok):
                    continue
                elif tok.tag_ == "NN" and low in self.heads and self._body(tok):
                    continue
                elif tok.dep_ in SUBJECT_DEPS and tok.pos_ in ("NOUN", "PROPN"):
                    self._ref(tok, -1, tok.lemma_.lower())
            if self.pending and self.pending[4] <= k:
                # a role phrase waits for a name in its own sentence only: "The senator apologized.
                # Lindsay Menz says ..." is no senator named Menz
                self.pending = None
        return self.out

    def _named_ref(self, k: int, named: Named) -> None:
        tok = self.doc[named.root]
        if _cited_writer(self.doc, named.start):
            return  # "[Judge Orders Release ..., by Stephen Dinan, Washington Times, January 3, 2018]": no antecedent
        cluster = self.clusters[named.cluster]
        ref = self._ref(tok, named.cluster, cluster.label)
        if self.pending and ref.subject and cluster.label == PERSON and not ref.in_quote:
            start, end, root, role, _ = self.pending
            if not cluster.roles:
                cluster.add_role(role)
                self._resolved_role(named.cluster, start, end, root)
            self.pending = None

    def _pronoun(self, k: int, tok: Token) -> None:
        low = tok.lower_
        if self.quote[tok.i]:
            return
        if low in MALE or low in FEMALE:
            gender = "m" if low in MALE else "f"
            c = self.pick_person(k, tok.i, gender)
            if c is not None:
                self.out.pronouns[tok.i] = (c, "")
                self._add_mention(c, tok.i, tok.i + 1)
                self._ref(tok, c, PERSON)
            return
        if low in NEUTER and (tok.dep_ not in SUBJECT_DEPS or expletive(tok)):
            return
        ref = self.pick_group(k, tok.i, plural=low in PLURAL)
        if ref is None:
            return
        collective = ref.cluster >= 0 and self.clusters[ref.cluster].label != PERSON
        if low in PLURAL and collective and not (ref.plural or ref.verb_plural):
            return  # "Hamas said they ...": a singular name does not agree with "they"
        if collective and not (ref.plural and ref.label not in COLLECTIVE):
            self.out.pronouns[tok.i] = (ref.cluster, "")
            self._add_mention(ref.cluster, tok.i, tok.i + 1)
            self._ref(tok, ref.cluster, self.clusters[ref.cluster].label)
        else:
            self.out.pronouns[tok.i] = (-1, ref.text)

    def _learn_gender(self, tok: Token, gender: str) -> None:
        """"X thanked his players": a possessive in the object of X's own verb tells X's gender."""
        head = tok.head
        if head.dep_ not in ("dobj", "pobj"):
            return
        verb = head.head
        while verb.dep_ == "prep" and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return
        for child in verb.lefts:
            if child.dep_ == "nsubj" and self._names_person(child):
                cluster = self.clusters[self.tok_cluster[child.i]]
                if not cluster.gender:
                    cluster.gender = gender
                return

    def _role(self, k: int, tok: Token) -> bool:
        """Resolve a definite role phrase ending at ``tok``; True when it was one."""
        doc, i = self.doc, tok.i
        found = role_at(doc, i, self.lex)
        if found is None:
            return False
        if i + 1 < len(doc):
            longer = role_at(doc, i + 1, self.lex)
            if longer is not None and longer[1] <= i:
                return False
        group, first = found
        root = tok
        for j in range(first, i + 1):
            head = doc[j].head.i
            if not first <= head <= i and doc[j].dep_ not in ("compound", "amod"):
                root = doc[j]
                break
        if root.tag_ in ("NNS", "NNPS") or root.pos_ not in ("NOUN", "PROPN"):
            return False
        # a title or apposition beside a name belongs to that name (learned, not resolved here)
        for j in range(first, i + 1):
            if self._names_person(doc[j].head) and doc[j].dep_ in ("compound", "appos", "nmod"):
                return False
        near = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        if any(self._names_person(t) for t in near):
            return False
        left = doc[root.left_edge.i : first]
        if any(t.lower_ in INDEFINITE for t in left):
            return False
        if not any(t.lower_ in DEFINITE or t.tag_ in ("POS", "PRP$") for t in left):
            return False
        start, end, mods = role_np(doc, root, first, self.quote)
        role = Role(group, mods)
        gender = self.lex.gendered.get(doc[first : i + 1].text.lower(), "")
        cluster = self._by_role(role, i)
        if cluster is None and not _office_of(root):
            cand = self.pick_person(k, i, gender, subject_only=True)
            if cand is not None and self._role_fits(cand, role) and not self._reports_on(cand, root):
                cluster = cand
                self.clusters[cand].add_role(role)
        if cluster is None:
            if root.dep_ in SUBJECT_DEPS:
                self.pending = (start, end, root.i, role, k)
            return True
        self._resolved_role(cluster, start, end, root.i)
        return True

    def _reports_on(self, cluster: int, tok: Token) -> bool:
        """Whether ``tok`` sits in what ``cluster``'s person says or thinks ("Ryan claimed the sitting
        president offers little"): a speaker does not speak of himself by a title."""
        cur = tok
        for _ in range(8):
            if cur.head is cur:
                return False
            through = cur.dep_
            cur = cur.head
            if through in CLAUSE_DEPS and any(
                c.dep_ in SUBJECT_DEPS and self.tok_cluster[c.i] == cluster for c in cur.children
            ):
                return True
            if through == "ccomp" and cur.dep_ == "conj":  # "Ryan warned ... and claimed (that) ..."
                first = cur.head
                if any(c.dep_ in SUBJECT_DEPS and self.tok_cluster[c.i] == cluster for c in first.children):
                    return True
        return False

    def _body(self, tok: Token) -> bool:
        """"the union" after "the Greenfield Farmers Union": the latest body named with that noun."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts):
            return False
        if any(c.dep_ in ("amod", "compound", "poss") for c in tok.lefts):
            return False
        seen = [(self.last_seen[c], c) for c in self.heads[tok.lower_] if c in self.last_seen]
        if not seen:
            return False
        cluster = max(seen)[1]
        start = tok.left_edge.i
        self._add_mention(cluster, start, tok.i + 1)
        self.tok_cluster[tok.i] = cluster
        self._ref(tok, cluster, self.clusters[cluster].label)
        return True

    def _names_person(self, tok: Token) -> bool:
        c = self.tok_cluster[tok.i]
        return c >= 0 and self.clusters[c].label == PERSON

    def _role_fits(self, cluster: int, role: Role) -> bool:
        roles = self.clusters[cluster].roles
        if not roles:
            return True
        return any(r.group == role.group and mods_compatible(role.words, r.words) for r in roles)

    def _by_role(self, role: Role, i: int) -> int | None:
        before: list[tuple[int, int]] = []
        after: list[int] = []
        for idx, c in enumerate(self.clusters):
            if c.label != PERSON:
                continue
            if not any(r.group == role.group and mods_compatible(role.words, r.words) for r in c.roles):
                continue
            seen = self.last_seen.get(idx)
            if seen is not None:
                before.append((seen, idx))
            else:
                after.append(idx)
        if before:
            return max(before)[1]
        return after[0] if len(after) == 1 else None

    def _resolved_role(self, cluster: int, start: int, end: int, root: int) -> None:
        self.out.roles.append((start, end, root, cluster))
        self._add_mention(cluster, start, end)
        self.tok_cluster[root] = cluster
        self.last_seen[cluster] = max(self.last_seen.get(cluster, -1), root)
        if self.refs:
            tok = self.doc[root]
            ref = Ref(root, cluster, self._subject(tok), self.quote[root], False, PERSON)
            self.refs[-1].append(ref)


def _cited_writer(doc: Doc, start: int) -> bool:
    """Whether the name starting at token ``start`` is the writer in a bracketed citation of another
    article ("[Headline, by NAME, Outlet, date]"): a "he" after it is someone in the story, never the writer."""
    if start < 2 or doc[start - 1].lower_ != "by" or doc[start - 2].text != ",":
        return False
    sent = doc[start].sent
    return sent[0].text in ("[", "(") or any(t.text == "[" for t in doc[sent.start : start])


def _office_of(root: Token) -> bool:
    """ "the Archbishop of Canterbury", "the Mayor of Lyon", "Little Rock's mayor": a role with the name of
    its see, city or body names one office, held by whoever the text says holds it, not by the last person named."""
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG") for c in root.children):
        return True  # "Little Rock's mayor": not the governor named before
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in root.children
    )
